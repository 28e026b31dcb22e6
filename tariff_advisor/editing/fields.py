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

from tariff_advisor.catalogue.schema import (
    ROAMING_ZONES,
    ContractRules,
    DeviceEntry,
    DeviceOfferEntry,
    FamilyPlanEntry,
    OptionEntry,
    RoamingEntry,
    TariffEntry,
)
from tariff_advisor.i18n import N_, _, language
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
    name: str  # the header in English, as marked for translation
    kind: str = TEXT
    zone: str = ""  # a roaming column's zone, named in its header ("Day pass {zone}")

    @property
    def key(self) -> str:
        return ".".join(self.path)

    @property
    def header(self) -> str:
        """The column's header in the language in use."""
        return _(self.name).format(zone=_(_ZONE_NAMES[self.zone])) if self.zone else _(self.name)


def _column(key: str, name: str, kind: str = TEXT) -> Column:
    zone = next((part for part in key.split(".") if part in _ZONE_NAMES), "")
    return Column(tuple(key.split(".")), name, kind, zone)


_ZONE_NAMES = {  # short, for headers
    "eu": N_("EU/EEA"),
    "europe_other": N_("rest of Europe"),
    "us_ca": N_("USA/Canada"),
    "world": N_("world"),
}


COLUMNS: dict[str, tuple[Column, ...]] = {
    "tariffs": (
        _column("id", N_("Id")),
        _column("name", N_("Name")),
        _column("kind", N_("Kind")),
        _column("tier", N_("Tier")),
        _column("monthly_fee", N_("Monthly fee"), MONEY),
        _column("contract_months", N_("Contract months"), COUNT),
        _column("activation_fee", N_("Activation fee"), MONEY),
        _column("allowances.data_gb", N_("Data GB"), ALLOWANCE),
        _column("allowances.minutes", N_("Minutes"), ALLOWANCE),
        _column("allowances.sms", N_("SMS"), ALLOWANCE),
        _column("allowances.intl_minutes", N_("Intl minutes"), ALLOWANCE),
        _column("allowances.fair_use_gb", N_("Fair use GB"), NUMBER),
        _column("valid_from", N_("Valid from"), DATE),
        _column("valid_until", N_("Valid until"), DATE),
        _column("eligibility.min_age", N_("Min age"), COUNT),
        _column("eligibility.max_age", N_("Max age"), COUNT),
        _column("eligibility.student", N_("Students only"), FLAG),
        _column("eligibility.broadband_customer", N_("Broadband customers only"), FLAG),
        _column("features", N_("Features"), LIST),
        _column("family_plan", N_("Family plan")),
        _column("on_net_minute_price", N_("On-net minute"), MONEY),
        _column("billing.cycle", N_("Billing cycle")),
        _column("billing.voice", N_("Voice billing")),
        _column("out_of_bundle.minute", N_("Minute beyond"), MONEY),
        _column("out_of_bundle.sms", N_("SMS beyond"), MONEY),
        _column("source", N_("Source")),
        _column("checked", N_("Checked"), DATE),
    ),
    "options": (
        _column("id", N_("Id")),
        _column("name", N_("Name")),
        _column("monthly_fee", N_("Monthly fee"), MONEY),
        _column("adds.data_gb", N_("Adds data GB"), NUMBER),
        _column("adds.minutes", N_("Adds minutes"), NUMBER),
        _column("adds.sms", N_("Adds SMS"), NUMBER),
        _column("adds.intl_minutes", N_("Adds intl minutes"), NUMBER),
        _column("unlimited", N_("Makes unlimited"), LIST),
        _column("features", N_("Features"), LIST),
        _column("tariffs", N_("For tariffs"), LIST),
        _column("max_count", N_("Max count"), COUNT),
    ),
    "family_plans": (
        _column("id", N_("Id")),
        _column("name", N_("Name")),
        _column("base_fee", N_("Base fee"), MONEY),
        _column("max_sims", N_("Max SIMs"), COUNT),
        _column("pool.data_gb", N_("Pool data GB"), ALLOWANCE),
        _column("pool.minutes", N_("Pool minutes"), ALLOWANCE),
        _column("billing.cycle", N_("Billing cycle")),
    ),
}

