"""The optimiser's total equals the brute-force minimum over every assignment, priced by the engine.

Brute force knows nothing of bundles or the MILP: it enumerates every tariff and option
multiset per member (and, for renewals, every switch month of the optimiser's set and every
phone choice: keep, bought outright, each offer), prices each whole assignment with `price`,
and keeps the valid ones (no rule break: eligible, available, within family SIM limits, the
wished phone within budget, travel priced; no data slowdown on a new or kept plan unless
allowed, the plan of today before a switch being exempt; the user's constraints).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

import tariff_advisor as ta
from tariff_advisor.billing.assignment import eligibility_problems
from tariff_advisor.billing.contract import free_switch_month
from tariff_advisor.catalogue.loading import catalogue_from_documents
from tariff_advisor.household.model import CurrentPlan, DeviceWish, Roaming, add_months
from tariff_advisor.optimiser.recommendation import recommend

from .strategies import households, markets, provider_document

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
    # bill.slowdowns are the new and kept plans' (docs/billing-rules.md): a plan of today slowed down before its
    # member's switch is a warning (bill.slowdowns_before_switch), so waiting for a contract's end stays valid
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
    # waiting for a contract's end is a choice too (issue 12): every switch month of the optimiser's set
    per_member = [list(renewal_choices(household, catalogue, m, constraints)) for m in household.members]
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


# -- switch months, phones and roaming (issue 12) -----------------------------------------------------------
DEVICES = {
    "format_version": 2,
    "source": "test",
    "sample": True,
    "devices": [
        {"id": "phone-a", "maker": "A", "model": "One", "storage_gb": 128, "retail_price": 300.0},
        {"id": "phone-b", "maker": "B", "model": "Two", "storage_gb": 256, "retail_price": 900.0},
    ],
}


@st.composite
def renewal_provider(draw, pid: str):
    """A small provider document (at most two tariffs, one option) with contract, roaming and phone rules."""
    doc = draw(provider_document(pid))
    doc["format_version"] = 2
    doc["tariffs"] = doc["tariffs"][:2]
    doc["options"] = doc["options"][:1]
    doc["contract_rules"] = {
        "notice_months": draw(st.integers(0, 2)),
        "renewal_months": draw(st.sampled_from([1, 3])),
        "early_exit": draw(
            st.sampled_from(
                [
                    {"rule": "remaining_fees"},
                    {"rule": "percent_of_remaining", "percent": 50},
                    {"rule": "flat", "amount": 40.0},
                ]
            )
        ),
    }
    roaming: dict = {}
    if draw(st.integers(0, 3)):
        roaming["included"] = ["eu"]
        if draw(st.booleans()):
            roaming["fair_use_gb"] = 1
            roaming["fair_use_price_gb"] = 2.0
    if draw(st.booleans()):
        roaming["day_pass"] = {"us_ca": draw(st.sampled_from([4.99, 9.99]))}
    if draw(st.integers(0, 4)):  # now and then a tariff that cannot price a trip: never a candidate then
        roaming["rates"] = {"world": {"minute": 1.99, "mb": 0.49}, "us_ca": {"minute": 0.99, "mb": 0.05}}
    doc.setdefault("defaults", {})["roaming"] = roaming
    offers = []
    for index in range(draw(st.integers(0, 2))):
        offer = {
            "id": f"{pid}-offer{index}",
            "device": draw(st.sampled_from(["phone-a", "phone-b"])),
            "upfront": draw(st.sampled_from([1.0, 99.0, 499.0])),
            "monthly_fee": draw(st.sampled_from([5.0, 20.0])),
            "months": draw(st.sampled_from([2, 24])),
        }
        offer["tariffs"] = [draw(st.sampled_from([t["id"] for t in doc["tariffs"]]))]
        if draw(st.integers(0, 3)) == 0:
            offer["eligibility"] = {"max_age": 20}
        offers.append(offer)
    doc["device_offers"] = offers
    return doc


@st.composite
def renewal_markets(draw):
    count = draw(st.integers(1, 2))
    docs = {f"p{i}.yaml": draw(renewal_provider(f"p{i}")) for i in range(count)}
    docs["devices.yaml"] = DEVICES
    return catalogue_from_documents(docs)


@st.composite
def renewal_households(draw, catalogue):
    household = draw(households(catalogue))
    start = household.contract_start
    members = []
    tariff_ids = [t.id for t in catalogue.tariffs]
    for member in household.members[:2]:
        current = member.current
        if current is None and draw(st.booleans()):  # most renewing members have a contract to leave
            current = CurrentPlan(tariff=draw(st.sampled_from(tariff_ids)), months_left=draw(st.integers(1, 4)))
        if current is not None:
            if draw(st.booleans()):
                end = add_months(start, draw(st.integers(-1, 4))) - dt.timedelta(days=draw(st.sampled_from([1, 10])))
                current = replace(current, months_left=0, end_date=end)
            current = replace(
                current,
                notice_months=draw(st.sampled_from([None, 0, 1, 3])),
                exit_fee=draw(st.sampled_from([None, None, 0.0, 25.0])),
            )
        wish = draw(
            st.sampled_from(
                [
                    DeviceWish(),
                    DeviceWish(("phone-a",)),
                    DeviceWish(("phone-a", "phone-b"), 350.0),
                    DeviceWish(("phone-b",)),
                ]
            )
        )
        travel = Roaming()
        if draw(st.integers(0, 2)) == 0:
            travel = Roaming(
                {"eu": draw(st.sampled_from([0.0, 24.0, 60.0])), draw(st.sampled_from(["us_ca", "world"])): 12.0},
                draw(st.sampled_from([0.0, 10.0])),
                draw(st.sampled_from([0.0, 300.0, 2000.0])),
            )
        members.append(replace(member, current=current, device_wish=wish, roaming=travel))
    horizon = draw(st.integers(household.horizon_months, 6))  # long enough for contracts to end within it
    return replace(household, members=tuple(members), horizon_months=horizon)


def phone_entries(catalogue, member, tariff_id):
    if member.device_wish.keeps_phone:
        return [{}]
    entries = []
    for model in member.device_wish.models:
        entries.append({"phone": model})
        entries += [{"phone": model, "device_offer": o.id} for o in catalogue.offers_for(tariff_id, model)]
    return entries


def candidate_months(household, catalogue, member):
    """{1} and every member's free month within the horizon; only 1 without a plan of today."""
    if member.current is None:
        return [1]
    free = {free_switch_month(m, household, catalogue) for m in household.members}
    return sorted({1} | {f for f in free if f <= household.horizon_months})


