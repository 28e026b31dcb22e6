"""Household files (YAML): schema, loading with located problems, and saving."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tariff_advisor.errors import HouseholdError, Problem
from tariff_advisor.household.model import CurrentPlan, Household, Member, MonthlyUsage
from tariff_advisor.io.atomic import atomic_write_text
from tariff_advisor.io.yamlio import line_of, read_yaml, round_trip_yaml, validate

NonNegative = Annotated[float, Field(ge=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UsageEntry(_Strict):
    month: Annotated[str, Field(pattern=r"^\d{4}-\d{2}$")] | None = None
    minutes: NonNegative = 0.0
    calls: NonNegative = 0.0
    minutes_rounded: NonNegative | None = None
    sms: NonNegative = 0.0
    data_mb: NonNegative = 0.0
    intl_minutes: NonNegative = 0.0
    to_members: dict[str, NonNegative] = {}
    by_network: dict[Literal["on_net", "off_net", "landline", "other"], NonNegative] = {}

    @model_validator(mode="after")
    def _consistent(self) -> UsageEntry:
        if sum(self.to_members.values()) > self.minutes + 1e-9:
            raise ValueError("minutes to members add up to more than the month's minutes")
        if self.minutes_rounded is not None and self.minutes_rounded + 1e-9 < self.minutes:
            raise ValueError("minutes_rounded (each call rounded up) cannot be below minutes")
        return self


class UsageSpec(_Strict):
    typical: UsageEntry | None = None
    history: list[UsageEntry] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> UsageSpec:
        if (self.typical is None) == (self.history is None):
            raise ValueError("give exactly one of 'typical' (one month) or 'history' (a list of months)")
        if self.history is not None and not self.history:
            raise ValueError("history needs at least one month")
        return self

    @property
    def months(self) -> list[UsageEntry]:
        """The months given: the one typical month, or the history (the validator makes it one of the two)."""
        return [self.typical] if self.typical is not None else (self.history or [])


class CurrentPlanEntry(_Strict):
    tariff: str | None = None
    options: list[str] = []
    provider: str | None = None
    name: str | None = None
    monthly_fee: NonNegative | None = None
    months_left: Annotated[int, Field(ge=0, le=48)] = 0
    exit_fee: NonNegative = 0.0

    @model_validator(mode="after")
    def _one_of(self) -> CurrentPlanEntry:
        if (self.tariff is None) == (self.monthly_fee is None):
            raise ValueError("give a catalogue 'tariff' id, or a custom plan's 'monthly_fee' (not both)")
        return self


class MemberEntry(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=60)]
    age: Annotated[int, Field(ge=0, le=130)] | None = None
    student: bool = False
    numbers: list[str] = []
    current_plan: CurrentPlanEntry | None = None
    needs: list[Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]] = []  # tariff features, e.g. eu_roaming
    # answers to the needs questionnaire, by question id (see tariff_advisor/usage/data/needs.yaml)
    needs_answers: dict[Annotated[str, Field(pattern=r"^[a-z0-9_]+$")], Annotated[float, Field(ge=0, le=1e6)]] = {}
    usage: UsageSpec


class HouseholdFile(_Strict):
    format_version: int = 1
    name: str = "Household"
    horizon_months: Annotated[int, Field(ge=1, le=60)] = 24
    start_date: dt.date | None = None
    claim_cashback: bool = False
    usage_growth_percent_per_year: Annotated[float, Field(ge=-90, le=500)] = 0.0
    home_broadband_provider: str | None = None
    allow_data_slowdown: bool = False
    members: Annotated[list[MemberEntry], Field(min_length=1)]


def _usage(entry: UsageEntry) -> MonthlyUsage:
    return MonthlyUsage(
        minutes=entry.minutes,
        calls=entry.calls,
        sms=entry.sms,
        data_mb=entry.data_mb,
        intl_minutes=entry.intl_minutes,
        minutes_rounded=entry.minutes_rounded,
        to_members=dict(entry.to_members),
        month=entry.month,
        by_network=dict(entry.by_network.items()),
    )


def _member(entry: MemberEntry) -> Member:
    months = entry.usage.months
    cp = entry.current_plan
    current = None
    if cp is not None:
        current = CurrentPlan(
            cp.tariff, tuple(cp.options), cp.provider, cp.name, cp.monthly_fee, cp.months_left, cp.exit_fee
        )
    return Member(
        entry.name,
        tuple(_usage(u) for u in months),
        entry.age,
        entry.student,
        tuple(entry.numbers),
        current,
        tuple(entry.needs),
        dict(entry.needs_answers),
    )


def _cross_checks(file: str, data: Any, hf: HouseholdFile) -> list[Problem]:
    problems: list[Problem] = []
    names = [m.name for m in hf.members]
    for index, member in enumerate(hf.members):
        label = f"members[{index}] ({member.name!r})"
        if names.count(member.name) > 1:
            problems.append(
                Problem(
                    file,
                    "two members share this name; names must be unique",
                    label,
                    "name",
                    line_of(data, ("members", index, "name")),
                )
            )
        for pos, usage in enumerate(member.usage.months):
            for other in usage.to_members:
                if other not in names or other == member.name:
                    field = "usage.typical.to_members" if member.usage.typical else f"usage.history[{pos}].to_members"
                    problems.append(
                        Problem(
                            file,
                            f"{other!r} is not another member of this household",
                            label,
                            f"{field}.{other}",
                            line_of(data, ("members", index, "usage")),
                        )
                    )
    return problems


def household_from_data(data: Any, file: str = "<household>") -> Household:
    model, problems = validate(file, data, HouseholdFile)
    if model is None:
        raise HouseholdError(problems)
    problems = _cross_checks(file, data, model)
    if problems:
        raise HouseholdError(problems)
    return Household(
        name=model.name,
        members=tuple(_member(m) for m in model.members),
        horizon_months=model.horizon_months,
        claim_cashback=model.claim_cashback,
        usage_growth_percent_per_year=model.usage_growth_percent_per_year,
        home_broadband_provider=model.home_broadband_provider,
        start_date=model.start_date,
        allow_data_slowdown=model.allow_data_slowdown,
        source=file,
    )


def load_household(path: str | Path) -> Household:
    """Load and validate a household file; problems name the member and field."""
    path = Path(path)
    data, problems = read_yaml(path)
    if data is None:
        raise HouseholdError(problems)
    return household_from_data(data, str(path))


def _usage_dict(u: MonthlyUsage) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if u.month:
        out["month"] = u.month
    for key in ("minutes", "calls", "minutes_rounded", "sms", "data_mb", "intl_minutes"):
        value = getattr(u, key)
        if value:
            out[key] = round(value, 3)
    if u.to_members:
        out["to_members"] = {k: round(v, 3) for k, v in u.to_members.items()}
    if u.by_network:
        out["by_network"] = {k: round(v, 3) for k, v in u.by_network.items()}
    return out


def household_to_data(household: Household) -> dict[str, Any]:
    """The household as plain data in the file format, ready to dump as YAML."""
    members = []
    for m in household.members:
        entry: dict[str, Any] = {"name": m.name}
        if m.age is not None:
            entry["age"] = m.age
        if m.student:
            entry["student"] = True
        if m.numbers:
            entry["numbers"] = list(m.numbers)
        if m.current is not None:
            c = m.current
            plan = {
                k: v
                for k, v in (
                    ("tariff", c.tariff),
                    ("options", list(c.options)),
                    ("provider", c.provider),
                    ("name", c.name),
                    ("monthly_fee", c.monthly_fee),
                    ("months_left", c.months_left),
                    ("exit_fee", c.exit_fee),
                )
                if v
            }
            entry["current_plan"] = plan
        if m.needs:
            entry["needs"] = list(m.needs)
        if m.needs_answers:
            entry["needs_answers"] = dict(m.needs_answers)
        if len(m.usage) == 1 and m.usage[0].month is None:
            entry["usage"] = {"typical": _usage_dict(m.usage[0])}
        else:
            entry["usage"] = {"history": [_usage_dict(u) for u in m.usage]}
        members.append(entry)
    data: dict[str, Any] = {"format_version": 1, "name": household.name, "horizon_months": household.horizon_months}
    if household.start_date:
        data["start_date"] = household.start_date
    data["claim_cashback"] = household.claim_cashback
    data["usage_growth_percent_per_year"] = household.usage_growth_percent_per_year
    if household.home_broadband_provider:
        data["home_broadband_provider"] = household.home_broadband_provider
    if household.allow_data_slowdown:
        data["allow_data_slowdown"] = True
    data["members"] = members
    return data


def save_household(household: Household, path: str | Path) -> None:
    """Write atomically: a failure leaves the previous file intact."""
    buffer = io.StringIO()
    round_trip_yaml().dump(household_to_data(household), buffer)
    atomic_write_text(Path(path), buffer.getvalue())
