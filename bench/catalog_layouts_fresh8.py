"""The "fresh8" held-out layouts (templates 19 and 20) of the catalog kinds, for
bench/catalog_documents.py.

A ninth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh8` is an
honest test set: an exporter's commercial invoice with HS codes, Incoterms, country of origin
and package weights and a veterinary clinic's invoice with the patient, staff initials,
reminders and a payment against the total; a pension plan's monthly benefit payment advice for
a retiree and a military-style leave and earnings statement in ruled Courier blocks
(entitlements, deductions, allotments, a summary column, leave and tax rows); a German bank's
account statement in English (Kontoauszug) with IBAN, BIC, booking and value dates and
amounts with a decimal comma and a prepaid (reloadable or payroll) card account statement with
card fees; a tax-preparation program's W-2 input worksheet with dotted leaders and a reissued
W-2 behind the payroll department's cover letter with the addresses placed for a double-window
envelope; an older laminated licence typed in Courier with a Polaroid portrait and a licence
laid out as a grid of ruled cells with day-first spelled-month dates; a state agency's 1099
notice (interest on a delayed refund, or payments to a vendor) with the boxes in a table and a
1099 filled in by hand on the official red-ink form; a customer refund check in the middle
third of a tri-fold letter and a certified personal check with the bank's certification stamp
and the endorsed back; a restaurant check paid with a split bill and a taxi meter receipt.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bench.catalog_documents import (
    BANKS,
    COMPANY_A,
    FIRST,
    LAST,
    SUMMARY_LABELS,
    Canvas,
    Maker,
    Truth,
    _paragraph,
    fmt,
    text_width,
    words,
)
from bench.catalog_layouts_fresh import (
    Frame,
    Layout,
    Tape,
    cheque_truth,
    form_cell,
    licence_truth,
    make_1099,
    make_cheque,
    make_licence,
    make_w2,
    perforation,
    tax_1099_truth,
    w2_truth,
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


def stroke(c: Canvas, r: float, g: float, b: float) -> None:
    """Set the stroke (rule) colour for what follows."""
    c.ops.append(b"%.2f %.2f %.2f RG" % (r, g, b))


def euro(value: float) -> str:
    """1234.5 -> '1.234,50', as German statements print amounts."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def leaders(c: Canvas, x0: float, x1: float, top: float, label: str, value: str, size: float):
    """`label ........ value` between x0 and x1, the value right-aligned at x1."""
    c.text(x0, top, label, size)
    dots = "." * 160
    room = x1 - x0 - text_width(label, size) - text_width(value, size) - 10
    n = max(3, int(room / text_width(".", size)))
    c.text(x0 + text_width(label, size) + 4, top, dots[:n], size)
    c.right(x1, top, value, size)


