"""Every euro traceable: the bill lines behind any cost, the same in the CLI, the app and the PDF."""

from __future__ import annotations

import json

import pytest

import tariff_advisor as ta
from tariff_advisor.billing.statement import every_month, folded, lines_of, month_ranges, total
from tariff_advisor.report.formatting import money
from tests.conftest import FAMILY
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def family_bill() -> ta.Bill:
    household, catalogue = ta.load_household(FAMILY), ta.load_catalogue()
    rec = ta.recommend(household, catalogue, solver="highs")
    assert rec.plans is not None
    return rec.plans.bill


def test_folded_rows_add_up_to_every_cost_and_fold_only_what_repeats(family_bill):
    rows = folded(family_bill.lines)
    assert total(rows) == pytest.approx(family_bill.total, abs=1e-9)
    for member, cost in family_bill.by_member().items():
        assert total(folded(lines_of(family_bill.lines, member))) == pytest.approx(cost, abs=1e-9)
    for month, cost in enumerate(family_bill.by_month(), start=1):
        assert total(every_month(lines_of(family_bill.lines, month=month))) == pytest.approx(cost, abs=1e-9)
    keys = [(r.member, r.provider, r.category, r.label) for r in rows]
    assert len(keys) == len(set(keys))  # each charge once
    assert sum(len(r.months) for r in rows) == len(family_bill.lines)  # and every line in one of them
    assert any(len(r.months) > 1 for r in rows)  # the household's fees repeat: folding does something


def test_month_ranges_say_the_months_in_runs():
    assert month_ranges([1, 2, 3, 7, 9, 10]) == "1-3, 7, 9-10"
    assert month_ranges([5]) == "5"


def test_price_prints_the_shared_folding_and_json_the_every_month_lines():
    household, catalogue = ta.load_household(FAMILY), ta.load_catalogue()
    assignment = {m.name: {"tariff": m.current.tariff, "options": list(m.current.options)} for m in household.members}
    bill = ta.price(household, catalogue, assignment)
    text = run_cli("price", str(FAMILY))
    assert text.returncode == 0, text.stderr
    printed = [line.split() for line in text.stdout.splitlines()[2:] if line.strip() and not line.startswith(" ")]
    rows = folded(bill.lines)
    assert len(printed) >= len(rows)
    for row, words in zip(rows, printed, strict=False):
        assert words[0] == row.member and words[-1] == money(row.amount)
        assert " ".join(words[-3:-1]) == row.when
    data = json.loads(run_cli("price", str(FAMILY), "--json").stdout)
    listed = every_month(bill.lines)
    assert [(d["month"], d["member"], d["label"]) for d in sorted(data["lines"], key=lambda d: d["month"])] == [
        (r.months[0], r.member, r.label) for r in listed
    ]


# --- in the app: a click (or a key) on any cost opens its lines -------------------------------------------------


