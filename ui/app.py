"""Starting the desktop app (`tariff-advisor gui [HOUSEHOLD]`) or the catalogue editor (`tariff-advisor edit [DIR]`).

A file that does not load is shown in a dialog naming the file, line, entry and field, not only in a terminal
the user may never see; the advisor offers to go on with the shipped catalogue or the example family instead.
What goes wrong in the background is logged to a file in the platform's usual place (Help -> About shows it).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

import tariff_advisor as ta
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.io.resources import (
    catalogue_in_use_dir,
    example_family_path,
    is_frozen,
    shipped_catalogue_dir,
    version_in_use,
)

from . import settings as keys
from .advisor.first_run import greet
from .advisor.main_window import MainWindow
from .advisor.session import AdvisorSession
from .language import apply_language, chosen_language
from .releases import pick_up_from_shop_folder
from .tasks import LOG_HANDLER

if TYPE_CHECKING:  # the editor loads only when opened
    from .editor.editor_window import EditorWindow

EXIT_BAD_INPUT = 2  # as the command line's other commands exit on a file that does not load
LOG_FILE_VARIABLE = "TARIFF_ADVISOR_LOG"  # another log file than the usual one (tests, support)
LOG_BYTES, LOG_BACKUPS = 1_000_000, 3

logger = logging.getLogger(__name__)


# -- the advisor ---------------------------------------------------------------------------------------
def build(
    household_path: Path | None = None,
    catalogue_dir: Path | None = None,
    settings: QSettings | None = None,
    shop_folder: Path | None = None,
) -> MainWindow | None:
    """The advisor's window (settings: the user's own by default); None when a file does not load and the
    user chose to quit. A shop folder (given, else the one configured) is checked for a newer release first."""
    settings = settings or QSettings(keys.ORGANISATION, keys.APPLICATION)
    if shop_folder is not None:
        settings.setValue(keys.SHOP_FOLDER, str(shop_folder))
    folder = str(settings.value(keys.SHOP_FOLDER, "") or "")
    picked_up = pick_up_from_shop_folder(Path(folder)) if folder and catalogue_dir is None else None
    catalogue = _catalogue(Path(catalogue_dir) if catalogue_dir else default_catalogue_dir())
    if catalogue is None:
        return None
    loaded = _household(Path(household_path) if household_path else example_family_path())
    if loaded is None:
        return None
    household, path = loaded
    window = MainWindow(AdvisorSession(catalogue, household, path), settings, open_editor)
    if picked_up:
        window.statusBar().showMessage(picked_up, 30_000)
    return window


def _catalogue(directory: Path | None) -> ta.Catalogue | None:
    """The catalogue in `directory` (None: the shipped one); if it does not load, the shipped one or None."""
    try:
        return ta.load_catalogue(directory)
    except TariffAdvisorError as exc:
        if directory is None:  # nothing to fall back on
            _report(
                QCoreApplication.translate("app", "The catalogue in use does not load ({folder}).").format(
                    folder=catalogue_in_use_dir()
                ),
                exc,
            )
            return None
        if not _offer(
            QCoreApplication.translate("app", "The catalogue in {directory} does not load.").format(
                directory=directory
            ),
            exc,
            QCoreApplication.translate("app", "Use the shipped catalogue"),
        ):
            return None
    return _catalogue(None)


def _household(path: Path) -> tuple[ta.Household, Path] | None:
    """The household in `path`; if it does not load, the example family or None."""
    try:
        return ta.load_household(path), path
    except TariffAdvisorError as exc:
        example = example_family_path()
        if path == example:
            _report(QCoreApplication.translate("app", "The example household does not load."), exc)
            return None
        if not _offer(
            QCoreApplication.translate("app", "The household file {path} does not load.").format(path=path),
            exc,
            QCoreApplication.translate("app", "Open the example family"),
        ):
            return None
        return _household(example)


def _offer(text: str, problem: Exception, instead: str) -> bool:
    """Show what does not load and ask: go on with `instead` (True), or quit."""
    logger.warning("%s\n%s", text, problem)
    box = _problem_box(text, problem)
    go_on = box.addButton(instead, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go_on)
    box.exec()
    return box.clickedButton() is go_on


def _report(text: str, problem: Exception) -> None:
    logger.error("%s\n%s", text, problem)
    box = _problem_box(text, problem)
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()


def _problem_box(text: str, problem: Exception) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, keys.APPLICATION, text)
    box.setInformativeText(str(problem))  # file:line: entry: field: what is wrong, one line per problem
    return box


# -- the catalogue editor ------------------------------------------------------------------------------
def open_editor(directory: Path, settings: QSettings | None = None) -> EditorWindow:
    """The catalogue editor on a folder; the advisor gets this function instead of importing the editor."""
    from .editor.editor_window import EditorWindow
    from .editor.session import CatalogueSession

    return EditorWindow(CatalogueSession.open(Path(directory)), settings)


def build_editor(catalogue_dir: Path | None = None) -> QMainWindow | None:
    """The editor's window; None (after saying why) when the folder cannot be opened."""
    directory = Path(catalogue_dir) if catalogue_dir else (default_catalogue_dir() or catalogue_in_use_dir())
    try:
        return open_editor(directory)
    except TariffAdvisorError as exc:
        _report(
            QCoreApplication.translate("app", "The catalogue in {directory} cannot be opened for editing.").format(
                directory=directory
            ),
            exc,
        )
        return None


