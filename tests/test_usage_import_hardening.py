"""Record files as a careless or hostile export makes them: each gives a clear message naming the file, or imports
right; never a traceback, a hang or a value the household file cannot hold."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from tariff_advisor.errors import InputFileError
from tariff_advisor.io.tables import detect_delimiter, read_table
from tariff_advisor.usage.records import UsageMapping, aggregate

ROOT = Path(__file__).resolve().parents[1]
MAPPING = UsageMapping.model_validate({"columns": {"date": "date", "kind": "type", "amount": "amount"}})
SMS = UsageMapping.model_validate({"columns": {"date": "message_date"}, "kind": "sms"})


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    "amount, message",
    [
        ("1e400", r"a call of more than 24 hours \(check call_unit\): row 1 ..1e400.."),  # was OverflowError
        ("90000", "a call of more than 24 hours"),
        ("-5", "not a number of 0 or more"),
        ("nan", "not a number of 0 or more"),
        ("inf", "not a number of 0 or more"),
        ("1_000", "not a number of 0 or more"),
        ("=1+2", "not a number of 0 or more"),
    ],
)
def test_durations_are_finite_non_negative_and_plausible(tmp_path, amount, message):
    path = write(tmp_path, "calls.csv", f"date,type,amount\n2025-01-01,call,{amount}\n2025-01-02,call,60\n")
    with pytest.raises(InputFileError, match=message) as info:
        aggregate(path, MAPPING)
    assert "calls.csv" in str(info.value) and "amount" in str(info.value)


def test_data_volumes_and_monthly_totals_are_bounded(tmp_path):
    session = write(tmp_path, "data.csv", "date,type,amount\n2025-01-01,data,2e6\n")
    with pytest.raises(InputFileError, match=r"more than 1 TB.*row 1"):
        aggregate(session, MAPPING)
    # a month of 800 one-hour calls is more than one line can talk: the units are wrong
    busy = write(tmp_path, "busy.csv", "date,type,amount\n" + "2025-01-01,call,3600\n" * 800)
    with pytest.raises(InputFileError, match="2025-01: 48,000 minutes is more than one line uses"):
        aggregate(busy, MAPPING)


@pytest.mark.parametrize("month", ["2026-13", "2026-00", "soon", "1850-01", "2025-1x"])
def test_months_from_records_are_real_months(tmp_path, month):
    mapping = MAPPING.model_copy(update={"columns": MAPPING.columns.model_copy(update={"month": "month"})})
    path = write(tmp_path, "m.csv", f"date,type,amount,month\n2025-01-01,call,60,{month}\n")
    with pytest.raises(InputFileError, match=r"month: not a month \(expected e.g. 2025-03\): row 1"):
        aggregate(path, mapping)


def test_dates_outside_plausible_years_are_not_dates(tmp_path):
    path = write(
        tmp_path, "d.csv", "date,type,amount\n0001-01-01,call,60\n2026-02-30,call,60\n2025-01-01T25:61,call,60\n"
    )
    with pytest.raises(InputFileError, match=r"dates that are not dates: row 1 .*row 2 .*row 3"):
        aggregate(path, MAPPING)


def test_a_one_column_log_is_never_split_on_a_letter(tmp_path):
    path = write(tmp_path, "sms.csv", "message_date\n2025-01-03\n2025-01-04 08:00:00\n2025-02-01\n")
    assert [u.sms for u in aggregate(path, SMS).history()] == [2, 1]
    assert detect_delimiter("message_date\n2025-01-03\n") == ","
    assert detect_delimiter('a;"b,c";d\n1;2;3') == ";"


def test_the_mapping_may_name_the_delimiter(tmp_path):
    path = write(tmp_path, "semi.csv", "date|type|amount\n2025-01-01|data|1,5\n")
    assert aggregate(path, MAPPING).history()[0].data_mb == 1.5  # detected: pipe
    named = MAPPING.model_copy(update={"delimiter": ";"})
    with pytest.raises(InputFileError, match="are not in the file"):
        aggregate(path, named)  # told semicolon: the one column 'date|type|amount' is not 'date'


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the file is empty"),
        (b"\xef\xbb\xbf", r"the file is empty \(only a byte-order mark\)"),  # was _csv.Error
        (b"\xff\xfe", r"the file is empty \(only a byte-order mark\)"),
        (b"\xff\xfe\x41", "not valid utf-16 text"),
        (b'date,type,amount\n"2025-01-01,call,60\n', "cannot read it as a table"),
    ],
)
def test_empty_and_broken_text_files(tmp_path, data, message):
    path = write(tmp_path, "log.csv", data)
    with pytest.raises(InputFileError, match=message) as info:
        read_table(path)
    assert "log.csv" in str(info.value)


def test_a_header_without_rows_is_no_usage(tmp_path):
    assert aggregate(write(tmp_path, "h.csv", "date,type,amount\n"), MAPPING).history() == ()


def xlsx_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False)
    return buffer.getvalue()


def rewritten(data: bytes, part: str, change) -> bytes:
    """The spreadsheet with one part's bytes changed."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            target.writestr(info.filename, change(content) if info.filename == part else content)
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
LOG = pd.DataFrame({"date": ["2025-03-14"], "type": ["call"], "amount": [60]})


