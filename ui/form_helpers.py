"""Small pieces the windows and dialogs share: a file picker row, a filled read-only table, an error line,
the save-discard-cancel question, numbers as the user's locale writes them, a file name from a customer's name,
a table of widgets that is one Tab stop."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from html import escape
from typing import Any, cast

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QWidget,
)

from .colours import problem_span


def file_picker(line: QLineEdit, caption: str, pattern: str, many: bool = False) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    button = QPushButton(QCoreApplication.translate("form_helpers", "Browse..."))

    def browse() -> None:
        if many:
            paths, _ = QFileDialog.getOpenFileNames(box, caption, "", pattern)
            if paths:
                line.setText("; ".join(paths))
        else:
            path, _ = QFileDialog.getOpenFileName(box, caption, "", pattern)
            if path:
                line.setText(path)
        line.editingFinished.emit()

    button.clicked.connect(browse)
    row.addWidget(line, 1)
    row.addWidget(button)
    return box


def fill_table(table: QTableWidget, rows: Sequence[Sequence[Any]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for col, value in enumerate(values):
            table.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


def error_html(message: str) -> str:
    return problem_span(escape(str(message)).replace(chr(10), "<br>"))


def may_discard(parent: QWidget, modified: bool, question: str, save: Callable[[], bool]) -> bool:
    """Whether unsaved work may go: nothing to lose, the user saved it (`save()` succeeded), or chose to discard."""
    if not modified:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("form_helpers", "Unsaved changes"),
        question,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard


def read_locale_number(text: str) -> float | None:
    """A number as the user's locale writes it (8,49 in German), None when it is not one.

    Group separators are refused: in an English locale "8,49" must not silently become 849.
    """
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    value, ok = locale.toDouble(text.strip())
    return value if ok and math.isfinite(value) else None


class _NumberBoxes(QObject):
    """Selects a number box's text whenever it gets the focus (by code, Tab or click), so typing
    replaces the value: "300" in a box showing 0 is 300, not 3000. In a box with decimals, a typed comma
    or point is the locale's decimal mark: "1,5" GB is 1.5 in any locale, never 15 through a thousands
    separator (the members table and the usage history read "29,99" the same way).

    A keystroke the box refuses is said, never silently dropped: "12,5" in a box of whole numbers is 12 with
    a note (not 125, the box skipping the comma), a second decimal mark or a digit past the box's decimals
    ("1.234,5" in German) shows what the box takes instead of quietly becoming 1,2."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractSpinBox):
            watched.setProperty(_FRACTION, False)
            QTimer.singleShot(0, watched.selectAll)
        elif event.type() == QEvent.Type.ShortcutOverride and _is_undo_or_redo(cast(QKeyEvent, event)):
            # the box would keep Ctrl+Z for its own text; the user means Edit -> Undo of what Enter applied
            event.ignore()
            return True
        elif event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractSpinBox):
            return _typed(watched, cast(QKeyEvent, event).text())
        return False


_FRACTION = "tariffAdvisorFraction"  # a box of whole numbers is skipping the digits after a typed decimal mark


def _typed(box: QAbstractSpinBox, typed: str) -> bool:
    """Handle one typed character in a number box; True when it is dealt with here (not passed to the box)."""
    marks = (",", ".")
    if not isinstance(box, QDoubleSpinBox):  # whole numbers: a decimal mark starts a fraction left out, said
        if typed in marks or (typed.isdigit() and box.property(_FRACTION)):
            if typed in marks and box.locale().groupSeparator() == typed and not box.property(_FRACTION):
                return False  # "1.200" minutes in German: the box takes its own thousands separator
            box.setProperty(_FRACTION, True)
            _say(box, QCoreApplication.translate("NumberBox", "Whole numbers only: what follows the mark is left out."))
            return True
        box.setProperty(_FRACTION, False)
        return False
    point = box.locale().decimalPoint()
    text = box.lineEdit().text()
    selected = box.lineEdit().selectedText()
    if typed in marks:
        if point in text and point not in selected:
            _say(
                box,
                QCoreApplication.translate(
                    "NumberBox", "One decimal mark only, no thousands separators: write 1234{point}5."
                ).format(point=point),
            )
            return True
        if typed != point:
            box.lineEdit().insert(point)
            return True
        return False
    if typed.isdigit() and not selected and point in text:
        cursor = box.lineEdit().cursorPosition()
        decimals = len(text.split(point, 1)[1].removesuffix(box.suffix()).strip())
        if cursor > text.index(point) and decimals >= box.decimals():
            _say(
                box,
                QCoreApplication.translate("NumberBox", "At most {count} digits after the decimal mark here.").format(
                    count=box.decimals()
                ),
            )
            return True
    return False


