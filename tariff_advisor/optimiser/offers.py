"""Every tariff x option combination of a catalogue, as arrays, for the optimiser.

Everything here is the same for every member of a household, so it is computed once
per (catalogue, horizon, start date, cashback, home broadband) and cached: the
explanations solve many variants of one household in a row.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tariff_advisor.billing.engine import cashback_counts, fee_in_month, promotion_credit
from tariff_advisor.catalogue.model import DATA, INTL, MINUTES, RESOURCES, SMS, Catalogue, Option, Tariff
from tariff_advisor.catalogue.schema import CashbackPromotion, DataMode
from tariff_advisor.household.model import Household

DATA_MODES: tuple[DataMode, ...] = ("per_mb", "per_block", "throttle")
MAX_COMBINATIONS_PER_TARIFF = 4096

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]
BoolArray = npt.NDArray[np.bool_]


@dataclass
class OfferTable:
    catalogue: Catalogue
    tariffs: list[Tariff]
    options: list[Option]
    providers: list[str]
    # per tariff (T)
    cycles: FloatArray
    per_minute: BoolArray  # voice billed per started minute
    setup_fee: FloatArray
    rate: FloatArray  # T x RESOURCES (columns MINUTES, SMS, DATA, INTL): the price beyond the allowance
    data_mode: IntArray  # index into DATA_MODES (the pool's for pooled data)
    block_mb: FloatArray
    pooled_data: BoolArray
    pooled_minutes: BoolArray
    fair_use_mb: FloatArray  # inf where none
    on_net_price: FloatArray  # nan where none
    family: BoolArray
    provider: IntArray  # index into providers
    # Per tariff and number of contract months n = 0..H (T x (H+1)): sums over the first n months of a contract.
    # A new contract starting in horizon month s runs H - s + 1 months; a kept one runs from month 1, and so do
    # the current plan's months before a switch (staying counts its months from 1, docs/billing-rules.md).
    fee_sum: FloatArray  # fee x cycles
    new_customer_sum: FloatArray  # promotions and cashback (negative; not for a member who stays)
    broadband_sum: FloatArray  # the household's broadband discount (negative)
    activation_fee: FloatArray  # paid in the contract's first month (not for a member who stays)
    fee_month: FloatArray  # T x H: fee x cycles in contract month k + 1 (what percent multi-line discounts apply to)
    valid_on_start: BoolArray
    # per row (R): one tariff with one combination of its options
    tariff_index: IntArray
    counts: FloatArray  # R x options: how many of each option the row takes
    uses: BoolArray  # R x options
    allowance: FloatArray  # R x RESOURCES per cycle, with options; a family pool's size for pooled resources
    adds: FloatArray  # R x RESOURCES: what the options add
    option_fee: FloatArray  # per cycle
    option_features: list[frozenset[str]]

    def row_features(self, row: int) -> frozenset[str]:
        return self.tariffs[int(self.tariff_index[row])].features | self.option_features[row]

    def combo(self, row: int) -> tuple[Option, ...]:
        return tuple(o for o, n in zip(self.options, self.counts[row], strict=False) for _ in range(int(n)))


# (catalogue id, horizon, start, cashback, broadband provider): the household facts the table depends on
_CacheKey = tuple[int, int, dt.date, bool, str | None]
_CACHE: OrderedDict[_CacheKey, OfferTable] = OrderedDict()


def offer_table(catalogue: Catalogue, household: Household) -> OfferTable:
    key: _CacheKey = (
        id(catalogue),
        household.horizon_months,
        household.contract_start,
        household.claim_cashback,
        household.home_broadband_provider,
    )
    hit = _CACHE.get(key)
    if hit is not None and hit.catalogue is catalogue:
        _CACHE.move_to_end(key)
        return hit
    table = _build(catalogue, household)
    _CACHE[key] = table
    while len(_CACHE) > 8:
        _CACHE.popitem(last=False)
    return table


def _tariff_terms(
    catalogue: Catalogue, household: Household, tariff: Tariff
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(fee, new-customer terms, broadband discount) in each contract month 1..H, as billing.py counts them."""
    months = range(1, household.horizon_months + 1)
    cycles = tariff.cycles_per_month
    if tariff.price_changes:
        fees = [fee_in_month(tariff, m) for m in months]
    else:
        fees = [tariff.monthly_fee] * household.horizon_months
    promotions = tariff.promotions_on(household.contract_start)
    new = np.array([-promotion_credit(tariff, m, promotions) for m in months]) if promotions else np.zeros(len(fees))
    for p in promotions:
        if (
            isinstance(p, CashbackPromotion)
            and p.paid_in_month <= household.horizon_months
            and cashback_counts(p, household)
        ):
            new[p.paid_in_month - 1] -= p.amount
    provider = catalogue.providers.get(tariff.provider)
    rule = provider.broadband_discount if provider else None
    broadband = np.zeros(len(fees))
    if rule is not None and household.home_broadband_provider == tariff.provider:
        broadband = -np.array([rule.per_month(fee, cycles) for fee in fees])
    return np.array(fees, dtype=float) * cycles, new, broadband


def _sums(per_month: FloatArray) -> FloatArray:
    """Sums over the first n months, n = 0..H, for each row."""
    return np.concatenate([np.zeros((per_month.shape[0], 1)), np.cumsum(per_month, axis=1)], axis=1)


