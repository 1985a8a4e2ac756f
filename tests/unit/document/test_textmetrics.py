from __future__ import annotations

import random

from bench.textmetrics import levenshtein, similarity, strip_markdown


def _reference(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def test_levenshtein_matches_the_textbook_algorithm() -> None:
    rng = random.Random(7)
    for _ in range(300):
        a = "".join(rng.choice("abc ") for _ in range(rng.randint(0, 40)))
        b = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 40)))
        assert levenshtein(a, b) == _reference(a, b)


def test_similarity_and_markdown_stripping() -> None:
    assert similarity("a  b\nc", "a b c") == 1.0
    assert similarity("", "") == 1.0
    markdown = "## Title\n\n- item *one*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n<!-- image -->\n\\_x"
    assert " ".join(strip_markdown(markdown).split()) == "Title item one a b 1 2 _x"
