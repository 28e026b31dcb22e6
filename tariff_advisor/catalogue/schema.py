"""The provider file format, as a validated schema (see docs/catalogue-format.md).

One YAML file per provider. Units are in the field names: money in the
catalogue's currency, data in GB (1 GB = 1024 MB) or MB where it says so,
minutes and SMS as counts. "unlimited" is accepted wherever an allowance is.
Unknown keys are errors, so a typo never silently drops a price.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from tariff_advisor.io.yamlio import MAX_MONEY, STRICT_FILE, Money

FORMAT_VERSION: Final = 1
MB_PER_GB = 1024

TariffKind = Literal["contract", "sim_only", "prepaid"]
BillingCycle = Literal["month", "28_days"]
VoiceBilling = Literal["per_second", "per_minute"]  # per started second, or each call rounded up to a minute
DataMode = Literal["per_mb", "per_block", "throttle"]  # what data beyond the allowance costs
UnlimitedResource = Literal["minutes", "sms", "data", "intl_minutes"]  # what an option can make unlimited

# The ranges (docs/catalogue-format.md, "Ranges"): every number is finite and within them.
MAX_QUANTITY: Final = 1_000_000  # minutes, SMS or GB in an allowance, a pool or an option
MAX_BLOCK_MB: Final = 1024 * 1024  # a data block of at most 1 TB
MAX_MONTH: Final = 120  # a contract month (promotions, price changes, cashback); horizons are at most 60
MAX_LINES: Final = 100  # line numbers in multi-line discounts

__all__ = ["MAX_MONEY", "Money"]  # re-exported: the catalogue's money is the files' money

Quantity = Annotated[float, Field(ge=0, le=MAX_QUANTITY)]
Allowance = Quantity | Literal["unlimited"]
Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=80)]
Feature = Annotated[str, Field(pattern=r"^[a-z0-9_]+$", max_length=40)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
Text = Annotated[str, Field(max_length=2000)]  # sources, websites
Month = Annotated[int, Field(ge=1, le=MAX_MONTH)]
Percent = Annotated[float, Field(gt=0, le=100)]


def allowance_value(value: Allowance | None, scale: float = 1.0) -> float:
    """An allowance as a number: unlimited is infinity, absent is zero."""
    if value is None:
        return 0.0
    if value == "unlimited":
        return math.inf
    return float(value) * scale


class Strict(BaseModel):
    model_config = ConfigDict(**STRICT_FILE, frozen=True)


class Billing(Strict):
    cycle: BillingCycle = "month"
    voice: VoiceBilling = "per_second"
    setup_fee_per_call: Money = 0.0


class DataOverage(Strict):
    """What data beyond the allowance costs."""

    mode: DataMode
    price: Money = 0.0  # per MB (per_mb) or per started block (per_block)
    block_mb: Annotated[float, Field(gt=0, le=MAX_BLOCK_MB)] = MB_PER_GB

    @model_validator(mode="after")
    def _price_needed(self) -> DataOverage:
        if self.mode != "throttle" and self.price <= 0:
            raise ValueError(f"data mode '{self.mode}' needs a price greater than 0")
        return self


class OutOfBundle(Strict):
    minute: Money = 0.0
    sms: Money = 0.0
    intl_minute: Money = 0.0
    data: DataOverage = DataOverage(mode="throttle")


class OutOfBundlePatch(Strict):
    """Provider defaults and tariff overrides: any subset of OutOfBundle."""

    minute: Money | None = None
    sms: Money | None = None
    intl_minute: Money | None = None
    data: DataOverage | None = None


class BillingPatch(Strict):
    cycle: BillingCycle | None = None
    voice: VoiceBilling | None = None
    setup_fee_per_call: Money | None = None


class Allowances(Strict):
    """Per billing cycle. Absent means none included."""

    minutes: Allowance | None = None
    sms: Allowance | None = None
    data_gb: Allowance | None = None
    intl_minutes: Allowance | None = None
    fair_use_gb: Annotated[float, Field(gt=0, le=MAX_QUANTITY)] | None = None  # throttled beyond, no charge


class Eligibility(Strict):
    min_age: Annotated[int, Field(ge=0, le=130)] | None = None
    max_age: Annotated[int, Field(ge=0, le=130)] | None = None
    student: bool = False  # only for students
    broadband_customer: bool = False  # only for home-broadband customers of this provider

    @model_validator(mode="after")
    def _ages_in_order(self) -> Eligibility:
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValueError(f"min_age {self.min_age} is above max_age {self.max_age}")
        return self


class DiscountPromotion(Strict):
    """Money off the monthly fee for the first `months` months."""

    type: Literal["discount"]
    months: Month
    amount: Money | None = None
    percent: Percent | None = None
    valid_until: dt.date | None = None  # last day a new contract gets it

    @model_validator(mode="after")
    def _one_of(self) -> DiscountPromotion:
        if (self.amount is None) == (self.percent is None):
            raise ValueError("give exactly one of amount or percent")
        return self

    def off(self, fee: float) -> float:
        """Money off a cycle's fee of `fee`: the amount, or the percent of the fee."""
        if self.amount is not None:
            return self.amount
        assert self.percent is not None  # the validator: exactly one of amount and percent
        return fee * self.percent / 100


