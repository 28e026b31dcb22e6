"""Correction requests: a user of the advisor reports a wrong price, the catalogue's editors apply or reject it.

A request is one small YAML file in a folder the shop or user chooses (a network share, a USB stick, an
e-mail attachment): which entry, which field, what the user believes is right, what the catalogue said,
and what the editors decided. It is read with the same safe reader and strict schema as every other file,
so a damaged or hostile request is a located problem, never a traceback. Turning a request into a change
of the catalogue is a pure function, checked by the same rules as typing the value into the editor's cell.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from tariff_advisor.errors import Problem
from tariff_advisor.i18n import _, ngettext
from tariff_advisor.io.atomic import atomic_write_text
from tariff_advisor.io.yamlio import StrictModel, read_yaml, round_trip_yaml, to_round_trip, validate

from .document import CatalogueDocument, FieldPath, get_path, plain, provider_id_of, set_path
from .fields import COLUMNS, Column, error_for, field_errors, field_label, mid_sentence, parse_cell, unchanged

Status = Literal["open", "applied", "rejected"]
Kind = Literal["tariffs", "options", "family_plans"]
SUFFIX = ".correction.yaml"  # what marks a request among other files in a shared folder
MAX_REQUESTS = 1000  # listed from one folder; a folder with more is not a folder of requests
MAX_TEXT = 5000  # characters of a description or a reason
Short = Annotated[str, Field(max_length=200)]
Long = Annotated[str, Field(max_length=MAX_TEXT)]
Value = bool | int | float | dt.date | Short  # a cell's value as parse_cell reads it (a list as its text)
_SAFE = re.compile(r"[^a-z0-9]+")


class CorrectionRequest(StrictModel):
    """What a user reported about one field of one catalogue entry, and what the editors decided."""

    format_version: Literal[1] = 1
    provider: Short  # the provider's id: the editor finds its file by it
    kind: Kind
    entry_id: Short
    entry_name: Short = ""
    field: Short  # a dotted field path the editor's tables know, e.g. allowances.data_gb
    correct_text: Short  # what the user typed
    correct_value: Value | None = None  # the same, as the catalogue would hold it
    catalogue_value: Value | None = None  # what the advisor showed
    catalogue_version: Short | None = None  # the release, or the folder, the advisor priced with
    description: Long = ""
    evidence: Annotated[str, Field(max_length=1000)] | None = None  # a path to a photo or a price list
    shop: Short | None = None
    created: dt.date
    status: Status = "open"
    reason: Long = ""  # why it was rejected
    decided: dt.date | None = None

    @model_validator(mode="after")
    def _known_field(self) -> CorrectionRequest:
        column_of(self.kind, self.field)
        return self

    @property
    def what(self) -> str:
        """'monthly fee of Kite 40': the field and the entry as the editor names them."""
        return _("{field} of {entry}").format(
            field=mid_sentence(field_label(self.kind, self.field)), entry=self.entry_name or self.entry_id
        )


@dataclass(frozen=True)
class ProposedChange:
    """A request as an edit of the open catalogue: set `path` of entry `index` of `kind` in `file` to `value`."""

    file: str
    kind: str
    index: int
    path: FieldPath
    value: Any
    old: Any


class NotApplicableError(ValueError):
    """Why a request cannot be applied to the catalogue as it is (the message says it in the editor's words)."""


# -- making a request ---------------------------------------------------------------------------
def column_of(kind: str, field: str) -> Column:
    """The editor's column for a field of an entry kind; ValueError when the editor has none."""
    for column in COLUMNS.get(kind, ()):
        if column.key == field:
            return column
    message = {
        "tariffs": _("{field!r} is not a field the catalogue editor knows for a tariff (e.g. monthly_fee)"),
        "options": _("{field!r} is not a field the catalogue editor knows for an option (e.g. monthly_fee)"),
    }.get(kind, _("{field!r} is not a field the catalogue editor knows for a family plan (e.g. monthly_fee)"))
    raise ValueError(message.format(field=field))


def new_request(
    provider: str,
    kind: Kind,
    entry_id: str,
    field: str,
    correct_text: str,
    catalogue_value: Value | None = None,
    **details: Any,
) -> CorrectionRequest:
    """A request with what the user typed read as the field's kind; ValueError saying what to write otherwise."""
    correct = parse_cell(correct_text, column_of(kind, field))
    if correct is None:
        raise ValueError(_("write the value you believe is right"))
    return CorrectionRequest(
        provider=provider,
        kind=kind,
        entry_id=entry_id,
        field=field,
        correct_text=correct_text.strip(),
        correct_value=correct if isinstance(correct, (bool, int, float, dt.date, str)) else correct_text.strip(),
        catalogue_value=catalogue_value,
        created=details.pop("created", None) or dt.date.today(),
        **details,
    )


# -- files ----------------------------------------------------------------------------------------
def slug(text: str, limit: int = 40) -> str:
    """Text safe in a file name: lower-case letters, digits and dashes only ('../Kite 40' -> 'kite-40')."""
    return _SAFE.sub("-", text.lower()).strip("-")[:limit].strip("-") or "entry"


def file_name(request: CorrectionRequest) -> str:
    """'2026-11-25-kite-kite-40-3f9a1c.correction.yaml': sorted by date, unique, and never a path."""
    return f"{request.created.isoformat()}-{slug(request.provider)}-{slug(request.entry_id)}-{secrets.token_hex(3)}"


def request_text(request: CorrectionRequest) -> str:
    data = request.model_dump(exclude_none=True)
    buffer = io.StringIO()
    round_trip_yaml().dump(to_round_trip(data), buffer)
    return buffer.getvalue()


def write_request(folder: Path, request: CorrectionRequest) -> Path:
    """Save a new request atomically under a name of its own; raises OSError (SaveError) saying what to do."""
    folder = Path(folder)
    path = folder / (file_name(request) + SUFFIX)
    while path.exists():  # six random hex digits on the same day for the same entry: still, never overwrite
        path = folder / (file_name(request) + SUFFIX)
    atomic_write_text(path, request_text(request))
    return path


def rewrite_request(path: Path, request: CorrectionRequest) -> None:
    """Write a decided request back over its own file (a path the folder listing gave, so no user text)."""
    if path.is_symlink() or not path.name.endswith(SUFFIX):  # a link could point the write at any file
        raise ValueError(
            _("{file} is not a correction request file (a link, or renamed); decide on a copy").format(file=path.name)
        )
    atomic_write_text(path, request_text(request))


def read_request(path: Path) -> tuple[CorrectionRequest | None, list[Problem]]:
    """A request file as a request, or None with every problem located in the file."""
    data, problems = read_yaml(Path(path))
    if data is None:
        return None, problems
    return validate(str(path), data, CorrectionRequest)


@dataclass(frozen=True)
class RequestFile:
    path: Path
    request: CorrectionRequest | None  # None: the file is damaged, see problems
    problems: tuple[Problem, ...] = ()


def read_folder(folder: Path) -> list[RequestFile]:
    """Every request in a folder, oldest first, damaged ones with their problems; raises OSError if unreadable."""
    paths = sorted(p for p in Path(folder).iterdir() if p.name.endswith(SUFFIX) and p.is_file())
    found = []
    for path in paths[:MAX_REQUESTS]:
        request, problems = read_request(path)
        found.append(RequestFile(path, request, tuple(problems)))
    if len(paths) > MAX_REQUESTS:
        count = len(paths) - MAX_REQUESTS
        more = Problem(
            str(folder),
            ngettext(
                "{count} more request not listed; move decided ones away",
                "{count} more requests not listed; move decided ones away",
                count,
            ).format(count=count),
        )
        found.append(RequestFile(Path(folder), None, (more,)))
    return found


def decide(
    request: CorrectionRequest, status: Status, reason: str = "", day: dt.date | None = None
) -> CorrectionRequest:
    """The request with the editors' decision (a rejection needs its reason)."""
    if status == "rejected" and not reason.strip():
        raise ValueError(_("say why the request is rejected; the person who sent it will read it"))
    return CorrectionRequest.model_validate(
        {**request.model_dump(), "status": status, "reason": reason.strip(), "decided": day or dt.date.today()}
    )


# -- applying -------------------------------------------------------------------------------------
def propose(request: CorrectionRequest, document: CatalogueDocument) -> ProposedChange:
    """The edit the request asks for in the open catalogue; NotApplicableError saying why when there is none."""
    if request.status != "open":
        raise NotApplicableError(_("already applied") if request.status == "applied" else _("already rejected"))
    file = next((n for n, f in document.files.items() if provider_id_of(f.data, f.path.stem) == request.provider), None)
    if file is None:
        raise NotApplicableError(
            _("the catalogue has no provider {provider!r} any more").format(provider=request.provider)
        )
    entries = document.entries(file, request.kind)
    index = next((i for i, e in enumerate(entries) if isinstance(e, dict) and str(e.get("id")) == request.entry_id), -1)
    if index < 0:
        gone = {
            "tariffs": _("{file} has no tariff {entry!r} any more"),
            "options": _("{file} has no option {entry!r} any more"),
        }.get(request.kind, _("{file} has no family plan {entry!r} any more"))
        raise NotApplicableError(gone.format(file=file, entry=request.entry_id))
    column = column_of(request.kind, request.field)
    try:
        value = parse_cell(request.correct_text, column)
    except ValueError as exc:
        raise NotApplicableError(f"{field_label(request.kind, request.field)}: {exc}") from None
    old = plain(get_path(entries[index], column.path))
    if unchanged(old, value):
        raise NotApplicableError(_("the catalogue already holds this value"))
    candidate = plain(entries[index])
    set_path(candidate, column.path, value)
    problem = error_for(field_errors(request.kind, candidate), column)
    if problem:
        raise NotApplicableError(f"{field_label(request.kind, request.field)}: {problem}")
    return ProposedChange(file, request.kind, index, column.path, value, old)


def headline(request: CorrectionRequest) -> str:
    """'kite / Kite 40: monthly fee': which field of which entry, for the editor's list."""
    field = mid_sentence(field_label(request.kind, request.field))
    return f"{request.provider} / {request.entry_name or request.entry_id}: {field}"


def describe(request: CorrectionRequest, document: CatalogueDocument) -> str:
    """One line for the editor's list: what would change, or why it cannot."""
    try:
        change = propose(request, document)
    except NotApplicableError as exc:
        return f"{headline(request)} -> {request.correct_text} ({exc})"
    return f"{headline(request)}: {_shown(change.old)} -> {_shown(change.value)}"


def _shown(value: Any) -> str:
    return _("(not set)") if value is None else str(value)
