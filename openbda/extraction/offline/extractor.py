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
    grid_rows,
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
from openbda.extraction.offline.shapes import AMOUNT
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


def find_candidates(
    layouts: Sequence[PageLayout], tables: Sequence[Element] | None = None
) -> list[Candidate]:
    """Every candidate of the pages, each (label, words) once; `tables`: the pages' tables
    (`page_tables`), when already read."""
    found: list[Candidate] = []
    for layout in layouts:
        found += labelled_candidates(layout)
        found += _table_pairs(layout)
    found += _total_rows(page_tables(layouts) if tables is None else tables)
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
    """Header/value pairs of tables with one body row (a form laid out as a grid), or of bands
    of captions each over a row of values."""
    for element in _tables(layout):
        if captions_over_values(element):
            yield from _captioned_boxes(element)
            continue
        run = body_run(element)
        for captions, values in _bands(element):
            for caption, cell in zip(captions, values, strict=False):
                words = run.take(cell)
                if caption.strip() and words:
                    yield make(caption, word_lines(words), element.page_index, Source.TABLE)


def _bands(element: Element) -> list[tuple[Sequence[str], Sequence[str]]]:
    """A table's rows of captions, each with the row of values under it, in order: the
    headings (or, in a table read without them, a first row of captions) over the one body
    row; over the last row, when the rows above hold only its label ("Pay-" over "ments
    277,000"); or every other row a row of captions ("VALOR DO FRETE  DESCONTO  VALOR TOTAL DA
    NOTA" over the amounts). The rows between are passed over (`body_run` takes their
    words)."""
    headers, body = element.headers, element.rows
    if not headers and body and _captions(body[0]):
        headers, body = body[0], body[1:]
    if headers and body:
        if len(body) == 1 or (element.headers and boxes_row(element)):
            return [(headers, body[0])]
        if _label_over_values(body):
            return [(headers, body[-1])]
    lines = grid_rows(element)
    captions, values = lines[0::2], lines[1::2]
    if len(lines) < 2 or len(lines) % 2 or not all(map(_captions, captions)):
        return []
    if not all(map(_figures, values)):
        return []
    return list(zip(captions, values, strict=True))


def _captions(row: Sequence[str]) -> bool:
    """Two or more captions without digits ("Exkl. moms  Moms %  ATT BETALA SEK")."""
    filled = [cell for cell in row if cell.strip()]
    return len(filled) >= 2 and not any(ch.isdigit() for cell in filled for ch in cell)


def _figures(row: Sequence[str]) -> bool:
    """Two or more values, each with digits ("13 857,27  12,00  1 662,87")."""
    filled = [cell for cell in row if cell.strip()]
    return len(filled) >= 2 and all(any(ch.isdigit() for ch in cell) for cell in filled)


def page_tables(layouts: Sequence[PageLayout]) -> list[Element]:
    """The pages' tables: the builder's, and those the layout reads (`grid`)."""
    tables = [e for layout in layouts for e in _tables(layout)]
    return tables + [e for layout in layouts for e in layout_tables(layout)]


def _total_rows(tables: Iterable[Element]) -> Iterator[Candidate]:
    """The sums of a table's totals row, each labelled by the row's label and its column's
    heading ("W-2 TOTALS" under "Fed Wages": the year's wages, on a payroll register)."""
    for element in tables:
        if not element.headers:
            continue
        run = body_run(element)
        for row in element.rows:
            cells = [(cell, run.take(cell)) for cell in row]
            filled = [cell.strip() for cell in row if cell.strip()]
            if not filled or not _TOTALS.match(filled[0]):
                continue
            for header, (cell, words) in zip(element.headers, cells, strict=False):
                if header.strip() and words and AMOUNT.match(cell.strip()):
                    label = f"{filled[0]} {header.strip()}"
                    yield make(label, word_lines(words), element.page_index, Source.TABLE)


# A totals row's label: "Total", "TOTALS", "W-2 TOTALS", "Year totals".
_TOTALS = re.compile(r"^(?:[\w-]+\s+)?totals?$", re.IGNORECASE)


def _label_over_values(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table's body is one row of values under its row's label, the label wrapped
    over the lines above them ("Pay-" over "ments  277,000  15,000"; "Totals" over a row of
    sums): every row but the last holds its first cell alone."""
    *over, last = rows
    return any(cell.strip() for cell in last[1:]) and all(
        not any(cell.strip() for cell in row[1:]) for row in over
    )


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
        self.tables = page_tables(layouts)
        candidates = find_candidates(layouts, self.tables)
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
