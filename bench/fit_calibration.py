"""Fit the offline extractor's confidence curve to how often its answers are right (a fitting
script, not a test; it prints figures and a setting, it changes nothing).

Every value the offline extractor finds for a field with ground truth gives one observation:
its score, its margin over the best rival value, how many words it has (for free text) and
whether it was right (scored as bench/catalog_quality.py and bench/extraction_receipts.py score
it). The curve of `openbda.extraction.offline.scoring.Calibration`,

    confidence = logistic(slope * (score - midpoint) - rival_slope * shortfall)
                 * word_exactness ** (words - 1),   shortfall = rival_gap - min(margin, rival_gap)

is searched on a grid of rival_gap, rival_slope and word_exactness (slope and midpoint stay:
they also give the not-found confidence and the classifier's field signal) for the highest
log-likelihood over the --fit sets, each set weighted equally; then the current setting and
the best one are shown on the --check sets, which the fit never saw.

Fit on documents the extraction rules were NOT developed on: a user's document is one the
rules never saw, and the sets they were developed on read 96-100% right, so a curve fitted
there says "sure" far too readily elsewhere. Table cells are left out (they have no rival).

.venv/bin/python bench/fit_calibration.py                      # fit fresh9,fresh11,receipts
.venv/bin/python bench/fit_calibration.py --check fresh12,dev,held-out
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.catalog_documents import CATALOG_KINDS, LAYOUTS, generate
from bench.catalog_quality import flatten, lookup, right
from bench.extraction_receipts import BINS, FIELDS, RECEIPTS, correct, documents, leaf
from openbda.blueprints.catalog import catalog
from openbda.blueprints.model import BlueprintSchema, LeafField
from openbda.document.model import Document
from openbda.document.pdf import build_pdf_document
from openbda.extraction.offline.extractor import Reader, words_to_match
from openbda.extraction.offline.layout import page_layouts
from openbda.extraction.offline.scoring import CALIBRATION, Calibration, confidence
from openbda.extraction.offline.vectors import VectorCache
from openbda.extraction.types import LeafResult

RECEIPT_SET = "receipts"


@dataclass(frozen=True)
class Found:
    """One value found for a field with ground truth."""

    score: float
    margin: float | None
    words: int
    right: bool


def _read(
    vectors: VectorCache, document: Document, schema: BlueprintSchema
) -> tuple[Reader, tuple]:
    reader = Reader(vectors, page_layouts(document, [p.index for p in document.pages]), schema)
    return reader, tuple(reader.result(f) for f in schema.fields)


def _found(reader: Reader, result: LeafResult | None, ok: bool) -> Found | None:
    if result is None or result.value is None or not isinstance(result.field, LeafField):
        return None
    choice = reader.choices.get(result.field.path)
    if choice is None or choice.value is None:
        return None  # a table cell
    words = words_to_match(result.field, choice.value)
    return Found(choice.score, choice.margin, words, ok)


def catalog_values(vectors: VectorCache, layouts: str, seed: int, per_type: int) -> list[Found]:
    schemas = {e.suffix: e.schema for e in catalog()}
    out = []
    for sample in generate(seed, per_type, layouts):
        if sample.kind not in CATALOG_KINDS:
            continue
        schema = schemas[sample.kind]
        reader, results = _read(vectors, build_pdf_document(sample.pdf), schema)
        leaves, tables = flatten(results)
        for key, truth in sample.truth.items():
            result, field = lookup(key, schema, leaves, tables)
            value = result.value if result is not None else None
            found = _found(reader, result, right(field, truth, value))
            if found is not None:
                out.append(found)
    return out


def receipt_values(vectors: VectorCache, cache: Path) -> list[Found]:
    schema = next(e.schema for e in catalog() if e.suffix == "receipt")
    out = []
    for stem, document in documents(cache, 0).items():
        truth = json.loads((RECEIPTS / "key" / f"{stem}.json").read_text(encoding="utf-8"))
        reader, results = _read(vectors, document, schema)
        for key, name in FIELDS.items():
            result = leaf(results, name)
            value = result.value if result is not None else None
            found = _found(reader, result, correct(key, truth[key], value))
            if found is not None:
                out.append(found)
    return out


def log_loss(values: list[Found], calibration: Calibration) -> float:
    total = 0.0
    for v in values:
        p = confidence(v.score, calibration, v.words, v.margin)
        p = min(max(p, 1e-4), 1 - 1e-4)
        total -= math.log(p if v.right else 1 - p)
    return total / max(1, len(values))


def reliability(values: list[Found], calibration: Calibration) -> str:
    """Mean confidence vs share right, then each confidence bin's share right."""
    sure = [confidence(v.score, calibration, v.words, v.margin) for v in values]
    mean = 100 * sum(sure) / len(sure)
    share = 100 * sum(v.right for v in values) / len(values)
    bins = []
    for low, high in itertools.pairwise(BINS):
        inside = [v.right for v, p in zip(values, sure, strict=True) if low <= p < high]
        if inside:
            bins.append(f"[{low:.2f},{min(high, 1.0):.2f}) {100 * sum(inside) / len(inside):.0f}%")
    return f"mean confidence {mean:.1f}% vs {share:.1f}% right; " + ", ".join(bins)


def grid(current: Calibration) -> list[Calibration]:
    gaps = (0.1, 0.15, 0.2, 0.25, 0.3)
    slopes = [x / 2 for x in range(0, 41)]  # 0-20 by 0.5
    exactness = [0.90 + x / 100 for x in range(0, 11)]
    return [
        replace(current, rival_gap=g, rival_slope=s, word_exactness=e)
        for g, s, e in itertools.product(gaps, slopes, exactness)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fit", default=f"fresh9,fresh11,{RECEIPT_SET}")
    parser.add_argument("--check", default="fresh12")
    parser.add_argument("--seed", type=int, default=5, help="seed of the layout sets")
    parser.add_argument("--per-type", type=int, default=10)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/openbda-bench/receipts"))
    args = parser.parse_args()
    names = [*args.fit.split(","), *args.check.split(",")]
    for name in names:
        if name != RECEIPT_SET and name not in LAYOUTS:
            parser.error(f"unknown set {name!r}: {RECEIPT_SET} or one of {', '.join(LAYOUTS)}")

    from openbda.engines.embed import get_embedder

    vectors = VectorCache(get_embedder())
    values = {
        name: receipt_values(vectors, args.cache)
        if name == RECEIPT_SET
        else catalog_values(vectors, name, args.seed, args.per_type)
        for name in dict.fromkeys(names)
    }
    fit = args.fit.split(",")

    def joint(calibration: Calibration) -> float:
        return sum(log_loss(values[name], calibration) for name in fit) / len(fit)

    best = min(grid(CALIBRATION), key=joint)
    print(f"found values with ground truth: {', '.join(f'{n} {len(values[n])}' for n in values)}")
    for label, calibration in (("current", CALIBRATION), ("best", best)):
        print(
            f"\n{label}: rival_gap {calibration.rival_gap:g}, rival_slope "
            f"{calibration.rival_slope:g}, word_exactness {calibration.word_exactness:g} (slope "
            f"{calibration.slope:g}, midpoint {calibration.midpoint:g}); mean log-loss over the "
            f"fit sets {joint(calibration):.3f}"
        )
        for name in values:
            role = "fit" if name in fit else "check"
            print(
                f"  {name:<9} ({role:<5}) log-loss {log_loss(values[name], calibration):.3f}; "
                f"{reliability(values[name], calibration)}"
            )


if __name__ == "__main__":
    main()
