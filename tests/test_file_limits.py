"""Reading files safely: YAML limits, finite numbers in documented ranges, real dates and months, saves under faults.

Each test here fails without the check it names (issue 15): the hostile or careless files below crashed, hung or
were accepted before.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tracemalloc
from pathlib import Path

import pytest

import tariff_advisor as ta
from tariff_advisor.editing.diff import diff_folders
from tariff_advisor.editing.document import CatalogueDocument
from tariff_advisor.errors import CatalogueError, HouseholdChangedError, HouseholdError, SaveError
from tariff_advisor.household.files import load_household, save_household
from tariff_advisor.io import atomic, yamlio

from .helpers import ROOT, write_provider

STUDENT = ROOT / "examples" / "households" / "single-student.yaml"
GOOD = "tariffs:\n  - {id: g-one, name: One, kind: sim_only, monthly_fee: 9.99}\n"

# A 2 KB file whose entry id is an alias of a 10^8-element list: nine levels of ten aliases each.
ALIAS_BOMB = (
    "x0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
    + "".join(f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 8))
    + "tariffs:\n  - {id: *a7, name: Bomb, kind: sim_only, monthly_fee: 1}\n"
)
# "Billion laughs" under a key the schema does not know.
LAUGHS = "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 9)
)


def folder_with(tmp_path: Path, body: str, name: str = "cat") -> Path:
    write_provider(tmp_path / name, "bad", body)
    return tmp_path / name


def catalogue_problems(folder: Path) -> list[ta.Problem]:
    with pytest.raises(CatalogueError) as info:
        ta.load_catalogue(folder)
    return info.value.problems


def diff_problems(old: Path, new: Path) -> list[ta.Problem]:
    with pytest.raises(CatalogueError) as info:
        diff_folders(old, new)
    return info.value.problems


def peak_mb(action) -> float:
    """Peak memory (MB, Python allocations) while `action` runs; a bound on work, unlike a timed assert."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


# -- YAML limits ------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [ALIAS_BOMB, LAUGHS + GOOD], ids=["alias-as-id", "laughs-under-unknown-key"])
def test_alias_bombs_are_refused_at_once_by_validate_diff_and_the_editor(tmp_path, body):
    bad = folder_with(tmp_path, body)
    good = folder_with(tmp_path, GOOD, "good")
    found: list[list[ta.Problem]] = []
    peak = peak_mb(lambda: found.extend([catalogue_problems(bad), diff_problems(good, bad)]))
    assert peak < 30
    for problems in found:
        [problem] = problems
        assert "aliases" in problem.message and problem.line is not None and problem.file.endswith("bad.yaml")
    with pytest.raises(CatalogueError):
        CatalogueDocument.open(bad)


def test_a_small_alias_is_still_fine(tmp_path):
    body = (
        "tariffs:\n  - id: g-one\n    name: One\n    kind: sim_only\n    monthly_fee: 9.99\n"
        "    out_of_bundle: &std {minute: 0.09, sms: 0.09}\n"
        "  - {id: g-two, name: Two, kind: sim_only, monthly_fee: 5, out_of_bundle: *std}\n"
    )
    catalogue = ta.load_catalogue(folder_with(tmp_path, body))
    assert {t.rates.minute for t in catalogue.tariffs} == {0.09}


def test_an_alias_inside_itself_is_refused(tmp_path):
    [problem] = catalogue_problems(folder_with(tmp_path, "loop: &a [1, *a]\n" + GOOD))
    assert "inside its own anchor" in problem.message and problem.line == 4


@pytest.mark.parametrize("text", ["[" * 300 + "]" * 300, "{a: " * 300 + "1" + "}" * 300])
def test_deep_nesting_is_a_clear_message_not_a_recursion_error(tmp_path, text):
    [problem] = catalogue_problems(folder_with(tmp_path, f"deep: {text}\n" + GOOD))
    assert "nested more than" in problem.message and problem.line == 4
    path = tmp_path / "deep-household.yaml"
    path.write_text(f"members: {text}\n")
    with pytest.raises(HouseholdError, match="nested more than"):
        load_household(path)


def test_a_file_above_the_size_limit_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlio, "MAX_FILE_BYTES", 200)
    [problem] = catalogue_problems(folder_with(tmp_path, GOOD + "# " + "x" * 300 + "\n"))
    assert "larger than" in problem.message


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!python/object/apply:os.system [echo hi]", "!!python/object/apply:os.system"),
        ("!!set {a, b}", "!!set"),
        ("!!omap [{a: 1}]", "!!omap"),
        ("!custom x", "!custom"),
        ("!!int abc", "!!int"),
    ],
)
def test_tags_that_build_anything_but_plain_data_are_refused_with_the_line(tmp_path, value, shown):
    body = f"tariffs:\n  - id: g-one\n    name: {value}\n    kind: sim_only\n    monthly_fee: 9.99\n"
    bad, good = folder_with(tmp_path, body), folder_with(tmp_path, GOOD, "good")
    for problems in (catalogue_problems(bad), diff_problems(good, bad)):
        [problem] = problems
        assert shown in problem.message and problem.line == 6


