"""The rules every tag follows."""

from __future__ import annotations

import pytest

from openbda.api.control.tagging import check_tags, tag_key_problems, tag_problems
from openbda.aws.errors import ValidationException


def test_ordinary_tags_pass() -> None:
    tags = [
        {"key": "team", "value": "finance"},
        {"key": "cost center:42/a=b+c-d@e_f.g", "value": ""},
        {"key": "Année", "value": "été 2025"},
    ]
    assert tag_problems(tags, "tags") == []
    assert check_tags(tags) == {
        "team": "finance",
        "cost center:42/a=b+c-d@e_f.g": "",
        "Année": "été 2025",
    }


@pytest.mark.parametrize("key", ["aws:created-by", "AWS:x", "Aws:"])
def test_the_aws_prefix_is_reserved(key: str) -> None:
    [problem] = tag_problems([{"key": "ok", "value": "1"}, {"key": key, "value": "1"}], "tags")
    assert "'tags.2.member.key'" in problem
    assert "reserved" in problem
    [problem] = tag_key_problems(["fine", key], "tagKeys")
    assert "'tagKeys.2.member'" in problem


def test_characters_outside_the_tag_alphabet_are_refused() -> None:
    found = tag_problems(
        [{"key": "a*b", "value": "1"}, {"key": "c", "value": "semi;colon"}], "tags"
    )
    assert [p.split("'")[1] for p in found] == ["tags.1.member.key", "tags.2.member.value"]


def test_a_key_given_twice_is_refused() -> None:
    [problem] = tag_problems([{"key": "k", "value": "1"}, {"key": "k", "value": "2"}], "tags")
    assert "'tags.2.member.key'" in problem


def test_check_tags_reports_everything_in_one_exception() -> None:
    with pytest.raises(ValidationException) as err:
        check_tags([{"key": "aws:x", "value": "1"}, {"key": "a*", "value": "1"}])
    assert err.value.message.startswith("2 validation errors detected: ")
