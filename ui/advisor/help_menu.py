"""Help for the advisor window: Help -> User guide (F1), a short guide shipped inside the package
(help/user-guide.html, package data), Help -> How we rank (the method, and who publishes the prices in use),
and the tooltips of the controls whose use is not self-evident.

The tooltips of controls other modules build are declared here in one table, by where the window
keeps each control; a control that already has its own tooltip keeps it.
"""

from __future__ import annotations

from html import escape
from importlib.resources import files

from PySide6.QtCore import QCoreApplication
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

from tariff_advisor import i18n
from tariff_advisor.billing.assignment import is_stand_in
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.i18n import date

from ..accessibility import name_controls
from ..language import QT_TRANSLATE_NOOP

GUIDE = "user-guide.html"
METHOD = "how-we-rank.html"
PUBLISHERS = "<!--publishers-->"  # where the method says who publishes the catalogue in use

# where the window keeps the control ("attribute.attribute[key]", then ":text" for a button found by its
# text) -> what it does
TOOLTIPS: tuple[tuple[str, str], ...] = (
    (
        "optimise_button",
        QT_TRANSLATE_NOOP(
            "help_menu",
            "Find the cheapest plans for the whole household, keeping what is locked, "
            "and prove that no other choice is cheaper (Ctrl+R)",
        ),
    ),
    (
        "usage_editor.apply_button",
        QT_TRANSLATE_NOOP(
            "help_menu", "Give the selected member this typical month (it replaces their recorded months)"
        ),
    ),
    (
        "usage_editor.spins[minutes]",
        QT_TRANSLATE_NOOP("help_menu", "Minutes of calls a typical month (national calls)"),
    ),
    (
        "usage_editor.spins[calls]",
        QT_TRANSLATE_NOOP(
            "help_menu", "Number of calls a month: counts where a tariff charges per call or rounds calls up"
        ),
    ),
    (
        "usage_editor.spins[sms]",
        QT_TRANSLATE_NOOP("help_menu", "Text messages (SMS) sent a month; chat apps use data, not SMS"),
    ),
    (
        "usage_editor.spins[data_gb]",
        QT_TRANSLATE_NOOP("help_menu", "Mobile data used away from Wi-Fi in a typical month, in GB"),
    ),
    ("usage_editor.spins[intl_minutes]", QT_TRANSLATE_NOOP("help_menu", "Minutes of calls to other countries a month")),
    (
        "history_editor.apply_button",
        QT_TRANSLATE_NOOP("help_menu", "Give the selected member exactly these months; the optimiser uses every month"),
    ),
    ("history_editor:Add month", QT_TRANSLATE_NOOP("help_menu", "Add the month after the last one")),
    ("history_editor:Remove", QT_TRANSLATE_NOOP("help_menu", "Remove the selected months")),
    ("constraints.providers", QT_TRANSLATE_NOOP("help_menu", "Untick a provider to leave it out when optimising")),
    (
        "constraints.max_providers",
        QT_TRANSLATE_NOOP("help_menu", "At most this many different providers in the household (no limit: any number)"),
    ),
    (
        "constraints.budget",
        QT_TRANSLATE_NOOP("help_menu", "The most the household will pay a month, on average over the contract period"),
    ),
    (
        "constraints.features",
        QT_TRANSLATE_NOOP("help_menu", "Features every member's tariff must have, e.g. EU roaming"),
    ),
    (
        "constraints.shop_button",
        QT_TRANSLATE_NOOP(
            "help_menu", "The tariffs your shop sells: only these are recommended (kept for the next customers)"
        ),
    ),
)


def guide_html(name: str = GUIDE, language: str | None = None) -> str:
    """A help page in `language` (None: the one in use), read from the installed package (so a wheel has it, not
    only a checkout): `user-guide.de.html` for German, the English page where there is no translation."""
    folder = files(__package__) / "help"
    translated = folder / name.replace(".html", f".{language or i18n.language()}.html")
    return (translated if translated.is_file() else folder / name).read_text(encoding="utf-8")


def publishers_html(catalogue: Catalogue | None) -> str:
    """Who publishes the prices in use, per source, with the providers and the day their prices were checked
    (every name and source escaped: they come from the catalogue's files)."""
    providers = [p for p in (catalogue.providers.values() if catalogue else ()) if not is_stand_in(p.id)]
    if not providers:
        return QCoreApplication.translate("help_menu", "<p>No catalogue is loaded.</p>")
    by_source: dict[str, list[str]] = {}
    for p in sorted(providers, key=lambda p: p.name.casefold()):
        checked = (
            QCoreApplication.translate("help_menu", "prices checked {day}").format(day=date(p.checked))
            if p.checked
            else QCoreApplication.translate("help_menu", "no date of checking given")
        )
        by_source.setdefault(
            p.source or QCoreApplication.translate("help_menu", "not stated in the catalogue"), []
        ).append(f"{escape(p.name)} ({checked})")
    items = "".join(f"<li><b>{escape(source)}</b>: {', '.join(names)}</li>" for source, names in by_source.items())
    sample = (
        QCoreApplication.translate(
            "help_menu", "<p>This is a fictional sample market for demonstration, not real offers.</p>"
        )
        if any(p.sample for p in providers)
        else ""
    )
    compares = QCoreApplication.translate(
        "help_menu",
        "<p>The catalogue compares {count} providers. Their prices come from "
        "(the source named in each provider's file):</p>",
    ).format(count=len(providers))
    return f"{release_html(catalogue)}{compares}<ul>{items}</ul>{sample}"


