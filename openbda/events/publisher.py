"""Fan a job event out to every configured sink, best effort.

BDA's own delivery is best effort, and a notification must never change a job's outcome, so a
sink that fails is logged and otherwise ignored. Sinks run in parallel so that a slow webhook
(timeouts, retries) does not hold back the others; `publish` returns once every sink has
delivered or given up, so an event is not lost to a worker that exits right after its job.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from openbda.events.payload import JobEventInfo, build_job_event
from openbda.events.sinks import (
    EventBridgeSink,
    EventDeliveryError,
    EventSink,
    JsonLinesSink,
    WebhookSink,
)

logger = logging.getLogger(__name__)

DEFAULT_JSONL_PATH = Path("events") / "events.jsonl"


class EventPublisher:
    def __init__(self, sinks: Sequence[EventSink]) -> None:
        self.sinks: tuple[EventSink, ...] = tuple(sinks)
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_pid = 0
        self._lanes: list[tuple[queue.SimpleQueue[Mapping[str, Any] | None], threading.Thread]] = []

    def __repr__(self) -> str:
        return f"EventPublisher({list(self.sinks)!r})"

    def publish(self, event: Mapping[str, Any]) -> None:
        """Send `event` to every sink. Never raises because of a sink."""
        if len(self.sinks) <= 1:
            for sink in self.sinks:
                self._send(sink, event)
            return
        pool = self._executor()
        wait([pool.submit(self._send, sink, event) for sink in self.sinks])

    def publish_later(self, event: Mapping[str, Any]) -> None:
        """Queue `event` and return at once. Each sink has its own queue and thread, so a slow
        or unreachable sink (a webhook retrying with backoff) delays only its own deliveries;
        every sink still receives events in order. `close` delivers what is queued."""
        with self._lock:
            if not self._lanes:
                for sink in self.sinks:
                    lane: queue.SimpleQueue[Mapping[str, Any] | None] = queue.SimpleQueue()
                    thread = threading.Thread(
                        target=self._drain, args=(sink, lane), name="openbda-events", daemon=True
                    )
                    thread.start()
                    self._lanes.append((lane, thread))
            for lane, _ in self._lanes:
                lane.put(event)

    def _drain(self, sink: EventSink, lane: queue.SimpleQueue[Mapping[str, Any] | None]) -> None:
        while (event := lane.get()) is not None:
            self._send(sink, event)

    def publish_job_event(self, info: JobEventInfo) -> dict[str, Any]:
        """Build the event for `info`, publish it, and return it."""
        event = build_job_event(info)
        self.publish(event)
        return event

    def close(self, timeout: float = 30.0) -> None:
        with self._lock:
            lanes, self._lanes = self._lanes, []
        for lane, _ in lanes:
            lane.put(None)
        for _, thread in lanes:
            thread.join(timeout)
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        for sink in self.sinks:
            close = getattr(sink, "close", None)
            if callable(close):
                close()

    @staticmethod
    def _send(sink: EventSink, event: Mapping[str, Any]) -> None:
        try:
            sink.send(event)
        except EventDeliveryError as exc:
            logger.warning("event %s not delivered by %r: %s", event.get("id"), sink, exc)
        except Exception:
            # A broken sink is a bug or a misconfiguration, but still no reason to fail a job.
            logger.exception(
                "event %s not delivered by %r: unexpected error", event.get("id"), sink
            )

    def _executor(self) -> ThreadPoolExecutor:
        pid = os.getpid()
        with self._lock:
            # A pool's threads do not survive fork; a child needs its own.
            if self._pool is None or self._pool_pid != pid:
                self._pool = ThreadPoolExecutor(
                    max_workers=len(self.sinks), thread_name_prefix="openbda-events"
                )
                self._pool_pid = pid
            return self._pool

    @classmethod
    def from_settings(
        cls,
        *,
        data_dir: str | os.PathLike[str] | None = None,
        jsonl_enabled: bool = True,
        jsonl_path: str | os.PathLike[str] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        webhook_timeout: float = 5.0,
        webhook_retries: int = 3,
        webhook_backoff: float = 0.5,
        eventbridge_enabled: bool = False,
        eventbridge_endpoint_url: str | None = None,
        eventbridge_region: str | None = None,
        eventbridge_bus_name: str = "default",
        eventbridge_source: str | None = None,
    ) -> EventPublisher:
        """Sinks from plain configuration values.

        JSON lines: on unless `jsonl_enabled` is false, at `jsonl_path` or else
        `<data_dir>/events/events.jsonl` (no file sink without either). Webhook: when
        `webhook_url` is set. EventBridge: when `eventbridge_enabled`.
        """
        sinks: list[EventSink] = []
        if jsonl_enabled:
            if jsonl_path is not None:
                sinks.append(JsonLinesSink(jsonl_path))
            elif data_dir is not None:
                sinks.append(JsonLinesSink(Path(data_dir) / DEFAULT_JSONL_PATH))
        if webhook_url:
            sinks.append(
                WebhookSink(
                    webhook_url,
                    webhook_secret or None,
                    timeout=webhook_timeout,
                    retries=webhook_retries,
                    backoff=webhook_backoff,
                )
            )
        if eventbridge_enabled:
            sinks.append(
                EventBridgeSink(
                    region=eventbridge_region,
                    endpoint_url=eventbridge_endpoint_url,
                    event_bus_name=eventbridge_bus_name,
                    source=eventbridge_source,
                )
            )
        return cls(sinks)
