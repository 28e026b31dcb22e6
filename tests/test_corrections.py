"""Correction requests as files: written safely, read safely, proposed as a change the editor's rules accept."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tariff_advisor.editing.corrections import (
    SUFFIX,
    CorrectionRequest,
    NotApplicableError,
    decide,
    describe,
    file_name,
    new_request,
    propose,
    read_folder,
    read_request,
    rewrite_request,
    write_request,
)
from tariff_advisor.editing.document import CatalogueDocument
from tariff_advisor.io.resources import shipped_catalogue_dir

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def document(tmp_path) -> CatalogueDocument:
    return CatalogueDocument.open(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))


def fee_request(text: str = "13.49", **details) -> CorrectionRequest:
    return new_request(
        "nordwave", "tariffs", "nw-mobil-s", "monthly_fee", text, 14.99, entry_name="Mobil S", created=DAY, **details
    )


def test_a_request_round_trips_through_its_file(tmp_path):
    request = fee_request(description="Price list at the till, 24 Nov", shop="Shop <Mitte>", evidence="photo.jpg")
    path = write_request(tmp_path, request)
    assert path.parent == tmp_path and path.name.endswith(SUFFIX) and path.name.startswith("2026-11-25-nordwave-")
    assert read_request(path) == (request, [])
    assert request.correct_value == 13.49 and request.catalogue_value == 14.99


def test_the_typed_value_is_read_as_the_field_is_written():
    assert new_request("kite", "tariffs", "k", "allowances.data_gb", " unlimited ").correct_value == "unlimited"
    assert new_request("kite", "tariffs", "k", "contract_months", "12").correct_value == 12
    with pytest.raises(ValueError, match="whole number"):
        new_request("kite", "tariffs", "k", "contract_months", "12.5")
    with pytest.raises(ValueError, match="not a field the catalogue editor knows"):
        new_request("kite", "tariffs", "k", "colour", "red")
    with pytest.raises(ValueError, match="for an option"):
        new_request("kite", "options", "k", "allowances.data_gb", "3")


def test_a_request_proposes_the_change_the_editor_would_make(document):
    change = propose(fee_request(), document)
    assert (change.file, change.kind, change.index, change.path) == ("nordwave.yaml", "tariffs", 0, ("monthly_fee",))
    assert (change.old, change.value) == (14.99, 13.49)
    assert describe(fee_request(), document) == "nordwave / Mobil S: monthly fee: 14.99 -> 13.49"


@pytest.mark.parametrize(
    ("request_", "why"),
    [
        (fee_request("-3"), "greater than or equal to 0"),
        (fee_request("14.99"), "already holds this value"),
        (fee_request().model_copy(update={"entry_id": "nw-gone"}), "no tariff 'nw-gone' any more"),
        (fee_request().model_copy(update={"provider": "gone"}), "no provider 'gone'"),
        (fee_request().model_copy(update={"correct_text": "cheap"}), "write a number such as 12.99"),
        (decide(fee_request(), "rejected", "no"), "already rejected"),
    ],
)
def test_a_request_that_no_longer_fits_says_why(document, request_, why):
    with pytest.raises(NotApplicableError, match=why):
        propose(request_, document)
    assert why in describe(request_, document)


def test_a_rejection_keeps_its_reason_in_the_file(tmp_path):
    path = write_request(tmp_path, fee_request())
    with pytest.raises(ValueError, match="say why"):
        decide(fee_request(), "rejected", "  ")
    rewrite_request(path, decide(read_request(path)[0], "rejected", "The price list says 14.99", DAY))
    request, problems = read_request(path)
    assert problems == [] and request is not None
    assert (request.status, request.reason, request.decided) == ("rejected", "The price list says 14.99", DAY)


def test_file_names_never_carry_a_path_from_the_users_text(tmp_path):
    hostile = fee_request().model_copy(update={"provider": "../../etc", "entry_id": "..\\passwd/<b>x</b>"})
    name = file_name(hostile)
    assert "/" not in name and "\\" not in name and ".." not in name and "<" not in name
    (tmp_path / "inbox").mkdir()
    path = write_request(tmp_path / "inbox", hostile)
    assert path.parent == tmp_path / "inbox" and list((tmp_path / "inbox").iterdir()) == [path]
    assert write_request(tmp_path / "inbox", hostile) != path  # same entry, same day: a second file


def test_a_link_is_never_written_through(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / ("x" + SUFFIX)
    link.symlink_to(target)
    with pytest.raises(ValueError, match="link"):
        rewrite_request(link, fee_request())
    assert target.read_text() == "keep me"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("provider: [unclosed", "YAML syntax error"),
        ("- a list", "expected a mapping"),
        ("", "the file is empty"),
        (
            "provider: nordwave\nkind: tariffs\nentry_id: x\nfield: monthly_fee\ncorrect_text: '1'\ncreated: yesterday\n",
            "created",
        ),
        (
            "provider: nordwave\nkind: gadgets\nentry_id: x\nfield: monthly_fee\ncorrect_text: '1'\ncreated: 2026-11-25\n",
            "kind",
        ),
        (
            "provider: nordwave\nkind: tariffs\nentry_id: x\nfield: monthly_fee\ncorrect_text: '1'\n"
            "created: 2026-11-25\ncatalogue_value: .inf\n",
            "catalogue_value",
        ),
        (
            "provider: nordwave\nkind: tariffs\nentry_id: x\nfield: ../../etc/passwd\ncorrect_text: '1'\n"
            "created: 2026-11-25\n",
            "not a field the catalogue editor knows",
        ),
        (
            "provider: nordwave\nkind: tariffs\nentry_id: x\nfield: monthly_fee\ncorrect_text: '1'\n"
            f"created: 2026-11-25\ndescription: {'x' * 6000}\n",
            "description",
        ),
        ("provider: !!python/object:os.system x\n", "python/object"),
    ],
)
def test_a_damaged_or_hostile_file_is_a_located_problem(tmp_path, text, message):
    path = tmp_path / ("bad" + SUFFIX)
    path.write_text(text)
    request, problems = read_request(path)
    assert request is None and problems
    assert all(p.file == str(path) for p in problems)
    assert any(message in str(p) for p in problems), [str(p) for p in problems]


def test_a_folder_lists_good_and_damaged_requests_and_nothing_else(tmp_path):
    good = write_request(tmp_path, fee_request())
    (tmp_path / ("broken" + SUFFIX)).write_text("kind: [")
    (tmp_path / "notes.yaml").write_text("provider: x\n")
    (tmp_path / ("huge" + SUFFIX)).write_bytes(b"a: " + b"x" * (5 * 1024 * 1024))
    found = {f.path.name: f for f in read_folder(tmp_path)}
    assert set(found) == {good.name, "broken" + SUFFIX, "huge" + SUFFIX}
    assert found[good.name].request == fee_request()
    assert "YAML syntax error" in found["broken" + SUFFIX].problems[0].message
    assert "larger than" in found["huge" + SUFFIX].problems[0].message


def test_the_domain_request_is_plain_data(tmp_path):
    text = Path(write_request(tmp_path, fee_request(description="<b>bold</b> & 'quoted'"))).read_text()
    assert "description: <b>bold</b> & 'quoted'" in text and "!!" not in text
