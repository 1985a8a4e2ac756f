"""Shared pieces of the pipeline tests: projects in the API's shape, a job run in memory, and a
strict PNG reader that checks what the encoder writes."""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from openbda.domain.jobs import JobOutcome
from openbda.pipeline.io import MemoryJobIO
from openbda.pipeline.runner import JobSpec, run_job

JOB_ID = "5f0c4b0e-8a43-4d52-9d0e-6f7c2a3b1d10"
RESULT_KEY = "0/standard_output/0/result.json"
SEGMENT = "0/standard_output/0"
ASSETS = f"{SEGMENT}/assets"


def state(on: bool) -> dict[str, str]:
    return {"state": "ENABLED" if on else "DISABLED"}


def document_project(
    granularity: list[str] | None = None,
    formats: list[str] | None = None,
    *,
    bbox: bool = False,
    files: bool = False,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A project configuration as the control plane stores it, BDA's defaults where unset."""
    return {
        "standardOutputConfiguration": {
            "document": {
                "extraction": {
                    "granularity": {"types": granularity or ["PAGE", "ELEMENT"]},
                    "boundingBox": state(bbox),
                },
                "generativeField": state(False),
                "outputFormat": {
                    "textFormat": {"types": formats or ["MARKDOWN"]},
                    "additionalFileFormat": state(files),
                },
            }
        },
        "overrideConfiguration": overrides or {},
    }


class RecordingJobIO(MemoryJobIO):
    """Keeps the order of writes, so tests can check what is written before what."""

    def __init__(self, data: bytes, name: str = "input.pdf"):
        super().__init__(data, name)
        self.order: list[str] = []
        self.content_types: dict[str, str | None] = {}

    def write(self, relative_key: str, data: bytes, content_type: str | None = None) -> str:
        self.order.append(relative_key)
        self.content_types[relative_key] = content_type
        return super().write(relative_key, data, content_type)


def run(
    data: bytes, project: dict[str, Any] | None = None, *, sync: bool = False
) -> tuple[JobOutcome, RecordingJobIO]:
    io = RecordingJobIO(data)
    spec = JobSpec(job_id=JOB_ID, request={}, input_bytes=data, sync=sync, project=project)
    return run_job(spec, io), io


def result_of(io: MemoryJobIO) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(io.objects[RESULT_KEY])
    return parsed


@dataclass(frozen=True)
class Png:
    width: int
    height: int
    # Row-major RGB bytes, filter bytes removed.
    pixels: bytes

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        offset = (y * self.width + x) * 3
        r, g, b = self.pixels[offset : offset + 3]
        return r, g, b

    def is_blank(self) -> bool:
        return self.pixels.count(255) == len(self.pixels)


def read_png(data: bytes) -> Png:
    """Decode an 8-bit RGB PNG as the encoder writes it, checking every chunk's CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    pos, chunks = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), f"bad CRC in {kind!r}"
        chunks.append((kind, body))
        pos += 12 + length
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(
        ">IIBBBBB", chunks[0][1]
    )
    assert (depth, colour, compression, filtering, interlace) == (8, 2, 0, 0, 0)
    raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    stride = 1 + width * 3
    assert len(raw) == stride * height
    assert all(raw[y * stride] == 0 for y in range(height)), "unexpected filter type"
    pixels = b"".join(raw[y * stride + 1 : (y + 1) * stride] for y in range(height))
    return Png(width, height, pixels)
