"""The texts of the needs questionnaire (usage/data/needs.yaml), marked for translation.

pybabel reads Python, not the YAML: each question's label, text, unit and assumption is listed here so that
`pybabel extract` puts it in the catalogue, and `load_needs` shows it in the language in use. The file stays
the one place the questions are defined; tests/test_translations.py fails when a text of the YAML is missing
here (add it, then run the README's two pybabel commands) or this lists a text the YAML no longer has.
"""

from __future__ import annotations

from typing import Final

from tariff_advisor.i18n import N_

NEEDS_MESSAGES: Final[tuple[str, ...]] = (
    N_("Calls"),
    N_("Phone calls (not app calls)"),
    N_("minutes a day"),
    N_("Number of calls"),
    N_("Number of phone calls"),
    N_("calls a day"),
    N_("SMS"),
    N_("Text messages (SMS, not chat apps)"),
    N_("SMS a day"),
    N_("Video"),
    N_("Video streaming on mobile data"),
    N_("hours a week"),
    N_("MB per hour of video"),
    N_("Music"),
    N_("Music and podcasts streamed on mobile data"),
    N_("MB per hour of music"),
    N_("Social media"),
    N_("Social media on mobile data"),
    N_("hours a day"),
    N_("MB per hour of social media"),
    N_("Navigation"),
    N_("Navigation (maps) on the move"),
    N_("MB per hour of navigation"),
    N_("Web and chat"),
    N_("Web, e-mail and chat apps on mobile data"),
    N_("MB per hour of browsing"),
    N_("Video calls"),
    N_("Video calls on mobile data"),
    N_("minutes a week"),
    N_("MB per minute of video call"),
    N_("Remote work"),
    N_("Working away from Wi-Fi (laptop on the phone's data)"),
    N_("MB per hour of remote work"),
    N_("International calls"),
    N_("Calls to other countries"),
    N_("minutes a month"),
    N_("Travel in the EU"),
    N_("Days a year travelling abroad in the EU"),
    N_("days a year"),
    N_("Travel in the rest of Europe"),
    N_("Days a year in the rest of Europe (UK, Switzerland, Balkans...)"),
    N_("Travel to USA/Canada"),
    N_("Days a year in the USA or Canada"),
    N_("Travel elsewhere"),
    N_("Days a year anywhere else outside Europe"),
    N_("Calls abroad"),
    N_("Phone calls on a day abroad"),
    N_("Data abroad"),
    N_("Maps, messages and browsing on a day abroad"),
    N_("MB per hour abroad"),
)
