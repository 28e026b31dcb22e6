"""Candidate bundles for the optimiser: each member's possible tariff + options + switch month, with exact costs.

A bundle is what one member does over the horizon: stay on the current plan, or move to a
new tariff with options in switch month s (keeping the current plan in months 1..s-1).
Its `constant` is everything its member pays that does not depend on the other members:
the current plan's months before s, the new contract's fees from s (its contract months
counted from s), options, promotions, one-time fees, the early-exit cost, the phone, roaming,
and out-of-bundle use that no cross-line rule touches. The cross-line parts (family pools,
on-net calls, multi-line discounts) are left to the MILP, per epoch of months in which the
tariff in force is the same (`Bundle.at(month)`). The arithmetic mirrors billing.py,
vectorised over bundles x months; the property tests check the two agree.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from tariff_advisor.billing.assignment import PlanChoice, eligibility_problems
from tariff_advisor.billing.contract import early_exit_cost
from tariff_advisor.billing.engine import BLOCK_TOLERANCE
from tariff_advisor.catalogue.model import DATA, INTL, MINUTES, RESOURCES, SMS, Catalogue, Option, Resource, Tariff
from tariff_advisor.catalogue.schema import VoiceBilling
from tariff_advisor.household.model import DeviceWish, Household, Member, MonthlyUsage, Roaming
from tariff_advisor.i18n import _, money
from tariff_advisor.optimiser.constraints import Constraints
from tariff_advisor.optimiser.offers import DATA_MODES, BoolArray, FloatArray, IntArray, OfferTable, offer_table
from tariff_advisor.optimiser.phones import KEEP, PhoneChoice, best_phone, roaming_per_month
from tariff_advisor.optimiser.timing import switch_months

PER_MB, PER_BLOCK, THROTTLE = (DATA_MODES.index(m) for m in ("per_mb", "per_block", "throttle"))


@dataclass(frozen=True)
class MemberUsage:
    """A member's usage in each month of the horizon, as arrays (index 0 is month 1)."""

    minutes: FloatArray
    minutes_per_call: FloatArray  # as per-minute billing counts it
    calls: FloatArray
    sms: FloatArray
    data_mb: FloatArray
    intl_minutes: FloatArray
    to_members: dict[str, FloatArray]

    def billed(self, voice: VoiceBilling) -> FloatArray:
        return self.minutes if voice == "per_second" else self.minutes_per_call


def member_usage(household: Household, member: Member) -> MemberUsage:
    months = [household.usage(member, m) for m in range(1, household.horizon_months + 1)]

    def arr(f: Callable[[MonthlyUsage], float]) -> FloatArray:
        return np.array([f(u) for u in months], dtype=float)

    others = {name for u in months for name in u.to_members}
    return MemberUsage(
        minutes=arr(lambda u: u.minutes),
        minutes_per_call=arr(lambda u: u.billed_minutes("per_minute")),
        calls=arr(lambda u: u.calls),
        sms=arr(lambda u: u.sms),
        data_mb=arr(lambda u: u.data_mb),
        intl_minutes=arr(lambda u: u.intl_minutes),
        to_members={
            name: np.array([u.to_members.get(name, 0.0) for u in months], dtype=float) for name in sorted(others)
        },
    )


@dataclass(frozen=True)
class Plan:
    """A tariff with options as the cross-line terms see it, in the months it is in force."""

    tariff: Tariff
    options: tuple[Option, ...] = ()
    adds_data_mb: float = 0.0  # what the options add (to a family pool)
    adds_minutes: float = 0.0
    on_net: bool = False  # minutes charged through the MILP's on-net terms
    minutes_allowance: float = 0.0  # per month (cycles x per-cycle allowance), for on-net terms

    @property
    def provider(self) -> str:
        return self.tariff.provider


