"""Which recognised text to keep.

Detectors fire on textures (colour bars, photos, rules, stamps) and the recogniser then returns
short junk with low scores ("_", "一", "7"). Dropping by score alone would also drop real but
blurry text, so symbols-only fragments must clear a higher bar than words and numbers do.
"""

from __future__ import annotations

import unicodedata

# Below this a line is dropped whatever it says.
MIN_LINE_CONFIDENCE = 0.5
# A fragment without any letter or digit ("_", "-", "|") is kept only above this.
MIN_SYMBOL_CONFIDENCE = 0.85


def has_alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def is_printable(text: str) -> bool:
    return all(unicodedata.category(ch)[0] != "C" for ch in text)


def keep_line(text: str, confidence: float) -> bool:
    text = text.strip()
    if not text or not is_printable(text) or confidence < MIN_LINE_CONFIDENCE:
        return False
    return has_alnum(text) or confidence >= MIN_SYMBOL_CONFIDENCE


# Full-width forms of the ASCII characters (U+FF01..U+FF5E) sit this far above them.
_FULL_WIDTH_OFFSET = 0xFEE0


def latin_forms(text: str) -> str:
    """Full-width punctuation and letters as ASCII on a line without CJK script.

    The recogniser is trained mostly on Chinese text and often reads a printed "(" or ":" in
    a Latin line as its full-width form (U+FF08); on a line of CJK script those forms are what
    is printed, so such lines are left as read.
    """
    if not any("\uff01" <= ch <= "\uff5e" or ch == "\u3000" for ch in text):
        return text
    if any(_is_cjk(ch) for ch in text):
        return text
    return "".join(
        " "
        if ch == "\u3000"
        else chr(ord(ch) - _FULL_WIDTH_OFFSET)
        if "\uff01" <= ch <= "\uff5e"
        else ch
        for ch in text
    )


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x9FFF  # CJK ideographs
        or 0xAC00 <= code <= 0xD7AF  # hangul
        or 0xF900 <= code <= 0xFAFF
    )
