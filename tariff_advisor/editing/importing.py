"""Price lists (CSV or Excel) into catalogue files through a mapping profile; the import API in one place.

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
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from tariff_advisor.catalogue.schema import OutOfBundlePatch
from tariff_advisor.editing.catalogue_csv import ENTRY_COLUMN, export_catalogue, unquote_text_cell
from tariff_advisor.editing.catalogue_csv import export_text_cell as export_text_cell  # re-exported, as below
from tariff_advisor.editing.catalogue_csv import read_catalogue_table as read_catalogue_table
from tariff_advisor.editing.document import CatalogueDocument, PlainDocument
from tariff_advisor.editing.import_plan import apply_import as apply_import  # callers find the import API here
from tariff_advisor.editing.import_plan import plan_import as plan_import
from tariff_advisor.editing.import_result import ImportResult as ImportResult
from tariff_advisor.editing.import_result import RowAction as RowAction
from tariff_advisor.editing.import_result import RowOutcome as RowOutcome
from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.i18n import _
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


def load_profile(path: str | Path) -> ImportProfile:
    model = load_validated(path, ImportProfile, "import profile")
    unknown = [f for f in model.columns if f not in FIELDS]
    missing = [f for f in REQUIRED if f not in model.columns]
    if unknown or missing:
        text = []
        if unknown:
            text.append(
                _("unknown fields {unknown}; the fields are {fields}").format(unknown=unknown, fields=list(FIELDS))
            )
        if missing:
            text.append(_("fields {missing} need a column").format(missing=missing))
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
        raise ValueError(_("must be a finite number of 0 or more"))
    return value


def import_table(path: str | Path, profile: ImportProfile) -> ImportResult:
    """Turn each row into a tariff entry, grouped by provider; rejected rows say why."""
    table = read_table(path)
    if ENTRY_COLUMN in table.columns and ENTRY_COLUMN not in profile.columns.values():
        # its provider, option and family plan rows would be read as tariffs: read it whole instead
        why = _("is a catalogue export (it has the 'entry' column): import it without a profile, which keeps it whole")
        raise InputFileError([Problem(str(path), why, "", "header")], "table")
    missing = [c for c in profile.columns.values() if c not in table.columns]
    if missing:
        raise InputFileError(
            [
                Problem(
                    str(path),
                    _("columns {missing} named in the profile are not in the file; it has {columns}").format(
                        missing=missing, columns=list(table.columns)
                    ),
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
        raise ValueError(_("no provider"))
    if not name:
        raise ValueError(_("no tariff name"))
    entry: PlainDocument = {"name": name}
    try:
        fee = _number(get("monthly_fee"))
    except ValueError:
        raise ValueError(
            _("{field} {value!r} is not a price").format(field="monthly_fee", value=get("monthly_fee"))
        ) from None
    months = 0
    if "contract_months" in profile.columns and get("contract_months"):
        try:
            months = int(_number(get("contract_months")))
        except ValueError:
            raise ValueError(
                _("{field} {value!r} is not a number").format(field="contract_months", value=get("contract_months"))
            ) from None
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
            raise ValueError(
                _("{field} {value!r} is not a price").format(field="activation_fee", value=get("activation_fee"))
            ) from None
    for field_name in ("valid_from", "valid_until", "checked"):
        if get(field_name):
            try:
                entry[field_name] = dt.date.fromisoformat(get(field_name))
            except ValueError:
                raise ValueError(
                    _("{field} {value!r} is not a date (YYYY-MM-DD)").format(field=field_name, value=get(field_name))
                ) from None
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
            raise ValueError(
                _("{field} {value!r} is not a number").format(field=field_name, value=get(field_name))
            ) from None
        cap = profile.unlimited_at_or_above.get(field_name)
        allowances[field_name] = "unlimited" if cap is not None and value >= cap else value
    entry["allowances"] = allowances
    note = get("eligibility")
    if note:
        if note not in profile.eligibility:
            raise ValueError(
                _("eligibility {value!r} has no rule in the profile's 'eligibility' section").format(value=note)
            )
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
        what = doc["provider"]["name"] if "provider" in doc else "phones"  # a devices file has no provider
        buffer.write(f"# Imported by tariff-advisor import-catalogue: {what}\n")
        round_trip_yaml().dump(doc, buffer)
        path = directory / f"{provider_id}.yaml"
        atomic_write_text(path, buffer.getvalue())
        written.append(path)
    return written


def export_tariffs(document: CatalogueDocument, path: str | Path) -> int:
    """The whole open catalogue as CSV (see catalogue_csv); returns the number of tariffs."""
    return export_catalogue(document, path)
