"""The main window: the customer, members, the configurator with locks, constraints, and the charts.

Made for the keyboard as much as the mouse (a shop serves a customer in under a minute): Tab goes customer
name -> members (name, age, student, today's plan) -> usage -> Apply (Enter) -> Optimise -> Print -> Export,
and every step has a shortcut.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSettings, QSize, Qt, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

import tariff_advisor as ta
from tariff_advisor.errors import SaveError, TariffAdvisorError
from tariff_advisor.i18n import money

from .. import settings as keys
from ..accessibility import name_controls
from ..colours import problem_span
from ..form_helpers import file_name_from, may_discard, one_tab_stop, select_numbers_on_focus
from ..language import install_language_menu
from ..releases import CoverageLine, ReleaseBanner, install_release_dialog
from ..tasks import log_file
from .charts_panel import ChartsPanel
from .configurator import ConfiguratorWidget
from .constraints_panel import ConstraintsPanel
from .first_run import add_first_run_guide
from .help_menu import install_help
from .history_editor import HistoryEditor
from .household_panel import HouseholdPanel
from .member_details import MemberDetails
from .members_model import COLUMNS as MEMBER_COLUMNS
from .members_model import MembersModel, MembersView
from .needs_panel import NeedsPanel
from .result_status import mark_stale_results, no_comparison_text
from .session import AdvisorSession
from .undo import install_edit_menu
from .usage_editor import UsageEditor

if TYPE_CHECKING:
    from tariff_advisor.optimiser.explain import Explanation
    from tariff_advisor.optimiser.recommendation import Recommendation


class CatalogueEditor(Protocol):
    """The catalogue editor's window, as much of it as the advisor uses."""

    @property
    def saved(self) -> SignalInstance: ...  # files were written

    def setAttribute(self, attribute: Qt.WidgetAttribute, /, on: bool = ...) -> None: ...

    def show(self) -> None: ...


# The catalogue editor is a separate application: the app hands the advisor a way to open it
# (ui.app.open_editor), so the advisor never imports the editor's package.
EditorOpener = Callable[[Path, QSettings], CatalogueEditor]

PREFERRED_SIZE = QSize(1280, 800)
# Room for the window frame and title bar, which the available screen geometry must hold as well.
FRAME_ALLOWANCE = QSize(16, 40)
CENTRE_SHARE = 0.72  # of the width, at first; the user's own split is remembered


ROWS_SHOWN = 4  # members the members and plans tables show whole, before the charts (a family of four)
CHARTS_LEAST_HEIGHT = 120  # the charts' tabs and a plot still to be read on a laptop, below both tables


class RowsShown(QObject):
    """Keeps a table of members at least as tall as its rows (up to `most`), now and whenever members come or go:
    the charts below yield first, and a family is seen at once rather than two and a half of its members."""

    def __init__(self, view: QTableView, most: int = ROWS_SHOWN) -> None:
        super().__init__(view)  # a child of the table: gone with it, its connections with it
        self.view, self.most = view, most
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.fit)
        view.horizontalScrollBar().rangeChanged.connect(self.fit)  # columns wider than the window: a bar below
        self.fit()

    def fit(self, *_args: object) -> None:
        view = self.view
        if not isValid(view):  # a model emptied as its table is deleted
            return
        rows = min(view.model().rowCount(), self.most)
        row = max([view.verticalHeader().defaultSectionSize(), *(view.sizeHintForRow(r) for r in range(rows))])
        bar = view.horizontalScrollBar()
        scrolls = bar.sizeHint().height() if bar.maximum() > 0 else 0  # the bar must not cover the last row
        view.setMinimumHeight(
            view.horizontalHeader().sizeHint().height() + rows * row + 2 * view.frameWidth() + scrolls
        )


