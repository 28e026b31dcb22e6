"""What a tariff includes, in the words comparison sites use: allowances, term, one-off fees, and the
monthly cost with the chosen options."""

from __future__ import annotations

import math
from collections.abc import Iterable

from tariff_advisor.catalogue.model import Allowance, Catalogue, Tariff, total_allowance


def _amount(value: float, unit: str) -> str:
    return f"unlimited {unit}" if math.isinf(value) else f"{value:,.0f} {unit}"


def _data(megabytes: float) -> str:
    if math.isinf(megabytes):
        return "unlimited data"
    return f"{megabytes / 1024:,.1f} GB data".replace(".0 GB", " GB")


def allowances(allowance: Allowance) -> str:
    """`10 GB data, 300 minutes, unlimited SMS` (what is not included is left out)."""
    parts = [
        _data(allowance.data_mb) if allowance.data_mb else "",
        _amount(allowance.minutes, "minutes") if allowance.minutes else "",
        _amount(allowance.sms, "SMS") if allowance.sms else "",
        _amount(allowance.intl_minutes, "international minutes") if allowance.intl_minutes else "",
    ]
    return ", ".join(p for p in parts if p) or "no allowances (pay as you use)"


def term(tariff: Tariff) -> str:
    if tariff.contract_months:
        return f"{tariff.contract_months}-month contract"
    return "no minimum term" if tariff.kind != "prepaid" else "prepaid, no minimum term"


def one_off_fees(tariff: Tariff) -> str:
    return f"one-off fee {tariff.activation_fee:,.2f}" if tariff.activation_fee else "no one-off fee"


def tariff_summary(tariff: Tariff, catalogue: Catalogue, option_ids: Iterable[str] = (), currency: str = "") -> str:
    """One line a customer can read: provider, name, allowances, term, one-off fees, monthly cost."""
    options = [catalogue.option(o) for o in option_ids]
    allowance, fee = total_allowance(tariff, options), tariff.monthly_fee + sum(o.monthly_fee for o in options)
    provider = catalogue.providers[tariff.provider].name if tariff.provider in catalogue.providers else tariff.provider
    cycle = "a month" if tariff.cycle == "month" else "every 28 days"
    extras = f" with {', '.join(o.name for o in options)}" if options else ""
    money = f"{fee:,.2f}" + (f" {currency}" if currency else "")
    return (
        f"{provider} {tariff.name}{extras}: {allowances(allowance)}; {term(tariff)}; "
        f"{one_off_fees(tariff)}; {money} {cycle}"
    )
