"""Coverage before the results (issue 14, EECC art. 103(3)): which providers the catalogue includes, the editors'
statement of the market share, and what the customer's choices or the shop's range kept out, in the app and
on the PDF's first page before the recommended plans."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

import tariff_advisor as ta
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor.optimiser.explain import explain
from tariff_advisor.optimiser.recommendation import recommend
from tariff_advisor.release import build_release, install
from tariff_advisor.release.signing import load_private_key
from tariff_advisor.report.advice import build_pdf
from tariff_advisor_ui import app

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"
SAMPLE_KEY = ROOT / "tests" / "data" / "release" / "sample-publisher.key"
STATEMENT = "4 of the 6 national networks; no resellers"
PROVIDERS = "4 providers (Blitz Telecom, Helio Mobile, Kite Mobile and Nordwave Mobile)"


@pytest.fixture
def no_charts(monkeypatch):
    import tariff_advisor.report.advice as report

    monkeypatch.setattr(report, "_chart_image", lambda draw, width, height: report.Spacer(width, height))


@pytest.fixture
def released(tmp_path) -> ta.Catalogue:
    """The shipped market as a release with an editor's coverage statement, installed and in use."""
    built = build_release(
        shipped_catalogue_dir(), "2026.12.01", load_private_key(SAMPLE_KEY), STATEMENT, "Example Editors Ltd"
    )
    (tmp_path / "market.zip").write_bytes(built.data)
    install(tmp_path / "market.zip")
    return ta.load_catalogue()


def first_page(rec: ta.Recommendation, path: Path) -> str:
    build_pdf(rec, explain(rec), path)
    return " ".join(PdfReader(str(path)).pages[0].extract_text().split())


def test_page_one_states_the_coverage_and_what_was_left_out_before_the_plans(tmp_path, no_charts, released):
    household = ta.load_household(FAMILY)
    rec = recommend(household, released, {"exclude_providers": ["kite"]}, solver="highs")
    text = first_page(rec, tmp_path / "advice.pdf")
    plans = text.index("Recommended plans")
    assert text.index(f"This catalogue includes {PROVIDERS}; coverage: {STATEMENT}.") < plans
    assert text.index("Left out at your request: Kite Mobile.") < plans


def test_the_shipped_sample_says_it_is_a_fictional_market(tmp_path, no_charts):
    rec = recommend(ta.load_household(FAMILY), ta.load_catalogue(shipped_catalogue_dir()), solver="highs")
    text = first_page(rec, tmp_path / "advice.pdf")
    assert text.index("coverage: sample market: fictional providers.") < text.index("Recommended plans")


def test_the_app_states_the_coverage_under_the_banner_and_what_the_customer_left_out(qtbot, tmp_path, released):
    window = app.build(FAMILY, None, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert window is not None
    qtbot.addWidget(window)
    line = window.coverage_line
    assert line.text() == f"This catalogue includes {PROVIDERS}; coverage: {STATEMENT}."
    window.session.set_constraints({"exclude_providers": ["kite"], "only_tariffs": ["bz-prepaid-s"]})
    assert "Kite Mobile: not compared: left out by you." in line.text()
    assert "Helio Mobile and Nordwave Mobile: not compared: outside this shop's range." in line.text()


def test_how_we_rank_names_the_publisher_of_the_release_in_use(qtbot, tmp_path, released):
    from tariff_advisor_ui.advisor.help_menu import show_method

    window = app.build(FAMILY, None, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert window is not None
    qtbot.addWidget(window)
    text = " ".join(show_method(window).browser.toPlainText().split())
    assert "release 2026.12.01 of " in text and "published by Example Editors Ltd and signed with their key" in text
    window.session.set_catalogue(ta.load_catalogue(shipped_catalogue_dir()))  # a plain folder: no release to name
    assert "published by" not in show_method(window).browser.toPlainText()


def test_the_coverage_line_shows_a_statement_as_written_never_as_markup(qtbot, tmp_path):
    built = build_release(shipped_catalogue_dir(), "2026.12.02", load_private_key(SAMPLE_KEY), "<b>all</b> networks")
    (tmp_path / "m.zip").write_bytes(built.data)
    install(tmp_path / "m.zip")
    window = app.build(FAMILY, None, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert window is not None
    qtbot.addWidget(window)
    assert window.coverage_line.textFormat() == Qt.TextFormat.PlainText
    assert "coverage: <b>all</b> networks." in window.coverage_line.text()
