"""The catalogue editor: a window of its own for the people who keep the tariff files current.

Provider files on the left, their tariffs, options and family plans as tables,
the selected entry as YAML on the right, and problems, changes and impact below.
Every edit is one undo step; saving is atomic with a backup and checks that no
one else changed the file meanwhile.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)

from tariff_advisor.editing.document import (
    SECTION_TABLES,
    CatalogueDocument,
    duplicate_of,
    locate,
    new_entry,
    new_provider_file,
    plain,
    table_rows,
)
from tariff_advisor.editing.fields import device_title, entry_name
from tariff_advisor.editing.importing import export_tariffs
from tariff_advisor.errors import Problem, TariffAdvisorError

from .. import settings as keys
from ..accessibility import name_controls
from ..colours import problem_text
from ..form_helpers import date_format, may_discard
from ..language import QT_TRANSLATE_NOOP, install_language_menu
from .cell_delegate import ValidatingDelegate
from .corrections_panel import CorrectionsPanel
from .entries_model import EntriesModel, on_sale
from .entry_yaml_editor import EntryYamlEditor
from .review_panel import DiffView, ImpactView
from .session import CatalogueSession

KINDS = (
    ("tariffs", QT_TRANSLATE_NOOP("editor_window", "Tariffs")),
    ("options", QT_TRANSLATE_NOOP("editor_window", "Options")),
    ("family_plans", QT_TRANSLATE_NOOP("editor_window", "Family plans")),
    ("device_offers", QT_TRANSLATE_NOOP("editor_window", "Device offers")),
    ("roaming", QT_TRANSLATE_NOOP("editor_window", "Roaming")),
    ("contract_rules", QT_TRANSLATE_NOOP("editor_window", "Contract rules")),
    ("devices", QT_TRANSLATE_NOOP("editor_window", "Devices")),  # a devices file's only table
)
DEVICES_FILE_TABLES = ("devices",)
# The column Find puts the cursor on: the price an editor changes most, so typing the new one is all that is left.
PRICE_COLUMNS = {
    "tariffs": "monthly_fee",
    "options": "monthly_fee",
    "family_plans": "base_fee",
    "device_offers": "monthly_fee",
    "devices": "retail_price",
    "roaming": "fair_use_gb",
    "contract_rules": "notice_months",
}
LISTED_PROBLEMS = 10  # in the question before saving a catalogue with problems; the rest are counted


def problems_question(problems: list[Problem]) -> str:
    """Asking whether to save files with problems, listing them (by file name: the folder is the open one)."""
    count = len(problems)
    lines = [f"  - {dataclasses.replace(p, file=Path(p.file).name)}" for p in problems[:LISTED_PROBLEMS]]
    if count > LISTED_PROBLEMS:
        lines.append(
            QCoreApplication.translate("editor_window", "  ... and {more} more (see the Problems tab)").format(
                more=count - LISTED_PROBLEMS
            )
        )
    head = (
        QCoreApplication.translate("editor_window", "The catalogue has 1 problem:")
        if count == 1
        else QCoreApplication.translate("editor_window", "The catalogue has {count} problems:").format(count=count)
    )
    tail = QCoreApplication.translate(
        "editor_window", "The advisor cannot load the catalogue until they are fixed. Save anyway?"
    )
    return "\n".join([head, *lines, "", tail])


class EditorWindow(QMainWindow):
    saved = Signal()  # files were written: an advisor on this catalogue should reload it

    def __init__(self, session: CatalogueSession, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.discarded = session, False
        self._warning = ""  # the status bar's message when it is a refusal, shown in red
        self.settings = settings or QSettings(keys.ORGANISATION, keys.APPLICATION)
        self.files = QListWidget()
        self.files.setObjectName("provider_files")
        self.files.currentRowChanged.connect(self._file_chosen)
        self.tabs = QTabWidget()
        self.models: dict[str, EntriesModel] = {}
        self.views: dict[str, QTableView] = {}
        self.delegates: dict[str, ValidatingDelegate] = {}
        for kind, title in KINDS:
            self._add_table(kind, QCoreApplication.translate("editor_window", title))
        self.settings_editor = EntryYamlEditor(session)
        self.tabs.addTab(self.settings_editor, self.tr("Provider settings"))
        self.tabs.currentChanged.connect(self._selection_changed)
        self.entry_editor = EntryYamlEditor(session)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.itemActivated.connect(self._go_to_problem)
        self.diff_view = DiffView(session)
        self.impact_view = ImpactView(session)
        self.review = QTabWidget()
        self.review.addTab(self.problems, self.tr("Problems"))
        self.review.addTab(self.diff_view, self.tr("Changes"))
        self.review.addTab(self.impact_view, self.tr("Impact on example households"))
        self.corrections = CorrectionsPanel(session)
        self.corrections.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.corrections.impactRequested.connect(lambda: self.review.setCurrentWidget(self.impact_view))
        self.corrections.entryChosen.connect(self._show_entry)
        self.corrections.titleChanged.connect(
            lambda title: self.review.setTabText(self.review.indexOf(self.corrections), title)
        )
        self.review.addTab(self.corrections, self.tr("Correction requests"))
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(date_format())
        self.as_of.setAccessibleName(self.tr("Catalogue as of"))  # its label is the check box before it
        self.use_as_of = QCheckBox(self.tr("Show the catalogue as of"))
        self.on_sale_count = QLabel()
        self.find_box = QLineEdit()
        self.find_box.setObjectName("find_entry")
        self.find_box.setPlaceholderText(self.tr("Find (Ctrl+F): id, name, phone..."))
        self.find_box.setAccessibleName(self.tr("Find an entry"))
        self.find_box.setMaximumWidth(260)
        self.find_box.returnPressed.connect(lambda: self.find_entry(self.find_box.text()))
        self._build_layout()
        self._build_actions()
        install_language_menu(self, self.settings)
        self.statusBar().messageChanged.connect(self._message_changed)
        session.problemsChanged.connect(self._show_problems)
        session.filesChanged.connect(self._fill_files)
        session.undo_stack.cleanChanged.connect(self._title)
        session.undo_stack.indexChanged.connect(self._title)
        session.asOfChanged.connect(self._count_on_sale)
        session.entriesReset.connect(self._count_on_sale)
        self.use_as_of.toggled.connect(self._as_of_changed)
        self.as_of.dateChanged.connect(self._as_of_changed)
        self._fill_files()
        self._show_problems()
        name_controls(self)  # what a screen reader says for each control
        self.resize(1280, 800)
        geometry = self.settings.value(keys.EDITOR_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _add_table(self, kind: str, title: str) -> None:
        model = EntriesModel(self.session, kind, self)
        view = QTableView()
        view.setObjectName(f"table:{kind}")
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8)
        delegate = ValidatingDelegate(view)
        delegate.message.connect(self.warn)
        view.setItemDelegate(delegate)
        model.rejected.connect(self.warn)
        model.modelReset.connect(view.resizeColumnsToContents)
        view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.models[kind], self.views[kind], self.delegates[kind] = model, view, delegate
        self.tabs.addTab(view, title)

    def _build_layout(self) -> None:
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.files)
        top.addWidget(self.tabs)
        top.addWidget(self.entry_editor)
        top.setSizes([170, 760, 350])
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(top)
        main.addWidget(self.review)
        main.setSizes([500, 260])
        self.setCentralWidget(main)

    def _action(
        self,
        menu: QWidget,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], Any],
        toolbar: QToolBar | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Edit"))
        bar.setObjectName("editor_toolbar")
        self.addToolBar(bar)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open catalogue folder..."), QKeySequence.StandardKey.Open, self.open_folder)
        self._action(file_menu, self.tr("&New provider file..."), None, self.new_provider)
        self._action(file_menu, self.tr("&Save"), QKeySequence.StandardKey.Save, self.save, bar)
        self._action(file_menu, self.tr("&Reload from disk"), QKeySequence("Ctrl+Shift+R"), self.reload)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import tariffs from a table..."), QKeySequence("Ctrl+I"), self.import_table)
        self._action(file_menu, self.tr("&Export catalogue as CSV..."), QKeySequence("Ctrl+E"), self.export_csv)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Open &correction requests..."), None, self.open_corrections)
        self._action(file_menu, self.tr("&Release..."), None, self.release)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # every binding of the platform: Ctrl+Shift+Z and Ctrl+Y
        for action in (undo, redo):
            edit.addAction(action)
            bar.addAction(action)
        edit.addSeparator()
        bar.addSeparator()
        self._action(edit, self.tr("&Add entry"), QKeySequence("Ctrl+Shift+N"), self.add_entry, bar)
        self._action(edit, self.tr("D&uplicate entry"), QKeySequence("Ctrl+D"), self.duplicate_entry, bar)
        self._action(edit, self.tr("Re&tire tariff..."), QKeySequence("Ctrl+T"), self.retire_tariff, bar)
        self._action(edit, self.tr("&Delete entry"), QKeySequence("Ctrl+Del"), self.delete_entry, bar)
        self._action(edit, self.tr("&Change many..."), QKeySequence("Ctrl+B"), self.bulk_edit, bar)
        find = self._action(edit, self.tr("&Find entry"), QKeySequence.StandardKey.Find, self._focus_find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        bar.addSeparator()
        bar.addWidget(self.find_box)
        bar.addSeparator()
        bar.addWidget(self.use_as_of)
        bar.addWidget(self.as_of)
        bar.addWidget(self.on_sale_count)

    # -- files and selection ---------------------------------------------------------------
    def _fill_files(self) -> None:
        """The file list, marking unsaved (*) and broken (red) files; rebuilt only when files come or go."""
        names = list(self.session.document.files)
        current = self.current_file()
        if [self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())] != names:
            self.files.blockSignals(True)
            self.files.clear()
            for name in names:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, name)
                self.files.addItem(item)
            self.files.blockSignals(False)
            if names:
                self.files.setCurrentRow(names.index(current) if current in names else 0)
                if current == self.current_file():
                    self._file_chosen()  # same name, new list: the tables still need their rows
        broken = {p.file for p in self.session.problems}
        for row, name in enumerate(names):
            provider_file, item = self.session.document.files[name], self.files.item(row)
            item.setText(f"{name} *" if provider_file.modified else name)
            item.setForeground(QBrush(problem_text()) if str(provider_file.path) in broken else QBrush())
        self._title()

    def warn(self, text: str) -> None:
        """A refused edit or save, with the reason, in red in the status bar until the next message."""
        self._warning = text
        self.statusBar().setStyleSheet(f"QStatusBar {{ color: {problem_text().name()}; }}" if text else "")
        self.statusBar().showMessage(text)

    def _message_changed(self, text: str) -> None:
        if text != self._warning:  # any other message is not a warning
            self._warning = ""
            self.statusBar().setStyleSheet("")

    def current_file(self) -> str | None:
        item = self.files.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _file_chosen(self, *_args: object) -> None:
        file = self.current_file()
        for model in self.models.values():
            model.set_file(file)
        self._show_tables_of(file)
        self.settings_editor.show_entry(file, None, -1)
        self._selection_changed()
        self._count_on_sale()

    def _show_tables_of(self, file: str | None) -> None:
        """A devices file has its phones only; a provider file every other table."""
        devices = file is not None and self.session.document.files[file].is_devices
        shown = [(kind in DEVICES_FILE_TABLES) == devices for kind, _title in KINDS]
        current = self.tabs.currentIndex()
        if current < len(KINDS) and not shown[current]:  # before hiding it: Qt would go to the next tab shown
            self.tabs.setCurrentIndex(shown.index(True))
        for position, visible in enumerate(shown):
            self.tabs.setTabVisible(position, visible)
        self.tabs.setTabText(
            self.tabs.indexOf(self.settings_editor),
            self.tr("File settings") if devices else self.tr("Provider settings"),
        )

    def current_kind(self) -> str | None:
        index = self.tabs.currentIndex()
        return KINDS[index][0] if index < len(KINDS) else None

    def current_row(self) -> int:
        kind = self.current_kind()
        return self.views[kind].currentIndex().row() if kind else -1

    def selected_rows(self) -> list[int]:
        kind = self.current_kind()
        return sorted({i.row() for i in self.views[kind].selectionModel().selectedIndexes()}) if kind else []

    def _selection_changed(self, *_args: object) -> None:
        kind, row = self.current_kind(), self.current_row()
        if kind is None or row < 0 or row >= self.models[kind].rowCount():
            self.entry_editor.show_entry(None, None, -1)
        else:  # a section row (roaming, contract rules) shows the tariff, or the provider's settings, it is in
            target = self.models[kind].row_target(row)
            self.entry_editor.show_entry(self.current_file(), target.kind, target.index)

    def select(self, kind: str, row: int, column: int = 0) -> None:
        self.tabs.setCurrentIndex([k for k, _ in KINDS].index(kind))
        self.views[kind].setCurrentIndex(self.models[kind].index(row, column))

    # -- finding ---------------------------------------------------------------------------
    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_entry(self, text: str) -> bool:
        """Go to the next row of the current table (in this file, then the others) whose words hold every word
        of `text`, with the cursor on the same column (the price, coming from Find): type the new value, Enter."""
        kind, words = self.current_kind() or "tariffs", text.lower().split()
        if not words:
            return False
        files, here, row = list(self.session.document.files), self.current_file(), self.current_row()
        start = files.index(here) if here in files else 0
        order = files[start:] + files[:start]
        candidates = [(name, r) for name in order for r in range(len(table_rows(self.session.document, name, kind)))]
        if here is not None and row >= 0:  # after the current row, around to it again
            position = candidates.index((here, row)) + 1 if (here, row) in candidates else 0
            candidates = candidates[position:] + candidates[:position]
        for name, r in candidates:
            found = self._row_words(name, kind, r)
            if all(word in found for word in words):
                self._go_to(name, kind, r)
                self.statusBar().showMessage(
                    self.tr(
                        "Found in {file}; type the new value and press Enter (Ctrl+F, Enter: the next match)"
                    ).format(file=name),
                    8000,
                )
                return True
        self.warn(self.tr("Nothing in this table matches {text!r}").format(text=text))
        return False

    def _row_words(self, file: str, kind: str, row: int) -> str:
        """What a row can be found by: its values and names (an offer also by its phone's name), lower case."""
        document = self.session.document
        target = table_rows(document, file, kind)[row]
        if target.kind is None:
            return f"{file} {document.files[file].provider_id}".lower()
        entry = plain(document.entry(file, target.kind, target.index))
        if not isinstance(entry, dict):
            return ""
        texts = [entry_name(entry), *(str(v) for v in entry.values() if not isinstance(v, (dict, list)))]
        if kind == "device_offers":
            phones = {str(e.get("id")): e for name in document.files for e in document.entries(name, "devices")}
            texts.append(device_title(plain(phones.get(str(entry.get("device"))))))
            texts.append(str(document.files[file].provider_id))
        return " ".join(texts).lower()

    def _go_to(self, file: str, kind: str, row: int) -> None:
        view = self.views[kind]
        column = view.currentIndex().column() if view.currentIndex().isValid() else -1
        if self.current_file() != file:
            self.files.setCurrentRow(list(self.session.document.files).index(file))
        keys = [c.key for c in self.models[kind].columns]
        self.select(kind, row, column if column >= 0 else keys.index(PRICE_COLUMNS[kind]))
        view.scrollTo(view.currentIndex())
        view.setFocus()

    # -- problems --------------------------------------------------------------------------
    def _show_problems(self) -> None:
        self.problems.clear()
        for problem in self.session.problems:
            item = QListWidgetItem(str(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.problems.addItem(item)
        count = len(self.session.problems)
        self.review.setTabText(
            0, self.tr("Problems ({count})").format(count=count) if count else self.tr("Problems (none)")
        )
        self.entry_editor.reload()
        self._fill_files()

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        name = self.session.file_of(problem)
        if name is None:
            return
        self.files.setCurrentRow(list(self.session.document.files).index(name))
        where = locate(problem)
        if where is not None:
            kind, row = where
            columns = [c.key for c in self.models[kind].columns]
            field = problem.field.split("[")[0]
            self.select(kind, row, columns.index(field) if field in columns else 0)
        else:
            self.tabs.setCurrentWidget(self.settings_editor)

    # -- as-of date --------------------------------------------------------------------------
    def _as_of_changed(self, *_args: object) -> None:
        day = self.as_of.date().toPython()
        self.session.set_as_of(day if self.use_as_of.isChecked() and isinstance(day, dt.date) else None)

    def _count_on_sale(self, *_args: object) -> None:
        day, file = self.session.as_of, self.current_file()
        if day is None or file is None:
            self.on_sale_count.setText("")
            return
        entries = self.session.document.entries(file, "tariffs")
        count = sum(on_sale(e, day) for e in entries)
        self.on_sale_count.setText(
            self.tr("  {count} of {total} tariffs on sale (others greyed)").format(count=count, total=len(entries))
        )

    # -- entry actions -----------------------------------------------------------------------
    def _refuse_on_sections(self, kind: str | None) -> bool:
        """Contract rules and roaming rules have fixed rows: adding or copying one means nothing."""
        if kind in SECTION_TABLES:
            self.statusBar().showMessage(
                self.tr("These rules have one row per tariff (and the defaults): edit the cells instead"), 8000
            )
            return True
        return False

    def add_entry(self) -> None:
        kind, file = self.current_kind(), self.current_file()
        if kind is None or file is None or self._refuse_on_sections(kind):
            return
        entry = new_entry(self.session.document, kind, file)
        row = len(self.session.document.entries(file, kind))
        self.session.insert_entry(file, kind, row, entry, self.tr("Add {entry}").format(entry=entry["id"]))
        self.select(kind, row, 1)

    def duplicate_entry(self) -> None:
        kind, file, row = self.current_kind(), self.current_file(), self.current_row()
        if kind is None or file is None or row < 0 or self._refuse_on_sections(kind):
            return
        copy = duplicate_of(self.session.document, file, kind, row)
        original = entry_name(self.session.document.entry(file, kind, row))
        self.session.insert_entry(
            file,
            kind,
            row + 1,
            copy,
            self.tr("Duplicate {original} as {copy}").format(original=original, copy=copy["id"]),
        )
        self.select(kind, row + 1, 0)

    def delete_entry(self) -> None:
        kind, file, row = self.current_kind(), self.current_file(), self.current_row()
        if kind is None or file is None or row < 0:
            return
        if kind in SECTION_TABLES:  # a tariff's own roaming rules (back to the defaults), or the rules themselves
            target = self.models[kind].row_target(row)
            self.session.set_value(file, target.kind, target.index, target.prefix, None)
        else:
            self.session.remove_entry(file, kind, row)

    def retire_tariff(self, day: dt.date | None = None) -> None:
        """Set valid_until: the last day a new contract can get the tariff (kept in the file for the record)."""
        file, rows = self.current_file(), self.selected_rows() or [self.current_row()]
        if self.current_kind() != "tariffs" or file is None or rows == [-1]:
            self.statusBar().showMessage(self.tr("choose the tariffs to retire first"), 5000)
            return
        if day is None:
            default = (self.session.as_of or dt.date.today()).isoformat()
            text, ok = QInputDialog.getText(
                self, self.tr("Retire tariffs"), self.tr("Last day on sale (YYYY-MM-DD):"), text=default
            )
            if not ok:
                return
            try:
                day = dt.date.fromisoformat(text.strip())
            except ValueError:
                self.statusBar().showMessage(self.tr("{text!r} is not a date like 2027-01-31").format(text=text), 8000)
                return

        def retire(document: CatalogueDocument) -> None:
            for row in rows:
                document.set_value(file, "tariffs", row, ("valid_until",), day)

        which = (
            entry_name(self.session.document.entry(file, "tariffs", rows[0]))
            if len(rows) == 1
            else f"{len(rows)} tariffs"
        )
        self.session.change_many(self.tr("Retire {which} on {day}").format(which=which, day=day), retire)

    def new_provider(self, provider_id: str | None = None, name: str | None = None) -> bool:
        """A new provider file in the folder, in the catalogue's currency (saved with the next Save)."""
        if provider_id is None:
            provider_id, ok = QInputDialog.getText(
                self, self.tr("New provider"), self.tr("Provider id (lower case, e.g. 'acme'):")
            )
            if not ok or not provider_id.strip():
                return False
            name, ok = QInputDialog.getText(
                self, self.tr("New provider"), self.tr("Provider name:"), text=provider_id.title()
            )
            if not ok:
                return False
        new_id = provider_id
        try:
            self.session.change_many(
                self.tr("New provider {new_id}").format(new_id=new_id),
                lambda doc: new_provider_file(doc, new_id, name or new_id),
            )
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return False
        self.files.setCurrentRow(list(self.session.document.files).index(f"{provider_id}.yaml"))
        return True

    def bulk_edit(self) -> None:
        from .bulk_edit_dialog import NUMERIC_FIELDS, BulkEditDialog

        kind, file = self.current_kind(), self.current_file()
        if kind in SECTION_TABLES or kind not in NUMERIC_FIELDS:
            self._refuse_on_sections(kind)
            return
        if kind is not None and file is not None:
            BulkEditDialog(self.session, file, kind, self.selected_rows(), self).exec()

    # -- files ---------------------------------------------------------------------------------
    def _title(self, *_args: object) -> None:
        modified = " (modified)" if self.session.modified else ""
        self.setWindowTitle(
            self.tr("Catalogue editor: {directory}{modified}").format(
                directory=self.session.document.directory, modified=modified
            )
        )

    def save(self) -> bool:
        """Save every changed file: after the open cell's edit, and with problems only when the user says so."""
        for delegate in self.delegates.values():
            unfinished = delegate.finish()
            if unfinished:
                self.warn(
                    self.tr("Not saved: {unfinished} (correct it, or press Esc to cancel the edit)").format(
                        unfinished=unfinished
                    )
                )
                return False
        if self.session.problems and self.session.modified and not self._save_with_problems():
            self.warn(self.tr("Not saved: the catalogue has problems (see the Problems tab)"))
            return False
        try:
            saved = self.session.save_all()
        except TariffAdvisorError as exc:  # changed on disk by someone else
            answer = QMessageBox.warning(
                self,
                self.tr("Changed on disk"),
                self.tr("{exc}\n\nOverwrite the other change?").format(exc=exc),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
            saved = self.session.save_all(overwrite_external=True)
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Not saved"),
                self.tr("Could not save: {exc}\nThe files on disk are unchanged.").format(exc=exc),
            )
            return False
        self.statusBar().showMessage(
            self.tr("Saved {value}; backups as *.bak").format(
                value=", ".join(saved) or self.tr("nothing (no changes)")
            ),
            8000,
        )
        unmarked = self.session.record_applied()  # the requests whose change is now saved
        if unmarked:
            self.warn(self.tr("Saved, but {join}").format(join="; ".join(str(p) for p in unmarked)))
        if saved:
            self.saved.emit()
        return True

    def _save_with_problems(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Save with problems?"),
            problems_question(self.session.problems),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _may_discard(self) -> bool:
        return may_discard(self, self.session.modified, self.tr("Save the catalogue changes first?"), self.save)

    def open_folder(self) -> None:
        if not self._may_discard():
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open catalogue folder"), str(self.session.document.directory)
        )
        if folder:
            self.open_path(Path(folder))

    def open_path(self, folder: Path) -> bool:
        try:
            session = CatalogueSession.open(folder, self.session.parent())
        except TariffAdvisorError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return False
        replacement = EditorWindow(session, self.settings, self.parentWidget())
        replacement.saved.connect(self.saved)
        replacement.show()
        self.discarded = True  # the user already chose
        self.close()
        return True

    def reload(self) -> None:
        if self._may_discard():
            self.open_path(self.session.document.directory)

    def import_table(self) -> None:
        from .import_dialog import CatalogueImportDialog

        CatalogueImportDialog(self.session, self).exec()

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the catalogue (providers, tariffs, options, family plans)"),
            "catalogue.csv",
            self.tr("CSV (*.csv)"),
        )
        if path:
            try:
                count = export_tariffs(self.session.document, path)
            except OSError as exc:
                self.statusBar().showMessage(self.tr("could not export: {exc}").format(exc=exc), 8000)
                return
            self.statusBar().showMessage(
                self.tr("{count} tariffs written to {path}").format(count=count, path=path), 8000
            )

    def release(self) -> None:
        """File -> Release: refused, saying why, for unsaved changes or problems; else the Release dialog."""
        from .release_dialog import ReleaseDialog, release_refusal

        refusal = release_refusal(self.session)
        if refusal is not None:
            self.warn(refusal)
            return
        self.release_dialog = ReleaseDialog(self.session.document.directory, self.settings, self)
        self.release_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Release signed and written: {written}").format(written=self.release_dialog.written), 15000
            )
        )
        self.release_dialog.open()  # window-modal: the editor stays visible behind it

    def open_corrections(self, folder: Path | None = None) -> None:
        """The correction requests of a folder, as a tab beside the problems, changes and impact."""
        if folder is None:
            self.corrections.choose_folder()
        else:
            self.corrections.open_folder(folder)
        self.review.setCurrentWidget(self.corrections)

    def _show_entry(self, file: str, kind: str, row: int, field: str) -> None:
        """The entry a correction request is about, in its table, with the field's cell current."""
        self.files.setCurrentRow(list(self.session.document.files).index(file))
        columns = [c.key for c in self.models[kind].columns]
        self.select(kind, row, columns.index(field) if field in columns else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.discarded and not self._may_discard():
            event.ignore()
            return
        self.settings.setValue(keys.EDITOR_GEOMETRY, self.saveGeometry())
        event.accept()
