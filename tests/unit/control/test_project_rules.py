"""The rules a project configuration must satisfy beyond the service model."""

from __future__ import annotations

from typing import Any

import pytest

from openbda.domain.projects import (
    MAX_PROJECT_BLUEPRINTS,
    BlueprintLookup,
    Problem,
    ProjectType,
    configuration_problems,
)

ACCOUNT = "123456789012"
REGION = "us-east-1"
MINE = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/a1b2c3d4e5f6"
OTHER_MINE = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/0123456789ab"
PUBLIC = f"arn:aws:bedrock:{REGION}:aws:blueprint/bedrock-data-automation-public-invoice"
KNOWN = {MINE, OTHER_MINE, PUBLIC}


def known(arn: str, version: str | None, stage: str | None) -> bool:
    return arn in KNOWN and version in (None, "1")


def problems(
    project_type: ProjectType = ProjectType.ASYNC,
    exists: BlueprintLookup = known,
    **params: Any,
) -> list[Problem]:
    request: dict[str, Any] = {"standardOutputConfiguration": {}, **params}
    return configuration_problems(
        request,
        account_id=ACCOUNT,
        region=REGION,
        project_type=project_type,
        blueprint_exists=exists,
    )


def paths(found: list[Problem]) -> list[str]:
    return [p.path for p in found]


def test_an_empty_configuration_is_valid() -> None:
    assert problems() == []


def test_a_full_valid_configuration_passes() -> None:
    found = problems(
        standardOutputConfiguration={
            "document": {
                "extraction": {
                    "granularity": {"types": ["DOCUMENT", "PAGE", "ELEMENT", "WORD", "LINE"]},
                    "boundingBox": {"state": "ENABLED"},
                },
                "generativeField": {"state": "ENABLED"},
                "outputFormat": {
                    "textFormat": {"types": ["PLAIN_TEXT", "MARKDOWN", "HTML", "CSV"]},
                    "additionalFileFormat": {"state": "ENABLED"},
                },
            },
            "audio": {
                "extraction": {
                    "category": {
                        "state": "ENABLED",
                        "types": ["TRANSCRIPT"],
                        "typeConfiguration": {
                            "transcript": {
                                "speakerLabeling": {"state": "ENABLED"},
                                "channelLabeling": {"state": "ENABLED"},
                            }
                        },
                    }
                }
            },
        },
        customOutputConfiguration={
            "blueprints": [
                {"blueprintArn": MINE, "blueprintVersion": "1", "blueprintStage": "LIVE"},
                {"blueprintArn": PUBLIC},
            ],
            "document": {"fallbackBlueprints": [{"blueprintArn": OTHER_MINE}]},
        },
        overrideConfiguration={
            "document": {"splitter": {"state": "ENABLED"}},
            "video": {"modalityProcessing": {"state": "DISABLED"}},
            "modalityRouting": {"jpeg": "DOCUMENT", "png": "IMAGE", "mp4": "AUDIO"},
        },
    )
    assert found == []


@pytest.mark.parametrize(
    ("standard", "path"),
    [
        (
            {
                "document": {
                    "extraction": {
                        "granularity": {"types": []},
                        "boundingBox": {"state": "DISABLED"},
                    }
                }
            },
            "standardOutputConfiguration.document.extraction.granularity.types",
        ),
        (
            {
                "document": {
                    "outputFormat": {
                        "textFormat": {"types": []},
                        "additionalFileFormat": {"state": "DISABLED"},
                    }
                }
            },
            "standardOutputConfiguration.document.outputFormat.textFormat.types",
        ),
        (
            {"image": {"generativeField": {"state": "ENABLED", "types": []}}},
            "standardOutputConfiguration.image.generativeField.types",
        ),
        (
            {
                "video": {
                    "extraction": {
                        "category": {"state": "ENABLED", "types": []},
                        "boundingBox": {"state": "ENABLED"},
                    }
                }
            },
            "standardOutputConfiguration.video.extraction.category.types",
        ),
    ],
)
def test_an_empty_type_list_that_would_produce_nothing_is_refused(
    standard: dict[str, Any], path: str
) -> None:
    found = problems(standardOutputConfiguration=standard)
    assert paths(found) == [path]
    assert "at least one type" in found[0].message


