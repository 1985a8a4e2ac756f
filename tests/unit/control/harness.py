"""The project and tagging handlers composed for unit tests, called directly (no HTTP).

``ControlUnderTest`` composes the project and tagging mixins the way the server's
``ControlApi`` does, over a real database, with ``BlueprintRegistry`` standing in for the
blueprint store: which blueprint ARNs exist, per account, so that tests can make any ARN exist
without creating a blueprint. The end-to-end tests drive the real ``openbda serve`` instead.
"""

from __future__ import annotations

import threading

from openbda.api.control.projects import ProjectsApi
from openbda.api.control.tagging import TaggingApi
from openbda.aws.arns import parse_arn, public_blueprint_arn
from openbda.store.db import Database
from openbda.store.projects import ProjectStore
from openbda.store.tags import TagStore

PUBLIC_BLUEPRINTS = ("invoice", "receipt", "bank-statement", "payslip", "us-driver-license")


class BlueprintRegistry:
    """Stands in for the blueprint store: which blueprint ARNs exist, per account."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owned: set[str] = set()

    def exists(
        self, account_id: str, region: str, arn: str, version: str | None, stage: str | None
    ) -> bool:
        parsed = parse_arn(arn)
        if parsed.region != region:
            return False
        if parsed.account == "aws":
            return arn in {public_blueprint_arn(region, name) for name in PUBLIC_BLUEPRINTS}
        with self._lock:
            return parsed.account == account_id and arn in self._owned

    def add(self, arn: str) -> None:
        with self._lock:
            self._owned.add(arn)


class ControlUnderTest(ProjectsApi, TaggingApi):
    """The project and tagging mixins composed the way the server composes its ControlApi."""

    def __init__(self, db: Database, registry: BlueprintRegistry, max_projects: int) -> None:
        self.projects = ProjectStore(db, max_projects=max_projects)
        self.tags = TagStore(db)
        self.registry = registry
        self.blueprint_exists = registry.exists
