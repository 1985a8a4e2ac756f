"""The "fresh5" held-out layouts (templates 13 and 14) of the catalog kinds, for
bench/catalog_documents.py.

A sixth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh5` is an
honest test set: a building-supply yard's charge invoice with a remit-to stub and an Australian
tax invoice with ABN and GST; a hospital's pay statement with shift differentials and a
two-week timesheet and a European employer's monthly salary statement in euros; a joint
account statement with two holders and an overdraft line and a mortgage servicer's escrow
account statement; a payroll provider's W-2 listing the boxes one to a row with box 12 codes
and box 14 items and a W-2 on the official grid with a white-out correction; an enhanced
licence with a machine-readable zone and a horizontal licence with a ghost image and a barcode
strip; an online bank's or property manager's year-end tax statement and a 1099 with dotted
leaders under a window-envelope address panel; a money order and a business check between two
vouchers; a hardware-store receipt with a return and a ride-share e-receipt.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bench.catalog_documents import (
    BANKS,
    COMPANY_A,
    ITEMS,
    PRODUCTS,
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
    Flow,
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
    make_pay,
    make_w2,
    pay_truth,
    perforation,
    tax_1099_truth,
    w2_truth,
)
from bench.catalog_layouts_fresh2 import month_end
from bench.catalog_layouts_fresh3 import fit, ink, split

# ---------------------------------------------------------------------------------------------
# Helpers


def eu(value: float) -> str:
    """1234.5 -> '1.234,50', as continental Europe prints amounts."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def leaders(label: str, width: float, size: float) -> str:
    """`label` followed by dots up to `width` points."""
    dots = max(2, int((width - text_width(label + " ", size)) / text_width(".", size)))
    return f"{label} {'.' * dots}"


def signed(value: float) -> str:
    return f"-{money(-value)}" if value < 0 else money(value)


# ---------------------------------------------------------------------------------------------
# Invoices

YARD_ITEMS = (
    ("2X4-8 SPF STUD", "EA", 3.2, 6.5),
    ("2X6-12 #2 SYP", "EA", 8.0, 14.0),
    ("1/2 4X8 CDX PLYWOOD", "EA", 28.0, 48.0),
    ("7/16 4X8 OSB", "EA", 14.0, 26.0),
    ("1/2 4X8 DRYWALL", "EA", 11.0, 17.0),
    ("30# FELT ROLL", "RL", 22.0, 38.0),
    ("16D SINKER NAILS 50LB", "BX", 64.0, 92.0),
    ("SIMPSON LUS26 HANGER", "EA", 1.1, 2.4),
    ("CONCRETE MIX 80LB", "BG", 5.2, 7.9),
    ("REBAR #4 20FT", "EA", 9.0, 16.0),
    ("LVL 1-3/4X11-7/8", "LF", 8.5, 14.0),
    ("HOUSE WRAP 9X150", "RL", 140.0, 210.0),
)


