"""How amounts are written for people: one formatter for the CLI, the report and the app."""

from __future__ import annotations


def money(value: float | None, currency: str = "", missing: str = "-") -> str:
    """`1,234.50 EUR`; `missing` where there is no amount; never `-0.00`."""
    if value is None:
        return missing
    cents = round(value, 2) + 0.0  # + 0.0 turns -0.0 into 0.0
    return f"{cents:,.2f}" + (f" {currency}" if currency else "")
