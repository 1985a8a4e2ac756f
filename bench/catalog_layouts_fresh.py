"""The "fresh" held-out layouts (templates 5 and 6) of the catalog kinds, for
bench/catalog_documents.py.

They were designed blind, from what documents of each kind commonly look like in the world and
not from what the offline extractor handles, so that `--layouts fresh` is an honest test set:
an accounting-package invoice and a freelancer's invoice; a paycheck with two pay stubs and an
online-payroll pay stub; a big-bank statement in sections with a daily-balance table and a
statement with a check-number column and ending daily balances; the W-2 Copy B/C grid two to a
page and a W-2 with an earnings reconciliation; a photocopy of a licence's front and back and a
temporary paper licence; the IRS 1099 grid and a pressure-seal 1099 mailer; a check on the
bottom of a bill-payment page and an online-banking check image; a supermarket receipt with a
loyalty section and a restaurant receipt with a tip line.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from bench.catalog_documents import (
    BANKS,
    COMMONWEALTHS,
    EYES,
    FIRST,
    HAIR,
    INT_BOXES,
    ITEMS,
    MISC_BOXES,
    PRODUCTS,
    SERVICES,
    STORES,
    SUMMARY_LABELS,
    UTILITIES,
    Canvas,
    Maker,
    Truth,
    _paragraph,
    fmt,
    money,
    text_width,
    words,
)

Layout = tuple[list[Canvas], Truth]


# ---------------------------------------------------------------------------------------------
# Drawing helpers


@dataclass
class Frame:
    """A part of a page with its own origin and scale: a card, a check or a form copy drawn on a
    bigger sheet (a photocopy, a check image, two copies of a form on one page)."""

    c: Canvas
    x0: float = 0.0
    y0: float = 0.0
    k: float = 1.0

    def _at(self, x: float, top: float) -> tuple[float, float]:
        return self.x0 + self.k * x, self.y0 + self.k * top

    def text(self, x: float, top: float, s: str, size: float = 10, font: str = "F1") -> None:
        self.c.text(*self._at(x, top), s, self.k * size, font)

    def right(self, x: float, top: float, s: str, size: float = 10, font: str = "F1") -> None:
        self.c.right(*self._at(x, top), s, self.k * size, font)

    def centre(self, x: float, top: float, s: str, size: float = 10, font: str = "F1") -> None:
        self.c.centre(*self._at(x, top), s, self.k * size, font)

    def line(self, x0: float, t0: float, x1: float, t1: float, w: float = 0.6) -> None:
        self.c.line(*self._at(x0, t0), *self._at(x1, t1), w)

    def box(self, x: float, top: float, w: float, h: float, lw: float = 0.6) -> None:
        self.c.box(*self._at(x, top), self.k * w, self.k * h, lw)

    def shade(self, x: float, top: float, w: float, h: float, gray: float = 0.88) -> None:
        self.c.shade(*self._at(x, top), self.k * w, self.k * h, gray)


def wrap(text: str, width: float, size: float, font: str = "F1") -> list[str]:
    """`text` cut at spaces into lines no wider than `width`."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, font) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def label_lines(number: str, label: str, w: float, size: float) -> tuple[float, list[str]]:
    """The indent after a box number and the label's lines in a form box `w` wide."""
    indent = text_width(number, size + 0.5, "F2") + 3 if number else 0.0
    return indent, wrap(label, w - indent - 4, size)


def form_cell(
    d: Frame, x: float, top: float, w: float, h: float, number: str, label: str, size: float = 5.5
) -> None:
    """A ruled form box with its number in bold in the top-left corner and the label beside it,
    wrapped to the box, as on the IRS forms."""
    d.box(x, top, w, h, 0.5)
    if number:
        d.text(x + 2, top + 2, number, size + 0.5, "F2")
    indent, lines = label_lines(number, label, w, size)
    for i, s in enumerate(lines):
        d.text(x + 2 + indent, top + 2 + (size + 1) * i, s, size)


def barcode(d: Frame, m: Maker, x: float, top: float, w: float, h: float) -> None:
    """Dark bars of random widths, standing in for a printed barcode."""
    end = x + w
    while x < end - 3:
        bar = m.pick((0.6, 0.6, 1.2, 1.8))
        d.shade(x, top, bar, h, 0.1)
        x += bar + m.pick((0.6, 1.2, 1.8))


def perforation(c: Canvas, top: float) -> None:
    """A dashed tear line across the page (Courier, so its length is exact)."""
    c.text(20, top, "- " * 95, 5, "F5")


def long_date(d: dt.date) -> str:
    """'March 1, 2024' (no zero-padded day)."""
    return f"{d:%B} {d.day}, {d.year}"


def month_day(d: dt.date) -> str:
    """'3/1', as statements print transaction dates."""
    return f"{d.month}/{d.day}"


class Flow:
    """Pages filled top to bottom: `room(h)` starts a new page, headed by `head(canvas, first)`,
    when the next h points would run past the bottom margin."""

    def __init__(self, head: Callable[[Canvas, bool], float], bottom: float = 730) -> None:
        self.head, self.bottom = head, bottom
        self.pages: list[Canvas] = []
        self.y = 0.0
        self.turn()

    @property
    def c(self) -> Canvas:
        return self.pages[-1]

    def turn(self) -> None:
        self.pages.append(Canvas())
        self.y = self.head(self.c, len(self.pages) == 1)

    def room(self, h: float) -> bool:
        """Make room for h points; True when that took a new page."""
        if self.y + h <= self.bottom:
            return False
        self.turn()
        return True

    def number_pages(self, x: float, top: float) -> None:
        for i, page in enumerate(self.pages):
            page.right(x, top, f"Page {i + 1} of {len(self.pages)}", 7)


class Tape:
    """A receipt roll: lines are queued top to bottom, then drawn on a page cut to their length."""

    def __init__(self, width: float, size: float, font: str, bold: str) -> None:
        self.width, self.size, self.font, self.bold = width, size, font, bold
        self.y = 16.0
        self.queued: list[Callable[[Canvas], None]] = []

    def row(
        self, left: str, right: str = "", bold: bool = False, indent: float = 0, size: float = 0
    ) -> None:
        size = size or self.size
        font, y, w = (self.bold if bold else self.font), self.y, self.width

        def draw(c: Canvas) -> None:
            c.text(12 + indent, y, left, size, font)
            if right:
                c.right(w - 12, y, right, size, font)

        self.queued.append(draw)
        self.y += size + 3.5

    def centre(self, s: str, size: float = 0, font: str = "") -> None:
        size, font, y, w = size or self.size, font or self.font, self.y, self.width
        self.queued.append(lambda c: c.centre(w / 2, y, s, size, font))
        self.y += size + 3.5

    def rule(self) -> None:
        y, w = self.y + 1, self.width
        self.queued.append(lambda c: c.line(12, y, w - 12, y, 0.4))
        self.y += 6

    def gap(self, h: float = 5) -> None:
        self.y += h

    def page(self) -> Canvas:
        c = Canvas(self.width, self.y + 24)
        for draw in self.queued:
            draw(c)
        return c


# ---------------------------------------------------------------------------------------------
# Invoices

# Lines an accounting package bills: (activity, descriptions, unit price range, quantity range,
# taxable). Goods are taxed, labour is not, as in most US states.
BOOK_LINES = (
    ("Hardware", PRODUCTS, (8.0, 420.0), (1, 30), True),
    ("Materials", PRODUCTS, (3.0, 90.0), (2, 60), True),
    ("Labor", SERVICES, (55.0, 145.0), (1, 24), False),
    ("Consulting", SERVICES, (95.0, 225.0), (1, 16), False),
)
TRADES = (
    (
        "Illustration & Design",
        ("Concept sketches", "Logo design", "Brand style guide", "Revisions (2 rounds)"),
    ),
    ("Photography", ("Event coverage", "Photo editing and retouching", "Travel time")),
    ("Web Development", ("Discovery workshop", "Front-end development", "CMS integration")),
    ("Copywriting", ("Website copy, per page", "Blog articles", "Editing and proofreading")),
    ("Translation", ("Translation, per 1,000 words", "Proofreading", "Certified copy")),
)


