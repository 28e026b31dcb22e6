"""Edit -> Undo and Redo for every household and plan edit, named by what they undo (issue 11, families)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMenu

from .conftest import FAMILY as FAMILY_FILE
from .test_configurator import click
from .test_ui_stale_result import optimise, pick_another_tariff, press
from .test_ui_usage_and_needs import click_member, click_tab, type_into

UNDO, REDO = QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo


def undo_text(window) -> str:
    return window.findChild(QAction, "undo").text()


def test_the_edit_menu_follows_file_with_standard_shortcuts(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Edit"]
    menu = window.findChild(QMenu, "edit_menu")
    undo, redo = menu.actions()
    assert undo.shortcut() == QKeySequence(UNDO) and redo.shortcut() == QKeySequence(REDO)
    assert not undo.isEnabled()  # nothing done yet


def test_undo_an_optimise_restores_the_choices_made_by_hand(qtbot, window):
    session = window.session
    pick_another_tariff(window, "Anna")
    chosen = session.catalogue.tariff(session.assignment["Anna"]["tariff"]).name
    assert undo_text(window) == f"Undo Set {chosen} for Anna"
    by_hand = {m: dict(c) for m, c in session.assignment.items()}
    total = session.bill.total
    optimise(qtbot, window)
    assert session.assignment != by_hand and undo_text(window) == "Undo Optimise"
    press(qtbot, window, UNDO)
    assert session.assignment == by_hand and session.bill.total == pytest.approx(total)
    assert f"{total:,.2f}" in window.configurator.total.text()
    assert window.findChild(QAction, "redo").text() == "Redo Optimise"
    press(qtbot, window, REDO)
    assert session.bill.total == pytest.approx(session.recommendation.total)
    assert "proven optimal" in window.result.text()
    press(qtbot, window, UNDO)
    press(qtbot, window, UNDO)  # and the tariff chosen by hand before it
    assert session.assignment["Anna"]["tariff"] != by_hand["Anna"]["tariff"]


def test_undo_a_lock(window, qtbot):
    table = window.configurator.table
    cell = table.visualRect(table.model().index(1, 2))
    click(table.viewport(), QPoint(cell.center()))
    assert window.session.locks["Ben"] == {"provider"} and undo_text(window) == "Undo Lock provider of Ben"
    press(qtbot, window, UNDO)
    assert not window.session.locks["Ben"]
    assert not window.configurator.findChild(QCheckBox, "lock-provider:Ben").isChecked()


def test_undo_usage_needs_and_members(qtbot, window):
    session = window.session
    before = session.household
    click_member(window, "Lea")
    click_tab(window.usage_tabs, "Typical month")
    type_into(window.usage_editor.spins["minutes"], "999")
    QTest.mouseClick(window.usage_editor.apply_button, Qt.MouseButton.LeftButton)
    assert undo_text(window) == "Undo Apply usage for Lea"
    click_tab(window.usage_tabs, "Needs")
    QTest.mouseClick(window.needs_panel.use_button, Qt.MouseButton.LeftButton)
    assert undo_text(window) == "Undo Apply needs for Lea"
    press(qtbot, window, "Ctrl+M")  # Household -> Add member
    assert undo_text(window) == "Undo Add Member 5" and len(session.household.members) == 5
    # rename Anna as a user does: double-click her name, type, Enter
    view = window.members_view
    rect = view.visualRect(window.members_model.index(0, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = view.viewport().findChild(QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "Mum")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.household.member_names[0] != "Anna")  # the view commits on the next loop
    assert session.household.member_names[0] == "Mum" and undo_text(window) == "Undo Rename Anna to Mum"
    assert session.assignment["Mum"]  # her plan stays with her under the new name
    for _ in range(4):
        press(qtbot, window, UNDO)
    assert session.household == before
    assert session.household.member_names == ["Anna", "Ben", "Lea", "Max"]
    for _ in range(4):
        press(qtbot, window, REDO)
    assert session.household.member_names == ["Mum", "Ben", "Lea", "Max", "Member 5"]


def test_undo_applied_needs_gives_the_member_their_answers_back(qtbot, window):
    click_member(window, "Max")
    click_tab(window.usage_tabs, "Needs")
    needs = window.needs_panel
    before = needs.answers["video"].value()
    type_into(needs.answers["video"], "20")
    QTest.mouseClick(needs.use_button, Qt.MouseButton.LeftButton)
    assert window.session.household.member("Max").needs_answers["video"] == 20
    press(qtbot, window, UNDO)
    assert not window.session.household.member("Max").needs_answers
    assert needs.answers["video"].value() == before and needs.use_button.text() == "Use for Max"
    press(qtbot, window, REDO)
    assert needs.answers["video"].value() == 20


def test_undo_back_to_the_saved_household_leaves_nothing_to_save(qtbot, window, tmp_path):
    import shutil

    session = window.session
    session.path = tmp_path / "family.yaml"  # a copy, so that Ctrl+S does not write the shipped example
    shutil.copy(FAMILY_FILE, session.path)
    click_member(window, "Lea")
    click_tab(window.usage_tabs, "Typical month")
    type_into(window.usage_editor.spins["minutes"], "111")
    QTest.mouseClick(window.usage_editor.apply_button, Qt.MouseButton.LeftButton)
    assert session.dirty
    press(qtbot, window, QKeySequence.StandardKey.Save)
    assert not session.dirty and "111" in session.path.read_text()
    type_into(window.usage_editor.spins["minutes"], "222")
    QTest.mouseClick(window.usage_editor.apply_button, Qt.MouseButton.LeftButton)
    assert session.dirty
    press(qtbot, window, UNDO)  # back to what is in the file
    assert not session.dirty
    press(qtbot, window, UNDO)  # before the save: differs from the file again
    assert session.dirty


def test_undo_from_the_usage_box_where_enter_left_the_cursor(qtbot, window):
    from PySide6.QtWidgets import QApplication

    session = window.session
    before = session.household
    click_member(window, "Anna")
    click_tab(window.usage_tabs, "Typical month")
    spin = window.usage_editor.spins["data_gb"]
    type_into(spin, "33")  # ends with Enter, which applies the month and leaves the cursor in the box
    assert session.household != before and undo_text(window) == "Undo Apply usage for Anna"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    spin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is spin)
    sequence = QKeySequence.keyBindings(UNDO)[0][0]
    QTest.keyClick(QApplication.focusWidget(), sequence.key(), sequence.keyboardModifiers())
    assert session.household == before
