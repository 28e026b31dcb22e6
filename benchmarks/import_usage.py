"""The whole Megaline customer file (500 subscribers, 318,611 records in three files) imported in ONE command.

    .venv/bin/python benchmarks/import_usage.py

Runs `tariff-advisor import-usage` as a user does (a fresh interpreter), once into one household with one
member per subscriber and once into one household file per subscriber. The baseline is reading the same
three files with pandas alone (`pd.read_csv`, a fresh interpreter too), measured in the same run, so the
ratios hold across machines. The goal is under a minute on the project's machine.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.real_data import unpack_megaline  # noqa: E402

KINDS = ("calls", "messages", "internet")
MAPPINGS = ROOT / "examples" / "usage-mappings"


def seconds(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = unpack_megaline(Path(temp) / "megaline")
        files = [str(folder / f"megaline_{kind}.csv") for kind in KINDS]
        mappings = [arg for kind in KINDS for arg in ("--mapping", str(MAPPINGS / f"megaline-{kind}.yaml"))]
        read = "import sys, pandas as pd\nfor f in sys.argv[1:]: pd.read_csv(f, dtype=str)"
        baseline = seconds([sys.executable, "-c", read, *files])
        command = [sys.executable, "-m", "tariff_advisor.cli", "import-usage", *files, *mappings, "--by", "user_id"]
        one = seconds([*command, "--household", str(Path(temp) / "megaline.yaml")])
        each = seconds([*command, "--each", "household", "--household", str(Path(temp) / "households")])
        count = len(list((Path(temp) / "households").glob("*.yaml")))
    print(f"baseline: pandas reads the three files                 {baseline:6.2f} s")
    print(f"import-usage --by user_id (one member per subscriber)  {one:6.2f} s  ({one / baseline:5.1f} x baseline)")
    print(f"... --each household ({count} household files)          {each:6.2f} s  ({each / baseline:5.1f} x baseline)")
    print(f"goal: under 60 s each: {'met' if max(one, each) < 60 else 'NOT met'}")


if __name__ == "__main__":
    main()
