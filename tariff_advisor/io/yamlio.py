"""Reading YAML input files into located problems instead of tracebacks, with limits.

ruamel.yaml's round-trip loader keeps line numbers (and, for the catalogue
editor, comments), so every schema error can point at the line to fix. Every
load goes through `round_trip_yaml()`, which refuses, with the line, what no
input file needs and a careless or hostile one could use to exhaust the machine:
nesting deeper than MAX_DEPTH, aliases that expand to more than
MAX_ALIAS_EXPANSION values, and tags that build anything but plain data.
`read_yaml` also refuses files larger than MAX_FILE_BYTES before parsing them.

The pydantic side: `StrictModel` is the base for every file's schema (finite
numbers only, no booleans or strings taken as numbers), and `describe_errors`
turns pydantic's errors into words for people who edit the files.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Annotated, Any, Final, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.tag import Tag

from tariff_advisor.errors import InputFileError, Problem
from tariff_advisor.i18n import N_, _

M = TypeVar("M", bound=BaseModel)
# Where pydantic found an error: keys and list indexes into the document, and union member tags.
Loc = tuple[int | str, ...]

# The limits (docs/catalogue-format.md, "Limits"). A shipped provider file is 8 KB, 4 levels deep, with no alias.
MAX_FILE_BYTES: Final = 4 * 1024 * 1024  # some 50,000 months of usage; parsing time grows with it
MAX_DEPTH: Final = 40
MAX_ALIAS_EXPANSION: Final = 10_000  # values that aliases (*name) may add to a document, all aliases together
MAX_NUMBER_CHARS: Final = 40  # no value in these files needs more digits; Python refuses ints of 4300
_CORE = "tag:yaml.org,2002:"
# Plain data only: text, numbers, true/false, null, dates (timestamps), lists, mappings and merge keys (<<).
ALLOWED_TAGS: Final = frozenset(
    _CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge")
)
_STR_TAG = Tag(suffix=_CORE + "str")
_KIND_TAGS: dict[type[Node], str] = {
    MappingNode: _CORE + "map",
    SequenceNode: _CORE + "seq",
}  # scalars: any other allowed tag
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = re.compile(r"[Tt ]\s*(\d{1,2}):(\d{2}):(\d{2})")


class YamlLimitError(MarkedYAMLError):
    """A document that breaks one of the limits: located at the line where it does."""


def _limit_error(message: str, node_or_event: Any) -> YamlLimitError:
    return YamlLimitError(problem=message, problem_mark=node_or_event.start_mark)


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _real_timestamp(text: str) -> bool:
    """Whether a scalar YAML calls a timestamp is a real date (and time): 2026-02-30 is not."""
    match = _DATE.match(text)
    if match is None:
        return False
    try:
        year, month, day = (int(part) for part in match.groups())
        dt.date(year, month, day)
        time = _TIME.search(text, match.end())
        if time is not None:
            hour, minute, second = (int(part) for part in time.groups())
            dt.time(hour, minute, second)
    except ValueError:
        return False
    return True


class LimitedComposer(Composer):
    """ruamel's composer, refusing deep nesting, alias bombs, alias cycles and tags that are not plain data."""

    def __init__(self, loader: Any = None) -> None:
        super().__init__(loader)
        self.warn_double_anchors = False  # a redefined anchor is valid YAML; the newer one counts
        self._weights: dict[int, int] = {}  # id(node) -> how many values it stands for, aliases expanded
        self._expanded = 0  # values that aliases added so far

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.parser.check_event(AliasEvent):
            event = self.parser.peek_event()
            node = super().compose_node(parent, index)
            self._count_alias(node, event)
            return node
        if self.depth >= MAX_DEPTH:
            raise _limit_error(
                _(
                    "nested more than {count} levels deep; no valid file needs that many, "
                    "check the brackets and the indentation"
                ).format(count=MAX_DEPTH),
                self.parser.peek_event(),
            )
        node = super().compose_node(parent, index)
        self._check(node)
        return node

    def _fits(self, node: ScalarNode, tag: str) -> bool:
        """Whether an explicit tag (`!!int abc`) agrees with what the value is, so constructing it cannot fail."""
        if tag in (_CORE + "str", _CORE + "merge"):
            return True
        implicit = str(self.resolver.resolve(ScalarNode, node.value, (True, False)))
        return implicit == tag or (tag == _CORE + "float" and implicit == _CORE + "int")

    def _count_alias(self, node: Node, event: Any) -> None:
        weight = self._weights.get(id(node))
        if weight is None:
            raise _limit_error(
                _("the alias *{name} is inside its own anchor; a file cannot refer to itself").format(
                    name=event.anchor
                ),
                event,
            )
        self._expanded += weight
        if self._expanded > MAX_ALIAS_EXPANSION:
            raise _limit_error(
                _(
                    "aliases (*name) here expand to more than {count} values; "
                    "write the values out, or use fewer aliases"
                ).format(count=MAX_ALIAS_EXPANSION),
                event,
            )

    def _check(self, node: Node) -> None:
        tag = str(node.tag)
        if tag not in ALLOWED_TAGS:
            raise _limit_error(
                _("the tag {tag} is not allowed; write plain text, numbers, dates, lists and mappings").format(
                    tag=_short_tag(tag)
                ),
                node,
            )
        if tag != _KIND_TAGS.get(type(node), tag) or (isinstance(node, ScalarNode) and not self._fits(node, tag)):
            raise _limit_error(
                _("the tag {tag} does not fit this value; remove the tag").format(tag=_short_tag(tag)), node
            )
        if tag == _CORE + "str" and isinstance(node, ScalarNode) and node.ctag.handle is not None:
            node.tag, node.style = _STR_TAG, node.style or "'"  # `!!str 12` is the text '12', as plain text
        elif tag == _CORE + "timestamp" and not _real_timestamp(str(node.value)):
            node.tag = _STR_TAG  # read as text, so that the schema reports it where it is, as a date that is not real
        elif tag in (_CORE + "int", _CORE + "float") and len(str(node.value)) > MAX_NUMBER_CHARS:
            raise _limit_error(
                _("a number of more than {count} characters; no value here needs that many").format(
                    count=MAX_NUMBER_CHARS
                ),
                node,
            )
        if isinstance(node, SequenceNode):
            children = [self._weights[id(child)] for child in node.value]
        elif isinstance(node, MappingNode):
            children = [self._weights[id(part)] for pair in node.value for part in pair]
        else:
            children = []
        self._weights[id(node)] = 1 + sum(children)


