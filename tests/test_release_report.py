"""The advice PDF names the catalogue release and says when its prices are older than two weeks (issue 14)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

import tariff_advisor as ta
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor.optimiser.explain import explain
from tariff_advisor.optimiser.recommendation import recommend
from tariff_advisor.release import install
from tariff_advisor.report.advice import build_pdf

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"
SHIPPED_RELEASE = ROOT / "tariff_advisor" / "release" / "sample" / "sample-market-2026.11.25.zip"


@pytest.fixture
def no_charts(monkeypatch):
    import tariff_advisor.report.advice as report

    monkeypatch.setattr(report, "_chart_image", lambda draw, width, height: report.Spacer(width, height))


def pdf_words(rec: ta.Recommendation, path: Path) -> str:
    build_pdf(rec, explain(rec), path)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_the_pdf_names_the_release_and_says_its_prices_are_stale(tmp_path, no_charts):
    install(SHIPPED_RELEASE)
    catalogue = ta.load_catalogue()  # the release in use: checked 2026-10-15, over 14 days before any today now
    text = pdf_words(recommend(ta.load_household(FAMILY), catalogue, solver="highs"), tmp_path / "a.pdf")
    # the sample release was signed again on 2026-12-05 when the phones joined the market (its version kept)
    assert "Catalogue release 2026.11.25 of 2026-12-05" in text
    assert "prices checked 2026-10-15 or later" in text
    assert "These prices are more than 14 days old: check them with the providers" in text


def test_fresh_prices_carry_no_warning(tmp_path, no_charts):
    market = Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "fresh"))
    today = dt.date.today().isoformat()
    for path in market.glob("*.yaml"):
        path.write_text(re.sub(r"(?m)^checked: .*$", f"checked: {today}", path.read_text("utf-8")), "utf-8")
    text = pdf_words(
        recommend(ta.load_household(FAMILY), ta.load_catalogue(market), solver="highs"), tmp_path / "b.pdf"
    )
    assert f"Catalogue: not a signed release; prices checked {today} or later." in text
    assert "days old" not in text
