"""The whole catalogue as one CSV table and back, exactly: provider settings, tariffs, options, family plans.

One row per provider file (its settings and defaults), tariff, option and family plan; the `entry` column
says which. Scalars have their own columns, lists are `;`-joined, and nested settings (promotions, price
changes, out-of-bundle prices, multi-line discounts...) are one cell each in YAML flow style, read back
through the project's limited YAML reader and checked against the schema. A bad cell is a problem naming
the row, the column and what to write. See docs/catalogue-format.md, "Exporting and re-importing a catalogue".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from tariff_advisor.catalogue.schema import DevicesFile, FamilyPlanEntry, OptionEntry, ProviderFile, TariffEntry
from tariff_advisor.editing.document import CatalogueDocument, EntryKind, FieldPath, PlainDocument, get_path, plain
from tariff_advisor.editing.import_result import ImportResult, RowOutcome
from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.i18n import N_, _, number
from tariff_advisor.io.atomic import atomic_write_text
from tariff_advisor.io.spreadsheet import FORMULA_LEADS, safe_text_cell
from tariff_advisor.io.tables import read_table
from tariff_advisor.io.yamlio import describe_errors, is_field_key, parse_yaml, uses_aliases

# "devices": a devices file (phones at retail prices) as one row, its list of phones in one cell
RowKind = Literal["provider", "tariff", "option", "family_plan", "devices"]
# The list of a provider file each kind of entry row belongs to (a provider row is the file's own settings).
ENTRY_LISTS: Final[dict[RowKind, EntryKind]] = {"tariff": "tariffs", "option": "options", "family_plan": "family_plans"}
ENTRY_MODELS: Final[dict[RowKind, type[BaseModel]]] = {
    "provider": ProviderFile,
    "tariff": TariffEntry,
    "option": OptionEntry,
    "family_plan": FamilyPlanEntry,
    "devices": DevicesFile,
}
# How a cell is written and read back.
CellKind = Literal["text", "number", "whole", "date", "flag", "allowance", "list", "tariff_ids", "flow"]
_ENTRIES: Final = ("tariff", "option", "family_plan")


@dataclass(frozen=True, eq=False)  # each column is one object, told apart by identity (its paths are a dict)
class Column:
    header: str
    cell: CellKind
    paths: Mapping[RowKind, FieldPath]  # where the value is: in the provider file (provider row) or the entry
    example: str  # what to write, said with a problem in this column


def _on(kinds: tuple[RowKind, ...], *path: str) -> dict[RowKind, FieldPath]:
    return dict.fromkeys(kinds, path)


def _col(header: str, cell: CellKind, example: str, *paths: dict[RowKind, FieldPath]) -> Column:
    merged: dict[RowKind, FieldPath] = {}
    for part in paths:
        merged |= part
    return Column(header, cell, merged, example)


_PROVIDER: Final = ("provider",)  # the provider row: its paths are in the provider file, defaults included
# Every column of the export, in order: the price-list fields first (the profile import's names), then the rest.
COLUMNS: Final = (
    _col("provider_id", "text", "blitz", _on(_PROVIDER, "provider", "id")),
    _col("provider", "text", "Blitz Telecom", _on(_PROVIDER, "provider", "name")),
    _col("id", "text", "bz-smart-3", _on(_ENTRIES, "id")),
    _col("name", "text", "Smart 3 GB", _on(_ENTRIES, "name")),
    _col("kind", "text", "contract, sim_only or prepaid", _on(("tariff",), "kind")),
    _col("tier", "text", "smart", _on(("tariff",), "tier")),
    _col("monthly_fee", "number", "9.99", _on(("tariff", "option"), "monthly_fee")),
    _col("contract_months", "whole", "24", _on(("tariff",), "contract_months")),
    _col("activation_fee", "number", "19.99", _on(("tariff",), "activation_fee")),
    *(
        _col(name, "allowance", N_("a number such as 300, or unlimited"), _on(("tariff",), "allowances", name))
        for name in ("data_gb", "minutes", "sms", "intl_minutes")
    ),
    _col("valid_from", "date", "2027-01-31", _on(("tariff",), "valid_from")),
    _col("valid_until", "date", "2027-01-31", _on(("tariff",), "valid_until")),
    _col("source", "text", N_("the price list of 2026-11"), _on(("provider", "tariff", "devices"), "source")),
    _col("checked", "date", "2027-01-31", _on(("provider", "tariff", "devices"), "checked")),
    _col("currency", "text", "EUR", _on(_PROVIDER, "provider", "currency")),
    _col("website", "text", "https://example.org", _on(_PROVIDER, "provider", "website")),
    _col("sample", "flag", N_("true or false"), _on(("provider", "devices"), "sample")),
    _col("fair_use_gb", "number", "100", _on(("tariff",), "allowances", "fair_use_gb")),
    _col(
        "billing_cycle",
        "text",
        N_("month or 28_days"),
        _on(_PROVIDER, "defaults", "billing", "cycle"),
        _on(("tariff", "family_plan"), "billing", "cycle"),
    ),
    _col(
        "voice_billing",
        "text",
        "per_second or per_minute",
        _on(_PROVIDER, "defaults", "billing", "voice"),
        _on(("tariff", "family_plan"), "billing", "voice"),
    ),
    _col(
        "setup_fee_per_call",
        "number",
        "0.1",
        _on(_PROVIDER, "defaults", "billing", "setup_fee_per_call"),
        _on(("tariff", "family_plan"), "billing", "setup_fee_per_call"),
    ),
    _col(
        "out_of_bundle",
        "flow",
        "{minute: 0.09, sms: 0.09, data: {mode: per_block, block_mb: 1024, price: 2.99}}",
        _on(_PROVIDER, "defaults", "out_of_bundle"),
        _on(("tariff", "family_plan"), "out_of_bundle"),
    ),
    _col(
        "on_net_minute_price",
        "number",
        "0.0",
        _on(_PROVIDER, "defaults", "on_net_minute_price"),
        _on(("tariff",), "on_net_minute_price"),
    ),
    _col(
        "features",
        "list",
        "eu_roaming;esim (or [] for none)",
        _on(_PROVIDER, "defaults", "features"),
        _on(("tariff", "option"), "features"),
    ),
    _col("min_age", "whole", "18", _on(("tariff",), "eligibility", "min_age")),
    _col("max_age", "whole", "27", _on(("tariff",), "eligibility", "max_age")),
    _col("student", "flag", N_("true or false"), _on(("tariff",), "eligibility", "student")),
    _col("broadband_customer", "flag", N_("true or false"), _on(("tariff",), "eligibility", "broadband_customer")),
    _col("promotions", "flow", "[{type: discount, months: 6, amount: 5}]", _on(("tariff",), "promotions")),
    _col("price_changes", "flow", "[{from_month: 13, amount: 2}]", _on(("tariff",), "price_changes")),
    _col("family_plan", "text", "he-family", _on(("tariff",), "family_plan")),
    _col("base_fee", "number", "10", _on(("family_plan",), "base_fee")),
    _col("max_sims", "whole", "4", _on(("family_plan",), "max_sims")),
    _col(
        "pool_data_gb", "allowance", N_("a number such as 50, or unlimited"), _on(("family_plan",), "pool", "data_gb")
    ),
    _col(
        "pool_minutes", "allowance", N_("a number such as 1000, or unlimited"), _on(("family_plan",), "pool", "minutes")
    ),
    _col("adds", "flow", "{data_gb: 5, minutes: 100}", _on(("option",), "adds")),
    _col("unlimited", "list", "minutes;sms", _on(("option",), "unlimited")),
    _col("for_tariffs", "tariff_ids", "all, or bz-smart-3;bz-smart-7", _on(("option",), "tariffs")),
    _col("max_count", "whole", "1", _on(("option",), "max_count")),
    _col(
        "multi_line", "flow", "{same_tier: true, line_discounts: [{line: 2, amount: 5}]}", _on(_PROVIDER, "multi_line")
    ),
    _col("broadband_discount", "flow", "{amount: 5}", _on(_PROVIDER, "broadband_discount")),
    # format 2: contract rules, roaming and phone offers (docs/catalogue-format.md)
    _col("format_version", "whole", "2", _on(("provider", "devices"), "format_version")),
    _col(
        "roaming",
        "flow",
        "{included: [eu], fair_use_gb: 25, fair_use_price_gb: 1.55, day_pass: {us_ca: 7.99}}",
        _on(_PROVIDER, "defaults", "roaming"),
        _on(("tariff",), "roaming"),
    ),
    _col(
        "contract_rules",
        "flow",
        "{notice_months: 1, renewal_months: 1, early_exit: {rule: remaining_fees}}",
        _on(_PROVIDER, "contract_rules"),
    ),
    _col(
        "device_offers",
        "flow",
        "[{id: nw-pixel-10, device: pixel-10-128, tier: plus, upfront: 1, monthly_fee: 22, months: 24}]",
        _on(_PROVIDER, "device_offers"),
    ),
    _col(
        "devices",
        "flow",
        "[{id: pixel-10-128, maker: Google, model: Pixel 10, storage_gb: 128, retail_price: 599}]",
        _on(("devices",), "devices"),
    ),
)
MAX_FLOW_CHARS: Final = 20_000  # a nested cell; the longest in the shipped catalogue has 123
ENTRY_COLUMN: Final = "entry"  # which kind of row: provider, tariff, option or family_plan
HEADER: Final = (ENTRY_COLUMN, *(c.header for c in COLUMNS))
BY_HEADER: Final = {c.header: c for c in COLUMNS}


class CellError(ValueError):
    """A cell that does not read as its column's kind of value."""


