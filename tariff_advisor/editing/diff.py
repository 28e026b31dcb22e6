"""What changed between two versions of a catalogue: entries added, removed, and changed field by field.

Entries are matched by provider and id, so moving an entry within its file is
not a change. Values are compared as the files state them (an absent field is
"not set", even where the format has a default), which is what an editor
reviewing a change wants to see. Phones and device offers are described as a
customer names them ("iPhone 17 256 GB: retail price 949.00 → 929.00").
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from tariff_advisor.editing.document import (
    LIST_KINDS,
    CatalogueDocument,
    ListKind,
    PlainDocument,
    plain,
    provider_id_of,
)
from tariff_advisor.editing.fields import COLUMNS, MONEY, device_title, field_label, mid_sentence
from tariff_advisor.i18n import N_, _, money

ChangedKind = ListKind | Literal["provider"]  # "provider": the file's own settings
Action = Literal["added", "removed", "changed"]
KIND_NAMES: dict[ChangedKind, str] = {
    "tariffs": N_("tariff"),
    "options": N_("option"),
    "family_plans": N_("family plan"),
    "device_offers": N_("device offer"),
    "devices": N_("device"),
    "provider": N_("provider"),
}
CUSTOMER_WORDS = ("devices", "device_offers")  # described as a customer names them


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
    title: str = ""  # a phone or an offer as a customer names it ("iPhone 17 256 GB at Nordwave Mobile")

    def describe(self) -> str:
        if self.kind in CUSTOMER_WORDS and self.title:
            return self._in_customers_words()
        what = f"{_(KIND_NAMES[self.kind])} {self.id!r} ({self.provider})"
        if self.action == "added":
            return _("added {entry}").format(entry=what)
        if self.action == "removed":
            return _("removed {entry}").format(entry=what)
        fields = "; ".join(f"{c.field} {_show(c.old)} -> {_show(c.new)}" for c in self.fields)
        return _("changed {entry}: {fields}").format(entry=what, fields=fields)

    def _in_customers_words(self) -> str:
        """ "iPhone 17 256 GB: retail price 949.00 → 929.00"; "new device offer iPhone 17 256 GB at ..."."""
        if self.action == "added":
            return _("new {kind}: {title} ({id})").format(kind=_(KIND_NAMES[self.kind]), title=self.title, id=self.id)
        if self.action == "removed":
            return _("{kind} removed: {title} ({id})").format(
                kind=_(KIND_NAMES[self.kind]).capitalize(), title=self.title, id=self.id
            )
        fields = "; ".join(
            f"{mid_sentence(field_label(self.kind, c.field))} {show_value(self.kind, c.field, c.old)} → "
            f"{show_value(self.kind, c.field, c.new)}"
            for c in self.fields
        )
        return f"{self.title}: {fields}"


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


def show_value(kind: str, field: str, value: Any) -> str:
    """A changed value as people read it: money as the locale writes it (929.00), lists comma-separated."""
    if value is None:
        return _("(not set)")
    kinds = {column.key: column.kind for column in COLUMNS.get(kind, ())}
    if kinds.get(field) == MONEY and isinstance(value, (int, float)) and not isinstance(value, bool):
        return money(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


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
    names = _Names(old, new)
    for provider in sorted(old.keys() | new.keys()):
        before, after = old.get(provider), new.get(provider)
        if before is None or after is None:
            diff.changes.append(EntryChange(provider, "provider", provider, "added" if before is None else "removed"))
        settings = [FieldChange(*c) for c in _field_changes(_settings(before or {}), _settings(after or {}))]
        if settings and before is not None and after is not None:
            diff.changes.append(EntryChange(provider, "provider", provider, "changed", tuple(settings)))
        for kind in LIST_KINDS:
            diff.changes += [
                replace(change, title=names.title(change, after or before or {}))
                for change in _entry_changes(provider, kind, _by_id(before, kind), _by_id(after, kind))
            ]
    return diff


class _Names:
    """Phones by id (as the new catalogue names them, else the old) and provider names, for the titles."""

    def __init__(self, old: dict[str, PlainDocument], new: dict[str, PlainDocument]) -> None:
        self.devices = {
            ident: device_title(entry)
            for documents in (old, new)  # the new names win
            for document in documents.values()
            for ident, entry in _by_id(document, "devices").items()
        }

    def title(self, change: EntryChange, document: PlainDocument) -> str:
        if change.kind == "devices":
            entry = _by_id(document, "devices").get(change.id)
            return device_title(entry) if entry else self.devices.get(change.id, change.id)
        if change.kind != "device_offers":
            return ""
        offer = _by_id(document, "device_offers").get(change.id) or {}
        provider = document.get("provider") or {}
        name = provider.get("name", change.provider) if isinstance(provider, dict) else change.provider
        phone = self.devices.get(str(offer.get("device")), str(offer.get("device", "?")))
        tariffs = offer.get("tariffs")
        which = (
            _("{tier} tariffs").format(tier=offer.get("tier"))
            if offer.get("tier")
            else ", ".join(str(t) for t in tariffs)
            if isinstance(tariffs, list)
            else "?"
        )
        return _("{phone} at {provider} ({which})").format(phone=phone, provider=name, which=which)


def diff_folders(old: str | Path, new: str | Path) -> CatalogueDiff:
    return diff_documents(provider_documents(old), provider_documents(new))


def _settings(document: PlainDocument) -> PlainDocument:
    return {k: v for k, v in document.items() if k not in LIST_KINDS}


def _by_id(document: PlainDocument | None, kind: ListKind) -> dict[str, PlainDocument]:
    entries = (document or {}).get(kind) or []
    return {str(e.get("id")): e for e in entries if isinstance(e, dict)}


def _entry_changes(
    provider: str, kind: ListKind, before: dict[str, PlainDocument], after: dict[str, PlainDocument]
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
