"""What a PDF page draws besides text — straight lines (ruling lines, and the slanted pieces of
line charts), filled rectangles and placed images — in displayed coordinates (points, origin
top-left, after /Rotate), for the table and figure detectors.

Reading is cheap on pages without graphics: text objects are skipped after one type query, and a
path that is thin in one direction (the usual ruling line or thin filled bar) is read from its
bounds alone, without asking pdfium for its points. Form XObjects are followed with their
transforms because producers (Word, InDesign, report generators) often wrap whole tables in one.
A page drawn with very many objects is a picture or a map rather than a table, so reading stops
at a budget instead of spending seconds there.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from openbda.document.regions import PageGraphics, Rect, Segment

# (a, b, c, d, e, f): x' = a*x + c*y + e, y' = b*x + d*y + f, as in PDF matrices.
Affine = tuple[float, float, float, float, float, float]

# A filled rectangle at most this thick (points) is drawn as a ruling line, not as shading.
THIN = 3.0
# Shorter pieces are dots, tick marks or glyph fragments, not rulings.
MIN_SEGMENT = 1.0
# A filled rectangle covering this share of the page is a background, not cell shading.
BACKGROUND_SHARE = 0.5
# Forms nested deeper than this are drawing machinery (patterns, logos), not tables.
MAX_FORM_DEPTH = 4
# Objects and path segments looked at per page before reading stops.
OBJECT_BUDGET = 20000
SEGMENT_BUDGET = 60000

_EPS = 1e-6
# A piece whose ends differ this little (points) across its direction is horizontal/vertical.
_SNAP = 0.5
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
_IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
_FORM = pdfium_c.FPDF_PAGEOBJ_FORM
_LINETO = pdfium_c.FPDF_SEGMENT_LINETO
_MOVETO = pdfium_c.FPDF_SEGMENT_MOVETO


def display_transform(page: pdfium.PdfPage) -> tuple[Affine, float, float]:
    """The map from PDF user space to the displayed page, and the displayed width and height.

    Mirrors the text reader in `pdf.py`: the crop box's corner is the origin and /Rotate turns
    the page clockwise.
    """
    left, bottom, right, top = page.get_cropbox()
    cl, cb, cr, ct = min(left, right), min(bottom, top), max(left, right), max(bottom, top)
    width, height = cr - cl, ct - cb
    rotation = page.get_rotation() % 360
    if rotation == 90:
        return (0.0, 1.0, 1.0, 0.0, -cb, -cl), height, width
    if rotation == 180:
        return (-1.0, 0.0, 0.0, 1.0, cr, -cb), width, height
    if rotation == 270:
        return (0.0, -1.0, -1.0, 0.0, ct, cr), height, width
    return (1.0, 0.0, 0.0, -1.0, -cl, ct), width, height


def read_graphics(page: pdfium.PdfPage) -> PageGraphics:
    """Rulings, filled rectangles and image rectangles of `page`, clipped to the displayed page."""
    transform, width, height = display_transform(page)
    reader = _Reader(width, height)
    handle = page.raw
    count = pdfium_c.FPDFPage_CountObjects(handle)
    reader.walk((pdfium_c.FPDFPage_GetObject(handle, i) for i in range(count)), transform, 0)
    return reader.graphics


def _compose(outer: Affine, inner: Affine) -> Affine:
    """`outer` after `inner`."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a2 * a1 + c2 * b1,
        b2 * a1 + d2 * b1,
        a2 * c1 + c2 * d1,
        b2 * c1 + d2 * d1,
        a2 * e1 + c2 * f1 + e2,
        b2 * e1 + d2 * f1 + f2,
    )


def _axis_aligned(m: Affine) -> bool:
    """Whether `m` keeps horizontal and vertical lines horizontal and vertical."""
    return (abs(m[1]) < _EPS and abs(m[2]) < _EPS) or (abs(m[0]) < _EPS and abs(m[3]) < _EPS)


