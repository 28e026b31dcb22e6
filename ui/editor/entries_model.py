"""The entries of one kind (tariffs, options, family plans) of one provider file, as an editable table.

Cells show the file's own values; an edit becomes an undo command on the session.
A cell whose field has a problem is tinted and says why in its tooltip; tariffs
not on sale on the editor's as-of date are greyed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from tariff_advisor.editing.document import get_path, plain
from tariff_advisor.editing.fields import COLUMNS, cell_text, error_for, field_errors, parse_cell

ERROR_BRUSH = QBrush(QColor("#F8D0D0"))
RETIRED_BRUSH = QBrush(QColor("#9A9A9A"))


def on_sale(entry: dict, day: dt.date | None) -> bool:
    if day is None:
        return True
    start, end = entry.get("valid_from"), entry.get("valid_until")
    return not (isinstance(start, dt.date) and start > day) and not (isinstance(end, dt.date) and end < day)


class EntriesModel(QAbstractTableModel):
    rejected = Signal(str)  # an edit that could not be read, with the reason

    def __init__(self, session, kind: str, parent=None):
        super().__init__(parent)
        self.session, self.kind, self.file = session, kind, None
        self.columns = COLUMNS[kind]
        self._errors: list[dict[str, str]] = []
        session.entriesReset.connect(self._reset_if_mine)
        session.entryChanged.connect(self._changed)
        session.problemsChanged.connect(self._problems_changed)
        session.asOfChanged.connect(self._all_changed)

    def set_file(self, file: str | None) -> None:
        self.beginResetModel()
        self.file = file
        self._refresh_errors()
        self.endResetModel()

    def entries(self) -> list:
        if self.file is None or self.file not in self.session.document.files:
            return []
        return self.session.document.entries(self.file, self.kind)

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries())

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.entries()):
            return None
        entry, column = self.entries()[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell_text(plain(get_path(entry, column.path)), column)
        message = error_for(self._errors[index.row()], column) if index.row() < len(self._errors) else None
        if role == Qt.ItemDataRole.BackgroundRole and message:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and message:
            return f"{column.header}: {message}"
        if role == Qt.ItemDataRole.ForegroundRole and self.kind == "tariffs" and not on_sale(entry, self.session.as_of):
            return RETIRED_BRUSH
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        try:
            parsed = parse_cell(str(value), column)
        except ValueError as exc:
            self.rejected.emit(f"{column.header}: {exc}")
            return False
        current = plain(get_path(self.entries()[index.row()], column.path))
        if parsed == current:
            return False
        self.session.set_value(self.file, self.kind, index.row(), column.path, parsed)
        return True

    # -- errors and updates --------------------------------------------------------------
    def entry_errors(self, row: int) -> dict[str, str]:
        """Per field: the entry's own schema problems, then the catalogue-wide ones (duplicate ids...)."""
        entry = plain(self.entries()[row])
        errors = field_errors(self.kind, entry) if isinstance(entry, dict) else {"": "not a mapping"}
        for problem in self.session.problems_of(self.file, self.kind, row):
            errors.setdefault(problem.field.split("[")[0] if problem.field else "", problem.message)
        return errors

    def _refresh_errors(self) -> None:
        self._errors = [self.entry_errors(row) for row in range(len(self.entries()))]

    def _reset_if_mine(self, file: str, kind: str) -> None:
        if file == self.file and kind == self.kind:
            self.set_file(self.file)

    def _changed(self, file: str, kind: str, row: int) -> None:
        if file == self.file and kind == self.kind and row < self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _problems_changed(self) -> None:
        if self.file is not None:
            self._refresh_errors()
            self._all_changed()

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
