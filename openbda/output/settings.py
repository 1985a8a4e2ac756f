"""The project's document output settings, as the renderers need them.

`from_project_config` reads the API shape `standardOutputConfiguration.document` and fills what
is unset with BDA's defaults: PAGE + ELEMENT granularity, MARKDOWN, no bounding boxes, no
generative fields, no additional files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GRANULARITIES = ("DOCUMENT", "PAGE", "ELEMENT", "WORD", "LINE")
TEXT_FORMATS = ("PLAIN_TEXT", "MARKDOWN", "HTML", "CSV")

DEFAULT_GRANULARITY = frozenset({"PAGE", "ELEMENT"})
DEFAULT_TEXT_FORMATS = ("MARKDOWN",)


@dataclass(frozen=True)
class DocumentOutputSettings:
    granularity: frozenset[str]
    bounding_box: bool
    generative_field: bool
    # Kept in canonical order whatever order the project listed them in.
    text_formats: tuple[str, ...]
    additional_files: bool

    def __post_init__(self) -> None:
        unknown = set(self.granularity) - set(GRANULARITIES)
        if unknown:
            raise ValueError(f"unknown granularity types: {sorted(unknown)}")
        unknown = set(self.text_formats) - set(TEXT_FORMATS)
        if unknown:
            raise ValueError(f"unknown text formats: {sorted(unknown)}")
        object.__setattr__(self, "granularity", frozenset(self.granularity))
        object.__setattr__(self, "text_formats", _canonical(self.text_formats))

    @classmethod
    def default(cls) -> DocumentOutputSettings:
        return cls(
            granularity=DEFAULT_GRANULARITY,
            bounding_box=False,
            generative_field=False,
            text_formats=DEFAULT_TEXT_FORMATS,
            additional_files=False,
        )

    @classmethod
    def from_project_config(cls, document: Mapping[str, Any] | None) -> DocumentOutputSettings:
        """Read `standardOutputConfiguration.document` (None or {} gives the defaults)."""
        document = document or {}
        extraction = document.get("extraction") or {}
        output_format = document.get("outputFormat") or {}
        granularity = (extraction.get("granularity") or {}).get("types") or DEFAULT_GRANULARITY
        formats = (output_format.get("textFormat") or {}).get("types") or DEFAULT_TEXT_FORMATS
        return cls(
            granularity=frozenset(granularity),
            bounding_box=_enabled(extraction.get("boundingBox")),
            generative_field=_enabled(document.get("generativeField")),
            text_formats=tuple(formats),
            additional_files=_enabled(output_format.get("additionalFileFormat")),
        )

    def wants(self, granularity: str) -> bool:
        return granularity in self.granularity


def _enabled(block: Mapping[str, Any] | None) -> bool:
    return block is not None and block.get("state") == "ENABLED"


def _canonical(formats: Iterable[str]) -> tuple[str, ...]:
    chosen = set(formats)
    return tuple(f for f in TEXT_FORMATS if f in chosen)
