"""recommend(): constraints, infeasibility explanations, savings, explanations and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import tariff_advisor as ta
from tariff_advisor.optimiser.constraints import ConstraintError
from tariff_advisor.optimiser.explain import explain
from tariff_advisor.optimiser.recommendation import recommend

from .helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"


@pytest.fixture(scope="module")
def market():
    return ta.load_catalogue()


@pytest.fixture(scope="module")
def family():
    return ta.load_household(FAMILY)


@pytest.fixture(scope="module")
def family_rec(market, family):
    return recommend(family, market, solver="highs")


def check_exact(rec, household, catalogue):
    assert rec.status == "optimal"
    assert abs(rec.total - ta.price(rec.household, rec.catalogue, rec.assignment).total) < 0.005
    assert abs(rec.objective - rec.total) < 0.005


def test_family_recommendation_is_exact_and_saves_money(family_rec, family, market):
    check_exact(family_rec, family, market)
    assert set(family_rec.assignment) == set(family.member_names)
    assert family_rec.today is not None and family_rec.savings > 0
    assert not family_rec.bill.slowdowns and not family_rec.bill.rule_breaks
    data = family_rec.to_dict()
    assert {"status", "total", "assignment", "savings"} <= set(data)


def test_the_family_renews_on_its_own_timeline(family_rec, market):
    """Ben's contract runs to 30 April with three months' notice: he waits for it (May, month 6) although his plan
    of today slows his data down until then (the household lives with that already: a warning, not a break);
    Anna and Max pay a little to leave now. The baseline buys the wished phones outright."""
    advice = {a.member: a for a in family_rec.advice}
    ben = advice["Ben"]
    assert (ben.switch_month, ben.free_month, ben.leaves_early) == (6, 6, False)
    assert ben.cancel_by == dt.date(2027, 1, 31)
    assert advice["Anna"].leaves_early and advice["Max"].leaves_early
    bill = family_rec.bill
    assert bill.slowdowns == [] and [w.split(":")[0] for w in bill.slowdowns_before_switch] == ["Ben"]
    # today: the plans of today and the cheapest wished phones bought outright (Pixel 10a, Galaxy A37)
    phones = {(line.member, line.amount) for line in family_rec.today.lines if line.category == "device"}
    assert phones == {("Ben", market.device("pixel-10a-128").retail_price), ("Lea", 329.0)}
    assert family_rec.today.rule_breaks == []


def test_both_solvers_agree(market, family, family_rec):
    cbc = recommend(family, market, solver="cbc")
    assert abs(cbc.total - family_rec.total) < 0.005


def test_locks_are_respected_and_cost_what_they_cost(market, family, family_rec):
    rec = recommend(
        family,
        market,
        {"locks": {"Anna": {"provider": "nordwave"}, "Lea": {"require": ["unlimited_data"]}}},
        solver="highs",
    )
    check_exact(rec, family, market)
    assert market.tariff(rec.assignment["Anna"]["tariff"]).provider == "nordwave"
    assert "unlimited_data" in _features(market, rec.assignment["Lea"])
    assert rec.total >= family_rec.total - 0.005


def _features(market, choice):
    from tariff_advisor.billing.engine import total_allowance

    tariff = market.tariff(choice["tariff"])
    options = [market.option(o) for o in choice["options"]]
    features = set(tariff.features).union(*(o.features for o in options))
    if total_allowance(tariff, options).data_mb == float("inf"):
        features.add("unlimited_data")
    return features


def test_household_constraints(market, family):
    rec = recommend(
        family, market, {"max_providers": 1, "exclude_providers": ["kite"], "require": ["5g"]}, solver="highs"
    )
    check_exact(rec, family, market)
    providers = {market.tariff(c["tariff"]).provider for c in rec.assignment.values()}
    assert len(providers) == 1 and "kite" not in providers
    assert all("5g" in _features(market, c) for c in rec.assignment.values())
    # a Blitz shop: Ben's Xiaomi 17 comes with its smart tariffs within his budget, Lea buys her Galaxy A37
    shop = ["bz-smart-7", "bz-smart-30", "bz-smart-50", "bz-smart-100", "bz-junior", "bz-talk-only"]
    rec = recommend(family, market, {"only_tariffs": shop}, solver="highs")
    check_exact(rec, family, market)
    assert {c["tariff"] for c in rec.assignment.values()} <= set(shop)
    assert (rec.assignment["Ben"]["phone"], rec.assignment["Ben"]["device_offer"]) == ("xiaomi-17-256", "bz-xiaomi-17")


def test_impossible_constraints_are_named(market, family):
    rec = recommend(
        family,
        market,
        {
            "locks": {"Anna": {"provider": "kite"}, "Ben": {"provider": "blitz"}},
            "max_providers": 1,
            "exclude_providers": ["helio"],
        },
        solver="highs",
    )
    assert rec.status == "infeasible" and rec.assignment is None
    # the smallest conflicting set: the two locks and the one-provider limit, not the exclusion
    assert sorted(rec.conflicts) == sorted(
        [
            "Anna stays with provider Kite Mobile",
            "Ben stays with provider Blitz Telecom",
            "at most 1 provider for the household",
        ]
    )
    assert "cannot be met together" in rec.reason


def test_budget_too_low_says_what_the_cheapest_costs(market, family, family_rec):
    rec = recommend(family, market, {"budget_per_month": 10}, solver="highs")
    assert rec.status == "infeasible" and rec.conflicts == ["a budget of €10.00 a month"]
    assert f"{family_rec.total / 24:.2f} a month" in rec.reason
    ok = recommend(family, market, {"budget_per_month": family_rec.total / 24 + 0.01}, solver="highs")
    assert ok.status == "optimal"


def test_unknown_names_in_constraints_are_clear_errors(market, family):
    with pytest.raises(ConstraintError, match="not a member"):
        recommend(family, market, {"locks": {"Zoe": {"provider": "kite"}}})
    with pytest.raises(ConstraintError, match="unknown provider 'vodafone'"):
        recommend(family, market, {"exclude_providers": ["vodafone"]})
    with pytest.raises(ConstraintError, match="unknown feature"):
        recommend(family, market, {"require": ["6g"]})
    with pytest.raises(ConstraintError, match="unknown constraint"):
        recommend(family, market, {"max_provider": 2})


def test_slowdown_is_avoided_unless_allowed(market, family):
    from dataclasses import replace

    relaxed = recommend(replace(family, allow_data_slowdown=True), market, solver="highs")
    assert relaxed.total <= recommend(family, market, solver="highs").total + 0.005


def test_time_limit_result_says_whether_proven(market, family):
    rec = recommend(family, market, solver="cbc", time_limit=30)
    assert rec.status in ("optimal", "feasible")
    assert ("proven optimal" in rec.reason) == (rec.status == "optimal")


def test_custom_current_plan_can_be_kept(market):
    retired = ta.load_household(ROOT / "examples" / "households" / "retired-couple.yaml")
    rec = recommend(retired, market, solver="highs")
    check_exact(rec, retired, market)
    assert rec.today.total == pytest.approx(2 * 24 * 29.95)
    # keeping the old plan is a candidate: locking both to it costs exactly today's price, no switching costs
    keep = recommend(
        retired,
        market,
        {"locks": {"Helga": {"tariff": "current:Helga"}, "Werner": {"tariff": "current:Werner"}}},
        solver="highs",
    )
    assert keep.status == "optimal" and keep.total == pytest.approx(rec.today.total)


def test_explanations(family_rec):
    explanation = explain(family_rec)
    for member, alternatives in explanation.why_not.items():
        chosen = family_rec.catalogue.tariff(family_rec.assignment[member]["tariff"]).provider
        assert chosen not in {a.provider for a in alternatives}
        assert all(a.extra is None or a.extra >= -0.005 for a in alternatives)
    totals = [p.total for p in explanation.one_provider if p.total is not None]
    # every provider alone can serve the family (each sells one of Ben's phones within his budget)
    assert len(totals) == len(family_rec.catalogue.providers)
    assert totals == sorted(totals) and totals[0] >= family_rec.total - 0.005
    points = {round(p.factor, 2): p for p in explanation.sensitivity}
    assert points[1.0].optimum_total == pytest.approx(family_rec.total)
    assert points[0.5].optimum_total <= points[1.5].optimum_total
    assert explanation.per_line_total >= family_rec.total - 0.005
    assert explanation.joint_saving == pytest.approx(explanation.per_line_total - family_rec.total)
    json.dumps(explanation.to_dict(), default=str)


def test_cli_recommend_json_and_table(family_rec):
    result = run_cli("recommend", str(FAMILY), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "optimal" and data["total"] == pytest.approx(family_rec.total, abs=0.01)
    assert set(data["assignment"]) == {"Anna", "Ben", "Lea", "Max"}
    table = run_cli("recommend", str(FAMILY), "--lock", "Anna:provider=nordwave", "--max-providers", "2")
    assert table.returncode == 0 and "nordwave" in table.stdout and "Total over 24 months" in table.stdout


def test_cli_infeasible_and_bad_lock():
    result = run_cli("recommend", str(FAMILY), "--budget", "5")
    assert result.returncode == 1 and "budget of €5.00" in result.stdout
    bad = run_cli("recommend", str(FAMILY), "--lock", "Anna=kite")
    assert bad.returncode == 2 and "NAME:provider=ID" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_price_json():
    result = run_cli("price", str(FAMILY), "--assign", "Anna=ki-10-24+ki-intl-60", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["assignment"]["Anna"] == {"tariff": "ki-10-24", "options": ["ki-intl-60"]}
    assert sum(line["amount"] for line in data["lines"]) == pytest.approx(data["total"], abs=0.01)
    bad = run_cli("price", str(FAMILY), "--assign", "Anna=no-such-tariff")
    assert bad.returncode == 2 and "unknown tariff 'no-such-tariff'" in bad.stderr


def test_minute_option_counts_rounded_minutes_not_just_talk_time(tmp_path):
    """Regression (found by the stress run): 30 one-second calls bill 30 minutes per call; the option pays."""
    from .helpers import catalogue, household, member, usage

    cat = catalogue(
        tmp_path,
        solo="""
