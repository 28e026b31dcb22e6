"""One QUndoCommand per catalogue edit, in the style of orange-canvas-core's document/commands.py.

Each command holds what it needs to redo and undo itself against the editor
session; the session applies the change and tells the views.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand


class SetFieldCommand(QUndoCommand):
    """One field of one entry (or of the provider settings when kind is None)."""

    def __init__(self, session, file: str, kind: str | None, index: int, path: tuple, value: Any):
        super().__init__(f"Set {'.'.join(path)}")
        self.session, self.file, self.kind, self.index, self.path = session, file, kind, index, path
        self.value, self.old = copy.deepcopy(value), None

    def redo(self) -> None:
        self.old = self.session.apply_set(self.file, self.kind, self.index, self.path, copy.deepcopy(self.value))

    def undo(self) -> None:
        self.session.apply_set(self.file, self.kind, self.index, self.path, copy.deepcopy(self.old))


class InsertEntryCommand(QUndoCommand):
    def __init__(self, session, file: str, kind: str, index: int, entry: dict, text: str):
        super().__init__(text)
        self.session, self.file, self.kind, self.index, self.entry = session, file, kind, index, copy.deepcopy(entry)

    def redo(self) -> None:
        self.session.apply_insert(self.file, self.kind, self.index, copy.deepcopy(self.entry))

    def undo(self) -> None:
        self.session.apply_remove(self.file, self.kind, self.index)


class RemoveEntryCommand(QUndoCommand):
    def __init__(self, session, file: str, kind: str, index: int):
        super().__init__(f"Delete {session.document.entry(file, kind, index).get('id', 'entry')}")
        self.session, self.file, self.kind, self.index = session, file, kind, index
        self.entry, self.comment = None, None

    def redo(self) -> None:
        self.entry, self.comment = self.session.apply_remove(self.file, self.kind, self.index)

    def undo(self) -> None:
        self.session.apply_insert(self.file, self.kind, self.index, self.entry, self.comment)


class SnapshotCommand(QUndoCommand):
    """A change to many entries at once (bulk edit, import): the files before and after, as their text."""

    def __init__(self, session, text: str, before: dict, after: dict):
        super().__init__(text)
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.session.apply_snapshot(self.after)

    def undo(self) -> None:
        self.session.apply_snapshot(self.before)
