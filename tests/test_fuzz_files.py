"""Fuzzing the files the app reads: the shipped catalogue and the example households, mutated as a careless or
hostile editor would (type swaps, non-finite and huge numbers, booleans, bad dates and months, aliases, deep
nesting, odd tags, markup and formulas in names, encodings and byte-order marks, truncation).

Whatever the mutation, loading either succeeds with only finite values within the documented ranges, or raises
the project's located error (never another exception), within a bounded amount of memory per file. A loaded
catalogue also prices the example family to a finite total. Budget: tests/fuzzing.py (TARIFF_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import math
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tariff_advisor as ta
from tariff_advisor.catalogue.schema import MAX_QUANTITY, fee_after_changes
from tariff_advisor.errors import InputFileError, TariffAdvisorError
from tariff_advisor.household.files import MAX_CALLS, MAX_DATA_MB, MAX_MINUTES, MAX_ROUNDED_MINUTES, MAX_SMS
from tariff_advisor.io.yamlio import MAX_MONEY, MONTH_PATTERN
from tests.fuzzing import fuzz_settings

from .helpers import ROOT

pytestmark = pytest.mark.fuzz

CATALOGUE_FILES = sorted((ROOT / "data" / "tariffs").glob("*.yaml"))
HOUSEHOLD_FILES = sorted((ROOT / "examples" / "households").glob("*.yaml"))
TEXTS = {path: path.read_text(encoding="utf-8") for path in [*CATALOGUE_FILES, *HOUSEHOLD_FILES]}
FAMILY = ta.load_household(ROOT / "examples" / "households" / "berger-family.yaml")
MAX_GROWTH_MB = 200  # what loading one file may add to the process's peak memory; an alias bomb takes gigabytes

HOSTILE = [
    # numbers that are not numbers, or not finite, or far out of range
    ".inf",
    "-.inf",
    ".nan",
    "1e300",
    "-1e300",
    "1e400",
    "-1",
    "-0.0",
    "0",
    "99999999999999999999",
    "9" * 60,
    "1_000",
    "0x1F",
    "0o17",
    "12.5e3",
    # booleans, nulls, text where numbers belong, numbers where text belongs
    "true",
    "false",
    "yes",
    "null",
    "~",
    "''",
    "'12'",
    "12",
    "'abc'",
    # dates and months that do not exist
    "2026-02-30",
    "2025-13-01",
    "2025-13",
    "2025-00",
    "2026-01-01 25:00:00",
    "0000-01-01",
    # other shapes
    "[]",
    "{}",
    "[1, 2]",
    "{a: 1}",
    "[" * 60 + "]" * 60,
    "{a: " * 45 + "1" + "}" * 45,
    # tags
    "!!binary aGVsbG8=",
    "!!python/object/apply:os.system [echo]",
    "!!set {a, b}",
    "!!omap [{a: 1}]",
    "!custom x",
    "!!str 5",
    "!!int abc",
    "!!float 12",
    "!!timestamp nope",
    # aliases
    "*nowhere",
    "&x [1, *x]",
    # markup, formulas and control characters in names
    "'<b>bold'",
    "'<img src=\"/etc/hosts\"/>'",
    "'=cmd|'' /C calc''!A0'",
    "'$x^2$'",
    "'@SUM(A1)'",
    '"tab\\there"',
    '"\\u0000"',
    "'\u202etxt.exe'",
]
BENIGN = ["0", "1", "2.5", "17", "100", "0.001", "unlimited", "x", "2027-01-31", "2025-06"]  # mutations that may load
LAUGHS = "lol0: &l0 [a, a, a, a, a, a, a, a, a, a]\n" + "".join(
    f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 9)
)
BLOCKS = [
    LAUGHS,
    "deep: " + "[" * 300 + "]" * 300 + "\n",
    "anchor: &big [" + ", ".join(["1"] * 200) + "]\nuse: [" + ", ".join(["*big"] * 200) + "]\n",
    "extra: !!binary aGVsbG8=\n",
    "<<: {x: 1}\n",
]
# A value after "key: ", in block or flow style.
VALUE = re.compile(r"(?<=: )[^,{}\[\]\n#]+?(?=\s*(?:[,}\]\n#]|$))", re.MULTILINE)


@st.composite
def mutated_text(draw: st.DrawFn, text: str) -> str:
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3]))):
        kind = draw(st.sampled_from(["value", "value", "value", "block", "truncate", "duplicate", "key"]))
        lines = text.splitlines(keepends=True)
        spans = list(VALUE.finditer(text))
        if kind == "value" and spans:
            span = spans[draw(st.integers(0, len(spans) - 1))]
            value = draw(st.sampled_from(HOSTILE) | st.sampled_from(BENIGN))
            text = text[: span.start()] + value + text[span.end() :]
        elif kind == "block":
            at = draw(st.integers(0, len(lines)))
            text = "".join(lines[:at]) + draw(st.sampled_from(BLOCKS)) + "".join(lines[at:])
        elif kind == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
        elif kind == "duplicate" and lines:
            at = draw(st.integers(0, len(lines) - 1))
            text = "".join([*lines[: at + 1], lines[at], *lines[at + 1 :]])
        elif kind == "key":
            keys = list(re.finditer(r"^\s*-?\s*([a-z_]+):", text, re.MULTILINE))
            if keys:
                key = keys[draw(st.integers(0, len(keys) - 1))]
                text = (
                    text[: key.start(1)]
                    + draw(st.sampled_from(["montly_fee", "id", "<<", "month"]))
                    + text[key.end(1) :]
                )
    return text


@st.composite
def mutated_file(draw: st.DrawFn, files: list[Path]) -> tuple[Path, bytes]:
    path = draw(st.sampled_from(files))
    text = draw(mutated_text(TEXTS[path]))
    encoding = draw(st.sampled_from(["utf-8"] * 12 + ["bom", "utf-16", "latin-1", "garbage"]))
    if encoding == "bom":
        return path, b"\xef\xbb\xbf" + text.encode("utf-8")
    if encoding == "utf-16":
        return path, text.encode("utf-16")
    if encoding == "latin-1":
        return path, ("# \u00e9t\u00e9\n" + text).encode("latin-1", errors="replace")
    if encoding == "garbage":
        return path, text.encode("utf-8") + draw(st.binary(min_size=1, max_size=20))
    return path, text.encode("utf-8")


def _peak_mb() -> float:
    """The process's peak resident memory so far (ru_maxrss: KB on Linux, bytes on macOS)."""
    import resource  # POSIX only; tracemalloc would bound it everywhere but makes each load three times slower

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def within_memory(action: Callable[[], Any]) -> Any:
    """`action`'s result (or its exception), after checking it raised the process's peak memory by less than
    MAX_GROWTH_MB (a bound on the work done, unlike a timed assert)."""
    before = _peak_mb()
    try:
        result: Any = action()
    except Exception as exc:  # judged by the caller, after the memory check
        result = exc
    growth = _peak_mb() - before
    assert growth < MAX_GROWTH_MB, f"loading raised peak memory by {growth:.0f} MB"
    return result


