"""The "fresh7" held-out layouts (templates 17 and 18) of the catalog kinds, for
bench/catalog_documents.py.

An eighth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh7` is an
honest test set: a wholesale produce distributor's delivery invoice with catch weights, credit
lines and the PACA trust notice and a Japanese-style invoice in English with seal boxes, yen
amounts and consumption tax at two rates; a school district's monthly pay advice for a teacher
with the salary schedule step and class and the taxes apart from the deductions and a farm
labour contractor's bilingual (English/Spanish) piece-rate pay stub with the minimum-wage
make-up and paid rest periods; an Indian bank's savings account statement with value dates,
cheque/reference numbers and lakh-grouped amounts and a credit union's landscape share-draft
statement with a summary sidebar and the transactions in two newspaper columns; a territorial
(Guam) W-2GU with Copy B and Copy C on separate pages and a payroll app's narrow mobile export
of a W-2, one box per row with the caption above the value; a bilingual Puerto Rico licence
with day-first dates and a licence with the captions under the values, the name as "LAST,
FIRST" and dates with the month spelled; a CORRECTED 1099 behind a letter comparing the amounts
reported before and now and a three-up 1099 sheet (Copy B, Copy 1 and Copy 2) with the state
boxes filled; a bank's starter check with the holder's name and address written in by hand and
a substitute check (image replacement document) with the front and back images; a coffee
shop's tablet receipt with modifiers, a loyalty reward and a tip and a supercenter's
self-checkout receipt with bottle deposits, an age check and cash back on the debit tender.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bench.catalog_documents import (
    COMPANY_A,
    FIRST,
    LAST,
    SUMMARY_LABELS,
    Canvas,
    Maker,
    Truth,
    _paragraph,
    fmt,
    money,
    words,
)
from bench.catalog_layouts_fresh import (
    Frame,
    Layout,
    Tape,
    barcode,
    cheque_truth,
    form_cell,
    in_words,
    licence_truth,
    make_1099,
    make_cheque,
    make_licence,
    make_w2,
    perforation,
    tax_1099_truth,
    w2_truth,
    wrap,
)
from bench.catalog_layouts_fresh2 import month_end
from bench.catalog_layouts_fresh3 import fit, ink

# ---------------------------------------------------------------------------------------------
# Helpers


def rows_at(
    c: Canvas | Frame,
    x: float,
    top: float,
    rows: list[str] | tuple[str, ...],
    size: float,
    font: str = "F1",
    lead: float = 0,
) -> float:
    """Draw `rows` one under the other; the top of the next line."""
    lead = lead or size + 3
    for i, s in enumerate(rows):
        c.text(x, top + lead * i, s, size, font)
    return top + lead * len(rows)


def colour(c: Canvas, r: float, g: float, b: float) -> None:
    """Set the fill (text) colour for what follows; `ink(c, 0)` goes back to black."""
    c.ops.append(b"%.2f %.2f %.2f rg" % (r, g, b))


def short_date(d: dt.date) -> str:
    """'3/7/24', as people write dates by hand."""
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def long_date(d: dt.date) -> str:
    """'March 7, 2024' without a zero-padded day."""
    return f"{d:%B} {d.day}, {d.year}"


def inr(value: float) -> str:
    """An amount grouped the Indian way: 12,34,567.89."""
    whole, cents = f"{abs(value):.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    body = ",".join([*groups, tail])
    return f"{'-' if value < 0 else ''}{body}.{cents}"


def yen(value: float) -> str:
    return f"\xa5{value:,.0f}"


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh7(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """17: a wholesale produce distributor's delivery invoice; 18: a Japanese-style invoice in
    English with seal boxes."""
    return (*(invoice_produce if t == 17 else invoice_japan)(m), f"t{t}")


# (item no., description, pack, unit, price range, catch weight: lb per case range)
PRODUCE = (
    ("10412", "ROMAINE HEARTS", "3/6CT", "CS", (24.0, 38.0), None),
    ("10233", "LETTUCE ICEBERG LINER", "24CT", "CS", (22.0, 41.0), None),
    ("11870", "TOMATO 5X6 VINE RIPE", "25LB", "CS", (21.0, 44.0), None),
    ("11902", "TOMATO ROMA", "25LB", "CS", (18.0, 36.0), None),
    ("12004", "ONION YELLOW JUMBO", "50LB", "SK", (16.0, 29.0), None),
    ("12030", "ONION RED MED", "25LB", "SK", (14.0, 26.0), None),
    ("13110", "POTATO RUSSET 70CT", "50LB", "CS", (19.0, 34.0), None),
    ("14520", "AVOCADO HASS 48CT", "48CT", "CS", (38.0, 79.0), None),
    ("15001", "LEMONS 165CT", "165CT", "CS", (28.0, 52.0), None),
    ("15080", "LIMES 175CT", "175CT", "CS", (24.0, 61.0), None),
    ("16300", "CILANTRO", "60CT", "CS", (18.0, 32.0), None),
    ("17215", "BELL PEPPER GREEN XL", "1-1/9BU", "CS", (19.0, 37.0), None),
    ("18450", "MUSHROOM WHITE MED", "10LB", "CS", (17.0, 28.0), None),
    ("19010", "WATERMELON SEEDLESS", "LB", "LB", (0.28, 0.55), (48.0, 66.0)),
    ("19120", "PINEAPPLE GOLD 7CT", "LB", "LB", (0.62, 0.98), (24.0, 31.0)),
    ("19555", "CARROTS JUMBO", "LB", "LB", (0.45, 0.80), (24.0, 26.0)),
)
CREDIT_REASONS = ("SHORT ON TRUCK", "DAMAGED/DECAY", "REFUSED - QUALITY", "MIS-PICK RETURN")
EATERIES = ("Bistro", "Taqueria", "Grill", "Cafe", "Kitchen", "Deli", "Pizzeria", "Market")


def invoice_produce(m: Maker) -> Layout:
    """A produce house's delivery invoice, printed on the truck and signed by the receiver: the
    distributor with its PACA licence number, SOLD TO and SHIP TO side by side, route, stop,
    driver and terms in a strip, the lines (ordered, shipped, unit, item number, description,
    pack, price, extension; catch-weight items by the pound with the weight shown), a CREDITS
    block for shorts and refusals, the merchandise, credits, sub-total, fuel surcharge and total
    down the right, and the PACA trust notice in small print."""
    vendor = f"{m.pick(COMPANY_A)} {m.pick(('Produce Co.', 'Fresh Produce, Inc.', 'Farms Dist.'))}"
    v_street, v_city = m.address()
    customer = f"{m.pick(LAST)}'s {m.pick(EATERIES)}".upper()
    if m.chance(0.4):
        customer = f"{m.pick(COMPANY_A).upper()} {m.pick(EATERIES).upper()} #{m.r.randint(2, 40)}"
    c_street, c_city = m.address()
    number = m.pick((m.digits(7), f"{m.pick('ABDS')}{m.digits(6)}", f"{m.digits(2)}-{m.digits(5)}"))
    delivered = m.date()
    ordered = delivered - dt.timedelta(days=m.pick((1, 1, 2)))
    po = m.digits(m.pick((5, 6))) if m.chance(0.35) else ""
    lines = []
    for item, desc, pack, unit, (lo, hi), catch in m.r.sample(PRODUCE, m.r.randint(4, 11)):
        qty = m.r.randint(1, 8)
        shipped = qty if m.chance(0.85) else max(0, qty - m.r.randint(1, 2))
        price = m.amount(lo, hi)
        weight = round(shipped * m.r.uniform(*catch), 1) if catch else 0.0
        ext = round((weight if catch else shipped) * price, 2)
        lines.append((qty, shipped, unit, item, desc, pack, price, weight, ext))
    merch = round(sum(x[8] for x in lines), 2)
    credits = []
    for x in m.r.sample(lines, m.r.randint(0, 2)):
        if x[1] and not x[7]:
            credits.append((x[3], x[4], m.pick(CREDIT_REASONS), -x[6]))
    credit_total = round(sum(x[3] for x in credits), 2)
    subtotal = round(merch + credit_total, 2)
    fuel = float(m.pick((0, 2.5, 3.95, 4.5)))
    total = round(subtotal + fuel, 2)
    day = m.pick(("%m/%d/%y", "%m/%d/%Y"))
    c = Canvas()
    c.text(30, 26, vendor.upper(), fit(vendor.upper(), 330, 15, "F6"), "F6")
    c.text(30, 44, f"{v_street.upper()}  {v_city.upper()}", 7.5, "F5")
    c.text(30, 54, f"PH {m.phone()}   PACA LIC# {m.r.randint(19800000, 20249999)}", 7.5, "F5")
    c.text(30, 64, "WHOLESALE FRUITS & VEGETABLES - FOODSERVICE - RETAIL", 7, "F5")
    c.box(402, 22, 180, 48, 1.2)
    c.centre(492, 26, "DELIVERY INVOICE", 10, "F6")
    c.text(408, 41, "INVOICE NO", 7, "F5")
    c.right(576, 40, number, 11, "F6")
    c.text(408, 56, "DEL DATE", 7, "F5")
    c.right(576, 55, fmt(delivered, day), 10, "F6")
    for x, title in ((30, "SOLD TO"), (306, "SHIP TO")):
        c.box(x, 80, 276, 58, 0.6)
        c.text(x + 4, 83, title, 6.5, "F6")
        rows_at(c, x + 14, 94, (customer, c_street.upper(), c_city.upper()), 8.5, "F5", 11)
    c.text(36, 128, f"CUST# {m.digits(5)}", 7, "F5")
    strip = [
        ("ORDER DATE", fmt(ordered, day)),
        ("ROUTE", str(m.r.randint(1, 40))),
        ("STOP", str(m.r.randint(1, 28))),
        ("DRIVER", m.pick(FIRST).upper()),
        ("SALESREP", f"{m.r.randint(10, 99)}"),
        ("TERMS", m.pick(("NET 7", "NET 14", "NET 21", "C.O.D."))),
        ("CUST P.O.", po),
    ]
    x = 30.0
    for label, value in strip:
        w = 79.0 if label != "CUST P.O." else 78.0
        c.box(x, 144, w, 24, 0.5)
        c.text(x + 3, 146, label, 6, "F5")
        c.text(x + 3, 156, value, 8.5, "F6")
        x += w
    heads = (
        (34, "ORD", 0),
        (62, "SHP", 0),
        (90, "UNIT", 0),
        (120, "ITEM#", 0),
        (162, "DESCRIPTION", 0),
        (340, "PACK", 0),
        (410, "WEIGHT", 1),
        (480, "PRICE", 1),
        (578, "EXTENSION", 1),
    )
    top = 180
    c.shade(30, top, 552, 12, 0.85)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 2.5, h, 7, "F6")
    y = top + 17
    for qty, shipped, unit, item, desc, pack, price, weight, ext in lines:
        cells = (
            str(qty),
            str(shipped),
            unit,
            item,
            desc,
            pack,
            f"{weight:.1f}" if weight else "",
            f"{price:.2f}",
            f"{ext:,.2f}",
        )
        for (x, _, r), s in zip(heads, cells, strict=True):
            (c.right if r else c.text)(x, y, s, 7.5, "F5")
        y += 11
    if credits:
        y += 6
        c.text(34, y, "*** CREDITS ***", 7.5, "F6")
        y += 11
        for item, desc, reason, amount in credits:
            c.text(120, y, item, 7.5, "F5")
            c.text(162, y, f"CR {desc} - {reason}", 7.5, "F5")
            c.right(578, y, f"{amount:,.2f}-".replace("-", "", 1), 7.5, "F5")
            y += 11
    y = max(y + 14, 520)
    owed = f"{-credit_total:,.2f}-" if credits else "0.00"
    totals = [("MERCHANDISE", f"{merch:,.2f}"), ("CREDITS", owed)]
    totals += [("SUB-TOTAL", f"{subtotal:,.2f}")]
    if fuel:
        totals.append(("FUEL SURCHARGE", f"{fuel:,.2f}"))
    totals.append(("TOTAL DUE", money(total, "$")))
    for i, (label, value) in enumerate(totals):
        bold = "F6" if label == "TOTAL DUE" else "F5"
        c.text(400, y + 13 * i, label, 8, bold)
        c.right(578, y + 13 * i, value, 9 if bold == "F6" else 8, bold)
    c.box(394, y - 5, 188, 13 * len(totals) + 8, 0.8)
    c.text(30, y, f"CASES {sum(x[1] for x in lines if x[2] != 'LB')}", 8, "F5")
    c.text(30, y + 13, "RECEIVED IN GOOD ORDER BY:", 7, "F5")
    c.line(30, y + 42, 250, y + 42, 0.5)
    c.text(30, y + 45, "SIGNATURE / PRINT NAME            TIME", 6, "F5")
    c.text(260, y + 30, "TEMP ____F", 7, "F5")
    _paragraph(
        c,
        30,
        700,
        "The perishable agricultural commodities listed on this invoice are sold subject to the "
        "statutory trust authorized by section 5(c) of the Perishable Agricultural Commodities "
        "Act, 1930 (7 U.S.C. 499e(c)). The seller of these commodities retains a trust claim "
        "over these commodities, all inventories of food or other products derived from these "
        "commodities, and any receivables or proceeds from the sale of these commodities until "
        "full payment is received. Past due balances bear interest at 1.5% per month.",
        552,
        6,
        "F1",
    )
    truth: Truth = {
        "VENDORNAME": vendor.upper(),
        "RECEIVERNAME": customer,
        "ID": number,
        "DATE": delivered.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


JP_NAMES = ("Sakura", "Hinode", "Midori", "Aozora", "Kawasemi", "Tsubaki", "Yamabuki", "Kaede")
JP_TRADES = ("Trading", "Shoji", "Foods", "Systems", "Printing", "Electric", "Logistics")
JP_WARDS = (
    ("Tokyo", "Chiyoda-ku", "100", "Marunouchi"),
    ("Tokyo", "Minato-ku", "105", "Shiba"),
    ("Tokyo", "Shibuya-ku", "150", "Jingumae"),
    ("Osaka", "Kita-ku", "530", "Umeda"),
    ("Nagoya", "Naka-ku", "460", "Sakae"),
    ("Fukuoka", "Hakata-ku", "812", "Hakata-eki-mae"),
    ("Yokohama", "Nishi-ku", "220", "Minatomirai"),
)
# (description, unit, unit price range in yen, reduced 8% rate)
JP_LINES = (
    ("Office coffee beans 1kg", "bag", (1800, 3600), True),
    ("Bottled green tea 500ml x24", "case", (2200, 3400), True),
    ("Copy paper A4 5,000 sheets", "box", (3200, 5200), False),
    ("System maintenance fee (monthly)", "month", (30000, 180000), False),
    ("Printing of brochures A4 4pp", "lot", (48000, 260000), False),
    ("Toner cartridge, black", "pc", (6800, 14800), False),
    ("Boxed lunch for seminar", "pc", (780, 1500), True),
    ("Delivery and installation", "set", (8000, 45000), False),
    ("Software licence renewal (annual)", "licence", (24000, 98000), False),
)


def jp_company(m: Maker) -> str:
    name = f"{m.pick(JP_NAMES)} {m.pick(JP_TRADES)}"
    return m.pick((f"{name} Co., Ltd.", f"{name} K.K.", f"{name} Corporation"))


def invoice_japan(m: Maker) -> Layout:
    """A Japanese company's invoice (seikyusho) written in English: "INVOICE" centred and
    underlined, the customer top left with "Messrs." and a rule under it, the issue date and
    invoice number top right over the issuer's block with its qualified-invoice registration
    number and a red company seal, three approval boxes, the amount due in a framed line
    ("Total amount (tax included)") before the lines, each line numbered with reduced-rate
    items starred, consumption tax at 10% and 8% shown separately, yen without decimals,
    dates as YYYY/MM/DD, and the bank transfer details at the foot."""
    vendor = jp_company(m)
    client = jp_company(m)
    while client == vendor:
        client = jp_company(m)
    city, ward, zip3, area = m.pick(JP_WARDS)
    block = f"{m.r.randint(1, 9)}-{m.r.randint(1, 30)}-{m.r.randint(1, 20)}"
    issued = m.date()
    due = month_end(month_end(issued) + dt.timedelta(days=1))
    slash = m.pick(("%Y/%m/%d", "%Y.%m.%d"))
    number = m.pick((f"{fmt(issued, '%Y%m%d')}-{m.digits(3)}", f"INV-{m.digits(6)}", m.digits(5)))
    po = f"PO-{m.digits(6)}" if m.chance(0.3) else ""
    lines = []
    for desc, unit, (lo, hi), reduced in m.r.sample(JP_LINES, m.r.randint(2, 6)):
        qty = 1 if unit in ("month", "lot", "set", "licence") else m.r.randint(1, 40)
        price = float(round(m.r.randint(lo, hi), -1))
        lines.append((desc, qty, unit, price, qty * price, reduced))
    base10 = sum(x[4] for x in lines if not x[5])
    base8 = sum(x[4] for x in lines if x[5])
    tax10 = float(int(base10 * 0.10))
    tax8 = float(int(base8 * 0.08))
    subtotal = base10 + base8
    total = subtotal + tax10 + tax8
    reg = f"T{m.digits(13)}"
    c = Canvas(595, 842)
    c.centre(297, 40, "INVOICE", 20, "F2")
    c.line(247, 64, 347, 64, 1.2)
    c.line(247, 67, 347, 67, 0.4)
    c.right(555, 86, f"Date of issue: {fmt(issued, slash)}", 9)
    c.right(555, 99, f"Invoice No.: {number}", 9)
    c.text(40, 100, f"{client}  Messrs.", fit(f"{client}  Messrs.", 260, 13, "F2"), "F2")
    c.line(40, 118, 300, 118, 0.8)
    c.text(40, 124, m.pick(("Attn: Accounting Department", "Attn: General Affairs Dept.")), 8.5)
    c.text(40, 150, "We hereby invoice you as follows.", 9)
    if po:
        c.text(40, 163, f"Your order ref.: {po}", 8.5)
    rows_at(
        c,
        340,
        124,
        (
            vendor,
            f"Postal code {zip3}-{m.digits(4)}",
            f"{block} {area},",
            f"{ward}, {city}, Japan",
            f"TEL +81-{m.r.randint(3, 99)}-{m.digits(4)}-{m.digits(4)}",
            f"Registration No. {reg}",
        ),
        8.5,
        "F1",
        11,
    )
    colour(c, 0.8, 0.1, 0.1)
    c.box(508, 118, 40, 40, 1.4)
    word = vendor.split()[0].upper()
    c.centre(528, 128, word[:4], 8, "F2")
    c.centre(528, 140, word[4:8] or "SEAL", 8, "F2")
    ink(c, 0.0)
    for i, cap in enumerate(("Approved", "Checked", "Prepared")):
        c.box(427 + 43 * i, 200, 43, 14, 0.5)
        c.box(427 + 43 * i, 214, 43, 36, 0.5)
        c.centre(448.5 + 43 * i, 203, cap, 7)
    c.box(40, 200, 300, 30, 1.4)
    c.text(48, 211, "Total amount (tax included)", 10, "F2")
    c.right(330, 208, yen(total), 15, "F2")
    c.text(40, 238, f"Payment due date: {fmt(due, slash)}", 9)
    top = 268.0
    heads = (
        (44, "No.", 0),
        (70, "Description", 0),
        (360, "Qty", 1),
        (368, "Unit", 0),
        (470, "Unit price", 1),
        (551, "Amount", 1),
    )
    c.shade(40, top, 515, 16, 0.85)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 4, h, 8.5, "F2")
    y = top + 16
    for i, (desc, qty, unit, price, amount, reduced) in enumerate(lines):
        c.box(40, y, 515, 18, 0.4)
        cells = (str(i + 1), desc + (" *" if reduced else ""), str(qty), unit)
        cells += (f"{price:,.0f}", f"{amount:,.0f}")
        for (x, _, r), s in zip(heads, cells, strict=True):
            (c.right if r else c.text)(x, y + 5, s, 8.5)
        y += 18
    for _ in range(max(0, 8 - len(lines))):
        c.box(40, y, 515, 18, 0.4)
        y += 18
    c.text(40, y + 4, "* Items subject to the reduced tax rate (8%)", 7.5)
    summary = (
        ("Subtotal (excl. tax)", yen(subtotal)),
        (f"Consumption tax 10% (on {yen(base10)})", yen(tax10)),
        (f"Consumption tax 8%* (on {yen(base8)})", yen(tax8)),
        ("Total", yen(total)),
    )
    for i, (label, value) in enumerate(summary):
        yy = y + 20 + 18 * i
        c.box(330, yy, 140, 18, 0.4)
        c.box(470, yy, 85, 18, 0.4)
        c.text(334, yy + 5, label, fit(label, 132, 8, "F1"), "F2" if label == "Total" else "F1")
        c.right(551, yy + 5, value, 8.5, "F2" if label == "Total" else "F1")
    y += 20 + 18 * 4 + 24
    c.text(40, y, "Remarks", 9, "F2")
    c.box(40, y + 12, 515, 70, 0.5)
    bank = f"{m.pick(JP_NAMES)} Bank"
    rows_at(
        c,
        48,
        y + 20,
        (
            "Please remit by bank transfer to the account below. Transfer fees are to be borne "
            "by the payer.",
            f"{bank}, {m.pick(('Head Office', 'Shinjuku Branch', 'Umeda Branch'))} "
            f"(Branch code {m.digits(3)})  Ordinary account No. {m.digits(7)}",
            f"Account name: {vendor}",
        ),
        8,
        "F1",
        12,
    )
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": client,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips


def payslip_fresh7(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """17: a school district's monthly pay advice for a teacher; 18: a farm labour
    contractor's bilingual piece-rate pay stub."""
    return (*(payslip_teacher if t == 17 else payslip_piece_rate)(m), f"t{t}")


