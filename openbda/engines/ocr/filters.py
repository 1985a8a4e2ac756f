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
