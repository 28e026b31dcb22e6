"""The catalogue as one CSV and back: the export of a catalogue imports into an empty folder as the same catalogue."""

from __future__ import annotations

import csv
import dataclasses
import shutil
from collections import Counter
from pathlib import Path

import pytest

import tariff_advisor as ta
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.catalogue.schema import FamilyPlanEntry, OptionEntry, ProviderFile, TariffEntry
from tariff_advisor.editing.catalogue_csv import COLUMNS, ENTRY_COLUMN, HEADER
from tariff_advisor.editing.document import ENTRY_KINDS, CatalogueDocument
from tariff_advisor.editing.importing import apply_import, export_tariffs, plan_import, read_catalogue_table
from tariff_advisor.io.resources import shipped_catalogue_dir

from .helpers import run_cli

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def folder(tmp_path) -> Path:
    return Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))


def assert_same_catalogue(before: Catalogue, after: Catalogue) -> None:
    """Equal providers, tariffs, options and family plans, field by field (only the file each came from differs)."""
    assert {k: dataclasses.replace(p, file=None) for k, p in after.providers.items()} == {
        k: dataclasses.replace(p, file=None) for k, p in before.providers.items()
    }
    assert [t.id for t in after.tariffs] == [t.id for t in before.tariffs]
    for old, new in zip(before.tariffs, after.tariffs, strict=True):
        for name in (f.name for f in dataclasses.fields(old)):
            assert getattr(new, name) == getattr(old, name), (old.id, name)
    assert after.options == before.options
    assert after.family_plans == before.family_plans
    assert after.devices == before.devices and after.device_offers == before.device_offers


def export(folder: Path, table: Path) -> list[dict[str, str]]:
    export_tariffs(CatalogueDocument.open(folder), table)
    with table.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def edit_row(table: Path, entry_id: str, **cells: str) -> None:
    with table.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    for row in rows:
        if row["id"] == entry_id:
            row.update(cells)
    with table.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(HEADER), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_the_shipped_catalogue_round_trips_exactly_through_the_cli(tmp_path):
    table, out = tmp_path / "catalogue.csv", tmp_path / "empty"
    out.mkdir()
    rows = export(shipped_catalogue_dir(), table)
    shipped = ta.load_catalogue()
    # the shipped market has every kind of thing that the price-list columns alone lost
    assert Counter(r[ENTRY_COLUMN] for r in rows) == {
        "provider": len(shipped.providers),
        "tariff": len(shipped.tariffs),
        "option": len(shipped.options),
        "family_plan": len(shipped.family_plans),
        "devices": 1,  # data/tariffs/devices.yaml, its phones in one cell
    }
    assert any(t.promotions for t in shipped.tariffs) and any(t.price_changes for t in shipped.tariffs)
    assert any(t.family_plan for t in shipped.tariffs) and any(p.multi_line for p in shipped.providers.values())
    result = run_cli("import-catalogue", str(table), "-o", str(out))  # no profile: the export is read whole
    assert result.returncode == 0, result.stderr
    assert "0 rows rejected" in result.stdout
    assert_same_catalogue(shipped, ta.load_catalogue(out))
    again = tmp_path / "again.csv"
    assert export(out, again) == rows  # and exporting the copy gives the same table


def test_every_field_of_the_file_format_has_a_column():
    """A field the export has no column for would be lost on the way: each schema field is written somewhere."""
    models = {"provider": ProviderFile, "tariff": TariffEntry, "option": OptionEntry, "family_plan": FamilyPlanEntry}
    for kind, model in models.items():
        covered = {path[0] for column in COLUMNS for k, path in column.paths.items() if k == kind}
        fields = set(model.model_fields) - {"format_version", *ENTRY_KINDS}
        assert fields <= covered, (kind, fields - covered)


