"""The "fresh2" held-out layouts (templates 7 and 8) of the catalog kinds, for
bench/catalog_documents.py.

A third held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh2` is an
honest test set: a two-page utility or telecom bill with a remittance slip and a UK trade VAT
invoice on A4; a UK payslip with payments, deductions and year-to-date columns and a
public-sector earnings and leave statement; a community-bank statement with a check list and
check images and an online-banking "account activity" print-out; a pressure-seal W-2 mailer
(outside and inside, three copies) and a typed substitute W-2 in list form; a learner permit
card and a mobile driver licence on a phone screen; a brokerage's consolidated 1099 and a
substitute 1099 letter; a desk-set business check with its register stub and a cashier's check
with the customer's receipt; a pharmacy receipt and a gas-station receipt.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from bench.catalog_documents import (
    BANKS,
    COMPANY_A,
    COMPANY_B,
    FIRST,
    ITEMS,
    PRODUCTS,
    STREETS,
    SUMMARY_LABELS,
    Canvas,
    Maker,
    Truth,
    _paragraph,
    fmt,
    money,
    text_width,
    words,
)
from bench.catalog_layouts_fresh import (
    NO_INCOME_TAX,
    W2,
    Flow,
    Frame,
    Layout,
    Statement,
    Tape,
    Txn,
    barcode,
    cheque_truth,
    form_cell,
    in_words,
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

# ---------------------------------------------------------------------------------------------
# Drawing and value helpers


def leader(label: str, width: float, size: float, font: str = "F1") -> str:
    """`label` and a row of dots that runs it out to `width` points, as typed statements do."""
    room = width - text_width(f"{label} ", size, font)
    return f"{label} {'.' * max(3, int(room / text_width('.', size, font)))}"


def dashes_down(c: Canvas | Frame, x: float, top: float, bottom: float) -> None:
    """A vertical tear line (a stub's perforation)."""
    y = top
    while y < bottom:
        c.line(x, y, x, min(y + 3, bottom), 0.4)
        y += 6


def split_cents(m: Maker, total: float, parts: int) -> list[float]:
    """`total` cut at random into `parts` amounts that add up to it to the cent."""
    cents = round(total * 100)
    if parts <= 1 or cents <= parts:
        return [total]
    cuts = sorted(m.r.sample(range(1, cents), parts - 1))
    return [(b - a) / 100 for a, b in zip([0, *cuts], [*cuts, cents], strict=True)]


def add_years(d: dt.date, years: int) -> dt.date:
    """The same day `years` later, or earlier when negative (28 February for a 29th)."""
    return dt.date(d.year + years, d.month, min(d.day, 28) if d.month == 2 else d.day)


def month_end(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


# UK towns and their postcode areas, for the UK layouts' addresses.
UK_TOWNS = (
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Norwich", "NR"),
    ("Derby", "DE"),
    ("Exeter", "EX"),
    ("Cardiff", "CF"),
    ("Reading", "RG"),
    ("Leicester", "LE"),
    ("York", "YO"),
    ("Preston", "PR"),
)
UK_STREET_KINDS = ("Road", "Street", "Lane", "Way", "Close", "Avenue", "Trading Estate")


def uk_address(m: Maker) -> tuple[str, str, str]:
    """(street line, town, postcode)."""
    town, area = m.pick(UK_TOWNS)
    kind = m.pick(UK_STREET_KINDS)
    number = f"Unit {m.r.randint(1, 40)}," if kind == "Trading Estate" else str(m.r.randint(1, 240))
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    postcode = f"{area}{m.r.randint(1, 28)} {m.r.randint(1, 9)}{m.pick(letters)}{m.pick(letters)}"
    return f"{number} {m.pick(STREETS)} {kind}", town, postcode


def uk_phone(m: Maker) -> str:
    return f"0{m.r.randint(113, 191)} {m.r.randint(200, 999)} {m.digits(4)}"


def uk_company(m: Maker) -> str:
    return f"{m.pick(COMPANY_A)} {m.pick(COMPANY_B)} Ltd"


def uk_date(d: dt.date) -> str:
    return fmt(d, "%d/%m/%Y")


# ---------------------------------------------------------------------------------------------
# Invoices

# What a telecom provider bills each month and the fees it adds on top, (label, low, high);
# the internet plans come first, and sales tax is charged on the services.
TELECOM_CHARGES = (
    ("Internet 300 Mbps", 45.0, 80.0),
    ("Internet Gig Extra", 70.0, 110.0),
    ("TV Select package", 40.0, 95.0),
    ("Home Phone Unlimited", 20.0, 35.0),
    ("WiFi gateway rental", 10.0, 15.0),
    ("Receiver rental (2)", 8.0, 20.0),
    ("Premium movie channels", 10.0, 18.0),
)
TELECOM_FEES = (
    ("Broadcast TV surcharge", 14.0, 25.0),
    ("Regulatory recovery fee", 1.5, 3.5),
    ("Federal Universal Service Fund", 0.8, 2.6),
    ("E911 service fee", 0.5, 1.5),
)
TV_ONLY = ("Receiver rental (2)", "Premium movie channels")
UTILITY_NAMES = {
    "telecom": ("Broadband", "Telecom", "Cable & Internet"),
    "electric": ("Energy", "Power & Light", "Electric Cooperative"),
}


def invoice_fresh2(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """7: a utility or telecom bill with a remittance slip; 8: a UK trade VAT invoice."""
    return (*(invoice_utility if t == 7 else invoice_uk_vat)(m), f"t{t}")


def invoice_utility(m: Maker) -> Layout:
    """A monthly utility bill: page 1 the account summary (last payment received, so the amount
    due is the new charges), a usage chart or news and a tear-off remittance slip; page 2 the
    detail of the charges with their subtotal, then taxes, fees and surcharges."""
    service = m.pick(("telecom", "electric"))
    vendor = f"{m.pick(COMPANY_A)} {m.pick(UTILITY_NAMES[service])}"
    domain = vendor.split()[0].lower()
    first, _, last = m.person()
    receiver = f"{first} {last}".upper() if m.chance(0.7) else m.company()
    street, city = m.address()
    account = m.pick((f"{m.digits(4)} {m.digits(5)} {m.digits(3)}", f"{m.digits(3)}-{m.digits(7)}"))
    number = m.pick((m.digits(10), f"{m.digits(4)}-{m.digits(6)}", f"B{m.digits(8)}"))
    issued = m.date()
    due = issued + dt.timedelta(days=m.pick((18, 21, 25)))
    end = issued - dt.timedelta(days=m.r.randint(1, 4))
    start = end - dt.timedelta(days=m.r.randint(28, 32))
    date_fmt = m.pick(("%m/%d/%Y", "%b %d, %Y", "%m/%d/%y"))
    charges: list[tuple[str, float]] = []
    kwh = 0
    if service == "telecom":
        # an internet plan, then extras; TV add-ons and the TV surcharge only with TV
        extras = m.r.sample(TELECOM_CHARGES[2:], m.r.randint(1, 3))
        tv = any(label.startswith("TV") for label, _, _ in extras)
        plan = [m.pick(TELECOM_CHARGES[:2])] + [x for x in extras if tv or x[0] not in TV_ONLY]
        charges = [(label, m.amount(low, high)) for label, low, high in plan]
        subtotal = round(sum(x[1] for x in charges), 2)
        fees = [
            (label, m.amount(low, high))
            for label, low, high in TELECOM_FEES
            if (tv or label != "Broadcast TV surcharge") and m.chance(0.7)
        ]
        fees.append(("State and local sales tax", round(subtotal * m.pick((0.05, 0.06, 0.07)), 2)))
    else:
        kwh = m.r.randint(300, 1600)
        energy, delivery = round(m.r.uniform(0.08, 0.17), 5), round(m.r.uniform(0.03, 0.07), 5)
        charges = [
            ("Basic service charge", m.amount(9, 15)),
            (f"Energy charge {kwh:,} kWh x ${energy:.5f}", round(kwh * energy, 2)),
            (f"Delivery charge {kwh:,} kWh x ${delivery:.5f}", round(kwh * delivery, 2)),
            ("Fuel cost adjustment", round(kwh * m.r.uniform(0.002, 0.012), 2)),
        ]
        subtotal = round(sum(x[1] for x in charges), 2)
        fees = [
            ("State utility tax", round(subtotal * m.pick((0.03, 0.04, 0.06)), 2)),
            ("Municipal franchise fee", round(subtotal * m.pick((0.02, 0.03)), 2)),
            ("Energy efficiency surcharge", m.amount(0.5, 2.5)),
        ]
    total = round(subtotal + sum(x[1] for x in fees), 2)
    previous = m.amount(0.9 * total, 1.1 * total)
    paid_on = issued - dt.timedelta(days=m.r.randint(8, 20))
    phone = m.phone()
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": receiver,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    due_label = m.pick(("Total Amount Due", "Amount Due", "Total Due", "Please Pay"))
    number_label = m.pick(("Invoice Number", "Bill Number", "Statement Number"))
    date_label = m.pick(("Bill Date", "Statement Date", "Invoice Date"))
    period = f"{fmt(start, date_fmt)} - {fmt(end, date_fmt)}"

    c = Canvas()
    c.shade(40, 30, 34, 34, 0.35)
    c.shade(48, 38, 18, 18, 0.85)
    c.text(84, 32, vendor, 16, "F2")
    tagline = "Keeping you connected" if service == "telecom" else "Powering the community"
    c.text(84, 52, tagline, 7.5)
    c.right(572, 32, f"Questions? Call {phone}", 8, "F2")
    c.right(572, 44, f"www.{domain}.example", 7.5)
    c.right(572, 56, "Page 1 of 2", 7)
    c.box(340, 80, 232, 86, 0.6)
    facts = (
        ("Account Number", account),
        (date_label, fmt(issued, date_fmt)),
        (number_label, number),
        ("Service Period", period),
        ("Payment Due Date", fmt(due, date_fmt)),
    )
    for i, (label, value) in enumerate(facts):
        c.text(348, 88 + 15 * i, label, 8)
        c.right(564, 88 + 15 * i, value, 8.5, "F2" if i == 0 else "F1")
    for i, s in enumerate((receiver, street, city)):
        c.text(40, 88 + 13 * i, s, 10 if i == 0 else 9, "F2" if i == 0 else "F1")
    c.text(40, 138, f"Service address: {street}, {city}", 7)
    c.text(40, 186, "Your Account Summary", 12, "F2")
    c.line(40, 202, 330, 202, 0.8)
    summary = (
        ("Previous balance", money(previous, "$")),
        (f"Payment received {fmt(paid_on, '%m/%d')} - Thank you", f"-{money(previous, '$')}"),
        ("Balance forward", "$0.00"),
        ("Current charges (details on page 2)", money(total, "$")),
    )
    for i, (label, value) in enumerate(summary):
        c.text(44, 210 + 15 * i, label, 8.5)
        c.right(326, 210 + 15 * i, value, 8.5)
    c.shade(40, 274, 290, 24, 0.88)
    c.text(46, 281, f"{due_label} by {fmt(due, date_fmt)}", 10, "F2")
    c.right(326, 280, money(total, "$"), 12, "F2")
    if service == "electric":
        usage_chart(c, m, kwh, end)
    else:
        c.text(360, 186, "News & Updates", 10, "F2")
        y = 204.0
        for note in (
            "Go paperless: enroll in paperless billing and AutoPay to save $5 a month.",
            f"Your promotional pricing ends {fmt(end + dt.timedelta(days=90), date_fmt)}. "
            "Call us to review your plan.",
            f"Check outages in your area at {domain}.example/status.",
        ):
            y = _paragraph(c, 360, y, note, 210, 7.5, "F1") + 6
    c.text(40, 322, "Ways to pay", 9, "F2")
    ways = (
        f"Online: pay.{domain}.example   |   Phone: {phone} (free automated line)   |   "
        "Mail: use the slip below. A late payment charge of 1.5% applies to balances unpaid "
        "after the due date."
    )
    _paragraph(c, 40, 336, ways, 532, 7.5, "F1")
    if service == "electric":
        meter_table(c, m, kwh, start, end, date_fmt)
    else:
        c.text(40, 376, "Your Services", 9, "F2")
        c.line(40, 388, 572, 388, 0.4)
        for i, (label, amount) in enumerate(charges):
            c.text(44, 394 + 12 * i, label, 8)
            c.text(300, 394 + 12 * i, "Monthly", 8)
            c.right(566, 394 + 12 * i, money(amount, "$"), 8)
    c.text(40, 462, "Important Messages", 9, "F2")
    notice = (
        "Keep your contact details up to date so we can reach you about outages and service "
        "changes. If you are having difficulty paying your bill, call us to ask about payment "
        "arrangements and assistance programs before the due date."
    )
    _paragraph(c, 40, 476, notice, 532, 7.5, "F1")
    perforation(c, 512)
    c.text(40, 524, "Please detach and return this portion with your payment.", 7)
    c.text(40, 533, f"Make checks payable to {vendor}.", 7)
    c.shade(40, 550, 20, 20, 0.35)
    c.text(66, 554, vendor, 10, "F2")
    cells = (
        ("Account Number", account),
        ("Payment Due Date", fmt(due, date_fmt)),
        (due_label, money(total, "$")),
        ("Amount Enclosed", "$"),
    )
    for i, (label, value) in enumerate(cells):
        x, y = 340 + 116 * (i % 2), 544 + 34 * (i // 2)
        c.box(x, y, 116, 34, 0.6)
        c.text(x + 4, y + 3, label, 6.5, "F2")
        c.text(x + 6, y + 16, value, 9.5, "F2" if i == 2 else "F1")
    for i, s in enumerate((receiver, street, city)):
        c.text(60, 636 + 11 * i, s.upper(), 9, "F5")
    remit = (vendor.upper(), f"PO BOX {m.r.randint(1000, 99999)}", m.address()[1].upper())
    for i, s in enumerate(remit):
        c.text(360, 636 + 11 * i, s, 9, "F5")
    c.text(
        60, 730, f"{account.replace(' ', '').replace('-', '')} {round(total * 100):09d} 4", 10, "F5"
    )

    p2 = Canvas()
    p2.text(40, 32, vendor, 11, "F2")
    p2.right(572, 32, f"Account Number {account}", 8)
    p2.right(572, 44, f"{date_label} {fmt(issued, date_fmt)}", 8)
    p2.line(40, 58, 572, 58, 0.8)
    p2.text(40, 74, "Detail of Current Charges", 13, "F2")
    p2.text(40, 92, f"Service period {period}", 8)
    y = 116.0
    title = "Monthly Service Charges" if service == "telecom" else "Electric Service"
    y = charge_block(p2, y, title, charges, "Subtotal", subtotal)
    y = charge_block(p2, y + 16, "Taxes, Fees and Surcharges", fees, "Total taxes and fees")
    p2.line(40, y + 2, 572, y + 2, 0.8)
    p2.line(40, y + 4, 572, y + 4, 0.8)
    p2.text(44, y + 10, "Total Current Charges", 10, "F2")
    p2.right(566, y + 10, money(total, "$"), 10, "F2")
    y += 44
    p2.text(40, y, "Payments Received", 9, "F2")
    p2.text(44, y + 16, fmt(paid_on, date_fmt), 8)
    p2.text(120, y + 16, "Payment - thank you", 8)
    p2.right(566, y + 16, f"-{money(previous)}", 8)
    fine = (
        "Taxes and fees are set by federal, state and local authorities and may change without "
        "notice. Surcharges recover costs of programs required by regulators. To dispute a "
        f"charge, call {phone} within 60 days of the bill date; you do not have to pay the "
        "disputed amount while we investigate."
    )
    _paragraph(p2, 40, 690, fine, 532, 6.5, "F1")
    p2.right(572, 760, "Page 2 of 2", 7)
    return [c, p2], truth


def charge_block(
    c: Canvas,
    top: float,
    title: str,
    rows: list[tuple[str, float]],
    total_label: str,
    total: float | None = None,
) -> float:
    """A titled list of charges and its total line; returns the bottom."""
    c.shade(40, top, 532, 15, 0.88)
    c.text(44, top + 4, title, 8.5, "F2")
    y = top + 22
    for label, value in rows:
        c.text(52, y, label, 8.5)
        c.right(566, y, money(value), 8.5)
        y += 14
    c.line(430, y, 572, y, 0.4)
    c.text(52, y + 5, total_label, 8.5, "F2")
    shown = total if total is not None else round(sum(x[1] for x in rows), 2)
    c.right(566, y + 5, money(shown, "$"), 8.5, "F2")
    return y + 22


def meter_table(c: Canvas, m: Maker, kwh: int, start: dt.date, end: dt.date, date_fmt: str) -> None:
    """The meter readings behind the usage, one row per meter."""
    c.text(40, 376, "Meter Information", 9, "F2")
    heads = ((44, "Meter Number", "l"), (130, "Read Dates", "l"), (300, "Previous Read", "r"))
    heads += ((380, "Current Read", "r"), (450, "Multiplier", "r"), (566, "kWh Used", "r"))
    for x, head, align in heads:
        (c.text if align == "l" else c.right)(x, 390, head, 7, "F2")
    c.line(40, 400, 572, 400, 0.4)
    previous = m.r.randint(10000, 90000)
    cells = (
        m.digits(8),
        f"{fmt(start, date_fmt)} - {fmt(end, date_fmt)}",
        f"{previous:,} {m.pick(('A', 'E'))}",
        f"{previous + kwh:,} A",
        "1",
        f"{kwh:,}",
    )
    for (x, _, align), cell in zip(heads, cells, strict=True):
        (c.text if align == "l" else c.right)(x, 406, cell, 8)
    c.text(44, 420, "A = actual reading   E = estimated reading", 6.5)


def usage_chart(c: Canvas, m: Maker, kwh: int, end: dt.date) -> None:
    """Thirteen months of electricity use as bars, this month's last, as utility bills show."""
    c.text(360, 186, "Your Electricity Use (kWh)", 10, "F2")
    history = [max(150, round(kwh * m.r.uniform(0.55, 1.35))) for _ in range(12)] + [kwh]
    top, base, x0 = 206.0, 290.0, 364.0
    for i, used in enumerate(history):
        h = (base - top) * used / max(history)
        c.shade(x0 + 16 * i, base - h, 10, h, 0.2 if i == 12 else 0.65)
        month = (end.month - 13 + i) % 12 + 1
        c.centre(x0 + 16 * i + 5, base + 3, "JFMAMJJASOND"[month - 1], 6)
    c.line(360, base, 572, base, 0.4)
    c.text(360, 304, f"This period: {kwh:,} kWh", 7.5)
    c.text(470, 304, f"Daily average: {kwh / 30:.1f} kWh", 7.5)


# Zero-rated goods (printed matter) beside standard-rated ones on a UK trade invoice.
ZERO_RATED = ("Printed product catalogue", "Technical manual (printed)", "Safety wall charts")


def invoice_uk_vat(m: Maker) -> Layout:
    """A UK trade supplier's sales invoice on A4: boxed header references (the date is the tax
    point), Invoice To / Deliver To panels, a ruled item grid running down the page with
    discount and VAT-code columns, a VAT analysis beside the totals, and the statutory footer
    (company number, registered office, VAT number)."""
    vendor, receiver = uk_company(m), uk_company(m)
    v_street, v_town, v_post = uk_address(m)
    r_street, r_town, r_post = uk_address(m)
    d_street, d_town, d_post = (r_street, r_town, r_post) if m.chance(0.5) else uk_address(m)
    number = m.pick((m.digits(6), f"SI-{m.digits(5)}", f"{m.r.randint(10, 99)}/{m.digits(5)}"))
    issued = m.date()
    po = m.pick(
        (f"PO{m.digits(6)}", m.digits(5), f"{receiver.split()[0][:3].upper()}-{m.digits(4)}")
    )
    po = po if m.chance(0.75) else ""
    lines = []
    for _ in range(m.r.randint(2, 9)):
        zero = m.chance(0.12)
        desc = m.pick(ZERO_RATED if zero else PRODUCTS)
        qty, price = m.r.randint(1, 48), m.amount(2, 320)
        disc = m.pick((0, 0, 0, 5, 10, 15))
        net = round(qty * price * (100 - disc) / 100, 2)
        code = f"{m.pick('ABCEHKMPST')}{m.pick('ABCEHKMPST')}{m.digits(4)}"
        lines.append((code, desc, qty, price, disc, net, "Z" if zero else "S"))
    rates = {"S": 0.20, "Z": 0.0}
    nets = {k: round(sum(x[5] for x in lines if x[6] == k), 2) for k in rates}
    vats = {k: round(nets[k] * rates[k], 2) for k in rates}
    subtotal = round(nets["S"] + nets["Z"], 2)
    vat = round(vats["S"] + vats["Z"], 2)
    total = round(subtotal + vat, 2)
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
    c = Canvas(595.0, 842.0)
    c.text(40, 36, vendor, 17, "F4")
    c.line(40, 58, 300, 58, 1.5)
    domain = vendor.split()[0].lower()
    for i, s in enumerate(
        (v_street, f"{v_town} {v_post}", f"Tel: {uk_phone(m)}", f"sales@{domain}.example")
    ):
        c.text(40, 64 + 11 * i, s, 8)
    c.right(555, 34, "SALES INVOICE", 16, "F2")
    refs = (
        ("Invoice No.", number),
        ("Date / Tax Point", uk_date(issued)),
        ("Account Ref.", f"{receiver.split()[0][:4].upper()}{m.digits(3)}"),
        ("Your Order No.", po),
        ("Our Ref.", f"SO{m.digits(6)}"),
        ("Page", "1 of 1"),
    )
    for i, (label, value) in enumerate(refs):
        x, y = 335 + 110 * (i % 2), 60 + 27 * (i // 2)
        c.box(x, y, 110, 27, 0.5)
        c.text(x + 4, y + 3, label, 6.5, "F2")
        c.text(x + 6, y + 14, value, 9)
    panels = (
        (40, "Invoice To", (receiver, r_street, r_town, r_post)),
        (310, "Deliver To", (receiver, d_street, d_town, d_post)),
    )
    for x, title, rows in panels:
        c.box(x, 160, 245, 74, 0.5)
        c.shade(x + 0.5, 160.5, 244, 13, 0.85)
        c.text(x + 5, 163, title, 7.5, "F2")
        for i, s in enumerate(rows):
            c.text(x + 8, 179 + 12 * i, s, 9)
    top, bottom = 250.0, 600.0
    cols = (
        (40, 95, "Product Code", "l"),
        (95, 292, "Description", "l"),
        (292, 330, "Qty", "r"),
        (330, 392, "Unit Price", "r"),
        (392, 428, "Disc %", "r"),
        (428, 505, "Net Amount", "r"),
        (505, 555, "VAT", "c"),
    )
    c.shade(40, top, 515, 16, 0.85)
    c.box(40, top, 515, bottom - top, 0.6)
    for x0, x1, head, align in cols:
        if x0 > 40:
            c.line(x0, top, x0, bottom, 0.4)
        if align == "l":
            c.text(x0 + 4, top + 5, head, 7, "F2")
        elif align == "r":
            c.right(x1 - 4, top + 5, head, 7, "F2")
        else:
            c.centre((x0 + x1) / 2, top + 5, head, 7, "F2")
    c.line(40, top + 16, 555, top + 16, 0.6)
    for i, (code, desc, qty, price, disc, net, vat_code) in enumerate(lines):
        y = top + 24 + 15 * i
        c.text(44, y, code, 8, "F5")
        c.text(99, y, desc, 8.5)
        c.right(326, y, str(qty), 8.5)
        c.right(388, y, f"{price:,.2f}", 8.5)
        c.right(424, y, f"{disc:.2f}" if disc else "", 8.5)
        c.right(501, y, f"{net:,.2f}", 8.5)
        c.centre(530, y, vat_code, 8.5)
    c.text(40, 612, "VAT Analysis", 8, "F2")
    for x, head in ((44, "Code"), (84, "Rate"), (190, "Net"), (260, "VAT")):
        (c.text if x < 100 else c.right)(x, 626, head, 7, "F2")
    c.line(40, 636, 264, 636, 0.4)
    shown = [k for k in rates if nets[k]]
    for i, k in enumerate(shown):
        y = 641 + 12 * i
        c.text(44, y, k, 8)
        c.text(84, y, f"{rates[k] * 100:.2f}%", 8)
        c.right(190, y, f"{nets[k]:,.2f}", 8)
        c.right(260, y, f"{vats[k]:,.2f}", 8)
    total_label = m.pick(("INVOICE TOTAL", "TOTAL PAYABLE", "Amount Due"))
    for i, (label, value) in enumerate(
        (("Total Net Amount", subtotal), ("Total VAT Amount", vat), (total_label, total))
    ):
        y = 610 + 20 * i
        c.box(380, y, 175, 20, 0.6 if i < 2 else 1.2)
        c.line(470, y, 470, y + 20, 0.4)
        bold = "F2" if i == 2 else "F1"
        c.text(385, y + 6, label, 8, bold)
        c.right(550, y + 6, f"\xa3{value:,.2f}", 9, bold)
    terms = (
        "Terms: strictly 30 days net from the invoice date. Please quote the invoice number with "
        f"your remittance. Bank: {m.pick(BANKS)}, Sort Code {m.digits(2)}-{m.digits(2)}-"
        f"{m.digits(2)}, Account No. {m.digits(8)}. Goods remain our property until paid for in "
        "full. Discrepancies must be reported within 7 days of delivery."
    )
    _paragraph(c, 40, 690, terms, 515, 7, "F1")
    c.line(40, 790, 555, 790, 0.4)
    footer = (
        f"{vendor}  |  Registered in England and Wales No. {m.digits(8)}  |  Registered Office: "
        f"{v_street}, {v_town} {v_post}  |  VAT Reg. No. GB {m.digits(3)} {m.digits(4)} "
        f"{m.digits(2)}"
    )
    for i, s in enumerate(wrap(footer, 515, 6.5)):
        c.centre(297.5, 796 + 8 * i, s, 6.5)
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips


def payslip_fresh2(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """7: a UK payslip; 8: a public-sector earnings and leave statement."""
    return (*(payslip_uk if t == 7 else payslip_public)(m), f"t{t}")


def payslip_uk(m: Maker) -> Layout:
    """A UK monthly payslip on A4: a row of ruled boxes (employee number, name, pay date, NI
    number, tax code), then Payments / Deductions / Year-to-date columns ruled down to a fixed
    depth, the totals and NET PAY in a row of boxes, and the employee's address for the window
    envelope. The pay period's dates are printed by some payroll packages only."""
    company = uk_company(m)
    c_street, c_town, c_post = uk_address(m)
    first, middle, last = m.person()
    e_street, e_town, e_post = uk_address(m)
    full = " ".join(p for p in (first, middle, last) if p)
    emp_no = m.pick((m.digits(4), m.digits(5), f"{m.pick('ABCHKMS')}{m.digits(4)}"))
    annual = float(m.r.randrange(21000, 78000, 250))
    start = m.date(dt.date(2023, 4, 1), 700).replace(day=1)
    end = month_end(start)
    paid = end.replace(day=m.pick((25, 28, end.day)))
    while paid.weekday() > 4:  # paid on the last working day before
        paid -= dt.timedelta(days=1)
    period_no = (start.month - 4) % 12 + 1  # the tax year starts in April
    basic = round(annual / 12, 2)
    payments = [("Basic Salary", "", "", basic)]
    if m.chance(0.4):
        hours, rate = m.pick((3.5, 6.0, 8.0, 12.5)), round(annual / 1950 * 1.5, 2)
        payments.append(("Overtime @ 1.5", f"{hours:.2f}", f"{rate:.2f}", round(hours * rate, 2)))
    if m.chance(0.2):
        payments.append(("Bonus", "", "", float(m.r.randrange(100, 1500, 50))))
    gross = round(sum(x[3] for x in payments), 2)
    pension = round(gross * m.pick((0.03, 0.04, 0.05)), 2)
    taxable = gross - pension  # pension taken before tax ("net pay arrangement")
    # tax code 1257L, monthly: 1,047.50 tax-free, 20% up to 4,189 a month, 40% above
    tax = round(max(0.0, min(taxable, 4189.0) - 1047.5) * 0.2 + max(0.0, taxable - 4189.0) * 0.4, 2)
    ni_rate = (
        0.12 if start < dt.date(2024, 1, 1) else (0.10 if start < dt.date(2024, 4, 1) else 0.08)
    )
    ni = round(max(0.0, gross - 1048.0) * ni_rate, 2)
    deductions = [("PAYE Tax", tax), ("National Insurance", ni), ("Pension (Employee)", pension)]
    if m.chance(0.3):
        deductions.append(("Student Loan", float(math.floor(max(0.0, gross - 2274.0) * 0.09))))
    total_ded = round(sum(x[1] for x in deductions), 2)
    net = round(gross - total_ded, 2)

    def to_date(value: float) -> float:
        return round(value * (period_no - 1) * m.r.uniform(0.97, 1.0) + value, 2)

    ytd_gross = to_date(gross)
    ytd = (
        ("Total Gross Pay TD", ytd_gross),
        ("Gross for Tax TD", round(ytd_gross - to_date(pension), 2)),
        ("Tax paid TD", to_date(tax)),
        ("Earnings for NI TD", ytd_gross),
        ("National Insurance TD", to_date(ni)),
        ("Employee Pension TD", to_date(pension)),
        ("Employer Pension TD", to_date(round(gross * 0.03, 2))),
    )
    dated = m.chance(0.5)
    pay_label = m.pick(("Pay Date", "Process Date", "Payment Date"))
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": emp_no,
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": total_ded,
    }
    if dated:
        truth["PayPeriodStartDate"] = start.isoformat()
        truth["PayPeriodEndDate"] = end.isoformat()
    c = Canvas(595.0, 842.0)
    c.text(40, 30, company, 12, "F2")
    c.right(555, 28, "PAYSLIP", 15, "F2")
    c.text(40, 46, f"{c_street}, {c_town} {c_post}", 7.5)
    top_cells = (
        ("Employee No.", emp_no, 70),
        ("Employee Name", full, 165),
        (pay_label, uk_date(paid), 85),
        (
            "NI Number",
            f"{m.pick('ABCEHJKLMNPRSTWXYZ')}{m.pick('ABCEHJKLMNPRSTWXYZ')}"
            f"{m.digits(6)}{m.pick('ABCD')}",
            105,
        ),
        ("Tax Code", m.pick(("1257L", "1257L", "1257L M1")), 90),
    )
    x = 40.0
    for label, value, w in top_cells:
        c.box(x, 62, w, 32, 0.6)
        c.text(x + 4, 65, label, 6.5, "F2")
        c.text(x + 5, 78, value, 9)
        x += w
    body_top, body_bottom = 104.0, 300.0
    blocks = ((40, 250, "Payments"), (250, 400, "Deductions"), (400, 555, "Year to Date"))
    for x0, x1, title in blocks:
        c.box(x0, body_top, x1 - x0, body_bottom - body_top, 0.6)
        c.shade(x0 + 0.5, body_top + 0.5, x1 - x0 - 1, 14, 0.85)
        c.centre((x0 + x1) / 2, body_top + 4, title, 8, "F2")
    heads = ((44, "Description", "l"), (160, "Units", "r"), (200, "Rate", "r"))
    heads += ((246, "Amount", "r"), (254, "Description", "l"), (396, "Amount", "r"))
    for hx, head, align in heads:
        (c.text if align == "l" else c.right)(hx, body_top + 19, head, 6.5, "F2")
    c.line(40, body_top + 28, 400, body_top + 28, 0.3)
    for i, (name, units, rate, amount) in enumerate(payments):
        y = body_top + 34 + 12 * i
        c.text(44, y, name, 8)
        c.right(160, y, units, 8)
        c.right(200, y, rate, 8)
        c.right(246, y, f"{amount:,.2f}", 8)
    for i, (name, amount) in enumerate(deductions):
        y = body_top + 34 + 12 * i
        c.text(254, y, name, 8)
        c.right(396, y, f"{amount:,.2f}", 8)
    for i, (name, amount) in enumerate(ytd):
        y = body_top + 22 + 13 * i
        c.text(404, y, name, 7.5)
        c.right(551, y, f"{amount:,.2f}", 7.5)
    bottom_cells = [
        ("Total Payments", f"{gross:,.2f}", 90),
        ("Total Deductions", f"{total_ded:,.2f}", 90),
        ("Tax Period", f"{period_no:02d}  Monthly", 75),
        ("Payment Method", m.pick(("BACS", "Bank Transfer")), 80),
    ]
    if dated:
        bottom_cells[3] = ("Pay Period", f"{uk_date(start)} - {uk_date(end)}", 80)
        bottom_cells[2] = ("Tax Period", f"{period_no:02d}", 75)
    x = 40.0
    for label, value, w in bottom_cells:
        c.box(x, body_bottom + 8, w, 34, 0.6)
        c.text(x + 4, body_bottom + 11, label, 6.5, "F2")
        c.text(x + 5, body_bottom + 25, value, 8.5 if len(value) < 18 else 6.5)
        x += w
    c.box(x + 10, body_bottom + 8, 555 - x - 10, 34, 1.4)
    c.text(x + 15, body_bottom + 11, "NET PAY", 7, "F2")
    c.right(550, body_bottom + 22, f"\xa3{net:,.2f}", 13, "F2")
    c.box(40, body_bottom + 50, 515, 28, 0.5)
    c.text(44, body_bottom + 53, "Messages", 6.5, "F2")
    c.text(
        44,
        body_bottom + 64,
        f"Holiday remaining: {m.r.randint(2, 28)}.{m.pick((0, 5))} days.  Pension "
        f"contributions are paid to the {m.pick(COMPANY_A)} Workplace Pension scheme.",
        7.5,
    )
    c.text(40, 386, f"{company} - Private and Confidential", 7)
    perforation(c, 400)
    c.text(40, 418, "PRIVATE & CONFIDENTIAL", 8, "F2")
    c.text(40, 429, "Addressee only", 7)
    for i, s in enumerate((full, e_street, e_town, e_post)):
        c.text(330, 458 + 12 * i, s.upper(), 10, "F5")
    return [c], truth


AGENCIES = (
    "Department of Transportation",
    "Department of Health Services",
    "Department of Corrections",
    "Department of Natural Resources",
    "Office of the State Treasurer",
    "Department of Revenue",
    "State Library",
    "Department of Parks and Recreation",
)


def payslip_public(m: Maker) -> Layout:
    """A public employer's biweekly earnings and leave statement: capitals and a typewriter
    face, the employee as LAST, FIRST M in a ruled grid with pay plan, grade and step, a
    "your pay consists of" summary with current and year-to-date columns, coded deductions,
    and a leave table (annual, sick, compensatory) under remarks."""
    _, abbr, state, _ = m.city()
    agency = m.pick(AGENCIES)
    first, middle, last = m.person()
    emp_no = m.pick((m.digits(8), f"{m.digits(3)}-{m.digits(4)}", f"E{m.digits(7)}"))
    end = m.date(dt.date(2023, 1, 14), 700)
    end += dt.timedelta(days=(5 - end.weekday()) % 7)  # periods end on a Saturday
    start = end - dt.timedelta(days=13)
    paid = end + dt.timedelta(days=6)
    pp = (end - dt.date(end.year, 1, 1)).days // 14 + 1
    annual = m.amount(38000, 118000)
    hourly = round(annual / 2087, 2)
    holiday = m.pick((0, 0, 0, 8))
    earnings = [("REGULAR", 80 - holiday, round(hourly * (80 - holiday), 2))]
    if holiday:
        earnings.append(("HOLIDAY", holiday, round(hourly * holiday, 2)))
    if m.chance(0.3):
        hours = m.pick((2, 4, 6, 10))
        earnings.append(("OVERTIME", hours, round(hourly * 1.5 * hours, 2)))
    if m.chance(0.25):
        earnings.append(("NIGHT DIFFERENTIAL", 24, round(hourly * 0.1 * 24, 2)))
    gross = round(sum(x[2] for x in earnings), 2)
    deductions = [
        ("01", "FEDERAL TAX", round(gross * m.r.uniform(0.07, 0.15), 2)),
        ("03", "OASDI", round(gross * 0.062, 2)),
        ("04", "MEDICARE", round(gross * 0.0145, 2)),
        ("10", "RETIREMENT", round(gross * m.pick((0.05, 0.06, 0.075)), 2)),
        ("20", "HEALTH BENEFITS", m.amount(60, 240)),
    ]
    if abbr not in NO_INCOME_TAX:
        deductions.insert(
            1, ("02", f"{abbr} STATE TAX", round(gross * m.r.uniform(0.025, 0.055), 2))
        )
    if m.chance(0.5):
        deductions.append(("31", "DEFERRED COMP 457", round(gross * m.pick((0.03, 0.05)), 2)))
    if m.chance(0.4):
        deductions.append(("45", "UNION DUES", m.amount(18, 42)))
    if m.chance(0.4):
        deductions.append(("52", "LIFE INSURANCE", m.amount(3, 20)))
    total_ded = round(sum(x[2] for x in deductions), 2)
    net = round(gross - total_ded, 2)
    share = (pp - 1) * m.r.uniform(0.97, 1.0)
    ytd = {code: round(amount * share + amount, 2) for code, _, amount in deductions}
    ytd_gross = round(gross * share + gross, 2)
    ytd_ded = round(sum(ytd.values()), 2)
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
        "CurrentTotalDeductions": total_ded,
    }
    value = "F5"
    day = "%m/%d/%Y"
    c = Canvas()
    c.centre(306, 30, f"STATE OF {state.upper()}", 12, "F2")
    c.centre(306, 46, agency.upper(), 8.5)
    c.centre(306, 62, "EARNINGS AND LEAVE STATEMENT", 14, "F2")
    c.centre(306, 80, f"PAY PERIOD {pp:02d}   -   RETAIN FOR YOUR RECORDS", 7)
    grid = (
        (
            ("NAME", f"{last}, {first} {middle[:1]}".strip().upper(), 200),
            ("EMPLOYEE ID", emp_no, 110),
            ("PAY PERIOD BEGINNING", fmt(start, day), 110),
            ("PAY PERIOD ENDING", fmt(end, day), 112),
        ),
        (
            (
                "PAY PLAN / GRADE / STEP",
                f"{m.pick(('SG', 'PG', 'NE'))}-{m.r.randint(5, 28)} / {m.r.randint(1, 10):02d}",
                200,
            ),
            ("ANNUAL SALARY", f"{annual:,.2f}", 110),
            ("HOURLY RATE", f"{hourly:.2f}", 110),
            ("PAY DATE", fmt(paid, day), 112),
        ),
        (
            ("ORGANIZATION", f"{m.digits(4)} {agency.upper()}"[:34], 200),
            ("FED TAX STATUS", f"{m.pick(('S', 'M'))}/{m.r.randint(0, 4):02d}", 110),
            ("STATE TAX STATUS", f"{m.pick(('S', 'M'))}/{m.r.randint(0, 4):02d}", 110),
            ("SERVICE COMP DATE", fmt(m.date(dt.date(1995, 1, 1), 9000), day), 112),
        ),
    )
    y = 96.0
    for row in grid:
        x = 40.0
        for label, text, w in row:
            c.box(x, y, w, 30, 0.5)
            c.text(x + 3, y + 3, label, 6, "F2")
            c.text(x + 5, y + 15, text, 8.5, value)
            x += w
        y += 30
    top = 202.0
    c.text(40, top, "YOUR PAY CONSISTS OF", 8, "F2")
    c.right(220, top, "CURRENT", 7, "F2")
    c.right(300, top, "YEAR TO DATE", 7, "F2")
    c.line(40, top + 10, 300, top + 10, 0.5)
    pay = (
        ("GROSS PAY", gross, ytd_gross),
        ("TOTAL DEDUCTIONS", total_ded, ytd_ded),
        ("NET PAY", net, round(ytd_gross - ytd_ded, 2)),
    )
    for i, (label, now, year) in enumerate(pay):
        bold = "F6" if label == "NET PAY" else value
        c.text(44, top + 16 + 12 * i, label, 8.5, bold)
        c.right(220, top + 16 + 12 * i, f"{now:,.2f}", 8.5, bold)
        c.right(300, top + 16 + 12 * i, f"{year:,.2f}", 8.5, bold)
    c.text(330, top, "NET PAY DISTRIBUTION", 8, "F2")
    c.line(330, top + 10, 572, top + 10, 0.5)
    c.text(334, top + 16, f"CHECKING  ****{m.digits(4)}", 8.5, value)
    c.right(568, top + 16, f"{net:,.2f}", 8.5, value)
    c.text(334, top + 28, f"ROUTING   {m.routing()}", 8.5, value)
    top = 270.0
    c.shade(40, top, 532, 13, 0.85)
    c.text(44, top + 3, "EARNINGS", 8, "F2")
    for x, head in ((300, "HOURS"), (400, "RATE"), (568, "CURRENT")):
        c.right(x, top + 3, head, 7, "F2")
    y = top + 19
    for name, hours, amount in earnings:
        rate = amount / hours if hours else 0.0
        c.text(44, y, name, 8.5, value)
        c.right(300, y, f"{hours:.2f}", 8.5, value)
        c.right(400, y, f"{rate:.2f}", 8.5, value)
        c.right(568, y, f"{amount:,.2f}", 8.5, value)
        y += 11
    top = y + 12
    c.shade(40, top, 532, 13, 0.85)
    c.text(44, top + 3, "DEDUCTIONS", 8, "F2")
    for x, head in ((44, "CODE"), (90, "TYPE")):
        c.text(x, top + 18, head, 7, "F2")
    c.right(468, top + 18, "CURRENT", 7, "F2")
    c.right(568, top + 18, "YEAR TO DATE", 7, "F2")
    y = top + 30
    for code, name, amount in deductions:
        c.text(44, y, code, 8.5, value)
        c.text(90, y, name, 8.5, value)
        c.right(468, y, f"{amount:,.2f}", 8.5, value)
        c.right(568, y, f"{ytd[code]:,.2f}", 8.5, value)
        y += 11
    top = y + 12
    c.shade(40, top, 532, 13, 0.85)
    c.text(44, top + 3, "LEAVE", 8, "F2")
    heads = ((44, "TYPE"), (200, "BEGINNING BALANCE"), (290, "EARNED"), (370, "USED"))
    heads += ((468, "ENDING BALANCE"), (568, "USE OR LOSE"))
    for x, head in heads:
        (c.text if x == 44 else c.right)(x, top + 18, head, 7, "F2")
    y = top + 30
    for name, rate_hours in (("ANNUAL", m.pick((4, 6, 8))), ("SICK", 4), ("COMP TIME", 0)):
        begin = float(m.r.randint(0, 240))
        used = float(m.pick((0, 0, 4, 8))) if begin >= 8 else 0.0
        cells = (
            f"{begin:.2f}",
            f"{rate_hours:.2f}",
            f"{used:.2f}",
            f"{begin + rate_hours - used:.2f}",
        )
        c.text(44, y, name, 8.5, value)
        for x, cell in zip((200, 290, 370, 468), cells, strict=True):
            c.right(x, y, cell, 8.5, value)
        c.right(568, y, f"{m.r.randint(0, 24):.2f}" if name == "ANNUAL" else "", 8.5, value)
        y += 11
    c.box(40, y + 14, 532, 64, 0.5)
    c.text(44, y + 17, "REMARKS", 7, "F2")
    remarks = (
        "OPEN ENROLLMENT FOR HEALTH BENEFITS RUNS NOV 10 THROUGH DEC 8. REVIEW YOUR TAX "
        "WITHHOLDING AND ADDRESS IN THE EMPLOYEE SELF-SERVICE PORTAL. QUESTIONS ABOUT THIS "
        "STATEMENT: CONTACT YOUR AGENCY PAYROLL OFFICE."
    )
    _paragraph(c, 48, y + 29, remarks, 520, 7.5, value)
    c.text(40, 750, f"{agency.upper()}  -  PAYROLL SERVICES", 6.5)
    c.right(572, 750, "PAGE 1 OF 1", 6.5)
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Bank statements


def bank_statement_fresh2(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """7: a community bank's statement with a check list and check images; 8: an online
    banking account-activity print-out."""
    layout = statement_check_images if t == 7 else statement_online
    return (*layout(m, SUMMARY_LABELS[t]), f"t{t}")


def statement_check_images(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A community bank's statement: the summary as arithmetic (previous balance + credits -
    debits = current balance) beside the period's averages, deposits, checks three across in
    number order ("*" marks a gap), other debits, the overdraft-fee table the rules require,
    and images of the checks paid on a page of their own."""
    s = make_statement(m)
    short = "%m/%d/%y"
    checks = sorted((x for x in s.txns if x.kind == "check"), key=lambda x: int(x.check))
    credits = [x for x in s.txns if x.kind == "deposit"]
    debits = [x for x in s.txns if x.kind not in ("deposit", "check")]
    days = (s.end - s.start).days + 1
    phone = m.phone()
    bank_city = m.address()[1]
    credit_union = "Credit Union" in s.bank
    insurer = "Federally insured by NCUA" if credit_union else "Member FDIC"

    def head(c: Canvas, first: bool) -> float:
        c.text(40, 30, s.bank, 14, "F4")
        c.text(40, 48, f"{bank_city}  \xb7  {phone}  \xb7  {insurer}", 7)
        if not first:
            c.right(572, 32, f"{s.acct_type}  {s.account}", 8)
            c.right(572, 44, f"Statement Date {fmt(s.end, short)}", 8)
            return 76.0
        for i, (label, text) in enumerate(
            (("STATEMENT DATE", fmt(s.end, short)), ("ACCOUNT NUMBER", s.account))
        ):
            x = 372 + 100 * i
            c.box(x, 28, 100, 30, 0.5)
            c.text(x + 4, 31, label, 6, "F2")
            c.text(x + 6, 43, text, 9)
        for i, line in enumerate((s.holder, s.street, s.city)):
            c.text(60, 86 + 12 * i, line, 9.5)
        c.box(330, 78, 242, 54, 0.4)
        notice = (
            "Our branches will be closed on federal holidays. Deposits made on a holiday are "
            "credited the next business day. Enroll in e-Statements at any branch."
        )
        _paragraph(c, 336, 84, notice, 230, 6.5, "F1")
        c.shade(40, 150, 532, 16, 0.82)
        c.text(44, 154, f"{s.acct_type.upper()}   {s.account}", 9, "F2")
        signs = ("", "+", "-", "=")
        counts = ("", f"{len(credits)} ", f"{len(checks) + len(debits)} ", "")
        sums = (
            s.opening,
            s.total("deposit"),
            s.total("card", "electronic", "check", "fee"),
            s.closing,
        )
        for i in range(4):
            y = 178 + 14 * i
            c.text(44, y, signs[i], 9, "F2")
            c.text(56, y, f"{counts[i]}{labels[i]}", 8.5, "F2" if i in (0, 3) else "F1")
            c.right(300, y, f"{sums[i]:,.2f}", 8.5, "F2" if i in (0, 3) else "F1")
        c.line(200, 217, 300, 217, 0.4)
        averages = (
            ("Statement Dates", f"{fmt(s.start, short)} thru {fmt(s.end, short)}"),
            ("Days this Statement Period", str(days)),
            ("Average Ledger Balance", f"{(s.opening + s.closing) / 2:,.2f}"),
            ("Average Collected Balance", f"{(s.opening + s.closing) / 2 - 12.5:,.2f}"),
        )
        for i, (label, text) in enumerate(averages):
            c.text(340, 178 + 14 * i, label, 8)
            c.right(568, 178 + 14 * i, text, 8)
        return 258.0

    flow = Flow(head, bottom=720)
    if credits:
        txn_list(flow, "DEPOSITS AND OTHER CREDITS", credits)
    if checks:
        check_list(flow, checks)
    if debits:
        txn_list(flow, "OTHER DEBITS", debits)
    flow.room(60)
    c = flow.c
    c.text(40, flow.y, "OVERDRAFT/RETURN ITEM FEES", 8, "F2")
    c.right(440, flow.y + 14, "Total For This Period", 7, "F2")
    c.right(568, flow.y + 14, "Total Year-to-Date", 7, "F2")
    c.line(40, flow.y + 24, 572, flow.y + 24, 0.4)
    for i, label in enumerate(("Total Overdraft Fees", "Total Returned Item Fees")):
        y = flow.y + 30 + 12 * i
        c.text(44, y, label, 8)
        c.right(440, y, "$0.00", 8)
        c.right(568, y, "$0.00", 8)
    if checks:
        check_images(flow, m, s, checks)
    flow.number_pages(572, 760)
    return flow.pages, statement_truth(s, labels)


def txn_list(flow: Flow, title: str, rows: list[Txn]) -> None:
    def band(more: bool) -> None:
        flow.c.text(40, flow.y, title + (" (continued)" if more else ""), 8, "F2")
        flow.c.text(44, flow.y + 14, "Date", 7, "F2")
        flow.c.text(100, flow.y + 14, "Description", 7, "F2")
        flow.c.right(568, flow.y + 14, "Amount", 7, "F2")
        flow.c.line(40, flow.y + 24, 572, flow.y + 24, 0.4)
        flow.y += 30

    flow.room(60)
    band(False)
    for x in rows:
        if flow.room(11):
            band(True)
        flow.c.text(44, flow.y, fmt(x.day, "%m/%d"), 8)
        flow.c.text(100, flow.y, x.desc.upper(), 8)
        flow.c.right(568, flow.y, f"{x.amount:,.2f}", 8)
        flow.y += 11
    flow.y += 14


def check_list(flow: Flow, checks: list[Txn]) -> None:
    """Checks paid three across: number, date paid, amount."""
    n = math.ceil(len(checks) / 3)
    flow.room(50 + 11 * n)
    c = flow.c
    c.text(40, flow.y, "CHECKS", 8, "F2")
    for g in range(3):
        x = 44 + 180 * g
        c.text(x, flow.y + 14, "Number", 7, "F2")
        c.text(x + 52, flow.y + 14, "Date", 7, "F2")
        c.right(x + 160, flow.y + 14, "Amount", 7, "F2")
    c.line(40, flow.y + 24, 572, flow.y + 24, 0.4)
    for i, x in enumerate(checks):
        g, row = divmod(i, n)
        gap = i > 0 and int(x.check) != int(checks[i - 1].check) + 1
        left, y = 44 + 180 * g, flow.y + 30 + 11 * row
        c.text(left, y, f"{x.check}{'*' if gap else ''}", 8)
        c.text(left + 52, y, fmt(x.day, "%m/%d"), 8)
        c.right(left + 160, y, f"{x.amount:,.2f}", 8)
    flow.y += 30 + 11 * n + 2
    c.text(44, flow.y, "* Indicates a skip in sequential check numbers", 6.5)
    flow.y += 20


def check_images(flow: Flow, m: Maker, s: Statement, checks: list[Txn]) -> None:
    """The checks paid, front only, two across on pages of their own."""
    flow.turn()
    flow.c.text(40, flow.y, "CHECK IMAGES", 9, "F2")
    flow.c.text(140, flow.y + 1, f"{len(checks)} item(s) for {s.account}", 7.5)
    flow.y += 18
    routing = m.routing()
    raw = m.digits(6) + "".join(ch for ch in s.account if ch.isdigit())[-4:]
    for i, x in enumerate(checks):
        if i % 2 == 0 and i and flow.room(130):
            flow.c.text(40, flow.y, "CHECK IMAGES (continued)", 9, "F2")
            flow.y += 18
        left = 40 + 270 * (i % 2)
        d = Frame(flow.c, left, flow.y, 0.6)
        payee = m.company() if m.chance(0.5) else " ".join(m.person()[::2])
        d.box(0, 0, 432, 190, 1.0)
        d.text(14, 12, s.holder, 9, "F2")
        d.text(14, 24, s.street, 7)
        d.text(14, 33, s.city, 7)
        d.right(418, 12, x.check, 10, "F2")
        d.text(280, 44, "DATE", 7)
        d.text(310, 40, fmt(x.day - dt.timedelta(days=m.r.randint(1, 6)), "%m/%d/%y"), 11, "F3")
        d.line(306, 54, 418, 54, 0.5)
        d.text(14, 66, "PAY TO THE ORDER OF", 6)
        d.text(90, 62, payee, 11, "F3")
        d.line(88, 76, 330, 76, 0.5)
        d.box(340, 60, 78, 20, 0.5)
        d.text(344, 65, "$", 9)
        d.right(414, 64, f"{x.amount:,.2f}", 11, "F3")
        d.text(14, 88, in_words(x.amount), 10, "F3")
        d.line(12, 100, 380, 100, 0.5)
        d.text(384, 93, "DOLLARS", 6)
        d.text(14, 112, s.bank, 8, "F2")
        d.text(14, 140, "MEMO", 6)
        d.line(40, 148, 200, 148, 0.5)
        d.line(240, 148, 418, 148, 0.5)
        d.text(250, 132, s.holder.title(), 13, "F3")
        d.text(60, 166, f"A{routing}A {raw}C {x.check}", 11, "F5")
        caption = f"#{x.check}   Paid {fmt(x.day, '%m/%d/%Y')}   ${x.amount:,.2f}"
        flow.c.text(left, flow.y + 118, caption, 7)
        if i % 2 == 1 or i == len(checks) - 1:
            flow.y += 136


def clip(text: str, width: float, size: float) -> str:
    """`text` cut at a word to fit `width`, with an ellipsis when cut (as web pages do)."""
    lines = wrap(text, width - text_width("...", size), size)
    return text if len(lines) <= 1 else f"{lines[0]}..."


# How an online banking page names each kind of transaction.
ONLINE_TYPES = {
    "deposit": "Deposit",
    "card": "Debit card",
    "electronic": "ACH debit",
    "check": "Check",
    "fee": "Fee",
}


def statement_online(m: Maker, labels: tuple[str, ...]) -> Layout:
    """An "account activity" page printed from online banking for one statement period: the
    browser's header and footer lines, the bank's navigation bar, the account's balances and
    details, the period's totals in a strip of cells, pending items, then the posted
    transactions newest first with signed amounts and the running balance."""
    s = make_statement(m)
    last4 = "".join(ch for ch in s.account if ch.isdigit())[-4:]
    domain = s.bank.split()[0].lower()
    pending = [
        (
            m.pick(("Debit card", "ACH debit")),
            f"{m.pick(('POS', 'ONLINE'))} {m.pick(FIRST).upper()}'S "
            f"{m.pick(('MARKET', 'CAFE', 'SHOP', 'STORE'))}",
            m.amount(4, 90),
        )
        for _ in range(m.pick((0, 0, 1, 2)))
    ]
    available = round(s.closing - sum(x[2] for x in pending), 2)
    printed = dt.datetime.combine(s.end, dt.time(m.r.randint(17, 22), m.r.randint(0, 59)))
    day = m.pick(("%m/%d/%Y", "%b %d, %Y"))
    c = Canvas()
    c.text(24, 12, f"{printed:%m/%d/%y}, {printed:%I:%M %p}", 7)
    c.centre(306, 12, f"Account Activity | {s.bank}", 7)
    c.shade(36, 30, 540, 34, 0.85)
    c.text(46, 41, s.bank, 13, "F2")
    c.right(
        566, 43, "Accounts    Pay & Transfer    Statements & Documents    Help    Sign off", 7.5
    )
    c.text(36, 76, "Accounts  >  Account Activity", 7)
    c.text(36, 92, f"{s.acct_type.upper()} ...{last4}", 15, "F2")
    c.right(440, 90, "Available balance", 7.5)
    c.right(440, 102, money(available, "$"), 13, "F2")
    c.right(576, 90, "Current posted balance", 7.5)
    c.right(576, 102, money(s.closing, "$"), 13, "F2")
    details = (
        ("Account owner", s.holder),
        ("Account number", s.account),
        ("Routing number", m.routing()),
        ("Account type", s.acct_type),
    )
    for i, (label, text) in enumerate(details):
        c.text(36 + 135 * i, 128, label, 7)
        c.text(36 + 135 * i, 139, text, 9, "F2")
    c.box(36, 160, 540, 22, 0.5)
    c.text(44, 167, "Show:  All transactions", 8)
    c.text(170, 167, f"Date range:  {fmt(s.start, day)}  to  {fmt(s.end, day)}", 8)
    c.right(568, 167, "Search   |   Download   |   Print", 7.5)
    totals = (
        s.opening,
        s.total("deposit"),
        s.total("card", "electronic", "check", "fee"),
        s.closing,
    )
    for i, (label, amount) in enumerate(zip(labels, totals, strict=True)):
        x = 36 + 135 * i
        c.box(x, 192, 135, 34, 0.5)
        c.text(x + 6, 196, label, 7.5)
        c.text(x + 6, 209, money(amount, "$"), 10, "F2")
    y = 240.0
    heads = ((40, "Date", "l"), (110, "Description", "l"), (360, "Type", "l"))
    heads += ((490, "Amount", "r"), (572, "Balance", "r"))
    if pending:
        c.text(36, y, "Pending transactions", 10, "F2")
        y += 16
        for kind, desc, amount in pending:
            c.text(40, y, "Pending", 8)
            c.text(110, y, desc, 8)
            c.text(360, y, kind, 8)
            c.right(490, y, f"-{money(amount, '$')}", 8)
            y += 13
        y += 10
    c.text(36, y, "Posted transactions", 10, "F2")
    y += 16
    c.shade(36, y - 3, 540, 14, 0.9)
    for x, head, align in heads:
        (c.text if align == "l" else c.right)(x, y, head, 7.5, "F2")
    y += 16
    for x in reversed(s.txns):
        sign = "" if x.kind == "deposit" else "-"
        c.text(40, y, fmt(x.day, "%m/%d/%Y"), 8)
        c.text(110, y, clip(x.desc, 240, 8), 8)
        c.text(360, y, ONLINE_TYPES[x.kind], 8)
        c.right(490, y, f"{sign}{money(x.amount, '$')}", 8)
        c.right(572, y, money(x.balance, "$"), 8)
        c.line(36, y + 10, 576, y + 10, 0.2)
        y += 13
    note = (
        "Pending transactions are not final and may change. The available balance includes "
        "pending transactions and holds; the posted balance does not. For official records use "
        "your account statements."
    )
    _paragraph(c, 36, max(y + 16, 690), note, 540, 6.5, "F1")
    c.text(24, 772, f"https://www.{domain}.example/accounts/activity?acct=...{last4}", 7)
    c.right(588, 772, "1/1", 7)
    return [c], statement_truth(s, labels)


# ---------------------------------------------------------------------------------------------
# W-2

BOX12_CODES = (
    ("A", "Uncollected social security or RRTA tax on tips"),
    ("C", "Taxable cost of group-term life insurance over $50,000"),
    ("D", "Elective deferrals under a section 401(k) arrangement"),
    ("E", "Elective deferrals under a section 403(b) agreement"),
    ("G", "Elective deferrals to a section 457(b) plan"),
    ("W", "Employer contributions to your health savings account"),
    ("AA", "Designated Roth contributions under a 401(k) plan"),
    ("DD", "Cost of employer-sponsored health coverage (not taxable)"),
)
W2_NOTICE = (
    "Notice to Employee. Do you have to file? Refer to the Instructions for Forms 1040 and "
    "1040-SR to determine if you are required to file a tax return. Even if you do not have to "
    "file a tax return, you may be eligible for a refund if box 2 shows an amount or if you are "
    "eligible for any credit. Earned income credit (EIC). You may be able to take the EIC for "
    "the year if your adjusted gross income is less than a certain amount. Clergy and religious "
    "workers. If you are not subject to social security and Medicare taxes, see Pub. 517. "
    "Corrections. If your name, SSN, or address is incorrect, correct Copies B, C, and 2 and ask "
    "your employer to correct your employment record. Be sure to ask the employer to file Form "
    "W-2c, Corrected Wage and Tax Statement, with the Social Security Administration to correct "
    "any name, SSN, or money amount error reported to the SSA on Form W-2."
)


W2_BOX_NOTES = (
    "Box 1. Enter this amount on the wages line of your tax return.",
    "Box 2. Enter this amount on the federal income tax withheld line of your tax return.",
    "Box 5. You may be required to report this amount on Form 8959, Additional Medicare Tax.",
    "Box 8. This amount is not included in box 1. You must file Form 4137 with your income tax "
    "return to report at least the allocated tip amount unless you can prove a smaller amount.",
    "Box 13. If the Retirement plan box is checked, special limits may apply to the amount of "
    "traditional IRA contributions you may deduct.",
    "Box 14. Employers may use this box to report information such as state disability "
    "insurance taxes withheld, union dues, and uniform payments.",
    "Keep Copy C of Form W-2 for at least 3 years after the due date for filing your income "
    "tax return. File Copy B with your federal return and Copy 2 with your state, city or "
    "local return.",
)


def w2_fresh2(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """7: a pressure-seal W-2 mailer, outside and inside; 8: a typed substitute W-2 in list
    form."""
    return (*(w2_sealed if t == 7 else w2_substitute)(m), f"t{t}")


def w2_sealed(m: Maker) -> Layout:
    """A pressure-seal mailer as scanned front and back: the outside is the mailing panel and
    the notice to employee with the box 12 codes; the inside carries Copies B, C and 2 in three
    strips, each with the parties down the left and the boxes three across."""
    w = make_w2(m)
    outside = Canvas()
    outside.text(36, 30, w.employer.upper(), 8, "F2")
    outside.text(36, 40, w.er_street.upper(), 7)
    outside.text(36, 49, w.er_city.upper(), 7)
    outside.box(470, 26, 106, 46, 0.5)
    indicia = ("FIRST-CLASS MAIL", "U.S. POSTAGE PAID", w.er_city.split(",")[0].upper())
    for i, s in enumerate((*indicia, f"PERMIT NO. {m.r.randint(10, 999)}")):
        outside.centre(523, 30 + 9.5 * i, s, 5.5, "F2")
    outside.text(36, 84, f"FORM W-2  {w.year}", 18, "F2")
    outside.text(36, 106, "IMPORTANT TAX RETURN DOCUMENT ENCLOSED", 9, "F2")
    outside.text(90, 140, f"EMPLOYEE ID {m.digits(6)}  {m.digits(4)} 1 AB 0.{m.digits(3)}", 6, "F5")
    for i, s in enumerate((f"{w.first_init} {w.last}", w.ee_street, w.ee_city)):
        outside.text(90, 150 + 11 * i, s.upper(), 9.5, "F5")
    barcode(Frame(outside), m, 90, 186, 200, 9)
    for y in (20.0, 250.0):
        outside.text(6, y, "<< PULL", 6, "F2")
        outside.right(606, y, "PULL >>", 6, "F2")
    outside.text(36, 250, "TO OPEN: FOLD AND REMOVE SIDE STRIPS, THEN PULL APART", 6, "F2")
    perforation(outside, 264)
    outside.text(36, 280, "Instructions for Employee", 9, "F2")
    lines = wrap(W2_NOTICE, 255, 6.5)
    half = (len(lines) + 1) // 2
    for i, s in enumerate(lines):
        outside.text(36 + 285 * (i // half), 296 + 8.5 * (i % half), s, 6.5)
    top = 310 + 8.5 * half
    outside.text(36, top, "Box 12. The following list explains the codes shown in box 12.", 7, "F2")
    for i, (code, text) in enumerate(BOX12_CODES):
        y = top + 14 + 10 * (i % 4)
        x = 36 + 285 * (i // 4)
        outside.text(x, y, code, 6.5, "F2")
        outside.text(x + 18, y, text, 6.5)
    perforation(outside, 528)
    y = 544.0
    for note in W2_BOX_NOTES:
        y = _paragraph(outside, 36, y, note, 540, 6.5, "F1") + 3
    inside = Canvas()
    copies = (
        "Copy B-To Be Filed With Employee's FEDERAL Tax Return.",
        "Copy C-For EMPLOYEE'S RECORDS (See Notice to Employee on back.)",
        "Copy 2-To Be Filed With Employee's State, City, or Local Income Tax Return.",
    )
    for i, copy in enumerate(copies):
        sealed_copy(Frame(inside, 36, 22 + 264 * i), w, copy)
        if i:
            perforation(inside, 264 * i)
    return [outside, inside], w2_truth(w)


def sealed_copy(d: Frame, w: W2, copy: str) -> None:
    """One strip of the mailer, 540 points wide: parties on the left (200), boxes 1-14 three
    across on the right, the state and local row, and the title line."""
    value = "F5"
    left = (
        ("a", "Employee's social security number", [w.ssn], 22),
        ("b", "Employer identification number (EIN)", [w.ein], 22),
        ("c", "Employer's name, address, and ZIP code", [w.employer, w.er_street, w.er_city], 46),
        ("d", "Control number", [w.control], 20),
        (
            "e/f",
            "Employee's name, address, and ZIP code",
            [f"{w.first_init} {w.last}", w.ee_street, w.ee_city],
            46,
        ),
    )
    y = 0.0
    for number, label, values, h in left:
        form_cell(d, 0, y, 200, h, number, label, 5)
        for i, s in enumerate(values):
            d.text(6, y + 9 + 9.5 * i, s, 7.5, value)
        y += h
    codes = {f"12{'abcd'[i]}": code for i, code in enumerate(w.codes)}
    grid = (
        (
            ("1", "Wages, tips, other comp.", w.wages),
            ("2", "Federal income tax withheld", w.fed),
            ("12a", "See instr. for box 12", None),
        ),
        (
            ("3", "Social security wages", w.ss_wages),
            ("4", "Social security tax withheld", w.ss_tax),
            ("12b", "", None),
        ),
        (
            ("5", "Medicare wages and tips", w.med_wages),
            ("6", "Medicare tax withheld", w.med_tax),
            ("12c", "", None),
        ),
        (("7", "Social security tips", None), ("8", "Allocated tips", None), ("12d", "", None)),
        (
            ("9", "", None),
            ("10", "Dependent care benefits", None),
            ("13", "Stat. emp.  Ret. plan  3rd-party sick pay", None),
        ),
        (
            ("11", "Nonqualified plans", None),
            ("14", "Other", None),
            ("", "OMB No. 1545-0008", None),
        ),
    )
    width = 340 / 3
    for r, row in enumerate(grid):
        for j, (number, label, amount) in enumerate(row):
            x, y = 200 + width * j, 26.0 * r
            form_cell(d, x, y, width, 26, number, label, 5)
            if amount is not None:
                d.right(x + width - 4, y + 14, f"{amount:,.2f}", 8, value)
            elif number in codes:
                code, code_amount = codes[number]
                d.text(x + 4, y + 14, code, 8, value)
                d.right(x + width - 4, y + 14, f"{code_amount:,.2f}", 8, value)
            elif number == "13" and w.k401:
                d.text(x + 46, y + 14, "X", 8, "F6")
            elif number == "14":
                d.text(x + 4, y + 14, w.other, 7, value)
    y = 158.0
    cells = (
        (0, 40, "15", "State"),
        (40, 120, "", "Employer's state ID number"),
        (160, 95, "16", "State wages, tips, etc."),
        (255, 85, "17", "State income tax"),
        (340, 75, "18", "Local wages, tips, etc."),
        (415, 65, "19", "Local income tax"),
        (480, 60, "20", "Locality name"),
    )
    for x, wd, number, label in cells:
        form_cell(d, x, y, wd, 26, number, label, 5)
    d.text(6, y + 14, w.state, 8, value)
    d.text(46, y + 14, w.state_id, 8, value)
    d.right(251, y + 14, f"{w.wages:,.2f}", 8, value)
    d.right(336, y + 14, f"{w.state_tax:,.2f}", 8, value)
    d.text(0, y + 34, "Form W-2 Wage and Tax Statement", 9, "F2")
    d.text(190, y + 32, str(w.year), 13, "F2")
    d.right(540, y + 34, "Department of the Treasury - Internal Revenue Service", 6)
    d.text(0, y + 47, copy, 6.5, "F2")


def w2_substitute(m: Maker) -> Layout:
    """A substitute W-2 an employer types on its letterhead when the form is lost or
    reissued: the parties first, the employee as LAST, FIRST M, then every box on a line of its
    own with dot leaders, in a typewriter face, and the payroll officer's certification."""
    w = make_w2(m)
    size, font = 9.0, "F5"
    c = Canvas()
    c.text(40, 36, w.employer, 14, "F2")
    c.text(40, 54, f"{w.er_street}  \xb7  {w.er_city}", 8)
    c.text(40, 65, f"Payroll Department  \xb7  {m.phone()}", 8)
    c.line(40, 80, 572, 80, 1.0)
    c.centre(306, 96, "SUBSTITUTE FORM W-2, WAGE AND TAX STATEMENT", 11, "F2")
    c.centre(306, 112, f"TAX YEAR {w.year}", 10, "F2")
    c.centre(306, 126, "OMB No. 1545-0008  -  Furnished in place of a lost or reissued Form W-2", 7)
    width = 300.0
    rows: list[tuple[str, str]] = [
        ("BOX C  EMPLOYER'S NAME AND ADDRESS", w.employer.upper()),
        ("", w.er_street.upper()),
        ("", w.er_city.upper()),
        ("BOX B  EMPLOYER ID NUMBER (EIN)", w.ein),
    ]
    if w.control:
        rows.append(("BOX D  CONTROL NUMBER", w.control))
    rows += [
        ("", ""),
        ("BOX E  EMPLOYEE'S NAME", f"{w.last}, {w.first_init}".upper()),
        ("BOX F  EMPLOYEE'S ADDRESS", w.ee_street.upper()),
        ("", w.ee_city.upper()),
        ("BOX A  EMPLOYEE'S SOCIAL SECURITY NO.", w.ssn),
        ("", ""),
        ("FEDERAL", ""),
        ("BOX 1  WAGES, TIPS, OTHER COMPENSATION", f"{w.wages:,.2f}"),
        ("BOX 2  FEDERAL INCOME TAX WITHHELD", f"{w.fed:,.2f}"),
        ("BOX 3  SOCIAL SECURITY WAGES", f"{w.ss_wages:,.2f}"),
        ("BOX 4  SOCIAL SECURITY TAX WITHHELD", f"{w.ss_tax:,.2f}"),
        ("BOX 5  MEDICARE WAGES AND TIPS", f"{w.med_wages:,.2f}"),
        ("BOX 6  MEDICARE TAX WITHHELD", f"{w.med_tax:,.2f}"),
        ("BOX 7  SOCIAL SECURITY TIPS", "0.00"),
        ("BOX 8  ALLOCATED TIPS", "0.00"),
        ("BOX 10 DEPENDENT CARE BENEFITS", "0.00"),
    ]
    for i, (code, amount) in enumerate(w.codes):
        rows.append((f"BOX 12{'abcd'[i]} CODE {code}", f"{amount:,.2f}"))
    rows.append(("BOX 13 RETIREMENT PLAN", "X" if w.k401 else ""))
    if w.other:
        rows.append(("BOX 14 OTHER", w.other))
    rows += [
        ("", ""),
        ("STATE AND LOCAL", ""),
        ("BOX 15 STATE / EMPLOYER'S STATE ID NO.", f"{w.state} / {w.state_id}"),
        ("BOX 16 STATE WAGES, TIPS, ETC.", f"{w.wages:,.2f}"),
        ("BOX 17 STATE INCOME TAX", f"{w.state_tax:,.2f}"),
    ]
    y = 154.0
    for label, text in rows:
        if label in ("FEDERAL", "STATE AND LOCAL"):
            c.text(60, y, label, size, "F6")
            c.line(60, y + 10, 560, y + 10, 0.4)
        elif label:
            c.text(60, y, leader(label, width, size, font), size, font)
            amount = text[:1].isdigit() and "." in text and "/" not in text
            (c.right if amount else c.text)(470 if amount else 368, y, text, size, font)
        elif text:
            c.text(368, y, text, size, font)
        y += 12.5
    cert = (
        "I certify that the information above is correct and agrees with the wage and tax "
        "statement filed for this employee with the Social Security Administration. Keep this "
        "statement with your tax records."
    )
    y = _paragraph(c, 60, y + 14, cert, 500, 8, "F1")
    c.text(70, y + 20, " ".join(m.person()[::2]), 13, "F3")
    c.line(60, y + 34, 260, y + 34, 0.5)
    c.text(60, y + 38, "Payroll Manager", 7.5)
    c.line(330, y + 34, 460, y + 34, 0.5)
    c.text(330, y + 38, "Date", 7.5)
    c.text(
        334,
        y + 22,
        fmt(dt.date(w.year + 1, m.r.randint(2, 6), m.r.randint(1, 28)), "%m/%d/%Y"),
        9,
        "F3",
    )
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Driver licences


def licence_fresh2(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """7: a learner permit card; 8: a mobile driver licence on a phone screen."""
    return (*(licence_permit if t == 7 else licence_mobile)(m), f"t{t}")


def licence_permit(m: Maker) -> Layout:
    """A learner (instruction) permit: the photo on the right, AAMVA field numbers before
    short labels, the supervising-driver condition across the card, and the "under 18 / under
    21 until" dates young holders' cards carry."""
    d = make_licence(m)
    issued = d.issued
    dob = add_years(issued, -m.r.randint(15, 17)) - dt.timedelta(days=m.r.randint(0, 300))
    expires = dt.date(issued.year + m.pick((1, 2)), dob.month, min(dob.day, 28))
    # permits are for the ordinary car or motorcycle classes, not commercial ones
    d = replace(d, dob=dob, expires=expires, klass=m.pick(("C", "D", "D", "M")))
    day = m.pick(("%m/%d/%Y", "%m-%d-%Y"))
    title = m.pick(("INSTRUCTION PERMIT", "LEARNER PERMIT", "LEARNER'S PERMIT"))
    c = Canvas(252, 159)
    c.text(8, 6, d.state.upper(), 11, "F4")
    c.text(8, 19, title, 7.5, "F2")
    c.right(244, 7, "USA", 6, "F2")
    c.right(244, 16, "NOT FOR FEDERAL IDENTIFICATION", 4, "F2")
    c.shade(0, 30, 252, 10, 0.85)
    c.centre(
        126, 32.5, "VALID ONLY WITH A LICENSED DRIVER 21 OR OLDER IN THE FRONT SEAT", 4.6, "F2"
    )
    c.shade(178, 46, 66, 78, 0.9)
    c.box(178, 46, 66, 78, 0.4)
    c.text(8, 46, "4d PERMIT NO", 4.5, "F2")
    c.text(8, 52, d.number, 9, "F2")
    c.text(110, 46, "9 CLASS", 4.5, "F2")
    c.text(110, 52, d.klass, 9, "F2")
    c.text(8, 66, "1", 5, "F2")
    c.text(14, 65, d.last.upper(), 8.5, "F2")
    c.text(8, 76, "2", 5, "F2")
    c.text(14, 75, f"{d.first} {d.middle}".strip().upper(), 7.5)
    c.text(8, 86, "8", 5, "F2")
    c.text(14, 85.5, d.street.upper(), 5.5)
    c.text(14, 92.5, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.5)
    facts = (
        ("3 DOB", fmt(d.dob, day), 8, 103, True),
        ("4a ISS", fmt(d.issued, day), 90, 103, False),
        ("4b EXP", fmt(d.expires, day), 8, 114, True),
        ("15 SEX", d.sex, 90, 114, False),
        ("16 HGT", d.height, 130, 114, False),
    )
    for label, value, x, y, bold in facts:
        c.text(x, y + 1, label, 4.5, "F2")
        c.text(x + 20, y, value, 6.5, "F2" if bold else "F1")
    c.text(8, 124, f"18 EYES {d.eyes}   19 HAIR {d.hair}", 5)
    c.text(8, 131, "12 RESTR B, P   9a END NONE", 5)
    c.box(148, 129, 98, 22, 0.5)
    c.text(152, 132, f"UNDER 18 UNTIL {fmt(add_years(d.dob, 18), '%m/%d/%Y')}", 5.5, "F2")
    c.text(152, 141, f"UNDER 21 UNTIL {fmt(add_years(d.dob, 21), '%m/%d/%Y')}", 5.5, "F2")
    c.text(8, 139, f"DD {m.digits(10)}{m.digits(5)}", 4.5, "F5")
    c.line(8, 151, 110, 151, 0.3)
    c.text(8, 153, "SIGNATURE", 3.5)
    return [c], licence_truth(d)


def licence_mobile(m: Maker) -> Layout:
    """A mobile driver licence in a state's wallet app, as a phone screenshot: status bar, a
    card with the photo and the name, then the data as labelled rows in the ISO mDL wording
    (family name, given names, document number, ...)."""
    d = make_licence(m)
    day = m.pick(("%m/%d/%Y", "%b %d, %Y"))
    app = m.pick((f"{d.state} Mobile ID", f"{d.state} Wallet", f"{d.abbr} Mobile ID"))
    width = 270.0
    c = Canvas(width, 560)
    c.text(16, 8, f"{m.r.randint(7, 11)}:{m.r.randint(0, 59):02d}", 8, "F2")
    c.right(254, 8, f"5G   {m.r.randint(20, 99)}%", 7)
    c.text(14, 30, "< Wallet", 8)
    c.centre(width / 2, 30, app, 10, "F2")
    c.box(16, 50, 238, 146, 0.8)
    c.shade(16.5, 50.5, 237, 20, 0.85)
    c.text(24, 56, f"{d.state.upper()} DRIVER LICENSE", 7.5, "F2")
    c.right(246, 56, "REAL ID *", 6.5, "F2")
    c.shade(26, 80, 70, 88, 0.9)
    c.box(26, 80, 70, 88, 0.4)
    for i, name in enumerate((f"{d.first} {d.middle}".strip(), d.last)):
        c.text(106, 82 + 14 * i, name, min(11.0, 140 / text_width(name, 1, "F2")), "F2")
    c.text(106, 116, f"Expires {fmt(d.expires, day)}", 7)
    c.box(106, 132, 44, 14, 0.6)
    c.centre(128, 135.5, "VALID", 7, "F2")
    c.text(106, 154, f"Last updated {fmt(d.issued, '%m/%d/%Y')}", 5.5)
    c.text(26, 178, "Tap to verify in person", 6)
    rows: tuple[tuple[tuple[str, str], ...], ...] = (
        (("Family name", d.last), ("Given names", f"{d.first} {d.middle}".strip())),
        (("Date of birth", fmt(d.dob, day)), ("Sex", d.sex)),
        (("Document number", d.number), ("Driving privileges", f"Class {d.klass}")),
        (("Issue date", fmt(d.issued, day)), ("Expiration date", fmt(d.expires, day))),
        (("Height", d.height), ("Eye color", d.eyes)),
        (("Address", f"{d.street}, {d.city}, {d.abbr} {d.zipcode}"),),
        (("Restrictions", m.pick(("None", "Corrective lenses"))), ("Endorsements", "None")),
        (("Issuing authority", f"{d.state} Department of Motor Vehicles"),),
    )
    y = 210.0
    for row in rows:
        span = 230 if len(row) == 1 else 112
        cells = [(label, wrap(value, span, 8.5, "F2")) for label, value in row]
        for j, (label, lines) in enumerate(cells):
            c.text(20 + 120 * j, y, label, 6.5)
            for k, s in enumerate(lines):
                c.text(20 + 120 * j, y + 9 + 10 * k, s, 8.5, "F2")
        y += 16 + 10 * max(len(lines) for _, lines in cells)
        c.line(20, y - 5, 250, y - 5, 0.2)
    c.box(30, y + 10, 210, 24, 0.8)
    c.centre(width / 2, y + 17, "Share ID", 9, "F2")
    c.box(30, y + 42, 210, 24, 0.8)
    c.centre(width / 2, y + 49, "Show QR code", 9, "F2")
    c.line(100, 548, 170, 548, 2.0)
    return [c], licence_truth(d)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC

# The other boxes of each form as a brokerage's composite statement lists them, every one
# printed (0.00 when empty): (box, label, schema key or "").
COMPOSITE_BOXES = {
    "INT": (
        ("1", "Interest income", "interest_income"),
        ("2", "Early withdrawal penalty", "early_withdrawal_penalty"),
        (
            "3",
            "Interest on U.S. Savings Bonds & Treas. obligations",
            "interest_on_us_savings_bonds_and_treasury",
        ),
        ("4", "Federal income tax withheld", "federal_income_tax_withheld"),
        ("5", "Investment expenses", "investment_expenses"),
        ("6", "Foreign tax paid", "foreign_tax_paid"),
        ("7", "Foreign country or U.S. possession", "text"),
        ("8", "Tax-exempt interest", "tax_exempt_interest"),
        ("9", "Specified private activity bond interest", ""),
        ("10", "Market discount", ""),
        ("11", "Bond premium", ""),
        ("12", "Bond premium on Treasury obligations", ""),
        ("13", "Bond premium on tax-exempt bond", ""),
    ),
    "MISC": (
        ("1", "Rents", "rents"),
        ("2", "Royalties", "royalties"),
        ("3", "Other income", "other_income"),
        ("4", "Federal income tax withheld", "federal_income_tax_withheld"),
        ("5", "Fishing boat proceeds", "fishing_boat_proceeds"),
        ("6", "Medical and health care payments", "medical_and_health_care_payments"),
        ("8", "Substitute payments in lieu of div. or interest", ""),
        ("10", "Gross proceeds paid to an attorney", "gross_proceeds_paid_to_attorney"),
        ("15", "Nonqualified deferred compensation", ""),
        ("16", "State tax withheld", ""),
    ),
}
DIV_BOXES = (
    ("1a", "Total ordinary dividends"),
    ("1b", "Qualified dividends"),
    ("2a", "Total capital gain distributions"),
    ("2b", "Unrecaptured Section 1250 gain"),
    ("3", "Nondividend distributions"),
    ("4", "Federal income tax withheld"),
    ("5", "Section 199A dividends"),
    ("6", "Investment expenses"),
    ("7", "Foreign tax paid"),
    ("12", "Exempt-interest dividends"),
)
BROKERAGE = ("Securities", "Investments", "Brokerage Services", "Capital Markets")
# What pays each amount in an account, for the composite statement's detail page ({r} a rate,
# {d} a maturity date, {s} a state).
HOLDINGS = {
    "interest_income": (
        "BANK DEPOSIT SWEEP PROGRAM",
        "CERTIFICATE OF DEPOSIT {r}% DUE {d}",
        "CORPORATE NOTE {r}% DUE {d}",
        "MONEY MARKET FUND - INSTITUTIONAL",
    ),
    "early_withdrawal_penalty": ("CERTIFICATE OF DEPOSIT {r}% DUE {d}",),
    "interest_on_us_savings_bonds_and_treasury": (
        "US TREASURY NOTE {r}% DUE {d}",
        "US TREASURY BILL 0.000% DUE {d}",
    ),
    "tax_exempt_interest": ("{s} GO MUNI BDS {r}% DUE {d}", "{s} HSG FIN AGY REV BDS {r}% DUE {d}"),
    "royalties": ("ROYALTY TRUST UNITS", "MINERAL RIGHTS PARTNERSHIP"),
    "other_income": ("CLASS ACTION SETTLEMENT PROCEEDS", "PROMOTIONAL CASH AWARD"),
}


def form_1099_fresh2(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """7: a brokerage's consolidated 1099 (composite statement); 8: a substitute 1099 letter."""
    return (*(form_1099_composite if t == 7 else form_1099_letter)(m, variant), f"t{t}")


def form_1099_composite(m: Maker, variant: str) -> Layout:
    """A brokerage's consolidated 1099: one header for the account, then a band per form
    (1099-DIV, this form, 1099-B summary) with every box listed two columns across and 0.00
    where nothing was paid; page 2 details the securities behind this form's amounts."""
    f = make_1099(m, variant)
    payer = f"{m.pick(COMPANY_A)} {m.pick(BROKERAGE)} {m.pick(('LLC', 'Inc.', 'Corp.'))}"
    values = dict(f.values)
    if variant == "MISC":  # what a brokerage pays on Form 1099-MISC
        values = {key: m.amount(20, 2500) for key in m.r.sample(("royalties", "other_income"), 1)}
        if m.chance(0.15):
            values["federal_income_tax_withheld"] = round(sum(values.values()) * 0.24, 2)
    f = replace(f, payer=payer, values=values, account=f.account or m.digits(8))
    backup = "federal_income_tax_withheld" in values
    ordinary = m.amount(40, 6000)
    dividends = {
        "1a": ordinary,
        "1b": round(ordinary * m.r.uniform(0.5, 0.95), 2),
        "2a": m.amount(0, 900) if m.chance(0.5) else 0.0,
        "4": round(ordinary * 0.24, 2) if backup else 0.0,
        "5": round(ordinary * m.r.uniform(0, 0.1), 2),
        "7": m.amount(1, 60) if m.chance(0.4) else 0.0,
    }
    prepared = dt.date(int(f.year) + 1, 2, m.r.randint(1, 15))
    c = Canvas()
    c.text(40, 30, f.payer, 13, "F2")
    c.text(40, 47, f"{f.p_street}, {f.p_city}", 7.5)
    c.text(40, 57, f"Customer service: {f.p_phone}", 7.5)
    c.right(572, 30, f"{f.year} CONSOLIDATED FORM 1099", 12, "F2")
    c.right(572, 46, f"Composite statement of Forms 1099-DIV, 1099-{variant} and 1099-B", 7)
    c.right(572, 56, "Copy B for Recipient", 7, "F2")
    c.box(40, 74, 532, 70, 0.5)
    c.text(46, 78, "RECIPIENT'S Name, Street Address, City, State and ZIP Code", 6, "F2")
    for i, s in enumerate((f.recipient, f.r_street, f.r_city)):
        c.text(52, 92 + 12 * i, s, 9)
    facts = (
        ("Account Number", f.account),
        ("Recipient's TIN", f.recipient_tin),
        ("PAYER'S TIN", f.payer_tin),
        ("Date Prepared", long_date(prepared)),
    )
    for i, (label, text) in enumerate(facts):
        c.text(340, 80 + 15 * i, label, 7.5, "F2")
        c.right(566, 80 + 15 * i, text, 8.5)
    y = 158.0
    div_rows = [(n, label, dividends.get(n, 0.0)) for n, label in DIV_BOXES]
    y = box_band(
        c, y, f"{f.year} 1099-DIV  DIVIDENDS AND DISTRIBUTIONS", "OMB No. 1545-0110", div_rows
    )
    rows = [
        (n, label, None if key == "text" else f.values.get(key, 0.0))
        for n, label, key in COMPOSITE_BOXES[variant]
    ]
    title = "INTEREST INCOME" if variant == "INT" else "MISCELLANEOUS INFORMATION"
    y = box_band(c, y + 10, f"{f.year} 1099-{variant}  {title}", f"OMB No. {f.omb}", rows)
    y += 10
    c.shade(40, y, 532, 14, 0.82)
    c.text(44, y + 3.5, f"{f.year} 1099-B  SUMMARY OF PROCEEDS, GAINS & LOSSES", 8, "F2")
    c.right(568, y + 3.5, "OMB No. 1545-0715", 6.5)
    heads = ((250, ("", "Proceeds")), (325, ("", "Cost basis")), (400, ("Market", "discount")))
    heads += ((485, ("Wash sale loss", "disallowed")), (568, ("Net gain", "or loss(-)")))
    for x, lines in heads:
        for j, line in enumerate(lines):
            c.right(x, y + 18 + 8 * j, line, 6.5, "F2")
    for i, term in enumerate(
        ("Short-term, basis reported to the IRS", "Long-term, basis reported to the IRS")
    ):
        proceeds = m.amount(0, 40000) if m.chance(0.7) else 0.0
        basis = round(proceeds * m.r.uniform(0.7, 1.2), 2)
        cells = (proceeds, basis, 0.0, 0.0, round(proceeds - basis, 2))
        row_y = y + 38 + 11 * i
        c.text(44, row_y, term, 7)
        for (x, _), amount in zip(heads, cells, strict=True):
            c.right(x, row_y, f"{amount:,.2f}", 7.5)
    note = (
        "This is important tax information and is being furnished to the Internal Revenue "
        "Service. If you are required to file a return, a negligence penalty or other sanction "
        "may be imposed on you if this income is taxable and the IRS determines that it has not "
        "been reported. Amounts of 0.00 were not paid or not reportable."
    )
    _paragraph(c, 40, y + 76, note, 532, 6.5, "F1")
    c.text(40, 760, f"{f.payer}  -  Account {f.account}", 6.5)
    c.right(572, 760, "Page 1 of 2", 6.5)
    p2 = Canvas()
    p2.text(40, 30, f.payer, 10, "F2")
    p2.right(572, 30, f"{f.year} Consolidated Form 1099  -  Account {f.account}", 8)
    p2.line(40, 44, 572, 44, 0.6)
    p2.text(40, 58, f"Detail for {title.title()}", 11, "F2")
    p2.text(40, 74, "Security description", 7, "F2")
    p2.text(300, 74, "CUSIP", 7, "F2")
    p2.text(380, 74, "Date", 7, "F2")
    p2.right(568, 74, "Amount", 7, "F2")
    p2.line(40, 84, 572, 84, 0.4)
    y = 92.0
    state = f.r_city.split(", ")[1][:2]
    for n, label, key in f.boxes:
        amount = f.values.get(key, 0.0)
        if not amount or key == "federal_income_tax_withheld":
            continue
        p2.text(40, y, f"Box {n} - {label}", 8, "F2")
        y += 12
        for part in split_cents(m, amount, m.r.randint(1, 4)):
            due = dt.date(int(f.year) + m.r.randint(0, 4), m.r.randint(1, 12), 15)
            rate = f"{m.r.randint(1, 6)}.{m.pick(('000', '125', '250', '500', '750'))}"
            holding = m.pick(HOLDINGS[key]).format(d=fmt(due, "%m/%d/%Y"), r=rate, s=state)
            paid = dt.date(int(f.year), m.r.randint(1, 12), m.r.randint(1, 28))
            p2.text(48, y, holding, 7.5)
            p2.text(300, y, f"{m.digits(3)}{m.pick('ABCDEFGHJK')}{m.digits(5)}", 7.5, "F5")
            p2.text(380, y, fmt(paid, "%m/%d/%y"), 7.5)
            p2.right(568, y, f"{part:,.2f}", 7.5)
            y += 11
        p2.line(470, y, 572, y, 0.4)
        p2.text(48, y + 4, f"Total Box {n}", 7.5, "F2")
        p2.right(568, y + 4, f"{amount:,.2f}", 7.5, "F2")
        y += 24
    p2.shade(40, y + 6, 532, 14, 0.82)
    p2.text(44, y + 9.5, "OTHER INFORMATION - NOT REPORTED TO THE IRS", 8, "F2")
    other = (
        ("Margin interest paid", m.amount(0, 400) if m.chance(0.3) else 0.0),
        ("Advisory and account fees", m.amount(0, 900) if m.chance(0.5) else 0.0),
        ("Accrued interest paid on purchases", m.amount(0, 120) if m.chance(0.4) else 0.0),
    )
    for i, (label, amount) in enumerate(other):
        p2.text(48, y + 28 + 11 * i, leader(label, 300, 7.5), 7.5)
        p2.right(568, y + 28 + 11 * i, f"{amount:,.2f}", 7.5)
    p2.text(40, 760, f"{f.payer}  -  Account {f.account}", 6.5)
    p2.right(572, 760, "Page 2 of 2", 6.5)
    return [c, p2], tax_1099_truth(f, zeros_printed=True)


def box_band(
    c: Canvas, top: float, title: str, omb: str, rows: list[tuple[str, str, float | None]]
) -> float:
    """A shaded form title and its boxes, two columns across, "box- label .... amount" (a
    text box, amount None, left blank); returns the bottom."""
    c.shade(40, top, 532, 14, 0.82)
    c.text(44, top + 3.5, title, 8, "F2")
    c.right(568, top + 3.5, omb, 6.5)
    half = math.ceil(len(rows) / 2)
    for i, (number, label, amount) in enumerate(rows):
        x, y = 44 + 270 * (i // half), top + 22 + 11 * (i % half)
        c.text(x, y, leader(f"{number}- {label}", 210, 7.5), 7.5)
        c.right(x + 254, y, "" if amount is None else f"{amount:,.2f}", 7.5)
    return top + 22 + 11 * half


def form_1099_letter(m: Maker, variant: str) -> Layout:
    """A substitute statement sent as a letter: letterhead, the recipient's address for a
    window envelope, a paragraph on what was reported, and a boxed statement listing the
    parties and only the boxes with an amount."""
    f = make_1099(m, variant)
    sent = dt.date(int(f.year) + 1, 1, m.r.randint(10, 31))
    c = Canvas()
    c.text(40, 40, f.payer, 16, "F4")
    c.right(572, 40, f.p_street, 8)
    c.right(572, 51, f.p_city, 8)
    c.right(572, 62, f.p_phone, 8)
    c.line(40, 76, 572, 76, 0.8)
    c.text(40, 96, long_date(sent), 10, "F3")
    for i, s in enumerate((f.recipient, f.r_street, f.r_city)):
        c.text(60, 124 + 12 * i, s, 10, "F3")
    c.text(40, 180, f"RE: {f.year} Form 1099-{variant}, {f.title}", 10, "F4")
    if f.account:
        c.text(40, 194, f"Account: {f.account}", 10, "F3")
    paid = "the interest we paid you" if variant == "INT" else "the payments we made to you"
    body = (
        f"We are required to report to the Internal Revenue Service {paid} during {f.year}. "
        "The amounts below are the amounts we reported. This statement is furnished in place of "
        f"the official Form 1099-{variant}, as the IRS permits; please keep it with your tax "
        "records. Boxes not listed had no amount to report."
    )
    y = _paragraph(c, 40, 218 if f.account else 204, body, 532, 10, "F3")
    top = y + 12
    c.shade(40, top, 532, 16, 0.85)
    c.text(46, top + 4, f"SUBSTITUTE FORM 1099-{variant}   \xb7   TAX YEAR {f.year}", 8.5, "F2")
    c.right(566, top + 4, f"OMB No. {f.omb}", 7)
    parties = [
        ("Payer", f.payer),
        ("Payer's federal identification number", f.payer_tin),
        ("Recipient", f.recipient),
        ("Recipient's identification number", f.recipient_tin),
    ]
    if f.account:
        parties.append(("Account number", f.account))
    y = top + 26
    for label, text in parties:
        c.text(48, y, label, 7.5, "F2")
        c.text(48, y + 10, text, 9.5)
        y += 26
    c.line(290, top + 22, 290, y, 0.4)
    c.text(300, top + 26, "Box", 7.5, "F2")
    c.text(330, top + 26, "Description", 7.5, "F2")
    c.right(566, top + 26, "Amount", 7.5, "F2")
    row = top + 40
    for number, label, key in f.boxes:
        if key in f.values:
            c.text(300, row, number, 9)
            for k, s in enumerate(wrap(label, 160, 9)):
                c.text(330, row + 11 * k, s, 9)
            c.right(566, row, money(f.values[key], "$"), 9)
            row += 11 * len(wrap(label, 160, 9)) + 5
    bottom = max(y, row) + 4
    c.box(40, top, 532, bottom - top, 0.6)
    closing = (
        f"If you have questions about this statement, please call us at {f.p_phone}. We cannot "
        "give tax advice; please consult your tax adviser."
    )
    y = _paragraph(c, 40, bottom + 20, closing, 532, 10, "F3")
    c.text(40, y + 14, "Sincerely,", 10, "F3")
    c.text(40, y + 52, "Tax Reporting Department", 10, "F3")
    fine = (
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on you "
        "if this income is taxable and the IRS determines that it has not been reported."
    )
    _paragraph(c, 40, 736, fine, 532, 6.5, "F1")
    return [c], tax_1099_truth(f, zeros_printed=False)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh2(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """7: a desk-set business check with its register stub; 8: a cashier's check with the
    customer's receipt."""
    return (*(check_desk_set if t == 7 else check_cashiers)(m), f"t{t}")


def check_desk_set(m: Maker) -> Layout:
    """A business check from a three-to-a-page desk set, cut out with its stub on the left:
    the stub is the check register (number, date, to, for, balance brought forward, deposits,
    this check, balance carried forward), filled in by hand like the check itself."""
    q = make_cheque(m, business=True)
    spelled = in_words(q.amount)
    hand = "F3"
    day = m.pick(("%m/%d/%Y", "%B %d, %Y", "%m/%d/%y"))
    c = Canvas(612, 216)
    c.box(2, 2, 608, 212, 0.8)
    stub = Frame(c, 0, 0)
    stub.text(10, 12, "No.", 7)
    stub.right(172, 10, q.number, 10, "F2")
    ledger = (
        ("DATE", fmt(q.date, "%m/%d/%y")),
        ("TO", q.payee),
        ("FOR", q.memo),
    )
    for i, (label, text) in enumerate(ledger):
        y = 30 + 16 * i
        stub.text(10, y + 3, label, 5.5, "F2")
        stub.text(30, y, text[:26], 8.5, hand)
        stub.line(28, y + 10, 172, y + 10, 0.3)
    forward = m.amount(q.amount * 0.3, q.amount * 4)
    deposited = m.amount(0, q.amount * 2) if m.chance(0.6) else 0.0
    balance = round(forward + deposited, 2)
    register = (
        ("BAL. BRO'T FOR'D", forward),
        ("AMT. DEPOSITED", deposited),
        ("TOTAL", balance),
        ("AMT. THIS CHECK", q.amount),
        ("BAL. CAR'D FOR'D", round(balance - q.amount, 2)),
    )
    for i, (label, amount) in enumerate(register):
        y = 82 + 24 * i
        stub.line(8, y, 176, y, 0.4)
        stub.text(10, y + 8, label, 5.5, "F2")
        stub.right(172, y + 6, f"{amount:,.2f}" if amount else "", 9, hand)
    stub.line(104, 82, 104, 202, 0.4)
    dashes_down(c, 184, 4, 212)
    d = Frame(c, 190, 0)
    drawer = q.drawer.upper()
    d.text(8, 12, drawer, min(10.0, 160 / text_width(drawer, 1, "F2")), "F2")
    d.text(8, 25, q.street, 7)
    d.text(8, 34, q.city, 7)
    d.centre(240, 12, q.bank, 8, "F2")
    d.centre(240, 23, q.bank_city, 6)
    d.centre(240, 32, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 6)
    d.right(410, 10, q.number, 11, "F2")
    d.text(290, 50, "DATE", 6.5)
    d.text(316, 46, fmt(q.date, day), 10, hand)
    d.line(314, 58, 410, 58, 0.4)
    d.text(8, 72, "PAY TO THE", 6)
    d.text(8, 79, "ORDER OF", 6)
    d.text(58, 70, q.payee, 11, hand)
    d.line(56, 83, 318, 83, 0.4)
    d.box(326, 68, 84, 19, 0.6)
    d.text(330, 73, "$", 9, "F2")
    d.right(406, 72, f"{q.amount:,.2f}", 10, hand)
    d.text(10, 98, spelled, 10, hand)
    d.line(8, 110, 370, 110, 0.4)
    d.right(410, 102, "DOLLARS", 6.5)
    d.text(8, 142, "MEMO", 6, "F2")
    d.text(36, 138, q.memo, 9, hand)
    d.line(34, 150, 200, 150, 0.4)
    d.line(230, 130, 410, 130, 0.4)
    d.line(230, 152, 410, 152, 0.4)
    d.text(230, 155, "AUTHORIZED SIGNATURE", 5)
    d.text(230, 133, "TWO SIGNATURES REQUIRED OVER $5,000.00", 4.5)
    d.text(40, 186, f"C{q.number.zfill(6)}C A{q.routing}A {q.account}C", 11, "F5")
    return [c], cheque_truth(q, spelled)


def check_cashiers(m: Maker) -> Layout:
    """A cashier's check: drawn by the bank on itself, so the bank's name and branch sit top
    left and the buyer is printed as the remitter; the amount is machine-printed, in words as
    dollars and cents padded with asterisks; a non-negotiable customer receipt below."""
    q = make_cheque(m, business=False)
    serial = m.pick((m.digits(10), f"{m.r.randint(1, 9)}{m.digits(8)}"))
    memo = m.pick(
        ("Down payment", "Security deposit", f"Loan {m.digits(6)}", "Vehicle purchase", "")
    )
    # machine-printed in capitals, so the truth is the capitals too
    q = replace(q, amount=m.amount(500, 48000), number=serial, memo=memo.upper())
    q = replace(q, payee=q.payee.upper(), drawer=q.drawer.upper())
    dollars, cents = int(q.amount), round(q.amount * 100) % 100
    spelled = f"{words(dollars).upper()} DOLLARS AND {cents:02d} CENTS"
    mono = "F5"
    title = m.pick(("CASHIER'S CHECK", "CASHIER'S CHECK", "OFFICIAL CHECK"))
    c = Canvas(612, 396)
    c.box(8, 8, 596, 232, 1.0)
    c.shade(8.5, 8.5, 595, 34, 0.9)
    c.text(20, 14, q.bank, 12, "F4")
    c.text(20, 30, f"{q.bank_city}  -  Branch {m.r.randint(100, 999)}", 6.5)
    c.centre(306, 16, title, 14, "F2")
    c.right(592, 14, f"No. {q.number}", 10, "F2")
    c.right(592, 29, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 6)
    c.text(
        20,
        48,
        "THE ORIGINAL DOCUMENT HAS A REFLECTIVE WATERMARK ON THE BACK. HOLD AT AN "
        "ANGLE TO VIEW WHEN CHECKING THE ENDORSEMENTS.",
        4.5,
    )
    c.text(420, 62, "DATE", 6, "F2")
    c.text(450, 60, fmt(q.date, m.pick(("%m/%d/%Y", "%B %d, %Y"))), 9, mono)
    c.text(20, 78, "REMITTER", 6, "F2")
    c.text(72, 76, q.drawer, 9, mono)
    c.text(20, 102, "PAY TO THE", 6, "F2")
    c.text(20, 109, "ORDER OF", 6, "F2")
    c.text(72, 103, q.payee, 10, mono)
    c.line(70, 115, 450, 115, 0.4)
    c.box(464, 96, 128, 22, 0.8)
    c.right(588, 102, f"$**{q.amount:,.2f}**", 10, "F6")
    c.text(20, 130, spelled, 8.5, mono)
    pad = 20 + text_width(spelled, 8.5, mono) + 6
    c.text(pad, 130, "*" * max(0, int((560 - pad) / 5.1)), 8.5, mono)
    c.line(18, 141, 592, 141, 0.4)
    if q.memo:
        c.text(20, 158, "MEMO", 6, "F2")
        c.text(52, 156, q.memo, 8.5, mono)
    c.text(20, 176, "NOT VALID AFTER 90 DAYS", 6, "F2")
    c.text(360, 160, f"DRAWER: {q.bank.upper()}", 6, "F2")
    for y in (184.0, 206.0):
        c.line(360, y, 592, y, 0.5)
        c.text(360, y + 2, "AUTHORIZED SIGNATURE", 5)
    c.text(90, 222, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    perforation(c, 252)
    c.text(20, 266, f"{title} - CUSTOMER RECEIPT - NON-NEGOTIABLE", 9, "F2")
    c.right(592, 267, "KEEP THIS COPY FOR YOUR RECORDS", 7)
    cells = (
        ("CHECK NO.", q.number),
        ("DATE", fmt(q.date, "%m/%d/%Y")),
        ("AMOUNT", money(q.amount, "$")),
        ("FEE", money(float(m.pick((8, 10, 12, 15))), "$")),
        ("PAYABLE TO", q.payee),
        ("REMITTER", q.drawer),
        ("PURCHASED AT", q.bank_city.upper()),
        ("TELLER", m.digits(4)),
    )
    for i, (label, text) in enumerate(cells):
        x, y = 20 + 143 * (i % 4), 284 + 34 * (i // 4)
        c.text(x, y, label, 6, "F2")
        c.text(x, y + 10, text[:24], 8.5, mono)
    fine = (
        f"To replace a lost, stolen or destroyed {title.lower()}, a declaration of loss is "
        "required and the funds are not available until 90 days after the date of the check."
    )
    _paragraph(c, 20, 356, fine, 572, 6.5, "F1")
    truth = cheque_truth(q, spelled)
    del truth["account_holder_name"]  # the bank draws on itself: no account holder is printed
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Receipts

PHARMACIES = (
    "WELLSPRING PHARMACY",
    "CORNERSTONE DRUG",
    "HEALTHWAY DRUGSTORE",
    "GREENLEAF PHARMACY",
    "MAPLE STREET PHARMACY",
)
# Over-the-counter items a flexible-spending card pays for, marked on pharmacy receipts.
HSA_ELIGIBLE = {"IBUPROFEN 200MG", "BANDAGES", "COUGH SYRUP", "SUNSCREEN SPF50", "ALLERGY RELIEF"}
GAS_BRANDS = ("SUNRISE", "PRAIRIE", "BLUE RIDGE", "COASTAL", "TRAILWAY", "RED ROCK")
GAS_KINDS = ("FUEL STOP", "GAS & GO", "TRAVEL CENTER", "FOOD MART")
GAS_GRADES = (("UNLEADED", 0.0), ("PLUS", 0.3), ("PREMIUM", 0.6), ("DIESEL", 0.5))
C_STORE = (
    ("COFFEE 20OZ", 1.79, 2.79),
    ("ENERGY DRINK 16OZ", 2.49, 3.99),
    ("WATER 1L", 1.29, 2.29),
    ("BREAKFAST BURRITO", 2.99, 4.99),
    ("CHIPS 2.5OZ", 1.49, 2.49),
    ("CANDY BAR", 1.29, 2.19),
    ("ICE 10LB", 2.49, 3.99),
    ("WIPER FLUID 1GAL", 3.49, 5.99),
    ("MOTOR OIL 5W30 QT", 6.99, 9.99),
)


def receipt_fresh2(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """7: a pharmacy receipt; 8: a gas-station receipt."""
    return (*(receipt_pharmacy if t == 7 else receipt_gas)(m), f"t{t}")


def receipt_pharmacy(m: Maker) -> Layout:
    """A drugstore receipt: prescription copays (not taxed) before the front-store items,
    flags for taxable and FSA/HSA-eligible lines, a rewards coupon, the card slip, an
    eligible-items total for the benefits card, rewards with their own masked member number,
    and the long returns tail with a barcode."""
    store = m.pick(PHARMACIES)
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(8, 21), m.r.randint(0, 59)))
    rate = m.pick((0.0625, 0.07, 0.0725, 0.0825))
    scripts = [
        (f"RX #{m.digits(7)}", float(m.pick((0, 5, 10, 15, 25, 40))) or m.amount(3, 60))
        for _ in range(m.pick((0, 1, 1, 2)))
    ]
    items = [
        (desc, m.pick((1, 1, 2)), m.amount(2.49, 19.99))
        for desc in m.r.sample(ITEMS["pharmacy"], m.r.randint(1 if scripts else 2, 5))
    ]
    coupon = round(min(items[0][2], float(m.pick((1, 2, 3, 5)))), 2) if m.chance(0.35) else 0.0
    taxable = round(
        sum(q * p for d, q, p in items if d not in HSA_ELIGIBLE)
        - (coupon if items[0][0] not in HSA_ELIGIBLE else 0.0),
        2,
    )
    subtotal = round(sum(x[1] for x in scripts) + sum(q * p for _, q, p in items) - coupon, 2)
    tax = round(max(0.0, taxable) * rate, 2)
    total = round(subtotal + tax, 2)
    card = m.chance(0.8)
    last4 = m.digits(4)
    number = m.pick((m.digits(4), m.digits(5), f"{m.digits(3)}-{m.digits(4)}"))
    tape = Tape(230, 7.5, "F5", "F6")
    tape.centre(store, 10, "F6")
    tape.centre(f"STORE #{m.digits(5)}")
    tape.centre(street.upper())
    tape.centre(city.upper())
    tape.centre(phone)
    tape.gap()
    tape.row(f"{fmt(when.date(), '%m/%d/%Y')} {when:%I:%M %p}", f"TRANS #{number}")
    tape.row(f"REG {m.r.randint(1, 9):02d}", f"CSHR {m.pick(FIRST).upper()}")
    tape.rule()
    if scripts:
        tape.row("PHARMACY", bold=True)
        for label, copay in scripts:
            tape.row(label, f"{copay:.2f} N")
            tape.row("PRESCRIPTION COPAY", indent=10, size=6.5)
        tape.gap(3)
    for i, (desc, qty, price) in enumerate(items):
        flag = "N" if desc in HSA_ELIGIBLE else "T"
        marker = "*" if desc in HSA_ELIGIBLE else " "
        tape.row(f"{marker}{desc}", f"{qty * price:.2f} {flag}")
        if qty > 1:
            tape.row(f"{qty} @ {price:.2f}", indent=12, size=6.5)
        if i == 0 and coupon:
            tape.row("REWARDS COUPON", f"{coupon:.2f}-", indent=12)
    tape.gap(3)
    tape.row("SUBTOTAL", f"{subtotal:.2f}")
    tape.row(f"TAX {rate * 100:.3f}%", f"{tax:.2f}")
    tape.row("TOTAL", f"{total:.2f}", bold=True, size=9)
    tape.gap()
    if card:
        brand = m.pick(("VISA", "MASTERCARD", "DEBIT", "FSA/HSA CARD"))
        tape.row(brand, f"{total:.2f}")
        tape.row(f"ACCT # ************{last4}", size=7)
        tape.row(f"APPROVAL # {m.digits(6)}   CONTACTLESS", size=7)
    else:
        cash = float(math.ceil(total / 5) * 5 + m.pick((0, 5, 10)))
        tape.row("CASH", f"{cash:.2f}")
        tape.row("CHANGE", f"{cash - total:.2f}")
    eligible = round(
        sum(x[1] for x in scripts) + sum(q * p for d, q, p in items if d in HSA_ELIGIBLE), 2
    )
    tape.gap()
    tape.row("*FSA/HSA ELIGIBLE TOTAL", f"{eligible:.2f}", size=7)
    tape.row("N = NOT TAXED   T = TAXED", size=6.5)
    tape.gap()
    tape.centre(f"{store.split()[0]} REWARDS", font="F6")
    tape.row(f"MEMBER ************{m.digits(4)}", size=7)
    tape.row("REWARDS EARNED TODAY", f"{total * 0.02:.2f}", size=7)
    tape.row("REWARDS BALANCE", f"{m.amount(0, 40):.2f}", size=7)
    tape.gap()
    for s in (
        "PRESCRIPTIONS ARE NOT RETURNABLE",
        "RETURNS WITH RECEIPT WITHIN 60 DAYS",
        "REFILL BY PHONE OR APP, 24 HOURS A DAY",
    ):
        tape.centre(s, 6.5)
    tape.gap(4)
    bars = tape.y
    tape.gap(22)
    tape.centre(f"{m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)}", 7)
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": number,
    }
    if card:
        truth["card_last_four_digits"] = last4
    page = tape.page()
    barcode(Frame(page), m, 40, bars, 150, 18)
    return [page], truth


def receipt_gas(m: Maker) -> Layout:
    """A gas station's receipt, either from the pump (fuel only, a total and the card) or from
    the counter (the pump's fuel with gallons and price per gallon beside store items, tax on
    the store items only since fuel prices include their taxes)."""
    store = f"{m.pick(GAS_BRANDS)} {m.pick(GAS_KINDS)}"
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(5, 23), m.r.randint(0, 59)))
    at_pump = m.chance(0.35)
    pump = m.r.randint(1, 16)
    grade, extra = m.pick(GAS_GRADES)
    per_gallon = round(m.r.uniform(2.899, 4.899) + extra, 3)
    gallons = round(m.r.uniform(4, 22), 3)
    fuel = round(gallons * per_gallon, 2)
    rate = m.pick((0.05, 0.06, 0.07, 0.0825))
    goods = (
        []
        if at_pump
        else [
            (desc, m.amount(low, high))
            for desc, low, high in m.r.sample(C_STORE, m.r.randint(1, 4))
        ]
    )
    subtotal = round(fuel + sum(x[1] for x in goods), 2)
    tax = round(sum(x[1] for x in goods) * rate, 2)
    total = round(subtotal + tax, 2)
    card = at_pump or m.chance(0.7)
    last4 = m.digits(4)
    number = m.pick((m.digits(6), m.digits(4), f"{m.digits(2)}-{m.digits(5)}"))
    tape = Tape(214, 7.5, "F5", "F6")
    tape.centre(store, 10, "F6")
    tape.centre(f"STORE #{m.digits(5)}")
    tape.centre(street.upper())
    tape.centre(city.upper())
    tape.centre(phone)
    tape.gap()
    tape.row(fmt(when.date(), m.pick(("%m/%d/%y", "%m/%d/%Y"))), f"{when:%H:%M:%S}")
    tape.row(
        f"TERM {m.r.randint(1, 4):02d}" if not at_pump else f"PUMP {pump:02d}", f"TRANS #{number}"
    )
    tape.centre("PAY AT PUMP - SALE" if at_pump else "SALE", font="F6")
    tape.rule()
    tape.row(f"PUMP # {pump:02d}  {grade}")
    tape.row(f"{gallons:.3f} G @ ${per_gallon:.3f}/G", f"{fuel:.2f}", indent=6)
    for desc, price in goods:
        tape.row(desc, f"{price:.2f} T")
    tape.rule()
    if at_pump:
        tape.row("FUEL TOTAL", f"${total:.2f}", bold=True)
    else:
        tape.row("SUBTOTAL", f"{subtotal:.2f}")
        tape.row("TAX", f"{tax:.2f}")
        tape.row("TOTAL", f"${total:.2f}", bold=True)
    tape.gap()
    if card:
        debit = m.chance(0.4)
        tape.row(
            "US DEBIT" if debit else m.pick(("VISA", "MASTERCARD", "DISCOVER")), f"{total:.2f}"
        )
        tape.row(f"ACCOUNT: ************{last4}", size=7)
        tape.row(f"AUTH #: {m.digits(6)}   ENTRY: {m.pick(('CHIP', 'TAP', 'SWIPE'))}", size=7)
        tape.row(f"AID: A0000000{m.pick(('980840', '031010', '041010'))}", size=7)
        if debit:
            tape.row("PIN VERIFIED", size=7)
    else:
        cash = float(math.ceil(total / 10) * 10)
        tape.row("CASH", f"{cash:.2f}")
        tape.row("CHANGE", f"{cash - total:.2f}")
    tape.gap()
    tape.centre("FUEL PRICES INCLUDE ALL APPLICABLE TAXES", 6)
    if goods:
        tape.centre("T = TAXABLE ITEM", 6)
    tape.centre("THANK YOU - HAVE A SAFE TRIP", 7.5, "F6")
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "total": total,
        "receipt_number": number,
    }
    if not at_pump:
        truth |= {"subtotal": subtotal, "tax": tax}
    if card:
        truth["card_last_four_digits"] = last4
    return [tape.page()], truth
