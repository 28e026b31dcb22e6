"""Issue 12's file formats: households (format 2) and catalogues (format 2, devices files), loading, saving and
located errors; version-1 files load unchanged."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from pathlib import Path

import pytest

import tariff_advisor as ta
from tariff_advisor.errors import CatalogueError, HouseholdError
from tariff_advisor.household.files import household_from_data, household_to_data, save_household
from tariff_advisor.household.model import CurrentPlan, DeviceWish, Roaming
from tariff_advisor.io.resources import shipped_catalogue_dir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "households"


def household_text(version: int, member: str) -> str:
    return textwrap.dedent(f"""\
        format_version: {version}
        name: Test
        start_date: 2027-01-01
        members:
        """) + textwrap.indent(textwrap.dedent(member), "  ")


TWO = """\
- name: Anna
  # the minimum term ends at the end of March
  current_plan: {tariff: nw-mobil-m, end_date: 2027-03-31, notice_months: 2}
  phone: {models: [pixel-10-128, galaxy-s26-256], max_upfront: 150}
  roaming: {days_per_year: {eu: 21, us_ca: 10}, minutes_per_day: 10, mb_per_day: 300}
  usage: {typical: {minutes: 100, data_mb: 2048}}
- name: Ben
  current_plan: {tariff: nw-mobil-s, months_left: 5, exit_fee: 49}
  phone: keep
  usage: {typical: {minutes: 50}}
