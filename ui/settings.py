"""Every QSettings key the app uses, in one place."""

ORGANISATION = "TariffAdvisor"
APPLICATION = "Tariff Advisor"

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
WINDOW_SPLITTER = "window/splitter"  # the advisor's centre and side panel widths
LAST_FOLDER = "files/last_folder"
RECENT_FILES = "files/recent"
SOLVER = "optimiser/solver"
FIRST_RUN_DONE = "first_run/done"  # a way in was chosen on the first-run page: it is not shown at start again

MAX_RECENT = 8
EDITOR_GEOMETRY = "editor/geometry"
SHOP_RANGE = "shop/range"  # tariff ids the shop sells; empty: every tariff. Kept across customers
CORRECTIONS_FOLDER = "corrections/folder"  # where Report a wrong price saves correction requests
SHOP_FOLDER = "shop/release_folder"  # a shared folder where the shop's catalogue releases arrive; checked at start
STALE_AFTER_DAYS = "catalogue/stale_after_days"  # prices older than this get a warning (default 14)
RELEASE_KEY_FILE = (
    "editor/release_key_file"  # the private key File -> Release signs with (its path only, never the key)
)
LANGUAGE = "view/language"  # "en" or "de" (View -> Language); none: the system's. Applies at the next start
