"""The bundle's program: the `tariff-advisor` command; with no arguments (a double-click) it opens the app."""

import sys

from tariff_advisor_ui.cli import main

if __name__ == "__main__":
    if len(sys.argv) == 1:  # started from a menu or a file manager, not a terminal
        sys.argv.append("gui")
    main()
