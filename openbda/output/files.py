"""The additional files of a document segment ("JSON+files": `additionalFileFormat` ENABLED).

Under `<asset>/standard_output/<segment>/`:
- `result.md`: the segment's markdown, the same string as `document.representation.markdown`.
- `result.txt`: the overall text extraction, the same string as `document.representation.text`.
  BDA documents "a text file" without naming it; `result.txt` follows `result.md`.
- `result.html`: the segment's html, only when the project asks for the HTML text format (the
  markdown and text files are written whatever the formats, as BDA's documentation lists them).
- `assets/rectified_image_<page_index>.png`: each page at about 300 dpi, RGB.
- `assets/<element_id>.png`: a crop of every TABLE and FIGURE element.
- `assets/<uuid>.csv`: every table as CSV, the same text as its `csv` representation; the uuid is
  the one `csv_s3_uri` names in result.json.

Names and ids come from `openbda.output.standard`, so result.json and the files always agree.
Each function returns `{key relative to the job folder: bytes}`; `additional_files` yields them
a batch at a time (one page's images per batch) so a long document never holds every image in
memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from openbda.document.model import Document, ElementType, Page
from openbda.document.render import PageRenderer, Raster, encode_png
from openbda.output.representation import table_csv
from openbda.output.settings import DocumentOutputSettings
from openbda.output.standard import (
    SegmentInfo,
    element_id_of,
    rectified_image_size,
    render_document_result,
    table_csv_id_of,
)

CONTENT_TYPES = {
    ".md": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".png": "image/png",
}

_CROPPED = (ElementType.TABLE, ElementType.FIGURE)


def segment_folder(segment: SegmentInfo) -> str:
    return f"{segment.asset_id}/standard_output/{segment.segment_index}"


def assets_folder(segment: SegmentInfo) -> str:
    return f"{segment_folder(segment)}/assets"


def content_type(key: str) -> str | None:
    dot = key.rfind(".")
    return CONTENT_TYPES.get(key[dot:]) if dot >= 0 else None


def text_files(
    doc: Document, settings: DocumentOutputSettings, segment: SegmentInfo, *, id_seed: str
) -> dict[str, bytes]:
    """`result.md`, `result.txt` and, with the HTML format, `result.html`.

    They are the document-level representations, rendered whatever the project's granularity
    (the files exist even when result.json carries no `document.representation`).
    """
    formats = ("PLAIN_TEXT", "MARKDOWN", *(("HTML",) if "HTML" in settings.text_formats else ()))
    whole = replace(
        settings,
        granularity=frozenset({"DOCUMENT"}),
        text_formats=formats,
        bounding_box=False,
        additional_files=False,
    )
    result = render_document_result(doc, whole, segment, id_seed=id_seed)
    representation: dict[str, str] = result["document"]["representation"]
    folder = segment_folder(segment)
    names = {"markdown": "result.md", "text": "result.txt", "html": "result.html"}
    return {f"{folder}/{names[key]}": text.encode("utf-8") for key, text in representation.items()}


def table_csv_files(doc: Document, segment: SegmentInfo, *, id_seed: str) -> dict[str, bytes]:
    """One CSV per table of the segment, named by the uuid result.json's `csv_s3_uri` gives."""
    folder = assets_folder(segment)
    files: dict[str, bytes] = {}
    for page in doc.pages_in(segment.start_page_index, segment.end_page_index):
        for order, element in enumerate(page.elements):
            if element.type is ElementType.TABLE:
                name = table_csv_id_of(id_seed, page.index, order)
                body = table_csv(element.headers, element.rows)
                files[f"{folder}/{name}.csv"] = body.encode("utf-8")
    return files


def page_image_files(
    page: Page, image: Raster, segment: SegmentInfo, *, id_seed: str
) -> dict[str, bytes]:
    """A page's rectified image and the crops of its tables and figures, cut from that image."""
    folder = assets_folder(segment)
    files = {f"{folder}/rectified_image_{page.index}.png": encode_png(image)}
    for order, element in enumerate(page.elements):
        if element.type in _CROPPED:
            name = element_id_of(id_seed, page.index, order)
            files[f"{folder}/{name}.png"] = encode_png(image.crop(element.box))
    return files


def additional_files(
    doc: Document,
    render_pages: PageRenderer,
    settings: DocumentOutputSettings,
    segment: SegmentInfo,
    *,
    id_seed: str,
) -> Iterator[dict[str, bytes]]:
    """Every additional file of the segment: text files, table CSVs, then page by page the
    images `render_pages` draws from the file the document was built from."""
    yield text_files(doc, settings, segment, id_seed=id_seed)
    yield table_csv_files(doc, segment, id_seed=id_seed)
    pages = doc.pages_in(segment.start_page_index, segment.end_page_index)
    by_index = {page.index: page for page in pages}
    sizes = [(page.index, *rectified_image_size(page)) for page in pages]
    for index, image in render_pages(sizes):
        yield page_image_files(by_index[index], image, segment, id_seed=id_seed)
