"""The user's constraints on a recommendation, as plain data, checked against household and catalogue.

    {"locks": {"Anna": {"provider": "kite", "tariff": "ki-20", "options": ["ki-5g"], "require": ["5g"],
                        "phone": "pixel-10-128", "switch_month": 4}},
     "exclude_providers": ["blitz"], "max_providers": 2, "only_tariffs": ["nw-mobil-m", ...],
     "budget_per_month": 80, "require": ["5g"], "switch_together": true}

A phone lock is a device id or "keep" (the member keeps the current phone); a switch-month lock
is a horizon month (1 = now) in which the member starts a new plan; `switch_together` makes every
member who switches switch in the same month.

Each constraint is split into named items so an infeasible set can be explained
by the items that cannot be met together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, overload

from tariff_advisor.catalogue.model import Catalogue
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.model import Household
from tariff_advisor.i18n import _, money, ngettext

# Features a bundle has because of what it includes, besides the catalogue's network features.
DERIVED_FEATURES = ("unlimited_data", "unlimited_minutes", "no_throttling")
LOCK_KEYS = ("provider", "tariff", "options", "require", "phone", "switch_month")
KEYS = (
    "locks",
    "exclude_providers",
    "max_providers",
    "only_tariffs",
    "budget_per_month",
    "require",
    "switch_together",
)
KEEP_PHONE = "keep"  # a phone lock's value for "keeps the current phone"


# The kinds of item, by what their value is: a name (provider, tariff, option or feature), a count,
# a set of tariff ids, or an amount a month.
NamedKind = Literal[
    "lock_provider", "lock_tariff", "lock_option", "lock_require", "exclude_provider", "require", "lock_phone"
]
ItemKind = NamedKind | Literal["max_providers", "only_tariffs", "budget", "lock_switch_month", "switch_together"]
ItemValue = str | int | tuple[str, ...] | float | bool


class ConstraintError(TariffAdvisorError):
    """A constraint that names something that does not exist, or has the wrong form."""


@dataclass(frozen=True)
class Item:
    """One constraint the user set, e.g. ("lock_provider", "Anna", "kite")."""

    kind: ItemKind
    member: str | None
    # str for the named kinds (lock_phone: a device id or "keep"), int for max_providers and lock_switch_month,
    # tuple for only_tariffs, float for budget, True for switch_together
    value: ItemValue

    def describe(self, catalogue: Catalogue | None = None) -> str:
        """The constraint as the user reads it: tariffs, options, providers and phones by the catalogue's names
        (their ids without a catalogue, or for one it does not know), the budget in the catalogue's currency."""
        names = _Names(catalogue)
        v = self.value
        member = self.member
        if self.kind == "lock_phone":
            if v == KEEP_PHONE:
                return _("{member} keeps the current phone").format(member=member)
            return _("{member} gets the phone {device}").format(member=member, device=names.device(str(v)))
        if self.kind == "lock_switch_month":
            return _("{member} switches in month {month}").format(member=member, month=v)
        if self.kind == "switch_together":
            return _("everyone who switches switches at once (in the same month)")
        if self.kind == "lock_tariff":
            tariff, provider = names.tariff(str(v))
            if provider is None:
                return _("{member} takes tariff {tariff}").format(member=member, tariff=tariff)
            return _("{member} takes the tariff {tariff} from {provider}").format(
                member=member, tariff=tariff, provider=provider
            )
        return {
            "lock_provider": lambda: _("{member} stays with provider {provider}").format(
                member=member, provider=names.provider(str(v))
            ),
            "lock_option": lambda: _("{member} takes option {option}").format(
                member=member, option=names.option(str(v))
            ),
            "lock_require": lambda: _("{member} needs {feature}").format(member=member, feature=v),
            "exclude_provider": lambda: _("provider {provider} is excluded").format(provider=names.provider(str(v))),
            "max_providers": lambda: ngettext(
                "at most {count} provider for the household",
                "at most {count} providers for the household",
                v if isinstance(v, int) else 2,
            ).format(count=v),
            "only_tariffs": lambda: _("only the tariffs {tariffs}").format(
                tariffs=", ".join(names.tariff(t)[0] for t in v) if isinstance(v, tuple) else v
            ),
            "budget": lambda: _("a budget of {amount} a month").format(
                amount=money(v if isinstance(v, float) else None, names.currency)
            ),
            "require": lambda: _("every member needs {feature}").format(feature=v),
        }[self.kind]()


