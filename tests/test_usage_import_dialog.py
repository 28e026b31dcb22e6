"""The app's import dialog with the history-adding import: months added, overlaps refused, or the history replaced."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


def dialog_for(qtbot, window, text: str, tmp_path):
    from tariff_advisor_ui.advisor.import_usage_dialog import ImportUsageDialog

    records = tmp_path / "sms.csv"
    records.write_text(text, encoding="utf-8")
    dialog = ImportUsageDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.member.setCurrentText("Anna")
    dialog.files.setText(str(records))
    dialog.read_header()
    dialog.columns["date"].setCurrentText("sent")
    dialog.kind.setCurrentText("sms")
    return dialog


def test_sms_for_a_new_month_is_added_to_the_history(qtbot, window, tmp_path):
    before = window.session.household.member("Anna").usage
    dialog = dialog_for(qtbot, window, "sent\n2026-12-01\n2026-12-02\n", tmp_path)
    assert dialog.preview() and dialog.table.rowCount() == 1
    dialog.apply()
    after = window.session.household.member("Anna").usage
    assert after[: len(before)] == before and (after[-1].month, after[-1].sms) == ("2026-12", 2)


def test_sms_for_months_that_have_sms_is_refused_and_nothing_changes(qtbot, window, tmp_path):
    before = window.session.household
    dialog = dialog_for(qtbot, window, "sent\n2025-11-03\n", tmp_path)
    assert dialog.preview()
    dialog.apply()
    assert "Anna 2025-11: SMS" in dialog.message.text() and window.session.household is before
    dialog.add.setChecked(False)  # replace instead
    dialog.apply()
    assert [(u.month, u.sms) for u in window.session.household.member("Anna").usage] == [("2025-11", 1)]


def test_no_rows_for_the_chosen_subscriber_is_said(qtbot, window, tmp_path):
    dialog = dialog_for(qtbot, window, "sent,user\n2026-12-01,7\n", tmp_path)
    dialog.columns["group"].setCurrentText("user")
    dialog.only.setText("8")
    assert not dialog.preview() and "no usage rows where the group column is &#x27;8&#x27;" in dialog.message.text()
    dialog.only.setText("7")
    assert dialog.preview() and dialog.table.rowCount() == 1
