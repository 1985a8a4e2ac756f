"""How many receipt field values OCR finds, per field and engine (a quality script, not a test).

Every receipt of ../shared/data/receipts-sroie-dev/img goes through `build_image_document`; a
ground-truth value (key/NNN.json) counts as found when it occurs in the document's text (its
lines in reading order):
- company, address: upper-cased, with runs of whitespace folded to one space ("strict", the
  data README's convention); also with all whitespace and punctuation ignored ("alnum"), because
  the ground truth often punctuates differently from the print ("NO 122.124." for a printed
  "NO.122,124.");
- total: as a number, among the numbers in the text ("RM 9.00" and "9.0" both hold 9);
- date: as a calendar date, among the dates the text spells in any common format
  (25/12/2018, 25-12-18, 2018-12-25, 20181225, 25 Dec 2018, Dec 25, 2018).
Overall is the mean over the four fields. The "ceiling" row scores the data set's own line
transcriptions (box/NNN.csv) the same way: what a perfect line reader would reach. They miss
5% of the values themselves (the key spells "BEJUNTAL" where the print and the transcription
say "BERJUNTAI"; an address's parts are printed apart), so each engine also gets a "legible"
row: of the values the transcriptions contain (alnum match), the share its text contains.

.venv/bin/python bench/ocr_receipts.py                         # both engines
.venv/bin/python bench/ocr_receipts.py --engines rapidocr --limit 20 --misses
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openbda.document.image import build_image_document
from openbda.engines.ocr import OCR_ENGINE_NAMES, get_ocr_engine

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "receipts-sroie-dev"
FIELDS = ("company", "date", "address", "total")

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
    )
}
_SEP = r"\s*[./-]\s*"
# Matched at every position (a lookahead), so "#19- 18/01/2018" still yields 18/01/2018; a
# four-digit year may run into the time ("10-03-201823:03:06").
_NUMERIC_DATE = re.compile(rf"(?=(?<!\d)(\d{{1,4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}}|\d{{2}}(?!\d)))")
_COMPACT_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)(\d\d)(\d\d)(?!\d)")
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})[\s./-]*([A-Z]{3})[A-Z]*[\s.,/-]*(\d{2,4})(?!\d)")
_MONTH_DAY_YEAR = re.compile(
    r"\b([A-Z]{3})[A-Z]*[\s.]*(\d{1,2})(?:ST|ND|RD|TH)?[\s,]+(\d{4})(?!\d)"
)
_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:[.,]\d+)?")


def fold(text: str) -> str:
    return " ".join(text.upper().split())


def alnum(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _year(value: int) -> int:
    return value + 2000 if value < 100 else value


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(_year(year), month, day)
    except ValueError:
        return None


def dates_in(text: str) -> set[dt.date]:
    """Every calendar date the text can be read as spelling (day/month order both ways)."""
    text = text.upper()
    found: set[dt.date | None] = set()
    for a, b, c in _NUMERIC_DATE.findall(text):
        if len(a) == 4:
            found.add(_date(int(a), int(b), int(c)))
        elif len(a) <= 2:
            found.add(_date(int(c), int(b), int(a)))
            found.add(_date(int(c), int(a), int(b)))
    for year, month, day in _COMPACT_DATE.findall(text):
        found.add(_date(int(year), int(month), int(day)))
    for day, month, year in _DAY_MONTH_YEAR.findall(text):
        if month in _MONTHS:
            found.add(_date(int(year), _MONTHS[month], int(day)))
    for month, day, year in _MONTH_DAY_YEAR.findall(text):
        if month in _MONTHS:
            found.add(_date(int(year), _MONTHS[month], int(day)))
    return {d for d in found if d is not None}


def numbers_in(text: str) -> set[Decimal]:
    out = set()
    for token in _NUMBER.findall(text):
        # "1,234.50" groups thousands; "9,00" writes a decimal comma.
        if "," in token and "." not in token and len(token.rsplit(",", 1)[1]) != 3:
            token = token.replace(",", ".")
        try:
            out.add(Decimal(token.replace(",", "")))
        except InvalidOperation:
            continue
    return out


def _truth_number(value: str) -> Decimal | None:
    numbers = numbers_in(value)
    return max(numbers) if numbers else None


def found(field: str, truth: str, text: str) -> tuple[bool, bool]:
    """(found strictly, found ignoring punctuation) for one field value in the OCR text."""
    if field == "total":
        number = _truth_number(truth)
        hit = number is not None and number in numbers_in(text)
        return hit, hit
    if field == "date":
        wanted = dates_in(truth)
        hit = bool(wanted & dates_in(text))
        return hit, hit
    return fold(truth) in fold(text), alnum(truth) in alnum(text)


def transcription(stem: str) -> str:
    """The data set's own line transcriptions of a receipt (x1,y1,...,x4,y4,text per line)."""
    path = DATA / "box" / f"{stem}.csv"
    rows = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(parts[8] for row in rows if len(parts := row.split(",", 8)) == 9)


