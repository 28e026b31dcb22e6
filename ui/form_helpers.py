"""Small pieces the windows and dialogs share: a file picker row, a filled read-only table, an error line,
the save-discard-cancel question, numbers as the user's locale writes them."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def file_picker(line: QLineEdit, caption: str, pattern: str, many: bool = False) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    button = QPushButton("Browse...")

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
    return f"<span style='color:#A00'>{escape(str(message)).replace(chr(10), '<br>')}</span>"


def may_discard(parent: QWidget, modified: bool, question: str, save: Callable[[], bool]) -> bool:
    """Whether unsaved work may go: nothing to lose, the user saved it (`save()` succeeded), or chose to discard."""
    if not modified:
        return True
    answer = QMessageBox.question(
        parent,
        "Unsaved changes",
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


class _SelectNumbersOnFocus(QObject):
    """Selects a number box's text whenever it gets the focus (by code, Tab or click), so typing
    replaces the value: "300" in a box showing 0 is 300, not 3000."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractSpinBox):
            QTimer.singleShot(0, watched.selectAll)
        return False


def select_numbers_on_focus(window: QWidget) -> None:
    """Every number box in `window` selects its content on focus. The filter sits on the boxes alone,
    not on the application, so no other event passes through Python for it."""
    selector = _SelectNumbersOnFocus(window)
    for spin in window.findChildren(QAbstractSpinBox):
        spin.installEventFilter(selector)
