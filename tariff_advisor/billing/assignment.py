"""Assignments: which tariff and options each member takes, as plain data.

    {"Anna": {"tariff": "nw-smart-10", "options": ["nw-data-5"]},
     "Ben": {"tariff": "hl-family", "options": [], "switch_month": 4, "phone": "pixel-10-128",
             "device_offer": "hl-pixel-10"}, ...}

An option listed twice is taken twice (up to its max_count). `switch_month` (default 1) is the horizon month
the new contract starts; `phone` a device id (absent: the member keeps the phone); `device_offer` the offer the
phone comes with (absent with a phone: bought outright at its retail price).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NotRequired, TypedDict

from tariff_advisor.catalogue.model import Catalogue, Device, DeviceOffer, Eligibility, Option, Tariff
from tariff_advisor.errors import AssignmentError
from tariff_advisor.household.model import Household, Member
from tariff_advisor.i18n import _, date


class PlanChoice(TypedDict):
    """One member's tariff and options as plain data: {"tariff": "nw-smart-10", "options": ["nw-data-5"]},
    with the optional keys switch_month (1 when absent), phone and device_offer (absent: keeps the phone)."""

    tariff: str
    options: list[str]
    switch_month: NotRequired[int]
    phone: NotRequired[str]
    device_offer: NotRequired[str]


Assignment = dict[str, PlanChoice]  # member name -> their plan
# What `resolve` (and so `price`) accepts: a member's entry may also be just a tariff id.
AssignmentInput = Mapping[str, PlanChoice | str]


@dataclass(frozen=True)
class Choice:
    tariff: Tariff
    options: tuple[Option, ...] = ()
    switch_month: int = 1  # the horizon month the new contract starts (1 when staying)
    phone: Device | None = None  # None: keeps the current phone
    device_offer: DeviceOffer | None = None  # None with a phone: bought outright

    def to_dict(self) -> PlanChoice:
        """Plain data; the optional keys only when they differ from the defaults."""
        out: PlanChoice = {"tariff": self.tariff.id, "options": [o.id for o in self.options]}
        if self.switch_month != 1:
            out["switch_month"] = self.switch_month
        if self.phone is not None:
            out["phone"] = self.phone.id
        if self.device_offer is not None:
            out["device_offer"] = self.device_offer.id
        return out


def resolve(household: Household, catalogue: Catalogue, assignment: AssignmentInput) -> dict[str, Choice]:
    """Check an assignment against the household and catalogue and resolve its ids."""
    names = household.member_names
    unknown = [n for n in assignment if n not in names]
    if unknown:
        raise AssignmentError(
            _("not members of {household!r}: {unknown} (members: {members})").format(
                household=household.name, unknown=", ".join(unknown), members=", ".join(names)
            )
        )
    missing = [n for n in names if n not in assignment]
    if missing:
        raise AssignmentError(_("no tariff assigned to: {members}").format(members=", ".join(missing)))
    choices: dict[str, Choice] = {}
    for name in names:
        given = assignment[name]
        entry: PlanChoice = {"tariff": given, "options": []} if isinstance(given, str) else given
        tariff_id = entry.get("tariff")
        if not tariff_id or not catalogue.has_tariff(tariff_id):
            raise AssignmentError(_("{name}: unknown tariff {tariff!r}").format(name=name, tariff=tariff_id))
        accepted = set(catalogue.options_for(tariff_id))
        options: list[Option] = []
        for option_id, count in Counter(entry.get("options", [])).items():
            if not catalogue.has_option(option_id):
                raise AssignmentError(_("{name}: unknown option {option!r}").format(name=name, option=option_id))
            if option_id not in accepted:
                raise AssignmentError(
                    _("{name}: option {option!r} cannot be added to tariff {tariff!r}").format(
                        name=name, option=option_id, tariff=tariff_id
                    )
                )
            option = catalogue.option(option_id)
            if count > option.max_count:
                raise AssignmentError(
                    _("{name}: option {option!r} taken {count} times; at most {max_count}").format(
                        name=name, option=option_id, count=count, max_count=option.max_count
                    )
                )
            options += [option] * count
        tariff = catalogue.tariff(tariff_id)
        member = household.member(name)
        switch_month = _switch_month(household, member, tariff, entry)
        phone, offer = _phone(name, catalogue, tariff, entry)
        choices[name] = Choice(tariff, tuple(options), switch_month, phone, offer)
    _check_family_limits(catalogue, choices)
    return choices


def _switch_month(household: Household, member: Member, tariff: Tariff, entry: PlanChoice) -> int:
    """The checked switch month: 1..horizon, 1 for a member without a plan of today; staying is month 1."""
    month = entry.get("switch_month", 1)
    horizon = household.horizon_months
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= horizon:
        raise AssignmentError(
            _("{name}: switch month {month!r} is not a month of the horizon (1 to {horizon})").format(
                name=member.name, month=month, horizon=horizon
            )
        )
    if is_staying(member, tariff):
        return 1  # staying has no switch: the month is ignored
    if month > 1 and member.current is None:
        raise AssignmentError(
            _(
                "{name}: has no plan of today to stay on before switch month {month}; the new plan starts in month 1"
            ).format(name=member.name, month=month)
        )
    return month


def _phone(
    name: str, catalogue: Catalogue, tariff: Tariff, entry: PlanChoice
) -> tuple[Device | None, DeviceOffer | None]:
    """The checked phone and device offer of one member's entry."""
    phone_id, offer_id = entry.get("phone"), entry.get("device_offer")
    if phone_id is None:
        if offer_id is not None:
            raise AssignmentError(
                _("{name}: device offer {offer!r} needs the phone it sells as 'phone'").format(
                    name=name, offer=offer_id
                )
            )
        return None, None
    if not catalogue.has_device(phone_id):
        raise AssignmentError(_("{name}: unknown phone {phone!r}").format(name=name, phone=phone_id))
    phone = catalogue.device(phone_id)
    if offer_id is None:
        return phone, None
    if not catalogue.has_device_offer(offer_id):
        raise AssignmentError(_("{name}: unknown device offer {offer!r}").format(name=name, offer=offer_id))
    offer = catalogue.device_offer(offer_id)
    if offer.device != phone_id:
        raise AssignmentError(
            _("{name}: device offer {offer!r} sells {device!r}, not the phone {phone!r}").format(
                name=name, offer=offer_id, device=offer.device, phone=phone_id
            )
        )
    if tariff.id not in offer.tariffs:
        raise AssignmentError(
            _("{name}: device offer {offer!r} does not come with tariff {tariff!r} (only with {tariffs})").format(
                name=name, offer=offer_id, tariff=tariff.id, tariffs=", ".join(offer.tariffs)
            )
        )
    return phone, offer


