"""The real 53-plan catalogue through the documented CSV import; households; the domain stays Qt-free."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import tariff_advisor as ta
from tariff_advisor.editing.importing import import_table, load_profile, write_catalogue
from tariff_advisor.errors import InputFileError

from .real_data import SG_PROFILE
from .real_data import SG_TABLE as SG_CSV

ROOT = Path(__file__).resolve().parents[1]


def test_real_sg_catalogue_imports_and_prices(tmp_path):
    result = import_table(SG_CSV, load_profile(SG_PROFILE))
    assert result.tariff_count == 53 and not result.rejected and len(result.providers) == 10
    write_catalogue(result, tmp_path / "sg")
    cat = ta.load_catalogue(tmp_path / "sg")
    assert cat.currency == "SGD" and len(cat.tariffs) == 53
    xo48 = cat.tariff("singtel-xo-48")
    assert (xo48.monthly_fee, xo48.contract_months, xo48.allowance.data_mb, xo48.allowance.minutes) == (
        48,
        24,
        5 * 1024,
        100,
    )
    assert cat.tariff("singtel-combo-3").allowance.minutes == float("inf")  # 10000 is the source's "unlimited"
    assert cat.tariff("singtel-silver-combo-1").eligibility.min_age == 60
    assert cat.tariff("singtel-youth-combo-1").eligibility.student
    assert cat.tariff("myrepublic-mega-55-for-existing-broadband-customers-only").eligibility.broadband_customer
    # Price XO 48 by hand: 48 x 2 months, 150 min on 100 at the profile's 0.16 = 8.00 a month
    h = ta.Household("sg", (ta.Member("Wei", (ta.MonthlyUsage(minutes=150, data_mb=3000),), age=30),), horizon_months=2)
    assert ta.price(h, cat, {"Wei": "singtel-xo-48"}).total == pytest.approx(2 * (48 + 8.00))


def test_import_reports_bad_rows_and_wrong_columns(tmp_path):
    profile = load_profile(SG_PROFILE)
    table = tmp_path / "plans.csv"
    table.write_text(
        "provider,plan_name,price_sgd_month,contract_months,data_gb,talktime_min,sms,special_option,link\n"
        "Acme,Good,10,0,5,100,100,,\n"
        "Acme,Bad price,ten,0,5,100,100,,\n"
        ",No provider,10,0,5,100,100,,\n"
        "Acme,Odd rule,10,0,5,100,100,Veterans only,\n"
    )
    result = import_table(table, profile)
    assert result.tariff_count == 1
    reasons = {o.row: o.reason for o in result.rejected}
    assert "not a price" in reasons[2] and "no provider" in reasons[3] and "Veterans only" in reasons[4]
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n")
    with pytest.raises(InputFileError, match="not in the file"):
        import_table(wrong, profile)


def test_example_households_load_with_a_year_of_history():
    folder = ROOT / "examples" / "households"
    households = [ta.load_household(p) for p in sorted(folder.glob("*.yaml"))]
    assert len(households) >= 5
    assert all(len(m.usage) == 12 for h in households for m in h.members)
    family = ta.load_household(folder / "berger-family.yaml")
    ages = sorted(m.age for m in family.members)
    assert len(family.members) == 4 and ages[0] < 18 and ages[1] < 18 and ages[2] >= 18


def test_household_problems_are_located(tmp_path):
    path = tmp_path / "h.yaml"
    path.write_text(
        "name: x\nmembers:\n  - name: A\n    age: -3\n    usage: {typical: {minutes: 10, to_members: {Zed: 5}}}\n"
        "  - name: B\n    usage: {typical: {data_gb: 4}}\n"
    )
    with pytest.raises(ta.HouseholdError) as info:
        ta.load_household(path)
    text = str(info.value)
    assert "members[0] ('A'): age" in text and "members[1] ('B'): usage.typical.data_gb: unknown key" in text


def test_household_round_trips(tmp_path):
    family = ta.load_household(ROOT / "examples" / "households" / "berger-family.yaml")
    ta.save_household(family, tmp_path / "copy.yaml")
    again = ta.load_household(tmp_path / "copy.yaml")
    assert again.members == family.members and again.horizon_months == family.horizon_months


def test_domain_imports_without_qt():
    """Every domain module imports with PySide6, pyplot and the Qt backend made unimportable."""
    code = (
        "import sys, pkgutil, importlib\n"
        "for name in ('PySide6', 'matplotlib.pyplot', 'matplotlib.backends.backend_qtagg'): sys.modules[name] = None\n"
        "import tariff_advisor\n"
        "for mod in pkgutil.walk_packages(tariff_advisor.__path__, 'tariff_advisor.'):\n"
        "    importlib.import_module(mod.name)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr


def test_import_linter_contract_is_kept():
    linter = Path(sys.executable).with_name("lint-imports")
    if not linter.exists():
        pytest.skip("import-linter is not installed in this environment")
    result = subprocess.run([str(linter)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
