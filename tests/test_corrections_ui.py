"""Report a wrong price in the advisor, then apply or reject the request in the catalogue editor: real events."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QInputDialog, QMessageBox, QPushButton

from tariff_advisor.editing.corrections import SUFFIX, new_request, read_request, write_request
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor_ui import settings as keys
from tariff_advisor_ui.advisor.correction_dialog import CorrectionDialog
from tariff_advisor_ui.editor.editor_window import EditorWindow
from tariff_advisor_ui.editor.session import CatalogueSession


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "corrections"
    folder.mkdir()
    return folder


@pytest.fixture
def editor(qtbot, tmp_path) -> EditorWindow:
    folder = Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))
    settings = QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat)
    win = EditorWindow(CatalogueSession.open(folder), settings)
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "discarded", True))
    win.show()
    return win


def report_from_the_picker(qtbot, window, member: str, keyboard: bool = False) -> CorrectionDialog:
    """Right-click (or Shift+F10 on) the member's tariff picker and choose Report a wrong price..."""
    picker = window.findChild(QComboBox, f"tariff:{member}")
    if keyboard:
        window.activateWindow()
        picker.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is picker)
        QTest.keyClick(picker, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    else:
        centre = picker.rect().center()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, picker.mapToGlobal(centre))
        QApplication.sendEvent(picker, event)
    menu = window.configurator.context_menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == ["Report a wrong price..."]
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    dialog = window.configurator.findChild(CorrectionDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def fill_in(dialog: CorrectionDialog, field: str, value: str, description: str, folder: Path) -> None:
    dialog.field.setFocus()
    while dialog.field.currentText() != field:  # the field box by keyboard, as a shop assistant would
        QTest.keyClick(dialog.field, Qt.Key.Key_Down)
    QTest.keyClicks(dialog.correct, value)  # the catalogue's value is selected: typing replaces it
    QTest.keyClicks(dialog.description, description)
    dialog.folder.selectAll()
    QTest.keyClicks(dialog.folder, str(folder))


def click_save(dialog: CorrectionDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_request_made_in_the_advisor_applies_in_the_editor_as_one_undo_step(
    qtbot, window, editor, inbox, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    member = window.session.household.members[0].name
    tariff = window.session.catalogue.tariff(window.session.assignment[member]["tariff"])
    dialog = report_from_the_picker(qtbot, window, member)
    assert dialog.shown.text() == f"{tariff.monthly_fee:.2f}"  # pre-filled with what the catalogue says
    fill_in(dialog, "Monthly fee", "3.33", "Price list in the shop window, 24 Nov", inbox)
    click_save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [path] = inbox.iterdir()
    assert shown and str(inbox) in shown[0] and path.name in shown[0]
    assert window.settings.value(keys.CORRECTIONS_FOLDER) == str(inbox)
    request, problems = read_request(path)
    assert problems == [] and request is not None
    assert (request.entry_id, request.field, request.correct_value) == (tariff.id, "monthly_fee", 3.33)
    assert request.catalogue_value == tariff.monthly_fee and request.description.startswith("Price list")

    editor.open_corrections(inbox)
    panel = editor.corrections
    assert editor.review.currentWidget() is panel and panel.list.count() == 1
    assert f"{tariff.monthly_fee} -> 3.33" in panel.list.item(0).text()
    assert editor.current_file() == request.provider + ".yaml"  # the entry is shown beside the list
    current = editor.views["tariffs"].currentIndex()
    assert editor.models["tariffs"].columns[current.column()].key == "monthly_fee"
    QTest.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert editor.models["tariffs"].data(current) == "3.33"
    see_impact = next(b for b in panel.findChildren(QPushButton) if b.text() == "See &impact")
    QTest.mouseClick(see_impact, Qt.MouseButton.LeftButton)
    assert editor.review.currentWidget() is editor.impact_view
    stack = editor.session.undo_stack
    assert stack.count() == 1 and stack.undoText() == f"Apply correction: monthly fee of {tariff.name}"
    file, index = request.provider + ".yaml", panel.proposal(0)
    assert isinstance(index, str) and "applied" in index and not panel.apply_button.isEnabled()
    entries = editor.session.document.entries(file, "tariffs")
    row = next(i for i, e in enumerate(entries) if e["id"] == tariff.id)
    assert entries[row]["monthly_fee"] == 3.33
    stack.undo()  # one step takes it back, and the request can be applied again
    assert entries[row]["monthly_fee"] == tariff.monthly_fee and panel.apply_button.isEnabled()
    stack.redo()
    assert read_request(path)[0].status == "open"  # applied only once the change is saved
    assert editor.save()
    saved = read_request(path)[0]
    assert saved.status == "applied" and saved.decided == dt.date.today()
    assert "monthly_fee: 3.33" in (editor.session.document.directory / file).read_text()


def test_the_keyboard_opens_the_same_menu(qtbot, window):
    member = window.session.household.members[1].name
    dialog = report_from_the_picker(qtbot, window, member, keyboard=True)
    assert dialog.windowTitle() == "Report a wrong price"
    assert dialog.tariff.id == window.session.assignment[member]["tariff"]
    dialog.reject()
    picker = window.findChild(QComboBox, f"tariff:{member}")
    QTest.keyClick(picker, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: window.configurator.context_menu.isVisible())
    QTest.keyClick(window.configurator.context_menu, Qt.Key.Key_Escape)


def test_the_dialog_says_what_to_correct_and_stays_open(qtbot, window, inbox, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *args: pytest.fail("nothing was saved"))
    dialog = report_from_the_picker(qtbot, window, window.session.household.members[0].name)
    QTest.keyClicks(dialog.correct, "cheap")
    click_save(dialog)
    assert "choose the folder" in dialog.error.text()
    dialog.folder.setText(str(inbox))
    click_save(dialog)
    assert "write a number such as 12.99" in dialog.error.text() and dialog.isVisible()
    dialog.correct.setText(dialog.shown.text())
    click_save(dialog)
    assert "that is what the catalogue says" in dialog.error.text()
    assert list(inbox.iterdir()) == []
    dialog.reject()


def test_reject_records_the_reason_in_the_request(editor, inbox, monkeypatch):
    path = write_request(inbox, new_request("kite", "tariffs", "kite-40", "monthly_fee", "1.00"))
    reason = "The price list of 1 Nov says 19.99 <b>as before</b>"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kwargs: (reason, True))
    editor.open_corrections(inbox)
    QTest.mouseClick(editor.corrections.reject_button, Qt.MouseButton.LeftButton)
    request = read_request(path)[0]
    assert (request.status, request.reason) == ("rejected", reason)
    assert not editor.corrections.apply_button.isEnabled() and not editor.corrections.reject_button.isEnabled()
    assert reason in editor.corrections.details.text() and editor.session.undo_stack.count() == 0


def test_damaged_gone_and_hostile_requests_say_why_and_cannot_be_applied(editor, inbox):
    (inbox / ("broken" + SUFFIX)).write_text("provider: nordwave\nkind: [\n")
    (inbox / ("typed" + SUFFIX)).write_text(
        "provider: nordwave\nkind: tariffs\nentry_id: x\nfield: monthly_fee\ncorrect_text: '1'\ncreated: soon\n"
    )
    write_request(inbox, new_request("nordwave", "tariffs", "nw-gone", "monthly_fee", "9.99"))
    write_request(
        inbox,
        new_request(
            "nordwave",
            "tariffs",
            "nw-mobil-s",
            "monthly_fee",
            "7.77",
            entry_name="<b>Mobil S</b>",
            description="<img src=x> <a href='file:///etc'>see</a>",
        ),
    )
    editor.open_corrections(inbox)
    panel = editor.corrections
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    why = dict(zip([p.path.name for p in panel.files], texts, strict=True))
    assert "cannot be read" in why["broken" + SUFFIX] and "YAML syntax error" in why["broken" + SUFFIX]
    assert "created" in why["typed" + SUFFIX]
    assert any("no tariff 'nw-gone' any more" in t for t in texts)
    assert any("<b>Mobil S</b>: monthly fee: 14.99 -> 7.77" in t for t in texts)  # markup stays literal
    for row, found in enumerate(panel.files):
        panel.list.setCurrentRow(row)
        hostile = found.request is not None and found.request.entry_id == "nw-mobil-s"
        assert panel.apply_button.isEnabled() == hostile
        if hostile:
            assert panel.details.textFormat() == Qt.TextFormat.PlainText
            assert "<img src=x>" in panel.details.text()
    panel.list.setCurrentRow(0)
    QTest.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert editor.session.undo_stack.count() == 0


def test_render_the_dialog_and_the_request_list(qtbot, window, editor, inbox, tmp_path):
    """The two screens, to look at (docs/app-report-wrong-price.png and docs/editor-corrections.png)."""
    member = window.session.household.members[0].name
    dialog = report_from_the_picker(qtbot, window, member)
    QTest.keyClicks(dialog.correct, "12.99")
    QTest.keyClicks(dialog.description, "The shop's price list of 24 November says 12.99 a month.")
    dialog.folder.setText("\\\\shop-server\\corrections")  # not saved: the shop's share, as it would read
    dialog.shop.setText("Handy-Shop Mitte")
    out = Path(os.environ.get("TARIFF_ADVISOR_SCREENSHOTS", tmp_path))  # set it to docs/ to regenerate them
    assert dialog.grab().save(str(out / "app-report-wrong-price.png"))
    write_request(inbox, new_request("nordwave", "tariffs", "nw-mobil-s", "monthly_fee", "13.49", entry_name="Mobil S"))
    write_request(inbox, new_request("nordwave", "tariffs", "nw-gone", "monthly_fee", "9.99", entry_name="Old"))
    (inbox / ("broken" + SUFFIX)).write_text("kind: [\n")
    editor.open_corrections(inbox)
    editor.corrections.list.setCurrentRow(1)  # the one that applies: its entry shown in the table
    editor.resize(1280, 800)
    assert editor.grab().save(str(out / "editor-corrections.png"))
    dialog.reject()