def release_html(catalogue: Catalogue | None) -> str:
    """The publisher of the signed release in use, named first: it answers for the prices ("" without one)."""
    release = catalogue.release if catalogue else None
    if release is None:
        return ""
    return QCoreApplication.translate(
        "help_menu",
        "<p>The catalogue in use is release {version} of {released}, "
        "published by <b>{publisher}</b> and signed with their key {key}.</p>",
    ).format(
        version=escape(release.version),
        released=date(release.released),
        publisher=escape(release.publisher),
        key=escape(release.key),
    )


def method_html(catalogue: Catalogue | None) -> str:
    return guide_html(METHOD).replace(PUBLISHERS, publishers_html(catalogue))


class HelpPage(QDialog):
    """A help page beside the window (not modal: it can stay open while the user works)."""

    def __init__(self, name: str, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        name_controls(self)  # what a screen reader says for each control
        metrics = self.fontMetrics()  # about 120 characters wide and 45 lines high, at any text size
        self.resize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 45)


class UserGuide(HelpPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "user_guide", QCoreApplication.translate("UserGuide", "Tariff Advisor: user guide"), guide_html(), parent
        )


class HowWeRank(HelpPage):
    def __init__(self, catalogue: Catalogue | None, parent: QWidget | None = None) -> None:
        super().__init__(
            "how_we_rank",
            QCoreApplication.translate("HowWeRank", "Tariff Advisor: how we rank"),
            method_html(catalogue),
            parent,
        )

    def show_catalogue(self, catalogue: Catalogue | None) -> None:
        self.browser.setHtml(method_html(catalogue))


def _raised(page: HelpPage) -> HelpPage:
    page.show()
    page.raise_()
    page.activateWindow()
    return page


def show_guide(window: QWidget) -> UserGuide:
    """The guide beside the window; one at a time."""
    guide = window.findChild(UserGuide) or UserGuide(window)
    _raised(guide)
    return guide


def _catalogue(window: QWidget) -> Catalogue | None:
    """The catalogue the window advises on now (the advisor's session holds it)."""
    catalogue = getattr(getattr(window, "session", None), "catalogue", None)
    return catalogue if isinstance(catalogue, Catalogue) else None


def show_method(window: QWidget) -> HowWeRank:
    """How we rank, naming the publishers of the catalogue in use when it is opened; one at a time."""
    page = window.findChild(HowWeRank) or HowWeRank(None, window)
    page.show_catalogue(_catalogue(window))
    _raised(page)
    return page


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
        shown = QCoreApplication.translate("HistoryEditor", text)  # the button's text as the window shows it
        node = next((b for b in node.findChildren(QAbstractButton) if b.text() == shown), None)
    return node if isinstance(node, QWidget) else None


def add_tooltips(window: QWidget) -> None:
    for locator, tip in TOOLTIPS:
        control = _control(window, locator)
        if control is not None and not control.toolTip():
            control.setToolTip(QCoreApplication.translate("help_menu", tip))


def install_help(window: QMainWindow) -> QAction:
    """Help -> User guide (F1) and How we rank first in the window's Help menu (made if there is none), and the
    tooltips."""
    bar = window.menuBar()
    helps = [
        a.menu() for a in bar.actions() if a.text().replace("&", "") == QCoreApplication.translate("help_menu", "Help")
    ]
    menu = next((m for m in helps if isinstance(m, QMenu)), None) or bar.addMenu(
        QCoreApplication.translate("help_menu", "&Help")
    )
    action = QAction(QCoreApplication.translate("help_menu", "&User guide"), window)
    action.setObjectName("user_guide_action")
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(lambda: show_guide(window))
    method = QAction(QCoreApplication.translate("help_menu", "&How we rank"), window)
    method.setObjectName("how_we_rank_action")
    method.setToolTip(
        QCoreApplication.translate(
            "help_menu",
            "The method in plain language: what counts, how the optimum is proven, who publishes the prices",
        )
    )
    method.triggered.connect(lambda: show_method(window))
    if menu.actions():
        first = menu.actions()[0]
        menu.insertActions(first, [action, method])
        menu.insertSeparator(first)
    else:
        menu.addActions([action, method])
    add_tooltips(window)
    return action
