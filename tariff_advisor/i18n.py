"""Languages and local habits: translated messages (gettext catalogues) and locale formatting (Babel).

One language is in use at a time, for the whole process: the app sets it at start (from the settings or the
system locale), the CLI from `--language` or the environment, tests with `use_language`. Domain code marks a
message with `_("...")` (or `N_` for a table of messages translated where shown) and writes every amount,
number and date with `money`, `number`, `percent` and `date`, never with an f-string format of its own.

The German messages are in `locale/de/LC_MESSAGES/tariff_advisor.po`, read with Babel when the language is
chosen: a `.po` file is the one source, so there is no compiled `.mo` that can fall behind it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gettext
import io
import locale as system_locale
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    format_percent,
    get_decimal_symbol,
    parse_decimal,
)

DOMAIN: Final = "tariff_advisor"
LOCALE_DIR: Final = Path(__file__).parent / "locale"
# The languages with complete translations, as shown in the settings (each in its own language).
LANGUAGES: Final[dict[str, str]] = {"en": "English", "de": "Deutsch"}
DEFAULT_LANGUAGE: Final = "en"
# The regional format of each language when the system gives none for it (English with a day-month order).
DEFAULT_REGION: Final[dict[str, str]] = {"en": "en_GB", "de": "de_DE"}


class _State:
    language: str = DEFAULT_LANGUAGE
    locale: Locale = Locale.parse(DEFAULT_REGION[DEFAULT_LANGUAGE])
    translations: gettext.NullTranslations = gettext.NullTranslations()


_state = _State()
_catalogues: dict[str, gettext.NullTranslations] = {}


def system_language() -> str:
    """The language of the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) if we have it, else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for part in value.split(":"):
            code = part.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                break
    with contextlib.suppress(ValueError, TypeError):
        code = (system_locale.getlocale()[0] or "").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def _region_for(language: str) -> Locale:
    """The system's region if it speaks `language` (de_AT stays Austrian), else the language's default."""
    for variable in ("LC_ALL", "LC_NUMERIC", "LC_MONETARY", "LANG"):
        value = os.environ.get(variable, "").split(".")[0]
        if value.split("_")[0].lower() == language:
            with contextlib.suppress(ValueError, UnknownLocaleError):
                return Locale.parse(value)
    return Locale.parse(DEFAULT_REGION[language])


def _translations(language: str) -> gettext.NullTranslations:
    if language not in _catalogues:
        po = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        if language == DEFAULT_LANGUAGE or not po.is_file():
            _catalogues[language] = gettext.NullTranslations()
        else:
            with po.open("rb") as source:
                catalogue = read_po(source, locale=language, domain=DOMAIN)
            compiled = io.BytesIO()
            write_mo(compiled, catalogue, use_fuzzy=False)
            compiled.seek(0)
            _catalogues[language] = gettext.GNUTranslations(compiled)
    return _catalogues[language]


def set_language(language: str | None = None, region: str | None = None) -> str:
    """Use `language` ("en", "de"; None: the system's) for messages and its region's formats; returns it.

    `region` ("de_AT", "en_US") overrides the formats; an unknown language falls back to English.
    """
    chosen = language if language in LANGUAGES else system_language() if language is None else DEFAULT_LANGUAGE
    _state.language = chosen
    _state.translations = _translations(chosen)
    try:
        _state.locale = Locale.parse(region) if region else _region_for(chosen)
    except (ValueError, UnknownLocaleError):
        _state.locale = _region_for(chosen)
    return chosen


def language() -> str:
    return _state.language


def current_locale() -> Locale:
    return _state.locale


@contextlib.contextmanager
def use_language(language: str, region: str | None = None) -> Iterator[str]:
    """Use `language` inside the block (tests, one report in the customer's language), then what was before."""
    before = (_state.language, _state.locale, _state.translations)
    try:
        yield set_language(language, region)
    finally:
        _state.language, _state.locale, _state.translations = before


# -- messages -------------------------------------------------------------------
def _(message: str) -> str:
    """`message` in the language in use (pybabel extracts every `_("...")`)."""
    return _state.translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural of a message for `count`, in the language in use."""
    return _state.translations.ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - gettext's own name for "mark for extraction, translate later"
    """Mark `message` for translation where it is shown (module-level tables); returns it unchanged."""
    return message


# -- numbers, amounts and dates ------------------------------------------------------
def money(value: float | None, currency: str = "", missing: str = "-", digits: int = 2) -> str:
    """`1.234,50 €` in German, `€1,234.50` in English; without a currency the number alone; never `-0,00`."""
    if value is None:
        return missing
    if not math.isfinite(value):
        return str(value)
    cents = round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0
    if len(currency) == 3 and currency.isalpha():
        return format_currency(cents, currency.upper(), locale=_state.locale)
    text = format_decimal(cents, format=f"#,##0.{'0' * digits}" if digits else "#,##0", locale=_state.locale)
    return f"{text} {currency}" if currency else text


def number(value: float, digits: int = 0, grouping: bool = True) -> str:
    """`value` with exactly `digits` decimals (or up to `digits` with `digits` < 0: -2 means at most two)."""
    if not math.isfinite(value):
        return str(value)
    places = abs(digits)
    decimals = ("0" if digits >= 0 else "#") * places
    pattern = ("#,##0" if grouping else "0") + (f".{decimals}" if places else "")
    return format_decimal(round(value, places) + 0.0, format=pattern, locale=_state.locale)


def percent(value: float, digits: int = 0) -> str:
    """`value` given in percent (12.5 -> `12,5 %` in German, `12.5%` in English)."""
    pattern = "#,##0" + (f".{'#' * digits}" if digits else "") + " %"
    text = format_percent(value / 100, format=pattern, locale=_state.locale)
    return text.replace(" %", "%") if _state.locale.language == "en" else text


def date(day: dt.date | None, missing: str = "-", style: str = "medium") -> str:
    """`25.11.2026` in German, `25 Nov 2026` in British English (Babel's `medium` style)."""
    if day is None:
        return missing
    return format_date(day, format=style, locale=_state.locale)


def month_year(day: dt.date) -> str:
    """`März 2027`, `March 2027`: a month on a timeline."""
    return format_date(day, format="MMMM y", locale=_state.locale)


def decimal_separator() -> str:
    return get_decimal_symbol(_state.locale)


def parse_number(text: str) -> float:
    """A number as the user types it in their locale (`1.234,5` in German); ValueError names what is wrong."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "")
    try:
        value = float(parse_decimal(cleaned, locale=_state.locale, strict=True))
    except NumberFormatError as exc:
        raise ValueError(_("{text!r} is not a number").format(text=text)) from exc
    if not math.isfinite(value):
        raise ValueError(_("{text!r} is not a finite number").format(text=text))
    return value