# -- where things live ---------------------------------------------------------------------------------
def installed_catalogue_dir() -> Path:
    """The user's own copy of the catalogue, in the platform's user data folder."""
    return platformdirs.user_data_path(keys.APPLICATION, appauthor=False) / "catalogue"


def default_catalogue_dir() -> Path | None:
    """The catalogue to open when none is given: None (the shipped one) from a checkout or a wheel.

    In the standalone bundle the shipped catalogue is inside the program's folder, which may be read-only
    and is replaced by an update: the catalogue editor must not save there. So the bundle copies it once to
    the user's data folder and works on that copy (an existing copy, with the user's edits, is kept)."""
    if not is_frozen() or version_in_use() is not None:  # an installed release is already in the data folder
        return None
    target = installed_catalogue_dir()
    if not target.is_dir():
        partial = target.with_name(target.name + ".partial")  # renamed when complete: never a half copy
        try:
            shutil.rmtree(partial, ignore_errors=True)
            shutil.copytree(shipped_catalogue_dir(), partial)
            partial.rename(target)
        except OSError as exc:  # a read-only home: the shipped catalogue still works, for reading
            logger.warning("cannot install the catalogue in %s: %s", target, exc)
            return None
    return target


# -- starting ------------------------------------------------------------------------------------------
def default_log_file() -> Path:
    override = os.environ.get(LOG_FILE_VARIABLE)
    if override:
        return Path(override)
    return platformdirs.user_log_path(keys.APPLICATION, appauthor=False) / "tariff-advisor.log"


def configure_logging(log_file: Path | None = None) -> Path | None:
    """Log to a rotating file (default: default_log_file()); returns its path, None if it cannot be written.

    Calling it again moves the log to the new file rather than writing to both.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == LOG_HANDLER]:
        root.removeHandler(handler)
        handler.close()
    path = log_file or default_log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:  # e.g. a read-only home: the app works without its log
        print(f"warning: cannot write the log file {path}: {exc}", file=sys.stderr)
        return None
    handler.set_name(LOG_HANDLER)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    for name in ("tariff_advisor", "tariff_advisor_ui"):  # our INFO lines, not every library's
        logging.getLogger(name).setLevel(logging.INFO)
    return path


def follow_colour_scheme(app: QApplication) -> None:
    """Dark mode where the native style cannot draw it: Windows 10's style ("windowsvista") draws light only, so
    on a dark desktop the app takes Fusion, which draws the system's dark palette (now and when the system's
    colour scheme changes). Elsewhere the platform's style follows the system already, charts included (they
    redraw on the palette change Qt sends)."""

    def fit(_scheme: object = None) -> None:
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        if dark and app.style().name().lower() == "windowsvista":
            app.setStyle("Fusion")

    fit()
    app.styleHints().colorSchemeChanged.connect(fit)


def _application(language: str | None = None) -> QApplication:
    """The application with its names, log and language (`language`: --language, else the settings' or system's)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # not a QCoreApplication made elsewhere: windows need widgets
    follow_colour_scheme(app)
    app.setOrganizationName(keys.ORGANISATION)
    app.setApplicationName(keys.APPLICATION)
    path = configure_logging()
    spoken = apply_language(app, chosen_language(QSettings(keys.ORGANISATION, keys.APPLICATION), language))
    logger.info("Tariff Advisor %s started in %s; logging to %s", ta.__version__, spoken, path)
    return app


def run(
    household_path: Path | None = None,
    catalogue_dir: Path | None = None,
    shop_folder: Path | None = None,
    language: str | None = None,
) -> int:
    app = _application(language)
    window = build(household_path, catalogue_dir, shop_folder=shop_folder)
    if window is None:
        return EXIT_BAD_INPUT
    window.show()
    if household_path is None:  # no household given: someone new is greeted with the ways in
        greet(window)
    return app.exec()


def run_editor(catalogue_dir: Path | None = None, language: str | None = None) -> int:
    app = _application(language)
    window = build_editor(catalogue_dir)
    if window is None:
        return EXIT_BAD_INPUT
    window.show()
    return app.exec()
