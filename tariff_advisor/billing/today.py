"""What the household pays today: its members' current plans, priced like any assignment.

A current plan is a catalogue tariff (even a retired one), or a custom plan the
member knows only by its monthly fee. A custom plan becomes a stand-in tariff
whose fee covers everything, on a provider of its own so no catalogue rule applies.
"""

from __future__ import annotations

import math
from dataclasses import replace

from tariff_advisor.billing.assignment import Assignment
from tariff_advisor.billing.bill import Bill
from tariff_advisor.billing.engine import price
from tariff_advisor.billing.inputs import MAX_FEE
from tariff_advisor.billing.standin import stand_in_tariff
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.household.model import CurrentPlan, Household
from tariff_advisor.i18n import _, money, number


def with_current_plans(household: Household, catalogue: Catalogue) -> tuple[Household, Catalogue]:
    """Household and catalogue in which every custom current plan is a stand-in tariff, marked current."""
    extra, providers, members = [], [], []
    for member in household.members:
        plan = member.current
        if plan is None or plan.tariff is not None:
            members.append(member)
            continue
        tariff, provider = stand_in_tariff(member.name, plan, catalogue.currency)
        extra.append(tariff)
        providers.append(provider)
        # Marking the stand-in as the current tariff makes staying free of switching costs.
        members.append(replace(member, current=replace(plan, tariff=tariff.id)))
    if not extra:
        return household, catalogue
    return replace(household, members=tuple(members)), catalogue.with_extra_tariffs(extra, providers)


def today_assignment(household: Household, catalogue: Catalogue) -> tuple[Household, Catalogue, Assignment] | None:
    """(household, catalogue, assignment) that price today's plans; None if a member has no current plan."""
    if any(m.current is None for m in household.members):
        return None
    household, catalogue = with_current_plans(household, catalogue)
    assignment: Assignment = {}
    for m in household.members:
        if m.current is None or m.current.tariff is None:  # with_current_plans gave every plan a tariff
            return None
        assignment[m.name] = {"tariff": m.current.tariff, "options": list(m.current.options)}
    return household, catalogue, assignment


def price_today(household: Household, catalogue: Catalogue) -> Bill | None:
    """The cost of every member staying on their current plan; None if not all members have one."""
    resolved = today_assignment(household, catalogue)
    if resolved is None:
        return None
    return price(*resolved)


def parse_current_plan(text: str, catalogue: Catalogue) -> CurrentPlan | None:
    """What a person types for today's plan: a tariff id or name, a monthly fee ("29.99"), or nothing.

    Raises ValueError saying what is accepted when the text is none of these.
    """
    text = text.strip()
    if not text or text.lower() == "none":
        return None
    try:
        fee = float(text.replace(",", "."))
    except ValueError:
        fee = None
    if fee is not None:
        if not math.isfinite(fee) or not 0 <= fee <= MAX_FEE:
            raise ValueError(
                _("a monthly fee is a number from 0 to {limit}, such as {example}").format(
                    limit=number(MAX_FEE), example=number(29.99, 2)
                )
            )
        return CurrentPlan(name=_("current plan at {fee} a month").format(fee=money(fee)), monthly_fee=fee)
    lowered = text.lower()
    for tariff in catalogue.tariffs:
        if lowered in (tariff.id.lower(), tariff.name.lower()):
            return CurrentPlan(tariff=tariff.id)
    raise ValueError(
        _("{text!r} is not a tariff in the catalogue; type a tariff id or name, a monthly fee, or 'none'").format(
            text=text
        )
    )
