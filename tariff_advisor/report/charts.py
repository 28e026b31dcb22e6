"""Charts that explain a recommendation, drawn on a matplotlib Figure given by the caller.

No pyplot and no GUI backend: the PDF report renders these with Agg, the desktop app
embeds the same figures with matplotlib's Qt canvas. Every chart has a title, axis labels with
units and the currency. Every name a user or a file supplied passes `chart_text` first, so it is drawn as
typed (a `$...$` in a name is never mathtext).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from tariff_advisor.billing.bill import CATEGORIES, CATEGORY_LABELS, HOUSEHOLD, Bill, Category
from tariff_advisor.household.model import MonthlyUsage
from tariff_advisor.i18n import _, date, month_year, ngettext, number
from tariff_advisor.optimiser.breakeven import BreakEven
from tariff_advisor.optimiser.explain import Explanation
from tariff_advisor.report.chart_colours import PRINT, ChartColours, in_colours
from tariff_advisor.report.formatting import NAME_LIMIT, chart_text, difference, money
from tariff_advisor.report.timeline import MemberTimeline, Timeline

CATEGORY_COLOURS: dict[Category, str] = {
    "fee": "#4C72B0",
    "options": "#64B5CD",
    "overage": "#C44E52",
    "discount": "#55A868",
    "promotion": "#8172B2",
    "one_time": "#CCB974",
    "device": "#8C8C8C",
    "roaming": "#DD8452",
}
TODAY_HATCH = "//"


def _local_ticks(ax: Axes, axis: str = "y") -> None:
    """Tick labels in the locale's way (`1.234` in German); the axis label says the unit or currency."""
    formatter = FuncFormatter(lambda value, _pos: number(value, -2))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)


def _style(ax: Axes, title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, fontsize=11, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)


@in_colours
def cost_per_member(
    fig: Figure, recommended: Bill, today: Bill | None = None, *, colours: ChartColours = PRINT
) -> None:
    """Each member's cost over the horizon, stacked by part, today's plans beside the recommendation."""
    ax = fig.add_subplot(111)
    bills = [("recommended", recommended)] + ([("today", today)] if today is not None else [])
    members = [m for m in recommended.by_member() if m != HOUSEHOLD]
    if any(HOUSEHOLD in b.by_member() for _name, b in bills):
        members.append(HOUSEHOLD)
    width = 0.8 / len(bills)
    x = np.arange(len(members))
    for index, (name, bill) in enumerate(bills):
        parts = bill.by_member_and_category()
        positions = x + (index - (len(bills) - 1) / 2) * width
        up, down = np.zeros(len(members)), np.zeros(len(members))
        for category in CATEGORIES:
            values = np.array([parts.get(m, {}).get(category, 0.0) for m in members])
            base = np.where(values >= 0, up, down)
            ax.bar(
                positions,
                values,
                width * 0.95,
                bottom=base,
                color=CATEGORY_COLOURS[category],
                hatch=TODAY_HATCH if name == "today" else None,
                edgecolor=colours.axes,
                linewidth=0.5,
                label=_(CATEGORY_LABELS[category]) if index == 0 else None,
            )
            up, down = up + np.clip(values, 0, None), down + np.clip(values, None, 0)
        for pos, top, total in zip(positions, up, up + down, strict=False):  # the net total, above the bar's top
            ax.annotate(number(total), (pos, top), ha="center", va="bottom", fontsize=7)
    low, high = ax.get_ylim()
    ax.set_ylim(low, high + 0.08 * (high - low))  # room for the labels above the tallest bar
    labels = [_("shared") if m == HOUSEHOLD else chart_text(m) for m in members]
    ax.set_xticks(x, labels)
    ax.axhline(0, color=colours.text, linewidth=0.6)
    months = recommended.horizon_months
    title = ngettext("Cost per member over {count} month", "Cost per member over {count} months", months)
    if today is not None:
        title = ngettext(
            "Cost per member over {count} month (hatched: today's plans)",
            "Cost per member over {count} months (hatched: today's plans)",
            months,
        )
    _style(
        ax,
        title.format(count=months),
        _("member"),
        _("cost ({currency})").format(currency=recommended.currency),
    )
    _local_ticks(ax)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)


