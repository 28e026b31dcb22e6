"""The stand-in tariff of a plan of today known only by its fee (see billing.today).

Its fee covers everything, at home and abroad, on a provider of its own, so no catalogue rule applies; its
contract follows the default contract rules (notice 1 month, the remaining fees for leaving early).
"""

from __future__ import annotations

import math

from tariff_advisor.billing.assignment import STAND_IN_PREFIX, stand_in_id
from tariff_advisor.catalogue.model import Allowance, Provider, Rates, RoamingRules, Tariff
from tariff_advisor.catalogue.schema import ROAMING_ZONES, DataOverage
from tariff_advisor.household.model import CurrentPlan
from tariff_advisor.i18n import _

# what the member pays abroad is not known either: the fee is taken to cover it
COVERS_ROAMING = RoamingRules(included=frozenset(ROAMING_ZONES))


def stand_in_tariff(member_name: str, plan: CurrentPlan, currency: str) -> tuple[Tariff, Provider]:
    """The tariff (and its provider) that stands for `member_name`'s plan of today known by its fee."""
    provider_id = f"{STAND_IN_PREFIX}{plan.provider or 'custom'}"
    tariff = Tariff(
        id=stand_in_id(member_name),
        provider=provider_id,
        name=plan.name or _("current plan"),
        kind="contract",
        monthly_fee=plan.monthly_fee or 0.0,
        allowance=Allowance(math.inf, math.inf, math.inf, math.inf),
        rates=Rates(0.0, 0.0, 0.0, DataOverage(mode="throttle")),
        roaming=COVERS_ROAMING,
    )
    return tariff, Provider(provider_id, plan.provider or _("current provider"), currency)
