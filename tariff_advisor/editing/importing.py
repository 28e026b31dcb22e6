"""Tariff tables (CSV or Excel) into catalogue files through a mapping profile, and catalogues out as CSV.

A profile says which column holds which field, what stands for "unlimited",
how eligibility notes translate, and the out-of-bundle prices when the source
has none. Every row is either imported or rejected with a reason; nothing is
guessed silently. See docs/catalogue-format.md, "Importing a table".
"""

from __future__ import annotations

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
from tariff_advisor.editing.document import CatalogueDocument, FieldPath, PlainDocument, get_path, plain
from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.io.atomic import atomic_write_text
from tariff_advisor.io.spreadsheet import FORMULA_LEADS, safe_text_cell
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


@dataclass
class ImportResult:
    providers: dict[str, PlainDocument] = field(default_factory=dict)  # provider id -> file document
    outcomes: list[RowOutcome] = field(default_factory=list)

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


def unquote_text_cell(text: str) -> str:
    """Undo the quote `export_text_cell` puts before a text that a spreadsheet would run or that starts with one."""
    if text.startswith("'") and text[1:2] and text[1:2] in (*FORMULA_LEADS, "'"):
        return text[1:]
    return text


def export_text_cell(text: str) -> str:
    """A text cell for the CSV export: `safe_text_cell`, after doubling a leading quote so import can undo it."""
    return safe_text_cell("'" + text if text.startswith("'") else text)


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


def _changed_fields(
    document: CatalogueDocument, name: str, existing: Any, entry: PlainDocument
) -> dict[FieldPath, Any]:
    """The imported fields that differ from the entry; a source or date it already has from its file is no change."""
    header = document.files[name].data
    changed = {}
    for path, value in _imported_fields(entry).items():
        current = plain(get_path(existing, path))
        if current == value:
            continue
        if current is None and path in (("source",), ("checked",)) and plain(header.get(path[0])) == value:
            continue  # the export writes what applies, and this entry has it from its provider file
        changed[path] = value
    return changed


def _find(document: CatalogueDocument, tariff_id: str) -> tuple[str, int] | None:
    """Where a tariff id is, in whichever provider file (ids are unique across a catalogue)."""
    for name in document.files:
        for index, entry in enumerate(document.entries(name, "tariffs")):
            if isinstance(entry, dict) and entry.get("id") == tariff_id:
                return name, index
    return None


def plan_import(document: CatalogueDocument, result: ImportResult) -> list[RowOutcome]:
    """Every row of an import against an open catalogue: add, change (which fields), unchanged or reject."""
    planned = []
    entries = {e["id"]: e for doc in result.providers.values() for e in doc["tariffs"]}
    for outcome in result.outcomes:
        tariff_id = outcome.tariff_id
        if outcome.action == "reject" or tariff_id is None:  # only a rejected row has no tariff id
            planned.append(outcome)
            continue
        found = _find(document, tariff_id)
        if found is None:
            planned.append(RowOutcome(outcome.row, "add", tariff_id, outcome.provider, "new tariff"))
            continue
        existing = document.entry(found[0], "tariffs", found[1])
        changes = [
            f"{'.'.join(path)} {plain(get_path(existing, path))!r} -> {value!r}"
            for path, value in _changed_fields(document, found[0], existing, entries[tariff_id]).items()
        ]
        planned.append(
            RowOutcome(
                outcome.row,
                "change" if changes else "unchanged",
                outcome.tariff_id,
                outcome.provider,
                "; ".join(changes),
            )
        )
    return planned


def apply_import(document: CatalogueDocument, result: ImportResult, planned: list[RowOutcome]) -> list[str]:
    """Make the planned adds and changes in the open catalogue; returns the files touched."""
    entries = {e["id"]: e for doc in result.providers.values() for e in doc["tariffs"]}
    touched: list[str] = []
    for outcome in planned:
        if outcome.action not in ("add", "change"):
            continue
        tariff_id, provider = outcome.tariff_id, outcome.provider
        if tariff_id is None or provider is None:
            raise ValueError(
                f"row {outcome.row}: an {outcome.action} needs the tariff id and provider (see plan_import)"
            )
        entry = entries[tariff_id]
        found = _find(document, tariff_id)
        if found is None:
            name = next((n for n, f in document.files.items() if f.provider_id == provider), None)
            if name is None:
                header = {k: v for k, v in result.providers[provider].items() if k != "tariffs"}
                name = document.add_file(provider, {**header, "tariffs": []}).path.name
            document.insert_entry(name, "tariffs", len(document.entries(name, "tariffs")), entry)
        else:
            name, index = found
            existing = document.entry(name, "tariffs", index)
            for path, value in _changed_fields(document, name, existing, entry).items():
                document.set_value(name, "tariffs", index, path, value)
        if name not in touched:
            touched.append(name)
    return touched


EXPORT_COLUMNS = (
    "provider_id",
    "provider",
    "id",
    "name",
    "kind",
    "tier",
    "monthly_fee",
    "contract_months",
    "activation_fee",
    *ALLOWANCE_FIELDS,
    "valid_from",
    "valid_until",
    "source",
    "checked",
)
# Where each exported column is in a tariff entry of a provider file.
ENTRY_PATHS: dict[str, FieldPath] = {
    "id": ("id",),
    "name": ("name",),
    "kind": ("kind",),
    "tier": ("tier",),
    "monthly_fee": ("monthly_fee",),
    "contract_months": ("contract_months",),
    "activation_fee": ("activation_fee",),
    **{k: ("allowances", k) for k in ALLOWANCE_FIELDS},
    "valid_from": ("valid_from",),
    "valid_until": ("valid_until",),
    "source": ("source",),
}


def export_cell(value: Any) -> Any:
    """A value as the export writes it: text through `export_text_cell`, numbers and dates as they are."""
    value = plain(value)
    if isinstance(value, str):
        return export_text_cell(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def export_tariffs(document: CatalogueDocument, path: str | Path) -> int:
    """Every tariff of an open catalogue as one CSV row (atomically); returns the row count.

    The columns are import field names, so a profile mapping each to itself reads the file back with the
    same provider and tariff ids, prices, allowances, sale dates and sources. Rates, promotions, price
    changes, eligibility, features, options and family plans are not part of a price list: importing into
    an open catalogue (the editor) keeps them; a new catalogue takes them from the profile.
    """
    import pandas as pd

    rows = []
    for provider_file in document.files.values():
        header = provider_file.data.get("provider", {})
        for entry in provider_file.data.get("tariffs") or []:
            row = {"provider_id": header.get("id", provider_file.provider_id), "provider": header.get("name")}
            row |= {column: get_path(entry, path) for column, path in ENTRY_PATHS.items()}
            # a tariff without its own source or date has the provider file's: the row carries what applies
            row["source"] = row["source"] or provider_file.data.get("source")
            row["checked"] = get_path(entry, ("checked",)) or provider_file.data.get("checked")
            rows.append({k: export_cell(v) for k, v in row.items()})
    table = pd.DataFrame(rows, columns=list(EXPORT_COLUMNS))
    atomic_write_text(Path(path), table.to_csv(index=False))
    return len(rows)
