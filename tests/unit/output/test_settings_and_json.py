from __future__ import annotations

import pytest

from openbda.output.jsonfmt import dumps
from openbda.output.settings import DocumentOutputSettings


def test_defaults() -> None:
    default = DocumentOutputSettings.default()
    assert default.granularity == {"PAGE", "ELEMENT"}
    assert default.text_formats == ("MARKDOWN",)
    assert not (default.bounding_box or default.generative_field or default.additional_files)


@pytest.mark.parametrize("config", [None, {}, {"extraction": None}])
def test_missing_configuration_gives_defaults(config: dict[str, object] | None) -> None:
    assert DocumentOutputSettings.from_project_config(config) == DocumentOutputSettings.default()


def test_reads_the_api_shape() -> None:
    settings = DocumentOutputSettings.from_project_config(
        {
            "extraction": {
                "granularity": {"types": ["WORD", "DOCUMENT", "LINE"]},
                "boundingBox": {"state": "ENABLED"},
            },
            "generativeField": {"state": "ENABLED"},
            "outputFormat": {
                "textFormat": {"types": ["CSV", "HTML", "PLAIN_TEXT"]},
                "additionalFileFormat": {"state": "ENABLED"},
            },
        }
    )
    assert settings.granularity == {"WORD", "DOCUMENT", "LINE"}
    assert settings.text_formats == ("PLAIN_TEXT", "HTML", "CSV")  # canonical order
    assert settings.bounding_box and settings.generative_field and settings.additional_files


def test_partial_configuration_fills_the_rest() -> None:
    settings = DocumentOutputSettings.from_project_config(
        {"outputFormat": {"textFormat": {"types": ["HTML"]}}}
    )
    assert settings.granularity == {"PAGE", "ELEMENT"}
    assert settings.text_formats == ("HTML",)
    assert not settings.bounding_box


def test_rejects_unknown_values() -> None:
    with pytest.raises(ValueError):
        DocumentOutputSettings.from_project_config(
            {"extraction": {"granularity": {"types": ["X"]}}}
        )


def test_dumps_looks_like_python_json() -> None:
    raw = dumps({"a": [1, 2.5, "Mar\u00eda"], "b": {"c": None, "d": True}})
    assert raw == b'{"a": [1, 2.5, "Mar\\u00eda"], "b": {"c": null, "d": true}}'
    with pytest.raises(ValueError):
        dumps({"x": float("nan")})
