"""When a member's current contract lets them go: the notice deadline, the free switch month, early exit.

The minimum term ends on the plan's `end_date` (or after `months_left` months). Cancelling needs notice
(`notice_months`, else the provider's contract rules, else 1 month): the deadline is that many months before
the term's end. A deadline already past renews the contract by the provider's `renewal_months` (1 by default:
monthly after the minimum term, German law since 2022) until a deadline can still be met. The first horizon
month that begins after the term's end is the free switch month; switching before it is leaving early, which
costs the household's flat `exit_fee` if it gave one, else the provider's early-exit rule over the fees of the
months left. docs/billing-rules.md, "Switch month and early exit", has the worked example.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tariff_advisor.catalogue.model import Catalogue, ContractRules
from tariff_advisor.household.model import CurrentPlan, Household, Member, add_months

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class ContractTiming:
    """One member's current contract as seen from the household's start."""

    free_month: int  # the first horizon month a new plan can start with nothing to pay for leaving
    term_end: dt.date | None  # the last day of the (possibly renewed) term; None: nothing binds
    deadline: dt.date | None  # the last day to cancel for `free_month`; None: no plan of today


def contract_rules_of(plan: CurrentPlan, catalogue: Catalogue) -> ContractRules:
    """The provider's contract rules for a plan of today (the defaults for a plan known only by its fee)."""
    if plan.tariff is not None and catalogue.has_tariff(plan.tariff):
        return catalogue.contract_rules(catalogue.tariff(plan.tariff).provider)
    return ContractRules()


def cancellation_deadline(term_end: dt.date, notice_months: int) -> dt.date:
    """The last day a cancellation may arrive to end the term on `term_end`: `notice_months` months before the
    day after it, less a day (term ends 31 March, one month's notice: 28 February)."""
    return add_months(term_end + ONE_DAY, -notice_months) - ONE_DAY


def contract_timing(member: Member, household: Household, catalogue: Catalogue) -> ContractTiming:
    plan, start = member.current, household.contract_start
    if plan is None:
        return ContractTiming(1, None, None)
    end = plan.term_end(start)
    if end is None:
        return ContractTiming(1, None, start)  # no term left: cancel now, leave at once
    rules = contract_rules_of(plan, catalogue)
    notice = plan.notice_months if plan.notice_months is not None else rules.notice_months
    deadline = cancellation_deadline(end, notice)
    while deadline < start:  # too late to cancel this term: it renews
        end = add_months(end + ONE_DAY, rules.renewal_months) - ONE_DAY
        deadline = cancellation_deadline(end, notice)
    return ContractTiming(CurrentPlan(end_date=end).remaining_months(start) + 1, end, deadline)


def free_switch_month(member: Member, household: Household, catalogue: Catalogue) -> int:
    """The first horizon month a new plan can start with nothing to pay for leaving (may be past the horizon)."""
    return contract_timing(member, household, catalogue).free_month


def notice_deadline(member: Member, household: Household, catalogue: Catalogue) -> dt.date | None:
    """The last day to cancel the current contract to leave it in the free switch month (None: no plan of
    today). Leaving earlier means cancelling now and paying the early exit."""
    return contract_timing(member, household, catalogue).deadline


def remaining_fees(member: Member, catalogue: Catalogue, switch_month: int, free_month: int) -> float:
    """The current plan's monthly fees in months switch_month..free_month-1 (past the horizon too: they are
    owed). The tariff's fee with its scheduled changes; options are not part of the minimum term."""
    plan = member.current
    if plan is None:
        return 0.0
    months = range(switch_month, free_month)
    if plan.tariff is not None and catalogue.has_tariff(plan.tariff):
        tariff = catalogue.tariff(plan.tariff)
        return sum(max(0.0, tariff.fee_in_month(m)) * tariff.cycles_per_month for m in months)  # as billed
    return (plan.monthly_fee or 0.0) * len(months)


def early_exit_cost(member: Member, household: Household, catalogue: Catalogue, switch_month: int) -> float:
    """What leaving the current contract to start a new one in `switch_month` costs (0 from the free month on)."""
    plan = member.current
    if plan is None:
        return 0.0
    free_month = free_switch_month(member, household, catalogue)
    if switch_month >= free_month:
        return 0.0
    if plan.exit_fee is not None:
        return plan.exit_fee
    rules = contract_rules_of(plan, catalogue)
    return rules.early_exit.cost(remaining_fees(member, catalogue, switch_month, free_month))
