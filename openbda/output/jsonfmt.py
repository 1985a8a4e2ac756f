"""BDA's JSON file format: one line, `", "` and `": "` separators, non-ASCII escaped.

That is exactly Python's `json.dumps` with default arguments, which is what BDA's raw files look
like; NaN and infinities are refused because they are not JSON.
"""

from __future__ import annotations

import json
from typing import Any


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=True, allow_nan=False).encode("ascii")
