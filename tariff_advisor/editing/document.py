"""A catalogue folder opened for editing: the provider files as round-trip YAML documents.

The editor changes values inside ruamel.yaml's round-trip tree, so saving writes
back the editor's comments, key order and the formatting of every untouched
entry. Saving is atomic with a backup, and refuses to overwrite a file that
someone else changed on disk since it was loaded.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tariff_advisor.catalogue.loading import (
    CATALOGUE_SUFFIXES,
    catalogue_files,
    catalogue_from_documents,
    is_devices_document,
)
from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.errors import CatalogueError, InputFileError, Problem
from tariff_advisor.i18n import N_, _
from tariff_advisor.io.atomic import atomic_write_text, remove_stale_temps
from tariff_advisor.io.yamlio import parse_yaml, read_bytes, round_trip_yaml, stamp
from tariff_advisor.io.yamlio import to_round_trip as to_round_trip  # where the editor's code finds it

EntryKind = Literal["tariffs", "options", "family_plans"]  # the lists of entries in a provider file
ENTRY_KINDS: tuple[EntryKind, ...] = ("tariffs", "options", "family_plans")
# Every list of entries with ids the editor shows as a table: a provider file's (device offers too) and a
# devices file's phones. ENTRY_KINDS stays the three of format 1 (the CSV export writes the rest per file).
ListKind = Literal["tariffs", "options", "family_plans", "device_offers", "devices"]
LIST_KINDS: tuple[ListKind, ...] = ("tariffs", "options", "family_plans", "device_offers", "devices")
FieldPath = tuple[str, ...]
# A node of a round-trip YAML document: a CommentedMap, a CommentedSeq or a scalar. The editor opens files
# with schema problems (fixing them is what it is for), so an entry is a mapping only if its file says so.
Node = Any
PlainDocument = dict[str, Any]  # a provider file, or one of its entries, as plain data (see `plain`)
_ENTRY_LABEL = re.compile(r"^(tariffs|options|family_plans|device_offers|devices)\[(\d+)\]")


class ExternalChangeError(InputFileError):
    """The file on disk is not the one the editor loaded: someone else changed it."""

    def __init__(self, path: Path):
        super().__init__(
            [
                Problem(
                    str(path),
                    _(
                        "was changed on disk since it was opened; reload it, or save anyway to overwrite the other "
                        "change"
                    ),
                )
            ],
            "catalogue",
        )
        self.path = path


def provider_id_of(data: Any, fallback: str) -> str:
    provider = data.get("provider") if isinstance(data, dict) else None
    return str(provider.get("id", fallback)) if isinstance(provider, dict) else fallback


digest = stamp  # what a file held, to tell that someone else changed it


@dataclass
class ProviderDocument:
    path: Path
    data: CommentedMap
    disk_digest: str | None  # of the bytes on disk when loaded or last saved; None: not on disk yet
    saved_text: str  # what saving now would have written then: the clean state

    @property
    def provider_id(self) -> str:
        return provider_id_of(self.data, self.path.stem)

    @property
    def is_devices(self) -> bool:
        """A devices file (phones at retail prices), not a provider's: it has no tariffs, options or plans."""
        return is_devices_document(self.data)

    revision: int = 0  # bumped by every change to `data`, so the dumped text is only made again when needed
    _text: tuple[int, str] | None = field(default=None, repr=False, compare=False)
    _saved: tuple[str, Any] | None = field(default=None, repr=False, compare=False)

    def touch(self) -> None:
        self.revision += 1

    def replace_data(self, data: CommentedMap) -> None:
        self.data = data
        self.touch()

    def text(self) -> str:
        if self._text is None or self._text[0] != self.revision:
            buffer = io.StringIO()
            round_trip_yaml().dump(self.data, buffer)
            self._text = (self.revision, buffer.getvalue())
        return self._text[1]

    def saved_data(self) -> Any:
        """The document as last loaded or saved (parsed once per save)."""
        if self._saved is None or self._saved[0] is not self.saved_text:
            self._saved = (self.saved_text, load_text(self.saved_text))
        return self._saved[1]

    @property
    def modified(self) -> bool:
        return self.text() != self.saved_text

    def changed_on_disk(self) -> bool:
        try:
            current = digest(self.path.read_bytes())
        except FileNotFoundError:
            return self.disk_digest is not None
        return current != self.disk_digest


