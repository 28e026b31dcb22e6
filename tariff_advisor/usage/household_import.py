"""Imported records into households: whose months they are, added to the history they already have.

One member, or one member (or one household file) per subscriber of a subscriber column. Another kind
of record for the same months (SMS after calls) is added to the history; the same kind twice for a month
is refused with the months named, unless the history is to be replaced. Nothing is written that the
household loader would not load back: every household is checked before any file is replaced.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from tariff_advisor.errors import HouseholdError, InputFileError, Problem
from tariff_advisor.household.files import household_from_data, household_to_data, load_household, save_household
from tariff_advisor.household.model import Household, Member, MonthlyUsage
from tariff_advisor.i18n import N_, _, ngettext
from tariff_advisor.io.yamlio import read_yaml, round_trip_yaml
from tariff_advisor.usage.mapping import UsageMapping
from tariff_advisor.usage.records import ImportedUsage, add_months, aggregate, merge

Each = Literal["member", "household"]  # with --by: one member per subscriber, or one household file per subscriber
MAX_HORIZON = 60  # the household file's own limit
KIND_WORDS = {"call": N_("calls"), "sms": N_("SMS"), "data": N_("data")}  # translated where shown
DECIMALS = 3  # what the household file keeps


@dataclass(frozen=True)
class HouseholdUpdate:
    """One household file to write: what it becomes, and whether the import creates it."""

    path: Path
    household: Household
    created: bool


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do; nothing is written until write_plan."""

    imported: ImportedUsage
    members: tuple[tuple[str, str, Path], ...]  # (subscriber or "", member, household file) per imported member
    updates: tuple[HouseholdUpdate, ...]
    notes: tuple[str, ...]  # what the user should know: files without rows, histories replaced, horizons set


# -- one member's history ------------------------------------------------------------------
def recorded_kinds(usage: MonthlyUsage) -> frozenset[str]:
    """The kinds of records a month of the history already holds (a zero is not a record)."""
    kinds = set()
    if usage.minutes or usage.calls or usage.intl_minutes or usage.minutes_rounded:
        kinds.add("call")
    if usage.sms:
        kinds.add("sms")
    if usage.data_mb:
        kinds.add("data")
    return frozenset(kinds)


def _floor(value: float) -> float:
    return float(math.floor(value * 10**DECIMALS) / 10**DECIMALS)


def settled(usage: MonthlyUsage) -> MonthlyUsage:
    """The month as the household file keeps it (3 decimals), rounded so that parts never exceed their total:
    the minutes to each member and per network are rounded down, so two 61-second calls to two members never
    make more minutes to members than the month has."""
    minutes = round(usage.minutes, DECIMALS)
    parts_to = {k: _floor(v) for k, v in usage.to_members.items() if _floor(v) > 0}
    parts_net = {k: _floor(v) for k, v in usage.by_network.items() if _floor(v) > 0}
    for parts in (parts_to, parts_net):
        excess = sum(parts.values()) - minutes
        if excess > 0:  # only float noise can get here; take it from the largest part
            largest = max(parts, key=lambda k: parts[k])
            parts[largest] = max(0.0, _floor(parts[largest] - excess))
    rounded = None if usage.minutes_rounded is None else max(round(usage.minutes_rounded, DECIMALS), minutes)
    return replace(
        usage,
        minutes=minutes,
        calls=round(usage.calls, DECIMALS),
        sms=round(usage.sms, DECIMALS),
        data_mb=round(usage.data_mb, DECIMALS),
        intl_minutes=round(usage.intl_minutes, DECIMALS),
        minutes_rounded=rounded,
        to_members=parts_to,
        by_network=parts_net,
    )


def _kinds_text(kinds: Iterable[str]) -> str:
    return f" {_('and')} ".join(_(KIND_WORDS[k]) for k in sorted(kinds))


