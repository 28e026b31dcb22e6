"""recommend(): the household's cheapest assignment over the horizon, proven optimal by the MILP.

The result is priced again by the reference billing engine; its total is the
bill's total, and the tests check it equals the MILP's objective to the cent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from tariff_advisor.billing.assignment import Assignment, AssignmentInput, is_staying, resolve
from tariff_advisor.billing.bill import Bill
from tariff_advisor.billing.contract import cancellation_deadline, contract_rules_of, contract_timing, early_exit_cost
from tariff_advisor.billing.engine import price
from tariff_advisor.billing.inputs import check_household
from tariff_advisor.billing.today import price_today, with_current_plans
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.errors import AssignmentError
from tariff_advisor.household.model import Household, month_start
from tariff_advisor.i18n import N_, _, money
from tariff_advisor.optimiser.bundles import Bundle, Candidates, build_candidates
from tariff_advisor.optimiser.constraints import Constraints, Item, parse_constraints
from tariff_advisor.optimiser.milp import HouseholdModel, Solution, SolveStatus

STATUS_TEXT: dict[SolveStatus, str] = {  # translated where shown (status_text)
    "optimal": N_("proven optimal"),
    "feasible": N_("feasible, not proven optimal"),
    "infeasible": N_("no plan set meets the constraints"),
    "not_solved": N_("not solved"),
}


def status_text(status: SolveStatus) -> str:
    """A solve status in the words shown to people, in the language in use."""
    return _(STATUS_TEXT[status])


def _time_limit_reason() -> str:
    """Starts with the status text (the CLI shows the reason alone when it does)."""
    return _(
        "{status}: the time limit was reached with a valid plan set that may not be the cheapest; allow more "
        "time (--time-limit) for the proven optimum"
    ).format(status=status_text("feasible"))


@dataclass(frozen=True)
class PlanSet:
    """The plans a solved recommendation recommends: all of it is there, or none of it."""

    assignment: Assignment
    bill: Bill  # the assignment priced by the billing engine
    objective: float  # the MILP's objective; the tests check it equals the bill's total to the cent
    chosen: dict[str, Bundle]  # member -> the chosen bundle


@dataclass(frozen=True)
class MemberAdvice:
    """What one member does, for the app, the report and the calendar (all plain data).

    - `switch_month`: the horizon month the new plan starts (1 = now); `switch_date` its first day.
      `staying`: the member keeps the current tariff (then switch_month is 1 and nothing is cancelled).
    - `cancel_by`: the last day to cancel the current contract so that it ends before `switch_date`
      (None: no plan of today, or staying); `leaves_early`: the switch comes before the contract's free
      month, so the member cancels now and pays `early_exit_cost` (0 otherwise).
    - `free_month`: the first month the member could switch with nothing to pay for leaving.
    - `phone`: the device id (None: keeps the current phone); `phone_name`: maker, model and storage;
      `device_offer`: the offer id it comes with (None with a phone: bought outright at `retail_price`);
      `phone_upfront`, `phone_monthly_fee`, `phone_months`: the offer's terms (the retail price, 0, 0 when
      bought outright); `phone_cost`: what the phone really costs the household (upfront + monthly fee x
      months, which is the contract's total minus the same line without the phone; or the retail price);
      `phone_extra_vs_retail`: `phone_cost` minus the retail price (negative: the contract is cheaper).
    """

    member: str
    tariff: str
    switch_month: int
    switch_date: dt.date
    staying: bool
    free_month: int
    cancel_by: dt.date | None
    leaves_early: bool
    early_exit_cost: float
    phone: str | None = None
    phone_name: str | None = None
    device_offer: str | None = None
    phone_upfront: float = 0.0
    phone_monthly_fee: float = 0.0
    phone_months: int = 0
    phone_cost: float = 0.0
    retail_price: float | None = None
    phone_extra_vs_retail: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("switch_date", "cancel_by"):
            out[key] = None if out[key] is None else out[key].isoformat()
        return out


def member_advice(household: Household, catalogue: Catalogue, bundle: Bundle) -> MemberAdvice:
    """The timing and phone of one chosen bundle, as `MemberAdvice`."""
    return _advice(
        household,
        catalogue,
        bundle.member,
        bundle.tariff.id,
        bundle.switch_month,
        bundle.staying,
        bundle.exit_cost,
        bundle.phone,
        bundle.device_offer,
    )


def assignment_advice(household: Household, catalogue: Catalogue, assignment: AssignmentInput) -> list[MemberAdvice]:
    """`MemberAdvice` for any assignment (plans chosen by hand too), per member in household order; the same
    facts a recommendation states for its optimum. Raises AssignmentError for an assignment `price` refuses."""
    choices = resolve(household, catalogue, assignment)
    said = []
    for member in household.members:
        choice = choices[member.name]
        staying = is_staying(member, choice.tariff)
        month = 1 if staying else choice.switch_month
        said.append(
            _advice(
                household,
                catalogue,
                member.name,
                choice.tariff.id,
                month,
                staying,
                0.0 if staying else early_exit_cost(member, household, catalogue, month),
                None if choice.phone is None else choice.phone.id,
                None if choice.device_offer is None else choice.device_offer.id,
            )
        )
    return said


def _advice(
    household: Household,
    catalogue: Catalogue,
    name: str,
    tariff: str,
    month: int,
    staying: bool,
    exit_cost: float,
    phone: str | None,
    device_offer: str | None,
) -> MemberAdvice:
    member = household.member(name)
    timing = contract_timing(member, household, catalogue)
    leaves_early = not staying and member.current is not None and month < timing.free_month
    cancel_by = None
    if member.current is not None and not staying:
        if leaves_early or month == timing.free_month:
            cancel_by = household.contract_start if leaves_early else timing.deadline
        else:  # waiting beyond the free month (for another member's): the contract runs on until then
            notice = member.current.notice_months
            if notice is None:
                notice = contract_rules_of(member.current, catalogue).notice_months
            cancel_by = cancellation_deadline(month_start(household, month) - dt.timedelta(days=1), notice)
    advice = MemberAdvice(
        name,
        tariff,
        month,
        month_start(household, month),
        staying,
        timing.free_month,
        cancel_by,
        leaves_early,
        exit_cost,
    )
    if phone is None:
        return advice
    device = catalogue.device(phone)
    offer = None if device_offer is None else catalogue.device_offer(device_offer)
    upfront, monthly, months = (
        (device.retail_price, 0.0, 0)
        if offer is None
        else (
            offer.upfront,
            offer.monthly_fee,
            offer.months,
        )
    )
    cost = upfront + monthly * months
    return replace(
        advice,
        phone=device.id,
        phone_name=device.name,
        device_offer=None if offer is None else offer.id,
        phone_upfront=upfront,
        phone_monthly_fee=monthly,
        phone_months=months,
        phone_cost=cost,
        retail_price=device.retail_price,
        phone_extra_vs_retail=cost - device.retail_price,
    )


@dataclass
class Recommendation:
    status: SolveStatus  # "optimal", "feasible" (time limit hit, not proven optimal), "infeasible" or "not_solved"
    reason: str
    solve_seconds: float
    solver: str
    household: Household  # as priced (custom current plans as stand-in tariffs)
    catalogue: Catalogue
    constraints: Constraints
    candidates: Candidates
    plans: PlanSet | None = None  # None when there is no plan set (infeasible, or not solved in time)
    today: Bill | None = None  # what staying on the current plans costs, if every member has one
    conflicts: list[str] = field(default_factory=list)  # constraints that cannot be met together
    notes: list[str] = field(default_factory=list)  # e.g. why today's cost is unknown

    @property
    def assignment(self) -> Assignment | None:
        return None if self.plans is None else self.plans.assignment

    @property
    def bill(self) -> Bill | None:
        return None if self.plans is None else self.plans.bill

    @property
    def total(self) -> float | None:
        return None if self.plans is None else self.plans.bill.total

    @property
    def objective(self) -> float | None:
        return None if self.plans is None else self.plans.objective

    @property
    def chosen(self) -> dict[str, Bundle] | None:
        return None if self.plans is None else self.plans.chosen

    @property
    def advice(self) -> list[MemberAdvice]:
        """Per member (household order): switch month and date, cancel-by date, early exit, phone."""
        if self.plans is None:
            return []
        return [
            member_advice(self.household, self.catalogue, self.plans.chosen[m]) for m in self.household.member_names
        ]

    @property
    def monthly_costs(self) -> list[float]:
        """The household's cost in each month of the horizon (index 0 is month 1), from the bill."""
        return [] if self.plans is None else self.plans.bill.by_month()

    @property
    def proven_optimal(self) -> bool:
        """Only a solve that closed the gap is the optimum; a time-limited plan set is merely valid."""
        return self.status == "optimal"

    @property
    def status_text(self) -> str:
        """How to show the status to a person: never "optimal" for a plan set that is not proven so."""
        return status_text(self.status)

    @property
    def savings(self) -> float | None:
        if self.today is None or self.plans is None:
            return None
        return self.today.total - self.plans.bill.total

    def to_dict(self) -> dict[str, Any]:
        """The recommendation as JSON-ready data."""
        bill = self.bill
        return {
            "status": self.status,
            "proven_optimal": self.proven_optimal,
            "status_text": self.status_text,
            "reason": self.reason,
            "solver": self.solver,
            "solve_seconds": round(self.solve_seconds, 4),
            "total": None if bill is None else round(bill.total, 2),
            "monthly_average": None if bill is None else round(bill.monthly_average, 2),
            "today_total": None if self.today is None else round(self.today.total, 2),
            "savings": None if self.savings is None else round(self.savings, 2),
            "assignment": self.assignment,
            "advice": [a.to_dict() for a in self.advice],
            "monthly_costs": [round(c, 2) for c in self.monthly_costs],
            "conflicts": self.conflicts,
            "notes": self.notes,
            "bill": None if bill is None else bill.to_dict(),
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


def _feasible(household: Household, catalogue: Catalogue, items: list[Item], solver: str) -> bool:
    solution, _candidates = solve(household, catalogue, Constraints(list(items)), solver)
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


def _infeasible_reason(
    household: Household, catalogue: Catalogue, constraints: Constraints, solver: str
) -> tuple[str, list[str]]:
    conflict = minimal_conflict(household, catalogue, constraints, solver)
    if not conflict:
        inherent = build_candidates(household, catalogue, Constraints())
        why = "; ".join(r for rs in inherent.reasons.values() for r in rs) or _("the catalogue has no valid tariffs")
        return _("no plan set is possible even without constraints: {why}").format(why=why), []
    texts = [item.describe(catalogue) for item in conflict]
    reason = _("these constraints cannot be met together: {constraints}. Remove or loosen one of them.").format(
        constraints="; ".join(texts)
    )
    budget = [i for i in conflict if i.kind == "budget"]
    if budget:
        rest = Constraints([i for i in constraints.items if i.kind != "budget"])
        cheapest, _candidates = solve(household, catalogue, rest, solver)
        if cheapest.objective is not None:
            monthly = cheapest.objective / household.horizon_months
            reason += " " + _("The cheapest plan set without the budget costs {amount} a month.").format(
                amount=money(monthly, catalogue.currency)
            )
    return reason, texts


def _today(household: Household, catalogue: Catalogue) -> tuple[Bill | None, list[str]]:
    """Today's bill, or None with the reason it cannot be priced."""
    missing = [m.name for m in household.members if m.current is None]
    if missing:
        return None, [_("today's cost is unknown: no current plan for {members}").format(members=", ".join(missing))]
    try:
        return price_today(household, catalogue), []
    except AssignmentError as exc:
        return None, [
            _("today's cost is unknown: {problem} (is the current tariff in this catalogue?)").format(problem=exc)
        ]


def recommend(
    household: Household,
    catalogue: Catalogue,
    constraints: dict[str, Any] | None = None,
    solver: str = "cbc",
    time_limit: float | None = None,
) -> Recommendation:
    """The assignment with the lowest household cost over the horizon under `constraints` (plain data).

    Raises HouseholdInputError for a household it cannot price (no members, a non-finite or out-of-range
    amount), ConstraintError for a constraint naming nothing, SolverError when the solver itself fails.
    """
    check_household(household)
    household, catalogue = with_current_plans(household, catalogue)
    parsed = parse_constraints(constraints, household, catalogue)
    solution, candidates = solve(household, catalogue, parsed, solver, time_limit)
    today, notes = _today(household, catalogue)
    if solution.status == "infeasible" or solution.status == "not_solved":
        if solution.status == "infeasible":
            reason, conflicts = _infeasible_reason(household, catalogue, parsed, solver)
        else:
            reason, conflicts = (
                _(
                    "the solver stopped before finding any plan set: allow more time (--time-limit), or try the "
                    "other solver (--solver cbc or highs)"
                ),
                [],
            )
        return Recommendation(
            solution.status,
            reason,
            solution.seconds,
            solver,
            household,
            catalogue,
            parsed,
            candidates,
            today=today,
            conflicts=conflicts,
            notes=notes,
        )
    if solution.assignment is None or solution.objective is None or solution.chosen is None:
        raise AssertionError(f"a {solution.status} solution without its plans")  # HouseholdModel.solve sets all
    bill = price(household, catalogue, solution.assignment)
    reason = status_text("optimal") if solution.status == "optimal" else _time_limit_reason()
    return Recommendation(
        solution.status,
        reason,
        solution.seconds,
        solver,
        household,
        catalogue,
        parsed,
        candidates,
        PlanSet(solution.assignment, bill, solution.objective, solution.chosen),
        today,
        notes=notes,
    )
