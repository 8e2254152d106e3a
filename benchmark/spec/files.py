"""Load YAML while remembering the line of every value, so validation errors can point at it.

pydantic reports errors as a location tuple (``("sites", 2, "start_url")``); `LineIndex` turns
that tuple into the line of the file where the value (or its nearest parent) was written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from benchmark.errors import SpecError

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


class LineIndex:
    """Maps a location tuple to the 1-based line where that value starts."""

    def __init__(self, lines: dict[Loc, int]) -> None:
        self._lines = lines

    def line_of(self, loc: Iterable[str | int]) -> int | None:
        path = tuple(loc)
        while True:
            if path in self._lines:
                return self._lines[path]
            if not path:
                return None
            path = path[:-1]


def _index(node: yaml.Node, loc: Loc, lines: dict[Loc, int], path: Path | str) -> None:
    """Record the line of every value; a key written twice in one mapping is an error (YAML
    would keep the last one, so one of the two settings would be silently lost)."""
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            line = key_node.start_mark.line + 1
            if key in seen and key != "<<":
                raise SpecError(
                    path,
                    f"{key!r} is written twice (lines {seen[key]} and {line}); keep one",
                    line=line,
                    field=field_name((*loc, key)),
                )
            seen[key] = line
            _index(value_node, (*loc, key), lines, path)
            lines[(*loc, key)] = line
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*loc, i), lines, path)


def parse_yaml(text: str, path: Path | str) -> tuple[Any, LineIndex]:
    """Parse one YAML document; a syntax error becomes a `SpecError` with its line."""
    loader = None
    try:
        loader = yaml.SafeLoader(text)  # reading starts here: odd characters fail at once
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise SpecError(
            path, f"invalid YAML: character U+{exc.character:04X} is not allowed", line=line
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise SpecError(path, f"invalid YAML: {problem}", line=line) from None
    except yaml.YAMLError as exc:
        raise SpecError(path, f"invalid YAML: {exc}") from None
    except (ValueError, TypeError, AttributeError, OverflowError, RecursionError):
        # PyYAML's constructors fail this way on odd tagged values (!!timestamp 0000-0-0…)
        raise SpecError(
            path, "invalid YAML: a tagged value (such as !!timestamp) cannot be read"
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    lines: dict[Loc, int] = {}
    if node is not None:
        _index(node, (), lines, path)
    return data, LineIndex(lines)


def read_yaml(path: Path) -> tuple[Any, LineIndex]:
    """Read and parse a YAML file; unreadable files become a `SpecError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(path, "file not found") from None
    except IsADirectoryError:
        raise SpecError(path, "is a folder, expected a YAML file") from None
    except UnicodeDecodeError as exc:
        raise SpecError(path, f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise SpecError(path, f"cannot read: {exc.strerror}") from None
    return parse_yaml(text, path)


def field_name(loc: Loc) -> str:
    """``("sites", 2, "start_url")`` → ``sites[2].start_url``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def validate(model: type[M], data: Any, path: Path, lines: LineIndex) -> M:
    """Validate parsed YAML against a model; the first error becomes a `SpecError`."""
    if data is None:
        raise SpecError(path, "file is empty")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
        raise SpecError(
            path, _message(err), line=lines.line_of(loc), field=field_name(loc)
        ) from None


def _message(err: Any) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown field (check the spelling)"
    if kind == "missing":
        return "required field is missing"
    msg = str(err["msg"])
    if kind == "string_type" and isinstance(err.get("input"), bool):
        return f"{msg}: YAML reads no/yes/on/off as true/false, so put the word in quotes"
    return msg.removeprefix("Value error, ")
