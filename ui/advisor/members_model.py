"""The household's members as a table: name, age, student, current plan, recorded usage; and the view that
lets a keyboard fill it in.

The table is declared by its columns (as the editor's are by tariff_advisor.editing.fields.Column): each
says how a member shows in it and, if the user may change it, how the cell's new value changes the member.
Code elsewhere finds a column by its key, never by its number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

import tariff_advisor as ta
from tariff_advisor.billing.today import parse_current_plan
from tariff_advisor.i18n import money, number

from ..language import QT_TRANSLATE_NOOP
from .member_fields import contract_end_text, notice_text, with_contract_end, with_notice
from .session import AdvisorSession

Index = QModelIndex | QPersistentModelIndex
# How a cell's new value (text, a number, or True/False for a check box) changes its member; ValueError says why not.
Change = Callable[[ta.Member, Any, AdvisorSession], ta.Member]


@dataclass(frozen=True)
class MemberColumn:
    key: str
    header: str
    show: Callable[[ta.Member, AdvisorSession], Any]  # the cell's value; True/False in a check box column
    change: Change | None = None  # None: read-only
    check_box: bool = False
    number: bool = False  # right-aligned
    tooltip: str = ""
    # Tab goes through the cells a shop fills in for every customer; the others are reached by the arrow keys
    # (or a click), so a customer served at the till meets no extra stops
    tab_stop: bool = True

    @property
    def editable(self) -> bool:
        return self.change is not None


def _renamed(member: ta.Member, value: Any, session: AdvisorSession) -> ta.Member:
    name = str(value).strip()
    if not name:
        raise ValueError(QCoreApplication.translate("members_model", "a member needs a name"))
    if name != member.name and name in session.household.member_names:
        raise ValueError(
            QCoreApplication.translate("members_model", "{name} is already a member of this household").format(
                name=name
            )
        )
    return replace(member, name=name)


def _aged(member: ta.Member, value: Any, _session: AdvisorSession) -> ta.Member:
    try:
        age = int(value)
    except (TypeError, ValueError):
        raise ValueError(
            QCoreApplication.translate("members_model", "age: {value!r} is not a whole number of years").format(
                value=value
            )
        ) from None
    if not 0 <= age <= 130:
        raise ValueError(
            QCoreApplication.translate("members_model", "age: {age} is not between 0 and 130").format(age=age)
        )
    return replace(member, age=age)


def _current_plan(member: ta.Member, session: AdvisorSession) -> str:
    plan, catalogue = member.current, session.catalogue
    if plan is None:
        return "none"
    if plan.tariff and catalogue.has_tariff(plan.tariff):
        return catalogue.tariff(plan.tariff).name
    return (
        plan.name
        or plan.tariff
        or QCoreApplication.translate("members_model", "{monthly_fee} a month").format(
            monthly_fee=money(plan.monthly_fee)
        )
    )


def _today_plan(member: ta.Member, text: Any, session: AdvisorSession) -> ta.Member:
    """Today's plan as typed; the contract's end, notice and exit fee stay with the member's plan."""
    plan = parse_current_plan(str(text), session.catalogue)
    if plan is not None and member.current is not None:
        old = member.current
        plan = replace(
            plan,
            months_left=old.months_left,
            end_date=old.end_date,
            notice_months=old.notice_months,
            exit_fee=old.exit_fee,
        )
    return replace(member, current=plan)


def _months(member: ta.Member, _session: AdvisorSession) -> int | str:
    return len(member.usage) if member.usage[0].month else QCoreApplication.translate("members_model", "typical")


COLUMNS: tuple[MemberColumn, ...] = (
    MemberColumn("name", QT_TRANSLATE_NOOP("members_model", "name"), lambda m, _s: m.name, _renamed),
    MemberColumn(
        "age",
        QT_TRANSLATE_NOOP("members_model", "age"),
        lambda m, _s: m.age if m.age is not None else "",
        _aged,
        number=True,
    ),
    MemberColumn(
        "student",
        QT_TRANSLATE_NOOP("members_model", "student"),
        lambda m, _s: m.student,
        lambda m, on, _s: replace(m, student=bool(on)),
        check_box=True,
    ),
    MemberColumn(
        "current_plan",
        QT_TRANSLATE_NOOP("members_model", "current plan"),
        _current_plan,
        _today_plan,
        tooltip=QT_TRANSLATE_NOOP(
            "members_model", "Today's plan: type a tariff id or name, a monthly fee (e.g. 29.99), or none"
        ),
    ),
    MemberColumn(
        "contract_end",
        QT_TRANSLATE_NOOP("members_model", "contract end"),
        lambda m, s: contract_end_text(m, s.household),
        lambda m, text, _s: with_contract_end(m, str(text)),
        tooltip=QT_TRANSLATE_NOOP(
            "members_model",
            "When today's contract (its minimum term) ends: a date such as 31.03.2027, or the months left such as "
            "5; empty: no minimum term. Right arrow from today's plan gets here",
        ),
        tab_stop=False,
    ),
    MemberColumn(
        "notice",
        QT_TRANSLATE_NOOP("members_model", "notice"),
        lambda m, s: notice_text(m, s.catalogue),
        lambda m, text, _s: with_notice(m, str(text)),
        tooltip=QT_TRANSLATE_NOOP(
            "members_model",
            "The notice period in months (cancel that long before the contract ends); empty: the provider's rule, "
            "shown in brackets",
        ),
        number=True,
        tab_stop=False,
    ),
    MemberColumn("months", QT_TRANSLATE_NOOP("members_model", "months"), _months, number=True),
    MemberColumn(
        "data_gb",
        QT_TRANSLATE_NOOP("members_model", "data GB/month"),
        lambda m, _s: number(m.average_month().data_mb / 1024, 1),
        number=True,
    ),
    MemberColumn(
        "minutes",
        QT_TRANSLATE_NOOP("members_model", "minutes/month"),
        lambda m, _s: number(m.average_month().minutes),
        number=True,
    ),
)


