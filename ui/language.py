"""The app's language: Qt's translators for our messages (translations/tariff_advisor_<lang>.qm) and for Qt's own
dialogs (qtbase_<lang>.qm), QLocale's default, and the domain's language (tariff_advisor.i18n), all set together.

The language is the one chosen in View -> Language (kept in the settings), else the system's; `--language` on the
command line overrides both for one start. A change in the menu applies at the next start: every window's texts
are set when it is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from tariff_advisor import i18n

from . import settings as keys

TRANSLATIONS_DIR: Final = Path(__file__).parent / "translations"
CATALOGUE: Final = "tariff_advisor"  # translations/tariff_advisor_de.qm

_installed: list[QTranslator] = []  # kept alive: Qt holds no reference of its own


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` where it is shown (module-level tables); returns it unchanged.

    PySide6's own QT_TRANSLATE_NOOP is typed to return `object`; this one keeps the table's strings `str`."""
    return text


def qm_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"{CATALOGUE}_{language}.qm"


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    """`override` (the command line's --language), else the one chosen in the settings, else the system's."""
    for candidate in (override, str(settings.value(keys.LANGUAGE, "") or "")):
        if candidate in i18n.LANGUAGES:
            return candidate
    return i18n.system_language()


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def apply_language(app: QCoreApplication, language: str) -> str:
    """Speak `language` from now on (windows built afterwards): our translator, Qt's, QLocale, the domain's.

    Returns the language in use (English for one we have no translation of)."""
    language = i18n.set_language(language if language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    remove_translators(app)
    QLocale.setDefault(QLocale(str(i18n.current_locale())))  # number boxes, dates: 1.234,5 in German
    if language == i18n.DEFAULT_LANGUAGE:
        return language  # the source texts are English
    ours = QTranslator(app)
    if ours.load(str(qm_file(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)  # OK, Cancel, Save, Discard... in Qt's standard dialogs
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def install_language_menu(window: QMainWindow, settings: QSettings) -> QMenu:
    """View -> Language: English, Deutsch (each in its own language); the choice is kept and applies at the
    next start (a status message says so, in the language chosen)."""
    view = next(
        (a.menu() for a in window.menuBar().actions() if a.objectName() == "view_menu" and isinstance(a.menu(), QMenu)),
        None,
    )
    if not isinstance(view, QMenu):
        view = QMenu(QCoreApplication.translate("language", "&View"), window)
        view.menuAction().setObjectName("view_menu")
        helps = {"Help", QCoreApplication.translate("help_menu", "Help")}  # View goes before Help, as usual
        help_menu = next((a for a in window.menuBar().actions() if a.text().replace("&", "") in helps), None)
        if help_menu is None:
            window.menuBar().addMenu(view)
        else:
            window.menuBar().insertMenu(help_menu, view)
    menu = view.addMenu(QCoreApplication.translate("language", "&Language"))
    menu.menuAction().setObjectName("language_menu")
    group = QActionGroup(menu)
    current = i18n.language()
    for code, name in i18n.LANGUAGES.items():
        action = QAction(name, menu)
        action.setObjectName(f"language:{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _on=False, chosen=code: _choose(window, settings, chosen))
        group.addAction(action)
        menu.addAction(action)
    return menu


# Said in the language just chosen, which the app does not speak yet.
NEXT_START: Final[dict[str, str]] = {
    "en": "English from the next start of Tariff Advisor.",
    "de": "Deutsch ab dem nächsten Start von Tariff Advisor.",
}


def _choose(window: QMainWindow, settings: QSettings, language: str) -> None:
    settings.setValue(keys.LANGUAGE, language)
    window.statusBar().showMessage(NEXT_START[language], 15_000)