def test_an_empty_type_list_of_a_disabled_block_is_fine() -> None:
    assert (
        problems(
            standardOutputConfiguration={
                "audio": {"generativeField": {"state": "DISABLED", "types": []}}
            }
        )
        == []
    )


def test_duplicate_types_are_refused_once_per_value() -> None:
    found = problems(
        standardOutputConfiguration={
            "image": {"generativeField": {"state": "ENABLED", "types": ["IAB", "IAB", "IAB"]}}
        }
    )
    assert paths(found) == ["standardOutputConfiguration.image.generativeField.types"]
    assert found[0].message == "IAB appears more than once"


@pytest.mark.parametrize("option", ["speakerLabeling", "channelLabeling"])
def test_transcript_labels_need_a_transcript(option: str) -> None:
    found = problems(
        standardOutputConfiguration={
            "audio": {
                "extraction": {
                    "category": {
                        "state": "ENABLED",
                        "types": ["AUDIO_CONTENT_MODERATION"],
                        "typeConfiguration": {"transcript": {option: {"state": "ENABLED"}}},
                    }
                }
            }
        }
    )
    assert paths(found) == [
        f"standardOutputConfiguration.audio.extraction.category.typeConfiguration.transcript.{option}.state"
    ]


def test_labels_with_the_default_transcript_are_fine() -> None:
    standard = {
        "audio": {
            "extraction": {
                "category": {
                    "state": "ENABLED",
                    "typeConfiguration": {"transcript": {"speakerLabeling": {"state": "ENABLED"}}},
                }
            }
        }
    }
    assert problems(standardOutputConfiguration=standard) == []


def test_unknown_blueprints_are_refused_naming_the_field_and_the_arn() -> None:
    unknown = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/ffffffffffff"
    found = problems(
        customOutputConfiguration={
            "blueprints": [{"blueprintArn": MINE}, {"blueprintArn": unknown}]
        }
    )
    assert paths(found) == ["customOutputConfiguration.blueprints.2.member.blueprintArn"]
    assert unknown in found[0].message


def test_a_missing_blueprint_version_is_named_too() -> None:
    found = problems(
        customOutputConfiguration={
            "blueprints": [
                {"blueprintArn": MINE, "blueprintVersion": "7", "blueprintStage": "DEVELOPMENT"}
            ]
        }
    )
    assert "(version 7, stage DEVELOPMENT)" in found[0].message


@pytest.mark.parametrize(
    "arn",
    [
        # Another account's blueprint reads as absent, whether or not it exists.
        "arn:aws:bedrock:us-east-1:999999999999:blueprint/a1b2c3d4e5f6",
        # Another region.
        f"arn:aws:bedrock:eu-west-1:{ACCOUNT}:blueprint/a1b2c3d4e5f6",
        # A public name that is not in the catalog.
        f"arn:aws:bedrock:{REGION}:aws:blueprint/bedrock-data-automation-public-nonsense",
    ],
)
def test_blueprints_outside_the_account_and_catalog_are_refused(arn: str) -> None:
    found = problems(customOutputConfiguration={"blueprints": [{"blueprintArn": arn}]})
    assert paths(found) == ["customOutputConfiguration.blueprints.1.member.blueprintArn"]


def test_a_blueprint_listed_twice_is_refused() -> None:
    found = problems(
        customOutputConfiguration={
            "blueprints": [{"blueprintArn": MINE}, {"blueprintArn": MINE, "blueprintVersion": "1"}]
        }
    )
    assert paths(found) == ["customOutputConfiguration.blueprints.2.member.blueprintArn"]
    assert "more than once" in found[0].message


