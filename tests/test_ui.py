"""The desktop app, driven through its real widgets with pytest-qt (headless)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

import tariff_advisor as ta
from tariff_advisor_ui import settings as keys

from .real_data import PHONE_LOG

ROOT = Path(__file__).resolve().parents[1]
WAIT = 60_000


def test_members_model_passes_qtmodeltester(qtmodeltester, window):
    qtmodeltester.check(window.members_model)


def test_editing_a_member_updates_the_household(window):
    model = window.members_model
    assert model.setData(model.index(0, 0), "Annika")
    assert window.session.household.member_names[0] == "Annika" and window.session.dirty
    assert "Annika" in window.session.assignment
    assert not model.setData(model.index(1, 0), "Annika")  # names stay unique
    assert not model.setData(model.index(1, 1), "old")
    model.setData(model.index(2, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.session.household.members[2].student


def test_choosing_a_tariff_reprices_at_once(window):
    tariff_box = window.configurator.findChild(type(window.configurator.table.cellWidget(0, 3)), "tariff:Anna")
    before = window.session.bill.total
    target = tariff_box.findData("nw-mobil-xl")
    if target < 0:
        provider_box = window.configurator.findChild(type(tariff_box), "provider:Anna")
        provider_box.setCurrentIndex(provider_box.findData("nordwave"))
        tariff_box = window.configurator.findChild(type(provider_box), "tariff:Anna")
        target = tariff_box.findData("nw-mobil-xl")
    tariff_box.setCurrentIndex(target)
    assert window.session.assignment["Anna"]["tariff"] == "nw-mobil-xl"
    bill = window.session.bill
    assert bill.total != before
    assert bill.total == pytest.approx(
        ta.price(window.session.priced_household, window.session.priced_catalogue, window.session.assignment).total
    )
    assert f"{bill.total:,.2f}" in window.configurator.total.text()


def test_lock_then_optimise_re_plans_the_rest(qtbot, window):
    session = window.session
    session.set_choice("Anna", "nw-mobil-m")
    lock = window.configurator.findChild(type(window.configurator.table.cellWidget(0, 2)), "lock-provider:Anna")
    lock.setChecked(True)
    assert session.locks["Anna"] == {"provider"}
    with qtbot.waitSignal(session.recommendationReady, timeout=WAIT) as blocker:
        qtbot.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
    rec = blocker.args[0]
    assert rec.status == "optimal"
    assert session.priced_catalogue.tariff(session.assignment["Anna"]["tariff"]).provider == "nordwave"
    assert session.bill.total == pytest.approx(rec.total)
    assert session.changed_members() and "proven optimal" in window.result.text()
    cost_chart = window.charts.canvases["Cost per member"].figure
    assert cost_chart.axes and len(cost_chart.axes[0].patches) > 0
    assert cost_chart.axes[0].get_ylabel() == "cost (EUR)"
    with qtbot.waitSignal(session.explanationReady, timeout=WAIT):
        pass
    window.charts.tabs.setCurrentIndex(window.charts.tabs.indexOf(window.charts.canvases["Why not"]))
    why = window.charts.canvases["Why not"].figure.axes[0]  # hidden tabs are drawn when shown
    assert len(why.patches) > 0 and "EUR" in why.get_xlabel()
    qtbot.waitUntil(lambda: not window.busy.isVisible(), timeout=WAIT)


def test_a_newer_request_supersedes_an_older_one(qtbot, window):
    session = window.session
    results = []
    session.recommendationReady.connect(results.append)
    session.optimise()
    session.set_constraints({"exclude_providers": ["helio"]})
    last = session.optimise()
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT)
    assert len(results) == 1 and last == session._request
    assert all(session.priced_catalogue.tariff(c["tariff"]).provider != "helio" for c in session.assignment.values())


def test_impossible_constraints_show_in_the_window(qtbot, window):
    window.constraints.budget.setValue(5.0)
    with qtbot.waitSignal(window.session.errorOccurred, timeout=WAIT):
        window.session.optimise()
    assert "budget of €5.00" in window.result.text()


def test_save_as_remembers_recent_files(window, tmp_path):
    target = tmp_path / "copy.yaml"
    assert window._write(target)
    assert ta.load_household(target).member_names == window.session.household.member_names
    assert window.settings.value(keys.RECENT_FILES)[0] == str(target)
    assert not window.session.dirty and "copy.yaml" in window.windowTitle()


def test_opening_a_bad_file_shows_the_problem(window, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nmembers: []\n")
    assert not window.open_path(bad)
    assert "bad.yaml" in window.result.text()
    assert window.session.household.name == "Berger family"


def test_closing_with_unsaved_edits_asks_first(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.members_model.setData(window.members_model.index(0, 1), 47)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    assert not window.close()  # cancelled: the window stays open with the edits
    assert asked and window.session.dirty and window.session.household.members[0].age == 47


def test_import_usage_dialog_previews_and_applies(qtbot, window):
    from tariff_advisor_ui.advisor.import_usage_dialog import ImportUsageDialog

    dialog = ImportUsageDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.member.setCurrentText("Anna")  # her plan bills the international minutes the log does not have
    dialog.files.setText(str(PHONE_LOG))
    dialog.read_header()
    assert not dialog.preview() and "date" in dialog.message.text()  # no columns chosen yet
    # the mapping step: the file's own columns, chosen by hand
    for field, column in {"date": "date", "kind": "item", "amount": "duration", "month": "month"}.items():
        dialog.columns[field].setCurrentText(column)
    assert dialog.preview() and dialog.table.rowCount() == 5
    # a bad mapping file is reported; a good one fills the same choices in
    dialog.mapping.setText("/nonexistent.yaml")
    dialog.load_mapping_file()
    assert "nonexistent.yaml" in dialog.message.text()
    dialog.mapping.setText(str(ROOT / "examples" / "usage-mappings" / "phone-log-ireland.yaml"))
    dialog.load_mapping_file()
    assert dialog.columns["network"].currentText() == "network" and dialog.current_mapping().networks
    assert dialog.preview() and dialog.table.rowCount() == 5
    before = window.session.bill.total
    dialog.apply()
    anna = window.session.household.member("Anna")
    assert next(u.month for u in anna.usage) == "2014-11" and window.session.dirty
    assert window.session.bill.total != before


def test_export_after_optimising(qtbot, window, tmp_path):
    assert not window.export_to(tmp_path / "x.pdf")  # nothing optimised yet: said in the window, not raised
    assert "optimise first" in window.result.text() and not (tmp_path / "x.pdf").exists()
    with qtbot.waitSignal(window.session.explanationReady, timeout=WAIT):
        window.session.optimise()
    for name in ("advice.pdf", "advice.csv", "advice.json"):
        assert window.export_to(tmp_path / name) and (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "advice.pdf").read_bytes().startswith(b"%PDF")


def test_usage_editor_add_remove_member_and_new_customer(qtbot, window):
    session, editor = window.session, window.usage_editor
    window.members_view.setCurrentIndex(window.members_model.index(2, 0))  # Lea pays per started GB today
    assert editor.member == "Lea" and editor.spins["data_gb"].value() == pytest.approx(41.3, abs=0.1)
    editor.spins["data_gb"].setValue(2.0)
    before = session.bill.total
    editor.apply_button.click()
    lea = session.household.member("Lea")
    assert lea.usage[0].data_mb == pytest.approx(2048) and len(lea.usage) == 1
    assert session.bill.total != before and session.dirty
    window.add_member()
    assert session.household.member_names[-1] == "Member 5" and "Member 5" in session.assignment
    assert editor.member == "Member 5"
    window.remove_member()
    assert session.household.member_names == ["Anna", "Ben", "Lea", "Max"]
    session.dirty = False
    window.new_customer()
    assert session.household.member_names == ["Customer"] and session.path is None
    editor.spins["minutes"].setValue(300)
    editor.spins["data_gb"].setValue(12)
    editor.apply_button.click()
    with qtbot.waitSignal(session.recommendationReady, timeout=WAIT) as blocker:
        window.optimise_button.click()
    assert blocker.args[0].status == "optimal" and set(session.assignment) == {"Customer"}
    window.remove_member()
    assert session.household.member_names == ["Customer"] and "at least one" in window.result.text()
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT)