# -- writing ------------------------------------------------------------------------------------


def flow_text(value: Any) -> str:
    """Plain data in YAML flow style on one line, e.g. `[{type: free_months, months: 3}]`."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{flow_text(k)}: {flow_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow_text(v) for v in value) + "]"
    return _flow_scalar(value)


_PLAIN_WORD = re.compile(r"^[A-Za-z_][A-Za-z0-9_./-]*$")
_YAML_WORDS = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n"})


def _flow_scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if _PLAIN_WORD.match(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


def _number_text(value: int | float) -> str:
    """A number as it reads back exactly: 24, 7.99, never 1e-05 (which YAML would take for text)."""
    if isinstance(value, int):
        return str(value)
    return format(Decimal(repr(value)), "f")


def cell_text(cell: CellKind, value: Any) -> str:
    """The CSV text of a value in a column of this kind; text through `safe_text_cell` (quoted formulas)."""
    value = plain(value)
    if value is None:
        return ""
    if cell in ("list", "tariff_ids") and isinstance(value, list):
        return export_text_cell(";".join(str(v) for v in value) if value else "[]")
    if cell == "flow":
        return export_text_cell(flow_text(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return export_text_cell(str(value))


def export_text_cell(text: str) -> str:
    """A text cell for the CSV export: `safe_text_cell`, after doubling a leading quote so import can undo it."""
    return safe_text_cell("'" + text if text.startswith("'") else text)


def catalogue_rows(document: CatalogueDocument) -> list[dict[str, str]]:
    """Every provider file as its provider row followed by one row per tariff, option and family plan."""
    rows = []
    for name, provider_file in document.files.items():
        data = provider_file.data
        if provider_file.is_devices:  # phones: one row, named by the file
            rows.append(_row("devices", data, {"provider_id": provider_file.provider_id}))
            continue
        header = {"provider_id": provider_file.provider_id, "provider": get_path(data, ("provider", "name"))}
        rows.append(_row("provider", data, header))
        for kind in _ENTRIES:
            for entry in document.entries(name, ENTRY_LISTS[kind]):
                rows.append(_row(kind, entry, header))
    return rows


def _row(kind: RowKind, node: Any, header: dict[str, Any]) -> dict[str, str]:
    row: dict[str, str] = {ENTRY_COLUMN: kind}
    for column in COLUMNS:
        path = column.paths.get(kind)
        value = get_path(node, path) if path else header.get(column.header)  # entry rows repeat their provider
        row[column.header] = cell_text(column.cell, value)
    return row


def export_catalogue(document: CatalogueDocument, path: str | Path) -> int:
    """The whole open catalogue as one CSV (atomically); returns the number of tariffs."""
    rows = catalogue_rows(document)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(HEADER), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    atomic_write_text(Path(path), buffer.getvalue())
    return sum(row[ENTRY_COLUMN] == "tariff" for row in rows)


# -- reading --------------------------------------------------------------------------------------


def unquote_text_cell(text: str) -> str:
    """Undo the quote `export_text_cell` puts before a text that a spreadsheet would run or that starts with one."""
    if text.startswith("'") and text[1:2] and text[1:2] in (*FORMULA_LEADS, "'"):
        return text[1:]
    return text


def read_cell(column: Column, raw: str) -> Any:
    """A cell's value (None when empty), or CellError saying what to write."""
    text = unquote_text_cell(raw)
    if not text.strip():
        return None
    try:
        return _READERS[column.cell](text)
    except CellError as exc:
        raise CellError(
            _("column '{column}': {problem}; write e.g. {example}").format(
                column=column.header, problem=exc, example=_(column.example)
            )
        ) from None


