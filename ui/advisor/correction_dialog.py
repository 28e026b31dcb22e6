"""Report a wrong price: what the user believes is right about one tariff, written as a correction request.

The request goes to a folder the shop or user chooses (remembered), from where the catalogue's editors
open it (File → Open correction requests... in the editor). Nothing is sent anywhere by the app itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import tariff_advisor as ta
from tariff_advisor.catalogue.model import Tariff
from tariff_advisor.catalogue.schema import MB_PER_GB
from tariff_advisor.editing.corrections import MAX_TEXT, Value, column_of, new_request, write_request
from tariff_advisor.editing.fields import cell_text, unchanged

from .. import settings as keys
from ..accessibility import name_controls
from ..form_helpers import error_html
from ..language import QT_TRANSLATE_NOOP


def _allowance(amount: float, scale: float = 1.0) -> Value:
    return "unlimited" if math.isinf(amount) else round(amount / scale, 3)


# The fields a user can judge from a price list: (field path in the provider file, label, value of a tariff).
FIELDS: tuple[tuple[str, str, Callable[[Tariff], Value]], ...] = (
    ("monthly_fee", QT_TRANSLATE_NOOP("correction_dialog", "Monthly fee"), lambda t: t.monthly_fee),
    (
        "allowances.data_gb",
        QT_TRANSLATE_NOOP("correction_dialog", "Data (GB)"),
        lambda t: _allowance(t.allowance.data_mb, MB_PER_GB),
    ),
    (
        "allowances.minutes",
        QT_TRANSLATE_NOOP("correction_dialog", "Minutes"),
        lambda t: _allowance(t.allowance.minutes),
    ),
    ("allowances.sms", "SMS", lambda t: _allowance(t.allowance.sms)),
    ("activation_fee", QT_TRANSLATE_NOOP("correction_dialog", "Activation fee"), lambda t: t.activation_fee),
    ("contract_months", QT_TRANSLATE_NOOP("correction_dialog", "Contract months"), lambda t: t.contract_months),
)


class CorrectionDialog(QDialog):
    def __init__(self, tariff: Tariff, catalogue: ta.Catalogue, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.tariff, self.catalogue, self.settings = tariff, catalogue, settings
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Report a wrong price"))
        provider = catalogue.providers[tariff.provider].name if tariff.provider in catalogue.providers else ""
        intro = QLabel(
            self.tr(
                "{tariff} ({provider}): say what is wrong, and the catalogue's editors will check it and "
                "correct the catalogue."
            ).format(tariff=tariff.name, provider=provider or tariff.provider)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # a tariff's name is never markup
        intro.setWordWrap(True)
        self.field = QComboBox()
        self.field.setObjectName("field")
        for key, label, _ in FIELDS:
            self.field.addItem(QCoreApplication.translate("correction_dialog", label), key)
        self.shown = QLabel()
        self.shown.setObjectName("catalogue_value")
        self.correct = QLineEdit()
        self.correct.setObjectName("correct")
        self.correct.setMaxLength(200)
        self.correct.setToolTip(self.tr("The value you believe is right, e.g. 17.99, 40 or unlimited"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("Where you saw it (price list, website, shop window) and when"))
        self.description.setTabChangesFocus(True)
        self.evidence = QLineEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText(self.tr("optional: a photo or PDF of the price list"))
        self.shop = QLineEdit()
        self.shop.setObjectName("shop")
        self.shop.setMaxLength(200)
        self.shop.setPlaceholderText(self.tr("optional"))
        self.folder = QLineEdit(str(settings.value(keys.CORRECTIONS_FOLDER, "") or ""))
        self.folder.setObjectName("folder")
        self.folder.setToolTip(
            self.tr("Where the request is saved: a folder the catalogue's editors read (a shared folder)")
        )
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Wrong &field:"), self.field)
        form.addRow(self.tr("The catalogue says:"), self.shown)
        form.addRow(self.tr("What is &right:"), self.correct)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(
            self.tr("&Evidence:"), self._with_button(self.evidence, self.tr("Browse..."), self._choose_evidence)
        )
        form.addRow(self.tr("&Shop:"), self.shop)
        form.addRow(
            self.tr("Save &to folder:"), self._with_button(self.folder, self.tr("Choose..."), self._choose_folder)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save request"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._field_chosen)
        self._field_chosen()
        name_controls(self)  # what a screen reader says for each control
        self.resize(520, self.sizeHint().height())

    def _with_button(self, edit: QLineEdit, text: str, slot: Callable[[], None]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return row

    def catalogue_value(self) -> Value:
        return FIELDS[self.field.currentIndex()][2](self.tariff)

    def _field_chosen(self, *_args: object) -> None:
        """Show the catalogue's value and start the answer from it: most corrections change a digit or two."""
        text = cell_text(self.catalogue_value(), column_of("tariffs", self.field.currentData()))
        self.shown.setText(text)
        self.correct.setText(text)
        self.correct.selectAll()

    def _choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence of the right price"))
        if path:
            self.evidence.setText(path)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save correction requests in"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> Path:
        """Write the request; ValueError or OSError saying what to correct."""
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        if folder is None or not folder.is_dir():
            raise ValueError(self.tr("choose the folder to save the request in (one the catalogue's editors read)"))
        description = self.description.toPlainText().strip()
        if len(description) > MAX_TEXT:
            raise ValueError(
                self.tr("the description is longer than {MAX_TEXT} characters; shorten it").format(MAX_TEXT=MAX_TEXT)
            )
        request = new_request(
            self.tariff.provider,
            "tariffs",
            self.tariff.id,
            self.field.currentData(),
            self.correct.text(),
            self.catalogue_value(),
            entry_name=self.tariff.name,
            description=description,
            evidence=self.evidence.text().strip() or None,
            shop=self.shop.text().strip() or None,
            catalogue_version=self.catalogue.source_dir,  # the folder priced with, until releases carry a version
        )
        if unchanged(request.catalogue_value, request.correct_value):
            raise ValueError(self.tr("that is what the catalogue says; type the value you believe is right"))
        path = write_request(folder, request)
        self.settings.setValue(keys.CORRECTIONS_FOLDER, str(folder))
        return path

    def accept(self) -> None:
        try:
            self.saved_path = self.save()
        except (ValueError, OSError) as exc:
            self.error.setText(error_html(str(exc)))
            return
        QMessageBox.information(
            self,
            self.tr("Correction request saved"),
            self.tr(
                "Saved as {file} in {folder}.\n"
                "The catalogue's editors open it with File → Open correction requests... in the catalogue editor."
            ).format(file=self.saved_path.name, folder=self.saved_path.parent),
        )
        super().accept()
