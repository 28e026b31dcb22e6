"""The billing engine: the exact cost of an assignment, line by line, month by month.

This is the reference the optimiser is checked against, so it is written to be
obviously correct rather than fast: each month, each member, each charge in turn.
Each month every member is on one plan (`InForce`): the plan of today before their
switch month, the new contract from it; every rule, cross-line ones included, looks
at the plans in force that month. The rules are documented in docs/billing-rules.md.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

from babel.numbers import get_decimal_symbol, get_group_symbol

from tariff_advisor.billing.assignment import (
    AssignmentInput,
    Choice,
    availability_problems,
    eligibility_problems,
    is_staying,
    resolve,
    rule_problems,
)
from tariff_advisor.billing.bill import HOUSEHOLD, RETAIL, Bill, BillLine, Category
from tariff_advisor.billing.contract import contract_rules_of, contract_timing, early_exit_cost, remaining_fees
from tariff_advisor.billing.inputs import NonFiniteAmountError, check_household
from tariff_advisor.billing.standin import stand_in_tariff
from tariff_advisor.catalogue.model import (
    AnyPromotion,
    Catalogue,
    FamilyPlan,
    Option,
    Tariff,
    total_allowance,
)
from tariff_advisor.catalogue.schema import (
    CashbackPromotion,
    DataOverage,
    DiscountPromotion,
    FreeMonthsPromotion,
    MultiLine,
)
from tariff_advisor.errors import AssignmentError
from tariff_advisor.household.model import Household, Member, MonthlyUsage
from tariff_advisor.i18n import _, current_locale, ngettext
from tariff_advisor.zones import ROAMING_ZONES, ZONE_NAMES

# Usage a hair over a block boundary from float noise must not buy a whole block.
BLOCK_TOLERANCE = 1e-9


class _Separators:
    """The last locale and its str.translate table from Python's `1,234.5` to its grouping and decimal signs."""

    last: ClassVar[tuple[object, dict[int, str]]] = (None, {})


def _figure(value: float, digits: int) -> str:
    """A bill detail's number in the language's format (`1.234,5678` in German), with exactly `digits`
    decimals: as i18n.number writes it, but fast enough for the thousands of details a price() writes."""
    locale = current_locale()
    known, table = _Separators.last
    if known is not locale:
        table = {ord(","): get_group_symbol(locale), ord("."): get_decimal_symbol(locale)}
        _Separators.last = (locale, table)  # one assignment: a thread reads a locale with its own table
    return f"{value:,.{digits}f}".translate(table)


def started_blocks(amount: float, block: float) -> int:
    """How many blocks of `block` an amount starts (each started block is charged in full)."""
    if amount <= 0:
        return 0
    return math.ceil(amount / block - BLOCK_TOLERANCE)


def data_overage_cost(used_mb: float, allowance_mb: float, cycles: float, rule: DataOverage) -> float:
    """Cost of a month's data beyond the allowance (per cycle), under one overage rule."""
    if allowance_mb == math.inf or rule.mode == "throttle":
        return 0.0
    if rule.mode == "per_mb":
        return max(0.0, used_mb - cycles * allowance_mb) * rule.price
    return cycles * rule.price * started_blocks(used_mb / cycles - allowance_mb, rule.block_mb)


def fee_in_month(tariff: Tariff, month: int) -> float:
    """The fee per cycle in `month`: scheduled price changes applied, never below zero (a fee is not a credit)."""
    return max(0.0, tariff.fee_in_month(month))


def promotion_credit(tariff: Tariff, month: int, promotions: Iterable[AnyPromotion]) -> float:
    """Money off the fee this month from discount and free-month promotions (never above the fee)."""
    fee = fee_in_month(tariff, month)
    credit = 0.0
    for promo in promotions:
        if isinstance(promo, FreeMonthsPromotion) and month <= promo.months:
            credit += fee
        elif isinstance(promo, DiscountPromotion) and month <= promo.months:
            credit += promo.off(fee)
    return min(credit, fee) * tariff.cycles_per_month


def cashback_counts(promo: CashbackPromotion, household: Household) -> bool:
    return not promo.redemption or household.claim_cashback