def test_str_tag_makes_text_and_timestamps_are_dates(tmp_path):
    body = "tariffs:\n  - {id: g-one, name: !!str 2026, kind: sim_only, monthly_fee: 9.99, valid_from: 2026-01-01}\n"
    [tariff] = ta.load_catalogue(folder_with(tmp_path, body)).tariffs
    assert tariff.name == "2026" and tariff.valid_from is not None and tariff.valid_from.day == 1


def test_byte_order_marks_and_other_encodings(tmp_path):
    folder = folder_with(tmp_path, GOOD)
    path = folder / "bad.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(ta.load_catalogue(folder).tariffs) == 1
    path.write_bytes(path.read_bytes()[3:].decode().encode("utf-16"))
    [problem] = catalogue_problems(folder)
    assert "UTF-16" in problem.message and "UTF-8" in problem.message


# -- numbers, booleans, dates, months ---------------------------------------------------------------
def test_every_bad_number_is_one_located_problem_reported_together(tmp_path):
    body = """
tariffs:
  - {id: t-bool, name: A, kind: sim_only, monthly_fee: true}
  - {id: t-inf, name: B, kind: sim_only, monthly_fee: .inf}
  - {id: t-nan, name: C, kind: sim_only, monthly_fee: 5, price_changes: [{from_month: 13, amount: .nan}]}
  - id: t-cash
    name: D
    kind: sim_only
    monthly_fee: 5
    promotions: [{type: cashback, amount: 1e300}]
  - {id: t-huge, name: E, kind: sim_only, monthly_fee: 5, allowances: {data_gb: 1e400}}
  - {id: t-date, name: F, kind: sim_only, monthly_fee: 5, valid_from: 2026-02-30}
  - {id: t-months, name: G, kind: sim_only, monthly_fee: 5, contract_months: "24"}
  - {id: t-flag, name: H, kind: sim_only, monthly_fee: 5, eligibility: {student: 1}}
"""
    found = {(p.entry, p.field): p for p in catalogue_problems(folder_with(tmp_path, body))}
    expected = {
        ("tariffs[0] ('t-bool')", "monthly_fee"): "write a number such as 12.99 (got true)",
        ("tariffs[1] ('t-inf')", "monthly_fee"): "finite number",
        ("tariffs[2] ('t-nan')", "price_changes[0].amount"): "finite number",
        ("tariffs[3] ('t-cash')", "promotions[0].amount"): "less than or equal to 10,000,000",
        ("tariffs[4] ('t-huge')", "allowances.data_gb"): "finite number",
        ("tariffs[5] ('t-date')", "valid_from"): "write a real date such as 2027-01-31 (got '2026-02-30')",
        ("tariffs[6] ('t-months')", "contract_months"): "write a whole number",
        ("tariffs[7] ('t-flag')", "eligibility.student"): "write true or false",
    }
    assert set(found) == set(expected)
    for key, words in expected.items():
        assert words in found[key].message and found[key].line is not None, found[key]


def test_price_changes_cannot_take_a_fee_below_zero(tmp_path):
    one_cut = "tariffs:\n  - {id: t, name: T, kind: sim_only, monthly_fee: 10, price_changes: [{from_month: 13, percent: -60}]}\n"
    assert ta.load_catalogue(folder_with(tmp_path, one_cut, "one")).tariffs[0].price_changes
    two_cuts = one_cut.replace("percent: -60}]", "percent: -60}, {from_month: 14, percent: -60}]")
    [problem] = catalogue_problems(folder_with(tmp_path, two_cuts, "two"))
    assert problem.field == "price_changes" and "from month 14" in problem.message and "-2.00" in problem.message
    rise_then_cut = one_cut.replace("percent: -60}]", "amount: 5}, {from_month: 20, amount: -14}]")
    assert ta.load_catalogue(folder_with(tmp_path, rise_then_cut, "three")).tariffs


HOUSEHOLD = """\
name: Test
start_date: 2026-12-01
members:
  - name: A
    age: 30
    usage:
      history:
        - {month: 2025-11, minutes: 10, data_mb: 100}
        - {month: 2025-12, minutes: 10, data_mb: 100}
"""


