"""The catalogue editor refuses what would break the files, driven by real key and mouse events (headless).

Each test types into a table cell the way an editor does: click the cell, F2, type, Enter.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor_ui.editor.editor_window import EditorWindow
from tariff_advisor_ui.editor.session import CatalogueSession

KITE = "kite.yaml"


@pytest.fixture
def folder(tmp_path) -> Path:
    return Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))


@pytest.fixture
def locale():
    """Set the user's locale for one test (QLocale.setDefault), restored afterwards."""
    before = QLocale()

    def use(language: QLocale.Language, country: QLocale.Country) -> None:
        QLocale.setDefault(QLocale(language, country))

    yield use
    QLocale.setDefault(before)


def open_editor(qtbot, folder: Path, tmp_path: Path) -> EditorWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = EditorWindow(CatalogueSession.open(folder), settings)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "discarded", True))
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.files.setCurrentRow(list(window.session.document.files).index(KITE))
    return window


@pytest.fixture
def editor(qtbot, folder, tmp_path) -> EditorWindow:
    return open_editor(qtbot, folder, tmp_path)


def kite_row(editor: EditorWindow, tariff_id: str) -> int:
    return [e["id"] for e in editor.session.document.entries(KITE, "tariffs")].index(tariff_id)


def stored(editor: EditorWindow, tariff_id: str, key: str):
    return editor.session.document.entry(KITE, "tariffs", kite_row(editor, tariff_id)).get(key)


def click_cell(qtbot, editor: EditorWindow, tariff_id: str, key: str):
    view, model = editor.views["tariffs"], editor.models["tariffs"]
    index = model.index(kite_row(editor, tariff_id), [c.key for c in model.columns].index(key))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return index


def open_cell(qtbot, editor: EditorWindow, tariff_id: str, key: str) -> QLineEdit:
    """Click the tariff's cell, press F2: the cell's line editor, open."""
    view = editor.views["tariffs"]
    index = click_cell(qtbot, editor, tariff_id, key)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = view.indexWidget(index)
    assert isinstance(line, QLineEdit)
    return line


def type_into(qtbot, line: QLineEdit, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Replace the cell's text by typing, then press Enter."""
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)
    press(line, key)


def press(line: QLineEdit, key: Qt.Key) -> None:
    """A key in the cell editor; the view commits on Enter in a queued call, so let it run."""
    QTest.keyClick(line, key)
    QApplication.processEvents()


def editing(editor: EditorWindow) -> bool:
    return editor.views["tariffs"].state() == QAbstractItemView.State.EditingState


def save_with_ctrl_s(qtbot, editor: EditorWindow) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_fee_that_is_not_a_number_stays_in_the_open_editor_with_the_reason(qtbot, editor, folder):
    before = (folder / KITE).read_bytes()
    line = open_cell(qtbot, editor, "ki-40", "monthly_fee")
    type_into(qtbot, line, "abc")
    assert editing(editor), "Enter must not commit a value that does not validate"
    assert stored(editor, "ki-40", "monthly_fee") == 16.99 and editor.session.undo_stack.count() == 0
    reason = editor.statusBar().currentMessage()
    assert "Monthly fee" in reason and "number" in reason and "'abc'" in reason
    assert "number" in line.toolTip()
    save_with_ctrl_s(qtbot, editor)  # with the cell still open: refused, and says why
    assert (folder / KITE).read_bytes() == before
    assert "Monthly fee" in editor.statusBar().currentMessage()
    press(line, Qt.Key.Key_Escape)  # gives up the edit: the stored value stays
    assert not editing(editor)
    assert stored(editor, "ki-40", "monthly_fee") == 16.99 and not editor.session.modified


