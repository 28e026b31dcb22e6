"""One QUndoCommand per catalogue edit, in the style of orange-canvas-core's document/commands.py.

Each command holds what it needs to redo and undo itself against the editor
session; the session applies the change and tells the views. Their texts, shown
by Undo and Redo, name the field and the entry as the editor sees them.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from tariff_advisor.editing.corrections import ProposedChange
from tariff_advisor.editing.fields import FieldPath, entry_name, field_label

from .field_names import in_sentence

if TYPE_CHECKING:
    from .session import CatalogueSession

Snapshot = dict[str, tuple[Path, str]]  # file name -> (path, text)


def set_field_text(session: CatalogueSession, file: str, kind: str | None, index: int, path: FieldPath) -> str:
    """'Set monthly fee of Kite 40', or 'Set provider currency of kite.yaml' for the provider settings."""
    return QCoreApplication.translate("commands", "Set {field} of {where}").format(
        **_field_and_where(session, file, kind, index, path)
    )


def _field_and_where(
    session: CatalogueSession, file: str, kind: str | None, index: int, path: FieldPath
) -> dict[str, str]:
    field = in_sentence(field_label(kind, ".".join(path)))
    return {"field": field, "where": file if kind is None else entry_name(session.document.entry(file, kind, index))}


class SetFieldCommand(QUndoCommand):
    """One field of one entry (or of the provider settings when kind is None)."""

    def __init__(self, session: CatalogueSession, file: str, kind: str | None, index: int, path: FieldPath, value: Any):
        super().__init__(set_field_text(session, file, kind, index, path))
        self.session, self.file, self.kind, self.index, self.path = session, file, kind, index, path
        self.value, self.old = copy.deepcopy(value), None

    def redo(self) -> None:
        self.old = self.session.apply_set(self.file, self.kind, self.index, self.path, copy.deepcopy(self.value))

    def undo(self) -> None:
        self.session.apply_set(self.file, self.kind, self.index, self.path, copy.deepcopy(self.old))


class ApplyCorrectionCommand(SetFieldCommand):
    """A correction request's change, as one step that also marks the request applied (until undone)."""

    def __init__(self, session: CatalogueSession, change: ProposedChange, request: Path):
        super().__init__(session, change.file, change.kind, change.index, change.path, change.value)
        self.setText(
            QCoreApplication.translate("commands", "Apply correction: {field} of {where}").format(
                **_field_and_where(session, change.file, change.kind, change.index, change.path)
            )
        )
        self.request = request

    def redo(self) -> None:
        super().redo()
        self.session.mark_applied(self.request, True)

    def undo(self) -> None:
        super().undo()
        self.session.mark_applied(self.request, False)


class InsertEntryCommand(QUndoCommand):
    def __init__(self, session: CatalogueSession, file: str, kind: str, index: int, entry: dict[str, Any], text: str):
        super().__init__(text)
        self.session, self.file, self.kind, self.index, self.entry = session, file, kind, index, copy.deepcopy(entry)

    def redo(self) -> None:
        self.session.apply_insert(self.file, self.kind, self.index, copy.deepcopy(self.entry))

    def undo(self) -> None:
        self.session.apply_remove(self.file, self.kind, self.index)


class RemoveEntryCommand(QUndoCommand):
    def __init__(self, session: CatalogueSession, file: str, kind: str, index: int):
        super().__init__(
            QCoreApplication.translate("RemoveEntryCommand", "Delete {entry_name}").format(
                entry_name=entry_name(session.document.entry(file, kind, index))
            )
        )
        self.session, self.file, self.kind, self.index = session, file, kind, index
        self.entry: dict[str, Any] = {}
        self.comment: Any = None  # ruamel's comment above the entry, put back with it

    def redo(self) -> None:
        self.entry, self.comment = self.session.apply_remove(self.file, self.kind, self.index)

    def undo(self) -> None:
        self.session.apply_insert(self.file, self.kind, self.index, self.entry, self.comment)


class SnapshotCommand(QUndoCommand):
    """A change to many entries at once (bulk edit, import): the files before and after, as their text."""

    def __init__(self, session: CatalogueSession, text: str, before: Snapshot, after: Snapshot):
        super().__init__(text)
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.session.apply_snapshot(self.after)

    def undo(self) -> None:
        self.session.apply_snapshot(self.before)
