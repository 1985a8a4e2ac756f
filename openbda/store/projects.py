"""Project persistence with SQLAlchemy 2 Core, on SQLite or PostgreSQL.

One row per project: the identity columns the rules need to query (account, region, name,
client token, creation time) and each stage's configuration as a JSON document. A stage update
writes its own column only, so concurrent updates of the two stages never overwrite each other.
Every change is committed before the caller answers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import BigInteger, Column, Index, String, Table, Text, and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from openbda.aws import arns
from openbda.domain.projects import (
    MAX_PROJECTS_PER_ACCOUNT,
    Project,
    ProjectConfig,
    ProjectStage,
    ProjectType,
    StageConfig,
    address_of,
    public_default_project,
)
from openbda.domain.times import from_micros, to_micros
from openbda.store.db import Database, metadata
from openbda.store.tags import drop_tags, put_tags, serialize

projects_table = Table(
    "projects",
    metadata,
    Column("project_id", String(36), primary_key=True),
    Column("account_id", String(12), nullable=False),
    Column("region", String(32), nullable=False),
    Column("name", String(128), nullable=False),
    Column("project_type", String(8), nullable=False),
    # Integer microseconds since the epoch: exact and identical on every backend, and the
    # first half of the list order.
    Column("created_us", BigInteger, nullable=False),
    Column("client_token", String(256)),
    Column("fingerprint", String(64), nullable=False),
    Column("live", Text, nullable=False),
    Column("development", Text, nullable=False),
    Index("ux_projects_name", "account_id", "region", "name", unique=True),
    Index("ux_projects_client_token", "account_id", "region", "client_token", unique=True),
    Index("ix_projects_order", "account_id", "region", "created_us", "project_id"),
)

_STAGE_COLUMNS = {ProjectStage.LIVE: "live", ProjectStage.DEVELOPMENT: "development"}
_LIST_BATCH = 200


class ProjectNameTaken(Exception):
    def __init__(self, name: str):
        super().__init__(f"project name {name!r} is taken")
        self.name = name


class DuplicateProjectToken(Exception):
    """The clientToken of a Create was already used; ``existing`` is what it created."""

    def __init__(self, existing: Project):
        super().__init__(f"client token already used by {existing.project_id}")
        self.existing = existing


class ProjectQuotaExceeded(Exception):
    def __init__(self, limit: int):
        super().__init__(f"an account can have at most {limit} projects per region")
        self.limit = limit


def _dump(config: StageConfig) -> str:
    return json.dumps(config.to_json(), separators=(",", ":"), sort_keys=True)


def _row_values(project: Project) -> dict[str, Any]:
    return {
        "project_id": project.project_id,
        "account_id": project.account_id,
        "region": project.region,
        "name": project.name,
        "project_type": project.project_type.value,
        "created_us": to_micros(project.created_at),
        "client_token": project.client_token,
        "fingerprint": project.fingerprint,
        "live": _dump(project.live),
        "development": _dump(project.development),
    }


def _project_from_row(row: Any) -> Project:
    m = row._mapping
    return Project(
        project_id=m["project_id"],
        account_id=m["account_id"],
        region=m["region"],
        name=m["name"],
        project_type=ProjectType(m["project_type"]),
        created_at=from_micros(m["created_us"]),
        live=StageConfig.from_json(json.loads(m["live"])),
        development=StageConfig.from_json(json.loads(m["development"])),
        client_token=m["client_token"],
        fingerprint=m["fingerprint"],
    )


class ProjectStore:
    def __init__(self, db: Database, max_projects: int = MAX_PROJECTS_PER_ACCOUNT):
        self.db = db
        self.max_projects = max_projects

    def create(self, project: Project, tags: Mapping[str, str] | None = None) -> Project:
        """Store a new project and the tags it was created with, in one transaction.

        Raises DuplicateProjectToken when its clientToken was used before in the account and
        region, ProjectNameTaken when the name is, and ProjectQuotaExceeded past the quota.
        """
        try:
            with self.db.transaction() as conn:
                # Counting and inserting under one lock: two creates racing for the last free
                # slot cannot both win.
                serialize(conn, f"projects:{project.account_id}:{project.region}")
                conn.execute(projects_table.insert().values(**_row_values(project)))
                count = conn.execute(
                    select(func.count()).where(*self._scope(project.account_id, project.region))
                ).scalar_one()
                if count > self.max_projects:
                    raise ProjectQuotaExceeded(self.max_projects)
                put_tags(conn, project.arn, project.account_id, tags or {})
        except IntegrityError:
            if project.client_token is not None:
                existing = self.get_by_client_token(
                    project.account_id, project.region, project.client_token
                )
                if existing is not None:
                    raise DuplicateProjectToken(existing) from None
            raise ProjectNameTaken(project.name) from None
        return project

    def get(self, account_id: str, region: str, project_id: str) -> Project | None:
        query = select(projects_table).where(
            *self._scope(account_id, region), projects_table.c.project_id == project_id
        )
        with self.db.read() as conn:
            row = conn.execute(query).first()
        return _project_from_row(row) if row is not None else None

    def get_by_client_token(self, account_id: str, region: str, token: str) -> Project | None:
        query = select(projects_table).where(
            *self._scope(account_id, region), projects_table.c.client_token == token
        )
        with self.db.read() as conn:
            row = conn.execute(query).first()
        return _project_from_row(row) if row is not None else None

    def update_stage(
        self,
        account_id: str,
        region: str,
        project_id: str,
        stage: ProjectStage,
        config: StageConfig,
    ) -> bool:
        """Replace one stage's configuration; False if the project no longer exists."""
        stmt = (
            projects_table.update()
            .where(*self._scope(account_id, region), projects_table.c.project_id == project_id)
            .values({_STAGE_COLUMNS[stage]: _dump(config)})
        )
        with self.db.transaction() as conn:
            return bool(conn.execute(stmt).rowcount)

    def delete(self, account_id: str, region: str, project_id: str) -> bool:
        """Delete a project and its tags; False if it did not exist."""
        stmt = projects_table.delete().where(
            *self._scope(account_id, region), projects_table.c.project_id == project_id
        )
        with self.db.transaction() as conn:
            deleted = bool(conn.execute(stmt).rowcount)
            drop_tags(conn, arns.project_arn(region, account_id, project_id))
        return deleted

    def count(self, account_id: str, region: str) -> int:
        query = select(func.count()).where(*self._scope(account_id, region))
        with self.db.read() as conn:
            return int(conn.execute(query).scalar_one())

    def iter_projects(
        self, account_id: str, region: str, after: tuple[int, str] | None = None
    ) -> Iterator[Project]:
        """The account's projects in creation order (ties broken by id), starting at the
        project keyed ``after`` = (creation microseconds, project id) inclusive.

        Reads in batches, holding no connection between them, so a caller may stop early.
        """
        cursor = after
        inclusive = True
        while True:
            query = select(projects_table).where(*self._scope(account_id, region))
            if cursor is not None:
                created, project_id = cursor
                tie = (
                    projects_table.c.project_id >= project_id
                    if inclusive
                    else projects_table.c.project_id > project_id
                )
                query = query.where(
                    or_(
                        projects_table.c.created_us > created,
                        and_(projects_table.c.created_us == created, tie),
                    )
                )
            query = query.order_by(projects_table.c.created_us, projects_table.c.project_id).limit(
                _LIST_BATCH
            )
            with self.db.read() as conn:
                rows = conn.execute(query).all()
            for row in rows:
                yield _project_from_row(row)
            if len(rows) < _LIST_BATCH:
                return
            last = rows[-1]._mapping
            cursor, inclusive = (last["created_us"], last["project_id"]), False

    def resolve(
        self,
        account_id: str,
        region: str,
        project_arn: str,
        stage: ProjectStage | str | None = None,
    ) -> ProjectConfig | None:
        """The effective configuration of one stage (LIVE unless given) of a project the
        caller can use — its own or the AWS default project — or None."""
        address = address_of(project_arn, account_id, region)
        if address is None:
            return None
        chosen = ProjectStage(stage) if stage is not None else ProjectStage.LIVE
        if address.owner != account_id:
            return public_default_project(region).resolve(chosen)
        project = self.get(account_id, region, address.project_id)
        return project.resolve(chosen) if project is not None else None

    def project_blueprints(
        self, account_id: str, region: str, project_arn: str, stage: str
    ) -> list[dict[str, Any]] | None:
        """The blueprint items (``{blueprintArn, blueprintVersion?, blueprintStage?}``) one
        stage of a project lists, or None if the caller has no such project. Fallback
        blueprints are not part of the list."""
        config = self.resolve(account_id, region, project_arn, stage)
        if config is None:
            return None
        return list(config.custom_output.get("blueprints") or [])

    @staticmethod
    def _scope(account_id: str, region: str) -> tuple[Any, ...]:
        return (projects_table.c.account_id == account_id, projects_table.c.region == region)
