"""The blueprint store on both backends: SQLite (the embedded default) and PostgreSQL.

PostgreSQL's test database is shared with other test runs, so each test works in an account of
its own and removes only that account's rows, never whole tables."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from openbda.store.blueprints import (
    BlueprintStore,
    blueprint_stages_table,
    blueprint_tokens_table,
    blueprint_versions_table,
    blueprints_table,
)
from openbda.store.db import Database
from openbda.store.tags import tags_table

PG_URL = os.environ.get(
    "OPENBDA_TEST_POSTGRES_URL",
    "postgresql+psycopg://openbda:openbda@127.0.0.1:5432/openbda_test",
)


def random_account() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(12))


@pytest.fixture
def account() -> str:
    return random_account()


@pytest.fixture
def other_account() -> str:
    return random_account()


class Clock:
    """A clock that moves one second per reading, so that every write has its own time."""

    def __init__(self) -> None:
        self.now = datetime(2025, 6, 1, 12, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def purge(db: Database, *accounts: str) -> None:
    with db.transaction() as conn:
        for account in accounts:
            ids = select(blueprints_table.c.blueprint_id).where(
                blueprints_table.c.account_id == account
            )
            for table in (blueprint_stages_table, blueprint_versions_table):
                conn.execute(delete(table).where(table.c.blueprint_id.in_(ids)))
            conn.execute(
                delete(blueprint_tokens_table).where(blueprint_tokens_table.c.account_id == account)
            )
            conn.execute(delete(blueprints_table).where(blueprints_table.c.account_id == account))
            conn.execute(delete(tags_table).where(tags_table.c.account_id == account))


@pytest.fixture(params=["sqlite", "postgres"])
def db(
    request: pytest.FixtureRequest, tmp_path: Path, account: str, other_account: str
) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'blueprints.db'}" if request.param == "sqlite" else PG_URL
    database = Database(url)
    yield database
    purge(database, account, other_account)
    database.close()


StoreFactory = Callable[..., BlueprintStore]


@pytest.fixture
def make_store(db: Database) -> StoreFactory:
    def make(**kwargs: Any) -> BlueprintStore:
        return BlueprintStore(db, clock=Clock(), **kwargs)

    return make


@pytest.fixture
def store(make_store: StoreFactory) -> BlueprintStore:
    return make_store()
