"""Objects in any S3-compatible store (AWS S3, SeaweedFS, MinIO, Ceph) through boto3.

Configuration follows the standard AWS settings unless given explicitly: endpoint from
`AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL`, credentials from the usual chain, region from
`AWS_REGION` / `AWS_DEFAULT_REGION` / the config file. With a custom endpoint the default
addressing style is `path`, which every S3-compatible server understands.

Some servers differ from AWS in ways that matter here: SeaweedFS, for one, stores objects as filer
paths and collapses `//` in keys, so `a//b` and `a/b` name the same object there.
"""

from __future__ import annotations

import os
import threading
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from openbda.objects.store import (
    InvalidObjectName,
    NoSuchBucket,
    NoSuchKey,
    ObjectAccessDenied,
    ObjectStoreError,
    ObjectStoreUnavailable,
    ObjectTooLarge,
)
from openbda.objects.uri import InvalidS3Uri, validate_bucket, validate_key

# The largest object a single PutObject may carry.
MAX_PUT_BYTES = 5 * 1024**3

_CREDENTIAL_CODES = frozenset(
    {
        "SignatureDoesNotMatch",
        "InvalidAccessKeyId",
        "InvalidToken",
        "ExpiredToken",
        "TokenRefreshRequired",
        "RequestTimeTooSkewed",
    }
)
_UNAVAILABLE_CODES = frozenset(
    {"SlowDown", "ServiceUnavailable", "InternalError", "RequestTimeout", "503", "500"}
)


