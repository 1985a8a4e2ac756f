"""The defaults BDA fills into a project configuration."""

from __future__ import annotations

from typing import Any

from openbda.domain.projects import (
    DEFAULT_OVERRIDE,
    DEFAULT_STANDARD_OUTPUT,
    enabled_modalities,
    filled_custom_output,
    filled_override,
    filled_standard_output,
)


def test_nothing_given_means_every_default() -> None:
    assert filled_standard_output({}) == DEFAULT_STANDARD_OUTPUT
    assert filled_standard_output(None) == DEFAULT_STANDARD_OUTPUT
    assert filled_override(None) == DEFAULT_OVERRIDE
    assert filled_custom_output(None) == {}


def test_document_defaults_are_page_element_markdown_and_everything_off() -> None:
    document = filled_standard_output({})["document"]
    assert document == {
        "extraction": {
            "granularity": {"types": ["PAGE", "ELEMENT"]},
            "boundingBox": {"state": "DISABLED"},
        },
        "generativeField": {"state": "DISABLED"},
        "outputFormat": {
            "textFormat": {"types": ["MARKDOWN"]},
            "additionalFileFormat": {"state": "DISABLED"},
        },
    }


def test_media_defaults_follow_the_documented_toggles() -> None:
    filled = filled_standard_output({})
    assert filled["image"]["extraction"]["category"]["types"] == ["TEXT_DETECTION"]
    assert filled["image"]["generativeField"]["types"] == ["IMAGE_SUMMARY"]
    assert filled["video"]["generativeField"]["types"] == ["VIDEO_SUMMARY", "CHAPTER_SUMMARY"]
    assert filled["audio"]["extraction"]["category"]["types"] == ["TRANSCRIPT"]
    assert filled["audio"]["generativeField"]["types"] == ["AUDIO_SUMMARY"]
    for modality in ("image", "video", "audio"):
        assert "LOGOS" not in filled[modality]["extraction"]["category"]["types"]


def test_given_settings_win_and_missing_siblings_are_filled() -> None:
    given: dict[str, Any] = {
        "document": {
            "extraction": {
                "granularity": {"types": ["DOCUMENT", "WORD"]},
                "boundingBox": {"state": "ENABLED"},
            },
            "outputFormat": {
                "textFormat": {},
                "additionalFileFormat": {"state": "ENABLED"},
            },
        }
    }
    document = filled_standard_output(given)["document"]
    assert document["extraction"]["granularity"]["types"] == ["DOCUMENT", "WORD"]
    assert document["extraction"]["boundingBox"] == {"state": "ENABLED"}
    assert document["generativeField"] == {"state": "DISABLED"}
    assert document["outputFormat"]["textFormat"] == {"types": ["MARKDOWN"]}
    assert document["outputFormat"]["additionalFileFormat"] == {"state": "ENABLED"}


def test_a_disabled_block_is_kept_exactly_as_given() -> None:
    given = {"image": {"generativeField": {"state": "DISABLED"}}}
    image = filled_standard_output(given)["image"]
    assert image["generativeField"] == {"state": "DISABLED"}
    assert image["extraction"]["category"]["types"] == ["TEXT_DETECTION"]


def test_an_enabled_block_without_types_gets_the_default_types() -> None:
    given = {"video": {"generativeField": {"state": "ENABLED"}}}
    video = filled_standard_output(given)["video"]
    assert video["generativeField"]["types"] == ["VIDEO_SUMMARY", "CHAPTER_SUMMARY"]


def test_filling_never_shares_or_mutates_the_inputs() -> None:
    given: dict[str, Any] = {"document": {"generativeField": {"state": "ENABLED"}}}
    first = filled_standard_output(given)
    first["image"]["extraction"]["category"]["types"].append("LOGOS")
    first["document"]["generativeField"]["state"] = "DISABLED"
    assert given == {"document": {"generativeField": {"state": "ENABLED"}}}
    assert filled_standard_output({})["image"]["extraction"]["category"]["types"] == [
        "TEXT_DETECTION"
    ]


def test_override_defaults_enable_every_modality_and_leave_routing_out() -> None:
    override = filled_override({})
    assert enabled_modalities(override) == {"document", "image", "video", "audio"}
    assert override["document"]["splitter"] == {"state": "DISABLED"}
    assert "modalityRouting" not in override


def test_override_keeps_routing_and_fills_sensitive_data_and_language_blocks() -> None:
    override = filled_override(
        {
            "modalityRouting": {"png": "DOCUMENT"},
            "image": {"modalityProcessing": {"state": "DISABLED"}},
            "document": {"sensitiveDataConfiguration": {"detectionMode": "DETECTION"}},
            "audio": {"languageConfiguration": {"inputLanguages": ["EN", "DE"]}},
        }
    )
    assert override["modalityRouting"] == {"png": "DOCUMENT"}
    assert enabled_modalities(override) == {"document", "video", "audio"}
    assert override["document"]["sensitiveDataConfiguration"] == {
        "detectionMode": "DETECTION",
        "detectionScope": ["STANDARD", "CUSTOM"],
        "piiEntitiesConfiguration": {"piiEntityTypes": ["ALL"], "redactionMaskMode": "PII"},
    }
    assert override["audio"]["languageConfiguration"] == {
        "inputLanguages": ["EN", "DE"],
        "generativeOutputLanguage": "DEFAULT",
        "identifyMultipleLanguages": False,
    }
    assert "sensitiveDataConfiguration" not in override["image"]


def test_custom_output_is_echoed_as_given() -> None:
    given = {"blueprints": [{"blueprintArn": "arn:aws:bedrock:us-east-1:aws:blueprint/x"}]}
    assert filled_custom_output(given) == given
    assert filled_custom_output(given) is not given