class MainWindow(QMainWindow):
    def __init__(
        self, session: AdvisorSession, settings: QSettings | None = None, open_editor: EditorOpener | None = None
    ):
        super().__init__()
        self.session = session
        self.selected_member: str | None = None
        self._open_editor = open_editor
        self.settings = settings or QSettings(keys.ORGANISATION, keys.APPLICATION)
        self.household_panel = HouseholdPanel(session)
        self.members_model = MembersModel(session, self)
        members = MembersView()
        members.setObjectName("members")
        members.setModel(self.members_model)
        # numbers as wide as they are, the text of today's plan takes the rest (not the last number column)
        header = members.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        plan = next(i for i, column in enumerate(MEMBER_COLUMNS) if column.key == "current_plan")
        header.setSectionResizeMode(plan, QHeaderView.ResizeMode.Stretch)
        members.verticalHeader().setVisible(False)
        self.members_view = members
        self.configurator = ConfiguratorWidget(session)
        self.constraints = ConstraintsPanel(session, self.settings)
        self.charts = ChartsPanel(session)
        self.usage_editor = UsageEditor(session)
        self.history_editor = HistoryEditor(session)
        self.needs_panel = NeedsPanel(session)
        self.member_details = MemberDetails(session)
        self.usage_tabs = QTabWidget()
        self.usage_tabs.setObjectName("usage_tabs")
        self.usage_tabs.addTab(self.usage_editor, self.tr("Typical month"))
        self.usage_tabs.addTab(self.history_editor, self.tr("12 months"))
        self.usage_tabs.addTab(self.needs_panel, self.tr("Needs"))
        self.usage_tabs.addTab(self.member_details, self.tr("Contract, phone, travel"))
        self.usage_tabs.addTab(self.constraints, self.tr("Constraints"))
        members.selectionModel().currentRowChanged.connect(self._member_selected)
        session.householdChanged.connect(self._reselect)
        self.optimise_button = QPushButton(self.tr("Optimise  (Ctrl+R)"))
        self.optimise_button.setObjectName("optimise")
        self.optimise_button.clicked.connect(session.optimise)
        self.print_button = QPushButton(self.tr("Print..."))
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(self.tr("Print the advice (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_advice)
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("Export the advice as PDF, CSV or JSON (Ctrl+Shift+E)"))
        self.export_button.clicked.connect(self.export_advice)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy.setVisible(False)
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing it while optimising moves nothing (the splitter stays)
        self.busy.setSizePolicy(policy)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        # a long total (the phones wished, slowdowns) wraps rather than widening the window past a laptop's screen
        self.configurator.total.setWordWrap(True)
        self._build_layout()
        self._build_menus()
        install_edit_menu(self, session.undo_stack)
        install_help(self)
        add_first_run_guide(self)
        install_language_menu(self, self.settings)
        self._set_tab_order()
        select_numbers_on_focus(self)
        name_controls(self)  # after the tooltips: what a screen reader says for each control
        session.busyChanged.connect(self._busy)
        session.errorOccurred.connect(self._error)
        session.recommendationReady.connect(self._recommended)
        session.explanationReady.connect(self._explained)
        session.householdChanged.connect(self._title)
        mark_stale_results(self.result, session)  # after the slots above: it keeps the text they write
        self._title()
        self._fit_to_screen()
        self._reselect()  # the first member, so the usage panel shows someone's usage from the start

    def _build_layout(self) -> None:
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setSpacing(4)  # tight: on a 1366x768 laptop the rows of both tables and the charts all fit
        column.setContentsMargins(6, 4, 6, 4)
        self.release_banner = ReleaseBanner(self.session, self.settings)  # release, date, age of the prices
        column.addWidget(self.release_banner)
        self.coverage_line = CoverageLine(self.session)  # which providers are compared, before any result
        column.addWidget(self.coverage_line)
        column.addWidget(self.household_panel)
        column.addWidget(
            QLabel(
                self.tr(
                    "<b>Members</b> (type in a cell, or double-click: name, age and today's plan, a tariff or a "
                    "monthly "
                    "fee; Space ticks student)"
                )
            )
        )
        # Both tables ask for the height of all their rows, and get it before the charts get the rest: a family's
        # members seen at once on a laptop, not two and a half of them; a smaller window still shrinks them.
        for table in (self.members_view, self.configurator.table):
            table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        RowsShown(self.members_view)
        RowsShown(self.configurator.table)
        if (plans := self.configurator.layout()) is not None:
            plans.setContentsMargins(0, 0, 0, 0)  # the column's margins are enough
        column.addWidget(self.members_view)
        column.addWidget(QLabel(self.tr("<b>Plans</b>: choose freely, lock what must stay, then optimise the rest")))
        column.addWidget(self.configurator)
        actions = QHBoxLayout()
        actions.addWidget(self.optimise_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.busy)
        actions.addWidget(self.result, 1)
        column.addLayout(actions)
        # the charts take the height the tables leave (their own wish for more would squeeze the members' rows)
        self.charts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.charts.setMinimumHeight(CHARTS_LEAST_HEIGHT)
        column.addWidget(self.charts, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(centre)
        side = QWidget()
        side_column = QVBoxLayout(side)
        self.usage_title = QLabel(self.tr("<b>Usage</b>"))
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.usage_title)
        side_column.addWidget(self.usage_tabs, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(
            self.tr("{tariffs} tariffs from {providers} providers").format(
                tariffs=len(self.session.catalogue.tariffs), providers=len(self.session.catalogue.providers)
            )
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, shortcut, slot in (
            (self.tr("&Open household..."), QKeySequence.StandardKey.Open, self.open_file),
            (self.tr("&Save"), QKeySequence.StandardKey.Save, self.save),
            (self.tr("Save &as..."), QKeySequence.StandardKey.SaveAs, self.save_as),
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._fill_recent()
        file_menu.addSeparator()
        for label, key, command in (
            (self.tr("&Import usage from records..."), None, self.import_usage),
            (self.tr("&Print advice..."), QKeySequence(QKeySequence.StandardKey.Print), self.print_advice),
            # not Ctrl+E: on Linux desktops a text box takes it (end of line) before any menu does
            (self.tr("&Export advice (PDF, CSV, JSON)..."), QKeySequence("Ctrl+Shift+E"), self.export_advice),
            # the contract timeline's dates for the family's calendar app
            (self.tr("Export &calendar (.ics)..."), QKeySequence("Ctrl+Shift+C"), self.export_calendar),
        ):
            action = QAction(label, self)
            if key is not None:
                action.setShortcut(key)
            action.triggered.connect(command)
            file_menu.addAction(action)
        optimise = QAction(self.tr("&Optimise"), self)
        optimise.setShortcut(QKeySequence("Ctrl+R"))
        optimise.triggered.connect(self.session.optimise)
        self.menuBar().addMenu(self.tr("&Plan")).addAction(optimise)
        catalogue_menu = self.menuBar().addMenu(self.tr("&Catalogue"))
        edit_catalogue = QAction(self.tr("&Edit catalogue..."), self)
        edit_catalogue.triggered.connect(self.edit_catalogue)
        edit_catalogue.setEnabled(self._open_editor is not None)
        catalogue_menu.addAction(edit_catalogue)
        install_release = QAction(self.tr("&Install release..."), self)
        install_release.triggered.connect(lambda: install_release_dialog(self, self.session))
        catalogue_menu.addAction(install_release)
        household_menu = self.menuBar().addMenu(self.tr("H&ousehold"))  # Alt+H is Help
        household_menu.setToolTipsVisible(True)
        for text, keys_pressed, slot, tip in (
            (
                self.tr("&New customer"),
                QKeySequence(QKeySequence.StandardKey.New),
                self.new_customer,
                self.tr(
                    "An empty household: budget, required features, locks and choices reset; the shop range is kept"
                ),
            ),
            (
                self.tr("&Add member"),
                QKeySequence("Ctrl+M"),
                self.add_member,
                self.tr("A member with no usage yet, ready to type"),
            ),
            (
                self.tr("Contract, phone and &travel"),
                QKeySequence("Ctrl+D"),
                self.show_member_details,
                self.tr("The selected member's contract end, notice, exit fee, the phone wanted and travel"),
            ),
            (
                self.tr("&Remove member"),
                QKeySequence("Ctrl+Shift+M"),
                self.remove_member,
                self.tr("The selected member goes"),
            ),
        ):
            action = QAction(text, self)
            action.setShortcut(keys_pressed)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            household_menu.addAction(action)
        about = QAction(self.tr("&About Tariff Advisor"), self)
        about.setObjectName("about")
        about.triggered.connect(self.about)
        self.menuBar().addMenu(self.tr("&Help")).addAction(about)

    def _set_tab_order(self) -> None:
        """The order a shop fills in a customer; the Plans table is one stop (Ctrl+Tab moves inside it)."""
        panel = self.household_panel
        chain = [
            panel.name,
            panel.horizon,
            panel.growth,
            panel.broadband,
            self.members_view,
            *self.usage_editor.spins.values(),
            self.usage_editor.apply_button,
            self.optimise_button,
            self.print_button,
            self.export_button,
            self.configurator.table,
            self.charts.tabs,
            self.usage_tabs,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        one_tab_stop(self.configurator.table)

    def _fit_to_screen(self) -> None:
        """The size last used, else the preferred size as far as the screen (less the taskbar) holds it."""
        available = self.screen().availableGeometry()
        self.resize(PREFERRED_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE))
        self.move(available.center() - self.rect().center())
        width = self.width()
        self.splitter.setSizes([round(width * CENTRE_SHARE), width - round(width * CENTRE_SHARE)])
        geometry = self.settings.value(keys.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)  # Qt moves it onto a screen there is, should that one be gone
        splitter = self.settings.value(keys.WINDOW_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    # -- household -----------------------------------------------------------------
    def _member_selected(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex | None = None
    ) -> None:
        names = self.session.household.member_names
        name = names[current.row()] if current.isValid() and current.row() < len(names) else None
        self.selected_member = name
        for panel in (self.usage_editor, self.history_editor, self.needs_panel, self.member_details):
            panel.show_member(name)
        self.usage_title.setText(
            self.tr("Selected member: <b>{name}</b>").format(name=name) if name else self.tr("<b>Usage</b>")
        )
        self.charts.show_member(name)

    def show_member_details(self) -> None:
        self.usage_tabs.setCurrentWidget(self.member_details)
        self.member_details.focus_first()

    def _reselect(self) -> None:
        """After the household changed, select the same member again: by name, else (just renamed) the same
        row, else the first; the cell stays where it was, so Tab goes on from the cell just edited."""
        names, current = self.session.household.member_names, self.members_view.currentIndex()
        if self.selected_member in names:
            row = names.index(self.selected_member)
        else:
            row = current.row() if current.isValid() and current.row() < len(names) else 0
        index = self.members_model.index(row, current.column() if current.isValid() else 0)
        if index != current:
            self.members_view.setCurrentIndex(index)
        self._member_selected(index)

    def new_customer(self) -> None:
        """The next customer: everything of the one before goes (household, budget, required features, locks,
        choices, the advice shown) except the shop range, which is the shop's. The cursor waits in the name."""
        if not self._may_discard():
            return
        self.session.new_customer()
        self.constraints.reset()
        self.needs_panel.reset_assumptions()
        self.result.clear()
        self.usage_tabs.setCurrentWidget(self.usage_editor)
        self.household_panel.edit_name()

    def add_member(self) -> None:
        """A new member, selected, with the cursor on their name: typing names them."""
        name = self.session.add_member()
        row = self.session.household.member_names.index(name)
        self.members_view.setCurrentIndex(self.members_model.cell(row, "name"))
        self.usage_tabs.setCurrentWidget(self.usage_editor)
        self.members_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def remove_member(self) -> None:
        row = self.members_view.currentIndex().row()
        names = self.session.household.member_names
        if 0 <= row < len(names) and not self.session.remove_member(names[row]):
            self._error(self.tr("a household keeps at least one member"))

    # -- files ---------------------------------------------------------------------
    def _title(self) -> None:
        name = self.session.path.name if self.session.path else self.tr("unsaved")
        self.setWindowTitle(
            self.tr("Tariff Advisor: {household} ({file})").format(household=self.session.household.name, file=name)
        )

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in (self.settings.value(keys.RECENT_FILES) or []) if p != str(path)]
        self.settings.setValue(keys.RECENT_FILES, recent[: keys.MAX_RECENT])
        self.settings.setValue(keys.LAST_FOLDER, str(Path(path).parent))
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.value(keys.RECENT_FILES) or []:
            self.recent_menu.addAction(path, partial(self.open_path, Path(path)))

    def _may_discard(self) -> bool:
        return may_discard(self, self.session.dirty, self.tr("Save the changes to this household first?"), self.save)

    def open_file(self) -> None:
        if not self._may_discard():
            return
        folder = self.settings.value(keys.LAST_FOLDER) or ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open household"), folder, self.tr("Households (*.yaml *.yml)")
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        try:
            household = ta.load_household(path)
        except TariffAdvisorError as exc:
            self._error(str(exc))
            return False
        self.session.set_household(household, path)
        self._remember(path)
        return True

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._write(self.session.path)

    def save_as(self) -> bool:
        folder = self.settings.value(keys.LAST_FOLDER) or ""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save household"), folder, self.tr("Households (*.yaml)"))
        return bool(path) and self._write(Path(path))

    def _write(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except SaveError as exc:  # its message says why and what to do (the folder named where it matters)
            self._error(self.tr("could not save {name}: {reason}").format(name=path.name, reason=exc.message))
            return False
        except OSError as exc:
            self._error(self.tr("could not save {path}: {exc}").format(path=path, exc=exc))
            return False
        self._remember(path)
        self._title()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        self.settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.WINDOW_SPLITTER, self.splitter.saveState())
        self.session.cancel()  # a running explanation stops at its next solve instead of delaying the exit
        event.accept()

    def about(self) -> None:
        """The version, and where the log is: what a bug report needs."""
        path = log_file()
        QMessageBox.about(
            self,
            self.tr("About Tariff Advisor"),
            self.tr(
                "<b>Tariff Advisor</b> {version}<br>The cheapest mobile tariffs for a whole household.<br><br>"
                "Log file: {log}"
            ).format(
                version=ta.__version__,
                log=html.escape(str(path)) if path else self.tr("none (logging is not set up)"),
            ),
        )

    def import_usage(self) -> None:
        from .import_usage_dialog import ImportUsageDialog

        ImportUsageDialog(self.session, self).exec()

    def export_advice(self) -> None:
        if not self._can_export():
            return
        folder = self.settings.value(keys.LAST_FOLDER) or ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export advice"),
            str(Path(folder) / self.suggested_file_name()),
            self.tr("PDF (*.pdf);;Bill lines (*.csv);;Everything (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def suggested_file_name(self) -> str:
        """The customer's name and today's date, as a file name: `Weber 2026-11-25.pdf`."""
        return f"{file_name_from(self.session.household.name)} {dt.date.today().isoformat()}.pdf"

    def print_advice(self) -> None:
        """The advice through the system's print dialog (a printer, or a PDF file)."""
        if self._advice() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Tariff advice for {name}").format(name=self.session.household.name))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print advice"))
        if dialog.exec():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        from .printout import advice_html

        advice = self._advice()
        if advice is None:
            return False
        document = QTextDocument()
        document.setHtml(advice_html(*advice))
        document.print_(printer)
        self.statusBar().showMessage(self.tr("Advice for {name} printed").format(name=self.session.household.name))
        return True

    def _can_export(self) -> bool:
        return self._advice() is not None

    def _advice(self) -> tuple[Recommendation, Explanation] | None:
        """The recommendation and why, if both are there to export; else says so."""
        recommendation, explanation = self.session.recommendation, self.charts.explanation
        stale = self.session.stale_reason()
        if stale is not None and not self.session.busy:  # never print advice for another household than this
            self._error(
                self.tr("the result is out of date ({stale}): optimise again (Ctrl+R), then print or export").format(
                    stale=stale
                )
            )
            return None
        if recommendation is None or explanation is None:
            self._error(
                self.tr("the advice is still being worked out: a moment, please")  # Ctrl+R, then at once Ctrl+P
                if self.session.busy
                else self.tr("optimise first: the advice is the recommendation and why")
            )
            return None
        return recommendation, explanation

    def export_to(self, path: Path) -> bool:
        from tariff_advisor.report.advice import export

        advice = self._advice()
        if advice is None:
            return False
        try:
            export(*advice, path)
        except (OSError, ValueError) as exc:
            self._error(self.tr("could not export {name}: {exc}").format(name=path.name, exc=exc))
            return False
        self.statusBar().showMessage(self.tr("Advice written to {path}").format(path=path))
        return True

    def export_calendar(self) -> None:
        """The result's cancellation deadlines and switch dates as a calendar file (.ics) for a calendar app."""
        if self._calendar_result() is None:
            return
        folder = self.settings.value(keys.LAST_FOLDER) or ""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            str(Path(folder) / Path(self.suggested_file_name()).with_suffix(".ics")),
            self.tr("Calendar (*.ics)"),
        )
        if path:
            target = Path(path)
            if not target.suffix and not target.is_dir():  # a name typed without its ending
                target = target.with_suffix(".ics")
            self.export_calendar_to(target)

    def _calendar_result(self) -> Recommendation | None:
        """The recommendation whose dates go in the calendar, if it answers what is on screen; else says so."""
        stale = self.session.stale_reason()
        if stale is not None and not self.session.busy:
            self._error(
                self.tr(
                    "the result is out of date ({stale}): optimise again (Ctrl+R), then export the calendar"
                ).format(stale=stale)
            )
            return None
        rec = self.session.current_recommendation()
        if rec is None or rec.plans is None:
            self._error(
                self.tr("the advice is still being worked out: a moment, please")
                if self.session.busy
                else self.tr("optimise first: the calendar holds the recommendation's dates")
            )
            return None
        return rec

    def export_calendar_to(self, path: Path) -> bool:
        from tariff_advisor.report.calendar import write_calendar
        from tariff_advisor.report.timeline import recommendation_timeline

        rec = self._calendar_result()
        if rec is None:
            return False
        try:
            write_calendar(rec.household, recommendation_timeline(rec), path)
        except (OSError, ValueError) as exc:  # a folder, a missing folder, no permission, no date to write
            self._error(self.tr("could not export {name}: {exc}").format(name=path.name, exc=exc))
            return False
        self.statusBar().showMessage(self.tr("Calendar written to {path}").format(path=path))
        return True

    def edit_catalogue(self) -> CatalogueEditor | None:
        """The catalogue editor on this catalogue's folder; when it saves, the advice uses the new prices."""
        folder = self.session.catalogue.source_dir
        if self._open_editor is None or folder is None:  # no editor, or a catalogue not read from a folder
            return None
        try:
            editor = self._open_editor(Path(folder), self.settings)
        except TariffAdvisorError as exc:
            self._error(str(exc))
            return None
        editor.saved.connect(self._catalogue_saved)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def _catalogue_saved(self) -> None:
        try:
            self.session.set_catalogue(ta.load_catalogue(self.session.catalogue.source_dir))
        except TariffAdvisorError as exc:
            self._error(self.tr("the saved catalogue does not load: {exc}").format(exc=exc))
            return
        self.statusBar().showMessage(self.tr("Catalogue reloaded after editing"), 8000)

    # -- optimising ------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.statusBar().showMessage(self.tr("Optimising...") if busy else self.tr("Ready"))

    def _error(self, message: str) -> None:
        self.result.setText(problem_span(message))

    def _recommended(self, rec: Recommendation) -> None:
        assert rec.bill is not None  # the session passes on only recommendations with an assignment, so a bill
        changed = len(self.session.changed_members())
        values = {
            "total": money(rec.total, rec.bill.currency),
            "months": rec.bill.horizon_months,
            "reason": rec.reason,
            "changed": changed,
        }
        if rec.today is None:
            text = (
                self.tr("<b>{total}</b> over {months} months, {reason}. {changed} member's plan changed (highlighted).")
                if changed == 1
                else self.tr(
                    "<b>{total}</b> over {months} months, {reason}. {changed} members' plans changed (highlighted)."
                )
            )
        elif rec.savings is not None and rec.savings < -0.005:  # a lock or a wish can make plans dearer than today's
            values["extra"] = money(-rec.savings, rec.bill.currency)
            text = (
                self.tr(
                    "<b>{total}</b> over {months} months, {reason}; costs <b>{extra}</b> more than today's plans. "
                    "{changed} member's plan changed (highlighted)."
                )
                if changed == 1
                else self.tr(
                    "<b>{total}</b> over {months} months, {reason}; costs <b>{extra}</b> more than today's plans. "
                    "{changed} members' plans changed (highlighted)."
                )
            )
        else:
            values["savings"] = money(rec.savings, rec.bill.currency)
            text = (
                self.tr(
                    "<b>{total}</b> over {months} months, {reason}; saves <b>{savings}</b> against today's plans. "
                    "{changed} member's plan changed (highlighted)."
                )
                if changed == 1
                else self.tr(
                    "<b>{total}</b> over {months} months, {reason}; saves <b>{savings}</b> against today's plans. "
                    "{changed} members' plans changed (highlighted)."
                )
            )
        comparison = no_comparison_text(rec)
        self.result.setText(text.format(**values) + (f" {comparison}" if comparison else ""))

    def _explained(self, rec: Recommendation, explanation: Explanation) -> None:
        if explanation.joint_saving and explanation.joint_saving > 0.005:
            text, comparison = self.result.text(), no_comparison_text(rec)
            if comparison and text.endswith(f" {comparison}"):  # why there is no saving against today stays last
                text = text[: -len(comparison) - 1]
            self.result.setText(
                text
                + self.tr(" Planning together saves {joint_saving} against choosing per person.").format(
                    joint_saving=money(explanation.joint_saving, self.session.catalogue.currency)
                )
                + (f" {comparison}" if comparison else "")
            )
