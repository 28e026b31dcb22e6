"""A cell editor that validates as you type: the field's problem shows on the cell before it is committed."""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from tariff_advisor.editing.document import plain, set_path
from tariff_advisor.editing.fields import error_for, field_errors, parse_cell

INVALID_STYLE = "QLineEdit { background: #F8D0D0; }"


class ValidatingDelegate(QStyledItemDelegate):
    message = Signal(str)  # the problem with what is being typed, or "" when it is fine

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.textEdited.connect(lambda text, e=editor, i=index: self._check(e, i, text))
        return editor

    def setEditorData(self, editor, index) -> None:
        editor.setText(index.data() or "")

    def problem(self, index, text: str) -> str:
        """What would be wrong with the entry if the cell held `text` ("" when nothing)."""
        model = index.model()
        column = model.columns[index.column()]
        try:
            value = parse_cell(text, column)
        except ValueError as exc:
            return str(exc)
        candidate = copy.deepcopy(plain(model.entries()[index.row()]))
        set_path(candidate, column.path, value)
        return error_for(field_errors(model.kind, candidate), column) or ""

    def _check(self, editor: QLineEdit, index, text: str) -> None:
        problem = self.problem(index, text)
        editor.setStyleSheet(INVALID_STYLE if problem else "")
        editor.setToolTip(problem)
        header = index.model().columns[index.column()].header
        self.message.emit(f"{header}: {problem}" if problem else "")
