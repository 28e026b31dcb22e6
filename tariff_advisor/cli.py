"""The command line: tariff-advisor validate | price | recommend | import-catalogue | gui.

Errors in the user's files print as messages naming file, entry and field,
with exit status 2 (1 for "validate found problems"); never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from .errors import InputFileError, TariffAdvisorError
from .resources import example_family_path, shipped_catalogue_dir

EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2


def _friendly_errors(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except TariffAdvisorError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper


def money(value: float) -> str:
    return f"{value:,.2f}"


def table(rows: list[list[str]], header: list[str], right: set[int] = frozenset()) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def fmt(row):
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths)))

    return "\n".join([fmt(header), "  ".join("-" * w for w in widths), *(fmt(r) for r in rows)])


def parse_assign(values: tuple[str, ...]) -> dict:
    """NAME=TARIFF[+OPTION...] pairs into an assignment."""
    assignment = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or not name.strip() or not rest.strip():
            raise click.BadParameter(f"{value!r}: write NAME=TARIFF or NAME=TARIFF+OPTION+OPTION", param_hint="--assign")
        tariff, *options = [part.strip() for part in rest.split("+")]
        assignment[name.strip()] = {"tariff": tariff, "options": options}
    return assignment


catalogue_option = click.option(
    "--catalogue", "catalogue_dir", type=click.Path(path_type=Path), default=None,
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
    from .catalogue_io import load_catalogue

    target = directory or shipped_catalogue_dir()
    try:
        catalogue = load_catalogue(target)
    except InputFileError as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_PROBLEMS)
    plans = len(catalogue.family_plans)
    click.echo(f"{target}: OK: {len(catalogue.providers)} providers, {len(catalogue.tariffs)} tariffs, "
               f"{len(catalogue.options)} options, {plans} family plans ({catalogue.currency})")


def print_bill(bill, as_json: bool) -> None:
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
    click.echo(f"Total over {bill.horizon_months} months: {money(bill.total)} {bill.currency} "
               f"({money(bill.monthly_average)} a month on average)")
    for warning in bill.warnings:
        click.echo(f"warning: {warning}")


@main.command()
@click.argument("household", type=click.Path(path_type=Path))
@click.option("--assign", "assign", multiple=True, metavar="NAME=TARIFF[+OPTION...]",
              help="One per member; omitted members stay on their current tariff.")
@catalogue_option
@json_option
@_friendly_errors
def price(household: Path, assign: tuple[str, ...], catalogue_dir: Path | None, as_json: bool) -> None:
    """Price HOUSEHOLD on the given tariffs, line by line, over its horizon."""
    from . import billing
    from .catalogue_io import load_catalogue
    from .household_io import load_household

    catalogue = load_catalogue(catalogue_dir)
    home = load_household(household)
    assignment = parse_assign(assign)
    for member in home.members:
        if member.name not in assignment and member.current is not None and member.current.tariff:
            assignment[member.name] = {"tariff": member.current.tariff, "options": list(member.current.options)}
    print_bill(billing.price(home, catalogue, assignment), as_json)


@main.command("import-catalogue")
@click.argument("table_file", type=click.Path(path_type=Path))
@click.option("--profile", type=click.Path(path_type=Path), required=True, help="Column-mapping profile (YAML).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Catalogue folder to write.")
@_friendly_errors
def import_catalogue(table_file: Path, profile: Path, output: Path) -> None:
    """Import a CSV/Excel tariff table into provider files, listing rejected rows."""
    from .catalogue_import import import_table, load_profile, write_catalogue
    from .catalogue_io import load_catalogue

    result = import_table(table_file, load_profile(profile))
    for outcome in result.rejected:
        click.echo(f"{table_file}: row {outcome.row}: rejected: {outcome.reason}", err=True)
    written = write_catalogue(result, output)
    catalogue = load_catalogue(output)
    click.echo(f"imported {result.tariff_count} tariffs from {len(written)} providers into {output} "
               f"({len(result.rejected)} rows rejected); {len(catalogue.tariffs)} tariffs validate")


if __name__ == "__main__":
    main()
