"""Desktop app timings: startup to a usable window, optimise to updated charts. Prints figures only.

.venv/bin/python benchmarks/app.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def wait(app, signal, timeout_ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *args: loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    app.processEvents()


def optimise_times(app, window) -> tuple[float, float]:
    """Seconds from pressing Optimise to the plans and cost charts updated, and to the "why" charts."""
    started = time.perf_counter()
    loop = QEventLoop()
    marks = {}
    window.session.recommendationReady.connect(lambda *a: marks.setdefault("plans", time.perf_counter()))
    window.session.explanationReady.connect(lambda *a: (marks.setdefault("why", time.perf_counter()), loop.quit()))
    window.optimise_button.click()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    app.processEvents()
    return marks["plans"] - started, marks["why"] - started


def main() -> None:
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    from tariff_advisor_ui.app import build  # the imports are part of startup

    window = build()
    window.show()
    app.processEvents()
    print(
        f"startup to a usable window (imports, catalogue, household, first pricing, charts): "
        f"{time.perf_counter() - started:.2f} s"
    )
    first = optimise_times(app, window)
    print(f"first optimise: plans and cost charts {first[0]:.2f} s, why-not and sensitivity charts {first[1]:.2f} s")
    runs = []
    for locked in (True, False, True, False, True):
        window.session.set_lock("Anna", "provider", locked)  # a change, then re-optimise
        runs.append(optimise_times(app, window))
    print(
        f"re-optimise after a lock (median of {len(runs)}): plans and cost charts "
        f"{statistics.median(r[0] for r in runs):.2f} s, why-not and sensitivity charts "
        f"{statistics.median(r[1] for r in runs):.2f} s"
    )


if __name__ == "__main__":
    main()
