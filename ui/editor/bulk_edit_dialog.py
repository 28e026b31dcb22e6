"""Change one number of many entries at once, e.g. every monthly fee of a provider +1.00 or +5%."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QRadioButton,
    QWidget,
)

from tariff_advisor.editing.document import adjust
from tariff_advisor.editing.fields import COLUMNS
from tariff_advisor.i18n import number
from tariff_advisor.i18n import percent as percent_text

from ..accessibility import name_controls
from .field_names import header_text, in_sentence

if TYPE_CHECKING:
    from .session import CatalogueSession

NUMERIC_FIELDS = {
    "tariffs": (
        "monthly_fee",
        "activation_fee",
        "allowances.data_gb",
        "allowances.minutes",
        "allowances.sms",
        "out_of_bundle.minute",
        "out_of_bundle.sms",
    ),
    "options": ("monthly_fee", "adds.data_gb", "adds.minutes"),
    "family_plans": ("base_fee", "pool.data_gb"),
    "device_offers": ("monthly_fee", "upfront"),
    "devices": ("retail_price",),
}


class BulkEditDialog(QDialog):
    def __init__(
        self, session: CatalogueSession, file: str, kind: str, selected_rows: list[int], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change many entries"))
        self.session, self.file, self.kind, self.selected_rows = session, file, kind, selected_rows
        self.headers = {c.key: c.header for c in COLUMNS[kind]}  # the domain's words, translated where shown
        self.field = QComboBox()
        for key in NUMERIC_FIELDS[kind]:
            self.field.addItem(header_text(self.headers.get(key, key)), key)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(-1000, 1000)
        self.amount.setDecimals(2)
        self.amount.setSuffix(self.tr(" (added)"))
        self.percent = QDoubleSpinBox()
        self.percent.setRange(-99, 1000)
        self.percent.setDecimals(1)
        self.percent.setSuffix(" %")
        self.scope = QButtonGroup(self)
        self.only_selected = QRadioButton(self.tr("The {count} selected rows").format(count=len(selected_rows)))
        self.whole_file = QRadioButton(self.tr("Every entry in {file}").format(file=file))
        self.every_file = QRadioButton(self.tr("Every entry of every provider"))
        for button in (self.only_selected, self.whole_file, self.every_file):
            self.scope.addButton(button)
        (self.only_selected if selected_rows else self.whole_file).setChecked(True)
        self.only_selected.setEnabled(bool(selected_rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Change by amount"), self.amount)
        form.addRow(self.tr("and by percent"), self.percent)
        form.addRow(self.tr("Apply to"), self.only_selected)
        form.addRow("", self.whole_file)
        form.addRow("", self.every_file)
        form.addRow(buttons)
        name_controls(self)  # what a screen reader says for each control

    def targets(self) -> list[tuple[str, int]]:
        if self.only_selected.isChecked():
            return [(self.file, row) for row in self.selected_rows]
        files = [self.file] if self.whole_file.isChecked() else list(self.session.document.files)
        return [(f, i) for f in files for i in range(len(self.session.document.entries(f, self.kind)))]

    def apply(self) -> int:
        """Make the change as one undo step; returns how many entries changed."""
        path = tuple(str(self.field.currentData()).split("."))
        amount, percent = self.amount.value(), self.percent.value()
        targets = self.targets()
        what = self.tr("{count} entries").format(count=len(targets)) if len(targets) != 1 else self.tr("one entry")
        key = str(self.field.currentData())
        field = in_sentence(self.headers.get(key, key))
        text = self.tr("Change {field} of {what} by {amount} and {percent}").format(
            field=field,
            what=what,
            amount=("+" if amount > 0 else "") + number(amount, 2),
            percent=("+" if percent > 0 else "") + percent_text(percent, 1),
        )
        changed: int = self.session.change_many(
            text, lambda doc: adjust(doc, targets, self.kind, path, amount, percent)
        )
        return changed

    def accept(self) -> None:
        self.apply()
        super().accept()
