"""Hand-written PDFs with text and drawings, for the table tests.

Like `openbda.samples`, positions are given on the *displayed* page (after /Rotate), origin
top-left, in points; the writer turns them into user space. Drawings are written with the
plain path operators (`m`/`l`/`S`, `re`/`f`/`S`), optionally wrapped in a Form XObject with a
translating /Matrix, and images as tiny grey Image XObjects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from openbda.samples import write_pdf

FONTS = {"F1": b"Helvetica", "F2": b"Helvetica-Bold", "F3": b"Courier"}


@dataclass(frozen=True)
class Text:
    x: float
    top: float
    text: str
    size: float = 10.0
    bold: bool = False
    mono: bool = False


@dataclass(frozen=True)
class Stroke:
    """A straight line from (x0, y0) to (x1, y1)."""

    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5


@dataclass(frozen=True)
class Box:
    """A rectangle: filled with grey `fill` (0 black .. 1 white) and/or outlined."""

    x0: float
    top: float
    x1: float
    bottom: float
    fill: float | None = None
    stroke: bool = False


@dataclass(frozen=True)
class Image:
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Sheet:
    """One page; `width`/`height` are the unrotated media box, as written in the file."""

    width: float = 612.0
    height: float = 792.0
    texts: list[Text] = field(default_factory=list)
    strokes: list[Stroke] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    rotate: int = 0
    origin: tuple[float, float] = (0.0, 0.0)
    # Draw the strokes and boxes inside a Form XObject placed with a translation.
    in_form: bool = False


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _user(sheet: Sheet, x: float, y: float) -> tuple[float, float]:
    left, bottom = sheet.origin
    right, top = left + sheet.width, bottom + sheet.height
    rotate = sheet.rotate % 360
    if rotate == 90:
        return left + y, bottom + x
    if rotate == 180:
        return right - x, bottom + y
    if rotate == 270:
        return right - y, top - x
    return left + x, top - y


def _text_matrix(sheet: Sheet) -> tuple[int, int, int, int]:
    return {0: (1, 0, 0, 1), 90: (0, 1, -1, 0), 180: (-1, 0, 0, -1), 270: (0, -1, 1, 0)}[
        sheet.rotate % 360
    ]


def _rect_user(sheet: Sheet, x0: float, top: float, x1: float, bottom: float) -> bytes:
    (ax, ay), (bx, by) = _user(sheet, x0, top), _user(sheet, x1, bottom)
    return b"%.3f %.3f %.3f %.3f re" % (min(ax, bx), min(ay, by), abs(bx - ax), abs(by - ay))


def _drawing(sheet: Sheet, shift: tuple[float, float]) -> bytes:
    """Path operators for the sheet's strokes and boxes; `shift` is subtracted from user-space
    coordinates (the Form XObject's /Matrix adds it back)."""
    dx, dy = shift
    parts = []
    for box in sheet.boxes:
        (ax, ay), (bx, by) = _user(sheet, box.x0, box.top), _user(sheet, box.x1, box.bottom)
        rect = b"%.3f %.3f %.3f %.3f re" % (
            min(ax, bx) - dx,
            min(ay, by) - dy,
            abs(bx - ax),
            abs(by - ay),
        )
        if box.fill is not None:
            parts.append(b"%.2f g %s f" % (box.fill, rect))
        if box.stroke:
            parts.append(b"0 G 0.5 w %s S" % rect)
    for s in sheet.strokes:
        (ax, ay), (bx, by) = _user(sheet, s.x0, s.y0), _user(sheet, s.x1, s.y1)
        parts.append(
            b"0 G %.2f w %.3f %.3f m %.3f %.3f l S" % (s.width, ax - dx, ay - dy, bx - dx, by - dy)
        )
    return b"\n".join(parts)


def _texts(sheet: Sheet) -> bytes:
    a, b, c, d = _text_matrix(sheet)
    parts = [b"0 g"]
    for t in sheet.texts:
        ux, uy = _user(sheet, t.x, t.top + t.size * 0.8)
        parts.append(
            b"BT /%s %.2f Tf %d %d %d %d %.2f %.2f Tm (%s) Tj ET"
            % (_font(t), t.size, a, b, c, d, ux, uy, _escape(t.text))
        )
    return b"\n".join(parts)


def _font(text: Text) -> bytes:
    return b"F3" if text.mono else (b"F2" if text.bold else b"F1")


def _images(sheet: Sheet) -> bytes:
    parts = []
    for image in sheet.images:
        (ax, ay), (bx, by) = _user(sheet, image.x0, image.top), _user(sheet, image.x1, image.bottom)
        parts.append(
            b"q %.3f 0 0 %.3f %.3f %.3f cm /Im1 Do Q"
            % (abs(bx - ax), abs(by - ay), min(ax, bx), min(ay, by))
        )
    return b"\n".join(parts)


def make_pdf(sheets: Sequence[Sheet]) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(dictionary: bytes, data: bytes) -> int:
        return add(b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dictionary, len(data), data))

    catalog = add(b"")
    pages_obj = add(b"")
    font_ids = {
        name: add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base
        )
        for name, base in FONTS.items()
    }
    fonts = b" ".join(b"/%s %d 0 R" % (name.encode(), oid) for name, oid in font_ids.items())
    image = stream(
        b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8",
        b"\x20\xe0\xe0\x20",
    )
    kids = []
    for sheet in sheets:
        xobjects = b"/Im1 %d 0 R" % image
        if sheet.in_form:
            shift = (37.0, 53.0)
            form = stream(
                b"/Type /XObject /Subtype /Form /BBox [-5000 -5000 5000 5000] "
                b"/Matrix [1 0 0 1 %.1f %.1f]" % shift,
                _drawing(sheet, shift),
            )
            xobjects += b" /Fm1 %d 0 R" % form
            drawing = b"q /Fm1 Do Q"
        else:
            drawing = _drawing(sheet, (0.0, 0.0))
        content = stream(b"", b"\n".join([drawing, _images(sheet), _texts(sheet)]))
        ox, oy = sheet.origin
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [%.2f %.2f %.2f %.2f] /Rotate %d "
                b"/Resources << /Font << %s >> /XObject << %s >> >> /Contents %d 0 R >>"
                % (
                    pages_obj,
                    ox,
                    oy,
                    ox + sheet.width,
                    oy + sheet.height,
                    sheet.rotate,
                    fonts,
                    xobjects,
                    content,
                )
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return write_pdf(objects, root=catalog)


# --- table layouts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Where a table's cells go: column left edges (plus the right edge) and row tops (plus the
    bottom), in displayed points."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    size: float = 10.0

    def texts(self, cells: Sequence[Sequence[str]], bold_rows: int = 0) -> list[Text]:
        out = []
        for r, row in enumerate(cells):
            top = self.ys[r] + (self.ys[r + 1] - self.ys[r] - self.size) / 2
            for c, text in enumerate(row):
                if text:
                    out.append(Text(self.xs[c] + 4, top, text, self.size, bold=r < bold_rows))
        return out

    def grid(self) -> list[Stroke]:
        left, right, top, bottom = self.xs[0], self.xs[-1], self.ys[0], self.ys[-1]
        return [Stroke(left, y, right, y) for y in self.ys] + [
            Stroke(x, top, x, bottom) for x in self.xs
        ]

    def booktabs(self, header_rows: int = 1) -> list[Stroke]:
        left, right = self.xs[0], self.xs[-1]
        ys = (self.ys[0], self.ys[header_rows], self.ys[-1])
        return [Stroke(left, y, right, y, width=0.8) for y in ys]
