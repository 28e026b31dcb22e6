"""The customer panel: the household's name, horizon, usage growth and home broadband, typed in and saved."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import tariff_advisor as ta


def _focus(qtbot, widget) -> None:
    """Tab-like focus: the content is selected, so typing replaces it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget or widget.isAncestorOf(QApplication.focusWidget()))


def test_typing_into_the_customer_panel_changes_the_saved_household(qtbot, window, tmp_path):
    panel, session = window.household_panel, window.session
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert panel.name.text() == "Berger family" and panel.horizon.value() == session.household.horizon_months
    before = session.bill.total
    _focus(qtbot, panel.name)
    QTest.keyClick(panel.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(panel.name, "Familie Berger-Novak")
    QTest.keyClick(panel.name, Qt.Key.Key_Tab)
    assert session.household.name == "Familie Berger-Novak" and "Familie Berger-Novak" in window.windowTitle()
    assert QApplication.focusWidget() is panel.horizon
    qtbot.waitUntil(panel.horizon.lineEdit().hasSelectedText)
    QTest.keyClicks(panel.horizon, "36")
    assert session.household.horizon_months != 36  # taken when the edit is done, not at each key (re-pricing)
    QTest.keyClick(panel.horizon, Qt.Key.Key_Tab)
    assert session.household.horizon_months == 36 and session.bill.horizon_months == 36
    assert session.bill.total != before
    qtbot.waitUntil(panel.growth.lineEdit().hasSelectedText)
    QTest.keyClicks(panel.growth, "15")
    QTest.keyClick(panel.growth, Qt.Key.Key_Return)
    assert session.household.usage_growth_percent_per_year == 15
    QTest.keyClick(panel.growth, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.broadband
    QTest.keyClicks(panel.broadband, "Kite")  # keyboard search in the drop-down
    assert session.household.home_broadband_provider == "kite"
    assert session.dirty
    target = tmp_path / "saved.yaml"
    session.save(target)
    saved = ta.load_household(target)
    assert saved.name == "Familie Berger-Novak" and saved.horizon_months == 36
    assert saved.usage_growth_percent_per_year == 15 and saved.home_broadband_provider == "kite"


def test_an_empty_name_is_not_taken(qtbot, window):
    panel = window.household_panel
    _focus(qtbot, panel.name)
    QTest.keyClick(panel.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(panel.name, Qt.Key.Key_Delete)
    QTest.keyClick(panel.name, Qt.Key.Key_Return)
    assert window.session.household.name == "Berger family" and panel.name.text() == "Berger family"


def test_the_panel_shows_the_household_it_is_given(qtbot, window):
    panel = window.household_panel
    window.session.dirty = False
    window.new_customer()
    assert panel.name.text() == "New customer" and panel.name.hasFocus() and panel.name.selectedText()
    assert panel.horizon.value() == 24 and panel.growth.value() == 0 and panel.broadband.currentText() == "none"
