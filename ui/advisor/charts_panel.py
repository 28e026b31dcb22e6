"""The explanatory charts, embedded with matplotlib's Qt backend (the same drawings as the PDF report).

They draw what is on screen: the bill of the chosen plans and today's plans of the household as it is now.
The "why" charts belong to a recommendation; they are drawn only while it is the result of what is on
screen, and say they are out of date otherwise (never an old answer drawn as if it were current).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from matplotlib.backend_bases import Event, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from tariff_advisor.billing.bill import HOUSEHOLD, Bill
from tariff_advisor.report import charts
from tariff_advisor.report.chart_colours import ChartColours, painted

from ..colours import mix
from ..language import QT_TRANSLATE_NOOP
from .bill_lines_dialog import show_bill_lines
from .session import AdvisorSession
from .timeline_panel import TimelinePanel

if TYPE_CHECKING:  # the optimiser loads on the first optimise, not at startup
    from tariff_advisor.optimiser.breakeven import BreakEven
    from tariff_advisor.optimiser.explain import Explanation
    from tariff_advisor.optimiser.recommendation import Recommendation

Drawing = Callable[[Figure], None]  # draws one chart on a cleared figure

TABS = (
    QT_TRANSLATE_NOOP("charts_panel", "Cost per member"),
    QT_TRANSLATE_NOOP("charts_panel", "Month by month"),
    QT_TRANSLATE_NOOP("charts_panel", "Timeline"),
    QT_TRANSLATE_NOOP("charts_panel", "Why not"),
    QT_TRANSLATE_NOOP("charts_panel", "If usage changes"),
    QT_TRANSLATE_NOOP("charts_panel", "Break-even"),
)
WHY_TABS = (QT_TRANSLATE_NOOP("charts_panel", "Why not"), QT_TRANSLATE_NOOP("charts_panel", "If usage changes"))
HINT = QT_TRANSLATE_NOOP("charts_panel", "Press Optimise to see why the recommendation is what it is.")
BAR_WIDTH = 0.8  # of one month or one member group, as report.charts draws the bars


def chart_colours(palette: QPalette) -> ChartColours:
    """The charts in the window's colours: the window's background around them, the window's text colour for
    text, ticks and spines (so a dark desktop gets dark charts with light text)."""
    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    # inside the axes the one of the list and window backgrounds farther from mid grey: the series' colours (the
    # PDF's, mid-tones) stand out most on it (white on a light desktop, the darker one on a dark desktop)
    axes = max(window, palette.color(QPalette.ColorRole.Base), key=lambda c: abs(c.lightness() - 128))
    return ChartColours(
        figure=window.name(),
        axes=axes.name(),
        text=text.name(),
        muted=mix(text, window, 0.55).name(),
        grid=mix(text, window, 0.7).name(),
    )


class ChartCanvas(FigureCanvasQTAgg):
    def __init__(self) -> None:
        # matplotlib's Qt backend (backend_qt, backend_qtagg) ships without annotations
        super().__init__(Figure(figsize=(7, 3.6), dpi=100, layout="constrained"))  # type: ignore[no-untyped-call]
        self.drawing: Drawing | None = None  # drawn last: drawn again in other colours

    def redraw(self, draw: Drawing) -> None:
        self.drawing = draw
        self.figure.clear()
        with painted(self.figure, chart_colours(self.palette())):  # an empty figure too (no chart yet)
            draw(self.figure)
        self.draw_idle()  # type: ignore[no-untyped-call]  # the Qt backend's override is unannotated


class ChartsPanel(QWidget):
    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget()
        self.canvases = {name: ChartCanvas() for name in TABS}
        self.timeline = TimelinePanel(session, self.canvases["Timeline"])
        for name, canvas in self.canvases.items():
            if name == "Timeline":
                self.tabs.addTab(self.timeline, QCoreApplication.translate("charts_panel", name))
            elif name == "Break-even":
                self.tabs.addTab(self._break_even_tab(canvas), QCoreApplication.translate("charts_panel", name))
            else:
                self.tabs.addTab(canvas, QCoreApplication.translate("charts_panel", name))
        self.member: str | None = None
        self.hint = QLabel(QCoreApplication.translate("charts_panel", HINT))
        self.hint.setObjectName("charts_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs)
        self.explanation: Explanation | None = None  # the "why" drawn, of the recommendation on screen
        self._why_drawn: Explanation | str | None = None  # what the "why" tabs show: an explanation or a note
        self.pending: dict[str, Drawing] = {}  # tab -> drawing not yet done because the tab is hidden
        self.tabs.currentChanged.connect(self._draw_pending)
        self.bills: tuple[Bill, Bill | None] | None = None  # the chosen plans' bill and today's, as drawn
        # a click on a bar opens the bill lines that make it up
        self.canvases["Cost per member"].mpl_connect("button_press_event", self._member_bar_clicked)
        self.canvases["Month by month"].mpl_connect("button_press_event", self._month_bar_clicked)
        session.choicesChanged.connect(self.refresh_bills)
        session.explanationReady.connect(self.show_explanation)
        self.refresh_bills()

    @property
    def colours(self) -> ChartColours:
        return chart_colours(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        """The system's colours changed (dark mode on or off): every chart is drawn again in the new ones."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for tab, canvas in self.canvases.items():
                if canvas.drawing is not None and tab not in self.pending:
                    self._draw(tab, canvas.drawing)

    def _draw(self, tab: str, draw: Drawing) -> None:
        """Draw now if the tab is visible; otherwise when it is shown (drawing costs tenths of a second)."""
        if self.tabs.currentIndex() == TABS.index(tab):  # tabs in TABS order; their titles are translated
            self.pending.pop(tab, None)
            self.canvases[tab].redraw(draw)
        else:
            self.pending[tab] = draw

    def _draw_pending(self, index: int) -> None:
        tab = TABS[index] if 0 <= index < len(TABS) else ""
        if tab in self.pending:
            self.canvases[tab].redraw(self.pending.pop(tab))

    def _break_even_tab(self, canvas: ChartCanvas) -> QWidget:
        tab = QWidget()
        self.by_minutes = QCheckBox(self.tr("by call minutes instead of data"))
        self.by_minutes.setObjectName("break_even_minutes")
        self.by_minutes.setToolTip(
            self.tr("Draw the member's cost against call minutes a month instead of data a month")
        )
        self.by_minutes.toggled.connect(self.refresh_break_even)
        self.break_even_note = QLabel()
        # a long note (an error's text) must neither widen the window past the screen nor, wrapped, push the
        # splitter up: it takes the width there is, and the whole text is in its tooltip
        self.break_even_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.addWidget(self.break_even_note, 1)
        row.addWidget(self.by_minutes)
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(canvas, 1)
        return tab

    def _set_note(self, text: str) -> None:
        self.break_even_note.setText(text)
        self.break_even_note.setToolTip(text)

    def show_member(self, name: str | None) -> None:
        self.member = name
        self.refresh_break_even()

    def break_even_chart(self) -> BreakEven | None:
        """The member's chosen tariff and its rivals against usage (None when there is no member)."""
        from tariff_advisor.optimiser.breakeven import break_even

        s = self.session
        if self.member is None or self.member not in s.assignment:
            return None
        return break_even(
            s.priced_household,
            s.priced_catalogue,
            self.member,
            s.assignment,
            "minutes" if self.by_minutes.isChecked() else "data",
        )

    def refresh_break_even(self, *_args: object) -> None:
        if self.member is None:
            return
        self._set_note(
            self.tr("{member}: the chosen tariff against the best of each other provider").format(member=self.member)
        )
        self._draw("Break-even", self._draw_break_even)

    def _draw_break_even(self, figure: Figure) -> None:
        from tariff_advisor.errors import AssignmentError

        try:
            chart = self.break_even_chart()
        except AssignmentError as exc:  # the household's plans as configured cannot be priced (the figure stays empty)
            self._set_note(str(exc))
            return
        if chart is not None:  # the member has no choice yet (the figure stays empty)
            charts.break_even(figure, chart, colours=self.colours)

    def refresh_bills(self) -> None:
        """The chosen plans against today's, both for the household on screen; then the "why" charts."""
        bill, today = self.session.bill, self.session.today
        if bill is not None:
            chosen = self.session.current_recommendation() is None  # plans chosen by hand, not the optimum

            def cost_per_member(figure: Figure) -> None:
                charts.cost_per_member(figure, bill, today, colours=self.colours)

            def month_by_month(figure: Figure) -> None:
                charts.monthly_cost(figure, bill, today, colours=self.colours)
                if chosen:
                    _as_chosen(figure)

            self._draw("Cost per member", cost_per_member)
            self._draw("Month by month", month_by_month)
            self.refresh_break_even()
        self.bills = (bill, today) if bill is not None else None
        self._refresh_why()
        self.refresh_timeline()

    def refresh_timeline(self) -> None:
        """The timeline of the result, or of the plans on screen saying they are not the optimum (the table at
        once, the chart when its tab is shown)."""
        self.timeline.refresh()
        self._draw("Timeline", lambda f: self.timeline.draw(f, self.colours))

    # -- every euro traceable ----------------------------------------------------------
    def _member_bar_clicked(self, event: Event) -> None:
        hit = _member_bar(self.bills, event)
        if hit is not None:
            _bill, member, is_today = hit
            if member == HOUSEHOLD:
                what = (
                    self.tr("shared family-plan charges on today's plans")
                    if is_today
                    else self.tr("shared family-plan charges on the chosen plans")
                )
            else:
                what = (
                    self.tr("{member}'s cost on today's plans")
                    if is_today
                    else self.tr("{member}'s cost on the chosen plans")
                )
            show_bill_lines(
                self,
                self.session,
                what.format(member=member),
                member,
                today=is_today,
            )

    def _month_bar_clicked(self, event: Event) -> None:
        if self.bills is None or not isinstance(event, MouseEvent) or event.inaxes is None or event.xdata is None:
            return
        bill = self.bills[0]
        month = round(event.xdata)
        if 1 <= month <= bill.horizon_months and abs(event.xdata - month) <= BAR_WIDTH / 2:
            show_bill_lines(self, self.session, self.tr("the household's cost"), month=month)

    def _refresh_why(self) -> None:
        s = self.session
        rec = s.current_recommendation()
        explanation = s.explanation if rec is not None else None
        reason = s.stale_reason()
        # the hint only before a result: a line that comes and goes with every edit would move the tables
        self.hint.setVisible(s.recommendation is None or (reason is None and explanation is None))
        self.explanation = explanation
        note = (
            QCoreApplication.translate("charts_panel", HINT)
            if reason is None
            else self.tr("Out of date: {reason}. Optimise again (Ctrl+R) to see why.").format(reason=reason)
        )
        drawing = explanation if explanation is not None else note
        if drawing is self._why_drawn or (isinstance(drawing, str) and drawing == self._why_drawn):
            return  # drawn already (the charts take tenths of a second)
        self._why_drawn = drawing
        if explanation is None or rec is None or rec.bill is None:
            for tab in WHY_TABS:  # an old answer is not left drawn as if it were the current one
                self._draw(tab, lambda f: _note(f, note, self.colours))
            return
        currency = rec.bill.currency
        names = {p.id: p.name for p in rec.catalogue.providers.values()}
        self._draw("Why not", lambda f: charts.why_not(f, explanation, currency, names, colours=self.colours))
        self._draw("If usage changes", lambda f: charts.sensitivity(f, explanation, currency, colours=self.colours))

    def show_explanation(self, _rec: Recommendation, _explanation: Explanation | None) -> None:
        self.refresh_bills()  # the session has it: drawn if it answers what is on screen


