"""Catalog blueprints on documents of their kind: classification among the 12 catalog
blueprints, extraction per field, and the splitter on a lending package (a quality script, not
a test).

The documents are SYNTHETIC: bench/catalog_documents.py lays them out from a seed (made-up
people, companies and amounts) because no real W-2s, payslips, bank statements, licences, 1099s
or checks are available here. They are born-digital PDFs, so no OCR is involved: this measures
the offline backend's reading of the layout, not OCR. `--layouts` picks which layouts: "dev"
(templates 0-2 of each kind, the default; the extraction rules were developed looking at them,
so these figures are optimistic), "held-out" (templates 3-4, two further designs per kind the
extractor was never tuned on), "fresh" (templates 5-6, two more designs per kind drawn blind
from real-world documents, written without looking at the extractor or its results: the honest
estimate while nobody tunes against them), "fresh2" (templates 7-8, a third such blind pair per
kind), "fresh3" (templates 9-10, a fourth), "fresh4" (templates 11-12, a fifth), "fresh5"
(templates 13-14, a sixth), "fresh6" (templates 15-16, a seventh), "fresh7" (templates 17-18,
an eighth), "fresh8" (templates 19-20, a ninth), "fresh9" (templates 21-22, a tenth),
"fresh10" (templates 23-24, an eleventh), "fresh11" (templates 25-26, a twelfth), "fresh12"
(templates 27-28, a thirteenth), "fresh13" (templates 29-30, a fourteenth), "fresh14"
(templates 31-32, a fifteenth) or "all" (0-32).

- Classification: every document is scored against all 12 catalog blueprints; a catalog
  document is right when its own blueprint scores best and at least MIN_MATCH, a distractor
  (letter, meeting agenda, scientific abstract) when no blueprint reaches MIN_MATCH.
- Extraction: each catalog document is extracted with its own blueprint over all its pages and
  a handful of printed leaves are scored: strings equal after upper-casing and folding
  whitespace, numbers equal within 0.005, dates the same calendar date. A table cell
  (``account_summary[summary_desc=Closing Balance]/summary_amount``) is right when a row whose
  label column starts with that label (folded) has the amount. "calibration" bins the scored
  values found by their confidence and prints how often each bin was right (as
  bench/extraction_receipts.py does): a meaningful confidence is right about as often as it says.
- Splitting: a W-2, a 2-page payslip, a 2-page bank statement and a driver licence in one PDF,
  cut by `openbda.extraction.splitting.split_pages`, against the true page ranges.

.venv/bin/python bench/catalog_quality.py                 # 5 documents per type, seed 7
.venv/bin/python bench/catalog_quality.py --per-type 10 --seed 3 --misses
.venv/bin/python bench/catalog_quality.py --layouts held-out --misses   # unseen layouts
.venv/bin/python bench/catalog_quality.py --layouts fresh --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh2 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh3 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh4 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh5 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh6 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh7 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh8 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh9 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh10 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh11 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh12 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh13 --seed 5 --per-type 10
.venv/bin/python bench/catalog_quality.py --layouts fresh14 --seed 5 --per-type 10
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.catalog_documents import (
    CATALOG_KINDS,
    DISTRACTORS,
    LAYOUTS,
    SUMMARY_ROLES,
    generate,
    lending_package,
)
from bench.extraction_receipts import _date, print_calibration
from bench.ocr_receipts import fold
from openbda.blueprints.catalog import catalog
from openbda.blueprints.model import BlueprintSchema, FieldType, LeafField
from openbda.document.model import Document
from openbda.document.pdf import build_pdf_document
from openbda.extraction.matching import MIN_MATCH
from openbda.extraction.types import FieldResult, GroupResult, LeafResult, TableResult
from openbda.extraction.values import parse_date, parse_number

NONE = "(none)"
_CELL = re.compile(r"^(?P<table>[^\[]+)\[(?P<column>[^=]+)=(?P<label>[^\]]+)\]/(?P<value>.+)$")


def flatten(
    results: Sequence[FieldResult],
) -> tuple[dict[str, LeafResult], dict[str, list[dict[str, LeafResult]]]]:
    """Leaves by their "/"-joined path, and each table's rows as {column: leaf}."""
    leaves: dict[str, LeafResult] = {}
    tables: dict[str, list[dict[str, LeafResult]]] = {}
    for result in results:
        if isinstance(result, LeafResult):
            leaves["/".join(result.field.path)] = result
        elif isinstance(result, GroupResult):
            inner, inner_tables = flatten(result.fields)
            leaves.update(inner)
            tables.update(inner_tables)
        elif isinstance(result, TableResult):
            tables["/".join(result.field.path)] = [
                {cell.field.name: cell for cell in row} for row in result.rows
            ]
    return leaves, tables


