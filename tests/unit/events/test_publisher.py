import json
import logging
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from openbda.events import (
    EventBridgeSink,
    EventPublisher,
    JobEventInfo,
    JsonLinesSink,
    WebhookSink,
)


class Recording:
    def __init__(self) -> None:
        self.events: list[Mapping[str, Any]] = []
        self.at: list[float] = []

    def send(self, event: Mapping[str, Any]) -> None:
        self.events.append(event)
        self.at.append(time.monotonic())


class Broken:
    def __repr__(self) -> str:
        return "Broken()"

    def send(self, event: Mapping[str, Any]) -> None:
        raise RuntimeError("sink bug")


class Slow:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.done = threading.Event()

    def send(self, event: Mapping[str, Any]) -> None:
        time.sleep(self.seconds)
        self.done.set()


def test_sends_to_every_sink(event: dict) -> None:
    sinks = [Recording(), Recording(), Recording()]
    publisher = EventPublisher(sinks)
    publisher.publish(event)
    publisher.close()
    assert all(sink.events == [event] for sink in sinks)


def test_a_broken_sink_neither_raises_nor_stops_the_others(
    event: dict, caplog: pytest.LogCaptureFixture
) -> None:
    before, after = Recording(), Recording()
    publisher = EventPublisher([before, Broken(), after])
    with caplog.at_level(logging.WARNING, logger="openbda.events"):
        publisher.publish(event)
    assert before.events == [event] and after.events == [event]
    assert "Broken()" in caplog.text and "sink bug" in caplog.text
    # Alone, too.
    EventPublisher([Broken()]).publish(event)


def test_a_slow_sink_does_not_hold_back_the_others(event: dict) -> None:
    slow, fast = Slow(0.5), Recording()
    publisher = EventPublisher([slow, fast])
    start = time.monotonic()
    publisher.publish(event)
    assert fast.at[0] - start < 0.25
    # publish returns once every sink is done, so nothing is lost if the process exits next.
    assert slow.done.is_set()
    publisher.close()


def test_no_sinks(event: dict) -> None:
    EventPublisher([]).publish(event)


def test_publish_job_event(tmp_path: Path) -> None:
    sink = Recording()
    event = EventPublisher([sink]).publish_job_event(
        JobEventInfo(
            job_id="j",
            account="000000000000",
            region="us-east-1",
            status="Success",
            input_bucket="in",
            input_key="a.pdf",
            output_bucket="out",
            output_prefix="o",
            modality="DOCUMENT",
            duration_seconds=1,
        )
    )
    assert sink.events == [event]
    assert event["detail"]["output_s3_location"]["name"] == "o/j/0"


def test_from_settings_defaults_to_the_data_dir_file(tmp_path: Path, event: dict) -> None:
    publisher = EventPublisher.from_settings(data_dir=tmp_path)
    [sink] = publisher.sinks
    assert isinstance(sink, JsonLinesSink)
    assert sink.path == tmp_path / "events" / "events.jsonl"
    publisher.publish(event)
    assert json.loads((tmp_path / "events" / "events.jsonl").read_text()) == event


def test_from_settings_with_everything(tmp_path: Path) -> None:
    publisher = EventPublisher.from_settings(
        data_dir=tmp_path,
        jsonl_path=tmp_path / "elsewhere.jsonl",
        webhook_url="http://127.0.0.1:9/hook",
        webhook_secret="s",
        webhook_retries=1,
        eventbridge_enabled=True,
        eventbridge_endpoint_url="http://127.0.0.1:9",
        eventbridge_region="eu-west-1",
        eventbridge_bus_name="jobs",
        eventbridge_source="openbda.bedrock",
    )
    jsonl, webhook, eventbridge = publisher.sinks
    assert isinstance(jsonl, JsonLinesSink) and jsonl.path == tmp_path / "elsewhere.jsonl"
    assert isinstance(webhook, WebhookSink) and webhook.retries == 1
    assert isinstance(eventbridge, EventBridgeSink)
    assert (eventbridge.region, eventbridge.event_bus_name, eventbridge.source) == (
        "eu-west-1",
        "jobs",
        "openbda.bedrock",
    )


def test_from_settings_without_sinks() -> None:
    assert EventPublisher.from_settings().sinks == ()
    assert EventPublisher.from_settings(data_dir="/x", jsonl_enabled=False).sinks == ()
