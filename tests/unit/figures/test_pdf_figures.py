"""Figure detection on PDFs written by the test: placed images, logos, vector charts drawn with
`m`/`l`/`S`/`re`/`f`, a full-page scan and a ruled table, read back through pdfium with the
builder's word reader and `read_graphics`.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from openbda.document.model import SubType
from openbda.document.regions import Rect, Region
from tests.unit.figures.pages import page_figures
from tests.unit.figures.pdfgen import Picture, Sheet, Text, write_pdf


def figures_of(sheet: Sheet) -> list[Region]:
    pdf = pdfium.PdfDocument(write_pdf(sheet))
    try:
        return page_figures(pdf[0])
    finally:
        pdf.close()


def body(sheet: Sheet, top: float, lines: int = 4) -> None:
    for i in range(lines):
        sheet.texts.append(
            Text(72, top + 13 * i, "Body text of the report continues here across the column.")
        )


def close(a: Rect, b: Rect, tolerance: float = 1.5) -> bool:
    pairs = ((a.x0, b.x0), (a.top, b.top), (a.x1, b.x1), (a.bottom, b.bottom))
    return all(abs(p - q) <= tolerance for p, q in pairs)


def test_placed_image_with_caption() -> None:
    sheet = Sheet()
    body(sheet, 100)
    sheet.pictures.append(Picture(Rect(150, 200, 450, 420), pixels=(30, 22)))
    sheet.texts.append(Text(160, 430, "Figure 1: A photograph of the site."))
    body(sheet, 480)
    [region] = figures_of(sheet)
    assert region.sub_type is SubType.IMAGE
    assert close(region.rect, Rect(150, 200, 450, 420))
    assert region.title == "Figure 1: A photograph of the site."


def test_logo_beside_the_company_name() -> None:
    sheet = Sheet()
    sheet.pictures.append(Picture(Rect(50, 40, 110, 90)))
    sheet.texts.append(Text(120, 55, "Acme Industries", size=18))
    body(sheet, 150)
    [region] = figures_of(sheet)
    assert region.sub_type is SubType.LOGO


def test_full_page_scan_is_not_a_figure() -> None:
    sheet = Sheet(pictures=[Picture(Rect(0, 0, 612, 792), pixels=(50, 64))])
    assert figures_of(sheet) == []


def test_icons_are_not_figures() -> None:
    sheet = Sheet()
    body(sheet, 100, lines=8)
    sheet.pictures += [Picture(Rect(60, 100 + 13 * i, 68, 108 + 13 * i)) for i in range(8)]
    assert figures_of(sheet) == []


def vector_bar_chart(sheet: Sheet) -> None:
    """Axes with outward ticks, four filled bars, tick labels and a caption."""
    left, base, right, top = 150.0, 450.0, 450.0, 250.0
    sheet.line(left, base, right, base)
    sheet.line(left, top, left, base)
    for i, value in enumerate((80, 150, 110, 190)):
        x = left + 20 + 70 * i
        h = sheet.height
        sheet.drawing.append(f"{x:.2f} {h - base:.2f} 40 {value} re f")
        sheet.line(x + 20, base, x + 20, base + 4)
        sheet.texts.append(Text(x + 10, base + 7, f"Q{i + 1}", size=8))
    for i, label in enumerate(("200", "100", "0")):
        y = top + 100 * i
        sheet.line(left - 4, y, left, y)
        sheet.texts.append(Text(left - 22, y - 4, label, size=8))
    sheet.texts.append(Text(160, 490, "Figure 2: Sales by quarter", size=10))


def test_vector_bar_chart() -> None:
    sheet = Sheet()
    body(sheet, 100)
    vector_bar_chart(sheet)
    body(sheet, 540)
    [region] = figures_of(sheet)
    assert region.sub_type is SubType.CHART
    assert region.title == "Figure 2: Sales by quarter"
    # The chart takes its tick labels ("0".."200" on the left, "Q1".."Q4" below) with it.
    assert region.rect.x0 < 150 - 15 and region.rect.bottom > 450 + 10
    assert region.rect.bottom < 490 and region.rect.top >= 100 + 13 * 4


def test_vector_line_chart() -> None:
    """Axes with outward ticks and a plotted series. (Page graphics keep straight rulings only,
    so the ticks carry the evidence here; the series alone is tested on hand-built graphics.)"""
    sheet = Sheet()
    left, base, right, top = 100.0, 600.0, 500.0, 350.0
    sheet.line(left, base, right, base)
    sheet.line(left, top, left, base)
    for i in range(1, 6):
        sheet.line(left + 80 * i, base, left + 80 * i, base + 4)
    points = [(left + 40 * i, base - 20 - (37 * i) % 200) for i in range(10)]
    h = sheet.height
    path = " ".join(
        f"{x:.2f} {h - y:.2f} {'m' if i == 0 else 'l'}" for i, (x, y) in enumerate(points)
    )
    sheet.drawing.append(path + " S")
    [region] = figures_of(sheet)
    assert region.sub_type is SubType.CHART


def test_ruled_table_is_not_a_figure() -> None:
    sheet = Sheet()
    rows = [300 + 20 * i for i in range(7)]
    cols = [80, 200, 320, 440, 540]
    for y in rows:
        sheet.line(cols[0], y, cols[-1], y)
    for x in cols:
        sheet.line(x, rows[0], x, rows[-1])
    for r in range(6):
        for c in range(4):
            sheet.texts.append(Text(cols[c] + 6, rows[r] + 5, f"Item {r}-{c}: 1,234"))
    assert figures_of(sheet) == []


def test_shaded_form_is_not_a_figure() -> None:
    """A page background and check boxes beside answers: a form, not a drawing."""
    sheet = Sheet()
    sheet.drawing.append("0.9 0.9 1 rg 0 0 612 792 re f 1 1 1 rg")
    for i in range(10):
        sheet.box(Rect(80, 200 + 20 * i, 88, 208 + 20 * i))
        sheet.texts.append(Text(96, 199 + 20 * i, f"Answer option {i}"))
    assert figures_of(sheet) == []
