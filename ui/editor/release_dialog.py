"""File -> Release: sign the saved catalogue folder as one release file, as `tariff-advisor catalogue release` does.

The editor first sees what changed since the previous release and how the example households' advice moves;
only then can the release be signed. Every check and the release itself are the domain's (release.building).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.i18n import money
from tariff_advisor.io.atomic import atomic_write_bytes
from tariff_advisor.release.building import ReleasePreview, build_release, preview_release
from tariff_advisor.release.manifest import check_version
from tariff_advisor.release.signing import load_private_key
from tariff_advisor.release.store import suggested_version

from .. import settings as keys
from ..accessibility import name_controls
from ..form_helpers import error_html
from ..tasks import Task
from .session import CatalogueSession


def release_refusal(session: CatalogueSession) -> str | None:
    """Why this catalogue cannot be released now (None: it can): only saved, valid catalogues are signed."""
    if session.modified:
        return QCoreApplication.translate(
            "release_dialog",
            "Not released: the catalogue has unsaved changes; save them first (a release holds the saved files)",
        )
    count = len(session.problems)
    if count:
        return (
            QCoreApplication.translate(
                "release_dialog", "Not released: the catalogue has 1 problem (see the Problems tab)"
            )
            if count == 1
            else QCoreApplication.translate(
                "release_dialog", "Not released: the catalogue has {count} problems (see the Problems tab)"
            ).format(count=count)
        )
    return None


def counts_text(counts: dict[str, int]) -> str:
    """What a release holds: "85 tariffs, 15 options, 2 family plans, 14 devices, 18 device offers"."""
    return QCoreApplication.translate(
        "release_dialog",
        "This release holds {tariffs} tariffs, {options} options, {family_plans} family plans, {devices} devices "
        "and {device_offers} device offers.",
    ).format(**{key: counts.get(key, 0) for key in ("tariffs", "options", "family_plans", "devices", "device_offers")})


def preview_text(preview: ReleasePreview) -> str:
    """The diff and the impact as an editor reads them, one line each."""
    lines = [counts_text(preview.counts)]
    if preview.changes is None:
        lines.append(QCoreApplication.translate("release_dialog", "No previous release given: no list of changes."))
    else:
        lines += [
            QCoreApplication.translate("release_dialog", "Changes: {summary}").format(
                summary=preview.changes.summary()
            ),
            *(f"  {c.describe()}" for c in preview.changes.changes),
        ]
    lines.append(
        QCoreApplication.translate(
            "release_dialog",
            "Impact on the example households (previous release, or the catalogue in use, -> this one):",
        )
    )
    for row in preview.impact:
        total = (
            "" if row.difference is None else ("+" if row.difference > 0 else "") + money(row.difference, row.currency)
        )
        plans = "; ".join(f"{m.member}: {m.before or '-'} -> {m.after or '-'}" for m in row.members)
        what = (
            QCoreApplication.translate("release_dialog", "unchanged")
            if row.unchanged
            else f"{total.strip()} {plans}".strip()
        )
        lines.append(f"  {row.household}: {what}{' (' + row.note + ')' if row.note else ''}")
    return "\n".join(lines)


class ReleaseDialog(QDialog):
    """The release's version, coverage, publisher, key and previous release; preview, then sign and write."""

    def __init__(self, folder: Path, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release the catalogue"))
        self.folder, self.settings = folder, settings
        self.written: Path | None = None
        self.version = self._field("version", suggested_version(dt.date.today()))
        self.coverage = self._field("coverage", "", self.tr("e.g. 4 of the 6 national networks; no resellers"))
        self.publisher = self._field("publisher", "", self.tr("who publishes it (default: the key's fingerprint)"))
        self.key_file = self._field("key_file", str(settings.value(keys.RELEASE_KEY_FILE, "") or ""))
        self.previous = self._field("previous", "", self.tr("optional: the previous release file, to list the changes"))
        self.output = self._field("output", "", self.tr("the release file to write (.zip)"))
        self.preview_view = QPlainTextEdit()
        self.preview_view.setObjectName("release_preview")
        self.preview_view.setReadOnly(True)
        self.message = QLabel()
        self.message.setObjectName("release_message")
        self.message.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Show changes and impact"))
        self.preview_button.setObjectName("release_preview_button")
        self.preview_button.clicked.connect(self.show_preview)
        self.busy = QProgressBar()  # the preview runs in the background: about a second
        self.busy.setObjectName("release_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy.setAccessibleName(self.tr("Computing the changes and the impact"))
        self.busy.hide()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: Task | None = None  # the preview running, if any
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.release_button = self.buttons.addButton(self.tr("Release"), QDialogButtonBox.ButtonRole.ActionRole)
        self.release_button.setObjectName("release_button")
        self.release_button.setEnabled(False)  # only after the editor has seen the changes and impact
        self.release_button.clicked.connect(self.release)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        for edit in (self.version, self.coverage, self.publisher, self.key_file, self.previous):
            edit.textEdited.connect(lambda _text: self._invalidate())  # preview again first

    def _field(self, name: str, text: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(f"release_{name}")
        edit.setPlaceholderText(hint)
        return edit

    def _file_row(self, edit: QLineEdit, title: str, saving: bool = False) -> QHBoxLayout:
        def choose() -> None:
            chooser = QFileDialog.getSaveFileName if saving else QFileDialog.getOpenFileName
            path, _ = chooser(self, title, edit.text())
            if path:
                edit.setText(path)
                self._invalidate()

        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(choose)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return row

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Coverage statement"), self.coverage)
        form.addRow(self.tr("Publisher"), self.publisher)
        form.addRow(
            self.tr("Private key file"), self._file_row(self.key_file, self.tr("The private key (catalogue keygen)"))
        )
        form.addRow(self.tr("Previous release"), self._file_row(self.previous, self.tr("The previous release file")))
        form.addRow(self.tr("Release file"), self._file_row(self.output, self.tr("Write the release to"), saving=True))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Release the saved catalogue in {folder}, signed with your key.").format(folder=self.folder))
        )
        layout.addLayout(form)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.busy, 1)
        layout.addLayout(preview_row)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        name_controls(self)  # what a screen reader says for each control
        self.resize(760, 560)

    def _previous(self) -> Path | None:
        text = self.previous.text().strip()
        return Path(text) if text else None

    def show_preview(self) -> None:
        """The diff since the previous release and the impact on the example households: seen before signing.

        Computed in the background (it optimises every example household twice); the dialog stays usable, and
        editing a field meanwhile drops the result that comes."""
        self._invalidate()
        try:
            version = check_version(self.version.text().strip())
            key = load_private_key(Path(self.key_file.text().strip()))
        except TariffAdvisorError as exc:
            self.message.setText(error_html(str(exc)))
            return
        task = Task(
            self.tr("previewing the release"), preview_release, self.folder, key, self._previous(), version=version
        )
        task.signals.succeeded.connect(self._show_preview)
        task.signals.failed.connect(lambda message: self.message.setText(error_html(message)))
        task.signals.finished.connect(lambda: self._finished(task))
        self.task = task
        self.preview_button.setEnabled(False)
        self.busy.show()
        self.message.setText(self.tr("Comparing with the previous release and optimising the example households..."))
        self.pool.start(task)

    def previewing(self) -> bool:
        return self.task is not None

    def _show_preview(self, preview: ReleasePreview) -> None:
        self.preview_view.setPlainText(preview_text(preview))
        self.message.setText(self.tr("Check the changes and the impact above, then Release signs and writes the file."))
        self.release_button.setEnabled(True)

    def _finished(self, task: Task) -> None:
        if task is self.task:
            self.task = None
            self.busy.hide()
            self.preview_button.setEnabled(True)

    def _invalidate(self) -> None:
        """A field changed: the preview shown (or coming) is no longer of this release."""
        self.release_button.setEnabled(False)
        if self.task is not None:
            self.task.cancel()  # its result is dropped when it comes
            self.task = None
            self.busy.hide()
            self.preview_button.setEnabled(True)
            self.message.setText(self.tr("A field changed: show the changes and impact again."))

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()  # closing: nobody waits for it
        super().done(result)

    def release(self) -> None:
        """Sign and write the release (the same checks as the CLI); remember the key file, never the key."""
        output = self.output.text().strip()
        if not output:
            self.message.setText(error_html(self.tr("Not released: choose the release file to write")))
            return
        try:
            key_path = Path(self.key_file.text().strip())
            built = build_release(
                self.folder,
                self.version.text().strip(),
                load_private_key(key_path),
                self.coverage.text().strip(),
                self.publisher.text().strip() or None,
                previous=self._previous(),
            )
            atomic_write_bytes(Path(output), built.data)
        except (TariffAdvisorError, OSError) as exc:
            self.message.setText(error_html(str(exc)))
            return
        self.settings.setValue(keys.RELEASE_KEY_FILE, str(key_path))
        self.written = Path(output)
        self.accept()
