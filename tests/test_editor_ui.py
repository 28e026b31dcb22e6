"""The catalogue editor, driven through its real widgets with pytest-qt (headless)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

import tariff_advisor as ta
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor_ui.editor.bulk_edit_dialog import BulkEditDialog
from tariff_advisor_ui.editor.editor_window import EditorWindow
from tariff_advisor_ui.editor.import_dialog import CatalogueImportDialog
from tariff_advisor_ui.editor.session import CatalogueSession

from .real_data import SG_PROFILE, SG_TABLE

WAIT = 60_000
COMMENT = "# 24-month contract; +2.00 a month from month 13 as printed in the price list"


@pytest.fixture
def folder(tmp_path) -> Path:
    return Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))


def open_editor(qtbot, folder: Path, tmp_path: Path) -> EditorWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    editor = EditorWindow(CatalogueSession.open(folder), settings)
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "discarded", True))
    editor.show()
    return editor


@pytest.fixture
def editor(qtbot, folder, tmp_path) -> EditorWindow:
    win = open_editor(qtbot, folder, tmp_path)
    win.files.setCurrentRow(list(win.session.document.files).index("nordwave.yaml"))
    return win


def column(editor: EditorWindow, kind: str, key: str) -> int:
    return [c.key for c in editor.models[kind].columns].index(key)


def cell(editor: EditorWindow, row: int, key: str, kind: str = "tariffs") -> str:
    model = editor.models[kind]
    return model.data(model.index(row, column(editor, kind, key)))


def test_entries_model_passes_qtmodeltester(qtmodeltester, editor):
    qtmodeltester.check(editor.models["tariffs"])


def test_edit_undo_redo_save_and_reload_keeps_the_comment(editor, folder, tmp_path, qtbot):
    model, fee = editor.models["tariffs"], column(editor, "tariffs", "monthly_fee")
    assert cell(editor, 0, "monthly_fee") == "14.99"
    assert model.setData(model.index(0, fee), "15.49")
    assert cell(editor, 0, "monthly_fee") == "15.49" and editor.session.modified
    editor.session.undo_stack.undo()
    assert cell(editor, 0, "monthly_fee") == "14.99" and not editor.session.modified
    editor.session.undo_stack.redo()
    assert cell(editor, 0, "monthly_fee") == "15.49"
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    text = (folder / "nordwave.yaml").read_text()
    assert "    monthly_fee: 15.49" in text and COMMENT in text
    assert "    monthly_fee: 14.99" in (folder / "nordwave.yaml.bak").read_text()
    reloaded = ta.load_catalogue(folder)
    assert reloaded.tariff("nw-mobil-s").monthly_fee == 15.49


def test_an_invalid_value_is_flagged_as_typed_and_after(editor):
    model, fee = editor.models["tariffs"], column(editor, "tariffs", "monthly_fee")
    delegate = editor.views["tariffs"].itemDelegate()
    assert "greater than or equal to 0" in delegate.problem(model.index(0, fee), "-2")
    assert delegate.problem(model.index(0, fee), "12.5") == ""
    model.setData(model.index(0, fee), "-2")
    assert model.data(model.index(0, fee), Qt.ItemDataRole.BackgroundRole) is not None
    assert "greater than or equal" in model.data(model.index(0, fee), Qt.ItemDataRole.ToolTipRole)
    assert editor.problems.count() == 1 and "monthly_fee" in editor.problems.item(0).text()


def test_add_duplicate_retire_and_delete_are_each_one_undo_step(editor):
    session, count = editor.session, len(editor.session.document.entries("nordwave.yaml", "tariffs"))
    editor.select("tariffs", 2)
    editor.duplicate_entry()
    assert cell(editor, 3, "id") == "nw-mobil-l-copy" and cell(editor, 3, "name") == "Mobil L (copy)"
    editor.add_entry()
    assert cell(editor, count + 1, "id") == "new-tariff" and session.problems == []
    editor.select("tariffs", 2)
    editor.retire_tariff(dt.date(2026, 12, 31))
    assert cell(editor, 2, "valid_until") == "2026-12-31"
    editor.select("tariffs", 0)
    editor.delete_entry()
    assert len(session.document.entries("nordwave.yaml", "tariffs")) == count + 1
    for _ in range(4):
        session.undo_stack.undo()
    assert len(session.document.entries("nordwave.yaml", "tariffs")) == count and not session.modified


def test_bulk_fee_change_of_a_provider_is_one_step(editor):
    fees = [e["monthly_fee"] for e in editor.session.document.entries("nordwave.yaml", "tariffs")]
    dialog = BulkEditDialog(editor.session, "nordwave.yaml", "tariffs", [])
    dialog.percent.setValue(5)
    assert dialog.whole_file.isChecked()
    assert dialog.apply() == len(fees)
    after = [e["monthly_fee"] for e in editor.session.document.entries("nordwave.yaml", "tariffs")]
    assert after == [round(f * 1.05, 2) for f in fees]
    assert editor.session.document.modified_files() == ["nordwave.yaml"]
    editor.session.undo_stack.undo()
    assert [e["monthly_fee"] for e in editor.session.document.entries("nordwave.yaml", "tariffs")] == fees


def test_yaml_editor_edits_promotions_and_checks_as_typed(editor):
    editor.select("tariffs", 1)
    yaml_editor = editor.entry_editor
    text = yaml_editor.text.toPlainText()
    assert "promotions:" in text
    yaml_editor.text.setPlainText(text.replace("percent: 50", "percent: 150"))
    assert "less than or equal to 100" in yaml_editor.status.text()
    yaml_editor.text.setPlainText(text.replace("percent: 50", "percent: 40"))
    assert yaml_editor.apply_button.isEnabled()
    yaml_editor.apply()
    entry = editor.session.document.entry("nordwave.yaml", "tariffs", 1)
    assert entry["promotions"][0]["percent"] == 40
    editor.session.undo_stack.undo()
    assert editor.session.document.entry("nordwave.yaml", "tariffs", 1)["promotions"][0]["percent"] == 50


def test_an_interrupted_save_leaves_the_old_file_intact(editor, folder, monkeypatch):
    before = (folder / "nordwave.yaml").read_bytes()
    model = editor.models["tariffs"]
    model.setData(model.index(0, column(editor, "tariffs", "name")), "Mobil S Neu")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))

    def crash(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    assert not editor.save()
    assert (folder / "nordwave.yaml").read_bytes() == before
    assert "No space left" in shown[0] and editor.session.modified


def test_a_file_changed_by_someone_else_is_not_overwritten_without_asking(editor, folder, monkeypatch):
    model = editor.models["tariffs"]
    model.setData(model.index(0, column(editor, "tariffs", "name")), "Mine")
    theirs = (folder / "nordwave.yaml").read_text().replace("Mobil M", "Theirs")
    (folder / "nordwave.yaml").write_text(theirs)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Cancel)
    assert not editor.save()
    assert (folder / "nordwave.yaml").read_text() == theirs


def test_import_dialog_previews_the_real_catalogue_and_applies_as_one_step(qtbot, tmp_path):
    (tmp_path / "sg").mkdir()
    editor = open_editor(qtbot, tmp_path / "sg", tmp_path)
    dialog = CatalogueImportDialog(editor.session, editor)
    dialog.profile_file.setText(str(SG_PROFILE))
    dialog.load_profile_file()
    dialog.table_file.setText(str(SG_TABLE))
    dialog.read_header()
    assert dialog.columns["monthly_fee"].currentText() == "price_sgd_month"
    assert dialog.preview()
    assert dialog.table.rowCount() == 53 and dialog.message.text().startswith("53 add")
    dialog.apply()
    assert len(editor.session.document.files) == 10 and editor.session.problems == []
    assert editor.files.count() == 10
    editor.session.save_all()
    assert len(ta.load_catalogue(tmp_path / "sg").tariffs) == 53
    dialog = CatalogueImportDialog(editor.session, editor)
    dialog.table_file.setText(str(SG_TABLE))
    dialog.read_header()
    dialog.columns["provider"].setCurrentText("(none)")
    assert not dialog.preview() and "provider" in dialog.message.text()


def test_diff_and_impact_views_show_an_edit(editor, qtbot):
    session = editor.session
    kite = list(session.document.files).index("kite.yaml")
    editor.files.setCurrentRow(kite)
    row = [e["id"] for e in session.document.entries("kite.yaml", "tariffs")].index("ki-10-24")
    model = editor.models["tariffs"]
    model.setData(model.index(row, column(editor, "tariffs", "monthly_fee")), "19.99")
    editor.review.setCurrentWidget(editor.diff_view)
    table = editor.diff_view.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(7)] == [
        "changed",
        "tariff",
        "ki-10-24",
        "kite",
        "monthly_fee",
        "7.99",
        "19.99",
    ]
    with qtbot.waitSignal(editor.impact_view.computed, timeout=WAIT):
        editor.impact_view.compute()
    rows = {r.household: r for r in editor.impact_view.rows}
    assert [m.member for m in rows["berger-family"].members] == ["Anna"]
    assert "Anna: ki-10-24" in editor.impact_view.table.item(0, 4).text()


def test_as_of_date_greys_tariffs_not_on_sale(editor):
    model = editor.models["tariffs"]
    editor.select("tariffs", 0)
    editor.retire_tariff(dt.date(2026, 12, 31))
    editor.use_as_of.setChecked(True)
    editor.as_of.setDate(dt.date(2027, 1, 15))
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert "tariffs on sale" in editor.on_sale_count.text()
    editor.use_as_of.setChecked(False)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_main_window_opens_the_editor_and_reloads_after_saving(qtbot, folder, tmp_path):
    from tariff_advisor_ui.advisor.main_window import MainWindow
    from tariff_advisor_ui.advisor.session import AdvisorSession
    from tariff_advisor_ui.app import open_editor

    family = Path(__file__).resolve().parents[1] / "examples" / "households" / "berger-family.yaml"
    session = AdvisorSession(ta.load_catalogue(folder), ta.load_household(family), family)
    main = MainWindow(session, QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat), open_editor)
    qtbot.addWidget(main, before_close_func=lambda w: setattr(w.session, "dirty", False))
    editor = main.edit_catalogue()
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "discarded", True))
    editor.files.setCurrentRow(list(editor.session.document.files).index("nordwave.yaml"))
    editor.models["tariffs"].setData(
        editor.models["tariffs"].index(0, column(editor, "tariffs", "monthly_fee")), "1.00"
    )
    editor.save()
    assert session.catalogue.tariff("nw-mobil-s").monthly_fee == 1.0


def test_a_new_provider_file_gets_its_first_tariff_and_saves(editor, folder):
    assert editor.new_provider("acme", "Acme Mobile")
    assert editor.current_file() == "acme.yaml"
    assert not editor.new_provider("acme", "Again")  # the id is taken
    editor.add_entry()
    editor.models["tariffs"].setData(
        editor.models["tariffs"].index(0, column(editor, "tariffs", "monthly_fee")), "9.99"
    )
    editor.save()
    catalogue = ta.load_catalogue(folder)
    assert [t.monthly_fee for t in catalogue.tariffs_of("acme")] == [9.99]
    assert catalogue.providers["acme"].currency == "EUR"
