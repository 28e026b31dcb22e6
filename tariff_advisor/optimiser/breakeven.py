"""Break-even: what the whole household pays as one member's data use (or minutes) varies, with that member on
the chosen tariff or on the best rival at each provider.

Each curve prices the whole household with the billing engine (`price`), everyone else on their plans and
with their own months, the member on one tariff with their average month and one resource varied, and
reports the household's average cost per month over the horizon. So a family-plan member's curve carries
only what their SIM changes (the shared base fee stays with the others), and a curve lies below the
chosen one exactly where moving this member would cost the household less. Each rival also carries what
moving the member costs the household at their own recorded months (`extra_per_month`), the difference
`price` gives for the two assignments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from tariff_advisor.billing.assignment import Assignment, PlanChoice, eligibility_problems
from tariff_advisor.billing.bill import Bill
from tariff_advisor.billing.engine import price
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.errors import AssignmentError
from tariff_advisor.household.model import Household, MonthlyUsage
from tariff_advisor.i18n import N_, _

Axis = Literal["data", "minutes"]  # what a break-even chart varies
Varied = Literal["data_mb", "minutes"]  # the usage (and allowance) field it varies
# axis -> (the field, its amount per axis unit, the axis label: translated in `break_even`)
RESOURCES: dict[Axis, tuple[Varied, float, str]] = {
    "data": ("data_mb", 1024.0, N_("data use (GB a month)")),
    "minutes": ("minutes", 1.0, N_("call minutes a month")),
}


@dataclass(frozen=True)
class CostCurve:
    label: str
    tariff: str
    options: tuple[str, ...]
    costs: tuple[float, ...]  # per x: the household's average cost per month over the horizon
    chosen: bool = False
    # what the household pays more (negative: less) a month if the member moves here, at their recorded months
    extra_per_month: float = 0.0


@dataclass(frozen=True)
class BreakEven:
    member: str
    resource: Axis
    axis_label: str
    xs: tuple[float, ...]  # in the axis unit (GB or minutes)
    curves: tuple[CostCurve, ...]
    months: tuple[tuple[str, float], ...]  # the member's own months: (label, x)
    crossings: tuple[tuple[float, str], ...]  # (x, rival label) where chosen and rival cost the household the same
    currency: str
    horizon_months: int
    measure: str = "household"  # the costs are the whole household's, never the member's line alone


@dataclass(frozen=True)
class _Setting:
    """The household as break-even prices it: the members that have a plan, and their plans."""

    household: Household
    catalogue: Catalogue
    assignment: Assignment
    member: str

    def with_plan(self, tariff: str, options: tuple[str, ...]) -> Assignment:
        """The member on another tariff, with the same switch month and phone (bought outright when the
        phone's offer does not come with that tariff)."""
        plan: PlanChoice = {"tariff": tariff, "options": list(options)}
        chosen = self.assignment.get(self.member)
        if chosen is not None:
            if "switch_month" in chosen:
                plan["switch_month"] = chosen["switch_month"]
            if "phone" in chosen:
                plan["phone"] = chosen["phone"]
                offer = chosen.get("device_offer")
                fits = offer is not None and self.catalogue.has_device_offer(offer)
                if offer is not None and fits and tariff in self.catalogue.device_offer(offer).tariffs:
                    plan["device_offer"] = offer
        return {**self.assignment, self.member: plan}

    def bill(self, plans: Assignment, usage: MonthlyUsage | None = None) -> Bill | None:
        """The household's bill on `plans`; `usage`: the member's month instead of their own months.

        None when the plans cannot be priced (e.g. a family plan's SIMs all taken), so that move is no rival."""
        household = self.household
        if usage is not None:
            household = household.with_member_usage(self.member, (usage,))
        try:
            return price(household, self.catalogue, plans)
        except AssignmentError:
            return None


def _setting(household: Household, catalogue: Catalogue, member: str, assignment: Assignment) -> _Setting:
    planned = tuple(m for m in household.members if m.name in assignment)  # members still without a plan wait
    # the member's months are varied one at a time, so data slowdowns are priced, not refused
    priced = replace(household, members=planned, allow_data_slowdown=True)
    return _Setting(priced, catalogue, {m.name: assignment[m.name] for m in planned}, member)


def _rivals(setting: _Setting, chosen: PlanChoice, count: int) -> list[tuple[str, float]]:
    """The tariff (without options) at each provider that costs the household least with this member on it,
    at their recorded months, and that cost's difference to the chosen plan's; cheapest first.

    One per provider, so the chart compares the market, not three sizes of one range.
    """
    household, catalogue = setting.household, setting.catalogue
    member, day = household.member(setting.member), household.contract_start
    today = setting.bill(setting.assignment)
    if today is None:
        return []
    costs = []
    for tariff in catalogue.tariffs:
        if (
            tariff.id == chosen["tariff"]
            or not tariff.is_valid_on(day)
            or eligibility_problems(member, tariff, household)
        ):
            continue
        moved = setting.bill(setting.with_plan(tariff.id, ()))
        if moved is not None and set(moved.rule_breaks) <= set(today.rule_breaks):  # a move breaks no new rule
            costs.append(((moved.total - today.total) / household.horizon_months, tariff.id))
    best: dict[str, tuple[str, float]] = {}
    for extra, tariff_id in sorted(costs):
        best.setdefault(catalogue.tariff(tariff_id).provider, (tariff_id, extra))
    return list(best.values())[:count]


def _price_problem(setting: _Setting) -> str:
    try:
        price(setting.household, setting.catalogue, setting.assignment)
    except AssignmentError as exc:
        return str(exc)
    return _("not at every usage on the chart")


def _with_amount(usage: MonthlyUsage, attribute: Varied, amount: float) -> MonthlyUsage:
    return replace(usage, data_mb=amount) if attribute == "data_mb" else replace(usage, minutes=amount)


def _grid(
    usage: Sequence[MonthlyUsage], resource: Axis, catalogue: Catalogue, tariffs: list[str], points: int
) -> list[float]:
    attribute, scale, _label = RESOURCES[resource]
    used = max(getattr(u, attribute) for u in usage) / scale
    allowances = [catalogue.tariff(t).allowance.get(attribute) / scale for t in tariffs]
    finite = [a for a in allowances if a != float("inf")]
    top = max([used * 1.5, *(a * 1.25 for a in finite), 5.0 if resource == "data" else 300.0])
    return [top * i / (points - 1) for i in range(points)]


def _crossings(xs: Sequence[float], chosen: CostCurve, rival: CostCurve) -> list[tuple[float, str]]:
    found = []
    for i in range(1, len(xs)):
        a, b = chosen.costs[i - 1] - rival.costs[i - 1], chosen.costs[i] - rival.costs[i]
        if a * b < 0 or (b == 0 and a != 0):
            x = xs[i - 1] + (xs[i] - xs[i - 1]) * (a / (a - b))  # linear between the grid points
            found.append((round(x, 2), rival.label))
    return found


def _label(catalogue: Catalogue, tariff: str, options: tuple[str, ...]) -> str:
    name = " + ".join([catalogue.tariff(tariff).name, *(catalogue.option(o).name for o in options)])
    provider = catalogue.tariff(tariff).provider
    known = catalogue.providers.get(provider)
    return _("{tariff} ({provider})").format(tariff=name, provider=known.name if known else provider)


def break_even(
    household: Household,
    catalogue: Catalogue,
    member_name: str,
    assignment: Assignment,
    resource: Axis = "data",
    rivals: int = 3,
    points: int = 61,
) -> BreakEven:
    """The household's cost a month against `member_name`'s use of `resource`, with the member on their plan in
    `assignment` (everyone's plans) or on the best rival at each other provider."""
    setting = _setting(household, catalogue, member_name, assignment)
    member = setting.household.member(member_name)
    attribute, scale, axis_label = RESOURCES[resource]
    chosen = setting.assignment[member_name]
    chosen_options = tuple(chosen.get("options", ()))
    others = _rivals(setting, chosen, rivals)
    xs = _grid(member.usage, resource, catalogue, [chosen["tariff"], *(t for t, _extra in others)], points)
    base = member.average_month()
    curves = []
    plans = [(chosen["tariff"], chosen_options, True, 0.0), *((t, (), False, extra) for t, extra in others)]
    for tariff, options, is_chosen, extra in plans:
        on_plan = setting.with_plan(tariff, options)
        bills = [setting.bill(on_plan, _with_amount(base, attribute, x * scale)) for x in xs]
        costs = tuple(b.total / setting.household.horizon_months for b in bills if b is not None)
        if len(costs) < len(xs):
            continue  # a plan that cannot be priced at some usage has no curve
        label = _label(catalogue, tariff, options)
        if is_chosen:
            label = _("{plan}, chosen").format(plan=label)
        curves.append(CostCurve(label, tariff, options, costs, is_chosen, extra))
    if not curves or not curves[0].chosen:
        raise AssignmentError(
            _("{member}'s plans cannot be priced: {problem}").format(
                member=member_name, problem=_price_problem(setting)
            )
        )
    months = tuple(
        (u.month or _("month {month}").format(month=i + 1), getattr(u, attribute) / scale)
        for i, u in enumerate(member.usage)
    )
    crossings = tuple(c for rival in curves[1:] for c in _crossings(xs, curves[0], rival))
    return BreakEven(
        member_name,
        resource,
        _(axis_label),
        tuple(xs),
        tuple(curves),
        months,
        crossings,
        catalogue.currency,
        setting.household.horizon_months,
    )