def round_trip_yaml() -> YAML:
    """The one YAML reader and writer: round trip (comments, layout and lines kept), with the limits above."""
    yaml = YAML(typ="rt")
    yaml.Composer = LimitedComposer
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long line the editor wrote
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def stamp(raw: bytes) -> str:
    """What a file held when it was read, to tell later whether someone else changed it."""
    return hashlib.sha256(raw).hexdigest()


def read_bytes(path: Path) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, or None with why not (missing, unreadable, larger than MAX_FILE_BYTES)."""
    name = str(path)
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)  # never more, whatever the file's size
    except OSError as exc:
        return None, [Problem(name, _("cannot read the file ({reason})").format(reason=exc.strerror or exc))]
    if len(raw) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return None, [
            Problem(
                name,
                _("the file is larger than {limit} MB; no valid file is, check that it is the right one").format(
                    limit=limit
                ),
            )
        ]
    return raw, []


def parse_yaml(raw: bytes, name: str) -> tuple[Any, list[Problem]]:
    """A file's bytes as a round-trip document (a mapping at the top), or None with the problems that stopped it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem(name, _("UTF-16 text; save the file as UTF-8"))]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [
            Problem(name, _("not UTF-8 text (byte {position}); save the file as UTF-8").format(position=exc.start))
        ]
    if not text.strip():
        return None, [Problem(name, _("the file is empty"))]
    try:
        data = round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or _("invalid YAML")
        if isinstance(exc, YamlLimitError):
            return None, [Problem(name, reason, line=line)]
        message = _("YAML syntax error: {reason}; check indentation and quotes").format(reason=reason)
        return None, [Problem(name, message, line=line)]
    except YAMLError as exc:
        return None, [Problem(name, _("YAML syntax error: {reason}").format(reason=" ".join(str(exc).split())))]
    if not isinstance(data, dict):
        return None, [Problem(name, _("expected a mapping of keys (e.g. 'provider:', 'tariffs:') at the top level"))]
    return data, []


def read_yaml(path: Path) -> tuple[Any, list[Problem]]:
    """The parsed document, or None with the problems that stopped parsing."""
    raw, problems = read_bytes(path)
    if raw is None:
        return None, problems
    return parse_yaml(raw, str(path))


