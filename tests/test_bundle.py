"""The standalone bundle (packaging/): built with PyInstaller, it runs its self-test with no Python
environment on PATH, and writes its settings and log to the platform's places, never into its own folder."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ROOT

NAME = "tariff-advisor"
NO_PYTHON_PATH = "/usr/bin:/bin"  # the system's tools only: no venv, no PYTHONPATH, no PYTHONHOME


def _clean_env(home: Path) -> dict[str, str]:
    """A user's environment with nothing of ours in it: a fresh home, no venv, no Python variables."""
    return {"PATH": NO_PYTHON_PATH, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def _listing(folder: Path) -> dict[str, int]:
    """Every file under `folder` with its size: what a run must leave as it found it."""
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle, built once for this module into a temporary folder (a few minutes on two cores)."""
    assert importlib.util.find_spec("PyInstaller"), 'PyInstaller is missing: pip install -e ".[dev,bundle]"'
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        check=True,
        cwd=out,
    )
    return out / "dist" / NAME


@pytest.mark.slow
def test_bundle_holds_the_data_solvers_and_qt_plugins(bundle: Path) -> None:
    internal = bundle / "_internal"
    expected = [
        "tariff_advisor/_data/tariffs/kite.yaml",
        "tariff_advisor/_data/households/berger-family.yaml",
        "tariff_advisor/usage/data/needs.yaml",
        "tariff_advisor_ui/advisor/help/user-guide.html",
        "tariff_advisor_ui/advisor/help/user-guide.de.html",
        "tariff_advisor_ui/translations/tariff_advisor_de.qm",
        "tariff_advisor/locale/de/LC_MESSAGES/tariff_advisor.po",
        "babel/locale-data/de_DE.dat",
        "matplotlib/mpl-data/matplotlibrc",
    ]
    assert list(internal.glob("tariff_advisor/release/sample/*.pub")), "the sample publisher's key is missing"
    assert list(internal.glob("tariff_advisor/release/sample/*.zip")), "the signed sample market is missing"
    for relative in expected:
        assert (internal / relative).is_file(), relative
    [cbc] = internal.glob("pulp/solverdir/cbc/*/*/cbc*")
    assert os.access(cbc, os.X_OK)
    assert list(internal.glob("highspy/_core*")), "HiGHS is missing"
    platforms = {p.name for p in internal.glob("PySide6/Qt/plugins/platforms/*")}
    assert {"libqoffscreen.so", "libqxcb.so"} <= platforms, platforms
    assert (bundle / "tariff-advisor.desktop").is_file() and (bundle / "tariff-advisor.png").is_file()


@pytest.mark.slow
def test_bundle_checks_itself_without_python_and_writes_nothing_beside_itself(bundle: Path, tmp_path: Path) -> None:
    home, cwd, out = tmp_path / "home", tmp_path / "cwd", tmp_path / "out"
    home.mkdir()
    cwd.mkdir()
    before = _listing(bundle)
    result = subprocess.run(
        [str(bundle / NAME), "gui", "--self-test", str(out)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=_clean_env(home),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for solver in ("highs", "cbc"):
        assert (out / f"self-test-{solver}.pdf").read_bytes().startswith(b"%PDF"), solver
    assert "German translations of the app and the advice load" in result.stdout
    assert _listing(bundle) == before, "the app wrote into its own folder"
    assert not list(cwd.iterdir()), "the app wrote into the working directory"
    # where they belong on Linux (XDG): the settings under ~/.config, the log under ~/.local/state
    assert list((home / ".config" / "TariffAdvisor").glob("*.conf")), sorted(map(str, home.rglob("*")))
    assert list((home / ".local" / "state").rglob("tariff-advisor.log"))
    assert (home / ".local" / "share" / "Tariff Advisor" / "catalogue" / "kite.yaml").is_file()  # the user's copy


def test_self_test_fails_with_a_message_when_a_solver_fails(tmp_path: Path) -> None:
    probe = (
        "import sys, tariff_advisor_ui.self_test as t; t.SOLVERS = ('no-such-solver',); "
        f"sys.exit(t.run_self_test(__import__('pathlib').Path({str(tmp_path / 'out')!r})))"
    )
    env = {**os.environ, "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_CONFIG_HOME", None)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-test FAILED: optimising with no-such-solver: unknown solver" in result.stderr
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_from_source_the_app_opens_the_shipped_catalogue_itself() -> None:
    from tariff_advisor_ui import app

    assert app.default_catalogue_dir() is None


def test_frozen_the_app_works_on_its_own_copy_of_the_catalogue_and_keeps_it(monkeypatch, tmp_path: Path) -> None:
    from tariff_advisor.io.resources import shipped_catalogue_dir
    from tariff_advisor_ui import app

    installed = tmp_path / "data" / "catalogue"
    monkeypatch.setattr(app, "is_frozen", lambda: True)
    monkeypatch.setattr(app, "installed_catalogue_dir", lambda: installed)
    assert app.default_catalogue_dir() == installed
    assert sorted(p.name for p in installed.iterdir()) == sorted(p.name for p in shipped_catalogue_dir().iterdir())
    (installed / "kite.yaml").write_text("# the user's edit\n", encoding="utf-8")
    assert app.default_catalogue_dir() == installed
    assert (installed / "kite.yaml").read_text(encoding="utf-8") == "# the user's edit\n"