def renewal_choices(household, catalogue, member, constraints):
    lock = constraints.get("locks", {}).get(member.name, {})
    for choice in member_choices(household, catalogue, member, constraints):
        staying = member.current is not None and member.current.tariff == choice["tariff"]
        months = [1] if staying else candidate_months(household, catalogue, member)
        if "switch_month" in lock:
            if staying:
                continue
            months = [lock["switch_month"]]
        for month in months:
            for phone in phone_entries(catalogue, member, choice["tariff"]):
                if "phone" in lock and phone.get("phone", "keep") != lock["phone"]:
                    continue
                entry = {**choice, **phone}
                if month != 1:
                    entry["switch_month"] = month
                yield entry


MAX_RENEWAL_ASSIGNMENTS = 3000


def renewal_minimum(household, catalogue, constraints):
    names = household.member_names
    per_member = [list(renewal_choices(household, catalogue, m, constraints)) for m in household.members]
    assume(math.prod(len(choices) for choices in per_member) <= MAX_RENEWAL_ASSIGNMENTS)
    best, best_assignment = math.inf, None
    for combo in itertools.product(*per_member):
        assignment = dict(zip(names, combo, strict=False))
        if constraints.get("switch_together"):
            months = {
                c.get("switch_month", 1)
                for n, c in assignment.items()
                if not (household.member(n).current and household.member(n).current.tariff == c["tariff"])
            }
            if len(months) > 1:
                continue
        try:
            bill = ta.price(household, catalogue, assignment)
        except ta.AssignmentError:
            continue
        if valid(bill, household, catalogue, assignment, constraints) and bill.total < best:
            best, best_assignment = bill.total, assignment
    return best, best_assignment


@st.composite
def renewal_constraints(draw, catalogue, household):
    out = draw(constraint_sets(catalogue, household))
    first = household.members[0]
    if draw(st.integers(0, 3)) == 0:
        out["switch_together"] = True
    if draw(st.integers(0, 5)) == 0:
        lock = out.setdefault("locks", {}).setdefault(first.name, {})
        lock["switch_month"] = draw(st.integers(1, household.horizon_months))
    if draw(st.integers(0, 5)) == 0:
        lock = out.setdefault("locks", {}).setdefault(first.name, {})
        wished = list(first.device_wish.models) or ["keep"]
        lock["phone"] = draw(st.sampled_from(wished if draw(st.integers(0, 4)) else ["keep", "phone-a", "phone-b"]))
    return out


@st.composite
def renewal_cases(draw):
    catalogue = draw(renewal_markets())
    household = draw(renewal_households(catalogue))
    constraints = draw(renewal_constraints(catalogue, household))
    return catalogue, household, constraints


def check_renewal_case(case, solvers=("cbc", "highs")):
    catalogue, household, constraints = case
    expected, best = renewal_minimum(household, catalogue, constraints)
    event("no valid plan set" if expected == math.inf else "some valid plan set")
    for solver in solvers:
        result = recommend(household, catalogue, constraints, solver=solver)
        if expected == math.inf:
            assert result.status == "infeasible", (solver, result.status, result.assignment)
            continue
        assert result.status == "optimal", (solver, result.reason)
        assert abs(result.total - ta.price(household, catalogue, result.assignment).total) < CENT
        assert abs(result.objective - result.total) < CENT, (solver, result.objective, result.total, result.assignment)
        assert abs(result.total - expected) < CENT, (solver, result.total, result.assignment, "brute:", expected, best)
        for choice in result.assignment.values():
            if choice.get("switch_month", 1) > 1:
                event("optimum switches after month 1")
            if "device_offer" in choice:
                event("optimum takes a device offer")
            elif "phone" in choice:
                event("optimum buys a phone outright")
        for line in result.bill.lines:
            if "early" in line.label or "exit" in line.label:
                event("optimum leaves early")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(renewal_cases())
def test_renewal_optimum_equals_brute_force_over_switch_months_and_phones(case):
    check_renewal_case(case)


@pytest.mark.slow  # a few hundred random renewals against brute force, both solvers
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(renewal_cases())
def test_renewal_optimum_equals_brute_force_many(case):
    check_renewal_case(case)
