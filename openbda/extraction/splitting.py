"""BDA's splitter: a file holding several documents (a lending package: a W-2, payslips, a bank
statement, a licence) cut into its documents, each then matched and extracted on its own.

A boundary falls between two pages when
- the later page's number says a document starts ("Page 1 of 3", "1/3", "Page 1"), or the
  earlier one's says it ended ("Page 3 of 3"), or
- the pages do not continue each other's numbering and their texts are about different things
  (embedding cosine below NEW_DOCUMENT_SIMILARITY: pages of one report measured 0.6 and more,
  an invoice against a payslip or a report about 0.1 to 0.3),
and a document never runs past MAX_PAGES pages (BDA's limit per split document). Without an
embedder only the page numbers decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbda.document.model import Document, Page, SubType
from openbda.engines.embed.types import Embedder

MAX_PAGES = 20
NEW_DOCUMENT_SIMILARITY = 0.45
# Characters of a page's text compared: its opening says what the page is about.
PAGE_CHARS = 1000

# "Page 2 of 5", "page 2/5", "2 / 5", "Page 2", "- 2 -": (number, total or None).
_NUMBERING = re.compile(
    r"^\W*(?:page|p\.|pg\.?|seite|página|pagina)?\s*(\d{1,4})\s*(?:(?:of|/|de|von|di|sur)\s*(\d{1,4}))?\W*$",
    re.IGNORECASE,
)


def split_pages(document: Document, embedder: Embedder | None) -> list[tuple[int, int]]:
    """The documents in the file as inclusive (first, last) page-index ranges, in order."""
    pages = document.pages
    if not pages:
        return [(0, 0)]
    numbers = [page_number(p) for p in pages]
    similar = _neighbour_similarity(pages, embedder)
    ranges = []
    start = 0
    for i in range(1, len(pages)):
        if i - start >= MAX_PAGES or _starts_document(numbers[i - 1], numbers[i], similar[i - 1]):
            ranges.append((pages[start].index, pages[i - 1].index))
            start = i
    ranges.append((pages[start].index, pages[-1].index))
    return ranges


def page_number(page: Page) -> tuple[int, int | None] | None:
    """The number the page prints on itself (and the total it gives), when it has one."""
    for element in page.elements:
        if element.sub_type is not SubType.PAGE_NUMBER:
            continue
        match = _NUMBERING.match(element.text.strip())
        if match:
            total = int(match.group(2)) if match.group(2) else None
            return int(match.group(1)), total
    return None


def _starts_document(
    before: tuple[int, int | None] | None,
    after: tuple[int, int | None] | None,
    similarity: float | None,
) -> bool:
    if after is not None and after[0] == 1:
        return True
    if before is not None and before[1] is not None and before[0] >= before[1]:
        return True  # "Page 3 of 3": the document ended there
    if before is not None and after is not None:
        # Numbering that carries on is one document; one that jumps is another.
        return after[0] != before[0] + 1
    return similarity is not None and similarity < NEW_DOCUMENT_SIMILARITY


def _neighbour_similarity(pages: Sequence[Page], embedder: Embedder | None) -> list[float | None]:
    """Cosine between each page's text and the next one's (None without an embedder or text)."""
    if embedder is None or len(pages) < 2:
        return [None] * max(0, len(pages) - 1)
    texts = [_page_text(p) for p in pages]
    vectors = embedder.embed(texts)
    out: list[float | None] = []
    for i in range(len(pages) - 1):
        if not texts[i].strip() or not texts[i + 1].strip():
            out.append(None)
        else:
            out.append(float(vectors[i] @ vectors[i + 1]))
    return out


def _page_text(page: Page) -> str:
    parts = [e.text for e in page.elements if e.sub_type is not SubType.PAGE_NUMBER and e.text]
    return "\n".join(parts)[:PAGE_CHARS]
