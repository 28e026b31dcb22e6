"""Fuzzing the advice output with names full of markup, mathtext and spreadsheet formulas (Hypothesis).

Every name a user or a file supplies (household, members, today's custom plan and its provider, catalogue
providers, tariffs and options) is drawn from fragments that reportlab, matplotlib or a spreadsheet would
act on. For each: the PDF is built (charts drawn small, so mathtext would be parsed), no image but the
charts' is embedded, no chart text is mathtext, a plain name is printed as typed, and no CSV text cell
starts a formula. Budget: tests/fuzzing.py.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib import cbook
from matplotlib.figure import Figure
from matplotlib.text import Text
from pypdf import PdfReader

import tariff_advisor as ta
import tariff_advisor.report.advice as report
from tariff_advisor.household.model import CurrentPlan, Household, Member, MonthlyUsage
from tariff_advisor.io.spreadsheet import FORMULA_LEADS
from tariff_advisor.optimiser.breakeven import break_even
from tariff_advisor.optimiser.explain import explain
from tariff_advisor.report import charts

from .fuzzing import fuzz_settings
from .helpers import write_provider
from .test_report_safety import MARKER_SIZE, images, tiny_png

# names of control characters and unassigned code points draw as boxes: matplotlib says so, and that is fine
pytestmark = [pytest.mark.fuzz, pytest.mark.filterwarnings("ignore:Glyph .* missing from font")]

ALPHA = """
defaults:
  out_of_bundle: {minute: 0.10, sms: 0.20, intl_minute: 1.00, data: {mode: per_block, block_mb: 1024, price: 5.00}}
tariffs:
  - {id: a-small, name: Small, kind: sim_only, monthly_fee: 10.00, activation_fee: 20.00,
     allowances: {minutes: 100, sms: 10, data_gb: 1}}
  - {id: a-large, name: Large, kind: sim_only, monthly_fee: 20.00, features: [eu_roaming],
     allowances: {minutes: unlimited, sms: unlimited, data_gb: 10}}
options:
  - {id: a-data, name: Data 2 GB, monthly_fee: 3.00, adds: {data_gb: 2}, tariffs: [a-small]}
"""
BETA = """
defaults:
  out_of_bundle: {minute: 0.09, sms: 0.19, intl_minute: 0.90, data: {mode: throttle}}
tariffs:
  - {id: b-medium, name: Medium, kind: sim_only, monthly_fee: 15.00, allowances: {minutes: unlimited, data_gb: 5}}
"""

FRAGMENTS = (
    '<img src="{png}"/>',
    '<img src="{png}" width="40" height="40">',
    "<b>",
    "</b>",
    "<i>",
    "<para>",
    "</para>",
    "<br/>",
    '<font size="300">',
    "<a href='file:///etc/passwd'>",
    "<![CDATA[",
    "]]>",
    "&",
    "&amp;",
    "&#60;",
    "&nbsp;",
    "$",
    "$x^2$",
    r"$\frac{1}{0}$",
    r"$\undefinedcommand$",
    r"\$",
    "\\",
    "^",
    "_",
    "{",
    "}",
    "%",
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://x","y")',
    "@SUM(1+1)",
    '"',
    "'",
    ",",
    ";",
    " ",
    "Anna",
    "é",
    "€",
    "日本",
)


def names(png: str) -> st.SearchStrategy[str]:
    fragment = st.sampled_from([f.replace("{png}", png) for f in FRAGMENTS]) | st.text(max_size=3)
    return st.lists(fragment, min_size=1, max_size=6).map("".join).filter(lambda s: s.strip() != "")


@pytest.fixture(scope="module")
def market(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-output")
    write_provider(folder / "catalogue", "alpha", ALPHA)
    write_provider(folder / "catalogue", "beta", BETA)
    return ta.load_catalogue(folder / "catalogue"), str(tiny_png(folder / "secret.png"))


def renamed(catalogue: ta.Catalogue, provider: str, tariff: str, option: str) -> ta.Catalogue:
    """The catalogue with one provider, every tariff and every option carrying a fuzzed name."""
    providers = dict(catalogue.providers)
    providers["alpha"] = replace(providers["alpha"], name=provider)
    return replace(
        catalogue,
        providers=providers,
        tariffs=[replace(t, name=f"{tariff} {t.name}") for t in catalogue.tariffs],
        options=[replace(o, name=option) for o in catalogue.options],
    )


def drawn_small(draw, width, height):
    """Draw the chart for real at a low resolution (mathtext is parsed when drawn), and check its text."""
    figure = Figure(figsize=(width / 72, height / 72), dpi=20)  # no layout engine: the slow part, not the text
    draw(figure)
    figure.draw_without_rendering()  # lays out every text, so mathtext would be parsed here; no pixels
    for text in figure.findobj(Text):
        assert not cbook.is_math_text(text.get_text()), text.get_text()
    return report.Spacer(width, height)


def printable(text: str) -> bool:
    return all(" " <= c <= "~" or c in "\t\r\n" for c in text)


@fuzz_settings
@given(data=st.data())
def test_any_name_is_printed_never_run(market, data, tmp_path_factory, monkeypatch_module):
    catalogue, png = market
    name = names(png)
    household_name = data.draw(name, label="household")
    member_names = data.draw(st.lists(name, min_size=2, max_size=2, unique=True), label="members")
    plan, plan_provider = data.draw(name, label="plan"), data.draw(name, label="plan provider")
    fuzzed = renamed(catalogue, data.draw(name, label="provider"), data.draw(name), data.draw(name))
    month = MonthlyUsage(minutes=150, calls=60, sms=20, data_mb=3000)
    household = Household(
        household_name,
        (
            Member(
                member_names[0], (month,), 40, current=CurrentPlan(provider=plan_provider, name=plan, monthly_fee=30)
            ),
            Member(member_names[1], (month,), 16),
        ),
        horizon_months=3,
    )
    rec = ta.recommend(household, fuzzed, solver="highs")
    folder = tmp_path_factory.mktemp("advice")
    path = report.build_pdf(rec, explain(rec), folder / "advice.pdf")

    assert MARKER_SIZE not in images(path)
    text = "".join("".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    for typed in (household_name, *member_names):
        if printable(typed):
            assert "".join(typed.split()) in text
    member = rec.household.members[0]  # the app's charts: break-even and the usage history
    chart = break_even(rec.household, rec.catalogue, member.name, rec.assignment, points=5)
    drawn_small(lambda f: charts.break_even(f, chart), 500, 250)
    drawn_small(lambda f: charts.usage_history(f, member.usage, member.name), 300, 200)
    rows = list(csv.reader(io.StringIO(report.bill_lines_csv(rec))))
    text_columns = [i for i, column in enumerate(report.BILL_LINE_COLUMNS) if column.text]
    assert not [row[i] for row in rows[1:] for i in text_columns if row[i].startswith(FORMULA_LEADS)]


@pytest.fixture(scope="module")
def monkeypatch_module():
    """Charts drawn small for the whole module (Hypothesis runs many examples in one test call)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report, "_chart_image", drawn_small)
        yield patch
