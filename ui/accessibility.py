"""Accessible names for every control of a window, derived from what a sighted user reads.

Screen readers read a control's name and description through QAccessible. Qt names a button by its text
and describes every control by its tooltip, live; but a spin box, slider, line edit, table or list it
names by its value, a group box's title or nothing. So `name_controls(window)`, called once a window or
dialog is built (and again where controls are recreated), names each control that has no name from the
first of:
- its label: a QLabel buddy, its QFormLayout row, the grid cell to its left (the label becomes its
  buddy, so a mnemonic in it reaches the control);
- for a table, list or text area: the tab page it is on;
- NAMES below, for controls nothing visible names ("Lock Anna's provider");
- a text box's placeholder; for a table, list or text area: the label just above it;
- its tooltip's first words; for a table, list or text area: the title of its dialog.
A name set in code is kept, and a button with text keeps Qt's (its text, as it changes). On Linux Qt reads
a combo box's current text as its name and its label through the buddy's "labelled by" relation.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from .language import QT_TRANSLATE_NOOP

# object name (before any ':', the rest is "{}") -> name, for controls with no visible text or label
NAMES: dict[str, str] = {
    "provider": QT_TRANSLATE_NOOP("accessibility", "{}'s provider"),
    "tariff": QT_TRANSLATE_NOOP("accessibility", "{}'s tariff"),
    "options": QT_TRANSLATE_NOOP("accessibility", "{}'s options"),
    "lock-provider": QT_TRANSLATE_NOOP("accessibility", "Lock {}'s provider"),
    "lock-tariff": QT_TRANSLATE_NOOP("accessibility", "Lock {}'s tariff"),
    "lock-options": QT_TRANSLATE_NOOP("accessibility", "Lock {}'s options"),
    "entry_yaml": QT_TRANSLATE_NOOP("accessibility", "Selected entry as YAML"),
    "provider_files": QT_TRANSLATE_NOOP("accessibility", "Provider files"),
    "qt_toolbar_ext_button": QT_TRANSLATE_NOOP("accessibility", "More tools"),  # Qt's own overflow button of a tool bar
}

# controls a screen reader announces by name; buttons and check boxes with text Qt names itself
CONTROLS = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
)
_WORDS_END = re.compile(r"\s*[(:;.]")  # "Members (type in a cell...)" -> "Members"


def plain(text: str) -> str:
    """A label's text as read aloud: no markup, no mnemonic '&', no trailing colon."""
    if "<" in text:  # rich text (Qt's own test, Qt.mightBeRichText, is not in PySide6's QtCore)
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).rstrip(":").strip()


def lead(text: str) -> str:
    """The first words of a text, up to the first parenthesis, colon, semicolon or full stop."""
    return _WORDS_END.split(plain(text), maxsplit=1)[0].strip()


def _widgets_of(item: QLayoutItem | None) -> list[QWidget]:
    """The widgets a layout item holds: itself, or those of its layout, nested layouts included."""
    if item is None:
        return []
    widget, layout = item.widget(), item.layout()
    if widget is not None:
        return [widget]
    return [w for i in range(layout.count()) for w in _widgets_of(layout.itemAt(i))] if layout is not None else []


def _labels(root: QWidget) -> dict[QWidget, str]:
    """Control -> the label a sighted user reads beside it (buddies, and QFormLayout rows, made buddies)."""
    labels: dict[QWidget, str] = {}
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = next(iter(_widgets_of(form.itemAt(row, QFormLayout.ItemRole.LabelRole))), None)
            controls = [c for w in _widgets_of(form.itemAt(row, QFormLayout.ItemRole.FieldRole)) for c in _controls(w)]
            if not isinstance(label, QLabel) or not controls:
                continue
            if label.buddy() is None:
                label.setBuddy(controls[0])  # a mnemonic in the label, if any, now reaches the control
            for control in controls:  # a spin box and its slider share the row's label
                labels.setdefault(control, plain(label.text()))
    _buddies_in_grids(root)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        controls = _controls(buddy) if buddy is not None else []
        if controls and buddy is not controls[0]:
            label.setBuddy(controls[0])  # a box of controls (a line edit and its Browse button) takes no keys
        for control in controls if plain(label.text()) else []:
            labels.setdefault(control, plain(label.text()))
    return labels


