"""How amounts, names and features are written for people: one place for the CLI, the report and the app.

Every string a user or a file supplied (household, member, plan, provider names) passes through
`markup` before it reaches reportlab's paragraph markup and through `chart_text` before it reaches
matplotlib, so a name is always printed as typed: never parsed as markup, mathtext or a file to embed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from tariff_advisor import i18n
from tariff_advisor.i18n import N_, _

if TYPE_CHECKING:  # the CLI imports this module for `money`; `--help` should not load the catalogue
    from tariff_advisor.catalogue.model import Catalogue

# Catalogue feature ids as customers read them; an id not listed here is shown with spaces for underscores.
FEATURE_LABELS: Mapping[str, str] = {
    "eu_roaming": N_("EU roaming"),
    "world_roaming": N_("worldwide roaming"),
    "5g": N_("5G"),
    "5g_sa": N_("5G standalone"),
    "esim": N_("eSIM"),
    "volte": N_("HD voice (VoLTE)"),
    "wifi_calling": N_("Wi-Fi calling"),
    "multisim": N_("MultiSIM"),
    "unlimited_data": N_("unlimited data"),
    "unlimited_minutes": N_("unlimited minutes"),
    "no_throttling": N_("no slowdown of data"),
}


def money(value: float | None, currency: str = "", missing: str = "-") -> str:
    """`€1,234.50` in English, `1.234,50 €` in German (tariff_advisor.i18n); `missing` where there is no amount."""
    return i18n.money(value, currency, missing)


def difference(value: float | None, currency: str = "", missing: str = "-") -> str:
    """A difference with its sign: `+12.50`, `-3.00`; `0.00` when it rounds to nothing (never `+-0.00`)."""
    if value is None:
        return missing
    text = money(value, currency)
    return text if round(value, 2) <= 0 else "+" + text


def feature_label(feature: str) -> str:
    label = FEATURE_LABELS.get(feature)
    return _(label) if label is not None else feature.replace("_", " ")


def joined(items: Iterable[str], last: str | None = None) -> str:
    """`Kite, Helio and Blitz`: a list as a sentence says it (`last`: the word before the last item)."""
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    # TRANSLATORS: the word between the last two items of a list, as in "Kite, Helio and Blitz"
    word = last or _("and")
    return f"{', '.join(words[:-1])} {word} {words[-1]}"


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
