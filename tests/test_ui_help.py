"""Help: F1 opens the user guide shipped in the package; every control that is not self-evident says what
it does (issue 11, families)."""

from __future__ import annotations

import tomllib

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QListWidget,
    QMenu,
    QTabBar,
    QTextBrowser,
)

from .helpers import ROOT
from .test_configurator import hover
from .test_ui_stale_result import press


def test_f1_opens_the_user_guide(qtbot, window):
    from tariff_advisor_ui.advisor.help_menu import UserGuide

    press(qtbot, window, "F1")
    guide = window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    text = guide.findChild(QTextBrowser).toPlainText()
    for heading in ("The panels", "How the optimum is proven", "What the charts mean", "Break-even", "Undo"):
        assert heading in text
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    titles = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert titles == ["&User guide", "&How we rank", "Show the &first-run guide", "&About Tariff Advisor"]  # About kept
    assert isinstance(help_menu, QMenu) and window.findChild(QAction, "about") is not None
    press(qtbot, window, "F1")  # again: the same guide, not a second window
    assert len(window.findChildren(UserGuide)) == 1
    QTest.keyClick(guide, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_the_guide_ships_with_the_package():
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "help/*.html" in package_data["tariff_advisor_ui.advisor"]
    assert (ROOT / "ui" / "advisor" / "help" / "user-guide.html").is_file()


def _qt_internal(widget) -> bool:
    """Buttons Qt adds itself (a table's corner, a tab bar's scroll arrows, the menu bar's overflow)."""
    return widget.objectName().startswith("qt_") or isinstance(widget.parent(), QTabBar)


def test_every_control_that_is_not_self_evident_has_a_tooltip(window):
    tip = hover(window.optimise_button, window.optimise_button.rect().center())
    assert "cheapest" in tip and "locked" in tip
    missing = [
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}"
        for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QListWidget)
        for w in window.findChildren(kind)
        if not _qt_internal(w) and not w.toolTip()
    ]
    assert not missing
