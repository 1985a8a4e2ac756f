"""The OpenAI-compatible backend and the generative fields against a real llama.cpp server with
a tiny model. These check that the path works end to end and that schema-constrained answers are
valid JSON of the asked shape, not that a 270M-parameter model is clever."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from openbda.document.model import BoundingBox, Document, Element, ElementType, Page, SubType
from openbda.engines.llm import Message, OpenAICompatibleModel
from openbda.pipeline.generative import GenerativeLimits, enrich_document
from tests.support.llama import tiny_model

SCHEMA = {
    "type": "object",
    "properties": {
        "vendor": {"type": "string"},
        "total": {"type": "number"},
        "paid": {"type": "boolean"},
    },
    "required": ["vendor", "total", "paid"],
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def model(llama_server: str) -> OpenAICompatibleModel:
    return tiny_model(llama_server)


def test_schema_constrained_answer_is_valid_json(model: OpenAICompatibleModel) -> None:
    completion = model.generate(
        [
            Message.system("Extract fields from the invoice as JSON."),
            Message.user("Invoice from Acme Corp. Total due: 429.99 USD. Status: paid."),
        ],
        json_schema=SCHEMA,
        max_tokens=120,
        temperature=0.0,
    )
    assert completion.finish_reason == "stop"
    assert isinstance(completion.data, dict), completion.text
    assert set(completion.data) == {"vendor", "total", "paid"}
    assert isinstance(completion.data["vendor"], str)
    assert isinstance(completion.data["total"], int | float)
    assert isinstance(completion.data["paid"], bool)
    assert completion.prompt_tokens and completion.completion_tokens


def test_plain_text_answer(model: OpenAICompatibleModel) -> None:
    completion = model.generate([Message.user("Name a colour.")], max_tokens=16, temperature=0.0)
    assert completion.text.strip()
    assert completion.data is None
    assert completion.finish_reason in ("stop", "length")


def test_concurrent_requests_share_one_backend(model: OpenAICompatibleModel) -> None:
    def ask(n: int) -> object:
        return model.generate(
            [Message.user(f"Return the number {n} as JSON.")],
            json_schema={
                "type": "object",
                "properties": {"n": {"type": "integer"}},
                "required": ["n"],
                "additionalProperties": False,
            },
            max_tokens=40,
            temperature=0.0,
        ).data

    with ThreadPoolExecutor(max_workers=3) as pool:
        answers = list(pool.map(ask, range(3)))
    assert all(isinstance(a, dict) and isinstance(a.get("n"), int) for a in answers)


def test_generative_fields_end_to_end(model: OpenAICompatibleModel) -> None:
    box = BoundingBox(0.1, 0.1, 0.8, 0.05)
    elements = (
        Element(ElementType.TEXT, 0, box, SubType.TITLE, "Monthly Treasury Statement"),
        Element(
            ElementType.TEXT,
            0,
            box,
            SubType.PARAGRAPH,
            "Receipts of the United States Government for March were 368 billion dollars "
            "and outlays were 529 billion dollars, a deficit of 161 billion dollars.",
        ),
        Element(ElementType.FIGURE, 0, box, SubType.CHART, "", title="Figure 1: Monthly receipts"),
    )
    document = Document(pages=(Page(0, 612, 792, elements),), file_type="PDF")
    # Small budgets keep the test quick; answers cut short still give whole sentences.
    # Greedy decoding: sampled at the default temperature, the 270M model now and then wrote a
    # description long enough that no summary came back, and this test failed at random.
    limits = GenerativeLimits(summary_tokens=250, tokens_per_figure=150, temperature=0.0)
    enriched = enrich_document(document, model, figures=True, limits=limits)
    assert enriched.description and enriched.summary
    figure = enriched.pages[0].elements[2]
    assert figure.summary is not None and figure.summary.startswith("Title: ")


def test_log_probabilities_come_token_by_token(model: OpenAICompatibleModel) -> None:
    completion = model.generate(
        [Message.user("Invoice from Acme Corp. Total due: 429.99 USD. Who sent it?")],
        json_schema={
            "type": "object",
            "properties": {"vendor": {"type": "string"}},
            "required": ["vendor"],
        },
        max_tokens=40,
        temperature=0.0,
        logprobs=True,
    )
    assert completion.tokens, "the server returned no log-probabilities"
    # Servers may trim blank space around the content; the tokens keep it.
    assert "".join(t.text for t in completion.tokens).strip() == completion.text.strip()
    assert all(t.logprob <= 0.0 for t in completion.tokens)
