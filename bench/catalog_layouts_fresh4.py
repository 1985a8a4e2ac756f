"""The "fresh4" held-out layouts (templates 11 and 12) of the catalog kinds, for
bench/catalog_documents.py.

A fifth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh4` is an
honest test set: a freight carrier's invoice whose shipment table runs onto a second page and a
SaaS subscription invoice with a usage table; a Canadian pay statement (CPP, EI, provincial tax)
and a gig platform's weekly earnings summary; a credit-union member statement with share and
loan sub-accounts and a Canadian business chequing statement; a 3-up W-2 sheet in small type
with two state rows and a household employer's handwritten W-2; a REAL ID licence with the
portrait on the right and a state identification card; a browser print-out of an online
tax-documents page and a 1099 dot-matrix printed on a pin-fed continuous form; an insurance
claim check with its amount in a protected box and an e-check printed from an e-mail; a
fast-food receipt and an online order's printable receipt.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from bench.catalog_documents import (
    BANKS,
    CITIES,
    COMPANY_A,
    COMPANY_B,
    FIRST,
    STREETS,
    SUMMARY_LABELS,
    Canvas,
    Maker,
    Truth,
    _paragraph,
    fmt,
    money,
    text_width,
)
from bench.catalog_layouts_fresh import (
    INSTRUCTIONS,
    INT_GRID,
    MISC_GRID,
    NO_INCOME_TAX,
    W2,
    Flow,
    Frame,
    Layout,
    Tape,
    barcode,
    cheque_truth,
    form_cell,
    in_words,
    label_lines,
    licence_truth,
    long_date,
    make_1099,
    make_cheque,
    make_licence,
    make_statement,
    make_w2,
    perforation,
    statement_truth,
    tax_1099_truth,
    w2_truth,
    wrap,
)
from bench.catalog_layouts_fresh2 import dashes_down, month_end
from bench.catalog_layouts_fresh3 import fit, ink, split

# ---------------------------------------------------------------------------------------------
# Drawing and value helpers


def colour(c: Canvas, r: float, g: float, b: float) -> None:
    """Set the colour of the text and the rules that follow (a form's red ink, a pen)."""
    c.ops.append(b"%.2f %.2f %.2f rg %.2f %.2f %.2f RG" % (r, g, b, r, g, b))


def black(c: Canvas) -> None:
    c.ops.append(b"0 g 0 G")


def star(c: Canvas, x: float, top: float, r: float) -> None:
    """A filled five-pointed star centred on (x, top): the REAL ID mark."""
    y = c.height - top
    points = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.42
        op = b"m" if i == 0 else b"l"
        points.append(b"%.2f %.2f %s" % (x + rr * math.cos(a), y + rr * math.sin(a), op))
    c.ops.append(b"q 0.86 0.66 0.12 rg %s h f Q" % b" ".join(points))


def ring(c: Canvas, x: float, top: float, r: float, lw: float = 0.5) -> None:
    """A circle (a tractor-feed hole) centred on (x, top)."""
    y, k = c.height - top, 0.5523 * r
    curve = (
        (x + r, y + k, x + k, y + r, x, y + r),
        (x - k, y + r, x - r, y + k, x - r, y),
        (x - r, y - k, x - k, y - r, x, y - r),
        (x + k, y - r, x + r, y - k, x + r, y),
    )
    path = b" ".join(b"%.2f %.2f %.2f %.2f %.2f %.2f c" % p for p in curve)
    c.ops.append(b"%.2f w %.2f %.2f m %s S" % (lw, x + r, y, path))


def hex_id(m: Maker, n: int) -> str:
    return "".join(m.pick("0123456789ABCDEF") for _ in range(n))


# Canadian cities, their province and the first letter of their postal codes.
CA_CITIES = (
    ("Toronto", "ON", "M"),
    ("Ottawa", "ON", "K"),
    ("Mississauga", "ON", "L"),
    ("Hamilton", "ON", "L"),
    ("London", "ON", "N"),
    ("Vancouver", "BC", "V"),
    ("Kelowna", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Edmonton", "AB", "T"),
    ("Winnipeg", "MB", "R"),
    ("Regina", "SK", "S"),
    ("Halifax", "NS", "B"),
)
PROVINCES = {
    "ON": "Ontario",
    "BC": "British Columbia",
    "AB": "Alberta",
    "MB": "Manitoba",
    "SK": "Saskatchewan",
    "NS": "Nova Scotia",
}
CA_STREET_KINDS = ("Street", "Avenue", "Road", "Drive", "Crescent", "Boulevard", "Way")


def ca_address(m: Maker) -> tuple[str, str, str]:
    """(street line, "City PR  A1B 2C3", province) as Canada Post writes them."""
    city, prov, letter = m.pick(CA_CITIES)
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    code = f"{letter}{m.r.randint(0, 9)}{m.pick(letters)} {m.r.randint(0, 9)}"
    code += f"{m.pick(letters)}{m.r.randint(0, 9)}"
    street = f"{m.r.randint(10, 9899)} {m.pick(STREETS)} {m.pick(CA_STREET_KINDS)}"
    if m.chance(0.25):
        street = f"{m.r.randint(2, 40)}-{street}"
    return street, f"{city} {prov}  {code}", prov


def ca_phone(m: Maker) -> str:
    return f"1 {m.pick(('800', '866', '888'))} {m.r.randint(200, 999)}-{m.digits(4)}"


# ---------------------------------------------------------------------------------------------
# Invoices

CARRIER_KINDS = ("Freight Lines", "Transport", "Logistics", "Express", "Trucking")
ACCESSORIALS = (("LG", 75.0), ("RES", 95.0), ("APPT", 35.0), ("IW", 45.0), ("LTD", 120.0))


def invoice_fresh4(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """11: a freight carrier's invoice whose shipment table continues onto a second page;
    12: a SaaS subscription invoice with a usage table."""
    return (*(invoice_freight if t == 11 else invoice_saas)(m), f"t{t}")


def invoice_freight(m: Maker) -> Layout:
    """A less-than-truckload carrier's invoice for a month of shipments: the carrier's name
    with its USDOT and MC numbers, a bill-to and a remit-to block, the invoice facts in a ruled
    box, then one row per shipment (PRO number, bill of lading, origin and destination, pieces,
    weight, line haul, fuel surcharge, accessorials) in small type that runs over the first
    page, the heading repeated on the next one, and the charges summed at the end."""
    vendor = f"{m.pick(COMPANY_A)} {m.pick(CARRIER_KINDS)}"
    vendor += m.pick((", Inc.", " LLC", " Co.", ""))
    receiver = m.company()
    v_street, v_city = m.address()
    r_street, r_city = m.address()
    number = m.pick((f"F{m.digits(7)}", f"{m.digits(3)}-{m.digits(6)}", m.digits(8)))
    issued = m.date()
    terms = m.pick((15, 30, 30, 45))
    due = issued + dt.timedelta(days=terms)
    day = m.pick(("%m/%d/%Y", "%m/%d/%y", "%d-%b-%Y"))
    customer = f"{m.pick('ABCDEFGHJK')}{m.digits(6)}"
    po = m.pick((f"PO{m.digits(6)}", m.digits(7), f"{m.digits(4)}-{m.digits(3)}"))
    po = po if m.chance(0.5) else ""
    fsc_rate = m.pick((0.215, 0.248, 0.285, 0.312, 0.336))
    rows = []  # (ship date, PRO, BOL, origin, destination, pieces, weight, haul, fsc, acc)
    for _ in range(m.r.randint(52, 84)):  # more than the first page holds
        shipped = issued - dt.timedelta(days=m.r.randint(2, 34))
        origin, o_abbr = m.pick(CITIES)[:2]
        dest, d_abbr = m.pick([x for x in CITIES if x[0] != origin])[:2]
        weight = m.r.randint(120, 9800)
        haul = round(max(85.0, weight * m.r.uniform(0.06, 0.19)), 2)
        fsc = round(haul * fsc_rate, 2)
        acc = sum(v for code, v in ACCESSORIALS if m.chance(0.08))
        rows.append(
            (
                shipped,
                m.digits(m.pick((9, 10))),
                m.pick((f"BOL {m.digits(7)}", m.digits(8), f"{m.pick('SR')}{m.digits(6)}")),
                f"{origin}, {o_abbr}",
                f"{dest}, {d_abbr}",
                m.r.randint(1, 24),
                weight,
                haul,
                fsc,
                float(acc),
            )
        )
    rows.sort(key=lambda r: (r[0], r[1]))
    haul_total = round(sum(r[7] for r in rows), 2)
    fsc_total = round(sum(r[8] for r in rows), 2)
    acc_total = round(sum(r[9] for r in rows), 2)
    subtotal = round(haul_total + fsc_total + acc_total, 2)
    credit = m.amount(40, 600) if m.chance(0.25) else 0.0
    total = round(subtotal - credit, 2)
    phone = m.phone()
    initials = "".join(w[0] for w in vendor.split()[:2]).upper()
    cols = (  # (x, heading, right-aligned)
        (32, "Ship Date", False),
        (68, "PRO No.", False),
        (112, "BOL / Ref", False),
        (160, "Origin", False),
        (236, "Destination", False),
        (330, "Pcs", True),
        (370, "Weight", True),
        (422, "Line Haul", True),
        (468, "FSC", True),
        (514, "Accessorial", True),
        (580, "Charges", True),
    )

    def heads(c: Canvas, top: float) -> float:
        c.shade(28, top, 556, 14, 0.82)
        for x, label, right in cols:
            (c.right if right else c.text)(x, top + 4, label, 6.8, "F2")
        return top + 20

    def head(c: Canvas, first: bool) -> float:
        if not first:
            c.text(30, 30, vendor, 10, "F2")
            c.right(582, 30, f"Invoice No. {number}  (continued)", 8.5, "F2")
            c.right(582, 42, f"Customer No. {customer}", 7.5)
            c.line(28, 56, 584, 56, 0.8)
            return heads(c, 66)
        c.shade(30, 28, 46, 46, 0.2)
        ink(c, 1.0)
        c.centre(53, 42, initials, 17, "F2")
        ink(c, 0.0)
        c.text(86, 28, vendor, fit(vendor, 270, 15, "F2"), "F2")
        c.text(86, 47, f"{v_street}  \xb7  {v_city}", 7.5)
        c.text(86, 57, f"USDOT {m.digits(7)}   MC-{m.digits(6)}   Tel {phone}", 7.5)
        c.right(582, 28, "FREIGHT INVOICE", 15, "F2")
        c.right(582, 46, "Original", 7)
        facts = [
            ("Invoice No.", number),
            ("Invoice Date", fmt(issued, day)),
            ("Customer No.", customer),
            ("Terms", f"Net {terms}"),
            ("Due Date", fmt(due, day)),
        ]
        if po:
            facts.insert(3, ("Customer PO", po))
        c.box(392, 62, 190, 12 * len(facts) + 8, 0.6)
        for i, (label, value) in enumerate(facts):
            c.text(398, 67 + 12 * i, label, 7.5, "F2")
            c.right(576, 67 + 12 * i, value, 8)
        c.text(30, 92, "BILL TO", 7, "F2")
        for i, s in enumerate((receiver, "Attn: Accounts Payable", r_street, r_city)):
            c.text(30, 103 + 11 * i, s, 8.5, "F2" if i == 0 else "F1")
        c.text(210, 92, "REMIT TO", 7, "F2")
        lockbox = (vendor, f"P.O. Box {m.r.randint(1000, 99999)}", m.address()[1])
        for i, s in enumerate(lockbox):
            c.text(210, 103 + 11 * i, s, 8.5)
        top = max(62 + 12 * len(facts) + 8, 150) + 12
        c.text(30, top, "SHIPMENT DETAIL", 9, "F2")
        c.text(140, top + 1, "Charges in U.S. dollars. Weights in pounds.", 6.5)
        c.right(582, top + 1, f"Fuel surcharge {fsc_rate * 100:.1f}% of line haul", 6.5)
        return heads(c, top + 14)

    flow = Flow(head, bottom=720)
    for shipped, pro, bol, origin, dest, pieces, weight, haul, fsc, acc in rows:
        flow.room(11)
        c, y = flow.c, flow.y
        cells = (
            fmt(shipped, "%m/%d/%y"),
            pro,
            bol,
            origin,
            dest,
            str(pieces),
            f"{weight:,}",
            f"{haul:,.2f}",
            f"{fsc:,.2f}",
            f"{acc:,.2f}" if acc else "",
            f"{haul + fsc + acc:,.2f}",
        )
        for (x, _, right), cell in zip(cols, cells, strict=True):
            (c.right if right else c.text)(x, y, cell, 6.8)
        flow.y += 11
    for page in flow.pages[:-1]:
        page.centre(306, 728, "*** Continued on next page ***", 7.5, "F2")
    flow.room(150)
    c, y = flow.c, flow.y + 4
    c.line(28, y, 584, y, 0.6)
    c.text(32, y + 6, f"Shipments: {len(rows)}", 7.5, "F2")
    c.text(130, y + 6, f"Total pieces: {sum(r[5] for r in rows)}", 7.5)
    c.text(236, y + 6, f"Total weight: {sum(r[6] for r in rows):,} lbs", 7.5)
    summary = [
        ("Line Haul Charges", haul_total),
        ("Fuel Surcharge", fsc_total),
        ("Accessorial Charges", acc_total),
        ("Subtotal", subtotal),
    ]
    if credit:
        summary.append((f"Less Credit Memo CM-{m.digits(5)}", -credit))
    summary.append(("TOTAL AMOUNT DUE", total))
    y += 24
    for i, (label, value) in enumerate(summary):
        bold = "F2" if label.startswith(("TOTAL", "Subtotal")) else "F1"
        if label.startswith("TOTAL"):
            c.shade(380, y + 14 * i - 3, 204, 15, 0.88)
        c.text(388, y + 14 * i, label, 8, bold)
        shown = f"({money(-value)})" if value < 0 else money(value, "$" if bold == "F2" else "")
        c.right(580, y + 14 * i, shown, 8.5, bold)
    legend = "Accessorial codes: " + ", ".join(
        f"{code} = {name}"
        for code, name in (
            ("LG", "liftgate"),
            ("RES", "residential delivery"),
            ("APPT", "appointment"),
            ("IW", "inside delivery"),
            ("LTD", "limited access"),
        )
    )
    _paragraph(c, 30, y, legend, 330, 6.5, "F1")
    fine = (
        "Freight charges are due within the terms shown. Claims for loss or damage must be filed "
        "in writing within nine months of delivery. Past-due balances are subject to a service "
        f"charge of 1.5% per month. Questions about this invoice: {phone}."
    )
    _paragraph(c, 30, y + 30, fine, 330, 6.5, "F1")
    flow.number_pages(582, 748)
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": receiver,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return flow.pages, truth


SAAS_KINDS = ("Cloud", "Analytics", "Software", "Labs", "Systems", "Data")
PLANS = ("Team", "Business", "Growth", "Pro", "Scale")
# (metric, unit in the invoice line, units per billed unit, included, rate per billed unit)
METRICS = (
    ("API requests", "per 1,000 requests", 1000, 100_000, 0.40),
    ("Storage", "per GB-month", 1, 50, 0.023),
    ("Compute", "per vCPU-hour", 1, 100, 0.085),
    ("Data transfer out", "per GB", 1, 100, 0.09),
    ("Monthly active users", "per user", 1, 1000, 0.05),
)
US_TAX = (("Washington", 0.101), ("Texas", 0.0825), ("New York", 0.08875), ("Ohio", 0.0725))


def invoice_saas(m: Maker) -> Layout:
    """A software-as-a-service invoice as subscription billing platforms print it: "Invoice"
    top left and the vendor's name top right, three label/value pairs, the vendor, bill-to and
    amount-due lines, a line table with the service period under each description (the seat
    plan, prorated seats, metered overage with four-decimal unit prices), subtotal, tax and
    total, then the usage summary behind the metered lines and the payment instructions."""
    vendor = f"{m.pick(COMPANY_A)} {m.pick(SAAS_KINDS)}, Inc."
    domain = vendor.split()[0].lower()
    v_street, v_city = m.address()
    receiver = m.company()
    r_street, r_city = m.address()
    contact = f"{m.pick(FIRST)} {m.person()[2]}"
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    number = f"{''.join(m.pick(letters) for _ in range(8))}-{m.r.randint(1, 60):04d}"
    issued = m.date()
    start = issued.replace(day=1)
    end = month_end(start)
    autopay = m.chance(0.55)
    due = issued if autopay else issued + dt.timedelta(days=m.pick((15, 30)))
    plan = m.pick(PLANS)
    seats = m.r.randint(3, 60)
    price = float(m.pick((8, 12, 15, 20, 25, 29, 49)))
    lines = []  # (description, period, quantity, unit price text, amount)

    def period(a: dt.date, b: dt.date) -> str:
        return f"{a:%b} {a.day} \u2013 {b:%b} {b.day}, {b.year}"

    lines.append((f"{plan} plan (monthly) \u00d7 seat", period(start, end), seats, price))
    if m.chance(0.35):
        joined = start + dt.timedelta(days=m.r.randint(3, 20))
        extra = m.r.randint(1, 5)
        share = round(price * ((end - joined).days + 1) / ((end - start).days + 1), 2)
        lines.append(
            (
                f"Additional seats, prorated from {joined:%b} {joined.day}",
                period(joined, end),
                extra,
                share,
            )
        )
    usage = []  # (metric, included, used, billable units, rate, charge)
    for metric, unit, per, included, rate in m.r.sample(METRICS, m.r.randint(2, 3)):
        used = m.r.randint(int(included * 0.6), int(included * 9))
        billable = max(0, math.ceil((used - included) / per))
        charge = round(billable * rate, 2)
        usage.append((metric, unit, per, included, used, billable, rate, charge))
    rows = [
        (desc, when, qty, f"${unit_price:,.2f}", round(qty * unit_price, 2))
        for desc, when, qty, unit_price in lines
    ]
    for metric, unit, _per, _inc, _used, billable, rate, charge in usage:
        if billable:
            rows.append(
                (f"{metric} overage ({unit})", period(start, end), billable, f"${rate:.4f}", charge)
            )
    subtotal = round(sum(r[4] for r in rows), 2)
    taxed = m.chance(0.6)
    state, rate = m.pick(US_TAX)
    tax = round(subtotal * rate, 2) if taxed else 0.0
    total = round(subtotal + tax, 2)
    credit = min(total, m.amount(10, 200)) if m.chance(0.2) else 0.0
    amount_due = round(total - credit, 2)
    c = Canvas()
    c.text(48, 44, "Invoice", 22, "F2")
    c.right(564, 46, vendor, 12, "F2")
    facts = (("Invoice number", number), ("Date of issue", long_date(issued)))
    facts += (("Date due", long_date(due)),)
    for i, (label, value) in enumerate(facts):
        c.text(48, 86 + 13 * i, label, 8.5, "F2")
        c.text(150, 86 + 13 * i, value, 8.5)
    blocks = (
        (48, (vendor, v_street, v_city, f"billing@{domain}.example")),
        (230, ("Bill to", receiver, contact, r_street, r_city)),
    )
    for x, block in blocks:
        for i, s in enumerate(block):
            c.text(x, 140 + 12 * i, s, 8.5, "F2" if i == 0 else "F1")
    c.text(48, 214, f"{money(amount_due, '$')} due {long_date(due)}", 15, "F2")
    if autopay:
        c.text(
            48, 236, "This invoice will be charged to the card on file. No action is needed.", 8.5
        )
    else:
        c.text(48, 236, f"Pay online: https://pay.{domain}.example/i/{number.lower()}", 8.5)
    top = 272.0
    c.line(48, top + 12, 564, top + 12, 0.6)
    c.text(48, top, "Description", 7.5)
    for label, x in (("Qty", 400), ("Unit price", 476), ("Amount", 564)):
        c.right(x, top, label, 7.5)
    y = top + 22
    for desc, when, qty, unit, amount in rows:
        c.text(48, y, desc, fit(desc, 320, 8.5), "F1")
        c.text(48, y + 11, when, 7)
        c.right(400, y, f"{qty:,}", 8.5)
        c.right(476, y, unit, 8.5)
        c.right(564, y, money(amount, "$"), 8.5)
        y += 28
    c.line(300, y - 4, 564, y - 4, 0.4)
    totals = [("Subtotal", money(subtotal, "$"))]
    if taxed:
        totals.append(
            (
                f"Sales tax \u2013 {state} ({rate * 100:g}% on {money(subtotal, '$')})",
                money(tax, "$"),
            )
        )
    totals.append(("Total", money(total, "$")))
    if credit:
        totals.append(("Applied balance", f"-{money(credit, '$')}"))
    totals.append(("Amount due", money(amount_due, "$")))
    for i, (label, value) in enumerate(totals):
        bold = "F2" if label == "Amount due" else "F1"
        c.text(300, y + 4 + 15 * i, label, fit(label, 180, 8.5, bold), bold)
        c.right(564, y + 4 + 15 * i, value, 8.5, bold)
        c.line(300, y + 15 * (i + 1), 564, y + 15 * (i + 1), 0.2)
    y += 15 * len(totals) + 30
    c.text(48, y, f"Usage summary, {period(start, end)}", 10, "F2")
    heads = (("Metric", 52), ("Included", 250), ("Used", 320), ("Billable units", 400))
    c.shade(48, y + 14, 516, 14, 0.92)
    for label, x in (*heads, ("Rate", 412), ("Charge", 560)):
        (c.text if x < 100 or label == "Rate" else c.right)(x, y + 18, label, 7.5, "F2")
    y += 34
    for metric, unit, _per, included, used, billable, rate, charge in usage:
        c.text(52, y, metric, 8)
        c.right(250, y, f"{included:,}", 8)
        c.right(320, y, f"{used:,}", 8)
        c.right(400, y, f"{billable:,}", 8)
        c.text(412, y, f"${rate:.4f} {unit}", 7)
        c.right(560, y, money(charge, "$"), 8)
        y += 13
    y += 16
    if autopay:
        pay = f"Paid automatically with Visa ending in {m.digits(4)} on {long_date(due)}."
    else:
        pay = (
            f"Pay by ACH or wire to {m.pick(BANKS)}, routing {m.routing()}, account "
            f"{m.digits(10)}, quoting invoice {number}."
        )
    y = _paragraph(c, 48, y, pay, 516, 8, "F1")
    _paragraph(
        c,
        48,
        y + 6,
        f"Questions? Contact billing@{domain}.example. Usage is measured in UTC and rounded up to "
        "the next billable unit. Prices exclude taxes unless stated.",
        516,
        7,
        "F1",
    )
    c.line(48, 742, 564, 742, 0.3)
    c.text(48, 748, f"{number} \u00b7 {money(amount_due, '$')} due {long_date(due)}", 7)
    c.right(564, 748, "Page 1 of 1", 7)
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": receiver,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips

# (frequency, days in a period, periods in a year, regular hours)
CA_FREQUENCIES = (
    ("Weekly", 7, 52, (37.5, 40.0)),
    ("Bi-weekly", 14, 26, (75.0, 80.0)),
    ("Semi-monthly", 15, 24, (81.25, 86.67)),
)
EI_RATES = {2023: 0.0163, 2024: 0.0166, 2025: 0.0164}
CA_POSITIONS = (
    "Warehouse Associate",
    "Customer Service Representative",
    "Registered Practical Nurse",
    "Service Technician",
    "Project Coordinator",
    "Line Cook",
)
CA_BANKS = (
    "Dominion Maple Bank",
    "Great Lakes Trust Company",
    "Prairie Dominion Bank",
    "Laurentian Harbour Bank",
    "Northern Shield Bank of Canada",
)


def payslip_fresh4(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """11: a Canadian pay statement; 12: a gig platform's weekly earnings summary."""
    return (*(payslip_canada if t == 11 else payslip_gig)(m), f"t{t}")


def payslip_canada(m: Maker) -> Layout:
    """A Canadian employer's pay statement: the CRA payroll account under the company, English
    and French headings on the three summary boxes (gross, deductions, net with year-to-date
    figures), hours and rates with vacation pay at 4%, statutory deductions (CPP, EI, federal
    and provincial income tax) beside the voluntary ones, the employer's CPP and EI
    contributions (not deducted), a vacation bank and the deposit line."""
    company = f"{m.pick(COMPANY_A)} {m.pick(COMPANY_B)} {m.pick(('Inc.', 'Ltd.', 'Corp.', 'ULC'))}"
    c_street, c_city, prov = ca_address(m)
    first, middle, last = m.person()
    e_street, e_city, _ = ca_address(m)
    emp_no = m.pick((m.digits(5), f"{m.pick('CEHMT')}{m.digits(6)}", m.digits(8)))
    freq, days, n, hour_choices = m.pick(CA_FREQUENCIES)
    if freq == "Semi-monthly":
        d = m.date(dt.date(2023, 1, 1), 700)
        start = d.replace(day=1 if d.day <= 15 else 16)
        end = start.replace(day=15) if start.day == 1 else month_end(start)
    else:
        start = m.date(dt.date(2023, 1, 2), 700)
        end = start + dt.timedelta(days=days - 1)
    paid = end + dt.timedelta(days=m.pick((0, 3, 5, 6)))
    periods = max(1, (paid - dt.date(paid.year, 1, 1)).days // days + 1)

    def ytd(current: float) -> float:
        return round(current * periods * m.r.uniform(0.93, 1.0), 2) if periods > 1 else current

    rate = m.amount(17.5, 58)
    hours = m.pick(hour_choices)
    earnings: list[tuple[str, str, str, float]] = [
        ("Regular Pay", f"{hours:.2f}", f"{rate:.2f}", round(hours * rate, 2))
    ]
    if m.chance(0.35):
        ot = m.pick((2.0, 4.0, 6.5, 8.0))
        earnings.append(
            ("Overtime 1.5x", f"{ot:.2f}", f"{rate * 1.5:.2f}", round(ot * rate * 1.5, 2))
        )
    if m.chance(0.25):
        stat = m.pick((7.5, 8.0))
        earnings.append(
            ("Statutory Holiday Pay", f"{stat:.2f}", f"{rate:.2f}", round(stat * rate, 2))
        )
    if m.chance(0.5):
        earnings.append(("Vacation Pay 4%", "", "", round(0.04 * sum(e[3] for e in earnings), 2)))
    gross = round(sum(e[3] for e in earnings), 2)
    province = PROVINCES[prov]
    cpp = round(max(0.0, gross - 3500 / n) * 0.0595, 2)
    ei = round(gross * EI_RATES.get(paid.year, 0.0166), 2)
    statutory = [
        ("CPP Contributions", cpp),
        ("EI Premiums", ei),
        ("Federal Income Tax", round(gross * m.r.uniform(0.075, 0.13), 2)),
        (f"{province} Income Tax", round(gross * m.r.uniform(0.035, 0.065), 2)),
    ]
    voluntary = []
    if m.chance(0.4):
        voluntary.append(("Group RRSP", round(gross * m.pick((0.02, 0.03, 0.05)), 2)))
    if m.chance(0.55):
        voluntary.append(("Group Benefits", m.amount(9, 65)))
    if m.chance(0.25):
        voluntary.append(("Union Dues", m.amount(12, 48)))
    if m.chance(0.15):
        voluntary.append(("Social Committee", 2.0))
    earned = [(*e, ytd(e[3])) for e in earnings]
    stat_rows = [(name, cur, ytd(cur)) for name, cur in statutory]
    vol_rows = [(name, cur, ytd(cur)) for name, cur in voluntary]
    ytd_gross = round(sum(e[4] for e in earned), 2)
    taken = round(sum(r[1] for r in stat_rows + vol_rows), 2)
    ytd_taken = round(sum(r[2] for r in stat_rows + vol_rows), 2)
    net, ytd_net = round(gross - taken, 2), round(ytd_gross - ytd_taken, 2)
    day = m.pick(("%Y-%m-%d", "%b %d, %Y", "%d %b %Y"))
    full = " ".join(p for p in (first, middle, last) if p)
    c = Canvas()
    c.text(40, 34, company, fit(company, 330, 15, "F2"), "F2")
    c.text(40, 54, c_street, 8)
    c.text(40, 64, c_city, 8)
    c.text(40, 76, f"Payroll account no. {m.digits(9)} RP 0001", 7)
    c.right(572, 34, "PAY STATEMENT", 14, "F2")
    c.right(572, 52, "Relev\xe9 de paie", 8)
    c.line(40, 90, 572, 90, 1.0)
    left = (
        ("Employee", full),
        ("Employee ID", emp_no),
        ("Position", m.pick(CA_POSITIONS)),
        ("Address", e_street),
        ("", e_city),
    )
    right = (
        ("Pay Period", f"{fmt(start, day)} to {fmt(end, day)}"),
        ("Pay Date", fmt(paid, day)),
        ("Pay Frequency", freq),
        ("Province of Employment", prov),
        ("SIN", f"***-***-{m.digits(3)}"),
    )
    for i, ((l1, v1), (l2, v2)) in enumerate(zip(left, right, strict=True)):
        c.text(40, 100 + 13 * i, l1, 8, "F2")
        c.text(120, 100 + 13 * i, v1, 8.5)
        c.text(320, 100 + 13 * i, l2, 8, "F2")
        c.text(430, 100 + 13 * i, v2, 8.5)
    boxes = (
        ("GROSS PAY / SALAIRE BRUT", gross, ytd_gross),
        ("DEDUCTIONS / RETENUES", taken, ytd_taken),
        ("NET PAY / SALAIRE NET", net, ytd_net),
    )
    for i, (label, cur, year) in enumerate(boxes):
        x = 40 + 180 * i
        c.box(x, 176, 172, 54, 0.8)
        c.shade(x + 0.5, 176.5, 171, 13, 0.85)
        c.text(x + 6, 179, label, 7, "F2")
        c.right(x + 166, 195, money(cur, "$"), 14, "F2")
        c.text(x + 6, 216, "Year to date", 7)
        c.right(x + 166, 216, money(year), 7.5)
    y = 248.0
    c.shade(40, y, 532, 14, 0.85)
    for label, x in (("EARNINGS", 44), ("Hours", 330), ("Rate", 400), ("Current", 480)):
        (c.text if x < 100 else c.right)(x, y + 4, label, 7.5, "F2")
    c.right(568, y + 4, "Year to Date", 7.5, "F2")
    y += 20
    for name, hrs, r, cur, year in earned:
        c.text(44, y, name, 8)
        c.right(330, y, hrs, 8)
        c.right(400, y, r, 8)
        c.right(480, y, money(cur), 8)
        c.right(568, y, money(year), 8)
        y += 12
    c.line(400, y - 2, 572, y - 2, 0.4)
    c.text(44, y + 1, "Total Earnings", 8, "F2")
    c.right(480, y + 1, money(gross), 8, "F2")
    c.right(568, y + 1, money(ytd_gross), 8, "F2")
    y += 24
    groups = ((40, "STATUTORY DEDUCTIONS", stat_rows), (312, "OTHER DEDUCTIONS", vol_rows))
    bottom = y
    for x, title, rows in groups:
        c.shade(x, y, 260, 14, 0.85)
        c.text(x + 4, y + 4, title, 7.5, "F2")
        c.right(x + 190, y + 4, "Current", 7.5, "F2")
        c.right(x + 256, y + 4, "YTD", 7.5, "F2")
        yy = y + 20
        for name, cur, year in rows or [("None", 0.0, 0.0)]:
            c.text(x + 4, yy, name, 8)
            c.right(x + 190, yy, money(cur), 8)
            c.right(x + 256, yy, money(year), 8)
            yy += 12
        bottom = max(bottom, yy)
    c.line(40, bottom, 572, bottom, 0.4)
    c.text(44, bottom + 4, "Total Deductions", 8, "F2")
    c.right(502, bottom + 4, money(taken), 8, "F2")
    c.right(568, bottom + 4, money(ytd_taken), 8, "F2")
    y = bottom + 30
    c.box(40, y, 260, 58, 0.5)
    c.text(46, y + 4, "EMPLOYER CONTRIBUTIONS (not deducted from pay)", 6.5, "F2")
    employer = (("CPP - Employer", cpp), ("EI - Employer (1.4x)", round(ei * 1.4, 2)))
    for i, (name, cur) in enumerate(employer):
        c.text(46, y + 18 + 12 * i, name, 8)
        c.right(230, y + 18 + 12 * i, money(cur), 8)
        c.right(294, y + 18 + 12 * i, money(ytd(cur)), 8)
    c.box(312, y, 260, 58, 0.5)
    c.text(318, y + 4, "VACATION (HOURS)", 6.5, "F2")
    accrued = round(m.r.uniform(0, 80), 2)
    taken_h = m.pick((0.0, 0.0, 7.5, 8.0, 16.0))
    for i, (label, value) in enumerate(
        (("Opening", accrued), ("Earned", round(hours * 0.04, 2)), ("Used", taken_h))
    ):
        c.text(318 + 85 * i, y + 18, label, 7)
        c.text(318 + 85 * i, y + 28, f"{value:.2f}", 8.5)
    balance = round(accrued + hours * 0.04 - taken_h, 2)
    c.text(318, y + 44, f"Balance {balance:.2f} h", 8, "F2")
    y += 78
    c.box(40, y, 532, 30, 0.8)
    c.text(46, y + 5, "NET PAY DEPOSITED / D\xc9P\xd4T DU SALAIRE NET", 7, "F2")
    c.text(46, y + 17, f"{m.pick(CA_BANKS)}  Transit {m.digits(5)}  Account ****{m.digits(4)}", 8)
    c.right(566, y + 12, money(net, "$"), 11, "F2")
    c.centre(
        306,
        744,
        "Please keep this statement for your records. Your T4 slip will be issued by the end "
        "of February.",
        6.5,
    )
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": emp_no,
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": taken,
    }
    return [c], truth


# (platform, what it calls the worker, what a job is, the job pay line)
GIG_PLATFORMS = (
    ("Ryde", "Driver", "Trips", "Fares"),
    ("Courio", "Courier", "Deliveries", "Base pay"),
    ("ZipCart", "Shopper", "Batches", "Batch pay"),
    ("GoFetch", "Courier", "Deliveries", "Delivery pay"),
)


def payslip_gig(m: Maker) -> Layout:
    """A gig platform's weekly earnings summary for an independent contractor: a dark band
    with the platform's name, the week (Monday to Sunday) and the payout date, the earnings as
    a ledger (job pay, peak pay, promotions, tips, adjustments) then the fees, the net payout
    in a box, a week-at-a-glance column, the daily breakdown and the year-to-date earnings;
    nothing is withheld."""
    platform, worker, jobs, pay_line = m.pick(GIG_PLATFORMS)
    first, _, last = m.person()
    street, city = m.address()
    worker_id = m.pick((hex_id(m, 8), m.digits(9), f"{worker[0]}-{m.digits(7)}"))
    start = m.date(dt.date(2023, 1, 2), 700)
    start -= dt.timedelta(days=start.weekday())
    end = start + dt.timedelta(days=6)
    paid = end + dt.timedelta(days=m.pick((1, 2, 3)))
    daily = []  # (date, jobs, online minutes, job pay, tips)
    active = sorted(m.r.sample(range(7), m.r.randint(2, 7)))
    for k in range(7):
        if k not in active:
            daily.append((start + dt.timedelta(days=k), 0, 0, 0.0, 0.0))
            continue
        count = m.r.randint(2, 16)
        base = round(sum(m.r.uniform(3.5, 14.0) for _ in range(count)), 2)
        tips = round(base * m.r.uniform(0.08, 0.4), 2)
        minutes = count * m.r.randint(18, 42) + m.r.randint(10, 90)
        daily.append((start + dt.timedelta(days=k), count, minutes, base, tips))
    base = round(sum(d[3] for d in daily), 2)
    tips = round(sum(d[4] for d in daily), 2)
    earnings = [(pay_line, base)]
    if m.chance(0.5):
        earnings.append(("Peak pay", m.amount(3, 60)))
    if m.chance(0.4):
        earnings.append(("Promotions (weekly challenge)", float(m.pick((25, 40, 50, 75)))))
    earnings.append(("Customer tips", tips))
    if m.chance(0.2):
        earnings.append(("Adjustments", m.amount(2, 18)))
    gross = round(sum(e[1] for e in earnings), 2)
    fees = []
    if worker == "Driver":
        fees.append(("Service fee", round(base * m.pick((0.2, 0.25)), 2)))
    fees.append(("Express payout fee", float(m.pick((0.5, 0.99, 1.99)))))
    if m.chance(0.2) and base > 150:
        fees.append(("Equipment (insulated bag)", m.amount(8, 20)))
    taken = round(sum(f[1] for f in fees), 2)
    net = round(gross - taken, 2)
    weeks = max(1, (end - dt.date(end.year, 1, 1)).days // 7 + 1)
    ytd_gross = max(gross, round(gross * weeks * m.r.uniform(0.55, 1.05), 2))
    account = m.digits(4)
    c = Canvas()
    c.shade(0, 0, 612, 66, 0.16)
    ink(c, 1.0)
    c.text(40, 20, platform, 22, "F2")
    c.right(572, 22, "Weekly Earnings Statement", 11)
    c.right(572, 38, f"{worker} account", 8)
    ink(c, 0.0)
    c.text(40, 86, f"{first} {last}", 12, "F2")
    c.text(40, 102, f"{worker} ID: {worker_id}", 8.5)
    c.text(40, 114, street, 8.5)
    c.text(40, 125, city, 8.5)
    # the year once at the end, unless the week runs into the next one
    year = f", {start.year}" if start.year != end.year else ""
    week = f"{start:%a} {start:%b} {start.day}{year} \u2013 {end:%a} {end:%b} {end.day}, {end.year}"
    facts = (
        ("Week", week),
        ("Payout date", f"{paid:%b} {paid.day}, {paid.year}"),
        ("Paid to", f"Bank account \u2022\u2022\u2022\u2022{account}"),
    )
    for i, (label, value) in enumerate(facts):
        c.text(330, 86 + 14 * i, label, 8, "F2")
        c.right(572, 86 + 14 * i, value, 8.5)
    y = 160.0
    c.text(40, y, "Earnings", 11, "F2")
    y += 18
    for label, value in earnings:
        c.text(52, y, label, 9)
        c.right(380, y, money(value, "$"), 9)
        y += 14
    c.line(40, y - 2, 384, y - 2, 0.5)
    c.text(40, y + 2, "Total earnings", 9.5, "F2")
    c.right(380, y + 2, money(gross, "$"), 9.5, "F2")
    y += 28
    c.text(40, y, "Fees", 11, "F2")
    y += 18
    for label, value in fees:
        c.text(52, y, label, 9)
        c.right(380, y, f"-{money(value, '$')}", 9)
        y += 14
    c.line(40, y - 2, 384, y - 2, 0.5)
    c.text(40, y + 2, "Total fees", 9.5, "F2")
    c.right(380, y + 2, money(taken, "$"), 9.5, "F2")
    y += 24
    c.box(40, y, 344, 30, 1.2)
    c.text(50, y + 9, "Net payout", 12, "F2")
    c.right(374, y + 8, money(net, "$"), 14, "F2")
    online = sum(d[2] for d in daily)
    glance = (
        (jobs, str(sum(d[1] for d in daily))),
        ("Online time", f"{online // 60}h {online % 60:02d}m"),
        ("Active time", f"{int(online * 0.7) // 60}h {int(online * 0.7) % 60:02d}m"),
        ("Miles driven", f"{online * m.r.uniform(0.12, 0.3):.1f}"),
        ("Acceptance rate", f"{m.r.randint(55, 99)}%"),
        ("Customer rating", f"{m.r.uniform(4.6, 5.0):.2f}"),
    )
    c.shade(410, 160, 162, 20, 0.9)
    c.text(418, 166, "This week at a glance", 8.5, "F2")
    for i, (label, value) in enumerate(glance):
        c.text(418, 188 + 16 * i, label, 8)
        c.right(566, 188 + 16 * i, value, 9, "F2")
    c.box(410, 160, 162, 126, 0.5)
    y += 60
    c.text(40, y, "Daily breakdown", 11, "F2")
    y += 16
    c.shade(40, y, 532, 14, 0.9)
    for label, x in (("Day", 44), (jobs, 200), ("Online", 280), (pay_line, 380), ("Tips", 470)):
        (c.text if x < 100 else c.right)(x, y + 4, label, 7.5, "F2")
    c.right(568, y + 4, "Day total", 7.5, "F2")
    y += 20
    for when, count, minutes, job_pay, tip in daily:
        c.text(44, y, f"{when:%A} {when:%b} {when.day}", 8)
        c.right(200, y, str(count) if count else "\u2013", 8)
        c.right(280, y, f"{minutes // 60}:{minutes % 60:02d}" if minutes else "\u2013", 8)
        c.right(380, y, money(job_pay) if count else "\u2013", 8)
        c.right(470, y, money(tip) if count else "\u2013", 8)
        c.right(568, y, money(round(job_pay + tip, 2)) if count else "\u2013", 8)
        y += 13
    c.line(40, y, 572, y, 0.4)
    c.text(44, y + 4, "Week total", 8, "F2")
    c.right(380, y + 4, money(base), 8, "F2")
    c.right(470, y + 4, money(tips), 8, "F2")
    c.right(568, y + 4, money(round(base + tips, 2)), 8, "F2")
    y += 34
    c.box(40, y, 532, 34, 0.5)
    c.text(48, y + 6, f"Year to date ({end.year})", 8, "F2")
    c.text(48, y + 19, "Total earnings", 8.5)
    c.right(300, y + 18, money(ytd_gross, "$"), 10, "F2")
    c.text(330, y + 19, f"{jobs} completed", 8.5)
    c.right(564, y + 18, f"{sum(d[1] for d in daily) * weeks:,}", 10, "F2")
    fine = (
        f"You are an independent contractor. {platform} does not withhold income tax, Social "
        "Security or Medicare from your earnings; you may need to make estimated tax payments. "
        "Tips are passed on in full. Your annual tax forms will be available in the app by "
        "January 31."
    )
    _paragraph(c, 40, y + 52, fine, 532, 7, "F1")
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": worker_id,
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

CU_NAMES = (
    "{} Federal Credit Union",
    "{} Community Credit Union",
    "{} Teachers Credit Union",
    "{} Employees Credit Union",
)
CU_CHECKING = ("Share Draft Checking", "Free Checking", "Dividend Checking", "Share Draft")
CU_CLUBS = ("Holiday Club", "Vacation Club", "Christmas Club")
CU_LOANS = ("New Auto Loan", "Used Auto Loan", "Personal Loan", "Recreational Vehicle Loan")
CU_NEWS = (
    "Auto loans as low as 5.49% APR* - refinance with us and skip your first payment.",
    "Our branches will be closed Monday for the holiday. Online banking is always open.",
    "Have you named a beneficiary? Ask us about payable-on-death accounts.",
)


def bank_statement_fresh4(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """11: a credit-union member statement with share and loan sub-accounts; 12: a Canadian
    business chequing statement."""
    layout = statement_credit_union if t == 11 else statement_canada
    return (*layout(m, SUMMARY_LABELS[t]), f"t{t}")


def statement_credit_union(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A credit union's combined member statement: the member number for the account number,
    a summary of every sub-account by suffix (savings, checking, a club account, a loan), then
    one section per sub-account. The checking sub-account carries the statement's activity
    summary (the truth's account type, opening and closing balances), its transactions and its
    cleared checks; the savings sections list their few entries with a running balance and
    the dividend rate, the loan its payment split into principal and interest."""
    s = make_statement(m)
    cu = m.pick(CU_NAMES).format(m.pick(COMPANY_A))
    checking = m.pick(CU_CHECKING)
    member = m.digits(m.pick((6, 7, 8)))
    s = replace(s, bank=cu, acct_type=checking, account=member)
    period = f"{fmt(s.start, '%m/%d/%Y')} - {fmt(s.end, '%m/%d/%Y')}"
    days = (s.end - s.start).days + 1
    # savings: the checking account's transfers to savings land here, a dividend on the last day
    apy = m.pick((0.05, 0.1, 0.15, 0.25))
    savings = m.amount(25, 9000)
    sav_open, sav_rows = savings, []
    for x in s.txns:
        if x.desc.startswith("Online Transfer To Sav"):
            savings = round(savings + x.amount, 2)
            sav_rows.append((x.day, f"Transfer From {checking}", x.amount, savings))
    dividend = max(0.01, round(savings * apy / 100 * days / 365, 2))
    savings = round(savings + dividend, 2)
    sav_rows.append((s.end, f"Dividend {apy:.2f}% APY", dividend, savings))
    subs = [("S00", "Primary Share Savings", sav_open, savings)]
    club = None
    if m.chance(0.45):
        name, amount = m.pick(CU_CLUBS), float(m.pick((10, 20, 25, 50)))
        bal = m.amount(40, 1500)
        rows = []
        opened = bal
        for d in (s.start + dt.timedelta(days=0), s.start + dt.timedelta(days=14)):
            bal = round(bal + amount, 2)
            rows.append((d, "Payroll Deduction", amount, bal))
        club_div = max(0.01, round(bal * 0.0005 * days / 365, 2))
        bal = round(bal + club_div, 2)
        rows.append((s.end, "Dividend 0.05% APY", club_div, bal))
        club = (name, rows)
        subs.append((f"S{m.r.randint(10, 19)}", name, opened, bal))
    chk_suffix = f"S{m.r.randint(70, 89)}"
    subs.insert(1, (chk_suffix, checking, s.opening, s.closing))
    loan = None
    if m.chance(0.7):
        kind = m.pick(CU_LOANS)
        apr = m.pick((4.49, 5.99, 6.49, 7.25, 8.99, 11.9))
        before = m.amount(2500, 32000)
        payment = m.amount(150, 650)
        interest = round(before * apr / 100 * 30 / 365, 2)
        principal = round(payment - interest, 2)
        after = round(before - principal, 2)
        paid_on = s.start + dt.timedelta(days=m.r.randint(0, days - 1))
        loan = (kind, apr, before, payment, interest, principal, after, paid_on)
        subs.append((f"L{m.r.randint(50, 80)}", kind, before, after))
    credits = s.total("deposit")
    debits = s.total("card", "electronic", "check", "fee")

    def head(c: Canvas, first: bool) -> float:
        c.text(40, 30, cu, fit(cu, 320, 15, "F4"), "F4")
        c.text(40, 48, "Federally insured by NCUA", 7)
        c.right(572, 30, "MEMBER STATEMENT", 11, "F2")
        c.right(572, 44, f"Statement Period {period}", 8)
        c.line(40, 60, 572, 60, 0.8)
        if not first:
            c.text(40, 66, f"{s.holder}  \xb7  Member Number {member}", 8)
            return 88.0
        for i, line in enumerate((s.holder, s.street, s.city)):
            c.text(60, 84 + 12 * i, line, 9.5)
        c.box(352, 72, 220, 52, 0.5)
        facts = (
            ("Member Number", member),
            ("Statement Date", fmt(s.end, "%m/%d/%Y")),
            ("Questions? Call", m.phone()),
        )
        for i, (label, value) in enumerate(facts):
            c.text(358, 78 + 14 * i, label, 7.5)
            c.right(566, 78 + 14 * i, value, 8.5, "F2" if i == 0 else "F1")
        c.shade(40, 136, 532, 26, 0.93)
        c.text(46, 140, "MEMBER NEWS", 6.5, "F2")
        c.text(46, 150, m.pick(CU_NEWS), 7.5)
        c.text(40, 176, "SUMMARY OF ACCOUNTS", 9.5, "F2")
        top = 192.0
        c.shade(40, top, 532, 13, 0.85)
        for label, x in (("Suffix", 44), ("Account", 90), ("Beginning", 400), ("Ending", 490)):
            (c.text if x < 100 else c.right)(x, top + 3, label, 7.5, "F2")
        c.right(568, top + 3, "Div./Int. YTD", 7.5, "F2")
        for i, (suffix, name, begin, final) in enumerate(subs):
            y = top + 18 + 12 * i
            c.text(44, y, suffix, 8)
            c.text(90, y, name, 8)
            c.right(400, y, money(begin), 8)
            c.right(490, y, money(final), 8)
            c.right(568, y, money(round(m.r.uniform(0.5, 30), 2)) if suffix[0] == "S" else "", 8)
        return top + 18 + 12 * len(subs) + 22

    flow = Flow(head, bottom=724)

    def band(title: str, more: bool = False) -> None:
        c = flow.c
        c.shade(40, flow.y, 532, 15, 0.3)
        ink(c, 1.0)
        c.text(46, flow.y + 4, title + ("  (continued)" if more else ""), 8.5, "F2")
        ink(c, 0.0)
        flow.y += 22

    def columns() -> None:
        c = flow.c
        for label, x in (("Date", 44), ("Transaction Description", 90)):
            c.text(x, flow.y, label, 7.5, "F2")
        for label, x in (("Withdrawals", 420), ("Deposits", 494), ("Balance", 568)):
            c.right(x, flow.y, label, 7.5, "F2")
        c.line(40, flow.y + 11, 572, flow.y + 11, 0.4)
        flow.y += 16

    flow.room(120)
    title = f"{chk_suffix}  {checking.upper()}"
    band(title)
    c = flow.c
    c.box(320, flow.y, 252, 64, 0.5)
    rows = (
        (labels[0], money(s.opening, "$")),
        (labels[1], money(credits)),
        (labels[2], money(debits)),
        (labels[3], money(s.closing, "$")),
    )
    for i, (label, value) in enumerate(rows):
        bold = "F2" if i == 3 else "F1"
        c.text(328, flow.y + 6 + 14 * i, label, 8.5, bold)
        c.right(566, flow.y + 6 + 14 * i, value, 8.5, bold)
    c.text(44, flow.y + 6, f"{s.holder}", 8.5, "F2")
    c.text(44, flow.y + 20, f"Account {member}-{chk_suffix}", 8)
    c.text(44, flow.y + 34, f"Dividends paid this period: {money(0.0)}", 8)
    flow.y += 78
    columns()
    for x in s.txns:
        if flow.room(12):
            band(title, True)
            columns()
        c = flow.c
        c.text(44, flow.y, fmt(x.day, "%m/%d"), 8)
        c.text(90, flow.y, x.desc[:60], 8)
        c.right(420 if x.kind != "deposit" else 494, flow.y, money(x.amount), 8)
        c.right(568, flow.y, money(x.balance), 8)
        flow.y += 12
    checks = [x for x in s.txns if x.check]
    if checks:
        flow.room(30 + 11 * math.ceil(len(checks) / 3))
        c = flow.c
        c.text(44, flow.y + 6, "CHECKS CLEARED", 7.5, "F2")
        c.text(140, flow.y + 7, "* indicates a break in check number sequence", 6.5)
        for i, x in enumerate(checks):
            col, row = i % 3, i // 3
            gap = i and int(x.check) != int(checks[i - 1].check) + 1
            y = flow.y + 20 + 11 * row
            c.text(44 + 176 * col, y, f"{x.check}{'*' if gap else ''}", 8)
            c.text(90 + 176 * col, y, fmt(x.day, "%m/%d"), 8)
            c.right(200 + 176 * col, y, money(x.amount), 8)
        flow.y += 28 + 11 * math.ceil(len(checks) / 3)
    flow.y += 10
    sections = [("S00  PRIMARY SHARE SAVINGS", sav_rows, apy)]
    if club:
        sections.append((f"{subs[2][0]}  {club[0].upper()}", club[1], 0.05))
    for name, entries, rate in sections:
        flow.room(50 + 12 * len(entries))
        band(name)
        columns()
        c = flow.c
        for when, desc, amount, bal in entries:
            c.text(44, flow.y, fmt(when, "%m/%d"), 8)
            c.text(90, flow.y, desc, 8)
            c.right(494, flow.y, money(amount), 8)
            c.right(568, flow.y, money(bal), 8)
            flow.y += 12
        c.text(90, flow.y + 2, f"Dividend rate {rate:.2f}%   Days in period {days}", 7)
        flow.y += 22
    if loan:
        kind, apr, before, payment, interest, principal, after, paid_on = loan
        flow.room(110)
        band(f"{subs[-1][0]}  {kind.upper()}")
        c = flow.c
        facts = (
            ("Annual Percentage Rate", f"{apr:.2f}%"),
            ("Payment Amount", money(payment, "$")),
            ("Next Payment Due", fmt(add_month(paid_on), "%m/%d/%Y")),
            ("Principal Balance", money(after, "$")),
        )
        for i, (label, value) in enumerate(facts):
            c.text(44 + 132 * i, flow.y, label, 6.5, "F2")
            c.text(44 + 132 * i, flow.y + 9, value, 9)
        flow.y += 28
        for label, x in (("Date", 44), ("Description", 90)):
            c.text(x, flow.y, label, 7.5, "F2")
        for label, x in (("Payment", 340), ("Principal", 410), ("Interest", 480)):
            c.right(x, flow.y, label, 7.5, "F2")
        c.right(568, flow.y, "Balance", 7.5, "F2")
        c.line(40, flow.y + 11, 572, flow.y + 11, 0.4)
        y = flow.y + 16
        c.text(90, y, "Previous principal balance", 8)
        c.right(568, y, money(before), 8)
        c.text(44, y + 12, fmt(paid_on, "%m/%d"), 8)
        c.text(90, y + 12, f"Payment - Transfer From {chk_suffix}", 8)
        c.right(340, y + 12, money(payment), 8)
        c.right(410, y + 12, money(principal), 8)
        c.right(480, y + 12, money(interest), 8)
        c.right(568, y + 12, money(after), 8)
        flow.y = y + 34
    flow.room(50)
    fine = (
        "Dividends are declared by the board of directors at the end of each dividend period. "
        "In case of errors or questions about your electronic transfers, call us or write to us "
        "no later than 60 days after we sent you the first statement on which the problem "
        "appeared. Your savings are federally insured to at least $250,000 by the NCUA."
    )
    _paragraph(flow.c, 40, flow.y + 6, fine, 532, 6.5, "F1")
    flow.number_pages(572, 752)
    return flow.pages, statement_truth(s, labels)


def add_month(d: dt.date) -> dt.date:
    """The same day a month later (the month's last day where it is shorter)."""
    first = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first.replace(day=min(d.day, month_end(first).day))


CA_ACCOUNT_TYPES = ("Business Chequing Account", "Business Operating Account")
CA_PAYEES = ("CITY HYDRO", "PROVINCIAL GAS", "TELECOM MOBILITY", "WASTE SERVICES", "LEASING CORP")
CA_STORES = ("OFFICE WAREHOUSE", "HARDWARE PLUS", "FUEL STOP", "COFFEE CO", "PRINT SHOP")
# (credit?, description pattern, amount range)
CA_ACTIVITY = (
    (True, "Deposit", 200, 9000),
    (True, "Mobile cheque deposit", 100, 4500),
    (True, "e-Transfer received {company}", 50, 3500),
    (True, "Misc Payment {company} AP", 300, 12000),
    (False, "Cheque - {cheque}", 80, 4000),
    (False, "Online Banking payment - {n4} {payee}", 40, 900),
    (False, "e-Transfer sent {person}", 50, 1500),
    (False, "Business PAD {payee}", 30, 2500),
    (False, "Interac purchase - {n4} {store}", 5, 600),
    (False, "Misc Payment RECEIVER GENERAL", 200, 4000),
)


def statement_canada(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A Canadian bank's business chequing statement: the business as the account holder, the
    transit-and-account number, the summary in sentences with +, - and = signs and the dates
    in the opening and closing labels, then the activity with the date on a day's first line
    only and the balance on its last, between "Opening balance" and "Closing balance" rows."""
    bank = m.pick(CA_BANKS)
    holder = m.company().upper()
    street, city, _ = ca_address(m)
    account = m.pick(
        (f"{m.digits(5)}-{m.digits(7)}", f"{m.digits(5)} {m.digits(3)}-{m.digits(3)}-{m.digits(1)}")
    )
    acct_type = m.pick(CA_ACCOUNT_TYPES)
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    opening = m.amount(2000, 60000)
    balance = opening
    cheque = m.r.randint(101, 900)
    txns = []
    for day in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(12, 38))):
        credit, pattern, low, high = m.pick(CA_ACTIVITY)
        amount = m.amount(low, high)
        if not credit and amount > balance:
            credit, pattern, low, high = m.pick(CA_ACTIVITY[:4])
            amount = m.amount(low, high)
        desc = pattern.format(
            company=m.company().upper()[:20],
            cheque=cheque,
            n4=m.digits(4),
            payee=m.pick(CA_PAYEES),
            person=f"{m.pick(FIRST)} {m.person()[2]}".upper(),
            store=m.pick(CA_STORES),
        )
        cheque += pattern.startswith("Cheque")
        balance = round(balance + (amount if credit else -amount), 2)
        txns.append((start + dt.timedelta(days=day), desc, credit, amount, balance))
    fee = float(m.pick((6, 10, 18.5, 30)))
    if balance > fee:
        balance = round(balance - fee, 2)
        txns.append((end, "Monthly fee", False, fee, balance))
    closing = balance
    deposits = round(sum(x[3] for x in txns if x[2]), 2)
    withdrawals = round(sum(x[3] for x in txns if not x[2]), 2)
    phone = ca_phone(m)

    def heads(c: Canvas, top: float) -> float:
        c.line(40, top, 572, top, 0.6)
        c.text(44, top + 5, "Date", 7.5, "F2")
        c.text(96, top + 5, "Description", 7.5, "F2")
        for label, x in (("Cheques & Debits ($)", 400), ("Deposits & Credits ($)", 488)):
            c.right(x, top + 5, label, 7.5, "F2")
        c.right(568, top + 5, "Balance ($)", 7.5, "F2")
        c.line(40, top + 17, 572, top + 17, 0.6)
        return top + 24

    def head(c: Canvas, first: bool) -> float:
        c.text(40, 32, bank, 15, "F2")
        c.text(40, 50, "Business Banking", 8)
        c.right(572, 32, "Business Account Statement", 11, "F2")
        c.right(572, 48, f"From {long_date(start)} to {long_date(end)}", 8.5)
        if not first:
            c.text(40, 72, f"{holder}  -  Account number {account}", 8)
            c.text(40, 94, "Account Activity Details (continued)", 10, "F2")
            return heads(c, 110)
        for i, line in enumerate((holder, street, city)):
            c.text(60, 90 + 12 * i, line, 9.5)
        c.box(340, 78, 232, 72, 0.6)
        c.text(348, 84, "Your account number:", 7.5, "F2")
        c.text(348, 95, account, 11, "F2")
        c.text(348, 112, acct_type, 8)
        c.text(348, 124, "How to reach us:", 7.5, "F2")
        c.text(348, 135, f"{phone}  (Business Banking)", 8)
        c.text(40, 172, "Summary of your account for this period", 10.5, "F2")
        rows = (
            (f"{labels[0]} on {long_date(start)}", money(opening, "$")),
            (labels[1], f"+ {money(deposits)}"),
            (labels[2], f"- {money(withdrawals)}"),
            (f"{labels[3]} on {long_date(end)}", f"= {money(closing, '$')}"),
        )
        for i, (label, value) in enumerate(rows):
            bold = "F2" if i in (0, 3) else "F1"
            c.text(44, 192 + 15 * i, label, 9, bold)
            c.right(330, 192 + 15 * i, value, 9, bold)
        c.line(40, 234, 334, 234, 0.4)
        c.box(372, 184, 200, 54, 0.4)
        c.text(380, 190, "Overdraft limit", 7.5)
        c.right(564, 190, "$0.00", 7.5)
        c.text(380, 203, "Cheques enclosed", 7.5)
        c.right(564, 203, "None", 7.5)
        c.text(380, 216, "Statement no.", 7.5)
        c.right(564, 216, str(m.r.randint(1, 140)), 7.5)
        c.text(40, 262, "Account Activity Details", 10.5, "F2")
        return heads(c, 278)

    flow = Flow(head, bottom=716)
    c = flow.c
    c.text(44, flow.y, fmt(start, "%d %b"), 8)
    c.text(96, flow.y, labels[0], 8, "F2")
    c.right(568, flow.y, money(opening), 8)
    flow.y += 13
    for i, (day, desc, credit, amount, bal) in enumerate(txns):
        flow.room(13)
        c = flow.c
        if i == 0 or txns[i - 1][0] != day or flow.y < 140:
            c.text(44, flow.y, fmt(day, "%d %b"), 8)
        c.text(96, flow.y, desc, 8)
        c.right(488 if credit else 400, flow.y, money(amount), 8)
        if i == len(txns) - 1 or txns[i + 1][0] != day:
            c.right(568, flow.y, money(bal), 8)
        flow.y += 13
    flow.room(60)
    c = flow.c
    c.text(44, flow.y, fmt(end, "%d %b"), 8)
    c.text(96, flow.y, labels[3], 8, "F2")
    c.right(568, flow.y, money(closing), 8, "F2")
    c.line(40, flow.y + 12, 572, flow.y + 12, 0.6)
    c.text(96, flow.y + 18, "Totals", 8, "F2")
    c.right(400, flow.y + 18, money(withdrawals), 8, "F2")
    c.right(488, flow.y + 18, money(deposits), 8, "F2")
    gst = m.digits(9)
    for page in flow.pages:
        _paragraph(
            page,
            40,
            730,
            "Please check this Account Statement without delay and advise us of any error or "
            "omission within 45 days of the statement date. Trademarks of "
            f"{bank}. GST registration no. {gst} RT0001.",
            440,
            6.5,
            "F1",
        )
    flow.number_pages(572, 740)
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
    return flow.pages, truth


# ---------------------------------------------------------------------------------------------
# W-2s


def w2_fresh4(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """11: a 3-up W-2 sheet in small type with two state rows; 12: a household employer's
    handwritten W-2."""
    return (*(w2_three_up if t == 11 else w2_household)(m), f"t{t}")


def w2_three_up(m: Maker) -> Layout:
    """The 3-up laser sheet payroll software prints on perforated paper: Copy B, Copy C and
    Copy 2 stacked one above the other, each the whole W-2 grid squeezed into a third of the
    page in small type, with two state rows (an employee who worked in two states) and a local
    row, the title under each grid."""
    w = make_w2(m)
    taxing = sorted({x[1] for x in CITIES} - NO_INCOME_TAX - {w.state})
    # the employer's state first, unless it has no income tax
    first = w.state if w.state not in NO_INCOME_TAX else m.pick(taxing)
    second = m.pick([x for x in taxing if x != first])
    part = round(w.wages * m.r.uniform(0.25, 0.75), 2)
    rest = round(w.wages - part, 2)
    states = (
        (first, w.state_id, part, round(part * m.r.uniform(0.02, 0.06), 2)),
        (second, f"{m.digits(4)}-{m.digits(5)}", rest, round(rest * m.r.uniform(0.02, 0.06), 2)),
    )
    local = ("", 0.0, 0.0)
    if m.chance(0.5):
        city = w.er_city.split(",")[0].upper()[:12]
        local = (city, part, round(part * m.pick((0.01, 0.015, 0.02, 0.025)), 2))
    c = Canvas()
    copies = (
        "Copy B-To Be Filed With Employee's FEDERAL Tax Return.",
        "Copy C-For EMPLOYEE'S RECORDS (See Notice to Employee on the back of Copy B.)",
        "Copy 2-To Be Filed With Employee's State, City, or Local Income Tax Return.",
    )
    for i, copy in enumerate(copies):
        small_w2(Frame(c, 28, 22 + 258 * i), w, copy, states, local)
        if i:
            perforation(c, 14 + 258 * i)
    return [c], w2_truth(w)


def small_w2(
    d: Frame,
    w: W2,
    copy: str,
    states: tuple[tuple[str, str, float, float], ...],
    local: tuple[str, float, float],
) -> None:
    """One copy, 556 points wide and 236 high."""
    size, label = 7.0, 4.5
    left = (
        ("a", "Employee's social security number", [w.ssn], 19),
        ("b", "Employer identification number (EIN)", [w.ein], 19),
        ("c", "Employer's name, address, and ZIP code", [w.employer, w.er_street, w.er_city], 42),
        ("d", "Control number", [w.control], 17),
    )
    y = 0.0
    for n, text, values, h in left:
        form_cell(d, 0, y, 216, h, n, text, label)
        for i, s in enumerate(values):
            d.text(6, y + 7.5 + 8 * i, s, size, "F5")
        y += h
    form_cell(d, 0, y, 92, 22, "e", "Employee's first name and initial", label)
    form_cell(d, 92, y, 100, 22, "", "Last name", label)
    form_cell(d, 192, y, 24, 22, "", "Suff.", label)
    d.text(6, y + 11, w.first_init.upper(), size, "F5")
    d.text(98, y + 11, w.last.upper(), size, "F5")
    y += 22
    form_cell(d, 0, y, 216, 34, "f", "Employee's address and ZIP code", label)
    d.text(6, y + 9, w.ee_street.upper(), size, "F5")
    d.text(6, y + 18, w.ee_city.upper(), size, "F5")
    codes = [(code, money(v)) for code, v in w.codes] + [("", "")] * 4
    pairs = (
        (
            ("1", "Wages, tips, other compensation", money(w.wages)),
            ("2", "Federal income tax withheld", money(w.fed)),
        ),
        (
            ("3", "Social security wages", money(w.ss_wages)),
            ("4", "Social security tax withheld", money(w.ss_tax)),
        ),
        (
            ("5", "Medicare wages and tips", money(w.med_wages)),
            ("6", "Medicare tax withheld", money(w.med_tax)),
        ),
        (("7", "Social security tips", ""), ("8", "Allocated tips", "")),
        (("9", "", ""), ("10", "Dependent care benefits", "")),
        (("11", "Nonqualified plans", ""), ("12a", "See instructions for box 12", codes[0])),
        (
            (
                "13",
                "Statutory employee  Retirement plan  Third-party sick pay",
                "X" if w.k401 else "",
            ),
            ("12b", "", codes[1]),
        ),
        (("14", "Other", w.other), ("12c", "", codes[2])),
        (("", "", ""), ("12d", "", codes[3])),
    )
    for row, (a, b) in enumerate(pairs):
        for j, (n, text, value) in enumerate((a, b)):
            x, top = 216 + 170 * j, 17.0 * row
            form_cell(d, x, top, 170, 17, n, text, label)
            if isinstance(value, tuple):
                code, amount = value
                d.text(x + 22, top + 8, code, size, "F5")
                d.right(x + 166, top + 8, amount, size, "F5")
            elif value == "X":
                d.text(x + 100, top + 8, "X", size, "F5")
            elif value:
                d.right(x + 166, top + 8, value, size, "F5")
    y = 153.0
    strip = (
        ("15", "State", 30),
        ("", "Employer's state ID number", 92),
        ("16", "State wages, tips, etc.", 82),
        ("17", "State income tax", 72),
        ("18", "Local wages, tips, etc.", 82),
        ("19", "Local income tax", 72),
        ("20", "Locality name", 126),
    )
    x = 0.0
    rows = [
        (
            st,
            sid,
            money(wages),
            money(tax),
            *(
                (money(local[1]), money(local[2]), local[0])
                if i == 0 and local[0]
                else ("", "", "")
            ),
        )
        for i, (st, sid, wages, tax) in enumerate(states)
    ]
    for k, (n, text, width) in enumerate(strip):
        form_cell(d, x, y, width, 38, n, text, label)
        for r, row in enumerate(rows):
            value = row[k]
            if k in (2, 3, 4, 5):
                d.right(x + width - 4, y + 14 + 11 * r, value, size, "F5")
            else:
                d.text(x + 4, y + 14 + 11 * r, value, size, "F5")
        x += width
    d.line(0, y + 24.5, 556, y + 24.5, 0.3)
    y += 38
    d.text(0, y + 5, "Form", 6)
    d.text(16, y + 2, "W-2", 13, "F2")
    d.text(52, y + 3, "Wage and Tax Statement", 8, "F2")
    d.text(170, y + 1, str(w.year), 13, "F2")
    d.right(556, y + 2, "Department of the Treasury-Internal Revenue Service", 5.5)
    d.right(556, y + 9, "OMB No. 1545-0008", 5.5)
    d.text(0, y + 19, copy, 5.5, "F2")


def w2_household(m: Maker) -> Layout:
    """A W-2 a family fills in by hand for its nanny or caregiver: the official Copy B printed
    in red ink, the entries written in a pen with uneven sizes and positions, the employer a
    couple rather than a company, no box 12 codes or control number, federal income tax often
    not withheld (written 0.00 or left blank), the state wages line, a sticky note."""
    w = make_w2(m)
    first, _, last = m.person()
    spouse = m.pick(FIRST)
    employer = m.pick(
        (f"{first} & {spouse} {last}", f"{first} {last}", f"{spouse} and {first} {last}")
    )
    full = f"{m.r.randint(100, 899)}-{m.r.randint(10, 99)}-{m.r.randint(1000, 9999)}"
    gross = m.amount(9000, 52000)
    withheld = m.pick(("yes", "yes", "zero", "blank"))
    fed = round(gross * m.r.uniform(0.04, 0.12), 2) if withheld == "yes" else 0.0
    w = replace(
        w,
        employer=employer,
        ssn=full,
        control="",
        gross=gross,
        k401=0.0,
        s125=0.0,
        fed=fed,
        state_tax=round(gross * m.r.uniform(0.015, 0.045), 2),
        codes=[],
        other="",
        ee_city=w.er_city,  # a household employee lives near the family
    )
    commas = m.chance(0.5)
    red = (0.78, 0.12, 0.14)
    pen = (0.08, 0.12, 0.42)
    c = Canvas()
    d = Frame(c, 36, 70)

    def hand(x: float, top: float, s: str, size: float = 10.5) -> None:
        """Written in the pen colour, a little off the printed guides."""
        colour(c, *pen)
        d.text(
            x + m.r.uniform(-2, 3),
            top + m.r.uniform(-2.5, 1.5),
            s,
            size * m.r.uniform(0.92, 1.1),
            "F3",
        )
        colour(c, *red)

    def amount(value: float) -> str:
        return money(value, commas=commas)

    colour(c, *red)
    form_cell(d, 130, 0, 150, 26, "a", "Employee's social security number", 5.5)
    d.text(290, 4, "OMB No. 1545-0008", 7, "F2")
    d.text(400, 4, "Safe, accurate,", 7, "F2")
    d.text(400, 12, "FAST! Use", 7, "F2")
    d.text(440, 11, "e-file", 10, "F4")
    hand(150, 11, w.ssn)
    top = 26.0
    left = (
        ("b", "Employer identification number (EIN)", 26),
        ("c", "Employer's name, address, and ZIP code", 70),
        ("d", "Control number", 26),
        ("e", "Employee's first name and initial", 30),
        ("f", "Employee's address and ZIP code", 56),
    )
    y = top
    for n, text, h in left:
        form_cell(d, 0, y, 280, h, n, text, 5.5)
        y += h
    d.text(120, top + 26 + 70 + 26 + 2, "Last name", 5.5)
    d.text(250, top + 26 + 70 + 26 + 2, "Suff.", 5.5)
    hand(10, top + 11, w.ein)
    for i, s in enumerate((w.employer, w.er_street, w.er_city)):
        hand(10, top + 38 + 14 * i, s)
    hand(10, top + 137, w.first_init)
    hand(122, top + 137, w.last)
    hand(10, top + 166, w.ee_street)
    hand(10, top + 182, w.ee_city)
    boxes = (
        ("1", "Wages, tips, other compensation", amount(w.wages)),
        (
            "2",
            "Federal income tax withheld",
            {"yes": amount(w.fed), "zero": "0.00"}.get(withheld, ""),
        ),
        ("3", "Social security wages", amount(w.ss_wages)),
        ("4", "Social security tax withheld", amount(w.ss_tax)),
        ("5", "Medicare wages and tips", amount(w.med_wages)),
        ("6", "Medicare tax withheld", amount(w.med_tax)),
        ("7", "Social security tips", ""),
        ("8", "Allocated tips", ""),
        ("9", "", ""),
        ("10", "Dependent care benefits", ""),
        ("11", "Nonqualified plans", ""),
        ("12a", "See instructions for box 12", ""),
        ("13", "Statutory employee  Retirement plan  Third-party sick pay", ""),
        ("12b", "", ""),
        ("14", "Other", ""),
        ("12c", "", ""),
    )
    for i, (n, text, value) in enumerate(boxes):
        x, y = 280 + 130 * (i % 2), top + 26.0 * (i // 2)
        form_cell(d, x, y, 130, 26, n, text, 5.5)
        if value:
            hand(x + 30, y + 11, value)
    y = top + 26.0 * 8
    strip = (
        ("15", "State   Employer's state ID number", 150),
        ("16", "State wages, tips, etc.", 100),
        ("17", "State income tax", 90),
        ("18", "Local wages, tips, etc.", 80),
        ("19", "Local income tax", 60),
        ("20", "Locality name", 60),
    )
    x = 0.0
    for n, text, width in strip:
        form_cell(d, x, y, width, 40, n, text, 5.5)
        x += width
    d.line(0, y + 26, 540, y + 26, 0.3)
    if w.state not in NO_INCOME_TAX:
        hand(6, y + 11, f"{w.state}   {m.digits(3)}-{m.digits(5)}")
        hand(170, y + 11, amount(w.wages))
        hand(262, y + 11, amount(w.state_tax))
    y += 52
    d.text(0, y + 6, "Form", 8)
    d.text(22, y, "W-2", 22, "F2")
    d.text(80, y + 4, "Wage and Tax", 12, "F2")
    d.text(80, y + 18, "Statement", 12, "F2")
    d.text(200, y - 2, str(w.year), 26, "F2")
    d.text(300, y + 2, "Department of the Treasury-Internal Revenue Service", 6.5)
    d.text(
        0,
        y + 36,
        "Copy B-To Be Filed With Employee's FEDERAL Tax Return.",
        8,
        "F2",
    )
    d.text(0, y + 46, "This information is being furnished to the Internal Revenue Service.", 6.5)
    black(c)
    note = m.pick(
        (
            "Thank you for a wonderful year with the kids!",
            "Schedule H filed with our 1040 - call if questions.",
            "Copy for your taxes. Thanks for everything!",
        )
    )
    c.shade(360, 470, 180, 70, 0.93)
    colour(c, *pen)
    for i, line in enumerate(wrap(note, 160, 11, "F3")):
        c.text(370, 480 + 15 * i, line, 11, "F3")
    c.text(470, 520, f"- {first[0]}.", 11, "F3")
    black(c)
    truth = w2_truth(w)
    if withheld == "blank":
        del truth["federal_tax_info/federal_income_tax"]
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Driver licences


def licence_fresh4(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """11: a REAL ID licence with the portrait on the right; 12: a state identification card
    (not a driver licence)."""
    return (*(licence_real_id if t == 11 else licence_id_card)(m), f"t{t}")


def licence_real_id(m: Maker) -> Layout:
    """A newer horizontal licence: the state's name over a tinted band, the gold REAL ID star
    in the top right corner, the portrait on the right with a small ghost image beside it, the
    licence number, date of birth and expiry printed in red, the name on two lines without
    labels, and short labels (DL, EXP, ISS, DOB, CLASS) before everything else."""
    d = make_licence(m)
    red = (0.72, 0.08, 0.1)
    c = Canvas(252, 159)
    c.shade(0, 0, 252, 28, 0.82)
    c.text(8, 4, d.state.upper(), fit(d.state.upper(), 150, 13, "F4"), "F4")
    c.text(8, 18, "DRIVER LICENSE", 6.5, "F2")
    c.text(80, 19.5, "USA", 5, "F2")
    star(c, 236, 14, 9)
    c.shade(172, 34, 72, 90, 0.86)
    c.box(172, 34, 72, 90, 0.4)
    c.centre(208, 76, "PHOTO", 5)
    c.shade(146, 96, 22, 28, 0.94)
    c.centre(157, 126, fmt(d.dob, "%m%d%y"), 4.5, "F5")
    c.text(8, 34, "DL", 5, "F2")
    colour(c, *red)
    c.text(18, 32, d.number, 10, "F2")
    black(c)
    c.text(8, 48, d.last.upper(), 9.5, "F2")
    c.text(8, 59, f"{d.first} {d.middle}".strip().upper(), 8.5)
    c.text(8, 70, d.street.upper(), 5.8)
    c.text(8, 77, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.8)
    c.text(8, 91, "DOB", 5, "F2")
    colour(c, *red)
    c.text(24, 89, fmt(d.dob, "%m/%d/%Y"), 8.5, "F2")
    black(c)
    c.text(84, 91, "EXP", 5, "F2")
    c.text(98, 89, fmt(d.expires, "%m/%d/%Y"), 7.5, "F2")
    c.text(8, 103, "ISS", 5, "F2")
    c.text(24, 101.5, fmt(d.issued, "%m/%d/%Y"), 6.5)
    c.text(84, 103, "CLASS", 5, "F2")
    c.text(104, 101, d.klass, 8, "F2")
    c.text(8, 114, f"SEX {d.sex}   HGT {d.height}   WGT {d.weight}", 5.5)
    c.text(8, 122, f"EYES {d.eyes}   HAIR {d.hair}   END NONE", 5.5)
    c.text(8, 130, f"REST {m.pick(('NONE', 'B', 'CORR LENS'))}", 5.5)
    if m.chance(0.5):
        c.text(84, 130, m.pick(("DONOR", "VETERAN")), 5.5, "F2")
    c.text(8, 140, f"DD {m.digits(10)}{m.digits(4)}", 4.5, "F5")
    c.line(112, 148, 244, 148, 0.3)
    c.text(120, 138, f"{d.first} {d.last}", 9, "F3")
    c.text(112, 150, "SIGNATURE", 3.5)
    return [c], licence_truth(d)


def licence_id_card(m: Maker) -> Layout:
    """A state identification card for a non-driver: "IDENTIFICATION CARD" in a dark band,
    "NOT A DRIVER LICENSE" along the foot, the portrait on the left, AAMVA field numbers with
    short words as small captions above the values (4d IDN, 3 DOB, 4a ISS, 4b EXP, 15 SEX...),
    and no licence class; some states' cards carry no expiry for older holders."""
    d = make_licence(m)
    senior = m.chance(0.2)
    if senior:  # an older holder: some states' cards for 65 and over do not expire
        year = d.issued.year - m.r.randint(66, 85)
        d = replace(d, dob=dt.date(year, d.dob.month, min(d.dob.day, 28)))
    day = m.pick(("%m/%d/%Y", "%m-%d-%Y"))
    c = Canvas(252, 159)
    c.centre(126, 5, d.state.upper(), fit(d.state.upper(), 200, 12, "F4"), "F4")
    c.shade(0, 20, 252, 12, 0.3)
    ink(c, 1.0)
    c.centre(126, 22.5, "IDENTIFICATION CARD", 7.5, "F2")
    ink(c, 0.0)
    if m.chance(0.5):
        star(c, 14, 10, 6)
    c.shade(8, 38, 64, 84, 0.88)
    c.box(8, 38, 64, 84, 0.4)
    c.centre(40, 78, "PHOTO", 5)

    def cell(x: float, top: float, caption: str, value: str, size: float = 7.5) -> None:
        c.text(x, top, caption, 4.3, "F2")
        c.text(x, top + 5, value, size, "F2" if caption.startswith(("4d", "3 ")) else "F1")

    cell(80, 38, "4d IDN", d.number, 9)
    cell(80, 58, "1 FAMILY NAME", d.last.upper(), 8.5)
    cell(80, 74, "2 GIVEN NAME", f"{d.first} {d.middle}".strip().upper(), 8)
    c.text(80, 90, "8 ADDRESS", 4.3, "F2")
    c.text(80, 95, d.street.upper(), 5.5)
    c.text(80, 102, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.5)
    cell(80, 111, "3 DOB", fmt(d.dob, day), 7.5)
    cell(140, 111, "4a ISS", fmt(d.issued, day), 6.5)
    cell(194, 111, "4b EXP", "NONE" if senior else fmt(d.expires, day), 6.8)
    cell(80, 126, "15 SEX", d.sex, 6.5)
    cell(108, 126, "16 HGT", d.height, 6.5)
    cell(140, 126, "17 WGT", d.weight, 6.5)
    cell(176, 126, "18 EYES", d.eyes, 6.5)
    cell(208, 126, "19 HAIR", d.hair, 6.5)
    c.text(8, 126, f"5 DD {m.digits(8)}", 4, "F5")
    c.line(8, 139, 72, 139, 0.3)
    c.text(8, 131, f"{d.first[0]}. {d.last}", 7, "F3")
    c.shade(0, 146, 252, 13, 0.9)
    c.centre(126, 149.5, "NOT A DRIVER LICENSE", 6, "F2")
    truth = licence_truth(d)
    del truth["CLASS"]  # an identification card has no class
    if senior:
        del truth["EXPIRATION_DATE"]
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC

MISC_PAYERS = ("Publishing", "Media", "Royalty Partners", "Records", "Property Management")


def form_1099_fresh4(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """11: a browser print-out of an online tax-documents page; 12: a 1099 dot-matrix printed
    on a pin-fed continuous form."""
    return (*(form_1099_web if t == 11 else form_1099_pin_fed)(m, variant), f"t{t}")


def form_1099_web(m: Maker, variant: str) -> Layout:
    """The tax-documents page of a bank's or a platform's website as the browser prints it:
    the print date and page title along the top edge and the address along the foot, the site's
    dark navigation bar, a breadcrumb, payer and recipient in two cards with captions above the
    values, and the amounts as cards three to a row with a dash for an empty box."""
    f = make_1099(m, variant)
    if variant == "MISC":
        f = replace(f, payer=f"{m.pick(COMPANY_A)} {m.pick(MISC_PAYERS)} {m.pick(('LLC', 'Inc.'))}")
    domain = f.payer.split()[0].lower()
    printed = dt.datetime(
        int(f.year) + 1,
        m.r.randint(1, 4),
        m.r.randint(1, 28),
        m.r.randint(7, 22),
        m.r.randint(0, 59),
    )
    c = Canvas()
    stamp = f"{printed.month}/{printed.day}/{printed:%y}, {int(printed.strftime('%I'))}"
    c.text(24, 12, f"{stamp}:{printed:%M %p}", 7)
    c.centre(306, 12, f"Tax Documents | {f.payer}", 7)
    c.shade(24, 30, 564, 38, 0.18)
    ink(c, 1.0)
    c.text(36, 42, f.payer, fit(f.payer, 250, 13, "F2"), "F2")
    nav = ("Accounts", "Transfers", "Statements", "Tax Documents", "Profile", "Sign Out")
    x = 576.0
    for item in reversed(nav):
        c.right(x, 46, item, 7.5, "F2" if item == "Tax Documents" else "F1")
        x -= text_width(item, 7.5) + 14
    ink(c, 0.0)
    c.text(36, 80, f"Home  >  Tax Documents  >  {f.year}  >  Form 1099-{variant}", 7.5)
    c.text(36, 96, f"Form 1099-{variant}: {f.title}", 16, "F2")
    c.text(36, 118, f"Tax year {f.year}  \xb7  Copy B for Recipient  \xb7  OMB No. {f.omb}", 8)
    for label, x0, w in (("Download PDF", 440, 70), ("Print", 516, 60)):
        c.box(x0, 96, w, 18, 0.6)
        c.centre(x0 + w / 2, 101, label, 7.5, "F2")
    c.shade(36, 136, 540, 24, 0.93)
    _paragraph(
        c,
        44,
        140,
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on you "
        "if this income is taxable and the IRS determines that it has not been reported.",
        520,
        6.8,
        "F1",
    )
    cards = (
        (
            36,
            "PAYER",
            (
                ("Name", (f.payer,)),
                ("Address", (f.p_street, f.p_city)),
                ("Telephone", (f.p_phone,)),
                ("Payer's TIN", (f.payer_tin,)),
            ),
        ),
        (
            312,
            "RECIPIENT",
            (
                ("Name", (f.recipient,)),
                ("Address", (f.r_street, f.r_city)),
                ("Recipient's TIN", (f.recipient_tin,)),
                ("Account number", (f.account or "\u2014",)),
            ),
        ),
    )
    for x0, title, fields in cards:
        c.box(x0, 176, 264, 132, 0.6)
        c.text(x0 + 10, 184, title, 8, "F2")
        y = 200.0
        for caption, lines in fields:
            c.text(x0 + 10, y, caption, 6.5)
            for i, s in enumerate(lines):
                c.text(x0 + 10, y + 8 + 10 * i, s, 9)
            y += 12 + 10 * len(lines)
    c.text(36, 328, "Amounts reported", 11, "F2")
    y = 346.0
    for i, (n, label, key) in enumerate(f.boxes):
        x0, top = 36 + 182 * (i % 3), y + 54 * (i // 3)
        c.box(x0, top, 176, 48, 0.5)
        c.text(x0 + 8, top + 6, f"Box {n}", 6.5, "F2")
        for j, s in enumerate(wrap(label, 160, 7)[:2]):
            c.text(x0 + 8, top + 15 + 8.5 * j, s, 7)
        value = money(f.values[key], "$") if key in f.values else "\u2014"
        c.right(x0 + 168, top + 32, value, 12, "F2")
    y += 54 * math.ceil(len(f.boxes) / 3) + 10
    c.text(36, y, "Other information", 9, "F2")
    other = (
        ("Corrected", "No"),
        ("FATCA filing requirement", "No"),
        ("2nd TIN notice", "No"),
        ("State tax withheld", "\u2014"),
    )
    for i, (label, value) in enumerate(other):
        c.text(36 + 140 * i, y + 16, label, 7)
        c.text(36 + 140 * i, y + 26, value, 8.5, "F2")
    note = (
        f"Your {f.year} tax documents are also available by mail on request. Amounts are rounded "
        "to the cent. If you believe any information on this form is incorrect, contact us "
        f"before you file your return: {f.p_phone}. {f.payer} does not provide tax advice."
    )
    _paragraph(c, 36, y + 50, note, 540, 7, "F1")
    c.text(
        24, 774, f"https://secure.{domain}.example/tax-documents/{f.year}/1099-{variant.lower()}", 7
    )
    c.right(588, 774, "1/1", 7)
    return [c], tax_1099_truth(f, zeros_printed=False)


def form_1099_pin_fed(m: Maker, variant: str) -> Layout:
    """A continuous-feed 1099 as a small office's dot-matrix printer fills it in: a 9.5-inch
    sheet with tractor-feed strips and their holes on both edges, the IRS layout pre-printed in
    grey, the entries in capitals in Courier, all shifted a little off the boxes (the paper
    was not lined up), amounts without dollar signs or commas, the recipient's instructions
    pre-printed on the lower half."""
    f = make_1099(m, variant)
    f = replace(f, payer=f.payer.upper(), recipient=f.recipient.upper())
    c = Canvas(684, 792)
    for x in (18.0, 666.0):
        for k in range(22):
            ring(c, x, 18 + 36 * k, 4.5, 0.5)
    dashes_down(c, 36, 0, 792)
    dashes_down(c, 648, 0, 792)
    dx, dy = m.r.uniform(2, 7), m.r.uniform(1.5, 5)
    ink(c, 0.45)
    c.ops.append(b"0.45 G")
    d = Frame(c, 52, 44)
    grid = INT_GRID if variant == "INT" else MISC_GRID
    heights = [
        max(
            26,
            max(
                6.5 * len(label_lines(n, label, 170 / len(row), 5.5)[1]) + 16 for n, label, _ in row
            ),
        )
        for row in grid
    ]
    bottom = sum(heights)
    form_cell(
        d,
        0,
        0,
        230,
        84,
        "",
        "PAYER'S name, street address, city or town, state or province, country, ZIP or foreign "
        "postal code, and telephone no.",
    )
    form_cell(d, 0, 84, 115, 28, "", "PAYER'S TIN")
    form_cell(d, 115, 84, 115, 28, "", "RECIPIENT'S TIN")
    form_cell(d, 0, 112, 230, 28, "", "RECIPIENT'S name")
    form_cell(d, 0, 140, 230, 28, "", "Street address (including apt. no.)")
    form_cell(
        d,
        0,
        168,
        230,
        28,
        "",
        "City or town, state or province, country, and ZIP or foreign postal code",
    )
    form_cell(d, 0, 196, 230, max(28, bottom - 196), "", "Account number (see instructions)")
    y = 0.0
    places: dict[str, tuple[float, float, float]] = {}
    for row, h in zip(grid, heights, strict=True):
        width = 170 / len(row)
        for j, (n, label, key) in enumerate(row):
            x = 230 + width * j
            form_cell(d, x, y, width, h, n, label)
            if key == "[]":
                d.box(x + width - 12, y + h - 11, 7, 7, 0.4)
            elif key:
                d.text(x + 3, y + h - 10, "$", 7)
                places[key] = (x, y + h, width)
        y += h
    d.box(400, 0, 180, bottom, 0.5)
    d.text(406, 4, "CORRECTED (if checked)", 5.5)
    d.box(470, 3, 6, 6, 0.4)
    d.text(406, 18, f"OMB No. {f.omb}", 6)
    d.text(406, 30, f"Form 1099-{variant}", 11, "F2")
    d.text(406, 44, f"(Rev. {f.revision})", 5.5)
    d.text(406, 54, "For calendar year", 5.5)
    d.box(470, 50, 60, 14, 0.4)
    for i, s in enumerate(wrap(f.title, 160, 10, "F2")):
        d.text(406, 78 + 12 * i, s, 10, "F2")
    d.text(406, 114, "Copy B", 10, "F2")
    d.text(406, 126, "For Recipient", 7, "F2")
    fine = (
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on you "
        "if this income is taxable and the IRS determines that it has not been reported."
    )
    for i, s in enumerate(wrap(fine, 165, 5.5)):
        d.text(406, 140 + 6.5 * i, s, 5.5)
    d.text(0, bottom + 6, f"Form 1099-{variant} (Rev. {f.revision})", 7)
    d.text(150, bottom + 6, f"(keep for your records)   www.irs.gov/Form1099{variant}", 7)
    d.right(580, bottom + 6, "Department of the Treasury - Internal Revenue Service", 6)
    top = 44 + bottom + 40
    c.text(52, top, f"Instructions for Recipient (Form 1099-{variant})", 8, "F2")
    x, yy = 52.0, top + 16
    for note in (*INSTRUCTIONS["common"], *INSTRUCTIONS[variant]):
        lines = wrap(note, 280, 6.2)
        if yy + 8 * len(lines) > 770:
            x, yy = 348.0, top + 16
        for s in lines:
            c.text(x, yy, s, 6.2)
            yy += 8
        yy += 6
    black(c)
    p = Frame(c, 52 + dx, 44 + dy)
    mono = "F5"
    for i, s in enumerate((f.payer, f.p_street.upper(), f.p_city.upper(), f.p_phone)):
        p.text(8, 30 + 11 * i, s, 9, mono)
    p.text(8, 98, f.payer_tin, 9, mono)
    p.text(123, 98, f.recipient_tin, 9, mono)
    p.text(8, 126, f.recipient, 9, mono)
    p.text(8, 154, f.r_street.upper(), 9, mono)
    p.text(8, 182, f.r_city.upper(), 9, mono)
    p.text(8, 212, f.account, 9, mono)
    p.text(478, 54, f.year, 9, mono)
    for key, value in f.values.items():
        x, bottom_edge, width = places[key]
        p.right(x + width - 6, bottom_edge - 12, f"{value:.2f}", 9, mono)
    return [c], tax_1099_truth(f, zeros_printed=False)


# ---------------------------------------------------------------------------------------------
# Checks

INSURERS = ("Mutual Insurance Company", "Casualty Insurance Co.", "Property & Casualty Co.")
# (coverage, what was paid for)
COVERAGES = (
    ("Coverage A - Dwelling", ("Roof and gutter repair", "Water damage, kitchen", "Siding")),
    ("Coverage B - Other Structures", ("Fence replacement", "Detached garage door")),
    ("Coverage C - Personal Property", ("Contents, per inventory", "Electronics")),
    ("Coverage D - Loss of Use", ("Additional living expense",)),
)
ECHECK_SERVICES = ("PayNote", "CheckPilot", "eDraft Direct", "SendCheck")


def check_fresh4(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """11: an insurance claim check with its amount in a protected box; 12: an e-check as the
    payee prints it from an e-mail."""
    return (*(check_claim if t == 11 else check_echeck)(m), f"t{t}")


def check_claim(m: Maker) -> Layout:
    """An insurer's claim payment check on the top third of a letter sheet: claim and policy
    numbers and the date of loss in ruled cells, the amount padded with asterisks inside a
    shaded, heavily ruled "PAY EXACTLY" box, the words in capitals, "PAYABLE THROUGH" the bank,
    a RE line; under the perforation the explanation of payment (coverages less the
    deductible) and the fraud warning."""
    q = make_cheque(m, business=True)
    insurer = f"{m.pick(COMPANY_A)} {m.pick(INSURERS)}"
    first, middle, last = m.person()
    payee = f"{first} {middle[:1]} {last}".replace("  ", " ") if middle else f"{first} {last}"
    p_street, p_city = m.address()
    claim = f"{m.pick(('HO', 'PR', 'CL'))}-{m.digits(2)}-{m.digits(6)}"
    policy = f"{m.pick(('H', 'P'))}{m.digits(9)}"
    deductible = float(m.pick((250, 500, 1000, 2500)))
    picked = m.r.sample(COVERAGES, m.r.randint(1, 3))
    gross = round(q.amount + deductible, 2)
    parts = split(m, gross, len(picked))
    memo = f"Claim {claim}"
    q = replace(q, drawer=insurer, payee=payee.upper(), memo=memo, number=m.digits(10))
    spelled = in_words(q.amount).upper()
    loss = q.date - dt.timedelta(days=m.r.randint(12, 90))
    c = Canvas()
    c.box(24, 20, 564, 250, 1.2)
    c.text(36, 30, insurer, fit(insurer, 300, 13, "F4"), "F4")
    c.text(36, 47, f"{q.street}  \xb7  {q.city}", 7)
    c.text(36, 56, f"Claims: {m.phone()}", 7)
    c.right(576, 30, "CLAIM PAYMENT", 10, "F2")
    c.right(576, 44, f"No. {q.number}", 10, "F6")
    c.right(576, 56, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 6.5)
    cells = (
        ("DATE", fmt(q.date, "%m/%d/%Y"), 96),
        ("CLAIM NUMBER", claim, 120),
        ("POLICY NUMBER", policy, 110),
        ("DATE OF LOSS", fmt(loss, "%m/%d/%Y"), 96),
    )
    x = 36.0
    for label, value, width in cells:
        c.box(x, 70, width, 26, 0.5)
        c.text(x + 4, 73, label, 5.5, "F2")
        c.text(x + 4, 83, value, 8.5, "F5")
        x += width
    c.text(466, 68, "PAY EXACTLY", 6, "F2")
    c.shade(464, 76, 112, 24, 0.88)
    c.box(464, 76, 112, 24, 1.6)
    c.centre(520, 84, f"${q.amount:*>13,.2f}", 10, "F6")
    c.text(36, 110, "PAY", 7, "F2")
    words_line = f"{spelled} DOLLARS"
    pad = max(0, int((576 - 60 - text_width(words_line + " ", 8.5, "F5")) / 5.1))
    c.text(60, 109, words_line + " " + "*" * pad, 8.5, "F5")
    c.line(58, 120, 576, 120, 0.4)
    c.text(36, 134, "TO THE", 6.5, "F2")
    c.text(36, 142, "ORDER OF", 6.5, "F2")
    for i, s in enumerate((q.payee, p_street.upper(), p_city.upper())):
        c.text(86, 134 + 11 * i, s, 9, "F5")
    c.text(36, 184, "RE:", 6.5, "F2")
    c.text(56, 183, q.memo, 8.5, "F5")
    c.text(330, 134, "PAYABLE THROUGH", 6, "F2")
    c.text(330, 143, q.bank, 8.5, "F2")
    c.text(330, 153, q.bank_city, 6.5)
    c.text(36, 200, "VOID AFTER 180 DAYS", 6.5, "F2")
    c.text(36, 209, "TWO SIGNATURES REQUIRED OVER $25,000", 5.5)
    c.line(360, 206, 576, 206, 0.5)
    c.text(360, 209, "AUTHORIZED REPRESENTATIVE", 5.5)
    c.text(110, 240, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    perforation(c, 284)
    c.text(36, 300, "EXPLANATION OF PAYMENT - RETAIN FOR YOUR RECORDS", 10, "F2")
    facts = (
        ("Insured", f"{first} {last}"),
        ("Claim number", claim),
        ("Policy number", policy),
        ("Date of loss", long_date(loss)),
        ("Loss location", f"{p_street}, {p_city}"),
        ("Adjuster", f"{m.pick(FIRST)} {m.person()[2]}, {m.phone()}"),
    )
    for i, (label, value) in enumerate(facts):
        c.text(36, 320 + 12 * i, label, 8, "F2")
        c.text(130, 320 + 12 * i, value, 8.5)
    top = 400.0
    c.shade(36, top, 540, 14, 0.85)
    for label, x in (("Coverage", 40), ("Description", 230)):
        c.text(x, top + 4, label, 7.5, "F2")
    c.right(572, top + 4, "Amount", 7.5, "F2")
    y = top + 20
    for (coverage, items), part in zip(picked, parts, strict=True):
        c.text(40, y, coverage, 8.5)
        c.text(230, y, m.pick(items), 8.5)
        c.right(572, y, money(part), 8.5)
        y += 13
    c.text(230, y, "Less deductible", 8.5)
    c.right(572, y, f"({money(deductible)})", 8.5)
    y += 16
    c.line(400, y - 4, 576, y - 4, 0.5)
    c.text(230, y, "Net payment (this check)", 8.5, "F2")
    c.right(572, y, money(q.amount, "$"), 8.5, "F2")
    warning = (
        "Any person who knowingly and with intent to defraud any insurance company or other "
        "person files a statement of claim containing any materially false information, or "
        "conceals for the purpose of misleading information concerning any fact material "
        "thereto, commits a fraudulent insurance act, which is a crime."
    )
    _paragraph(c, 36, y + 34, warning, 540, 7, "F1")
    c.centre(306, 750, f"{insurer}  \xb7  Policy {policy}", 6.5)
    return [c], cheque_truth(q, spelled)


def check_echeck(m: Maker) -> Layout:
    """An e-check as it arrives by e-mail and the payee prints it: the check at the top of a
    plain letter sheet with a dashed cut line, no signature ("signature not required, payment
    authorized by the drawer"), a verification code and MICR line; below, the service's
    instructions for printing and depositing it and the remittance details."""
    q = make_cheque(m, business=m.chance(0.5))
    service = m.pick(ECHECK_SERVICES)
    spelled = in_words(q.amount)
    check_id = f"{hex_id(m, 4)}-{hex_id(m, 4)}-{hex_id(m, 4)}"
    day = m.pick(("%m/%d/%Y", "%B %d, %Y"))
    c = Canvas()
    for x0, y0, x1, y1 in ((20, 14, 592, 14), (20, 286, 592, 286)):
        x = float(x0)
        while x < x1:
            c.line(x, y0, min(x + 4, x1), y1, 0.5)
            x += 8
    c.text(36, 28, q.drawer, 10, "F2")
    c.text(36, 41, q.street, 7.5)
    c.text(36, 50, q.city, 7.5)
    c.centre(320, 28, q.bank, 9, "F2")
    c.centre(320, 40, q.bank_city, 6.5)
    c.right(576, 28, q.number, 11, "F2")
    c.right(576, 42, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 6.5)
    c.text(410, 68, "Date", 7.5)
    c.text(434, 66, fmt(q.date, day), 9.5)
    c.line(432, 77, 576, 77, 0.4)
    c.text(36, 96, "Pay to the", 7.5)
    c.text(36, 105, "order of", 7.5)
    c.text(84, 97, q.payee, 10.5)
    c.line(82, 110, 446, 110, 0.4)
    c.box(456, 94, 120, 20, 0.6)
    c.text(460, 99, "$", 9, "F2")
    c.right(572, 98, f"**{money(q.amount)}**", 10)
    c.text(36, 126, f"{spelled} ", 9.5)
    c.right(576, 127, "Dollars", 7.5)
    c.line(34, 138, 540, 138, 0.4)
    c.text(36, 162, "Memo", 7.5)
    c.text(66, 160, q.memo, 9.5)
    c.line(64, 171, 280, 171, 0.4)
    c.box(330, 150, 246, 34, 0.4)
    c.centre(453, 155, "SIGNATURE NOT REQUIRED", 8, "F2")
    c.centre(453, 166, "Your depositor has authorized this payment to payee.", 6)
    c.centre(453, 174, "Payee to hold you harmless for payment of this document.", 5.5)
    c.text(
        36, 196, f"Check ID {check_id}   Verify at verify.{service.split()[0].lower()}.example", 6.5
    )
    c.text(120, 230, f"C{q.number.zfill(6)}C A{q.routing}A {q.account}C", 12, "F5")
    c.text(
        36,
        262,
        f"This document was created electronically by {service} on behalf of the drawer.",
        6,
    )
    c.text(36, 300, f"You have received an eCheck from {q.drawer}", 13, "F2")
    steps = (
        "Print this page on plain white paper. A laser printer is best; no special check paper is "
        "needed.",
        "Cut along the dashed lines and sign the back of the check to endorse it.",
        "Deposit it at your bank, at an ATM, or with your bank's mobile app, as you would any "
        "check.",
        "Print the check only once. Banks reject duplicate items, and a second deposit of the "
        "same check number will be returned.",
    )
    y = 322.0
    for i, step in enumerate(steps):
        c.text(36, y, f"{i + 1}.", 9, "F2")
        y = _paragraph(c, 52, y, step, 520, 9, "F1") + 4
    y += 10
    c.text(36, y, "Remittance information", 10, "F2")
    rows = (
        ("From", q.drawer),
        ("To", q.payee),
        ("Amount", money(q.amount, "$")),
        ("Check number", q.number),
        ("Issued", fmt(q.date, "%m/%d/%Y")),
        ("Memo", q.memo or "-"),
    )
    for i, (label, value) in enumerate(rows):
        c.text(36, y + 16 + 13 * i, label, 8.5, "F2")
        c.text(140, y + 16 + 13 * i, value, 8.5)
    y += 16 + 13 * len(rows) + 20
    barcode(Frame(c), m, 36, y, 160, 26)
    c.text(36, y + 30, check_id, 7, "F5")
    _paragraph(
        c,
        36,
        y + 56,
        f"Questions about this payment? Reply to the e-mail it came with or contact {q.drawer} "
        f"directly. {service} is not a bank; the check is drawn on the drawer's account at "
        f"{q.bank}.",
        540,
        7,
        "F1",
    )
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts

QSR_NAMES = ("BIG SKY BURGERS", "TACO CASA", "CLUCK HOUSE CHICKEN", "SUB STATION", "DOUBLE DOG")
# (item, price range, modifiers it may carry)
QSR_ITEMS = (
    ("#1 Double Cheeseburger Meal", (8.49, 11.99), ("Med Fries", "Med Soft Drink", "NO PICKLE")),
    ("#3 Crispy Chicken Meal", (8.99, 12.49), ("Lg Fries", "Lg Iced Tea", "ADD BACON")),
    ("#5 Grilled Wrap Combo", (7.99, 10.49), ("Side Salad", "Bottled Water", "NO ONION")),
    ("6 pc Nuggets", (3.99, 5.49), ("BBQ Sauce", "Honey Mustard")),
    ("Cheeseburger", (2.29, 3.99), ("NO MUSTARD", "EXTRA CHEESE")),
    ("Med Fries", (2.49, 3.49), ()),
    ("Lg Soft Drink", (1.99, 2.79), ("Diet", "NO ICE")),
    ("Apple Pie", (1.29, 1.99), ()),
    ("Vanilla Shake", (3.49, 4.79), ()),
)
ONLINE_KINDS = ("Direct", "Outlet", "Market", "Goods Co.")
ONLINE_ITEMS = (
    ("USB-C Charging Cable, 6 ft, 2-Pack", 8.99, 19.99),
    ("Stainless Steel Water Bottle, 32 oz", 14.99, 34.99),
    ("Wireless Mouse, Silent Click", 12.99, 29.99),
    ("Replacement Air Filter, 16x25x1, 4-Pack", 24.99, 49.99),
    ("Paperback: The Quiet Garden (Reprint)", 9.99, 18.99),
    ("LED Desk Lamp with Dimmer", 21.99, 45.99),
    ("Dog Chew Toys, Assorted, 5 Count", 11.99, 24.99),
    ("Non-Stick Frying Pan, 10 inch", 19.99, 39.99),
)


def receipt_fresh4(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """11: a fast-food receipt; 12: an online order's printable receipt."""
    return (*(receipt_fast_food if t == 11 else receipt_online)(m), f"t{t}")


def receipt_fast_food(m: Maker) -> Layout:
    """A quick-service restaurant's receipt: the order number in large type and the order type
    (take out, dine in, drive-thru), meals with their sides and "NO PICKLE" modifiers indented
    under them, the eat-in or take-out total, the card's EMV details, and the survey code
    with its offer at the bottom."""
    store = m.pick(QSR_NAMES)
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(
        m.date(), dt.time(m.r.randint(6, 23), m.r.randint(0, 59), m.r.randint(0, 59))
    )
    order = str(m.r.randint(1, 999))
    mode = m.pick(("TAKE OUT", "DINE IN", "DRIVE THRU"))
    items = []
    for name, (low, high), mods in m.r.sample(QSR_ITEMS, m.r.randint(1, 5)):
        qty = m.pick((1, 1, 1, 2))
        price = m.amount(low, high)
        picked = [x for x in mods if m.chance(0.6)]
        items.append((name, qty, round(qty * price, 2), picked))
    subtotal = round(sum(x[2] for x in items), 2)
    tax = round(subtotal * m.pick((0.06, 0.07, 0.0825, 0.09)), 2)
    total = round(subtotal + tax, 2)
    card = m.chance(0.75)
    last4 = m.digits(4)
    tape = Tape(210, 7.5, "F5", "F6")
    tape.centre(store, 10, "F6")
    tape.centre(f"Restaurant #{m.digits(5)}")
    tape.centre(street.upper())
    tape.centre(city.upper())
    tape.centre(f"TEL# {phone}")
    tape.gap()
    tape.centre(f"KS# {m.r.randint(1, 9)}   Side{m.r.randint(1, 2)}", 7)
    tape.row(f"{fmt(when.date(), '%m/%d/%Y')} {when:%I:%M:%S %p}")
    tape.gap(2)
    tape.centre(f"Order {order}", 16, "F6")
    tape.gap(4)
    tape.centre(mode, 9, "F6")
    tape.rule()
    for name, qty, amount, mods in items:
        tape.row(f"{qty} {name}"[:26], f"{amount:.2f}")
        for mod in mods:
            tape.row(mod, indent=14, size=6.8)
    tape.rule()
    tape.row("Subtotal", f"{subtotal:.2f}")
    tape.row("Tax", f"{tax:.2f}")
    label = {"DINE IN": "Eat-In Total", "TAKE OUT": "Take-Out Total", "DRIVE THRU": "Total"}[mode]
    tape.row(label, f"{total:.2f}", bold=True, size=9)
    tape.gap(3)
    if card:
        brand = m.pick(("VISA", "MASTERCARD", "DISCOVER", "AMEX"))
        tape.row("Cashless", f"{total:.2f}")
        tape.row("Change", "0.00")
        tape.gap(3)
        tape.row(f"CARD ISSUER   {brand}", size=6.8)
        tape.row(f"ACCOUNT # ************{last4}", size=6.8)
        tape.row(f"AUTH CODE {m.digits(6)}   SEQ# {m.digits(6)}", size=6.8)
        tape.row(f"AID A0000000{m.pick(('031010', '041010', '042203'))}   CONTACTLESS", size=6.8)
    else:
        cash = float(math.ceil(total / 5) * 5)
        tape.row("Cash Tendered", f"{cash:.2f}")
        tape.row("Change", f"{cash - total:.2f}")
    tape.gap()
    tape.centre("TELL US ABOUT YOUR VISIT", 7.5, "F6")
    tape.centre(f"survey.{store.split()[0].lower()}.example", 7)
    tape.centre("Survey code:", 7)
    tape.centre(f"{m.digits(5)}-{m.digits(5)}-{m.digits(5)}-{m.digits(5)}", 7)
    tape.centre("Get a FREE small fries on your next visit", 6.5)
    tape.centre("Valid 30 days. Write validation code here:", 6.5)
    tape.centre("_______________", 7)
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": order,
    }
    if card:
        truth["card_last_four_digits"] = last4
    return [tape.page()], truth


def receipt_online(m: Maker) -> Layout:
    """An online store's printable order receipt: the store's name as its logo, "Final Details
    for Order #..." with the order date, the shipment with its items, seller and condition,
    the payment method and billing address beside the order summary (items subtotal,
    shipping and its promotion, total before tax, estimated tax, grand total), and the
    customer-service telephone number in the footer."""
    store = f"{m.pick(COMPANY_A)} {m.pick(ONLINE_KINDS)}"
    phone = m.phone()
    first, _, last = m.person()
    street, city = m.address()
    ordered = m.date()
    number = f"{m.digits(3)}-{m.digits(7)}-{m.digits(7)}"
    items = []
    for name, low, high in m.r.sample(ONLINE_ITEMS, m.r.randint(1, 4)):
        qty = m.pick((1, 1, 1, 2))
        items.append((name, qty, m.amount(low, high)))
    subtotal = round(sum(q * p for _, q, p in items), 2)
    shipping = float(m.pick((0.0, 4.99, 5.99, 6.99)))
    tax = round(subtotal * m.pick((0.06, 0.0625, 0.07, 0.0825)), 2)
    total = round(subtotal + tax, 2)
    last4 = m.digits(4)
    brand = m.pick(("Visa", "Mastercard", "American Express", "Discover"))
    shipped = ordered + dt.timedelta(days=m.r.randint(0, 3))
    c = Canvas()
    c.text(48, 36, store, 20, "F2")
    c.line(48, 64, 564, 64, 0.5)
    c.centre(306, 78, f"Final Details for Order #{number}", 13, "F2")
    c.centre(306, 96, "Print this page for your records.", 7.5)
    facts = (
        ("Order Placed:", long_date(ordered)),
        (f"{store} order number:", number),
        ("Order Total:", money(total, "$")),
    )
    for i, (label, value) in enumerate(facts):
        c.text(48, 120 + 13 * i, label, 8.5, "F2")
        c.text(52 + 1.1 * text_width(label, 8.5, "F2"), 120 + 13 * i, value, 8.5)
    top = 168.0
    c.shade(48.5, top + 0.5, 515, 18, 0.9)
    c.text(54, top + 5, f"Shipped on {long_date(shipped)}", 9, "F2")
    c.text(70, top + 28, "Items Ordered", 8, "F2")
    c.right(556, top + 28, "Price", 8, "F2")
    y = top + 42
    for name, qty, price in items:
        c.text(70, y, f"{qty} of: {name}", 8.5)
        c.text(82, y + 11, f"Sold by: {store}   Condition: New", 7)
        c.right(556, y, money(price, "$"), 8.5)
        y += 34
    c.text(70, y - 4, "Shipping Address:", 8, "F2")
    c.text(160, y - 4, f"{first} {last}, {street}, {city}", 8)
    c.text(70, y + 8, f"Shipping Speed: {m.pick(('Standard Shipping', 'Two-Day Shipping'))}", 8)
    c.box(48, top, 516, y + 24 - top, 0.6)
    top = y + 36
    c.box(48, top, 516, 138, 0.6)
    c.shade(48.5, top + 0.5, 515, 18, 0.9)
    c.text(54, top + 5, "Payment information", 9, "F2")
    c.text(60, top + 28, "Payment Method:", 8, "F2")
    c.text(60, top + 40, f"{brand} | Last digits: {last4}", 8)
    c.text(60, top + 60, "Billing address", 8, "F2")
    for i, s in enumerate((f"{first} {last}", street, city, "United States")):
        c.text(60, top + 72 + 11 * i, s, 8)
    summary = [("Item(s) Subtotal:", money(subtotal, "$"))]
    summary.append(("Shipping & Handling:", money(shipping, "$")))
    if shipping:
        summary.append(("Free Shipping:", f"-{money(shipping, '$')}"))
    summary += [
        ("Total before tax:", money(subtotal, "$")),
        ("Estimated tax to be collected:", money(tax, "$")),
        ("Grand Total:", money(total, "$")),
    ]
    for i, (label, value) in enumerate(summary):
        bold = "F2" if label == "Grand Total:" else "F1"
        c.right(480, top + 28 + 14 * i, label, 8.5, bold)
        c.right(556, top + 28 + 14 * i, value, 8.5, bold)
    c.line(
        340,
        top + 28 + 14 * (len(summary) - 1) - 3,
        560,
        top + 28 + 14 * (len(summary) - 1) - 3,
        0.4,
    )
    c.text(
        48,
        top + 156,
        "To view the status of your order, return to Your Orders. Items shipped separately may "
        "arrive on different days.",
        7.5,
    )
    c.line(48, 730, 564, 730, 0.3)
    c.centre(
        306,
        738,
        f"Conditions of Use  |  Privacy Notice  |  Customer Service {phone}",
        7,
    )
    c.centre(306, 748, f"\xa9 {ordered.year} {store}. All rights reserved.", 6.5)
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": ordered.isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": number,
        "card_last_four_digits": last4,
    }
    return [c], truth