def _build(catalogue: Catalogue, household: Household) -> OfferTable:
    tariffs, options = list(catalogue.tariffs), list(catalogue.options)
    option_index = {o.id: i for i, o in enumerate(options)}
    providers = sorted(catalogue.providers)
    provider_index = {p: i for i, p in enumerate(providers)}
    n_tariffs = len(tariffs)
    cols = {name: np.zeros(n_tariffs) for name in ("cycles", "setup_fee", "block_mb", "activation")}
    horizon = household.horizon_months
    fee_month, new_month, broadband_month = (np.zeros((n_tariffs, horizon)) for _ in range(3))
    flags = {
        name: np.zeros(n_tariffs, dtype=bool)
        for name in ("per_minute", "pooled_data", "pooled_minutes", "family", "valid")
    }
    rate, data_mode = np.zeros((n_tariffs, len(RESOURCES))), np.zeros(n_tariffs, dtype=int)
    fair_use, on_net, provider = (
        np.full(n_tariffs, math.inf),
        np.full(n_tariffs, math.nan),
        np.zeros(n_tariffs, dtype=int),
    )
    tariff_blocks: list[IntArray] = []
    count_blocks: list[FloatArray] = []
    base_blocks: list[FloatArray] = []
    day = household.contract_start
    for t, tariff in enumerate(tariffs):
        plan = catalogue.family_plans.get(tariff.family_plan) if tariff.family_plan else None
        cols["cycles"][t] = tariff.cycles_per_month
        cols["setup_fee"][t] = tariff.setup_fee_per_call
        flags["per_minute"][t] = tariff.voice == "per_minute"
        flags["family"][t] = plan is not None
        flags["pooled_data"][t] = plan is not None and plan.pool_data_mb is not None
        flags["pooled_minutes"][t] = plan is not None and plan.pool_minutes is not None
        flags["valid"][t] = tariff.is_valid_on(day)
        r = tariff.rates
        rate[t, MINUTES], rate[t, SMS], rate[t, DATA], rate[t, INTL] = r.minute, r.sms, r.data.price, r.intl_minute
        pool_data_mb = plan.pool_data_mb if plan is not None else None
        pool_minutes = plan.pool_minutes if plan is not None else None
        mode = plan.rates.data.mode if plan is not None and pool_data_mb is not None else r.data.mode
        data_mode[t] = DATA_MODES.index(mode)
        cols["block_mb"][t] = r.data.block_mb
        if tariff.fair_use_mb is not None:
            fair_use[t] = tariff.fair_use_mb
        if tariff.on_net_minute_price is not None:
            on_net[t] = tariff.on_net_minute_price
        provider[t] = provider_index[tariff.provider]
        fee_month[t], new_month[t], broadband_month[t] = _tariff_terms(catalogue, household, tariff)
        cols["activation"][t] = tariff.activation_fee
        base = np.array([tariff.allowance.get(res) for res in RESOURCES])
        if pool_data_mb is not None:
            base[DATA] = pool_data_mb
        if pool_minutes is not None:
            base[MINUTES] = pool_minutes
        accepted = [option_index[o] for o in catalogue.options_for(tariff.id)]
        ranges = [range(options[i].max_count + 1) for i in accepted]
        combos = list(itertools.islice(itertools.product(*ranges), MAX_COMBINATIONS_PER_TARIFF))
        counts = np.zeros((len(combos), len(options)))
        if accepted:
            counts[:, accepted] = np.array(combos, dtype=float)
        tariff_blocks.append(np.full(len(combos), t))
        count_blocks.append(counts)
        base_blocks.append(np.repeat(base[None, :], len(combos), axis=0))
    counts = np.vstack(count_blocks) if count_blocks else np.zeros((0, len(options)))
    uses = counts > 0
    raw_adds = np.array([[o.adds.get(res) for res in RESOURCES] for o in options], dtype=float).reshape(
        len(options), len(RESOURCES)
    )
    unlimited = np.isinf(raw_adds)
    adds = counts @ np.where(unlimited, 0.0, raw_adds)
    adds[uses @ unlimited] = math.inf  # 0 x inf would be NaN: unlimited is a mask, not a product
    option_features = [frozenset[str]().union(*(options[i].features for i in np.flatnonzero(row))) for row in uses]
    return OfferTable(
        catalogue=catalogue,
        tariffs=tariffs,
        options=options,
        providers=providers,
        cycles=cols["cycles"],
        per_minute=flags["per_minute"],
        setup_fee=cols["setup_fee"],
        rate=rate,
        data_mode=data_mode,
        block_mb=cols["block_mb"],
        pooled_data=flags["pooled_data"],
        pooled_minutes=flags["pooled_minutes"],
        fair_use_mb=fair_use,
        on_net_price=on_net,
        family=flags["family"],
        provider=provider,
        fee_sum=_sums(fee_month),
        new_customer_sum=_sums(new_month),
        broadband_sum=_sums(broadband_month),
        activation_fee=cols["activation"],
        fee_month=fee_month,
        valid_on_start=flags["valid"],
        tariff_index=np.concatenate(tariff_blocks).astype(int) if tariff_blocks else np.zeros(0, dtype=int),
        counts=counts,
        uses=uses,
        allowance=(np.vstack(base_blocks) if base_blocks else np.zeros((0, len(RESOURCES)))) + adds,
        adds=adds,
        option_fee=counts @ np.array([o.monthly_fee for o in options], dtype=float),
        option_features=option_features,
    )
