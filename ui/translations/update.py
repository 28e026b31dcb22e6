"""Update the app's translations: `python ui/translations/update.py` (from the checkout, in the venv).

1. pyside6-lupdate reads every `self.tr(...)`, `QCoreApplication.translate(...)` and `QT_TRANSLATE_NOOP(...)` in
   ui/ into tariff_advisor_<lang>.ts (new messages come in unfinished, vanished ones go);
2. translate the unfinished messages (Qt Linguist: `pyside6-linguist ui/translations/tariff_advisor_de.ts`);
3. pyside6-lrelease compiles each .ts into the .qm the app loads (shipped as package data and in the bundle).

`--check` changes nothing: it exits 1 naming what is out of date (a message in ui/ missing from a .ts, an
unfinished translation, a .qm that is not what lrelease makes of its .ts). tests/test_ui_german.py runs it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent
LANGUAGES = ("de",)  # English is the source language: it needs no .ts
CATALOGUE = "tariff_advisor"


def ts_file(language: str) -> Path:
    return HERE / f"{CATALOGUE}_{language}.ts"


def _tool(name: str) -> str:
    """A PySide6 tool next to this Python (the venv's bin or Scripts), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment (pip install -e '.[dev]')")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if HERE not in p.parents and "__pycache__" not in p.parts)


def lupdate(ts: Path) -> None:
    files = [str(p) for p in sources()]
    # no source locations: a moved line would otherwise change the .ts on every edit of the code
    command = [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *files, "-ts", str(ts)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the message's <translation> element."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                found[(name, message.findtext("source") or "")] = translation
    return found


def problems(language: str) -> list[str]:
    """What is out of date for `language`; empty when the .ts and .qm are complete and current."""
    ts, found = ts_file(language), []
    if not ts.is_file():
        return [f"{ts.name} is missing: run python ui/translations/update.py"]
    with tempfile.TemporaryDirectory() as temporary:
        fresh = Path(temporary) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh)
        ours = messages(ts)
        found += [f"{ts.name}: not in it yet: [{c}] {s!r}" for c, s in messages(fresh) if (c, s) not in ours]
        compiled = Path(temporary) / "compiled.qm"
        lrelease(ts, compiled)
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.read_bytes() != compiled.read_bytes():
            found.append(f"{qm.name} is not what lrelease makes of {ts.name}: run python ui/translations/update.py")
    for (context, source), translation in ours.items():
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            found.append(f"{ts.name}: unfinished: [{context}] {source!r}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is out of date")
    arguments = parser.parse_args()
    if arguments.check:
        found = [problem for language in LANGUAGES for problem in problems(language)]
        print("\n".join(found) or "translations are complete and current")
        return 1 if found else 0
    for language in LANGUAGES:
        ts = ts_file(language)
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        unfinished = [s for s, t in messages(ts).items() if t.get("type") == "unfinished"]
        print(f"{ts.name}: {len(messages(ts))} messages, {len(unfinished)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
