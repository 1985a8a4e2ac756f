"""A worker process whose behaviour a job id scripts: `ok-*` succeeds, `crash-*` kills its
process, `hang-*` never finishes, `flaky-*` crashes on a first attempt only (a marker file in
the data dir remembers the attempt). It speaks the pool's real protocol over the real pipe."""

from __future__ import annotations

import os
import time
from multiprocessing.connection import Connection

from openbda.config import Settings
from openbda.domain.jobs import JobOutcome, JobStatus


def scripted_worker(conn: Connection, settings: Settings) -> None:
    conn.send(("ready", None))
    while True:
        try:
            spec = conn.recv()
        except EOFError:
            return
        if spec is None:
            return
        if spec.job_id.startswith("crash-"):
            os._exit(3)
        if spec.job_id.startswith("hang-"):
            time.sleep(3600)
        if spec.job_id.startswith("flaky-"):
            marker = settings.data_dir / spec.job_id
            if not marker.exists():
                marker.write_text("first attempt")
                os._exit(4)
        conn.send(("done", JobOutcome(spec.job_id, JobStatus.SUCCESS, "DOCUMENT", "s3://b/k")))
