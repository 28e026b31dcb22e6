"""A member's usage as a typical month: spin boxes with units, applied to the household."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from tariff_advisor.household import MonthlyUsage

FIELDS = (  # attribute, label, unit, maximum, decimals
    ("minutes", "Calls", "min", 20000, 0),
    ("calls", "Number of calls", "calls", 5000, 0),
    ("sms", "Messages", "SMS", 20000, 0),
    ("data_gb", "Mobile data", "GB", 2000, 1),
    ("intl_minutes", "Calls abroad / international", "min", 5000, 0),
)


class UsageEditor(QWidget):
    applied = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.member: str | None = None
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        box = QGroupBox("Usage: a typical month")
        form = QFormLayout(box)
        for attribute, label, unit, maximum, decimals in FIELDS:
            spin = QDoubleSpinBox() if decimals else QSpinBox()
            if decimals:
                spin.setDecimals(decimals)
            spin.setRange(0, maximum)
            spin.setSuffix(f" {unit}")
            spin.setObjectName(f"usage:{attribute}")
            form.addRow(label, spin)
            self.spins[attribute] = spin
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.apply_button = QPushButton("Apply to member")
        self.apply_button.clicked.connect(self.apply)
        form.addRow(self.note)
        form.addRow(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        self.setEnabled(False)

    def show_member(self, name: str | None) -> None:
        """Fill the boxes with the member's average month."""
        self.member = name
        self.setEnabled(name is not None)
        if name is None or name not in self.session.household.member_names:
            return
        usage = self.session.household.member(name).usage
        n = len(usage)
        average = {"minutes": sum(u.minutes for u in usage) / n, "calls": sum(u.calls for u in usage) / n,
                   "sms": sum(u.sms for u in usage) / n, "data_gb": sum(u.data_mb for u in usage) / n / 1024,
                   "intl_minutes": sum(u.intl_minutes for u in usage) / n}
        for attribute, spin in self.spins.items():
            spin.setValue(round(average[attribute], 1) if isinstance(spin, QDoubleSpinBox) else round(average[attribute]))
        recorded = n > 1 or usage[0].month is not None
        self.note.setText(f"{name}: average of {n} recorded months; applying replaces them with this one typical month."
                          if recorded else f"{name}: one typical month.")

    def apply(self) -> None:
        if self.member is None:
            return
        values = {a: float(spin.value()) for a, spin in self.spins.items()}
        month = MonthlyUsage(minutes=values["minutes"], calls=values["calls"], sms=values["sms"],
                             data_mb=values["data_gb"] * 1024, intl_minutes=values["intl_minutes"])
        household = self.session.household.with_member_usage(self.member, (month,))
        self.session.update_household(household)
        self.applied.emit(self.member)
