"""The offline backend on identity cards and checks printed in less usual ways: a territory's
bilingual licence ("APELLIDOS / SURNAME"), a card that prints each caption under its value, a
check whose payee is printed under "TO THE ORDER OF" with the amount box's caption far off
beside it, and a memo written above the line its caption starts. Documents built with
openbda.samples and read by the real PDF builder."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.captions_under import captions_under
from openbda.extraction.offline.layout import page_layout
from openbda.extraction.offline.text import label_phrasings
from openbda.samples import Run
from tests.unit.extraction.printed import CATALOG, leaves, printed_document


def test_a_bilingual_licence_of_a_territory(extractor: OfflineExtractor) -> None:
    """Each caption in Spanish and English over its value; the territory's name heads it."""
    runs = [
        Run(150, 10, "GOBIERNO DE PUERTO RICO", 20, bold=True),
        Run(130, 40, "LICENCIA DE CONDUCIR / DRIVER LICENSE", 15),
        Run(180, 90, "NUM. LICENCIA / LICENSE NO.", 9),
        Run(180, 100, "7267897", 20),
        Run(400, 90, "CATEGORÍA / CLASS", 9),
        Run(400, 100, "5", 20),
        Run(180, 130, "APELLIDOS / SURNAME", 9),
        Run(180, 140, "LOPEZ", 18),
        Run(180, 166, "NOMBRE / GIVEN NAME", 9),
        Run(180, 176, "KAREN", 17),
        Run(180, 252, "F. NACIMIENTO / DOB", 9),
        Run(330, 252, "EXPEDIDA / ISSUED", 9),
        Run(470, 252, "EXPIRA / EXP", 9),
        Run(180, 262, "05/10/1975", 16),
        Run(330, 262, "14/11/2020", 15),
        Run(470, 262, "05/10/2024", 16),
    ]
    document = printed_document(runs, width=612, height=396)
    values = leaves(extractor.extract(document, CATALOG["us-driver-license"], [0]))
    assert values["ID_NUMBER"] == "7267897"
    assert values["NAME_DETAILS/LAST_NAME"] == "LOPEZ"
    assert values["NAME_DETAILS/FIRST_NAME"] == "KAREN"
    assert str(values["STATE_NAME"]).upper() == "PUERTO RICO"


def test_a_label_in_two_languages_matches_by_either() -> None:
    # the Spanish side is read through the glossary
    assert label_phrasings("APELLIDOS / SURNAME")[1:] == ("last name", "surname")
    assert len(label_phrasings("Date / Tax Point")) == 3
    assert label_phrasings("City/State/ZIP") == label_phrasings("City/State/ZIP")[:1]


def _captions_under_card() -> list[Run]:
    """A licence that prints each value in big type with its caption right under it in small
    type, the next value well under the caption."""
    runs = [Run(20, 12, "NEW YORK", 30, bold=True), Run(440, 12, "DRIVER LICENSE", 15)]
    stack = [
        ("BROWN, THOMAS", "NAME", 18),
        ("M0044036", "DL NO.", 19),
        ("DEC 19 2031", "EXPIRES", 16),
        ("D", "CLASS", 16),
    ]
    top = 70.0
    for value, caption, size in stack:
        runs += [Run(20, top, value, size), Run(20, top + size + 1, caption, 8.5)]
        top += size + 26
    runs += [Run(230, 158, "DEC 19 1981", 17), Run(230, 176, "DATE OF BIRTH", 8.5)]
    runs += [Run(230, 199, "NOV 24 2023", 15), Run(230, 215, "ISSUED", 8.5)]
    return runs


def test_a_card_that_prints_each_caption_under_its_value(extractor: OfflineExtractor) -> None:
    document = printed_document(_captions_under_card(), width=612, height=396)
    assert captions_under(page_layout(document.pages[0]))
    values = leaves(extractor.extract(document, CATALOG["us-driver-license"], [0]))
    assert values["ID_NUMBER"] == "M0044036"
    assert values["DATE_OF_BIRTH"] == "1981-12-19"
    assert values["EXPIRATION_DATE"] == "2031-12-19"
    assert values["DATE_OF_ISSUE"] == "2023-11-24"
    assert values["CLASS"] == "D"


def test_captions_over_their_values_are_not_read_under() -> None:
    """The same card with each caption over its value, close to it."""
    runs = [Run(20, 12, "NEW YORK", 30, bold=True)]
    top = 70.0
    for caption, value in (("NAME", "BROWN, THOMAS"), ("DL NO.", "M0044036"), ("CLASS", "D")):
        runs += [Run(20, top, caption, 8.5), Run(20, top + 10, value, 18)]
        top += 50
    assert not captions_under(page_layout(printed_document(runs).pages[0]))


def _substitute_check() -> list[Run]:
    return [
        Run(36, 28, "Lakeshore National Bank", 14, bold=True),
        Run(64, 88, "Crescent Logistics Co.", 10),
        Run(64, 100, "3845 Church Ave Suite 56", 7.5),
        Run(64, 108, "Buffalo, NY 14207", 7.5),
        Run(500, 88, "5432", 11),
        Run(410, 122, "DATE", 6.5),
        Run(446, 121, "11/17/2024", 8.5),
        Run(64, 148, "PAY", 6.5),
        Run(85, 147, "*** Eight Thousand Nine Hundred Sixty and 19/100 Dollars ***", 8.5),
        Run(64, 170, "TO THE ORDER OF", 6.5),
        Run(503, 170, "AMOUNT", 6.5),
        Run(85, 180, "PIONEER INDUSTRIES GROUP", 8.5),
        Run(456, 180, "$*****8,960.19", 9.5),
        Run(64, 221, "RE: Retainer", 7),
        Run(134, 267, "C5432C A370112042A 9306232894C", 10),
    ]


def test_a_payee_under_its_label_and_a_memo_after_re(extractor: OfflineExtractor) -> None:
    """ "TO THE ORDER OF" has the amount box's caption far off on its row and the payee right
    under it; "RE:" introduces the memo."""
    document = printed_document(_substitute_check())
    values = leaves(extractor.extract(document, CATALOG["us-bank-check"], [0]))
    assert values["payee_name"] == "PIONEER INDUSTRIES GROUP"
    assert values["memo"] == "Retainer"
    assert values["dollar_amount"] == pytest.approx(8960.19)


def test_a_memo_written_above_its_line(extractor: OfflineExtractor) -> None:
    """A personal check: "Birthday" written on the memo line sits higher than the "MEMO"
    caption at the line's start, too high to share its row."""
    runs = [
        Run(20, 30, "Daniel Lindqvist", 16),
        Run(20, 50, "6971 Willow Street", 11),
        Run(20, 64, "Sacramento, CA 95839", 11),
        Run(200, 30, "Pioneer Trust Bank", 14),
        Run(540, 28, "4107", 16),
        Run(420, 80, "DATE 3/15/23", 14),
        Run(20, 130, "PAY TO THE ORDER OF", 9),
        Run(140, 124, "Daniel Brown", 17),
        Run(480, 126, "$ 619.69", 18),
        Run(30, 160, "Six hundred nineteen and 69/100", 16),
        Run(540, 176, "DOLLARS", 9),
        Run(60, 214, "Birthday", 14),
        Run(20, 226, "MEMO", 9),
        Run(40, 270, "C4107C A252556438A 405354906C", 14),
    ]
    document = printed_document(runs, width=612, height=300)
    values = leaves(extractor.extract(document, CATALOG["us-bank-check"], [0]))
    assert values["memo"] == "Birthday"
    assert values["payee_name"] == "Daniel Brown"
