"""The needs advisor: answers about habits (hours of video a week...) into an estimated monthly usage.

The questions and every assumption (MB per hour of video, days in a month, the
safety margin) live in one documented data file, tariff_advisor/data/needs.yaml,
so they can be checked and changed without touching code; an estimate shows each
assumption next to what it contributed, and the caller may override any of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tariff_advisor.household.model import Household, MonthlyUsage, Roaming
from tariff_advisor.i18n import N_, _, language, number, percent
from tariff_advisor.io.yamlio import load_validated
from tariff_advisor.zones import ZONE_NAMES, Zone

NEEDS_FILE = Path(__file__).with_name("data") / "needs.yaml"
USAGE_RESOURCES = ("minutes", "calls", "sms", "data_mb", "intl_minutes")
# What travel answers fill in: days abroad per zone and year, and calls and data on a day abroad.
ROAMING_RESOURCES = ("roaming_days", "roaming_minutes", "roaming_mb")
PER_YEAR = {"day": 365.25, "week": 365.25 / 7, "month": 12.0, "year": 1.0}


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: str  # short name, for the breakdown
    text: str
    unit: str
    per: Literal["day", "week", "month", "year", "day_abroad"]
    resource: Literal[
        "minutes", "calls", "sms", "data_mb", "intl_minutes", "roaming_days", "roaming_minutes", "roaming_mb"
    ]
    per_unit: Annotated[float, Field(ge=0)]
    assumption: str | None = None  # what per_unit means, shown to the user, when it is an assumption
    default: Annotated[float, Field(ge=0)] = 0
    maximum: Annotated[float, Field(gt=0)]
    requires_feature: str | None = None  # a yes-answer makes this tariff feature a need
    zone: Zone | None = None  # roaming_days: where

    @model_validator(mode="after")
    def _travel_is_consistent(self) -> Question:
        if (self.resource == "roaming_days") != (self.zone is not None):
            raise ValueError(
                _("question {id}: a 'zone' goes with resource roaming_days, and only with it").format(id=self.id)
            )
        if (self.per == "day_abroad") != (self.resource in ("roaming_minutes", "roaming_mb")):
            raise ValueError(
                _("question {id}: roaming_minutes and roaming_mb are asked per day_abroad").format(id=self.id)
            )
        return self


class NeedsModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1]
    days_per_month: Annotated[float, Field(gt=0)]
    weeks_per_month: Annotated[float, Field(gt=0)]
    margin_percent: Annotated[float, Field(ge=0, le=200)]
    questions: list[Question]


def load_needs(path: str | None = None) -> NeedsModel:
    """The questionnaire with its texts in the language in use (needs_messages marks them for translation)."""
    return _needs_in(path, language())


@lru_cache(maxsize=8)
def _needs_in(path: str | None, spoken: str) -> NeedsModel:
    model = _read_needs(path)
    questions = [
        question.model_copy(
            update={
                "label": _(question.label),
                "text": _(question.text),
                "unit": _(question.unit),
                "assumption": None if question.assumption is None else _(question.assumption),
            }
        )
        for question in model.questions
    ]
    return model.model_copy(update={"questions": questions})


@lru_cache(maxsize=4)
def _read_needs(path: str | None) -> NeedsModel:
    return load_validated(path or NEEDS_FILE, NeedsModel, "needs assumptions")


@dataclass(frozen=True)
class Contribution:
    question: Question
    answer: float
    per_unit: float  # the assumption used (the file's, or the user's correction)
    monthly: float  # what it adds to its resource per month

    def short(self) -> str:
        """E.g. "Video: 2 h/week x 700 MB/h = 5.9 GB"."""
        unit = short_unit(self.question.unit)
        answer = number(self.answer, -2, grouping=False)
        if self.question.assumption:
            rate = short_unit(self.question.assumption.split(" of ")[0])
            amount = f"{answer} {unit} x {number(self.per_unit, -2, grouping=False)} {rate}"
        else:
            amount = f"{answer} {unit}"
        return f"{self.question.label}: {amount} = {_amount(self.monthly, self.question.resource)}"


@dataclass
class Estimate:
    usage: MonthlyUsage
    contributions: list[Contribution] = field(default_factory=list)
    features: list[str] = field(default_factory=list)  # tariff features the answers make a need
    margin_percent: float = 0.0
    roaming: Roaming = field(default_factory=Roaming)  # what the travel answers say

    def assumptions_text(self) -> list[str]:
        lines = [c.short() for c in self.contributions if c.monthly]
        if self.margin_percent:
            lines.append(_("plus {percent} headroom on data").format(percent=percent(self.margin_percent, 2)))
        if self.roaming.travels:
            days = ", ".join(
                _("{days} days a year in {zone}").format(days=number(d, -2), zone=_(ZONE_NAMES[z]))
                for z, d in self.roaming.days_per_year.items()
            )
            r = self.roaming
            lines.append(
                _("Abroad: {days}; {minutes} min and {mb} MB a day there").format(
                    days=days, minutes=number(r.minutes_per_day, -2), mb=number(r.mb_per_day, -2)
                )
            )
        return lines

    def applied_to(self, household: Household, member: str, answers: dict[str, float]) -> Household:
        """`household` with `member`'s usage, needs, answers and roaming taken from this estimate."""
        return (
            household.with_member_usage(member, (self.usage,))
            .with_member_needs(member, self.features)
            .with_member_answers(member, answers)
            .with_member_roaming(member, self.roaming)
        )


