"""What changed between two versions of a catalogue: entries added, removed, and changed field by field.

Entries are matched by provider and id, so moving an entry within its file is
not a change. Values are compared as the files state them (an absent field is
"not set", even where the format has a default), which is what an editor
reviewing a change wants to see.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from tariff_advisor.editing.document import (
    ENTRY_KINDS,
    CatalogueDocument,
    EntryKind,
    PlainDocument,
    plain,
    provider_id_of,
)
from tariff_advisor.i18n import N_, _

ChangedKind = EntryKind | Literal["provider"]  # "provider": the file's own settings
Action = Literal["added", "removed", "changed"]
KIND_NAMES: dict[ChangedKind, str] = {
    "tariffs": N_("tariff"),
    "options": N_("option"),
    "family_plans": N_("family plan"),
    "provider": N_("provider"),
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class EntryChange:
    provider: str
    kind: ChangedKind
    id: str
    action: Action
    fields: tuple[FieldChange, ...] = ()

    def describe(self) -> str:
        what = f"{_(KIND_NAMES[self.kind])} {self.id!r} ({self.provider})"
        if self.action == "added":
            return _("added {entry}").format(entry=what)
        if self.action == "removed":
            return _("removed {entry}").format(entry=what)
        fields = "; ".join(f"{c.field} {_show(c.old)} -> {_show(c.new)}" for c in self.fields)
        return _("changed {entry}: {fields}").format(entry=what, fields=fields)


@dataclass
class CatalogueDiff:
    changes: list[EntryChange] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        return not self.changes

    def of_action(self, action: Action) -> list[EntryChange]:
        return [c for c in self.changes if c.action == action]

    def to_json(self) -> str:
        return json.dumps(
            {"equal": self.equal, "changes": [asdict(c) for c in self.changes]}, indent=2, default=_json_value
        )

    def summary(self) -> str:
        if self.equal:
            return _("The catalogues are the same.")
        return _("{added} added, {removed} removed, {changed} changed entries").format(
            added=len(self.of_action("added")),
            removed=len(self.of_action("removed")),
            changed=len(self.of_action("changed")),
        )


def _show(value: Any) -> str:
    return _("(not set)") if value is None else json.dumps(value, default=_json_value)


def _json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def provider_documents(source: CatalogueDocument | str | Path, saved: bool = False) -> dict[str, PlainDocument]:
    """Provider id -> plain document, from a folder or an open document (saved=True: as last saved)."""
    document = source if isinstance(source, CatalogueDocument) else CatalogueDocument.open(source)
    if saved:
        data = document.saved_data()
        return {provider_id_of(value, Path(name).stem): plain(value) for name, value in data.items()}
    return {f.provider_id: plain(f.data) for f in document.files.values()}


def diff_documents(old: dict[str, PlainDocument], new: dict[str, PlainDocument]) -> CatalogueDiff:
    diff = CatalogueDiff()
    for provider in sorted(old.keys() | new.keys()):
        before, after = old.get(provider), new.get(provider)
        if before is None or after is None:
            diff.changes.append(EntryChange(provider, "provider", provider, "added" if before is None else "removed"))
        settings = [FieldChange(*c) for c in _field_changes(_settings(before or {}), _settings(after or {}))]
        if settings and before is not None and after is not None:
            diff.changes.append(EntryChange(provider, "provider", provider, "changed", tuple(settings)))
        for kind in ENTRY_KINDS:
            diff.changes += _entry_changes(provider, kind, _by_id(before, kind), _by_id(after, kind))
    return diff


def diff_folders(old: str | Path, new: str | Path) -> CatalogueDiff:
    return diff_documents(provider_documents(old), provider_documents(new))


def _settings(document: PlainDocument) -> PlainDocument:
    return {k: v for k, v in document.items() if k not in ENTRY_KINDS}


def _by_id(document: PlainDocument | None, kind: EntryKind) -> dict[str, PlainDocument]:
    entries = (document or {}).get(kind) or []
    return {str(e.get("id")): e for e in entries if isinstance(e, dict)}


def _entry_changes(
    provider: str, kind: EntryKind, before: dict[str, PlainDocument], after: dict[str, PlainDocument]
) -> list[EntryChange]:
    changes = []
    for ident in list(before) + [i for i in after if i not in before]:
        if ident not in after:
            changes.append(EntryChange(provider, kind, ident, "removed"))
        elif ident not in before:
            changes.append(EntryChange(provider, kind, ident, "added"))
        else:
            fields = tuple(FieldChange(*c) for c in _field_changes(before[ident], after[ident]))
            if fields:
                changes.append(EntryChange(provider, kind, ident, "changed", fields))
    return changes


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Nested maps as dotted keys; lists stay whole (a promotion list changes as one field)."""
    if isinstance(value, dict) and value:
        flat = {}
        for key, child in value.items():
            flat.update(_flatten(child, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    return {prefix: value}


def _field_changes(before: PlainDocument, after: PlainDocument) -> list[tuple[str, Any, Any]]:
    old, new = _flatten(before), _flatten(after)
    keys = list(old) + [k for k in new if k not in old]
    return [(k, old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)]
