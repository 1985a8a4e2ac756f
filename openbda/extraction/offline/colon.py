""" "Label: value" inside a phrase, several pairs per phrase allowed.

"Date: 05/11/2025  Time: 13:42" holds two pairs: the second label's words are found by looking
back from its colon (at most BACK_LABEL_WORDS, stopping at a capitalised word unless it is one
that continues a label leftwards, like "No" in "Invoice No:"). A colon between digits (13:42) or
before "//" (a URL) is no label's; "Tel:0123" is cut in two, each part with its share of the
word's box.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from openbda.document.model import Word
from openbda.extraction.offline.layout import part_of_word

MAX_LABEL_CHARS = 60
BACK_LABEL_WORDS = 4
_CONTINUES = frozenset({"no", "no.", "nr", "nr.", "#", "number", "id", "code", "date", "num"})
_LABEL_COLON = re.compile(r"^(?P<label>[^\W\d_][^:]*|#)?:(?P<rest>.*)$")


def _split_words(words: Sequence[Word]) -> list[tuple[Word, bool]]:
    """The phrase's words, "Label:value" words cut in two, each with whether it ends a label."""
    out: list[tuple[Word, bool]] = []
    for word in words:
        match = _LABEL_COLON.match(word.text)
        if match is None or match["rest"].startswith("//"):
            out.append((word, False))
            continue
        cut = len(word.text) - len(match["rest"])
        if match["rest"]:
            out.append((part_of_word(word, 0, cut), True))
            out.append((part_of_word(word, cut, len(word.text)), False))
        else:
            out.append((word, True))
    return out


def colon_pairs(words: Sequence[Word]) -> list[tuple[str, tuple[Word, ...]]]:
    """(label, value words) for each colon label of a phrase; value may be empty."""
    parts = _split_words(words)
    ends = [i for i, (_, is_end) in enumerate(parts) if is_end]
    if not ends:
        return []
    starts = [0]
    for previous, end in itertools.pairwise(ends):
        starts.append(_label_start(parts, previous + 1, end))
    pairs = []
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        label = " ".join(w.text for w, _ in parts[start : end + 1]).rstrip(":").strip()
        stop = starts[k + 1] if k + 1 < len(starts) else len(parts)
        value = tuple(w for w, _ in parts[end + 1 : stop])
        if label and len(label) <= MAX_LABEL_CHARS:
            pairs.append((label, value))
    return pairs


def _label_start(parts: Sequence[tuple[Word, bool]], floor: int, end: int) -> int:
    """Where a label ending at `end` starts, looking back no further than leaves the previous
    value a word (`floor` is the previous value's first word)."""
    start = end
    while start - 1 > floor and end - start + 1 < BACK_LABEL_WORDS:
        word = parts[start][0].text
        if word[:1].isupper() and word.lower().rstrip(":") not in _CONTINUES:
            break
        before = parts[start - 1][0].text
        if not before.replace(".", "").replace("#", "").isalpha() or before.endswith((",", ";")):
            break
        start -= 1
    return start
