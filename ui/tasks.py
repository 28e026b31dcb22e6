"""Optimising off the GUI thread: a QRunnable whose results come back by signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, Signal

import tariff_advisor as ta
from tariff_advisor.errors import TariffAdvisorError


@dataclass(frozen=True)
class OptimiseRequest:
    request_id: int
    household: ta.Household
    catalogue: ta.Catalogue
    constraints: dict
    solver: str


class WorkerSignals(QObject):
    recommended = Signal(int, object)  # request id, Recommendation
    explained = Signal(int, object)  # request id, Explanation
    failed = Signal(int, str)


class OptimiseWorker(QRunnable):
    def __init__(self, request: OptimiseRequest):
        super().__init__()
        self.request = request
        self.signals = WorkerSignals()

    def run(self) -> None:
        r = self.request
        try:
            rec = ta.recommend(r.household, r.catalogue, r.constraints, solver=r.solver)
        except TariffAdvisorError as exc:
            self.signals.failed.emit(r.request_id, str(exc))
            return
        except Exception as exc:  # a bug must reach the window, not vanish with the thread
            self.signals.failed.emit(r.request_id, f"optimising failed: {exc!r}")
            return
        self.signals.recommended.emit(r.request_id, rec)


class ExplainWorker(QRunnable):
    """The slower "why": started only once the window shows the recommendation, so the two do not compete."""

    def __init__(self, request_id: int, recommendation):
        super().__init__()
        self.request_id, self.recommendation = request_id, recommendation
        self.signals = WorkerSignals()

    def run(self) -> None:
        from tariff_advisor.optimiser.explain import (
            explain,
        )  # the solver stack loads on the first optimise, not at startup

        try:
            explanation = explain(self.recommendation)
        except Exception as exc:  # a bug must reach the window, not vanish with the thread
            self.signals.failed.emit(self.request_id, f"explaining failed: {exc!r}")
            return
        self.signals.explained.emit(self.request_id, explanation)


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class TaskWorker(QRunnable):
    """Any slow, pure domain call (e.g. the impact of catalogue edits) off the GUI thread."""

    def __init__(self, function, *args):
        super().__init__()
        self.function, self.args = function, args
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.function(*self.args)
        except TariffAdvisorError as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug must reach the window, not vanish with the thread
            self.signals.failed.emit(f"failed: {exc!r}")
            return
        self.signals.done.emit(result)