@dataclass
class CatalogueDocument:
    directory: Path
    files: dict[str, ProviderDocument] = field(default_factory=dict)  # file name -> document

    # -- loading and saving --------------------------------------------------------------
    @classmethod
    def open(cls, directory: str | Path) -> CatalogueDocument:
        """Every provider file of the folder; files that are not YAML at all stop the opening with their problems.

        Schema problems do not stop it: fixing them is what the editor is for.
        """
        directory = Path(directory)
        if not directory.is_dir():
            raise CatalogueError(
                [Problem(str(directory), _("is not a folder; open the folder that holds the provider files"))]
            )
        document, problems = cls(directory), []
        for path in catalogue_files(directory):
            remove_stale_temps(path)  # what a killed save left behind
            raw, file_problems = read_bytes(path)
            data = None
            if raw is not None:
                data, file_problems = parse_yaml(raw, str(path))
            problems += file_problems
            if raw is not None and data is not None:  # the stamp of the very bytes parsed: no window for a change
                document.files[path.name] = ProviderDocument(path, data, digest(raw), "")
                document.files[path.name].saved_text = document.files[path.name].text()
        if problems:
            raise CatalogueError(problems)
        return document

    def add_file(self, name: str, data: PlainDocument) -> ProviderDocument:
        if Path(name).suffix not in CATALOGUE_SUFFIXES:
            name += ".yaml"
        if name in self.files or (self.directory / name).exists():
            raise ValueError(_("{file} already exists in {folder}").format(file=name, folder=self.directory))
        self.files[name] = ProviderDocument(self.directory / name, to_round_trip(data), None, "")
        return self.files[name]

    def save(self, name: str, overwrite_external: bool = False) -> None:
        """Write one file atomically, keeping the previous version as NAME.bak."""
        document = self.files[name]
        if not overwrite_external and document.changed_on_disk():
            raise ExternalChangeError(document.path)
        text = document.text()
        atomic_write_text(document.path, text, keep_backup=True)
        document.disk_digest, document.saved_text = digest(text.encode("utf-8")), text

    def save_all(self, overwrite_external: bool = False) -> list[str]:
        names = self.modified_files()
        for name in names:  # every file is checked before any is written: all saved, or none
            if not overwrite_external and self.files[name].changed_on_disk():
                raise ExternalChangeError(self.files[name].path)
        for name in names:
            self.save(name, overwrite_external=True)  # checked just above
        return names

    def modified_files(self) -> list[str]:
        return [name for name, doc in self.files.items() if doc.modified]

    def externally_changed(self) -> list[str]:
        return [name for name, doc in self.files.items() if doc.changed_on_disk()]

    # -- reading -----------------------------------------------------------------------
    def entries(self, name: str, kind: str) -> list[Node]:
        items = self.files[name].data.get(kind)
        return items if isinstance(items, list) else []

    def entry(self, name: str, kind: str, index: int) -> Node:
        return self.entries(name, kind)[index]

    def problems(self) -> list[Problem]:
        """Every problem of the edited catalogue, as loading it would report them."""
        try:
            self.catalogue()
        except CatalogueError as exc:
            return exc.problems
        return []

    def saved_data(self) -> dict[str, Any]:
        """File name -> the document as last loaded or saved (files not yet saved are left out)."""
        return {name: doc.saved_data() for name, doc in self.files.items() if doc.saved_text}

    def saved_catalogue(self) -> Catalogue:
        return self.catalogue(self.saved_data())

    def catalogue(self, data: dict[str, Any] | None = None) -> Catalogue:
        """The edited catalogue (or the one `data`, file name -> document, makes)."""
        data = data if data is not None else {name: doc.data for name, doc in self.files.items()}
        documents = {str(self.files[name].path): value for name, value in data.items()}  # nodes keep line numbers
        catalogue = catalogue_from_documents(documents)
        return replace(catalogue, source_dir=str(self.directory), release=None)

    # -- editing: each returns what undoing it needs -------------------------------------
    def set_value(self, name: str, kind: str, index: int, path: FieldPath, value: Any) -> Any:
        """Set a field of an entry (None removes it); returns the previous value (None when absent)."""
        self.files[name].touch()
        return set_path(self.entry(name, kind, index), path, value)

    def set_section(self, name: str, path: FieldPath, value: Any) -> Any:
        """Set a provider-level field (provider.name, defaults..., multi_line); None removes it."""
        self.files[name].touch()
        return set_path(self.files[name].data, path, value)

    def insert_entry(self, name: str, kind: str, index: int, entry: Node, comment: Any = None) -> None:
        """Insert an entry; `comment` is the comment above it, as pop_entry returned it."""
        self.files[name].touch()
        data = self.files[name].data
        if not isinstance(data.get(kind), list):
            data[kind] = CommentedSeq()
        data[kind].insert(index, to_round_trip(entry))  # ruamel moves the later items' comments along
        if comment is not None:
            data[kind].ca.items[index] = comment

    def pop_entry(self, name: str, kind: str, index: int) -> tuple[Node, Any]:
        """Remove an entry with the comment above it (ruamel keeps comments by position)."""
        self.files[name].touch()
        entries = self.files[name].data[kind]
        comment = entries.ca.items.pop(index, None)
        return entries.pop(index), comment  # ruamel moves the later items' comments along

    def remove_entry(self, name: str, kind: str, index: int) -> Node:
        return self.pop_entry(name, kind, index)[0]

    def ids(self) -> set[str]:
        return {
            str(e.get("id"))
            for name in self.files
            for kind in LIST_KINDS
            for e in self.entries(name, kind)
            if isinstance(e, dict)
        }

    def unused_id(self, base: str) -> str:
        """`base`, or base-2, base-3... when that id is taken."""
        taken, n, candidate = self.ids(), 2, base
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate


