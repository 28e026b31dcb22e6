"""The catalogue as the billing engine and optimiser see it: plain, resolved data.

Provider defaults are already merged in, allowances are numbers (MB for data,
infinity for unlimited), so pricing code never looks at the file format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Final, Literal

from tariff_advisor.catalogue.schema import (
    BillingCycle,
    BroadbandDiscount,
    CashbackPromotion,
    ContractRules,
    DataOverage,
    DiscountPromotion,
    EarlyExit,
    FreeMonthsPromotion,
    MultiLine,
    PriceChange,
    TariffKind,
    VoiceBilling,
    Zone,
)
from tariff_advisor.i18n import _, date, ngettext

__all__ = ["ContractRules", "EarlyExit", "Zone"]  # re-exported: the provider file's rules are the model's

DAYS_PER_MONTH = 365.25 / 12
# How many billing cycles fall in one calendar month.
CYCLES_PER_MONTH: dict[BillingCycle, float] = {"month": 1.0, "28_days": DAYS_PER_MONTH / 28}

Resource = Literal["minutes", "sms", "data_mb", "intl_minutes"]  # what an allowance holds
RESOURCES: tuple[Resource, ...] = ("minutes", "sms", "data_mb", "intl_minutes")
# Each resource's column in the optimiser's costing arrays (rates, allowances and option adds: one row
# per tariff or bundle, one column per resource in RESOURCES order). Index by name, never by number.
MINUTES: Final = RESOURCES.index("minutes")
SMS: Final = RESOURCES.index("sms")
DATA: Final = RESOURCES.index("data_mb")
INTL: Final = RESOURCES.index("intl_minutes")

AnyPromotion = DiscountPromotion | FreeMonthsPromotion | CashbackPromotion


@dataclass(frozen=True)
class Allowance:
    """Amounts per billing cycle; infinity is unlimited."""

    minutes: float = 0.0
    sms: float = 0.0
    data_mb: float = 0.0
    intl_minutes: float = 0.0

    def get(self, resource: Resource) -> float:
        amount: float = getattr(self, resource)
        return amount


@dataclass(frozen=True)
class Rates:
    """Out-of-bundle prices of a tariff or a family plan."""

    minute: float
    sms: float
    intl_minute: float
    data: DataOverage


@dataclass(frozen=True)
class Eligibility:
    min_age: int | None = None
    max_age: int | None = None
    student: bool = False
    broadband_customer: bool = False


@dataclass(frozen=True)
class RoamingRate:
    """Prices abroad in a zone no pass or inclusion covers."""

    minute: float = 0.0
    mb: float = 0.0


@dataclass(frozen=True)
class RoamingRules:
    """What using the phone abroad costs on a tariff, by zone (provider defaults merged in)."""

    included: frozenset[Zone] = frozenset()  # roam like at home
    fair_use_mb: float | None = None  # per month in included zones; None: no limit
    fair_use_price_mb: float = 0.0  # beyond the fair use
    day_pass: Mapping[Zone, float] = field(default_factory=dict)  # price per day abroad
    rates: Mapping[Zone, RoamingRate] = field(default_factory=dict)  # when neither included nor passed


NO_ROAMING_RULES: Final = RoamingRules()
EU_INCLUDED: Final = RoamingRules(included=frozenset({"eu"}))


@dataclass(frozen=True)
class Tariff:
    id: str
    provider: str
    name: str
    kind: TariffKind
    monthly_fee: float  # per billing cycle
    allowance: Allowance
    rates: Rates
    cycle: BillingCycle = "month"
    voice: VoiceBilling = "per_second"
    setup_fee_per_call: float = 0.0
    tier: str | None = None
    contract_months: int = 0
    activation_fee: float = 0.0
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    eligibility: Eligibility = Eligibility()
    features: frozenset[str] = frozenset()
    on_net_minute_price: float | None = None
    promotions: tuple[AnyPromotion, ...] = ()
    price_changes: tuple[PriceChange, ...] = ()
    family_plan: str | None = None
    fair_use_mb: float | None = None
    source: str | None = None
    checked: dt.date | None = None
    roaming: RoamingRules | None = None  # None: the file says nothing (see roaming_rules)

    @property
    def roaming_rules(self) -> RoamingRules:
        """The roaming rules in force: the file's, else the EU included when the tariff has eu_roaming."""
        if self.roaming is not None:
            return self.roaming
        return EU_INCLUDED if "eu_roaming" in self.features else NO_ROAMING_RULES

    @property
    def cycles_per_month(self) -> float:
        return CYCLES_PER_MONTH[self.cycle]

    def fee_in_month(self, month: int) -> float:
        """The fee per cycle in contract month `month` (1-based), after scheduled changes."""
        fee = self.monthly_fee
        percent = sum(c.percent for c in self.price_changes if c.percent is not None and c.from_month <= month)
        amount = sum(c.amount for c in self.price_changes if c.amount is not None and c.from_month <= month)
        return fee * (1 + percent / 100) + amount

    def is_valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )

    def promotions_on(self, day: dt.date | None) -> tuple[AnyPromotion, ...]:
        return tuple(p for p in self.promotions if day is None or p.valid_until is None or day <= p.valid_until)


