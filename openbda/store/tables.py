"""Every table module, imported so that `metadata.create_all` creates them all."""

from openbda.store import (
    blueprints,  # noqa: F401
    jobs,  # noqa: F401
    projects,  # noqa: F401 - projects and, through it, resource_tags
)
