"""The command line: tariff-advisor validate | price | recommend | report | import-usage | import-catalogue | diff |
catalogue keygen/release/install/list/use
(and, with the app installed, gui and edit).

Errors in the user's files print as messages naming file, entry and field,
with exit status 2 (1 for "validate found problems"); never a traceback.
"""

from tariff_advisor.cli import advice, files, releases  # noqa: F401 (importing them registers their commands on main)
from tariff_advisor.cli.common import EXIT_BAD_INPUT, EXIT_PROBLEMS, _friendly_errors, catalogue_option, main

__all__ = ["EXIT_BAD_INPUT", "EXIT_PROBLEMS", "_friendly_errors", "catalogue_option", "main"]
