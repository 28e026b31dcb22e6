"""Why the recommendation is what it is, as plain data for tables and charts.

- why not: for each member, the best plan at every other provider (everyone else as
  recommended) and how much more the household would pay;
- one provider: the cheapest plan set if the whole household must stay with one provider;
- sensitivity: the household optimum if usage is 50% ... 150% of what was recorded, and
  what the recommended plans would cost at that usage;
- per-line picks: what picking each member's cheapest tariff alone (as comparison sites do)
  costs the household, and how much the joint optimum saves over it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from tariff_advisor.billing.assignment import Assignment, PlanChoice, is_stand_in
from tariff_advisor.billing.engine import price
from tariff_advisor.billing.inputs import household_problems
from tariff_advisor.errors import AssignmentError, CancelledError
from tariff_advisor.i18n import _
from tariff_advisor.optimiser.bundles import Bundle, Candidates
from tariff_advisor.optimiser.constraints import Constraints, Item
from tariff_advisor.optimiser.milp import HouseholdModel
from tariff_advisor.optimiser.recommendation import PlanSet, Recommendation, solve

SENSITIVITY_FACTORS = (0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5)


@dataclass
class Alternative:
    member: str
    provider: str
    choice: PlanChoice | None  # None if nothing there fits
    total: float | None
    extra: float | None  # more than the recommendation, over the horizon


@dataclass
class ProviderPlan:
    provider: str
    assignment: Assignment | None
    total: float | None


@dataclass
class SensitivityPoint:
    factor: float
    optimum_total: float | None
    optimum_assignment: Assignment | None
    recommended_total: float  # the recommended plans at this usage
    recommended_slowed: bool = False  # ... but they would slow someone's data down at this usage


@dataclass
class Explanation:
    currency: str
    total: float
    # the recommendation's status: "feasible" (time limit) means `total` is not proven the cheapest, so an
    # alternative may cost less (a negative extra)
    status: str = "optimal"
    why_not: dict[str, list[Alternative]] = field(default_factory=dict)
    one_provider: list[ProviderPlan] = field(default_factory=list)
    sensitivity: list[SensitivityPoint] = field(default_factory=list)
    per_line_assignment: Assignment | None = None
    per_line_total: float | None = None

    @property
    def proven_optimal(self) -> bool:
        return self.status == "optimal"

    @property
    def joint_saving(self) -> float | None:
        """What optimising the household as one saves over per-line cheapest picks."""
        return None if self.per_line_total is None else self.per_line_total - self.total

    def to_dict(self) -> dict[str, Any]:
        """The explanation as JSON-ready data."""
        out = asdict(self)
        out["joint_saving"] = self.joint_saving
        out["proven_optimal"] = self.proven_optimal
        return out


# Asked between solves; True stops the explanation with CancelledError (the app asks it when a newer request
# supersedes this one, so a stale explanation does not keep the solver busy).
ShouldStop = Callable[[], bool]


def _never() -> bool:
    return False


def _check(should_stop: ShouldStop) -> None:
    if should_stop():
        raise CancelledError(_("the explanation was cancelled"))


def _plans(rec: Recommendation) -> PlanSet:
    if rec.plans is None:
        raise ValueError(
            _("nothing to explain: the recommendation is {status} ({reason})").format(
                status=rec.status_text, reason=rec.reason
            )
        )
    return rec.plans


def _restricted(candidates: Candidates, allowed: dict[str, Callable[[Bundle], bool]]) -> Candidates:
    return Candidates(
        {m: [b for b in bundles if allowed[m](b)] for m, bundles in candidates.bundles.items()}, candidates.usage
    )


def _is_bundle(b: Bundle, bundle: Bundle) -> bool:
    return b is bundle


def _at_provider(b: Bundle, provider: str) -> bool:
    return b.provider == provider


def why_not(
    rec: Recommendation, solver: str | None = None, should_stop: ShouldStop = _never
) -> dict[str, list[Alternative]]:
    """Each member's best plan at every other provider, everyone else as recommended."""
    plans = _plans(rec)
    out: dict[str, list[Alternative]] = {}
    cand = rec.candidates
    for member, chosen in plans.chosen.items():
        providers = sorted({b.provider for b in cand.bundles[member]} - {chosen.provider})
        alternatives = []
        for provider in providers:
            _check(should_stop)
            allowed: dict[str, Callable[[Bundle], bool]] = {
                m: functools.partial(_is_bundle, bundle=c) for m, c in plans.chosen.items()
            }
            allowed[member] = functools.partial(_at_provider, provider=provider)
            restricted = _restricted(cand, allowed)
            model = HouseholdModel(rec.household, rec.catalogue, restricted, rec.constraints).build()
            solution = model.solve(solver or rec.solver)
            if solution.assignment is None or solution.objective is None:  # both, or neither
                alternatives.append(Alternative(member, provider, None, None, None))
                continue
            total = solution.objective
            alternatives.append(
                Alternative(member, provider, solution.assignment[member], total, total - plans.bill.total)
            )
        out[member] = sorted(alternatives, key=lambda a: (a.extra is None, a.extra or 0.0))
    return out


