"""Help for the advisor window: Help -> User guide (F1), a short guide shipped inside the package
(help/user-guide.html, package data), and the tooltips of the controls whose use is not self-evident.

The tooltips of controls other modules build are declared here in one table, by where the window
keeps each control; a control that already has its own tooltip keeps it.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

GUIDE = "user-guide.html"

# where the window keeps the control ("attribute.attribute[key]", then ":text" for a button found by its
# text) -> what it does
TOOLTIPS: tuple[tuple[str, str], ...] = (
    (
        "optimise_button",
        "Find the cheapest plans for the whole household, keeping what is locked, "
        "and prove that no other choice is cheaper (Ctrl+R)",
    ),
    ("usage_editor.apply_button", "Give the selected member this typical month (it replaces their recorded months)"),
    ("usage_editor.spins[minutes]", "Minutes of calls a typical month (national calls)"),
    ("usage_editor.spins[calls]", "Number of calls a month: counts where a tariff charges per call or rounds calls up"),
    ("usage_editor.spins[sms]", "Text messages (SMS) sent a month; chat apps use data, not SMS"),
    ("usage_editor.spins[data_gb]", "Mobile data used away from Wi-Fi in a typical month, in GB"),
    ("usage_editor.spins[intl_minutes]", "Minutes of calls to other countries a month"),
    ("history_editor.apply_button", "Give the selected member exactly these months; the optimiser uses every month"),
    ("history_editor:Add month", "Add the month after the last one"),
    ("history_editor:Remove", "Remove the selected months"),
    ("constraints.providers", "Untick a provider to leave it out when optimising"),
    ("constraints.max_providers", "At most this many different providers in the household (no limit: any number)"),
    ("constraints.budget", "The most the household will pay a month, on average over the contract period"),
    ("constraints.features", "Features every member's tariff must have, e.g. EU roaming"),
    (
        "constraints.shop_button",
        "The tariffs your shop sells: only these are recommended (kept for the next customers)",
    ),
)


def guide_html() -> str:
    """The user guide, read from the installed package (so a wheel has it, not only a checkout)."""
    return (files(__package__) / "help" / GUIDE).read_text(encoding="utf-8")


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle("Tariff Advisor: user guide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)


def show_guide(window: QWidget) -> UserGuide:
    """The guide beside the window (not modal: it can stay open while the user works); one at a time."""
    guide = window.findChild(UserGuide) or UserGuide(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def _control(window: QWidget, locator: str) -> QWidget | None:
    path, _, text = locator.partition(":")
    node: object = window
    try:
        for part in path.split("."):
            name, _, key = part.partition("[")
            node = getattr(node, name)
            if key:
                node = node[key.rstrip("]")]  # type: ignore[index]  # a dict of controls, e.g. spins
    except (AttributeError, KeyError, TypeError):
        return None  # moved or renamed elsewhere: the tooltip test says which
    if text and isinstance(node, QWidget):
        node = next((b for b in node.findChildren(QAbstractButton) if b.text() == text), None)
    return node if isinstance(node, QWidget) else None


def add_tooltips(window: QWidget) -> None:
    for locator, tip in TOOLTIPS:
        control = _control(window, locator)
        if control is not None and not control.toolTip():
            control.setToolTip(tip)


def install_help(window: QMainWindow) -> QAction:
    """Help -> User guide (F1) first in the window's Help menu (made if there is none), and the tooltips."""
    bar = window.menuBar()
    helps = [a.menu() for a in bar.actions() if a.text().replace("&", "") == "Help"]
    menu = next((m for m in helps if isinstance(m, QMenu)), None) or bar.addMenu("&Help")
    action = QAction("&User guide", window)
    action.setObjectName("user_guide_action")
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(lambda: show_guide(window))
    if menu.actions():
        first = menu.actions()[0]
        menu.insertAction(first, action)
        menu.insertSeparator(first)
    else:
        menu.addAction(action)
    add_tooltips(window)
    return action
