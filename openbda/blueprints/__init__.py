"""Blueprints: the schema model and its validator, and the AWS-managed catalog.

``model`` is the typed, walkable form of a blueprint schema that extraction works from;
``schema`` turns BDA's schema text into it (or a ``ValidationException`` naming the offending
path); ``catalog`` holds the read-only public blueprints.
"""

from openbda.blueprints.model import (
    BlueprintSchema,
    BlueprintType,
    Field,
    FieldType,
    GroupField,
    InferenceType,
    LeafField,
    TableField,
)
from openbda.blueprints.schema import SchemaLimits, limits_for, parse_schema

__all__ = [
    "BlueprintSchema",
    "BlueprintType",
    "Field",
    "FieldType",
    "GroupField",
    "InferenceType",
    "LeafField",
    "SchemaLimits",
    "TableField",
    "limits_for",
    "parse_schema",
]
