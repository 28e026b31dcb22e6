"""The commands about prices and advice: validate, price, recommend, report."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tariff_advisor.cli.common import EXIT_PROBLEMS, F, _friendly_errors, catalogue_option, json_option, main, table
from tariff_advisor.errors import InputFileError
from tariff_advisor.i18n import _, ngettext, number, percent
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor.report.formatting import difference, money

if TYPE_CHECKING:  # the commands import the domain when they run, so `--help` stays fast
    from tariff_advisor.billing.assignment import Assignment, PlanChoice
    from tariff_advisor.billing.bill import Bill
    from tariff_advisor.catalogue.model import Catalogue
    from tariff_advisor.optimiser.explain import Explanation
    from tariff_advisor.optimiser.recommendation import Recommendation


def parse_assign(values: tuple[str, ...]) -> Assignment:
    """NAME=TARIFF[+OPTION...] pairs into an assignment."""
    assignment: Assignment = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name.strip() or not rest.strip():
            raise click.BadParameter(
                _("{value!r}: write NAME=TARIFF or NAME=TARIFF+OPTION+OPTION").format(value=value),
                param_hint="--assign",
            )
        tariff, *options = [part.strip() for part in rest.split("+")]
        assignment[name.strip()] = {"tariff": tariff, "options": options}
    return assignment


@main.command()
@click.argument("directory", required=False, type=click.Path(path_type=Path))
def validate(directory: Path | None) -> None:
    """Check a catalogue folder (default: the shipped market); list every problem."""
    from tariff_advisor.catalogue.loading import load_catalogue

    target = directory or shipped_catalogue_dir()
    try:
        catalogue = load_catalogue(target)
    except InputFileError as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_PROBLEMS)
    plans = len(catalogue.family_plans)
    counts = [
        ngettext("{count} provider", "{count} providers", len(catalogue.providers)).format(
            count=len(catalogue.providers)
        ),
        ngettext("{count} tariff", "{count} tariffs", len(catalogue.tariffs)).format(count=len(catalogue.tariffs)),
        ngettext("{count} option", "{count} options", len(catalogue.options)).format(count=len(catalogue.options)),
        ngettext("{count} family plan", "{count} family plans", plans).format(count=plans),
    ]
    click.echo(
        _("{folder}: OK: {counts} ({currency})").format(
            folder=target, counts=", ".join(counts), currency=catalogue.currency
        )
    )


def print_bill(bill: Bill, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(bill.to_dict(), indent=2, default=str))
        return
    from tariff_advisor.billing.statement import folded

    rows = [[row.member, row.provider, row.label, row.when, money(row.amount)] for row in folded(bill.lines)]
    header = [
        _("member"),
        _("provider"),
        _("charge"),
        _("when"),
        _("amount ({currency})").format(currency=bill.currency),
    ]
    click.echo(table(rows, header, right={4}))
    click.echo("")
    for name, amount in bill.by_member().items():
        click.echo(f"  {name}: {money(amount)}")
    click.echo(_total_line(bill))
    for warning in bill.warnings:
        click.echo(_("warning: {warning}").format(warning=warning))


def _total_line(bill: Bill, proven: bool = True) -> str:
    """`Total over 24 months: €1,234.50 (€51.44 a month on average)`."""
    line = ngettext(
        "Total over {count} month: {total} ({monthly} a month on average)",
        "Total over {count} months: {total} ({monthly} a month on average)",
        bill.horizon_months,
    ).format(
        count=bill.horizon_months,
        total=money(bill.total, bill.currency),
        monthly=money(bill.monthly_average, bill.currency),
    )
    return line if proven else line + " " + _("(feasible, not proven optimal)")


@main.command()
@click.argument("household", type=click.Path(path_type=Path))
@click.option(
    "--assign",
    "assign",
    multiple=True,
    metavar="NAME=TARIFF[+OPTION...]",
    help="One per member; omitted members stay on their current tariff.",
)
@catalogue_option
@json_option
@_friendly_errors
def price(household: Path, assign: tuple[str, ...], catalogue_dir: Path | None, as_json: bool) -> None:
    """Price HOUSEHOLD on the given tariffs, line by line, over its horizon."""
    from tariff_advisor.billing import engine as billing
    from tariff_advisor.billing.today import with_current_plans
    from tariff_advisor.catalogue.loading import load_catalogue
    from tariff_advisor.household.files import load_household

    # custom current plans (known by their fee) become stand-in tariffs, so their members can stay on them
    home, catalogue = with_current_plans(load_household(household), load_catalogue(catalogue_dir))
    assignment = parse_assign(assign)
    for member in home.members:
        if member.name not in assignment and member.current is not None and member.current.tariff:
            assignment[member.name] = {"tariff": member.current.tariff, "options": list(member.current.options)}
    print_bill(billing.price(home, catalogue, assignment), as_json)


def parse_locks(values: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """NAME:KEY=VALUE pairs (KEY: provider, tariff, options, require, phone, switch_month) into the locks of a
    constraints dict."""
    locks: dict[str, dict[str, Any]] = {}
    for value in values:
        name, sep, rest = value.partition(":")
        key, eq, setting = rest.partition("=")
        if not sep or not eq or not name.strip() or not setting.strip():
            raise click.BadParameter(
                _("{value!r}: write NAME:provider=ID, NAME:tariff=ID, NAME:options=ID or NAME:require=FEATURE").format(
                    value=value
                ),
                param_hint="--lock",
            )
        key, setting = key.strip(), setting.strip()
        lock = locks.setdefault(name.strip(), {})
        if key in ("options", "require"):
            lock.setdefault(key, []).extend(s.strip() for s in setting.split(","))
        elif key == "switch_month" and setting.isdigit():
            lock[key] = int(setting)  # a month number; anything else is said by the constraint's own check
        else:
            lock[key] = setting
    return locks


def _choice_text(catalogue: Catalogue, choice: PlanChoice) -> tuple[str, str, str]:
    tariff = catalogue.tariff(choice["tariff"])
    options = ", ".join(catalogue.option(o).name for o in choice["options"]) or "-"
    return tariff.provider, f"{tariff.name} ({tariff.id})", options


def print_recommendation(rec: Recommendation, explanation: Explanation | None) -> None:
    if rec.plans is None:
        click.echo(_("No recommendation: {reason}").format(reason=rec.reason))
        return
    bill, cat = rec.plans.bill, rec.catalogue
    by_member = bill.by_member()
    rows = []
    for name, choice in rec.plans.assignment.items():
        provider, tariff, options = _choice_text(cat, choice)
        rows.append([name, provider, tariff, options, money(by_member.get(name, 0.0))])
    if "(household)" in by_member:
        rows.append([_("(household)"), "", _("shared family-plan charges"), "", money(by_member["(household)"])])
    # the reason starts with the status when it says more ("feasible, not proven optimal: the time limit ...")
    status = rec.reason if rec.reason.startswith(rec.status_text) else f"{rec.status_text}, {rec.reason}"
    click.echo(
        _("Recommendation ({status}; {solver} in {seconds} s):").format(
            status=status, solver=rec.solver, seconds=number(rec.solve_seconds, 2)
        )
    )
    months = ngettext("{count} month ({currency})", "{count} months ({currency})", bill.horizon_months)
    header = [_("member"), _("provider"), _("tariff"), _("options")]
    click.echo(table(rows, [*header, months.format(count=bill.horizon_months, currency=bill.currency)], right={4}))
    click.echo(_total_line(bill, rec.proven_optimal))
    cur = bill.currency
    if rec.today is not None:
        savings = rec.today.total - bill.total
        click.echo(
            _("Staying on today's plans: {today}; you save {saving} ({monthly} a month)").format(
                today=money(rec.today.total, cur),
                saving=money(savings, cur),
                monthly=money(savings / bill.horizon_months, cur),
            )
        )
    print_timeline(rec)
    for note in rec.notes:
        click.echo(_("note: {note}").format(note=note))
    for warning in bill.warnings:
        click.echo(_("warning: {warning}").format(warning=warning))
    if explanation is None:
        return
    if not explanation.proven_optimal:
        click.echo("\n" + _("The plans above are feasible, not proven optimal: an alternative below may cost less."))
    click.echo("\n" + _("Why not another provider (everyone else as recommended):"))
    rows = [
        [
            m,
            a.provider,
            _choice_text(cat, a.choice)[1] if a.choice else _("nothing fits"),
            difference(a.extra),
        ]
        for m, alts in explanation.why_not.items()
        for a in alts
    ]
    click.echo(table(rows, [_("member"), _("provider"), _("best there"), _("costs more")], right={3}))
    click.echo("\n" + _("Whole household with one provider:"))
    rows = [
        [
            p.provider,
            money(p.total) if p.total is not None else _("not possible"),
            difference(p.total - bill.total) if p.total is not None else "",
        ]
        for p in explanation.one_provider
    ]
    click.echo(table(rows, [_("provider"), _("total"), _("costs more")], right={1, 2}))
    if explanation.sensitivity:
        click.echo("\n" + _("If usage changes:"))
        rows = [
            [
                percent(s.factor * 100),
                money(s.optimum_total) if s.optimum_total is not None else "-",
                money(s.recommended_total) + (" " + _("(slowed down)") if s.recommended_slowed else ""),
            ]
            for s in explanation.sensitivity
        ]
        click.echo(table(rows, [_("usage"), _("best plans then"), _("these plans then")], right={1, 2}))
    if explanation.per_line_total is not None:
        click.echo(
            "\n"
            + _(
                "Picking each member's cheapest tariff alone would cost {separately}; "
                "planning the household as one saves {saving}."
            ).format(separately=money(explanation.per_line_total, cur), saving=money(explanation.joint_saving, cur))
        )


def print_timeline(rec: Recommendation) -> None:
    """Per member: what to cancel by when, when the new plan starts and binds, the phone and its real cost."""
    from tariff_advisor.report.advice import cancel_text, new_plan_text, phone_cost_text, phone_text
    from tariff_advisor.report.timeline import recommendation_timeline

    timeline = recommendation_timeline(rec)
    cur = timeline.currency
    click.echo("\n" + _("Timeline (what to cancel by when, and when the new plans start):"))
    for line in timeline.members:  # a member's lines one under the other: a table would be too wide to read
        click.echo(f"  {line.member}")
        click.echo("    " + _("cancel: {what}").format(what=cancel_text(line, cur)))
        click.echo("    " + _("new plan: {what}").format(what=new_plan_text(line)))
        phone = phone_text(line, cur)
        if line.phone is not None:
            phone = _("{phone}; real cost {cost}").format(phone=phone, cost=phone_cost_text(line, cur))
        click.echo("    " + _("phone: {what}").format(what=phone))


def constraint_options(func: F) -> F:
    """The household constraints and solver settings, shared by recommend and report."""
    options = [
        click.option(
            "--lock",
            "locks",
            multiple=True,
            metavar="NAME:KEY=VALUE",
            help="Fix a choice: NAME:provider=ID, NAME:tariff=ID, NAME:options=ID, NAME:require=FEATURE, "
            "NAME:phone=DEVICE (or keep), NAME:switch_month=N.",
        ),
        click.option("--exclude", "exclude", multiple=True, metavar="PROVIDER", help="Leave this provider out."),
        click.option(
            "--max-providers", type=click.IntRange(min=1), default=None, help="At most N providers for the household."
        ),
        click.option(
            "--only-tariffs",
            "only",
            multiple=True,
            metavar="ID[,ID...]",
            help="Choose only among these tariffs (a shop's range).",
        ),
        click.option(
            "--budget", type=click.FloatRange(min=0), default=None, help="At most this much a month on average."
        ),
        click.option(
            "--require", "require", multiple=True, metavar="FEATURE", help="Every member needs this (e.g. 5g)."
        ),
        click.option("--solver", type=click.Choice(["cbc", "highs"]), default="highs", show_default=True),
        click.option("--time-limit", type=click.FloatRange(min=0.1), default=None, help="Seconds the solver may take."),
        catalogue_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def run_recommendation(
    household: Path,
    locks: tuple[str, ...],
    exclude: tuple[str, ...],
    max_providers: int | None,
    only: tuple[str, ...],
    budget: float | None,
    require: tuple[str, ...],
    solver: str,
    time_limit: float | None,
    catalogue_dir: Path | None,
) -> Recommendation:
    from tariff_advisor.catalogue.loading import load_catalogue
    from tariff_advisor.household.files import load_household
    from tariff_advisor.optimiser.recommendation import recommend as run

    constraints: dict[str, Any] = {}
    if locks:
        constraints["locks"] = parse_locks(locks)
    if exclude:
        constraints["exclude_providers"] = list(exclude)
    if max_providers:
        constraints["max_providers"] = max_providers
    if only:
        constraints["only_tariffs"] = [t.strip() for value in only for t in value.split(",") if t.strip()]
    if budget is not None:
        constraints["budget_per_month"] = budget
    if require:
        constraints["require"] = list(require)
    return run(
        load_household(household), load_catalogue(catalogue_dir), constraints, solver=solver, time_limit=time_limit
    )


ics_option = click.option(
    "--ics",
    "ics",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write the contract timeline as a calendar file (.ics): cancellation deadlines and switch dates.",
)


def check_ics_target(ics: Path | None) -> None:
    """Say before the solver runs that the calendar cannot go where asked (a folder, a missing folder)."""
    if ics is None:
        return
    from tariff_advisor.report.advice import writable_target

    writable_target(ics, "contracts.ics")
    if ics.suffix.lower() != ".ics":
        raise click.BadParameter(_("{name}: a calendar file ends in .ics").format(name=ics.name), param_hint="--ics")


def write_ics(rec: Recommendation, ics: Path) -> str:
    """Write the recommendation's calendar; the line that says so. Errors as the other outputs say them."""
    from tariff_advisor.report.advice import OutputPathError
    from tariff_advisor.report.calendar import write_calendar
    from tariff_advisor.report.timeline import recommendation_timeline

    timeline = recommendation_timeline(rec)
    try:
        write_calendar(rec.household, timeline, ics)
    except OutputPathError:
        raise
    except OSError as exc:  # e.g. no permission to write there: the file asked for is left as it was
        raise OutputPathError(_("cannot write {file}: {reason}").format(file=ics, reason=exc.strerror or exc)) from exc
    events = sum(
        (m.cancel_by is not None and m.new is not None) + (m.new is not None) + (m.next_notice_deadline is not None)
        for m in timeline.members
    )
    return ngettext("wrote {file} ({count} date)", "wrote {file} ({count} dates)", events).format(
        file=ics, count=events
    )