def load_text(text: str) -> Node:
    """A document's text as a round-trip tree (a CommentedMap for a provider file's text)."""
    return round_trip_yaml().load(text)


def locate(problem: Problem) -> tuple[str, int] | None:
    """(kind, index) of the entry a problem is about, when it is about one."""
    match = _ENTRY_LABEL.match(problem.entry or "")
    return (match.group(1), int(match.group(2))) if match else None


def get_path(node: Any, path: FieldPath) -> Any:
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def set_path(node: dict[Any, Any], path: FieldPath, value: Any) -> Any:
    """Set node[path] to value, creating or pruning parent maps; returns the old value."""
    parents = [node]
    for key in path[:-1]:
        child = parents[-1].get(key)
        if not isinstance(child, dict):
            if value is None:
                return None
            child = CommentedMap()
            parents[-1][key] = child
        parents.append(child)
    last = parents[-1]
    old = copy.deepcopy(last.get(path[-1]))
    if value is None:
        last.pop(path[-1], None)
        for parent, key in zip(reversed(parents[:-1]), reversed(path[:-1]), strict=False):
            if parent[key]:
                break
            del parent[key]  # an empty section left behind would be noise in the file
    else:
        last[path[-1]] = to_round_trip(value)
    return old


def plain(value: Any) -> Any:
    """A round-trip tree as plain dicts, lists and scalars (ruamel's scalar subclasses unwrapped)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def adjust(
    document: CatalogueDocument,
    targets: list[tuple[str, int]],
    kind: str,
    path: FieldPath,
    amount: float = 0.0,
    percent: float = 0.0,
    decimals: int = 2,
) -> int:
    """Raise (or lower) a numeric field of many entries by an amount and/or a percentage; returns how many changed.

    Entries without the field, or with "unlimited", are left alone; results are rounded to `decimals`.
    """
    changed = 0
    for file, index in targets:
        entry = document.entry(file, kind, index)
        value = get_path(entry, path)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        new = round(max(0.0, float(value) * (1 + percent / 100) + amount), decimals)
        if new != value:
            document.files[file].touch()
            set_path(entry, path, new)
            changed += 1
    return changed


# The smallest valid entry of each kind: what "add" starts from.
NEW_ENTRIES: dict[str, PlainDocument] = {
    "tariffs": {"name": N_("New tariff"), "kind": "sim_only", "monthly_fee": 0.0},
    "options": {"name": N_("New option"), "monthly_fee": 0.0},
    "family_plans": {"name": N_("New family plan"), "base_fee": 0.0, "max_sims": 4, "pool": {"data_gb": 10}},
    "devices": {"maker": N_("Maker"), "model": N_("New phone"), "storage_gb": 128, "retail_price": 1.0},
    # an offer needs a device and tariffs: the first of each the catalogue has (the editor changes them)
    "device_offers": {"device": "", "tariffs": [], "upfront": 0.0, "monthly_fee": 0.0, "months": 24},
}


def new_entry(document: CatalogueDocument, kind: str, file: str | None = None) -> PlainDocument:
    """The smallest valid entry of `kind`, named in the language in use (the editor renames it)."""
    entry = dict(NEW_ENTRIES[kind])
    for key in ("name", "maker", "model"):
        if key in entry:
            entry[key] = _(str(entry[key]))
    if kind == "device_offers":
        devices = [e.get("id") for name in document.files for e in document.entries(name, "devices")]
        tariffs = [e.get("id") for e in document.entries(file, "tariffs")] if file in document.files else []
        entry["device"], entry["tariffs"] = (devices or ["?"])[0], tariffs[:1] or ["?"]
    singular = {"devices": "device", "device_offers": "offer"}.get(kind, kind[:-1].replace("_", "-"))
    return {"id": document.unused_id(f"new-{singular}"), **entry}


def devices_file(document: CatalogueDocument) -> str | None:
    """The open devices file (the first, if a folder has several), where a new phone goes."""
    return next((name for name, f in document.files.items() if f.is_devices), None)


@dataclass(frozen=True)
class RowTarget:
    """What one row of an editor table edits: an entry (kind, index), or a provider-level section (kind None),
    and the mapping inside it that the table's column paths start from."""

    kind: str | None
    index: int
    prefix: FieldPath = ()


