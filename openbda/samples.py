"""Small born-digital PDFs written from scratch: the demo's input and the tests' fixtures.

It writes the bytes itself (standard-14 fonts, one content stream per page) so a test states
exactly where each line of text sits, rotates pages, shifts the media box or adds an /Encrypt
dictionary, without any PDF-writing dependency.

Positions are given as the page is *displayed* (after /Rotate), origin top-left, in points; the
generator turns them into user space and rotates the text so it reads upright on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

FONTS = {"F1": b"Helvetica", "F2": b"Helvetica-Bold"}


@dataclass(frozen=True)
class Run:
    """One line of text; its glyphs span about [top, top + size] on the displayed page."""

    x: float
    top: float
    text: str
    size: float = 11.0
    bold: bool = False


@dataclass
class PageSpec:
    """`width`/`height` are the *unrotated* media box size, as written in the file."""

    width: float = 612.0
    height: float = 792.0
    runs: list[Run] = field(default_factory=list)
    rotate: int = 0
    origin: tuple[float, float] = (0.0, 0.0)


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _user_space(page: PageSpec, x: float, y: float) -> tuple[float, float, tuple[int, ...]]:
    """Displayed (x, y) to user space, plus the text matrix's rotation part."""
    left, bottom = page.origin
    right, top = left + page.width, bottom + page.height
    rotate = page.rotate % 360
    if rotate == 90:
        return left + y, bottom + x, (0, 1, -1, 0)
    if rotate == 180:
        return right - x, bottom + y, (-1, 0, 0, -1)
    if rotate == 270:
        return right - y, top - x, (0, -1, 1, 0)
    return left + x, top - y, (1, 0, 0, 1)


def _content(page: PageSpec) -> bytes:
    parts = []
    for run in page.runs:
        font = b"F2" if run.bold else b"F1"
        ux, uy, (a, b, c, d) = _user_space(page, run.x, run.top + run.size * 0.8)
        parts.append(
            b"BT /%s %.2f Tf %d %d %d %d %.2f %.2f Tm (%s) Tj ET"
            % (font, run.size, a, b, c, d, ux, uy, _escape(run.text))
        )
    return b"\n".join(parts)


def make_pdf(pages: list[PageSpec], *, encrypt: bool = False) -> bytes:
    """Return the bytes of a PDF holding `pages`; `encrypt` adds a Standard security handler
    whose user password is not empty, so a reader needs a password to open it."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree exists
    pages_obj = add(b"")
    font_ids = {
        name: add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base
        )
        for name, base in FONTS.items()
    }
    fonts = b" ".join(b"/%s %d 0 R" % (name.encode(), oid) for name, oid in font_ids.items())
    kids = []
    for page in pages:
        stream = _content(page)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        ox, oy = page.origin
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [%.2f %.2f %.2f %.2f] /Rotate %d "
                b"/Resources << /Font << %s >> >> /Contents %d 0 R >>"
                % (
                    pages_obj,
                    ox,
                    oy,
                    ox + page.width,
                    oy + page.height,
                    page.rotate,
                    fonts,
                    content,
                )
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    trailer_extra = b""
    if encrypt:
        enc = add(
            b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 "
            b"/O <" + b"3a" * 32 + b"> /U <" + b"5c" * 32 + b"> >>"
        )
        trailer_extra = b"/Encrypt %d 0 R /ID [<%s> <%s>]" % (enc, b"01" * 16, b"01" * 16)
    return write_pdf(objects, root=catalog, trailer_extra=trailer_extra)


def write_pdf(objects: Sequence[bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """The file holding `objects` (the bodies of objects 1, 2, ...), with a correct
    cross-reference table and a trailer whose /Root is object `root`; `trailer_extra` holds
    further trailer entries, such as /Encrypt and /ID.

    The one place that lays out the file and counts byte offsets, for this module and for the
    tests' hand-written PDFs (tables, figures, hostile inputs), so each of them states only its
    objects and nothing can drift in how the offsets are counted.
    """
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    extra = b" " + trailer_extra if trailer_extra else b""
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        extra,
        xref,
    )
    return bytes(out)


def sample_invoice_pdf() -> bytes:
    """A one-page invoice-like document: title, section headers, paragraphs, page number."""
    runs = [
        Run(72, 60, "Northwind Supplies Ltd.", 22, bold=True),
        Run(72, 96, "Invoice INV-2041", 14, bold=True),
        Run(72, 120, "Issued 12 March 2026 to Contoso Analytics, 1 Harbour Road, Leith."),
        Run(72, 135, "Payment is due within 30 days of the invoice date."),
        Run(72, 166, "Items", 14, bold=True),
        Run(72, 190, "Forty reams of recycled copy paper were delivered on 10 March."),
        Run(72, 205, "Twelve toner cartridges were delivered on 11 March."),
        Run(72, 236, "Total due: 429.99 GBP", 12, bold=True),
        Run(300, 748, "1", 9),
    ]
    return make_pdf([PageSpec(runs=runs)])