@dataclass(frozen=True, eq=False)
class Bundle:
    """One member's candidate: the new (or kept) plan from `switch_month`, the current plan before it.

    Field names are plain for the app and the report: `switch_month` (1 = now), `staying` (the current
    tariff kept over the whole horizon), `exit_cost` (the early-exit cost in the constant, 0 when the switch
    waits for the contract's end), `phone` (device id or None: keeps the phone), `device_offer` (offer id or
    None: bought outright), `device_cost` (what that phone choice costs: retail, or upfront + fees x months).
    """

    member: str
    plan: Plan
    constant: float
    fees: FloatArray  # fee x cycles of the tariff in force in each horizon month: what percent discounts apply to
    features: frozenset[str]
    switch_month: int = 1
    before: Plan | None = None  # the current plan, in force in months 1..switch_month - 1
    staying: bool = False
    exit_cost: float = 0.0
    phone: str | None = None
    device_offer: str | None = None
    device_cost: float = 0.0

    @property
    def tariff(self) -> Tariff:
        return self.plan.tariff

    @property
    def options(self) -> tuple[Option, ...]:
        return self.plan.options

    @property
    def provider(self) -> str:
        return self.plan.tariff.provider

    @property
    def on_net(self) -> bool:
        return self.plan.on_net

    @property
    def fee_total(self) -> float:
        return float(self.fees.sum())

    def at(self, month: int) -> Plan:
        """The plan in force in horizon month `month`."""
        return self.before if self.before is not None and month < self.switch_month else self.plan

    def fee_in(self, first: int, last: int) -> float:
        """Fees (x cycles) of the tariffs in force in months first..last, for percent multi-line discounts."""
        return float(self.fees[first - 1 : last].sum())

    def to_choice(self) -> PlanChoice:
        """The bundle as price() takes it: the optional keys only where they differ from the defaults."""
        choice: PlanChoice = {"tariff": self.tariff.id, "options": [o.id for o in self.options]}
        if self.switch_month != 1:
            choice["switch_month"] = self.switch_month
        if self.phone is not None:
            choice["phone"] = self.phone
        if self.device_offer is not None:
            choice["device_offer"] = self.device_offer
        return choice


@dataclass
class Candidates:
    """Every member's bundles, and the usage they were costed on."""

    bundles: dict[str, list[Bundle]]
    usage: dict[str, MemberUsage]
    reasons: dict[str, list[str]] = field(default_factory=dict)  # why a member has none

    @property
    def switch_months(self) -> list[int]:
        """Every candidate switch month: the epochs of the cross-line terms start at these."""
        return sorted({1} | {b.switch_month for bundles in self.bundles.values() for b in bundles})


def _allowed_tariffs(
    table: OfferTable, household: Household, member: Member, constraints: Constraints, staying: BoolArray
) -> BoolArray:
    """Which tariffs this member may take: eligible, on sale (or kept), within the constraints.

    Eligibility holds for a kept tariff too: the advice starts a new contract period, and a provider does not
    renew a plan its customer no longer qualifies for (docs/billing-rules.md).
    """
    allowed = np.array(
        [
            (staying[t] or table.valid_on_start[t]) and not eligibility_problems(member, tariff, household)
            for t, tariff in enumerate(table.tariffs)
        ],
        dtype=bool,
    )
    provider_ids = np.array(table.providers)[table.provider]
    for excluded in constraints.of_kind("exclude_provider"):
        allowed &= provider_ids != excluded
    for provider in constraints.of_kind("lock_provider", member.name):
        allowed &= provider_ids == provider
    ids = np.array([t.id for t in table.tariffs])
    for only in constraints.of_kind("only_tariffs"):
        allowed &= np.isin(ids, list(only))
    for tariff_id in constraints.of_kind("lock_tariff", member.name):
        allowed &= ids == tariff_id
    return allowed


def _useless_options(table: OfferTable, usage: MemberUsage, locked: set[str]) -> BoolArray:
    """Options that add only what this member never uses and no feature: they can only cost money."""
    # Per-minute billing charges each call's rounded minutes, which can be large when talk time is tiny.
    minutes = max(usage.minutes.max(), usage.minutes_per_call.max())
    peak: dict[Resource, float] = {
        "minutes": minutes,
        "sms": usage.sms.max(),
        "data_mb": usage.data_mb.max(),
        "intl_minutes": usage.intl_minutes.max(),
    }
    return np.array(
        [
            not o.features and o.id not in locked and not any(o.adds.get(r) > 0 and peak[r] > 0 for r in RESOURCES)
            for o in table.options
        ],
        dtype=bool,
    )


