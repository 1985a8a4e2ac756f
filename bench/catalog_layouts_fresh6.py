"""The "fresh6" held-out layouts (templates 15 and 16) of the catalog kinds, for
bench/catalog_documents.py.

A seventh held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh6` is an
honest test set: a law firm's invoice with time entries, a timekeeper summary and the prior
balance and an auto repair shop's repair-order invoice with parts and labour; a union
construction worker's weekly pay statement with day-by-day hours, overtime and double time and
employer fringe contributions and an Australian payslip with superannuation and leave balances;
a money-market savings statement with an interest and tiered-rate section and a health savings
account's quarterly statement with a contribution summary; a line-printer W-2 with its boxes
ruled in characters and a W-2 Copy C with the captions under the amounts and the notice to the
employee beside it; a new licence glued to the motor-vehicle department's carrier letter and a
licence with AAMVA-numbered fields (4d DLN, 3 DOB ...); a 1099 with payment detail (an
insurer's interest on delayed claim payments, an oil-and-gas operator's royalty statement) and
a faxed 1099 behind a fax cover sheet; a state or county warrant with its remittance advice and
a credit-card convenience check under its offer letter; a post-office counter receipt and an
electronics store's receipt with serial numbers and instant savings.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bench.catalog_documents import (
    BANKS,
    COMMONWEALTHS,
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
    wrap,
)
from bench.catalog_layouts_fresh2 import month_end
from bench.catalog_layouts_fresh3 import fit, ink, split

# ---------------------------------------------------------------------------------------------
# Helpers


def initials(name: str) -> str:
    return "".join(p[0] for p in name.split() if p[:1].isalpha()).upper()


def lines_of(
    c: Canvas,
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


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh6(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """15: a law firm's invoice with time entries; 16: an auto repair shop's repair order."""
    return (*(invoice_law if t == 15 else invoice_repair)(m), f"t{t}")


LEGAL_TASKS = (
    "Review and analyze correspondence from opposing counsel",
    "Telephone conference with client regarding settlement posture",
    "Draft and revise motion to compel discovery responses",
    "Research case law on enforceability of non-compete provisions",
    "Prepare for and attend deposition of corporate representative",
    "Review lease amendment and prepare redline comments",
    "Draft correspondence to client summarizing status",
    "Revise asset purchase agreement per client comments",
    "Attend mediation session",
    "Review document production for privilege",
)
TITLES = (("Partner", 425, 695), ("Associate", 240, 420), ("Paralegal", 125, 195))
DISBURSEMENTS = (
    ("Court filing fee", 45, 435),
    ("Courier / overnight delivery", 18, 60),
    ("Photocopying and printing", 4, 90),
    ("Court reporter - deposition transcript", 320, 1400),
    ("Online legal research", 25, 180),
    ("Mileage", 12, 95),
)


def invoice_law(m: Maker) -> Layout:
    """A law firm's monthly invoice: the firm's name in small capitals centred over its
    offices, the client and matter, "For professional services rendered through" a date, the
    time entries (date, timekeeper initials, narrative wrapped under itself, hours, amount),
    a timekeeper summary with rates, disbursements, the current charges, and the account
    summary with the previous balance and payments received; payment terms at the foot."""
    names = m.r.sample(LAST, 3)
    firm = f"{names[0]}, {names[1]} & {names[2]} {m.pick(('LLP', 'P.C.', 'PLLC'))}"
    client = m.company()
    f_street, f_city = m.address()
    c_street, c_city = m.address()
    attn = " ".join(m.person()[::2])
    issued = m.date()
    through = month_end(issued.replace(day=1) - dt.timedelta(days=1))
    number = m.pick((m.digits(6), f"{issued.year}-{m.digits(5)}", f"{m.digits(3)}{m.digits(4)}"))
    matter_no = f"{m.digits(5)}-{m.digits(4)}"
    matter = m.pick(
        (
            "Commercial Lease Dispute",
            "General Corporate Matters",
            "Acquisition of Assets",
            "Employment Litigation",
            "Trademark Prosecution",
        )
    )
    po = f"PO {m.digits(7)}" if m.chance(0.35) else ""
    keepers = []
    for title, low, high in TITLES:
        if title != "Partner" and m.chance(0.3):
            continue
        first, _, last = m.person()
        keepers.append((f"{first} {last}", title, float(m.r.randint(low // 5, high // 5) * 5)))
    start = through.replace(day=1)
    entries = []
    for _ in range(m.r.randint(3, 9)):
        who = m.pick(keepers)
        hours = m.pick((0.1, 0.2, 0.3, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 2.4, 3.5, 4.0, 6.2))
        when = start + dt.timedelta(days=m.r.randint(0, (through - start).days))
        entries.append((when, who, m.pick(LEGAL_TASKS), hours, round(hours * who[2], 2)))
    entries.sort(key=lambda e: e[0])
    fees = round(sum(e[4] for e in entries), 2)
    costs = [
        (start + dt.timedelta(days=m.r.randint(0, (through - start).days)), d, m.amount(lo, hi))
        for d, lo, hi in m.r.sample(DISBURSEMENTS, m.r.randint(0, 3))
    ]
    costs.sort(key=lambda x: x[0])
    disb = round(sum(x[2] for x in costs), 2)
    total = round(fees + disb, 2)
    previous = m.pick((0.0, m.amount(800, 12000)))
    paid = previous if m.chance(0.7) else round(previous * m.r.uniform(0.2, 0.8), 2)
    balance = round(previous - paid + total, 2)
    day = m.pick(("%B %d, %Y", "%m/%d/%Y"))
    c = Canvas()
    c.centre(306, 40, firm.upper(), fit(firm.upper(), 480, 15, "F4"), "F4")
    c.centre(306, 60, "ATTORNEYS AT LAW", 7.5, "F3")
    c.centre(306, 72, f"{f_street}  \xb7  {f_city}  \xb7  {m.phone()}", 8, "F3")
    c.line(60, 88, 552, 88, 0.8)
    c.line(60, 90, 552, 90, 0.3)
    lines_of(c, 60, 108, (client, f"Attn: {attn}", c_street, c_city), 9.5, "F3", 12)
    facts = [
        ("Invoice Date:", fmt(issued, day)),
        ("Invoice No.:", number),
        ("Client-Matter:", matter_no),
        ("Federal Tax ID:", m.ein()),
    ]
    if po:
        facts.append(("Client P.O.:", po))
    for i, (label, value) in enumerate(facts):
        c.text(360, 108 + 12 * i, label, 8.5, "F4")
        c.right(552, 108 + 12 * i, value, 8.5, "F3")
    c.text(60, 178, f"RE:  {matter}", 10, "F4")
    c.text(
        60,
        192,
        f"For professional services rendered through {fmt(through, '%B %d, %Y')}",
        9.5,
        "F3",
    )
    top = 214
    c.line(60, top + 11, 552, top + 11, 0.5)
    for x, h, r in (
        (60, "Date", 0),
        (112, "Atty", 0),
        (146, "Description", 0),
        (490, "Hours", 1),
        (552, "Amount", 1),
    ):
        (c.right if r else c.text)(x, top, h, 8.5, "F4")
    y = top + 17
    for when, who, task, hours, amount in entries:
        rows = wrap(task, 300, 8.5, "F3")
        c.text(60, y, fmt(when, "%m/%d/%y"), 8.5, "F3")
        c.text(112, y, initials(who[0]), 8.5, "F3")
        for i, s in enumerate(rows):
            c.text(146, y + 10.5 * i, s, 8.5, "F3")
        c.right(490, y, f"{hours:.2f}", 8.5, "F3")
        c.right(552, y, f"{amount:,.2f}", 8.5, "F3")
        y += 10.5 * len(rows) + 5
    c.line(440, y, 552, y, 0.4)
    c.text(146, y + 4, "Total Fees", 9, "F4")
    c.right(490, y + 4, f"{sum(e[3] for e in entries):.2f}", 9, "F3")
    c.right(552, y + 4, money(fees, "$"), 9, "F4")
    y += 26
    c.text(146, y, "Timekeeper Summary", 8.5, "F4")
    y += 12
    for name, title, rate in keepers:
        hours = sum(e[3] for e in entries if e[1][0] == name)
        if not hours:
            continue
        c.text(160, y, f"{name}, {title}", 8.5, "F3")
        c.right(400, y, f"{hours:.2f} hrs", 8.5, "F3")
        c.right(460, y, f"{rate:,.2f}", 8.5, "F3")
        c.right(552, y, f"{round(hours * rate, 2):,.2f}", 8.5, "F3")
        y += 11
    if costs:
        y += 10
        c.text(146, y, "Disbursements", 8.5, "F4")
        y += 12
        for when, desc, amount in costs:
            c.text(60, y, fmt(when, "%m/%d/%y"), 8.5, "F3")
            c.text(160, y, desc, 8.5, "F3")
            c.right(552, y, f"{amount:,.2f}", 8.5, "F3")
            y += 11
        c.text(146, y + 3, "Total Disbursements", 9, "F4")
        c.right(552, y + 3, money(disb, "$"), 9, "F4")
        y += 16
    y += 10
    c.line(330, y, 552, y, 0.8)
    c.text(330, y + 5, "TOTAL CURRENT INVOICE", 9.5, "F4")
    c.right(552, y + 5, money(total, "$"), 9.5, "F4")
    y += 30
    c.text(60, y, "ACCOUNT SUMMARY", 8.5, "F4")
    summary = (
        ("Previous Balance", money(previous, "$")),
        ("Payments Received", f"({money(paid, '$')})"),
        ("Current Invoice", money(total, "$")),
        ("Balance Due", money(balance, "$")),
    )
    for i, (label, value) in enumerate(summary):
        bold = "F4" if label == "Balance Due" else "F3"
        c.text(60, y + 13 + 12 * i, label, 8.5, bold)
        c.right(300, y + 13 + 12 * i, value, 8.5, bold)
    c.text(
        60,
        730,
        "Payment is due within 30 days. Please reference the client-matter number "
        "with your remittance.",
        7.5,
        "F3",
    )
    c.text(
        60,
        740,
        f"Wire instructions available on request. Trust account inquiries: "
        f"billing@{names[0].lower().replace(chr(39), '')}law.example",
        7.5,
        "F3",
    )
    truth: Truth = {
        "VENDORNAME": firm,
        "RECEIVERNAME": client,
        "ID": number,
        "DATE": issued.isoformat(),
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


MAKES = (
    ("TOYOTA", ("CAMRY LE", "RAV4 XLE", "COROLLA S", "TACOMA SR5")),
    ("HONDA", ("CIVIC EX", "ACCORD SPORT", "CR-V EX-L", "ODYSSEY")),
    ("FORD", ("F-150 XLT", "ESCAPE SE", "FUSION SE", "EXPLORER")),
    ("CHEVROLET", ("SILVERADO 1500", "EQUINOX LT", "MALIBU LT")),
    ("SUBARU", ("OUTBACK", "FORESTER", "CROSSTREK")),
    ("NISSAN", ("ALTIMA 2.5 S", "ROGUE SV", "SENTRA")),
)
# (concern, cause and correction, labour hours, parts: (part no., description, low, high))
REPAIRS = (
    (
        "CUSTOMER STATES BRAKES SQUEAL WHEN STOPPING",
        "FRONT PADS AT 2MM, ROTORS BELOW SPEC. REPLACED PADS AND ROTORS",
        1.8,
        (("BP-1187C", "CERAMIC BRAKE PAD SET", 48, 89), ("RT-54021", "FRONT ROTOR", 62, 118)),
    ),
    (
        "PERFORM MAINTENANCE SERVICE",
        "CHANGED OIL AND FILTER, ROTATED TIRES, INSPECTED",
        0.8,
        (("OF-3614", "OIL FILTER", 7, 14), ("5W30-SYN", "SYNTHETIC OIL 5W-30 QT", 8, 11)),
    ),
    (
        "CHECK ENGINE LIGHT ON",
        "DTC P0301. FOUND FAILED IGNITION COIL CYL 1. REPLACED COIL",
        1.2,
        (("IC-7730", "IGNITION COIL", 64, 145),),
    ),
    (
        "A/C BLOWING WARM",
        "EVACUATED AND RECHARGED SYSTEM, ADDED DYE. NO LEAKS FOUND",
        1.5,
        (("R1234YF", "REFRIGERANT R-1234YF OZ", 4, 9),),
    ),
    (
        "BATTERY WEAK, SLOW CRANK",
        "TESTED BATTERY - FAILED. REPLACED BATTERY, CLEANED TERMINALS",
        0.5,
        (("BAT-H6", "BATTERY GROUP H6 AGM", 165, 245),),
    ),
    (
        "NOISE FROM FRONT END OVER BUMPS",
        "LEFT FRONT SWAY BAR LINK WORN. REPLACED BOTH LINKS",
        1.1,
        (("SL-K80295", "SWAY BAR END LINK", 24, 58),),
    ),
)


def invoice_repair(m: Maker) -> Layout:
    """An independent auto repair shop's repair-order invoice: the shop with its state
    repair-dealer registration, the RO number and dates, the customer and the vehicle (year,
    make, model, VIN, plate, mileage in and out), each job as concern / cause / correction with
    its labour, the parts with part numbers, then a totals column (parts, labour, shop
    supplies, hazardous waste, subtotal, tax on parts, total) and the authorization signature."""
    shop = f"{m.pick(COMPANY_A)} {m.pick(('Auto Repair', 'Automotive', 'Tire & Auto', 'Motors'))}"
    first, _, last = m.person()
    customer = f"{first} {last}".upper()
    s_street, s_city = m.address()
    c_street, c_city = m.address()
    number = m.pick((m.digits(5), f"RO-{m.digits(6)}", f"{m.digits(2)}{m.digits(4)}"))
    issued = m.date()
    opened = issued - dt.timedelta(days=m.pick((0, 0, 1, 2)))
    make, models = m.pick(MAKES)
    year = m.r.randint(2008, 2022)
    vin = "".join(m.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    miles = m.r.randint(18000, 210000)
    po = f"{m.digits(6)}" if m.chance(0.3) else ""
    rate = float(m.pick((115, 129, 145, 159, 175)))
    jobs = m.r.sample(REPAIRS, m.r.randint(1, 3))
    parts, labour = [], []
    for concern, fix, hours, items in jobs:
        labour.append((concern, fix, hours, round(hours * rate, 2)))
        for part_no, desc, lo, hi in items:
            qty = m.pick((1, 2)) if "QT" not in desc and "OZ" not in desc else m.r.randint(4, 8)
            price = m.amount(lo, hi)
            parts.append((part_no, desc, qty, price, round(qty * price, 2)))
    parts_total = round(sum(p[4] for p in parts), 2)
    labour_total = round(sum(x[3] for x in labour), 2)
    supplies = round(min(labour_total * 0.08, 35.0), 2)
    hazmat = float(m.pick((0, 3.5, 4.95)))
    subtotal = round(parts_total + labour_total + supplies + hazmat, 2)
    rate_tax = m.pick((0.0625, 0.07, 0.0725, 0.08))
    tax = round(parts_total * rate_tax, 2)
    total = round(subtotal + tax, 2)
    c = Canvas()
    c.text(36, 32, shop.upper(), fit(shop.upper(), 330, 16, "F2"), "F2")
    c.text(36, 52, f"{s_street}, {s_city}", 8)
    c.text(36, 62, f"{m.phone()}   ASE Certified Technicians   Reg. ARD {m.digits(6)}", 8)
    c.box(400, 28, 176, 48, 1.0)
    c.text(408, 32, "REPAIR ORDER / INVOICE", 8, "F2")
    c.text(408, 44, "RO#", 8, "F2")
    c.text(440, 43, number, 11, "F6")
    c.text(408, 60, f"Opened {fmt(opened, '%m/%d/%y')}   Invoiced {fmt(issued, '%m/%d/%y')}", 7)
    c.box(36, 84, 270, 64, 0.5)
    c.text(40, 88, "CUSTOMER", 6.5, "F2")
    lines_of(c, 40, 98, (customer, c_street.upper(), c_city.upper(), m.phone()), 8.5, lead=11)
    c.box(306, 84, 270, 64, 0.5)
    c.text(310, 88, "VEHICLE", 6.5, "F2")
    vehicle = (
        f"{year} {make} {m.pick(models)}",
        f"VIN {vin}",
        f"LIC {m.digits(3)}{m.pick(('ABC', 'KXT', 'RPL'))}   COLOR {m.pick(('WHT', 'BLK', 'SLV'))}",
        f"MILEAGE IN {miles:,}   OUT {miles + m.r.randint(0, 6):,}",
    )
    lines_of(c, 310, 98, vehicle, 8.5, lead=11)
    if po:
        c.text(40, 152, f"FLEET P.O. # {po}", 8, "F2")
    y = 168.0
    for i, (concern, fix, hours, amount) in enumerate(labour):
        c.shade(36, y, 540, 12, 0.88)
        c.text(40, y + 2.5, f"LINE {chr(65 + i)}   CONCERN: {concern}", 7.5, "F2")
        y += 16
        c.text(48, y, f"CORRECTION: {fix}", 7.5, "F5")
        c.text(48, y + 10, f"LABOR  {hours:.1f} HRS @ {rate:.2f}", 7.5, "F5")
        c.right(572, y + 10, f"{amount:,.2f}", 8, "F5")
        y += 26
    y += 4
    c.text(36, y, "PARTS", 8, "F2")
    y += 12
    for x, h, r in (
        (40, "PART NUMBER", 0),
        (130, "DESCRIPTION", 0),
        (380, "QTY", 1),
        (460, "UNIT", 1),
        (572, "EXTENDED", 1),
    ):
        (c.right if r else c.text)(x, y, h, 7, "F2")
    c.line(36, y + 9, 576, y + 9, 0.4)
    y += 13
    for part_no, desc, qty, price, amount in parts:
        c.text(40, y, part_no, 7.5, "F5")
        c.text(130, y, desc, 7.5, "F5")
        c.right(380, y, str(qty), 7.5, "F5")
        c.right(460, y, f"{price:.2f}", 7.5, "F5")
        c.right(572, y, f"{amount:,.2f}", 7.5, "F5")
        y += 10
    y = max(y + 16, 470)
    rows = [("PARTS", parts_total), ("LABOR", labour_total), ("SHOP SUPPLIES", supplies)]
    if hazmat:
        rows.append(("HAZ WASTE DISPOSAL", hazmat))
    rows += [("SUBTOTAL", subtotal), (f"SALES TAX {rate_tax * 100:g}% (PARTS)", tax)]
    rows.append(("TOTAL", total))
    c.box(386, y - 4, 190, 13 * len(rows) + 8, 0.8)
    for i, (label, value) in enumerate(rows):
        bold = label == "TOTAL"
        c.text(392, y + 13 * i, label, 7.5, "F2" if bold else "F1")
        c.right(570, y + 13 * i, money(value, "$" if bold else ""), 8.5, "F6" if bold else "F5")
    _paragraph(
        c,
        36,
        y,
        "I hereby authorize the above repair work to be done along with the necessary material. "
        "An express mechanic's lien is acknowledged on the above vehicle to secure the amount of "
        "repairs thereto. Parts replaced are available for inspection unless noted.",
        320,
        6.5,
        "F1",
    )
    c.text(36, y + 56, "X ________________________________   Date ____________", 8)
    c.text(36, y + 68, "CUSTOMER SIGNATURE", 6)
    c.text(36, 740, "WARRANTY: 24 MONTHS / 24,000 MILES PARTS AND LABOR ON REPAIRS LISTED.", 7)
    truth: Truth = {
        "VENDORNAME": shop.upper(),
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


def payslip_fresh6(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """15: a union construction worker's weekly pay statement; 16: an Australian payslip."""
    return (*(payslip_union if t == 15 else payslip_australia)(m), f"t{t}")


