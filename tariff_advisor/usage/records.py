"""Monthly usage from exported records: one row per call, message or data session.

A mapping (YAML, reusable) says which column holds what. Records are aggregated into
monthly usage; they are never stored in the household file (only the monthly totals).
Dates are read day-first or month-first as the file shows; when every date fits both,
the mapping must say which (we never guess silently). See docs/usage-import.md.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.household.model import MonthlyUsage
from tariff_advisor.io.tables import read_table
from tariff_advisor.io.yamlio import load_validated, round_trip_yaml

NETWORK_CLASSES = ("on_net", "off_net", "landline", "international", "other")
RecordKind = Literal["call", "sms", "data"]
DataUnit = Literal["bytes", "kb", "mb", "gb"]
MB_PER: dict[DataUnit, float] = {"bytes": 1 / 1024**2, "kb": 1 / 1024, "mb": 1.0, "gb": 1024.0}
DeclaredDateOrder = Literal["auto", "day_first", "month_first"]  # what a mapping says ("auto": the file tells)
DateOrder = Literal["iso", "day_first", "month_first"]  # how a file's dates were read


class Columns(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: str
    kind: str | None = None  # call / sms / data per row; absent: the mapping's `kind` for every row
    amount: str | None = None  # a call's duration, a data session's volume
    number: str | None = None  # the other party's number
    network: str | None = None  # destination network, as the log names it
    month: str | None = None  # the billing month (YYYY-MM), when the log has one
    group: str | None = None  # e.g. user_id: the column the filter or grouping applies to


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
    networks: dict[str, list[str]] = {}  # class (on_net, off_net, landline, international, other) -> names


@dataclass
class ImportedUsage:
    """Monthly usage by month ("YYYY-MM"), per group (one group, "", unless grouped)."""

    months: dict[str, dict[str, MonthlyUsage]]
    rows_read: int
    rows_skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why) of rows that are not usage
    date_order: DateOrder | Literal[""] = ""  # "": no file read

    def history(self, group: str = "") -> tuple[MonthlyUsage, ...]:
        return tuple(self.months[group][m] for m in sorted(self.months.get(group, {})))


# The imported months as the CLI and the app's import preview show them.
HISTORY_COLUMNS = ("month", "minutes", "rounded per call", "calls", "SMS", "data GB", "intl minutes")


def history_row(usage: MonthlyUsage) -> tuple[str, ...]:
    """One imported month, in the order of HISTORY_COLUMNS."""
    return (
        usage.month or "",
        f"{usage.minutes:,.1f}",
        f"{usage.minutes_rounded or 0:,.0f}",
        f"{usage.calls:,.0f}",
        f"{usage.sms:,.0f}",
        f"{usage.data_mb / 1024:,.2f}",
        f"{usage.intl_minutes:,.1f}",
    )


def load_mapping(path: str | Path) -> UsageMapping:
    model = load_validated(path, UsageMapping, "usage mapping")
    bad = [c for c in model.networks if c not in NETWORK_CLASSES]
    if bad:
        raise InputFileError(
            [Problem(str(path), f"unknown network class {bad[0]!r}; use {', '.join(NETWORK_CLASSES)}", "", "networks")],
            "usage mapping",
        )
    return model


def save_mapping(mapping: UsageMapping, path: str | Path) -> None:
    import io

    from tariff_advisor.io.atomic import atomic_write_text

    buffer = io.StringIO()
    round_trip_yaml().dump(mapping.model_dump(exclude_defaults=False), buffer)
    atomic_write_text(Path(path), buffer.getvalue())


# -- dates ---------------------------------------------------------------------
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
        return True
    except ValueError:
        return False


def _not_dates(file: str, column: str, values: list[str], rows: list[int]) -> InputFileError:
    shown = ", ".join(f"row {r} ({values[r - 1]!r})" for r in rows[:5])
    more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
    return InputFileError(
        [
            Problem(
                file,
                f"dates that are not dates: {shown}{more}; expected e.g. 2025-03-14, "
                "14/03/2025 or 03/14/2025, with or without a time",
                "",
                column,
            )
        ],
        "records",
    )


def detect_date_order(values: list[str], file: str, column: str, declared: DeclaredDateOrder) -> DateOrder:
    """'iso', 'day_first' or 'month_first' for the whole column; an error if it cannot be told."""
    first_big = second_big = False
    bad_rows: list[int] = []
    numeric: list[tuple[int, int, int, int]] = []  # (row, first number, second number, year)
    for row, value in enumerate(values, start=1):
        iso = _ISO.match(value)
        if iso:
            if not _is_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))):
                bad_rows.append(row)
            continue
        match = _DMY.match(value)
        a, b = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        year = _year(match.group(3)) if match else 0
        if not match or not (_is_date(year, b, a) or _is_date(year, a, b)):
            bad_rows.append(row)
            continue
        numeric.append((row, a, b, year))
        first_big |= a > 12
        second_big |= b > 12
    if bad_rows:
        raise _not_dates(file, column, values, bad_rows)
    if not numeric:
        return "iso"
    if first_big and second_big:
        raise InputFileError(
            [Problem(file, "some dates are day-first and others month-first; fix the file", "", column)], "records"
        )
    found: DateOrder | None = "day_first" if first_big else "month_first" if second_big else None
    if declared != "auto":
        if found and found != declared:
            raise InputFileError(
                [Problem(file, f"the mapping says {declared} but the dates are {found}", "", column)], "records"
            )
        found = declared
    elif found is None:
        raise InputFileError(
            [
                Problem(
                    file,
                    "every date fits both day-first and month-first (e.g. 03/04/2025); "
                    "set date_order: day_first or month_first in the mapping",
                    "",
                    column,
                )
            ],
            "records",
        )
    day_first = found == "day_first"
    bad_rows = [row for row, a, b, year in numeric if not _is_date(year, b if day_first else a, a if day_first else b)]
    if bad_rows:
        raise _not_dates(file, column, values, bad_rows)
    return found


def parse_month(value: str, order: DateOrder) -> str:
    """The calendar month ("YYYY-MM") of a date string already checked by detect_date_order."""
    iso = _ISO.match(value)
    if iso:
        return f"{int(iso.group(1)):04d}-{int(iso.group(2)):02d}"
    match = _DMY.match(value)
    if match is None:
        raise ValueError(f"{value!r} is not a date; check the column with detect_date_order first")
    a, b, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
    month = b if order == "day_first" else a
    return f"{year:04d}-{month:02d}"


# -- aggregation -----------------------------------------------------------------
class _Month:
    def __init__(self) -> None:
        self.seconds = self.rounded_minutes = self.calls = self.sms = self.mb = self.intl_seconds = 0.0
        self.to_members: dict[str, float] = defaultdict(float)
        self.by_network: dict[str, float] = defaultdict(float)

    def usage(self, month: str) -> MonthlyUsage:
        return MonthlyUsage(
            minutes=self.seconds / 60,
            calls=self.calls,
            sms=self.sms,
            data_mb=self.mb,
            intl_minutes=self.intl_seconds / 60,
            minutes_rounded=self.rounded_minutes,
            to_members={k: v / 60 for k, v in self.to_members.items()},
            by_network={k: v / 60 for k, v in self.by_network.items()},
            month=month,
        )


def _network_class(mapping: UsageMapping, network: str) -> str | None:
    for cls, names in mapping.networks.items():
        if network.strip().lower() in (n.lower() for n in names):
            return cls
    return None


def _normalise_number(number: str) -> str:
    return re.sub(r"[^\d+]", "", number)[-9:]


def aggregate(
    path: str | Path,
    mapping: UsageMapping,
    members_by_number: dict[str, str] | None = None,
    only_group: str | None = None,
    group_by: bool = False,
) -> ImportedUsage:
    """Read a records file and add up each month's usage (of one group, or of every group)."""
    file = str(path)
    table = read_table(path)
    columns = {k: v for k, v in mapping.columns.model_dump().items() if v}
    missing = [f"{field} ({column!r})" for field, column in columns.items() if column not in table.columns]
    if missing:
        raise InputFileError(
            [
                Problem(
                    file,
                    f"the mapping's columns {', '.join(missing)} are not in the file; "
                    f"its columns are {list(table.columns)}",
                    "",
                    "header",
                )
            ],
            "records",
        )
    if mapping.kind is None and "kind" not in columns:
        raise InputFileError(
            [Problem(file, "the mapping needs a kind column or a fixed kind (call, sms or data)")], "records"
        )
    if (only_group is not None or group_by) and "group" not in columns:
        raise InputFileError([Problem(file, "filtering or grouping needs columns.group in the mapping")], "records")
    if only_group is not None:
        table = table[table[columns["group"]].astype(str).str.strip() == str(only_group)]
        if table.empty:
            raise InputFileError([Problem(file, f"no rows where {columns['group']} is {only_group!r}")], "records")
    if table.empty:
        raise InputFileError([Problem(file, "no records in the file")], "records")
    dates = table[columns["date"]].astype(str).tolist()
    order = detect_date_order(dates, file, columns["date"], mapping.date_order)
    kind_of = {v.lower(): k for k, values in mapping.kind_values.items() for v in values}
    numbers = {_normalise_number(n): m for n, m in (members_by_number or {}).items()}
    months: dict[str, dict[str, _Month]] = defaultdict(lambda: defaultdict(_Month))
    skipped: list[tuple[int, str]] = []
    bad_amounts: list[int] = []
    for row, record in enumerate(table.to_dict("records"), start=1):
        kind = mapping.kind or kind_of.get(str(record[columns["kind"]]).strip().lower())
        if kind is None:
            skipped.append((row, f"kind {record[columns['kind']]!r} is not call, sms or data"))
            continue
        month = (str(record[columns["month"]]).strip()[:7] if "month" in columns else "") or parse_month(
            dates[row - 1], order
        )
        group = str(record[columns["group"]]).strip() if group_by else ""
        bucket = months[group][month]
        if kind == "sms":
            bucket.sms += 1
            continue
        try:
            amount = float(str(record[columns["amount"]]).replace(",", ".")) if "amount" in columns else math.nan
        except ValueError:
            amount = math.nan
        if math.isnan(amount) or amount < 0:
            bad_amounts.append(row)
            continue
        if kind == "data":
            bucket.mb += amount * MB_PER[mapping.data_unit]
            continue
        seconds = amount if mapping.call_unit == "seconds" else amount * 60
        if seconds <= 0:
            continue  # an unanswered call is not billed
        network = _network_class(mapping, str(record[columns["network"]])) if "network" in columns else None
        if network == "international":
            bucket.intl_seconds += seconds
        else:
            bucket.seconds += seconds
            bucket.rounded_minutes += math.ceil(seconds / 60 - 1e-9)
            bucket.calls += 1
            if network:
                bucket.by_network[network] += seconds
            if "number" in columns:
                other = numbers.get(_normalise_number(str(record[columns["number"]])))
                if other:
                    bucket.to_members[other] += seconds
    if bad_amounts:
        shown = ", ".join(str(r) for r in bad_amounts[:5]) + (
            f" and {len(bad_amounts) - 5} more" if len(bad_amounts) > 5 else ""
        )
        raise InputFileError(
            [
                Problem(
                    file, f"rows {shown}: the amount is not a number of 0 or more", "", columns.get("amount", "amount")
                )
            ],
            "records",
        )
    result = {g: {m: b.usage(m) for m, b in ms.items()} for g, ms in months.items()}
    return ImportedUsage(result, len(table), skipped, order)


