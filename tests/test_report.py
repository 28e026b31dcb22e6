"""The advice report: PDF text (read back with pypdf), A4 and Letter, CSV and JSON exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

import tariff_advisor as ta
from tariff_advisor.optimiser.explain import explain
from tariff_advisor.optimiser.recommendation import recommend
from tariff_advisor.report.advice import build_pdf, export

from .helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"


@pytest.fixture(scope="module")
def advice():
    rec = recommend(ta.load_household(FAMILY), ta.load_catalogue(), solver="highs")
    return rec, explain(rec)


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("paper, width", [("a4", 595), ("letter", 612)])
def test_pdf_holds_members_tariffs_totals_and_assumptions(tmp_path, advice, paper, width):
    rec, explanation = advice
    path = build_pdf(rec, explanation, tmp_path / "advice.pdf", paper)
    reader = PdfReader(str(path))
    assert round(float(reader.pages[0].mediabox.width)) == width
    text = " ".join(pdf_text(path).split())
    for name, choice in rec.assignment.items():
        assert name in text
        assert rec.catalogue.tariff(choice["tariff"]).name in text
    assert f"{rec.total:,.2f}" in text and f"{rec.savings:,.2f}" in text
    assert f"{rec.today.total:,.2f}" in text
    assert "Why these plans" in text and "If everyone must stay with one provider" in text
    assert "Horizon: 24 months" in text and "fictional sample market" in text
    assert "prices as checked on 15 Oct 2026" in text


def test_failed_pdf_leaves_the_old_file(tmp_path, advice, monkeypatch):
    rec, explanation = advice
    target = tmp_path / "advice.pdf"
    target.write_bytes(b"old advice")
    import tariff_advisor.report.advice as report

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(report.SimpleDocTemplate, "build", broken)
    with pytest.raises(OSError):
        build_pdf(rec, explanation, target)
    assert target.read_bytes() == b"old advice" and list(tmp_path.iterdir()) == [target]


def test_csv_and_json_exports(tmp_path, advice):
    rec, explanation = advice
    rows = list(csv.DictReader(io.StringIO(export(rec, None, tmp_path / "bill.csv").read_text())))
    assert len(rows) == len(rec.bill.lines)
    assert sum(float(r["amount"]) for r in rows) == pytest.approx(rec.total, abs=0.01)
    assert {r["member"] for r in rows} >= set(rec.assignment)
    data = json.loads(export(rec, explanation, tmp_path / "advice.json").read_text())
    assert data["total"] == pytest.approx(rec.total, abs=0.01) and data["assignment"] == rec.assignment
    assert data["explanation"]["why_not"] and data["bill"]["lines"]
    with pytest.raises(ValueError, match=r"pdf, .csv or .json"):
        export(rec, explanation, tmp_path / "advice.docx")


def test_cli_report(tmp_path):
    out = tmp_path / "advice.pdf"
    result = run_cli("report", str(FAMILY), "-o", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and "Berger family" in pdf_text(out)


# --- the customer PDF: words a customer reads -----------------------------------------------------------------


def words(path: Path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.fixture
def no_charts(monkeypatch):
    """Each chart's place in the PDF without drawing it (drawing is the slow part), for tests of the text."""
    import tariff_advisor.report.advice as report

    def blank(draw, width, height):
        return report.Spacer(width, height)

    monkeypatch.setattr(report, "_chart_image", blank)


KITE_AND_HELIO = ("kite", "helio")


@pytest.fixture(scope="module")
def shop_advice():
    """A shop customer: the shop sells Kite and Helio, Anna keeps Kite, everyone needs EU roaming, a budget."""
    catalogue = ta.load_catalogue()
    shop_range = [t.id for t in catalogue.tariffs if t.provider in KITE_AND_HELIO]
    constraints = {
        "only_tariffs": shop_range,
        "locks": {"Anna": {"provider": "kite"}},
        "require": ["eu_roaming"],
        "budget_per_month": 110,  # the family's phones and travel cost about 101 a month at best
    }
    rec = recommend(ta.load_household(FAMILY), catalogue, constraints, solver="highs")
    return rec, explain(rec), len(shop_range)


def test_pdf_names_providers_and_features_as_customers_read_them(tmp_path, shop_advice, no_charts):
    rec, explanation, count = shop_advice
    text = words(build_pdf(rec, explanation, tmp_path / "advice.pdf"))
    for provider in rec.catalogue.providers.values():
        assert provider.name in text
        assert f" {provider.id} " not in f" {text} "  # never the id (kite, nordwave...) as a word
    assert "EU roaming" in text and "eu_roaming" not in text
    for tariff_id in {c["tariff"] for c in rec.assignment.values()}:
        assert tariff_id not in text  # tariff ids are the catalogue's, not the customer's
    # the shop range is one sentence, not a list of its tariff ids
    assert f"Compared: the tariffs this shop sells from Helio Mobile and Kite Mobile ({count} tariffs)." in text
    assert "Budget: at most €110.00 a month on average." in text and "Every member needs EU roaming." in text