# -- writing back into a loaded document -----------------------------------------------------------
def to_round_trip(value: Any) -> Any:
    """Plain dicts and lists as ruamel nodes, short ones written inline like the shipped files."""
    if isinstance(value, (CommentedMap, CommentedSeq)):
        return copy.deepcopy(value)
    if isinstance(value, dict):
        mapping = CommentedMap((k, to_round_trip(v)) for k, v in value.items())
        if all(not isinstance(v, (dict, list)) for v in value.values()) and len(value) <= 6:
            mapping.fa.set_flow_style()
        return mapping
    if isinstance(value, list):
        sequence = CommentedSeq(to_round_trip(v) for v in value)
        if all(not isinstance(v, (dict, list)) for v in value):
            sequence.fa.set_flow_style()
        return sequence
    return value


def uses_aliases(document: Any) -> bool:
    """Whether a loaded document shares a mapping or list between places (an alias): updating it in place would
    change every place at once, so such a document is written afresh instead."""
    seen: set[int] = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                return True
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)
    return False


def update_round_trip(old: Any, new: Any) -> Any:
    """`new` (plain data), written into the loaded document `old` so that its comments and layout stay.

    Mappings are updated key by key, lists of mappings item by item (matched by their 'name' or 'month' when
    every item has one, else by position); a value that did not change keeps the way the file wrote it."""
    if isinstance(old, CommentedMap) and isinstance(new, dict):
        for key in [k for k in old if k not in new]:
            del old[key]
        for key, value in new.items():
            old[key] = update_round_trip(old[key], value) if key in old else to_round_trip(value)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        matched = _matching_items(old, new)
        updated = [
            update_round_trip(m, v) if m is not None else to_round_trip(v) for m, v in zip(matched, new, strict=True)
        ]
        del old[len(new) :]
        for index, value in enumerate(updated):
            if index < len(old):
                old[index] = value
            else:
                old.append(value)
        return old
    return old if _same_value(old, new) else to_round_trip(new)


def _same_value(old: Any, new: Any) -> bool:
    """Whether a scalar is unchanged: 12.50 and 12.5 are the same fee, true and 1 are not."""
    if isinstance(old, (dict, list)) or isinstance(new, (dict, list)):
        return False
    return isinstance(old, bool) == isinstance(new, bool) and bool(old == new)


def _matching_items(old: list[Any], new: list[Any]) -> list[Any]:
    for key in ("name", "month"):
        if all(isinstance(i, dict) and key in i for i in [*old, *new]):
            by_key = {str(i[key]): i for i in old}
            return [by_key.get(str(i[key])) for i in new]
    return [old[i] if i < len(old) else None for i in range(len(new))]


# -- the schemas' shared base ---------------------------------------------------------------------
# Every file schema's settings: unknown keys are errors, numbers are finite numbers (never true/false or text),
# true/false are booleans (never 1 or 'yes'), dates are dates. A schema's base class sets
# `model_config = ConfigDict(**STRICT_FILE)` (or derives from StrictModel).
STRICT_FILE: Final = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class StrictModel(BaseModel):
    """The base for a file's schema, with STRICT_FILE's settings."""

    model_config = STRICT_FILE


MAX_MONEY: Final = 10_000_000  # in the file's currency; large enough for any currency's prices, never 1e300
Money = Annotated[float, Field(ge=0, le=MAX_MONEY)]


# -- where a problem is ---------------------------------------------------------------------------
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
    for position, key in enumerate(rest, start=1):
        child = _child(node, key)
        last = position == len(rest)  # only the last key may be absent: a missing field
        if child is _MISSING and not isinstance(key, int) and (not last or not _looks_like_key(key)):
            continue  # a union member tag such as 'cashback' (a promotion's type), 'float' or "literal['unlimited']"
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


