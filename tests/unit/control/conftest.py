"""Fixtures for the project and tag stores on both backends: SQLite (the embedded default) and
PostgreSQL. PostgreSQL's test database is shared, so each test works in an account of its own
and removes only that account's rows."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from openbda.store.db import Database
from openbda.store.projects import projects_table
from openbda.store.tags import tags_table

PG_URL = os.environ.get(
    "OPENBDA_TEST_POSTGRES_URL",
    "postgresql+psycopg://openbda:openbda@127.0.0.1:5432/openbda_test",
)


@pytest.fixture
def account() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(12))


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path, account: str) -> Iterator[Database]:
    database = Database(
        f"sqlite:///{tmp_path / 'control.db'}" if request.param == "sqlite" else PG_URL
    )
    yield database
    with database.transaction() as conn:
        conn.execute(projects_table.delete().where(projects_table.c.account_id == account))
        conn.execute(tags_table.delete().where(tags_table.c.account_id == account))
    database.close()