def _number(text: str) -> int | float:
    text = text.strip()
    try:
        value: int | float = int(text) if re.fullmatch(r"-?\d{1,15}", text) else float(text)
    except ValueError:
        raise CellError(_("{text!r} is not a number").format(text=text)) from None
    if not math.isfinite(value):
        raise CellError(_("{text!r} is not a finite number").format(text=text))
    return value


def _whole(text: str) -> int:
    if not re.fullmatch(r"-?\d{1,9}", text.strip()):
        raise CellError(_("{text!r} is not a whole number").format(text=text))
    return int(text)


def _date(text: str) -> dt.date:
    text = text.strip().removesuffix(" 00:00:00")  # a spreadsheet that took the cell for a date adds midnight
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CellError(_("{text!r} is not a real date (YYYY-MM-DD)").format(text=text)) from None


def _flag(text: str) -> bool:
    words = {"true": True, "false": False}
    if text.strip().lower() not in words:
        raise CellError(_("{text!r} is not true or false").format(text=text))
    return words[text.strip().lower()]


def _allowance(text: str) -> int | float | str:
    return "unlimited" if text.strip().lower() == "unlimited" else _number(text)


def _list(text: str) -> list[str]:
    if text.strip() == "[]":
        return []
    return [part.strip() for part in text.split(";") if part.strip()]


