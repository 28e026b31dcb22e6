"""Render the screenshots in docs/ headless, at 1280x800: `.venv/bin/python docs/screenshots.py [NAME...]`.

The `*_200` shots are at 200 % (device pixel ratio 2, so 2560x1600 pixels), each in a process of its own.

Each shot works on a temporary copy of the shipped catalogue, so nothing in the
checkout changes.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SG_TABLE = ROOT / "tests" / "data" / "real" / "sg_mobile_plans_2019.csv"  # with its source and licence
SG_PROFILE = ROOT / "examples" / "import-profiles" / "sg-mobile-plans-2019.yaml"
WORK = Path(tempfile.mkdtemp(prefix="screenshots-"))
SETTINGS = QSettings(str(WORK / "settings.ini"), QSettings.Format.IniFormat)
# releases installed for a shot go to the temporary folder, never to the user's own data or trusted keys
os.environ["TARIFF_ADVISOR_DATA"] = str(WORK / "user-data")
os.environ["TARIFF_ADVISOR_CONFIG"] = str(WORK / "user-config")
SAMPLE_RELEASE = ROOT / "tariff_advisor" / "release" / "sample" / "sample-market-2026.12.05.zip"
SAMPLE_KEY = ROOT / "tests" / "data" / "release" / "sample-publisher.key"  # public, for tests and these shots
COVERAGE = "4 of the 6 national networks; no resellers"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def editor(folder: Path | None = None):
    from tariff_advisor_ui.editor.editor_window import EditorWindow
    from tariff_advisor_ui.editor.session import CatalogueSession

    if folder is None:
        folder = Path(shutil.copytree(ROOT / "data" / "tariffs", WORK / f"tariffs-{len(list(WORK.iterdir()))}"))
    window = EditorWindow(CatalogueSession.open(folder), SETTINGS)
    window.resize(1280, 800)
    window.show()
    return window


def column(window, key: str, kind: str = "tariffs") -> int:
    return [c.key for c in window.models[kind].columns].index(key)


def shot_editor(app) -> None:
    """Editing nordwave: a fee raised, one typo flagged in place and in the problems list."""
    window = editor()
    window.files.setCurrentRow(list(window.session.document.files).index("nordwave.yaml"))
    model = window.models["tariffs"]
    model.setData(model.index(0, column(window, "monthly_fee")), "15.49")
    model.setData(model.index(3, column(window, "allowances.data_gb")), "-70")
    window.select("tariffs", 1, column(window, "name"))
    settle(app)
    window.grab().save(str(DOCS / "editor-tariffs.png"))


def shot_editor_review(app) -> None:
    """The impact of a price change on the example households, and the field-by-field changes."""
    window = editor()
    window.files.setCurrentRow(list(window.session.document.files).index("kite.yaml"))
    rows = [e["id"] for e in window.session.document.entries("kite.yaml", "tariffs")]
    model = window.models["tariffs"]
    model.setData(model.index(rows.index("ki-10-24"), column(window, "monthly_fee")), "19.99")
    model.setData(model.index(rows.index("ki-1"), column(window, "valid_until")), "2026-12-31")
    window.select("tariffs", rows.index("ki-10-24"), column(window, "monthly_fee"))
    window.review.setCurrentWidget(window.diff_view)
    settle(app)
    window.grab().save(str(DOCS / "editor-changes.png"))
    window.review.setCurrentWidget(window.impact_view)
    window.impact_view.compute()
    window.impact_view.pool.waitForDone()
    settle(app, 20)
    window.grab().save(str(DOCS / "editor-impact.png"))


def _edited_sg_table() -> Path:
    """The SG table a month later: two prices changed, one plan new, one row with no price yet."""
    import pandas as pd

    table = pd.read_csv(SG_TABLE, encoding="utf-8-sig")
    table.loc[0, "price_sgd_month"] = 52.0
    table.loc[3, "data_gb"] = 4.0
    new = table.iloc[[1]].assign(plan_name="XO 98", price_sgd_month=98.0, data_gb=60.0)
    broken = table.iloc[[2]].assign(plan_name="XO 148", price_sgd_month="TBA")
    path = WORK / "sg_mobile_plans_2019-12.csv"
    pd.concat([table, new, broken]).to_csv(path, index=False)
    return path


def _import_dialog(window, table: Path):
    from tariff_advisor_ui.editor.import_dialog import CatalogueImportDialog

    dialog = CatalogueImportDialog(window.session, window)
    dialog.profile_file.setText(str(SG_PROFILE))
    dialog.load_profile_file()
    dialog.table_file.setText(str(table))
    dialog.read_header()
    dialog.preview()
    return dialog


def shot_editor_import(app) -> None:
    """The real 53-plan Singapore catalogue: imported into an empty folder, then a later table's preview."""
    folder = WORK / "sg"
    folder.mkdir(exist_ok=True)
    window = editor(folder)
    _import_dialog(window, SG_TABLE).apply()
    window.session.save_all()
    window.files.setCurrentRow(0)
    settle(app)
    window.grab().save(str(DOCS / "editor-imported-sg.png"))
    dialog = _import_dialog(window, _edited_sg_table())
    dialog.table.sortItems(1)  # add, change, reject, unchanged: the rows that need a look first
    dialog.resize(1280, 800)
    dialog.show()
    settle(app)
    dialog.grab().save(str(DOCS / "editor-import-preview.png"))


