"""Fuzzing the usage-record import: the real record files in tests/data/real/ mutated, and small generated CSVs
and spreadsheets (encodings, byte-order marks, delimiters, bad dates, huge, negative and non-finite numbers,
formulas and markup in cells, empty and truncated files).

Every file either imports, into monthly totals that are finite and plausible and a household that its loader
reads back, or stops with the project's own error naming the file, leaving the household file byte for byte
as it was. Never another exception. Each file is small and each example runs under a hang guard and a memory
cap (generous bounds, not timings). Budget: tests/fuzzing.py (TARIFF_FUZZ_EXAMPLES for a longer run).
"""

from __future__ import annotations

import contextlib
import io
import lzma
import math
import signal
import tempfile
import tracemalloc
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import currently_in_test_context, event, given
from hypothesis import strategies as st

import tariff_advisor as ta
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.usage.household_import import plan_import, write_plan
from tariff_advisor.usage.records import MAX_PER_MONTH, UsageMapping, load_mapping

from .fuzzing import fuzz_settings
from .real_data import PHONE_LOG, REAL

pytestmark = pytest.mark.fuzz
ROOT = Path(__file__).resolve().parents[1]
MAPPINGS = ROOT / "examples" / "usage-mappings"
HANG_SECONDS = 60  # far beyond any honest example (each file is a few KB): only a hang reaches it
MEMORY_BYTES = 300 * 1024**2
HOUSEHOLD = b"name: Fuzz\nhorizon_months: 12\nmembers:\n  - {name: M, numbers: ['0851234567'], usage: {typical: {minutes: 5}}}\n  - {name: N, numbers: ['0879876543'], usage: {typical: {sms: 3}}}\n"


@cache
def seeds() -> tuple[tuple[str, bytes, UsageMapping], ...]:
    """The first rows of each real record file, as published, with its mapping."""
    out = [("phone_data.csv", b"".join(PHONE_LOG.read_bytes().splitlines(keepends=True)[:40]), "phone-log-ireland")]
    for kind in ("calls", "messages", "internet"):
        lines = lzma.decompress((REAL / "megaline" / f"megaline_{kind}.csv.xz").read_bytes()).splitlines(True)
        out.append((f"megaline_{kind}.csv", b"".join(lines[:40]), f"megaline-{kind}"))
    return tuple((name, data, load_mapping(MAPPINGS / f"{mapping}.yaml")) for name, data, mapping in out)


@contextlib.contextmanager
def bounded() -> Iterator[None]:
    """Fail the example if it hangs or takes far more memory than its few KB can need."""

    def hang(*_: object) -> None:
        raise AssertionError(f"an import of a few KB ran for {HANG_SECONDS} s: a hang")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(HANG_SECONDS)
    tracemalloc.start()
    try:
        yield
        _, peak = tracemalloc.get_traced_memory()
        assert peak < MEMORY_BYTES, f"an import of a few KB used {peak / 1024**2:.0f} MB"
    finally:
        tracemalloc.stop()
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_import(name: str, data: bytes, mapping: UsageMapping) -> ta.Household | None:
    """The property: a clean import into a household that loads, or the project's error and nothing changed."""
    with tempfile.TemporaryDirectory() as temp:
        return _check_import(Path(temp), name, data, mapping)


def _check_import(folder: Path, name: str, data: bytes, mapping: UsageMapping) -> ta.Household | None:
    records, household = folder / name, folder / "household.yaml"
    records.write_bytes(data)
    household.write_bytes(HOUSEHOLD)
    with bounded():
        try:
            plan = plan_import([(records, mapping)], household, member="M")
            write_plan(plan)
        except TariffAdvisorError as exc:
            assert household.read_bytes() == HOUSEHOLD  # nothing saved is lost
            assert str(records) in str(exc) or str(household) in str(exc)  # the message names the file
            if currently_in_test_context():
                event("clear error")
            return None
    if currently_in_test_context():
        event("imported")
    loaded = ta.load_household(household)
    for usage in loaded.member("M").usage:
        for field, limit in MAX_PER_MONTH.items():
            value = getattr(usage, field)
            assert math.isfinite(value) and 0 <= value <= limit, (field, value)
        assert usage.minutes_rounded is None or usage.minutes_rounded >= usage.minutes
        assert sum(usage.to_members.values()) <= usage.minutes + 1e-9 and "M" not in usage.to_members
        assert usage.month is not None and 1 <= int(usage.month[5:]) <= 12
    return loaded


