"""The catalogue editor's state: the open document, its undo stack, the problems, the as-of date.

Views call the edit methods, which push one undo command each; commands call the
apply_* methods, which change the document and emit what changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from tariff_advisor.editing.corrections import ProposedChange, decide, read_request, rewrite_request
from tariff_advisor.editing.document import (
    LIST_KINDS,
    CatalogueDocument,
    ProviderDocument,
    get_path,
    load_text,
    locate,
    plain,
)
from tariff_advisor.editing.fields import FieldPath, field_errors, unchanged
from tariff_advisor.errors import Problem

from .commands import (
    ApplyCorrectionCommand,
    InsertEntryCommand,
    RemoveEntryCommand,
    SetFieldCommand,
    Snapshot,
    SnapshotCommand,
)


class CatalogueSession(QObject):
    entriesReset = Signal(str, str)  # file, kind: rows were added or removed
    entryChanged = Signal(str, str, int)  # file, kind, index (kind "" for the provider settings)
    filesChanged = Signal()  # files were added or removed, or saved
    problemsChanged = Signal()
    asOfChanged = Signal()
    correctionsChanged = Signal()  # a correction request was applied (or that was undone) or written back

    def __init__(self, document: CatalogueDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.as_of: dt.date | None = None  # None: show every tariff, whatever its dates
        self.problems: list[Problem] = []
        self.applied: set[Path] = set()  # correction requests applied by an edit not saved yet
        self._revalidate()

    @classmethod
    def open(cls, directory: str | Path, parent: QObject | None = None) -> CatalogueSession:
        return cls(CatalogueDocument.open(directory), parent)

    # -- edits (one undo command each) -------------------------------------------------
    def set_value(self, file: str, kind: str | None, index: int, path: FieldPath, value: Any) -> None:
        """Set a field as one undo step; setting what is already there is no step and leaves the file alone."""
        if unchanged(plain(self.stored(file, kind, index, path)), value):
            return
        self.undo_stack.push(SetFieldCommand(self, file, kind, index, path, value))

    def apply_correction(self, change: ProposedChange, request: Path) -> None:
        """A correction request's change as one undo step; the request is marked applied when the catalogue is saved."""
        self.undo_stack.push(ApplyCorrectionCommand(self, change, request))

    def mark_applied(self, request: Path, applied: bool) -> None:
        if applied:
            self.applied.add(request)
        else:
            self.applied.discard(request)
        self.correctionsChanged.emit()

    def stored(self, file: str, kind: str | None, index: int, path: FieldPath) -> Any:
        node = self.document.files[file].data if kind is None else self.document.entry(file, kind, index)
        return get_path(node, path)

    def insert_entry(self, file: str, kind: str, index: int, entry: dict[str, Any], text: str = "") -> None:
        self.undo_stack.push(InsertEntryCommand(self, file, kind, index, entry, text or self.tr("Add entry")))

    def remove_entry(self, file: str, kind: str, index: int) -> None:
        self.undo_stack.push(RemoveEntryCommand(self, file, kind, index))

    def change_many(self, text: str, change: Callable[[CatalogueDocument], Any]) -> Any:
        """Run `change` on the document as one undoable step (bulk edit, import)."""
        before = self._snapshot()
        result = change(self.document)
        for provider_file in self.document.files.values():
            provider_file.touch()  # `change` may have edited the trees directly
        after = self._snapshot()
        self.apply_snapshot(before)  # the command's redo applies it, so undo and redo are symmetric
        self.undo_stack.push(SnapshotCommand(self, text, before, after))
        return result

    def set_as_of(self, day: dt.date | None) -> None:
        self.as_of = day
        self.asOfChanged.emit()

    # -- applying (called by the commands) ---------------------------------------------
    def apply_set(self, file: str, kind: str | None, index: int, path: FieldPath, value: Any) -> Any:
        if kind is None:
            old = self.document.set_section(file, path, value)
        else:
            old = self.document.set_value(file, kind, index, path, value)
        self.entryChanged.emit(file, kind or "", index)
        self._revalidate()
        return old

    def apply_insert(self, file: str, kind: str, index: int, entry: dict[str, Any], comment: Any = None) -> None:
        self.document.insert_entry(file, kind, index, entry, comment)
        self.entriesReset.emit(file, kind)
        self._revalidate()

    def apply_remove(self, file: str, kind: str, index: int) -> tuple[dict[str, Any], Any]:
        removed = self.document.pop_entry(file, kind, index)
        self.entriesReset.emit(file, kind)
        self._revalidate()
        return removed

    def _snapshot(self) -> Snapshot:
        # As text: ruamel's deepcopy drops the comment above a list's first item; dump and load keep it.
        return {name: (doc.path, doc.text()) for name, doc in self.document.files.items()}

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        for name in list(self.document.files):
            if name not in snapshot:
                del self.document.files[name]  # added by the step being undone
        for name, (path, text) in snapshot.items():
            current = self.document.files.get(name)
            if current is None:  # removed by the step being undone, or never saved
                self.document.files[name] = ProviderDocument(path, load_text(text), None, "")
            else:  # what is on disk does not go back in time with the edit
                current.replace_data(load_text(text))
        self.filesChanged.emit()
        for name in self.document.files:
            for kind in LIST_KINDS:
                self.entriesReset.emit(name, kind)
        self._revalidate()

    # -- saving ------------------------------------------------------------------------
    def save_all(self, overwrite_external: bool = False) -> list[str]:
        saved = self.document.save_all(overwrite_external)
        self.undo_stack.setClean()
        self.filesChanged.emit()
        return saved

    def record_applied(self) -> list[Problem]:
        """After saving: write 'applied' into the requests whose change was saved (only a saved change is applied).

        Returns the requests that could not be written (the catalogue is saved whatever they say)."""
        problems = []
        for path in sorted(self.applied):
            request, read_problems = read_request(path)
            try:
                if request is None:
                    raise ValueError("; ".join(p.message for p in read_problems))
                if request.status != "open":  # another editor decided meanwhile: theirs stays
                    raise ValueError(self.tr("someone else marked it {status} meanwhile").format(status=request.status))
                rewrite_request(path, decide(request, "applied"))
            except (OSError, ValueError) as exc:
                problems.append(Problem(str(path), self.tr("not marked applied: {exc}").format(exc=exc)))
        self.applied.clear()
        self.correctionsChanged.emit()
        return problems

    @property
    def modified(self) -> bool:
        return bool(self.document.modified_files())

    # -- problems ----------------------------------------------------------------------
    def _revalidate(self) -> None:
        self.problems = [self._in_editors_words(p) for p in self.document.problems()]
        self.problemsChanged.emit()

    def file_of(self, problem: Problem) -> str | None:
        """The name of the open file a problem is in."""
        return next((n for n, f in self.document.files.items() if str(f.path) == problem.file), None)

    def _in_editors_words(self, problem: Problem) -> Problem:
        """The problem with the message the entry's cell shows for its field, when there is one."""
        where, file = locate(problem), self.file_of(problem)
        if where is None or file is None or not problem.field:
            return problem
        kind, index = where
        entries = self.document.entries(file, kind)
        entry = plain(entries[index]) if index < len(entries) else None
        message = field_errors(kind, entry).get(problem.field) if isinstance(entry, dict) else None
        return dataclasses.replace(problem, message=message) if message else problem

    def problems_of(self, file: str, kind: str, index: int) -> list[Problem]:
        path = str(self.document.files[file].path)
        return [p for p in self.problems if p.file == path and locate(p) == (kind, index)]

    def problems_in(self, file: str, kind: str | None, index: int) -> list[Problem]:
        """The problems of an entry, or (kind None) of the file's own settings."""
        if kind is not None:
            return self.problems_of(file, kind, index)
        path = str(self.document.files[file].path)
        return [p for p in self.problems if p.file == path and locate(p) is None]
