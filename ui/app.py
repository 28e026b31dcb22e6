"""Starting the desktop app: `tariff-advisor gui [HOUSEHOLD]`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

import tariff_advisor as ta
from tariff_advisor.resources import example_family_path

from . import settings as keys
from .main_window import MainWindow
from .session import AdvisorSession


def build(household_path: Path | None = None, catalogue_dir: Path | None = None) -> MainWindow:
    path = Path(household_path) if household_path else example_family_path()
    session = AdvisorSession(ta.load_catalogue(catalogue_dir), ta.load_household(path), path)
    return MainWindow(session)


def run(household_path: Path | None = None, catalogue_dir: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(keys.ORGANISATION)
    app.setApplicationName(keys.APPLICATION)
    window = build(household_path, catalogue_dir)
    window.show()
    return app.exec()