def invoice_fresh5(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """13: a building-supply yard's charge invoice with a remit-to stub; 14: an Australian tax
    invoice with ABN and GST."""
    return (*(invoice_yard if t == 13 else invoice_australia)(m), f"t{t}")


def invoice_yard(m: Maker) -> Layout:
    """A lumber and building-supply yard's charge-account invoice: the yard's name in a heavy
    bar, the ticket facts in a row of small boxes (account, job, ticket, salesperson, ship via),
    sold-to and job-site blocks, a ruled grid of items in units (EA, LF, BX) with ordered,
    shipped and back-ordered quantities, the totals in a box, then a dashed tear line and a
    remittance stub with the remit-to lockbox."""
    vendor = f"{m.pick(COMPANY_A)} {m.pick(('Lumber', 'Building Supply', 'Lumber & Millwork'))}"
    vendor += m.pick((" Co.", ", Inc.", ""))
    receiver = m.company()
    v_street, v_city = m.address()
    r_street, r_city = m.address()
    j_street, j_city = m.address()
    number = m.pick((m.digits(7), f"{m.digits(2)}-{m.digits(6)}", f"S{m.digits(6)}"))
    issued = m.date()
    due = month_end(issued) + dt.timedelta(days=10)
    day = m.pick(("%m/%d/%y", "%m/%d/%Y"))
    account = m.digits(5)
    job = m.pick(("LOT 14 ", "RES ", "REMODEL ", "ADDN ")) + m.pick(("SMITH", "OAKRIDGE", "HALL"))
    po = m.pick((m.digits(5), f"JOB {m.digits(4)}", "")) if m.chance(0.7) else ""
    rate = m.pick((0.06, 0.07, 0.0725, 0.08))
    lines = []
    for name, unit, low, high in m.r.sample(YARD_ITEMS, m.r.randint(3, 9)):
        qty = m.r.randint(1, 120) if unit in ("EA", "LF") else m.r.randint(1, 12)
        bo = m.r.randint(1, qty) if m.chance(0.12) and qty > 2 else 0
        price = m.amount(low, high)
        lines.append((name, unit, qty, qty - bo, bo, price, round((qty - bo) * price, 2)))
    subtotal = round(sum(x[6] for x in lines), 2)
    delivery = float(m.pick((0, 45, 65, 85)))
    taxable = subtotal
    tax = round(taxable * rate, 2)
    total = round(subtotal + delivery + tax, 2)
    c = Canvas()
    c.shade(30, 26, 552, 34, 0.15)
    ink(c, 1.0)
    c.text(40, 32, vendor.upper(), fit(vendor.upper(), 360, 17, "F2"), "F2")
    c.right(572, 34, "INVOICE", 15, "F2")
    ink(c, 0.0)
    c.text(40, 66, f"{v_street}  {v_city}   Yard {m.phone()}   Contractor Desk {m.phone()}", 7.5)
    cells = [
        ("ACCOUNT #", account, 70),
        ("INVOICE NO.", number, 88),
        ("INVOICE DATE", fmt(issued, day), 80),
        ("JOB NAME", job, 110),
        ("CUST PO", po, 70),
        ("SALESPERSON", m.pick(("HOUSE", "DAVE M", "K.ORTIZ", "TJ")), 64),
        ("SHIP VIA", m.pick(("OUR TRUCK", "WILL CALL", "BOOM TRUCK")), 70),
    ]
    x = 30.0
    for label, value, w in cells:
        c.box(x, 82, w, 28, 0.5)
        c.text(x + 3, 85, label, 5.5, "F2")
        c.text(x + 3, 96, value, 8.5, "F5")
        x += w
    c.text(36, 122, "SOLD TO:", 7, "F2")
    for i, s in enumerate((receiver.upper(), r_street.upper(), r_city.upper())):
        c.text(80, 122 + 11 * i, s, 8.5, "F5")
    c.text(320, 122, "SHIP TO / JOB SITE:", 7, "F2")
    for i, s in enumerate((job, j_street.upper(), j_city.upper())):
        c.text(410, 122 + 11 * i, s, 8.5, "F5")
    top = 168
    xs = (30, 70, 240, 270, 310, 350, 390, 470, 582)
    heads = ("ITEM", "DESCRIPTION", "U/M", "ORD", "SHIP", "B/O", "UNIT PRICE", "EXTENSION")
    c.shade(30, top, 552, 14, 0.8)
    for i, h in enumerate(heads):
        c.text(xs[i] + 3, top + 4, h, 6.5, "F2")
    y = top + 14
    for name, unit, qty, shipped, bo, price, amount in lines:
        cells2 = (m.digits(6), name, unit, str(qty), str(shipped), str(bo) if bo else "")
        for i, s in enumerate(cells2):
            c.text(xs[i] + 3, y + 4, s, 7.5, "F5")
        c.right(xs[7] - 4, y + 4, f"{price:.3f}" if price < 3 else f"{price:.2f}", 7.5, "F5")
        c.right(xs[8] - 4, y + 4, f"{amount:,.2f}", 7.5, "F5")
        y += 13
    bottom = max(y + 6, 420)
    c.box(30, top, 552, bottom - top, 0.6)
    for x2 in xs[1:-1]:
        c.line(x2, top, x2, bottom, 0.3)
    c.text(36, bottom + 8, "Received in good order by: ______________________", 7.5)
    c.text(36, bottom + 22, "All returns subject to 15% restocking fee. No returns on special", 6.5)
    c.text(36, bottom + 30, "order items. Accounts are due the 10th of the month following.", 6.5)
    rows = [("MERCHANDISE", subtotal)]
    if delivery:
        rows.append(("DELIVERY", delivery))
    rows += [(f"SALES TAX {rate * 100:g}%", tax), ("TOTAL DUE", total)]
    c.box(392, bottom + 6, 190, 14 * len(rows) + 6, 0.8)
    for i, (label, value) in enumerate(rows):
        bold = "F6" if label == "TOTAL DUE" else "F5"
        c.text(398, bottom + 10 + 14 * i, label, 8, "F2" if label == "TOTAL DUE" else "F1")
        c.right(576, bottom + 10 + 14 * i, f"{value:,.2f}", 8.5, bold)
    perforation(c, 606)
    c.text(36, 616, "PLEASE RETURN THIS PORTION WITH YOUR PAYMENT", 7, "F2")
    c.text(36, 632, "REMIT TO:", 7, "F2")
    for i, s in enumerate((vendor, f"PO BOX {m.r.randint(100, 9999)}", m.address()[1])):
        c.text(36, 643 + 11 * i, s, 8.5)
    stub = (
        ("ACCOUNT #", account),
        ("INVOICE NO.", number),
        ("DUE DATE", fmt(due, day)),
        ("AMOUNT DUE", money(total, "$")),
        ("AMOUNT PAID", "$__________"),
    )
    for i, (label, value) in enumerate(stub):
        c.text(360, 632 + 13 * i, label, 7, "F2")
        c.right(576, 632 + 13 * i, value, 8.5, "F5")
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": receiver.upper(),
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


AU_CITIES = (
    ("Sydney", "NSW", "2000"),
    ("Parramatta", "NSW", "2150"),
    ("Melbourne", "VIC", "3000"),
    ("Geelong", "VIC", "3220"),
    ("Brisbane", "QLD", "4000"),
    ("Perth", "WA", "6000"),
    ("Adelaide", "SA", "5000"),
    ("Hobart", "TAS", "7000"),
)
AU_KINDS = ("Pty Ltd", "Pty. Ltd.", "Services", "Group Pty Ltd")


def au_address(m: Maker) -> tuple[str, str]:
    city, state, code = m.pick(AU_CITIES)
    street = f"{m.r.randint(1, 480)} {m.pick(('George', 'King', 'Collins', 'Hay', 'Queen'))} St"
    if m.chance(0.3):
        street = f"Level {m.r.randint(2, 30)}, {street}"
    return street, f"{city.upper()} {state} {int(code) + m.r.randint(0, 99):04d}"


def abn(m: Maker) -> str:
    return f"{m.digits(2)} {m.digits(3)} {m.digits(3)} {m.digits(3)}"


def invoice_australia(m: Maker) -> Layout:
    """An Australian small business's tax invoice: "TAX INVOICE" with the supplier's ABN as
    the law requires, the date as DD/MM/YYYY, a table with a GST column per line, totals as
    "Subtotal (ex GST)", "GST" and "Total (inc GST)" in AUD, and payment by EFT with BSB and
    account number, or BPAY."""
    vendor = f"{m.pick(COMPANY_A)} {m.pick(('Electrical', 'Plumbing', 'Cleaning', 'IT'))}"
    vendor += f" {m.pick(AU_KINDS)}"
    receiver = f"{m.pick(COMPANY_A)} {m.pick(('Cafe', 'Dental', 'Holdings', 'Strata'))}"
    receiver += f" {m.pick(AU_KINDS)}"
    v_street, v_city = au_address(m)
    r_street, r_city = au_address(m)
    number = m.pick((f"INV-{m.digits(4)}", m.digits(5), f"{m.pick('ABT')}{m.digits(5)}"))
    issued = m.date()
    due = issued + dt.timedelta(days=m.pick((7, 14, 30)))
    ref = m.pick((f"WO{m.digits(5)}", m.digits(6), "")) if m.chance(0.6) else ""
    day = m.pick(("%d/%m/%Y", "%d %b %Y", "%d.%m.%Y"))
    lines = []
    for _ in range(m.r.randint(2, 6)):
        desc = m.pick(
            (
                "Labour - licensed tradesperson",
                "Call-out fee",
                "Materials as per quote",
                "After-hours surcharge",
                "Site inspection and report",
                "Consumables",
                "Travel (per km)",
            )
        )
        qty = m.pick((1, 1, 2, 3, 4.5, 6))
        price = m.amount(25, 480)
        amount = round(qty * price, 2)
        lines.append((desc, qty, price, round(amount * 0.1, 2), amount))
    subtotal = round(sum(x[4] for x in lines), 2)
    gst = round(sum(x[3] for x in lines), 2)
    total = round(subtotal + gst, 2)
    c = Canvas(595, 842)  # A4
    c.text(40, 40, vendor, fit(vendor, 320, 16, "F2"), "F2")
    c.text(40, 60, f"ABN {abn(m)}", 9, "F2")
    c.text(40, 72, v_street, 8.5)
    c.text(40, 83, v_city, 8.5)
    c.text(40, 94, f"Ph {m.pick(('02', '03', '07', '08'))} {m.digits(4)} {m.digits(4)}", 8.5)
    c.right(555, 40, "TAX INVOICE", 20, "F2")
    facts = [("Invoice Number", number), ("Invoice Date", fmt(issued, day))]
    if ref:
        facts.append(("Reference", ref))
    facts.append(("Due Date", fmt(due, day)))
    for i, (label, value) in enumerate(facts):
        c.right(470, 70 + 13 * i, label, 8.5, "F2")
        c.right(555, 70 + 13 * i, value, 8.5)
    c.text(40, 132, "Bill to", 8, "F2")
    for i, s in enumerate((receiver, r_street, r_city)):
        c.text(40, 144 + 11 * i, s, 9)
    top = 200
    cols = ((44, "Description", 0), (330, "Qty", 1), (395, "Unit Price", 1), (450, "GST", 1))
    cols += ((551, "Amount AUD", 1),)
    c.line(40, top + 14, 555, top + 14, 1.0)
    for x, h, right in cols:
        (c.right if right else c.text)(x, top + 2, h, 8.5, "F2")
    y = top + 22
    for desc, qty, price, _, amount in lines:
        c.text(44, y, desc, 8.5)
        c.right(330, y, f"{qty:g}" if isinstance(qty, int) else f"{qty:.2f}", 8.5)
        c.right(395, y, f"{price:,.2f}", 8.5)
        c.right(450, y, "10%", 8.5)
        c.right(551, y, f"{amount:,.2f}", 8.5)
        c.line(40, y + 12, 555, y + 12, 0.2)
        y += 18
    y += 8
    for label, value, bold in (
        ("Subtotal (ex GST)", subtotal, False),
        ("TOTAL GST 10%", gst, False),
        ("Total (inc GST)", total, True),
    ):
        c.right(470, y, label, 9, "F2" if bold else "F1")
        c.right(551, y, f"{'$' if bold else ''}{value:,.2f}", 9, "F2" if bold else "F1")
        y += 15
    c.line(340, y - 2, 555, y - 2, 1.0)
    c.text(360, y + 4, "AMOUNT DUE AUD", 9, "F2")
    c.right(551, y + 4, f"{total:,.2f}", 9, "F2")
    y += 50
    c.text(40, y, f"Due Date: {fmt(due, '%d %B %Y')}", 9, "F2")
    c.text(40, y + 14, "Payment by EFT:", 8.5, "F2")
    c.text(40, y + 26, f"Account name: {vendor}", 8.5)
    c.text(40, y + 37, f"BSB: {m.digits(3)}-{m.digits(3)}    Account: {m.digits(8)}", 8.5)
    c.text(40, y + 48, f"Please use {number} as your payment reference.", 8.5)
    c.line(40, 760, 555, 760, 0.3)
    c.text(40, 766, "PAYMENT ADVICE", 7.5, "F2")
    c.text(40, 777, f"To: {vendor}", 7.5)
    c.text(300, 766, f"Customer  {receiver}", 7.5)
    c.text(300, 777, f"Invoice Number  {number}", 7.5)
    c.text(300, 788, f"Amount Due  {total:,.2f}", 7.5)
    c.text(300, 799, "Amount Enclosed  ____________", 7.5)
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": receiver,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    if ref:
        truth["PO"] = ref
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips


def payslip_fresh5(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """13: a hospital's pay statement with shift differentials and a two-week timesheet;
    14: a European employer's monthly salary statement in euros."""
    return (*(payslip_hospital if t == 13 else payslip_europe)(m), f"t{t}")


def payslip_hospital(m: Maker) -> Layout:
    """A health system's biweekly pay statement for a nurse: the department and job code, a
    day-by-day timesheet for the two weeks (shift, in, out, hours, premium codes), earnings
    split into regular, evening and night differentials, weekend premium and charge pay, then
    taxes and deductions with year-to-date columns and the net pay distribution."""
    p = make_pay(m)
    system = f"{m.pick(COMPANY_A)} {m.pick(('Health', 'Medical Center', 'Regional Hospital'))}"
    start = p.start - dt.timedelta(days=p.start.weekday() + 1)  # a Sunday
    end = start + dt.timedelta(days=13)
    paid = end + dt.timedelta(days=m.pick((5, 6)))
    periods = max(1, (paid - dt.date(paid.year, 1, 1)).days // 14 + 1)
    rate = m.amount(34, 62)
    days = sorted(m.r.sample(range(14), m.r.randint(5, 7)))
    shifts = []
    for d in days:
        kind = m.pick(("D", "E", "N", "N"))
        begin = {"D": "06:45", "E": "14:45", "N": "18:45"}[kind]
        finish = {"D": "19:15", "E": "23:15", "N": "07:15"}[kind]
        hours = 12.0 if kind != "E" else 8.0
        shifts.append((start + dt.timedelta(days=d), kind, begin, finish, hours))
    reg_hours = sum(s[4] for s in shifts)
    eve = sum(s[4] for s in shifts if s[1] == "E")
    night = sum(s[4] for s in shifts if s[1] == "N")
    wknd = sum(s[4] for s in shifts if s[0].weekday() >= 5)
    earnings = [("Regular", rate, reg_hours), ("Shift Diff Eve", 2.5, eve)]
    earnings += [("Shift Diff Night", 4.75, night), ("Weekend Premium", 3.0, wknd)]
    if m.chance(0.4):
        earnings.append(("Charge Pay", 2.0, 12.0))
    if m.chance(0.3):
        earnings.append(("Overtime 1.5", round(rate * 1.5, 2), 4.0))
    earnings = [(n, r, h, round(r * h, 2)) for n, r, h in earnings if h]

    def ytd(v: float) -> float:
        return round(v * periods * m.r.uniform(0.9, 1.0), 2) if periods > 1 else v

    cur = [(n, r, h, a, ytd(a)) for n, r, h, a in earnings]
    gross = round(sum(e[3] for e in cur), 2)
    taxable = gross - sum(d[2] for d in p.deductions if d[1])
    taxes = [("Fed Withholding", round(taxable * m.r.uniform(0.08, 0.15), 2))]
    taxes += [
        ("Fed OASDI/EE", round(taxable * 0.062, 2)),
        ("Fed MED/EE", round(taxable * 0.0145, 2)),
    ]
    if p.state not in ("TX", "FL", "TN", "WA"):
        taxes.append((f"{p.state} Withholding", round(taxable * m.r.uniform(0.02, 0.05), 2)))
    deds = [(n, cur_, ytd(cur_)) for n, _, cur_, _ in p.deductions]
    if m.chance(0.5):
        deds.append(("Parking", 18.0, ytd(18.0)))
    tax_rows = [(n, a, ytd(a)) for n, a in taxes]
    taken = round(sum(x[1] for x in tax_rows) + sum(x[1] for x in deds), 2)
    net = round(gross - taken, 2)
    ytd_gross = round(sum(e[4] for e in cur), 2)
    p = replace(p, start=start, end=end, paid=paid)
    day = m.pick(("%m/%d/%Y", "%m/%d/%y"))
    c = Canvas()
    c.text(36, 32, system, fit(system, 330, 14, "F2"), "F2")
    c.text(36, 49, f"{p.c_street}, {p.c_city}", 7.5)
    c.right(576, 32, "Pay Statement", 13, "F2")
    c.right(576, 49, f"Advice #{m.digits(8)}", 7.5)
    info = (
        ("Employee", p.full),
        ("Employee ID", p.emp_no),
        ("Department", m.pick(("4 West Med/Surg", "ICU", "Emergency Dept", "L&D", "PACU"))),
        ("Job Title", m.pick(("RN Staff Nurse II", "RN Clinical III", "Charge RN"))),
        ("Pay Rate", f"${rate:.2f}/hr"),
    )
    dates = (
        ("Period Begin", fmt(start, day)),
        ("Period End", fmt(end, day)),
        ("Check Date", fmt(paid, day)),
        ("Union", m.pick(("NNU Local", "SEIU 1199", "Non-union"))),
    )
    c.box(36, 66, 540, 74, 0.5)
    for i, (label, value) in enumerate(info):
        c.text(42, 72 + 13 * i, label, 7.5, "F2")
        c.text(120, 72 + 13 * i, value, 8)
    for i, (label, value) in enumerate(dates):
        c.text(330, 72 + 13 * i, label, 7.5, "F2")
        c.text(400, 72 + 13 * i, value, 8)
    top = 152
    c.text(36, top, "TIMESHEET DETAIL", 8, "F2")
    c.text(160, top + 1, "D = day  E = evening  N = night   Premium: WK = weekend", 6.5)
    heads = ("Date", "Day", "Shift", "In", "Out", "Meal", "Hours", "Premium")
    xs = (40, 100, 140, 180, 230, 280, 340, 380)
    c.shade(36, top + 12, 400, 11, 0.85)
    for x, h in zip(xs, heads, strict=True):
        c.text(x, top + 14, h, 7, "F2")
    y = top + 26
    for when, kind, begin, finish, hours in shifts:
        prem = ",".join(
            x
            for x, on in (("E", kind == "E"), ("N", kind == "N"), ("WK", when.weekday() >= 5))
            if on
        )
        row = (fmt(when, "%m/%d"), f"{when:%a}", kind, begin, finish, "0:30", f"{hours:.2f}", prem)
        for x, s in zip(xs, row, strict=True):
            c.text(x, y, s, 7.5, "F5")
        y += 10
    c.text(280, y + 2, "Total", 7.5, "F2")
    c.text(340, y + 2, f"{reg_hours:.2f}", 7.5, "F6")
    top = y + 22

    def table(x: float, top: float, title: str, rows: list[tuple[str, ...]], heads: tuple) -> float:
        c.shade(x, top, 270, 12, 0.85)
        c.text(x + 4, top + 3, title, 7.5, "F2")
        for i, h in enumerate(heads):
            c.right(x + 266 - 56 * (len(heads) - 1 - i), top + 3, h, 7, "F2")
        yy = top + 16
        for row in rows:
            c.text(x + 4, yy, row[0], 7.5)
            for i, s in enumerate(row[1:]):
                c.right(x + 266 - 56 * (len(row) - 2 - i), yy, s, 7.5)
            yy += 10
        return yy

    e_rows = [(n, f"{r:.2f}", f"{h:.2f}", f"{a:,.2f}", f"{y_:,.2f}") for n, r, h, a, y_ in cur]
    e_rows.append(("Total Gross", "", f"{reg_hours:.2f}", f"{gross:,.2f}", f"{ytd_gross:,.2f}"))
    y1 = table(36, top, "Earnings", e_rows, ("Rate", "Hours", "Current", "YTD"))
    d_rows = [(n, f"{a:,.2f}", f"{y_:,.2f}") for n, a, y_ in tax_rows + deds]
    d_rows.append(("Total Deductions", f"{taken:,.2f}", ""))
    y2 = table(306, top, "Taxes and Deductions", d_rows, ("Current", "YTD"))
    y = max(y1, y2) + 14
    c.box(36, y, 540, 30, 0.8)
    for i, (label, value) in enumerate(
        (("Gross Pay", gross), ("Deductions", taken), ("Net Pay", net), ("YTD Gross", ytd_gross))
    ):
        c.text(46 + 135 * i, y + 4, label, 7, "F2")
        c.text(46 + 135 * i, y + 15, money(value, "$"), 10, "F2" if label == "Net Pay" else "F1")
    y += 44
    c.text(36, y, "Net Pay Distribution", 7.5, "F2")
    c.text(36, y + 11, f"Direct Deposit  Checking  xxxxxx{m.digits(4)}  {money(net, '$')}", 7.5)
    c.text(36, y + 30, "PTO Balance: " + f"{m.r.uniform(8, 160):.2f} hrs", 7)
    truth = pay_truth(p)
    truth |= {
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": taken,
    }
    return [c], truth


EU_TOWNS = (
    ("10115 Berlin", "DE"),
    ("80331 M\xfcnchen", "DE"),
    ("1012 AB Amsterdam", "NL"),
    ("3011 Rotterdam", "NL"),
    ("1000 Bruxelles", "BE"),
    ("D02 X285 Dublin 2", "IE"),
    ("1010 Wien", "AT"),
)
EU_STREETS = ("Hauptstra\xdfe", "Keizersgracht", "Rue de la Loi", "Baggot Street", "Ringstra\xdfe")


def payslip_europe(m: Maker) -> Layout:
    """A European employer's monthly salary statement in English: the employer and the
    employee's personnel number, tax class or tax number and social insurance number, the
    month as "Pay period", amounts with decimal commas and the euro sign after them, gross
    salary and allowances, income tax and social contributions (pension, health, unemployment),
    net pay, the IBAN it went to, and the year's cumulative figures along the foot."""
    first, _, last = m.person()
    company = f"{m.pick(COMPANY_A)} {m.pick(('GmbH', 'B.V.', 'NV', 'Ltd', 'AG'))}"
    town, country = m.pick(EU_TOWNS)
    street = f"{m.pick(EU_STREETS)} {m.r.randint(1, 140)}"
    e_town = m.pick([x for x in EU_TOWNS if x[1] == country])[0]
    e_street = f"{m.pick(EU_STREETS)} {m.r.randint(1, 140)}"
    emp_no = m.pick((m.digits(5), f"P{m.digits(6)}", f"{m.digits(3)}/{m.digits(3)}"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    paid = end - dt.timedelta(days=m.pick((0, 1, 2, 3)))
    month = start.month
    base = m.amount(2400, 7800)
    parts = [("Basic salary", base)]
    if m.chance(0.5):
        parts.append(("Travel allowance", m.amount(40, 180)))
    if m.chance(0.3):
        parts.append(("Overtime", m.amount(90, 600)))
    if month in (5, 6) and m.chance(0.6):
        parts.append(("Holiday allowance", round(base * 0.08 * 12 / 12, 2)))
    gross = round(sum(a for _, a in parts), 2)
    deductions = [
        ("Income tax", round(gross * m.r.uniform(0.12, 0.26), 2)),
        ("Pension insurance", round(gross * 0.093, 2)),
        ("Health insurance", round(gross * 0.081, 2)),
        ("Unemployment insurance", round(gross * 0.013, 2)),
    ]
    if m.chance(0.5):
        deductions.append(("Solidarity / church tax", round(gross * 0.009, 2)))
    taken = round(sum(a for _, a in deductions), 2)
    net = round(gross - taken, 2)
    ytd_gross = round(gross * month * m.r.uniform(0.96, 1.0), 2) if month > 1 else gross
    ytd_tax = round(deductions[0][1] * month, 2)
    c = Canvas(595, 842)
    c.text(50, 40, company, 15, "F4")
    c.text(50, 58, f"{street} \xb7 {town}", 8, "F3")
    c.right(545, 40, "Salary statement", 14, "F4")
    c.right(545, 58, f"Pay period {fmt(start, '%m/%Y')}", 10, "F3")
    c.text(50, 110, f"{first} {last}", 10)
    c.text(50, 122, e_street, 10)
    c.text(50, 134, e_town, 10)
    facts = (
        ("Personnel no.", emp_no),
        ("Period", f"{fmt(start, '%d.%m.%Y')} - {fmt(end, '%d.%m.%Y')}"),
        ("Payment date", fmt(paid, "%d.%m.%Y")),
        ("Tax class / ID", f"{m.pick(('I', 'III', 'IV'))} / {m.digits(11)}"),
        ("Social ins. no.", f"{m.digits(2)} {m.digits(6)} {m.pick('ABCKMS')} {m.digits(3)}"),
        ("Cost centre", m.digits(4)),
    )
    for i, (label, value) in enumerate(facts):
        c.text(330, 100 + 12 * i, label, 8.5, "F3")
        c.right(545, 100 + 12 * i, value, 8.5, "F3")
    top = 190
    c.line(50, top, 545, top, 1.0)
    c.text(54, top + 5, "Code", 8.5, "F4")
    c.text(100, top + 5, "Description", 8.5, "F4")
    c.right(470, top + 5, "Deduction", 8.5, "F4")
    c.right(541, top + 5, "Earnings", 8.5, "F4")
    c.line(50, top + 18, 545, top + 18, 0.4)
    y = top + 24
    for i, (name, amount) in enumerate(parts):
        c.text(54, y, str(100 + 10 * i), 9, "F3")
        c.text(100, y, name, 9, "F3")
        c.right(541, y, f"{eu(amount)} \u20ac", 9, "F3")
        y += 13
    c.line(380, y, 545, y, 0.4)
    c.text(100, y + 4, "Gross salary", 9, "F4")
    c.right(541, y + 4, f"{eu(gross)} \u20ac", 9, "F4")
    y += 24
    for i, (name, amount) in enumerate(deductions):
        c.text(54, y, str(400 + 10 * i), 9, "F3")
        c.text(100, y, name, 9, "F3")
        c.right(470, y, f"{eu(amount)} \u20ac", 9, "F3")
        y += 13
    c.line(380, y, 545, y, 0.4)
    c.text(100, y + 4, "Total statutory deductions", 9, "F4")
    c.right(470, y + 4, f"{eu(taken)} \u20ac", 9, "F4")
    y += 26
    c.shade(50, y, 495, 18, 0.9)
    c.text(100, y + 5, "Net pay", 10, "F4")
    c.right(541, y + 5, f"{eu(net)} \u20ac", 10, "F4")
    y += 30
    iban = f"{country}{m.digits(2)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(2)}"
    c.text(50, y, f"Transferred to IBAN {iban} on {fmt(paid, '%d.%m.%Y')}", 8.5, "F3")
    y += 40
    c.text(50, y, "Year to date", 9, "F4")
    c.line(50, y + 12, 545, y + 12, 0.4)
    cum = (
        ("Cumulative gross", ytd_gross),
        ("Cumulative income tax", ytd_tax),
        ("Cumulative net", round(ytd_gross * net / gross, 2)),
    )
    for i, (label, value) in enumerate(cum):
        c.text(50 + 165 * i, y + 17, label, 8, "F3")
        c.text(50 + 165 * i, y + 28, f"{eu(value)} \u20ac", 9, "F3")
    c.line(50, 790, 545, 790, 0.3)
    c.text(50, 795, f"{company} \xb7 Payroll \xb7 This statement is machine generated.", 7, "F3")
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


# ---------------------------------------------------------------------------------------------
# Bank statements


def bank_statement_fresh5(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """13: a joint account statement with two holders and an overdraft line; 14: a mortgage
    servicer's escrow account statement."""
    fn = statement_joint if t == 13 else statement_escrow
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


def statement_joint(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A community bank's joint checking statement: both holders' names on the address block
    ("OR" before the second), the summary in a two-column box with the overdraft line of
    credit (limit, used, available), transactions with separate debit and credit columns and a
    running balance that may go negative, and overdraft transfers from the line."""
    bank = m.pick(BANKS)
    f1, mid, last = m.person()
    holder = f"{f1} {mid[:1]} {last}".replace("  ", " ").upper() if mid else f"{f1} {last}".upper()
    second = f"{m.pick([x for x in ('Mary', 'John', 'Priya', 'Diego', 'Olga') if x != f1])} {last}"
    street, city = m.address()
    account = m.pick((m.digits(10), f"{m.digits(4)}-{m.digits(6)}"))
    acct_type = m.pick(("Joint Checking", "Free Checking", "Relationship Checking"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=m.pick((1, 5, 15)))
    end = start + dt.timedelta(days=29)
    opening = m.amount(50, 3000)
    limit = float(m.pick((500, 1000, 2500)))
    balance, txns = opening, []
    for d in sorted(m.r.randint(0, 29) for _ in range(m.r.randint(8, 20))):
        when = start + dt.timedelta(days=d)
        if m.chance(0.3):
            amount, desc = m.amount(400, 2600), f"DIRECT DEP {m.company().upper()[:18]}"
        else:
            amount = -m.amount(8, 700)
            desc = m.pick(
                (
                    f"POS PURCHASE {m.pick(ITEMS['grocery'])[:10]} #{m.digits(4)}",
                    f"ACH DEBIT {m.pick(('AT&T', 'PSE&G', 'ALLY AUTO', 'GEICO'))}",
                    f"CHECK {m.r.randint(1001, 1999)}",
                    f"ATM W/D {m.digits(4)}",
                )
            )
        balance = round(balance + amount, 2)
        txns.append((when, desc, amount, balance))
        if balance < 0:
            move = float(min(limit, -balance // 100 * 100 + 100))
            balance = round(balance + move, 2)
            txns.append((when, "OVERDRAFT TRANSFER FROM LINE", move, balance))
    closing = balance
    credits = round(sum(a for _, _, a, _ in txns if a > 0), 2)
    debits = round(-sum(a for _, _, a, _ in txns if a < 0), 2)
    used = round(sum(a for _, d, a, _ in txns if d.startswith("OVERDRAFT")), 2)
    day = m.pick(("%m/%d/%Y", "%b %d, %Y"))

    def head(c: Canvas, first: bool) -> float:
        c.text(40, 34, bank, 15, "F4")
        c.text(40, 52, "Member FDIC", 7)
        c.right(572, 34, "STATEMENT OF ACCOUNT", 10, "F2")
        c.right(572, 47, f"Account {account}", 8.5)
        if not first:
            return 80
        c.right(572, 59, f"{fmt(start, day)} thru {fmt(end, day)}", 8.5)
        for i, s in enumerate((holder, f"OR {second.upper()}", street.upper(), city.upper())):
            c.text(60, 92 + 12 * i, s, 9.5, "F5")
        c.box(330, 86, 242, 118, 0.6)
        c.text(336, 90, acct_type.upper(), 8, "F2")
        rows = (
            (labels[0], money(opening)),
            (f"{labels[1]} ({sum(a > 0 for _, _, a, _ in txns)})", money(credits)),
            (f"{labels[2]} ({sum(a < 0 for _, _, a, _ in txns)})", money(debits)),
            (labels[3], signed(closing)),
            ("Overdraft Line Limit", money(limit)),
            ("Overdraft Line Used", money(used)),
            ("Overdraft Line Available", money(round(limit - used, 2))),
        )
        for i, (label, value) in enumerate(rows):
            c.text(336, 104 + 13 * i, label, 8, "F2" if i in (0, 3) else "F1")
            c.right(566, 104 + 13 * i, value, 8.5)
        c.text(40, 216, "ACCOUNT ACTIVITY", 9, "F2")
        c.line(40, 240, 572, 240, 0.6)
        for x, h, r in (
            (44, "Date", 0),
            (110, "Description", 0),
            (420, "Debits", 1),
            (495, "Credits", 1),
            (568, "Balance", 1),
        ):
            (c.right if r else c.text)(x, 229, h, 8, "F2")
        return 246

    flow = Flow(head, bottom=740)
    flow.c.text(44, flow.y, fmt(start, "%m/%d"), 8)
    flow.c.text(110, flow.y, labels[0].upper(), 8)
    flow.c.right(568, flow.y, money(opening), 8)
    flow.y += 12
    for when, desc, amount, bal in txns:
        flow.room(12)
        c = flow.c
        c.text(44, flow.y, fmt(when, "%m/%d"), 8)
        c.text(110, flow.y, desc, 8)
        c.right(420 if amount < 0 else 495, flow.y, money(abs(amount)), 8)
        c.right(568, flow.y, signed(bal), 8)
        flow.y += 12
    flow.room(30)
    flow.c.text(110, flow.y + 4, labels[3].upper(), 8, "F2")
    flow.c.right(568, flow.y + 4, signed(closing), 8, "F2")
    flow.number_pages(572, 760)
    truth: Truth = {
        "bank_name": bank,
        "account_holder_name": holder,
        "account_number": account,
        "account_type": acct_type.upper(),
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return flow.pages, truth


def statement_escrow(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A mortgage servicer's annual escrow account statement: the loan number, the property,
    the escrow account history for the year (the escrow part of each monthly payment paid in,
    property taxes and homeowner's insurance paid out, projected against actual) with the
    running escrow balance, the year's totals, and the new monthly payment."""
    servicer = f"{m.pick(COMPANY_A)} {m.pick(('Mortgage', 'Home Loans', 'Loan Servicing'))}"
    first, _, last = m.person()
    holder = f"{first} {last}".upper()
    street, city = m.address()
    loan = m.digits(10)
    year = m.r.randint(2022, 2024)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    monthly = m.amount(220, 900)
    tax_half = round(monthly * m.r.uniform(3.5, 4.5), 2)
    ins = round(monthly * 12 - 2 * tax_half + m.r.uniform(-300, 300), 2)
    opening = m.amount(400, 2400)
    balance, rows = opening, []
    for mo in range(1, 13):
        day = dt.date(year, mo, 1)
        balance = round(balance + monthly, 2)
        rows.append((day, "Escrow Deposit", monthly, 0.0, balance))
        if mo in (4, 10):
            balance = round(balance - tax_half, 2)
            rows.append((day + dt.timedelta(days=14), "County Tax Disb", 0.0, tax_half, balance))
        if mo == 7:
            balance = round(balance - ins, 2)
            rows.append((day + dt.timedelta(days=9), "Hazard Ins Disb", 0.0, ins, balance))
    closing = balance
    paid_in = round(monthly * 12, 2)
    paid_out = round(2 * tax_half + ins, 2)
    c = Canvas()
    c.text(40, 36, servicer, 15, "F2")
    c.text(40, 54, f"Customer Service {m.phone()}   Mon-Fri 8 a.m. - 8 p.m. ET", 7.5)
    c.right(572, 36, "Annual Escrow Account", 11, "F2")
    c.right(572, 50, "Disclosure Statement", 11, "F2")
    for i, s in enumerate((holder, street.upper(), city.upper())):
        c.text(60, 100 + 12 * i, s, 9.5)
    facts = (
        ("Loan Number", loan),
        ("Statement Date", fmt(end + dt.timedelta(days=m.r.randint(10, 40)), "%m/%d/%Y")),
        ("Property Address", m.street()),
        ("Account Type", "Escrow"),
        ("History Period", f"{fmt(start, '%m/%d/%Y')} - {fmt(end, '%m/%d/%Y')}"),
    )
    for i, (label, value) in enumerate(facts):
        c.text(330, 96 + 12 * i, label, 8, "F2")
        c.right(572, 96 + 12 * i, value, 8.5)
    c.shade(40, 170, 532, 16, 0.85)
    c.text(46, 174, "ACCOUNT HISTORY", 9, "F2")
    c.text(180, 175, "This is a statement of actual activity in your escrow account.", 7.5)
    summary = (
        (labels[0], opening),
        (labels[1], paid_in),
        (labels[2], paid_out),
        (labels[3], closing),
    )
    for i, (label, value) in enumerate(summary):
        c.text(46 + 132 * i, 194, label, 7.5, "F2")
        c.text(46 + 132 * i, 206, money(value, "$"), 10)
    top = 230
    for x, h, r in (
        (44, "Date", 0),
        (110, "Description", 0),
        (360, "Payments to Escrow", 1),
        (460, "Paid from Escrow", 1),
        (568, "Escrow Balance", 1),
    ):
        (c.right if r else c.text)(x, top, h, 8, "F2")
    c.line(40, top + 12, 572, top + 12, 0.6)
    y = top + 18
    c.text(110, y, "Starting Balance", 8)
    c.right(568, y, money(opening), 8)
    y += 12
    for day, desc, pin, pout, bal in rows:
        c.text(44, y, fmt(day, "%m/%y"), 8)
        c.text(110, y, desc, 8)
        c.right(360, y, money(pin) if pin else "", 8)
        c.right(460, y, money(pout) if pout else "", 8)
        c.right(568, y, money(bal), 8)
        y += 12
    c.line(40, y, 572, y, 0.6)
    c.text(110, y + 4, "Totals", 8, "F2")
    c.right(360, y + 4, money(paid_in), 8, "F2")
    c.right(460, y + 4, money(paid_out), 8, "F2")
    y += 30
    new = round((2 * tax_half + ins) / 12, 2)
    _paragraph(
        c,
        40,
        y,
        f"Your new monthly escrow payment is {money(new, '$')} effective with the payment due "
        f"{fmt(dt.date(year + 1, 3, 1), '%B %d, %Y')}. Keep this statement for tax purposes; "
        "the property taxes shown may be deductible.",
        532,
        8,
        "F1",
    )
    truth: Truth = {
        "bank_name": servicer,
        "account_holder_name": holder,
        "account_number": loan,
        "account_type": "Escrow",
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return [c], truth


# ---------------------------------------------------------------------------------------------
# W-2s

CODE12 = {"D": "401(k) deferrals", "DD": "Employer health coverage", "W": "HSA contributions"}


def w2_fresh5(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """13: a payroll provider's W-2 listing one box to a row with box 12 codes and box 14
    items; 14: the official grid with a white-out correction."""
    return (*(w2_listing if t == 13 else w2_whiteout)(m), f"t{t}")


def w2_listing(m: Maker) -> Layout:
    """A payroll provider's "Employee W-2 Reference" page: the parties in two blocks, then every
    box on its own row (number, caption, amount with dotted leaders), the box 12 codes with
    what they mean, several box 14 items, and the state and local lines in a small table."""
    w = make_w2(m)
    c = Canvas()
    c.text(40, 36, f"{w.year} W-2 Wage and Tax Statement", 14, "F2")
    c.text(40, 54, "Employee Reference Copy - not for filing", 8)
    c.right(572, 36, m.pick(("PayFlex Payroll", "Paychex-style Services", "Gusto-like Payroll")), 8)
    blocks = (
        ("Employer", (w.employer, w.er_street, w.er_city, f"EIN: {w.ein}")),
        ("Employee", (f"{w.first_init} {w.last}", w.ee_street, w.ee_city, f"SSN: {w.ssn}")),
    )
    for j, (title, lines) in enumerate(blocks):
        c.text(40 + 270 * j, 76, title, 8, "F2")
        for i, s in enumerate(lines):
            c.text(40 + 270 * j, 88 + 11 * i, s, 9)
    rows = (
        ("1", "Wages, tips, other compensation", w.wages),
        ("2", "Federal income tax withheld", w.fed),
        ("3", "Social security wages", w.ss_wages),
        ("4", "Social security tax withheld", w.ss_tax),
        ("5", "Medicare wages and tips", w.med_wages),
        ("6", "Medicare tax withheld", w.med_tax),
        ("7", "Social security tips", 0.0),
        ("8", "Allocated tips", 0.0),
        ("10", "Dependent care benefits", 0.0),
        ("11", "Nonqualified plans", 0.0),
    )
    y = 150
    for num, cap, value in rows:
        c.text(40, y, f"Box {num}", 8.5, "F2")
        c.text(80, y, leaders(cap, 290, 8.5), 8.5)
        c.right(440, y, f"{value:,.2f}", 9, "F5")
        y += 14
    y += 6
    c.text(40, y, "Box 12", 8.5, "F2")
    for code, amount in w.codes or [("", 0.0)]:
        if code:
            c.text(80, y, f"{code}  {CODE12[code]}", 8.5)
            c.right(440, y, f"{amount:,.2f}", 9, "F5")
        else:
            c.text(80, y, "(none)", 8.5)
        y += 13
    c.text(40, y + 4, "Box 13", 8.5, "F2")
    c.text(80, y + 4, f"Retirement plan: {'X' if w.k401 else '-'}", 8.5)
    y += 20
    c.text(40, y, "Box 14", 8.5, "F2")
    items = [("NY PFL", m.amount(50, 400)), ("GTL", m.amount(20, 300))]
    if w.s125:
        items.append(("SEC 125", w.s125))
    for name, amount in items:
        c.text(80, y, name, 8.5)
        c.right(440, y, f"{amount:,.2f}", 9, "F5")
        y += 13
    y += 10
    c.line(40, y, 572, y, 0.5)
    for x, h in (
        (40, "15 State"),
        (100, "Employer state ID"),
        (230, "16 State wages"),
        (340, "17 State tax"),
        (440, "18 Local wages"),
        (520, "20 Locality"),
    ):
        c.text(x, y + 4, h, 7.5, "F2")
    state_row = (w.state, w.state_id, f"{w.wages:,.2f}", f"{w.state_tax:,.2f}", "", "")
    for x, s in zip((40, 100, 230, 340, 440, 520), state_row, strict=True):
        c.text(x, y + 17, s, 8.5, "F5")
    return [c], w2_truth(w)


def w2_whiteout(m: Maker) -> Layout:
    """A typed W-2 Copy B on the official grid where the employer corrected one amount by hand:
    a white-out patch, the new figure typed over it slightly off the line, and initials in the
    margin; the other boxes typed on a typewriter baseline that drifts."""
    w = make_w2(m)
    c = Canvas()
    d = Frame(c, 30, 40, 1.0)
    colour_red = b"0.75 0.1 0.1 RG 0.75 0.1 0.1 rg"
    c.ops.append(colour_red)
    boxes = (
        (0, 0, 260, 30, "a", "Employee's social security number"),
        (0, 30, 260, 30, "b", "Employer identification number (EIN)"),
        (0, 60, 260, 70, "c", "Employer's name, address, and ZIP code"),
        (0, 130, 260, 24, "d", "Control number"),
        (0, 154, 260, 70, "e", "Employee's first name and initial   Last name"),
        (260, 0, 140, 30, "1", "Wages, tips, other compensation"),
        (400, 0, 152, 30, "2", "Federal income tax withheld"),
        (260, 30, 140, 30, "3", "Social security wages"),
        (400, 30, 152, 30, "4", "Social security tax withheld"),
        (260, 60, 140, 30, "5", "Medicare wages and tips"),
        (400, 60, 152, 30, "6", "Medicare tax withheld"),
        (260, 90, 140, 30, "7", "Social security tips"),
        (400, 90, 152, 30, "8", "Allocated tips"),
        (260, 120, 140, 34, "12a", "See instructions for box 12"),
        (400, 120, 152, 34, "14", "Other"),
    )
    for x, y, bw, bh, num, label in boxes:
        form_cell(d, x, y, bw, bh, num, label)
    d.text(0, 236, f"Form W-2 Wage and Tax Statement {w.year}", 11, "F2")
    d.text(300, 236, "Copy B - To Be Filed With Employee's FEDERAL Tax Return.", 6.5)
    c.ops.append(b"0 g 0 G")

    def typed(x: float, top: float, s: str, drift: float = 0.0) -> None:
        d.text(x, top + drift, s, 9.5, "F5")

    fixed = m.pick(("1", "2", "4"))
    values = {
        "1": (266, 14, w.wages),
        "2": (406, 14, w.fed),
        "3": (266, 44, w.ss_wages),
        "4": (406, 44, w.ss_tax),
        "5": (266, 74, w.med_wages),
        "6": (406, 74, w.med_tax),
    }
    typed(6, 14, w.ssn)
    typed(6, 44, w.ein)
    for i, s in enumerate((w.employer, w.er_street, w.er_city)):
        typed(6, 74 + 11 * i, s, 0.6 * i)
    typed(6, 142, w.control)
    typed(6, 170, f"{w.first_init} {w.last}")
    typed(6, 182, w.ee_street)
    typed(6, 193, w.ee_city)
    for key, (x, y, value) in values.items():
        if key == fixed:
            d.shade(x - 2, y - 2, 90, 13, 0.97)
            d.box(x - 2, y - 2, 90, 13, 0.2)
            d.text(x + 3, y + 1.5, f"{value:,.2f}", 9.5, "F5")
            d.text(x + 96, y - 6, "corr. " + "".join(p[0] for p in w.employer.split()[:2]), 6, "F3")
        else:
            typed(x, y, f"{value:.2f}", m.r.uniform(-0.8, 0.8))
    if w.codes:
        code, amount = w.codes[0]
        typed(290, 138, f"{code}  {amount:.2f}")
    if w.other:
        typed(406, 138, w.other)
    c.text(30, 300, "Department of the Treasury - Internal Revenue Service", 7)
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Licences


def licence_fresh5(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """13: an enhanced licence with a machine-readable zone; 14: a horizontal licence with a
    ghost image and a barcode strip."""
    return (*(licence_enhanced if t == 13 else licence_ghost)(m), f"t{t}")


def licence_enhanced(m: Maker) -> Layout:
    """An enhanced driver licence (good for land border crossing): "ENHANCED DRIVER LICENSE"
    and "USA" in the header, labels as short captions (LN, FN, DOB, EXP, ISS), dates as
    DD MMM YYYY, and a three-line machine-readable zone along the foot."""
    d = make_licence(m)
    c = Canvas(252, 159)
    c.shade(0, 0, 252, 24, 0.75)
    c.text(8, 4, d.state.upper(), fit(d.state.upper(), 140, 11, "F2"), "F2")
    c.right(244, 5, "USA", 9, "F2")
    c.text(8, 16, "ENHANCED DRIVER LICENSE", 5.5, "F2")
    c.shade(8, 30, 58, 74, 0.86)
    c.centre(37, 64, "PHOTO", 5)

    def cap(x: float, top: float, label: str, value: str, size: float = 7) -> None:
        c.text(x, top, label, 4, "F2")
        c.text(x, top + 4.5, value, size, "F2")

    day = "%d %b %Y"
    cap(72, 28, "DL NO", d.number, 8.5)
    cap(72, 42, "LN", d.last.upper(), 8)
    cap(72, 55, "FN", f"{d.first} {d.middle}".strip().upper(), 7)
    c.text(72, 68, f"{d.street.upper()}, {d.city.upper()}, {d.abbr} {d.zipcode}", 4.6)
    cap(72, 76, "DOB", fmt(d.dob, day).upper())
    cap(140, 76, "EXP", fmt(d.expires, day).upper())
    cap(72, 89, "ISS", fmt(d.issued, day).upper(), 6)
    cap(140, 89, "CLASS", d.klass, 6)
    cap(180, 89, "SEX", d.sex, 6)
    c.text(8, 108, f"HGT {d.height}  WGT {d.weight}  EYES {d.eyes}  HAIR {d.hair}", 5)
    mrz = f"IDUSA{d.number.replace(' ', '').replace('-', '')[:9]:<9}<{m.digits(1)}"
    mrz = (mrz + "<" * 30)[:30]
    line2 = f"{d.dob:%y%m%d}{m.digits(1)}{d.sex}{d.expires:%y%m%d}{m.digits(1)}USA"
    line2 = (line2 + "<" * 30)[:30]
    line3 = f"{d.last.upper()}<<{d.first.upper()}".replace(" ", "<").replace("'", "") + "<" * 30
    c.shade(0, 117, 252, 42, 0.95)
    for i, s in enumerate((mrz, line2, line3[:30])):
        c.text(14, 121 + 11 * i, s, 7.4, "F5")
    return [c], licence_truth(d)


def licence_ghost(m: Maker) -> Layout:
    """A horizontal licence on a patterned ground: the portrait on the left with a small ghost
    portrait and the birth date repeated in microprint, numbered labels written out in mixed
    case beside their values ("Lic#", "Exp", "Iss", "DOB"), dates with dashes, and a 1-D
    barcode strip across the bottom."""
    d = make_licence(m)
    day = m.pick(("%m-%d-%Y", "%m/%d/%Y"))
    c = Canvas(252, 159)
    for i in range(0, 252, 12):
        c.line(i, 0, i + 40, 159, 0.1)
    c.text(8, 6, f"{d.state} Driver License", fit(f"{d.state} Driver License", 190, 11, "F4"), "F4")
    c.shade(8, 26, 64, 80, 0.82)
    c.centre(40, 62, "PHOTO", 5)
    c.shade(196, 56, 44, 52, 0.95)
    c.centre(218, 80, "ghost", 4)
    c.text(196, 110, fmt(d.dob, "%m%d%Y"), 4, "F5")
    rows = (
        ("Lic#", d.number, 8.5, "F2"),
        ("", d.last, 8, "F2"),
        ("", f"{d.first} {d.middle}".strip(), 7.5, "F1"),
        ("", d.street, 5.5, "F1"),
        ("", f"{d.city}, {d.abbr} {d.zipcode}", 5.5, "F1"),
    )
    y = 26.0
    for label, value, size, font in rows:
        if label:
            c.text(80, y + 2, label, 5, "F2")
        c.text(96 if label else 80, y, value, size, font)
        y += size + 3
    pairs = (
        ("DOB", fmt(d.dob, day)),
        ("Exp", fmt(d.expires, day)),
        ("Iss", fmt(d.issued, day)),
        ("Class", d.klass),
        ("Sex", d.sex),
        ("Eyes", d.eyes),
    )
    for i, (label, value) in enumerate(pairs):
        x, top = 80 + 58 * (i % 2), 78 + 10 * (i // 2)
        c.text(x, top + 1, label, 4.8, "F2")
        c.text(x + 16, top, value, 6.3)
    c.text(8, 110, f"Hgt {d.height}  Wgt {d.weight}  Hair {d.hair}", 5)
    barcode(Frame(c), m, 8, 128, 236, 18)
    c.text(8, 150, f"DD {m.digits(12)}", 4.2, "F5")
    return [c], licence_truth(d)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC


def form_1099_fresh5(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """13: an online bank's or a property manager's year-end tax statement; 14: a 1099 with
    dotted leaders under a window-envelope address panel."""
    return (*(form_1099_statement if t == 13 else form_1099_leaders)(m, variant), f"t{t}")


def form_1099_statement(m: Maker, variant: str) -> Layout:
    """The year-end tax statement an online savings bank (1099-INT) or a property management
    company paying an owner's rents (1099-MISC) posts as a PDF: a letter head, "Your {year}
    Form 1099" with a short letter, a boxed summary of the payer and recipient facts, then a
    table of the form's boxes with amounts, blank boxes shown as 0.00."""
    f = make_1099(m, variant)
    if variant == "INT":
        f = replace(f, payer=f"{m.pick(COMPANY_A)} {m.pick(('Online Bank', 'Direct Bank'))}")
    else:
        f = replace(f, payer=f"{m.pick(COMPANY_A)} Property Management {m.pick(('LLC', 'Inc.'))}")
    c = Canvas()
    c.text(40, 36, f.payer, 15, "F2")
    c.text(40, 54, f"{f.p_street}, {f.p_city}  |  {f.p_phone}", 8)
    c.right(572, 36, f"Tax Year {f.year}", 10, "F2")
    c.text(40, 90, f"Your {f.year} Form 1099-{f.variant}", 13, "F2")
    what = "interest we paid you" if f.variant == "INT" else "rents we collected and paid to you"
    _paragraph(
        c,
        40,
        110,
        f"Dear {f.recipient}, this statement reports the {what} in {f.year}. The same "
        "information has been filed with the IRS. Keep it with your tax records.",
        520,
        9,
        "F1",
    )
    facts = (
        ("PAYER'S TIN", f.payer_tin),
        ("RECIPIENT", f.recipient),
        ("RECIPIENT'S TIN", f.recipient_tin),
        ("ADDRESS", f"{f.r_street}, {f.r_city}"),
    )
    if f.account:
        facts += (("ACCOUNT NUMBER", f.account),)
    c.box(40, 146, 532, 14 * len(facts) + 8, 0.6)
    for i, (label, value) in enumerate(facts):
        c.text(48, 152 + 14 * i, label, 7.5, "F2")
        c.text(170, 152 + 14 * i, value, 9)
    y = 146 + 14 * len(facts) + 26
    c.shade(40, y, 532, 14, 0.85)
    c.text(48, y + 3, "Box", 8, "F2")
    c.text(90, y + 3, "Description", 8, "F2")
    c.right(566, y + 3, "Amount", 8, "F2")
    y += 20
    for num, label, key in f.boxes:
        c.text(48, y, num, 9)
        c.text(90, y, label, 9)
        c.right(566, y, money(f.values.get(key, 0.0), "$"), 9)
        c.line(40, y + 11, 572, y + 11, 0.2)
        y += 15
    c.text(40, y + 20, f"OMB No. {f.omb}   This is important tax information.", 7.5)
    return [c], tax_1099_truth(f, True)


def form_1099_leaders(m: Maker, variant: str) -> Layout:
    """A plain-paper 1099 from small-business software for a window envelope: the payer's
    return address and the recipient's address in the window positions, a fold line, then the
    form's facts as captions with dotted leaders to values on the right, only paid boxes
    listed."""
    f = make_1099(m, variant)
    c = Canvas()
    for i, s in enumerate((f.payer, f.p_street, f.p_city)):
        c.text(48, 40 + 11 * i, s, 9)
    for i, s in enumerate((f.recipient.upper(), f.r_street.upper(), f.r_city.upper())):
        c.text(90, 130 + 12 * i, s, 10, "F5")
    c.text(380, 40, "IMPORTANT TAX DOCUMENT", 9, "F2")
    c.text(380, 52, "ENCLOSED", 9, "F2")
    c.line(20, 264, 592, 264, 0.2)
    c.text(48, 280, f"Form 1099-{f.variant}  {f.title}  {f.year}", 12, "F2")
    c.text(48, 296, f"Copy B For Recipient   OMB No. {f.omb}", 7.5)
    rows = [
        ("Payer", f.payer),
        ("Payer's TIN", f.payer_tin),
        ("Recipient", f.recipient),
        ("Recipient's TIN", f.recipient_tin),
    ]
    if f.account:
        rows.append(("Account number", f.account))
    rows += [
        (f"Box {num} {label}", f"{f.values[key]:,.2f}")
        for num, label, key in f.boxes
        if key in f.values
    ]
    y = 320
    for label, value in rows:
        c.text(48, y, leaders(label, 400, 9), 9)
        c.right(566, y, value, 9.5, "F2")
        y += 16
    c.text(48, y + 14, "This information is being furnished to the IRS.", 7.5)
    return [c], tax_1099_truth(f, False)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh5(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """13: a money order; 14: a business check between two vouchers."""
    return (*(check_money_order if t == 13 else check_middle)(m), f"t{t}")


def check_money_order(m: Maker) -> Layout:
    """A bank's money order as a customer buys it at the counter: "MONEY ORDER" with its serial
    number, the amount imprinted by the machine with asterisks and in words ("NOT VALID OVER
    $1,000"), PAY TO THE ORDER OF and the purchaser's name and address written in by hand, the
    issuer and "drawer" bank, and the MICR line with the serial."""
    q = make_cheque(m, business=False)
    q = replace(q, amount=m.amount(20, 1000), number=m.digits(10), memo="")
    dollars, cents = int(q.amount), round(q.amount * 100) % 100
    spelled = f"{words(dollars).upper()} DOLLARS AND {cents:02d} CENTS"
    c = Canvas(612, 264)
    c.shade(14, 14, 584, 236, 0.95)
    c.box(14, 14, 584, 236, 1.0)
    c.text(28, 24, q.bank, 12, "F2")
    c.text(28, 40, "MONEY ORDER", 16, "F2")
    c.text(200, 44, "NOT VALID OVER $1,000.00", 7, "F2")
    c.right(584, 24, "SERIAL NUMBER", 6.5, "F2")
    c.right(584, 33, q.number, 11, "F6")
    c.text(380, 62, "DATE", 6.5, "F2")
    c.text(410, 58, fmt(q.date, "%m/%d/%Y"), 10, "F5")
    c.text(28, 80, spelled, fit(spelled, 400, 9, "F6"), "F6")
    c.shade(440, 74, 144, 22, 0.8)
    c.right(578, 80, f"$***{q.amount:,.2f}", 11, "F6")
    c.text(28, 110, "PAY TO THE", 6.5, "F2")
    c.text(28, 118, "ORDER OF", 6.5, "F2")
    c.text(80, 110, q.payee, 12, "F3")
    c.line(78, 126, 400, 126, 0.5)
    c.text(28, 140, "PURCHASER, SIGNER FOR DRAWER", 6, "F2")
    c.text(28, 150, q.drawer, 11, "F3")
    c.line(28, 164, 280, 164, 0.5)
    c.text(28, 170, "ADDRESS", 6, "F2")
    c.text(80, 168, f"{q.street}, {q.city}", 9, "F3")
    c.line(78, 180, 400, 180, 0.5)
    c.text(420, 140, "ISSUED BY", 6, "F2")
    c.text(420, 150, q.bank, 8)
    c.text(420, 160, q.bank_city, 7)
    c.text(28, 196, "MEMO", 6, "F2")
    c.line(56, 204, 280, 204, 0.5)
    c.text(60, 226, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    truth = cheque_truth(q, spelled)
    return [c], truth


def check_middle(m: Maker) -> Layout:
    """A business check in the middle of a letter sheet between two identical vouchers (the top
    one for the payee, the bottom one for the payer's file): each voucher lists the invoices
    paid, with date, reference, gross, discount and net; the check has the payer's name and
    address, the bank, the amount in words with "Dollars", and two signature lines."""
    q = make_cheque(m, business=True)
    n = m.r.randint(1, 6)
    gross = split(m, q.amount, n)
    invoices = [
        (q.date - dt.timedelta(days=m.r.randint(5, 60)), f"INV {m.digits(5)}", g) for g in gross
    ]
    spelled = f"{in_words(q.amount)} Dollars"
    c = Canvas()

    def voucher(top: float) -> None:
        c.text(30, top, q.drawer, 9, "F2")
        c.right(582, top, f"Check No. {q.number}   {fmt(q.date, '%m/%d/%Y')}", 8.5)
        c.text(30, top + 13, f"Vendor: {q.payee}", 8)
        c.line(30, top + 26, 582, top + 26, 0.5)
        for x, h, r in (
            (34, "Date", 0),
            (110, "Reference", 0),
            (420, "Amount", 1),
            (500, "Discount", 1),
            (578, "Net Paid", 1),
        ):
            (c.right if r else c.text)(x, top + 30, h, 7.5, "F2")
        y = top + 42
        for day, ref, amount in invoices:
            c.text(34, y, fmt(day, "%m/%d/%Y"), 8)
            c.text(110, y, ref, 8)
            c.right(420, y, f"{amount:,.2f}", 8)
            c.right(500, y, "0.00", 8)
            c.right(578, y, f"{amount:,.2f}", 8)
            y += 10
        c.right(578, top + 110, f"Check Total {q.amount:,.2f}", 8, "F2")

    voucher(20)
    perforation(c, 262)
    top = 276
    c.text(36, top, q.drawer, 11, "F2")
    c.text(36, top + 14, q.street, 8)
    c.text(36, top + 24, q.city, 8)
    c.centre(306, top, q.bank, 9, "F2")
    c.centre(306, top + 12, q.bank_city, 7)
    c.right(576, top, q.number, 12, "F2")
    c.right(576, top + 16, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 6.5)
    c.text(420, top + 44, "DATE", 7, "F2")
    c.text(450, top + 42, fmt(q.date, "%b %d, %Y"), 9)
    c.text(36, top + 66, "PAY", 7, "F2")
    c.text(60, top + 64, spelled, 9)
    c.line(58, top + 76, 440, top + 76, 0.4)
    c.box(460, top + 60, 116, 20, 0.8)
    c.right(570, top + 65, f"${q.amount:,.2f}", 10, "F2")
    c.text(36, top + 90, "TO THE", 7, "F2")
    c.text(36, top + 98, "ORDER OF", 7, "F2")
    c.text(80, top + 92, q.payee, 10)
    c.line(330, top + 122, 576, top + 122, 0.4)
    c.text(330, top + 125, "AUTHORIZED SIGNATURE", 5.5)
    c.line(330, top + 144, 576, top + 144, 0.4)
    c.text(330, top + 147, "SECOND SIGNATURE REQUIRED OVER $5,000", 5.5)
    if q.memo:
        c.text(36, top + 130, f"MEMO {q.memo}", 8)
    c.text(
        110,
        top + 176,
        f"C{q.number}C A{q.routing}A {q.account}C",
        11,
        "F5",
    )
    perforation(c, 516)
    voucher(530)
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh5(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """13: a hardware-store receipt with a return; 14: a ride-share e-receipt."""
    return (*(receipt_hardware if t == 13 else receipt_rideshare)(m), f"t{t}")


def receipt_hardware(m: Maker) -> Layout:
    """A home-improvement store's till receipt for an exchange: SKUs before the items, a
    returned item as a negative line with its original receipt number, quantities with "@",
    the subtotal net of the return, tax, and the card or store credit tendered."""
    store = m.pick(("VALLEY HARDWARE", "ACE OF SPADES GARDEN CENTER", "HOMEWORKS HARDWARE"))
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(7, 20), m.r.randint(0, 59)))
    lines = []
    for name in m.r.sample(ITEMS["hardware"] + PRODUCTS[:3], m.r.randint(2, 6)):
        qty = m.pick((1, 1, 2, 3))
        price = m.amount(1.5, 60)
        lines.append((name[:22].upper(), qty, price, round(qty * price, 2)))
    ret = m.pick(ITEMS["hardware"])
    ret_amt = -m.amount(3, 40)
    if ret_amt + sum(x[3] for x in lines) < 5:
        ret_amt = -1.0
    subtotal = round(sum(x[3] for x in lines) + ret_amt, 2)
    tax = round(subtotal * m.pick((0.06, 0.07, 0.0825)), 2)
    total = round(subtotal + tax, 2)
    number = f"{m.digits(4)} {m.digits(5)} {m.digits(5)}"
    last4 = m.digits(4)
    tape = Tape(230, 7.5, "F5", "F6")
    tape.centre(store, 10, "F6")
    tape.centre(street.upper())
    tape.centre(city.upper())
    tape.centre(phone)
    tape.gap()
    tape.row(
        f"{store.split()[0][:4]} {m.digits(4)}  {m.digits(2)} {m.digits(5)}  "
        f"{fmt(when.date(), '%m/%d/%y')} {when:%I:%M %p}",
        size=6.8,
    )
    tape.row(f"SALE  CASHIER {m.pick(('DONNA', 'MIKE', 'SELF CHECKOUT'))}", size=6.8)
    tape.rule()
    for name, qty, price, amount in lines:
        tape.row(f"{m.digits(12)} {name}"[:34], f"{amount:.2f}", size=7)
        if qty > 1:
            tape.row(f"{qty}@{price:.2f}", indent=14, size=7)
    tape.row("** RETURN **", bold=True, size=7)
    tape.row(f"{m.digits(12)} {ret}"[:34], f"{ret_amt:.2f}-".replace("-", "", 1), size=7)
    tape.row(f"ORIG REC# {m.digits(4)} {m.digits(5)}", indent=14, size=6.5)
    tape.rule()
    tape.row("SUBTOTAL", f"{subtotal:.2f}")
    tape.row("SALES TAX", f"{tax:.2f}")
    tape.row("TOTAL", f"${total:.2f}", bold=True, size=9)
    tape.row(f"XXXXXXXXXXXX{last4} VISA", f"USD${total:.2f}", size=7)
    tape.row(f"AUTH CODE {m.digits(6)}/{m.digits(7)}   CHIP READ", size=6.5)
    tape.gap()
    tape.centre(f"RECEIPT# {number}", 7)
    tape.centre("RETURN POLICY DEFINITIONS", 6.5)
    tape.centre("A  90 DAYS WITH RECEIPT  B  30 DAYS", 6.5)
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
    return [tape.page()], truth


def receipt_rideshare(m: Maker) -> Layout:
    """A ride-share trip's e-mailed receipt printed to PDF: "Thanks for riding, Name", the
    total in large type, the trip fare broken down (base fare, distance, time, booking fee,
    tolls), the subtotal, a tip added after the ride, the card charged, and the trip's pick-up
    and drop-off times and addresses with distance and duration."""
    brand = m.pick(("Zipride", "Lyfter", "Metro Rides"))
    first = m.pick(("Anna", "Sam", "Carlos", "Mei", "Tomasz"))
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(0, 23), m.r.randint(0, 59)))
    miles = round(m.r.uniform(1.2, 24), 2)
    minutes = int(miles * m.r.uniform(2.2, 4.0)) + 3
    fare = [
        ("Base fare", m.amount(1.5, 3.0)),
        (f"Distance ({miles:.2f} mi)", round(miles * 1.15, 2)),
    ]
    fare += [
        (f"Time ({minutes} min)", round(minutes * 0.32, 2)),
        ("Booking fee", m.amount(1.5, 3.5)),
    ]
    if m.chance(0.3):
        fare.append(("Tolls", m.amount(2, 9)))
    subtotal = round(sum(a for _, a in fare), 2)
    tip = m.pick((0.0, 1.0, 2.0, 3.0, round(subtotal * 0.15, 2)))
    total = round(subtotal + tip, 2)
    last4 = m.digits(4)
    c = Canvas(420, 640)
    c.text(40, 36, brand, 20, "F2")
    c.right(380, 42, fmt(when.date(), "%B %d, %Y"), 9)
    c.text(40, 80, f"Thanks for riding, {first}", 16, "F2")
    c.text(40, 102, "We hope you enjoyed your ride this " + m.pick(("morning", "evening")) + ".", 9)
    c.line(40, 124, 380, 124, 0.6)
    c.text(40, 136, "Total", 16, "F2")
    c.right(380, 136, f"${total:.2f}", 16, "F2")
    c.line(40, 160, 380, 160, 0.6)
    y = 172
    for label, amount in fare:
        c.text(40, y, label, 9)
        c.right(380, y, f"${amount:.2f}", 9)
        y += 16
    c.line(40, y, 380, y, 0.3)
    c.text(40, y + 8, "Subtotal", 9, "F2")
    c.right(380, y + 8, f"${subtotal:.2f}", 9, "F2")
    y += 24
    if tip:
        c.text(40, y, "Tip", 9)
        c.right(380, y, f"${tip:.2f}", 9)
        y += 16
    y += 10
    c.text(40, y, "Payments", 11, "F2")
    c.text(40, y + 18, f"Visa \u2022\u2022\u2022\u2022{last4}", 9)
    c.text(40, y + 29, f"{fmt(when.date(), '%m/%d/%y')} {when:%I:%M %p}", 7.5)
    c.right(380, y + 18, f"${total:.2f}", 9)
    y += 56
    c.text(40, y, f"{miles:.2f} miles | {minutes} min", 8)
    start, end_ = m.address(), m.address()
    arrive = when + dt.timedelta(minutes=minutes)
    c.text(40, y + 16, f"{when:%I:%M %p}", 8, "F2")
    c.text(100, y + 16, f"{start[0]}, {start[1]}", 8)
    c.text(40, y + 32, f"{arrive:%I:%M %p}", 8, "F2")
    c.text(100, y + 32, f"{end_[0]}, {end_[1]}", 8)
    c.text(40, y + 60, f"Trip ID {hex8(m)}-{hex8(m)[:4]}", 7)
    c.text(40, y + 72, "Fares are final. Report an issue with this trip in the app.", 7)
    truth: Truth = {
        "merchant_name": brand,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "total": total,
        "card_last_four_digits": last4,
    }
    if tip:
        truth["tip"] = tip
    return [c], truth


def hex8(m: Maker) -> str:
    return "".join(m.pick("0123456789abcdef") for _ in range(8))
