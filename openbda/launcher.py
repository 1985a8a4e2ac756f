"""Starts `openbda serve` as a child process on a free loopback port: used by the demo, the
benchmarks and the end-to-end tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config

from openbda.objects.local import LocalObjectStore
from openbda.objects.uri import parse_s3_uri

ACCOUNT = "000000000000"
REGION = "us-east-1"
PROFILE_ARN = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-profile/us.data-automation-v1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class ServerProcess:
    data_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    workers: int = 2
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> ServerProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir / f"server-{int(time.time() * 1000)}.log"
        env = {**os.environ, "OPENBDA_LOG_LEVEL": "INFO", **self.env}
        cmd = [
            sys.executable, "-m", "openbda.cli", "serve",
            "--host", "127.0.0.1", "--port", str(self.port),
            "--data-dir", str(self.data_dir), "--workers", str(self.workers),
        ]  # fmt: skip
        log = open(self.log_path, "wb")  # noqa: SIM115 - lives as long as the process
        self.process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_openbda/health", timeout=1) as resp:
                    if resp.status == 200:
                        return self
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"server not healthy after {timeout}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path else ""

    def kill9(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def client(
        self,
        service: str = "bedrock-data-automation-runtime",
        key: str = "test",
        secret: str = "test",
        validate: bool = True,
    ) -> Any:
        return boto3.client(
            service,
            endpoint_url=self.url,
            region_name=REGION,
            aws_access_key_id=key,
            aws_secret_access_key=secret,
            config=Config(
                parameter_validation=validate,
                retries={"max_attempts": 1, "mode": "standard"},
                connect_timeout=5,
                read_timeout=120,
            ),
        )

    def put_object(self, bucket: str, key: str, data: bytes) -> str:
        path = self.data_dir / "buckets" / bucket / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return f"s3://{bucket}/{key}"

    def make_bucket(self, bucket: str) -> None:
        (self.data_dir / "buckets" / bucket).mkdir(parents=True, exist_ok=True)

    def object_path(self, uri: str) -> Path:
        """Where the embedded object store keeps `s3://bucket/key` (`//` has its own encoding)."""
        location = parse_s3_uri(uri)
        return LocalObjectStore(self.data_dir).object_path(location.bucket, location.key)


def wait_for_status(
    client: Any, arn: str, timeout: float = 60.0, poll: float = 0.02
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        status: dict[str, Any] = client.get_data_automation_status(invocationArn=arn)
        if status["status"] not in ("Created", "InProgress"):
            return status
        if time.monotonic() > deadline:
            raise TimeoutError(f"{arn} still {status['status']} after {timeout}s")
        time.sleep(poll)
