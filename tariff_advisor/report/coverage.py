"""What the advice compares, said before the results (EECC art. 103(3)): the providers the catalogue includes,
the editors' statement of what share of the market that is, and which providers the customer's own choices or
the shop's range kept out. One wording for the app and the PDF (plain text; the PDF escapes it).
"""

from __future__ import annotations

from tariff_advisor.billing.assignment import is_stand_in
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.i18n import N_, _, ngettext
from tariff_advisor.optimiser.constraints import Constraints
from tariff_advisor.report.formatting import joined, provider_name

SAMPLE_COVERAGE = N_("sample market: fictional providers")
UNSTATED_COVERAGE = N_("the share of the market it covers is not stated (not a signed release)")


def included_providers(catalogue: Catalogue) -> list[str]:
    """The names of the providers the catalogue includes, in alphabetical order."""
    names = [p.name for p in catalogue.providers.values() if not is_stand_in(p.id)]
    return sorted(names, key=str.casefold)


def coverage_statement(catalogue: Catalogue) -> str:
    """The editors' statement from the release; for the shipped sample, that it is a fictional market."""
    if catalogue.release is not None and catalogue.release.coverage.strip():
        return catalogue.release.coverage.strip()
    providers = [p for p in catalogue.providers.values() if not is_stand_in(p.id)]
    if providers and all(p.sample for p in providers):
        return _(SAMPLE_COVERAGE)
    return _(UNSTATED_COVERAGE)


def coverage_sentence(catalogue: Catalogue) -> str:
    """`This catalogue includes 2 providers (Blitz and Kite); coverage: 2 of the 6 national networks.`"""
    names = included_providers(catalogue)
    sentence = ngettext(
        "This catalogue includes {count} provider ({names}); coverage: {coverage}.",
        "This catalogue includes {count} providers ({names}); coverage: {coverage}.",
        len(names),
    )
    return sentence.format(count=len(names), names=joined(names), coverage=coverage_statement(catalogue))


def provider_exclusion(constraints: Constraints, catalogue: Catalogue, provider: str) -> str | None:
    """Why no member could take this provider because of what the customer asked (None: it was compared)."""
    if provider in constraints.of_kind("exclude_provider"):
        return _("not compared: left out by you")
    for shop in constraints.of_kind("only_tariffs"):
        if not any(catalogue.tariff(t).provider == provider for t in shop if catalogue.has_tariff(t)):
            return _("not compared: outside this shop's range")
    return None


def exclusion_sentence(constraints: Constraints, catalogue: Catalogue) -> str:
    """`Kite: not compared: left out by you.` for every provider kept out, grouped by why; "" when none is."""
    reasons: dict[str, list[str]] = {}
    for provider in catalogue.providers:
        reason = None if is_stand_in(provider) else provider_exclusion(constraints, catalogue, provider)
        if reason is not None:
            reasons.setdefault(reason, []).append(provider_name(catalogue, provider))
    return " ".join(f"{joined(names)}: {reason}." for reason, names in reasons.items())
