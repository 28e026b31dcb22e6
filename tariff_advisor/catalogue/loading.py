"""Loading a catalogue folder (one YAML file per provider) into a Catalogue.

Every problem in every file is collected before anything is raised, so an
editor sees all of them in one run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from tariff_advisor.catalogue.model import (
    Allowance,
    Catalogue,
    ContractRules,
    Device,
    DeviceOffer,
    Eligibility,
    FamilyPlan,
    Option,
    Provider,
    Rates,
    ReleaseInfo,
    RoamingRate,
    RoamingRules,
    Tariff,
)
from tariff_advisor.catalogue.schema import (
    MB_PER_GB,
    Billing,
    BillingPatch,
    DeviceOfferEntry,
    DevicesFile,
    FamilyPlanEntry,
    OptionEntry,
    OutOfBundle,
    OutOfBundlePatch,
    ProviderFile,
    RoamingEntry,
    TariffEntry,
    allowance_value,
)
from tariff_advisor.errors import CatalogueError, Problem
from tariff_advisor.i18n import _
from tariff_advisor.io.atomic import remove_stale_temps
from tariff_advisor.io.resources import catalogue_in_use_dir
from tariff_advisor.io.yamlio import Loc, line_of, read_yaml, validate

CATALOGUE_SUFFIXES = (".yaml", ".yml")
MANIFEST_NAME = "manifest.json"  # in an installed release's folder, beside the provider files

_T = TypeVar("_T")
Entry = TariffEntry | OptionEntry | FamilyPlanEntry | DeviceOfferEntry  # the entries with an id


def _entries_with_ids(pf: ProviderFile) -> list[tuple[str, Sequence[Entry]]]:
    """Each kind of entry that has an id, with the key it is listed under in the file."""
    return [
        ("tariffs", pf.tariffs),
        ("options", pf.options),
        ("family_plans", pf.family_plans),
        ("device_offers", pf.device_offers),
    ]


def is_devices_document(data: Any) -> bool:
    """A devices file (phones at retail prices) rather than a provider file: it has no `provider` key."""
    return isinstance(data, dict) and "provider" not in data and "devices" in data


class _Parsed:
    """What the files of a catalogue hold once each is valid on its own: provider files and devices files."""

    def __init__(self) -> None:
        self.providers: list[tuple[Path, ProviderFile, Any]] = []  # file, model, the parsed YAML (for lines)
        self.devices: list[tuple[Path, DevicesFile, Any]] = []
        self.broken_devices = False  # a devices file with problems: which phones exist is not known

    def add(self, file: Path, data: Any) -> list[Problem]:
        """Validate one file's parsed YAML as whichever kind it is; its problems (empty: added)."""
        if is_devices_document(data):
            devices, problems = validate(str(file), data, DevicesFile)
            if devices is not None:
                self.devices.append((file, devices, data))
            self.broken_devices |= devices is None
            return problems
        model, problems = validate(str(file), data, ProviderFile)
        if model is None:
            return problems
        self.providers.append((file, model, data))
        return _file_problems(str(file), data, model)

    def problems(self) -> list[Problem]:
        """Checks across files: unique ids, one currency, offers naming known devices."""
        pairs = [(file, pf) for file, pf, _ in self.providers]
        return _cross_file_problems(pairs) + _device_problems(self.providers, self.devices, self.broken_devices)


