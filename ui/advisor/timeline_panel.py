"""The contract timeline tab: the chart (report.charts.contract_timeline) and, under it, a table of what each member
does: cancel by, switch, the new plan until when, the phone and its real cost against the retail price.

It shows the result when it answers what is on screen. Otherwise (plans chosen by hand, or the result out of
date) it shows the timeline of the plans on screen and says plainly that they are not the optimum, and why: the
dates of the plans chosen are still true, an old optimum's would not be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.i18n import date, money
from tariff_advisor.report import charts
from tariff_advisor.report.chart_colours import ChartColours
from tariff_advisor.report.formatting import chart_text, difference

from .session import AdvisorSession

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from tariff_advisor.report.timeline import MemberTimeline, Timeline


class TimelinePanel(QWidget):
    def __init__(self, session: AdvisorSession, canvas: FigureCanvasQTAgg, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.canvas = session, canvas
        self.timeline: Timeline | None = None  # what is drawn and listed
        self.note = QLabel()
        self.note.setObjectName("timeline_note")
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("timeline_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Cancel by"),
                self.tr("Switch"),
                self.tr("New plan"),
                self.tr("Phone"),
                self.tr("Phone's real cost"),
            ]
        )
        self.table.setAccessibleName(self.tr("Timeline: each member's dates"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # as tall as its rows
        # the chart at the height its rows need and the table under it, scrolled together: the charts' area of
        # the window is low, and a squeezed timeline would write its dates over its bars
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(canvas, 1)
        column.addWidget(self.table)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("timeline_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.scroll_area, 1)

    # -- what to show ------------------------------------------------------------------
    def current_timeline(self) -> tuple[Timeline | None, str]:
        """The timeline to show and the line above it: the result's, or the plans on screen's and why not the
        result's (None with the reason when the plans on screen cannot be priced)."""
        from tariff_advisor.report.timeline import chosen_timeline, recommendation_timeline

        s = self.session
        rec = s.current_recommendation()
        if rec is not None and rec.plans is not None:
            return recommendation_timeline(rec), self.tr("The recommended plans: what to cancel by when, and when.")
        reason = s.stale_reason()
        if reason is not None:
            note = self.tr(
                "Out of date: {reason}. These are the dates of the plans as chosen now, not the optimum; optimise "
                "again (Ctrl+R)."
            ).format(reason=reason)
        else:
            note = self.tr("The plans as chosen (not optimised yet): what to cancel by when, and when.")
        if s.bill is None:
            return None, note
        try:
            return chosen_timeline(s.priced_household, s.priced_catalogue, s.assignment, s.bill), note
        except TariffAdvisorError as exc:  # plans that cannot be priced: said, nothing drawn
            return None, str(exc)

    def refresh(self) -> None:
        """Show the timeline of what is on screen (the chart is drawn when its tab is shown: see ChartsPanel)."""
        self.timeline, note = self.current_timeline()
        self.note.setText(note)
        self._fill(self.timeline)

    def draw(self, figure: Figure, colours: ChartColours) -> None:
        """The chart of what `refresh` found (an empty figure with a note when there is none)."""
        if self.timeline is None:
            # the note may name members (an assignment's error): drawn as typed, never as mathtext
            note = chart_text(self.note.text(), limit=None)
            figure.text(0.5, 0.5, note, ha="center", va="center", wrap=True, color=colours.muted)
            return
        charts.contract_timeline(figure, self.timeline, colours=colours)

    # -- the table ---------------------------------------------------------------------
    def _fill(self, timeline: Timeline | None) -> None:
        lines = [] if timeline is None else list(timeline.members)
        self.table.setRowCount(len(lines))
        currency = "" if timeline is None else timeline.currency
        for row, line in enumerate(lines):
            for column, text in enumerate(self.row_texts(line, currency)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + frame + 2)
        members = 0 if timeline is None else len(timeline.members)
        text_height = self.fontMetrics().height()
        # a member's row: a line of dates above a bar; the title, the cost bars and the month names
        self.canvas.setMinimumHeight(round(text_height * (11 + 2.4 * members)) + 70)

    def row_texts(self, line: MemberTimeline, currency: str) -> list[str]:
        current, new, phone = line.current, line.new, line.phone
        if new is None or current is None or line.cancel_by is None:
            cancel = self.tr("nothing to cancel")
        elif line.leaves_early:
            cancel = self.tr("{day} (now; leaving early costs {amount})").format(
                day=date(line.cancel_by), amount=money(line.early_exit_cost, currency)
            )
        else:
            cancel = date(line.cancel_by)
        if current is not None and new is not None:
            cancel = f"{cancel}\n{current.provider} {current.tariff}"
        if new is None:
            switch = self.tr("stays")
            plan = (
                self.tr("{plan}; next notice by {day}").format(
                    plan=f"{current.provider} {current.tariff}" if current else "", day=date(line.next_notice_deadline)
                )
                if line.next_notice_deadline is not None
                else f"{current.provider} {current.tariff}"
                if current
                else ""
            )
        else:
            switch = date(new.start)
            plan = f"{new.provider} {new.tariff}"
            if new.term_end is not None:
                plan += "\n" + self.tr("binds to {end}; notice by {day}").format(
                    end=date(new.term_end), day=date(new.notice_deadline)
                )
            else:
                plan += "\n" + self.tr("monthly, no minimum term")
        if phone is None:
            phone_text, cost = self.tr("keeps the current phone"), ""
        else:
            how = (
                self.tr("with the contract: {upfront} upfront + {monthly} x {months}").format(
                    upfront=money(phone.upfront, currency),
                    monthly=money(phone.monthly_fee, currency),
                    months=phone.months,
                )
                if phone.offer is not None
                else self.tr("bought outright")
            )
            phone_text = f"{phone.name}\n{how}"
            cost = self.tr("{cost}, retail {retail} ({difference})").format(
                cost=money(phone.cost, currency),
                retail=money(phone.retail_price, currency),
                difference=difference(phone.extra_vs_retail, currency),
            )
        return [line.member, cancel, switch, plan, phone_text, cost]