# -- mutations of text files ----------------------------------------------------------------------------
WEIRD_CELLS = [
    "",
    " ",
    "0",
    "-1",
    "-0",
    "1e400",
    "-1e400",
    "1e308",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "Infinity",
    "1_000",
    "1,5",
    "1.5.5",
    "0x10",
    "١٢٣",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "@SUM(A1)",
    "<b>x",
    "$x^2$",
    '"',
    '""',
    "2026-13",
    "2026-02-30",
    "31/31/2015",
    "0000-01-01",
    "9999-12-31",
    "2025-01-01T25:61",
    "99/99/99",
    "call",
    "sms",
    "data",
    "CALL",
    "voice",
    "\x00",
    "\ufeff",
    "é",
    "\u202e",
    "a" * 300,
    "9" * 400,
    "1e-400",
    "86400",
    "86401",
    "1048577",
    "2025-03",
    "1000000",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1"]


@st.composite
def mutated_text(draw, text: str) -> str:
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        action = draw(
            st.sampled_from(["cell", "cell", "cell", "delete", "duplicate", "delimiter", "truncate", "header"])
        )
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        if action == "cell":
            cells = lines[index].split(",")
            cells[draw(st.integers(0, len(cells) - 1))] = draw(st.sampled_from(WEIRD_CELLS) | st.text(max_size=12))
            lines[index] = ",".join(cells)
        elif action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines[index:index] = [lines[index]] * draw(st.integers(1, 30))
        elif action == "delimiter":
            lines = [line.replace(",", draw(st.sampled_from([";", "\t", "|", "e", " ", ",,"]))) for line in lines]
        elif action == "truncate":
            lines = lines[:index]
            lines.append(text[: draw(st.integers(0, 40))])
        else:
            lines[0] = lines[0].replace(lines[0].split(",")[0], draw(st.sampled_from(["", "Date", "date ", '"date"'])))
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines) + draw(st.sampled_from(["", "\n"]))


