"""The advice a German family reads: the PDF, the bill-lines CSV and the command line in German.

Page 1 of the example family's advice must hold no English message of the catalogue of translations, the
domain's (the catalogue's freshness sentence and tariff summaries, the billing's lines, the status) as well as
the report's own, write amounts as `1.234,56 €` and dates as `25.11.2026`. Only names are taken out first:
the household's, its members', and the catalogue's providers, tariffs, options, plans and phones.
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
    return rec, path, names_in(rec.household, rec.catalogue)


def names_in(household, catalogue) -> list[str]:
    """Every name a text may quote as typed (never translated), longest first so that none is cut in two."""
    names = [household.name, *household.member_names]
    names += [p.name for p in catalogue.providers.values()] + list(catalogue.providers)
    names += [t.name for t in catalogue.tariffs] + [t.id for t in catalogue.tariffs]
    names += [o.name for o in catalogue.options] + [p.name for p in catalogue.family_plans.values()]
    names += [d.name for d in catalogue.devices.values()] + list(catalogue.devices)
    return sorted({" ".join(n.split()) for n in names if n}, key=len, reverse=True)


def without_names(text: str, names: list[str]) -> str:
    for name in names:
        text = text.replace(name, " ")
    return text


def english_left(text: str) -> list[tuple[str, str]]:
    """(English words, their message) for every message of the .po whose English words `text` still holds."""
    return [
        (piece, english)
        for english, german in _translated_messages()
        for piece in _english_pieces(english, german)
        if re.search(rf"(?<![\w-]){re.escape(piece)}(?![\w-])", text)
    ]


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
    assert "Empfohlene Tarife" in text and "Seite 1" in text
    assert "Ihre Nutzung" in text + _page_text(path, 1)  # after the timeline, which comes first when phones are bought
    with use_language("de"):
        total = money(rec.plans.bill.total, "EUR").replace("\xa0", " ")
    assert total in text and GERMAN_MONEY.search(total)
    assert GERMAN_DATE.search(text) and f"Erstellt am {dt.date.today():%d.%m.%Y}" in text
    own = without_names(text, foreign)
    assert english_left(own) == [], own
    # the domain's sentences on page 1, in German: the catalogue's freshness, the plans' summaries, the status
    assert "Preise geprüft am" in own and "nachweislich optimal" in own
    assert "Vertrag über 24 Monate" in own and "im Monat" in own
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
    names = names_in(ta.load_household(FAMILY), ta.load_catalogue())
    # the bill's lines, their months and the warnings (phone wishes, slowed data) in German too
    assert "Monatsgebühr" in result.stdout and "24 Monate" in result.stdout and "Warnung:" in result.stdout
    assert english_left(without_names(result.stdout, names)) == [], result.stdout
    recommended = run_cli("--language", "de", "recommend", str(FAMILY), "--solver", "highs")
    assert recommended.returncode == 0, recommended.stderr
    assert "nachweislich optimal" in recommended.stdout
    assert english_left(without_names(recommended.stdout, names)) == [], recommended.stdout
    missing = run_cli("--language", "de", "report", str(FAMILY), "-o", str(tmp_path / "nowhere" / "advice.pdf"))
    assert missing.returncode == 2 and "Fehler:" in missing.stderr and "existiert nicht" in missing.stderr
    english = run_cli("--language", "en", "price", str(FAMILY))
    assert "Total over 24 months:" in english.stdout


def test_the_command_line_follows_the_system_language_by_default(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")  # as a German desktop sets it
    result = run_cli("price", str(FAMILY))
    assert result.returncode == 0, result.stderr
    assert "Gesamt über 24 Monate:" in result.stdout and "Total over" not in result.stdout
