"""Accessible and comfortable (issue 13): every control has a name a screen reader can say, found in the
accessibility tree assistive technology walks (QAccessible), and the menus have keyboard paths with the
platform's standard shortcuts, no shortcut twice in a window and a mnemonic on every menu."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tariff_advisor.io.resources import shipped_catalogue_dir

from .test_ui_stale_result import optimise

Role = QAccessible.Role
# what a user operates; a control of these roles without a name is read as "button", "table"... only
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.EditableText,
    Role.SpinBox,
    Role.ComboBox,
    Role.Slider,
    Role.Dial,
    Role.Table,
    Role.Tree,
    Role.List,
    Role.PageTab,
    Role.PageTabList,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.ButtonDropGrid,
    Role.HotkeyField,
}
ITEMS = {Role.Cell, Role.ListItem, Role.TreeItem, Role.Row, Role.ColumnHeader, Role.RowHeader}  # data, not controls


def _step(node: QAccessibleInterface) -> str:
    thing = node.object()
    named = f"#{thing.objectName()}" if thing is not None and thing.objectName() else ""
    return f"{node.role().name}{named}({node.text(QAccessible.Text.Name)!r})"


def unnamed_in_tree(root: QWidget) -> list[str]:
    """The path of every interactive node without a name, in the tree a screen reader walks from `root`."""
    offenders: list[str] = []
    seen: set[int] = set()

    def walk(node: QAccessibleInterface | None, path: str) -> None:
        if node is None or not node.isValid() or QAccessible.uniqueId(node) in seen:
            return
        seen.add(QAccessible.uniqueId(node))
        here = f"{path} > {_step(node)}" if path else _step(node)
        if node.role() in INTERACTIVE and not node.text(QAccessible.Text.Name).strip():
            offenders.append(here)
        for i in range(node.childCount()):
            child = node.child(i)
            if child is not None and child.role() not in ITEMS:
                walk(child, here)

    walk(QAccessible.queryAccessibleInterface(root), "")
    return offenders


def unnamed_widgets(root: QWidget) -> list[str]:
    """Controls a screen reader announces when they take the focus, though the tree does not list them (a
    table's cell widgets: Qt's table lists its cells only); Qt's own parts of a control are read as it."""
    offenders = []
    for widget in root.findChildren(QWidget):
        node = QAccessible.queryAccessibleInterface(widget)
        if widget.objectName().startswith("qt_") or node is None or node.role() not in INTERACTIVE:
            continue
        if not node.text(QAccessible.Text.Name).strip():
            offenders.append(" > ".join(_ancestry(widget, root)))
    return offenders


def _ancestry(widget: QWidget, root: QWidget) -> list[str]:
    """The widget's path from the window: each named ancestor, then the widget (type#object name)."""
    path = [f"{type(widget).__name__}#{widget.objectName()}"]
    node = widget.parentWidget()
    while node is not None and node is not root:
        if node.objectName() and not node.objectName().startswith("qt_"):
            path.insert(0, f"{type(node).__name__}#{node.objectName()}")
        node = node.parentWidget()
    return [type(root).__name__, *path]


def assert_every_control_named(root: QWidget) -> None:
    offenders = unnamed_in_tree(root) + unnamed_widgets(root)
    assert not offenders, "controls without an accessible name:\n" + "\n".join(offenders)


@pytest.fixture
def editor(qtbot, tmp_path):
    from tariff_advisor_ui.app import open_editor

    folder = Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))
    win = open_editor(folder, QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "discarded", True))
    win.show()
    return win


def test_every_control_of_the_main_window_has_a_name(qtbot, window):
    optimise(qtbot, window)
    for page in ("Needs", "Constraints", "12 months", "Typical month"):
        tabs = window.usage_tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == page))
        assert_every_control_named(window)
    window.add_member()  # the plans table makes the new member's row anew
    assert_every_control_named(window)


