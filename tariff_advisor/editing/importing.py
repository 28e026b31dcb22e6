"""Tariff tables (CSV or Excel) into catalogue files through a mapping profile, and catalogues out as CSV.

A profile says which column holds which field, what stands for "unlimited",
how eligibility notes translate, and the out-of-bundle prices when the source
has none. Every row is either imported or rejected with a reason; nothing is
guessed silently. See docs/catalogue-format.md, "Importing a table".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import math
import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tariff_advisor.catalogue.schema import OutOfBundlePatch
from tariff_advisor.editing.catalogue_csv import (
    ENTRY_COLUMN,
    ENTRY_LISTS,
    HEADER,
    ReadRow,
    export_catalogue,
    read_row,
    unquote_text_cell,
)
from tariff_advisor.editing.catalogue_csv import export_text_cell as export_text_cell  # where callers found it
from tariff_advisor.editing.document import (
    ENTRY_KINDS,
    CatalogueDocument,
    FieldPath,
    PlainDocument,
    get_path,
    plain,
)
from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.io.atomic import atomic_write_text
from tariff_advisor.io.tables import read_table
from tariff_advisor.io.yamlio import load_validated, round_trip_yaml

FIELDS = (
    "provider",
    "provider_id",
    "id",
    "name",
    "monthly_fee",
    "contract_months",
    "activation_fee",
    "data_gb",
    "minutes",
    "sms",
    "intl_minutes",
    "kind",
    "tier",
    "eligibility",
    "valid_from",
    "valid_until",
    "source",
    "checked",
)
ALLOWANCE_FIELDS = ("data_gb", "minutes", "sms", "intl_minutes")
IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9._-]*$")  # the catalogue's id pattern (catalogue/schema.py)
REQUIRED = ("provider", "name", "monthly_fee")
RowAction = Literal["add", "change", "unchanged", "reject"]


class ImportProfile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    columns: dict[str, str]  # catalogue field -> source column
    unlimited_at_or_above: dict[str, float] = {}  # e.g. {"minutes": 5000}: caps that mean "unlimited"
    eligibility: dict[str, dict[str, Any]] = {}  # source text -> eligibility entry
    out_of_bundle: OutOfBundlePatch = OutOfBundlePatch()
    checked: dt.date | None = None
    source: str | None = None
    sample: bool = False


@dataclass
class RowOutcome:
    row: int  # 1-based data row (header is row 0)
    action: RowAction
    tariff_id: str | None = None
    provider: str | None = None
    reason: str = ""
    entry: str = "tariff"  # tariff, or (a catalogue export read back) provider, option or family_plan


@dataclass
class ImportResult:
    providers: dict[str, PlainDocument] = field(default_factory=dict)  # provider id -> file document
    outcomes: list[RowOutcome] = field(default_factory=list)
    # True for a catalogue export read back: a row holds its whole entry, so a field it lacks is a field removed
    complete: bool = False

    @property
    def rejected(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action == "reject"]

    @property
    def tariff_count(self) -> int:
        return sum(len(doc["tariffs"]) for doc in self.providers.values())


def load_profile(path: str | Path) -> ImportProfile:
    model = load_validated(path, ImportProfile, "import profile")
    unknown = [f for f in model.columns if f not in FIELDS]
    missing = [f for f in REQUIRED if f not in model.columns]
    if unknown or missing:
        text = []
        if unknown:
            text.append(f"unknown fields {unknown}; the fields are {list(FIELDS)}")
        if missing:
            text.append(f"fields {missing} need a column")
        raise InputFileError([Problem(str(path), "; ".join(text), "", "columns")], "import profile")
    return model


def _cell(row: Mapping[Hashable, Any], profile: ImportProfile, field_name: str) -> str:
    """The text of the column the profile maps `field_name` to ('' where unmapped), export quoting undone."""
    return unquote_text_cell(str(row.get(profile.columns.get(field_name, ""), "")).strip())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def identifier(text: str) -> str:
    """An id as the catalogue writes it: kept when it is one already (so a round trip keeps it), else slugged."""
    return text if IDENTIFIER.match(text) and len(text) <= 80 else slug(text)[:80]


def _number(text: str) -> float:
    cleaned = text.strip().replace("$", "").replace("€", "").replace(",", "")
    value = float(cleaned)
    if not math.isfinite(value) or value < 0:
        raise ValueError("must be a finite number of 0 or more")
    return value


def import_table(path: str | Path, profile: ImportProfile) -> ImportResult:
    """Turn each row into a tariff entry, grouped by provider; rejected rows say why."""
    table = read_table(path)
    if ENTRY_COLUMN in table.columns and ENTRY_COLUMN not in profile.columns.values():
        # its provider, option and family plan rows would be read as tariffs: read it whole instead
        why = "is a catalogue export (it has the 'entry' column): import it without a profile, which keeps it whole"
        raise InputFileError([Problem(str(path), why, "", "header")], "table")
    missing = [c for c in profile.columns.values() if c not in table.columns]
    if missing:
        raise InputFileError(
            [
                Problem(
                    str(path),
                    f"columns {missing} named in the profile are not in the file; it has {list(table.columns)}",
                    "",
                    "header",
                )
            ],
            "table",
        )
    result = ImportResult()
    used_ids: set[str] = set()
    for index, row in enumerate(table.to_dict("records"), start=1):
        get = functools.partial(_cell, row, profile)
        try:
            entry, provider_name = _entry(get, profile)
        except ValueError as exc:
            result.outcomes.append(RowOutcome(index, "reject", reason=str(exc)))
            continue
        provider_id = identifier(get("provider_id")) if get("provider_id") else slug(provider_name)
        tariff_id = base = identifier(get("id")) if get("id") else f"{provider_id}-{slug(entry['name'])}"[:80]
        n = 2
        while tariff_id in used_ids:
            tariff_id, n = f"{base}-{n}", n + 1
        used_ids.add(tariff_id)
        entry = {"id": tariff_id, **entry}
        doc = result.providers.setdefault(provider_id, _provider_doc(provider_id, provider_name, profile))
        doc["tariffs"].append(entry)
        result.outcomes.append(RowOutcome(index, "add", tariff_id, provider_id))
    return result


def _entry(get: Callable[[str], str], profile: ImportProfile) -> tuple[PlainDocument, str]:
    provider, name = get("provider"), get("name")
    if not provider:
        raise ValueError("no provider")
    if not name:
        raise ValueError("no tariff name")
    entry: PlainDocument = {"name": name}
    try:
        fee = _number(get("monthly_fee"))
    except ValueError:
        raise ValueError(f"monthly_fee {get('monthly_fee')!r} is not a price") from None
    months = 0
    if "contract_months" in profile.columns and get("contract_months"):
        try:
            months = int(_number(get("contract_months")))
        except ValueError:
            raise ValueError(f"contract_months {get('contract_months')!r} is not a number") from None
    kind = get("kind")
    entry["kind"] = kind if kind in ("contract", "sim_only", "prepaid") else ("contract" if months else "sim_only")
    if get("tier"):
        entry["tier"] = get("tier")
    entry["monthly_fee"] = fee
    entry["contract_months"] = months
    if get("activation_fee"):
        try:
            entry["activation_fee"] = _number(get("activation_fee"))
        except ValueError:
            raise ValueError(f"activation_fee {get('activation_fee')!r} is not a price") from None
    for field_name in ("valid_from", "valid_until", "checked"):
        if get(field_name):
            try:
                entry[field_name] = dt.date.fromisoformat(get(field_name))
            except ValueError:
                raise ValueError(f"{field_name} {get(field_name)!r} is not a date (YYYY-MM-DD)") from None
    allowances: dict[str, float | str] = {}  # a number, or "unlimited"
    for field_name in ALLOWANCE_FIELDS:
        if not get(field_name):
            continue
        if get(field_name).lower() == "unlimited":
            allowances[field_name] = "unlimited"
            continue
        try:
            value = _number(get(field_name))
        except ValueError:
            raise ValueError(f"{field_name} {get(field_name)!r} is not a number") from None
        cap = profile.unlimited_at_or_above.get(field_name)
        allowances[field_name] = "unlimited" if cap is not None and value >= cap else value
    entry["allowances"] = allowances
    note = get("eligibility")
    if note:
        if note not in profile.eligibility:
            raise ValueError(f"eligibility {note!r} has no rule in the profile's 'eligibility' section")
        entry["eligibility"] = dict(profile.eligibility[note])
    if get("source"):
        entry["source"] = get("source")
    return entry, provider


def _provider_doc(provider_id: str, name: str, profile: ImportProfile) -> PlainDocument:
    doc: PlainDocument = {
        "format_version": 1,
        "provider": {"id": provider_id, "name": name, "currency": profile.currency},
    }
    if profile.source:
        doc["source"] = profile.source
    if profile.checked:
        doc["checked"] = profile.checked
    doc["sample"] = profile.sample
    oob = profile.out_of_bundle.model_dump(exclude_none=True, exclude_defaults=True)
    if oob:
        doc["defaults"] = {"out_of_bundle": oob}
    doc["tariffs"] = []
    return doc


def write_catalogue(result: ImportResult, directory: str | Path) -> list[Path]:
    """One provider file each; existing files are replaced atomically."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for provider_id, doc in result.providers.items():
        buffer = io.StringIO()
        buffer.write(f"# Imported by tariff-advisor import-catalogue: {doc['provider']['name']}\n")
        round_trip_yaml().dump(doc, buffer)
        path = directory / f"{provider_id}.yaml"
        atomic_write_text(path, buffer.getvalue())
        written.append(path)
    return written


