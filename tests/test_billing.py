"""Every pricing construct against a bill computed by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import datetime as dt

import pytest

import tariff_advisor as ta
from tariff_advisor.household.model import CurrentPlan

from .helpers import catalogue, household, lines, member, usage

BASIC = """
defaults:
  out_of_bundle: {minute: 0.10, sms: 0.20, intl_minute: 1.00, data: {mode: per_block, block_mb: 1024, price: 5.00}}
tariffs:
  - {id: a-small, name: Small, kind: sim_only, monthly_fee: 10.00, activation_fee: 20.00,
     allowances: {minutes: 100, sms: 10, data_gb: 1}}
  - {id: a-rounded, name: Rounded, kind: prepaid, monthly_fee: 5.00, billing: {voice: per_minute, setup_fee_per_call: 0.05},
     allowances: {minutes: 0}}
  - {id: a-permb, name: Per MB, kind: prepaid, monthly_fee: 0, out_of_bundle: {data: {mode: per_mb, price: 0.01}}}
  - {id: a-throttle, name: Throttled, kind: sim_only, monthly_fee: 15.00, out_of_bundle: {data: {mode: throttle}},
     allowances: {minutes: unlimited, sms: unlimited, data_gb: 2}}
  - {id: a-unl, name: Unlimited, kind: sim_only, monthly_fee: 40.00,
     allowances: {minutes: unlimited, sms: unlimited, data_gb: unlimited, fair_use_gb: 50}}
options:
  - {id: a-data-2, name: Data 2 GB, monthly_fee: 3.00, adds: {data_gb: 2}, tariffs: [a-small], max_count: 2}
  - {id: a-data-unl, name: Data unlimited, monthly_fee: 12.00, unlimited: [data], tariffs: [a-small]}
