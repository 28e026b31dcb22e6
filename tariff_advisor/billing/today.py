"""What the household pays today: its members' current plans, priced like any assignment.

A current plan is a catalogue tariff (even a retired one), or a custom plan the
member knows only by its monthly fee. A custom plan becomes a stand-in tariff
whose fee covers everything, on a provider of its own so no catalogue rule applies.

The baseline ("you save X against today") is the plans of today kept, plus each wished phone bought outright
at the cheapest wished model's retail price: the family needs those phones either way, so a saving compares
like with like. It is a comparison, not advice: the upfront budget is no rule break of the baseline
(docs/billing-rules.md, "Today's cost").
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
from tariff_advisor.household.model import CurrentPlan, DeviceWish, Household, Member
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


def baseline_phone(member: Member, catalogue: Catalogue) -> str | None:
    """The phone the baseline buys `member` outright: the cheapest wished model the catalogue knows (None: keeps
    the phone, or no wished model is in the catalogue)."""
    known = [catalogue.device(model) for model in member.device_wish.models if catalogue.has_device(model)]
    return min(known, key=lambda d: (d.retail_price, d.id)).id if known else None


def today_assignment(household: Household, catalogue: Catalogue) -> tuple[Household, Catalogue, Assignment] | None:
    """(household, catalogue, assignment) that price the baseline: today's plans kept, each wished phone bought
    outright (the cheapest wished model); None if a member has no current plan.

    The household returned is the one the baseline is priced on: its phone wishes without the upfront budget
    (a comparison buys the phone whatever it costs at once), and a wish for models the catalogue does not know
    dropped (there is no price to compare with), so neither is a rule break of the baseline.
    """
    if any(m.current is None for m in household.members):
        return None
    household, catalogue = with_current_plans(household, catalogue)
    assignment: Assignment = {}
    members = []
    for m in household.members:
        if m.current is None or m.current.tariff is None:  # with_current_plans gave every plan a tariff
            return None
        assignment[m.name] = {"tariff": m.current.tariff, "options": list(m.current.options)}
        phone = baseline_phone(m, catalogue)
        if phone is not None:
            assignment[m.name]["phone"] = phone
        wish = DeviceWish(m.device_wish.models) if phone is not None else DeviceWish()
        members.append(replace(m, device_wish=wish))
    return replace(household, members=tuple(members)), catalogue, assignment


def price_today(household: Household, catalogue: Catalogue) -> Bill | None:
    """The baseline: every member staying on their current plan, wished phones bought outright at the cheapest
    wished model's retail price; None if not all members have a current plan."""
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