class FreeMonthsPromotion(Strict):
    type: Literal["free_months"]
    months: Month
    valid_until: dt.date | None = None


class CashbackPromotion(Strict):
    """Money back once. Redemption cashback must be claimed by the customer."""

    type: Literal["cashback"]
    amount: Annotated[float, Field(gt=0, le=MAX_MONEY)]
    redemption: bool = False
    paid_in_month: Month = 3
    valid_until: dt.date | None = None


Promotion = Annotated[
    DiscountPromotion | FreeMonthsPromotion | CashbackPromotion,
    Field(discriminator="type"),
]


def fee_after_changes(base: float, changes: list[PriceChange]) -> tuple[int, float] | None:
    """The first contract month (and fee) at which price changes take `base` below zero; None if they never do."""
    fee = base
    for month in sorted({c.from_month for c in changes}):
        for change in (c for c in changes if c.from_month == month):
            fee += change.amount if change.amount is not None else base * (change.percent or 0.0) / 100
        if fee < -1e-9:
            return month, fee
    return None


class PriceChange(Strict):
    """From contract month `from_month` on, the fee rises (or falls) by amount or percent of the base fee."""

    from_month: Annotated[int, Field(ge=2, le=MAX_MONTH)]
    amount: Annotated[float, Field(ge=-MAX_MONEY, le=MAX_MONEY)] | None = None
    percent: Annotated[float, Field(gt=-100, le=1000)] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> PriceChange:
        if (self.amount is None) == (self.percent is None):
            raise ValueError("give exactly one of amount or percent")
        return self


class TariffEntry(Strict):
    id: Identifier
    name: Name
    kind: TariffKind
    tier: Annotated[str, Field(max_length=80)] | None = None  # for "same tier" multi-line rules
    monthly_fee: Money  # per billing cycle
    contract_months: Annotated[int, Field(ge=0, le=48)] = 0
    activation_fee: Money = 0.0
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    eligibility: Eligibility = Eligibility()
    features: list[Feature] | None = None  # default: the provider's defaults
    allowances: Allowances = Allowances()
    billing: BillingPatch = BillingPatch()
    out_of_bundle: OutOfBundlePatch = OutOfBundlePatch()
    on_net_minute_price: Money | None = None  # None: default; see provider defaults
    promotions: list[Promotion] = []
    price_changes: list[PriceChange] = []
    family_plan: Identifier | None = None
    source: Text | None = None
    checked: dt.date | None = None

    @field_validator("price_changes")
    @classmethod
    def _fee_stays_positive(cls, changes: list[PriceChange], info: ValidationInfo) -> list[PriceChange]:
        base = info.data.get("monthly_fee")
        if base is None:
            return changes  # the fee has its own problem
        fee = fee_after_changes(base, changes)
        if fee is not None:
            month, value = fee
            raise ValueError(
                f"from month {month} these changes take the monthly fee to {value:.2f}; "
                "a fee cannot fall below zero, make the cuts smaller"
            )
        return changes

    @model_validator(mode="after")
    def _dates_in_order(self) -> TariffEntry:
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValueError(f"valid_from {self.valid_from} is after valid_until {self.valid_until}")
        return self