def _dialog(window):
    from tariff_advisor_ui.advisor.bill_lines_dialog import BillLinesDialog

    dialog = window.findChild(BillLinesDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def _shown_total(dialog) -> str:
    """The total's amount without its currency sign (the shipped market's euros: `€1,234.50` in English)."""
    return dialog.total.text().split("Total: ")[1].split("</b>")[0].removeprefix("€")


def _click(widget, pos):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_a_members_cost_cell_shows_the_lines_that_make_it_up(window):
    pytest.importorskip("PySide6")
    from tariff_advisor_ui.advisor.configurator import COST

    table, bill = window.configurator.table, window.session.bill
    _click(table.viewport(), table.visualRect(table.model().index(1, COST)).center())
    dialog = _dialog(window)
    name = window.session.household.member_names[1]
    assert dialog.member.currentData() == name
    assert _shown_total(dialog) == table.item(1, COST).text() == money(bill.by_member()[name])
    rows = dialog.rows()
    assert rows == folded(lines_of(bill.lines, name)) and dialog.table.rowCount() == len(rows)
    texts = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert texts == [r.label for r in rows] and all(r.member == name for r in rows)
    rules = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert "monthly fees" in rules  # the rule each line comes from, in the domain's words


def test_enter_on_the_focused_cost_cell_and_ctrl_b_open_the_lines(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tariff_advisor_ui.advisor.configurator import COST

    table, bill = window.configurator.table, window.session.bill
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    table.setCurrentCell(0, COST)
    QTest.keyClick(table, Qt.Key.Key_Return)
    dialog = _dialog(window)
    assert dialog.member.currentData() == "Anna" and _shown_total(dialog) == money(bill.by_member()["Anna"])
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.household_panel.name.setFocus()  # away from the plans table: Ctrl+B is the household's lines
    QTest.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _dialog(window) is not None)
    assert dialog.member.currentData() is None and _shown_total(dialog) == money(bill.total)


def test_clicking_the_household_total_shows_every_line_folded_or_month_by_month(window):
    from PySide6.QtWidgets import QApplication

    bill, label = window.session.bill, window.configurator.total
    _click(label, label.rect().center())
    dialog = _dialog(window)
    assert dialog.member.currentData() is None and _shown_total(dialog) == money(bill.total)
    folded_count = dialog.table.rowCount()
    dialog.view.setCurrentIndex(1)  # every month: the lines `price --json` lists
    assert dialog.table.rowCount() == len(bill.lines) > folded_count
    assert _shown_total(dialog) == money(bill.total)
    assert dialog.table.item(0, 4).text() == "month 1"
    dialog.member.setCurrentIndex(dialog.member.findData("Anna"))  # the member filter
    assert _shown_total(dialog) == money(bill.by_member()["Anna"])
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.splitlines()[1].startswith("member\tprovider\trule\tcharge")
    assert copied.rstrip().endswith(f"total\t{money(bill.by_member()['Anna'], bill.currency)}")
    assert len(copied.splitlines()) == 3 + len(lines_of(bill.lines, "Anna"))


def _press_on(canvas, x: float, y: float, axes) -> None:
    """A real mouse click on the canvas where data point (x, y) of `axes` is drawn."""
    from PySide6.QtCore import QPoint

    canvas.draw()  # the layout places the axes when drawn
    px, py = axes.transData.transform((x, y))
    ratio = canvas.device_pixel_ratio
    _click(canvas, QPoint(round(px / ratio), round(canvas.height() - py / ratio)))


def test_clicking_a_bar_of_the_cost_per_member_chart_shows_that_members_lines(window):
    from tariff_advisor_ui.advisor.charts_panel import chart_members

    charts, bill, today = window.charts, window.session.bill, window.session.today
    charts.tabs.setCurrentIndex(0)
    canvas = charts.canvases["Cost per member"]
    members = chart_members(bill, today)
    index = members.index("Lea")
    axes = canvas.figure.axes[0]
    offset = -0.2 if today is not None else 0.0  # the chosen plans' bar is left of today's
    _press_on(canvas, index + offset, bill.by_member()["Lea"] / 2, axes)
    dialog = _dialog(window)
    assert dialog.member.currentData() == "Lea" and dialog.bill is bill
    assert _shown_total(dialog) == money(bill.by_member()["Lea"])
    dialog.close()
    _press_on(canvas, index + 0.5, 1.0, axes)  # between two members' bars: nothing
    assert not dialog.isVisible()
    if today is not None:  # today's hatched bar opens today's bill
        _press_on(canvas, index + 0.2, 1.0, axes)
        assert dialog.bill is today and _shown_total(dialog) == money(today.by_member().get("Lea", 0.0))


def test_clicking_a_month_bar_shows_that_months_lines(window):
    charts, bill = window.charts, window.session.bill
    charts.tabs.setCurrentIndex(1)
    canvas = charts.canvases["Month by month"]
    _press_on(canvas, 3, bill.by_month()[2] / 2, canvas.figure.axes[0])
    dialog = _dialog(window)
    assert dialog.month == 3 and {m for r in dialog.rows() for m in r.months} == {3}
    assert _shown_total(dialog) == money(bill.by_month()[2])


# --- in the PDF: an appendix with the lines folded by month, as `price` prints them -----------------------------


def _pages(path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def test_the_pdf_appendix_lists_the_recommended_lines_folded_as_price_prints_them(tmp_path):
    from tariff_advisor.optimiser.explain import explain
    from tariff_advisor.report.advice import build_pdf

    rec = ta.recommend(ta.load_household(FAMILY), ta.load_catalogue(), solver="highs")
    pages = _pages(build_pdf(rec, explain(rec), tmp_path / "advice.pdf"))
    start = next(i for i, p in enumerate(pages) if "Appendix: every charge of the recommended plans" in p)
    appendix = " ".join(pages[start:])
    for row in folded(rec.plans.bill.lines):
        assert f"{row.label} " in appendix and f"{row.when} {row.month_ranges} {money(row.amount)}" in appendix
    assert f"total {money(rec.plans.bill.total)}" in appendix  # the lines add up to the advice's total


def test_a_long_appendix_splits_over_pages_with_its_header_and_prints_names_as_typed(tmp_path, monkeypatch):
    from dataclasses import replace

    import tariff_advisor.report.advice as report
    from tariff_advisor.optimiser.explain import explain

    monkeypatch.setattr(report, "_chart_image", lambda draw, width, height: report.Spacer(width, height))
    household = ta.load_household(FAMILY)
    odd = "<b>Bo & Co</b>"  # markup in a name is printed, never parsed
    members = [replace(m, name=f"{odd} {i}" if i == 0 else f"{m.name}{i}") for i, m in enumerate(household.members * 6)]
    big = replace(household, members=members, home_broadband_provider=None)
    rec = ta.recommend(big, ta.load_catalogue(), solver="highs")
    pages = _pages(report.build_pdf(rec, explain(rec), tmp_path / "big.pdf"))
    start = next(i for i, p in enumerate(pages) if "Appendix: every charge" in p)
    header = f"member provider charge rule when months amount ({rec.plans.bill.currency})"
    assert len(pages) - start >= 2  # the table does not fit one page
    assert all(header in page for page in pages[start:])  # and repeats its header on each
    assert f"{odd} 0" in " ".join(pages[start:])
    rows = folded(rec.plans.bill.lines)
    assert sum(
        " ".join(pages[start:]).count(f" {r.when} {r.month_ranges} {money(r.amount)}") >= 1 for r in rows
    ) == len(rows)


def test_the_open_lines_follow_the_household_on_screen(window):
    from tariff_advisor_ui.advisor.configurator import COST

    session, table = window.session, window.configurator.table
    _click(table.viewport(), table.visualRect(table.model().index(0, COST)).center())
    dialog = _dialog(window)
    before = session.bill.by_member()["Anna"]
    other = next(
        t.id for t in window.configurator._tariffs_for("Anna", "blitz") if t.id != session.assignment["Anna"]["tariff"]
    )
    session.set_choice("Anna", other, [])
    after = session.bill.by_member()["Anna"]
    assert money(after) != money(before)  # the test tells the two bills apart
    assert dialog.bill is session.bill and _shown_total(dialog) == money(after) == table.item(0, COST).text()
    assert dialog.member.currentData() == "Anna"
