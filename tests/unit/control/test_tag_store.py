"""The tag store on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from openbda.store.db import Database
from openbda.store.tags import TagStore, TooManyTags


def arn_for(account: str, resource: str = "blueprint/a1b2c3d4e5f6") -> str:
    return f"arn:aws:bedrock:us-east-1:{account}:{resource}"


def test_tag_merge_overwrite_untag_and_order(db: Database, account: str) -> None:
    tags, arn = TagStore(db), arn_for(account)
    tags.tag(arn, account, {"b": "2", "a": "1"})
    tags.tag(arn, account, {"a": "one", "c": ""})
    assert list(tags.list(arn).items()) == [("a", "one"), ("b", "2"), ("c", "")]
    tags.untag(arn, ["a", "missing"])
    assert tags.list(arn) == {"b": "2", "c": ""}
    tags.untag(arn, [])
    assert tags.list(arn) == {"b": "2", "c": ""}


def test_resources_do_not_share_tags(db: Database, account: str) -> None:
    tags = TagStore(db)
    one, two = arn_for(account), arn_for(account, "data-automation-project/a1b2c3d4e5f6")
    tags.tag(one, account, {"k": "1"})
    tags.tag(two, account, {"k": "2"})
    tags.delete_all(one)
    assert tags.list(one) == {}
    assert tags.list(two) == {"k": "2"}


def test_the_limit_counts_existing_and_new_keys(db: Database, account: str) -> None:
    tags, arn = TagStore(db, max_tags=3), arn_for(account)
    tags.tag(arn, account, {"a": "1", "b": "2"})
    tags.tag(arn, account, {"a": "x", "c": "3"})  # overwriting a key costs nothing
    with pytest.raises(TooManyTags) as err:
        tags.tag(arn, account, {"d": "4"})
    assert (err.value.limit, err.value.would_have) == (3, 4)
    assert tags.list(arn) == {"a": "x", "b": "2", "c": "3"}


def test_racing_taggers_never_exceed_the_limit(db: Database, account: str) -> None:
    tags, arn = TagStore(db, max_tags=4), arn_for(account)
    refused: list[str] = []

    def attempt(i: int) -> None:
        try:
            tags.tag(arn, account, {f"k{i}": "v"})
        except TooManyTags:
            refused.append(f"k{i}")

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(tags.list(arn)) == 4
    assert len(refused) == 6