@dataclass(frozen=True)
class InForce:
    """The plan a member is on in one month of the horizon."""

    tariff: Tariff
    options: tuple[Option, ...]
    contract_month: int  # the month of its contract: the horizon month for the plan of today
    new: bool  # a new contract (promotions, activation) rather than the plan of today
    # the plan of today in a month before the member's switch: its slowdowns are what the member lives with
    # already, so they are warnings, not a break of the household's "no slowdown" requirement
    before_switch: bool = False


def on_net_minutes(member: Member, usage: MonthlyUsage, tariff: Tariff, in_force: dict[str, InForce]) -> float:
    """Minutes this member calls other members on the same provider's network (this month's plans)."""
    if tariff.on_net_minute_price is None:
        return 0.0
    return sum(
        minutes
        for other, minutes in usage.to_members.items()
        if other != member.name and other in in_force and in_force[other].tariff.provider == tariff.provider
    )


def current_plan(member: Member, catalogue: Catalogue) -> tuple[Tariff, tuple[Option, ...]]:
    """The member's plan of today as a tariff and options: the catalogue's, or a stand-in for a plan known
    only by its fee. AssignmentError when the plan names a tariff or option the catalogue does not have."""
    plan = member.current
    if plan is None:
        raise AssignmentError(_("{name}: has no plan of today").format(name=member.name))
    if plan.tariff is None:
        return stand_in_tariff(member.name, plan, catalogue.currency)[0], ()
    if not catalogue.has_tariff(plan.tariff):
        raise AssignmentError(
            _(
                "{name}: the plan of today {tariff!r} is not in the catalogue, so the months before the switch "
                "cannot be priced; switch in month 1 or give the plan's monthly_fee"
            ).format(name=member.name, tariff=plan.tariff)
        )
    unknown = [o for o in plan.options if not catalogue.has_option(o)]
    if unknown:
        raise AssignmentError(
            _("{name}: option {option!r} of the plan of today is not in the catalogue").format(
                name=member.name, option=unknown[0]
            )
        )
    return catalogue.tariff(plan.tariff), tuple(catalogue.option(o) for o in plan.options)


