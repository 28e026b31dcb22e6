"""Slow domain calls off the GUI thread: one Task runs any callable and reports back by signal.

A task can be cancelled: a callable that takes a `should_stop` argument (e.g. explain) is handed the task's
token and stops between two solves with CancelledError; any other finishes, and its result is dropped.
Unexpected exceptions are logged with their traceback (the app's log file, see Help -> About) as well as
reported, so a bug does not vanish with the worker thread.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from tariff_advisor.errors import CancelledError, TariffAdvisorError

logger = logging.getLogger(__name__)

LOG_HANDLER = "tariff-advisor"  # the name of the app's log-file handler on the root logger


class TaskSignals(QObject):
    """The task's outcome. Created with the task on the GUI thread, so connected slots (functions and lambdas
    too) run there, whatever thread emits."""

    succeeded = Signal(object)  # the callable's result
    failed = Signal(str)  # what to tell the user
    cancelled = Signal()  # stopped, or finished after its result was no longer wanted
    finished = Signal()  # after any of the three


class Task(QRunnable):
    def __init__(self, description: str, function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
        """`description` names the work for messages and the log, e.g. "optimising"."""
        super().__init__()
        self.description, self.function, self.args, self.kwargs = description, function, args, kwargs
        self.signals = TaskSignals()
        self._stop = threading.Event()
        if _accepts_should_stop(function):
            self.kwargs["should_stop"] = self.should_stop

    def cancel(self) -> None:
        """Ask the task to stop; safe from any thread, also before it starts and after it ended."""
        self._stop.set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.signals.finished.emit()

    def _run(self) -> None:
        if self.should_stop():  # cancelled while it waited for a thread
            self.signals.cancelled.emit()
            return
        try:
            result = self.function(*self.args, **self.kwargs)
        except CancelledError:
            self.signals.cancelled.emit()
        except TariffAdvisorError as exc:  # the input's fault: the message says what to fix
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: the traceback goes to the log, the gist to the user
            logger.exception("%s failed", self.description)
            self.signals.failed.emit(
                QCoreApplication.translate("Task", "{description} failed: {exc!r} ({where_logged})").format(
                    description=self.description, exc=exc, where_logged=_where_logged()
                )
            )
        else:
            if self.should_stop():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)


def _accepts_should_stop(function: Callable[..., Any]) -> bool:
    try:
        return "should_stop" in inspect.signature(function).parameters
    except (TypeError, ValueError):  # some builtins have no signature
        return False


def log_file() -> Path | None:
    """The file the app logs to (set up by tariff_advisor_ui.app.configure_logging), if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler) and handler.get_name() == LOG_HANDLER:
            return Path(handler.baseFilename)
    return None


def _where_logged() -> str:
    path = log_file()
    return (
        QCoreApplication.translate("tasks", "the details are in {path}").format(path=path)
        if path
        else QCoreApplication.translate("tasks", "the details were not logged")
    )
