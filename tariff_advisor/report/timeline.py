"""The contract timeline of a result, as plain data: what each member cancels and by when, when the new plan
starts and until when it binds, the phone that comes with it, and what the household pays month by month.

Built from `MemberAdvice` (optimiser.recommendation), which states the switch, the notice deadline, the early exit
and the phone; this adds the names customers read, the current contract's term and the new contract's minimum
term and next notice deadline, so the chart, the table, the calendar and the PDF tell one story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tariff_advisor.billing.assignment import AssignmentInput
from tariff_advisor.billing.bill import Bill
from tariff_advisor.billing.contract import ONE_DAY, cancellation_deadline, contract_timing
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.household.model import Household, add_months
from tariff_advisor.i18n import _
from tariff_advisor.optimiser.recommendation import MemberAdvice, Recommendation, assignment_advice
from tariff_advisor.report.formatting import money, provider_name


@dataclass(frozen=True)
class CurrentContract:
    """The member's plan of today: its names, when its (possibly renewed) minimum term ends, and the last day
    the member is on it (the day before the switch; the horizon's last day when staying)."""

    provider: str
    tariff: str
    term_end: dt.date | None  # None: nothing binds (monthly, or the term is over)
    until: dt.date


@dataclass(frozen=True)
class NewContract:
    """The plan the member switches to: from `start`, binding until `term_end` (None: monthly, no minimum
    term); cancelling it at its end needs notice by `notice_deadline`."""

    provider: str
    tariff: str
    tariff_id: str
    start: dt.date
    term_months: int
    term_end: dt.date | None
    notice_deadline: dt.date | None


@dataclass(frozen=True)
class PhoneDeal:
    """The phone a member gets: with a device offer (`offer` its id) or bought outright (`offer` None)."""

    name: str
    offer: str | None
    upfront: float
    monthly_fee: float
    months: int
    cost: float  # what the phone really costs: upfront + monthly fee x months, or the retail price
    retail_price: float
    extra_vs_retail: float  # cost - retail price (negative: the contract sells it for less)


@dataclass(frozen=True)
class MemberTimeline:
    member: str
    advice: MemberAdvice
    current: CurrentContract | None  # None: no plan of today
    new: NewContract | None  # None: stays on today's plan
    phone: PhoneDeal | None  # None: keeps the current phone
    # the next day to decide by: the new contract's notice deadline, or, staying, the current contract's
    next_notice_deadline: dt.date | None

    @property
    def staying(self) -> bool:
        return self.new is None

    @property
    def cancel_by(self) -> dt.date | None:
        return self.advice.cancel_by

    @property
    def switch_date(self) -> dt.date | None:
        return None if self.new is None else self.new.start

    @property
    def leaves_early(self) -> bool:
        return self.advice.leaves_early

    @property
    def early_exit_cost(self) -> float:
        return self.advice.early_exit_cost


@dataclass(frozen=True)
class Timeline:
    start: dt.date  # the first day of the horizon
    horizon_months: int
    currency: str
    members: tuple[MemberTimeline, ...]
    monthly_costs: tuple[float, ...]  # the household's cost in months 1..horizon (index 0 is month 1)

    @property
    def end(self) -> dt.date:
        """The horizon's last day."""
        return add_months(self.start, self.horizon_months) - ONE_DAY

    def month_start(self, month: int) -> dt.date:
        return add_months(self.start, month - 1)


def timeline(household: Household, catalogue: Catalogue, advice: Sequence[MemberAdvice], bill: Bill) -> Timeline:
    """The timeline of `advice` (one per member) priced as `bill`; household and catalogue as priced (stand-in
    tariffs for plans known by their fee: billing.today.with_current_plans)."""
    horizon_end = add_months(household.contract_start, household.horizon_months) - ONE_DAY
    members = tuple(_member(household, catalogue, a, horizon_end) for a in advice)
    return Timeline(household.contract_start, household.horizon_months, bill.currency, members, tuple(bill.by_month()))


def recommendation_timeline(rec: Recommendation) -> Timeline:
    """The timeline of a solved recommendation; ValueError when it has no plans."""
    if rec.plans is None:
        raise ValueError(f"no plans to draw a timeline of: {rec.reason}")
    return timeline(rec.household, rec.catalogue, rec.advice, rec.plans.bill)


def chosen_timeline(household: Household, catalogue: Catalogue, assignment: AssignmentInput, bill: Bill) -> Timeline:
    """The timeline of plans chosen by hand (not optimised), priced as `bill`; AssignmentError as `price`."""
    return timeline(household, catalogue, assignment_advice(household, catalogue, assignment), bill)


def _member(household: Household, catalogue: Catalogue, advice: MemberAdvice, horizon_end: dt.date) -> MemberTimeline:
    member = household.member(advice.member)
    timing = contract_timing(member, household, catalogue)
    current = None
    if member.current is not None:
        plan = member.current
        known = plan.tariff is not None and catalogue.has_tariff(plan.tariff)
        tariff = catalogue.tariff(plan.tariff) if known and plan.tariff else None
        current = CurrentContract(
            provider_name(catalogue, tariff.provider) if tariff else plan.provider or "",
            tariff.name if tariff else plan.name or "",
            timing.term_end,
            horizon_end if advice.staying else advice.switch_date - ONE_DAY,
        )
    new = None if advice.staying else _new_contract(catalogue, advice)
    # staying: the current contract's deadline, where a term binds (else it can be cancelled any month)
    staying_deadline = timing.deadline if timing.term_end is not None else None
    next_deadline = new.notice_deadline if new is not None else staying_deadline
    return MemberTimeline(advice.member, advice, current, new, _phone(advice), next_deadline)


def _new_contract(catalogue: Catalogue, advice: MemberAdvice) -> NewContract:
    tariff = catalogue.tariff(advice.tariff)
    start, months = advice.switch_date, tariff.contract_months
    term_end = add_months(start, months) - ONE_DAY if months > 0 else None
    notice = catalogue.contract_rules(tariff.provider).notice_months
    deadline = cancellation_deadline(term_end, notice) if term_end is not None else None
    return NewContract(
        provider_name(catalogue, tariff.provider), tariff.name, tariff.id, start, months, term_end, deadline
    )


def _phone(advice: MemberAdvice) -> PhoneDeal | None:
    if advice.phone is None or advice.retail_price is None:
        return None
    return PhoneDeal(
        advice.phone_name or advice.phone,
        advice.device_offer,
        advice.phone_upfront,
        advice.phone_monthly_fee,
        advice.phone_months,
        advice.phone_cost,
        advice.retail_price,
        advice.phone_cost - advice.retail_price,
    )


def phone_sentence(member: str, phone: PhoneDeal, currency: str) -> str:
    """What the phone really costs, in a sentence: the contract's price for it against the retail price."""
    if phone.offer is None:
        return _("{member}'s {phone} is bought outright for {retail}.").format(
            member=member, phone=phone.name, retail=money(phone.retail_price, currency)
        )
    return _(
        "{member}'s {phone} comes with it: {upfront} upfront and {monthly} a month for {months} months, "
        "{cost} in all (retail price {retail})."
    ).format(
        member=member,
        phone=phone.name,
        upfront=money(phone.upfront, currency),
        monthly=money(phone.monthly_fee, currency),
        months=phone.months,
        cost=money(phone.cost, currency),
        retail=money(phone.retail_price, currency),
    )