def _usage_costs(table: OfferTable, rows: IntArray, usage: MemberUsage, minutes_by_milp: BoolArray) -> FloatArray:
    """Out-of-bundle cost in each month (rows x months), as billing.py computes it month by month."""
    t = table.tariff_index[rows]
    cycles = table.cycles[t]
    f = cycles[:, None]  # rows x months, like the usage
    allowance, rate = table.allowance[rows], table.rate[t]
    with np.errstate(invalid="ignore"):
        billed = np.where(table.per_minute[t][:, None], usage.minutes_per_call[None, :], usage.minutes[None, :])
        minutes = np.maximum(0.0, billed - f * allowance[:, MINUTES, None]) * rate[:, MINUTES, None]
        cost = np.where(minutes_by_milp[:, None], 0.0, minutes)
        cost += np.maximum(0.0, usage.sms[None, :] - f * allowance[:, SMS, None]) * rate[:, SMS, None]
        cost += np.maximum(0.0, usage.intl_minutes[None, :] - f * allowance[:, INTL, None]) * rate[:, INTL, None]
        data = usage.data_mb[None, :]
        per_mb = np.maximum(0.0, data - f * allowance[:, DATA, None]) * rate[:, DATA, None]
        beyond = data / f - allowance[:, DATA, None]
        blocks = np.where(
            beyond > 0, np.ceil(np.maximum(beyond, 0.0) / table.block_mb[t][:, None] - BLOCK_TOLERANCE), 0.0
        )
        per_block = (cycles * rate[:, DATA])[:, None] * blocks
    mode = table.data_mode[t][:, None]
    data_cost = np.where(mode == PER_MB, per_mb, np.where(mode == PER_BLOCK, per_block, 0.0))
    return cost + np.where(table.pooled_data[t][:, None], 0.0, data_cost)


def _derived_features(table: OfferTable, rows: IntArray) -> dict[str, BoolArray]:
    t = table.tariff_index[rows]
    unlimited_data = np.isinf(table.allowance[rows, DATA])
    throttles = (unlimited_data & np.isfinite(table.fair_use_mb[t])) | (
        ~unlimited_data & (table.data_mode[t] == THROTTLE)
    )
    return {
        "unlimited_data": unlimited_data,
        "unlimited_minutes": np.isinf(table.allowance[rows, MINUTES]),
        "no_throttling": ~throttles,
    }


def _slows_down(table: OfferTable, rows: IntArray, usage: MemberUsage) -> BoolArray:
    """Would this member alone be slowed down, in each month (rows x months)? A shared pool is the MILP's."""
    t = table.tariff_index[rows]
    used = usage.data_mb[None, :] / table.cycles[t][:, None]
    allowance = table.allowance[rows, DATA]
    cap = np.where(
        np.isinf(allowance), table.fair_use_mb[t], np.where(table.data_mode[t] == THROTTLE, allowance, math.inf)
    )
    return (~table.pooled_data[t])[:, None] & (used > cap[:, None] + BLOCK_TOLERANCE)


def _sums(per_month: FloatArray) -> FloatArray:
    """Sums over months 1..n, n = 0..H, of each row."""
    return np.concatenate([np.zeros((per_month.shape[0], 1)), np.cumsum(per_month, axis=1)], axis=1)


def _has_features(table: OfferTable, rows: IntArray, required: set[str], derived: dict[str, BoolArray]) -> BoolArray:
    keep = np.ones(len(rows), dtype=bool)
    for feature in required:
        if feature in derived:
            keep &= derived[feature]
        else:
            keep &= np.array([feature in table.row_features(r) for r in rows], dtype=bool)
    return keep


