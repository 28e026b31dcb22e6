"""The app in German: the translations are complete and current, no English message of the app is left on the
main window (the example family optimised) or the catalogue editor (the shipped catalogue open), and amounts,
numbers and dates are written the German way. The screenshots docs/app-german.png and docs/editor-german.png
are made here.

The app's own messages (those in ui/translations/tariff_advisor_de.ts) are checked, and on the main window the
domain's too (the gettext catalogue's: the freshness line, tariff summaries, status, bill lines, the needs
questionnaire); only names (the household's, the catalogue's) are left as typed.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTreeView,
    QWidget,
)

import tariff_advisor as ta
from tariff_advisor import i18n
from tariff_advisor.io.resources import shipped_catalogue_dir

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "ui" / "translations"
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"
# Screenshots go to a temporary folder; TARIFF_ADVISOR_SCREENSHOTS=docs regenerates the ones in docs/.
SHOTS = Path(os.environ.get("TARIFF_ADVISOR_SCREENSHOTS", tempfile.mkdtemp(prefix="german-shots-")))
WAIT = 120_000  # a slow, shared machine


def _update_script():
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def german(qapp) -> Iterator[None]:
    """The app speaks German (our translator, Qt's, QLocale, the domain) in the test, English again after it."""
    from tariff_advisor_ui.language import apply_language, remove_translators

    locale_before = QLocale()
    with i18n.use_language("de"):
        assert apply_language(qapp, "de") == "de"
        try:
            yield
        finally:
            remove_translators(qapp)
            QLocale.setDefault(locale_before)


def _english_messages() -> list[re.Pattern[str]]:
    """A pattern for each English message of the .ts whose German differs (placeholders match anything)."""
    patterns = []
    for message in ET.parse(TRANSLATIONS / "tariff_advisor_de.ts").getroot().iter("message"):
        source, german = message.findtext("source") or "", message.findtext("translation") or ""
        fixed = re.sub(r"\{[^}]*\}", "", source)
        if german == source or len(re.findall(r"[A-Za-z]", fixed)) < (10 if "{" in source else 3):
            continue  # the same in both languages, or nothing English to see in it
        parts = re.split(r"\{[^}]*\}", source)
        patterns.append(re.compile(".*?".join(re.escape(part) for part in parts), re.DOTALL))
    return patterns


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in a window: widgets, actions, menus, tabs, headers."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        for what in ("windowTitle", "toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
            yield f"{name}.{what}", getattr(widget, what)()
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{name}.text", widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{name}.placeholderText", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield f"{name}.title", widget.title()
        if isinstance(widget, QAbstractSpinBox):
            yield f"{name}.specialValueText", widget.specialValueText()
            yield f"{name}.suffix", getattr(widget, "suffix", str)()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name}.item {i}", widget.itemText(i)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}.tab {i}", widget.tabText(i)
                yield f"{name}.tab tip {i}", widget.tabToolTip(i)
        header = (
            widget.horizontalHeader()
            if isinstance(widget, QTableView)
            else widget.header()
            if isinstance(widget, QTreeView)
            else None
        )
        if header is not None and header.model() is not None:
            for section in range(header.count()):
                text = header.model().headerData(section, Qt.Orientation.Horizontal)
                yield f"{name}.header {section}", str(text or "")
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        yield f"{name}.cell {row},{column}", item.text()
                        yield f"{name}.cell tip {row},{column}", item.toolTip()
    for action in root.findChildren(QAction):
        yield f"action {action.objectName() or action.text()!r}.text", action.text()
        yield f"action {action.objectName() or action.text()!r}.toolTip", action.toolTip()
        yield f"action {action.objectName() or action.text()!r}.statusTip", action.statusTip()


def _english_left(window: QWidget) -> list[str]:
    patterns = _english_messages()
    return sorted(
        {
            f"{where}: {text!r}"
            for where, text in _texts(window)
            if text and any(pattern.fullmatch(text) for pattern in patterns)
        }
    )


def _english_domain_left(window: QWidget) -> list[str]:
    """Where the window shows a domain message (the .po's) in English, names taken out first."""
    from tests.test_report_german import english_left, names_in, without_names

    names = names_in(window.session.household, window.session.catalogue)
    found = set()
    for where, text in _texts(window):
        plain = re.sub(r"<[^>]+>|[\w.-]+\.(?:yaml|yml|csv|json|pdf|ics)\b", " ", text or "")  # tags, file names
        plain = " ".join(plain.replace("&amp;", "&").split())
        left = english_left(without_names(plain, names)) if plain else []
        if left:
            found.add(f"{where}: {plain!r}: {left}")
    return sorted(found)


def _looked_at(window: QMainWindow, path: Path) -> None:
    window.resize(1280, 800)
    window.show()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(path))


# -- the translations themselves -------------------------------------------------------------------------
def test_translations_are_complete_and_the_qm_is_current():
    """Every message lupdate finds in ui/ is in the .ts, translated, and the .qm is what lrelease makes of it."""
    assert _update_script().problems("de") == []