@in_colours
def monthly_cost(fig: Figure, recommended: Bill, today: Bill | None = None, *, colours: ChartColours = PRINT) -> None:
    """Household cost month by month (bars) and cumulated (lines)."""
    ax = fig.add_subplot(111)
    months = np.arange(1, recommended.horizon_months + 1)
    ax.bar(months, recommended.by_month(), color=CATEGORY_COLOURS["fee"], alpha=0.6, label=_("recommended, per month"))
    ax2 = ax.twinx()
    ax2.plot(
        months,
        np.cumsum(recommended.by_month()),
        color=CATEGORY_COLOURS["fee"],
        linewidth=2,
        label=_("recommended, cumulative"),
    )
    if today is not None:
        ax.plot(
            months,
            today.by_month(),
            color=CATEGORY_COLOURS["overage"],
            marker=".",
            linewidth=1,
            label=_("today's plans, per month"),
        )
        ax2.plot(
            months,
            np.cumsum(today.by_month()),
            color=CATEGORY_COLOURS["overage"],
            linewidth=2,
            linestyle="--",
            label=_("today's plans, cumulative"),
        )
    _label_one_off_fees(ax, ax2, recommended, colours)
    currency = recommended.currency
    _style(
        ax,
        _("Household cost month by month"),
        _("contract month"),
        _("per month ({currency})").format(currency=currency),
    )
    ax2.set_ylabel(_("cumulative ({currency})").format(currency=currency))
    _local_ticks(ax)
    _local_ticks(ax2)
    ax2.spines[["top"]].set_visible(False)
    lines = ax.get_legend_handles_labels()
    lines2 = ax2.get_legend_handles_labels()
    # outside, right of the second y axis: inside it would cover the lines, below it the axis label
    ax.legend(
        lines[0] + lines2[0],
        lines[1] + lines2[1],
        fontsize=7,
        loc="upper left",
        bbox_to_anchor=(1.17, 1.0),
        frameon=False,
    )


def one_off_fees(bill: Bill) -> dict[int, float]:
    """Month -> the one-off fees charged in it (connection, activation, handset upfront), where there are any."""
    fees: dict[int, float] = {}
    for line in bill.lines:
        if line.category == "one_time":
            fees[line.month] = fees.get(line.month, 0.0) + line.amount
    return {month: amount for month, amount in sorted(fees.items()) if round(amount, 2) != 0}


def _label_one_off_fees(bars: Axes, top: Axes, bill: Bill, colours: ChartColours) -> None:
    """Name the spike (mostly month 1) that one-off fees make, so it does not read as a monthly price.

    Placed at the bar in the bars' axes, drawn on the axes on top so the cumulative lines do not cross it."""
    totals = bill.by_month()
    for month, amount in one_off_fees(bill).items():
        top.annotate(
            _("month {month}: {amount} one-off fees").format(month=month, amount=money(amount)),
            (month, totals[month - 1]),
            xycoords=bars.transData,
            xytext=(10, 4),
            textcoords="offset points",
            fontsize=7,
            va="bottom",
            bbox={"boxstyle": "round,pad=0.2", "facecolor": colours.axes, "edgecolor": "none", "alpha": 0.85},
            arrowprops={"arrowstyle": "-", "color": colours.muted, "linewidth": 0.6},
        )


@in_colours
def why_not(
    fig: Figure,
    explanation: Explanation,
    currency: str,
    provider_names: Mapping[str, str] | None = None,
    *,
    colours: ChartColours = PRINT,
) -> None:
    """For each member, how much more the best plan at each other provider would cost the household.

    `provider_names`: provider id -> the name customers know (the catalogue's); ids where not given."""
    names = provider_names or {}
    ax = fig.add_subplot(111)
    rows = [(m, a.provider, a.extra) for m, alts in explanation.why_not.items() for a in alts if a.extra is not None]
    labels = [f"{chart_text(m)}: {chart_text(names.get(p, p))}" for m, p, _extra in rows]
    y = np.arange(len(rows))
    ax.barh(y, [e for _m, _p, e in rows], color=CATEGORY_COLOURS["overage"], alpha=0.8)
    for pos, (_m, _p, extra) in zip(y, rows, strict=False):
        ax.annotate(difference(extra), (extra, pos), va="center", fontsize=7, xytext=(3, 0), textcoords="offset points")
    ax.set_yticks(y, labels, fontsize=7)
    ax.invert_yaxis()
    _style(
        ax,
        "",
        _("extra cost over the horizon ({currency})").format(currency=currency),
        _("member: provider"),
    )
    _local_ticks(ax, "x")
    # the title goes over the whole figure: long member and provider labels push the axes far to the right
    title = _("Why not another provider: each member's best plan there, extra cost")
    fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    ax.grid(axis="x", alpha=0.3)


