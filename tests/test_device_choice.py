"""Hand-checked phone choices: a phone cheaper bought outright, one cheaper in the contract, budgets and locks."""

from __future__ import annotations

import datetime as dt

import pytest

import tariff_advisor as ta
from tariff_advisor.catalogue.loading import catalogue_from_documents
from tariff_advisor.household.model import DeviceWish, Household, Member, MonthlyUsage
from tariff_advisor.optimiser.recommendation import recommend

CENT = 0.005
DEVICES = {
    "format_version": 2,
    "source": "test",
    "sample": True,
    "devices": [{"id": "phone-a", "maker": "Acme", "model": "One", "storage_gb": 128, "retail_price": 300.0}],
}


def market(monthly_fee: float, upfront: float = 1.0) -> ta.Catalogue:
    """One SIM-only tariff at 10 a month, with phone-a on offer for `upfront` plus `monthly_fee` x 24 months."""
    doc = {
        "format_version": 2,
        "provider": {"id": "p", "name": "P", "currency": "EUR"},
        "tariffs": [
            {
                "id": "p-10",
                "name": "P 10",
                "kind": "sim_only",
                "monthly_fee": 10.0,
                "allowances": {"minutes": "unlimited", "sms": "unlimited", "data_gb": 5},
            }
        ],
        "device_offers": [
            {
                "id": "p-phone-a",
                "device": "phone-a",
                "tariffs": ["p-10"],
                "upfront": upfront,
                "monthly_fee": monthly_fee,
                "months": 24,
            }
        ],
    }
    return catalogue_from_documents({"p.yaml": doc, "devices.yaml": DEVICES})


def family(wish: DeviceWish) -> Household:
    ann = Member("Ann", (MonthlyUsage(minutes=10, data_mb=100),), 40, device_wish=wish)
    return Household("test", (ann,), horizon_months=6, start_date=dt.date(2026, 12, 1))


def solved(household: Household, catalogue: ta.Catalogue, constraints: dict | None = None):
    results = [recommend(household, catalogue, constraints, solver=s) for s in ("cbc", "highs")]
    for result in results:
        assert result.status == "optimal", result.reason
        assert abs(result.objective - result.total) < CENT
        assert abs(ta.price(household, catalogue, result.assignment).total - result.total) < CENT
    return results[1]


def test_a_phone_cheaper_bought_outright_is_bought_outright():
    # in the contract: 1 + 24 x 20 = 481 (all owed, 18 of the fees after the 6-month horizon); retail 300
    result = solved(family(DeviceWish(("phone-a",))), market(monthly_fee=20.0))
    assert result.assignment["Ann"] == {"tariff": "p-10", "options": [], "phone": "phone-a"}
    assert result.total == pytest.approx(6 * 10.0 + 300.0)
    advice = result.advice[0]
    assert (advice.phone, advice.device_offer, advice.phone_cost, advice.phone_extra_vs_retail) == (
        "phone-a",
        None,
        300.0,
        0.0,
    )


def test_a_phone_cheaper_in_the_contract_comes_with_the_contract():
    # in the contract: 1 + 24 x 10 = 241 < 300 retail
    result = solved(family(DeviceWish(("phone-a",))), market(monthly_fee=10.0))
    assert result.assignment["Ann"] == {
        "tariff": "p-10",
        "options": [],
        "phone": "phone-a",
        "device_offer": "p-phone-a",
    }
    assert result.total == pytest.approx(6 * 10.0 + 241.0)
    advice = result.advice[0]
    assert (advice.phone_upfront, advice.phone_monthly_fee, advice.phone_months) == (1.0, 10.0, 24)
    assert advice.phone_cost == pytest.approx(241.0) and advice.phone_extra_vs_retail == pytest.approx(-59.0)
    assert advice.phone_name == "Acme One 128 GB"


def test_an_upfront_budget_rules_out_buying_outright():
    # retail 300 at once is over the budget of 100; the offer (upfront 50) is within it though dearer: 50 + 480
    result = solved(family(DeviceWish(("phone-a",), max_upfront=100.0)), market(monthly_fee=20.0, upfront=50.0))
    assert result.assignment["Ann"]["device_offer"] == "p-phone-a"
    assert result.total == pytest.approx(60.0 + 530.0)


def test_keeping_the_phone_costs_nothing_and_a_keep_lock_against_a_wish_names_the_lock():
    kept = solved(family(DeviceWish()), market(monthly_fee=10.0))
    assert kept.assignment["Ann"] == {"tariff": "p-10", "options": []} and kept.total == pytest.approx(60.0)
    locked = solved(
        family(DeviceWish(("phone-a",))), market(monthly_fee=10.0), {"locks": {"Ann": {"phone": "phone-a"}}}
    )
    assert locked.assignment["Ann"]["phone"] == "phone-a"
    result = recommend(
        family(DeviceWish(("phone-a",))), market(monthly_fee=10.0), {"locks": {"Ann": {"phone": "keep"}}}
    )
    assert result.status == "infeasible"
    assert result.conflicts == ["Ann keeps the current phone"]


def test_a_wish_no_tariff_can_meet_is_named_in_the_reason():
    # retail 300 is over the budget of 100, and the only offer's upfront (150) too
    result = recommend(family(DeviceWish(("phone-a",), max_upfront=100.0)), market(monthly_fee=10.0, upfront=150.0))
    assert result.status == "infeasible"
    assert "no tariff fits Ann with the wished phone (phone-a) for at most" in result.reason
    assert "widen the models or the budget" in result.reason
