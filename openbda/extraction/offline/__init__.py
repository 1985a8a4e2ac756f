"""The default extraction backend: layout-aware key/value detection, tables, typed patterns
and sentence embeddings on the CPU, with no model server (see `extractor` and `classifier`).

Needs the `extract` extra (numpy and the embedding model) at run time."""

from openbda.extraction.offline.classifier import OfflineClassifier
from openbda.extraction.offline.extractor import OfflineExtractor

__all__ = ["OfflineClassifier", "OfflineExtractor"]
