"""Job notifications: BDA's EventBridge events, delivered to configurable sinks."""

from openbda.events.payload import (
    JobEventInfo,
    JobEventStatus,
    build_job_event,
    event_id,
)
from openbda.events.publisher import EventPublisher
from openbda.events.sinks import (
    EventBridgeSink,
    EventDeliveryError,
    EventSink,
    JsonLinesSink,
    WebhookSink,
    sign,
)

__all__ = [
    "EventBridgeSink",
    "EventDeliveryError",
    "EventPublisher",
    "EventSink",
    "JobEventInfo",
    "JobEventStatus",
    "JsonLinesSink",
    "WebhookSink",
    "build_job_event",
    "event_id",
    "sign",
]
