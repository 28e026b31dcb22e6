"""Bad catalogues get messages naming file, entry and field; all problems in one run; no traceback."""

from __future__ import annotations

import pytest

import tariff_advisor as ta

from .helpers import run_cli, write_provider

GOOD = """
tariffs:
  - {id: g-one, name: One, kind: sim_only, monthly_fee: 9.99}
"""


def problems_for(tmp_path, body: str, pid: str = "bad") -> list[ta.Problem]:
    write_provider(tmp_path / "cat", pid, body)
    with pytest.raises(ta.CatalogueError) as info:
        ta.load_catalogue(tmp_path / "cat")
    return info.value.problems


def test_shipped_market_is_valid_and_covers_the_issue():
    cat = ta.load_catalogue()
    by_provider = {}
    for tariff in cat.tariffs:
        by_provider.setdefault(tariff.provider, []).append(tariff)
    assert len(by_provider) >= 4 and all(20 <= len(ts) <= 30 for ts in by_provider.values())
    assert cat.currency == "EUR" and all(p.sample for p in cat.providers.values())
    kinds = {t.kind for t in cat.tariffs}
    assert kinds == {"contract", "sim_only", "prepaid"}
    assert {t.cycle for t in cat.tariffs} == {"month", "28_days"}
    assert {t.voice for t in cat.tariffs} == {"per_second", "per_minute"}
    assert {t.rates.data.mode for t in cat.tariffs} == {"per_mb", "per_block", "throttle"}
    assert any(t.setup_fee_per_call for t in cat.tariffs) and any(t.fair_use_mb for t in cat.tariffs)
    assert any(t.on_net_minute_price is not None for t in cat.tariffs)
    assert any(t.allowance.intl_minutes for t in cat.tariffs)
    promo_types = {p.type for t in cat.tariffs for p in t.promotions}
    assert promo_types == {"discount", "free_months", "cashback"}
    assert any(p.type == "cashback" and p.redemption for t in cat.tariffs for p in t.promotions)
    assert any(t.price_changes for t in cat.tariffs)
    assert any(t.valid_until for t in cat.tariffs) and any(t.valid_from for t in cat.tariffs)
    assert any(t.eligibility.student for t in cat.tariffs) and any(t.eligibility.max_age for t in cat.tariffs)
    assert any(t.eligibility.min_age for t in cat.tariffs) and any(
        t.eligibility.broadband_customer for t in cat.tariffs
    )
    rules = [p.multi_line for p in cat.providers.values() if p.multi_line]
    assert any(r.line_discounts for r in rules) and any(r.volume_discounts and r.same_tier for r in rules)
    assert any(p.broadband_discount for p in cat.providers.values())
    assert any(plan.pool_minutes is not None for plan in cat.family_plans.values())
    assert any(o.max_count > 1 for o in cat.options) and any(o.features for o in cat.options)
    assert cat.options_for("nw-mobil-m") and all(cat.has_option(o) for o in cat.options_for("nw-mobil-m"))


def test_syntax_error_names_the_line(tmp_path):
    [problem] = problems_for(tmp_path, "tariffs:\n  - {id: x, name: [unclosed\n")
    assert "YAML syntax error" in problem.message and problem.line is not None and "bad.yaml" in problem.file


def test_truncated_file(tmp_path):
    path = write_provider(tmp_path / "cat", "cut", GOOD)
    path.write_text(path.read_text()[:40])  # cut mid-way through the provider line
    with pytest.raises(ta.CatalogueError) as info:
        ta.load_catalogue(tmp_path / "cat")
    assert "cut.yaml" in str(info.value)


def test_empty_file_and_empty_folder(tmp_path):
    (tmp_path / "cat").mkdir()
    with pytest.raises(ta.CatalogueError, match="no provider files"):
        ta.load_catalogue(tmp_path / "cat")
    (tmp_path / "cat" / "empty.yaml").write_text("")
    with pytest.raises(ta.CatalogueError, match="the file is empty"):
        ta.load_catalogue(tmp_path / "cat")


