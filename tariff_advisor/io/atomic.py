"""Atomic file replacement: write a temporary file beside the target, fsync it, then rename it over the target.

The backup (NAME.bak) is written the same way before the file itself, so at every moment both the file and
its backup are whole: an old version or a new one, never a torn one. A save writes one temporary file at a
time (`.NAME.<random>.tmp`) and holds a lock on it, so a save that was killed leaves at most that one file,
which the next save or load of NAME removes (a temporary file still locked belongs to a save in progress and
is left alone). The file keeps its permissions; a new one gets the usual ones (0666 less the umask).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
from pathlib import Path

from tariff_advisor.errors import SaveError
from tariff_advisor.i18n import _

try:  # POSIX: a lock tells a killed save's temporary file from one being written now
    import fcntl
except ImportError:  # pragma: no cover - Windows: an open file cannot be removed, which says the same
    fcntl = None  # type: ignore[assignment]


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _temp_pattern(path: Path) -> str:
    return str(path.with_name(f".{glob.escape(path.name)}.*.tmp"))


def remove_stale_temps(path: Path) -> list[Path]:
    """Remove the temporary files that killed or failed saves of `path` left behind; returns those removed."""
    removed = []
    for name in glob.glob(_temp_pattern(Path(path))):
        try:
            fd = os.open(name, os.O_RDONLY)
        except OSError:
            continue
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while a save still writes it
            os.unlink(name)
            removed.append(Path(name))
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _mode_of(path: Path) -> int | None:
    try:
        return os.stat(path).st_mode & 0o7777
    except (FileNotFoundError, NotADirectoryError):  # a new file (or a path through a file: the save says so)
        return None


def _replace_with(target: Path, data: bytes, mode: int | None) -> None:
    """Write `data` to a locked temporary file beside `target`, fsync, set the mode, rename it over `target`."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    finally:
        os.close(fd)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened, the rename is what there is."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, keep_backup: bool = False) -> None:
    """Replace `path` with `data`; on any failure the old file (and its old backup) is left untouched.

    Raises SaveError (an OSError) saying what was kept when the disk is full or the
    folder cannot be written.
    """
    path = Path(path)
    remove_stale_temps(path)
    mode = _mode_of(path)
    backed_up = False
    try:
        if keep_backup and mode is not None:
            _replace_with(backup_path(path), path.read_bytes(), mode)
            backed_up = True
        _replace_with(path, data, mode)
    except OSError as exc:
        raise SaveError(path, _what_was_kept(path, exc, keep_backup, backed_up, mode is not None), exc.errno) from exc


def _what_was_kept(path: Path, exc: OSError, keep_backup: bool, backed_up: bool, existed: bool) -> str:
    refused = _refusal(path, exc)
    if refused is not None:  # the folder is missing or cannot be written: so nothing was, and what to do
        return refused
    why = exc.strerror or str(exc)  # the system's words, e.g. "No space left on device"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        why = _("the disk is full ({reason})").format(reason=why)
    if not existed:
        return _("not saved: {reason}; nothing was written").format(reason=why)
    if backed_up:
        kept = _("{file} is unchanged, and {backup} holds the same version")
    elif keep_backup:
        kept = _("{file} is unchanged; {backup} is the previous backup, unchanged")
    else:
        kept = _("{file} is unchanged")
    return _("not saved: {reason}; {kept}. Free some space (or choose another folder) and save again").format(
        reason=why, kept=kept.format(file=path.name, backup=backup_path(path).name)
    )


def _refusal(path: Path, exc: OSError) -> str | None:
    """Why the folder refused the file, in the user's words with what to do (the system says it in English);
    None for other failures (a full disk), whose message says what was kept."""
    folder = path.parent
    if exc.errno == errno.ENOENT and not folder.is_dir():
        return _("the folder {folder} does not exist: choose another folder or create it first").format(folder=folder)
    if exc.errno == errno.ENOTDIR:
        return _("{folder} is not a folder: choose another folder").format(folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _("you may not write to the folder {folder}: choose another folder").format(folder=folder)
    if exc.errno == errno.EROFS:
        return _("the folder {folder} is on a read-only disk: choose another folder").format(folder=folder)
    if exc.errno == errno.EISDIR:
        return _("this is a folder: give a file name")
    return None


def atomic_write_text(path: Path, text: str, keep_backup: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), keep_backup)