@in_colours
def sensitivity(fig: Figure, explanation: Explanation, currency: str, *, colours: ChartColours = PRINT) -> None:
    """The household optimum at other usage levels, and the recommended plans at those levels."""
    ax = fig.add_subplot(111)
    solved = [(p, p.optimum_total) for p in explanation.sensitivity if p.optimum_total is not None]
    points = [p for p, _total in solved]
    x = [p.factor * 100 for p in points]
    optimum = [total for _p, total in solved]
    ax.plot(x, optimum, marker="o", color=CATEGORY_COLOURS["fee"], label=_("best plans then"))
    ax.plot(
        x,
        [p.recommended_total for p in points],
        marker="s",
        linestyle="--",
        color=CATEGORY_COLOURS["overage"],
        label=_("today's recommendation then"),
    )
    for p in points:
        if p.recommended_slowed:
            ax.annotate(
                _("slowed"),
                (p.factor * 100, p.recommended_total),
                fontsize=7,
                xytext=(0, 6),
                textcoords="offset points",
                ha="center",
            )
    ax.axvline(100, color=colours.muted, linewidth=0.8, linestyle=":")
    _style(
        ax,
        _("If usage changes: household cost over the horizon"),
        _("usage (% of recorded)"),
        _("cost ({currency})").format(currency=currency),
    )
    _local_ticks(ax)
    _local_ticks(ax, "x")
    ax.legend(fontsize=7, frameon=False)


@in_colours
def usage_history(fig: Figure, months: Sequence[MonthlyUsage], member: str, *, colours: ChartColours = PRINT) -> None:
    """A member's months: data as bars (GB, left axis), call minutes as a line (right axis)."""
    ax = fig.add_subplot()
    labels = [m.month[2:] if m.month else str(i + 1) for i, m in enumerate(months)]
    positions = range(len(months))
    ax.bar(positions, [m.data_mb / 1024 for m in months], color="#4C78A8", label=_("data"))
    ax.set_xticks(list(positions), labels, rotation=90 if len(months) > 6 else 0, fontsize=7)
    ax.set_ylabel(_("data (GB)"), fontsize=8)
    ax.set_xlabel(_("month"), fontsize=8)
    _local_ticks(ax)
    ax.tick_params(axis="y", labelsize=7)
    title = _("{member}: usage by month").format(member=chart_text(member)) if member else _("Usage by month")
    ax.set_title(title, fontsize=9)
    minutes = ax.twinx()
    minutes.plot(list(positions), [m.minutes for m in months], color="#E45756", marker="o", markersize=3)
    minutes.set_ylabel(_("calls (min)"), fontsize=8, color="#E45756")
    _local_ticks(minutes)
    minutes.tick_params(axis="y", labelsize=7, colors="#E45756")
    minutes.set_ylim(bottom=0)


@in_colours
def break_even(fig: Figure, chart: BreakEven, *, colours: ChartColours = PRINT) -> None:
    """What the whole household pays a month as one member's use varies, with the member on the chosen tariff or
    on each rival; the member's months marked, the crossings labelled, each rival's move priced in the legend."""
    ax = fig.add_subplot()
    rival_colours = iter(["#DD8452", "#55A868", "#C44E52", "#8172B2", "#937860"])
    for curve in chart.curves:
        move = (
            "" if curve.chosen else _(": household {amount} a month").format(amount=difference(curve.extra_per_month))
        )
        ax.plot(
            chart.xs,
            curve.costs,
            linewidth=2.6 if curve.chosen else 1.5,
            label=chart_text(curve.label, limit=2 * NAME_LIMIT) + move,
            color="#4C72B0" if curve.chosen else next(rival_colours),
            zorder=3 if curve.chosen else 2,
        )
    chosen = chart.curves[0]
    member = chart_text(chart.member)
    for _label, x in chart.months:
        ax.axvline(x, color=colours.muted, alpha=0.35, linewidth=1, zorder=1)
    if chart.months:
        label = _("{member}'s months ({count})").format(member=member, count=len(chart.months))
        ax.plot([], [], color=colours.muted, alpha=0.6, label=label)
    for x, _rival in chart.crossings:
        cost = float(np.interp(x, chart.xs, chosen.costs))
        ax.plot([x], [cost], marker="o", color=colours.text, markersize=5, zorder=4)
        ax.annotate(number(x, -2), (x, cost), textcoords="offset points", xytext=(4, 6), fontsize=8)
    by_data = chart.resource == "data"
    # short: the title says whose cost it is, and a long label outgrows the app's low chart
    _style(
        ax,
        "",
        _("{member}'s {quantity}").format(member=member, quantity=chart.axis_label),
        _("{currency} a month").format(currency=chart.currency),
    )
    _local_ticks(ax)
    _local_ticks(ax, "x")
    first = (
        _("What the whole household pays if {member} moves, by {member}'s data use")
        if by_data
        else _("What the whole household pays if {member} moves, by {member}'s call minutes")
    )
    second = ngettext(
        "(a month, averaged over {count} month; everyone else on their plans; break-even points in {unit})",
        "(a month, averaged over {count} months; everyone else on their plans; break-even points in {unit})",
        chart.horizon_months,
    )
    # over the whole figure, legend included: the title is long, and it is the chart's point
    fig.suptitle(
        first.format(member=member)
        + "\n"
        + second.format(count=chart.horizon_months, unit=_("GB") if by_data else _("min")),
        x=0.01,
        ha="left",
        fontsize=10,
    )
    ax.set_xlim(0, chart.xs[-1])
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)


