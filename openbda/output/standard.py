"""Standard output `result.json` for a document segment, rendered from a `Document`.

Pure: the same document, settings, segment and `id_seed` always give the same object, including
every id (uuid5 of the seed and the item's position), so a re-run job rewrites identical files.

Top-level key order is BDA's: metadata, document, pages, elements, text_lines, text_words; each
part is present only when its granularity is selected.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from openbda.document.model import BoundingBox, Document, Element, ElementType, Page, SubType
from openbda.output.representation import FORMAT_KEYS, element_representation
from openbda.output.settings import DocumentOutputSettings

# Fixed namespace for every id this renderer mints: uuid5(NAMESPACE_URL, "openbda:standard-output").
ID_NAMESPACE = uuid.UUID("c58b0736-e076-5792-805c-ef298ad4aa7c")

# BDA renders pages for its rectified images at about 300 dpi.
RECTIFIED_DPI = 300
# A page that would exceed this many pixels at 300 dpi is rendered smaller, keeping its shape, so
# one image stays within a worker's memory: pages may measure up to 9000 points a side, which is
# 37500 pixels at 300 dpi. 40 megapixels still holds A2 at full resolution.
MAX_RECTIFIED_PIXELS = 40_000_000


@dataclass(frozen=True)
class SegmentInfo:
    """One segment (logical sub-document) of one input asset."""

    asset_id: int
    segment_index: int
    s3_bucket: str
    s3_key: str
    start_page_index: int
    end_page_index: int
    # `s3://.../standard_output/<seg>/assets` when additional files are written; None otherwise.
    assets_uri: str | None = None


def render_document_result(
    doc: Document,
    settings: DocumentOutputSettings,
    segment: SegmentInfo,
    *,
    id_seed: str,
) -> dict[str, Any]:
    ids = _Ids(id_seed)
    pages = doc.pages_in(segment.start_page_index, segment.end_page_index)
    formats = settings.text_formats
    page_formats = [f for f in formats if f != "CSV"]
    files = segment.assets_uri if settings.additional_files else None

    rendered_elements: list[dict[str, Any]] = []
    rendered_pages: list[dict[str, Any]] = []
    page_texts: list[dict[str, str]] = []
    lines_out: list[dict[str, Any]] = []
    words_out: list[dict[str, Any]] = []
    for page in pages:
        element_reps = []
        for order, element in enumerate(page.elements):
            element_id = element_id_of(id_seed, page.index, order)
            rep = element_representation(
                element, element_id, formats, generative=settings.generative_field
            )
            element_reps.append(rep)
            if settings.wants("ELEMENT"):
                rendered_elements.append(
                    _element(element, element_id, order, rep, settings, files, ids)
                )
        page_rep = _page_representation(element_reps, page_formats)
        page_texts.append(page_rep)
        page_lines: list[dict[str, Any]] = []
        page_words: list[dict[str, Any]] = []
        if settings.wants("LINE") or settings.wants("WORD"):
            page_lines, page_words = _lines_and_words(page, settings.bounding_box, ids)
            lines_out += page_lines
            words_out += page_words
        if settings.wants("PAGE"):
            stats = _statistics(page.elements, len(page_words), len(page_lines), settings)
            rendered_pages.append(
                {
                    "id": ids.of("page", page.index),
                    "page_index": page.index,
                    "representation": page_rep,
                    "statistics": stats,
                    "asset_metadata": _asset_metadata(page, files),
                }
            )

    document: dict[str, Any] = {}
    if settings.wants("DOCUMENT"):
        document["representation"] = _document_representation(page_texts, page_formats)
    if settings.generative_field:
        if doc.description is not None:
            document["description"] = doc.description
        if doc.summary is not None:
            document["summary"] = doc.summary
    all_elements = [e for p in pages for e in p.elements]
    document["statistics"] = _statistics(all_elements, len(words_out), len(lines_out), settings)

    result: dict[str, Any] = {
        "metadata": {
            "asset_id": str(segment.asset_id),
            "logical_subdocument_id": str(segment.segment_index),
            "semantic_modality": "DOCUMENT",
            "s3_bucket": segment.s3_bucket,
            "s3_key": segment.s3_key,
            "number_of_pages": len(pages),
            "start_page_index": segment.start_page_index,
            "end_page_index": segment.end_page_index,
            "file_type": doc.file_type,
        },
        "document": document,
    }
    if settings.wants("PAGE"):
        result["pages"] = rendered_pages
    if settings.wants("ELEMENT"):
        result["elements"] = rendered_elements
    if settings.wants("LINE"):
        result["text_lines"] = lines_out
    if settings.wants("WORD"):
        result["text_words"] = words_out
    return result


def element_id_of(id_seed: str, page_index: int, order: int) -> str:
    """The id of the element at `order` on page `page_index`; crop images are named after it."""
    return _Ids(id_seed).of("element", page_index, order)


def table_csv_id_of(id_seed: str, page_index: int, order: int) -> str:
    """The name (without `.csv`) of a table's CSV asset; BDA's differs from the element id."""
    return _Ids(id_seed).of("table-csv", page_index, order)


def rectified_image_size(page: Page) -> tuple[int, int]:
    """Width and height in pixels of the page's rectified image: about 300 dpi, scaled down to
    `MAX_RECTIFIED_PIXELS` for very large pages."""
    width = page.width_pt * RECTIFIED_DPI / 72
    height = page.height_pt * RECTIFIED_DPI / 72
    shrink = min(1.0, (MAX_RECTIFIED_PIXELS / (width * height)) ** 0.5)
    return max(1, round(width * shrink)), max(1, round(height * shrink))


class _Ids:
    """Deterministic UUID strings: uuid5 of the seed and a path naming the item's position."""

    def __init__(self, seed: str) -> None:
        self.seed = seed

    def of(self, kind: str, *position: int) -> str:
        path = "/".join([self.seed, kind, *(str(p) for p in position)])
        return str(uuid.uuid5(ID_NAMESPACE, path))