def score(
    texts: dict[str, str], truths: dict[str, dict[str, str]], misses: str = ""
) -> list[list[float]]:
    """Per-field percentages, [strict, alnum] for each field."""
    hits = {f: [0, 0] for f in FIELDS}
    for stem, text in texts.items():
        for field in FIELDS:
            result = found(field, truths[stem][field], text)
            for i, hit in enumerate(result):
                hits[field][i] += hit
            if misses and not result[1]:
                print(f"  {misses} {stem} {field}: {truths[stem][field]!r} not found")
    n = len(texts)
    return [[100 * hits[f][i] / n for f in FIELDS] for i in (0, 1)]


def legible_share(
    texts: dict[str, str], ceiling: dict[str, str], truths: dict[str, dict[str, str]]
) -> list[float]:
    """Per field, of the values the transcription contains, the share `texts` contain too."""
    shares = []
    for field in FIELDS:
        legible = [s for s in texts if found(field, truths[s][field], ceiling[s])[1]]
        hits = sum(found(field, truths[s][field], texts[s])[1] for s in legible)
        shares.append(100 * hits / len(legible) if legible else 0.0)
    return shares


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engines", default=",".join(OCR_ENGINE_NAMES))
    parser.add_argument("--limit", type=int, default=0, help="only the first N receipts")
    parser.add_argument("--misses", action="store_true", help="print every value not found")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"receipts not found at {DATA}")
    images = sorted((DATA / "img").glob("*.jpg"))
    if args.limit:
        images = images[: args.limit]
    truths = {
        p.stem: json.loads((DATA / "key" / f"{p.stem}.json").read_text(encoding="utf-8"))
        for p in images
    }
    print(f"{len(images)} receipts from {DATA}")
    ceiling = {p.stem: transcription(p.stem) for p in images}
    rows = [("ceiling", [*score(ceiling, truths)], 0.0)]
    for name in args.engines.split(","):
        engine = get_ocr_engine(name)
        texts = {}
        seconds = 0.0
        for path in images:
            start = time.perf_counter()
            document = build_image_document(path.read_bytes(), "JPEG", engine=engine)
            seconds += time.perf_counter() - start
            texts[path.stem] = "\n".join(
                line.text for page in document.pages for line in page.lines
            )
        misses = name if args.misses else ""
        scores = [*score(texts, truths, misses), legible_share(texts, ceiling, truths)]
        rows.append((name, scores, seconds / len(images)))
    print(f"{'engine':<10} {'match':<7}" + "".join(f"{f:>9}" for f in (*FIELDS, "overall")))
    for name, scores, per_page in rows:
        for label, values in zip(("strict", "alnum", "legible"), scores, strict=False):
            cells = "".join(f"{v:8.1f}%" for v in (*values, sum(values) / len(values)))
            timing = f"  {per_page:.2f} s/receipt" if per_page and label == "strict" else ""
            print(f"{name:<10} {label:<7}{cells}{timing}")


if __name__ == "__main__":
    main()
