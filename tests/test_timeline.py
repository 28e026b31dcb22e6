"""The contract timeline (report/timeline.py) and its calendar export (report/calendar.py, `--ics`).

The calendar is read back with icalendar and checked as a strict calendar app's reader would: CRLF lines of at
most 75 octets, the required properties of RFC 5545 (VERSION, PRODID; UID, DTSTAMP, DTSTART per event; ACTION,
TRIGGER and DESCRIPTION per display alarm), all-day dates, unique and stable UIDs, and names as typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar

import tariff_advisor as ta
from tariff_advisor.i18n import use_language
from tariff_advisor.optimiser.recommendation import assignment_advice, recommend
from tariff_advisor.report.advice import OutputPathError
from tariff_advisor.report.calendar import NothingToScheduleError, calendar_bytes, uid, write_calendar
from tariff_advisor.report.timeline import chosen_timeline, recommendation_timeline

from .helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
FAMILY = ROOT / "examples" / "households" / "berger-family.yaml"
STAMP = dt.datetime(2026, 12, 5, 8, 0, tzinfo=dt.UTC)
# Anna stays on her Nordwave plan, Max waits for his contract's end (28 Feb 2027), Ben for his (30 Apr 2027)
LOCKS = {"locks": {"Max": {"switch_month": 4}, "Anna": {"tariff": "nw-mobil-m-2025"}}}
HOSTILE = "Ann;a, B\\en\n<b>Lea</b>"


@pytest.fixture(scope="module")
def rec():
    return recommend(ta.load_household(FAMILY), ta.load_catalogue(), LOCKS, solver="highs")


@pytest.fixture(scope="module")
def line(rec):
    return {m.member: m for m in recommendation_timeline(rec).members}


def test_timeline_states_each_members_dates_as_hand_computed(rec, line):
    anna, ben, lea, max_ = line["Anna"], line["Ben"], line["Lea"], line["Max"]
    # Anna stays: her term ended 30 Nov 2026 and renews month by month, so the next deadline is 31 Dec 2026
    assert anna.staying and anna.cancel_by is None and anna.switch_date is None
    assert anna.current.term_end == dt.date(2027, 1, 31) and anna.current.until == dt.date(2028, 11, 30)
    assert anna.next_notice_deadline == dt.date(2026, 12, 31)
    # Max waits for his term's end (28 Feb 2027, one month's notice) and switches in month 4
    assert max_.cancel_by == dt.date(2027, 1, 31) and max_.switch_date == dt.date(2027, 3, 1)
    assert not max_.leaves_early and max_.early_exit_cost == 0
    assert max_.current.until == dt.date(2027, 2, 28) and max_.current.provider == "Blitz Telecom"
    assert max_.new.term_months == 24 and max_.new.term_end == dt.date(2029, 2, 28)
    assert max_.new.notice_deadline == max_.next_notice_deadline == dt.date(2029, 1, 31)
    # Ben waits for his Nordwave term's end (30 Apr 2027) with the family's three months' notice (not Nordwave's
    # one): the day after the end, 1 May 2027, less 3 months is 1 Feb, so cancel by 31 Jan 2027; the first month
    # beginning after the end is 1 May 2027, month 6; the new 24-month term ends 30 Apr 2029, notice by 31 Mar 2029
    assert ben.cancel_by == dt.date(2027, 1, 31) and ben.switch_date == dt.date(2027, 5, 1)
    assert not ben.leaves_early and ben.early_exit_cost == 0 and ben.advice.free_month == 6
    assert ben.current.term_end == ben.current.until == dt.date(2027, 4, 30)
    assert ben.new.term_end == dt.date(2029, 4, 30) and ben.next_notice_deadline == dt.date(2029, 3, 31)
    # the phones: what they really cost against the retail price
    for deal in (ben.phone, lea.phone):
        assert deal is not None and deal.cost == pytest.approx(deal.upfront + deal.monthly_fee * deal.months)
        assert deal.extra_vs_retail == pytest.approx(deal.cost - deal.retail_price)
    assert anna.phone is None and max_.phone is None
    timeline = recommendation_timeline(rec)
    assert timeline.monthly_costs == tuple(rec.monthly_costs) and len(timeline.monthly_costs) == 24
    assert timeline.end == dt.date(2028, 11, 30) and timeline.month_start(4) == dt.date(2027, 3, 1)


def test_plans_chosen_by_hand_get_the_same_facts(rec):
    """The builder works for any assignment: on the recommendation's it says what the recommendation says, and
    on one chosen by hand it prices the early exit of that choice."""
    assert assignment_advice(rec.household, rec.catalogue, rec.assignment) == rec.advice
    chosen = dict(rec.assignment)
    chosen["Max"] = {"tariff": "nw-young-s", "options": []}  # now instead of month 4: leaving early
    bill = ta.price(rec.household, rec.catalogue, chosen)
    max_ = {m.member: m for m in chosen_timeline(rec.household, rec.catalogue, chosen, bill).members}["Max"]
    exit_line = sum(x.amount for x in bill.lines if x.member == "Max" and "exit fee" in x.label)
    assert max_.leaves_early and max_.switch_date == dt.date(2026, 12, 1)
    assert max_.early_exit_cost == pytest.approx(exit_line) and exit_line > 0


def _strict_check(data: bytes) -> Calendar:
    """What a strict calendar reader insists on (RFC 5545 3.1, 3.6, 3.6.1, 3.6.6)."""
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    for raw in data.split(b"\r\n"):
        assert len(raw) <= 75, raw
    calendar = Calendar.from_ical(data)
    calendar.validate()
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    uids = []
    for component in calendar.walk():
        assert not component.errors, component.errors
        if component.name == "VEVENT":
            for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
                assert required in component, required
            assert component["DTSTAMP"].dt.tzinfo is not None  # UTC
            start, end = component["DTSTART"].dt, component["DTEND"].dt
            assert type(start) is dt.date and end == start + dt.timedelta(days=1)  # all-day
            uids.append(str(component["UID"]))
        if component.name == "VALARM":
            assert str(component["ACTION"]) == "DISPLAY" and component["DESCRIPTION"]
            assert component["TRIGGER"].dt == dt.timedelta(days=-7)
    assert len(uids) == len(set(uids))
    return calendar


def _events(calendar: Calendar) -> dict[str, tuple[dt.date, str, str, int]]:
    return {
        str(e["SUMMARY"]): (e["DTSTART"].dt, str(e["DESCRIPTION"]), str(e["UID"]), len(e.subcomponents))
        for e in calendar.walk("VEVENT")
    }


def test_calendar_has_every_deadline_and_switch_with_reminders(rec):
    calendar = _strict_check(calendar_bytes(rec.household, recommendation_timeline(rec), STAMP))
    events = _events(calendar)
    max_cancel = events["Max: cancel Blitz Telecom Junior 5 by today"]
    assert max_cancel[0] == dt.date(2027, 1, 31) and max_cancel[3] == 1  # with its reminder
    assert "ends on 28 Feb 2027" in max_cancel[1]
    assert events["Max: Nordwave Mobile Young S starts"][0] == dt.date(2027, 3, 1)
    assert events["Max: Nordwave Mobile Young S starts"][3] == 0  # a start needs no reminder
    assert events["Max: last day to cancel Nordwave Mobile Young S"][0] == dt.date(2029, 1, 31)
    # Ben: three months' notice before his term's end on 30 Apr 2027 (see above), no early exit
    ben_cancel = events["Ben: cancel Nordwave Mobile Mobil S (2025) by today"]
    assert ben_cancel[0] == dt.date(2027, 1, 31) and ben_cancel[3] == 1 and "leaving early" not in ben_cancel[1]
    ben_start = next(s for s in events if s.startswith("Ben: ") and s.endswith("(with Google Pixel 10 128 GB)"))
    assert events[ben_start][0] == dt.date(2027, 5, 1)
    assert "€529.00 in all (retail price €599.00)" in events[ben_start][1]
    # Anna stays: only her contract's next deadline, before it renews
    assert [s for s in events if s.startswith("Anna")] == ["Anna: last day to cancel Nordwave Mobile Mobil M (2025)"]
    assert events["Anna: last day to cancel Nordwave Mobile Mobil M (2025)"][0] == dt.date(2026, 12, 31)
    assert all(e["DTSTAMP"].dt == STAMP for e in calendar.walk("VEVENT"))


def test_uids_are_stable_across_exports_and_differ_by_member_and_kind(rec):
    first = _events(Calendar.from_ical(calendar_bytes(rec.household, recommendation_timeline(rec), STAMP)))
    again = _events(Calendar.from_ical(calendar_bytes(rec.household, recommendation_timeline(rec))))
    assert {s: e[2] for s, e in first.items()} == {s: e[2] for s, e in again.items()}
    assert uid("Berger family", "Max", "cancel") != uid("Berger family", "Max", "switch")
    assert uid("Berger family", "Max", "cancel") != uid("Berger family", "Ben", "cancel")


def test_hostile_names_stay_one_name_each(rec):
    """`;`, `,`, a backslash and a line break are escaped by the library; `<b>` is text, not markup."""
    timeline = recommendation_timeline(rec)
    members = tuple(replace(m, member=HOSTILE) if m.member == "Max" else m for m in timeline.members)
    household = replace(rec.household, name="Berger; family, <i>x</i>\nsecond line")
    data = calendar_bytes(household, replace(timeline, members=members), STAMP)
    unfolded = data.replace(b"\r\n ", b"")
    assert b"Ann\\;a\\, B\\\\en\\n<b>Lea</b>" in unfolded  # RFC 5545 3.3.11 escapes
    assert b"NAME:Contracts of Berger\\; family\\, <i>x</i>\\nsecond line\r\n" in unfolded
    calendar = _strict_check(data)
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert f"{HOSTILE}: cancel Blitz Telecom Junior 5 by today" in summaries
    assert sum(s.startswith(HOSTILE + ": ") for s in summaries) == 3


def test_calendar_in_german(rec):
    with use_language("de"):
        data = calendar_bytes(rec.household, recommendation_timeline(rec), STAMP)
    events = _events(_strict_check(data))
    assert events["Max: Blitz Telecom Junior 5 bis heute kündigen"][0] == dt.date(2027, 1, 31)
    assert "28.02.2027" in events["Max: Blitz Telecom Junior 5 bis heute kündigen"][1]


def test_written_file_and_its_errors(tmp_path, rec):
    timeline = recommendation_timeline(rec)
    path = write_calendar(rec.household, timeline, tmp_path / "Berger.ics")
    _strict_check(path.read_bytes())
    with pytest.raises(OutputPathError, match="is a folder: give a file name"):
        write_calendar(rec.household, timeline, tmp_path)
    with pytest.raises(OutputPathError, match="does not exist"):
        write_calendar(rec.household, timeline, tmp_path / "missing" / "a.ics")
    nothing = replace(
        timeline, members=tuple(replace(m, new=None, next_notice_deadline=None) for m in timeline.members)
    )
    with pytest.raises(NothingToScheduleError, match="no date to put in a calendar"):
        write_calendar(rec.household, nothing, tmp_path / "empty.ics")
    assert not (tmp_path / "empty.ics").exists()


def test_cli_recommend_and_report_write_the_calendar(tmp_path):
    target = tmp_path / "family.ics"
    done = run_cli("recommend", str(FAMILY), "--ics", str(target))
    assert done.returncode == 0, done.stderr
    assert f"wrote {target} (" in done.stdout
    events = _events(_strict_check(target.read_bytes()))
    assert len(events) == int(done.stdout.rsplit("(", 1)[1].split()[0])
    as_json = run_cli("recommend", str(FAMILY), "--json", "--ics", str(tmp_path / "j.ics"))
    assert as_json.returncode == 0 and as_json.stdout.lstrip().startswith("{") and "wrote" in as_json.stderr
    report = run_cli("report", str(FAMILY), "-o", str(tmp_path / "a.json"), "--ics", str(tmp_path / "r.ics"))
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "r.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    "where, message",
    [
        ("missing/a.ics", "the folder {tmp}/missing does not exist (create it first)"),
        (".", "{tmp} is a folder: give a file name, e.g. {tmp}/contracts.ics"),
        ("a.txt", "a.txt: a calendar file ends in .ics"),
    ],
)
def test_cli_says_what_is_wrong_with_the_calendar_path_before_solving(tmp_path, where, message):
    target = tmp_path / where if where != "." else tmp_path
    done = run_cli("recommend", str(FAMILY), "--ics", str(target))
    assert done.returncode == 2
    assert message.format(tmp=tmp_path) in done.stderr and "Traceback" not in done.stderr
    assert "Recommendation" not in done.stdout  # said before the solver ran


def test_pdf_states_the_timeline_phones_and_roaming(tmp_path, rec):
    from pypdf import PdfReader

    from tariff_advisor.optimiser.explain import explain
    from tariff_advisor.report.advice import build_pdf

    path = build_pdf(rec, explain(rec), tmp_path / "advice.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    assert "Timeline: what to cancel, and when the new plans start" in text
    assert "Blitz Telecom Junior 5: by 31 Jan 2027" in text  # Max waits for his contract's end
    assert "Nordwave Mobile Mobil S (2025): by 31 Jan 2027" in text  # Ben waits too (3 months' notice)
    assert "1 May 2027: Nordwave Mobile Mobil L, minimum term to 30 Apr 2029; notice by 31 Mar 2029" in text
    assert "1 Mar 2027: Nordwave Mobile Young S, minimum term to 28 Feb 2029; notice by 31 Jan 2029" in text
    assert "nothing: stays on Nordwave Mobile Mobil M (2025)" in text and "next notice by 31 Dec 2026" in text
    assert "Google Pixel 10 128 GB with the contract: €1.00 upfront + €22.00 x 24" in text
    assert "€529.00 (retail €599.00, -€70.00)" in text
    assert "Roaming assumed (days abroad a year; costs in EUR)" in text
    roaming = sum(x.amount for x in rec.bill.lines if x.member == "Ben" and x.category == "roaming")
    assert f"Ben 7 0 14 0 30 500 9.32 {roaming:,.2f}" in text


def test_cli_recommend_states_each_members_dates(tmp_path):
    done = run_cli("recommend", str(FAMILY), "--lock", "Max:switch_month=4")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Timeline (what to cancel by when, and when the new plans start):" in out
    assert "  Max\n    cancel: Blitz Telecom Junior 5: by 31 Jan 2027\n    new plan: 1 Mar 2027: " in out
    assert "  Ben\n    cancel: Nordwave Mobile Mobil S (2025): by 31 Jan 2027\n    new plan: 1 May 2027: " in out
    assert "; real cost €" in out and "(retail €599.00, " in out
    german = run_cli("--language", "de", "recommend", str(FAMILY), "--lock", "Max:switch_month=4")
    assert "    kündigen: Blitz Telecom Junior 5: bis 31.01.2027" in german.stdout
    # leaving early, said with its price: Ben switching at once pays Nordwave's remaining-fees rule on Mobil S
    # (2025) for months 1-5 (Dec 2026 - Apr 2027, his term's end): 5 x 16.99 = 84.95 (options are not owed)
    early = run_cli("recommend", str(FAMILY), "--lock", "Ben:switch_month=1")
    assert early.returncode == 0, early.stderr
    assert "cancel: Nordwave Mobile Mobil S (2025): now, by 1 Dec 2026; leaving early costs €84.95" in early.stdout


def test_timeline_axis_and_chart_draw_names_as_typed(rec):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from tariff_advisor.report import charts
    from tariff_advisor.report.chart_colours import ChartColours

    timeline = recommendation_timeline(rec)
    assert charts.timeline_x(timeline, dt.date(2026, 12, 1)) == 0
    assert charts.timeline_x(timeline, dt.date(2027, 3, 1)) == 3  # Max's switch: the start of month 4
    assert charts.timeline_x(timeline, dt.date(2026, 12, 16)) == pytest.approx(15 / 31)
    assert charts.timeline_x(timeline, dt.date(2026, 11, 30)) == pytest.approx(-1 / 30)
    members = tuple(replace(m, member="A $x^2$ {b}") if m.member == "Ben" else m for m in timeline.members)
    for colours in (ChartColours(), ChartColours("#202020", "#101010", "#f0f0f0", "#909090", "#505050")):
        figure = Figure(figsize=(8, 5))
        charts.contract_timeline(figure, replace(timeline, members=members), colours=colours)
        FigureCanvasAgg(figure).draw()  # a `$...$` in a name would stop the drawing as broken mathtext
        rows, costs = figure.axes
        assert [t.get_text() for t in rows.get_yticklabels()][1] == r"A \$x^2\$ {b}"
        assert len(costs.patches) == 24 and costs.patches[3].get_height() == pytest.approx(rec.monthly_costs[3])
        assert "cancel by 31 Jan 2027" in [t.get_text() for t in rows.texts]