# Tables that are not a list of entries: their rows are sections of a provider file.
SECTION_TABLES = ("contract_rules", "roaming")


def table_rows(document: CatalogueDocument, file: str, table: str) -> list[RowTarget]:
    """The rows of an editor table of `file`: its entries, the contract rules, or the roaming rules (the
    provider's defaults first, then each tariff's own)."""
    if file not in document.files:
        return []
    if table == "contract_rules":
        return [] if document.files[file].is_devices else [RowTarget(None, -1, ("contract_rules",))]
    if table == "roaming":
        if document.files[file].is_devices:
            return []
        tariffs = document.entries(file, "tariffs")
        return [RowTarget(None, -1, ("defaults", "roaming"))] + [
            RowTarget("tariffs", i, ("roaming",)) for i in range(len(tariffs))
        ]
    return [RowTarget(table, i) for i in range(len(document.entries(file, table)))]


def row_node(document: CatalogueDocument, file: str, row: RowTarget) -> Any:
    """The mapping a row's columns are read from (None when the file does not have it yet)."""
    node = document.files[file].data if row.kind is None else document.entry(file, row.kind, row.index)
    return get_path(node, row.prefix) if row.prefix else node


def inherited_roaming(document: CatalogueDocument, file: str, row: RowTarget) -> Any:
    """A tariff without roaming rules of its own has the provider's defaults (None for any other row)."""
    if row.kind != "tariffs" or row_node(document, file, row) is not None:
        return None
    return get_path(document.files[file].data, ("defaults", "roaming"))


def duplicate_of(document: CatalogueDocument, file: str, kind: str, index: int) -> CommentedMap:
    """A copy of an entry with an id no entry uses and '(copy)' after the name."""
    copied: CommentedMap = copy.deepcopy(document.entry(file, kind, index))
    copied["id"] = document.unused_id(f"{copied.get('id', 'entry')}-copy")
    if "name" in copied:
        copied["name"] = _("{name} (copy)").format(name=copied["name"])
    return copied


def new_provider_file(document: CatalogueDocument, provider_id: str, name: str) -> ProviderDocument:
    """An empty provider file in the catalogue's currency; the id must be a valid, unused file name."""
    provider_id = provider_id.strip()
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", provider_id):
        raise ValueError(
            _("{id!r} is not a provider id: use lower-case letters, digits, '-', '_' or '.'").format(id=provider_id)
        )
    if provider_id in {f.provider_id for f in document.files.values()}:
        raise ValueError(_("provider {id!r} already exists").format(id=provider_id))
    currencies = [f.data.get("provider", {}).get("currency") for f in document.files.values()]
    currency = next((c for c in currencies if c), "EUR")
    return document.add_file(
        provider_id,
        {
            "format_version": 1,
            "provider": {"id": provider_id, "name": name.strip() or provider_id, "currency": currency},
            "checked": dt.date.today(),
            "tariffs": [],
        },
    )