def merge(*imports: ImportedUsage) -> ImportedUsage:
    """Several files (e.g. calls, messages and data exported separately) as one."""
    months: dict[str, dict[str, MonthlyUsage]] = defaultdict(dict)
    for part in imports:
        for group, by_month in part.months.items():
            for month, usage in by_month.items():
                before = months[group].get(month)
                months[group][month] = usage if before is None else _add(before, usage)
    return ImportedUsage(
        dict(months),
        sum(p.rows_read for p in imports),
        [s for p in imports for s in p.rows_skipped],
        imports[0].date_order if imports else "",
    )


def _add(a: MonthlyUsage, b: MonthlyUsage) -> MonthlyUsage:
    def merged(x: dict[str, float], y: dict[str, float]) -> dict[str, float]:
        out = dict(x)
        for k, v in y.items():
            out[k] = out.get(k, 0.0) + v
        return out

    rounded = (
        None
        if a.minutes_rounded is None and b.minutes_rounded is None
        else (a.minutes_rounded or 0.0) + (b.minutes_rounded or 0.0)
    )
    return MonthlyUsage(
        a.minutes + b.minutes,
        a.calls + b.calls,
        a.sms + b.sms,
        a.data_mb + b.data_mb,
        a.intl_minutes + b.intl_minutes,
        rounded,
        merged(a.to_members, b.to_members),
        a.month,
        merged(a.by_network, b.by_network),
    )
