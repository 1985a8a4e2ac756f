"""openbda serve | run."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import time
import uuid
from pathlib import Path
from typing import Any

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

    try:
        blueprints = [local_blueprint(b) for b in args.blueprint or ()]
    except (OSError, ValueError) as exc:
        print(f"error: {exc}")
        return 2
    spec = JobSpec(
        job_id=job_id,
        request={},
        input_uri=str(source),
        output_uri=str(out),
        blueprints=blueprints,
    )
    # One job in this process: its OCR may use every core.
    engines = Engines(dataclasses.replace(load_settings(args.config), workers=1))
    outcome = run_job(spec, LocalFileJobIO(source, out, job_id), progress, engines)
    print(f"status: {outcome.status.value}")
    if outcome.status == JobStatus.SUCCESS:
        print(f"job_metadata: {outcome.output_uri}")
        return 0
    print(f"error: {outcome.error_message}")
    return 1


def local_blueprint(name: str) -> dict[str, Any]:
    """A blueprint for `openbda run`, as a job carries it: a catalog blueprint by its name
    ("receipt", "w2-form") or a schema file (its file name, less the extension, names it)."""
    from openbda.aws.arns import blueprint_arn
    from openbda.blueprints.catalog import catalog
    from openbda.blueprints.schema import BlueprintSchemaError, parse_schema
    from openbda.config import DEFAULT_ACCOUNT

    for entry in catalog():
        if name in (entry.suffix, entry.resource_id):
            return _blueprint_spec(entry.arn(LOCAL_REGION), entry.name, entry.schema_text)
    path = Path(name)
    if not path.is_file():
        known = ", ".join(e.suffix for e in catalog())
        raise ValueError(f"--blueprint {name}: no such file, nor a catalog blueprint ({known})")
    text = path.read_text(encoding="utf-8")
    try:
        parse_schema(text)
    except BlueprintSchemaError as exc:
        raise ValueError(f"--blueprint {name}: {exc}") from exc
    arn = blueprint_arn(LOCAL_REGION, DEFAULT_ACCOUNT, path.stem)
    return _blueprint_spec(arn, path.stem, text)


LOCAL_REGION = "us-east-1"


def _blueprint_spec(arn: str, name: str, schema: str) -> dict[str, Any]:
    return {
        "blueprintArn": arn,
        "name": name,
        "type": "DOCUMENT",
        "stage": "LIVE",
        "version": "1",
        "schema": schema,
    }


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
    run.add_argument(
        "--blueprint",
        action="append",
        help="a catalog blueprint (receipt, invoice, w2-form, ...) or a blueprint schema file; "
        "repeat for several",
    )
    run.set_defaults(func=_run)

    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
