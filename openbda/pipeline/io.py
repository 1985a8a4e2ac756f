"""Where a job reads its input and writes its output.

The pipeline only sees `JobIO`; the server backs it with an object store (local directory or
S3), `openbda run` with plain files. Relative keys are BDA's layout under the job folder, e.g.
`0/standard_output/0/result.json`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from openbda.objects.store import ObjectStore, ObjectStoreError
from openbda.objects.uri import S3Location, parse_s3_uri
from openbda.output.paths import job_prefix


class JobIO(Protocol):
    @property
    def input_bucket(self) -> str: ...

    @property
    def input_key(self) -> str: ...

    def read_input(self, max_bytes: int | None = None) -> bytes:
        """The input's bytes; larger than `max_bytes` raises ObjectTooLarge without reading
        the whole object."""
        ...

    def write(self, relative_key: str, data: bytes, content_type: str | None = None) -> str:
        """Write one output object and return the URI recorded for it in job metadata."""
        ...

    def uri(self, relative_key: str) -> str: ...


class OutputWriteError(Exception):
    """The output location cannot be written: the caller's problem (ClientError)."""


class InputReadError(Exception):
    """The input cannot be read: the caller's problem (ClientError)."""


class ObjectStoreJobIO:
    def __init__(self, store: ObjectStore, input_uri: str, output_uri: str, job_id: str):
        self.store = store
        self.input = parse_s3_uri(input_uri)
        # BDA joins the caller's prefix and the job id naively: "out/" gives "out//<id>".
        self.prefix: S3Location = parse_s3_uri(job_prefix(output_uri, job_id))

    @property
    def input_bucket(self) -> str:
        return self.input.bucket

    @property
    def input_key(self) -> str:
        return self.input.key

    def read_input(self, max_bytes: int | None = None) -> bytes:
        return self.store.get(self.input.bucket, self.input.key, max_bytes=max_bytes)

    def _key(self, relative_key: str) -> str:
        return f"{self.prefix.key}/{relative_key}" if self.prefix.key else relative_key

    def uri(self, relative_key: str) -> str:
        return f"s3://{self.prefix.bucket}/{self._key(relative_key)}"

    def write(self, relative_key: str, data: bytes, content_type: str | None = None) -> str:
        try:
            self.store.put(self.prefix.bucket, self._key(relative_key), data, content_type)
        except ObjectStoreError as exc:
            raise OutputWriteError(str(exc)) from exc
        return self.uri(relative_key)


class BytesInputJobIO(ObjectStoreJobIO):
    """The sync API's `bytes` input: the document travels in the request."""

    def __init__(self, store: ObjectStore, data: bytes, output_uri: str, job_id: str):
        self.store = store
        self._data = data
        self.prefix = parse_s3_uri(job_prefix(output_uri, job_id))

    @property
    def input_bucket(self) -> str:
        return ""

    @property
    def input_key(self) -> str:
        return ""

    def read_input(self, max_bytes: int | None = None) -> bytes:
        return self._data


class MemoryJobIO:
    """Output kept in memory (sync API without an output location)."""

    def __init__(self, data: bytes, name: str = ""):
        self._data = data
        self._name = name
        self.objects: dict[str, bytes] = {}

    @property
    def input_bucket(self) -> str:
        return ""

    @property
    def input_key(self) -> str:
        return self._name

    def read_input(self, max_bytes: int | None = None) -> bytes:
        return self._data

    def uri(self, relative_key: str) -> str:
        return relative_key

    def write(self, relative_key: str, data: bytes, content_type: str | None = None) -> str:
        self.objects[relative_key] = data
        return relative_key


class LocalFileJobIO:
    """`openbda run FILE --out DIR`: the same tree, written under DIR/<job id>/."""

    def __init__(self, input_path: Path, out_dir: Path, job_id: str):
        self.input_path = input_path
        self.root = out_dir / job_id

    @property
    def input_bucket(self) -> str:
        return ""

    @property
    def input_key(self) -> str:
        return str(self.input_path)

    def read_input(self, max_bytes: int | None = None) -> bytes:
        try:
            size = self.input_path.stat().st_size
            if max_bytes is not None and size > max_bytes:
                raise InputReadError(
                    f"{self.input_path} is {size} bytes; the limit is {max_bytes} bytes."
                )
            return self.input_path.read_bytes()
        except OSError as exc:
            raise InputReadError(f"Cannot read {self.input_path}: {exc.strerror}") from exc

    def uri(self, relative_key: str) -> str:
        return str((self.root / relative_key).resolve())

    def write(self, relative_key: str, data: bytes, content_type: str | None = None) -> str:
        target = self.root / relative_key
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
        except OSError as exc:
            raise OutputWriteError(f"{target}: {exc.strerror}") from exc
        return str(target.resolve())
