"""Blueprint extraction with a chat model: the answer schema, the prompt, confidences from token
log-probabilities and grounding; and the whole path against a real llama.cpp server."""

from __future__ import annotations

import json
import math

import pytest

from openbda.blueprints.model import LeafField
from openbda.blueprints.schema import parse_schema
from openbda.document.pdf import build_pdf_document
from openbda.engines.llm import Completion, TokenLogprob
from openbda.extraction.grounding import Grounder
from openbda.extraction.llm import (
    NOT_ON_PAGE,
    LanguageModelExtractor,
    _AnswerReader,
    _TokenProbabilities,
    answer_schema,
    extraction_prompt,
)
from openbda.extraction.types import GroupResult, LeafResult, TableResult
from openbda.samples import sample_invoice_pdf
from tests.support.llama import tiny_model

INVOICE = parse_schema(
    json.dumps(
        {
            "class": "Invoice",
            "description": "A supplier's invoice",
            "type": "object",
            "definitions": {
                "Party": {
                    "type": "object",
                    "properties": {
                        "name": {
                            "type": "string",
                            "inferenceType": "explicit",
                            "instruction": "The company name",
                        },
                    },
                },
                "Line": {
                    "type": "object",
                    "properties": {
                        "description": {
                            "type": "string",
                            "inferenceType": "explicit",
                            "instruction": "What was delivered",
                        },
                    },
                },
            },
            "properties": {
                "invoice_number": {
                    "type": "string",
                    "inferenceType": "explicit",
                    "instruction": "The invoice number",
                },
                "total": {
                    "type": "number",
                    "inferenceType": "explicit",
                    "instruction": "The total amount due",
                },
                "is_paid": {
                    "type": "boolean",
                    "inferenceType": "inferred",
                    "instruction": "Whether the invoice has been paid",
                },
                "vendor": {"$ref": "#/definitions/Party"},
                "lines": {
                    "type": "array",
                    "instruction": "The delivered items",
                    "items": {"$ref": "#/definitions/Line"},
                },
            },
        }
    )
)


@pytest.fixture(scope="module")
def invoice_doc():  # type: ignore[no-untyped-def]
    return build_pdf_document(sample_invoice_pdf())


def tokens_of(text: str, logprob: float) -> tuple[TokenLogprob, ...]:
    """The answer cut into 3-character tokens, each with the same log-probability."""
    return tuple(TokenLogprob(text[i : i + 3], logprob) for i in range(0, len(text), 3))


def test_the_answer_schema_mirrors_the_blueprint() -> None:
    schema = answer_schema(INVOICE)
    assert list(schema["properties"]) == ["invoice_number", "total", "is_paid", "vendor", "lines"]
    assert schema["required"] == list(schema["properties"])
    assert schema["properties"]["total"] == {"type": ["string", "null"]}
    assert schema["properties"]["is_paid"] == {"type": ["boolean", "null"]}
    assert schema["properties"]["vendor"]["properties"]["name"] == {"type": ["string", "null"]}
    lines = schema["properties"]["lines"]
    assert lines["type"] == "array" and list(lines["items"]["properties"]) == ["description"]


def test_the_prompt_carries_the_text_and_every_instruction(invoice_doc) -> None:  # type: ignore[no-untyped-def]
    prompt = extraction_prompt(invoice_doc, INVOICE, [0])
    assert "--- page 1 ---" in prompt and "Total due: 429.99 GBP" in prompt
    for instruction in ("The invoice number", "The total amount due", "What was delivered"):
        assert instruction in prompt


def test_confidence_is_the_models_probability_of_the_value(invoice_doc) -> None:  # type: ignore[no-untyped-def]
    answer = {"invoice_number": "INV-2041", "total": "429.99", "is_paid": None}
    text = json.dumps(answer)
    sure, unsure = math.log(0.95), math.log(0.5)
    # The number's tokens are unsure, everything else sure.
    start = text.index('"429.99"')
    tokens = tuple(
        TokenLogprob(ch, unsure if start <= i < start + 8 else sure) for i, ch in enumerate(text)
    )
    reader = _AnswerReader(
        Grounder(invoice_doc), _TokenProbabilities(Completion(text, answer, tokens=tokens))
    )
    [number, total, paid] = [reader.field(f, answer[f.name]) for f in INVOICE.fields[:3]]
    assert isinstance(number, LeafResult) and number.value == "INV-2041"
    assert number.confidence == pytest.approx(0.95)
    assert number.evidence and number.evidence[0].page_index == 0
    assert isinstance(total, LeafResult) and total.value == 429.99
    assert total.confidence == pytest.approx(0.5)
    assert isinstance(paid, LeafResult) and paid.value is None and paid.evidence == ()


def test_an_explicit_value_not_on_the_page_is_doubted(invoice_doc) -> None:  # type: ignore[no-untyped-def]
    answer = {"invoice_number": "INV-9999"}
    text = json.dumps(answer)
    completion = Completion(text, answer, tokens=tokens_of(text, math.log(0.9)))
    reader = _AnswerReader(Grounder(invoice_doc), _TokenProbabilities(completion))
    field = INVOICE.fields[0]
    assert isinstance(field, LeafField)
    result = reader.leaf(field, "INV-9999")
    assert result.value == "INV-9999" and result.evidence == ()
    assert result.confidence == pytest.approx(0.9 * NOT_ON_PAGE)


def test_the_whole_path_against_a_real_model(llama_server: str, invoice_doc) -> None:  # type: ignore[no-untyped-def]
    model = tiny_model(llama_server)
    results = LanguageModelExtractor(model).extract(invoice_doc, INVOICE, [0])
    assert [r.field.name for r in results] == [
        "invoice_number",
        "total",
        "is_paid",
        "vendor",
        "lines",
    ]
    leaves = [r for r in results if isinstance(r, LeafResult)]
    assert len(leaves) == 3
    assert isinstance(results[3], GroupResult) and isinstance(results[4], TableResult)
    for leaf in leaves:
        assert 0.0 <= leaf.confidence <= 1.0
        assert leaf.value is None or isinstance(leaf.value, str | int | float | bool)
    # The tiny model need not be right, but what it read from the page is grounded there.
    for leaf in leaves:
        for evidence in leaf.evidence:
            assert evidence.page_index == 0 and 0 <= evidence.box.left <= 1
