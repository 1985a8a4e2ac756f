"""Small born-digital PDFs written from scratch: the demo's input and the tests' fixtures.

Writing the PDF syntax directly keeps these free of any PDF-writing dependency and makes every
byte deterministic."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextRun:
    text: str
    x: float  # points from the left edge
    y: float  # points from the bottom edge (PDF's own origin)
    size: float = 11.0
    bold: bool = False


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(
    pages: list[list[TextRun]], *, width: float = 612, height: float = 792, rotate: int = 0
) -> bytes:
    """A PDF with one page per list of text runs, in Helvetica / Helvetica-Bold."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below, once the page tree's number is known
    pages_obj = add(b"")
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>")
    kids: list[int] = []
    for runs in pages:
        ops = []
        for run in runs:
            font = "/F2" if run.bold else "/F1"
            ops.append(
                f"BT {font} {run.size:g} Tf {run.x:g} {run.y:g} Td ({_escape(run.text)}) Tj ET"
            )
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page = add(
            (
                f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {width:g} {height:g}] "
                f"/Rotate {rotate} /Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> >> "
                f"/Contents {content} 0 R >>"
            ).encode()
        )
        kids.append(page)
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    kid_refs = " ".join(f"{k} 0 R" for k in kids)
    objects[pages_obj - 1] = f"<< /Type /Pages /Kids [{kid_refs}] /Count {len(kids)} >>".encode()

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)


def sample_invoice_pdf() -> bytes:
    """A one-page invoice-like document: title, section headers, paragraphs, page number."""
    runs = [
        TextRun("Northwind Supplies Ltd.", 72, 720, 22, bold=True),
        TextRun("Invoice INV-2041", 72, 690, 14, bold=True),
        TextRun("Issued 12 March 2026 to Contoso Analytics, 1 Harbour Road, Leith.", 72, 668),
        TextRun("Payment is due within 30 days of the invoice date.", 72, 653),
        TextRun("Items", 72, 620, 14, bold=True),
        TextRun("Forty reams of recycled copy paper were delivered on 10 March.", 72, 598),
        TextRun("Twelve toner cartridges were delivered on 11 March.", 72, 583),
        TextRun("Total due: 429.99 GBP", 72, 550, 12, bold=True),
        TextRun("1", 300, 40, 9),
    ]
    return make_pdf([runs])
