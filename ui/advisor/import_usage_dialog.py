"""Import a member's usage from records: choose files and a mapping, preview the months, apply.

The months are added to the member's history (SMS after calls), or replace it; the same kind of record twice
for a month is refused with the months named, and nothing changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.i18n import _
from tariff_advisor.io.tables import read_table
from tariff_advisor.usage.household_import import checked, with_imported
from tariff_advisor.usage.mapping import Columns, UsageMapping, load_mapping, save_mapping
from tariff_advisor.usage.records import HISTORY_COLUMNS, ImportedUsage, aggregate, history_row, merge

from ..accessibility import name_controls
from ..form_helpers import error_html, file_picker, fill_table
from ..language import QT_TRANSLATE_NOOP
from .session import AdvisorSession

NONE = "(none)"
FIELD_HELP = {
    "date": QT_TRANSLATE_NOOP("import_usage_dialog", "date (required)"),
    "kind": QT_TRANSLATE_NOOP("import_usage_dialog", "call / sms / data"),
    "amount": QT_TRANSLATE_NOOP("import_usage_dialog", "duration or volume"),
    "number": QT_TRANSLATE_NOOP("import_usage_dialog", "number called"),
    "network": QT_TRANSLATE_NOOP("import_usage_dialog", "destination network"),
    "month": QT_TRANSLATE_NOOP("import_usage_dialog", "billing month"),
    "group": QT_TRANSLATE_NOOP("import_usage_dialog", "subscriber column"),
}


class ImportUsageDialog(QDialog):
    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import usage from records"))
        self.session = session
        self.imported: ImportedUsage | None = None
        self.notes: list[str] = []  # what the last import said (histories replaced, months added to)
        self.member = QComboBox()
        self.member.addItems(session.household.member_names)
        self.files = QLineEdit()
        self.files.setPlaceholderText(self.tr("one or more CSV/Excel files, separated by ;"))
        self.mapping = QLineEdit()
        self.mapping.setPlaceholderText(self.tr("optional: a saved mapping (YAML) to start from"))
        self.mapping.editingFinished.connect(self.load_mapping_file)
        self.files.editingFinished.connect(self.read_header)
        self.columns = {name: QComboBox() for name in Columns.model_fields}
        for name, combo in self.columns.items():
            combo.setObjectName(f"column:{name}")
            combo.setToolTip(QCoreApplication.translate("import_usage_dialog", FIELD_HELP[name]))
        self.kind = QComboBox()
        self.kind.addItems([NONE, "call", "sms", "data"])
        self.call_unit = QComboBox()
        self.call_unit.addItems(["seconds", "minutes"])
        self.data_unit = QComboBox()
        self.data_unit.addItems(["mb", "kb", "gb", "bytes"])
        self.date_order = QComboBox()
        self.date_order.addItems(["auto", "day_first", "month_first"])
        self.loaded: UsageMapping | None = None
        self.only = QLineEdit()
        self.only.setPlaceholderText(self.tr("optional: keep rows whose group column has this value"))
        self.add = QCheckBox(self.tr("Add to the member's history (e.g. SMS after calls); unticked: replace it"))
        self.add.setChecked(True)
        preview = QPushButton(self.tr("Preview"))
        preview.clicked.connect(self.preview)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, len(HISTORY_COLUMNS))
        self.table.setHorizontalHeaderLabels([_(c) for c in HISTORY_COLUMNS])
        self.table.setAccessibleName(self.tr("Monthly totals to import"))  # nothing above it names it
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these months"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Member"), self.member)
        form.addRow(
            self.tr("Records"),
            file_picker(self.files, self.tr("Records"), self.tr("Tables (*.csv *.xlsx *.xls)"), many=True),
        )
        form.addRow(
            self.tr("Mapping"), file_picker(self.mapping, self.tr("Mapping"), self.tr("Mappings (*.yaml *.yml)"))
        )
        for name, combo in self.columns.items():
            form.addRow(
                self.tr("Column: {field}").format(
                    field=QCoreApplication.translate("import_usage_dialog", FIELD_HELP[name])
                ),
                combo,
            )
        form.addRow(self.tr("Whole file is (no kind column)"), self.kind)
        form.addRow(self.tr("Call durations in"), self.call_unit)
        form.addRow(self.tr("Data volumes in"), self.data_unit)
        form.addRow(self.tr("Dates"), self.date_order)
        form.addRow(self.tr("Only"), self.only)
        form.addRow("", self.add)
        save = QPushButton(self.tr("Save mapping..."))
        save.clicked.connect(self.save_mapping)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(preview)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("Only the monthly totals are kept; the records are not stored.")))
        layout.addWidget(self.buttons)
        name_controls(self)  # what a screen reader says for each control
        self.resize(760, 760)

    # -- the column-mapping step ---------------------------------------------------------
    def _files(self) -> list[Path]:
        return [Path(p.strip()) for p in self.files.text().split(";") if p.strip()]

    def read_header(self) -> None:
        """Offer the first file's own columns in every column choice."""
        files = self._files()
        try:
            delimiter = self.loaded.delimiter if self.loaded is not None else None
            header = [str(c) for c in read_table(files[0], delimiter).columns] if files else []
        except TariffAdvisorError as exc:
            self.message.setText(error_html(str(exc)))
            header = []
        for combo in self.columns.values():
            current = combo.currentText()
            combo.clear()
            combo.addItems([NONE, *header])
            combo.setCurrentText(current if current in header else NONE)
        if self.loaded is not None:
            self._show_mapping(self.loaded)

    def load_mapping_file(self) -> None:
        if not self.mapping.text().strip():
            return
        try:
            self.loaded = load_mapping(self.mapping.text().strip())
        except TariffAdvisorError as exc:
            self.message.setText(error_html(str(exc)))
            return
        self._show_mapping(self.loaded)

    def _show_mapping(self, mapping: UsageMapping) -> None:
        for name, column in mapping.columns.model_dump().items():
            combo = self.columns[name]
            if column and combo.findText(column) < 0:
                combo.addItem(column)
            combo.setCurrentText(column or NONE)
        self.kind.setCurrentText(mapping.kind or NONE)
        self.call_unit.setCurrentText(mapping.call_unit)
        self.data_unit.setCurrentText(mapping.data_unit)
        self.date_order.setCurrentText(mapping.date_order)

    def current_mapping(self) -> UsageMapping:
        chosen = {
            name: combo.currentText()
            for name, combo in self.columns.items()
            if combo.currentText() and combo.currentText() != NONE
        }
        if "date" not in chosen:
            raise ValueError(self.tr("choose the column that holds the date"))
        base = self.loaded.model_dump() if self.loaded is not None else {}
        base.update(
            columns=chosen,
            kind=None if self.kind.currentText() == NONE else self.kind.currentText(),
            call_unit=self.call_unit.currentText(),
            data_unit=self.data_unit.currentText(),
            date_order=self.date_order.currentText(),
        )
        return UsageMapping.model_validate(base)

    def save_mapping(self) -> None:
        try:
            mapping = self.current_mapping()
        except ValueError as exc:
            self.message.setText(error_html(str(exc)))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save mapping"), "mapping.yaml", self.tr("Mappings (*.yaml)")
        )
        if path:
            save_mapping(mapping, path)
            self.message.setText(self.tr("mapping saved to {path}").format(path=path))

    def preview(self) -> bool:
        self.imported = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        files = self._files()
        try:
            if not files:
                raise ValueError(self.tr("choose the records first"))
            mapping = self.current_mapping()
            only = self.only.text().strip() or None
            imported = merge(*(aggregate(f, mapping, self.session.household.numbers(), only_group=only) for f in files))
        except (TariffAdvisorError, ValueError) as exc:
            self.message.setText(error_html(str(exc)))
            self.table.setRowCount(0)
            return False
        history = imported.history()
        fill_table(self.table, [history_row(u) for u in history])
        if not history:
            whose = self.tr(" where the group column is {only!r}").format(only=only) if only else ""
            self.message.setText(
                error_html(
                    self.tr("no usage rows{whose} in {join}").format(whose=whose, join=", ".join(f.name for f in files))
                )
            )
            return False
        empty = [Path(f.file).name for f in imported.files if not f.groups]
        self.message.setText(
            self.tr("{rows_read} records, {count} months").format(rows_read=imported.rows_read, count=len(history))
            + (
                self.tr("; {count} rows are not usage").format(count=len(imported.rows_skipped))
                if imported.rows_skipped
                else ""
            )
            + (
                self.tr("; no rows in {join} (counted as none of that usage)").format(join=", ".join(empty))
                if empty
                else ""
            )
        )
        self.imported = imported
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def apply(self) -> None:
        """Add the months to the member's history (or replace it); an overlap is said and nothing changes."""
        if self.imported is None:
            return
        name = self.member.currentText()
        household = self.session.household
        try:
            updated, notes = with_imported(
                household, [(name, "")], self.imported, not self.add.isChecked(), household.source or "household"
            )
            checked(updated, Path(household.source or "household.yaml"))  # never a household that would not load
        except TariffAdvisorError as exc:
            self.message.setText(error_html(str(exc)))
            return
        self.session.update_household(updated)
        self.notes = notes
        self.accept()
