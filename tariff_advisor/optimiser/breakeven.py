"""Break-even: a member's cost as a function of data use (or minutes), for the chosen tariff and its closest rivals.

Each curve prices the member's line alone (no multi-line effects) with the
member's average month, one resource varied, and reports the average cost per
month over the household's horizon, so promotions and one-time fees count as
they do in the recommendation. Where the chosen tariff's curve crosses a
rival's is where the rival becomes the cheaper line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from tariff_advisor.billing.assignment import PlanChoice, eligibility_problems
from tariff_advisor.billing.engine import price
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.household.model import Household, Member, MonthlyUsage

Axis = Literal["data", "minutes"]  # what a break-even chart varies
Varied = Literal["data_mb", "minutes"]  # the usage (and allowance) field it varies
# axis -> (the field, its amount per axis unit, the axis label)
RESOURCES: dict[Axis, tuple[Varied, float, str]] = {
    "data": ("data_mb", 1024.0, "data use (GB a month)"),
    "minutes": ("minutes", 1.0, "call minutes a month"),
}


@dataclass(frozen=True)
class CostCurve:
    label: str
    tariff: str
    options: tuple[str, ...]
    costs: tuple[float, ...]  # per x, average per month over the horizon
    chosen: bool = False


@dataclass(frozen=True)
class BreakEven:
    member: str
    resource: Axis
    axis_label: str
    xs: tuple[float, ...]  # in the axis unit (GB or minutes)
    curves: tuple[CostCurve, ...]
    months: tuple[tuple[str, float], ...]  # the member's own months: (label, x)
    crossings: tuple[tuple[float, str], ...]  # (x, rival label) where chosen and rival cost the same
    currency: str
    horizon_months: int


def _line_cost(
    household: Household,
    catalogue: Catalogue,
    member: Member,
    usage: MonthlyUsage,
    tariff: str,
    options: tuple[str, ...],
) -> float:
    alone = replace(household, members=(replace(member, usage=(usage,), current=None),), allow_data_slowdown=True)
    bill = price(alone, catalogue, {member.name: {"tariff": tariff, "options": list(options)}})
    return bill.total / household.horizon_months


def _rivals(household: Household, catalogue: Catalogue, member: Member, chosen: str, count: int) -> list[str]:
    """The best tariff (without options) for this member's average month at each provider, cheapest first.

    One per provider, so the chart compares the market, not three sizes of one range.
    """
    usage, day = member.average_month(), household.contract_start
    costs = []
    for tariff in catalogue.tariffs:
        if tariff.id == chosen or not tariff.is_valid_on(day) or eligibility_problems(member, tariff, household):
            continue
        if tariff.family_plan is not None:
            continue  # a family-plan SIM is not a line on its own
        costs.append((_line_cost(household, catalogue, member, usage, tariff.id, ()), tariff.id))
    best: dict[str, str] = {}
    for _, tariff_id in sorted(costs):
        best.setdefault(catalogue.tariff(tariff_id).provider, tariff_id)
    return list(best.values())[:count]


def _with_amount(usage: MonthlyUsage, attribute: Varied, amount: float) -> MonthlyUsage:
    return replace(usage, data_mb=amount) if attribute == "data_mb" else replace(usage, minutes=amount)


def _grid(member: Member, resource: Axis, catalogue: Catalogue, tariffs: list[str], points: int) -> list[float]:
    attribute, scale, _ = RESOURCES[resource]
    used = max(getattr(u, attribute) for u in member.usage) / scale
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


def break_even(
    household: Household,
    catalogue: Catalogue,
    member_name: str,
    choice: PlanChoice,
    resource: Axis = "data",
    rivals: int = 3,
    points: int = 61,
) -> BreakEven:
    member = household.member(member_name)
    attribute, scale, axis_label = RESOURCES[resource]
    chosen_tariff, chosen_options = choice["tariff"], tuple(choice.get("options", ()))
    others = _rivals(household, catalogue, member, chosen_tariff, rivals)
    xs = _grid(member, resource, catalogue, [chosen_tariff, *others], points)
    base = member.average_month()
    curves = []
    for tariff, options, chosen in [(chosen_tariff, chosen_options, True), *((t, (), False) for t in others)]:
        costs = tuple(
            _line_cost(household, catalogue, member, _with_amount(base, attribute, x * scale), tariff, options)
            for x in xs
        )
        name = catalogue.tariff(tariff).name
        provider = catalogue.providers[catalogue.tariff(tariff).provider].name
        label = " + ".join([name, *(catalogue.option(o).name for o in options)]) + f" ({provider})"
        curves.append(CostCurve(label + (", chosen" if chosen else ""), tariff, options, costs, chosen))
    months = tuple((u.month or f"month {i + 1}", getattr(u, attribute) / scale) for i, u in enumerate(member.usage))
    crossings = tuple(c for rival in curves[1:] for c in _crossings(xs, curves[0], rival))
    return BreakEven(
        member_name,
        resource,
        axis_label,
        tuple(xs),
        tuple(curves),
        months,
        crossings,
        catalogue.currency,
        household.horizon_months,
    )
