"""An import into the open catalogue (the editor's): every row planned as add, change, unchanged or reject, then
applied. A profile's row sets the fields it has; a catalogue export's row holds its whole entry, so a field it
lacks is removed. Entries are matched by id, providers by provider id.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from tariff_advisor.catalogue.loading import is_devices_document
from tariff_advisor.editing.catalogue_csv import ENTRY_LISTS
from tariff_advisor.editing.document import ENTRY_KINDS, CatalogueDocument, FieldPath, PlainDocument, get_path, plain
from tariff_advisor.editing.import_result import ImportResult, RowAction, RowOutcome
from tariff_advisor.i18n import _


def _imported_fields(entry: PlainDocument) -> dict[FieldPath, Any]:
    """The dotted fields an imported row sets; the rest of an existing entry (promotions...) stays."""
    fields: dict[FieldPath, Any] = {}
    for key, value in entry.items():
        if isinstance(value, dict) and key == "allowances":
            fields.update({(key, k): v for k, v in value.items()})
        elif key != "id":
            fields[(key,)] = value
    return fields


def _leaves(value: Any, prefix: FieldPath = ()) -> dict[FieldPath, Any]:
    """Every field of a mapping by its dotted path (lists are values), so changes can be listed one by one.

    An empty mapping has no fields: `allowances: {}` and no allowances are the same entry."""
    if not isinstance(value, dict):
        return {prefix: value}
    leaves: dict[FieldPath, Any] = {}
    for key, item in value.items():
        leaves.update(_leaves(item, (*prefix, str(key))))
    return leaves


def _whole_changes(existing: Any, new: PlainDocument) -> dict[FieldPath, Any]:
    """A complete row against what is there: each field that differs, None for one the row no longer has."""
    old, wanted = _leaves(plain(existing)), _leaves(new)
    changed = {path: wanted.get(path) for path in [*old, *wanted] if old.get(path) != wanted.get(path)}
    return dict(sorted(changed.items(), key=lambda item: item[1] is not None))  # removals first


def _changed_fields(
    document: CatalogueDocument, name: str, existing: Any, entry: PlainDocument, complete: bool = False
) -> dict[FieldPath, Any]:
    """The imported fields that differ from the entry; a source or date it already has from its file is no change."""
    if complete:
        return {p: v for p, v in _whole_changes(existing, entry).items() if p != ("id",)}
    header = document.files[name].data
    changed = {}
    for path, value in _imported_fields(entry).items():
        current = plain(get_path(existing, path))
        if current == value:
            continue
        if current is None and path in (("source",), ("checked",)) and plain(header.get(path[0])) == value:
            continue  # a price list carries what applies, and this entry has it from its provider file
        changed[path] = value
    return changed


def _settings(doc: Any) -> PlainDocument:
    """A provider file without its entries: its own settings and defaults."""
    return {k: v for k, v in plain(doc).items() if k not in ENTRY_KINDS}


def _file_of(document: CatalogueDocument, provider: str) -> str | None:
    return next((n for n, f in document.files.items() if f.provider_id == provider), None)


def _find(document: CatalogueDocument, tariff_id: str, kind: str = "tariffs") -> tuple[str, int] | None:
    """Where an entry id is, in whichever provider file (ids are unique across a catalogue)."""
    for name in document.files:
        for index, entry in enumerate(document.entries(name, kind)):
            if isinstance(entry, dict) and entry.get("id") == tariff_id:
                return name, index
    return None


def _imported_entries(result: ImportResult) -> dict[tuple[str, str], PlainDocument]:
    """(list, id) -> the imported entry."""
    return {(kind, e["id"]): e for doc in result.providers.values() for kind in ENTRY_KINDS for e in doc.get(kind, [])}


def _list_of(outcome: RowOutcome) -> str:
    lists: dict[str, str] = {str(k): str(v) for k, v in ENTRY_LISTS.items()}
    return lists.get(outcome.entry, "tariffs")  # a row read through a profile is a tariff


def _describe(changes: dict[FieldPath, Any], existing: Any) -> str:
    return "; ".join(
        f"{'.'.join(path)} {plain(get_path(existing, path))!r} -> {value!r}" for path, value in changes.items()
    )


def _new_entry(entry: str) -> str:
    """`new tariff`: what an added row makes."""
    return {"option": _("new option"), "family_plan": _("new family plan")}.get(entry, _("new tariff"))


def plan_import(document: CatalogueDocument, result: ImportResult) -> list[RowOutcome]:
    """Every row of an import against an open catalogue: add, change (which fields), unchanged or reject."""
    planned = []
    entries = _imported_entries(result)
    for outcome in result.outcomes:
        if outcome.action == "reject":
            planned.append(outcome)
            continue
        if outcome.entry in ("provider", "devices"):  # a devices file is planned like a provider's settings
            planned.append(_plan_provider(document, result, outcome))
            continue
        tariff_id, kind = outcome.tariff_id, _list_of(outcome)
        assert tariff_id is not None  # only a rejected row or a provider row has no id
        found = _find(document, tariff_id, kind)
        if found is None:
            planned.append(dataclasses.replace(outcome, action="add", reason=_new_entry(outcome.entry)))
            continue
        existing = document.entry(found[0], kind, found[1])
        changes = _changed_fields(document, found[0], existing, entries[(kind, tariff_id)], result.complete)
        action: RowAction = "change" if changes else "unchanged"
        planned.append(dataclasses.replace(outcome, action=action, reason=_describe(changes, existing)))
    return planned


def _plan_provider(document: CatalogueDocument, result: ImportResult, outcome: RowOutcome) -> RowOutcome:
    """A provider row: a new provider file, or its settings changed field by field, or unchanged."""
    name = _file_of(document, outcome.provider or "")
    if name is None:
        return dataclasses.replace(outcome, action="add", reason=_("new provider file"))
    data = document.files[name].data
    changes = _whole_changes(_settings(data), _settings(result.providers[outcome.provider or ""]))
    return dataclasses.replace(outcome, action="change" if changes else "unchanged", reason=_describe(changes, data))


def _provider_file(document: CatalogueDocument, result: ImportResult, provider: str) -> str:
    """The open file of a provider, made from the import's provider settings when there is none yet."""
    name = _file_of(document, provider)
    if name is None:
        header = _settings(result.providers[provider])
        lists: dict[str, list[Any]] = {} if is_devices_document(header) else {"tariffs": []}
        name = document.add_file(provider, {**header, **lists}).path.name
    return name


