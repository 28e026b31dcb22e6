"""The commands that read and write files: import-usage, import-catalogue, diff."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tariff_advisor.cli.common import EXIT_PROBLEMS, _friendly_errors, json_option, main, table
from tariff_advisor.i18n import _, ngettext, number

if TYPE_CHECKING:
    from tariff_advisor.usage.household_import import ImportPlan as HouseholdImportPlan


@main.command("import-usage")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--household",
    "household_file",
    required=True,
    type=click.Path(path_type=Path),
    help="Household file to update or create (written atomically); with --each household, a folder.",
)
@click.option(
    "--mapping",
    "mappings",
    multiple=True,
    required=True,
    type=click.Path(path_type=Path),
    help="Column mapping (YAML); one for all files, or one per file in order.",
)
@click.option("--member", default=None, help="The member whose usage every row (or the --filter rows) is.")
@click.option(
    "--by",
    "by",
    default=None,
    metavar="COLUMN",
    help="The subscriber column (same name in every file): one member per subscriber, named by it, "
    "or the member whose number it is (see --each).",
)
@click.option(
    "--each",
    type=click.Choice(["member", "household"]),
    default="member",
    show_default=True,
    help="With --by: one MEMBER per subscriber in the household file, or one HOUSEHOLD file per subscriber "
    "in the folder given as --household.",
)
@click.option(
    "--filter", "only_group", default=None, help="Keep only the rows of this subscriber (--by or columns.group)."
)
@click.option(
    "--replace",
    "replace_history",
    is_flag=True,
    help="Replace the members' usage history; by default the months are added to it (e.g. SMS after calls).",
)
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
    household_file: Path,
    mappings: tuple[Path, ...],
    member: str | None,
    by: str | None,
    each: str,
    only_group: str | None,
    replace_history: bool,
    date_order: str | None,
    save_mapping: Path | None,
    dry_run: bool,
) -> None:
    """Monthly usage from call/SMS/data records (CSV or Excel), added to the members' history; the records are
    not stored.

    --member NAME: every row is that member's. --by COLUMN: one member per subscriber in the household file
    (or, with --each household, one household file per subscriber in a folder); a file with no rows for a
    subscriber counts as zero of its usage. The household file is created when it does not exist.
    """
    from tariff_advisor.usage.household_import import plan_import, write_plan
    from tariff_advisor.usage.records import load_mapping
    from tariff_advisor.usage.records import save_mapping as write_mapping

    if len(mappings) not in (1, len(files)):
        raise click.BadParameter(_("give one --mapping for all files, or one per file"), param_hint="--mapping")
    if member is None and by is None:
        raise click.UsageError(_("say whose usage it is: --member NAME, or --by COLUMN for one member per subscriber"))
    if each == "household" and (member is not None or by is None):
        raise click.UsageError(
            _("--each household needs --by COLUMN and no --member: each household is one subscriber")
        )
    loaded = [load_mapping(m) for m in mappings]
    if date_order:
        loaded = [m.model_copy(update={"date_order": date_order}) for m in loaded]
    pairs = list(zip(files, loaded if len(loaded) == len(files) else loaded * len(files), strict=True))
    plan = plan_import(
        pairs, household_file, member, by, "household" if each == "household" else "member", only_group, replace_history
    )
    _show_plan(plan, member is not None)
    if save_mapping:
        order = plan.imported.date_order
        write_mapping(
            loaded[0].model_copy(
                update={"date_order": order if order in ("day_first", "month_first") else loaded[0].date_order}
            ),
            save_mapping,
        )
    if dry_run:
        click.echo(_("dry run: nothing written"))
        return
    write_plan(plan)
    for update in plan.updates[:10]:
        done = (
            _("{file}: created (monthly totals only, records not stored)")
            if update.created
            else _("{file}: updated (monthly totals only, records not stored)")
        )
        click.echo(done.format(file=update.path))
    if len(plan.updates) > 10:
        more = len(plan.updates) - 10
        click.echo(
            ngettext("... and {count} more household file", "... and {count} more household files", more).format(
                count=more
            )
        )


def _show_plan(plan: HouseholdImportPlan, one_member: bool) -> None:
    from tariff_advisor.usage.records import HISTORY_COLUMNS, history_row

    imported = plan.imported
    order = (imported.date_order or "iso").replace("_", "-")
    click.echo(
        ngettext(
            "{count} record, dates read {order}", "{count} records, dates read {order}", imported.rows_read
        ).format(count=number(imported.rows_read), order=order)
    )
    if one_member:
        (_group, name, _path) = plan.members[0]
        history = next(m.usage for u in plan.updates for m in u.household.members if m.name == name)
        count = len(imported.history())
        click.echo(
            ngettext(
                "{count} month imported for {name}; the history now has {total} months:",
                "{count} months imported for {name}; the history now has {total} months:",
                count,
            ).format(count=count, name=name, total=len(history))
        )
        headings = [_(c) for c in HISTORY_COLUMNS]
        click.echo(table([history_row(u) for u in history], headings, right={1, 2, 3, 4, 5, 6}))
    else:
        rows = []
        for group, name, _path in plan.members:
            months = imported.history(group)
            rows.append(
                (
                    group,
                    name,
                    len(months),
                    f"{months[0].month}..{months[-1].month}",
                    number(sum(u.minutes for u in months)),
                    number(sum(u.sms for u in months)),
                    number(sum(u.data_mb for u in months) / 1024, 1),
                )
            )
        months_total = sum(r[2] for r in rows)
        click.echo(
            ngettext("{count} subscriber, {months} months:", "{count} subscribers, {months} months:", len(rows)).format(
                count=len(rows), months=number(months_total)
            )
        )
        header = (_("subscriber"), _("member"), _("months"), _("from..to"), _("minutes"), _("SMS"), _("data GB"))
        click.echo(table(rows, header, right={2, 4, 5, 6}))
    for note in plan.notes[:20]:
        click.echo(_("note: {note}").format(note=note))
    if len(plan.notes) > 20:
        more = len(plan.notes) - 20
        click.echo(ngettext("... and {count} more note", "... and {count} more notes", more).format(count=more))
    for row, why in imported.rows_skipped[:10]:
        click.echo(_("skipped row {row}: {reason}").format(row=row, reason=why), err=True)
    if len(imported.rows_skipped) > 10:
        more = len(imported.rows_skipped) - 10
        click.echo(
            ngettext("... and {count} more row skipped", "... and {count} more rows skipped", more).format(count=more),
            err=True,
        )


@main.command("import-catalogue")
@click.argument("table_file", type=click.Path(path_type=Path))
@click.option(
    "--profile",
    type=click.Path(path_type=Path),
    default=None,
    help="Column-mapping profile (YAML) for a price list; without one, TABLE is a catalogue export "
    "(the editor's File > Export) read back whole.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Catalogue folder to write.")
@_friendly_errors
def import_catalogue(table_file: Path, profile: Path | None, output: Path) -> None:
    """Import a CSV/Excel tariff table into provider files, listing rejected rows."""
    from tariff_advisor.catalogue.loading import load_catalogue
    from tariff_advisor.editing.importing import import_table, load_profile, read_catalogue_table, write_catalogue

    result = import_table(table_file, load_profile(profile)) if profile else read_catalogue_table(table_file)
    for outcome in result.rejected:
        click.echo(
            _("{file}: row {row}: rejected: {reason}").format(file=table_file, row=outcome.row, reason=outcome.reason),
            err=True,
        )
    written = write_catalogue(result, output)
    catalogue = load_catalogue(output)
    click.echo(
        _(
            "imported {tariffs} tariffs from {providers} providers into {folder} ({rejected} rows rejected); "
            "{valid} tariffs validate"
        ).format(
            tariffs=result.tariff_count,
            providers=len(written),
            folder=output,
            rejected=len(result.rejected),
            valid=len(catalogue.tariffs),
        )
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
