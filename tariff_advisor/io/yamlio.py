"""Reading YAML input files into located problems instead of tracebacks.

ruamel.yaml's round-trip loader keeps line numbers (and, for the catalogue
editor, comments), so every schema error can point at the line to fix.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from tariff_advisor.errors import InputFileError, Problem

M = TypeVar("M", bound=BaseModel)
# Where pydantic found an error: keys and list indexes into the document, and union member tags.
Loc = tuple[int | str, ...]


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long line the editor wrote
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_yaml(path: Path) -> tuple[Any, list[Problem]]:
    """The parsed document, or None with the problems that stopped parsing."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(name, f"cannot read the file ({exc.strerror or exc})")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(name, f"not UTF-8 text (byte {exc.start}); save the file as UTF-8")]
    if not text.strip():
        return None, [Problem(name, "the file is empty")]
    try:
        data = round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "invalid YAML"
        return None, [Problem(name, f"YAML syntax error: {reason}; check indentation and quotes", line=line)]
    except YAMLError as exc:
        return None, [Problem(name, f"YAML syntax error: {exc}")]
    if not isinstance(data, dict):
        return None, [Problem(name, "expected a mapping of keys (e.g. 'provider:', 'tariffs:') at the top level")]
    return data, []


def line_of(data: Any, loc: Loc) -> int | None:
    """The 1-based line of the deepest part of `loc` present in the document."""
    node, line = data, None
    for key in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(node, dict) and key in node:
                if lc is not None:
                    line = lc.key(key)[0] + 1
                node = node[key]
            elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
                if lc is not None:
                    line = lc.item(key)[0] + 1
                node = node[key]
            # else: a pydantic union tag, not a document key: skip it
        except (KeyError, IndexError, TypeError):
            break
    return line


def entry_label(data: Any, loc: Loc) -> tuple[str, Loc]:
    """Split a pydantic location into the entry it is in and the rest (the field)."""
    if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
        items = data.get(loc[0]) if isinstance(data, dict) else None
        label = f"{loc[0]}[{loc[1]}]"
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            ident = items[loc[1]].get("id") or items[loc[1]].get("name")
            if ident is not None:
                label += f" ({ident!r})"
        return label, loc[2:]
    return "", loc


def _field_name(data: Any, prefix: Loc, rest: Loc) -> str:
    """The dotted field path, keeping only real document keys and list indexes."""
    node, names = data, []
    for key in prefix:
        node = _child(node, key)
    for key in rest:
        child = _child(node, key)
        if child is _MISSING and not (isinstance(key, int) or _looks_like_key(key)):
            continue  # a union member tag such as 'float' or "literal['unlimited']"
        names.append(f"[{key}]" if isinstance(key, int) else str(key))
        node = child
    return ".".join(names).replace(".[", "[")


_MISSING = object()


def _child(node: Any, key: Any) -> Any:
    if isinstance(node, dict) and key in node:
        return node[key]
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return _MISSING


def _looks_like_key(key: Any) -> bool:
    return isinstance(key, str) and key.replace("_", "").isalnum() and key.islower() and "[" not in key


def _friendly(error: ErrorDetails) -> str:
    kind, msg = error.get("type", ""), error.get("msg", "")
    if kind == "extra_forbidden":
        return "unknown key; check the spelling against docs/catalogue-format.md"
    if kind == "missing":
        return "required field is missing"
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return msg


def validation_problems(file: str, data: Any, error: ValidationError) -> list[Problem]:
    """One problem per (entry, field), union alternatives folded into one message."""
    merged: dict[tuple[str, str], tuple[list[str], int | None]] = {}
    for err in error.errors():
        loc = tuple(err.get("loc", ()))
        entry, rest = entry_label(data, loc)
        field = _field_name(data, loc[: len(loc) - len(rest)], rest)
        key = (entry, field)
        messages, _line = merged.setdefault(key, ([], line_of(data, loc)))
        text = _friendly(err)
        if text not in messages:
            messages.append(text)
    return [
        Problem(file, " or ".join(msgs) if len(msgs) < 3 else "; ".join(msgs), entry, field, line)
        for (entry, field), (msgs, line) in merged.items()
    ]


def validate(file: str, data: Any, model: type[M]) -> tuple[M | None, list[Problem]]:
    """`data` as an instance of `model`, or None with every problem located in `file`."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, validation_problems(file, data, exc)


def load_validated(path: str | Path, model: type[M], what: str) -> M:
    """A small YAML settings file (an import profile, a mapping) as a model, or every problem with it."""
    data, problems = read_yaml(Path(path))
    if data is not None:
        parsed, problems = validate(str(path), data, model)
        if parsed is not None:
            return parsed
    raise InputFileError(problems, what)
