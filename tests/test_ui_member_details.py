"""A household's renewal inputs in the app: contract end, notice and exit fee, the phone wanted, travel.

Typed as a family types them (keys to the focused widget, one at a time), optimised, saved and opened again;
every edit one undo step; bad values refused with a message naming the field.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

import tariff_advisor as ta
from tariff_advisor.household.model import DeviceWish, Roaming

from .test_shop_flow import CTRL, SHIFT, Keyboard
from .test_ui import WAIT

PIXEL = "pixel-10-128"


@pytest.fixture
def keyboard(qtbot, window):
    window.session.dirty = False  # New customer would first ask to save the example family's edits
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    return Keyboard(window)


def _undo_texts(session) -> list[str]:
    stack = session.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def _committed(qtbot, k: Keyboard) -> None:
    """Return pressed in a cell's editor: the delegate commits once the editor is done, and the focus is back."""
    view = k.window.members_view
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState and k.focus() is view)


def _member_row(qtbot, k: Keyboard, name: str, age: str, plan: str | None, student: bool = False) -> None:
    """A member typed into the members table from its name cell: name, age, student, today's plan."""
    k.type(name)
    k.press(Qt.Key.Key_Tab)
    k.type(age)
    k.press(Qt.Key.Key_Tab)
    if student:
        k.press(Qt.Key.Key_Space)
    if plan is not None:
        k.press(Qt.Key.Key_Tab)
        k.type(plan)
        k.press(Qt.Key.Key_Return)  # committed; the cursor stays on today's plan
        _committed(qtbot, k)


