"""Number boxes say what they refuse: a German family's "12,5" or "1.234,5" never silently becomes 125 or 1,2."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QVBoxLayout, QWidget

from tariff_advisor_ui.form_helpers import select_numbers_on_focus


@pytest.fixture
def boxes(qtbot):
    """A window with a whole-number box (minutes) and a one-decimal box (GB), as the usage editor has."""
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    window = QWidget()
    layout = QVBoxLayout(window)
    minutes, data = QSpinBox(), QDoubleSpinBox()
    minutes.setRange(0, 100_000)
    data.setRange(0, 10_000)
    data.setDecimals(1)
    data.setSuffix(" GB")
    for box in (minutes, data):
        box.setLocale(QLocale())
        layout.addWidget(box)
    select_numbers_on_focus(window)
    qtbot.addWidget(window)
    window.show()
    yield minutes, data
    QLocale.setDefault(previous)


def _type(box, text):
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, text)
    QTest.keyClick(box, Qt.Key.Key_Enter)


def test_a_fraction_in_a_whole_number_box_is_left_out_and_said(boxes):
    minutes, _ = boxes
    _type(minutes, "12,5")
    assert minutes.value() == 12  # not 125: the box skipped the comma before
    assert "Whole numbers only" in minutes.property("refusedKey")


def test_a_thousands_separator_in_a_whole_number_box_is_taken(boxes):
    minutes, _ = boxes
    _type(minutes, "1.200")
    assert minutes.value() == 1200
    assert minutes.property("refusedKey") is None


def test_either_decimal_mark_in_a_decimal_box(boxes):
    _, data = boxes
    _type(data, "1.5")
    assert data.value() == pytest.approx(1.5)
    _type(data, "2,5")
    assert data.value() == pytest.approx(2.5)
    assert data.property("refusedKey") is None


def test_a_second_mark_or_too_many_decimals_is_refused_and_said(boxes):
    _, data = boxes
    _type(data, "1.234,5")
    assert data.value() == pytest.approx(1.2)  # what the box shows: the refused keys were said, not hidden
    assert data.property("refusedKey")
    data.setProperty("refusedKey", None)
    _type(data, "3,45")
    assert data.value() == pytest.approx(3.4)
    assert "At most 1 digits" in data.property("refusedKey")
