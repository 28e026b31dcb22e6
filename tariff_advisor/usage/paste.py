"""Months of usage pasted from a spreadsheet: the forms people really copy, read without guessing.

A paste is rows of cells separated by tabs (or semicolons). The first row may be a header that names
the columns ("Month", "Minutes", "Data (GB)" ...); months may be written `2025-11`, `11/2025`,
`Nov 2025`, `November 2025`, `Dez. 25` or as a date; numbers may carry the user's decimal and
thousands separators (`28,5`, `1.200`, `1,234.5`) and a unit (`28,5 GB`, `300 MB`, `120 min`).
Every cell is either read or rejected with the reason; a row whose month cannot be read is
rejected whole, never given an invented month.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from tariff_advisor.household.model import MonthlyUsage
from tariff_advisor.i18n import N_, _

# The history table's columns, in order: (field, what people call it (translated where shown), the unit a
# number is in).
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("month", N_("month"), ""),
    ("minutes", N_("call minutes"), "min"),
    ("calls", N_("calls"), ""),
    ("sms", N_("SMS"), ""),
    ("data_mb", N_("data"), "GB"),
    ("intl_minutes", N_("international minutes"), "min"),
)
FIELD_NAMES = tuple(name for name, _label, _unit in FIELDS)

# Header words (English and German) that name a column, matched at the start of a word; the first match
# wins, so "intl min" is international minutes and "Daten" is data, not a date.
_HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("intl_minutes", ("intl", "international", "ausland", "abroad")),
    ("data_mb", ("data", "daten", "gb", "mb", "internet", "volume")),
    ("month", ("month", "monat", "period", "zeitraum", "date", "datum")),
    ("sms", ("sms", "text", "message", "nachricht")),
    ("minutes", ("minute", "min", "talk", "voice", "gesprächs", "telefonie")),
    ("calls", ("call", "anruf", "gespräche")),
)

_MONTH_NAMES = {
    "jan": 1, "january": 1, "januar": 1, "jän": 1, "jänner": 1,
    "feb": 2, "february": 2, "februar": 2,
    "mar": 3, "march": 3, "mär": 3, "mrz": 3, "märz": 3, "maerz": 3,
    "apr": 4, "april": 4,
    "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juni": 6,
    "jul": 7, "july": 7, "juli": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "okt": 10, "oktober": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12, "dez": 12, "dezember": 12,
}  # fmt: skip

_UNITS = {"gb": 1024.0, "gib": 1024.0, "g": 1024.0, "mb": 1.0, "mib": 1.0, "m": 1.0}
_COUNT_UNITS = {"min", "mins", "minutes", "minuten", "sms", "calls", "anrufe", "x"}
# Usage beyond these in one month is a typo, not a month (about 22 hours of calls a day, 50 TB).
_LIMITS = {"minutes": 44_640.0, "calls": 100_000.0, "sms": 100_000.0, "data_mb": 50e6, "intl_minutes": 44_640.0}


@dataclass(frozen=True)
class Separators:
    """How the user's locale writes numbers: `,` and `.` in German, `.` and `,` in English."""

    decimal: str = "."
    group: str = ","


@dataclass(frozen=True)
class RejectedCell:
    row: int  # 1-based row of the paste, as the user sees it in the spreadsheet
    column: str  # the field's name as people read it
    text: str
    reason: str

    def __str__(self) -> str:
        return _("row {row}, {column}: '{text}' {reason}").format(
            row=self.row, column=self.column, text=self.text, reason=self.reason
        )


@dataclass(frozen=True)
class PastedRow:
    row: int
    month: str | None  # None: the paste has no month column; the row lands on the table's row in order
    values: dict[str, float]  # field -> value, in the model's units (data in MB)

    @property
    def cells(self) -> int:
        """The cells it takes: its values and its month."""
        return len(self.values) + (self.month is not None)


@dataclass
class PasteResult:
    rows: list[PastedRow] = field(default_factory=list)
    rejected: list[RejectedCell] = field(default_factory=list)
    header: tuple[str, ...] | None = None  # the fields the header named, when the first row was one


