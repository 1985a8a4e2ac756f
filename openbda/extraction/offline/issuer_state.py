"""The US state that issued a document, from its heading ("California Driver License",
"STATE OF NEW YORK", "Commonwealth of Pennsylvania").

State documents (driver licences, ID cards, certificates) print the issuing state's name as
a heading at the top and never label it; the state in an address line (", CA 95817") is where
someone lives, not who issued the document, so address lines are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from openbda.extraction.offline.candidates import Candidate, Source, make
from openbda.extraction.offline.layout import PageLayout, words_in_span
from openbda.extraction.offline.shapes import looks_like_address

ISSUING_STATE = "name of the US state that issued the document"
STATE_LABELS: dict[str, tuple[str, ...]] = {
    ISSUING_STATE: (ISSUING_STATE, "issuing state", "state name"),
}
# A heading naming the state is trusted above the generic pattern finders.
STATE_PRIOR = 0.05
# The heading is looked for in this top share of the first page.
TOP_ZONE = 0.4

_STATES = (
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New_Hampshire",
    "New_Jersey",
    "New_Mexico",
    "New_York",
    "North_Carolina",
    "North_Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode_Island",
    "South_Carolina",
    "South_Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West_Virginia",
    "Wisconsin",
    "Wyoming",
    "District_of_Columbia",
    # The territories issue licences and ID cards too.
    "Puerto_Rico",
    "Guam",
    "Virgin_Islands",
    "American_Samoa",
    "Northern_Mariana_Islands",
)
# Longest first, so "West Virginia" is not read as "Virginia".
_STATE = re.compile(
    r"\b(?:"
    + "|".join(s.replace("_", r"\s+") for s in sorted(_STATES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def is_state_name(text: str) -> bool:
    """Whether the text is a US state's name and nothing else ("NEW YORK")."""
    return _STATE.fullmatch(text.strip()) is not None


def state_candidates(layouts: Sequence[PageLayout]) -> Iterator[Candidate]:
    if not layouts:
        return
    layout = layouts[0]
    for phrase in layout.phrases():
        text = phrase.text
        if looks_like_address(text) or any(c.isdigit() for c in text):
            continue
        if phrase.box.top > TOP_ZONE and not is_state_name(text):
            continue  # lower down, a state's name alone is still a heading (a card scanned
            # onto a page, "NEW YORK" along its foot)
        match = _STATE.search(text)
        if match is None:
            continue
        words = words_in_span(phrase.words, match.start(), match.end())
        value = " ".join(match.group().split())
        yield make(
            ISSUING_STATE, [words], phrase.page_index, Source.PATTERN, STATE_PRIOR, value=value
        )
        return
