"""Generative fields of a document's standard output: the document's summary (~250 words) and
description (~10 words), and each figure's caption in BDA's format

    Title: <title>
    <description>
    <csv_data>            (charts only, when values could be read)
    <csv>
    </csv_data>

all in the document's language. With no backend configured (`NullModel`) the document comes
back unchanged and the renderer leaves these fields out.

Cost is bounded three ways: the document text sent is cut to a budget (its beginning, an outline
of its later headings and its end, since that is where a summary's substance lives); figures go
to the model in batches, at most 20 per page as BDA captions; and a time budget stops figure
requests once spent, leaving the rest without a caption. A backend that fails after its retries
raises `LanguageModelError`: the job ends `ServiceError` rather than silently lacking fields.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from openbda.document.model import Document, Element, ElementType, Page, SubType
from openbda.document.render import PageRenderer, Raster, encode_png
from openbda.engines.llm.types import Completion, ImagePart, LanguageModel, Message, Part

log = logging.getLogger(__name__)

# The page (by index) as an image, or None when it cannot be had; figure crops come from it.
PageImages = Callable[[int], Raster | None]


@dataclass(frozen=True)
class GenerativeLimits:
    # Characters of document text sent for the summary (~4 characters a token in English).
    document_chars: int = 12_000
    # Of that budget: the outline of later headings, and the document's end.
    outline_share: float = 0.15
    ending_share: float = 0.15
    summary_tokens: int = 900
    # Figures per request: several when the model reads only text, fewer with images, which
    # cost hundreds of tokens each.
    text_figures_per_request: int = 8
    image_figures_per_request: int = 2
    tokens_per_figure: int = 400
    # BDA captions at most 20 figures per page.
    figures_per_page: int = 20
    max_figures: int = 200
    # Characters of context (caption, text inside, text around) sent per figure.
    figure_context_chars: int = 600
    # Seconds for all figure requests of one document.
    time_budget: float = 600.0
    temperature: float = 0.2


DEFAULT_LIMITS = GenerativeLimits()

_DOCUMENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "description": {"type": "string"},
        "summary": {"type": "string"},
    },
    "required": ["description", "summary"],
    "additionalProperties": False,
}

_FIGURE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "number": {"type": "integer"},
        "title": {"type": "string"},
        "description": {"type": "string"},
        "csv": {"type": "string"},
    },
    "required": ["number", "title", "description", "csv"],
    "additionalProperties": False,
}
# Several figures in one request; a request for one figure asks for the flat object, which
# small models fill more reliably than a nested list.
_FIGURES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"figures": {"type": "array", "items": _FIGURE_SCHEMA}},
    "required": ["figures"],
    "additionalProperties": False,
}


def enrich_document(
    document: Document,
    model: LanguageModel,
    *,
    figures: bool,
    page_images: PageImages | None = None,
    limits: GenerativeLimits = DEFAULT_LIMITS,
    clock: Callable[[], float] = time.monotonic,
) -> Document:
    """The document with `summary`, `description` and (when `figures`) figure summaries."""
    if not model.configured:
        return document
    language = document_language(document)
    description, summary = _describe_document(document, model, language, limits)
    enriched = replace(document, description=description, summary=summary)
    if not figures:
        return enriched
    captions = _caption_figures(document, model, language, page_images, limits, clock)
    if not captions:
        return enriched
    return replace(enriched, pages=tuple(_with_captions(page, captions) for page in document.pages))


def page_images(
    render_pages: PageRenderer, document: Document, *, dpi: float = 110.0
) -> PageImages:
    """Pages of the document's file drawn on demand (the last one kept), for figure crops.

    110 dpi keeps a full-page chart legible to vision models while a crop stays a few hundred
    kilobytes; pages are capped at 4 megapixels whatever their size.
    """
    sizes = {p.index: (p.width_pt, p.height_pt) for p in document.pages}
    cache: dict[int, Raster] = {}

    def render(index: int) -> Raster | None:
        if index not in sizes:
            return None
        if index not in cache:
            width, height = sizes[index]
            scale = min(dpi / 72.0, (4_000_000 / max(width * height, 1.0)) ** 0.5)
            pixels = (index, max(1, round(width * scale)), max(1, round(height * scale)))
            cache.clear()
            for _, raster in render_pages([pixels]):
                cache[index] = raster
        return cache.get(index)

    return render


# --- document summary and description --------------------------------------------------------


def _describe_document(
    document: Document, model: LanguageModel, language: str | None, limits: GenerativeLimits
) -> tuple[str | None, str | None]:
    text = document_excerpt(document, limits)
    if not text.strip():
        return None, None
    prompt = (
        "Here is the text of a document"
        + (" (shortened; [...] marks omitted parts)" if "[...]" in text else "")
        + ":\n<document>\n"
        + text
        + "\n</document>\n\n"
        + "Return JSON with two fields:\n"
        + '- "description": one sentence of about 10 words saying what the document is, '
        + 'for example "This is a Monthly Treasury Statement for the United States Government".\n'
        + '- "summary": a summary of the document\'s content in about 250 words.\n'
        + _language_instruction(language)
    )
    completion = model.generate(
        [Message.system(_SYSTEM), Message.user(prompt)],
        json_schema=_DOCUMENT_SCHEMA,
        max_tokens=limits.summary_tokens,
        temperature=limits.temperature,
    )
    fields = string_fields(completion, ("description", "summary"))
    description = _clean(fields.get("description"))
    summary = _clean(fields.get("summary"))
    if description is None and summary is None:
        log.warning("the language model's document summary was not usable JSON")
    return description, summary


_SYSTEM = (
    "You read documents and describe them accurately and concisely. "
    "Answer only with the JSON asked for."
)


def document_excerpt(document: Document, limits: GenerativeLimits = DEFAULT_LIMITS) -> str:
    """The document's text for a prompt, within `limits.document_chars`.

    Whole when it fits; otherwise its beginning, then an outline of the headings of the part
    left out, then its end.
    """
    blocks = list(_text_blocks(document))
    whole = "\n\n".join(text for _, text in blocks)
    budget = limits.document_chars
    if len(whole) <= budget:
        return whole
    ending_budget = int(budget * limits.ending_share)
    outline_budget = int(budget * limits.outline_share)
    head_budget = budget - ending_budget - outline_budget
    head, used = _take(blocks, head_budget)
    tail, _ = _take(list(reversed(blocks[used:])), ending_budget)
    tail.reverse()
    middle = blocks[used : len(blocks) - len(tail)]
    headings = [text for is_heading, text in middle if is_heading]
    outline, _ = _take([(True, h) for h in headings], outline_budget)
    parts = ["\n\n".join(head), "[...]"]
    if outline:
        parts += ["Headings of the omitted part:\n" + "\n".join(outline), "[...]"]
    if tail:
        parts.append("\n\n".join(tail))
    return "\n\n".join(parts)


def _take(blocks: Sequence[tuple[bool, str]], budget: int) -> tuple[list[str], int]:
    """Whole blocks from the front while they fit; a first block too long is cut at a word."""
    taken: list[str] = []
    used = 0
    for _, text in blocks:
        if used + len(text) > budget:
            if not taken and budget > 0:
                taken.append(text[:budget].rsplit(" ", 1)[0])
            break
        taken.append(text)
        used += len(text) + 2
    return taken, len(taken)


def _text_blocks(document: Document) -> Iterator[tuple[bool, str]]:
    """(is a heading, text) per element in reading order; page furniture is left out, it says
    nothing about the content and repeats on every page."""
    skip = {SubType.PAGE_NUMBER, SubType.HEADER, SubType.FOOTER}
    for element in document.elements():
        if element.sub_type in skip:
            continue
        if element.type is ElementType.TABLE:
            text = _table_text(element)
        elif element.type is ElementType.FIGURE:
            label = element.title or "untitled"
            text = f"[Figure: {label}]" + (f" {element.text}" if element.text else "")
        else:
            text = element.text
        text = " ".join(text.split()) if element.type is not ElementType.TABLE else text.strip()
        if text:
            heading = element.sub_type in (SubType.TITLE, SubType.SECTION_HEADER)
            yield heading, text


def _table_text(element: Element) -> str:
    rows = [element.headers, *element.rows] if element.headers else list(element.rows)
    lines = [" | ".join(cell.strip() for cell in row) for row in rows if any(row)]
    title = f"Table: {element.title}\n" if element.title else ""
    return title + "\n".join(lines) if lines else element.text


# --- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _FigureJob:
    key: tuple[int, int]  # (page index, element position on the page)
    element: Element
    context: str


def _caption_figures(
    document: Document,
    model: LanguageModel,
    language: str | None,
    page_images: PageImages | None,
    limits: GenerativeLimits,
    clock: Callable[[], float],
) -> dict[tuple[int, int], str]:
    jobs = _figure_jobs(document, limits)
    if not jobs:
        return {}
    # Crops are made batch by batch, in page order, so one page image is held at a time.
    crop = _cropper(page_images) if page_images is not None and model.accepts_images else None
    size = limits.image_figures_per_request if crop else limits.text_figures_per_request
    deadline = clock() + limits.time_budget
    captions: dict[tuple[int, int], str] = {}
    for start in range(0, len(jobs), max(1, size)):
        if clock() >= deadline:
            log.warning(
                "figure captions stopped after %d of %d figures: time budget of %.0f s spent",
                len(captions),
                len(jobs),
                limits.time_budget,
            )
            break
        batch = jobs[start : start + size]
        images = [crop(job) if crop else None for job in batch]
        captions.update(_caption_batch(batch, images, model, language, limits))
    return captions


def _figure_jobs(document: Document, limits: GenerativeLimits) -> list[_FigureJob]:
    jobs: list[_FigureJob] = []
    for page in document.pages:
        figures = [
            position
            for position, element in enumerate(page.elements)
            if element.type is ElementType.FIGURE
        ][: limits.figures_per_page]
        for position in figures:
            if len(jobs) >= limits.max_figures:
                return jobs
            context = _figure_context(page, position, limits.figure_context_chars)
            jobs.append(_FigureJob((page.index, position), page.elements[position], context))
    return jobs


def _cropper(page_images: PageImages) -> Callable[[_FigureJob], bytes | None]:
    held: dict[int, Raster | None] = {}

    def crop(job: _FigureJob) -> bytes | None:
        index = job.key[0]
        if index not in held:
            held.clear()
            held[index] = page_images(index)
        raster = held[index]
        return encode_png(raster.crop(job.element.box)) if raster is not None else None

    return crop


def _figure_context(page: Page, position: int, budget: int) -> str:
    """The figure's caption and inner text, then the text just before and after it."""
    element = page.elements[position]
    parts = []
    if element.title:
        parts.append(f"Caption: {element.title}")
    if element.text.strip():
        parts.append("Text inside the figure: " + " ".join(element.text.split()))
    for label, neighbour in (("Text before", position - 1), ("Text after", position + 1)):
        if 0 <= neighbour < len(page.elements):
            text = " ".join(page.elements[neighbour].text.split())
            if text:
                parts.append(f"{label}: {text}")
    context = "\n".join(parts)
    return context[:budget].rsplit(" ", 1)[0] if len(context) > budget else context


