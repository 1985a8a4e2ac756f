"""What every extraction backend does, whichever model is behind it.

An `Extractor` reads a blueprint's fields from the pages of one segment; a `Classifier` says how
well each of several blueprints fits a segment. Backends are opened once per worker (see
`openbda.pipeline.engines`) and must be thread-safe.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from openbda.blueprints.model import BlueprintSchema
from openbda.document.model import Document
from openbda.extraction.types import FieldResult


class Extractor(Protocol):
    @property
    def name(self) -> str: ...

    def extract(
        self, document: Document, schema: BlueprintSchema, pages: Sequence[int]
    ) -> tuple[FieldResult, ...]: ...


class Classifier(Protocol):
    def scores(
        self, document: Document, pages: Sequence[int], schemas: Sequence[BlueprintSchema]
    ) -> list[float]:
        """One probability per schema that the segment is a document of its kind, summing to
        at most 1 (the rest: none of them)."""
        ...
