"""Small, hand-checkable catalogues and households for tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import tariff_advisor as ta
from tariff_advisor.household.model import CurrentPlan, Household, Member, MonthlyUsage

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The domain CLI in a fresh interpreter, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "tariff_advisor.cli", *args], capture_output=True, text=True, cwd=ROOT)


PROVIDER_HEAD = """\
format_version: 1
provider: {{id: {pid}, name: {name}, currency: EUR}}
checked: 2026-11-01
"""


def write_provider(directory: Path, pid: str, body: str, name: str | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{pid}.yaml"
    path.write_text(PROVIDER_HEAD.format(pid=pid, name=name or pid.title()) + textwrap.dedent(body))
    return path


def catalogue(tmp_path: Path, **providers: str) -> ta.Catalogue:
    directory = tmp_path / "catalogue"
    for pid, body in providers.items():
        write_provider(directory, pid, body)
    return ta.load_catalogue(directory)


def usage(**fields) -> MonthlyUsage:
    return MonthlyUsage(**fields)


def member(
    name: str, *months: MonthlyUsage, age: int | None = 40, student: bool = False, current: CurrentPlan | None = None
) -> Member:
    return Member(name, tuple(months) or (MonthlyUsage(),), age, student, (), current)


def household(*members: Member, horizon: int = 1, **kwargs) -> Household:
    return Household("test", tuple(members), horizon_months=horizon, **kwargs)


def lines(bill: ta.Bill, label_part: str, member: str | None = None) -> list[float]:
    return [
        line.amount for line in bill.lines if label_part in line.label and (member is None or line.member == member)
    ]