def _caption_batch(
    batch: Sequence[_FigureJob],
    images: Sequence[bytes | None],
    model: LanguageModel,
    language: str | None,
    limits: GenerativeLimits,
) -> dict[tuple[int, int], str]:
    single = len(batch) == 1
    content: list[Part] = [
        "Describe the following figure from a document.\n"
        if single
        else f"Describe each of the following {len(batch)} figures from a document.\n"
    ]
    for number, (job, image) in enumerate(zip(batch, images, strict=True), start=1):
        kind = {SubType.CHART: "chart", SubType.LOGO: "logo"}.get(
            job.element.sub_type or SubType.IMAGE, "image"
        )
        content.append(f"\nFigure {number} ({kind}):\n{job.context or '(no text around it)'}\n")
        if image is not None:
            content.append(ImagePart(image))
    content.append(
        f"\nFor {'the' if single else 'every'} figure return its number, a short title, and "
        "a description of one to three sentences of what it shows. For a chart, also return in "
        "csv the data values you can read from it as CSV with a header row; otherwise, or if "
        'no values can be read, csv is "". Do not invent values.\n'
        + _language_instruction(language)
    )
    completion = model.generate(
        [Message.system(_SYSTEM), Message.user(*content)],
        json_schema=_FIGURE_SCHEMA if single else _FIGURES_SCHEMA,
        max_tokens=limits.tokens_per_figure * len(batch),
        temperature=limits.temperature,
    )
    data = {"figures": [completion.data]} if single else completion.data
    answers = _figure_answers(data, len(batch))
    if completion.truncated:
        answers = {n: (t, whole_sentences(d), c) for n, (t, d, c) in answers.items()}
    captions = {}
    for number, job in enumerate(batch, start=1):
        answer = answers.get(number)
        if answer is not None:
            caption = figure_summary(job.element, *answer)
            if caption is not None:
                captions[job.key] = caption
    return captions


