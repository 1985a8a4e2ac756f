"""A small closed-loop HTTP load generator for the AWS JSON 1.1 API.

Requests are SigV4-signed with botocore *before* the clock starts, then replayed over
keep-alive connections by asyncio, so the generator spends its CPU on sockets, not on signing.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

TARGET = "AmazonBedrockKeystoneRuntimeService"


def signed_request(
    url: str, operation: str, body: dict[str, Any], region: str = "us-east-1"
) -> bytes:
    payload = json.dumps(body).encode()
    host = urlsplit(url).netloc
    request = AWSRequest(
        method="POST",
        url=url + "/",
        data=payload,
        headers={
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": f"{TARGET}.{operation}",
            "Host": host,
        },
    )
    SigV4Auth(Credentials("test", "test"), "bedrock", region).add_auth(request)
    lines = ["POST / HTTP/1.1", f"Host: {host}", f"Content-Length: {len(payload)}"]
    lines += [f"{k}: {v}" for k, v in request.headers.items() if k.lower() != "host"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + payload


@dataclass
class LoadResult:
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]

    def summary(self, label: str) -> str:
        return (
            f"{label}: {self.rate:,.0f} requests/s over {self.requests} requests "
            f"({self.seconds:.1f} s), p50 {self.percentile(50):.1f} ms, "
            f"p99 {self.percentile(99):.1f} ms, mean {statistics.fmean(self.latencies_ms):.1f} ms, "
            f"errors {self.errors}"
        )


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return status, body


async def _connection(
    url: str,
    requests: list[bytes],
    latencies: list[float],
    errors: list[int],
    interval: float,
    offset: float,
) -> None:
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    begin = time.perf_counter() + offset
    try:
        for n, raw in enumerate(requests):
            if interval:
                # Open loop: each request has a due time; latency counts from that time, so a
                # slow server cannot hide its queueing by slowing the generator down.
                due = begin + n * interval
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                start = due
            else:
                start = time.perf_counter()
            writer.write(raw)
            status, _ = await _read_response(reader)
            latencies.append((time.perf_counter() - start) * 1000)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


def run_load(
    url: str, requests: Iterable[bytes], concurrency: int, rate: float = 0.0
) -> LoadResult:
    """Send every request once, spread over `concurrency` keep-alive connections: as fast as
    the server answers (closed loop, rate 0), or at a fixed total `rate` per second."""
    pending = list(requests)
    shares = [pending[i::concurrency] for i in range(concurrency)]
    latencies: list[float] = []
    errors: list[int] = []
    interval = concurrency / rate if rate else 0.0

    async def main() -> float:
        start = time.perf_counter()
        await asyncio.gather(
            *(
                _connection(url, s, latencies, errors, interval, i * interval / concurrency)
                for i, s in enumerate(shares)
                if s
            )
        )
        return time.perf_counter() - start

    seconds = asyncio.run(main())
    return LoadResult(len(pending), seconds, latencies, len(errors))
