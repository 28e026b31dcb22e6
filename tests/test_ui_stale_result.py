"""A result shown is the result of what is on screen, or says it is out of date (issue 11, families)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from tariff_advisor.billing.today import price_today

from .test_ui import WAIT
from .test_ui_usage_and_needs import click_member, click_tab, type_into


def press(qtbot, window, key: QKeySequence.StandardKey | str) -> None:
    """A shortcut as the user presses it (the first binding of a standard key on this platform)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    sequence = QKeySequence(key) if isinstance(key, str) else QKeySequence.keyBindings(key)[0]
    combination = sequence[0]
    focus = QApplication.focusWidget()
    target = focus if focus is not None and focus.isVisible() else window  # a closed cell editor has no keys
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def optimise(qtbot, window) -> None:
    with qtbot.waitSignal(window.session.explanationReady, timeout=WAIT):
        press(qtbot, window, "Ctrl+R")
    qtbot.waitUntil(lambda: not window.session.busy, timeout=WAIT)


def pick_another_tariff(window, member: str) -> None:
    tariff_box = window.configurator.findChild(QComboBox, f"tariff:{member}")
    tariff_box.setFocus()
    QTest.keyClick(tariff_box, Qt.Key.Key_Down if tariff_box.currentIndex() == 0 else Qt.Key.Key_Up)


def test_a_tariff_chosen_by_hand_marks_the_result_out_of_date(qtbot, window):
    optimise(qtbot, window)
    optimum = window.result.text()
    assert "proven optimal" in optimum
    pick_another_tariff(window, "Anna")
    live = window.session.bill.total
    assert f"{live:,.2f}" in window.configurator.total.text()
    text = window.result.text()
    assert "out of date" in text and "changed by hand" in text and "proven optimal" not in text
    assert "Optimise again (Ctrl+R)" in text
    assert window.charts.explanation is None
    click_tab(window.charts.tabs, "If usage changes")
    note = window.charts.canvases["If usage changes"].figure
    assert not note.axes and "Out of date: plans were changed by hand" in note.texts[0].get_text()
    assert not window.export_to(window.session.path.parent / "never.pdf")  # stale advice is not exported
    press(qtbot, window, QKeySequence.StandardKey.Undo)  # back to the optimum: its result again
    assert window.result.text() == optimum and window.charts.explanation is not None


def test_after_usage_edits_the_result_and_charts_follow_the_household_on_screen(qtbot, window):
    optimise(qtbot, window)
    rec = window.session.recommendation
    click_member(window, "Lea")
    click_tab(window.usage_tabs, "Typical month")
    spins = window.usage_editor.spins
    type_into(spins["data_gb"], f"{spins['data_gb'].value() * 3:.1f}")
    QTest.mouseClick(window.usage_editor.apply_button, Qt.MouseButton.LeftButton)
    assert "Result out of date" in window.result.text() and "usage changed" in window.result.text()
    session = window.session
    today = price_today(session.household, session.catalogue)
    assert today.total != pytest.approx(rec.today.total)  # her usage grew: today's plans cost more
    click_tab(window.charts.tabs, "Month by month")
    axes = window.charts.canvases["Month by month"].figure.axes
    cumulative = {line.get_label(): line.get_ydata()[-1] for ax in axes for line in ax.get_lines()}
    assert cumulative["today's plans, cumulative"] == pytest.approx(today.total)  # not the old usage's cost
    assert cumulative["recommended, cumulative"] == pytest.approx(session.bill.total)
    legend = [t.get_text() for t in axes[0].get_legend().get_texts()]
    assert "chosen plans, per month" in legend  # not the optimum any more: not called "recommended"
    click_tab(window.charts.tabs, "Why not")
    why = window.charts.canvases["Why not"].figure
    assert not why.axes and "Out of date: usage changed" in why.texts[0].get_text()  # the old "why" is not drawn
    optimise(qtbot, window)
    assert "proven optimal" in window.result.text() and "out of date" not in window.result.text()


def test_the_month_by_month_chart_labels_the_one_off_fees(qtbot, window):
    optimise(qtbot, window)
    bill = window.session.bill
    one_off: dict[int, float] = {}
    for line in bill.lines:
        if line.category == "one_time":
            one_off[line.month] = one_off.get(line.month, 0.0) + line.amount
    # the family's recommendation has one-off fees now (exit and activation fees) and when Ben starts his new
    # contract at his contract's end (activation): the test can fail
    assert one_off.get(1, 0) > 0 and len(one_off) > 1
    click_tab(window.charts.tabs, "Month by month")
    figure = window.charts.canvases["Month by month"].figure
    texts = [t.get_text() for axes in figure.axes for t in axes.texts]
    expected = [f"month {month}: {amount:,.2f} one-off fees" for month, amount in sorted(one_off.items())]
    assert sorted(t for t in texts if "one-off fees" in t) == sorted(expected)  # each month once


def test_a_why_that_arrives_after_a_change_by_hand_is_not_shown_until_undone(qtbot, window):
    session = window.session
    with qtbot.waitSignal(session.recommendationReady, timeout=WAIT):
        press(qtbot, window, "Ctrl+R")
    pick_another_tariff(window, "Anna")  # while the "why" is still being worked out
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT)
    assert "out of date" in window.result.text() and window.charts.explanation is None
    press(qtbot, window, QKeySequence.StandardKey.Undo)
    assert "proven optimal" in window.result.text()
    assert window.charts.explanation is session.explanation is not None  # its "why" shows now


def test_out_of_date_advice_is_not_exported(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "advice.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    optimise(qtbot, window)
    qtbot.waitUntil(lambda: window.charts.explanation is not None, timeout=WAIT)
    pick_another_tariff(window, "Anna")
    press(qtbot, window, "Ctrl+Shift+E")
    assert not target.exists()
    assert "out of date (plans were changed by hand)" in window.result.text() and "Ctrl+R" in window.result.text()
