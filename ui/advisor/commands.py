"""One QUndoCommand per household or plan edit, in the style of orange-canvas-core's document/commands.py.

Each command holds what it needs to redo and undo itself against the advisor session; the
session applies the change and tells the views. Their texts, shown by Undo and Redo, name
what changes and for whom ("Set Kite 40 for Anna", "Optimise").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

import tariff_advisor as ta
from tariff_advisor.billing.assignment import PlanChoice
from tariff_advisor.household.model import CurrentPlan

from ..language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tariff_advisor.optimiser.recommendation import Recommendation

    from .session import AdvisorSession, SessionState


def _member_change(before: ta.Member, after: ta.Member) -> str:
    if before.name != after.name:
        return QCoreApplication.translate("commands", "Rename {old} to {new}").format(old=before.name, new=after.name)
    if (before.needs, before.needs_answers) != (after.needs, after.needs_answers):
        return QCoreApplication.translate("commands", "Apply needs for {name}").format(name=after.name)
    if before.usage != after.usage:
        return QCoreApplication.translate("commands", "Apply usage for {name}").format(name=after.name)
    if before.age != after.age:
        return QCoreApplication.translate("commands", "Set age of {name}").format(name=after.name)
    if before.student != after.student:
        return QCoreApplication.translate("commands", "Set student of {name}").format(name=after.name)
    if before.current != after.current:
        return _plan_change(before.current, after.current, after.name)
    if before.device_wish != after.device_wish:
        return QCoreApplication.translate("commands", "Set phone wish of {name}").format(name=after.name)
    if before.roaming != after.roaming:
        return QCoreApplication.translate("commands", "Set travel of {name}").format(name=after.name)
    return QCoreApplication.translate("commands", "Edit {name}").format(name=after.name)


def _plan_change(before: CurrentPlan | None, after: CurrentPlan | None, name: str) -> str:
    """'Set contract end of Anna' when only the contract's timing changed, else 'Set today's plan of Anna'."""
    if before is not None and after is not None:
        timing = ("months_left", "end_date", "notice_months", "exit_fee")
        if replace(before, **{k: getattr(after, k) for k in timing}) == after:
            if (before.months_left, before.end_date) != (after.months_left, after.end_date):
                return QCoreApplication.translate("commands", "Set contract end of {name}").format(name=name)
            if before.notice_months != after.notice_months:
                return QCoreApplication.translate("commands", "Set notice period of {name}").format(name=name)
            return QCoreApplication.translate("commands", "Set exit fee of {name}").format(name=name)
    return QCoreApplication.translate("commands", "Set today's plan of {name}").format(name=name)


def describe_change(before: ta.Household, after: ta.Household) -> str:
    """What an edit of the household did, for Undo's text, found from the household before and after."""
    old, new = before.member_names, after.member_names
    if len(new) > len(old):
        return QCoreApplication.translate("commands", "Add {join}").format(
            join=", ".join(n for n in new if n not in old)
        )
    if len(new) < len(old):
        return QCoreApplication.translate("commands", "Remove {join}").format(
            join=", ".join(n for n in old if n not in new)
        )
    changed = [(b, a) for b, a in zip(before.members, after.members, strict=True) if b != a]
    if len(changed) == 1 and replace(before, members=after.members) == after:
        return _member_change(*changed[0])
    if not changed and before.start_date != after.start_date:
        return QCoreApplication.translate("commands", "Set contract start")
    return QCoreApplication.translate("commands", "Edit household")


class HouseholdCommand(QUndoCommand):
    """A new household (members, usage, needs, dates): undo puts back the household and its plans and locks."""

    def __init__(self, session: AdvisorSession, household: ta.Household, text: str):
        super().__init__(text)
        self.session, self.household = session, household
        self.before = session.state()
        self.after: SessionState | None = None  # the plans kept or given, known after the first redo

    def redo(self) -> None:
        if self.after is None:
            self.session.apply_household(self.household)
            self.after = self.session.state()
        else:
            self.session.restore(self.after)

    def undo(self) -> None:
        self.session.restore(self.before)


class SetChoiceCommand(QUndoCommand):
    """One member's tariff and options."""

    def __init__(self, session: AdvisorSession, member: str, choice: PlanChoice, text: str):
        super().__init__(text)
        self.session, self.member, self.choice = session, member, choice
        self.old: PlanChoice = {**session.assignment[member], "options": list(session.assignment[member]["options"])}

    def redo(self) -> None:
        self.session.apply_choice(self.member, self.choice)

    def undo(self) -> None:
        self.session.apply_choice(self.member, self.old)


LOCK_FIELD_NAMES = {  # translated where shown
    "provider": QT_TRANSLATE_NOOP("SetLockCommand", "provider"),
    "tariff": QT_TRANSLATE_NOOP("SetLockCommand", "tariff"),
    "options": QT_TRANSLATE_NOOP("SetLockCommand", "options"),
    "phone": QT_TRANSLATE_NOOP("SetLockCommand", "phone"),
    "switch_month": QT_TRANSLATE_NOOP("SetLockCommand", "switch month"),
}


class SetLockCommand(QUndoCommand):
    def __init__(self, session: AdvisorSession, member: str, field: str, locked: bool):
        what = QCoreApplication.translate("SetLockCommand", LOCK_FIELD_NAMES.get(field, field))
        super().__init__(
            (
                QCoreApplication.translate("SetLockCommand", "Lock {field} of {member}")
                if locked
                else QCoreApplication.translate("SetLockCommand", "Unlock {field} of {member}")
            ).format(field=what, member=member)
        )
        self.session, self.member, self.field, self.locked = session, member, field, locked

    def redo(self) -> None:
        self.session.apply_lock(self.member, self.field, self.locked)

    def undo(self) -> None:
        self.session.apply_lock(self.member, self.field, not self.locked)


class OptimiseCommand(QUndoCommand):
    """The recommended plans replace the choices; undo gives back the choices made by hand and the result before."""

    def __init__(self, session: AdvisorSession, rec: Recommendation, asked: tuple[ta.Household, dict[str, Any]]):
        super().__init__(QCoreApplication.translate("OptimiseCommand", "Optimise"))
        self.session, self.rec, self.asked = session, rec, asked
        self.before = session.state()

    def redo(self) -> None:
        self.session.apply_recommendation(self.rec, self.asked)

    def undo(self) -> None:
        self.session.restore(self.before)