class _Pricer:
    def __init__(self, household: Household, catalogue: Catalogue, choices: dict[str, Choice]):
        self.household, self.catalogue, self.choices = household, catalogue, choices
        self.lines: list[BillLine] = []
        self.month = 1
        self.throttled: dict[tuple[str, str, float], list[float]] = {}  # slowdowns the requirement checks
        self.throttled_before_switch: dict[tuple[str, str, float], list[float]] = {}  # on plans of today
        self.rule_breaks: list[str] = []
        # the plan of today of every member who is on it for some months before switching
        self.current = {
            m.name: current_plan(m, catalogue)
            for m in household.members
            if not self.staying(m) and choices[m.name].switch_month > 1
        }
        self.in_force: dict[str, InForce] = {}

    def staying(self, member: Member) -> bool:
        return is_staying(member, self.choices[member.name].tariff)

    def plan_in_month(self, member: Member, month: int) -> InForce:
        choice = self.choices[member.name]
        if self.staying(member):
            return InForce(choice.tariff, choice.options, month, False)
        if month < choice.switch_month:
            tariff, options = self.current[member.name]
            return InForce(tariff, options, month, False, before_switch=True)
        return InForce(choice.tariff, choice.options, month - choice.switch_month + 1, True)

    def add(
        self,
        member: str,
        provider: str,
        category: Category,
        label: str,
        amount: float,
        detail: str | Callable[[], str] = "",
        month: int | None = None,
    ) -> None:
        """A line unless it comes to nothing; a `detail` given as a function is written only then (most
        usage lines of a month are 0, and writing a detail in the language in use takes time)."""
        if amount != 0:
            said = detail() if callable(detail) else detail
            self.lines.append(BillLine(month or self.month, member, provider, category, label, amount, said))

    # -- one member, one month -------------------------------------------------
    def member_month(self, member: Member, month: int) -> None:
        plan = self.in_force[member.name]
        t, name, p, contract_month = plan.tariff, member.name, plan.tariff.provider, plan.contract_month
        usage = self.household.usage(member, month)
        cycles = t.cycles_per_month
        fee = fee_in_month(t, contract_month)
        per = (
            _("{fee} x {cycles} cycles").format(fee=_figure(fee, 2), cycles=_figure(cycles, 4))
            if cycles != 1
            else _figure(fee, 2)
        )
        self.add(name, p, "fee", _("{tariff} monthly fee").format(tariff=t.name), fee * cycles, per)
        for option in dict.fromkeys(plan.options):
            count = plan.options.count(option)
            self.add(
                name,
                p,
                "options",
                _("option {option}").format(option=option.name) + (f" x{count}" if count > 1 else ""),
                option.monthly_fee * count * cycles,
            )
        if plan.new:
            promotions = t.promotions_on(self.household.contract_start)
            credit = promotion_credit(t, contract_month, promotions)
            self.add(name, p, "promotion", _("promotion on the monthly fee"), -credit)
            for promo in promotions:
                if (
                    isinstance(promo, CashbackPromotion)
                    and promo.paid_in_month == contract_month
                    and cashback_counts(promo, self.household)
                ):
                    label = _("cashback (redemption)") if promo.redemption else _("cashback (automatic)")
                    self.add(name, p, "promotion", label, -promo.amount)
        self.usage_charges(member, usage, plan)
        self.broadband_discount(name, t, fee)
        self.roaming(member, t)
        if plan.new and contract_month == 1:
            self.add(name, p, "one_time", _("activation fee"), t.activation_fee)
            self.early_exit(member, month)

    def early_exit(self, member: Member, month: int) -> None:
        """The cost of leaving the plan of today to start the new contract in `month` (none from the free month)."""
        plan = member.current
        if plan is None:
            return
        timing = contract_timing(member, self.household, self.catalogue)
        if month >= timing.free_month:
            return
        cost = early_exit_cost(member, self.household, self.catalogue, month)
        left = timing.free_month - month
        provider = plan.provider or self.choices[member.name].tariff.provider
        if plan.tariff is not None and self.catalogue.has_tariff(plan.tariff):
            provider = self.catalogue.tariff(plan.tariff).provider
        if plan.exit_fee is not None:
            detail = _("the exit fee given for the plan of today: {amount}").format(amount=_figure(plan.exit_fee, 2))
        else:
            rule = contract_rules_of(plan, self.catalogue).early_exit
            fees = _figure(remaining_fees(member, self.catalogue, month, timing.free_month), 2)
            detail = {
                "remaining_fees": lambda: ngettext(
                    "the fees of the {count} month left: {fees}", "the fees of the {count} months left: {fees}", left
                ).format(count=left, fees=fees),
                "percent_of_remaining": lambda: ngettext(
                    "{percent}% of the fees of the {count} month left ({fees})",
                    "{percent}% of the fees of the {count} months left ({fees})",
                    left,
                ).format(percent=f"{rule.percent or 0:g}", count=left, fees=fees),
                "flat": lambda: _("the provider's flat early-exit fee: {amount}").format(
                    amount=_figure(rule.amount or 0, 2)
                ),
            }[rule.rule]()
        self.add(
            member.name,
            provider,
            "one_time",
            ngettext(
                "exit fee for leaving the current contract {count} month early",
                "exit fee for leaving the current contract {count} months early",
                left,
            ).format(count=left),
            cost,
            detail,
        )

    def roaming(self, member: Member, t: Tariff) -> None:
        """A month abroad, zone by zone: included (fair use beyond), else day passes, else the per-use rates."""
        travel = member.roaming
        if not travel.travels:
            return
        rules = t.roaming_rules
        for zone in ROAMING_ZONES:
            days = travel.days_per_month(zone)
            if days <= 0:
                continue
            where = _(ZONE_NAMES[zone])
            used = travel.minutes_per_day > 0 or travel.mb_per_day > 0
            if zone in rules.included:
                mb = days * travel.mb_per_day
                if rules.fair_use_mb is not None and mb > rules.fair_use_mb:
                    over = mb - rules.fair_use_mb
                    self.add(
                        member.name,
                        t.provider,
                        "roaming",
                        _("data in {zone} beyond the fair use").format(zone=where),
                        over * rules.fair_use_price_mb,
                        _("{mb} MB x {price}").format(mb=_figure(over, 0), price=_figure(rules.fair_use_price_mb, 5)),
                    )
            elif zone in rules.day_pass:
                if used:  # a pass is bought on the first use of a day
                    price = rules.day_pass[zone]
                    self.add(
                        member.name,
                        t.provider,
                        "roaming",
                        _("day passes in {zone}").format(zone=where),
                        days * price,
                        _("{days} days x {price}").format(days=_figure(days, 2), price=_figure(price, 2)),
                    )
            elif zone in rules.rates:
                rate = rules.rates[zone]
                minutes, mb = days * travel.minutes_per_day, days * travel.mb_per_day
                self.add(
                    member.name,
                    t.provider,
                    "roaming",
                    _("calls and data in {zone}").format(zone=where),
                    minutes * rate.minute + mb * rate.mb,
                    _("{minutes} min x {minute_price} + {mb} MB x {mb_price}").format(
                        minutes=_figure(minutes, 0),
                        minute_price=_figure(rate.minute, 2),
                        mb=_figure(mb, 0),
                        mb_price=_figure(rate.mb, 4),
                    ),
                )
            else:
                self.rule_breaks.append(
                    _("{member}: no roaming prices for {zone} on {tariff}").format(
                        member=member.name, zone=where, tariff=t.name
                    )
                )

    def device_lines(self, member: Member) -> None:
        """The phone: bought outright at its retail price in the switch month, or the offer's upfront then and
        its monthly device fee for its months (those after the horizon as one line in the last month)."""
        choice = self.choices[member.name]
        phone, offer, start = choice.phone, choice.device_offer, choice.switch_month
        if phone is None:
            return
        name, horizon = member.name, self.household.horizon_months
        if offer is None:
            label = _("{phone} bought outright").format(phone=phone.name)
            self.add(name, RETAIL, "device", label, phone.retail_price, month=start)
            return
        p = offer.provider
        self.add(name, p, "device", _("{phone} upfront").format(phone=phone.name), offer.upfront, month=start)
        monthly = _("{phone} monthly device fee").format(phone=phone.name)
        for month in range(start, min(start + offer.months, horizon + 1)):
            self.add(name, p, "device", monthly, offer.monthly_fee, month=month)
        after = start + offer.months - 1 - horizon
        if after > 0:
            self.add(
                name,
                p,
                "device",
                ngettext("{count} device fee after the horizon", "{count} device fees after the horizon", after).format(
                    count=after
                ),
                after * offer.monthly_fee,
                _("{count} x {fee}, owed after month {month}").format(
                    count=after, fee=_figure(offer.monthly_fee, 2), month=horizon
                ),
                month=horizon,
            )

    def usage_charges(self, member: Member, usage: MonthlyUsage, choice: InForce) -> None:
        t, name, p, r = choice.tariff, member.name, choice.tariff.provider, choice.tariff.rates
        allowance = total_allowance(t, choice.options)
        cycles = t.cycles_per_month
        plan = self.catalogue.family_plans.get(t.family_plan) if t.family_plan else None
        if plan is None or plan.pool_minutes is None:
            billed = usage.billed_minutes(t.voice)
            on_net = on_net_minutes(member, usage, t, self.in_force)  # 0 without an on-net price
            on_net_price = t.on_net_minute_price
            if on_net and on_net_price is not None:
                self.add(
                    name,
                    p,
                    "overage",
                    _("on-net calls to members"),
                    on_net * on_net_price,
                    lambda: _("{minutes} min x {price}").format(
                        minutes=_figure(on_net, 1), price=_figure(on_net_price, 4)
                    ),
                )
            over = max(0.0, billed - on_net - cycles * allowance.minutes)
            self.add(
                name,
                p,
                "overage",
                _("minutes beyond the allowance"),
                over * r.minute,
                lambda: _("{minutes} min x {price}").format(minutes=_figure(over, 1), price=_figure(r.minute, 4)),
            )
        self.add(
            name,
            p,
            "overage",
            _("call set-up charges"),
            usage.calls * t.setup_fee_per_call,
            lambda: _("{calls} calls x {price}").format(
                calls=_figure(usage.calls, 0), price=_figure(t.setup_fee_per_call, 4)
            ),
        )
        sms_over = max(0.0, usage.sms - cycles * allowance.sms)
        self.add(
            name,
            p,
            "overage",
            _("SMS beyond the allowance"),
            sms_over * r.sms,
            lambda: _("{sms} SMS x {price}").format(sms=_figure(sms_over, 0), price=_figure(r.sms, 4)),
        )
        intl_over = max(0.0, usage.intl_minutes - cycles * allowance.intl_minutes)
        self.add(
            name,
            p,
            "overage",
            _("international minutes"),
            intl_over * r.intl_minute,
            lambda: _("{minutes} min x {price}").format(minutes=_figure(intl_over, 1), price=_figure(r.intl_minute, 4)),
        )
        if plan is None or plan.pool_data_mb is None:
            cost = data_overage_cost(usage.data_mb, allowance.data_mb, cycles, r.data)
            self.add(
                name,
                p,
                "overage",
                _("data beyond the allowance"),
                cost,
                lambda: _data_detail(usage.data_mb, allowance.data_mb, cycles, r.data),
            )
            self.throttle_warning(name, usage.data_mb / cycles, allowance.data_mb, t, choice.before_switch)

    def throttle_warning(
        self, who: str, used_per_cycle: float, allowance_mb: float, t: Tariff, before_switch: bool
    ) -> None:
        cap = t.fair_use_mb if allowance_mb == math.inf else (allowance_mb if t.rates.data.mode == "throttle" else None)
        if cap is not None and used_per_cycle > cap + BLOCK_TOLERANCE:
            self.slowed(who, t.name, cap, used_per_cycle, before_switch)

    def slowed(self, who: str, name: str, cap: float, used_per_cycle: float, before_switch: bool) -> None:
        """Note a month of data slowed down: on a plan of today before the switch, or one the requirement checks."""
        found = self.throttled_before_switch if before_switch else self.throttled
        found.setdefault((who, name, cap), []).append(used_per_cycle)

    def throttle_warnings(self) -> list[str]:
        return self._slowdowns(
            self.throttled,
            _(
                "{member}: data slowed down on {tariff} in {count} of {horizon} months (up to {used} GB used, "
                "{cap} GB at full speed)"
            ),
        )

    def throttle_warnings_before_switch(self) -> list[str]:
        return self._slowdowns(
            self.throttled_before_switch,
            _(
                "{member}: data slowed down on {tariff}, the plan of today, in {count} of {horizon} months before "
                "the switch (up to {used} GB used, {cap} GB at full speed)"
            ),
        )

    def _slowdowns(self, found: dict[tuple[str, str, float], list[float]], message: str) -> list[str]:
        """One sentence per member and plan whose data was slowed: in how many months, how much at most."""
        return [
            message.format(
                member=who,
                tariff=name,
                count=len(uses),
                horizon=self.household.horizon_months,
                used=_figure(max(uses) / 1024, 1),
                cap=_figure(cap / 1024, 1),
            )
            for (who, name, cap), uses in found.items()
        ]

    def broadband_discount(self, name: str, t: Tariff, fee: float) -> None:
        provider = self.catalogue.providers.get(t.provider)
        rule = provider.broadband_discount if provider else None
        if rule is None or self.household.home_broadband_provider != t.provider:
            return
        amount = rule.per_month(fee, t.cycles_per_month)
        self.add(name, t.provider, "discount", _("home-broadband customer discount"), -amount)

    # -- household-wide rules ----------------------------------------------------
    def family_pool(self, plan: FamilyPlan, month: int) -> None:
        on_plan = [m for m in self.household.members if self.in_force[m.name].tariff.family_plan == plan.id]
        if not on_plan:
            return
        if len(on_plan) > plan.max_sims:
            self.rule_breaks.append(
                _("family plan {plan} takes at most {max_sims} SIMs; {count} in month {month}").format(
                    plan=plan.name, max_sims=plan.max_sims, count=len(on_plan), month=month
                )
            )
        cycles, p = plan.cycles_per_month, plan.provider
        self.add(HOUSEHOLD, p, "fee", _("{plan} base fee").format(plan=plan.name), plan.base_fee * cycles)
        usages = [self.household.usage(m, month) for m in on_plan]
        options = [o for m in on_plan for o in self.in_force[m.name].options]
        if plan.pool_data_mb is not None:
            used = sum(u.data_mb for u in usages)
            pool = plan.pool_data_mb + sum(o.adds.data_mb for o in options)
            self.add(
                HOUSEHOLD,
                p,
                "overage",
                _("{plan} shared data beyond the pool").format(plan=plan.name),
                data_overage_cost(used, pool, cycles, plan.rates.data),
                _data_detail(used, pool, cycles, plan.rates.data),
            )
            if plan.rates.data.mode == "throttle" and used / cycles > pool + BLOCK_TOLERANCE:
                # the requirement's unless every SIM on the pool this month is on its plan of today before a switch
                before_switch = all(self.in_force[m.name].before_switch for m in on_plan)
                shared = _("{plan} (shared)").format(plan=plan.name)
                self.slowed(shared, plan.name, pool, used / cycles, before_switch)
        if plan.pool_minutes is not None:
            used = sum(u.billed_minutes(plan.voice) for u in usages)
            pool = plan.pool_minutes + sum(o.adds.minutes for o in options)
            over = max(0.0, used - cycles * pool)
            self.add(
                HOUSEHOLD,
                p,
                "overage",
                _("{plan} shared minutes beyond the pool").format(plan=plan.name),
                over * plan.rates.minute,
                _("{minutes} min x {price}").format(minutes=_figure(over, 1), price=_figure(plan.rates.minute, 4)),
            )

    def multi_line(self, provider_id: str, month: int) -> None:
        rule = self.catalogue.providers[provider_id].multi_line
        if rule is None:
            return
        in_force = self.in_force
        lines = [
            m
            for m in self.household.members
            if in_force[m.name].tariff.provider == provider_id and not in_force[m.name].tariff.family_plan
        ]
        if len(lines) < 2:
            return
        if rule.same_tier and len({in_force[m.name].tariff.tier for m in lines}) > 1:
            return
        for position, member in enumerate(lines, start=1):
            amount = line_discount_amount(rule, position)
            label = _("multi-line discount (line {position})").format(position=position)
            self.add(member.name, provider_id, "discount", label, -amount)
        percent = volume_discount_percent(rule, len(lines))
        for member in lines:
            plan = in_force[member.name]
            t = plan.tariff
            self.add(
                member.name,
                provider_id,
                "discount",
                _("multi-line discount ({percent}% for {count} lines)").format(
                    percent=f"{percent:g}", count=len(lines)
                ),
                -fee_in_month(t, plan.contract_month) * percent / 100 * t.cycles_per_month,
            )

    def run(self) -> None:
        for month in range(1, self.household.horizon_months + 1):
            self.month = month
            self.in_force = {m.name: self.plan_in_month(m, month) for m in self.household.members}
            for member in self.household.members:
                self.member_month(member, month)
            tariffs = [plan.tariff for plan in self.in_force.values()]
            for plan_id in sorted({t.family_plan for t in tariffs if t.family_plan}):
                if plan_id in self.catalogue.family_plans:
                    self.family_pool(self.catalogue.family_plans[plan_id], month)
            for provider_id in sorted({t.provider for t in tariffs}):
                if provider_id in self.catalogue.providers:
                    self.multi_line(provider_id, month)
        for member in self.household.members:
            self.device_lines(member)

    def check_rules(self) -> None:
        day = self.household.contract_start
        for member in self.household.members:
            t = self.choices[member.name].tariff
            for reason in eligibility_problems(member, t, self.household):
                self.rule_breaks.append(
                    _("{member} is not eligible for {tariff}: {reason}").format(
                        member=member.name, tariff=t.name, reason=reason
                    )
                )
            if not is_staying(member, t):
                for reason in availability_problems(t, day):
                    self.rule_breaks.append(_("{tariff} is {reason}").format(tariff=t.name, reason=reason))
            self.rule_breaks += device_problems(member, self.choices[member.name], self.household, self.catalogue)


