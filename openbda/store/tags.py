"""Tags of control-plane resources (projects, blueprints), one row per (resource ARN, key).

Keyed by ARN rather than stored beside each resource so that every resource type shares one
implementation of TagResource, UntagResource and ListTagsForResource. Writes that belong to a
resource's own lifecycle (tags given at create time, tags dropped on delete) use the
connection-level functions, inside that resource's transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from sqlalchemy import Column, Index, PrimaryKeyConstraint, String, Table, select, text
from sqlalchemy.engine import Connection

from openbda.store.db import Database, metadata

# The model allows 200 tags in one request, and that is also the bound the runtime applies
# to invocations; a resource may hold at most as many.
MAX_TAGS_PER_RESOURCE = 200

tags_table = Table(
    "resource_tags",
    metadata,
    Column("resource_arn", String(1011), nullable=False),
    Column("tag_key", String(128), nullable=False),
    Column("tag_value", String(256), nullable=False),
    Column("account_id", String(12), nullable=False),
    PrimaryKeyConstraint("resource_arn", "tag_key", name="pk_resource_tags"),
    Index("ix_resource_tags_account", "account_id"),
)


class TooManyTags(Exception):
    def __init__(self, limit: int, would_have: int):
        super().__init__(f"a resource can have at most {limit} tags, not {would_have}")
        self.limit = limit
        self.would_have = would_have


def serialize(conn: Connection, scope: str) -> None:
    """Hold a transaction-long lock on ``scope``, so that check-then-write sequences on it
    (counting a quota, merging tags) never interleave. SQLite already has one writer at a time;
    PostgreSQL gets an advisory lock keyed by a hash of the scope."""
    if conn.dialect.name != "postgresql":
        return
    key = int.from_bytes(hashlib.sha256(scope.encode()).digest()[:8], "big", signed=True)
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def put_tags(conn: Connection, arn: str, account_id: str, tags: Mapping[str, str]) -> None:
    """Add or overwrite tags of ``arn`` inside the caller's transaction."""
    if not tags:
        return
    conn.execute(
        tags_table.delete().where(
            tags_table.c.resource_arn == arn, tags_table.c.tag_key.in_(list(tags))
        )
    )
    conn.execute(
        tags_table.insert(),
        [
            {"resource_arn": arn, "tag_key": k, "tag_value": v, "account_id": account_id}
            for k, v in tags.items()
        ],
    )


def drop_tags(conn: Connection, arn: str) -> None:
    """Remove every tag of ``arn`` inside the caller's transaction."""
    conn.execute(tags_table.delete().where(tags_table.c.resource_arn == arn))


class TagStore:
    def __init__(self, db: Database, max_tags: int = MAX_TAGS_PER_RESOURCE):
        self.db = db
        self.max_tags = max_tags

    def list(self, arn: str) -> dict[str, str]:
        """The tags of ``arn``, ordered by key."""
        query = (
            select(tags_table.c.tag_key, tags_table.c.tag_value)
            .where(tags_table.c.resource_arn == arn)
            .order_by(tags_table.c.tag_key)
        )
        with self.db.read() as conn:
            return {row.tag_key: row.tag_value for row in conn.execute(query)}

    def tag(self, arn: str, account_id: str, tags: Mapping[str, str]) -> None:
        """Merge ``tags`` into the resource's tags; raise TooManyTags past the limit."""
        with self.db.transaction() as conn:
            serialize(conn, f"tags:{arn}")
            existing = set(
                conn.execute(
                    select(tags_table.c.tag_key).where(tags_table.c.resource_arn == arn)
                ).scalars()
            )
            total = len(existing | set(tags))
            if total > self.max_tags:
                raise TooManyTags(self.max_tags, total)
            put_tags(conn, arn, account_id, tags)

    def untag(self, arn: str, keys: Iterable[str]) -> None:
        keys = list(keys)
        if not keys:
            return
        with self.db.transaction() as conn:
            conn.execute(
                tags_table.delete().where(
                    tags_table.c.resource_arn == arn, tags_table.c.tag_key.in_(keys)
                )
            )

    def delete_all(self, arn: str) -> None:
        """Forget a deleted resource's tags."""
        with self.db.transaction() as conn:
            drop_tags(conn, arn)
