"""What a tariff includes, in the words comparison sites use: allowances, term, one-off fees, and the
monthly cost with the chosen options."""

from __future__ import annotations

import math
from collections.abc import Iterable

from tariff_advisor.catalogue.model import Allowance, Catalogue, Tariff, total_allowance
from tariff_advisor.i18n import _, money, ngettext, number


def _data(megabytes: float) -> str:
    if math.isinf(megabytes):
        return _("unlimited data")
    return _("{amount} GB data").format(amount=number(megabytes / 1024, -1))


def _minutes(minutes: float) -> str:
    if math.isinf(minutes):
        return _("unlimited minutes")
    return ngettext("{count} minute", "{count} minutes", round(minutes)).format(count=number(minutes))


def _sms(sms: float) -> str:
    if math.isinf(sms):
        return _("unlimited SMS")
    return ngettext("{count} SMS", "{count} SMS", round(sms)).format(count=number(sms))


def _intl_minutes(minutes: float) -> str:
    if math.isinf(minutes):
        return _("unlimited international minutes")
    return ngettext("{count} international minute", "{count} international minutes", round(minutes)).format(
        count=number(minutes)
    )


def allowances(allowance: Allowance) -> str:
    """`10 GB data, 300 minutes, unlimited SMS` (what is not included is left out)."""
    parts = [
        _data(allowance.data_mb) if allowance.data_mb else "",
        _minutes(allowance.minutes) if allowance.minutes else "",
        _sms(allowance.sms) if allowance.sms else "",
        _intl_minutes(allowance.intl_minutes) if allowance.intl_minutes else "",
    ]
    return ", ".join(p for p in parts if p) or _("no allowances (pay as you use)")


def term(tariff: Tariff) -> str:
    if tariff.contract_months:
        return _("{months}-month contract").format(months=tariff.contract_months)
    return _("no minimum term") if tariff.kind != "prepaid" else _("prepaid, no minimum term")


def one_off_fees(tariff: Tariff, currency: str = "") -> str:
    if not tariff.activation_fee:
        return _("no one-off fee")
    return _("one-off fee {amount}").format(amount=money(tariff.activation_fee, currency))


def tariff_summary(tariff: Tariff, catalogue: Catalogue, option_ids: Iterable[str] = (), currency: str = "") -> str:
    """One line a customer can read: provider, name, allowances, term, one-off fees, monthly cost."""
    options = [catalogue.option(o) for o in option_ids]
    allowance, fee = total_allowance(tariff, options), tariff.monthly_fee + sum(o.monthly_fee for o in options)
    provider = catalogue.providers[tariff.provider].name if tariff.provider in catalogue.providers else tariff.provider
    name = f"{provider} {tariff.name}"
    if options:
        name = _("{tariff} with {options}").format(tariff=name, options=", ".join(o.name for o in options))
    cost = (_("{amount} a month") if tariff.cycle == "month" else _("{amount} every 28 days")).format(
        amount=money(fee, currency)
    )
    return _("{tariff}: {allowances}; {term}; {one_off_fees}; {cost}").format(
        tariff=name,
        allowances=allowances(allowance),
        term=term(tariff),
        one_off_fees=one_off_fees(tariff, currency),
        cost=cost,
    )