def catalogue_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in CATALOGUE_SUFFIXES and p.is_file())


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Load and validate a catalogue folder or a single provider file (None: the catalogue in use, that is the
    installed release selected with `tariff-advisor catalogue use`, else the shipped sample market)."""
    target = Path(path) if path is not None else catalogue_in_use_dir()
    if not target.exists():
        raise CatalogueError([Problem(str(target), _("no such file or folder"))])
    files = [target] if target.is_file() else catalogue_files(target)
    if not files:
        raise CatalogueError([Problem(str(target), _("no provider files (*.yaml) in this folder"))])
    parsed = _Parsed()
    problems: list[Problem] = []
    for file in files:
        remove_stale_temps(file)  # what a killed save left behind
        data, file_problems = read_yaml(file)
        problems += file_problems if data is None else parsed.add(file, data)
    problems += parsed.problems()
    release, release_problems = read_release_info(target) if target.is_dir() else (None, [])
    problems += release_problems
    if problems:
        raise CatalogueError(problems)
    catalogue = _build(parsed, str(target))
    catalogue.release = release
    return catalogue


def read_release_info(folder: Path) -> tuple[ReleaseInfo | None, list[Problem]]:
    """The release an installed folder came from (its manifest.json), None for a plain catalogue folder, or
    for one whose provider files are no longer the release's (e.g. edited since): it must not claim the release.

    The signature was checked when the release was installed (tariff_advisor.release)."""
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return None, []
    try:
        data = json.loads(manifest.read_bytes())
        present = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in catalogue_files(folder)}
        if present != data["files"]:
            return None, []
        return (
            ReleaseInfo(
                version=str(data["version"]),
                released=dt.date.fromisoformat(data["released"]),
                publisher=str(data["publisher"]),
                coverage=str(data["coverage"]),
                key=str(data.get("key", "")),
            ),
            [],
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        why = _(
            "the release manifest cannot be read ({error}); install the release again "
            "(tariff-advisor catalogue install)"
        ).format(error=exc)
        return None, [Problem(str(manifest), why)]


def catalogue_from_documents(documents: dict[str, Any]) -> Catalogue:
    """A catalogue from provider (and devices) documents in memory (name -> parsed YAML), validated like files."""
    parsed = _Parsed()
    problems: list[Problem] = []
    for name, data in documents.items():
        problems += parsed.add(Path(name), data)
    problems += parsed.problems()
    if problems:
        raise CatalogueError(problems)
    return _build(parsed, "<memory>")


def _problem(file: str, data: Any, loc: Loc, entry: str, field: str, message: str) -> Problem:
    return Problem(file, message, entry, field, line_of(data, loc))


def _file_problems(file: str, data: Any, pf: ProviderFile) -> list[Problem]:
    """Checks that need more than one entry of the same file."""
    problems: list[Problem] = []
    tariff_ids = {t.id for t in pf.tariffs}
    plans = {p.id: p for p in pf.family_plans}
    if pf.format_version == 1:
        for key in pf.version_2_keys():
            loc = tuple(
                int(part) if part.isdigit() else part for part in key.replace("[", ".").replace("]", "").split(".")
            )
            problems.append(
                _problem(
                    file,
                    data,
                    loc,
                    "format_version",
                    key,
                    _("needs format_version: 2 (this file says 1); write format_version: 2 at the top"),
                )
            )
    problems += _offer_problems(file, data, pf)
    for kind, entries in _entries_with_ids(pf):
        counts = Counter(e.id for e in entries)
        for index, entry in enumerate(entries):
            if counts[entry.id] > 1:
                problems.append(
                    _problem(
                        file,
                        data,
                        (kind, index, "id"),
                        f"{kind}[{index}] ({entry.id!r})",
                        "id",
                        _("duplicate id {id!r}; every id must be unique").format(id=entry.id),
                    )
                )
    for index, option in enumerate(pf.options):
        if option.tariffs == "all":
            continue
        for pos, tariff_id in enumerate(option.tariffs):
            if tariff_id not in tariff_ids:
                problems.append(
                    _problem(
                        file,
                        data,
                        ("options", index, "tariffs", pos),
                        f"options[{index}] ({option.id!r})",
                        f"tariffs[{pos}]",
                        _("refers to tariff {id!r}, which this provider file does not define").format(id=tariff_id),
                    )
                )
    for index, tariff in enumerate(pf.tariffs):
        label = f"tariffs[{index}] ({tariff.id!r})"
        if tariff.family_plan is None:
            continue
        plan = plans.get(tariff.family_plan)
        if plan is None:
            problems.append(
                _problem(
                    file,
                    data,
                    ("tariffs", index, "family_plan"),
                    label,
                    "family_plan",
                    _("refers to family plan {id!r}, which is not in family_plans").format(id=tariff.family_plan),
                )
            )
            continue
        pooled = {"data_gb": plan.pool.data_gb, "minutes": plan.pool.minutes}
        for resource, pool in pooled.items():
            if pool is not None and getattr(tariff.allowances, resource) is not None:
                problems.append(
                    _problem(
                        file,
                        data,
                        ("tariffs", index, "allowances", resource),
                        label,
                        f"allowances.{resource}",
                        _("family plan {id!r} pools {resource}; remove it here (the pool sets it)").format(
                            id=plan.id, resource=resource
                        ),
                    )
                )
        if _merged_billing(pf, tariff.billing).cycle != _merged_billing(pf, plan.billing).cycle:
            problems.append(
                _problem(
                    file,
                    data,
                    ("tariffs", index),
                    label,
                    "billing.cycle",
                    _("must use the same billing cycle as family plan {id!r}").format(id=plan.id),
                )
            )
        on_net = (
            tariff.on_net_minute_price if tariff.on_net_minute_price is not None else pf.defaults.on_net_minute_price
        )
        if plan.pool.minutes is not None and on_net is not None:
            problems.append(
                _problem(
                    file,
                    data,
                    ("tariffs", index),
                    label,
                    "on_net_minute_price",
                    _(
                        "on-net pricing cannot combine with family plan {id!r}'s minute pool; "
                        "set on_net_minute_price only on tariffs outside it"
                    ).format(id=plan.id),
                )
            )
    return problems


def _offer_problems(file: str, data: Any, pf: ProviderFile) -> list[Problem]:
    """Device offers must name this provider's tariffs, or a tier some of them have."""
    problems: list[Problem] = []
    tariff_ids = {t.id for t in pf.tariffs}
    tiers = {t.tier for t in pf.tariffs if t.tier}
    for index, offer in enumerate(pf.device_offers):
        label = f"device_offers[{index}] ({offer.id!r})"
        for pos, tariff_id in enumerate(offer.tariffs or []):
            if tariff_id not in tariff_ids:
                problems.append(
                    _problem(
                        file,
                        data,
                        ("device_offers", index, "tariffs", pos),
                        label,
                        f"tariffs[{pos}]",
                        _("refers to tariff {id!r}, which this provider file does not define").format(id=tariff_id),
                    )
                )
        if offer.tier is not None and offer.tier not in tiers:
            known = ", ".join(sorted(tiers)) or _("none")
            problems.append(
                _problem(
                    file,
                    data,
                    ("device_offers", index, "tier"),
                    label,
                    "tier",
                    _("no tariff of this provider has tier {tier!r} (tiers here: {known})").format(
                        tier=offer.tier, known=known
                    ),
                )
            )
    return problems


