"""One table of one catalogue file, editable: its entries of one kind (tariffs, options, family plans, device
offers, or a devices file's phones), or a provider's contract rules (one row) or roaming rules (the defaults,
then each tariff's own).

Cells show the file's own values; an edit becomes an undo command on the session.
A cell whose field has a problem is tinted and says why in its tooltip; tariffs
not on sale on the editor's as-of date are greyed, and so is a tariff's roaming row
that has the provider's default rules (editing a cell gives it rules of its own).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from tariff_advisor.editing.document import (
    SECTION_TABLES,
    RowTarget,
    get_path,
    inherited_roaming,
    plain,
    row_node,
    set_path,
    table_rows,
)
from tariff_advisor.editing.fields import (
    COLUMNS,
    MONEY,
    Column,
    cell_text,
    device_title,
    edit_text,
    entry_name,
    error_for,
    field_errors,
    parse_cell,
    unchanged,
)

from ..colours import muted_text, problem_background
from ..form_helpers import read_locale_number
from .field_names import header_text

if TYPE_CHECKING:
    from .session import CatalogueSession

Index = QModelIndex | QPersistentModelIndex
MONEY_COLUMN = Column(("retail_price",), "Retail price", MONEY)


def on_sale(entry: Any, day: dt.date | None) -> bool:
    if day is None:
        return True
    start, end = entry.get("valid_from"), entry.get("valid_until")
    return not (isinstance(start, dt.date) and start > day) and not (isinstance(end, dt.date) and end < day)


class EntriesModel(QAbstractTableModel):
    rejected = Signal(str)  # an edit that could not be read, with the reason

    def __init__(self, session: CatalogueSession, kind: str, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.kind = session, kind  # kind: a list of entries, or one of SECTION_TABLES
        self.file: str | None = None
        self.columns = COLUMNS[kind]
        self._rows: list[RowTarget] = []
        self._errors: list[dict[str, str]] = []
        session.entriesReset.connect(self._reset_if_mine)
        session.entryChanged.connect(self._changed)
        session.problemsChanged.connect(self._problems_changed)
        session.asOfChanged.connect(self._all_changed)

    @property
    def sections(self) -> bool:
        """Whether the rows are sections of the provider file (contract rules, roaming) rather than entries."""
        return self.kind in SECTION_TABLES

    def set_file(self, file: str | None) -> None:
        self.beginResetModel()
        self.file = file
        self._rows = table_rows(self.session.document, file, self.kind) if file is not None else []
        self._refresh_errors()
        self.endResetModel()

    def entries(self) -> list[Any]:
        if self.file is None or self.file not in self.session.document.files or self.sections:
            return []
        return self.session.document.entries(self.file, self.kind)

    def row_target(self, row: int) -> RowTarget:
        return self._rows[row]

    def node(self, row: int) -> Any:
        """The mapping a row shows: its own, or for a tariff's roaming without rules of its own the defaults."""
        assert self.file is not None
        target = self._rows[row]
        own = row_node(self.session.document, self.file, target)
        return own if own is not None else self.inherited(row)

    def inherited(self, row: int) -> Any:
        """The provider's default roaming rules a tariff's row shows because it has none of its own, else None."""
        if self.file is None or self.kind != "roaming":
            return None
        return inherited_roaming(self.session.document, self.file, self._rows[row])

    def column(self, index: Index) -> Column:
        return self.columns[index.column()]

    def value(self, index: Index) -> Any:
        """The stored value of a cell, as plain Python."""
        return plain(get_path(self.node(index.row()), self.column(index).path))

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.file not in self.session.document.files:
            return 0  # a file an undo just took away: the reset that follows empties the table
        return len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return header_text(self.columns[section].header)
        if self.sections and self.file is not None and section < self.rowCount():
            return self.row_title(section)
        return str(section + 1)

    def row_title(self, row: int) -> str:
        """A section row's name: the tariff a roaming row is of, else "Defaults"."""
        target = self._rows[row]
        if target.kind is not None and self.file is not None:
            return entry_name(self.session.document.entry(self.file, target.kind, target.index))
        return self.tr("Defaults") if self.kind == "roaming" else self.tr("Provider")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        entry, column = self.node(index.row()), self.column(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return _with_locale_decimal(cell_text(self.value(index), column))
        if role == Qt.ItemDataRole.EditRole:  # the exact stored value, which the display may round
            return _with_locale_decimal(edit_text(self.value(index), column))
        errors = self._errors_of(index.row())
        message = error_for(errors, column) or (errors.get("") if index.column() == 0 else None)
        if role == Qt.ItemDataRole.BackgroundRole and message:
            return QBrush(problem_background())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, message)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (self.kind == "tariffs" and not on_sale(entry, self.session.as_of))
            or self.inherited(index.row()) is not None
        ):
            return QBrush(muted_text())
        return None

    def _tooltip(self, index: Index, message: str | None) -> str | None:
        if message:
            return f"{header_text(self.column(index).header)}: {message}"
        if self.kind == "device_offers" and self.column(index).key == "device":
            return self._phone_named(self.value(index))
        if self.inherited(index.row()) is not None:
            return self.tr(
                "The provider's default roaming rules; editing a cell gives this tariff rules of its own "
                "(a copy of the defaults with that change)"
            )
        exact, shown = self.data(index, Qt.ItemDataRole.EditRole), self.data(index)
        return (
            self.tr("{header}: {exact} (shown rounded)").format(
                header=header_text(self.column(index).header), exact=exact
            )
            if exact != shown
            else None
        )

    def _phone_named(self, device: Any) -> str | None:
        """An offer's phone as the devices file names it ("Apple iPhone 17 256 GB, 899.00 bought outright")."""
        document = self.session.document
        for name in document.files:
            for entry in document.entries(name, "devices"):
                if isinstance(entry, dict) and entry.get("id") == device:
                    phone = plain(entry)
                    return self.tr("{maker} {phone}, {price} bought outright").format(
                        maker=phone.get("maker", ""),
                        phone=device_title(phone),
                        price=cell_text(phone.get("retail_price"), MONEY_COLUMN),
                    )
        return None

    def parse(self, index: Index, text: str) -> Any:
        """The value a cell's text stands for, numbers also as the user's locale writes them; ValueError if none."""
        return parse_cell(text, self.column(index), read_locale_number)

    def problem(self, index: Index, text: str) -> str:
        """What would be wrong with the entry if the cell held `text` ("" when nothing)."""
        try:
            value = self.parse(index, text)
        except ValueError as exc:
            return str(exc)
        errors = field_errors(self.kind, self._with(index, value))
        whole = errors.get("")  # a rule of the entry as a whole that this value breaks (not one it broke already)
        if whole and whole == self._errors_of(index.row()).get(""):
            whole = None
        return error_for(errors, self.column(index)) or whole or ""

    def _errors_of(self, row: int) -> dict[str, str]:
        return self._errors[row] if row < len(self._errors) else {}

    def _with(self, index: Index, value: Any) -> dict[str, Any]:
        """The row's mapping (a copy, plain) with the cell's field set to `value`."""
        node = plain(self.node(index.row()))
        candidate = copy.deepcopy(node) if isinstance(node, dict) else {}
        set_path(candidate, self.column(index).path, value)
        return candidate

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.file is None:
            return False
        text, column = str(value), self.column(index)
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False  # as it was: nothing to do, not even an undo step
        try:
            parsed = self.parse(index, text)
        except ValueError as exc:
            self.rejected.emit(f"{header_text(column.header)}: {exc}")
            return False
        if unchanged(self.value(index), parsed):
            return False
        target = self._rows[index.row()]
        if self.inherited(index.row()) is not None:  # the tariff's own rules: the defaults with this change
            self.session.set_value(self.file, target.kind, target.index, target.prefix, self._with(index, parsed))
        else:
            self.session.set_value(self.file, target.kind, target.index, target.prefix + column.path, parsed)
        return True

    # -- errors and updates --------------------------------------------------------------
    def entry_errors(self, row: int) -> dict[str, str]:
        """Per field: the entry's own schema problems, then the catalogue-wide ones (duplicate ids...)."""
        node = self.node(row)
        entry = plain(node) if node is not None else {}
        errors = field_errors(self.kind, entry) if isinstance(entry, dict) else {"": self.tr("not a mapping")}
        if self.file is not None:
            target = self._rows[row]
            prefix = "".join(f"{key}." for key in target.prefix)
            for problem in self.session.problems_in(self.file, target.kind, target.index):
                field = problem.field.split("[")[0] if problem.field else ""
                if field.startswith(prefix) or (not prefix and not self.sections):
                    errors.setdefault(field[len(prefix) :], problem.message)
        return errors

    def _refresh_errors(self) -> None:
        self._errors = [self.entry_errors(row) for row in range(self.rowCount())]

    def _reset_if_mine(self, file: str, kind: str) -> None:
        if file == self.file and (kind == self.kind or (self.sections and kind == "tariffs")):
            self.set_file(self.file)

    def _changed(self, file: str, kind: str, row: int) -> None:
        if file != self.file:
            return
        if self.sections:  # a tariff's or the provider's section: any row may show it (names, defaults)
            self._all_changed()
        elif kind == self.kind and row < self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _problems_changed(self) -> None:
        if self.file is not None:
            self._refresh_errors()
            self._all_changed()

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


_PLAIN_DECIMAL = re.compile(r"[+-]?\d+\.\d+")


def _with_locale_decimal(text: str) -> str:
    """A decimal number as the user's locale writes it (7,99 in German); cells read either mark back."""
    return text.replace(".", QLocale().decimalPoint()) if _PLAIN_DECIMAL.fullmatch(text) else text