def test_all_problems_in_a_file_are_reported_together(tmp_path):
    body = """
tariffs:
  - {id: t-one, name: One, kind: sim_only, monthly_fee: -5}
  - {id: t-two, name: Two, kind: sim_only, monthly_fee: abc}
  - {id: t-three, name: Three, kind: sim_only, monthly_fee: 5, colour: red}
  - {id: t-four, name: Four, kind: sim_only, monthly_fee: 5, valid_from: 2026-05-01, valid_until: 2026-01-01}
  - {id: t-five, name: Five, kind: sim_only, monthly_fee: 5, allowances: {data_gb: lots}}
"""
    found = {(p.entry, p.field): p for p in problems_for(tmp_path, body)}
    negative = found[("tariffs[0] ('t-one')", "monthly_fee")]
    assert "greater than or equal to 0" in negative.message and negative.line == 6
    assert "write a number such as 12.99 (got 'abc')" in found[("tariffs[1] ('t-two')", "monthly_fee")].message
    assert "unknown key" in found[("tariffs[2] ('t-three')", "colour")].message
    assert "after valid_until" in found[("tariffs[3] ('t-four')", "")].message
    assert "'unlimited'" in found[("tariffs[4] ('t-five')", "allowances.data_gb")].message
    assert len(found) == 5


def test_duplicate_ids_missing_references_and_family_rules(tmp_path):
    body = """
family_plans:
  - {id: f-plan, name: Plan, base_fee: 10, max_sims: 3, pool: {data_gb: 10}}
tariffs:
  - {id: d-one, name: One, kind: sim_only, monthly_fee: 5}
  - {id: d-one, name: One again, kind: sim_only, monthly_fee: 6}
  - {id: d-fam, name: Fam, kind: contract, monthly_fee: 5, family_plan: f-plan, allowances: {data_gb: 2}}
  - {id: d-nofam, name: NoFam, kind: contract, monthly_fee: 5, family_plan: f-missing}
options:
  - {id: o-one, name: Opt, monthly_fee: 1, tariffs: [d-one, d-ghost]}
"""
    messages = [str(p) for p in problems_for(tmp_path, body)]
    assert any("duplicate id 'd-one'" in m for m in messages)
    assert any("'d-ghost'" in m and "options[0] ('o-one')" in m for m in messages)
    assert any("pools data_gb" in m for m in messages)
    assert any("'f-missing'" in m for m in messages)


def test_ids_unique_across_files_and_one_currency(tmp_path):
    write_provider(tmp_path / "cat", "first", GOOD)
    write_provider(tmp_path / "cat", "second", GOOD.replace("monthly_fee", "monthly_fee").replace("9.99", "5"))
    (tmp_path / "cat" / "third.yaml").write_text(
        "provider: {id: third, name: Third, currency: USD}\ntariffs: [{id: u-1, name: U, kind: prepaid, monthly_fee: 1}]\n"
    )
    with pytest.raises(ta.CatalogueError) as info:
        ta.load_catalogue(tmp_path / "cat")
    text = str(info.value)
    assert "'g-one' is also used in" in text and "different currencies" in text


def test_cli_validate_passes_on_the_shipped_market():
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr
    assert "OK: 4 providers" in result.stdout


def test_cli_validate_fails_clearly_without_traceback(tmp_path):
    write_provider(
        tmp_path / "cat", "bad", "tariffs:\n  - {id: b-1, name: B, kind: sim_only, monthly_fee: -1, extra: 1}\n"
    )
    result = run_cli("validate", str(tmp_path / "cat"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "bad.yaml:5: tariffs[0] ('b-1'): monthly_fee:" in result.stderr
    assert "tariffs[0] ('b-1'): extra: unknown key" in result.stderr
