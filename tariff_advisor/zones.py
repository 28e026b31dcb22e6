"""Roaming zones: where a member travels and what a tariff's roaming rules name.

Shared by the household (days abroad per zone) and the catalogue (zones included, passes, rates), which do
not import each other; catalogue.schema re-exports them as the file format's names.
"""

from __future__ import annotations

from typing import Final, Literal

from tariff_advisor.i18n import N_

# EU/EEA; the rest of Europe (UK, Switzerland, Balkans...); USA and Canada; the rest of the world
Zone = Literal["eu", "europe_other", "us_ca", "world"]
ROAMING_ZONES: Final[tuple[Zone, ...]] = ("eu", "europe_other", "us_ca", "world")
ZONE_NAMES: Final[dict[Zone, str]] = {  # translated where shown: _(ZONE_NAMES[zone])
    "eu": N_("the EU/EEA"),
    "europe_other": N_("the rest of Europe"),
    "us_ca": N_("USA/Canada"),
    "world": N_("the rest of the world"),
}
