"""The distribution: every package folder is shipped, no bare `ui` lands in site-packages, and a wheel
built from the repository installs into an empty venv and starts with no checkout on the path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile

import pytest

from .helpers import ROOT

PACKAGE_ROOTS = {"tariff_advisor": "tariff_advisor", "ui": "tariff_advisor_ui"}


def _configured() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(_configured()["packages"])
    for folder, name in PACKAGE_ROOTS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            dotted = ".".join([name, *init.parent.relative_to(ROOT / folder).parts])
            assert dotted in listed, f"{dotted} is missing from [tool.setuptools] packages"


def test_ui_is_installed_under_a_distinctive_name():
    setuptools = _configured()
    assert "ui" not in setuptools["packages"] and setuptools["package-dir"]["tariff_advisor_ui"] == "ui"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["tariff-advisor"].startswith("tariff_advisor_ui.")


@pytest.mark.slow  # builds a wheel and a venv: about a minute, most of it pip
def test_wheel_installs_into_an_empty_venv_and_starts(tmp_path):
    dist, venv, source = tmp_path / "dist", tmp_path / "venv", tmp_path / "source"
    # a copy, so that setuptools' build/ folder neither litters the checkout nor carries stale modules
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".*", "build", "*.egg-info", "__pycache__"))
    pip_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)],
        check=True,
        env=pip_env,
        cwd=tmp_path,
    )
    [wheel] = dist.glob("tariff_advisor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert not any(n.startswith("ui/") for n in names)
    assert "tariff_advisor_ui/cli.py" in names and "tariff_advisor/_data/tariffs/kite.yaml" in names
    assert "tariff_advisor/_data/households/berger-family.yaml" in names
    assert "tariff_advisor/usage/data/needs.yaml" in names
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)], check=True, env=pip_env, cwd=tmp_path)
    # outside the checkout, with no PYTHONPATH: only the installed wheel can answer
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    for args in (["--help"], ["gui", "--help"], ["validate"]):
        result = subprocess.run(
            [str(venv / "bin" / "tariff-advisor"), *args], capture_output=True, text=True, cwd=tmp_path, env=clean
        )
        assert result.returncode == 0, result.stderr
    probe = "import importlib.util as u, tariff_advisor as t; print(u.find_spec('ui'), t.__file__)"
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=clean, check=True
    ).stdout
    assert where.startswith("None ") and str(venv) in where