def _amount(monthly: float, resource: str) -> str:
    if resource == "data_mb":
        return _("{amount} GB a month").format(amount=number(monthly / 1024, 2))
    said = MONTHLY_AMOUNTS.get(resource, N_("{amount} a month"))
    return _(said).format(amount=number(monthly))


MONTHLY_AMOUNTS = {  # what a resource's estimate says, translated where shown
    "minutes": N_("{amount} minutes a month"),
    "calls": N_("{amount} calls a month"),
    "sms": N_("{amount} SMS a month"),
    "intl_minutes": N_("{amount} international minutes a month"),
}


# The words a unit is shortened to, English and German ("Stunden pro Woche" -> "Std./Woche").
SHORT_WORDS = {
    "minutes": "min",
    "minute": "min",
    "hours": "h",
    "hour": "h",
    "days": "days",
    "Minuten": "Min.",
    "Minute": "Min.",
    "Stunden": "Std.",
    "Stunde": "Std.",
}


def short_unit(unit: str) -> str:
    """ "hours a week" -> "h/week", "MB per hour" -> "MB/h": compact enough for a spin box. A remark in
    brackets is left out ("MB pro Stunde (Video)" -> "MB/Std.")."""
    unit = unit.split(" (")[0]
    for joiner in (" a ", " per ", " pro "):
        if joiner in unit:
            amount, period = unit.split(joiner, 1)
            return f"{SHORT_WORDS.get(amount, amount)}/{SHORT_WORDS.get(period, period)}"
    return SHORT_WORDS.get(unit, unit)


def _periods_per_month(question: Question, model: NeedsModel) -> float:
    return {"day": model.days_per_month, "week": model.weeks_per_month, "month": 1.0, "year": 1 / 12}[question.per]


def estimate(
    answers: dict[str, float], corrections: dict[str, float] | None = None, model: NeedsModel | None = None
) -> Estimate:
    """The monthly usage the answers imply (unanswered questions count as 0, not as their default)."""
    model = model or load_needs()
    corrections = corrections or {}
    totals = dict.fromkeys(USAGE_RESOURCES, 0.0)
    days: dict[Zone, float] = {}
    abroad = dict.fromkeys(("roaming_minutes", "roaming_mb"), 0.0)  # per day abroad
    result = Estimate(MonthlyUsage(), margin_percent=model.margin_percent)
    for question in model.questions:
        answer = float(answers.get(question.id, 0.0))
        if answer < 0:
            raise ValueError(_("{question}: the answer cannot be negative").format(question=question.text))
        per_unit = float(corrections.get(question.id, question.per_unit))
        monthly = answer * per_unit * _periods_per_month(question, model) if question.resource in totals else 0.0
        result.contributions.append(Contribution(question, answer, per_unit, monthly))
        if question.resource in totals:
            totals[question.resource] += monthly
        elif question.zone is not None:
            days[question.zone] = days.get(question.zone, 0.0) + answer * per_unit * PER_YEAR[question.per]
        elif question.resource in abroad:
            abroad[question.resource] += answer * per_unit
        if question.requires_feature and answer > 0:
            result.features.append(question.requires_feature)
    totals["data_mb"] *= 1 + model.margin_percent / 100
    rounded = {k: round(v, 1) for k, v in totals.items()}
    result.usage = MonthlyUsage(
        minutes=rounded["minutes"],
        calls=rounded["calls"],
        sms=rounded["sms"],
        data_mb=rounded["data_mb"],
        intl_minutes=rounded["intl_minutes"],
    )
    travel = {zone: round(min(d, 366.0), 1) for zone, d in days.items() if d > 0}  # a year has at most 366 days
    if travel:
        result.roaming = Roaming(travel, round(abroad["roaming_minutes"], 1), round(abroad["roaming_mb"], 1))
    return result


def default_answers(model: NeedsModel | None = None) -> dict[str, float]:
    return {q.id: q.default for q in (model or load_needs()).questions}
