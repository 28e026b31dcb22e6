"""Where the shipped catalogue and example households live.

From an installed wheel they are package data (tariff_advisor/_data/...);
from a checkout or an editable install they are the repository's own folders;
in a PyInstaller bundle they are unpacked under sys._MEIPASS with the same package layout.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # tariff_advisor/
_REPO_DIR = _PACKAGE_DIR.parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (it sets sys.frozen and sys._MEIPASS)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _package_dir() -> Path:
    # Frozen modules live in an archive, so __file__ is only nominal there: the bundle's data folder is the
    # one place the data files really are (packaging/tariff-advisor.spec puts them under tariff_advisor/).
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS")) / "tariff_advisor"  # noqa: B009 - not in sys's stubs
    return _PACKAGE_DIR


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def shipped_catalogue_dir() -> Path:
    return _first_existing(_package_dir() / "_data" / "tariffs", _REPO_DIR / "data" / "tariffs")


def example_households_dir() -> Path:
    return _first_existing(_package_dir() / "_data" / "households", _REPO_DIR / "examples" / "households")


def example_family_path() -> Path:
    return example_households_dir() / "berger-family.yaml"