tariffs:
  - {id: s-min, name: Per minute, kind: prepaid, monthly_fee: 5.00, billing: {voice: per_minute},
     out_of_bundle: {minute: 0.10}}
options:
  - {id: s-100, name: 100 minutes, monthly_fee: 1.00, adds: {minutes: 100}, tariffs: [s-min]}
""",
    )
    h = household(member("A", usage(minutes=0.5, calls=30, minutes_rounded=30)))
    rec = recommend(h, cat, solver="highs")
    assert rec.assignment["A"]["options"] == ["s-100"]  # 6.00 instead of 5.00 + 30 x 0.10 = 8.00
    assert rec.total == pytest.approx(6.00)


def test_a_member_may_not_stay_on_a_tariff_they_no_longer_qualify_for(tmp_path):
    """docs/billing-rules.md: eligibility holds for the current tariff too (the advice is a new contract period)."""
    from tariff_advisor.household.model import CurrentPlan

    from .helpers import catalogue, household, member, usage

    cat = catalogue(
        tmp_path,
        solo="""
tariffs:
  - {id: s-junior, name: Junior, kind: sim_only, monthly_fee: 5.00, eligibility: {max_age: 17}}
  - {id: s-regular, name: Regular, kind: sim_only, monthly_fee: 9.00}
