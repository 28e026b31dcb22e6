"""Text cells that a spreadsheet will not run: the OWASP rule for CSV injection.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and
Google Sheets as a formula (`=cmd|' /C calc'!A0`), so every text cell a user or a file supplied is
prefixed with a single quote before it is written; numbers are written as numbers and left alone.
"""

from __future__ import annotations

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def safe_text_cell(text: str) -> str:
    """`text` as a CSV text cell that no spreadsheet evaluates."""
    return "'" + text if text.startswith(FORMULA_LEADS) else text
