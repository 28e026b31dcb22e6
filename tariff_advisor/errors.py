"""Errors the user can act on: each names the file, the entry and the field.

Everything the CLI or app reports to a person goes through these types, so a
malformed file never surfaces as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from tariff_advisor.i18n import N_, _, ngettext

# Where the problems are, as the head of the message says it ("2 problems in the catalogue:"), by the `what`
# the code gives; another `what` is said as "in the {what}".
WHERE: dict[str, str] = {
    "input": N_("in the input"),
    "catalogue": N_("in the catalogue"),
    "household": N_("in the household"),
    "table": N_("in the table"),
    "records": N_("in the records"),
    "import profile": N_("in the import profile"),
    "usage mapping": N_("in the column mapping"),
    "needs assumptions": N_("in the needs assumptions"),
    "usage import": N_("in the usage import"),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can."""

    file: str
    message: str
    entry: str = ""  # e.g. "tariffs[3] (id 'nw-start')"
    field: str = ""  # e.g. "allowances.data_gb"
    line: int | None = None  # 1-based line in the file, when known

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.entry:
            parts.append(self.entry)
        if self.field:
            parts.append(self.field)
        return ": ".join(parts) + f": {self.message}"


class TariffAdvisorError(Exception):
    """Base class for errors that are the input's fault, not the program's."""


class CancelledError(TariffAdvisorError):
    """A long computation was stopped because its result is no longer wanted (e.g. the app's user changed
    the household meanwhile)."""


class InputFileError(TariffAdvisorError):
    """One or more problems in one or more input files, all reported together."""

    def __init__(self, problems: list[Problem], what: str = "input"):
        self.problems = list(problems)
        self.what = what
        super().__init__(self._text())

    def _text(self) -> str:
        count = len(self.problems)
        where = WHERE.get(self.what)
        place = _(where) if where is not None else _("in the {what}").format(what=self.what)
        head = ngettext("{count} problem {where}:", "{count} problems {where}:", count).format(count=count, where=place)
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])


class CatalogueError(InputFileError):
    def __init__(self, problems: list[Problem]):
        super().__init__(problems, "catalogue")


class HouseholdError(InputFileError):
    def __init__(self, problems: list[Problem]):
        super().__init__(problems, "household")


class AssignmentError(TariffAdvisorError):
    """An assignment that cannot be priced (unknown tariff, option not accepted...)."""


class HouseholdChangedError(HouseholdError):
    """The household file on disk is not the one that was loaded: someone else changed it meanwhile."""

    def __init__(self, path: str):
        super().__init__(
            [
                Problem(
                    path,
                    _(
                        "was changed by someone else since it was opened; reload it to see their change, "
                        "or save again choosing to overwrite it"
                    ),
                )
            ]
        )
        self.path = path


class SaveError(OSError):
    """A file that could not be written (disk full, no permission...): the message says what was kept.

    An OSError, not a TariffAdvisorError: the input is not at fault, and code that tells a refused save (e.g. a
    file changed on disk, an InputFileError) from a failed one by catching OSError keeps working."""

    def __init__(self, path: object, message: str, errno: int | None = None):
        OSError.__init__(self, errno, message, str(path))
        self.path = str(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
