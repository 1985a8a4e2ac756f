"""Settings for pools under test: a worker memory cap low enough for a bomb to reach quickly,
yet above what a worker needs to load and read ordinary documents."""

from __future__ import annotations

from dataclasses import dataclass

from openbda.config import Settings

TEST_CAP_MB = 2048


@dataclass(frozen=True)
class CappedSettings(Settings):
    worker_memory_mb: int = TEST_CAP_MB
