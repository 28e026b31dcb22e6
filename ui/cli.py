"""The `tariff-advisor` command: the domain's commands plus `gui` and `edit`, which need Qt."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tariff_advisor.cli import _friendly_errors, catalogue_option, main
from tariff_advisor.i18n import LANGUAGES

language_option = click.option(
    "--language",
    type=click.Choice(sorted(LANGUAGES)),
    default=None,
    help="The app's language for this start (default: the one chosen in View -> Language, else the system's).",
)


@main.command()
@click.argument("household", required=False, type=click.Path(path_type=Path))
@catalogue_option
@click.option(
    "--shop-folder",
    type=click.Path(path_type=Path),
    default=None,
    help="A shared folder with the shop's catalogue releases: a newer one is installed at start (remembered).",
)
@click.option(
    "--self-test",
    "self_test_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Check the app headless instead (example family, both solvers, a PDF into this folder); exit 0 if it works.",
)
@language_option
@_friendly_errors
def gui(
    household: Path | None,
    catalogue_dir: Path | None,
    shop_folder: Path | None,
    self_test_dir: Path | None,
    language: str | None,
) -> None:
    """Open the desktop app (default: the example family on the catalogue in use)."""
    if self_test_dir is not None:
        from .self_test import run_self_test

        sys.exit(run_self_test(self_test_dir))
    from .app import run

    sys.exit(run(household, catalogue_dir, shop_folder, language))


@main.command()
@click.argument("directory", required=False, type=click.Path(path_type=Path))
@language_option
@_friendly_errors
def edit(directory: Path | None, language: str | None) -> None:
    """Open the catalogue editor on DIRECTORY (default: the shipped catalogue)."""
    from .app import run_editor

    sys.exit(run_editor(directory, language))


if __name__ == "__main__":
    main()
