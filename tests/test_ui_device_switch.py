"""The configurator's phone and switch-month pickers: chosen by hand, locked ("Ben gets the Xiaomi", "Max switches
in month 4", "switch everyone at once"), the rest re-planned by Optimise; an impossible lock is named."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox

from tariff_advisor.i18n import date

from .test_configurator import click
from .test_ui import WAIT

# another of Ben's wished phones; with a contract it is within his 100 at once (Blitz: 99.00 upfront)
XIAOMI = "xiaomi-17-256"


def _lock(window, field: str, member: str) -> QCheckBox:
    """A click in the lock's cell, where the window system would deliver it."""
    from tariff_advisor_ui.advisor.configurator import LOCKS

    table = window.configurator.table
    column = dict((f, c) for c, f in LOCKS)[field]
    row = window.session.household.member_names.index(member)
    table.scrollTo(table.model().index(row, column))
    QApplication.processEvents()  # the cell widgets move with the scroll once the table lays them out
    click(table.viewport(), table.visualRect(table.model().index(row, column)).center())
    return window.configurator.findChild(QCheckBox, f"lock-{field}:{member}")


def _optimised(qtbot, window):
    with qtbot.waitSignal(window.session.recommendationReady, timeout=WAIT) as blocker:
        QTest.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_lock_a_phone_and_a_switch_month_then_optimise_re_plans_the_rest(qtbot, window):
    session, configurator = window.session, window.configurator
    first = _optimised(qtbot, window)
    assert first.assignment["Ben"].get("phone") != XIAOMI  # the optimum gives Ben the Pixel
    # Ben gets the Xiaomi: typed into his phone picker, as a user searches a drop-down
    phone = configurator.findChild(QComboBox, "phone:Ben")
    assert phone.isEnabled() and phone.currentData()[0] == first.assignment["Ben"]["phone"]
    phone.setFocus()
    QTest.keyClicks(phone, "Xiaomi")
    assert session.assignment["Ben"]["phone"] == XIAOMI
    assert session.undo_stack.undoText() == "Set phone Xiaomi Xiaomi 17 256 GB for Ben"
    assert session.stale_reason() == "plans were changed by hand"
    assert _lock(window, "phone", "Ben").isChecked()
    # Max waits for his contract's end: month 4 (1 March 2027), three steps down from "now"
    switch = configurator.findChild(QComboBox, "switch:Max")
    assert switch.currentText() == "now" and "contract ends" in switch.itemText(3)
    switch.setFocus()
    QTest.keyClick(switch, Qt.Key.Key_Down)
    QTest.keyClick(switch, Qt.Key.Key_Down)
    QTest.keyClick(switch, Qt.Key.Key_Down)
    assert session.assignment["Max"]["switch_month"] == 4
    assert "cancel by" in switch.toolTip()
    assert _lock(window, "switch_month", "Max").isChecked()
    assert session.lock_constraints()["locks"] == {"Ben": {"phone": XIAOMI}, "Max": {"switch_month": 4}}
    assert session.undo_stack.undoText() == "Lock switch month of Max"

    rec = _optimised(qtbot, window)
    assert rec.status == "optimal" and rec.assignment["Ben"]["phone"] == XIAOMI
    advice = {a.member: a for a in rec.advice}
    assert advice["Max"].switch_month == 4 and advice["Max"].switch_date == dt.date(2027, 3, 1)
    assert advice["Ben"].phone == XIAOMI and advice["Ben"].phone_upfront <= 100  # within his budget
    assert rec.total >= first.total - 0.005  # locks never make it cheaper
    assert session.stale_reason() is None
    switch = configurator.findChild(QComboBox, "switch:Max")
    assert switch.currentText().startswith("month 4, 1 Mar 2027")
    assert f"cancel by {date(advice['Max'].cancel_by)}" in switch.toolTip()  # as the advice says
    assert configurator.findChild(QComboBox, "phone:Ben").currentData()[0] == XIAOMI
    # the locks are kept, and undo goes back one step at a time
    assert session.locks["Ben"] == {"phone"} and session.locks["Max"] == {"switch_month"}
    session.undo_stack.undo()  # the optimise
    session.undo_stack.undo()  # the switch-month lock
    assert session.locks["Max"] == set() and session.assignment["Max"]["switch_month"] == 4


