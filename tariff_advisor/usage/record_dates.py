"""The dates and months of records: day-first or month-first as the file shows, never guessed; real months only.

When every date of a column fits both orders (03/04/2025), the mapping must say which.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.i18n import _

DeclaredDateOrder = Literal["auto", "day_first", "month_first"]
DateOrder = Literal["iso", "day_first", "month_first"]  # how a file's dates were read
FIRST_YEAR, LAST_YEAR = 1970, 2100  # records outside these years are typing errors, not usage

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
# A billing month: 2025-03, 2025-3, or a date or time in that month (2025-03-01, 2025-03-01 00:00:00).
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-\d{1,2}(?:[ T][\d:.]+)?)?\s*$")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def is_date(year: int, month: int, day: int) -> bool:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return False
    try:
        dt.date(year, month, day)
        return True
    except ValueError:
        return False


def _time_ok(match: re.Match[str]) -> bool:
    """The time of day, when given, is a real one (25:61 is a typing error, not a call)."""
    hour, minute, second = match.group(4), match.group(5), match.group(6)
    return hour is None or (int(hour) <= 23 and int(minute) <= 59 and (second is None or int(second) <= 60))


def rows_text(values: list[str], rows: list[int]) -> str:
    """Rows 2, 5 ('x') and 3 more: the first few bad rows with their values."""
    shown = ", ".join(_("row {row} ({value!r})").format(row=r, value=values[r - 1][:40]) for r in rows[:5])
    return shown + (" " + _("and {count} more").format(count=len(rows) - 5) if len(rows) > 5 else "")


def _not_dates(file: str, column: str, values: list[str], rows: list[int]) -> InputFileError:
    return InputFileError(
        [
            Problem(
                file,
                _(
                    "dates that are not dates: {rows}; expected e.g. 2025-03-14, 14/03/2025 or 03/14/2025, with or "
                    "without a time, in the years {first} to {last}"
                ).format(rows=rows_text(values, rows), first=FIRST_YEAR, last=LAST_YEAR),
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
            if not (is_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))) and _time_ok(iso)):
                bad_rows.append(row)
            continue
        match = _DMY.match(value)
        a, b = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        year = _year(match.group(3)) if match else 0
        if not match or not _time_ok(match) or not (is_date(year, b, a) or is_date(year, a, b)):
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
            [Problem(file, _("some dates are day-first and others month-first; fix the file"), "", column)],
            "records",
        )
    found: DateOrder | None = "day_first" if first_big else "month_first" if second_big else None
    if declared != "auto":
        if found and found != declared:
            raise InputFileError(
                [
                    Problem(
                        file,
                        _("the mapping says {declared} but the dates are {found}").format(
                            declared=declared, found=found
                        ),
                        "",
                        column,
                    )
                ],
                "records",
            )
        found = declared
    elif found is None:
        raise InputFileError(
            [
                Problem(
                    file,
                    _(
                        "every date fits both day-first and month-first (e.g. 03/04/2025); "
                        "set date_order: day_first or month_first in the mapping"
                    ),
                    "",
                    column,
                )
            ],
            "records",
        )
    day_first = found == "day_first"
    bad_rows = [row for row, a, b, year in numeric if not is_date(year, b if day_first else a, a if day_first else b)]
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
        raise ValueError(
            _("{value!r} is not a date; check the column with detect_date_order first").format(value=value)
        )
    a, b, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
    month = b if order == "day_first" else a
    return f"{year:04d}-{month:02d}"


def billing_month(value: str) -> str | None:
    """A billing-month cell as "YYYY-MM", or None when it is no real month (2026-13, 'soon', 1850-01)."""
    match = _MONTH.match(value)
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"
