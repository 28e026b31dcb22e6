"""How an edited catalogue changes the advice: each example household's recommendation, before and after.

Editors see this before saving, so a typo in a fee that would flip every
recommendation is caught while it is still only an edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.files import load_household
from tariff_advisor.household.model import Household
from tariff_advisor.i18n import _
from tariff_advisor.io.resources import example_households_dir
from tariff_advisor.optimiser.recommendation import PlanSet, recommend


@dataclass(frozen=True)
class MemberChange:
    member: str
    before: str  # "tariff + options" or "" when there was no plan
    after: str


@dataclass
class HouseholdImpact:
    household: str
    before_total: float | None
    after_total: float | None
    currency: str = ""
    members: list[MemberChange] = field(default_factory=list)  # only members whose plan changes
    note: str = ""  # why a side could not be optimised

    @property
    def difference(self) -> float | None:
        if self.before_total is None or self.after_total is None:
            return None
        return self.after_total - self.before_total

    @property
    def unchanged(self) -> bool:
        return not self.members and (self.difference is not None and abs(self.difference) < 0.005)


def example_households() -> list[tuple[str, Household]]:
    return [(path.stem, load_household(path)) for path in sorted(Path(example_households_dir()).glob("*.yaml"))]


def _plan(plans: PlanSet, member: str) -> str:
    choice = plans.assignment.get(member)
    if not choice:
        return ""
    return " + ".join([choice["tariff"], *choice.get("options", [])])


def _advice(household: Household, catalogue: Catalogue, solver: str) -> tuple[PlanSet | None, str]:
    """The recommended plans, or None and why there are none."""
    try:
        rec = recommend(household, catalogue, solver=solver)
    except TariffAdvisorError as exc:
        return None, str(exc)
    if rec.plans is None:
        return None, rec.reason
    return rec.plans, ""


def impact(
    households: list[tuple[str, Household]], before: Catalogue, after: Catalogue, solver: str = "highs"
) -> list[HouseholdImpact]:
    results = []
    for name, household in households:
        old, old_note = _advice(household, before, solver)
        new, new_note = _advice(household, after, solver)
        either = new or old
        row = HouseholdImpact(
            name,
            old.bill.total if old else None,
            new.bill.total if new else None,
            either.bill.currency if either else "",
            note="; ".join(
                n
                for n in (
                    old_note and _("before: {note}").format(note=old_note),
                    new_note and _("after: {note}").format(note=new_note),
                )
                if n
            ),
        )
        if old and new:
            for member in household.member_names:
                was, now = _plan(old, member), _plan(new, member)
                if was != now:
                    row.members.append(MemberChange(member, was, now))
        results.append(row)
    return results
