"""The billing engine: the exact cost of an assignment, line by line, month by month.

This is the reference the optimiser is checked against, so it is written to be
obviously correct rather than fast: each month, each member, each charge in turn.
The rules it applies are documented in docs/billing-rules.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from tariff_advisor.billing.assignment import (
    AssignmentInput,
    Choice,
    availability_problems,
    eligibility_problems,
    is_staying,
    resolve,
)
from tariff_advisor.billing.bill import HOUSEHOLD, Bill, BillLine, Category
from tariff_advisor.billing.inputs import NonFiniteAmountError, check_household
from tariff_advisor.catalogue.model import (
    AnyPromotion,
    Catalogue,
    FamilyPlan,
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
from tariff_advisor.household.model import Household, Member, MonthlyUsage

# Usage a hair over a block boundary from float noise must not buy a whole block.
BLOCK_TOLERANCE = 1e-9


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


def on_net_minutes(member: Member, usage: MonthlyUsage, tariff: Tariff, choices: dict[str, Choice]) -> float:
    """Minutes this member calls other members on the same provider's network."""
    if tariff.on_net_minute_price is None:
        return 0.0
    return sum(
        minutes
        for other, minutes in usage.to_members.items()
        if other != member.name and other in choices and choices[other].tariff.provider == tariff.provider
    )


