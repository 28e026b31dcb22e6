"""The editable fields of catalogue entries: table columns, cell text, and validation of one entry.

Scalar fields, including nested ones such as allowances.data_gb, are table
columns; the list fields (promotions, price changes) are edited as YAML of the
entry. Each column says what it holds (money, a count, a date...), so a cell's
text is read as that and a typo is refused with a reason instead of being stored
as a string. Numbers are written as in the provider files (12.99); the editor may
pass a reader for the user's locale as well (12,99 in German).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from tariff_advisor.catalogue.schema import FamilyPlanEntry, OptionEntry, TariffEntry
from tariff_advisor.io.yamlio import describe_errors, is_field_key

FieldPath = tuple[str, ...]
ReadNumber = Callable[[str], float | None]  # a number as the user's locale writes it, None when it is not one

# What a column holds, which decides how its cell text is read and shown.
TEXT, LIST, MONEY, NUMBER, COUNT, ALLOWANCE, DATE, FLAG = (
    "text",
    "list",  # comma-separated words
    "money",
    "number",
    "count",  # a whole number
    "allowance",  # a number or "unlimited"
    "date",
    "flag",  # yes or no
)
NUMERIC_KINDS = (MONEY, NUMBER, COUNT, ALLOWANCE)


@dataclass(frozen=True)
class Column:
    path: FieldPath
    header: str
    kind: str = TEXT

    @property
    def key(self) -> str:
        return ".".join(self.path)


def _columns(spec: str) -> tuple[Column, ...]:
    """Columns from 'key:kind=Header' words (kind text when left out, underscores in headers are spaces)."""
    columns = []
    for item in spec.split():
        field, _, header = item.partition("=")
        key, _, kind = field.partition(":")
        columns.append(Column(tuple(key.split(".")), header.replace("_", " ") or key, kind or TEXT))
    return tuple(columns)


COLUMNS: dict[str, tuple[Column, ...]] = {
    "tariffs": _columns(
        "id=Id name=Name kind=Kind tier=Tier monthly_fee:money=Monthly_fee contract_months:count=Contract_months "
        "activation_fee:money=Activation_fee allowances.data_gb:allowance=Data_GB "
        "allowances.minutes:allowance=Minutes allowances.sms:allowance=SMS "
        "allowances.intl_minutes:allowance=Intl_minutes allowances.fair_use_gb:number=Fair_use_GB "
        "valid_from:date=Valid_from valid_until:date=Valid_until eligibility.min_age:count=Min_age "
        "eligibility.max_age:count=Max_age eligibility.student:flag=Students_only "
        "eligibility.broadband_customer:flag=Broadband_customers_only features:list=Features "
        "family_plan=Family_plan on_net_minute_price:money=On-net_minute billing.cycle=Billing_cycle "
        "billing.voice=Voice_billing out_of_bundle.minute:money=Minute_beyond out_of_bundle.sms:money=SMS_beyond "
        "source=Source checked:date=Checked"
    ),
    "options": _columns(
        "id=Id name=Name monthly_fee:money=Monthly_fee adds.data_gb:number=Adds_data_GB "
        "adds.minutes:number=Adds_minutes adds.sms:number=Adds_SMS adds.intl_minutes:number=Adds_intl_minutes "
        "unlimited:list=Makes_unlimited features:list=Features tariffs:list=For_tariffs max_count:count=Max_count"
    ),
    "family_plans": _columns(
        "id=Id name=Name base_fee:money=Base_fee max_sims:count=Max_SIMs pool.data_gb:allowance=Pool_data_GB "
        "pool.minutes:allowance=Pool_minutes billing.cycle=Billing_cycle"
    ),
}

ENTRY_MODELS: dict[str, type[BaseModel]] = {
    "tariffs": TariffEntry,
    "options": OptionEntry,
    "family_plans": FamilyPlanEntry,
}


# -- names as editors read them ---------------------------------------------------------------
def field_label(kind: str | None, key: str) -> str:
    """A dotted field as the editor calls it: its column's header, else its words ("Promotions percent")."""
    for column in COLUMNS.get(kind or "", ()):
        if column.key == key:
            return column.header
    words = key.replace(".", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else "Entry"


def mid_sentence(label: str) -> str:
    """A label inside a sentence: "monthly fee", but "SMS beyond" keeps its capitals."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def entry_name(entry: Any, fallback: str = "entry") -> str:
    """What an entry is called: its name, else its id."""
    if isinstance(entry, dict):
        return str(entry.get("name") or entry.get("id") or fallback)
    return fallback


# -- cell text ----------------------------------------------------------------------------------
def cell_text(value: Any, column: Column) -> str:
    """What the table shows (money with two decimals, so it may round)."""
    if value is None:
        return ""
    if column.kind == LIST and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if column.kind == MONEY and isinstance(value, (int, float)):
        return f"{value:.2f}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def edit_text(value: Any, column: Column) -> str:
    """What a cell editor opens with: the shown text when it reads back as the stored value, else the exact value."""
    shown = cell_text(value, column)
    if isinstance(value, float) and _file_number(shown) != value:
        return repr(value)  # 12.999 shows as 13.00; editing must start from 12.999
    return shown


def parse_cell(text: str, column: Column, read_number: ReadNumber | None = None) -> Any:
    """The value a cell's text stands for (None: leave the field out). Raises ValueError with the reason."""
    text = text.strip()
    if not text:
        return None
    if column.kind == LIST:
        if text == "all" and column.path == ("tariffs",):
            return "all"
        return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if column.kind == FLAG:
        return _flag(text)
    if column.kind == DATE:
        return _date(text)
    if column.kind == ALLOWANCE and text.lower() == "unlimited":
        return "unlimited"
    if column.kind in NUMERIC_KINDS:
        return _number(text, column.kind, read_number)
    return text


def unchanged(old: Any, new: Any) -> bool:
    """Whether setting `new` where `old` is changes nothing: 15 and 15.0 are the same fee, 1 and yes are not."""
    numbers = (int, float)
    if isinstance(old, numbers) and isinstance(new, numbers):
        return old == new and isinstance(old, bool) == isinstance(new, bool)
    return type(old) is type(new) and bool(old == new)


_FILE_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_EXAMPLES = {MONEY: "12.99", NUMBER: "2.5", COUNT: "24", ALLOWANCE: "20"}


def _file_number(text: str) -> int | float | None:
    """A number written as in the provider files (a decimal point, no grouping), else None."""
    if not _FILE_NUMBER.fullmatch(text):
        return None
    return int(text) if text.lstrip("+-").isdigit() else float(text)


def _number(text: str, kind: str, read_number: ReadNumber | None) -> int | float:
    value: int | float | None = _file_number(text)
    if value is None and read_number is not None:
        value = read_number(text)
    if value is None or not math.isfinite(value):
        raise ValueError(_number_hint(text, kind))
    if kind == COUNT:
        if value != int(value):
            raise ValueError(_number_hint(text, kind))
        return int(value)
    return value


def _number_hint(text: str, kind: str) -> str:
    what = "a whole number" if kind == COUNT else "a number"
    if "," in text and kind != COUNT:  # 8,49 where the locale writes decimals with a point
        what += " with a decimal point,"
    unlimited = ", or 'unlimited'" if kind == ALLOWANCE else ""
    return f"write {what} such as {_EXAMPLES[kind]}{unlimited} (got {text!r})"


def _flag(text: str) -> bool:
    words = {"yes": True, "true": True, "no": False, "false": False}
    if text.lower() not in words:
        raise ValueError(f"write yes or no (got {text!r})")
    return words[text.lower()]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"write a date such as 2027-01-31 (got {text!r})") from None


# -- validation ---------------------------------------------------------------------------------
def field_errors(kind: str, entry: dict[str, Any]) -> dict[str, str]:
    """Schema problems of one entry on its own, by dotted field ('' for the entry as a whole)."""
    return schema_errors(ENTRY_MODELS[kind], entry)


def schema_errors(model: type[BaseModel], data: dict[str, Any]) -> dict[str, str]:
    """What is wrong with `data` as a `model`, by dotted field, in words for editors rather than pydantic's."""
    try:
        model.model_validate(data)
    except ValidationError as exc:
        grouped: dict[str, list[ErrorDetails]] = {}
        for err in exc.errors():
            grouped.setdefault(_field_key(err["loc"]), []).append(err)
        return {field: describe_errors(errors) for field, errors in grouped.items()}
    return {}


def error_for(errors: dict[str, str], column: Column) -> str | None:
    """The message for a column: its own field's, or a nested field's under it."""
    key = column.key
    for field, message in errors.items():
        if field == key or field.startswith(key + "."):
            return message
    return None


def _field_key(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc if is_field_key(part))
