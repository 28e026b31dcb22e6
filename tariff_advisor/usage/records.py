"""Monthly usage from exported records: one row per call, message or data session.

A mapping (usage.mapping) says which column holds what. Records are aggregated into monthly usage per
subscriber; they are never stored in the household file (only the monthly totals). Every value is
checked: a duration or volume that is no number, negative, not finite or beyond what one line can use
is reported with its rows, never taken. See docs/usage-import.md.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.household.model import MonthlyUsage
from tariff_advisor.i18n import N_, _, number
from tariff_advisor.io.tables import read_table
from tariff_advisor.usage.mapping import (
    MB_PER,
    NETWORK_CLASSES,
    Columns,
    RecordKind,
    UsageMapping,
    load_mapping,
    save_mapping,
)
from tariff_advisor.usage.record_dates import DateOrder, billing_month, detect_date_order, parse_month, rows_text

__all__ = [
    "HISTORY_COLUMNS",
    "NETWORK_CLASSES",
    "Columns",
    "FileSummary",
    "ImportedUsage",
    "UsageMapping",
    "aggregate",
    "history_row",
    "load_mapping",
    "merge",
    "save_mapping",
]

# Beyond these a value is a unit or typing error, not usage (a call of 1e400 seconds, a 5 PB session).
MAX_CALL_SECONDS = 24 * 3600  # one call
MAX_SESSION_MB = 1024.0**2  # one data session: 1 TB
MINUTES_IN_MONTH = 31 * 24 * 60
MAX_PER_MONTH = {  # one line in one month
    "minutes": MINUTES_IN_MONTH,
    "intl_minutes": MINUTES_IN_MONTH,
    "calls": 100_000,
    "sms": 100_000,
    "data_mb": 10 * 1024.0**2,  # 10 TB
}
_NUMBER = re.compile(r"^\s*\+?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?\s*$")


@dataclass(frozen=True)
class FileSummary:
    """What one records file held: its kinds of records and the subscribers with rows in it."""

    file: str
    kinds: frozenset[str]  # the kinds the file holds (its mapping's kind, or those found in its rows)
    groups: frozenset[str]  # subscribers with at least one row ("" when not grouped)
    rows: int


@dataclass
class ImportedUsage:
    """Monthly usage by month ("YYYY-MM"), per group (one group, "", unless grouped by subscriber)."""

    months: dict[str, dict[str, MonthlyUsage]]
    rows_read: int
    rows_skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why) of rows that are not usage
    date_order: DateOrder | Literal[""] = ""  # "": no file read
    kinds: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # group -> month -> kinds recorded
    files: tuple[FileSummary, ...] = ()

    def history(self, group: str = "") -> tuple[MonthlyUsage, ...]:
        return tuple(self.months[group][m] for m in sorted(self.months.get(group, {})))

    @property
    def groups(self) -> list[str]:
        return sorted(self.months, key=_natural)

    def files_without(self, group: str) -> list[FileSummary]:
        """The files that hold no row for this subscriber: zero of their kinds of usage."""
        return [f for f in self.files if group not in f.groups]


def _natural(text: str) -> tuple[int, str]:
    """Subscriber 1000 before 999-x, numbers in numeric order."""
    return (int(text), "") if text.isdigit() and len(text) < 19 else (1 << 62, text)


# The imported months as the CLI and the app's import preview show them (headings translated where shown).
HISTORY_COLUMNS = (
    N_("month"),
    N_("minutes"),
    N_("rounded per call"),
    N_("calls"),
    N_("SMS"),
    N_("data GB"),
    N_("intl minutes"),
)


def history_row(usage: MonthlyUsage) -> tuple[str, ...]:
    """One imported month, in the order of HISTORY_COLUMNS."""
    return (
        usage.month or "",
        number(usage.minutes, 1),
        number(usage.minutes_rounded or 0),
        number(usage.calls),
        number(usage.sms),
        number(usage.data_mb / 1024, 2),
        number(usage.intl_minutes, 1),
    )


# -- aggregation -----------------------------------------------------------------
class _Month:
    def __init__(self) -> None:
        self.seconds = self.rounded_minutes = self.calls = self.sms = self.mb = self.intl_seconds = 0.0
        self.to_members: dict[str, float] = defaultdict(float)
        self.by_network: dict[str, float] = defaultdict(float)
        self.kinds: set[str] = set()

    def usage(self, month: str) -> MonthlyUsage:
        return MonthlyUsage(
            minutes=self.seconds / 60,
            calls=self.calls,
            sms=self.sms,
            data_mb=self.mb,
            intl_minutes=self.intl_seconds / 60,
            minutes_rounded=self.rounded_minutes if "call" in self.kinds else None,
            to_members={k: v / 60 for k, v in self.to_members.items()},
            by_network={k: v / 60 for k, v in self.by_network.items()},
            month=month,
        )


def _normalise_number(number: str) -> str:
    return re.sub(r"[^\d+]", "", number)[-9:]


class _Rows:
    """Rows with a problem, by what is wrong, to report them all at once."""

    def __init__(self) -> None:
        self.by_reason: dict[str, list[int]] = defaultdict(list)

    def add(self, reason: str, row: int) -> None:
        self.by_reason[reason].append(row)

    def problems(self, file: str, column: str, values: list[str]) -> list[Problem]:
        return [
            Problem(file, f"{_(reason)}: {rows_text(values, rows)}", "", column)
            for reason, rows in self.by_reason.items()
        ]


def _amount(text: str) -> float | None:
    """A duration or volume as written (3.5 or 3,5; no sign, no thousands separator), or None."""
    if not _NUMBER.match(text):
        return None
    value = float(text.replace(",", "."))
    return value if math.isfinite(value) else math.inf


def _checked_columns(file: str, mapping: UsageMapping, header: list[str], grouped: bool) -> dict[str, str]:
    # the subscriber column is needed only to choose subscribers: a one-person export may lack it
    columns = {k: v for k, v in mapping.columns.model_dump().items() if v and (grouped or k != "group")}
    missing = [f"{name} ({column!r})" for name, column in columns.items() if column not in header]  # keys
    problems = []
    if missing:
        problems.append(
            Problem(
                file,
                _("the mapping's columns {missing} are not in the file; its columns are {header}").format(
                    missing=", ".join(missing), header=header[:20]
                ),
                "",
                "header",
            )
        )
    if mapping.kind is None and "kind" not in columns:
        problems.append(Problem(file, _("the mapping needs a kind column or a fixed kind (call, sms or data)")))
    if grouped and "group" not in columns:
        problems.append(Problem(file, _("choosing subscribers needs their column: --by COLUMN or columns.group")))
    if problems:
        raise InputFileError(problems, "records")
    return columns


def aggregate(
    path: str | Path,
    mapping: UsageMapping,
    members_by_number: dict[str, str] | None = None,
    only_group: str | None = None,
    group_by: bool = False,
) -> ImportedUsage:
    """Read a records file and add up each month's usage (of one subscriber, or of every subscriber).

    A file with no rows for `only_group` gives no months (zero of its usage), not an error.
    """
    file = str(path)
    table = read_table(path, mapping.delimiter)
    header = [str(c) for c in table.columns]
    columns = _checked_columns(file, mapping, header, only_group is not None or group_by)

    def column(name: str) -> list[str]:
        return [str(v).strip() for v in table[columns[name]].tolist()] if name in columns else []

    groups = column("group") if "group" in columns and (group_by or only_group is not None) else []
    rows = list(range(len(table)))
    if only_group is not None:
        rows = [i for i in rows if groups[i] == str(only_group).strip()]
    dates_all = column("date")
    dates = [dates_all[i] for i in rows]
    order = detect_date_order(dates, file, columns["date"], mapping.date_order) if dates else "iso"
    months, skipped, file_kinds = _add_up(
        file, mapping, columns, rows, column, dates_all, order, groups if group_by else [], members_by_number
    )
    if mapping.kind is not None:
        file_kinds = {mapping.kind}
    result = {g: {m: b.usage(m) for m, b in ms.items()} for g, ms in months.items()}
    _check_month_totals(file, result, group_by)
    return ImportedUsage(
        result,
        len(rows),
        skipped,
        order,
        {g: {m: frozenset(b.kinds) for m, b in ms.items()} for g, ms in months.items()},
        (FileSummary(file, frozenset(file_kinds), frozenset(result), len(rows)),),
    )


def _add_up(
    file: str,
    mapping: UsageMapping,
    columns: dict[str, str],
    rows: list[int],
    column: Callable[[str], list[str]],
    dates: list[str],
    order: DateOrder,
    groups: list[str],
    members_by_number: dict[str, str] | None,
) -> tuple[dict[str, dict[str, _Month]], list[tuple[int, str]], set[str]]:
    """Each row into its subscriber's month; rows that are not usage skipped, bad values collected."""
    kind_of = {v.strip().lower(): k for k, values in mapping.kind_values.items() for v in values}
    network_of = {n.strip().lower(): cls for cls, names in mapping.networks.items() for n in names}
    numbers = {_normalise_number(n): m for n, m in (members_by_number or {}).items()}
    kinds_col, amounts, month_col = column("kind"), column("amount"), column("month")
    networks, called = column("network"), column("number")
    months: dict[str, dict[str, _Month]] = defaultdict(lambda: defaultdict(_Month))
    skipped: list[tuple[int, str]] = []
    bad_amounts, bad_months = _Rows(), _Rows()
    found_kinds: set[str] = set()
    for i in rows:
        row = i + 1
        kind: RecordKind | None = mapping.kind or kind_of.get(kinds_col[i].lower())  # type: ignore[assignment]
        if kind is None:
            skipped.append((row, _("kind {kind!r} is not call, sms or data").format(kind=kinds_col[i][:40])))
            continue
        group = groups[i] if groups else ""
        if groups and not group:
            skipped.append((row, _("no subscriber in {column}").format(column=columns["group"])))
            continue
        month = billing_month(month_col[i]) if month_col and month_col[i] else parse_month(dates[i], order)
        if month is None:
            bad_months.add(N_("not a month (expected e.g. 2025-03)"), row)
            continue
        bucket = months[group][month]
        if kind == "sms":
            bucket.sms += 1
            bucket.kinds.add(kind)
            found_kinds.add(kind)
            continue
        amount = _amount(amounts[i]) if amounts else None
        if amount is None:
            bad_amounts.add(N_("not a number of 0 or more"), row)
            continue
        if kind == "data":
            mb = amount * MB_PER[mapping.data_unit]
            if mb > MAX_SESSION_MB:
                bad_amounts.add(N_("a data session of more than 1 TB (check data_unit)"), row)
                continue
            bucket.mb += mb
            bucket.kinds.add(kind)
            found_kinds.add(kind)
            continue
        seconds = amount if mapping.call_unit == "seconds" else amount * 60
        if seconds > MAX_CALL_SECONDS:
            bad_amounts.add(N_("a call of more than 24 hours (check call_unit)"), row)
            continue
        bucket.kinds.add(kind)
        found_kinds.add(kind)
        if seconds <= 0:
            continue  # an unanswered call is not billed
        network = network_of.get(networks[i].lower()) if networks else None
        if network == "international":
            bucket.intl_seconds += seconds
            continue
        bucket.seconds += seconds
        bucket.rounded_minutes += math.ceil(seconds / 60 - 1e-9)
        bucket.calls += 1
        if network:
            bucket.by_network[network] += seconds
        other = numbers.get(_normalise_number(called[i])) if called else None
        if other:
            bucket.to_members[other] += seconds
    problems = bad_amounts.problems(file, columns.get("amount", "amount"), amounts) + bad_months.problems(
        file, columns.get("month", "month"), month_col
    )
    if problems:
        raise InputFileError(problems, "records")
    return months, skipped, found_kinds


