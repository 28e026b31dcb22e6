"""Tables from CSV or Excel files, read the same way for catalogue price lists and usage records.

The files come from outside (an operator's export, a shop's price list), so they are read defensively:
the size is checked before anything is parsed, spreadsheets are inspected as zip archives first (no zip
bomb, no XML that the parser would take quadratic time over), and any failure of the parsing libraries
becomes a message naming the file.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.i18n import _, number

if TYPE_CHECKING:
    import pandas as pd  # loaded on first use: it is slow to import

DELIMITERS = (",", ";", "\t", "|")  # the only separators detected: never a letter or a digit
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}

MAX_TEXT_BYTES = 128 * 1024**2  # a CSV larger than this is refused before it is read (memory)
MAX_XLS_BYTES = 64 * 1024**2  # the old format holds at most 65,536 rows
MAX_XLSX_BYTES = 64 * 1024**2
MAX_XLSX_UNPACKED = 256 * 1024**2  # all parts of a spreadsheet, uncompressed
MAX_XLSX_PARTS = 10_000
MAX_XLSX_RATIO = 100  # uncompressed/compressed, for parts over 1 MB; real sheets compress 5-20 times
MAX_XML_TEXT = 1024**2  # longest run without a tag; Excel cells hold at most 32,767 characters

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls (compound document) format


def _problem(path: Path, message: str) -> InputFileError:
    return InputFileError([Problem(str(path), message)], "table")


def _too_large(path: Path, size: int, limit: int) -> InputFileError:
    return _problem(
        path,
        _("the file is {size} MB; at most {limit} MB is read").format(
            size=number(size / 1024**2), limit=number(limit // 1024**2)
        ),
    )


def read_table(path: str | Path, delimiter: str | None = None) -> pd.DataFrame:
    """A CSV or Excel file as a pandas DataFrame of strings, with a clear error if unreadable.

    `delimiter`: the CSV separator; None detects it among , ; tab and |.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as exc:
        raise _problem(path, _("cannot read the file ({reason})").format(reason=exc.strerror or exc)) from exc
    if head.startswith(ZIP_MAGIC):
        return _read_xlsx(path, size)
    if head.startswith(OLE_MAGIC):
        return _read_xls(path, size)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        if size == 0:
            raise _problem(path, _("the file is empty"))
        raise _problem(
            path,
            _("damaged spreadsheet: it is neither an .xlsx nor an .xls file inside; open and save it again in Excel"),
        )
    return _read_csv(path, size, delimiter)


