"""Output safety: names a user or a file supplied are printed as typed in the PDF and the charts (never markup,
mathtext or a local file to embed), CSV cells never start a formula, and the report writes only where asked."""

from __future__ import annotations

import csv
import io
import struct
import zlib
from pathlib import Path

import pytest
from matplotlib import cbook
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from pypdf import PdfReader

import tariff_advisor as ta
from tariff_advisor.household.model import CurrentPlan, Household, Member
from tariff_advisor.io.spreadsheet import FORMULA_LEADS
from tariff_advisor.optimiser.breakeven import break_even
from tariff_advisor.optimiser.explain import explain
from tariff_advisor.report import charts
from tariff_advisor.report.advice import BILL_LINE_COLUMNS, OutputPathError, bill_lines_csv, build_pdf, export
from tariff_advisor.report.formatting import chart_text

from .helpers import ROOT, run_cli

FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"
MARKER_SIZE = (13, 7)  # an image of this size in the PDF can only be the local file a name pointed at


def tiny_png(path: Path) -> Path:
    """A 13x7 red PNG, written by hand so the test needs no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    width, height = MARKER_SIZE
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A household whose every name is markup, mathtext or a spreadsheet formula, on the shipped market."""
    folder = tmp_path_factory.mktemp("hostile")
    png = tiny_png(folder / "secret.png")
    family = ta.load_household(FAMILY)
    anna, ben = family.members[:2]
    names = {
        "household": f'<img src="{png}"/> Smith & Sons $\\frac{{1}}{{0}}$',
        "anna": f'=cmd|\' /C calc\'!A0 <img src="{png}" width="50" height="50"/>',
        "ben": "Ben <b>unclosed $\\undefinedcommand{x}$",
        "plan": '@SUM(1+1) <font size="300">big',
        "provider": "+Old<i>Tel",
    }
    old = CurrentPlan(provider=names["provider"], name=names["plan"], monthly_fee=39.99)
    household = Household(
        names["household"],
        (
            Member(names["anna"], anna.usage, anna.age, current=old),
            Member(names["ben"], ben.usage, ben.age, current=old),
        ),
        horizon_months=24,
        start_date=family.start_date,
    )
    rec = ta.recommend(household, ta.load_catalogue(), solver="highs")
    return rec, explain(rec), names, png


def images(path: Path) -> list[tuple[int, int]]:
    """(width, height) of every image the PDF's pages draw."""
    found = []
    for page in PdfReader(str(path)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for ref in xobjects.values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                found.append((int(image["/Width"]), int(image["/Height"])))
    return found


def test_names_are_printed_as_typed_and_embed_no_local_file(tmp_path, hostile):
    rec, explanation, names, _ = hostile
    path = build_pdf(rec, explanation, tmp_path / "advice.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    for name in names.values():
        assert " ".join(name.split()) in text
    found = images(path)
    assert found and MARKER_SIZE not in found  # the charts are there; the file a name pointed at is not


def _shown(text: Text) -> str:
    """What matplotlib draws for a text object; it must never be parsed as mathtext."""
    assert not cbook.is_math_text(text.get_text()), text.get_text()
    return text.get_text().replace(r"\$", "$")


def _drawn_texts(draw) -> str:
    figure = Figure(dpi=40)
    draw(figure)
    FigureCanvasAgg(figure).draw()  # mathtext is parsed (and fails) only when drawn
    return " ".join(_shown(t) for t in figure.findobj(Text))


def as_drawn(name: str) -> str:
    """A name as a chart shows it: cut to the chart's limit, every character as typed."""
    return chart_text(name).replace(r"\$", "$")


def test_chart_text_is_never_mathtext(hostile):
    rec, explanation, names, _ = hostile
    assert cbook.is_math_text(names["ben"])  # what matplotlib would have parsed, and failed on
    drawn = _drawn_texts(lambda f: charts.cost_per_member(f, rec.bill, rec.today))
    assert all(as_drawn(name) in drawn for name in rec.household.member_names)
    names_of = {p.id: p.name for p in rec.catalogue.providers.values()}
    drawn = _drawn_texts(lambda f: charts.why_not(f, explanation, "EUR", names_of))
    assert as_drawn(names["ben"]) in drawn
    member = rec.household.members[1]
    drawn = _drawn_texts(lambda f: charts.usage_history(f, member.usage, member.name))
    assert f"{as_drawn(names['ben'])}: usage by month" in drawn
    chart = break_even(rec.household, rec.catalogue, member.name, rec.assignment)
    assert f"{as_drawn(names['ben'])}'s data use (GB a month)" in _drawn_texts(lambda f: charts.break_even(f, chart))


def test_csv_cells_never_start_a_formula(tmp_path, hostile):
    rec, _, names, _ = hostile
    rows = list(csv.DictReader(io.StringIO(export(rec, None, tmp_path / "bill.csv").read_text())))
    text_columns = [c.header for c in BILL_LINE_COLUMNS if c.text]
    cells = [row[c] for row in rows for c in text_columns]
    assert cells and not [c for c in cells if c.startswith(FORMULA_LEADS)]
    assert "'" + names["anna"] in {row["member"] for row in rows}  # neutralised, not dropped
    assert all(
        float(row["amount"]) == pytest.approx(line.amount, abs=1e-4)
        for row, line in zip(rows, rec.bill.lines, strict=True)
    )
    assert bill_lines_csv(rec) == (tmp_path / "bill.csv").read_bytes().decode()


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".json"])
def test_export_into_a_missing_folder_is_a_clear_error_that_writes_nothing(tmp_path, hostile, suffix):
    rec, explanation, _, _ = hostile
    target = tmp_path / "no such folder" / f"advice{suffix}"
    with pytest.raises(OutputPathError, match=r"the folder .* does not exist") as raised:
        export(rec, explanation, target)
    assert isinstance(raised.value, OSError) and isinstance(raised.value, ta.TariffAdvisorError)
    assert list(tmp_path.iterdir()) == []
    folder = tmp_path / f"a folder{suffix}"
    folder.mkdir()
    with pytest.raises(OutputPathError, match="is a folder"):
        export(rec, explanation, folder)
    assert list(folder.iterdir()) == []


def test_export_writes_only_the_file_asked_for(tmp_path, hostile):
    rec, explanation, _, _ = hostile
    (tmp_path / "out").mkdir()
    for name in ("bill.csv", "advice.json"):
        export(rec, explanation, tmp_path / "out" / name)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["advice.json", "bill.csv", "out"]


def test_cli_report_into_a_missing_folder(tmp_path):
    target = tmp_path / "missing" / "advice.pdf"
    result = run_cli("report", str(FAMILY), "-o", str(target))
    assert result.returncode == 2, result.stderr
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_names_longer_than_a_page_still_print(tmp_path, no_charts_here):
    """A table row cannot break over pages: a name that would make one taller than a page is cut there."""
    family = ta.load_household(FAMILY)
    anna = family.members[0]
    long_name = "Anna " * 2000
    household = Household("The " * 2000, (Member(long_name, anna.usage, anna.age),), start_date=family.start_date)
    rec = ta.recommend(household, ta.load_catalogue(), solver="highs")
    path = build_pdf(rec, explain(rec), tmp_path / "advice.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert text.count("Anna") > 2000  # printed in full where text may flow over pages


@pytest.fixture
def no_charts_here(monkeypatch):
    import tariff_advisor.report.advice as report

    monkeypatch.setattr(report, "_chart_image", lambda draw, width, height: report.Spacer(width, height))
