"""Catalogue editor timings on the shipped catalogue (85 tariffs) and the real 53-plan SG import. Prints figures.

    .venv/bin/python benchmarks/editor.py

The baseline is loading and validating the same catalogue with `load_catalogue`,
measured in the same run, so the ratios hold across machines.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from timing import median_seconds  # benchmarks/ is the script folder, first on sys.path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    import tariff_advisor as ta
    from tariff_advisor.editing.impact import example_households, impact
    from tariff_advisor_ui.editor.editor_window import EditorWindow
    from tariff_advisor_ui.editor.session import CatalogueSession

    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp())
    folder = Path(shutil.copytree(ROOT / "data" / "tariffs", work / "tariffs"))
    baseline = median_seconds(lambda: ta.load_catalogue(folder))
    print(f"baseline: load_catalogue             {baseline * 1000:7.1f} ms")

    def open_window():
        window = EditorWindow(CatalogueSession.open(folder))
        window.show()
        app.processEvents()
        return window

    opened = median_seconds(open_window, 3)
    print(f"open the editor window               {opened * 1000:7.1f} ms  ({opened / baseline:5.1f}x baseline)")
    window = open_window()
    window.files.setCurrentRow(list(window.session.document.files).index("nordwave.yaml"))
    model, row = window.models["tariffs"], iter(range(10_000))
    fee = [c.key for c in model.columns].index("monthly_fee")

    def one_edit():
        model.setData(model.index(0, fee), f"{10 + next(row) / 100:.2f}")
        app.processEvents()

    edit = median_seconds(one_edit, 20)
    print(f"one cell edit, revalidated, shown    {edit * 1000:7.1f} ms  ({edit / baseline:5.1f}x baseline)")
    undo = median_seconds(lambda: (window.session.undo_stack.undo(), app.processEvents()), 10)
    print(f"one undo                             {undo * 1000:7.1f} ms  ({undo / baseline:5.1f}x baseline)")
    save = median_seconds(lambda: (one_edit(), window.session.save_all()), 5)
    print(f"edit and save (atomic, with backup)  {save * 1000:7.1f} ms  ({save / baseline:5.1f}x baseline)")
    before = window.session.document.catalogue()
    seconds = median_seconds(lambda: impact(example_households(), before, before), 3)
    print(f"impact on 5 example households       {seconds * 1000:7.1f} ms  ({seconds / baseline:5.1f}x baseline)")
    window.session.undo_stack.clear()
    window.discarded = True
    window.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
