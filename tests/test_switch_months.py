"""Hand-checked switch months: waiting for a contract's end, leaving early for a family plan, switching together.

Every amount below is worked out by hand in the comments; the optimiser must find the same plan and total,
with both solvers, and its objective must equal price() of the result.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import tariff_advisor as ta
from tariff_advisor.catalogue.loading import catalogue_from_documents
from tariff_advisor.household.model import CurrentPlan, Household, Member, MonthlyUsage
from tariff_advisor.optimiser.constraints import ConstraintError
from tariff_advisor.optimiser.recommendation import recommend

START = dt.date(2026, 12, 1)
CENT = 0.005
LIGHT = (MonthlyUsage(minutes=10, calls=5, sms=0, data_mb=100),)


def tariff(tid: str, fee: float, **extra) -> dict:
    return {
        "id": tid,
        "name": tid,
        "kind": "sim_only",
        "monthly_fee": fee,
        "allowances": {"minutes": "unlimited", "sms": "unlimited", "data_gb": 5},
        **extra,
    }


def provider(pid: str, *tariffs: dict, **extra) -> dict:
    return {
        "format_version": 2,
        "provider": {"id": pid, "name": pid.title(), "currency": "EUR"},
        "contract_rules": {"notice_months": 1, "early_exit": {"rule": "remaining_fees"}},
        "tariffs": list(tariffs),
        **extra,
    }


def household(*members: Member, horizon: int = 6) -> Household:
    return Household("test", members, horizon_months=horizon, start_date=START)


def member(name: str, current: CurrentPlan | None = None) -> Member:
    return Member(name, LIGHT, 40, False, (), current)


def solved(household: Household, catalogue: ta.Catalogue, constraints: dict | None = None):
    results = [recommend(household, catalogue, constraints, solver=s) for s in ("cbc", "highs")]
    for result in results:
        assert result.status == "optimal", result.reason
        assert abs(result.objective - result.total) < CENT
        assert abs(ta.price(household, catalogue, result.assignment).total - result.total) < CENT
    assert abs(results[0].total - results[1].total) < CENT
    return results[1]


def test_a_member_waits_for_the_contract_end_rather_than_pay_the_remaining_fees():
    market = catalogue_from_documents(
        {"old.yaml": provider("old", tariff("old-30", 30.0)), "new.yaml": provider("new", tariff("new-10", 10.0))}
    )
    # 2 months left, notice 1 month: the term ends 31 Jan 2027, cancel by 31 Dec 2026; free month 3.
    # now: 2 x 30 remaining fees + 6 x 10 = 120; wait: 2 x 30 + 4 x 10 = 100; stay: 6 x 30 = 180.
    ann = member("Ann", CurrentPlan(tariff="old-30", months_left=2))
    result = solved(household(ann), market)
    assert result.assignment["Ann"] == {"tariff": "new-10", "options": [], "switch_month": 3}
    assert result.total == pytest.approx(100.0)
    (advice,) = result.advice
    assert (advice.switch_month, advice.switch_date, advice.free_month) == (3, dt.date(2027, 2, 1), 3)
    assert (advice.cancel_by, advice.leaves_early, advice.early_exit_cost) == (dt.date(2026, 12, 31), False, 0.0)
    assert result.monthly_costs == pytest.approx([30.0, 30.0, 10.0, 10.0, 10.0, 10.0])
    data = json.loads(json.dumps(result.to_dict()))  # the CLI's JSON: dates as ISO text
    assert data["advice"][0]["switch_date"] == "2027-02-01" and data["advice"][0]["cancel_by"] == "2026-12-31"
    assert data["monthly_costs"] == [30.0, 30.0, 10.0, 10.0, 10.0, 10.0]


def test_a_member_leaves_early_when_the_family_plan_saves_more_than_the_exit_costs():
    family = provider(
        "fam",
        {
            "id": "fam-sim",
            "name": "Family SIM",
            "kind": "contract",
            "monthly_fee": 0.0,
            "allowances": {"minutes": "unlimited", "sms": "unlimited"},
            "family_plan": "fam-plan",
        },
        family_plans=[{"id": "fam-plan", "name": "Family", "base_fee": 30.0, "max_sims": 4, "pool": {"data_gb": 50}}],
    )
    market = catalogue_from_documents(
        {
            "fam.yaml": family,
            "solo.yaml": provider("solo", tariff("solo-25", 25.0)),
            "old.yaml": provider("old", tariff("old-20", 20.0)),
        }
    )
    # Ann: 3 months left on old-20, a flat exit fee of 10. Bo has no plan of today.
    # Both on the family plan now: 6 x 30 base fee + 10 = 190.  Ann joins in month 4: 180 + 3 x 20 = 240.
    # Per line: Bo solo 150 + Ann stays 120 = 270 (Ann waiting for solo: 3 x 20 + 3 x 25 = 135, worse).
    ann = member("Ann", CurrentPlan(tariff="old-20", months_left=3, exit_fee=10.0))
    result = solved(household(ann, member("Bo")), market)
    assert result.assignment == {
        "Ann": {"tariff": "fam-sim", "options": []},
        "Bo": {"tariff": "fam-sim", "options": []},
    }
    assert result.total == pytest.approx(190.0)
    ann_advice = result.advice[0]
    assert ann_advice.leaves_early and ann_advice.early_exit_cost == 10.0 and ann_advice.cancel_by == START
    assert ann_advice.free_month == 4


def _together_market() -> tuple[Household, ta.Catalogue]:
    market = catalogue_from_documents(
        {
            "old.yaml": provider("old", tariff("old-30", 30.0), tariff("old-15", 15.0)),
            "new.yaml": provider("new", tariff("new-10", 10.0)),
        }
    )
    ann = member("Ann", CurrentPlan(tariff="old-30", months_left=2, exit_fee=100.0))
    bo = member("Bo", CurrentPlan(tariff="old-15", months_left=0))
    return household(ann, bo), market


def test_switch_together_moves_everyone_who_switches_to_one_month():
    family, market = _together_market()
    # Alone: Bo now (6 x 10 = 60), Ann at her free month 3 (2 x 30 + 4 x 10 = 100): 160.
    result = solved(family, market)
    assert result.total == pytest.approx(160.0)
    assert [a.switch_month for a in result.advice] == [3, 1]
    # Together: both now 100 + 60 + 60 = 220; both in month 3: 100 + (2 x 15 + 4 x 10) = 170;
    # Bo staying (90) and Ann in month 3 (100): 190.
    together = solved(family, market, {"switch_together": True})
    assert together.total == pytest.approx(170.0)
    assert [a.switch_month for a in together.advice] == [3, 3]
    assert together.advice[1].cancel_by == dt.date(2026, 12, 31)  # Bo runs on to 31 Jan: one month's notice


def test_a_locked_switch_month_is_kept_and_a_lock_outside_the_horizon_is_refused():
    family, market = _together_market()
    locked = solved(family, market, {"locks": {"Ann": {"switch_month": 1}}})
    assert locked.assignment["Ann"] == {"tariff": "new-10", "options": []}
    assert locked.total == pytest.approx(160.0 + 60.0)  # Ann pays the exit fee of 100 and saves 2 x 20
    with pytest.raises(ConstraintError, match="switch_month"):
        recommend(family, market, {"locks": {"Ann": {"switch_month": 7}}})


def test_a_member_without_a_plan_of_today_cannot_wait_and_the_reason_names_the_lock():
    _, market = _together_market()
    alone = household(member("Cy"))
    result = recommend(alone, market, {"locks": {"Cy": {"switch_month": 2}}})
    assert result.status == "infeasible"
    assert result.conflicts == ["Cy switches in month 2"]


def test_a_plan_known_only_by_its_fee_is_kept_until_its_end_too():
    market = catalogue_from_documents({"new.yaml": provider("new", tariff("new-10", 10.0))})
    # a custom plan of 29.95 with 2 months left: the remaining fees rule; now 2 x 29.95 + 6 x 10 = 119.90,
    # at its end (month 3) 2 x 29.95 + 4 x 10 = 99.90
    ann = member("Ann", CurrentPlan(provider="OldTel", name="Classic", monthly_fee=29.95, months_left=2))
    result = solved(household(ann), market)
    assert result.assignment["Ann"] == {"tariff": "new-10", "options": [], "switch_month": 3}
    assert result.total == pytest.approx(99.90)
