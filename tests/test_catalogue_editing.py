"""The catalogue editor's domain: round-trip edits, safe saving, diff, import preview, export, impact."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tariff_advisor.editing.diff import diff_folders
from tariff_advisor.editing.document import CatalogueDocument, ExternalChangeError
from tariff_advisor.editing.impact import example_households, impact
from tariff_advisor.editing.importing import (
    FIELDS,
    ImportProfile,
    apply_import,
    export_tariffs,
    import_table,
    load_profile,
    plan_import,
    read_catalogue_table,
)
from tariff_advisor.errors import InputFileError
from tariff_advisor.io.resources import shipped_catalogue_dir

from .helpers import run_cli
from .real_data import SG_PROFILE, SG_TABLE


@pytest.fixture
def folder(tmp_path) -> Path:
    return Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))


def index_of(document: CatalogueDocument, name: str, tariff_id: str) -> int:
    return [e["id"] for e in document.entries(name, "tariffs")].index(tariff_id)


def test_untouched_files_are_written_back_byte_for_byte(folder):
    document = CatalogueDocument.open(folder)
    assert document.files and not document.modified_files()
    for provider_file in document.files.values():
        assert provider_file.text() == provider_file.path.read_text()


def test_an_edit_changes_one_line_and_keeps_comments_and_a_backup(folder):
    path = folder / "nordwave.yaml"
    before = path.read_text()
    document = CatalogueDocument.open(folder)
    old = document.set_value(
        "nordwave.yaml", "tariffs", index_of(document, "nordwave.yaml", "nw-mobil-l"), ("monthly_fee",), 34.99
    )
    assert old == 32.99 and document.modified_files() == ["nordwave.yaml"]
    document.save_all()
    after = path.read_text()
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=False) if a != b]
    assert changed == [("    monthly_fee: 32.99", "    monthly_fee: 34.99")]
    assert "# 24-month contract; +2.00 a month from month 13 as printed in the price list" in after
    assert (folder / "nordwave.yaml.bak").read_text() == before
    assert not document.modified_files()


def test_a_failed_save_leaves_the_old_file_intact(folder, monkeypatch):
    path = folder / "kite.yaml"
    before = path.read_bytes()
    document = CatalogueDocument.open(folder)
    document.set_value("kite.yaml", "tariffs", 0, ("monthly_fee",), 1.23)

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        document.save("kite.yaml")
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []  # no temporary file left
    assert document.modified_files() == ["kite.yaml"]  # the edit is still there to save again


def test_a_file_changed_on_disk_is_not_overwritten(folder):
    document = CatalogueDocument.open(folder)
    document.set_value("helio.yaml", "tariffs", 0, ("name",), "Renamed")
    someone_else = (folder / "helio.yaml").read_text() + "# edited elsewhere\n"
    (folder / "helio.yaml").write_text(someone_else)
    assert document.externally_changed() == ["helio.yaml"]
    with pytest.raises(ExternalChangeError, match="changed on disk"):
        document.save_all()
    assert (folder / "helio.yaml").read_text() == someone_else
    document.save_all(overwrite_external=True)
    assert "Renamed" in (folder / "helio.yaml").read_text()


def test_validation_names_the_entry_field_and_line(folder):
    document = CatalogueDocument.open(folder)
    document.set_value("kite.yaml", "tariffs", 2, ("monthly_fee",), -1)
    (problem,) = document.problems()
    assert problem.field == "monthly_fee" and problem.entry.startswith("tariffs[2]") and problem.line is not None
    assert "greater than or equal to 0" in problem.message
    document.set_value("kite.yaml", "tariffs", 2, ("monthly_fee",), 9.99)
    assert document.problems() == []


def test_diff_cli_lists_changes_and_sets_the_exit_status(folder, tmp_path):
    new = Path(shutil.copytree(folder, tmp_path / "new"))
    document = CatalogueDocument.open(new)
    document.set_value("blitz.yaml", "tariffs", 1, ("allowances", "data_gb"), 99)
    document.insert_entry(
        "kite.yaml", "tariffs", 0, {"id": "ki-new", "name": "New", "kind": "prepaid", "monthly_fee": 3}
    )
    removed = document.remove_entry("helio.yaml", "tariffs", len(document.entries("helio.yaml", "tariffs")) - 1)
    document.save_all()
    same = run_cli("diff", str(folder), str(folder))
    assert same.returncode == 0 and "same" in same.stdout
    result = run_cli("diff", str(folder), str(new), "--json")
    assert result.returncode == 1, result.stderr
    changes = {(c["action"], c["id"]): c for c in json.loads(result.stdout)["changes"]}
    assert ("added", "ki-new") in changes and ("removed", removed["id"]) in changes
    tariff = document.entry("blitz.yaml", "tariffs", 1)["id"]
    assert changes[("changed", tariff)]["fields"][0]["field"] == "allowances.data_gb"
    assert changes[("changed", tariff)]["fields"][0]["new"] == 99
    assert len(diff_folders(folder, new).changes) == 3


def test_real_catalogue_import_previews_adds_changes_and_rejects(tmp_path):
    (tmp_path / "sg").mkdir()
    document = CatalogueDocument.open(tmp_path / "sg")
    result = import_table(SG_TABLE, load_profile(SG_PROFILE))
    planned = plan_import(document, result)
    assert Counter(o.action for o in planned) == {"add": 53}
    apply_import(document, result, planned)
    assert document.problems() == []
    document.save_all()
    assert len(CatalogueDocument.open(tmp_path / "sg").catalogue().tariffs) == 53

    name = "singtel.yaml"
    document.set_value(name, "tariffs", 0, ("monthly_fee",), 99.0)
    document.set_value(name, "tariffs", 0, ("promotions",), [{"type": "free_months", "months": 1}])
    table = tmp_path / "edited.csv"
    text = SG_TABLE.read_text(encoding="utf-8-sig").splitlines()
    table.write_text("\n".join([*text, text[1].replace(text[1].split(",")[0], "Singtel", 1) + "x"]) + "\n")
    planned = plan_import(document, import_table(table, load_profile(SG_PROFILE)))
    actions = Counter(o.action for o in planned)
    assert (
        actions["change"] == 1 and actions["unchanged"] + actions["change"] + actions["add"] + actions["reject"] == 54
    )
    (change,) = [o for o in planned if o.action == "change"]
    assert change.reason == "monthly_fee 99.0 -> 48.0"
    apply_import(document, import_table(table, load_profile(SG_PROFILE)), planned)
    entry = document.entry(name, "tariffs", 0)
    assert entry["monthly_fee"] == 48.0 and entry["promotions"][0]["type"] == "free_months"  # kept


def test_an_export_is_read_whole_and_a_profile_import_of_it_is_refused(folder, tmp_path):
    document = CatalogueDocument.open(folder)
    count = export_tariffs(document, tmp_path / "tariffs.csv")
    assert count == len(document.catalogue().tariffs)
    columns = {f: f for f in FIELDS}  # every price-list column: it would read option rows as tariffs
    with pytest.raises(InputFileError, match="import it without a profile"):
        import_table(tmp_path / "tariffs.csv", ImportProfile(currency="EUR", columns=columns))
    result = read_catalogue_table(tmp_path / "tariffs.csv")
    assert not result.rejected and result.tariff_count == count
    fees = sorted(e["monthly_fee"] for d in result.providers.values() for e in d.get("tariffs", []))  # devices: none
    assert fees == sorted(t.monthly_fee for t in document.catalogue().tariffs)
    planned = plan_import(document, result)
    assert {o.action for o in planned} == {"unchanged"}  # matched by id, nothing to do


# What a tariff's CSV columns become in the loaded catalogue: a round trip must keep each of them exactly.
ROUND_TRIP_FIELDS = (
    "provider",
    "id",
    "name",
    "kind",
    "tier",
    "monthly_fee",
    "contract_months",
    "activation_fee",
    "allowance",
    "valid_from",
    "valid_until",
    "source",
    "checked",
    "rates",
    "promotions",
    "price_changes",
    "features",
    "eligibility",
    "family_plan",
)


def test_export_and_import_catalogue_round_trip_the_shipped_tariffs(tmp_path):
    import tariff_advisor as ta

    table = tmp_path / "tariffs.csv"
    export_tariffs(CatalogueDocument.open(shipped_catalogue_dir()), table)
    result = run_cli("import-catalogue", str(table), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    shipped, imported = ta.load_catalogue(), ta.load_catalogue(tmp_path / "out")
    assert sorted(imported.providers) == sorted(shipped.providers)  # blitz stays blitz
    assert [t.id for t in imported.tariffs] == [t.id for t in shipped.tariffs]
    assert any(t.valid_until for t in shipped.tariffs) and any(t.allowance.intl_minutes for t in shipped.tariffs)
    for before in shipped.tariffs:
        after = imported.tariff(before.id)
        for name in ROUND_TRIP_FIELDS:
            assert getattr(after, name) == getattr(before, name), (before.id, name)


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1", "-x", "@SUM(A1)", "'quoted", "'=both", "plain"])
def test_export_quotes_formulas_and_import_undoes_exactly_that(text):
    from tariff_advisor.editing.importing import export_text_cell, unquote_text_cell

    cell = export_text_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unquote_text_cell(cell) == text


def test_impact_shows_whose_plan_changes_under_an_edit(folder):
    document = CatalogueDocument.open(folder)
    before = document.catalogue()
    document.set_value("kite.yaml", "tariffs", index_of(document, "kite.yaml", "ki-10-24"), ("monthly_fee",), 19.99)
    rows = {r.household: r for r in impact(example_households(), before, document.catalogue())}
    family = rows["berger-family"]
    assert [m.member for m in family.members] == ["Anna"] and family.members[0].before.startswith("ki-10-24")
    assert family.difference > 0
    assert all(r.unchanged for name, r in rows.items() if name != "berger-family")


def test_deleting_an_entry_takes_its_comment_and_reinserting_restores_the_file(folder):
    document = CatalogueDocument.open(folder)
    index = index_of(document, "nordwave.yaml", "nw-flex-s")  # the first entry under "# monthly cancellable..."
    entry, comment = document.pop_entry("nordwave.yaml", "tariffs", index)
    text = document.files["nordwave.yaml"].text()
    assert "monthly cancellable" not in text and "nw-flex-s" not in text
    assert text.index("# Young tariffs") < text.index("id: nw-young-s") < text.index("# only with Nordwave home")
    document.insert_entry("nordwave.yaml", "tariffs", index, entry, comment)
    assert not document.modified_files()
