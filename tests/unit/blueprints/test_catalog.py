"""The AWS-managed blueprint catalog: every schema is valid, named and addressed as BDA does,
and carries the field names seen in BDA's real output."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import regex
from botocore.session import get_session

from openbda.blueprints import catalog
from openbda.blueprints.model import BlueprintType, GroupField, LeafField, TableField
from openbda.blueprints.schema import parse_schema

REQUIRED = (
    "invoice",
    "receipt",
    "bank-statement",
    "payslip",
    "us-bank-check",
    "us-driver-license",
    "us-passport",
    "w2-form",
    "form-1040",
    "form-1099-int",
    "birth-certificate",
)


def _shape_pattern(name: str) -> regex.Pattern[str]:
    model = get_session().get_service_model("bedrock-data-automation")
    return regex.compile(model.shape_for(name).metadata["pattern"])


def test_the_catalog_holds_the_known_public_blueprints() -> None:
    suffixes = {entry.suffix for entry in catalog.catalog()}
    assert set(REQUIRED) <= suffixes
    assert "form-1099-misc" in suffixes


def test_every_file_is_listed_and_every_entry_has_a_file() -> None:
    folder = resources.files("openbda.blueprints") / "catalog"
    files = {item.name[: -len(".json")] for item in folder.iterdir() if item.name.endswith(".json")}
    assert files == {suffix for suffix, _ in catalog.CATALOG_ENTRIES}


@pytest.mark.parametrize("entry", catalog.catalog(), ids=lambda e: e.suffix)
def test_each_schema_is_valid_and_well_instructed(entry: catalog.CatalogBlueprint) -> None:
    schema = parse_schema(entry.schema_text, entry.type)
    assert schema == entry.schema
    assert entry.schema_text == catalog.schema_text(entry.suffix)
    doc = json.loads(entry.schema_text)
    assert doc["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert doc["type"] == "object"
    assert len(schema.description) > 40  # matching uses the description
    for field in schema.walk():
        # Extraction prompts from instructions: every field says what it wants.
        assert field.instruction.strip(), field.key
        assert field.instruction.endswith("."), field.key
    for leaf in schema.leaves():
        if "date" in leaf.name.lower() and leaf.type.value == "string" and not leaf.is_list:
            assert "YYYY-MM-DD" in leaf.instruction or "age" in leaf.instruction, leaf.key
    # The synchronous API takes 15 fields at most; catalog blueprints target async jobs.
    assert 10 <= schema.leaf_count <= 100


@pytest.mark.parametrize("entry", catalog.catalog(), ids=lambda e: e.suffix)
def test_names_and_arns_follow_the_model(entry: catalog.CatalogBlueprint) -> None:
    arn = entry.arn("eu-west-1")
    assert (
        arn
        == f"arn:aws:bedrock:eu-west-1:aws:blueprint/bedrock-data-automation-public-{entry.suffix}"
    )
    assert _shape_pattern("BlueprintArn").fullmatch(arn)
    assert _shape_pattern("BlueprintName").fullmatch(entry.name)
    assert entry.type is BlueprintType.DOCUMENT
    assert catalog.lookup(arn, "eu-west-1") == entry
    assert catalog.lookup(arn, "us-east-1") is None
    assert catalog.is_catalog_arn(arn)


def test_class_names_are_the_names_bda_reports() -> None:
    names = {entry.suffix: entry.name for entry in catalog.catalog()}
    assert names["payslip"] == "Payslip"
    assert names["us-bank-check"] == "US-Bank-Check"
    assert names["us-driver-license"] == "US-Driver-License"
    assert names["bank-statement"] == "Bank-Statement"
    assert names["w2-form"] == "W2-Form"
    assert len(set(names.values())) == len(names)


def _entry(suffix: str) -> catalog.CatalogBlueprint:
    return next(e for e in catalog.catalog() if e.suffix == suffix)


def _keys(suffix: str) -> set[str]:
    return {f.key for f in _entry(suffix).schema.walk()}


def test_payslip_fields() -> None:
    keys = _keys("payslip")
    for name in (
        "PayPeriodStartDate", "PayPeriodEndDate", "PayDate", "CurrentGrossPay", "YTDGrossPay",
        "CurrentNetPay", "YTDNetPay", "YTDFederalTax", "YTDStateTax", "YTDCityTax",
        "RegularHourlyRate", "HolidayHourlyRate", "currency", "EmployeeNumber", "PayrollNumber",
        "FederalFilingStatus", "StateFilingStatus", "CurrentTotalDeductions",
        "YTDTotalDeductions", "is_gross_pay_valid", "are_field_names_sufficient",
        "is_ytd_gross_pay_highest",
        "EmployeeName/FirstName", "EmployeeName/MiddleName", "EmployeeName/LastName",
        "EmployeeName/SuffixName",
        "EmployeeAddress/Line1", "EmployeeAddress/Line2", "EmployeeAddress/City",
        "EmployeeAddress/State", "EmployeeAddress/ZipCode", "CompanyAddress/ZipCode",
        "FederalTaxes/ItemDescription", "FederalTaxes/Period", "FederalTaxes/YTD",
        "StateTaxes/YTD", "CityTaxes/YTD",
    ):  # fmt: skip
        assert name in keys, name
    schema = _entry("payslip").schema
    assert isinstance(schema.find("FederalTaxes"), TableField)
    assert isinstance(schema.find("EmployeeName"), GroupField)


def test_us_bank_check_fields() -> None:
    assert _keys("us-bank-check") == {
        "date", "dollar_amount", "check_number", "account_holder_name", "payee_name",
        "bank_name", "memo", "routing_number_valid", "bank_routing_number", "amount_in_words",
        "is_signed",
    }  # fmt: skip


def test_us_driver_license_fields() -> None:
    keys = _keys("us-driver-license")
    for name in (
        "NAME_DETAILS/FIRST_NAME", "NAME_DETAILS/MIDDLE_NAME", "NAME_DETAILS/LAST_NAME",
        "NAME_DETAILS/SUFFIX", "STATE_NAME", "ID_NUMBER", "EXPIRATION_DATE", "DATE_OF_BIRTH",
        "DATE_OF_ISSUE", "ENDORSEMENTS", "RESTRICTIONS", "CLASS", "COUNTY",
        "PERSONAL_DETAILS/SEX", "PERSONAL_DETAILS/HAIR_COLOR", "PERSONAL_DETAILS/HEIGHT",
        "PERSONAL_DETAILS/WEIGHT", "PERSONAL_DETAILS/EYE_COLOR",
        "ADDRESS_DETAILS/STREET_ADDRESS", "ADDRESS_DETAILS/CITY", "ADDRESS_DETAILS/STATE",
        "ADDRESS_DETAILS/ZIP_CODE",
    ):  # fmt: skip
        assert name in keys, name
    endorsements = _entry("us-driver-license").schema.find("ENDORSEMENTS")
    assert isinstance(endorsements, LeafField) and endorsements.is_list


def test_w2_form_fields() -> None:
    keys = _keys("w2-form")
    for name in (
        "employer_info/employer_name", "employer_info/employer_address",
        "employer_info/employer_zip_code", "employer_info/ein", "employer_info/control_number",
        "employee_general_info/first_name", "employee_general_info/employee_last_name",
        "employee_general_info/employee_name_suffix", "employee_general_info/employee_address",
        "employee_general_info/employee_zip_code", "employee_general_info/ssn",
        "federal_wage_info", "federal_tax_info", "state_taxes_table", "codes/code",
        "codes/amount", "filing_info/omb_number", "filing_info/verification_code", "other",
        "nonqualified_plans_incom",
    ):  # fmt: skip
        assert name in keys, name


def test_bank_statement_fields() -> None:
    keys = _keys("bank-statement")
    for name in (
        "account_number", "branch_transit_number", "account_summary/summary_desc",
        "account_summary/summary_amount", "account_holder_name", "account_holder_address",
        "bank_name", "account_type", "transaction_details/date",
        "transaction_details/description", "transaction_details/withdrawals",
        "transaction_details/deposits", "transaction_details/balance", "statement_start_date",
        "statement_end_date",
    ):  # fmt: skip
        assert name in keys, name


def test_invoice_fields() -> None:
    keys = _keys("invoice")
    for name in (
        "VENDORNAME", "VENDORADDRESS", "ID", "DATE", "PO", "SUBTOTAL", "TOTAL", "TAX",
        "SERVICES_TABLE/product description", "SERVICES_TABLE/quantity",
        "SERVICES_TABLE/unit price", "SERVICES_TABLE/amount",
    ):  # fmt: skip
        assert name in keys, name


def test_receipt_fields() -> None:
    keys = _keys("receipt")
    for name in (
        "merchant_name", "merchant_address", "transaction_date", "items/description",
        "items/total_price", "subtotal", "tax", "tip", "total", "payment_method",
    ):  # fmt: skip
        assert name in keys, name
