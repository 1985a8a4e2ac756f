"""Helpers of the offline extraction tests that print a page of text runs: the catalog's
schemas by suffix, a one-page PDF read by the real builder, and the leaf values extracted."""

from __future__ import annotations

from collections.abc import Sequence

from openbda.blueprints.catalog import catalog
from openbda.blueprints.model import LeafField, TableField
from openbda.document.model import Document, Element
from openbda.document.pdf import build_pdf_document
from openbda.engines.embed.types import Embedder
from openbda.extraction.types import FieldResult, GroupResult, LeafResult, TableResult, Value
from openbda.extraction.values import normalise
from openbda.samples import PageSpec, Run, make_pdf

CATALOG = {c.suffix: c.schema for c in catalog()}


def leaves(results: tuple[FieldResult, ...]) -> dict[str, object]:
    """Each leaf's value by its "/"-joined path (groups flattened, tables left out)."""
    out: dict[str, object] = {}
    for result in results:
        if isinstance(result, LeafResult):
            out["/".join(result.field.path)] = result.value
        elif isinstance(result, GroupResult):
            out.update(leaves(result.fields))
    return out


def summary_rows(results: tuple[FieldResult, ...]) -> dict[str, object]:
    """The account summary table's rows as {label: amount}."""
    table = next(
        r for r in results if isinstance(r, TableResult) and r.field.name == "account_summary"
    )
    return {str(row[0].value): row[1].value for row in table.rows}


def cues(text: str) -> str:
    """The transaction cues the offline classifier finds in a text, as one string to test
    for a cue's phrase in."""
    from openbda.extraction.offline.classifier import cue_phrases

    return " | ".join(cue_phrases(text))


def printed_document(runs: list[Run], width: float = 612, height: float = 792) -> Document:
    """One page printing `runs`, read back by the PDF builder."""
    return build_pdf_document(make_pdf([PageSpec(width=width, height=height, runs=runs)]))


def statement_tables(embedder: Embedder, tables: Sequence[Element]) -> dict[str, TableResult]:
    """The bank statement blueprint's table fields read from these TABLE elements, by name."""
    from openbda.extraction.offline.tables import extract_tables
    from openbda.extraction.offline.vectors import VectorCache

    fields = [f for f in CATALOG["bank-statement"].walk() if isinstance(f, TableField)]

    def typed(text: str, field: LeafField) -> Value | None:
        return normalise(text, field, month_first=True, decimal_comma=False)

    found = extract_tables(fields, tables, VectorCache(embedder), typed)
    return {path[-1]: result for path, result in found.items()}