def chart_members(bill: Bill, today: Bill | None) -> list[str]:
    """The members along the cost-per-member chart's x axis, in its order (report.charts.cost_per_member)."""
    members = [m for m in bill.by_member() if m != HOUSEHOLD]
    if any(HOUSEHOLD in b.by_member() for b in (bill, today) if b is not None):
        members.append(HOUSEHOLD)
    return members


def _member_bar(bills: tuple[Bill, Bill | None] | None, event: Event) -> tuple[Bill, str, bool] | None:
    """The bill, member and whether it is today's bar under a click on the cost-per-member chart (None: no bar)."""
    if bills is None or not isinstance(event, MouseEvent) or event.inaxes is None or event.xdata is None:
        return None
    bill, today = bills
    members = chart_members(bill, today)
    drawn = [bill] if today is None else [bill, today]
    width = BAR_WIDTH / len(drawn)
    for index, shown in enumerate(drawn):  # side by side around each member's tick, as the chart places them
        offset = (index - (len(drawn) - 1) / 2) * width
        slot = round(event.xdata - offset)
        if 0 <= slot < len(members) and abs(event.xdata - offset - slot) <= width / 2:
            return shown, members[slot], shown is today
    return None


def _as_chosen(figure: Figure) -> None:
    """Name the bars and lines for what they are when they are not the optimum: the plans chosen."""
    for axes in figure.axes:
        legend = axes.get_legend()
        for text in legend.get_texts() if legend is not None else ():
            text.set_text(
                text.get_text().replace("recommended", QCoreApplication.translate("charts_panel", "chosen plans"))
            )


def _note(figure: Figure, text: str, colours: ChartColours) -> None:
    figure.text(0.5, 0.5, text, ha="center", va="center", wrap=True, color=colours.muted)
