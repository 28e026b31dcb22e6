"""Tables from CSV or Excel files, read the same way for catalogue price lists and usage records."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from tariff_advisor.errors import InputFileError, Problem

if TYPE_CHECKING:
    import pandas as pd  # loaded on first use: it is slow to import


def read_table(path: str | Path) -> pd.DataFrame:
    """A CSV or Excel file as a pandas DataFrame of strings, with a clear error if unreadable."""
    import pandas as pd

    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
            return pd.read_excel(path, dtype=str).fillna("")
        raw = path.read_bytes()
        if not raw.strip():
            raise InputFileError([Problem(str(path), "the file is empty")], "table")
        text = _decode(raw, str(path))
        return pd.read_csv(io.StringIO(text), dtype=str, sep=None, engine="python").fillna("")
    except InputFileError:
        raise
    except (OSError, ValueError) as exc:
        raise InputFileError([Problem(str(path), f"cannot read it as a table: {exc}")], "table") from exc


BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _decode(raw: bytes, name: str) -> str:
    """UTF-8/16/32 with a byte-order mark, UTF-8, or Windows-1252 (what Western exports use)."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding)
    if b"\x00" in raw:
        raise InputFileError(
            [Problem(name, "unknown text encoding (it has NUL bytes but no byte-order mark); save it as UTF-8")],
            "table",
        )
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputFileError([Problem(name, "unknown text encoding; save it as UTF-8")], "table")