class S3ObjectStore:
    """One boto3 client per process, created on first use and shared by all threads (boto3
    clients are thread-safe; sessions are not). After a fork the child builds its own, because
    a connection pool must not be shared across processes."""

    def __init__(
        self,
        *,
        endpoint_url: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        region: str | None = None,
        addressing_style: str | None = None,
        max_pool_connections: int = 32,
        connect_timeout: float = 5.0,
        read_timeout: float = 60.0,
        max_attempts: int = 3,
    ) -> None:
        if addressing_style not in (None, "auto", "path", "virtual"):
            raise ValueError(
                f"addressing_style must be 'auto', 'path' or 'virtual', not {addressing_style!r}"
            )
        self.endpoint_url = endpoint_url
        self._credentials = (access_key_id, secret_access_key, session_token)
        self.region = region or os.environ.get("AWS_REGION") or None
        custom_endpoint = endpoint_url or os.environ.get("AWS_ENDPOINT_URL_S3")
        custom_endpoint = custom_endpoint or os.environ.get("AWS_ENDPOINT_URL")
        self.addressing_style = addressing_style or ("path" if custom_endpoint else None)
        self._config = Config(
            s3={"addressing_style": self.addressing_style} if self.addressing_style else {},
            max_pool_connections=max_pool_connections,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            retries={"mode": "standard", "max_attempts": max_attempts},
        )
        self._lock = threading.Lock()
        self._client: Any = None
        self._client_pid = 0

    def __repr__(self) -> str:
        return f"S3ObjectStore(endpoint_url={self.endpoint_url!r}, region={self.region!r})"

    @property
    def client(self) -> Any:
        """The process's boto3 S3 client."""
        pid = os.getpid()
        if self._client is None or self._client_pid != pid:
            with self._lock:
                if self._client is None or self._client_pid != pid:
                    access_key, secret_key, token = self._credentials
                    # A private session: boto3's default session is not thread-safe.
                    session = boto3.session.Session()
                    self._client = session.client(
                        "s3",
                        endpoint_url=self.endpoint_url,
                        aws_access_key_id=access_key,
                        aws_secret_access_key=secret_key,
                        aws_session_token=token,
                        region_name=self.region,
                        config=self._config,
                    )
                    self._client_pid = pid
        return self._client

    # -- ObjectStore ------------------------------------------------------------------------

    def get(self, bucket: str, key: str, *, max_bytes: int | None = None) -> bytes:
        _validate(bucket, key, "read")
        try:
            response = self.client.get_object(Bucket=bucket, Key=key)
            body = response["Body"]
            try:
                size = int(response.get("ContentLength", 0))
                if max_bytes is not None and size > max_bytes:
                    raise ObjectTooLarge(
                        f"the object is {size} bytes, over the limit of {max_bytes} bytes",
                        bucket=bucket,
                        key=key,
                        action="read",
                    )
                data: bytes = body.read() if max_bytes is None else body.read(max_bytes + 1)
            finally:
                body.close()
        except (ClientError, BotoCoreError) as exc:
            raise self._map(exc, bucket, key, "read") from exc
        if max_bytes is not None and len(data) > max_bytes:
            raise ObjectTooLarge(
                f"the object is over the limit of {max_bytes} bytes",
                bucket=bucket,
                key=key,
                action="read",
            )
        return data

    def put(self, bucket: str, key: str, data: bytes, content_type: str | None = None) -> None:
        _validate(bucket, key, "write")
        if len(data) > MAX_PUT_BYTES:
            raise ObjectTooLarge(
                f"{len(data)} bytes is more than one S3 PutObject may carry ({MAX_PUT_BYTES})",
                bucket=bucket,
                key=key,
                action="write",
            )
        extra = {"ContentType": content_type} if content_type else {}
        try:
            self.client.put_object(Bucket=bucket, Key=key, Body=data, **extra)
        except (ClientError, BotoCoreError) as exc:
            raise self._map(exc, bucket, key, "write") from exc

    def head(self, bucket: str, key: str) -> int | None:
        _validate(bucket, key, "inspect")
        try:
            response = self.client.head_object(Bucket=bucket, Key=key)
        except ClientError as exc:
            if _status(exc) != 404:
                raise self._map(exc, bucket, key, "inspect") from exc
            # HEAD has no body, so a missing bucket and a missing key look alike; ask once more
            # so that a wrong bucket name is reported as such.
            if not self.exists_bucket(bucket):
                raise NoSuchBucket(
                    "the bucket does not exist", bucket=bucket, key=key, action="inspect"
                ) from None
            return None
        except BotoCoreError as exc:
            raise self._map(exc, bucket, key, "inspect") from exc
        return int(response["ContentLength"])

    def exists_bucket(self, bucket: str) -> bool:
        _validate(bucket, None, "inspect")
        try:
            self.client.head_bucket(Bucket=bucket)
        except ClientError as exc:
            if _status(exc) == 404:
                return False
            raise self._map(exc, bucket, None, "inspect") from exc
        except BotoCoreError as exc:
            raise self._map(exc, bucket, None, "inspect") from exc
        return True

    def list_keys(self, bucket: str, prefix: str = "") -> list[str]:
        _validate(bucket, None, "list")
        keys: list[str] = []
        try:
            paginator = self.client.get_paginator("list_objects_v2")
            for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
                keys.extend(item["Key"] for item in page.get("Contents", []))
        except (ClientError, BotoCoreError) as exc:
            raise self._map(exc, bucket, prefix or None, "list") from exc
        # AWS already lists in this order; some compatible servers (SeaweedFS) walk directories.
        return sorted(keys, key=lambda k: k.encode("utf-8"))

    # -- extras -----------------------------------------------------------------------------

    def create_bucket(self, bucket: str) -> None:
        """Create the bucket; creating one this account already owns is a no-op."""
        _validate(bucket, None, "create bucket")
        params: dict[str, Any] = {"Bucket": bucket}
        region = self.client.meta.region_name
        if region and region != "us-east-1":
            params["CreateBucketConfiguration"] = {"LocationConstraint": region}
        try:
            self.client.create_bucket(**params)
        except ClientError as exc:
            if _code(exc) in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                return
            raise self._map(exc, bucket, None, "create bucket") from exc
        except BotoCoreError as exc:
            raise self._map(exc, bucket, None, "create bucket") from exc

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    # -- error mapping ----------------------------------------------------------------------

    def _map(
        self, exc: ClientError | BotoCoreError, bucket: str, key: str | None, action: str
    ) -> ObjectStoreError:
        def error(kind: type[ObjectStoreError], reason: str) -> ObjectStoreError:
            return kind(reason, bucket=bucket, key=key, action=action)

        endpoint = self._endpoint_for_messages()
        if isinstance(exc, NoCredentialsError):
            return ObjectStoreError(
                "openbda has no credentials for the S3 store (set AWS_ACCESS_KEY_ID and "
                "AWS_SECRET_ACCESS_KEY, or configure them)",
                bucket=bucket,
                key=key,
                action=action,
                code="NoCredentials",
            )
        if isinstance(exc, BotoCoreError):
            return error(
                ObjectStoreUnavailable, f"the S3 store at {endpoint} could not be reached ({exc})"
            )
        code = _code(exc)
        status = _status(exc)
        detail = exc.response.get("Error", {}).get("Message") or ""
        said = f" ({code}: {detail})" if detail and detail != code else f" ({code})"
        missing_key = status == 404 and key is not None and code in ("404", "NotFound", "")
        if code == "NoSuchKey" or missing_key:
            return error(NoSuchKey, "the object does not exist")
        if code == "NoSuchBucket" or (status == 404 and key is None):
            return error(NoSuchBucket, "the bucket does not exist")
        if code in _CREDENTIAL_CODES:
            return error(
                ObjectAccessDenied,
                f"the S3 store at {endpoint} rejected openbda's credentials{said}",
            )
        if status == 403 or code in ("AccessDenied", "AllAccessDisabled"):
            return error(
                ObjectAccessDenied,
                f"access denied by the S3 store{said}; check the bucket policy and the "
                "permissions of openbda's credentials",
            )
        if code == "EntityTooLarge":
            return error(ObjectTooLarge, f"the S3 store refused the object as too large{said}")
        if code in ("InvalidBucketName", "KeyTooLongError", "InvalidObjectName"):
            return error(InvalidObjectName, f"the S3 store refused the name{said}")
        if status >= 500 or code in _UNAVAILABLE_CODES:
            return error(
                ObjectStoreUnavailable,
                f"the S3 store at {endpoint} failed with HTTP {status}{said}",
            )
        return ObjectStoreError(
            f"the S3 store answered HTTP {status}{said}",
            bucket=bucket,
            key=key,
            action=action,
            code=code or "InternalError",
            client_fault=400 <= status < 500,
        )

    def _endpoint_for_messages(self) -> str:
        if self._client is not None:
            return str(self._client.meta.endpoint_url)
        return self.endpoint_url or "the configured endpoint"


def _validate(bucket: str, key: str | None, action: str) -> None:
    try:
        validate_bucket(bucket)
        if key is not None:
            validate_key(key)
    except InvalidS3Uri as exc:
        raise InvalidObjectName(str(exc), bucket=bucket, key=key, action=action) from None


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _status(exc: ClientError) -> int:
    return int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))
