"""Household constraints for the optimiser: providers, a provider limit, a budget, required features."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QListWidget, QListWidgetItem, QSpinBox, QVBoxLayout, QWidget

from tariff_advisor.constraints import known_features


def _checklist(items: list[tuple[str, str]], checked: bool) -> QListWidget:
    widget = QListWidget()
    for key, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(22 * max(3, min(len(items), 6)))
    return widget


def _keys(widget: QListWidget, state: Qt.CheckState) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == state]


class ConstraintsPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        cat = session.catalogue
        self.providers = _checklist([(p.id, p.name) for p in cat.providers.values()], checked=True)
        self.providers.setObjectName("providers")
        self.max_providers = QSpinBox()
        self.max_providers.setRange(0, len(cat.providers))
        self.max_providers.setSpecialValueText("no limit")
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 10000)
        self.budget.setDecimals(2)
        self.budget.setSuffix(f" {cat.currency}/month")
        self.budget.setSpecialValueText("no budget")
        self.features = _checklist([(f, f.replace("_", " ")) for f in sorted(known_features(cat))], checked=False)
        self.features.setObjectName("features")
        box = QGroupBox("Household constraints")
        form = QFormLayout(box)
        form.addRow("Providers to consider", self.providers)
        form.addRow("At most providers", self.max_providers)
        form.addRow("Budget", self.budget)
        form.addRow("Everyone needs", self.features)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.providers.itemChanged.connect(self.apply)
        self.features.itemChanged.connect(self.apply)
        self.max_providers.valueChanged.connect(self.apply)
        self.budget.valueChanged.connect(self.apply)

    def constraints(self) -> dict:
        out: dict = {}
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
        return out

    def apply(self, *_args) -> None:
        self.session.set_constraints(self.constraints())