def test_saving_a_catalogue_with_problems_lists_them_and_asks(qtbot, editor, folder, monkeypatch):
    before = (folder / KITE).read_bytes()
    click_cell(qtbot, editor, "ki-40", "name")
    yaml_editor = editor.entry_editor
    cursor = yaml_editor.text.document().find("16.99")
    yaml_editor.text.setTextCursor(cursor)  # the fee selected in the entry's YAML, as a double-click would
    qtbot.keyClicks(yaml_editor.text, "lots")
    qtbot.mouseClick(yaml_editor.apply_button, Qt.MouseButton.LeftButton)
    assert stored(editor, "ki-40", "monthly_fee") == "lots"
    asked: list[str] = []

    def answer(choice):
        def ask(_parent, _title, text, *_args):
            asked.append(text)
            return choice

        return ask

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    save_with_ctrl_s(qtbot, editor)
    assert len(asked) == 1 and "ki-40" in asked[0] and "monthly_fee" in asked[0]
    assert (folder / KITE).read_bytes() == before
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Save))
    save_with_ctrl_s(qtbot, editor)
    assert len(asked) == 2 and "monthly_fee: lots" in (folder / KITE).read_text()


def test_a_decimal_comma_is_read_where_the_locale_writes_it_and_refused_where_it_does_not(
    qtbot, editor, folder, locale
):
    locale(QLocale.Language.English, QLocale.Country.UnitedStates)
    line = open_cell(qtbot, editor, "ki-40", "monthly_fee")
    type_into(qtbot, line, "8,49")
    assert editing(editor) and stored(editor, "ki-40", "monthly_fee") == 16.99  # not 849
    assert "decimal point" in editor.statusBar().currentMessage()
    press(line, Qt.Key.Key_Escape)

    locale(QLocale.Language.German, QLocale.Country.Germany)
    type_into(qtbot, open_cell(qtbot, editor, "ki-40", "monthly_fee"), "8,49")
    assert not editing(editor) and stored(editor, "ki-40", "monthly_fee") == 8.49
    type_into(qtbot, open_cell(qtbot, editor, "ki-40", "allowances.data_gb"), "2,5")
    assert stored(editor, "ki-40", "allowances")["data_gb"] == 2.5
    type_into(qtbot, open_cell(qtbot, editor, "ki-80", "monthly_fee"), "19.49")  # the file's notation still works
    assert stored(editor, "ki-80", "monthly_fee") == 19.49
    editor.session.save_all()
    text = (folder / KITE).read_text()
    assert "monthly_fee: 8.49" in text and "data_gb: 2.5" in text and "monthly_fee: 19.49" in text


def test_opening_and_leaving_a_cell_unchanged_changes_nothing(qtbot, folder, tmp_path):
    original = (folder / KITE).read_text()
    (folder / KITE).write_text(original.replace("monthly_fee: 16.99", "monthly_fee: 12.999"))
    before = (folder / KITE).read_bytes()
    editor = open_editor(qtbot, folder, tmp_path)
    line = open_cell(qtbot, editor, "ki-40", "monthly_fee")
    assert line.text() == "12.999"  # the stored value, not the rounded "13.00" the table shows
    press(line, Qt.Key.Key_Return)
    assert not editing(editor)
    assert editor.session.undo_stack.count() == 0 and not editor.session.modified
    save_with_ctrl_s(qtbot, editor)
    assert (folder / KITE).read_bytes() == before


def test_undo_names_the_entry_and_reasons_are_written_for_editors(qtbot, editor):
    type_into(qtbot, open_cell(qtbot, editor, "ki-40", "monthly_fee"), "17.49")
    assert editor.session.undo_stack.undoText() == "Set monthly fee of Kite 40"
    line = open_cell(qtbot, editor, "ki-40", "contract_months")
    type_into(qtbot, line, "2.5")
    reason = editor.statusBar().currentMessage()
    assert reason == "Contract months: write a whole number such as 24 (got '2.5')"
    press(line, Qt.Key.Key_Escape)
    editor.entry_editor.text.setFocus()
    cursor = editor.entry_editor.text.document().find("17.49")
    editor.entry_editor.text.setTextCursor(cursor)
    qtbot.keyClicks(editor.entry_editor.text, "abc")
    assert editor.entry_editor.status.text() == "Monthly fee: write a number such as 12.99 (got 'abc')"
    qtbot.mouseClick(editor.entry_editor.apply_button, Qt.MouseButton.LeftButton)
    assert editor.session.undo_stack.undoText() == "Edit Kite 40"
    listed = editor.problems.item(0).text()
    assert listed.endswith("monthly_fee: write a number such as 12.99 (got 'abc')") and "Input should" not in listed
