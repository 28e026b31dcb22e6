"""What every command shares: the `main` group, exit statuses, errors as messages, option decorators, tables."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click

from tariff_advisor.errors import SaveError, TariffAdvisorError
from tariff_advisor.i18n import LANGUAGES, _, set_language

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
            click.echo(_("error: {message}").format(message=exc), err=True)
            sys.exit(EXIT_BAD_INPUT)
        except SaveError as exc:  # its message already says what was kept
            click.echo(_("error: {message}").format(message=exc), err=True)
            sys.exit(EXIT_BAD_INPUT)
        except OSError as exc:  # a file that cannot be read or written: say which, and why, not a traceback
            why = exc.strerror or str(exc)
            message = (
                _("error: {file}: {reason}; check the path and its permissions").format(file=exc.filename, reason=why)
                if exc.filename
                else _("error: {reason}; check the path and its permissions").format(reason=why)
            )
            click.echo(message, err=True)
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


catalogue_option = click.option(
    "--catalogue",
    "catalogue_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Catalogue folder (default: the installed release in use, else the shipped sample market).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


# The option and command help stays English: click reads it when the commands are defined, before --language is
# known. Everything a command prints is in the language chosen here.
@click.group()
@click.version_option(package_name="tariff-advisor")
@click.option(
    "--language",
    type=click.Choice(sorted(LANGUAGES)),
    default=None,
    help="Language of messages, reports and exports (default: the system's).",
)
def main(language: str | None) -> None:
    """Tariff Advisor: the cheapest mobile tariffs for a whole household, proven."""
    set_language(language)