def _device_problems(
    providers: list[tuple[Path, ProviderFile, Any]], devices: list[tuple[Path, DevicesFile, Any]], broken: bool
) -> list[Problem]:
    """Device ids are unique across devices files, and every offer names a device one of them lists (unless a
    devices file has problems of its own: then which phones exist is not known)."""
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for file, df, data in devices:
        for index, device in enumerate(df.devices):
            if device.id in seen:
                problems.append(
                    _problem(
                        str(file),
                        data,
                        ("devices", index, "id"),
                        f"devices[{index}] ({device.id!r})",
                        "id",
                        _("device id {id!r} is also used in {file}; every device id must be unique").format(
                            id=device.id, file=seen[device.id]
                        ),
                    )
                )
            seen.setdefault(device.id, file)
    for file, pf, data in [] if broken else providers:
        for index, offer in enumerate(pf.device_offers):
            if offer.device not in seen:
                said = (
                    _(
                        "refers to device {id!r}, which no devices file (a file with a 'devices' list) in the "
                        "catalogue lists; add it to devices.yaml or correct the id"
                    )
                    if not devices
                    else _(
                        "refers to device {id!r}, which no devices file in the catalogue lists; add it to devices.yaml "
                        "or correct the id"
                    )
                )
                problems.append(
                    _problem(
                        str(file),
                        data,
                        ("device_offers", index, "device"),
                        f"device_offers[{index}] ({offer.id!r})",
                        "device",
                        said.format(id=offer.device),
                    )
                )
    return problems