def encoded(draw, text: str) -> bytes:
    """The text as an export writes it: mostly UTF-8, else another encoding, a stray byte-order mark, cut short."""
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", *ENCODINGS]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 3)) == 0:
        data = draw(st.sampled_from([data[: len(data) // 2], b"\xef\xbb\xbf" + data, data + b"\xff\xfe", b"\xff\xfe"]))
    return data


@given(st.data())
@fuzz_settings
def test_mutated_real_record_files_import_cleanly_or_give_the_clear_error(data):
    name, raw, mapping = data.draw(st.sampled_from(seeds()))
    text = data.draw(mutated_text(raw.decode("utf-8")))
    if data.draw(st.booleans()):
        mapping = mapping.model_copy(update={"date_order": data.draw(st.sampled_from(["auto", "day_first"]))})
    check_import(name, encoded(data.draw, text), mapping)


# -- generated small logs -----------------------------------------------------------------------------------
GOOD_DATES = ["2025-01-05", "2025-02-28 23:59", "13/01/2025", "28/02/2025 10:00"]
BAD_DATES = ["05/03/2025", "01/13/2025", "2025-13-01", "x", "2025-02-29", "1899-01-01"]
GOOD_AMOUNTS = ["60", "0", "61", "3.5", "86400", "1e3"]
BAD_AMOUNTS = ["-1", "1e400", "nan", "inf", "", "=1+1", "1e5", "1,5"]


def cells(clean: bool, good: list[str], bad: list[str]) -> st.SearchStrategy[str]:
    """Half the logs are clean, so that imports succeed and their totals are checked too; the rest mix in bad
    values."""
    return st.sampled_from(good) if clean else st.sampled_from(good + bad)


GENERATED = UsageMapping.model_validate(
    {
        "columns": {"date": "date", "kind": "kind", "amount": "amount", "number": "to", "network": "net"},
        "networks": {"off_net": ["Other"], "international": ["World"]},
    }
)


@given(st.data())
@fuzz_settings
def test_generated_logs_import_cleanly_or_give_the_clear_error(data):
    delimiter = data.draw(st.sampled_from([",", ";", "\t", "|"]))
    clean = data.draw(st.booleans())
    rows = data.draw(
        st.lists(
            st.tuples(
                cells(clean, GOOD_DATES, BAD_DATES),
                st.sampled_from(["call", "sms", "data", "fax", "Voice", ""]),
                cells(clean, GOOD_AMOUNTS, BAD_AMOUNTS),
                st.sampled_from(["", "0851234567", "+353 87 987 6543", "<img src=x>"]),
                st.sampled_from(["", "Other", "World", "$\\alpha$"]),
            ),
            max_size=25,
        )
    )
    text = "\n".join(delimiter.join(row) for row in [("date", "kind", "amount", "to", "net"), *rows])
    mapping = GENERATED.model_copy(
        update={
            "delimiter": data.draw(st.sampled_from([None, delimiter] if clean else [None, delimiter, ","])),
            "call_unit": data.draw(st.sampled_from(["seconds", "minutes"])),
            "data_unit": data.draw(st.sampled_from(["bytes", "kb", "mb", "gb"])),
            "date_order": data.draw(st.sampled_from(["auto", "day_first", "month_first"])),
        }
    )
    check_import("log.csv", text.encode("utf-8") if clean else encoded(data.draw, text), mapping)


@cache
def spreadsheet() -> bytes:
    """A small records spreadsheet, built once so that every example mutates the same bytes."""
    frame = pd.DataFrame(
        {
            "date": ["2025-01-05", "2025-03-05", "2025-03-06"],
            "kind": ["call", "sms", "data"],
            "amount": ["60", "", "300.5"],
        }
    )
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False)
    return buffer.getvalue()


@given(st.data())
@fuzz_settings
def test_damaged_spreadsheets_give_the_clear_error(data):
    raw = bytearray(spreadsheet())
    for _ in range(data.draw(st.integers(0, 6)) if data.draw(st.booleans()) else 0):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.sampled_from([len(raw), len(raw), len(raw) // 2, 100, 0]))
    mapping = UsageMapping.model_validate({"columns": {"date": "date", "kind": "kind", "amount": "amount"}})
    check_import(data.draw(st.sampled_from(["log.xlsx", "log.xls", "log.csv"])), bytes(raw[:cut]), mapping)


def test_the_property_can_fail(monkeypatch):
    """A good file passes; an import that lets another exception through, or writes a household with months
    beyond what a line can use, fails the property."""
    sms = UsageMapping.model_validate({"columns": {"date": "date"}, "kind": "sms"})
    loaded = check_import("ok.csv", b"date\n2025-01-01\n", sms)
    assert loaded is not None and loaded.member("M").usage[0].sms == 1
    import tariff_advisor.usage.records as records

    monkeypatch.setattr(records, "_amount", lambda text: float(text))  # the old parsing: no bounds, ValueError
    calls = UsageMapping.model_validate({"columns": {"date": "date", "amount": "s"}, "kind": "call"})
    with pytest.raises(ValueError):
        check_import("bad.csv", b"date,s\n2025-01-01,sixty\n", calls)
    # an import that writes the household and then fails has lost what was saved: the property says so
    # (bounds alone no longer show it: the household's own loader refuses what the records' bounds let through)
    real_write = globals()["write_plan"]

    def write_then_fail(plan):
        real_write(plan)
        raise TariffAdvisorError("failed after writing")

    monkeypatch.setitem(globals(), "write_plan", write_then_fail)
    with pytest.raises(AssertionError):
        check_import("ok.csv", b"date\n2025-01-01\n", sms)
