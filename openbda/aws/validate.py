"""Input validation against the service model's shapes, reported the way AWS reports it.

All problems in a request are collected and raised as one ``ValidationException``, e.g.
``2 validation errors detected: Value null at 'outputConfiguration' failed to satisfy constraint:
Member must not be null; Value 'x' at 'inputConfiguration.s3Uri' failed to satisfy constraint:
...``.
Paths join member names with "."; list items appear as ``<list>.<1-based index>.member``.
Members the model does not know are ignored, as AWS JSON services do.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from typing import Any

import regex
from botocore.model import ListShape, MapShape, Shape, StringShape, StructureShape

from openbda.aws.errors import ValidationException

_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)
# A model pattern is checked only on values within the shape's max length, and with a time limit:
# patterns such as ".*.+.*" backtrack, and an oversized value is already rejected by `max`.
_PATTERN_TIMEOUT_S = 0.5
_RENDER_LIMIT = 256


@functools.lru_cache(maxsize=512)
def compiled_pattern(pattern: str) -> regex.Pattern[str]:
    # The models carry Java regular expressions (\p{L}, \p{Z}, \p{N}); the `regex` package reads
    # them as Java does for everything these models use.
    return regex.compile(pattern)


def matches_pattern(pattern: str, value: str) -> bool:
    """Full-match semantics: AWS requires the whole value to match the model's pattern."""
    try:
        return compiled_pattern(pattern).fullmatch(value, timeout=_PATTERN_TIMEOUT_S) is not None
    except TimeoutError:
        return False


def validate_input(shape: Shape | None, params: Mapping[str, Any]) -> None:
    """Raise one ``ValidationException`` listing every constraint ``params`` violates."""
    if shape is None:
        return
    problems = find_violations(shape, params, "")
    if problems:
        raise ValidationException(format_violations(problems))


def format_violations(problems: list[str]) -> str:
    noun = "error" if len(problems) == 1 else "errors"
    return f"{len(problems)} validation {noun} detected: " + "; ".join(problems)


def find_violations(shape: Shape, value: Any, path: str) -> list[str]:
    """Every violation of ``shape`` by ``value``; ``path`` is "" for the operation's input."""
    problems: list[str] = []
    _check(shape, value, path, problems)
    return problems


def _check(shape: Shape, value: Any, path: str, out: list[str]) -> None:
    if isinstance(shape, StructureShape):
        _check_structure(shape, value, path, out)
    elif isinstance(shape, ListShape):
        _check_list(shape, value, path, out)
    elif isinstance(shape, MapShape):
        _check_map(shape, value, path, out)
    else:
        for constraint in scalar_violations(shape, value):
            out.append(_problem(shape, value, path, constraint))


def _check_structure(shape: StructureShape, value: Any, path: str, out: list[str]) -> None:
    if not isinstance(value, Mapping):
        out.append(_problem(shape, value, path, "Member must be of type structure"))
        return
    members = shape.members
    for name in shape.required_members:
        if value.get(name) is None:
            out.append(_problem(members[name], None, _join(path, name), "Member must not be null"))
    if shape.metadata.get("union"):
        set_count = sum(1 for name in members if value.get(name) is not None)
        if set_count != 1:
            out.append(_problem(shape, value, path, "Member must have exactly one member set"))
    for name, member_shape in members.items():
        member_value = value.get(name)
        if member_value is not None:
            _check(member_shape, member_value, _join(path, name), out)


def _check_list(shape: ListShape, value: Any, path: str, out: list[str]) -> None:
    if not isinstance(value, list | tuple):
        out.append(_problem(shape, value, path, "Member must be of type list"))
        return
    for constraint in _size_violations(shape, len(value)):
        out.append(_problem(shape, value, path, constraint))
    member_shape = shape.member
    for index, item in enumerate(value, start=1):
        item_path = f"{path}.{index}.member" if path else f"{index}.member"
        if item is None:
            out.append(_problem(member_shape, None, item_path, "Member must not be null"))
        else:
            _check(member_shape, item, item_path, out)