def parse_paste(text: str, first_field: str = "month", separators: Separators | None = None) -> PasteResult:
    """The rows of a paste; without a header, the cells fill the columns from `first_field` rightwards."""
    separators = separators or Separators()
    lines = [line for line in text.splitlines() if line.strip()]
    result = PasteResult()
    if not lines:
        return result
    columns = _positional(first_field, len(_cells(lines[0])))
    header = _header(_cells(lines[0]))
    bare_data = 1024.0  # a number without a unit in the data column is GB, as the table shows it
    first_row = 1
    if header is not None:
        if any(
            f == "data_mb" and re.search(r"\bmb\b", c.lower()) for f, c in zip(header, _cells(lines[0]), strict=False)
        ):
            bare_data = 1.0  # the header says the column is in MB
        result.header, columns, lines, first_row = tuple(f for f in header if f), header, lines[1:], 2
    for number, line in enumerate(lines, start=first_row):
        row = _row(number, _cells(line), columns, separators, bare_data, result.rejected)
        if row is not None:
            result.rows.append(row)
    return result


def _cells(line: str) -> list[str]:
    return [c.strip() for c in (line.split("\t") if "\t" in line else line.split(";"))]


def _positional(first_field: str, count: int) -> list[str | None]:
    start = FIELD_NAMES.index(first_field)
    names: list[str | None] = list(FIELD_NAMES[start : start + count])
    return names + [None] * (count - len(names))


def _header(cells: list[str]) -> list[str | None] | None:
    """The fields a header row names, or None when the row holds data (a month or any number)."""
    if any(parse_month(c) for c in cells) or any(_looks_numeric(c) for c in cells):
        return None
    fields = [_header_field(c) for c in cells]
    return fields if any(fields) else None


def _header_field(cell: str) -> str | None:
    words = cell.lower()
    for name, keys in _HEADER_WORDS:
        if any(re.search(rf"\b{re.escape(k)}", words) for k in keys):
            return name
    return None


def _looks_numeric(cell: str) -> bool:
    return bool(re.match(r"^\s*[-+]?\d", cell))


def _row(
    number: int,
    cells: list[str],
    columns: list[str | None],
    separators: Separators,
    bare_data: float,
    rejected: list[RejectedCell],
) -> PastedRow | None:
    labels = {name: _(label) for name, label, _unit in FIELDS}
    month: str | None = None
    values: dict[str, float] = {}
    for name, cell in zip(columns, cells, strict=False):
        if name is None or (not cell and name != "month"):
            continue
        if name == "month":
            month = parse_month(cell)
            if not cell:
                rejected.append(RejectedCell(number, labels[name], cell, _("is empty; the row is left out")))
                return None
            if month is None:
                reason = _("is not a month (write it as 2025-11, 11/2025 or Nov 2025); the row is left out")
                rejected.append(RejectedCell(number, labels[name], cell, reason))
                return None
            continue
        value, problem = parse_quantity(name, cell, separators, bare_data)
        if problem:
            rejected.append(RejectedCell(number, labels[name], cell, problem))
        else:
            values[name] = value
    if "month" in columns and month is None:
        rejected.append(RejectedCell(number, labels["month"], "", _("is empty; the row is left out")))
        return None
    return PastedRow(number, month, values) if values or month else None


def parse_month(text: str) -> str | None:
    """`YYYY-MM` for the month a cell names, or None."""
    text = text.strip().lower().rstrip(".")
    for pattern, year_group, month_group in (
        (r"(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?", 1, 2),  # 2025-11, 2025/11, 2025-11-01
        (r"(\d{1,2})[-/.](\d{4})", 2, 1),  # 11/2025, 11.2025
        (r"\d{1,2}[-/.](\d{1,2})[-/.](\d{4})", 2, 1),  # 01.11.2025 (day first, as spreadsheets in Europe)
    ):
        match = re.fullmatch(pattern, text)
        if match:
            return _month(int(match.group(year_group)), int(match.group(month_group)))
    match = re.fullmatch(r"([a-zäé]+)\.?[\s\-/']*(\d{4}|\d{2})", text)
    if match and match.group(1) in _MONTH_NAMES:
        year = int(match.group(2))
        return _month(year + 2000 if year < 100 else year, _MONTH_NAMES[match.group(1)])
    return None


