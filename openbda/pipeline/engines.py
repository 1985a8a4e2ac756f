"""The models a worker keeps loaded for its whole life, opened on first use: an OCR engine for
scans and images, a language model for generative fields and custom output, sentence embeddings
for the offline extraction backend and the splitter."""

from __future__ import annotations

import logging
import os
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from openbda.config import Settings
from openbda.engines.embed.types import Embedder
from openbda.engines.llm import LanguageModel, NullModel, open_language_model
from openbda.engines.ocr.types import OcrUnavailable
from openbda.extraction.backend import Classifier, Extractor
from openbda.extraction.llm import LanguageModelClassifier, LanguageModelExtractor

if TYPE_CHECKING:
    from openbda.engines.ocr.types import OcrEngine


log = logging.getLogger(__name__)


class _LazyOcr:
    """Loads the OCR engine on first use: a text-layer PDF never pays for loading the models."""

    def __init__(self, engines: Engines):
        self._engines = engines

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engines.ocr, name)


class Engines:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    @cached_property
    def ocr(self) -> OcrEngine:
        try:
            from openbda.engines.ocr.factory import get_ocr_engine
        except ImportError as exc:
            raise OcrUnavailable(
                f"OCR is not installed ({exc.name} is missing): install openbda with the "
                "'ocr' extra to read scanned pages and images."
            ) from exc
        return get_ocr_engine(self.settings.ocr_engine, threads=self.ocr_threads)

    @property
    def ocr_threads(self) -> int:
        """Cores one page's OCR may use: the machine's cores shared among the pool's workers,
        so two workers OCRing at once do not fight over the same cores."""
        cores = os.cpu_count() or 1
        return max(1, cores // max(1, self.settings.workers))

    @property
    def lazy_ocr(self) -> OcrEngine:
        return cast("OcrEngine", _LazyOcr(self))

    @cached_property
    def embedder(self) -> Embedder | None:
        """Sentence embeddings (the `extract` extra), or None when they are not installed."""
        try:
            from openbda.engines.embed import EmbedderUnavailable, get_embedder

            embedder = get_embedder()
            embedder.embed([""])  # loads the model now: a missing package shows here
        except (ImportError, EmbedderUnavailable) as exc:
            log.warning("sentence embeddings are not available (%s)", exc)
            return None
        return embedder

    @cached_property
    def extraction(self) -> tuple[Extractor, Classifier] | None:
        """The backend that reads blueprint fields and matches blueprints: the language model
        when one is configured ("auto", "llm"), otherwise the offline default ("auto",
        "offline"); None when custom output cannot be produced ("none", or nothing installed)."""
        kind = self.settings.extraction_backend.strip().lower()
        if kind not in ("auto", "llm", "offline", "none"):
            raise ValueError(
                f"Unknown extraction backend {self.settings.extraction_backend!r}; "
                "use auto, offline, llm or none."
            )
        if kind == "none":
            return None
        model = self.language_model
        if kind == "llm" or (kind == "auto" and model.configured):
            if not model.configured:
                raise ValueError("The llm extraction backend needs OPENBDA_LLM_BACKEND set.")
            return LanguageModelExtractor(model), LanguageModelClassifier(model)
        embedder = self.embedder
        if embedder is None:
            if kind == "offline":
                raise ValueError("The offline extraction backend needs the 'extract' extra.")
            return None
        from openbda.extraction.offline import OfflineClassifier, OfflineExtractor

        return OfflineExtractor(embedder), OfflineClassifier(embedder)

    @cached_property
    def language_model(self) -> LanguageModel:
        s = self.settings
        if s.llm_backend.strip().lower() in ("", "none"):
            return NullModel()
        return open_language_model(
            s.llm_backend,
            base_url=s.llm_base_url or None,
            model=s.llm_model or None,
            api_key=s.llm_api_key or None,
            timeout=s.llm_timeout_seconds,
            retries=s.llm_retries,
            vision=s.llm_vision,
        )
