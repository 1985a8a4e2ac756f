"""Table agreement with Docling's reference conversions of the dev PDFs.

For each reference table, the detected table on the same page whose box overlaps it most
(intersection over union at least MATCH_IOU) is its match. Figures:
- count agreement: matched tables / max(reference tables, detected tables), over all files;
- cell agreement: grid positions whose whitespace-folded text equals the reference's, over the
  larger grid's positions (a missing or extra row or column costs all its cells), averaged
  over matched tables.

Run as a script to print the figures:
    .venv/bin/python -m tests.unit.tables.groundtruth
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from openbda.document.model import Document, Element, ElementType
from tests.unit.tables.pages import build_with_tables

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "pdf-docling-dev"
MATCH_IOU = 0.3


@dataclass(frozen=True)
class Reference:
    page_index: int
    box: tuple[float, float, float, float]  # left, top, right, bottom as page fractions
    grid: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Score:
    references: int
    detected: int
    matched: int
    cell_agreements: tuple[float, ...]


def references(name: str) -> list[Reference]:
    doc = json.loads((DATA / "groundtruth" / f"{name}.json").read_text(encoding="utf-8"))
    sizes = {int(k): v["size"] for k, v in doc["pages"].items()}
    out = []
    for table in doc["tables"]:
        prov = table["prov"][0]
        size = sizes[prov["page_no"]]
        b = prov["bbox"]
        w, h = size["width"], size["height"]
        if b.get("coord_origin") == "BOTTOMLEFT":
            top, bottom = h - b["t"], h - b["b"]
        else:
            top, bottom = b["t"], b["b"]
        grid = tuple(tuple(cell["text"] for cell in row) for row in table["data"]["grid"])
        out.append(
            Reference(prov["page_no"] - 1, (b["l"] / w, top / h, b["r"] / w, bottom / h), grid)
        )
    return out


def _fold(text: str) -> str:
    return " ".join(text.split())


def grid_of(element: Element) -> list[list[str]]:
    rows = [element.headers, *element.rows] if element.headers else list(element.rows)
    return [list(row) for row in rows]


def cell_agreement(ours: list[list[str]], theirs: tuple[tuple[str, ...], ...]) -> float:
    rows = max(len(ours), len(theirs))
    cols = max([len(r) for r in ours] + [len(r) for r in theirs] + [0])
    if rows * cols == 0:
        return 0.0
    same = 0
    for r in range(min(len(ours), len(theirs))):
        for c in range(min(len(ours[r]), len(theirs[r]))):
            same += _fold(ours[r][c]) == _fold(theirs[r][c])
    return same / (rows * cols)


def _iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union


def score(name: str, document: Document | None = None) -> Score:
    doc = document or build_with_tables((DATA / f"{name}.pdf").read_bytes())
    tables = [e for e in doc.elements() if e.type is ElementType.TABLE]
    refs = references(name)
    used: set[int] = set()
    agreements = []
    for ref in refs:
        best, best_iou = None, MATCH_IOU
        for k, table in enumerate(tables):
            box = (table.box.left, table.box.top, table.box.right, table.box.bottom)
            iou = _iou(box, ref.box)
            if k not in used and table.page_index == ref.page_index and iou >= best_iou:
                best, best_iou = k, iou
        if best is not None:
            used.add(best)
            agreements.append(cell_agreement(grid_of(tables[best]), ref.grid))
    return Score(len(refs), len(tables), len(used), tuple(agreements))


def names() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.pdf"))


def main() -> None:
    total_refs = total_found = total_matched = 0
    cells: list[float] = []
    for name in names():
        s = score(name)
        total_refs += s.references
        total_found += s.detected
        total_matched += s.matched
        cells += s.cell_agreements
        shown = ", ".join(f"{a:.3f}" for a in s.cell_agreements) or "-"
        print(
            f"{name}: reference {s.references}, detected {s.detected}, matched {s.matched}, cells {shown}"
        )
    count = total_matched / max(total_refs, total_found, 1)
    mean = sum(cells) / len(cells) if cells else 0.0
    print(
        f"count agreement {count:.3f} ({total_matched} matched of {total_refs} reference, {total_found} detected)"
    )
    print(f"mean cell agreement {mean:.3f} over {len(cells)} matched tables")


if __name__ == "__main__":
    main()
