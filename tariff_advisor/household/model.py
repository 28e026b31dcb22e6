"""The household: its members, what each uses, and what they pay today.

Usage is a monthly history (or one typical month). Month m of the horizon
uses history month (m-1) mod len(history), grown by the expected yearly
growth once per full year: months 1-12 as recorded, 13-24 times (1+g), ...
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from tariff_advisor.zones import Zone


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by `months` calendar months (negative: back), clamped to the month's length (31 Jan + 1: 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def month_start(household: Household, month: int) -> dt.date:
    """The first day of horizon month `month` (1-based): the household's start moved by month - 1 months."""
    return add_months(household.contract_start, month - 1)


@dataclass(frozen=True)
class MonthlyUsage:
    minutes: float = 0.0  # domestic talk time, exact (what per-second billing charges)
    calls: float = 0.0
    sms: float = 0.0
    data_mb: float = 0.0
    intl_minutes: float = 0.0
    # Sum of each call rounded up to a whole minute, when known from call records.
    minutes_rounded: float | None = None
    # Domestic minutes to other members, by member name (part of `minutes`).
    to_members: dict[str, float] = field(default_factory=dict)
    month: str | None = None  # "YYYY-MM" for history entries
    # Domestic minutes by destination network class (on_net, off_net, landline, other), when a log says.
    by_network: dict[str, float] = field(default_factory=dict)

    def scaled(self, factor: float) -> MonthlyUsage:
        if factor == 1.0:
            return self
        return replace(
            self,
            minutes=self.minutes * factor,
            calls=self.calls * factor,
            sms=self.sms * factor,
            data_mb=self.data_mb * factor,
            intl_minutes=self.intl_minutes * factor,
            minutes_rounded=None if self.minutes_rounded is None else self.minutes_rounded * factor,
            to_members={k: v * factor for k, v in self.to_members.items()},
            by_network={k: v * factor for k, v in self.by_network.items()},
        )

    def billed_minutes(self, voice: str) -> float:
        """Domestic minutes as a tariff with this voice increment bills them.

        Per-minute billing rounds each call up. With call records we know the
        result; from monthly totals we estimate it as half a minute per call,
        the expected round-up when call lengths are spread evenly.
        """
        if voice == "per_second":
            return self.minutes
        if self.minutes_rounded is not None:
            return self.minutes_rounded
        return self.minutes + 0.5 * self.calls


@dataclass(frozen=True)
class CurrentPlan:
    """What the member has today: a catalogue tariff, or a custom plan by its fee.

    The minimum term ends on `end_date`, or after `months_left` horizon months when only those are known
    (`remaining_months` and `term_end` give both views whichever was given)."""

    tariff: str | None = None
    options: tuple[str, ...] = ()
    provider: str | None = None
    name: str | None = None
    monthly_fee: float | None = None
    months_left: int = 0
    # a flat amount the member was told leaving early costs; None: the provider's early-exit rule prices it
    exit_fee: float | None = None
    end_date: dt.date | None = None  # the last day of the minimum term
    notice_months: int | None = None  # None: the provider's contract rules say

    def remaining_months(self, start: dt.date) -> int:
        """The horizon months (from `start`) that begin on or before the term's end: months the plan still binds."""
        if self.end_date is None:
            return self.months_left
        months = 0
        while add_months(start, months) <= self.end_date:
            months += 1
        return months

    def term_end(self, start: dt.date) -> dt.date | None:
        """The last day of the minimum term; None: no term (monthly, or already over)."""
        if self.end_date is not None:
            return self.end_date
        if self.months_left <= 0:
            return None
        return add_months(start, self.months_left) - dt.timedelta(days=1)


@dataclass(frozen=True)
class DeviceWish:
    """The phone a member wants with the renewal: no models is "keep the current phone"."""

    models: tuple[str, ...] = ()  # device ids; any of them will do
    max_upfront: float | None = None  # the most the member pays at once for it (None: no limit)

    @property
    def keeps_phone(self) -> bool:
        return not self.models


