"""Where job events go: a JSON-lines file, an HTTP webhook, Amazon EventBridge (or an emulator).

A sink either delivers the event or raises; retrying, where it makes sense, happens inside the
sink. Deciding that a failed delivery must not fail the job is the publisher's business.
"""

from __future__ import annotations

import email.utils
import hashlib
import hmac
import json
import os
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

import boto3
import httpx
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

SIGNATURE_HEADER = "X-Openbda-Signature"
EVENT_ID_HEADER = "X-Openbda-Event-Id"
_RETRYABLE_STATUSES = frozenset({408, 425, 429})


class EventDeliveryError(Exception):
    """A sink could not deliver an event."""


@runtime_checkable
class EventSink(Protocol):
    def send(self, event: Mapping[str, Any]) -> None:
        """Deliver one event or raise (usually `EventDeliveryError`)."""
        ...


def encode_event(event: Mapping[str, Any]) -> bytes:
    """Compact UTF-8 JSON: one line, no spaces; key order kept."""
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign(body: bytes, secret: str | bytes) -> str:
    """The `X-Openbda-Signature` value for `body`: `sha256=<hex HMAC-SHA256>`."""
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def _event_label(event: Mapping[str, Any]) -> str:
    return f"{event.get('detail-type', 'event')} {event.get('id', '')}".strip()