def test_names_say_what_a_sighted_user_reads(qtbot, window):
    def name(widget: QWidget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)

    table = window.configurator.table
    assert name(table) == "Plans"  # the label above it
    assert name(window.members_view) == "Members"
    assert name(window.household_panel.name) == "Customer"  # its label, without the bold markup
    assert name(window.usage_editor.spins["data_gb"]) == name(window.usage_editor.sliders["data_gb"]) != ""
    assert name(window.findChild(QCheckBox, "lock-provider:Anna")) == "Lock Anna's provider"
    lock = window.findChild(QCheckBox, "lock-tariff:Anna")
    assert QAccessible.queryAccessibleInterface(lock).text(QAccessible.Text.Description).startswith("Keep Anna's")
    assert name(window.findChild(QSpinBox, "horizon")) == "Horizon"
    assert window.usage_editor.spins["sms"].accessibleName() == "Messages"  # its row's label


def test_every_control_of_the_catalogue_editor_has_a_name(editor):
    for i in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(i)
        assert_every_control_named(editor)
    assert editor.views["tariffs"].accessibleName() == "Tariffs"


def test_a_control_nothing_names_is_found_with_its_path(qtbot):
    from tariff_advisor_ui.accessibility import name_controls

    window = QMainWindow()
    qtbot.addWidget(window)
    panel = QWidget()
    panel.setObjectName("panel")
    column = QVBoxLayout(panel)
    column.addWidget(QPushButton("Save"))  # its text names it
    mute = QCheckBox()
    mute.setObjectName("mute")
    column.addWidget(mute)
    column.addWidget(QLineEdit())
    window.setCentralWidget(panel)
    window.show()
    offenders = unnamed_in_tree(window)
    assert len(offenders) == 2
    assert offenders[0].endswith("Client#panel('') > CheckBox#mute('')")
    assert name_controls(window) == [mute, column.itemAt(2).widget()]  # nothing visible to name them by
    mute.setToolTip("Mute the sound (M)")
    assert name_controls(window) == [column.itemAt(2).widget()]
    assert mute.accessibleName() == "Mute the sound"
    with pytest.raises(AssertionError, match="EditableText"):
        assert_every_control_named(window)


# -- keyboard paths ------------------------------------------------------------------------------------
# menu entry (without '&' and '...') -> the platform's standard key it must use
STANDARD = {
    "Open household": QKeySequence.StandardKey.Open,
    "Open catalogue folder": QKeySequence.StandardKey.Open,
    "New customer": QKeySequence.StandardKey.New,
    "Save": QKeySequence.StandardKey.Save,
    "Save as": QKeySequence.StandardKey.SaveAs,
    "Print advice": QKeySequence.StandardKey.Print,
    "Undo": QKeySequence.StandardKey.Undo,
    "Redo": QKeySequence.StandardKey.Redo,
    "User guide": QKeySequence.StandardKey.HelpContents,
    "Quit": QKeySequence.StandardKey.Quit,
    "Close": QKeySequence.StandardKey.Close,
}


def menu_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """Every entry of the window's menu bar, as "File > Save", with its action (sub-menus included)."""
    found: list[tuple[str, QAction]] = []

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            where = f"{path} > {action.text()}"
            found.append((where, action))
            if action.menu() is not None:
                visit(action.menu(), where)

    for top in window.menuBar().actions():
        found.append((top.text(), top))
        if top.menu() is not None:
            visit(top.menu(), top.text())
    return found


def mnemonic_texts(window: QMainWindow) -> list[str]:
    """The texts with a mnemonic (Alt+letter) the window answers now: its menus, and the labels, buttons and
    group boxes shown (a hidden tab page's do not answer)."""
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [t for t in texts if "&" in t.replace("&&", "")]