def _figure_answers(data: Any, count: int) -> dict[int, tuple[str, str, str]]:
    """Answers by figure number; an answer with a missing or repeated number takes its place in
    order, as small models sometimes renumber."""
    items = data.get("figures") if isinstance(data, dict) else data
    if not isinstance(items, list):
        return {}
    answers: dict[int, tuple[str, str, str]] = {}
    for place, item in enumerate(items[:count], start=1):
        if not isinstance(item, dict):
            continue
        number = item.get("number")
        if not isinstance(number, int) or not 1 <= number <= count or number in answers:
            number = place
        title, description, csv = (
            value if isinstance(value, str) else ""
            for value in (item.get("title"), item.get("description"), item.get("csv"))
        )
        answers[number] = (title, description, csv)
    return answers


def figure_summary(element: Element, title: str, description: str, csv: str) -> str | None:
    """BDA's figure summary: "Title: <title>\\n<description>", and for charts the data in
    <csv_data> tags. The printed caption stands in for a missing title."""
    title = " ".join(title.split())
    description = description.strip()
    if not title and not description:
        return None  # the model said nothing about this figure
    title = title or " ".join(element.title.split())
    summary = f"Title: {title}\n{description}"
    csv = csv.strip().strip("`").strip()
    if element.sub_type is SubType.CHART and csv and "," in csv:
        summary += f"\n<csv_data>\n{csv}\n</csv_data>"
    return summary


