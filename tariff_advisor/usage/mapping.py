"""The column mapping of a records file (YAML, reusable): which column holds what, in which units."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

from tariff_advisor.i18n import _
from tariff_advisor.io.atomic import atomic_write_text
from tariff_advisor.io.tables import DELIMITER_NAMES
from tariff_advisor.io.yamlio import load_validated, round_trip_yaml

NETWORK_CLASSES = ("on_net", "off_net", "landline", "international", "other")
RecordKind = Literal["call", "sms", "data"]
KINDS: tuple[RecordKind, ...] = ("call", "sms", "data")
DataUnit = Literal["bytes", "kb", "mb", "gb"]
MB_PER: dict[DataUnit, float] = {"bytes": 1 / 1024**2, "kb": 1 / 1024, "mb": 1.0, "gb": 1024.0}
DeclaredDateOrder = Literal["auto", "day_first", "month_first"]  # what a mapping says ("auto": the file tells)
Delimiter = Literal[",", ";", "\t", "|"]
_DELIMITER_BY_NAME = {name: char for char, name in DELIMITER_NAMES.items()}


class Columns(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: str
    kind: str | None = None  # call / sms / data per row; absent: the mapping's `kind` for every row
    amount: str | None = None  # a call's duration, a data session's volume
    number: str | None = None  # the other party's number
    network: str | None = None  # destination network, as the log names it
    month: str | None = None  # the billing month (YYYY-MM), when the log has one
    group: str | None = None  # e.g. user_id: the subscriber column the filter or grouping applies to


class UsageMapping(BaseModel):
    model_config = ConfigDict(extra="forbid")

    columns: Columns
    kind: RecordKind | None = None
    kind_values: dict[str, list[str]] = {
        "call": ["call", "voice"],
        "sms": ["sms", "text", "message"],
        "data": ["data", "internet"],
    }
    call_unit: Literal["seconds", "minutes"] = "seconds"
    data_unit: DataUnit = "mb"
    date_order: DeclaredDateOrder = "auto"
    # the CSV separator; None: detected among , ; tab and | (never a letter)
    delimiter: Delimiter | None = None
    networks: dict[str, list[str]] = {}  # class (on_net, off_net, landline, international, other) -> names

    @field_validator("delimiter", mode="before")
    @classmethod
    def _named_delimiter(cls, value: Any) -> Any:
        """`tab`, `comma`, `semicolon` or `pipe` are easier to write in YAML than the characters."""
        return _DELIMITER_BY_NAME.get(value, value) if isinstance(value, str) else value

    @field_validator("kind_values")
    @classmethod
    def _known_kinds(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = [k for k in value if k not in KINDS]
        if unknown:
            raise ValueError(_("{kind!r} is not a kind; use call, sms or data").format(kind=unknown[0]))
        return value

    @field_validator("networks")
    @classmethod
    def _known_classes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = [c for c in value if c not in NETWORK_CLASSES]
        if unknown:
            raise ValueError(
                _("unknown network class {name!r}; use {names}").format(
                    name=unknown[0], names=", ".join(NETWORK_CLASSES)
                )
            )
        return value


def load_mapping(path: str | Path) -> UsageMapping:
    return load_validated(path, UsageMapping, "usage mapping")


def save_mapping(mapping: UsageMapping, path: str | Path) -> None:
    buffer = io.StringIO()
    data = mapping.model_dump(exclude_defaults=False)
    if data["delimiter"] is not None:
        data["delimiter"] = DELIMITER_NAMES[data["delimiter"]]
    round_trip_yaml().dump(data, buffer)
    atomic_write_text(Path(path), buffer.getvalue())