def device_problems(
    member: Member, choice: Choice, household: Household, catalogue: Catalogue | None = None
) -> list[str]:
    """How a member's phone breaks their wish or the offer's rules (empty: it does not); phones by their names
    when the catalogue knows them."""
    wish, phone, offer = member.device_wish, choice.phone, choice.device_offer
    devices = catalogue.devices if catalogue is not None else {}
    named = [devices[model].name if model in devices else model for model in wish.models]
    if phone is None:
        wished = ", ".join(named)
        if wish.keeps_phone:
            return []
        return [_("{member} wishes a new phone ({models}) and gets none").format(member=member.name, models=wished)]
    found = []
    if phone.id not in wish.models:
        wanted = ", ".join(named) if wish.models else _("keeping the current phone")
        found.append(
            _("{member} gets {phone}, not what they wish ({wish})").format(
                member=member.name, phone=phone.name, wish=wanted
            )
        )
    upfront = offer.upfront if offer is not None else phone.retail_price
    if wish.max_upfront is not None and upfront > wish.max_upfront + 1e-9:
        found.append(
            _("{member}: {phone} costs {upfront} upfront, above the budget of {budget}").format(
                member=member.name,
                phone=phone.name,
                upfront=_figure(upfront, 2),
                budget=_figure(wish.max_upfront, 2),
            )
        )
    if offer is not None:
        for reason in rule_problems(member, offer.eligibility, offer.provider, household):
            found.append(
                _("{member} is not eligible for the phone offer {offer}: {reason}").format(
                    member=member.name, offer=offer.id, reason=reason
                )
            )
    return found