def leaf_fields(schema: BlueprintSchema) -> dict[str, LeafField]:
    return {"/".join(f.path): f for f in schema.leaves()}


def is_date(field: LeafField | None) -> bool:
    return field is not None and "YYYY-MM-DD" in field.instruction


def right(field: LeafField | None, truth: Any, value: Any) -> bool:
    if value is None or value == "":
        return False
    if isinstance(truth, float) or (field is not None and field.type is FieldType.NUMBER):
        got = value if isinstance(value, int | float) else parse_number(str(value))
        return got is not None and abs(float(got) - float(truth)) < 0.005
    if is_date(field):
        return parse_date(str(truth)) == _date(value)
    return fold(str(value)) == fold(str(truth))


def lookup(key: str, schema: BlueprintSchema, leaves: dict, tables: dict) -> tuple[Any, Any]:
    """(the LeafResult extracted for `key` or None, its LeafField); a table cell is found by
    its label."""
    cell = _CELL.match(key)
    if not cell:
        return leaves.get(key), leaf_fields(schema).get(key)
    table = cell["table"]
    field = leaf_fields(schema).get(f"{table}/{cell['value']}")
    for row in tables.get(table, []):
        label = row.get(cell["column"])
        label = label.value if label is not None else None
        # A layout may print more after the label ("Ending balance on March 31, 2025").
        if label is not None and fold(str(label)).startswith(fold(cell["label"])):
            return row.get(cell["value"]), field
    return None, field


def display(key: str) -> str:
    """A truth key as reported: a table cell by its role (the labels differ per layout)."""
    cell = _CELL.match(key)
    if not cell:
        return key
    role = SUMMARY_ROLES.get(cell["label"], cell["label"])
    return f"{cell['table']}[{role}]/{cell['value']}"