@pytest.mark.parametrize(
    "data, message",
    [
        (b"date,type\n2025-01-01,call\n", "damaged spreadsheet: it is neither an .xlsx nor an .xls"),  # was BadZipFile
        (b"PK\x03\x04 and then nothing", "damaged spreadsheet"),
        (xlsx_bytes(LOG)[:300], "damaged spreadsheet"),
        (rewritten(xlsx_bytes(LOG), SHEET, lambda x: x[: len(x) // 2]), "damaged spreadsheet"),
        (rewritten(xlsx_bytes(LOG), SHEET, lambda x: x.replace(b"<sheetData>", b"<!-- x --><sheetData>")), "'<!--'"),
        (rewritten(xlsx_bytes(LOG), SHEET, lambda x: b'<!DOCTYPE x [<!ENTITY a "b">]>' + x), "'<!DOCTYPE'"),
        (rewritten(xlsx_bytes(LOG), SHEET, lambda x: x + b"\0" * (20 * 1024**2)), "compressed .* times"),  # zip bomb
    ],
)
def test_damaged_and_hostile_spreadsheets_are_refused_before_parsing(tmp_path, data, message):
    path = write(tmp_path, "log.xlsx", data)
    with pytest.raises(InputFileError, match=message) as info:
        read_table(path)
    assert "log.xlsx" in str(info.value)


def test_a_huge_piece_of_xml_text_is_refused_not_parsed_for_minutes(tmp_path):
    """One XML token of many MB parses in quadratic time (105 MB: 462 s); refused by its length instead."""
    import random

    letters = bytes(random.Random(1).choices(b"abcdefghijklmnopqrstuvwxyz", k=3 * 1024**2))  # incompressible
    data = rewritten(xlsx_bytes(LOG), SHEET, lambda x: x.replace(b"<sheetData>", b"<sheetData>" + letters))
    with pytest.raises(InputFileError, match="a piece of text over 1 MB long"):
        read_table(write(tmp_path, "big.xlsx", data))


def test_old_xls_files_are_read(tmp_path):
    """tests/data/records/calls-2025.xls: written with xlwt 1.3.0 for this test (4 records, BIFF8)."""
    march, april = aggregate(ROOT / "tests" / "data" / "records" / "calls-2025.xls", MAPPING).history()
    assert (march.month, march.minutes_rounded, march.sms, march.data_mb) == ("2025-03", 3, 1, 300.5)
    assert (april.month, april.minutes_rounded) == ("2025-04", 1)
    # an .xlsx saved under the old name is read by what it is, not by its name
    renamed = write(tmp_path, "new-format.xls", xlsx_bytes(LOG))
    assert aggregate(renamed, MAPPING).history()[0].minutes == 1.0


def test_a_damaged_xls_names_the_file(tmp_path):
    data = (ROOT / "tests" / "data" / "records" / "calls-2025.xls").read_bytes()
    path = write(tmp_path, "old.xls", data[:1024])
    with pytest.raises(InputFileError, match=r"old\.xls: damaged \.xls spreadsheet"):
        read_table(path)