def _read_csv(path: Path, size: int, delimiter: str | None) -> pd.DataFrame:
    import pandas as pd

    if size > MAX_TEXT_BYTES:
        raise _too_large(path, size, MAX_TEXT_BYTES)
    if delimiter is not None and delimiter not in DELIMITERS:
        raise _problem(
            path, _("delimiter {delimiter!r} is not one of comma, semicolon, tab or pipe").format(delimiter=delimiter)
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _problem(path, _("cannot read the file ({reason})").format(reason=exc.strerror or exc)) from exc
    text = _decode(raw, str(path))
    if not text.strip():
        raise _problem(path, _("the file is empty (only a byte-order mark)") if raw.strip() else _("the file is empty"))
    sep = delimiter or detect_delimiter(text)
    try:
        # keep_default_na=False: a cell reading "NA" or "null" stays text, never a silent gap
        table = pd.read_csv(io.StringIO(text), dtype=str, sep=sep, keep_default_na=False, engine="c")
    except Exception as exc:  # the parser's own errors on a malformed file: the file's fault, said as such
        raise _problem(
            path, _("cannot read it as a table ({reason}); check quotes and separators").format(reason=_first_line(exc))
        ) from exc
    return table.fillna("")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def detect_delimiter(text: str) -> str:
    """The separator the header line uses most, among , ; tab and |, outside quotes (a one-column file: ',')."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the order of DELIMITERS
    return best if counts[best] else ","


def _read_xls(path: Path, size: int) -> pd.DataFrame:
    """The old format's first sheet, read with xlrd itself (pandas 3 deprecates its xlrd engine)."""
    import pandas as pd
    import xlrd  # type: ignore[import-untyped]

    if size > MAX_XLS_BYTES:
        raise _too_large(path, size, MAX_XLS_BYTES)
    try:
        with xlrd.open_workbook(str(path), on_demand=True) as book:
            sheet = book.sheet_by_index(0)
            rows = [[_xls_text(cell, book.datemode) for cell in sheet.row(r)] for r in range(sheet.nrows)]
    except Exception as exc:  # xlrd on a damaged file fails in many ways, all of them the file's fault
        raise _problem(
            path,
            _("damaged .xls spreadsheet ({reason}); open and save it again in Excel").format(reason=_first_line(exc)),
        ) from exc
    if not rows:
        return pd.DataFrame()
    header = [text or f"Unnamed: {i}" for i, text in enumerate(rows[0])]
    body = [row + [""] * (len(header) - len(row)) for row in rows[1:]]
    return pd.DataFrame(body, columns=header, dtype=str)


def _xls_text(cell: Any, datemode: int) -> str:
    """A cell as the text a CSV export would hold: 125 not 125.0, dates as ISO date and time."""
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        when = xlrd.xldate_as_datetime(cell.value, datemode)
        return str(when.isoformat(sep=" ") if when.time() != dt.time() else when.date().isoformat())
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = float(cell.value)
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return str(cell.value)


def _read_xlsx(path: Path, size: int) -> pd.DataFrame:
    import pandas as pd

    if size > MAX_XLSX_BYTES:
        raise _too_large(path, size, MAX_XLSX_BYTES)
    check_spreadsheet_archive(path)
    try:
        table = pd.read_excel(path, dtype=str, engine="openpyxl")
    except Exception as exc:  # openpyxl on a damaged file fails in many ways, all of them the file's fault
        raise _problem(
            path, _("damaged spreadsheet ({reason}); open and save it again in Excel").format(reason=_first_line(exc))
        ) from exc
    return table.fillna("")


def check_spreadsheet_archive(path: Path) -> None:
    """Refuse an .xlsx that would take too much memory or time to parse, before the parser sees it."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_XLSX_PARTS:
                raise _problem(
                    path,
                    _("the spreadsheet has {count} parts; at most {limit} are read").format(
                        count=number(len(parts)), limit=number(MAX_XLSX_PARTS)
                    ),
                )
            unpacked = sum(p.file_size for p in parts)
            if unpacked > MAX_XLSX_UNPACKED:
                raise _problem(
                    path,
                    _(
                        "the spreadsheet unpacks to {size} MB; at most {limit} MB is read (save it as CSV, or split it)"
                    ).format(size=number(unpacked / 1024**2), limit=number(MAX_XLSX_UNPACKED // 1024**2)),
                )
            for part in parts:
                if part.file_size > 1024**2 and part.file_size > MAX_XLSX_RATIO * max(part.compress_size, 1):
                    raise _problem(
                        path,
                        _(
                            "{part} is compressed {ratio} times; a real spreadsheet is not "
                            "(refused as a possible zip bomb)"
                        ).format(part=part.filename, ratio=number(part.file_size // max(part.compress_size, 1))),
                    )
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    _check_xml_part(path, archive, part)
    except InputFileError:
        raise
    except Exception as exc:  # zipfile and zlib on a damaged archive fail in many ways, all of them the file's fault
        raise _problem(
            path, _("damaged spreadsheet ({reason}); open and save it again in Excel").format(reason=_first_line(exc))
        ) from exc


def _check_xml_part(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """No comment, document type or entity (spreadsheet programs write none; the XML parser would expand them or
    take quadratic time over a huge one), and no run of text longer than a cell can hold."""
    run = 0  # length of the text since the last '<'
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1024**2):
            window = tail + chunk
            for marker in (b"<!--", b"<!DOCTYPE", b"<!ENTITY", b"<![CDATA["):
                if marker in window:
                    raise _problem(
                        path,
                        _("{part} holds {marker!r}, which spreadsheet programs never write").format(
                            part=part.filename, marker=marker.decode()
                        ),
                    )
            tail = chunk[-9:]
            pieces = chunk.split(b"<")
            run += len(pieces[0])
            longest = max([run, *(len(p) for p in pieces[1:-1])]) if len(pieces) > 1 else run
            if len(pieces) > 1:
                run = len(pieces[-1])
            if max(longest, run) > MAX_XML_TEXT:
                raise _problem(
                    path,
                    _(
                        "{part} holds a piece of text over {limit} MB long; a spreadsheet cell holds at most "
                        "{cell} characters"
                    ).format(part=part.filename, limit=number(MAX_XML_TEXT // 1024**2), cell=number(32767)),
                )


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
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputFileError(
                    [
                        Problem(
                            name,
                            _("not valid {encoding} text (byte {position}) after its byte-order mark").format(
                                encoding=encoding, position=exc.start
                            ),
                        )
                    ],
                    "table",
                ) from exc
    if b"\x00" in raw:
        raise InputFileError(
            [Problem(name, _("unknown text encoding (it has NUL bytes but no byte-order mark); save it as UTF-8"))],
            "table",
        )
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputFileError([Problem(name, _("unknown text encoding; save it as UTF-8"))], "table")
