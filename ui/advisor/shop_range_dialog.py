"""The shop range: the tariffs a shop can sell, chosen once and kept (QSettings) for every customer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.i18n import money, number

from ..accessibility import name_controls


class ShopRangeDialog(QDialog):
    def __init__(self, catalogue: Catalogue, selected: set[str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shop range: the tariffs this shop sells"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shop_range")
        self.tree.setHeaderLabels([self.tr("Tariff"), self.tr("Monthly fee"), self.tr("Data GB")])
        self.items: dict[str, QTreeWidgetItem] = {}
        for provider in catalogue.providers.values():
            parent_item = QTreeWidgetItem([provider.name])
            parent_item.setFlags(parent_item.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            self.tree.addTopLevelItem(parent_item)
            for tariff in catalogue.tariffs_of(provider.id):
                data = tariff.allowance.data_mb / 1024
                item = QTreeWidgetItem(
                    [
                        f"{tariff.name} ({tariff.id})",
                        money(tariff.monthly_fee),
                        self.tr("unlimited") if data == float("inf") else number(data, -2),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, tariff.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = selected is None or tariff.id in selected
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                parent_item.addChild(item)
                self.items[tariff.id] = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or id"))
        self.filter.textChanged.connect(self._filter)
        everything, nothing = QPushButton(self.tr("All")), QPushButton(self.tr("None"))
        everything.clicked.connect(lambda: self._check_all(True))
        nothing.clicked.connect(lambda: self._check_all(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(everything)
        top.addWidget(nothing)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Only checked tariffs are recommended. The range is kept for the next customers."))
        )
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        name_controls(self)  # what a screen reader says for each control
        self.resize(560, 640)

    def _filter(self, text: str) -> None:
        text = text.lower()
        for item in self.items.values():
            item.setHidden(bool(text) and text not in item.text(0).lower())

    def _check_all(self, checked: bool) -> None:
        for item in self.items.values():
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def selected(self) -> set[str] | None:
        """The checked tariff ids; None when every tariff is (no restriction)."""
        chosen = {t for t, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked}
        return None if len(chosen) == len(self.items) else chosen