def _data_detail(used: float, allowance: float, cycles: float, rule: DataOverage) -> str:
    if allowance == math.inf or rule.mode == "throttle":
        return ""
    if rule.mode == "per_mb":
        return _("{mb} MB x {price}").format(
            mb=_figure(max(0.0, used - cycles * allowance), 0), price=_figure(rule.price, 4)
        )
    blocks = started_blocks(used / cycles - allowance, rule.block_mb)
    said = ngettext(
        "{used} MB used, {included} MB included: {count} started block of {block} MB x {price}",
        "{used} MB used, {included} MB included: {count} started blocks of {block} MB x {price}",
        blocks,
    ).format(
        used=_figure(used, 0),
        included=_figure(allowance, 0),
        count=blocks,
        block=_figure(rule.block_mb, 0),
        price=_figure(rule.price, 2),
    )
    if cycles != 1:
        said += " " + _("x {cycles} cycles").format(cycles=_figure(cycles, 4))
    return said


def line_discount_amount(rule: MultiLine, position: int) -> float:
    """The per-month amount off the `position`-th line (the last entry at or below it applies)."""
    amount = 0.0
    for entry in rule.line_discounts:
        if entry.line <= position:
            amount = entry.amount
    return amount


def volume_discount_percent(rule: MultiLine, lines: int) -> float:
    percent = 0.0
    for entry in rule.volume_discounts:
        if entry.min_lines <= lines:
            percent = entry.percent
    return percent


