"""Starting the desktop app (`tariff-advisor gui [HOUSEHOLD]`) or the catalogue editor (`tariff-advisor edit [DIR]`)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

import tariff_advisor as ta
from tariff_advisor.io.resources import example_family_path, shipped_catalogue_dir

from . import settings as keys
from .advisor.main_window import MainWindow
from .advisor.session import AdvisorSession


def build(household_path: Path | None = None, catalogue_dir: Path | None = None) -> MainWindow:
    path = Path(household_path) if household_path else example_family_path()
    session = AdvisorSession(ta.load_catalogue(catalogue_dir), ta.load_household(path), path)
    return MainWindow(session, open_editor=open_editor)


def open_editor(directory: Path, settings: QSettings | None = None) -> QMainWindow:
    """The catalogue editor on a folder; the advisor gets this function instead of importing the editor."""
    from .editor.editor_window import EditorWindow
    from .editor.session import CatalogueSession

    return EditorWindow(CatalogueSession.open(Path(directory)), settings)


def build_editor(catalogue_dir: Path | None = None) -> QMainWindow:
    return open_editor(Path(catalogue_dir) if catalogue_dir else shipped_catalogue_dir())


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(keys.ORGANISATION)
    app.setApplicationName(keys.APPLICATION)
    return app


def run(household_path: Path | None = None, catalogue_dir: Path | None = None) -> int:
    app = _application()
    window = build(household_path, catalogue_dir)
    window.show()
    return app.exec()


def run_editor(catalogue_dir: Path | None = None) -> int:
    app = _application()
    window = build_editor(catalogue_dir)
    window.show()
    return app.exec()