def household_problems(tmp_path: Path, text: str) -> list[ta.Problem]:
    path = tmp_path / "h.yaml"
    path.write_text(text)
    with pytest.raises(HouseholdError) as info:
        load_household(path)
    return info.value.problems


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (("2025-12", "2025-13"), "usage.history[1].month", "YYYY-MM"),
        (("2025-12", "2025-11"), "usage.history[1].month", "listed again (first as history[0])"),
        (
            (
                "minutes: 10, data_mb: 100}\n        - {month: 2025-12",
                "minutes: .inf, data_mb: 100}\n        - {month: 2025-12",
            ),
            "usage.history[0].minutes",
            "finite number",
        ),
        (
            ("data_mb: 100}\n        - {month: 2025-12", "data_mb: 1e15}\n        - {month: 2025-12"),
            "usage.history[0].data_mb",
            "less than or equal to",
        ),
        (("age: 30", "age: true"), "age", "write a whole number"),
        (("start_date: 2026-12-01", "start_date: 2026-02-30"), "start_date", "real date"),
    ],
)
def test_household_numbers_dates_and_months_are_checked(tmp_path, change, field, words):
    [problem] = household_problems(tmp_path, HOUSEHOLD.replace(*change))
    assert problem.field == field and words in problem.message and problem.line is not None


def test_shipped_households_still_load():
    for path in sorted((ROOT / "examples" / "households").glob("*.yaml")):
        assert load_household(path).members


# -- saves under faults ----------------------------------------------------------------------------
def test_the_backup_is_written_atomically_and_the_mode_is_kept(tmp_path, monkeypatch):
    path = tmp_path / "f.yaml"
    path.write_text("one\n")
    path.chmod(0o644)
    writes = []
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: (writes.append(Path(b).name), real_replace(a, b)))
    atomic.atomic_write_text(path, "two\n", keep_backup=True)
    assert writes == ["f.yaml.bak", "f.yaml"]  # the backup too arrives by rename, whole, before the file changes
    assert path.read_text() == "two\n" and (tmp_path / "f.yaml.bak").read_text() == "one\n"
    assert (
        stat.S_IMODE(path.stat().st_mode) == 0o644 and stat.S_IMODE((tmp_path / "f.yaml.bak").stat().st_mode) == 0o644
    )


def test_a_full_disk_says_what_was_kept_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "f.yaml"
    path.write_text("one\n")
    atomic.atomic_write_text(path, "two\n", keep_backup=True)
    real_write = os.write

    def full(fd, data):
        real_write(fd, bytes(data)[:3])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(SaveError) as info:
        atomic.atomic_write_text(path, "three\n", keep_backup=True)
    message = str(info.value)
    assert "disk is full" in message and "f.yaml is unchanged" in message and "f.yaml.bak" in message
    assert isinstance(info.value, OSError) and info.value.errno == errno.ENOSPC
    assert path.read_text() == "two\n" and (tmp_path / "f.yaml.bak").read_text() == "one\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.yaml", "f.yaml.bak"]


def test_stale_temporary_files_of_killed_saves_are_removed_by_the_next_save_or_load(tmp_path):
    folder = folder_with(tmp_path, GOOD)
    for stale in (".bad.yaml.1a2b.tmp", ".bad.yaml.bak.3c4d.tmp"):
        (folder / stale).write_text("torn")
    ta.load_catalogue(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["bad.yaml"]
    household = tmp_path / "h.yaml"
    household.write_text(HOUSEHOLD)
    (tmp_path / ".h.yaml.5e6f.tmp").write_text("torn")
    load_household(household)
    assert not (tmp_path / ".h.yaml.5e6f.tmp").exists()
    (tmp_path / ".h.yaml.7a8b.tmp").write_text("torn")
    atomic.atomic_write_text(household, HOUSEHOLD)
    assert not (tmp_path / ".h.yaml.7a8b.tmp").exists()


def test_a_temporary_file_being_written_is_left_alone(tmp_path):
    fcntl = pytest.importorskip("fcntl")
    busy = tmp_path / ".f.yaml.9999.tmp"
    with open(busy, "w") as stream:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX)
        assert atomic.remove_stale_temps(tmp_path / "f.yaml") == []
    assert busy.exists()


# -- household saves --------------------------------------------------------------------------------
def test_household_saves_keep_comments_a_backup_and_zero_values(tmp_path):
    path = tmp_path / "student.yaml"
    shutil.copy(STUDENT, path)
    household = load_household(path)
    member = household.members[0]
    usage = (member.usage[0].__class__(minutes=0.0, calls=0.0, minutes_rounded=0.0, month="2025-11"), *member.usage[1:])
    saved = save_household(household.with_member_usage(member.name, usage), path)
    text = path.read_text()
    assert (
        text.startswith("# A student living alone")
        and (tmp_path / "student.yaml.bak").read_bytes() == STUDENT.read_bytes()
    )
    assert load_household(path).members[0].usage[0].minutes_rounded == 0
    assert saved.stamp is not None and saved.source == str(path)
    save_household(saved, path)  # its own save is no conflict


