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


# -- the "no data slowdown" requirement is about the new (or kept) plans, not the months before a switch ----------

HEAVY = (MonthlyUsage(minutes=10, calls=5, sms=0, data_mb=3072),)  # 3 GB a month


def test_a_member_slowed_down_today_may_still_wait_for_the_contract_end():
    market = catalogue_from_documents(
        {
            "old.yaml": provider("old", tariff("old-30", 30.0, allowances={"data_gb": 1})),  # slowed beyond 1 GB
            "new.yaml": provider("new", tariff("new-10", 10.0)),  # 5 GB at full speed
        }
    )
    # 2 months left (free month 3). Staying: slowed in all 6 months, so not advice. Now: 2 x 30 remaining fees +
    # 6 x 10 = 120; waiting: 2 x 30 on the plan of today (slowed, as today) + 4 x 10 = 100.
    ann = Member("Ann", HEAVY, 40, False, (), CurrentPlan(tariff="old-30", months_left=2))
    result = solved(household(ann), market)
    assert result.assignment["Ann"] == {"tariff": "new-10", "options": [], "switch_month": 3}
    assert result.total == pytest.approx(100.0)
    bill = result.bill
    assert bill.slowdowns == [] and not bill.rule_breaks
    assert bill.slowdowns_before_switch == [
        "Ann: data slowed down on old-30, the plan of today, in 2 of 6 months before the switch "
        "(up to 3.0 GB used, 1.0 GB at full speed)"
    ]
    assert bill.slowdowns_before_switch[0] in bill.warnings  # still said, as a warning
    staying = ta.price(household(ann), market, {"Ann": "old-30"})  # kept for the whole horizon: it counts
    assert staying.slowdowns == [
        "Ann: data slowed down on old-30 in 6 of 6 months (up to 3.0 GB used, 1.0 GB at full speed)"
    ]
    assert staying.slowdowns_before_switch == []


def _pool_market() -> ta.Catalogue:
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
        family_plans=[{"id": "fam-plan", "name": "Family", "base_fee": 30.0, "max_sims": 4, "pool": {"data_gb": 2}}],
    )
    return catalogue_from_documents(
        {
            "fam.yaml": family,
            "new.yaml": provider("new", tariff("new-10", 10.0, eligibility={"min_age": 18}), tariff("new-50", 50.0)),
        }
    )


def _on_the_pool(name: str, gb: float, exit_fee: float) -> Member:
    usage = (MonthlyUsage(minutes=10, calls=5, sms=0, data_mb=gb * 1024),)
    return Member(name, usage, 40, False, (), CurrentPlan(tariff="fam-sim", months_left=2, exit_fee=exit_fee))


def test_a_shared_pool_of_today_slowed_down_before_the_switch_is_no_break():
    # Ann (1.5 GB) and Bo (1.5 GB) share a 2 GB pool today: slowed every month. 2 months left, exit fees 50 and 40.
    # Both wait for month 3: base fee 2 x 30 + 2 x 4 x 10 = 140. Bo leaves now, Ann waits (alone on the pool, at
    # full speed): 40 + 6 x 10 + 2 x 30 + 4 x 10 = 200. Both now: 90 + 120 = 210. Staying: slowed, not advice.
    family = household(_on_the_pool("Ann", 1.5, 50.0), _on_the_pool("Bo", 1.5, 40.0))
    market = _pool_market()
    result = solved(family, market)
    assert [a.switch_month for a in result.advice] == [3, 3]
    assert result.total == pytest.approx(140.0)
    assert result.bill.slowdowns == []
    assert result.bill.slowdowns_before_switch == [
        "Family (shared): data slowed down on Family, the plan of today, in 2 of 6 months before the switch "
        "(up to 3.0 GB used, 2.0 GB at full speed)"
    ]


def test_a_new_sim_on_a_slowed_pool_of_today_counts():
    # Cy (14, 0.1 GB, no plan of today; new-10 is for adults) may join the family plan now: in months 1-2 it is a new plan, so the pool must
    # serve him at full speed with whoever of Ann and Bo is on it. Both waiting (1.5 + 1.5 + 0.1 GB) breaks that:
    # 140 + Cy on the fam-sim (base fee of months 3-6 only: 120) = 260 is not advice. Bo leaves now (40 + 6 x 10),
    # Ann stays on the pool with Cy (1.6 GB), base fee 6 x 30: 280. Ann waiting instead of staying adds 4 x 10:
    # 320; Ann leaving now: 50 + 60 + 100 + 180 = 390; both wait and Cy on new-50: 140 + 300 = 440.
    ann, bo = _on_the_pool("Ann", 1.5, 50.0), _on_the_pool("Bo", 1.5, 40.0)
    cy = Member("Cy", (MonthlyUsage(minutes=10, calls=5, sms=0, data_mb=102.4),), 14, False, (), None)
    family, market = household(ann, bo, cy), _pool_market()
    both_wait = {
        "Ann": {"tariff": "new-10", "options": [], "switch_month": 3},
        "Bo": {"tariff": "new-10", "options": [], "switch_month": 3},
    }
    joined = ta.price(family, market, {**both_wait, "Cy": "fam-sim"})
    assert joined.slowdowns and not joined.slowdowns_before_switch  # Cy's new SIM on the slowed pool counts
    result = solved(family, market)
    assert result.assignment == {
        "Ann": {"tariff": "fam-sim", "options": []},
        "Bo": {"tariff": "new-10", "options": []},
        "Cy": {"tariff": "fam-sim", "options": []},
    }
    assert result.total == pytest.approx(280.0)
    assert result.bill.slowdowns == [] and result.bill.slowdowns_before_switch == []
