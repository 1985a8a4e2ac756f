"""`EventBridgeSink`: the real boto3 `events` client against a local PutEvents double."""

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from openbda.events import EventBridgeSink, EventDeliveryError, EventPublisher
from tests.support.eventbridge import EventBridgeDouble
from tests.support.net import free_port
from tests.unit.events.helpers import make_event


@pytest.fixture
def bus() -> Iterator[EventBridgeDouble]:
    with EventBridgeDouble() as double:
        yield double


def sink_for(url: str, **options: object) -> EventBridgeSink:
    return EventBridgeSink(
        region="us-east-1",
        endpoint_url=url,
        access_key_id="test",
        secret_access_key="test",
        **options,  # type: ignore[arg-type]
    )


def test_puts_the_event_with_the_real_client(bus: EventBridgeDouble, event: dict) -> None:
    sink_for(bus.url).send(event)
    [request] = bus.requests
    assert request.header("x-amz-target") == "AWSEvents.PutEvents"
    assert request.header("content-type") == "application/x-amz-json-1.1"
    authorization = request.header("authorization") or ""
    assert authorization.startswith("AWS4-HMAC-SHA256 Credential=test/")
    assert "/us-east-1/events/aws4_request" in authorization
    [entry] = bus.entries
    assert entry["Source"] == "aws.bedrock"
    assert entry["DetailType"] == "Bedrock Data Automation Job Succeeded"
    assert json.loads(entry["Detail"]) == event["detail"]
    assert entry["Resources"] == []
    assert entry["EventBusName"] == "default"
    # JSON 1.1 sends timestamps as epoch seconds.
    assert entry["Time"] == datetime(2026, 1, 5, 10, 0, 7, tzinfo=UTC).timestamp()


def test_custom_bus_and_source(bus: EventBridgeDouble, event: dict) -> None:
    sink_for(bus.url, event_bus_name="jobs", source="openbda.bedrock").send(event)
    [entry] = bus.entries
    assert (entry["EventBusName"], entry["Source"]) == ("jobs", "openbda.bedrock")


def test_failed_entry_is_a_delivery_error(bus: EventBridgeDouble, event: dict) -> None:
    bus.fail_with("InternalFailure", "The request processing has failed.")
    with pytest.raises(EventDeliveryError) as info:
        sink_for(bus.url).send(event)
    assert str(info.value) == (
        f"EventBridge refused Bedrock Data Automation Job Succeeded {event['id']} on bus "
        "'default': InternalFailure: The request processing has failed."
    )
    assert bus.entries == [] and len(bus.refused) == 1


def test_aws_sources_refused_like_aws_unless_overridden(event: dict) -> None:
    with EventBridgeDouble(reject_aws_sources=True) as bus:
        with pytest.raises(EventDeliveryError, match="NotAuthorizedForSourceException"):
            sink_for(bus.url).send(event)
        sink_for(bus.url, source="openbda.bedrock").send(event)
        assert [e["Source"] for e in bus.entries] == ["openbda.bedrock"]


def test_unreachable_endpoint_is_a_delivery_error(event: dict) -> None:
    sink = sink_for(f"http://127.0.0.1:{free_port()}", max_attempts=1)
    with pytest.raises(EventDeliveryError, match="PutEvents failed"):
        sink.send(event)


def test_publisher_swallows_a_failed_entry(
    bus: EventBridgeDouble, event: dict, caplog: pytest.LogCaptureFixture
) -> None:
    bus.fail_with("ThrottlingException", "Rate exceeded")
    publisher = EventPublisher([sink_for(bus.url)])
    with caplog.at_level(logging.WARNING, logger="openbda.events"):
        publisher.publish(event)
    publisher.close()
    assert "ThrottlingException" in caplog.text


def test_every_status_is_accepted(bus: EventBridgeDouble) -> None:
    sink = sink_for(bus.url)
    for status in ("Created", "Success", "ClientError", "ServiceError"):
        sink.send(make_event(status=status, error_message="x"))
    assert [e["DetailType"] for e in bus.entries] == [
        "Bedrock Data Automation Job Created",
        "Bedrock Data Automation Job Succeeded",
        "Bedrock Data Automation Job Failed With Client Error",
        "Bedrock Data Automation Job Failed With Service Error",
    ]
    assert [json.loads(e["Detail"])["job_status"] for e in bus.entries] == [
        "CREATED",
        "SUCCESS",
        "CLIENT_ERROR",
        "SERVICE_ERROR",
    ]
