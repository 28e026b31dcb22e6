"""The advice report: PDF text (read back with pypdf), A4 and Letter, CSV and JSON exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

import tariff_advisor as ta
from tariff_advisor.optimiser.explain import explain
from tariff_advisor.optimiser.recommendation import recommend
from tariff_advisor.report.advice import build_pdf, export

from .helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"


@pytest.fixture(scope="module")
def advice():
    rec = recommend(ta.load_household(FAMILY), ta.load_catalogue(), solver="highs")
    return rec, explain(rec)


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("paper, width", [("a4", 595), ("letter", 612)])
def test_pdf_holds_members_tariffs_totals_and_assumptions(tmp_path, advice, paper, width):
    rec, explanation = advice
    path = build_pdf(rec, explanation, tmp_path / "advice.pdf", paper)
    reader = PdfReader(str(path))
    assert round(float(reader.pages[0].mediabox.width)) == width
    text = " ".join(pdf_text(path).split())
    for name, choice in rec.assignment.items():
        assert name in text
        assert rec.catalogue.tariff(choice["tariff"]).name in text
    assert f"{rec.total:,.2f}" in text and f"{rec.savings:,.2f}" in text
    assert f"{rec.today.total:,.2f}" in text
    assert "Why these plans" in text and "If everyone must stay with one provider" in text
    assert "Horizon: 24 months" in text and "fictional sample market" in text
    assert "prices as checked on 2026-10-15" in text


def test_failed_pdf_leaves_the_old_file(tmp_path, advice, monkeypatch):
    rec, explanation = advice
    target = tmp_path / "advice.pdf"
    target.write_bytes(b"old advice")
    import tariff_advisor.report.advice as report

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(report.SimpleDocTemplate, "build", broken)
    with pytest.raises(OSError):
        build_pdf(rec, explanation, target)
    assert target.read_bytes() == b"old advice" and list(tmp_path.iterdir()) == [target]


def test_csv_and_json_exports(tmp_path, advice):
    rec, explanation = advice
    rows = list(csv.DictReader(io.StringIO(export(rec, None, tmp_path / "bill.csv").read_text())))
    assert len(rows) == len(rec.bill.lines)
    assert sum(float(r["amount"]) for r in rows) == pytest.approx(rec.total, abs=0.01)
    assert {r["member"] for r in rows} >= set(rec.assignment)
    data = json.loads(export(rec, explanation, tmp_path / "advice.json").read_text())
    assert data["total"] == pytest.approx(rec.total, abs=0.01) and data["assignment"] == rec.assignment
    assert data["explanation"]["why_not"] and data["bill"]["lines"]
    with pytest.raises(ValueError, match=r"pdf, .csv or .json"):
        export(rec, explanation, tmp_path / "advice.docx")


def test_cli_report(tmp_path):
    out = tmp_path / "advice.pdf"
    result = run_cli("report", str(FAMILY), "-o", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and "Berger family" in pdf_text(out)
