"""The catalogue editor's File -> Release (issue 14): the CLI's checks, the changes and the impact on the example
households shown before signing, and a release that installs as `tariff-advisor catalogue install` does."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

import tariff_advisor as ta
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor.release import install
from tariff_advisor.release.building import next_version
from tariff_advisor.release.manifest import version_key
from tariff_advisor_ui import settings as keys
from tariff_advisor_ui.editor.editor_window import EditorWindow
from tariff_advisor_ui.editor.session import CatalogueSession

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_KEY = ROOT / "tests" / "data" / "release" / "sample-publisher.key"
SHIPPED_RELEASE = ROOT / "tariff_advisor" / "release" / "sample" / "sample-market-2026.12.05.zip"


@pytest.fixture
def folder(tmp_path) -> Path:
    return Path(shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs"))


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_editor(qtbot, folder: Path, settings: QSettings) -> EditorWindow:
    editor = EditorWindow(CatalogueSession.open(folder), settings)
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "discarded", True))
    editor.show()
    return editor


def file_release(editor: EditorWindow) -> None:
    [action] = [a for a in editor.menuBar().actions()[0].menu().actions() if a.text() == "&Release..."]
    action.trigger()


def preview(qtbot, dialog) -> None:
    """Click "Show changes and impact" and wait for the background task (the dialog stays usable meanwhile)."""
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.previewing(), timeout=60000)


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_release_shows_changes_and_impact_then_writes_a_release_that_installs(qtbot, folder, settings, tmp_path):
    kite = folder / "kite.yaml"
    kite.write_text(kite.read_text("utf-8").replace("16.99", "15.99", 1), "utf-8")  # one price changed
    editor = open_editor(qtbot, folder, settings)
    file_release(editor)
    dialog = editor.release_dialog
    assert dialog.isVisible() and not dialog.release_button.isEnabled()  # not before the preview
    type_into(qtbot, dialog.version, "2026.12.10")
    qtbot.keyClicks(dialog.coverage, "4 of the 6 national networks; no resellers")
    qtbot.keyClicks(dialog.publisher, "Example Editors Ltd")
    qtbot.keyClicks(dialog.key_file, str(SAMPLE_KEY))
    qtbot.keyClicks(dialog.previous, str(SHIPPED_RELEASE))
    qtbot.keyClicks(dialog.output, str(tmp_path / "market-2026.12.10.zip"))
    preview(qtbot, dialog)
    shown = dialog.preview_view.toPlainText()
    assert "Changes: " in shown and "16.99" in shown and "15.99" in shown  # the diff since the previous release
    assert "Impact on the example households" in shown and "berger-family" in shown
    assert dialog.release_button.isEnabled()
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    assert "Release signed and written" in editor.statusBar().currentMessage()
    assert settings.value(keys.RELEASE_KEY_FILE) == str(SAMPLE_KEY)  # remembered, the key itself never stored
    result = install(tmp_path / "market-2026.12.10.zip")  # what `tariff-advisor catalogue install` does
    assert result is not None and result.release.version == "2026.12.10"
    release = ta.load_catalogue().release
    assert release is not None
    assert (release.publisher, release.coverage) == (
        "Example Editors Ltd",
        "4 of the 6 national networks; no resellers",
    )
    assert ta.load_catalogue().tariff("ki-40").monthly_fee == 15.99


def test_an_edited_field_needs_the_preview_again(qtbot, folder, settings):
    editor = open_editor(qtbot, folder, settings)
    file_release(editor)
    dialog = editor.release_dialog
    qtbot.keyClicks(dialog.key_file, str(SAMPLE_KEY))
    preview(qtbot, dialog)
    assert dialog.release_button.isEnabled(), dialog.message.text()
    qtbot.keyClicks(dialog.coverage, "x")
    assert not dialog.release_button.isEnabled()


def test_a_catalogue_with_problems_is_not_released_and_says_why(qtbot, folder, settings):
    kite = folder / "kite.yaml"
    kite.write_text(kite.read_text("utf-8").replace("monthly_fee: 16.99", "monthly_fee: lots", 1), "utf-8")
    editor = open_editor(qtbot, folder, settings)
    assert editor.session.problems
    file_release(editor)
    assert not hasattr(editor, "release_dialog")
    assert "Not released: the catalogue has" in editor.statusBar().currentMessage()
    assert "problem" in editor.statusBar().currentMessage()


def test_unsaved_changes_are_not_released(qtbot, folder, settings):
    editor = open_editor(qtbot, folder, settings)
    editor.session.set_value("kite.yaml", "tariffs", 0, ("monthly_fee",), 1.0)
    file_release(editor)
    assert not hasattr(editor, "release_dialog")
    assert "unsaved changes; save them first" in editor.statusBar().currentMessage()


def test_an_invalid_key_file_is_said_in_the_dialog(qtbot, folder, settings, tmp_path):
    editor = open_editor(qtbot, folder, settings)
    file_release(editor)
    dialog = editor.release_dialog
    qtbot.keyClicks(dialog.key_file, str(tmp_path / "missing.key"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "cannot be read" in dialog.message.text() and not dialog.release_button.isEnabled()


@pytest.mark.parametrize(
    ("newest", "suggested"),
    [
        (None, "2026.12.01"),
        ("2026.11.25", "2026.12.01"),
        ("2026.12.01", "2026.12.01.2"),
        ("2026.12.01.2", "2026.12.01.3"),
    ],
)
def test_the_suggested_version_follows_the_newest_release(newest, suggested):
    assert next_version(newest, dt.date(2026, 12, 1)) == suggested


def test_the_suggested_version_comes_after_the_shipped_sample_and_every_installed_one(qtbot, folder, settings):
    from tariff_advisor.release.store import shipped_release_versions, suggested_version

    assert shipped_release_versions() == ["2026.12.05"]
    assert suggested_version(dt.date(2026, 12, 5)) == "2026.12.05.2"  # not the sample's own version
    assert suggested_version(dt.date(2026, 11, 1)) == "2026.12.05.2"
    assert suggested_version(dt.date(2026, 12, 9)) == "2026.12.09"
    install(SHIPPED_RELEASE)
    editor = open_editor(qtbot, folder, settings)
    file_release(editor)
    suggested = editor.release_dialog.version.text()
    assert version_key(suggested) > version_key("2026.12.05")


def test_the_preview_runs_in_the_background_with_a_busy_indicator(qtbot, folder, settings):
    editor = open_editor(qtbot, folder, settings)
    file_release(editor)
    dialog = editor.release_dialog
    qtbot.keyClicks(dialog.key_file, str(SAMPLE_KEY))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    # the click returns at once: the dialog is responsive and says it is working
    assert dialog.previewing() and dialog.busy.isVisible() and not dialog.preview_button.isEnabled()
    assert "optimising the example households" in dialog.message.text()
    qtbot.keyClicks(dialog.coverage, "typed while it works")  # usable meanwhile; the result coming is dropped
    assert not dialog.previewing() and not dialog.busy.isVisible() and dialog.preview_button.isEnabled()
    dialog.pool.waitForDone(60000)
    qtbot.wait(50)
    assert not dialog.release_button.isEnabled() and dialog.preview_view.toPlainText() == ""
    preview(qtbot, dialog)
    assert dialog.release_button.isEnabled() and not dialog.busy.isVisible()
    shown = dialog.preview_view.toPlainText()
    assert "14 devices and" in shown and "device offers" in shown


def test_a_version_not_newer_than_the_previous_release_is_said_at_the_preview(qtbot, folder, settings):
    editor = open_editor(qtbot, folder, settings)
    file_release(editor)
    dialog = editor.release_dialog
    type_into(qtbot, dialog.version, "2026.12.05")
    qtbot.keyClicks(dialog.key_file, str(SAMPLE_KEY))
    qtbot.keyClicks(dialog.previous, str(SHIPPED_RELEASE))
    preview(qtbot, dialog)
    assert "give this release a newer version" in dialog.message.text()
    assert not dialog.release_button.isEnabled()
