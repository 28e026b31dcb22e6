"""Independence: the ranking uses a provider's prices and rules, nothing else (EECC art. 103(3): a comparison
tool treats providers equally). Renaming providers (ids and names), reordering their files and changing their
metadata (website, source, checked date, the sample flag, descriptions in comments) never changes the
recommended total or the tariffs chosen, with either solver, for every example household."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

import tariff_advisor as ta
from tariff_advisor.catalogue.loading import is_devices_document
from tariff_advisor.io.resources import shipped_catalogue_dir


def is_devices_file(path: Path) -> bool:
    return is_devices_document(YAML(typ="safe").load(path))


EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "households"
HOUSEHOLDS = tuple(sorted(p.name for p in EXAMPLES.glob("*.yaml")))
# the provider files; a devices file (phones at retail prices, no `provider` key) belongs to no provider
DEVICES_FILES = tuple(sorted(p.name for p in shipped_catalogue_dir().glob("*.yaml") if is_devices_file(p)))
PROVIDERS = tuple(sorted(p.stem for p in shipped_catalogue_dir().glob("*.yaml") if not is_devices_file(p)))
SOLVERS = ("highs", "cbc")


@dataclass(frozen=True)
class Disguise:
    """Everything about a provider that is not a price or a rule, changed."""

    id: str
    name: str
    website: str | None
    source: str | None
    checked: dt.date | None
    sample: bool
    description: str  # a comment at the top of the file
    rank: int  # where its file sorts among the others


identifiers = st.from_regex(r"[a-z0-9][a-z0-9._-]{0,20}", fullmatch=True)
words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40)
disguises = st.lists(identifiers, min_size=len(PROVIDERS), max_size=len(PROVIDERS), unique=True).flatmap(
    lambda ids: st.permutations(range(len(ids))).flatmap(
        lambda ranks: st.tuples(
            *(
                st.builds(
                    Disguise,
                    id=st.just(pid),
                    name=words.filter(str.strip),
                    website=st.none() | words,
                    source=st.none() | words,
                    checked=st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
                    sample=st.booleans(),
                    description=words,
                    rank=st.just(rank),
                )
                for pid, rank in zip(ids, ranks, strict=True)
            )
        )
    )
)


def _disguised_catalogue(folder: Path, disguise: dict[str, Disguise]) -> Path:
    """The shipped catalogue copied to `folder`, each provider disguised (its prices and rules untouched); the
    devices files (retail prices the offers refer to) are copied as they are: they name no provider."""
    yaml = YAML()  # round trip: comments and layout kept, as a person edits the file
    for name in DEVICES_FILES:
        shutil.copyfile(shipped_catalogue_dir() / name, folder / name)
    for original, new in disguise.items():
        data = yaml.load(shipped_catalogue_dir() / f"{original}.yaml")
        data["provider"]["id"], data["provider"]["name"] = new.id, new.name
        for key, value in (("website", new.website),):
            data["provider"].pop(key, None)
            if value is not None:
                data["provider"][key] = value
        for key, value in (("source", new.source), ("checked", new.checked)):
            data.pop(key, None)
            if value is not None:
                data.insert(1, key, value)
        data["sample"] = new.sample
        data.yaml_set_start_comment(new.description.replace("\n", " "))
        with (folder / f"{new.rank:02d}-{new.id}.yaml").open("w", encoding="utf-8") as out:
            yaml.dump(data, out)
    return folder


@cache
def _plain(household: str, solver: str) -> tuple[float, dict]:
    rec = ta.recommend(ta.load_household(EXAMPLES / household), ta.load_catalogue(), solver=solver)
    assert rec.plans is not None and rec.proven_optimal
    return rec.plans.bill.total, rec.plans.assignment


def test_the_disguise_really_changes_the_files(tmp_path):
    """The test below can fail: a disguised catalogue loads with the new ids, names, metadata and order."""
    disguise = {
        p: Disguise(f"x{i}", f"Name {i}", None, f"src {i}", dt.date(2021, 1, 1), False, "d", len(PROVIDERS) - i)
        for i, p in enumerate(PROVIDERS)
    }
    catalogue = ta.load_catalogue(_disguised_catalogue(tmp_path, disguise))
    assert list(catalogue.providers) == [f"x{i}" for i in reversed(range(len(PROVIDERS)))]
    assert {p.name for p in catalogue.providers.values()} == {f"Name {i}" for i in range(len(PROVIDERS))}
    assert {t.provider for t in catalogue.tariffs} == set(catalogue.providers)
    shipped = ta.load_catalogue()  # the phones and their offers come along, the offers under the new ids
    assert catalogue.devices == shipped.devices and len(catalogue.device_offers) == len(shipped.device_offers)
    assert {o.provider for o in catalogue.device_offers} == set(catalogue.providers)
    assert catalogue.checked == dt.date(2021, 1, 1) and not any(p.sample for p in catalogue.providers.values())


@settings(max_examples=12, deadline=None)
@given(
    disguise=disguises,
    household=st.sampled_from(HOUSEHOLDS),
    solver=st.sampled_from(SOLVERS),
)
def test_the_ranking_ignores_everything_but_prices_and_rules(disguise, household, solver):
    mapping = dict(zip(PROVIDERS, disguise, strict=True))
    total, assignment = _plain(household, solver)
    with tempfile.TemporaryDirectory() as folder:
        catalogue = ta.load_catalogue(_disguised_catalogue(Path(folder), mapping))
    home = ta.load_household(EXAMPLES / household)
    if home.home_broadband_provider in mapping:  # the household names its broadband provider by id: renamed too
        home = replace(home, home_broadband_provider=mapping[home.home_broadband_provider].id)
    rec = ta.recommend(home, catalogue, solver=solver)
    assert rec.plans is not None and rec.proven_optimal
    assert rec.plans.bill.total == pytest.approx(total, abs=0.005)
    assert rec.plans.assignment == assignment  # the same tariffs and options (their ids are not the provider's)
    renamed = {new.id for new in disguise}
    chosen = {rec.catalogue.tariff(c["tariff"]).provider for c in rec.plans.assignment.values()}
    assert {p for p in chosen if not p.startswith("current:")} <= renamed  # chosen under their new ids
