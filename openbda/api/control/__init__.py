"""bedrock-data-automation (the control plane): projects, blueprints and their tags.

Each concern is a mixin of thin handlers; `ControlApi` composes them and supplies the stores
they read from their attributes."""

from __future__ import annotations

from openbda.api.control.blueprints import BlueprintsApi
from openbda.api.control.projects import ProjectsApi
from openbda.api.control.tagging import TaggingApi
from openbda.store.blueprints import BlueprintStore
from openbda.store.db import Database
from openbda.store.projects import ProjectStore
from openbda.store.tags import TagStore


class ControlApi(ProjectsApi, BlueprintsApi, TaggingApi):
    def __init__(self, projects: ProjectStore, blueprints: BlueprintStore, tags: TagStore):
        self.projects = projects
        self.blueprints = blueprints
        self.tags = tags
        self.blueprint_exists = blueprints.exists
        self.project_blueprints = projects.project_blueprints

    @classmethod
    def open(cls, db: Database) -> ControlApi:
        return cls(ProjectStore(db), BlueprintStore(db), TagStore(db))
