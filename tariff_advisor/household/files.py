"""Household files (YAML): schema, loading with located problems, and saving."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, Field, model_validator

from tariff_advisor.errors import HouseholdChangedError, HouseholdError, Problem
from tariff_advisor.household.model import CurrentPlan, DeviceWish, Household, Member, MonthlyUsage, Roaming
from tariff_advisor.i18n import _
from tariff_advisor.io.atomic import atomic_write_text, remove_stale_temps
from tariff_advisor.io.yamlio import (
    MONTH_PATTERN,
    STRICT_FILE,
    Money,
    line_of,
    parse_yaml,
    read_bytes,
    round_trip_yaml,
    stamp,
    to_round_trip,
    update_round_trip,
    uses_aliases,
    validate,
)
from tariff_advisor.zones import Zone

# The ranges (the household format in docs/catalogue-format.md): a month's usage of one person.
MAX_MINUTES: Final = 31 * 24 * 60  # every minute of the longest month
MAX_CALLS: Final = 100_000
MAX_ROUNDED_MINUTES: Final = MAX_MINUTES + MAX_CALLS  # each call rounds up by less than a minute
MAX_SMS: Final = 100_000
MAX_DATA_MB: Final = 10_000_000  # about 9.5 TB
MAX_ROAMING_DAYS: Final = 366  # per zone and year
MAX_ROAMING_MINUTES: Final = 24 * 60  # per day abroad
MAX_ROAMING_MB: Final = 1_000_000  # per day abroad (about 1 TB)
# Version 2 added end_date, notice_months, phone and roaming; a version-1 file cannot hold them and loads
# unchanged. Saving writes the lowest version that holds the household, so older versions still read it.
FORMAT_VERSION: Final = 2

Minutes = Annotated[float, Field(ge=0, le=MAX_MINUTES)]


class _Strict(BaseModel):
    model_config = STRICT_FILE


class UsageEntry(_Strict):
    month: Annotated[str, Field(pattern=MONTH_PATTERN)] | None = None
    minutes: Minutes = 0.0
    calls: Annotated[float, Field(ge=0, le=MAX_CALLS)] = 0.0
    minutes_rounded: Annotated[float, Field(ge=0, le=MAX_ROUNDED_MINUTES)] | None = None
    sms: Annotated[float, Field(ge=0, le=MAX_SMS)] = 0.0
    data_mb: Annotated[float, Field(ge=0, le=MAX_DATA_MB)] = 0.0
    intl_minutes: Minutes = 0.0
    to_members: dict[str, Minutes] = {}
    by_network: dict[Literal["on_net", "off_net", "landline", "other"], Minutes] = {}

    @model_validator(mode="after")
    def _consistent(self) -> UsageEntry:
        if sum(self.to_members.values()) > self.minutes + 1e-9:
            raise ValueError(_("minutes to members add up to more than the month's minutes"))
        if self.minutes_rounded is not None and self.minutes_rounded + 1e-9 < self.minutes:
            raise ValueError(_("minutes_rounded (each call rounded up) cannot be below minutes"))
        return self


class UsageSpec(_Strict):
    typical: UsageEntry | None = None
    history: list[UsageEntry] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> UsageSpec:
        if (self.typical is None) == (self.history is None):
            raise ValueError(_("give exactly one of 'typical' (one month) or 'history' (a list of months)"))
        if self.history is not None and not self.history:
            raise ValueError(_("history needs at least one month"))
        return self

    @property
    def months(self) -> list[UsageEntry]:
        """The months given: the one typical month, or the history (the validator makes it one of the two)."""
        return [self.typical] if self.typical is not None else (self.history or [])


Ident = Annotated[str, Field(min_length=1, max_length=80)]  # a catalogue id; the catalogue says whether it exists


class CurrentPlanEntry(_Strict):
    tariff: Ident | None = None
    options: list[Ident] = []
    provider: Ident | None = None
    name: Annotated[str, Field(max_length=200)] | None = None
    monthly_fee: Money | None = None
    months_left: Annotated[int, Field(ge=0, le=48)] | None = None
    end_date: dt.date | None = None  # format 2: the last day of the minimum term
    notice_months: Annotated[int, Field(ge=0, le=24)] | None = None  # format 2; absent: the provider's
    exit_fee: Money | None = None  # absent: the provider's early-exit rule prices leaving early

    @model_validator(mode="after")
    def _one_of(self) -> CurrentPlanEntry:
        if (self.tariff is None) == (self.monthly_fee is None):
            raise ValueError(_("give a catalogue 'tariff' id, or a custom plan's 'monthly_fee' (not both)"))
        if self.months_left is not None and self.end_date is not None:
            raise ValueError(_("give 'end_date' (the last day of the minimum term) or 'months_left', not both"))
        return self


class PhoneWishEntry(_Strict):
    """`phone: {models: [pixel-10-128, iphone-17-256], max_upfront: 150}`: any of the models will do."""

    models: Annotated[list[Ident], Field(min_length=1, max_length=20)]
    max_upfront: Money | None = None


class RoamingUsageEntry(_Strict):
    """`roaming: {days_per_year: {eu: 21, us_ca: 10}, minutes_per_day: 10, mb_per_day: 300}`."""

    days_per_year: dict[Zone, Annotated[float, Field(ge=0, le=MAX_ROAMING_DAYS)]] = {}
    minutes_per_day: Annotated[float, Field(ge=0, le=MAX_ROAMING_MINUTES)] = 0.0
    mb_per_day: Annotated[float, Field(ge=0, le=MAX_ROAMING_MB)] = 0.0


class MemberEntry(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=60)]
    age: Annotated[int, Field(ge=0, le=130)] | None = None
    student: bool = False
    numbers: list[Annotated[str, Field(max_length=40)]] = []
    current_plan: CurrentPlanEntry | None = None
    needs: list[Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]] = []  # tariff features, e.g. eu_roaming
    # answers to the needs questionnaire, by question id (see tariff_advisor/usage/data/needs.yaml)
    needs_answers: dict[Annotated[str, Field(pattern=r"^[a-z0-9_]+$")], Annotated[float, Field(ge=0, le=1e6)]] = {}
    phone: Literal["keep"] | PhoneWishEntry | None = None  # format 2; absent: keep
    roaming: RoamingUsageEntry | None = None  # format 2
    usage: UsageSpec


class HouseholdFile(_Strict):
    format_version: Literal[1, 2] = FORMAT_VERSION
    name: Annotated[str, Field(max_length=200)] = "Household"
    horizon_months: Annotated[int, Field(ge=1, le=60)] = 24
    start_date: dt.date | None = None
    claim_cashback: bool = False
    usage_growth_percent_per_year: Annotated[float, Field(ge=-90, le=500)] = 0.0
    home_broadband_provider: Ident | None = None
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
            cp.tariff,
            tuple(cp.options),
            cp.provider,
            cp.name,
            cp.monthly_fee,
            cp.months_left or 0,
            cp.exit_fee,
            cp.end_date,
            cp.notice_months,
        )
    wish = DeviceWish()
    if isinstance(entry.phone, PhoneWishEntry):
        wish = DeviceWish(tuple(entry.phone.models), entry.phone.max_upfront)
    roaming = Roaming()
    if entry.roaming is not None:
        r = entry.roaming
        roaming = Roaming({z: d for z, d in r.days_per_year.items() if d > 0}, r.minutes_per_day, r.mb_per_day)
    return Member(
        entry.name,
        tuple(_usage(u) for u in months),
        entry.age,
        entry.student,
        tuple(entry.numbers),
        current,
        tuple(entry.needs),
        dict(entry.needs_answers),
        wish,
        roaming,
    )


def _version_2_keys(member: MemberEntry) -> list[str]:
    """The fields of `member` that format version 1 does not have."""
    found: list[str] = [k for k in ("phone", "roaming") if k in member.model_fields_set]
    plan = member.current_plan
    if plan is not None:
        found += [f"current_plan.{k}" for k in ("end_date", "notice_months") if k in plan.model_fields_set]
    return found


def _cross_checks(file: str, data: Any, hf: HouseholdFile) -> list[Problem]:
    problems: list[Problem] = []
    names = [m.name for m in hf.members]
    for index, member in enumerate(hf.members):
        label = f"members[{index}] ({member.name!r})"
        if hf.format_version == 1:
            for key in _version_2_keys(member):
                problems.append(
                    Problem(
                        file,
                        _("needs format_version: 2 (this file says 1); write format_version: 2 at the top"),
                        label,
                        key,
                        line_of(data, ("members", index, *key.split("."))),
                    )
                )
        if names.count(member.name) > 1:
            problems.append(
                Problem(
                    file,
                    _("two members share this name; names must be unique"),
                    label,
                    "name",
                    line_of(data, ("members", index, "name")),
                )
            )
        first: dict[str, int] = {}  # month -> where it is first listed
        for pos, usage in enumerate(member.usage.months):
            if usage.month is not None and first.setdefault(usage.month, pos) != pos:
                problems.append(
                    Problem(
                        file,
                        _("month {month} is listed again (first as history[{first}]); give each month once").format(
                            month=usage.month, first=first[usage.month]
                        ),
                        label,
                        f"usage.history[{pos}].month",
                        line_of(data, ("members", index, "usage", "history", pos, "month")),
                    )
                )
            for other in usage.to_members:
                if other not in names or other == member.name:
                    field = "usage.typical.to_members" if member.usage.typical else f"usage.history[{pos}].to_members"
                    problems.append(
                        Problem(
                            file,
                            _("{name!r} is not another member of this household").format(name=other),
                            label,
                            f"{field}.{other}",
                            line_of(data, ("members", index, "usage")),
                        )
                    )
    return problems


def household_from_data(data: Any, file: str = "<household>", file_stamp: str | None = None) -> Household:
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
        stamp=file_stamp,
    )


def load_household(path: str | Path) -> Household:
    """Load and validate a household file; problems name the member and field.

    The household remembers what the file held (its stamp), so that saving it can tell that someone else
    changed the file meanwhile."""
    path = Path(path)
    remove_stale_temps(path)  # what a killed save left behind
    raw, problems = read_bytes(path)
    data = None
    if raw is not None:
        data, problems = parse_yaml(raw, str(path))
    if raw is None or data is None:
        raise HouseholdError(problems)
    return household_from_data(data, str(path), stamp(raw))


def _usage_dict(u: MonthlyUsage) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if u.month:
        out["month"] = u.month
    for key in ("minutes", "calls", "minutes_rounded", "sms", "data_mb", "intl_minutes"):
        value = getattr(u, key)
        if value or (key == "minutes_rounded" and value is not None):  # 0 rounded minutes is known, not unknown
            out[key] = round(value, 3)
    if u.to_members:
        out["to_members"] = {k: round(v, 3) for k, v in u.to_members.items()}
    if u.by_network:
        out["by_network"] = {k: round(v, 3) for k, v in u.by_network.items()}
    return out


def _roaming_dict(roaming: Roaming) -> dict[str, Any]:
    out: dict[str, Any] = {"days_per_year": {z: round(d, 3) for z, d in roaming.days_per_year.items() if d > 0}}
    if roaming.minutes_per_day:
        out["minutes_per_day"] = round(roaming.minutes_per_day, 3)
    if roaming.mb_per_day:
        out["mb_per_day"] = round(roaming.mb_per_day, 3)
    return out


def _uses_version_2(member: Member) -> bool:
    plan = member.current
    timing = plan is not None and (plan.end_date is not None or plan.notice_months is not None)
    return timing or not member.device_wish.keeps_phone or member.roaming != Roaming()


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
                    ("months_left", c.months_left if c.end_date is None else None),
                    ("end_date", c.end_date),
                    ("notice_months", c.notice_months),
                    ("exit_fee", c.exit_fee),
                )
                # a free custom plan is still a plan; notice 0 and exit fee 0 are known, not unknown
                if v or (k in ("monthly_fee", "notice_months", "exit_fee") and v is not None)
            }
            entry["current_plan"] = plan
        if m.needs:
            entry["needs"] = list(m.needs)
        if m.needs_answers:
            entry["needs_answers"] = dict(m.needs_answers)
        if not m.device_wish.keeps_phone:
            wish: dict[str, Any] = {"models": list(m.device_wish.models)}
            if m.device_wish.max_upfront is not None:
                wish["max_upfront"] = m.device_wish.max_upfront
            entry["phone"] = wish
        if m.roaming != Roaming():
            entry["roaming"] = _roaming_dict(m.roaming)
        if len(m.usage) == 1 and m.usage[0].month is None:
            entry["usage"] = {"typical": _usage_dict(m.usage[0])}
        else:
            entry["usage"] = {"history": [_usage_dict(u) for u in m.usage]}
        members.append(entry)
    data: dict[str, Any] = {
        "format_version": 2 if any(_uses_version_2(m) for m in household.members) else 1,
        "name": household.name,
        "horizon_months": household.horizon_months,
    }
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


def save_household(household: Household, path: str | Path, overwrite_external: bool = False) -> Household:
    """Write the household to `path` atomically, the previous file kept as NAME.bak; returns the household as
    saved (its source and stamp are the file's now, for the next save).

    When `path` is the file the household was loaded from, the file's comments and layout are kept, and a file
    that someone else changed since it was loaded is not overwritten (HouseholdChangedError) unless
    `overwrite_external`. What is written is checked to load again first."""
    path = Path(path)
    remove_stale_temps(path)
    raw, _problems = read_bytes(path) if path.exists() else (None, [])
    own_file = household.source is not None and _same_file(Path(household.source), path)
    if raw is not None and own_file and household.stamp not in (None, stamp(raw)) and not overwrite_external:
        raise HouseholdChangedError(str(path))
    data = household_to_data(household)
    loaded = parse_yaml(raw, str(path))[0] if raw is not None and own_file else None
    if uses_aliases(loaded):
        loaded = None  # written afresh: an update in place would change every place an alias shares
    buffer = io.StringIO()
    round_trip_yaml().dump(update_round_trip(loaded, data) if loaded is not None else to_round_trip(data), buffer)
    text = buffer.getvalue()
    household_from_data(parse_yaml(text.encode("utf-8"), str(path))[0], str(path))  # never write what won't load
    atomic_write_text(path, text, keep_backup=True)
    return replace(household, source=str(path), stamp=stamp(text.encode("utf-8")))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
