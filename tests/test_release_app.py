"""Catalogue releases in the app: the shop folder at start, Catalogue -> Install, the banner (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

import tariff_advisor as ta
import tariff_advisor_ui.releases as releases
from tariff_advisor.io.resources import version_in_use
from tariff_advisor_ui import app
from tariff_advisor_ui import settings as keys

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"
SHIPPED_RELEASE = ROOT / "tariff_advisor" / "release" / "sample" / "sample-market-2026.11.25.zip"


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(releases, "warn", lambda parent, text, detail: said.append(f"{text}\n{detail}"))
    return said


def test_a_newer_release_in_the_shop_folder_is_installed_at_start(qtbot, tmp_path, settings, warnings):
    share = tmp_path / "share"
    share.mkdir()
    shutil.copy(SHIPPED_RELEASE, share)
    window = app.build(FAMILY, None, settings, shop_folder=share)
    assert window is not None
    qtbot.addWidget(window)
    assert window.session.catalogue.release.version == "2026.11.25" and not warnings
    assert "Installed catalogue release 2026.11.25 from the shop folder" in window.statusBar().currentMessage()
    banner = window.release_banner.text()
    # the sample release was signed again on 2026-12-05 when the phones joined the market (its version kept)
    assert "Catalogue release 2026.11.25 of 2026-12-05" in banner and "prices checked 2026-10-15" in banner
    assert window.release_banner.stale and "more than 14 days old" in banner
    assert settings.value(keys.SHOP_FOLDER) == str(share)  # remembered for the next start


def test_a_refused_release_in_the_shop_folder_is_a_dialog_and_the_catalogue_stays(qtbot, tmp_path, settings, warnings):
    share = tmp_path / "share"
    share.mkdir()
    raw = bytearray(SHIPPED_RELEASE.read_bytes())
    raw[len(raw) // 3] ^= 0xFF
    (share / "tampered.zip").write_bytes(bytes(raw))
    settings.setValue(keys.SHOP_FOLDER, str(share))
    window = app.build(FAMILY, None, settings)
    assert window is not None
    qtbot.addWidget(window)
    [said] = warnings
    assert f"shop folder {share} was refused" in said and "tampered.zip" in said
    assert "the catalogue in use stays the shipped sample market" in said
    assert window.session.catalogue.release is None and version_in_use() is None


def test_catalogue_install_in_the_window_checks_installs_and_reprices(qtbot, window, monkeypatch, warnings, tmp_path):
    assert "not a signed release" in window.release_banner.text()
    bad = tmp_path / "truncated.zip"
    bad.write_bytes(SHIPPED_RELEASE.read_bytes()[:500])
    chosen = [str(bad), str(SHIPPED_RELEASE)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen.pop(0), ""))
    [install] = next(a for a in window.menuBar().actions() if a.text() == "&Catalogue").menu().actions()[1:2]
    install.trigger()
    [said] = warnings
    assert "not installed" in said and "truncated.zip" in said and window.session.catalogue.release is None
    install.trigger()
    assert window.session.catalogue.release.version == "2026.11.25"
    assert "Catalogue release 2026.11.25" in window.release_banner.text()
    assert ta.load_catalogue().release.version == "2026.11.25"
