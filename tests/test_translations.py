"""The German catalogue of the domain's messages is complete and current, and says what the English says.

The .po is made and updated with pybabel (README, "Translations"); these tests fail when a new `_()` message
was not added to it, when a message is left untranslated or fuzzy, or when a translation lost a placeholder
(`{name}` missing in German prints the English-less sentence without the name) or the PDF's bold tags.
"""

from __future__ import annotations

import datetime as dt
import io
import string
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tariff_advisor import i18n

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tariff_advisor"
PO = PACKAGE / "locale" / "de" / "LC_MESSAGES" / "tariff_advisor.po"


def _catalogue():
    with PO.open("rb") as source:
        return read_po(source, locale="de", domain=i18n.DOMAIN)


def _messages():
    return [m for m in _catalogue() if m.id]


def _forms(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def _fields(text: str) -> list[str]:
    """The placeholders of a str.format message, as written (`{text!r}` keeps its conversion)."""
    found = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            found.append(f"{name}!{conversion or ''}:{spec or ''}")
    return sorted(found)


def test_every_message_is_translated_and_none_is_fuzzy():
    catalogue = _catalogue()
    assert not catalogue.fuzzy, "the .po's header is marked fuzzy"
    untranslated = [m.id for m in _messages() if not all(s.strip() for s in _forms(m.string))]
    fuzzy = [m.id for m in _messages() if m.fuzzy]
    assert untranslated == [] and fuzzy == []
    assert len(_messages()) > 200  # the report, the CLI and the file problems, not an empty file


# The only messages German writes as English does: names of technologies and units, words German borrowed,
# and lines of names, amounts and units alone.
SAME_IN_GERMAN = {
    "5G",
    "GB",
    "MultiSIM",
    "Name",
    "SMS",
    "eSIM",
    "optimal",
    "Navigation",
    "Video",
    "{folder}: OK: {counts} ({currency})",
    "{tariff} ({provider})",
    "{tariff}: {allowances}; {term}; {one_off_fees}; {cost}",
    "{mb} MB x {price}",
    "{sms} SMS x {price}",
    ("{count} SMS", "{count} SMS"),
}


def test_no_message_is_left_in_english():
    """A message copied over untranslated would pass the completeness test; this one tells it."""
    same = {m.id for m in _messages() if _forms(m.id) == _forms(m.string)}
    assert same <= SAME_IN_GERMAN, sorted(map(str, same - SAME_IN_GERMAN))


def test_extraction_over_the_package_finds_no_message_missing_from_the_po():
    method_map = [("**.py", "python")]  # as babel.cfg says
    extracted = {message for _file, _line, message, _comments, _context in extract_from_dir(PACKAGE, method_map)}
    known = {m.id for m in _messages()}
    obsolete = set(_catalogue().obsolete)
    missing = sorted(map(str, extracted - known))
    assert missing == [], "run the two pybabel commands of the README's Translations section, then translate"
    assert not obsolete, "the .po keeps messages the code no longer has: run pybabel update with --ignore-obsolete"
    assert (ROOT / "babel.cfg").read_text().count("[python: **.py]") == 1


def test_translations_keep_every_placeholder_and_bold_tag_of_their_message():
    wrong = []
    for message in _messages():
        ids, strings = _forms(message.id), _forms(message.string)
        for index, translated in enumerate(strings):
            original = ids[min(index, len(ids) - 1)]  # German's two forms: singular and plural, as English's
            if _fields(translated) != _fields(original) or translated.count("<b>") != original.count("<b>"):
                wrong.append((original, translated))
    assert wrong == []


def test_the_po_compiles_and_is_what_the_program_says_in_german():
    with PO.open("rb") as source:
        write_mo(io.BytesIO(), read_po(source, locale="de"), use_fuzzy=False)
    with i18n.use_language("de"):
        assert i18n._("Recommended plans") == "Empfohlene Tarife"
        assert i18n.ngettext("{count} month", "{count} months", 24).format(count=24) == "24 Monate"
        assert i18n.money(1234.56, "EUR") == "1.234,56\xa0€" and i18n.date(dt.date(2026, 11, 25)) == "25.11.2026"
    assert i18n._("Recommended plans") == "Recommended plans"


def test_the_placeholder_check_tells_a_lost_or_changed_placeholder():
    assert _fields("{member} needs {features}.") == _fields("{member} braucht {features}.")
    assert _fields("{member} needs {features}.") != _fields("{member} braucht.")
    assert _fields("{text!r} is not a number") != _fields("{text} ist keine Zahl")


def test_the_needs_questionnaire_texts_are_all_marked_for_translation():
    """needs.yaml's labels, texts, units and assumptions reach the .po through usage/needs_messages.py."""
    from tariff_advisor.usage.needs import NEEDS_FILE, load_needs
    from tariff_advisor.usage.needs_messages import NEEDS_MESSAGES

    questions = _read_yaml(NEEDS_FILE)["questions"]
    texts = {q[key] for q in questions for key in ("label", "text", "unit", "assumption") if q.get(key)}
    assert texts == set(NEEDS_MESSAGES), "list every text of needs.yaml in usage/needs_messages.py, and only those"
    with i18n.use_language("de"):
        german = {q.id: q for q in load_needs().questions}
    assert german["video"].label == "Video" and german["video"].unit == "Stunden pro Woche"
    assert german["call_minutes"].text == "Telefonate (keine App-Anrufe)"
    english = {q.id: q for q in load_needs().questions}
    assert english["call_minutes"].text == "Phone calls (not app calls)"  # each language cached on its own


def _read_yaml(path: Path):
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text("utf-8"))
