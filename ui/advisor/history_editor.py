"""A member's usage as months of history: an editable table (type, paste from a spreadsheet) and a small chart.

The table edits a copy; "Apply" gives the member exactly these months, which the
optimiser then uses month by month (a seasonal pattern counts, not just the average).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.household.model import MonthlyUsage
from tariff_advisor.i18n import number
from tariff_advisor.report import charts
from tariff_advisor.usage.paste import RejectedCell, Separators, merge_paste, parse_month, parse_paste, parse_quantity

from ..accessibility import name_controls
from ..language import QT_TRANSLATE_NOOP
from .charts_panel import chart_colours
from .session import AdvisorSession

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    ("month", QT_TRANSLATE_NOOP("history_editor", "Month"), None),
    ("minutes", QT_TRANSLATE_NOOP("history_editor", "Calls min"), 1.0),
    ("calls", QT_TRANSLATE_NOOP("history_editor", "Calls"), 1.0),
    ("sms", "SMS", 1.0),
    ("data_mb", QT_TRANSLATE_NOOP("history_editor", "Data GB"), 1024.0),
    ("intl_minutes", QT_TRANSLATE_NOOP("history_editor", "Intl min"), 1.0),
)


def _next_month(month: str | None) -> str:
    if not month:
        return dt.date.today().strftime("%Y-%m")
    year, number = (int(part) for part in month.split("-"))
    return f"{year + number // 12}-{number % 12 + 1:02d}"


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthlyUsage] = []

    def set_months(self, months: Iterable[MonthlyUsage]) -> None:
        self.beginResetModel()
        self.months = list(months)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("history_editor", COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.months):
            return None
        attribute, _label, scale = COLUMNS[index.column()]
        value = getattr(self.months[index.row()], attribute)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if scale is None:
                return value or ""
            return number(value / scale, 2, grouping=False) if attribute == "data_mb" else number(value, grouping=False)
        if role == Qt.ItemDataRole.TextAlignmentRole and scale is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        attribute = COLUMNS[index.column()][0]
        text = str(value).strip()
        changes: dict[str, Any]
        if attribute == "month":
            month = parse_month(text) if text else None
            if text and month is None:
                return False
            changes = {"month": month}
        else:
            number, problem = parse_quantity(attribute, text or "0", locale_separators())
            if problem:
                return False
            changes = {attribute: number}
            if attribute == "minutes":  # rounded minutes and network split came from records; they no longer hold
                changes.update(minutes_rounded=None, by_network={})
        self.months[index.row()] = replace(self.months[index.row()], **changes)
        self.dataChanged.emit(index, index)
        return True

    def add_month(self) -> None:
        last = self.months[-1] if self.months else MonthlyUsage()
        self.beginInsertRows(QModelIndex(), len(self.months), len(self.months))
        self.months.append(replace(last, month=_next_month(last.month)))
        self.endInsertRows()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.months) and len(self.months) > 1:  # a member keeps at least one month
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.months[row]
                self.endRemoveRows()


def locale_separators() -> Separators:
    """The decimal and thousands separators of the user's locale, as typed and pasted numbers use them."""
    locale = QLocale()
    return Separators(locale.decimalPoint(), locale.groupSeparator())


class PastePreview(QDialog):
    """What a paste will change, and each cell it cannot take with the reason, before anything changes."""

    def __init__(
        self,
        before: list[MonthlyUsage],
        after: list[MonthlyUsage],
        rejected: list[RejectedCell],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste months"))
        old = {m.month for m in before}
        changed = [m for m in after if m not in before]
        self.table = QTableWidget(len(changed), len(COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("history_editor", label) for _, label, _ in COLUMNS] + [""]
        )
        self.table.verticalHeader().setVisible(False)
        preview = HistoryModel()
        preview.set_months(changed)
        for row, month in enumerate(changed):
            for column in range(len(COLUMNS)):
                self.table.setItem(row, column, QTableWidgetItem(str(preview.data(preview.index(row, column)))))
            self.table.setItem(
                row, len(COLUMNS), QTableWidgetItem(self.tr("new") if month.month not in old else self.tr("changed"))
            )
        self.table.resizeColumnsToContents()
        self.problems = QLabel(
            self.tr("Not taken:\n") + "\n".join(f"• {r}" for r in rejected)
            if rejected
            else self.tr("Every cell can be taken.")
        )
        self.problems.setObjectName("paste_problems")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Take {count} month(s)").format(count=len(changed)))
        ok.setEnabled(bool(changed))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{count} month(s) to add or change:").format(count=len(changed))))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        name_controls(self)  # what a screen reader says for each control
        self.resize(560, 360)


class HistoryEditor(QWidget):
    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.member: str | None = None
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("history")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 6)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        paste.activated.connect(self.paste_clipboard)
        # matplotlib's Qt backend (backend_qt, backend_qtagg) ships without annotations
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(3.4, 1.7), dpi=100, layout="constrained"))  # type: ignore[no-untyped-call]
        self.canvas.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)  # room for its labels at any text size
        self.note = QLabel(
            self.tr("Type or paste (Ctrl+V) months from a spreadsheet: month, minutes, calls, SMS, GB, intl.")
        )
        self.note.setWordWrap(True)
        add, remove = QPushButton(self.tr("Add month")), QPushButton(self.tr("Remove"))
        self.apply_button = QPushButton(self.tr("Apply to member"))
        self.apply_button.setObjectName("apply_history")
        add.clicked.connect(self.model.add_month)
        remove.clicked.connect(lambda: self.model.remove_rows([i.row() for i in self.table.selectedIndexes()]))
        self.apply_button.clicked.connect(self.apply)
        self.model.dataChanged.connect(self.draw)
        self.model.rowsInserted.connect(self.draw)
        self.model.rowsRemoved.connect(self.draw)
        buttons = QHBoxLayout()
        for button in (add, remove, self.apply_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.canvas)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setEnabled(False)

    def show_member(self, name: str | None) -> None:
        self.member = name
        self.setEnabled(name is not None and name in self.session.household.member_names)
        if name is None or not self.isEnabled():
            return
        self.model.set_months(self.session.household.member(name).usage)
        self.table.resizeColumnsToContents()
        self.draw()

    def draw(self, *_args: object) -> None:
        self.canvas.figure.clear()
        colours = chart_colours(self.palette())
        charts.usage_history(self.canvas.figure, self.model.months, self.member or "", colours=colours)
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]  # the Qt backend's override is unannotated

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.member is not None:
            self.draw()  # in the system's new colours (dark mode on or off)

    def paste_clipboard(self) -> None:
        """Read the clipboard as months and show what it changes; the table changes only on OK."""
        current = self.table.currentIndex()
        first = COLUMNS[max(current.column(), 0)][0]
        result = parse_paste(QApplication.clipboard().text(), first, locale_separators())
        before = list(self.model.months)
        after, cells, unplaced = merge_paste(before, result, max(current.row(), 0))
        rejected = result.rejected + unplaced
        if not cells and not rejected:
            self.note.setText(self.tr("Nothing in the clipboard fits."))
            return
        self.preview = PastePreview(before, after, rejected, self)
        self.preview.accepted.connect(lambda: self._take(after, cells))
        self.preview.open()

    def _take(self, months: list[MonthlyUsage], cells: int) -> None:
        self.model.set_months(months)
        self.draw()
        self.note.setText(self.tr("Pasted {cells} cells; Apply to use them.").format(cells=cells))

    def apply(self) -> None:
        if self.member is not None and self.model.months:
            household = self.session.household.with_member_usage(self.member, tuple(self.model.months))
            self.session.update_household(household)