@pytest.mark.parametrize(
    ("column", "cell", "said"),
    [
        ("promotions", "[{type: free_months, months: 3", "YAML syntax error"),
        ("promotions", "[{type: discount, months: 0, amount: 5}]", "months should be greater than or equal to 1"),
        ("promotions", "[{type: discount, months: 6}]", "exactly one of amount or percent"),
        ("promotions", "[{type: lottery, months: 6}]", "discount"),
        ("promotions", "[&a {type: free_months, months: 3}, *a]", "alias"),
        ("promotions", "!!python/object:os.system {}", "not allowed"),
        ("price_changes", "[{from_month: 13, amount: 1" + "0" * 50 + "}]", "more than 40 characters"),
        ("price_changes", "[{from_month: 13, amount: 2}]\nx: 1", "one line"),
        ("price_changes", "[" + "{from_month: 13, amount: 2}, " * 1000 + "]", "more than 20,000 characters"),
        ("price_changes", "[{from_month: 2, percent: -150}]", "greater than -100"),
        ("out_of_bundle", "{data: {mode: per_mb}}", "needs a price"),
        ("out_of_bundle", "3", "mapping"),
        ("contract_months", "twelve", "whole number"),
        ("monthly_fee", "nan", "finite"),
        ("monthly_fee", "-1", "greater than or equal to 0"),
        ("data_gb", "lots", "not a number"),
        ("data_gb", "-3", "greater than or equal to 0, or 'unlimited' (got -3)"),
        ("valid_from", "2026-02-30", "real date"),
        ("student", "maybe", "true or false"),
        ("features", "EU Roaming", "lower-case letters"),
        ("kind", "postpaid", "contract"),
    ],
)
def test_a_bad_cell_is_a_located_problem_saying_what_to_write(tmp_path, column, cell, said):
    table = tmp_path / "catalogue.csv"
    rows = export(shipped_catalogue_dir(), table)
    edit_row(table, "bz-smart-12", **{column: cell})
    row = next(n for n, r in enumerate(rows, start=1) if r["id"] == "bz-smart-12")
    result = read_catalogue_table(table)
    (rejected,) = result.rejected
    assert rejected.row == row and rejected.action == "reject"
    assert f"column '{column}'" in rejected.reason and said in rejected.reason, rejected.reason
    assert "write e.g." in rejected.reason
    out = run_cli("import-catalogue", str(table), "-o", str(tmp_path / "out"))
    assert "Traceback" not in out.stderr
    assert f"row {row}: rejected: column '{column}'" in out.stderr


def test_names_that_start_like_formulas_survive_and_are_never_formulas(folder, tmp_path):
    document = CatalogueDocument.open(folder)
    texts = ["=cmd|' /C calc'!A0", "+Blitz", "-x", "@SUM(A1)", "'quoted", "'=both"]
    document.set_section("blitz.yaml", ("provider", "name"), texts[1])
    document.set_value("blitz.yaml", "tariffs", 0, ("name",), texts[0])
    document.set_value("blitz.yaml", "tariffs", 1, ("tier",), texts[2])
    document.set_value("blitz.yaml", "tariffs", 2, ("source",), texts[3])
    document.set_value("blitz.yaml", "options", 0, ("name",), texts[4])
    document.set_value("blitz.yaml", "tariffs", 3, ("name",), texts[5])
    document.save_all()
    table = tmp_path / "catalogue.csv"
    rows = export(folder, table)
    assert not [cell for row in rows for cell in row.values() if cell.startswith(FORMULA_LEADS)]
    out = tmp_path / "out"
    result = run_cli("import-catalogue", str(table), "-o", str(out))
    assert result.returncode == 0, result.stderr
    imported = ta.load_catalogue(out)
    assert_same_catalogue(ta.load_catalogue(folder), imported)
    assert imported.providers["blitz"].name == "+Blitz" and imported.tariffs[0].name == texts[0]


def test_an_export_imported_into_the_open_catalogue_changes_only_what_the_table_changed(folder, tmp_path):
    table = tmp_path / "catalogue.csv"
    rows = export(folder, table)
    document = CatalogueDocument.open(folder)
    planned = plan_import(document, read_catalogue_table(table))
    assert Counter(o.action for o in planned) == {"unchanged": len(rows)}
    edit_row(table, "nw-mobil-l", monthly_fee="34.99")
    edit_row(table, "bz-smart-12", promotions="")  # the row holds the whole tariff: an empty cell removes
    result = read_catalogue_table(table)
    planned = plan_import(document, result)
    changed = {o.tariff_id: o.reason for o in planned if o.action == "change"}
    assert changed == {
        "nw-mobil-l": "monthly_fee 32.99 -> 34.99",
        "bz-smart-12": "promotions [{'type': 'free_months', 'months': 3, 'valid_until': datetime.date(2026, 12, 31)}]"
        " -> None",
    }
    apply_import(document, result, planned)
    assert document.problems() == [] and sorted(document.modified_files()) == ["blitz.yaml", "nordwave.yaml"]
    catalogue = document.catalogue()
    assert catalogue.tariff("nw-mobil-l").monthly_fee == 34.99 and not catalogue.tariff("bz-smart-12").promotions