class _Pricer:
    def __init__(self, household: Household, catalogue: Catalogue, choices: dict[str, Choice]):
        self.household, self.catalogue, self.choices = household, catalogue, choices
        self.lines: list[BillLine] = []
        self.month = 1
        self.throttled: dict[tuple[str, str, float], list[float]] = {}
        self.rule_breaks: list[str] = []

    def add(self, member: str, provider: str, category: Category, label: str, amount: float, detail: str = "") -> None:
        if amount != 0:
            self.lines.append(BillLine(self.month, member, provider, category, label, amount, detail))

    # -- one member, one month -------------------------------------------------
    def member_month(self, member: Member, month: int) -> None:
        choice = self.choices[member.name]
        t, name, p = choice.tariff, member.name, choice.tariff.provider
        usage = self.household.usage(member, month)
        cycles = t.cycles_per_month
        staying = is_staying(member, t)
        fee = fee_in_month(t, month)
        per = f"{fee:.2f} x {cycles:.4f} cycles" if cycles != 1 else f"{fee:.2f}"
        self.add(name, p, "fee", f"{t.name} monthly fee", fee * cycles, per)
        for option in dict.fromkeys(choice.options):
            count = choice.options.count(option)
            self.add(
                name,
                p,
                "options",
                f"option {option.name}" + (f" x{count}" if count > 1 else ""),
                option.monthly_fee * count * cycles,
            )
        if not staying:
            promotions = t.promotions_on(self.household.contract_start)
            self.add(name, p, "promotion", "promotion on the monthly fee", -promotion_credit(t, month, promotions))
            for promo in promotions:
                if (
                    isinstance(promo, CashbackPromotion)
                    and promo.paid_in_month == month
                    and cashback_counts(promo, self.household)
                ):
                    kind = "redemption" if promo.redemption else "automatic"
                    self.add(name, p, "promotion", f"cashback ({kind})", -promo.amount)
        self.usage_charges(member, usage, choice)
        self.broadband_discount(name, t, fee)
        if month == 1 and not staying:
            self.add(name, p, "one_time", "activation fee", t.activation_fee)
            current = member.current
            if current is not None and current.months_left > 0:
                self.add(
                    name,
                    current.provider or p,
                    "one_time",
                    f"exit fee for leaving the current contract ({current.months_left} months left)",
                    current.exit_fee or 0.0,
                )

    def usage_charges(self, member: Member, usage: MonthlyUsage, choice: Choice) -> None:
        t, name, p, r = choice.tariff, member.name, choice.tariff.provider, choice.tariff.rates
        allowance = total_allowance(t, choice.options)
        cycles = t.cycles_per_month
        plan = self.catalogue.family_plans.get(t.family_plan) if t.family_plan else None
        if plan is None or plan.pool_minutes is None:
            billed = usage.billed_minutes(t.voice)
            on_net = on_net_minutes(member, usage, t, self.choices)  # 0 without an on-net price
            on_net_price = t.on_net_minute_price
            if on_net and on_net_price is not None:
                self.add(
                    name,
                    p,
                    "overage",
                    "on-net calls to members",
                    on_net * on_net_price,
                    f"{on_net:.1f} min x {on_net_price:.4f}",
                )
            over = max(0.0, billed - on_net - cycles * allowance.minutes)
            self.add(
                name, p, "overage", "minutes beyond the allowance", over * r.minute, f"{over:.1f} min x {r.minute:.4f}"
            )
        self.add(
            name,
            p,
            "overage",
            "call set-up charges",
            usage.calls * t.setup_fee_per_call,
            f"{usage.calls:.0f} calls x {t.setup_fee_per_call:.4f}",
        )
        sms_over = max(0.0, usage.sms - cycles * allowance.sms)
        self.add(name, p, "overage", "SMS beyond the allowance", sms_over * r.sms, f"{sms_over:.0f} SMS x {r.sms:.4f}")
        intl_over = max(0.0, usage.intl_minutes - cycles * allowance.intl_minutes)
        self.add(
            name,
            p,
            "overage",
            "international minutes",
            intl_over * r.intl_minute,
            f"{intl_over:.1f} min x {r.intl_minute:.4f}",
        )
        if plan is None or plan.pool_data_mb is None:
            cost = data_overage_cost(usage.data_mb, allowance.data_mb, cycles, r.data)
            self.add(
                name,
                p,
                "overage",
                "data beyond the allowance",
                cost,
                _data_detail(usage.data_mb, allowance.data_mb, cycles, r.data),
            )
            self.throttle_warning(name, usage.data_mb / cycles, allowance.data_mb, t)

    def throttle_warning(self, who: str, used_per_cycle: float, allowance_mb: float, t: Tariff) -> None:
        cap = t.fair_use_mb if allowance_mb == math.inf else (allowance_mb if t.rates.data.mode == "throttle" else None)
        if cap is not None and used_per_cycle > cap + BLOCK_TOLERANCE:
            self.throttled.setdefault((who, t.name, cap), []).append(used_per_cycle)

    def throttle_warnings(self) -> list[str]:
        return [
            f"{who}: data slowed down on {name} in {len(uses)} of {self.household.horizon_months} months "
            f"(up to {max(uses) / 1024:.1f} GB used, {cap / 1024:.1f} GB at full speed)"
            for (who, name, cap), uses in self.throttled.items()
        ]

    def broadband_discount(self, name: str, t: Tariff, fee: float) -> None:
        provider = self.catalogue.providers.get(t.provider)
        rule = provider.broadband_discount if provider else None
        if rule is None or self.household.home_broadband_provider != t.provider:
            return
        amount = rule.per_month(fee, t.cycles_per_month)
        self.add(name, t.provider, "discount", "home-broadband customer discount", -amount)

    # -- household-wide rules ----------------------------------------------------
    def family_pool(self, plan: FamilyPlan, month: int) -> None:
        on_plan = [m for m in self.household.members if self.choices[m.name].tariff.family_plan == plan.id]
        if not on_plan:
            return
        cycles, p = plan.cycles_per_month, plan.provider
        self.add(HOUSEHOLD, p, "fee", f"{plan.name} base fee", plan.base_fee * cycles)
        usages = [self.household.usage(m, month) for m in on_plan]
        options = [o for m in on_plan for o in self.choices[m.name].options]
        if plan.pool_data_mb is not None:
            used = sum(u.data_mb for u in usages)
            pool = plan.pool_data_mb + sum(o.adds.data_mb for o in options)
            self.add(
                HOUSEHOLD,
                p,
                "overage",
                f"{plan.name} shared data beyond the pool",
                data_overage_cost(used, pool, cycles, plan.rates.data),
                _data_detail(used, pool, cycles, plan.rates.data),
            )
            if plan.rates.data.mode == "throttle" and used / cycles > pool + BLOCK_TOLERANCE:
                self.throttled.setdefault((f"{plan.name} (shared)", plan.name, pool), []).append(used / cycles)
        if plan.pool_minutes is not None:
            used = sum(u.billed_minutes(plan.voice) for u in usages)
            pool = plan.pool_minutes + sum(o.adds.minutes for o in options)
            over = max(0.0, used - cycles * pool)
            self.add(
                HOUSEHOLD,
                p,
                "overage",
                f"{plan.name} shared minutes beyond the pool",
                over * plan.rates.minute,
                f"{over:.1f} min x {plan.rates.minute:.4f}",
            )

    def multi_line(self, provider_id: str, month: int) -> None:
        rule = self.catalogue.providers[provider_id].multi_line
        if rule is None:
            return
        lines = [
            m
            for m in self.household.members
            if self.choices[m.name].tariff.provider == provider_id and not self.choices[m.name].tariff.family_plan
        ]
        if len(lines) < 2:
            return
        if rule.same_tier and len({self.choices[m.name].tariff.tier for m in lines}) > 1:
            return
        for position, member in enumerate(lines, start=1):
            amount = line_discount_amount(rule, position)
            self.add(member.name, provider_id, "discount", f"multi-line discount (line {position})", -amount)
        percent = volume_discount_percent(rule, len(lines))
        for member in lines:
            t = self.choices[member.name].tariff
            self.add(
                member.name,
                provider_id,
                "discount",
                f"multi-line discount ({percent:g}% for {len(lines)} lines)",
                -fee_in_month(t, month) * percent / 100 * t.cycles_per_month,
            )

    def run(self) -> None:
        providers = sorted({c.tariff.provider for c in self.choices.values()})
        plans = sorted({c.tariff.family_plan for c in self.choices.values() if c.tariff.family_plan})
        for month in range(1, self.household.horizon_months + 1):
            self.month = month
            for member in self.household.members:
                self.member_month(member, month)
            for plan_id in plans:
                self.family_pool(self.catalogue.family_plans[plan_id], month)
            for provider_id in providers:
                if provider_id in self.catalogue.providers:
                    self.multi_line(provider_id, month)

    def check_rules(self) -> None:
        day = self.household.contract_start
        for member in self.household.members:
            t = self.choices[member.name].tariff
            for reason in eligibility_problems(member, t, self.household):
                self.rule_breaks.append(f"{member.name} is not eligible for {t.name}: {reason}")
            if not is_staying(member, t):
                for reason in availability_problems(t, day):
                    self.rule_breaks.append(f"{t.name} is {reason}")


def _data_detail(used: float, allowance: float, cycles: float, rule: DataOverage) -> str:
    if allowance == math.inf or rule.mode == "throttle":
        return ""
    if rule.mode == "per_mb":
        return f"{max(0.0, used - cycles * allowance):.0f} MB x {rule.price:.4f}"
    blocks = started_blocks(used / cycles - allowance, rule.block_mb)
    cyc = f" x {cycles:.4f} cycles" if cycles != 1 else ""
    return (
        f"{used:.0f} MB used, {allowance:.0f} MB included: "
        f"{blocks} started block(s) of {rule.block_mb:.0f} MB x {rule.price:.2f}{cyc}"
    )


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
            f"{broken.member}, month {broken.month}: {broken.label} ({broken.provider}) comes to {broken.amount}; "
            "every price in the catalogue must be a finite number"
        )
    slowdowns = pricer.throttle_warnings()
    plain = {name: choice.to_dict() for name, choice in choices.items()}
    return Bill(
        pricer.lines,
        household.horizon_months,
        catalogue.currency,
        plain,
        pricer.rule_breaks + slowdowns,
        slowdowns,
        pricer.rule_breaks,
    )
