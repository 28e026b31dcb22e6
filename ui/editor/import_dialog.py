"""Import tariffs from a CSV/Excel table into the open catalogue: map the columns, preview every row, apply.

The preview lists each row as add, change (with the fields), unchanged or
reject (with the reason); applying is one undo step. A catalogue export (File > Export, with its
`entry` column) needs no mapping: it is read whole, provider settings, options and family plans too.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.editing.catalogue_csv import ENTRY_COLUMN
from tariff_advisor.editing.importing import (
    FIELDS,
    REQUIRED,
    ImportProfile,
    ImportResult,
    RowOutcome,
    apply_import,
    import_table,
    load_profile,
    plan_import,
    read_catalogue_table,
)
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.io.tables import read_table

from ..accessibility import name_controls
from ..form_helpers import error_html, file_picker, fill_table
from ..language import QT_TRANSLATE_NOOP
from .session import CatalogueSession

NONE = "(none)"
PREVIEW_COLUMNS = (
    QT_TRANSLATE_NOOP("import_dialog", "Row"),
    QT_TRANSLATE_NOOP("import_dialog", "Action"),
    QT_TRANSLATE_NOOP("import_dialog", "Tariff"),
    QT_TRANSLATE_NOOP("import_dialog", "Provider"),
    QT_TRANSLATE_NOOP("import_dialog", "Why / what changes"),
)


class CatalogueImportDialog(QDialog):
    def __init__(self, session: CatalogueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import tariffs from a table"))
        self.session = session
        # what the table gave (named so as not to hide QDialog.result()), and its planned outcome per row
        self.imported: ImportResult | None = None
        self.planned: list[RowOutcome] = []
        self.profile: ImportProfile | None = None
        self.whole = False  # the table is a catalogue export, read whole without a mapping
        self.table_file = QLineEdit()
        self.table_file.setObjectName("table_file")
        self.table_file.editingFinished.connect(self.read_header)
        self.profile_file = QLineEdit()
        self.profile_file.setPlaceholderText(
            self.tr("optional: a profile (units, 'unlimited' caps, eligibility, prices)")
        )
        self.profile_file.editingFinished.connect(self.load_profile_file)
        self.currency = QLineEdit("EUR")
        self.columns = {name: QComboBox() for name in FIELDS}
        grid = QGridLayout()
        for n, (name, combo) in enumerate(self.columns.items()):
            combo.setObjectName(f"column:{name}")
            combo.addItem(NONE)
            grid.addWidget(QLabel(name + (" *" if name in REQUIRED else "")), n // 2, (n % 2) * 2)
            grid.addWidget(combo, n // 2, (n % 2) * 2 + 1)
        preview = QPushButton(self.tr("Preview"))
        preview.setObjectName("preview")
        preview.clicked.connect(self.preview)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("import_dialog", c) for c in PREVIEW_COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(
            self.tr("Table"),
            file_picker(self.table_file, self.tr("Tariff table"), self.tr("Tables (*.csv *.xlsx *.xls)")),
        )
        form.addRow(
            self.tr("Profile"),
            file_picker(self.profile_file, self.tr("Import profile"), self.tr("Profiles (*.yaml *.yml)")),
        )
        form.addRow(self.tr("Currency"), self.currency)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Columns</b>: which column of the table holds each field (* required)")))
        layout.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(preview)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        name_controls(self)  # what a screen reader says for each control
        self.resize(980, 720)

    # -- the column-mapping step ---------------------------------------------------------
    def read_header(self) -> None:
        path = self.table_file.text().strip()
        try:
            header = [str(c) for c in read_table(path).columns] if path else []
        except TariffAdvisorError as exc:
            self.message.setText(error_html(str(exc)))
            return
        self.whole = ENTRY_COLUMN in header
        if self.whole:
            self.message.setText(self.tr("A catalogue export: every column is read as exported, no mapping needed."))
        wanted = dict(self.profile.columns) if self.profile else {}
        for name, combo in self.columns.items():
            combo.setEnabled(not self.whole)
            combo.clear()
            combo.addItems([NONE, *header])
            guess = wanted.get(name) or next((h for h in header if h.strip().lower() == name), None)
            combo.setCurrentText(guess if guess in header else NONE)

    def load_profile_file(self) -> None:
        path = self.profile_file.text().strip()
        if not path:
            self.profile = None
            return
        try:
            self.profile = load_profile(path)
        except TariffAdvisorError as exc:
            self.message.setText(error_html(str(exc)))
            return
        self.currency.setText(self.profile.currency)
        self.read_header()

    def current_profile(self) -> ImportProfile:
        chosen = {name: combo.currentText() for name, combo in self.columns.items() if combo.currentText() != NONE}
        missing = [name for name in REQUIRED if name not in chosen]
        if missing:
            raise ValueError(self.tr("choose the column for {join}").format(join=", ".join(missing)))
        base = self.profile.model_dump() if self.profile else {}
        base.update(columns=chosen, currency=self.currency.text().strip().upper())
        return ImportProfile.model_validate(base)

    # -- preview and apply -----------------------------------------------------------------
    def preview(self) -> bool:
        self.imported, self.planned = None, []
        self.ok.setEnabled(False)
        try:
            path = Path(self.table_file.text().strip())
            self.imported = read_catalogue_table(path) if self.whole else import_table(path, self.current_profile())
        except (TariffAdvisorError, ValueError) as exc:
            self.message.setText(error_html(str(exc)))
            self.table.setRowCount(0)
            return False
        self.planned = plan_import(self.session.document, self.imported)
        fill_table(self.table, [(o.row, o.action, o.tariff_id or "", o.provider or "", o.reason) for o in self.planned])
        counts = Counter(o.action for o in self.planned)
        self.message.setText(", ".join(f"{counts[a]} {a}" for a in ("add", "change", "unchanged", "reject")))
        self.ok.setEnabled(bool(counts["add"] or counts["change"]))
        return True

    def apply(self) -> None:
        imported = self.imported
        if imported is None:
            return
        count = sum(o.action in ("add", "change") for o in self.planned)
        self.session.change_many(
            self.tr("Import {count} entries from {name}").format(count=count, name=Path(self.table_file.text()).name),
            lambda doc: apply_import(doc, imported, self.planned),
        )
        self.accept()