# -- the advisor app ------------------------------------------------------------------------


def main_window():
    import tariff_advisor as ta
    from tariff_advisor.io.resources import example_family_path
    from tariff_advisor_ui.advisor.main_window import MainWindow
    from tariff_advisor_ui.advisor.session import AdvisorSession

    path = example_family_path()
    session = AdvisorSession(ta.load_catalogue(), ta.load_household(path), path)
    window = MainWindow(session, SETTINGS)
    window.resize(1280, 800)
    window.show()
    return window


def optimised(app, window) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.session.explanationReady.connect(lambda *a: loop.quit())
    window.session.errorOccurred.connect(lambda *a: loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    window.session.optimise()
    loop.exec()
    settle(app)


def select_member(window, name: str) -> None:
    row = window.session.household.member_names.index(name)
    window.members_view.setCurrentIndex(window.members_model.index(row, 0))


def save(app, window, name: str) -> None:
    settle(app)
    window.grab().save(str(DOCS / name))
    window.session.dirty = False


def shot_app(app) -> None:
    """The example family optimised: plans, costs against today, month by month, why not, sensitivity."""
    window = main_window()
    optimised(app, window)
    select_member(window, "Anna")
    window.usage_tabs.setCurrentWidget(window.history_editor)
    save(app, window, "app-recommendation.png")
    for tab, name in (
        ("Why not", "app-why-not.png"),
        ("If usage changes", "app-sensitivity.png"),
        ("Break-even", "app-break-even.png"),
    ):
        window.charts.tabs.setCurrentIndex(list(window.charts.canvases).index(tab))
        if tab == "Break-even":
            window.usage_tabs.setCurrentWidget(window.needs_panel)
        save(app, window, name)
    window.close()


def shot_app_timeline(app) -> None:
    """The example family optimised, the Timeline tab: each member's cancel-by date, switch, new plan and phone, the
    household's cost per month, and the table of dates under the chart (the tab's whole content, which the window
    shows by scrolling); in English and in German."""
    from tariff_advisor.i18n import use_language
    from tariff_advisor_ui.language import apply_language

    for language, name in (("en", "app-timeline.png"), ("de", "app-timeline-de.png")):
        with use_language(language):
            apply_language(app, language)
            window = main_window()
            optimised(app, window)
            window.charts.tabs.setCurrentIndex(list(window.charts.canvases).index("Timeline"))
            settle(app)
            panel = window.charts.timeline
            content = panel.scroll_area.widget()
            content.resize(content.width(), content.sizeHint().height())  # all of it, not the part in view
            settle(app)
            content.grab().save(str(DOCS / name))
            window.session.dirty = False
            window.close()
            apply_language(app, "en")  # translators gone and QLocale English again (decimal points)


def shot_app_locked(app) -> None:
    """Anna locked to Nordwave: the optimiser re-plans the others around it; month by month."""
    window = main_window()
    session = window.session
    session.set_choice("Anna", "nw-mobil-m")
    session.set_lock("Anna", "provider", True)
    optimised(app, window)
    window.charts.tabs.setCurrentIndex(list(window.charts.canvases).index("Month by month"))
    window.usage_tabs.setCurrentWidget(window.constraints)
    save(app, window, "app-locked-month-by-month.png")
    window.close()


def shot_app_new_customer(app) -> None:
    """A shop customer: New customer, the needs advisor filled in, the shop range set, optimised."""
    window = main_window()
    window.session.dirty = False
    window.new_customer()
    kite_and_helio = {t.id for p in ("kite", "helio") for t in window.session.catalogue.tariffs_of(p)}
    window.constraints.set_shop_range(kite_and_helio)
    needs = window.needs_panel
    for question, value in {"call_minutes": 20, "video": 3, "social": 1.5, "music": 5, "travel": 14}.items():
        needs.answers[question].setValue(value)
    needs.use_button.click()
    optimised(app, window)
    window.usage_tabs.setCurrentWidget(needs)
    save(app, window, "app-new-customer.png")
    window.constraints.set_shop_range(None)
    window.close()


def _device_choice(app, suffix: str) -> None:
    """The example family optimised with Ben's phone and Max's switch month locked: the configurator's phone
    and switch columns, and Ben's contract, phone wish and travel."""
    window = main_window()
    session = window.session
    optimised(app, window)
    session.set_switch_month("Max", 4)  # Max waits for his contract's end (28 February 2027)
    session.set_lock("Max", "switch_month", True)
    session.set_phone("Ben", "pixel-10-128")  # Ben keeps the Pixel the optimum gives him, whatever else changes
    session.set_lock("Ben", "phone", True)
    optimised(app, window)  # the rest re-planned around them
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sum(sizes), 0])  # the whole plans table, phone and switch columns included
    save(app, window, f"app-device-choice{suffix}.png")
    window.splitter.setSizes(sizes)
    select_member(window, "Ben")
    window.usage_tabs.setCurrentWidget(window.member_details)
    save(app, window, f"app-member-details{suffix}.png")
    window.close()


