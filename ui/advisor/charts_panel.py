"""The explanatory charts, embedded with matplotlib's Qt backend (the same drawings as the PDF report)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from tariff_advisor.report import charts

from .session import AdvisorSession

if TYPE_CHECKING:  # the optimiser loads on the first optimise, not at startup
    from tariff_advisor.optimiser.breakeven import BreakEven
    from tariff_advisor.optimiser.explain import Explanation
    from tariff_advisor.optimiser.recommendation import Recommendation

Drawing = Callable[[Figure], None]  # draws one chart on a cleared figure

TABS = ("Cost per member", "Month by month", "Why not", "If usage changes", "Break-even")


class ChartCanvas(FigureCanvasQTAgg):
    def __init__(self) -> None:
        # matplotlib's Qt backend (backend_qt, backend_qtagg) ships without annotations
        super().__init__(Figure(figsize=(7, 3.6), dpi=100, layout="constrained"))  # type: ignore[no-untyped-call]

    def redraw(self, draw: Drawing) -> None:
        self.figure.clear()
        draw(self.figure)
        self.draw_idle()  # type: ignore[no-untyped-call]  # the Qt backend's override is unannotated


class ChartsPanel(QWidget):
    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget()
        self.canvases = {name: ChartCanvas() for name in TABS}
        for name, canvas in self.canvases.items():
            if name == "Break-even":
                self.tabs.addTab(self._break_even_tab(canvas), name)
            else:
                self.tabs.addTab(canvas, name)
        self.member: str | None = None
        self.hint = QLabel("Press Optimise to see why the recommendation is what it is.")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs)
        self.explanation: Explanation | None = None
        self.pending: dict[str, Drawing] = {}  # tab -> drawing not yet done because the tab is hidden
        self.tabs.currentChanged.connect(self._draw_pending)
        session.choicesChanged.connect(self.refresh_bills)
        session.explanationReady.connect(self.show_explanation)
        session.householdChanged.connect(self._forget)
        self.refresh_bills()

    def _forget(self) -> None:
        self.explanation = None
        self.hint.setVisible(True)

    def _draw(self, tab: str, draw: Drawing) -> None:
        """Draw now if the tab is visible; otherwise when it is shown (drawing costs tenths of a second)."""
        if self.tabs.tabText(self.tabs.currentIndex()) == tab:
            self.pending.pop(tab, None)
            self.canvases[tab].redraw(draw)
        else:
            self.pending[tab] = draw

    def _draw_pending(self, index: int) -> None:
        tab = self.tabs.tabText(index)
        if tab in self.pending:
            self.canvases[tab].redraw(self.pending.pop(tab))

    def _break_even_tab(self, canvas: ChartCanvas) -> QWidget:
        tab = QWidget()
        self.by_minutes = QCheckBox("by call minutes instead of data")
        self.by_minutes.setObjectName("break_even_minutes")
        self.by_minutes.toggled.connect(self.refresh_break_even)
        self.break_even_note = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.break_even_note, 1)
        row.addWidget(self.by_minutes)
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(canvas, 1)
        return tab

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
        self.break_even_note.setText(
            f"What the whole household pays with {self.member} on the chosen tariff or the best of each other "
            "provider; choose another member in the table above."
        )
        self._draw("Break-even", self._draw_break_even)

    def _draw_break_even(self, figure: Figure) -> None:
        from tariff_advisor.errors import AssignmentError

        try:
            chart = self.break_even_chart()
        except AssignmentError as exc:  # the household's plans as configured cannot be priced (the figure stays empty)
            self.break_even_note.setText(str(exc))
            return
        if chart is not None:  # the member has no choice yet (the figure stays empty)
            charts.break_even(figure, chart)

    def refresh_bills(self) -> None:
        bill, today = self.session.bill, self.session.recommendation.today if self.session.recommendation else None
        if bill is None:
            return
        self._draw("Cost per member", lambda f: charts.cost_per_member(f, bill, today))
        self._draw("Month by month", lambda f: charts.monthly_cost(f, bill, today))
        self.refresh_break_even()

    def show_explanation(self, rec: Recommendation, explanation: Explanation | None) -> None:
        self.explanation = explanation
        self.hint.setVisible(explanation is None)
        self.refresh_bills()
        if explanation is None:
            return
        assert rec.bill is not None  # the session passes on only recommendations with an assignment, so a bill
        currency = rec.bill.currency
        names = {p.id: p.name for p in rec.catalogue.providers.values()}
        self._draw("Why not", lambda f: charts.why_not(f, explanation, currency, names))
        self._draw("If usage changes", lambda f: charts.sensitivity(f, explanation, currency))
