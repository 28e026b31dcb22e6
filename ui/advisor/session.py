"""The app's state: household, catalogue, the current choices, locks and constraints.

Widgets read it and call its methods; it emits signals when anything changes. Pricing
is live (the reference engine is fast enough); optimising and explaining run as tasks on a
small thread pool. Only the newest request counts: starting another, or changing the household
it was about, cancels the one before and drops its result.

Every edit of the household or the plans is one command on the undo stack (see commands.py); the
commands call the apply_* methods. A recommendation stays with the session after later edits, but
stale_reason() says when it is no longer the result of what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

import tariff_advisor as ta
from tariff_advisor.billing.assignment import PlanChoice
from tariff_advisor.billing.today import price_today, with_current_plans
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.files import save_household

from ..tasks import Task
from .commands import HouseholdCommand, OptimiseCommand, SetChoiceCommand, SetLockCommand, describe_change

if TYPE_CHECKING:  # the optimiser loads on the first optimise, not at startup
    from tariff_advisor.optimiser.explain import Explanation
    from tariff_advisor.optimiser.recommendation import Recommendation

LOCK_FIELDS = ("provider", "tariff", "options")
# The current request, plus one superseded one still finishing its solve (a solve cannot be interrupted).
THREADS = 2


@dataclass(frozen=True)
class SessionState:
    """What an undo puts back: the household, the plans and locks, and the result shown with them."""

    household: ta.Household
    assignment: dict[str, PlanChoice]
    locks: dict[str, set[str]]
    recommendation: Recommendation | None
    result_for: tuple[ta.Household, dict[str, Any]] | None
    explanation: Explanation | None
    previous_assignment: dict[str, PlanChoice] | None


class AdvisorSession(QObject):
    householdChanged = Signal()
    choicesChanged = Signal()  # assignment, locks or constraints changed; the bill is re-priced
    recommendationReady = Signal(object)  # Recommendation: the choices are already updated
    explanationReady = Signal(object, object)  # Recommendation, Explanation: follows, for the "why" charts
    busyChanged = Signal(bool)
    errorOccurred = Signal(str)

    def __init__(
        self,
        catalogue: ta.Catalogue,
        household: ta.Household,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(THREADS)
        self.catalogue = catalogue
        self.path = path
        # the household as last opened or saved: unsaved changes are a household that differs from it, so an
        # undo back to it leaves nothing to save (None: never saved, or the changes must be saved regardless)
        self._saved: ta.Household | None = None
        self.solver = "highs"
        self.locks: dict[str, set[str]] = {}
        self.constraints: dict[str, Any] = {}
        self.assignment: dict[str, PlanChoice] = {}
        self.previous_assignment: dict[str, PlanChoice] | None = None
        self.bill: ta.Bill | None = None
        self.today: ta.Bill | None = None  # today's plans for the household on screen (None: not all known)
        self.recommendation: Recommendation | None = None
        # the household and constraints the recommendation answers, to tell when it is out of date
        self.result_for: tuple[ta.Household, dict[str, Any]] | None = None
        self.explanation: Explanation | None = None  # the recommendation's "why", once computed
        self.undo_stack = QUndoStack(self)
        self._request = 0
        self._busy = 0
        self.task: Task | None = None  # the newest optimise or explain; only its outcome counts
        self.set_household(household, path)

    @property
    def dirty(self) -> bool:
        return self._saved is None or self.household != self._saved

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self._saved = None if value else self.household

    # -- household ---------------------------------------------------------------
    def set_household(self, household: ta.Household, path: Path | None = None) -> None:
        self.cancel()  # advice on the household before is no advice on this one
        self.household, self.path, self.dirty = household, path, False
        self._price_household()
        self.locks = {m.name: set() for m in household.members}
        self.assignment = {m.name: self._initial_choice(m) for m in household.members}
        self.recommendation, self.previous_assignment = None, None
        self.result_for, self.explanation = None, None
        self.undo_stack.clear()  # another household (or catalogue): the edits before are not undone on it
        self.householdChanged.emit()
        self._reprice()

    def set_catalogue(self, catalogue: ta.Catalogue) -> None:
        """A re-read catalogue (e.g. after the editor saved it): re-price; choices that no longer exist reset."""
        saved, self.catalogue = self._saved, catalogue
        self.set_household(self.household, self.path)
        self._saved = saved

    def _initial_choice(self, member: ta.Member) -> PlanChoice:
        priced = self.priced_household.member(member.name).current  # a tariff id also for a plan given by its fee
        if member.current is not None and priced is not None and priced.tariff is not None:
            return {"tariff": priced.tariff, "options": list(member.current.options)}
        return {"tariff": self.priced_catalogue.tariffs[0].id, "options": []}

    def _price_household(self) -> None:
        self.priced_household, self.priced_catalogue = with_current_plans(self.household, self.catalogue)
        try:  # today's cost follows the household on screen, not the one a recommendation was made for
            self.today = price_today(self.household, self.catalogue)
        except TariffAdvisorError:
            self.today = None

    def update_household(self, household: ta.Household, text: str | None = None) -> None:
        """An edit to the household (members, usage), as one undo step named `text` (else by what changed)."""
        if household == self.household:
            return
        self.push(HouseholdCommand(self, household, text or describe_change(self.household, household)))

    def apply_household(self, household: ta.Household) -> None:
        """Take the edited household: keep choices where members remain (renamed members keep theirs)."""
        renamed = _renames(self.household, household)
        kept = {renamed.get(n, n): c for n, c in self.assignment.items()}
        locks = {renamed.get(n, n): lock for n, lock in self.locks.items()}
        self.cancel()
        self.household = household
        self._price_household()
        self.assignment = {m.name: kept.get(m.name) or self._initial_choice(m) for m in household.members}
        self.locks = {m.name: set(locks.get(m.name, set())) for m in household.members}
        self.householdChanged.emit()
        self._reprice()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)  # runs the command's redo()

    def state(self) -> SessionState:
        return SessionState(
            self.household,
            _copied(self.assignment),
            {n: set(fields) for n, fields in self.locks.items()},
            self.recommendation,
            self.result_for,
            self.explanation,
            self.previous_assignment,
        )

    def restore(self, state: SessionState) -> None:
        """Put back a state an undo step saved (the household only re-read when it differs)."""
        household_changed = state.household is not self.household
        if household_changed:
            self.cancel()
            self.household = state.household
            self._price_household()
        self.assignment = _copied(state.assignment)
        self.locks = {n: set(fields) for n, fields in state.locks.items()}
        self.recommendation, self.result_for, self.explanation = (
            state.recommendation,
            state.result_for,
            state.explanation,
        )
        self.previous_assignment = state.previous_assignment
        if household_changed:
            self.householdChanged.emit()
        self._reprice()

    def add_member(self) -> str:
        """A new member with no usage yet; returns the name given."""
        names = self.household.member_names
        number = len(names) + 1
        while self.tr("Member {number}").format(number=number) in names:
            number += 1
        name = self.tr("Member {number}").format(number=number)
        member = ta.Member(name, (ta.MonthlyUsage(),))
        self.update_household(
            replace(self.household, members=(*self.household.members, member)), self.tr("Add {name}").format(name=name)
        )
        return name

    def remove_member(self, name: str) -> bool:
        """Remove a member (a household keeps at least one); calls to them are dropped from the others' usage."""
        if len(self.household.members) <= 1 or name not in self.household.member_names:
            return False
        kept = []
        for m in self.household.members:
            if m.name == name:
                continue
            usage = tuple(replace(u, to_members={k: v for k, v in u.to_members.items() if k != name}) for u in m.usage)
            kept.append(replace(m, usage=usage))
        self.update_household(replace(self.household, members=tuple(kept)), self.tr("Remove {name}").format(name=name))
        return True

    def new_customer(self) -> None:
        """An empty household with one member, for a customer in the shop: nothing of the customer before stays
        (budget, required features, locks, choices, contract start) except the shop range, which is the shop's."""
        member = ta.Member(self.tr("Customer"), (ta.MonthlyUsage(),))
        self.constraints = {k: v for k, v in self.constraints.items() if k == "only_tariffs"}
        self.set_household(ta.Household(self.tr("New customer"), (member,)), None)

    def save(self, path: Path | None = None) -> None:
        """Save the household. A file changed on disk since it was opened is overwritten only if the user says so.

        Raises SaveError (an OSError) when nothing was saved: the user kept the other change, the file format
        refuses a value, or the disk is full; its message says so and that the household here is unchanged."""
        from PySide6.QtWidgets import QApplication, QMessageBox  # the only dialog the session shows

        from tariff_advisor.errors import HouseholdChangedError, HouseholdError, SaveError

        target = path or self.path
        if target is None:
            raise ValueError(self.tr("a household never saved needs a file name"))
        try:
            try:
                saved = save_household(self.household, target)
            except HouseholdChangedError as exc:
                buttons = QMessageBox.StandardButton
                answer = QMessageBox.warning(
                    QApplication.activeWindow(),
                    self.tr("Changed on disk"),
                    self.tr(
                        "{exc}\n\nSave overwrites their change with yours. Cancel keeps their file as it is; your "
                        "changes stay here, unsaved."
                    ).format(exc=exc),
                    buttons.Save | buttons.Cancel,
                    buttons.Cancel,
                )
                if answer != buttons.Save:
                    raise SaveError(
                        target, self.tr("not saved: the file keeps the other change; yours are still here")
                    ) from exc
                saved = save_household(self.household, target, overwrite_external=True)
        except HouseholdError as exc:  # a value the file format refuses: nothing was written
            raise SaveError(target, self.tr("not saved, the file is unchanged: {exc}").format(exc=exc)) from exc
        self.household, self.path, self.dirty = saved, Path(target), False  # saved: the file's new stamp

    # -- choices -----------------------------------------------------------------
    def set_choice(self, member: str, tariff_id: str, options: list[str] | None = None) -> None:
        """A member's tariff and options chosen by hand, as one undo step."""
        accepted = set(self.priced_catalogue.options_for(tariff_id))
        kept = [o for o in (options if options is not None else self.assignment[member]["options"]) if o in accepted]
        choice: PlanChoice = {"tariff": tariff_id, "options": kept}
        if choice != self.assignment[member]:
            self.push(SetChoiceCommand(self, member, choice, self._choice_text(member, choice)))

    def _choice_text(self, member: str, choice: PlanChoice) -> str:
        """'Set Kite 40 for Anna', or 'Add World 60 for Anna' when only the options change."""
        cat, old = self.priced_catalogue, self.assignment[member]
        if choice["tariff"] != old["tariff"]:
            return self.tr("Set {name} for {member}").format(name=cat.tariff(choice["tariff"]).name, member=member)
        added = [cat.option(o).name for o in choice["options"] if o not in old["options"]]
        removed = [cat.option(o).name for o in old["options"] if o not in choice["options"]]
        if added and not removed:
            return self.tr("Add {join} for {member}").format(join=", ".join(added), member=member)
        if removed and not added:
            return self.tr("Remove {join} for {member}").format(join=", ".join(removed), member=member)
        return self.tr("Set options for {member}").format(member=member)

    def apply_choice(self, member: str, choice: PlanChoice) -> None:
        self.assignment[member] = {"tariff": choice["tariff"], "options": list(choice["options"])}
        self._reprice()

    def set_lock(self, member: str, field: str, locked: bool) -> None:
        if (field in self.locks[member]) != locked:
            self.push(SetLockCommand(self, member, field, locked))

    def apply_lock(self, member: str, field: str, locked: bool) -> None:
        (self.locks[member].add if locked else self.locks[member].discard)(field)
        self.choicesChanged.emit()

    def set_constraints(self, constraints: dict[str, Any]) -> None:
        self.constraints = constraints
        self.choicesChanged.emit()

    def lock_constraints(self) -> dict[str, Any]:
        """The locks as optimiser constraints, taken from the current choices."""
        locks = {}
        for member, fields in self.locks.items():
            choice = self.assignment[member]
            tariff = self.priced_catalogue.tariff(choice["tariff"])
            lock: dict[str, str | list[str]] = {}
            if "provider" in fields:
                lock["provider"] = tariff.provider
            if "tariff" in fields:
                lock["tariff"] = tariff.id
            if "options" in fields and choice["options"]:
                lock["options"] = list(choice["options"])
            if lock:
                locks[member] = lock
        constraints = dict(self.constraints)
        if locks:
            constraints["locks"] = locks
        return constraints

    # -- is the result the result of what is on screen? ----------------------------
    def stale_reason(self) -> str | None:
        """Why the recommendation no longer answers what is on screen; None if it does, or there is none."""
        if self.recommendation is None or self.result_for is None:
            return None
        household, constraints = self.result_for
        if household != self.household:
            if household.member_names != self.household.member_names:
                return self.tr("the members changed")
            if [m.usage for m in household.members] != [m.usage for m in self.household.members]:
                return self.tr("usage changed")
            return self.tr("the household changed")
        if self.recommendation.assignment is None or _copied(self.recommendation.assignment) != self.assignment:
            return self.tr("plans were changed by hand")
        if constraints != self.lock_constraints():
            return self.tr("constraints or locks changed")
        return None

    def current_recommendation(self) -> Recommendation | None:
        """The recommendation if it is the result of what is on screen (charts draw only from this one)."""
        return self.recommendation if self.stale_reason() is None else None

    def _reprice(self) -> None:
        try:
            self.bill = ta.price(self.priced_household, self.priced_catalogue, self.assignment)
        except TariffAdvisorError as exc:
            self.bill = None
            self.errorOccurred.emit(str(exc))
        self.choicesChanged.emit()

    # -- optimising ----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy > 0

    def optimise(self) -> int:
        """Re-plan every unlocked choice on a worker thread; a newer request supersedes this one."""
        self._request += 1
        household, constraints = self.household, self.lock_constraints()
        task = Task("optimising", ta.recommend, household, self.catalogue, constraints, solver=self.solver)
        self._start(task, lambda rec: self._recommended(rec, (household, constraints)))
        return self._request

    def cancel(self) -> None:
        """Stop the current request (if any): its result, when it comes, is dropped."""
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def _start(self, task: Task, on_success: Callable[[Any], None]) -> None:
        """Run `task` as the current request, cancelling the one before."""
        self.cancel()
        self.task = task

        def succeeded(result: Any) -> None:
            if task is self.task:  # a result that was on its way when the task was cancelled is stale too
                on_success(result)

        def failed(message: str) -> None:
            if task is self.task:
                self.errorOccurred.emit(message)

        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(failed)
        task.signals.finished.connect(self._finished)
        self._busy += 1
        if self._busy == 1:
            self.busyChanged.emit(True)
        self.pool.start(task)

    def _finished(self) -> None:
        self._busy -= 1
        if self._busy == 0:
            self.busyChanged.emit(False)

    def _recommended(self, rec: Recommendation, asked: tuple[ta.Household, dict[str, Any]]) -> None:
        if rec.assignment is None:
            self.errorOccurred.emit(rec.reason)
            return
        self.push(OptimiseCommand(self, rec, asked))
        optimising = self.task
        self.recommendationReady.emit(rec)
        if self.task is not optimising:
            return  # a slot changed the household meanwhile: this recommendation needs no "why"
        # the slower "why", started once the window shows the recommendation, so the two do not compete;
        # the solver stack loads on the first optimise, not at startup
        from tariff_advisor.optimiser.explain import explain

        def explained(explanation: Explanation) -> None:
            if self.recommendation is not rec:
                return  # the optimise was undone meanwhile
            self.explanation = explanation  # kept: an undo back to the recommendation shows its "why" again
            if self.stale_reason() is None:  # else a "why" of advice no longer on screen: not shown
                self.explanationReady.emit(rec, explanation)

        self._start(Task("explaining", explain, rec), explained)

    def apply_recommendation(self, rec: Recommendation, asked: tuple[ta.Household, dict[str, Any]]) -> None:
        """The recommended plans replace the choices; `asked`: the household and constraints it answers."""
        assert rec.assignment is not None  # only recommendations with plans become an undo step
        self.previous_assignment = _copied(self.assignment)
        self.recommendation, self.result_for, self.explanation = rec, asked, None
        self.assignment = _copied(rec.assignment)
        self._reprice()

    def changed_members(self) -> set[str]:
        """Members whose choice the last optimisation changed."""
        if self.previous_assignment is None:
            return set()
        return {m for m, c in self.assignment.items() if self.previous_assignment.get(m) != c}


def _renames(before: ta.Household, after: ta.Household) -> dict[str, str]:
    """Old name -> new name for members renamed in place (same position, same count)."""
    if len(before.members) != len(after.members):
        return {}
    return {b.name: a.name for b, a in zip(before.members, after.members, strict=True) if b.name != a.name}


def _copied(assignment: Mapping[str, PlanChoice]) -> dict[str, PlanChoice]:
    """A copy of every member's choice, its switch month, phone and device offer included (they are priced)."""
    return {member: {**c, "options": list(c["options"])} for member, c in assignment.items()}
