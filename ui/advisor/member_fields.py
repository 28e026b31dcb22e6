"""What a person types for a member's contract (end, notice, exit fee), read into the household's values.

Shared by the members table and the member details panel, so a value reads the same wherever it is typed.
Each reader raises ValueError with a message that names the field and says what is accepted; the ranges
are the household file's (tariff_advisor.household.files), so what the app takes, the file can hold.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QLocale

import tariff_advisor as ta
from tariff_advisor.billing.contract import contract_rules_of, contract_timing
from tariff_advisor.household.model import CurrentPlan, month_start
from tariff_advisor.i18n import date, money
from tariff_advisor.io.yamlio import MAX_MONEY

from ..form_helpers import date_format, read_locale_number

MAX_MONTHS_LEFT = 48  # as the household file allows
MAX_NOTICE_MONTHS = 24
# dates as people write them, besides the locale's own format
DATE_FORMATS = ("yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy", "d.M.yy", "d/M/yy")


def show_date(day: dt.date) -> str:
    """A date as the locale writes it with a four-digit year (31.03.2027): what the readers read back."""
    return QDate(day).toString(date_format())


def read_date(text: str) -> dt.date | None:
    """A date in the locale's format or one of DATE_FORMATS; None if the text is none of them."""
    for pattern in (date_format(), *DATE_FORMATS):
        day = QLocale().toDate(text.strip(), pattern)
        if day.isValid():
            value = day.toPython()
            assert isinstance(value, dt.date)
            if 2000 <= value.year <= 2100:
                return value
    return None


def _plan_of(member: ta.Member, field: str) -> CurrentPlan:
    if member.current is None:
        raise ValueError(
            QCoreApplication.translate(
                "member_fields",
                "{field}: {name} has no plan of today; enter today's plan first (a tariff or a monthly fee)",
            ).format(field=field, name=member.name)
        )
    return member.current


def with_contract_end(member: ta.Member, text: str) -> ta.Member:
    """Contract end typed as a date (31.03.2027), as months left (5), or empty (no minimum term left)."""
    field = QCoreApplication.translate("member_fields", "contract end")
    text = text.strip()
    if not text:
        if member.current is None:
            return member
        return replace(member, current=replace(member.current, end_date=None, months_left=0))
    plan = _plan_of(member, field)
    months = re.fullmatch(r"(\d+)(\s*\D*)?", text)
    if months and read_date(text) is None:
        count = int(months.group(1))
        if count > MAX_MONTHS_LEFT:
            raise ValueError(
                QCoreApplication.translate(
                    "member_fields", "{field}: {count} months left is more than {most}; give the date the contract ends"
                ).format(field=field, count=count, most=MAX_MONTHS_LEFT)
            )
        return replace(member, current=replace(plan, end_date=None, months_left=count))
    day = read_date(text)
    if day is None:
        raise ValueError(
            QCoreApplication.translate(
                "member_fields",
                "{field}: {text!r} is neither a date (like {example}) nor a number of months left; "
                "leave it empty for no minimum term",
            ).format(field=field, text=text, example=show_date(dt.date(2027, 3, 31)))
        )
    return replace(member, current=replace(plan, end_date=day, months_left=0))


def with_notice(member: ta.Member, text: str) -> ta.Member:
    """Notice period in whole months (0 to 24); empty: the provider's rule."""
    field = QCoreApplication.translate("member_fields", "notice period")
    text = text.strip()
    if not text:
        return (
            member if member.current is None else replace(member, current=replace(member.current, notice_months=None))
        )
    plan = _plan_of(member, field)
    found = re.fullmatch(r"(\d+)(\s*\D*)?", text)
    if not found or int(found.group(1)) > MAX_NOTICE_MONTHS:
        raise ValueError(
            QCoreApplication.translate(
                "member_fields",
                "{field}: {text!r} is not a whole number of months from 0 to {most}; leave it empty for the "
                "provider's rule",
            ).format(field=field, text=text, most=MAX_NOTICE_MONTHS)
        )
    return replace(member, current=replace(plan, notice_months=int(found.group(1))))


def read_amount(text: str, field: str) -> float | None:
    """An optional amount (empty: None) from 0 to the files' largest amount, else ValueError naming `field`."""
    text = text.strip()
    if not text:
        return None
    value = read_locale_number(text)
    if value is None:  # 49.99 in a German locale, 49,99 in an English one: a decimal mark either way
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = None
    if value is None or not 0 <= value <= MAX_MONEY:
        raise ValueError(
            QCoreApplication.translate(
                "member_fields", "{field}: {text!r} is not an amount from 0 to {most}; leave it empty for none"
            ).format(field=field, text=text, most=money(MAX_MONEY))
        )
    return round(value, 2)


def with_exit_fee(member: ta.Member, text: str) -> ta.Member:
    """A flat amount leaving early costs; empty: the provider's early-exit rule prices it."""
    field = QCoreApplication.translate("member_fields", "exit fee")
    fee = read_amount(text, field)
    if fee is None and member.current is None:
        return member
    return replace(member, current=replace(_plan_of(member, field), exit_fee=fee))


def contract_end_text(member: ta.Member, household: ta.Household, typed: bool = False) -> str:
    """'31 Mar 2027', '5 months left', or '' (no minimum term); when `typed`, as the readers read it back:
    '31.03.2027', '5'."""
    plan = member.current
    if plan is None:
        return ""
    if plan.end_date is not None:
        return show_date(plan.end_date) if typed else date(plan.end_date)
    if plan.months_left:
        if typed:
            return str(plan.months_left)
        return QCoreApplication.translate("member_fields", "{count} months left").format(count=plan.months_left)
    return ""


def notice_text(member: ta.Member, catalogue: ta.Catalogue) -> str:
    """'3 months', or the provider's rule in brackets when the member gave none: '(1 month)'."""
    plan = member.current
    if plan is None:
        return ""
    if plan.notice_months is not None:
        return _months(plan.notice_months)
    return f"({_months(contract_rules_of(plan, catalogue).notice_months)})"


def _months(count: int) -> str:
    return (
        QCoreApplication.translate("member_fields", "1 month")
        if count == 1
        else QCoreApplication.translate("member_fields", "{count} months").format(count=count)
    )


def timing_text(member: ta.Member, household: ta.Household, catalogue: ta.Catalogue) -> str:
    """When the member is free to switch and the day to cancel by, for people: 'Free to switch in month 4
    (1 Apr 2027); cancel by 31.12.2026'."""
    if member.current is None:
        return QCoreApplication.translate("member_fields", "No plan of today: a new plan can start now.")
    timing = contract_timing(member, household, catalogue)
    start = month_start(household, timing.free_month)
    if timing.free_month == 1:
        return QCoreApplication.translate("member_fields", "Free to switch now; cancel by {day}.").format(
            day=date(timing.deadline or start)
        )
    return QCoreApplication.translate(
        "member_fields",
        "Free to switch in month {month} ({start}); cancel by {day}. Switching earlier costs the exit fee.",
    ).format(month=timing.free_month, start=date(start), day=date(timing.deadline or start))