def test_a_tariff_picked_by_hand_keeps_the_phone_and_drops_an_offer_that_does_not_come_with_it(qtbot, window):
    session = window.session
    rec = _optimised(qtbot, window)
    ben = rec.assignment["Ben"]
    assert ben.get("device_offer")  # the optimum's phone comes with a contract offer
    offer = session.priced_catalogue.device_offer(ben["device_offer"])
    other = next(t for t in window.configurator._tariffs_for("Ben", "helio") if t.id not in offer.tariffs)
    session.set_choice("Ben", other.id)
    assert session.assignment["Ben"]["phone"] == ben["phone"] and "device_offer" not in session.assignment["Ben"]
    assert "bought" in window.configurator.findChild(QComboBox, "phone:Ben").currentText()


def test_an_impossible_phone_lock_is_explained_by_name(qtbot, window):
    session = window.session
    phone = window.configurator.findChild(QComboBox, "phone:Lea")
    assert phone.currentText() == "keeps own phone"  # today: her old phone, though she wishes an iPhone
    _lock(window, "phone", "Lea")
    assert session.lock_constraints()["locks"] == {"Lea": {"phone": "keep"}}
    with qtbot.waitSignal(session.errorOccurred, timeout=WAIT) as blocker:
        QTest.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
    assert "Lea keeps the current phone" in blocker.args[0]
    assert "Lea keeps the current phone" in window.result.text()


def test_switch_everyone_at_once(qtbot, window):
    session, constraints = window.session, window.constraints
    _optimised(qtbot, window)  # everyone switches now
    window.usage_tabs.setCurrentWidget(constraints)
    box = constraints.switch_together
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert session.constraints["switch_together"] is True
    # Max waits for his contract's end (month 4, 1 Mar 2027) and Ben for his (month 6, 1 May 2027): both locked,
    # they cannot switch at once, and the window says which wishes clash, by name
    session.set_switch_month("Max", 4)
    assert _lock(window, "switch_month", "Max").isChecked()
    session.set_switch_month("Ben", 6)
    assert _lock(window, "switch_month", "Ben").isChecked()
    with qtbot.waitSignal(session.errorOccurred, timeout=WAIT) as blocker:
        QTest.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
    assert "Max switches in month 4" in blocker.args[0] and "Ben switches in month 6" in blocker.args[0]
    assert "switches at once" in blocker.args[0]
    assert not _lock(window, "switch_month", "Max").isChecked()  # the lock loosened, the plan is found
    rec = _optimised(qtbot, window)
    switching = [a for a in rec.advice if not a.staying]
    assert len(switching) >= 2 and {a.switch_month for a in switching} == {6}  # all with Ben, at his term's end
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert "switch_together" not in session.constraints
    assert session.stale_reason() == "constraints or locks changed"


def test_a_member_who_stays_has_no_switch_to_time(window):
    session = window.session
    anna = session.household.member("Anna")
    session.set_choice("Anna", anna.current.tariff)
    switch = window.configurator.findChild(QComboBox, "switch:Anna")
    assert switch.currentText() == "stays" and not switch.isEnabled()
    assert not window.configurator.findChild(QCheckBox, "lock-switch_month:Anna").isEnabled()


def test_waiting_past_the_contracts_end_moves_the_day_to_cancel_by(window):
    session = window.session
    session.set_choice("Anna", "ki-10-24")  # her contract is free from month 3 (1 February 2027)
    session.set_switch_month("Anna", 5)  # she waits for the others until April: one month's notice before it
    tip = window.configurator.findChild(QComboBox, "switch:Anna").toolTip()
    assert "starts month 5, 1 Apr 2027" in tip and "cancel by 28 Feb 2027" in tip
    session.set_switch_month("Anna", 2)  # before her contract's end: leaving early
    assert "cancel now and pay to leave early (free from month 3)" in (
        window.configurator.findChild(QComboBox, "switch:Anna").toolTip()
    )