def classify(
    classifier: Any,
    document: Document,
    schemas: list[BlueprintSchema],
    suffixes: list[str],
    pages: Sequence[int] | None = None,
) -> tuple[str, float]:
    """The best blueprint's suffix (NONE below MIN_MATCH) and its score."""
    if pages is None:
        pages = [p.index for p in document.pages]
    scores = classifier.scores(document, pages, schemas)
    best = max(range(len(scores)), key=lambda i: scores[i])
    return (suffixes[best] if scores[best] >= MIN_MATCH else NONE), scores[best]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-type", type=int, default=5, help="documents of each kind")
    parser.add_argument("--misses", action="store_true", help="print every wrong field")
    parser.add_argument(
        "--layouts",
        choices=tuple(LAYOUTS),
        default="dev",
        help="dev: templates 0-2 (the extractor was tuned on them), held-out: 3-4, "
        "fresh: 5-6, fresh2: 7-8, fresh3: 9-10, fresh4: 11-12, fresh5: 13-14, fresh6: 15-16, "
        "fresh7: 17-18, fresh8: 19-20, fresh9: 21-22, fresh10: 23-24, fresh11: 25-26, "
        "fresh12: 27-28, fresh13: 29-30 and fresh14: 31-32 (designed blind), all: 0-32",
    )
    args = parser.parse_args()

    from openbda.engines.embed import get_embedder
    from openbda.extraction.offline import OfflineClassifier, OfflineExtractor
    from openbda.extraction.splitting import split_pages

    embedder = get_embedder()
    extractor, classifier = OfflineExtractor(embedder), OfflineClassifier(embedder)
    entries = catalog()
    schemas = [e.schema for e in entries]
    suffixes = [e.suffix for e in entries]
    by_suffix = dict(zip(suffixes, schemas, strict=True))

    samples = generate(args.seed, args.per_type, args.layouts)
    documents = [build_pdf_document(s.pdf) for s in samples]
    print(
        f"SYNTHETIC documents generated by bench/catalog_documents.py (seed {args.seed}, "
        f"{args.per_type} per kind, {args.layouts} layouts {LAYOUTS[args.layouts]}, "
        f"born-digital PDFs, no OCR): {len(samples)} documents, "
        f"{len(CATALOG_KINDS)} catalog kinds + {len(DISTRACTORS)} distractor kinds"
    )

    # Classification
    print(f"\nclassification among the {len(schemas)} catalog blueprints (MIN_MATCH {MIN_MATCH}):")
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    correct = 0
    for sample, document in zip(samples, documents, strict=True):
        predicted, score = classify(classifier, document, schemas, suffixes)
        expected = sample.kind if sample.kind in CATALOG_KINDS else NONE
        confusion[sample.kind][predicted] += 1
        correct += predicted == expected
        if args.misses and predicted != expected:
            print(f"  miss {sample.name} ({sample.template}): {predicted} {score:.2f}")
    print(f"  {'true kind':<20}{'right':>7}  predicted")
    for kind in (*CATALOG_KINDS, *DISTRACTORS):
        expected = kind if kind in CATALOG_KINDS else NONE
        got = confusion[kind]
        spread = ", ".join(f"{k} {n}" for k, n in got.most_common())
        print(f"  {kind:<20}{got[expected]:>3}/{sum(got.values()):<3}  {spread}")
    print(f"  accuracy {correct}/{len(samples)} = {100 * correct / len(samples):.1f}%")

    # Extraction
    print("\nextraction with the true blueprint (share of documents right per field):")
    seconds = 0.0
    extracted = 0
    type_means = []
    all_hits = all_n = 0
    calibration: list[tuple[float, bool]] = []
    for kind in CATALOG_KINDS:
        schema = by_suffix[kind]
        hits: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        for sample, document in zip(samples, documents, strict=True):
            if sample.kind != kind:
                continue
            started = time.perf_counter()
            results = extractor.extract(document, schema, [p.index for p in document.pages])
            seconds += time.perf_counter() - started
            extracted += 1
            leaves, tables = flatten(results)
            for key, truth in sample.truth.items():
                result, field = lookup(key, schema, leaves, tables)
                value = result.value if result is not None else None
                ok = right(field, truth, value)
                if value is not None:
                    calibration.append((result.confidence, ok))
                name = display(key)
                seen[name] += 1
                hits[name] += ok
                if args.misses and not ok:
                    where = f"{sample.name} ({sample.template})"
                    print(f"  miss {where} {key}: {value!r} (truth {truth!r})")
        mean = sum(hits.values()) / max(1, sum(seen.values()))
        type_means.append(mean)
        all_hits += sum(hits.values())
        all_n += sum(seen.values())
        print(f"  {kind}  (mean {100 * mean:.1f}%)")
        for name in seen:
            share = 100 * hits[name] / seen[name]
            print(f"    {name:<52}{hits[name]:>3}/{seen[name]:<3}{share:7.1f}%")
    print(
        f"  mean over all scored fields {100 * all_hits / all_n:.1f}% ({all_hits}/{all_n}); "
        f"mean of the per-type means {100 * sum(type_means) / len(type_means):.1f}%; "
        f"{1000 * seconds / extracted:.0f} ms/document extraction"
    )
    print_calibration("offline", calibration)

    # Splitting
    package = lending_package(args.seed)
    document = build_pdf_document(package.pdf)
    predicted = split_pages(document, embedder)
    truth = [(first, last) for _, first, last in package.parts]
    print(f"\nlending package ({len(document.pages)} pages): splitter vs truth")
    print(f"  true:      {' '.join(f'{k} {a}-{b}' for k, a, b in package.parts)}")
    labelled = []
    for first, last in predicted:
        pages = list(range(first, last + 1))
        kind, score = classify(classifier, document, schemas, suffixes, pages)
        labelled.append(f"{first}-{last} ({kind} {score:.2f})")
    print(f"  predicted: {' '.join(labelled)}")
    print(f"  ranges agree: {'yes' if predicted == truth else 'no'}")


if __name__ == "__main__":
    main()
