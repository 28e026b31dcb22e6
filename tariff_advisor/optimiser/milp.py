"""The household MILP: one binary per (member, bundle), plus the cross-line terms.

A bundle fixes its member's switch month, so the tariff each member is on changes only at
candidate switch months: the cross-line terms are written per *epoch*, a run of months between
two consecutive candidate switch months, on the plan each bundle has in force then
(`Bundle.at`). Cross-line terms, each exact at the optimum (docs/optimiser.md derives them):
- multi-line discounts: a one-hot line count per provider; percent levels cap a
  per-member discount by both the member's fees and the level being reached;
  same-tier rules allow the discount only when one tier holds every line;
- family plans: an "active" binary for the base fee, the SIM limit, and per-month
  pool overage (integer started blocks, or continuous MB/minutes);
- on-net calls: z[i,j] = (i on p) AND (j on p) exactly, the minutes it saves and
  the minute overage it leaves, per month.
"""

from __future__ import annotations

import functools
import math
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

import pulp

from tariff_advisor.billing.assignment import Assignment
from tariff_advisor.billing.engine import BLOCK_TOLERANCE, line_discount_amount
from tariff_advisor.catalogue.model import Catalogue, FamilyPlan
from tariff_advisor.catalogue.schema import MultiLine, VoiceBilling
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.model import Household
from tariff_advisor.i18n import _
from tariff_advisor.optimiser.bundles import Bundle, Candidates, MemberUsage, Plan
from tariff_advisor.optimiser.constraints import Constraints
from tariff_advisor.optimiser.offers import FloatArray

SOLVERS = ("cbc", "highs")
ABSOLUTE_GAP = 1e-4  # well under a cent: the optimum is exact to the cent
# Pooled data enters the constraints in GB, not MB, so that a heavy month's coefficients stay near the fees'.
MB_PER_UNIT = 1024.0

# "feasible": the time limit was hit with a valid plan set, not proven the cheapest;
# "not_solved": the solver stopped before finding any.
SolveStatus = Literal["optimal", "feasible", "infeasible", "not_solved"]
# PuLP has no type information: its variables, expressions and constraints are all Any to mypy.
LpExpression = Any


class SolverError(TariffAdvisorError):
    """The solver failed (not: found no plan set); the message says what to try."""


@dataclass
class Solution:
    status: SolveStatus
    assignment: Assignment | None
    objective: float | None
    seconds: float
    chosen: dict[str, Bundle] | None = None


@dataclass(frozen=True)
class Epoch:
    """Months first..last (1-based, inclusive): every bundle has one plan in force throughout."""

    first: int
    last: int

    @property
    def months(self) -> range:
        return range(self.first, self.last + 1)

    @property
    def length(self) -> int:
        return self.last - self.first + 1


def epochs(switch_months: list[int], horizon: int) -> list[Epoch]:
    starts = sorted({1} | {m for m in switch_months if 1 <= m <= horizon})
    return [Epoch(a, b - 1) for a, b in zip(starts, [*starts[1:], horizon + 1], strict=True)]


def _in_on_net_group(p: Plan, provider: str, price: float | None) -> bool:
    return p.on_net and p.provider == provider and p.tariff.on_net_minute_price == price


def _with_provider(p: Plan, provider: str) -> bool:
    return p.provider == provider


def _new_with_provider(b: Bundle, provider: str) -> bool:
    return b.provider == provider


def _lin(terms: Iterable[LpExpression]) -> LpExpression:
    return pulp.lpSum(terms)


