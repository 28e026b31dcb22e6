"""Where the shipped catalogue and example households live.

From an installed wheel they are package data (tariff_advisor/_data/...);
from a checkout or an editable install they are the repository's own folders;
in a PyInstaller bundle they are unpacked under sys._MEIPASS with the same package layout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

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


# -- installed catalogue releases ----------------------------------------------------------------------
# Releases are installed per user (platformdirs); the variables move them elsewhere (tests, a shop's till).
DATA_VARIABLE = "TARIFF_ADVISOR_DATA"
CONFIG_VARIABLE = "TARIFF_ADVISOR_CONFIG"
APP_NAME = "Tariff Advisor"
IN_USE_FILE = "in-use"  # holds the version of the release in use; absent: the shipped sample market


def data_dir() -> Path:
    override = os.environ.get(DATA_VARIABLE)
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    override = os.environ.get(CONFIG_VARIABLE)
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)


def releases_dir() -> Path:
    return data_dir() / "releases"


def trusted_keys_dir() -> Path:
    """The publisher keys this installation trusts besides the shipped sample key (`*.pub`)."""
    return config_dir() / "trusted-keys"


def version_in_use() -> str | None:
    """The version of the installed release in use, None for the shipped sample market."""
    try:
        text = (releases_dir() / IN_USE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def catalogue_in_use_dir() -> Path:
    """The folder `load_catalogue()` reads: the release selected, if it is still there, else the shipped market."""
    version = version_in_use()
    if version is not None:
        folder = releases_dir() / version
        if folder.is_dir():
            return folder
    return shipped_catalogue_dir()


def sample_release_dir() -> Path:
    """The sample publisher's public key and the shipped sample market's signed release."""
    return _PACKAGE_DIR / "release" / "sample"
