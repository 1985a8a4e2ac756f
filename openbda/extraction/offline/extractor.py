"""The offline extractor: blueprint fields from the page layout and sentence embeddings alone.

For one segment:

1. lay the pages out as rows of phrases (`layout`);
2. collect candidates (`candidates`): labelled values (`labelled`), header/value pairs of
   one-row tables, unlabelled values by shape and place (`patterns`), and parts of names,
   addresses, date ranges (`derive`);
3. score every (leaf field, candidate) pair and take them best-first (`assign`); table fields
   read the best-matching table, the builder's or one found in the layout (`tables`, `grid`);
4. type each value with `values.normalise`, using the document's own date order and decimal
   mark, and turn scores into confidences (`scoring.confidence`).

A field no candidate answers well enough is reported not found (value None), with the
confidence that it is absent: 1 - the confidence its best refused candidate would have had.
The extractor holds no per-document state (only the embedding cache, behind a lock), so one
instance serves every thread of a worker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from openbda.blueprints.model import (
    BlueprintSchema,
    Field,
    FieldType,
    GroupField,
    LeafField,
    TableField,
)
from openbda.document.model import Document, Element, ElementType
from openbda.engines.embed.types import Embedder
from openbda.extraction.offline.assign import assign
from openbda.extraction.offline.candidates import Candidate, Source, make, word_ids
from openbda.extraction.offline.derive import parts
from openbda.extraction.offline.grid import layout_tables
from openbda.extraction.offline.labelled import labelled_candidates
from openbda.extraction.offline.layout import (
    PageLayout,
    body_run,
    boxes_row,
    captions_over_values,
    page_layouts,
    word_lines,
)
from openbda.extraction.offline.patterns import (
    DOCUMENT_DATE,
    ISSUER_NAME,
    other_date_label,
    pattern_candidates,
)
from openbda.extraction.offline.scoring import confidence
from openbda.extraction.offline.tables import extract_tables
from openbda.extraction.offline.totals import parts_of_totals
from openbda.extraction.offline.vectors import VectorCache
from openbda.extraction.types import FieldResult, GroupResult, LeafResult, Value
from openbda.extraction.values import (
    date_format_in,
    guess_decimal_comma,
    guess_month_first,
    looks_american,
    normalise,
)


class OfflineExtractor:
    """Extracts blueprint fields on the CPU, without a language model."""

    name = "offline"

    def __init__(self, embedder: Embedder) -> None:
        self.vectors = VectorCache(embedder)

    def extract(
        self, document: Document, schema: BlueprintSchema, pages: Sequence[int]
    ) -> tuple[FieldResult, ...]:
        layouts = page_layouts(document, pages)
        reader = Reader(self.vectors, layouts, schema)
        return tuple(reader.result(f) for f in schema.fields)


def find_candidates(layouts: Sequence[PageLayout]) -> list[Candidate]:
    """Every candidate of the pages, each (label, words) once."""
    found: list[Candidate] = []
    for layout in layouts:
        found += labelled_candidates(layout)
        found += _table_pairs(layout)
    printed = [c for c in found if c.source in _PRINTED]
    labelled = {word_ids(c) for c in printed if other_date_label(c.label)}
    addressed = {word_ids(c) for c in printed if _RECIPIENT.match(c.label)}
    # A date printed under or after a label of another kind of date ("BIRTHDATE", "Expires",
    # "Due Date") is not offered again as an unlabelled document date; a name after "To" or
    # "Bill To" is the recipient's, never the issuer's.
    found += [
        c
        for c in pattern_candidates(layouts)
        if not (c.label == DOCUMENT_DATE and word_ids(c) in labelled)
        and not (c.label == ISSUER_NAME and word_ids(c) in addressed)
    ]
    found += parts(found)
    unique: dict[tuple[str, tuple[int, ...], str], Candidate] = {}
    for candidate in found:
        key = (candidate.label, word_ids(candidate), candidate.value)
        if key not in unique or candidate.prior > unique[key].prior:
            unique[key] = candidate
    return parts_of_totals(list(unique.values()))


_PRINTED = frozenset({Source.COLON, Source.GAP, Source.BELOW, Source.PREFIX})
# Labels of whom a document is addressed to: "To", "Bill To", "Sold to", "TO OWNER".
_RECIPIENT = re.compile(
    r"^(?:(?:bill(?:ed)?|sold|invoice|ship(?:ped)?|deliver(?:ed)?)\s+)?to\b", re.I
)


def _table_pairs(layout: PageLayout) -> Iterator[Candidate]:
    """Header/value pairs of tables with one body row (a form laid out as a grid)."""
    for element in _tables(layout):
        if captions_over_values(element):
            yield from _captioned_boxes(element)
            continue
        if not element.headers or (len(element.rows) != 1 and not boxes_row(element)):
            continue
        run = body_run(element)
        for header, cell in zip(element.headers, element.rows[0], strict=False):
            words = run.take(cell)
            if header.strip() and words:
                yield make(header, word_lines(words), element.page_index, Source.TABLE)


def _captioned_boxes(element: Element) -> Iterator[Candidate]:
    """A form's boxes as a table (see `captions_over_values`): each value in the last row is
    labelled by its column's number and caption ("Box 1 Interest income")."""
    run = body_run(element)
    *captions, values = element.rows
    for row in captions:
        for cell in row:
            run.take(cell)
    for j, cell in enumerate(values):
        words = run.take(cell)
        number = element.headers[j] if j < len(element.headers) else ""
        column = [number, *(row[j] for row in captions if j < len(row))]
        label = " ".join(part.strip() for part in column if part.strip())
        if words and label:
            yield make(label, word_lines(words), element.page_index, Source.TABLE)