# -- a catalogue export read back whole (no profile) --------------------------------------------


def read_catalogue_table(path: str | Path) -> ImportResult:
    """A table written by `export_tariffs`, read back as whole provider files: every provider setting, tariff,
    option and family plan, each row checked against the schema (a bad cell rejects its row, naming the column).
    """
    table = read_table(path)
    header = [str(c) for c in table.columns]
    unknown = [c for c in header if c not in HEADER]
    if ENTRY_COLUMN not in header or unknown:
        why = f"columns {unknown} are not" if unknown else f"there is no '{ENTRY_COLUMN}' column, so it is not"
        raise InputFileError(
            [Problem(str(path), f"{why} a catalogue export's; its columns are {list(HEADER)}", "", "header")],
            "table",
        )
    result, rows = ImportResult(complete=True), []
    for index, cells in enumerate(table.to_dict("records"), start=1):
        try:
            rows.append(read_row(index, {str(k): str(v) for k, v in cells.items()}))
        except ValueError as exc:
            kind = str(cells.get(ENTRY_COLUMN, ""))
            result.outcomes.append(RowOutcome(index, "reject", reason=str(exc), entry=kind))
    for read in [r for r in rows if r.kind == "provider"]:  # first: entries may come before their provider's row
        _add_provider(result, read)
    seen: dict[tuple[str, str], int] = {}
    for read in [r for r in rows if r.kind != "provider"]:
        _add_entry(result, read, seen)
    result.outcomes.sort(key=lambda o: o.row)
    for doc in result.providers.values():  # an empty list is the schema's default: not written
        for kind in ("family_plans", "options"):
            if not doc[kind]:
                del doc[kind]
    return result