def invoice_fresh(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """5: an accounting-package invoice; 6: a freelancer's invoice."""
    return (*(invoice_books if t == 5 else invoice_freelance)(m), f"t{t}")


def invoice_books(m: Maker) -> Layout:
    """QuickBooks-like: logo top right, BILL TO / SHIP TO side by side, right-aligned capital
    labels, an ACTIVITY table with taxable lines flagged "T", and a BALANCE DUE box."""
    vendor, receiver = m.company(), m.company()
    v_street, v_city = m.address()
    r_street, r_city = m.address()
    s_street, s_city = (r_street, r_city) if m.chance(0.6) else m.address()
    number = str(m.r.randint(1001, 9999))
    issued = m.date()
    terms, days = m.pick((("Net 15", 15), ("Net 30", 30), ("Net 60", 60), ("Due on receipt", 0)))
    due = issued + dt.timedelta(days=days)
    date_fmt = m.pick(("%m/%d/%Y", "%m/%d/%y", "%b %d, %Y"))
    rate = m.pick((0.06, 0.0625, 0.0725, 0.0825))
    po = m.digits(5) if m.chance(0.7) else ""
    lines = []
    for i in range(m.r.randint(2, 6)):
        activity, source, (low, high), (q0, q1), taxable = (
            BOOK_LINES[0] if i == 0 else m.pick(BOOK_LINES)
        )
        qty, price = m.r.randint(q0, q1), m.amount(low, high)
        served = issued - dt.timedelta(days=m.r.randint(0, 12))
        lines.append((served, activity, m.pick(source), qty, price, round(qty * price, 2), taxable))
    if m.chance(0.4):
        freight = m.amount(15, 140)
        lines.append((issued, "Shipping", "Freight and handling", 1, freight, freight, False))
    subtotal = round(sum(x[5] for x in lines), 2)
    tax = round(sum(x[5] for x in lines if x[6]) * rate, 2)
    total = round(subtotal + tax, 2)
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": receiver,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    c = Canvas()
    c.text(40, 40, vendor, 12, "F2")
    domain = vendor.split()[0].lower()
    for i, s in enumerate((v_street, v_city, m.phone(), f"accounts@{domain}.example")):
        c.text(40, 57 + 11 * i, s, 8.5)
    c.box(492, 36, 80, 50, 1.2)
    c.centre(532, 52, "".join(w[0] for w in vendor.split()[:3]).upper(), 18, "F4")
    c.text(40, 118, "INVOICE", 20)
    c.text(40, 150, "BILL TO", 7.5, "F2")
    c.text(200, 150, "SHIP TO", 7.5, "F2")
    for i, (bill, ship) in enumerate(
        ((receiver, receiver), (r_street, s_street), (r_city, s_city))
    ):
        c.text(40, 162 + 11 * i, bill, 9)
        c.text(200, 162 + 11 * i, ship, 9)
    facts = [("INVOICE #", number), ("DATE", fmt(issued, date_fmt))]
    facts += [("DUE DATE", fmt(due, date_fmt)), ("TERMS", terms)]
    ship_row = m.chance(0.6)
    if po and not ship_row:
        facts.append(("P.O. NUMBER", po))
    for i, (label, value) in enumerate(facts):
        c.right(470, 150 + 12 * i, label, 7.5, "F2")
        c.text(478, 150 + 12 * i, value, 9)
    top = 222.0
    c.line(40, top - 8, 572, top - 8, 0.3)
    if ship_row:
        cells = [
            ("SHIP DATE", fmt(issued, date_fmt)),
            ("SHIP VIA", m.pick(("UPS", "FedEx", "USPS"))),
        ]
        cells.append(("TRACKING NO.", f"1Z{m.digits(6)}{m.digits(8)}"))
        if po:
            cells.append(("P.O. NUMBER", po))
        for i, (label, value) in enumerate(cells):
            c.text(40 + 120 * i, top, label, 7, "F2")
            c.text(40 + 120 * i, top + 10, value, 9)
        top += 36
    c.shade(40, top, 532, 16, 0.82)
    heads = ((44, "DATE", "l"), (104, "ACTIVITY", "l"), (170, "DESCRIPTION", "l"))
    heads += ((395, "QTY", "r"), (455, "RATE", "r"), (548, "AMOUNT", "r"))
    for x, head, align in heads:
        (c.text if align == "l" else c.right)(x, top + 4, head, 7.5, "F2")
    y = top + 24
    for served, activity, desc, qty, price, amount, taxable in lines:
        c.text(44, y, fmt(served, date_fmt), 8)
        c.text(104, y, activity, 8.5, "F2")
        c.text(170, y, desc, 8.5)
        c.right(395, y, str(qty), 8.5)
        c.right(455, y, f"{price:,.2f}", 8.5)
        c.right(548, y, f"{amount:,.2f}", 8.5)
        if taxable:
            c.text(556, y, "T", 8.5)
        y += 20
    c.text(40, y, "." * 150, 6)
    y += 16
    for label, value in (("SUBTOTAL", subtotal), ("TAX", tax), ("TOTAL", total)):
        c.right(455, y, label, 8.5, "F2" if label == "TOTAL" else "F1")
        c.right(548, y, f"{value:,.2f}", 9, "F2" if label == "TOTAL" else "F1")
        y += 14
    c.box(352, y + 6, 220, 34, 1.0)
    c.text(362, y + 18, "BALANCE DUE", 9, "F2")
    c.right(562, y + 15, money(total, "$"), 16, "F2")
    c.text(40, y + 10, "Thank you for your business.", 8.5)
    c.text(
        40, y + 22, f"Pay online at pay.{domain}.example or mail a check to the address above.", 7
    )
    c.text(40, 750, "Page 1 of 1", 7)
    if po:
        truth["PO"] = po
    return [c], truth


def invoice_freelance(m: Maker) -> Layout:
    """FreshBooks-like: the sender's block right-aligned at the top, labels above values in
    columns, the amount due large, and the totals in a small ruled two-column grid."""
    first, _, last = m.person()
    vendor = f"{first} {last}"
    trade, tasks = m.pick(TRADES)
    v_street, v_city = m.address()
    receiver = m.company()
    r_street, r_city = m.address()
    contact = " ".join(m.person()[::2])
    issued = m.date()
    days = m.pick((14, 15, 30))
    due = issued + dt.timedelta(days=days)
    date_fmt = m.pick(("%B %d, %Y", "%m/%d/%Y", "%d %b %Y"))
    serial = m.r.randint(1, 240)
    number = m.pick((f"{serial:07d}", f"INV-{serial:04d}", f"{issued.year}-{serial:03d}"))
    po = m.pick((f"PO-{m.digits(5)}", m.digits(6))) if m.chance(0.5) else ""
    rate = m.pick((0.0, 0.05, 0.0825, 0.1))
    lines = []
    for task in m.r.sample(tasks, m.r.randint(1, len(tasks))):
        price = float(m.r.randint(8, 32) * 5)
        qty = m.pick((1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 10.0, 12.5))
        lines.append((task, price, qty, round(price * qty, 2)))
    subtotal = round(sum(x[3] for x in lines), 2)
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": receiver,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    c = Canvas()
    handle = last.lower().replace("'", "")
    c.right(572, 40, vendor, 16, "F2")
    sender = (trade, v_street, v_city, m.phone(), f"{first.lower()}@{handle}studio.example")
    for i, s in enumerate(sender):
        c.right(572, 62 + 12 * i, s, 8.5)
    c.text(40, 140, "Invoice", 30)
    c.text(40, 200, "Billed To", 8, "F2")
    for i, s in enumerate((receiver, f"Attn: {contact}", r_street, r_city)):
        c.text(40, 212 + 11 * i, s, 9)
    columns = (
        (200, ("Date of Issue", fmt(issued, date_fmt)), ("Due Date", fmt(due, date_fmt))),
        (320, ("Invoice Number", number), ("PO Number", po) if po else ("Terms", f"{days} days")),
    )
    for x, *cells in columns:
        for j, (label, value) in enumerate(cells):
            c.text(x, 200 + 38 * j, label, 8, "F2")
            c.text(x, 212 + 38 * j, value, 9)
    c.right(572, 200, "Amount Due (USD)", 8, "F2")
    c.right(572, 214, money(total, "$"), 22, "F2")
    c.line(40, 282, 572, 282, 2.0)
    for x, head in ((400, "Rate"), (460, "Qty"), (572, "Line Total")):
        c.right(x, 292, head, 8, "F2")
    c.text(40, 292, "Description", 8, "F2")
    y = 312.0
    for task, price, qty, amount in lines:
        c.text(40, y, task, 9, "F2")
        c.text(40, y + 12, m.pick(("As agreed in the project brief", "Hourly", "Fixed fee")), 7)
        c.right(400, y, money(price, "$"), 9)
        c.right(460, y, f"{qty:g}", 9)
        c.right(572, y, money(amount, "$"), 9)
        y += 30
    c.line(40, y, 572, y, 0.4)
    y += 14
    grid = [("Subtotal", subtotal), (f"Tax ({rate * 100:g}%)" if rate else "Tax", tax)]
    grid += [("Total", total), ("Amount Paid", 0.0), ("Amount Due (USD)", total)]
    for i, (label, value) in enumerate(grid):
        top = y + 18 * i
        if label.startswith("Amount Due"):
            c.shade(352, top, 220, 18, 0.9)
        c.box(352, top, 110, 18, 0.4)
        c.box(462, top, 110, 18, 0.4)
        bold = "F2" if label.startswith(("Total", "Amount Due")) else "F1"
        c.text(358, top + 5, label, 8.5, bold)
        c.right(566, top + 5, money(value, "$"), 8.5, bold)
    c.text(40, y, "Notes", 8, "F2")
    after = _paragraph(
        c,
        40,
        y + 12,
        "Thank you for the opportunity to work on this project. It was a pleasure!",
        280,
        8,
        "F1",
    )
    c.text(40, after + 8, "Terms", 8, "F2")
    _paragraph(
        c,
        40,
        after + 20,
        f"Please pay within {days} days by bank transfer or card. A late fee of 1.5% per month "
        "may apply to overdue balances.",
        280,
        8,
        "F1",
    )
    if po:
        truth["PO"] = po
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips

NO_INCOME_TAX = {"TX", "FL", "TN", "WA", "NV", "SD", "WY", "AK", "NH"}


@dataclass
class Pay:
    """One pay period of one employee, with year-to-date figures that add up."""

    company: str
    c_street: str
    c_city: str
    first: str
    middle: str
    last: str
    e_street: str
    e_city: str
    emp_no: str
    start: dt.date
    end: dt.date
    paid: dt.date
    earnings: list[tuple[str, float, float, float, float]]  # (name, rate, hours, current, YTD)
    taxes: list[tuple[str, float, float]]  # (federal/ss/medicare/state, current, YTD)
    deductions: list[tuple[str, bool, float, float]]  # (name, pre-tax, current, YTD)

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def state(self) -> str:
        return self.e_city.split(", ")[1][:2]

    def totals(self) -> tuple[float, float, float, float, float, float]:
        """(gross, YTD gross, deductions, YTD deductions, net, YTD net); taxes count as
        deductions."""
        gross = round(sum(e[3] for e in self.earnings), 2)
        ytd_gross = round(sum(e[4] for e in self.earnings), 2)
        taken = round(sum(x[1] for x in self.taxes) + sum(x[2] for x in self.deductions), 2)
        ytd_taken = round(sum(x[2] for x in self.taxes) + sum(x[3] for x in self.deductions), 2)
        net, ytd_net = round(gross - taken, 2), round(ytd_gross - ytd_taken, 2)
        return gross, ytd_gross, taken, ytd_taken, net, ytd_net


def make_pay(m: Maker) -> Pay:
    company = m.company()
    c_street, c_city = m.address()
    first, middle, last = m.person()
    e_street, e_city = m.address()
    emp_no = m.pick((m.digits(4), m.digits(6), f"{m.pick('ABEKM')}{m.digits(5)}"))
    period = m.pick((7, 14, 14, 15))
    start = m.date(dt.date(2023, 1, 9), 700)
    end = start + dt.timedelta(days=period - 1)
    paid = end + dt.timedelta(days=m.pick((2, 4, 5)))
    periods = max(1, (paid - dt.date(paid.year, 1, 1)).days // period + 1)

    def ytd(current: float) -> float:
        return round(current * periods * m.r.uniform(0.93, 1.0), 2) if periods > 1 else current

    rate = m.amount(15, 72)
    hours = {7: 40.0, 14: 80.0, 15: 86.67}[period]
    earnings = [("Regular", rate, hours, round(rate * hours, 2))]
    if m.chance(0.35):
        ot_hours = m.pick((1.5, 2.5, 4.0, 6.0, 7.25))
        earnings.append(
            ("Overtime", round(rate * 1.5, 2), ot_hours, round(rate * 1.5 * ot_hours, 2))
        )
    gross = sum(e[3] for e in earnings)
    deductions = []
    if m.chance(0.6):
        deductions.append(("401(k)", True, round(gross * m.pick((0.03, 0.05, 0.06)), 2)))
    if m.chance(0.5):
        deductions.append(("Medical", True, m.amount(35, 180)))
    if m.chance(0.3):
        deductions.append(("Dental", True, m.amount(6, 30)))
    if m.chance(0.2):
        deductions.append(("Union Dues", False, m.amount(15, 45)))
    taxable = gross - sum(d[2] for d in deductions if d[1])
    taxes = [
        ("federal", round(taxable * m.r.uniform(0.07, 0.15), 2)),
        ("ss", round(taxable * 0.062, 2)),
        ("medicare", round(taxable * 0.0145, 2)),
    ]
    state = e_city.split(", ")[1][:2]
    if state not in NO_INCOME_TAX:
        taxes.append(("state", round(taxable * m.r.uniform(0.02, 0.055), 2)))
    return Pay(
        company,
        c_street,
        c_city,
        first,
        middle,
        last,
        e_street,
        e_city,
        emp_no,
        start,
        end,
        paid,
        [(n, r, h, cur, ytd(cur)) for n, r, h, cur in earnings],
        [(n, cur, ytd(cur)) for n, cur in taxes],
        [(n, pre, cur, ytd(cur)) for n, pre, cur in deductions],
    )


def pay_truth(p: Pay) -> Truth:
    gross, ytd_gross, taken, _, net, _ = p.totals()
    return {
        "EmployeeName/FirstName": p.first,
        "EmployeeName/LastName": p.last,
        "EmployeeNumber": p.emp_no,
        "PayPeriodStartDate": p.start.isoformat(),
        "PayPeriodEndDate": p.end.isoformat(),
        "PayDate": p.paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": taken,
    }


def payslip_fresh(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """5: a paycheck with two pay stubs; 6: an online-payroll pay stub."""
    return (*(payslip_check_stubs if t == 5 else payslip_online)(m), f"t{t}")


def hours_minutes(hours: float) -> str:
    """80.0 -> '80:00', 86.67 -> '86:40': desktop payroll prints hours as a clock."""
    whole = int(hours)
    return f"{whole}:{round((hours - whole) * 60):02d}"


def in_words(amount: float) -> str:
    cents = round(amount * 100) % 100
    return f"{words(int(amount))} and {cents:02d}/100"


def payslip_check_stubs(m: Maker) -> Layout:
    """Desktop-payroll voucher: the paycheck on top, then the same pay stub twice (employer's
    and employee's copies), earnings and taxes side by side with YTD columns, deductions
    negative, hours as h:mm."""
    p = make_pay(m)
    gross, ytd_gross, taken, _, net, ytd_net = p.totals()
    check_no = str(m.r.randint(1001, 9999))
    bank = m.pick(BANKS)
    ssn = f"***-**-{m.digits(4)}"
    status = m.pick(("Single", "Married"))
    allowances = f"Fed-{m.r.randint(0, 4)}/0/0  {p.state}-{m.r.randint(0, 3)}/0/0"
    c = Canvas()
    c.text(36, 30, p.company, 10, "F2")
    c.text(36, 43, p.c_street, 7.5)
    c.text(36, 52, p.c_city, 7.5)
    c.centre(306, 30, bank, 8, "F2")
    c.centre(306, 41, f"{m.r.randint(10, 99)}-{m.r.randint(100, 999)}/{m.digits(4)}", 6.5)
    c.right(576, 30, check_no, 11, "F2")
    c.text(440, 66, "DATE", 6, "F2")
    c.text(440, 76, fmt(p.paid, "%m/%d/%Y"), 9)
    c.text(512, 66, "AMOUNT", 6, "F2")
    c.right(576, 76, f"**{money(net)}", 9, "F2")
    spelled = in_words(net)
    c.text(36, 76, spelled + "*" * max(0, int((380 - text_width(spelled, 8.5)) / 4.7)), 8.5)
    c.text(36, 100, "PAY TO THE", 6)
    c.text(36, 107, "ORDER OF", 6)
    for i, s in enumerate((p.full, p.e_street, p.e_city)):
        c.text(90, 100 + 12 * i, s, 10 if i == 0 else 8.5)
    c.text(36, 170, "MEMO", 6, "F2")
    c.text(64, 168, f"Pay period {fmt(p.start, '%m/%d')} - {fmt(p.end, '%m/%d')}", 8)
    c.line(360, 176, 576, 176, 0.5)
    c.text(420, 180, "AUTHORIZED SIGNATURE", 5.5)
    c.text(140, 214, f"C{check_no.zfill(6)}C A{m.routing()}A {m.digits(10)}C", 11, "F5")
    for top in (264.0, 528.0):
        perforation(c, top - 10)
        stub = Frame(c, 0, top)
        stub.text(36, 8, p.company, 8, "F2")
        stub.text(200, 8, "Employee Pay Stub", 8, "F2")
        stub.text(300, 8, f"Check number: {check_no}", 7)
        stub.text(378, 8, f"Pay Period: {fmt(p.start, '%m/%d/%Y')} - {fmt(p.end, '%m/%d/%Y')}", 7)
        stub.right(576, 8, f"Pay Date: {fmt(p.paid, '%m/%d/%Y')}", 7)
        people = (
            (36, "Employee", p.full),
            (250, "Employee ID", p.emp_no),
            (320, "SSN", ssn),
            (390, "Status (Fed/State)", f"{status}/{status}"),
            (490, "Allowances/Extra", allowances),
        )
        for x, head, value in people:
            stub.text(x, 24, head, 6.5, "F2")
            stub.text(x, 33, value, 7.5 if x < 490 else 6.5)
        stub.text(36, 43, f"{p.e_street}, {p.e_city}", 7)
        qb_tables(stub, p)
        stub.shade(36, 206, 540, 14, 0.9)
        for i, (label, value) in enumerate(
            (("Gross Pay", gross), ("Total Deductions", taken), ("Net Pay", net))
        ):
            stub.text(44 + 180 * i, 210, label, 7.5, "F2")
            stub.right(200 + 180 * i, 210, f"{value:,.2f}", 8)
        stub.text(325, 228, "Net Pay", 8, "F2")
        stub.right(510, 228, f"{net:,.2f}", 8, "F2")
        stub.right(576, 228, f"{ytd_net:,.2f}", 8, "F2")
        stub.text(36, 228, f"YTD Gross {ytd_gross:,.2f}", 7)
    return [c], pay_truth(p)


def qb_tables(stub: Frame, p: Pay) -> None:
    """The stub's earnings (left) and taxes (right) tables, with the deductions under them."""
    names = {
        "federal": "Federal Withholding",
        "ss": "Social Security Employee",
        "medicare": "Medicare Employee",
        "state": f"{p.state} - Withholding",
    }
    gross, ytd_gross, *_ = p.totals()
    for x, head in ((36, "Earnings and Hours"), (165, "Qty"), (205, "Rate"), (255, "Current")):
        (stub.text if x == 36 else stub.right)(x, 58, head, 7, "F2")
    stub.right(305, 58, "YTD Amount", 7, "F2")
    y = 68.0
    for name, rate, hours, current, ytd in p.earnings:
        stub.text(36, y, f"{name} Pay", 7.5)
        stub.right(165, y, hours_minutes(hours), 7.5)
        stub.right(205, y, f"{rate:.2f}", 7.5)
        stub.right(255, y, f"{current:,.2f}", 7.5)
        stub.right(305, y, f"{ytd:,.2f}", 7.5)
        y += 10
    stub.line(130, y, 305, y, 0.4)
    stub.right(165, y + 3, hours_minutes(sum(e[2] for e in p.earnings)), 7.5, "F2")
    stub.right(255, y + 3, f"{gross:,.2f}", 7.5, "F2")
    stub.right(305, y + 3, f"{ytd_gross:,.2f}", 7.5, "F2")
    stub.text(325, 58, "Taxes", 7, "F2")
    stub.right(510, 58, "Current", 7, "F2")
    stub.right(576, 58, "YTD Amount", 7, "F2")
    for i, (key, current, ytd) in enumerate(p.taxes):
        stub.text(325, 68 + 10 * i, names[key], 7.5)
        stub.right(510, 68 + 10 * i, f"-{current:,.2f}", 7.5)
        stub.right(576, 68 + 10 * i, f"-{ytd:,.2f}", 7.5)
    groups = (
        (36, 255, 305, "Deductions From Gross Pay", [d for d in p.deductions if d[1]]),
        (325, 510, 576, "Adjustments to Net Pay", [d for d in p.deductions if not d[1]]),
    )
    for x, x_current, x_ytd, title, rows in groups:
        if not rows:
            continue
        top = 124.0
        stub.text(x, top, title, 7, "F2")
        stub.right(x_current, top, "Current", 7, "F2")
        stub.right(x_ytd, top, "YTD Amount", 7, "F2")
        for i, (name, _pre, current, ytd) in enumerate(rows):
            stub.text(x, top + 10 + 10 * i, name, 7.5)
            stub.right(x_current, top + 10 + 10 * i, f"-{current:,.2f}", 7.5)
            stub.right(x_ytd, top + 10 + 10 * i, f"-{ytd:,.2f}", 7.5)


def payslip_online(m: Maker) -> Layout:
    """Online-payroll pay stub: three info boxes, the summary first, then earnings, employee
    taxes, deductions and employer taxes (which are not deducted) as separate tables."""
    p = make_pay(m)
    gross, ytd_gross, _, _, net, ytd_net = p.totals()
    truth = pay_truth(p)
    del truth["CurrentTotalDeductions"]  # such stubs split deductions, printing no total
    day = m.pick(("%b %d, %Y", "%m/%d/%Y"))
    c = Canvas()
    c.text(40, 36, p.company, 14, "F2")
    c.right(572, 36, "Pay Stub", 16)
    c.right(572, 56, f"Pay Day: {fmt(p.paid, day)}", 8)
    boxes = (
        ("COMPANY", (p.company, p.c_street, p.c_city)),
        ("EMPLOYEE", (p.full, p.e_street, p.e_city, f"Employee ID: {p.emp_no}")),
        ("PAY PERIOD", (f"{fmt(p.start, day)} - {fmt(p.end, day)}",)),
    )
    for i, (head, rows) in enumerate(boxes):
        x = 40 + 178 * i
        c.box(x, 80, 176, 70, 0.5)
        c.text(x + 6, 85, head, 6.5, "F2")
        for j, s in enumerate(rows):
            c.text(x + 6, 97 + 11 * j, s, 8.5 if j == 0 else 8)
    # the pay day under its own heading, in the pay period's box
    c.text(402, 122, "PAY DAY", 6.5, "F2")
    c.text(402, 134, fmt(p.paid, day), 8.5)
    pre = round(sum(d[2] for d in p.deductions if d[1]), 2)
    post = round(sum(d[2] for d in p.deductions if not d[1]), 2)
    ytd_pre = round(sum(d[3] for d in p.deductions if d[1]), 2)
    ytd_post = round(sum(d[3] for d in p.deductions if not d[1]), 2)
    tax = round(sum(x[1] for x in p.taxes), 2)
    ytd_tax = round(sum(x[2] for x in p.taxes), 2)
    summary = (
        ("Gross Earnings", gross, ytd_gross),
        ("Pre-Tax Deductions/Contributions", pre, ytd_pre),
        ("Taxes", tax, ytd_tax),
        ("Post-Tax Deductions/Contributions", post, ytd_post),
        ("Net Pay", net, ytd_net),
    )
    y = table(c, 170, "Summary", ("Current", "Year-To-Date"), list(summary))
    names = {
        "federal": "Federal Income Tax",
        "ss": "Social Security",
        "medicare": "Medicare",
        "state": f"{p.state} Withholding Tax",
    }
    rows: list[tuple] = [
        (f"{n} Hours", f"${r:.2f}", f"{h:.3f}", cur, ytd) for n, r, h, cur, ytd in p.earnings
    ]
    y = table(
        c, y + 18, "Employee Gross Earnings", ("Rate", "Hours", "Current", "Year-To-Date"), rows
    )
    rows = [(names[k], cur, ytd) for k, cur, ytd in p.taxes]
    y = table(c, y + 18, "Employee Taxes Withheld", ("Current", "Year-To-Date"), rows)
    rows = [
        (n, "Pre-Tax" if pre_tax else "Post-Tax", cur, ytd) for n, pre_tax, cur, ytd in p.deductions
    ]
    rows = rows or [("None", "", 0.0, 0.0)]
    y = table(c, y + 18, "Employee Deductions", ("Type", "Current", "Year-To-Date"), rows)
    futa = round(min(gross, 7000) * 0.006, 2)
    employer = [("FUTA", futa, round(futa * m.r.uniform(1, 3), 2))]
    employer += [(names[k], cur, ytd) for k, cur, ytd in p.taxes if k in ("ss", "medicare")]
    employer.append((f"{p.state} SUTA", round(gross * 0.027, 2), round(ytd_gross * 0.02, 2)))
    y = table(c, y + 18, "Employer Tax", ("Current", "Year-To-Date"), employer)
    c.text(40, y + 22, "Payment Method", 8, "F2")
    c.text(40, y + 34, f"Direct Deposit to Checking ******{m.digits(4)}", 8)
    c.right(572, y + 34, money(net, "$"), 8)
    c.text(40, 752, f"{p.company} - Pay stub for {p.full}", 6.5)
    return [c], truth


def table(c: Canvas, top: float, title: str, heads: tuple[str, ...], rows: list[tuple]) -> float:
    """A shaded title row with right-aligned column heads over label rows; numbers print as
    dollars. Returns the bottom."""
    xs = (572, 480, 400, 320)[: len(heads)][::-1]
    c.shade(40, top, 532, 15, 0.88)
    c.text(44, top + 4, title, 8, "F2")
    for x, head in zip(xs, heads, strict=True):
        c.right(x, top + 4, head, 7.5, "F2")
    y = top + 21
    for label, *cells in rows:
        c.text(44, y, label, 8, "F2" if label == "Net Pay" else "F1")
        for x, cell in zip(xs, cells, strict=True):
            shown = money(cell, "$") if isinstance(cell, int | float) else cell
            c.right(x, y, shown, 8, "F2" if label == "Net Pay" else "F1")
        c.line(40, y + 10, 572, y + 10, 0.2)
        y += 14
    return y


# ---------------------------------------------------------------------------------------------
# Bank statements

# (kind, description, amount range): what moves money on a personal account.
ACTIVITY = (
    ("deposit", "Payroll Direct Dep {company} PPD ID: {n10}", 900, 3800),
    ("deposit", "Mobile Deposit Ref Number: {n9}", 40, 1200),
    ("deposit", "Zelle Payment From {person} {ref}", 15, 400),
    ("card", "Card Purchase {md} {store} Card {card}", 5, 220),
    ("card", "ATM Withdrawal {md} {n4} {street}", 20, 400),
    ("electronic", "{utility} Payment PPD ID: {n10}", 30, 300),
    ("electronic", "Online Transfer To Sav ...{n4} Transaction#: {n9}", 50, 800),
    ("check", "Check # {check}", 40, 1600),
)


@dataclass
class Txn:
    day: dt.date
    kind: str  # deposit, card, electronic, check, fee
    desc: str
    amount: float  # positive
    balance: float
    check: str = ""


@dataclass
class Statement:
    bank: str
    holder: str
    street: str
    city: str
    account: str
    acct_type: str
    start: dt.date
    end: dt.date
    opening: float
    txns: list[Txn]

    @property
    def closing(self) -> float:
        return self.txns[-1].balance if self.txns else self.opening

    def total(self, *kinds: str) -> float:
        return round(sum(x.amount for x in self.txns if x.kind in kinds), 2)


def make_statement(m: Maker) -> Statement:
    bank = m.pick(BANKS)
    first, middle, last = m.person()
    holder = f"{first} {middle[:1]} {last}" if middle else f"{first} {last}"
    holder = holder.upper() if m.chance(0.6) else holder
    street, city = m.address()
    raw = m.digits(m.pick((10, 12, 15)))
    account = m.pick((raw, f"{'*' * 6}{raw[-4:]}", f"XXXXXX{raw[-4:]}"))
    acct_type = m.pick(
        ("Checking", "Everyday Checking", "Premier Checking", "Interest Checking", "Savings")
    )
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    # savings accounts see no cards or checks
    kinds = ("deposit", "electronic") if acct_type == "Savings" else ()
    activity = [a for a in ACTIVITY if not kinds or a[0] in kinds]
    balance = m.amount(200, 12000)
    opening = balance
    check = m.r.randint(1001, 3000)
    txns = []
    for day in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(8, 26))):
        kind, pattern, low, high = m.pick(activity)
        amount = m.amount(low, high)
        if kind != "deposit" and amount > balance:
            kind, pattern, low, high = m.pick(activity[:3])
            amount = m.amount(low, high)
        when = start + dt.timedelta(days=day)
        desc = pattern.format(
            company=m.company().upper()[:16],
            person=f"{m.pick(FIRST)} {m.person()[2]}",
            store=m.pick(STORES)[0].title(),
            utility=m.pick(UTILITIES).title(),
            street=m.street(),
            md=fmt(when - dt.timedelta(days=m.r.randint(0, 2)), "%m/%d"),
            n4=m.digits(4),
            n9=m.digits(9),
            n10=m.digits(10),
            card=m.digits(4),
            ref=f"{m.pick(('JPM', 'BAC', 'WFCT'))}{m.digits(9)}",
            check=check,
        )
        sign = 1 if kind == "deposit" else -1
        balance = round(balance + sign * amount, 2)
        txns.append(Txn(when, kind, desc, amount, balance, str(check) if kind == "check" else ""))
        check += kind == "check"
    if m.chance(0.3) and balance > 15:
        fee = float(m.pick((5, 10, 12, 15)))
        balance = round(balance - fee, 2)
        txns.append(Txn(end, "fee", "Monthly Service Fee", fee, balance))
    return Statement(bank, holder, street, city, account, acct_type, start, end, opening, txns)


def statement_truth(s: Statement, labels: tuple[str, ...]) -> Truth:
    return {
        "bank_name": s.bank,
        "account_holder_name": s.holder,
        "account_number": s.account,
        "account_type": s.acct_type,
        "statement_start_date": s.start.isoformat(),
        "statement_end_date": s.end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": s.opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": s.closing,
    }


def bank_statement_fresh(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """5: a big-bank statement in sections with a daily-balance table; 6: a statement with a
    check-number column and ending daily balances."""
    return (*(statement_sections if t == 5 else statement_daily)(m, SUMMARY_LABELS[t]), f"t{t}")


# (kind, section title, its line in the summary, its total line)
SECTIONS = (
    ("deposit", "DEPOSITS AND ADDITIONS", "Deposits and Additions", "Total Deposits and Additions"),
    ("check", "CHECKS PAID", "Checks Paid", "Total Checks Paid"),
    (
        "card",
        "ATM & DEBIT CARD WITHDRAWALS",
        "ATM & Debit Card Withdrawals",
        "Total ATM & Debit Card Withdrawals",
    ),
    (
        "electronic",
        "ELECTRONIC WITHDRAWALS",
        "Electronic Withdrawals",
        "Total Electronic Withdrawals",
    ),
    ("fee", "FEES", "Fees", "Total Fees"),
)


def statement_sections(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A big bank's statement: a customer-service box, a summary with instance counts, one
    section per kind of transaction with its own total, and a daily ending balance table."""
    s = make_statement(m)
    period = f"{long_date(s.start)} through {long_date(s.end)}"
    account_label = m.pick(("Account Number:", "Primary Account:"))
    phone = m.phone()
    category = "SAVINGS" if s.acct_type == "Savings" else "CHECKING"

    def head(c: Canvas, first: bool) -> float:
        c.text(40, 36, s.bank, 15, "F2")
        c.right(572, 38, period, 8.5)
        c.right(572, 50, f"{account_label} {s.account}", 8.5)
        if not first:
            return 80.0
        c.text(40, 56, f"P.O. Box {m.r.randint(1000, 99999)}", 7.5)
        c.text(40, 65, m.address()[1], 7.5)
        c.box(352, 76, 220, 74, 0.5)
        c.text(358, 80, "CUSTOMER SERVICE INFORMATION", 7, "F2")
        service = (
            ("Web site:", f"www.{s.bank.split()[0].lower()}bank.example"),
            ("Service Center:", phone),
            ("Para Espanol:", m.phone()),
            ("International Calls:", m.phone()),
        )
        for i, (k, v) in enumerate(service):
            c.text(358, 94 + 12 * i, k, 7)
            c.right(566, 94 + 12 * i, v, 7)
        c.text(60, 104, f"{m.digits(8)} DRE 703 {m.digits(3)} {m.digits(5)} NNNNNNNNNNN", 5.5, "F5")
        for i, line in enumerate((s.holder, s.street, s.city)):
            c.text(60, 114 + 12 * i, line, 9)
        c.shade(40, 178, 532, 15, 0.8)
        c.text(44, 182, f"{category} SUMMARY", 8, "F2")
        c.text(200, 182, s.acct_type, 8)
        c.right(430, 200, "INSTANCES", 7, "F2")
        c.right(567, 200, "AMOUNT", 7, "F2")
        rows = [(labels[0], "", money(s.opening, "$"))]
        for kind, _, name, _ in SECTIONS:
            count = sum(x.kind == kind for x in s.txns)
            if count:
                sign = "" if kind == "deposit" else "-"
                rows.append((name, str(count), f"{sign}{s.total(kind):,.2f}"))
        rows.append((labels[3], str(len(s.txns)), money(s.closing, "$")))
        for i, (label, count, amount) in enumerate(rows):
            bold = "F2" if i in (0, len(rows) - 1) else "F1"
            c.text(44, 213 + 12 * i, label, 8, bold)
            c.right(430, 213 + 12 * i, count, 8)
            c.right(567, 213 + 12 * i, amount, 8, bold)
        return 213 + 12 * len(rows) + 20

    flow = Flow(head)
    for kind, title, _, total_label in SECTIONS:
        rows = [x for x in s.txns if x.kind == kind]
        if rows:
            section(flow, kind, title, total_label, rows)
    daily_balances(flow, s)
    flow.number_pages(572, 760)
    for page in flow.pages:
        page.text(40, 760, f"{s.bank} - Member FDIC", 6.5)
    return flow.pages, statement_truth(s, labels)


def section(flow: Flow, kind: str, title: str, total_label: str, rows: list[Txn]) -> None:
    heads = [(44, "DATE", "l"), (100, "DESCRIPTION", "l"), (567, "AMOUNT", "r")]
    if kind == "check":
        heads = [(44, "CHECK NO.", "l"), (110, "DESCRIPTION", "l"), (440, "DATE PAID", "l")]
        heads.append((567, "AMOUNT", "r"))

    def band(more: bool) -> None:
        c = flow.c
        c.shade(40, flow.y, 532, 14, 0.85)
        c.text(44, flow.y + 3, title + (" (continued)" if more else ""), 8, "F2")
        for x, head, align in heads:
            (c.text if align == "l" else c.right)(x, flow.y + 19, head, 7, "F2")
        flow.y += 31

    flow.room(70)
    band(False)
    for x in rows:
        if flow.room(11):
            band(True)
        day = fmt(x.day, "%m/%d")
        if kind == "check":
            cells = (x.check, "", day, f"{x.amount:,.2f}")
        else:
            cells = (day, x.desc, f"{x.amount:,.2f}")
        for (hx, _, align), cell in zip(heads, cells, strict=True):
            (flow.c.text if align == "l" else flow.c.right)(hx, flow.y, cell, 7.5)
        flow.y += 11
    flow.room(16)
    flow.c.line(440, flow.y, 572, flow.y, 0.4)
    flow.c.text(44, flow.y + 4, total_label, 8, "F2")
    flow.c.right(567, flow.y + 4, money(sum(x.amount for x in rows), "$"), 8, "F2")
    flow.y += 30


def daily_balances(flow: Flow, s: Statement) -> None:
    """The balance at the end of each day with activity, in three DATE/AMOUNT column pairs."""
    ends: dict[dt.date, float] = {}
    for x in s.txns:
        ends[x.day] = x.balance
    days = list(ends.items())
    n = math.ceil(len(days) / 3)
    flow.room(40 + 11 * n)
    c = flow.c
    c.shade(40, flow.y, 532, 14, 0.85)
    c.text(44, flow.y + 3, "DAILY ENDING BALANCE", 8, "F2")
    for g in range(3):
        c.text(44 + 180 * g, flow.y + 19, "DATE", 7, "F2")
        c.right(200 + 180 * g, flow.y + 19, "AMOUNT", 7, "F2")
    for i, (day, balance) in enumerate(days):
        g, row = divmod(i, n)
        c.text(44 + 180 * g, flow.y + 31 + 11 * row, fmt(day, "%m/%d"), 7.5)
        c.right(200 + 180 * g, flow.y + 31 + 11 * row, money(balance, "$"), 7.5)
    flow.y += 31 + 11 * n


def statement_daily(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A statement with the account name as its title, a "Questions?" box, an activity summary
    with dates in its labels, and one transaction history whose last column is the ending
    daily balance, printed on a day's last row only."""
    s = make_statement(m)
    routing = m.routing()
    heads = (
        (44, ("Date",), "l"),
        (118, ("Check", "Number"), "r"),
        (126, ("Description",), "l"),
        (440, ("Deposits/", "Additions"), "r"),
        (506, ("Withdrawals/", "Subtractions"), "r"),
        (572, ("Ending daily", "balance"), "r"),
    )

    def head(c: Canvas, first: bool) -> float:
        c.text(40, 36, s.acct_type, 15, "F2")
        c.right(572, 36, s.bank, 12, "F4")
        c.text(40, 56, f"{long_date(s.start)} - {long_date(s.end)}", 9)
        if first:
            c.box(372, 76, 200, 90, 0.5)
            c.text(380, 82, "Questions?", 9, "F2")
            c.text(380, 96, "Available by phone 24 hours a day, 7 days a week:", 6)
            c.text(380, 106, m.phone(), 9, "F2")
            c.text(380, 122, f"Online: {s.bank.split()[0].lower()}.example", 7)
            c.text(380, 134, f"Write: {s.bank}", 7)
            c.text(404, 143, f"P.O. Box {m.r.randint(1000, 9999)}", 7)
            c.text(404, 152, m.address()[1], 7)
            for i, line in enumerate((s.holder, s.street, s.city)):
                c.text(60, 96 + 12 * i, line, 9)
            c.text(40, 190, "Statement period activity summary", 10, "F2")
            summary = (
                (f"{labels[0]} on {month_day(s.start)}", money(s.opening, "$"), "F1"),
                (labels[1], money(s.total("deposit")), "F1"),
                (labels[2], f"- {money(s.total('card', 'electronic', 'check', 'fee'))}", "F1"),
                (f"{labels[3]} on {month_day(s.end)}", money(s.closing, "$"), "F2"),
            )
            for i, (label, value, font) in enumerate(summary):
                c.text(50, 208 + 13 * i, label, 8.5, font)
                c.right(320, 208 + 13 * i, value, 8.5, font)
            c.text(372, 190, f"Account number: {s.account}", 8.5, "F2")
            c.text(372, 204, s.holder, 8)
            c.text(372, 222, "For Direct Deposit use", 7)
            c.text(372, 231, f"Routing Number (RTN): {routing}", 7)
            top = 280.0
            c.text(40, top, "Transaction history", 10, "F2")
        else:
            c.text(372, 56, f"Account number: {s.account}", 8)
            top = 80.0
            c.text(40, top, "Transaction history (continued)", 10, "F2")
        for x, lines, align in heads:
            for j, line in enumerate(lines):
                row = top + 16 + 8 * j + (8 if len(lines) == 1 else 0)
                (c.text if align == "l" else c.right)(x, row, line, 7, "F2")
        c.line(40, top + 34, 572, top + 34, 0.5)
        return top + 40

    flow = Flow(head, bottom=720)
    for i, x in enumerate(s.txns):
        flow.room(11)
        c, y = flow.c, flow.y
        c.text(44, y, month_day(x.day), 7.5)
        c.right(118, y, x.check, 7.5)
        c.text(126, y, "Check" if x.check else x.desc[:58], 7.5)
        c.right(440 if x.kind == "deposit" else 506, y, f"{x.amount:,.2f}", 7.5)
        if i == len(s.txns) - 1 or s.txns[i + 1].day != x.day:
            c.right(572, y, f"{x.balance:,.2f}", 7.5)
        flow.y += 11
    flow.room(60)
    c, y = flow.c, flow.y
    c.text(44, y + 2, f"{labels[3]} on {month_day(s.end)}", 7.5, "F2")
    c.right(572, y + 2, f"{s.closing:,.2f}", 7.5, "F2")
    c.line(380, y + 14, 572, y + 14, 0.4)
    c.text(44, y + 18, "Totals", 7.5, "F2")
    c.right(440, y + 18, money(s.total("deposit"), "$"), 7.5, "F2")
    c.right(506, y + 18, money(s.total("card", "electronic", "check", "fee"), "$"), 7.5, "F2")
    _paragraph(
        c,
        40,
        y + 38,
        "The Ending Daily Balance does not reflect any pending withdrawals or holds on deposited "
        "funds that may have been outstanding on your account when your transactions posted. If "
        "you had insufficient available funds when a transaction posted, fees may have been "
        "assessed.",
        532,
        6.5,
        "F1",
    )
    flow.number_pages(572, 752)
    return flow.pages, statement_truth(s, labels)


# ---------------------------------------------------------------------------------------------
# W-2

SS_WAGE_BASE = {2021: 142800.0, 2022: 147000.0, 2023: 160200.0, 2024: 168600.0}


@dataclass
class W2:
    year: int
    employer: str
    er_street: str
    er_city: str
    first: str
    middle: str
    last: str
    ee_street: str
    ee_city: str
    ssn: str
    ein: str
    control: str
    state_id: str
    gross: float  # before 401(k) and section 125 deductions
    k401: float
    s125: float
    fed: float
    state_tax: float
    codes: list[tuple[str, float]]  # box 12
    other: str  # box 14

    @property
    def first_init(self) -> str:
        return f"{self.first} {self.middle[0]}" if self.middle else self.first

    @property
    def state(self) -> str:
        return self.er_city.split(", ")[1][:2]

    @property
    def wages(self) -> float:
        return round(self.gross - self.k401 - self.s125, 2)

    @property
    def ss_wages(self) -> float:
        return min(round(self.gross - self.s125, 2), SS_WAGE_BASE[self.year])

    @property
    def med_wages(self) -> float:
        return round(self.gross - self.s125, 2)

    @property
    def ss_tax(self) -> float:
        return round(self.ss_wages * 0.062, 2)

    @property
    def med_tax(self) -> float:
        return round(self.med_wages * 0.0145, 2)


def make_w2(m: Maker) -> W2:
    year = m.r.randint(2021, 2024)
    employer = m.company()
    er_street, er_city = m.address()
    first, middle, last = m.person()
    ee_street, ee_city = m.address()
    ssn, ein = m.ssn(), m.ein()
    control = m.pick(("", m.digits(6), f"{m.pick(('A', 'B', 'C'))}{m.digits(4)} {m.digits(3)}"))
    gross = m.amount(22000, 190000)
    k401 = round(gross * m.pick((0.0, 0.03, 0.05, 0.06)), 2)
    s125 = m.amount(600, 3600) if m.chance(0.6) else 0.0
    wages = gross - k401 - s125
    codes = [("D", k401)] if k401 else []
    if m.chance(0.6):
        codes.append(("DD", m.amount(2400, 16000)))
    if m.chance(0.2):
        codes.append(("W", m.amount(300, 3850)))
    other = m.pick(("", f"SDI {m.amount(80, 1400):.2f}", f"UNION DUES {m.amount(200, 900):.2f}"))
    return W2(
        year,
        employer,
        er_street,
        er_city,
        first,
        middle,
        last,
        ee_street,
        ee_city,
        ssn,
        ein,
        control,
        f"{m.digits(3)}-{m.digits(4)}-{m.digits(1)}",
        gross,
        k401,
        s125,
        round(wages * m.r.uniform(0.07, 0.2), 2),
        round(wages * m.r.uniform(0.02, 0.07), 2),
        codes[:4],
        other,
    )


def w2_truth(w: W2) -> Truth:
    return {
        "tax_year": str(w.year),
        "employer_info/employer_name": w.employer,
        "employer_info/ein": w.ein,
        "employee_general_info/ssn": w.ssn,
        "employee_general_info/first_name": w.first_init,
        "employee_general_info/employee_last_name": w.last,
        "federal_wage_info/wages_tips_other_compensation": w.wages,
        "federal_tax_info/federal_income_tax": w.fed,
        "federal_wage_info/social_security_wages": w.ss_wages,
        "federal_tax_info/social_security_tax": w.ss_tax,
        "federal_wage_info/medicare_wages_tips": w.med_wages,
        "federal_tax_info/medicare_tax": w.med_tax,
    }


def w2_fresh(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """5: the official grid, Copy B and Copy C on one page; 6: a payroll provider's W-2 with an
    earnings reconciliation above a compact form."""
    return (*(w2_two_up if t == 5 else w2_reconciled)(m), f"t{t}")


def w2_two_up(m: Maker) -> Layout:
    w = make_w2(m)
    c = Canvas()
    copies = (
        (
            "Copy B-To Be Filed With Employee's FEDERAL Tax Return.",
            "This information is being furnished to the Internal Revenue Service.",
        ),
        (
            "Copy C-For EMPLOYEE'S RECORDS (See Notice to Employee on the back of Copy B.)",
            "This information is being furnished to the IRS. If you are required to file a tax "
            "return, a negligence penalty may be imposed on you if this income is taxable.",
        ),
    )
    locality = m.pick(("", w.er_city.split(",")[0].upper()[:12]))
    for i, (copy, note) in enumerate(copies):
        w2_form(Frame(c, 36, 30 + 384 * i), w, copy, note, locality)
    perforation(c, 392)
    return [c], w2_truth(w)


def w2_form(d: Frame, w: W2, copy: str, note: str, locality: str) -> None:
    """The W-2 grid, 540 points wide: employee's SSN on top, parties on the left, boxes 1-14 in
    pairs on the right, the state and local row, the title under it."""
    value = "F5"
    form_cell(d, 0, 0, 160, 26, "a", "Employee's social security number")
    d.text(8, 13, w.ssn, 9, value)
    d.text(166, 4, "OMB No. 1545-0008", 7, "F2")
    for i, s in enumerate(wrap(note, 200, 5.5)):
        d.text(300, 3 + 6.5 * i, s, 5.5)
    left = (
        ("b", "Employer identification number (EIN)", [w.ein], 24),
        ("c", "Employer's name, address, and ZIP code", [w.employer, w.er_street, w.er_city], 60),
        ("d", "Control number", [w.control], 24),
    )
    y = 26.0
    for number, label, values, h in left:
        form_cell(d, 0, y, 270, h, number, label)
        for i, s in enumerate(values):
            d.text(10, y + 11 + 10 * i, s, 8.5, value)
        y += h
    form_cell(d, 0, y, 270, 88, "e", "Employee's first name and initial")
    d.text(120, y + 2, "Last name", 5.5)
    d.text(240, y + 2, "Suff.", 5.5)
    d.text(10, y + 12, w.first_init, 8.5, value)
    d.text(124, y + 12, w.last, 8.5, value)
    d.text(10, y + 30, w.ee_street, 8.5, value)
    d.text(10, y + 40, w.ee_city, 8.5, value)
    d.text(2, y + 80, "f  Employee's address and ZIP code", 5.5, "F2")
    pairs = (
        (
            ("1", "Wages, tips, other compensation", w.wages),
            ("2", "Federal income tax withheld", w.fed),
        ),
        (
            ("3", "Social security wages", w.ss_wages),
            ("4", "Social security tax withheld", w.ss_tax),
        ),
        (("5", "Medicare wages and tips", w.med_wages), ("6", "Medicare tax withheld", w.med_tax)),
        (("7", "Social security tips", None), ("8", "Allocated tips", None)),
        (("9", "", None), ("10", "Dependent care benefits", None)),
        (("11", "Nonqualified plans", None), ("12a", "See instructions for box 12", None)),
        (("13", "", None), ("12b", "", None)),
        (("14", "Other", None), ("12c", "", None)),
        (("", "", None), ("12d", "", None)),
    )
    y = 26.0
    for row in pairs:
        for j, (number, label, amount) in enumerate(row):
            x = 270 + 135 * j
            form_cell(d, x, y, 135, 22, number, label)
            if number.startswith("12"):
                d.line(x + 26, y + 8, x + 26, y + 22, 0.3)
                d.text(x + 2, y + 8, "Code", 4.5)
                slot = "abcd".index(number[-1])
                if slot < len(w.codes):
                    code, code_amount = w.codes[slot]
                    d.text(x + 6, y + 13.5, code, 8, value)
                    d.right(x + 131, y + 11, f"{code_amount:.2f}", 8.5, value)
            elif amount is not None:
                d.right(x + 131, y + 11, f"{amount:,.2f}", 8.5, value)
        y += 22
    # box 13's check boxes and box 14's text sit inside the cells drawn above
    for k, label in enumerate(("Statutory employee", "Retirement plan", "Third-party sick pay")):
        d.box(290 + 40 * k, 26 + 22 * 6 + 4, 7, 7, 0.4)
        d.text(284 + 40 * k, 26 + 22 * 6 + 13, label, 3.8)
    if w.k401:
        d.text(331.5, 26 + 22 * 6 + 4.5, "X", 7, "F6")
    d.text(282, 26 + 22 * 7 + 10, w.other, 7.5, value)
    y = 26.0 + 22 * 9
    cells = (
        (0, 30, "15", "State"),
        (30, 130, "", "Employer's state ID number"),
        (160, 90, "16", "State wages, tips, etc."),
        (250, 75, "17", "State income tax"),
        (325, 80, "18", "Local wages, tips, etc."),
        (405, 70, "19", "Local income tax"),
        (475, 65, "20", "Locality name"),
    )
    for x, width, number, label in cells:
        form_cell(d, x, y, width, 36, number, label)
        d.line(x, y + 24, x + width, y + 24, 0.2)
    d.text(4, y + 13, w.state, 8.5, value)
    d.text(34, y + 13, w.state_id, 8.5, value)
    d.right(246, y + 13, f"{w.wages:,.2f}", 8.5, value)
    d.right(321, y + 13, f"{w.state_tax:,.2f}", 8.5, value)
    if locality:
        d.right(401, y + 13, f"{w.wages:,.2f}", 8.5, value)
        d.right(471, y + 13, f"{round(w.wages * 0.01, 2):,.2f}", 8.5, value)
        d.text(478, y + 13, locality, 7, value)
    y += 44
    d.text(0, y + 6, "Form", 7)
    d.text(20, y, "W-2", 18, "F2")
    d.text(62, y + 4, "Wage and Tax Statement", 10, "F2")
    d.text(240, y, str(w.year), 18, "F2")
    d.right(540, y + 4, "Department of the Treasury-Internal Revenue Service", 6)
    d.text(0, y + 24, copy, 6.5, "F2")


def w2_reconciled(m: Maker) -> Layout:
    """A payroll provider's W-2: how gross pay became each box's wages, in columns, then the
    employee reference copy of the form with its own label wordings and the notice."""
    w = make_w2(m)
    c = Canvas()
    c.text(36, 30, w.employer, 10, "F2")
    c.text(36, 43, w.er_street, 7.5)
    c.text(36, 52, w.er_city, 7.5)
    c.right(576, 30, f"{w.year} W-2 and EARNINGS SUMMARY", 11, "F2")
    c.shade(36, 66, 540, 50, 0.93)
    c.text(42, 70, "Employee Reference Copy", 9, "F2")
    c.text(42, 82, "Wage and Tax Statement", 8)
    c.right(570, 70, str(w.year), 12, "F2")
    c.right(570, 86, "OMB No. 1545-0008", 6)
    c.text(
        42,
        96,
        "This section is your Earnings Summary: it shows how your W-2 figures were worked out "
        "from your gross pay.",
        6.5,
    )
    c.text(42, 104, "The back of this page has instructions and other general information.", 6.5)
    c.text(
        36, 130, "1. Your Gross Pay was adjusted as follows to produce your W-2 Statement.", 8, "F2"
    )
    heads = (
        ("Wages, Tips, other", "Compensation", "Box 1 of W-2"),
        ("Social Security", "Wages", "Box 3 of W-2"),
        ("Medicare", "Wages", "Box 5 of W-2"),
        ("State Wages,", "Tips, Etc.", "Box 16 of W-2"),
    )
    xs = (300, 390, 480, 570)
    for x, lines in zip(xs, heads, strict=True):
        for j, s in enumerate(lines):
            c.right(x, 146 + 8 * j, s, 6.5, "F2")
    reported = (w.wages, w.ss_wages, w.med_wages, w.wages)
    over_base = round(w.gross - w.s125 - w.ss_wages, 2)
    rows = [
        ("Gross Pay", (w.gross,) * 4),
        ("Less 401(k) (Box 12 D)", (w.k401, 0.0, 0.0, w.k401)),
        ("Less Section 125", (w.s125,) * 4),
        ("Less Wages Over Limit", (0.0, over_base, 0.0, 0.0)),
        ("Reported W-2 Wages", reported),
    ]
    y = 178.0
    for label, values in rows:
        if label not in ("Gross Pay", "Reported W-2 Wages") and not any(values):
            continue
        bold = "F2" if label.startswith("Reported") else "F1"
        c.text(42, y, label, 8, bold)
        for x, v in zip(xs, values, strict=True):
            c.right(x, y, f"{v:,.2f}" if v else "-", 8, bold)
        y += 12
    c.text(36, y + 12, "2. Employee Name and Address", 8, "F2")
    for i, s in enumerate((f"{w.first_init} {w.last}".upper(), w.ee_street, w.ee_city)):
        c.text(48, y + 25 + 11 * i, s, 8.5)
    reference_copy(Frame(c, 36, 330), w)
    notice = (
        "Notice to Employee. Do you have to file? Refer to the instructions for your income tax "
        "return to find out whether you must file. Even if you do not have to file, you should "
        "file to get a refund if box 2 shows an amount or if you are eligible for a credit. "
        "Keep this copy for your records. You may need it if you have to prove the amount of "
        "your earnings, for example when you apply for a loan or for benefits. Corrections: if "
        "your name, social security number or address is incorrect, ask your employer to "
        "correct your employment record and to issue a corrected form. Clergy and religious "
        "workers: if you are not subject to social security and Medicare taxes, see the "
        "instructions for your tax return."
    )
    lines = wrap(notice, 255, 6.5)
    half = (len(lines) + 1) // 2
    for i, s in enumerate(lines):
        c.text(36 + 285 * (i // half), 590 + 9 * (i % half), s, 6.5)
    return [c], w2_truth(w)


def reference_copy(d: Frame, w: W2) -> None:
    value = "F5"
    form_cell(d, 0, 0, 270, 50, "c", "Employer's name, address, and ZIP code")
    for i, s in enumerate((w.employer, w.er_street, w.er_city)):
        d.text(8, 10 + 10 * i, s, 8, value)
    form_cell(d, 0, 50, 135, 24, "b", "Employer's FED ID number")
    d.text(8, 61, w.ein, 8, value)
    form_cell(d, 135, 50, 135, 24, "a", "Employee's SSA number")
    d.text(143, 61, w.ssn, 8, value)
    form_cell(d, 0, 74, 270, 24, "d", "Control number")
    for x, head in ((120, "Dept."), (160, "Corp."), (200, "Employer use only")):
        d.text(x, 76, head, 5)
    d.text(8, 85, w.control, 8, value)
    form_cell(d, 0, 98, 270, 56, "e/f", "Employee's name, address, and ZIP code")
    name = f"{w.first_init} {w.last}".upper()
    for i, s in enumerate((name, w.ee_street.upper(), w.ee_city.upper())):
        d.text(8, 110 + 10 * i, s, 8, value)
    boxes = (
        ("1", "Wages, tips, other comp.", w.wages),
        ("2", "Federal income tax withheld", w.fed),
        ("3", "Social security wages", w.ss_wages),
        ("4", "Social security tax withheld", w.ss_tax),
        ("5", "Medicare wages and tips", w.med_wages),
        ("6", "Medicare tax withheld", w.med_tax),
        ("7", "Social security tips", None),
        ("8", "Allocated tips", None),
        ("9", "", None),
        ("10", "Dependent care benefits", None),
        ("11", "Nonqualified plans", None),
        ("12", "See instructions for box 12", None),
    )
    for i, (number, label, amount) in enumerate(boxes):
        x, y = 270 + 135 * (i % 2), 22.0 * (i // 2)
        form_cell(d, x, y, 135, 22, number, label)
        if amount is not None:
            d.right(x + 131, y + 11, f"{amount:,.2f}", 8, value)
    for i, (code, amount) in enumerate(w.codes[:2]):
        d.text(420 + 60 * i, 121, code, 7, value)
        d.right(470 + 60 * i, 121, f"{amount:.2f}", 7, value)
    form_cell(d, 270, 132, 135, 22, "14", "Other")
    d.text(276, 142, w.other, 7, value)
    form_cell(d, 405, 132, 135, 22, "13", "Stat emp.  Ret. plan  3rd party sick pay")
    if w.k401:
        d.text(452, 142, "X", 8, "F6")
    y = 154.0
    cells = (
        (0, 135, "15", "State  Employer's state ID no."),
        (135, 100, "16", "State wages, tips, etc."),
        (235, 90, "17", "State income tax"),
        (325, 80, "18", "Local wages, tips, etc."),
        (405, 70, "19", "Local income tax"),
        (475, 65, "20", "Locality name"),
    )
    for x, width, number, label in cells:
        form_cell(d, x, y, width, 26, number, label)
    d.text(6, y + 13, f"{w.state}  {w.state_id}", 8, value)
    d.right(231, y + 13, f"{w.wages:,.2f}", 8, value)
    d.right(321, y + 13, f"{w.state_tax:,.2f}", 8, value)
    d.text(0, y + 34, f"W-2 Wage and Tax Statement {w.year}", 9, "F2")
    d.text(200, y + 36, "OMB No. 1545-0008", 6)
    d.right(540, y + 36, "Copy C for EMPLOYEE'S RECORDS.", 7, "F2")


# ---------------------------------------------------------------------------------------------
# Driver licences


@dataclass
class Licence:
    first: str
    middle: str
    last: str
    street: str
    city: str
    abbr: str
    state: str
    zipcode: str
    number: str
    klass: str
    sex: str
    height: str
    weight: str
    eyes: str
    hair: str
    dob: dt.date
    issued: dt.date
    expires: dt.date


def make_licence(m: Maker) -> Licence:
    first, middle, last = m.person()
    city, abbr, state, zipcode = m.city()
    dob = m.date(dt.date(1950, 1, 1), 18000)
    issued = m.date(dt.date(2019, 1, 1), 1800)
    expires = dt.date(issued.year + m.pick((4, 5, 6, 8)), dob.month, min(dob.day, 28))
    letter = chr(65 + m.r.randint(0, 25))
    number = m.pick(
        (
            f"{letter}{m.digits(7)}",
            m.digits(9),
            f"{m.digits(2)} {m.digits(3)} {m.digits(3)}",
            f"{letter}{m.digits(3)}-{m.digits(3)}-{m.digits(2)}-{m.digits(3)}-{m.digits(1)}",
        )
    )
    return Licence(
        first,
        middle,
        last,
        m.street(),
        city,
        abbr,
        state,
        zipcode,
        number,
        m.pick(("C", "D", "A", "M", "E")),
        m.pick(("M", "F")),
        f"{m.r.randint(4, 6)}'-{m.r.randint(0, 11):02d}\"",
        f"{m.r.randint(105, 265)} lb",
        m.pick(EYES),
        m.pick(HAIR),
        dob,
        issued,
        expires,
    )


def licence_truth(d: Licence) -> Truth:
    return {
        "NAME_DETAILS/FIRST_NAME": d.first,
        "NAME_DETAILS/LAST_NAME": d.last,
        "ID_NUMBER": d.number,
        "DATE_OF_BIRTH": d.dob.isoformat(),
        "EXPIRATION_DATE": d.expires.isoformat(),
        "DATE_OF_ISSUE": d.issued.isoformat(),
        "STATE_NAME": d.state,
        "CLASS": d.klass,
        "PERSONAL_DETAILS/SEX": d.sex,
    }


def licence_fresh(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """5: a photocopy of a card's front and back on a letter page; 6: a temporary paper
    licence."""
    return (*(licence_photocopy if t == 5 else licence_temporary)(m), f"t{t}")


def licence_photocopy(m: Maker) -> Layout:
    """Front and back of a card, enlarged, as people copy them for a landlord or an employer:
    labels with colons, the surname and given names on lines of their own."""
    d = make_licence(m)
    date_fmt = m.pick(("%m/%d/%Y", "%m-%d-%Y"))
    number_label = m.pick(("DL:", "LIC#", "DLN:"))
    restrictions = m.pick(("NONE", "A", "B", "CORRECTIVE LENSES"))
    c = Canvas()
    front = Frame(c, 124, 70, 1.5)
    front.box(0, 0, 243, 153, 0.8)
    front.shade(0, 0, 243, 26, 0.82)
    front.text(8, 6, d.state, 12, "F4")
    front.right(235, 6, "DRIVER LICENSE", 7, "F2")
    front.right(235, 15, "USA", 6, "F2")
    front.shade(8, 32, 66, 84, 0.9)
    front.box(8, 32, 66, 84, 0.4)
    front.text(82, 32, f"{number_label} {d.number}", 9, "F2")
    front.text(82, 45, f"CLASS: {d.klass}", 7)
    front.text(150, 45, "END: NONE", 7)
    front.text(82, 57, d.last.upper(), 9, "F2")
    front.text(82, 68, f"{d.first} {d.middle}".strip().upper(), 8.5)
    front.text(82, 80, d.street.upper(), 6.5)
    front.text(82, 88, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 6.5)
    front.text(82, 100, f"DOB: {fmt(d.dob, date_fmt)}", 8, "F2")
    front.text(82, 112, f"ISS: {fmt(d.issued, date_fmt)}", 7)
    front.text(160, 111, f"EXP: {fmt(d.expires, date_fmt)}", 8, "F2")
    front.text(82, 124, f"SEX: {d.sex}   HGT: {d.height}   EYES: {d.eyes}", 6.5)
    front.line(8, 136, 74, 136, 0.4)
    front.text(8, 139, "SIGNATURE", 4.5)
    front.box(206, 124, 28, 24, 0.3)
    front.text(82, 140, f"DD: {m.digits(12)}", 5, "F5")
    back = Frame(c, 124, 340, 1.5)
    back.box(0, 0, 243, 153, 0.8)
    barcode(back, m, 12, 12, 219, 40)
    back.text(12, 60, f"RESTRICTIONS: {restrictions}", 6.5, "F2")
    back.text(12, 69, "ENDORSEMENTS: NONE", 6.5, "F2")
    back.text(
        12,
        82,
        f"CLASS {d.klass}: any single vehicle under 26,001 lbs. not carrying hazardous materials.",
        5,
    )
    if m.chance(0.5):
        back.text(12, 94, "ORGAN DONOR", 6, "F2")
    back.text(12, 112, "If found, drop in any mailbox. Return postage guaranteed.", 5.5)
    back.text(12, 120, f"{d.state.upper()} DEPARTMENT OF MOTOR VEHICLES", 5.5)
    back.text(12, 138, f"Audit {m.digits(8)}", 5, "F5")
    return [c], licence_truth(d)


def licence_temporary(m: Maker) -> Layout:
    """A temporary licence printed at the counter: a ruled grid of capitalised labels over
    typed values, and a separate valid-until date for the paper itself."""
    d = make_licence(m)
    date_fmt = m.pick(("%m/%d/%Y", "%m-%d-%Y"))
    title = "COMMONWEALTH OF" if d.state in COMMONWEALTHS else "STATE OF"
    agency = m.pick(
        (
            "DEPARTMENT OF MOTOR VEHICLES",
            "DEPARTMENT OF REVENUE - MOTOR VEHICLE DIVISION",
            "DEPARTMENT OF PUBLIC SAFETY - DRIVER LICENSE DIVISION",
        )
    )
    c = Canvas()
    c.centre(306, 40, f"{title} {d.state.upper()}", 11, "F2")
    c.centre(306, 56, agency, 8)
    c.centre(306, 76, "TEMPORARY DRIVER LICENSE", 16, "F2")
    _paragraph(
        c,
        40,
        106,
        "This document is your temporary driving privilege. Your permanent license card will be "
        "mailed to the address below. Carry this document while driving, together with your "
        "previous license or another photo identification.",
        532,
        8,
        "F1",
    )
    valid = d.issued + dt.timedelta(days=m.pick((30, 45, 60)))
    rows = (
        (
            ("NAME (LAST, FIRST, MIDDLE)", f"{d.last}, {d.first} {d.middle}".strip().upper(), 360),
            ("LICENSE NUMBER", d.number, 172),
        ),
        (("MAILING ADDRESS", f"{d.street}, {d.city}, {d.abbr} {d.zipcode}".upper(), 532),),
        (
            ("DATE OF BIRTH", fmt(d.dob, date_fmt), 110),
            ("SEX", d.sex, 50),
            ("HEIGHT", d.height, 70),
            ("WEIGHT", d.weight, 70),
            ("EYES", d.eyes, 60),
            ("HAIR", d.hair, 60),
            ("CLASS", d.klass, 112),
        ),
        (
            ("ENDORSEMENTS", "NONE", 133),
            ("RESTRICTIONS", m.pick(("NONE", "B", "CORR LENS")), 133),
            ("ISSUE DATE", fmt(d.issued, date_fmt), 133),
            ("LICENSE EXPIRES", fmt(d.expires, date_fmt), 133),
        ),
        (
            ("TEMPORARY LICENSE VALID THROUGH", fmt(valid, date_fmt), 266),
            ("OFFICE", f"{d.city.upper()} #{m.r.randint(100, 999)}", 133),
            ("TRANSACTION NO.", m.digits(10), 133),
        ),
    )
    y = 150.0
    for row in rows:
        x = 40.0
        for label, value, width in row:
            c.box(x, y, width, 32, 0.5)
            c.text(x + 4, y + 3, label, 6, "F2")
            c.text(x + 6, y + 15, value, 10, "F5")
            x += width
        y += 32
    c.text(40, y + 40, "X", 12, "F2")
    c.line(54, y + 50, 300, y + 50, 0.5)
    c.text(54, y + 54, "SIGNATURE OF LICENSEE", 6)
    c.text(340, y + 30, "NOT VALID WITHOUT", 7, "F2")
    c.text(340, y + 40, "PHOTO IDENTIFICATION", 7, "F2")
    perforation(c, y + 90)
    c.text(40, y + 104, "RECEIPT FOR FEES PAID", 8, "F2")
    fee = float(m.pick((25, 30, 32, 48)))
    c.text(40, y + 118, "License renewal", 8)
    c.right(300, y + 118, money(fee, "$"), 8)
    c.text(40, y + 130, "Total paid", 8, "F2")
    c.right(300, y + 130, money(fee, "$"), 8, "F2")
    barcode(Frame(c), m, 340, y + 112, 200, 26)
    c.text(360, y + 142, m.digits(14), 7, "F5")
    return [c], licence_truth(d)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC

# The middle column of the IRS forms row by row: (box, label, schema key); "" is a box that is
# not scored, "[]" a check box.
INT_GRID = (
    (("", "Payer's RIN (optional)", ""),),
    (("1", "Interest income", "interest_income"),),
    (("2", "Early withdrawal penalty", "early_withdrawal_penalty"),),
    (
        (
            "3",
            "Interest on U.S. Savings Bonds and Treasury obligations",
            "interest_on_us_savings_bonds_and_treasury",
        ),
    ),
    (
        ("4", "Federal income tax withheld", "federal_income_tax_withheld"),
        ("5", "Investment expenses", "investment_expenses"),
    ),
    (
        ("6", "Foreign tax paid", "foreign_tax_paid"),
        ("7", "Foreign country or U.S. possession", ""),
    ),
    (
        ("8", "Tax-exempt interest", "tax_exempt_interest"),
        ("9", "Specified private activity bond interest", ""),
    ),
    (("10", "Market discount", ""), ("11", "Bond premium", "")),
    (
        ("12", "Bond premium on Treasury obligations", ""),
        ("13", "Bond premium on tax-exempt bond", ""),
    ),
    (("14", "Tax-exempt and tax credit bond CUSIP no.", ""),),
    (("15", "State", ""), ("16", "State identification no.", ""), ("17", "State tax withheld", "")),
)
MISC_GRID = (
    (("1", "Rents", "rents"),),
    (("2", "Royalties", "royalties"),),
    (
        ("3", "Other income", "other_income"),
        ("4", "Federal income tax withheld", "federal_income_tax_withheld"),
    ),
    (
        ("5", "Fishing boat proceeds", "fishing_boat_proceeds"),
        ("6", "Medical and health care payments", "medical_and_health_care_payments"),
    ),
    (
        (
            "7",
            "Payer made direct sales totaling $5,000 or more of consumer products to recipient "
            "for resale",
            "[]",
        ),
        ("8", "Substitute payments in lieu of dividends or interest", ""),
    ),
    (
        ("9", "Crop insurance proceeds", ""),
        ("10", "Gross proceeds paid to an attorney", "gross_proceeds_paid_to_attorney"),
    ),
    (("11", "Fish purchased for resale", ""), ("12", "Section 409A deferrals", "")),
    (("13", "FATCA filing requirement", "[]"), ("14", "Excess golden parachute payments", "")),
    (("15", "Nonqualified deferred compensation", ""),),
    (
        ("16", "State tax withheld", ""),
        ("17", "State/Payer's state no.", ""),
        ("18", "State income", ""),
    ),
)
INSTRUCTIONS = {
    "common": (
        "Recipient's taxpayer identification number (TIN). For your protection, this form may "
        "show only the last four digits of your TIN. However, the payer has reported your "
        "complete TIN to the IRS.",
        "Account number. May show an account or other unique number the payer assigned to "
        "distinguish your account.",
    ),
    "INT": (
        "Box 1. Shows taxable interest paid to you during the calendar year by the payer. This "
        "does not include interest shown in box 3.",
        "Box 2. Shows interest or principal forfeited because of early withdrawal of time "
        "savings. You may deduct this amount to figure your adjusted gross income.",
        "Box 3. Shows interest on U.S. Savings Bonds, Treasury bills, Treasury bonds, and "
        "Treasury notes. This may or may not all be taxable.",
        "Box 4. Shows backup withholding. Generally, a payer must backup withhold if you did not "
        "furnish your TIN or did not furnish the correct TIN.",
        "Box 6. Shows foreign tax paid. You may be able to claim this tax as a deduction or a "
        "credit on your income tax return.",
        "Box 8. Shows tax-exempt interest paid to you during the calendar year by the payer.",
    ),
    "MISC": (
        "Box 1. Report rents from real estate on Schedule E. However, report rents on Schedule C "
        "if you provided significant services to the tenant.",
        "Box 2. Report royalties from oil, gas, or mineral properties, copyrights, and patents "
        "on Schedule E.",
        "Box 3. Generally, report this amount on the Other income line of Schedule 1 and "
        "identify the payment.",
        "Box 4. Shows backup withholding. Include this amount on your income tax return as tax "
        "withheld.",
        "Box 10. Shows gross proceeds paid to an attorney in connection with legal services.",
    ),
}


# The revision printed on each tax year's 1099-INT and 1099-MISC.
REVISIONS = {"2021": "January 2022", "2022": "January 2022", "2023": "January 2022"}


@dataclass
class Tax1099:
    variant: str
    year: str
    payer: str
    p_street: str
    p_city: str
    p_phone: str
    recipient: str
    r_street: str
    r_city: str
    payer_tin: str
    recipient_tin: str
    account: str
    values: dict[str, float]

    @property
    def title(self) -> str:
        return "Interest Income" if self.variant == "INT" else "Miscellaneous Information"

    @property
    def omb(self) -> str:
        return "1545-0112" if self.variant == "INT" else "1545-0115"

    @property
    def revision(self) -> str:
        return REVISIONS.get(self.year, "January 2024")

    @property
    def boxes(self) -> tuple[tuple[str, str, str], ...]:
        return INT_BOXES if self.variant == "INT" else MISC_BOXES


def make_1099(m: Maker, variant: str) -> Tax1099:
    year = str(m.r.randint(2021, 2024))
    payer = m.pick(BANKS) if variant == "INT" else m.company()
    p_street, p_city = m.address()
    first, middle, last = m.person()
    recipient = f"{first} {middle[:1]} {last}" if middle else f"{first} {last}"
    r_street, r_city = m.address()
    account = m.pick((m.digits(10), f"{m.digits(3)}-{m.digits(7)}", ""))
    if variant == "INT":
        values = {"interest_income": m.amount(11, 9000)}
        for key, low, high, p in (
            ("early_withdrawal_penalty", 5, 90, 0.25),
            ("interest_on_us_savings_bonds_and_treasury", 10, 800, 0.2),
            ("tax_exempt_interest", 10, 1500, 0.15),
        ):
            if m.chance(p):
                values[key] = m.amount(low, high)
        if m.chance(0.25):
            values["federal_income_tax_withheld"] = round(values["interest_income"] * 0.24, 2)
    else:
        keys = ["rents", "royalties", "other_income", "medical_and_health_care_payments"]
        keys.append("gross_proceeds_paid_to_attorney")
        values = {key: m.amount(600, 48000) for key in m.r.sample(keys, m.r.randint(1, 2))}
        if m.chance(0.3):
            values["federal_income_tax_withheld"] = round(sum(values.values()) * 0.24, 2)
    return Tax1099(
        variant,
        year,
        payer,
        p_street,
        p_city,
        m.phone(),
        recipient,
        r_street,
        r_city,
        m.ein(),
        m.ssn(),
        account,
        values,
    )


def tax_1099_truth(f: Tax1099, zeros_printed: bool) -> Truth:
    """Boxes without an amount are scored as 0.0 where the layout prints 0.00, else not at all."""
    truth: Truth = {
        "tax_year": f.year,
        "payer/name": f.payer,
        "recipient/name": f.recipient,
        "payer/tin": f.payer_tin,
        "recipient/tin": f.recipient_tin,
    }
    for _, _, key in f.boxes:
        if key in f.values or zeros_printed:
            truth[key] = f.values.get(key, 0.0)
    if f.account:
        truth["account_number"] = f.account
    return truth


def form_1099_fresh(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """5: the IRS grid with the recipient's instructions under it; 6: a pressure-seal mailer."""
    return (*(form_1099_grid if t == 5 else form_1099_mailer)(m, variant), f"t{t}")


def form_1099_grid(m: Maker, variant: str) -> Layout:
    """The IRS layout in three columns: parties on the left, the numbered boxes in the middle
    with "$" printed and amounts typed beside it, the title and Copy B note on the right."""
    f = make_1099(m, variant)
    state, state_id = f.p_city.split(", ")[1][:2], m.digits(8)
    c = Canvas()
    d = Frame(c, 36, 52)
    c.box(238, 36, 7, 7, 0.4)
    c.text(250, 37, "CORRECTED (if checked)", 6.5)
    value = "F5"
    left = [
        (
            "",
            "PAYER'S name, street address, city or town, state or province, country, ZIP or "
            "foreign postal code, and telephone no.",
            [f.payer, f.p_street, f.p_city, f.p_phone],
            84,
        ),
        ("", "RECIPIENT'S name", [f.recipient], 26),
        ("", "Street address (including apt. no.)", [f.r_street], 24),
        (
            "",
            "City or town, state or province, country, and ZIP or foreign postal code",
            [f.r_city],
            26,
        ),
    ]
    grid = INT_GRID if variant == "INT" else MISC_GRID
    heights = [
        max(
            24,
            max(
                6.5 * len(label_lines(n, label, 216 / len(row), 5.5)[1]) + 16 for n, label, _ in row
            ),
        )
        for row in grid
    ]
    bottom = sum(heights)
    y = 0.0
    for i, (number, label, values, h) in enumerate(left):
        form_cell(d, 0, y, 216, h, number, label)
        for j, s in enumerate(values):
            d.text(6, y + h - 10 * (len(values) - j) - 2, s, 8.5, value)
        y += h
        if i == 0:
            form_cell(d, 0, y, 108, 26, "", "PAYER'S TIN")
            form_cell(d, 108, y, 108, 26, "", "RECIPIENT'S TIN")
            d.text(6, y + 14, f.payer_tin, 8.5, value)
            d.text(114, y + 14, f.recipient_tin, 8.5, value)
            y += 26
    if variant == "INT":
        form_cell(d, 0, y, 108, 24, "", "FATCA filing requirement")
        d.box(90, y + 12, 7, 7, 0.4)
        form_cell(d, 108, y, 108, 24, "", "2nd TIN not.")
        y += 24
    form_cell(d, 0, y, 216, max(bottom - y, 26), "", "Account number (see instructions)")
    d.text(6, y + 13, f.account, 8.5, value)
    extras = {"15": state, "16": state_id} if variant == "INT" else {"17": f"{state}/{state_id}"}
    y = 0.0
    for row, h in zip(grid, heights, strict=True):
        width = 216 / len(row)
        for j, (number, label, key) in enumerate(row):
            x = 216 + width * j
            form_cell(d, x, y, width, h, number, label)
            if key == "[]":
                d.box(x + width - 12, y + h - 11, 7, 7, 0.4)
            elif key:
                d.text(x + 3, y + h - 10, "$", 7)
                if key in f.values:
                    d.text(x + 12, y + h - 11, f"{f.values[key]:.2f}", 9, value)
            elif number in extras:
                d.text(x + 4, y + h - 11, extras[number], 8, value)
        y += h
    d.text(438, 4, f"OMB No. {f.omb}", 6)
    d.text(438, 16, f"Form 1099-{variant}", 10, "F2")
    d.text(438, 29, f"(Rev. {f.revision})", 5.5)
    d.text(438, 38, "For calendar year", 5.5)
    d.text(438, 46, f.year, 12, "F2")
    d.line(432, 64, 540, 64, 0.5)
    for i, s in enumerate(wrap(f.title, 100, 10, "F2")):
        d.text(438, 70 + 12 * i, s, 10, "F2")
    d.text(438, 108, "Copy B", 10, "F2")
    d.text(438, 120, "For Recipient", 7, "F2")
    note = (
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on you "
        "if this income is taxable and the IRS determines that it has not been reported."
    )
    for i, s in enumerate(wrap(note, 100, 5.5)):
        d.text(438, 134 + 6.5 * i, s, 5.5)
    d.box(432, 0, 108, bottom, 0.5)
    d.text(0, bottom + 6, f"Form 1099-{variant} (Rev. {f.revision})", 7)
    d.text(150, bottom + 6, f"(keep for your records)   www.irs.gov/Form1099{variant}", 7)
    d.right(540, bottom + 6, "Department of the Treasury - Internal Revenue Service", 6)
    instructions(c, f, 52 + bottom + 56)
    return [c], tax_1099_truth(f, zeros_printed=False)


def instructions(c: Canvas, f: Tax1099, top: float) -> None:
    """The recipient's instructions in two columns, as on the back of Copy B."""
    c.text(36, top - 16, f"Instructions for Recipient (Form 1099-{f.variant})", 8, "F2")
    paragraphs = [wrap(p, 255, 6) for p in (*INSTRUCTIONS["common"], *INSTRUCTIONS[f.variant])]
    half = 8 * sum(len(p) + 1 for p in paragraphs) / 2  # points down the first column
    x, y = 36.0, top
    for lines in paragraphs:
        if x == 36 and y - top >= half:
            x, y = 321.0, top
        for s in lines:
            c.text(x, y, s, 6)
            y += 8
        y += 8


def form_1099_mailer(m: Maker, variant: str) -> Layout:
    """A pressure-seal mailer: the mailing panel with the recipient's address, the form in the
    middle panel with every box printed (0.00 when empty), the instructions in the last."""
    f = make_1099(m, variant)
    c = Canvas()
    c.text(36, 30, f.payer.upper(), 8, "F2")
    c.text(36, 40, f.p_street, 7)
    c.text(36, 49, f.p_city, 7)
    c.box(486, 28, 90, 44, 0.5)
    for i, s in enumerate(("PRESORTED", "FIRST-CLASS MAIL", "U.S. POSTAGE", "PAID")):
        c.centre(531, 32 + 8 * i, s, 5.5, "F2")
    c.centre(531, 64, f"PERMIT NO. {m.r.randint(10, 999)}", 5.5)
    c.box(146, 88, 320, 22, 1.0)
    c.centre(306, 94, "IMPORTANT TAX RETURN DOCUMENT ENCLOSED", 10, "F2")
    c.text(90, 140, f"*****AUTO**5-DIGIT {f.r_city[-5:]}", 6, "F5")
    for i, s in enumerate((f.recipient, f.r_street, f.r_city)):
        c.text(90, 150 + 11 * i, s.upper(), 9, "F5")
    c.text(36, 250, "TO OPEN: FOLD AND TEAR ALONG THE PERFORATIONS", 5.5, "F2")
    for y in (264, 528):
        perforation(c, y)
    c.text(36, 278, f"{f.year} Form 1099-{variant}", 11, "F2")
    c.text(170, 280, f.title, 9)
    c.right(576, 276, f"OMB No. {f.omb}", 6.5)
    c.right(576, 285, "Copy B For Recipient", 7, "F2")
    d = Frame(c, 36, 300)
    parties = (
        (
            "PAYER'S name, street address, city, state, ZIP code, and telephone no.",
            [f.payer, f.p_street, f.p_city, f.p_phone],
            56,
        ),
        (
            "RECIPIENT'S name, street address, city, state, and ZIP code",
            [f.recipient, f.r_street, f.r_city],
            48,
        ),
    )
    y = 0.0
    for i, (label, values, h) in enumerate(parties):
        form_cell(d, 0, y, 264, h, "", label, 5)
        for j, s in enumerate(values):
            d.text(6, y + 10 + 10 * j, s, 7.5)
        y += h
        if i == 0:
            form_cell(d, 0, y, 132, 24, "", "PAYER'S federal identification number", 5)
            form_cell(d, 132, y, 132, 24, "", "RECIPIENT'S identification number", 5)
            d.text(6, y + 12, f.payer_tin, 8)
            d.text(138, y + 12, f.recipient_tin, 8)
            y += 24
    form_cell(d, 0, y, 264, 24, "", "Account number", 5)
    d.text(6, y + 12, f.account, 8)
    extra = {
        "INT": (
            ("9", "Specified private activity bond interest", ""),
            ("10", "Market discount", ""),
        ),
        "MISC": (
            ("8", "Substitute payments in lieu of dividends", ""),
            ("9", "Crop insurance", ""),
        ),
    }[variant]
    boxes = sorted((*f.boxes, *extra), key=lambda b: int(b[0]))
    for i, (number, label, key) in enumerate(boxes):
        x, y = 270 + 135 * (i % 2), 26.0 * (i // 2)
        form_cell(d, x, y, 135, 26, f"{number}.", label, 5)
        d.text(x + 4, y + 15, "$", 7)
        d.right(x + 131, y + 15, f"{f.values.get(key, 0.0):,.2f}", 8)
    rows = math.ceil(len(boxes) / 2)
    state_top = 26.0 * rows
    form_cell(d, 270, state_top, 270, 24, "", "State / Payer's state no. / State tax withheld", 5)
    d.text(276, state_top + 12, f"{f.p_city.split(', ')[1][:2]}  {m.digits(8)}      0.00", 8)
    _paragraph(
        c,
        36,
        300 + max(y + 24, state_top + 24) + 10,
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on you "
        "if this income is taxable and the IRS determines that it has not been reported.",
        540,
        6.5,
        "F1",
    )
    instructions(c, f, 560)
    return [c], tax_1099_truth(f, zeros_printed=True)


# ---------------------------------------------------------------------------------------------
# Checks


@dataclass
class Cheque:
    drawer: str
    street: str
    city: str
    payee: str
    amount: float
    number: str
    bank: str
    bank_city: str
    routing: str
    account: str
    date: dt.date
    memo: str


def make_cheque(m: Maker, business: bool) -> Cheque:
    first, middle, last = m.person()
    drawer = (
        m.company()
        if business
        else (f"{first} {middle[:1]}. {last}" if middle else f"{first} {last}")
    )
    street, city = m.address()
    payee = m.company() if business or m.chance(0.4) else " ".join(m.person()[::2])
    amount = m.amount(15, 9800) if business else m.amount(10, 2400)
    memos = (
        ("Invoice 4471", "INV-20931", "Acct 55-1032", "March services", "Retainer", "")
        if business
        else ("Rent", "Dinner", "Piano lessons", "Deposit", "Babysitting", "Birthday", "")
    )
    return Cheque(
        drawer,
        street,
        city,
        payee,
        amount,
        str(m.r.randint(1001, 99999) if business else m.r.randint(101, 4999)),
        m.pick(BANKS),
        m.address()[1],
        m.routing(),
        m.digits(m.r.randint(8, 12)),
        m.date(),
        m.pick(memos),
    )


def cheque_truth(q: Cheque, spelled: str) -> Truth:
    truth: Truth = {
        "date": q.date.isoformat(),
        "dollar_amount": q.amount,
        "check_number": q.number,
        "account_holder_name": q.drawer,
        "payee_name": q.payee,
        "bank_name": q.bank,
        "bank_routing_number": q.routing,
        "amount_in_words": spelled,
    }
    if q.memo:
        truth["memo"] = q.memo
    return truth


def check_fresh(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """5: a business check on the bottom of a bill-payment page; 6: an online-banking check
    image, front and back."""
    return (*(check_on_bottom if t == 5 else check_image)(m), f"t{t}")


def check_on_bottom(m: Maker) -> Layout:
    """Accounts-payable software: two identical stubs listing the bills paid, then the check at
    the bottom with its number top right, the amount in words in sentence case and a MEMO."""
    q = make_cheque(m, business=True)
    spelled = in_words(q.amount)
    spelled = spelled[0] + spelled[1:].lower()
    date_fmt = m.pick(("%m/%d/%Y", "%m/%d/%y", "%b %d, %Y"))
    cents = round(q.amount * 100)
    parts = m.r.randint(1, 3) if q.amount > 300 else 1
    cuts = sorted(m.r.sample(range(cents // 10, cents - cents // 10), parts - 1))
    paid = [(b - a) / 100 for a, b in zip([0, *cuts], [*cuts, cents], strict=True)]
    bills = []
    for share in paid:
        original = round(share + (m.amount(0, share / 3) if m.chance(0.3) else 0), 2)
        bill_day = q.date - dt.timedelta(days=m.r.randint(10, 45))
        bills.append((bill_day, m.pick(("INV-", "", "#")) + m.digits(5), original, share))
    c = Canvas()
    for top in (0.0, 264.0):
        stub = Frame(c, 0, top)
        stub.text(36, 24, q.payee, 9, "F2")
        stub.right(576, 24, fmt(q.date, date_fmt), 9)
        heads = [(36, "Date", "l"), (100, "Type", "l"), (150, "Reference", "l")]
        heads += [(360, "Original Amt.", "r"), (430, "Balance Due", "r"), (495, "Discount", "r")]
        heads.append((576, "Payment", "r"))
        for x, head, align in heads:
            (stub.text if align == "l" else stub.right)(x, 48, head, 7, "F2")
        stub.line(36, 58, 576, 58, 0.4)
        for i, (day, ref, original, share) in enumerate(bills):
            y = 64 + 12 * i
            cells = (fmt(day, date_fmt), "Bill", ref, f"{original:,.2f}", f"{original:,.2f}", "")
            for (x, _, align), cell in zip(heads, (*cells, f"{share:,.2f}"), strict=True):
                (stub.text if align == "l" else stub.right)(x, y, cell, 8)
        y = 70 + 12 * len(bills)
        stub.right(495, y, "Check Amount", 8, "F2")
        stub.right(576, y, f"{q.amount:,.2f}", 8, "F2")
        stub.text(36, 230, f"{q.bank} - Operating", 7)
        stub.text(300, 230, q.memo, 7)
        stub.right(576, 230, q.number, 7)
        perforation(c, top + 258)
    d = Frame(c, 0, 528)
    d.text(36, 20, q.drawer.upper(), 10, "F2")
    d.text(36, 33, q.street, 7.5)
    d.text(36, 42, q.city, 7.5)
    d.centre(306, 20, q.bank, 8, "F2")
    d.centre(306, 31, q.bank_city, 6.5)
    d.centre(306, 40, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 6.5)
    d.text(500, 22, "No.", 7)
    d.right(576, 19, q.number, 12, "F2")
    d.text(430, 52, "DATE", 6.5, "F2")
    d.text(462, 50, fmt(q.date, date_fmt), 9)
    d.line(460, 60, 576, 60, 0.4)
    d.text(36, 78, spelled, 9)
    d.right(576, 78, "DOLLARS", 7)
    d.line(36, 88, 540, 88, 0.4)
    d.text(36, 102, "PAY TO THE", 6)
    d.text(36, 109, "ORDER OF", 6)
    payee_street, payee_city = m.address()
    for i, s in enumerate((q.payee, payee_street, payee_city)):
        d.text(100, 102 + 11 * i, s, 10 if i == 0 else 8)
    d.box(470, 98, 106, 20, 0.8)
    d.text(474, 103, "$", 9)
    d.right(572, 103, f"**{money(q.amount)}", 10, "F2")
    d.text(36, 162, "MEMO", 6, "F2")
    d.text(70, 160, q.memo, 8.5)
    d.line(68, 170, 250, 170, 0.4)
    d.line(360, 170, 576, 170, 0.5)
    d.text(420, 174, "AUTHORIZED SIGNATURE", 5.5)
    d.text(360, 186, "VOID AFTER 180 DAYS", 5.5)
    d.text(130, 218, f"C{q.number.zfill(6)}C A{q.routing}A {q.account}C", 12, "F5")
    return [c], cheque_truth(q, spelled)


def check_image(m: Maker) -> Layout:
    """An online-banking check image: the item's posting details, then scans of the front
    (a personal check) and the back (endorsement and the bank's stamp)."""
    q = make_cheque(m, business=False)
    spelled = in_words(q.amount)
    posted = q.date + dt.timedelta(days=m.r.randint(1, 6))
    date_fmt = m.pick(("%m/%d/%Y", "%m/%d/%y", "%B %d, %Y"))
    c = Canvas()
    c.shade(0, 0, 612, 44, 0.85)
    c.text(36, 14, q.bank, 13, "F2")
    c.right(576, 18, "Online Banking", 8)
    c.text(36, 62, "Check Image", 14, "F2")
    c.right(576, 66, "Print  |  Download  |  Close", 7)
    facts = (
        ("Account", f"Checking ...{q.account[-4:]}"),
        ("Check Number", q.number),
        ("Amount", money(q.amount, "$")),
        ("Posted Date", fmt(posted, "%m/%d/%Y")),
    )
    for i, (label, value) in enumerate(facts):
        c.text(36 + 135 * i, 90, label, 7, "F2")
        c.text(36 + 135 * i, 100, value, 9)
    c.text(36, 128, "Front", 8, "F2")
    d = Frame(c, 36, 140, 1.25)
    d.box(0, 0, 432, 198, 0.8)
    d.text(16, 14, q.drawer.upper(), 8.5, "F2")
    d.text(16, 25, q.street, 6.5)
    d.text(16, 33, q.city, 6.5)
    d.right(416, 14, q.number, 9, "F2")
    d.text(292, 44, "Date", 6.5)
    d.text(318, 40, fmt(q.date, date_fmt), 10, "F3")
    d.line(316, 52, 416, 52, 0.4)
    d.text(16, 64, "Pay to the", 6.5)
    d.text(16, 71, "Order of", 6.5)
    d.text(60, 63, q.payee, 11, "F3")
    d.line(58, 76, 330, 76, 0.4)
    d.box(340, 60, 76, 18, 0.5)
    d.text(344, 64, "$", 9, "F2")
    d.right(412, 63, money(q.amount), 10, "F3")
    d.text(18, 88, spelled, 10, "F3")
    d.line(16, 100, 378, 100, 0.4)
    d.text(382, 93, "Dollars", 6.5)
    d.shade(16, 112, 14, 14, 0.6)
    d.text(34, 113, q.bank, 8, "F2")
    d.text(34, 123, q.bank_city, 6)
    d.text(16, 146, "Memo", 6.5)
    d.text(44, 142, q.memo, 9.5, "F3")
    d.line(42, 154, 200, 154, 0.4)
    d.line(250, 154, 416, 154, 0.4)
    d.text(40, 174, f"A{q.routing}A {q.account}C {q.number}", 11, "F5")
    c.text(36, 402, "Back", 8, "F2")
    b = Frame(c, 36, 414, 1.25)
    b.box(0, 0, 432, 198, 0.8)
    b.text(16, 10, "ENDORSE HERE", 6, "F2")
    for y in (30, 44, 58):
        b.line(16, y, 150, y, 0.3)
    b.text(18, 20, "For deposit only", 9, "F3")
    b.text(18, 34, q.payee, 9, "F3")
    b.line(12, 66, 160, 66, 0.6)
    b.text(16, 70, "DO NOT WRITE, STAMP, OR SIGN BELOW THIS LINE", 4.5)
    b.text(16, 76, "RESERVED FOR FINANCIAL INSTITUTION USE", 4.5)
    stamp = (
        f">{m.routing()}<",
        fmt(posted, "%m%d%Y"),
        m.digits(10),
        "PAY TO THE ORDER OF ANY BANK",
        "ALL PRIOR ENDORSEMENTS GUARANTEED",
    )
    for i, s in enumerate(stamp):
        b.text(200, 40 + 8 * i, s, 6, "F5")
    c.text(36, 680, "Check images are provided for your convenience. Image quality depends on", 6.5)
    c.text(36, 689, "the condition of the original item.", 6.5)
    c.text(36, 705, f"(c) {posted.year} {q.bank}. Member FDIC.", 6.5)
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts

DEPARTMENTS = {
    "BANANAS": "PRODUCE",
    "APPLES GALA": "PRODUCE",
    "WHOLE MILK 1GAL": "DAIRY",
    "EGGS LARGE DZ": "DAIRY",
    "CHEDDAR 8OZ": "DAIRY",
    "YOGURT 4PK": "DAIRY",
    "BUTTER UNSALTED": "DAIRY",
    "OJ 52OZ": "DAIRY",
    "WHEAT BREAD": "BAKERY",
    "CHICKEN BREAST": "MEAT",
}
# Household goods, taxed at the full rate where food is taxed lower or not at all.
HOUSEHOLD = ("PAPER TOWELS 6PK", "DISH SOAP 24OZ", "FOIL 75SQFT", "TRASH BAGS 40CT")
DRINKS = {"Cappuccino", "Lemonade", "Iced Tea", "Espresso"}


def receipt_fresh(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """5: a supermarket receipt with loyalty savings and a tax summary; 6: a restaurant
    receipt with the card slip's tip line."""
    return (*(receipt_supermarket if t == 5 else receipt_restaurant)(m), f"t{t}")


def receipt_supermarket(m: Maker) -> Layout:
    """Items under department headings with F/T tax flags, weighed produce, loyalty-card
    savings lines, a **** BALANCE, the card slip, a per-rate tax summary and a savings
    section with the loyalty card's own masked number."""
    store = m.pick([s for s in STORES if s[1] == "grocery"])[0]
    short = store.split()[0]
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(7, 21), m.r.randint(0, 59)))
    food_rate = m.pick((0.0, 0.01, 0.02, 0.0225))
    rate = m.pick((0.0625, 0.07, 0.0725, 0.0825))
    lines: dict[str, list[tuple[str, str, float, str, float]]] = {}
    for desc in m.r.sample((*ITEMS["grocery"], *HOUSEHOLD), m.r.randint(3, 10)):
        household = desc in HOUSEHOLD
        dept = "HOUSEHOLD" if household else DEPARTMENTS.get(desc, "GROCERY")
        detail = ""
        if dept == "PRODUCE":
            pounds, per_lb = round(m.r.uniform(0.5, 4), 2), m.pick((0.59, 0.69, 1.49, 1.99))
            amount, detail = round(pounds * per_lb, 2), f"{pounds:.2f} lb @ {per_lb:.2f} /lb"
        else:
            amount = m.amount(0.99, 14.99)
        saving = round(amount * m.pick((0.1, 0.2, 0.25)), 2) if m.chance(0.35) else 0.0
        lines.setdefault(dept, []).append((desc, detail, amount, "T" if household else "F", saving))
    rows = [x for group in lines.values() for x in group]
    saved = round(sum(x[4] for x in rows), 2)
    taxed_at = {"F": food_rate, "T": rate}
    bases = {flag: round(sum(x[2] - x[4] for x in rows if x[3] == flag), 2) for flag in "FT"}
    taxes = {flag: round(bases[flag] * taxed_at[flag], 2) for flag in "FT"}
    subtotal = round(sum(x[2] - x[4] for x in rows), 2)
    tax = round(taxes["F"] + taxes["T"], 2)
    total = round(subtotal + tax, 2)
    card = m.chance(0.7)
    last4, number = m.digits(4), m.pick((m.digits(4), m.digits(6), f"{m.digits(3)}-{m.digits(4)}"))
    tape = Tape(260, 7.5, "F5", "F6")
    tape.centre(store, 11, "F6")
    tape.centre(street)
    tape.centre(city)
    tape.centre(f"Store {m.digits(3)}  {phone}")
    tape.centre(f"Store Manager: {' '.join(m.person()[::2])}", 7)
    tape.gap()
    for dept, group in lines.items():
        tape.centre(dept, font="F6")
        for desc, detail, amount, flag, saving in group:
            tape.row(desc, f"{amount:.2f} {flag}")
            if detail:
                tape.row(detail, indent=12, size=6.5)
            if saving:
                tape.row(f"SC {short} SAVINGS", f"{saving:.2f}-", indent=12)
        tape.gap(3)
    tape.row("SUBTOTAL", f"{subtotal:.2f}")
    tape.row("TAX", f"{tax:.2f}")
    tape.row("**** BALANCE", f"{total:.2f}", bold=True)
    tape.gap()
    if card:
        brand = m.pick(("VISA", "MASTERCARD", "DISCOVER"))
        tape.row(f"{brand} CREDIT", f"{total:.2f}")
        tape.row("CHANGE", "0.00")
        tape.gap(3)
        tape.row(f"CARD # ************{last4}", size=7)
        tape.row(f"REF#: {m.digits(6)}   AUTH#: {m.digits(6)}", size=7)
        tape.row("ENTRY METHOD: CHIP   AID: A0000000031010", size=7)
    else:
        cash = float(math.ceil(total / 5) * 5 + m.pick((0, 5, 10)))
        tape.row("CASH", f"{cash:.2f}")
        tape.row("CHANGE", f"{cash - total:.2f}")
    tape.gap()
    tape.centre("TAX SUMMARY", font="F6")
    for flag, name in (("F", "FOOD"), ("T", "TAXABLE")):
        label = f"{flag}={name} {taxed_at[flag] * 100:.3f}% ON {bases[flag]:.2f}"
        tape.row(label, f"{taxes[flag]:.2f}", size=7)
    tape.row("TOTAL TAX", f"{tax:.2f}", size=7)
    tape.gap()
    tape.centre(f"**** {short} REWARDS ****", font="F6")
    tape.row(f"{short} CARD SAVINGS", f"{saved:.2f}")
    regular = subtotal + saved
    tape.row(f"TOTAL SAVINGS ({round(100 * saved / regular) if regular else 0}%)", f"{saved:.2f}")
    tape.row("ANNUAL CARD SAVINGS", f"{saved + m.amount(20, 400):,.2f}")
    tape.row("FUEL POINTS THIS TRIP", str(int(total)))
    tape.row(f"{short} CARD", f"************{m.digits(4)}")
    tape.gap()
    tape.row(
        f"{fmt(when.date(), m.pick(('%m/%d/%y', '%m/%d/%Y')))} {when:%I:%M%p}".lower(),
        f"TRANS# {number}",
    )
    tape.row(f"LANE {m.r.randint(1, 14)}", f"CASHIER {m.pick(FIRST).upper()}")
    tape.gap()
    tape.centre(f"THANK YOU FOR SHOPPING {short}")
    tape.centre(f"Tell us about your visit: {short.lower()}.example/survey", 6.5)
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
    return [tape.page()], truth


def receipt_restaurant(m: Maker) -> Layout:
    """A full-service restaurant's receipt in a proportional font: server, table and guests,
    items with notes, then the card slip's Amount / + Tip / = Total and a tip guide."""
    store = m.pick([s for s in STORES if s[1] == "restaurant"])[0]
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(11, 22), m.r.randint(0, 59)))
    items = []
    for desc in m.r.sample(ITEMS["restaurant"], m.r.randint(2, 7)):
        drink = desc in DRINKS
        qty, price = m.pick((1, 1, 1, 2, 3)), m.amount(2.5, 6.5) if drink else m.amount(7, 29)
        note = "" if drink else m.pick(("", "", "", "to go", "split plate", "allergy: nuts"))
        items.append((desc, qty, price, round(qty * price, 2), note))
    subtotal = round(sum(x[3] for x in items), 2)
    tax = round(subtotal * m.pick((0.0625, 0.07, 0.0825, 0.08875)), 2)
    due = round(subtotal + tax, 2)
    card = m.chance(0.85)
    tip = round(subtotal * m.pick((0.15, 0.18, 0.2, 0.22)), 2) if card else 0.0
    total = round(due + tip, 2)
    last4, number = m.digits(4), str(m.r.randint(10, 9999))
    date_fmt = m.pick(("%m/%d/%Y", "%m/%d/%y", "%b %d, %Y"))
    tape = Tape(240, 8, "F1", "F2")
    tape.centre(" ".join(w.capitalize() for w in store.split()), 13, "F4")
    tape.centre(street, 7.5)
    tape.centre(city, 7.5)
    tape.centre(phone, 7.5)
    tape.gap(6)
    tape.row(f"Server: {m.pick(FIRST)}", fmt(when.date(), date_fmt))
    tape.row(f"Table {m.r.randint(1, 40)}", f"{when:%I:%M %p}")
    tape.row(f"Guests: {m.r.randint(1, 6)}", f"Check #{number}")
    tape.rule()
    for desc, qty, price, amount, note in items:
        tape.row(f"{qty} {desc}" if qty > 1 else desc, f"{amount:.2f}")
        if qty > 1:
            tape.row(f"@ {price:.2f} ea", indent=10, size=7)
        if note:
            tape.row(f"- {note}", indent=10, size=7)
    tape.rule()
    tape.row("Subtotal", f"{subtotal:.2f}")
    tape.row("Tax", f"{tax:.2f}")
    if card:
        brand = m.pick(("Visa", "Mastercard", "Amex", "Discover"))
        tape.gap()
        tape.row(f"{brand} XXXXXXXXXXXX{last4}")
        tape.row(f"Auth Code: {m.digits(6)}", m.pick(("Contactless", "Chip", "Swiped")), size=7)
        tape.gap(3)
        tape.row("Amount:", f"${due:.2f}")
        tape.row("+ Tip:", f"${tip:.2f}")
        tape.row("= Total:", f"${total:.2f}", bold=True)
        tape.gap(10)
        tape.row("X ________________________________")
        tape.centre("I agree to pay the above total amount", 6)
        tape.centre("according to the card issuer agreement.", 6)
        tape.gap()
        tape.centre("Tip guide (on subtotal)", 7, "F2")
        for pct in (18, 20, 22):
            guide = round(subtotal * pct / 100, 2)
            tape.row(f"{pct}%", f"Tip ${guide:.2f}   Total ${due + guide:.2f}", size=7)
    else:
        cash = float(math.ceil(total / 10) * 10)
        tape.row("Total", f"{total:.2f}", bold=True)
        tape.row("Cash", f"{cash:.2f}")
        tape.row("Change", f"{cash - total:.2f}")
    tape.gap(8)
    tape.centre("Thank you! Please come again.", 8, "F2")
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
        truth["tip"] = tip
    return [tape.page()], truth