def spelled_upper(d: dt.date) -> str:
    """'14 MAR 2024'."""
    return f"{d.day:02d} {d:%b}".upper() + f" {d.year}"


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh8(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """19: an exporter's commercial invoice with HS codes; 20: a veterinary clinic's
    invoice."""
    return (*(invoice_export if t == 19 else invoice_vet)(m), f"t{t}")


# (description, HS code, unit, unit price range in USD, net kg per unit range)
EXPORT_GOODS = (
    ("Stainless steel hex bolts M12x60, A2-70", "7318.15.2095", "CTN", (38.0, 95.0), (8, 22)),
    ("Centrifugal water pumps, 1.5 kW, 230 V", "8413.70.2004", "PCS", (210.0, 640.0), (18, 31)),
    ("Men's knitted cotton T-shirts", "6109.10.0012", "DOZ", (28.0, 62.0), (2, 3)),
    ("Maple syrup, Grade A amber, 1 L jugs x 12", "1702.20.4000", "CS", (44.0, 86.0), (12, 14)),
    ("LED luminaires, 40 W, IP65", "9405.42.8440", "PCS", (32.0, 118.0), (2, 4)),
    ("Hydraulic cylinders, double acting", "8412.21.0075", "PCS", (180.0, 920.0), (14, 60)),
    ("Frozen wild blueberries, IQF, 10 kg", "0811.90.2024", "CS", (31.0, 58.0), (10, 11)),
    ("Polyethylene stretch film rolls", "3920.10.0000", "ROLL", (64.0, 150.0), (22, 28)),
    ("Printed circuit assemblies, controller", "8537.10.9170", "PCS", (12.0, 85.0), (1, 2)),
    ("Replacement filter cartridges", "8421.99.0040", "CTN", (55.0, 140.0), (6, 12)),
)
PORTS = (
    ("Rotterdam", "Netherlands", "Van Dijk Import B.V."),
    ("Hamburg", "Germany", "Hansen Handels GmbH"),
    ("Yokohama", "Japan", "Tanaka Shoji Co., Ltd."),
    ("Manzanillo", "Mexico", "Distribuidora Garza S.A. de C.V."),
    ("Antwerp", "Belgium", "Lefebvre Trading NV"),
    ("Busan", "Korea, Republic of", "Hanil Industrial Co., Ltd."),
    ("Felixstowe", "United Kingdom", "Whitmore Distribution Ltd."),
    ("Santos", "Brazil", "Comercial Oliveira Ltda."),
)
US_PORTS = ("Savannah, GA", "Houston, TX", "Long Beach, CA", "Newark, NJ", "Norfolk, VA")


def invoice_export(m: Maker) -> Layout:
    """An exporter's commercial invoice for customs, on a ruled form: "COMMERCIAL INVOICE"
    across the top, numbered boxes (1 Exporter, 2 Consignee, 3 Notify party, 4 Invoice no.
    and date, 5 Buyer's order no., 6 Terms of delivery (an Incoterm with its place) and
    payment, 7 country of origin and of final destination, 8 vessel, port of loading and
    discharge), the goods with marks and numbers, packages, the HS tariff code, quantity, unit,
    unit price and amount in USD, the FOB value carried into the invoice total with freight
    and insurance for CIF or CFR terms, the gross and net weights, and the exporter's
    certification signed at the foot."""
    exporter = m.company()
    e_street, e_city = m.address()
    port, country, consignee = m.pick(PORTS)
    c_street = f"{m.pick(('Havenweg', 'Industriestrasse', 'Harbour Road', 'Calle 5'))} "
    c_street += str(m.r.randint(1, 240))
    number = m.pick((f"CI-{m.digits(5)}", f"EXP{m.digits(6)}", f"{m.digits(4)}/{m.digits(2)}"))
    issued = m.date()
    po = m.pick((f"PO {m.digits(6)}", f"{m.pick(('HB', 'VD', 'TS'))}-{m.digits(5)}", ""))
    term = m.pick(("FOB", "CIF", "CFR", "FCA", "EXW"))
    loading = m.pick(US_PORTS)
    place = {"FOB": loading, "FCA": loading, "EXW": e_city}.get(term, f"{port}, {country}")
    lines = []
    for desc, hs, unit, (lo, hi), (klo, khi) in m.r.sample(EXPORT_GOODS, m.r.randint(2, 6)):
        qty = m.r.randint(4, 400)
        price = m.amount(lo, hi)
        pkgs = max(1, qty // m.pick((1, 4, 10, 20)))
        net = round(qty * m.r.uniform(klo, khi), 1)
        lines.append((pkgs, desc, hs, qty, unit, price, round(qty * price, 2), net))
    fob = round(sum(x[6] for x in lines), 2)
    freight = m.amount(650, 4800) if term in ("CIF", "CFR") else 0.0
    insurance = round(fob * 0.0035, 2) if term == "CIF" else 0.0
    total = round(fob + freight + insurance, 2)
    net_kg = round(sum(x[7] for x in lines), 1)
    gross_kg = round(net_kg * m.r.uniform(1.04, 1.12), 1)
    day = m.pick(("%d %b %Y", "%B %d, %Y", "%m/%d/%Y"))
    c = Canvas()
    c.centre(306, 26, "COMMERCIAL INVOICE", 16, "F4")
    c.box(30, 50, 552, 250, 0.8)
    c.line(306, 50, 306, 300, 0.6)

    def cell(x: float, top: float, w: float, h: float, cap: str) -> None:
        c.box(x, top, w, h, 0.4)
        c.text(x + 3, top + 2, cap, 5.8, "F2")

    cell(30, 50, 276, 70, "1. SHIPPER / EXPORTER (name, address, EIN)")
    rows_at(c, 36, 62, (exporter, e_street, e_city, f"EIN {m.ein()}"), 8.5, "F1", 11)
    cell(30, 120, 276, 70, "2. CONSIGNEE (ultimate consignee)")
    rows_at(c, 36, 132, (consignee, c_street, f"{port}, {country}"), 8.5, "F1", 11)
    cell(30, 190, 276, 50, "3. NOTIFY PARTY")
    c.text(36, 204, m.pick(("SAME AS CONSIGNEE", f"{consignee} c/o customs broker")), 8)
    cell(30, 240, 276, 60, "8. VESSEL / VOYAGE - PORT OF LOADING - PORT OF DISCHARGE")
    vessel = f"{m.pick(('MSC', 'MAERSK', 'CMA CGM', 'ONE', 'HMM'))} "
    vessel += f"{m.pick(('AURORA', 'ELBE', 'TOPAZ', 'KOBE', 'ATLAS'))} / {m.digits(3)}E"
    rows_at(c, 36, 252, (vessel, f"Loading: {loading}", f"Discharge: {port}"), 8, "F1", 11)
    cell(306, 50, 138, 35, "4. INVOICE NO.")
    c.text(312, 64, number, 10, "F2")
    cell(444, 50, 138, 35, "DATE OF INVOICE")
    c.text(450, 64, fmt(issued, day), 9.5)
    cell(306, 85, 276, 35, "5. BUYER'S ORDER NO. / REFERENCE")
    c.text(312, 99, po or "N/A", 9)
    cell(306, 120, 276, 45, "6. TERMS OF DELIVERY (INCOTERMS 2020) AND PAYMENT")
    c.text(312, 133, f"{term} {place}", 9, "F2")
    c.text(312, 146, m.pick(("Payment: 30 days net", "Payment: L/C at sight", "CAD")), 8)
    cell(306, 165, 138, 40, "7a. COUNTRY OF ORIGIN")
    c.text(312, 180, "United States of America", 8.5)
    cell(444, 165, 138, 40, "7b. COUNTRY OF FINAL DESTINATION")
    c.text(450, 180, country, 8.5)
    cell(306, 205, 276, 95, "EXPORT REFERENCES")
    rows_at(
        c,
        312,
        218,
        (
            f"AES ITN: X{fmt(issued, '%Y%m%d')}{m.digits(6)}",
            f"B/L No.: {m.pick(('MEDU', 'MAEU', 'CMDU'))}{m.digits(7)}",
            f"Container: {m.pick(('TGHU', 'MSKU', 'CAIU'))}{m.digits(7)}",
            "Currency of invoice: USD",
            "Schedule B / HTS codes as shown below",
        ),
        7.5,
        "F1",
        11,
    )
    heads = (
        (34, "PKGS", 0),
        (66, "DESCRIPTION OF GOODS", 0),
        (270, "HS CODE", 0),
        (362, "QTY", 1),
        (370, "UNIT", 0),
        (470, "UNIT PRICE USD", 1),
        (578, "AMOUNT USD", 1),
    )
    top = 312
    c.shade(30, top, 552, 14, 0.85)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 3.5, h, 7, "F2")
    y = top + 20
    for pkgs, desc, hs, qty, unit, price, amount, _ in lines:
        cells = (str(pkgs), desc, hs, f"{qty:,}", unit, f"{price:,.2f}", f"{amount:,.2f}")
        for (x, _, r), s in zip(heads, cells, strict=True):
            size = fit(s, 200, 8) if x == 66 else 8
            (c.right if r else c.text)(x, y, s, size)
        y += 14
    c.line(30, y, 582, y, 0.5)
    y += 8
    c.text(34, y, f"Marks & Nos.: {consignee.split()[0].upper()} / {port.upper()} / 1-UP", 7.5)
    c.text(34, y + 12, f"Total packages: {sum(x[0] for x in lines)}", 7.5)
    c.text(34, y + 24, f"Total net weight: {net_kg:,.1f} kg", 7.5)
    c.text(34, y + 36, f"Total gross weight: {gross_kg:,.1f} kg", 7.5)
    totals = [(f"TOTAL {term} VALUE" if term in ("FOB", "FCA", "EXW") else "TOTAL FOB VALUE", fob)]
    if freight:
        totals.append(("Ocean freight", freight))
    if insurance:
        totals.append(("Insurance (110% CIF, 0.35%)", insurance))
    totals.append((f"TOTAL INVOICE VALUE ({term}) USD", total))
    for i, (label, value) in enumerate(totals):
        bold = "F2" if i in (0, len(totals) - 1) else "F1"
        c.text(340, y + 13 * i, label, 8, bold)
        c.right(578, y + 13 * i, f"{value:,.2f}", 8.5, bold)
    y += max(13 * len(totals), 48) + 20
    y = _paragraph(
        c,
        34,
        y,
        "I declare that all the information contained in this invoice is true and correct and "
        "that the contents of this shipment are as stated above. These commodities, technology "
        "or software were exported from the United States in accordance with the Export "
        "Administration Regulations. Diversion contrary to U.S. law is prohibited.",
        540,
        7,
        "F1",
    )
    signer = f"{m.pick(FIRST)} {m.pick(LAST)}"
    c.line(34, y + 34, 240, y + 34, 0.4)
    c.text(34, y + 37, f"Signature - {signer}, Export Coordinator", 7)
    c.text(300, y + 37, f"Place and date: {e_city}, {fmt(issued, day)}", 7)
    truth: Truth = {
        "VENDORNAME": exporter,
        "RECEIVERNAME": consignee,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": fob,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


PETS = (
    ("Biscuit", "Canine", "Labrador Retriever"),
    ("Luna", "Feline", "Domestic Shorthair"),
    ("Max", "Canine", "German Shepherd"),
    ("Pepper", "Feline", "Maine Coon"),
    ("Rosie", "Canine", "Beagle"),
    ("Ollie", "Canine", "Goldendoodle"),
    ("Milo", "Feline", "Siamese"),
)
# (description, price range, taxable product, months until the reminder or 0)
VET_LINES = (
    ("Examination - Comprehensive", (58.0, 82.0), False, 12),
    ("Rabies Vaccine 3 Yr", (24.0, 38.0), False, 36),
    ("DHPP Vaccine", (28.0, 42.0), False, 12),
    ("FVRCP Vaccine", (26.0, 40.0), False, 12),
    ("Heartworm/Tick Panel (4Dx)", (48.0, 72.0), False, 12),
    ("Fecal Flotation", (32.0, 46.0), False, 12),
    ("Nail Trim", (14.0, 22.0), False, 0),
    ("Cytopoint Injection 20 mg", (68.0, 110.0), False, 0),
    ("Simparica Trio 6 Pack", (132.0, 176.0), True, 0),
    ("Carprofen 75 mg Tablets", (0.85, 1.4), True, 0),
    ("Hill's c/d Multicare 8.5 lb", (48.0, 62.0), True, 0),
    ("Bloodwork - Senior Panel", (145.0, 210.0), False, 12),
    ("Dental Prophylaxis Grade 2", (320.0, 520.0), False, 0),
    ("Anesthesia - first 30 min", (95.0, 150.0), False, 0),
)
CLINIC_A = ("Cedar Hills", "Riverside", "Maple Grove", "Lakeview", "Pine Ridge", "Oak Creek")
CLINIC_B = ("Animal Hospital", "Veterinary Clinic", "Pet Hospital", "Veterinary Center")


def invoice_vet(m: Maker) -> Layout:
    """A veterinary clinic's invoice from practice-management software: the clinic centred with
    its phone and website, "INVOICE" and the number, date and client ID in a box at the right,
    the client's name and address, a shaded patient band (name, species, breed, sex, age,
    weight), the services and products by date with the staff member's initials, quantity,
    price and total, the subtotal, sales tax on products only, the invoice total, any previous
    balance, the card payment and the balance due, and the reminders due next."""
    clinic = f"{m.pick(CLINIC_A)} {m.pick(CLINIC_B)}"
    street, city = m.address()
    phone = m.phone()
    first, _, last = m.person()
    client = f"{first} {last}"
    c_street, c_city = m.address()
    number = m.pick((m.digits(6), f"INV-{m.digits(5)}", f"{m.digits(3)}-{m.digits(4)}"))
    visit = m.date()
    pet, species, breed = m.pick(PETS)
    staff = [f"{m.pick(FIRST)[0]}{m.pick(LAST)[0]}" for _ in range(3)]
    vet = f"Dr. {m.pick(FIRST)} {m.pick(LAST)}"
    lines = []
    for desc, (lo, hi), taxable, months in m.r.sample(VET_LINES, m.r.randint(3, 8)):
        qty = float(m.r.randint(14, 60) if lo < 2 else 1)
        price = m.amount(lo, hi)
        lines.append((desc, m.pick(staff), qty, price, round(qty * price, 2), taxable, months))
    subtotal = round(sum(x[4] for x in lines), 2)
    rate = m.pick((0.06, 0.07, 0.0725, 0.08))
    tax = round(sum(x[4] for x in lines if x[5]) * rate, 2)
    total = round(subtotal + tax, 2)
    previous = m.amount(20, 300) if m.chance(0.2) else 0.0
    paid = round(total + previous if m.chance(0.7) else m.amount(10, total), 2)
    balance = round(total + previous - paid, 2)
    day = m.pick(("%m/%d/%Y", "%m/%d/%y"))
    c = Canvas()
    c.centre(306, 30, clinic, 17, "F4")
    c.centre(306, 52, f"{street}  |  {city}", 8.5, "F3")
    site = "www." + clinic.lower().replace(" ", "").replace("'", "") + ".com"
    c.centre(306, 63, f"Phone {phone}  |  {site}", 8.5, "F3")
    c.box(410, 84, 172, 62, 0.6)
    c.text(418, 88, "INVOICE", 12, "F2")
    c.text(418, 106, "Invoice #", 8)
    c.right(574, 106, number, 8.5, "F2")
    c.text(418, 118, "Date", 8)
    c.right(574, 118, fmt(visit, day), 8.5)
    c.text(418, 130, "Client ID", 8)
    c.right(574, 130, m.digits(5), 8.5)
    rows_at(c, 40, 92, (client, c_street, c_city), 10, "F1", 13)
    c.shade(30, 158, 552, 30, 0.9)
    sex = m.pick(("MN", "FS", "M", "F"))
    age = f"{m.r.randint(1, 14)}y {m.r.randint(0, 11)}m"
    weight = f"{m.r.uniform(6, 95):.1f} lb"
    c.text(38, 162, f"Patient: {pet} {last}", 9, "F2")
    c.text(38, 175, f"Species: {species}   Breed: {breed}   Sex: {sex}   Age: {age}", 8)
    c.text(400, 175, f"Weight: {weight}", 8)
    c.text(400, 162, f"Attending: {vet}", 8)
    heads = ((38, "Date", 0), (96, "Staff", 0), (130, "Description", 0), (420, "Qty", 1))
    heads += ((500, "Price", 1), (574, "Total", 1))
    top = 200
    for x, h, r in heads:
        (c.right if r else c.text)(x, top, h, 8, "F2")
    c.line(30, top + 12, 582, top + 12, 0.6)
    y = top + 18
    for desc, who, qty, price, amount, taxable, _ in lines:
        star = " *" if taxable else ""
        cells = (fmt(visit, "%m/%d/%y"), who, desc + star, f"{qty:.2f}", f"${price:,.2f}")
        cells += (f"${amount:,.2f}",)
        for (x, _, r), s in zip(heads, cells, strict=True):
            (c.right if r else c.text)(x, y, s, 8.5)
        y += 13
    c.line(30, y + 2, 582, y + 2, 0.4)
    y += 10
    c.text(38, y, "* taxable item", 7)
    totals = [
        ("Subtotal", subtotal),
        (f"Sales Tax ({rate * 100:g}%)", tax),
        ("Invoice Total", total),
    ]
    if previous:
        totals.append(("Previous Balance", previous))
    totals.append((f"Payment - {m.pick(('Visa', 'MasterCard', 'Discover', 'CareCredit'))}", -paid))
    totals.append(("Balance Due", balance))
    for i, (label, value) in enumerate(totals):
        bold = "F2" if label in ("Invoice Total", "Balance Due") else "F1"
        c.text(400, y + 13 * i, label, 8.5, bold)
        shown = f"(${-value:,.2f})" if value < 0 else f"${value:,.2f}"
        c.right(574, y + 13 * i, shown, 8.5, bold)
    y += 13 * len(totals) + 20
    c.text(38, y, "Reminders", 9, "F2")
    y += 13
    for desc, *_, months in lines:
        if months:
            due = visit + dt.timedelta(days=round(30.4 * months))
            c.text(46, y, f"{desc}", 8)
            c.text(300, y, f"Due {fmt(due, day)}", 8)
            y += 11
    _paragraph(
        c,
        38,
        max(y + 16, 660),
        f"Thank you for trusting us with {pet}'s care. Payment is due at the time of service. "
        "Balances over 30 days are subject to a monthly finance charge of 1.5%.",
        530,
        7.5,
        "F3",
    )
    truth: Truth = {
        "VENDORNAME": clinic,
        "RECEIVERNAME": client,
        "ID": number,
        "DATE": visit.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips


def payslip_fresh8(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """19: a pension plan's monthly benefit payment advice; 20: a military-style leave and
    earnings statement."""
    return (*(payslip_pension if t == 19 else payslip_les)(m), f"t{t}")


PLANS = ("Retirement Plan", "Pension Plan", "Employees' Retirement System", "Retirement Fund")


def payslip_pension(m: Maker) -> Layout:
    """A retiree's monthly pension payment advice from the plan's trustee: the plan and the
    paying agent at the top, the retiree's address in the window, a box with the member ID,
    benefit type, benefit month (first to last day) and payment date, the deposit account
    masked, a table of the gross benefit (and a cost-of-living adjustment) and the deductions
    (withholding, retiree medical and dental premiums, life insurance) with this payment and
    year to date, the net payment, and a notice about withholding elections."""
    sponsor = f"{m.pick(COMPANY_A)} {m.pick(('Industries', 'Utilities', 'Manufacturing'))}"
    plan = f"{sponsor} {m.pick(PLANS)}"
    agent = m.pick(BANKS)
    first, middle, last = m.person()
    street, city = m.address()
    member = m.pick((m.digits(7), f"R{m.digits(6)}", f"{m.digits(3)}-{m.digits(4)}"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    paid = end + dt.timedelta(days=1)
    benefit = m.amount(850, 5200)
    cola = round(benefit * m.pick((0.0, 0.0, 0.02, 0.032)), 2)
    earn = [("Gross monthly benefit", benefit)]
    if cola:
        earn.append(("Cost-of-living adjustment", cola))
    gross = round(benefit + cola, 2)
    deds = [("Federal income tax withheld", round(gross * m.pick((0.06, 0.1, 0.12)), 2))]
    if m.chance(0.6):
        deds.append(("State income tax withheld", round(gross * 0.035, 2)))
    if m.chance(0.7):
        deds.append(("Retiree medical premium", m.amount(60, 420)))
    if m.chance(0.4):
        deds.append(("Dental premium", m.amount(12, 48)))
    if m.chance(0.3):
        deds.append(("Supplemental life insurance", m.amount(8, 35)))
    taken = round(sum(x[1] for x in deds), 2)
    net = round(gross - taken, 2)
    n = start.month

    def ytd(v: float) -> float:
        return round(v * n, 2)

    ytd_gross = round(sum(ytd(v) for _, v in earn), 2)
    long_day = m.chance(0.5)
    day = "%B %d, %Y" if long_day else "%m/%d/%Y"
    c = Canvas()
    c.text(50, 40, plan, fit(plan, 330, 14, "F4"), "F4")
    c.text(50, 58, f"Paying agent: {agent}, Trustee", 8.5, "F3")
    c.text(50, 69, f"Benefit Payment Center  P.O. Box {m.r.randint(1000, 99999)}", 8.5, "F3")
    c.right(562, 40, "PENSION PAYMENT ADVICE", 11, "F2")
    c.right(562, 55, "This is not a check", 8, "F1")
    name = " ".join(p for p in (first, middle[:1], last) if p).upper()
    rows_at(c, 72, 120, (name, street.upper(), city.upper()), 10, "F5", 13)
    c.box(352, 96, 210, 100, 0.6)
    info = (
        ("Member ID", member),
        ("Benefit type", m.pick(("Single life annuity", "Joint & 50% survivor", "10-yr certain"))),
        ("Benefit period", f"{fmt(start, '%m/%d/%Y')} - {fmt(end, '%m/%d/%Y')}"),
        ("Payment date", fmt(paid, day)),
        ("Payment method", f"Direct deposit ****{m.digits(4)}"),
        ("Retirement date", fmt(m.date(dt.date(2008, 1, 1), 5000).replace(day=1), "%m/%d/%Y")),
    )
    for i, (k, v) in enumerate(info):
        c.text(358, 102 + 15 * i, k, 8)
        c.right(556, 102 + 15 * i, v, 8.5, "F2" if k == "Payment date" else "F1")
    top = 226
    c.shade(50, top, 512, 16, 0.85)
    c.text(56, top + 4, "Description", 8.5, "F2")
    c.right(440, top + 4, "This Payment", 8.5, "F2")
    c.right(556, top + 4, "Year to Date", 8.5, "F2")
    y = top + 24
    for label, v in earn:
        c.text(56, y, label, 9)
        c.right(440, y, f"{v:,.2f}", 9)
        c.right(556, y, f"{ytd(v):,.2f}", 9)
        y += 14
    c.text(56, y, "Total gross payment", 9, "F2")
    c.right(440, y, f"{gross:,.2f}", 9, "F2")
    c.right(556, y, f"{ytd_gross:,.2f}", 9, "F2")
    y += 22
    c.text(56, y, "Deductions", 9, "F2")
    y += 14
    for label, v in deds:
        c.text(66, y, label, 9)
        c.right(440, y, f"{v:,.2f}-", 9)
        c.right(556, y, f"{ytd(v):,.2f}-", 9)
        y += 14
    c.text(56, y, "Total deductions", 9, "F2")
    c.right(440, y, f"{taken:,.2f}-", 9, "F2")
    c.right(556, y, f"{ytd(taken):,.2f}-", 9, "F2")
    y += 18
    c.line(50, y, 562, y, 0.8)
    c.text(56, y + 6, "NET PAYMENT", 10, "F2")
    c.right(440, y + 6, f"${net:,.2f}", 10, "F2")
    _paragraph(
        c,
        50,
        y + 40,
        "Your pension payment is deposited on the first business day of each month. To change "
        "your federal or state withholding election, complete Form W-4P and return it to the "
        "Benefit Payment Center. Report a change of address or the death of a payee promptly "
        "to avoid overpayments.",
        512,
        8,
        "F3",
    )
    truth: Truth = {
        "EmployeeName/FirstName": first.upper(),
        "EmployeeName/LastName": last.upper(),
        "EmployeeNumber": member,
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": taken,
    }
    return [c], truth


# (grade, monthly base pay range, officer)
GRADES = (
    ("E-3", (2400.0, 2700.0), False),
    ("E-4", (2650.0, 3050.0), False),
    ("E-5", (2950.0, 3750.0), False),
    ("E-6", (3250.0, 4500.0), False),
    ("E-7", (3800.0, 5400.0), False),
    ("O-2", (4400.0, 5600.0), True),
    ("O-3", (5100.0, 7300.0), True),
)


def payslip_les(m: Maker) -> Layout:
    """A military-style monthly leave and earnings statement in Courier inside ruled blocks:
    an ID row (NAME as LAST, FIRST MI; the SSN masked; grade; pay entry date and ETS as
    YYMMDD; years of service; branch; disbursing station; PERIOD COVERED as "1-31 MAR 24"),
    three columns of ENTITLEMENTS, DEDUCTIONS and ALLOTMENTS with lettered rows and their
    totals, a SUMMARY column (+AMT FWD, +TOT ENT, -TOT DED, -TOT ALMT, =NET AMT, -CR FWD,
    =EOM PAY), the leave row, the federal, FICA and state tax rows, a pay-data row and
    remarks with the year-to-date entitlements and deductions. There is no employee number
    and no pay date on it, so neither is scored."""
    grade, (lo, hi), officer = m.pick(GRADES)
    first, middle, last = m.person()
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    base = m.amount(lo, hi)
    bas = 316.98 if officer else 460.25
    bah = m.amount(1200, 3100)
    ents = [("BASE PAY", base), ("BAS", bas), ("BAH", bah)]
    if m.chance(0.3):
        ents.append(("SEA PAY" if m.chance(0.5) else "SPECIAL DUTY PAY", m.amount(75, 450)))
    tot_ent = round(sum(v for _, v in ents), 2)
    taxable = base + (ents[3][1] if len(ents) > 3 else 0.0)
    tsp_pct = m.pick((0.0, 0.03, 0.05, 0.08))
    tsp = round(base * tsp_pct, 2)
    state = m.pick(("NC", "VA", "GA", "CA", "TX", "FL", "WA", "NY", "CO"))
    no_tax = state in ("TX", "FL", "WA")
    fed = round((taxable - tsp) * m.r.uniform(0.06, 0.13), 2)
    soc, med = round(taxable * 0.062, 2), round(taxable * 0.0145, 2)
    deds = [("FEDERAL TAXES", fed), ("FICA-SOC SECURITY", soc), ("FICA-MEDICARE", med)]
    deds.append(("SGLI", 31.0))
    if not officer:
        deds.append(("AFRH", 0.5))
    if not no_tax:
        deds.append(("STATE TAXES", round((taxable - tsp) * 0.04, 2)))
    if tsp:
        deds.append(("TSP", tsp))
    if m.chance(0.3):
        deds.append(("DENTAL", m.amount(14, 32)))
    tot_ded = round(sum(v for _, v in deds), 2)
    alms = []
    if m.chance(0.6):
        alms.append(("DISCRETIONARY", float(m.pick((50, 100, 200, 250)))))
    if m.chance(0.3):
        alms.append(("BONDS", 25.0))
    tot_alm = round(sum(v for _, v in alms), 2)
    net = round(tot_ent - tot_ded - tot_alm, 2)
    months = start.month
    ytd_ent = round(tot_ent * months, 2)
    ytd_ded = round(tot_ded * months, 2)
    c = Canvas(792, 612)
    c.text(30, 24, "LEAVE AND EARNINGS STATEMENT", 11, "F6")
    c.right(762, 24, m.pick(("DEPARTMENT OF THE ARMY", "DEPARTMENT OF THE NAVY")), 8, "F6")
    c.box(30, 40, 732, 30, 0.8)
    heads = (
        ("ID", 34),
        ("NAME (LAST, FIRST, MI)", 60),
        ("SOC. SEC. NO.", 250),
        ("GRADE", 330),
        ("PAY DATE", 372),
        ("YRS SVC", 430),
        ("ETS", 474),
        ("BRANCH", 528),
        ("ADSN/DSSN", 580),
        ("PERIOD COVERED", 650),
    )
    entry = m.date(dt.date(2008, 1, 1), 5000)
    ets = dt.date(end.year + m.r.randint(1, 5), m.r.randint(1, 12), m.r.randint(1, 28))
    name = f"{last}, {first} {middle[:1]}".strip().upper()
    values = (
        "01",
        name,
        f"XXX-XX-{m.digits(4)}",
        grade,
        fmt(entry, "%y%m%d"),
        f"{max(1, end.year - entry.year):02d}",
        fmt(ets, "%y%m%d"),
        m.pick(("USA", "USN", "USMC")),
        m.digits(4),
        f"1-{end.day} {fmt(end, '%b %y').upper()}",
    )
    for (h, x), v in zip(heads, values, strict=True):
        c.text(x, 43, h, 5.5, "F5")
        c.text(x, 55, v, fit(v, 186, 8, "F5") if x == 60 else 8, "F5")
    for _, x in heads[1:]:
        c.line(x - 3, 40, x - 3, 70, 0.4)
    top = 78
    cols = (("ENTITLEMENTS", 30, ents), ("DEDUCTIONS", 210, deds), ("ALLOTMENTS", 390, alms))
    c.box(30, top, 732, 190, 0.8)
    for title, x, rows in cols:
        c.text(x + 4, top + 3, title, 6.5, "F6")
        c.text(x + 70, top + 11, "TYPE", 5.5, "F5")
        c.right(x + 174, top + 11, "AMOUNT", 5.5, "F5")
        c.line(x + 180, top, x + 180, top + 190, 0.6)
        for i, (label, v) in enumerate(rows):
            c.text(x + 4, top + 22 + 11 * i, f"{chr(97 + i)} {label}", 7.5, "F5")
            c.right(x + 174, top + 22 + 11 * i, f"{v:,.2f}", 7.5, "F5")
        total = round(sum(v for _, v in rows), 2)
        c.text(x + 4, top + 176, "TOTAL", 7.5, "F6")
        c.right(x + 174, top + 176, f"{total:,.2f}", 7.5, "F6")
    c.text(574, top + 3, "SUMMARY", 6.5, "F6")
    summary = (
        ("+AMT FWD", 0.0),
        ("+TOT ENT", tot_ent),
        ("-TOT DED", tot_ded),
        ("-TOT ALMT", tot_alm),
        ("=NET AMT", net),
        ("-CR FWD", 0.0),
        ("=EOM PAY", net),
    )
    for i, (label, v) in enumerate(summary):
        c.text(574, top + 22 + 16 * i, label, 8, "F5")
        c.right(756, top + 22 + 16 * i, f"{v:,.2f}", 8, "F5")
    y = top + 198

    def strip(title: str, pairs: tuple[tuple[str, str], ...]) -> None:
        nonlocal y
        c.box(30, y, 732, 26, 0.6)
        c.text(34, y + 3, title, 6.5, "F6")
        x = 120.0
        step = 640 / len(pairs)
        for cap, v in pairs:
            c.text(x, y + 3, cap, 5.5, "F5")
            c.text(x, y + 13, v, 7.5, "F5")
            x += step
        y += 30

    earned = 2.5
    bf = round(m.r.uniform(2, 55), 1)
    used = float(m.pick((0, 0, 2, 4, 7)))
    strip(
        "LEAVE",
        (
            ("BF BAL", f"{bf:.1f}"),
            ("ERND", f"{earned:.1f}"),
            ("USED", f"{used:.1f}"),
            ("CR BAL", f"{bf + earned - used:.1f}"),
            ("ETS BAL", f"{bf + 30:.1f}"),
            ("LV LOST", "0.0"),
            ("USE/LOSE", "0.0"),
        ),
    )
    strip(
        "FED TAXES",
        (
            ("WAGE PERIOD", f"{taxable - tsp:,.2f}"),
            ("WAGE YTD", f"{(taxable - tsp) * months:,.2f}"),
            ("M/S", m.pick(("S", "M"))),
            ("EX", str(m.r.randint(0, 4))),
            ("ADD'L TAX", "0.00"),
            ("TAX YTD", f"{fed * months:,.2f}"),
        ),
    )
    strip(
        "FICA TAXES",
        (
            ("WAGE PERIOD", f"{taxable:,.2f}"),
            ("SOC WAGE YTD", f"{taxable * months:,.2f}"),
            ("SOC TAX YTD", f"{soc * months:,.2f}"),
            ("MED WAGE YTD", f"{taxable * months:,.2f}"),
            ("MED TAX YTD", f"{med * months:,.2f}"),
        ),
    )
    strip(
        "STATE TAXES",
        (
            ("ST", state),
            ("WAGE PERIOD", "0.00" if no_tax else f"{taxable - tsp:,.2f}"),
            ("M/S", m.pick(("S", "M"))),
            ("EX", str(m.r.randint(0, 3))),
            ("TAX YTD", "0.00" if no_tax else f"{round((taxable - tsp) * 0.04, 2) * months:,.2f}"),
        ),
    )
    strip(
        "PAY DATA",
        (
            ("BAQ TYPE", m.pick(("W/DEP", "W/O DEP"))),
            ("VHA ZIP", m.digits(5)),
            ("RENT AMT", f"{m.amount(900, 2600):,.2f}"),
            ("JFTR", m.pick(("", "U5H"))),
            ("DEPNS", str(m.r.randint(0, 4))),
            ("BAS TYPE", "B"),
        ),
    )
    strip(
        "TSP",
        (
            ("BASE PAY RATE", f"{tsp_pct * 100:.0f}%"),
            ("BASE PAY CURRENT", f"{tsp:,.2f}"),
            ("TSP YTD DEDUCTION", f"{tsp * months:,.2f}"),
            ("DEFERRED", f"{tsp * months:,.2f}"),
        ),
    )
    c.box(30, y, 732, 60, 0.6)
    c.text(34, y + 3, "REMARKS", 6.5, "F6")
    c.text(120, y + 3, f"YTD ENTITLE {ytd_ent:,.2f}", 7.5, "F5")
    c.text(330, y + 3, f"YTD DEDUCT {ytd_ded:,.2f}", 7.5, "F5")
    _paragraph(
        c,
        120,
        y + 16,
        "YOUR LES IS AVAILABLE ONLINE. REVIEW IT EACH MONTH AND REPORT ANY DISCREPANCY TO YOUR "
        "FINANCE OFFICE. THE SUMMARY SHOWS THE AMOUNT PAID AT THE END OF THE MONTH.",
        620,
        6.5,
        "F5",
    )
    truth: Truth = {
        "EmployeeName/FirstName": first.upper(),
        "EmployeeName/LastName": last.upper(),
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "CurrentGrossPay": tot_ent,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_ent,
        "CurrentTotalDeductions": tot_ded,
    }
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Bank statements


def bank_statement_fresh8(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """19: a German bank's account statement in English with IBAN and value dates; 20: a
    prepaid card account statement."""
    fn = statement_germany if t == 19 else statement_prepaid
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


DE_BANKS = (
    ("Stadtsparkasse Lindenau", "SPLIDE3LXXX"),
    ("Volksbank Auental eG", "GENODEF1AUE"),
    ("Nordhafen Bank AG", "NOHADEHHXXX"),
    ("Kreissparkasse Oberwald", "KSOWDE61XXX"),
)
DE_FIRST = ("Thomas", "Anna", "Stefan", "Katrin", "Jürgen", "Sabine", "Lukas", "Miriam")
DE_LAST = ("Becker", "Schneider", "Hoffmann", "Wagner", "Köhler", "Neumann", "Krüger", "Vogt")
DE_TOWNS = (
    ("50667", "Köln"),
    ("80331", "München"),
    ("20095", "Hamburg"),
    ("70173", "Stuttgart"),
    ("04109", "Leipzig"),
    ("60311", "Frankfurt am Main"),
)
DE_STREETS = ("Lindenstraße", "Bahnhofstraße", "Am Markt", "Goethestraße", "Schillerweg")
# (kind, description lines, amount range, sign)
DE_ACTIVITY = (
    ("SEPA Credit Transfer", ("SALARY {month}", "{employer}"), (1800, 4200), 1),
    ("SEPA Direct Debit", ("{utility}", "Mandate ref. {ref}"), (25, 240), -1),
    ("Card payment", ("{shop} {town}", "Debit card {card}"), (4, 180), -1),
    ("Cash withdrawal", ("ATM {bank}", "Debit card {card}"), (20, 400), -1),
    ("Standing order", ("RENT {street}", "Landlord {landlord}"), (550, 1400), -1),
    ("SEPA Credit Transfer", ("Refund order {ref}", "{shop}"), (10, 120), 1),
)
DE_UTILITIES = ("Stadtwerke Energie GmbH", "Telekom Mobil", "Allianz Versicherung", "GEZ Beitrag")
DE_SHOPS = ("REWE", "EDEKA", "dm-drogerie", "Lidl", "Aldi Süd", "Rossmann", "Shell")


def statement_germany(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A German bank's current-account statement (Kontoauszug) in its English version on A4:
    the bank and its BIC at the top right, the customer in the window ("Mr"/"Ms"), the
    statement number as "Statement 4/2024" with the page count, the account holder, IBAN and
    BIC in a line, the old balance as of the day before the period and then every booking
    with its booking date and value date (DD.MM.YYYY), the type and the reference lines, and
    the amount in a debit or credit column with a decimal comma, the totals of credits and
    debits and the new balance, and the deposit-guarantee and objection notices."""
    bank, bic = m.pick(DE_BANKS)
    first, last = m.pick(DE_FIRST), m.pick(DE_LAST)
    holder = f"{first} {last}"
    zipcode, town = m.pick(DE_TOWNS)
    street = f"{m.pick(DE_STREETS)} {m.r.randint(1, 120)}"
    iban = f"DE{m.digits(2)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(2)}"
    acct_type = m.pick(("Current account", "Giro account", "Private current account"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    opening = m.amount(400, 9000)
    balance = opening
    txns = []
    employer = f"{m.pick(COMPANY_A)} GmbH"
    for d in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(8, 24))):
        kind, lines, (lo, hi), sign = m.pick(DE_ACTIVITY)
        amount = m.amount(lo, hi)
        if sign < 0 and amount > balance:
            kind, lines, (lo, hi), sign = DE_ACTIVITY[0]
            amount = m.amount(lo, hi)
        booked = start + dt.timedelta(days=d)
        value = (
            booked - dt.timedelta(days=m.pick((0, 0, 1, 2))) if kind == "Card payment" else booked
        )
        if value < start:
            value = booked
        text = [
            s.format(
                month=fmt(start, "%m/%Y"),
                employer=employer,
                utility=m.pick(DE_UTILITIES),
                ref=m.digits(9),
                shop=m.pick(DE_SHOPS),
                town=town.upper(),
                card=f"XXXX{m.digits(4)}",
                bank=bank.split()[0].upper(),
                street=street.upper(),
                landlord=f"{m.pick(DE_FIRST)} {m.pick(DE_LAST)}",
            )
            for s in lines
        ]
        balance = round(balance + sign * amount, 2)
        txns.append((booked, value, kind, text, sign * amount))
    credits = round(sum(x[4] for x in txns if x[4] > 0), 2)
    debits = round(-sum(x[4] for x in txns if x[4] < 0), 2)
    closing = balance
    number = f"{start.month}/{start.year}"
    dots = "%d.%m.%Y"

    def head(c: Canvas, first_page: bool, page: int) -> float:
        c.text(340, 40, bank, 13, "F2")
        c.text(340, 57, f"BIC {bic}", 8)
        c.text(340, 68, f"{m.pick(DE_STREETS)} 1, {zipcode} {town}", 8)
        if first_page:
            c.text(60, 118, f"{bank}, Postfach {m.digits(4)}, {zipcode} {town}", 6)
            rows_at(
                c,
                60,
                132,
                (m.pick(("Mr", "Ms")) + f" {holder}", street, f"{zipcode} {town}"),
                10,
                "F1",
                13,
            )
        c.text(60, 220 if first_page else 100, f"Account statement {number}", 12, "F2")
        y = (220 if first_page else 100) + 18
        c.text(60, y, f"Account holder: {holder}    {acct_type}", 8.5)
        c.text(60, y + 12, f"IBAN {iban}    BIC {bic}", 8.5)
        c.text(60, y + 24, f"Statement period {fmt(start, dots)} - {fmt(end, dots)}", 8.5)
        y += 42
        c.line(60, y, 540, y, 0.8)
        c.text(60, y + 3, "Booking", 7.5, "F2")
        c.text(110, y + 3, "Value date", 7.5, "F2")
        c.text(166, y + 3, "Transaction details", 7.5, "F2")
        c.right(460, y + 3, "Debit EUR", 7.5, "F2")
        c.right(540, y + 3, "Credit EUR", 7.5, "F2")
        c.line(60, y + 14, 540, y + 14, 0.4)
        return y + 20

    pages = [Canvas(595, 842)]
    y = head(pages[0], True, 1)
    before = start - dt.timedelta(days=1)
    pages[0].text(166, y, f"{labels[0]} as of {fmt(before, dots)}", 8.5, "F2")
    pages[0].right(540, y, f"{euro(opening)} +", 8.5, "F2")
    y += 16
    for booked, value, kind, text, amount in txns:
        if y > 740:
            pages.append(Canvas(595, 842))
            y = head(pages[-1], False, len(pages))
        c = pages[-1]
        c.text(60, y, fmt(booked, "%d.%m."), 8)
        c.text(110, y, fmt(value, "%d.%m."), 8)
        c.text(166, y, kind, 8, "F2")
        for i, s in enumerate(text):
            c.text(166, y + 10 * (i + 1), s, 7.5)
        c.right(
            460 if amount < 0 else 540, y, f"{euro(abs(amount))} {'-' if amount < 0 else '+'}", 8
        )
        y += 10 * (len(text) + 1) + 4
    c = pages[-1]
    if y > 690:
        pages.append(Canvas(595, 842))
        c = pages[-1]
        y = head(c, False, len(pages))
    c.line(60, y, 540, y, 0.4)
    y += 6
    summary = (
        (labels[1], f"{euro(credits)} +"),
        (labels[2], f"{euro(debits)} -"),
        (f"{labels[3]} as of {fmt(end, dots)}", f"{euro(closing)} +"),
    )
    for label, value in summary:
        c.text(166, y, label, 8.5, "F2")
        c.right(540, y, value, 8.5, "F2")
        y += 14
    _paragraph(
        c,
        60,
        y + 14,
        "Please check this statement. Objections must be raised within six weeks of receipt; "
        "failure to object in time counts as approval. Balances are subject to the usual "
        "reservation of correct entries. Deposits are protected by the statutory deposit "
        "guarantee scheme up to EUR 100,000 per customer.",
        480,
        7,
        "F1",
    )
    for i, page in enumerate(pages):
        page.right(540, 800, f"Page {i + 1} of {len(pages)}", 7)
    truth: Truth = {
        "bank_name": bank,
        "account_holder_name": holder,
        "account_number": iban,
        "account_type": acct_type,
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return pages, truth


PROGRAMS = ("PayFlex", "CardWise", "NetSpend Plus", "MoneyPath", "PayRight", "Ready Reload")
# (description, amount range, sign, fee when it happens)
CARD_ACTIVITY = (
    ("PAYROLL LOAD - {employer}", (250, 1400), 1, 0.0),
    ("RETAIL CASH LOAD - {store}", (20, 300), 1, 3.95),
    ("POS PURCHASE {store}", (4, 160), -1, 0.0),
    ("SIGNATURE PURCHASE {store}", (6, 220), -1, 0.0),
    ("ATM WITHDRAWAL {town}", (20, 200), -1, 2.5),
    ("ONLINE BILL PAY {biller}", (30, 250), -1, 0.0),
    ("CARD-TO-CARD TRANSFER TO {person}", (10, 100), -1, 0.0),
)
CARD_STORES = ("DOLLAR GENERAL", "WALMART", "CVS/PHARMACY", "7-ELEVEN", "KROGER", "SHELL OIL")


def statement_prepaid(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A reloadable prepaid (or payroll) card's monthly account statement: the card program's
    name with "Issued by ... Member FDIC", the cardholder and the card number masked as
    **** **** **** 1234, the statement period, a summary box of the card balance with loads,
    purchases and withdrawals and fees, then the transactions with the transaction and post
    dates (MM/DD), the description, the amount signed, the fee charged on it in its own column
    and the running balance, a fee summary for the month and year to date, and the notice on
    errors and the fee schedule."""
    program = m.pick(PROGRAMS)
    bank = m.pick(BANKS)
    first, _, last = m.person()
    holder = f"{first} {last}".upper()
    street, city = m.address()
    last4 = m.digits(4)
    account = f"**** **** **** {last4}"
    payroll = m.chance(0.5)
    acct_type = "Payroll Card Account" if payroll else "Prepaid Card Account"
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    opening = m.amount(5, 600)
    balance = opening
    employer = m.company().upper()[:20]
    monthly = 0.0 if payroll else float(m.pick((4.95, 5.94, 9.95)))
    rows = []
    for d in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(8, 22))):
        desc, (lo, hi), sign, fee = m.pick(CARD_ACTIVITY)
        amount = m.amount(lo, hi)
        if sign < 0 and amount + fee > balance:
            desc, (lo, hi), sign, fee = CARD_ACTIVITY[0]
            amount = m.amount(lo, hi)
        when = start + dt.timedelta(days=d)
        text = desc.format(
            employer=employer,
            store=m.pick(CARD_STORES),
            town=city.split(",")[0].upper(),
            biller=m.pick(("T-MOBILE", "DUKE ENERGY", "SPECTRUM", "PROGRESSIVE")),
            person=m.pick(FIRST).upper(),
        )
        if payroll and text.startswith("RETAIL"):
            fee = 0.0
        balance = round(balance + sign * amount - fee, 2)
        rows.append((when, text, sign * amount, fee, balance))
    if monthly:
        balance = round(balance - monthly, 2)
        rows.append((end, "MONTHLY PLAN FEE", 0.0, monthly, balance))
    loads = round(sum(x[2] for x in rows if x[2] > 0), 2)
    spent = round(-sum(x[2] for x in rows if x[2] < 0), 2)
    fees = round(sum(x[3] for x in rows), 2)
    closing = balance
    c = Canvas()
    c.text(40, 34, program, 20, "F2")
    c.text(40, 58, f"{'Payroll' if payroll else 'Prepaid'} Visa Card", 9)
    c.text(40, 70, f"Issued by {bank}, Member FDIC", 7.5)
    c.right(572, 36, "Monthly Card Statement", 10, "F2")
    c.right(572, 50, f"{fmt(start, '%B %d, %Y')} through {fmt(end, '%B %d, %Y')}", 8.5)
    c.right(572, 62, f"Customer Service 1-800-{m.digits(3)}-{m.digits(4)}", 8)
    rows_at(c, 60, 100, (holder, street.upper(), city.upper()), 9.5, "F1", 12)
    c.box(340, 96, 232, 86, 0.6)
    c.text(346, 100, "Card Number", 8)
    c.right(566, 100, account, 8.5, "F2")
    c.text(346, 112, "Account Type", 8)
    c.right(566, 112, acct_type, 8.5)
    summary = (
        (labels[0], f"${opening:,.2f}"),
        (labels[1], f"+${loads:,.2f}"),
        (labels[2], f"-${round(spent + fees, 2):,.2f}"),
        (labels[3], f"${closing:,.2f}"),
    )
    for i, (label, value) in enumerate(summary):
        bold = "F2" if i in (0, 3) else "F1"
        c.text(346, 128 + 12 * i, label, 7.5, bold)
        c.right(566, 128 + 12 * i, value, 8, bold)
    top = 200
    c.shade(40, top, 532, 14, 0.2)
    colour(c, 1, 1, 1)
    for x, h, r in (
        (44, "Trans Date", 0),
        (96, "Post Date", 0),
        (148, "Description", 0),
        (440, "Amount", 1),
        (500, "Fee", 1),
        (568, "Balance", 1),
    ):
        (c.right if r else c.text)(x, top + 3.5, h, 7.5, "F2")
    ink(c, 0.0)
    y = top + 20
    for when, text, amount, fee, bal in rows:
        posted = min(end, when + dt.timedelta(days=m.pick((0, 1, 1, 2))))
        c.text(44, y, fmt(when, "%m/%d"), 8)
        c.text(96, y, fmt(posted, "%m/%d"), 8)
        c.text(148, y, text, fit(text, 250, 8))
        if amount:
            c.right(440, y, f"{'-' if amount < 0 else ''}${abs(amount):,.2f}", 8)
        c.right(500, y, f"${fee:.2f}" if fee else "", 8)
        c.right(568, y, f"${bal:,.2f}", 8)
        y += 13
    c.line(40, y, 572, y, 0.4)
    y += 14
    c.text(44, y, "Fee Summary", 9, "F2")
    c.text(44, y + 13, "Total fees this period", 8)
    c.right(300, y + 13, f"${fees:.2f}", 8)
    c.text(44, y + 25, "Total fees year to date", 8)
    c.right(300, y + 25, f"${round(fees * start.month, 2):.2f}", 8)
    _paragraph(
        c,
        40,
        max(y + 50, 680),
        "In case of errors or questions about your card transactions, call Customer Service or "
        "write to us no later than 60 days after the transaction appeared on your statement. "
        "Funds are held at the issuing bank and are eligible for FDIC insurance when the card is "
        "registered. See your Cardholder Agreement for the full fee schedule.",
        532,
        6.8,
        "F1",
    )
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
    return [c], truth


# ---------------------------------------------------------------------------------------------
# W-2s


def w2_fresh8(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """19: a tax program's W-2 input worksheet; 20: a reissued W-2 behind a cover letter."""
    return (*(w2_worksheet if t == 19 else w2_reissued)(m), f"t{t}")


SOFTWARE = ("TaxPro Desktop", "EZ-File Professional", "LedgerTax 1040", "ReturnWorks")


def w2_worksheet(m: Maker) -> Layout:
    """The W-2 input sheet a tax-preparation program prints with the return: the program's
    header line with the client and the tax year, questions answered Yes/No, then the W-2 in
    sections ("Employer information", "Employee information", "Wage and tax information",
    "Box 12", "Box 13", "Box 14", "State and local") with each box's caption on the left,
    dotted leaders and the value at the right, and the preparer's footer."""
    w = make_w2(m)
    c = Canvas()
    client = f"{w.last}, {w.first}".upper()
    c.text(40, 28, f"{m.pick(SOFTWARE)}", 8, "F2")
    c.centre(306, 28, f"{w.year} Federal Worksheet", 8)
    c.right(572, 28, f"Client: {client}", 8)
    c.line(40, 40, 572, 40, 0.8)
    c.centre(306, 50, "Form W-2 Worksheet", 13, "F4")
    c.centre(306, 66, f"Wage and Tax Statement - {m.pick(('Taxpayer', 'Spouse'))}", 9, "F3")
    y = 90.0

    def section(title: str) -> None:
        nonlocal y
        y += 6
        c.shade(40, y, 532, 13, 0.88)
        c.text(44, y + 2.5, title, 8.5, "F2")
        y += 19

    def row(label: str, value: str) -> None:
        nonlocal y
        leaders(c, 50, 566, y, label, value, 8.5)
        y += 13

    section("Questions")
    row("Is this a corrected Form W-2 (W-2c)?", "No")
    row("Was this Form W-2 issued by a household employer?", "No")
    row("Do not transfer this W-2 to next year's return", "[ ]")
    section("Employer Information")
    row("b  Employer identification number (EIN)", w.ein)
    row("c  Employer's name", w.employer)
    row("   Street address", w.er_street)
    row("   City, state and ZIP code", w.er_city)
    row("d  Control number", w.control or "(none)")
    section("Employee Information")
    row("a  Employee's social security number", w.ssn)
    row("e  Employee's first name and initial", w.first_init)
    row("   Last name", w.last)
    row("f  Employee's address", f"{w.ee_street}, {w.ee_city}")
    section("Wage and Tax Information")
    for label, v in (
        ("1  Wages, tips, other compensation", w.wages),
        ("2  Federal income tax withheld", w.fed),
        ("3  Social security wages", w.ss_wages),
        ("4  Social security tax withheld", w.ss_tax),
        ("5  Medicare wages and tips", w.med_wages),
        ("6  Medicare tax withheld", w.med_tax),
        ("7  Social security tips", 0.0),
        ("8  Allocated tips", 0.0),
        ("10 Dependent care benefits", 0.0),
        ("11 Nonqualified plans", 0.0),
    ):
        row(label, f"{v:,.2f}" if v else "")
    section("Box 12 - Codes and Amounts")
    for code, v in w.codes or [("", 0.0)]:
        row(f"12 Code {code}" if code else "12 (no entries)", f"{v:,.2f}" if v else "")
    section("Box 13 and Box 14")
    row("13 Statutory employee", "[ ]")
    row("13 Retirement plan", "[X]" if w.k401 else "[ ]")
    row("13 Third-party sick pay", "[ ]")
    row("14 Other", w.other or "")
    section("State and Local Information")
    row("15 State / Employer's state ID number", f"{w.state}  {w.state_id}")
    row("16 State wages, tips, etc.", f"{w.wages:,.2f}")
    row("17 State income tax", f"{w.state_tax:,.2f}")
    c.line(40, 748, 572, 748, 0.4)
    c.text(40, 752, f"Prepared {fmt(m.date(dt.date(w.year + 1, 1, 20), 80), '%m/%d/%Y')}", 7)
    c.right(572, 752, "Page 1", 7)
    return [c], w2_truth(w)


def w2_reissued(m: Maker) -> Layout:
    """A W-2 reissued to a former employee who asked for a copy: page 1 the payroll
    department's cover letter ("Re: Reissued Form W-2 for tax year ...") to the employee's
    new address; page 2 the form printed by the payroll system for a double-window envelope,
    the employer's address block in the upper window and the employee's in the lower one on
    the left, "REISSUED STATEMENT" in the top margin, the money boxes in two columns on the
    right with the captions in capitals and the amounts left-aligned under them, and the state
    line across the foot."""
    w = make_w2(m)
    asked = m.date(dt.date(w.year + 1, 2, 1), 300)
    sent = asked + dt.timedelta(days=m.r.randint(3, 12))
    name = " ".join(p for p in (w.first, w.middle, w.last) if p)
    letter = Canvas()
    letter.text(60, 44, w.employer, 15, "F4")
    letter.text(60, 64, f"Payroll Department  \xb7  {w.er_street}  \xb7  {w.er_city}", 8, "F3")
    letter.text(60, 110, fmt(sent, "%B %d, %Y"), 10, "F3")
    rows_at(letter, 60, 135, (name, w.ee_street, w.ee_city), 10, "F3", 13)
    letter.text(60, 195, f"Re: Reissued Form W-2 for tax year {w.year}", 10, "F4")
    _paragraph(
        letter,
        60,
        220,
        f"Dear {w.first}: As you requested on {fmt(asked, '%B %d, %Y')}, enclosed is a "
        f"reissued copy of your {w.year} Form W-2, Wage and Tax Statement. The amounts are the "
        "same as those reported to the Social Security Administration; the form is marked "
        "REISSUED STATEMENT as the instructions require. If you have already filed your tax "
        "return you do not need to do anything further. Please keep your mailing address up to "
        "date with Human Resources so that future tax documents reach you.",
        490,
        10,
        "F3",
    )
    letter.text(60, 330, "Sincerely,", 10, "F3")
    letter.text(60, 370, f"{m.pick(FIRST)} {m.pick(LAST)}, Payroll Administrator", 10, "F3")
    letter.text(60, 384, "Enclosure", 9, "F3")
    c = Canvas()
    c.centre(306, 26, "REISSUED STATEMENT", 11, "F2")
    c.text(36, 46, f"{w.year}  W-2  Wage and Tax Statement", 10, "F2")
    c.right(576, 46, "Copy B  To Be Filed With Employee's FEDERAL Tax Return", 7.5, "F2")
    c.right(576, 56, "Copy 2  To Be Filed With Employee's State, City, or Local Return", 7.5)
    d = Frame(c)
    form_cell(d, 36, 70, 270, 20, "b", "EMPLOYER ID NUMBER (EIN)", 5.5)
    d.text(46, 79, w.ein, 9, "F5")
    form_cell(d, 36, 90, 270, 90, "c", "EMPLOYER'S NAME, ADDRESS, AND ZIP CODE", 5.5)
    rows_at(c, 60, 108, (w.employer.upper(), w.er_street.upper(), w.er_city.upper()), 9, "F5", 12)
    form_cell(d, 36, 180, 135, 20, "d", "CONTROL NUMBER", 5.5)
    d.text(46, 189, w.control, 8, "F5")
    form_cell(d, 171, 180, 135, 20, "a", "EMPLOYEE'S SSA NUMBER", 5.5)
    d.text(181, 189, w.ssn, 9, "F5")
    form_cell(d, 36, 200, 270, 110, "e/f", "EMPLOYEE'S NAME, ADDRESS, AND ZIP CODE", 5.5)
    rows_at(
        c,
        60,
        226,
        (f"{w.first_init} {w.last}".upper(), w.ee_street.upper(), w.ee_city.upper()),
        9,
        "F5",
        12,
    )
    boxes = (
        ("1", "WAGES, TIPS, OTHER COMP.", w.wages),
        ("2", "FEDERAL INCOME TAX WITHHELD", w.fed),
        ("3", "SOCIAL SECURITY WAGES", w.ss_wages),
        ("4", "SOCIAL SECURITY TAX WITHHELD", w.ss_tax),
        ("5", "MEDICARE WAGES AND TIPS", w.med_wages),
        ("6", "MEDICARE TAX WITHHELD", w.med_tax),
        ("7", "SOCIAL SECURITY TIPS", 0.0),
        ("8", "ALLOCATED TIPS", 0.0),
        ("10", "DEPENDENT CARE BENEFITS", 0.0),
        ("11", "NONQUALIFIED PLANS", 0.0),
    )
    for i, (num, cap, v) in enumerate(boxes):
        x, top = 306 + 135 * (i % 2), 70 + 30 * (i // 2)
        form_cell(d, x, top, 135, 30, num, cap, 5.5)
        if v:
            d.text(x + 8, top + 15, f"{v:,.2f}", 9, "F5")
    form_cell(d, 306, 220, 135, 90, "12", "SEE INSTRUCTIONS FOR BOX 12", 5.5)
    for i, (code, v) in enumerate(w.codes):
        d.text(312, 236 + 14 * i, f"{code:<3}{v:>11,.2f}", 8, "F5")
    form_cell(d, 441, 220, 135, 45, "13", "STAT EMP   RET PLAN   3RD PARTY SICK", 5.5)
    d.text(480, 242, "X" if w.k401 else "", 9, "F6")
    form_cell(d, 441, 265, 135, 45, "14", "OTHER", 5.5)
    d.text(448, 280, w.other, 7.5, "F5")
    caps = (
        ("15", "STATE  EMPLOYER'S STATE ID", 160, f"{w.state}  {w.state_id}"),
        ("16", "STATE WAGES, TIPS, ETC.", 100, f"{w.wages:,.2f}"),
        ("17", "STATE INCOME TAX", 100, f"{w.state_tax:,.2f}"),
        ("18", "LOCAL WAGES, TIPS, ETC.", 80, ""),
        ("19", "LOCAL INCOME TAX", 50, ""),
        ("20", "LOCALITY", 50, ""),
    )
    x = 36.0
    for num, cap, wd, v in caps:
        form_cell(d, x, 310, wd, 30, num, cap, 5)
        d.text(x + 6, 325, v, 8, "F5")
        x += wd
    c.text(36, 346, "Department of the Treasury - Internal Revenue Service", 6.5)
    c.right(576, 346, "This information is being furnished to the IRS.", 6.5)
    perforation(c, 380)
    _paragraph(
        c,
        36,
        400,
        "Notice to Employee: Do you have to file? Refer to the Instructions for Forms 1040 and "
        "1040-SR to determine if you are required to file a tax return. Even if you do not "
        "have to file a tax return, you may be eligible for a refund if box 2 shows an amount "
        "or if you are eligible for any credit. Corrections: if your name, SSN or address is "
        "incorrect, correct your social security records and ask your employer for Form W-2c.",
        540,
        7,
        "F1",
    )
    return [letter, c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Driver licences


def licence_fresh8(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """19: an older laminated licence typed in Courier; 20: a licence laid out as a grid of
    ruled cells."""
    return (*(licence_laminated if t == 19 else licence_grid)(m), f"t{t}")


def licence_laminated(m: Maker) -> Layout:
    """An older paper licence sealed in a laminate pouch, scanned: the state's seal and
    "OPERATOR'S LICENSE" in a serif face over a tinted band, a Polaroid portrait on the left,
    the data typed in Courier on ruled lines with the captions printed small under each rule
    (LICENSE NUMBER, CLASS, BIRTH DATE, EXPIRES ...), dates as MM-DD-YY, the name typed FIRST
    MIDDLE LAST, the holder's signature and a faint lamination glare band across the card."""
    d = make_licence(m)
    c = Canvas(260, 168)
    c.box(2, 2, 256, 164, 1.0)
    c.shade(150, 4, 18, 160, 0.94)
    c.shade(4, 4, 252, 26, 0.8)
    c.text(40, 7, f"STATE OF {d.state.upper()}", fit(d.state, 150, 10, "F4") + 1, "F4")
    c.text(40, 20, "OPERATOR'S LICENSE", 7, "F4")
    c.box(10, 6, 22, 22, 0.5)
    c.centre(21, 14, "SEAL", 4.5, "F2")
    c.shade(10, 38, 62, 78, 0.7)
    c.shade(14, 42, 54, 60, 0.55)
    c.centre(41, 106, "NOT VALID WITHOUT PHOTO", 3)

    def typed(x: float, top: float, w: float, value: str, cap: str, size: float = 7.5) -> None:
        c.text(x + 1, top, value, size, "F5")
        c.line(x, top + size + 1, x + w, top + size + 1, 0.3)
        c.text(x, top + size + 2.5, cap, 3.6, "F1")

    dash = "%m-%d-%y"
    typed(80, 38, 100, d.number, "LICENSE NUMBER", 8)
    typed(190, 38, 58, d.klass, "CLASS")
    typed(80, 56, 168, " ".join(p for p in (d.first, d.middle, d.last) if p).upper(), "NAME", 7)
    typed(80, 74, 168, d.street.upper(), "ADDRESS", 6.5)
    typed(80, 90, 168, f"{d.city.upper()} {d.abbr} {d.zipcode}", "CITY STATE ZIP", 6.5)
    typed(80, 108, 52, fmt(d.dob, dash), "BIRTH DATE")
    typed(140, 108, 22, d.sex, "SEX")
    typed(168, 108, 34, d.height.replace("'-", "-").replace('"', ""), "HGT")
    typed(208, 108, 40, d.weight.replace(" lb", ""), "WGT")
    typed(80, 126, 52, fmt(d.issued, dash), "ISSUED")
    typed(140, 126, 52, fmt(d.expires, dash), "EXPIRES")
    typed(198, 126, 22, d.eyes, "EYES")
    typed(224, 126, 24, d.hair, "HAIR")
    typed(80, 144, 80, m.pick(("NONE", "CORR LENSES", "DAYLIGHT ONLY")), "RESTRICTIONS", 6)
    typed(166, 144, 82, m.pick(("NONE", "M", "MC")), "ENDORSEMENTS", 6)
    c.text(10, 128, f"{d.first} {d.last}", 8, "F3")
    c.line(10, 138, 72, 138, 0.3)
    c.text(10, 140, "SIGNATURE", 3.6)
    return [c], licence_truth(d)


def licence_grid(m: Maker) -> Layout:
    """A licence whose data sits in a grid of thin ruled cells, each caption in the top-left
    corner of its cell in small capitals ("SURNAME", "GIVEN NAMES", "LICENCE NO.", "DATE OF
    BIRTH", "VALID FROM", "VALID UNTIL", "CLASS", "SEX", "HEIGHT", "EYES"), the surname and the
    given names in cells of their own, dates day-first with the month spelled ("14 MAR 2031"),
    the address in a wide cell, the state's name down a coloured band on the left and a
    portrait and signature on the right."""
    d = make_licence(m)
    c = Canvas(256, 162)
    colour(c, 0.15, 0.3, 0.55)
    c.shade(0, 0, 22, 162, 0.35)
    ink(c, 0.0)
    c.text(28, 5, d.state.upper(), fit(d.state.upper(), 150, 11, "F2"), "F2")
    c.text(28, 18, "DRIVER LICENSE", 6.5, "F2")
    c.right(250, 6, "USA", 7, "F2")
    c.shade(186, 28, 62, 76, 0.85)
    c.centre(217, 64, "PORTRAIT", 4.5)

    def cell(x: float, top: float, w: float, cap: str, value: str, size: float = 7) -> None:
        c.box(x, top, w, 18, 0.35)
        c.text(x + 2, top + 1.5, cap, 3.6, "F2")
        c.text(x + 2, top + 7, value, min(size, fit(value, w - 4, size, "F1")), "F1")

    cell(28, 28, 154, "SURNAME", d.last.upper(), 8)
    cell(28, 46, 154, "GIVEN NAMES", f"{d.first} {d.middle}".strip().upper(), 7.5)
    cell(28, 64, 90, "LICENCE NO.", d.number, 7.5)
    cell(118, 64, 64, "CLASS", d.klass, 7.5)
    cell(28, 82, 77, "DATE OF BIRTH", spelled_upper(d.dob))
    cell(105, 82, 77, "SEX / HEIGHT", f"{d.sex}   {d.height}")
    cell(28, 100, 77, "VALID FROM", spelled_upper(d.issued))
    cell(105, 100, 77, "VALID UNTIL", spelled_upper(d.expires))
    cell(28, 118, 154, "ADDRESS", f"{d.street}, {d.city}, {d.abbr} {d.zipcode}".upper(), 6)
    cell(28, 136, 52, "EYES", d.eyes)
    cell(80, 136, 52, "HAIR", d.hair)
    cell(132, 136, 50, "WEIGHT", d.weight)
    c.text(188, 112, f"{d.first} {d.last}", 7.5, "F3")
    c.line(186, 122, 248, 122, 0.3)
    c.text(188, 128, "RESTR: " + m.pick(("NONE", "B", "B,C")), 5, "F2")
    c.text(188, 136, "END: " + m.pick(("NONE", "M", "")), 5, "F2")
    c.text(188, 146, f"DD {m.digits(10)}", 4, "F5")
    return [c], licence_truth(d)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC


def form_1099_fresh8(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """19: a state agency's 1099 notice with the boxes in a table; 20: a 1099 filled in by hand
    on the official red-ink form."""
    return (*(form_1099_agency if t == 19 else form_1099_handwritten)(m, variant), f"t{t}")


def form_1099_agency(m: Maker, variant: str) -> Layout:
    """A state agency's information notice: for 1099-INT the department of revenue's statement
    of the interest it paid on a delayed income tax refund, for 1099-MISC the comptroller's
    statement of payments made to a vendor; the state seal and agency at the top left, a
    notice number and date box at the right, the recipient's address, a short explanation,
    then a table with the box number, the description and the amount (blank boxes left out),
    the payer's and recipient's TINs in a line, and the agency's contact details."""
    f = make_1099(m, variant)
    state = f.p_city.split(", ")[1][:2]
    if variant == "INT":
        agency = f"Department of Revenue, State of {state}"
        purpose = (
            f"This notice reports the interest paid to you in {f.year} on your state income "
            "tax refund, which was issued after the date by which the law requires refunds to "
            "be paid. The interest is taxable income on your federal return."
        )
    else:
        agency = f"Office of the State Comptroller ({state})"
        purpose = (
            f"This notice reports the payments made to you by agencies of the State during "
            f"{f.year} that must be reported to the Internal Revenue Service on Form 1099-MISC. "
            "Payments for goods and for services billed by corporations are not included."
        )
    f = replace(f, payer=agency)
    issued = dt.date(int(f.year) + 1, 1, m.r.randint(15, 31))
    c = Canvas()
    c.box(40, 34, 46, 46, 0.8)
    c.centre(63, 48, "STATE", 6, "F2")
    c.centre(63, 58, "SEAL", 6, "F2")
    c.text(96, 36, agency, fit(agency, 270, 13, "F4"), "F4")
    c.text(96, 54, f.p_street, 8.5, "F3")
    c.text(96, 65, f"{f.p_city}   Telephone {f.p_phone}", 8.5, "F3")
    c.box(392, 34, 180, 60, 0.6)
    c.text(398, 38, f"FORM 1099-{variant}  TAX YEAR {f.year}", 8.5, "F2")
    notice = f"L{m.digits(10)}"
    c.text(398, 54, "Notice number", 7.5)
    c.right(566, 54, notice, 8)
    c.text(398, 66, "Notice date", 7.5)
    c.right(566, 66, fmt(issued, "%m/%d/%Y"), 8)
    if f.account:
        c.text(398, 78, "Account ID", 7.5)
        c.right(566, 78, f.account, 8)
    rows_at(c, 72, 120, (f.recipient.upper(), f.r_street.upper(), f.r_city.upper()), 10, "F5", 13)
    c.text(40, 190, f"Form 1099-{variant}: {f.title}", 12, "F4")
    y = _paragraph(c, 40, 210, purpose, 532, 9.5, "F3")
    y += 10
    c.text(40, y, "Payer (State of " + state + ") TIN", 8, "F2")
    c.text(170, y, f.payer_tin, 9)
    c.text(300, y, "Recipient's TIN", 8, "F2")
    c.text(390, y, f.recipient_tin, 9)
    y += 22
    c.shade(40, y, 532, 15, 0.85)
    c.text(46, y + 3.5, "Box", 8.5, "F2")
    c.text(90, y + 3.5, "Description", 8.5, "F2")
    c.right(566, y + 3.5, "Amount", 8.5, "F2")
    y += 21
    for num, label, key in f.boxes:
        if key in f.values:
            c.text(50, y, num, 9)
            c.text(90, y, label, 9)
            c.right(566, y, f"${f.values[key]:,.2f}", 9)
            c.line(40, y + 12, 572, y + 12, 0.3)
            y += 17
    if variant == "INT":
        c.text(90, y, "State tax withheld", 9)
        c.right(566, y, "$0.00", 9)
        y += 17
    y += 16
    _paragraph(
        c,
        40,
        y,
        "This information is being furnished to the Internal Revenue Service. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on "
        "you if this income is taxable and the IRS determines that it has not been reported. "
        "Questions about this notice: call the number above and have the notice number ready.",
        532,
        8,
        "F3",
    )
    return [c], tax_1099_truth(f, zeros_printed=False)


def form_1099_handwritten(m: Maker, variant: str) -> Layout:
    """A 1099 filled in by hand (a landlord, a small business, a family trust) on the official
    red-ink scannable form: the grid, captions and box numbers printed in red, the entries
    written in a hand (a slanted serif face, in blue-black) a little off the baselines of their
    boxes, amounts with or without cents and a dollar sign, blank boxes left blank, "Copy B For
    Recipient" at the right, and the VOID and CORRECTED boxes unticked."""
    f = make_1099(m, variant)
    c = Canvas(612, 396)
    colour(c, 0.8, 0.1, 0.15)
    stroke(c, 0.8, 0.1, 0.15)
    d = Frame(c, 20, 16, 1.0)
    d.text(8, 0, "VOID", 6)
    d.text(40, 0, "CORRECTED", 6)
    d.box(2, 1, 5, 5, 0.5)
    d.box(33, 1, 5, 5, 0.5)
    form_cell(
        d,
        0,
        10,
        250,
        78,
        "",
        "PAYER'S name, street address, city or town, state or "
        "province, country, ZIP or foreign postal code, and telephone no.",
        5,
    )
    form_cell(d, 0, 88, 125, 30, "", "PAYER'S TIN", 5)
    form_cell(d, 125, 88, 125, 30, "", "RECIPIENT'S TIN", 5)
    form_cell(d, 0, 118, 250, 30, "", "RECIPIENT'S name", 5)
    form_cell(
        d,
        0,
        148,
        250,
        40,
        "",
        "Street address (including apt. no.) / City or town, "
        "state or province, country, and ZIP or foreign postal code",
        5,
    )
    form_cell(d, 0, 188, 250, 26, "", "Account number (see instructions)", 5)
    boxes = list(f.boxes)
    pos = {}
    for i, (num, label, key) in enumerate(boxes):
        x, top = 250 + 110 * (i % 2), 10 + 34 * (i // 2)
        form_cell(d, x, top, 110, 34, num, label, 5)
        pos[key] = (x, top)
    d.text(478, 12, f"OMB No. {f.omb}", 5.5)
    d.text(478, 24, f"Form 1099-{variant}", 8, "F2")
    d.text(478, 34, f"(Rev. {f.revision})", 5)
    d.text(478, 44, f"For calendar year {f.year}", 5.5)
    d.text(478, 64, f.title, 8, "F2")
    d.text(478, 150, "Copy B", 9, "F2")
    d.text(478, 160, "For Recipient", 6.5, "F2")
    d.text(0, 222, f"Form 1099-{variant} (Rev. {f.revision})   (keep for your records)", 5.5)
    d.text(250, 222, "www.irs.gov/Form1099" + variant, 5.5)
    d.text(360, 222, "Department of the Treasury - Internal Revenue Service", 5.5)
    colour(c, 0.1, 0.12, 0.35)
    jig = [m.r.uniform(-2.0, 2.5) for _ in range(20)]
    hand = "F3"
    rows_at(d, 10 + jig[0], 30 + jig[1], (f.payer, f.p_street, f.p_city, f.p_phone), 9, hand, 11)
    d.text(8 + jig[2], 102 + jig[3], f.payer_tin, 9.5, hand)
    d.text(133 + jig[4], 102 + jig[5], f.recipient_tin, 9.5, hand)
    d.text(10 + jig[6], 130 + jig[7], f.recipient, 10, hand)
    d.text(10 + jig[8], 160 + jig[9], f.r_street, 9, hand)
    d.text(10 + jig[10], 172 + jig[11], f.r_city, 9, hand)
    d.text(10 + jig[12], 200 + jig[13], f.account, 9, hand)
    dollar = m.chance(0.5)
    for i, (key, v) in enumerate(f.values.items()):
        x, top = pos[key]
        s = f"{'$' if dollar else ''}{v:,.2f}"
        d.text(x + 30 + jig[14 + i % 6], top + 17 + jig[(15 + i) % 20], s, 10.5, hand)
    ink(c, 0.0)
    return [c], tax_1099_truth(f, zeros_printed=False)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh8(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """19: a customer refund check in the middle of a tri-fold letter; 20: a certified personal
    check with its endorsed back."""
    return (*(check_refund if t == 19 else check_certified)(m), f"t{t}")


REFUND_REASONS = (
    "the credit balance left on your account after it was closed",
    "an overpayment of your final bill",
    "the return of your security deposit with interest",
    "a premium refund after your policy was cancelled",
)


def check_refund(m: Maker) -> Layout:
    """A company's refund check printed in the middle third of a letter-size sheet that is
    folded in three: the top third a short letter (the customer's account number, the reason
    for the refund), the middle third the check between perforations (the company as drawer
    with its bank and the fraction, the check number and date in boxes at the top right, "PAY"
    with the amount in words in capitals between asterisks, "TO THE ORDER OF" with the
    customer's name and address for the window envelope, the amount in a protected box, "VOID
    AFTER 180 DAYS", two signature lines and the MICR line) and the bottom third the customer's
    record of the refund."""
    q = make_cheque(m, business=True)
    first, _, last = m.person()
    payee = f"{first} {last}"
    street, city = m.address()
    q = replace(q, payee=payee, amount=m.amount(8, 950), memo="")
    cents = round(q.amount * 100) % 100
    spelled = f"{words(int(q.amount))} Dollars and {cents:02d} Cents".upper()
    account = m.digits(m.pick((8, 10, 12)))
    reason = m.pick(REFUND_REASONS)
    c = Canvas()
    c.text(40, 36, q.drawer, 14, "F2")
    c.text(40, 54, f"{q.street}, {q.city}", 8)
    c.right(572, 36, "REFUND NOTICE", 10, "F2")
    c.right(572, 50, f"Account number {account}", 8.5)
    _paragraph(
        c,
        40,
        84,
        f"Dear {first}: enclosed below is a refund of {money_text(q.amount)} for {reason}. "
        "Please detach the check at the perforation and deposit or cash it within 180 days. If "
        "you have questions, call Customer Care at the number on your bill.",
        532,
        9,
        "F1",
    )
    perforation(c, 258)
    top = 268
    c.text(40, top + 6, q.drawer.upper(), 9, "F2")
    c.text(40, top + 18, q.street, 7)
    c.text(40, top + 27, q.city, 7)
    c.centre(300, top + 6, q.bank, 8, "F2")
    c.centre(300, top + 16, q.bank_city, 6.5)
    c.centre(300, top + 25, f"{q.routing[:2]}-{q.routing[2:6]}/{q.routing[6:8]}{q.routing[8]}", 6)
    for x, cap, v in ((430, "CHECK NO.", q.number), (500, "DATE", fmt(q.date, "%m/%d/%Y"))):
        c.box(x, top + 4, 70 if x == 430 else 72, 26, 0.5)
        c.text(x + 3, top + 6, cap, 5.5, "F2")
        c.text(x + 6, top + 15, v, 9, "F5")
    c.text(40, top + 48, "PAY", 8, "F2")
    c.text(62, top + 48, f"*** {spelled} ***", fit(f"*** {spelled} ***", 360, 8.5, "F5"), "F5")
    c.box(440, top + 42, 132, 20, 1.0)
    c.right(566, top + 46, f"$***{q.amount:,.2f}", 11, "F6")
    c.text(40, top + 74, "TO THE", 6.5, "F2")
    c.text(40, top + 81, "ORDER OF", 6.5, "F2")
    rows_at(c, 84, top + 74, (payee.upper(), street.upper(), city.upper()), 9, "F5", 11)
    c.text(440, top + 70, "VOID AFTER 180 DAYS", 6.5, "F2")
    c.line(380, top + 104, 572, top + 104, 0.4)
    c.line(380, top + 126, 572, top + 126, 0.4)
    c.text(470, top + 96, f"{m.pick(FIRST)[0]}. {m.pick(LAST)}", 9, "F3")
    c.text(380, top + 128, "AUTHORIZED SIGNATURE", 5.5)
    c.text(90, top + 150, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    perforation(c, 528)
    c.text(40, 548, "KEEP THIS PORTION FOR YOUR RECORDS", 8, "F2")
    heads = (("Account", account), ("Check no.", q.number), ("Date", fmt(q.date, "%m/%d/%Y")))
    heads += (("Refund amount", f"${q.amount:,.2f}"),)
    for i, (cap, v) in enumerate(heads):
        c.text(40 + 130 * i, 566, cap, 7.5, "F2")
        c.text(40 + 130 * i, 578, v, 8.5)
    c.text(40, 600, f"Reason: {reason[0].upper()}{reason[1:]}.", 8)
    return [c], cheque_truth(q, spelled)


def money_text(v: float) -> str:
    return f"${v:,.2f}"


def check_certified(m: Maker) -> Layout:
    """A personal check the bank has certified, front and back: the holder's name and address
    printed, everything else written by hand (date as March 7, 2024, payee, figures, words,
    memo, signature); across the front the bank's rectangular CERTIFIED stamp in violet with
    its date, the teller's initials and "Payment guaranteed"; on page 2 the back with the
    payee's endorsement "For deposit only" in the endorsement area and the depositary bank's
    stamp."""
    q = make_cheque(m, business=False)
    cents = round(q.amount * 100) % 100
    spelled = f"{words(int(q.amount))} and {cents:02d}/100"
    c = Canvas(440, 200)
    c.box(4, 4, 432, 192, 0.8)
    rows_at(c, 14, 12, (q.drawer.upper(), q.street.upper(), q.city.upper()), 7, "F1", 9)
    c.right(426, 12, q.number, 10, "F2")
    c.right(426, 24, f"{q.routing[:2]}-{q.routing[2:6]}/{q.routing[6:8]}{q.routing[8]}", 5.5)
    c.text(286, 46, "Date", 7)
    hand = f"{q.date:%B} {q.date.day}, {q.date.year}"
    c.text(310, 38, hand, 11, "F3")
    c.line(306, 52, 426, 52, 0.4)
    c.text(14, 70, "Pay to the", 6.5)
    c.text(14, 77, "Order of", 6.5)
    c.text(62, 66, q.payee, 12, "F3")
    c.line(56, 82, 340, 82, 0.4)
    c.text(346, 70, "$", 10, "F2")
    c.box(356, 64, 70, 18, 0.5)
    c.text(362, 67, f"{q.amount:,.2f}", 11, "F3")
    c.text(20, 92, spelled, fit(spelled, 330, 11.5, "F3"), "F3")
    c.line(14, 108, 380, 108, 0.4)
    c.text(384, 102, "Dollars", 7)
    c.centre(220, 118, q.bank, 7.5, "F2")
    c.text(14, 146, "Memo", 6.5)
    c.text(44, 138, q.memo, 10, "F3")
    c.line(40, 152, 200, 152, 0.4)
    c.text(260, 134, q.drawer, 13, "F3")
    c.line(250, 152, 426, 152, 0.4)
    c.text(30, 172, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    stamped = q.date + dt.timedelta(days=m.r.randint(0, 3))
    colour(c, 0.45, 0.2, 0.6)
    stroke(c, 0.45, 0.2, 0.6)
    c.box(150, 124, 104, 40, 1.2)
    c.centre(202, 127, "CERTIFIED", 9, "F2")
    c.centre(202, 138, q.bank.upper(), fit(q.bank.upper(), 98, 5, "F2"), "F2")
    c.centre(
        202,
        146,
        f"{fmt(stamped, '%b %d %Y').upper()}  BY {m.pick(FIRST)[:1]}{m.pick(LAST)[:1]}",
        5.5,
    )
    c.centre(202, 154, "PAYMENT GUARANTEED", 5, "F2")
    ink(c, 0.0)
    stroke(c, 0, 0, 0)
    back = Canvas(440, 200)
    back.box(4, 4, 432, 192, 0.8)
    back.text(300, 14, "ENDORSE HERE", 6, "F2")
    back.line(300, 36, 426, 36, 0.3)
    back.line(300, 52, 426, 52, 0.3)
    back.line(300, 68, 426, 68, 0.3)
    back.text(306, 26, "For deposit only", 10, "F3")
    back.text(306, 42, q.payee, 10, "F3")
    back.text(306, 58, f"Acct ...{m.digits(4)}", 9, "F3")
    back.text(300, 74, "DO NOT WRITE, STAMP, OR SIGN BELOW THIS LINE", 4.5, "F2")
    back.text(300, 80, "RESERVED FOR FINANCIAL INSTITUTION USE", 4.5)
    colour(back, 0.2, 0.3, 0.6)
    back.text(40, 110, f"PAY TO THE ORDER OF ANY BANK {m.routing()}", 6, "F5")
    back.text(
        40,
        118,
        f"{m.pick(BANKS).upper()}  {fmt(stamped + dt.timedelta(days=1), '%m/%d/%y')}",
        6,
        "F5",
    )
    back.text(40, 126, "PRIOR ENDORSEMENTS GUARANTEED", 6, "F5")
    ink(back, 0.0)
    return [c, back], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh8(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """19: a restaurant check paid by splitting the bill; 20: a taxi meter receipt."""
    return (*(receipt_split if t == 19 else receipt_taxi)(m), f"t{t}")


MENU = (
    ("Calamari Fritti", 11.0, 16.0),
    ("Caesar Salad", 9.0, 14.0),
    ("Burrata", 13.0, 18.0),
    ("Ribeye 14oz", 36.0, 52.0),
    ("Salmon Piccata", 24.0, 32.0),
    ("Rigatoni Bolognese", 19.0, 26.0),
    ("Chicken Parm", 21.0, 28.0),
    ("House Red Gl", 9.0, 14.0),
    ("IPA Draft", 6.0, 9.0),
    ("Sparkling Water", 4.0, 7.0),
    ("Tiramisu", 8.0, 12.0),
    ("Espresso", 3.5, 5.0),
)
RESTAURANTS = ("TRATTORIA", "BRASSERIE", "CHOPHOUSE", "TAVERN", "OSTERIA", "BISTRO")


def receipt_split(m: Maker) -> Layout:
    """A sit-down restaurant's guest check printed after the bill was split: the restaurant and
    phone, server, table, guests and check number, the items with quantities, the subtotal, the
    sales tax and the total, then "SPLIT CHECK" with each payment's share (1 of 2, 2 of 2) by
    card or cash with its tip, the total of the tips and the amount paid."""
    name = f"{m.pick(LAST).upper()}'S {m.pick(RESTAURANTS)}"
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(11, 22), m.r.randint(0, 59)))
    check = str(m.r.randint(1000, 99999))
    tape = Tape(226, 8, "F5", "F6")
    tape.centre(name, 11, "F6")
    tape.centre(street.upper(), 7)
    tape.centre(city.upper(), 7)
    tape.centre(f"TEL {phone}", 7)
    tape.gap(4)
    tape.row(f"SERVER: {m.pick(FIRST).upper()}", f"TABLE {m.r.randint(1, 60)}", size=7.5)
    tape.row(f"GUESTS: {m.r.randint(2, 6)}", f"CHK {check}", size=7.5)
    tape.row(fmt(when.date(), "%m/%d/%Y"), f"{when:%I:%M %p}", size=7.5)
    tape.rule()
    lines = []
    for item, lo, hi in m.r.sample(MENU, m.r.randint(3, 8)):
        qty = m.pick((1, 1, 2))
        price = round(m.amount(lo, hi) * 2) / 2
        tape.row(f"{qty} {item}", f"{qty * price:.2f}")
        lines.append(qty * price)
    subtotal = round(sum(lines), 2)
    tax = round(subtotal * m.pick((0.07, 0.08, 0.0875, 0.1025)), 2)
    total = round(subtotal + tax, 2)
    tape.rule()
    tape.row("SUBTOTAL", f"{subtotal:.2f}")
    tape.row("TAX", f"{tax:.2f}")
    tape.row("TOTAL", f"{total:.2f}", bold=True, size=9.5)
    tape.gap(4)
    tape.centre("--- SPLIT CHECK ---", 8, "F6")
    half = round(total / 2, 2)
    shares = (half, round(total - half, 2))
    tips = []
    cards = []
    for i, share in enumerate(shares):
        tip = round(share * m.pick((0.15, 0.18, 0.2, 0.22)), 2)
        tips.append(tip)
        cash = i == 1 and m.chance(0.3)
        tape.row(f"PAYMENT {i + 1} OF 2", f"{share:.2f}", size=7.5)
        if cash:
            tape.row("  CASH", f"{share + tip:.2f}", size=7.5)
        else:
            last4 = m.digits(4)
            cards.append(last4)
            brand = m.pick(("VISA", "MC", "AMEX", "DISC"))
            tape.row(f"  {brand} XXXXXXXXXXXX{last4}", size=7.5)
            tape.row(f"  AUTH {m.digits(6)}", size=7.5)
        tape.row("  TIP", f"{tip:.2f}", size=7.5)
    tip_total = round(sum(tips), 2)
    tape.rule()
    tape.row("TOTAL TIPS", f"{tip_total:.2f}")
    tape.row("AMOUNT PAID", f"{total + tip_total:.2f}", bold=True)
    tape.gap(6)
    tape.centre("THANK YOU - GRAZIE!", 7.5)
    tape.centre("GRATUITY NOT INCLUDED", 6.5)
    truth: Truth = {
        "merchant_name": name,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": check,
        "tip": tip_total,
    }
    # two cards pay a split check: there is no one card to score, so card digits are scored
    # only when a single card was used.
    if len(cards) == 1:
        truth["card_last_four_digits"] = cards[0]
    return [tape.page()], truth


TAXI_CO = ("Yellow Cab Co.", "Checker Taxi", "Metro Cab", "City Taxi Assn.", "Airport Express Cab")


def receipt_taxi(m: Maker) -> Layout:
    """The narrow slip a taxi's meter printer issues: the cab company and its phone, the
    medallion (or cab) number and the driver's hack licence, the trip number, the date and the
    start and end times, the distance, then the fare, the extras, the tolls, a state tax and
    surcharge, the tip, the total, the card or cash, and the complaint line of the city's taxi
    commission. There is no subtotal on it, so none is scored."""
    company = m.pick(TAXI_CO)
    phone = m.phone()
    day = m.date()
    start = dt.datetime.combine(day, dt.time(m.r.randint(0, 22), m.r.randint(0, 59)))
    minutes = m.r.randint(6, 55)
    end = start + dt.timedelta(minutes=minutes)
    miles = round(minutes * m.r.uniform(0.25, 0.6), 2)
    fare = round(3.0 + miles * 2.5 + minutes * 0.5, 2)
    extras = float(m.pick((0, 0, 0.5, 1.0, 2.5)))
    tolls = float(m.pick((0, 0, 6.94, 13.38)))
    tax = 0.5
    surcharge = float(m.pick((0.3, 1.0)))
    card = m.chance(0.7)
    tip = round(fare * m.pick((0.15, 0.2, 0.25)), 2) if card else 0.0
    total = round(fare + extras + tolls + tax + surcharge + tip, 2)
    trip = m.digits(m.pick((4, 6)))
    tape = Tape(170, 7, "F5", "F6")
    tape.centre(company.upper(), 8.5, "F6")
    tape.centre(phone, 6.5)
    tape.rule()
    tape.row("MEDALLION", f"{m.r.randint(1, 9)}{m.pick('ABCDEFGHJ')}{m.r.randint(10, 99)}")
    tape.row("HACK #", m.digits(7))
    tape.row("TRIP #", trip)
    tape.row("DATE", fmt(day, "%m/%d/%Y"))
    tape.row("START", f"{start:%H:%M}")
    tape.row("END", f"{end:%H:%M}")
    tape.row("MILES", f"{miles:.2f}")
    tape.rule()
    tape.row("FARE", f"${fare:.2f}")
    if extras:
        tape.row("EXTRAS", f"${extras:.2f}")
    if tolls:
        tape.row("TOLLS", f"${tolls:.2f}")
    tape.row("STATE TAX", f"${tax:.2f}")
    tape.row("IMPRV SURCHG", f"${surcharge:.2f}")
    if tip:
        tape.row("TIP", f"${tip:.2f}")
    tape.row("TOTAL", f"${total:.2f}", bold=True, size=8.5)
    tape.rule()
    last4 = m.digits(4)
    if card:
        tape.row(f"{m.pick(('VISA', 'MC', 'AMEX'))} ****{last4}")
        tape.row("APPROVED", m.digits(6))
    else:
        tape.row("PAID CASH")
    tape.gap(4)
    tape.centre("FOR LOST PROPERTY OR", 6)
    tape.centre("COMPLAINTS CALL 311", 6)
    tape.centre("THANK YOU", 6.5)
    truth: Truth = {
        "merchant_name": company,
        "merchant_phone": phone,
        "transaction_date": day.isoformat(),
        "tax": tax,
        "total": total,
        "receipt_number": trip,
    }
    if tip:
        truth["tip"] = tip
    if card:
        truth["card_last_four_digits"] = last4
    return [tape.page()], truth
