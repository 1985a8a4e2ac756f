"""Blueprint fields read by a chat model (any OpenAI-compatible server, through
`openbda.engines.llm`), grounded back to the page.

One request per segment: the segment's text with its layout (page markers, tables as markdown)
and the blueprint's fields with their instructions; the answer is constrained to a JSON schema
built from the blueprint, every leaf a string (as written, or derived as its instruction asks)
or null, booleans true/false/null, tables as lists of row objects. openbda then types each value
itself (`values.normalise`) and finds the words it came from (`grounding`).

Confidence is what BDA reports: the model's own probability for the value, the geometric mean
of the probabilities of the answer's tokens that spell it (asked for with `logprobs`). An
explicit value that cannot be found on the page is probably not what the page says, so its
confidence is scaled by how closely it was found (`grounding` score; NOT_ON_PAGE when nowhere).
A server that returns no log-probabilities leaves the grounding alone to speak
(`UNSCORED_PROBABILITY` stands in for the model's).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openbda.blueprints.model import (
    BlueprintSchema,
    Field,
    FieldType,
    GroupField,
    InferenceType,
    LeafField,
    TableField,
)
from openbda.document.model import Document, ElementType
from openbda.engines.llm.types import Completion, LanguageModel, Message
from openbda.extraction.grounding import Grounder, Located
from openbda.extraction.types import Evidence, FieldResult, GroupResult, LeafResult, TableResult
from openbda.extraction.values import normalise
from openbda.output.representation import table_markdown

# An explicit value found nowhere on the pages keeps this share of its confidence.
NOT_ON_PAGE = 0.5
# Stands in for the model's probability when the server returns no log-probabilities.
UNSCORED_PROBABILITY = 0.8


@dataclass(frozen=True)
class ExtractionLimits:
    # Characters of document text sent (a 20-page segment of dense text is about 60,000).
    document_chars: int = 60_000
    max_tokens: int = 4096
    temperature: float = 0.0


_SYSTEM = (
    "You extract fields from business documents. Copy values exactly as they are written in "
    "the document unless a field's instruction asks for them to be derived or reformatted. "
    "Use null for a field the document does not give. Answer only with the JSON asked for."
)


class LanguageModelExtractor:
    """Extracts a blueprint's fields from a document segment with a chat model."""

    name = "llm"

    def __init__(self, model: LanguageModel, limits: ExtractionLimits | None = None) -> None:
        self.model = model
        self.limits = limits or ExtractionLimits()

    def extract(
        self, document: Document, schema: BlueprintSchema, pages: Sequence[int]
    ) -> tuple[FieldResult, ...]:
        messages = [
            Message.system(_SYSTEM),
            Message.user(extraction_prompt(document, schema, pages, self.limits)),
        ]
        completion = self.model.generate(
            messages,
            json_schema=answer_schema(schema),
            max_tokens=self.limits.max_tokens,
            temperature=self.limits.temperature,
            logprobs=True,
        )
        answer = completion.data if isinstance(completion.data, dict) else {}
        reader = _AnswerReader(Grounder(document, pages), _TokenProbabilities(completion))
        return tuple(reader.field(f, answer.get(f.name)) for f in schema.fields)


# --- the request ---------------------------------------------------------------------------


def answer_schema(schema: BlueprintSchema) -> dict[str, Any]:
    """The JSON schema the model's answer must follow, in the blueprint's field order."""
    return _object_schema(schema.fields)