@dataclass(frozen=True)
class Roaming:
    """How a member travels: days abroad per zone and year, and what they use on such a day."""

    days_per_year: Mapping[Zone, float] = field(default_factory=dict)
    minutes_per_day: float = 0.0
    mb_per_day: float = 0.0

    def days_per_month(self, zone: Zone) -> float:
        return self.days_per_year.get(zone, 0.0) / 12

    @property
    def travels(self) -> bool:
        return any(days > 0 for days in self.days_per_year.values())


@dataclass(frozen=True)
class Member:
    name: str
    usage: tuple[MonthlyUsage, ...]
    age: int | None = None
    student: bool = False
    numbers: tuple[str, ...] = ()
    current: CurrentPlan | None = None
    needs: tuple[str, ...] = ()  # tariff features this member cannot do without (e.g. eu_roaming)
    # the member's own answers to the needs questionnaire (question id -> answer), kept with the household
    needs_answers: Mapping[str, float] = field(default_factory=dict)
    device_wish: DeviceWish = field(default_factory=DeviceWish)
    roaming: Roaming = field(default_factory=Roaming)

    def average_month(self) -> MonthlyUsage:
        """The mean of the recorded months (counts only: no per-call or per-network detail)."""
        n = len(self.usage)
        fields = ("minutes", "calls", "sms", "data_mb", "intl_minutes")
        return MonthlyUsage(**{f: sum(getattr(u, f) for u in self.usage) / n for f in fields})

    def usage_in_month(self, month: int, growth_percent_per_year: float = 0.0) -> MonthlyUsage:
        base = self.usage[(month - 1) % len(self.usage)]
        years = (month - 1) // 12
        return base.scaled((1 + growth_percent_per_year / 100) ** years)


@dataclass(frozen=True)
class Household:
    name: str
    members: tuple[Member, ...]
    horizon_months: int = 24
    claim_cashback: bool = False
    usage_growth_percent_per_year: float = 0.0
    home_broadband_provider: str | None = None
    start_date: dt.date | None = None  # the day the new contracts start (default: today)
    # False: recommend only plans that serve every month's data at full speed.
    allow_data_slowdown: bool = False
    source: str | None = None  # the file it was loaded from
    # what that file held when loaded (yamlio.stamp), so that saving can tell that someone else changed it
    stamp: str | None = field(default=None, compare=False)

    def member(self, name: str) -> Member:
        for member in self.members:
            if member.name == name:
                return member
        raise KeyError(name)

    @property
    def member_names(self) -> list[str]:
        return [m.name for m in self.members]

    @property
    def contract_start(self) -> dt.date:
        return self.start_date or dt.date.today()

    def usage(self, member: Member, month: int) -> MonthlyUsage:
        return member.usage_in_month(month, self.usage_growth_percent_per_year)

    def numbers(self) -> dict[str, str]:
        """Phone number -> member name, for recognising calls between members in a log."""
        return {number: m.name for m in self.members for number in m.numbers}

    def with_member_usage(self, name: str, usage: tuple[MonthlyUsage, ...]) -> Household:
        members = tuple(replace(m, usage=usage) if m.name == name else m for m in self.members)
        return replace(self, members=members)

    def with_member_needs(self, name: str, needs: Iterable[str]) -> Household:
        members = tuple(replace(m, needs=tuple(needs)) if m.name == name else m for m in self.members)
        return replace(self, members=members)

    def with_member_answers(self, name: str, answers: Mapping[str, float]) -> Household:
        members = tuple(replace(m, needs_answers=dict(answers)) if m.name == name else m for m in self.members)
        return replace(self, members=members)

    def with_member_roaming(self, name: str, roaming: Roaming) -> Household:
        members = tuple(replace(m, roaming=roaming) if m.name == name else m for m in self.members)
        return replace(self, members=members)

    def with_usage_scaled(self, factor: float) -> Household:
        """The same household using `factor` times as much of everything."""
        members = tuple(replace(m, usage=tuple(u.scaled(factor) for u in m.usage)) for m in self.members)
        return replace(self, members=members)
