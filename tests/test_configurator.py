"""The configurator as a customer at the counter uses it: pick a provider, lock a choice, read a tariff."""

from __future__ import annotations

import pytest

import tariff_advisor as ta
from tariff_advisor import i18n

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox


def _household_total(session, member: str, tariff_id: str) -> float:
    assignment = {**session.assignment, member: {"tariff": tariff_id, "options": []}}
    try:
        bill = ta.price(session.priced_household, session.priced_catalogue, assignment)
    except ta.TariffAdvisorError:
        return float("inf")
    return bill.total + (1e9 if bill.slowdowns else 0.0)


def test_choosing_a_provider_picks_its_best_tariff_for_the_household(window):
    session, configurator = window.session, window.configurator
    provider_box = configurator.findChild(QComboBox, "provider:Ben")
    assert session.priced_catalogue.tariff(session.assignment["Ben"]["tariff"]).provider != "helio"
    offered = configurator._tariffs_for("Ben", "helio")
    best = min(offered, key=lambda t: _household_total(session, "Ben", t.id))
    assert offered[0].id != best.id  # the first in the list is not the cheapest: the test tells them apart
    provider_box.setFocus()
    QTest.keyClicks(provider_box, "Helio")  # keyboard search in the drop-down, as a user types
    assert provider_box.currentData() == "helio"
    assert session.assignment["Ben"]["tariff"] == best.id


def click(viewport, pos: QPoint) -> None:
    """A click where the window system would deliver it: to the widget under the pointer."""
    target = viewport.childAt(pos) or viewport
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(viewport, pos))


def test_a_lock_toggles_on_a_click_anywhere_in_its_cell(window):
    table = window.configurator.table
    cell = table.visualRect(table.model().index(0, 2))
    right_edge = QPoint(cell.right() - 3, cell.center().y())
    click(table.viewport(), right_edge)
    lock = window.configurator.findChild(QCheckBox, "lock-provider:Anna")
    assert lock.isChecked() and window.session.locks["Anna"] == {"provider"}
    click(table.viewport(), right_edge)
    assert not lock.isChecked() and not window.session.locks["Anna"]


def test_the_tariff_picker_says_what_each_tariff_includes(window):
    tariff_box = window.configurator.findChild(QComboBox, "tariff:Anna")
    catalogue = window.session.priced_catalogue
    for index in range(tariff_box.count()):
        tariff = catalogue.tariff(tariff_box.itemData(index))
        tip = tariff_box.itemData(index, Qt.ItemDataRole.ToolTipRole)
        assert tariff.name in tip and ("GB data" in tip or "unlimited data" in tip or "no allowances" in tip)
        assert ("contract" in tip or "no minimum term" in tip) and "one-off fee" in tip
    assert "a month" in tariff_box.toolTip() or "every 28 days" in tariff_box.toolTip()


def test_new_customer_by_keyboard_types_over_the_zero_in_every_number_box(qtbot, window):
    from PySide6.QtWidgets import QApplication

    window.session.dirty = False
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Household -> New customer
    spins = window.usage_editor.spins
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.household_panel.name)  # the shop flow starts there
    spins["minutes"].setFocus()
    qtbot.waitUntil(lambda: spins["minutes"].lineEdit().hasSelectedText())  # selected once the focus has settled
    QTest.keyClicks(QApplication.focusWidget(), "300")
    assert spins["minutes"].value() == 300  # not 3000
    spins["data_gb"].setFocus()  # any way the focus arrives, the box's value is selected
    qtbot.waitUntil(lambda: spins["data_gb"].lineEdit().hasSelectedText())
    QTest.keyClicks(spins["data_gb"].lineEdit(), "12")
    assert spins["data_gb"].value() == 12


def hover(widget, pos: QPoint) -> str:
    """The tooltip a user sees when resting the pointer at `pos` in `widget` (a real ToolTip event)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_plans_table_says_what_each_members_plan_includes(window):
    session, table = window.session, window.configurator.table
    catalogue = session.priced_catalogue
    options = [o for o in catalogue.options_for(session.assignment["Anna"]["tariff"])]
    session.set_choice("Anna", session.assignment["Anna"]["tariff"], options[:1])
    tariff = catalogue.tariff(session.assignment["Anna"]["tariff"])
    fee = tariff.monthly_fee + sum(catalogue.option(o).monthly_fee for o in options[:1])
    for column in (0, 7):  # the member's name and the member's cost
        tip = hover(table.viewport(), table.visualRect(table.model().index(0, column)).center())
        assert tariff.name in tip and i18n.money(fee, "EUR") in tip  # the monthly cost with the options (€29.99)
        assert ("contract" in tip or "no minimum term" in tip) and "one-off fee" in tip
        assert "GB data" in tip or "unlimited data" in tip
        assert f"{session.bill.by_member()['Anna']:,.2f}" in tip
    tariff_box = window.configurator.findChild(QComboBox, "tariff:Anna")
    for index in range(tariff_box.count()):  # the picker lists data, term and fee, as comparison sites do
        listed = catalogue.tariff(tariff_box.itemData(index))
        text = tariff_box.itemText(index)
        assert listed.name in text and f"{listed.monthly_fee:.2f}" in text
        assert "data" in text and ("contract" in text or "no minimum term" in text)
    if options:
        button = window.configurator.findChild(type(table.cellWidget(0, 5)), "options:Anna")
        tips = [a.toolTip() for a in button.menu().actions()]
        assert all("adds" in tip and "a month" in tip for tip in tips)


@pytest.mark.parametrize("typed, expected", [("1,5", 1.5), ("1.5", 1.5), ("28,5", 28.5)])
def test_either_decimal_mark_typed_in_a_box_with_decimals_is_a_decimal(qtbot, window, typed, expected):
    """A C or English locale reads "1,5" as 15 through its thousands separator unless the box says otherwise."""
    from PySide6.QtWidgets import QApplication

    spin = window.usage_editor.spins["data_gb"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    spin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is spin and spin.lineEdit().hasSelectedText())
    QTest.keyClicks(QApplication.focusWidget(), typed)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert spin.value() == expected
    budget = window.constraints.budget
    budget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is budget and budget.lineEdit().hasSelectedText())
    QTest.keyClicks(QApplication.focusWidget(), "25,50")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert budget.value() == 25.5
