"""A cell editor that validates as you type and commits only what validates.

The field's problem shows on the cell while typing. Enter or Tab on a value with a
problem keeps the editor open with the reason; Esc gives the edit up. Enter on a good
value commits it and goes to the cell below (as in a spreadsheet). A cell left
as it was opened commits nothing, so opening a cell never rewrites the file.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ..colours import problem_background
from .entries_model import EntriesModel, Index
from .field_names import header_text

COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class CellEditor(QLineEdit):
    """A cell's line editor that knows its cell and the text it opened with."""

    def __init__(self, index: Index, parent: QWidget):
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.opened_with: str | None = None

    @property
    def model(self) -> EntriesModel:
        model = self.index.model()
        assert isinstance(model, EntriesModel)
        return model

    def header(self) -> str:
        return header_text(self.model.column(self.index).header)

    def problem(self) -> str:
        """What is wrong with the typed text ("" when nothing, or when it is as it was opened)."""
        if self.text() == self.opened_with or not self.index.isValid():
            return ""
        return self.model.problem(self.index, self.text())


class ValidatingDelegate(QStyledItemDelegate):
    message = Signal(str)  # the problem with what is being typed, or "" when it is fine

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.open_editor: CellEditor | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = CellEditor(index, parent)
        editor.textEdited.connect(lambda _text, e=editor: self._check(e))
        self.open_editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if editor is self.open_editor:
            self.open_editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        assert isinstance(editor, CellEditor)
        editor.setText(text)
        editor.opened_with = text

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, CellEditor)
        if editor.text() == editor.opened_with:
            return  # left as it was: the file stays byte for byte the same
        problem = editor.problem()
        if problem:  # the editor is closing anyway (focus went elsewhere): the stored value stays
            self.message.emit(
                self.tr("{header}: not changed, {problem}").format(header=editor.header(), problem=problem)
            )
            return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def problem(self, index: QModelIndex, text: str) -> str:
        """What would be wrong with the entry if the cell held `text` ("" when nothing)."""
        model = index.model()
        return model.problem(index, text) if isinstance(model, EntriesModel) else ""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, CellEditor)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in COMMIT_KEYS
            and editor.problem()
        ):
            self._refuse(editor)
            return True  # swallowed: the editor stays open
        handled = super().eventFilter(editor, event)
        if (
            isinstance(editor, CellEditor)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # as in a spreadsheet: Enter commits and goes down a row, so a column of prices is typed in one go
            QTimer.singleShot(0, lambda index=QPersistentModelIndex(editor.index): self._go_below(index))
        return handled

    def _go_below(self, index: QPersistentModelIndex) -> None:
        view = self.parent()
        if not isinstance(view, QAbstractItemView) or view.state() == QAbstractItemView.State.EditingState:
            return  # refused (the editor is still open), or another cell is being edited already
        if index.isValid() and index.row() + 1 < index.model().rowCount():
            view.setCurrentIndex(index.sibling(index.row() + 1, index.column()))

    def finish(self) -> str:
        """Commit and close the open cell editor, if any; its problem instead when its text does not validate."""
        editor = self.open_editor
        if editor is None:
            return ""
        problem = editor.problem()
        if problem:
            self._refuse(editor)
            return f"{editor.header()}: {problem}"
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return ""

    def _check(self, editor: CellEditor) -> None:
        problem = editor.problem()
        editor.setStyleSheet(f"QLineEdit {{ background: {problem_background().name()}; }}" if problem else "")
        editor.setToolTip(problem)
        self.message.emit(f"{editor.header()}: {problem}" if problem else "")

    def _refuse(self, editor: CellEditor) -> None:
        """Say why the typed value cannot be committed, at the cell and in the status bar."""
        self._check(editor)
        hint = self.tr("{problem}\nCorrect it, or press Esc to keep {value}.").format(
            problem=editor.problem(), value=editor.opened_with or self.tr("the field empty")
        )
        editor.setToolTip(hint)
        QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), hint, editor)
        editor.setFocus()
