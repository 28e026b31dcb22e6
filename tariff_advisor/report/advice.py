"""The advice a shop hands over or a family keeps: a PDF (A4 or Letter), and CSV/JSON exports.

The PDF holds the household's usage, the recommended tariff and options per member and what each
includes, the monthly and total cost, the savings against today's plans, the charts that explain the
choice, the runner-up alternatives, the catalogue's date and every assumption, in the words a customer
reads (provider names and feature labels, never catalogue ids).

Every user-supplied string passes `formatting.markup` before it reaches reportlab's paragraph markup
(a name is printed, never parsed), and every text cell of a CSV passes `safe_text_cell`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tariff_advisor.billing.assignment import is_stand_in
from tariff_advisor.billing.bill import CATEGORY_LABELS, HOUSEHOLD, BillLine
from tariff_advisor.billing.statement import folded
from tariff_advisor.catalogue.model import Allowance, Catalogue, freshness_sentence, prices_are_stale
from tariff_advisor.catalogue.summary import allowances, tariff_summary
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.model import Household
from tariff_advisor.i18n import N_, _, decimal_separator, ngettext, number, percent
from tariff_advisor.i18n import date as local_date
from tariff_advisor.io.atomic import atomic_write_bytes, atomic_write_text
from tariff_advisor.io.spreadsheet import safe_text_cell
from tariff_advisor.optimiser.constraints import Constraints
from tariff_advisor.optimiser.explain import Explanation
from tariff_advisor.optimiser.recommendation import PlanSet, Recommendation
from tariff_advisor.report import charts
from tariff_advisor.report.coverage import coverage_sentence, exclusion_sentence, provider_exclusion
from tariff_advisor.report.formatting import (
    difference,
    feature_label,
    joined,
    markup,
    money,
    provider_name,
    shortened,
)
from tariff_advisor.report.timeline import MemberTimeline, recommendation_timeline
from tariff_advisor.zones import ROAMING_ZONES, Zone

PAPER = {"a4": A4, "letter": letter}
GREY = colors.HexColor("#F0F0F0")
Row = list[Any]  # a table row's cells: text, or reportlab flowables (reportlab has no type information)
# Names a household gets before anyone types the customer's: the PDF then names the members instead.
GENERIC_NAMES = frozenset({"", "new customer", "customer", "household", "new household"})
SAMPLE_NOTE = N_("NOTE: this catalogue is a fictional sample market for demonstration, not real offers.")
CELL_LIMIT = 80  # characters of a name in a table cell (a row taller than a page cannot be printed)
# What the PDF calls a recommendation's status: "feasible" (time limit hit) must never read as optimal.
STATUS_TEXT = {
    "optimal": N_("proven optimal: no other plan set costs less"),
    "feasible": N_(
        "feasible, not proven optimal: the solver's time limit was reached, so a cheaper plan set may exist"
    ),
}


class OutputPathError(TariffAdvisorError, OSError):
    """The advice cannot be written where asked (no such folder, or a folder in the file's place).

    An OSError too, so callers that handle file errors (the app's Export) handle this one."""


# --- words a customer reads ---------------------------------------------------------------------------------


def customer_name(household: Household) -> str:
    """The household's name, or its members' names while it still has a placeholder such as "New customer"."""
    name = household.name.strip()
    if name.casefold() not in GENERIC_NAMES:
        return name
    return joined(m.name for m in household.members) or _("you")


def status_text(rec: Recommendation) -> str:
    text = STATUS_TEXT.get(rec.status)
    return _(text) if text is not None else rec.status


def _features(features: Sequence[str]) -> str:
    return joined(feature_label(f) for f in features)


def _shop_range(constraints: Constraints, catalogue: Catalogue) -> str | None:
    """The shop's range as one sentence: which providers' tariffs, and how many (never the ids)."""
    ranges = constraints.of_kind("only_tariffs")
    if not ranges:
        return None
    ids = set(ranges[0]).intersection(*ranges[1:])  # several ranges: only what all of them allow
    tariffs = [t for t in catalogue.tariffs if t.id in ids]
    providers = list(dict.fromkeys(provider_name(catalogue, t.provider) for t in tariffs))
    sentence = ngettext(
        "Compared: the tariffs this shop sells from {providers} ({count} tariff).",
        "Compared: the tariffs this shop sells from {providers} ({count} tariffs).",
        len(tariffs),
    )
    return sentence.format(providers=joined(providers), count=len(tariffs))


def _lock_sentences(constraints: Constraints, catalogue: Catalogue, member: str) -> list[str]:
    said = []
    for provider in constraints.of_kind("lock_provider", member):
        said.append(
            _("{member} stays with {provider} (locked by you).").format(
                member=member, provider=provider_name(catalogue, provider)
            )
        )
    for tariff in constraints.of_kind("lock_tariff", member):
        said.append(
            _("{member} takes {tariff} (locked by you).").format(member=member, tariff=catalogue.tariff(tariff).name)
        )
    for option in constraints.of_kind("lock_option", member):
        said.append(
            _("{member} takes the option {option} (locked by you).").format(
                member=member, option=catalogue.option(option).name
            )
        )
    needs = constraints.of_kind("lock_require", member)
    if needs:
        said.append(_("{member} needs {features}.").format(member=member, features=_features(needs)))
    return said


def constraint_sentences(rec: Recommendation) -> list[str]:
    """What this customer asked for, one sentence each, in a customer's words (plain text, not yet markup)."""
    constraints, catalogue = rec.constraints, rec.catalogue
    said = [s for s in [_shop_range(constraints, catalogue)] if s]
    excluded = constraints.of_kind("exclude_provider")
    if excluded:
        names = joined(provider_name(catalogue, p) for p in excluded)
        said.append(_("Left out at your request: {providers}.").format(providers=names))
    if constraints.max_providers is not None:
        n = constraints.max_providers
        said.append(
            ngettext(
                "At most {count} provider for the household.", "At most {count} providers for the household.", n
            ).format(count=n)
        )
    if constraints.budget_per_month is not None:
        budget = money(constraints.budget_per_month, catalogue.currency)
        said.append(_("Budget: at most {amount} a month on average.").format(amount=budget))
    required = constraints.of_kind("require")
    if required:
        said.append(_("Every member needs {features}.").format(features=_features(required)))
    for member in rec.household.member_names:
        said += _lock_sentences(constraints, catalogue, member)
    return said


def _household_exclusion(rec: Recommendation, provider: str) -> str | None:
    """Why no member could take this provider because of what the customer asked (None: it was compared)."""
    return provider_exclusion(rec.constraints, rec.catalogue, provider)


def locked_provider(rec: Recommendation, member: str) -> str | None:
    """The provider a member's lock keeps them with, if the customer locked one."""
    constraints, catalogue = rec.constraints, rec.catalogue
    locked = [
        *constraints.of_kind("lock_provider", member),
        *(catalogue.tariff(t).provider for t in constraints.of_kind("lock_tariff", member)),
        *(catalogue.option(o).provider for o in constraints.of_kind("lock_option", member)),
    ]
    return locked[0] if locked else None


def not_compared_reason(rec: Recommendation, provider: str) -> str | None:
    """Why the whole household could not go to this provider because of what the customer asked (None: it could
    have, as far as the customer's choices go)."""
    excluded = _household_exclusion(rec, provider)
    if excluded is not None:
        return excluded
    for member in rec.household.member_names:
        locked = locked_provider(rec, member)
        if locked is not None and locked != provider:
            return _("locked by you: {member} stays with {provider}").format(
                member=member, provider=provider_name(rec.catalogue, locked)
            )
    return None


def includes_sentences(plans: PlanSet, catalogue: Catalogue, currency: str) -> list[str]:
    """What each recommended plan includes, one line per member and per shared family plan (plain text)."""
    said, family_plans = [], []
    for member, choice in plans.assignment.items():
        tariff = catalogue.tariff(choice["tariff"])
        if is_stand_in(tariff.provider):
            said.append(
                _("{member}: keeps today's plan {tariff} at {amount} a month.").format(
                    member=member, tariff=tariff.name, amount=money(tariff.monthly_fee, currency)
                )
            )
            continue
        said.append(f"{member}: {tariff_summary(tariff, catalogue, choice['options'], currency)}.")
        if tariff.family_plan is not None and tariff.family_plan not in family_plans:
            family_plans.append(tariff.family_plan)
    for plan_id in family_plans:
        plan = catalogue.family_plans[plan_id]
        pool = _pool(plan.pool_data_mb, plan.pool_minutes)
        sentence = ngettext(
            "Shared: {provider} {plan}, {amount} a month for up to {count} SIM{pool}.",
            "Shared: {provider} {plan}, {amount} a month for up to {count} SIMs{pool}.",
            plan.max_sims,
        )
        said.append(
            sentence.format(
                provider=provider_name(catalogue, plan.provider),
                plan=plan.name,
                amount=money(plan.base_fee, currency),
                count=plan.max_sims,
                pool=pool,
            )
        )
    return said


def _pool(data_mb: float | None, minutes: float | None) -> str:
    if data_mb is None and minutes is None:
        return ""
    shared = allowances(Allowance(minutes=minutes or 0.0, data_mb=data_mb or 0.0))
    return _(", shared between them: {allowances}").format(allowances=shared)


# --- the PDF's building blocks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    note: ParagraphStyle


def _styles() -> Styles:
    sheet: StyleSheet1 = getSampleStyleSheet()
    # keepWithNext: a heading always starts a page together with what it heads, never alone at a page's foot
    heading = ParagraphStyle("heading", parent=sheet["Heading2"], keepWithNext=1)
    subheading = ParagraphStyle("subheading", parent=sheet["Heading3"], keepWithNext=1)
    small = ParagraphStyle("small", parent=sheet["BodyText"], fontSize=8, leading=10)
    cell = ParagraphStyle("cell", parent=small, leading=9.5)
    note = ParagraphStyle("note", parent=small, textColor=colors.HexColor("#A03030"))
    return Styles(sheet["Title"], heading, subheading, sheet["BodyText"], small, cell, note)


def _chart_image(draw: Callable[[Figure], None], width: float, height: float) -> Image:
    fig = Figure(figsize=(width / 72, height / 72), dpi=150, layout="constrained")  # keeps outside legends in
    draw(fig)
    buffer = io.BytesIO()
    # matplotlib's backend_agg module has no annotations, so mypy sees print_png as untyped
    FigureCanvasAgg(fig).print_png(buffer)  # type: ignore[no-untyped-call]
    buffer.seek(0)
    return Image(buffer, width=width, height=height)


_HEADER = ParagraphStyle("header", fontName="Helvetica-Bold", fontSize=8, leading=9.5)
_HEADER_RIGHT = ParagraphStyle("header-right", parent=_HEADER, alignment=TA_RIGHT)


def _table(rows: list[Row], widths: Sequence[float], right: tuple[int, ...] = ()) -> Table:
    """A table with a grey header row; header texts wrap within their column (German words are longer)."""
    header = [
        Paragraph(markup(cell), _HEADER_RIGHT if i in right else _HEADER) if isinstance(cell, str) else cell
        for i, cell in enumerate(rows[0])
    ]
    table = Table([header, *rows[1:]], colWidths=list(widths), repeatRows=1)
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


def _section(heading: Paragraph, *body: Any) -> list[Any]:
    """A heading with the start of what it heads (reportlab keeps keepWithNext flowables with the next)."""
    return [heading, *body]


class _Page:
    """The story of one advice PDF, built section by section (plain text in, escaped markup out)."""

    def __init__(self, rec: Recommendation, explanation: Explanation, width: float) -> None:
        self.rec, self.explanation, self.width = rec, explanation, width
        self.plans = _recommended(rec)
        self.bill, self.cat = self.plans.bill, rec.catalogue
        self.cur = self.bill.currency
        self.styles = _styles()

    def text(self, plain: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup(plain), style or self.styles.small)

    def cell(self, plain: str, limit: int = CELL_LIMIT) -> Paragraph:
        """A table cell's text; a table row cannot break over pages, so an overlong name is cut."""
        return Paragraph(markup(shortened(plain, limit)), self.styles.cell)

    def widths(self, *fractions: float) -> list[float]:
        return [f * self.width for f in fractions]

    def story(self) -> list[Any]:
        return [
            *self.opening(),
            *self.recommended_plans(),
            *self.includes(),
            *self.timeline(),
            *self.usage(),
            *self.charts(),
            *self.why_these(),
            *self.one_provider(),
            *self.assumptions(),
            *self.roaming(),
            *self.bill_lines(),
        ]

    def opening(self) -> list[Any]:
        rec, bill, cur, checked = self.rec, self.bill, self.cur, self.cat.checked
        story: list[Any] = [
            self.text(
                _("Mobile tariff advice for {customer}").format(customer=customer_name(rec.household)),
                self.styles.title,
            ),
            self.text(
                _("Prepared {today} by Tariff Advisor; prices as checked on {checked}.").format(
                    today=local_date(dt.date.today()), checked=local_date(checked, missing=_("unknown"))
                )
            ),
        ]
        stale = prices_are_stale(checked, dt.date.today())  # the release's version and date, and a warning if stale
        story.append(
            self.text(
                freshness_sentence(self.cat.release, checked, dt.date.today()), self.styles.note if stale else None
            )
        )
        if any(p.sample for p in self.cat.providers.values() if not is_stand_in(p.id)):
            story.append(self.text(_(SAMPLE_NOTE), self.styles.note))
        story.append(Spacer(1, 4 * mm))
        # the message is markup: the bold tags are ours, every value is escaped before it goes in
        summary = ngettext(
            "The recommended plans cost <b>{total}</b> over {months} month "
            "(<b>{monthly}</b> a month on average); this is {status}.",
            "The recommended plans cost <b>{total}</b> over {months} months "
            "(<b>{monthly}</b> a month on average); this is {status}.",
            bill.horizon_months,
        ).format(
            total=markup(money(bill.total, cur)),
            months=bill.horizon_months,
            monthly=markup(money(bill.monthly_average, cur)),
            status=markup(status_text(rec)),
        )
        if rec.today is not None:
            savings = rec.today.total - bill.total
            summary += " " + markup(
                _("Staying on today's plans would cost {amount}:").format(amount=money(rec.today.total, cur))
            )
            summary += " " + (
                _("you save <b>{amount}</b> ({monthly} a month).").format(
                    amount=markup(money(savings, cur)), monthly=markup(money(savings / bill.horizon_months, cur))
                )
                if savings >= 0.005
                else markup(_("today's plans cost {amount} less over the horizon.").format(amount=money(-savings, cur)))
            )
        joint_saving = self.explanation.joint_saving  # None without per-line picks
        if self.explanation.per_line_total is not None and joint_saving is not None and joint_saving > 0.005:
            summary += " " + markup(
                _(
                    "Choosing each person's cheapest tariff separately would cost {separately}; "
                    "planning the household together saves {saving} more."
                ).format(separately=money(self.explanation.per_line_total, cur), saving=money(joint_saving, cur))
            )
        story += [Paragraph(summary, self.styles.body), Spacer(1, 2 * mm)]
        story.append(self.text(coverage_sentence(self.cat)))  # before the results, with what the customer left out
        story += [self.text(s) for s in constraint_sentences(rec)]
        return [*story, Spacer(1, 2 * mm)]

    def recommended_plans(self) -> list[Any]:
        bill, cat = self.bill, self.cat
        by_member = bill.by_member()
        months = ngettext("{count} month", "{count} months", bill.horizon_months).format(count=bill.horizon_months)
        header = [_("member"), _("provider"), _("tariff"), _("options"), _("a month"), months]
        rows: list[Row] = [header]
        for name, choice in self.plans.assignment.items():
            tariff = cat.tariff(choice["tariff"])
            options = ", ".join(cat.option(o).name for o in choice["options"]) or "-"
            total = by_member.get(name, 0.0)
            rows.append(
                [
                    self.cell(name),
                    self.cell(provider_name(cat, tariff.provider)),
                    self.cell(tariff.name),
                    self.cell(options),
                    money(total / bill.horizon_months),
                    money(total),
                ]
            )
        if HOUSEHOLD in by_member:
            shared = by_member[HOUSEHOLD]
            rows.append(
                [
                    _("shared"),
                    "",
                    self.cell(_("family plan base fee and pool")),
                    "",
                    money(shared / bill.horizon_months),
                    money(shared),
                ]
            )
        rows.append([_("total"), "", "", "", money(bill.monthly_average), money(bill.total)])
        table = _table(rows, self.widths(0.15, 0.15, 0.25, 0.21, 0.11, 0.13), right=(4, 5))
        table.setStyle(
            TableStyle(
                [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]
            )
        )
        story = _section(Paragraph(_("Recommended plans"), self.styles.heading), table, Spacer(1, 2 * mm))
        return story + [self.text(_("Warning: {warning}").format(warning=w)) for w in bill.warnings]

    def includes(self) -> list[Any]:
        lines = includes_sentences(self.plans, self.cat, self.cur)
        heading = Paragraph(_("What your plans include"), self.styles.subheading)
        return [*_section(heading, *(self.text(line) for line in lines)), Spacer(1, 3 * mm)]

    def timeline(self) -> list[Any]:
        """When to do what: the chart, then per member what to cancel by when, when the new plan starts, and the
        phone with its real cost against the retail price."""
        timeline = recommendation_timeline(self.rec)
        width, cur = self.width, self.cur
        chart = _chart_image(
            lambda f: charts.contract_timeline(f, timeline),
            width,
            min(0.75 * width, (150 + 34 * len(timeline.members))),
        )
        header = [_("member"), _("cancel"), _("new plan"), _("phone"), _("phone's real cost")]
        rows: list[Row] = [header]
        for line in timeline.members:
            rows.append(
                [
                    self.cell(line.member),
                    # sentences around names: room for the names at their own limit
                    self.cell(cancel_text(line, cur), 3 * CELL_LIMIT),
                    self.cell(new_plan_text(line), 3 * CELL_LIMIT),
                    self.cell(phone_text(line, cur), 3 * CELL_LIMIT),
                    self.cell(phone_cost_text(line, cur), 3 * CELL_LIMIT),
                ]
            )
        table = _table(rows, self.widths(0.12, 0.25, 0.25, 0.22, 0.16))
        heading = Paragraph(_("Timeline: what to cancel, and when the new plans start"), self.styles.heading)
        note = self.text(
            _(
                "A cancellation must reach the provider by the day given (the notice period counts back from the "
                "contract's end); the calendar file (in the app File > Export calendar, or tariff-advisor recommend "
                "--ics) puts every date in your calendar with a reminder a week before."
            )
        )
        # the heading goes with the chart: a heading is never left alone at a page's foot
        return [KeepTogether([heading, chart]), table, Spacer(1, 1 * mm), note, Spacer(1, 3 * mm)]

    def usage(self) -> list[Any]:
        header = [_("member"), _("months"), _("minutes"), _("calls"), _("SMS"), _("data (GB)"), _("intl. minutes")]
        rows: list[Row] = [header]
        for m in self.rec.household.members:
            n, mean = len(m.usage), m.average_month()
            rows.append(
                [
                    self.cell(m.name),
                    self.cell(
                        _("typical month")
                        if n == 1 and m.usage[0].month is None
                        else ngettext("{count} recorded", "{count} recorded", n).format(count=n)
                    ),
                    number(mean.minutes),
                    number(mean.calls),
                    number(mean.sms),
                    number(mean.data_mb / 1024, 1),
                    number(mean.intl_minutes),
                ]
            )
        table = _table(rows, self.widths(0.22, 0.16, 0.12, 0.1, 0.1, 0.14, 0.16), right=(2, 3, 4, 5, 6))
        heading = Paragraph(_("Your usage (average per month)"), self.styles.heading)
        return [*_section(heading, table), Spacer(1, 3 * mm)]

    def charts(self) -> list[Any]:
        bill, today, width = self.bill, self.rec.today, self.width
        story: list[Any] = [
            KeepTogether([_chart_image(lambda f: charts.cost_per_member(f, bill, today), width, 0.45 * width)]),
            KeepTogether([_chart_image(lambda f: charts.monthly_cost(f, bill, today), width, 0.4 * width)]),
        ]
        months = bill.by_month()
        rows: list[Row] = [[_("month"), *[str(i + 1) for i in range(min(12, len(months)))]]]
        for start in range(0, len(months), 12):
            rows.append(
                [f"{start + 1}-{min(start + 12, len(months))}", *[money(v) for v in months[start : start + 12]]]
            )
        columns = len(rows[0])
        table = _table(rows, [width / columns] * columns, right=tuple(range(1, 13)))
        heading = Paragraph(
            markup(_("Cost month by month ({currency})").format(currency=self.cur)), self.styles.subheading
        )
        return [*story, *_section(heading, table), Spacer(1, 4 * mm)]

    def why_these(self) -> list[Any]:
        cat, explanation = self.cat, self.explanation
        rows: list[Row] = [[_("member"), _("provider"), _("best plan there"), _("costs more")]]
        for member, alternatives in explanation.why_not.items():
            for alt in alternatives:
                name = cat.tariff(alt.choice["tariff"]).name if alt.choice else _("nothing suitable")
                if is_stand_in(alt.provider):
                    name = _("{plan} (today's plan)").format(plan=name)
                provider = provider_name(cat, alt.provider)
                rows.append([self.cell(member), self.cell(provider), self.cell(name), difference(alt.extra)])
        section = _section(
            Paragraph(_("Why these plans"), self.styles.heading),
            self.text(
                _(
                    "For each member, the best plan at every other provider, with everyone else as recommended, "
                    "and how much more the household would pay over the horizon:"
                )
            ),
            _table(rows, self.widths(0.2, 0.2, 0.4, 0.2), right=(3,)),
        )
        left_out = self.not_compared()
        if left_out:
            section.append(self.text(left_out))
        story: list[Any] = [KeepTogether(section), Spacer(1, 2 * mm)]  # a table longer than a page still splits
        if len(rows) > 1:
            names = {p: provider_name(cat, p) for p in cat.providers}
            height = min(0.6 * self.width, 70 + 12 * len(rows))
            chart = _chart_image(lambda f: charts.why_not(f, explanation, self.cur, names), self.width, height)
            story.append(KeepTogether([chart]))
        return story

    def not_compared(self) -> str:
        """Sentences for the providers and members the customer's own choices kept out of this comparison."""
        said = [s for s in [exclusion_sentence(self.rec.constraints, self.cat)] if s]
        for member in self.rec.household.member_names:
            locked = locked_provider(self.rec, member)
            if locked is not None:
                said.append(
                    _("{member}: not compared with other providers, locked by you to {provider}.").format(
                        member=member, provider=provider_name(self.cat, locked)
                    )
                )
        return " ".join(said)

    def one_provider(self) -> list[Any]:
        rows: list[Row] = [[_("whole household with"), _("total"), _("costs more")]]
        for plan in self.explanation.one_provider:
            name = self.cell(provider_name(self.cat, plan.provider))
            if plan.total is not None:
                rows.append([name, money(plan.total), difference(plan.total - self.bill.total)])
            else:
                reason = not_compared_reason(self.rec, plan.provider) or _("not possible: no plan set there fits")
                rows.append([name, self.cell(reason), ""])
        story = _section(
            Paragraph(_("If everyone must stay with one provider"), self.styles.subheading),
            _table(rows, self.widths(0.35, 0.4, 0.25), right=(1, 2)),
        )
        if self.explanation.sensitivity:
            explanation, cur = self.explanation, self.cur
            chart = _chart_image(lambda f: charts.sensitivity(f, explanation, cur), self.width, 0.36 * self.width)
            story += [Spacer(1, 2 * mm), KeepTogether([chart])]
        return story

    def assumptions(self) -> list[Any]:
        heading = Paragraph(_("Assumptions"), self.styles.heading)
        return [KeepTogether(_section(heading, *(self.text("- " + a) for a in _assumptions(self.rec))))]

    def roaming(self) -> list[Any]:
        """The travel assumed for each member who travels, and what it costs on the recommended plan."""
        travellers = [m for m in self.rec.household.members if m.roaming.travels]
        if not travellers:
            return []
        from tariff_advisor.optimiser.phones import roaming_per_month

        header = [
            _("member"),
            *(_(ZONE_COLUMNS[z]) for z in ROAMING_ZONES),
            _("minutes a day"),
            _("MB a day"),
            _("a month on the recommended plan"),
            _("roaming over the horizon"),
        ]
        rows: list[Row] = [header]
        parts = self.bill.by_member_and_category()
        for member in travellers:
            travel = member.roaming
            tariff = self.cat.tariff(self.plans.assignment[member.name]["tariff"])
            monthly = roaming_per_month(member, tariff)
            rows.append(
                [
                    self.cell(member.name),
                    *(number(travel.days_per_year.get(z, 0.0), -1) for z in ROAMING_ZONES),
                    number(travel.minutes_per_day, -1),
                    number(travel.mb_per_day, -1),
                    money(monthly) if monthly == monthly else _("no price"),  # NaN: a zone without prices
                    money(parts.get(member.name, {}).get("roaming", 0.0)),
                ]
            )
        table = _table(rows, self.widths(0.09, 0.1, 0.09, 0.13, 0.09, 0.1, 0.08, 0.16, 0.16), right=tuple(range(1, 9)))
        heading = Paragraph(
            markup(_("Roaming assumed (days abroad a year; costs in {currency})").format(currency=self.cur)),
            self.styles.subheading,
        )
        note = self.text(
            _(
                "Days abroad are spread evenly over the year; a zone included in the tariff costs nothing up to its "
                "fair-use limit, elsewhere a day pass or the per-minute and per-MB rates apply. Over the horizon "
                "counts the plan in force each month (today's plan before a switch)."
            )
        )
        return [Spacer(1, 2 * mm), KeepTogether([*_section(heading, table), Spacer(1, 1 * mm), note])]

    def bill_lines(self) -> list[Any]:
        """Appendix: every charge of the recommended plans, folded over the months it repeats in, as the CLI's
        `price` prints it; the lines add up to the total above (a long table repeats its header on each page)."""
        header = [
            _("member"),
            _("provider"),
            _("charge"),
            _("rule"),
            _("when"),
            _("months"),
            _("amount ({currency})").format(currency=self.cur),
        ]
        rows: list[Row] = [header]
        for line in folded(self.bill.lines):
            rows.append(
                [
                    self.cell(_("shared") if line.member == HOUSEHOLD else line.member),
                    self.cell(provider_name(self.cat, line.provider)),
                    self.cell(line.label),
                    _(CATEGORY_LABELS[line.category]),  # German once billing marks its labels N_
                    line.when,
                    self.cell(line.month_ranges),
                    money(line.amount),
                ]
            )
        rows.append([_("total"), "", "", "", "", "", money(self.bill.total)])
        table = _table(rows, self.widths(0.13, 0.13, 0.3, 0.13, 0.1, 0.09, 0.12), right=(6,))
        table.setStyle(
            TableStyle(
                [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8), ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]
            )
        )
        heading = Paragraph(_("Appendix: every charge of the recommended plans"), self.styles.heading)
        intro = self.text(
            _(
                "Each charge over the months it repeats in (the same lines as the command tariff-advisor price); "
                "the amounts add up to the total above."
            )
        )
        return [PageBreak(), *_section(heading, intro, Spacer(1, 2 * mm), table)]


# Roaming zones as table columns (short: the table has nine columns)
ZONE_COLUMNS: dict[Zone, str] = {
    "eu": N_("EU/EEA"),
    "europe_other": N_("rest of Europe"),
    "us_ca": N_("USA/Canada"),
    "world": N_("rest of world"),
}


def cancel_text(line: MemberTimeline, currency: str) -> str:
    """What the member cancels and by when (plain text): for the PDF's timeline table and the app's."""
    current = line.current
    if current is None:
        return _("nothing (no plan today)")
    plan = f"{current.provider} {current.tariff}"
    if line.new is None:
        return _("nothing: stays on {plan}").format(plan=plan)
    if line.leaves_early:
        return _("{plan}: now, by {day}; leaving early costs {amount}").format(
            plan=plan, day=local_date(line.cancel_by), amount=money(line.early_exit_cost, currency)
        )
    return _("{plan}: by {day}").format(plan=plan, day=local_date(line.cancel_by))


def new_plan_text(line: MemberTimeline) -> str:
    """When the new plan starts, until when it binds and the next day to cancel it (plain text)."""
    new = line.new
    if new is None:
        if line.next_notice_deadline is None:
            return _("stays; can be cancelled any month")
        return _("stays; next notice by {day}").format(day=local_date(line.next_notice_deadline))
    plan = f"{new.provider} {new.tariff}"
    if new.term_end is None:
        return _("{start}: {plan}, monthly (no minimum term)").format(start=local_date(new.start), plan=plan)
    return _("{start}: {plan}, minimum term to {end}; notice by {deadline}").format(
        start=local_date(new.start), plan=plan, end=local_date(new.term_end), deadline=local_date(new.notice_deadline)
    )


def phone_text(line: MemberTimeline, currency: str) -> str:
    phone = line.phone
    if phone is None:
        return _("keeps the current phone")
    if phone.offer is None:
        return _("{phone}, bought outright").format(phone=phone.name)
    return _("{phone} with the contract: {upfront} upfront + {monthly} x {months}").format(
        phone=phone.name,
        upfront=money(phone.upfront, currency),
        monthly=money(phone.monthly_fee, currency),
        months=phone.months,
    )


def phone_cost_text(line: MemberTimeline, currency: str) -> str:
    """The phone's real cost against its retail price: `€553.00 (retail €549.00, +€4.00)`."""
    phone = line.phone
    if phone is None:
        return "-"
    return _("{cost} (retail {retail}, {difference})").format(
        cost=money(phone.cost, currency),
        retail=money(phone.retail_price, currency),
        difference=difference(phone.extra_vs_retail, currency),
    )


def _recommended(rec: Recommendation) -> PlanSet:
    if rec.plans is None:
        raise ValueError(_("no recommendation to report: {reason}").format(reason=rec.reason))
    return rec.plans


def _assumptions(rec: Recommendation) -> list[str]:
    h, cat = rec.household, rec.catalogue
    items = [
        ngettext(
            "Horizon: {count} month from {start}; each recorded month is priced on its own and the history "
            "repeats over the horizon.",
            "Horizon: {count} months from {start}; each recorded month is priced on its own and the history "
            "repeats over the horizon.",
            h.horizon_months,
        ).format(count=h.horizon_months, start=local_date(h.contract_start)),
        _("Usage growth: {percent} a year (applied once per full year).").format(
            percent=percent(h.usage_growth_percent_per_year, 2)
        ),
        _("Redemption cashback is counted (you said you will claim it).")
        if h.claim_cashback
        else _("Redemption cashback is not counted (only automatic cashback is)."),
        _("Plans that would slow your data down are allowed.")
        if h.allow_data_slowdown
        else _("Only plans that serve every recorded month's data at full speed are recommended."),
        _(
            "Per-minute tariffs: each call rounded up to a whole minute (from call records where known, else "
            "estimated as half a minute per call)."
        ),
        _("Prices as checked on {checked} (the oldest check in the catalogue); currency {currency}.").format(
            checked=local_date(cat.checked, missing=_("unknown")), currency=cat.currency
        ),
        _("Your choices: as listed under the summary.")
        if constraint_sentences(rec)
        else _("Your choices: none; every tariff on sale was compared."),
        _("The ranking is neutral: the cost to you is the only criterion."),
    ]
    return items + [_("Note: {note}").format(note=n) for n in rec.notes]


def _pdf_bytes(rec: Recommendation, explanation: Explanation, paper: str) -> bytes:
    size = PAPER[paper]
    buffer = io.BytesIO()
    name = customer_name(rec.household)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=_("Tariff advice: {customer}").format(customer=name),  # document information is plain text
        author="Tariff Advisor",
    )

    def footer(canvas: Any, document: Any) -> None:  # reportlab's canvas and document template
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        footer_name = shortened(name, CELL_LIMIT)  # drawn as text, never parsed; one line
        canvas.drawString(15 * mm, 8 * mm, _("Tariff Advisor: advice for {customer}").format(customer=footer_name))
        canvas.drawRightString(size[0] - 15 * mm, 8 * mm, _("page {number}").format(number=document.page))
        canvas.restoreState()

    doc.build(_Page(rec, explanation, size[0] - 30 * mm).story(), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def writable_target(path: str | Path, example: str = "advice.pdf") -> Path:
    """`path` if the advice can be written there; an OutputPathError that says what to do otherwise."""
    path = Path(path)
    if path.is_dir():
        raise OutputPathError(
            _("{path} is a folder: give a file name, e.g. {example}").format(path=path, example=path / example)
        )
    if not path.parent.is_dir():
        raise OutputPathError(
            _("cannot write {name}: the folder {folder} does not exist (create it first)").format(
                name=path.name, folder=path.parent
            )
        )
    return path


def build_pdf(rec: Recommendation, explanation: Explanation, path: str | Path, paper: str = "a4") -> Path:
    """Write the advice PDF atomically (a failure leaves any earlier file in place)."""
    _recommended(rec)
    path = writable_target(path)
    atomic_write_bytes(path, _pdf_bytes(rec, explanation, paper))
    return path


@dataclass(frozen=True)
class Column:
    """One column of a CSV export: its header, its cell, and whether the cell is text a user or file supplied
    (those are neutralised against formula injection; numbers are written as numbers)."""

    header: str
    value: Callable[[BillLine, str], object]
    text: bool = True


# Headers in English here, in the language in use in the file. Amounts with the locale's decimal sign and no
# grouping (`1234,5600` in German), so that a spreadsheet of that locale reads them as numbers.
BILL_LINE_COLUMNS: tuple[Column, ...] = (
    Column(N_("month"), lambda line, _currency: line.month, text=False),
    Column(N_("member"), lambda line, _currency: line.member),
    Column(N_("provider"), lambda line, _currency: line.provider),
    Column(N_("category"), lambda line, _currency: line.category),
    Column(N_("label"), lambda line, _currency: line.label),
    Column(N_("amount"), lambda line, _currency: number(line.amount, 4, grouping=False), text=False),
    Column(N_("currency"), lambda _line, currency: currency),
    Column(N_("detail"), lambda line, _currency: line.detail),
)


def csv_delimiter() -> str:
    """`;` where the decimal sign is a comma (German Excel reads that), `,` elsewhere."""
    return ";" if decimal_separator() == "," else ","


def bill_lines_csv(rec: Recommendation) -> str:
    """Every line of the recommended bill, one row each, for a spreadsheet of the language in use."""
    bill = _recommended(rec).bill
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter())
    writer.writerow([_(c.header) for c in BILL_LINE_COLUMNS])
    for line in bill.lines:
        cells = [(c, c.value(line, bill.currency)) for c in BILL_LINE_COLUMNS]
        writer.writerow([safe_text_cell(str(v)) if c.text else v for c, v in cells])
    return buffer.getvalue()


def export(rec: Recommendation, explanation: Explanation | None, path: str | Path, paper: str = "a4") -> Path:
    """Write the advice as .pdf, .csv (bill lines) or .json (recommendation, bill and explanation)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".csv", ".json"):
        raise ValueError(_("{name}: write .pdf, .csv or .json").format(name=path.name))
    if suffix == ".pdf":
        if explanation is None:
            raise ValueError(
                _("{name}: the PDF needs the explanation (explain the recommendation first)").format(name=path.name)
            )
        return build_pdf(rec, explanation, path, paper)
    path = writable_target(path)
    if suffix == ".csv":
        atomic_write_text(path, bill_lines_csv(rec))
    else:
        data = rec.to_dict()
        if explanation is not None:
            data["explanation"] = explanation.to_dict()
        atomic_write_text(path, json.dumps(data, indent=2, default=str))
    return path