def _add_provider(result: ImportResult, read: ReadRow) -> None:
    if read.provider_id in result.providers:
        reason = f"a second provider row for {read.provider_id!r}; each provider has one"
        result.outcomes.append(RowOutcome(read.row, "reject", None, read.provider_id, reason, "provider"))
        return
    result.providers[read.provider_id] = {**read.data, "family_plans": [], "tariffs": [], "options": []}
    result.outcomes.append(RowOutcome(read.row, "add", None, read.provider_id, entry="provider"))


def _add_entry(result: ImportResult, read: ReadRow, seen: dict[tuple[str, str], int]) -> None:
    entry_id, kind = str(read.data["id"]), ENTRY_LISTS[read.kind]
    doc = result.providers.get(read.provider_id)
    reason = ""
    if doc is None:
        reason = f"no provider row for {read.provider_id!r}; add a row with entry 'provider' and its settings"
    elif read.provider_name and read.provider_name != doc["provider"]["name"]:
        reason = (
            f"column 'provider': {read.provider_name!r}, but the provider row of {read.provider_id!r} names it "
            f"{doc['provider']['name']!r}; rename a provider on its provider row"
        )
    elif (kind, entry_id) in seen:
        reason = f"id {entry_id!r} is already on row {seen[(kind, entry_id)]}; ids are unique in a catalogue"
    if doc is None or reason:
        result.outcomes.append(RowOutcome(read.row, "reject", entry_id, read.provider_id, reason, read.kind))
        return
    seen[(kind, entry_id)] = read.row
    doc[kind].append(read.data)
    result.outcomes.append(RowOutcome(read.row, "add", entry_id, read.provider_id, entry=read.kind))


# -- importing into an open catalogue (the editor's import, with a preview) ---------------------


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


def plan_import(document: CatalogueDocument, result: ImportResult) -> list[RowOutcome]:
    """Every row of an import against an open catalogue: add, change (which fields), unchanged or reject."""
    planned = []
    entries = _imported_entries(result)
    for outcome in result.outcomes:
        if outcome.action == "reject":
            planned.append(outcome)
            continue
        if outcome.entry == "provider":
            planned.append(_plan_provider(document, result, outcome))
            continue
        tariff_id, kind = outcome.tariff_id, _list_of(outcome)
        assert tariff_id is not None  # only a rejected row or a provider row has no id
        found = _find(document, tariff_id, kind)
        if found is None:
            planned.append(dataclasses.replace(outcome, action="add", reason=f"new {outcome.entry.replace('_', ' ')}"))
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
        return dataclasses.replace(outcome, action="add", reason="new provider file")
    data = document.files[name].data
    changes = _whole_changes(_settings(data), _settings(result.providers[outcome.provider or ""]))
    return dataclasses.replace(outcome, action="change" if changes else "unchanged", reason=_describe(changes, data))


def _provider_file(document: CatalogueDocument, result: ImportResult, provider: str) -> str:
    """The open file of a provider, made from the import's provider settings when there is none yet."""
    name = _file_of(document, provider)
    if name is None:
        header = _settings(result.providers[provider])
        name = document.add_file(provider, {**header, "tariffs": []}).path.name
    return name


def apply_import(document: CatalogueDocument, result: ImportResult, planned: list[RowOutcome]) -> list[str]:
    """Make the planned adds and changes in the open catalogue; returns the files touched."""
    entries = _imported_entries(result)
    touched: list[str] = []
    for outcome in planned:
        if outcome.action not in ("add", "change"):
            continue
        tariff_id, provider = outcome.tariff_id, outcome.provider
        if provider is None or (tariff_id is None and outcome.entry != "provider"):
            raise ValueError(
                f"row {outcome.row}: an {outcome.action} needs the entry id and provider (see plan_import)"
            )
        name = _provider_file(document, result, provider)
        if outcome.entry == "provider":
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


def export_tariffs(document: CatalogueDocument, path: str | Path) -> int:
    """The whole open catalogue as CSV (see catalogue_csv); returns the number of tariffs."""
    return export_catalogue(document, path)
