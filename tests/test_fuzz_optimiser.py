"""Fuzz: households built through the API at the edges of what the engine accepts, on both solvers.

Edge usage (zero, a hair above zero, typical, up to the documented bounds), ages on either side of
every tariff age limit, current plans the member may no longer keep, and locks. Both solvers must
agree on whether a plan set exists and on the optimum within a cent; the total is `price` of the
chosen plans, it is finite, and the plans break no rule.
"""

from __future__ import annotations

import datetime as dt
import functools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tariff_advisor as ta
from tariff_advisor.billing.inputs import MAX_CALLS, MAX_DATA_MB, MAX_MINUTES, MAX_SMS
from tariff_advisor.household.model import CurrentPlan, Household, Member, MonthlyUsage
from tariff_advisor.optimiser.recommendation import recommend

from .fuzzing import fuzz_settings
from .strategies import markets

CENT = 0.01
NAMES = ("Ann", "Bo", "Cy")


@functools.cache
def shipped() -> ta.Catalogue:
    return ta.load_catalogue()


def edge_amounts(bound: float, typical: tuple[float, ...]) -> st.SearchStrategy[float]:
    return st.sampled_from((0.0, 1e-9, 0.4, *typical, bound / 1000, bound / 2, bound))


minutes = edge_amounts(MAX_MINUTES, (30.0, 300.0, 1200.0))
data_mb = edge_amounts(MAX_DATA_MB, (300.0, 3000.0, 20_000.0, 60_000.0))


@st.composite
def usage_months(draw, others: tuple[str, ...]) -> MonthlyUsage:
    talk = draw(minutes)
    calls = min(MAX_CALLS, draw(st.sampled_from((0.0, 1.0, 40.0, talk, MAX_CALLS))))
    to = {o: talk * draw(st.sampled_from((0.1, 0.5))) for o in others if talk and draw(st.booleans())}
    rounded = draw(st.sampled_from((None, talk, min(MAX_MINUTES, talk + calls))))
    return MonthlyUsage(
        minutes=talk,
        calls=calls,
        sms=draw(edge_amounts(MAX_SMS, (20.0,))),
        data_mb=draw(data_mb),
        intl_minutes=draw(st.sampled_from((0.0, 25.0, MAX_MINUTES))),
        minutes_rounded=rounded,
        to_members=to,
    )


def age_limits(catalogue: ta.Catalogue) -> list[int]:
    """Ages on either side of every age limit in the catalogue."""
    limits = {30}
    for t in catalogue.tariffs:
        for limit in (t.eligibility.min_age, t.eligibility.max_age):
            if limit is not None:
                limits |= {limit - 1, limit, limit + 1}
    return sorted(limits)


@st.composite
def households(draw, catalogue: ta.Catalogue) -> Household:
    names = NAMES[: draw(st.integers(1, 3))]
    ages = age_limits(catalogue)
    members = []
    for name in names:
        others = tuple(n for n in names if n != name)
        history = tuple(draw(st.lists(usage_months(others), min_size=1, max_size=2)))
        current = draw(
            st.sampled_from(
                (
                    None,
                    CurrentPlan(tariff=draw(st.sampled_from([t.id for t in catalogue.tariffs]))),
                    CurrentPlan(name="old plan", monthly_fee=draw(st.sampled_from((0.0, 9.99, 100_000.0)))),
                )
            )
        )
        members.append(Member(name, history, draw(st.sampled_from(ages)), draw(st.booleans()), (), current))
    return Household(
        "fuzz",
        tuple(members),
        horizon_months=draw(st.sampled_from((1, 2, 13))),
        claim_cashback=draw(st.booleans()),
        home_broadband_provider=draw(st.sampled_from([None, *sorted(catalogue.providers)])),
        start_date=dt.date(2026, 12, 1),
        allow_data_slowdown=draw(st.booleans()),
    )


@st.composite
def locks(draw, catalogue: ta.Catalogue, household: Household) -> dict:
    constraints: dict = {}
    if draw(st.integers(0, 2)) == 0:
        member = draw(st.sampled_from(household.member_names))
        if draw(st.booleans()):
            constraints["locks"] = {member: {"provider": draw(st.sampled_from(sorted(catalogue.providers)))}}
        else:
            constraints["locks"] = {member: {"tariff": draw(st.sampled_from([t.id for t in catalogue.tariffs]))}}
    return constraints


@st.composite
def cases(draw):
    catalogue = shipped() if draw(st.booleans()) else draw(markets())
    household = draw(households(catalogue))
    return catalogue, household, draw(locks(catalogue, household))


@pytest.mark.fuzz
@fuzz_settings
@given(cases())
def test_both_solvers_agree_and_the_total_is_the_bill(case):
    catalogue, household, constraints = case
    results = {solver: recommend(household, catalogue, constraints, solver=solver) for solver in ("cbc", "highs")}
    cbc, highs = results["cbc"], results["highs"]
    assert (cbc.status, highs.status) in (("optimal", "optimal"), ("infeasible", "infeasible")), (
        cbc.status,
        cbc.reason,
        highs.status,
        highs.reason,
    )
    for rec in results.values():
        if rec.today is not None:
            assert math.isfinite(rec.today.total)
        if rec.plans is None:
            continue
        bill = ta.price(rec.household, rec.catalogue, rec.assignment)
        assert math.isfinite(rec.total) and abs(rec.total - bill.total) < CENT
        assert abs(rec.objective - rec.total) < CENT, (rec.solver, rec.objective, rec.total)
        assert not bill.rule_breaks, bill.rule_breaks
        assert household.allow_data_slowdown or not bill.slowdowns
    if cbc.plans is not None and highs.plans is not None:
        assert abs(cbc.total - highs.total) < CENT, (cbc.total, cbc.assignment, highs.total, highs.assignment)


@pytest.mark.parametrize(
    "bad",
    [
        MonthlyUsage(data_mb=math.inf),
        MonthlyUsage(minutes=math.nan),
        MonthlyUsage(sms=-1.0),
        MonthlyUsage(data_mb=1e15),
        MonthlyUsage(minutes=10.0, to_members={"Bo": math.inf}),
    ],
)
def test_non_finite_or_out_of_range_usage_is_a_clear_error(bad):
    household = Household("bad", (Member("Ann", (bad,), 30),), horizon_months=2, start_date=dt.date(2026, 12, 1))
    for run in (
        lambda: recommend(household, shipped()),
        lambda: ta.price(household, shipped(), {"Ann": "bz-smart-7"}),
    ):
        with pytest.raises(ta.HouseholdInputError, match="Ann, usage month 1"):
            run()