def price(household: Household, catalogue: Catalogue, assignment: AssignmentInput) -> Bill:
    """The exact cost of `assignment` over the household's horizon, with every line."""
    check_household(household, need_members=False)
    choices = resolve(household, catalogue, assignment)
    pricer = _Pricer(household, catalogue, choices)
    pricer.check_rules()
    pricer.run()
    broken = next((line for line in pricer.lines if not math.isfinite(line.amount)), None)
    if broken is not None:  # files cannot hold such prices; a catalogue built in Python can
        raise NonFiniteAmountError(
            _(
                "{member}, month {month}: {label} ({provider}) comes to {amount}; every price in the catalogue "
                "must be a finite number"
            ).format(
                member=broken.member,
                month=broken.month,
                label=broken.label,
                provider=broken.provider,
                amount=broken.amount,
            )
        )
    pricer.rule_breaks = list(dict.fromkeys(pricer.rule_breaks))  # once each, in the order found
    slowdowns = pricer.throttle_warnings()
    before_switch = pricer.throttle_warnings_before_switch()
    plain = {name: choice.to_dict() for name, choice in choices.items()}
    return Bill(
        pricer.lines,
        household.horizon_months,
        catalogue.currency,
        plain,
        pricer.rule_breaks + slowdowns + before_switch,
        slowdowns,
        pricer.rule_breaks,
        before_switch,
    )
