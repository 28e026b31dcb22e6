"""The command line: tariff-advisor validate | price | recommend | report | import-usage | import-catalogue | diff
(and, with the app installed, gui and edit).

Errors in the user's files print as messages naming file, entry and field,
with exit status 2 (1 for "validate found problems"); never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import click

from tariff_advisor.errors import InputFileError, TariffAdvisorError
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor.report.formatting import money

if TYPE_CHECKING:  # the commands import the domain when they run, so `--help` stays fast
    from tariff_advisor.billing.assignment import Assignment, PlanChoice
    from tariff_advisor.billing.bill import Bill
    from tariff_advisor.catalogue.model import Catalogue
    from tariff_advisor.optimiser.explain import Explanation
    from tariff_advisor.optimiser.recommendation import Recommendation

EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2

P = ParamSpec("P")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])


def _friendly_errors(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except TariffAdvisorError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper


def table(rows: Sequence[Sequence[object]], header: Sequence[str], right: Collection[int] = frozenset()) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def fmt(row: Sequence[object]) -> str:
        return "  ".join(
            str(c).rjust(w) if i in right else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=False))
        )

    return "\n".join([fmt(header), "  ".join("-" * w for w in widths), *(fmt(r) for r in rows)])


def parse_assign(values: tuple[str, ...]) -> Assignment:
    """NAME=TARIFF[+OPTION...] pairs into an assignment."""
    assignment: Assignment = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name.strip() or not rest.strip():
            raise click.BadParameter(
                f"{value!r}: write NAME=TARIFF or NAME=TARIFF+OPTION+OPTION", param_hint="--assign"
            )
        tariff, *options = [part.strip() for part in rest.split("+")]
        assignment[name.strip()] = {"tariff": tariff, "options": options}
    return assignment


catalogue_option = click.option(
    "--catalogue",
    "catalogue_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Catalogue folder (default: the shipped sample market).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


@click.group()
@click.version_option(package_name="tariff-advisor")
def main() -> None:
    """Tariff Advisor: the cheapest mobile tariffs for a whole household, proven."""


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
    click.echo(
        f"{target}: OK: {len(catalogue.providers)} providers, {len(catalogue.tariffs)} tariffs, "
        f"{len(catalogue.options)} options, {plans} family plans ({catalogue.currency})"
    )


def print_bill(bill: Bill, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(bill.to_dict(), indent=2, default=str))
        return
    rows = []
    for row in bill.summary_rows():
        months = row["months"]
        when = f"month {months[0]}" if len(months) == 1 else f"{len(months)} months"
        rows.append([row["member"], row["provider"], row["label"], when, money(row["amount"])])
    click.echo(table(rows, ["member", "provider", "charge", "when", f"amount ({bill.currency})"], right={4}))
    click.echo("")
    for name, amount in bill.by_member().items():
        click.echo(f"  {name}: {money(amount)}")
    click.echo(
        f"Total over {bill.horizon_months} months: {money(bill.total)} {bill.currency} "
        f"({money(bill.monthly_average)} a month on average)"
    )
    for warning in bill.warnings:
        click.echo(f"warning: {warning}")


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
    from tariff_advisor.catalogue.loading import load_catalogue
    from tariff_advisor.household.files import load_household

    catalogue = load_catalogue(catalogue_dir)
    home = load_household(household)
    assignment = parse_assign(assign)
    for member in home.members:
        if member.name not in assignment and member.current is not None and member.current.tariff:
            assignment[member.name] = {"tariff": member.current.tariff, "options": list(member.current.options)}
    print_bill(billing.price(home, catalogue, assignment), as_json)


def parse_locks(values: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """NAME:KEY=VALUE pairs (KEY: provider, tariff, options, require) into the locks of a constraints dict."""
    locks: dict[str, dict[str, Any]] = {}
    for value in values:
        name, sep, rest = value.partition(":")
        key, eq, setting = rest.partition("=")
        if not sep or not eq or not name.strip() or not setting.strip():
            raise click.BadParameter(
                f"{value!r}: write NAME:provider=ID, NAME:tariff=ID, NAME:options=ID or NAME:require=FEATURE",
                param_hint="--lock",
            )
        key, setting = key.strip(), setting.strip()
        lock = locks.setdefault(name.strip(), {})
        if key in ("options", "require"):
            lock.setdefault(key, []).extend(s.strip() for s in setting.split(","))
        else:
            lock[key] = setting
    return locks


def _choice_text(catalogue: Catalogue, choice: PlanChoice) -> tuple[str, str, str]:
    tariff = catalogue.tariff(choice["tariff"])
    options = ", ".join(catalogue.option(o).name for o in choice["options"]) or "-"
    return tariff.provider, f"{tariff.name} ({tariff.id})", options


def print_recommendation(rec: Recommendation, explanation: Explanation | None) -> None:
    if rec.plans is None:
        click.echo(f"No recommendation: {rec.reason}")
        return
    bill, cat = rec.plans.bill, rec.catalogue
    by_member = bill.by_member()
    rows = []
    for name, choice in rec.plans.assignment.items():
        provider, tariff, options = _choice_text(cat, choice)
        rows.append([name, provider, tariff, options, money(by_member.get(name, 0.0))])
    if "(household)" in by_member:
        rows.append(["(household)", "", "shared family-plan charges", "", money(by_member["(household)"])])
    click.echo(f"Recommendation ({rec.status}, {rec.reason}; {rec.solver} in {rec.solve_seconds:.2f} s):")
    click.echo(
        table(
            rows,
            ["member", "provider", "tariff", "options", f"{bill.horizon_months} months ({bill.currency})"],
            right={4},
        )
    )
    click.echo(
        f"Total over {bill.horizon_months} months: {money(bill.total)} {bill.currency} "
        f"({money(bill.monthly_average)} a month on average)"
    )
    if rec.today is not None:
        savings = rec.today.total - bill.total
        click.echo(
            f"Staying on today's plans: {money(rec.today.total)}; you save {money(savings)} "
            f"({money(savings / bill.horizon_months)} a month)"
        )
    for note in rec.notes:
        click.echo(f"note: {note}")
    for warning in bill.warnings:
        click.echo(f"warning: {warning}")
    if explanation is None:
        return
    click.echo("\nWhy not another provider (everyone else as recommended):")
    rows = [
        [
            m,
            a.provider,
            _choice_text(cat, a.choice)[1] if a.choice else "nothing fits",
            "+" + money(a.extra) if a.extra is not None else "-",
        ]
        for m, alts in explanation.why_not.items()
        for a in alts
    ]
    click.echo(table(rows, ["member", "provider", "best there", "costs more"], right={3}))
    click.echo("\nWhole household with one provider:")
    rows = [
        [
            p.provider,
            money(p.total) if p.total is not None else "not possible",
            "+" + money(p.total - bill.total) if p.total is not None else "",
        ]
        for p in explanation.one_provider
    ]
    click.echo(table(rows, ["provider", "total", "costs more"], right={1, 2}))
    if explanation.sensitivity:
        click.echo("\nIf usage changes:")
        rows = [
            [
                f"{s.factor:.0%}",
                money(s.optimum_total) if s.optimum_total is not None else "-",
                money(s.recommended_total) + (" (slowed down)" if s.recommended_slowed else ""),
            ]
            for s in explanation.sensitivity
        ]
        click.echo(table(rows, ["usage", "best plans then", "these plans then"], right={1, 2}))
    if explanation.per_line_total is not None:
        click.echo(
            f"\nPicking each member's cheapest tariff alone would cost {money(explanation.per_line_total)}; "
            f"planning the household as one saves {money(explanation.joint_saving)}."
        )


def constraint_options(func: F) -> F:
    """The household constraints and solver settings, shared by recommend and report."""
    options = [
        click.option(
            "--lock",
            "locks",
            multiple=True,
            metavar="NAME:KEY=VALUE",
            help="Fix a choice: NAME:provider=ID, NAME:tariff=ID, NAME:options=ID, NAME:require=FEATURE.",
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


@main.command()
@click.argument("household", type=click.Path(path_type=Path))
@constraint_options
@click.option("--explain", "with_explanation", is_flag=True, help="Also show why not the alternatives.")
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
    as_json: bool,
) -> None:
    """The cheapest tariffs and options for every member of HOUSEHOLD, planned together."""
    from tariff_advisor.optimiser.explain import explain

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
) -> None:
    """Write the advice for HOUSEHOLD to hand over: a PDF, or CSV/JSON exports."""
    from tariff_advisor.optimiser.explain import explain
    from tariff_advisor.report.advice import export

    if output.suffix.lower() not in (".pdf", ".csv", ".json"):
        raise click.BadParameter(f"{output.name}: write .pdf, .csv or .json", param_hint="--output")
    rec = run_recommendation(
        household, locks, exclude, max_providers, only, budget, require, solver, time_limit, catalogue_dir
    )
    if rec.plans is None:
        click.echo(f"No recommendation to report: {rec.reason}", err=True)
        sys.exit(EXIT_PROBLEMS)
    explanation = explain(rec) if output.suffix.lower() != ".csv" else None
    export(rec, explanation, output, paper)
    bill = rec.plans.bill
    click.echo(f"wrote {output} ({rec.status}: {money(bill.total)} {bill.currency} over {bill.horizon_months} months)")


@main.command("import-usage")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--member", required=True, help="The member whose usage this is.")
@click.option(
    "--household",
    "household_file",
    required=True,
    type=click.Path(path_type=Path),
    help="Household file to update (written atomically).",
)
@click.option(
    "--mapping",
    "mappings",
    multiple=True,
    required=True,
    type=click.Path(path_type=Path),
    help="Column mapping (YAML); one for all files, or one per file in order.",
)
@click.option("--filter", "only_group", default=None, help="Keep only rows whose mapped group column has this value.")
@click.option(
    "--date-order",
    type=click.Choice(["day_first", "month_first"]),
    default=None,
    help="How to read dates like 03/04/2025 when the file cannot tell.",
)
@click.option("--save-mapping", type=click.Path(path_type=Path), default=None, help="Save the mapping used, for reuse.")
@click.option("--dry-run", is_flag=True, help="Show the months found; change nothing.")
@_friendly_errors
def import_usage(
    files: tuple[Path, ...],
    member: str,
    household_file: Path,
    mappings: tuple[Path, ...],
    only_group: str | None,
    date_order: str | None,
    save_mapping: Path | None,
    dry_run: bool,
) -> None:
    """Monthly usage of one member from call/SMS/data records (CSV or Excel); the records are not stored."""
    from tariff_advisor.household.files import load_household, save_household
    from tariff_advisor.usage.records import HISTORY_COLUMNS, aggregate, history_row, load_mapping, merge
    from tariff_advisor.usage.records import save_mapping as write_mapping

    if len(mappings) not in (1, len(files)):
        raise click.BadParameter("give one --mapping for all files, or one per file", param_hint="--mapping")
    household = load_household(household_file)
    if member not in household.member_names:
        raise click.BadParameter(
            f"{member!r} is not in {household_file} (members: {', '.join(household.member_names)})",
            param_hint="--member",
        )
    loaded = [load_mapping(m) for m in mappings]
    if date_order:
        loaded = [m.model_copy(update={"date_order": date_order}) for m in loaded]
    pairs = zip(files, loaded if len(loaded) == len(files) else loaded * len(files), strict=False)
    parts = [aggregate(f, m, household.numbers(), only_group=only_group) for f, m in pairs]
    imported = merge(*parts)
    history = imported.history()
    rows = [history_row(u) for u in history]
    click.echo(
        f"{imported.rows_read} records, dates read {parts[0].date_order.replace('_', '-')}; "
        f"{len(history)} months for {member}:"
    )
    click.echo(
        table(
            rows,
            HISTORY_COLUMNS,
            right={1, 2, 3, 4, 5, 6},
        )
    )
    for row, why in imported.rows_skipped[:10]:
        click.echo(f"skipped row {row}: {why}", err=True)
    if save_mapping:
        write_mapping(
            loaded[0].model_copy(
                update={"date_order": parts[0].date_order if parts[0].date_order != "iso" else loaded[0].date_order}
            ),
            save_mapping,
        )
    if dry_run:
        click.echo("dry run: nothing written")
        return
    save_household(household.with_member_usage(member, history), household_file)
    click.echo(f"{household_file}: {member}'s usage replaced by these {len(history)} months (records not stored)")


@main.command("import-catalogue")
@click.argument("table_file", type=click.Path(path_type=Path))
@click.option("--profile", type=click.Path(path_type=Path), required=True, help="Column-mapping profile (YAML).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Catalogue folder to write.")
@_friendly_errors
def import_catalogue(table_file: Path, profile: Path, output: Path) -> None:
    """Import a CSV/Excel tariff table into provider files, listing rejected rows."""
    from tariff_advisor.catalogue.loading import load_catalogue
    from tariff_advisor.editing.importing import import_table, load_profile, write_catalogue

    result = import_table(table_file, load_profile(profile))
    for outcome in result.rejected:
        click.echo(f"{table_file}: row {outcome.row}: rejected: {outcome.reason}", err=True)
    written = write_catalogue(result, output)
    catalogue = load_catalogue(output)
    click.echo(
        f"imported {result.tariff_count} tariffs from {len(written)} providers into {output} "
        f"({len(result.rejected)} rows rejected); {len(catalogue.tariffs)} tariffs validate"
    )


@main.command()
@click.argument("old_dir", type=click.Path(path_type=Path))
@click.argument("new_dir", type=click.Path(path_type=Path))
@json_option
@_friendly_errors
def diff(old_dir: Path, new_dir: Path, as_json: bool) -> None:
    """What changed from OLD_DIR to NEW_DIR: entries added, removed, changed field by field.

    Exit status 0 when the catalogues are the same, 1 when they differ.
    """
    from tariff_advisor.editing.diff import diff_folders

    result = diff_folders(old_dir, new_dir)
    if as_json:
        click.echo(result.to_json())
    else:
        for change in result.changes:
            click.echo(change.describe())
        click.echo(result.summary())
    sys.exit(0 if result.equal else EXIT_PROBLEMS)


if __name__ == "__main__":
    main()