def _check_family_limits(catalogue: Catalogue, choices: dict[str, Choice]) -> None:
    sims = Counter(c.tariff.family_plan for c in choices.values() if c.tariff.family_plan)
    for plan_id, count in sims.items():
        plan = catalogue.family_plans[plan_id]
        if count > plan.max_sims:
            raise AssignmentError(
                _("family plan {plan!r} takes at most {max_sims} SIMs; {count} assigned").format(
                    plan=plan.name, max_sims=plan.max_sims, count=count
                )
            )


def is_staying(member: Member, tariff: Tariff) -> bool:
    """Keeping today's tariff: no new-customer fees, promotions or exit fee."""
    return member.current is not None and member.current.tariff == tariff.id


STAND_IN_PREFIX = "current:"


def is_stand_in(tariff_or_provider_id: str) -> bool:
    """A plan of today known only by its fee (billing.today), or its provider: not in the catalogue."""
    return tariff_or_provider_id.startswith(STAND_IN_PREFIX)


def stand_in_id(member_name: str) -> str:
    """The tariff id that stands for `member_name`'s plan of today when it is known only by its fee."""
    return f"{STAND_IN_PREFIX}{member_name}"


def eligibility_problems(member: Member, tariff: Tariff, household: Household) -> list[str]:
    """Why `member` may not take `tariff` (empty if they may)."""
    reasons = []
    if is_stand_in(tariff.id) and tariff.id != stand_in_id(member.name):
        # a plan known only by its fee (billing.today) is its owner's contract, never a tariff on offer
        reasons.append(_("another member's plan of today"))
    return reasons + rule_problems(member, tariff.eligibility, tariff.provider, household)


def rule_problems(member: Member, rules: Eligibility, provider: str, household: Household) -> list[str]:
    """Why `member` does not meet eligibility `rules` of a tariff or device offer of `provider` (empty: does)."""
    reasons = []
    if rules.min_age is not None and (member.age is None or member.age < rules.min_age):
        reasons.append(_("from age {age}").format(age=rules.min_age))
    if rules.max_age is not None and (member.age is None or member.age > rules.max_age):
        reasons.append(_("up to age {age}").format(age=rules.max_age))
    if rules.student and not member.student:
        reasons.append(_("students only"))
    if rules.broadband_customer and household.home_broadband_provider != provider:
        reasons.append(_("home-broadband customers of {provider} only").format(provider=provider))
    return reasons


def availability_problems(tariff: Tariff, day: dt.date) -> list[str]:
    if tariff.is_valid_on(day):
        return []
    if tariff.valid_from and day < tariff.valid_from:
        return [_("not available before {day}").format(day=date(tariff.valid_from))]
    return [_("no longer available after {day}").format(day=date(tariff.valid_until))]