""",
    )
    h = household(member("Teen", usage(minutes=0), age=19, current=CurrentPlan(tariff="s-junior")))
    stay = ta.price(h, cat, {"Teen": "s-junior"})
    assert stay.rule_breaks == ["Teen is not eligible for Junior: up to age 17"]
    rec = recommend(h, cat, solver="highs")
    assert rec.assignment == {"Teen": {"tariff": "s-regular", "options": []}}
    assert rec.today is not None and rec.today.rule_breaks  # today is still priced, with its rule break
    locked = recommend(h, cat, {"locks": {"Teen": {"tariff": "s-junior"}}}, solver="cbc")
    assert locked.status == "infeasible"


def test_a_fee_taken_below_zero_counts_as_zero_in_billing_and_the_milp():
    """Two -60% price changes would make the fee negative from month 3: both count it as 0, discounts too."""
    from dataclasses import replace

    from tariff_advisor.catalogue.model import Catalogue
    from tariff_advisor.catalogue.schema import MultiLine, PriceChange, VolumeDiscount

    from .helpers import household, member, usage

    base = ta.load_catalogue().tariff("bz-smart-7")
    tariff = replace(
        base,
        monthly_fee=10.0,
        activation_fee=0.0,
        promotions=(),
        cycle="month",
        price_changes=(PriceChange(from_month=2, percent=-60), PriceChange(from_month=3, percent=-60)),
    )
    provider = replace(
        ta.load_catalogue().providers["blitz"],
        multi_line=MultiLine(volume_discounts=[VolumeDiscount(min_lines=2, percent=10)]),
        broadband_discount=None,
    )
    cat = Catalogue({"blitz": provider}, [tariff])
    h = household(member("A", usage()), member("B", usage()), horizon=4)
    bill = ta.price(h, cat, {"A": tariff.id, "B": tariff.id})
    fees = [line.amount for line in bill.lines if line.member == "A" and line.category == "fee"]
    assert fees == pytest.approx([10.0, 4.0])  # months 3 and 4: zero, no line
    assert bill.total == pytest.approx(2 * (14.0 - 1.4))
    for solver in ("cbc", "highs"):
        rec = recommend(h, cat, solver=solver)
        assert rec.status == "optimal" and rec.objective == pytest.approx(bill.total, abs=0.005)


def test_a_household_with_no_members_is_an_error(market, family):
    from dataclasses import replace

    with pytest.raises(ta.HouseholdInputError, match="no members"):
        recommend(replace(family, members=()), market)


def _stopped_at_the_time_limit(monkeypatch):
    """Every solve reports what HiGHS reports at a time limit: a valid plan set, not proven the cheapest."""
    from tariff_advisor.optimiser import milp

    real = milp.HouseholdModel.solve

    def feasible_only(self, *args, **kwargs):
        solution = real(self, *args, **kwargs)
        if solution.status == "optimal":
            solution.status = "feasible"
        return solution

    monkeypatch.setattr(milp.HouseholdModel, "solve", feasible_only)


def test_a_time_limited_plan_set_is_never_shown_as_the_optimum(monkeypatch, market, family):
    from click.testing import CliRunner

    from tariff_advisor.cli import main

    _stopped_at_the_time_limit(monkeypatch)
    rec = recommend(family, market, solver="highs", time_limit=5)
    assert rec.status == "feasible" and not rec.proven_optimal
    assert rec.reason.startswith("feasible, not proven optimal")
    data = rec.to_dict()
    assert data["proven_optimal"] is False and data["status_text"] == "feasible, not proven optimal"
    explanation = explain(rec, with_sensitivity=False)
    assert not explanation.proven_optimal and explanation.to_dict()["proven_optimal"] is False
    shown = CliRunner().invoke(main, ["recommend", str(FAMILY), "--explain"], catch_exceptions=False).output
    assert "Recommendation (feasible, not proven optimal" in shown
    assert "(feasible, not proven optimal)" in shown.split("Total over")[1].splitlines()[0]
    assert "proven optimal;" not in shown.replace("not proven optimal", "")
    as_json = CliRunner().invoke(main, ["recommend", str(FAMILY), "--json"], catch_exceptions=False).output
    assert json.loads(as_json)["proven_optimal"] is False


def test_a_solver_failure_is_a_clear_error_saying_what_to_try(monkeypatch, market, family):
    import pulp
    from click.testing import CliRunner

    from tariff_advisor.cli import main
    from tariff_advisor.optimiser.milp import SolverError

    def crash(self, *args, **kwargs):
        raise IndexError("list index out of range")  # what HiGHS did at 1e15 MB

    monkeypatch.setattr(pulp.LpProblem, "solve", crash)
    with pytest.raises(SolverError, match="try the other solver"):
        recommend(family, market, solver="highs")
    result = CliRunner().invoke(main, ["recommend", str(FAMILY)])
    assert result.exit_code == 2 and "error: the highs solver failed" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("name", ["Anna", "Max"])
def test_solvers_agree_far_beyond_the_usage_bound(market, family, name):
    """Headroom: at 100x the data bound (1e9 MB a month), where CBC once found no plan set (or a dearer one) and
    HiGHS the optimum, both agree now that costs count from each member's cheapest bundle and pools are in GB."""
    from dataclasses import replace

    from tariff_advisor.billing.today import with_current_plans
    from tariff_advisor.optimiser.constraints import Constraints
    from tariff_advisor.optimiser.recommendation import solve

    heavy = family.with_member_usage(name, tuple(replace(u, data_mb=1e9) for u in family.member(name).usage))
    household, catalogue = with_current_plans(replace(heavy, allow_data_slowdown=True), market)
    cbc, _ = solve(household, catalogue, Constraints(), "cbc")
    highs, _ = solve(household, catalogue, Constraints(), "highs")
    assert cbc.status == highs.status == "optimal"
    assert cbc.objective == pytest.approx(highs.objective, abs=0.01)