"""


@pytest.fixture
def cat(tmp_path):
    return catalogue(tmp_path, alpha=BASIC)


def test_fee_activation_and_every_overage(cat):
    # 150 min on 100 included: 50 x 0.10 = 5.00; 13 SMS on 10: 3 x 0.20 = 0.60;
    # 7 intl min, none included: 7 x 1.00 = 7.00; 2049 MB on 1024 MB: 1025 MB over = 2 started GB x 5 = 10.00
    h = household(member("A", usage(minutes=150, sms=13, intl_minutes=7, data_mb=2049)))
    bill = ta.price(h, cat, {"A": {"tariff": "a-small"}})
    assert lines(bill, "monthly fee") == [10.00]
    assert lines(bill, "activation") == [20.00]
    assert lines(bill, "minutes beyond") == [pytest.approx(5.00)]
    assert lines(bill, "SMS beyond") == [pytest.approx(0.60)]
    assert lines(bill, "international") == [pytest.approx(7.00)]
    assert lines(bill, "data beyond") == [pytest.approx(10.00)]
    assert bill.total == pytest.approx(10 + 20 + 5 + 0.6 + 7 + 10)


def test_started_block_boundaries(cat):
    # exactly the allowance: nothing; one MB over: a whole started GB; 2048 MB over: exactly 2 GB
    for used, blocks in ((1024, 0), (1025, 1), (3072, 2), (3073, 3)):
        h = household(member("A", usage(data_mb=used)))
        bill = ta.price(h, cat, {"A": {"tariff": "a-small"}})
        assert sum(lines(bill, "data beyond")) == pytest.approx(5.00 * blocks), used


def test_per_call_rounding_from_records_and_estimated_from_totals(cat):
    # Records known: 10 calls of 61 s each = 10.17 min talk, 20 min when each call is rounded up.
    # 20 x 0.10 = 2.00, plus set-up 10 x 0.05 = 0.50
    known = household(member("A", usage(minutes=610 / 60, calls=10, minutes_rounded=20)))
    bill = ta.price(known, cat, {"A": {"tariff": "a-rounded"}})
    assert lines(bill, "minutes beyond") == [pytest.approx(2.00)]
    assert lines(bill, "set-up") == [pytest.approx(0.50)]
    # Only totals: 100 min in 40 calls is estimated as 100 + 40 x 0.5 = 120 billed minutes = 12.00
    totals = household(member("A", usage(minutes=100, calls=40)))
    bill = ta.price(totals, cat, {"A": {"tariff": "a-rounded"}})
    assert lines(bill, "minutes beyond") == [pytest.approx(12.00)]
    # Per-second billing charges exactly the talk time: 150.5 min on 100 = 50.5 x 0.10
    exact = household(member("A", usage(minutes=150.5, calls=40)))
    assert lines(ta.price(exact, cat, {"A": {"tariff": "a-small"}}), "minutes beyond") == [pytest.approx(5.05)]


def test_data_per_mb_and_throttle(cat):
    h = household(member("A", usage(data_mb=1500)))
    assert lines(ta.price(h, cat, {"A": {"tariff": "a-permb"}}), "data beyond") == [pytest.approx(15.00)]
    h = household(member("A", usage(data_mb=5000)))
    bill = ta.price(h, cat, {"A": {"tariff": "a-throttle"}})
    assert lines(bill, "data beyond") == [] and bill.total == pytest.approx(15.00)
    assert any("slowed down" in w for w in bill.warnings)


def test_fair_use_cap_slows_down_without_charge(cat):
    h = household(member("A", usage(data_mb=60 * 1024)))
    bill = ta.price(h, cat, {"A": {"tariff": "a-unl"}})
    assert bill.total == pytest.approx(40.00)
    assert any("50.0 GB at full speed" in w for w in bill.warnings)


def test_options_add_allowance_stack_and_unlimited(cat):
    # 1 GB + 2 x 2 GB = 5 GB = 5120 MB; 5500 MB used: 380 MB over = 1 started GB
    h = household(member("A", usage(data_mb=5500)))
    bill = ta.price(h, cat, {"A": {"tariff": "a-small", "options": ["a-data-2", "a-data-2"]}})
    assert lines(bill, "option") == [pytest.approx(6.00)]
    assert lines(bill, "data beyond") == [pytest.approx(5.00)]
    bill = ta.price(h, cat, {"A": {"tariff": "a-small", "options": ["a-data-unl"]}})
    assert lines(bill, "data beyond") == []
    with pytest.raises(ta.AssignmentError, match="at most 2"):
        ta.price(h, cat, {"A": {"tariff": "a-small", "options": ["a-data-2"] * 3}})
    with pytest.raises(ta.AssignmentError, match="cannot be added"):
        ta.price(h, cat, {"A": {"tariff": "a-throttle", "options": ["a-data-2"]}})


def test_each_month_of_history_is_priced_on_its_own(cat):
    # A light month (1024 MB) and a heavy one (4096 MB): priced month by month that is 0 + 3 started GB = 15.00;
    # the average (2560 MB) would wrongly give 2 + 2 = 20.00.
    h = household(member("A", usage(data_mb=1024), usage(data_mb=4096)), horizon=2)
    bill = ta.price(h, cat, {"A": {"tariff": "a-small"}})
    assert sum(lines(bill, "data beyond")) == pytest.approx(15.00)
    assert bill.by_month() == [pytest.approx(10 + 20), pytest.approx(10 + 15)]


def test_history_repeats_over_the_horizon_with_yearly_growth(cat):
    # 12 months of 1024 MB: months 1-12 exactly at the allowance; 13-24 grown by 50% = 1536 MB = 1 block each
    h = household(member("A", *[usage(data_mb=1024)] * 12), horizon=24, usage_growth_percent_per_year=50)
    bill = ta.price(h, cat, {"A": {"tariff": "a-small"}})
    assert sum(lines(bill, "data beyond")) == pytest.approx(12 * 5.00)
    assert {line.month for line in bill.lines if "data beyond" in line.label} == set(range(13, 25))


PROMOS = """
tariffs:
  - id: p-disc
    name: Discounted
    kind: contract
    monthly_fee: 20.00
    activation_fee: 30.00
    contract_months: 24
    promotions:
      - {type: discount, months: 3, amount: 5.00}
      - {type: discount, months: 1, percent: 50}
  - id: p-free
    name: Free months
    kind: contract
    monthly_fee: 12.00
    promotions: [{type: free_months, months: 2}, {type: cashback, amount: 40.00, redemption: true, paid_in_month: 2},
                 {type: cashback, amount: 10.00, paid_in_month: 1}]
  - id: p-expired
    name: Expired promo
    kind: contract
    monthly_fee: 10.00
    promotions: [{type: free_months, months: 6, valid_until: 2026-01-31}]
  - id: p-rising
    name: Rising
    kind: contract
    monthly_fee: 10.00
    price_changes: [{from_month: 3, amount: 2.00}, {from_month: 4, percent: 10}]
  - id: p-28
    name: Four-weekly
    kind: prepaid
    monthly_fee: 10.00
    billing: {cycle: 28_days}
    allowances: {data_gb: 1}
    out_of_bundle: {data: {mode: per_block, block_mb: 1024, price: 2.00}}
