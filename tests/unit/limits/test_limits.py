"""The limits table and the worker memory cap: how the cap is chosen and what it does to an
allocation beyond it."""

from __future__ import annotations

import subprocess
import sys

from openbda.document import pdf
from openbda.document.limits import (
    ASYNC_LIMITS,
    SYNC_LIMITS,
    WORKER_MEMORY_FLOOR_MB,
    GiB,
    MemoryLimitError,
    MiB,
    memory_limit_message,
    total_memory_bytes,
    worker_memory_limit_mb,
)
from openbda.pipeline.runner import JobSpec


def test_the_table_holds_bdas_documented_limits() -> None:
    assert (ASYNC_LIMITS.max_pages, ASYNC_LIMITS.max_bytes) == (3000, 500 * MiB)
    assert (SYNC_LIMITS.max_pages, SYNC_LIMITS.max_bytes) == (10, 50 * MiB)
    assert (ASYNC_LIMITS.min_page_points, ASYNC_LIMITS.max_page_points) == (40, 9000)
    assert ASYNC_LIMITS.max_image_side_px == SYNC_LIMITS.max_image_side_px == 10_000


def test_the_modules_enforcing_limits_agree_with_the_table() -> None:
    assert (
        ASYNC_LIMITS.min_page_points,
        ASYNC_LIMITS.max_page_points,
    ) == (pdf.MIN_PAGE_POINTS, pdf.MAX_PAGE_POINTS)
    for sync, table in ((False, ASYNC_LIMITS), (True, SYNC_LIMITS)):
        limits = JobSpec(job_id="j", request={}, sync=sync).limits
        assert (limits.max_pages, limits.max_bytes) == (table.max_pages, table.max_bytes)


def test_a_configured_cap_wins() -> None:
    assert worker_memory_limit_mb(1500, workers=4, total_bytes=64 * GiB) == 1500


def test_a_negative_setting_means_no_cap() -> None:
    assert worker_memory_limit_mb(-1, workers=4, total_bytes=64 * GiB) is None


def test_by_default_each_worker_gets_a_share_of_memory() -> None:
    assert worker_memory_limit_mb(0, workers=4, total_bytes=32 * GiB) == 6144


def test_the_default_share_never_falls_below_the_floor() -> None:
    assert worker_memory_limit_mb(0, workers=16, total_bytes=8 * GiB) == WORKER_MEMORY_FLOOR_MB


def test_total_memory_is_known() -> None:
    assert total_memory_bytes() > 256 * MiB


def test_the_message_names_the_limit() -> None:
    assert "the limit of 1536 MB" in memory_limit_message(1536)
    assert MemoryLimitError(1536).message == memory_limit_message(1536)
    assert MemoryLimitError(1536).error_type == "ClientError"


def test_the_cap_turns_an_oversized_allocation_into_memory_error() -> None:
    # In a child process: the cap cannot be lifted once set without privileges we may lack.
    script = """
from openbda.document.limits import apply_memory_limit, current_memory_limit_mb
apply_memory_limit(1024)
print(current_memory_limit_mb())
small = bytearray(64 * 1024 * 1024)
try:
    huge = bytearray(2 * 1024 * 1024 * 1024)
except MemoryError:
    print("MemoryError")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["1024", "MemoryError"]


def test_the_cap_can_be_lifted_again() -> None:
    script = """
from openbda.document.limits import apply_memory_limit, current_memory_limit_mb
from openbda.document.limits import restore_memory_limit
before = apply_memory_limit(None)
print(current_memory_limit_mb())
apply_memory_limit(768)
print(current_memory_limit_mb())
restore_memory_limit(before)
print(current_memory_limit_mb())
huge = bytearray(1024 * 1024 * 1024)
print("allocated")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["None", "768", "None", "allocated"]
