import pytest

from tariff_advisor.io.spreadsheet import safe_text_cell


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_leads_are_quoted(text):
    assert safe_text_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Mum", "Kite 40", "", "a=b"])
def test_plain_text_is_unchanged(text):
    assert safe_text_cell(text) == text