@main.command()
@click.argument("household", type=click.Path(path_type=Path))
@constraint_options
@click.option("--explain", "with_explanation", is_flag=True, help="Also show why not the alternatives.")
@ics_option
@json_option
@_friendly_errors
def recommend(
    household: Path,
    locks: tuple[str, ...],
    exclude: tuple[str, ...],
    max_providers: int | None,
    only: tuple[str, ...],
    budget: float | None,
    require: tuple[str, ...],
    solver: str,
    time_limit: float | None,
    catalogue_dir: Path | None,
    with_explanation: bool,
    ics: Path | None,
    as_json: bool,
) -> None:
    """The cheapest tariffs and options for every member of HOUSEHOLD, planned together."""
    from tariff_advisor.optimiser.explain import explain

    check_ics_target(ics)
    rec = run_recommendation(
        household, locks, exclude, max_providers, only, budget, require, solver, time_limit, catalogue_dir
    )
    explanation = explain(rec) if with_explanation and rec.assignment is not None else None
    if as_json:
        data = rec.to_dict()
        if explanation is not None:
            data["explanation"] = explanation.to_dict()
        click.echo(json.dumps(data, indent=2, default=str))
    else:
        print_recommendation(rec, explanation)
    if rec.assignment is None:
        sys.exit(EXIT_PROBLEMS)
    if ics is not None:
        click.echo(write_ics(rec, ics), err=as_json)  # stdout stays pure JSON


