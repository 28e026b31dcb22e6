"""Issue 12 by hand: switch months, notice and early exit, cross-line rules month by month, phones, roaming.

Every test prices a tiny market whose arithmetic is in the comments. The household starts on 1 January 2027.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

import tariff_advisor as ta
from tariff_advisor.billing.assignment import resolve
from tariff_advisor.billing.bill import RETAIL
from tariff_advisor.billing.contract import early_exit_cost, free_switch_month, notice_deadline
from tariff_advisor.billing.today import price_today, today_assignment
from tariff_advisor.errors import AssignmentError
from tariff_advisor.household.model import (
    CurrentPlan,
    DeviceWish,
    Household,
    Member,
    MonthlyUsage,
    Roaming,
    add_months,
    month_start,
)

from .helpers import lines

START = dt.date(2027, 1, 1)

OLD = """
format_version: 2
provider: {id: old, name: Old, currency: EUR}
contract_rules: {notice_months: 1, renewal_months: RENEWAL, early_exit: EARLY_EXIT}
tariffs:
  - {id: old-10, name: Old 10, kind: contract, monthly_fee: 10.00,
     allowances: {minutes: unlimited, sms: unlimited, data_gb: unlimited}}
"""

NEW = """
format_version: 2
provider: {id: new, name: New, currency: EUR}
multi_line: {line_discounts: [{line: 2, amount: 3.00}]}
defaults:
  roaming: {included: [eu], fair_use_gb: 1, fair_use_price_gb: 2.048, day_pass: {us_ca: 5.00},
            rates: {world: {minute: 2.00, mb: 0.01}}}
tariffs:
  - {id: new-20, name: New 20, kind: contract, tier: a, monthly_fee: 20.00, activation_fee: 30.00,
     allowances: {minutes: unlimited, sms: unlimited, data_gb: unlimited},
     promotions: [{type: discount, months: 2, amount: 5.00}]}
device_offers:
  - {id: new-phone-a, device: phone-a, tier: a, upfront: 49.00, monthly_fee: 10.00, months: 24}
  - {id: new-phone-a-senior, device: phone-a, tariffs: [new-20], upfront: 0, monthly_fee: 12.00, months: 24,
     eligibility: {min_age: 60}}
"""

DEVICES = """
format_version: 2
sample: true
devices:
  - {id: phone-a, maker: Acme, model: A1, storage_gb: 128, retail_price: 600.00}
  - {id: phone-b, maker: Acme, model: B1, storage_gb: 64, retail_price: 300.00}