@dataclass(frozen=True)
class _Names:
    """Names of the catalogue's things for a sentence; an id where there is no catalogue or it lacks the id."""

    catalogue: Catalogue | None

    @property
    def currency(self) -> str:
        return self.catalogue.currency if self.catalogue is not None else ""

    def provider(self, provider: str) -> str:
        known = self.catalogue.providers.get(provider) if self.catalogue is not None else None
        return known.name if known is not None else provider

    def tariff(self, tariff: str) -> tuple[str, str | None]:
        """(the tariff's name, its provider's name); (the id, None) for a tariff the catalogue does not have."""
        if self.catalogue is None or not self.catalogue.has_tariff(tariff):
            return tariff, None
        known = self.catalogue.tariff(tariff)
        return known.name, self.provider(known.provider)

    def option(self, option: str) -> str:
        if self.catalogue is None or not self.catalogue.has_option(option):
            return option
        return self.catalogue.option(option).name

    def device(self, device: str) -> str:
        known = self.catalogue.devices.get(device) if self.catalogue is not None else None
        return known.name if known is not None else device


@dataclass
class Constraints:
    items: list[Item] = field(default_factory=list)

    @overload
    def of_kind(self, kind: NamedKind, member: str | None = None) -> list[str]: ...
    @overload
    def of_kind(self, kind: Literal["max_providers"], member: str | None = None) -> list[int]: ...
    @overload
    def of_kind(self, kind: Literal["only_tariffs"], member: str | None = None) -> list[tuple[str, ...]]: ...
    @overload
    def of_kind(self, kind: Literal["budget"], member: str | None = None) -> list[float]: ...
    @overload
    def of_kind(self, kind: Literal["lock_switch_month"], member: str | None = None) -> list[int]: ...
    @overload
    def of_kind(self, kind: Literal["switch_together"], member: str | None = None) -> list[bool]: ...

    def of_kind(self, kind: ItemKind, member: str | None = None) -> list[Any]:
        """The values of the items of one kind (of one member's, or of everyone's); the kind fixes their type."""
        return [i.value for i in self.items if i.kind == kind and (member is None or i.member == member)]

    @property
    def max_providers(self) -> int | None:
        values = self.of_kind("max_providers")
        return min(values) if values else None

    @property
    def budget_per_month(self) -> float | None:
        values = self.of_kind("budget")
        return min(values) if values else None

    @property
    def switch_together(self) -> bool:
        return any(self.of_kind("switch_together"))


def known_features(catalogue: Catalogue) -> set[str]:
    found = set(DERIVED_FEATURES)
    for tariff in catalogue.tariffs:
        found |= tariff.features
    for option in catalogue.options:
        found |= option.features
    return found


def _as_list(value: Any, what: str) -> list[Any]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, (list, tuple)):
        raise ConstraintError(_("{what}: expected a list, got {value!r}").format(what=what, value=value))
    return list(value)


