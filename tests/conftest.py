"""GUI tests run headless: Qt's offscreen platform, set before any Qt import. The main-window fixture
imports Qt only when a test asks for it, so the domain tests run without Qt installed."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

FAMILY = Path(__file__).resolve().parents[1] / "examples" / "households" / "berger-family.yaml"


@pytest.fixture(autouse=True)
def _user_folders(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's installed catalogue releases or trusted keys."""
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("TARIFF_ADVISOR_DATA", str(root / "data"))
    monkeypatch.setenv("TARIFF_ADVISOR_CONFIG", str(root / "config"))


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Every test in English with British formats (`€1,234.50`, `25 Nov 2026`), whatever the machine's locale,
    the commands it runs in a fresh interpreter too; a test of another language says so with `use_language`."""
    from tariff_advisor.i18n import use_language

    monkeypatch.setenv("LANGUAGE", "en")
    with use_language("en"):
        yield


@pytest.fixture
def window(qtbot, tmp_path):
    """The app's main window on the example family, with settings in a temporary file."""
    from PySide6.QtCore import QSettings

    import tariff_advisor as ta
    from tariff_advisor_ui.advisor.main_window import MainWindow
    from tariff_advisor_ui.advisor.session import AdvisorSession
    from tariff_advisor_ui.app import open_editor

    session = AdvisorSession(ta.load_catalogue(), ta.load_household(FAMILY), FAMILY)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(session, settings, open_editor)
    # closing would otherwise (rightly) ask about unsaved edits, and wait for an answer
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w.session, "dirty", False))
    win.show()
    return win