def apply_import(document: CatalogueDocument, result: ImportResult, planned: list[RowOutcome]) -> list[str]:
    """Make the planned adds and changes in the open catalogue; returns the files touched."""
    entries = _imported_entries(result)
    touched: list[str] = []
    for outcome in planned:
        if outcome.action not in ("add", "change"):
            continue
        tariff_id, provider = outcome.tariff_id, outcome.provider
        whole_file = outcome.entry in ("provider", "devices")
        if provider is None or (tariff_id is None and not whole_file):
            raise ValueError(
                f"row {outcome.row}: an {outcome.action} needs the entry id and provider (see plan_import)"
            )
        name = _provider_file(document, result, provider)
        if whole_file:
            settings = _settings(result.providers[provider])
            for path, value in _whole_changes(_settings(document.files[name].data), settings).items():
                document.set_section(name, path, value)
        else:
            _apply_entry(document, name, _list_of(outcome), entries[(_list_of(outcome), str(tariff_id))], result)
        if name not in touched:
            touched.append(name)
    return touched


def _apply_entry(document: CatalogueDocument, name: str, kind: str, entry: PlainDocument, result: ImportResult) -> None:
    found = _find(document, entry["id"], kind)
    if found is None:
        document.insert_entry(name, kind, len(document.entries(name, kind)), entry)
        return
    file, index = found
    existing = document.entry(file, kind, index)
    for path, value in _changed_fields(document, file, existing, entry, result.complete).items():
        document.set_value(file, kind, index, path, value)
