"""A whole customer file in one command: many subscribers, several record files, added to the history."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import tariff_advisor as ta
from tariff_advisor.errors import InputFileError
from tariff_advisor.household.model import MonthlyUsage
from tariff_advisor.usage.household_import import plan_import, settled, write_plan
from tariff_advisor.usage.records import UsageMapping, load_mapping

from .helpers import run_cli
from .real_data import unpack_megaline
from .test_usage_import import documented_bills

ROOT = Path(__file__).resolve().parents[1]
MAPPINGS = ROOT / "examples" / "usage-mappings"
KINDS = ("calls", "messages", "internet")
# The first 25 subscribers and three whose files lack a kind: 1080 made no call, 1470 used no data, 1009 sent no SMS.
SUBSCRIBERS = {*range(1000, 1025), 1080, 1470}


@pytest.fixture(scope="module")
def megaline_subset(tmp_path_factory) -> Path:
    """The real Megaline files, cut down to SUBSCRIBERS (every row of theirs, as published)."""
    full = unpack_megaline(tmp_path_factory.mktemp("megaline"))
    subset = tmp_path_factory.mktemp("subset")
    for name in ("users", "plans", *KINDS):
        frame = pd.read_csv(full / f"megaline_{name}.csv", dtype=str)
        if "user_id" in frame:
            frame = frame[frame["user_id"].astype(int).isin(SUBSCRIBERS)]
        frame.to_csv(subset / f"megaline_{name}.csv", index=False)
    return subset


def megaline_command(folder: Path, *target: str) -> list[str]:
    files = [str(folder / f"megaline_{kind}.csv") for kind in KINDS]
    mappings = [arg for kind in KINDS for arg in ("--mapping", str(MAPPINGS / f"megaline-{kind}.yaml"))]
    return ["import-usage", *files, *mappings, "--by", "user_id", *target]


def test_megaline_in_one_command_bills_the_documented_bills(megaline_subset, tmp_path):
    result = run_cli(*megaline_command(megaline_subset, "--each", "household", "--household", str(tmp_path / "h")))
    assert result.returncode == 0, result.stderr
    assert "megaline_messages.csv: no rows for" in result.stdout and "1009" in result.stdout  # zero SMS, said
    expected = documented_bills(megaline_subset)
    plans = dict(pd.read_csv(megaline_subset / "megaline_users.csv")[["user_id", "plan"]].astype(str).values)
    catalogue = ta.load_catalogue(ROOT / "tests" / "data" / "megaline.yaml")
    checked = 0
    for user_id, rows in expected.groupby("user_id"):
        household = ta.load_household(tmp_path / "h" / f"{user_id}.yaml")
        [member] = household.members
        assert household.horizon_months == len(rows)  # the horizon follows the imported months
        bill = ta.price(household, catalogue, {member.name: plans[str(user_id)]})
        assert bill.by_month() == pytest.approx(rows.sort_values("month")["bill"].tolist(), abs=0.005), user_id
        checked += len(rows)
    assert expected["user_id"].nunique() == len(SUBSCRIBERS) and checked == len(expected)


def test_megaline_one_member_per_subscriber_creates_the_household(megaline_subset, tmp_path):
    household_file = tmp_path / "megaline.yaml"
    result = run_cli(*megaline_command(megaline_subset, "--household", str(household_file)))
    assert result.returncode == 0, result.stderr
    household = ta.load_household(household_file)
    assert sorted(household.member_names, key=int) == [str(s) for s in sorted(SUBSCRIBERS)]
    assert household.member("1080").usage[0].calls == 0 and household.member("1470").usage[0].data_mb == 0
    before = household_file.read_bytes()
    again = run_cli(*megaline_command(megaline_subset, "--household", str(household_file)))
    assert again.returncode == 2 and "already hold the kinds of records" in again.stderr
    assert "Traceback" not in again.stderr and household_file.read_bytes() == before


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


CALLS = UsageMapping.model_validate({"columns": {"date": "date", "amount": "seconds", "number": "to"}, "kind": "call"})
SMS = UsageMapping.model_validate({"columns": {"date": "date"}, "kind": "sms"})


def test_sms_after_calls_adds_to_the_history_and_the_same_kind_twice_is_refused(tmp_path):
    calls = write(tmp_path / "calls.csv", "date,seconds,to\n2025-01-05,90,\n2025-02-05,30,\n")
    sms = write(tmp_path / "sms.csv", "date\n2025-02-01\n2025-02-02\n2025-03-01\n")
    household = tmp_path / "new.yaml"
    plan = plan_import([(calls, CALLS)], household, member="Anna")
    assert plan.updates[0].created
    write_plan(plan)
    created = ta.load_household(household)
    assert created.horizon_months == 2 and created.name == "new"  # the import made it; the horizon follows
    write_plan(plan_import([(sms, SMS)], household, member="Anna"))
    months = {u.month: u for u in ta.load_household(household).member("Anna").usage}
    assert list(months) == ["2025-01", "2025-02", "2025-03"]
    assert (months["2025-02"].minutes, months["2025-02"].sms, months["2025-03"].sms) == (0.5, 2, 1)
    assert months["2025-01"].minutes_rounded == 2 and months["2025-03"].minutes == 0
    before = household.read_bytes()
    with pytest.raises(InputFileError, match=r"Anna 2025-02: SMS; Anna 2025-03: SMS.*--replace"):
        plan_import([(sms, SMS)], household, member="Anna")
    assert household.read_bytes() == before
    write_plan(plan_import([(sms, SMS)], household, member="Anna", replace_history=True))
    assert [u.month for u in ta.load_household(household).member("Anna").usage] == ["2025-02", "2025-03"]


def test_a_file_without_rows_for_the_member_is_zero_usage_said_in_the_notes(tmp_path):
    calls = write(tmp_path / "calls.csv", "date,seconds,to,user\n2025-01-05,90,,7\n")
    sms = write(tmp_path / "sms.csv", "date,user\n2025-01-01,8\n")
    mappings = [(calls, CALLS), (sms, SMS)]
    plan = plan_import(mappings, tmp_path / "h.yaml", member="Ben", by="user", only="7")
    [month] = plan.updates[0].household.member("Ben").usage
    assert (month.minutes, month.sms) == (1.5, 0)
    assert any("sms.csv: no rows for this member: no SMS counted" in n for n in plan.notes)
    with pytest.raises(InputFileError, match="no usage rows for '9' in any of the files"):
        plan_import(mappings, tmp_path / "h.yaml", member="Ben", by="user", only="9")


def test_the_horizon_follows_the_months_only_when_the_household_does_not_set_it(tmp_path):
    calls = write(tmp_path / "calls.csv", "date,seconds,to\n2025-01-05,90,\n2025-02-05,30,\n2025-03-05,30,\n")
    unset = write(
        tmp_path / "unset.yaml", "name: Test\nmembers:\n  - name: Anna\n    usage: {typical: {minutes: 10}}\n"
    )
    fixed = write(tmp_path / "fixed.yaml", unset.read_text() + "horizon_months: 24\n")
    assert plan_import([(calls, CALLS)], unset, member="Anna").updates[0].household.horizon_months == 3
    plan = plan_import([(calls, CALLS)], fixed, member="Anna")
    assert plan.updates[0].household.horizon_months == 24
    assert any("typical month replaced" in n for n in plan.notes)


def test_parts_never_exceed_their_total(tmp_path):
    """Two 61-second calls to two members: the minutes to members must not round above the month's minutes."""
    household = write(
        tmp_path / "h.yaml",
        "name: T\nmembers:\n"
        "  - {name: A, numbers: ['0170 1111'], usage: {typical: {minutes: 1}}}\n"
        "  - {name: B, numbers: ['0170 2222'], usage: {typical: {minutes: 1}}}\n"
        "  - {name: C, numbers: ['0170 3333'], usage: {typical: {minutes: 1}}}\n",
    )
    calls = write(
        tmp_path / "c.csv", "date,seconds,to\n2025-01-05,61,01702222\n2025-01-06,61,01703333\n2025-01-07,5,01701111\n"
    )
    write_plan(plan_import([(calls, CALLS)], household, member="A"))
    [month] = ta.load_household(household).member("A").usage  # loads: the rounding kept the parts within
    assert sum(month.to_members.values()) <= month.minutes and set(month.to_members) == {"B", "C"}  # not A itself
    odd = settled(
        MonthlyUsage(minutes=2 * 61 / 60, to_members={"B": 61 / 60, "C": 61 / 60}, by_network={"off_net": 2 * 61 / 60})
    )
    assert sum(odd.to_members.values()) <= odd.minutes and odd.by_network["off_net"] <= odd.minutes