# -- pydantic's errors in an editor's words ---------------------------------------------------------
_PHRASES = {
    "float_parsing": N_("write a number such as 12.99"),
    "float_type": N_("write a number such as 12.99"),
    "finite_number": N_("write a finite number such as 12.99 (.inf and .nan are not numbers here)"),
    "int_parsing": N_("write a whole number such as 24"),
    "int_type": N_("write a whole number such as 24"),
    "int_from_float": N_("write a whole number such as 24"),
    "bool_parsing": N_("write true or false"),
    "bool_type": N_("write true or false"),
    "date_parsing": N_("write a real date such as 2027-01-31"),
    "date_type": N_("write a real date such as 2027-01-31"),
    "date_from_datetime_parsing": N_("write a real date such as 2027-01-31"),
    "date_from_datetime_inexact": N_("write a real date such as 2027-01-31"),
    "string_type": N_("write text"),
    "string_too_short": N_("must not be empty"),
    "string_too_long": N_("is too long"),
    "list_type": N_("write a list"),
    "dict_type": N_("write a mapping of keys and values"),
    "model_type": N_("write a mapping of keys and values"),
    "model_attributes_type": N_("write a mapping of keys and values"),
    "too_short": N_("needs at least one item"),
    "missing": N_("needs a value"),
    "extra_forbidden": N_("unknown key; check the spelling against the file format's documentation"),
    "recursion_loop": N_("refers to itself; write the values out"),
}
_BOUNDS = {
    "greater_than_equal": ("ge", N_("should be greater than or equal to {limit}")),
    "greater_than": ("gt", N_("should be greater than {limit}")),
    "less_than_equal": ("le", N_("should be less than or equal to {limit}")),
    "less_than": ("lt", N_("should be less than {limit}")),
}
MONTH_PATTERN: Final = r"^\d{4}-(0[1-9]|1[0-2])$"  # a real month, YYYY-MM
_PATTERNS = {  # the catalogue's Identifier and Feature, the household's month
    MONTH_PATTERN: N_("write a real month as YYYY-MM, such as 2025-11"),
    r"^[a-z0-9][a-z0-9._-]*$": N_("use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit"),
    r"^[a-z0-9_]+$": N_("use lower-case letters, digits and '_'"),
}


def is_field_key(part: int | str) -> bool:
    """A field name, not a list index or a union member's tag ('constrained-float', "literal['unlimited']")."""
    return isinstance(part, str) and part.replace("_", "").isalnum() and part.islower()


def describe_errors(errors: list[ErrorDetails]) -> str:
    """One message for one field's errors; a union's alternatives (a number, or 'unlimited') read as one."""
    first = errors[0]
    alternatives = [e for e in errors if e["loc"] and not is_field_key(e["loc"][-1]) and isinstance(e["loc"][-1], str)]
    if len(alternatives) < 2:
        return _wanted(first) + _got(first)
    distinct: dict[str, ErrorDetails] = {}  # the first error of each wording
    for err in alternatives:
        distinct.setdefault(_wanted(err), err)
    wanted = [_wanted(e, bare=i > 0) for i, e in enumerate(distinct.values())]
    # TRANSLATORS: between alternatives a field accepts: "write a number such as 12.99, or 'unlimited'"
    return _(", or ").join(wanted) + _got(first)


def _wanted(err: ErrorDetails, bare: bool = False) -> str:
    """What the field should hold, e.g. 'write a number such as 12.99' (`bare`: a choice's values alone)."""
    kind, ctx = err["type"], err.get("ctx", {})
    if kind in _PHRASES:
        return _(_PHRASES[kind])
    if kind in _BOUNDS:
        bound, words = _BOUNDS[kind]
        limit = ctx.get(bound)
        return _(words).format(limit=_number(limit)) if isinstance(limit, (int, float)) else err["msg"]
    if kind == "literal_error":
        expected = str(ctx.get("expected", ""))
        return expected if bare else _("choose {choices}").format(choices=expected)
    if kind == "string_pattern_mismatch":
        pattern = _PATTERNS.get(str(ctx.get("pattern")))
        return _(pattern) if pattern is not None else _("is not written the way this field needs")
    return err["msg"].removeprefix("Value error, ").replace("Input should", "should")


def _number(value: float) -> str:
    """A bound as people write it: 10,000,000 rather than 1e+07."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def _got(err: ErrorDetails) -> str:
    """' (got 'abc')' for a value the file holds, so the message shows what was read."""
    value = err.get("input")
    if err["type"] in ("missing", "extra_forbidden", "value_error") or not isinstance(value, (str, int, float)):
        return ""
    if value == "":
        return ""
    if isinstance(value, bool):
        return " " + _("(got {value})").format(value=str(value).lower())
    if isinstance(value, str) and len(value) > 60:
        value = value[:57] + "..."
    return " " + _("(got {value})").format(value=repr(value))


def validation_problems(file: str, data: Any, error: ValidationError) -> list[Problem]:
    """One problem per (entry, field), union alternatives folded into one message."""
    grouped: dict[tuple[str, str], list[ErrorDetails]] = {}
    lines: dict[tuple[str, str], int | None] = {}
    for err in error.errors():
        loc = tuple(err.get("loc", ()))
        entry, rest = entry_label(data, loc)
        key = (entry, _field_name(data, loc[: len(loc) - len(rest)], rest))
        grouped.setdefault(key, []).append(err)
        lines.setdefault(key, line_of(data, loc))
    return [
        Problem(file, describe_errors(errors), entry, field, lines[(entry, field)])
        for (entry, field), errors in grouped.items()
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
