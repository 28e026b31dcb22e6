"""The advice a shop hands over or a family keeps: a PDF (A4 or Letter), and CSV/JSON exports.

The PDF holds the household's usage, the recommended tariff and options per member, the
monthly and total cost, the savings against today's plans, the charts that explain the
choice, the runner-up alternatives, the catalogue's date and every assumption.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tariff_advisor.billing.bill import HOUSEHOLD
from tariff_advisor.household.model import Household
from tariff_advisor.io.atomic import atomic_write_bytes, atomic_write_text
from tariff_advisor.optimiser.explain import Explanation
from tariff_advisor.optimiser.recommendation import PlanSet, Recommendation
from tariff_advisor.report import charts
from tariff_advisor.report.formatting import money

PAPER = {"a4": A4, "letter": letter}
GREY = colors.HexColor("#F0F0F0")
Row = list[Any]  # a table row's cells: text, or reportlab flowables (reportlab has no type information)


def _recommended(rec: Recommendation) -> PlanSet:
    if rec.plans is None:
        raise ValueError(f"no recommendation to report: {rec.reason}")
    return rec.plans


def _chart_image(draw: Callable[[Figure], None], width: float, height: float) -> Image:
    fig = Figure(figsize=(width / 72, height / 72), dpi=150, layout="constrained")  # keeps outside legends in
    draw(fig)
    buffer = io.BytesIO()
    # matplotlib's backend_agg module has no annotations, so mypy sees print_png as untyped
    FigureCanvasAgg(fig).print_png(buffer)  # type: ignore[no-untyped-call]
    buffer.seek(0)
    return Image(buffer, width=width, height=height)


def _table(rows: list[Row], widths: list[float] | None = None, right: tuple[int, ...] = ()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]
    style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    table.setStyle(TableStyle(style))
    return table


def _usage_rows(household: Household) -> list[Row]:
    rows = [["member", "months", "minutes", "calls", "SMS", "data (GB)", "intl. minutes"]]
    for m in household.members:
        n, mean = len(m.usage), m.average_month()
        rows.append(
            [
                m.name,
                "typical month" if n == 1 and m.usage[0].month is None else f"{n} recorded",
                f"{mean.minutes:,.0f}",
                f"{mean.calls:,.0f}",
                f"{mean.sms:,.0f}",
                f"{mean.data_mb / 1024:,.1f}",
                f"{mean.intl_minutes:,.0f}",
            ]
        )
    return rows


def _assumptions(rec: Recommendation) -> list[str]:
    h, cat = rec.household, rec.catalogue
    checked = cat.checked.isoformat() if cat.checked else "unknown"
    sample = any(p.sample for p in cat.providers.values() if not p.id.startswith("current:"))
    constraints = rec.constraints.items if rec.constraints else ()
    items = [
        f"Horizon: {h.horizon_months} months from {h.contract_start.isoformat()}; each recorded month is priced "
        "on its own and the history repeats over the horizon.",
        f"Usage growth: {h.usage_growth_percent_per_year:g}% a year (applied once per full year).",
        "Redemption cashback is counted (you said you will claim it)."
        if h.claim_cashback
        else "Redemption cashback is not counted (only automatic cashback is).",
        "Plans that would slow your data down are allowed."
        if h.allow_data_slowdown
        else "Only plans that serve every recorded month's data at full speed are recommended.",
        "Per-minute tariffs: each call rounded up to a whole minute (from call records where known, else estimated "
        "as half a minute per call).",
        f"Prices as checked on {checked} (the oldest check in the catalogue); currency {cat.currency}.",
        f"Constraints: {'; '.join(i.describe() for i in constraints) or 'none'}.",
        "The ranking is neutral: the cost to you is the only criterion.",
    ]
    if sample:
        items.append("NOTE: this catalogue is a fictional sample market for demonstration, not real offers.")
    return items + [f"Note: {n}" for n in rec.notes]


def build_pdf(rec: Recommendation, explanation: Explanation, path: str | Path, paper: str = "a4") -> Path:
    """Write the advice PDF atomically (a failure leaves any earlier file in place)."""
    plans = _recommended(rec)
    path = Path(path)
    size = PAPER[paper]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Tariff advice: {rec.household.name}",
        author="Tariff Advisor",
    )
    width = size[0] - 30 * mm
    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["BodyText"], fontSize=8, leading=10)
    bill, cat, cur = plans.bill, rec.catalogue, plans.bill.currency
    story = [
        Paragraph(f"Mobile tariff advice for {rec.household.name}", styles["Title"]),
        Paragraph(
            f"Prepared {dt.date.today().isoformat()} by Tariff Advisor; prices as checked on "
            f"{cat.checked.isoformat() if cat.checked else 'unknown'}.",
            small,
        ),
        Spacer(1, 4 * mm),
    ]
    summary = (
        f"The recommended plans cost <b>{money(bill.total, cur)}</b> over {bill.horizon_months} months "
        f"(<b>{money(bill.monthly_average, cur)}</b> a month on average); this is {rec.reason}."
    )
    if rec.today is not None:
        savings = rec.today.total - bill.total
        summary += (
            f" Staying on today's plans would cost {money(rec.today.total, cur)}: you save "
            f"<b>{money(savings, cur)}</b> ({money(savings / bill.horizon_months, cur)} a month)."
        )
    joint_saving = explanation.joint_saving  # None without per-line picks
    if explanation.per_line_total is not None and joint_saving is not None and joint_saving > 0.005:
        summary += (
            f" Choosing each person's cheapest tariff separately would cost {money(explanation.per_line_total, cur)};"
            f" planning the household together saves {money(explanation.joint_saving, cur)} more."
        )
    story += [
        Paragraph(summary, styles["BodyText"]),
        Spacer(1, 3 * mm),
        Paragraph("Recommended plans", styles["Heading2"]),
    ]
    by_member = bill.by_member()
    rows: list[Row] = [["member", "provider", "tariff", "options", "a month", f"{bill.horizon_months} months"]]
    for name, choice in plans.assignment.items():
        tariff = cat.tariff(choice["tariff"])
        provider = cat.providers[tariff.provider].name if tariff.provider in cat.providers else tariff.provider
        options = ", ".join(cat.option(o).name for o in choice["options"]) or "-"
        total = by_member.get(name, 0.0)
        rows.append(
            [
                name,
                provider,
                Paragraph(f"{tariff.name} <font size=6>({tariff.id})</font>", small),
                Paragraph(options, small),
                money(total / bill.horizon_months),
                money(total),
            ]
        )
    if HOUSEHOLD in by_member:
        rows.append(
            [
                "shared",
                "",
                "family plan base fee and pool",
                "",
                money(by_member[HOUSEHOLD] / bill.horizon_months),
                money(by_member[HOUSEHOLD]),
            ]
        )
    rows.append(["total", "", "", "", money(bill.monthly_average), money(bill.total)])
    table = _table(
        rows, [0.13 * width, 0.14 * width, 0.27 * width, 0.22 * width, 0.11 * width, 0.13 * width], right=(4, 5)
    )
    table.setStyle(
        TableStyle(
            [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]
        )
    )
    story += [table, Spacer(1, 3 * mm)]
    for warning in bill.warnings:
        story.append(Paragraph(f"Warning: {warning}", small))
    story += [
        Paragraph("Your usage (average per month)", styles["Heading2"]),
        _table(_usage_rows(rec.household), right=(2, 3, 4, 5, 6)),
        Spacer(1, 3 * mm),
    ]
    story.append(KeepTogether([_chart_image(lambda f: charts.cost_per_member(f, bill, rec.today), width, 0.5 * width)]))
    story.append(KeepTogether([_chart_image(lambda f: charts.monthly_cost(f, bill, rec.today), width, 0.45 * width)]))
    months = bill.by_month()
    month_rows = [["month", *[str(i + 1) for i in range(min(12, len(months)))]]]
    for start in range(0, len(months), 12):
        month_rows.append(
            [f"{start + 1}-{min(start + 12, len(months))}", *[f"{v:,.2f}" for v in months[start : start + 12]]]
        )
    story += [
        Paragraph(f"Cost month by month ({cur})", styles["Heading3"]),
        _table(month_rows, right=tuple(range(1, 13))),
        Spacer(1, 4 * mm),
    ]
    story += [
        Paragraph("Why these plans", styles["Heading2"]),
        Paragraph(
            "For each member, the best plan at every other provider, with everyone else as recommended, "
            "and how much more the household would pay over the horizon:",
            small,
        ),
    ]
    alt_rows = [["member", "provider", "best plan there", "costs more"]]
    for member, alternatives in explanation.why_not.items():
        for alt in alternatives:
            name = cat.tariff(alt.choice["tariff"]).name if alt.choice else "nothing suitable"
            alt_rows.append([member, alt.provider, name, "+" + money(alt.extra) if alt.extra is not None else "-"])
    story += [_table(alt_rows, [0.15 * width, 0.2 * width, 0.45 * width, 0.2 * width], right=(3,)), Spacer(1, 2 * mm)]
    if len(alt_rows) > 1:
        story.append(
            KeepTogether(
                [
                    _chart_image(
                        lambda f: charts.why_not(f, explanation, cur), width, min(0.6 * width, 40 + 14 * len(alt_rows))
                    )
                ]
            )
        )
    provider_rows = [["whole household with", "total", "costs more"]]
    for plan in explanation.one_provider:
        provider_rows.append(
            [
                plan.provider,
                money(plan.total) if plan.total is not None else "not possible",
                "+" + money(plan.total - bill.total) if plan.total is not None else "",
            ]
        )
    story += [
        Paragraph("If everyone must stay with one provider", styles["Heading3"]),
        _table(provider_rows, [0.4 * width, 0.3 * width, 0.3 * width], right=(1, 2)),
    ]
    if explanation.sensitivity:
        story += [
            Spacer(1, 2 * mm),
            KeepTogether([_chart_image(lambda f: charts.sensitivity(f, explanation, cur), width, 0.4 * width)]),
        ]
    story += [Paragraph("Assumptions", styles["Heading2"]), *[Paragraph("- " + a, small) for a in _assumptions(rec)]]

    def footer(canvas: Any, document: Any) -> None:  # reportlab's canvas and document template
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(15 * mm, 8 * mm, f"Tariff Advisor: advice for {rec.household.name}")
        canvas.drawRightString(size[0] - 15 * mm, 8 * mm, f"page {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    atomic_write_bytes(path, buffer.getvalue())
    return path


def bill_lines_csv(rec: Recommendation) -> str:
    """Every line of the recommended bill, one row each, for a spreadsheet."""
    bill = _recommended(rec).bill
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["month", "member", "provider", "category", "label", "amount", "currency", "detail"])
    for line in bill.lines:
        writer.writerow(
            [
                line.month,
                line.member,
                line.provider,
                line.category,
                line.label,
                f"{line.amount:.4f}",
                bill.currency,
                line.detail,
            ]
        )
    return buffer.getvalue()


def export(rec: Recommendation, explanation: Explanation | None, path: str | Path, paper: str = "a4") -> Path:
    """Write the advice as .pdf, .csv (bill lines) or .json (recommendation, bill and explanation)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        if explanation is None:
            raise ValueError(f"{path.name}: the PDF needs the explanation (explain the recommendation first)")
        return build_pdf(rec, explanation, path, paper)
    if suffix == ".csv":
        atomic_write_text(path, bill_lines_csv(rec))
    elif suffix == ".json":
        data = rec.to_dict()
        if explanation is not None:
            data["explanation"] = explanation.to_dict()
        atomic_write_text(path, json.dumps(data, indent=2, default=str))
    else:
        raise ValueError(f"{path.name}: write .pdf, .csv or .json")
    return path
