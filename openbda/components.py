"""Builds the long-lived parts from settings, the same way in the server and in workers."""

from __future__ import annotations

from openbda.config import Settings
from openbda.events.publisher import EventPublisher
from openbda.objects.factory import open_object_store
from openbda.objects.store import ObjectStore
from openbda.store.db import Database


def make_object_store(settings: Settings) -> ObjectStore:
    return open_object_store(
        settings.resolved_object_store,
        data_dir=settings.data_dir,
        endpoint_url=settings.s3_endpoint_url or None,
        region=settings.s3_region or None,
    )


def make_publisher(settings: Settings) -> EventPublisher:
    return EventPublisher.from_settings(
        data_dir=settings.data_dir,
        jsonl_enabled=settings.events_jsonl,
        jsonl_path=settings.events_path,
        webhook_url=settings.webhook_url or None,
        webhook_secret=settings.webhook_secret or None,
        eventbridge_enabled=settings.eventbridge_enabled,
        eventbridge_endpoint_url=settings.eventbridge_endpoint_url or None,
        eventbridge_region=settings.eventbridge_region or None,
        eventbridge_source=settings.eventbridge_source or None,
    )


def open_database(settings: Settings) -> Database:
    return Database(settings.sqlalchemy_url)
