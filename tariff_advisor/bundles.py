"""Candidate bundles for the optimiser: each member's possible tariff + options, with exact costs.

A bundle's `constant` is everything its member pays on it that does not depend on
the other members: fees, options, promotions, one-time fees, and out-of-bundle use
that no cross-line rule touches. The cross-line parts (family pools, on-net calls,
multi-line discounts) are left to the MILP. The arithmetic mirrors billing.py,
vectorised over bundles x months; the property tests check the two agree.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np

from .assignment import availability_problems, eligibility_problems, is_staying
from .billing import BLOCK_TOLERANCE, cashback_counts, promotion_credit
from .catalogue import Catalogue, Option, Tariff
from .catalogue_schema import CashbackPromotion
from .constraints import Constraints
from .household import Household, Member

RESOURCES = ("minutes", "sms", "data_mb", "intl_minutes")


@dataclass(frozen=True)
class MemberUsage:
    """A member's usage in each month of the horizon, as arrays (index 0 is month 1)."""

    minutes: np.ndarray
    minutes_per_call: np.ndarray  # as per-minute billing counts it
    calls: np.ndarray
    sms: np.ndarray
    data_mb: np.ndarray
    intl_minutes: np.ndarray
    to_members: dict[str, np.ndarray]

    def billed(self, voice: str) -> np.ndarray:
        return self.minutes if voice == "per_second" else self.minutes_per_call


