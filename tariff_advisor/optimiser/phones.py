"""The phone and roaming parts of a member's cost on a tariff: neither touches another member.

Device lines and roaming are priced per member on the tariff in force (docs/billing-rules.md), so the
optimiser folds them into each candidate's constant: the best phone choice for the tariff (unless a
lock fixes it), and roaming per month of the plan in force.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tariff_advisor.billing.assignment import rule_problems
from tariff_advisor.catalogue.model import Catalogue, DeviceOffer, Tariff
from tariff_advisor.household.model import Household, Member
from tariff_advisor.optimiser.constraints import KEEP_PHONE, Constraints
from tariff_advisor.zones import ROAMING_ZONES


@dataclass(frozen=True)
class PhoneChoice:
    """Keep the phone (`phone` None), buy `phone` outright (`offer` None), or take it with `offer`."""

    phone: str | None = None
    offer: DeviceOffer | None = None
    cost: float = 0.0  # what the household pays for the phone: retail, or upfront + monthly fee x months


KEEP = PhoneChoice()


def phone_choices(
    member: Member, tariff: Tariff, household: Household, catalogue: Catalogue, constraints: Constraints
) -> list[PhoneChoice]:
    """Every phone choice `member` may make with `tariff`: keep (no wish), or a wished model bought or on offer.

    An upfront above the wish's `max_upfront` is not a choice (buying outright pays the retail price at once),
    nor an offer whose eligibility the member fails; a phone lock keeps only its choice.
    """
    wish = member.device_wish
    locked = constraints.of_kind("lock_phone", member.name)
    if wish.keeps_phone:
        choices = [KEEP]
    else:
        choices = []
        for model in wish.models:
            if not catalogue.has_device(model):
                continue
            device = catalogue.device(model)
            choices.append(PhoneChoice(model, None, device.retail_price))
            for offer in catalogue.offers_for(tariff.id, model):
                if not rule_problems(member, offer.eligibility, offer.provider, household):
                    choices.append(PhoneChoice(model, offer, offer.total))
        limit = wish.max_upfront
        if limit is not None:
            choices = [c for c in choices if _upfront(c, catalogue) <= limit + 1e-9]
    for value in locked:
        wanted = None if value == KEEP_PHONE else value
        choices = [c for c in choices if c.phone == wanted]
    return choices


def _upfront(choice: PhoneChoice, catalogue: Catalogue) -> float:
    if choice.phone is None:
        return 0.0
    if choice.offer is None:
        return catalogue.device(choice.phone).retail_price
    return choice.offer.upfront


def best_phone(
    member: Member, tariff: Tariff, household: Household, catalogue: Catalogue, constraints: Constraints
) -> PhoneChoice | None:
    """The cheapest phone choice with `tariff` (None: no choice meets the wish and the locks)."""
    choices = phone_choices(member, tariff, household, catalogue, constraints)
    return min(choices, key=lambda c: c.cost) if choices else None


def roaming_per_month(member: Member, tariff: Tariff) -> float:
    """What the member's travel costs a month on `tariff`; NaN when the tariff has no price for a zone they visit.

    Per zone z with d = days a year / 12: included, the data beyond the fair use at its price; else a day
    pass, d x its price (bought only on a day the phone is used); else the rates, d x (minutes a day x
    minute + MB a day x MB). As billing.engine prices it (`_Pricer.roaming`).
    """
    travel = member.roaming
    if not travel.travels:
        return 0.0
    rules = tariff.roaming_rules
    cost = 0.0
    for zone in ROAMING_ZONES:
        days = travel.days_per_month(zone)
        if days <= 0:
            continue
        if zone in rules.included:
            if rules.fair_use_mb is not None:
                cost += max(0.0, days * travel.mb_per_day - rules.fair_use_mb) * rules.fair_use_price_mb
        elif zone in rules.day_pass:
            if travel.minutes_per_day > 0 or travel.mb_per_day > 0:
                cost += days * rules.day_pass[zone]
        elif zone in rules.rates:
            rate = rules.rates[zone]
            cost += days * (travel.minutes_per_day * rate.minute + travel.mb_per_day * rate.mb)
        else:
            return math.nan
    return cost
