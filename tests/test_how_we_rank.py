"""Help -> How we rank: the method in plain language, who publishes the prices in use, how to report an error."""

from __future__ import annotations

from dataclasses import replace

import pytest

import tariff_advisor as ta
from tariff_advisor import i18n

pytest.importorskip("PySide6")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextBrowser

METHOD = (
    "cost you over the contract period",
    "monthly fees",
    "options",
    "beyond the allowances",
    "one-off fees",
    "discounts",
    "promotions",
    "MILP",
    "proves that no other combination costs less",
    "priced again by the same rules as the bill",
    "no commission",
    "no provider can pay for placement",
    "tell the shop",
    "catalogue's publisher",
)


def _help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")


def test_help_how_we_rank_says_the_method_and_who_publishes_the_prices(qtbot, window):
    from tariff_advisor_ui.advisor.help_menu import HowWeRank

    menu = _help_menu(window)
    action = next(a for a in menu.actions() if a.text() == "&How we rank")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    QTest.keyClick(menu, "h")  # the menu's mnemonic, as the user presses it
    qtbot.waitUntil(lambda: window.findChild(HowWeRank) is not None)
    page = window.findChild(HowWeRank)
    assert page.isVisible() and not page.isModal() and action.isEnabled()
    text = " ".join(page.findChild(QTextBrowser).toPlainText().split())
    for words in METHOD:
        assert words in text, words
    for provider in window.session.catalogue.providers.values():  # who publishes, per provider, with the date
        assert provider.name in text and provider.source in text and i18n.date(provider.checked) in text
    assert "fictional sample market" in text


def test_the_publishers_are_escaped_and_follow_the_catalogue_in_use(qtbot, window):
    from tariff_advisor_ui.advisor.help_menu import HowWeRank, show_method

    catalogue = window.session.catalogue
    first = next(iter(catalogue.providers))
    odd = "<b>Prices & Co</b>"  # a catalogue file's text is shown as written, never parsed
    providers = {**catalogue.providers, first: replace(catalogue.providers[first], source=odd, sample=False)}
    window.session.catalogue = ta.Catalogue(providers, catalogue.tariffs, catalogue.options, catalogue.family_plans)
    show_method(window)
    text = window.findChild(HowWeRank).findChild(QTextBrowser).toPlainText()
    assert odd in text