def one_provider(
    rec: Recommendation, solver: str | None = None, should_stop: ShouldStop = _never
) -> list[ProviderPlan]:
    """The cheapest plan set with every member at the same provider, for each provider."""
    plans = []
    for provider in sorted(rec.catalogue.providers):
        if is_stand_in(provider):
            continue
        _check(should_stop)
        items = [*rec.constraints.items, *(Item("lock_provider", m, provider) for m in rec.household.member_names)]
        solution, _ = solve(rec.household, rec.catalogue, Constraints(items), solver or rec.solver)
        plans.append(ProviderPlan(provider, solution.assignment, solution.objective))
    return sorted(plans, key=lambda p: (p.total is None, p.total or 0.0))


def sensitivity(
    rec: Recommendation,
    factors: tuple[float, ...] = SENSITIVITY_FACTORS,
    solver: str | None = None,
    should_stop: ShouldStop = _never,
) -> list[SensitivityPoint]:
    plans = _plans(rec)
    points = []
    for factor in factors:
        scaled = rec.household.with_usage_scaled(factor)
        if factor > 1.0 and household_problems(scaled):  # usage already near the bounds cannot grow past them
            continue
        bill = price(scaled, rec.catalogue, plans.assignment)
        slowed = bool(bill.slowdowns) and not rec.household.allow_data_slowdown
        if factor == 1.0 and rec.proven_optimal:  # otherwise the optimum at today's usage is solved for below
            points.append(SensitivityPoint(factor, plans.bill.total, plans.assignment, bill.total, slowed))
            continue
        _check(should_stop)
        solution, _ = solve(scaled, rec.catalogue, rec.constraints, solver or rec.solver)
        points.append(SensitivityPoint(factor, solution.objective, solution.assignment, bill.total, slowed))
    return points


def per_line_picks(
    rec: Recommendation, solver: str | None = None, should_stop: ShouldStop = _never, switch_now: bool = False
) -> tuple[Assignment | None, float | None]:
    """Each member's cheapest plan chosen alone, then priced together for the household.

    Alone, a member may wait for its own contract's end (not for another's); `switch_now` makes every member
    take a new plan now, as a comparison site's renewal does (paying any early exit).
    """
    assignment: Assignment = {}
    for member in rec.household.members:
        _check(should_stop)
        alone = replace(rec.household, members=(member,))
        items = [
            i
            for i in rec.constraints.items
            if i.member in (None, member.name)
            and i.kind not in ("max_providers", "budget", "switch_together")
            and not (switch_now and i.kind == "lock_switch_month")
        ]
        if switch_now:
            items.append(Item("lock_switch_month", member.name, 1))
        solution, _ = solve(alone, rec.catalogue, Constraints(items), solver or rec.solver)
        if solution.assignment is None:
            return None, None
        assignment[member.name] = solution.assignment[member.name]
    try:
        return assignment, price(rec.household, rec.catalogue, assignment).total
    except AssignmentError:  # e.g. everyone alone chose the same family plan, beyond its SIM limit
        return assignment, None


def explain(
    rec: Recommendation, solver: str | None = None, with_sensitivity: bool = True, should_stop: ShouldStop = _never
) -> Explanation:
    """Why the recommendation: raises CancelledError as soon as `should_stop()` says so, between two solves."""
    plans = _plans(rec)
    explanation = Explanation(
        plans.bill.currency,
        plans.bill.total,
        rec.status,
        why_not(rec, solver, should_stop),
        one_provider(rec, solver, should_stop),
    )
    if with_sensitivity:
        explanation.sensitivity = sensitivity(rec, solver=solver, should_stop=should_stop)
    explanation.per_line_assignment, explanation.per_line_total = per_line_picks(rec, solver, should_stop)
    return explanation
