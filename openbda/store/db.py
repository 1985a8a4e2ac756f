"""The metadata database: one engine and one SQLAlchemy MetaData for every table (jobs,
projects, blueprints, tags), SQLite (WAL) by default or PostgreSQL."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, event, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateColumn

metadata = MetaData()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            # WAL lets readers run beside the single writer. synchronous=NORMAL in WAL mode
            # survives any process crash (kill -9); only an OS crash or power loss can drop the
            # last commits. Users who need more set database_url to PostgreSQL.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


class Database:
    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        # Import the table modules so that create_all sees every table.
        from openbda.store import tables  # noqa: F401

        metadata.create_all(self.engine)
        _add_missing_columns(self.engine)
        # SQLite has one writer at a time, and a writer that finds the lock taken sleeps in
        # growing steps (up to 100 ms) before retrying. Queueing this process's writers on a
        # mutex instead turns those sleeps into short, fair waits.
        self._write_lock: threading.Lock | contextlib.nullcontext[None] = (
            threading.Lock() if url.startswith("sqlite") else contextlib.nullcontext()
        )

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction, committed on exit."""
        with self._write_lock, self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _add_missing_columns(engine: Engine) -> None:
    """Additive schema upgrades: a column added to a table since a data directory was created
    is added to the existing table (each such column has a server default)."""
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        if not inspector.has_table(table.name):
            continue
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present:
                continue
            ddl = CreateColumn(column).compile(dialect=engine.dialect)
            with engine.begin() as conn:
                conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {ddl}")
