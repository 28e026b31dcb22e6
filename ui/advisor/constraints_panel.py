"""Household constraints for the optimiser: providers, a provider limit, a budget, required features,
switching everyone at once, the shop range (kept across customers) and the day the contracts start."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.optimiser.constraints import known_features
from tariff_advisor.report.formatting import feature_label

from .. import settings as keys
from ..form_helpers import date_format
from .session import AdvisorSession


def _checklist(items: list[tuple[str, str]], checked: bool) -> QListWidget:
    widget = QListWidget()
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(20 * max(3, min(len(items), 12)) + 6)
    return widget


def _keys(widget: QListWidget, state: Qt.CheckState) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == state
    ]


class ConstraintsPanel(QWidget):
    def __init__(
        self, session: AdvisorSession, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        cat = session.catalogue
        saved = settings.value(keys.SHOP_RANGE) if settings is not None else None
        saved = [saved] if isinstance(saved, str) else saved  # an INI file gives a one-item list back as a string
        self.shop_range: set[str] | None = {t for t in saved if cat.has_tariff(t)} if saved else None
        self.shop_button = QPushButton()
        self.shop_button.setObjectName("shop_range_button")
        self.shop_button.clicked.connect(self.choose_shop_range)
        self.shop_button.setToolTip(
            self.tr(
                "The tariffs this shop sells. Kept for the next customers: New customer (Ctrl+N) resets every other "
                "constraint"
            )
        )
        self.start = QDateEdit()
        self.start.setObjectName("start_date")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(date_format())
        self.start.setToolTip(
            self.tr("Only tariffs on sale on this day are offered; promotions must still be valid then.")
        )
        self._show_start()
        session.householdChanged.connect(self._show_start)
        self.providers = _checklist([(p.id, p.name) for p in cat.providers.values()], checked=True)
        self.providers.setObjectName("providers")
        self.max_providers = QSpinBox()
        self.max_providers.setRange(0, len(cat.providers))
        self.max_providers.setSpecialValueText(self.tr("no limit"))
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 10000)
        self.budget.setDecimals(2)
        self.budget.setSuffix(self.tr(" {currency}/month").format(currency=cat.currency))
        self.budget.setSpecialValueText(self.tr("no budget"))
        self.features = _checklist([(f, feature_label(f)) for f in sorted(known_features(cat))], checked=False)
        self.features.setObjectName("features")
        self.switch_together = QCheckBox(self.tr("S&witch everyone at once"))
        self.switch_together.setObjectName("switch_together")
        self.switch_together.setToolTip(
            self.tr(
                "Every member who switches starts the new plan in the same month (each may still stay on today's "
                "tariff); Optimise picks the month"
            )
        )
        box = QGroupBox(self.tr("Household constraints"))
        form = QFormLayout(box)
        form.addRow(self.tr("Providers to consider"), self.providers)
        form.addRow(self.tr("At most providers"), self.max_providers)
        form.addRow(self.tr("Budget"), self.budget)
        form.addRow(self.tr("Everyone needs"), self.features)
        form.addRow(self.tr("Switching"), self.switch_together)
        form.addRow(self.tr("Shop range"), self.shop_button)
        form.addRow(self.tr("Contracts start"), self.start)
        self._show_shop_range()
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.providers.itemChanged.connect(self.apply)
        self.features.itemChanged.connect(self.apply)
        self.max_providers.valueChanged.connect(self.apply)
        self.budget.valueChanged.connect(self.apply)
        self.switch_together.toggled.connect(self.apply)
        self.start.dateChanged.connect(self._start_changed)
        if self.shop_range is not None:
            self.apply()

    def constraints(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        excluded = _keys(self.providers, Qt.CheckState.Unchecked)
        if excluded:
            out["exclude_providers"] = excluded
        if self.max_providers.value():
            out["max_providers"] = self.max_providers.value()
        if self.budget.value():
            out["budget_per_month"] = self.budget.value()
        required = _keys(self.features, Qt.CheckState.Checked)
        if required:
            out["require"] = required
        if self.shop_range is not None:
            out["only_tariffs"] = sorted(self.shop_range)
        if self.switch_together.isChecked():
            out["switch_together"] = True
        return out

    def reset(self) -> None:
        """A new customer: every provider, no limit, no budget, no required feature, no switching together; the
        shop range stays."""
        controls = (self.providers, self.features, self.max_providers, self.budget, self.switch_together)
        for control in controls:
            control.blockSignals(True)
        try:
            for i in range(self.providers.count()):
                self.providers.item(i).setCheckState(Qt.CheckState.Checked)
            for i in range(self.features.count()):
                self.features.item(i).setCheckState(Qt.CheckState.Unchecked)
            self.max_providers.setValue(0)
            self.budget.setValue(0)
            self.switch_together.setChecked(False)
        finally:
            for control in controls:
                control.blockSignals(False)
        if self.constraints() != self.session.constraints:  # else a second re-pricing for nothing
            self.apply()

    # -- shop range -------------------------------------------------------------------
    def set_shop_range(self, tariffs: set[str] | None) -> None:
        self.shop_range = tariffs
        if self.settings is not None:
            self.settings.setValue(keys.SHOP_RANGE, sorted(tariffs) if tariffs is not None else [])
        self._show_shop_range()
        self.apply()

    def choose_shop_range(self) -> None:
        from .shop_range_dialog import ShopRangeDialog

        dialog = ShopRangeDialog(self.session.catalogue, self.shop_range, self)
        if dialog.exec():
            self.set_shop_range(dialog.selected())

    def _show_shop_range(self) -> None:
        total = len(self.session.catalogue.tariffs)
        count = total if self.shop_range is None else len(self.shop_range)
        self.shop_button.setText(self.tr("{count} of {total} tariffs...").format(count=count, total=total))

    # -- start date -------------------------------------------------------------------
    def _show_start(self) -> None:
        self.start.blockSignals(True)
        self.start.setDate(QDate(self.session.household.contract_start))
        self.start.blockSignals(False)

    def _start_changed(self, date: QDate) -> None:
        day = date.toPython()
        assert isinstance(day, dt.date)  # the stubs say object; a QDate gives a datetime.date
        if day != self.session.household.contract_start:
            self.session.update_household(replace(self.session.household, start_date=day))

    def apply(self, *_args: object) -> None:
        self.session.set_constraints(self.constraints())
