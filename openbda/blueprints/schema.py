"""BDA's blueprint schema format: parse the text, enforce its rules and limits, build the model.

The format borrows JSON Schema draft-07's look (``$schema``, ``type: object``, ``definitions``,
``properties``, ``$ref``) but is its own small dialect, so it is validated here by hand rather
than by a JSON Schema engine:

- the root holds ``class`` (required), ``description``, ``type`` (``object``), ``$schema``,
  ``definitions`` (custom types) and ``properties`` (the fields, at least one);
- a field is a leaf (``type`` string | number | integer | boolean, or ``array`` with
  ``items.type`` one of those), a group (``$ref: "#/definitions/<name>"``) or a table
  (``type: array`` with ``items.$ref``); leaves carry ``inferenceType``, ``instruction``,
  ``enum``; video fields carry ``granularity``;
- custom types hold leaf fields only: a group or table inside a custom type is refused, which
  is the "no groups of tables, no nested tables" rule of BDA's console, and makes ``$ref``
  cycles impossible (they are still reported as cycles, for a clearer message);
- limits: 100 leaf fields, 30 of them in lists, 15 columns per table, 30 custom types, field
  names of at most 60 characters without ``/``, instructions of at most 600 characters for
  documents and 500 for images, audio and video, schema text of at most 100,000 characters.

Preview-era schemas (December 2024) are accepted too, because GetBlueprint of an old blueprint
returns them: ``documentClass`` for ``class``, a field's ``description`` for its
``instruction``, and ``inferenceType`` ``extractive``/``generative`` (still used by video
blueprints), read as ``explicit``/``inferred``.

Anything else is refused with a ``ValidationException`` naming the offending location, e.g.
``properties.medical_procedures.items.$ref``: an unknown keyword is far more often a typo
(``instructions``) than an intent, and a typo silently ignored would cost extraction quality.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openbda.aws.errors import ValidationException
from openbda.blueprints.model import (
    PATH_SEPARATOR,
    BlueprintSchema,
    BlueprintType,
    EnumValue,
    Field,
    FieldType,
    Granularity,
    GroupField,
    InferenceType,
    LeafField,
    TableField,
)

REF_PREFIX = "#/definitions/"
SYNC_MAX_LEAF_FIELDS = 15  # InvokeDataAutomation (sync) checks this at invocation time

_ROOT_KEYS = frozenset(
    {"$schema", "class", "documentClass", "description", "type", "definitions", "properties"}
)
_DEFINITION_KEYS = frozenset({"type", "properties", "description"})
_FIELD_KEYS = frozenset(
    {"type", "inferenceType", "instruction", "description", "enum", "items", "$ref", "granularity"}
)
_ITEMS_KEYS = frozenset({"type", "$ref"})
_SCALAR_TYPES = tuple(t.value for t in FieldType)
_INFERENCE_TYPES = {
    "explicit": InferenceType.EXPLICIT,
    "inferred": InferenceType.INFERRED,
    "extractive": InferenceType.EXPLICIT,
    "generative": InferenceType.INFERRED,
}


@dataclass(frozen=True)
class SchemaLimits:
    max_schema_chars: int = 100_000
    max_leaf_fields: int = 100
    max_list_leaf_fields: int = 30
    max_table_columns: int = 15
    max_custom_types: int = 30
    max_field_name_chars: int = 60
    max_instruction_chars: int = 600
    # How many custom types deep a field may sit: 1 means root -> group/table -> leaf.
    max_nesting: int = 1


DOCUMENT_LIMITS = SchemaLimits()
MEDIA_LIMITS = SchemaLimits(max_instruction_chars=500)


def limits_for(blueprint_type: BlueprintType | str) -> SchemaLimits:
    kind = BlueprintType(blueprint_type)
    return DOCUMENT_LIMITS if kind is BlueprintType.DOCUMENT else MEDIA_LIMITS


class BlueprintSchemaError(ValidationException):
    """A schema that breaks a rule; ``location`` is where, as ``properties.x.items.$ref``."""

    def __init__(self, location: str, problem: str) -> None:
        where = f" at '{location}'" if location else ""
        super().__init__(f"Invalid blueprint schema{where}: {problem}")
        self.location = location
        self.problem = problem


def parse_schema(
    text: str,
    blueprint_type: BlueprintType | str = BlueprintType.DOCUMENT,
    limits: SchemaLimits | None = None,
) -> BlueprintSchema:
    """Validate ``text`` as a blueprint schema of the given type; return its model."""
    kind = BlueprintType(blueprint_type)
    rules = limits or limits_for(kind)
    if len(text) > rules.max_schema_chars:
        raise BlueprintSchemaError(
            "",
            f"the schema is {len(text)} characters long; the maximum is {rules.max_schema_chars}",
        )
    return _Parser(_load(text), kind, rules).parse()


# ------------------------------------------------------------------------------ JSON text


class _Object(dict[str, Any]):
    """A JSON object that remembers keys it saw twice (``json`` would keep the last)."""

    duplicates: tuple[str, ...] = ()


def _object_hook(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    seen: list[str] = []
    for key, value in pairs:
        if key in obj:
            seen.append(key)
        obj[key] = value
    obj.duplicates = tuple(seen)
    return obj


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _load(text: str) -> Any:
    if not text.strip():
        raise BlueprintSchemaError("", "the schema is empty")
    try:
        return json.loads(text, object_pairs_hook=_object_hook, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise BlueprintSchemaError(
            "", f"the schema is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError as exc:
        raise BlueprintSchemaError("", f"the schema is not valid JSON: {exc}") from None


# ------------------------------------------------------------------------------ the rules


def _join(location: str, key: str) -> str:
    return f"{location}.{key}" if location else key


@dataclass(frozen=True)
class _Site:
    """Where a field stands and what it says whatever its kind: its name, its location in the
    schema text, its path in the field tree, the custom types it sits in, and the instruction
    and granularity it gives."""

    name: str
    location: str
    path: tuple[str, ...]
    stack: tuple[str, ...]
    instruction: str
    granularity: tuple[Granularity, ...]


class _Parser:
    def __init__(self, doc: Any, kind: BlueprintType, limits: SchemaLimits) -> None:
        self.doc = doc
        self.kind = kind
        self.limits = limits
        self.definitions: Mapping[str, Any] = {}
        self.used: set[str] = set()
        # Leaves of the field tree built so far. Counted as they are built, not afterwards:
        # a custom type referenced a thousand times would otherwise expand a 100 kB schema
        # into a million nodes before the limit is looked at.
        self.leaves_built = 0
        self.counting = True

    def parse(self) -> BlueprintSchema:
        root = self._object(self.doc, "", "the schema")
        self._known_keys(root, "", _ROOT_KEYS)
        class_name = self._class_name(root)
        description = self._optional_str(root, "description", "")
        if "$schema" in root:
            self._optional_str(root, "$schema", "")
        if "type" in root and root["type"] != "object":
            raise BlueprintSchemaError("type", "the schema's type must be 'object'")
        self.definitions = self._definitions(root)
        if "properties" not in root:
            raise BlueprintSchemaError("properties", "the schema must define its fields")
        fields = self._fields(root["properties"], "properties", (), ())
        # Custom types nobody uses are still checked: a broken one would fail the day it is
        # referenced, far from the edit that broke it.
        self.counting = False
        for name in self.definitions:
            if name not in self.used:
                self._definition_fields(name, (), (name,))
        schema = BlueprintSchema(
            class_name=class_name,
            description=description,
            blueprint_type=self.kind,
            fields=fields,
            custom_types=tuple(self.definitions),
        )
        self._check_counts(schema)
        return schema

    # -- root -------------------------------------------------------------------------

    def _class_name(self, root: Mapping[str, Any]) -> str:
        key = "class" if "class" in root or "documentClass" not in root else "documentClass"
        if key not in root:
            raise BlueprintSchemaError("class", "the schema must name its document class")
        value = root[key]
        if not isinstance(value, str) or not value.strip():
            raise BlueprintSchemaError(key, "the class must be a non-empty string")
        return value

    def _definitions(self, root: Mapping[str, Any]) -> Mapping[str, Any]:
        if "definitions" not in root:
            return {}
        definitions = self._object(root["definitions"], "definitions", "definitions")
        if len(definitions) > self.limits.max_custom_types:
            raise BlueprintSchemaError(
                "definitions",
                f"{len(definitions)} custom types are defined; the maximum is "
                f"{self.limits.max_custom_types}",
            )
        for name, definition in definitions.items():
            location = _join("definitions", name)
            self._check_name(name, location, "custom type")
            body = self._object(definition, location, "a custom type")
            self._known_keys(body, location, _DEFINITION_KEYS)
            if "type" in body and body["type"] != "object":
                raise BlueprintSchemaError(
                    _join(location, "type"), "a custom type's type must be 'object'"
                )
            self._optional_str(body, "description", location)
            if "properties" not in body:
                raise BlueprintSchemaError(
                    _join(location, "properties"), "a custom type must define its fields"
                )
        return definitions

    def _check_counts(self, schema: BlueprintSchema) -> None:
        lists = schema.list_leaf_count
        if lists > self.limits.max_list_leaf_fields:
            raise BlueprintSchemaError(
                "properties",
                f"the schema has {lists} leaf fields in lists and tables; the maximum is "
                f"{self.limits.max_list_leaf_fields}",
            )

    def _leaf_built(self) -> None:
        if not self.counting:
            return
        self.leaves_built += 1
        if self.leaves_built > self.limits.max_leaf_fields:
            raise BlueprintSchemaError(
                "properties",
                f"the schema has more than {self.limits.max_leaf_fields} leaf fields (a custom "
                "type's fields count once for each field using it)",
            )

    # -- fields -----------------------------------------------------------------------

    def _fields(
        self, value: Any, location: str, path: tuple[str, ...], stack: tuple[str, ...]
    ) -> tuple[Field, ...]:
        properties = self._object(value, location, "properties")
        if not properties:
            raise BlueprintSchemaError(location, "at least one field is required")
        return tuple(
            self._field(name, spec, _join(location, name), (*path, name), stack)
            for name, spec in properties.items()
        )

    def _field(
        self, name: str, value: Any, location: str, path: tuple[str, ...], stack: tuple[str, ...]
    ) -> Field:
        self._check_name(name, location, "field")
        spec = self._object(value, location, "a field")
        if spec.get("type") == "object" and "$ref" not in spec:
            # Said before the keyword check, which would only complain about "properties".
            raise BlueprintSchemaError(
                _join(location, "type"),
                "inline objects are not supported; declare a custom type under 'definitions' "
                "and refer to it with '$ref'",
            )
        self._known_keys(spec, location, _FIELD_KEYS)
        instruction = self._instruction(spec, location)
        granularity = self._granularity(spec, location)
        at = _Site(name, location, path, stack, instruction, granularity)
        if "$ref" in spec:
            return self._group(spec, at)
        kind = spec.get("type")
        if kind == "array":
            return self._array(spec, at)
        return self._leaf(spec, at)

    def _leaf(
        self, spec: Mapping[str, Any], at: _Site, items: Mapping[str, Any] | None = None
    ) -> LeafField:
        """One value of the type ``spec`` names or, given ``items``, a list of values of the type
        ``items`` names; its inference type and enum are ``spec``'s either way."""
        if items is None:
            scalar = self._scalar_type(spec, at.location)
        else:
            scalar = self._scalar_type(items, _join(at.location, "items"))
        self._leaf_built()
        return LeafField(
            name=at.name,
            path=at.path,
            location=at.location,
            type=scalar,
            is_list=items is not None,
            inference_type=self._inference_type(spec, at.location),
            instruction=at.instruction,
            enum=self._enum(spec, at.location, scalar),
            granularity=at.granularity,
        )

    def _group(self, spec: Mapping[str, Any], at: _Site) -> GroupField:
        for key in ("items", "enum"):
            if key in spec:
                raise BlueprintSchemaError(
                    _join(at.location, key), f"a field with '$ref' cannot also have '{key}'"
                )
        if spec.get("type", "object") != "object":
            raise BlueprintSchemaError(
                _join(at.location, "type"), "a field with '$ref' has the custom type's type"
            )
        custom_type, fields = self._custom_type_fields(spec, _join(at.location, "$ref"), at)
        return GroupField(
            at.name, at.path, at.location, custom_type, at.instruction, fields, at.granularity
        )

    def _array(self, spec: Mapping[str, Any], at: _Site) -> Field:
        location = at.location
        items_location = _join(location, "items")
        if "items" not in spec:
            raise BlueprintSchemaError(items_location, "an array field must describe its items")
        items = self._object(spec["items"], items_location, "'items'")
        self._known_keys(items, items_location, _ITEMS_KEYS)
        if "$ref" in items:
            if "type" in items:
                raise BlueprintSchemaError(
                    _join(items_location, "type"), "'items' has either 'type' or '$ref'"
                )
            if "enum" in spec:
                raise BlueprintSchemaError(
                    _join(location, "enum"), "a table cannot have 'enum'; its columns can"
                )
            return self._table(items, at)
        item_type = items.get("type")
        if item_type in ("array", "object"):
            raise BlueprintSchemaError(
                _join(items_location, "type"),
                "lists of lists or of inline objects are not supported; a list of rows is a "
                "table: 'items': {'$ref': '#/definitions/<custom type>'}",
            )
        return self._leaf(spec, at, items=items)

    def _table(self, items: Mapping[str, Any], at: _Site) -> TableField:
        ref_location = _join(_join(at.location, "items"), "$ref")
        custom_type, fields = self._custom_type_fields(items, ref_location, at)
        columns: list[LeafField] = []
        for field in fields:
            # _definition_fields already refused groups and tables inside a custom type.
            assert isinstance(field, LeafField)
            if field.is_list:
                raise BlueprintSchemaError(
                    field.location,
                    f"'{field.name}' is a list, but custom type '{custom_type}' is used as the "
                    "rows of a table, whose columns hold one value each",
                )
            columns.append(field)
        if len(columns) > self.limits.max_table_columns:
            raise BlueprintSchemaError(
                ref_location,
                f"table rows of custom type '{custom_type}' have {len(columns)} fields; a table "
                f"may have at most {self.limits.max_table_columns}",
            )
        return TableField(
            at.name,
            at.path,
            at.location,
            custom_type,
            at.instruction,
            tuple(columns),
            at.granularity,
        )

    # -- custom types -----------------------------------------------------------------

    def _custom_type_fields(
        self, holder: Mapping[str, Any], ref_location: str, at: _Site
    ) -> tuple[str, tuple[Field, ...]]:
        """The custom type ``holder["$ref"]`` names, and its fields built under ``at``: the
        members of a group, or the columns of a table."""
        custom_type = self._resolve(holder["$ref"], ref_location, at.stack)
        return custom_type, self._definition_fields(custom_type, at.path, (*at.stack, custom_type))

    def _resolve(self, ref: Any, location: str, stack: tuple[str, ...]) -> str:
        if not isinstance(ref, str) or not ref.startswith(REF_PREFIX):
            raise BlueprintSchemaError(
                location, f"'$ref' must have the form '{REF_PREFIX}<custom type>'"
            )
        name = ref[len(REF_PREFIX) :]
        if not name or PATH_SEPARATOR in name:
            raise BlueprintSchemaError(
                location, f"'$ref' must have the form '{REF_PREFIX}<custom type>'"
            )
        if name not in self.definitions:
            raise BlueprintSchemaError(
                location, f"'{ref}' refers to custom type '{name}', which is not defined"
            )
        if name in stack:
            cycle = " -> ".join((*stack[stack.index(name) :], name))
            raise BlueprintSchemaError(location, f"circular reference: {cycle}")
        if len(stack) >= self.limits.max_nesting:
            raise BlueprintSchemaError(
                location,
                f"custom type '{stack[-1]}' refers to custom type '{name}': a custom type's "
                "fields must be values; groups and tables cannot be nested",
            )
        return name

    def _definition_fields(
        self, name: str, path: tuple[str, ...], stack: tuple[str, ...]
    ) -> tuple[Field, ...]:
        self.used.add(name)
        location = _join(_join("definitions", name), "properties")
        return self._fields(self.definitions[name]["properties"], location, path, stack)

    # -- members ----------------------------------------------------------------------

    def _scalar_type(self, spec: Mapping[str, Any], location: str) -> FieldType:
        if "type" not in spec:
            values = spec.get("enum")
            # An enum alone implies its values' type (seen in published video blueprints).
            if isinstance(values, list) and values:
                return _enum_type(values, _join(location, "enum"))
            raise BlueprintSchemaError(_join(location, "type"), "the field has no 'type'")
        kind = spec["type"]
        if kind not in _SCALAR_TYPES:
            allowed = ", ".join([*_SCALAR_TYPES, "array"])
            raise BlueprintSchemaError(
                _join(location, "type"),
                f"{json.dumps(kind)} is not a field type; use one of {allowed}",
            )
        return FieldType(kind)

    def _inference_type(self, spec: Mapping[str, Any], location: str) -> InferenceType:
        if "inferenceType" not in spec:
            return InferenceType.EXPLICIT
        value = spec["inferenceType"]
        found = _INFERENCE_TYPES.get(value) if isinstance(value, str) else None
        if found is None:
            raise BlueprintSchemaError(
                _join(location, "inferenceType"),
                f"{json.dumps(value)} is not an inference type; use 'explicit' or 'inferred'",
            )
        return found

    def _instruction(self, spec: Mapping[str, Any], location: str) -> str:
        # Preview-era schemas put the instruction in "description".
        key = "instruction" if "instruction" in spec or "description" not in spec else "description"
        for name in ("instruction", "description"):
            self._optional_str(spec, name, location)
        value: str = spec.get(key, "")
        if len(value) > self.limits.max_instruction_chars:
            raise BlueprintSchemaError(
                _join(location, key),
                f"the instruction is {len(value)} characters long; {self.kind.value} blueprints "
                f"allow at most {self.limits.max_instruction_chars}",
            )
        return value

    def _granularity(self, spec: Mapping[str, Any], location: str) -> tuple[Granularity, ...]:
        if "granularity" not in spec:
            return ()
        where = _join(location, "granularity")
        if self.kind is not BlueprintType.VIDEO:
            raise BlueprintSchemaError(where, "granularity applies to VIDEO blueprints only")
        value = spec["granularity"]
        allowed = [g.value for g in Granularity]
        if (
            not isinstance(value, list)
            or not value
            or any(item not in allowed for item in value)
            or len(set(value)) != len(value)
        ):
            raise BlueprintSchemaError(
                where, f"granularity must be a non-empty list of distinct values from {allowed}"
            )
        return tuple(Granularity(item) for item in value)

    def _enum(
        self, spec: Mapping[str, Any], location: str, kind: FieldType
    ) -> tuple[EnumValue, ...]:
        if "enum" not in spec:
            return ()
        where = _join(location, "enum")
        values = spec["enum"]
        if not isinstance(values, list) or not values:
            raise BlueprintSchemaError(where, "'enum' must be a non-empty list of values")
        for index, value in enumerate(values):
            if not _fits(value, kind):
                raise BlueprintSchemaError(
                    f"{where}[{index}]", f"{json.dumps(value)} is not a {kind.value}"
                )
        if len({json.dumps(v) for v in values}) != len(values):
            raise BlueprintSchemaError(where, "'enum' lists a value twice")
        return tuple(values)

    # -- generic checks ---------------------------------------------------------------

    def _object(self, value: Any, location: str, what: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise BlueprintSchemaError(location, f"{what} must be a JSON object")
        duplicates = getattr(value, "duplicates", ())
        if duplicates:
            raise BlueprintSchemaError(
                _join(location, duplicates[0]), f"'{duplicates[0]}' appears twice"
            )
        return value

    def _known_keys(self, obj: Mapping[str, Any], location: str, allowed: frozenset[str]) -> None:
        for key in obj:
            if key not in allowed:
                raise BlueprintSchemaError(
                    _join(location, key),
                    f"'{key}' is not a blueprint schema keyword here; allowed: "
                    + ", ".join(sorted(allowed)),
                )

    def _check_name(self, name: str, location: str, what: str) -> None:
        if not name.strip():
            raise BlueprintSchemaError(location, f"a {what} name cannot be empty")
        if PATH_SEPARATOR in name:
            raise BlueprintSchemaError(location, f"a {what} name cannot contain '/'")
        if len(name) > self.limits.max_field_name_chars:
            raise BlueprintSchemaError(
                location,
                f"the {what} name is {len(name)} characters long; the maximum is "
                f"{self.limits.max_field_name_chars}",
            )

    def _optional_str(self, obj: Mapping[str, Any], key: str, location: str) -> str:
        value = obj.get(key, "")
        if not isinstance(value, str):
            raise BlueprintSchemaError(_join(location, key), f"'{key}' must be a string")
        return value


def _fits(value: Any, kind: FieldType) -> bool:
    if kind is FieldType.STRING:
        return isinstance(value, str)
    if kind is FieldType.BOOLEAN:
        return isinstance(value, bool)
    if isinstance(value, bool):  # bool is an int to Python, not to JSON
        return False
    if kind is FieldType.INTEGER:
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return isinstance(value, int | float) and math.isfinite(value)


def _enum_type(values: list[Any], location: str) -> FieldType:
    for kind in (FieldType.STRING, FieldType.BOOLEAN, FieldType.INTEGER, FieldType.NUMBER):
        if all(_fits(v, kind) for v in values):
            return kind
    raise BlueprintSchemaError(location, "'enum' values must all be of one type")