def test_a_household_that_would_not_load_is_never_written(tmp_path):
    household = write(tmp_path / "h.yaml", "name: T\nmembers:\n  - {name: A, usage: {typical: {minutes: 1}}}\n")
    before = household.read_bytes()
    calls = write(tmp_path / "c.csv", "date,seconds,to,user\n2025-01-05,61,," + "x" * 70 + "\n")
    with pytest.raises(InputFileError, match="would not load, so nothing was written"):
        plan_import([(calls, CALLS)], household, by="user")
    assert household.read_bytes() == before


def test_cli_says_whose_usage_and_reads_the_subscriber_column(tmp_path):
    calls = write(tmp_path / "calls.csv", "date,seconds,to,line\n2025-01-05,90,,+49 170 1111\n2025-01-06,30,,555\n")
    household = write(
        tmp_path / "h.yaml",
        "name: T\nmembers:\n  - {name: Anna, numbers: ['+49 (170) 1111'], usage: {typical: {minutes: 1}}}\n",
    )
    mapping = write(tmp_path / "m.yaml", "columns: {date: date, amount: seconds}\nkind: call\n")
    neither = run_cli("import-usage", str(calls), "--household", str(household), "--mapping", str(mapping))
    assert neither.returncode == 2 and "--member NAME, or --by COLUMN" in neither.stderr
    result = run_cli(
        "import-usage", str(calls), "--household", str(household), "--mapping", str(mapping), "--by", "line"
    )
    assert result.returncode == 0, result.stderr
    loaded = ta.load_household(household)
    assert loaded.member_names == ["Anna", "555"]  # the subscriber column matched Anna by her number
    assert loaded.member("Anna").usage[0].minutes == 1.5


