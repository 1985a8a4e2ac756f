"""What a worker process holds for its lifetime (the object store client, later the models)
and how it runs one job."""

from __future__ import annotations

from openbda.components import make_object_store
from openbda.config import Settings
from openbda.domain.jobs import JobOutcome
from openbda.objects.store import ObjectStore
from openbda.objects.uri import parse_s3_uri
from openbda.pipeline.engines import Engines
from openbda.pipeline.io import BytesInputJobIO, JobIO, MemoryJobIO, ObjectStoreJobIO
from openbda.pipeline.runner import JobSpec, StageCallback, run_job


class WorkerContext:
    def __init__(self, settings: Settings, store: ObjectStore | None = None):
        self.settings = settings
        self.store = store if store is not None else make_object_store(settings)
        self.engines = Engines(settings)

    def job_io(self, spec: JobSpec) -> JobIO:
        if spec.input_bytes is not None:
            if spec.output_uri:
                return BytesInputJobIO(self.store, spec.input_bytes, spec.output_uri, spec.job_id)
            return MemoryJobIO(spec.input_bytes)
        assert spec.input_uri is not None
        if spec.output_uri:
            return ObjectStoreJobIO(self.store, spec.input_uri, spec.output_uri, spec.job_id)
        return _S3InputMemoryOutput(self.store, spec.input_uri)

    def execute(self, spec: JobSpec, on_stage: StageCallback | None = None) -> JobOutcome:
        return run_job(spec, self.job_io(spec), on_stage, self.engines)


class _S3InputMemoryOutput(MemoryJobIO):
    """Sync request with an s3Uri input and inline output."""

    def __init__(self, store: ObjectStore, input_uri: str):
        super().__init__(b"")
        self.location = parse_s3_uri(input_uri)
        self.store = store

    @property
    def input_bucket(self) -> str:
        return self.location.bucket

    @property
    def input_key(self) -> str:
        return self.location.key

    def read_input(self, max_bytes: int | None = None) -> bytes:
        return self.store.get(self.location.bucket, self.location.key, max_bytes=max_bytes)