def parse_constraints(raw: dict[str, Any] | None, household: Household, catalogue: Catalogue) -> Constraints:
    """Check every name in `raw` and split it into items; unknown names get a clear message."""
    raw = dict(raw or {})
    unknown = [k for k in raw if k not in KEYS]
    if unknown:
        raise ConstraintError(
            _("unknown constraint {name!r}; the constraints are {names}").format(name=unknown[0], names=", ".join(KEYS))
        )
    providers, features = set(catalogue.providers), known_features(catalogue)
    items: list[Item] = []

    def check_provider(p: str, what: str) -> None:
        if p not in providers:
            raise ConstraintError(
                _("{what}: unknown provider {provider!r}; the providers are {providers}").format(
                    what=what, provider=p, providers=", ".join(sorted(providers))
                )
            )

    def check_feature(f: str, what: str) -> None:
        if f not in features:
            raise ConstraintError(
                _("{what}: unknown feature {feature!r}; the features are {features}").format(
                    what=what, feature=f, features=", ".join(sorted(features))
                )
            )

    for name, lock in (raw.get("locks") or {}).items():
        if name not in household.member_names:
            raise ConstraintError(
                _("lock for {name!r}: not a member (members: {members})").format(
                    name=name, members=", ".join(household.member_names)
                )
            )
        where = _("lock for {name}").format(name=name)
        bad = [k for k in lock if k not in LOCK_KEYS]
        if bad:
            raise ConstraintError(
                _("{where}: unknown key {key!r}; a lock takes {keys}").format(
                    where=where, key=bad[0], keys=", ".join(LOCK_KEYS)
                )
            )
        if lock.get("provider"):
            check_provider(lock["provider"], where)
            items.append(Item("lock_provider", name, lock["provider"]))
        if lock.get("tariff"):
            if not catalogue.has_tariff(lock["tariff"]):
                raise ConstraintError(
                    _("{where}: unknown tariff {tariff!r}").format(where=where, tariff=lock["tariff"])
                )
            items.append(Item("lock_tariff", name, lock["tariff"]))
        for option_id in _as_list(lock.get("options", []), f"{where}: options"):
            if not catalogue.has_option(option_id):
                raise ConstraintError(_("{where}: unknown option {option!r}").format(where=where, option=option_id))
            items.append(Item("lock_option", name, option_id))
        for feature in _as_list(lock.get("require", []), f"{where}: require"):
            check_feature(feature, where)
            items.append(Item("lock_require", name, feature))
        if lock.get("phone") is not None:
            items.append(Item("lock_phone", name, _phone(lock["phone"], name, catalogue)))
        if lock.get("switch_month") is not None:
            items.append(Item("lock_switch_month", name, _month(lock["switch_month"], name, household)))
    for member in household.members:  # what the household file says a member needs
        for feature in member.needs:
            if Item("lock_require", member.name, feature) not in items:
                check_feature(feature, _("{member}'s needs").format(member=member.name))
                items.append(Item("lock_require", member.name, feature))
    for p in _as_list(raw.get("exclude_providers", []), "exclude_providers"):
        check_provider(p, "exclude_providers")
        items.append(Item("exclude_provider", None, p))
    if raw.get("max_providers") is not None:
        n = raw["max_providers"]
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise ConstraintError(
                _("max_providers: expected a whole number of 1 or more, got {value!r}").format(value=n)
            )
        items.append(Item("max_providers", None, n))
    if raw.get("only_tariffs"):
        ids = _as_list(raw["only_tariffs"], "only_tariffs")
        missing = [t for t in ids if not catalogue.has_tariff(t)]
        if missing:
            raise ConstraintError(_("only_tariffs: unknown tariff {tariff!r}").format(tariff=missing[0]))
        items.append(Item("only_tariffs", None, tuple(ids)))
    if raw.get("budget_per_month") is not None:
        budget = raw["budget_per_month"]
        if not isinstance(budget, (int, float)) or isinstance(budget, bool) or budget < 0:
            raise ConstraintError(
                _("budget_per_month: expected an amount of 0 or more, got {value!r}").format(value=budget)
            )
        items.append(Item("budget", None, float(budget)))
    for feature in _as_list(raw.get("require", []), "require"):
        check_feature(feature, "require")
        items.append(Item("require", None, feature))
    together = raw.get("switch_together")
    if together is not None and not isinstance(together, bool):
        raise ConstraintError(_("switch_together: expected true or false, got {value!r}").format(value=together))
    if together:
        items.append(Item("switch_together", None, True))
    return Constraints(items)


def _phone(value: Any, name: str, catalogue: Catalogue) -> str:
    devices = getattr(catalogue, "devices", {})
    if value == KEEP_PHONE or (isinstance(value, str) and value in devices):
        return str(value)
    known = ", ".join(sorted(devices)) or _("none in this catalogue")
    raise ConstraintError(
        _("lock for {name}: phone: unknown device {device!r}; give {keep!r} or a device id ({known})").format(
            name=name, device=value, keep=KEEP_PHONE, known=known
        )
    )


def _month(value: Any, name: str, household: Household) -> int:
    horizon = household.horizon_months
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= horizon:
        raise ConstraintError(
            _(
                "lock for {name}: switch_month: expected a month from 1 (now) to {horizon} (the horizon), got {value!r}"
            ).format(name=name, horizon=horizon, value=value)
        )
    return value
