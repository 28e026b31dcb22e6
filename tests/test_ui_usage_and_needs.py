"""The app's usage views (typical month, 12 months, needs advisor), break-even chart, shop range, start date."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tariff_advisor_ui import settings as keys

from .test_ui import WAIT


def select(window, name: str) -> None:
    row = window.session.household.member_names.index(name)
    window.members_view.setCurrentIndex(window.members_model.index(row, 0))


def test_history_model_passes_qtmodeltester(qtmodeltester, window):
    select(window, "Anna")
    qtmodeltester.check(window.history_editor.model)


def test_twelve_months_edit_paste_and_apply(window):
    select(window, "Lea")
    editor = window.history_editor
    model = editor.model
    assert model.rowCount() == 12 and model.data(model.index(0, 0)) == "2025-11"
    assert model.setData(model.index(0, 4), "2.5")  # GB
    assert not model.setData(model.index(0, 4), "-1") and not model.setData(model.index(0, 0), "November")
    QApplication.clipboard().setText("2026-11\t100\t20\t5\t3,5\t0\n2026-12\t200\t30\t6\t4\t10\n")
    model.add_month()
    editor.table.setCurrentIndex(model.index(12, 0))  # the new month: the second pasted row appends one more
    editor.paste_clipboard()
    take = editor.preview.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(take, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 14 and model.months[13].intl_minutes == 10 and model.months[12].data_mb == 3.5 * 1024
    assert "Pasted 12 cells" in editor.note.text()
    axes = editor.canvas.figure.axes
    assert len(axes[0].patches) == 14  # one bar per month
    before = window.session.bill.total
    editor.apply_button.click()
    usage = window.session.household.member("Lea").usage
    assert len(usage) == 14 and usage[0].data_mb == 2.5 * 1024 and window.session.dirty
    assert window.session.bill.total != before


def test_typical_month_sliders_follow_and_set_the_boxes(window):
    select(window, "Anna")
    editor = window.usage_editor
    editor.sliders["data_gb"].setValue(123)  # tenths of a GB
    assert editor.spins["data_gb"].value() == pytest.approx(12.3)
    editor.spins["minutes"].setValue(250)
    assert editor.sliders["minutes"].value() == 250
    editor.apply_button.click()
    (month,) = window.session.household.member("Anna").usage
    assert month.data_mb == pytest.approx(12.3 * 1024) and month.minutes == 250


def test_needs_advisor_estimates_with_corrected_assumptions_and_applies(window):
    select(window, "Max")
    needs = window.needs_panel
    for spin in needs.answers.values():
        spin.setValue(0)
    needs.answers["video"].setValue(4)
    first = needs.estimate.usage.data_mb
    needs.assumptions["video"].setValue(1400)  # the parents know he watches in HD
    assert needs.estimate.usage.data_mb == pytest.approx(2 * first, rel=1e-3)
    assert "Video: 4 h/week x 1400 MB/h" in needs.result.text()
    needs.answers["travel"].setValue(10)
    assert "EU roaming" in needs.result.text()  # as customers read the feature (feature_label)
    needs.use_button.click()
    (month,) = window.session.household.member("Max").usage
    assert month.data_mb == pytest.approx(needs.estimate.usage.data_mb)
    assert window.session.household.member("Max").needs == ("eu_roaming",)  # saved with the household
    needs.answers["travel"].setValue(0)
    needs.use_button.click()
    assert window.session.household.member("Max").needs == ()


def test_break_even_chart_follows_the_member_and_the_choice(window):
    select(window, "Anna")
    charts = window.charts
    charts.tabs.setCurrentIndex(charts.tabs.count() - 1)
    chart = charts.break_even_chart()
    assert chart.member == "Anna" and chart.curves[0].tariff == window.session.assignment["Anna"]["tariff"]
    lines = charts.canvases["Break-even"].figure.axes[0].get_lines()
    assert len([line for line in lines if len(line.get_xdata()) == len(chart.xs)]) == len(chart.curves)
    window.session.set_choice("Anna", "ki-20")
    assert charts.break_even_chart().curves[0].tariff == "ki-20"
    charts.by_minutes.setChecked(True)
    assert charts.break_even_chart().resource == "minutes"
    assert "call minutes" in charts.canvases["Break-even"].figure.axes[0].get_xlabel()


def test_shop_range_restricts_the_optimum_and_is_kept(qtbot, window):
    kite = {t.id for t in window.session.catalogue.tariffs_of("kite")}
    window.constraints.set_shop_range(kite)
    assert "only_tariffs" in window.session.constraints
    assert window.constraints.shop_button.text().startswith(f"{len(kite)} of 85")
    with qtbot.waitSignal(window.session.recommendationReady, timeout=WAIT) as blocker:
        window.session.optimise()
    assert {c["tariff"] for c in blocker.args[0].assignment.values()} <= kite
    assert sorted(window.settings.value(keys.SHOP_RANGE)) == sorted(kite)


def test_start_date_picks_what_is_on_sale(window):
    panel = window.constraints
    panel.start.setDate(dt.date(2027, 3, 1))
    assert window.session.household.start_date == dt.date(2027, 3, 1) and window.session.dirty
    day = window.session.household.contract_start
    on_sale = [t for t in window.session.catalogue.tariffs if t.is_valid_on(day)]
    assert len(on_sale) < len(window.session.catalogue.tariffs)  # the sample market has dated tariffs


def test_tab_moves_through_the_typical_month_in_order(qtbot, window):
    select(window, "Anna")
    window.usage_tabs.setCurrentWidget(window.usage_editor)
    window.activateWindow()
    spins = window.usage_editor.spins
    spins["minutes"].setFocus()
    qtbot.waitUntil(lambda: spins["minutes"].hasFocus())
    order = []
    for _ in range(len(spins)):
        order.append(next(a for a, s in spins.items() if s.hasFocus()))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["minutes", "sms", "data_gb", "calls", "intl_minutes"]  # what every bill shows first
    assert QApplication.focusWidget() is window.usage_editor.apply_button


def test_todays_plan_is_typed_as_a_tariff_a_fee_or_none(qtbot, window):
    model, session = window.members_model, window.session
    assert model.setData(model.index(3, 3), "Kite 10")
    assert session.household.member("Max").current.tariff == "ki-10"
    assert model.data(model.index(3, 3)) == "Kite 10"
    assert model.setData(model.index(3, 3), "12,50")
    assert session.household.member("Max").current.monthly_fee == 12.5
    with qtbot.waitSignal(session.errorOccurred) as blocker:
        assert not model.setData(model.index(3, 3), "Super Plan 3000")
    assert "not a tariff in the catalogue" in blocker.args[0]
    assert model.setData(model.index(3, 3), "none")
    assert session.household.member("Max").current is None and session.bill is not None


def click_member(window, name: str) -> None:
    """A click on the member's name in the Members table, as a user selects a member."""
    view = window.members_view
    rect = view.visualRect(window.members_model.index(window.session.household.member_names.index(name), 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_tab(tabs, title: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def type_into(spin, text: str) -> None:
    """Select the box's value and type over it, then Enter, as a user corrects a number."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin.lineEdit(), text)
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Enter)


def test_needs_answers_belong_to_each_member_and_are_saved(window, tmp_path):
    import tariff_advisor as ta
    from tariff_advisor.usage.needs import default_answers

    defaults = default_answers(window.needs_panel.model)
    click_member(window, "Anna")
    click_tab(window.usage_tabs, "Needs")
    needs = window.needs_panel
    assert needs.use_button.text() == "Use for Anna"
    type_into(needs.answers["video"], "9")
    type_into(needs.answers["travel"], "12")
    QTest.mouseClick(needs.use_button, Qt.MouseButton.LeftButton)
    assert window.session.household.member("Anna").needs_answers["video"] == 9
    click_member(window, "Ben")  # Ben never answered: the questionnaire's defaults, not Anna's answers
    assert needs.use_button.text() == "Use for Ben"
    assert needs.answers["video"].value() == defaults["video"]
    assert needs.answers["travel"].value() == defaults["travel"]
    type_into(needs.answers["video"], "2")
    QTest.mouseClick(needs.use_button, Qt.MouseButton.LeftButton)
    click_member(window, "Anna")  # back to Anna: her own answers above her own button
    assert needs.use_button.text() == "Use for Anna"
    assert needs.answers["video"].value() == 9 and needs.answers["travel"].value() == 12
    window.session.save(tmp_path / "family.yaml")
    saved = ta.load_household(tmp_path / "family.yaml")
    assert saved.member("Anna").needs_answers["video"] == 9 and saved.member("Ben").needs_answers["video"] == 2
    assert "video" not in saved.member("Lea").needs_answers


def test_new_customer_starts_from_the_shipped_assumptions(qtbot, window):
    click_tab(window.usage_tabs, "Needs")
    video = window.needs_panel.assumptions["video"]
    shipped = video.value()
    type_into(video, "2100")
    assert video.value() == 2100
    window.session.dirty = False
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Household -> New customer
    assert video.value() == shipped