def _cross_file_problems(parsed: list[tuple[Path, ProviderFile]]) -> list[Problem]:
    problems: list[Problem] = []
    seen_providers: dict[str, Path] = {}
    seen_ids: dict[str, Path] = {}
    for file, pf in parsed:
        if pf.provider.id in seen_providers:
            problems.append(
                Problem(
                    str(file),
                    _("provider id {id!r} is also used in {file}").format(
                        id=pf.provider.id, file=seen_providers[pf.provider.id]
                    ),
                    "provider",
                    "id",
                )
            )
        seen_providers.setdefault(pf.provider.id, file)
        for kind, entries in _entries_with_ids(pf):
            for index, entry in enumerate(entries):
                other = seen_ids.get(entry.id)
                if other is not None and other != file:
                    problems.append(
                        Problem(
                            str(file),
                            _("id {id!r} is also used in {file}; ids must be unique across the catalogue").format(
                                id=entry.id, file=other
                            ),
                            f"{kind}[{index}] ({entry.id!r})",
                            "id",
                        )
                    )
                seen_ids.setdefault(entry.id, file)
    currencies = {pf.provider.currency for _, pf in parsed}
    if len(currencies) > 1:
        listing = ", ".join(f"{f.name}: {pf.provider.currency}" for f, pf in parsed)
        problems.append(
            Problem(
                str(parsed[0][0].parent),
                _("providers use different currencies ({listing}); a catalogue folder must use one currency").format(
                    listing=listing
                ),
                "provider",
                "currency",
            )
        )
    return problems


def _merged_billing(pf: ProviderFile, own: BillingPatch) -> Billing:
    """An entry's billing settings: its own, else the provider's defaults, else the format's."""
    base = pf.defaults.billing
    return Billing(
        cycle=own.cycle or base.cycle or "month",
        voice=own.voice or base.voice or "per_second",
        setup_fee_per_call=own.setup_fee_per_call
        if own.setup_fee_per_call is not None
        else (base.setup_fee_per_call or 0.0),
    )


def _first_set(own: _T | None, default: _T | None, fallback: _T) -> _T:
    if own is not None:
        return own
    return default if default is not None else fallback


def _merged_rates(pf: ProviderFile, own: OutOfBundlePatch) -> Rates:
    """An entry's out-of-bundle prices: its own, else the provider's defaults, else the format's."""
    base, fallback = pf.defaults.out_of_bundle, OutOfBundle()
    return Rates(
        minute=_first_set(own.minute, base.minute, fallback.minute),
        sms=_first_set(own.sms, base.sms, fallback.sms),
        intl_minute=_first_set(own.intl_minute, base.intl_minute, fallback.intl_minute),
        data=_first_set(own.data, base.data, fallback.data),
    )


def _roaming(entry: RoamingEntry | None) -> RoamingRules | None:
    if entry is None:
        return None
    return RoamingRules(
        included=frozenset(entry.included),
        fair_use_mb=None if entry.fair_use_gb is None else entry.fair_use_gb * MB_PER_GB,
        fair_use_price_mb=entry.fair_use_price_gb / MB_PER_GB,
        day_pass=dict(entry.day_pass),
        rates={zone: RoamingRate(rate.minute, rate.mb) for zone, rate in entry.rates.items()},
    )


def _tariff(pf: ProviderFile, entry: TariffEntry) -> Tariff:
    billing = _merged_billing(pf, entry.billing)
    a = entry.allowances
    roaming = _roaming(entry.roaming if entry.roaming is not None else pf.defaults.roaming)
    features = set(entry.features if entry.features is not None else pf.defaults.features)
    if roaming is not None and "eu" in roaming.included:
        features.add("eu_roaming")  # the need "EU roaming" is met wherever the rules include the EU
    return Tariff(
        id=entry.id,
        provider=pf.provider.id,
        name=entry.name,
        kind=entry.kind,
        monthly_fee=entry.monthly_fee,
        allowance=Allowance(
            minutes=allowance_value(a.minutes),
            sms=allowance_value(a.sms),
            data_mb=allowance_value(a.data_gb, MB_PER_GB),
            intl_minutes=allowance_value(a.intl_minutes),
        ),
        rates=_merged_rates(pf, entry.out_of_bundle),
        cycle=billing.cycle,
        voice=billing.voice,
        setup_fee_per_call=billing.setup_fee_per_call,
        tier=entry.tier,
        contract_months=entry.contract_months,
        activation_fee=entry.activation_fee,
        valid_from=entry.valid_from,
        valid_until=entry.valid_until,
        eligibility=Eligibility(**entry.eligibility.model_dump()),
        features=frozenset(features),
        on_net_minute_price=entry.on_net_minute_price
        if entry.on_net_minute_price is not None
        else pf.defaults.on_net_minute_price,
        promotions=tuple(entry.promotions),
        price_changes=tuple(entry.price_changes),
        family_plan=entry.family_plan,
        fair_use_mb=a.fair_use_gb * MB_PER_GB if a.fair_use_gb is not None else None,
        source=entry.source or pf.source,
        checked=entry.checked or pf.checked,
        roaming=roaming,
    )


