"""`s3://BUCKET/KEY` locations: parsing, validation and BDA's prefix join.

Validation is deliberately stricter than S3 itself. A key reaches the local object store as a
filesystem path, and may reach other S3-compatible servers or proxies that decode or normalise it,
so anything that could be read as a way out of the bucket is refused up front: `.` and `..`
segments, a leading `/`, backslashes, control characters, and the same things hidden behind
percent-encoding or Unicode compatibility forms. Empty segments (`a//b`, a trailing `/`) are
legal S3 keys and BDA produces them itself (its output prefix join is naive), so they are kept.

An `s3://` URI carries the key verbatim (no percent-decoding), as the AWS CLI and BDA use it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

SCHEME = "s3://"
MAX_KEY_BYTES = 1024

_BUCKET_RE = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
_IPV4_RE = re.compile(r"\d{1,3}(\.\d{1,3}){3}")
# Prefixes S3 never lets anyone create, so no real bucket can carry them. Suffixes that S3 also
# reserves (`-s3alias`, `--x-s3`, `--ol-s3`, ...) are accepted: they name access-point aliases and
# directory buckets, which are valid in requests.
_RESERVED_BUCKET_PREFIXES = ("xn--", "sthree-", "amzn-s3-demo-")
# Decoding deeper than this is not a real key any more; it is someone probing decoders.
_MAX_DECODE_DEPTH = 4


class InvalidS3Uri(ValueError):
    """An `s3://` URI, bucket name or object key that openbda refuses to use."""


@dataclass(frozen=True, slots=True)
class S3Location:
    """A bucket and a key. The key may be empty: `s3://bucket/` names the bucket's root prefix."""

    bucket: str
    key: str = ""

    def __post_init__(self) -> None:
        validate_bucket(self.bucket)
        if self.key:
            validate_key(self.key)

    @property
    def uri(self) -> str:
        return f"{SCHEME}{self.bucket}/{self.key}"

    def join(self, *parts: str) -> S3Location:
        """BDA's naive join: `prefix + "/" + part`, so a prefix ending in `/` yields `//`."""
        return S3Location(self.bucket, join_key(self.key, *parts))

    def __str__(self) -> str:
        return self.uri


def join_key(prefix: str, *parts: str) -> str:
    """Join key parts the way BDA builds output keys.

    BDA concatenates `<s3Uri> + "/" + <job_id>`, so `output/` becomes `output//<job_id>`; that is
    reproduced. The one exception is an empty prefix (the caller gave `s3://bucket/`): the part is
    used as is, because a key starting with `/` is refused everywhere in openbda.
    """
    key = prefix
    for part in parts:
        key = part if key == "" else f"{key}/{part}"
    return key


def parse_s3_uri(uri: str, *, require_key: bool = False) -> S3Location:
    """Parse `s3://bucket/key`. `require_key` refuses URIs that name no object (`s3://bucket/`)."""
    if not isinstance(uri, str) or not uri.startswith(SCHEME):
        shown = _quote(uri) if isinstance(uri, str) else repr(uri)
        raise InvalidS3Uri(f"invalid S3 URI {shown}: it must start with {SCHEME!r}")
    bucket, _, key = uri[len(SCHEME) :].partition("/")
    try:
        location = S3Location(bucket, key)
    except InvalidS3Uri as exc:
        raise InvalidS3Uri(f"invalid S3 URI {_quote(uri)}: {exc}") from None
    if require_key and not key:
        raise InvalidS3Uri(f"invalid S3 URI {uri!r}: it names a bucket but no object key")
    return location


def validate_bucket(bucket: str) -> str:
    """Check a bucket name against S3's naming rules; return it unchanged."""
    if not isinstance(bucket, str) or not bucket:
        raise InvalidS3Uri("the bucket name is empty")
    shown = _quote(bucket)
    if not 3 <= len(bucket) <= 63:
        raise InvalidS3Uri(f"bucket name {shown} must be 3 to 63 characters long")
    if not _BUCKET_RE.fullmatch(bucket):
        raise InvalidS3Uri(
            f"bucket name {shown} may hold only lowercase letters, digits, '.' and '-', "
            "and must start and end with a letter or digit"
        )
    if ".." in bucket:
        raise InvalidS3Uri(f"bucket name {shown} must not contain two adjacent periods")
    if _IPV4_RE.fullmatch(bucket):
        raise InvalidS3Uri(f"bucket name {shown} must not be formatted as an IP address")
    if bucket.startswith(_RESERVED_BUCKET_PREFIXES):
        raise InvalidS3Uri(f"bucket name {shown} starts with a prefix S3 reserves")
    return bucket


def validate_key(key: str) -> str:
    """Check an object key (or key prefix); return it unchanged. See the module docstring."""
    if not isinstance(key, str) or not key:
        raise InvalidS3Uri("the object key is empty")
    shown = _quote(key)
    try:
        size = len(key.encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidS3Uri(f"key {shown} is not valid Unicode (lone surrogate)") from None
    if size > MAX_KEY_BYTES:
        raise InvalidS3Uri(f"key {shown[:64]}... is {size} bytes; S3 allows {MAX_KEY_BYTES}")
    if key.startswith("/"):
        raise InvalidS3Uri(f"key {shown} starts with '/', which could escape its bucket")
    reason = _escape_reason(key, key.count("/"))
    if reason:
        raise InvalidS3Uri(f"key {shown} {reason}, which could escape its bucket")
    _check_percent_encoding(key, shown)
    return key


def _check_percent_encoding(key: str, shown: str) -> None:
    # Some servers, proxies and tools percent-decode keys (sometimes twice); a key that turns into
    # a traversal after decoding is refused whatever the depth.
    slashes = key.count("/")
    current = key
    for _ in range(_MAX_DECODE_DEPTH):
        if "%" not in current:
            return
        try:
            decoded = unquote_to_bytes(current).decode("utf-8")
        except UnicodeDecodeError:
            # Also catches overlong forms such as %c0%ae ('.') and %c0%af ('/').
            raise InvalidS3Uri(
                f"key {shown} has percent-encoding that is not valid UTF-8, "
                "which could hide a path traversal"
            ) from None
        if decoded == current:
            return
        reason = _escape_reason(decoded, slashes)
        if reason:
            raise InvalidS3Uri(
                f"key {shown} percent-decodes to a key that {reason}, which could escape its bucket"
            )
        current = decoded
    raise InvalidS3Uri(f"key {shown} is percent-encoded more than {_MAX_DECODE_DEPTH} levels deep")


def _escape_reason(text: str, slashes: int) -> str | None:
    """Why `text` could leave its bucket on a filesystem, or None. `slashes` is the count the
    original key had: more after decoding or normalising means a separator was smuggled in."""
    for form in (text, unicodedata.normalize("NFKC", text)):
        for ch in form:
            code = ord(ch)
            if code < 0x20 or 0x7F <= code <= 0x9F:
                return f"contains the control character U+{code:04X}"
        if "\\" in form:
            return "contains a backslash"
        if form.count("/") > slashes:
            return "contains an encoded or look-alike '/'"
        segments = form.split("/")
        if any(segment in (".", "..") for segment in segments):
            return "contains a '.' or '..' path segment"
        if form.startswith("/"):
            return "starts with '/'"
    return None


def _quote(text: str) -> str:
    """Quote text for an error message, with control characters shown as escapes."""
    return "'" + printable(text) + "'"


def printable(text: str) -> str:
    """Text safe to put in a message or log line: unprintable characters shown as escapes."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)
