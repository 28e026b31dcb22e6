"""Catalogue releases in the app: the banner with the release and the age of its prices, Catalogue -> Install,
and picking up a newer release from a shop's folder at start. The checks are the domain's (tariff_advisor.release).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

import tariff_advisor as ta
from tariff_advisor.catalogue.model import STALE_AFTER_DAYS, freshness_sentence, prices_are_stale
from tariff_advisor.optimiser.constraints import parse_constraints
from tariff_advisor.release import ReleaseError, install
from tariff_advisor.report.coverage import coverage_sentence, exclusion_sentence

from . import settings as keys
from .advisor.session import AdvisorSession
from .colours import note_style, on_palette_change, warning_style


def stale_after_days(settings: QSettings) -> int:
    value = settings.value(keys.STALE_AFTER_DAYS, STALE_AFTER_DAYS)
    try:
        return max(1, int(str(value)))
    except ValueError:
        return STALE_AFTER_DAYS


class ReleaseBanner(QLabel):
    """Which catalogue release the advice uses, its date and the oldest checked price; a warning when stale."""

    def __init__(self, session: AdvisorSession, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("release_banner")
        self.setWordWrap(True)
        self._session, self._settings = session, settings
        session.householdChanged.connect(self.refresh)  # a new catalogue comes with a re-priced household
        on_palette_change(self, self._style)  # dark mode on or off
        self.refresh()

    def refresh(self, *_args: object) -> None:
        catalogue, days = self._session.catalogue, stale_after_days(self._settings)
        today = dt.date.today()
        self.stale = prices_are_stale(catalogue.checked, today, days)
        self.setText(freshness_sentence(catalogue.release, catalogue.checked, today, days))
        self._style()

    def _style(self) -> None:
        self.setStyleSheet(warning_style() if self.stale else note_style())


class CoverageLine(QLabel):
    """Before the results: which providers the catalogue includes, the editors' coverage statement, and which
    providers the customer's constraints or the shop's range keep out (the same words as the PDF)."""

    def __init__(self, session: AdvisorSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coverage_line")
        self.setTextFormat(Qt.TextFormat.PlainText)  # names and the statement come from files: shown, never parsed
        self.setWordWrap(True)
        self.setStyleSheet(note_style())
        on_palette_change(self, lambda: self.setStyleSheet(note_style()))
        self._session = session
        session.householdChanged.connect(self.refresh)
        session.choicesChanged.connect(self.refresh)  # excluded providers and the shop range are constraints
        self.refresh()

    def refresh(self, *_args: object) -> None:
        session = self._session
        said = coverage_sentence(session.catalogue)
        try:
            constraints = parse_constraints(session.lock_constraints(), session.household, session.catalogue)
        except ta.TariffAdvisorError:  # constraints the optimiser will refuse with its own message
            constraints = None
        excluded = exclusion_sentence(constraints, session.catalogue) if constraints is not None else ""
        self.setText(f"{said} {excluded}".strip())


def warn(parent: QWidget | None, text: str, detail: str) -> None:
    """A refused release: what happened in a line, the file and what to do below it."""
    box = QMessageBox(QMessageBox.Icon.Warning, keys.APPLICATION, text, parent=parent)
    box.setInformativeText(detail)
    box.exec()


def install_release_dialog(window: QMainWindow, session: AdvisorSession) -> None:
    """Catalogue -> Install: choose a release file, check it, install and use it; a refusal changes nothing."""
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("releases", "Install a catalogue release"),
        "",
        QCoreApplication.translate("releases", "Catalogue releases (*.zip)"),
    )
    if not path:
        return
    try:
        result = install(Path(path))
        session.set_catalogue(ta.load_catalogue())
    except ta.TariffAdvisorError as exc:  # a refused release, or one that does not load
        warn(window, QCoreApplication.translate("releases", "The catalogue release was not installed."), str(exc))
        return
    assert result is not None  # only_if_newer is off
    window.statusBar().showMessage(
        QCoreApplication.translate("releases", "Catalogue release {version} installed and in use").format(
            version=result.release.version
        ),
        15000,
    )


def pick_up_from_shop_folder(folder: Path) -> str | None:
    """At start: install a newer release from the shop's folder. The status message, or None if nothing new;
    a refused release is shown in a dialog that says the catalogue in use stays."""
    try:
        result = install(folder, only_if_newer=True)
    except ReleaseError as exc:
        warn(
            None,
            QCoreApplication.translate(
                "releases", "A catalogue release in the shop folder {folder} was refused."
            ).format(folder=folder),
            str(exc),
        )
        return None
    if result is None:
        return None
    if result.refused:
        warn(
            None,
            QCoreApplication.translate("releases", "Some files in the shop folder {folder} were refused.").format(
                folder=folder
            ),
            "\n".join(result.refused),
        )
    return QCoreApplication.translate(
        "releases", "Installed catalogue release {version} from the shop folder {folder}"
    ).format(version=result.release.version, folder=folder)
