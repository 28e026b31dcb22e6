"""The needs advisor's estimate and the break-even curves."""

from __future__ import annotations

from dataclasses import replace

import pytest

import tariff_advisor as ta
from tariff_advisor.billing.today import with_current_plans
from tariff_advisor.optimiser.breakeven import break_even
from tariff_advisor.usage.needs import NEEDS_FILE, default_answers, estimate, load_needs

from .helpers import ROOT

FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"


def test_the_assumptions_file_is_valid_and_documented():
    model = load_needs()
    text = NEEDS_FILE.read_text()
    assert {q.id for q in model.questions} >= {
        "call_minutes",
        "sms",
        "video",
        "music",
        "social",
        "navigation",
        "work",
        "travel",
        "international",
    }
    for question in model.questions:
        if question.resource == "data_mb":
            assert question.assumption and question.assumption.startswith("MB per")
    assert "Sources for the data rates" in text


def test_estimate_is_answer_times_assumption_per_month():
    model = load_needs()
    usage = estimate({"video": 2, "call_minutes": 10, "sms": 1, "international": 30}).usage
    video_mb = 2 * 700 * model.weeks_per_month
    assert usage.data_mb == pytest.approx(video_mb * (1 + model.margin_percent / 100), abs=0.1)
    assert usage.minutes == pytest.approx(10 * model.days_per_month, abs=0.1)
    assert usage.sms == pytest.approx(model.days_per_month, abs=0.1) and usage.intl_minutes == 30


def test_a_corrected_assumption_changes_only_its_part():
    base = estimate({"video": 2, "music": 5})
    corrected = estimate({"video": 2, "music": 5}, corrections={"video": 1400})
    music = next(c for c in base.contributions if c.question.id == "music").monthly
    video = next(c for c in base.contributions if c.question.id == "video").monthly
    margin = 1 + load_needs().margin_percent / 100
    assert corrected.usage.data_mb == pytest.approx((music + 2 * video) * margin, abs=0.2)
    assert any(line.startswith("Video: 2 h/week x 1400 MB/h") for line in corrected.assumptions_text())


def test_travel_makes_eu_roaming_a_need_and_negative_answers_are_refused():
    assert estimate({"travel": 14}).features == ["eu_roaming"]
    assert estimate(default_answers()).features == []
    with pytest.raises(ValueError, match="negative"):
        estimate({"video": -1})


@pytest.fixture(scope="module")
def family_plans():
    """The Berger family as priced, and its recommended plans (Lea and Max share a Helio family plan)."""
    household, catalogue = with_current_plans(ta.load_household(FAMILY), ta.load_catalogue())
    rec = ta.recommend(household, catalogue, solver="highs")
    return household, catalogue, rec.assignment


def _nearest(xs, x):
    return min(range(len(xs)), key=lambda i: abs(xs[i] - x))


def test_break_even_curves_cross_where_the_rival_gets_cheaper(family_plans):
    household, catalogue, plans = family_plans
    assignment = {**plans, "Anna": {"tariff": "ki-10-24", "options": ["ki-intl-60"]}}
    chart = break_even(household, catalogue, "Anna", assignment)
    chosen = chart.curves[0]
    assert chosen.chosen and chosen.tariff == "ki-10-24" and len(chart.curves) == 4
    assert len({catalogue.tariff(c.tariff).provider for c in chart.curves[1:]}) == 3  # one rival per provider
    assert len(chart.months) == 12 and all(0 < x < chart.xs[-1] for _, x in chart.months)
    # at Anna's own usage the chosen line is the cheapest of the four
    typical = _nearest(chart.xs, sum(x for _, x in chart.months) / len(chart.months))
    assert chosen.costs[typical] == min(c.costs[typical] for c in chart.curves)
    # each crossing is a real change of order, checked with the billing engine
    for x, rival_label in chart.crossings:
        rival = next(c for c in chart.curves if c.label == rival_label)
        below, above = (
            max(i for i, v in enumerate(chart.xs) if v < x),
            min(i for i, v in enumerate(chart.xs) if v > x),
        )
        assert (chosen.costs[below] - rival.costs[below]) * (chosen.costs[above] - rival.costs[above]) <= 0
    # a cost on the curve is the whole household's bill, Anna at that usage, averaged over the horizon
    anna = household.member("Anna")
    mean = {f: sum(getattr(u, f) for u in anna.usage) / 12 for f in ("minutes", "calls", "sms", "intl_minutes")}
    month = replace(anna.usage[0], data_mb=chart.xs[10] * 1024, **mean, minutes_rounded=None, to_members={}, month=None)
    varied = replace(household.with_member_usage("Anna", (month,)), allow_data_slowdown=True)
    bill = ta.price(varied, catalogue, assignment)
    assert chosen.costs[10] == pytest.approx(bill.total / household.horizon_months)