def _month(year: int, month: int) -> str | None:
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        return None
    return dt.date(year, month, 1).strftime("%Y-%m")


def parse_quantity(name: str, cell: str, separators: Separators, bare_data: float = 1024.0) -> tuple[float, str]:
    """A cell's value in the model's unit (data in MB; a bare number in the data column is GB unless
    `bare_data` says otherwise), or the reason it cannot be read."""
    match = re.fullmatch(r"([-+]?[\d.,'\s\u00a0\u202f]*\d)\s*([a-zA-Z]*)", cell.strip())
    if not match:
        return 0.0, _("is not a number")
    number = parse_number(match.group(1), separators)
    if number is None:
        return 0.0, _("is not a number (write it as 28.5, 28,5 or 1,200 as your locale does)")
    unit = match.group(2).lower()
    scale = 1.0
    if name == "data_mb":
        scale = _UNITS.get(unit, 0.0) if unit else bare_data
        if not scale:
            return 0.0, _("has a unit '{unit}' that is not GB or MB").format(unit=match.group(2))
    elif unit and unit not in _COUNT_UNITS:
        return 0.0, _("has a unit '{unit}' this column does not take").format(unit=match.group(2))
    value = number * scale
    if value < 0:
        return 0.0, _("is negative")
    if not math.isfinite(value) or value > _LIMITS[name]:
        return 0.0, _("is more than a month can hold")
    return value, ""


def parse_number(text: str, separators: Separators) -> float | None:
    """A number written with decimal and thousands separators; the locale decides only what is ambiguous.

    `1.234,5` and `1,234.5`: the last separator is the decimal one. `1.234.567`: grouping. One separator
    followed by exactly three digits (`1.200`, `1,200`) is read as the locale writes it; any other
    single separator (`28,5`, `3.75`) is a decimal one.
    """
    text = re.sub(r"[\s\u00a0\u202f']", "", text)
    sign = -1.0 if text.startswith("-") else 1.0
    text = text.lstrip("+-")
    if not re.fullmatch(r"[\d.,]+", text) or not text[0].isdigit() or not text[-1].isdigit():
        return None
    marks = [c for c in text if c in ".,"]
    if not marks:
        return sign * float(text)
    if len(set(marks)) == 2:
        decimal = marks[-1]
        if marks.count(decimal) > 1:
            return None
        whole, fraction = text.rsplit(decimal, 1)
        return _grouped(whole, fraction, sign)
    mark = marks[0]
    if len(marks) > 1:
        return _grouped(text, "", sign)
    whole, fraction = text.split(mark)
    if len(fraction) == 3 and mark == separators.group:
        return _grouped(text, "", sign)
    return sign * float(f"{whole}.{fraction}")


def _grouped(whole: str, fraction: str, sign: float) -> float | None:
    groups = re.split(r"[.,]", whole)
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return None
    return sign * float("".join(groups) + (f".{fraction}" if fraction else ""))


def merge_paste(
    months: list[MonthlyUsage], result: PasteResult, top: int
) -> tuple[list[MonthlyUsage], int, list[RejectedCell]]:
    """The months with the paste applied, how many cells it changed, and the rows it could not place.

    A row with a month updates that month, or adds it in calendar order; a row without one (the paste
    started right of the month column) lands on the table's rows from `top` on, and past the last
    row it is rejected: a month is never invented.
    """
    out, rejected, cells = list(months), [], 0
    for offset, row in enumerate(result.rows):
        changes: dict[str, Any] = dict(row.values)
        if "minutes" in changes:  # rounded minutes and the network split came from records; they no longer hold
            changes.update(minutes_rounded=None, by_network={})
        if row.month is None:
            if top + offset >= len(out):
                said = _("has no month to go to: paste the month column too")
                rejected.append(RejectedCell(row.row, _("month"), "", said))
                continue
            out[top + offset] = replace(out[top + offset], **changes)
        else:
            at = next((i for i, m in enumerate(out) if m.month == row.month), None)
            if at is None:
                out.append(replace(MonthlyUsage(), month=row.month, **changes))
                out.sort(key=lambda m: m.month or "")
            else:
                out[at] = replace(out[at], **changes)
        cells += row.cells
    return out, cells, rejected