COLUMNS |= {
    # the devices file: phones at their retail prices
    "devices": (
        _column("id", N_("Id")),
        _column("maker", N_("Maker")),
        _column("model", N_("Model")),
        _column("storage_gb", N_("Storage GB"), COUNT),
        _column("retail_price", N_("Retail price"), MONEY),
        _column("source", N_("Source")),
        _column("checked", N_("Checked"), DATE),
    ),
    # a provider's phones with a contract
    "device_offers": (
        _column("id", N_("Id")),
        _column("device", N_("Device")),
        _column("tariffs", N_("For tariffs"), LIST),
        _column("tier", N_("Tier")),
        _column("upfront", N_("Upfront"), MONEY),
        _column("monthly_fee", N_("Monthly device fee"), MONEY),  # on top of the tariff's monthly fee
        _column("months", N_("Months"), COUNT),
        _column("eligibility.min_age", N_("Min age"), COUNT),
        _column("eligibility.max_age", N_("Max age"), COUNT),
        _column("eligibility.student", N_("Students only"), FLAG),
        _column("eligibility.broadband_customer", N_("Broadband customers only"), FLAG),
        _column("source", N_("Source")),
        _column("checked", N_("Checked"), DATE),
    ),
    # a provider's contract rules (one row), relative to `contract_rules`
    "contract_rules": (
        _column("notice_months", N_("Notice months"), COUNT),
        _column("renewal_months", N_("Renewal months"), COUNT),
        _column("early_exit.rule", N_("Early exit rule")),
        _column("early_exit.percent", N_("Early exit percent"), NUMBER),
        _column("early_exit.amount", N_("Early exit amount"), MONEY),
    ),
    # roaming rules (the provider's defaults, and a tariff's own), relative to `roaming`
    "roaming": (
        _column("included", N_("Included zones"), LIST),
        _column("fair_use_gb", N_("Fair use GB"), NUMBER),
        _column("fair_use_price_gb", N_("Price per GB beyond"), MONEY),
        *(_column(f"day_pass.{zone}", N_("Day pass {zone}"), MONEY) for zone in ROAMING_ZONES),
        *(_column(f"rates.{zone}.minute", N_("Minute in {zone}"), MONEY) for zone in ROAMING_ZONES),
        *(_column(f"rates.{zone}.mb", N_("MB in {zone}"), MONEY) for zone in ROAMING_ZONES),
    ),
}

ENTRY_MODELS: dict[str, type[BaseModel]] = {
    "tariffs": TariffEntry,
    "options": OptionEntry,
    "family_plans": FamilyPlanEntry,
    "devices": DeviceEntry,
    "device_offers": DeviceOfferEntry,
    "contract_rules": ContractRules,
    "roaming": RoamingEntry,
}


# -- names as editors read them ---------------------------------------------------------------
def field_label(kind: str | None, key: str) -> str:
    """A dotted field as the editor calls it: its column's header, else its words ("Promotions percent")."""
    for column in COLUMNS.get(kind or "", ()):
        if column.key == key:
            return column.header
    words = key.replace(".", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else _("Entry")


def mid_sentence(label: str) -> str:
    """A label inside a sentence: "monthly fee", but "SMS beyond" keeps its capitals (and German its nouns')."""
    if language() != "en" or label[1:2].isupper():
        return label
    return label[:1].lower() + label[1:]


def entry_name(entry: Any, fallback: str = "entry") -> str:
    """What an entry is called: its name (a phone's model and storage), else its id."""
    if isinstance(entry, dict):
        if "model" in entry and "name" not in entry:
            return device_title(entry)
        return str(entry.get("name") or entry.get("id") or fallback)
    return fallback


def device_title(entry: Any) -> str:
    """A phone as a customer names it: "iPhone 17 256 GB" (its id when the file lacks model or storage)."""
    if not isinstance(entry, dict):
        return str(entry)
    model, storage = entry.get("model"), entry.get("storage_gb")
    if model and storage:
        return f"{model} {storage} GB"  # as the makers write it, in every language
    return str(model or entry.get("id") or "?")


# -- cell text ----------------------------------------------------------------------------------
def cell_text(value: Any, column: Column) -> str:
    """What the table shows (money with two decimals, so it may round)."""
    if value is None:
        return ""
    if column.kind == LIST and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
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
    example, comma = _EXAMPLES[kind], "," in text
    if kind == COUNT:
        hint = _("write a whole number such as {example} (got {text!r})")
    elif kind == ALLOWANCE:
        hint = (
            _("write a number with a decimal point, such as {example}, or 'unlimited' (got {text!r})")
            if comma  # 8,49 where the locale writes decimals with a point
            else _("write a number such as {example}, or 'unlimited' (got {text!r})")
        )
    else:
        hint = (
            _("write a number with a decimal point, such as {example} (got {text!r})")
            if comma
            else _("write a number such as {example} (got {text!r})")
        )
    return hint.format(example=example, text=text)


def _flag(text: str) -> bool:
    # the words of the language in use (what the table shows), and always the English ones
    words = {"yes": True, "true": True, "no": False, "false": False, _("yes").lower(): True, _("no").lower(): False}
    if text.lower() not in words:
        raise ValueError(_("write {yes} or {no} (got {text!r})").format(yes=_("yes"), no=_("no"), text=text))
    return words[text.lower()]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(_("write a date such as 2027-01-31 (got {text!r})").format(text=text)) from None


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
    """The message for a column: its own field's, a nested field's under it, or its section's (early_exit)."""
    key = column.key
    for field, message in errors.items():
        if field == key or field.startswith(key + ".") or (field and key.startswith(field + ".")):
            return message
    return None


def _field_key(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc if is_field_key(part))