def test_the_qm_is_shipped_as_package_data_and_in_the_bundle():
    assert '"tariff_advisor_ui" = ["translations/*.qm"]' in (ROOT / "pyproject.toml").read_text()
    assert '"ui/translations", "*.qm"' in (ROOT / "packaging" / "tariff-advisor.spec").read_text()


def test_placeholders_and_mnemonics_survive_translation():
    for message in ET.parse(TRANSLATIONS / "tariff_advisor_de.ts").getroot().iter("message"):
        source, german = message.findtext("source") or "", message.findtext("translation") or ""
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", german)), source
        assert source.replace("&&", "").count("&") == german.replace("&&", "").count("&"), source


# -- the windows in German ---------------------------------------------------------------------------------
@pytest.fixture
def german_window(german, qtbot, tmp_path):
    from tariff_advisor_ui.advisor.main_window import MainWindow
    from tariff_advisor_ui.advisor.session import AdvisorSession
    from tariff_advisor_ui.app import open_editor

    session = AdvisorSession(ta.load_catalogue(), ta.load_household(FAMILY), FAMILY)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings, open_editor)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.session, "dirty", False))
    window.show()
    return window


def test_main_window_in_german_has_no_english_message_left(german_window, qtbot):
    window = german_window
    with qtbot.waitSignal(window.session.explanationReady, timeout=WAIT):
        window.session.optimise()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=WAIT)
    for tab in range(window.charts.tabs.count()):  # every chart drawn, as a user paging through them sees it
        window.charts.tabs.setCurrentIndex(tab)
    window.charts.tabs.setCurrentIndex(0)
    assert "Optimieren" in window.optimise_button.text()
    assert [window.menuBar().actions()[i].text() for i in range(2)] == ["&Datei", "&Bearbeiten"]
    _looked_at(window, SHOTS / "app-german.png")
    assert _english_left(window) == []
    assert _english_domain_left(window) == []
    # the domain's sentences the window shows, in German: the catalogue's age, the status, the questionnaire
    assert "Preise geprüft am" in window.release_banner.text()
    assert "nachweislich optimal" in window.result.text()
    assert window.needs_panel.model.questions[0].text == "Telefonate (keine App-Anrufe)"


def test_editor_in_german_has_no_english_message_left(german, qtbot, tmp_path):
    from tariff_advisor_ui.app import open_editor

    folder = tmp_path / "catalogue"
    shutil.copytree(shipped_catalogue_dir(), folder)
    editor = open_editor(folder, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(editor)
    editor.show()
    editor.views["tariffs"].selectRow(0)
    assert "Tarife" in [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    _looked_at(editor, SHOTS / "editor-german.png")
    assert _english_left(editor) == []


def test_amounts_numbers_and_dates_are_german(german_window):
    window = german_window
    bill = window.session.bill
    assert i18n.money(bill.total, bill.currency) in window.configurator.total.text()  # 1.234,56 €
    assert "," in i18n.money(bill.total, bill.currency) and "€" in window.configurator.total.text()
    data = window.usage_editor.spins["data_gb"]
    assert isinstance(data, QDoubleSpinBox) and data.locale().decimalPoint() == ","
    data.setValue(2.5)
    assert "2,5" in data.text()
    header = window.members_model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Name"
    start = window.constraints.start
    start.setDate(dt.date(2026, 11, 25))
    assert start.text() == "25.11.2026"


def test_german_number_boxes_take_a_comma(german_window, qtbot):
    spin = german_window.usage_editor.spins["data_gb"]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "3,5")
    spin.interpretText()
    assert spin.value() == pytest.approx(3.5)


# -- choosing the language -----------------------------------------------------------------------------------
def test_view_language_keeps_the_choice_for_the_next_start(window):
    from tariff_advisor_ui import settings as keys
    from tariff_advisor_ui.language import chosen_language

    action = window.findChild(QAction, "language:de")
    assert action is not None and action.text() == "Deutsch"
    action.trigger()
    assert window.settings.value(keys.LANGUAGE) == "de"
    assert chosen_language(window.settings) == "de"
    assert chosen_language(window.settings, "en") == "en"  # --language wins for one start
    assert "Deutsch" in window.statusBar().currentMessage()


def test_language_follows_the_system_when_none_is_chosen(tmp_path, monkeypatch):
    from tariff_advisor_ui.language import chosen_language

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert chosen_language(settings) == "de"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert chosen_language(settings) == "en"


def test_gui_takes_a_language():
    from click.testing import CliRunner

    from tariff_advisor_ui.cli import gui

    result = CliRunner().invoke(gui, ["--language", "xx"])
    assert result.exit_code != 0 and "--language" in result.output
    assert "--language" in CliRunner().invoke(gui, ["--help"]).output


def test_qts_own_dialog_buttons_speak_german_too(german):
    """qtbase_de.qm: the OK, Cancel, Save and Discard of standard dialogs (the unsaved-changes question)."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QCoreApplication.translate("ConfiguratorWidget", "Show bill lines") == "Rechnungsposten zeigen"
