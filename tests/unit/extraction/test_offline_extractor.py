"""The offline extractor on documents built by the real PDF builder, with the real embedder
(the `extract` extra): each way a value can be laid out is found, typed, and grounded on the
words it came from; a field the document does not have is reported not found."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.catalog import catalog
from openbda.blueprints.model import BlueprintSchema
from openbda.blueprints.schema import parse_schema
from openbda.document.model import BoundingBox, Document, Word
from openbda.document.pdf import build_pdf_document
from openbda.engines.embed.types import Embedder
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.scoring import CALIBRATION, confidence
from openbda.extraction.types import (
    FieldResult,
    GroupResult,
    LeafResult,
    TableResult,
)
from openbda.samples import PageSpec, Run, make_pdf
from tests.unit.extraction.test_offline_samples import (
    form,
    invoice,
    licence,
    payslip,
    receipt,
    word,
)

CATALOG = {c.suffix: c.schema for c in catalog()}


def schema(
    properties: dict[str, object], definitions: dict[str, object] | None = None
) -> BlueprintSchema:
    body: dict[str, object] = {"class": "Test", "description": "", "type": "object"}
    body["properties"] = properties
    if definitions:
        body["definitions"] = definitions
    return parse_schema(json.dumps(body))


def leaf(kind: str, instruction: str, inference: str = "explicit") -> dict[str, str]:
    return {"type": kind, "inferenceType": inference, "instruction": instruction}


def flat(results: Iterable[FieldResult]) -> dict[str, FieldResult]:
    """Every result by its key ("EmployeeName/FirstName"), groups opened."""
    out: dict[str, FieldResult] = {}
    for result in results:
        out[result.field.key] = result
        if isinstance(result, GroupResult):
            out.update(flat(result.fields))
    return out


def extract(
    extractor: OfflineExtractor, document: Document, blueprint: BlueprintSchema
) -> dict[str, LeafResult]:
    results = flat(extractor.extract(document, blueprint, [0]))
    return {k: r for k, r in results.items() if isinstance(r, LeafResult)}


def on(result: LeafResult, *words: Word) -> bool:
    """Whether the result's evidence is the words' box (one line) on page 1."""
    [evidence] = result.evidence
    expected = BoundingBox.union(w.box for w in words)
    return evidence.page_index == 0 and _close(evidence.box, expected)


def _close(a: BoundingBox, b: BoundingBox) -> bool:
    edges = zip((a.left, a.top, a.right, a.bottom), (b.left, b.top, b.right, b.bottom), strict=True)
    return all(abs(x - y) < 1e-6 for x, y in edges)


# -- one result per field, in schema order -----------------------------------------------------


def test_results_mirror_the_blueprint(extractor: OfflineExtractor) -> None:
    blueprint = CATALOG["payslip"]
    results = extractor.extract(payslip(), blueprint, [0])
    assert [r.field.name for r in results] == [f.name for f in blueprint.fields]
    name = next(r for r in results if r.field.name == "EmployeeName")
    assert isinstance(name, GroupResult)
    assert [r.field.name for r in name.fields] == [
        "FirstName",
        "MiddleName",
        "LastName",
        "SuffixName",
    ]
    assert all(isinstance(r, TableResult) for r in results if r.field.name.endswith("Taxes"))


# -- the arrangements of labels and values ---------------------------------------------------


def test_colon_labels(extractor: OfflineExtractor) -> None:
    doc = invoice()
    got = extract(extractor, doc, CATALOG["invoice"])
    assert got["ID"].value == "INV-2041" and on(got["ID"], word(doc, "INV-2041"))
    assert got["PO"].value == "PO-7781" and on(got["PO"], word(doc, "PO-7781"))
    assert got["DATE"].value == "2026-03-12"  # typed: the instruction asks for YYYY-MM-DD
    assert on(got["DATE"], word(doc, "12/03/2026"))


def test_two_labels_on_one_line(extractor: OfflineExtractor) -> None:
    doc = receipt()
    got = extract(extractor, doc, CATALOG["receipt"])
    assert got["transaction_date"].value == "2025-11-05"
    assert got["transaction_time"].value == "13:42" and on(
        got["transaction_time"], word(doc, "13:42")
    )
    assert got["receipt_number"].value == "100234"


def test_a_label_and_its_right_aligned_amount(extractor: OfflineExtractor) -> None:
    doc = receipt()
    got = extract(extractor, doc, CATALOG["receipt"])
    assert got["total"].value == 10.5
    assert on(got["total"], word(doc, "10.50"))  # the TOTAL line's, not the CARD line's
    assert got["subtotal"].value == 9 and on(got["subtotal"], word(doc, "9.00"))
    assert got["tax"].value == 1.5 and on(got["tax"], word(doc, "1.50"))
    assert got["merchant_phone"].value == "020 7946 0123"


def test_labels_above_their_values(extractor: OfflineExtractor) -> None:
    doc = form()
    blueprint = schema(
        {
            "full_name": leaf("string", "The employee's full name"),
            "employee_id": leaf("string", "The employee identifier"),
            "date_of_birth": leaf("string", "Date of birth in YYYY-MM-DD format", "inferred"),
            "department": leaf("string", "The department the employee works in"),
            "home_address": leaf("string", "The employee's home address"),
            "is_full_time": leaf("boolean", "Whether the employee works full time"),
        }
    )
    got = extract(extractor, doc, blueprint)
    assert got["full_name"].value == "Maria Gonzalez"
    assert on(got["full_name"], word(doc, "Maria"), word(doc, "Gonzalez"))
    assert got["employee_id"].value == "E-55120"
    assert got["date_of_birth"].value == "1988-07-14"
    assert got["department"].value == "Finance"
    assert got["home_address"].value == "7 Elm Grove, Bristol BS1 4DJ"
    assert got["is_full_time"].value is True and on(got["is_full_time"], word(doc, "Yes"))


def test_a_name_and_an_address_under_one_label(extractor: OfflineExtractor) -> None:
    doc = invoice()
    got = extract(extractor, doc, CATALOG["invoice"])
    assert got["RECEIVERNAME"].value == "Contoso Analytics"
    assert got["RECEIVERADDRESS"].value == "1 Market Street, London EC1A 1BB"
    assert on(got["RECEIVERADDRESS"], word(doc, "1", 0), word(doc, "1BB"))


def test_amounts_under_column_headings(extractor: OfflineExtractor) -> None:
    got = extract(extractor, payslip(), CATALOG["payslip"])
    assert got["CurrentGrossPay"].value == 2150
    assert got["YTDGrossPay"].value == 10450
    assert got["CurrentNetPay"].value == 1770.52
    assert got["YTDNetPay"].value == 8552.6
    assert got["YTDTotalDeductions"].value == 1897.4


def test_parts_of_printed_values(extractor: OfflineExtractor) -> None:
    doc = payslip()
    got = extract(extractor, doc, CATALOG["payslip"])
    assert got["PayPeriodStartDate"].value == "2025-03-01"
    assert got["PayPeriodEndDate"].value == "2025-03-15"
    assert got["PayDate"].value == "2025-03-20"
    assert [got[f"EmployeeName/{p}"].value for p in ("FirstName", "MiddleName", "LastName")] == [
        "John",
        "Michael",
        "Carter",
    ]
    assert on(got["EmployeeName/MiddleName"], word(doc, "Michael"))
    assert got["EmployeeName/SuffixName"].value is None
    address = [got[f"EmployeeAddress/{p}"].value for p in ("City", "State", "ZipCode")]
    assert address == ["Springfield", "IL", "62704"]
    company = [got[f"CompanyAddress/{p}"].value for p in ("City", "State", "ZipCode")]
    assert company == ["Dayton", "OH", "45402"]


def test_identity_card_abbreviations(extractor: OfflineExtractor) -> None:
    got = extract(extractor, licence(), CATALOG["us-driver-license"])
    expected = {
        "NAME_DETAILS/FIRST_NAME": "ALEXANDER",
        "NAME_DETAILS/LAST_NAME": "SAMPLE",
        "ID_NUMBER": "I1234567",
        "CLASS": "C",
        "DATE_OF_BIRTH": "1977-08-31",
        "DATE_OF_ISSUE": "2021-08-31",
        "EXPIRATION_DATE": "2029-08-31",
        "PERSONAL_DETAILS/SEX": "M",
        "PERSONAL_DETAILS/EYE_COLOR": "BRN",
        "ADDRESS_DETAILS/ZIP_CODE": "95818",
    }
    assert {key: got[key].value for key in expected} == expected


# -- unlabelled values -------------------------------------------------------------------------


def test_the_issuer_at_the_top(extractor: OfflineExtractor) -> None:
    doc = invoice()
    got = extract(extractor, doc, CATALOG["invoice"])
    assert got["VENDORNAME"].value == "Northwind Supplies Ltd."
    assert on(got["VENDORNAME"], word(doc, "Northwind"), word(doc, "Ltd."))
    assert got["VENDORADDRESS"].value == "14 Harbour Road, Leith, Edinburgh EH6 7AA"
    shop = extract(extractor, receipt(), CATALOG["receipt"])
    assert shop["merchant_name"].value == "GREEN LEAF CAFE"
    assert shop["merchant_address"].value == "22 Baker Street, London W1U 3BW"


def test_the_only_date_and_the_largest_amount(extractor: OfflineExtractor) -> None:
    doc = build_pdf_document(
        make_pdf(
            [
                PageSpec(
                    runs=[
                        Run(72, 60, "Harbour Books", 18, bold=True),
                        Run(72, 90, "Thank you for shopping with us on 3 May 2024.", 10),
                        Run(72, 110, "Two paperbacks and a map came to 23.50 in all,", 10),
                        Run(72, 124, "of which 3.92 was tax.", 10),
                    ]
                )
            ]
        )
    )
    blueprint = schema(
        {
            "store": leaf("string", "Name of the shop"),
            "purchase_date": leaf("string", "Date of purchase, YYYY-MM-DD", "inferred"),
            "total": leaf("number", "Total amount paid"),
        }
    )
    got = extract(extractor, doc, blueprint)
    assert got["store"].value == "Harbour Books"
    assert got["purchase_date"].value == "2024-05-03"
    assert got["total"].value == 23.5 and on(got["total"], word(doc, "23.50"))


def test_the_currency_from_its_sign(extractor: OfflineExtractor) -> None:
    doc = build_pdf_document(
        make_pdf([PageSpec(runs=[Run(72, 72, "Total", 10), Run(300, 72, "£12.40", 10)])])
    )
    got = extract(extractor, doc, CATALOG["receipt"])
    assert got["currency"].value == "GBP" and got["total"].value == 12.4


# -- honesty -----------------------------------------------------------------------------------


def test_fields_the_document_does_not_have_are_not_found(extractor: OfflineExtractor) -> None:
    blueprint = schema(
        {
            "full_name": leaf("string", "The employee's full name"),
            "passport_number": leaf("string", "The employee's passport number"),
            "salary": leaf("number", "The annual salary"),
            "manager_email": leaf("string", "The e-mail address of the line manager"),
        }
    )
    got = extract(extractor, form(), blueprint)
    assert got["full_name"].value == "Maria Gonzalez"
    for key in ("passport_number", "salary", "manager_email"):
        assert got[key].value is None and got[key].evidence == ()
    shop = extract(extractor, receipt(), CATALOG["receipt"])
    assert shop["tip"].value is None
    assert shop["card_last_four_digits"].value is None  # "CARD 10.50" is an amount
    assert extract(extractor, invoice(), CATALOG["invoice"])["CURRENCY"].value is None


def test_an_identifier_is_no_amount(extractor: OfflineExtractor) -> None:
    doc = build_pdf_document(make_pdf([PageSpec(runs=[Run(72, 72, "Invoice No: INV-2041", 10)])]))
    got = extract(extractor, doc, schema({"total": leaf("number", "The total amount due")}))
    assert got["total"].value is None


def test_only_the_segments_pages_are_read(extractor: OfflineExtractor) -> None:
    pages = [
        PageSpec(runs=[Run(72, 72, "Invoice No: A-1", 10), Run(72, 90, "Total: 10.00", 10)]),
        PageSpec(runs=[Run(72, 72, "Invoice No: B-2", 10), Run(72, 90, "Total: 20.00", 10)]),
    ]
    doc = build_pdf_document(make_pdf(pages))
    blueprint = schema(
        {
            "invoice_number": leaf("string", "The invoice number"),
            "total": leaf("number", "The total amount"),
        }
    )
    results = flat(extractor.extract(doc, blueprint, [1]))
    number, total = results["invoice_number"], results["total"]
    assert isinstance(number, LeafResult) and isinstance(total, LeafResult)
    assert number.value == "B-2" and total.value == 20
    assert [e.page_index for e in total.evidence] == [1]


# -- tables ------------------------------------------------------------------------------------


def test_line_items_map_to_the_table_columns(extractor: OfflineExtractor) -> None:
    doc = invoice()
    results = flat(extractor.extract(doc, CATALOG["invoice"], [0]))
    table = results["SERVICES_TABLE"]
    assert isinstance(table, TableResult)
    values = [[cell.value for cell in row] for row in table.rows]
    assert values == [
        ["Recycled copy paper (ream)", 40, 4.5, 180],
        ["Toner cartridge black", 12, 18, 216],
        ["Delivery", 1, 33.99, 33.99],
    ]  # the Subtotal, VAT and Total lines under the items are no items
    description, quantity, price, amount = table.rows[1]
    assert on(quantity, word(doc, "12")) and on(price, word(doc, "18.00"))
    assert on(amount, word(doc, "216.00"))
    assert on(description, word(doc, "Toner"), word(doc, "black"))
    assert all(0.5 < cell.confidence <= 1 for row in table.rows for cell in row)


def test_a_table_found_in_the_layout(extractor: OfflineExtractor) -> None:
    got = flat(extractor.extract(payslip(), CATALOG["payslip"], [0]))
    federal = got["FederalTaxes"]
    assert isinstance(federal, TableResult)
    assert [[c.value for c in row] for row in federal.rows] == [
        ["Federal Income Tax", 215, 1075],
        ["Social Security", 133.3, 666.5],
        ["Medicare", 31.18, 155.9],
    ]
    # One table answers one table field.
    assert got["StateTaxes"] == TableResult(got["StateTaxes"].field, ())  # type: ignore[arg-type]


def test_no_matching_table_no_rows(extractor: OfflineExtractor) -> None:
    blueprint = schema(
        {
            "medications": {
                "type": "array",
                "instruction": "Prescribed drugs",
                "items": {"$ref": "#/definitions/Drug"},
            }
        },
        {
            "Drug": {
                "type": "object",
                "properties": {
                    "drug": leaf("string", "Drug name"),
                    "dose_mg": leaf("number", "Dose in mg"),
                },
            }
        },
    )
    [table] = extractor.extract(invoice(), blueprint, [0])
    assert isinstance(table, TableResult) and table.rows == ()


# -- confidence, threads, speed ------------------------------------------------------------------


def test_confidence_is_monotone_in_the_score() -> None:
    scores = [-1.0, 0.0, CALIBRATION.found, 0.7, 1.0, 1.5]
    probabilities = [confidence(s) for s in scores]
    assert probabilities == sorted(probabilities)
    assert all(0 <= p <= 1 for p in probabilities)
    assert confidence(CALIBRATION.midpoint) == 0.5


def test_a_close_rival_value_lowers_confidence() -> None:
    gap = CALIBRATION.rival_gap
    margins = [-0.1, 0.0, gap / 2, gap, gap + 0.5]
    probabilities = [confidence(0.8, margin=m) for m in margins]
    assert probabilities[0] == probabilities[1] < probabilities[2] < probabilities[3]
    assert probabilities[3] == probabilities[4] == confidence(0.8)  # far ahead: no rival


def test_two_totals_that_disagree_are_less_sure_than_one(extractor: OfflineExtractor) -> None:
    blueprint = schema({"Total": leaf("number", "The total amount due")})

    def total(*lines: tuple[float, str]) -> LeafResult:
        runs = [Run(72, top, text, 11) for top, text in lines]
        document = build_pdf_document(make_pdf([PageSpec(width=612, height=792, runs=runs)]))
        return extract(extractor, document, blueprint)["Total"]

    alone = total((90, "Total: 10.50"))
    twice = total((90, "Total: 10.50"), (300, "Total: 10.50"))
    rivals = total((90, "Total: 10.50"), (300, "Total: 12.75"))
    assert alone.value == twice.value == 10.5
    assert twice.confidence == alone.confidence  # the same value twice agrees with itself
    assert rivals.value in (10.5, 12.75) and rivals.confidence < alone.confidence


def test_found_values_are_sure_unless_a_rival_is_close(extractor: OfflineExtractor) -> None:
    got = extract(extractor, invoice(), CATALOG["invoice"])
    found = [r for r in got.values() if r.value is not None]
    assert found and all(0 < r.confidence <= 1 for r in found)
    assert sum(r.confidence for r in found) / len(found) > 0.8
    # One invoice number, one date, one total: sure. The recipient's address has another
    # value scoring close behind it, the vendor's address none: the vendor's is surer.
    assert min(got[k].confidence for k in ("ID", "DATE", "TOTAL")) > 0.9
    assert got["RECEIVERADDRESS"].confidence < got["VENDORADDRESS"].confidence


def test_threads_share_one_extractor(extractor: OfflineExtractor) -> None:
    jobs = [
        (invoice(), CATALOG["invoice"]),
        (receipt(), CATALOG["receipt"]),
        (form(), CATALOG["invoice"]),
    ]
    expected = [extractor.extract(doc, bp, [0]) for doc, bp in jobs]
    got: dict[int, object] = {}

    def run(i: int) -> None:
        doc, bp = jobs[i % len(jobs)]
        got[i] = extractor.extract(doc, bp, [0])

    threads = [threading.Thread(target=run, args=(i,)) for i in range(9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(got[i] == expected[i % len(jobs)] for i in range(9))


def test_speed_of_one_page(embedder: Embedder) -> None:
    fresh = OfflineExtractor(embedder)  # its own cache: the first extraction embeds everything
    doc, blueprint = invoice(), CATALOG["invoice"]
    start = time.perf_counter()
    fresh.extract(doc, blueprint, [0])
    cold = time.perf_counter() - start
    start = time.perf_counter()
    fresh.extract(doc, blueprint, [0])
    warm = time.perf_counter() - start
    print(
        f"\noffline extraction, 1-page invoice: {cold * 1000:.0f} ms first, {warm * 1000:.0f} ms cached"
    )