def _with_captions(page: Page, captions: dict[tuple[int, int], str]) -> Page:
    elements = tuple(
        replace(element, summary=captions[(page.index, position)])
        if (page.index, position) in captions
        else element
        for position, element in enumerate(page.elements)
    )
    return replace(page, elements=elements)


# --- language --------------------------------------------------------------------------------

# Scripts that name their language (or nearly): the share of letters in them decides.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Korean", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("Japanese", re.compile(r"[\u3040-\u30ff]")),
    ("Chinese", re.compile(r"[\u4e00-\u9fff]")),
    ("Arabic", re.compile(r"[\u0600-\u06ff]")),
    ("Hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("Greek", re.compile(r"[\u0370-\u03ff]")),
    ("Thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("Hindi", re.compile(r"[\u0900-\u097f]")),
    ("Russian", re.compile(r"[\u0400-\u04ff]")),
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The commonest short words of the languages written in Latin letters most often seen here.
_STOPWORDS: dict[str, frozenset[str]] = {
    "English": _words("the and of to in is that for with are this on be by as"),
    "French": _words("le la les et des du un une est que pour dans sur au avec"),
    "German": _words("der die das und ist nicht mit den von zu im ein eine auf für"),
    "Spanish": _words("el la los las y de que en un una es por con para del"),
    "Italian": _words("il lo la gli le e di che un una per con del della sono"),
    "Portuguese": _words("o a os as e de que um uma para com do da não em"),
    "Dutch": _words("de het een en van is dat op te in voor met niet zijn"),
}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def document_language(document: Document, sample_chars: int = 20_000) -> str | None:
    """The document's language, by script and then by common words; None when unclear."""
    text = document.text[:sample_chars]
    letters = len(_LETTER.findall(text))
    if letters == 0:
        return None
    # Japanese mixes kana with Chinese characters: any real share of kana decides.
    for name, pattern in _SCRIPTS:
        share = len(pattern.findall(text)) / letters
        if share >= (0.05 if name == "Japanese" else 0.3):
            return name
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return None
    counts = {name: sum(w in stop for w in words) for name, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] >= max(3, 0.05 * len(words)) else None


def _language_instruction(language: str | None) -> str:
    if language is None:
        return "Write in the same language as the document."
    return f"Write in {language}, the language of the document."


def string_fields(completion: Completion, names: Sequence[str]) -> dict[str, str]:
    """The named string fields of a JSON answer. In an answer cut off at its token limit the
    last field written stops mid-sentence, so every field keeps whole sentences only."""
    data = completion.data if isinstance(completion.data, dict) else {}
    found = {n: data[n] for n in names if isinstance(data.get(n), str)}
    if completion.truncated:
        found = {n: whole_sentences(v) for n, v in found.items()}
    return {n: v for n, v in found.items() if v.strip()}


def whole_sentences(text: str) -> str:
    """`text` up to its last sentence end; all of it when it has none."""
    stripped = text.rstrip()
    if stripped.endswith((".", "!", "?", "\u3002")):
        return stripped
    end = max(stripped.rfind(mark) for mark in (". ", "! ", "? ", "\u3002"))
    return stripped[: end + 1] if end > 0 else stripped


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    return text or None
