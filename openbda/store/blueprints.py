"""Blueprint persistence with SQLAlchemy 2 Core, and the rules that must hold atomically.

Four tables: ``blueprints`` (identity and the next version number), ``blueprint_stages``
(one row per stage), ``blueprint_versions`` (immutable snapshots) and
``blueprint_client_tokens`` (what a ``clientToken`` already did); tags given at creation go to
the shared ``resource_tags`` table in the same transaction, and leave it with the blueprint.
Names must be unique, and quotas hold, under concurrency: creates in one account and region
take a lock (PostgreSQL advisory lock; SQLite has a single writer anyway), and every change to
a blueprint first locks its row, so two version creations can never take the same number.

Visibility is by canonical ARN: a request sees a blueprint only when the ARN it gives is the
one this account and region would have minted, so another account's blueprint answers exactly
like one that never existed. (The handlers refuse another account's ARN with
AccessDeniedException before they get here; this keeps the store safe on its own.) Catalog
(``aws``-owned) blueprints are answered from ``openbda.blueprints.catalog`` and are read-only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from openbda.aws.arns import BLUEPRINT, InvalidArnError, blueprint_arn, new_resource_id, parse_arn
from openbda.aws.errors import (
    ConflictException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ValidationException,
)
from openbda.blueprints import catalog
from openbda.blueprints.model import BlueprintType
from openbda.blueprints.schema import parse_schema
from openbda.domain.blueprints import (
    MAX_BLUEPRINTS_PER_ACCOUNT,
    MAX_VERSIONS_PER_BLUEPRINT,
    BlueprintStage,
    BlueprintSummary,
    BlueprintView,
    Encryption,
    Operation,
    ResolvedBlueprint,
    StageConfig,
    StageFilter,
    default_stage,
)
from openbda.domain.times import from_micros, to_micros, utcnow
from openbda.store.db import Database, metadata
from openbda.store.tags import drop_tags, put_tags

blueprints_table = Table(
    "blueprints",
    metadata,
    Column("blueprint_id", String(36), primary_key=True),
    Column("account_id", String(12), nullable=False),
    Column("region", String(32), nullable=False),
    Column("name", String(128), nullable=False),
    Column("type", String(16), nullable=False),
    # Times as integer microseconds since the epoch: exact and identical on every backend.
    Column("created_at", BigInteger, nullable=False),
    Column("next_version", Integer, nullable=False),
    Index("ux_blueprints_name", "account_id", "region", "name", unique=True),
)


def _stage_config_columns() -> list[Column[Any]]:
    """The columns of one stage's configuration (what ``_config_values`` writes), shared by the
    live stages and the version snapshots; new ones each call, as a Column has one table."""
    return [
        Column("schema", Text, nullable=False),
        Column("kms_key_id", Text),
        Column("kms_context", Text),
        Column("optimization_samples", Text),
        Column("optimization_time", BigInteger),
    ]


blueprint_stages_table = Table(
    "blueprint_stages",
    metadata,
    Column("blueprint_id", String(36), primary_key=True),
    Column("stage", String(16), primary_key=True),
    *_stage_config_columns(),
    Column("modified_at", BigInteger, nullable=False),
)

blueprint_versions_table = Table(
    "blueprint_versions",
    metadata,
    Column("blueprint_id", String(36), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("stage", String(16), nullable=False),
    *_stage_config_columns(),
    Column("created_at", BigInteger, nullable=False),
)

blueprint_tokens_table = Table(
    "blueprint_client_tokens",
    metadata,
    Column("account_id", String(12), primary_key=True),
    Column("region", String(32), primary_key=True),
    Column("operation", String(32), primary_key=True),
    Column("client_token", String(256), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("blueprint_id", String(36), nullable=False),
    Column("stage", String(16)),
    Column("version", Integer),
    Index("ix_blueprint_client_tokens_blueprint", "blueprint_id"),
)

TABLES = (
    blueprints_table,
    blueprint_stages_table,
    blueprint_versions_table,
    blueprint_tokens_table,
)

Clock = Callable[[], datetime]


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"))


def _config_values(config: StageConfig) -> dict[str, Any]:
    encryption = config.encryption
    return {
        "schema": config.schema,
        "kms_key_id": encryption.kms_key_id if encryption else None,
        "kms_context": _dump(encryption.kms_encryption_context) if encryption else None,
        "optimization_samples": _dump(config.optimization_samples),
        "optimization_time": (
            to_micros(config.optimization_time) if config.optimization_time else None
        ),
    }


def _config_from(m: Any) -> StageConfig:
    encryption = None
    if m["kms_key_id"] is not None:
        context = json.loads(m["kms_context"]) if m["kms_context"] is not None else None
        encryption = Encryption(m["kms_key_id"], context)
    return StageConfig(
        schema=m["schema"],
        encryption=encryption,
        optimization_samples=(
            json.loads(m["optimization_samples"]) if m["optimization_samples"] else None
        ),
        optimization_time=(
            from_micros(m["optimization_time"]) if m["optimization_time"] is not None else None
        ),
    )


def _not_found(arn: str) -> ResourceNotFoundException:
    return ResourceNotFoundException(f"Blueprint {arn} not found.")


def _read_only(arn: str) -> ValidationException:
    return ValidationException(
        f"Blueprint {arn} is managed by AWS and cannot be modified. "
        "Create your own blueprint from its schema instead."
    )


def _version_number(version: str) -> int | None:
    return int(version) if version.isdigit() else None


class BlueprintStore:
    def __init__(
        self,
        db: Database,
        *,
        max_blueprints: int = MAX_BLUEPRINTS_PER_ACCOUNT,
        max_versions: int = MAX_VERSIONS_PER_BLUEPRINT,
        clock: Clock = utcnow,
    ) -> None:
        self.db = db
        self.max_blueprints = max_blueprints
        self.max_versions = max_versions
        self.clock = clock

    # ------------------------------------------------------------------ writes

    def create(
        self,
        account_id: str,
        region: str,
        *,
        name: str,
        blueprint_type: BlueprintType,
        stage: BlueprintStage,
        config: StageConfig,
        tags: dict[str, str] | None = None,
        client_token: str | None = None,
        fingerprint: str = "",
    ) -> BlueprintView:
        """Store a new blueprint with one stage. A name already used in the account and
        region is a ConflictException; a clientToken seen before returns that first create."""
        now = to_micros(self.clock())
        try:
            with self.db.transaction() as conn:
                self._lock_account(conn, account_id, region)
                if client_token is not None:
                    earlier = self._token(
                        conn, account_id, region, Operation.CREATE_BLUEPRINT, client_token
                    )
                    if earlier is not None:
                        self._check_fingerprint(earlier, fingerprint)
                        return self._stage_view(
                            conn, account_id, region, earlier["blueprint_id"], earlier["stage"]
                        )
                self._check_name_free(conn, account_id, region, name)
                self._check_blueprint_quota(conn, account_id, region)
                blueprint_id = new_resource_id()
                conn.execute(
                    insert(blueprints_table).values(
                        blueprint_id=blueprint_id,
                        account_id=account_id,
                        region=region,
                        name=name,
                        type=blueprint_type.value,
                        created_at=now,
                        next_version=1,
                    )
                )
                conn.execute(
                    insert(blueprint_stages_table).values(
                        blueprint_id=blueprint_id,
                        stage=stage.value,
                        modified_at=now,
                        **_config_values(config),
                    )
                )
                put_tags(
                    conn, blueprint_arn(region, account_id, blueprint_id), account_id, tags or {}
                )
                if client_token is not None:
                    self._remember(
                        conn,
                        account_id,
                        region,
                        Operation.CREATE_BLUEPRINT,
                        client_token,
                        fingerprint,
                        blueprint_id,
                        stage=stage,
                    )
        except IntegrityError:
            # Only reachable if the locks above were bypassed; still never a duplicate name.
            raise ConflictException(f"A blueprint named {name} already exists.") from None
        arn = blueprint_arn(region, account_id, blueprint_id)
        return BlueprintView(
            arn=arn,
            name=name,
            type=blueprint_type,
            stage=stage,
            version=None,
            creation_time=from_micros(now),
            last_modified_time=from_micros(now),
            config=config,
        )

    def update(
        self,
        account_id: str,
        region: str,
        arn: str,
        *,
        schema: str,
        stage: BlueprintStage | None = None,
        encryption: Encryption | None = None,
    ) -> BlueprintView:
        """Replace one stage's schema (the default stage when none is named). Naming a stage
        the blueprint does not have yet creates it; its encryption is inherited from the
        default stage unless given."""
        self._refuse_catalog(arn, region)
        now = to_micros(self.clock())
        with self.db.transaction() as conn:
            row = self._lock_blueprint(conn, account_id, region, arn)
            stages = self._stages(conn, row["blueprint_id"])
            default = default_stage(stages)
            assert default is not None  # every blueprint keeps at least one stage
            target = stage or default
            current = stages.get(target)
            config = StageConfig(
                schema=schema,
                # A new stage is encrypted like the rest of the blueprint; optimization
                # samples belong to the stage they were given for.
                encryption=(
                    encryption
                    if encryption is not None
                    else (current or stages[default]).encryption
                ),
                optimization_samples=current.optimization_samples if current else None,
                optimization_time=current.optimization_time if current else None,
            )
            self._write_stage(conn, row["blueprint_id"], target, config, now, current is not None)
            return self._view(row, arn, target, None, config, row["created_at"], now)

    def create_version(
        self,
        account_id: str,
        region: str,
        arn: str,
        *,
        client_token: str | None = None,
        fingerprint: str = "",
    ) -> BlueprintView:
        """Snapshot the default stage as the next version number."""
        self._refuse_catalog(arn, region)
        now = to_micros(self.clock())
        with self.db.transaction() as conn:
            row = self._lock_blueprint(conn, account_id, region, arn)
            blueprint_id = row["blueprint_id"]
            if client_token is not None:
                earlier = self._token(
                    conn, account_id, region, Operation.CREATE_BLUEPRINT_VERSION, client_token
                )
                if earlier is not None and earlier["blueprint_id"] == blueprint_id:
                    self._check_fingerprint(earlier, fingerprint)
                    return self._version_view(conn, row, arn, earlier["version"])
                if earlier is not None:
                    raise self._token_reused()
            count = conn.execute(
                select(func.count())
                .select_from(blueprint_versions_table)
                .where(blueprint_versions_table.c.blueprint_id == blueprint_id)
            ).scalar_one()
            if count >= self.max_versions:
                raise ServiceQuotaExceededException(
                    f"Blueprint {arn} already has {count} versions; the quota is "
                    f"{self.max_versions} versions per blueprint. Delete a version first."
                )
            stages = self._stages(conn, blueprint_id)
            source = default_stage(stages)
            assert source is not None
            number = int(row["next_version"])
            conn.execute(
                update(blueprints_table)
                .where(blueprints_table.c.blueprint_id == blueprint_id)
                .values(next_version=number + 1)
            )
            config = stages[source]
            conn.execute(
                insert(blueprint_versions_table).values(
                    blueprint_id=blueprint_id,
                    version=number,
                    stage=source.value,
                    created_at=now,
                    **_config_values(config),
                )
            )
            if client_token is not None:
                self._remember(
                    conn,
                    account_id,
                    region,
                    Operation.CREATE_BLUEPRINT_VERSION,
                    client_token,
                    fingerprint,
                    blueprint_id,
                    version=number,
                )
            return self._view(row, arn, source, str(number), config, now, now)

    def copy_stage(
        self,
        account_id: str,
        region: str,
        arn: str,
        *,
        source: BlueprintStage,
        target: BlueprintStage,
        client_token: str | None = None,
        fingerprint: str = "",
    ) -> None:
        """Overwrite (or create) ``target`` with ``source``'s whole configuration."""
        self._refuse_catalog(arn, region)
        if source is target:
            raise ValidationException("sourceStage and targetStage must be different stages.")
        now = to_micros(self.clock())
        with self.db.transaction() as conn:
            row = self._lock_blueprint(conn, account_id, region, arn)
            blueprint_id = row["blueprint_id"]
            if client_token is not None:
                earlier = self._token(
                    conn, account_id, region, Operation.COPY_BLUEPRINT_STAGE, client_token
                )
                if earlier is not None and earlier["blueprint_id"] == blueprint_id:
                    self._check_fingerprint(earlier, fingerprint)
                    return
                if earlier is not None:
                    raise self._token_reused()
            stages = self._stages(conn, blueprint_id)
            if source not in stages:
                raise ResourceNotFoundException(
                    f"Blueprint {arn} has no {source.value} stage to copy."
                )
            self._write_stage(conn, blueprint_id, target, stages[source], now, target in stages)
            if client_token is not None:
                self._remember(
                    conn,
                    account_id,
                    region,
                    Operation.COPY_BLUEPRINT_STAGE,
                    client_token,
                    fingerprint,
                    blueprint_id,
                    stage=target,
                )

    def delete(self, account_id: str, region: str, arn: str, version: str | None = None) -> None:
        """Delete a blueprint with its stages and versions, or only one version."""
        self._refuse_catalog(arn, region)
        with self.db.transaction() as conn:
            row = self._lock_blueprint(conn, account_id, region, arn)
            blueprint_id = row["blueprint_id"]
            if version is not None:
                number = _version_number(version)
                deleted = 0
                if number is not None:
                    deleted = conn.execute(
                        delete(blueprint_versions_table).where(
                            blueprint_versions_table.c.blueprint_id == blueprint_id,
                            blueprint_versions_table.c.version == number,
                        )
                    ).rowcount
                if not deleted:
                    raise ResourceNotFoundException(
                        f"Version {version} of blueprint {arn} not found."
                    )
                # As for a deleted blueprint: a retried CreateBlueprintVersion makes a new one.
                t = blueprint_tokens_table.c
                conn.execute(
                    delete(blueprint_tokens_table).where(
                        t.blueprint_id == blueprint_id,
                        t.operation == Operation.CREATE_BLUEPRINT_VERSION.value,
                        t.version == number,
                    )
                )
                return
            for table in (blueprint_stages_table, blueprint_versions_table):
                conn.execute(delete(table).where(table.c.blueprint_id == blueprint_id))
            # Forgetting the tokens lets a retried create make a new blueprint rather than
            # answer with a deleted one.
            conn.execute(
                delete(blueprint_tokens_table).where(
                    blueprint_tokens_table.c.blueprint_id == blueprint_id
                )
            )
            conn.execute(
                delete(blueprints_table).where(blueprints_table.c.blueprint_id == blueprint_id)
            )
            drop_tags(conn, arn)

    # ------------------------------------------------------------------ reads

    def get(
        self,
        account_id: str,
        region: str,
        arn: str,
        version: str | None = None,
        stage: BlueprintStage | None = None,
    ) -> BlueprintView:
        """One stage (default: the default stage) or one version; ResourceNotFoundException
        naming the ARN when there is none."""
        entry = catalog.lookup(arn, region)
        if entry is not None:
            if version is not None:
                raise ResourceNotFoundException(f"Version {version} of blueprint {arn} not found.")
            if stage not in (None, BlueprintStage.LIVE):
                raise ResourceNotFoundException(f"Blueprint {arn} has no {stage} stage.")
            return BlueprintView(
                arn=arn,
                name=entry.name,
                type=entry.type,
                stage=BlueprintStage.LIVE,
                version=None,
                creation_time=catalog.CATALOG_CREATION_TIME,
                last_modified_time=catalog.CATALOG_CREATION_TIME,
                config=StageConfig(schema=entry.schema_text),
                aws_owned=True,
            )
        with self.db.read() as conn:
            row = self._row(conn, account_id, region, arn)
            if version is not None:
                return self._version_view(conn, row, arn, version)
            stages = self._stages(conn, row["blueprint_id"])
            chosen = stage or default_stage(stages)
            if chosen is None or chosen not in stages:
                raise ResourceNotFoundException(f"Blueprint {arn} has no {stage} stage.")
            modified = self._stage_modified(conn, row["blueprint_id"], chosen)
            return self._view(row, arn, chosen, None, stages[chosen], row["created_at"], modified)

    def writable_type(self, account_id: str, region: str, arn: str) -> BlueprintType:
        """The type of a blueprint the caller may change; AWS-managed blueprints are refused
        (ValidationException), unknown ones are not found."""
        self._refuse_catalog(arn, region)
        with self.db.read() as conn:
            return BlueprintType(self._row(conn, account_id, region, arn)["type"])

    def exists(
        self,
        account_id: str,
        region: str,
        arn: str,
        version: str | None = None,
        stage: BlueprintStage | str | None = None,
    ) -> bool:
        try:
            self.get(account_id, region, arn, version, _stage(stage))
        except ResourceNotFoundException:
            return False
        return True

    def resolve(
        self,
        account_id: str,
        region: str,
        arn: str,
        version: str | None = None,
        stage: BlueprintStage | str | None = None,
    ) -> ResolvedBlueprint | None:
        """The blueprint an invocation would use, schema parsed; None if there is none."""
        try:
            view = self.get(account_id, region, arn, version, _stage(stage))
        except ResourceNotFoundException:
            return None
        entry = catalog.lookup(arn, region)
        schema = entry.schema if entry is not None else parse_schema(view.schema, view.type)
        return ResolvedBlueprint(
            arn=view.arn,
            name=view.name,
            type=view.type,
            stage=view.stage,
            version=view.version,
            schema=schema,
            schema_text=view.schema,
            aws_owned=view.aws_owned,
            encryption=view.config.encryption,
        )

    def summaries(
        self, account_id: str, region: str, stage_filter: StageFilter = StageFilter.LIVE
    ) -> list[BlueprintSummary]:
        """The account's blueprints in this region, one summary per stage that passes the
        filter, oldest first."""
        b, s = blueprints_table.c, blueprint_stages_table.c
        query = (
            select(b.blueprint_id, b.name, b.created_at, s.stage, s.modified_at)
            .select_from(
                blueprints_table.join(blueprint_stages_table, b.blueprint_id == s.blueprint_id)
            )
            .where(b.account_id == account_id, b.region == region)
        )
        if stage_filter is not StageFilter.ALL:
            query = query.where(s.stage == stage_filter.value)
        with self.db.read() as conn:
            rows = conn.execute(query).all()
        found = [
            BlueprintSummary(
                arn=blueprint_arn(region, account_id, r.blueprint_id),
                name=r.name,
                stage=BlueprintStage(r.stage),
                version=None,
                creation_time=from_micros(r.created_at),
                last_modified_time=from_micros(r.modified_at),
            )
            for r in rows
        ]
        return sorted(found, key=BlueprintSummary.sort_key)

    def version_summaries(self, account_id: str, region: str, arn: str) -> list[BlueprintSummary]:
        """A blueprint's versions, oldest first; a catalog blueprint has none."""
        if catalog.lookup(arn, region) is not None:
            return []
        v = blueprint_versions_table.c
        with self.db.read() as conn:
            row = self._row(conn, account_id, region, arn)
            rows = conn.execute(
                select(v.version, v.stage, v.created_at)
                .where(v.blueprint_id == row["blueprint_id"])
                .order_by(v.version)
            ).all()
        return [
            BlueprintSummary(
                arn=arn,
                name=row["name"],
                stage=BlueprintStage(r.stage),
                version=str(r.version),
                creation_time=from_micros(r.created_at),
                last_modified_time=from_micros(r.created_at),
            )
            for r in rows
        ]

    def catalog_summaries(self, region: str) -> list[BlueprintSummary]:
        found = [
            BlueprintSummary(
                arn=entry.arn(region),
                name=entry.name,
                stage=BlueprintStage.LIVE,
                version=None,
                creation_time=catalog.CATALOG_CREATION_TIME,
                last_modified_time=catalog.CATALOG_CREATION_TIME,
            )
            for entry in catalog.catalog()
        ]
        return sorted(found, key=BlueprintSummary.sort_key)

    def count(self, account_id: str, region: str) -> int:
        with self.db.read() as conn:
            return self._count(conn, account_id, region)

    # ------------------------------------------------------------------ helpers

    def _own_id(self, account_id: str, region: str, arn: str) -> str | None:
        """The blueprint id if ``arn`` is one this account and region would have minted."""
        try:
            parsed = parse_arn(arn, BLUEPRINT)
        except InvalidArnError:
            return None
        if blueprint_arn(region, account_id, parsed.resource_id) != arn:
            return None
        return parsed.resource_id

    def _refuse_catalog(self, arn: str, region: str) -> None:
        if catalog.lookup(arn, region) is not None:
            raise _read_only(arn)

    def _row(self, conn: Connection, account_id: str, region: str, arn: str) -> Any:
        blueprint_id = self._own_id(account_id, region, arn)
        row = None
        if blueprint_id is not None:
            row = conn.execute(
                select(blueprints_table).where(
                    blueprints_table.c.blueprint_id == blueprint_id,
                    blueprints_table.c.account_id == account_id,
                    blueprints_table.c.region == region,
                )
            ).first()
        if row is None:
            raise _not_found(arn)
        return row._mapping

    def _lock_blueprint(self, conn: Connection, account_id: str, region: str, arn: str) -> Any:
        """The blueprint's row, locked until the transaction ends (PostgreSQL; SQLite's single
        writer already excludes every other change)."""
        blueprint_id = self._own_id(account_id, region, arn)
        row = None
        if blueprint_id is not None:
            row = conn.execute(
                select(blueprints_table)
                .where(
                    blueprints_table.c.blueprint_id == blueprint_id,
                    blueprints_table.c.account_id == account_id,
                    blueprints_table.c.region == region,
                )
                .with_for_update()
            ).first()
        if row is None:
            raise _not_found(arn)
        return row._mapping

    def _lock_account(self, conn: Connection, account_id: str, region: str) -> None:
        """Serialise creates in one account and region, so the name check and the quota
        count cannot both pass for two racing requests."""
        if conn.dialect.name != "postgresql":
            return
        digest = hashlib.blake2b(f"blueprints:{account_id}:{region}".encode(), digest_size=8)
        key = int.from_bytes(digest.digest(), "big", signed=True)
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

    def _count(self, conn: Connection, account_id: str, region: str) -> int:
        return int(
            conn.execute(
                select(func.count())
                .select_from(blueprints_table)
                .where(
                    blueprints_table.c.account_id == account_id,
                    blueprints_table.c.region == region,
                )
            ).scalar_one()
        )

    def _check_name_free(self, conn: Connection, account_id: str, region: str, name: str) -> None:
        taken = conn.execute(
            select(blueprints_table.c.blueprint_id).where(
                blueprints_table.c.account_id == account_id,
                blueprints_table.c.region == region,
                blueprints_table.c.name == name,
            )
        ).first()
        if taken is not None:
            existing = blueprint_arn(region, account_id, taken.blueprint_id)
            raise ConflictException(f"A blueprint named {name} already exists: {existing}.")

    def _check_blueprint_quota(self, conn: Connection, account_id: str, region: str) -> None:
        count = self._count(conn, account_id, region)
        if count >= self.max_blueprints:
            raise ServiceQuotaExceededException(
                f"The account already has {count} blueprints in {region}; the quota is "
                f"{self.max_blueprints}. Delete a blueprint first."
            )

    def _stages(self, conn: Connection, blueprint_id: str) -> dict[BlueprintStage, StageConfig]:
        rows = conn.execute(
            select(blueprint_stages_table).where(
                blueprint_stages_table.c.blueprint_id == blueprint_id
            )
        ).all()
        return {BlueprintStage(r._mapping["stage"]): _config_from(r._mapping) for r in rows}

    def _stage_modified(self, conn: Connection, blueprint_id: str, stage: BlueprintStage) -> int:
        return int(
            conn.execute(
                select(blueprint_stages_table.c.modified_at).where(
                    blueprint_stages_table.c.blueprint_id == blueprint_id,
                    blueprint_stages_table.c.stage == stage.value,
                )
            ).scalar_one()
        )

    def _stage_view(
        self, conn: Connection, account_id: str, region: str, blueprint_id: str, stage: str
    ) -> BlueprintView:
        arn = blueprint_arn(region, account_id, blueprint_id)
        row = self._row(conn, account_id, region, arn)
        stages = self._stages(conn, blueprint_id)
        chosen = BlueprintStage(stage)
        modified = self._stage_modified(conn, blueprint_id, chosen)
        return self._view(row, arn, chosen, None, stages[chosen], row["created_at"], modified)

    def _version_view(
        self, conn: Connection, row: Any, arn: str, version: str | int
    ) -> BlueprintView:
        number = _version_number(str(version))
        found = None
        if number is not None:
            found = conn.execute(
                select(blueprint_versions_table).where(
                    blueprint_versions_table.c.blueprint_id == row["blueprint_id"],
                    blueprint_versions_table.c.version == number,
                )
            ).first()
        if found is None:
            raise ResourceNotFoundException(f"Version {version} of blueprint {arn} not found.")
        m = found._mapping
        return self._view(
            row,
            arn,
            BlueprintStage(m["stage"]),
            str(m["version"]),
            _config_from(m),
            m["created_at"],
            m["created_at"],
        )

    def _view(
        self,
        row: Any,
        arn: str,
        stage: BlueprintStage,
        version: str | None,
        config: StageConfig,
        created: int,
        modified: int,
    ) -> BlueprintView:
        return BlueprintView(
            arn=arn,
            name=row["name"],
            type=BlueprintType(row["type"]),
            stage=stage,
            version=version,
            creation_time=from_micros(created),
            last_modified_time=from_micros(modified),
            config=config,
        )

    def _write_stage(
        self,
        conn: Connection,
        blueprint_id: str,
        stage: BlueprintStage,
        config: StageConfig,
        now: int,
        exists: bool,
    ) -> None:
        values = {**_config_values(config), "modified_at": now}
        if exists:
            conn.execute(
                update(blueprint_stages_table)
                .where(
                    blueprint_stages_table.c.blueprint_id == blueprint_id,
                    blueprint_stages_table.c.stage == stage.value,
                )
                .values(**values)
            )
        else:
            conn.execute(
                insert(blueprint_stages_table).values(
                    blueprint_id=blueprint_id, stage=stage.value, **values
                )
            )

    def _token(
        self,
        conn: Connection,
        account_id: str,
        region: str,
        operation: Operation,
        client_token: str,
    ) -> Any:
        t = blueprint_tokens_table.c
        row = conn.execute(
            select(blueprint_tokens_table).where(
                t.account_id == account_id,
                t.region == region,
                t.operation == operation.value,
                t.client_token == client_token,
            )
        ).first()
        return row._mapping if row is not None else None

    def _remember(
        self,
        conn: Connection,
        account_id: str,
        region: str,
        operation: Operation,
        client_token: str,
        fingerprint: str,
        blueprint_id: str,
        *,
        stage: BlueprintStage | None = None,
        version: int | None = None,
    ) -> None:
        conn.execute(
            insert(blueprint_tokens_table).values(
                account_id=account_id,
                region=region,
                operation=operation.value,
                client_token=client_token,
                fingerprint=fingerprint,
                blueprint_id=blueprint_id,
                stage=stage.value if stage else None,
                version=version,
            )
        )

    @staticmethod
    def _check_fingerprint(earlier: Any, fingerprint: str) -> None:
        if earlier["fingerprint"] != fingerprint:
            raise BlueprintStore._token_reused()

    @staticmethod
    def _token_reused() -> ValidationException:
        return ValidationException(
            "The clientToken was already used for a request with different parameters."
        )


def _stage(value: BlueprintStage | str | None) -> BlueprintStage | None:
    return None if value is None else BlueprintStage(value)
