"""A file the command cannot write (a full disk) is a message that says what was kept, never a traceback,
whichever command writes it."""

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from tariff_advisor.cli import main

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"


def _full_disk(fd):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".json"])
def test_a_full_disk_while_writing_a_report(tmp_path, monkeypatch, suffix):
    target = tmp_path / f"advice{suffix}"
    target.write_text("the previous advice")
    monkeypatch.setattr(os, "fsync", _full_disk)
    result = CliRunner().invoke(main, ["report", str(FAMILY), "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # not an OSError traceback
    assert "No space left" in result.output and str(target) in result.output
    assert target.read_text() == "the previous advice"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind
