"""Page content for the table tests: a sales table, running text in columns, and lists."""

from __future__ import annotations

import random

from tests.unit.tables.pdfgen import Layout, Text

SALES = [
    ["Region", "Units", "Revenue", "Margin"],
    ["North", "1,204", "$ 40,100", "12.5%"],
    ["South", "983", "$ 31,250", "9.8%"],
    ["East", "1,530", "$ 52,900", "14.1%"],
    ["West", "640", "$ 20,400", "7.2%"],
]
SALES_LAYOUT = Layout(xs=(72, 172, 252, 352, 432), ys=tuple(200 + 20 * i for i in range(6)))

_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "it",
    "as",
    "was",
    "with",
    "be",
    "by",
    "on",
    "not",
    "this",
    "are",
    "or",
    "from",
    "at",
    "which",
    "but",
    "have",
    "an",
    "they",
    "were",
    "there",
    "been",
    "one",
    "all",
    "their",
    "has",
    "would",
    "when",
    "if",
    "so",
    "more",
    "out",
    "can",
    "its",
    "who",
    "what",
    "about",
    "some",
    "time",
    "into",
    "them",
    "only",
    "also",
    "like",
    "other",
    "then",
    "first",
    "than",
    "new",
    "may",
    "these",
    "could",
    "any",
    "well",
    "where",
    "after",
    "over",
    "most",
    "made",
    "through",
    "just",
    "very",
    "years",
    "should",
    "because",
    "such",
    "those",
    "being",
    "here",
    "many",
    "see",
    "way",
    "how",
    "report",
    "market",
    "growth",
    "demand",
    "supply",
    "quarter",
    "region",
]


def sentence_line(rnd: random.Random, chars: int) -> str:
    out: list[str] = []
    while len(" ".join(out)) < chars:
        out.append(rnd.choice(_WORDS) + rnd.choice(["", "", "", ",", "."]))
    return " ".join(out)


def prose_column(
    x: float,
    top: float,
    lines: int,
    chars: int,
    *,
    size: float = 10.0,
    pitch: float = 12.5,
    seed: int = 1,
) -> list[Text]:
    """Running text: full lines of about `chars` characters, a short last line every seventh."""
    rnd = random.Random(seed)
    return [
        Text(x, top + pitch * i, sentence_line(rnd, chars if i % 7 != 6 else chars // 4), size)
        for i in range(lines)
    ]
