"""The editable fields of catalogue entries: table columns, cell text, and validation of one entry.

Scalar fields, including nested ones such as allowances.data_gb, are table
columns; the list fields (promotions, price changes) are edited as YAML of the
entry. Cell text is read as a YAML scalar, so "unlimited", 2027-01-31 and 15
mean what they mean in a provider file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from tariff_advisor.catalogue.schema import FamilyPlanEntry, OptionEntry, TariffEntry

FieldPath = tuple[str, ...]


@dataclass(frozen=True)
class Column:
    path: FieldPath
    header: str
    kind: str = "scalar"  # "scalar", or "list": comma-separated words

    @property
    def key(self) -> str:
        return ".".join(self.path)


def _columns(spec: str) -> tuple[Column, ...]:
    columns = []
    for item in spec.split():
        key, _, header = item.partition("=")
        kind = "list" if key.endswith("[]") else "scalar"
        key = key.rstrip("[]")
        columns.append(Column(tuple(key.split(".")), header.replace("_", " ") or key, kind))
    return tuple(columns)


COLUMNS: dict[str, tuple[Column, ...]] = {
    "tariffs": _columns(
        "id=Id name=Name kind=Kind tier=Tier monthly_fee=Monthly_fee contract_months=Contract_months "
        "activation_fee=Activation_fee allowances.data_gb=Data_GB allowances.minutes=Minutes allowances.sms=SMS "
        "allowances.intl_minutes=Intl_minutes allowances.fair_use_gb=Fair_use_GB valid_from=Valid_from "
        "valid_until=Valid_until eligibility.min_age=Min_age eligibility.max_age=Max_age "
        "eligibility.student=Students_only eligibility.broadband_customer=Broadband_customers_only "
        "features[]=Features family_plan=Family_plan on_net_minute_price=On-net_minute "
        "billing.cycle=Billing_cycle billing.voice=Voice_billing out_of_bundle.minute=Minute_beyond "
        "out_of_bundle.sms=SMS_beyond source=Source checked=Checked"
    ),
    "options": _columns(
        "id=Id name=Name monthly_fee=Monthly_fee adds.data_gb=Adds_data_GB adds.minutes=Adds_minutes "
        "adds.sms=Adds_SMS adds.intl_minutes=Adds_intl_minutes unlimited[]=Makes_unlimited features[]=Features "
        "tariffs[]=For_tariffs max_count=Max_count"
    ),
    "family_plans": _columns(
        "id=Id name=Name base_fee=Base_fee max_sims=Max_SIMs pool.data_gb=Pool_data_GB pool.minutes=Pool_minutes "
        "billing.cycle=Billing_cycle"
    ),
}

ENTRY_MODELS: dict[str, type[BaseModel]] = {
    "tariffs": TariffEntry,
    "options": OptionEntry,
    "family_plans": FamilyPlanEntry,
}

_scalar_yaml = YAML(typ="safe", pure=True)


def cell_text(value: Any, column: Column) -> str:
    if value is None:
        return ""
    if column.kind == "list" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        money = column.path[-1].endswith(("fee", "price", "minute", "sms")) and column.path[0] != "allowances"
        return f"{value:.2f}" if money else f"{value:g}"
    return str(value)


def parse_cell(text: str, column: Column) -> Any:
    """The value a cell's text stands for (None: leave the field out). Raises ValueError with the reason."""
    text = text.strip()
    if not text:
        return None
    if column.kind == "list":
        if text == "all" and column.path == ("tariffs",):
            return "all"
        return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
    if text.lower() in ("yes", "no"):
        return text.lower() == "yes"
    try:
        value = _scalar_yaml.load(text)
    except YAMLError:
        return text
    if isinstance(value, (dict, list)):
        raise ValueError("write a single value here; lists and sections go in the entry's YAML")
    if isinstance(value, dt.datetime):
        value = value.date()
    return value


def field_errors(kind: str, entry: dict) -> dict[str, str]:
    """Schema problems of one entry on its own, by dotted field ('' for the entry as a whole)."""
    try:
        ENTRY_MODELS[kind].model_validate(entry)
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for err in exc.errors():
            loc = [
                str(part)
                for part in err.get("loc", ())
                if isinstance(part, str) and part.replace("_", "").isalnum() and part.islower()
            ]
            message = err.get("msg", "").removeprefix("Value error, ")
            if err.get("type") == "extra_forbidden":
                message = "unknown field; check the spelling against docs/catalogue-format.md"
            errors.setdefault(".".join(loc), message)
        return errors
    return {}


def error_for(errors: dict[str, str], column: Column) -> str | None:
    """The message for a column: its own field's, or a nested field's under it."""
    key = column.key
    for field, message in errors.items():
        if field == key or field.startswith(key + "."):
            return message
    return None