@dataclass(frozen=True)
class Option:
    id: str
    provider: str
    name: str
    monthly_fee: float
    adds: Allowance
    features: frozenset[str] = frozenset()
    tariffs: tuple[str, ...] = ()  # resolved: the ids that accept it
    max_count: int = 1


def total_allowance(tariff: Tariff, options: Sequence[Option]) -> Allowance:
    """The tariff's allowance plus what each option adds (unlimited stays unlimited)."""
    base = tariff.allowance
    return Allowance(*(base.get(r) + sum(o.adds.get(r) for o in options) for r in RESOURCES))


@dataclass(frozen=True)
class FamilyPlan:
    id: str
    provider: str
    name: str
    base_fee: float  # per billing cycle
    max_sims: int
    pool_data_mb: float | None  # None: data is not pooled
    pool_minutes: float | None  # None: minutes are not pooled
    rates: Rates
    cycle: BillingCycle = "month"
    voice: VoiceBilling = "per_second"

    @property
    def cycles_per_month(self) -> float:
        return CYCLES_PER_MONTH[self.cycle]


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    currency: str
    multi_line: MultiLine | None = None
    broadband_discount: BroadbandDiscount | None = None
    source: str | None = None
    checked: dt.date | None = None
    sample: bool = False
    file: str | None = None
    contract_rules: ContractRules = field(default_factory=ContractRules)


@dataclass(frozen=True)
class Device:
    """A phone at its retail price (bought outright, without a contract)."""

    id: str
    maker: str
    model: str
    storage_gb: int
    retail_price: float
    source: str | None = None
    checked: dt.date | None = None

    @property
    def name(self) -> str:
        return f"{self.maker} {self.model} {self.storage_gb} GB"


@dataclass(frozen=True)
class DeviceOffer:
    """A phone with one of `tariffs`: `upfront` at the start and `monthly_fee` for `months` months."""

    id: str
    provider: str
    device: str  # a Device id
    tariffs: tuple[str, ...]  # resolved: a tier is expanded to its tariffs
    upfront: float
    monthly_fee: float
    months: int
    eligibility: Eligibility = Eligibility()
    source: str | None = None
    checked: dt.date | None = None

    @property
    def total(self) -> float:
        """What the phone costs inside the contract: upfront plus every monthly device fee."""
        return self.upfront + self.monthly_fee * self.months


STALE_AFTER_DAYS: Final = 14  # accredited comparison tools refresh prices at least every two weeks


@dataclass(frozen=True)
class ReleaseInfo:
    """Who released the catalogue in use, when, and what it covers (from a signed release's manifest)."""

    version: str
    released: dt.date
    publisher: str
    coverage: str
    key: str = ""  # the fingerprint of the publisher key that signed it


def prices_are_stale(checked: dt.date | None, today: dt.date, threshold_days: int = STALE_AFTER_DAYS) -> bool:
    """Whether prices last checked on `checked` are too old to trust on `today` (unknown: too old)."""
    return checked is None or (today - checked).days > threshold_days


def freshness_sentence(
    release: ReleaseInfo | None, checked: dt.date | None, today: dt.date, threshold_days: int = STALE_AFTER_DAYS
) -> str:
    """Which catalogue the advice uses and how old its prices are, in the words shown in the app and the PDF."""
    which = (
        _("Catalogue release {version} of {released} ({publisher})").format(
            version=release.version, released=date(release.released), publisher=release.publisher
        )
        if release
        else _("Catalogue: not a signed release")
    )
    said = (
        _("{catalogue}; prices checked {day} or later.").format(catalogue=which, day=date(checked))
        if checked
        else _("{catalogue}; when the prices were checked is unknown.").format(catalogue=which)
    )
    if prices_are_stale(checked, today, threshold_days):
        said += " " + ngettext(
            "These prices are more than {days} day old: check them with the providers before signing a contract.",
            "These prices are more than {days} days old: check them with the providers before signing a contract.",
            threshold_days,
        ).format(days=threshold_days)
    return said


