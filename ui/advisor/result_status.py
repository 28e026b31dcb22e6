"""The result line shows the result of what is on screen, or says plainly that it is out of date.

The main window writes the recommendation into its result label; this keeps that text for as long as the
recommendation answers the household, plans and constraints on screen. After an edit that the result does
not answer (usage, a plan chosen by hand, a lock) the line says so and what to do; an undo back to the
result shows its text again. Install it after the window's own slots, so it sees the text they wrote.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from tariff_advisor.i18n import money

from ..colours import muted_text, on_palette_change, problem_text
from ..language import QT_TRANSLATE_NOOP
from .session import AdvisorSession

if TYPE_CHECKING:
    from tariff_advisor.optimiser.recommendation import Recommendation

STALE_START = QT_TRANSLATE_NOOP("result_status", "Result out of date")  # translated where shown


def stale_start() -> str:
    """How an out-of-date line begins (its colour from the palette): what tells it apart from a fresh one."""
    return f"<span style='color:{problem_text().name()}'>"


def stale_text(reason: str, rec: Recommendation) -> str:
    """'Result out of date: usage changed. Optimise again (Ctrl+R). (Last result before this change: 965.22 EUR.)'"""
    total = money(rec.total, rec.bill.currency) if rec.bill is not None else ""
    last = (
        QCoreApplication.translate("result_status", "(Last result before this change: {total}.)").format(total=total)
        if total
        else ""
    )
    stale = QCoreApplication.translate("result_status", "{result_out_of_date}: {reason}. Optimise again (Ctrl+R).")
    stale = stale.format(
        result_out_of_date=f"<b>{QCoreApplication.translate('result_status', STALE_START)}</b>", reason=escape(reason)
    )
    return f"{stale_start()}{stale}</span>" + (
        f" <span style='color:{muted_text().name()}'>{last}</span>" if last else ""
    )


def no_comparison_text(rec: Recommendation) -> str:
    """Why the result has no saving against today, and what to do: '' when it has one.

    Without every member's plan of today there is no "saves ...", no hatched bars of today in the charts and
    no comparison in the PDF; the line says so in the app, not only in a footnote of the printout.
    """
    if rec.today is not None:
        return ""
    missing = [m.name for m in rec.household.members if m.current is None]
    if len(missing) == 1:
        text = QCoreApplication.translate(
            "result_status",
            "No comparison with today: {name} has no plan of today. "
            "Enter it in the members table (current plan) to see the saving.",
        ).format(name=escape(missing[0]))
    elif missing:
        text = QCoreApplication.translate(
            "result_status",
            "No comparison with today: {names} have no plan of today. "
            "Enter them in the members table (current plan) to see the saving.",
        ).format(names=escape(", ".join(missing)))
    else:  # every member has one, but today's plans could not be priced: the recommendation's note says why
        problem = "; ".join(rec.notes) or QCoreApplication.translate("result_status", "today's plans cannot be priced")
        text = QCoreApplication.translate(
            "result_status", "No comparison with today: {problem}. Check the current plans in the members table."
        ).format(problem=escape(problem))
    return f"<span style='color:{muted_text().name()}'>{text}</span>"


class ResultStatus(QObject):
    def __init__(self, label: QLabel, session: AdvisorSession) -> None:
        super().__init__(label)
        self.label, self.session = label, session
        # the text the window wrote for each recommendation, shown again when an undo makes it current
        self.texts: dict[int, tuple[Recommendation, str]] = {}
        session.recommendationReady.connect(self._remember)
        session.explanationReady.connect(self._remember)
        session.choicesChanged.connect(self.update)
        session.householdChanged.connect(self.update)
        on_palette_change(self, self.update)  # "out of date" in a red that reads on the new background

    def _remember(self, rec: Recommendation, *_explanation: object) -> None:
        self.texts[id(rec)] = (rec, self.label.text())

    def update(self) -> None:
        rec, shown = self.session.recommendation, self.label.text()
        if self.session.undo_stack.count() == 0:  # another household: its results cannot come back by a redo
            self.texts = {key: kept for key, kept in self.texts.items() if kept[0] is rec}
        if rec is None:  # another household, or the first optimise undone: no result to show (errors stay)
            if shown.startswith(stale_start()) or any(shown == text for _, text in self.texts.values()):
                self.label.clear()
            return
        reason = self.session.stale_reason()
        if reason is not None:
            self.label.setText(stale_text(reason, rec))
        elif id(rec) in self.texts:
            self.label.setText(self.texts[id(rec)][1])


def mark_stale_results(label: QLabel, session: AdvisorSession) -> ResultStatus:
    return ResultStatus(label, session)
