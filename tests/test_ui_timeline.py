"""The Timeline tab and File > Export calendar, driven with real mouse clicks and key presses (pytest-qt)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from .test_ui_stale_result import optimise, pick_another_tariff, press
from .test_ui_usage_and_needs import click_tab


def table_rows(window) -> list[list[str]]:
    table = window.charts.timeline.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_timeline_tab_shows_the_results_dates_and_draws_the_chart(qtbot, window):
    optimise(qtbot, window)
    click_tab(window.charts.tabs, "Timeline")
    panel = window.charts.timeline
    assert window.charts.tabs.currentWidget() is panel
    assert panel.note.text() == "The recommended plans: what to cancel by when, and when."
    rows = {row[0]: row for row in table_rows(window)}
    assert list(rows) == ["Anna", "Ben", "Lea", "Max"]
    advice = {a.member: a for a in window.session.recommendation.advice}
    # Ben waits for his term's end (30 Apr 2027, three months' notice: the day after, 1 May, less 3 months is
    # 1 Feb, so cancel by 31 Jan 2027); the new plan starts 1 May 2027, binds 24 months to 30 Apr 2029, notice
    # one month before: 31 Mar 2029
    ben = rows["Ben"]
    assert ben[1] == "31 Jan 2027\nNordwave Mobile Mobil S (2025)" and ben[2] == "1 May 2027"
    assert "binds to 30 Apr 2029; notice by 31 Mar 2029" in ben[3]
    assert ben[4].startswith(advice["Ben"].phone_name) and "with the contract: " in ben[4]
    # Helio's he-pixel-10 offer: 29.00 + 24 x 20.00 = 509.00 against the Pixel 10's retail 599.00
    assert ben[5] == "€509.00, retail €599.00 (-€90.00)"
    # Anna leaves early: her term renewed month by month to 31 Jan 2027 (free from month 3), so Nordwave's
    # remaining-fees rule asks for months 1-2 of Mobil M (2025): 2 x 24.99 = 49.98
    assert rows["Anna"][1] == "1 Dec 2026 (now; leaving early costs €49.98)\nNordwave Mobile Mobil M (2025)"
    assert rows["Anna"][4] == "keeps the current phone" and rows["Anna"][5] == ""
    figure = window.charts.canvases["Timeline"].figure
    assert len(figure.axes) == 2  # the members' rows, the cost per month under them
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert "Helio Mobile Plus" in texts and "cancel by 31 Jan 2027" in texts  # Ben's new plan and his deadline


def test_plans_chosen_by_hand_are_shown_as_such_and_the_calendar_waits_for_an_optimise(
    qtbot, window, tmp_path, monkeypatch
):
    optimise(qtbot, window)
    click_tab(window.charts.tabs, "Timeline")
    pick_another_tariff(window, "Max")
    note = window.charts.timeline.note.text()
    assert note.startswith("Out of date: plans were changed by hand.") and "not the optimum" in note
    max_row = {row[0]: row for row in table_rows(window)}["Max"]
    chosen = window.session.priced_catalogue.tariff(window.session.assignment["Max"]["tariff"])
    assert chosen.name in max_row[3]  # the plan on screen, not the old optimum's
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    press(qtbot, window, "Ctrl+Shift+C")
    assert not asked and "out of date (plans were changed by hand)" in window.result.text()
    assert "then export the calendar" in window.result.text()


def test_export_calendar_by_its_shortcut_writes_the_results_dates(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "Berger.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Calendar (*.ics)"))
    press(qtbot, window, "Ctrl+Shift+C")
    assert "optimise first: the calendar holds the recommendation's dates" in window.result.text()
    assert not target.exists()
    optimise(qtbot, window)
    press(qtbot, window, "Ctrl+Shift+C")
    calendar = Calendar.from_ical(target.read_bytes())
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert "Ben: cancel Nordwave Mobile Mobil S (2025) by today" in summaries
    assert "Ben: Helio Mobile Plus starts (with Google Pixel 10 128 GB)" in summaries
    assert window.statusBar().currentMessage() == f"Calendar written to {target}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path), "Calendar (*.ics)"))
    press(qtbot, window, "Ctrl+Shift+C")  # a folder: said in the window, nothing raised
    assert f"could not export {tmp_path.name}: {tmp_path} is a folder" in window.result.text()


def test_the_export_calendar_menu_entry(window):
    file_menu = window.menuBar().actions()[0].menu()
    entry = next(a for a in file_menu.actions() if a.text() == "Export &calendar (.ics)...")
    assert entry.shortcut().toString() == "Ctrl+Shift+C"


def test_a_name_typed_without_its_ending_gets_ics(qtbot, window, tmp_path, monkeypatch):
    optimise(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "family"), ""))
    press(qtbot, window, "Ctrl+Shift+C")
    assert (tmp_path / "family.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
