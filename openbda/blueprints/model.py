"""The typed form of a blueprint schema: what a blueprint asks to extract, as a tree.

A blueprint's fields are of three kinds, as BDA's console names them:

- a **leaf**: one value (string, number, integer, boolean) or a list of such values;
- a **group**: a field whose type is a custom type (``$ref`` to a ``definitions`` entry), whose
  own fields come out nested under the group's name;
- a **table**: an array of a custom type, one row per item, the custom type's fields being
  the columns.

Every node knows its ``path`` — the keys under which its value appears in the extraction
result (``("medical_procedures", "charge_amount")``) — and its ``location`` in the schema text
(``properties.medical_procedures.items.$ref``), so that extraction can address values and
errors can point at the schema. A custom type used twice yields two subtrees with their own
paths: the tree mirrors the result, not the ``definitions`` section.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

PATH_SEPARATOR = "/"  # field names may not contain it, so a joined path is unambiguous


class BlueprintType(StrEnum):
    """The modality a blueprint applies to (the API's ``type`` member)."""

    DOCUMENT = "DOCUMENT"
    IMAGE = "IMAGE"
    AUDIO = "AUDIO"
    VIDEO = "VIDEO"


class FieldType(StrEnum):
    STRING = "string"
    NUMBER = "number"
    INTEGER = "integer"
    BOOLEAN = "boolean"


class InferenceType(StrEnum):
    EXPLICIT = "explicit"  # read as written in the input
    INFERRED = "inferred"  # derived, normalised or transformed from what is written


class Granularity(StrEnum):
    """Video fields are answered once per video or once per chapter."""

    VIDEO = "video"
    CHAPTER = "chapter"


EnumValue = str | int | float | bool


@dataclass(frozen=True)
class LeafField:
    name: str
    path: tuple[str, ...]
    location: str
    type: FieldType
    is_list: bool
    inference_type: InferenceType
    instruction: str
    enum: tuple[EnumValue, ...] = ()
    granularity: tuple[Granularity, ...] = ()

    @property
    def key(self) -> str:
        return PATH_SEPARATOR.join(self.path)

    @property
    def json_type(self) -> str:
        """The JSON Schema type of the extracted value: ``array`` for lists."""
        return "array" if self.is_list else self.type.value


@dataclass(frozen=True)
class GroupField:
    name: str
    path: tuple[str, ...]
    location: str
    custom_type: str
    instruction: str
    fields: tuple[Field, ...]
    granularity: tuple[Granularity, ...] = ()

    @property
    def key(self) -> str:
        return PATH_SEPARATOR.join(self.path)


@dataclass(frozen=True)
class TableField:
    name: str
    path: tuple[str, ...]
    location: str
    custom_type: str
    instruction: str
    columns: tuple[LeafField, ...]
    granularity: tuple[Granularity, ...] = ()

    @property
    def key(self) -> str:
        return PATH_SEPARATOR.join(self.path)

    @property
    def fields(self) -> tuple[LeafField, ...]:
        return self.columns


Field = LeafField | GroupField | TableField


@dataclass(frozen=True)
class BlueprintSchema:
    """A validated blueprint schema. ``class_name`` is the schema's ``class``."""

    class_name: str
    description: str
    blueprint_type: BlueprintType
    fields: tuple[Field, ...]
    custom_types: tuple[str, ...] = ()

    def walk(self) -> Iterator[Field]:
        """Every field, depth first, parents before their children, in schema order."""
        return _walk(self.fields)

    def leaves(self) -> Iterator[LeafField]:
        return (f for f in self.walk() if isinstance(f, LeafField))

    def find(self, path: str | Sequence[str]) -> Field | None:
        """The field at ``path``: a tuple of names or their ``/``-joined key."""
        wanted = tuple(path.split(PATH_SEPARATOR)) if isinstance(path, str) else tuple(path)
        return next((f for f in self.walk() if f.path == wanted), None)

    @property
    def leaf_count(self) -> int:
        """Leaf fields as BDA counts them against its limits: a group's fields once per group
        using the custom type, a table's columns once per table."""
        return sum(1 for _ in self.leaves())

    @property
    def list_leaf_count(self) -> int:
        """Leaf fields whose values are lists: table columns and lists of values."""
        return count_list_leaves(self.fields)


def _walk(fields: Sequence[Field]) -> Iterator[Field]:
    for field in fields:
        yield field
        if not isinstance(field, LeafField):
            yield from _walk(field.fields)


def count_list_leaves(fields: Sequence[Field]) -> int:
    total = 0
    for field in fields:
        if isinstance(field, TableField):
            total += len(field.columns)
        elif isinstance(field, GroupField):
            total += count_list_leaves(field.fields)
        elif field.is_list:
            total += 1
    return total