def shot_app_device_choice(app) -> None:
    """The phone and switch-month columns and a member's details, in English and in German."""
    from tariff_advisor import i18n
    from tariff_advisor_ui.language import apply_language

    _device_choice(app, "")
    with i18n.use_language("de"):
        apply_language(app, "de")
        try:
            _device_choice(app, "-de")
        finally:
            apply_language(app, "en")  # translators gone and QLocale English again (decimal points)


def _fresh_release() -> Path:
    """The sample market re-checked today, released with an editor's coverage statement."""
    import datetime as dt
    import re

    from tariff_advisor.release import build_release
    from tariff_advisor.release.signing import load_private_key

    folder = Path(shutil.copytree(ROOT / "data" / "tariffs", WORK / "fresh-tariffs"))
    for path in folder.glob("*.yaml"):
        today = dt.date.today().isoformat()
        path.write_text(re.sub(r"(?m)^checked: .*$", f"checked: {today}", path.read_text("utf-8")), "utf-8")
    built = build_release(folder, "2026.12.01", load_private_key(SAMPLE_KEY), COVERAGE, "Example Editors Ltd")
    (WORK / "market-2026.12.01.zip").write_bytes(built.data)
    return WORK / "market-2026.12.01.zip"


def shot_app_release(app) -> None:
    """The release banner and the coverage line: the sample release with stale prices, then a fresh release
    with the editors' coverage statement and a provider the customer left out."""
    from tariff_advisor.release import install, use_version

    install(SAMPLE_RELEASE)
    window = main_window()
    window.resize(1366, 768)
    optimised(app, window)
    save(app, window, "app-release-banner.png")
    window.close()
    install(_fresh_release())
    window = main_window()
    window.resize(1366, 768)
    window.session.set_constraints({"exclude_providers": ["kite"]})
    optimised(app, window)
    save(app, window, "app-release-fresh.png")
    window.close()
    use_version("sample")


