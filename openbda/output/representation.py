"""Element representations: the `text`, `markdown`, `html` and `csv` strings of one element.

Templates follow what real BDA output shows:
- TEXT by sub-type: TITLE and HEADER `# X` / `<h1>`, SECTION_HEADER `## X` / `<h2>`, PARAGRAPH `X` /
  `<p>`, PAGE_NUMBER and FOOTER `X` / `<div>`.
- TABLE: a GitHub pipe table padded like tabulate's "github" format; an html table with `<th>` only
  for a detected header row and the caption last; tab-separated text with a trailing newline; CSV
  as pandas' `DataFrame.to_csv()` writes it, index column included.
- FIGURE: `![summary](./<id>.png)` plus the text found inside the figure.
LIST (each bulleted or numbered item) has never been seen in real output, so it is written like a
PARAGRAPH.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence

from openbda.document.model import CellSpan, Element, ElementType, SubType

# Representation keys per text format, in the order they are written.
FORMAT_KEYS = {"PLAIN_TEXT": "text", "MARKDOWN": "markdown", "HTML": "html", "CSV": "csv"}

_MARKDOWN_PREFIX = {SubType.TITLE: "# ", SubType.HEADER: "# ", SubType.SECTION_HEADER: "## "}
_HTML_TAG = {
    SubType.TITLE: "h1",
    SubType.HEADER: "h1",
    SubType.SECTION_HEADER: "h2",
    SubType.PAGE_NUMBER: "div",
    SubType.FOOTER: "div",
}


def element_representation(
    element: Element, element_id: str, formats: Sequence[str], *, generative: bool
) -> dict[str, str]:
    """The `representation` object of one element for the chosen text formats."""
    out: dict[str, str] = {}
    for fmt in formats:
        key = FORMAT_KEYS[fmt]
        if element.type is ElementType.TABLE:
            out[key] = _table(element, fmt)
        elif fmt == "CSV":
            continue  # CSV exists only on tables
        elif element.type is ElementType.FIGURE:
            summary = (element.summary or "") if generative else None
            out[key] = _figure(element, element_id, fmt, summary)
        else:
            out[key] = _text(element, fmt)
    return out


# --- TEXT -----------------------------------------------------------------------------------


def text_markdown(sub_type: SubType | None, text: str) -> str:
    return _MARKDOWN_PREFIX.get(sub_type, "") + text if sub_type else text


def text_html(sub_type: SubType | None, text: str) -> str:
    tag = _HTML_TAG.get(sub_type, "p") if sub_type else "p"
    return f"<{tag}>{_escape(text)}</{tag}>"


def _text(element: Element, fmt: str) -> str:
    if fmt == "MARKDOWN":
        return text_markdown(element.sub_type, element.text)
    if fmt == "HTML":
        return text_html(element.sub_type, element.text)
    return element.text


def _escape(text: str) -> str:
    # Element text is content, not markup: escape what would change the html's structure.
    return html.escape(text, quote=False)


# --- FIGURE ---------------------------------------------------------------------------------


def figure_markdown(element_id: str, summary: str | None, text: str) -> str:
    """Without generative fields BDA writes an empty alt text and a space before the text."""
    if summary is None:
        return f"![](./{element_id}.png)\n {text}"
    return f"![{html.escape(summary)}](./{element_id}.png)\n{text}"


def figure_html(element_id: str, summary: str | None, text: str) -> str:
    alt = html.escape(summary or "")
    return f'<div><img alt="{alt}" src="./{element_id}.png"><p>{_escape(text)}</p></div>'


def _figure(element: Element, element_id: str, fmt: str, summary: str | None) -> str:
    if fmt == "MARKDOWN":
        return figure_markdown(element_id, summary, element.text)
    if fmt == "HTML":
        return figure_html(element_id, summary, element.text)
    return element.text


# --- TABLE ----------------------------------------------------------------------------------


def _table(element: Element, fmt: str) -> str:
    rows, headers = element.rows, element.headers
    if fmt == "MARKDOWN":
        return table_markdown(headers, rows)
    if fmt == "HTML":
        return table_html(headers, rows, title=element.title, spans=element.spans)
    if fmt == "CSV":
        return table_csv(headers, rows)
    return table_text(headers, rows)


def _grid(
    headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> tuple[list[str], list[list[str]]]:
    """Pad headers and rows to the same number of columns; blank headers when none were found."""
    width = max([len(headers), *(len(r) for r in rows)]) if (headers or rows) else 0
    head = list(headers) + [""] * (width - len(headers))
    body = [list(r) + [""] * (width - len(r)) for r in rows]
    return head, body


def table_markdown(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """tabulate(rows, headers, tablefmt="github") with every cell taken as a string.

    Column width is the longest cell or the header plus two (tabulate's minimum padding); cells
    are stripped and left-aligned; a newline inside a cell would break the row, so it becomes a
    space.
    """
    head, body = _grid(headers, rows)
    head = [h.replace("\n", " ") for h in head]
    body = [[c.replace("\n", " ").strip() for c in r] for r in body]
    widths = [max([len(head[c]) + 2, *(len(r[c]) for r in body)]) for c in range(len(head))]

    def line(cells: Sequence[str]) -> str:
        return "|" + "|".join(f" {c.ljust(w)} " for c, w in zip(cells, widths, strict=True)) + "|"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), rule, *(line(r) for r in body)])


def table_html(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    title: str = "",
    spans: Sequence[CellSpan] = (),
) -> str:
    """`<table>`, one `<tr>` per line, `<th>` only for a detected header row, caption last.

    `spans` address the grid with the header row (when present) as row 0; positions a merged
    cell covers are left out, and the anchor cell gets `colspan`/`rowspan` attributes written
    the way BDA writes them (`<td colspan="2" >`).
    """
    head, body = _grid(headers, rows)
    grid = ([head] if headers else []) + body
    anchors = {(s.row, s.col): s for s in spans}
    covered = {
        (s.row + dr, s.col + dc)
        for s in spans
        for dr in range(s.row_span)
        for dc in range(s.col_span)
        if (dr, dc) != (0, 0)
    }
    lines = []
    for r, cells in enumerate(grid):
        tag = "th" if headers and r == 0 else "td"
        parts = []
        for c, cell in enumerate(cells):
            if (r, c) in covered:
                continue
            span = anchors.get((r, c))
            attrs = ""
            if span is not None:
                if span.col_span > 1:
                    attrs += f' colspan="{span.col_span}"'
                if span.row_span > 1:
                    attrs += f' rowspan="{span.row_span}"'
            opening = f"<{tag}{attrs} >" if attrs else f"<{tag}>"
            parts.append(f"{opening}{_escape(cell)}</{tag}>")
        lines.append("<tr>" + "".join(parts) + "</tr>")
    caption = f"<caption>{_escape(title)}</caption>" if title else ""
    return "<table>" + "\n".join(lines) + caption + "</table>"


def table_text(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Rows joined by newlines, cells by tabs, a trailing newline; the header row comes first
    when one was detected."""
    head, body = _grid(headers, rows)
    grid = ([head] if headers else []) + body
    return "".join("\t".join(c.replace("\n", " ") for c in r) + "\n" for r in grid)


def table_csv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """pandas `DataFrame(rows, columns=headers or 0..n-1).to_csv()`: index column, minimal
    quoting, "\\n" line ends."""
    head, body = _grid(headers, rows)
    columns: list[str] = head if headers else [str(i) for i in range(len(head))]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["", *columns])
    for index, row in enumerate(body):
        writer.writerow([str(index), *row])
    return buffer.getvalue()
