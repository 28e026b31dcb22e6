"""How amounts, names and features are written for people: one place for the CLI, the report and the app.

Every string a user or a file supplied (household, member, plan, provider names) passes through
`markup` before it reaches reportlab's paragraph markup and through `chart_text` before it reaches
matplotlib, so a name is always printed as typed: never parsed as markup, mathtext or a file to embed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

if TYPE_CHECKING:  # the CLI imports this module for `money`; `--help` should not load the catalogue
    from tariff_advisor.catalogue.model import Catalogue

# Catalogue feature ids as customers read them; an id not listed here is shown with spaces for underscores.
FEATURE_LABELS: Mapping[str, str] = {
    "eu_roaming": "EU roaming",
    "world_roaming": "worldwide roaming",
    "5g": "5G",
    "5g_sa": "5G standalone",
    "esim": "eSIM",
    "volte": "HD voice (VoLTE)",
    "wifi_calling": "Wi-Fi calling",
    "multisim": "MultiSIM",
    "unlimited_data": "unlimited data",
    "unlimited_minutes": "unlimited minutes",
    "no_throttling": "no slowdown of data",
}


def money(value: float | None, currency: str = "", missing: str = "-") -> str:
    """`1,234.50 EUR`; `missing` where there is no amount; never `-0.00`."""
    if value is None:
        return missing
    cents = round(value, 2) + 0.0  # + 0.0 turns -0.0 into 0.0
    return f"{cents:,.2f}" + (f" {currency}" if currency else "")


def difference(value: float | None, currency: str = "", missing: str = "-") -> str:
    """A difference with its sign: `+12.50`, `-3.00`; `0.00` when it rounds to nothing (never `+-0.00`)."""
    if value is None:
        return missing
    text = money(value, currency)
    return text if text.startswith(("-", "0.00")) else "+" + text


def feature_label(feature: str) -> str:
    return FEATURE_LABELS.get(feature, feature.replace("_", " "))


def joined(items: Iterable[str], last: str = "and") -> str:
    """`Kite, Helio and Blitz`: a list as a sentence says it."""
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def provider_name(catalogue: Catalogue, provider: str) -> str:
    """The provider's name as the catalogue gives it; its id only when the catalogue does not know it."""
    known = catalogue.providers.get(provider)
    return known.name if known is not None else provider


def markup(text: str) -> str:
    """`text` as literal reportlab paragraph text: `<`, `>` and `&` escaped, so a name cannot open a tag
    (`<img src=...>` would embed a local file, an unclosed `<b>` stops the PDF)."""
    return escape(text)


NAME_LIMIT = 32  # characters of a name on a chart: a longer one is cut, so that labels leave room for the plot


def chart_text(text: str, limit: int | None = NAME_LIMIT) -> str:
    """`text` as literal matplotlib text: cut to `limit` characters, then every `$` escaped, so no pair of them
    starts mathtext (matplotlib shows an escaped `\\$` as `$`; a `$...$` it cannot parse would stop the drawing)."""
    return shortened(text, limit).replace("$", r"\$")


def shortened(text: str, limit: int | None) -> str:
    """`text`, cut to `limit` characters with an ellipsis where it is longer."""
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "\u2026"
