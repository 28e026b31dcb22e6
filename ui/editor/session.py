"""The catalogue editor's state: the open document, its undo stack, the problems, the as-of date.

Views call the edit methods, which push one undo command each; commands call the
apply_* methods, which change the document and emit what changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from tariff_advisor.editing.document import CatalogueDocument, ProviderDocument, load_text, locate
from tariff_advisor.errors import Problem

from .commands import InsertEntryCommand, RemoveEntryCommand, SetFieldCommand, SnapshotCommand


class CatalogueSession(QObject):
    entriesReset = Signal(str, str)  # file, kind: rows were added or removed
    entryChanged = Signal(str, str, int)  # file, kind, index (kind "" for the provider settings)
    filesChanged = Signal()  # files were added or removed, or saved
    problemsChanged = Signal()
    asOfChanged = Signal()

    def __init__(self, document: CatalogueDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.as_of: dt.date | None = None  # None: show every tariff, whatever its dates
        self.problems: list[Problem] = []
        self._revalidate()

    @classmethod
    def open(cls, directory: str | Path, parent=None) -> CatalogueSession:
        return cls(CatalogueDocument.open(directory), parent)

    # -- edits (one undo command each) -------------------------------------------------
    def set_value(self, file: str, kind: str | None, index: int, path: tuple, value: Any) -> None:
        self.undo_stack.push(SetFieldCommand(self, file, kind, index, path, value))

    def insert_entry(self, file: str, kind: str, index: int, entry: dict, text: str = "Add entry") -> None:
        self.undo_stack.push(InsertEntryCommand(self, file, kind, index, entry, text))

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
    def apply_set(self, file: str, kind: str | None, index: int, path: tuple, value: Any) -> Any:
        if kind is None:
            old = self.document.set_section(file, path, value)
        else:
            old = self.document.set_value(file, kind, index, path, value)
        self.entryChanged.emit(file, kind or "", index)
        self._revalidate()
        return old

    def apply_insert(self, file: str, kind: str, index: int, entry: dict, comment=None) -> None:
        self.document.insert_entry(file, kind, index, entry, comment)
        self.entriesReset.emit(file, kind)
        self._revalidate()

    def apply_remove(self, file: str, kind: str, index: int) -> tuple[dict, object]:
        removed = self.document.pop_entry(file, kind, index)
        self.entriesReset.emit(file, kind)
        self._revalidate()
        return removed

    def _snapshot(self) -> dict[str, tuple[Path, str]]:
        # As text: ruamel's deepcopy drops the comment above a list's first item; dump and load keep it.
        return {name: (doc.path, doc.text()) for name, doc in self.document.files.items()}

    def apply_snapshot(self, snapshot: dict[str, tuple[Path, str]]) -> None:
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
            for kind in ("tariffs", "options", "family_plans"):
                self.entriesReset.emit(name, kind)
        self._revalidate()

    # -- saving ------------------------------------------------------------------------
    def save_all(self, overwrite_external: bool = False) -> list[str]:
        saved = self.document.save_all(overwrite_external)
        self.undo_stack.setClean()
        self.filesChanged.emit()
        return saved

    @property
    def modified(self) -> bool:
        return bool(self.document.modified_files())

    # -- problems ----------------------------------------------------------------------
    def _revalidate(self) -> None:
        self.problems = self.document.problems()
        self.problemsChanged.emit()

    def problems_of(self, file: str, kind: str, index: int) -> list[Problem]:
        path = str(self.document.files[file].path)
        return [p for p in self.problems if p.file == path and locate(p) == (kind, index)]