def _cheapest_per_key(key: FloatArray, cost: FloatArray) -> IntArray:
    """Row positions of the cheapest row for each distinct key row."""
    order = np.lexsort((cost, *key.T[::-1]))
    ordered = key[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = np.any(ordered[1:] != ordered[:-1], axis=1)
    return order[first]


def _pareto_per_group(group: FloatArray, cost: FloatArray, with_discount: FloatArray) -> IntArray:
    """Positions not dominated within their group: another costs no more both with and without discounts."""
    order = np.lexsort((with_discount, cost, *group.T[::-1]))
    kept, previous, best = [], None, math.inf
    for position in order:
        key = group[position].tobytes()
        if key != previous:
            previous, best = key, math.inf
        if with_discount[position] < best - 1e-9:
            kept.append(position)
            best = with_discount[position]
    return np.array(kept, dtype=int)


@dataclass(frozen=True)
class _Current:
    """The member's current plan as it runs before a switch: its cost by month, priced as staying.

    Its data slowdowns before the switch do not matter: the household lives with them already, and the "no data
    slowdown" requirement is about the plans the advice has them take or keep (docs/billing-rules.md).
    """

    plan: Plan
    cost_before: FloatArray  # cost_before[k]: what months 1..k cost (k = 0..H), apart from cross-line terms
    fees: FloatArray  # fee x cycles per horizon month


def _row_of(table: OfferTable, tariff_index: int, option_ids: tuple[str, ...]) -> int | None:
    """The table row of one tariff with exactly these options, if the table has it."""
    wanted = np.zeros(len(table.options))
    index = {o.id: i for i, o in enumerate(table.options)}
    for option_id in option_ids:
        if option_id not in index:
            return None
        wanted[index[option_id]] += 1
    rows = np.flatnonzero((table.tariff_index == tariff_index) & np.all(table.counts == wanted, axis=1))
    return int(rows[0]) if len(rows) else None


def _on_net(table: OfferTable, rows: IntArray, calls_members: bool) -> BoolArray:
    t = table.tariff_index[rows]
    return ~np.isnan(table.on_net_price[t]) & calls_members & ~table.pooled_minutes[t]


def _plan(table: OfferTable, row: int, on_net: bool) -> Plan:
    t = int(table.tariff_index[row])
    return Plan(
        table.tariffs[t],
        table.combo(row),
        adds_data_mb=float(table.adds[row, DATA]),
        adds_minutes=float(table.adds[row, MINUTES]),
        on_net=on_net,
        minutes_allowance=float(table.cycles[t] * table.allowance[row, MINUTES]),
    )


def _current_plan(
    table: OfferTable,
    member: Member,
    usage: MemberUsage,
    calls_members: bool,
    roaming: Callable[[Member, Tariff], float],
) -> _Current | None:
    """The current plan, if the catalogue knows it (a plan known by its fee is a stand-in tariff by now)."""
    current = member.current
    ids = [t.id for t in table.tariffs]
    if current is None or current.tariff is None or current.tariff not in ids:
        return None
    t = ids.index(current.tariff)
    row = _row_of(table, t, current.options)
    if row is None:
        return None
    rows = np.array([row])
    on_net = _on_net(table, rows, calls_members)
    per_month = (
        table.fee_month[t]
        + np.diff(table.broadband_sum[t])
        + table.setup_fee[t] * usage.calls
        + table.option_fee[row] * table.cycles[t]
        + _usage_costs(table, rows, usage, on_net | table.pooled_minutes[table.tariff_index[rows]])[0]
        + roaming(member, table.tariffs[t])  # NaN (never a candidate) when the plan cannot price the travel
    )
    return _Current(
        _plan(table, row, bool(on_net[0])), np.concatenate([[0.0], np.cumsum(per_month)]), table.fee_month[t]
    )


def member_bundles(
    table: OfferTable, household: Household, member: Member, usage: MemberUsage, constraints: Constraints
) -> list[Bundle]:
    current_id = member.current.tariff if member.current else None
    staying = np.array([t.id == current_id for t in table.tariffs], dtype=bool)
    allowed = _allowed_tariffs(table, household, member, constraints, staying)
    locked = set(constraints.of_kind("lock_option", member.name))
    required = set(constraints.of_kind("lock_require", member.name)) | set(constraints.of_kind("require"))
    t_all = table.tariff_index
    keep = allowed[t_all]
    option_ids = [o.id for o in table.options]
    for option_id in locked:
        keep &= table.uses[:, option_ids.index(option_id)] if option_id in option_ids else False
    useless = _useless_options(table, usage, locked)
    keep &= ~(table.uses[:, useless].any(axis=1) & ~table.family[t_all])
    if constraints.of_kind("lock_switch_month", member.name):  # a switch month is locked: the member switches
        keep &= ~staying[t_all]
    rows = np.flatnonzero(keep)
    derived = _derived_features(table, rows)
    rows = rows[_has_features(table, rows, required, derived)]
    if not len(rows):
        return []
    horizon = household.horizon_months
    calls_members = any(v.sum() > 0 for k, v in usage.to_members.items() if k != member.name)
    on_net = _on_net(table, rows, calls_members)
    t = t_all[rows]
    minutes_by_milp = on_net | table.pooled_minutes[t]
    # per month from the contract's first month (new plans) or from month 1 (kept plans)
    per_month = (
        table.setup_fee[t][:, None] * usage.calls[None, :]
        + (table.option_fee[rows] * table.cycles[t])[:, None]
        + _usage_costs(table, rows, usage, minutes_by_milp)
    )
    from_month = _sums(per_month[:, ::-1])  # from_month[r, n]: the last n months
    slowed = np.zeros((len(rows), horizon), dtype=bool)
    if not household.allow_data_slowdown:
        slowed = _slows_down(table, rows, usage)
    slowed_from = _sums(slowed[:, ::-1].astype(float)) > 0
    current = _current_plan(table, member, usage, calls_members, roaming_per_month)
    # the phone and roaming, per tariff: neither touches another member
    catalogue = table.catalogue
    phones: dict[int, PhoneChoice | None] = {}
    roaming = np.zeros(len(table.tariffs))
    simple_phone = member.device_wish.keeps_phone and not constraints.of_kind("lock_phone", member.name)
    for ti in np.unique(t):  # most members keep their phone and stay at home: no work per tariff then
        tariff = table.tariffs[ti]
        phones[int(ti)] = KEEP if simple_phone else best_phone(member, tariff, household, catalogue, constraints)
        if member.roaming.travels:
            roaming[ti] = roaming_per_month(member, tariff)
    device = np.array([_phone_cost(phones[int(ti)]) for ti in t], dtype=float)
    possible = np.isfinite(device) & np.isfinite(roaming[t])  # a wish no choice meets; travel it cannot price
    bundles: list[Bundle] = []
    for month in switch_months(member, household, catalogue, constraints):
        if month > 1 and current is None:
            continue  # nothing to keep before a later switch: a member with no (known) current plan starts now
        n = horizon - month + 1  # the new contract's months within the horizon
        keep_s = possible & ~slowed_from[:, n]
        exit_cost = early_exit_cost(member, household, catalogue, month)
        if month > 1:
            keep_s &= ~staying[t]  # staying is one candidate, whatever the month
            if current is None or not math.isfinite(current.cost_before[month - 1]):
                continue
        cost = table.fee_sum[t, n] + table.broadband_sum[t, n] + from_month[:, n] + device + roaming[t] * n
        new = table.new_customer_sum[t, n] + table.activation_fee[t] + exit_cost
        cost = cost + np.where(staying[t], 0.0, new)
        if month > 1 and current is not None:
            cost = cost + current.cost_before[month - 1]
        positions = np.flatnonzero(keep_s)
        bundles += _pruned(
            table,
            member,
            rows[positions],
            cost[positions],
            on_net[positions],
            staying,
            _Switch(month, current if month > 1 else None, exit_cost, phones),
            horizon,
        )
    return bundles


def _phone_cost(choice: PhoneChoice | None) -> float:
    return math.inf if choice is None else choice.cost


@dataclass(frozen=True)
class _Switch:
    """What one switch month's bundles share: the month, the current plan before it, its exit cost, the phones."""

    month: int
    current: _Current | None
    exit_cost: float
    phones: dict[int, PhoneChoice | None]


def _pruned(
    table: OfferTable,
    member: Member,
    rows: IntArray,
    cost: FloatArray,
    on_net: BoolArray,
    staying: BoolArray,
    switch: _Switch,
    horizon: int,
) -> list[Bundle]:
    """The bundles of one switch month that can be optimal: prune those another beats in every household."""
    if not len(rows):
        return []
    month, current = switch.month, switch.current
    catalogue = table.catalogue
    t = table.tariff_index[rows]
    minutes_matter = on_net | table.pooled_minutes[t]
    n = horizon - month + 1
    # Options reach the cross-line terms only through what they add to a pool or to on-net minutes: among
    # one tariff's combinations alike in that, only the cheapest can be optimal.
    adds = table.adds[rows]
    zero = np.zeros(len(rows))
    key = np.column_stack(
        [t, np.where(table.pooled_data[t], adds[:, DATA], zero), np.where(minutes_matter, adds[:, MINUTES], zero)]
    )
    pick = _cheapest_per_key(key, cost)
    rows, t, cost, on_net = rows[pick], t[pick], cost[pick], on_net[pick]
    # Across a provider's tariffs, bundles alike in every cross-line term are interchangeable but for cost and
    # the percent multi-line discount on their fee: keep those no other beats on both. (All of one switch
    # month share the months before it. A price change makes a fee's share differ between epochs, where one
    # bound on the discount no longer decides: such tariffs are never pruned here, like family ones.)
    per_minute_allowance = table.cycles[t] * table.allowance[rows, MINUTES]
    tiers: dict[str, int] = {}
    tier = np.array(
        [
            tiers.setdefault(table.tariffs[i].tier or "", len(tiers))
            if _same_tier(catalogue, table.tariffs[i].provider)
            else -1
            for i in t
        ],
        dtype=float,
    )
    changes = np.array([bool(table.tariffs[i].price_changes) for i in t], dtype=bool)
    unique = np.where(table.family[t] | changes, np.arange(len(rows)), -1)
    group = np.column_stack(
        [
            table.provider[t],
            tier,
            unique,
            np.where(on_net, per_minute_allowance, -1.0),
            np.where(on_net, table.per_minute[t], -1),
            np.where(on_net, table.rate[t, MINUTES], -1.0),
            np.where(on_net, table.on_net_price[t], -1.0),
        ]
    )
    group = np.nan_to_num(group, posinf=1e300)
    top = np.array([_top_volume_share(catalogue, table.tariffs[i].provider) for i in t])
    survivors = _pareto_per_group(group, cost, cost - top * table.fee_sum[t, n])
    derived_kept = _derived_features(table, rows[survivors])
    bundles = []
    for k, position in enumerate(survivors):
        row, ti = rows[position], int(t[position])
        fees = np.zeros(horizon)
        if staying[ti]:
            fees = table.fee_month[ti].copy()
        else:
            fees[month - 1 :] = table.fee_month[ti, :n]
        if current is not None:
            fees[: month - 1] = current.fees[: month - 1]
        features = table.row_features(row) | {name for name, values in derived_kept.items() if values[k]}
        phone = switch.phones[ti] or KEEP
        bundles.append(
            Bundle(
                member.name,
                _plan(table, row, bool(on_net[position])),
                float(cost[position]),
                fees,
                frozenset(features),
                switch_month=1 if staying[ti] else month,
                before=None if current is None or staying[ti] else current.plan,
                staying=bool(staying[ti]),
                exit_cost=0.0 if staying[ti] else switch.exit_cost,
                phone=phone.phone,
                device_offer=None if phone.offer is None else phone.offer.id,
                device_cost=phone.cost,
            )
        )
    return bundles


def _same_tier(catalogue: Catalogue, provider_id: str) -> bool:
    provider = catalogue.providers.get(provider_id)
    return bool(provider and provider.multi_line and provider.multi_line.same_tier)


def _top_volume_share(catalogue: Catalogue, provider_id: str) -> float:
    provider = catalogue.providers.get(provider_id)
    if not provider or not provider.multi_line or not provider.multi_line.volume_discounts:
        return 0.0
    return max(v.percent for v in provider.multi_line.volume_discounts) / 100


def build_candidates(household: Household, catalogue: Catalogue, constraints: Constraints) -> Candidates:
    table = offer_table(catalogue, household)
    usage = {m.name: member_usage(household, m) for m in household.members}
    bundles, reasons = {}, {}
    for member in household.members:
        bundles[member.name] = member_bundles(table, household, member, usage[member.name], constraints)
        if not bundles[member.name]:
            reasons[member.name] = [_why_none(table, household, member, usage[member.name], constraints)]
    return Candidates(bundles, usage, reasons)


def _why_none(
    table: OfferTable, household: Household, member: Member, usage: MemberUsage, constraints: Constraints
) -> str:
    """Why a member has no candidate: the phone wish or the travel, when without it one would fit."""
    wish, travel = member.device_wish, member.roaming
    if not wish.keeps_phone and member_bundles(
        table, household, replace(member, device_wish=DeviceWish()), usage, constraints
    ):
        models = ", ".join(wish.models)
        budget = (
            ""
            if wish.max_upfront is None
            else _(" for at most {amount} upfront").format(amount=money(wish.max_upfront, table.catalogue.currency))
        )
        return _(
            "no tariff fits {name} with the wished phone ({models}){budget}: widen the models or the budget"
        ).format(name=member.name, models=models, budget=budget)
    if travel.travels and member_bundles(table, household, replace(member, roaming=Roaming()), usage, constraints):
        return _("no tariff fits {name} that has roaming prices for every zone {name} travels to").format(
            name=member.name
        )
    return _("no tariff fits {name} under these constraints").format(name=member.name)
