"""The catalogue's fields as the editor's headers and messages name them, in the app's language.

The headers are the domain's (tariff_advisor.editing.fields.COLUMNS, packed in one string per kind): listed here
so pyside6-lupdate finds them, and translated where shown. A header not listed (new in the domain) shows as is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tariff_advisor import i18n
from tariff_advisor.editing.fields import mid_sentence

from ..language import QT_TRANSLATE_NOOP

HEADERS = (
    QT_TRANSLATE_NOOP("fields", "Id"),
    QT_TRANSLATE_NOOP("fields", "Name"),
    QT_TRANSLATE_NOOP("fields", "Kind"),
    QT_TRANSLATE_NOOP("fields", "Tier"),
    QT_TRANSLATE_NOOP("fields", "Monthly fee"),
    QT_TRANSLATE_NOOP("fields", "Contract months"),
    QT_TRANSLATE_NOOP("fields", "Activation fee"),
    QT_TRANSLATE_NOOP("fields", "Data GB"),
    QT_TRANSLATE_NOOP("fields", "Minutes"),
    QT_TRANSLATE_NOOP("fields", "SMS"),
    QT_TRANSLATE_NOOP("fields", "Intl minutes"),
    QT_TRANSLATE_NOOP("fields", "Fair use GB"),
    QT_TRANSLATE_NOOP("fields", "Valid from"),
    QT_TRANSLATE_NOOP("fields", "Valid until"),
    QT_TRANSLATE_NOOP("fields", "Min age"),
    QT_TRANSLATE_NOOP("fields", "Max age"),
    QT_TRANSLATE_NOOP("fields", "Students only"),
    QT_TRANSLATE_NOOP("fields", "Broadband customers only"),
    QT_TRANSLATE_NOOP("fields", "Features"),
    QT_TRANSLATE_NOOP("fields", "Family plan"),
    QT_TRANSLATE_NOOP("fields", "On-net minute"),
    QT_TRANSLATE_NOOP("fields", "Billing cycle"),
    QT_TRANSLATE_NOOP("fields", "Voice billing"),
    QT_TRANSLATE_NOOP("fields", "Minute beyond"),
    QT_TRANSLATE_NOOP("fields", "SMS beyond"),
    QT_TRANSLATE_NOOP("fields", "Source"),
    QT_TRANSLATE_NOOP("fields", "Checked"),
    QT_TRANSLATE_NOOP("fields", "Adds data GB"),
    QT_TRANSLATE_NOOP("fields", "Adds minutes"),
    QT_TRANSLATE_NOOP("fields", "Adds SMS"),
    QT_TRANSLATE_NOOP("fields", "Adds intl minutes"),
    QT_TRANSLATE_NOOP("fields", "Makes unlimited"),
    QT_TRANSLATE_NOOP("fields", "For tariffs"),
    QT_TRANSLATE_NOOP("fields", "Max count"),
    QT_TRANSLATE_NOOP("fields", "Base fee"),
    QT_TRANSLATE_NOOP("fields", "Max SIMs"),
    QT_TRANSLATE_NOOP("fields", "Pool data GB"),
    QT_TRANSLATE_NOOP("fields", "Pool minutes"),
    QT_TRANSLATE_NOOP("fields", "Maker"),
    QT_TRANSLATE_NOOP("fields", "Model"),
    QT_TRANSLATE_NOOP("fields", "Storage GB"),
    QT_TRANSLATE_NOOP("fields", "Retail price"),
    QT_TRANSLATE_NOOP("fields", "Device"),
    QT_TRANSLATE_NOOP("fields", "Upfront"),
    QT_TRANSLATE_NOOP("fields", "Monthly device fee"),
    QT_TRANSLATE_NOOP("fields", "Months"),
    QT_TRANSLATE_NOOP("fields", "Notice months"),
    QT_TRANSLATE_NOOP("fields", "Renewal months"),
    QT_TRANSLATE_NOOP("fields", "Early exit rule"),
    QT_TRANSLATE_NOOP("fields", "Early exit percent"),
    QT_TRANSLATE_NOOP("fields", "Early exit amount"),
    QT_TRANSLATE_NOOP("fields", "Included zones"),
    QT_TRANSLATE_NOOP("fields", "Price per GB beyond"),
)


def header_text(header: str) -> str:
    """`header` (a column's header in the domain's words) in the app's language."""
    return QCoreApplication.translate("fields", header)


def in_sentence(header: str) -> str:
    """A header inside a sentence, in the app's language: "monthly fee" in English; German nouns keep capitals."""
    text = header_text(header)
    return text if i18n.language() == "de" else mid_sentence(text)


# An entry of each kind, as a title names it ("tariff bz-prepaid-s").
KINDS: dict[str, str] = {
    "tariffs": QT_TRANSLATE_NOOP("fields", "tariff"),
    "options": QT_TRANSLATE_NOOP("fields", "option"),
    "family_plans": QT_TRANSLATE_NOOP("fields", "family plan"),
    "device_offers": QT_TRANSLATE_NOOP("fields", "device offer"),
    "devices": QT_TRANSLATE_NOOP("fields", "device"),
}


def kind_name(kind: str) -> str:
    """One entry of `kind` ("tariffs") in the app's language: "tariff", "Tarif"."""
    return QCoreApplication.translate("fields", KINDS.get(kind, kind))
