"""The members table, declared by its columns and edited in the table as a user does."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

import shiboken6
from PySide6.QtCore import Qt

from tariff_advisor_ui.advisor.members_model import COLUMNS, column

from .test_ui import WAIT


def type_into(qtbot, window, row: int, key: str, text: str) -> None:
    """Select the cell, start editing with F2, replace its text and press Enter."""
    view, index = window.members_view, window.members_model.cell(row, key)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)  # the editor the delegate opened on the cell
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(editor), timeout=WAIT
    )  # committed (queued by the delegate) and closed


def test_columns_are_found_by_key_and_say_what_may_be_edited(window):
    model = window.members_model
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    assert headers == [
        "name",
        "age",
        "student",
        "current plan",
        "contract end",
        "notice",
        "months",
        "data GB/month",
        "minutes/month",
    ]
    assert [spec.key for spec in COLUMNS] == [
        "name",
        "age",
        "student",
        "current_plan",
        "contract_end",
        "notice",
        "months",
        "data_gb",
        "minutes",
    ]
    assert model.cell(1, "current_plan").column() == column("current_plan") == headers.index("current plan")
    editable = {spec.key for spec in COLUMNS if model.flags(model.cell(0, spec.key)) & Qt.ItemFlag.ItemIsEditable}
    assert editable == {"name", "age", "current_plan", "contract_end", "notice"}
    assert model.flags(model.cell(0, "student")) & Qt.ItemFlag.ItemIsUserCheckable
    assert "monthly fee" in model.data(model.cell(0, "current_plan"), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.cell(0, "name"), Qt.ItemDataRole.ToolTipRole) is None
    with pytest.raises(KeyError):
        column("phone number")


def test_usage_columns_show_each_members_average_month(window):
    model = window.members_model
    for row, member in enumerate(window.session.household.members):
        months = len(member.usage)
        data_gb = sum(u.data_mb for u in member.usage) / months / 1024
        minutes = sum(u.minutes for u in member.usage) / months
        assert model.data(model.cell(row, "months")) == months == 12
        assert model.data(model.cell(row, "data_gb")) == f"{data_gb:.1f}"
        assert model.data(model.cell(row, "minutes")) == f"{minutes:.0f}"
        assert model.data(model.cell(row, "minutes"), Qt.ItemDataRole.TextAlignmentRole) is not None


def test_a_member_is_renamed_and_aged_by_typing_in_the_table(qtbot, window):
    type_into(qtbot, window, 0, "name", "Annika")
    assert window.session.household.member_names[0] == "Annika" and window.session.dirty
    type_into(qtbot, window, 1, "age", "49")
    assert window.session.household.member("Ben").age == 49
    assert window.members_model.data(window.members_model.cell(1, "age")) == 49


def test_an_edit_the_table_cannot_take_says_why(qtbot, window):
    type_into(qtbot, window, 1, "name", "Anna")
    assert window.session.household.member_names[1] == "Ben"
    assert "Anna is already a member" in window.result.text()
    type_into(qtbot, window, 0, "age", "200")
    assert window.session.household.member("Anna").age == 46
    assert "age: 200 is not between 0 and 130" in window.result.text()
    type_into(qtbot, window, 0, "name", "Anna")  # confirmed unchanged: nothing to save, nothing wrong
    assert not window.session.dirty


def test_space_ticks_the_student_box(qtbot, window):
    view = window.members_view
    view.setCurrentIndex(window.members_model.cell(2, "student"))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.session.household.member("Lea").student
    model = window.members_model
    assert model.data(model.cell(2, "student"), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.cell(2, "student")) is None  # a box, no text


def test_an_edit_leaves_the_cursor_in_its_cell(qtbot, window):
    type_into(qtbot, window, 1, "age", "49")
    assert window.members_view.currentIndex() == window.members_model.cell(1, "age")  # the table was not rebuilt
    type_into(qtbot, window, 3, "name", "Maximilian")  # renamed: still the same member selected
    assert window.members_view.currentIndex() == window.members_model.cell(3, "name")
    assert window.usage_editor.member == "Maximilian"


@pytest.mark.parametrize("typed", ["1e400", "inf", "nan", "-5"])
def test_todays_plan_is_never_an_endless_or_negative_fee(qtbot, window, typed):
    before = window.session.household.member("Anna").current
    type_into(qtbot, window, 0, "current_plan", typed)
    assert window.session.household.member("Anna").current == before
    assert "a monthly fee is a number from 0 to 100,000" in window.result.text()


def test_todays_plan_takes_a_fee_with_a_decimal_comma(qtbot, window):
    type_into(qtbot, window, 0, "current_plan", "29,99")
    assert window.session.household.member("Anna").current.monthly_fee == 29.99