class HouseholdModel:
    def __init__(self, household: Household, catalogue: Catalogue, candidates: Candidates, constraints: Constraints):
        self.household, self.catalogue, self.cand, self.constraints = household, catalogue, candidates, constraints
        self.H = household.horizon_months
        self.members = household.member_names
        self.prob = pulp.LpProblem("household", pulp.LpMinimize)
        self.x: dict[str, list[tuple[Bundle, LpExpression]]] = {}  # each member's bundles and their binaries
        self.cost_terms: list[LpExpression] = []
        self.offset = 0.0  # the part of the cost every choice pays: kept out of the solver's coefficients
        self._n = 0

    def var(self, prefix: str, cat: str = pulp.LpContinuous, low: float = 0, up: float | None = None) -> LpExpression:
        self._n += 1
        return pulp.LpVariable(f"{prefix}_{self._n}", lowBound=low, upBound=up, cat=cat)

    def add(self, constraint: LpExpression) -> None:
        self._n += 1
        self.prob += constraint, f"c{self._n}"

    # -- building blocks -------------------------------------------------------
    def on(self, member: str, pred: Callable[[Bundle], bool]) -> LpExpression:
        """1 if `member`'s chosen bundle satisfies `pred`, else 0."""
        return _lin(v for b, v in self.x[member] if pred(b))

    def on_in(self, member: str, epoch: Epoch, pred: Callable[[Plan], bool]) -> LpExpression:
        """1 if the plan `member`'s chosen bundle has in force in `epoch` satisfies `pred`, else 0."""
        return _lin(v for b, v in self.x[member] if pred(b.at(epoch.first)))

    def plans_in(self, member: str, epoch: Epoch) -> list[tuple[Bundle, Plan, LpExpression]]:
        return [(b, b.at(epoch.first), v) for b, v in self.x[member]]

    def build(self) -> HouseholdModel:
        for i, name in enumerate(self.members):
            self._member_choice(i, name)
        self.epochs = epochs(self.cand.switch_months, self.H)
        for epoch in self.epochs:
            in_force = [b.at(epoch.first) for pairs in self.x.values() for b, _ in pairs]
            for provider in sorted({p.provider for p in in_force}):
                rule = self.catalogue.providers[provider].multi_line if provider in self.catalogue.providers else None
                if rule is not None:
                    self._multi_line(provider, rule, epoch)
            for plan_id in sorted({p.tariff.family_plan for p in in_force if p.tariff.family_plan}):
                self._family_plan(self.catalogue.family_plans[plan_id], epoch)
            self._on_net(epoch)
        self._household_limits(sorted({b.provider for pairs in self.x.values() for b, _ in pairs}))
        self._switch_together()
        self.total = _lin(self.cost_terms) + self.offset
        self.prob += self.total
        budget = self.constraints.budget_per_month
        if budget is not None:
            self.add(self.total <= budget * self.H)
        return self

    def _member_choice(self, index: int, name: str) -> None:
        """Exactly one bundle each; costs counted from the member's cheapest bundle, which every choice pays anyway.

        Heavy usage makes some bundles cost millions: measured from the cheapest, the solver sees the
        differences only, and the cheap choices keep coefficients of the size of a fee.
        """
        bundles = self.cand.bundles[name]
        constants = [b.constant for b in bundles]
        if not all(math.isfinite(c) for c in constants):
            raise SolverError(
                _("{name}: a plan costs an amount that is not a finite number; check the catalogue").format(name=name)
            )
        base = min(constants, default=0.0)  # no bundle at all: the "exactly one" row makes it infeasible
        pairs = [(b, self.var(f"x{index}", pulp.LpBinary)) for b in bundles]
        self.x[name] = pairs
        self.add(_lin(v for _, v in pairs) == 1)
        self.offset += base
        self.cost_terms += [(b.constant - base) * v for b, v in pairs if b.constant != base]

    def _multi_line(self, provider: str, rule: MultiLine, epoch: Epoch) -> None:
        def counted(p: Plan) -> bool:
            return p.provider == provider and not p.tariff.family_plan

        lines = {m: self.on_in(m, epoch, counted) for m in self.members}
        members = [m for m in self.members if any(counted(p) for _, p, _ in self.plans_in(m, epoch))]
        if len(members) < 2:
            return
        n_max = len(members)
        count = [self.var("n", pulp.LpBinary) for _ in range(n_max + 1)]
        self.add(_lin(count) == 1)
        self.add(_lin(n * c for n, c in enumerate(count)) == _lin(lines[m] for m in members))
        tier_ok = None
        if rule.same_tier:
            tiers = sorted({p.tariff.tier or "" for m in members for _, p, _ in self.plans_in(m, epoch) if counted(p)})
            q = {t: self.var("tier", pulp.LpBinary) for t in tiers}
            self.add(_lin(q.values()) <= 1)

            def outside(tier: str) -> Callable[[Plan], bool]:
                return lambda p: counted(p) and (p.tariff.tier or "") != tier

            for m in members:
                for tier, qv in q.items():
                    self.add(self.on_in(m, epoch, outside(tier)) <= 1 - qv)
            tier_ok = _lin(q.values())
        if rule.line_discounts:
            per_count = [
                epoch.length * sum(line_discount_amount(rule, k) for k in range(2, n + 1)) for n in range(n_max + 1)
            ]
            discount = _lin(a * c for a, c in zip(per_count, count, strict=False))
            if tier_ok is None:
                self.cost_terms.append(-1 * discount)
            else:
                d = self.var("linedisc")
                self.add(d <= discount)
                self.add(d <= max(per_count) * tier_ok)
                self.cost_terms.append(-1 * d)
        previous = 0.0
        for level in rule.volume_discounts:
            share = (level.percent - previous) / 100
            previous = level.percent
            reached = _lin(count[n] for n in range(level.min_lines, n_max + 1))
            for m in members:
                fees = [(b.fee_in(epoch.first, epoch.last), v) for b, p, v in self.plans_in(m, epoch) if counted(p)]
                cap = share * max(f for f, _ in fees)
                e = self.var("vol")
                self.add(e <= _lin(share * f * v for f, v in fees))
                self.add(e <= cap * reached)
                if tier_ok is not None:
                    self.add(e <= cap * tier_ok)
                self.cost_terms.append(-1 * e)

    def _family_plan(self, plan: FamilyPlan, epoch: Epoch) -> None:
        def on_plan(p: Plan) -> bool:
            return p.tariff.family_plan == plan.id

        members = [m for m in self.members if any(on_plan(p) for _, p, _ in self.plans_in(m, epoch))]
        sims = {m: self.on_in(m, epoch, on_plan) for m in members}
        active = self.var("fam", pulp.LpBinary)
        for m in members:
            self.add(active >= sims[m])
        self.add(_lin(sims.values()) <= plan.max_sims)
        f = plan.cycles_per_month
        self.cost_terms.append(plan.base_fee * f * epoch.length * active)
        if (
            plan.pool_data_mb is not None
            and plan.rates.data.mode == "throttle"
            and plan.pool_data_mb != math.inf
            and not self.household.allow_data_slowdown
        ):
            self._pool_serves_at_full_speed(plan, plan.pool_data_mb, members, sims, epoch, on_plan)
        pooled: list[tuple[Literal["data_mb", "minutes"], float, Callable[[MemberUsage], FloatArray]]] = []
        if plan.pool_data_mb is not None and plan.rates.data.mode != "throttle":
            pooled.append(("data_mb", plan.pool_data_mb, lambda u: u.data_mb))
        if plan.pool_minutes is not None:
            pooled.append(("minutes", plan.pool_minutes, lambda u: u.billed(plan.voice)))
        for resource, pool, used_of in pooled:
            if pool == math.inf:
                continue
            usage = {m: used_of(self.cand.usage[m]) for m in members}
            what: Literal["adds_data_mb", "adds_minutes"] = "adds_data_mb" if resource == "data_mb" else "adds_minutes"
            adds = self._pool_adds(plan, members, what, usage, epoch)
            # data in GB (blocks for per-block pools): MB coefficients of heavy months would dwarf the binaries'
            unit = 1.0 if resource == "minutes" else MB_PER_UNIT
            if resource == "data_mb" and plan.rates.data.mode == "per_block":
                unit = plan.rates.data.block_mb
            for month in range(epoch.first - 1, epoch.last):
                used = _lin(float(usage[m][month]) / unit * sims[m] for m in members)
                if resource == "minutes":
                    over = self.var("poolmin")
                    self.add(over >= used - f * (pool + adds))
                    self.cost_terms.append(plan.rates.minute * over)
                elif plan.rates.data.mode == "per_mb":
                    over = self.var("poolgb")
                    self.add(over >= used - f * (pool / unit + (1 / unit) * adds))
                    self.cost_terms.append(plan.rates.data.price * unit * over)
                else:  # started blocks: k >= (used / f - pool - adds) / block
                    blocks = self.var("poolblocks", pulp.LpInteger)
                    self.add(blocks >= (1 / f) * used - (pool / unit + (1 / unit) * adds) - BLOCK_TOLERANCE)
                    self.cost_terms.append(f * plan.rates.data.price * blocks)

    def _pool_adds(
        self,
        plan: FamilyPlan,
        members: list[str],
        attribute: Literal["adds_data_mb", "adds_minutes"],
        usage: dict[str, FloatArray],
        epoch: Epoch,
    ) -> LpExpression:
        """What the chosen options add to the pool; an unlimited option counts as more than anyone could use."""
        most = sum(float(u.max()) for u in usage.values()) / plan.cycles_per_month + 1
        return _lin(
            min(getattr(p, attribute), most) * v
            for m in members
            for _, p, v in self.plans_in(m, epoch)
            if p.tariff.family_plan == plan.id
        )

    def _pool_serves_at_full_speed(
        self,
        plan: FamilyPlan,
        pool_mb: float,
        members: list[str],
        sims: dict[str, LpExpression],
        epoch: Epoch,
        on_plan: Callable[[Plan], bool],
    ) -> None:
        """A throttled pool (of `pool_mb`) must hold the members' combined data every month, unless every SIM on
        it is a plan of today before its member's switch (the household lives with that already: billing's rule).

        `counted` is 1 when some SIM on the pool is a new or kept plan; the pool's limit binds only then
        (big M: the most the members could use beyond the pool).
        """
        f = plan.cycles_per_month

        def counts(b: Bundle) -> bool:
            return on_plan(b.at(epoch.first)) and not (b.before is not None and epoch.first < b.switch_month)

        new_or_kept = {m: _lin(v for b, v in self.x[m] if counts(b)) for m in members}
        if not any(counts(b) for m in members for b, _ in self.x[m]):
            return  # in this epoch the pool can only be a plan of today before the switch
        counted = None
        if any(not counts(b) and on_plan(b.at(epoch.first)) for m in members for b, _ in self.x[m]):
            counted = self.var("poolkept", pulp.LpBinary)
            for m in members:
                self.add(counted >= new_or_kept[m])
        usage = {m: self.cand.usage[m].data_mb for m in members}
        adds = self._pool_adds(plan, members, "adds_data_mb", usage, epoch)
        for month in range(epoch.first - 1, epoch.last):  # in GB, like the pools' overage
            used = _lin(float(self.cand.usage[m].data_mb[month]) / MB_PER_UNIT * sims[m] for m in members)
            limit = (pool_mb + BLOCK_TOLERANCE) / MB_PER_UNIT + (1 / MB_PER_UNIT) * adds
            if counted is None:
                self.add((1 / f) * used <= limit)
            else:
                most = sum(float(self.cand.usage[m].data_mb[month]) for m in members) / MB_PER_UNIT / f
                self.add((1 / f) * used <= limit + most * (1 - counted))

    def _on_net(self, epoch: Epoch) -> None:
        """z[i,j,g]: i on an on-net tariff group g of provider p, and j anywhere on p, in this epoch."""
        months = range(epoch.first - 1, epoch.last)  # 0-based, like the usage arrays
        for i in self.members:
            usage = self.cand.usage[i]
            plans = self.plans_in(i, epoch)
            groups = sorted({(p.provider, p.tariff.on_net_minute_price) for _, p, _ in plans if p.on_net})
            for provider, price in groups:
                in_group = functools.partial(_in_on_net_group, provider=provider, price=price)
                x_i = self.on_in(i, epoch, in_group)
                saved_terms: dict[int, list[LpExpression]] = {month: [] for month in months}
                for j, minutes in usage.to_members.items():
                    called = float(sum(minutes[month] for month in months))
                    if j == i or j not in self.x or called <= 0:
                        continue
                    x_j = self.on_in(j, epoch, functools.partial(_with_provider, provider=provider))
                    z = self.var("onnet", up=1)
                    self.add(z <= x_i)
                    self.add(z <= x_j)
                    self.add(z >= x_i + x_j - 1)
                    if price:
                        self.cost_terms.append(price * called * z)
                    for month in months:
                        saved_terms[month].append(float(minutes[month]) * z)
                saved = {month: _lin(terms) for month, terms in saved_terms.items()}
                # Plans alike in allowance, voice increment and rate leave the same overage; at most one
                # of them is chosen, so one overage variable per class (switched on by their sum) is exact.
                classes: dict[tuple[float, VoiceBilling, float], list[LpExpression]] = {}
                for _bundle, p, v in plans:
                    if in_group(p) and p.minutes_allowance != math.inf:
                        classes.setdefault((p.minutes_allowance, p.tariff.voice, p.tariff.rates.minute), []).append(v)
                for (allowance, voice, rate), chosen in classes.items():
                    billed = usage.billed(voice)
                    picked = _lin(chosen)
                    for month in months:
                        excess = float(billed[month]) - allowance
                        if excess <= 0:
                            continue
                        over = self.var("ov")
                        self.add(over >= excess * picked - saved[month])
                        self.cost_terms.append(rate * over)

    def _household_limits(self, providers: list[str]) -> None:
        limit = self.constraints.max_providers
        if limit is None:
            return
        used = {p: self.var("prov", pulp.LpBinary) for p in providers}
        for p, u in used.items():
            for m in self.members:
                self.add(u >= self.on(m, functools.partial(_new_with_provider, provider=p)))
        self.add(_lin(used.values()) <= limit)

    def _switch_together(self) -> None:
        """Every member who switches starts the new plan in the same month: one month on, the others off."""
        if not self.constraints.switch_together:
            return
        months = sorted({b.switch_month for pairs in self.x.values() for b, _ in pairs if not b.staying})
        if len(months) < 2:
            return
        start = {s: self.var("together", pulp.LpBinary) for s in months}
        self.add(_lin(start.values()) <= 1)
        for pairs in self.x.values():
            for s in months:
                self.add(_lin(v for b, v in pairs if not b.staying and b.switch_month == s) <= start[s])

    # -- solving ---------------------------------------------------------------
    def solve(self, solver: str = "cbc", time_limit: float | None = None) -> Solution:
        if solver not in SOLVERS:
            raise SolverError(
                _("unknown solver {solver!r}; use one of {solvers}").format(solver=solver, solvers=", ".join(SOLVERS))
            )
        if time_limit is not None and (
            isinstance(time_limit, bool) or not isinstance(time_limit, (int, float)) or not 0 < time_limit < math.inf
        ):
            raise SolverError(
                _("time_limit: {value!r} is not a number of seconds above 0 (or None: no limit)").format(
                    value=time_limit
                )
            )
        options = dict(msg=False, timeLimit=time_limit, gapRel=0.0, gapAbs=ABSOLUTE_GAP)
        engine = pulp.HiGHS(**options) if solver == "highs" else pulp.PULP_CBC_CMD(**options)
        started = time.perf_counter()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.prob.solve(engine)
        except Exception as exc:  # PuLP and the solvers raise anything from PulpError to IndexError
            other = "cbc" if solver == "highs" else "highs"
            raise SolverError(
                _(
                    "the {solver} solver failed ({error}); try the other solver (--solver {other}), fewer "
                    "constraints, or check the household's usage for implausible amounts"
                ).format(solver=solver, error=f"{type(exc).__name__}: {exc}", other=other)
            ) from exc
        seconds = time.perf_counter() - started
        sol = self.prob.sol_status
        infeasible = self.prob.status == pulp.LpStatusInfeasible  # HiGHS says so here, with no solution status
        if infeasible or sol in (pulp.LpSolutionInfeasible, pulp.LpSolutionUnbounded):
            return Solution("infeasible", None, None, seconds)
        if sol not in (pulp.LpSolutionOptimal, pulp.LpSolutionIntegerFeasible):
            return Solution("not_solved", None, None, seconds)
        chosen: dict[str, Bundle] = {}
        for member, pairs in self.x.items():
            chosen[member] = max(pairs, key=lambda bv: bv[1].varValue or 0.0)[0]
        status: SolveStatus = "optimal" if sol == pulp.LpSolutionOptimal else "feasible"
        assignment: Assignment = {m: b.to_choice() for m, b in chosen.items()}
        objective = self.total.value()  # None only for an objective with no terms at all
        return Solution(status, assignment, self.total.constant if objective is None else objective, seconds, chosen)