def _tariff_ids(text: str) -> str | list[str]:
    return "all" if text.strip() == "all" else _list(text)


def _flow(text: str) -> Any:
    """A nested value in YAML flow style, through the limited reader (no aliases, tags or huge numbers)."""
    if "\n" in text or "\r" in text:
        raise CellError(_("a nested value must be on one line"))
    if len(text) > MAX_FLOW_CHARS:
        raise CellError(
            _("a nested value of more than {limit} characters; no catalogue needs one").format(
                limit=number(MAX_FLOW_CHARS)
            )
        )
    data, problems = parse_yaml(f"cell: {text}".encode(), "cell")
    if problems:
        raise CellError(problems[0].message)
    if list(data) != ["cell"]:
        raise CellError(_("{text!r} is not one value").format(text=text))
    if uses_aliases(data["cell"]):  # a cell is small: an alias (*name) there is a mistake or a trick
        raise CellError(_("an alias (*name) in a cell; write the values out"))
    value = plain(data["cell"])
    if not isinstance(value, (dict, list)):
        raise CellError(_("{text!r} is not a mapping {{...}} or a list [...]").format(text=text))
    return value


_READERS: Final = {
    "text": lambda text: text,
    "number": _number,
    "whole": _whole,
    "date": _date,
    "flag": _flag,
    "allowance": _allowance,
    "list": _list,
    "tariff_ids": _tariff_ids,
    "flow": _flow,
}