SCHOOLS = ("Lincoln Elementary", "Roosevelt Middle", "Central High", "Jefferson K-8")
SCHOOLS += ("Valley View Elementary", "Adult Education Center", "Washington High")
POSITIONS = ("Teacher - Grade 4", "Teacher - Science 7/8", "Teacher - English 9-12")
POSITIONS += ("Teacher - Special Education", "Teacher - Kindergarten", "Counselor")
COLUMNS = (("BA", 1.0), ("BA+30", 1.07), ("MA", 1.13), ("MA+30", 1.19), ("PhD", 1.26))
ASSOCIATIONS = ("Teachers Association", "Education Association", "Federation of Teachers")
# States whose teachers' pensions replace social security (so no social security tax).
NO_SOCIAL_SECURITY = {"CA", "OH", "TX", "CO", "MA", "IL"}


def payslip_teacher(m: Maker) -> Layout:
    """A school district's certificated pay advice: the district centred in a serif face,
    "THIS IS NOT A CHECK", the employee as LAST, FIRST with the site, position, salary
    schedule, class and step, FTE and annual salary, the pay begin and end dates and check date
    with the installment number (12 installments a year), earnings, then before-tax deductions
    (the state teachers' retirement system), taxes (no social security in states whose pension
    replaces it) and after-tax deductions in three blocks with current and year-to-date
    columns, a summary grid in which TOTAL DEDUCTIONS excludes the taxes, the net pay split
    between two accounts, and sick and personal leave balances in days."""
    first, middle, last = m.person()
    city, abbr, _, zipcode = m.city()
    district = f"{city} {m.pick(('Unified School District', 'Public Schools'))}"
    district = m.pick((district, f"{city} Independent School District"))
    emp_no = m.pick((m.digits(6), f"E{m.digits(6)}", m.digits(7)))
    paid_month = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    start, end = paid_month, month_end(paid_month)
    paid = end - dt.timedelta(days=max(0, end.weekday() - 4))
    months = paid.month
    column, factor = m.pick(COLUMNS)
    step = m.r.randint(1, 16)
    annual = round(m.r.uniform(46000, 54000) * factor * (1 + 0.032 * (step - 1)), 2)
    salary = round(annual / 12, 2)
    installment = (paid.month - 7) % 12 + 1

    def ytd(v: float) -> float:
        return round(v * months * m.r.uniform(0.96, 1.0), 2) if months > 1 else v

    earnings = [("Certificated Salary", salary)]
    if m.chance(0.4):
        stipend = m.pick(("Stipend - Dept Chair", "Stipend - Coaching", "Stipend - Mentor"))
        earnings.append((stipend, m.amount(120, 480)))
    if m.chance(0.4):
        hours, hourly = m.pick((2.0, 3.5, 6.0, 10.0)), float(m.pick((38, 42, 45)))
        earnings.append((f"Extra Duty Hourly {hours:g} @ {hourly:.2f}", round(hours * hourly, 2)))
    if m.chance(0.3):
        earnings.append(("Substitute Coverage", float(m.pick((1, 2, 3, 4)) * 32)))
    gross = round(sum(a for _, a in earnings), 2)
    before = [("STRS Retirement 10.25%", round(gross * 0.1025, 2))]
    if m.chance(0.4):
        before.append(("403(b) Voluntary", float(m.pick((50, 100, 150, 250, 400)))))
    if m.chance(0.5):
        before.append(("Sec 125 Medical Premium", m.amount(45, 380)))
    taxable = gross - sum(a for _, a in before)
    taxes = [("Fed Withholding", round(taxable * m.r.uniform(0.07, 0.14), 2))]
    if abbr not in NO_SOCIAL_SECURITY:
        taxes.append(("Fed OASDI/EE", round(taxable * 0.062, 2)))
    taxes.append(("Fed MED/EE", round(taxable * 0.0145, 2)))
    if abbr not in {"TX", "FL", "TN", "WA"}:
        taxes.append((f"{abbr} Withholding", round(taxable * m.r.uniform(0.02, 0.05), 2)))
    after = [(f"Union Dues - {m.pick(ASSOCIATIONS)}", m.amount(62, 118))]
    if m.chance(0.4):
        after.append(("Supplemental Life", m.amount(4, 22)))
    if m.chance(0.25):
        after.append(("United Way", float(m.pick((5, 10, 20)))))
    y_earn = [(n, a, ytd(a)) for n, a in earnings]
    y_before = [(n, a, ytd(a)) for n, a in before]
    y_taxes = [(n, a, ytd(a)) for n, a in taxes]
    y_after = [(n, a, ytd(a)) for n, a in after]

    def tot(rows: list[tuple[str, float, float]], i: int) -> float:
        return round(sum(r[i] for r in rows), 2)

    ytd_gross = tot(y_earn, 2)
    ded_now = round(tot(y_before, 1) + tot(y_after, 1), 2)
    ded_ytd = round(tot(y_before, 2) + tot(y_after, 2), 2)
    net = round(gross - tot(y_taxes, 1) - ded_now, 2)
    ytd_net = round(ytd_gross - tot(y_taxes, 2) - ded_ytd, 2)
    c = Canvas()
    c.centre(306, 30, district.upper(), fit(district.upper(), 500, 15, "F4"), "F4")
    c.centre(306, 49, f"Payroll Services  \xb7  {m.street()}, {city}, {abbr} {zipcode}", 8, "F3")
    c.line(36, 64, 576, 64, 1.0)
    c.text(36, 72, "PAY ADVICE", 12, "F4")
    c.right(576, 72, f"Advice No. {m.digits(8)}", 8.5, "F3")
    c.right(576, 83, "THIS IS NOT A CHECK - NON-NEGOTIABLE", 7.5, "F4")
    left = (
        ("Name:", f"{last}, {first} {middle}".strip().upper()),
        ("Employee ID:", emp_no),
        ("Site:", m.pick(SCHOOLS)),
        ("Position:", m.pick(POSITIONS)),
        ("Salary Schedule:", "Certificated (T)"),
        ("Class / Step:", f"{column} / Step {step}"),
        ("FTE:", m.pick(("1.0000", "1.0000", "0.8000", "0.6000"))),
        ("Annual Salary:", money(annual, "$")),
    )
    right = (
        ("Pay Begin Date:", fmt(start, "%m/%d/%Y")),
        ("Pay End Date:", fmt(end, "%m/%d/%Y")),
        ("Check Date:", fmt(paid, "%m/%d/%Y")),
        ("Pay Group:", "CERT-12"),
        ("Installment:", f"{installment} of 12"),
        ("Fiscal Year:", f"{paid.year - (paid.month < 7)}-{paid.year + (paid.month >= 7)}"),
    )
    for i, (label, value) in enumerate(left):
        c.text(36, 100 + 12 * i, label, 8.5, "F4")
        c.text(130, 100 + 12 * i, value, 8.5, "F3")
    for i, (label, value) in enumerate(right):
        c.text(360, 100 + 12 * i, label, 8.5, "F4")
        c.right(576, 100 + 12 * i, value, 8.5, "F3")
    y = 206.0

    def block(title: str, rows: list[tuple[str, float, float]], total: str) -> None:
        nonlocal y
        c.shade(36, y, 540, 13, 0.86)
        c.text(40, y + 3, title, 8.5, "F4")
        c.right(470, y + 3, "Current", 8, "F4")
        c.right(572, y + 3, "Year to Date", 8, "F4")
        y += 17
        for name, cur, yr in rows:
            c.text(48, y, name, 8.5, "F3")
            c.right(470, y, f"{cur:,.2f}", 8.5, "F3")
            c.right(572, y, f"{yr:,.2f}", 8.5, "F3")
            y += 11
        c.line(400, y, 572, y, 0.4)
        c.text(48, y + 3, total, 8.5, "F4")
        c.right(470, y + 3, f"{tot(rows, 1):,.2f}", 8.5, "F4")
        c.right(572, y + 3, f"{tot(rows, 2):,.2f}", 8.5, "F4")
        y += 22

    block("EARNINGS", y_earn, "Total Earnings")
    block("BEFORE-TAX DEDUCTIONS", y_before, "Total Before-Tax")
    block("TAXES", y_taxes, "Total Taxes")
    block("AFTER-TAX DEDUCTIONS", y_after, "Total After-Tax")
    heads = ("", "TOTAL GROSS", "FED TAXABLE GROSS", "TOTAL TAXES", "TOTAL DEDUCTIONS", "NET PAY")
    xs = (36, 120, 210, 300, 390, 480)
    fed_taxable = round(gross - tot(y_before, 1), 2)
    fed_taxable_ytd = round(ytd_gross - tot(y_before, 2), 2)
    grid = (
        ("Current", gross, fed_taxable, tot(y_taxes, 1), ded_now, net),
        ("YTD", ytd_gross, fed_taxable_ytd, tot(y_taxes, 2), ded_ytd, ytd_net),
    )
    for i, h in enumerate(heads):
        c.box(xs[i], y, 96 if i == 5 else 90 if i else 84, 14, 0.5)
        c.centre(xs[i] + (48 if i == 5 else 45 if i else 42), y + 4, h, 6.8, "F4")
    for r, row in enumerate(grid):
        yy = y + 14 + 14 * r
        for i, v in enumerate(row):
            c.box(xs[i], yy, 96 if i == 5 else 90 if i else 84, 14, 0.5)
            if i == 0:
                c.text(xs[i] + 4, yy + 4, str(v), 8, "F4")
            else:
                c.right(xs[i] + (92 if i == 5 else 86), yy + 4, f"{v:,.2f}", 8.5, "F3")
    y += 58
    c.text(36, y, "NET PAY DISTRIBUTION", 8.5, "F4")
    save = float(m.pick((25, 50, 100, 200)))
    dist = (
        (f"Checking ****{m.digits(4)}", round(net - save, 2)),
        (f"Savings ****{m.digits(4)}", save),
    )
    for i, (acct, amount) in enumerate(dist):
        c.text(48, y + 13 + 11 * i, f"Direct Deposit  {acct}", 8.5, "F3")
        c.right(300, y + 13 + 11 * i, f"{amount:,.2f}", 8.5, "F3")
    c.text(340, y, "LEAVE BALANCES (DAYS)", 8.5, "F4")
    for i, h in enumerate(("Begin", "Earned", "Used", "Balance")):
        c.right(460 + 38 * i, y + 13, h, 7.5, "F4")
    for j, kind in enumerate(("Sick Leave", "Personal Necessity")):
        begin = round(m.r.uniform(2, 60), 2)
        earned, used = (1.0, float(m.pick((0, 0, 1, 2)))) if j == 0 else (0.0, 0.0)
        c.text(340, y + 25 + 11 * j, kind, 8, "F3")
        vals = (begin, earned, used, round(begin + earned - used, 2))
        for i, v in enumerate(vals):
            c.right(460 + 38 * i, y + 25 + 11 * j, f"{v:.2f}", 8, "F3")
    c.text(
        36,
        740,
        f"Retain this advice for your records. Questions: Payroll Services, ext. {m.digits(4)}.",
        7,
        "F3",
    )
    truth: Truth = {
        "EmployeeName/FirstName": first.upper(),
        "EmployeeName/LastName": last.upper(),
        "EmployeeNumber": emp_no,
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
    }
    # The advice prints no total of taxes and deductions together: TOTAL DEDUCTIONS leaves
    # the taxes out, so the combined total is not scored.
    return [c], truth


