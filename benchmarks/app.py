"""Desktop app timings: startup to a usable window, optimise to updated charts, the shop's new-customer and
export steps. Prints figures only.

.venv/bin/python benchmarks/app.py [--bundle dist/tariff-advisor]

With --bundle (a folder built by packaging/build.py) it also prints the bundle's size on disk and the time of
its self-test (start, example family, optimise with both solvers, two PDFs, exit) against the same self-test
run from the venv, as a ratio.

The baseline is loading and validating the shipped catalogue with `load_catalogue`, measured in the same run,
so the ratios hold across machines.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import median_seconds  # benchmarks/ is the script folder, first on sys.path

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


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def self_test_seconds(command: list[str]) -> tuple[float, float]:
    """Seconds from starting `command gui --self-test` in a fresh process (clean home: settings, log, font cache)
    to its window's line (start to window), and to its exit (both solvers, two PDFs)."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "HOME": scratch, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("XDG_CONFIG_HOME", None)
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "gui", "--self-test", f"{scratch}/out"], env=env, stdout=subprocess.PIPE, text=True
        )
        window = None
        assert process.stdout is not None
        for line in process.stdout:
            if window is None and "window open" in line:
                window = time.perf_counter() - started
        if process.wait() != 0 or window is None:
            raise SystemExit(f"the self-test of {command} failed")
        return window, time.perf_counter() - started


def bundle_figures(bundle: Path) -> None:
    """The bundle's size, and its start to window and self-test times against the venv's (medians of 3;
    the first bundle run after the build, shown apart, is the coldest this machine allows)."""
    program = bundle / "tariff-advisor"
    print(f"bundle {bundle}: {folder_bytes(bundle) / 1e6:.0f} MB on disk")
    first = self_test_seconds([str(program)])
    frozen = [self_test_seconds([str(program)]) for _ in range(3)]
    venv = [self_test_seconds([sys.executable, "-m", "tariff_advisor_ui.cli"]) for _ in range(3)]
    for index, what in enumerate(("start to window", "self-test (both solvers, 2 PDFs)")):
        b, v = statistics.median(t[index] for t in frozen), statistics.median(t[index] for t in venv)
        print(f"{what:34} bundle {b:5.1f} s (first run {first[index]:.1f} s), venv {v:5.1f} s: {b / v:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description="Desktop app timings")
    parser.add_argument("--bundle", type=Path, help="also measure this bundle folder (packaging/build.py)")
    args = parser.parse_args()
    if args.bundle is not None:
        if not (args.bundle / "tariff-advisor").exists():
            parser.error(f"no bundle in {args.bundle}: build it with packaging/build.py")
        bundle_figures(args.bundle)
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