"""


def test_discount_and_percent_promotions(tmp_path):
    cat = catalogue(tmp_path, promo=PROMOS)
    h = household(member("A"), horizon=4)
    bill = ta.price(h, cat, {"A": {"tariff": "p-disc"}})
    # month 1: 5.00 + 50% of 20 = 15.00 off; months 2-3: 5.00 off; month 4: none
    assert lines(bill, "promotion") == [pytest.approx(-15.0), pytest.approx(-5.0), pytest.approx(-5.0)]
    assert bill.total == pytest.approx(4 * 20 + 30 - 25)


def test_free_months_and_cashback_claimed_or_not(tmp_path):
    cat = catalogue(tmp_path, promo=PROMOS)
    assignment = {"A": {"tariff": "p-free"}}
    unclaimed = ta.price(household(member("A"), horizon=3), cat, assignment)
    # 3 x 12 - 2 free months - 10 automatic cashback; redemption cashback not counted
    assert unclaimed.total == pytest.approx(36 - 24 - 10)
    claimed = ta.price(household(member("A"), horizon=3, claim_cashback=True), cat, assignment)
    assert claimed.total == pytest.approx(36 - 24 - 10 - 40)
    assert [line.month for line in claimed.lines if "redemption" in line.label] == [2]


def test_expired_promotion_is_not_applied(tmp_path):
    cat = catalogue(tmp_path, promo=PROMOS)
    h = household(member("A"), horizon=2, start_date=dt.date(2026, 12, 1))
    assert ta.price(h, cat, {"A": {"tariff": "p-expired"}}).total == pytest.approx(20.00)
    h = household(member("A"), horizon=2, start_date=dt.date(2026, 1, 15))
    assert ta.price(h, cat, {"A": {"tariff": "p-expired"}}).total == pytest.approx(0.0)


def test_scheduled_price_changes(tmp_path):
    cat = catalogue(tmp_path, promo=PROMOS)
    bill = ta.price(household(member("A"), horizon=4), cat, {"A": {"tariff": "p-rising"}})
    # months 1-2: 10.00; month 3: 12.00; month 4: 10 x 1.10 + 2 = 13.00
    assert bill.by_month() == [pytest.approx(10), pytest.approx(10), pytest.approx(12), pytest.approx(13)]


def test_28_day_cycle_bills_more_cycles_and_allowances_per_cycle(tmp_path):
    cat = catalogue(tmp_path, promo=PROMOS)
    cycles = 365.25 / 12 / 28  # 1.0871 cycles a month
    bill = ta.price(household(member("A", usage(data_mb=2000))), cat, {"A": {"tariff": "p-28"}})
    # 2000 MB a month is 1839.8 MB a cycle: 815.8 MB over = 1 started GB per cycle
    assert lines(bill, "monthly fee") == [pytest.approx(10 * cycles)]
    assert lines(bill, "data beyond") == [pytest.approx(2.00 * cycles)]


CROSS = """
defaults:
  out_of_bundle: {minute: 0.10}
  on_net_minute_price: 0.00