def shot_editor_release(app) -> None:
    """File -> Release: two prices changed since the sample release; the changes and the impact before signing."""
    window = editor()
    kite = window.session.document.directory / "kite.yaml"
    text = kite.read_text("utf-8").replace("monthly_fee: 16.99", "monthly_fee: 15.99", 1)
    kite.write_text(
        text.replace(
            "Kite 10 (24 months)\n    kind: contract\n    monthly_fee: 7.99",
            "Kite 10 (24 months)\n    kind: contract\n    monthly_fee: 19.99",
        ),
        "utf-8",
    )
    window.close()
    window = editor(window.session.document.directory)
    window.release()
    dialog = window.release_dialog
    dialog.version.setText("2026.12.01")
    dialog.coverage.setText(COVERAGE)
    dialog.publisher.setText("Example Editors Ltd")
    dialog.key_file.setText(str(SAMPLE_KEY))
    dialog.previous.setText(str(SAMPLE_RELEASE))
    dialog.output.setText(str(WORK / "market-2026.12.01.zip"))
    dialog.show_preview()
    dialog.pool.waitForDone()  # the preview runs in the background
    settle(app)
    dialog.resize(1000, 700)
    settle(app)
    dialog.grab().save(str(DOCS / "editor-release.png"))
    window.discarded = True
    window.close()


def shot_app_dark(app) -> None:
    """A dark desktop: the example family optimised, cost per member, in the palette of Qt's Fusion dark mode."""
    from PySide6.QtGui import QPalette

    from tariff_advisor_ui.colours import dark_palette

    before, style = QPalette(app.palette()), app.style().name()
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    try:
        window = main_window()
        optimised(app, window)
        select_member(window, "Anna")
        window.usage_tabs.setCurrentWidget(window.history_editor)
        save(app, window, "app-dark.png")
        window.close()
    finally:
        app.setPalette(before)
        app.setStyle(style)


def _with_page(window, page):
    """The window with a dialog over its middle, as the user sees them (each is grabbed on its own)."""
    from PySide6.QtGui import QColor, QPainter, QPalette

    picture = window.grab()
    over = page.grab()
    painter = QPainter(picture)
    painter.fillRect(window.rect(), QColor(0, 0, 0, 60))  # the window waits behind the page
    at = window.rect().center() - page.rect().center()
    painter.drawPixmap(at, over)
    painter.setPen(page.palette().color(QPalette.ColorRole.Dark))  # the frame the window manager would draw
    painter.drawRect(page.rect().translated(at).adjusted(-1, -1, 0, 0))
    painter.end()
    return picture


def shot_app_first_run(app) -> None:
    """The first-run page over the window: four ways in."""
    from tariff_advisor_ui.advisor.first_run import show_first_run

    window = main_window()
    page = show_first_run(window)
    settle(app)
    _with_page(window, page).save(str(DOCS / "app-first-run.png"))
    page.reject()
    window.close()


# -- at 200 % (device pixel ratio 2): Qt's scale factor is read once, when the application starts -----------------
def scaled_app(app) -> None:
    window = main_window()
    optimised(app, window)
    select_member(window, "Anna")
    save(app, window, "app-200.png")
    window.close()


def scaled_editor(app) -> None:
    window = editor()
    window.files.setCurrentRow(list(window.session.document.files).index("nordwave.yaml"))
    settle(app)
    window.grab().save(str(DOCS / "editor-200.png"))
    window.discarded = True
    window.close()


SCALED = {"app_200": scaled_app, "editor_200": scaled_editor}


def _at_200_percent(name: str):
    def shot(_app) -> None:
        import subprocess

        environment = {**os.environ, "QT_SCALE_FACTOR": "2"}
        subprocess.run([sys.executable, __file__, "--scaled", name], env=environment, check=True)

    shot.__doc__ = f"{name}: rendered in a new process at QT_SCALE_FACTOR=2"
    return shot


SHOTS = {name.removeprefix("shot_"): function for name, function in dict(globals()).items() if name.startswith("shot_")}
SHOTS.update({name: _at_200_percent(name) for name in SCALED})


def main(names: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    if names[:1] == ["--scaled"]:
        for name in names[1:]:
            SCALED[name](app)
    else:
        for name in names or list(SHOTS):
            SHOTS[name](app)
            print("rendered", name)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
