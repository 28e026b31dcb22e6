"""Desktop app timings: startup to a usable window, optimise to updated charts, the shop's new-customer and
export steps. Prints figures only.

.venv/bin/python benchmarks/app.py

The baseline is loading and validating the shipped catalogue with `load_catalogue`, measured in the same run,
so the ratios hold across machines.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
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


def median_seconds(function, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def shop_steps(app, window, baseline: float) -> None:
    """New customer (Ctrl+N) to a window ready to type in; the advice exported as PDF after optimising."""

    def new_customer():
        window.session.dirty = False  # the step, not the "save first?" question
        window.new_customer()
        app.processEvents()

    seconds = median_seconds(new_customer)
    print(f"new customer (Ctrl+N), ready to type            {seconds:.3f} s  ({seconds / baseline:5.1f}x baseline)")
    spins = window.usage_editor.spins
    spins["minutes"].setValue(300)
    spins["sms"].setValue(100)
    spins["data_gb"].setValue(12)
    window.usage_editor.apply()
    window.add_member()
    spins["data_gb"].setValue(30)
    window.usage_editor.apply()
    optimise_times(app, window)
    folder = Path(tempfile.mkdtemp())
    seconds = median_seconds(lambda: window.export_to(folder / window.suggested_file_name()), 3)
    print(f"export the advice as PDF (2 members, charts)    {seconds:.3f} s  ({seconds / baseline:5.1f}x baseline)")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


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
    import tariff_advisor as ta

    baseline = median_seconds(ta.load_catalogue)
    print(f"baseline: load_catalogue (shipped, 85 tariffs)  {baseline:.3f} s")
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
    shop_steps(app, window, baseline)
    window.session.dirty = False
    window.close()


if __name__ == "__main__":
    main()