def member_usage(household: Household, member: Member) -> MemberUsage:
    months = [household.usage(member, m) for m in range(1, household.horizon_months + 1)]
    arr = lambda f: np.array([f(u) for u in months], dtype=float)
    others = {name for u in months for name in u.to_members}
    return MemberUsage(
        minutes=arr(lambda u: u.minutes), minutes_per_call=arr(lambda u: u.billed_minutes("per_minute")),
        calls=arr(lambda u: u.calls), sms=arr(lambda u: u.sms), data_mb=arr(lambda u: u.data_mb),
        intl_minutes=arr(lambda u: u.intl_minutes),
        to_members={name: arr(lambda u, n=name: u.to_members.get(n, 0.0)) for name in sorted(others)},
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

    def to_choice(self) -> dict:
        return {"tariff": self.tariff.id, "options": [o.id for o in self.options]}


@dataclass
class Candidates:
    """Every member's bundles, and the usage they were costed on."""

    bundles: dict[str, list[Bundle]]
    usage: dict[str, MemberUsage]
    reasons: dict[str, list[str]] = field(default_factory=dict)  # why a member has none


def _option_combos(tariff: Tariff, options: list[Option], limit: int = 4096):
    ranges = [range(o.max_count + 1) for o in options]
    for counts in itertools.islice(itertools.product(*ranges), limit):
        yield tuple(o for o, n in zip(options, counts) for _ in range(n))


def _useful_options(catalogue: Catalogue, tariff: Tariff, usage: MemberUsage, locked: set[str]) -> list[Option]:
    """Options that could lower the bill or add a feature; the rest only cost money."""
    used = {"minutes": usage.minutes.max(), "sms": usage.sms.max(), "data_mb": usage.data_mb.max(),
            "intl_minutes": usage.intl_minutes.max()}
    pooled = tariff.family_plan is not None
    useful = []
    for option in map(catalogue.option, catalogue.options_for(tariff.id)):
        helps = any(option.adds.get(r) > 0 and (used[r] > 0 or pooled) for r in RESOURCES)
        if helps or option.features or option.id in locked:
            useful.append(option)
    return useful


def _features(catalogue: Catalogue, tariff: Tariff, options, allowance: dict[str, float]) -> frozenset[str]:
    features = set(tariff.features)
    for option in options:
        features |= option.features
    plan = catalogue.family_plans.get(tariff.family_plan) if tariff.family_plan else None
    data_mode = tariff.rates.data.mode
    if plan is not None and plan.pool_data_mb is not None:
        data_mode = plan.rates.data.mode
    if allowance["data_mb"] == math.inf:
        features.add("unlimited_data")
    if allowance["minutes"] == math.inf:
        features.add("unlimited_minutes")
    unlimited_data = allowance["data_mb"] == math.inf
    throttles = (unlimited_data and tariff.fair_use_mb is not None) or (not unlimited_data and data_mode == "throttle")
    if not throttles:
        features.add("no_throttling")
    return frozenset(features)


def _slows_down(tariff: Tariff, plan, allowance: dict[str, float], usage: MemberUsage) -> bool:
    """True if this member alone would be slowed down in some month (a shared pool is the MILP's to check)."""
    if plan is not None and plan.pool_data_mb is not None:
        return False
    if allowance["data_mb"] == math.inf:
        cap = tariff.fair_use_mb
    else:
        cap = allowance["data_mb"] if tariff.rates.data.mode == "throttle" else None
    return cap is not None and bool((usage.data_mb / tariff.cycles_per_month > cap + BLOCK_TOLERANCE).any())


def _allowance(catalogue: Catalogue, tariff: Tariff, options) -> dict[str, float]:
    """Per-cycle allowance with options; a family pool's size stands in for pooled resources."""
    out = {r: tariff.allowance.get(r) + sum(o.adds.get(r) for o in options) for r in RESOURCES}
    plan = catalogue.family_plans.get(tariff.family_plan) if tariff.family_plan else None
    if plan is not None:
        if plan.pool_data_mb is not None:
            out["data_mb"] = plan.pool_data_mb + sum(o.adds.data_mb for o in options)
        if plan.pool_minutes is not None:
            out["minutes"] = plan.pool_minutes + sum(o.adds.minutes for o in options)
    return out


def _tariff_constant(household: Household, catalogue: Catalogue, member: Member, usage: MemberUsage,
                     tariff: Tariff) -> tuple[float, float]:
    """(fees, promotions, one-time, broadband and set-up over the horizon; fee x cycles over the horizon)."""
    months = range(1, household.horizon_months + 1)
    cycles = tariff.cycles_per_month
    fees = [tariff.fee_in_month(m) for m in months]
    fee_total = sum(fee * cycles for fee in fees)
    total = fee_total
    staying = is_staying(member, tariff)
    if not staying:
        promotions = tariff.promotions_on(household.contract_start)
        total -= sum(promotion_credit(tariff, m, promotions) for m in months)
        total -= sum(p.amount for p in promotions if isinstance(p, CashbackPromotion)
                     and p.paid_in_month <= household.horizon_months and cashback_counts(p, household))
        total += tariff.activation_fee
        if member.current is not None and member.current.months_left > 0:
            total += member.current.exit_fee
    provider = catalogue.providers.get(tariff.provider)
    rule = provider.broadband_discount if provider else None
    if rule is not None and household.home_broadband_provider == tariff.provider:
        total -= sum(rule.amount if rule.amount is not None else fee * rule.percent / 100 * cycles for fee in fees)
    total += usage.calls.sum() * tariff.setup_fee_per_call
    return total, fee_total


def _usage_costs(tariff: Tariff, catalogue: Catalogue, usage: MemberUsage, allowances: np.ndarray,
                 on_net: bool) -> np.ndarray:
    """Out-of-bundle cost over the horizon for each row of per-cycle allowances (rows x 4)."""
    f, r = tariff.cycles_per_month, tariff.rates
    plan = catalogue.family_plans.get(tariff.family_plan) if tariff.family_plan else None
    cost = np.zeros(allowances.shape[0])

    def over(used: np.ndarray, column: int) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            return np.maximum(0.0, used[None, :] - f * allowances[:, column][:, None]).sum(axis=1)

    if not on_net and (plan is None or plan.pool_minutes is None):
        cost += over(usage.billed(tariff.voice), 0) * r.minute
    cost += over(usage.sms, 1) * r.sms
    cost += over(usage.intl_minutes, 3) * r.intl_minute
    if (plan is None or plan.pool_data_mb is None) and r.data.mode != "throttle":
        if r.data.mode == "per_mb":
            cost += over(usage.data_mb, 2) * r.data.price
        else:
            beyond = usage.data_mb[None, :] / f - allowances[:, 2][:, None]
            blocks = np.where(beyond > 0, np.ceil(np.maximum(beyond, 0) / r.data.block_mb - BLOCK_TOLERANCE), 0.0)
            cost += f * r.data.price * blocks.sum(axis=1)
    return cost


def _tariff_allowed(household, member, tariff, constraints: Constraints, day) -> bool:
    name = member.name
    staying = is_staying(member, tariff)
    if not staying and (availability_problems(tariff, day) or eligibility_problems(member, tariff, household)):
        return False
    if tariff.provider in constraints.of_kind("exclude_provider"):
        return False
    only = constraints.of_kind("only_tariffs")
    if any(tariff.id not in allowed for allowed in only):
        return False
    if any(tariff.provider != p for p in constraints.of_kind("lock_provider", name)):
        return False
    return all(tariff.id == t for t in constraints.of_kind("lock_tariff", name))


def member_bundles(household: Household, catalogue: Catalogue, member: Member, usage: MemberUsage,
                   constraints: Constraints) -> list[Bundle]:
    day = household.contract_start
    locked_options = set(constraints.of_kind("lock_option", member.name))
    required = set(constraints.of_kind("lock_require", member.name)) | set(constraints.of_kind("require"))
    calls_members = any(v.sum() > 0 for k, v in usage.to_members.items() if k != member.name)
    bundles: list[Bundle] = []
    for tariff in catalogue.tariffs:
        if not _tariff_allowed(household, member, tariff, constraints, day):
            continue
        if not locked_options <= set(catalogue.options_for(tariff.id)):
            continue
        plan = catalogue.family_plans.get(tariff.family_plan) if tariff.family_plan else None
        on_net = tariff.on_net_minute_price is not None and calls_members and (plan is None or plan.pool_minutes is None)
        combos = [c for c in _option_combos(tariff, _useful_options(catalogue, tariff, usage, locked_options))
                  if locked_options <= {o.id for o in c}]
        if not combos:
            continue
        allowance_rows = [_allowance(catalogue, tariff, c) for c in combos]
        matrix = np.array([[a[r] for r in RESOURCES] for a in allowance_rows], dtype=float)
        usage_cost = _usage_costs(tariff, catalogue, usage, matrix, on_net)
        base, fee_total = _tariff_constant(household, catalogue, member, usage, tariff)
        option_months = household.horizon_months * tariff.cycles_per_month
        # Options reach the cross-line terms only through what they add to a pool or to on-net minutes,
        # so among combinations alike in that (and in features) only the cheapest can be optimal.
        pooled_data = plan is not None and plan.pool_data_mb is not None
        minutes_matter = on_net or (plan is not None and plan.pool_minutes is not None)
        best: dict[tuple, Bundle] = {}
        for combo, allowance, extra in zip(combos, allowance_rows, usage_cost):
            features = _features(catalogue, tariff, combo, allowance)
            if not required <= features:
                continue
            if not household.allow_data_slowdown and _slows_down(tariff, plan, allowance, usage):
                continue
            constant = base + extra + sum(o.monthly_fee for o in combo) * option_months
            bundle = Bundle(member.name, tariff, combo, constant, fee_total, features,
                            adds_data_mb=sum(o.adds.data_mb for o in combo),
                            adds_minutes=sum(o.adds.minutes for o in combo), on_net=on_net,
                            minutes_allowance=tariff.cycles_per_month * allowance["minutes"])
            key = (features, bundle.adds_data_mb if pooled_data else 0.0, bundle.adds_minutes if minutes_matter else 0.0)
            if key not in best or constant < best[key].constant:
                best[key] = bundle
        bundles += best.values()
    return _drop_dominated_features(bundles)


def _drop_dominated_features(bundles: list[Bundle]) -> list[Bundle]:
    """Of one tariff's plain bundles, drop those costing more than one with at least the same features."""
    by_tariff: dict[str, list[Bundle]] = {}
    for bundle in bundles:
        by_tariff.setdefault(bundle.tariff.id, []).append(bundle)
    kept = []
    for group in by_tariff.values():
        if group[0].on_net or group[0].tariff.family_plan:
            kept += group
            continue
        # feature sets within a plain group are distinct (one cheapest bundle each): dominance is a strict superset
        kept += [b for b in group if not any(o.features > b.features and o.constant <= b.constant for o in group)]
    return kept


def build_candidates(household: Household, catalogue: Catalogue, constraints: Constraints) -> Candidates:
    usage = {m.name: member_usage(household, m) for m in household.members}
    bundles, reasons = {}, {}
    for member in household.members:
        bundles[member.name] = member_bundles(household, catalogue, member, usage[member.name], constraints)
        if not bundles[member.name]:
            reasons[member.name] = [f"no tariff fits {member.name} under these constraints"]
    return Candidates(bundles, usage, reasons)
