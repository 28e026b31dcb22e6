"""`tariff-advisor gui --self-test DIR`: the app checks itself headless, for the standalone bundle.

It opens the example family in the main window, optimises with each solver (so both HiGHS and the CBC
binary must be in the bundle and run), exports the advice as a PDF per solver into DIR, checks that the German
translations of the app (.qm) and of the advice (.po, with Babel's locale data) load, and exits 0;
on any failure it says what failed on stderr and exits 1. No dialog can open: failures are collected, not shown.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .advisor.main_window import MainWindow

SOLVERS = ("highs", "cbc")
TIMEOUT_MS = 180_000  # a slow, shared machine; an optimise of the example family takes about a second
EXIT_FAILED = 1


class SelfTestError(Exception):
    """A step of the self-test failed; the message says which and why."""


def run_self_test(output_dir: Path) -> int:
    """Run every step; 0 when all passed, else 1 with the reason on stderr."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts: no display is needed
    try:
        for line in _steps(Path(output_dir)):
            print(f"self-test: {line}", flush=True)
    except SelfTestError as exc:
        print(f"self-test FAILED: {exc}", file=sys.stderr, flush=True)
        return EXIT_FAILED
    except Exception as exc:  # a module or data file missing from a bundle shows up here: say it, exit 1
        traceback.print_exc()
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return EXIT_FAILED
    print("self-test: passed", flush=True)
    return 0


def _steps(output_dir: Path) -> Iterator[str]:
    """Each step, said as soon as it is done (benchmarks/app.py times the window's line: start to window)."""
    from PySide6.QtWidgets import QApplication  # Qt loads here, after QT_QPA_PLATFORM is set

    from .app import _application, build

    app = _application()  # the app's own start: its names (so its settings' place) and its log
    window = build()  # the example family on the shipped catalogue
    if window is None:
        raise SelfTestError("the example family or the shipped catalogue does not load")
    window.show()
    QApplication.processEvents()  # drawn, as a user would see it
    yield f"window open on {window.session.household.name!r} ({len(window.session.household.members)} members)"
    output_dir.mkdir(parents=True, exist_ok=True)
    try:
        for solver in SOLVERS:
            yield _optimise_and_export(window, solver, output_dir)
    finally:
        window.session.dirty = False  # closing asks nothing
        window.close()
    yield _german(app)


# A message of each catalogue, with its German: a bundle without the translation files still "works" in English.
APP_MESSAGE = ("FirstRunPage", "Welcome to Tariff Advisor", "Willkommen bei Tariff Advisor")
ADVICE_MESSAGE = ("Household cost month by month", "Haushaltskosten Monat für Monat")


def _german(app: QApplication) -> str:
    """Switch to German and back: the app's and the domain's translations and German amounts must load."""
    from PySide6.QtCore import QCoreApplication

    from tariff_advisor import i18n

    from .language import apply_language

    before = i18n.language()
    try:
        apply_language(app, "de")
        context, source, german = APP_MESSAGE
        if QCoreApplication.translate(context, source) != german:
            raise SelfTestError("the app's German translation (tariff_advisor_de.qm) did not load")
        if i18n._(ADVICE_MESSAGE[0]) != ADVICE_MESSAGE[1]:
            raise SelfTestError("the advice's German translation (tariff_advisor.po) did not load")
        if i18n.money(1234.5, "EUR") != "1.234,50\xa0€":
            raise SelfTestError(f"German amounts are written {i18n.money(1234.5, 'EUR')!r}, not 1.234,50 €")
    finally:
        apply_language(app, before)
    return "German translations of the app and the advice load"


def _optimise_and_export(window: MainWindow, solver: str, output_dir: Path) -> str:
    """Optimise with `solver`, wait for the advice and its "why", export it; what was done."""
    from PySide6.QtCore import QEventLoop, QTimer

    session = window.session
    session.solver = solver
    errors: list[str] = []
    loop = QEventLoop()

    def failed(message: str) -> None:
        errors.append(message)
        loop.quit()

    session.explanationReady.connect(loop.quit)
    session.errorOccurred.connect(failed)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    session.optimise()
    loop.exec()
    session.explanationReady.disconnect(loop.quit)
    session.errorOccurred.disconnect(failed)
    rec = session.recommendation
    if errors:
        raise SelfTestError(f"optimising with {solver}: {errors[0]}")
    if rec is None or rec.assignment is None or window.charts.explanation is None:
        raise SelfTestError(f"optimising with {solver}: no advice within {TIMEOUT_MS // 1000} s")
    if rec.solver != solver:
        raise SelfTestError(f"asked for {solver}, the advice came from {rec.solver}")
    pdf = output_dir / f"self-test-{solver}.pdf"
    if not window.export_to(pdf) or not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
        raise SelfTestError(f"exporting the {solver} advice to {pdf} failed: {window.result.text()}")
    return f"{solver}: {rec.status_text}, {rec.total or 0:,.2f} over the horizon; wrote {pdf.name}"
