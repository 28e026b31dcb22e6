"""Where the shipped catalogue and example households live.

From an installed wheel they are package data (tariff_advisor/_data/...);
from a checkout or an editable install they are the repository's own folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # tariff_advisor/
_REPO_DIR = _PACKAGE_DIR.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def shipped_catalogue_dir() -> Path:
    return _first_existing(_PACKAGE_DIR / "_data" / "tariffs", _REPO_DIR / "data" / "tariffs")


def example_households_dir() -> Path:
    return _first_existing(_PACKAGE_DIR / "_data" / "households", _REPO_DIR / "examples" / "households")


def example_family_path() -> Path:
    return example_households_dir() / "berger-family.yaml"
