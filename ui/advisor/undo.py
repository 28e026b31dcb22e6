"""Edit -> Undo and Redo for the advisor window: every household and plan edit is one step on the session's
undo stack (see commands.py), named by what it did ("Undo Optimise", "Undo Set Kite 40 for Anna")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu


def install_edit_menu(window: QMainWindow, stack: QUndoStack) -> QMenu:
    """An Edit menu with Undo and Redo, put right after the File menu (first, if there is none)."""
    menu = QMenu(QCoreApplication.translate("undo", "&Edit"), window)
    menu.setObjectName("edit_menu")
    for action, key, name in (
        (
            stack.createUndoAction(window, QCoreApplication.translate("undo", "Undo")),
            QKeySequence.StandardKey.Undo,
            "undo",
        ),
        (
            stack.createRedoAction(window, QCoreApplication.translate("undo", "Redo")),
            QKeySequence.StandardKey.Redo,
            "redo",
        ),
    ):
        action.setObjectName(name)
        action.setShortcut(key)
        menu.addAction(action)
    bar = window.menuBar()
    menus = bar.actions()
    after_file = next(
        (i + 1 for i, a in enumerate(menus) if a.text().replace("&", "") == QCoreApplication.translate("undo", "File")),
        0,
    )
    if after_file < len(menus):
        bar.insertMenu(menus[after_file], menu)
    else:
        bar.addMenu(menu)
    return menu
