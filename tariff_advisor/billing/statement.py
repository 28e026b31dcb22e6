"""A bill's lines as a statement people check: folded over the months they repeat in, or every month.

One place for the folding, so the CLI's `price`, the app's bill-lines dialog and the PDF's appendix show
the same rows. Amounts stay unrounded (rounded only when written), so the rows add up to the bill's total.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tariff_advisor.billing.bill import CATEGORIES, BillLine, Category
from tariff_advisor.i18n import _, ngettext


@dataclass(frozen=True)
class StatementRow:
    """Bill lines alike but for their month (one line when not folded), with the rule they come from."""

    member: str
    provider: str
    category: Category
    label: str
    months: tuple[int, ...]
    amount: float
    details: tuple[str, ...]  # each different detail once, in month order: how the amount was computed

    @property
    def when(self) -> str:
        """`month 3` or `24 months`, as `price` prints it."""
        if len(self.months) == 1:
            return _("month {month}").format(month=self.months[0])
        return ngettext("{count} month", "{count} months", len(self.months)).format(count=len(self.months))

    @property
    def month_ranges(self) -> str:
        """`1-9, 13-21`: the months themselves, in runs."""
        return month_ranges(self.months)

    @property
    def detail(self) -> str:
        """The computation; when it differs by month, the first month's and how many others (see every month)."""
        said = [d for d in self.details if d]
        if len(said) <= 1:
            return "".join(said)
        others = len(said) - 1
        return ngettext(
            "{detail} (and {count} other computation: see every month)",
            "{detail} (and {count} other computations: see every month)",
            others,
        ).format(detail=said[0], count=others)


def month_ranges(months: Sequence[int]) -> str:
    runs: list[list[int]] = []
    for month in sorted(months):
        if runs and month == runs[-1][-1] + 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def lines_of(lines: Iterable[BillLine], member: str | None = None, month: int | None = None) -> list[BillLine]:
    """The lines of one member and/or one month (None: all of them), in bill order."""
    return [
        line for line in lines if (member is None or line.member == member) and (month is None or line.month == month)
    ]


def folded(lines: Iterable[BillLine]) -> list[StatementRow]:
    """Lines alike but for their month folded into one row: members in bill order, then by category."""
    groups: dict[tuple[str, str, Category, str], list[BillLine]] = {}
    for line in lines:
        groups.setdefault((line.member, line.provider, line.category, line.label), []).append(line)
    members = {name: i for i, name in enumerate(dict.fromkeys(key[0] for key in groups))}
    rows = [_row(group) for group in groups.values()]
    rows.sort(key=lambda r: (members[r.member], CATEGORIES.index(r.category)))  # stable: bill order within
    return rows


def every_month(lines: Iterable[BillLine]) -> list[StatementRow]:
    """One row per bill line, month by month (the lines `price --json` prints)."""
    return [_row([line]) for line in sorted(lines, key=lambda line: line.month)]


def _row(group: list[BillLine]) -> StatementRow:
    first = group[0]
    return StatementRow(
        member=first.member,
        provider=first.provider,
        category=first.category,
        label=first.label,
        months=tuple(line.month for line in group),
        amount=sum(line.amount for line in group),
        details=tuple(dict.fromkeys(line.detail for line in group)),
    )


def total(rows: Iterable[StatementRow]) -> float:
    return sum(row.amount for row in rows)