def assert_located(error: BaseException, error_type: type[InputFileError], file: Path) -> None:
    if not isinstance(error, error_type):
        raise error  # anything else is a bug: show its traceback
    assert error.problems
    for problem in error.problems:
        text = str(problem)
        assert text.startswith(str(file.parent)) and "Input should" not in text and "Traceback" not in text, text


def finite_in(value: float | None, low: float, high: float) -> bool:
    return value is None or (math.isfinite(value) and low <= value <= high)


def allowance_ok(value: float) -> bool:
    return value == math.inf or finite_in(value, 0, MAX_QUANTITY * 1024)


def assert_catalogue_in_range(catalogue: ta.Catalogue) -> None:
    for tariff in catalogue.tariffs:
        money = [tariff.monthly_fee, tariff.activation_fee, tariff.setup_fee_per_call, tariff.on_net_minute_price]
        money += [tariff.rates.minute, tariff.rates.sms, tariff.rates.intl_minute, tariff.rates.data.price]
        money += [p.amount for p in tariff.promotions if p.type != "free_months"]
        assert all(finite_in(m, 0, MAX_MONEY) for m in money), tariff
        allowance = tariff.allowance
        assert all(
            allowance_ok(v) for v in (allowance.minutes, allowance.sms, allowance.data_mb, allowance.intl_minutes)
        )
        assert fee_after_changes(tariff.monthly_fee, list(tariff.price_changes)) is None
        assert tariff.valid_from is None or tariff.valid_from.year >= 1
    for option in catalogue.options:
        assert finite_in(option.monthly_fee, 0, MAX_MONEY)
        assert all(allowance_ok(v) for v in (option.adds.minutes, option.adds.sms, option.adds.data_mb))
    for plan in catalogue.family_plans.values():
        assert finite_in(plan.base_fee, 0, MAX_MONEY)