def test_a_household_changed_by_someone_else_is_not_overwritten_silently(tmp_path):
    path = tmp_path / "student.yaml"
    shutil.copy(STUDENT, path)
    household = load_household(path)
    theirs = path.read_text().replace("Jonas (student)", "Jonas (theirs)")
    path.write_text(theirs)
    with pytest.raises(HouseholdChangedError, match="changed by someone else"):
        save_household(household, path)
    assert path.read_text() == theirs
    save_household(household, path, overwrite_external=True)
    assert load_household(path).name == "Jonas (student)"


def test_a_household_that_would_not_load_is_never_written(tmp_path):
    path = tmp_path / "student.yaml"
    shutil.copy(STUDENT, path)
    household = load_household(path)
    member = household.members[0]
    broken = household.with_member_usage(member.name, (member.usage[0].__class__(minutes=float("inf")),))
    with pytest.raises(HouseholdError, match="finite"):
        save_household(broken, path)
    assert path.read_bytes() == STUDENT.read_bytes()


def test_the_app_asks_before_overwriting_a_changed_household(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "student.yaml"
    shutil.copy(STUDENT, path)
    assert window.open_path(path)
    window.session.dirty = True
    path.write_text(path.read_text().replace("Jonas (student)", "Jonas (theirs)"))
    asked = []

    def answer(button):
        return lambda *args: asked.append(args[2]) or button

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    assert window.save() is False and window.session.dirty  # so closing the window still asks about the edits
    assert "Jonas (theirs)" in path.read_text() and "changed by someone else" in asked[0]
    assert "keeps the other change" in window.result.text()
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Save))
    assert window.save() is True and not window.session.dirty
    assert load_household(path).name == "Jonas (student)"
    assert window.save() is True and len(asked) == 2  # saved by us: no question the second time


def test_the_app_says_why_a_household_that_would_not_load_is_not_saved(window, tmp_path):
    path = tmp_path / "student.yaml"
    shutil.copy(STUDENT, path)
    assert window.open_path(path)
    session = window.session
    member = session.household.members[0]
    session.update_household(session.household.with_member_usage(member.name, (ta.MonthlyUsage(minutes=1e9),)))
    assert window.save() is False and session.dirty
    assert "less than or equal to 44,640" in window.result.text() and path.read_bytes() == STUDENT.read_bytes()


KILLED_SAVE = """
import os, signal, sys
from pathlib import Path
from tariff_advisor.io import atomic
real_replace, renames = os.replace, []
def replace(src, dst):
    renames.append(dst)
    if len(renames) == 2:  # the backup is in place; die before the file itself is renamed
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(src, dst)
os.replace = replace
atomic.atomic_write_text(Path(sys.argv[1]), "new\\n", keep_backup=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_save_leaves_both_files_whole_and_one_temporary_file_the_next_load_removes(tmp_path):
    import subprocess
    import sys

    folder = folder_with(tmp_path, GOOD)
    path = folder / "bad.yaml"
    before = path.read_bytes()
    for _ in range(3):  # killed again and again: each save removes what the one before left
        run = subprocess.run([sys.executable, "-c", KILLED_SAVE, str(path)], cwd=ROOT, capture_output=True)
        assert run.returncode == -9
        assert path.read_bytes() == before and (folder / "bad.yaml.bak").read_bytes() == before
        assert len(list(folder.glob(".bad.yaml.*.tmp"))) == 1
    ta.load_catalogue(folder)
    assert not list(folder.glob(".*.tmp"))


def test_a_free_custom_plan_and_zero_rounded_minutes_survive_save_and_load(tmp_path):
    text = HOUSEHOLD.replace(
        "    age: 30\n", "    age: 30\n    current_plan: {provider: OldTel, name: Free, monthly_fee: 0}\n"
    ).replace("{month: 2025-11, minutes: 10,", "{month: 2025-11, minutes: 0, calls: 0, minutes_rounded: 0,")
    path = tmp_path / "h.yaml"
    path.write_text(text)
    household = load_household(path)
    save_household(household, tmp_path / "copy.yaml")
    again = load_household(tmp_path / "copy.yaml")
    assert again.members[0].current is not None and again.members[0].current.monthly_fee == 0
    assert again.members[0].usage[0].minutes_rounded == 0 and again.members == household.members


def test_a_household_sharing_usage_by_alias_saves_each_member_as_changed(tmp_path):
    text = HOUSEHOLD.replace("    usage:\n      history:", "    usage: &shared\n      history:") + (
        "  - name: B\n    usage: *shared\n"
    )
    path = tmp_path / "h.yaml"
    path.write_text(text)
    household = load_household(path)
    saved = save_household(household.with_member_usage("A", (ta.MonthlyUsage(minutes=5),)), path)
    again = load_household(path)
    assert again.member("A").usage[0].minutes == 5 and again.member("B").usage == household.member("B").usage
    assert saved.members == again.members
