"""Conversion between JSON values and plain Python values, driven by a shape.

Decoding (request side) turns base64 blobs into ``bytes`` and timestamps into aware ``datetime``;
anything of the wrong JSON type is passed through untouched so that validation reports it with its
path. Encoding (response side) emits only the shape's members, drops ``None``, base64-encodes
blobs and formats timestamps as the shape asks.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email.utils
import enum
import math
from collections.abc import Mapping
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StructureShape

from openbda.aws.errors import SerializationException

UTC = dt.UTC
# Defaults for JSON protocols when a shape gives no timestampFormat (Smithy's rules).
BODY_TIMESTAMP_FORMAT = "unixTimestamp"
HEADER_TIMESTAMP_FORMAT = "rfc822"
QUERY_TIMESTAMP_FORMAT = "iso8601"


def wire_name(name: str, shape: Shape) -> str:
    return str(shape.serialization.get("name", name))


# ---------------------------------------------------------------- decoding (JSON -> Python)


def decode_value(shape: Shape, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(shape, StructureShape):
        if not isinstance(value, dict):
            return value
        return decode_members(shape, value)
    if isinstance(shape, ListShape):
        if not isinstance(value, list):
            return value
        return [decode_value(shape.member, item) for item in value]
    if isinstance(shape, MapShape):
        if not isinstance(value, dict):
            return value
        return {key: decode_value(shape.value, item) for key, item in value.items()}
    kind = shape.type_name
    if kind == "blob":
        return decode_blob(value) if isinstance(value, str) else value
    if kind == "timestamp":
        return parse_timestamp(value) if isinstance(value, str | int | float) else value
    if kind in ("float", "double") and isinstance(value, str):
        # JSON has no NaN/Infinity literals; AWS protocols send them as strings.
        special = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
        return special.get(value, value)
    return value


def decode_members(shape: StructureShape, body: Mapping[str, Any]) -> dict[str, Any]:
    """Decode the JSON members of ``shape`` found in ``body``; unknown keys are ignored."""
    out: dict[str, Any] = {}
    for name, member in shape.members.items():
        if member.serialization.get("location"):
            continue
        raw = body.get(wire_name(name, member))
        if raw is not None:
            out[name] = decode_value(member, raw)
    return out


def decode_blob(value: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise SerializationException("Base64 encoded value expected.") from None


def parse_timestamp(value: str | float) -> dt.datetime:
    """Accept any of the three AWS timestamp forms, whatever the shape's declared format."""
    if isinstance(value, bool):
        raise SerializationException(f"Invalid timestamp value: {value!r}")
    if isinstance(value, int | float):
        try:
            return dt.datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError):
            raise SerializationException(f"Invalid timestamp value: {value!r}") from None
    text = value.strip()
    try:
        return _aware(dt.datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return dt.datetime.fromtimestamp(float(text), tz=UTC)
    except (ValueError, OverflowError, OSError):
        pass
    try:
        return _aware(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        raise SerializationException(f"Invalid timestamp value: {value!r}") from None


def _aware(value: dt.datetime) -> dt.datetime:
    # Naive times are UTC on the AWS wire.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# ---------------------------------------------------------------- encoding (Python -> JSON)


def encode_value(shape: Shape, value: Any) -> Any:
    if isinstance(shape, StructureShape):
        return encode_members(shape, value)
    if isinstance(shape, ListShape):
        return [encode_value(shape.member, item) for item in value if item is not None]
    if isinstance(shape, MapShape):
        return {
            str(_plain(key)): encode_value(shape.value, item)
            for key, item in value.items()
            if item is not None
        }
    return encode_scalar(shape, value, BODY_TIMESTAMP_FORMAT)


def encode_members(shape: StructureShape, value: Mapping[str, Any]) -> dict[str, Any]:
    """Encode the body members of ``shape`` present in ``value``; other keys are not emitted."""
    out: dict[str, Any] = {}
    for name, member in shape.members.items():
        if member.serialization.get("location"):
            continue
        item = value.get(name)
        if item is not None:
            out[wire_name(name, member)] = encode_value(member, item)
    return out


def encode_scalar(shape: Shape, value: Any, default_timestamp_format: str) -> Any:
    kind = shape.type_name
    value = _plain(value)
    if kind == "string":
        return value if isinstance(value, str) else str(value)
    if kind in ("integer", "long"):
        return int(value)
    if kind in ("float", "double"):
        number = float(value)
        if math.isnan(number):
            return "NaN"
        if math.isinf(number):
            return "Infinity" if number > 0 else "-Infinity"
        return value if isinstance(value, int) else number
    if kind == "boolean":
        return bool(value)
    if kind == "blob":
        data = value.encode() if isinstance(value, str) else bytes(value)
        return base64.b64encode(data).decode("ascii")
    if kind == "timestamp":
        fmt = shape.serialization.get("timestampFormat", default_timestamp_format)
        return format_timestamp(value, str(fmt))
    return value


def format_timestamp(value: dt.datetime | float | str, fmt: str) -> str | int | float:
    moment = value if isinstance(value, dt.datetime) else parse_timestamp(value)
    moment = _aware(moment).astimezone(UTC)
    if fmt == "iso8601":
        if moment.microsecond:
            return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    if fmt == "rfc822":
        return email.utils.format_datetime(moment, usegmt=True)
    seconds = moment.timestamp()
    if moment.microsecond == 0:
        return int(seconds)
    return round(seconds, 3)


def _plain(value: Any) -> Any:
    # Handlers may hand back their own enums; the wire carries the value.
    return value.value if isinstance(value, enum.Enum) else value