def keyboard_problems(window: QMainWindow) -> list[str]:
    problems = []
    tops = [a.text() for a in window.menuBar().actions()]
    problems += [f"menu {t!r} has no mnemonic (&)" for t in tops if "&" not in t.replace("&&", "")]
    letters: dict[str, list[str]] = {}
    for text in mnemonic_texts(window):
        letters.setdefault(text[text.index("&") + 1].upper(), []).append(text)
    problems += [f"Alt+{key} is the mnemonic of {texts}" for key, texts in letters.items() if len(texts) > 1]
    owners: dict[str, set[str]] = {}
    for action in {id(a): a for a in window.findChildren(QAction)}.values():  # menus, tool bars, panels
        for key in action.shortcuts():
            owners.setdefault(key.toString(), set()).add(action.text().replace("&", ""))
    problems += [f"{key} is the shortcut of {sorted(who)}" for key, who in owners.items() if len(who) > 1]
    for where, action in menu_actions(window):
        standard = STANDARD.get(action.text().replace("&", "").removesuffix("...").strip())
        # the platform's first binding (none for some keys on some platforms: then no shortcut either)
        expected = next(iter(QKeySequence.keyBindings(standard)), QKeySequence()) if standard else None
        if expected is not None and action.shortcut() != expected:
            problems.append(f"{where}: {action.shortcut().toString()}, not the standard {standard.name}")
    return problems


def test_menus_have_mnemonics_standard_keys_and_no_shortcut_twice(window, editor):
    for win in (window, editor):
        assert keyboard_problems(win) == [], win.windowTitle()
        entries = [where.replace("&", "") for where, _ in menu_actions(win)]
        assert sum(entry.endswith(("Save", "Undo", "Redo")) for entry in entries) >= 3, entries
    assert {w.replace("&", "") for w, _ in menu_actions(window)} >= {"File > Quit", "Help > User guide"}
    assert "File > Close" in {w.replace("&", "") for w, _ in menu_actions(editor)}


def test_the_keyboard_check_can_fail(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&File").addAction("&Save").setShortcut(QKeySequence("Ctrl+Shift+S"))
    window.menuBar().addMenu("Tools").addAction("Sort").setShortcut(QKeySequence("Ctrl+Shift+S"))
    window.menuBar().addMenu("&Find")
    panel = QWidget()
    label, field = QLabel("&Filter"), QLineEdit()
    label.setBuddy(field)
    QVBoxLayout(panel).addWidget(label)
    window.setCentralWidget(panel)
    problems = "\n".join(keyboard_problems(window))
    assert "menu 'Tools' has no mnemonic" in problems
    assert "Alt+F is the mnemonic of ['&File', '&Find', '&Filter']" in problems
    assert "Ctrl+Shift+S is the shortcut of ['Save', 'Sort']" in problems
    assert "File > &Save: Ctrl+Shift+S, not the standard Save" in problems


def test_every_control_of_the_dialogs_has_a_name(qtbot, window, editor):
    from tariff_advisor_ui.advisor.bill_lines_dialog import BillLinesDialog
    from tariff_advisor_ui.advisor.help_menu import HowWeRank, UserGuide
    from tariff_advisor_ui.advisor.history_editor import PastePreview
    from tariff_advisor_ui.advisor.import_usage_dialog import ImportUsageDialog
    from tariff_advisor_ui.advisor.shop_range_dialog import ShopRangeDialog
    from tariff_advisor_ui.editor.bulk_edit_dialog import BulkEditDialog
    from tariff_advisor_ui.editor.import_dialog import CatalogueImportDialog
    from tariff_advisor_ui.editor.release_dialog import ReleaseDialog

    session = window.session
    file = editor.current_file()
    dialogs = [
        BillLinesDialog(session, window),
        window.configurator.report_wrong_price("Anna"),
        ImportUsageDialog(session, window),
        ShopRangeDialog(session.catalogue, None, window),
        PastePreview([], [], [], window),
        UserGuide(window),
        HowWeRank(session.catalogue, window),
        BulkEditDialog(editor.session, file, "tariffs", [0], editor),
        CatalogueImportDialog(editor.session, editor),
        ReleaseDialog(editor.session.document.directory, editor.settings, editor),
    ]
    for dialog in dialogs:
        dialog.show()
        assert_every_control_named(dialog)
        dialog.close()
