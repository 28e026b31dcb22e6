"""Phones in the catalogue editor (issue 12): devices, device offers, roaming and contract rules as tables,
driven by real key events from the editor to an installed release."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from click.testing import CliRunner
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

import tariff_advisor as ta
from tariff_advisor.cli import main
from tariff_advisor.editing.diff import diff_folders
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor.release import install
from tariff_advisor.release.manifest import version_key
from tariff_advisor_ui.editor.editor_window import KINDS, EditorWindow
from tariff_advisor_ui.editor.session import CatalogueSession

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_KEY = ROOT / "tests" / "data" / "release" / "sample-publisher.key"
SHIPPED_RELEASE = ROOT / "tariff_advisor" / "release" / "sample" / "sample-market-2026.12.05.zip"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def folder(tmp_path) -> Path:
    return Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))


@pytest.fixture
def editor(qtbot, folder, tmp_path) -> EditorWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = EditorWindow(CatalogueSession.open(folder), settings)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "discarded", True))
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Focus a field, as a click or Tab would, and type into it."""
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    type_keys(text)


def type_keys(text: str) -> None:
    """Type into whatever has the focus, key by key, as a person does (the first key opens a cell's editor)."""
    for char in text:
        QTest.keyClick(focused(), char)
        QApplication.processEvents()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()
    QApplication.processEvents()  # the view commits on Enter in a queued call, then goes down a row


def find(qtbot, editor: EditorWindow, text: str) -> None:
    """Ctrl+F, the words, Enter: the row is current, on its price column, and the table has the focus."""
    QTest.keyClick(editor, Qt.Key.Key_F, CTRL)
    assert focused() is editor.find_box
    type_keys(text)
    press(Qt.Key.Key_Return)


def choose_file(editor: EditorWindow, name: str) -> None:
    """Type the file's name in the file list (the list's keyboard search)."""
    editor.files.setFocus()
    QTest.qWait(QApplication.keyboardInputInterval() + 50)  # a new search, not the end of the last one
    type_keys(name)
    assert editor.current_file() == f"{name}.yaml"


def choose_table(qtbot, editor: EditorWindow, kind: str) -> None:
    bar = editor.tabs.tabBar()
    position = [k for k, _title in KINDS].index(kind)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(position).center())
    assert editor.current_kind() == kind


def stored(editor: EditorWindow, file: str, kind: str, entry_id: str) -> dict:
    return next(e for e in editor.session.document.entries(file, kind) if e.get("id") == entry_id)


def current_key(editor: EditorWindow) -> tuple[str, str]:
    kind = editor.current_kind()
    assert kind is not None
    index = editor.views[kind].currentIndex()
    return str(editor.models[kind].node(index.row()).get("id")), editor.models[kind].column(index).key