def test_at_most_forty_blueprints() -> None:
    many = [
        {"blueprintArn": f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/{i:012x}"}
        for i in range(MAX_PROJECT_BLUEPRINTS + 1)
    ]

    def anything(arn: str, version: str | None, stage: str | None) -> bool:
        return True

    found = problems(exists=anything, customOutputConfiguration={"blueprints": many})
    assert paths(found) == ["customOutputConfiguration.blueprints"]
    assert problems(exists=anything, customOutputConfiguration={"blueprints": many[:-1]}) == []


def test_an_unknown_fallback_blueprint_is_refused() -> None:
    unknown = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/eeeeeeeeeeee"
    found = problems(
        customOutputConfiguration={"document": {"fallbackBlueprints": [{"blueprintArn": unknown}]}}
    )
    assert paths(found) == [
        "customOutputConfiguration.document.fallbackBlueprints.1.member.blueprintArn"
    ]


def test_every_modality_disabled_is_refused() -> None:
    off = {"modalityProcessing": {"state": "DISABLED"}}
    found = problems(
        overrideConfiguration={m: dict(off) for m in ("document", "image", "video", "audio")}
    )
    assert paths(found) == ["overrideConfiguration"]
    assert "at least one modality" in found[0].message


def test_one_enabled_modality_is_enough() -> None:
    off = {"modalityProcessing": {"state": "DISABLED"}}
    assert problems(overrideConfiguration={"image": off, "video": off, "audio": off}) == []


@pytest.mark.parametrize(
    ("file_type", "modality"),
    [("jpeg", "AUDIO"), ("png", "VIDEO"), ("mp4", "IMAGE"), ("mov", "DOCUMENT")],
)
def test_routing_a_file_type_to_a_modality_it_cannot_be_is_refused(
    file_type: str, modality: str
) -> None:
    found = problems(overrideConfiguration={"modalityRouting": {file_type: modality}})
    assert paths(found) == [f"overrideConfiguration.modalityRouting.{file_type}"]


def test_routing_to_a_disabled_modality_is_refused() -> None:
    found = problems(
        overrideConfiguration={
            "image": {"modalityProcessing": {"state": "DISABLED"}},
            "modalityRouting": {"png": "IMAGE", "jpeg": "DOCUMENT"},
        }
    )
    assert paths(found) == ["overrideConfiguration.modalityRouting.png"]
    assert "overrideConfiguration.image.modalityProcessing.state is DISABLED" in found[0].message


def test_the_splitter_needs_the_document_modality() -> None:
    found = problems(
        overrideConfiguration={
            "document": {
                "splitter": {"state": "ENABLED"},
                "modalityProcessing": {"state": "DISABLED"},
            }
        }
    )
    assert paths(found) == ["overrideConfiguration.document.splitter.state"]


def test_the_splitter_is_for_async_projects_only() -> None:
    override = {"document": {"splitter": {"state": "ENABLED"}}}
    found = problems(ProjectType.SYNC, overrideConfiguration=override)
    assert paths(found) == ["overrideConfiguration.document.splitter.state"]
    assert "ASYNC" in found[0].message
    assert problems(ProjectType.ASYNC, overrideConfiguration=override) == []


def test_sensitive_data_lists_are_checked() -> None:
    found = problems(
        overrideConfiguration={
            "audio": {
                "sensitiveDataConfiguration": {
                    "detectionMode": "DETECTION",
                    "detectionScope": ["STANDARD", "STANDARD"],
                    "piiEntitiesConfiguration": {"piiEntityTypes": ["ALL", "NAME"]},
                }
            }
        }
    )
    assert paths(found) == [
        "overrideConfiguration.audio.sensitiveDataConfiguration.detectionScope",
        "overrideConfiguration.audio.sensitiveDataConfiguration.piiEntitiesConfiguration.piiEntityTypes",
    ]


def test_duplicate_input_languages_are_refused() -> None:
    found = problems(
        overrideConfiguration={"audio": {"languageConfiguration": {"inputLanguages": ["EN", "EN"]}}}
    )
    assert paths(found) == ["overrideConfiguration.audio.languageConfiguration.inputLanguages"]


def test_libraries_must_be_the_callers_own() -> None:
    mine = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-library/abcdefabcdef"
    theirs = f"arn:aws:bedrock:{REGION}:999999999999:data-automation-library/abcdefabcdef"
    assert problems(dataAutomationLibraryConfiguration={"libraries": [{"libraryArn": mine}]}) == []
    found = problems(dataAutomationLibraryConfiguration={"libraries": [{"libraryArn": theirs}]})
    assert paths(found) == ["dataAutomationLibraryConfiguration.libraries.1.member.libraryArn"]


def test_every_problem_is_reported_at_once() -> None:
    found = problems(
        standardOutputConfiguration={
            "image": {"generativeField": {"state": "ENABLED", "types": []}}
        },
        overrideConfiguration={"modalityRouting": {"jpeg": "VIDEO"}},
        customOutputConfiguration={
            "blueprints": [
                {"blueprintArn": f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/dddddddddddd"}
            ]
        },
    )
    assert len(found) == 3
    assert str(found[0]).startswith("Invalid value at 'standardOutputConfiguration.image")
