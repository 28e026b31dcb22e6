"""The optimiser's total equals the brute-force minimum over every assignment, priced by the engine.

Brute force knows nothing of bundles or the MILP: it enumerates every tariff and option
multiset per member, prices each whole assignment with `price`, and keeps the valid ones
(eligible, available, within family SIM limits, no data slowdown unless allowed, and the
user's constraints).
"""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

import tariff_advisor as ta
from tariff_advisor.billing.assignment import eligibility_problems
from tariff_advisor.optimiser.recommendation import recommend

from .strategies import households, markets

CENT = 0.005


def option_multisets(catalogue, tariff_id):
    options = [catalogue.option(o) for o in catalogue.options_for(tariff_id)]
    for counts in itertools.product(*(range(o.max_count + 1) for o in options)):
        yield [o.id for o, n in zip(options, counts, strict=False) for _ in range(n)]


def member_choices(household, catalogue, member, constraints):
    excluded = set(constraints.get("exclude_providers", []))
    lock = constraints.get("locks", {}).get(member.name, {})
    for tariff in catalogue.tariffs:
        if tariff.provider in excluded or lock.get("provider", tariff.provider) != tariff.provider:
            continue
        for options in option_multisets(catalogue, tariff.id):
            yield {"tariff": tariff.id, "options": options}


def valid(bill, household, catalogue, assignment, constraints) -> bool:
    if bill.rule_breaks:  # price() applies docs/billing-rules.md: eligibility always, sale dates unless staying
        return False
    if bill.slowdowns and not household.allow_data_slowdown:
        return False
    providers = {catalogue.tariff(c["tariff"]).provider for c in assignment.values()}
    if constraints.get("max_providers") and len(providers) > constraints["max_providers"]:
        return False
    budget = constraints.get("budget_per_month")
    return budget is None or bill.total <= budget * household.horizon_months + 1e-6


MAX_ASSIGNMENTS = 2000  # keeps each case a few seconds at most


def brute_force_minimum(household, catalogue, constraints) -> tuple[float, dict | None]:
    names = household.member_names
    per_member = [list(member_choices(household, catalogue, m, constraints)) for m in household.members]
    assume(math.prod(len(choices) for choices in per_member) <= MAX_ASSIGNMENTS)
    best, best_assignment = math.inf, None
    for combo in itertools.product(*per_member):
        assignment = dict(zip(names, combo, strict=False))
        try:
            bill = ta.price(household, catalogue, assignment)
        except ta.AssignmentError:  # e.g. more SIMs than a family plan takes
            continue
        if valid(bill, household, catalogue, assignment, constraints) and bill.total < best:
            best, best_assignment = bill.total, assignment
    return best, best_assignment


@st.composite
def constraint_sets(draw, catalogue, household):
    providers = sorted(catalogue.providers)
    out = {}
    if len(providers) > 1 and draw(st.booleans()):
        out["max_providers"] = 1
    if len(providers) > 1 and draw(st.integers(0, 3)) == 0:
        out["exclude_providers"] = [draw(st.sampled_from(providers))]
    if draw(st.integers(0, 3)) == 0:
        out["locks"] = {household.members[0].name: {"provider": draw(st.sampled_from(providers))}}
    if draw(st.integers(0, 4)) == 0:
        out["budget_per_month"] = draw(st.sampled_from([10.0, 40.0]))
    return out


@st.composite
def cases(draw):
    catalogue = draw(markets())
    household = draw(households(catalogue))
    constraints = draw(constraint_sets(catalogue, household))
    solver = draw(st.sampled_from(["cbc", "highs"]))
    return catalogue, household, constraints, solver


@pytest.mark.slow  # 300 random markets against brute force: about 30 s
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases())
def test_optimum_equals_brute_force_minimum(case):
    catalogue, household, constraints, solver = case
    for member in household.members:  # the case the eligibility rule decides (--hypothesis-show-statistics)
        if member.current and eligibility_problems(member, catalogue.tariff(member.current.tariff), household):
            event("a member's current tariff is one they no longer qualify for")
    expected, best = brute_force_minimum(household, catalogue, constraints)
    result = recommend(household, catalogue, constraints, solver=solver)
    if expected == math.inf:
        assert result.status == "infeasible", (result.status, result.assignment)
        return
    assert result.status == "optimal", result.reason
    # the recommendation's total is its bill's, and equals the MILP's objective to the cent
    assert abs(result.total - ta.price(household, catalogue, result.assignment).total) < CENT
    assert abs(result.objective - result.total) < CENT, (result.objective, result.total)
    assert abs(result.total - expected) < CENT, (result.total, result.assignment, "brute force:", expected, best)
    for line in result.bill.lines:  # which cross-line rules the optimum used (--hypothesis-show-statistics)
        for label in ("multi-line", "shared", "base fee", "on-net", "home-broadband", "exit fee", "cashback"):
            if label in line.label:
                event(f"optimum uses: {label}")
