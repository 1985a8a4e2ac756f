"""Figure detection on hand-built page graphics and words (points, origin top-left)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from openbda.document.figures import detect_figures, figure_caption
from openbda.document.layout import WordBox
from openbda.document.model import ElementType, SubType
from openbda.document.regions import PageGraphics, Rect, Region, Segment

W, H = 612.0, 792.0


def words(x: float, top: float, text: str, size: float = 10.0) -> list[WordBox]:
    """The words of one line, laid out left to right with Helvetica-like widths."""
    out = []
    for token in text.split():
        width = 0.5 * size * len(token)
        out.append(WordBox(token, x, top, x + width, top + 1.15 * size, size, False))
        x += width + 0.3 * size
    return out


def paragraph(x: float, top: float, lines: Iterable[str], size: float = 10.0) -> list[WordBox]:
    return [w for i, line in enumerate(lines) for w in words(x, top + 1.3 * size * i, line, size)]


def detect(
    page_words: list[WordBox] | None = None,
    *,
    images: Iterable[Rect] = (),
    segments: Iterable[Segment] = (),
    filled: Iterable[Rect] = (),
) -> list[Region]:
    graphics = PageGraphics(segments=list(segments), filled=list(filled), images=list(images))
    return detect_figures(page_words or [], graphics, W, H)


BODY = paragraph(72, 100, ["Body text runs across the column above the figure."] * 3)


# --- raster images ---------------------------------------------------------------------------


def test_placed_image_is_a_figure() -> None:
    picture = Rect(150, 250, 450, 450)
    [region] = detect(BODY, images=[picture])
    assert region.kind is ElementType.FIGURE
    assert region.sub_type is SubType.IMAGE
    assert region.rect == picture
    assert region.summary is None and region.title == ""


@pytest.mark.parametrize(
    "rect",
    [
        Rect(100, 300, 110, 310),  # an icon
        Rect(72, 400, 540, 401.5),  # a rule drawn as an image
        Rect(72, 400, 90, 418),  # a bullet-sized picture: under the area floor
    ],
)
def test_tiny_images_are_not_figures(rect: Rect) -> None:
    assert detect(BODY, images=[rect]) == []


def test_full_page_scan_is_not_a_figure() -> None:
    assert detect(images=[Rect(0, 0, W, H)]) == []
    # Scanners and producers often slice a page image into strips: still one page image.
    strips = [Rect(0, top, W, top + H / 4) for top in (0, H / 4, H / 2, 3 * H / 4)]
    assert detect(images=strips) == []


def test_image_larger_than_the_page_is_clipped_and_treated_as_background() -> None:
    assert detect(images=[Rect(-20, -20, W + 20, H + 20)]) == []


def test_image_tiles_merge_into_one_figure() -> None:
    tiles = [Rect(100, 300, 300, 400), Rect(300, 300, 500, 400), Rect(100, 401, 500, 500)]
    [region] = detect(BODY, images=tiles)
    assert region.rect == Rect(100, 300, 500, 500)


def test_separate_images_stay_separate_and_are_ordered_top_to_bottom() -> None:
    lower = Rect(100, 500, 300, 650)
    upper_right = Rect(320, 200, 520, 350)
    upper_left = Rect(80, 200, 280, 350)
    regions = detect(images=[lower, upper_right, upper_left])
    assert [r.rect for r in regions] == [upper_left, upper_right, lower]


def test_panel_behind_a_paragraph_is_not_a_figure() -> None:
    text = paragraph(80, 310, ["An abstract set on a shaded panel, line after line."] * 4)
    assert detect(text, images=[Rect(72, 300, 420, 370)]) == []


def test_bar_behind_a_heading_is_not_a_figure() -> None:
    heading = words(90, 305, "1 Introduction", size=14)
    assert detect(heading, images=[Rect(72, 300, 300, 328)]) == []


def test_picture_with_a_few_labels_on_it_stays_a_figure() -> None:
    labels = words(200, 300, "North") + words(350, 420, "South")
    [region] = detect(labels, images=[Rect(150, 250, 450, 450)])
    assert region.sub_type is SubType.IMAGE


# --- logos -----------------------------------------------------------------------------------


def test_small_image_in_the_top_band_is_a_logo() -> None:
    [region] = detect(images=[Rect(40, 30, 120, 80)])
    assert region.sub_type is SubType.LOGO


def test_small_image_in_the_bottom_band_is_a_logo() -> None:
    [region] = detect(images=[Rect(480, 730, 560, 770)])
    assert region.sub_type is SubType.LOGO


def test_small_image_beside_a_company_name_is_a_logo() -> None:
    name = words(150, 170, "Acme Industries Ltd", size=16)
    [region] = detect(name, images=[Rect(80, 160, 140, 200)])
    assert region.sub_type is SubType.LOGO


def test_small_image_in_the_body_is_an_image() -> None:
    [region] = detect(BODY, images=[Rect(250, 380, 330, 440)])
    assert region.sub_type is SubType.IMAGE


def test_large_image_at_the_top_is_not_a_logo() -> None:
    [region] = detect(images=[Rect(0, 0, W, 150)])
    assert region.sub_type is SubType.IMAGE


# --- raster charts ---------------------------------------------------------------------------


def test_raster_with_a_chart_caption_is_a_chart() -> None:
    caption = words(150, 460, "Figure 3: Bar chart of quarterly sales.")
    [region] = detect(BODY + caption, images=[Rect(150, 250, 450, 450)])
    assert region.sub_type is SubType.CHART
    assert region.title == "Figure 3: Bar chart of quarterly sales."


def test_raster_with_a_numeric_scale_set_as_text_is_a_chart() -> None:
    scale = [
        w for i, v in enumerate(("100", "75", "50", "25", "0")) for w in words(130, 255 + 45 * i, v)
    ]
    [region] = detect(scale, images=[Rect(150, 250, 450, 450)])
    assert region.sub_type is SubType.CHART


# --- captions --------------------------------------------------------------------------------


def test_caption_below_spanning_two_lines() -> None:
    caption = paragraph(
        150,
        458,
        ["Figure 2: Power plant locations across the state,", "with the major roads."],
    )
    after = paragraph(72, 520, ["The body text resumes after a paragraph gap here."])
    [region] = detect(BODY + caption + after, images=[Rect(150, 250, 450, 450)])
    assert region.title == (
        "Figure 2: Power plant locations across the state, with the major roads."
    )


def test_caption_above() -> None:
    caption = words(150, 232, "Fig. 4 Sample photograph")
    [region] = detect(caption, images=[Rect(150, 250, 450, 450)])
    assert region.title == "Fig. 4 Sample photograph"


def test_caption_below_wins_over_caption_above() -> None:
    above = words(150, 232, "Figure 1: The previous figure's caption")
    below = words(150, 458, "Figure 2: This figure")
    assert figure_caption(above + below, Rect(150, 250, 450, 450)) == "Figure 2: This figure"


@pytest.mark.parametrize(
    "line",
    [
        words(150, 458, "Table 1: Results by region"),  # a table caption
        words(150, 458, "The figure above shows the plant."),  # body text
        words(150, 458, "Figure 2 shows the output of the plant."),  # body text naming it
        words(150, 540, "Figure 2: too far below the figure"),
        words(470, 458, "Figure 2: beside, not under, the figure"),
    ],
)
def test_not_a_caption(line: list[WordBox]) -> None:
    assert figure_caption(line, Rect(150, 250, 450, 450)) == ""


def test_caption_in_other_languages() -> None:
    rect = Rect(150, 250, 450, 450)
    assert figure_caption(words(150, 458, "Abbildung 3: Karte"), rect).startswith("Abbildung 3")
    assert figure_caption(words(150, 458, "Figura 1. Mapa"), rect).startswith("Figura 1")


# --- vector charts ---------------------------------------------------------------------------


def line_chart(x0: float = 120, top: float = 300, w: float = 300, h: float = 200) -> list[Segment]:
    """Axes meeting at the lower left, outward ticks on both, and a plotted series."""
    bottom = top + h
    parts = [Segment(x0, bottom, x0 + w, bottom), Segment(x0, top, x0, bottom)]
    parts += [Segment(x0 + w * i / 5, bottom, x0 + w * i / 5, bottom + 4) for i in range(1, 6)]
    parts += [Segment(x0 - 4, top + h * i / 4, x0, top + h * i / 4) for i in range(4)]
    ys = [0.8, 0.55, 0.6, 0.3, 0.4, 0.1]
    for i in range(5):
        parts.append(
            Segment(x0 + w * i / 5, top + h * ys[i], x0 + w * (i + 1) / 5, top + h * ys[i + 1])
        )
    return parts


def tick_labels(x0: float = 120, top: float = 300, w: float = 300, h: float = 200) -> list[WordBox]:
    labels = []
    for i in range(6):
        labels += words(x0 + w * i / 5 - 5, top + h + 6, str(2019 + i), size=7)
    for i, value in enumerate(("40", "30", "20", "10")):
        labels += words(x0 - 16, top + h * i / 4 - 4, value, size=7)
    return labels


def test_vector_line_chart_with_its_labels() -> None:
    caption = words(150, 540, "Figure 5: Revenue per year")
    [region] = detect(BODY + tick_labels() + caption, segments=line_chart())
    assert region.sub_type is SubType.CHART
    # The tick labels belong to the chart; the caption does not.
    assert region.rect.x0 < 120 - 10 and region.rect.bottom > 500 + 6
    assert region.rect.bottom < 540
    assert region.title == "Figure 5: Revenue per year"


def test_axes_with_ticks_but_no_series_is_still_a_chart() -> None:
    parts = [s for s in line_chart() if s.x0 == s.x1 or s.y0 == s.y1]
    [region] = detect(segments=parts)
    assert region.sub_type is SubType.CHART


def test_vector_bar_chart_without_axes() -> None:
    bars = [
        Rect(150 + 40 * i, 500 - h, 175 + 40 * i, 500) for i, h in enumerate((60, 120, 90, 150))
    ]
    [region] = detect(filled=bars)
    assert region.sub_type is SubType.CHART
    assert region.rect == Rect(150, 350, 295, 500)


def test_horizontal_bar_chart() -> None:
    bars = [Rect(200, 300 + 30 * i, 200 + w, 318 + 30 * i) for i, w in enumerate((80, 200, 140))]
    [region] = detect(filled=bars)
    assert region.sub_type is SubType.CHART


def test_ruled_table_is_not_a_figure() -> None:
    rows = [300 + 20 * i for i in range(6)]
    cols = [100, 220, 340, 460]
    rules = [Segment(cols[0], y, cols[-1], y) for y in rows]
    rules += [Segment(x, rows[0], x, rows[-1]) for x in cols]
    cells = [
        w
        for r in range(5)
        for c in range(3)
        for w in words(cols[c] + 5, rows[r] + 4, f"cell {r}{c}")
    ]
    assert detect(cells, segments=rules) == []


def test_table_with_cell_borders_drawn_cell_by_cell_is_not_a_figure() -> None:
    """Outer frame plus short inner borders per row: the short borders touch the frame like
    ticks but stay inside it, and the cells hold words."""
    rows = [300 + 18 * i for i in range(8)]
    cols = [100, 180, 260, 340, 420, 500]
    rules = [Segment(cols[0], y, cols[-1], y) for y in rows]
    rules += [
        Segment(cols[0], rows[0], cols[0], rows[-1]),
        Segment(cols[-1], rows[0], cols[-1], rows[-1]),
    ]
    rules += [Segment(x, rows[r], x, rows[r + 1]) for r in range(7) for x in cols[1:-1]]
    numbers = [
        w for r in range(7) for c in range(5) for w in words(cols[c] + 50, rows[r] + 4, "12")
    ]
    assert detect(numbers, segments=rules) == []


def test_frame_around_text_is_not_a_figure() -> None:
    frame = [
        Segment(72, 300, 540, 300),
        Segment(72, 400, 540, 400),
        Segment(72, 300, 72, 400),
        Segment(540, 300, 540, 400),
    ]
    note = paragraph(80, 310, ["A boxed note with several lines of text inside."] * 5)
    assert detect(note, segments=frame) == []
    assert detect(segments=frame) == []


def test_column_of_check_boxes_is_not_a_figure() -> None:
    boxes = [Rect(100, 300 + 20 * i, 110, 310 + 20 * i) for i in range(10)]
    options = [w for i in range(10) for w in words(120, 300 + 20 * i, f"Option number {i}")]
    assert detect(options, filled=boxes) == []


def test_shaded_table_rows_are_not_bars() -> None:
    stripes = [Rect(100, 300 + 40 * i, 500, 320 + 40 * i) for i in range(5)]
    assert detect(filled=stripes) == []


def test_page_background_fill_is_ignored() -> None:
    background = Rect(0, 0, W, H)
    bars = [Rect(150 + 40 * i, 500 - h, 175 + 40 * i, 500) for i, h in enumerate((60, 120, 90))]
    [region] = detect(filled=[background, *bars])
    assert region.rect == Rect(150, 380, 255, 500)


def test_raster_plot_with_vector_axes_is_one_chart() -> None:
    picture = Rect(125, 300, 420, 495)
    regions = detect(images=[picture], segments=line_chart())
    assert len(regions) == 1
    assert regions[0].sub_type is SubType.CHART


def test_many_rules_stay_fast() -> None:
    """A dense form: thousands of short rules must not make detection quadratic."""
    import time

    rules = [
        Segment(20 + 6 * (i % 90), 20 + 7 * (i // 90), 24 + 6 * (i % 90), 20 + 7 * (i // 90))
        for i in range(9000)
    ]
    started = time.perf_counter()
    detect(segments=rules)
    assert time.perf_counter() - started < 30


def test_line_series_on_bare_axes() -> None:
    parts = [s for s in line_chart() if not (s.x0 == s.x1 and abs(s.y1 - s.y0) <= 4)]
    parts = [s for s in parts if not (s.y0 == s.y1 and abs(s.x1 - s.x0) <= 4)]
    [region] = detect(segments=parts)
    assert region.sub_type is SubType.CHART