def test_a_family_enters_four_members_with_contracts_a_phone_wish_and_travel_optimises_and_saves(
    qtbot, window, keyboard, tmp_path, monkeypatch
):
    session, view, model, details, k = (
        window.session,
        window.members_view,
        window.members_model,
        window.member_details,
        keyboard,
    )
    target = tmp_path / "weber.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), "Households (*.yaml)"))
    k.press(Qt.Key.Key_N, CTRL)
    k.type("Weber")
    k.press(Qt.Key.Key_Tab, times=4)
    assert k.focus() is view
    # Anna: on Nordwave's Mobil M until 31 March 2027, three months' notice
    _member_row(qtbot, k, "Anna", "45", "nw-mobil-m-2025")
    k.press(Qt.Key.Key_Right)  # contract end and notice are one arrow away (not Tab stops: see the shop flow)
    assert view.currentIndex() == model.cell(0, "contract_end")
    k.type("31.03.2027")
    k.press(Qt.Key.Key_Return)
    _committed(qtbot, k)
    k.press(Qt.Key.Key_Right)
    k.type("3")
    k.press(Qt.Key.Key_Return)
    _committed(qtbot, k)
    anna = session.household.member("Anna")
    assert anna.current is not None and anna.current.tariff == "nw-mobil-m-2025"
    assert (anna.current.end_date, anna.current.notice_months) == (dt.date(2027, 3, 31), 3)
    assert model.data(model.cell(0, "notice")) == "3 months"
    # her usage, then her phone and travel in the member details (Ctrl+D)
    k.press(Qt.Key.Key_Tab)
    assert k.focus() is window.usage_editor.spins["minutes"]
    for value in ("300", "100", "8"):
        k.type(value)
        k.press(Qt.Key.Key_Tab)
    k.press(Qt.Key.Key_Return)  # Apply
    k.press(Qt.Key.Key_D, CTRL)
    assert k.focus() is details.contract_end and details.member == "Anna"
    assert details.notice.text() == "3"
    k.press(Qt.Key.Key_Tab, times=3)  # notice, exit fee, the phones
    assert k.focus() is details.phones
    pixel_row = next(
        r for r in range(details.phones.count()) if details.phones.item(r).data(Qt.ItemDataRole.UserRole) == PIXEL
    )
    k.press(Qt.Key.Key_Home)
    k.press(Qt.Key.Key_Down, times=pixel_row)
    k.press(Qt.Key.Key_Space)  # ticked: Anna wants the Pixel
    k.press(Qt.Key.Key_Tab)
    assert k.focus() is details.max_upfront
    k.type("150")
    k.press(Qt.Key.Key_Tab)  # EU/EEA days
    k.type("21")
    k.press(Qt.Key.Key_Tab, times=2)  # past the rest of Europe to USA/Canada
    k.type("10")
    k.press(Qt.Key.Key_Tab, times=2)  # calls a day abroad
    k.type("20")
    k.press(Qt.Key.Key_Tab)
    k.type("300")
    k.press(Qt.Key.Key_Tab)  # taken on leaving the box
    anna = session.household.member("Anna")
    assert anna.device_wish == DeviceWish((PIXEL,), 150.0)
    assert anna.roaming == Roaming({"eu": 21.0, "us_ca": 10.0}, 20.0, 300.0)
    assert "Google Pixel 10 128 GB" in details.phone_summary.text()
    # Ben: 29.99 a month, five months left, told that leaving early costs 60
    k.press(Qt.Key.Key_M, CTRL)
    _member_row(qtbot, k, "Ben", "48", "29.99")
    k.press(Qt.Key.Key_Right)
    k.type("5")
    k.press(Qt.Key.Key_Return)
    _committed(qtbot, k)
    k.press(Qt.Key.Key_D, CTRL)
    assert details.member == "Ben" and details.contract_end.text() == "5"
    k.press(Qt.Key.Key_Tab, times=2)
    assert k.focus() is details.exit_fee
    k.type("60")
    k.press(Qt.Key.Key_Tab)
    # Lea, a student with no plan of today; Max, 12, on a 9.99 prepaid plan
    k.press(Qt.Key.Key_M, CTRL)
    _member_row(qtbot, k, "Lea", "19", None, student=True)
    k.press(Qt.Key.Key_M, CTRL)
    _member_row(qtbot, k, "Max", "12", "9.99")
    household = session.household
    assert household.name == "Weber" and household.member_names == ["Anna", "Ben", "Lea", "Max"]
    ben = household.member("Ben")
    assert ben.current is not None and (ben.current.monthly_fee, ben.current.months_left) == (29.99, 5)
    assert ben.current.exit_fee == 60.0
    assert household.member("Lea").current is None and household.member("Lea").student
    texts = _undo_texts(session)
    for expected in (
        "Set contract end of Anna",
        "Set notice period of Anna",
        "Set phone wish of Anna",
        "Set travel of Anna",
        "Set contract end of Ben",
        "Set exit fee of Ben",
    ):
        assert expected in texts  # each edit its own undo step
    assert session.dirty

    with qtbot.waitSignal(session.recommendationReady, timeout=WAIT) as blocker:
        k.press(Qt.Key.Key_R, CTRL)
    rec = blocker.args[0]
    assert rec.status == "optimal" and rec.assignment["Anna"]["phone"] == PIXEL
    advice = {a.member: a for a in rec.advice}
    assert advice["Anna"].phone == PIXEL and advice["Anna"].phone_upfront <= 150
    assert advice["Anna"].free_month >= 4  # her contract binds until the end of March
    assert session.assignment["Anna"].get("phone") == PIXEL  # the optimum's phone is what the plans show
    phone_box = window.configurator.findChild(type(window.configurator.table.cellWidget(0, 7)), "phone:Anna")
    assert phone_box.currentData()[0] == PIXEL

    k.press(Qt.Key.Key_S, CTRL | SHIFT)  # Save as
    assert not session.dirty and "format_version: 2" in target.read_text()
    saved = ta.load_household(target)
    assert [m.name for m in saved.members] == ["Anna", "Ben", "Lea", "Max"]
    for name in ("Anna", "Ben", "Lea", "Max"):
        before, after = household.member(name), saved.member(name)
        assert (after.current, after.device_wish, after.roaming) == (before.current, before.device_wish, before.roaming)
    # and opened again: the table and the details show what was saved
    assert window.open_path(target)
    view.setCurrentIndex(model.cell(0, "name"))
    assert model.data(model.cell(0, "contract_end")) == "31 Mar 2027"
    assert model.data(model.cell(1, "contract_end")) == "5 months left"
    window.show_member_details()
    assert details.member == "Anna" and details.max_upfront.text() == "150.00"
    assert details.days["eu"].value() == 21 and details.mb_abroad.value() == 300