multi_line:
  line_discounts: [{line: 2, amount: 5.00}, {line: 3, amount: 8.00}]
  volume_discounts: [{min_lines: 3, percent: 10}]
broadband_discount: {amount: 2.00}
family_plans:
  - {id: x-fam, name: Family, base_fee: 20.00, max_sims: 2, pool: {data_gb: 10},
     out_of_bundle: {data: {mode: per_block, block_mb: 1024, price: 3.00}}}
tariffs:
  - {id: x-a, name: A, kind: contract, tier: one, monthly_fee: 10.00, allowances: {minutes: 50}}
  - {id: x-b, name: B, kind: contract, tier: two, monthly_fee: 30.00, allowances: {minutes: 50}}
  - {id: x-sim, name: Family SIM, kind: contract, monthly_fee: 5.00, family_plan: x-fam, allowances: {minutes: unlimited}}
  - {id: x-bb, name: Broadband only, kind: contract, monthly_fee: 8.00, eligibility: {broadband_customer: true}}
options:
  - {id: x-pool-5, name: Pool +5 GB, monthly_fee: 4.00, adds: {data_gb: 5}, tariffs: [x-sim]}
"""
OTHER = """
defaults:
  out_of_bundle: {minute: 0.20}
multi_line:
  same_tier: true
  volume_discounts: [{min_lines: 2, percent: 50}]
broadband_discount: {percent: 25}
tariffs:
  - {id: y-a, name: YA, kind: contract, tier: t1, monthly_fee: 20.00, on_net_minute_price: 0.05}
  - {id: y-b, name: YB, kind: contract, tier: t2, monthly_fee: 20.00}