@main.command()
@click.argument("household", type=click.Path(path_type=Path))
@constraint_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="advice.pdf, or .csv (bill lines) or .json (everything).",
)
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True)
@ics_option
@_friendly_errors
def report(
    household: Path,
    locks: tuple[str, ...],
    exclude: tuple[str, ...],
    max_providers: int | None,
    only: tuple[str, ...],
    budget: float | None,
    require: tuple[str, ...],
    solver: str,
    time_limit: float | None,
    catalogue_dir: Path | None,
    output: Path,
    paper: str,
    ics: Path | None,
) -> None:
    """Write the advice for HOUSEHOLD to hand over: a PDF, or CSV/JSON exports."""
    from tariff_advisor.optimiser.explain import explain
    from tariff_advisor.report.advice import OutputPathError, export, writable_target

    if output.suffix.lower() not in (".pdf", ".csv", ".json"):
        raise click.BadParameter(_("{name}: write .pdf, .csv or .json").format(name=output.name), param_hint="--output")
    writable_target(output)  # a missing folder is said before the solver runs, not after
    check_ics_target(ics)
    rec = run_recommendation(
        household, locks, exclude, max_providers, only, budget, require, solver, time_limit, catalogue_dir
    )
    if rec.plans is None:
        click.echo(_("No recommendation to report: {reason}").format(reason=rec.reason), err=True)
        sys.exit(EXIT_PROBLEMS)
    explanation = explain(rec) if output.suffix.lower() != ".csv" else None
    try:
        export(rec, explanation, output, paper)
    except OutputPathError:
        raise
    except OSError as exc:  # e.g. no permission to write there: the file asked for is left as it was
        raise OutputPathError(
            _("cannot write {file}: {reason}").format(file=output, reason=exc.strerror or exc)
        ) from exc
    bill = rec.plans.bill
    status = _("optimal") if rec.status == "optimal" else _("feasible, not proven optimal")
    click.echo(
        ngettext(
            "wrote {file} ({status}: {total} over {count} month)",
            "wrote {file} ({status}: {total} over {count} months)",
            bill.horizon_months,
        ).format(file=output, status=status, total=money(bill.total, bill.currency), count=bill.horizon_months)
    )
    if ics is not None:
        click.echo(write_ics(rec, ics))
