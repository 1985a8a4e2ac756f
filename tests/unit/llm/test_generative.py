"""Generative fields: what is asked of the model, how answers become BDA's fields, and how cost
is bounded. A scripted model stands in for the backend, except in the wire test at the end."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from openbda.document.model import BoundingBox, Document, Element, ElementType, Page, SubType
from openbda.document.pdf import build_pdf_document
from openbda.document.render import Raster, page_renderer
from openbda.engines.llm import (
    Completion,
    LanguageModelUnavailable,
    Message,
    NullModel,
    OpenAICompatibleModel,
)
from openbda.pipeline.generative import (
    GenerativeLimits,
    document_excerpt,
    document_language,
    enrich_document,
    figure_summary,
    page_images,
    string_fields,
)
from openbda.samples import PageSpec, Run, make_pdf
from tests.unit.llm.chat_double import ChatDouble

BOX = BoundingBox(0.1, 0.1, 0.5, 0.2)


@dataclass
class ScriptedModel:
    """Answers document requests with `document` and figure requests from `figure`."""

    document: dict[str, Any] = field(
        default_factory=lambda: {
            "description": "This is a quarterly sales report for Acme Corp",
            "summary": "Sales grew in every region.",
        }
    )
    figure: Callable[[int], dict[str, Any]] = lambda n: {
        "number": n,
        "title": f"Chart {n}",
        "description": f"Bars for figure {n}.",
        "csv": "region,sales\nNorth,10",
    }
    accepts_images: bool = False
    calls: list[tuple[list[Message], dict[str, Any] | None, int]] = field(default_factory=list)
    name: str = "scripted"
    configured: bool = True

    def generate(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int,
        temperature: float,
    ) -> Completion:
        self.calls.append((list(messages), json_schema, max_tokens))
        assert json_schema is not None
        if "figures" in json_schema["properties"]:
            count = messages[-1].text.count("\nFigure ")
            data: Any = {"figures": [self.figure(n) for n in range(1, count + 1)]}
        elif "title" in json_schema["properties"]:  # one figure: a flat answer
            data = self.figure(1)
        else:
            data = self.document
        return Completion(json.dumps(data), data, "stop")

    def close(self) -> None:
        pass

    def prompts(self) -> list[str]:
        return [messages[-1].text for messages, _, _ in self.calls]


def text(sub_type: SubType, value: str) -> Element:
    return Element(ElementType.TEXT, 0, BOX, sub_type, value)


def figure(sub_type: SubType = SubType.CHART, title: str = "", inner: str = "") -> Element:
    return Element(ElementType.FIGURE, 0, BOX, sub_type, inner, title=title)


def doc(*pages: Sequence[Element]) -> Document:
    built = []
    for index, elements in enumerate(pages):
        placed = tuple(
            Element(e.type, index, e.box, e.sub_type, e.text, title=e.title) for e in elements
        )
        built.append(Page(index, 612, 792, placed))
    return Document(pages=tuple(built), file_type="PDF")


REPORT = doc(
    [
        text(SubType.TITLE, "Quarterly Sales Report"),
        text(SubType.PARAGRAPH, "The report covers the sales of the quarter in all the regions."),
        figure(SubType.CHART, "Figure 1: Sales by region", "North South"),
        text(SubType.PARAGRAPH, "North led the growth with the new product line."),
        text(SubType.PAGE_NUMBER, "1"),
    ]
)


def test_no_backend_leaves_the_document_unchanged() -> None:
    assert enrich_document(REPORT, NullModel(), figures=True) is REPORT


def test_document_summary_and_description() -> None:
    model = ScriptedModel()
    enriched = enrich_document(REPORT, model, figures=False)
    assert enriched.description == "This is a quarterly sales report for Acme Corp"
    assert enriched.summary == "Sales grew in every region."
    # One request; figures untouched when not asked for.
    assert len(model.calls) == 1
    assert enriched.pages[0].elements[2].summary is None
    prompt = model.prompts()[0]
    assert "Quarterly Sales Report" in prompt and "North led the growth" in prompt
    assert "[Figure: Figure 1: Sales by region]" in prompt
    assert "Write in English" in prompt
    assert "about 250 words" in prompt and "about 10 words" in prompt
    # Page numbers say nothing about the content.
    assert "\n1\n" not in prompt


def test_figure_summaries_in_bda_format() -> None:
    document = doc(
        [
            text(SubType.PARAGRAPH, "Text before the figures of the report on this page."),
            figure(SubType.CHART, "Figure 1: Sales"),
            figure(SubType.IMAGE, "Figure 2: The plant"),
            figure(SubType.LOGO),
        ]
    )
    model = ScriptedModel()
    enriched = enrich_document(document, model, figures=True)
    chart, image, logo = enriched.pages[0].elements[1:]
    assert chart.summary == (
        "Title: Chart 1\nBars for figure 1.\n<csv_data>\nregion,sales\nNorth,10\n</csv_data>"
    )
    # Only charts carry data.
    assert image.summary == "Title: Chart 2\nBars for figure 2."
    assert logo.summary == "Title: Chart 3\nBars for figure 3."
    # Three figures of text only: one batched request after the document's.
    assert len(model.calls) == 2
    figure_prompt = model.prompts()[1]
    assert "Figure 1 (chart)" in figure_prompt and "Figure 3 (logo)" in figure_prompt
    assert "Caption: Figure 2: The plant" in figure_prompt
    assert "Text before: Text before the figures" in figure_prompt
    # Everything else is kept as it was.
    assert enriched.pages[0].elements[0] == document.pages[0].elements[0]
    assert chart.title == "Figure 1: Sales"


def test_figure_summary_falls_back_to_the_caption_for_a_title() -> None:
    element = figure(SubType.IMAGE, "Figure 4: A map")
    assert figure_summary(element, "", "A map of the state.", "") == (
        "Title: Figure 4: A map\nA map of the state."
    )
    assert figure_summary(figure(SubType.IMAGE), "", "", "") is None
    # Text that is not CSV is not passed off as data.
    assert figure_summary(figure(), "T", "D", "none") == "Title: T\nD"


def test_renumbered_and_missing_figure_answers() -> None:
    model = ScriptedModel(
        figure=lambda n: {"number": 7, "title": f"T{n}", "description": "d", "csv": ""}
    )
    enriched = enrich_document(doc([figure(), figure()]), model, figures=True)
    assert [e.summary for e in enriched.pages[0].elements] == ["Title: T1\nd", "Title: T2\nd"]


def test_figures_are_batched() -> None:
    model = ScriptedModel()
    document = doc([figure() for _ in range(10)], [figure() for _ in range(7)])
    enriched = enrich_document(document, model, figures=True)
    assert all(e.summary for e in enriched.elements())
    # 17 figures, 8 per text-only request: 3 figure requests after the document's.
    assert len(model.calls) == 4
    assert [tokens for _, _, tokens in model.calls[1:]] == [3200, 3200, 400]


def test_at_most_twenty_figures_per_page_are_captioned() -> None:
    enriched = enrich_document(doc([figure() for _ in range(25)]), ScriptedModel(), figures=True)
    summaries = [e.summary for e in enriched.pages[0].elements]
    assert all(summaries[:20]) and not any(summaries[20:])


def test_time_budget_stops_figure_requests() -> None:
    now = [0.0]
    model = ScriptedModel()

    def clock() -> float:
        now[0] += 40.0  # every look at the clock: 40 s later
        return now[0]

    limits = GenerativeLimits(time_budget=100.0)
    document = doc([figure() for _ in range(20)], [figure() for _ in range(20)])
    enriched = enrich_document(document, model, figures=True, limits=limits, clock=clock)
    captioned = sum(1 for e in enriched.elements() if e.summary)
    assert 0 < captioned < 40
    assert enriched.summary  # the document's fields come first


def test_vision_models_get_figure_crops() -> None:
    model = ScriptedModel(accepts_images=True)
    width, height = 100, 50
    stride = 1 + 3 * width
    raster = Raster(width, height, memoryview(bytes(stride * height)))
    asked: list[int] = []

    def page_images(index: int) -> Raster:
        asked.append(index)
        return raster

    document = doc([figure(), figure(), figure()])
    enrich_document(document, model, figures=True, page_images=page_images)
    figure_calls = model.calls[1:]
    # Images cost many tokens: two figures per request.
    assert [len(messages[-1].images) for messages, _, _ in figure_calls] == [2, 1]
    png = figure_calls[0][0][-1].images[0].data
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert asked == [0]  # one render per page


def test_text_only_models_get_no_images() -> None:
    model = ScriptedModel(accepts_images=False)

    def page_images(index: int) -> Raster:
        raise AssertionError("pages must not be rendered for a text-only model")

    enrich_document(doc([figure()]), model, figures=True, page_images=page_images)
    assert all(not m.images for messages, _, _ in model.calls for m in messages)


def test_unusable_answers_leave_fields_empty() -> None:
    model = ScriptedModel(document={"unexpected": 1}, figure=lambda n: {"nonsense": True})
    enriched = enrich_document(REPORT, model, figures=True)
    assert enriched.summary is None and enriched.description is None
    assert enriched.pages[0].elements[2].summary is None


def test_backend_failures_propagate() -> None:
    class Down(ScriptedModel):
        def generate(self, messages: Sequence[Message], **kwargs: Any) -> Completion:
            raise LanguageModelUnavailable("down")

    with pytest.raises(LanguageModelUnavailable):
        enrich_document(REPORT, Down(), figures=True)


def test_empty_document_asks_nothing() -> None:
    model = ScriptedModel()
    enriched = enrich_document(doc([]), model, figures=True)
    assert model.calls == [] and enriched.summary is None


def test_long_documents_are_cut_to_the_budget() -> None:
    pages = []
    for n in range(60):
        pages.append(
            [
                text(SubType.SECTION_HEADER, f"Section {n}"),
                text(SubType.PARAGRAPH, f"Paragraph {n}. " + "word " * 80),
            ]
        )
    document = doc(*pages)
    limits = GenerativeLimits(document_chars=6000)
    excerpt = document_excerpt(document, limits)
    assert len(excerpt) <= 6000 + 200
    assert excerpt.startswith("Section 0\n\nParagraph 0.")
    assert "[...]" in excerpt and "Headings of the omitted part:" in excerpt
    assert "Section 30" in excerpt  # an outline of the middle
    assert excerpt.rstrip().endswith("word")  # and the end itself
    assert "Paragraph 59." in excerpt
    model = ScriptedModel()
    enrich_document(document, model, figures=False, limits=limits)
    assert "shortened" in model.prompts()[0]


def test_short_documents_are_sent_whole() -> None:
    assert document_excerpt(REPORT).startswith("Quarterly Sales Report\n\nThe report covers")


@pytest.mark.parametrize(
    ("sample", "language"),
    [
        ("The committee approved the budget for the year and the plan is in effect.", "English"),
        (
            "Le comité a approuvé le budget pour l'année et le plan est en vigueur dans la ville.",
            "French",
        ),
        (
            "Der Ausschuss hat den Haushalt für das Jahr genehmigt und der Plan ist nicht neu.",
            "German",
        ),
        ("코로나-19 관련 보험약관상 재해보험금 지급문제 및 개선과제", "Korean"),
        ("新型コロナウイルスに関する保険の支払いについて説明します。", "Japanese"),
        ("关于新冠肺炎保险理赔问题的研究报告", "Chinese"),
        ("12 345 678 90", None),
    ],
)
def test_document_language(sample: str, language: str | None) -> None:
    assert document_language(doc([text(SubType.PARAGRAPH, sample)])) == language


def test_prompts_name_the_documents_language() -> None:
    model = ScriptedModel()
    korean = doc(
        [text(SubType.PARAGRAPH, "코로나-19 관련 보험약관상 재해보험금 지급문제 및 개선과제")]
    )
    enrich_document(korean, model, figures=False)
    assert "Write in Korean" in model.prompts()[0]


def test_cut_off_answers_keep_whole_sentences() -> None:
    cut = Completion(
        '{"description": "A report.", "summary": "First point. Second po',
        {"description": "A report.", "summary": "First point. Second po"},
        "length",
    )
    assert string_fields(cut, ("description", "summary")) == {
        "description": "A report.",
        "summary": "First point.",
    }
    whole = Completion("", {"summary": "No end mark but complete"}, "stop")
    assert string_fields(whole, ("summary",)) == {"summary": "No end mark but complete"}


def test_page_images_render_on_demand() -> None:
    data = make_pdf([PageSpec(runs=[Run(72, 72, "Hello")]), PageSpec(width=300, height=200)])
    document = build_pdf_document(data)
    render = page_images(page_renderer(data, "PDF"), document, dpi=72)
    first = render(0)
    assert first is not None and (first.width, first.height) == (612, 792)
    second = render(1)
    assert second is not None and (second.width, second.height) == (300, 200)
    assert render(5) is None


def test_through_the_wire() -> None:
    """The same enrichment through the OpenAI-compatible backend and a local HTTP server."""

    def answer(payload: dict[str, Any]) -> str:
        schema = payload["response_format"]["json_schema"]["schema"]
        if "title" in schema["properties"]:
            return json.dumps(
                {"number": 1, "title": "Sales", "description": "Bars.", "csv": "a,b\n1,2"}
            )
        return json.dumps({"description": "This is a sales report", "summary": "Sales grew."})

    with ChatDouble(answer) as server:
        model = OpenAICompatibleModel(server.base_url, "m")
        enriched = enrich_document(REPORT, model, figures=True)
        model.close()
    assert enriched.description == "This is a sales report"
    assert enriched.pages[0].elements[2].summary == (
        "Title: Sales\nBars.\n<csv_data>\na,b\n1,2\n</csv_data>"
    )
    assert len(server.requests) == 2


def test_a_lone_figure_gets_a_flat_schema() -> None:
    model = ScriptedModel()
    enriched = enrich_document(REPORT, model, figures=True)
    schema = model.calls[1][1]
    assert schema is not None and "title" in schema["properties"]
    assert enriched.pages[0].elements[2].summary is not None