def _object_schema(fields: Sequence[Field]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {f.name: _field_schema(f) for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }


def _field_schema(field: Field) -> dict[str, Any]:
    if isinstance(field, GroupField):
        return _object_schema(field.fields)
    if isinstance(field, TableField):
        return {"type": "array", "items": _object_schema(field.columns)}
    scalar = "boolean" if field.type is FieldType.BOOLEAN else "string"
    if field.is_list:
        return {"type": "array", "items": {"type": scalar}}
    return {"type": [scalar, "null"]}


def extraction_prompt(
    document: Document,
    schema: BlueprintSchema,
    pages: Sequence[int],
    limits: ExtractionLimits = ExtractionLimits(),
) -> str:
    text = segment_text(document, pages)
    if len(text) > limits.document_chars:
        text = text[: limits.document_chars] + "\n[...]"
    lines = [f"<document>\n{text}\n</document>", ""]
    if schema.class_name:
        lines.append(f"The document should be: {schema.class_name}. {schema.description}".strip())
    lines.append("Extract these fields (name: type; instruction):")
    lines += _field_lines(schema.fields, "")
    return "\n".join(lines)


def segment_text(document: Document, pages: Sequence[int]) -> str:
    """The pages' elements in reading order, tables as markdown, with page markers."""
    wanted = set(pages)
    parts = []
    for page in document.pages:
        if page.index not in wanted:
            continue
        parts.append(f"--- page {page.index + 1} ---")
        for element in page.elements:
            if element.type is ElementType.TABLE:
                table = table_markdown(element.headers, element.rows)
                parts.append(f"{element.title}\n{table}" if element.title else table)
            elif element.text:
                parts.append(element.text)
    return "\n".join(parts)


def _field_lines(fields: Sequence[Field], indent: str) -> list[str]:
    out = []
    for field in fields:
        if isinstance(field, LeafField):
            kind = f"list of {field.type.value}" if field.is_list else field.type.value
            how = "derived" if field.inference_type is InferenceType.INFERRED else "as written"
            choices = f" One of: {', '.join(map(str, field.enum))}." if field.enum else ""
            out.append(f"{indent}- {field.name}: {kind}, {how}; {field.instruction}{choices}")
        elif isinstance(field, GroupField):
            out.append(f"{indent}- {field.name}: object; {field.instruction}")
            out += _field_lines(field.fields, indent + "  ")
        else:
            out.append(f"{indent}- {field.name}: table, one object per row; {field.instruction}")
            out += _field_lines(field.columns, indent + "  ")
    return out


# --- the answer ------------------------------------------------------------------------------


class _TokenProbabilities:
    """Probabilities of stretches of the answer, from its tokens' log-probabilities.

    Values are looked up in answer order: each lookup starts where the previous one ended, so
    the same text under two keys gets each its own tokens."""

    def __init__(self, completion: Completion) -> None:
        self.text = "".join(t.text for t in completion.tokens)
        self.ends: list[int] = []
        self.logprobs: list[float] = []
        offset = 0
        for token in completion.tokens:
            offset += len(token.text)
            self.ends.append(offset)
            self.logprobs.append(token.logprob)
        self.cursor = 0

    def of(self, key: str, value: Any) -> float | None:
        """Probability of `value` (as JSON) written after `"key":`; None when unknown."""
        if not self.logprobs:
            return None
        at = self.text.find(json.dumps(key, ensure_ascii=False), self.cursor)
        if at < 0:
            return None
        spelled = json.dumps(value, ensure_ascii=False)
        start = self.text.find(spelled, at)
        if start < 0:
            return None
        stop = start + len(spelled)
        self.cursor = stop
        chosen = [
            lp
            for end, lp, begin in zip(self.ends, self.logprobs, [0, *self.ends], strict=False)
            if end > start and begin < stop
        ]
        if not chosen:
            return None
        return math.exp(sum(chosen) / len(chosen))


@dataclass
class _AnswerReader:
    grounder: Grounder
    probabilities: _TokenProbabilities

    def field(self, field: Field, raw: Any) -> FieldResult:
        if isinstance(field, GroupField):
            data = raw if isinstance(raw, Mapping) else {}
            return GroupResult(field, tuple(self.field(f, data.get(f.name)) for f in field.fields))
        if isinstance(field, TableField):
            rows = raw if isinstance(raw, list) else []
            return TableResult(
                field,
                tuple(
                    tuple(self.leaf(c, row.get(c.name)) for c in field.columns)
                    for row in rows
                    if isinstance(row, Mapping)
                ),
            )
        return self.leaf(field, raw)

    def leaf(self, field: LeafField, raw: Any) -> LeafResult:
        probability = self.probabilities.of(field.name, raw)
        value = normalise(raw, field) if raw is not None else None
        if value is None:
            return LeafResult(field, None, _round(probability or UNSCORED_PROBABILITY))
        located = self._locate(raw)
        evidence: tuple[Evidence, ...] = ()
        factor = 1.0
        if located:
            evidence = tuple(e for place in located for e in place.evidence)
            factor = min(place.score for place in located)
        elif field.inference_type is InferenceType.EXPLICIT:
            factor = NOT_ON_PAGE
        confidence = (probability if probability is not None else UNSCORED_PROBABILITY) * factor
        return LeafResult(field, value, _round(confidence), evidence)

    def _locate(self, raw: Any) -> list[Located]:
        items = raw if isinstance(raw, list) else [raw]
        found = []
        for item in items:
            if isinstance(item, bool) or item is None:
                continue
            place = self.grounder.locate(str(item))
            if place is None:
                return []
            found.append(place)
        return found


def _round(confidence: float) -> float:
    return min(1.0, max(0.0, confidence))


# --- classification -----------------------------------------------------------------------

# Text of the segment shown for classification: its beginning says what a document is.
CLASSIFY_CHARS = 6000
_NONE_OF_THEM = "none of these"


class LanguageModelClassifier:
    """Asks the chat model which blueprint's kind of document a segment is; the score is the
    model's probability for its choice."""

    def __init__(self, model: LanguageModel) -> None:
        self.model = model

    def scores(
        self, document: Document, pages: Sequence[int], schemas: Sequence[BlueprintSchema]
    ) -> list[float]:
        labels = [_label(i, s) for i, s in enumerate(schemas)]
        text = segment_text(document, pages)[:CLASSIFY_CHARS]
        kinds = "\n".join(
            f"- {label}: {s.description} Fields: {', '.join(f.name for f in s.fields[:12])}"
            for label, s in zip(labels, schemas, strict=True)
        )
        prompt = (
            f"<document>\n{text}\n</document>\n\nWhich kind of document is this?\n{kinds}\n"
            f"- {_NONE_OF_THEM}: it is none of the kinds above.\nAnswer with the kind's label."
        )
        choices = [*labels, _NONE_OF_THEM]
        completion = self.model.generate(
            [Message.system(_SYSTEM), Message.user(prompt)],
            json_schema={
                "type": "object",
                "properties": {"kind": {"type": "string", "enum": choices}},
                "required": ["kind"],
                "additionalProperties": False,
            },
            max_tokens=64,
            temperature=0.0,
            logprobs=True,
        )
        answer = completion.data if isinstance(completion.data, dict) else {}
        chosen = answer.get("kind")
        scores = [0.0] * len(schemas)
        if chosen in labels:
            probability = _TokenProbabilities(completion).of("kind", chosen)
            scores[labels.index(chosen)] = (
                probability if probability is not None else UNSCORED_PROBABILITY
            )
        return scores


def _label(index: int, schema: BlueprintSchema) -> str:
    """A unique label per blueprint: its class, numbered when two share one."""
    return f"{index + 1}. {schema.class_name or 'document'}"
