"""Candidate bundles for the optimiser: each member's possible tariff + options, with exact costs.

A bundle's `constant` is everything its member pays on it that does not depend on
the other members: fees, options, promotions, one-time fees, and out-of-bundle use
that no cross-line rule touches. The cross-line parts (family pools, on-net calls,
multi-line discounts) are left to the MILP. The arithmetic mirrors billing.py,
vectorised over bundles x months; the property tests check the two agree.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from tariff_advisor.billing.assignment import PlanChoice, eligibility_problems
from tariff_advisor.billing.engine import BLOCK_TOLERANCE
from tariff_advisor.catalogue.model import DATA, INTL, MINUTES, RESOURCES, SMS, Catalogue, Option, Resource, Tariff
from tariff_advisor.catalogue.schema import VoiceBilling
from tariff_advisor.household.model import Household, Member, MonthlyUsage
from tariff_advisor.optimiser.constraints import Constraints
from tariff_advisor.optimiser.offers import DATA_MODES, BoolArray, FloatArray, IntArray, OfferTable, offer_table

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
class Bundle:
    member: str
    tariff: Tariff
    options: tuple[Option, ...]
    constant: float
    fee_total: float  # sum over the horizon of fee x cycles: what percent multi-line discounts apply to
    features: frozenset[str]
    adds_data_mb: float = 0.0  # what the options add (to a family pool)
    adds_minutes: float = 0.0
    on_net: bool = False  # minutes charged through the MILP's on-net terms
    minutes_allowance: float = 0.0  # per month (cycles x per-cycle allowance), for on-net terms

    @property
    def provider(self) -> str:
        return self.tariff.provider

    def to_choice(self) -> PlanChoice:
        return {"tariff": self.tariff.id, "options": [o.id for o in self.options]}


@dataclass
class Candidates:
    """Every member's bundles, and the usage they were costed on."""

    bundles: dict[str, list[Bundle]]
    usage: dict[str, MemberUsage]
    reasons: dict[str, list[str]] = field(default_factory=dict)  # why a member has none


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
    """Out-of-bundle cost over the horizon for each row, as billing.py computes it month by month."""
    t = table.tariff_index[rows]
    cycles = table.cycles[t]
    f = cycles[:, None]  # rows x months, like the usage
    allowance, rate = table.allowance[rows], table.rate[t]
    with np.errstate(invalid="ignore"):
        billed = np.where(table.per_minute[t][:, None], usage.minutes_per_call[None, :], usage.minutes[None, :])
        minutes = np.maximum(0.0, billed - f * allowance[:, MINUTES, None]).sum(axis=1) * rate[:, MINUTES]
        cost = np.where(minutes_by_milp, 0.0, minutes)
        cost += np.maximum(0.0, usage.sms[None, :] - f * allowance[:, SMS, None]).sum(axis=1) * rate[:, SMS]
        cost += np.maximum(0.0, usage.intl_minutes[None, :] - f * allowance[:, INTL, None]).sum(axis=1) * rate[:, INTL]
        data = usage.data_mb[None, :]
        per_mb = np.maximum(0.0, data - f * allowance[:, DATA, None]).sum(axis=1) * rate[:, DATA]
        beyond = data / f - allowance[:, DATA, None]
        blocks = np.where(
            beyond > 0, np.ceil(np.maximum(beyond, 0.0) / table.block_mb[t][:, None] - BLOCK_TOLERANCE), 0.0
        )
        per_block = (cycles * rate[:, DATA]) * blocks.sum(axis=1)
    mode = table.data_mode[t]
    data_cost = np.where(mode == PER_MB, per_mb, np.where(mode == PER_BLOCK, per_block, 0.0))
    return cost + np.where(table.pooled_data[t], 0.0, data_cost)


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
    """Would this member alone be slowed down in some month? (A shared pool is the MILP's to check.)"""
    t = table.tariff_index[rows]
    peak = float(usage.data_mb.max()) / table.cycles[t]
    allowance = table.allowance[rows, DATA]
    cap = np.where(
        np.isinf(allowance), table.fair_use_mb[t], np.where(table.data_mode[t] == THROTTLE, allowance, math.inf)
    )
    return ~table.pooled_data[t] & (peak > cap + BLOCK_TOLERANCE)


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


def member_bundles(
    table: OfferTable, household: Household, member: Member, usage: MemberUsage, constraints: Constraints
) -> list[Bundle]:
    catalogue = table.catalogue
    current = member.current.tariff if member.current else None
    staying = np.array([t.id == current for t in table.tariffs], dtype=bool)
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
    rows = np.flatnonzero(keep)
    if not household.allow_data_slowdown:
        rows = rows[~_slows_down(table, rows, usage)]
    derived = _derived_features(table, rows)
    rows = rows[_has_features(table, rows, required, derived)]
    if not len(rows):
        return []
    t = t_all[rows]
    calls_members = any(v.sum() > 0 for k, v in usage.to_members.items() if k != member.name)
    on_net = ~np.isnan(table.on_net_price[t]) & calls_members & ~table.pooled_minutes[t]
    minutes_by_milp = on_net | table.pooled_minutes[t]
    exit_fee = member.current.exit_fee if member.current is not None and member.current.months_left > 0 else 0.0
    switching = np.where(staying[t], 0.0, table.new_customer[t] + exit_fee)
    horizon = household.horizon_months
    cost = (
        table.fee_total[t]
        + switching
        + table.broadband[t]
        + table.setup_fee[t] * usage.calls.sum()
        + table.option_fee[rows] * horizon * table.cycles[t]
        + _usage_costs(table, rows, usage, minutes_by_milp)
    )
    # Options reach the cross-line terms only through what they add to a pool or to on-net minutes: among
    # one tariff's combinations alike in that, only the cheapest can be optimal.
    adds = table.adds[rows]
    zero = np.zeros(len(rows))
    minutes_matter = minutes_by_milp
    key = np.column_stack(
        [t, np.where(table.pooled_data[t], adds[:, DATA], zero), np.where(minutes_matter, adds[:, MINUTES], zero)]
    )
    pick = _cheapest_per_key(key, cost)
    rows, t, cost, on_net, minutes_matter = rows[pick], t[pick], cost[pick], on_net[pick], minutes_matter[pick]
    # Across a provider's tariffs, bundles alike in every cross-line term are interchangeable but for cost and
    # the percent multi-line discount on their fee: keep those no other beats on both.
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
    unique = np.where(table.family[t], np.arange(len(rows)), -1)  # family bundles are never pruned here
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
    survivors = _pareto_per_group(group, cost, cost - top * table.fee_total[t])
    derived_kept = _derived_features(table, rows[survivors])
    bundles = []
    for k, position in enumerate(survivors):
        row, tariff = rows[position], table.tariffs[t[position]]
        features = table.row_features(row) | {name for name, values in derived_kept.items() if values[k]}
        bundles.append(
            Bundle(
                member.name,
                tariff,
                table.combo(row),
                float(cost[position]),
                float(table.fee_total[t[position]]),
                frozenset(features),
                adds_data_mb=float(table.adds[row, DATA]),
                adds_minutes=float(table.adds[row, MINUTES]),
                on_net=bool(on_net[position]),
                minutes_allowance=float(per_minute_allowance[position]),
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
            reasons[member.name] = [f"no tariff fits {member.name} under these constraints"]
    return Candidates(bundles, usage, reasons)
