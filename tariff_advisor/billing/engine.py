"""The billing engine: the exact cost of an assignment, line by line, month by month.

This is the reference the optimiser is checked against, so it is written to be
obviously correct rather than fast: each month, each member, each charge in turn.
Each month every member is on one plan (`InForce`): the plan of today before their
switch month, the new contract from it; every rule, cross-line ones included, looks
at the plans in force that month. The rules are documented in docs/billing-rules.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

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
from tariff_advisor.i18n import _, number
from tariff_advisor.zones import ROAMING_ZONES, ZONE_NAMES

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
        detail: str = "",
        month: int | None = None,
    ) -> None:
        if amount != 0:
            self.lines.append(BillLine(month or self.month, member, provider, category, label, amount, detail))

    # -- one member, one month -------------------------------------------------
    def member_month(self, member: Member, month: int) -> None:
        plan = self.in_force[member.name]
        t, name, p, contract_month = plan.tariff, member.name, plan.tariff.provider, plan.contract_month
        usage = self.household.usage(member, month)
        cycles = t.cycles_per_month
        fee = fee_in_month(t, contract_month)
        per = f"{fee:.2f} x {cycles:.4f} cycles" if cycles != 1 else f"{fee:.2f}"
        self.add(name, p, "fee", f"{t.name} monthly fee", fee * cycles, per)
        for option in dict.fromkeys(plan.options):
            count = plan.options.count(option)
            self.add(
                name,
                p,
                "options",
                f"option {option.name}" + (f" x{count}" if count > 1 else ""),
                option.monthly_fee * count * cycles,
            )
        if plan.new:
            promotions = t.promotions_on(self.household.contract_start)
            credit = promotion_credit(t, contract_month, promotions)
            self.add(name, p, "promotion", "promotion on the monthly fee", -credit)
            for promo in promotions:
                if (
                    isinstance(promo, CashbackPromotion)
                    and promo.paid_in_month == contract_month
                    and cashback_counts(promo, self.household)
                ):
                    kind = "redemption" if promo.redemption else "automatic"
                    self.add(name, p, "promotion", f"cashback ({kind})", -promo.amount)
        self.usage_charges(member, usage, plan)
        self.broadband_discount(name, t, fee)
        self.roaming(member, t)
        if plan.new and contract_month == 1:
            self.add(name, p, "one_time", "activation fee", t.activation_fee)
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
            detail = f"the exit fee given for the plan of today: {plan.exit_fee:.2f}"
        else:
            rule = contract_rules_of(plan, self.catalogue).early_exit
            fees = remaining_fees(member, self.catalogue, month, timing.free_month)
            detail = {
                "remaining_fees": f"the fees of the {left} months left: {fees:.2f}",
                "percent_of_remaining": f"{rule.percent or 0:g}% of the fees of the {left} months left ({fees:.2f})",
                "flat": f"the provider's flat early-exit fee: {rule.amount or 0:.2f}",
            }[rule.rule]
        self.add(
            member.name,
            provider,
            "one_time",
            f"exit fee for leaving the current contract {left} month{'s' if left != 1 else ''} early",
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
            where = ZONE_NAMES[zone]
            used = travel.minutes_per_day > 0 or travel.mb_per_day > 0
            if zone in rules.included:
                mb = days * travel.mb_per_day
                if rules.fair_use_mb is not None and mb > rules.fair_use_mb:
                    over = mb - rules.fair_use_mb
                    self.add(
                        member.name,
                        t.provider,
                        "roaming",
                        f"data in {where} beyond the fair use",
                        over * rules.fair_use_price_mb,
                        f"{over:.0f} MB x {rules.fair_use_price_mb:.5f}",
                    )
            elif zone in rules.day_pass:
                if used:  # a pass is bought on the first use of a day
                    price = rules.day_pass[zone]
                    self.add(
                        member.name,
                        t.provider,
                        "roaming",
                        f"day passes in {where}",
                        days * price,
                        f"{days:.2f} days x {price:.2f}",
                    )
            elif zone in rules.rates:
                rate = rules.rates[zone]
                minutes, mb = days * travel.minutes_per_day, days * travel.mb_per_day
                self.add(
                    member.name,
                    t.provider,
                    "roaming",
                    f"calls and data in {where}",
                    minutes * rate.minute + mb * rate.mb,
                    f"{minutes:.0f} min x {rate.minute:.2f} + {mb:.0f} MB x {rate.mb:.4f}",
                )
            else:
                self.rule_breaks.append(f"{member.name}: no roaming prices for {where} on {t.name}")

    def device_lines(self, member: Member) -> None:
        """The phone: bought outright at its retail price in the switch month, or the offer's upfront then and
        its monthly device fee for its months (those after the horizon as one line in the last month)."""
        choice = self.choices[member.name]
        phone, offer, start = choice.phone, choice.device_offer, choice.switch_month
        if phone is None:
            return
        name, horizon = member.name, self.household.horizon_months
        if offer is None:
            self.add(name, RETAIL, "device", f"{phone.name} bought outright", phone.retail_price, month=start)
            return
        p = offer.provider
        self.add(name, p, "device", f"{phone.name} upfront", offer.upfront, month=start)
        for month in range(start, min(start + offer.months, horizon + 1)):
            self.add(name, p, "device", f"{phone.name} monthly device fee", offer.monthly_fee, month=month)
        after = start + offer.months - 1 - horizon
        if after > 0:
            self.add(
                name,
                p,
                "device",
                f"{after} device fee{'s' if after != 1 else ''} after the horizon",
                after * offer.monthly_fee,
                f"{after} x {offer.monthly_fee:.2f}, owed after month {horizon}",
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
        return [
            f"{who}: data slowed down on {name} in {len(uses)} of {self.household.horizon_months} months "
            f"(up to {max(uses) / 1024:.1f} GB used, {cap / 1024:.1f} GB at full speed)"
            for (who, name, cap), uses in self.throttled.items()
        ]

    def throttle_warnings_before_switch(self) -> list[str]:
        return [
            _(
                "{who}: data slowed down on {name}, the plan of today, in {months} of {horizon} months before the "
                "switch (up to {used} GB used, {cap} GB at full speed)"
            ).format(
                who=who,
                name=name,
                months=len(uses),
                horizon=self.household.horizon_months,
                used=number(max(uses) / 1024, 1),
                cap=number(cap / 1024, 1),
            )
            for (who, name, cap), uses in self.throttled_before_switch.items()
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
        on_plan = [m for m in self.household.members if self.in_force[m.name].tariff.family_plan == plan.id]
        if not on_plan:
            return
        if len(on_plan) > plan.max_sims:
            self.rule_breaks.append(
                f"family plan {plan.name} takes at most {plan.max_sims} SIMs; {len(on_plan)} in month {month}"
            )
        cycles, p = plan.cycles_per_month, plan.provider
        self.add(HOUSEHOLD, p, "fee", f"{plan.name} base fee", plan.base_fee * cycles)
        usages = [self.household.usage(m, month) for m in on_plan]
        options = [o for m in on_plan for o in self.in_force[m.name].options]
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
                # the requirement's unless every SIM on the pool this month is on its plan of today before a switch
                before_switch = all(self.in_force[m.name].before_switch for m in on_plan)
                self.slowed(f"{plan.name} (shared)", plan.name, pool, used / cycles, before_switch)
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
            self.add(member.name, provider_id, "discount", f"multi-line discount (line {position})", -amount)
        percent = volume_discount_percent(rule, len(lines))
        for member in lines:
            plan = in_force[member.name]
            t = plan.tariff
            self.add(
                member.name,
                provider_id,
                "discount",
                f"multi-line discount ({percent:g}% for {len(lines)} lines)",
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
                self.rule_breaks.append(f"{member.name} is not eligible for {t.name}: {reason}")
            if not is_staying(member, t):
                for reason in availability_problems(t, day):
                    self.rule_breaks.append(f"{t.name} is {reason}")
            self.rule_breaks += device_problems(member, self.choices[member.name], self.household)


def device_problems(member: Member, choice: Choice, household: Household) -> list[str]:
    """How a member's phone breaks their wish or the offer's rules (empty: it does not)."""
    wish, phone, offer = member.device_wish, choice.phone, choice.device_offer
    if phone is None:
        wished = ", ".join(wish.models)
        return [] if wish.keeps_phone else [f"{member.name} wishes a new phone ({wished}) and gets none"]
    found = []
    if phone.id not in wish.models:
        wanted = ", ".join(wish.models) if wish.models else "keeping the current phone"
        found.append(f"{member.name} gets {phone.name}, not what they wish ({wanted})")
    upfront = offer.upfront if offer is not None else phone.retail_price
    if wish.max_upfront is not None and upfront > wish.max_upfront + 1e-9:
        found.append(
            f"{member.name}: {phone.name} costs {upfront:.2f} upfront, above the budget of {wish.max_upfront:.2f}"
        )
    if offer is not None:
        for reason in rule_problems(member, offer.eligibility, offer.provider, household):
            found.append(f"{member.name} is not eligible for the phone offer {offer.id}: {reason}")
    return found


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
