"""The advice a German family reads: the PDF, the bill-lines CSV and the command line in German.

Page 1 of the example family's advice must hold no English message of the catalogue of translations, write
amounts as `1.234,56 €` and dates as `25.11.2026`. Sentences other modules still write in English (the
catalogue's freshness sentence and tariff summaries, the billing's line labels) are taken out first: they are
translated in a later pass, and are not this report's wording.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader

import tariff_advisor as ta
from tariff_advisor.catalogue.model import Allowance, freshness_sentence
from tariff_advisor.catalogue.summary import allowances, tariff_summary
from tariff_advisor.i18n import use_language
from tariff_advisor.optimiser.explain import explain
from tariff_advisor.report.advice import bill_lines_csv, build_pdf
from tariff_advisor.report.formatting import money
from tests.helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"
PO = ROOT / "tariff_advisor" / "locale" / "de" / "LC_MESSAGES" / "tariff_advisor.po"
GERMAN_MONEY = re.compile(r"\b\d{1,3}(?:\.\d{3})*,\d{2} €")
ENGLISH_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.])|€\s?\d")
GERMAN_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture(scope="module")
def german_advice(tmp_path_factory):
    """The example family's recommendation on the shipped catalogue, its PDF written in German."""
    path = tmp_path_factory.mktemp("german") / "advice.pdf"
    with use_language("de"):
        rec = ta.recommend(ta.load_household(FAMILY), ta.load_catalogue(), {}, solver="highs")
        build_pdf(rec, explain(rec), path)
        foreign = _english_from_elsewhere(rec)
    return rec, path, foreign


def _english_from_elsewhere(rec) -> list[str]:
    """What page 1 quotes from the catalogue and the billing, which are not translated yet, and the names."""
    cat, plans = rec.catalogue, rec.plans
    quoted = [freshness_sentence(cat.release, cat.checked, dt.date.today())]
    for choice in plans.assignment.values():
        quoted.append(tariff_summary(cat.tariff(choice["tariff"]), cat, choice["options"], cat.currency))
        quoted += [cat.tariff(choice["tariff"]).name, *(cat.option(o).name for o in choice["options"])]
    for plan in cat.family_plans.values():
        quoted += [plan.name, allowances(Allowance(minutes=plan.pool_minutes or 0.0, data_mb=plan.pool_data_mb or 0.0))]
    quoted += [p.name for p in cat.providers.values()] + [rec.household.name, *rec.household.member_names]
    return sorted((" ".join(q.split()) for q in quoted if q), key=len, reverse=True)


def _page_text(path: Path, page: int = 0) -> str:
    return " ".join(PdfReader(str(path)).pages[page].extract_text().replace("\xa0", " ").split())


def _translated_messages() -> list[tuple[str, str]]:
    """(English form, German form) of every message whose German differs, plural forms paired."""
    with PO.open("rb") as source:
        catalogue = read_po(source, locale="de")
    pairs = []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        pairs += [(english, german) for english, german in zip(ids, strings, strict=False) if english != german]
    return pairs


def _english_pieces(english: str, german: str) -> list[str]:
    """The literal words of a message between its placeholders that only the English says (3 letters or more)."""
    pieces = [literal.strip(" .,:;()-") for literal, *_rest in string.Formatter().parse(english)]
    return [p for p in pieces if len(re.sub(r"[^A-Za-z]", "", p)) >= 3 and p not in german]


def test_page_one_in_german_has_no_english_message_and_german_amounts_and_dates(german_advice):
    rec, path, foreign = german_advice
    text = _page_text(path)
    assert "Empfohlene Tarife" in text and "Ihre Nutzung" in text and "Seite 1" in text
    with use_language("de"):
        total = money(rec.plans.bill.total, "EUR").replace("\xa0", " ")
    assert total in text and GERMAN_MONEY.search(total)
    assert GERMAN_DATE.search(text) and f"Erstellt am {dt.date.today():%d.%m.%Y}" in text
    own = text
    for quoted in foreign:
        own = own.replace(quoted, " ")
    left = [
        (piece, english)
        for english, german in _translated_messages()
        for piece in _english_pieces(english, german)
        if re.search(rf"(?<![\w-]){re.escape(piece)}(?![\w-])", own)
    ]
    assert left == [], own
    assert not ENGLISH_NUMBER.search(own) and not ISO_DATE.search(own), own
    assert len(GERMAN_MONEY.findall(own)) >= 5


def test_the_english_check_finds_an_english_message_left_in_the_text():
    pairs = dict(_translated_messages())
    assert _english_pieces("Recommended plans", pairs["Recommended plans"]) == ["Recommended plans"]
    assert _english_pieces("{count} problems {where}:", "{count} Probleme {where}:") == ["problems"]
    assert _english_pieces("SMS", "SMS") == []


def test_every_page_of_the_german_pdf_has_its_headings_in_german(german_advice):
    _rec, path, _foreign = german_advice
    text = " ".join(_page_text(path, page) for page in range(len(PdfReader(str(path)).pages)))
    for heading in ("Warum diese Tarife", "Wenn alle beim selben Anbieter sein müssen", "Annahmen", "Anhang"):
        assert heading in text
    for english in ("Why these plans", "Assumptions", "Appendix", "Recommended plans", "Your usage"):
        assert english not in text


def test_the_bill_lines_csv_in_german_opens_in_german_excel(german_advice):
    rec = german_advice[0]
    with use_language("de"):
        text = bill_lines_csv(rec)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Monat", "Mitglied", "Anbieter", "Kategorie", "Bezeichnung", "Betrag", "Währung", "Detail"]
    amounts = [float(row[5].replace(",", ".")) for row in rows[1:]]
    assert all(re.fullmatch(r"-?\d+,\d{4}", row[5]) for row in rows[1:])
    assert sum(amounts) == pytest.approx(rec.plans.bill.total, abs=0.01)
    english = list(csv.reader(io.StringIO(bill_lines_csv(rec))))  # English: commas and points, as before
    assert english[0][0] == "month" and [float(row[5]) for row in english[1:]] == pytest.approx(amounts)


def test_the_command_line_speaks_german_when_asked(tmp_path):
    result = run_cli("--language", "de", "price", str(FAMILY))
    assert result.returncode == 0, result.stderr
    assert re.search(r"Gesamt über 24 Monate: \d{1,3}(?:\.\d{3})*,\d{2}\xa0€ \(im Durchschnitt", result.stdout)
    assert "Total over" not in result.stdout
    missing = run_cli("--language", "de", "report", str(FAMILY), "-o", str(tmp_path / "nowhere" / "advice.pdf"))
    assert missing.returncode == 2 and "Fehler:" in missing.stderr and "existiert nicht" in missing.stderr
    english = run_cli("--language", "en", "price", str(FAMILY))
    assert "Total over 24 months:" in english.stdout


def test_the_command_line_follows_the_system_language_by_default(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")  # as a German desktop sets it
    result = run_cli("price", str(FAMILY))
    assert result.returncode == 0, result.stderr
    assert "Gesamt über 24 Monate:" in result.stdout and "Total over" not in result.stdout