def test_break_even_of_a_family_plan_member_shows_what_the_household_pays(family_plans):
    """Max shares Helio's family plan with Lea: leaving it does not take the shared base fee away, so every rival
    costs the household more at his usage, as `price` says; the chart must not show a rival below his plan there."""
    household, catalogue, plans = family_plans
    assert catalogue.tariff(plans["Max"]["tariff"]).family_plan is not None
    chart = break_even(household, catalogue, "Max", plans)
    chosen, rivals = chart.curves[0], chart.curves[1:]
    today = ta.price(household, catalogue, plans).total
    for rival in rivals:
        moved = ta.price(
            household, catalogue, {**plans, "Max": {**plans["Max"], "tariff": rival.tariff, "options": []}}
        )
        moved = moved.total  # Max keeps his switch month
        assert rival.extra_per_month == pytest.approx((moved - today) / household.horizon_months)
        assert rival.extra_per_month > 0  # the recommendation is the household's optimum
    typical = _nearest(chart.xs, sum(x for _, x in chart.months) / len(chart.months))
    assert all(chosen.costs[typical] < rival.costs[typical] for rival in rivals)
    assert chart.measure == "household"


def test_break_even_chart_says_it_shows_the_household_cost(family_plans):
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    from tariff_advisor.report import charts

    household, catalogue, plans = family_plans
    figure = Figure()
    charts.break_even(figure, break_even(household, catalogue, "Ben", plans))
    texts = " ".join(t.get_text() for t in figure.findobj(Text))
    assert "What the whole household pays if Ben moves" in texts
    assert figure.axes[0].get_ylabel() == "EUR a month"
    assert "household +" in texts  # each rival's move, priced in the legend


def test_break_even_by_minutes_has_a_minutes_axis(family_plans):
    household, catalogue, plans = family_plans
    chart = break_even(household, catalogue, "Ben", plans, resource="minutes")
    assert chart.axis_label == "call minutes a month" and chart.xs[-1] >= 300


def test_a_members_needs_are_saved_and_bind_the_optimiser(tmp_path):
    from tariff_advisor.household.files import save_household

    household = ta.load_household(FAMILY).with_member_needs("Lea", ["eu_roaming", "5g"])
    save_household(household, tmp_path / "family.yaml")
    loaded = ta.load_household(tmp_path / "family.yaml")
    assert loaded.member("Lea").needs == ("eu_roaming", "5g")
    catalogue = ta.load_catalogue()
    rec = ta.recommend(loaded, catalogue, solver="highs")
    lea = catalogue.tariff(rec.assignment["Lea"]["tariff"])
    features = set(lea.features) | {f for o in rec.assignment["Lea"]["options"] for f in catalogue.option(o).features}
    assert {"eu_roaming", "5g"} <= features
    bad = loaded.with_member_needs("Lea", ["teleport"])
    with pytest.raises(ta.TariffAdvisorError, match="Lea's needs: unknown feature 'teleport'"):
        ta.recommend(bad, catalogue, solver="highs")