def _tables(layout: PageLayout) -> Iterable[Element]:
    return (e for e in layout.page.elements if e.type is ElementType.TABLE)


def answerable_leaves(fields: Iterable[Field]) -> Iterator[LeafField]:
    """The leaves answered by candidates: every leaf but table columns."""
    for field in fields:
        if isinstance(field, LeafField):
            yield field
        elif isinstance(field, GroupField):
            yield from answerable_leaves(field.fields)


class Reader:
    """One extraction: the document's number and date conventions and its answers (`choices`
    by leaf path, `table_results` by table path)."""

    def __init__(
        self, vectors: VectorCache, layouts: Sequence[PageLayout], schema: BlueprintSchema
    ) -> None:
        self.vectors = vectors
        texts = [line.text for layout in layouts for line in layout.page.lines]
        self.month_first = guess_month_first(texts)
        if self.month_first is None and looks_american(texts):
            self.month_first = True  # "08-12-1987" on a US licence is August 12
        self.decimal_comma = guess_decimal_comma(texts)
        self.tables = [e for layout in layouts for e in _tables(layout)]
        self.tables += [e for layout in layouts for e in layout_tables(layout)]
        candidates = find_candidates(layouts)
        self.choices = assign(
            list(answerable_leaves(schema.fields)), candidates, vectors, self.normalise
        )
        table_fields = [f for f in schema.walk() if isinstance(f, TableField)]
        # The pages' lines give a date cell without its year ("08/01") the statement
        # period's year, wherever the period is printed.
        self.table_results = extract_tables(
            table_fields, self.tables, vectors, self.normalise, texts
        )

    def normalise(self, raw: str, field: LeafField) -> Value | None:
        return normalise(raw, field, month_first=self.month_first, decimal_comma=self.decimal_comma)

    def result(self, field: Field) -> FieldResult:
        if isinstance(field, TableField):
            return self.table_results[field.path]
        if isinstance(field, GroupField):
            return GroupResult(field, tuple(self.result(f) for f in field.fields))
        choice = self.choices[field.path]
        if choice.candidate is None or choice.value is None:
            return LeafResult(field, None, round(1.0 - confidence(choice.score), 4))
        words = words_to_match(field, choice.value)
        sure = confidence(choice.score, words=words, margin=choice.margin)
        return LeafResult(field, choice.value, sure, choice.candidate.evidence)


def words_to_match(field: LeafField, value: Value) -> int:
    """How many words of a value must each be right: all of a free-text one's, one for the rest."""
    return len(str(value).split()) if _free_text(field) else 1


def _free_text(field: LeafField) -> bool:
    """A string read word for word: no enum, no date format to type it."""
    return (
        field.type is FieldType.STRING
        and not field.enum
        and date_format_in(field.instruction) is None
    )
