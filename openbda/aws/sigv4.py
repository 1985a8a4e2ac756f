"""AWS Signature Version 4 verification (Authorization header and presigned query forms).

The canonical request is rebuilt from the request exactly as SDKs build it for non-S3 services:
the raw path is normalised and percent-encoded once more (so ``%3A`` in an ARN label becomes
``%253A``), query parameters are re-encoded and sorted, the signed headers are trimmed and
sorted, and the payload hash is ``x-amz-content-sha256`` when present, else sha256 of the body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import quote, unquote

from openbda.aws.errors import (
    IncompleteSignatureException,
    InvalidSignatureException,
    MissingAuthenticationTokenException,
    UnrecognizedClientException,
)
from openbda.aws.http import HttpRequest

ALGORITHM = "AWS4-HMAC-SHA256"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
AMZ_DATE_FORMAT = "%Y%m%dT%H%M%SZ"
MAX_SKEW = dt.timedelta(minutes=15)
MAX_PRESIGN_EXPIRES_S = 7 * 24 * 3600
DEFAULT_ACCESS_KEY = "test"
DEFAULT_SECRET_KEY = "test"
DEFAULT_ACCOUNT_ID = "000000000000"

_SIGNATURE_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your AWS Secret Access Key and signing method. "
    "Consult the service documentation for details."
)
_HEX = frozenset("0123456789abcdef")
_PRESIGN_PARAMS = (
    "X-Amz-Algorithm",
    "X-Amz-Credential",
    "X-Amz-Date",
    "X-Amz-SignedHeaders",
    "X-Amz-Signature",
    "X-Amz-Expires",
)


@dataclass(frozen=True)
class Credential:
    secret_key: str
    account_id: str


@dataclass(frozen=True)
class Principal:
    """Who signed the request, and the region the signature was scoped to."""

    access_key: str
    account_id: str
    region: str


class CredentialStore:
    """Access key id -> (secret key, account id)."""

    def __init__(self, entries: dict[str, Credential] | None = None) -> None:
        self._entries: dict[str, Credential] = dict(entries or {})

    @classmethod
    def default(cls) -> CredentialStore:
        store = cls()
        store.add(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, DEFAULT_ACCOUNT_ID)
        return store

    def add(self, access_key: str, secret_key: str, account_id: str) -> None:
        self._entries[access_key] = Credential(secret_key, account_id)

    def lookup(self, access_key: str) -> Credential | None:
        return self._entries.get(access_key)

    def __contains__(self, access_key: object) -> bool:
        return access_key in self._entries

    def __len__(self) -> int:
        return len(self._entries)


@dataclass(frozen=True)
class _Scope:
    access_key: str
    date: str
    region: str
    service: str

    @property
    def text(self) -> str:
        return f"{self.date}/{self.region}/{self.service}/aws4_request"


@dataclass(frozen=True)
class _Authorization:
    scope: _Scope
    signed_headers: tuple[str, ...]
    signature: str
    amz_date: str
    presigned: bool
    expires_s: int | None


class SigV4Verifier:
    """Verifies SigV4 signatures against a ``CredentialStore``.

    ``services`` lists the signing names the credential scope may name (None accepts any).
    Derived signing keys are cached: deriving one costs four HMACs, and clients reuse the same
    (secret, date, region, service) for a whole day.
    """

    _KEY_CACHE_LIMIT = 1024

    def __init__(
        self,
        credentials: CredentialStore,
        services: Iterable[str] | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        max_skew: dt.timedelta = MAX_SKEW,
    ) -> None:
        self.credentials = credentials
        self.services = frozenset(services) if services is not None else None
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._max_skew = max_skew
        self._keys: dict[tuple[str, str, str, str], bytes] = {}
        self._keys_lock = threading.Lock()

    def verify(self, request: HttpRequest) -> Principal:
        auth = _read_authorization(request)
        scope = auth.scope
        credential = self.credentials.lookup(scope.access_key)
        if credential is None:
            raise UnrecognizedClientException(
                "The security token included in the request is invalid."
            )
        if self.services is not None and scope.service not in self.services:
            wanted = ", ".join(f"'{s}'" for s in sorted(self.services))
            raise InvalidSignatureException(
                f"Credential should be scoped to correct service: {wanted}. "
            )
        if auth.amz_date[:8] != scope.date:
            raise InvalidSignatureException(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
                f"from HTTP: '{scope.date}' != '{auth.amz_date[:8]}', from '{auth.amz_date}'."
            )
        self._check_time(auth)
        key = self._signing_key(credential.secret_key, scope)
        payloads = [payload_hash(request)]
        if auth.presigned and not request.header("x-amz-content-sha256"):
            # Presigned URLs are signed with either the body hash or UNSIGNED-PAYLOAD.
            payloads.append(UNSIGNED_PAYLOAD)
        for payload in payloads:
            canonical = canonical_request(request, auth.signed_headers, auth.presigned, payload)
            sts = string_to_sign(auth.amz_date, scope.text, canonical)
            if hmac.compare_digest(_sign_hex(key, sts), auth.signature):
                return Principal(scope.access_key, credential.account_id, scope.region)
        # Like AWS, say what was expected: it is the quickest way to debug a hand-rolled signer.
        canonical = canonical_request(request, auth.signed_headers, auth.presigned, payloads[0])
        sts = string_to_sign(auth.amz_date, scope.text, canonical)
        raise InvalidSignatureException(
            f"{_SIGNATURE_MISMATCH}\n\nThe Canonical String for this request should have "
            f"been\n'{canonical}'\n\nThe String-to-Sign should have been\n'{sts}'\n"
        )

    def _check_time(self, auth: _Authorization) -> None:
        try:
            signed_at = dt.datetime.strptime(auth.amz_date, AMZ_DATE_FORMAT).replace(tzinfo=dt.UTC)
        except ValueError:
            raise IncompleteSignatureException(
                f"Date must be in ISO-8601 'basic format'. Got '{auth.amz_date}'."
            ) from None
        now = self._clock().astimezone(dt.UTC)
        if auth.presigned:
            expires = auth.expires_s or 0
            if now > signed_at + dt.timedelta(seconds=expires):
                raise InvalidSignatureException(
                    f"Signature expired: {auth.amz_date} is now earlier than "
                    f"{_fmt(now - dt.timedelta(seconds=expires))} "
                    f"({_fmt(now)} - {expires} sec.)"
                )
            if signed_at - now > self._max_skew:
                raise InvalidSignatureException(
                    f"Signature not yet current: {auth.amz_date} is still later than "
                    f"{_fmt(now + self._max_skew)} ({_fmt(now)} + 15 min.)"
                )
            return
        if now - signed_at > self._max_skew:
            raise InvalidSignatureException(
                f"Signature expired: {auth.amz_date} is now earlier than "
                f"{_fmt(now - self._max_skew)} ({_fmt(now)} - 15 min.)"
            )
        if signed_at - now > self._max_skew:
            raise InvalidSignatureException(
                f"Signature not yet current: {auth.amz_date} is still later than "
                f"{_fmt(now + self._max_skew)} ({_fmt(now)} + 15 min.)"
            )

    def _signing_key(self, secret: str, scope: _Scope) -> bytes:
        cache_key = (secret, scope.date, scope.region, scope.service)
        key = self._keys.get(cache_key)
        if key is None:
            key = derive_signing_key(secret, scope.date, scope.region, scope.service)
            with self._keys_lock:
                if len(self._keys) >= self._KEY_CACHE_LIMIT:
                    self._keys.clear()
                self._keys[cache_key] = key
        return key


def derive_signing_key(secret: str, date: str, region: str, service: str) -> bytes:
    k_date = hmac.new(f"AWS4{secret}".encode(), date.encode(), hashlib.sha256).digest()
    k_region = hmac.new(k_date, region.encode(), hashlib.sha256).digest()
    k_service = hmac.new(k_region, service.encode(), hashlib.sha256).digest()
    return hmac.new(k_service, b"aws4_request", hashlib.sha256).digest()


def string_to_sign(amz_date: str, scope: str, canonical: str) -> str:
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    return f"{ALGORITHM}\n{amz_date}\n{scope}\n{digest}"


def canonical_request(
    request: HttpRequest,
    signed_headers: tuple[str, ...],
    presigned: bool = False,
    payload: str | None = None,
) -> str:
    headers = "".join(f"{name}:{_trim(request.headers.get(name, ''))}\n" for name in signed_headers)
    return "\n".join(
        (
            request.method.upper(),
            canonical_path(request.path),
            canonical_query(request.query, drop_signature=presigned),
            headers,
            ";".join(signed_headers),
            payload if payload is not None else payload_hash(request),
        )
    )


def canonical_path(raw_path: str) -> str:
    return quote(_remove_dot_segments(raw_path), safe="/~")


def canonical_query(raw_query: str, drop_signature: bool = False) -> str:
    pairs: list[tuple[str, str]] = []
    for part in raw_query.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        key = quote(unquote(key), safe="-_.~")
        if drop_signature and key == "X-Amz-Signature":
            continue
        pairs.append((key, quote(unquote(value), safe="-_.~")))
    pairs.sort()
    return "&".join(f"{k}={v}" for k, v in pairs)


def payload_hash(request: HttpRequest) -> str:
    declared = request.header("x-amz-content-sha256")
    if not declared:
        return hashlib.sha256(request.body).hexdigest()
    is_digest = len(declared) == 64 and set(declared) <= _HEX
    if is_digest and hashlib.sha256(request.body).hexdigest() != declared:
        raise InvalidSignatureException(
            "The provided 'x-amz-content-sha256' header does not match what was computed."
        )
    return declared


def _read_authorization(request: HttpRequest) -> _Authorization:
    header = request.header("authorization")
    if header:
        return _parse_header(request, header)
    query = _query_params(request.query)
    if "X-Amz-Algorithm" in query or "X-Amz-Signature" in query:
        return _parse_presigned(query)
    raise MissingAuthenticationTokenException("Missing Authentication Token")


def _parse_header(request: HttpRequest, header: str) -> _Authorization:
    algorithm, _, rest = header.strip().partition(" ")
    if algorithm != ALGORITHM:
        raise IncompleteSignatureException(
            f"Unsupported authorization type '{algorithm}'; expected {ALGORITHM}. "
            f"Authorization={header}"
        )
    fields: dict[str, str] = {}
    for part in rest.split(","):
        name, eq, value = part.strip().partition("=")
        if eq:
            fields[name] = value.strip()
    missing = [n for n in ("Credential", "Signature", "SignedHeaders") if not fields.get(n)]
    if missing:
        details = " ".join(f"Authorization header requires '{n}' parameter." for n in missing)
        raise IncompleteSignatureException(f"{details} Authorization={header}")
    amz_date = request.header("x-amz-date")
    if not amz_date:
        date_header = request.header("date")
        if not date_header:
            raise IncompleteSignatureException(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' "
                f"header. Authorization={header}"
            )
        amz_date = _http_date_to_amz(date_header)
    signed = _signed_headers(fields["SignedHeaders"])
    return _Authorization(
        scope=_parse_scope(fields["Credential"]),
        signed_headers=signed,
        signature=fields["Signature"],
        amz_date=amz_date,
        presigned=False,
        expires_s=None,
    )


def _parse_presigned(query: dict[str, str]) -> _Authorization:
    missing = [n for n in _PRESIGN_PARAMS if not query.get(n)]
    if missing:
        details = " ".join(f"AWS query-string parameters must include '{n}'." for n in missing)
        raise IncompleteSignatureException(f"{details} Re-examine the query-string parameters.")
    if query["X-Amz-Algorithm"] != ALGORITHM:
        raise IncompleteSignatureException(
            f"X-Amz-Algorithm only supports '{ALGORITHM}'. Re-examine the query-string parameters."
        )
    try:
        expires = int(query["X-Amz-Expires"])
    except ValueError:
        raise IncompleteSignatureException("X-Amz-Expires must be an integer.") from None
    if not 0 <= expires <= MAX_PRESIGN_EXPIRES_S:
        raise IncompleteSignatureException(
            f"X-Amz-Expires must be between 0 and {MAX_PRESIGN_EXPIRES_S} seconds."
        )
    return _Authorization(
        scope=_parse_scope(query["X-Amz-Credential"]),
        signed_headers=_signed_headers(query["X-Amz-SignedHeaders"]),
        signature=query["X-Amz-Signature"],
        amz_date=query["X-Amz-Date"],
        presigned=True,
        expires_s=expires,
    )


def _parse_scope(credential: str) -> _Scope:
    parts = credential.split("/")
    if len(parts) != 5 or not all(parts):
        raise IncompleteSignatureException(
            f"Credential must have exactly 5 slash-delimited elements, e.g. "
            f"keyid/date/region/service/term, got '{credential}'"
        )
    access_key, date, region, service, terminator = parts
    if terminator != "aws4_request":
        raise IncompleteSignatureException(
            f"Credential should be scoped with a valid terminator: 'aws4_request', "
            f"not '{terminator}'."
        )
    return _Scope(access_key, date, region, service)


def _signed_headers(value: str) -> tuple[str, ...]:
    names = tuple(n.strip().lower() for n in value.split(";") if n.strip())
    if "host" not in names:
        raise IncompleteSignatureException(
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
        )
    return names


def _query_params(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in raw.split("&"):
        if part:
            key, _, value = part.partition("=")
            out[unquote(key)] = unquote(value)
    return out


def _http_date_to_amz(value: str) -> str:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        raise IncompleteSignatureException(f"Invalid 'Date' header: '{value}'.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return _fmt(moment)


def _remove_dot_segments(path: str) -> str:
    # RFC 3986 dot-segment removal plus collapsing of empty segments, as the SDKs do before signing.
    if not path:
        return "/"
    output: list[str] = []
    for segment in path.split("/"):
        if not segment or segment == ".":
            continue
        if segment == "..":
            if output:
                output.pop()
        else:
            output.append(segment)
    first = "/" if path[0] == "/" else ""
    last = "/" if path[-1] == "/" and output else ""
    return first + "/".join(output) + last


def _trim(value: str) -> str:
    return " ".join(value.split())


def _sign_hex(key: bytes, message: str) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def _fmt(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime(AMZ_DATE_FORMAT)
