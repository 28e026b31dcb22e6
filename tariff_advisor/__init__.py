"""Tariff Advisor: the domain (catalogue, household, billing, optimiser). No Qt here.

    import tariff_advisor as ta
    catalogue = ta.load_catalogue()            # the shipped sample market
    household = ta.load_household("examples/households/berger-family.yaml")
    bill = ta.price(household, catalogue, {"Anna": {"tariff": "nw-mobil-m", "options": []}, ...})
    result = ta.recommend(household, catalogue)
"""

from .bill import Bill, BillLine
from .billing import price
from .catalogue import Catalogue, Option, Tariff
from .catalogue_io import load_catalogue
from .errors import AssignmentError, CatalogueError, HouseholdError, Problem, TariffAdvisorError
from .household import Household, Member, MonthlyUsage
from .household_io import load_household, save_household

__all__ = [
    "AssignmentError",
    "Bill",
    "BillLine",
    "Catalogue",
    "CatalogueError",
    "Household",
    "HouseholdError",
    "Member",
    "MonthlyUsage",
    "Option",
    "Problem",
    "Tariff",
    "TariffAdvisorError",
    "load_catalogue",
    "load_household",
    "price",
    "recommend",
    "Recommendation",
    "save_household",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    # recommend pulls in PuLP and the solvers: load it on first use, not on every import of the domain
    if name in ("recommend", "Recommendation"):
        from . import recommendation

        return getattr(recommendation, name)
    raise AttributeError(f"module 'tariff_advisor' has no attribute {name!r}")
