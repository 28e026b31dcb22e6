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

from tariff_advisor.i18n import _, money
from tariff_advisor.io.yamlio import MAX_MONEY, STRICT_FILE, Money
from tariff_advisor.zones import ROAMING_ZONES, Zone

# Version 2 added contract rules, roaming rules, device offers and the devices file; version-1 files load
# unchanged (they cannot hold those keys).
FORMAT_VERSION: Final = 2
FormatVersion = Literal[1, 2]
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

__all__ = ["MAX_MONEY", "ROAMING_ZONES", "Money", "Zone"]  # re-exported: the catalogue's money is the files' money

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
            raise ValueError(_("data mode '{mode}' needs a price greater than 0").format(mode=self.mode))
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
            raise ValueError(
                _("min_age {min_age} is above max_age {max_age}").format(min_age=self.min_age, max_age=self.max_age)
            )
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
            raise ValueError(_("give exactly one of amount or percent"))
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
            raise ValueError(_("give exactly one of amount or percent"))
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
    roaming: RoamingEntry | None = None  # format 2; replaces the provider's default roaming as a whole
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
                _(
                    "from month {month} these changes take the monthly fee to {fee}; a fee cannot fall below zero, "
                    "make the cuts smaller"
                ).format(month=month, fee=money(value))
            )
        return changes

    @model_validator(mode="after")
    def _dates_in_order(self) -> TariffEntry:
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValueError(
                _("valid_from {first} is after valid_until {last}").format(first=self.valid_from, last=self.valid_until)
            )
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
            raise ValueError(_("list at least one tariff id, or write 'all'"))
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
            raise ValueError(_("line_discounts must be in increasing, distinct line order"))
        levels = [(d.min_lines, d.percent) for d in self.volume_discounts]
        if [m for m, _ in levels] != sorted({m for m, _ in levels}):
            raise ValueError(_("volume_discounts must be in increasing, distinct min_lines order"))
        if [p for _, p in levels] != sorted(p for _, p in levels):
            raise ValueError(_("volume_discounts percent must not fall as min_lines rises"))
        return self


class BroadbandDiscount(Strict):
    """Per line, for households whose home broadband is with this provider."""

    amount: Money | None = None  # per month
    percent: Percent | None = None  # of the monthly fee

    @model_validator(mode="after")
    def _one_of(self) -> BroadbandDiscount:
        if (self.amount is None) == (self.percent is None):
            raise ValueError(_("give exactly one of amount or percent"))
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
            raise ValueError(_("a family plan must pool data_gb, minutes, or both"))
        return self


class EarlyExit(Strict):
    """What leaving before the minimum term ends costs: the fees of the months left, a share of them, or a flat
    amount."""

    rule: Literal["remaining_fees", "percent_of_remaining", "flat"] = "remaining_fees"
    percent: Percent | None = None  # percent_of_remaining only
    amount: Money | None = None  # flat only

    @model_validator(mode="after")
    def _rule_has_its_number(self) -> EarlyExit:
        if self.rule == "percent_of_remaining" and (self.percent is None or self.amount is not None):
            raise ValueError(_("rule percent_of_remaining takes a 'percent' (and no 'amount')"))
        if self.rule == "flat" and (self.amount is None or self.percent is not None):
            raise ValueError(_("rule flat takes an 'amount' (and no 'percent')"))
        if self.rule == "remaining_fees" and (self.amount is not None or self.percent is not None):
            raise ValueError(_("rule remaining_fees takes neither 'amount' nor 'percent'"))
        return self

    def cost(self, remaining_fees: float) -> float:
        """The early-exit cost when the months left would have cost `remaining_fees`."""
        if self.rule == "flat":
            return self.amount or 0.0
        if self.rule == "percent_of_remaining":
            return remaining_fees * (self.percent or 0.0) / 100
        return remaining_fees


