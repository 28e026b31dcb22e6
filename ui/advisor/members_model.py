"""The household's members as a table: name, age, student, current plan, recorded usage."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

import tariff_advisor as ta
from tariff_advisor.billing.today import parse_current_plan

COLUMNS = ("name", "age", "student", "current plan", "months", "data GB/month", "minutes/month")
EDITABLE = {0, 1, 2, 3}  # current plan: a tariff id or name, a monthly fee, or none


class MembersModel(QAbstractTableModel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        session.householdChanged.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    @property
    def members(self) -> tuple[ta.Member, ...]:
        return self.session.household.members

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 2:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in EDITABLE:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.members)):
            return None
        m, col = self.members[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return "Today's plan: type a tariff id or name, a monthly fee (e.g. 29.99), or none"
        if role == Qt.ItemDataRole.CheckStateRole and col == 2:
            return Qt.CheckState.Checked if m.student else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        n = len(m.usage)
        return {
            0: m.name,
            1: m.age if m.age is not None else "",
            2: None,
            3: self._current(m),
            4: n if m.usage[0].month else "typical",
            5: f"{sum(u.data_mb for u in m.usage) / n / 1024:.1f}",
            6: f"{sum(u.minutes for u in m.usage) / n:.0f}",
        }[col]

    def _current(self, member) -> str:
        plan = member.current
        if plan is None:
            return "none"
        if plan.tariff and self.session.catalogue.has_tariff(plan.tariff):
            return self.session.catalogue.tariff(plan.tariff).name
        return plan.name or plan.tariff or f"{plan.monthly_fee:.2f} a month"

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        m, col = self.members[index.row()], index.column()
        if col == 2 and role == Qt.ItemDataRole.CheckStateRole:
            changed = replace(m, student=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif col == 0 and role == Qt.ItemDataRole.EditRole:
            name = str(value).strip()
            if not name or name in self.session.household.member_names:
                return False
            changed = replace(m, name=name)
        elif col == 1 and role == Qt.ItemDataRole.EditRole:
            try:
                age = int(value)
            except (TypeError, ValueError):
                return False
            if not 0 <= age <= 130:
                return False
            changed = replace(m, age=age)
        elif col == 3 and role == Qt.ItemDataRole.EditRole:
            try:
                changed = replace(m, current=parse_current_plan(str(value), self.session.catalogue))
            except ValueError as exc:
                self.session.errorOccurred.emit(str(exc))
                return False
        else:
            return False
        members = tuple(changed if x is m else x for x in self.members)
        self.session.update_household(replace(self.session.household, members=members))
        return True