def combined_history(
    member: Member | None,
    imported: Sequence[MonthlyUsage],
    kinds: dict[str, frozenset[str]],
    replace_history: bool,
) -> tuple[tuple[MonthlyUsage, ...], list[str], list[str]]:
    """The member's history with the imported months added: (history, notes, overlaps refused)."""
    name = member.name if member is not None else ""
    own = [replace(u, to_members={k: v for k, v in u.to_members.items() if k != name}) for u in imported]
    existing = member.usage if member is not None else ()
    if member is None:
        return tuple(settled(u) for u in own), [], []
    if replace_history or not any(u.month for u in existing):
        note = (
            _("{name}: history replaced by the imported months")
            if any(u.month for u in existing)
            else _("{name}: typical month replaced by the imported months")
        ).format(name=name)
        return tuple(settled(u) for u in own), [note], []
    by_month = {u.month: u for u in existing if u.month}
    if len(by_month) < len(existing):  # adding would drop an entry: say which instead
        return existing, [], _unmergeable(name, existing)
    overlaps = []
    for usage in own:
        month = usage.month or ""
        before = by_month.get(month)
        twice = recorded_kinds(before) & kinds.get(month, frozenset()) if before is not None else frozenset()
        if twice:
            overlaps.append(f"{name} {month}: {_kinds_text(twice)}")
        by_month[month] = usage if before is None else add_months(before, usage)
    added = [u.month for u in own if u.month in {e.month for e in existing}]
    notes = (
        [
            ngettext(
                "{name}: {count} month already in the history got the imported kinds added",
                "{name}: {count} months already in the history got the imported kinds added",
                len(added),
            ).format(name=name, count=len(added))
        ]
        if added
        else []
    )
    return tuple(settled(by_month[m]) for m in sorted(by_month)), notes, overlaps


def _unmergeable(name: str, existing: Sequence[MonthlyUsage]) -> list[str]:
    """Why a hand-written history cannot take added months: an entry without its month, or a month twice."""
    months = [u.month for u in existing]
    reasons = [
        _("{name}: {count} history entries without a month (give each its YYYY-MM)").format(
            name=name, count=months.count(None)
        )
    ]
    reasons = reasons if None in months else []
    twice = sorted({m for m in months if m and months.count(m) > 1})
    return reasons + [
        _("{name} {month}: the history has this month twice; fix the household file").format(name=name, month=m)
        for m in twice
    ]


def _overlap_error(file: str, overlaps: list[str]) -> InputFileError:
    more = "; " + _("and {count} more").format(count=len(overlaps) - 10) if len(overlaps) > 10 else ""
    shown = "; ".join(overlaps[:10]) + more
    return InputFileError(
        [
            Problem(
                file,
                _(
                    "these months already hold the kinds of records imported again ({months}); nothing was written. "
                    "Import only other months or kinds, or replace the history (--replace)"
                ).format(months=shown),
            )
        ],
        "usage import",
    )


def with_imported(
    household: Household,
    assignments: Sequence[tuple[str, str]],
    imported: ImportedUsage,
    replace_history: bool = False,
    file: str = "<household>",
) -> tuple[Household, list[str]]:
    """The household with each (member, subscriber) pair's imported months; a new member for a new name."""
    members = {m.name: m for m in household.members}
    order = list(members)
    notes: list[str] = []
    overlaps: list[str] = []
    for name, group in assignments:
        before = members.get(name)
        history, said, twice = combined_history(
            before, imported.history(group), imported.kinds.get(group, {}), replace_history
        )
        notes += said
        overlaps += twice
        if before is None:
            if household.members and len(assignments) == 1:  # a typo in --member should not pass unseen
                notes.append(
                    _("{name}: a new member (the household had {members})").format(
                        name=name, members=", ".join(order[:8])
                    )
                )
            order.append(name)
            members[name] = Member(name, history)
        else:
            members[name] = replace(before, usage=history)
    if overlaps:
        raise _overlap_error(file, overlaps)
    return replace(household, members=tuple(members[n] for n in order)), notes


