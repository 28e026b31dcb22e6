"""Every shipped example household prices (members on their current plans), recommends and reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import tariff_advisor as ta
from tariff_advisor.cli import main


def run_cli(*args: str):
    """The command in this process (a fresh interpreter per run costs a second of imports each)."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples" / "households").glob("*.yaml"))


def test_there_are_examples():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_prices_recommends_and_reports(path, tmp_path):
    priced = run_cli("price", str(path), "--json")  # no --assign: everyone stays on their current plan
    assert priced.exit_code == 0, priced.output
    bill = json.loads(priced.output)
    assert bill["total"] > 0 and not [w for w in bill["warnings"] if "not eligible" in w]

    recommended = run_cli("recommend", str(path), "--json")
    assert recommended.exit_code == 0, recommended.output
    rec = json.loads(recommended.output)
    assert rec["status"] == "optimal" and rec["proven_optimal"] is True
    # today's cost (the baseline) is everyone staying plus each wished phone bought outright, the cheapest wished
    # model at its retail price (docs/billing-rules.md, "Today's cost")
    catalogue = ta.load_catalogue()
    phones = sum(
        min(catalogue.device(model).retail_price for model in member.device_wish.models)
        for member in ta.load_household(path).members
        if not member.device_wish.keeps_phone
    )
    assert rec["today_total"] == pytest.approx(bill["total"] + phones, abs=0.01)

    pdf = tmp_path / "advice.pdf"
    reported = run_cli("report", str(path), "-o", str(pdf))
    assert reported.exit_code == 0, reported.output
    assert pdf.read_bytes().startswith(b"%PDF")
