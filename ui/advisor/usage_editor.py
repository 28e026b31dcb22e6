"""A member's usage as a typical month: spin boxes with units and sliders, applied to the household.

For the keyboard: the boxes come in the order a bill lists them (call minutes, messages, data first), each
selects its value when it gets the focus so typing replaces it, Tab goes box to box, Enter applies.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.household.model import MonthlyUsage

from ..language import QT_TRANSLATE_NOOP
from .session import AdvisorSession

# attribute, label, unit, maximum, decimals, slider maximum (the spin box goes further). The three every bill
# shows come first, so a customer's usage is typed with the fewest Tabs.
FIELDS = (
    ("minutes", QT_TRANSLATE_NOOP("usage_editor", "Calls"), QT_TRANSLATE_NOOP("usage_editor", "min"), 20000, 0, 3000),
    ("sms", QT_TRANSLATE_NOOP("usage_editor", "Messages"), "SMS", 20000, 0, 1000),
    ("data_gb", QT_TRANSLATE_NOOP("usage_editor", "Mobile data"), "GB", 2000, 1, 100),
    (
        "calls",
        QT_TRANSLATE_NOOP("usage_editor", "Number of calls"),
        QT_TRANSLATE_NOOP("usage_editor", "calls"),
        5000,
        0,
        600,
    ),
    (
        "intl_minutes",
        QT_TRANSLATE_NOOP("usage_editor", "International calls"),
        QT_TRANSLATE_NOOP("usage_editor", "min"),
        5000,
        0,
        600,
    ),
)
SLIDER_STEPS = 10  # slider positions per unit for values with decimals


def _slider_for(spin: QSpinBox | QDoubleSpinBox, maximum: float, decimals: int) -> QSlider:
    """A slider bound both ways to a spin box: drag for a rough value, type for an exact one."""
    scale = SLIDER_STEPS if decimals else 1
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, int(maximum * scale))
    slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from box to box; the slider is for the mouse
    slider.valueChanged.connect(lambda v: spin.setValue(v / scale) if round(spin.value() * scale) != v else None)
    spin.valueChanged.connect(lambda v: slider.setValue(min(round(v * scale), slider.maximum())))
    return slider


class UsageEditor(QWidget):
    applied = Signal(str)

    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.member: str | None = None
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        box = QGroupBox(self.tr("A typical month"))
        form = QFormLayout(box)
        self.sliders: dict[str, QSlider] = {}
        for attribute, label, unit, maximum, decimals, slider_maximum in FIELDS:
            spin: QSpinBox | QDoubleSpinBox
            if decimals:
                spin = QDoubleSpinBox()
                spin.setDecimals(decimals)
            else:
                spin = QSpinBox()
            spin.setRange(0, maximum)
            spin.setSuffix(f" {QCoreApplication.translate('usage_editor', unit)}")
            spin.setObjectName(f"usage:{attribute}")
            spin.setMinimumWidth(spin.sizeHint().width())  # the largest value and unit, in the font in use
            slider = _slider_for(spin, slider_maximum, decimals)
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(slider, 1)
            form.addRow(QCoreApplication.translate("usage_editor", label), row)
            self.spins[attribute], self.sliders[attribute] = spin, slider
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Apply to member  (Enter)"))
        self.apply_button.setObjectName("apply_usage")
        self.apply_button.setToolTip(self.tr("Enter in any box applies too"))
        self.apply_button.clicked.connect(self.apply)
        form.addRow(self.note)
        form.addRow(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        self.setEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a box (which takes the typed value, then passes the key on to here) presses Apply."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.apply_button.isEnabled():
            self.apply_button.click()
            return
        super().keyPressEvent(event)

    def show_member(self, name: str | None) -> None:
        """Fill the boxes with the member's average month."""
        self.member = name
        self.setEnabled(name is not None)
        if name is None or name not in self.session.household.member_names:
            return
        member = self.session.household.member(name)
        usage, mean = member.usage, member.average_month()
        n = len(usage)
        average = {
            "minutes": mean.minutes,
            "calls": mean.calls,
            "sms": mean.sms,
            "data_gb": mean.data_mb / 1024,
            "intl_minutes": mean.intl_minutes,
        }
        for attribute, spin in self.spins.items():
            if isinstance(spin, QDoubleSpinBox):
                spin.setValue(round(average[attribute], 1))
            else:
                spin.setValue(round(average[attribute]))
        recorded = n > 1 or usage[0].month is not None
        self.note.setText(
            self.tr(
                "{name}: average of {n} recorded months; applying replaces them with this one typical month."
            ).format(name=name, n=n)
            if recorded
            else self.tr("{name}: one typical month.").format(name=name)
        )

    def apply(self) -> None:
        if self.member is None:
            return
        values = {a: float(spin.value()) for a, spin in self.spins.items()}
        month = MonthlyUsage(
            minutes=values["minutes"],
            calls=values["calls"],
            sms=values["sms"],
            data_mb=values["data_gb"] * 1024,
            intl_minutes=values["intl_minutes"],
        )
        household = self.session.household.with_member_usage(self.member, (month,))
        self.session.update_household(household)
        self.applied.emit(self.member)