def following_horizon(household: Household) -> Household:
    """The horizon as long as the longest imported history (at most 60 months), for a household that sets none."""
    longest = max((len(m.usage) for m in household.members), default=1)
    return replace(household, horizon_months=max(1, min(MAX_HORIZON, longest)))


def checked(household: Household, path: Path) -> Household:
    """The household as the loader reads back what save_household writes; an error instead of a file that would
    not load."""
    buffer = io.StringIO()
    round_trip_yaml().dump(household_to_data(household), buffer)
    try:
        return household_from_data(round_trip_yaml().load(buffer.getvalue()), str(path))
    except HouseholdError as exc:
        raise InputFileError(
            [
                Problem(
                    p.file,
                    _("{problem} (the imported household would not load, so nothing was written)").format(
                        problem=p.message
                    ),
                    p.entry,
                    p.field,
                )
                for p in exc.problems
            ],
            "usage import",
        ) from exc


# -- the whole import --------------------------------------------------------------------------
def _sets_horizon(path: Path) -> bool:
    data, _problems = read_yaml(path)
    return isinstance(data, dict) and "horizon_months" in data


def _existing(path: Path) -> Household | None:
    return load_household(path) if path.exists() else None


def household_file_name(subscriber: str) -> str:
    """A file name for a subscriber's household: letters, digits, '.', '-' and '_' only, never hidden or a path."""
    return (re.sub(r"[^A-Za-z0-9._-]", "_", subscriber).lstrip(".") or "subscriber")[:80] + ".yaml"


def _member_for(household: Household | None, subscriber: str) -> str:
    """The member a subscriber is: the member of that name, or whose number it is; else a new member of that name."""
    if household is None:
        return subscriber
    if subscriber in household.member_names:
        return subscriber
    digits = re.sub(r"\D", "", subscriber)
    for number, name in household.numbers().items():
        if digits and re.sub(r"\D", "", number)[-9:] == digits[-9:] and len(digits) >= 6:
            return name
    return subscriber


def read_records(
    files: Sequence[tuple[Path, UsageMapping]],
    by: str | None,
    only: str | None,
    grouped: bool,
    numbers: dict[str, str] | None,
) -> ImportedUsage:
    """Every file read with its mapping, `by` naming the subscriber column in all of them."""
    parts = []
    for path, mapping in files:
        if by is not None:
            mapping = mapping.model_copy(update={"columns": mapping.columns.model_copy(update={"group": by})})
        parts.append(aggregate(path, mapping, numbers, only_group=only, group_by=grouped))
    return merge(*parts)


def _missing_notes(imported: ImportedUsage, groups: Sequence[str], grouped: bool) -> list[str]:
    """A file with no rows for a subscriber means zero of its usage: said, not an error."""
    notes = []
    for summary in imported.files:
        without = [g for g in groups if g not in summary.groups]
        if not without:
            continue
        what = _kinds_text(summary.kinds) or _("usage")
        if grouped:
            more = " " + _("and {count} more").format(count=len(without) - 8) if len(without) > 8 else ""
            notes.append(
                _("{file}: no rows for {count} of {total} subscribers ({shown}): no {what} counted").format(
                    file=summary.file,
                    count=len(without),
                    total=len(groups),
                    shown=", ".join(without[:8]) + more,
                    what=what,
                )
            )
        else:
            notes.append(_("{file}: no rows for this member: no {what} counted").format(file=summary.file, what=what))
    return notes


