"""The commands that read and write files: import-usage, import-catalogue, diff."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tariff_advisor.cli.common import EXIT_PROBLEMS, _friendly_errors, json_option, main, table


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