@dataclass
class ReadRow:
    """One row of an export read back: its kind, provider, and the provider settings or entry it holds."""

    row: int  # 1-based data row (the header is row 0)
    kind: RowKind
    provider_id: str
    data: PlainDocument
    provider_name: str = ""  # an entry row repeats its provider's name, to be read; the provider row sets it


# Columns an entry row repeats from its provider row, so a spreadsheet's filter and sort show whose it is.
REPEATED: Final = ("provider_id", "provider")


def read_row(row: int, cells: Mapping[str, str]) -> ReadRow:
    """A row of an export as a provider file's settings or an entry, validated; ValueError names the column."""
    kind = cells.get(ENTRY_COLUMN, "").strip()
    if kind not in ENTRY_MODELS:
        raise ValueError(
            _("column '{column}': {kind!r} is not one of {kinds}").format(
                column=ENTRY_COLUMN, kind=kind, kinds=", ".join(ENTRY_MODELS)
            )
        )
    row_kind: RowKind = kind  # checked just above
    provider_id = unquote_text_cell(cells.get("provider_id", "")).strip()
    if not provider_id:
        raise ValueError(_("column 'provider_id': empty; write the provider's id, e.g. blitz"))
    data: PlainDocument = {"provider": {"format_version": 1}, "devices": {"format_version": 2}}.get(row_kind, {})
    problems = []
    for column in COLUMNS:
        path = column.paths.get(row_kind)
        if path is None:
            if column.header not in REPEATED and cells.get(column.header, "").strip():
                problems.append(
                    _("column '{column}': a {kind} row has no {column}; leave it empty").format(
                        column=column.header, kind=row_kind
                    )
                )
            continue
        try:
            value = read_cell(column, cells.get(column.header, ""))
        except CellError as exc:
            problems.append(str(exc))
            continue
        if value is not None:
            _put(data, path, value)
    if problems:
        raise ValueError("; ".join(problems))
    _check(row_kind, data)
    name = unquote_text_cell(cells.get("provider", ""))
    return ReadRow(row, row_kind, provider_id, _in_schema_order(row_kind, data), name)


def _put(node: PlainDocument, path: FieldPath, value: Any) -> None:
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value


def _in_schema_order(kind: RowKind, data: PlainDocument) -> PlainDocument:
    """The keys in the order the schema (and the shipped files) list them."""
    return {key: data[key] for key in ENTRY_MODELS[kind].model_fields if key in data}


def _check(kind: RowKind, data: PlainDocument) -> None:
    """The row against its schema; each problem names the column it is in and what to write there."""
    try:
        ENTRY_MODELS[kind].model_validate(data)
    except ValidationError as exc:
        grouped: dict[tuple[Column | None, str], list[ErrorDetails]] = {}
        for err in exc.errors():  # one message per field: a union's alternatives read as one
            grouped.setdefault(_located(kind, tuple(err["loc"])), []).append(err)
        by_column: dict[Column | None, list[str]] = {}
        for (column, inner), errors in grouped.items():
            by_column.setdefault(column, []).append(f"{inner} {describe_errors(errors)}".strip())
        raise ValueError("; ".join(_said(column, messages) for column, messages in by_column.items())) from None


def _said(column: Column | None, messages: list[str]) -> str:
    if column is None:  # a rule between fields (valid_from after valid_until)
        return _("this row: {problems}").format(problems=", ".join(messages))
    return _("column '{column}': {problem}; write e.g. {example}").format(
        column=column.header, problem=", ".join(messages), example=_(column.example)
    )


def _located(kind: RowKind, loc: tuple[int | str, ...]) -> tuple[Column | None, str]:
    """The column a schema error is in, and the field inside its cell (`months` of a promotion) if nested."""
    column = _column_of(kind, loc)
    keys = [part for part in loc if is_field_key(part)]
    depth = len(column.paths[kind]) if column else 0
    return column, (str(keys[-1]) if len(keys) > depth else "")