CRAFTS = (
    ("Journeyman Electrician", "IBEW Local"),
    ("Carpenter Journeyman", "Carpenters Local"),
    ("Ironworker", "Ironworkers Local"),
    ("Plumber/Pipefitter", "UA Local"),
    ("Operating Engineer", "IUOE Local"),
    ("Laborer Group 2", "Laborers Local"),
)


def payslip_union(m: Maker) -> Layout:
    """A union contractor's weekly pay statement: the job and craft classification with the
    local, the week's hours day by day split into straight time, overtime and double time, the
    earnings at the scale rates, taxes and the union deductions (working dues, vacation fund)
    with year-to-date columns, and the employer's fringe contributions to the funds shown for
    information only."""
    p = make_pay(m)
    craft, local = m.pick(CRAFTS)
    local = f"{local} {m.r.randint(3, 998)}"
    start = p.start - dt.timedelta(days=p.start.weekday())  # a Monday
    end = start + dt.timedelta(days=6)
    paid = end + dt.timedelta(days=m.pick((4, 5)))
    week = max(1, (paid - dt.date(paid.year, 1, 1)).days // 7)
    rate = m.amount(32, 58)
    days = []
    for i in range(7):
        if i < 5:
            worked = m.pick((8.0, 8.0, 8.0, 10.0, 10.0, 0.0))
        else:
            worked = m.pick((0.0, 0.0, 8.0)) if i == 5 else m.pick((0.0, 0.0, 0.0, 6.0))
        st = min(worked, 8.0) if i < 5 else 0.0
        ot = worked - st if i < 6 else 0.0
        dt_ = worked if i == 6 else 0.0
        days.append((start + dt.timedelta(days=i), st, ot, dt_))
    if not any(d[1] for d in days):
        days[0] = (days[0][0], 8.0, 0.0, 0.0)
    st_h = sum(d[1] for d in days)
    ot_h = sum(d[2] for d in days)
    dt_h = sum(d[3] for d in days)
    earnings = [("Straight Time", rate, st_h), ("Overtime 1.5x", round(rate * 1.5, 2), ot_h)]
    earnings += [("Double Time 2.0x", round(rate * 2, 2), dt_h)]
    if m.chance(0.3):
        earnings.append(("Foreman Premium", 3.0, st_h + ot_h + dt_h))
    earnings = [(n, r, h, round(r * h, 2)) for n, r, h in earnings if h]
    gross = round(sum(e[3] for e in earnings), 2)

    def ytd(v: float) -> float:
        return round(v * week * m.r.uniform(0.78, 0.98), 2) if week > 1 else v

    cur_e = [(n, r, h, a, ytd(a)) for n, r, h, a in earnings]
    hours_all = st_h + ot_h + dt_h
    dues = round(gross * m.pick((0.02, 0.03, 0.035)), 2)
    vacation = round(hours_all * m.pick((1.5, 2.0, 2.75)), 2)
    taxable = gross - vacation
    taxes = [
        ("Federal Withholding", round(taxable * m.r.uniform(0.08, 0.16), 2)),
        ("Social Security", round(taxable * 0.062, 2)),
        ("Medicare", round(taxable * 0.0145, 2)),
    ]
    if p.state not in ("TX", "FL", "TN", "WA"):
        taxes.append((f"{p.state} State Tax", round(taxable * m.r.uniform(0.02, 0.05), 2)))
    deds = [("Working Dues", dues), ("Vacation Fund", vacation)]
    if m.chance(0.4):
        deds.append(("Building Fund", float(m.pick((5, 7.5, 10)))))
    rows = [(n, a, ytd(a)) for n, a in taxes + deds]
    taken = round(sum(r[1] for r in rows), 2)
    net = round(gross - taken, 2)
    ytd_gross = round(sum(e[4] for e in cur_e), 2)
    ytd_taken = round(sum(r[2] for r in rows), 2)
    c = Canvas()
    c.text(36, 30, p.company.upper(), fit(p.company.upper(), 340, 13, "F2"), "F2")
    c.text(36, 46, f"{p.c_street}, {p.c_city}   Union Contractor", 7.5)
    c.right(576, 30, "EARNINGS STATEMENT", 11, "F2")
    c.right(576, 44, f"Check No. {m.r.randint(10000, 99999)}", 8)
    facts = (
        ("Employee", p.full.upper()),
        ("Emp #", p.emp_no),
        ("Classification", craft),
        ("Union", local),
        ("Job", f"{m.digits(4)}-{m.pick(('MED CTR', 'SCHOOL ADD', 'DATA CTR', 'BRIDGE'))}"),
    )
    dates = (
        ("Period Start", fmt(start, "%m/%d/%Y")),
        ("Week Ending", fmt(end, "%m/%d/%Y")),
        ("Check Date", fmt(paid, "%m/%d/%Y")),
        ("Scale Rate", f"{rate:.2f}"),
    )
    for i, (label, value) in enumerate(facts):
        c.text(36, 66 + 11 * i, label, 7.5, "F2")
        c.text(110, 66 + 11 * i, value, 8)
    for i, (label, value) in enumerate(dates):
        c.text(380, 66 + 11 * i, label, 7.5, "F2")
        c.right(576, 66 + 11 * i, value, 8)
    top = 130
    c.text(36, top, "HOURS WORKED", 8, "F2")
    xs = [120 + 56 * i for i in range(8)]
    c.line(36, top + 11, 576, top + 11, 0.4)
    for i, (when, *_rest) in enumerate(days):
        c.right(xs[i] + 40, top + 14, f"{when:%a} {when:%m/%d}", 7, "F2")
    c.right(xs[7] + 40, top + 14, "Total", 7, "F2")
    for j, (label, idx) in enumerate((("ST", 1), ("OT 1.5", 2), ("DT 2.0", 3))):
        yy = top + 26 + 10 * j
        c.text(40, yy, label, 7.5, "F2")
        for i, d in enumerate(days):
            c.right(xs[i] + 40, yy, f"{d[idx]:.1f}" if d[idx] else "-", 7.5, "F5")
        c.right(xs[7] + 40, yy, f"{sum(d[idx] for d in days):.1f}", 7.5, "F6")
    top += 66

    def block(x: float, title: str, heads: tuple[str, ...], rows: list[tuple[str, ...]]) -> float:
        c.shade(x, top, 266, 12, 0.82)
        c.text(x + 4, top + 3, title, 7.5, "F2")
        for i, h in enumerate(heads):
            c.right(x + 262 - 52 * (len(heads) - 1 - i), top + 3, h, 7, "F2")
        yy = top + 16
        for row in rows:
            c.text(x + 4, yy, row[0], 7.5)
            for i, s in enumerate(row[1:]):
                c.right(x + 262 - 52 * (len(row) - 2 - i), yy, s, 7.5)
            yy += 10.5
        return yy

    e_rows = [(n, f"{r:.2f}", f"{h:.2f}", f"{a:,.2f}", f"{y:,.2f}") for n, r, h, a, y in cur_e]
    e_rows.append(("GROSS PAY", "", f"{hours_all:.2f}", f"{gross:,.2f}", f"{ytd_gross:,.2f}"))
    y1 = block(36, "EARNINGS", ("Rate", "Hours", "Current", "YTD"), e_rows)
    d_rows = [(n, f"{a:,.2f}", f"{y:,.2f}") for n, a, y in rows]
    d_rows.append(("TOTAL DEDUCTIONS", f"{taken:,.2f}", f"{ytd_taken:,.2f}"))
    y2 = block(310, "TAXES & DEDUCTIONS", ("Current", "YTD"), d_rows)
    y = max(y1, y2) + 10
    c.box(36, y, 540, 26, 1.0)
    c.text(44, y + 8, "NET PAY", 10, "F2")
    c.text(120, y + 8, money(net, "$"), 11, "F2")
    c.text(300, y + 9, f"Direct deposit to account ending {m.digits(4)}", 7.5)
    y += 40
    c.text(36, y, "EMPLOYER FRINGE CONTRIBUTIONS (not deducted from your pay)", 7.5, "F2")
    fringes = (
        ("Health & Welfare", m.amount(9, 14)),
        ("Pension", m.amount(6, 12)),
        ("Annuity", m.amount(3, 8)),
        ("Apprenticeship/Training", m.amount(0.5, 1.2)),
    )
    for i, (name, per) in enumerate(fringes):
        c.text(44, y + 12 + 10 * i, name, 7.5)
        c.right(260, y + 12 + 10 * i, f"{per:.2f}/hr", 7.5)
        c.right(340, y + 12 + 10 * i, f"{round(per * hours_all, 2):,.2f}", 7.5)
    c.text(36, y + 60, "Questions about fund contributions: contact your local's fund office.", 6.5)
    p = replace(p, start=start, end=end, paid=paid)
    truth = pay_truth(p)
    truth |= {
        "EmployeeName/FirstName": p.first,
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": taken,
    }
    return [c], truth


AU_PLACES = (
    ("Sydney", "NSW", 2000),
    ("Newcastle", "NSW", 2300),
    ("Melbourne", "VIC", 3000),
    ("Ballarat", "VIC", 3350),
    ("Brisbane", "QLD", 4000),
    ("Townsville", "QLD", 4810),
    ("Perth", "WA", 6000),
    ("Adelaide", "SA", 5000),
)
SUPER_FUNDS = ("AustralianSuper-like Fund", "Sunrise Super", "Harbour Retirement Trust")


def payslip_australia(m: Maker) -> Layout:
    """An Australian payslip as the Fair Work rules require it: the employer and its ABN, the
    employee and the award classification, the fortnight's pay period and payment date
    (DD/MM/YYYY), hours at the ordinary rate, penalty rates and allowances with this-pay and
    year-to-date columns (the year starting on 1 July), PAYG tax withheld, net pay to a BSB and
    account, the superannuation guarantee paid to the employee's fund, and leave balances."""
    first, middle, last = m.person()
    company = f"{m.pick(COMPANY_A)} {m.pick(('Hospitality', 'Logistics', 'Care Services'))}"
    company += m.pick((" Pty Ltd", " Pty. Ltd."))
    city, state, code = m.pick(AU_PLACES)
    addr = f"{m.r.randint(1, 300)} {m.pick(('Pitt', 'Bourke', 'Ann', 'Murray'))} St, {city} "
    addr += f"{state} {code + m.r.randint(0, 60)}"
    emp_no = m.pick((m.digits(5), f"E{m.digits(4)}"))
    end = m.date(dt.date(2023, 1, 8), 700)
    end += dt.timedelta(days=(6 - end.weekday()) % 7)  # a Sunday
    start = end - dt.timedelta(days=13)
    paid = end + dt.timedelta(days=m.pick((3, 4)))
    fy = dt.date(paid.year if paid.month >= 7 else paid.year - 1, 7, 1)
    periods = max(1, (paid - fy).days // 14 + 1)
    rate = m.amount(26, 48)
    ordinary = m.pick((76.0, 60.0, 45.5, 38.0))
    lines = [("Ordinary Hours", ordinary, rate)]
    if m.chance(0.5):
        lines.append(("Saturday Penalty 125%", m.pick((7.6, 8.0, 15.2)), round(rate * 1.25, 2)))
    if m.chance(0.4):
        lines.append(("Overtime x1.5", m.pick((2.0, 3.5, 4.0)), round(rate * 1.5, 2)))
    if m.chance(0.4):
        lines.append(("Laundry Allowance", 2.0, m.amount(1.2, 6.5)))
    lines = [(n, h, r, round(h * r, 2)) for n, h, r in lines]
    gross = round(sum(x[3] for x in lines), 2)

    def ytd(v: float) -> float:
        return round(v * periods * m.r.uniform(0.9, 1.0), 2) if periods > 1 else v

    y_lines = [(*x, ytd(x[3])) for x in lines]
    payg = round(gross * m.r.uniform(0.12, 0.24), 2)
    deds = [("PAYG Tax Withheld", payg)]
    if m.chance(0.35):
        deds.append(("Union Fees", m.amount(18, 32)))
    if m.chance(0.3):
        deds.append(("Salary Packaging", m.amount(40, 200)))
    y_deds = [(n, a, ytd(a)) for n, a in deds]
    taken = round(sum(a for _, a in deds), 2)
    net = round(gross - taken, 2)
    ytd_gross = round(sum(x[4] for x in y_lines), 2)
    super_rate = 0.11 if paid < dt.date(2024, 7, 1) else 0.115
    c = Canvas(595, 842)
    c.text(40, 40, company, fit(company, 330, 15, "F2"), "F2")
    c.text(40, 58, f"ABN {m.digits(2)} {m.digits(3)} {m.digits(3)} {m.digits(3)}", 8.5)
    c.text(40, 69, addr, 8.5)
    c.right(555, 40, "Payslip", 18, "F2")
    c.right(555, 62, "Pay frequency: Fortnightly", 8.5)
    c.line(40, 86, 555, 86, 1.0)
    name = " ".join(x for x in (first, middle, last) if x)
    left = (
        ("Employee", name),
        ("Employee ID", emp_no),
        (
            "Classification",
            m.pick(
                (
                    "Clerks Award Level 3",
                    "Hospitality Grade 2",
                    "Storeworker Grade 1",
                    "SCHADS Level 2",
                )
            ),
        ),
        ("Employment basis", m.pick(("Full-time", "Part-time", "Casual"))),
        ("Hourly rate", f"${rate:.2f}"),
    )
    right = (
        ("Pay period", f"{fmt(start, '%d/%m/%Y')} to {fmt(end, '%d/%m/%Y')}"),
        ("Payment date", fmt(paid, "%d/%m/%Y")),
        ("Gross pay", money(gross, "$")),
        ("Net pay", money(net, "$")),
    )
    for i, (label, value) in enumerate(left):
        c.text(40, 98 + 13 * i, label, 8.5, "F2")
        c.text(140, 98 + 13 * i, value, 8.5)
    for i, (label, value) in enumerate(right):
        c.text(330, 98 + 13 * i, label, 8.5, "F2")
        c.right(555, 98 + 13 * i, value, 8.5, "F2" if label == "Net pay" else "F1")
    top = 178

    def table(
        top: float,
        title: str,
        heads: tuple[str, ...],
        rows: list[tuple[str, ...]],
        total: tuple[str, ...],
    ) -> float:
        c.shade(40, top, 515, 14, 0.85)
        c.text(44, top + 3.5, title, 8.5, "F2")
        for i, h in enumerate(heads):
            c.right(551 - 75 * (len(heads) - 1 - i), top + 3.5, h, 8, "F2")
        yy = top + 19
        for row in [*rows, total]:
            bold = row is total
            c.text(44, yy, row[0], 8.5, "F2" if bold else "F1")
            for i, s in enumerate(row[1:]):
                c.right(551 - 75 * (len(row) - 2 - i), yy, s, 8.5, "F2" if bold else "F1")
            yy += 13
        c.line(40, yy - 1, 555, yy - 1, 0.3)
        return yy + 12

    e_rows = [
        (n, f"{h:.2f}", f"${r:.4f}" if r < 10 else f"${r:.2f}", f"${a:,.2f}", f"${y:,.2f}")
        for n, h, r, a, y in y_lines
    ]
    y = table(
        top,
        "Earnings",
        ("Hours", "Rate", "This Pay", "YTD"),
        e_rows,
        ("Gross Pay", "", "", f"${gross:,.2f}", f"${ytd_gross:,.2f}"),
    )
    d_rows = [(n, f"${a:,.2f}", f"${yy:,.2f}") for n, a, yy in y_deds]
    y = table(
        y,
        "Tax and Deductions",
        ("This Pay", "YTD"),
        d_rows,
        ("Total Deductions", f"${taken:,.2f}", f"${sum(x[2] for x in y_deds):,.2f}"),
    )
    c.shade(40, y, 515, 20, 0.92)
    c.text(44, y + 6, "NET PAY", 10, "F2")
    c.right(551, y + 6, f"${net:,.2f}", 10, "F2")
    y += 32
    c.text(40, y, "Payment details", 8.5, "F2")
    c.text(
        40,
        y + 13,
        f"{first} {last}  BSB {m.digits(3)}-{m.digits(3)}  Account ******{m.digits(3)}",
        8.5,
    )
    c.right(555, y + 13, f"${net:,.2f}", 8.5)
    y += 36
    sg = round(ordinary * rate * super_rate, 2)
    c.text(40, y, "Superannuation", 8.5, "F2")
    c.text(
        40,
        y + 13,
        f"Superannuation Guarantee ({super_rate * 100:g}%) to {m.pick(SUPER_FUNDS)}"
        f"  Member {m.digits(8)}",
        8.5,
    )
    c.right(480, y + 13, f"${sg:,.2f}", 8.5)
    c.right(555, y + 13, f"${ytd(sg):,.2f}", 8.5)
    y += 36
    c.text(40, y, "Leave balances", 8.5, "F2")
    c.text(40, y + 13, f"Annual Leave  {m.r.uniform(4, 152):.2f} hours", 8.5)
    c.text(240, y + 13, f"Personal/Carer's Leave  {m.r.uniform(4, 76):.2f} hours", 8.5)
    c.text(
        40,
        800,
        "This payslip was issued within one working day of payment, as required "
        "by the Fair Work Act 2009.",
        7,
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


# ---------------------------------------------------------------------------------------------
# Bank statements


def bank_statement_fresh6(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """15: a money-market savings statement with interest detail; 16: a health savings
    account's quarterly statement."""
    fn = statement_money_market if t == 15 else statement_hsa
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


def holder_name(m: Maker) -> str:
    first, middle, last = m.person()
    return f"{first} {middle[:1]} {last}" if middle else f"{first} {last}"


def statement_money_market(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A bank's money-market savings statement: the account summary in a ruled box, an interest
    section (annual percentage yield earned, days in the period, average daily balance, interest
    earned this period and paid year to date) and the tiered rate table in force, then a short
    list of transactions with the interest credit on the last day and a withdrawal-limit
    notice."""
    bank = m.pick(BANKS)
    holder = holder_name(m).upper()
    street, city = m.address()
    raw = m.digits(10)
    account = m.pick((raw, f"XXXXXX{raw[-4:]}", f"{raw[:4]}-{raw[4:]}"))
    acct_type = m.pick(("Money Market Savings", "Premier Money Market", "High Yield Money Market"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    days_n = (end - start).days + 1
    opening = m.amount(2500, 95000)
    tiers = (
        ("$0.00 - $9,999.99", 0.0025),
        ("$10,000.00 - $49,999.99", m.pick((0.0125, 0.015, 0.02))),
        ("$50,000.00 and over", m.pick((0.0325, 0.035, 0.0385))),
    )
    events, running = [], opening
    for d in sorted(m.r.randint(1, days_n - 2) for _ in range(m.r.randint(1, 5))):
        if m.chance(0.55) or running < 600:
            desc = m.pick(("Transfer From Checking", "Deposit", "ACH Credit Payroll"))
            amount = m.amount(100, 6000)
        else:
            desc = m.pick(("Online Transfer To Checking", "Withdrawal - Branch"))
            amount = -m.amount(50, min(4000, running / 3))
        running = round(running + amount, 2)
        events.append((d, desc, amount))
    balance, daily, txns = opening, [], []
    for d in range(days_n):
        for when, desc, amount in events:
            if when == d:
                balance = round(balance + amount, 2)
                txns.append((start + dt.timedelta(days=d), desc, amount, balance))
        daily.append(balance)
    adb = round(sum(daily) / days_n, 2)
    rate = next(
        r
        for limit, r in zip((10000, 50000, 1e12), (t[1] for t in tiers), strict=True)
        if adb < limit
    )
    interest = round(adb * rate * days_n / 365, 2)
    balance = round(balance + interest, 2)
    txns.append((end, "Interest Paid", interest, balance))
    closing = balance
    ytd_interest = round(interest * end.month * m.r.uniform(0.85, 1.05), 2)
    apy = ((1 + interest / adb) ** (365 / days_n) - 1) * 100 if adb else 0.0
    deposits = round(sum(a for _, _, a, _ in txns if a > 0), 2)
    withdrawals = round(-sum(a for _, _, a, _ in txns if a < 0), 2)
    c = Canvas()
    c.text(40, 34, bank, 16, "F4")
    c.text(40, 54, f"P.O. Box {m.r.randint(100, 9999)}, {m.address()[1]}", 7.5)
    c.right(572, 34, acct_type, 11, "F2")
    c.right(572, 50, f"Statement Period {fmt(start, '%m/%d/%Y')} - {fmt(end, '%m/%d/%Y')}", 8.5)
    c.right(572, 62, f"Account Number {account}", 8.5)
    lines_of(c, 60, 100, (holder, street.upper(), city.upper()), 9.5, lead=12)
    c.text(330, 96, "Questions? Call", 7.5, "F2")
    c.text(330, 106, f"{m.phone()}  24 hours a day", 7.5)
    top = 156
    c.box(40, top, 532, 86, 0.8)
    c.shade(40, top, 532, 14, 0.85)
    c.text(46, top + 3.5, "ACCOUNT SUMMARY", 8.5, "F2")
    c.text(316, top + 3.5, "INTEREST SUMMARY", 8.5, "F2")
    c.line(306, top, 306, top + 86, 0.5)
    summary = (
        (labels[0], money(opening, "$")),
        (labels[1], money(deposits, "$")),
        (labels[2], money(withdrawals, "$")),
        (labels[3], money(closing, "$")),
    )
    for i, (label, value) in enumerate(summary):
        bold = "F2" if i in (0, 3) else "F1"
        c.text(46, top + 22 + 15 * i, label, 8.5, bold)
        c.right(298, top + 22 + 15 * i, value, 8.5, bold)
    isum = (
        ("Annual Percentage Yield Earned", f"{apy:.2f}%"),
        ("Days in Statement Period", str(days_n)),
        ("Average Daily Balance", money(adb, "$")),
        ("Interest Earned This Period", money(interest, "$")),
        (f"Interest Paid Year-to-Date {end.year}", money(ytd_interest, "$")),
    )
    for i, (label, value) in enumerate(isum):
        c.text(316, top + 20 + 12.5 * i, label, 8)
        c.right(566, top + 20 + 12.5 * i, value, 8)
    top += 100
    c.text(40, top, "INTEREST RATES IN EFFECT", 8.5, "F2")
    c.text(40, top + 13, "Balance Tier", 7.5, "F2")
    c.right(360, top + 13, "Interest Rate", 7.5, "F2")
    c.right(460, top + 13, "APY", 7.5, "F2")
    for i, (tier, r) in enumerate(tiers):
        yy = top + 25 + 11 * i
        c.text(40, yy, tier, 8)
        c.right(360, yy, f"{r * 100:.3f}%", 8)
        c.right(460, yy, f"{((1 + r / 12) ** 12 - 1) * 100:.2f}%", 8)
    top += 72
    c.text(40, top, "TRANSACTION DETAIL", 8.5, "F2")
    c.line(40, top + 24, 572, top + 24, 0.6)
    for x, h, r in (
        (44, "Date", 0),
        (110, "Description", 0),
        (400, "Withdrawals", 1),
        (480, "Deposits", 1),
        (568, "Balance", 1),
    ):
        (c.right if r else c.text)(x, top + 13, h, 8, "F2")
    y = top + 30
    c.text(44, y, fmt(start, "%m/%d"), 8)
    c.text(110, y, labels[0], 8)
    c.right(568, y, money(opening), 8)
    y += 12
    for when, desc, amount, bal in txns:
        c.text(44, y, fmt(when, "%m/%d"), 8)
        c.text(110, y, desc, 8)
        c.right(400 if amount < 0 else 480, y, money(abs(amount)), 8)
        c.right(568, y, money(bal), 8)
        y += 12
    c.text(110, y + 2, labels[3], 8, "F2")
    c.right(568, y + 2, money(closing), 8, "F2")
    y += 30
    n_out = sum(1 for _, _, a, _ in txns if a < 0)
    _paragraph(
        c,
        40,
        y,
        f"Withdrawals and transfers this period: {n_out} of 6. Rates are variable and may change "
        "after the account is opened. Fees could reduce earnings on the account. Interest is "
        "compounded daily and credited monthly on the collected balance.",
        532,
        7.5,
        "F1",
    )
    c.text(40, 740, "Member FDIC  \xb7  Equal Housing Lender", 7)
    c.right(572, 740, "Page 1 of 1", 7)
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


HSA_MERCHANTS = (
    "WALGREENS-STYLE PHARMACY #{n}",
    "FAMILY DENTAL ASSOC",
    "{city} URGENT CARE",
    "VISION CENTER #{n}",
    "PEDIATRIC ASSOCIATES PC",
    "LAB SERVICES INC",
)


def statement_hsa(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A health savings account custodian's quarterly statement: the account holder and
    employer, the cash account summary in a column of labels, a contribution summary by tax
    year (employee payroll, employer, against the annual limit), the transactions (payroll
    contributions, debit-card distributions at pharmacies and doctors, the monthly fee and
    interest), and the invested balance held apart."""
    bank = m.pick(BANKS)
    holder = holder_name(m)
    street, city = m.address()
    account = m.pick((m.digits(9), f"HSA-{m.digits(7)}", f"XXXXX{m.digits(4)}"))
    employer = m.company()
    year = m.r.randint(2023, 2024)
    q = m.r.randint(0, 3)
    start = dt.date(year, 3 * q + 1, 1)
    end = month_end(dt.date(year, 3 * q + 3, 1))
    family = m.chance(0.4)
    limit = {2023: (3850, 7750), 2024: (4150, 8300)}[year][family]
    opening = m.amount(300, 12000)
    per_ee = m.amount(40, 160)
    per_er = float(m.pick((0, 20, 25, 41.67, 50)))
    events = []
    day = start + dt.timedelta(days=m.r.randint(0, 13))
    while day <= end:
        events.append((day, "Payroll Contribution - Employee", per_ee, "c"))
        if per_er:
            events.append((day, "Employer Contribution", per_er, "c"))
        day += dt.timedelta(days=14)
    for _ in range(m.r.randint(1, 6)):
        when = start + dt.timedelta(days=m.r.randint(0, (end - start).days))
        merchant = m.pick(HSA_MERCHANTS).format(n=m.digits(4), city=city.split(",")[0].upper())
        events.append((when, f"Debit Card - {merchant}", -m.amount(12, 420), "d"))
    for mo in range(3):
        last = month_end(dt.date(year, 3 * q + 1 + mo, 1))
        events.append((last, "Monthly Maintenance Fee", -2.5, "f"))
        events.append((last, "Interest", m.amount(0.05, 4.5), "i"))
    events.sort(key=lambda e: (e[0], e[3]))
    balance, txns = opening, []
    for when, desc, amount, kind in events:
        if amount < 0 and balance + amount < 0:
            continue
        balance = round(balance + amount, 2)
        txns.append((when, desc, amount, kind, balance))
    closing = balance
    contrib = round(sum(x[2] for x in txns if x[3] == "c"), 2)
    distrib = round(-sum(x[2] for x in txns if x[3] == "d"), 2)
    fees = round(-sum(x[2] for x in txns if x[3] == "f"), 2)
    interest = round(sum(x[2] for x in txns if x[3] == "i"), 2)
    ee_ytd = round(per_ee * 26 * (3 * q + 3) / 12 * m.r.uniform(0.95, 1.0), 2)
    er_ytd = round(per_er * 26 * (3 * q + 3) / 12, 2)
    invested = m.pick((0.0, m.amount(1000, 30000)))
    acct_type = "Health Savings Account"

    def head(c: Canvas, first: bool) -> float:
        c.text(40, 34, bank, 14, "F2")
        c.text(40, 51, "Health Savings Account Custodian", 7.5)
        c.right(572, 34, "HSA Quarterly Statement", 11, "F2")
        c.right(572, 49, f"{fmt(start, '%B %d, %Y')} - {fmt(end, '%B %d, %Y')}", 8.5)
        c.right(572, 61, f"Account: {account}", 8.5)
        if not first:
            return 90
        lines_of(c, 60, 96, (holder, street, city), 9.5, lead=12)
        c.text(330, 96, "Account Type", 7.5, "F2")
        c.text(420, 96, acct_type, 8)
        c.text(330, 108, "Employer", 7.5, "F2")
        c.text(420, 108, employer, fit(employer, 150, 8))
        c.text(330, 120, "Coverage", 7.5, "F2")
        c.text(420, 120, "Family" if family else "Self-only", 8)
        top = 150
        c.shade(40, top, 260, 14, 0.85)
        c.text(46, top + 3.5, "CASH ACCOUNT SUMMARY", 8.5, "F2")
        rows = (
            (labels[0], opening),
            (labels[1], contrib),
            (labels[2], distrib),
            ("Fees", fees),
            ("Interest Earned", interest),
            (labels[3], closing),
        )
        for i, (label, value) in enumerate(rows):
            bold = "F2" if label in (labels[0], labels[3]) else "F1"
            c.text(46, top + 20 + 13 * i, label, 8.5, bold)
            c.right(294, top + 20 + 13 * i, money(value, "$"), 8.5, bold)
        c.shade(312, top, 260, 14, 0.85)
        c.text(318, top + 3.5, f"{year} CONTRIBUTION SUMMARY", 8.5, "F2")
        crow = (
            ("Employee contributions YTD", money(ee_ytd, "$")),
            ("Employer contributions YTD", money(er_ytd, "$")),
            ("Total contributions YTD", money(round(ee_ytd + er_ytd, 2), "$")),
            (f"{year} annual limit ({'family' if family else 'self-only'})", money(limit, "$")),
            ("Invested balance", money(invested, "$")),
            ("Total account value", money(round(closing + invested, 2), "$")),
        )
        for i, (label, value) in enumerate(crow):
            c.text(318, top + 20 + 13 * i, label, 8)
            c.right(566, top + 20 + 13 * i, value, 8)
        top += 112
        c.text(40, top, "CASH ACCOUNT ACTIVITY", 9, "F2")
        c.line(40, top + 24, 572, top + 24, 0.6)
        for x, h, r in (
            (44, "Date", 0),
            (110, "Transaction", 0),
            (470, "Amount", 1),
            (568, "Balance", 1),
        ):
            (c.right if r else c.text)(x, top + 13, h, 8, "F2")
        return top + 30

    flow = Flow(head, bottom=730)
    for when, desc, amount, _, bal in txns:
        flow.room(12)
        flow.c.text(44, flow.y, fmt(when, "%m/%d/%Y"), 8)
        flow.c.text(110, flow.y, desc, 8)
        flow.c.right(470, flow.y, f"-{money(-amount)}" if amount < 0 else money(amount), 8)
        flow.c.right(568, flow.y, money(bal), 8)
        flow.y += 12
    flow.room(40)
    flow.c.text(
        40,
        flow.y + 10,
        "Keep your receipts for qualified medical expenses. Distributions "
        "for non-qualified expenses may be taxable and subject to a 20% penalty.",
        7,
    )
    flow.number_pages(572, 760)
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


def w2_fresh6(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """15: a line-printer W-2 with boxes ruled in characters; 16: a W-2 Copy C with the captions
    under the amounts and the notice to employee beside it."""
    return (*(w2_line_printer if t == 15 else w2_copy_c)(m), f"t{t}")


def w2_line_printer(m: Maker) -> Layout:
    """A W-2 from an agency's or school district's mainframe, printed on plain paper by a line
    printer: Courier throughout, the boxes drawn with +, - and | characters, captions in
    capitals abbreviated to fit, amounts without commas, Copy B and Copy C one above the other
    with a row of dashes between them."""
    w = make_w2(m)
    c = Canvas()
    size = 8.0
    cw = 0.6 * size

    def cell(s: str, n: int, right: bool = False) -> str:
        s = s[:n]
        return s.rjust(n) if right else s.ljust(n)

    def copy(top: float, name: str, note: str) -> None:
        rule = "+" + "-" * 40 + "+" + "-" * 22 + "+" + "-" * 22 + "+"
        rows: list[str] = [rule]

        def row(a: str, b: str, c_: str) -> None:
            rows.append(f"|{cell(a, 40)}|{cell(b, 22)}|{cell(c_, 22)}|")

        row(" A EMPLOYEE SSN", " 1 WAGES,TIPS,OTH COMP", " 2 FED INCOME TAX W/H")
        row(f"   {w.ssn}", f"{w.wages:.2f} ".rjust(22), f"{w.fed:.2f} ".rjust(22))
        rows.append(rule)
        row(" B EMPLOYER ID NUMBER (EIN)", " 3 SOC SEC WAGES", " 4 SOC SEC TAX W/H")
        row(f"   {w.ein}", f"{w.ss_wages:.2f} ".rjust(22), f"{w.ss_tax:.2f} ".rjust(22))
        rows.append(rule)
        row(" C EMPLOYER NAME, ADDRESS, ZIP", " 5 MEDICARE WAGES/TIPS", " 6 MEDICARE TAX W/H")
        row(
            f"   {w.employer.upper()}",
            f"{w.med_wages:.2f} ".rjust(22),
            f"{w.med_tax:.2f} ".rjust(22),
        )
        row(f"   {w.er_street.upper()}", "", "")
        row(f"   {w.er_city.upper()}", " 12 CODE/AMOUNT", " 13 RET PLAN")
        codes = [f" {k} {v:.2f}" for k, v in w.codes] or [""]
        row(" D CONTROL NUMBER", codes[0], "    X" if w.k401 else "")
        row(f"   {w.control}", codes[1] if len(codes) > 1 else "", " 14 OTHER")
        row(" E EMPLOYEE NAME", codes[2] if len(codes) > 2 else "", f" {w.other}")
        row(f"   {w.first_init.upper()} {w.last.upper()}", "", "")
        row(f"   {w.ee_street.upper()}", "", "")
        row(f"   {w.ee_city.upper()}", "", "")
        rows.append(rule)
        row(" 15 ST/EMPLOYER STATE ID", " 16 STATE WAGES", " 17 STATE INC TAX")
        row(
            f"   {w.state} {w.state_id}",
            f"{w.wages:.2f} ".rjust(22),
            f"{w.state_tax:.2f} ".rjust(22),
        )
        rows.append(rule)
        c.text(30, top, f"FORM W-2 WAGE AND TAX STATEMENT {w.year}", size, "F6")
        c.text(30 + cw * 50, top, f"{name}  OMB NO. 1545-0008", size, "F5")
        for i, s in enumerate(rows):
            c.text(30, top + 12 + 9.5 * i, s, size, "F5")
        c.text(30, top + 14 + 9.5 * len(rows), note, size, "F5")
        c.text(30 + cw * 62, top + 14 + 9.5 * len(rows), "DEPT OF TREASURY - IRS", size, "F5")

    c.text(
        30,
        24,
        f"RUN {m.digits(4)}  PAGE {m.r.randint(1, 900):>4}  "
        f"{fmt(dt.date(w.year + 1, 1, m.r.randint(8, 28)), '%m/%d/%y')}  PAYROLL SYSTEM "
        f"W2PRT{m.digits(2)}",
        6.5,
        "F5",
    )
    copy(44, "COPY B", "COPY B TO BE FILED WITH EMPLOYEE'S FEDERAL TAX RETURN")
    c.text(20, 400, "-" * 190, 5, "F5")
    copy(416, "COPY C", "COPY C FOR EMPLOYEE'S RECORDS")
    return [c], w2_truth(w)


# Local income taxes by the employer's state: (locality names, rates); other states have none.
LOCALITIES = {
    "OH": (("COLUMBUS", "CITY OF COLUMBUS", "CLEVELAND"), (0.025, 0.02)),
    "PA": (("HARRISBURG EIT", "HBG CITY", "PHILA"), (0.02, 0.0375)),
    "MI": (("LANSING", "DETROIT"), (0.01, 0.024)),
    "NY": (("NYC", "YONKERS"), (0.03876, 0.0161)),
}
NOTICE = (
    "Notice to Employee. Do you have to file? Refer to the Instructions for Forms 1040 and 1040-SR "
    "to determine if you are required to file a tax return. Even if you don't have to file a "
    "tax return, you may be eligible for a refund if box 2 shows an amount or if you are "
    "eligible for any credit. Earned income credit (EIC). You may be able to take the EIC for "
    "the year if your adjusted gross income is less than a certain amount. Clergy and "
    "religious workers. If you aren't subject to social security and Medicare taxes, see "
    "Pub. 517. Corrections. If your name, SSN, or address is incorrect, correct your SSN and "
    "name records with the Social Security Administration and ask your employer to correct "
    "your Form W-2. Credit for excess taxes. If you had more than one employer and more than "
    "the maximum social security tax was withheld, you may be able to claim a credit."
)


def w2_copy_c(m: Maker) -> Layout:
    """Copy C for the employee's records as some laser forms print it: each amount near the top
    of its box and the box's number and caption in small type along the box's bottom edge,
    the state and local boxes 15-20 in one row (local wages, tax and locality filled in where
    the employer's state has local income taxes), and the "Notice to Employee" in a narrow
    column on the right of the form."""
    w = make_w2(m)
    names, rates = LOCALITIES.get(w.state, ((), ()))
    locality = m.pick(names) if names else ""
    local_tax = round(w.med_wages * m.pick(rates), 2) if names else 0.0
    c = Canvas()
    d = Frame(c, 30, 60, 1.0)

    def box(
        x: float,
        y: float,
        bw: float,
        bh: float,
        num: str,
        cap: str,
        value: str = "",
        lines: tuple[str, ...] = (),
        right: bool = True,
    ) -> None:
        d.box(x, y, bw, bh, 0.5)
        d.text(x + 2, y + bh - 8, f"{num} {cap}".strip(), 5.3)
        if value:
            (d.right if right else d.text)(x + bw - 4 if right else x + 4, y + 3, value, 9, "F5")
        for i, s in enumerate(lines):
            d.text(x + 4, y + 3 + 10 * i, s, 8.5, "F5")

    c.text(30, 30, f"{w.year}", 20, "F2")
    c.text(80, 32, "Form W-2 Wage and Tax Statement", 11, "F2")
    c.text(80, 46, "Copy C - For EMPLOYEE'S RECORDS (See Notice to Employee on the right.)", 7)
    box(0, 0, 200, 26, "a", "Employee's social security number", w.ssn, right=False)
    box(200, 0, 190, 26, "", "OMB No. 1545-0008   Safe, accurate, FAST! Use e-file")
    box(0, 26, 200, 26, "b", "Employer identification number (EIN)", w.ein, right=False)
    box(
        0,
        52,
        200,
        62,
        "c",
        "Employer's name, address, and ZIP code",
        lines=(w.employer, w.er_street, w.er_city),
    )
    box(0, 114, 200, 22, "d", "Control number", w.control, right=False)
    box(
        0,
        136,
        200,
        62,
        "e/f",
        "Employee's name, address, and ZIP code",
        lines=(f"{w.first_init} {w.last}", w.ee_street, w.ee_city),
    )
    money_boxes = (
        ("1", "Wages, tips, other compensation", w.wages),
        ("2", "Federal income tax withheld", w.fed),
        ("3", "Social security wages", w.ss_wages),
        ("4", "Social security tax withheld", w.ss_tax),
        ("5", "Medicare wages and tips", w.med_wages),
        ("6", "Medicare tax withheld", w.med_tax),
    )
    for i, (num, cap, value) in enumerate(money_boxes):
        box(200 + 95 * (i % 2), 26 + 26 * (i // 2), 95, 26, num, cap, f"{value:,.2f}")
    box(200, 104, 95, 22, "7", "Social security tips")
    box(295, 104, 95, 22, "8", "Allocated tips")
    box(200, 126, 95, 22, "10", "Dependent care benefits")
    box(295, 126, 95, 22, "11", "Nonqualified plans")
    codes = [f"{k}  {v:,.2f}" for k, v in w.codes]
    box(200, 148, 95, 50, "12", "See instructions for box 12", lines=tuple(codes[:3]))
    box(295, 148, 95, 25, "13", "Retirement plan", "X" if w.k401 else "", right=False)
    box(295, 173, 95, 25, "14", "Other")
    d.text(299, 176, w.other, fit(w.other or "x", 87, 7.5, "F5"), "F5")
    heads = (
        ("15", "State  Employer's state ID", 0, 100),
        ("16", "State wages, tips, etc.", 100, 65),
        ("17", "State income tax", 165, 55),
        ("18", "Local wages, tips, etc.", 220, 65),
        ("19", "Local income tax", 285, 50),
        ("20", "Locality name", 335, 55),
    )
    rows = (
        (
            f"{w.state} {w.state_id}",
            f"{w.wages:,.2f}",
            f"{w.state_tax:,.2f}",
            f"{w.med_wages:,.2f}" if locality else "",
            f"{local_tax:,.2f}" if locality else "",
            locality,
        ),
    )
    for (num, cap, x, bw), value in zip(heads, rows[0], strict=True):
        d.box(x, 198, bw, 30, 0.5)
        d.text(x + 2, 198 + 22, f"{num} {cap}", 4.6)
        d.text(x + 3, 198 + 5, value, fit(value or "x", bw - 5, 7, "F5"), "F5")
    for i, s in enumerate(wrap(NOTICE, 150, 5.6)):
        c.text(430, 60 + 7.2 * i, s, 5.6)
    c.text(30, 300, "Department of the Treasury - Internal Revenue Service", 6.5)
    c.text(30, 312, "This information is being furnished to the Internal Revenue Service.", 6.5)
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Licences


def licence_fresh6(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """15: a new licence on the motor-vehicle department's carrier letter; 16: a licence with
    AAMVA-numbered fields."""
    return (*(licence_carrier if t == 15 else licence_numbered)(m), f"t{t}")


def licence_carrier(m: Maker) -> Layout:
    """The letter a motor-vehicle department mails a new or renewed card on, scanned with the
    card still attached: the department's return address, the driver's mailing address in the
    window position, a short letter, and the card (front) held on the lower half of the page,
    with its labels as short captions and dates as MM/DD/YYYY."""
    d = make_licence(m)
    title = "Commonwealth of" if d.state in COMMONWEALTHS else "State of"
    agency = m.pick(
        (
            "Department of Motor Vehicles",
            "Motor Vehicle Division",
            "Department of Driver Services",
            "Bureau of Motor Vehicles",
        )
    )
    c = Canvas()
    c.text(60, 40, f"{title} {d.state}", 12, "F4")
    c.text(60, 56, agency, 10, "F3")
    c.text(60, 68, f"P.O. Box {m.r.randint(100, 9999)}", 8.5, "F3")
    name = " ".join(x for x in (d.first, d.middle, d.last) if x).upper()
    lines_of(
        c, 90, 130, (name, d.street.upper(), f"{d.city.upper()} {d.abbr} {d.zipcode}"), 10, "F5", 12
    )
    c.right(552, 130, fmt(d.issued, "%B %d, %Y"), 9.5, "F3")
    _paragraph(
        c,
        60,
        200,
        "Your new credential is attached below. Carefully remove it from this letter and "
        "check that the information on it is correct. If anything is wrong, contact us within "
        "30 days. Destroy your old card unless it was returned to you with a hole punched in "
        "it. Carry your credential whenever you drive.",
        490,
        9.5,
        "F3",
    )
    c.text(60, 286, "Renew online before the expiration date shown on your card.", 9.5, "F3")
    k = 1.3
    x0, y0 = 150, 360
    card = Frame(c, x0, y0, k)
    card.box(-6, -6, 264, 171, 0.3)
    card.text(-4, -14 / k, "Attach card here - peel gently", 5, "F1")
    card.box(0, 0, 252, 159, 0.8)
    card.shade(0, 0, 252, 22, 0.8)
    card.text(8, 4, d.state.upper(), fit(d.state.upper(), 150, 11, "F2"), "F2")
    card.right(244, 5, "DRIVER LICENSE", 7, "F2")
    card.right(244, 14, "USA", 5.5, "F2")
    card.shade(8, 30, 62, 78, 0.85)
    card.centre(39, 66, "PHOTO", 5)
    rows = (
        ("DL", d.number, 8.5),
        ("EXP", fmt(d.expires, "%m/%d/%Y"), 7.5),
        ("LN", d.last.upper(), 8),
        ("FN", f"{d.first} {d.middle}".strip().upper(), 7.5),
    )
    y = 28.0
    for label, value, size in rows:
        card.text(78, y + 1.5, label, 4.6, "F2")
        card.text(94, y, value, size, "F2")
        y += size + 3.5
    card.text(78, y, d.street.upper(), 5.5)
    card.text(78, y + 7, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.5)
    pairs = (
        ("DOB", fmt(d.dob, "%m/%d/%Y")),
        ("ISS", fmt(d.issued, "%m/%d/%Y")),
        ("CLASS", d.klass),
        ("SEX", d.sex),
        ("HGT", d.height),
        ("EYES", d.eyes),
        ("RSTR", m.pick(("NONE", "B", "CORR LENS"))),
        ("END", "NONE"),
    )
    for i, (label, value) in enumerate(pairs):
        x, top = 78 + 62 * (i % 2), y + 18 + 9 * (i // 2)
        card.text(x, top + 1, label, 4.4, "F2")
        card.text(x + 16, top, value, 6.3)
    card.text(8, 140, f"DD {m.digits(10)}", 4.5, "F5")
    c.text(60, 720, f"{agency}  \xb7  Customer Service {m.phone()}", 7.5, "F3")
    return [c], licence_truth(d)


def licence_numbered(m: Maker) -> Layout:
    """A horizontal card whose fields carry the AAMVA/ISO field numbers instead of words, as
    many newer US designs do: "4d DLN", "1" family name, "2" given names, "8" address, "3 DOB",
    "4a ISS", "4b EXP", "9 CLASS", "9a END", "12 RESTR", "15 SEX", "16 HGT", "18 EYES", and
    "5 DD"; the state in a dark band with "DRIVER'S LICENSE", a donor heart and "VETERAN"."""
    d = make_licence(m)
    c = Canvas(252, 159)
    c.shade(0, 0, 252, 26, 0.25)
    ink(c, 1.0)
    c.text(8, 4, d.state.upper(), fit(d.state.upper(), 160, 12, "F4"), "F4")
    c.text(8, 17, "DRIVER'S LICENSE", 5.5, "F2")
    c.right(244, 6, "USA", 8, "F2")
    ink(c, 0.0)
    c.shade(8, 32, 60, 76, 0.85)
    c.centre(38, 68, "PHOTO", 5)

    def field(
        x: float, top: float, num: str, value: str, size: float = 6.5, font: str = "F2"
    ) -> None:
        c.text(x, top + 1, num, 4.2, "F1")
        c.text(x + 3.4 * len(num) + 2, top, value, size, font)

    field(74, 30, "4d DLN", d.number, 8.5)
    field(74, 42, "1", d.last.upper(), 8)
    field(74, 52, "2", f"{d.first} {d.middle}".strip().upper(), 7)
    c.text(80, 62, d.street.upper(), 5.2)
    c.text(80, 68.5, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.2)
    c.text(74, 63, "8", 4.2)
    field(74, 78, "3 DOB", fmt(d.dob, "%m/%d/%Y"), 7)
    field(160, 78, "4b EXP", fmt(d.expires, "%m/%d/%Y"), 7)
    field(74, 89, "4a ISS", fmt(d.issued, "%m/%d/%Y"), 6)
    field(160, 89, "9 CLASS", d.klass, 6)
    field(74, 99, "9a END", "NONE", 5.5, "F1")
    field(130, 99, "12 RESTR", m.pick(("NONE", "A", "B")), 5.5, "F1")
    field(74, 108, "15 SEX", d.sex, 5.5, "F1")
    field(112, 108, "16 HGT", d.height, 5.5, "F1")
    field(160, 108, "18 EYES", d.eyes, 5.5, "F1")
    field(206, 108, "19 HAIR", d.hair, 5.5, "F1")
    if m.chance(0.5):
        c.text(8, 112, "DONOR", 5.5, "F2")
    if m.chance(0.3):
        c.text(8, 121, "VETERAN", 5.5, "F2")
    c.text(8, 132, "5 DD", 4.2)
    c.text(24, 131, m.digits(16), 5, "F5")
    c.text(8, 144, fmt(d.dob, "%m%d%y"), 7, "F6")
    barcode(Frame(c), m, 150, 126, 94, 24)
    return [c], licence_truth(d)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC


def form_1099_fresh6(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """15: a 1099 with payment detail (an insurer's interest on delayed claim payments or an
    oil-and-gas operator's royalty statement); 16: a faxed 1099 behind a fax cover sheet."""
    return (*(form_1099_detail if t == 15 else form_1099_fax)(m, variant), f"t{t}")


def form_1099_detail(m: Maker, variant: str) -> Layout:
    """A 1099 backed by the payments it totals. 1099-INT: a life or property insurer reports
    the interest it added to claim or death-benefit payments made late, claim by claim
    (claim number, payment date, principal, days, interest). 1099-MISC: an oil-and-gas
    operator's annual royalty statement, lease by lease (property, decimal interest, gross
    value, severance tax, net), box 2 the gross royalties and box 1 any shut-in or delay
    rentals. The form's summary sits in a box at the top right."""
    f = make_1099(m, variant)
    if variant == "INT":
        payer = f"{m.pick(COMPANY_A)} {m.pick(('Mutual Insurance Company', 'Life Insurance Co.'))}"
        claims = []
        for _ in range(m.r.randint(1, 4)):
            principal = m.amount(2000, 180000)
            days = m.r.randint(12, 160)
            rate = m.pick((0.03, 0.05, 0.08))
            claims.append(
                (
                    f"CL-{m.digits(8)}",
                    m.date(dt.date(int(f.year), 1, 1), 360),
                    principal,
                    days,
                    round(principal * rate * days / 365, 2),
                )
            )
        claims.sort(key=lambda x: x[1])
        values = {"interest_income": round(sum(x[4] for x in claims), 2)}
        if m.chance(0.2):
            values["federal_income_tax_withheld"] = round(values["interest_income"] * 0.24, 2)
    else:
        payer = f"{m.pick(COMPANY_A)} {m.pick(('Energy', 'Oil & Gas', 'Resources', 'Operating'))}"
        payer += f" {m.pick(('LLC', 'Inc.', 'LP'))}"
        leases = []
        for _ in range(m.r.randint(2, 5)):
            name = f"{m.pick(LAST).upper()} {m.pick(('UNIT', 'A', '1H', '2H', 'FEE'))}"
            decimal = round(m.r.uniform(0.0005, 0.03), 8)
            gross_value = m.amount(40000, 900000)
            owner = round(gross_value * decimal, 2)
            sev = round(owner * m.pick((0.046, 0.05, 0.07)), 2)
            leases.append((f"{m.digits(6)}", name, decimal, gross_value, owner, sev))
        values = {"royalties": round(sum(x[4] for x in leases), 2)}
        if m.chance(0.35):
            values["rents"] = float(m.pick((160, 320, 640, 1280)))
        if m.chance(0.15):
            values["federal_income_tax_withheld"] = round(values["royalties"] * 0.24, 2)
    f = replace(f, payer=payer, values=values, account=m.pick((m.digits(6), m.digits(8))))
    c = Canvas()
    c.text(40, 36, f.payer, fit(f.payer, 320, 14, "F2"), "F2")
    c.text(40, 53, f"{f.p_street}, {f.p_city}", 8)
    c.text(40, 63, f"Payer's TIN {f.payer_tin}   {f.p_phone}", 8)
    title = "INTEREST ON CLAIM PAYMENTS" if variant == "INT" else "ANNUAL ROYALTY STATEMENT"
    c.text(40, 84, f"{f.year} {title}", 11, "F2")
    lines_of(c, 60, 120, (f.recipient.upper(), f.r_street.upper(), f.r_city.upper()), 9.5, "F1", 12)
    c.text(60, 160, f"Recipient's TIN {f.recipient_tin}", 8)
    c.text(60, 171, f"{'Policyholder' if variant == 'INT' else 'Owner'} No. {f.account}", 8)
    c.box(340, 96, 232, 100, 1.0)
    c.shade(340, 96, 232, 14, 0.85)
    c.text(346, 99.5, f"Form 1099-{variant}  {f.year}  Copy B", 8.5, "F2")
    y = 116.0
    for num, label, key in f.boxes:
        if key in f.values:
            c.text(346, y, f"Box {num}  {label}", 8)
            c.right(566, y, money(f.values[key], "$"), 8.5, "F2")
            y += 13
    c.text(346, 182, f"OMB No. {f.omb}   This is important tax information", 6)
    top = 214
    c.text(40, top, "PAYMENT DETAIL", 9, "F2")
    c.line(40, top + 24, 572, top + 24, 0.6)
    if variant == "INT":
        heads = (
            (44, "Claim Number", 0),
            (150, "Payment Date", 0),
            (360, "Claim Paid", 1),
            (440, "Days Delayed", 1),
            (568, "Interest", 1),
        )
        rows = [
            (n, fmt(d_, "%m/%d/%Y"), money(p_), str(dd), money(i_)) for n, d_, p_, dd, i_ in claims
        ]
        total = ("Total interest (Box 1)", "", "", "", money(f.values["interest_income"]))
    else:
        heads = (
            (44, "Property", 0),
            (110, "Lease Name", 0),
            (270, "Owner Decimal", 1),
            (360, "Gross Value", 1),
            (440, "Severance Tax", 1),
            (568, "Owner Gross", 1),
        )
        rows = [
            (n, nm, f"{dec:.8f}", money(gv), money(sv), money(ow))
            for n, nm, dec, gv, ow, sv in leases
        ]
        total = ("Total royalties (Box 2)", "", "", "", "", money(f.values["royalties"]))
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 13, h, 7.5, "F2")
    y = top + 30
    for row in [*rows, total]:
        bold = "F2" if row is total else "F1"
        for (x, _, r), s in zip(heads, row, strict=True):
            (c.right if r else c.text)(x, y, s, 8, bold)
        y += 12
    if variant == "MISC" and "rents" in f.values:
        c.text(44, y + 4, "Shut-in / delay rentals (Box 1)", 8)
        c.right(568, y + 4, money(f.values["rents"]), 8)
        y += 16
    y += 16
    note = (
        "Interest was paid because the claims above were settled after the period allowed by "
        "state law. The claim amounts themselves are not reported as income on this form."
        if variant == "INT"
        else "Box 2 reports your gross royalties before severance and production taxes. The "
        "severance taxes shown may be deductible; consult your tax adviser."
    )
    _paragraph(c, 40, y, note, 532, 8, "F1")
    return [c], tax_1099_truth(f, zeros_printed=False)


def form_1099_fax(m: Maker, variant: str) -> Layout:
    """A 1099 as it reaches an accountant by fax: page 1 a fax cover sheet (To, From, Date,
    Pages, Re, a short note), page 2 the form on a compact grid, each page under the fax
    machine's header line with the sender's number and the page count."""
    f = make_1099(m, variant)
    sent = dt.datetime.combine(
        dt.date(int(f.year) + 1, m.r.randint(1, 3), m.r.randint(1, 28)),
        dt.time(m.r.randint(8, 17), m.r.randint(0, 59)),
    )
    fax_from = f"{m.r.randint(201, 989)}-{m.r.randint(200, 999)}-{m.digits(4)}"
    fax_to = f"{m.r.randint(201, 989)}-{m.r.randint(200, 999)}-{m.digits(4)}"
    firm = f"{m.pick(LAST)} & {m.pick(LAST)} CPAs"

    def header(c: Canvas, page: int) -> None:
        c.text(
            20,
            12,
            f"{fmt(sent.date(), '%b-%d-%Y').upper()} {sent:%I:%M%p}  FROM-"
            f"{f.payer.upper()[:26]}  {fax_from}   T-{m.digits(3)}  P.{page:03d}/002  "
            f"F-{m.digits(3)}",
            6.5,
            "F5",
        )

    cover = Canvas()
    header(cover, 1)
    cover.text(60, 60, "FAX", 40, "F2")
    cover.text(60, 104, f.payer, 12, "F2")
    cover.text(60, 120, f"{f.p_street}, {f.p_city}", 9)
    rows = (
        ("To:", firm),
        ("Attn:", f"{m.pick(FIRST)} - tax preparer for {f.recipient}"),
        ("Fax:", fax_to),
        ("From:", " ".join(m.person()[::2])),
        ("Phone:", f.p_phone),
        ("Date:", fmt(sent.date(), "%m/%d/%Y")),
        ("Pages:", "2 (including cover)"),
        ("Re:", f"{f.year} Form 1099-{variant}"),
    )
    for i, (label, value) in enumerate(rows):
        cover.text(60, 160 + 22 * i, label, 11, "F2")
        cover.text(130, 160 + 22 * i, value, 11)
        cover.line(128, 173 + 22 * i, 552, 173 + 22 * i, 0.3)
    _paragraph(
        cover,
        60,
        360,
        f"As requested, attached is the {f.year} Form 1099-{variant} "
        f"issued to your client. The original was mailed to the recipient by January 31. "
        "Please call if you need anything else.",
        490,
        10,
        "F1",
    )
    cover.text(
        60,
        700,
        "CONFIDENTIALITY NOTICE: This facsimile contains confidential tax "
        "information intended only for the addressee.",
        7,
    )
    c = Canvas()
    header(c, 2)
    d = Frame(c, 40, 60, 1.0)
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
    for i, s in enumerate((f.payer, f.p_street, f.p_city, f.p_phone)):
        d.text(6, 24 + 11 * i, s, 8.5)
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
    if f.account:
        d.text(6, 207, f.account, 9)
    y = 0.0
    for num, label, key in f.boxes:
        form_cell(d, 250, y, 150, 31, num, label)
        value = f.values.get(key)
        d.right(396, y + 19, f"$ {value:,.2f}" if value is not None else "$", 8.5)
        y += 31
    form_cell(
        d,
        400,
        0,
        132,
        60,
        "",
        f"OMB No. {f.omb}  Form 1099-{variant} (Rev. {f.revision})  For calendar year {f.year}",
    )
    d.text(406, 70, f.title, 10, "F2")
    d.text(406, 100, "Copy B", 10, "F2")
    d.text(406, 112, "For Recipient", 7)
    d.text(
        0,
        228,
        f"Form 1099-{variant}  (keep for your records)   www.irs.gov/Form1099{variant}"
        "   Department of the Treasury - Internal Revenue Service",
        6.5,
    )
    for i in range(0, 612, 37):  # fax speckle
        c.text(i % 590 + 8, 500 + (i * 7) % 220, ".", 4)
    return [cover, c], tax_1099_truth(f, zeros_printed=False)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh6(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """15: a state or county warrant with its remittance advice; 16: a credit-card convenience
    check under its offer letter."""
    return (*(check_warrant if t == 15 else check_convenience)(m), f"t{t}")


def check_warrant(m: Maker) -> Layout:
    """A government warrant: "STATE OF ..." or "COUNTY OF ..." with the issuing office, WARRANT
    NO. and the fund, "PAYABLE THROUGH" the bank, the amount in words starting "EXACTLY", "VOID
    AFTER 180 DAYS", the controller's facsimile signature; the remittance advice below the
    perforation lists the vouchers paid."""
    q = make_cheque(m, business=True)
    state = m.city()[2]
    office = m.pick(
        (
            (f"STATE OF {state.upper()}", "OFFICE OF THE STATE COMPTROLLER"),
            (f"COUNTY OF {m.pick(LAST).upper()}", "AUDITOR-CONTROLLER"),
            (f"STATE OF {state.upper()}", "DEPARTMENT OF REVENUE"),
        )
    )
    drawer = office[0]
    number = m.digits(8)
    cents = round(q.amount * 100) % 100
    spelled = f"EXACTLY {words(int(q.amount)).upper()} DOLLARS AND {cents:02d} CENTS"
    q = replace(q, drawer=drawer, number=number, memo="")
    fund = f"{m.digits(4)}-{m.digits(3)}"
    c = Canvas()
    top = 30
    c.shade(24, top, 564, 230, 0.94)
    c.box(24, top, 564, 230, 1.0)
    c.centre(306, top + 10, office[0], 13, "F4")
    c.centre(306, top + 27, office[1], 8.5, "F2")
    c.text(40, top + 12, "WARRANT", 11, "F2")
    c.right(572, top + 10, "WARRANT NO.", 6.5, "F2")
    c.right(572, top + 19, number, 11, "F6")
    c.text(40, top + 48, "FUND", 6.5, "F2")
    c.text(40, top + 57, fund, 9, "F5")
    c.text(140, top + 48, "ISSUE DATE", 6.5, "F2")
    c.text(140, top + 57, fmt(q.date, "%m/%d/%Y"), 9, "F5")
    c.text(260, top + 48, "PAYABLE THROUGH", 6.5, "F2")
    c.text(260, top + 57, q.bank, 8.5)
    c.text(260, top + 67, q.bank_city, 7)
    c.right(572, top + 48, "AMOUNT", 6.5, "F2")
    c.right(572, top + 57, f"$****{q.amount:,.2f}", 11, "F6")
    c.text(40, top + 90, spelled, fit(spelled, 520, 9, "F6"), "F6")
    c.line(40, top + 101, 572, top + 101, 0.4)
    c.text(40, top + 116, "PAY TO THE", 6.5, "F2")
    c.text(40, top + 124, "ORDER OF", 6.5, "F2")
    c.text(90, top + 116, q.payee.upper(), 10, "F5")
    c.text(90, top + 128, q.street.upper(), 9, "F5")
    c.text(90, top + 139, q.city.upper(), 9, "F5")
    c.text(40, top + 166, "VOID AFTER 180 DAYS", 8, "F2")
    c.line(360, top + 168, 572, top + 168, 0.5)
    c.text(360, top + 171, f"{office[1].title()} - facsimile signature", 6)
    c.text(100, top + 202, f"C{number}C A{q.routing}A {q.account}C", 11, "F5")
    perforation(c, 276)
    c.text(30, 290, "REMITTANCE ADVICE - DETACH BEFORE DEPOSITING", 8, "F2")
    c.text(30, 304, f"Payee: {q.payee}", 8)
    c.text(330, 304, f"Warrant No. {number}   Date {fmt(q.date, '%m/%d/%Y')}", 8)
    c.line(30, 316, 582, 316, 0.5)
    for x, h, r in (
        (34, "Voucher", 0),
        (110, "Invoice / Reference", 0),
        (300, "Agency", 0),
        (578, "Amount", 1),
    ):
        (c.right if r else c.text)(x, 320, h, 7.5, "F2")
    y = 334
    for part in split(m, q.amount, m.r.randint(1, 5)):
        c.text(34, y, m.digits(7), 8, "F5")
        c.text(
            110,
            y,
            m.pick(
                (
                    f"INV {m.digits(5)}",
                    f"REFUND TY{m.r.randint(2021, 2024)}",
                    f"CONTRACT {m.digits(4)}",
                )
            ),
            8,
        )
        c.text(
            300,
            y,
            m.pick(("DEPT OF TRANSPORTATION", "PUBLIC HEALTH", "PARKS & REC", "TAXATION")),
            8,
        )
        c.right(578, y, f"{part:,.2f}", 8)
        y += 11
    c.right(578, y + 6, f"Total {q.amount:,.2f}", 8, "F2")
    c.text(30, y + 30, f"Questions about this payment: Vendor Payments Unit {m.phone()}", 7.5)
    return [c], cheque_truth(q, spelled)


def check_convenience(m: Maker) -> Layout:
    """The convenience checks a card issuer mails: an offer letter on top (promotional APR,
    the fee, "posted as a balance transfer"), then the check the cardholder filled in by hand
    and sent: the cardholder's printed name, the issuer's bank, the card account ending digits
    in the memo area, the amount in words with "Dollars" and the MICR line."""
    q = make_cheque(m, business=False)
    q = replace(
        q,
        number=str(m.r.randint(1001, 1099)),
        memo=m.pick(("Tuition", "Car repair", "Home improvement", "")),
    )
    spelled = f"{in_words(q.amount)} Dollars"
    apr = m.pick(("0%", "1.99%", "3.99%"))
    c = Canvas()
    c.text(50, 40, q.bank, 14, "F2")
    c.text(50, 58, "Card Services", 8)
    lines_of(c, 80, 100, (q.drawer, q.street, q.city), 10, lead=12)
    c.text(50, 160, f"Dear {q.drawer.split()[0]},", 10)
    _paragraph(
        c,
        50,
        180,
        f"Enjoy a {apr} promotional APR on purchases made with these checks until "
        f"{fmt(q.date + dt.timedelta(days=420), '%B %d, %Y')}. Use them to pay bills, make a "
        "purchase or consolidate balances. A fee of 4% of each check (minimum $10) applies. "
        "Checks are posted to your account as a balance transfer and count against your "
        "available credit.",
        510,
        10,
        "F1",
    )
    c.text(50, 262, f"Card account ending in {m.digits(4)}", 9, "F2")
    c.text(50, 320, "Detach the check below along the perforation.", 7.5)
    perforation(c, 336)
    top = 350
    d = Frame(c, 40, top, 1.0)
    d.box(0, 0, 532, 230, 0.8)
    d.text(12, 10, q.drawer.upper(), 9, "F2")
    d.text(12, 22, "CARD SERVICES CONVENIENCE CHECK", 6, "F2")
    d.centre(266, 10, q.bank, 9, "F2")
    d.centre(266, 22, q.bank_city, 6.5)
    d.right(520, 10, q.number, 11, "F2")
    d.text(350, 48, "DATE", 6.5, "F2")
    d.text(380, 44, fmt(q.date, m.pick(("%m/%d/%Y", "%m/%d/%y"))), 11, "F3")
    d.line(378, 57, 520, 57, 0.4)
    d.text(12, 80, "PAY TO THE", 6.5, "F2")
    d.text(12, 88, "ORDER OF", 6.5, "F2")
    d.text(64, 78, q.payee, 12, "F3")
    d.line(62, 92, 400, 92, 0.4)
    d.box(414, 76, 106, 20, 0.6)
    d.text(420, 80, "$", 10, "F2")
    d.text(432, 80, f"{q.amount:,.2f}", 11, "F3")
    d.text(16, 110, spelled, 11, "F3")
    d.line(12, 124, 470, 124, 0.4)
    d.text(474, 116, "DOLLARS", 6.5, "F2")
    d.text(
        12,
        150,
        "Posted as a balance transfer to your card account. Not valid over your available credit.",
        6,
    )
    d.text(12, 170, "MEMO", 6.5, "F2")
    d.text(44, 166, q.memo, 10, "F3")
    d.line(40, 180, 250, 180, 0.4)
    d.text(300, 160, " ".join(x[:1] + x[1:].lower() for x in q.drawer.split()), 13, "F3")
    d.line(290, 180, 520, 180, 0.4)
    d.text(100, 204, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh6(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """15: a post-office counter receipt; 16: an electronics store's receipt with serial
    numbers and instant savings."""
    return (*(receipt_post_office if t == 15 else receipt_electronics)(m), f"t{t}")


MAIL = (
    ("Priority Mail 2-Day", 8.5, 28.0, True),
    ("Priority Mail Express 1-Day", 30.0, 68.0, True),
    ("Ground Advantage", 5.2, 14.0, True),
    ("First-Class Mail Letter", 0.68, 1.2, False),
    ("Certified Mail Letter", 5.0, 9.0, True),
)
SUPPLIES = (("Bubble Mailer 6x10", 1.69), ("Box 12x12x8", 3.49), ("Packing Tape", 4.99))


def receipt_post_office(m: Maker) -> Layout:
    """A post-office retail counter receipt: the office's name and address, product lines
    (mail class with the destination ZIP code, weight, expected delivery date and a tracking
    number under each), stamps, taxable packing supplies, the subtotal, tax and grand total,
    the debit or credit card with its last digits, and the receipt number."""
    city = m.city()
    office = f"{city[0].upper()} {m.pick(('MAIN', 'DOWNTOWN', 'CARRIER ANNEX'))} POST OFFICE"
    street = m.street().upper()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(8, 17), m.r.randint(0, 59)))
    tape = Tape(240, 7.5, "F5", "F6")
    tape.centre("POSTAL SERVICE", 8, "F6")
    tape.centre(office, fit(office, 210, 8.5, "F6"), "F6")
    tape.centre(street)
    tape.centre(f"{city[0].upper()}, {city[1]} {city[3]}-{m.digits(4)}")
    tape.centre(phone)
    tape.centre(f"{fmt(when.date(), '%m/%d/%Y')}  {when:%I:%M %p}")
    tape.gap()
    tape.row("Product", "Qty   Price", bold=True, size=7)
    tape.rule()
    subtotal_post = 0.0
    for name, lo, hi, tracked in m.r.sample(MAIL, m.r.randint(1, 3)):
        price = m.amount(lo, hi)
        tape.row(name, f"1  {price:>6.2f}", size=7)
        dest = m.city()
        tape.row(f"{dest[0]}, {dest[1]} {dest[3]}", indent=8, size=6.5)
        if tracked:
            tape.row(
                f"Weight: {0 if 'Letter' in name else m.r.randint(0, 6)} lb "
                f"{m.r.uniform(0.5, 3.5 if 'Letter' in name else 15.5):.2f} oz",
                indent=8,
                size=6.5,
            )
            eta = when.date() + dt.timedelta(days=m.r.randint(1, 5))
            tape.row(f"Expected Delivery Date {fmt(eta, '%a %m/%d/%Y')}", indent=8, size=6.5)
            tape.row("Tracking #:", indent=8, size=6.5)
            tape.row(
                f"{m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} "
                f"{m.digits(2)}",
                indent=16,
                size=6.5,
            )
        subtotal_post += price
    if m.chance(0.5):
        qty = m.pick((1, 2))
        tape.row("Flag Forever Booklet", f"{qty}  {13.60 * qty:>6.2f}", size=7)
        tape.row("(20 @ 0.68)", indent=8, size=6.5)
        subtotal_post += qty * 13.60
    taxable = 0.0
    if m.chance(0.6):
        name, price = m.pick(SUPPLIES)
        tape.row(name, f"1  {price:>6.2f} T", size=7)
        taxable += price
    subtotal = round(subtotal_post + taxable, 2)
    tax = round(taxable * m.pick((0.06, 0.07, 0.0825)), 2)
    total = round(subtotal + tax, 2)
    tape.rule()
    tape.row("Subtotal", f"${subtotal:.2f}")
    tape.row("Sales Tax", f"${tax:.2f}")
    tape.row("Grand Total:", f"${total:.2f}", bold=True)
    tape.gap()
    card = m.chance(0.8)
    last4 = m.digits(4)
    if card:
        brand = m.pick(("Debit Card Remitted", "Credit Card Remitted"))
        tape.row(brand, f"${total:.2f}", size=7)
        tape.row(f"Card Name: {m.pick(('VISA', 'MasterCard', 'Discover'))}", indent=8, size=6.5)
        tape.row(f"Account #: XXXXXXXXXXXX{last4}", indent=8, size=6.5)
        tape.row(f"Approval #: {m.digits(6)}", indent=8, size=6.5)
    else:
        paid = float(int(total) + m.pick((1, 5, 10, 20)))
        tape.row("Cash", f"${paid:.2f}", size=7)
        tape.row("Change", f"${paid - total:.2f}", size=7)
    tape.gap()
    tape.centre("Text your tracking number to 28777", 6.5)
    tape.centre("for the latest status.", 6.5)
    tape.gap()
    number = f"{m.digits(3)}-{m.digits(5)}-{m.digits(5)}-{m.digits(3)}"
    tape.row(f"Receipt #: {number}", size=6.8)
    tape.row(f"Clerk: {m.digits(2)}", size=6.8)
    truth: Truth = {
        "merchant_name": office,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": number,
    }
    if card:
        truth["card_last_four_digits"] = last4
    return [tape.page()], truth


GADGETS = (
    ("65IN 4K UHD SMART TV", 449.0, 999.0, True),
    ("WIRELESS NOISE CANC HEADPHONES", 149.0, 349.0, True),
    ("15.6IN LAPTOP 16GB 512GB", 549.0, 1199.0, True),
    ("GAMING CONSOLE 1TB", 399.0, 499.0, True),
    ("HDMI CABLE 6FT", 12.99, 29.99, False),
    ("USB-C CHARGER 65W", 24.99, 59.99, False),
    ("SCREEN PROTECTOR", 9.99, 29.99, False),
    ("SMART WATCH 41MM", 199.0, 429.0, True),
    ("BLUETOOTH SPEAKER", 49.99, 179.99, False),
)


def receipt_electronics(m: Maker) -> Layout:
    """A consumer-electronics chain's receipt in a proportional font: the store number and
    register line, each item with its SKU and model, serial numbers under serialized items,
    instant savings as negative lines, a protection plan line, a state electronic-waste
    recycling fee, the subtotal, tax and total, the card, and the return-by date with a
    barcode of the receipt number."""
    store = m.pick(("MEGAWATT ELECTRONICS", "BYTEWORLD", "SIGNAL & SOUND"))
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(10, 20), m.r.randint(0, 59)))
    store_no = m.digits(4)
    reg = f"{m.r.randint(1, 12):02d}"
    trans = m.digits(4)
    number = f"{store_no} {reg} {trans} {fmt(when.date(), '%m%d%y')}"
    tape = Tape(260, 8, "F1", "F2")
    tape.centre(store, 12, "F2")
    tape.centre(f"Store {store_no}  {street}", 7.5)
    tape.centre(city, 7.5)
    tape.centre(phone, 7.5)
    tape.gap()
    tape.row(f"{fmt(when.date(), '%m/%d/%y')} {when:%H:%M}   REG {reg}   TRANS {trans}", size=7)
    tape.row(f"Sales Associate: {m.pick(FIRST)} {m.digits(4)}", size=7)
    tape.rule()
    lines = []
    fee = 0.0
    for name, lo, hi, serial in m.r.sample(GADGETS, m.r.randint(1, 4)):
        price = round(m.amount(lo, hi) // 1 + 0.99, 2)
        tape.row(f"{m.digits(7)}  {name}"[:40], f"{price:.2f}", size=7)
        lines.append(price)
        if serial:
            sn = "".join(m.pick("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(12))
            tape.row(f"Serial #: {sn}", indent=10, size=6.5)
        if price > 100 and m.chance(0.5):
            save = -float(m.pick((20, 30, 50, 100)))
            tape.row("INSTANT SAVINGS", f"{save:.2f}", indent=10, size=7)
            lines.append(save)
        if "TV" in name or "LAPTOP" in name:
            fee = float(m.pick((4, 5, 6)))
    if m.chance(0.4):
        plan = round(m.amount(29, 199) // 1 + 0.99, 2)
        tape.row(f"{m.digits(7)}  2YR PROTECTION PLAN", f"{plan:.2f}", size=7)
        lines.append(plan)
    if fee:
        tape.row("STATE E-WASTE RECYCLING FEE", f"{fee:.2f}", size=7)
        lines.append(fee)
    subtotal = round(sum(lines), 2)
    rate = m.pick((0.06, 0.0725, 0.0825, 0.08875))
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    tape.rule()
    tape.row("SUBTOTAL", f"{subtotal:,.2f}")
    tape.row(f"SALES TAX {rate * 100:g}%", f"{tax:,.2f}")
    tape.row("TOTAL", f"{total:,.2f}", bold=True, size=10)
    tape.gap()
    last4 = m.digits(4)
    brand = m.pick(("VISA", "MASTERCARD", "AMEX", "STORE CARD"))
    tape.row(f"{brand} ************{last4}", f"{total:,.2f}", size=7.5)
    tape.row(f"CHIP  AUTH: {m.digits(6)}  AID A0000000{m.digits(6)}", size=6.5)
    tape.gap()
    ret = when.date() + dt.timedelta(days=m.pick((15, 30)))
    tape.centre(f"RETURN OR EXCHANGE BY {fmt(ret, '%m/%d/%Y')}", 7.5, "F2")
    tape.centre("Receipt required. Opened items subject to restocking fee.", 6.5)
    y0 = tape.y
    tape.gap(28)
    tape.centre(number, 7.5, "F5")
    page = tape.page()
    barcode(Frame(page), m, 40, y0 + 2, 180, 22)
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
