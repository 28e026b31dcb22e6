"""recommend(): the household's cheapest assignment over the horizon, proven optimal by the MILP.

The result is priced again by the reference billing engine; its total is the
bill's total, and the tests check it equals the MILP's objective to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tariff_advisor.billing.bill import Bill
from tariff_advisor.billing.engine import price
from tariff_advisor.billing.today import price_today, with_current_plans
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.errors import AssignmentError
from tariff_advisor.household.model import Household
from tariff_advisor.optimiser.bundles import Candidates, build_candidates
from tariff_advisor.optimiser.constraints import Constraints, Item, parse_constraints
from tariff_advisor.optimiser.milp import HouseholdModel, Solution


@dataclass
class Recommendation:
    status: str  # "optimal", "feasible" (time limit hit, not proven optimal) or "infeasible"
    reason: str
    assignment: dict | None
    total: float | None
    bill: Bill | None
    solve_seconds: float
    solver: str
    objective: float | None = None
    today: Bill | None = None  # what staying on the current plans costs, if every member has one
    conflicts: list[str] = field(default_factory=list)  # constraints that cannot be met together
    notes: list[str] = field(default_factory=list)  # e.g. why today's cost is unknown
    household: Household | None = None  # as priced (custom current plans as stand-in tariffs)
    catalogue: Catalogue | None = None
    constraints: Constraints | None = None
    candidates: Candidates | None = None
    chosen: dict | None = None  # member -> the chosen Bundle

    @property
    def savings(self) -> float | None:
        if self.today is None or self.total is None:
            return None
        return self.today.total - self.total

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "reason": self.reason,
            "solver": self.solver,
            "solve_seconds": round(self.solve_seconds, 4),
            "total": None if self.total is None else round(self.total, 2),
            "monthly_average": None if self.bill is None else round(self.bill.monthly_average, 2),
            "today_total": None if self.today is None else round(self.today.total, 2),
            "savings": None if self.savings is None else round(self.savings, 2),
            "assignment": self.assignment,
            "conflicts": self.conflicts,
            "notes": self.notes,
            "bill": None if self.bill is None else self.bill.to_dict(),
        }


def solve(
    household: Household,
    catalogue: Catalogue,
    constraints: Constraints,
    solver: str = "cbc",
    time_limit: float | None = None,
    candidates: Candidates | None = None,
) -> tuple[Solution, Candidates]:
    """One MILP solve; no explanation, no pricing. Inputs already prepared."""
    candidates = candidates or build_candidates(household, catalogue, constraints)
    if candidates.reasons:
        return Solution("infeasible", None, None, 0.0), candidates
    model = HouseholdModel(household, catalogue, candidates, constraints).build()
    return model.solve(solver, time_limit), candidates


def _feasible(household, catalogue, items: list[Item], solver: str) -> bool:
    solution, _ = solve(household, catalogue, Constraints(list(items)), solver)
    return solution.status in ("optimal", "feasible")


def minimal_conflict(household: Household, catalogue: Catalogue, constraints: Constraints, solver: str) -> list[Item]:
    """A smallest set of the user's constraints that cannot be met together (deletion filter)."""
    if not _feasible(household, catalogue, [], solver):
        return []
    conflict = list(constraints.items)
    for item in list(conflict):
        trial = [i for i in conflict if i != item]
        if not _feasible(household, catalogue, trial, solver):
            conflict = trial
    return conflict


def _infeasible_reason(household, catalogue, constraints, solver, candidates) -> tuple[str, list[str]]:
    conflict = minimal_conflict(household, catalogue, constraints, solver)
    if not conflict:
        inherent = build_candidates(household, catalogue, Constraints())
        why = "; ".join(r for rs in inherent.reasons.values() for r in rs) or "the catalogue has no valid tariffs"
        return f"no plan set is possible even without constraints: {why}", []
    texts = [item.describe() for item in conflict]
    reason = "these constraints cannot be met together: " + "; ".join(texts) + ". Remove or loosen one of them."
    budget = [i for i in conflict if i.kind == "budget"]
    if budget:
        rest = Constraints([i for i in constraints.items if i.kind != "budget"])
        cheapest, _ = solve(household, catalogue, rest, solver)
        if cheapest.objective is not None:
            monthly = cheapest.objective / household.horizon_months
            reason += f" The cheapest plan set without the budget costs {monthly:.2f} a month."
    return reason, texts


def _today(household: Household, catalogue: Catalogue) -> tuple[Bill | None, list[str]]:
    """Today's bill, or None with the reason it cannot be priced."""
    missing = [m.name for m in household.members if m.current is None]
    if missing:
        return None, [f"today's cost is unknown: no current plan for {', '.join(missing)}"]
    try:
        return price_today(household, catalogue), []
    except AssignmentError as exc:
        return None, [f"today's cost is unknown: {exc} (is the current tariff in this catalogue?)"]


def recommend(
    household: Household,
    catalogue: Catalogue,
    constraints: dict | None = None,
    solver: str = "cbc",
    time_limit: float | None = None,
) -> Recommendation:
    """The assignment with the lowest household cost over the horizon under `constraints` (plain data)."""
    household, catalogue = with_current_plans(household, catalogue)
    parsed = parse_constraints(constraints, household, catalogue)
    solution, candidates = solve(household, catalogue, parsed, solver, time_limit)
    today, notes = _today(household, catalogue)
    if solution.status == "infeasible":
        reason, conflicts = _infeasible_reason(household, catalogue, parsed, solver, candidates)
        return Recommendation(
            "infeasible",
            reason,
            None,
            None,
            None,
            solution.seconds,
            solver,
            today=today,
            conflicts=conflicts,
            notes=notes,
            household=household,
            catalogue=catalogue,
        )
    if solution.status == "not_solved":
        return Recommendation(
            "not_solved",
            "the solver stopped before finding any plan set; allow more time",
            None,
            None,
            None,
            solution.seconds,
            solver,
            today=today,
            notes=notes,
            household=household,
            catalogue=catalogue,
        )
    bill = price(household, catalogue, solution.assignment)
    reason = (
        "proven optimal"
        if solution.status == "optimal"
        else "the time limit was reached: a valid plan set, not proven to be the cheapest"
    )
    return Recommendation(
        solution.status,
        reason,
        solution.assignment,
        bill.total,
        bill,
        solution.seconds,
        solver,
        solution.objective,
        today,
        notes=notes,
        household=household,
        catalogue=catalogue,
        constraints=parsed,
        candidates=candidates,
        chosen=solution.chosen,
    )
