"""Every euro traceable: the bill lines behind a cost the user clicked, with the rule each comes from.

The rows are the domain's statement rows (`billing.statement`), the same lines the CLI's `price` prints
(folded over months) and `price --json` lists (every month), so the app, the CLI and the PDF agree to the
cent. The dialog is not modal: it can stay open beside the window while the user checks; it follows the
household on screen (after an edit it shows the new bill's lines, never an old bill as if it were current).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.billing.bill import CATEGORY_LABELS, HOUSEHOLD, Bill
from tariff_advisor.billing.statement import StatementRow, every_month, folded, lines_of, total
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.i18n import money
from tariff_advisor.report.formatting import provider_name

from ..accessibility import name_controls
from ..language import QT_TRANSLATE_NOOP
from .session import AdvisorSession

ALL_MEMBERS = QT_TRANSLATE_NOOP("bill_lines_dialog", "all members")
VIEWS = (
    QT_TRANSLATE_NOOP("bill_lines_dialog", "folded over months"),
    QT_TRANSLATE_NOOP("bill_lines_dialog", "every month"),
)


@dataclass(frozen=True)
class LineColumn:
    header: str
    text: Callable[[StatementRow, Catalogue], str]  # the catalogue names the provider
    right: bool = False


def _shared() -> str:
    return QCoreApplication.translate("bill_lines_dialog", "shared")


def _header(column: LineColumn) -> str:
    return QCoreApplication.translate("bill_lines_dialog", column.header)


def _months(row: StatementRow) -> str:
    return row.when if len(row.months) == 1 else f"{row.when} ({row.month_ranges})"


COLUMNS: tuple[LineColumn, ...] = (
    LineColumn(
        QT_TRANSLATE_NOOP("bill_lines_dialog", "member"),
        lambda r, _c: _shared() if r.member == HOUSEHOLD else r.member,
    ),
    LineColumn(QT_TRANSLATE_NOOP("bill_lines_dialog", "provider"), lambda r, c: provider_name(c, r.provider)),
    LineColumn(QT_TRANSLATE_NOOP("bill_lines_dialog", "rule"), lambda r, _c: CATEGORY_LABELS[r.category]),
    LineColumn(QT_TRANSLATE_NOOP("bill_lines_dialog", "charge"), lambda r, _c: r.label),
    LineColumn(QT_TRANSLATE_NOOP("bill_lines_dialog", "when"), lambda r, _c: _months(r)),
    LineColumn(QT_TRANSLATE_NOOP("bill_lines_dialog", "amount"), lambda r, _c: money(r.amount), right=True),
    LineColumn(QT_TRANSLATE_NOOP("bill_lines_dialog", "how it was computed"), lambda r, _c: r.detail),
)


def statement_text(rows: list[StatementRow], currency: str, heading: str, catalogue: Catalogue) -> str:
    """The rows as tab-separated text (pastes into a spreadsheet or an e-mail), with the total last."""
    lines = [heading, "\t".join(_header(c) for c in COLUMNS)]
    lines += ["\t".join(c.text(row, catalogue) for c in COLUMNS) for row in rows]
    lines.append(f"total\t{money(total(rows), currency)}")
    return "\n".join(lines) + "\n"


class BillLinesDialog(QDialog):
    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bill_lines")
        self.setModal(False)
        self.session = session
        self.bill: Bill | None = None
        self.today = False  # the lines of today's plans (the hatched bars), not of the chosen plans
        self.month: int | None = None
        self.what = ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed, never parsed
        self.member = QComboBox()
        self.member.setObjectName("bill_lines_member")
        self.member.setToolTip(self.tr("Show the lines of one member, or of the whole household"))
        self.view = QComboBox()
        self.view.setObjectName("bill_lines_view")
        self.view.addItems([QCoreApplication.translate("bill_lines_dialog", view) for view in VIEWS])
        self.view.setToolTip(
            self.tr("Lines alike but for their month folded into one (as `price` prints them), or each month")
        )
        filters = QHBoxLayout()
        for text, box in ((self.tr("&Member:"), self.member), (self.tr("&View:"), self.view)):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_header(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.total = QLabel()
        self.total.setObjectName("bill_lines_total")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy as text"))
        self.copy_button.setToolTip(self.tr("Copy these lines and their total to the clipboard (Ctrl+C)"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.copy_button.clicked.connect(self.copy)
        copy = QAction(self)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.triggered.connect(self.copy)
        self.addAction(copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(buttons)
        self.member.currentIndexChanged.connect(self.refresh)
        self.view.currentIndexChanged.connect(self.refresh)
        session.choicesChanged.connect(self.follow)
        session.householdChanged.connect(self.follow)
        name_controls(self)  # what a screen reader says for each control
        self.resize(900, 480)

    def current_bill(self) -> Bill | None:
        return self.session.today if self.today else self.session.bill

    def show_lines(self, what: str, member: str | None = None, month: int | None = None, today: bool = False) -> None:
        """The lines that make up the cost clicked: one member's (None: all) in one month (None: all), of the
        chosen plans or (today) of today's plans."""
        self.today, self.month, self.what = today, month, what
        self._fill(member)

    def follow(self) -> None:
        """The household or the choices changed: the same lines of the bill now on screen."""
        if self.isVisible():
            self._fill(self.member.currentData())

    def _fill(self, member: str | None) -> None:
        bill = self.bill = self.current_bill()
        if bill is None:  # the choices on screen cannot be priced: no lines to show, none of an old bill
            self.table.setRowCount(0)
            self.total.setText(self.tr("<b>These choices cannot be priced</b>"))
            return
        if self.month is not None and self.month > bill.horizon_months:
            self.month = None  # a shorter horizon now: the whole horizon
        self.setWindowTitle(self.tr("Bill lines: {what}").format(what=self.what))
        self.member.blockSignals(True)
        self.member.clear()
        self.member.addItem(QCoreApplication.translate("bill_lines_dialog", ALL_MEMBERS), None)
        names = dict.fromkeys(line.member for line in bill.lines)
        if member is not None and member not in names and member in self.session.household.member_names:
            names[member] = None  # a member with no lines on this bill still shows their (zero) total
        member = member if member in names else None  # a member since removed: the whole household
        for name in names:
            self.member.addItem(self.tr("shared (family plan)") if name == HOUSEHOLD else name, name)
        self.member.setCurrentIndex(self.member.findData(member) if member is not None else 0)
        self.member.blockSignals(False)
        self.refresh()

    def rows(self) -> list[StatementRow]:
        if self.bill is None:
            return []
        lines = lines_of(self.bill.lines, self.member.currentData(), self.month)
        return every_month(lines) if self.view.currentIndex() == 1 else folded(lines)

    def refresh(self, *_args: object) -> None:
        if self.bill is None:
            return
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, column in enumerate(COLUMNS):
                item = QTableWidgetItem(column.text(row, self.session.priced_catalogue))
                if column.right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(row.detail or row.label)
                self.table.setItem(r, c, item)
        scope = (
            self.tr("month {month}").format(month=self.month)
            if self.month is not None
            else self.tr("{horizon_months} months").format(horizon_months=self.bill.horizon_months)
        )
        who = self.member.currentText()
        self.heading.setText(
            self.tr("{what}: the bill lines of {who}, {scope}, with the rule each comes from.").format(
                what=self.what, who=who, scope=scope
            )
        )
        self.total.setText(
            self.tr("<b>Total: {money}</b> ({count} lines)").format(
                money=money(total(rows), self.bill.currency), count=len(rows)
            )
        )

    def text(self) -> str:
        currency = self.bill.currency if self.bill is not None else ""
        return statement_text(self.rows(), currency, self.heading.text(), self.session.priced_catalogue)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def show_bill_lines(
    parent: QWidget,
    session: AdvisorSession,
    what: str,
    member: str | None = None,
    month: int | None = None,
    today: bool = False,
) -> BillLinesDialog:
    """The bill lines beside the window (one dialog, reused), raised and ready for the keyboard."""
    window = parent.window()
    dialog = window.findChild(BillLinesDialog) or BillLinesDialog(session, window)
    dialog.show_lines(what, member, month, today)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
