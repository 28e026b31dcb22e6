"""Build the standalone one-folder bundle: `python packaging/build.py [--dist DIR] [--work DIR]`.

It runs PyInstaller on packaging/tariff-advisor.spec with the Python that runs this script (the one with the
`bundle` extra installed) and prints where the bundle is. On Linux the bundle folder also gets the
.desktop file and the icon, for `packaging/install-desktop-entry` style installs.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "tariff-advisor.spec"
NAME = "tariff-advisor"


def build(dist: Path, work: Path) -> Path:
    """The bundle folder (dist/tariff-advisor), built afresh."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / NAME
    if sys.platform.startswith("linux"):  # the desktop entry's Exec and Icon are relative to the folder
        for name in ("tariff-advisor.desktop", "tariff-advisor.png"):
            shutil.copy2(ROOT / "packaging" / name, bundle / name)
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(f"bundle: {bundle} (built in {time.perf_counter() - started:.0f} s)")
    print(f"check it: QT_QPA_PLATFORM=offscreen {bundle / NAME} gui --self-test /tmp/tariff-advisor-self-test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
