"""Every limit an input is held to, in one place.

The first table is BDA's documented limits (bda-behaviour.md §8); the second is openbda's own,
for what BDA leaves unsaid but a parser running on someone's machine needs: how long a
conversion may take, how far a package may expand, how much memory a worker may use.
Modules import the values from here so that a limit and its message never disagree.

The memory cap is an address-space limit (RLIMIT_AS) on each worker process. Measured here, a
worker reading text-layer PDFs peaks at about 0.5 GB of address space (0.1 GB resident); with
the onnxruntime OCR models loaded, about 1.9 GB (1.0 GB resident); each LibreOffice child, which
inherits the cap as its own, 0.5 to 0.6 GB (0.2 GB resident). A decompression bomb or a page of
millions of drawing operators asks for far more. Python raises `MemoryError` when an allocation
fails under the cap; C code such as pdfium aborts instead, which the pool turns into a
ClientError (queue/local.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import resource
from dataclasses import dataclass
from pathlib import Path

from openbda.document.errors import DocumentError

log = logging.getLogger(__name__)

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True)
class DocumentLimits:
    """BDA's limits for one document, which differ between the async and the sync API."""

    max_pages: int
    max_bytes: int
    min_page_points: float = 40.0
    max_page_points: float = 9000.0
    # Raster inputs and page images: BDA refuses images over 10000 px on a side.
    max_image_side_px: int = 10_000


# BDA's documented limits (§8). Pages: 3000 async (with the splitter), 10 sync; file size:
# 500 MB through the API, 50 MB sync; every PDF page 40 to 9000 points on each side.
ASYNC_LIMITS = DocumentLimits(max_pages=3000, max_bytes=500 * MiB)
SYNC_LIMITS = DocumentLimits(max_pages=10, max_bytes=50 * MiB)

# openbda's own limits.
# An Office conversion longer than this is stopped: LibreOffice lays out about 70 pages of plain
# text a second here, so this leaves room for documents far beyond the page limit, yet ends
# well within the job's own time limit (Settings.job_timeout_seconds, 900 s by default).
OFFICE_CONVERSION_TIMEOUT_SECONDS = 300.0
# An Office file is a ZIP package. Its parts may expand to at most this much in all...
OFFICE_MAX_UNCOMPRESSED_BYTES = 2 * GiB
# ...and, past OFFICE_RATIO_FLOOR_BYTES, to at most this many times the package's size. Word
# and spreadsheet XML compresses 10 to 40 times; a ZIP bomb, near deflate's ceiling of about 1000.
OFFICE_MAX_COMPRESSION_RATIO = 200
OFFICE_RATIO_FLOOR_BYTES = 64 * MiB
OFFICE_MAX_PARTS = 10_000

# The worker memory cap when none is configured: this share of the machine's memory (or of the
# container's, when a cgroup limits it) divided among the workers, and never less than the
# floor, which covers a worker with the OCR models loaded.
WORKER_MEMORY_SHARE = 0.75
WORKER_MEMORY_FLOOR_MB = 3072
# glibc keeps up to 8 malloc arenas per core, each reserving 64 MB of address space, so on a
# many-core machine a worker's address space says little about its memory. Two arenas keep
# the cap meaningful; the workers are single-threaded apart from the OCR engine's pool.
WORKER_MALLOC_ARENAS = 2

_M_ARENA_MAX = -8  # mallopt parameter (malloc.h)


class MemoryLimitError(DocumentError):
    """The input needs more memory than the worker's cap allows."""

    def __init__(self, limit_mb: int | None = None) -> None:
        super().__init__(memory_limit_message(limit_mb))


def memory_limit_message(limit_mb: int | None = None) -> str:
    limit = current_memory_limit_mb() if limit_mb is None else limit_mb
    allowance = f"the limit of {limit} MB allows" if limit else "this server can provide"
    return (
        f"The input needs more memory than {allowance}: a page or an embedded stream "
        "expands to too much data. Split the document into smaller files or simplify its "
        "pages, then submit it again."
    )


def total_memory_bytes() -> int:
    """The memory this process may use: the machine's, or its cgroup's when that is lower."""
    physical = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            text = Path(path).read_text().strip()
        except OSError:
            continue
        if text.isdigit():
            return min(physical, int(text))
    return physical


def worker_memory_limit_mb(
    setting_mb: int, workers: int, total_bytes: int | None = None
) -> int | None:
    """The cap for one worker in MB: `setting_mb` when positive, none when negative, and when
    zero a share of the machine's memory per worker (`WORKER_MEMORY_SHARE`), at least
    `WORKER_MEMORY_FLOOR_MB`."""
    if setting_mb > 0:
        return setting_mb
    if setting_mb < 0:
        return None
    total = total_memory_bytes() if total_bytes is None else total_bytes
    share = int(total * WORKER_MEMORY_SHARE / max(1, workers)) // MiB
    return max(WORKER_MEMORY_FLOOR_MB, share)


def apply_memory_limit(limit_mb: int | None) -> int:
    """Cap this process's address space at `limit_mb` (children inherit the cap); return the
    soft limit that was in force, for `restore_memory_limit`.

    Only the soft limit is lowered: the hard limit stays, so a child that needs its own budget
    can still be given one, and the cap can be lifted again.
    """
    _limit_malloc_arenas()
    previous, hard = resource.getrlimit(resource.RLIMIT_AS)
    if limit_mb is not None:
        limit = limit_mb * MiB
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return previous


def restore_memory_limit(previous: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (previous, hard))


def current_memory_limit_mb() -> int | None:
    """The address-space cap in force for this process, in MB, or None when there is none."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    return None if soft == resource.RLIM_INFINITY else soft // MiB


def _limit_malloc_arenas() -> None:
    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        libc = ctypes.CDLL(name)
        libc.mallopt(_M_ARENA_MAX, WORKER_MALLOC_ARENAS)
    except (OSError, AttributeError):
        log.debug("mallopt is not available; malloc arenas are left as they are")
