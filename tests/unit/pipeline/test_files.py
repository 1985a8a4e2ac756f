"""The additional-file writers on a hand-built document that has tables and figures, which the
PDF builder does not detect yet: names agree with result.json, contents are valid CSV and PNG."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import Any

import pytest

from openbda.document.model import BoundingBox, Document, Element, Page
from openbda.document.render import Raster, page_renderer
from openbda.output.files import (
    additional_files,
    content_type,
    page_image_files,
    table_csv_files,
    text_files,
)
from openbda.output.settings import DocumentOutputSettings
from openbda.output.standard import (
    MAX_RECTIFIED_PIXELS,
    SegmentInfo,
    element_id_of,
    rectified_image_size,
    render_document_result,
)
from openbda.samples import PageSpec, Run, make_pdf
from tests.unit.output.sample import sample_document
from tests.unit.pipeline.helpers import read_png

SEED = "job-7"
ASSETS_URI = "s3://out/job-7/0/standard_output/0/assets"
FOLDER = "0/standard_output/0"


def segment(assets: str | None = ASSETS_URI) -> SegmentInfo:
    return SegmentInfo(0, 0, "in", "report.pdf", 0, 2, assets_uri=assets)


def settings(formats: tuple[str, ...] = ("MARKDOWN",)) -> DocumentOutputSettings:
    return DocumentOutputSettings(
        granularity=frozenset({"PAGE", "ELEMENT"}),
        bounding_box=False,
        generative_field=False,
        text_formats=formats,
        additional_files=True,
    )


def rendered(doc: Document, formats: tuple[str, ...] = ("CSV",)) -> dict[str, Any]:
    return render_document_result(doc, settings(formats), segment(), id_seed=SEED)


def asset_key(uri: str) -> str:
    return f"{FOLDER}/assets/{uri.rsplit('/', 1)[1]}"


def source_pdf() -> bytes:
    """A three-page PDF laid out like the sample document, so its pages can be rendered."""
    return make_pdf(
        [
            PageSpec(runs=[Run(61, 40, "Quarterly Report", 18, bold=True)]),
            PageSpec(),
            PageSpec(runs=[Run(61, 80, "Costs < 5% & falling")]),
        ]
    )


def test_one_csv_per_table_named_as_csv_s3_uri_says() -> None:
    doc = sample_document()
    result = rendered(doc)
    tables = [e for e in result["elements"] if e["type"] == "TABLE"]
    files = table_csv_files(doc, segment(), id_seed=SEED)
    assert sorted(files) == sorted(asset_key(t["csv_s3_uri"]) for t in tables)
    for table in tables:
        body = files[asset_key(table["csv_s3_uri"])].decode()
        assert body == table["representation"]["csv"]
        assert table["id"] not in table["csv_s3_uri"]


def test_table_csv_is_pandas_style_with_an_index_column() -> None:
    doc = sample_document()
    files = table_csv_files(doc, segment(), id_seed=SEED)
    parsed = [list(csv.reader(io.StringIO(body.decode()))) for body in files.values()]
    assert [",".join(rows[0]) for rows in parsed] == [",Region,Revenue", ",0,1,2"]
    assert ["0", "North", "1,200"] in parsed[0]
    assert ["1", 'Say "hi"', "a,b", "x"] in parsed[1]


def test_text_files_hold_the_segment_representations() -> None:
    doc = sample_document()
    files = text_files(doc, settings(("MARKDOWN", "HTML")), segment(), id_seed=SEED)
    assert sorted(files) == [f"{FOLDER}/result.html", f"{FOLDER}/result.md", f"{FOLDER}/result.txt"]
    markdown = files[f"{FOLDER}/result.md"].decode()
    figure_id = rendered(doc)["elements"][4]["id"]
    # Figures point at their crop by a path relative to the assets folder, as BDA writes them.
    assert f"![](./{figure_id}.png)" in markdown
    assert markdown.startswith("# Quarterly Report\n\n## 1 Summary")
    assert "<table><tr><th>Region</th>" in files[f"{FOLDER}/result.html"].decode()
    assert "Costs < 5% & falling" in files[f"{FOLDER}/result.txt"].decode()


def test_page_images_and_crops_are_named_as_result_json_says() -> None:
    doc = sample_document()
    result = rendered(doc)
    batches = list(
        additional_files(
            doc, page_renderer(source_pdf(), "PDF"), settings(), segment(), id_seed=SEED
        )
    )
    files = {k: v for batch in batches for k, v in batch.items()}
    expected = {asset_key(p["asset_metadata"]["rectified_image"]) for p in result["pages"]}
    crops = [e for e in result["elements"] if e["type"] in ("TABLE", "FIGURE")]
    assert len(crops) == 4
    expected |= {asset_key(e["crop_images"][0]) for e in crops}
    expected |= {asset_key(e["csv_s3_uri"]) for e in crops if e["type"] == "TABLE"}
    expected |= {f"{FOLDER}/result.md", f"{FOLDER}/result.txt"}
    assert set(files) == expected
    # One batch for the text files, one for the CSVs, then one per page.
    assert len(batches) == 2 + len(doc.pages)


def test_crops_cover_the_element_box_at_page_resolution() -> None:
    doc = sample_document()
    batches = additional_files(
        doc, page_renderer(source_pdf(), "PDF"), settings(), segment(), id_seed=SEED
    )
    files = {k: v for batch in batches for k, v in batch.items()}
    for element in rendered(doc)["elements"]:
        if element["type"] not in ("TABLE", "FIGURE"):
            continue
        box = _element_at(doc, element).box
        crop = read_png(files[asset_key(element["crop_images"][0])])
        assert crop.width == pytest.approx(box.width * 2550, abs=2)
        assert crop.height == pytest.approx(box.height * 3300, abs=2)


def _element_at(doc: Document, rendered_element: dict[str, Any]) -> Element:
    page = doc.pages[rendered_element["locations"][0]["page_index"]]
    return page.elements[rendered_element["reading_order"]]


def test_crop_is_cut_from_the_page_image() -> None:
    # A 10x10 white page with a red 4x2 block at (2, 4); the figure's box covers exactly it.
    width = height = 10
    rows = []
    for y in range(height):
        row = bytearray(b"\xff" * width * 3)
        if 4 <= y < 6:
            row[2 * 3 : 6 * 3] = b"\xff\x00\x00" * 4
        rows.append(b"\x00" + bytes(row))
    image = Raster(width, height, memoryview(b"".join(rows)))
    figure = replace(sample_document().pages[0].elements[4], box=BoundingBox(0.2, 0.4, 0.4, 0.2))
    files = page_image_files(Page(0, 612, 792, elements=(figure,)), image, segment(), id_seed=SEED)
    figure_id = element_id_of(SEED, 0, 0)
    assert sorted(files) == [
        f"{FOLDER}/assets/{figure_id}.png",
        f"{FOLDER}/assets/rectified_image_0.png",
    ]
    crop = read_png(files[f"{FOLDER}/assets/{figure_id}.png"])
    assert (crop.width, crop.height) == (4, 2)
    assert crop.pixels == b"\xff\x00\x00" * 8
    page = read_png(files[f"{FOLDER}/assets/rectified_image_0.png"])
    assert page.pixels == image_pixels(image)


def image_pixels(image: Raster) -> bytes:
    stride = image.stride
    return b"".join(image.scanlines[y * stride + 1 : (y + 1) * stride] for y in range(image.height))


def test_huge_pages_are_scaled_to_the_pixel_budget() -> None:
    assert rectified_image_size(Page(0, 612, 792)) == (2550, 3300)
    width, height = rectified_image_size(Page(0, 9000, 4500))
    assert width * height <= MAX_RECTIFIED_PIXELS * 1.001
    assert width / height == pytest.approx(2, rel=1e-3)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("0/standard_output/0/result.md", "text/markdown; charset=utf-8"),
        ("0/standard_output/0/assets/x.csv", "text/csv; charset=utf-8"),
        ("0/standard_output/0/assets/rectified_image_0.png", "image/png"),
        ("0/standard_output/0/readme", None),
    ],
)
def test_content_types(key: str, expected: str | None) -> None:
    assert content_type(key) == expected
