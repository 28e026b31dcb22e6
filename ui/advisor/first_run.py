"""The first-run page: four ways in for someone who has never used the advisor, shown over the main window when
the app starts with no household given, until one of them has been chosen (Help -> Show the first-run guide
shows it again).

Each way in is a big button with a line saying what follows, reached with Tab and pressed with Enter or Space:
- I know my usage: an empty household ("My household") with one member ("Me"), the cursor in the typical
  month's first box;
- Help me estimate: the same household, the needs questionnaire open at its first question;
- Import my bills or phone log: the same household, the usage import dialog open;
- Open the example family: the shipped example household, to look around.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMenu, QVBoxLayout

from tariff_advisor.io.resources import example_family_path

from .. import settings as keys
from ..accessibility import name_controls

if TYPE_CHECKING:
    from .import_usage_dialog import ImportUsageDialog
    from .main_window import MainWindow


def first_run_done(settings: QSettings) -> bool:
    return str(settings.value(keys.FIRST_RUN_DONE, "false")).lower() in ("true", "1")


class FirstRunPage(QDialog):
    """Where to start: one button for each way in; choosing one marks the first run done."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Welcome to Tariff Advisor"))
        self.import_dialog: ImportUsageDialog | None = None  # opened by "Import my bills or phone log"
        title = QLabel(self.tr("Welcome to Tariff Advisor"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Tariff Advisor finds the mobile tariffs that make your whole household's cost as low as it can be, "
                "and proves that no other choice is cheaper. Everything stays on this computer. How would you "
                "like to start?"
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.ways: dict[str, QCommandLinkButton] = {}
        for key, text, description, start in (
            (
                "know_usage",
                self.tr("I know my usage"),
                self.tr("Type in a typical month: call minutes, messages and mobile data (your bill shows them)."),
                self.know_usage,
            ),
            (
                "estimate",
                self.tr("Help me estimate"),
                self.tr("Answer a few questions (calls a day, hours of video, travel) and get a typical month."),
                self.estimate,
            ),
            (
                "import",
                self.tr("Import my bills or phone log"),
                self.tr("Read your usage from your provider's bills or a call log (CSV or spreadsheet files)."),
                self.import_records,
            ),
            (
                "example",
                self.tr("Open the example family"),
                self.tr("A family of four with a year of usage: look around and press Optimise."),
                self.example,
            ),
        ):
            button = QCommandLinkButton(text, description)
            button.setObjectName(f"first_run_{key}")
            button.setAccessibleDescription(description)  # what a screen reader says after the button's name
            button.setAutoDefault(True)  # Enter presses the button that has the focus
            button.clicked.connect(self._chosen(start))
            layout.addWidget(button)
            self.ways[key] = button
        note = QLabel(self.tr("Help → Show the first-run guide brings this page back."))
        note.setWordWrap(True)
        later = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        later.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(later)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.ways["know_usage"].setDefault(True)
        self.ways["know_usage"].setFocus(Qt.FocusReason.OtherFocusReason)
        name_controls(self)
        width = self.fontMetrics().averageCharWidth() * 70  # a readable line, at any font size or scaling
        self.resize(width, self.sizeHint().height())

    def _chosen(self, start: Callable[[], None]) -> Callable[[], None]:
        def chosen() -> None:
            self.window_.settings.setValue(keys.FIRST_RUN_DONE, True)
            self.accept()
            self.window_.activateWindow()  # the keys go to the window again, where the cursor waits
            start()

        return chosen

    # -- the ways in ------------------------------------------------------------------
    def _empty_household(self) -> bool:
        """An empty household with one member (False: the user kept the unsaved household there was)."""
        window = self.window_
        if not window._may_discard():
            return False
        window.new_customer()
        # a family at home, not a customer in a shop: the shop's names ("New customer") are File -> New customer's
        household = window.session.household
        me = replace(household.members[0], name=self.tr("Me"))
        window.session.set_household(replace(household, name=self.tr("My household"), members=(me,)), None)
        return True

    def know_usage(self) -> None:
        window = self.window_
        if self._empty_household():
            window.usage_tabs.setCurrentWidget(window.usage_editor)
            next(iter(window.usage_editor.spins.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def estimate(self) -> None:
        window = self.window_
        if self._empty_household():
            window.usage_tabs.setCurrentWidget(window.needs_panel)
            next(iter(window.needs_panel.answers.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def import_records(self) -> None:
        from .import_usage_dialog import ImportUsageDialog

        if self._empty_household():
            self.import_dialog = ImportUsageDialog(self.window_.session, self.window_)
            self.import_dialog.open()

    def example(self) -> None:
        window = self.window_
        if window._may_discard():
            window.open_path(example_family_path())


def show_first_run(window: MainWindow) -> FirstRunPage:
    """The first-run page over the window (window-modal, so the app's event loop runs on); one at a time."""
    page = window.findChild(FirstRunPage)
    if page is None:
        page = FirstRunPage(window)
        page.finished.connect(page.deleteLater)
    page.open()
    page.raise_()
    page.activateWindow()
    return page


def greet(window: MainWindow) -> FirstRunPage | None:
    """At start with no household given: the first-run page, unless a way in was chosen on an earlier run."""
    return None if first_run_done(window.settings) else show_first_run(window)


def add_first_run_guide(window: MainWindow) -> QAction:
    """Help -> Show the first-run guide, after the user guide and How we rank."""
    action = QAction(QCoreApplication.translate("FirstRunPage", "Show the &first-run guide"), window)
    action.setObjectName("first_run_action")
    action.setToolTip(
        QCoreApplication.translate(
            "FirstRunPage", "The four ways to start: your usage, an estimate, your bills, or the example family"
        )
    )
    action.triggered.connect(lambda: show_first_run(window))
    menus = [m for m in (a.menu() for a in window.menuBar().actions()) if isinstance(m, QMenu)]
    # the menu that holds Help -> User guide (install_help puts it there first), whatever its title's language
    menu = next((m for m in menus if any(a.objectName() == "user_guide_action" for a in m.actions())), None)
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("FirstRunPage", "&Help"))
    separator = next((a for a in menu.actions() if a.isSeparator()), None)
    if separator is None:
        menu.addAction(action)
    else:
        menu.insertAction(separator, action)
    return action
