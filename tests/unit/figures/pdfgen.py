"""One-page PDFs with text, vector drawing and placed images, written from scratch.

Positions are points from the page's top-left corner, as the detectors see them; the writer
turns them into PDF user space. Drawing is given as raw content-stream operators (`m`, `l`, `S`,
`re`, `f`) in user space, so a test says exactly what is painted. Images are uncompressed RGB
XObjects, so no imaging library is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openbda import samples
from openbda.document.regions import Rect


@dataclass(frozen=True)
class Text:
    x: float
    top: float
    text: str
    size: float = 10.0


@dataclass(frozen=True)
class Picture:
    rect: Rect
    pixels: tuple[int, int] = (8, 8)
    rgb: tuple[int, int, int] = (200, 60, 40)


@dataclass
class Sheet:
    width: float = 612.0
    height: float = 792.0
    texts: list[Text] = field(default_factory=list)
    drawing: list[str] = field(default_factory=list)  # content-stream operators, user space
    pictures: list[Picture] = field(default_factory=list)

    def line(self, x0: float, top0: float, x1: float, top1: float) -> None:
        """A stroked line between two points given from the top-left corner."""
        h = self.height
        self.drawing.append(f"{x0:.2f} {h - top0:.2f} m {x1:.2f} {h - top1:.2f} l S")

    def box(self, rect: Rect, fill: bool = True) -> None:
        h = self.height
        op = "f" if fill else "S"
        self.drawing.append(
            f"{rect.x0:.2f} {h - rect.bottom:.2f} {rect.width:.2f} {rect.height:.2f} re {op}"
        )


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(sheet: Sheet) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    images = []
    for pic in sheet.pictures:
        w, h = pic.pixels
        data = bytes(pic.rgb) * (w * h)
        images.append(
            add(
                b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                b"/BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream"
                % (w, h, len(data), data)
            )
        )
    parts = [b"0.2 0.2 0.6 RG 0.4 0.5 0.8 rg 1 w"]
    parts += [op.encode() for op in sheet.drawing]
    for i, pic in enumerate(sheet.pictures):
        r = pic.rect
        parts.append(
            b"q %.2f 0 0 %.2f %.2f %.2f cm /Im%d Do Q"
            % (r.width, r.height, r.x0, sheet.height - r.bottom, i)
        )
    parts.append(b"0 g")
    for t in sheet.texts:
        baseline = sheet.height - (t.top + t.size * 0.8)
        parts.append(
            b"BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET"
            % (t.size, t.x, baseline, _escape(t.text))
        )
    stream = b"\n".join(parts)
    content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    xobjects = b" ".join(b"/Im%d %d 0 R" % (i, oid) for i, oid in enumerate(images))
    page = add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
        b"/Resources << /Font << /F1 %d 0 R >> /XObject << %s >> >> /Contents %d 0 R >>"
        % (pages, sheet.width, sheet.height, font, xobjects, content)
    )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objects[pages - 1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    return samples.write_pdf(objects, root=catalog)