def _check_map(shape: MapShape, value: Any, path: str, out: list[str]) -> None:
    if not isinstance(value, Mapping):
        out.append(_problem(shape, value, path, "Member must be of type map"))
        return
    for constraint in _size_violations(shape, len(value)):
        out.append(_problem(shape, value, path, constraint))
    key_problems: list[str] = []
    value_problems: list[str] = []
    for key, item in value.items():
        for constraint in scalar_violations(shape.key, key):
            if constraint not in key_problems:
                key_problems.append(constraint)
        if item is None:
            if "Member must not be null" not in value_problems:
                value_problems.append("Member must not be null")
        elif isinstance(shape.value, StructureShape | ListShape | MapShape):
            _check(shape.value, item, _join(path, str(key)), out)
        else:
            for constraint in scalar_violations(shape.value, item):
                if constraint not in value_problems:
                    value_problems.append(constraint)
    # AWS folds per-entry problems into one message per side of the map.
    if key_problems:
        joined = ", ".join(key_problems)
        out.append(_problem(shape, value, path, f"Map keys must satisfy constraint: [{joined}]"))
    if value_problems:
        joined = ", ".join(value_problems)
        out.append(_problem(shape, value, path, f"Map value must satisfy constraint: [{joined}]"))


def scalar_violations(shape: Shape, value: Any) -> list[str]:
    """Constraint texts ("Member must ...") that a scalar ``value`` violates."""
    kind = shape.type_name
    if kind == "string":
        if not isinstance(value, str):
            return ["Member must be of type string"]
        return _string_violations(shape, value)
    if kind in ("integer", "long"):
        low, high = _INT32 if kind == "integer" else _INT64
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return [f"Member must be of type {kind}"]
        return _range_violations(shape, value)
    if kind in ("float", "double"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return [f"Member must be of type {kind}"]
        return _range_violations(shape, value)
    if kind == "boolean":
        return [] if isinstance(value, bool) else ["Member must be of type boolean"]
    if kind == "blob":
        if not isinstance(value, bytes | bytearray):
            return ["Member must be of type blob"]
        return _size_violations(shape, len(value))
    if kind == "timestamp":
        return [] if isinstance(value, dt.datetime) else ["Member must be of type timestamp"]
    return []


def _string_violations(shape: Shape, value: str) -> list[str]:
    problems: list[str] = []
    enum = shape.enum if isinstance(shape, StringShape) else []
    if enum and value not in enum:
        problems.append(f"Member must satisfy enum value set: [{', '.join(enum)}]")
    problems.extend(_size_violations(shape, len(value)))
    pattern = shape.metadata.get("pattern")
    max_len = shape.metadata.get("max")
    within_max = max_len is None or len(value) <= max_len
    if pattern and within_max and not matches_pattern(pattern, value):
        problems.append(f"Member must satisfy regular expression pattern: {pattern}")
    return problems


def _size_violations(shape: Shape, size: int) -> list[str]:
    problems: list[str] = []
    low = shape.metadata.get("min")
    high = shape.metadata.get("max")
    if low is not None and size < low:
        problems.append(f"Member must have length greater than or equal to {low}")
    if high is not None and size > high:
        problems.append(f"Member must have length less than or equal to {high}")
    return problems


def _range_violations(shape: Shape, value: float) -> list[str]:
    problems: list[str] = []
    low = shape.metadata.get("min")
    high = shape.metadata.get("max")
    if low is not None and value < low:
        problems.append(f"Member must have value greater than or equal to {_number(low)}")
    if high is not None and value > high:
        problems.append(f"Member must have value less than or equal to {_number(high)}")
    return problems


def _problem(shape: Shape, value: Any, path: str, constraint: str) -> str:
    where = path or "input"
    if value is None:
        return f"Value null at '{where}' failed to satisfy constraint: {constraint}"
    if shape.metadata.get("sensitive"):
        # Sensitive values (secrets, schemas) are never echoed back.
        return f"Value at '{where}' failed to satisfy constraint: {constraint}"
    return f"Value '{render_value(value)}' at '{where}' failed to satisfy constraint: {constraint}"


def render_value(value: Any) -> str:
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = value
    elif isinstance(value, int | float):
        text = _number(value)
    elif isinstance(value, bytes | bytearray):
        text = f"<{len(value)} bytes>"
    elif isinstance(value, dt.datetime):
        text = value.isoformat()
    else:
        text = json.dumps(value, default=str, separators=(", ", "=")).replace('"', "")
    if len(text) > _RENDER_LIMIT:
        text = text[: _RENDER_LIMIT - 3] + "..."
    return text


def _number(value: float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
