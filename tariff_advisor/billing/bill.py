"""A priced bill: one line per fee, option, overage, discount and promotion, per month.

Amounts are kept unrounded so that the lines add up exactly to the total;
they are rounded to cents only for display.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from tariff_advisor.billing.assignment import Assignment
from tariff_advisor.i18n import N_

Category = Literal["fee", "options", "overage", "discount", "promotion", "one_time", "device", "roaming"]
CATEGORIES: tuple[Category, ...] = (
    "fee",
    "options",
    "overage",
    "discount",
    "promotion",
    "one_time",
    "device",
    "roaming",
)
CATEGORY_LABELS: dict[Category, str] = {  # translated where shown: _(CATEGORY_LABELS[category])
    "fee": N_("monthly fees"),
    "options": N_("options"),
    "overage": N_("out-of-bundle use"),
    "discount": N_("discounts"),
    "promotion": N_("promotions"),
    "one_time": N_("one-time fees"),
    "device": N_("phones"),
    "roaming": N_("roaming"),
}
HOUSEHOLD = "(household)"  # the member column of lines that belong to no single member
RETAIL = "(retail)"  # the provider column of a phone bought outright, from no provider of the catalogue


@dataclass(frozen=True)
class BillLine:
    month: int  # 1-based month of the horizon
    member: str  # a member's name, or HOUSEHOLD for shared lines (family pools)
    provider: str
    category: Category
    label: str
    amount: float  # positive is a charge, negative a credit
    detail: str = ""  # how the amount was computed, for checking by hand


@dataclass
class Bill:
    lines: list[BillLine]
    horizon_months: int
    currency: str
    assignment: Assignment
    warnings: list[str]
    # members (or pools) whose data would be slowed down on a plan the advice would have them take or keep:
    # what the household's "no data slowdown" requirement (allow_data_slowdown false) checks
    slowdowns: list[str] = field(default_factory=list)
    rule_breaks: list[str] = field(default_factory=list)  # eligibility or availability rules the assignment breaks
    # slowdowns on a plan of today in the months before the member's switch: the household lives with them
    # already, so they are warnings (in `warnings` too), never against the requirement
    slowdowns_before_switch: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.slowdowns = list(self.slowdowns)  # the bill's own lists, not the caller's
        self.rule_breaks = list(self.rule_breaks)
        self.slowdowns_before_switch = list(self.slowdowns_before_switch)

    @property
    def total(self) -> float:
        return sum(line.amount for line in self.lines)

    @property
    def monthly_average(self) -> float:
        return self.total / self.horizon_months

    def by_member(self) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for line in self.lines:
            out[line.member] += line.amount
        return dict(out)

    def by_month(self) -> list[float]:
        out = [0.0] * self.horizon_months
        for line in self.lines:
            out[line.month - 1] += line.amount
        return out

    def by_member_and_category(self) -> dict[str, dict[Category, float]]:
        out: dict[str, dict[Category, float]] = defaultdict(lambda: {c: 0.0 for c in CATEGORIES})
        for line in self.lines:
            out[line.member][line.category] += line.amount
        return {k: dict(v) for k, v in out.items()}

    def to_dict(self) -> dict[str, Any]:
        """The bill as JSON-ready data."""
        return {
            "currency": self.currency,
            "horizon_months": self.horizon_months,
            "total": round(self.total, 2),
            "monthly_average": round(self.monthly_average, 2),
            "assignment": self.assignment,
            "by_member": {k: round(v, 2) for k, v in self.by_member().items()},
            "by_month": [round(v, 2) for v in self.by_month()],
            "warnings": list(self.warnings),
            "lines": [asdict(line) | {"amount": round(line.amount, 4)} for line in self.lines],
        }
