"""Defects a user trial found, in the domain: explanations name things as customers know them."""

from __future__ import annotations

from pathlib import Path

import pytest

import tariff_advisor as ta
from tariff_advisor.i18n import use_language
from tariff_advisor.optimiser.recommendation import recommend

FAMILY = Path(__file__).resolve().parents[1] / "examples" / "households" / "berger-family.yaml"


@pytest.fixture(scope="module")
def market():
    return ta.load_catalogue()


@pytest.fixture(scope="module")
def family():
    return ta.load_household(FAMILY)


# -- 2. an infeasible lock names the tariff, provider and phone, not their ids ---------------------------
def test_a_tariff_lock_that_cannot_be_met_names_the_tariff_and_provider(market, family):
    rec = recommend(family, market, {"locks": {"Lea": {"tariff": "ki-campus-20"}}}, solver="highs")
    assert rec.status == "infeasible"
    assert rec.conflicts == ["Lea takes the tariff Kite Campus 20 from Kite Mobile"]
    assert "ki-campus-20" not in rec.reason and "kite" not in rec.reason
    locks = {"locks": {"Anna": {"provider": "kite"}, "Ben": {"provider": "blitz"}}, "max_providers": 1}
    rec = recommend(family, market, locks, solver="highs")
    assert "Ben stays with provider Blitz Telecom" in rec.conflicts and "blitz" not in rec.reason


def test_a_phone_lock_that_cannot_be_met_names_the_phone(market, family):
    rec = recommend(family, market, {"locks": {"Lea": {"phone": "pixel-10-128", "tariff": "bz-talk-only"}}}, "highs")
    assert rec.status == "infeasible"
    assert any("Lea gets the phone Google Pixel 10 128 GB" in c for c in rec.conflicts)
    assert "pixel-10-128" not in rec.reason


def test_the_budget_in_an_explanation_is_an_amount_of_the_language(market, family):
    with use_language("de"):
        rec = recommend(family, market, {"budget_per_month": 20.5}, solver="highs")
        assert rec.conflicts == ["ein Budget von 20,50\xa0€ im Monat"]
        assert "Lea" not in rec.reason and "20.50" not in rec.reason
    with use_language("de"):
        rec = recommend(family, market, {"locks": {"Lea": {"tariff": "ki-campus-20"}}}, solver="highs")
        assert "Lea nimmt den Tarif Kite Campus 20 von Kite Mobile" in rec.reason


# -- 4. a save into a folder that does not exist says so once, in the user's words, with what to do ------------
def test_saving_into_a_missing_folder_says_what_to_do(tmp_path):
    from tariff_advisor.errors import SaveError
    from tariff_advisor.io.atomic import atomic_write_text

    target = tmp_path / "nodir" / "sub" / "schneider.yaml"
    with use_language("de"), pytest.raises(SaveError) as info:
        atomic_write_text(target, "name: Schneider\n")
    folder = str(target.parent)
    assert info.value.message == (
        f"der Ordner {folder} existiert nicht: wählen Sie einen anderen Ordner oder legen Sie ihn zuerst an"
    )
    assert "No such file" not in str(info.value) and str(info.value).count(folder) == 2  # the path, then the folder
    assert not target.parent.exists()


def test_saving_through_a_file_or_onto_a_folder_says_what_to_do(tmp_path):
    from tariff_advisor.errors import SaveError
    from tariff_advisor.io.atomic import atomic_write_text

    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    with pytest.raises(SaveError, match=r"notes.txt is not a folder: choose another folder"):
        atomic_write_text(a_file / "h.yaml", "x")
    with pytest.raises(SaveError, match=r"this is a folder: give a file name"):
        atomic_write_text(tmp_path, "x")
