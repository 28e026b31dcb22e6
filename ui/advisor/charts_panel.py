"""The explanatory charts, embedded with matplotlib's Qt backend (the same drawings as the PDF report)."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from tariff_advisor.report import charts

TABS = ("Cost per member", "Month by month", "Why not", "If usage changes", "Break-even")


class ChartCanvas(FigureCanvasQTAgg):
    def __init__(self):
        super().__init__(Figure(figsize=(7, 3.6), dpi=100, layout="constrained"))

    def redraw(self, draw) -> None:
        self.figure.clear()
        draw(self.figure)
        self.draw_idle()


class ChartsPanel(QWidget):
    def __init__(self, session, parent=None):
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
        self.explanation = None
        self.pending: dict[str, object] = {}  # tab -> drawing not yet done because the tab is hidden
        self.tabs.currentChanged.connect(self._draw_pending)
        session.choicesChanged.connect(self.refresh_bills)
        session.explanationReady.connect(self.show_explanation)
        session.householdChanged.connect(self._forget)
        self.refresh_bills()

    def _forget(self) -> None:
        self.explanation = None
        self.hint.setVisible(True)

    def _draw(self, tab: str, draw) -> None:
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

    def _break_even_tab(self, canvas) -> QWidget:
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

    def break_even_chart(self):
        """The member's chosen tariff and its rivals against usage (None when there is no member)."""
        from tariff_advisor.optimiser.breakeven import break_even

        s = self.session
        if self.member is None or self.member not in s.assignment:
            return None
        return break_even(
            s.priced_household,
            s.priced_catalogue,
            self.member,
            s.assignment[self.member],
            "minutes" if self.by_minutes.isChecked() else "data",
        )

    def refresh_break_even(self, *_args) -> None:
        if self.member is None:
            return
        self.break_even_note.setText(
            f"{self.member}'s line alone, chosen tariff against the best of each provider; "
            "choose another member in the table above."
        )
        self._draw("Break-even", lambda f: charts.break_even(f, self.break_even_chart()))

    def refresh_bills(self) -> None:
        bill, today = self.session.bill, self.session.recommendation.today if self.session.recommendation else None
        if bill is None:
            return
        self._draw("Cost per member", lambda f: charts.cost_per_member(f, bill, today))
        self._draw("Month by month", lambda f: charts.monthly_cost(f, bill, today))
        self.refresh_break_even()

    def show_explanation(self, rec, explanation) -> None:
        self.explanation = explanation
        self.hint.setVisible(explanation is None)
        self.refresh_bills()
        if explanation is None:
            return
        currency = rec.bill.currency
        self._draw("Why not", lambda f: charts.why_not(f, explanation, currency))
        self._draw("If usage changes", lambda f: charts.sensitivity(f, explanation, currency))