def test_an_export_imported_into_an_empty_open_catalogue_is_the_same_catalogue(folder, tmp_path):
    table = tmp_path / "catalogue.csv"
    export(folder, table)
    (tmp_path / "empty").mkdir()
    document = CatalogueDocument.open(tmp_path / "empty")
    result = read_catalogue_table(table)
    apply_import(document, result, plan_import(document, result))
    document.save_all()
    assert_same_catalogue(ta.load_catalogue(folder), ta.load_catalogue(tmp_path / "empty"))


def test_a_table_that_is_not_an_export_is_refused_with_its_columns(tmp_path):
    table = tmp_path / "prices.csv"
    table.write_text("entry,provider_id,price\ntariff,x,1\n")
    result = run_cli("import-catalogue", str(table), "-o", str(tmp_path / "out"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "['price']" in result.stderr + result.stdout


def test_file_export_csv_and_import_in_the_editor_give_the_same_catalogue(qtbot, folder, tmp_path, monkeypatch):
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from tariff_advisor_ui.editor.editor_window import EditorWindow
    from tariff_advisor_ui.editor.import_dialog import CatalogueImportDialog
    from tariff_advisor_ui.editor.session import CatalogueSession

    def open_editor(directory: Path) -> EditorWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        editor = EditorWindow(CatalogueSession.open(directory), settings)
        qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "discarded", True))
        return editor

    table = tmp_path / "exported.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(table), "CSV (*.csv)"))
    source = open_editor(folder)
    source.export_csv()  # File > Export catalogue as CSV
    assert source.statusBar().currentMessage().startswith(f"{len(ta.load_catalogue(folder).tariffs)} tariffs")
    (tmp_path / "empty").mkdir()
    target = open_editor(tmp_path / "empty")
    dialog = CatalogueImportDialog(target.session, target)  # File > Import tariffs
    dialog.table_file.setText(str(table))
    dialog.read_header()
    assert dialog.whole and not dialog.columns["monthly_fee"].isEnabled()  # an export needs no mapping
    assert dialog.preview() and dialog.ok.isEnabled()
    dialog.apply()
    files = len(ta.load_catalogue(folder).providers) + 1  # and devices.yaml, the phones
    assert target.session.problems == [] and target.files.count() == files
    target.session.save_all()
    assert_same_catalogue(ta.load_catalogue(folder), ta.load_catalogue(tmp_path / "empty"))
    target.session.undo_stack.undo()  # the whole import is one step
    assert not target.session.document.catalogue().tariffs


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        ({"base_fee": "5"}, "column 'base_fee': a tariff row has no base_fee; leave it empty"),
        ({"provider": "Blitz Mobile"}, "rename a provider on its provider row"),
        ({"entry": "plan"}, "column 'entry': 'plan' is not one of provider, tariff, option, family_plan"),
        ({"provider_id": "nobody"}, "no provider row for 'nobody'"),
        ({"id": "bz-smart-3"}, "is already on row"),
    ],
)
def test_a_cell_the_row_cannot_have_is_refused_not_dropped(tmp_path, cells, said):
    table = tmp_path / "catalogue.csv"
    export(shipped_catalogue_dir(), table)
    edit_row(table, "bz-smart-12", **cells)
    (rejected,) = read_catalogue_table(table).rejected
    assert said in rejected.reason