class OptionAdds(Strict):
    minutes: Quantity = 0.0
    sms: Quantity = 0.0
    data_gb: Quantity = 0.0
    intl_minutes: Quantity = 0.0


class OptionEntry(Strict):
    id: Identifier
    name: Name
    monthly_fee: Money
    adds: OptionAdds = OptionAdds()
    unlimited: list[UnlimitedResource] = []
    features: list[Feature] = []
    tariffs: Literal["all"] | list[Identifier] = "all"
    max_count: Annotated[int, Field(ge=1, le=10)] = 1

    @field_validator("tariffs")
    @classmethod
    def _not_empty(cls, value: Literal["all"] | list[str]) -> Literal["all"] | list[str]:
        if isinstance(value, list) and not value:
            raise ValueError("list at least one tariff id, or write 'all'")
        return value


class LineDiscount(Strict):
    """The `line`-th line and every further one gets `amount` off per month (until a later entry)."""

    line: Annotated[int, Field(ge=2, le=MAX_LINES)]
    amount: Money


class VolumeDiscount(Strict):
    """With at least `min_lines` lines, every line gets `percent` off its monthly fee."""

    min_lines: Annotated[int, Field(ge=2, le=MAX_LINES)]
    percent: Percent


class MultiLine(Strict):
    same_tier: bool = False
    line_discounts: list[LineDiscount] = []
    volume_discounts: list[VolumeDiscount] = []

    @model_validator(mode="after")
    def _ordered(self) -> MultiLine:
        lines = [d.line for d in self.line_discounts]
        if lines != sorted(set(lines)):
            raise ValueError("line_discounts must be in increasing, distinct line order")
        levels = [(d.min_lines, d.percent) for d in self.volume_discounts]
        if [m for m, _ in levels] != sorted({m for m, _ in levels}):
            raise ValueError("volume_discounts must be in increasing, distinct min_lines order")
        if [p for _, p in levels] != sorted(p for _, p in levels):
            raise ValueError("volume_discounts percent must not fall as min_lines rises")
        return self


class BroadbandDiscount(Strict):
    """Per line, for households whose home broadband is with this provider."""

    amount: Money | None = None  # per month
    percent: Percent | None = None  # of the monthly fee

    @model_validator(mode="after")
    def _one_of(self) -> BroadbandDiscount:
        if (self.amount is None) == (self.percent is None):
            raise ValueError("give exactly one of amount or percent")
        return self

    def per_month(self, fee: float, cycles: float) -> float:
        """The discount a month on a line paying `fee` per billing cycle, `cycles` cycles a month."""
        if self.amount is not None:
            return self.amount
        assert self.percent is not None  # the validator: exactly one of amount and percent
        return fee * self.percent / 100 * cycles


class Pool(Strict):
    data_gb: Allowance | None = None
    minutes: Allowance | None = None


class FamilyPlanEntry(Strict):
    """Up to max_sims SIMs on the plan's tariffs share one pool, for a base fee plus each SIM's tariff fee."""

    id: Identifier
    name: Name
    base_fee: Money
    max_sims: Annotated[int, Field(ge=2, le=20)]
    pool: Pool
    billing: BillingPatch = BillingPatch()
    out_of_bundle: OutOfBundlePatch = OutOfBundlePatch()

    @model_validator(mode="after")
    def _pools_something(self) -> FamilyPlanEntry:
        if self.pool.data_gb is None and self.pool.minutes is None:
            raise ValueError("a family plan must pool data_gb, minutes, or both")
        return self


class ProviderInfo(Strict):
    id: Identifier
    name: Name
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "EUR"
    website: Text | None = None


class Defaults(Strict):
    billing: BillingPatch = BillingPatch()
    out_of_bundle: OutOfBundlePatch = OutOfBundlePatch()
    features: list[Feature] = []
    on_net_minute_price: Money | None = None


class ProviderFile(Strict):
    format_version: Literal[1] = FORMAT_VERSION
    provider: ProviderInfo
    source: Text | None = None
    checked: dt.date | None = None
    sample: bool = False  # true for the fictional shipped market
    defaults: Defaults = Defaults()
    multi_line: MultiLine | None = None
    broadband_discount: BroadbandDiscount | None = None
    family_plans: list[FamilyPlanEntry] = []
    tariffs: list[TariffEntry] = []
    options: list[OptionEntry] = []