class JsonLinesSink:
    """Appends each event as one line of JSON.

    Several processes may append to the same file: it is opened with `O_APPEND` and each line is
    written by a single `write(2)`, which a local filesystem applies as a whole at the end of the
    file, so lines never interleave. (Network filesystems such as NFS do not promise this.)
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"JsonLinesSink({str(self.path)!r})"

    def send(self, event: Mapping[str, Any]) -> None:
        line = encode_event(event) + b"\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Opened per event: cheap next to a job, and log rotation just works.
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o640)
        try:
            written = os.write(fd, line)
        finally:
            os.close(fd)
        if written != len(line):
            raise EventDeliveryError(
                f"short write to {self.path}: {written} of {len(line)} bytes "
                f"({_event_label(event)})"
            )


class WebhookSink:
    """POSTs each event as JSON to a URL.

    Headers: `X-Openbda-Event-Id` (stable across re-runs, for deduplication) and, with a secret,
    `X-Openbda-Signature: sha256=<hex HMAC-SHA256 of the body>`. Connection errors, timeouts,
    408/425/429 and 5xx answers are retried `retries` times (so `retries + 1` attempts in all),
    waiting `backoff`, then twice as long each time up to `max_backoff`, or what `Retry-After`
    asks within that cap. Other answers fail at once. After the last attempt it raises
    `EventDeliveryError`.
    """

    def __init__(
        self,
        url: str,
        secret: str | bytes | None = None,
        *,
        timeout: float = 5.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if retries < 0:
            raise ValueError("retries must be 0 or more")
        self.url = url
        self._secret = secret
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._client_pid = 0

    def __repr__(self) -> str:
        # Never the secret, nor credentials or tokens that may sit in the URL.
        return f"WebhookSink({redact_url(self.url)!r})"

    def _http(self) -> httpx.Client:
        pid = os.getpid()
        with self._lock:
            # A connection pool must not be shared with a forked child.
            if self._client is None or self._client_pid != pid:
                self._client = httpx.Client(timeout=self.timeout, follow_redirects=False)
                self._client_pid = pid
            return self._client

    def send(self, event: Mapping[str, Any]) -> None:
        body = encode_event(event)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "openbda-events/1",
            EVENT_ID_HEADER: str(event.get("id", "")),
        }
        if self._secret is not None:
            headers[SIGNATURE_HEADER] = sign(body, self._secret)
        attempts = self.retries + 1
        failure = ""
        for attempt in range(1, attempts + 1):
            wait: float | None = None
            try:
                response = self._http().post(self.url, content=body, headers=headers)
            except httpx.TransportError as exc:
                failure = f"{type(exc).__name__}: {exc}"
            else:
                if response.is_success:
                    return
                failure = f"HTTP {response.status_code}"
                if not _retryable(response.status_code):
                    raise EventDeliveryError(
                        f"webhook {redact_url(self.url)} refused {_event_label(event)}: {failure}"
                    )
                wait = _retry_after(response.headers.get("Retry-After"))
            if attempt < attempts:
                delay = self.backoff * 2 ** (attempt - 1) if wait is None else wait
                self._sleep(min(self.max_backoff, max(0.0, delay)))
        raise EventDeliveryError(
            f"gave up delivering {_event_label(event)} to webhook {redact_url(self.url)} "
            f"after {attempts} attempts; last: {failure}"
        )

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


class EventBridgeSink:
    """Sends each event to an EventBridge bus with `PutEvents` (AWS or a compatible emulator).

    EventBridge assigns its own event id and envelope; the entry carries `Source`, `DetailType`,
    `Detail` (the JSON string), `Resources` and `Time` from the event. AWS does not let accounts
    publish with an `aws.` source (the entry fails with `NotAuthorizedForSourceException`), so
    against real AWS set `source` to your own (for example `openbda.bedrock`); emulators accept
    `aws.bedrock`. An entry that comes back failed (`FailedEntryCount > 0`) raises.
    """

    def __init__(
        self,
        region: str | None = None,
        endpoint_url: str | None = None,
        event_bus_name: str = "default",
        *,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        source: str | None = None,
        max_attempts: int = 3,
        connect_timeout: float = 5.0,
        read_timeout: float = 10.0,
    ) -> None:
        self.region = region
        self.endpoint_url = endpoint_url
        self.event_bus_name = event_bus_name
        self.source = source
        self._credentials = (access_key_id, secret_access_key, session_token)
        self._config = Config(
            retries={"mode": "standard", "max_attempts": max_attempts},
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
        )
        self._lock = threading.Lock()
        self._client: Any = None
        self._client_pid = 0

    def __repr__(self) -> str:
        where = self.endpoint_url or self.region or "default region"
        return f"EventBridgeSink({where!r}, event_bus_name={self.event_bus_name!r})"

    @property
    def client(self) -> Any:
        pid = os.getpid()
        with self._lock:
            if self._client is None or self._client_pid != pid:
                access_key, secret_key, token = self._credentials
                self._client = boto3.session.Session().client(
                    "events",
                    region_name=self.region,
                    endpoint_url=self.endpoint_url,
                    aws_access_key_id=access_key,
                    aws_secret_access_key=secret_key,
                    aws_session_token=token,
                    config=self._config,
                )
                self._client_pid = pid
            return self._client

    def entry(self, event: Mapping[str, Any]) -> dict[str, Any]:
        """The `PutEvents` entry for an event."""
        entry: dict[str, Any] = {
            "Source": self.source or event["source"],
            "DetailType": event["detail-type"],
            "Detail": json.dumps(event["detail"], separators=(",", ":"), ensure_ascii=False),
            "Resources": list(event.get("resources", [])),
            "EventBusName": self.event_bus_name,
        }
        if event.get("time"):
            entry["Time"] = datetime.fromisoformat(event["time"])
        return entry

    def send(self, event: Mapping[str, Any]) -> None:
        label = _event_label(event)
        try:
            response = self.client.put_events(Entries=[self.entry(event)])
        except (ClientError, BotoCoreError) as exc:
            raise EventDeliveryError(f"EventBridge PutEvents failed for {label}: {exc}") from exc
        if response.get("FailedEntryCount", 0):
            entries = response.get("Entries") or [{}]
            code = entries[0].get("ErrorCode", "unknown error")
            message = entries[0].get("ErrorMessage", "")
            raise EventDeliveryError(
                f"EventBridge refused {label} on bus {self.event_bus_name!r}: {code}"
                + (f": {message}" if message else "")
            )

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


def redact_url(url: str) -> str:
    """The URL without user info, query or fragment, which may hold secrets."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        if parts.port is not None:
            host = f"{host}:{parts.port}"
    except ValueError:
        return "<invalid url>"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _retryable(status: int) -> bool:
    return status >= 500 or status in _RETRYABLE_STATUSES


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date), if any."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
