"""What `price` and `recommend` accept from a caller: a household whose numbers can be priced exactly.

Files are checked when they load; a household built in Python is checked here, so a NaN, an
infinity or an absurd amount never reaches a bill or the solvers. The bounds are in
docs/billing-rules.md ("What the engine accepts").
"""

from __future__ import annotations

import math

from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.model import Household, Member, MonthlyUsage
from tariff_advisor.i18n import _

# Per member and month, as priced (yearly growth included). A 31-day month has 44,640 minutes; 10 TB is more
# than a phone line can move in a month. Within these, every total stays finite and both solvers stay exact.
MAX_MINUTES = 50_000.0
MAX_CALLS = 50_000.0
MAX_SMS = 100_000.0
MAX_DATA_MB = 10_000_000.0
MAX_HORIZON_MONTHS = 60
MAX_FEE = 100_000.0  # a custom current plan's monthly fee or exit fee

LIMITS: dict[str, float] = {
    "minutes": MAX_MINUTES,
    "minutes_rounded": MAX_MINUTES,
    "intl_minutes": MAX_MINUTES,
    "calls": MAX_CALLS,
    "sms": MAX_SMS,
    "data_mb": MAX_DATA_MB,
}


class HouseholdInputError(TariffAdvisorError):
    """A household given through the API that cannot be priced: what is wrong, where, and what is accepted."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = self.problems[:10]
        more = (
            "\n  ... " + _("and {count} more").format(count=len(self.problems) - 10) if len(self.problems) > 10 else ""
        )
        hint = "\n" + _(
            "correct these in the household (the limits are in docs/billing-rules.md, 'What the engine accepts')"
        )
        said = _("the household cannot be priced:")
        super().__init__(said + "\n" + "\n".join(f"  - {p}" for p in shown) + more + hint)


class NonFiniteAmountError(TariffAdvisorError):
    """A bill line that is not a finite amount: a catalogue built in Python with an infinite or NaN price."""


def _amount_problem(value: object, limit: float) -> str | None:
    """Why `value` is not an amount from 0 to `limit` (None if it is)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _("{text!r} is not a number").format(text=value)
    if not math.isfinite(value):
        return _("{text!r} is not a finite number").format(text=value)
    if value < 0:
        return _("{value!r} is negative").format(value=value)
    if value > limit:  # the message ends with the limit (usage_problems looks for it)
        return _("{value} is above the limit of {limit}").format(value=f"{value:g}", limit=f"{limit:g}")
    return None


def usage_problems(where: str, usage: MonthlyUsage, growth: float = 1.0) -> list[str]:
    """Every amount of one month that is not a number from 0 to its limit, once grown by `growth`."""
    found = []
    values: list[tuple[str, object, float]] = [(name, getattr(usage, name), limit) for name, limit in LIMITS.items()]
    values += [(f"to_members.{k}", v, MAX_MINUTES) for k, v in usage.to_members.items()]
    for name, value, limit in values:
        if value is None:  # minutes_rounded: unknown
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            found.append(f"{where}: {name}: " + _("{text!r} is not a number").format(text=value))
            continue
        problem = _amount_problem(value * growth, limit)
        if problem is not None:
            if growth != 1.0 and problem.endswith(f"{limit:g}"):
                problem = _("{value} grows by the yearly growth to {grown}, above the limit of {limit}").format(
                    value=f"{value:g}", grown=f"{value * growth:g}", limit=f"{limit:g}"
                )
            found.append(f"{where}: {name}: {problem}")
    return found


def member_problems(household: Household, member: Member) -> list[str]:
    if not member.usage:
        return [_("{member}: no usage (give at least one month)").format(member=member.name)]
    years = (household.horizon_months - 1) // 12
    growth = (
        (1 + household.usage_growth_percent_per_year / 100) ** years
        if household.usage_growth_percent_per_year > 0
        else 1.0
    )
    found = []
    for index, month in enumerate(member.usage, start=1):
        where = _("{member}, usage month {month}").format(member=member.name, month=month.month or index)
        found += usage_problems(where, month, growth)
    plan = member.current
    if plan is not None:
        for name in ("monthly_fee", "exit_fee"):
            value = getattr(plan, name)
            problem = None if value is None else _amount_problem(value, MAX_FEE)
            if problem is not None:
                found.append(
                    _("{member}: current plan {field}: {problem}").format(
                        member=member.name, field=name, problem=problem
                    )
                )
    return found


def household_problems(household: Household, need_members: bool = True) -> list[str]:
    """Everything in `household` that `price` and `recommend` cannot price exactly (empty if nothing).

    An empty household has an empty bill, but nothing to recommend (`need_members`).
    """
    found = []
    if need_members and not household.members:
        found.append(_("no members: add at least one member"))
    names = household.member_names
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        found.append(_("members named twice: {members}").format(members=", ".join(duplicates)))
    horizon = household.horizon_months
    if isinstance(horizon, bool) or not isinstance(horizon, int) or not 1 <= horizon <= MAX_HORIZON_MONTHS:
        found.append(
            _("horizon_months: {value!r} is not a whole number of months from 1 to {limit}").format(
                value=horizon, limit=MAX_HORIZON_MONTHS
            )
        )
        return found  # growth and usage depend on it
    growth = household.usage_growth_percent_per_year
    problem = _amount_problem(growth + 100, 600.0) if isinstance(growth, (int, float)) else _("not a number")
    if problem is not None:
        found.append(
            _("usage_growth_percent_per_year: {value!r} is not a number from -100 to 500").format(value=growth)
        )
        return found
    for member in household.members:
        found += member_problems(household, member)
    return found


def check_household(household: Household, need_members: bool = True) -> None:
    """Raise HouseholdInputError listing every problem, if any."""
    problems = household_problems(household, need_members)
    if problems:
        raise HouseholdInputError(problems)
