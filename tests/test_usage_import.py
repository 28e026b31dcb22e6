"""Usage from real records: Megaline's 500 subscribers' bills recomputed, the real phone log, bad files."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import tariff_advisor as ta
from tariff_advisor.errors import InputFileError
from tariff_advisor.household.model import Household, Member
from tariff_advisor.usage.records import UsageMapping, aggregate, load_mapping, merge

from .helpers import run_cli
from .real_data import PHONE_LOG, unpack_megaline

ROOT = Path(__file__).resolve().parents[1]
MAPPINGS = ROOT / "examples" / "usage-mappings"


@pytest.fixture(scope="module")
def megaline(tmp_path_factory) -> Path:
    return unpack_megaline(tmp_path_factory.mktemp("megaline"))


def documented_bills(megaline: Path) -> pd.DataFrame:
    """Each subscriber's monthly bill by the publisher's rules, computed straight from the tables with pandas."""
    plans = pd.read_csv(megaline / "megaline_plans.csv").set_index("plan_name")
    users = pd.read_csv(megaline / "megaline_users.csv")[["user_id", "plan"]]

    def month(frame, col):
        return pd.to_datetime(frame[col]).dt.strftime("%Y-%m")

    calls = pd.read_csv(megaline / "megaline_calls.csv")
    calls = calls.assign(month=month(calls, "call_date"), minutes=calls["duration"].apply(math.ceil))
    messages = pd.read_csv(megaline / "megaline_messages.csv")
    messages = messages.assign(month=month(messages, "message_date"))
    internet = pd.read_csv(megaline / "megaline_internet.csv")
    internet = internet.assign(month=month(internet, "session_date"))
    usage = (
        pd.concat(
            [
                calls.groupby(["user_id", "month"])["minutes"].sum(),
                messages.groupby(["user_id", "month"]).size().rename("messages"),
                internet.groupby(["user_id", "month"])["mb_used"].sum(),
            ],
            axis=1,
        )
        .fillna(0)
        .reset_index()
        .merge(users, on="user_id")
    )
    p = plans.loc[usage["plan"]].reset_index(drop=True)
    gb = (usage["mb_used"] / 1024).apply(math.ceil)
    usage["bill"] = (
        p["usd_monthly_pay"]
        + (usage["minutes"] - p["minutes_included"]).clip(lower=0) * p["usd_per_minute"]
        + (usage["messages"] - p["messages_included"]).clip(lower=0) * p["usd_per_message"]
        + (gb - p["mb_per_month_included"] / 1024).clip(lower=0) * p["usd_per_gb"]
    )
    return usage


def test_megaline_bills_recomputed_from_imported_usage_agree(megaline):
    imported = merge(
        *(
            aggregate(
                megaline / f"megaline_{kind}.csv", load_mapping(MAPPINGS / f"megaline-{kind}.yaml"), group_by=True
            )
            for kind in ("calls", "messages", "internet")
        )
    )
    catalogue = ta.load_catalogue(ROOT / "tests" / "data" / "megaline.yaml")
    expected = documented_bills(megaline)
    plans = dict(pd.read_csv(megaline / "megaline_users.csv")[["user_id", "plan"]].astype(str).values)
    checked = 0
    for user_id, rows in expected.groupby("user_id"):
        history = imported.history(str(user_id))
        assert [u.month for u in history] == sorted(rows["month"])
        household = Household(str(user_id), (Member("sub", history),), horizon_months=len(history))
        bill = ta.price(household, catalogue, {"sub": plans[str(user_id)]})
        want = rows.sort_values("month")["bill"].tolist()
        assert bill.by_month() == pytest.approx(want, abs=0.005), user_id
        checked += len(want)
    assert expected["user_id"].nunique() >= 490 and checked == len(expected)


def test_real_phone_log_imports_day_first_with_billing_months():
    result = aggregate(PHONE_LOG, load_mapping(MAPPINGS / "phone-log-ireland.yaml"))
    assert result.date_order == "day_first" and result.rows_read == 830
    history = result.history()
    assert [u.month for u in history] == ["2014-11", "2014-12", "2015-01", "2015-02", "2015-03"]
    log = pd.read_csv(PHONE_LOG)
    for usage in history:
        rows = log[log["month"] == usage.month]
        calls = rows[(rows["item"] == "call") & (rows["duration"] > 0)]
        assert usage.sms == (rows["item"] == "sms").sum()
        assert usage.data_mb == pytest.approx(rows.loc[rows["item"] == "data", "duration"].sum(), abs=0.01)
        assert usage.minutes == pytest.approx(calls["duration"].sum() / 60, abs=0.01)
        assert usage.minutes_rounded == sum(math.ceil(s / 60) for s in calls["duration"])
        assert usage.by_network["landline"] == pytest.approx(
            calls.loc[calls["network"] == "landline", "duration"].sum() / 60, abs=0.01
        )


def write(tmp_path, name, text, encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


MAPPING = UsageMapping.model_validate({"columns": {"date": "date", "kind": "type", "amount": "amount", "number": "to"}})


def test_calls_between_members_and_rounding(tmp_path):
    log = write(
        tmp_path,
        "log.csv",
        "date,type,amount,to\n2025-03-01 10:00,call,61,+49 170 1111\n"
        "2025-03-02 11:00,call,30,0170-2222\n2025-03-02 12:00,sms,1,\n2025-03-05,data,512.5,\n"
        "2025-04-01,call,0,0170 1111\n",
    )
    result = aggregate(log, MAPPING, {"+491701111": "Ben"})
    march, april = result.history()
    assert (march.minutes, march.minutes_rounded, march.calls, march.sms, march.data_mb) == (
        pytest.approx(91 / 60),
        3,
        1 + 1,
        1,
        512.5,
    )
    assert march.to_members == {"Ben": pytest.approx(61 / 60)}
    assert april.calls == 0  # an unanswered call is not billed


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_common_encodings_import(tmp_path, encoding):
    path = write(tmp_path, "log.csv", "date,type,amount,to\n2025-01-01,call,60,Jos\u00e9\n", encoding)
    assert aggregate(path, MAPPING).history()[0].minutes == pytest.approx(1.0)


def test_ambiguous_and_month_first_dates(tmp_path):
    ambiguous = write(tmp_path, "a.csv", "date,type,amount,to\n03/04/2025,call,60,\n05/06/2025,sms,1,\n")
    with pytest.raises(InputFileError, match="fits both day-first and month-first"):
        aggregate(ambiguous, MAPPING)
    told = MAPPING.model_copy(update={"date_order": "month_first"})
    assert [u.month for u in aggregate(ambiguous, told).history()] == ["2025-03", "2025-05"]
    us = write(tmp_path, "us.csv", "date,type,amount,to\n03/14/2025 9:30,call,60,\n04/02/2025,call,60,\n")
    assert [u.month for u in aggregate(us, MAPPING).history()] == ["2025-03", "2025-04"]


@pytest.mark.parametrize(
    "content, encoding, message",
    [
        ("", "utf-8", "the file is empty"),
        ("when,what\n2025-01-01,call\n", "utf-8", "are not in the file"),
        ("date,type,amount,to\n2025-13-45,call,60,\nyesterday,call,60,\n", "utf-8", "dates that are not dates"),
        ("date,type,amount,to\n2025-01-01,call,sixty,\n", "utf-8", "not a number"),
        ("date,type,amount,to\n2025-01-01,call,60,Jos\u00e9\n", "utf-16-le", "unknown text encoding"),
    ],
)
def test_malformed_records_give_clear_messages(tmp_path, content, encoding, message):
    path = write(tmp_path, "bad.csv", content, encoding)
    with pytest.raises(InputFileError, match=message) as info:
        aggregate(path, MAPPING)
    assert "bad.csv" in str(info.value)


def test_cli_import_usage_updates_the_household_and_bad_input_changes_nothing(tmp_path):
    household = tmp_path / "h.yaml"
    household.write_bytes((ROOT / "examples" / "households" / "single-student.yaml").read_bytes())
    mapping = str(MAPPINGS / "phone-log-ireland.yaml")
    result = run_cli(
        "import-usage",
        str(PHONE_LOG),
        "--member",
        "Jonas",
        "--household",
        str(household),
        "--mapping",
        mapping,
        "--replace",
    )
    assert result.returncode == 0, result.stderr
    assert "5 months imported for Jonas" in result.stdout and "2015-03" in result.stdout
    updated = ta.load_household(household)
    assert [u.month for u in updated.member("Jonas").usage] == ["2014-11", "2014-12", "2015-01", "2015-02", "2015-03"]
    assert "Vodafone" not in household.read_text()  # monthly totals only, not the records
    before = household.read_bytes()
    bad = write(tmp_path, "bad.csv", "date,item,duration,network,month\n31/31/2015,call,60,Three,2015-01\n")
    result = run_cli("import-usage", str(bad), "--member", "Jonas", "--household", str(household), "--mapping", mapping)
    assert result.returncode == 2 and "dates that are not dates" in result.stderr and "Traceback" not in result.stderr
    assert household.read_bytes() == before


def test_excel_records_import(tmp_path):
    path = tmp_path / "log.xlsx"
    pd.DataFrame(
        {"date": ["14/03/2025 09:30", "15/03/2025"], "type": ["call", "data"], "amount": [125, 300.5], "to": ["", ""]}
    ).to_excel(path, index=False)
    [march] = aggregate(path, MAPPING).history()
    assert (march.month, march.minutes_rounded, march.data_mb) == ("2025-03", 3, pytest.approx(300.5))