def _check_month_totals(file: str, months: dict[str, dict[str, MonthlyUsage]], grouped: bool) -> None:
    """A month's totals within what one line can use: beyond that, the units are wrong or the file is not one line's."""
    problems = []
    for group, by_month in months.items():
        for month, usage in by_month.items():
            for name, limit in MAX_PER_MONTH.items():
                value = getattr(usage, name)
                if value > limit:
                    who = _("subscriber {name!r}, ").format(name=group) if grouped else ""
                    problems.append(
                        Problem(
                            file,
                            _(
                                "{who}{month}: {value} {what} is more than one line uses in a month (at most "
                                "{limit}); check the units in the mapping, or import one subscriber per member "
                                "with --by"
                            ).format(
                                who=who,
                                month=month,
                                value=number(value),
                                what=name.replace("_", " "),
                                limit=number(limit),
                            ),
                            "",
                            name,
                        )
                    )
    if problems:
        raise InputFileError(problems[:20], "records")


def merge(*imports: ImportedUsage) -> ImportedUsage:
    """Several files (e.g. calls, messages and data exported separately) as one."""
    months: dict[str, dict[str, MonthlyUsage]] = defaultdict(dict)
    kinds: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for part in imports:
        for group, by_month in part.months.items():
            for month, usage in by_month.items():
                before = months[group].get(month)
                months[group][month] = usage if before is None else add_months(before, usage)
                kinds[group][month] = kinds[group].get(month, frozenset()) | part.kinds.get(group, {}).get(
                    month, frozenset()
                )
    return ImportedUsage(
        dict(months),
        sum(p.rows_read for p in imports),
        [s for p in imports for s in p.rows_skipped],
        next((p.date_order for p in imports if p.rows_read), imports[0].date_order if imports else ""),
        dict(kinds),
        tuple(f for p in imports for f in p.files),
    )


def add_months(a: MonthlyUsage, b: MonthlyUsage) -> MonthlyUsage:
    """Two records of the same month (e.g. its calls and its messages) as one."""

    def merged(x: dict[str, float], y: dict[str, float]) -> dict[str, float]:
        out = dict(x)
        for k, v in y.items():
            out[k] = out.get(k, 0.0) + v
        return out

    rounded = (
        None
        if a.minutes_rounded is None and b.minutes_rounded is None
        else (a.minutes_rounded if a.minutes_rounded is not None else a.minutes)
        + (b.minutes_rounded if b.minutes_rounded is not None else b.minutes)
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
