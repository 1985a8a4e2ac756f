"""Object stores: where jobs read their input and write their output (`s3://` locations)."""

from openbda.objects.factory import open_object_store
from openbda.objects.local import LocalObjectStore
from openbda.objects.s3 import S3ObjectStore
from openbda.objects.store import (
    InvalidObjectName,
    NoSuchBucket,
    NoSuchKey,
    ObjectAccessDenied,
    ObjectKeyConflict,
    ObjectStore,
    ObjectStoreError,
    ObjectStoreUnavailable,
    ObjectTooLarge,
)
from openbda.objects.uri import InvalidS3Uri, S3Location, join_key, parse_s3_uri

__all__ = [
    "InvalidObjectName",
    "InvalidS3Uri",
    "LocalObjectStore",
    "NoSuchBucket",
    "NoSuchKey",
    "ObjectAccessDenied",
    "ObjectKeyConflict",
    "ObjectStore",
    "ObjectStoreError",
    "ObjectStoreUnavailable",
    "ObjectTooLarge",
    "S3Location",
    "S3ObjectStore",
    "join_key",
    "open_object_store",
    "parse_s3_uri",
]
