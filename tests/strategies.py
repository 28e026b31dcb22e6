"""Hypothesis strategies: small random markets and households that exercise every cross-line rule.

Small enough that every assignment can be enumerated and priced by the reference engine.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tariff_advisor.catalogue.loading import catalogue_from_documents
from tariff_advisor.household.model import CurrentPlan, Household, Member, MonthlyUsage

money = st.sampled_from([0.0, 1.0, 2.5, 4.99, 7.5, 10.0, 12.99, 15.0, 20.0, 29.99])
small = st.sampled_from([0, 10, 50, 100, 200, "unlimited"])
data_gb = st.sampled_from([0, 0.5, 1, 2, 5, "unlimited"])


@st.composite
def data_rule(draw):
    mode = draw(st.sampled_from(["per_mb", "per_block", "throttle"]))
    if mode == "throttle":
        return {"mode": mode}
    if mode == "per_mb":
        return {"mode": mode, "price": draw(st.sampled_from([0.001, 0.01]))}
    return {
        "mode": mode,
        "price": draw(st.sampled_from([1.0, 2.99, 5.0])),
        "block_mb": draw(st.sampled_from([512, 1024])),
    }


@st.composite
def promotions(draw):
    out = []
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(["discount", "free_months", "cashback"]))
        if kind == "discount":
            promo = {"type": kind, "months": draw(st.integers(1, 3))}
            if draw(st.booleans()):
                promo["amount"] = draw(st.sampled_from([1.0, 3.0, 50.0]))
            else:
                promo["percent"] = draw(st.sampled_from([10, 50]))
        elif kind == "free_months":
            promo = {"type": kind, "months": draw(st.integers(1, 2))}
        else:
            promo = {
                "type": kind,
                "amount": draw(st.sampled_from([5.0, 30.0])),
                "redemption": draw(st.booleans()),
                "paid_in_month": draw(st.integers(1, 3)),
            }
        out.append(promo)
    return out


@st.composite
def provider_document(draw, pid: str):
    tariffs, options = [], []
    plan = None
    if draw(st.booleans()):
        pool = {}
        if draw(st.booleans()):
            pool["data_gb"] = draw(st.sampled_from([1, 3]))
        if draw(st.booleans()) or not pool:
            pool["minutes"] = draw(st.sampled_from([50, 200]))
        plan = {
            "id": f"{pid}-fam",
            "name": "Family",
            "base_fee": draw(money),
            "max_sims": draw(st.integers(2, 3)),
            "pool": pool,
            "out_of_bundle": {"minute": draw(st.sampled_from([0.05, 0.2])), "data": draw(data_rule())},
        }
    count = draw(st.integers(1, 3))
    for index in range(count):
        on_plan = plan is not None and index == 0
        allowances = {"sms": draw(small), "intl_minutes": draw(st.sampled_from([0, 20]))}
        if not (on_plan and "minutes" in plan["pool"]):
            allowances["minutes"] = draw(small)
        if not (on_plan and "data_gb" in plan["pool"]):
            allowances["data_gb"] = draw(data_gb)
            if allowances["data_gb"] == "unlimited" and draw(st.booleans()):
                allowances["fair_use_gb"] = 3
        tariff = {
            "id": f"{pid}-t{index}",
            "name": f"T{index}",
            "kind": draw(st.sampled_from(["contract", "sim_only", "prepaid"])),
            "tier": draw(st.sampled_from(["a", "b"])),
            "monthly_fee": draw(money),
            "activation_fee": draw(money),
            "allowances": allowances,
            "promotions": draw(promotions()),
            "billing": {
                "voice": draw(st.sampled_from(["per_second", "per_minute"])),
                "setup_fee_per_call": draw(st.sampled_from([0.0, 0.0, 0.05])),
            },
            "out_of_bundle": {
                "minute": draw(st.sampled_from([0.05, 0.19])),
                "sms": 0.1,
                "intl_minute": 0.5,
                "data": draw(data_rule()),
            },
            "features": draw(st.sampled_from([[], ["5g"]])),
        }
        if not on_plan and draw(st.booleans()):
            tariff["billing"]["cycle"] = "28_days"
        if draw(st.integers(0, 3)) == 0:
            tariff["price_changes"] = [
                {"from_month": 2, "amount": 2.0} if draw(st.booleans()) else {"from_month": 3, "percent": 10}
            ]
        if draw(st.integers(0, 4)) == 0:
            tariff["eligibility"] = draw(
                st.sampled_from([{"max_age": 20}, {"student": True}, {"broadband_customer": True}])
            )
        if draw(st.booleans()) and not (on_plan and "minutes" in plan["pool"]):
            tariff["on_net_minute_price"] = draw(st.sampled_from([0.0, 0.02]))
        if on_plan:
            tariff["family_plan"] = plan["id"]
        tariffs.append(tariff)
    if plan is not None and count > 1 and "minutes" not in plan["pool"] and draw(st.booleans()):
        tariffs[1]["family_plan"] = plan["id"]
        tariffs[1]["allowances"].pop("data_gb", None)
        tariffs[1]["allowances"].pop("fair_use_gb", None)
        tariffs[1]["billing"].pop("cycle", None)
    for index in range(draw(st.integers(0, 2))):
        adds = draw(st.sampled_from([{"data_gb": 1}, {"minutes": 100}, {"intl_minutes": 30}, {}]))
        option = {
            "id": f"{pid}-o{index}",
            "name": f"O{index}",
            "monthly_fee": draw(st.sampled_from([1.0, 3.0, 6.0])),
            "adds": adds,
            "max_count": draw(st.integers(1, 2)),
        }
        if not adds:
            option["unlimited"] = [draw(st.sampled_from(["data", "minutes"]))]
            option["features"] = ["5g"]
        options.append(option)
    doc = {"provider": {"id": pid, "name": pid.title(), "currency": "EUR"}, "tariffs": tariffs, "options": options}
    if plan is not None:
        doc["family_plans"] = [plan]
    if draw(st.booleans()):
        rule = {"same_tier": draw(st.booleans())}
        if draw(st.booleans()):
            rule["line_discounts"] = [{"line": 2, "amount": draw(st.sampled_from([1.0, 5.0]))}] + (
                [{"line": 3, "amount": 8.0}] if draw(st.booleans()) else []
            )
        if draw(st.booleans()) or "line_discounts" not in rule:
            rule["volume_discounts"] = [{"min_lines": 2, "percent": 10}] + (
                [{"min_lines": 3, "percent": 25}] if draw(st.booleans()) else []
            )
        doc["multi_line"] = rule
    if draw(st.booleans()):
        doc["broadband_discount"] = draw(st.sampled_from([{"amount": 2.0}, {"percent": 20}]))
    return doc


@st.composite
def markets(draw):
    count = draw(st.integers(1, 3))
    docs = {f"p{i}.yaml": draw(provider_document(f"p{i}")) for i in range(count)}
    return catalogue_from_documents(docs)


@st.composite
def usage_month(draw, others: list[str]):
    minutes = draw(st.sampled_from([0.0, 30.0, 120.0, 260.0]))
    calls = draw(st.sampled_from([0, 10, 40]))
    to = {}
    for other in others:
        if minutes and draw(st.booleans()):
            to[other] = minutes * draw(st.sampled_from([0.2, 0.4]))
    rounded = minutes + calls * 0.7 if draw(st.booleans()) else None
    return MonthlyUsage(
        minutes=minutes,
        calls=calls,
        sms=draw(st.sampled_from([0, 20, 120])),
        data_mb=draw(st.sampled_from([0.0, 300.0, 900.0, 1500.0, 2600.0, 5000.0])),
        intl_minutes=draw(st.sampled_from([0.0, 0.0, 25.0])),
        minutes_rounded=rounded,
        to_members=to,
    )


@st.composite
def households(draw, catalogue):
    names = ["Ann", "Bo", "Cy"][: draw(st.integers(1, 3))]
    members = []
    tariff_ids = [t.id for t in catalogue.tariffs]
    for name in names:
        others = [n for n in names if n != name]
        months = draw(st.lists(usage_month(others), min_size=1, max_size=3))
        current = None
        if draw(st.booleans()):
            current = CurrentPlan(
                tariff=draw(st.sampled_from(tariff_ids)),
                months_left=draw(st.integers(0, 3)),
                exit_fee=draw(st.sampled_from([0.0, 25.0])),
            )
        members.append(
            Member(name, tuple(months), draw(st.sampled_from([15, 30, 70])), draw(st.booleans()), (), current)
        )
    providers = sorted(catalogue.providers)
    return Household(
        "random",
        tuple(members),
        horizon_months=draw(st.integers(1, 4)),
        claim_cashback=draw(st.booleans()),
        usage_growth_percent_per_year=0.0,
        home_broadband_provider=draw(st.sampled_from([None, *providers])),
        start_date=dt.date(2026, 12, 1),
        allow_data_slowdown=draw(st.booleans()),
    )