# --- the contract timeline ------------------------------------------------------------------------------------
TIMELINE_COLOURS = {
    "current": "#8C8C8C",  # today's contract (grey: what ends)
    "new": "#4C72B0",  # the new contract (the fee colour)
    "early_exit": "#C44E52",  # the part of a contract paid for but left (the overage colour)
    "cancel_by": "#C44E52",
    "next_deadline": "#DD8452",
}
BAR_HEIGHT = 0.42
LABEL_Y = BAR_HEIGHT / 2 + 0.12  # a row's dates: this far above the bar's middle, clear of its top


def timeline_x(timeline: Timeline, day: dt.date) -> float:
    """Where `day` lies on the timeline's axis: months since the horizon's start (month m spans m-1..m)."""
    months = (day.year - timeline.start.year) * 12 + day.month - timeline.start.month
    while months > -1200 and timeline.month_start(months + 1) > day:
        months -= 1
    while timeline.month_start(months + 2) <= day:
        months += 1
    begin, end = timeline.month_start(months + 1), timeline.month_start(months + 2)
    return months + (day - begin).days / (end - begin).days


def _month_ticks(ax: Axes, timeline: Timeline) -> None:
    """Month names under the axis (`March\\n2027`), every month on a short horizon, every 3 or 6 on longer."""
    horizon = timeline.horizon_months
    step = 1 if horizon <= 8 else 3 if horizon <= 18 else 6 if horizon <= 72 else 12  # room for "September"
    ticks = list(range(0, horizon + 1, step))
    ax.set_xticks(ticks, [month_year(timeline.month_start(t + 1)).replace(" ", "\n", 1) for t in ticks], fontsize=7)
    ax.set_xticks(range(horizon + 1), minor=True)


@in_colours
def contract_timeline(fig: Figure, timeline: Timeline, *, colours: ChartColours = PRINT) -> None:
    """Each member's row: today's contract until the switch, the day to cancel it by, the new contract from the
    switch (provider and tariff in the bar, the phone at its end), the next notice deadline; under it the
    household's cost per month on the same months."""
    rows = len(timeline.members)
    top, bottom = fig.subplots(
        2, 1, sharex=True, gridspec_kw={"height_ratios": [max(1.2, 0.62 * rows), 1.0]}, squeeze=True
    )
    horizon = timeline.horizon_months
    for y, line in enumerate(timeline.members):
        _timeline_row(top, timeline, y, line, colours)
    top.set_yticks(range(rows), [chart_text(m.member) for m in timeline.members], fontsize=8)
    top.set_ylim(rows - 0.45, -0.65)  # the first member on top, room for the dates above and under the bars
    top.set_xlim(-0.2, horizon + 0.2)
    top.spines[["top", "right"]].set_visible(False)
    top.grid(axis="x", which="minor", alpha=0.15)
    # over the whole figure, legend included: the title is long (German longer), the legend narrows the axes
    title = _("Contract timeline: what to cancel by when, and when each new plan starts")
    fig.suptitle(title, x=0.01, ha="left", fontsize=11)
    handles = [
        Patch(color=TIMELINE_COLOURS["current"], label=_("today's contract")),
        Patch(color=TIMELINE_COLOURS["new"], label=_("new contract")),
        Patch(facecolor="none", edgecolor=TIMELINE_COLOURS["early_exit"], hatch="///", label=_("left early (paid)")),
        Line2D([], [], color=TIMELINE_COLOURS["cancel_by"], marker="v", linestyle="", label=_("cancel by")),
        Line2D([], [], color=TIMELINE_COLOURS["next_deadline"], marker="D", linestyle="", label=_("next notice")),
    ]
    top.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    months = np.arange(1, horizon + 1)
    bottom.bar(months - 0.5, timeline.monthly_costs, 0.8, color=CATEGORY_COLOURS["fee"], alpha=0.7)
    _style(
        bottom,
        _("Household cost per month"),
        "",
        _("per month ({currency})").format(currency=timeline.currency),
    )
    bottom.title.set_fontsize(9)
    _local_ticks(bottom)
    _month_ticks(bottom, timeline)