FARM_TOWNS = (
    ("Salinas", "CA", "939"),
    ("Watsonville", "CA", "950"),
    ("Oxnard", "CA", "930"),
    ("Delano", "CA", "932"),
    ("Yakima", "WA", "989"),
    ("Immokalee", "FL", "341"),
)
# (crop and task in English / Spanish, unit, piece rate range)
CROPS = (
    ("Strawberries - harvest / Fresa - cosecha", "tray", (1.85, 2.60)),
    ("Table grapes - pick / Uva - pizca", "box", (0.95, 1.45)),
    ("Lettuce - cut & pack / Lechuga - corte", "carton", (1.10, 1.55)),
    ("Apples - harvest / Manzana - cosecha", "bin", (24.0, 32.0)),
    ("Tomatoes - pick / Tomate - pizca", "bucket", (0.55, 0.80)),
    ("Grapes - pruning / Uva - poda", "vine", (0.28, 0.45)),
)
MIN_WAGE = {"CA": (15.50, 16.00), "WA": (15.74, 16.28), "FL": (12.00, 12.00)}


def payslip_piece_rate(m: Maker) -> Layout:
    """A farm labour contractor's weekly pay stub on a landscape sheet, every label in English
    and Spanish: the contractor with its licence number, the worker and badge number, a
    day-by-day table (ranch and block, crop and task, units, piece rate, piece earnings, hours,
    rest and recovery minutes), then earnings (piece-rate, the make-up to the minimum wage,
    paid rest and recovery periods and non-productive time at their average rate), taxes and
    deductions with year-to-date figures, and the totals in a framed row."""
    town, abbr, zip3 = m.pick(FARM_TOWNS)
    employer = m.pick(
        (
            f"{m.pick(LAST)} Farm Labor Contractor, Inc.",
            f"{m.pick(COMPANY_A)} Harvesting LLC",
            f"{m.pick(COMPANY_A)} Ranch Company",
        )
    )
    first = m.pick(("Jose", "Maria", "Juan", "Rosa", "Miguel", "Ana", "Luis", m.pick(FIRST)))
    last = m.pick(("Hernandez", "Garcia", "Lopez", "Martinez", "Ramirez", "Flores", m.pick(LAST)))
    badge = m.digits(m.pick((4, 5)))
    start = m.date(dt.date(2023, 1, 2), 700)
    start -= dt.timedelta(days=start.weekday())
    end = start + dt.timedelta(days=6)
    paid = end + dt.timedelta(days=5)
    minimum = MIN_WAGE[abbr][paid.year >= 2024]
    crop, unit, (lo, hi) = m.pick(CROPS)
    rate = m.amount(lo, hi)
    days = []
    for i in range(6):
        if i == 5 and m.chance(0.6):
            continue
        hours = m.pick((6.0, 7.5, 8.0, 8.5, 9.0, 10.0))
        per_hour = m.r.uniform(0.75, 1.3) * minimum / rate
        units = max(1, int(hours * per_hour))
        rest = 10 * round(hours / 4)
        block = (
            f"{m.pick(('Ranch 4', 'Rancho Alto', 'Ranch 12', 'Sierra Vista'))}-{m.r.randint(1, 30)}"
        )
        days.append((start + dt.timedelta(days=i), block, units, hours, rest))
    piece = round(sum(d[2] for d in days) * rate, 2)
    hours_all = sum(d[3] for d in days)
    productive = hours_all - sum(d[4] for d in days) / 60
    makeup = round(max(0.0, productive * minimum - piece), 2)
    avg = (piece + makeup) / productive
    rest_pay = round(sum(d[4] for d in days) / 60 * avg, 2)
    nonprod_h = m.pick((0.0, 0.5, 1.0))
    nonprod = round(nonprod_h * minimum, 2)
    earnings = [("Piece rate / Pago a destajo", piece)]
    if makeup:
        earnings.append(("Min. wage make-up / Ajuste al salario minimo", makeup))
    earnings.append(("Rest & recovery / Descanso pagado", rest_pay))
    if nonprod:
        earnings.append(("Non-productive time / Tiempo no productivo", nonprod))
    gross = round(sum(a for _, a in earnings), 2)
    weeks = max(1, (paid - dt.date(paid.year, 1, 1)).days // 7 + 1)
    worked_weeks = max(1, int(weeks * m.r.uniform(0.35, 0.8)))

    def ytd(v: float) -> float:
        return round(v * worked_weeks * m.r.uniform(0.85, 1.05), 2) if worked_weeks > 1 else v

    deds = [
        ("Federal W/H / Impuesto federal", round(gross * m.r.uniform(0.0, 0.06), 2)),
        ("Social Security / Seguro Social", round(gross * 0.062, 2)),
        ("Medicare", round(gross * 0.0145, 2)),
    ]
    if abbr == "CA":
        deds.append(("CA SDI", round(gross * (0.009 if paid.year < 2024 else 0.011), 2)))
    if m.chance(0.3):
        deds.append(("Advance / Anticipo", float(m.pick((20, 40, 50)))))
    deds = [(n, a) for n, a in deds if a]
    taken = round(sum(a for _, a in deds), 2)
    net = round(gross - taken, 2)
    y_earn = [(n, a, ytd(a)) for n, a in earnings]
    y_deds = [(n, a, ytd(a)) for n, a in deds]
    ytd_gross = round(sum(x[2] for x in y_earn), 2)
    ytd_taken = round(sum(x[2] for x in y_deds), 2)
    c = Canvas(792, 612)
    c.text(36, 28, employer, fit(employer, 380, 13, "F2"), "F2")
    c.text(36, 44, f"{m.street()}, {town}, {abbr} {zip3}{m.digits(2)}   {m.phone()}", 8)
    c.text(36, 54, f"FLC License No. / Licencia No. {m.digits(7)}   FEIN {m.ein()}", 8)
    c.right(756, 28, "EARNINGS STATEMENT", 12, "F2")
    c.right(756, 43, "TALON DE PAGO", 10, "F2")
    info = (
        ("Employee / Trabajador", f"{first} {last}"),
        ("Badge No. / Num. de gafete", badge),
        ("Pay period / Periodo de pago", f"{fmt(start, '%m/%d/%Y')} - {fmt(end, '%m/%d/%Y')}"),
        ("Pay date / Fecha de pago", fmt(paid, "%m/%d/%Y")),
        ("Minimum wage / Salario minimo", f"${minimum:.2f}/hr"),
        ("Piece rate / Tarifa", f"${rate:.2f} per {unit} / por unidad"),
    )
    for i, (label, value) in enumerate(info):
        x = 36 + 360 * (i % 2)
        yy = 74 + 22 * (i // 2)
        c.text(x, yy, label, 6.5)
        c.text(x, yy + 8, value, 9.5, "F2")
    top = 146.0
    heads = (
        (40, "Date / Fecha", 0),
        (112, "Ranch-Block / Rancho", 0),
        (226, "Crop - task / Cultivo - labor", 0),
        (536, "Units / Unidades", 1),
        (610, "Earnings / Ganancia", 1),
        (676, "Hours / Horas", 1),
        (752, "Rest min. / Descanso", 1),
    )
    c.shade(36, top, 720, 13, 0.85)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 3, h, 7, "F2")
    y = top + 18
    for when, block, units, hours, rest in days:
        cells = (
            fmt(when, "%a %m/%d"),
            block,
            crop,
            str(units),
            f"{units * rate:,.2f}",
            f"{hours:.2f}",
            str(rest),
        )
        for (x, _, r), s in zip(heads, cells, strict=True):
            (c.right if r else c.text)(x, y, s, 7.5)
        y += 11
    c.line(36, y, 756, y, 0.4)
    c.text(40, y + 3, "Week total / Total semanal", 7.5, "F2")
    c.right(536, y + 3, str(sum(d[2] for d in days)), 7.5, "F2")
    c.right(676, y + 3, f"{hours_all:.2f}", 7.5, "F2")
    y += 26

    def block(x: float, title: str, rows: list[tuple[str, float, float]]) -> float:
        c.shade(x, y, 350, 13, 0.85)
        c.text(x + 4, y + 3, title, 7.5, "F2")
        c.right(x + 270, y + 3, "Current / Actual", 7, "F2")
        c.right(x + 346, y + 3, "YTD / Acumulado", 7, "F2")
        yy = y + 17
        for name, cur, yr in rows:
            c.text(x + 4, yy, name, 7.5)
            c.right(x + 270, yy, f"{cur:,.2f}", 7.5)
            c.right(x + 346, yy, f"{yr:,.2f}", 7.5)
            yy += 11
        return yy

    y = (
        max(
            block(36, "EARNINGS / INGRESOS", y_earn),
            block(406, "DEDUCTIONS / DEDUCCIONES", y_deds),
        )
        + 12
    )
    totals = (
        ("Gross pay / Pago bruto", gross, ytd_gross),
        ("Total deductions / Total de deducciones", taken, ytd_taken),
        ("Net pay / Pago neto", net, round(ytd_gross - ytd_taken, 2)),
    )
    c.box(36, y, 720, 40, 1.0)
    for i, (label, cur, yr) in enumerate(totals):
        x = 44 + 240 * i
        c.text(x, y + 5, label, 7.5, "F2")
        c.text(x, y + 17, money(cur, "$"), 12, "F2")
        c.text(x + 110, y + 20, f"YTD {yr:,.2f}", 7)
    y += 54
    method = m.pick(("Check No. / Cheque Num.", "Pay card / Tarjeta de pago"))
    c.text(36, y, f"{method} {m.digits(6)}", 8)
    _paragraph(
        c,
        36,
        y + 16,
        "Rest and recovery periods are paid separately at your average hourly rate for the "
        "week. / Los periodos de descanso y recuperacion se pagan por separado a su tarifa "
        "promedio por hora de la semana. Questions / Preguntas: call the office.",
        720,
        7,
        "F1",
    )
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": badge,
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": taken,
    }
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Bank statements