"""


def market(tmp_path: Path, early_exit: str = "{rule: remaining_fees}", renewal: int = 1) -> ta.Catalogue:
    folder = tmp_path / "market"
    folder.mkdir(exist_ok=True)
    old = OLD.replace("EARLY_EXIT", early_exit).replace("RENEWAL", str(renewal))
    for name, text in (("old", old), ("new", NEW), ("devices", DEVICES)):
        (folder / f"{name}.yaml").write_text(textwrap.dedent(text))
    return ta.load_catalogue(folder)


def person(name: str, current: CurrentPlan | None = None, **kwargs) -> Member:
    return Member(name, (MonthlyUsage(),), 40, False, (), current, **kwargs)


def home(*members: Member, horizon: int = 6) -> Household:
    return Household("test", members, horizon_months=horizon, start_date=START)


ENDS_MARCH = CurrentPlan(tariff="old-10", end_date=dt.date(2027, 3, 31))


@pytest.fixture
def cat(tmp_path):
    return market(tmp_path)


def test_calendar_months_are_clamped_to_the_months_length():
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 3, 31), -1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 11, 15), 3) == dt.date(2028, 2, 15)
    assert month_start(home(person("A")), 4) == dt.date(2027, 4, 1)


def test_free_month_and_notice_deadline(cat):
    # ends 31 March, one month's notice: cancel by 28 February, the new plan from month 4 (1 April)
    a = person("A", ENDS_MARCH)
    assert (free_switch_month(a, home(a), cat), notice_deadline(a, home(a), cat)) == (4, dt.date(2027, 2, 28))
    # three months' notice: the deadline (31 December) is past, so the term renews by a month to 30 April,
    # cancellable by 31 January: free in month 5
    b = person("B", CurrentPlan(tariff="old-10", end_date=dt.date(2027, 3, 31), notice_months=3))
    assert (free_switch_month(b, home(b), cat), notice_deadline(b, home(b), cat)) == (5, dt.date(2027, 1, 31))
    # 2 months left: the term ends 28 February, cancel by 31 January, free in month 3
    c = person("C", CurrentPlan(tariff="old-10", months_left=2))
    assert (free_switch_month(c, home(c), cat), notice_deadline(c, home(c), cat)) == (3, dt.date(2027, 1, 31))
    # no plan, or nothing left of the term: free at once
    assert free_switch_month(person("D"), home(person("D")), cat) == 1
    assert notice_deadline(person("D"), home(person("D")), cat) is None
    e = person("E", CurrentPlan(tariff="old-10"))
    assert (free_switch_month(e, home(e), cat), notice_deadline(e, home(e), cat)) == (1, START)


def test_a_term_that_ended_before_the_start_renews_by_the_providers_renewal_months(tmp_path):
    cat = market(tmp_path, renewal=3)
    # ended 30 November 2026: renewed by 3 months to 28 February 2027 (cancel by 31 January): free in month 3
    a = person("A", CurrentPlan(tariff="old-10", end_date=dt.date(2026, 11, 30)))
    assert free_switch_month(a, home(a), cat) == 3


def test_the_plan_of_today_until_the_switch_month_then_the_new_contract(cat):
    a = person("A", ENDS_MARCH)
    bill = ta.price(home(a), cat, {"A": {"tariff": "new-20", "options": [], "switch_month": 4}})
    # months 1-3 on Old 10: 3 x 10; months 4-6 are contract months 1-3 of New 20: 3 x 20, 5 off in its first
    # two months (-10), activation 30 in month 4; no exit fee (month 4 is the free month)
    assert [(line.month, line.amount) for line in bill.lines if "Old 10" in line.label] == [(1, 10), (2, 10), (3, 10)]
    assert [line.month for line in bill.lines if "promotion" in line.label] == [4, 5]
    assert [line.month for line in bill.lines if "activation" in line.label] == [4]
    assert lines(bill, "exit fee") == []
    assert bill.total == pytest.approx(30 + 60 - 10 + 30)
    assert bill.assignment["A"] == {"tariff": "new-20", "options": [], "switch_month": 4}


@pytest.mark.parametrize(
    ("early_exit", "cost"),
    [
        ("{rule: remaining_fees}", 20.00),  # months 2 and 3 of Old 10: 10 + 10
        ("{rule: percent_of_remaining, percent: 50}", 10.00),  # half of 20
        ("{rule: flat, amount: 25}", 25.00),
    ],
)
def test_leaving_early_costs_the_providers_rule(tmp_path, early_exit, cost):
    cat = market(tmp_path, early_exit)
    a = person("A", ENDS_MARCH)
    bill = ta.price(home(a), cat, {"A": {"tariff": "new-20", "options": [], "switch_month": 2}})
    assert [(line.month, line.amount) for line in bill.lines if "exit fee" in line.label] == [(2, pytest.approx(cost))]
    # month 1 on Old 10 (10); months 2-6 on New 20: 5 x 20 - 10 promotion + 30 activation
    assert bill.total == pytest.approx(10 + cost + 100 - 10 + 30)
    assert early_exit_cost(a, home(a), cat, 2) == pytest.approx(cost)
    assert early_exit_cost(a, home(a), cat, 4) == 0.0


def test_the_households_flat_exit_fee_replaces_the_providers_rule(cat):
    a = person("A", CurrentPlan(tariff="old-10", end_date=dt.date(2027, 3, 31), exit_fee=7.00))
    bill = ta.price(home(a), cat, {"A": "new-20"})
    assert lines(bill, "exit fee") == [7.00]


def test_a_plan_known_by_its_fee_is_on_a_stand_in_until_the_switch_and_pays_its_remaining_fees(cat):
    # 15 a month, 3 months left: term ends 31 March (cancel by 28 February), free in month 4; switching in
    # month 2 pays months 2 and 3: 30
    a = person("A", CurrentPlan(provider="OldTel", name="Classic", monthly_fee=15.0, months_left=3))
    bill = ta.price(home(a), cat, {"A": {"tariff": "new-20", "options": [], "switch_month": 2}})
    assert lines(bill, "Classic monthly fee") == [15.0]
    assert lines(bill, "exit fee") == [30.0]


def test_staying_ignores_the_switch_month(cat):
    a = person("A", ENDS_MARCH)
    bill = ta.price(home(a), cat, {"A": {"tariff": "old-10", "options": [], "switch_month": 3}})
    assert bill.total == pytest.approx(60.0)
    assert bill.assignment["A"] == {"tariff": "old-10", "options": []}


def test_cross_line_discounts_count_only_the_months_the_lines_are_together(cat):
    # B is on New from month 1, A joins in month 4: the second line's 3 off applies in months 4-6 only
    a, b = person("A", ENDS_MARCH), person("B")
    bill = ta.price(
        home(a, b),
        cat,
        {"A": {"tariff": "new-20", "options": [], "switch_month": 4}, "B": {"tariff": "new-20", "options": []}},
    )
    assert [(line.month, line.member, line.amount) for line in bill.lines if "multi-line" in line.label] == [
        (4, "B", -3.0),
        (5, "B", -3.0),
        (6, "B", -3.0),
    ]
    # A: 110 (as above); B: 6 x 20 - 10 + 30 = 140; less 9
    assert bill.total == pytest.approx(110 + 140 - 9)


def test_a_phone_bought_outright_costs_its_retail_price_in_the_switch_month(cat):
    a = person("A", ENDS_MARCH, device_wish=DeviceWish(("phone-b",)))
    bill = ta.price(home(a), cat, {"A": {"tariff": "new-20", "options": [], "switch_month": 4, "phone": "phone-b"}})
    assert [(line.month, line.category, line.amount) for line in bill.lines if "B1" in line.label] == [
        (4, "device", 300.0)
    ]
    assert bill.rule_breaks == []


def test_a_phone_with_an_offer_pays_upfront_monthly_fees_and_the_fees_owed_after_the_horizon(cat):
    a = person("A", ENDS_MARCH, device_wish=DeviceWish(("phone-a",), max_upfront=50))
    plan = {"tariff": "new-20", "options": [], "switch_month": 4, "phone": "phone-a", "device_offer": "new-phone-a"}
    bill = ta.price(home(a), cat, {"A": plan})
    device = [(line.month, line.amount) for line in bill.lines if line.category == "device"]
    # upfront 49 in month 4, 10 a month in months 4-6, and the 21 fees of months 7-27 (210) owed: in month 6
    assert device == [(4, 49.0), (4, 10.0), (5, 10.0), (6, 10.0), (6, 210.0)]
    assert sum(amount for _, amount in device) == pytest.approx(cat.device_offer("new-phone-a").total)  # 289
    assert bill.rule_breaks == []
    assert bill.assignment["A"] == plan


def test_phone_wishes_budgets_and_offer_eligibility_are_rules(cat):
    wish = DeviceWish(("phone-a",), max_upfront=100)
    a = person("A", ENDS_MARCH, device_wish=wish)

    def breaks(plan: dict) -> list[str]:
        return ta.price(home(a), cat, {"A": {"tariff": "new-20", "options": [], **plan}}).rule_breaks

    assert breaks({}) == ["A wishes a new phone (Acme A1 128 GB) and gets none"]  # by name, not id
    assert breaks({"phone": "phone-b"})[0].startswith("A gets Acme B1 64 GB, not what they wish")
    assert breaks({"phone": "phone-a"}) == ["A: Acme A1 128 GB costs 600.00 upfront, above the budget of 100.00"]
    assert breaks({"phone": "phone-a", "device_offer": "new-phone-a-senior"}) == [
        "A is not eligible for the phone offer new-phone-a-senior: from age 60"
    ]
    keeps = person("K", device_wish=DeviceWish())
    bill = ta.price(home(keeps), cat, {"K": {"tariff": "new-20", "options": [], "phone": "phone-b"}})
    assert bill.rule_breaks == ["K gets Acme B1 64 GB, not what they wish (keeping the current phone)"]


def test_todays_cost_buys_each_wished_phone_outright_at_the_cheapest_wished_model(cat):
    """The baseline ("you save X against today"): plans of today kept, each wished phone bought outright at the
    cheapest wished model's retail price in month 1; the upfront budget is no rule break of a comparison."""
    a = person("A", ENDS_MARCH, device_wish=DeviceWish(("phone-a", "phone-b"), max_upfront=100))  # B1 at 300
    b = person("B", ENDS_MARCH)  # keeps the phone
    c = person("C", ENDS_MARCH, device_wish=DeviceWish(("no-such-phone",)))  # no price to compare with
    household = home(a, b, c)
    _, _, assignment = today_assignment(household, cat)
    assert assignment == {
        "A": {"tariff": "old-10", "options": [], "phone": "phone-b"},
        "B": {"tariff": "old-10", "options": []},
        "C": {"tariff": "old-10", "options": []},
    }
    today = price_today(household, cat)
    # each: 6 x 10.00 on Old 10; A: + 300.00 for Acme B1 in month 1
    assert today.by_member() == {"A": pytest.approx(360.0), "B": pytest.approx(60.0), "C": pytest.approx(60.0)}
    assert [(line.month, line.provider, line.amount) for line in today.lines if line.category == "device"] == [
        (1, RETAIL, 300.0)
    ]
    assert today.rule_breaks == [] and today.warnings == []
    # the same plans priced as advice break A's budget (300 upfront) and C's wish: the baseline is not advice
    assert len(ta.price(household, cat, assignment).rule_breaks) == 2