def test_phones_from_keyboard_edits_to_an_installed_release(qtbot, editor, folder, tmp_path):
    # a devices file shows its phones only; a provider file its tariffs, offers, roaming and contract rules
    choose_file(editor, "devices")
    assert editor.current_kind() == "devices"
    assert [editor.tabs.isTabVisible(i) for i in range(len(KINDS))] == [k == "devices" for k, _t in KINDS]

    # the everyday case: Ctrl+F, the phone, Enter, the new price, Enter
    find(qtbot, editor, "iphone 17 256")
    assert current_key(editor) == ("iphone-17-256", "retail_price")
    type_keys("929")
    press(Qt.Key.Key_Return)
    assert stored(editor, "devices.yaml", "devices", "iphone-17-256")["retail_price"] == 929
    assert editor.session.undo_stack.undoText() == "Set retail price of iPhone 17 256 GB"
    assert editor.session.undo_stack.count() == 1
    assert current_key(editor) == ("iphone-17-pro-256", "retail_price")  # Enter went down a row

    # an offer's monthly fee: the same keys in Nordwave's device offers
    choose_file(editor, "nordwave")
    choose_table(qtbot, editor, "device_offers")
    find(qtbot, editor, "iphone premium")
    assert current_key(editor) == ("nw-iphone-17-premium", "monthly_fee")
    type_keys("31")
    press(Qt.Key.Key_Return)
    assert stored(editor, "nordwave.yaml", "device_offers", "nw-iphone-17-premium")["monthly_fee"] == 31
    assert editor.session.undo_stack.count() == 2

    # a new phone: Ctrl+Shift+N, then its cells typed with Tab between them
    choose_file(editor, "devices")
    view = editor.views["devices"]
    view.setFocus()
    press(Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    row = editor.models["devices"].rowCount() - 1
    assert view.currentIndex().row() == row
    press(Qt.Key.Key_Home)  # the id's column
    for text in ("iphone-18-256", "Apple", "iPhone 18", "256"):
        type_keys(text)
        press(Qt.Key.Key_Tab)
    type_keys("1099")
    press(Qt.Key.Key_Return)
    assert view.state() != QAbstractItemView.State.EditingState
    new = editor.session.document.entry("devices.yaml", "devices", row)
    assert (new["id"], new["maker"], new["model"], new["storage_gb"], new["retail_price"]) == (
        "iphone-18-256",
        "Apple",
        "iPhone 18",
        256,
        1099,
    )
    assert not editor.session.problems

    # a bad offer: a device no devices file lists is a problem on the offer's cell and in the Problems tab
    choose_file(editor, "nordwave")
    choose_table(qtbot, editor, "device_offers")
    offers = editor.views["device_offers"]
    offers.setFocus()
    press(Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    bad_row = editor.models["device_offers"].rowCount() - 1
    offers.setCurrentIndex(editor.models["device_offers"].index(bad_row, 1))  # the device column
    assert editor.models["device_offers"].column(offers.currentIndex()).key == "device"
    type_keys("galaxy-s99")
    press(Qt.Key.Key_Return)
    steps = editor.session.undo_stack.count()
    problems = [str(p) for p in editor.session.problems]
    assert len(problems) == 1 and "galaxy-s99" in problems[0] and "device_offers[" in problems[0]
    device_cell = editor.models["device_offers"].index(bad_row, 1)
    assert device_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "galaxy-s99" in device_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert editor.review.tabText(0) == "Problems (1)"
    press(Qt.Key.Key_Z, CTRL)  # undo: the offer's device as it was added, no problem
    assert not editor.session.problems and editor.session.undo_stack.count() == steps
    assert editor.session.undo_stack.index() == steps - 1
    press(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo: the problem is back
    assert len(editor.session.problems) == 1
    press(Qt.Key.Key_Z, CTRL)
    press(Qt.Key.Key_Z, CTRL)  # and the offer itself goes again
    assert editor.models["device_offers"].rowCount() == bad_row and not editor.session.problems

    # the changes, before saving, in the customer's words
    editor.review.setCurrentWidget(editor.diff_view)
    editor.diff_view.refresh()
    rows = editor.diff_view.table.rowCount()
    shown = [
        [editor.diff_view.table.item(r, c).text() for c in range(editor.diff_view.table.columnCount())]
        for r in range(rows)
    ]
    assert ["changed", "device", "iPhone 17 256 GB (iphone-17-256)", "devices", "Retail price", "899.00", "929.00"] in (
        shown
    )
    assert any(r[0] == "added" and r[2] == "iPhone 18 256 GB (iphone-18-256)" for r in shown)
    assert any(r[2].startswith("iPhone 17 256 GB at Nordwave Mobile") and r[5:] == ["33.00", "31.00"] for r in shown)

    # save (Ctrl+S): three files' worth of changes, the formatting and comments kept
    with qtbot.waitSignal(editor.saved):
        press(Qt.Key.Key_S, CTRL)
    assert not editor.session.modified
    devices_text = (folder / "devices.yaml").read_text("utf-8")
    assert "# Phones of the Tariff Advisor sample market" in devices_text
    assert "retail_price: 929" in devices_text and "iphone-18-256" in devices_text
    catalogue = ta.load_catalogue(folder)
    assert catalogue.devices["iphone-17-256"].retail_price == 929
    assert catalogue.devices["iphone-18-256"].model == "iPhone 18"
    assert next(o for o in catalogue.device_offers if o.id == "nw-iphone-17-premium").monthly_fee == 31

    # the diff, as `tariff-advisor diff` prints it
    result = CliRunner().invoke(main, ["diff", str(shipped_catalogue_dir()), str(folder)])
    assert result.exit_code == 1, result.output
    assert "iPhone 17 256 GB: retail price 899.00 → 929.00" in result.output
    assert "iPhone 17 256 GB at Nordwave Mobile (premium tariffs): monthly device fee 33.00 → 31.00" in result.output
    assert "new device: iPhone 18 256 GB (iphone-18-256)" in result.output

    # release with the test key, then install it
    [action] = [a for a in editor.menuBar().actions()[0].menu().actions() if a.text() == "&Release..."]
    action.trigger()
    dialog = editor.release_dialog
    qtbot.waitExposed(dialog)
    version = dialog.version.text()  # suggested: today's date, after the shipped sample's 2026.12.05
    assert version_key(version) > version_key("2026.12.05")
    type_into(qtbot, dialog.key_file, str(SAMPLE_KEY))
    type_into(qtbot, dialog.previous, str(SHIPPED_RELEASE))
    out = tmp_path / f"market-{version}.zip"
    type_into(qtbot, dialog.output, str(out))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible()
    qtbot.waitUntil(lambda: not dialog.previewing(), timeout=60_000)
    preview = dialog.preview_view.toPlainText()
    assert "iPhone 17 256 GB: retail price 899.00 → 929.00" in preview
    assert "15 devices" in preview and "berger-family" in preview
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert out.is_file(), (dialog.message.text(), dialog.version.text(), dialog.key_file.text())
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["counts"]["devices"] == 15
    assert manifest["counts"]["device_offers"] == len(catalogue.device_offers) >= 8
    installed = install(out)
    assert installed is not None and installed.release.version == version
    in_use = ta.load_catalogue()
    assert in_use.devices["iphone-17-256"].retail_price == 929 and "iphone-18-256" in in_use.devices


def test_roaming_rules_of_a_tariff_start_as_a_copy_of_the_defaults(qtbot, editor):
    choose_file(editor, "nordwave")
    choose_table(qtbot, editor, "roaming")
    model = editor.models["roaming"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "Defaults"
    keys = [c.key for c in model.columns]
    us = keys.index("day_pass.us_ca")
    assert model.data(model.index(0, us)) == "7.99" and model.data(model.index(1, us)) == "7.99"  # inherited
    assert model.data(model.index(1, us), Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    editor.views["roaming"].setCurrentIndex(model.index(1, us))
    editor.views["roaming"].setFocus()
    type_keys("5.99")
    press(Qt.Key.Key_Return)
    tariff = editor.session.document.entry("nordwave.yaml", "tariffs", 0)
    assert tariff["roaming"]["day_pass"]["us_ca"] == 5.99
    assert tariff["roaming"]["included"] == ["eu"] and tariff["roaming"]["fair_use_gb"] == 25  # kept from defaults
    assert editor.session.undo_stack.count() == 1
    assert model.data(model.index(1, us), Qt.ItemDataRole.ForegroundRole) is None  # its own now
    # a price for an included zone is refused on the cell, with the reason
    eu = keys.index("day_pass.eu")
    assert "included" in model.problem(model.index(1, eu), "3.00")
    press(Qt.Key.Key_Z, CTRL)
    assert "roaming" not in editor.session.document.entry("nordwave.yaml", "tariffs", 0)
    # Delete on a tariff's row gives it the defaults again; on the defaults row removes them (one step each)
    press(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    editor.views["roaming"].setCurrentIndex(model.index(1, 0))
    editor.delete_entry()
    assert "roaming" not in editor.session.document.entry("nordwave.yaml", "tariffs", 0)


def test_contract_rules_are_one_row_checked_like_the_file(qtbot, editor, folder):
    choose_file(editor, "nordwave")
    choose_table(qtbot, editor, "contract_rules")
    model = editor.models["contract_rules"]
    assert model.rowCount() == 1
    keys = [c.key for c in model.columns]
    rule, percent = keys.index("early_exit.rule"), keys.index("early_exit.percent")
    assert model.data(model.index(0, rule)) == "remaining_fees"
    assert "percent" in model.problem(model.index(0, rule), "percent_of_remaining")
    assert model.setData(model.index(0, keys.index("notice_months")), "3")
    assert editor.session.document.files["nordwave.yaml"].data["contract_rules"]["notice_months"] == 3
    assert model.setData(model.index(0, rule), "flat")  # a problem until the amount is given
    assert model.index(0, rule).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.setData(model.index(0, keys.index("early_exit.amount")), "29")
    assert not editor.session.problems and model.index(0, percent).data(Qt.ItemDataRole.BackgroundRole) is None
    editor.session.save_all()
    rules = ta.load_catalogue(folder).providers["nordwave"].contract_rules
    assert (rules.notice_months, rules.early_exit.rule, rules.early_exit.amount) == (3, "flat", 29)


def test_the_yaml_panel_edits_a_phone_and_checks_it(qtbot, editor):
    choose_file(editor, "devices")
    editor.select("devices", 0, 0)
    yaml_editor = editor.entry_editor
    assert "iPhone 17 256 GB" not in yaml_editor.title.text()  # the panel names the entry by its id
    assert "retail_price: 899.0" in yaml_editor.text.toPlainText()
    cursor = yaml_editor.text.document().find("899.0")
    yaml_editor.text.setTextCursor(cursor)
    qtbot.keyClicks(yaml_editor.text, "-1")
    assert yaml_editor.status.text().startswith("Retail price: should be greater than 0")
    cursor = yaml_editor.text.document().find("price: -10")
    yaml_editor.text.setTextCursor(cursor)
    qtbot.keyClicks(yaml_editor.text, "price: 879.0")
    assert yaml_editor.apply_button.isEnabled()
    qtbot.mouseClick(yaml_editor.apply_button, Qt.MouseButton.LeftButton)
    assert editor.session.document.entry("devices.yaml", "devices", 0)["retail_price"] == 879.0
    assert editor.session.undo_stack.undoText() == "Edit iPhone 17 256 GB"
    # the file's own settings are checked as a devices file's, not a provider's
    editor.tabs.setCurrentWidget(editor.settings_editor)
    assert editor.settings_editor.status.text() == "Valid"


def test_diff_of_devices_and_offers_in_the_customers_words(folder, tmp_path):
    old = Path(shutil.copytree(folder, tmp_path / "old"))
    devices = folder / "devices.yaml"
    devices.write_text(
        devices.read_text("utf-8").replace(
            "model: Pixel 10, storage_gb: 128, retail_price: 599.00",
            "model: Pixel 10, storage_gb: 128, retail_price: 579.00",
        ),
        "utf-8",
    )
    nordwave = folder / "nordwave.yaml"
    text = nordwave.read_text("utf-8")
    nordwave.write_text(
        text.replace("device: galaxy-a37-128, tier: basic", "device: galaxy-a37-128, tier: plus"), "utf-8"
    )
    described = [c.describe() for c in diff_folders(old, folder).changes]
    assert "Pixel 10 128 GB: retail price 599.00 → 579.00" in described
    assert "Galaxy A37 5G 128 GB at Nordwave Mobile (plus tariffs): tier basic → plus" in described


def test_every_phone_cheaper_by_five_percent_is_one_step(editor):
    from tariff_advisor_ui.editor.bulk_edit_dialog import BulkEditDialog

    prices = [e["retail_price"] for e in editor.session.document.entries("devices.yaml", "devices")]
    dialog = BulkEditDialog(editor.session, "devices.yaml", "devices", [])
    dialog.percent.setValue(-5)
    assert dialog.apply() == len(prices)
    after = [e["retail_price"] for e in editor.session.document.entries("devices.yaml", "devices")]
    assert after == [round(p * 0.95, 2) for p in prices]
    assert editor.session.undo_stack.count() == 1
    choose_file(editor, "nordwave")
    editor.tabs.setCurrentIndex([k for k, _t in KINDS].index("roaming"))
    editor.bulk_edit()  # roaming rules are not a list of prices: said, not a dialog
    assert "one row per tariff" in editor.statusBar().currentMessage()


def _devices_scene(qtbot, editor: EditorWindow) -> None:
    """Nordwave's device offers: one fee lowered, one offer naming a phone nobody lists (flagged on the cell)."""
    editor.resize(1280, 800)
    choose_file(editor, "nordwave")
    choose_table(qtbot, editor, "device_offers")
    model = editor.models["device_offers"]
    keys = [c.key for c in model.columns]
    assert model.setData(model.index(0, keys.index("monthly_fee")), "31")
    editor.views["device_offers"].setFocus()
    press(Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    bad = model.rowCount() - 1
    assert model.setData(model.index(bad, keys.index("device")), "galaxy-s99")
    editor.select("device_offers", 0, keys.index("monthly_fee"))
    editor.review.setCurrentWidget(editor.problems)
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "de"])
def test_render_the_device_offers(qtbot, folder, tmp_path, language, qapp):
    """docs/editor-devices.png and docs/editor-devices-de.png (TARIFF_ADVISOR_SCREENSHOTS=docs to regenerate)."""
    from PySide6.QtCore import QLocale

    from tariff_advisor import i18n
    from tariff_advisor_ui.language import apply_language, remove_translators

    out = Path(os.environ.get("TARIFF_ADVISOR_SCREENSHOTS", tmp_path))
    name = "editor-devices.png" if language == "en" else "editor-devices-de.png"
    locale_before = QLocale()
    with i18n.use_language(language):
        assert apply_language(qapp, language) == language
        try:
            settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
            window = EditorWindow(CatalogueSession.open(folder), settings)
            qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "discarded", True))
            window.show()
            window.activateWindow()
            qtbot.waitExposed(window)
            _devices_scene(qtbot, window)
            tab = window.tabs.tabText(window.tabs.currentIndex())
            assert tab == ("Device offers" if language == "en" else "Handy-Angebote")
            header = window.models["device_offers"].headerData(4, Qt.Orientation.Horizontal)
            assert header == ("Upfront" if language == "en" else "Anzahlung")
            assert window.grab().save(str(out / name))
        finally:
            remove_translators(qapp)
            QLocale.setDefault(locale_before)
