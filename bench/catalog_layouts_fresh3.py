"""The "fresh3" held-out layouts (templates 9 and 10) of the catalog kinds, for
bench/catalog_documents.py.

A fourth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh3` is an
honest test set: a construction contractor's application for payment with its continuation
sheet and a page torn from a carbon invoice book; a salary slip in the side-by-side
earnings/deductions style and a restaurant's direct-deposit advice with tips; a brokerage
cash-management statement and a passbook-style savings print-out; a corrected W-2 (W-2c style)
and a tax-software W-2 on plain landscape paper; a commercial driver licence, front and back,
and an older vertical under-21 licence; a year-end account statement with the 1099 at its foot
and a plain-paper 1099 with two copies side by side; a payroll check with its earnings stub and
a personal check with its carbon duplicate; a hotel folio and a parking-garage ticket receipt.

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
    words,
)
from bench.catalog_layouts_fresh import (
    INSTRUCTIONS,
    W2,
    Flow,
    Frame,
    Layout,
    Tape,
    Tax1099,
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
    make_pay,
    make_statement,
    make_w2,
    pay_truth,
    perforation,
    statement_truth,
    tax_1099_truth,
    w2_truth,
    wrap,
)
from bench.catalog_layouts_fresh2 import add_years, dashes_down, month_end

# ---------------------------------------------------------------------------------------------
# Drawing helpers


def ink(c: Canvas, gray: float) -> None:
    """Set the text colour for what follows (0 black); carbon copies print in a grey."""
    c.ops.append(b"%.2f g" % gray)


def fit(text: str, width: float, size: float, font: str = "F1") -> float:
    """The font size, at most `size`, at which `text` fits in `width` points."""
    return min(size, width / max(1.0, text_width(text, 1, font)))


# ---------------------------------------------------------------------------------------------
# Invoices

# A building contract's schedule of values: (trade, share of the contract sum).
SCHEDULE = (
    ("General conditions", 0.08),
    ("Site work and excavation", 0.07),
    ("Concrete and foundations", 0.12),
    ("Structural steel", 0.1),
    ("Rough carpentry", 0.09),
    ("Roofing and sheet metal", 0.06),
    ("Doors, frames and hardware", 0.05),
    ("Drywall and finishes", 0.1),
    ("Plumbing", 0.08),
    ("HVAC", 0.1),
    ("Electrical", 0.1),
    ("Painting", 0.05),
)
PROJECTS = ("Office Renovation", "Medical Clinic Fit-Out", "Warehouse Addition", "Retail Shell")
CARBON_TRADES = (
    ("Plumbing & Heating", ("Service call", "Labor, hr", "1/2in copper elbow", "Ball valve 3/4in")),
    ("Auto Repair", ("Oil & filter change", "Labor, hr", "Brake pads (set)", "Wiper blades")),
    ("Lawn & Garden", ("Mowing & trimming", "Mulch, bag", "Hedge trimming, hr", "Fertilizer")),
    ("Electric", ("Service call", "Labor, hr", "GFCI outlet", "20A breaker", "Wire 12/2, ft")),
)


def invoice_fresh3(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """9: a contractor's application for payment with its continuation sheet; 10: a page of a
    carbon invoice book filled in by hand."""
    return (*(invoice_progress if t == 9 else invoice_carbon)(m), f"t{t}")


def invoice_progress(m: Maker) -> Layout:
    """Construction progress billing as contractors submit it: page 1 is the application and
    certificate for payment (numbered summary lines from the contract sum down to the current
    payment due, retainage held back, change orders, the notary and architect's blocks); page 2
    is the landscape continuation sheet, the schedule of values in lettered columns A-I."""
    contractor, owner, architect = m.company(), m.company(), f"{m.pick(COMPANY_A)} Architects"
    c_street, c_city = m.address()
    o_street, o_city = m.address()
    project = f"{m.pick(COMPANY_A)} {m.pick(PROJECTS)}"
    app_no = m.r.randint(2, 11)
    number = m.pick((f"{m.digits(2)}-{m.digits(3)}-{app_no:02d}", f"PB-{m.digits(5)}"))
    period_to = month_end(m.date(dt.date(2023, 3, 1), 700))
    issued = period_to + dt.timedelta(days=m.r.randint(0, 5))
    contract_date = period_to - dt.timedelta(days=30 * app_no + m.r.randint(5, 40))
    ret_rate = m.pick((0.05, 0.1))
    original = float(m.r.randint(180, 2400) * 1000)
    changes = [m.amount(-8000, 35000) for _ in range(m.r.randint(0, 3))]
    contract = round(original + sum(changes), 2)
    lines = m.r.sample(SCHEDULE, m.r.randint(7, 12))
    share = sum(x[1] for x in lines)
    rows = []  # (item, description, C scheduled, D previous, E this period, F stored)
    for i, (trade, part) in enumerate(lines):
        scheduled = round(contract * part / share, 2)
        done = m.r.uniform(0.15, 0.9)
        previous = round(scheduled * done * m.r.uniform(0.5, 0.95), 2)
        this = round(scheduled * done - previous, 2) if m.chance(0.75) else 0.0
        stored = m.amount(500, scheduled * 0.05) if m.chance(0.15) and this else 0.0
        rows.append((str(i + 1), trade, scheduled, previous, this, stored))
    # the rounded shares may not add to the contract sum: the last line takes the difference
    last = rows[-1]
    rows[-1] = (*last[:2], round(contract - sum(r[2] for r in rows[:-1]), 2), *last[3:])
    completed = round(sum(r[3] + r[4] + r[5] for r in rows), 2)
    retainage = round(completed * ret_rate, 2)
    earned = round(completed - retainage, 2)
    prev_certs = round(sum(r[3] for r in rows) * (1 - ret_rate), 2)
    due = round(earned - prev_certs, 2)
    day = m.pick(("%m/%d/%Y", "%m/%d/%y", "%B %d, %Y"))
    truth: Truth = {
        "VENDORNAME": contractor,
        "RECEIVERNAME": owner,
        "ID": number,
        "DATE": issued.isoformat(),
        "TOTAL": due,
    }

    c = Canvas()
    c.text(36, 30, "APPLICATION AND CERTIFICATE FOR PAYMENT", 13, "F2")
    c.right(576, 32, "PAGE ONE OF TWO PAGES", 7, "F2")
    c.line(36, 48, 576, 48, 1.2)
    parties = (
        ("TO OWNER:", (owner, o_street, o_city)),
        ("FROM CONTRACTOR:", (contractor, c_street, c_city)),
    )
    y = 58.0
    for label, text in parties:
        c.text(36, y, label, 6.5, "F2")
        for i, s in enumerate(text):
            c.text(110, y + 10 * i, s, 8.5, "F2" if i == 0 else "F1")
        y += 10 * len(text) + 8
    c.text(250, 58, "PROJECT:", 6.5, "F2")
    c.text(250, 68, project, 8.5)
    c.text(250, 78, m.street(), 8)
    c.text(250, 96, "VIA ARCHITECT:", 6.5, "F2")
    c.text(250, 106, architect, 8.5)
    facts = (
        ("APPLICATION NO:", str(app_no)),
        ("INVOICE NO:", number),
        ("APPLICATION DATE:", fmt(issued, day)),
        ("PERIOD TO:", fmt(period_to, day)),
        ("CONTRACT DATE:", fmt(contract_date, day)),
        ("PROJECT NOS:", f"{m.digits(4)} / {m.digits(3)}"),
    )
    for i, (label, value) in enumerate(facts):
        c.text(420, 58 + 11 * i, label, 6.5, "F2")
        c.text(500, 57 + 11 * i, value, 8)
    c.line(36, 136, 576, 136, 0.6)
    c.text(36, 144, "CONTRACTOR'S APPLICATION FOR PAYMENT", 9, "F2")
    intro = (
        "Application is made for payment, as shown below, in connection with the Contract. "
        "The continuation sheet is attached."
    )
    _paragraph(c, 36, 156, intro, 300, 6.5, "F1")
    summary = (
        ("1.", "ORIGINAL CONTRACT SUM", original),
        ("2.", "Net change by Change Orders", round(sum(changes), 2)),
        ("3.", "CONTRACT SUM TO DATE (Line 1 + 2)", contract),
        ("4.", "TOTAL COMPLETED & STORED TO DATE (Column G)", completed),
        ("5.", f"RETAINAGE: {ret_rate * 100:g}% of Completed Work (Column I)", retainage),
        ("6.", "TOTAL EARNED LESS RETAINAGE (Line 4 less Line 5)", earned),
        ("7.", "LESS PREVIOUS CERTIFICATES FOR PAYMENT (Line 6 from prior)", prev_certs),
        ("8.", "CURRENT PAYMENT DUE", due),
        ("9.", "BALANCE TO FINISH, INCLUDING RETAINAGE (Line 3 less Line 6)", contract - earned),
    )
    for i, (n, label, value) in enumerate(summary):
        y = 182 + 17 * i
        bold = "F2" if n in ("3.", "8.") else "F1"
        c.text(36, y, n, 8, "F2")
        c.text(50, y, label, fit(label, 206, 7.5, bold), bold)
        c.text(262, y, "$", 8)
        c.right(336, y, money(value), 8.5, bold)
        c.line(270, y + 10, 336, y + 10, 0.3)
    c.box(258, 298, 82, 16, 1.0)  # the payment due, boxed
    c.box(360, 144, 216, 120, 0.5)
    c.text(366, 148, "CHANGE ORDER SUMMARY", 6.5, "F2")
    c.right(500, 160, "ADDITIONS", 6, "F2")
    c.right(570, 160, "DEDUCTIONS", 6, "F2")
    adds = round(sum(x for x in changes if x > 0), 2)
    cuts = round(-sum(x for x in changes if x < 0), 2)
    for i, (label, a, b) in enumerate(
        (
            ("Total changes approved in previous months", adds, cuts),
            ("Total approved this month", 0.0, 0.0),
            ("TOTALS", adds, cuts),
            ("NET CHANGES by Change Order", round(adds - cuts, 2), None),
        )
    ):
        y = 174 + 20 * i
        c.text(366, y, label, 5.5, "F2" if label.isupper() else "F1")
        c.right(500, y + 8, money(a), 7)
        if b is not None:
            c.right(570, y + 8, money(b), 7)
        c.line(360, y + 18, 576, y + 18, 0.3)
    cert = (
        "The undersigned Contractor certifies that to the best of the Contractor's knowledge, "
        "information and belief the Work covered by this Application for Payment has been "
        "completed in accordance with the Contract Documents, that all amounts have been paid "
        "by the Contractor for Work for which previous Certificates for Payment were issued, and "
        "that current payment shown herein is now due."
    )
    y = _paragraph(c, 360, 276, cert, 216, 6, "F1")
    c.text(360, y + 6, f"CONTRACTOR: {contractor}", 6.5, "F2")
    c.line(360, y + 30, 576, y + 30, 0.4)
    c.text(360, y + 33, "By:                                            Date:", 6)
    notary = (
        f"State of: {o_city.split(', ')[1][:2]}    County of: {m.pick(STREETS)}",
        "Subscribed and sworn to before me this ____ day of ______________",
        "Notary Public: ______________________   My commission expires: ________",
    )
    for i, s in enumerate(notary):
        c.text(360, y + 48 + 10 * i, s, 6)
    c.line(36, 430, 576, 430, 0.6)
    c.text(36, 438, "ARCHITECT'S CERTIFICATE FOR PAYMENT", 9, "F2")
    arch = (
        "In accordance with the Contract Documents, based on evaluations of the Work and the "
        "data comprising this application, the Architect certifies to the Owner that to the best "
        "of the Architect's knowledge, information and belief the Work has progressed as "
        "indicated, the quality of the Work is in accordance with the Contract Documents, and "
        "the Contractor is entitled to payment of the AMOUNT CERTIFIED."
    )
    y = _paragraph(c, 36, 452, arch, 300, 6, "F1")
    c.text(36, y + 8, "AMOUNT CERTIFIED ........................ $", 8, "F2")
    c.line(230, y + 18, 330, y + 18, 0.4)
    c.text(
        36, y + 26, "(Attach explanation if amount certified differs from the amount applied.)", 5.5
    )
    c.text(36, y + 44, "ARCHITECT:", 6.5, "F2")
    c.line(90, y + 52, 330, y + 52, 0.4)
    c.text(36, y + 60, "By:                                                   Date:", 6)
    fine = (
        "This Certificate is not negotiable. The AMOUNT CERTIFIED is payable only to the "
        "Contractor named herein. Issuance, payment and acceptance of payment are without "
        "prejudice to any rights of the Owner or Contractor under this Contract."
    )
    _paragraph(c, 360, 452, fine, 216, 6, "F1")
    c.text(36, 750, f"{contractor}  \xb7  {c_street}, {c_city}  \xb7  {m.phone()}", 6.5)

    sheet = Canvas(792, 612)
    sheet.text(30, 26, "CONTINUATION SHEET", 12, "F2")
    sheet.right(762, 28, "PAGE TWO OF TWO PAGES", 7, "F2")
    info = (
        ("APPLICATION NO:", str(app_no)),
        ("APPLICATION DATE:", fmt(issued, day)),
        ("PERIOD TO:", fmt(period_to, day)),
    )
    for i, (label, value) in enumerate(info):
        sheet.text(600, 44 + 10 * i, label, 6.5, "F2")
        sheet.text(684, 43 + 10 * i, value, 7.5)
    note = (
        "Application and Certificate for Payment, containing Contractor's signed certification, "
        f"is attached. Use Column I on Contracts where variable retainage for line items may apply."
        f" Project: {project}."
    )
    _paragraph(sheet, 30, 44, note, 520, 6.5, "F1")
    cols = (  # (right edge or left for text, letter, heading)
        (34, "A", "ITEM NO."),
        (70, "B", "DESCRIPTION OF WORK"),
        (300, "C", "SCHEDULED VALUE"),
        (374, "D", "FROM PREVIOUS APPLICATION"),
        (446, "E", "THIS PERIOD"),
        (518, "F", "MATERIALS PRESENTLY STORED"),
        (596, "G", "TOTAL COMPLETED AND STORED TO DATE"),
        (628, "", "% (G / C)"),
        (696, "H", "BALANCE TO FINISH (C - G)"),
        (762, "I", "RETAINAGE"),
    )
    top = 92.0
    sheet.box(30, top, 732, 36, 0.6)
    sheet.text(376, top + 2, "WORK COMPLETED", 5.5, "F2")
    for x, letter, head in cols:
        if x < 100:
            sheet.text(x, top + 4, letter, 7, "F2")
            sheet.text(x, top + 14, head, 5.5, "F2")
            continue
        sheet.right(x - 2, top + 4 + (8 if letter in "DE" and letter else 0), letter, 7, "F2")
        for i, s in enumerate(wrap(head, 64, 5.5)):
            sheet.right(x - 2, top + 14 + 6.5 * i + (6 if letter in "DE" and letter else 0), s, 5.5)
    y = top + 42
    sums = [0.0] * 7
    for item, trade, scheduled, previous, this, stored in rows:
        g = round(previous + this + stored, 2)
        sheet.text(36, y, item, 7.5)
        sheet.text(70, y, trade, 7.5)
        rights = (300, 374, 446, 518, 596, 696, 762)
        shown = (scheduled, previous, this, stored, g, scheduled - g, g * ret_rate)
        for x, v in zip(rights, shown, strict=True):
            sheet.right(x - 2, y, money(round(v, 2)) if v else "0.00", 7.5)
        sheet.right(626, y, f"{g / scheduled * 100:.0f}%", 7.5)
        sums = [a + b for a, b in zip(sums, shown, strict=True)]
        sheet.line(30, y + 12, 762, y + 12, 0.2)
        y += 16
    sheet.line(30, y - 2, 762, y - 2, 1.0)
    sheet.text(70, y + 2, "GRAND TOTALS", 7.5, "F2")
    for x, v in zip((300, 374, 446, 518, 596, 696, 762), sums, strict=True):
        sheet.right(x - 2, y + 2, money(round(v, 2)), 7.5, "F2")
    sheet.right(626, y + 2, f"{sums[4] / contract * 100:.0f}%", 7.5, "F2")
    sheet.box(30, top, 732, y + 16 - top, 0.6)
    return [c, sheet], truth


def invoice_carbon(m: Maker) -> Layout:
    """A page from a duplicate invoice book as a tradesman fills it in by hand: the printed
    heading and serial number, blanks for the date, the customer and the order number, tick
    boxes for cash/charge, ruled QTY/DESCRIPTION/PRICE/AMOUNT lines, and the copy-colour
    legend at the foot."""
    trade, catalogue = m.pick(CARBON_TRADES)
    vendor = f"{m.pick(COMPANY_A)} {trade}"
    v_street, v_city = m.address()
    customer = " ".join(m.person()[::2]) if m.chance(0.6) else m.company()
    r_street, r_city = m.address()
    number = m.pick((m.digits(6), f"0{m.digits(5)}", m.digits(5)))
    issued = m.date()
    po = m.pick((m.digits(4), f"PO {m.digits(5)}", ""))
    rate = m.pick((0.05, 0.06, 0.07, 0.0825))
    lines = []
    for desc in m.r.sample(catalogue, m.r.randint(2, len(catalogue))):
        qty = m.r.randint(1, 6)
        price = float(m.r.randint(4, 95)) if m.chance(0.6) else m.amount(3, 140)
        lines.append((qty, desc, price, round(qty * price, 2)))
    subtotal = round(sum(x[3] for x in lines), 2)
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    hand = "F3"
    c = Canvas(396, 612)
    c.text(24, 22, vendor.upper(), fit(vendor.upper(), 250, 13, "F4"), "F4")
    c.text(24, 40, f"{v_street}  \xb7  {v_city}", 7)
    c.text(24, 50, f"Phone {m.phone()}   Licensed & Insured", 7)
    c.right(372, 22, "INVOICE", 11, "F2")
    c.right(372, 38, f"No. {number}", 12, "F6")
    blanks = (
        ("DATE", fmt(issued, m.pick(("%m/%d/%y", "%m-%d-%Y", "%b %d %Y"))), 24, 70, 150),
        ("CUSTOMER'S ORDER NO.", po, 190, 70, 372),
        ("SOLD TO", customer, 24, 90, 372),
        ("ADDRESS", r_street, 24, 110, 372),
        ("CITY, STATE, ZIP", r_city, 24, 130, 372),
    )
    for label, value, x, y, end in blanks:
        c.text(x, y + 4, label, 5.5, "F2")
        lx = x + text_width(label, 5.5, "F2") + 4
        c.line(lx, y + 12, end, y + 12, 0.4)
        c.text(lx + 6, y - 1, value, 11, hand)
    ticks = ("CASH", "C.O.D.", "CHARGE", "ON ACCT.", "MDSE. RET'D", "PAID OUT")
    paid = m.r.randint(0, 3)
    for i, label in enumerate(ticks):
        x = 24 + 58 * i
        c.box(x, 150, 58, 18, 0.5)
        c.centre(x + 29, 156, label, 5.5, "F2")
        if i == paid:
            c.text(x + 4, 150, "X", 13, hand)
    top = 176.0
    heads = ((24, 54, "QTY."), (54, 270, "DESCRIPTION"), (270, 318, "PRICE"), (318, 372, "AMOUNT"))
    c.box(24, top, 348, 16, 0.6)
    for x0, x1, label in heads:
        c.centre((x0 + x1) / 2, top + 5, label, 6.5, "F2")
    rows = 16
    for i in range(rows):
        c.line(24, top + 16 + 20 * (i + 1), 372, top + 16 + 20 * (i + 1), 0.3)
    for x in (24, 54, 270, 318, 372):
        c.line(x, top, x, top + 16 + 20 * rows, 0.5)
    for i, (qty, desc, price, amount) in enumerate(lines):
        y = top + 19 + 20 * i
        c.centre(39, y, str(qty), 11, hand)
        c.text(60, y, desc, 11, hand)
        c.right(314, y, f"{price:.2f}", 10.5, hand)
        c.right(368, y, f"{amount:.2f}", 10.5, hand)
    y = top + 16 + 20 * rows
    for i, (label, value) in enumerate((("SUB TOTAL", subtotal), ("TAX", tax), ("TOTAL", total))):
        c.box(270, y + 20 * i, 102, 20, 0.6)
        c.text(274, y + 20 * i + 7, label, 5.5, "F2")
        c.right(368, y + 20 * i + 4, f"{value:,.2f}", 11, hand)
    c.text(24, y + 10, "RECEIVED BY", 5.5, "F2")
    c.line(74, y + 18, 250, y + 18, 0.4)
    c.text(80, y + 4, m.pick(FIRST), 11, hand)
    terms = (
        "All claims and returned goods MUST be accompanied by this bill. Past due accounts "
        "subject to a service charge of 1.5% per month."
    )
    _paragraph(c, 24, y + 32, terms, 230, 5.5, "F1")
    c.centre(198, 586, "THANK YOU", 8, "F2")
    c.centre(198, 597, "WHITE - CUSTOMER     YELLOW - OFFICE COPY", 5.5)
    truth: Truth = {
        "VENDORNAME": vendor.upper(),
        "RECEIVERNAME": customer,
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

TAX_NAMES = {
    "federal": "Income Tax (Federal)",
    "ss": "Social Security (OASDI)",
    "medicare": "Medicare",
}
DESIGNATIONS = (
    "Software Engineer",
    "Accounts Executive",
    "Operations Analyst",
    "Sales Associate",
    "HR Coordinator",
    "Warehouse Lead",
)
DEPARTMENTS = ("Engineering", "Finance", "Operations", "Sales", "Human Resources", "Logistics")
RESTAURANTS = ("Trattoria", "Bistro", "Grill & Tap", "Diner", "Kitchen", "Oyster Bar")


def payslip_fresh3(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """9: a salary slip with earnings and deductions side by side; 10: a restaurant's
    direct-deposit advice with tips."""
    return (*(payslip_salary_slip if t == 9 else payslip_tipped)(m), f"t{t}")


def payslip_salary_slip(m: Maker) -> Layout:
    """The salary-slip style common outside the US: a centred letterhead and "Payslip for the
    period", an employee details grid four cells across, one ruled table with earnings and
    deductions side by side, net pay in a box with the amount in words, year-to-date totals in a
    strip, and "computer-generated" fine print instead of a signature."""
    p = make_pay(m)
    gross, ytd_gross, taken, ytd_taken, net, ytd_net = p.totals()
    day = m.pick(("%d/%m/%Y", "%d-%b-%Y", "%m/%d/%Y"))
    if day == "%d/%m/%Y":  # day-first dates only where the slip says so
        day = "%d-%b-%Y"
    c = Canvas()
    c.centre(306, 36, p.company, 15, "F2")
    c.centre(306, 56, f"{p.c_street}, {p.c_city}", 8)
    c.centre(306, 78, f"Payslip for the period {fmt(p.start, day)} to {fmt(p.end, day)}", 10, "F2")
    bank = m.pick(BANKS)
    cells = (
        ("Employee Code", p.emp_no, "Pay Date", fmt(p.paid, day)),
        ("Employee Name", p.full.upper(), "Bank Name", bank),
        ("Designation", m.pick(DESIGNATIONS), "Bank A/c No.", f"XXXXXX{m.digits(4)}"),
        ("Department", m.pick(DEPARTMENTS), "Days Paid", str((p.end - p.start).days + 1)),
        ("Location", p.c_city.split(",")[0], "Employee SSN", f"XXX-XX-{m.digits(4)}"),
    )
    top = 100.0
    for i, row in enumerate(cells):
        y = top + 17 * i
        for j, (x, w) in enumerate(((40, 90), (130, 170), (300, 90), (390, 182))):
            c.box(x, y, w, 17, 0.5)
            if j % 2 == 0:
                c.shade(x + 0.5, y + 0.5, w - 1, 16, 0.92)
            c.text(x + 5, y + 5, row[j], 8, "F2" if j % 2 == 0 else "F1")
    top += 17 * len(cells) + 18
    earn = [(f"{n} ({h:g} hrs @ {r:.2f})", cur) for n, r, h, cur, _ in p.earnings]
    ded = [(TAX_NAMES.get(n, f"{p.state} State Income Tax"), cur) for n, cur, _ in p.taxes] + [
        (n, cur) for n, _, cur, _ in p.deductions
    ]
    heads = (("Earnings", 45), ("Amount", 301), ("Deductions", 311), ("Amount", 567))
    c.shade(40, top, 532, 17, 0.8)
    for label, x in heads:
        (c.right if label == "Amount" else c.text)(x, top + 5, label, 8.5, "F2")
    n = max(len(earn), len(ded))
    for i in range(n):
        y = top + 22 + 14 * i
        if i < len(earn):
            c.text(45, y, earn[i][0], 8)
            c.right(301, y, money(earn[i][1]), 8)
        if i < len(ded):
            c.text(311, y, ded[i][0], 8)
            c.right(567, y, money(ded[i][1]), 8)
    y = top + 22 + 14 * n + 4
    c.line(40, y - 3, 572, y - 3, 0.5)
    c.text(45, y + 2, "Gross Earnings", 8.5, "F2")
    c.right(301, y + 2, money(gross), 8.5, "F2")
    c.text(311, y + 2, "Total Deductions", 8.5, "F2")
    c.right(567, y + 2, money(taken), 8.5, "F2")
    c.box(40, top, 532, y + 16 - top, 0.6)
    c.line(306, top, 306, y + 16, 0.6)
    y += 34
    c.box(300, y, 272, 24, 1.0)
    c.text(308, y + 7, "Net Pay", 10, "F2")
    c.right(564, y + 6, money(net, "$"), 12, "F2")
    dollars, cents = int(net), round(net * 100) % 100
    c.text(40, y + 34, f"Net Pay in words: {words(dollars)} Dollars and {cents:02d} Cents Only", 8)
    y += 60
    c.text(40, y, "Year to Date", 9, "F2")
    ytd = (
        ("Gross Earnings YTD", ytd_gross),
        ("Deductions YTD", ytd_taken),
        ("Net Pay YTD", ytd_net),
    )
    for i, (label, value) in enumerate(ytd):
        x = 40 + 178 * i
        c.box(x, y + 14, 176, 30, 0.5)
        c.text(x + 6, y + 18, label, 7, "F2")
        c.right(x + 170, y + 30, money(value), 9)
    c.text(
        40,
        y + 60,
        "Leave balance (days):  Earned 1.25   Availed 0.00   Balance "
        + (f"{m.r.randint(2, 24)}.{m.pick(('00', '25', '50', '75'))}"),
        7.5,
    )
    c.centre(306, 740, "This is a computer-generated payslip and does not require a signature.", 7)
    return [c], pay_truth(p)


def payslip_tipped(m: Maker) -> Layout:
    """A restaurant server's direct-deposit advice from a hospitality payroll service: the
    tipped cash wage by job code, charged tips paid through payroll, cash tips declared as a
    memo (taxed, not paid), the deposit to the employee's account, and the tip-credit notice."""
    p = make_pay(m)
    company = f"{m.pick(COMPANY_A)} {m.pick(RESTAURANTS)}"
    wage = m.pick((2.13, 2.83, 4.95, 5.63, 7.25))
    reg_hours = round(m.r.uniform(18, 38) * (p.end - p.start).days / 7, 2)
    ytd_factor = next(iter(e[4] / e[3] for e in p.earnings if e[3]))
    jobs = [("Server", wage, reg_hours)]
    if m.chance(0.4):
        jobs.append(("Host", max(wage, 7.25) + 2, round(m.r.uniform(3, 9), 2)))
    earnings = [
        (f"{job} - Regular", rate, hours, round(rate * hours, 2)) for job, rate, hours in jobs
    ]
    charged = m.amount(120, 95 * len(jobs) * (p.end - p.start).days / 7)
    earnings.append(("Charged Tips", 0.0, 0.0, charged))
    cash_tips = m.amount(20, 180)
    gross = sum(e[3] for e in earnings)
    old_gross = sum(e[3] for e in p.earnings)
    k = (gross + cash_tips) / old_gross  # taxes follow the taxable wages, cash tips included
    p = replace(
        p,
        company=company,
        earnings=[(n, r, h, cur, round(cur * ytd_factor, 2)) for n, r, h, cur in earnings],
        taxes=[(n, round(cur * k, 2), round(ytd * k, 2)) for n, cur, ytd in p.taxes],
        deductions=[d for d in p.deductions if d[0] in ("Medical", "Dental")],
    )
    gross, ytd_gross, taken, ytd_taken, net, _ = p.totals()
    if net <= 0:  # a short week of cash tips: withhold less, as payroll would
        p = replace(p, taxes=[(n, round(cur / 3, 2), ytd) for n, cur, ytd in p.taxes])
        gross, ytd_gross, taken, ytd_taken, net, _ = p.totals()
    day = m.pick(("%m/%d/%Y", "%m/%d/%y"))
    c = Canvas()
    c.text(40, 34, company, 16, "F4")
    c.text(40, 54, f"{p.c_street}  \xb7  {p.c_city}", 8)
    c.box(392, 28, 180, 40, 0.8)
    c.centre(482, 33, "DIRECT DEPOSIT ADVICE", 9, "F2")
    c.centre(482, 46, "NON-NEGOTIABLE", 8, "F2")
    c.centre(482, 57, "THIS IS NOT A CHECK", 6)
    c.line(40, 78, 572, 78, 1.0)
    for i, s in enumerate((p.full, p.e_street, p.e_city)):
        c.text(60, 100 + 12 * i, s, 9.5 if i == 0 else 9, "F2" if i == 0 else "F1")
    facts = (
        ("Advice Date", fmt(p.paid, day)),
        ("Period Beginning", fmt(p.start, day)),
        ("Period Ending", fmt(p.end, day)),
        ("Employee No.", p.emp_no),
        ("Location", f"Store {m.r.randint(2, 48)}"),
    )
    for i, (label, value) in enumerate(facts):
        c.text(372, 92 + 12 * i, label, 8)
        c.right(572, 92 + 12 * i, value, 8.5)

    def table(
        top: float, heads: tuple[tuple[str, float], ...], rows: list[tuple[str, ...]]
    ) -> float:
        c.shade(40, top, 532, 14, 0.85)
        for label, x in heads:
            (c.text if x < 100 else c.right)(x, top + 4, label, 7.5, "F2")
        for i, row in enumerate(rows):
            bold = "F2" if row[0].startswith(("Gross", "Total", "Net")) else "F1"
            for (_, x), s in zip(heads, row, strict=True):
                (c.text if x < 100 else c.right)(x, top + 19 + 12 * i, s, 8, bold)
        return top + 19 + 12 * len(rows) + 10

    rows = []
    for n, r, h, cur, ytd in p.earnings:
        rate = f"{r:.2f}" if r else ""
        hours = f"{h:.2f}" if h else ""
        rows.append((n, rate, hours, money(cur), money(ytd)))
    rows.append(("Gross Pay", "", "", money(gross), money(ytd_gross)))
    heads = (("Earnings / Job Code", 44), ("Rate", 300), ("Hours", 370), ("This Period", 470))
    y = table(160, (*heads, ("Year to Date", 568)), rows)
    names = {
        "federal": "Federal Withholding",
        "ss": "OASDI",
        "medicare": "Medicare",
        "state": f"{p.state} Withholding",
    }
    rows = [(names[n], money(cur), money(ytd)) for n, cur, ytd in p.taxes]
    rows += [(f"{n} (pre-tax)", money(cur), money(ytd)) for n, _, cur, ytd in p.deductions]
    rows.append(("Total Deductions", money(taken), money(ytd_taken)))
    y = table(
        y + 6, (("Taxes & Deductions", 44), ("This Period", 470), ("Year to Date", 568)), rows
    )
    c.text(44, y + 4, "MEMO (not paid through payroll)", 7.5, "F2")
    c.text(44, y + 16, "Cash Tips Declared", 8)
    c.right(470, y + 16, money(cash_tips), 8)
    c.text(44, y + 28, "Taxable Wages incl. Declared Tips", 8)
    c.right(470, y + 28, money(round(gross + cash_tips, 2)), 8)
    y += 50
    c.box(40, y, 532, 44, 0.8)
    c.text(48, y + 6, "Net Pay Distribution", 8, "F2")
    c.text(48, y + 20, f"{m.pick(BANKS)}  Checking  xxxx{m.digits(4)}", 8)
    c.right(470, y + 6, "Amount", 7.5, "F2")
    c.right(470, y + 20, money(net, "$"), 9)
    c.right(564, y + 6, "Net Pay", 8, "F2")
    c.right(564, y + 20, money(net, "$"), 11, "F2")
    notice = (
        f"Tip credit notice: your employer pays a cash wage of ${wage:.2f} per hour and takes a "
        "tip credit toward the minimum wage. If your tips plus cash wage do not equal the "
        "minimum wage for the hours you worked, your employer will make up the difference. "
        "Report all tips to your manager each shift."
    )
    _paragraph(c, 40, y + 60, notice, 532, 7, "F1")
    c.centre(306, 748, f"Processed by {m.pick(COMPANY_A)} Hospitality Payroll", 6.5)
    return [c], pay_truth(p)


# ---------------------------------------------------------------------------------------------
# Bank statements

SECURITIES = (
    ("VANGUARD TOTAL STK MKT ETF", "VTI"),
    ("ISHARES CORE S&P 500 ETF", "IVV"),
    ("APPLE INC", "AAPL"),
    ("MICROSOFT CORP", "MSFT"),
    ("US TREASURY BILL 0% 09/26", "912797"),
    ("SCHWAB US DIVIDEND EQUITY", "SCHD"),
    ("JOHNSON & JOHNSON", "JNJ"),
)
# The activity column of a cash-management account, by kind of transaction.
BROKERAGE_TYPES = {
    "deposit": "Credit",
    "card": "Debit Card",
    "electronic": "ACH Debit",
    "check": "Check Paid",
    "fee": "Fee",
}


def bank_statement_fresh3(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """9: a brokerage cash-management account statement; 10: a passbook-style savings
    print-out."""
    layout = statement_brokerage if t == 9 else statement_passbook
    return (*layout(m, SUMMARY_LABELS[t]), f"t{t}")


def statement_brokerage(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A brokerage firm's cash-management account: the account value (cash plus holdings) at
    the top, a cash-flow summary, a holdings table with market values, then cash activity
    with a signed amount and running cash balance; the firm's name, not a bank's, heads it."""
    s = make_statement(m)
    firm = f"{m.pick(COMPANY_A)} {m.pick(('Investments', 'Securities', 'Wealth Management'))}"
    sweep = m.pick(BANKS)
    s = replace(s, bank=firm, acct_type=m.pick(("Cash Management Account", "CMA", "Cash Plus")))
    holdings = []
    for name, symbol in m.r.sample(SECURITIES, m.r.randint(2, 5)):
        qty = float(m.r.randint(3, 400))
        price = m.amount(12, 480)
        holdings.append((name, symbol, qty, price, round(qty * price, 2)))
    invested = round(sum(h[4] for h in holdings), 2)
    begin_value = round(s.opening + invested * m.r.uniform(0.94, 1.05), 2)
    end_value = round(s.closing + invested, 2)
    credits = s.total("deposit")
    debits = s.total("card", "electronic", "check", "fee")

    def head(c: Canvas, first: bool) -> float:
        c.shade(36, 28, 26, 26, 0.25)
        c.text(70, 28, firm, 14, "F2")
        c.text(70, 45, "Member SIPC", 7)
        c.right(576, 30, f"{s.acct_type} Statement", 10, "F2")
        c.right(576, 44, f"{long_date(s.start)} - {long_date(s.end)}", 8)
        c.line(36, 62, 576, 62, 0.8)
        if not first:
            c.text(36, 70, f"{s.holder}  \xb7  Account Number {s.account}", 8)
            return 92.0
        for i, line in enumerate((s.holder, s.street, s.city)):
            c.text(54, 84 + 12 * i, line, 9)
        c.box(340, 74, 236, 70, 0.5)
        facts = (
            ("Account Number", s.account),
            ("Account Type", s.acct_type),
            ("Your Financial Advisor", f"{m.pick(FIRST)} {m.person()[2]}"),
            ("Advisor Phone", m.phone()),
        )
        for i, (label, value) in enumerate(facts):
            c.text(346, 80 + 15 * i, label, 7.5)
            c.right(570, 80 + 15 * i, value, 8, "F2" if i == 0 else "F1")
        c.text(36, 160, "Account Value", 11, "F2")
        c.text(36, 178, "Beginning Account Value", 8.5)
        c.right(270, 178, money(begin_value, "$"), 8.5)
        c.text(36, 192, "Ending Account Value", 8.5, "F2")
        c.right(270, 192, money(end_value, "$"), 8.5, "F2")
        c.text(36, 206, "Change in Value", 8.5)
        c.right(270, 206, money(round(end_value - begin_value, 2)), 8.5)
        c.text(320, 160, "Cash Summary", 11, "F2")
        cash = (
            (labels[0], money(s.opening, "$")),
            (labels[1], money(credits)),
            (labels[2], f"({money(debits)})"),
            (labels[3], money(s.closing, "$")),
        )
        for i, (label, value) in enumerate(cash):
            bold = "F2" if i == 3 else "F1"
            c.text(320, 178 + 14 * i, label, 8.5, bold)
            c.right(576, 178 + 14 * i, value, 8.5, bold)
        c.text(320, 238, f"Cash is held in the bank deposit sweep at {sweep}.", 6.5)
        c.text(36, 262, "Holdings", 11, "F2")
        heads = (("Description", 40), ("Symbol", 250), ("Quantity", 370), ("Price", 460))
        c.shade(36, 278, 540, 13, 0.85)
        for label, x in (*heads, ("Market Value", 572)):
            (c.text if x < 300 else c.right)(x, 281, label, 7.5, "F2")
        y = 296.0
        for name, symbol, qty, price, value in holdings:
            c.text(40, y, name, 8)
            c.text(250, y, symbol, 8)
            c.right(370, y, f"{qty:,.0f}", 8)
            c.right(460, y, f"{price:,.2f}", 8)
            c.right(572, y, money(value), 8)
            y += 12
        c.text(40, y + 2, "Cash and Sweep Balance", 8)
        c.right(572, y + 2, money(s.closing), 8)
        c.text(40, y + 16, "Total Holdings", 8, "F2")
        c.right(572, y + 16, money(end_value), 8, "F2")
        return y + 44

    flow = Flow(head, bottom=730)

    def band() -> None:
        c = flow.c
        c.text(36, flow.y, "Cash Activity", 11, "F2")
        c.shade(36, flow.y + 16, 540, 13, 0.85)
        for label, x in (("Date", 40), ("Activity", 90), ("Description", 160)):
            c.text(x, flow.y + 19, label, 7.5, "F2")
        c.right(480, flow.y + 19, "Amount", 7.5, "F2")
        c.right(572, flow.y + 19, "Cash Balance", 7.5, "F2")
        flow.y += 34

    flow.room(60)
    band()
    c = flow.c
    c.text(40, flow.y, fmt(s.start, "%m/%d"), 8)
    c.text(160, flow.y, labels[0], 8)
    c.right(572, flow.y, money(s.opening), 8)
    flow.y += 12
    for x in s.txns:
        if flow.room(12):
            band()
        c = flow.c
        c.text(40, flow.y, fmt(x.day, "%m/%d"), 8)
        c.text(90, flow.y, BROKERAGE_TYPES[x.kind], 8)
        c.text(160, flow.y, x.desc[:52], 8)
        sign = "" if x.kind == "deposit" else "-"
        c.right(480, flow.y, f"{sign}{money(x.amount)}", 8)
        c.right(572, flow.y, money(x.balance), 8)
        flow.y += 12
    flow.room(70)
    c = flow.c
    c.line(36, flow.y, 576, flow.y, 0.4)
    c.text(160, flow.y + 4, labels[3], 8, "F2")
    c.right(572, flow.y + 4, money(s.closing), 8, "F2")
    fine = (
        f"Securities are offered through {firm}, member FINRA/SIPC. Securities are not FDIC "
        "insured, are not bank guaranteed and may lose value. Cash swept to the program bank is "
        "FDIC insured up to applicable limits. Please review this statement promptly and report "
        "any discrepancy within ten days."
    )
    _paragraph(c, 36, flow.y + 26, fine, 540, 6.5, "F1")
    flow.number_pages(576, 760)
    return flow.pages, statement_truth(s, labels)


PASSBOOK_CODES = (
    ("DEP", "Deposit"),
    ("WD", "Withdrawal"),
    ("TFR", "Transfer"),
    ("INT", "Interest credit"),
    ("SC", "Service charge"),
)


def statement_passbook(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A savings account print-out in the passbook style a branch terminal produces: Courier,
    numbered lines, a transaction code, withdrawal/deposit/balance columns, the balance
    forward as line 1, interest credited on the last day, the totals and the code legend."""
    s = make_statement(m)
    acct_type = m.pick(("Statement Savings", "Passbook Savings", "Regular Savings"))
    balance = s.opening
    txns: list[Txn] = []
    for day in sorted(m.r.randint(0, (s.end - s.start).days) for _ in range(m.r.randint(4, 14))):
        when = s.start + dt.timedelta(days=day)
        # the transaction code goes in the description: a passbook prints nothing more
        if m.chance(0.55) or balance < 100:
            kind, code = "deposit", m.pick(("DEP", "DEP", "TFR"))
            amount = m.amount(20, 1500)
            balance = round(balance + amount, 2)
        else:
            kind, code = "electronic", m.pick(("WD", "WD", "TFR"))
            amount = m.amount(10, min(balance - 5, 1200))
            balance = round(balance - amount, 2)
        txns.append(Txn(when, kind, code, amount, balance))
    interest = round(balance * m.r.uniform(0.0002, 0.004), 2) or 0.01
    balance = round(balance + interest, 2)
    txns.append(Txn(s.end, "deposit", "INT", interest, balance))
    s = replace(s, acct_type=acct_type, txns=txns)
    mono, bold = "F5", "F6"
    c = Canvas()
    c.text(48, 36, s.bank.upper(), 12, bold)
    c.text(48, 52, f"{acct_type.upper()} ACCOUNT - TRANSACTION RECORD", 9, mono)
    c.right(564, 36, f"BRANCH {m.r.randint(1, 60):03d}", 8, mono)
    c.right(
        564, 48, f"PRINTED {fmt(s.end + dt.timedelta(days=m.r.randint(1, 6)), '%m/%d/%y')}", 8, mono
    )
    head = (
        ("ACCOUNT NO", s.account),
        ("NAME", s.holder.upper()),
        ("ADDRESS", f"{s.street.upper()}, {s.city.upper()}"),
        ("PERIOD", f"{fmt(s.start, '%m/%d/%Y')} - {fmt(s.end, '%m/%d/%Y')}"),
    )
    for i, (label, value) in enumerate(head):
        c.text(48, 76 + 12 * i, f"{label:<11}{value}", 8.5, mono)
    top = 136.0
    c.box(40, top, 532, 24 + 14 * 26, 1.0)
    # Courier is 0.6 em a character: the heads sit over the row's character columns
    for col, label in ((0, "LN"), (4, "DATE"), (14, "CODE")):
        c.text(48 + col * 5.1, top + 6, label, 8.5, bold)
    for x, label in ((300, "WITHDRAWAL"), (400, "DEPOSIT"), (510, " BALANCE")):
        c.right(x, top + 6, label, 8.5, bold)
    c.line(40, top + 20, 572, top + 20, 0.6)
    lines = [(s.start, "BAL FWD", None, None, s.opening)]
    lines += [
        (
            x.day,
            x.desc,
            x.amount if x.kind != "deposit" else None,
            x.amount if x.kind == "deposit" else None,
            x.balance,
        )
        for x in txns
    ]
    for i, (day, code, out, into, bal) in enumerate(lines):
        y = top + 26 + 14 * i
        c.text(48, y, f"{i + 1:02d}  {fmt(day, '%m-%d-%y')}  {code:<7}", 8.5, mono)
        if out is not None:
            c.right(300, y, f"{out:,.2f}", 8.5, mono)
        if into is not None:
            c.right(400, y, f"{into:,.2f}", 8.5, mono)
        c.right(510, y, f"*{bal:,.2f}", 8.5, mono)
    y = top + 24 + 14 * 26 + 18
    credits = round(sum(x.amount for x in txns if x.kind == "deposit"), 2)
    debits = round(sum(x.amount for x in txns if x.kind != "deposit"), 2)
    totals = (
        (labels[0], s.opening),
        (labels[1], credits),
        (labels[2], debits),
        (labels[3], s.closing),
    )
    for i, (label, value) in enumerate(totals):
        c.text(48, y + 13 * i, f"{label:<20}", 8.5, bold if i == 3 else mono)
        c.right(300, y + 13 * i, f"{value:,.2f}", 8.5, bold if i == 3 else mono)
    c.text(340, y, f"INTEREST PAID YTD   {interest * m.r.randint(1, 11):,.2f}", 8, mono)
    c.text(340, y + 13, f"ANNUAL % YIELD EARNED {m.r.uniform(0.05, 1.5):.2f}%", 8, mono)
    legend = "   ".join(f"{code}={text.upper()}" for code, text in PASSBOOK_CODES)
    c.text(48, y + 70, "CODES: " + legend, 6.5, mono)
    c.text(
        48, y + 82, "PLEASE BRING YOUR PASSBOOK TO ANY BRANCH TO RECORD THESE ENTRIES.", 6.5, mono
    )
    c.text(48, y + 94, "DEPOSITS FEDERALLY INSURED TO AT LEAST $250,000.", 6.5, mono)
    return [c], statement_truth(s, labels)


# ---------------------------------------------------------------------------------------------
# W-2s


def w2_fresh3(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """9: a corrected W-2 (W-2c style) with previously reported and correct columns; 10: a
    tax-software W-2 on plain landscape paper, Copy B and Copy 2 side by side."""
    return (*(w2_corrected if t == 9 else w2_landscape)(m), f"t{t}")


def w2_corrected(m: Maker) -> Layout:
    """A corrected wage and tax statement: the parties and tax year in lettered boxes a-i, then
    each money box twice, "Previously reported" and "Correct information", filled only for the
    boxes being corrected (the wages and withholding, the FICA wages, or both), and the
    employer's explanation of the correction."""
    w = make_w2(m)
    group = m.pick(("federal", "fica", "both"))
    boxes = []  # (number, label, previous, correct)
    if group in ("federal", "both"):
        prev_wages = round(w.wages * m.r.uniform(0.85, 1.15), 2)
        prev_fed = round(w.fed * m.r.uniform(0.8, 1.2), 2)
        boxes += [
            ("1", "Wages, tips, other compensation", prev_wages, w.wages),
            ("2", "Federal income tax withheld", prev_fed, w.fed),
        ]
    if group in ("fica", "both"):
        prev_ss = round(w.ss_wages + m.pick((-1, 1)) * m.amount(300, 3600), 2)
        prev_med = round(w.med_wages + (prev_ss - w.ss_wages), 2)
        boxes += [
            ("3", "Social security wages", prev_ss, w.ss_wages),
            ("4", "Social security tax withheld", round(prev_ss * 0.062, 2), w.ss_tax),
            ("5", "Medicare wages and tips", prev_med, w.med_wages),
            ("6", "Medicare tax withheld", round(prev_med * 0.0145, 2), w.med_tax),
        ]
    keys = {
        "1": "federal_wage_info/wages_tips_other_compensation",
        "2": "federal_tax_info/federal_income_tax",
        "3": "federal_wage_info/social_security_wages",
        "4": "federal_tax_info/social_security_tax",
        "5": "federal_wage_info/medicare_wages_tips",
        "6": "federal_tax_info/medicare_tax",
    }
    full = w2_truth(w)
    truth = {k: v for k, v in full.items() if k not in keys.values()}
    truth |= {keys[n]: correct for n, _, _, correct in boxes}
    c = Canvas()
    d = Frame(c, 30, 30)
    d.text(0, 0, "Form W-2c", 14, "F2")
    d.text(0, 18, "Corrected Wage and Tax Statement", 9, "F2")
    d.text(200, 2, "Copy B-To Be Filed With Employee's FEDERAL Tax Return", 7.5, "F2")
    d.right(552, 2, "OMB No. 1545-0008", 6.5)
    d.right(552, 12, "Department of the Treasury - Internal Revenue Service", 6)
    d.line(0, 32, 552, 32, 1.0)
    left = (
        ("a", "Employer's name, address, and ZIP code", (w.employer, w.er_street, w.er_city), 56),
        ("b", "Employer's Federal EIN", (w.ein,), 26),
        ("d", "Employee's correct SSN", (w.ssn,), 26),
    )
    y = 36.0
    for n, label, lines, h in left:
        form_cell(d, 0, y, 276, h, n, label, 6)
        for i, s in enumerate(lines):
            d.text(8, y + 11 + 10 * i, s, 8.5)
        y += h
    form_cell(d, 276, 36, 276, 26, "c", "Tax year/Form corrected", 6)
    d.text(284, 47, f"{w.year}  /  W-2", 10, "F2")
    form_cell(
        d,
        276,
        62,
        276,
        30,
        "e",
        "Corrected SSN and/or name (Check this box and complete "
        "boxes f and/or g if incorrect on form previously filed.)",
        5.5,
    )
    form_cell(d, 276, 92, 276, 26, "f", "Employee's previously reported SSN", 6)
    form_cell(d, 276, 118, 276, 26, "g", "Employee's previously reported name", 6)
    y = 144.0
    form_cell(d, 0, y, 190, 28, "h", "Employee's first name and initial", 6)
    d.text(8, y + 13, w.first_init, 9)
    form_cell(d, 190, y, 300, 28, "", "Last name", 6)
    d.text(198, y + 13, w.last, 9)
    form_cell(d, 490, y, 62, 28, "", "Suff.", 6)
    form_cell(d, 0, y + 28, 552, 36, "i", "Employee's address and ZIP code", 6)
    d.text(8, y + 40, f"{w.ee_street}, {w.ee_city}", 9)
    y += 72
    note = (
        "Note: Only complete money fields that are being corrected (exception: for corrections "
        "involving MQGE, see the General Instructions for Forms W-2 and W-3)."
    )
    d.text(0, y, note, 6.5, "F2")
    y += 12
    for half in (0, 276):
        d.shade(half, y, 276, 14, 0.85)
        d.text(half + 60, y + 4, "a  Previously reported", 6.5, "F2")
        d.text(half + 170, y + 4, "b  Correct information", 6.5, "F2")
    d.box(0, y, 552, 14, 0.5)
    y += 14
    shown = {n: (prev, correct) for n, _, prev, correct in boxes}
    labels = (
        ("1", "Wages, tips, other compensation"),
        ("2", "Federal income tax withheld"),
        ("3", "Social security wages"),
        ("4", "Social security tax withheld"),
        ("5", "Medicare wages and tips"),
        ("6", "Medicare tax withheld"),
        ("7", "Social security tips"),
        ("8", "Allocated tips"),
        ("10", "Dependent care benefits"),
        ("11", "Nonqualified plans"),
    )
    for i, (n, label) in enumerate(labels):
        x, top = 276 * (i % 2), y + 30 * (i // 2)
        for j, title in enumerate(("a", "b")):
            form_cell(d, x + 138 * j, top, 138, 30, f"{n}{title}", label, 5.5)
            if n in shown:
                d.right(x + 138 * j + 132, top + 17, money(shown[n][j]), 9)
    y += 30 * 5 + 10
    why = m.pick(
        (
            "Pre-tax health premiums were omitted from the original form.",
            "Retirement plan deferrals were reported in the wrong year.",
            "A bonus paid in December was left out of the original form.",
        )
    )
    d.text(0, y, "Employer's explanation of the correction:", 7, "F2")
    d.text(0, y + 11, why, 8)
    d.text(0, y + 40, f"Form W-2c (Rev. 8-2023)     Cat. No. 61437D     {w.employer}", 6.5)
    return [c], truth


def w2_landscape(m: Maker) -> Layout:
    """What small-business tax software prints on plain paper: a landscape sheet with Copy B
    and Copy 2 side by side, each a narrow form whose boxes are stacked two to a row with the
    amounts right-aligned, the employee's name split into first and last, and the state and
    local line under the money boxes; a software footer along the bottom."""
    w = make_w2(m)
    c = Canvas(792, 612)
    copies = (
        "Copy B-To Be Filed With Employee's FEDERAL Tax Return.",
        "Copy 2-To Be Filed With Employee's State, City, or Local Income Tax Return.",
    )
    for i, copy in enumerate(copies):
        d = Frame(c, 30 + 376 * i, 26)
        plain_w2(d, w, copy)
        if i == 0:
            dashes_down(c, 396, 20, 580)
    vendor = m.pick(("TaxPro Desk", "PayrollWorks", "LedgerEase", "FormFiler Plus"))
    c.text(
        30,
        592,
        f"Printed by {vendor} on plain paper. This information is being furnished "
        "to the Internal Revenue Service.",
        6,
    )
    return [c], w2_truth(w)


def plain_w2(d: Frame, w: W2, copy: str) -> None:
    """One 356-point-wide copy."""
    d.text(0, 0, "W-2", 20, "F2")
    d.text(44, 2, "Wage and Tax", 8, "F2")
    d.text(44, 12, "Statement", 8, "F2")
    d.right(356, 0, str(w.year), 16, "F2")
    d.right(356, 18, "OMB No. 1545-0008", 5.5)
    d.text(0, 28, copy, 6)
    rows = (
        (
            ("a", "Employee's social security number", w.ssn),
            ("b", "Employer ID number (EIN)", w.ein),
        ),
    )
    y = 40.0
    for left, right in rows:
        for j, (n, label, value) in enumerate((left, right)):
            form_cell(d, 178 * j, y, 178, 24, n, label, 5.5)
            d.text(178 * j + 6, y + 11, value, 9, "F2")
        y += 24
    form_cell(d, 0, y, 356, 46, "c", "Employer's name, address, and ZIP code", 5.5)
    for i, s in enumerate((w.employer, w.er_street, w.er_city)):
        d.text(6, y + 10 + 11 * i, s, 8.5)
    y += 46
    form_cell(d, 0, y, 356, 20, "d", "Control number", 5.5)
    d.text(120, y + 7, w.control, 8.5)
    y += 20
    form_cell(d, 0, y, 150, 24, "e", "Employee's first name and initial", 5.5)
    d.text(6, y + 11, w.first_init, 9)
    form_cell(d, 150, y, 206, 24, "", "Last name", 5.5)
    d.text(156, y + 11, w.last, 9)
    y += 24
    form_cell(d, 0, y, 356, 34, "f", "Employee's address and ZIP code", 5.5)
    d.text(6, y + 10, w.ee_street, 8.5)
    d.text(6, y + 21, w.ee_city, 8.5)
    y += 34
    codes = [f"{code} {money(v)}" for code, v in w.codes] + [""] * 4
    money_rows = (
        (
            ("1", "Wages, tips, other comp.", money(w.wages)),
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
    )
    for left, right in money_rows:
        for j, (n, label, value) in enumerate((left, right)):
            form_cell(d, 178 * j, y, 178, 24, n, label, 5.5)
            if value:
                d.right(178 * j + 172, y + 12, value, 8.5)
        y += 24
    state = (
        ("15", "State", w.state, 40),
        ("", "Employer's state ID no.", w.state_id, 96),
        ("16", "State wages, tips, etc.", money(w.wages), 80),
        ("17", "State income tax", money(w.state_tax), 70),
        ("20", "Locality name", "", 70),
    )
    x = 0.0
    for n, label, value, width in state:
        form_cell(d, x, y, width, 26, n, label, 5)
        d.right(x + width - 4, y + 15, value, 8)
        x += width
    d.text(0, y + 32, "Department of the Treasury - Internal Revenue Service", 6)
    d.right(356, y + 32, "Safe, accurate, FAST! Use e-file", 6)


# ---------------------------------------------------------------------------------------------
# Driver licences

ENDORSEMENTS = ("H", "N", "P", "S", "T", "X")
CDL_RESTRICTIONS = ("E", "K", "L", "M", "N", "O", "Z")
ENDORSEMENT_TEXT = {
    "H": "Hazardous materials",
    "N": "Tank vehicles",
    "P": "Passenger vehicles",
    "S": "School bus",
    "T": "Double/triple trailers",
    "X": "Tank vehicle with hazardous materials",
}


def licence_fresh3(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """9: a commercial driver licence, front and back; 10: an older vertical under-21
    licence."""
    return (*(licence_cdl if t == 9 else licence_vertical)(m), f"t{t}")


def licence_cdl(m: Maker) -> Layout:
    """A commercial driver licence: "COMMERCIAL DRIVER LICENSE" across the top, the class A,
    B or C in a large box, endorsement and restriction codes, short labels without field
    numbers, the photo on the left and a ghost image on the right; the back explains the codes
    and carries the barcode."""
    d = make_licence(m)
    klass = m.pick(("A", "A", "B", "C"))
    ends = "".join(sorted(m.r.sample(ENDORSEMENTS, m.r.randint(0, 3)))) or "NONE"
    restr = "".join(sorted(m.r.sample(CDL_RESTRICTIONS, m.r.randint(0, 2)))) or "NONE"
    # commercial licences run for shorter terms, tied to the medical certificate
    expires = dt.date(d.issued.year + m.pick((4, 5)), d.dob.month, min(d.dob.day, 28))
    d = replace(d, klass=klass, expires=expires)
    day = m.pick(("%m/%d/%Y", "%m-%d-%Y"))
    front = Canvas(252, 159)
    front.shade(0, 0, 252, 26, 0.75)
    front.text(8, 4, d.state.upper(), fit(d.state.upper(), 150, 12, "F4"), "F4")
    front.text(8, 17, "COMMERCIAL DRIVER LICENSE", 6, "F2")
    front.right(244, 5, "CDL", 12, "F2")
    front.right(244, 18, "USA", 5, "F2")
    front.shade(8, 32, 62, 76, 0.88)
    front.box(8, 32, 62, 76, 0.4)
    front.centre(39, 66, "PHOTO", 5)
    front.shade(214, 70, 30, 36, 0.95)
    front.text(78, 31, "DLN", 4.5, "F2")
    front.text(78, 36, d.number, 9, "F2")
    front.box(190, 30, 54, 26, 0.8)
    front.text(194, 32, "CLASS", 4.5, "F2")
    front.text(208, 38, d.klass, 14, "F2")
    front.text(78, 50, d.last.upper(), 9, "F2")
    front.text(78, 60, f"{d.first} {d.middle}".strip().upper(), 8)
    front.text(78, 70, d.street.upper(), 5.5)
    front.text(78, 77, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.5)
    facts = (
        ("DOB", fmt(d.dob, day), 78, 88),
        ("EXP", fmt(d.expires, day), 146, 88),
        ("ISS", fmt(d.issued, day), 78, 99),
        ("END", ends, 146, 99),
        ("RESTR", restr, 78, 110),
        ("SEX", d.sex, 146, 110),
        ("HGT", d.height, 78, 121),
        ("WGT", d.weight, 146, 121),
        ("EYES", d.eyes, 194, 121),
    )
    for label, value, x, y in facts:
        front.text(x, y + 1.5, label, 4.5, "F2")
        front.text(
            x + text_width(label, 4.5, "F2") + 3,
            y,
            value,
            6.5,
            "F2" if label in ("DOB", "EXP") else "F1",
        )
    front.text(8, 114, "MEDICAL CERT", 4.5, "F2")
    front.text(8, 120, "REQUIRED", 4.5, "F2")
    front.line(8, 146, 120, 146, 0.3)
    front.text(8, 148, "SIGNATURE", 3.5)
    front.text(150, 140, f"DD {m.digits(12)}", 4.5, "F5")
    back = Canvas(252, 159)
    back.text(8, 8, "ENDORSEMENTS", 5.5, "F2")
    for i, code in enumerate(ENDORSEMENTS):
        back.text(8 + 118 * (i % 2), 18 + 8 * (i // 2), f"{code} - {ENDORSEMENT_TEXT[code]}", 4.8)
    back.text(8, 46, "RESTRICTIONS", 5.5, "F2")
    notes = (
        "E - No manual transmission   K - Intrastate only   L - No air brakes",
        "M - No Class A passenger   N - No Class A/B passenger   O - No tractor-trailer",
        "Z - No full air brake",
    )
    for i, s in enumerate(notes):
        back.text(8, 56 + 8 * i, s, 4.8)
    barcode(Frame(back), m, 8, 88, 236, 40)
    back.text(8, 134, "Holder must carry a valid medical examiner's certificate.", 4.8)
    back.text(8, 142, f"If found, return to: {d.state} Department of Motor Vehicles", 4.8)
    return [front, back], licence_truth(d)


def licence_vertical(m: Maker) -> Layout:
    """The vertical card many states give drivers under 21: portrait, the photo at the top, a
    coloured "UNDER 21" band with the dates the holder turns 18 and 21, the name as "LAST,
    FIRST MIDDLE" on one line, and older wording: "LIC NO", "CL", "BIRTHDATE", "EXPIRES"."""
    d = make_licence(m)
    issued = d.issued
    dob = add_years(issued, -m.r.randint(16, 20)) - dt.timedelta(days=m.r.randint(0, 300))
    # the card runs out shortly after the 21st birthday
    expires = add_years(dob, 21) + dt.timedelta(days=m.pick((0, 30, 45)))
    d = replace(d, dob=dob, expires=expires, klass=m.pick(("C", "D", "D", "M")))
    day = "%m/%d/%Y"
    c = Canvas(159, 252)
    c.centre(79.5, 6, d.state.upper(), fit(d.state.upper(), 140, 11, "F4"), "F4")
    c.centre(79.5, 19, "DRIVER LICENSE", 6.5, "F2")
    c.shade(44, 30, 71, 84, 0.88)
    c.box(44, 30, 71, 84, 0.4)
    c.centre(79.5, 70, "PHOTO", 5)
    c.shade(0, 118, 159, 22, 0.3)
    ink(c, 1.0)
    c.centre(79.5, 120, f"UNDER 18 UNTIL {fmt(add_years(d.dob, 18), '%m/%d/%y')}", 5.5, "F2")
    c.centre(79.5, 129, f"UNDER 21 UNTIL {fmt(add_years(d.dob, 21), '%m/%d/%y')}", 6.5, "F2")
    ink(c, 0.0)
    c.text(8, 146, "LIC NO", 4.5, "F2")
    c.text(8, 151, d.number, 8.5, "F2")
    name = f"{d.last.upper()}, {d.first.upper()} {d.middle.upper()}".strip()
    c.text(8, 164, name, fit(name, 143, 7, "F2"), "F2")
    c.text(8, 173, d.street.upper(), 5.5)
    c.text(8, 180, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.5)
    facts = (
        ("BIRTHDATE", fmt(d.dob, day), 8, 190),
        ("EXPIRES", fmt(d.expires, day), 84, 190),
        ("ISSUED", fmt(d.issued, day), 8, 205),
        ("CL", d.klass, 84, 205),
        ("SEX", d.sex, 110, 205),
        ("HT", d.height, 8, 220),
        ("WT", d.weight, 52, 220),
        ("EYES", d.eyes, 96, 220),
        ("HAIR", d.hair, 124, 220),
    )
    for label, value, x, y in facts:
        c.text(x, y, label, 4.3, "F2")
        c.text(x, y + 5, value, 6.5, "F2" if label in ("BIRTHDATE", "EXPIRES") else "F1")
    c.line(8, 242, 100, 242, 0.3)
    c.text(8, 244, "SIGNATURE", 3.5)
    c.right(151, 244, "RESTR: NONE", 4)
    return [c], licence_truth(d)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC

SHARE_ACCOUNTS = (
    "Primary Share Savings",
    "Share Draft Checking",
    "Money Market Share",
    "12-Month Share Certificate",
    "Holiday Club",
)
PROPERTY_KINDS = ("Unit", "Apt", "Suite")


def form_1099_fresh3(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """9: a year-end account statement with the 1099 at its foot; 10: a plain-paper 1099 with
    Copy B and Copy 2 side by side on a landscape sheet."""
    return (*(form_1099_year_end if t == 9 else form_1099_landscape)(m, variant), f"t{t}")


def form_1099_year_end(m: Maker, variant: str) -> Layout:
    """The payer's year-end statement that doubles as the 1099: a credit union's dividend
    summary by share account (1099-INT), or a property manager's owner statement with the rent
    collected per month and the expenses paid (1099-MISC); the tax boxes follow in a ruled
    strip at the foot, only those with an amount printed."""
    f = make_1099(m, variant)
    # the payer is a credit union, or the property manager that collects the owner's rents
    credit_unions = ("Summit Valley Credit Union", "Beacon Federal Credit Union")
    payer = m.pick((*credit_unions, f"{m.pick(COMPANY_A)} Community Credit Union"))
    if variant == "MISC":
        payer = f"{m.pick(COMPANY_A)} Property Management"
    f = replace(f, payer=payer)
    c = Canvas()
    c.text(40, 34, f.payer, 15, "F4")
    c.text(40, 54, f"{f.p_street}  \xb7  {f.p_city}  \xb7  {f.p_phone}", 7.5)
    title = "YEAR-END SUMMARY" if variant == "INT" else "OWNER YEAR-END STATEMENT"
    c.right(572, 34, title, 11, "F2")
    c.right(572, 50, f"January 1 - December 31, {f.year}", 8)
    for i, s in enumerate((f.recipient, f.r_street, f.r_city)):
        c.text(60, 90 + 12 * i, s, 9.5)
    ref = f.account or m.digits(8)
    c.text(372, 90, "Member / Owner No.", 7.5)
    c.right(572, 90, ref, 8.5, "F2")
    c.text(372, 104, "Statement Date", 7.5)
    c.right(572, 104, f"01/{m.r.randint(10, 28)}/{int(f.year) + 1}", 8.5)
    y = 150.0
    if variant == "INT":
        c.text(40, y, "Dividends Earned by Account", 11, "F2")
        accounts = m.r.sample(SHARE_ACCOUNTS, m.r.randint(2, 4))
        parts = split(m, f.values["interest_income"], len(accounts))
        c.shade(40, y + 18, 532, 13, 0.85)
        for label, x in (
            ("Account", 44),
            ("Suffix", 250),
            ("Year-End Balance", 430),
            ("Dividends Paid", 568),
        ):
            (c.text if x < 300 else c.right)(x, y + 21, label, 7.5, "F2")
        for i, (name, amount) in enumerate(zip(accounts, parts, strict=True)):
            yy = y + 36 + 13 * i
            c.text(44, yy, name, 8.5)
            c.text(250, yy, f"S{m.r.randint(0, 90):02d}", 8.5)
            c.right(430, yy, money(amount / m.r.uniform(0.005, 0.045)), 8.5)
            c.right(568, yy, money(amount), 8.5)
        y += 36 + 13 * len(accounts) + 4
        c.line(40, y - 2, 572, y - 2, 0.4)
        c.text(44, y + 2, "Total Dividends", 8.5, "F2")
        c.right(568, y + 2, money(f.values["interest_income"]), 8.5, "F2")
        note = (
            'Credit union "dividends" on share accounts are reported to the IRS as interest '
            "income. Loan interest you paid appears on your Form 1098, mailed separately."
        )
        y = _paragraph(c, 40, y + 24, note, 532, 7.5, "F1") + 10
    else:
        street = f"{m.r.randint(10, 9899)} {m.pick(STREETS)} St"
        monthly = m.amount(900, 3800)
        months = m.r.randint(8, 12)
        rents = round(monthly * months, 2)
        fee = round(rents * m.pick((0.08, 0.1)), 2)
        repairs = m.amount(120, 2400)
        f = replace(f, values={"rents": rents})
        if m.chance(0.25):
            f.values["federal_income_tax_withheld"] = round(rents * 0.24, 2)
        c.text(40, y, f"Property: {street}, {f.r_city.split(',')[0]}", 10, "F2")
        c.shade(40, y + 18, 532, 13, 0.85)
        for label, x in (
            ("Month", 44),
            ("Rent Collected", 300),
            ("Mgmt Fee", 400),
            ("Repairs", 480),
            ("Owner Draw", 568),
        ):
            (c.text if x < 100 else c.right)(x, y + 21, label, 7.5, "F2")
        start = 13 - months
        for i in range(months):
            yy = y + 36 + 12 * i
            c.text(44, yy, dt.date(2000, start + i, 1).strftime("%B"), 8)
            c.right(300, yy, money(monthly), 8)
            c.right(400, yy, money(round(monthly * fee / rents, 2)), 8)
            rep = repairs if i == months // 2 else 0.0
            c.right(480, yy, money(rep) if rep else "-", 8)
            c.right(568, yy, money(round(monthly - monthly * fee / rents - rep, 2)), 8)
        y += 36 + 12 * months + 4
        c.line(40, y - 2, 572, y - 2, 0.4)
        c.text(44, y + 2, "Year Totals", 8.5, "F2")
        c.right(300, y + 2, money(rents), 8.5, "F2")
        c.right(400, y + 2, money(fee), 8.5, "F2")
        c.right(480, y + 2, money(repairs), 8.5, "F2")
        c.right(568, y + 2, money(round(rents - fee - repairs, 2)), 8.5, "F2")
        note = (
            "Gross rents are reported to the IRS; management fees and repairs paid on your "
            "behalf are deductible expenses on your Schedule E and are not netted on Form 1099."
        )
        y = _paragraph(c, 40, y + 24, note, 532, 7.5, "F1") + 10
    y = max(y, 430.0)
    perforation(c, y)
    y += 14
    c.text(40, y, f"{f.year} Form 1099-{variant}  {f.title}", 11, "F2")
    c.right(572, y + 2, "Copy B For Recipient", 8, "F2")
    c.right(572, y + 12, f"OMB No. {f.omb}", 6.5)
    y += 26
    parties = (
        ("PAYER'S name", f.payer),
        ("PAYER'S TIN", f.payer_tin),
        ("RECIPIENT'S name", f.recipient),
        ("RECIPIENT'S TIN", f.recipient_tin),
    )
    for i, (label, value) in enumerate(parties):
        x = 40 + 133 * i
        c.box(x, y, 133, 30, 0.5)
        c.text(x + 3, y + 3, label, 5.5, "F2")
        c.text(x + 4, y + 15, value, fit(value, 125, 8.5))
    y += 30
    if f.account:
        c.box(40, y, 532, 20, 0.5)
        c.text(43, y + 3, "Account number (see instructions)", 5.5, "F2")
        c.text(200, y + 7, f.account, 8.5)
        y += 20
    shown = [(n, label, key) for n, label, key in f.boxes if key in f.values]
    for i, (n, label, key) in enumerate(shown):
        x, top = 40 + 177.33 * (i % 3), y + 32 * (i // 3)
        form_cell(Frame(c), x, top, 177.33, 32, n, label, 6)
        c.right(x + 172, top + 18, money(f.values[key], "$"), 9.5, "F2")
    y += 32 * math.ceil(len(shown) / 3) + 12
    tail = (
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on "
        "you if this income is taxable and the IRS determines that it has not been reported. "
        "Boxes not shown are blank."
    )
    _paragraph(c, 40, y, tail, 532, 6.5, "F1")
    return [c], tax_1099_truth(f, zeros_printed=False)


def split(m: Maker, total: float, parts: int) -> list[float]:
    """`total` shared out over `parts` amounts that add up to it to the cent."""
    cents = round(total * 100)
    if parts <= 1 or cents <= parts:
        return [total] + [0.0] * (parts - 1)
    cuts = sorted(m.r.sample(range(1, cents), parts - 1))
    return [(b - a) / 100 for a, b in zip([0, *cuts], [*cuts, cents], strict=True)]


def form_1099_landscape(m: Maker, variant: str) -> Layout:
    """Accounting software's plain-paper 1099: a landscape sheet with Copy B and Copy 2 side by
    side, each a narrow form with the parties stacked above the boxes, every money box printed
    (0.00 where nothing was paid), and a short instructions column on the right."""
    f = make_1099(m, variant)
    c = Canvas(792, 612)
    for i, copy in enumerate(("Copy B For Recipient", "Copy 2")):
        d = Frame(c, 24 + 276 * i, 24)
        narrow_1099(d, f, copy)
    dashes_down(c, 288, 20, 590)
    dashes_down(c, 564, 20, 590)
    x, y = 576.0, 30.0
    c.text(x, y, "Instructions for Recipient", 9, "F2")
    y += 16
    for note in (*INSTRUCTIONS["common"], *INSTRUCTIONS[variant]):
        y = _paragraph(c, x, y, note, 192, 6, "F1") + 4
    c.text(24, 590, f"Form 1099-{variant} (Rev. {f.revision})   www.irs.gov/Form1099{variant}", 6)
    return [c], tax_1099_truth(f, zeros_printed=True)


def narrow_1099(d: Frame, f: Tax1099, copy: str) -> None:
    """One 256-point-wide copy of the form."""
    d.text(0, 0, f"1099-{f.variant}", 15, "F2")
    d.right(256, 0, f.year, 15, "F2")
    d.text(0, 18, f.title, 8, "F2")
    d.right(256, 20, f"OMB No. {f.omb}", 5.5)
    d.text(0, 30, copy, 6.5, "F2")
    y = 42.0
    form_cell(
        d,
        0,
        y,
        256,
        52,
        "",
        "PAYER'S name, street address, city or town, state, ZIP, and telephone no.",
        5,
    )
    for i, s in enumerate((f.payer, f.p_street, f.p_city, f.p_phone)):
        d.text(4, y + 13 + 9.5 * i, s, 7.5)
    y += 52
    for j, (label, value) in enumerate(
        (("PAYER'S TIN", f.payer_tin), ("RECIPIENT'S TIN", f.recipient_tin))
    ):
        form_cell(d, 128 * j, y, 128, 22, "", label, 5)
        d.text(128 * j + 4, y + 10, value, 8.5)
    y += 22
    form_cell(d, 0, y, 256, 20, "", "RECIPIENT'S name", 5)
    d.text(4, y + 9, f.recipient, 8.5)
    y += 20
    form_cell(
        d, 0, y, 256, 30, "", "Street address (including apt. no.) / City or town, state, ZIP", 5
    )
    d.text(4, y + 9, f.r_street, 7.5)
    d.text(4, y + 19, f.r_city, 7.5)
    y += 30
    form_cell(d, 0, y, 256, 20, "", "Account number (see instructions)", 5)
    d.text(4, y + 9, f.account, 8)
    y += 20
    for i, (n, label, key) in enumerate(f.boxes):
        x, top = 128 * (i % 2), y + 30 * (i // 2)
        form_cell(d, x, top, 128, 30, n, label, 5)
        d.right(x + 124, top + 18, money(f.values.get(key, 0.0), "$"), 8.5)
    y += 30 * math.ceil(len(f.boxes) / 2)
    d.text(0, y + 4, "This is important tax information and is being furnished to the IRS.", 5)
    d.text(0, y + 11, "Department of the Treasury - Internal Revenue Service", 5)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh3(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """9: a payroll check with its earnings stub; 10: a personal check with its carbon
    duplicate."""
    return (*(check_payroll if t == 9 else check_carbon)(m), f"t{t}")


def check_payroll(m: Maker) -> Layout:
    """A payroll check on top of a letter sheet, its amount in asterisk-padded figures and in
    words, "VOID AFTER 90 DAYS", the employee's name and address in the window position, two
    signature lines; the earnings statement below the perforation repeats the net pay."""
    p = make_pay(m)
    gross, ytd_gross, taken, ytd_taken, net, ytd_net = p.totals()
    q = make_cheque(m, business=True)
    # the employer pays the employee's net pay on the pay date; payroll checks carry no memo
    q = replace(q, drawer=p.company, street=p.c_street, city=p.c_city, payee=p.full)
    q = replace(q, amount=net, date=p.paid, memo="")
    spelled = in_words(net)
    c = Canvas()
    c.text(36, 30, q.drawer, 12, "F2")
    c.text(36, 45, q.street, 7.5)
    c.text(36, 54, q.city, 7.5)
    c.centre(330, 30, q.bank, 9, "F2")
    c.centre(330, 42, q.bank_city, 6.5)
    c.centre(330, 51, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 6.5)
    c.text(470, 28, "PAYROLL CHECK", 7, "F2")
    c.right(576, 38, f"No. {q.number}", 11, "F2")
    c.text(420, 70, "DATE", 6.5, "F2")
    c.text(420, 80, fmt(q.date, "%m/%d/%Y"), 9.5)
    c.text(500, 70, "AMOUNT", 6.5, "F2")
    c.text(500, 80, f"${q.amount:*>12,.2f}", 9.5, "F5")
    c.text(36, 100, "PAY", 7, "F2")
    c.text(60, 98, f"{spelled} DOLLARS", 9)
    c.line(58, 110, 576, 110, 0.4)
    c.text(36, 122, "TO THE", 6.5, "F2")
    c.text(36, 130, "ORDER OF", 6.5, "F2")
    for i, s in enumerate((q.payee, p.e_street, p.e_city)):
        c.text(86, 124 + 11 * i, s.upper(), 9, "F5")
    c.text(36, 170, "VOID AFTER 90 DAYS", 6.5, "F2")
    c.line(380, 170, 576, 170, 0.4)
    c.line(380, 196, 576, 196, 0.4)
    c.text(380, 199, "AUTHORIZED SIGNATURE", 5.5)
    c.text(120, 222, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    perforation(c, 252)
    c.text(36, 266, q.drawer, 9, "F2")
    c.right(576, 266, "EARNINGS STATEMENT", 9, "F2")
    facts = (
        ("Employee", p.full),
        ("Employee ID", p.emp_no),
        ("Pay Period", f"{fmt(p.start, '%m/%d/%Y')} to {fmt(p.end, '%m/%d/%Y')}"),
        ("Check Date", fmt(p.paid, "%m/%d/%Y")),
        ("Check No.", q.number),
    )
    for i, (label, value) in enumerate(facts):
        c.text(36 + 108 * i, 282, label, 6, "F2")
        c.text(36 + 108 * i, 291, value, fit(value, 104, 8))
    c.line(36, 304, 576, 304, 0.6)
    for label, x in (
        ("Earnings", 36),
        ("Rate", 170),
        ("Hours", 214),
        ("Current", 262),
        ("YTD", 316),
    ):
        (c.text if x == 36 else c.right)(x, 310, label, 7, "F2")
    for label, x in (("Deductions", 340), ("Current", 510), ("YTD", 576)):
        (c.text if x == 340 else c.right)(x, 310, label, 7, "F2")
    y = 324.0
    for n, r, h, cur, ytd in p.earnings:
        c.text(36, y, n, 7.5)
        c.right(170, y, f"{r:.2f}", 7.5)
        c.right(214, y, f"{h:.2f}", 7.5)
        c.right(262, y, money(cur), 7.5)
        c.right(316, y, money(ytd), 7.5)
        y += 11
    names = {
        "federal": "Fed Income Tax",
        "ss": "Social Security",
        "medicare": "Medicare",
        "state": f"{p.state} Income Tax",
    }
    rows = [(names[n], cur, ytd) for n, cur, ytd in p.taxes] + [
        (n, cur, ytd) for n, _, cur, ytd in p.deductions
    ]
    for i, (n, cur, ytd) in enumerate(rows):
        c.text(340, 324 + 11 * i, n, 7.5)
        c.right(510, 324 + 11 * i, money(cur), 7.5)
        c.right(576, 324 + 11 * i, money(ytd), 7.5)
    y = 324 + 11 * max(len(rows), len(p.earnings)) + 8
    c.line(36, y - 3, 576, y - 3, 0.4)
    totals = (
        ("Gross Pay", gross, ytd_gross),
        ("Total Deductions", taken, ytd_taken),
        ("Net Pay", net, ytd_net),
    )
    for i, (label, cur, ytd) in enumerate(totals):
        x = 36 + 180 * i
        c.text(x, y + 2, label, 7.5, "F2")
        c.right(x + 120, y + 2, money(cur), 7.5, "F2")
        c.text(x, y + 13, "YTD", 6.5)
        c.right(x + 120, y + 13, money(ytd), 7)
    truth = cheque_truth(q, spelled)
    return [c], truth


def check_carbon(m: Maker) -> Layout:
    """A personal check and the carbon duplicate beneath it, as a duplicate checkbook page is
    scanned: the check written by hand, then the copy in grey with "DUPLICATE - NOT
    NEGOTIABLE" over it and no MICR line."""
    q = make_cheque(m, business=False)
    spelled = in_words(q.amount)
    day = m.pick(("%m/%d/%y", "%m/%d/%Y", "%b %d, %Y"))
    c = Canvas(432, 430)
    for i, gray in enumerate((0.0, 0.45)):
        d = Frame(c, 0, 214 * i)
        ink(c, gray)
        d.box(4, 4, 424, 198, 0.8)
        d.text(14, 14, q.drawer, 8.5, "F2")
        d.text(14, 25, q.street, 6.5)
        d.text(14, 33, q.city, 6.5)
        d.right(418, 14, q.number, 10, "F2")
        d.text(270, 44, "DATE", 6)
        d.text(296, 38, fmt(q.date, day), 11, "F3")
        d.line(294, 52, 418, 52, 0.4)
        d.text(14, 68, "PAY TO THE", 5.5)
        d.text(14, 75, "ORDER OF", 5.5)
        d.text(58, 64, q.payee, 12, "F3")
        d.line(56, 78, 332, 78, 0.4)
        d.box(338, 62, 80, 18, 0.6)
        d.text(342, 67, "$", 9, "F2")
        d.right(414, 65, f"{q.amount:,.2f}", 11, "F3")
        d.text(18, 92, spelled, 11, "F3")
        d.line(14, 106, 370, 106, 0.4)
        d.right(418, 99, "DOLLARS", 6)
        d.text(14, 122, q.bank, 7.5, "F2")
        d.text(14, 131, q.bank_city, 6)
        d.text(14, 152, "MEMO", 5.5, "F2")
        d.text(42, 146, q.memo, 11, "F3")
        d.line(40, 158, 200, 158, 0.4)
        d.line(240, 158, 418, 158, 0.4)
        d.text(250, 144, f"{q.drawer.split()[0][0]}. {q.drawer.split()[-1]}", 12, "F3")
        if i == 0:
            d.text(40, 176, f"C{q.routing}C {q.account}C {q.number.zfill(4)}", 10, "F5")
        else:
            d.centre(216, 168, "DUPLICATE - NOT NEGOTIABLE", 13, "F2")
            d.centre(216, 186, "THIS IS A COPY FOR YOUR RECORDS", 6, "F2")
    ink(c, 0.0)
    c.text(20, 206, "- " * 65, 5, "F5")  # the tear line, cut to the narrow page
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts

HOTEL_KINDS = ("Inn & Suites", "Hotel", "Lodge", "Harbor Hotel", "Suites")
INCIDENTALS = (
    ("Restaurant", 14, 90),
    ("Parking - Self", 12, 35),
    ("Bar", 8, 60),
    ("Laundry", 6, 30),
)
GARAGES = ("CITY CENTER PARKING", "PARK-RITE GARAGE", "MAIN STREET PARKADE", "AIRPORT LOT C")


def receipt_fresh3(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """9: a hotel guest folio; 10: a parking-garage exit receipt."""
    return (*(receipt_folio if t == 9 else receipt_parking)(m), f"t{t}")


def receipt_folio(m: Maker) -> Layout:
    """A hotel folio printed at check-out: the guest and stay details in two columns, one row
    per posting (room and its occupancy taxes each night, restaurant and parking charges),
    the card payment as a credit, a zero balance, and a summary of charges and taxes."""
    hotel = f"{m.pick(COMPANY_A)} {m.pick(HOTEL_KINDS)}"
    street, city = m.address()
    phone = m.phone()
    first, _, last = m.person()
    arrive = m.date()
    nights = m.r.randint(1, 5)
    depart = arrive + dt.timedelta(days=nights)
    rate = m.amount(89, 329)
    occ = m.pick((0.05, 0.06, 0.07))
    sales = m.pick((0.04, 0.06, 0.07))
    folio = m.pick((m.digits(6), f"F{m.digits(7)}", m.digits(8)))
    last4 = m.digits(4)
    room = str(m.r.randint(101, 918))
    postings = []  # (date, description, reference, amount, taxable)
    for n in range(nights):
        day = arrive + dt.timedelta(days=n)
        postings.append((day, "Room Charge", f"RM {room}", rate, True))
        for label, low, high in INCIDENTALS:
            if m.chance(0.15):
                postings.append((day, label, f"CHK {m.digits(4)}", m.amount(low, high), False))
    subtotal = round(sum(p[3] for p in postings), 2)
    taxes = []
    for day, _, _, amount, taxable in postings:
        if taxable:
            taxes.append((day, "Occupancy Tax", round(amount * occ, 2)))
            taxes.append((day, "State Sales Tax", round(amount * sales, 2)))
    tax = round(sum(x[2] for x in taxes), 2)
    total = round(subtotal + tax, 2)
    rows = []
    for day, label, ref, amount, taxable in postings:
        rows.append((day, label, ref, amount))
        if taxable:
            rows += [(d, lab, "", a) for d, lab, a in taxes if d == day]
    c = Canvas()
    c.centre(306, 32, hotel.upper(), 16, "F4")
    c.centre(306, 54, f"{street}  \xb7  {city}  \xb7  Tel {phone}", 8)
    c.line(40, 72, 572, 72, 0.8)
    c.text(40, 84, "GUEST FOLIO", 12, "F2")
    c.right(572, 86, "Thank you for staying with us", 8)
    left = (
        ("Guest Name", f"{last}, {first}"),
        ("Address", m.street()),
        ("", m.address()[1]),
        ("Company", m.company() if m.chance(0.4) else ""),
    )
    right = (
        ("Room", room),
        ("Arrival", fmt(arrive, "%m/%d/%y")),
        ("Departure", fmt(depart, "%m/%d/%y")),
        ("Folio No.", folio),
        ("Conf. No.", m.digits(9)),
        ("Rate", f"{rate:.2f}"),
    )
    for i, (label, value) in enumerate(left):
        c.text(40, 108 + 12 * i, label, 8, "F2")
        c.text(110, 108 + 12 * i, value, 8.5)
    for i, (label, value) in enumerate(right):
        c.text(380, 108 + 12 * i, label, 8, "F2")
        c.right(572, 108 + 12 * i, value, 8.5)
    top = 190.0
    c.shade(40, top, 532, 14, 0.85)
    for label, x in (("Date", 44), ("Description", 110), ("Reference", 300)):
        c.text(x, top + 4, label, 8, "F2")
    c.right(480, top + 4, "Charges", 8, "F2")
    c.right(568, top + 4, "Credits", 8, "F2")
    y = top + 20
    for day, label, ref, amount in rows:
        c.text(44, y, fmt(day, "%m/%d/%y"), 8)
        c.text(110, y, label, 8)
        c.text(300, y, ref, 8)
        c.right(480, y, f"{amount:,.2f}", 8)
        y += 12
    c.text(44, y, fmt(depart, "%m/%d/%y"), 8)
    brand = m.pick(("VISA", "MASTERCARD", "AMEX", "DISCOVER"))
    c.text(110, y, f"{brand} XXXXXXXXXXXX{last4}", 8)
    c.text(300, y, f"AUTH {m.digits(6)}", 8)
    c.right(568, y, f"{total:,.2f}", 8)
    y += 16
    c.line(40, y, 572, y, 0.6)
    c.text(300, y + 6, "Balance", 8.5, "F2")
    c.right(568, y + 6, "0.00", 8.5, "F2")
    y += 34
    c.box(330, y, 242, 64, 0.6)
    summary = (
        ("Room & Incidentals", subtotal),
        ("Taxes", tax),
        ("Total Charges", total),
        ("Payments", total),
    )
    for i, (label, value) in enumerate(summary):
        c.text(338, y + 6 + 14 * i, label, 8.5, "F2" if i == 2 else "F1")
        c.right(564, y + 6 + 14 * i, f"{value:,.2f}", 8.5, "F2" if i == 2 else "F1")
    fine = (
        "I agree that my liability for this bill is not waived and I agree to be held "
        "personally liable in the event that the indicated person, company or association fails "
        "to pay for any part or the full amount of these charges."
    )
    _paragraph(c, 40, y + 4, fine, 270, 6.5, "F1")
    c.centre(
        306, 748, f"{hotel}  \xb7  {m.pick(('www', 'book'))}.{hotel.split()[0].lower()}.example", 7
    )
    truth: Truth = {
        "merchant_name": hotel.upper(),
        "merchant_phone": phone,
        "transaction_date": depart.isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": folio,
        "card_last_four_digits": last4,
    }
    return [c], truth


def receipt_parking(m: Maker) -> Layout:
    """The ticket a parking garage's exit machine prints: operator and facility, entry and
    exit times, the duration and the rate applied, the fee, the city parking tax, the card
    and the plate read at the gate."""
    garage = m.pick(GARAGES)
    street, city = m.address()
    phone = m.phone()
    enter = dt.datetime.combine(m.date(), dt.time(m.r.randint(6, 20), m.r.randint(0, 59)))
    stay = dt.timedelta(minutes=m.r.randint(20, 60 * 14))
    leave = enter + stay
    hours = math.ceil(stay.total_seconds() / 3600)
    hourly = float(m.pick((3, 4, 5, 6)))
    cap = float(m.pick((18, 24, 30, 36)))
    fee = min(cap, hourly * hours)
    rate_label = "DAILY MAX" if fee == cap else f"{hours} HR @ {hourly:.2f}"
    tax_rate = m.pick((0.1, 0.15, 0.2, 0.225))
    tax = round(fee * tax_rate, 2)
    total = round(fee + tax, 2)
    number = m.pick((m.digits(6), f"{m.r.randint(1, 9)}-{m.digits(5)}"))
    last4 = m.digits(4)
    tape = Tape(200, 7, "F5", "F6")
    tape.centre(garage, 9, "F6")
    tape.centre(f"Operated by {m.pick(COMPANY_A)} Parking")
    tape.centre(street.upper())
    tape.centre(city.upper())
    tape.centre(f"TEL {phone}")
    tape.rule()
    tape.row("RECEIPT #", number)
    tape.row("TICKET #", m.digits(10))
    tape.row("LANE", f"EXIT {m.r.randint(1, 4)}")
    tape.gap(3)
    tape.row("ENTRY", f"{fmt(enter.date(), '%m/%d/%y')} {enter:%H:%M}")
    tape.row("EXIT", f"{fmt(leave.date(), '%m/%d/%y')} {leave:%H:%M}")
    mins = int(stay.total_seconds() // 60)
    tape.row("DURATION", f"{mins // 60}H {mins % 60:02d}M")
    tape.row("RATE", rate_label)
    tape.rule()
    tape.row("PARKING FEE", f"{fee:.2f}")
    tape.row(f"PARKING TAX {tax_rate * 100:g}%", f"{tax:.2f}")
    tape.row("TOTAL PAID", f"{total:.2f}", bold=True, size=9)
    tape.gap(3)
    tape.row(m.pick(("VISA", "MC", "AMEX")), f"****{last4}")
    tape.row("AUTH", m.digits(6))
    tape.row(
        "PLATE",
        f"{m.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{m.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{m.digits(4)}",
    )
    tape.gap()
    tape.centre("NO IN/OUT PRIVILEGES", 6.5)
    tape.centre("NOT RESPONSIBLE FOR THEFT OR DAMAGE", 6.5)
    tape.centre("THANK YOU - DRIVE SAFELY", 6.5, "F6")
    truth: Truth = {
        "merchant_name": garage,
        "merchant_phone": phone,
        "transaction_date": leave.date().isoformat(),
        "subtotal": fee,
        "tax": tax,
        "total": total,
        "receipt_number": number,
        "card_last_four_digits": last4,
    }
    return [tape.page()], truth
