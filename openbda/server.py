"""Assembles the server: settings → store → engine (worker pool, events) → gateway → ASGI."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from typing import Any

import uvicorn

from openbda import __version__
from openbda.api.app import OpenbdaApp
from openbda.api.control import ControlApi
from openbda.api.runtime import RuntimeApi
from openbda.aws.gateway import AwsService, Gateway
from openbda.aws.sigv4 import CredentialStore
from openbda.components import make_publisher, open_database
from openbda.config import Settings
from openbda.engine import JobEngine
from openbda.invocation import InvocationResolver
from openbda.store.jobs import JobStore

log = logging.getLogger(__name__)


@dataclass
class Server:
    settings: Settings
    store: JobStore
    engine: JobEngine
    app: OpenbdaApp

    def start(self) -> None:
        recovered = self.engine.start()
        self.app.ready = True
        log.info(
            "openbda %s ready: %s workers, %s object store, %d job(s) recovered",
            __version__,
            self.engine.pool.size,
            self.settings.resolved_object_store,
            recovered,
        )

    def stop(self) -> None:
        self.app.ready = False
        self.engine.stop()
        self.store.db.close()


def build_server(settings: Settings) -> Server:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if settings.resolved_object_store == "local":
        (settings.data_dir / "buckets").mkdir(exist_ok=True)
    db = open_database(settings)
    store = JobStore(db)
    control = ControlApi.open(db)
    resolver = InvocationResolver(control.projects, control.blueprints)
    engine = JobEngine(settings, store, make_publisher(settings), resolver)
    credentials = CredentialStore()
    for credential in settings.credential_list():
        credentials.add(credential.access_key, credential.secret_key, credential.account_id)
    gateway = Gateway(
        [
            AwsService("bedrock-data-automation-runtime", RuntimeApi(engine)),
            AwsService("bedrock-data-automation", control),
        ],
        credentials,
    )

    def health() -> dict[str, Any]:
        return {
            "version": __version__,
            "workers": engine.pool.size,
            "backlog": engine.pool.backlog,
        }

    return Server(settings, store, engine, OpenbdaApp(gateway, health))


def serve(settings: Settings) -> None:
    server = build_server(settings)
    server.start()
    # Everything loaded so far (service models, settings, modules) lives as long as the
    # process; moving it out of the collector's view keeps full collections short, which is
    # what otherwise shows up as latency spikes under load.
    gc.collect()
    gc.freeze()
    config = uvicorn.Config(
        server.app,
        host=settings.host,
        port=settings.port,
        loop="uvloop",
        http="httptools",
        lifespan="on",
        access_log=False,
        log_level=settings.log_level.lower(),
        # AWS SDKs keep connections alive; a generous timeout avoids needless reconnects.
        timeout_keep_alive=30,
    )
    try:
        uvicorn.Server(config).run()
    finally:
        server.stop()
