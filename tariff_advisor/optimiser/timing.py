"""When a member may switch: the switch months the optimiser considers (docs/optimiser.md, "Switch months").

Switching in month s means the current plan runs in months 1..s-1 and the new contract from s.
The cheapest month to switch alone is now (1) or the contract's free month (nothing to pay for
leaving); together with others, a member may also leave when another member's contract frees
up, so that their lines meet on a family plan or a multi-line discount. Every other month is
never better for a household than one of these (a month between two of them pays more of the
current plan, or more early-exit cost, for the same company), except through a new contract's
own month-dependent terms; the brute force in the tests enumerates the same set.
"""

from __future__ import annotations

from tariff_advisor.billing.contract import free_switch_month
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.household.model import Household, Member
from tariff_advisor.optimiser.constraints import Constraints


def switch_months(member: Member, household: Household, catalogue: Catalogue, constraints: Constraints) -> list[int]:
    """The months `member` may start a new plan in: 1 and every member's free month within the horizon.

    Only 1 for a member with no current plan (nothing to wait for); a lock on the switch month
    adds its month and rules out the others.
    """
    locked = constraints.of_kind("lock_switch_month", member.name)
    if locked:
        return sorted(set(locked))
    if member.current is None:
        return [1]
    months = {1} | {free_switch_month(m, household, catalogue) for m in household.members}
    return sorted(m for m in months if m <= household.horizon_months)