def _buddies_in_grids(root: QWidget) -> None:
    """A label in a grid's cell to the left of a control, without a buddy, becomes the control's buddy."""
    for grid in root.findChildren(QGridLayout):
        for index in range(grid.count()):
            position: tuple[int, int, int, int] = grid.getItemPosition(index)  # type: ignore[assignment]
            row, column = position[0], position[1]
            control = next(iter(_widgets_of(grid.itemAt(index))), None)
            beside = _widgets_of(grid.itemAtPosition(row, column - 1)) if column > 0 else []
            label = beside[0] if beside and isinstance(beside[0], QLabel) else None
            if label is not None and label.buddy() is None and isinstance(control, CONTROLS):
                label.setBuddy(control)


def _controls(widget: QWidget) -> list[QWidget]:
    """The widget if it is a control, else the controls it holds."""
    return (
        [widget]
        if isinstance(widget, CONTROLS)
        else [c for c in widget.findChildren(QWidget) if isinstance(c, CONTROLS)]
    )


def _tab_title(widget: QWidget) -> str:
    """The title of the tab page a widget is on (without a count in parentheses), if it is on one."""
    node: QWidget | None = widget
    while node is not None and not node.isWindow():
        stack = node.parentWidget()
        tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(node) >= 0:
            return lead(tabs.tabText(tabs.indexOf(node)))
        node = stack
    return ""


def _label_above(widget: QWidget) -> str:
    """The label just above a widget in its column, or above the panel the widget begins."""
    node: QWidget | None = widget
    while node is not None and not node.isWindow():
        parent = node.parentWidget()
        box = parent.layout() if parent is not None else None
        layouts: list[QLayout] = [box, *box.findChildren(QBoxLayout)] if box is not None else []
        layout = next((layout for layout in layouts if layout.indexOf(node) >= 0), None)
        if layout is None:
            return ""
        index = layout.indexOf(node)
        if index > 0:
            above = next(iter(_widgets_of(layout.itemAt(index - 1))), None)
            return lead(above.text()) if isinstance(above, QLabel) else ""
        node = parent  # first in its panel: the panel's label names it
    return ""


def _from_names(widget: QWidget) -> str:
    kind, _, who = widget.objectName().partition(":")
    template = NAMES.get(kind)
    return QCoreApplication.translate("accessibility", template).format(who) if template else ""


def _needs_name(widget: QWidget) -> bool:
    if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar) or widget.accessibleName():
        return False
    if widget.objectName().startswith("qt_"):  # Qt's parts of a spin box, combo box...: read as the whole
        return widget.objectName() in NAMES
    if isinstance(widget, QAbstractButton) and widget.text() and not _from_names(widget):
        return False  # Qt reads the button's own text, as it changes
    return not _in_combo(widget)  # a combo box's own list and line edit are named with it


def _in_combo(widget: QWidget) -> bool:
    node = widget.parentWidget()
    while node is not None and not isinstance(node, QComboBox):
        node = node.parentWidget()
    return node is not None


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every control under `root` without a name the one derived as the module says; returns the
    controls still without a name (none, when every control has a label, a purpose or a tooltip)."""
    labels = _labels(root)
    unnamed: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _needs_name(widget):
            continue
        view = isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit)
        name = labels.get(widget) or (_tab_title(widget) if view else "") or _from_names(widget)
        hint = widget.placeholderText() if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) else ""
        name = name or plain(hint) or (_label_above(widget) if view else "") or lead(widget.toolTip())
        name = name or (lead(widget.window().windowTitle()) if view else "")  # what a dialog is about
        if not name:
            unnamed.append(widget)
            continue
        widget.setAccessibleName(name)
    for combo in root.findChildren(QComboBox):
        if combo.accessibleName() and not combo.view().accessibleName():
            combo.view().setAccessibleName(combo.accessibleName())  # its drop-down list, read when opened
    return unnamed