def test_mapping_loads_with_named_delimiter_and_refuses_unknown_kinds(tmp_path):
    good = write(tmp_path / "good.yaml", "columns: {date: d}\nkind: sms\ndelimiter: semicolon\n")
    assert load_mapping(good).delimiter == ";"
    for bad in ("delimiter: e", "kind_values: {fax: [fax]}", "networks: {mars: [x]}"):
        path = write(tmp_path / "bad.yaml", f"columns: {{date: d}}\nkind: sms\n{bad}\n")
        with pytest.raises(InputFileError, match=r"bad\.yaml"):
            load_mapping(path)


def test_a_household_that_cannot_be_written_is_a_clear_error(tmp_path):
    calls = write(tmp_path / "c.csv", "date,seconds,to\n2025-01-05,61,\n")
    plan = plan_import([(calls, CALLS)], tmp_path / "blocker" / "h.yaml", member="A")
    (tmp_path / "blocker").write_text("a file where the folder should be")
    with pytest.raises(InputFileError, match=r"h\.yaml: cannot write it"):
        write_plan(plan)


def test_a_history_with_a_month_twice_is_not_merged_into_one(tmp_path):
    household = write(
        tmp_path / "h.yaml",
        "name: T\nmembers:\n  - name: A\n    usage: {history: [{month: 2025-01, sms: 1}, {month: 2025-01, sms: 2}]}\n",
    )
    calls = write(tmp_path / "c.csv", "date,seconds,to\n2025-02-05,61,\n")
    with pytest.raises(InputFileError, match="month 2025-01 is listed again"):
        plan_import([(calls, CALLS)], household, member="A")
    undated = write(
        tmp_path / "u.yaml",
        "name: T\nmembers:\n  - name: A\n    usage: {history: [{sms: 1}, {month: 2025-01, sms: 2}]}\n",
    )
    with pytest.raises(InputFileError, match="A: 1 history entries without a month"):
        plan_import([(calls, CALLS)], undated, member="A")


def test_a_new_member_name_is_said(tmp_path):
    household = write(tmp_path / "h.yaml", "name: T\nmembers:\n  - {name: Jonas, usage: {typical: {minutes: 1}}}\n")
    calls = write(tmp_path / "c.csv", "date,seconds,to\n2025-02-05,61,\n")
    plan = plan_import([(calls, CALLS)], household, member="Jonsa")
    assert "Jonsa: a new member (the household had Jonas)" in plan.notes
