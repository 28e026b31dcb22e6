"""The app's state: household, catalogue, the current choices, locks and constraints.

Widgets read it and call its methods; it emits signals when anything changes. Pricing
is live (the reference engine is fast enough); optimising and explaining run as tasks on a
small thread pool. Only the newest request counts: starting another, or changing the household
it was about, cancels the one before and drops its result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

import tariff_advisor as ta
from tariff_advisor.billing.assignment import PlanChoice
from tariff_advisor.billing.today import with_current_plans
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.files import save_household

from ..tasks import Task

if TYPE_CHECKING:  # the optimiser loads on the first optimise, not at startup
    from tariff_advisor.optimiser.explain import Explanation
    from tariff_advisor.optimiser.recommendation import Recommendation

LOCK_FIELDS = ("provider", "tariff", "options")
# The current request, plus one superseded one still finishing its solve (a solve cannot be interrupted).
THREADS = 2


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
        self.dirty = False
        self.solver = "highs"
        self.locks: dict[str, set[str]] = {}
        self.constraints: dict[str, Any] = {}
        self.assignment: dict[str, PlanChoice] = {}
        self.previous_assignment: dict[str, PlanChoice] | None = None
        self.bill: ta.Bill | None = None
        self.recommendation: Recommendation | None = None
        self._request = 0
        self._busy = 0
        self.task: Task | None = None  # the newest optimise or explain; only its outcome counts
        self.set_household(household, path)

    # -- household ---------------------------------------------------------------
    def set_household(self, household: ta.Household, path: Path | None = None) -> None:
        self.cancel()  # advice on the household before is no advice on this one
        self.household, self.path, self.dirty = household, path, False
        self.priced_household, self.priced_catalogue = with_current_plans(household, self.catalogue)
        self.locks = {m.name: set() for m in household.members}
        self.assignment = {m.name: self._initial_choice(m) for m in household.members}
        self.recommendation, self.previous_assignment = None, None
        self.householdChanged.emit()
        self._reprice()

    def set_catalogue(self, catalogue: ta.Catalogue) -> None:
        """A re-read catalogue (e.g. after the editor saved it): re-price; choices that no longer exist reset."""
        dirty, self.catalogue = self.dirty, catalogue
        self.set_household(self.household, self.path)
        self.dirty = dirty

    def _initial_choice(self, member: ta.Member) -> PlanChoice:
        priced = self.priced_household.member(member.name).current  # a tariff id also for a plan given by its fee
        if member.current is not None and priced is not None and priced.tariff is not None:
            return {"tariff": priced.tariff, "options": list(member.current.options)}
        return {"tariff": self.priced_catalogue.tariffs[0].id, "options": []}

    def update_household(self, household: ta.Household) -> None:
        """An edit to the household (members, usage): keep choices where members remain."""
        kept = {n: c for n, c in self.assignment.items() if n in household.member_names}
        locks = {n: lock for n, lock in self.locks.items() if n in household.member_names}
        self.cancel()
        self.household = household
        self.priced_household, self.priced_catalogue = with_current_plans(household, self.catalogue)
        self.assignment = {m.name: kept.get(m.name) or self._initial_choice(m) for m in household.members}
        self.locks = {m.name: locks.get(m.name, set()) for m in household.members}
        self.dirty = True
        self.householdChanged.emit()
        self._reprice()

    def add_member(self) -> str:
        """A new member with no usage yet; returns the name given."""
        names = self.household.member_names
        number = len(names) + 1
        while f"Member {number}" in names:
            number += 1
        name = f"Member {number}"
        member = ta.Member(name, (ta.MonthlyUsage(),))
        self.update_household(replace(self.household, members=(*self.household.members, member)))
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
        self.update_household(replace(self.household, members=tuple(kept)))
        return True

    def new_customer(self) -> None:
        """An empty household with one member, for a customer in the shop."""
        member = ta.Member("Customer", (ta.MonthlyUsage(),))
        self.set_household(ta.Household("New customer", (member,), start_date=self.household.start_date), None)

    def save(self, path: Path | None = None) -> None:
        """Save the household. A file changed on disk since it was opened is overwritten only if the user says so.

        Raises SaveError (an OSError) when nothing was saved: the user kept the other change, the file format
        refuses a value, or the disk is full; its message says so and that the household here is unchanged."""
        from PySide6.QtWidgets import QApplication, QMessageBox  # the only dialog the session shows

        from tariff_advisor.errors import HouseholdChangedError, HouseholdError, SaveError

        target = path or self.path
        if target is None:
            raise ValueError("a household never saved needs a file name")
        try:
            try:
                saved = save_household(self.household, target)
            except HouseholdChangedError as exc:
                buttons = QMessageBox.StandardButton
                answer = QMessageBox.warning(
                    QApplication.activeWindow(),
                    "Changed on disk",
                    f"{exc}\n\nSave overwrites their change with yours. "
                    "Cancel keeps their file as it is; your changes stay here, unsaved.",
                    buttons.Save | buttons.Cancel,
                    buttons.Cancel,
                )
                if answer != buttons.Save:
                    raise SaveError(target, "not saved: the file keeps the other change; yours are still here") from exc
                saved = save_household(self.household, target, overwrite_external=True)
        except HouseholdError as exc:  # a value the file format refuses: nothing was written
            raise SaveError(target, f"not saved, the file is unchanged: {exc}") from exc
        self.household, self.path, self.dirty = saved, Path(target), False  # saved: the file's new stamp

    # -- choices -----------------------------------------------------------------
    def set_choice(self, member: str, tariff_id: str, options: list[str] | None = None) -> None:
        accepted = set(self.priced_catalogue.options_for(tariff_id))
        kept = [o for o in (options if options is not None else self.assignment[member]["options"]) if o in accepted]
        self.assignment[member] = {"tariff": tariff_id, "options": kept}
        self._reprice()

    def set_lock(self, member: str, field: str, locked: bool) -> None:
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
        task = Task(
            "optimising", ta.recommend, self.household, self.catalogue, self.lock_constraints(), solver=self.solver
        )
        self._start(task, self._recommended)
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

    def _recommended(self, rec: Recommendation) -> None:
        if rec.assignment is None:
            self.errorOccurred.emit(rec.reason)
            return
        self.previous_assignment = _copied(self.assignment)
        self.recommendation = rec
        self.assignment = _copied(rec.assignment)
        self._reprice()
        optimising = self.task
        self.recommendationReady.emit(rec)
        if self.task is not optimising:
            return  # a slot changed the household meanwhile: this recommendation needs no "why"
        # the slower "why", started once the window shows the recommendation, so the two do not compete;
        # the solver stack loads on the first optimise, not at startup
        from tariff_advisor.optimiser.explain import explain

        def explained(explanation: Explanation) -> None:
            self.explanationReady.emit(rec, explanation)

        self._start(Task("explaining", explain, rec), explained)

    def changed_members(self) -> set[str]:
        """Members whose choice the last optimisation changed."""
        if self.previous_assignment is None:
            return set()
        return {m for m, c in self.assignment.items() if self.previous_assignment.get(m) != c}


def _copied(assignment: Mapping[str, PlanChoice]) -> dict[str, PlanChoice]:
    return {member: {"tariff": c["tariff"], "options": list(c["options"])} for member, c in assignment.items()}
