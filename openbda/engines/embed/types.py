"""The sentence-embedding protocol: texts in, one unit-length vector per text out.

Stages that match blueprint field names and instructions, or document classes, against document
text compare these vectors by dot product (which is the cosine, since every row has length 1).
An embedder is shared by the jobs of a worker process, so implementations must be thread-safe.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TypeAlias

if TYPE_CHECKING:
    # numpy comes with the `extract` extra; the protocol can be imported without it.
    import numpy as np
    import numpy.typing as npt

# float32, shape (number of texts, dim); every row has L2 norm 1.
Vectors: TypeAlias = "npt.NDArray[np.float32]"


class EmbedderUnavailable(Exception):
    """The `extract` extra (tokenizers, safetensors, numpy, the model package) is missing."""


class Embedder(Protocol):
    @property
    def dim(self) -> int:
        """Length of each vector."""
        ...

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One L2-normalised row per text, in the order given (an empty text is allowed)."""
        ...