def test_pdf_explains_providers_left_out_by_the_shop_range_or_a_lock(tmp_path, shop_advice, no_charts):
    rec, explanation, _ = shop_advice
    text = words(build_pdf(rec, explanation, tmp_path / "advice.pdf"))
    # the providers left out are said to be left out, never "not possible" (Kite alone is: Ben's US trips on
    # Kite's per-MB rates take the whole household far above the budget)
    for left_out in ("Nordwave Mobile", "Blitz Telecom", "Helio Mobile"):
        assert f"{left_out} not possible" not in text
    assert "Nordwave Mobile not compared: outside this shop's range" in text
    assert "Blitz Telecom not compared: outside this shop's range" in text
    assert "Helio Mobile locked by you: Anna stays with Kite Mobile" in text
    assert "Anna: not compared with other providers, locked by you to Kite Mobile." in text


def test_pdf_says_what_each_recommended_plan_includes(tmp_path, advice, no_charts):
    from tariff_advisor.catalogue.summary import tariff_summary

    rec, explanation = advice
    text = words(build_pdf(rec, explanation, tmp_path / "advice.pdf"))
    assert "What your plans include" in text
    for name, choice in rec.assignment.items():
        tariff = rec.catalogue.tariff(choice["tariff"])
        assert f"{name}: {tariff_summary(tariff, rec.catalogue, choice['options'], 'EUR')}." in text
    assert "one-off fee €14.99" in text and "24-month contract" in text  # Anna's Kite 10 (24 months)
    assert "Shared: Helio Mobile Family Share, €10.00 a month for up to 5 SIMs" in text
    # a family that set no constraints reads none (no budget or required feature of another customer)
    assert "Your choices: none; every tariff on sale was compared." in text
    assert "Budget" not in text and "needs" not in text and "Compared:" not in text


def test_pdf_of_a_new_customer_is_titled_with_their_names(tmp_path, advice, no_charts):
    from dataclasses import replace

    rec, explanation = advice
    placeholder = replace(rec, household=replace(rec.household, name="New customer"))
    text = words(build_pdf(placeholder, explanation, tmp_path / "advice.pdf"))
    assert "New customer" not in text
    assert "Mobile tariff advice for Anna, Ben, Lea and Max Prepared" in text
    assert "advice for Berger family" in words(build_pdf(rec, explanation, tmp_path / "berger.pdf"))


def test_pdf_writes_differences_with_one_sign_and_zero_without(tmp_path, advice, no_charts):
    from dataclasses import replace

    rec, explanation = advice
    anna = explanation.why_not["Anna"]
    tied = replace(anna[0], extra=-0.004)  # a tie within the solver's tolerance
    cheaper = replace(anna[1], extra=-0.01)
    adjusted = replace(explanation, why_not={**explanation.why_not, "Anna": [tied, cheaper, *anna[2:]]})
    text = words(build_pdf(rec, adjusted, tmp_path / "advice.pdf"))
    assert "+-" not in text and "+0.00" not in text
    assert f"{rec.catalogue.tariff(tied.choice['tariff']).name} 0.00" in text
    assert f"{rec.catalogue.tariff(cheaper.choice['tariff']).name} -0.01" in text


def test_pdf_of_a_time_limited_plan_never_calls_it_optimal(tmp_path, advice, no_charts):
    from dataclasses import replace

    rec, explanation = advice
    feasible = replace(
        rec, status="feasible", reason="the time limit was reached: a valid plan set, not proven to be the cheapest"
    )
    text = words(build_pdf(feasible, explanation, tmp_path / "advice.pdf"))
    assert "this is feasible, not proven optimal" in text
    assert "optimal" not in text.replace("not proven optimal", "")
    assert "proven optimal: no other plan set costs less" in words(build_pdf(rec, explanation, tmp_path / "opt.pdf"))


HEADINGS = (
    "Recommended plans",
    "What your plans include",
    "Your usage (average per month)",
    "Cost month by month (EUR)",
    "Why these plans",
    "If everyone must stay with one provider",
    "Assumptions",
)


def test_no_heading_is_left_alone_at_the_foot_of_a_page(tmp_path, advice, monkeypatch, no_charts):
    """Pages of many heights move every heading to a page's foot once; it must go over with what it heads."""
    import tariff_advisor.report.advice as report

    rec, explanation = advice
    heights = range(420, 900, 12)
    monkeypatch.setattr(report, "PAPER", {f"h{h}": (595, h) for h in heights})
    for height in heights:
        path = build_pdf(rec, explanation, tmp_path / f"advice-{height}.pdf", f"h{height}")
        for page in PdfReader(str(path)).pages:
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            body = [line for line in lines if not line.startswith(("Tariff Advisor: advice for", "page "))]
            assert not body or body[-1] not in HEADINGS, f"page height {height}: {body[-1]!r} alone at the foot"


def test_month_by_month_chart_labels_the_one_off_fees(advice):
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    from tariff_advisor.report import charts

    rec, _ = advice
    one_off = sum(line.amount for line in rec.bill.lines if line.category == "one_time" and line.month == 1)
    assert one_off > 0  # the family's new contracts have activation fees
    figure = Figure()
    charts.monthly_cost(figure, rec.bill, rec.today)
    texts = [t.get_text() for t in figure.findobj(Text)]
    assert f"month 1: {one_off:,.2f} one-off fees" in texts