class ContractRules(Strict):
    """How a provider's contracts end: notice, automatic renewal after the minimum term, early exit."""

    notice_months: Annotated[int, Field(ge=0, le=24)] = 1
    # after the minimum term the contract runs on by this many months at a time (German law since 2022: 1)
    renewal_months: Annotated[int, Field(ge=1, le=24)] = 1
    early_exit: EarlyExit = EarlyExit()


class RoamingRate(Strict):
    """Prices abroad in a zone that no pass or inclusion covers."""

    minute: Money = 0.0
    mb: Money = 0.0


class RoamingEntry(Strict):
    """A tariff's roaming rules as the file gives them (provider defaults, or a tariff's own, replacing them)."""

    included: list[Zone] = []
    fair_use_gb: Annotated[float, Field(ge=0, le=MAX_QUANTITY)] | None = None  # per month, in included zones
    fair_use_price_gb: Money = 0.0  # per GB beyond the fair use
    day_pass: dict[Zone, Money] = {}
    rates: dict[Zone, RoamingRate] = {}

    @model_validator(mode="after")
    def _consistent(self) -> RoamingEntry:
        if len(set(self.included)) != len(self.included):
            raise ValueError(_("a zone is listed twice in 'included'"))
        priced = sorted(set(self.included) & (set(self.day_pass) | set(self.rates)))
        if priced:
            raise ValueError(
                _("zone {zone!r} is included; do not also give it a day pass or rates").format(zone=priced[0])
            )
        if self.fair_use_gb is not None and self.fair_use_price_gb <= 0:
            raise ValueError(_("fair_use_gb needs a fair_use_price_gb greater than 0 (the price per GB beyond it)"))
        return self


class DeviceOfferEntry(Strict):
    """A phone with a tariff (the listed ones, or any tariff of a tier): upfront plus a monthly device fee."""

    id: Identifier
    device: Identifier
    tariffs: list[Identifier] | None = None
    tier: Annotated[str, Field(max_length=80)] | None = None
    upfront: Money = 0.0
    monthly_fee: Money = 0.0  # the device fee or tariff surcharge per month
    months: Annotated[int, Field(ge=0, le=48)] = 24  # how many months the monthly fee is paid
    eligibility: Eligibility = Eligibility()
    source: Text | None = None
    checked: dt.date | None = None

    @model_validator(mode="after")
    def _one_of(self) -> DeviceOfferEntry:
        if (self.tariffs is None) == (self.tier is None):
            raise ValueError(
                _("give exactly one of 'tariffs' (a list of tariff ids) or 'tier' (every tariff of a tier)")
            )
        if self.tariffs is not None and not self.tariffs:
            raise ValueError(_("list at least one tariff id in 'tariffs'"))
        if self.monthly_fee > 0 and self.months == 0:
            raise ValueError(_("a monthly_fee needs 'months' (how many months it is paid), at least 1"))
        return self


class DeviceEntry(Strict):
    id: Identifier
    maker: Name
    model: Name
    storage_gb: Annotated[int, Field(ge=1, le=16384)]
    retail_price: Annotated[float, Field(gt=0, le=MAX_MONEY)]
    source: Text | None = None
    checked: dt.date | None = None


class DevicesFile(Strict):
    """The phones the catalogue knows, at their retail prices (a file with `devices` and no `provider`)."""

    format_version: Literal[2] = 2
    source: Text | None = None
    checked: dt.date | None = None
    sample: bool = False
    devices: list[DeviceEntry] = []


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
    roaming: RoamingEntry | None = None  # format 2


class ProviderFile(Strict):
    format_version: FormatVersion = FORMAT_VERSION
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
    contract_rules: ContractRules | None = None  # format 2
    device_offers: list[DeviceOfferEntry] = []  # format 2

    def version_2_keys(self) -> list[str]:
        """The keys this file uses that format version 1 does not have (where they are, as a path)."""
        found: list[str] = [k for k in ("contract_rules", "device_offers") if k in self.model_fields_set]
        if self.defaults.roaming is not None:
            found.append("defaults.roaming")
        found += [f"tariffs[{i}].roaming" for i, t in enumerate(self.tariffs) if t.roaming is not None]
        return found
