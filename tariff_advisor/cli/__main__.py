"""`python -m tariff_advisor.cli`: the command line without the app."""

from tariff_advisor.cli import main

if __name__ == "__main__":  # not when merely imported (e.g. a walk over every module)
    main()
