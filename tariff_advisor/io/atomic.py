"""Atomic file replacement: write a temporary file beside the target, then rename over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, keep_backup: bool = False) -> None:
    """Replace `path` with `data`; on any failure the old file is left untouched."""
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if keep_backup and path.exists():
            path.with_name(path.name + ".bak").write_bytes(path.read_bytes())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def atomic_write_text(path: Path, text: str, keep_backup: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), keep_backup)
