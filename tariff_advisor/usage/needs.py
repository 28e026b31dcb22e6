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
            raise ValueError(f"question {self.id}: a 'zone' goes with resource roaming_days, and only with it")
        if (self.per == "day_abroad") != (self.resource in ("roaming_minutes", "roaming_mb")):
            raise ValueError(f"question {self.id}: roaming_minutes and roaming_mb are asked per day_abroad")
        return self


class NeedsModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1]
    days_per_month: Annotated[float, Field(gt=0)]
    weeks_per_month: Annotated[float, Field(gt=0)]
    margin_percent: Annotated[float, Field(ge=0, le=200)]
    questions: list[Question]


@lru_cache(maxsize=4)
def load_needs(path: str | None = None) -> NeedsModel:
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
        if self.question.assumption:
            rate = short_unit(self.question.assumption.split(" of ")[0])
            amount = f"{self.answer:g} {unit} x {self.per_unit:g} {rate}"
        else:
            amount = f"{self.answer:g} {unit}"
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
            lines.append(f"plus {self.margin_percent:g}% headroom on data")
        if self.roaming.travels:
            days = ", ".join(f"{d:g} days a year in {ZONE_NAMES[z]}" for z, d in self.roaming.days_per_year.items())
            r = self.roaming
            lines.append(f"Abroad: {days}; {r.minutes_per_day:g} min and {r.mb_per_day:g} MB a day there")
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
        return f"{monthly / 1024:.2f} GB a month"
    return f"{monthly:,.0f} {resource.replace('_', ' ').replace('sms', 'SMS')} a month"


def short_unit(unit: str) -> str:
    """ "hours a week" -> "h/week", "MB per hour" -> "MB/h": compact enough for a spin box."""
    words = {"minutes": "min", "minute": "min", "hours": "h", "hour": "h", "days": "days"}
    for joiner in (" a ", " per "):
        if joiner in unit:
            amount, period = unit.split(joiner, 1)
            return f"{words.get(amount, amount)}/{words.get(period, period)}"
    return words.get(unit, unit)


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
            raise ValueError(f"{question.text}: the answer cannot be negative")
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