def column(key: str) -> int:
    """The number of the column with this key (KeyError if there is none)."""
    for position, spec in enumerate(COLUMNS):
        if spec.key == key:
            return position
    raise KeyError(key)


class MembersModel(QAbstractTableModel):
    def __init__(self, session: AdvisorSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows = len(self.members)
        session.householdChanged.connect(self._household_changed)

    def _household_changed(self) -> None:
        """Members added or removed: a new table. The same members edited: new values in the same cells, so the
        view keeps its current cell (Tab goes on from the cell just edited) and its selection."""
        rows = len(self.members)
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(COLUMNS) - 1))

    @property
    def members(self) -> tuple[ta.Member, ...]:
        return self.session.household.members

    def cell(self, row: int, key: str) -> QModelIndex:
        """The index of a member's cell in the column with this key."""
        return self.index(row, column(key))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            spec = self._spec(section)
            return QCoreApplication.translate("members_model", spec.header) if spec else None
        return None

    def _spec(self, number: int) -> MemberColumn | None:
        return COLUMNS[number] if 0 <= number < len(COLUMNS) else None

    def _member_and_column(self, index: Index) -> tuple[ta.Member, MemberColumn] | None:
        spec = self._spec(index.column())
        if not index.isValid() or spec is None or not 0 <= index.row() < len(self.members):
            return None
        return self.members[index.row()], spec

    def flags(self, index: Index) -> Qt.ItemFlag:
        cell = self._member_and_column(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        spec, flags = cell[1], Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if spec.check_box:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if spec.editable:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self._member_and_column(index)
        if cell is None:
            return None
        member, spec = cell
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("members_model", spec.tooltip) if spec.tooltip else None
        if role == Qt.ItemDataRole.CheckStateRole and spec.check_box:
            return Qt.CheckState.Checked if spec.show(member, self.session) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole and spec.key == "notice":  # the number itself; empty: the provider's
            plan = member.current
            return "" if plan is None or plan.notice_months is None else str(plan.notice_months)
        if role == Qt.ItemDataRole.EditRole and spec.key == "contract_end":  # as typed: 31.03.2027 or 5
            return contract_end_text(member, self.session.household, typed=True)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and not spec.check_box:
            return spec.show(member, self.session)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self._member_and_column(index)
        if cell is None:
            return False
        member, spec = cell
        wanted = Qt.ItemDataRole.CheckStateRole if spec.check_box else Qt.ItemDataRole.EditRole
        if spec.change is None or role != wanted:
            return False
        if spec.check_box:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        try:
            changed = spec.change(member, value, self.session)
        except ValueError as exc:
            self.session.errorOccurred.emit(str(exc))  # said in the window: the edit is not taken
            return False
        if changed == member:
            return True  # e.g. a name confirmed unchanged: nothing to save
        members = tuple(changed if m is member else m for m in self.members)
        self.session.update_household(replace(self.session.household, members=members))
        return True


class MembersView(QTableView):
    """The members table for the keyboard as for the mouse: typing in a cell (or F2) edits it, Enter commits,
    Space ticks the student box, Up and Down move between members. Tab goes through the member's own name, age,
    student box and today's plan, then on to the next control (the member's usage): the table is never a trap.
    The contract's end and notice, which a shop's customer often does not know, are one arrow key to the right
    of today's plan, not Tab stops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab is handled here: across the member's cells, then out
        # every column as wide as what it shows: nine columns fit the window without scrolling sideways
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.DoubleClicked | triggers.SelectedClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )

    def _filled_in(self, row: int) -> list[int]:
        """The columns of a row a user fills in and Tab stops at (editable or a check box), left to right."""
        model = self.model()
        wanted = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        return [
            c
            for c in range(model.columnCount())
            if model.flags(model.index(row, c)) & wanted and (c >= len(COLUMNS) or COLUMNS[c].tab_stop)
        ]

    def focusNextPrevChild(self, next: bool) -> bool:
        current = self.currentIndex()
        if current.isValid() and self.hasFocus():
            columns = self._filled_in(current.row())
            later = [c for c in columns if (c > current.column() if next else c < current.column())]
            if later:
                self.setCurrentIndex(self.model().index(current.row(), later[0] if next else later[-1]))
                return True
        return super().focusNextPrevChild(next)  # past the member's last cell (or first): out of the table

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab in an open editor (after the delegate committed it) moves as Tab on the cell does."""
        hints = QAbstractItemDelegate.EndEditHint
        if hint not in (hints.EditNextItem, hints.EditPreviousItem):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, hints.NoHint)  # the focus comes back to the table
        self.focusNextPrevChild(hint == hints.EditNextItem)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in starts at the member's first cell (Shift+Tab: the last), wherever the cursor was left."""
        super().focusInEvent(event)
        reason, model = event.reason(), self.model()
        if reason not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) or not model.rowCount():
            return
        row = max(self.currentIndex().row(), 0)
        columns = self._filled_in(row)
        if columns:
            first = reason == Qt.FocusReason.TabFocusReason
            self.setCurrentIndex(model.index(row, columns[0] if first else columns[-1]))
