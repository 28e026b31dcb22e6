"""Defects a user trial found (a German family and a shop assistant): each test fails on the code before."""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("PySide6")

import tariff_advisor as ta

from .test_ui import WAIT


def optimise(qtbot, window) -> None:
    with qtbot.waitSignal(window.session.explanationReady, timeout=WAIT):
        window.session.optimise()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=WAIT)


def without_plan_of_today(household: ta.Household, name: str) -> ta.Household:
    members = tuple(replace(m, current=None) if m.name == name else m for m in household.members)
    return replace(household, members=members)


# -- 1. a member without a plan of today: the result line says why there is no comparison --------------------
def test_the_result_line_says_why_there_is_no_comparison_with_today(qtbot, window):
    window.session.set_household(without_plan_of_today(window.session.household, "Max"), window.session.path)
    optimise(qtbot, window)
    text = window.result.text()
    assert "against today" not in text
    assert "No comparison with today: Max has no plan of today" in text
    assert "members table" in text


def test_the_result_line_names_every_member_without_a_plan_of_today(qtbot, window):
    household = without_plan_of_today(without_plan_of_today(window.session.household, "Max"), "Lea")
    window.session.set_household(household, window.session.path)
    optimise(qtbot, window)
    assert "No comparison with today: Lea, Max have no plan of today" in window.result.text()


def test_with_every_plan_of_today_the_result_line_has_the_saving_and_no_excuse(qtbot, window):
    optimise(qtbot, window)
    assert "against today" in window.result.text() and "No comparison" not in window.result.text()