def _device_offer(pf: ProviderFile, entry: DeviceOfferEntry) -> DeviceOffer:
    tariffs = entry.tariffs if entry.tariffs is not None else [t.id for t in pf.tariffs if t.tier == entry.tier]
    return DeviceOffer(
        id=entry.id,
        provider=pf.provider.id,
        device=entry.device,
        tariffs=tuple(tariffs),
        upfront=entry.upfront,
        monthly_fee=entry.monthly_fee,
        months=entry.months,
        eligibility=Eligibility(**entry.eligibility.model_dump()),
        source=entry.source or pf.source,
        checked=entry.checked or pf.checked,
    )


def _build(parsed: _Parsed, source_dir: str) -> Catalogue:
    providers: dict[str, Provider] = {}
    tariffs: list[Tariff] = []
    options: list[Option] = []
    plans: dict[str, FamilyPlan] = {}
    offers: list[DeviceOffer] = []
    devices: dict[str, Device] = {}
    for _file, df, _data in parsed.devices:
        for d in df.devices:
            devices[d.id] = Device(
                d.id, d.maker, d.model, d.storage_gb, d.retail_price, d.source or df.source, d.checked or df.checked
            )
    for file, pf, _data in parsed.providers:
        pid = pf.provider.id
        providers[pid] = Provider(
            pid,
            pf.provider.name,
            pf.provider.currency,
            pf.multi_line,
            pf.broadband_discount,
            pf.source,
            pf.checked,
            pf.sample,
            str(file),
            pf.contract_rules or ContractRules(),
        )
        offers += [_device_offer(pf, e) for e in pf.device_offers]
        own_tariffs = [_tariff(pf, e) for e in pf.tariffs]
        tariffs += own_tariffs
        for plan in pf.family_plans:
            billing = _merged_billing(pf, plan.billing)
            plans[plan.id] = FamilyPlan(
                id=plan.id,
                provider=pid,
                name=plan.name,
                base_fee=plan.base_fee,
                max_sims=plan.max_sims,
                pool_data_mb=None if plan.pool.data_gb is None else allowance_value(plan.pool.data_gb, MB_PER_GB),
                pool_minutes=None if plan.pool.minutes is None else allowance_value(plan.pool.minutes),
                rates=_merged_rates(pf, plan.out_of_bundle),
                cycle=billing.cycle,
                voice=billing.voice,
            )
        for entry in pf.options:
            unlimited = set(entry.unlimited)
            accepted = [t.id for t in own_tariffs] if entry.tariffs == "all" else list(entry.tariffs)
            options.append(
                Option(
                    id=entry.id,
                    provider=pid,
                    name=entry.name,
                    monthly_fee=entry.monthly_fee,
                    adds=Allowance(
                        minutes=float("inf") if "minutes" in unlimited else entry.adds.minutes,
                        sms=float("inf") if "sms" in unlimited else entry.adds.sms,
                        data_mb=float("inf") if "data" in unlimited else entry.adds.data_gb * MB_PER_GB,
                        intl_minutes=float("inf") if "intl_minutes" in unlimited else entry.adds.intl_minutes,
                    ),
                    features=frozenset(entry.features),
                    tariffs=tuple(accepted),
                    max_count=entry.max_count,
                )
            )
    return Catalogue(providers, tariffs, options, plans, source_dir, None, devices, offers)