def test_undo_takes_back_one_detail_at_a_time(qtbot, window):
    session, details = window.session, window.member_details
    window.show_member_details()  # Anna, the first member
    anna_before = session.household.member("Anna")
    details.days["world"].setFocus()
    qtbot.waitUntil(details.days["world"].lineEdit().hasSelectedText)  # typing replaces the value
    QTest.keyClicks(details.days["world"], "5")
    QTest.keyClick(details.days["world"], Qt.Key.Key_Return)
    assert session.household.member("Anna").roaming.days_per_year.get("world") == 5
    assert _undo_texts(session)[-1] == "Set travel of Anna" and session.dirty
    session.undo_stack.undo()
    assert session.household.member("Anna") == anna_before
    assert details.days["world"].value() == 0  # the panel shows the undone value


def test_bad_values_are_refused_with_a_message_naming_the_field(qtbot, window):
    session, view, model, details = window.session, window.members_view, window.members_model, window.member_details
    before = session.household
    view.setFocus()
    for key, text, field in (
        ("contract_end", "31.02.2027", "contract end"),
        ("contract_end", "60", "contract end"),
        ("notice", "30", "notice period"),
    ):
        view.setCurrentIndex(model.cell(0, key))
        QTest.keyClick(view, Qt.Key.Key_F2)
        editor = view.indexWidget(view.currentIndex())
        editor.selectAll()
        QTest.keyClicks(editor, text)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda field=field: field in window.result.text())
        assert session.household == before, text
        window.result.clear()
    window.show_member_details()
    for box, text, field in (
        (details.exit_fee, "a lot", "exit fee"),
        (details.max_upfront, "-5", "at most upfront"),
    ):
        box.setFocus()
        box.selectAll()
        QTest.keyClicks(box, text)
        QTest.keyClick(box, Qt.Key.Key_Return)
        assert field in details.problem.text() and field in window.result.text()
        assert box.text() == text and session.household == before  # kept, to be corrected
        box.setText("")
        box.setModified(False)


def test_a_member_without_a_plan_of_today_has_no_contract_to_end(qtbot, window):
    session, details = window.session, window.member_details
    name = session.add_member()
    window.members_view.setCurrentIndex(window.members_model.cell(len(session.household.members) - 1, "name"))
    window.show_member_details()
    assert details.member == name and not details.contract_end.isEnabled()
    assert window.focusWidget() is details.phones  # the first box there is to fill
    assert "start now" in details.timing.text()


def test_the_needs_questionnaire_fills_in_travel_and_undo_takes_it_back(qtbot, window):
    session, needs = window.session, window.needs_panel
    window.members_view.setCurrentIndex(window.members_model.cell(3, "name"))  # Max, who does not travel
    assert not session.household.member("Max").roaming.travels
    window.usage_tabs.setCurrentWidget(needs)
    for question, days in (("travel", 14), ("travel_us_ca", 7)):
        spin = needs.answers[question]
        spin.setFocus()
        qtbot.waitUntil(spin.lineEdit().hasSelectedText)
        QTest.keyClicks(spin, str(days))
    QTest.mouseClick(needs.use_button, Qt.MouseButton.LeftButton)
    roaming = session.household.member("Max").roaming
    assert roaming.days_per_year == {"eu": 14.0, "us_ca": 7.0} and roaming.minutes_per_day == 10
    assert roaming.mb_per_day == pytest.approx(2 * 150)  # two hours a day at the assumed 150 MB an hour
    window.show_member_details()
    assert window.member_details.days["us_ca"].value() == 7  # shown where it is edited
    assert _undo_texts(session)[-1] == "Apply needs for Max"
    session.undo_stack.undo()
    assert not session.household.member("Max").roaming.travels
