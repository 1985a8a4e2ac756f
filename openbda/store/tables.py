"""Every table module, imported so that `metadata.create_all` creates them all."""

from openbda.store import jobs  # noqa: F401
