"""Reviewing edits before saving: what changed (against the saved files or another folder) and the impact
on the example households' recommendations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from tariff_advisor.editing.diff import CUSTOMER_WORDS, CatalogueDiff, diff_documents, provider_documents, show_value
from tariff_advisor.editing.fields import field_label
from tariff_advisor.editing.impact import HouseholdImpact, example_households, impact
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.i18n import money

from ..form_helpers import error_html, fill_table
from ..language import QT_TRANSLATE_NOOP
from ..tasks import Task
from .field_names import KINDS, header_text, kind_name
from .session import CatalogueSession

DIFF_COLUMNS = (
    QT_TRANSLATE_NOOP("review_panel", "Change"),
    QT_TRANSLATE_NOOP("review_panel", "Kind"),
    QT_TRANSLATE_NOOP("review_panel", "Id"),
    QT_TRANSLATE_NOOP("review_panel", "Provider"),
    QT_TRANSLATE_NOOP("review_panel", "Field"),
    QT_TRANSLATE_NOOP("review_panel", "Before"),
    QT_TRANSLATE_NOOP("review_panel", "After"),
)
IMPACT_COLUMNS = (
    QT_TRANSLATE_NOOP("review_panel", "Household"),
    QT_TRANSLATE_NOOP("review_panel", "Total before"),
    QT_TRANSLATE_NOOP("review_panel", "Total after"),
    QT_TRANSLATE_NOOP("review_panel", "Difference"),
    QT_TRANSLATE_NOOP("review_panel", "Plans that change"),
    QT_TRANSLATE_NOOP("review_panel", "Note"),
)


def _value(value: Any) -> str:
    return QCoreApplication.translate("review_panel", "(not set)") if value is None else str(value)


class DiffView(QWidget):
    def __init__(self, session: CatalogueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.other_folder: str | None = None
        self.diff: CatalogueDiff | None = None
        self.summary = QLabel()
        self.table = QTableWidget(0, len(DIFF_COLUMNS))
        self.table.setObjectName("diff_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("review_panel", c) for c in DIFF_COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        saved = QPushButton(self.tr("Against the saved files"))
        saved.clicked.connect(lambda: self.compare_with(None))
        other = QPushButton(self.tr("Against another folder..."))
        other.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(saved)
        row.addWidget(other)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        session.problemsChanged.connect(self._refresh_if_shown)  # emitted after every edit
        session.filesChanged.connect(self._refresh_if_shown)
        self.refresh()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Compare with the catalogue in"))
        if folder:
            self.compare_with(folder)

    def compare_with(self, folder: str | None) -> None:
        self.other_folder = folder
        self.refresh()

    def refresh(self) -> None:
        try:
            old = provider_documents(self.other_folder or self.session.document, saved=self.other_folder is None)
        except TariffAdvisorError as exc:
            self.summary.setText(error_html(str(exc)))
            return
        self.diff = diff_documents(old, provider_documents(self.session.document))
        rows = []
        for change in self.diff.changes:
            kind = kind_name(change.kind) if change.kind in KINDS else change.kind
            what = f"{change.title} ({change.id})" if change.title else change.id
            if change.kind in CUSTOMER_WORDS:  # a phone's or an offer's fields as the tables name them
                fields = [
                    (
                        header_text(field_label(change.kind, f.field)),
                        show_value(change.kind, f.field, f.old),
                        show_value(change.kind, f.field, f.new),
                    )
                    for f in change.fields
                ]
            else:
                fields = [(f.field, _value(f.old), _value(f.new)) for f in change.fields]
            if fields:
                rows += [(change.action, kind, what, change.provider, *field) for field in fields]
            else:
                rows.append((change.action, kind, what, change.provider, "", "", ""))
        fill_table(self.table, rows)
        against = self.other_folder or self.tr("the saved files")
        self.summary.setText(
            self.tr("Against {against}: {summary}").format(against=against, summary=self.diff.summary())
        )


class ImpactView(QWidget):
    computed = Signal()

    def __init__(self, session: CatalogueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.pool = session, QThreadPool(self)
        self.rows: list[HouseholdImpact] = []
        self.pool.setMaxThreadCount(1)  # one computation at a time: the button waits for it
        self.summary = QLabel(self.tr("How the example households' recommendations change under the edited catalogue."))
        self.summary.setWordWrap(True)
        self.button = QPushButton(self.tr("Compute impact"))
        self.button.setObjectName("compute_impact")
        self.button.clicked.connect(self.compute)
        self.table = QTableWidget(0, len(IMPACT_COLUMNS))
        self.table.setObjectName("impact_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("review_panel", c) for c in IMPACT_COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def compute(self) -> None:
        """Saved catalogue against the edited one, on a worker thread."""
        try:
            before, after = self.session.document.saved_catalogue(), self.session.document.catalogue()
        except TariffAdvisorError as exc:
            self.summary.setText(error_html(self.tr("fix the catalogue first: {exc}").format(exc=exc)))
            return
        self.button.setEnabled(False)
        self.summary.setText(self.tr("Optimising every example household twice..."))
        task = Task(self.tr("computing the impact"), impact, example_households(), before, after)
        task.signals.succeeded.connect(self._show)
        task.signals.failed.connect(self._failed)
        self.pool.start(task)

    def _failed(self, message: str) -> None:
        self.summary.setText(error_html(message))
        self.button.setEnabled(True)

    def _show(self, rows: list[HouseholdImpact]) -> None:
        self.rows = rows
        self.button.setEnabled(True)

        fill_table(
            self.table,
            [
                (
                    r.household,
                    money(r.before_total, missing=""),
                    money(r.after_total, missing=""),
                    "" if r.difference is None else ("+" if r.difference > 0 else "") + money(r.difference),
                    "; ".join(f"{m.member}: {m.before or '-'} -> {m.after or '-'}" for m in r.members),
                    r.note,
                )
                for r in rows
            ],
        )
        changed = sum(not r.unchanged for r in rows)
        self.summary.setText(
            self.tr(
                "{changed} of {count} example households get different advice or totals under the edited catalogue."
            ).format(changed=changed, count=len(rows))
        )
        self.computed.emit()