@pytest.mark.parametrize("solver, time_limit", [("gurobi", None), ("highs", 0), ("highs", float("nan"))])
def test_bad_solver_settings_are_clear_errors(market, family, solver, time_limit):
    with pytest.raises(ta.SolverError, match=r"unknown solver|time_limit"):
        recommend(family, market, solver=solver, time_limit=time_limit)


@pytest.mark.parametrize("solver", ["highs", "cbc"])
def test_a_plan_known_by_its_fee_is_its_owners_alone(solver):
    """Anna pays 5.00 a month today; Ben, with no plan and 20 GB a month, must not be put on her contract."""
    month = ta.MonthlyUsage(minutes=100, sms=10, data_mb=20 * 1024)
    anna = ta.Member("Anna", (month,), age=40, current=ta.household.model.CurrentPlan(monthly_fee=5.0))
    ben = ta.Member("Ben", (month,), age=40)
    household = ta.Household("T", (anna, ben))
    rec = recommend(household, ta.load_catalogue(), solver=solver)
    assert not rec.assignment["Ben"]["tariff"].startswith("current:")
    from tariff_advisor.billing.today import with_current_plans

    priced, catalogue = with_current_plans(household, ta.load_catalogue())
    bill = ta.price(priced, catalogue, {"Anna": {"tariff": "ki-1"}, "Ben": {"tariff": "current:Anna"}})
    assert any("another member's plan of today" in reason for reason in bill.rule_breaks)
