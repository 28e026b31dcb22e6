"""Import a member's usage from records: choose files and a mapping, preview the months, apply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.usage_import import aggregate, load_mapping, merge

PREVIEW_COLUMNS = ("month", "minutes", "rounded per call", "calls", "SMS", "data GB", "intl minutes")


def _picker(line: QLineEdit, caption: str, pattern: str, many: bool = False) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    button = QPushButton("Browse...")

    def browse() -> None:
        if many:
            paths, _ = QFileDialog.getOpenFileNames(box, caption, "", pattern)
            if paths:
                line.setText("; ".join(paths))
        else:
            path, _ = QFileDialog.getOpenFileName(box, caption, "", pattern)
            if path:
                line.setText(path)

    button.clicked.connect(browse)
    row.addWidget(line, 1)
    row.addWidget(button)
    return box


class ImportUsageDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Import usage from records")
        self.session = session
        self.history = None
        self.member = QComboBox()
        self.member.addItems(session.household.member_names)
        self.files = QLineEdit()
        self.files.setPlaceholderText("one or more CSV/Excel files, separated by ;")
        self.mapping = QLineEdit()
        self.mapping.setPlaceholderText("column mapping (YAML), e.g. examples/usage-mappings/...")
        self.only = QLineEdit()
        self.only.setPlaceholderText("optional: keep rows whose group column has this value")
        preview = QPushButton("Preview")
        preview.clicked.connect(self.preview)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.table.setHorizontalHeaderLabels(PREVIEW_COLUMNS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Use these months")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Member", self.member)
        form.addRow("Records", _picker(self.files, "Records", "Tables (*.csv *.xlsx *.xls)", many=True))
        form.addRow("Mapping", _picker(self.mapping, "Mapping", "Mappings (*.yaml *.yml)"))
        form.addRow("Only", self.only)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(preview)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(QLabel("Only the monthly totals are kept; the records are not stored."))
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    def preview(self) -> bool:
        self.history = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        files = [Path(p.strip()) for p in self.files.text().split(";") if p.strip()]
        try:
            if not files or not self.mapping.text().strip():
                raise ValueError("choose the records and a mapping first")
            mapping = load_mapping(self.mapping.text().strip())
            only = self.only.text().strip() or None
            imported = merge(*(aggregate(f, mapping, self.session.household.numbers(), only_group=only) for f in files))
        except (TariffAdvisorError, ValueError) as exc:
            self.message.setText(f"<span style='color:#A00'>{exc}</span>")
            self.table.setRowCount(0)
            return False
        self.history = imported.history()
        self.table.setRowCount(len(self.history))
        for row, u in enumerate(self.history):
            values = (u.month, f"{u.minutes:,.1f}", f"{u.minutes_rounded or 0:,.0f}", f"{u.calls:,.0f}", f"{u.sms:,.0f}",
                      f"{u.data_mb / 1024:,.2f}", f"{u.intl_minutes:,.1f}")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.message.setText(f"{imported.rows_read} records, {len(self.history)} months"
                             + (f"; {len(imported.rows_skipped)} rows are not usage" if imported.rows_skipped else ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.history))
        return bool(self.history)

    def apply(self) -> None:
        if self.history:
            name = self.member.currentText()
            self.session.update_household(self.session.household.with_member_usage(name, self.history))
            self.accept()