EVERY_FIELD = """\
format_version: 1
provider: {id: full, name: "Full, Ltd. \\"quoted\\"", currency: GBP, website: https://example.org/full}
source: a price list; page 3
checked: 2026-10-01
sample: false
defaults:
  billing: {cycle: 28_days, voice: per_minute, setup_fee_per_call: 0.15}
  out_of_bundle: {minute: 0.1, sms: 0.2, intl_minute: 1.5, data: {mode: per_mb, price: 0.00001}}
  features: [eu_roaming, volte]
  on_net_minute_price: 0.0
multi_line:
  same_tier: true
  line_discounts: [{line: 2, amount: 5}, {line: 4, amount: 7.5}]
  volume_discounts: [{min_lines: 3, percent: 10}]
broadband_discount: {percent: 12.5}
family_plans:
  - id: fu-family
    name: Family
    base_fee: 12
    max_sims: 5
    pool: {data_gb: unlimited}
    billing: {voice: per_second}
    out_of_bundle: {data: {mode: throttle}}
tariffs:
  - id: fu-a
    name: "A: yes/no"
    kind: contract
    tier: gold
    monthly_fee: 20
    contract_months: 24
    activation_fee: 9.99
    valid_from: 2026-01-01
    valid_until: 2027-06-30
    eligibility: {min_age: 18, max_age: 27, student: true, broadband_customer: true}
    features: []
    allowances: {minutes: unlimited, sms: 0, data_gb: 0.5, intl_minutes: 60, fair_use_gb: 300}
    billing: {cycle: month}
    out_of_bundle: {minute: 0}
    on_net_minute_price: 0.05
    promotions:
      - {type: discount, months: 6, percent: 50, valid_until: 2026-12-31}
      - {type: cashback, amount: 60, redemption: true, paid_in_month: 4}
    price_changes: [{from_month: 13, amount: -2.5}, {from_month: 25, percent: 3}]
    source: "='not a formula'"
    checked: 2026-10-15
  - id: fu-b
    name: B
    kind: prepaid
    monthly_fee: 0
    family_plan: fu-family
options:
  - id: fu-opt
    name: "-5 GB extra"
    monthly_fee: 4.99
    adds: {data_gb: 5, intl_minutes: 30}
    unlimited: [sms, minutes]
    features: [hotspot]
    tariffs: [fu-a]
    max_count: 3
  - id: fu-all
    name: All
    monthly_fee: 1
"""


def test_a_catalogue_using_every_field_round_trips_exactly(tmp_path):
    source, out = tmp_path / "source", tmp_path / "out"
    source.mkdir()
    (source / "full.yaml").write_text(EVERY_FIELD)
    before = ta.load_catalogue(source)
    table = tmp_path / "catalogue.csv"
    rows = export(source, table)
    assert not [cell for row in rows for cell in row.values() if cell.startswith(FORMULA_LEADS)]
    result = run_cli("import-catalogue", str(table), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert_same_catalogue(before, ta.load_catalogue(out))
    fu_a = CatalogueDocument.open(out).entry("full.yaml", "tariffs", 0)
    assert fu_a["features"] == [] and fu_a["source"] == "='not a formula'"  # none, not the provider's defaults


def test_a_provider_row_changes_the_open_provider_settings_field_by_field(folder, tmp_path):
    table = tmp_path / "catalogue.csv"
    export(folder, table)
    with table.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    for row in rows:
        if row[ENTRY_COLUMN] == "provider" and row["provider_id"] == "kite":
            row.update(website="", on_net_minute_price="0.01")
    with table.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(HEADER), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    document = CatalogueDocument.open(folder)
    result = read_catalogue_table(table)
    planned = plan_import(document, result)
    (change,) = [o for o in planned if o.action != "unchanged"]
    website = document.files["kite.yaml"].data["provider"]["website"]
    assert change.entry == "provider" and change.provider == "kite"
    assert change.reason.split("; ") == [
        f"provider.website {website!r} -> None",
        "defaults.on_net_minute_price None -> 0.01",
    ]
    apply_import(document, result, planned)
    assert document.modified_files() == ["kite.yaml"]
    provider = document.files["kite.yaml"].data
    assert "website" not in provider["provider"] and provider["defaults"]["on_net_minute_price"] == 0.01


def test_an_export_saved_as_a_spreadsheet_reads_back_the_same(tmp_path):
    """Excel takes numbers, dates and true/false for its own types; read back, they are the same values."""
    openpyxl = pytest.importorskip("openpyxl")
    import datetime as dt

    def typed(text: str) -> object:
        for read in (int, float, dt.datetime.fromisoformat):
            try:
                return read(text)
            except ValueError:
                pass
        return {"true": True, "false": False}.get(text, text)

    table, sheet_file = tmp_path / "catalogue.csv", tmp_path / "catalogue.xlsx"
    rows = export(shipped_catalogue_dir(), table)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append([typed(row[h]) if row[h] else None for h in HEADER])
    book.save(sheet_file)
    from_sheet, from_csv = read_catalogue_table(sheet_file), read_catalogue_table(table)
    assert not from_sheet.rejected
    assert from_sheet.providers == from_csv.providers