def _column_of(kind: RowKind, loc: tuple[int | str, ...]) -> Column | None:
    """The column whose field a schema error is in (the longest path that starts the error's location)."""
    keys = tuple(part for part in loc if is_field_key(part))
    best: Column | None = None
    for column in COLUMNS:
        path = column.paths.get(kind)
        if path and keys[: len(path)] == path and (best is None or len(path) > len(best.paths[kind])):
            best = column
    return best


# -- a whole export read back: provider files and what became of each row ---------------------------


def read_catalogue_table(path: str | Path) -> ImportResult:
    """A table written by `export_tariffs`, read back as whole provider files: every provider setting, tariff,
    option and family plan, each row checked against the schema (a bad cell rejects its row, naming the column).
    """
    table = read_table(path)
    header = [str(c) for c in table.columns]
    unknown = [c for c in header if c not in HEADER]
    if ENTRY_COLUMN not in header or unknown:
        why = (
            _("columns {unknown} are not a catalogue export's; its columns are {columns}")
            if unknown
            else _("there is no '{entry}' column, so it is not a catalogue export's; its columns are {columns}")
        )
        message = why.format(unknown=unknown, entry=ENTRY_COLUMN, columns=list(HEADER))
        raise InputFileError([Problem(str(path), message, "", "header")], "table")
    result, rows = ImportResult(complete=True), []
    for index, cells in enumerate(table.to_dict("records"), start=1):
        try:
            rows.append(read_row(index, {str(k): str(v) for k, v in cells.items()}))
        except ValueError as exc:
            kind = str(cells.get(ENTRY_COLUMN, ""))
            result.outcomes.append(RowOutcome(index, "reject", reason=str(exc), entry=kind))
    for read in [r for r in rows if r.kind in ("provider", "devices")]:  # first: entries may come before them
        _add_provider(result, read)
    seen: dict[tuple[str, str], int] = {}
    for read in [r for r in rows if r.kind not in ("provider", "devices")]:
        _add_entry(result, read, seen)
    result.outcomes.sort(key=lambda o: o.row)
    for doc in result.providers.values():  # an empty list is the schema's default: not written
        for kind in ("family_plans", "options"):
            if kind in doc and not doc[kind]:
                del doc[kind]
    return result


def _add_provider(result: ImportResult, read: ReadRow) -> None:
    if read.provider_id in result.providers:
        reason = _("a second provider row for {provider!r}; each provider has one").format(provider=read.provider_id)
        result.outcomes.append(RowOutcome(read.row, "reject", None, read.provider_id, reason, "provider"))
        return
    if read.kind == "devices":
        result.providers[read.provider_id] = dict(read.data)
    else:
        result.providers[read.provider_id] = {**read.data, "family_plans": [], "tariffs": [], "options": []}
    result.outcomes.append(RowOutcome(read.row, "add", None, read.provider_id, entry=read.kind))


def _add_entry(result: ImportResult, read: ReadRow, seen: dict[tuple[str, str], int]) -> None:
    entry_id, kind = str(read.data["id"]), ENTRY_LISTS[read.kind]
    doc = result.providers.get(read.provider_id)
    reason = ""
    if doc is None:
        reason = _("no provider row for {provider!r}; add a row with entry 'provider' and its settings").format(
            provider=read.provider_id
        )
    elif read.provider_name and read.provider_name != doc["provider"]["name"]:
        reason = _(
            "column 'provider': {name!r}, but the provider row of {provider!r} names it {other!r}; "
            "rename a provider on its provider row"
        ).format(name=read.provider_name, provider=read.provider_id, other=doc["provider"]["name"])
    elif (kind, entry_id) in seen:
        reason = _("id {id!r} is already on row {row}; ids are unique in a catalogue").format(
            id=entry_id, row=seen[(kind, entry_id)]
        )
    if doc is None or reason:
        result.outcomes.append(RowOutcome(read.row, "reject", entry_id, read.provider_id, reason, read.kind))
        return
    seen[(kind, entry_id)] = read.row
    doc[kind].append(read.data)
    result.outcomes.append(RowOutcome(read.row, "add", entry_id, read.provider_id, entry=read.kind))