def plan_import(
    files: Sequence[tuple[Path, UsageMapping]],
    household_path: Path,
    member: str | None = None,
    by: str | None = None,
    each: Each = "member",
    only: str | None = None,
    replace_history: bool = False,
) -> ImportPlan:
    """What importing these record files into the household file (or folder, one household per subscriber) does.

    member: every row (or the rows of subscriber `only`) into this member. by: the subscriber column; without
    `member`, one member per subscriber (each="member", in the household file) or one household file per
    subscriber in the folder `household_path` (each="household").
    """
    if member is None and by is None:
        raise InputFileError(
            [Problem(str(household_path), _("say whose usage it is: a member, or a subscriber column"))]
        )
    if each == "household" and (member is not None or by is None):
        raise InputFileError(
            [Problem(str(household_path), _("one household per subscriber needs the subscriber column and no member"))]
        )
    per_subscriber = member is None
    target = None if each == "household" else _existing(household_path)
    numbers = target.numbers() if target is not None else None
    imported = read_records(files, by, only, per_subscriber, numbers)
    groups = imported.groups
    if not groups:
        said = (
            _("no usage rows for {subscriber!r} in any of the files").format(subscriber=only)
            if only is not None
            else _("no usage rows in any of the files")
        )
        raise InputFileError([Problem(", ".join(str(f) for f, _mapping in files), said)], "records")
    notes = _missing_notes(imported, groups, per_subscriber)
    if each == "household":
        updates, members = _per_household(imported, household_path, replace_history, notes)
    else:
        assignments = [(member, "")] if member is not None else [(_member_for(target, g), g) for g in groups]
        updates = [_update(target, household_path, assignments, imported, replace_history, notes)]
        members = [(g, name, household_path) for name, g in assignments]
    return ImportPlan(imported, tuple(members), tuple(updates), tuple(notes))


def _update(
    target: Household | None,
    path: Path,
    assignments: Sequence[tuple[str, str]],
    imported: ImportedUsage,
    replace_history: bool,
    notes: list[str],
) -> HouseholdUpdate:
    start = target if target is not None else Household(path.stem or "Household", ())
    household, said = with_imported(start, assignments, imported, replace_history, str(path))
    notes += said
    if target is None or not _sets_horizon(path):
        household = following_horizon(household)
        # the note keeps the key horizon_months (in every language): _per_household leaves these notes out
        notes.append(
            _("{file}: horizon_months set to {months}, the months imported").format(
                file=path, months=household.horizon_months
            )
        )
    return HouseholdUpdate(path, checked(household, path), target is None)


def _per_household(
    imported: ImportedUsage, folder: Path, replace_history: bool, notes: list[str]
) -> tuple[list[HouseholdUpdate], list[tuple[str, str, Path]]]:
    if folder.exists() and not folder.is_dir():
        raise InputFileError([Problem(str(folder), _("one household per subscriber needs a folder, not a file"))])
    by_file: dict[str, str] = {}
    updates: list[HouseholdUpdate] = []
    members: list[tuple[str, str, Path]] = []
    said: list[str] = []
    for group in imported.groups:
        name = household_file_name(group)
        if name in by_file:
            raise InputFileError(
                [
                    Problem(
                        str(folder),
                        _("subscribers {first!r} and {second!r} would share the file {file}").format(
                            first=by_file[name], second=group, file=name
                        ),
                    )
                ]
            )
        by_file[name] = group
        path = folder / name
        target = _existing(path)
        member = target.members[0].name if target is not None and len(target.members) == 1 else group
        updates.append(_update(target, path, [(member, group)], imported, replace_history, said))
        members.append((group, member, path))
    created = sum(u.created for u in updates)
    notes.append(
        _("{folder}: {created} household files created, {updated} updated").format(
            folder=folder, created=created, updated=len(updates) - created
        )
    )
    notes += [n for n in said if "horizon_months" not in n][:20]
    return updates, members


def write_plan(plan: ImportPlan) -> None:
    """Write every household of the plan, each atomically (all were checked before the first is written)."""
    for written, update in enumerate(plan.updates):
        try:
            update.path.parent.mkdir(parents=True, exist_ok=True)
            save_household(update.household, update.path)
        except OSError as exc:  # a full disk, a read-only folder: the file keeps its previous content
            said = _("cannot write it ({error}); it was left as it was").format(error=exc.strerror or exc)
            if written:
                said += "; " + _("the {count} household files before it were written").format(count=written)
            raise InputFileError(
                [Problem(str(update.path), said)],
                "usage import",
            ) from exc
