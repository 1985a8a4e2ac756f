"""openbda serve | run."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import time
import uuid
from pathlib import Path

from openbda.config import load_settings


def _serve(args: argparse.Namespace) -> int:
    from openbda.server import serve

    settings = load_settings(
        args.config,
        host=args.host,
        port=args.port,
        data_dir=args.data_dir,
        workers=args.workers,
    )
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    serve(settings)
    return 0


def _run(args: argparse.Namespace) -> int:
    from openbda.domain.jobs import JobStatus
    from openbda.pipeline.engines import Engines
    from openbda.pipeline.io import LocalFileJobIO
    from openbda.pipeline.runner import JobSpec, run_job

    logging.basicConfig(level=logging.WARNING)
    source = Path(args.file)
    out = Path(args.out)
    job_id = str(uuid.uuid4())
    started = time.perf_counter()
    print(f"openbda run {source} -> {out / job_id}", file=sys.stderr)

    def progress(stage: str) -> None:
        elapsed = (time.perf_counter() - started) * 1000
        print(f"  [{elapsed:8.1f} ms] {stage}", file=sys.stderr)

    spec = JobSpec(job_id=job_id, request={}, input_uri=str(source), output_uri=str(out))
    # One job in this process: its OCR may use every core.
    engines = Engines(dataclasses.replace(load_settings(args.config), workers=1))
    outcome = run_job(spec, LocalFileJobIO(source, out, job_id), progress, engines)
    print(f"status: {outcome.status.value}")
    if outcome.status == JobStatus.SUCCESS:
        print(f"job_metadata: {outcome.output_uri}")
        return 0
    print(f"error: {outcome.error_message}")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="openbda", description="Self-hosted Amazon Bedrock Data Automation"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="serve the BDA runtime API")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--data-dir")
    serve.add_argument("--workers", type=int, help="worker processes (default: CPU cores)")
    serve.add_argument("--config", help="TOML settings file")
    serve.set_defaults(func=_serve)

    run = sub.add_parser("run", help="process one local file without a server")
    run.add_argument("file")
    run.add_argument("--out", default="out", help="output directory (default: ./out)")
    run.add_argument("--config", help="TOML settings file (OCR engine, language model, ...)")
    run.set_defaults(func=_run)

    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
