"""Small pieces the windows and dialogs share: a file picker row, a filled read-only table, an error line,
the save-discard-cancel question, numbers as the user's locale writes them."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
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
