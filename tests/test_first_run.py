"""The first-run page: four ways in, each reached with Tab and pressed with Enter as a keyboard user does; a way
chosen is remembered, Help shows the page again (issue 13)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

import tariff_advisor as ta
from tariff_advisor.io.resources import example_family_path
from tariff_advisor_ui import settings as keys
from tariff_advisor_ui.advisor.first_run import FirstRunPage, first_run_done, greet, show_first_run

ORDER = ("know_usage", "estimate", "import", "example")  # top to bottom, as Tab goes


def shown(qtbot, window) -> FirstRunPage:
    page = greet(window)
    assert page is not None, "a first run with no household given greets the user"
    qtbot.waitUntil(page.isVisible)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def choose(qtbot, page: FirstRunPage, way: str) -> None:
    """Tab to the way's button from where the cursor starts (the first way), then Enter."""
    assert page.focusWidget() is page.ways[ORDER[0]], "the first way has the cursor"
    for _ in range(ORDER.index(way)):
        QTest.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is page.ways[way]
    QTest.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.isVisible())


def one_empty_member(window) -> ta.Member:
    members = window.session.household.members
    assert len(members) == 1
    assert members[0].usage == (ta.MonthlyUsage(),)
    return members[0]


def test_i_know_my_usage_opens_an_empty_household_with_the_cursor_in_the_usage(qtbot, window):
    page = shown(qtbot, window)
    choose(qtbot, page, "know_usage")
    member = one_empty_member(window)
    assert window.usage_tabs.currentWidget() is window.usage_editor
    minutes = window.usage_editor.spins["minutes"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (minutes, minutes.lineEdit()))
    assert first_run_done(window.settings)
    minutes.lineEdit().selectAll()
    QTest.keyClicks(minutes.lineEdit(), "300")
    QTest.keyClick(minutes.lineEdit(), Qt.Key.Key_Return)  # Enter applies the typical month
    assert window.session.household.member(member.name).usage[0].minutes == 300


def test_help_me_estimate_opens_the_needs_questionnaire(qtbot, window):
    page = shown(qtbot, window)
    choose(qtbot, page, "estimate")
    one_empty_member(window)
    assert window.usage_tabs.currentWidget() is window.needs_panel
    first = next(iter(window.needs_panel.answers.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (first, first.lineEdit()))
    assert isinstance(first, QAbstractSpinBox)
    assert first_run_done(window.settings)


def test_import_my_bills_opens_the_usage_import(qtbot, window):
    page = shown(qtbot, window)
    choose(qtbot, page, "import")
    member = one_empty_member(window)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.member.currentText() == member.name  # the months go to the household's one member
    dialog.reject()
    assert first_run_done(window.settings)


def test_open_the_example_family(qtbot, window):
    window.session.new_customer()  # something else on screen first
    page = shown(qtbot, window)
    choose(qtbot, page, "example")
    assert window.session.path == example_family_path()
    assert len(window.session.household.members) == 4
    assert first_run_done(window.settings)


def test_the_page_is_not_shown_again_once_a_way_was_chosen_and_help_brings_it_back(qtbot, window):
    page = shown(qtbot, window)
    QTest.keyClick(page.focusWidget(), Qt.Key.Key_Escape)  # closed without choosing: asked again next time
    qtbot.waitUntil(lambda: not page.isVisible())
    assert not first_run_done(window.settings)
    window.settings.setValue(keys.FIRST_RUN_DONE, True)
    assert greet(window) is None
    action = window.findChild(QAction, "first_run_action")
    help_menu = next(m.menu() for m in window.menuBar().actions() if m.text() == "&Help")
    assert action in help_menu.actions()
    action.trigger()
    page = window.findChild(FirstRunPage)
    assert page is not None and page.isVisible()
    assert show_first_run(window) is page  # one at a time
    page.reject()


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        ("en", ("Where to start", "I know my usage", "How the optimum is proven", "What the charts mean")),
        ("de", ("Wo anfangen?", "Ich kenne meinen Verbrauch", "Wie das Optimum belegt wird", "Was die Diagramme")),
    ],
)
def test_the_user_guide_and_how_we_rank_open_in_the_language_in_use(qtbot, window, language, headings):
    from PySide6.QtWidgets import QTextBrowser

    from tariff_advisor.i18n import use_language
    from tariff_advisor_ui.advisor.help_menu import HowWeRank, UserGuide, show_method

    with use_language(language):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        QTest.keyClick(window, Qt.Key.Key_F1)
        guide = window.findChild(UserGuide)
        assert guide is not None and guide.isVisible()
        text = guide.findChild(QTextBrowser).toPlainText()
        for heading in headings:
            assert heading in text
        method = show_method(window)
        assert isinstance(method, HowWeRank)
        ranked = method.browser.toPlainText()
        assert ("Wie wir vergleichen" in ranked) == (language == "de")
        assert "Nordwave" in ranked and "publishers" not in ranked  # who publishes the prices, filled in
    for page in (guide, method):
        page.close()
        page.deleteLater()  # another language's page is made anew
    QApplication.processEvents()


def test_a_screen_reader_reads_each_way_in_with_what_follows(qtbot, window):
    from PySide6.QtGui import QAccessible

    from .test_accessibility import assert_every_control_named

    page = shown(qtbot, window)
    assert_every_control_named(page)
    for button in page.ways.values():
        node = QAccessible.queryAccessibleInterface(button)
        assert node.text(QAccessible.Text.Name) == button.text()
        assert node.text(QAccessible.Text.Description) == button.description()
    page.reject()
