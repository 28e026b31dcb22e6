"""Correction requests sent from the advisor ("Report a wrong price"), beside the editor's tables.

Each request shows the change it proposes to the open catalogue, or why it cannot be applied (the entry is
gone, the value breaks a rule). Apply is one undo step and the request is marked applied when the catalogue
is saved; Reject asks for the reason and writes it into the request file at once (it changes no price).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.editing.corrections import (
    NotApplicableError,
    ProposedChange,
    RequestFile,
    decide,
    describe,
    headline,
    propose,
    read_folder,
    read_request,
    rewrite_request,
)
from tariff_advisor.errors import Problem

from ..colours import muted_text, problem_text
from .session import CatalogueSession


class CorrectionsPanel(QWidget):
    impactRequested = Signal()  # "See impact": the review panel's Impact tab
    message = Signal(str)  # a refusal or a result, for the status bar
    titleChanged = Signal(str)  # the tab's title, with how many can be applied
    entryChosen = Signal(str, str, int, str)  # file, kind, index, field: show it in the tables

    def __init__(self, session: CatalogueSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder: Path | None = None
        self.files: list[RequestFile] = []
        self.summary = QLabel(self.tr("No folder of correction requests open (File → Open correction requests...)"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("correction_requests")
        self.list.currentRowChanged.connect(self._show_current)
        self.details = QLabel()
        self.details.setObjectName("correction_details")
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # the user's words stay words, markup included
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("apply_correction")
        self.apply_button.setToolTip(self.tr("Make the proposed change as one edit (Undo takes it back)"))
        self.apply_button.clicked.connect(self.apply_current)
        self.reject_button = QPushButton(self.tr("&Reject..."))
        self.reject_button.setObjectName("reject_correction")
        self.reject_button.setToolTip(self.tr("Record why the request is not applied, in its file, at once"))
        self.reject_button.clicked.connect(lambda: self.reject_current())
        impact = QPushButton(self.tr("See &impact"))
        impact.setToolTip(self.tr("What the applied changes do to the example households, before saving"))
        impact.clicked.connect(self.impactRequested)
        buttons = QHBoxLayout()
        for button in (self.apply_button, self.reject_button, impact):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        session.problemsChanged.connect(self.refresh)  # after every edit: an entry may be gone or changed
        session.correctionsChanged.connect(self.refresh)
        self.refresh()

    # -- the folder -----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open correction requests"), str(self.folder or ""))
        if folder:
            self.open_folder(Path(folder))

    def open_folder(self, folder: Path) -> None:
        try:
            self.files = read_folder(folder)
        except OSError as exc:
            self.message.emit(self.tr("Cannot read {folder}: {value}").format(folder=folder, value=exc.strerror or exc))
            return
        self.folder = folder
        self.refresh()
        self.list.setCurrentRow(0)

    # -- showing --------------------------------------------------------------------------------
    def proposal(self, row: int) -> ProposedChange | str:
        """The change of the request in `row`, or why there is none."""
        found = self.files[row]
        if found.request is None:
            return "; ".join(_where(p) + p.message for p in found.problems)
        if found.path in self.session.applied:
            return self.tr("applied; marked so in its file when the catalogue is saved")
        try:
            return propose(found.request, self.session.document)
        except NotApplicableError as exc:
            return str(exc)

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for row, found in enumerate(self.files):
            self.list.addItem(self._item(row, found))
        self.list.blockSignals(False)
        if self.folder is not None:
            open_count = sum(1 for r in range(len(self.files)) if isinstance(self.proposal(r), ProposedChange))
            self.summary.setText(
                self.tr("{count} requests in {name}; {open_count} can be applied").format(
                    count=len(self.files), name=self.folder.name, open_count=open_count
                )
            )
            self.summary.setToolTip(str(self.folder))
            self.titleChanged.emit(self.tr("Correction requests ({open_count} to apply)").format(open_count=open_count))
        self.list.setCurrentRow(min(current, self.list.count() - 1))
        self._show_current()

    def _item(self, row: int, found: RequestFile) -> QListWidgetItem:
        proposal = self.proposal(row)
        if found.request is None:
            item = QListWidgetItem(
                self.tr("{name}: cannot be read ({proposal})").format(name=found.path.name, proposal=proposal)
            )
        elif isinstance(proposal, ProposedChange):
            item = QListWidgetItem(describe(found.request, self.session.document))
        else:
            item = QListWidgetItem(f"{headline(found.request)} -> {found.request.correct_text} ({proposal})")
        if not isinstance(proposal, ProposedChange):
            decided = found.path in self.session.applied or (
                found.request is not None and found.request.status != "open"
            )
            item.setForeground(QBrush(muted_text() if decided else problem_text()))
        item.setToolTip(str(found.path))
        return item

    def _show_current(self, *_args: object) -> None:
        row = self.list.currentRow()
        proposal = self.proposal(row) if 0 <= row < len(self.files) else None
        self.apply_button.setEnabled(isinstance(proposal, ProposedChange))
        request = self.files[row].request if 0 <= row < len(self.files) else None
        self.reject_button.setEnabled(request is not None and request.status == "open" and proposal is not None)
        if request is None:
            self.details.setText(str(proposal or ""))
            return
        if isinstance(proposal, ProposedChange):
            self.entryChosen.emit(proposal.file, proposal.kind, proposal.index, ".".join(proposal.path))
        lines = [
            self.tr("{headline} ({entry_id} in {provider})").format(
                headline=headline(request), entry_id=request.entry_id, provider=request.provider
            ),
            self.tr("The catalogue said: {shown}; the sender says: {correct_text}").format(
                shown=_shown(request.catalogue_value), correct_text=request.correct_text
            ),
            self.tr("Why: {value}").format(value=request.description or self.tr("(no description)")),
            (self.tr("Sent {created} by {shop}") if request.shop else self.tr("Sent {created}")).format(
                created=request.created, shop=request.shop
            ),
        ]
        if request.catalogue_version:
            lines.append(self.tr("From the catalogue {version}").format(version=request.catalogue_version))
        if request.evidence:
            lines.append(self.tr("Evidence: {evidence}").format(evidence=request.evidence))
        if request.status != "open":
            lines.append(f"{request.status.capitalize()} {request.decided or ''} {request.reason}".rstrip())
        self.details.setText("\n".join(lines))

    # -- deciding -------------------------------------------------------------------------------
    def apply_current(self) -> None:
        row = self.list.currentRow()
        proposal = self.proposal(row) if 0 <= row < len(self.files) else self.tr("choose a request first")
        if not isinstance(proposal, ProposedChange):
            self.message.emit(self.tr("Not applied: {proposal}").format(proposal=proposal))
            return
        self.session.apply_correction(proposal, self.files[row].path)
        self.message.emit(
            self.tr("Applied ({undoText}); see its impact before saving").format(
                undoText=self.session.undo_stack.undoText()
            )
        )

    def reject_current(self, reason: str | None = None) -> bool:
        row = self.list.currentRow()
        found = self.files[row] if 0 <= row < len(self.files) else None
        if found is None or found.request is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self, self.tr("Reject the request"), self.tr("Why is it not applied?")
            )
            if not ok:
                return False
        try:
            rewrite_request(found.path, decide(found.request, "rejected", reason))
        except (OSError, ValueError) as exc:
            self.message.emit(self.tr("Not rejected: {exc}").format(exc=exc))
            return False
        request, problems = read_request(found.path)
        self.files[row] = RequestFile(found.path, request, tuple(problems))
        self.refresh()
        self.message.emit(self.tr("Rejected; the reason is in {name}").format(name=found.path.name))
        return True


def _where(problem: Problem) -> str:
    """'line 6, created: ': where in the request file (the folder's list already names the file)."""
    where = ", ".join(
        part
        for part in (
            QCoreApplication.translate("corrections_panel", "line {line}").format(line=problem.line)
            if problem.line
            else "",
            problem.field,
        )
        if part
    )
    return f"{where}: " if where else ""


def _shown(value: object) -> str:
    return QCoreApplication.translate("corrections_panel", "(not known)") if value is None else str(value)
