"""Settings: defaults, then an optional TOML file, then OPENBDA_* environment variables.

One flat dataclass keeps the whole configuration readable in one place; every field has the
environment variable `OPENBDA_<FIELD>` (upper-cased) and the same key in the config file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_ACCOUNT = "000000000000"


@dataclass(frozen=True)
class Credential:
    access_key: str
    secret_key: str
    account_id: str


def _default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path(".openbda")
    host: str = "127.0.0.1"
    port: int = 4566
    # Worker processes of the embedded pool; 0 queues jobs without running them.
    workers: int = field(default_factory=_default_workers)
    # SQLAlchemy URL; empty means SQLite (WAL) at <data_dir>/openbda.db.
    database_url: str = ""
    # "local" keeps buckets under <data_dir>/buckets; "s3" uses any S3-compatible endpoint;
    # "auto" picks s3 when an endpoint is configured (s3_endpoint_url or AWS_ENDPOINT_URL_S3).
    object_store: str = "auto"
    s3_endpoint_url: str = ""
    s3_region: str = ""
    # Extra credentials as "ACCESS:SECRET:ACCOUNT" items separated by commas; test/test is
    # always accepted unless default_credential is false.
    credentials: str = ""
    default_credential: bool = True
    # Hard limit on one job's processing time; the worker running it is replaced.
    job_timeout_seconds: float = 900.0
    # Address-space cap of each worker process in MB: 0 gives each worker a share of the
    # machine's memory (openbda.document.limits), a negative value none.
    worker_memory_mb: int = 0
    # OCR for scans and images: "rapidocr" (best on noisy scans) or "tesseract" (faster on
    # clean pages); models come inside their packages.
    ocr_engine: str = "rapidocr"
    # Language model for generative fields (summaries, descriptions, figure captions): none,
    # llamacpp, vllm, ollama, lmstudio, openai or openai-compatible.
    llm_backend: str = "none"
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout_seconds: float = 120.0
    llm_retries: int = 2
    llm_vision: bool = False
    # Custom output (blueprint fields): "auto" reads them with the language model when one is
    # configured and with the offline default (layout, patterns, embeddings) otherwise;
    # "offline" and "llm" choose; "none" writes no custom output.
    extraction_backend: str = "auto"
    # Event sinks: JSON lines under the data dir by default; webhook and EventBridge optional.
    events_jsonl: bool = True
    webhook_url: str = ""
    webhook_secret: str = ""
    eventbridge_enabled: bool = False
    eventbridge_endpoint_url: str = ""
    eventbridge_region: str = ""
    # Real Amazon EventBridge refuses `aws.*` sources from customer accounts; set e.g.
    # "openbda.bedrock" there. Empty keeps BDA's own source, `aws.bedrock`.
    eventbridge_source: str = ""
    log_level: str = "INFO"

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'openbda.db').resolve()}"

    @property
    def resolved_object_store(self) -> str:
        if self.object_store != "auto":
            return self.object_store
        if self.s3_endpoint_url or os.environ.get("AWS_ENDPOINT_URL_S3"):
            return "s3"
        return "local"

    @property
    def events_path(self) -> Path:
        return self.data_dir / "events" / "events.jsonl"

    def credential_list(self) -> list[Credential]:
        found: list[Credential] = []
        if self.default_credential:
            found.append(Credential("test", "test", DEFAULT_ACCOUNT))
        for item in filter(None, (s.strip() for s in self.credentials.split(","))):
            parts = item.split(":")
            if len(parts) != 3 or not parts[2].isdigit() or len(parts[2]) != 12:
                raise ValueError(
                    f"credential {item!r} must be ACCESS_KEY:SECRET_KEY:ACCOUNT (12 digits)"
                )
            found.append(Credential(parts[0], parts[1], parts[2]))
        return found


def _coerce(value: Any, current: Any, name: str) -> Any:
    if isinstance(current, bool):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"setting {name}: expected a boolean, got {value!r}")
    if isinstance(current, int):
        return int(value)
    if isinstance(current, float):
        return float(value)
    if isinstance(current, Path):
        return Path(value)
    return str(value)


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from defaults, the config file (or $OPENBDA_CONFIG), the environment,
    then explicit overrides (command-line flags) — later sources win."""
    settings = Settings()
    values: dict[str, Any] = {}
    path = config_file or os.environ.get("OPENBDA_CONFIG")
    if path:
        with open(path, "rb") as fh:
            values.update(tomllib.load(fh))
    for f in fields(Settings):
        env = os.environ.get(f"OPENBDA_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"unknown settings: {', '.join(unknown)}")
    coerced = {k: _coerce(v, getattr(settings, k), k) for k, v in values.items()}
    return replace(settings, **coerced)
