"""The real public data the tests use, kept in the repository (tests/data/real/, sources and licences in
its README) so that a bare clone runs every test. The Megaline record files are stored xz-compressed."""

from __future__ import annotations

import lzma
import shutil
from pathlib import Path

REAL = Path(__file__).resolve().parent / "data" / "real"
SG_TABLE = REAL / "sg_mobile_plans_2019.csv"
PHONE_LOG = REAL / "phone_data.csv"
SG_PROFILE = REAL.parents[2] / "examples" / "import-profiles" / "sg-mobile-plans-2019.yaml"
_MEGALINE = REAL / "megaline"


def unpack_megaline(target: Path) -> Path:
    """The five Megaline tables as plain CSV files in `target`, as their publisher wrote them."""
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(_MEGALINE.iterdir()):
        if source.suffix == ".xz":
            (target / source.stem).write_bytes(lzma.decompress(source.read_bytes()))
        elif source.suffix == ".csv":
            shutil.copyfile(source, target / source.name)
    return target