"""


@pytest.fixture
def cross(tmp_path):
    return catalogue(tmp_path, xeno=CROSS, ypsi=OTHER)


def test_line_discounts_by_position_and_volume_percent(cross):
    h = household(member("A"), member("B"), member("C"))
    two = ta.price(h, cross, {"A": "x-a", "B": "x-b", "C": "y-a"})
    # two lines at xeno: the 2nd line (B in member order) gets 5.00; no volume level reached
    assert lines(two, "multi-line") == [-5.00]
    assert [line.member for line in two.lines if "multi-line" in line.label] == ["B"]
    three = ta.price(h, cross, {"A": "x-a", "B": "x-b", "C": "x-a"})
    # three lines: 5.00 + 8.00 off lines 2 and 3, plus 10% of every fee (1 + 3 + 1 = 5.00)
    assert sum(lines(three, "multi-line")) == pytest.approx(-(5 + 8 + 1 + 3 + 1))


def test_same_tier_rule(cross):
    h = household(member("A"), member("B"))
    same = ta.price(h, cross, {"A": "y-a", "B": "y-a"})
    assert sum(lines(same, "multi-line")) == pytest.approx(-20.00)  # 50% of 20 on both lines
    mixed = ta.price(h, cross, {"A": "y-a", "B": "y-b"})
    assert lines(mixed, "multi-line") == []


def test_family_pool_shares_data_and_caps_sims(cross):
    # Pool 10 GB + 5 GB option = 15360 MB; used 9000 + 7000 = 16000 MB: 640 MB over = 1 started GB = 3.00
    h = household(member("A", usage(data_mb=9000)), member("B", usage(data_mb=7000)))
    bill = ta.price(h, cross, {"A": {"tariff": "x-sim", "options": ["x-pool-5"]}, "B": "x-sim"})
    assert lines(bill, "base fee") == [20.00]
    assert sum(lines(bill, "monthly fee")) == pytest.approx(10.00)
    assert lines(bill, "shared data") == [pytest.approx(3.00)]
    assert bill.total == pytest.approx(20 + 10 + 4 + 3)
    assert lines(bill, "multi-line") == []  # family SIMs do not count as multi-line lines
    h3 = household(member("A"), member("B"), member("C"))
    with pytest.raises(ta.AssignmentError, match="at most 2 SIMs"):
        ta.price(h3, cross, {"A": "x-sim", "B": "x-sim", "C": "x-sim"})


def test_on_net_calls_free_or_cheaper(cross):
    # A calls B for 40 of 100 minutes. Same network (xeno, on-net free): 100 - 40 = 60 billable on 50 = 1.00
    a = member("A", usage(minutes=100, to_members={"B": 40}))
    h = household(a, member("B"))
    same = ta.price(h, cross, {"A": "x-a", "B": "x-b"})
    assert lines(same, "minutes beyond", "A") == [pytest.approx(1.00)]
    apart = ta.price(h, cross, {"A": "x-a", "B": "y-a"})
    assert lines(apart, "minutes beyond", "A") == [pytest.approx(5.00)]  # 50 over x 0.10
    # ypsi y-a: on-net 0.05 a minute and no allowance: 40 x 0.05 + 60 x 0.20
    cheaper = ta.price(h, cross, {"A": "y-a", "B": "y-b"})
    assert lines(cheaper, "on-net", "A") == [pytest.approx(2.00)]
    assert lines(cheaper, "minutes beyond", "A") == [pytest.approx(12.00)]


def test_broadband_discount_and_eligibility(cross):
    h = household(member("A"), home_broadband_provider="xeno")
    bill = ta.price(h, cross, {"A": "x-bb"})
    assert lines(bill, "home-broadband") == [-2.00] and not bill.warnings
    h = household(member("A"), home_broadband_provider="ypsi")
    assert lines(ta.price(h, cross, {"A": "y-b"}), "home-broadband") == [pytest.approx(-5.00)]  # 25% of 20
    bill = ta.price(h, cross, {"A": "x-bb"})
    assert any("not eligible" in w for w in bill.warnings)


def test_leaving_early_costs_the_exit_fee_and_staying_costs_no_switching(tmp_path):
    cat = catalogue(tmp_path, promo=PROMOS)
    current = CurrentPlan(tariff="p-disc", months_left=6, exit_fee=50.00)
    h = household(member("A", current=current), horizon=2)
    leave = ta.price(h, cat, {"A": "p-rising"})
    assert lines(leave, "exit fee") == [50.00]
    stay = ta.price(h, cat, {"A": "p-disc"})
    # staying: no activation fee, no new-customer promotions, no exit fee
    assert stay.total == pytest.approx(40.00)


def test_today_prices_custom_and_catalogue_plans(tmp_path):
    from tariff_advisor.billing.today import price_today

    cat = catalogue(tmp_path, promo=PROMOS)
    custom = CurrentPlan(provider="OldTel", name="Classic", monthly_fee=29.95, months_left=3, exit_fee=99.0)
    h = household(member("A", current=custom), member("B", current=CurrentPlan(tariff="p-rising")), horizon=4)
    bill = price_today(h, cat)
    assert bill.by_member() == {"A": pytest.approx(4 * 29.95), "B": pytest.approx(10 + 10 + 12 + 13)}
    assert price_today(household(member("A")), cat) is None


def test_bill_plain_data(cat):
    bill = ta.price(household(member("A", usage(data_mb=2049))), cat, {"A": {"tariff": "a-small"}})
    data = bill.to_dict()
    assert data["total"] == pytest.approx(40.00) and data["assignment"] == {"A": {"tariff": "a-small", "options": []}}
    assert {line["category"] for line in data["lines"]} <= set(ta.billing.bill.CATEGORIES)
    assert sum(line["amount"] for line in data["lines"]) == pytest.approx(data["total"])


def test_a_non_finite_price_from_the_api_is_a_clear_error_not_a_total():
    """Files cannot hold an infinite price; a catalogue built in Python can, and must not reach a bill."""
    import math
    from dataclasses import replace

    from tariff_advisor.billing.inputs import NonFiniteAmountError
    from tariff_advisor.catalogue.model import Catalogue

    shipped = ta.load_catalogue()
    tariff = replace(shipped.tariff("bz-smart-7"), monthly_fee=math.inf)
    cat = Catalogue({"blitz": shipped.providers["blitz"]}, [tariff])
    with pytest.raises(NonFiniteAmountError, match="must be a finite number"):
        ta.price(household(member("A", usage())), cat, {"A": tariff.id})
