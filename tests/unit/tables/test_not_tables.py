"""Text that lines up without being a table: none of it may come out as one."""

from __future__ import annotations

import pytest

from tests.unit.tables.content import prose_column
from tests.unit.tables.pages import page_tables
from tests.unit.tables.pdfgen import Box, Sheet, Stroke, Text, make_pdf


def pairs(
    rows: list[tuple[str, str]], x2: float, *, top: float = 100, pitch: float = 14
) -> list[Text]:
    out = []
    for i, (a, b) in enumerate(rows):
        out += [Text(72, top + pitch * i, a), Text(x2, top + pitch * i, b)]
    return out


# Courier advances 0.6 em per character: words sit on a 6-point grid.
MONO_LISTING = [
    Text(72 + 6 * col, 100 + 11 * i, word, 10, mono=True)
    for i, line in enumerate(
        [
            "4   CARD32  N_PARENTS",
            "4   CARD32  MIME_TYPE_OFFSET",
            "8   CARD32  N_ALIASES",
            "4   CARD32  FIRST_CHILD",
            "2   CARD16  MAJOR_VERSION",
        ]
    )
    for col, word in ((line.index(w), w) for w in line.split())
]

PAGES = {
    "two prose columns": Sheet(
        texts=prose_column(72, 100, 50, 48) + prose_column(320, 100, 50, 48, seed=2)
    ),
    "two columns, small type": Sheet(
        texts=prose_column(72, 100, 60, 42, size=8, pitch=10)
        + prose_column(320, 100, 60, 42, size=8, pitch=10, seed=2)
    ),
    "three prose columns": Sheet(
        texts=prose_column(50, 100, 50, 30, size=9, pitch=11)
        + prose_column(230, 100, 50, 30, size=9, pitch=11, seed=2)
        + prose_column(410, 100, 50, 30, size=9, pitch=11, seed=3)
    ),
    "four narrow columns": Sheet(
        texts=[
            t
            for k, x in enumerate((40, 180, 320, 460))
            for t in prose_column(x, 100, 50, 22, size=8, pitch=10, seed=k)
        ]
    ),
    "prose between page rules": Sheet(
        texts=prose_column(72, 100, 50, 90),
        strokes=[Stroke(72, 90, 540, 90), Stroke(72, 740, 540, 740)],
    ),
    "two columns between page rules": Sheet(
        texts=prose_column(72, 100, 50, 45) + prose_column(320, 100, 50, 45, seed=2),
        strokes=[Stroke(72, 90, 540, 90), Stroke(72, 740, 540, 740)],
    ),
    "a shaded box over two columns": Sheet(
        texts=prose_column(80, 100, 8, 40) + prose_column(320, 100, 8, 40, seed=2),
        boxes=[Box(72, 95, 540, 200, fill=0.9)],
    ),
    "form fields": Sheet(
        texts=pairs(
            [
                ("Name:", "John Smith"),
                ("Date:", "12 March 2026"),
                ("Invoice:", "INV-2041"),
                ("Total:", "40.00"),
                ("Due:", "30 days"),
            ],
            160,
        )
    ),
    "bullets": Sheet(
        texts=[
            t
            for i in range(6)
            for t in (
                Text(80, 100 + 14 * i, "\u2022"),
                *prose_column(100, 100 + 14 * i, 1, 40, seed=i),
            )
        ]
    ),
    "numbered list": Sheet(
        texts=[
            t
            for i in range(6)
            for t in (
                Text(80, 100 + 14 * i, f"{i + 1}."),
                *prose_column(110, 100 + 14 * i, 1, 50, seed=i),
            )
        ]
    ),
    "references": Sheet(
        texts=[
            t
            for i in range(8)
            for t in (
                Text(72, 100 + 13 * i, f"[{i + 1}]"),
                *prose_column(100, 100 + 13 * i, 1, 60, seed=i),
            )
        ]
    ),
    "two addresses side by side": Sheet(
        texts=pairs(
            [
                ("Bill to:", "Ship to:"),
                ("Contoso Analytics", "Contoso Warehouse"),
                ("1 Harbour Road", "22 Dock Street"),
                ("Leith EH6 6JJ", "Leith EH6 7QR"),
            ],
            320,
            pitch=13,
        )
    ),
    "running header and footer": Sheet(
        texts=[
            *prose_column(72, 100, 40, 90),
            Text(72, 40, "Annual Report 2025"),
            Text(480, 40, "Page 3"),
            Text(72, 760, "Company confidential"),
            Text(480, 760, "v1.2"),
        ]
    ),
    "signature lines": Sheet(
        texts=pairs(
            [("Signed:", "Witness:"), ("Date:", "Date:"), ("Place:", "Place:")],
            300,
            top=600,
            pitch=40,
        ),
        strokes=[Stroke(x0, y, x0 + 130, y) for y in (612, 652, 692) for x0 in (120, 350)],
    ),
    "a monospaced listing": Sheet(texts=MONO_LISTING),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_table(name: str) -> None:
    assert page_tables(make_pdf([PAGES[name]])) == []
