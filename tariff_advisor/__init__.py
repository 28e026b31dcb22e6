"""Tariff Advisor: the domain (catalogue, household, billing, optimiser). No Qt here.

import tariff_advisor as ta
catalogue = ta.load_catalogue()            # the shipped sample market
household = ta.load_household("examples/households/berger-family.yaml")
bill = ta.price(household, catalogue, {"Anna": {"tariff": "nw-mobil-m", "options": []}, ...})
result = ta.recommend(household, catalogue)
"""

from typing import TYPE_CHECKING, Any

from tariff_advisor.billing.bill import Bill, BillLine
from tariff_advisor.billing.engine import price
from tariff_advisor.billing.inputs import HouseholdInputError
from tariff_advisor.catalogue.loading import load_catalogue
from tariff_advisor.catalogue.model import Catalogue, Option, Tariff
from tariff_advisor.errors import (
    AssignmentError,
    CatalogueError,
    HouseholdChangedError,
    HouseholdError,
    Problem,
    SaveError,
    TariffAdvisorError,
)
from tariff_advisor.household.files import load_household, save_household
from tariff_advisor.household.model import Household, Member, MonthlyUsage

if TYPE_CHECKING:  # for type checkers; at run time __getattr__ loads them
    from tariff_advisor.optimiser.milp import SolverError
    from tariff_advisor.optimiser.recommendation import Recommendation, recommend

__all__ = [
    "AssignmentError",
    "Bill",
    "BillLine",
    "Catalogue",
    "CatalogueError",
    "Household",
    "HouseholdChangedError",
    "HouseholdError",
    "HouseholdInputError",
    "Member",
    "MonthlyUsage",
    "Option",
    "Problem",
    "Recommendation",
    "SaveError",
    "SolverError",
    "Tariff",
    "TariffAdvisorError",
    "load_catalogue",
    "load_household",
    "price",
    "recommend",
    "save_household",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # recommend pulls in PuLP and the solvers: load it on first use, not on every import of the domain
    if name in ("recommend", "Recommendation"):
        from tariff_advisor.optimiser import recommendation

        return getattr(recommendation, name)
    if name == "SolverError":
        from tariff_advisor.optimiser import milp

        return milp.SolverError
    raise AttributeError(f"module 'tariff_advisor' has no attribute {name!r}")