def _statistics(
    elements: list[Element] | tuple[Element, ...],
    word_count: int,
    line_count: int,
    settings: DocumentOutputSettings,
) -> dict[str, int]:
    stats: dict[str, int] = {}
    if settings.wants("ELEMENT"):
        stats["element_count"] = len(elements)
        stats["table_count"] = sum(e.type is ElementType.TABLE for e in elements)
        stats["figure_count"] = sum(e.type is ElementType.FIGURE for e in elements)
    if settings.wants("WORD"):
        stats["word_count"] = word_count
    if settings.wants("LINE"):
        stats["line_count"] = line_count
    return stats


def _page_representation(element_reps: list[dict[str, str]], formats: list[str]) -> dict[str, str]:
    """Element representations of the page in reading order, blank-line separated, empty ones
    skipped, trailing white space trimmed."""
    out = {}
    for fmt in formats:
        key = FORMAT_KEYS[fmt]
        parts = [rep[key] for rep in element_reps if rep.get(key)]
        out[key] = "\n\n".join(parts).rstrip()
    return out


def _document_representation(page_reps: list[dict[str, str]], formats: list[str]) -> dict[str, str]:
    """Pages joined by one space for text and markdown (an empty page still adds its space),
    concatenated for html."""
    out = {}
    for fmt in formats:
        key = FORMAT_KEYS[fmt]
        separator = "" if fmt == "HTML" else " "
        out[key] = separator.join(rep.get(key, "") for rep in page_reps)
    return out


def _location(page_index: int, box: BoundingBox, with_box: bool) -> dict[str, Any]:
    if not with_box:
        return {"page_index": page_index}
    return {
        "page_index": page_index,
        "bounding_box": {
            "left": box.left,
            "top": box.top,
            "width": box.width,
            "height": box.height,
        },
    }


def _element(
    element: Element,
    element_id: str,
    order: int,
    representation: dict[str, str],
    settings: DocumentOutputSettings,
    files: str | None,
    ids: _Ids,
) -> dict[str, Any]:
    locations = [_location(element.page_index, element.box, settings.bounding_box)]
    if element.type is ElementType.TABLE:
        # Real TABLE elements carry neither sub_type nor page_indices.
        out: dict[str, Any] = {
            "id": element_id,
            "type": "TABLE",
            "title": element.title,
            "headers": list(element.headers) or [""] * element.column_count,
            "footers": list(element.footers),
            "reading_order": order,
            "locations": locations,
            "representation": representation,
        }
        if files is not None:
            out["crop_images"] = [f"{files}/{element_id}.png"]
            csv_id = table_csv_id_of(ids.seed, element.page_index, order)
            out["csv_s3_uri"] = f"{files}/{csv_id}.csv"
        return out
    if element.type is ElementType.FIGURE:
        sub_type = element.sub_type or SubType.IMAGE
        out = {
            "id": element_id,
            "type": "FIGURE",
            "sub_type": str(sub_type),
            "title": element.title,
        }
        if settings.generative_field:
            out["summary"] = element.summary or ""
        out["reading_order"] = order
        if sub_type is not SubType.CHART:
            # Real CHART figures carry no page_indices; other figures do.
            out["page_indices"] = [element.page_index]
        out["locations"] = locations
        out["representation"] = representation
        if files is not None:
            out["crop_images"] = [f"{files}/{element_id}.png"]
        return out
    return {
        "id": element_id,
        "type": "TEXT",
        "sub_type": str(element.sub_type or SubType.PARAGRAPH),
        "reading_order": order,
        "page_indices": [element.page_index],
        "locations": locations,
        "representation": representation,
    }


def _asset_metadata(page: Page, files: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if files is not None:
        out["rectified_image"] = f"{files}/rectified_image_{page.index}.png"
    width, height = rectified_image_size(page)
    out["rectified_image_width_pixels"] = width
    out["rectified_image_height_pixels"] = height
    out["corners"] = [list(corner) for corner in page.corners]
    return out


def _lines_and_words(
    page: Page, with_box: bool, ids: _Ids
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`text_lines` and `text_words` entries of one page; reading order restarts per page."""
    lines: list[dict[str, Any]] = []
    words: list[dict[str, Any]] = []
    for line_order, line in enumerate(page.lines):
        line_id = ids.of("line", page.index, line_order)
        lines.append(
            {
                "id": line_id,
                "text": line.text,
                "reading_order": line_order,
                "page_index": page.index,
                "locations": [_location(page.index, line.box, with_box)],
                "confidence": line.confidence,
            }
        )
        for word in line.words:
            word_order = len(words)
            words.append(
                {
                    "id": ids.of("word", page.index, word_order),
                    "line_id": line_id,
                    "text": word.text,
                    "reading_order": word_order,
                    "page_index": page.index,
                    "locations": [_location(page.index, word.box, with_box)],
                }
            )
    return lines, words