def assert_household_in_range(household: ta.Household) -> None:
    for member in household.members:
        months = [u.month for u in member.usage if u.month is not None]
        assert len(months) == len(set(months)) and all(re.fullmatch(MONTH_PATTERN, m) for m in months)
        for usage in member.usage:
            assert finite_in(usage.minutes, 0, MAX_MINUTES) and finite_in(usage.intl_minutes, 0, MAX_MINUTES)
            assert finite_in(usage.calls, 0, MAX_CALLS) and finite_in(usage.sms, 0, MAX_SMS)
            assert finite_in(usage.data_mb, 0, MAX_DATA_MB)
            assert finite_in(usage.minutes_rounded, 0, MAX_ROUNDED_MINUTES)
            assert all(finite_in(v, 0, MAX_MINUTES) for v in usage.to_members.values())
        if member.current is not None:
            assert finite_in(member.current.monthly_fee, 0, MAX_MONEY) and finite_in(
                member.current.exit_fee, 0, MAX_MONEY
            )
    assert math.isfinite(household.usage_growth_percent_per_year)


def assert_prices_finitely(catalogue: ta.Catalogue) -> None:
    """The example family on the mutated provider's tariffs: a bill with a finite total, or a located refusal."""
    tariffs = [t.id for t in catalogue.tariffs]
    if not tariffs:
        return
    assignment = {m.name: {"tariff": tariffs[i % len(tariffs)], "options": []} for i, m in enumerate(FAMILY.members)}
    try:
        bill = ta.price(FAMILY, catalogue, assignment)
    except TariffAdvisorError:
        return
    assert math.isfinite(bill.total)


@fuzz_settings
@given(mutated_file(CATALOGUE_FILES))
def test_mutated_catalogue_loads_in_range_or_is_refused_with_located_problems(tmp_path_factory, case):
    source, raw = case
    path = tmp_path_factory.mktemp("catalogue") / source.name
    path.write_bytes(raw)
    result = within_memory(lambda: ta.load_catalogue(path))  # one provider: cross-file rules are tested elsewhere
    if isinstance(result, BaseException):
        assert_located(result, ta.CatalogueError, path)
        return
    assert_catalogue_in_range(result)
    assert_prices_finitely(result)


@fuzz_settings
@given(mutated_file(HOUSEHOLD_FILES))
def test_mutated_household_loads_in_range_or_is_refused_with_located_problems(tmp_path_factory, case):
    source, raw = case
    path = tmp_path_factory.mktemp("household") / source.name
    path.write_bytes(raw)
    result = within_memory(lambda: ta.load_household(path))
    if isinstance(result, BaseException):
        assert_located(result, ta.HouseholdError, path)
        return
    assert_household_in_range(result)
    saved = ta.save_household(result, path)  # what loads also saves, and loads again the same
    assert ta.load_household(path).members == saved.members


@fuzz_settings
@given(mutated_file(CATALOGUE_FILES))
def test_mutated_catalogue_diffs_or_is_refused_with_located_problems(tmp_path_factory, case):
    from tariff_advisor.editing.diff import diff_folders

    source, raw = case
    old, new = tmp_path_factory.mktemp("old"), tmp_path_factory.mktemp("new")
    shutil.copy(source, old / source.name)
    (new / source.name).write_bytes(raw)
    result = within_memory(lambda: diff_folders(old, new))
    folder = new
    if isinstance(result, BaseException):
        assert_located(result, ta.CatalogueError, folder / source.name)
        return
    result.to_json()  # whatever the file held, the diff can be written