def test_roaming_zone_by_zone_on_the_tariff_in_force(cat):
    # per month: EU 24/12 = 2 days, 2 x 600 MB = 1200 MB, 1024 included: 176 MB x 2.048/1024 = 0.352;
    # USA/Canada 1 day on a 5.00 pass: 5.00; world 0.5 days x (10 min x 2.00 + 600 MB x 0.01) = 13.00;
    # the rest of Europe has no price on New 20: a rule break
    travel = Roaming({"eu": 24, "us_ca": 12, "world": 6, "europe_other": 12}, minutes_per_day=10, mb_per_day=600)
    a = person("A", ENDS_MARCH, roaming=travel)
    bill = ta.price(home(a), cat, {"A": {"tariff": "new-20", "options": [], "switch_month": 4}})
    roaming = [(line.month, round(line.amount, 3)) for line in bill.lines if line.category == "roaming"]
    assert roaming == [(m, amount) for m in (4, 5, 6) for amount in (0.352, 5.0, 13.0)]
    # months 1-3 on Old 10, which has no roaming prices at all: every zone is a rule break, named once
    assert bill.rule_breaks == [
        f"A: no roaming prices for {where} on Old 10"
        for where in ("the EU/EEA", "the rest of Europe", "USA/Canada", "the rest of the world")
    ] + ["A: no roaming prices for the rest of Europe on New 20"]


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        ({"switch_month": 0}, "A: switch month 0 is not a month of the horizon (1 to 6)"),
        ({"switch_month": 7}, "A: switch month 7 is not a month of the horizon (1 to 6)"),
        ({"phone": "phone-z"}, "A: unknown phone 'phone-z'"),
        ({"device_offer": "new-phone-a"}, "A: device offer 'new-phone-a' needs the phone it sells as 'phone'"),
        ({"phone": "phone-b", "device_offer": "new-phone-a"}, "sells 'phone-a', not the phone 'phone-b'"),
        ({"phone": "phone-a", "device_offer": "nope"}, "A: unknown device offer 'nope'"),
    ],
)
def test_assignment_errors_name_the_member(cat, plan, message):
    a = person("A", ENDS_MARCH)
    with pytest.raises(AssignmentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        resolve(home(a), cat, {"A": {"tariff": "new-20", "options": [], **plan}})


def test_an_offer_must_come_with_the_chosen_tariff_and_a_member_without_a_plan_switches_at_once(tmp_path):
    cat = market(tmp_path)
    a = person("A", ENDS_MARCH)
    with pytest.raises(AssignmentError, match="A: device offer 'new-phone-a' does not come with tariff 'old-10'"):
        resolve(
            home(a), cat, {"A": {"tariff": "old-10", "options": [], "phone": "phone-a", "device_offer": "new-phone-a"}}
        )
    with pytest.raises(AssignmentError, match="B: has no plan of today"):
        resolve(home(person("B")), cat, {"B": {"tariff": "new-20", "options": [], "switch_month": 2}})


def test_old_assignments_price_as_before_and_choices_write_only_what_differs(cat):
    a = person("A")
    choice = resolve(home(a), cat, {"A": "new-20"})["A"]
    assert (choice.switch_month, choice.phone, choice.device_offer) == (1, None, None)
    assert choice.to_dict() == {"tariff": "new-20", "options": []}
