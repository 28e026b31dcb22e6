"""What `price` and `recommend` accept from a caller: a household whose numbers can be priced exactly.

Files are checked when they load; a household built in Python is checked here, so a NaN, an
infinity or an absurd amount never reaches a bill or the solvers. The bounds are in
docs/billing-rules.md ("What the engine accepts").
"""

from __future__ import annotations

import math

from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.model import Household, Member, MonthlyUsage

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
        more = f"\n  ... and {len(self.problems) - 10} more" if len(self.problems) > 10 else ""
        hint = "\ncorrect these in the household (the limits are in docs/billing-rules.md, 'What the engine accepts')"
        super().__init__("the household cannot be priced:\n" + "\n".join(f"  - {p}" for p in shown) + more + hint)


class NonFiniteAmountError(TariffAdvisorError):
    """A bill line that is not a finite amount: a catalogue built in Python with an infinite or NaN price."""


def _amount_problem(value: object, limit: float) -> str | None:
    """Why `value` is not an amount from 0 to `limit` (None if it is)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"{value!r} is not a number"
    if not math.isfinite(value):
        return f"{value!r} is not a finite number"
    if value < 0:
        return f"{value!r} is negative"
    if value > limit:
        return f"{value:g} is above the limit of {limit:g}"
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
            found.append(f"{where}: {name}: {value!r} is not a number")
            continue
        problem = _amount_problem(value * growth, limit)
        if problem is not None:
            if growth != 1.0 and problem.endswith(f"{limit:g}"):
                problem = f"{value:g} grows by the yearly growth to {value * growth:g}, above the limit of {limit:g}"
            found.append(f"{where}: {name}: {problem}")
    return found


def member_problems(household: Household, member: Member) -> list[str]:
    if not member.usage:
        return [f"{member.name}: no usage (give at least one month)"]
    years = (household.horizon_months - 1) // 12
    growth = (
        (1 + household.usage_growth_percent_per_year / 100) ** years
        if household.usage_growth_percent_per_year > 0
        else 1.0
    )
    found = []
    for index, month in enumerate(member.usage, start=1):
        found += usage_problems(f"{member.name}, usage month {month.month or index}", month, growth)
    plan = member.current
    if plan is not None:
        for name in ("monthly_fee", "exit_fee"):
            value = getattr(plan, name)
            problem = None if value is None else _amount_problem(value, MAX_FEE)
            if problem is not None:
                found.append(f"{member.name}: current plan {name}: {problem}")
    return found


def household_problems(household: Household, need_members: bool = True) -> list[str]:
    """Everything in `household` that `price` and `recommend` cannot price exactly (empty if nothing).

    An empty household has an empty bill, but nothing to recommend (`need_members`).
    """
    found = []
    if need_members and not household.members:
        found.append("no members: add at least one member")
    names = household.member_names
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        found.append(f"members named twice: {', '.join(duplicates)}")
    horizon = household.horizon_months
    if isinstance(horizon, bool) or not isinstance(horizon, int) or not 1 <= horizon <= MAX_HORIZON_MONTHS:
        found.append(f"horizon_months: {horizon!r} is not a whole number of months from 1 to {MAX_HORIZON_MONTHS}")
        return found  # growth and usage depend on it
    growth = household.usage_growth_percent_per_year
    problem = _amount_problem(growth + 100, 600.0) if isinstance(growth, (int, float)) else "not a number"
    if problem is not None:
        found.append(f"usage_growth_percent_per_year: {growth!r} is not a number from -100 to 500")
        return found
    for member in household.members:
        found += member_problems(household, member)
    return found


def check_household(household: Household, need_members: bool = True) -> None:
    """Raise HouseholdInputError listing every problem, if any."""
    problems = household_problems(household, need_members)
    if problems:
        raise HouseholdInputError(problems)
