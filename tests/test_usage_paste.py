"""Months pasted from a spreadsheet: headers, month names, locale separators, units; a preview with every
rejected cell and why; never an invented month."""

from __future__ import annotations

import pytest

from tariff_advisor.household.model import MonthlyUsage
from tariff_advisor.usage.paste import Separators, merge_paste, parse_month, parse_number, parse_paste

GERMAN, ENGLISH = Separators(",", "."), Separators(".", ",")


@pytest.mark.parametrize(
    ("text", "month"),
    [("2025-11", "2025-11"), ("Nov 2025", "2025-11"), ("11/2025", "2025-11"), ("November 2025", "2025-11"),
     ("Dez. 25", "2025-12"), ("01.11.2025", "2025-11"), ("Mär 2026", "2026-03"), ("2025-13", None),
     ("November", None), ("13/2025", None), ("", None)],
)  # fmt: skip
def test_months_as_spreadsheets_write_them(text, month):
    assert parse_month(text) == month


@pytest.mark.parametrize(
    ("text", "german", "english"),
    [("28,5", 28.5, 28.5), ("1.200", 1200, 1.2), ("1,200", 1.2, 1200), ("1.234,5", 1234.5, 1234.5),
     ("1,234.5", 1234.5, 1234.5), ("1.234.567", 1234567, 1234567), ("1 200", 1200, 1200), ("1,2,3", None, None),
     ("12a", None, None)],
)  # fmt: skip
def test_numbers_follow_the_locale_only_where_ambiguous(text, german, english):
    assert parse_number(text, GERMAN) == german and parse_number(text, ENGLISH) == english


def test_a_header_is_read_not_applied_and_names_the_columns():
    text = "Monat\tDaten (MB)\tMinuten\nNov 2025\t300\t1.200\n11/2025\t1\t1\n12/2025\t28,5 GB\t90 min\n"
    result = parse_paste(text, separators=GERMAN)
    assert result.header == ("month", "data_mb", "minutes")
    rows = [(r.row, r.month, r.values) for r in result.rows]
    assert rows == [
        (2, "2025-11", {"data_mb": 300.0, "minutes": 1200.0}),
        (3, "2025-11", {"data_mb": 1.0, "minutes": 1.0}),
        (4, "2025-12", {"data_mb": 28.5 * 1024, "minutes": 90.0}),
    ]
    assert not result.rejected


def test_every_rejected_cell_is_named_with_its_reason_and_a_bad_month_drops_the_row():
    text = "2025-11\t100\tabc\t5\t3 TB\t-2\nNovemberish 2025\t1\t1\t1\t1\t1\n\t5\t5\t5\t5\t5\n"
    result = parse_paste(text, separators=ENGLISH)
    assert [r.month for r in result.rows] == ["2025-11"] and result.rows[0].values == {"minutes": 100.0, "sms": 5.0}
    reasons = [str(r) for r in result.rejected]
    assert reasons == [
        "row 1, calls: 'abc' is not a number",
        "row 1, data: '3 TB' has a unit 'TB' that is not GB or MB",
        "row 1, international minutes: '-2' is negative",
        "row 2, month: 'Novemberish 2025' is not a month (write it as 2025-11, 11/2025 or Nov 2025); "
        "the row is left out",
        "row 3, month: '' is empty; the row is left out",
    ]


def test_merge_updates_months_adds_new_ones_in_order_and_never_invents_one():
    months = [MonthlyUsage(minutes=1, month="2025-10"), MonthlyUsage(minutes=2, month="2025-12")]
    result = parse_paste("2025-11\t50\n2025-12\t60\n", separators=ENGLISH)
    merged, cells, unplaced = merge_paste(months, result, 0)
    assert [(m.month, m.minutes) for m in merged] == [("2025-10", 1), ("2025-11", 50), ("2025-12", 60)]
    assert cells == 4 and not unplaced
    # values without a month column land on the table's rows; past the last row they are not taken
    result = parse_paste("7\n8\n9\n", first_field="sms", separators=ENGLISH)
    merged, cells, unplaced = merge_paste(months, result, 1)
    assert [m.sms for m in merged] == [0, 7] and cells == 1
    assert [str(r) for r in unplaced] == [
        f"row {n}, month: '' has no month to go to: paste the month column too" for n in (2, 3)
    ]


def test_pasting_a_spreadsheet_previews_rejections_and_applies_on_ok(window, qtbot):
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        window.members_view.setCurrentIndex(window.members_model.index(2, 0))  # Lea: 2025-11 .. 2026-10
        editor = window.history_editor
        before = list(editor.model.months)
        QApplication.clipboard().setText(
            "Monat\tMinuten\tAnrufe\tSMS\tDaten GB\tAusland\n"
            "Nov 2026\t1.200\t40\t10\t28,5 GB\t0\n"
            "12/2026\t300\t20\tviele\t4\t0\n"
            "Monat 13\t1\t1\t1\t1\t1\n"
        )
        tabs = window.usage_tabs.tabBar()  # the "12 months" tab, clicked
        QTest.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
        assert window.usage_tabs.currentWidget() is editor
        table = editor.table
        QTest.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(editor.model.index(0, 0)).center()
        )
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        QTest.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        preview = editor.preview
        assert preview.isVisible() and editor.model.months == before  # nothing changes before OK
        assert preview.table.rowCount() == 2
        assert preview.table.item(0, 0).text() == "2026-11" and preview.table.item(0, 1).text() == "1200"
        assert preview.table.item(0, 4).text() == "28.50" and preview.table.item(0, 6).text() == "new"
        problems = preview.problems.text()
        assert "row 3, SMS: 'viele' is not a number" in problems
        assert "row 4, month: 'Monat 13' is not a month" in problems
        QTest.mouseClick(preview.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        months = editor.model.months
        assert [m.month for m in months[-2:]] == ["2026-11", "2026-12"] and len(months) == len(before) + 2
        assert months[-2].minutes == 1200 and months[-2].data_mb == 28.5 * 1024 and months[-1].sms == 0
        assert "Pasted 11 cells" in editor.note.text()
    finally:
        QLocale.setDefault(QLocale.c())
