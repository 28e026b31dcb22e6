"""The contract timeline as a calendar file (.ics, RFC 5545) for the family's own calendar app.

One all-day event per date someone must act on or should know: the last day to cancel a current contract
(with a reminder a week before), the day a new plan starts (with the phone that comes with it), and the last
day to cancel each new contract at the end of its minimum term (a staying member's: before it renews). Written
with the `icalendar` library, which escapes every text (a member named `A;B,C` or with a line break stays one
name) and folds long lines; each event's UID is derived from the household, the member and the kind of date,
so importing a newer export updates the events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from icalendar import Alarm, Calendar, Event, vText

from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.model import Household
from tariff_advisor.i18n import _, date, money
from tariff_advisor.io.atomic import atomic_write_bytes
from tariff_advisor.report.advice import writable_target
from tariff_advisor.report.timeline import MemberTimeline, Timeline, phone_sentence

PRODID = "-//Tariff Advisor//Contract timeline//EN"
CATEGORY = "Tariff Advisor"  # the product's name, the same in every language: a calendar app can filter by it
REMINDER = dt.timedelta(days=-7)  # a week before a cancellation deadline: time to send the letter
ONE_DAY = dt.timedelta(days=1)


def uid(household: str, member: str, kind: str) -> str:
    """The same event in every export of this household's timeline (names hashed: any characters are safe)."""
    digest = hashlib.sha256("\0".join((household, member, kind)).encode()).hexdigest()[:24]
    return f"{kind}-{digest}@tariff-advisor"


def _event(
    household: str,
    member: str,
    kind: str,
    day: dt.date,
    summary: str,
    description: str,
    stamp: dt.datetime,
    remind: str | None = None,
) -> Event:
    event = Event.new(
        uid=uid(household, member, kind),
        stamp=stamp,
        start=day,  # a date: an all-day event (DTSTART;VALUE=DATE), ending the next day
        end=day + ONE_DAY,
        summary=summary,
        description=description,
        categories=[CATEGORY],
    )
    event.add("TRANSP", "TRANSPARENT")  # a reminder, not a meeting: it does not mark the day busy
    if remind is not None:
        event.add_component(Alarm.new_display(description=remind, trigger=REMINDER))
    return event


def member_events(household: str, line: MemberTimeline, currency: str, stamp: dt.datetime) -> list[Event]:
    """The dates of one member: cancel by, the switch, and the next notice deadline."""
    name, current, new, phone = line.member, line.current, line.new, line.phone
    events = []
    if new is not None and current is not None and line.cancel_by is not None:
        summary = _("{member}: cancel {provider} {tariff} by today").format(
            member=name, provider=current.provider, tariff=current.tariff
        )
        if line.leaves_early:
            description = _(
                "Cancel {member}'s {tariff} at {provider} now: the new plan starts on {start}, before the contract's "
                "end, and leaving early costs {amount}."
            ).format(
                member=name,
                tariff=current.tariff,
                provider=current.provider,
                start=date(new.start),
                amount=money(line.early_exit_cost, currency),
            )
        elif current.term_end is None:  # no minimum term left: it ends when cancelled
            description = _(
                "Cancel {member}'s {tariff} at {provider} when the new plan starts on {start}: it has no minimum "
                "term left."
            ).format(member=name, tariff=current.tariff, provider=current.provider, start=date(new.start))
        else:
            description = _(
                "Cancel {member}'s {tariff} at {provider} by {day}, so that it ends on {end} and the new plan "
                "starts on {start}."
            ).format(
                member=name,
                tariff=current.tariff,
                provider=current.provider,
                day=date(line.cancel_by),
                end=date(current.until),
                start=date(new.start),
            )
        remind = _("In a week: last day to cancel {member}'s {tariff} ({provider})").format(
            member=name, tariff=current.tariff, provider=current.provider
        )
        events.append(_event(household, name, "cancel", line.cancel_by, summary, description, stamp, remind))
    if new is not None:
        summary = _("{member}: {provider} {tariff} starts").format(
            member=name, provider=new.provider, tariff=new.tariff
        )
        description = _("{member}'s new plan {tariff} at {provider} starts today.").format(
            member=name, tariff=new.tariff, provider=new.provider
        )
        if phone is not None:
            summary += " " + _("(with {phone})").format(phone=phone.name)
            description += " " + phone_sentence(name, phone, currency)
        events.append(_event(household, name, "switch", new.start, summary, description, stamp))
    deadline = line.next_notice_deadline
    if deadline is not None:
        if new is not None:
            provider, tariff, end = new.provider, new.tariff, new.term_end
        elif current is not None:
            provider, tariff, end = current.provider, current.tariff, current.term_end
        else:  # pragma: no cover - a deadline comes from a contract
            return events
        summary = _("{member}: last day to cancel {provider} {tariff}").format(
            member=name, provider=provider, tariff=tariff
        )
        description = _(
            "The minimum term of {member}'s {tariff} at {provider} ends on {end}; cancel by today to leave then, "
            "or compare the offers of then before it renews."
        ).format(member=name, tariff=tariff, provider=provider, end=date(end))
        remind = _("In a week: last day to cancel {member}'s {tariff} ({provider})").format(
            member=name, tariff=tariff, provider=provider
        )
        events.append(_event(household, name, "renewal", deadline, summary, description, stamp, remind))
    return events


def timeline_calendar(household: Household, timeline: Timeline, stamp: dt.datetime | None = None) -> Calendar:
    """The calendar of a timeline; `stamp` (UTC) is each event's DTSTAMP (now when not given)."""
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar.new(prodid=PRODID, uid=uid(household.name, "", "calendar"))
    # NAME (RFC 7986) and X-WR-CALNAME as TEXT, escaped: `Calendar.new(name=...)` writes them unescaped in
    # icalendar 7.3.2, and a household name with a line break would then stop the writing
    name = _("Contracts of {household}").format(household=household.name)
    calendar.add("NAME", vText(name))
    calendar.add("X-WR-CALNAME", vText(name))
    for line in timeline.members:
        for event in member_events(household.name, line, timeline.currency, stamp):
            calendar.add_component(event)
    return calendar


def calendar_bytes(household: Household, timeline: Timeline, stamp: dt.datetime | None = None) -> bytes:
    return bytes(timeline_calendar(household, timeline, stamp).to_ical())


class NothingToScheduleError(TariffAdvisorError, ValueError):
    """No member has a date to act on: a calendar file would be empty."""


def write_calendar(household: Household, timeline: Timeline, path: str | Path) -> Path:
    """Write the timeline's calendar atomically; OutputPathError (an OSError) for a folder or a missing folder,
    NothingToScheduleError when there is no date to put in it."""
    path = writable_target(path, "contracts.ics")
    calendar = timeline_calendar(household, timeline)
    if not calendar.events:
        raise NothingToScheduleError(
            _("{name}: no date to put in a calendar: nobody switches, and no contract has a term to cancel").format(
                name=path.name
            )
        )
    atomic_write_bytes(path, bytes(calendar.to_ical()))
    return path
