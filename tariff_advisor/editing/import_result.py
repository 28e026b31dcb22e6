"""What an import read from a table: provider files to write or merge, and what became of each row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tariff_advisor.editing.document import PlainDocument

RowAction = Literal["add", "change", "unchanged", "reject"]


@dataclass
class RowOutcome:
    row: int  # 1-based data row (header is row 0)
    action: RowAction
    tariff_id: str | None = None  # the entry's id: a tariff's, or an option's or family plan's (None: a provider row)
    provider: str | None = None
    reason: str = ""
    entry: str = "tariff"  # tariff, or (a catalogue export read back) provider, option or family_plan


@dataclass
class ImportResult:
    providers: dict[str, PlainDocument] = field(default_factory=dict)  # provider id -> file document
    outcomes: list[RowOutcome] = field(default_factory=list)
    # True for a catalogue export read back: a row holds its whole entry, so a field it lacks is a field removed
    complete: bool = False

    @property
    def rejected(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action == "reject"]

    @property
    def tariff_count(self) -> int:
        return sum(len(doc.get("tariffs", [])) for doc in self.providers.values())  # a devices file has none