def _apply(m: Affine, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


class _Reader:
    """Walks page objects once, collecting graphics; pdfium out-parameters are allocated once."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.graphics = PageGraphics()
        self.objects_left = OBJECT_BUDGET
        self.segments_left = SEGMENT_BUDGET
        self.matrix = pdfium_c.FS_MATRIX()
        self.floats = [ctypes.c_float() for _ in range(4)]
        self.ints = [ctypes.c_int() for _ in range(2)]
        self.channels = [ctypes.c_uint() for _ in range(4)]

    # --- traversal ---------------------------------------------------------------------------

    def walk(self, objects: Iterator[ctypes.c_void_p], container: Affine, depth: int) -> None:
        """Visit `objects`, whose coordinates `container` maps to the displayed page."""
        for obj in objects:
            if self.objects_left <= 0:
                return
            self.objects_left -= 1
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == _PATH:
                self._path(obj, container)
            elif kind == _IMAGE:
                self._image(obj, container)
            elif kind == _FORM and depth < MAX_FORM_DEPTH:
                inner = _compose(container, self._matrix(obj))
                count = pdfium_c.FPDFFormObj_CountObjects(obj)
                children = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count))
                self.walk(children, inner, depth + 1)

    def _matrix(self, obj: ctypes.c_void_p) -> Affine:
        m = self.matrix
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
            return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def _bounds(self, obj: ctypes.c_void_p, container: Affine) -> Rect | None:
        """The object's bounds on the displayed page (pdfium gives them in container space)."""
        left, bottom, right, top = self.floats
        if not pdfium_c.FPDFPageObj_GetBounds(
            obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
        ):
            return None
        x0, y0 = _apply(container, left.value, bottom.value)
        x1, y1 = _apply(container, right.value, top.value)
        return Rect(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    # --- images ------------------------------------------------------------------------------

    def _image(self, obj: ctypes.c_void_p, container: Affine) -> None:
        # An image fills the unit square of its matrix; the four corners give its placement
        # even when it is rotated.
        m = _compose(container, self._matrix(obj))
        corners = [_apply(m, x, y) for x, y in ((0, 0), (1, 0), (1, 1), (0, 1))]
        rect = self._clip(
            min(c[0] for c in corners),
            min(c[1] for c in corners),
            max(c[0] for c in corners),
            max(c[1] for c in corners),
        )
        if rect is not None and rect.width >= MIN_SEGMENT and rect.height >= MIN_SEGMENT:
            self.graphics.images.append(rect)

    # --- paths -------------------------------------------------------------------------------

    def _path(self, obj: ctypes.c_void_p, container: Affine) -> None:
        fill_mode, stroke = self.ints
        if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)):
            return
        filled = fill_mode.value != pdfium_c.FPDF_FILLMODE_NONE and self._visible_fill(obj)
        stroked = bool(stroke.value)
        if not (filled or stroked):
            return  # a clipping path or an invisible shape
        transform = _compose(container, self._matrix(obj))
        count = pdfium_c.FPDFPath_CountSegments(obj)
        if count <= 0:
            return
        aligned = _axis_aligned(transform)
        if not aligned and not stroked:
            return  # a filled shape drawn rotated: neither a ruling nor cell shading
        if aligned:
            bounds = self._bounds(obj, container)
            if bounds is None:
                return
            if (bounds.width <= THIN or bounds.height <= THIN) and count <= 8:
                # A line, or a thin bar drawn as a rectangle: its bounds say all there is.
                self._thin(bounds)
                return
        self.segments_left -= count
        if self.segments_left < 0:
            return
        for points, closed in self._subpaths(obj, transform, count, curves=stroked):
            rect = _as_rectangle(points) if aligned and (closed or filled) else None
            if rect is not None:
                self._rectangle(rect, filled=filled, stroked=stroked)
            elif stroked:
                self._polyline(points, closed)

    def _visible_fill(self, obj: ctypes.c_void_p) -> bool:
        r, g, b, a = self.channels
        if not pdfium_c.FPDFPageObj_GetFillColor(
            obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)
        ):
            return True
        return a.value > 0

    def _subpaths(
        self, obj: ctypes.c_void_p, transform: Affine, count: int, *, curves: bool
    ) -> Iterator[tuple[list[tuple[float, float]], bool]]:
        """Straight-line subpaths in displayed coordinates. A curve ends the current run, since
        rulings are straight; unless `curves`, it ends the whole path: a filled shape with curves
        is a glyph, logo or chart, and its remaining points need not be read."""
        x, y = self.floats[0], self.floats[1]
        xr, yr = ctypes.byref(x), ctypes.byref(y)
        a, b, c, d, e, f = transform
        get_segment = pdfium_c.FPDFPath_GetPathSegment
        get_type = pdfium_c.FPDFPathSegment_GetType
        get_point = pdfium_c.FPDFPathSegment_GetPoint
        get_close = pdfium_c.FPDFPathSegment_GetClose
        points: list[tuple[float, float]] = []
        for index in range(count):
            segment = get_segment(obj, index)
            if not segment:
                continue
            kind = get_type(segment)
            if kind != _LINETO and kind != _MOVETO and not curves:
                break
            if not get_point(segment, xr, yr):
                continue
            px, py = x.value, y.value
            point = (a * px + c * py + e, b * px + d * py + f)
            if kind == _LINETO:
                points.append(point)
            else:  # a move, or a curve that breaks the straight run
                if len(points) > 1:
                    yield points, False
                points = [point]
            if get_close(segment):
                if len(points) > 1:
                    yield points, True
                points = [points[0]] if points else []
        if len(points) > 1:
            yield points, False

    def _thin(self, rect: Rect) -> None:
        if rect.width >= rect.height:
            y = (rect.top + rect.bottom) / 2
            self._segment(rect.x0, y, rect.x1, y)
        else:
            x = (rect.x0 + rect.x1) / 2
            self._segment(x, rect.top, x, rect.bottom)

    def _rectangle(self, rect: Rect, *, filled: bool, stroked: bool) -> None:
        if rect.width <= THIN or rect.height <= THIN:
            self._thin(rect)
            return
        if stroked:
            self._segment(rect.x0, rect.top, rect.x1, rect.top)
            self._segment(rect.x0, rect.bottom, rect.x1, rect.bottom)
            self._segment(rect.x0, rect.top, rect.x0, rect.bottom)
            self._segment(rect.x1, rect.top, rect.x1, rect.bottom)
        if filled:
            clipped = self._clip(rect.x0, rect.top, rect.x1, rect.bottom)
            if clipped is None:
                return
            if clipped.width * clipped.height >= BACKGROUND_SHARE * self.width * self.height:
                return  # a page or panel background
            self.graphics.filled.append(clipped)

    def _polyline(self, points: list[tuple[float, float]], closed: bool) -> None:
        # Every straight piece is kept, slanted ones too: a chart's plotted series is drawn so.
        ends = [*points, points[0]] if closed else points
        for (x0, y0), (x1, y1) in pairwise(ends):
            self._segment(x0, y0, x1, y1)

    def _segment(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Add a straight piece, snapped to horizontal or vertical when it nearly is one."""
        dx, dy = abs(x1 - x0), abs(y1 - y0)
        if dy <= _SNAP and dx >= dy:
            y = (y0 + y1) / 2
            if not 0 <= y <= self.height:
                return
            lo, hi = max(min(x0, x1), 0.0), min(max(x0, x1), self.width)
            if hi - lo >= MIN_SEGMENT:
                self.graphics.segments.append(Segment(lo, y, hi, y))
        elif dx <= _SNAP:
            x = (x0 + x1) / 2
            if not 0 <= x <= self.width:
                return
            lo, hi = max(min(y0, y1), 0.0), min(max(y0, y1), self.height)
            if hi - lo >= MIN_SEGMENT:
                self.graphics.segments.append(Segment(x, lo, x, hi))
        elif dx + dy >= MIN_SEGMENT and self._on_page(x0, y0, x1, y1):
            self.graphics.segments.append(Segment(x0, y0, x1, y1))

    def _on_page(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        return not (
            max(x0, x1) < 0
            or min(x0, x1) > self.width
            or max(y0, y1) < 0
            or min(y0, y1) > self.height
        )

    def _clip(self, x0: float, top: float, x1: float, bottom: float) -> Rect | None:
        x0, x1 = max(x0, 0.0), min(x1, self.width)
        top, bottom = max(top, 0.0), min(bottom, self.height)
        if x1 <= x0 or bottom <= top:
            return None
        return Rect(x0, top, x1, bottom)


def _as_rectangle(points: list[tuple[float, float]]) -> Rect | None:
    """The axis-aligned rectangle a closed run of 4 (or 5, repeating the first) points draws."""
    if len(points) == 5 and _near(points[0], points[4]):
        points = points[:4]
    if len(points) != 4:
        return None
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        if abs(x1 - x0) > 0.5 and abs(y1 - y0) > 0.5:
            return None  # a diagonal edge
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs), max(ys))


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) <= 0.5 and abs(a[1] - b[1]) <= 0.5