def _say(box: QAbstractSpinBox, message: str) -> None:
    """Show why a keystroke was not taken, at the box (a tooltip, also read by screen readers)."""
    QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), message, box)
    box.setProperty("refusedKey", message)  # what tests and accessibility tools can read back


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


def _without_group_separators(spin: QDoubleSpinBox) -> None:
    locale = spin.locale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.RejectGroupSeparator)
    spin.setLocale(locale)


def select_numbers_on_focus(window: QWidget) -> None:
    """Every number box in `window` selects its content on focus and takes either decimal mark. The filter
    sits on the boxes alone, not on the application, so no other event passes through Python for it."""
    boxes = _NumberBoxes(window)
    for spin in window.findChildren(QAbstractSpinBox):
        spin.installEventFilter(boxes)
        if isinstance(spin, QDoubleSpinBox):
            _without_group_separators(spin)


# Characters that Windows, macOS or Linux refuse in a file name, and control characters.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_name_from(text: str, fallback: str = "advice") -> str:
    """`text` as a file name (no extension) on every platform: forbidden characters become spaces; never empty."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", text).split()).strip(". ")
    return name[:100].strip(". ") or fallback


def _takes_tab_focus(widget: QWidget) -> bool:
    tab = Qt.FocusPolicy.TabFocus.value
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy().value & tab)


class _OneTabStop(QObject):
    """Makes a table whose cells hold widgets one Tab stop (see one_tab_stop)."""

    def __init__(self, table: QAbstractItemView) -> None:
        super().__init__(table)
        self.table = table
        self.chain_pending = False
        table.setTabKeyNavigation(False)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)  # to hear of each cell widget put in the table
        for child in table.viewport().findChildren(QWidget):
            child.installEventFilter(self)
        self.chain_cells()

    def cell_widgets(self, all_of_them: bool = False) -> list[QWidget]:
        """The widgets in the cells that take the focus now (or all of them), row by row."""
        model, found = self.table.model(), []
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                widget = self.table.indexWidget(model.index(row, column))
                if widget is not None and (all_of_them or _takes_tab_focus(widget)):
                    found.append(widget)
        return found

    def chain_cells(self) -> None:
        """Put the cell widgets right after the table in the window's Tab order (new widgets go to its end), so the
        order never reaches them from elsewhere and the controls after the table follow them."""
        self.chain_pending = False
        before: QWidget = self.table
        for widget in self.cell_widgets(all_of_them=True):
            QWidget.setTabOrder(before, widget)
            before = widget

    def leave(self, forward: bool) -> None:
        """Focus the next (previous) control in the window's Tab order outside the table."""
        widget: QWidget | None = self.table
        for _ in range(10_000):  # the chain is a ring; the bound is for a chain broken while walking it
            assert widget is not None
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is None or widget is self.table:
                return
            outside = not self.table.isAncestorOf(widget) and widget.window() is self.table.window()
            if outside and _takes_tab_focus(widget):
                widget.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                return

    def step(self, watched: QWidget, forward: bool) -> None:
        """Ctrl+Tab (Ctrl+Shift+Tab): the next (previous) cell widget, round the table."""
        widgets = self.cell_widgets()
        if not widgets:
            return
        at = next((i for i, w in enumerate(widgets) if w is watched or w.isAncestorOf(watched)), None)
        if at is None:
            target = widgets[0] if forward else widgets[-1]
        else:
            target = widgets[(at + (1 if forward else -1)) % len(widgets)]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded and watched is self.table.viewport():
            assert isinstance(event, QChildEvent)
            if event.child().isWidgetType():
                event.child().installEventFilter(self)
                if not self.chain_pending:  # once the table is filled, not for each widget
                    self.chain_pending = True
                    QTimer.singleShot(0, self, self.chain_cells)  # dropped should the table go first
        elif event.type() == QEvent.Type.FocusIn and watched is self.table and isinstance(event, QFocusEvent):
            tab, backtab = Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason
            if event.reason() in (tab, backtab):
                self.step(self.table, event.reason() == tab)  # straight into the first (last) cell widget
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(watched, QWidget):
            key, modifiers = event.key(), event.modifiers()
            if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or modifiers & Qt.KeyboardModifier.AltModifier:
                return False
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.step(watched, forward)
            else:
                self.leave(forward)
            return True
        return False


def one_tab_stop(table: QAbstractItemView) -> None:
    """Tab and Shift+Tab leave `table`, from the table or any widget in its cells, to the controls before and
    after it; Ctrl+Tab and Ctrl+Shift+Tab move from cell widget to cell widget. Tabbing in lands in the first
    cell widget (Shift+Tab: the last). Widgets put in the cells later are included as they come."""
    _OneTabStop(table)


def date_format() -> str:
    """The locale's short date format with a four-digit year: 25.11.2026 in German, 25/11/2026 in British English."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")
