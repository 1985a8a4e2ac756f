"""Golden tests of the document standard output (`result.json`) for the settings that matter."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from openbda.document.model import Document
from openbda.output.jsonfmt import dumps
from openbda.output.settings import DocumentOutputSettings
from openbda.output.standard import SegmentInfo, render_document_result
from tests.unit.output.golden import assert_golden, assert_golden_json
from tests.unit.output.sample import sample_document

ASSETS = "s3://out-bucket/results/job-1/0/standard_output/0/assets"


def segment(start: int = 0, end: int = 2, assets: str | None = None) -> SegmentInfo:
    return SegmentInfo(
        asset_id=0,
        segment_index=0,
        s3_bucket="in-bucket",
        s3_key="docs/report.pdf",
        start_page_index=start,
        end_page_index=end,
        assets_uri=assets,
    )


def settings(
    granularity: list[str],
    formats: list[str],
    *,
    bbox: bool = False,
    generative: bool = False,
    files: bool = False,
) -> DocumentOutputSettings:
    state = {True: "ENABLED", False: "DISABLED"}
    return DocumentOutputSettings.from_project_config(
        {
            "extraction": {
                "granularity": {"types": granularity},
                "boundingBox": {"state": state[bbox]},
            },
            "generativeField": {"state": state[generative]},
            "outputFormat": {
                "textFormat": {"types": formats},
                "additionalFileFormat": {"state": state[files]},
            },
        }
    )


def render(doc: Document, config: DocumentOutputSettings, **kwargs: Any) -> dict[str, Any]:
    return render_document_result(doc, config, kwargs.pop("seg", segment()), id_seed="job-1/0/0")


def test_defaults() -> None:
    result = render(sample_document(), DocumentOutputSettings.default())
    assert list(result) == ["metadata", "document", "pages", "elements"]
    assert_golden_json("output/standard/default.json", result)


def test_defaults_file_is_one_line_with_python_separators() -> None:
    raw = dumps(render(sample_document(), DocumentOutputSettings.default()))
    assert b"\n" not in raw
    assert raw.startswith(b'{"metadata": {"asset_id": "0", "logical_subdocument_id": "0", ')
    assert_golden("output/standard/default.raw.json", raw.decode("ascii") + "\n")


@pytest.mark.parametrize("granularity", ["DOCUMENT", "PAGE", "ELEMENT", "LINE", "WORD"])
def test_each_granularity_alone(granularity: str) -> None:
    result = render(sample_document(), settings([granularity], ["MARKDOWN"]))
    assert_golden_json(f"output/standard/granularity_{granularity.lower()}.json", result)


@pytest.mark.parametrize("fmt", ["PLAIN_TEXT", "MARKDOWN", "HTML", "CSV"])
def test_each_text_format(fmt: str) -> None:
    result = render(sample_document(), settings(["DOCUMENT", "PAGE", "ELEMENT"], [fmt]))
    assert_golden_json(f"output/standard/format_{fmt.lower()}.json", result)


def test_bounding_boxes_on_every_location() -> None:
    result = render(
        sample_document(), settings(["PAGE", "ELEMENT", "LINE", "WORD"], ["MARKDOWN"], bbox=True)
    )
    assert_golden_json("output/standard/bounding_box.json", result)
    for key in ("elements", "text_lines", "text_words"):
        for item in result[key]:
            (location,) = item["locations"]
            assert set(location) == {"page_index", "bounding_box"}


def test_bounding_boxes_off_leaves_page_index_only() -> None:
    result = render(sample_document(), settings(["ELEMENT", "LINE", "WORD"], ["MARKDOWN"]))
    for key in ("elements", "text_lines", "text_words"):
        for item in result[key]:
            assert item["locations"] == [{"page_index": item["locations"][0]["page_index"]}]


def test_everything_enabled() -> None:
    config = settings(
        ["DOCUMENT", "PAGE", "ELEMENT", "WORD", "LINE"],
        ["PLAIN_TEXT", "MARKDOWN", "HTML", "CSV"],
        bbox=True,
        generative=True,
        files=True,
    )
    result = render(sample_document(), config, seg=segment(assets=ASSETS))
    assert list(result) == [
        "metadata",
        "document",
        "pages",
        "elements",
        "text_lines",
        "text_words",
    ]
    assert_golden_json("output/standard/everything.json", result)


def test_segment_covers_its_pages_only_with_global_indices() -> None:
    result = render(
        sample_document(),
        settings(["DOCUMENT", "PAGE", "ELEMENT"], ["MARKDOWN"]),
        seg=segment(1, 2),
    )
    assert result["metadata"]["number_of_pages"] == 2
    assert [p["page_index"] for p in result["pages"]] == [1, 2]
    assert {loc["page_index"] for e in result["elements"] for loc in e["locations"]} == {2}
    assert_golden_json("output/standard/segment_pages_1_2.json", result)


def test_document_representation_joins_pages_keeping_empty_ones() -> None:
    result = render(sample_document(), settings(["DOCUMENT", "PAGE"], ["MARKDOWN", "HTML"]))
    pages = [p["representation"] for p in result["pages"]]
    document = result["document"]["representation"]
    assert pages[1] == {"markdown": "", "html": ""}
    assert document["markdown"] == " ".join(p["markdown"] for p in pages)
    assert "  " in document["markdown"]  # the empty page between two spaces
    assert document["html"] == "".join(p["html"] for p in pages)


def test_reading_order_restarts_on_each_page() -> None:
    result = render(sample_document(), settings(["ELEMENT", "LINE", "WORD"], ["MARKDOWN"]))
    for key in ("elements", "text_lines", "text_words"):
        by_page: dict[int, list[int]] = {}
        for item in result[key]:
            page = item["locations"][0]["page_index"]
            by_page.setdefault(page, []).append(item["reading_order"])
        for orders in by_page.values():
            assert orders == list(range(len(orders)))


def test_words_point_at_their_line() -> None:
    result = render(sample_document(), settings(["LINE", "WORD"], ["MARKDOWN"]))
    line_ids = {line["id"]: line["text"] for line in result["text_lines"]}
    for word in result["text_words"]:
        assert word["text"] in line_ids[word["line_id"]].split(" ")
    assert result["document"]["statistics"] == {"word_count": 18, "line_count": 8}


def test_ids_are_deterministic_uuids_per_seed() -> None:
    config = settings(["PAGE", "ELEMENT", "LINE", "WORD"], ["MARKDOWN"])
    first = render_document_result(sample_document(), config, segment(), id_seed="a")
    again = render_document_result(sample_document(), config, segment(), id_seed="a")
    other = render_document_result(sample_document(), config, segment(), id_seed="b")
    assert dumps(first) == dumps(again)
    ids = [e["id"] for e in first["elements"]] + [p["id"] for p in first["pages"]]
    ids += [w["id"] for w in first["text_words"]] + [line["id"] for line in first["text_lines"]]
    assert len(set(ids)) == len(ids)
    assert all(str(uuid.UUID(i)) == i for i in ids)
    assert not set(ids) & {e["id"] for e in other["elements"]}


def test_element_shapes_follow_real_output() -> None:
    result = render(sample_document(), settings(["ELEMENT"], ["MARKDOWN"]))
    table, chart = result["elements"][3], result["elements"][9]
    assert "sub_type" not in table and "page_indices" not in table
    assert table["headers"] == ["Region", "Revenue"]
    assert result["elements"][8]["headers"] == ["", "", ""]
    assert chart["sub_type"] == "CHART" and "page_indices" not in chart
    assert result["elements"][4]["page_indices"] == [0]


def test_generative_fields_only_when_enabled() -> None:
    plain = render(sample_document(), settings(["DOCUMENT", "ELEMENT"], ["MARKDOWN"]))
    assert "summary" not in plain["document"] and "description" not in plain["document"]
    assert all("summary" not in e for e in plain["elements"])
    rich = render(sample_document(), settings(["ELEMENT"], ["MARKDOWN"], generative=True))
    assert list(rich["document"]) == ["description", "summary", "statistics"]
    figure = rich["elements"][9]
    assert figure["summary"] == "Title: Costs\nCosts fell."
    assert figure["representation"]["markdown"].startswith("![Title: Costs\nCosts fell.](./")


def test_asset_metadata_is_present_without_files() -> None:
    result = render(sample_document(), DocumentOutputSettings.default())
    assert result["pages"][0]["asset_metadata"] == {
        "rectified_image_width_pixels": 2550,
        "rectified_image_height_pixels": 3300,
        "corners": [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]],
    }


def test_additional_files_add_asset_uris() -> None:
    result = render(
        sample_document(),
        settings(["PAGE", "ELEMENT"], ["MARKDOWN"], files=True),
        seg=segment(assets=ASSETS),
    )
    page = result["pages"][2]
    assert page["asset_metadata"]["rectified_image"] == f"{ASSETS}/rectified_image_2.png"
    assert next(iter(page["asset_metadata"])) == "rectified_image"
    table = result["elements"][3]
    assert table["crop_images"] == [f"{ASSETS}/{table['id']}.png"]
    assert table["csv_s3_uri"].startswith(f"{ASSETS}/") and table["id"] not in table["csv_s3_uri"]
    figure = result["elements"][4]
    assert figure["crop_images"] == [f"{ASSETS}/{figure['id']}.png"]
    text = result["elements"][0]
    assert "crop_images" not in text


def test_golden_json_is_valid_json() -> None:
    # The readable goldens are plain JSON a reviewer can load and compare.
    result = render(sample_document(), DocumentOutputSettings.default())
    assert json.loads(dumps(result)) == result
