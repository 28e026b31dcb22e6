"""Assignments: which tariff and options each member takes, as plain data.

    {"Anna": {"tariff": "nw-smart-10", "options": ["nw-data-5"]}, ...}

An option listed twice is taken twice (up to its max_count).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypedDict

from tariff_advisor.catalogue.model import Catalogue, Option, Tariff
from tariff_advisor.errors import AssignmentError
from tariff_advisor.household.model import Household, Member


class PlanChoice(TypedDict):
    """One member's tariff and options as plain data: {"tariff": "nw-smart-10", "options": ["nw-data-5"]}."""

    tariff: str
    options: list[str]


Assignment = dict[str, PlanChoice]  # member name -> their plan
# What `resolve` (and so `price`) accepts: a member's entry may also be just a tariff id.
AssignmentInput = Mapping[str, PlanChoice | str]


@dataclass(frozen=True)
class Choice:
    tariff: Tariff
    options: tuple[Option, ...] = ()

    def to_dict(self) -> PlanChoice:
        return {"tariff": self.tariff.id, "options": [o.id for o in self.options]}


def resolve(household: Household, catalogue: Catalogue, assignment: AssignmentInput) -> dict[str, Choice]:
    """Check an assignment against the household and catalogue and resolve its ids."""
    names = household.member_names
    unknown = [n for n in assignment if n not in names]
    if unknown:
        raise AssignmentError(f"not members of {household.name!r}: {', '.join(unknown)} (members: {', '.join(names)})")
    missing = [n for n in names if n not in assignment]
    if missing:
        raise AssignmentError(f"no tariff assigned to: {', '.join(missing)}")
    choices: dict[str, Choice] = {}
    for name in names:
        given = assignment[name]
        entry: PlanChoice = {"tariff": given, "options": []} if isinstance(given, str) else given
        tariff_id = entry.get("tariff")
        if not tariff_id or not catalogue.has_tariff(tariff_id):
            raise AssignmentError(f"{name}: unknown tariff {tariff_id!r}")
        accepted = set(catalogue.options_for(tariff_id))
        options: list[Option] = []
        for option_id, count in Counter(entry.get("options", [])).items():
            if not catalogue.has_option(option_id):
                raise AssignmentError(f"{name}: unknown option {option_id!r}")
            if option_id not in accepted:
                raise AssignmentError(f"{name}: option {option_id!r} cannot be added to tariff {tariff_id!r}")
            option = catalogue.option(option_id)
            if count > option.max_count:
                raise AssignmentError(f"{name}: option {option_id!r} taken {count} times; at most {option.max_count}")
            options += [option] * count
        choices[name] = Choice(catalogue.tariff(tariff_id), tuple(options))
    _check_family_limits(catalogue, choices)
    return choices


def _check_family_limits(catalogue: Catalogue, choices: dict[str, Choice]) -> None:
    sims = Counter(c.tariff.family_plan for c in choices.values() if c.tariff.family_plan)
    for plan_id, count in sims.items():
        plan = catalogue.family_plans[plan_id]
        if count > plan.max_sims:
            raise AssignmentError(f"family plan {plan.name!r} takes at most {plan.max_sims} SIMs; {count} assigned")


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
    rules, reasons = tariff.eligibility, []
    if is_stand_in(tariff.id) and tariff.id != stand_in_id(member.name):
        # a plan known only by its fee (billing.today) is its owner's contract, never a tariff on offer
        reasons.append("another member's plan of today")
    if rules.min_age is not None and (member.age is None or member.age < rules.min_age):
        reasons.append(f"from age {rules.min_age}")
    if rules.max_age is not None and (member.age is None or member.age > rules.max_age):
        reasons.append(f"up to age {rules.max_age}")
    if rules.student and not member.student:
        reasons.append("students only")
    if rules.broadband_customer and household.home_broadband_provider != tariff.provider:
        reasons.append(f"home-broadband customers of {tariff.provider} only")
    return reasons


def availability_problems(tariff: Tariff, day: dt.date) -> list[str]:
    if tariff.is_valid_on(day):
        return []
    if tariff.valid_from and day < tariff.valid_from:
        return [f"not available before {tariff.valid_from}"]
    return [f"no longer available after {tariff.valid_until}"]
