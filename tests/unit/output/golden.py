"""Golden files: expected renderer output kept under tests/golden, small and reviewed by eye.

Set OPENBDA_UPDATE_GOLDEN=1 to rewrite the files from the current output (then review the diff).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

GOLDEN_DIR = Path(__file__).resolve().parents[2] / "golden"


def assert_golden(relative: str, actual: str) -> None:
    path = GOLDEN_DIR / relative
    if os.environ.get("OPENBDA_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with OPENBDA_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from {path}"


def assert_golden_json(relative: str, actual: Any) -> None:
    """Compare as indented JSON text, which also pins the key order."""
    assert_golden(relative, pretty_json(actual) + "\n")


def pretty_json(value: Any, indent: str = "") -> str:
    """Indented JSON that keeps lists without objects (boxes, corners, ids) on one line."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(k)}: {pretty_json(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        items = [inner + pretty_json(v, inner) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False)