def _timeline_row(ax: Axes, timeline: Timeline, y: int, line: MemberTimeline, colours: ChartColours) -> None:
    horizon = timeline.horizon_months
    switch = horizon if line.new is None else timeline_x(timeline, line.new.start)
    current = line.current
    if current is not None and switch > 0:
        bar = ax.barh(y, switch, BAR_HEIGHT, left=0, color=TIMELINE_COLOURS["current"])
        text = f"{chart_text(current.provider)} {chart_text(current.tariff)}"
        if line.new is None:
            text = _("stays: {plan}").format(plan=text)
        if switch >= 5 or line.new is None:
            today = ax.text(0.15, y, text, va="center", ha="left", fontsize=7, color="white", clip_on=True)
            today.set_clip_path(bar.patches[0])  # cut at the bar's end: never over the new contract's name
    if line.new is not None:
        new = line.new
        bar = ax.barh(y, horizon - switch, BAR_HEIGHT, left=switch, color=TIMELINE_COLOURS["new"])
        label = f"{chart_text(new.provider)} {chart_text(new.tariff)}"
        name = ax.text(switch + 0.15, y, label, va="center", ha="left", fontsize=7, color="white", clip_on=True)
        name.set_clip_path(bar.patches[0])
        if line.phone is not None:  # above the bar's end, where a long tariff name inside the bar cannot reach
            phone = chart_text(line.phone.name)
            how = _("with the contract") if line.phone.offer is not None else _("bought outright")
            ax.text(
                horizon - 0.15,
                y - LABEL_Y,
                f"\u260e {phone} ({how})",
                va="center",
                ha="right",
                fontsize=7,
                color=colours.text,
                clip_on=True,
            )
        if line.leaves_early and current is not None and current.term_end is not None:
            paid_until = min(float(horizon), timeline_x(timeline, current.term_end + dt.timedelta(days=1)))
            ax.barh(
                y + BAR_HEIGHT / 2 + 0.07,
                paid_until - switch,
                0.12,
                left=switch,
                facecolor="none",
                edgecolor=TIMELINE_COLOURS["early_exit"],
                hatch="///",
                linewidth=0.6,
            )
    if line.cancel_by is not None and line.new is not None:
        x = max(0.0, timeline_x(timeline, line.cancel_by))
        ax.plot([x], [y - LABEL_Y], marker="v", color=TIMELINE_COLOURS["cancel_by"], markersize=6)
        said = (
            _("cancel now; leaving early costs {amount}").format(amount=money(line.early_exit_cost, timeline.currency))
            if line.leaves_early
            else _("cancel by {day}").format(day=date(line.cancel_by))
        )
        ax.annotate(
            said,
            (x, y - LABEL_Y),
            xytext=(5, 0),
            textcoords="offset points",
            va="center",
            fontsize=7,
            color=colours.text,
        )
    deadline = line.next_notice_deadline
    if deadline is not None and timeline.start <= deadline <= timeline.end:
        # under the bar: the dates above it (cancel by) are at the row's start, this one may reach them
        x, below = timeline_x(timeline, deadline), y + LABEL_Y
        ax.plot([x], [below], marker="D", color=TIMELINE_COLOURS["next_deadline"], markersize=5)
        late = x > horizon / 2  # the label on the side with room: left of a marker late in the horizon
        ax.annotate(
            _("next notice: {day}").format(day=date(deadline)),
            (x, below),
            xytext=(-5 if late else 5, 0),
            textcoords="offset points",
            va="center",
            ha="right" if late else "left",
            fontsize=7,
            color=colours.text,
        )
