"""What planning the timing and the phones together saves: the README's table, from a real run.

.venv/bin/python benchmarks/renewal_saving.py [household.yaml [catalogue-dir]]   # default: the example family

Four ways to renew the same household on the shipped market, each priced by price():
- per line, everyone now: each member's cheapest new plan (with the wished phone) chosen alone and
  started now, paying any early exit, as a comparison site's renewal does;
- per line, own best month: each member alone, free to wait for its own contract's end;
- jointly, everyone now: the household optimum with every member starting a new plan now;
and, for comparison, the recommendation without the members' upfront budgets for their phones.
- jointly, timing and phones planned together: the recommendation.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import tariff_advisor as ta  # noqa: E402
from tariff_advisor.optimiser.explain import per_line_picks  # noqa: E402
from tariff_advisor.optimiser.recommendation import recommend  # noqa: E402

FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"


def _plan_text(assignment: dict) -> str:
    parts = []
    for member, choice in assignment.items():
        text = f"{member}: {choice['tariff']}"
        if choice.get("switch_month", 1) != 1:
            text += f" from month {choice['switch_month']}"
        if "phone" in choice:
            text += f" + {choice['phone']}" + (" (offer)" if "device_offer" in choice else " (bought)")
        parts.append(text)
    return "; ".join(parts)


def main(path: Path = FAMILY, market: Path | None = None) -> None:
    catalogue, household = ta.load_catalogue(market), ta.load_household(path)
    rec = recommend(household, catalogue, solver="highs")
    if rec.plans is None:
        raise SystemExit(f"no recommendation: {rec.reason}")
    now_items = {"locks": {m: {"switch_month": 1} for m in household.member_names}}
    joint_now = recommend(household, catalogue, now_items, solver="highs")
    per_line_now = per_line_picks(rec, switch_now=True)
    per_line_own = per_line_picks(rec)
    # what the upfront budgets cost: the same household without them (a phone bought outright is all upfront)
    unbudgeted = replace(
        household,
        members=tuple(replace(m, device_wish=replace(m.device_wish, max_upfront=None)) for m in household.members),
    )
    free = recommend(unbudgeted, catalogue, solver="highs")
    rows = [
        ("Per line, everyone switches now", *per_line_now),
        ("Per line, each at its own contract end", *per_line_own),
        ("Jointly, everyone switches now", joint_now.assignment, joint_now.total),
        ("Jointly, timing and phones planned together", rec.assignment, rec.total),
    ]
    baseline = rows[0][2]
    horizon = household.horizon_months
    print(f"{household.name}, {horizon} months, {len(catalogue.tariffs)} tariffs (HiGHS, priced by price()):\n")
    print(f"| Plan | Total over {horizon} months | A month | Saves vs per line, now |")
    print("|---|---:|---:|---:|")
    for label, _, total in rows:
        if total is None:
            print(f"| {label} | - | - | - |")
            continue
        saving = "" if baseline is None else f"{baseline - total:.2f}"
        print(f"| {label} | {total:.2f} | {total / horizon:.2f} | {saving} |")
    print()
    for label, assignment, _ in rows:
        print(f"- {label}: {_plan_text(assignment) if assignment else '-'}")
    if free.total is not None and rec.total is not None and free.total < rec.total - 0.005:
        print(
            f"\nWithout the upfront budgets for the phones the optimum costs {free.total:.2f} "
            f"({rec.total - free.total:.2f} less): {_plan_text(free.assignment or {})}"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else FAMILY, Path(sys.argv[2]) if len(sys.argv) > 2 else None)
