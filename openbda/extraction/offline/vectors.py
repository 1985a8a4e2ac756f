"""Sentence vectors of labels, field questions and blueprint descriptions, cached.

The same texts come back document after document ("Total", "Date", a blueprint's fields), so
each text is embedded once per process and kept (up to MAX_ENTRIES; then the cache starts
over). The lock only guards the dictionary: embedding runs outside it, so two threads may
embed the same new text once each, which is harmless.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from openbda.engines.embed.types import Embedder, Vectors

MAX_ENTRIES = 50_000


class VectorCache:
    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def of(self, texts: Sequence[str]) -> Vectors:
        """One unit-length row per text, in order."""
        with self._lock:
            known = {t: self._cache[t] for t in set(texts) if t in self._cache}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = self.embedder.embed(missing)
            with self._lock:
                if len(self._cache) + len(missing) > MAX_ENTRIES:
                    self._cache.clear()
                for text, row in zip(missing, fresh, strict=True):
                    self._cache[text] = known[text] = row
        if not texts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([known[t] for t in texts]).astype(np.float32, copy=False)