def bank_statement_fresh7(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """17: an Indian bank's savings account statement; 18: a credit union's landscape
    share-draft statement with the transactions in two columns."""
    fn = statement_india if t == 17 else statement_two_column
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


IN_FIRST = ("Rahul", "Priya", "Anil", "Sunita", "Vikram", "Kavita", "Arjun", "Deepa", "Sanjay")
IN_LAST = ("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Kulkarni", "Desai", "Menon")
IN_BANKS = (
    ("Deccan National Bank", "DNBK"),
    ("Narmada Co-operative Bank Ltd.", "NCBL"),
    ("Konkan Federal Bank", "KOFB"),
    ("Himalaya Commercial Bank", "HCBK"),
)
IN_BRANCHES = (
    ("Andheri East", "Mumbai", "400069"),
    ("Koregaon Park", "Pune", "411001"),
    ("Indiranagar", "Bengaluru", "560038"),
    ("T. Nagar", "Chennai", "600017"),
    ("Banjara Hills", "Hyderabad", "500034"),
    ("M.G. Road", "Kochi", "682016"),
)
IN_MERCHANTS = ("SWIGGY", "BIGBASKET", "RELIANCE SMART", "DMART", "ZOMATO", "AMAZON PAY")


def statement_india(m: Maker, labels: tuple[str, ...]) -> Layout:
    """An Indian bank's statement of account: the bank and branch with IFSC and MICR codes, the
    customer's name and address on the left and the account facts (account number, customer
    ID, type, currency, nominee) on the right, the period as DD/MM/YYYY, then the transactions
    (date, narration wrapped, cheque/reference number, value date, withdrawal, deposit, closing
    balance) over as many pages as needed with the header repeated, amounts grouped in lakhs
    without a currency sign, and the statement summary (opening balance, debit and credit
    counts, debits, credits, closing balance) at the end."""
    bank, code = m.pick(IN_BANKS)
    area, city, pin = m.pick(IN_BRANCHES)
    holder = f"{m.pick(IN_FIRST)} {m.pick(IN_LAST)}".upper()
    if m.chance(0.3):
        holder = f"{m.pick(IN_FIRST)} {m.pick(IN_FIRST)[0]} {m.pick(IN_LAST)}".upper()
    home = f"FLAT {m.r.randint(101, 1204)}, {m.pick(('SAI KRUPA', 'GREEN PARK', 'SHANTI NIWAS'))}"
    account = m.pick((m.digits(14), m.digits(12), f"{m.digits(4)}{m.digits(3)}{m.digits(6)}"))
    acct_type = m.pick(("Savings Account", "Savings - Regular", "Salary Account"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start) if m.chance(0.6) else month_end(month_end(start) + dt.timedelta(35))
    opening = m.amount(4000, 650000)
    employer = f"{m.pick(COMPANY_A).upper()} {m.pick(('TECHNOLOGIES', 'INFRA', 'PHARMA'))} PVT LTD"
    span = (end - start).days
    events = []
    for month_first in sorted({(start + dt.timedelta(days=d)).replace(day=1) for d in range(span)}):
        events.append((month_first + dt.timedelta(days=m.r.randint(0, 3)), "salary"))
    for _ in range(m.r.randint(8, 48)):
        kind = m.pick(("upi", "upi", "upi", "atm", "pos", "imps", "ach", "chq", "upi_cr"))
        events.append((start + dt.timedelta(days=m.r.randint(0, span)), kind))
    events.sort(key=lambda e: e[0])
    balance, txns = opening, []
    for when, kind in events:
        ref = m.digits(12)
        person = f"{m.pick(IN_FIRST).upper()} {m.pick(IN_LAST).upper()}"
        if kind == "salary":
            desc = f"NEFT CR-{m.pick(('HDFC', 'ICIC', 'UTIB'))}0{m.digits(6)}-{employer}-"
            desc += f"SALARY {fmt(when, '%b %Y').upper()}"
            amount, ref = m.amount(35000, 240000), f"{m.pick(('N', 'CITIN'))}{m.digits(10)}"
        elif kind == "upi":
            desc = f"UPI-{person}-{person.split()[0].lower()}{m.digits(2)}@ok{code.lower()}-"
            desc += f"{m.pick(('PAYMENT', 'RENT', 'GROCERY', 'SENT USING UPI'))}"
            amount = -m.amount(50, 9000)
        elif kind == "upi_cr":
            desc = f"UPI-{person}-{m.digits(10)}@ybl-{code}0{m.digits(6)}-{ref}-UPI"
            amount = m.amount(100, 15000)
        elif kind == "atm":
            desc = f"ATW-{m.digits(6)}XXXXXX{m.digits(4)}-{m.digits(6)}-{city.upper()}"
            amount, ref = -float(m.pick((2000, 5000, 10000, 500))), m.digits(10)
        elif kind == "pos":
            desc = f"POS {m.digits(4)}XXXXXXXX{m.digits(4)} {m.pick(IN_MERCHANTS)}"
            amount = -m.amount(150, 6000)
        elif kind == "imps":
            desc = f"IMPS-{ref}-{person}-{m.pick(('SBIN', 'PUNB', 'KKBK'))}-XXXXXXX{m.digits(4)}"
            amount = -m.amount(500, 25000)
        elif kind == "ach":
            desc = f"ACH D- {m.pick(('LIC OF INDIA', 'BAJAJ FIN EMI', 'TP HOME LOAN EMI'))}-"
            desc += m.digits(9)
            amount = -m.amount(1500, 32000)
        else:
            desc = f"CHQ PAID-MICR CTS-{city.upper()}-{person}"
            amount, ref = -m.amount(1000, 60000), f"{m.digits(6)}"
        if balance + amount < 0:
            continue
        balance = round(balance + amount, 2)
        value_day = when + dt.timedelta(days=1 if kind == "chq" else 0)
        txns.append((when, desc, ref, value_day, amount, balance))
    if end.month in (3, 6, 9, 12):
        interest = round(balance * 0.027 / 4 * m.r.uniform(0.6, 1.0), 2)
        balance = round(balance + interest, 2)
        txns.append(
            (end, f"CREDIT INTEREST CAPITALISED {fmt(end, '%d-%m-%Y')}", "", end, interest, balance)
        )
    closing = balance
    debits = [x for x in txns if x[4] < 0]
    credits = [x for x in txns if x[4] > 0]
    period = f"{fmt(start, '%d/%m/%Y')}  To : {fmt(end, '%d/%m/%Y')}"
    heads = (
        (38, "Date", 0),
        (82, "Narration", 0),
        (300, "Chq./Ref.No.", 0),
        (368, "Value Dt", 0),
        (462, "Withdrawal Amt.", 1),
        (518, "Deposit Amt.", 1),
        (576, "Closing Balance", 1),
    )

    def head(c: Canvas, first: bool) -> float:
        c.text(36, 28, bank, fit(bank, 300, 15, "F2"), "F2")
        c.right(576, 28, f"Page No .: {len(pages)}", 8)
        c.text(36, 46, f"Branch : {area}, {city} - {pin}", 8)
        c.text(36, 56, f"IFSC : {code}0{m.digits(6)}   MICR : {pin[:3]}{m.digits(6)}", 8)
        top = 70.0
        if first:
            c.box(36, top, 540, 92, 0.6)
            rows_at(
                c,
                42,
                top + 6,
                (
                    holder,
                    home,
                    f"{area.upper()}",
                    f"{city.upper()} {pin}",
                    "MAHARASHTRA INDIA" if city in ("Mumbai", "Pune") else "INDIA",
                ),
                8.5,
                "F1",
                11,
            )
            facts = (
                ("Account No", account),
                ("Cust ID", m.digits(9)),
                ("Account Type", acct_type),
                ("Currency", "INR"),
                ("Nomination", m.pick(("Registered", "Not Registered"))),
                ("A/C Open Date", fmt(m.date(dt.date(2008, 1, 1), 5000), "%d/%m/%Y")),
            )
            for i, (label, value) in enumerate(facts):
                c.text(330, top + 6 + 12 * i, label, 8)
                c.text(410, top + 6 + 12 * i, f": {value}", 8)
            top += 98
            c.text(36, top, f"Statement of account  From : {period}", 9, "F2")
            top += 16
        c.shade(36, top, 540, 20, 0.85)
        for x, h, r in heads:
            words_ = h.split(" ", 1) if r and len(h) > 12 else [h]
            for i, s in enumerate(words_):
                (c.right if r else c.text)(x, top + 3 + 8 * i, s, 7, "F2")
        return top + 26

    pages: list[Canvas] = []

    def turn() -> float:
        pages.append(Canvas())
        return head(pages[-1], len(pages) == 1)

    y = turn()
    for when, desc, ref, value_day, amount, bal in txns:
        lines = wrap(desc, 210, 7)
        if y + 9 * len(lines) > 740:
            y = turn()
        c = pages[-1]
        c.text(38, y, fmt(when, "%d/%m/%y"), 7)
        for i, s in enumerate(lines):
            c.text(82, y + 9 * i, s, 7)
        c.text(300, y, ref, 7)
        c.text(368, y, fmt(value_day, "%d/%m/%y"), 7)
        c.right(462 if amount < 0 else 518, y, inr(abs(amount)), 7)
        c.right(576, y, inr(bal), 7)
        y += 9 * len(lines) + 3
    if y > 660:
        y = turn()
    c = pages[-1]
    y += 10
    c.text(36, y, "STATEMENT SUMMARY :-", 8.5, "F2")
    cells = (
        (labels[0], inr(opening)),
        ("Dr Count", str(len(debits))),
        ("Cr Count", str(len(credits))),
        (labels[2], inr(-sum(x[4] for x in debits))),
        (labels[1], inr(sum(x[4] for x in credits))),
        (labels[3], inr(closing)),
    )
    for i, (label, value) in enumerate(cells):
        x = 36 + 90 * i
        c.text(x, y + 16, label, 8, "F2")
        c.text(x, y + 28, value, 8.5)
    c.text(
        36,
        y + 52,
        "Generated On: "
        + fmt(end + dt.timedelta(days=m.r.randint(1, 9)), "%d-%b-%Y")
        + f" {m.r.randint(9, 18)}:{m.r.randint(0, 59):02d}",
        7,
    )
    c.text(36, y + 62, "This is a computer generated statement and does not require signature.", 7)
    truth: Truth = {
        "bank_name": bank,
        "account_holder_name": holder,
        "account_number": account,
        "account_type": acct_type,
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return pages, truth


CU_NAMES = ("Federal Credit Union", "Community Credit Union", "Teachers Credit Union")


def statement_two_column(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A credit union's statement printed landscape: a shaded sidebar down the left with the
    credit union, the member's address, the member and account numbers, the statement period,
    the summary (each label at the left, its amount at the right) and the dividend figures;
    the share-draft transactions to the right in two newspaper columns (date, description,
    signed amount, balance), continued on a second sheet when they do not fit, and a notice
    line across the foot."""
    cu = f"{m.pick(COMPANY_A)} {m.pick(CU_NAMES)}"
    first, middle, last = m.person()
    holder = f"{first} {middle[:1]} {last}".replace("  ", " ") if middle else f"{first} {last}"
    joint = f"{m.pick(FIRST)} {last}" if m.chance(0.3) else ""
    street, city = m.address()
    member = m.digits(m.pick((6, 7)))
    suffix = m.pick(("09", "10", "S20", "0001"))
    account = f"{member}-{suffix}"
    acct_type = m.pick(("Share Draft Checking", "Share Draft", "Free Share Draft Checking"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    opening = m.amount(150, 9000)
    balance, txns = opening, []
    for d in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(10, 48))):
        kind = m.pick(("pos", "pos", "pos", "ach_in", "draft", "xfer", "atm", "ach_out"))
        if kind == "ach_in":
            desc, amount = f"ACH DEP {m.company().upper()[:18]} PAYROLL", m.amount(700, 3100)
        elif kind == "draft":
            desc, amount = f"SHARE DRAFT #{m.r.randint(100, 999)}", -m.amount(20, 900)
        elif kind == "xfer":
            desc, amount = f"TRANSFER FROM SAVINGS {member}-00", m.amount(50, 600)
        elif kind == "atm":
            desc, amount = f"ATM W/D {m.street().upper()[:16]}", -float(m.pick((20, 40, 60, 100)))
        elif kind == "ach_out":
            desc = f"ACH {m.pick(('CITY UTIL', 'AUTO INS', 'PHONE CO', 'GYM'))} DEBIT"
            amount = -m.amount(25, 260)
        else:
            desc = f"POS {m.pick(('GROCERY', 'FUEL', 'PHARMACY', 'DINER', 'HARDWARE'))}"
            desc += f" #{m.digits(4)}"
            amount = -m.amount(4, 180)
        if balance + amount < 0:
            continue
        balance = round(balance + amount, 2)
        txns.append((start + dt.timedelta(days=d), desc, amount, balance))
    dividend = round(balance * 0.0005 * m.r.uniform(0.5, 1.5), 2)
    if dividend:
        balance = round(balance + dividend, 2)
        txns.append((end, "DIVIDEND 0.050% APY", dividend, balance))
    closing = balance
    money_in = round(sum(x[2] for x in txns if x[2] > 0), 2)
    money_out = round(-sum(x[2] for x in txns if x[2] < 0), 2)
    period = f"{fmt(start, '%b %d, %Y')} - {fmt(end, '%b %d, %Y')}"
    pages: list[Canvas] = []

    def sheet() -> Canvas:
        c = Canvas(792, 612)
        pages.append(c)
        c.shade(24, 24, 206, 564, 0.92)
        c.text(34, 36, cu, fit(cu, 188, 13, "F2"), "F2")
        c.text(34, 52, m.pick(("Your money. Your credit union.", "Member owned since 1952")), 7)
        c.text(34, 64, f"{m.phone()}  \xb7  routing {m.routing()}", 7)
        c.right(768, 30, f"Sheet {len(pages)}", 7)
        if len(pages) > 1:
            c.text(34, 90, f"{holder.upper()} - Account {account}", 7.5, "F2")
            c.text(34, 102, f"Statement Period {period}", 7.5)
            return c
        name_lines = [holder.upper(), *([f"{joint.upper()} (JOINT)"] if joint else [])]
        rows_at(c, 34, 96, (*name_lines, street.upper(), city.upper()), 8.5, "F1", 11)
        facts = (
            ("Member Number", member),
            ("Account Number", account),
            ("Account Type", acct_type),
            ("Statement Period", period),
        )
        y = 170.0
        for label, value in facts:
            c.text(34, y, label, 6.5, "F2")
            c.text(34, y + 8, value, fit(value, 188, 9, "F1"))
            y += 24
        y += 10
        c.line(34, y, 220, y, 0.8)
        c.text(34, y + 6, "SUMMARY", 8.5, "F2")
        summary = ((labels[0], opening), (labels[1], money_in), (labels[2], money_out))
        summary += ((labels[3], closing),)
        for i, (label, value) in enumerate(summary):
            bold = "F2" if i in (0, 3) else "F1"
            c.text(34, y + 22 + 14 * i, label, fit(label, 120, 8, bold), bold)
            c.right(220, y + 22 + 14 * i, money(value, "$"), 8, bold)
        y += 90
        c.line(34, y, 220, y, 0.4)
        for i, (label, value) in enumerate(
            (
                ("Dividends This Period", money(dividend, "$")),
                ("Dividends Year to Date", money(round(dividend * end.month * 1.02, 2), "$")),
                ("Annual Percentage Yield Earned", "0.05%"),
            )
        ):
            c.text(34, y + 8 + 12 * i, label, 7)
            c.right(220, y + 8 + 12 * i, value, 7)
        return c

    columns = (250, 514)
    col, y, c = 0, 0.0, sheet()

    def column_head() -> float:
        x = columns[col]
        c.text(x, 36, f"{acct_type.upper()}  {account}" if col == 0 else "(continued)", 8, "F2")
        for xx, h, r in ((x, "Date", 0), (x + 34, "Description", 0), (x + 196, "Amount", 1)):
            (c.right if r else c.text)(xx, 52, h, 7, "F2")
        c.right(x + 252, 52, "Balance", 7, "F2")
        c.line(x, 61, x + 252, 61, 0.5)
        return 66.0

    y = column_head()
    rows = [(start, labels[0], None, opening), *txns, (end, labels[3], None, closing)]
    for when, desc, amount, bal in rows:
        if y > 566:
            if col == 0:
                col = 1
            else:
                col, c = 0, sheet()
            y = column_head()
        x = columns[col]
        bold = "F2" if amount is None else "F1"
        c.text(x, y, fmt(when, "%m/%d"), 7.5, bold)
        c.text(x + 34, y, desc, fit(desc, 130, 7.5, bold), bold)
        if amount is not None:
            c.right(x + 196, y, f"{amount:,.2f}", 7.5)
        c.right(x + 252, y, f"{bal:,.2f}", 7.5, bold)
        y += 13
    for page in pages:
        page.text(
            250,
            592,
            f"Federally insured by NCUA. Page {pages.index(page) + 1} of "
            f"{len(pages)}. Report errors within 60 days of the statement date.",
            6.5,
        )
    truth: Truth = {
        "bank_name": cu,
        "account_holder_name": holder.upper(),
        "account_number": account,
        "account_type": acct_type,
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return pages, truth


# ---------------------------------------------------------------------------------------------
# W-2s


def w2_fresh7(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """17: a Guam W-2GU, Copy B and Copy C on separate pages; 18: a payroll app's narrow mobile
    export, one box per row."""
    return (*(w2_guam if t == 17 else w2_mobile)(m), f"t{t}")


GUAM = (
    ("Hag\xe5t\xf1a", "96910"),
    ("Tamuning", "96913"),
    ("Dededo", "96929"),
    ("Barrigada", "96913"),
    ("Mangilao", "96923"),
    ("Yigo", "96929"),
)


def w2_guam(m: Maker) -> Layout:
    """Form W-2GU, the Guam wage and tax statement: the grid of the W-2 but box 2 is the Guam
    income tax withheld and there are no state or local boxes; each caption sits at the left
    of its box with the amount on the same line at the right, the employer and employee blocks
    are stacked on the left, and Copy B (for the Guam return) and Copy C (for the employee's
    records) are printed on two pages, each with its own notice underneath. Box 2 is no federal
    withholding, so the federal income tax is not scored."""
    w = make_w2(m)
    er_town, er_zip = m.pick(GUAM)
    ee_town, ee_zip = m.pick(GUAM)
    w = replace(
        w,
        er_street=f"{m.r.randint(100, 999)} {m.pick(('Marine Corps Dr', 'Route 8', 'Farenholt'))}",
        er_city=f"{er_town}, GU {er_zip}",
        ee_street=f"{m.r.randint(10, 999)} {m.pick(('Chalan Balako', 'Route 16', 'Army Dr'))}",
        ee_city=f"{ee_town}, GU {ee_zip}",
    )
    pages = []
    for copy, note in (
        ("Copy B To Be Filed With Employee's Guam Tax Return", "B"),
        ("Copy C For EMPLOYEE'S RECORDS (See Notice on back.)", "C"),
    ):
        c = Canvas()
        d = Frame(c, 40, 70, 1.0)
        c.text(40, 30, "Form W-2GU", 13, "F2")
        c.text(140, 32, "Guam Wage and Tax Statement", 11, "F2")
        c.right(572, 30, str(w.year), 18, "F2")
        c.text(40, 50, copy, 8)

        def cell(
            x: float, y: float, bw: float, bh: float, cap: str, value: str = "", d: Frame = d
        ) -> None:
            d.box(x, y, bw, bh, 0.5)
            d.text(x + 3, y + 3, cap, 6)
            if value:
                d.right(x + bw - 4, y + bh - 12, value, 9.5, "F5")

        cell(0, 0, 266, 26, "a  Employee's social security number")
        d.text(6, 13, w.ssn, 9.5, "F5")
        cell(266, 0, 266, 26, "OMB No. 1545-0008")
        cell(0, 26, 266, 26, "b  Employer identification number (EIN)")
        d.text(6, 39, w.ein, 9.5, "F5")
        cell(0, 52, 266, 70, "c  Employer's name, address, and ZIP code")
        rows_at(d, 6, 65, (w.employer, w.er_street, w.er_city), 9, "F5", 11)
        cell(0, 122, 266, 26, "d  Control number")
        d.text(6, 135, w.control, 9.5, "F5")
        cell(0, 148, 266, 80, "e  Employee's name, address, and ZIP code")
        name = f"{w.first_init} {w.last}"
        rows_at(d, 6, 161, (name, w.ee_street, w.ee_city), 9, "F5", 11)
        boxes = (
            ("1  Wages, tips, other compensation", w.wages),
            ("2  Guam income tax withheld", w.fed),
            ("3  Social security wages", w.ss_wages),
            ("4  Social security tax withheld", w.ss_tax),
            ("5  Medicare wages and tips", w.med_wages),
            ("6  Medicare tax withheld", w.med_tax),
        )
        for i, (cap, value) in enumerate(boxes):
            cell(266 + 133 * (i % 2), 26 + 26 * (i // 2), 133, 26, cap, f"{value:,.2f}")
        cell(266, 104, 133, 26, "7  Social security tips")
        cell(399, 104, 133, 26, "8  Allocated tips")
        cell(266, 130, 133, 26, "10  Dependent care benefits")
        cell(399, 130, 133, 26, "11  Nonqualified plans")
        cell(266, 156, 133, 72, "12  See instructions for box 12")
        for i, (k, v) in enumerate(w.codes[:4]):
            d.text(272, 168 + 12 * i, f"{k:<3}{v:>10,.2f}", 8.5, "F5")
        cell(399, 156, 133, 30, "13  Statutory employee / Retirement plan")
        if w.k401:
            d.text(470, 172, "X", 9, "F5")
        cell(399, 186, 133, 42, "14  Other")
        d.text(405, 198, w.other, fit(w.other or "x", 122, 8, "F5"), "F5")
        c.text(40, 310, "Department of the Treasury - Internal Revenue Service", 7)
        c.text(40, 320, "Department of Revenue and Taxation, Government of Guam", 7)
        if note == "B":
            text = (
                "This information is being furnished to the Guam Department of Revenue and "
                "Taxation. File Copy B with your Guam income tax return (Form 1040 filed with "
                "Guam). Social security and Medicare tax withheld are shown in boxes 4 and 6."
            )
        else:
            text = (
                "Notice to Employee. Keep Copy C for your records. If your name, social "
                "security number, or address is incorrect, ask your employer to correct your "
                "Form W-2GU. If you had more than one employer and more than the maximum social "
                "security tax was withheld, you may be able to claim a credit on your return."
            )
        _paragraph(c, 40, 350, text, 532, 8, "F1")
        pages.append(c)
    truth = w2_truth(w)
    del truth["federal_tax_info/federal_income_tax"]  # box 2 is Guam tax, not federal
    return pages, truth


APPS = ("PayNest", "Workly", "Clockwise Pay", "Gusto-like Payroll", "Paywell")


def w2_mobile(m: Maker) -> Layout:
    """A W-2 exported from a payroll app to PDF on a phone: narrow tall pages, an app bar with
    "Tax documents / W-2 2023", the employer and the employee as cards, then every box as a
    row of its own with a small grey caption ("Box 1 - Wages, tips, other compensation") over
    the amount in large type, grouped under Federal, Social Security and Medicare, Benefits and
    codes, and State; the page number and download time at the foot of each page."""
    w = make_w2(m)
    app = m.pick(APPS)
    pages: list[Canvas] = []
    y = 0.0

    def page() -> Canvas:
        nonlocal y
        c = Canvas(360, 760)
        pages.append(c)
        c.shade(0, 0, 360, 44, 0.2)
        ink(c, 1.0)
        c.text(16, 10, app, 11, "F2")
        c.text(16, 27, f"Tax documents  /  W-2 {w.year}", 8)
        ink(c, 0.0)
        y = 62.0
        return c

    c = page()
    c.text(16, y, f"Form W-2 Wage and Tax Statement {w.year}", 12, "F2")
    y += 20
    c.text(16, y, "Copy B - To be filed with employee's federal tax return", 7)
    y += 20

    def card(title: str, lines: tuple[str, ...]) -> None:
        nonlocal y
        c.box(16, y, 328, 16 + 12 * len(lines), 0.4)
        c.text(24, y + 5, title, 6.5, "F2")
        rows_at(c, 24, y + 16, lines, 8.5, "F1", 12)
        y += 26 + 12 * len(lines)

    card(
        "EMPLOYER",
        (w.employer, f"EIN  {w.ein}", w.er_street, w.er_city),
    )
    card(
        "EMPLOYEE",
        (f"{w.first_init} {w.last}", f"SSN  {w.ssn}", w.ee_street, w.ee_city),
    )
    if w.control:
        c.text(16, y, f"Control number  {w.control}", 7.5)
        y += 16

    def row(cap: str, value: str) -> None:
        nonlocal y, c
        if y > 700:
            c = page()
        ink(c, 0.45)
        c.text(16, y, cap, 7)
        ink(c, 0.0)
        c.text(16, y + 10, value, 13, "F2")
        c.line(16, y + 30, 344, y + 30, 0.3)
        y += 36

    def group(title: str) -> None:
        nonlocal y, c
        if y > 660:
            c = page()
        c.text(16, y + 4, title.upper(), 8, "F2")
        y += 20

    group("Federal")
    row("Box 1 - Wages, tips, other compensation", money(w.wages, "$"))
    row("Box 2 - Federal income tax withheld", money(w.fed, "$"))
    group("Social Security and Medicare")
    row("Box 3 - Social security wages", money(w.ss_wages, "$"))
    row("Box 4 - Social security tax withheld", money(w.ss_tax, "$"))
    row("Box 5 - Medicare wages and tips", money(w.med_wages, "$"))
    row("Box 6 - Medicare tax withheld", money(w.med_tax, "$"))
    group("Benefits and codes")
    for k, v in w.codes:
        row(f"Box 12{'abcd'[w.codes.index((k, v))]} - Code {k}", money(v, "$"))
    row("Box 13 - Retirement plan", "Yes" if w.k401 else "No")
    if w.other:
        row("Box 14 - Other", w.other)
    group("State")
    row("Box 15 - State / Employer's state ID number", f"{w.state}  {w.state_id}")
    row("Box 16 - State wages, tips, etc.", money(w.wages, "$"))
    row("Box 17 - State income tax", money(w.state_tax, "$"))
    stamp = dt.datetime(w.year + 1, m.r.randint(1, 4), m.r.randint(1, 28), m.r.randint(7, 22))
    for i, p in enumerate(pages):
        ink(p, 0.45)
        p.text(16, 740, f"Downloaded {fmt(stamp.date(), '%b %d, %Y')} {stamp:%I:%M %p}", 6.5)
        p.right(344, 740, f"{i + 1} / {len(pages)}", 6.5)
        ink(p, 0.0)
    return pages, w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Licences


def licence_fresh7(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """17: a bilingual Puerto Rico licence with day-first dates; 18: a licence with the captions
    under the values and the months spelled."""
    return (*(licence_puerto_rico if t == 17 else licence_captions_under)(m), f"t{t}")


PR_TOWNS = (
    ("San Juan", "00907"),
    ("Bayam\xf3n", "00956"),
    ("Ponce", "00716"),
    ("Carolina", "00979"),
    ("Caguas", "00725"),
    ("Mayag\xfcez", "00680"),
)
PR_STREETS = ("Calle Luna", "Calle Sol", "Calle Fortaleza", "Ave. Ponce de Le\xf3n", "Calle 12")


def licence_puerto_rico(m: Maker) -> Layout:
    """A Puerto Rico driver's licence: "GOBIERNO DE PUERTO RICO" over "LICENCIA DE CONDUCIR /
    DRIVER LICENSE", every caption in Spanish and English ("F. NACIMIENTO / DOB", "EXPIRA /
    EXP"), dates written day first (DD/MM/YYYY), the numeric licence category (3 for private
    vehicles) in place of a letter class, the address as "Urb."/"Calle" lines, and a
    signature and a ghost portrait."""
    d = make_licence(m)
    town, zipcode = m.pick(PR_TOWNS)
    street = f"{m.pick(PR_STREETS)} {m.r.randint(1, 999)}"
    if m.chance(0.5):
        street = f"Urb. {m.pick(('Villa Carolina', 'Los Caobos', 'Santa Rosa'))}, {street}"
    d = replace(
        d,
        street=street,
        city=town,
        abbr="PR",
        state="Puerto Rico",
        zipcode=zipcode,
        klass=m.pick(("3", "3", "3", "5", "7")),
        number=m.digits(7),
    )
    c = Canvas(270, 170)
    c.shade(0, 0, 270, 34, 0.75)
    c.centre(135, 4, "GOBIERNO DE PUERTO RICO", 8.5, "F2")
    c.centre(135, 15, "LICENCIA DE CONDUCIR / DRIVER LICENSE", 6.5, "F2")
    c.centre(135, 24, "Departamento de Transportaci\xf3n y Obras P\xfablicas", 5)
    c.shade(8, 40, 64, 82, 0.82)
    c.centre(40, 78, "FOTO", 5)

    def field(x: float, top: float, cap: str, value: str, size: float = 7) -> None:
        c.text(x, top, cap, 4.2)
        c.text(x, top + 5, value, size, "F2")

    field(80, 38, "NUM. LICENCIA / LICENSE NO.", d.number, 9)
    field(180, 38, "CATEGOR\xcdA / CLASS", d.klass, 9)
    field(80, 55, "APELLIDOS / SURNAME", d.last.upper(), 8)
    field(80, 70, "NOMBRE / GIVEN NAME", f"{d.first} {d.middle}".strip().upper(), 7.5)
    c.text(80, 85, "DIRECCI\xd3N / ADDRESS", 4.2)
    c.text(80, 90, d.street.upper(), 5.5)
    c.text(80, 97, f"{d.city.upper()} PR {d.zipcode}", 5.5)
    field(80, 106, "F. NACIMIENTO / DOB", fmt(d.dob, "%d/%m/%Y"), 7)
    field(150, 106, "EXPEDIDA / ISSUED", fmt(d.issued, "%d/%m/%Y"), 6.5)
    field(214, 106, "EXPIRA / EXP", fmt(d.expires, "%d/%m/%Y"), 7)
    field(80, 123, "SEXO / SEX", d.sex, 6.5)
    field(120, 123, "ESTATURA / HGT", d.height, 6.5)
    field(172, 123, "OJOS / EYES", d.eyes, 6.5)
    field(214, 123, "PESO / WGT", d.weight, 6.5)
    field(80, 140, "RESTRICCIONES / RESTR.", m.pick(("NINGUNA / NONE", "A - LENTES")), 5.5)
    c.shade(226, 140, 34, 22, 0.9)
    c.text(8, 130, "DONANTE / DONOR" if m.chance(0.4) else "", 5, "F2")
    c.text(8, 150, f"{d.first} {d.last}", 8, "F3")
    c.line(8, 160, 72, 160, 0.3)
    return [c], licence_truth(d)


def licence_captions_under(m: Maker) -> Layout:
    """A horizontal card whose small captions are printed under their values rather than
    before them, with the name on one line as "LAST, FIRST MIDDLE", dates with the month
    abbreviated in capitals ("JAN 05 2027"), the weight in pounds, endorsements and
    restrictions as codes, and "DUPLICATE" printed in red across the top when the card
    replaces a lost one."""
    d = make_licence(m)
    c = Canvas(252, 159)
    c.text(8, 6, d.state.upper(), fit(d.state.upper(), 150, 13, "F4"), "F4")
    c.right(244, 6, "DRIVER LICENSE", 6.5, "F2")
    if m.chance(0.35):
        colour(c, 0.8, 0.1, 0.1)
        c.right(244, 15, "DUPLICATE", 6.5, "F2")
        ink(c, 0.0)
    c.line(8, 24, 244, 24, 0.8)
    c.shade(178, 30, 64, 80, 0.85)
    c.centre(210, 66, "PHOTO", 5)

    def under(x: float, top: float, value: str, cap: str, size: float = 7) -> None:
        c.text(x, top, value, size, "F2")
        c.text(x, top + size + 1, cap, 3.8)

    def spelled(day: dt.date) -> str:
        return fmt(day, "%b %d %Y").upper()

    name = f"{d.last}, {d.first} {d.middle}".strip().upper()
    under(8, 30, name, "NAME", fit(name, 165, 8, "F2"))
    c.text(8, 44, d.street.upper(), 5.6)
    c.text(8, 51, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.6)
    under(8, 62, d.number, "DL NO.", 8.5)
    under(96, 62, spelled(d.dob), "DATE OF BIRTH", 7.5)
    under(8, 80, spelled(d.expires), "EXPIRES", 7)
    under(96, 80, spelled(d.issued), "ISSUED", 6.5)
    under(8, 97, d.klass, "CLASS", 7)
    under(34, 97, d.sex, "SEX", 7)
    under(56, 97, d.height, "HEIGHT", 7)
    under(96, 97, d.weight.replace(" lb", ""), "WEIGHT (LB)", 7)
    under(140, 97, d.eyes, "EYES", 7)
    under(8, 114, m.pick(("NONE", "M", "P")), "ENDORSEMENTS", 6)
    under(70, 114, m.pick(("NONE", "B", "CORR LENS")), "RESTRICTIONS", 6)
    under(140, 114, d.hair, "HAIR", 6)
    c.text(178, 118, f"{d.first} {d.last}", 7, "F3")
    c.text(8, 134, f"DD {m.digits(12)}", 4.5, "F5")
    barcode(Frame(c), m, 120, 132, 124, 20)
    return [c], licence_truth(d)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC


def form_1099_fresh7(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """17: a CORRECTED 1099 behind a letter comparing the amounts; 18: a three-up 1099 sheet
    with the state boxes filled."""
    return (*(form_1099_corrected if t == 17 else form_1099_three_up)(m, variant), f"t{t}")


REASONS = (
    "an interest adjustment posted after the original form was prepared",
    "a payment that was reported in the wrong box",
    "a processing error in our year-end reporting system",
    "a late-posted payment that belonged to the tax year",
)


def form_1099_corrected(m: Maker, variant: str) -> Layout:
    """A corrected 1099 as payers mail it: page 1 a letter ("Important tax information:
    corrected Form 1099-...") with the reason, a table of each box as previously reported and
    as corrected with the difference, and advice to amend a return already filed; page 2 the
    form itself on the IRS grid with the CORRECTED box checked and the corrected amounts only,
    the amounts in boxes printed without a dollar sign."""
    f = make_1099(m, variant)
    keys = list(f.values)
    changed = set(m.r.sample(keys, m.r.randint(1, len(keys))))
    original = {}
    for k, v in f.values.items():
        if k in changed:
            original[k] = round(v * m.pick((0.5, 0.8, 0.9, 1.1, 1.25)), 2)
            if original[k] == v:
                original[k] = round(v - 10, 2)
        else:
            original[k] = v
    issued = dt.date(int(f.year) + 1, m.r.randint(2, 6), m.r.randint(1, 28))
    letter = Canvas()
    letter.text(60, 40, f.payer, 14, "F2")
    letter.text(60, 58, f"{f.p_street}  \xb7  {f.p_city}  \xb7  {f.p_phone}", 8)
    letter.right(552, 90, long_date(issued), 9.5)
    rows_at(letter, 60, 110, (f.recipient, f.r_street, f.r_city), 10, "F1", 13)
    letter.text(
        60, 172, f"IMPORTANT TAX INFORMATION: CORRECTED FORM 1099-{variant} FOR {f.year}", 10, "F2"
    )
    if f.account:
        letter.text(60, 186, f"Account: {f.account}", 9)
    body = (
        f"Dear {f.recipient.split()[0]}, we recently sent you a Form 1099-{variant} for tax "
        f"year {f.year}. Because of {m.pick(REASONS)}, one or more amounts on that form were "
        "incorrect. We have filed a corrected form with the Internal Revenue Service and a copy "
        "is enclosed. The table below shows what changed."
    )
    y = _paragraph(letter, 60, 206, body, 492, 9.5, "F1")
    y = max(y, 260) + 10
    heads = (
        (64, "Box", 0),
        (100, "Description", 0),
        (400, "Previously reported", 1),
        (476, "Corrected", 1),
        (548, "Change", 1),
    )
    letter.shade(60, y, 492, 14, 0.85)
    for x, h, r in heads:
        (letter.right if r else letter.text)(x, y + 3.5, h, 8, "F2")
    y += 19
    for num, label, key in f.boxes:
        if key not in f.values:
            continue
        new, old = f.values[key], original[key]
        cells = (num, label, f"{old:,.2f}", f"{new:,.2f}", f"{new - old:+,.2f}")
        for (x, _, r), s in zip(heads, cells, strict=True):
            (letter.right if r else letter.text)(x, y, s, fit(s, 290, 8.5), "F1")
        y += 13
    y += 12
    _paragraph(
        letter,
        60,
        y,
        "If you have already filed your return using the original amounts, you may need to "
        "file an amended return (Form 1040-X). Please keep this letter and the corrected form "
        "with your tax records. We apologize for any inconvenience.",
        492,
        9.5,
        "F1",
    )
    letter.text(60, 700, f"Tax Reporting Department  \xb7  {f.payer}", 8)
    c = Canvas()
    d = Frame(c, 40, 50, 1.0)
    d.box(0, -16, 12, 10, 0.6)
    d.text(2, -16, "X", 8.5, "F2")
    d.text(16, -15, "CORRECTED (if checked)", 7.5, "F2")
    form_cell(
        d,
        0,
        0,
        250,
        80,
        "",
        "PAYER'S name, street address, city or town, state or "
        "province, country, ZIP or foreign postal code, and telephone no.",
    )
    rows_at(d, 6, 24, (f.payer, f.p_street, f.p_city, f.p_phone), 8.5, "F1", 11)
    form_cell(d, 0, 80, 125, 28, "", "PAYER'S TIN")
    d.text(6, 94, f.payer_tin, 9)
    form_cell(d, 125, 80, 125, 28, "", "RECIPIENT'S TIN")
    d.text(131, 94, f.recipient_tin, 9)
    form_cell(d, 0, 108, 250, 30, "", "RECIPIENT'S name")
    d.text(6, 122, f.recipient, 9)
    form_cell(d, 0, 138, 250, 28, "", "Street address (including apt. no.)")
    d.text(6, 151, f.r_street, 9)
    form_cell(d, 0, 166, 250, 28, "", "City or town, state or province, country, and ZIP")
    d.text(6, 179, f.r_city, 9)
    form_cell(d, 0, 194, 250, 26, "", "Account number (see instructions)")
    d.text(6, 207, f.account, 9)
    y = 0.0
    for num, label, key in f.boxes:
        form_cell(d, 250, y, 150, 31, num, label)
        if key in f.values:
            d.right(396, y + 19, f"{f.values[key]:,.2f}", 9)
        y += 31
    form_cell(
        d,
        400,
        0,
        132,
        70,
        "",
        f"OMB No. {f.omb}  Form 1099-{variant} (Rev. {f.revision})  For calendar year {f.year}",
    )
    d.text(406, 76, f.title, 10, "F2")
    d.text(406, 104, "Copy B", 10, "F2")
    d.text(406, 116, "For Recipient", 7)
    d.text(
        0,
        232,
        f"Form 1099-{variant}  (keep for your records)  www.irs.gov/Form1099"
        f"{variant}  Department of the Treasury - Internal Revenue Service",
        6.5,
    )
    return [letter, c], tax_1099_truth(f, zeros_printed=False)


def form_1099_three_up(m: Maker, variant: str) -> Layout:
    """A laser 1099 sheet three-up: Copy B for the recipient, Copy 1 for the state tax
    department and Copy 2 to file with the recipient's state return, one under the other
    between perforations, each a compact grid (parties on the left, the money boxes in two
    columns on the right, every box printed with 0.00 where nothing was paid) with the state
    boxes filled: the state, the payer's state number, the state income and the state tax
    withheld."""
    f = make_1099(m, variant)
    state = f.p_city.split(", ")[1][:2]
    state_no = f"{m.digits(3)}-{m.digits(5)}"
    base = f.values.get("interest_income") or sum(f.values.values())
    state_tax = round(base * m.pick((0.0, 0.03, 0.04, 0.05)), 2)
    c = Canvas()
    copies = (
        ("Copy B", "For Recipient"),
        ("Copy 1", "For State Tax Department"),
        ("Copy 2", "To be filed with recipient's state income tax return, when required"),
    )
    for n, (copy, purpose) in enumerate(copies):
        d = Frame(c, 24, 22 + 256 * n, 1.0)
        d.text(0, 0, f"Form 1099-{variant}", 9, "F2")
        d.text(80, 1, f.title, 8, "F2")
        d.text(260, 1, f"{f.year}   OMB No. {f.omb}", 7.5)
        d.right(564, 0, copy, 9, "F2")
        d.right(564, 10, purpose, fit(purpose, 230, 5.6), "F1")
        top = 22.0
        form_cell(
            d,
            0,
            top,
            220,
            56,
            "",
            "PAYER'S name, street address, city, state, ZIP and telephone no.",
            5,
        )
        rows_at(d, 4, top + 14, (f.payer, f.p_street, f.p_city, f.p_phone), 7, "F1", 9)
        form_cell(d, 0, top + 56, 110, 22, "", "PAYER'S TIN", 5)
        d.text(4, top + 66, f.payer_tin, 7.5)
        form_cell(d, 110, top + 56, 110, 22, "", "RECIPIENT'S TIN", 5)
        d.text(114, top + 66, f.recipient_tin, 7.5)
        form_cell(
            d, 0, top + 78, 220, 48, "", "RECIPIENT'S name, street address, city, state and ZIP", 5
        )
        rows_at(d, 4, top + 89, (f.recipient, f.r_street, f.r_city), 7, "F1", 9)
        form_cell(d, 0, top + 126, 220, 20, "", "Account number (see instructions)", 5)
        d.text(4, top + 135, f.account, 7)
        for i, (num, label, key) in enumerate(f.boxes):
            x, yy = 220 + 172 * (i % 2), top + 26 * (i // 2)
            form_cell(d, x, yy, 172, 26, num, label, 5)
            d.right(x + 168, yy + 15, f"{f.values.get(key, 0.0):,.2f}", 7.5, "F5")
        rows = 26 * ((len(f.boxes) + 1) // 2)
        if rows < 146:
            d.box(220, top + rows, 344, 146 - rows, 0.5)
        if variant == "INT":
            heads = (("15", "State"), ("16", "State identification no."))
            heads += (("17", "State tax withheld"),)
            values = (state, state_no, f"{state_tax:,.2f}")
        else:
            heads = (("16", "State tax withheld"), ("17", "State/Payer's state no."))
            heads += (("18", "State income"),)
            values = (f"{state_tax:,.2f}", f"{state} {state_no}", f"{base:,.2f}")
        for i, ((num, label), value) in enumerate(zip(heads, values, strict=True)):
            form_cell(d, 188 * i, top + 146, 188, 24, num, label, 5)
            d.right(188 * i + 184, top + 158, value, 7.5, "F5")
        d.text(
            0,
            top + 176,
            "This is important tax information and is being furnished to the "
            "IRS and the state. Department of the Treasury - Internal Revenue Service",
            5.5,
        )
        if n < 2:
            perforation(c, 22 + 256 * n + 222)
    return [c], tax_1099_truth(f, zeros_printed=True)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh7(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """17: a starter check with the holder's name written in by hand; 18: a substitute check
    (image replacement document)."""
    return (*(check_starter if t == 17 else check_substitute)(m), f"t{t}")


def check_starter(m: Maker) -> Layout:
    """The temporary checks a bank hands out when an account is opened: nothing printed in the
    top-left corner but "STARTER CHECK" and two blank rules on which the holder has written
    their name and address, the bank's name and city printed, the check number top right and
    in the MICR line, and everything else (date as 3/7/24, payee, figures, words in lower case,
    memo, signature) handwritten."""
    q = make_cheque(m, business=False)
    cents = round(q.amount * 100) % 100
    spelled = f"{words(int(q.amount)).lower().capitalize()} and {cents:02d}/100"
    c = Canvas(440, 200)
    c.box(4, 4, 432, 192, 0.8)
    c.text(14, 12, "STARTER CHECK", 7, "F2")
    c.line(14, 34, 170, 34, 0.3)
    c.line(14, 48, 170, 48, 0.3)
    c.line(14, 62, 170, 62, 0.3)
    rows_at(c, 16, 22, (q.drawer, q.street, q.city), 10, "F3", 14)
    c.centre(240, 12, q.bank, 8.5, "F2")
    c.centre(240, 23, q.bank_city, 6)
    c.right(426, 12, q.number, 10, "F2")
    c.right(426, 24, f"{q.routing[:2]}-{q.routing[2:6]}/{q.routing[6:8]}{q.routing[8]}", 5.5)
    c.text(300, 50, "DATE", 6)
    c.text(326, 42, short_date(q.date), 11, "F3")
    c.line(322, 56, 426, 56, 0.4)
    c.text(14, 76, "PAY TO THE", 6)
    c.text(14, 83, "ORDER OF", 6)
    c.text(62, 72, q.payee, 12, "F3")
    c.line(56, 88, 340, 88, 0.4)
    c.text(346, 78, "$", 10, "F2")
    c.box(356, 72, 70, 18, 0.5)
    c.text(362, 75, f"{q.amount:.2f}", 11, "F3")
    c.text(20, 100, spelled, fit(spelled, 340, 11.5, "F3"), "F3")
    c.line(14, 116, 380, 116, 0.4)
    c.text(384, 110, "DOLLARS", 6)
    c.text(14, 146, "MEMO", 6)
    c.text(44, 138, q.memo, 10, "F3")
    c.line(40, 152, 200, 152, 0.4)
    c.text(260, 134, " ".join(p[:1] + p[1:].lower() for p in q.drawer.split()), 13, "F3")
    c.line(250, 152, 426, 152, 0.4)
    c.text(30, 172, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    return [c], cheque_truth(q, spelled)


def check_substitute(m: Maker) -> Layout:
    """A substitute check (Check 21 image replacement document) as a bank returns it: on the
    top half the image of the original business check's front inside the substitute's frame,
    with the reconverting bank's routing number in brackets and the date, the legend "This is a
    LEGAL COPY of your check..." and the substitute's own MICR line with the electronic
    processing code; on the bottom half the back of the original with the payee's endorsement
    stamp, the bank of first deposit's indorsement and the reconverting bank's."""
    q = make_cheque(m, business=True)
    spelled = f"{in_words(q.amount)} Dollars"
    deposited = q.date + dt.timedelta(days=m.r.randint(1, 9))
    reconverting = m.routing()
    c = Canvas()
    c.text(36, 30, q.bank, 12, "F2")
    c.text(36, 46, f"Substitute check returned with your statement  \xb7  {q.bank_city}", 8)
    top = 64.0
    c.box(30, top, 552, 268, 1.0)
    k = 0.82
    d = Frame(c, 52, top + 16, k)
    d.box(0, 0, 600, 260, 0.8)
    d.shade(0, 0, 600, 260, 0.96)
    d.text(14, 12, q.drawer, 11, "F2")
    rows_at(d, 14, 26, (q.street, q.city), 8, "F1", 10)
    d.centre(320, 12, q.bank, 9, "F2")
    d.centre(320, 24, q.bank_city, 7)
    d.right(586, 12, q.number, 12, "F2")
    d.text(440, 52, "DATE", 7, "F2")
    d.text(480, 50, fmt(q.date, "%m/%d/%Y"), 10, "F5")
    d.text(14, 84, "PAY", 7, "F2")
    d.text(40, 82, f"*** {spelled} ***", fit(f"*** {spelled} ***", 520, 10, "F5"), "F5")
    d.text(14, 110, "TO THE ORDER OF", 7, "F2")
    d.text(40, 122, q.payee.upper(), 10, "F5")
    d.right(586, 110, "AMOUNT", 7, "F2")
    d.right(586, 122, f"$*****{q.amount:,.2f}", 11, "F6")
    if q.memo:
        d.text(14, 172, f"RE: {q.memo}", 8, "F5")
    d.line(360, 190, 586, 190, 0.4)
    d.text(380, 176, "J. " + q.drawer.split()[0], 13, "F3")
    d.text(360, 194, "AUTHORIZED SIGNATURE", 6)
    d.text(100, 228, f"C{q.number}C A{q.routing}A {q.account}C", 12, "F5")
    c.text(40, top + 6, f"<{reconverting}>  {fmt(deposited, '%m/%d/%Y')}", 7, "F5")
    c.text(
        60,
        top + 238,
        "This is a LEGAL COPY of your check. You can use it the same way you would use the "
        "original check.",
        8.5,
        "F2",
    )
    c.text(110, top + 252, f"C{q.number}C A{q.routing}A {q.account}C 4", 12, "F5")
    top = 372.0
    c.text(36, top - 16, "BACK OF ORIGINAL", 7, "F2")
    c.box(30, top, 552, 240, 1.0)
    c.text(44, top + 10, "ENDORSE HERE", 6.5, "F2")
    c.box(52, top + 22, 190, 32, 0.6)
    c.text(58, top + 26, "FOR DEPOSIT ONLY", 8, "F6")
    c.text(58, top + 36, q.payee.upper()[:30], 7, "F5")
    c.text(58, top + 45, f"ACCT {m.digits(4)}{'X' * 4}", 7, "F5")
    c.line(44, top + 62, 300, top + 62, 0.4)
    c.text(44, top + 66, "DO NOT WRITE, STAMP, OR SIGN BELOW THIS LINE", 6, "F2")
    c.text(44, top + 74, "RESERVED FOR FINANCIAL INSTITUTION USE", 5.5)
    bofd = m.routing()
    c.text(300, top + 90, f"PAY TO THE ORDER OF ANY BANK  {bofd}", 7, "F5")
    c.text(300, top + 100, f"{fmt(deposited, '%m%d%Y')} {m.digits(10)} >{bofd}<", 7, "F5")
    c.text(300, top + 110, "PRIOR ENDORSEMENTS GUARANTEED", 7, "F5")
    c.text(300, top + 140, f"<{reconverting}> {fmt(deposited, '%m/%d/%Y')} {m.digits(8)}", 7, "F5")
    c.text(300, top + 150, "RECONVERTING BANK", 6, "F2")
    c.text(
        36,
        640,
        "A substitute check is the legal equivalent of the original check. See the "
        "notice in your statement about your rights.",
        7.5,
    )
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh7(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """17: a coffee shop's tablet receipt with modifiers, a reward and a tip; 18: a
    supercenter's self-checkout receipt with bottle deposits and cash back."""
    return (*(receipt_coffee if t == 17 else receipt_self_checkout)(m), f"t{t}")


DRINKS = (
    ("Latte 12oz", 4.25, 5.25),
    ("Cappuccino", 4.0, 4.95),
    ("Cold Brew 16oz", 4.5, 5.5),
    ("Drip Coffee 12oz", 2.45, 3.25),
    ("Chai Latte", 4.5, 5.45),
    ("Matcha Latte", 5.0, 6.25),
    ("Americano", 3.25, 4.1),
)
FOOD = (("Blueberry Scone", 3.5, 4.25), ("Butter Croissant", 3.75, 4.5))
FOOD += (("Avocado Toast", 8.5, 11.0), ("Breakfast Burrito", 8.0, 10.5))
MODIFIERS = (("Oat milk", 0.7), ("Extra shot", 1.0), ("Vanilla syrup", 0.6), ("Decaf", 0.0))


def receipt_coffee(m: Maker) -> Layout:
    """A coffee shop's receipt from a tablet point of sale, in a proportional face: the shop,
    the order number and ticket name, "Served by", the date as "Mar 5, 2024, 8:14 AM", drinks
    with their modifiers indented beneath and priced, a loyalty reward as a negative line, the
    subtotal, tax, the tip chosen on the screen with its percentage, the total, the card as
    "Visa **** 1234", the short receipt code and the rewards balance."""
    shop = f"{m.pick(('Little', 'Copper', 'North', 'Daily', 'Juniper'))} "
    shop += f"{m.pick(('Bean', 'Kettle', 'Grind', 'Roast', 'Cup'))} {m.pick(('Coffee', 'Cafe'))}"
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(6, 16), m.r.randint(0, 59)))
    tape = Tape(220, 8, "F1", "F2")
    tape.centre(shop, 12, "F2")
    tape.centre(street, 7)
    tape.centre(city, 7)
    tape.centre(phone, 7)
    tape.gap(6)
    stamp = f"{when:%b} {when.day}, {when.year}, {when.hour % 12 or 12}:{when:%M %p}"
    tape.row(stamp, size=7)
    tape.row(f"Order #{m.r.randint(1, 199)}  \xb7  {m.pick(('To go', 'For here'))}", size=7)
    tape.row(f"Served by {m.pick(FIRST)}", size=7)
    tape.rule()
    lines = []
    for name, lo, hi in m.r.sample(DRINKS, m.r.randint(1, 3)):
        price = round(m.amount(lo, hi) * 20) / 20
        tape.row(name, f"${price:.2f}")
        lines.append(price)
        for mod, extra in m.r.sample(MODIFIERS, m.r.randint(0, 2)):
            tape.row(f"+ {mod}", f"${extra:.2f}" if extra else "", indent=10, size=7)
            lines.append(extra)
    for name, lo, hi in m.r.sample(FOOD, m.r.randint(0, 2)):
        price = round(m.amount(lo, hi) * 20) / 20
        tape.row(name, f"${price:.2f}")
        lines.append(price)
    if m.chance(0.35):
        reward = -max(lines)
        tape.row("Reward: Free drink", f"-${-reward:.2f}", size=7.5)
        lines.append(reward)
    subtotal = round(sum(lines), 2)
    tax = round(subtotal * m.pick((0.06, 0.0725, 0.08, 0.1)), 2)
    pct = m.pick((0, 15, 18, 20, 25))
    tip = round(subtotal * pct / 100, 2)
    total = round(subtotal + tax + tip, 2)
    tape.rule()
    tape.row("Subtotal", f"${subtotal:.2f}")
    tape.row("Sales Tax", f"${tax:.2f}")
    if tip:
        tape.row(f"Tip ({pct}%)", f"${tip:.2f}")
    tape.row("Total", f"${total:.2f}", bold=True, size=10)
    tape.gap(4)
    card = m.chance(0.85)
    last4 = m.digits(4)
    if card:
        brand = m.pick(("Visa", "Mastercard", "Amex", "Discover"))
        tape.row(f"{brand} **** {last4}", f"${total:.2f}", size=7.5)
        tape.row(m.pick(("Contactless", "Chip", "Apple Pay")), indent=8, size=6.5)
    else:
        paid = float(int(total) + 1)
        tape.row("Cash", f"${paid:.2f}", size=7.5)
        tape.row("Change", f"${paid - total:.2f}", size=7.5)
    tape.gap(6)
    code = "".join(m.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    tape.centre(f"#{code}", 9, "F2")
    stars = m.r.randint(1, 9)
    tape.centre(f"You earned {len(lines)} stars. {stars} of 10 toward your next", 6.5)
    tape.centre("free drink.", 6.5)
    tape.centre("Thanks for stopping by!", 7)
    truth: Truth = {
        "merchant_name": shop,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": f"#{code}",
    }
    if tip:
        truth["tip"] = tip
    if card:
        truth["card_last_four_digits"] = last4
    return [tape.page()], truth


# (description, price range, bottles for the deposit, age-restricted)
SUPERCENTER = (
    ("GV 2% MILK GAL", 2.9, 3.9, 0, False),
    ("BANANAS", 0.9, 2.4, 0, False),
    ("SPARKLING WTR 12PK", 4.5, 6.9, 12, False),
    ("COLA 2LTR", 1.9, 2.9, 1, False),
    ("LAGER 6PK 12OZ", 8.9, 12.9, 6, True),
    ("PAPER TOWEL 6RL", 7.9, 14.9, 0, False),
    ("DOG FOOD 16LB", 14.9, 24.9, 0, False),
    ("TORTILLA CHIPS", 2.5, 4.2, 0, False),
    ("LAUNDRY DET 92OZ", 9.9, 14.9, 0, False),
    ("WINE CAB SAUV 750", 6.9, 15.9, 0, True),
    ("AA BATTERIES 8PK", 5.9, 9.9, 0, False),
)
DEPOSIT_STATES = {"NY": 0.05, "MI": 0.1, "OR": 0.1, "MA": 0.05, "CA": 0.05}


def receipt_self_checkout(m: Maker) -> Layout:
    """A big-box store's self-checkout receipt in a monospaced face: the store's slogan, the
    manager and the phone spaced out "( 479 ) 555 - 0134", ST#/OP#/TE#/TR#, items with their
    UPCs and tax flags, bottle deposits on lines of their own, an age-verification line for
    beer and wine, the subtotal, tax rate and tax, the total, the debit tender including cash
    back with the cash back and change due under it, the item count and the date and time at
    the foot with the transaction code (TC#) under a barcode."""
    store = m.pick(("VALUEWAY", "SUPERSAVE", "BIGMART"))
    name, abbr, _, zipcode = m.city()
    a, b, n = m.r.randint(201, 989), m.r.randint(200, 999), m.digits(4)
    phone = f"( {a} ) {b} - {n}"
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(7, 22), m.r.randint(0, 59)))
    deposit = DEPOSIT_STATES.get(abbr, 0.0)
    tape = Tape(230, 7.5, "F5", "F6")
    tape.centre(store, 13, "F6")
    tape.centre("Save more every day.", 7)
    tape.centre(f"{phone} Mgr:{m.pick(FIRST).upper()}", 7)
    tape.centre(m.street().upper(), 7)
    tape.centre(f"{name.upper()} {abbr} {zipcode}", 7)
    tape.row(
        f"ST# {m.digits(4)} OP# {m.digits(6)} TE# {m.r.randint(80, 99)} TR# {m.digits(5)}",
        size=6.8,
    )
    tape.row("SELF CHECKOUT", size=6.8)
    lines, taxable, count, carded = [], 0.0, 0, False
    for desc, lo, hi, bottles, adult in m.r.sample(SUPERCENTER, m.r.randint(3, 9)):
        qty = m.pick((1, 1, 1, 2))
        price = m.amount(lo, hi)
        flag = "N" if desc in ("GV 2% MILK GAL", "BANANAS", "TORTILLA CHIPS") else "X"
        upc = m.digits(12)
        for _ in range(qty):
            tape.row(f"{desc[:18]:<18} {upc}", f"{price:.2f} {flag}", size=6.8)
            lines.append(price)
            taxable += price if flag == "X" else 0.0
            count += 1
            if bottles and deposit:
                tape.row("BOTTLE DEPOSIT", f"{bottles * deposit:.2f} N", indent=8, size=6.8)
                lines.append(round(bottles * deposit, 2))
        if adult and not carded:
            tape.row("AGE VERIFIED - ID SCANNED", indent=8, size=6.8)
            carded = True
    subtotal = round(sum(lines), 2)
    rate = m.pick((0.06, 0.065, 0.07, 0.0825))
    tax = round(taxable * rate, 2)
    total = round(subtotal + tax, 2)
    tape.row("SUBTOTAL", f"{subtotal:.2f}", size=7.5)
    tape.row(f"TAX 1 {rate * 100:.3f} %", f"{tax:.2f}", size=7.5)
    tape.row("TOTAL", f"{total:.2f}", bold=True, size=9)
    debit = m.chance(0.75)
    last4 = m.digits(4)
    cashback = float(m.pick((0, 20, 40, 60))) if debit else 0.0
    if debit:
        tape.row("DEBIT TEND", f"{total + cashback:.2f}", size=7.5)
        if cashback:
            tape.row("DEBIT CASHBACK", f"{cashback:.2f}", size=7.5)
    else:
        tape.row("CREDIT TEND", f"{total:.2f}", size=7.5)
    tape.row("CHANGE DUE", "0.00", size=7.5)
    tape.gap()
    tape.row(f"EFT {'DEBIT' if debit else 'CREDIT'} PAY FROM PRIMARY", size=6.8)
    tape.row(f"ACCOUNT # **** **** **** {last4}", size=6.8)
    tape.row(f"APPROVAL # {m.digits(6)}   REF # {m.digits(12)}", size=6.8)
    tape.gap()
    tape.centre(f"# ITEMS SOLD {count}", 7.5)
    number = " ".join(m.digits(4) for _ in range(5))
    tape.centre(f"TC# {number}", 7.5)
    y0 = tape.y
    tape.gap(26)
    tape.centre(f"{fmt(when.date(), '%m/%d/%y')}   {when:%H:%M:%S}", 7.5)
    tape.centre("Thank you for shopping with us!", 6.5)
    page = tape.page()
    barcode(Frame(page), m, 30, y0 + 2, 170, 20)
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": number,
        "card_last_four_digits": last4,
    }
    return [page], truth