"""


def load(tmp_path: Path, text: str) -> ta.Household:
    path = tmp_path / "h.yaml"
    path.write_text(text)
    return ta.load_household(path)


def problems_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(HouseholdError) as caught:
        load(tmp_path, text)
    return [str(p) for p in caught.value.problems]


def test_a_version_2_household_holds_contract_dates_phone_wishes_and_roaming(tmp_path):
    anna, ben = load(tmp_path, household_text(2, TWO)).members
    assert anna.current == CurrentPlan(tariff="nw-mobil-m", end_date=dt.date(2027, 3, 31), notice_months=2)
    assert anna.device_wish == DeviceWish(("pixel-10-128", "galaxy-s26-256"), 150.0)
    assert anna.roaming == Roaming({"eu": 21.0, "us_ca": 10.0}, 10.0, 300.0)
    assert ben.current == CurrentPlan(tariff="nw-mobil-s", months_left=5, exit_fee=49.0)
    assert ben.device_wish.keeps_phone and not ben.roaming.travels
    # the months that begin on or before 31 March: January, February, March
    assert anna.current.remaining_months(dt.date(2027, 1, 1)) == 3


def test_saving_keeps_every_new_field_and_the_files_comments(tmp_path):
    household = load(tmp_path, household_text(2, TWO))
    path = tmp_path / "h.yaml"
    save_household(household, path)
    again = ta.load_household(path)
    assert again.members == household.members
    assert "# the minimum term ends at the end of March" in path.read_text()


def test_version_1_files_load_unchanged_and_save_as_version_1(tmp_path):
    for example in ("commuter-couple.yaml", "shared-flat.yaml", "single-student.yaml", "retired-couple.yaml"):
        household = ta.load_household(EXAMPLES / example)
        data = household_to_data(household)
        assert data["format_version"] == 1, example  # nothing of format 2 in it: older versions still read it
        assert household_from_data(data).members == household.members
    student = ta.load_household(EXAMPLES / "single-student.yaml").members[0].current
    assert student is not None and (student.months_left, student.exit_fee, student.end_date) == (9, 0.0, None)


@pytest.mark.parametrize(
    ("member", "field", "message"),
    [
        (
            "current_plan: {tariff: x, months_left: 2, end_date: 2027-03-31}",
            "current_plan",
            "give 'end_date' (the last day of the minimum term) or 'months_left', not both",
        ),
        ("roaming: {days_per_year: {eu: 400}}", "roaming.days_per_year.eu", "366"),
        ("roaming: {days_per_year: {mars: 4}}", "roaming.days_per_year.mars", "'eu', 'europe_other', 'us_ca'"),
        ("roaming: {minutes_per_day: 2000}", "roaming.minutes_per_day", "1,440"),
        ("roaming: {mb_per_day: -1}", "roaming.mb_per_day", "0"),
        ("phone: {models: []}", "phone.models", "at least one"),
        ("phone: {models: [a], max_upfront: -5}", "phone", "0"),
        ("current_plan: {tariff: x, notice_months: 30}", "current_plan.notice_months", "24"),
    ],
)
def test_bad_new_fields_are_located(tmp_path, member, field, message):
    text = household_text(2, f"- name: Anna\n  {member}\n  usage: {{typical: {{minutes: 1}}}}\n")
    found = problems_of(tmp_path, text)
    assert any("Anna" in p and field in p and message in p for p in found), found


def test_a_version_1_file_cannot_hold_version_2_fields(tmp_path):
    found = problems_of(tmp_path, household_text(1, TWO))
    assert any(":7: members[0] ('Anna'): current_plan.end_date: needs format_version: 2" in p for p in found), found
    assert any("members[0] ('Anna'): phone: needs format_version: 2" in p for p in found)
    assert any("members[1] ('Ben'): phone: needs format_version: 2" in p for p in found)


# -- catalogue ---------------------------------------------------------------------------------------


def shipped_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "tariffs"
    shutil.copytree(shipped_catalogue_dir(), folder)
    return folder


def test_the_shipped_market_has_phones_offers_contract_rules_and_roaming():
    catalogue = ta.load_catalogue(shipped_catalogue_dir())
    assert len(catalogue.devices) >= 12
    for provider in catalogue.providers.values():
        offers = [o for o in catalogue.device_offers if o.provider == provider.id]
        assert 2 <= len(offers) <= 5, provider.id
        assert all(catalogue.has_device(o.device) and o.tariffs for o in offers)
    # the tier is expanded to its tariffs
    assert catalogue.device_offer("nw-pixel-10").tariffs == tuple(
        t.id for t in catalogue.tariffs_of("nordwave") if t.tier == "plus"
    )
    assert catalogue.providers["helio"].contract_rules.early_exit.rule == "percent_of_remaining"
    assert "eu" not in catalogue.tariff("bz-prepaid-s").roaming_rules.included  # the cheapest prepaid
    assert all("eu" in t.roaming_rules.included for t in catalogue.tariffs if t.id != "bz-prepaid-s")
    assert catalogue.offers_for("he-plus", "pixel-10-128") == [catalogue.device_offer("he-pixel-10")]


def test_version_1_provider_files_load_unchanged(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "p.yaml").write_text(
        "format_version: 1\nprovider: {id: p, name: P}\nsample: true\ndefaults: {features: [eu_roaming]}\n"
        "tariffs:\n  - {id: p-1, name: One, kind: sim_only, monthly_fee: 5}\n"
    )
    catalogue = ta.load_catalogue(folder)
    assert catalogue.devices == {} and catalogue.device_offers == []
    assert catalogue.tariff("p-1").roaming is None
    assert catalogue.tariff("p-1").roaming_rules.included == frozenset({"eu"})  # from the eu_roaming feature
    assert catalogue.providers["p"].contract_rules == ta.catalogue.model.ContractRules()


def catalogue_problems(folder: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        ta.load_catalogue(folder)
    return [str(p) for p in caught.value.problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "nordwave.yaml",
            "device: pixel-10-128,",
            "device: pixel-99,",
            "device_offers[3] ('nw-pixel-10'): device: refers to device 'pixel-99'",
        ),
        (
            "nordwave.yaml",
            "tier: basic, upfront: 29.00",
            "tier: nope, upfront: 29.00",
            "device_offers[4] ('nw-galaxy-a37'): tier: no tariff of this provider has tier 'nope'",
        ),
        (
            "kite.yaml",
            "tariffs: [ki-20-24, ki-40-24, ki-80-24]",
            "tariffs: [ki-20-24, ki-nope]",
            "device_offers[0] ('ki-iphone-16e'): tariffs[1]: refers to tariff 'ki-nope'",
        ),
        (
            "nordwave.yaml",
            "device: pixel-10-128, tier: plus,",
            "device: pixel-10-128, tier: plus, tariffs: [nw-flex-m],",
            "give exactly one of 'tariffs' (a list of tariff ids) or 'tier'",
        ),
        ("helio.yaml", "europe_other: 3.99", "mars: 3.99", "defaults.roaming.day_pass.mars"),
        (
            "kite.yaml",
            "early_exit: {rule: flat, amount: 29.00}",
            "early_exit: {rule: flat}",
            "rule flat takes an 'amount'",
        ),
        ("blitz.yaml", "format_version: 2", "format_version: 1", "contract_rules: needs format_version: 2"),
    ],
)
def test_catalogue_mistakes_are_located(tmp_path, file, old, new, expected):
    folder = shipped_copy(tmp_path)
    edit(folder / file, old, new)
    found = catalogue_problems(folder)
    assert any(file in p and expected in p for p in found), found


def test_a_devices_file_is_checked_like_a_provider_file(tmp_path):
    folder = shipped_copy(tmp_path)
    edit(folder / "devices.yaml", "retail_price: 279.00", "retail_price: 0")
    # only the file's own problem: the offers are not blamed for phones a broken devices file could not say
    assert [p.split("tariffs/")[1] for p in catalogue_problems(folder)] == [
        "devices.yaml:23: devices[12] ('moto-g86-256'): retail_price: should be greater than 0 (got 0)"
    ]
    edit(folder / "devices.yaml", "retail_price: 0", "retail_price: 279.00")
    edit(folder / "devices.yaml", "id: nothing-phone-3a-256", "id: moto-g86-256")
    found = catalogue_problems(folder)
    assert any(
        "devices.yaml:24: devices[13] ('moto-g86-256'): id: device id 'moto-g86-256' is also used" in p for p in found
    )


def test_the_editor_opens_the_shipped_folder_with_its_devices_file_and_validate_accepts_it(tmp_path):
    from tariff_advisor.editing.document import CatalogueDocument

    from .helpers import run_cli

    document = CatalogueDocument.open(shipped_catalogue_dir())
    assert document.problems() == []
    assert document.files["devices.yaml"].is_devices
    assert len(document.catalogue().devices) == len(ta.load_catalogue().devices)
    result = run_cli("validate", str(shipped_catalogue_dir()))
    assert result.returncode == 0 and "OK" in result.stdout