@dataclass
class Catalogue:
    providers: dict[str, Provider]
    tariffs: list[Tariff]
    options: list[Option] = field(default_factory=list)
    family_plans: dict[str, FamilyPlan] = field(default_factory=dict)
    source_dir: str | None = None
    release: ReleaseInfo | None = None  # None: a folder, not an installed release (e.g. the shipped sample)
    devices: dict[str, Device] = field(default_factory=dict)
    device_offers: list[DeviceOffer] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._offers = {o.id: o for o in self.device_offers}
        self._tariffs = {t.id: t for t in self.tariffs}
        self._options = {o.id: o for o in self.options}
        self._options_for: dict[str, list[str]] = {t.id: [] for t in self.tariffs}
        for option in self.options:
            for tariff_id in option.tariffs:
                self._options_for.setdefault(tariff_id, []).append(option.id)

    @property
    def currency(self) -> str:
        currencies = sorted({p.currency for p in self.providers.values()})
        return currencies[0] if len(currencies) == 1 else "/".join(currencies)

    @property
    def checked(self) -> dt.date | None:
        """The oldest date any price was checked: how fresh the whole catalogue is."""
        dates = [p.checked for p in self.providers.values() if p.checked]
        return min(dates) if dates else None

    def tariff(self, tariff_id: str) -> Tariff:
        return self._tariffs[tariff_id]

    def has_tariff(self, tariff_id: str) -> bool:
        return tariff_id in self._tariffs

    def option(self, option_id: str) -> Option:
        return self._options[option_id]

    def has_option(self, option_id: str) -> bool:
        return option_id in self._options

    def options_for(self, tariff_id: str) -> list[str]:
        """The ids of the options that tariff accepts."""
        return list(self._options_for.get(tariff_id, []))

    def device(self, device_id: str) -> Device:
        return self.devices[device_id]

    def has_device(self, device_id: str) -> bool:
        return device_id in self.devices

    def device_offer(self, offer_id: str) -> DeviceOffer:
        return self._offers[offer_id]

    def has_device_offer(self, offer_id: str) -> bool:
        return offer_id in self._offers

    def offers_for(self, tariff_id: str, device_id: str) -> list[DeviceOffer]:
        """The device offers that sell `device_id` with `tariff_id`."""
        return [o for o in self.device_offers if o.device == device_id and tariff_id in o.tariffs]

    def contract_rules(self, provider_id: str) -> ContractRules:
        """The provider's contract rules; the defaults for a provider the catalogue does not know."""
        provider = self.providers.get(provider_id)
        return provider.contract_rules if provider is not None else ContractRules()

    def tariffs_of(self, provider_id: str) -> list[Tariff]:
        return [t for t in self.tariffs if t.provider == provider_id]

    def valid_on(self, day: dt.date) -> Catalogue:
        """The catalogue as a customer signing on `day` would see it."""
        tariffs = [t for t in self.tariffs if t.is_valid_on(day)]
        return self.restricted_to({t.id for t in tariffs})

    def restricted_to(self, tariff_ids: set[str]) -> Catalogue:
        tariffs = [t for t in self.tariffs if t.id in tariff_ids]
        options = []
        for option in self.options:
            accepted = tuple(t for t in option.tariffs if t in tariff_ids)
            if accepted:
                options.append(replace(option, tariffs=accepted))
        offers = []
        for offer in self.device_offers:
            with_tariffs = tuple(t for t in offer.tariffs if t in tariff_ids)
            if with_tariffs:
                offers.append(replace(offer, tariffs=with_tariffs))
        return Catalogue(
            dict(self.providers),
            tariffs,
            options,
            dict(self.family_plans),
            self.source_dir,
            self.release,
            dict(self.devices),
            offers,
        )

    def with_extra_tariffs(self, extra: list[Tariff], providers: list[Provider]) -> Catalogue:
        merged = dict(self.providers)
        for provider in providers:
            merged.setdefault(provider.id, provider)
        return Catalogue(
            merged,
            [*self.tariffs, *extra],
            list(self.options),
            dict(self.family_plans),
            self.source_dir,
            self.release,
            dict(self.devices),
            list(self.device_offers),
        )
