"""The "fresh9" held-out layouts (templates 21 and 22) of the catalog kinds, for
bench/catalog_documents.py.

A tenth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh9` is an
honest test set: a Canadian supplier's bilingual (English/French) invoice with GST/HST and
QST or PST lines and an online marketplace's printed order details ("Final Details for Order")
with the seller, shipping, a promotion and the estimated tax; a trucking company's weekly
driver settlement with loads, miles and accessorial pay and a staffing agency's half-sheet
weekly pay statement with the assignment and a day-by-day time grid; a certificate of deposit
(time deposit) statement for a quarter with the term, rate, APY and maturity and a branch
teller's interim statement printed in Courier for an arbitrary date range; the W-2 section of
an IRS Wage and Income Transcript and a W-2 faxed into a lender's loan file with the fax
header, a received stamp and a "certified true copy" stamp; a teenager's provisional licence
with the "UNDER 18 UNTIL" and "UNDER 21 UNTIL" bands and a driver privilege card (front and
back) that is not valid for identification; the 1099-INT or 1099-MISC section of an IRS Wage
and Income Transcript and a bank's 1099-INT for savings bonds it redeemed (with the bonds
listed) or a platform's annual earnings summary with its 1099-MISC and a month-by-month
breakdown; a side-tear business check with its filled-in stub at the left and a title
company's escrow disbursement check under its voucher; a warehouse club's receipt with item
numbers and instant savings and a dry cleaner's ticket.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bench.catalog_documents import (
    BANKS,
    CITIES,
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
    barcode,
    cheque_truth,
    form_cell,
    licence_truth,
    long_date,
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
from bench.catalog_layouts_fresh8 import colour, rows_at, stroke

# ---------------------------------------------------------------------------------------------
# Helpers


def usd(value: float) -> str:
    return f"${value:,.2f}"


def add_months(d: dt.date, months: int) -> dt.date:
    """The same day `months` later (the 28th at most, so every month has it)."""
    n = d.month - 1 + months
    return dt.date(d.year + n // 12, n % 12 + 1, min(d.day, 28))


def week_start(d: dt.date, weekday: int) -> dt.date:
    """The latest day on or before `d` that falls on `weekday` (0 Monday ... 6 Sunday)."""
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def dashed(c: Canvas, x: float, top: float, bottom: float) -> None:
    """A vertical perforation of short dashes."""
    y = top
    while y < bottom:
        c.line(x, y, x, min(y + 3, bottom), 0.4)
        y += 6


def spread(m: Maker, total: float, n: int) -> list[float]:
    """`total` cut into `n` positive amounts that add up to it exactly."""
    weights = [m.r.uniform(0.4, 1.6) for _ in range(n)]
    parts = [round(total * w / sum(weights), 2) for w in weights]
    parts[-1] = round(total - sum(parts[:-1]), 2)
    return parts


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh9(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """21: a Canadian supplier's bilingual invoice with GST/HST and QST or PST; 22: an online
    marketplace's printed order details."""
    return (*(invoice_canada if t == 21 else invoice_marketplace)(m), f"t{t}")


# (city, province, first half of the postal code)
CA_CITIES = (
    ("Montréal", "QC", "H2X"),
    ("Québec", "QC", "G1R"),
    ("Laval", "QC", "H7N"),
    ("Gatineau", "QC", "J8Y"),
    ("Ottawa", "ON", "K1P"),
    ("Toronto", "ON", "M5V"),
    ("Mississauga", "ON", "L5B"),
    ("Moncton", "NB", "E1C"),
    ("Halifax", "NS", "B3J"),
    ("Vancouver", "BC", "V6B"),
    ("Winnipeg", "MB", "R3C"),
)
CA_STREETS = {
    "QC": ("rue Sainte-Catherine O.", "boul. René-Lévesque", "avenue du Parc", "rue Saint-Denis"),
    "other": ("King Street West", "Bank Street", "Main Street", "Portage Avenue", "Granville St"),
}
# the sales taxes each province charges: (label, rate, registration number suffix)
CA_TAXES = {
    "QC": (("GST / TPS", 0.05, "RT0001"), ("QST / TVQ", 0.09975, "TQ0001")),
    "ON": (("HST / TVH", 0.13, "RT0001"),),
    "NB": (("HST / TVH", 0.15, "RT0001"),),
    "NS": (("HST / TVH", 0.15, "RT0001"),),
    "BC": (("GST / TPS", 0.05, "RT0001"), ("PST", 0.07, "")),
    "MB": (("GST / TPS", 0.05, "RT0001"), ("RST", 0.07, "")),
}
CA_GOODS = (
    ("Gants de travail nitrile / Nitrile work gloves (12 pr)", (18.0, 42.0)),
    ("Ruban adhésif toilé / Duct tape 48 mm x 55 m", (6.0, 14.0)),
    ("Papier à photocopie / Copy paper 8.5 x 11 (5000)", (48.0, 72.0)),
    ("Cartouche de toner / Toner cartridge", (85.0, 210.0)),
    ("Étagère en acier / Steel shelving unit 36 in", (140.0, 320.0)),
    ("Lampe DEL / LED shop light 4 ft", (38.0, 79.0)),
    ("Casque de sécurité / Safety helmet, class E", (22.0, 48.0)),
    ("Service d'installation / Installation service (h)", (65.0, 120.0)),
    ("Câble réseau / Network cable Cat6 (305 m)", (160.0, 260.0)),
    ("Sel de déglaçage / Ice melt 20 kg", (11.0, 24.0)),
)


def ca_postal(m: Maker, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVXY"
    return f"{fsa} {m.r.randint(0, 9)}{m.pick(letters)}{m.r.randint(0, 9)}"


def ca_address(m: Maker, city: str, prov: str, fsa: str) -> tuple[str, str]:
    streets = CA_STREETS["QC" if prov == "QC" else "other"]
    return f"{m.r.randint(10, 9800)} {m.pick(streets)}", f"{city} ({prov})  {ca_postal(m, fsa)}"


def invoice_canada(m: Maker) -> Layout:
    """A Canadian supplier's bilingual invoice ("INVOICE / FACTURE"): the supplier with its
    GST/HST (and QST) registration numbers at the top, a grid of captioned cells in both
    languages (invoice number, ISO date, customer number, terms, purchase order, sales rep,
    carrier, due date), Sold to / Vendu à and Ship to / Expédier à, a ruled table of item
    codes, bilingual descriptions, quantities, unit prices and amounts, the subtotal and the
    province's sales taxes (GST and QST in Quebec, HST in Ontario and the Maritimes, GST and
    PST or RST out west), the total in CAD, and the payment and interest terms in both
    languages. Quebec suppliers may print amounts the French way ("1 234,56 $")."""
    city, prov, fsa = m.pick(CA_CITIES)
    vendor = m.company()
    v_street, v_city = ca_address(m, city, prov, fsa)
    receiver = m.company()
    city2, _, fsa2 = m.pick([x for x in CA_CITIES if x[1] == prov])
    r_street, r_city = ca_address(m, city2, prov, fsa2)
    phone = f"{m.r.randint(204, 905)}-{m.r.randint(200, 999)}-{m.digits(4)}"
    number = m.pick((f"F-{m.digits(6)}", f"INV{m.digits(5)}", f"{m.digits(2)}-{m.digits(5)}"))
    issued = m.date()
    days = m.pick((15, 30, 30, 45))
    due = issued + dt.timedelta(days=days)
    po = m.pick((f"BC-{m.digits(5)}", f"PO{m.digits(6)}", m.digits(7), ""))
    french = prov == "QC" and m.chance(0.5)

    def amt(v: float) -> str:
        if french:
            return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " $"
        return f"{v:,.2f}"

    lines = []
    for desc, (lo, hi) in m.r.sample(CA_GOODS, m.r.randint(2, 7)):
        qty = m.r.randint(1, 24)
        price = m.amount(lo, hi)
        lines.append(
            (f"{m.pick('ABCDEFGH')}{m.digits(4)}", desc, qty, price, round(qty * price, 2))
        )
    subtotal = round(sum(x[4] for x in lines), 2)
    taxes = [
        (label, rate, suffix, round(subtotal * rate, 2)) for label, rate, suffix in CA_TAXES[prov]
    ]
    total = round(subtotal + sum(x[3] for x in taxes), 2)
    reg = {
        suffix: f"{m.digits(9 if suffix == 'RT0001' else 10)} {suffix}" for _, _, suffix, _ in taxes
    }
    c = Canvas()
    c.text(40, 36, vendor, fit(vendor, 300, 15, "F2"), "F2")
    rows_at(c, 40, 56, (v_street, v_city, f"Tél. / Tel. {phone}"), 8.5, "F1", 11)
    regs = [
        f"{'TPS/TVH' if s == 'RT0001' else 'TVQ'} / {'GST/HST' if s == 'RT0001' else 'QST'}: {n}"
        for s, n in reg.items()
        if s
    ]
    rows_at(c, 40, 92, regs, 7, "F1", 9)
    c.right(572, 34, "INVOICE", 20, "F2")
    ink(c, 0.4)
    c.right(572, 56, "FACTURE", 14, "F2")
    ink(c, 0.0)
    cells = (
        ("Invoice No. / N° de facture", number),
        ("Date (YYYY-MM-DD / AAAA-MM-JJ)", issued.isoformat()),
        ("Customer No. / N° de client", f"C{m.digits(5)}"),
        ("Terms / Conditions", f"Net {days} / {days} jours net"),
        ("P.O. No. / Bon de commande", po or "-"),
        ("Sales rep / Représentant", f"{m.pick(FIRST)[0]}{m.pick(LAST)[0]}"),
        ("Ship via / Expédition", m.pick(("Purolator", "Canpar", "Pickup / Cueillette", "FedEx"))),
        ("Due date / Échéance", due.isoformat()),
    )
    for i, (cap, v) in enumerate(cells):
        x, top = 40 + 133 * (i % 4), 118 + 30 * (i // 4)
        c.box(x, top, 133, 30, 0.5)
        c.text(x + 3, top + 2.5, cap, 5.8, "F2")
        c.text(x + 6, top + 14, v, 9.5 if i in (0, 1) else 8.5, "F2" if i == 0 else "F1")
    for x, cap, rows in (
        (40, "SOLD TO / VENDU À", (receiver, r_street, r_city)),
        (
            310,
            "SHIP TO / EXPÉDIER À",
            (receiver, *m.pick(((r_street, r_city), ca_address(m, city2, prov, fsa2)))),
        ),
    ):
        c.text(x, 196, cap, 7.5, "F2")
        c.line(x, 206, x + 222, 206, 0.4)
        rows_at(c, x, 211, rows, 9, "F1", 12)
    top = 268
    heads = (
        (44, "Item / Article", 0),
        (104, "Description", 0),
        (400, "Qty / Qté", 1),
        (484, "Unit price / Prix unit.", 1),
        (568, "Amount / Montant", 1),
    )
    c.shade(40, top, 532, 16, 0.82)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 4.5, h, 7, "F2")
    y = top + 16
    for code, desc, qty, price, amount in lines:
        cells2 = (code, desc, str(qty), amt(price), amt(amount))
        for (x, _, r), s in zip(heads, cells2, strict=True):
            size = fit(s, 260, 8) if x == 104 else 8
            (c.right if r else c.text)(x, y + 4, s, size, "F5" if x == 44 else "F1")
        y += 16
        c.line(40, y, 572, y, 0.2)
    c.box(40, top, 532, y - top, 0.6)
    for x in (100, 340, 404, 488):
        c.line(x, top, x, y, 0.3)
    y += 12
    totals = [("Subtotal / Sous-total", subtotal)]
    totals += [(f"{label} ({rate * 100:g} %)", v) for label, rate, _, v in taxes]
    totals.append(("TOTAL (CAD)", total))
    c.box(352, y - 4, 220, 15 * len(totals) + 6, 0.6)
    for i, (label, v) in enumerate(totals):
        bold = "F2" if label.startswith("TOTAL") else "F1"
        c.text(358, y + 15 * i, label, 8.5, bold)
        shown = amt(v) if french or bold == "F1" else f"${v:,.2f}"
        c.right(566, y + 15 * i, shown, 9, bold)
    rows_at(
        c,
        40,
        y,
        (
            "Payment / Paiement:",
            f"Interac e-Transfer / Virement Interac: ar@{vendor.split()[0].lower()}.ca",
            f"EFT / TEF: transit {m.digits(5)}, institution 0{m.digits(2)}, compte {m.digits(7)}",
            f"Cheques payable to / Chèques à l'ordre de {vendor}",
        ),
        7.5,
        "F1",
        10,
    )
    _paragraph(
        c,
        40,
        max(y + 15 * len(totals) + 30, 640),
        "Overdue accounts bear interest at 2% per month (26.8% per year). Les comptes en "
        "souffrance portent intérêt au taux de 2 % par mois (26,8 % par année). Goods remain "
        "the property of the seller until paid in full. Les marchandises demeurent la propriété "
        "du vendeur jusqu'au paiement complet.",
        532,
        7,
        "F1",
    )
    c.centre(306, 748, "Merci de votre confiance! Thank you for your business!", 8, "F2")
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
    return [c], truth


MARKETS = ("Marketly", "ShopCarton", "BuyBarn", "Parcelia", "Cartwell")
# (product, price range)
MARKET_GOODS = (
    ("Insulated Stainless Steel Water Bottle, 32 oz, Matte Black", (14.0, 38.0)),
    ("USB-C Charging Cable 6 ft, Braided (3-Pack)", (8.0, 19.0)),
    ("Cast Iron Skillet 12-Inch, Pre-Seasoned", (19.0, 45.0)),
    ("Noise Cancelling Wireless Earbuds with Charging Case", (29.0, 129.0)),
    ("Organic Green Tea, 100 Count Tea Bags", (9.0, 22.0)),
    ("Adjustable Dumbbell Set, 25 lb Pair", (59.0, 189.0)),
    ("LED Desk Lamp with Wireless Charger", (24.0, 59.0)),
    ("Kids' Rain Boots, Size 11 Little Kid", (16.0, 34.0)),
    ("Replacement Air Filter 16x25x1 MERV 11 (4-Pack)", (28.0, 52.0)),
    ("Hardcover Notebook, Dotted, A5, 2-Pack", (11.0, 24.0)),
    ("Bamboo Cutting Board Set of 3", (17.0, 36.0)),
    ("Dog Chew Toys Variety Pack", (12.0, 28.0)),
)


def invoice_marketplace(m: Maker) -> Layout:
    """An online marketplace's printable order details, as a browser prints them: the
    browser's date and page title in the top margin and the address in the bottom margin, the
    marketplace's name, "Final Details for Order #...", the order date, number and total, a
    box with the items shipped ("1 of: ...", sold by the third-party seller, condition, price),
    the shipping address and speed, then a payment box with the card, the billing address and
    the totals (items subtotal, shipping and handling, promotion applied, total before tax,
    estimated tax to be collected, grand total). The seller is the vendor and the buyer the
    receiver; the order number is the only number on it."""
    market = m.pick(MARKETS)
    seller = m.company()
    first, middle, last = m.person()
    buyer = f"{first} {last}"
    street, city = m.address()
    number = f"{m.r.randint(111, 114)}-{m.digits(7)}-{m.digits(7)}"
    placed = m.date()
    shipped = placed + dt.timedelta(days=m.r.randint(0, 3))
    items = []
    for desc, (lo, hi) in m.r.sample(MARKET_GOODS, m.r.randint(1, 5)):
        items.append((m.pick((1, 1, 1, 2, 3)), desc, m.amount(lo, hi)))
    subtotal = round(sum(q * p for q, _, p in items), 2)
    shipping = float(m.pick((0.0, 0.0, 4.99, 5.99, 9.99)))
    promo = round(min(subtotal * 0.2, float(m.pick((0, 0, 5, 10)))), 2)
    before = round(subtotal + shipping - promo, 2)
    tax = round(before * m.pick((0.06, 0.0725, 0.08, 0.0875, 0.095)), 2)
    total = round(before + tax, 2)
    day = f"{placed:%B} {placed.day}, {placed.year}"
    c = Canvas()
    printed = placed + dt.timedelta(days=m.r.randint(5, 60))
    c.text(
        24,
        14,
        f"{printed.month}/{printed.day}/{printed:%y}, {m.r.randint(1, 12)}:{m.digits(2)} "
        + m.pick(("AM", "PM")),
        7,
    )
    c.centre(306, 14, f"{market}.com - Order {number}", 7)
    c.text(40, 40, market.lower(), 22, "F2")
    c.text(40 + text_width(market.lower(), 22, "F2") + 2, 52, ".com", 9, "F2")
    c.centre(306, 84, f"Final Details for Order #{number}", 13, "F2")
    c.centre(306, 100, "Print this page for your records.", 8)
    y = 122
    c.text(40, y, f"Order Placed: {day}", 9)
    c.text(40, y + 12, f"{market}.com order number: {number}", 9)
    c.text(40, y + 24, f"Order Total: ${total:,.2f}", 9, "F2")
    y += 44
    height = 60 + 40 * len(items)
    c.box(40, y, 532, height, 0.6)
    c.shade(40.5, y + 0.5, 531, 18, 0.9)
    c.centre(306, y + 5, f"Shipped on {shipped:%B} {shipped.day}, {shipped.year}", 9, "F2")
    c.text(48, y + 26, "Items Ordered", 8.5, "F2")
    c.right(564, y + 26, "Price", 8.5, "F2")
    yy = y + 40
    for qty, desc, price in items:
        c.text(48, yy, f"{qty} of: {desc}", fit(f"{qty} of: {desc}", 320, 9), "F1")
        c.text(60, yy + 11, f"Sold by: {seller}", 7.5)
        c.text(60, yy + 21, "Condition: New", 7.5)
        c.right(564, yy, f"${price:,.2f}", 9)
        yy += 40
    c.text(390, y + 26, "Shipping Address:", 8.5, "F2")
    rows_at(c, 390, y + 38, (buyer, street, city, "United States"), 8, "F1", 10)
    c.text(390, y + 82, "Shipping Speed:", 8.5, "F2")
    c.text(390, y + 93, m.pick(("Standard Shipping", "FREE Two-Day", "Expedited Shipping")), 8)
    y += height + 16
    c.box(40, y, 532, 150, 0.6)
    c.shade(40.5, y + 0.5, 531, 18, 0.9)
    c.centre(306, y + 5, "Payment information", 9, "F2")
    c.text(48, y + 28, "Payment Method:", 8.5, "F2")
    brand = m.pick(("Visa", "Mastercard", "American Express", "Discover"))
    c.text(48, y + 40, f"{brand} | Last digits: {m.digits(4)}", 8)
    c.text(48, y + 60, "Billing address", 8.5, "F2")
    rows_at(
        c, 48, y + 72, (f"{first} {middle} {last}".replace("  ", " "), street, city), 8, "F1", 10
    )
    rows = [("Item(s) Subtotal:", subtotal), ("Shipping & Handling:", shipping)]
    if promo:
        rows.append(("Promotion Applied:", -promo))
    rows += [("Total before tax:", before), ("Estimated tax to be collected:", tax)]
    for i, (label, v) in enumerate(rows):
        c.right(480, y + 28 + 13 * i, label, 8.5)
        c.right(564, y + 28 + 13 * i, f"-${-v:,.2f}" if v < 0 else f"${v:,.2f}", 8.5)
    yy = y + 28 + 13 * len(rows) + 6
    c.line(400, yy - 3, 564, yy - 3, 0.4)
    c.right(480, yy, "Grand Total:", 9, "F2")
    c.right(564, yy, f"${total:,.2f}", 9, "F2")
    c.centre(306, y + 170, "To view the status of your order, return to Order Summary.", 8)
    c.centre(
        306,
        y + 184,
        f"Conditions of Use | Privacy Notice (c) 2008-{placed.year}, {market}.com, Inc. or its "
        "affiliates",
        7,
    )
    c.text(
        24, 772, f"https://www.{market.lower()}.com/gp/css/summary/print.html?orderID={number}", 7
    )
    c.right(588, 772, "1/1", 7)
    truth: Truth = {
        "VENDORNAME": seller,
        "RECEIVERNAME": buyer,
        "ID": number,
        "DATE": placed.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips


def payslip_fresh9(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """21: a trucking company's weekly driver settlement; 22: a staffing agency's weekly pay
    statement on a half sheet."""
    return (*(payslip_settlement if t == 21 else payslip_staffing)(m), f"t{t}")


NO_TAX_STATES = {"TX", "FL", "TN", "WA", "NV", "SD", "WY", "AK", "NH"}


def payslip_settlement(m: Maker) -> Layout:
    """A company driver's weekly settlement statement from a trucking company's dispatch and
    payroll system: the carrier with its MC and USDOT numbers, "DRIVER SETTLEMENT" with the
    settlement number, the driver as LAST, FIRST MI with the driver ID, truck and trailer
    numbers and pay type, the settlement period (Sunday to Saturday) and the pay date, a table
    of the loads hauled (load number, pickup date, origin, destination, loaded and empty miles,
    cents per mile and the line pay), the accessorial pay (extra stops, detention, layover,
    tarping), the earnings with the non-taxable per diem, the deductions (taxes, health
    insurance, a fuel-card cash advance repaid) and the net settlement, with the year-to-date
    gross and miles."""
    kind = m.pick(("Trucking", "Transport", "Freight Lines", "Carriers", "Express"))
    carrier = f"{m.pick(COMPANY_A)} {kind}"
    carrier += f" {m.pick(('Inc.', 'LLC', 'Co.'))}"
    c_street, c_city = m.address()
    first, middle, last = m.person()
    driver_id = m.pick((f"D{m.digits(4)}", m.digits(5), f"{last[:3].upper()}{m.digits(3)}"))
    start = week_start(m.date(dt.date(2023, 1, 8), 700), 6)
    end = start + dt.timedelta(days=6)
    paid = end + dt.timedelta(days=6)
    rate = m.pick((0.52, 0.55, 0.58, 0.6, 0.62, 0.65))
    empty_rate = m.pick((rate, 0.4, 0.45))
    loads = []
    for _ in range(m.r.randint(1, 4)):
        (o_city, o_st, _, _), (d_city, d_st, _, _) = m.r.sample(CITIES, 2)
        loaded = m.r.randint(140, 1150)
        empty = m.pick((0, 0, m.r.randint(10, 180)))
        pay = round(loaded * rate + empty * empty_rate, 2)
        when = start + dt.timedelta(days=m.r.randint(0, 5))
        loads.append(
            (m.digits(6), when, f"{o_city}, {o_st}", f"{d_city}, {d_st}", loaded, empty, pay)
        )
    loads.sort(key=lambda x: x[1])
    extras = []
    for label, unit, lo_hi, p in (
        ("Extra stop", 25.0, (1, 3), 0.4),
        ("Detention (hrs)", 18.0, (2, 6), 0.3),
        ("Layover", 75.0, (1, 1), 0.2),
        ("Tarp pay", 40.0, (1, 2), 0.2),
    ):
        if m.chance(p):
            qty = m.r.randint(*lo_hi)
            extras.append((label, m.pick(loads)[0], qty, unit, round(qty * unit, 2)))
    miles = sum(x[4] + x[5] for x in loads)
    mileage = round(sum(x[6] for x in loads), 2)
    accessorial = round(sum(x[4] for x in extras), 2)
    per_diem = round(miles * m.pick((0.0, 0.1, 0.15)), 2)
    gross = round(mileage + accessorial + per_diem, 2)
    taxable = round(gross - per_diem, 2)
    state = c_city.split(", ")[1][:2]
    deds = [
        ("Federal income tax", round(taxable * m.r.uniform(0.07, 0.13), 2)),
        ("Social Security", round(taxable * 0.062, 2)),
        ("Medicare", round(taxable * 0.0145, 2)),
    ]
    if state not in NO_TAX_STATES:
        deds.append((f"{state} state income tax", round(taxable * m.r.uniform(0.025, 0.05), 2)))
    if m.chance(0.6):
        deds.append(("Health insurance", m.amount(38, 140)))
    if m.chance(0.4):
        deds.append(("Cash advance (fuel card)", float(m.pick((50, 100, 150, 200)))))
    if m.chance(0.3):
        deds.append(("Occupational accident", m.amount(12, 25)))
    taken = round(sum(v for _, v in deds), 2)
    net = round(gross - taken, 2)
    weeks = max(1, (end - dt.date(end.year, 1, 1)).days // 7 + 1)
    ytd_gross = round(gross * weeks * m.r.uniform(0.85, 1.05), 2) if weeks > 1 else gross
    ytd_miles = int(miles * weeks * m.r.uniform(0.85, 1.05)) if weeks > 1 else miles
    day = "%m/%d/%Y"
    c = Canvas()
    c.text(36, 32, carrier, fit(carrier, 330, 15, "F2"), "F2")
    c.text(36, 51, f"{c_street}, {c_city}", 8)
    c.text(36, 62, f"MC# {m.digits(6)}   USDOT# {m.digits(7)}   Dispatch {m.phone()}", 8)
    c.right(576, 32, "DRIVER SETTLEMENT", 13, "F2")
    c.right(576, 50, f"Settlement No. {fmt(end, '%y%m%d')}-{m.digits(3)}", 8.5)
    c.line(36, 78, 576, 78, 1.0)
    name = f"{last}, {first} {middle[:1]}".strip().upper()
    left = (
        ("Driver:", name),
        ("Driver ID:", driver_id),
        ("Pay type:", "Company driver - mileage"),
    )
    right = (
        ("Settlement period:", f"{fmt(start, day)} - {fmt(end, day)}"),
        ("Pay date:", fmt(paid, day)),
        ("Truck / Trailer:", f"{m.digits(3)} / {m.pick('RVF')}{m.digits(4)}"),
    )
    for i, ((k1, v1), (k2, v2)) in enumerate(zip(left, right, strict=True)):
        c.text(36, 88 + 13 * i, k1, 8.5, "F2")
        c.text(100, 88 + 13 * i, v1, 9)
        c.text(330, 88 + 13 * i, k2, 8.5, "F2")
        c.text(420, 88 + 13 * i, v2, 9)
    top = 138
    c.text(36, top, "LOADS", 9, "F2")
    heads = (
        (38, "Load #", 0),
        (84, "Pickup", 0),
        (132, "Origin", 0),
        (254, "Destination", 0),
        (416, "Loaded mi", 1),
        (466, "Empty mi", 1),
        (516, "Rate/mi", 1),
        (574, "Pay", 1),
    )
    c.shade(36, top + 12, 540, 13, 0.85)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 15, h, 7.5, "F2")
    y = top + 30
    for load, when, origin, dest, loaded, empty, pay in loads:
        cells = (
            load,
            fmt(when, "%m/%d"),
            origin,
            dest,
            f"{loaded:,}",
            f"{empty:,}" if empty else "0",
        )
        cells += (f"{rate:.3f}", f"{pay:,.2f}")
        for (x, _, r), s in zip(heads, cells, strict=True):
            (c.right if r else c.text)(x, y, s, fit(s, 118, 8) if x in (132, 254) else 8)
        y += 12
    c.line(36, y, 576, y, 0.4)
    c.text(254, y + 4, "Totals", 8, "F2")
    c.right(416, y + 4, f"{sum(x[4] for x in loads):,}", 8, "F2")
    c.right(466, y + 4, f"{sum(x[5] for x in loads):,}", 8, "F2")
    c.right(574, y + 4, f"{mileage:,.2f}", 8, "F2")
    y += 24
    c.text(36, y, "ACCESSORIAL PAY", 9, "F2")
    y += 13
    if extras:
        for label, load, qty, unit, amount in extras:
            c.text(46, y, label, 8)
            c.text(160, y, f"Load {load}", 8)
            c.right(300, y, f"{qty} x {unit:.2f}", 8)
            c.right(380, y, f"{amount:,.2f}", 8)
            y += 11
    else:
        c.text(46, y, "None this period", 8)
        y += 11
    y += 14
    box_top = y
    c.box(36, y, 264, 20 + 12 * 5, 0.6)
    c.box(312, y, 264, 20 + 12 * max(5, len(deds) + 2), 0.6)
    c.text(42, y + 4, "EARNINGS", 8.5, "F2")
    c.right(294, y + 4, "Current", 8.5, "F2")
    earn = (
        ("Mileage pay", mileage),
        ("Accessorial pay", accessorial),
        ("Per diem (non-taxable)", per_diem),
    )
    for i, (label, v) in enumerate(earn):
        c.text(46, y + 18 + 12 * i, label, 8.5)
        c.right(294, y + 18 + 12 * i, f"{v:,.2f}", 8.5)
    c.text(46, y + 18 + 12 * 3 + 4, "Total gross pay", 8.5, "F2")
    c.right(294, y + 18 + 12 * 3 + 4, f"{gross:,.2f}", 8.5, "F2")
    c.text(318, y + 4, "DEDUCTIONS", 8.5, "F2")
    c.right(570, y + 4, "Current", 8.5, "F2")
    for i, (label, v) in enumerate(deds):
        c.text(322, y + 18 + 12 * i, label, 8.5)
        c.right(570, y + 18 + 12 * i, f"{v:,.2f}", 8.5)
    yy = y + 18 + 12 * len(deds) + 4
    c.text(322, yy, "Total deductions", 8.5, "F2")
    c.right(570, yy, f"{taken:,.2f}", 8.5, "F2")
    y = box_top + 20 + 12 * max(5, len(deds) + 2) + 16
    c.shade(36, y, 540, 24, 0.88)
    c.text(44, y + 7, "NET SETTLEMENT (direct deposit)", 11, "F2")
    c.right(568, y + 7, f"${net:,.2f}", 12, "F2")
    y += 36
    c.text(36, y, f"Year to date:  Gross pay {ytd_gross:,.2f}    Miles {ytd_miles:,}", 8.5)
    _paragraph(
        c,
        36,
        y + 22,
        "Review your settlement and report any missing loads, stops or detention to payroll "
        "within 14 days. Detention is paid after the first two hours at the shipper or "
        "receiver when the arrival is on time and documented on the bill of lading.",
        540,
        7.5,
        "F1",
    )
    truth: Truth = {
        "EmployeeName/FirstName": first.upper(),
        "EmployeeName/LastName": last.upper(),
        "EmployeeNumber": driver_id,
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": taken,
    }
    return [c], truth


AGENCIES = ("Staffing", "Workforce Solutions", "Personnel Services", "Temps", "Labor Source")
JOBS = (
    ("Warehouse Associate", (15.0, 19.5)),
    ("Forklift Operator", (17.5, 23.0)),
    ("Administrative Assistant", (17.0, 24.0)),
    ("Assembler", (15.5, 20.0)),
    ("Customer Service Rep", (16.0, 22.0)),
    ("Machine Operator", (17.0, 24.5)),
)


def payslip_staffing(m: Maker) -> Layout:
    """A staffing agency's weekly pay statement on a half sheet (letter, landscape): the agency
    and branch with "WEEKLY PAY STATEMENT", a row of ruled cells with the captions above the
    values (employee, employee ID, masked SSN, pay period, week ending, check date), the
    assignment (the client, the job title and the job order), a day-by-day time grid (Monday
    to Sunday with the regular and overtime hours), the earnings with hours, rate, current
    and year to date beside the taxes and deductions (a transportation or pay-card fee
    among them), and a summary strip of gross pay, total deductions and net pay."""
    agency = f"{m.pick(COMPANY_A)} {m.pick(AGENCIES)}"
    a_street, a_city = m.address()
    client = m.company()
    job, (lo, hi) = m.pick(JOBS)
    first, middle, last = m.person()
    emp_id = m.pick((m.digits(7), f"{m.digits(3)}-{m.digits(5)}", f"T{m.digits(6)}"))
    start = week_start(m.date(dt.date(2023, 1, 9), 700), 0)
    end = start + dt.timedelta(days=6)
    paid = end + dt.timedelta(days=5)
    rate = m.amount(lo, hi)
    days = []
    for i in range(7):
        worked = i < 5 or m.chance(0.25)
        days.append(m.pick((8.0, 8.0, 8.5, 9.0, 10.0, 7.5, 6.0)) if worked else 0.0)
    total = sum(days)
    reg = min(40.0, total)
    ot = round(total - reg, 2)
    reg_by_day, left = [], 40.0
    for h in days:
        r = min(h, left)
        left -= r
        reg_by_day.append(r)
    earnings = [("Regular", reg, rate, round(reg * rate, 2))]
    if ot:
        earnings.append(("Overtime", ot, round(rate * 1.5, 4), round(ot * rate * 1.5, 2)))
    if m.chance(0.25):
        earnings.append(("Attendance bonus", 0.0, 0.0, float(m.pick((25, 40, 50)))))
    gross = round(sum(e[3] for e in earnings), 2)
    state = a_city.split(", ")[1][:2]
    deds = [
        ("Federal W/H", round(gross * m.r.uniform(0.05, 0.11), 2)),
        ("Social Security", round(gross * 0.062, 2)),
        ("Medicare", round(gross * 0.0145, 2)),
    ]
    if state not in NO_TAX_STATES:
        deds.append((f"{state} State W/H", round(gross * m.r.uniform(0.02, 0.045), 2)))
    if m.chance(0.35):
        deds.append(("Transportation", float(m.pick((5, 7, 8))) * sum(1 for h in days if h)))
    if m.chance(0.2):
        deds.append(("Pay card fee", 2.5))
    if m.chance(0.2):
        deds.append(("Safety shoes", m.amount(8, 20)))
    taken = round(sum(v for _, v in deds), 2)
    net = round(gross - taken, 2)
    weeks = max(1, (end - dt.date(end.year, 1, 1)).days // 7 + 1)
    worked_weeks = max(1, int(weeks * m.r.uniform(0.3, 1.0)))

    def ytd(v: float) -> float:
        return round(v * worked_weeks * m.r.uniform(0.9, 1.05), 2) if worked_weeks > 1 else v

    e_ytd = [ytd(e[3]) for e in earnings]
    ytd_gross = round(sum(e_ytd), 2)
    d_ytd = [ytd(v) for _, v in deds]
    day = "%m/%d/%Y"
    c = Canvas(612, 396)
    c.text(24, 18, agency, 12, "F2")
    c.text(24, 33, f"Branch {m.digits(3)}  {a_street}, {a_city}  {m.phone()}", 7)
    c.right(588, 18, "WEEKLY PAY STATEMENT", 11, "F2")
    c.right(588, 33, f"Advice No. {m.digits(7)}   Non-negotiable", 7)
    cells = (
        (
            "EMPLOYEE",
            f"{first} {middle[:1]} {last}".replace("  ", " ") if middle else f"{first} {last}",
            150,
        ),
        ("EMPLOYEE ID", emp_id, 76),
        ("SSN", f"XXX-XX-{m.digits(4)}", 70),
        ("PAY PERIOD", f"{fmt(start, day)} - {fmt(end, day)}", 124),
        ("WEEK ENDING", fmt(end, day), 72),
        ("CHECK DATE", fmt(paid, day), 72),
    )
    x = 24.0
    for cap, v, w in cells:
        c.box(x, 46, w, 28, 0.5)
        c.text(x + 3, 48, cap, 5.5, "F2")
        c.text(x + 4, 60, v, fit(v, w - 6, 8.5), "F1")
        x += w
    c.text(24, 82, "ASSIGNMENT:", 7.5, "F2")
    c.text(
        80,
        82,
        f"{client}  -  {job}  -  Job Order {m.digits(6)}  -  "
        f"Supervisor {m.pick(FIRST)} {m.pick(LAST)}",
        7.5,
    )
    top = 96
    c.box(24, top, 564, 40, 0.5)
    c.text(28, top + 3, "TIME", 6.5, "F2")
    c.text(28, top + 16, "Regular", 7)
    c.text(28, top + 28, "Overtime", 7)
    for i, h in enumerate(days):
        x = 96 + 62 * i
        d = start + dt.timedelta(days=i)
        c.line(x - 4, top, x - 4, top + 40, 0.3)
        c.text(x, top + 3, f"{d:%a} {d.month}/{d.day}", 6.5, "F2")
        c.right(x + 54, top + 16, f"{reg_by_day[i]:.2f}", 7.5)
        c.right(x + 54, top + 28, f"{h - reg_by_day[i]:.2f}", 7.5)
    c.line(530, top, 530, top + 40, 0.3)
    c.text(534, top + 3, "TOTAL", 6.5, "F2")
    c.right(582, top + 16, f"{reg:.2f}", 7.5, "F2")
    c.right(582, top + 28, f"{ot:.2f}", 7.5, "F2")
    top = 146
    c.shade(24, top, 300, 12, 0.85)
    for x, h, r in (
        (28, "EARNINGS", 0),
        (168, "HOURS", 1),
        (214, "RATE", 1),
        (266, "CURRENT", 1),
        (320, "YTD", 1),
    ):
        (c.right if r else c.text)(x, top + 3, h, 6.5, "F2")
    y = top + 17
    for (label, hours, r, v), vy in zip(earnings, e_ytd, strict=True):
        c.text(28, y, label, 7.5)
        if hours:
            c.right(168, y, f"{hours:.2f}", 7.5)
            c.right(214, y, f"{r:.4f}", 7.5)
        c.right(266, y, f"{v:,.2f}", 7.5)
        c.right(320, y, f"{vy:,.2f}", 7.5)
        y += 11
    c.line(24, y, 324, y, 0.3)
    c.text(28, y + 3, "GROSS PAY", 7.5, "F2")
    c.right(266, y + 3, f"{gross:,.2f}", 7.5, "F2")
    c.right(320, y + 3, f"{ytd_gross:,.2f}", 7.5, "F2")
    c.shade(336, top, 252, 12, 0.85)
    for x, h, r in ((340, "TAXES / DEDUCTIONS", 0), (530, "CURRENT", 1), (584, "YTD", 1)):
        (c.right if r else c.text)(x, top + 3, h, 6.5, "F2")
    y = top + 17
    for (label, v), vy in zip(deds, d_ytd, strict=True):
        c.text(340, y, label, 7.5)
        c.right(530, y, f"{v:,.2f}", 7.5)
        c.right(584, y, f"{vy:,.2f}", 7.5)
        y += 11
    c.line(336, y, 588, y, 0.3)
    c.text(340, y + 3, "TOTAL DEDUCTIONS", 7.5, "F2")
    c.right(530, y + 3, f"{taken:,.2f}", 7.5, "F2")
    c.right(584, y + 3, f"{round(sum(d_ytd), 2):,.2f}", 7.5, "F2")
    top = 300
    for i, (cap, v) in enumerate(
        (("GROSS PAY", gross), ("TOTAL DEDUCTIONS", taken), ("NET PAY", net))
    ):
        x = 24 + 188 * i
        c.box(x, top, 188, 30, 0.8)
        c.text(x + 4, top + 3, cap, 6.5, "F2")
        c.right(x + 182, top + 13, f"${v:,.2f}", 11, "F2" if cap == "NET PAY" else "F1")
    c.text(
        24,
        340,
        f"Net pay deposited to {m.pick(('checking', 'savings', 'pay card'))} account ending "
        f"{m.digits(4)}.",
        7,
    )
    c.text(
        24,
        350,
        "Report time-card errors to your branch before the next payroll cutoff (Monday 10:00 AM).",
        7,
    )
    c.text(
        24,
        366,
        f"{agency} is an equal opportunity employer. Assignment hours are reported by the client.",
        6.5,
    )
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": emp_id,
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


def bank_statement_fresh9(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """21: a certificate of deposit statement for a quarter; 22: a branch teller's interim
    statement in Courier."""
    fn = statement_certificate if t == 21 else statement_interim
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


def statement_certificate(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A bank's or credit union's quarterly statement for a certificate of deposit: the
    institution in a serif face, "Certificate Account Statement" with the quarter as "January
    1, 2024 through March 31, 2024", the owner in the window, a box with the certificate
    number, account type, term, issue date, maturity date, interest rate and annual
    percentage yield, the summary (beginning balance, interest credited, withdrawals and
    penalties, ending balance, with the interest paid year to date and the tax withheld), the
    activity (monthly interest credited, and when the owner takes the interest, its transfer
    to another account) and the maturity and grace-period notice."""
    bank = m.pick(BANKS)
    first, middle, last = m.person()
    holder = f"{first} {middle[:1]} {last}" if middle else f"{first} {last}"
    if m.chance(0.3):
        f2, _, _ = m.person()
        holder = f"{first} {last} or {f2} {last}"
    street, city = m.address()
    raw = m.digits(10)
    account = m.pick((raw, f"{raw[:4]}-{raw[4:]}", f"******{raw[-4:]}"))
    credit_union = "Credit Union" in bank
    acct_type = m.pick(
        ("Share Certificate", "IRA Share Certificate")
        if credit_union
        else (
            "Certificate of Deposit",
            "Jumbo Certificate of Deposit",
            "IRA Certificate of Deposit",
        )
    )
    d = m.date(dt.date(2023, 1, 1), 700)
    start = dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    end = month_end(add_months(start, 2))
    term = m.pick((6, 9, 12, 18, 24, 36, 60))
    issued = start - dt.timedelta(days=m.r.randint(15, max(20, 30 * term - 100)))
    maturity = add_months(issued, term)
    rate = round(m.r.uniform(0.8, 5.1), 2)
    apy = ((1 + rate / 1200) ** 12 - 1) * 100
    opening = m.amount(1000, 250000)
    paid_out = m.chance(0.35)
    transfer_to = m.digits(4)
    balance = opening
    rows = []
    for k in range(3):
        day = month_end(add_months(start, k))
        interest = round(balance * rate / 1200, 2)
        balance = round(balance + interest, 2)
        rows.append((day, "Interest credited", interest, 0.0, balance))
        if paid_out:
            balance = round(balance - interest, 2)
            rows.append(
                (day, f"Interest transfer to account ending {transfer_to}", 0.0, interest, balance)
            )
    credits = round(sum(x[2] for x in rows), 2)
    debits = round(sum(x[3] for x in rows), 2)
    closing = balance
    ytd_interest = round(credits * ((start.month - 1) // 3 + 1) * m.r.uniform(0.9, 1.0), 2)
    c = Canvas()
    c.text(40, 36, bank, fit(bank, 300, 17, "F4"), "F4")
    c.text(40, 56, "Member FDIC" if not credit_union else "Federally insured by NCUA", 7.5)
    c.text(40, 66, f"P.O. Box {m.r.randint(100, 9999)}, {m.address()[1]}   {m.phone()}", 7.5)
    c.right(572, 36, "Certificate Account Statement", 12, "F4")
    c.right(572, 53, f"{long_date(start)} through {long_date(end)}", 8.5, "F3")
    rows_at(c, 60, 116, (holder.upper(), street.upper(), city.upper()), 9.5, "F1", 12)
    c.box(340, 92, 232, 112, 0.6)
    info = (
        ("Certificate number", account),
        ("Account type", acct_type),
        ("Term", f"{term} months"),
        ("Issue date", fmt(issued, "%m/%d/%Y")),
        ("Maturity date", fmt(maturity, "%m/%d/%Y")),
        ("Interest rate", f"{rate:.2f}%"),
        ("Annual percentage yield", f"{apy:.2f}%"),
        ("Interest paid", "Monthly, by transfer" if paid_out else "Monthly, compounded"),
    )
    for i, (k, v) in enumerate(info):
        c.text(346, 97 + 13 * i, k, 8)
        c.right(566, 97 + 13 * i, v, 8.5, "F2" if i == 0 else "F1")
    top = 226
    c.text(40, top, "Account Summary", 11, "F4")
    c.line(40, top + 15, 320, top + 15, 0.8)
    summary = (
        (labels[0], opening),
        (labels[1], credits),
        (labels[2], debits),
        (labels[3], closing),
    )
    for i, (label, v) in enumerate(summary):
        bold = "F2" if i in (0, 3) else "F1"
        c.text(44, top + 22 + 14 * i, label, 9, bold)
        c.right(316, top + 22 + 14 * i, f"${v:,.2f}", 9, bold)
    c.line(40, top + 80, 320, top + 80, 0.4)
    c.text(44, top + 86, "Interest paid year to date", 8.5)
    c.right(316, top + 86, f"${ytd_interest:,.2f}", 8.5)
    c.text(44, top + 99, "Federal tax withheld year to date", 8.5)
    c.right(316, top + 99, "$0.00", 8.5)
    top = 350
    c.text(40, top, "Account Activity", 11, "F4")
    heads = ((44, "Date", 0), (110, "Description", 0), (420, "Credits", 1))
    heads += ((495, "Debits", 1), (568, "Balance", 1))
    c.shade(40, top + 16, 532, 13, 0.88)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 19, h, 8, "F2")
    y = top + 34
    c.text(44, y, fmt(start, "%m/%d"), 8.5)
    c.text(110, y, "Balance forward", 8.5)
    c.right(568, y, f"{opening:,.2f}", 8.5)
    y += 13
    for when, desc, cr, dr, bal in rows:
        c.text(44, y, fmt(when, "%m/%d"), 8.5)
        c.text(110, y, desc, 8.5)
        if cr:
            c.right(420, y, f"{cr:,.2f}", 8.5)
        if dr:
            c.right(495, y, f"{dr:,.2f}", 8.5)
        c.right(568, y, f"{bal:,.2f}", 8.5)
        y += 13
    c.line(40, y + 2, 572, y + 2, 0.4)
    y += 24
    c.text(40, y, "Maturity Information", 10, "F4")
    grace = maturity + dt.timedelta(days=10)
    _paragraph(
        c,
        40,
        y + 16,
        f"Your certificate matures on {long_date(maturity)}. Unless you instruct us "
        f"otherwise, it will renew automatically for another {term} months at the rate we "
        f"offer on that date. You may withdraw or add funds without penalty during the grace "
        f"period, which ends on {long_date(grace)}. A penalty may be imposed for "
        "withdrawal of principal before maturity.",
        532,
        8.5,
        "F3",
    )
    c.line(40, 740, 572, 740, 0.3)
    c.text(40, 745, f"{bank}  -  Questions? Call {m.phone()} or visit any branch.", 7)
    c.right(572, 745, "Page 1 of 1", 7)
    truth: Truth = {
        "bank_name": bank,
        "account_holder_name": holder.upper(),
        "account_number": account,
        "account_type": acct_type,
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return [c], truth


# (transaction code, description pattern, amount range, sign)
TELLER_ACTIVITY = (
    ("ACH CR", "PAYROLL {company} DIR DEP", (600, 3200), 1),
    ("DEP", "BRANCH DEPOSIT {branch}", (40, 1500), 1),
    ("POS DR", "POS {store} {city}", (4, 180), -1),
    ("ATM WD", "ATM {n4} {street}", (20, 300), -1),
    ("CHK PD", "CHECK {check}", (25, 1400), -1),
    ("ACH DR", "{utility} AUTOPAY", (30, 280), -1),
    ("XFER", "TRANSFER FROM SAV {n4}", (50, 900), 1),
    ("SVC CHG", "OVERDRAFT PROTECTION XFER FEE", (10, 12), -1),
)
TELLER_STORES = (
    "KROGER",
    "SHELL OIL",
    "TARGET",
    "WALGREENS",
    "HOME DEPOT",
    "CHIPOTLE",
    "AMAZON MKTPL",
)
TELLER_UTILITIES = ("CITY WATER", "DUKE ENERGY", "AT&T", "STATE FARM", "XFINITY")


def statement_interim(m: Maker, labels: tuple[str, ...]) -> Layout:
    """An interim statement a teller prints at the branch on request, in Courier on plain
    paper: the bank, branch and "INTERIM STATEMENT" with the print date, time and teller
    number, the account number and type, the holder's name, the requested range "FROM ...
    THRU ..." (any dates, not a statement cycle), then a column listing of the posting date,
    effective date, transaction code, description, debit, credit and ledger balance, the
    header repeated on each page, and at the end the beginning and ending ledger balances,
    the credit and debit totals with their counts, the available balance and the holds."""
    bank = m.pick(BANKS)
    branch = f"{m.pick(('MAPLE GROVE', 'DOWNTOWN', 'NORTH HILLS', 'EASTGATE', 'RIVERSIDE'))} OFFICE"
    first, middle, last = m.person()
    holder = (f"{first} {middle[:1]} {last}" if middle else f"{first} {last}").upper()
    street, city = m.address()
    account = m.pick((m.digits(10), f"00{m.digits(8)}", f"{m.digits(3)}-{m.digits(6)}"))
    acct_type = m.pick(
        ("REGULAR CHECKING", "INTEREST CHECKING", "STATEMENT SAVINGS", "STUDENT CHECKING")
    )
    start = m.date(dt.date(2023, 1, 1), 700)
    end = start + dt.timedelta(days=m.r.randint(14, 50))
    printed = end + dt.timedelta(days=m.r.randint(0, 2))
    opening = m.amount(150, 9000)
    balance = opening
    check = m.r.randint(1001, 4000)
    txns = []
    savings = "SAVINGS" in acct_type
    for d in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(10, 64))):
        code, pattern, (lo, hi), sign = m.pick(
            TELLER_ACTIVITY[:2] + TELLER_ACTIVITY[6:7] if savings else TELLER_ACTIVITY
        )
        amount = m.amount(lo, hi)
        if sign < 0 and amount > balance:
            code, pattern, (lo, hi), sign = TELLER_ACTIVITY[1]
            amount = m.amount(lo, hi)
        posted = start + dt.timedelta(days=d)
        eff = (
            posted - dt.timedelta(days=m.pick((0, 0, 0, 1, 2)))
            if code in ("POS DR", "ATM WD")
            else posted
        )
        desc = pattern.format(
            company=m.company().upper()[:14],
            branch=m.digits(3),
            store=m.pick(TELLER_STORES),
            city=city.split(",")[0].upper()[:10],
            n4=m.digits(4),
            street=m.pick(("MAIN ST", "OAK AVE", "HWY 9", "MALL")),
            check=check,
            utility=m.pick(TELLER_UTILITIES),
        )
        check += code == "CHK PD"
        balance = round(balance + sign * amount, 2)
        txns.append(
            (
                posted,
                eff,
                code,
                desc,
                amount if sign < 0 else 0.0,
                amount if sign > 0 else 0.0,
                balance,
            )
        )
    credits = [x[5] for x in txns if x[5]]
    debits = [x[4] for x in txns if x[4]]
    closing = balance
    holds = float(m.pick((0, 0, 0, 100, 225, 500)))
    holds = min(holds, max(0.0, round(closing, 0)))
    day = "%m/%d/%Y"
    size = 7.6
    pages: list[Canvas] = []
    branch_no, teller = m.digits(3), m.digits(4)
    clock = f"{m.r.randint(8, 17):02d}:{m.r.randint(0, 59):02d}"

    def head() -> float:
        c = Canvas()
        pages.append(c)
        n = len(pages)
        lines = (
            (f"{bank.upper()}", "INTERIM STATEMENT"),
            (f"BRANCH {branch_no}  {branch}", f"PAGE {n}"),
            (f"PRINTED {fmt(printed, day)} {clock}  TELLER {teller}", ""),
        )
        for i, (a, b) in enumerate(lines):
            c.text(36, 30 + 11 * i, a, size, "F6" if i == 0 else "F5")
            c.right(576, 30 + 11 * i, b, size, "F6" if i == 0 else "F5")
        y = 72.0
        if n == 1:
            for i, s in enumerate((holder, street.upper(), city.upper())):
                c.text(36, y + 11 * i, s, size, "F5")
            y += 44
        c.text(36, y, f"ACCOUNT {account}    TYPE: {acct_type}", size, "F6")
        c.text(36, y + 11, f"FROM {fmt(start, day)} THRU {fmt(end, day)}", size, "F5")
        y += 28
        c.text(36, y, "POST DATE  EFF DATE   CODE     DESCRIPTION", size, "F5")
        c.right(432, y, "DEBIT", size, "F5")
        c.right(504, y, "CREDIT", size, "F5")
        c.right(576, y, "LEDGER BAL", size, "F5")
        c.text(36, y + 8, "-" * 118, size, "F5")
        return y + 20

    y = head()
    pages[0].text(36, y, f"{fmt(start, day)}{' ' * 21}BALANCE FORWARD", size, "F5")
    pages[0].right(576, y, f"{opening:,.2f}", size, "F5")
    y += 11
    for posted, eff, code, desc, dr, cr, bal in txns:
        if y > 730:
            y = head()
        c = pages[-1]
        c.text(36, y, f"{fmt(posted, day)} {fmt(eff, day)} {code:<8} {desc[:31]}", size, "F5")
        if dr:
            c.right(432, y, f"{dr:,.2f}", size, "F5")
        if cr:
            c.right(504, y, f"{cr:,.2f}", size, "F5")
        c.right(576, y, f"{bal:,.2f}", size, "F5")
        y += 11
    if y > 650:
        y = head()
    c = pages[-1]
    c.text(36, y, "-" * 118, size, "F5")
    y += 14
    summary = (
        (labels[0], opening),
        (f"{labels[1]} ({len(credits)})", sum(credits)),
        (f"{labels[2]} ({len(debits)})", sum(debits)),
        (labels[3], closing),
        ("HOLDS", holds),
        ("AVAILABLE BALANCE", round(closing - holds, 2)),
    )
    for label, v in summary:
        c.text(36, y, f"{label:.<34}", size, "F5")
        c.right(330, y, f"{v:,.2f}", size, "F5")
        y += 11
    y += 10
    c.text(
        36,
        y,
        "THIS IS NOT AN OFFICIAL STATEMENT. ITEMS MAY BE SUBJECT TO FINAL PAYMENT.",
        size,
        "F5",
    )
    c.text(36, y + 11, "*** END OF REPORT ***", size, "F5")
    truth: Truth = {
        "bank_name": bank.upper(),
        "account_holder_name": holder,
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


def w2_fresh9(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """21: the W-2 section of an IRS Wage and Income Transcript; 22: a W-2 faxed into a
    lender's loan file."""
    return (*(w2_transcript if t == 21 else w2_faxed)(m), f"t{t}")


class Transcript:
    """An IRS transcript page by page: `row(label, value)` lines with the values in a column,
    the sensitive-data banner and page numbers on every page."""

    def __init__(self, m: Maker, year: int, ssn: str) -> None:
        self.pages: list[Canvas] = []
        self.y = 0.0
        requested = m.date(dt.date(year + 1, 3, 1), 500)
        self.head = (
            ("Request Date:", fmt(requested, "%m-%d-%Y")),
            ("Response Date:", fmt(requested, "%m-%d-%Y")),
            ("Tracking Number:", m.digits(12)),
            ("SSN Provided:", ssn),
            ("Tax Period Requested:", f"December, {year}"),
        )
        self.turn()
        self.c.centre(306, 66, "Wage and Income Transcript", 15, "F4")
        self.y = 96
        for label, value in self.head:
            self.row(label, value)
        self.y += 8
        self.c.text(
            60, self.y, "This transcript shows data from information returns we received", 8, "F3"
        )
        self.c.text(
            60,
            self.y + 10,
            "such as Forms W-2, 1099, 1098 and 5498. State or local data is not included.",
            8,
            "F3",
        )
        self.y += 30

    @property
    def c(self) -> Canvas:
        return self.pages[-1]

    def turn(self) -> None:
        self.pages.append(Canvas())
        self.c.centre(306, 36, "This Product Contains Sensitive Taxpayer Data", 9, "F4")
        self.y = 64

    def room(self, h: float) -> None:
        if self.y + h > 736:
            self.turn()

    def title(self, s: str) -> None:
        self.room(40)
        self.y += 8
        self.c.text(60, self.y, s, 10.5, "F4")
        self.y += 18

    def row(self, label: str, value: str = "", bold: bool = False) -> None:
        self.room(12)
        font = "F4" if bold else "F3"
        self.c.text(60, self.y, label, fit(label, 290, 9, font), font)
        self.c.text(360, self.y, value, 9, "F3")
        self.y += 12

    def lines(self, rows: tuple[str, ...] | list[str]) -> None:
        for s in rows:
            self.row(s)

    def finish(self) -> list[Canvas]:
        for i, page in enumerate(self.pages):
            page.centre(306, 752, "This Product Contains Sensitive Taxpayer Data", 8, "F4")
            page.right(552, 764, f"Page {i + 1} of {len(self.pages)}", 7.5, "F3")
        return self.pages


def w2_transcript(m: Maker) -> Layout:
    """The W-2 part of an IRS Wage and Income Transcript (the older, unmasked print): the
    "This Product Contains Sensitive Taxpayer Data" banner, the request and response dates,
    tracking number, SSN provided and "Tax Period Requested: December, 2023", then "Form W-2
    Wage and Tax Statement" with the employer (EIN, then the name and address in capitals)
    and the employee (SSN, name and address), and every W-2 field as the IRS words it
    ("Wages, Tips and Other Compensation", "Deferred Compensation", the box 12 codes spelled
    out, the plan indicators), each amount with a dollar sign; sometimes a Form 1098 follows."""
    w = make_w2(m)
    doc = Transcript(m, w.year, w.ssn)
    doc.title("Form W-2 Wage and Tax Statement")
    doc.row("Employer:", bold=True)
    doc.row("Employer Identification Number (EIN):", w.ein)
    doc.lines((w.employer.upper(), w.er_street.upper(), w.er_city.upper().replace(",", "")))
    doc.y += 6
    doc.row("Employee:", bold=True)
    doc.row("Employee's Social Security Number:", w.ssn)
    name = f"{w.first_init} {w.last}".upper()
    doc.lines((name, w.ee_street.upper(), w.ee_city.upper().replace(",", "")))
    doc.y += 6
    codes = dict(w.codes)
    doc.row("Submission Type:", "Original document")
    for label, v in (
        ("Wages, Tips and Other Compensation:", w.wages),
        ("Federal Income Tax Withheld:", w.fed),
        ("Social Security Wages:", w.ss_wages),
        ("Social Security Tax Withheld:", w.ss_tax),
        ("Medicare Wages and Tips:", w.med_wages),
        ("Medicare Tax Withheld:", w.med_tax),
        ("Social Security Tips:", 0.0),
        ("Allocated Tips:", 0.0),
        ("Dependent Care Benefits:", 0.0),
        ("Deferred Compensation:", codes.get("D", 0.0)),
        ('Code "Q" Nontaxable Combat Pay:', 0.0),
        ('Code "W" Employer Contributions to a Health Savings Account:', codes.get("W", 0.0)),
        ('Code "Y" Deferrals under a section 409A nonqualified Deferred Compensation plan:', 0.0),
        ('Code "Z" Income under section 409A on a nonqualified Deferred Compensation plan:', 0.0),
        ('Code "R" Employer\'s Contribution to MSA:', 0.0),
        ('Code "S" Employer\'s Contribution to Simple Account:', 0.0),
        ('Code "T" Expenses Incurred for Qualified Adoptions:', 0.0),
        ('Code "V" Income from exercise of non-statutory stock options:', 0.0),
        ('Code "AA" Designated Roth Contributions under a Section 401(k) Plan:', 0.0),
        ('Code "BB" Designated Roth Contributions under a Section 403(b) Plan:', 0.0),
    ):
        doc.row(label, f"${v:,.2f}")
    doc.row("Third Party Sick Pay Indicator:", "Unanswered")
    doc.row("Retirement Plan Indicator:", "Yes - 1" if w.k401 else "No - 0")
    doc.row("Statutory Employee:", "Not Statutory Employee")
    doc.row("W2 Submission Type:", "Original")
    doc.row("W2 WHC SSN Validation Code:", "Correct SSN")
    if m.chance(0.5):
        doc.title("Form 1098 Mortgage Interest Statement")
        doc.row("Lender:", bold=True)
        doc.row("Lender's Federal Identification Number (FIN):", m.ein())
        doc.lines((m.pick(BANKS).upper(), m.street().upper()))
        doc.row("Borrower:", bold=True)
        doc.row("Borrower's Social Security Number:", w.ssn)
        doc.lines((name,))
        doc.row("Submission Type:", "Original document")
        doc.row("Mortgage Interest Received from Borrower:", f"${m.amount(2400, 21000):,.2f}")
        doc.row("Points Paid on Purchase of Principal Residence:", "$0.00")
        doc.row("Refund of Overpaid Interest:", "$0.00")
        doc.row("Mortgage Insurance Premiums:", f"${m.pick((0.0, m.amount(300, 1800))):,.2f}")
    truth = w2_truth(w)
    truth["employer_info/employer_name"] = w.employer.upper()
    truth["employee_general_info/first_name"] = w.first_init.upper()
    truth["employee_general_info/employee_last_name"] = w.last.upper()
    return doc.finish(), truth


def w2_faxed(m: Maker) -> Layout:
    """A W-2 the borrower's employer faxed to a mortgage lender, as it sits in the loan file:
    the fax machine's header line across the top (date, time, sender, fax numbers, page 3 of
    7), the form shrunk a little on the page, its Copy B grid with the identification boxes
    on the left and the money boxes in two columns on the right, the values typed in Courier
    under the captions, the lender's blue RECEIVED stamp with the date, a handwritten margin
    note with the loan number and the processor's "certified true and correct copy" stamp
    with a signature at the foot."""
    w = make_w2(m)
    sent = m.date(dt.date(w.year + 1, 2, 1), 420)
    loan = m.digits(10)
    lender = m.pick(BANKS)
    c = Canvas()
    hh, mm = m.r.randint(8, 17), m.r.randint(0, 59)
    total_pages = m.r.randint(3, 9)
    page_no = m.r.randint(2, total_pages)
    header = (
        f"{fmt(sent, '%b-%d-%Y').upper()} {hh % 12 or 12:02d}:{mm:02d}{'PM' if hh >= 12 else 'AM'}"
        f"  FROM-{w.employer.upper()[:22]} HR  {m.phone()}"
        f"   T-{m.digits(3)} P.{page_no:03d}/{total_pages:03d} F-{m.digits(3)}"
    )
    c.text(20, 10, header, fit(header, 572, 7.5, "F5"), "F5")
    colour(c, 0.1, 0.2, 0.6)
    stroke(c, 0.1, 0.2, 0.6)
    c.box(408, 30, 160, 50, 1.2)
    c.centre(488, 35, "RECEIVED", 11, "F2")
    c.centre(488, 50, fmt(sent, "%b %d %Y").upper(), 10, "F2")
    c.centre(488, 65, f"{lender.upper()[:26]}", 6, "F2")
    c.text(44, 46, f"{w.year} W-2  -  loan # {loan}", 11, "F3")
    c.text(44, 62, f"rec'd {sent.month}/{sent.day} {m.pick(FIRST)[0]}{m.pick(LAST)[0]}", 10, "F3")
    ink(c, 0.0)
    stroke(c, 0, 0, 0)
    d = Frame(c, 46, 100, 0.86)
    d.text(0, 0, f"{w.year}", 16, "F2")
    d.text(50, 4, "Form W-2 Wage and Tax Statement", 10, "F2")
    d.text(300, 2, "Copy B - To Be Filed With Employee's FEDERAL Tax Return.", 6.5, "F2")
    d.text(300, 10, "This information is being furnished to the Internal Revenue Service.", 6)
    top = 26
    left = (
        ("a", "Employee's social security number", 28, (w.ssn,)),
        ("b", "Employer identification number (EIN)", 28, (w.ein,)),
        ("c", "Employer's name, address, and ZIP code", 64, (w.employer, w.er_street, w.er_city)),
        ("d", "Control number", 26, (w.control,)),
        ("e", "Employee's first name and initial", 28, ()),
        ("f", "Employee's address and ZIP code", 52, (w.ee_street, w.ee_city)),
    )
    y = top
    for num, cap, h, vals in left:
        form_cell(d, 0, y, 300, h, num, cap, 6)
        for i, s in enumerate(vals):
            d.text(12, y + 12 + 11 * i, s, 9, "F5")
        if num == "e":
            d.text(128, y + 2, "Last name", 6)
            d.text(262, y + 2, "Suff.", 6)
            d.text(12, y + 13, w.first_init, 9, "F5")
            d.text(128, y + 13, w.last, 9, "F5")
        y += h
    bottom = y
    boxes = (
        ("1", "Wages, tips, other compensation", w.wages),
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
        ("12a", "See instructions for box 12", None),
        ("13", "Statutory employee  Retirement plan  Third-party sick pay", None),
        ("12b", "", None),
        ("14", "Other", None),
        ("12c", "", None),
    )
    rh = (bottom - top) / 8
    for i, (num, cap, v) in enumerate(boxes):
        x, yy = 300 + 150 * (i % 2), top + rh * (i // 2)
        form_cell(d, x, yy, 150, rh, num, cap, 6)
        if v is not None:
            d.text(x + 22, yy + rh - 12, f"{v:,.2f}", 9.5, "F5")
        if num.startswith("12"):
            k = ord(num[-1]) - ord("a")
            if k < len(w.codes):
                code, amount = w.codes[k]
                d.text(x + 22, yy + rh - 12, f"{code}  {amount:,.2f}", 9, "F5")
        if num == "13" and w.k401:
            d.text(x + 62, yy + rh - 12, "X", 9, "F6")
        if num == "14" and w.other:
            d.text(x + 22, yy + rh - 12, w.other, 8, "F5")
    y = bottom
    caps = (
        ("15", "State  Employer's state ID number", 180, f"{w.state}  {w.state_id}"),
        ("16", "State wages, tips, etc.", 100, f"{w.wages:,.2f}"),
        ("17", "State income tax", 90, f"{w.state_tax:,.2f}"),
        ("18", "Local wages, tips, etc.", 90, ""),
        ("19", "Local income tax", 70, ""),
        ("20", "Locality name", 70, ""),
    )
    x = 0.0
    for num, cap, wd, v in caps:
        form_cell(d, x, y, wd, 30, num, cap, 5.5)
        d.text(x + 8, y + 17, v, 9, "F5")
        x += wd
    d.text(0, y + 36, "Department of the Treasury - Internal Revenue Service", 6.5)
    colour(c, 0.1, 0.2, 0.6)
    stroke(c, 0.1, 0.2, 0.6)
    c.box(60, 420, 300, 84, 1.0)
    c.centre(210, 426, "CERTIFIED TRUE AND CORRECT COPY", 9, "F2")
    c.centre(210, 438, "OF THE ORIGINAL", 9, "F2")
    signer = f"{m.pick(FIRST)} {m.pick(LAST)}"
    c.text(72, 460, signer, 13, "F3")
    c.line(70, 476, 350, 476, 0.5)
    certified = fmt(sent + dt.timedelta(days=m.r.randint(0, 3)), "%m/%d/%Y")
    c.text(72, 480, f"Loan Processor    Date {certified}", 7, "F2")
    c.text(72, 490, f"Loan No. {loan}", 7, "F2")
    ink(c, 0.0)
    stroke(c, 0, 0, 0)
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Driver licences


def licence_fresh9(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """21: a teenager's provisional licence with the under-18 and under-21 bands; 22: a driver
    privilege card, front and back."""
    return (*(licence_provisional if t == 21 else licence_privilege)(m), f"t{t}")


def fill(
    c: Canvas, x: float, top: float, w: float, h: float, rgb: tuple[float, float, float]
) -> None:
    """A rectangle filled in a colour."""
    r, g, b = rgb
    y = c.height - top - h
    c.ops.append(b"q %.2f %.2f %.2f rg %.2f %.2f %.2f %.2f re f Q" % (r, g, b, x, y, w, h))


RED = (0.78, 0.1, 0.12)


def licence_provisional(m: Maker) -> Layout:
    """A horizontal provisional licence for a driver under 18: the state and "PROVISIONAL
    DRIVER LICENSE" in a tinted band, the portrait on the left and a ghost image on the
    right, the licence number, the date of birth large in red, the surname and given names on
    two lines without captions, the address, ISS and EXP, the physical facts and the
    graduated-licence restriction, and a red band along the foot with "UNDER 18 UNTIL" and
    "UNDER 21 UNTIL" and their dates, which are not the expiry."""
    d = make_licence(m)
    dob = dt.date(d.issued.year - m.r.randint(17, 18), m.r.randint(1, 12), m.r.randint(1, 28))
    expires = dt.date(d.issued.year + m.pick((3, 4, 5)), dob.month, dob.day)
    d = replace(d, dob=dob, expires=expires, klass=m.pick(("C", "D")))
    under18 = dob.replace(year=dob.year + 18)
    under21 = dob.replace(year=dob.year + 21)
    day = "%m/%d/%Y"
    c = Canvas(252, 159)
    c.box(1, 1, 250, 157, 0.6)
    c.shade(1, 1, 250, 26, 0.8)
    c.text(8, 4, d.state.upper(), fit(d.state.upper(), 150, 11, "F4"), "F4")
    c.text(8, 17, "PROVISIONAL DRIVER LICENSE", 6.5, "F2")
    c.right(244, 6, "USA", 7, "F2")
    c.shade(8, 32, 58, 72, 0.7)
    c.shade(14, 38, 46, 52, 0.55)
    c.shade(206, 32, 36, 44, 0.92)
    c.text(74, 32, "DL", 5, "F2")
    c.text(86, 30, d.number, 9, "F2")
    c.text(74, 45, "DOB", 5, "F2")
    colour(c, *RED)
    c.text(90, 42, fmt(d.dob, day), 10, "F2")
    ink(c, 0.0)
    c.text(74, 57, d.last.upper(), fit(d.last.upper(), 128, 9, "F2"), "F2")
    c.text(74, 67, f"{d.first} {d.middle}".strip().upper(), 8, "F2")
    c.text(74, 78, d.street.upper(), 5.8)
    c.text(74, 85, f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.8)
    c.text(74, 98, "ISS", 5, "F2")
    c.text(86, 96, fmt(d.issued, day), 6.8)
    c.text(150, 98, "EXP", 5, "F2")
    c.text(162, 96, fmt(d.expires, day), 7.5, "F2")
    c.text(74, 108, f"CLASS {d.klass}   SEX {d.sex}   HGT {d.height}   WGT {d.weight}", 5.5)
    c.text(74, 116, f"EYES {d.eyes}   HAIR {d.hair}   END NONE", 5.5)
    c.text(74, 123, "RSTR  P - PROVISIONAL: NO UNSUPERVISED DRIVING 12AM-5AM", 4.6, "F2")
    c.text(10, 108, f"{d.first} {d.last}", 7, "F3")
    c.line(8, 117, 66, 117, 0.3)
    fill(c, 1, 130, 250, 28, RED)
    colour(c, 1, 1, 1)
    c.text(8, 134, f"UNDER 18 UNTIL {fmt(under18, '%m-%d-%Y')}", 7.5, "F2")
    c.text(8, 145, f"UNDER 21 UNTIL {fmt(under21, '%m-%d-%Y')}", 7.5, "F2")
    c.right(244, 140, f"DD {m.digits(9)}", 5, "F5")
    ink(c, 0.0)
    return [c], licence_truth(d)


RESTRICTIONS = ("A - CORRECTIVE LENSES", "B - DAYLIGHT DRIVING ONLY", "C - AUTOMATIC TRANSMISSION")


def licence_privilege(m: Maker) -> Layout:
    """A driver privilege card (issued without proof of lawful presence), front and back: the
    state and "DRIVER PRIVILEGE CARD" in a band, "NOT VALID FOR IDENTIFICATION" in red, a
    column of small right-aligned captions (CARD NO, SURNAME, GIVEN NAMES, ADDRESS, BIRTH
    DATE, ISSUED, EXPIRES) with the values beside them, the physical facts and class along
    the foot, the portrait at the right; on the back the restriction codes, the endorsements,
    a barcode and the audit number."""
    d = make_licence(m)
    day = "%m/%d/%Y"
    c = Canvas(252, 159)
    c.box(1, 1, 250, 157, 0.6)
    c.shade(1, 1, 250, 28, 0.86)
    c.centre(126, 4, d.state.upper(), fit(d.state.upper(), 200, 10, "F4"), "F4")
    c.centre(126, 16, "DRIVER PRIVILEGE CARD", 7.5, "F2")
    colour(c, *RED)
    c.centre(126, 32, "NOT VALID FOR IDENTIFICATION", 5.5, "F2")
    ink(c, 0.0)
    c.shade(188, 42, 56, 70, 0.72)
    rows = (
        ("CARD NO", d.number, 8, "F2"),
        ("SURNAME", d.last.upper(), 7.5, "F2"),
        ("GIVEN NAMES", f"{d.first} {d.middle}".strip().upper(), 7, "F1"),
        ("ADDRESS", d.street.upper(), 5.5, "F1"),
        ("", f"{d.city.upper()}, {d.abbr} {d.zipcode}", 5.5, "F1"),
        ("BIRTH DATE", fmt(d.dob, day), 7, "F2"),
        ("ISSUED", fmt(d.issued, day), 6.5, "F1"),
        ("EXPIRES", fmt(d.expires, day), 7, "F2"),
    )
    for i, (cap, v, size, font) in enumerate(rows):
        top = 44 + 10 * i
        c.right(50, top + 1.5, cap, 4.6, "F2")
        c.text(54, top, v, min(size, fit(v, 128, size, font)), font)
    facts = f"CLASS {d.klass}   SEX {d.sex}   HGT {d.height}   WGT {d.weight}   EYES {d.eyes}"
    c.text(10, 130, facts, 5.5)
    c.text(190, 116, f"{d.first} {d.last}", 6.5, "F3")
    c.line(188, 124, 244, 124, 0.3)
    c.text(10, 145, "DRIVING PRIVILEGES ONLY - FEDERAL LIMITS APPLY", 5, "F2")
    back = Canvas(252, 159)
    back.box(1, 1, 250, 157, 0.6)
    back.text(10, 8, "RESTRICTIONS", 6, "F2")
    restr = m.r.sample(RESTRICTIONS, m.r.randint(0, 2))
    rows_at(back, 10, 17, restr or ["NONE"], 5.5, "F1", 7)
    back.text(140, 8, "ENDORSEMENTS", 6, "F2")
    back.text(140, 17, m.pick(("NONE", "M - MOTORCYCLE")), 5.5)
    back.text(140, 30, "ORGAN DONOR" if m.chance(0.4) else "", 6, "F2")
    barcode(Frame(back), m, 10, 50, 232, 60)
    back.text(10, 118, f"AUDIT {m.digits(10)}", 5.5, "F5")
    back.text(
        10, 128, "This card grants the privilege to drive only. It may not be used to prove", 4.8
    )
    back.text(
        10, 135, "identity, citizenship or eligibility for any public benefit or to vote.", 4.8
    )
    back.text(
        10, 145, f"If found, return to any {d.state} Department of Motor Vehicles office.", 4.8
    )
    return [c, back], licence_truth(d)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC


def form_1099_fresh9(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """21: the 1099 section of an IRS Wage and Income Transcript; 22: a bank's 1099-INT for
    savings bonds it redeemed, or a platform's annual earnings summary with its 1099-MISC."""
    if t == 21:
        return (*form_1099_transcript(m, variant), f"t{t}")
    fn = form_1099_bonds if variant == "INT" else form_1099_platform
    return (*fn(m), f"t{t}")


# The transcript's wording of each scored box, in its order, with some unscored lines.
TRANSCRIPT_INT = (
    ("Tax Withheld:", "federal_income_tax_withheld"),
    ("Interest:", "interest_income"),
    ("Savings Bonds:", "interest_on_us_savings_bonds_and_treasury"),
    ("Investment Expense:", "investment_expenses"),
    ("Foreign Tax Paid:", "foreign_tax_paid"),
    ("Tax-Exempt Interest:", "tax_exempt_interest"),
    ("Early Withdrawal Penalty:", "early_withdrawal_penalty"),
    ("Specified Private Activity Bond Interest:", ""),
    ("Market Discount:", ""),
    ("Bond Premium:", ""),
    ("Bond Premium on Treasury Obligations:", ""),
    ("Bond Premium on Tax-Exempt Bond:", ""),
)
TRANSCRIPT_MISC = (
    ("Tax Withheld:", "federal_income_tax_withheld"),
    ("Rents:", "rents"),
    ("Royalties:", "royalties"),
    ("Other Income:", "other_income"),
    ("Fishing Boat Proceeds:", "fishing_boat_proceeds"),
    ("Medical Payments:", "medical_and_health_care_payments"),
    ("Substitute Payments for Dividends:", ""),
    ("Crop Insurance Proceeds:", ""),
    ("Gross Proceeds Paid to an Attorney:", "gross_proceeds_paid_to_attorney"),
    ("Fish Purchased for Resale:", ""),
    ("Section 409A Deferrals:", ""),
    ("Excess Golden Parachute Payments:", ""),
    ("Nonqualified Deferred Compensation:", ""),
)


def form_1099_transcript(m: Maker, variant: str) -> Layout:
    """The 1099-INT or 1099-MISC part of an IRS Wage and Income Transcript (the older, unmasked
    print): the banner and request details, "Form 1099-INT Interest Income" with the payer (its
    FIN, name and address in capitals) and the recipient, the account number, and every
    amount in the transcript's own words ("Interest:", "Savings Bonds:", "Tax Withheld:",
    "Rents:", "Medical Payments:" ...) with a dollar sign, zeros included, then the indicator
    lines; sometimes a Form 5498 follows."""
    f = make_1099(m, variant)
    f = replace(f, payer=f.payer.upper(), recipient=f.recipient.upper())
    doc = Transcript(m, int(f.year), f.recipient_tin)
    doc.title(f"Form 1099-{variant} {f.title}")
    doc.row("Payer:", bold=True)
    doc.row("Payer's Federal Identification Number (FIN):", f.payer_tin)
    doc.lines((f.payer, f.p_street.upper(), f.p_city.upper().replace(",", "")))
    doc.y += 6
    doc.row("Recipient:", bold=True)
    doc.row("Recipient's Identification Number:", f.recipient_tin)
    doc.lines((f.recipient, f.r_street.upper(), f.r_city.upper().replace(",", "")))
    doc.y += 6
    doc.row("Submission Type:", "Original document")
    if f.account:
        doc.row("Account Number (Optional):", f.account)
    for label, key in TRANSCRIPT_INT if variant == "INT" else TRANSCRIPT_MISC:
        doc.row(label, f"${f.values.get(key, 0.0):,.2f}")
    if variant == "MISC":
        doc.row("Direct Sales Indicator:", "No direct sales")
    doc.row("FATCA Filing Requirement:", "Box not checked")
    doc.row("Second Notice Indicator:", "No Second Notice")
    if m.chance(0.4):
        doc.title("Form 5498 Individual Retirement Arrangement Contribution Information")
        doc.row("Trustee:", bold=True)
        doc.row("Trustee's Federal Identification Number (FIN):", m.ein())
        doc.lines((m.pick(BANKS).upper(),))
        doc.row("Participant's Social Security Number:", f.recipient_tin)
        doc.row("IRA Contributions:", f"${m.amount(500, 7000):,.2f}")
        doc.row("Rollover Contributions:", "$0.00")
        doc.row("Fair Market Value of Account:", f"${m.amount(2000, 180000):,.2f}")
        doc.row("IRA Code:", "IRA")
    return doc.finish(), tax_1099_truth(f, zeros_printed=True)


def form_1099_bonds(m: Maker) -> Layout:
    """A bank's 1099-INT for the paper U.S. savings bonds a customer cashed at its counter
    during the year: the bank's letterhead with "IMPORTANT TAX DOCUMENT", Form 1099-INT, the
    year, Copy B and the OMB number at the right, the customer in the window, the payer's and
    recipient's TINs and the customer number in a box, a table of the bonds redeemed (serial
    number, series E, EE or I, issue date as month and year, denomination, redemption date,
    purchase price, redemption value and interest) with its total, and the boxes that have an
    amount: box 3 (interest on U.S. savings bonds) and, under backup withholding, box 4."""
    f = make_1099(m, "INT")
    year = int(f.year)
    bonds = []
    for _ in range(m.r.randint(1, 6)):
        series = m.pick(("EE", "EE", "I", "E"))
        if series == "E":
            issue = dt.date(m.r.randint(1968, 1980), m.r.randint(1, 12), 1)
            denom = m.pick((25, 50, 75, 100, 200))
            price = denom * 0.75
        elif series == "EE":
            issue = dt.date(m.r.randint(1985, year - 8), m.r.randint(1, 12), 1)
            denom = m.pick((50, 75, 100, 200, 500, 1000))
            price = denom / 2
        else:
            issue = dt.date(m.r.randint(1999, year - 3), m.r.randint(1, 12), 1)
            denom = m.pick((50, 100, 200, 500, 1000))
            price = float(denom)
        grows = (year - issue.year) / 30
        value = round(price * (1 + grows * m.r.uniform(1.2, 2.4)), 2)
        redeemed = m.date(dt.date(year, 1, 2), 360)
        serial = f"{m.pick('CDKLMNQR')}{m.digits(9)}{series}"
        bonds.append(
            (serial, series, issue, denom, redeemed, price, value, round(value - price, 2))
        )
    bonds.sort(key=lambda b: b[4])
    interest = round(sum(b[7] for b in bonds), 2)
    values = {"interest_on_us_savings_bonds_and_treasury": interest}
    if m.chance(0.15):
        values["federal_income_tax_withheld"] = round(interest * 0.24, 2)
    f = replace(f, values=values)
    c = Canvas()
    c.text(40, 36, f.payer, fit(f.payer, 320, 16, "F4"), "F4")
    c.text(40, 56, f"{f.p_street}, {f.p_city}", 8, "F3")
    c.text(40, 66, f"Customer Service {f.p_phone}", 8, "F3")
    c.right(572, 34, "IMPORTANT TAX DOCUMENT", 9, "F2")
    c.right(572, 48, f"Form 1099-INT  {f.year}", 12, "F2")
    c.right(572, 64, f"Copy B For Recipient   OMB No. {f.omb}", 7.5)
    rows_at(c, 60, 112, (f.recipient.upper(), f.r_street.upper(), f.r_city.upper()), 10, "F1", 13)
    c.box(360, 100, 212, 58 if f.account else 44, 0.6)
    info = [("PAYER'S TIN", f.payer_tin), ("RECIPIENT'S TIN", f.recipient_tin)]
    if f.account:
        info.append(("Customer number", f.account))
    for i, (k, v) in enumerate(info):
        c.text(366, 106 + 14 * i, k, 7.5, "F2")
        c.right(566, 106 + 14 * i, v, 9)
    c.text(40, 186, f"Interest on U.S. Savings Bonds Redeemed in {f.year}", 12, "F4")
    y = _paragraph(
        c,
        40,
        204,
        "The savings bonds listed below were presented for payment at our office during the "
        "year. The interest (the redemption value less the purchase price) is reported to the "
        "Internal Revenue Service in box 3 of Form 1099-INT. This interest is exempt from state "
        "and local income tax.",
        532,
        8.5,
        "F3",
    )
    top = y + 10
    heads = (
        (44, "Serial Number", 0),
        (134, "Series", 0),
        (170, "Issue Date", 0),
        (262, "Denom.", 1),
        (276, "Redeemed", 0),
        (392, "Purchase Price", 1),
        (476, "Redemption Value", 1),
        (568, "Interest", 1),
    )
    c.shade(40, top, 532, 14, 0.85)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 3.5, h, 7.5, "F2")
    y = top + 20
    for serial, series, issue, denom, redeemed, price, value, gain in bonds:
        cells = (serial, series, fmt(issue, "%m/%Y"), f"${denom:,}", fmt(redeemed, "%m/%d/%Y"))
        cells += (f"{price:,.2f}", f"{value:,.2f}", f"{gain:,.2f}")
        for (x, _, r), s in zip(heads, cells, strict=True):
            (c.right if r else c.text)(x, y, s, 8, "F5" if x == 44 else "F1")
        y += 13
    c.line(40, y, 572, y, 0.5)
    c.text(44, y + 4, f"Total ({len(bonds)} bond{'s' if len(bonds) > 1 else ''})", 8, "F2")
    c.right(392, y + 4, f"{sum(b[5] for b in bonds):,.2f}", 8, "F2")
    c.right(476, y + 4, f"{sum(b[6] for b in bonds):,.2f}", 8, "F2")
    c.right(568, y + 4, f"{interest:,.2f}", 8, "F2")
    y += 30
    c.text(40, y, f"{f.year} Form 1099-INT  Interest Income", 10, "F2")
    y += 16
    for num, label, key in f.boxes:
        if key in f.values:
            c.box(40, y, 532, 20, 0.5)
            c.text(46, y + 6, f"Box {num}", 8.5, "F2")
            c.text(90, y + 6, label, 8.5)
            c.right(566, y + 6, f"${f.values[key]:,.2f}", 9, "F2")
            y += 20
    c.text(40, y + 6, "Boxes not shown have no amount to report.", 7.5, "F3")
    _paragraph(
        c,
        40,
        max(y + 30, 640),
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on "
        "you if this income is taxable and the IRS determines that it has not been reported. "
        "If you used the bond proceeds for qualified higher education expenses, see Form 8815.",
        532,
        7.5,
        "F3",
    )
    return [c], tax_1099_truth(f, zeros_printed=False)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def form_1099_platform(m: Maker) -> Layout:
    """An online platform's annual earnings and tax summary for a creator, host or seller
    with its Form 1099-MISC: the platform's name and "Your 2023 Tax Summary", a greeting, the
    payer's and recipient's names, addresses and TINs side by side, the 1099-MISC boxes that
    have an amount in a ruled table, the month-by-month breakdown of the reportable payments
    with their total, and the amounts that are not reported (reimbursements, refunds of
    fees) as a separate line."""
    f = make_1099(m, "MISC")
    first = f.recipient.split()[0]
    withheld = "federal_income_tax_withheld"
    reportable = round(sum(v for k, v in f.values.items() if k != withheld), 2)
    # a platform pays one kind of income: a creator's royalties, a host's rents, prizes and
    # referral rewards as other income
    values = {m.pick(("royalties", "rents", "other_income")): reportable}
    if withheld in f.values:
        values[withheld] = f.values[withheld]
    f = replace(f, values=values)
    months = spread(m, reportable, 12)
    c = Canvas()
    c.text(40, 34, f.payer, fit(f.payer, 330, 18, "F2"), "F2")
    c.right(572, 36, f"Your {f.year} Tax Summary", 13, "F2")
    c.right(572, 53, f"Account ID {f.account or m.digits(8)}", 8)
    c.line(40, 66, 572, 66, 1.5)
    c.text(40, 80, f"Hi {first},", 10)
    _paragraph(
        c,
        40,
        96,
        f"Here is a summary of the payments we made to you in {f.year}. We report these "
        "amounts to the IRS on Form 1099-MISC. Keep this summary with your tax records; you "
        "do not need to send it with your return.",
        532,
        9,
        "F1",
    )
    for x, title, rows in (
        (40, "PAYER", (f.payer, f.p_street, f.p_city, f"TIN {f.payer_tin}")),
        (310, "RECIPIENT", (f.recipient, f.r_street, f.r_city, f"TIN {f.recipient_tin}")),
    ):
        c.text(x, 140, title, 7.5, "F2")
        rows_at(c, x, 152, rows, 9, "F1", 12)
    top = 214
    c.text(40, top, f"Form 1099-MISC  Miscellaneous Information  {f.year}", 11, "F2")
    c.right(572, top + 2, f"OMB No. {f.omb}", 7.5)
    y = top + 18
    c.shade(40, y, 532, 14, 0.88)
    c.text(46, y + 3.5, "Box", 8, "F2")
    c.text(90, y + 3.5, "Description", 8, "F2")
    c.right(566, y + 3.5, "Amount", 8, "F2")
    y += 20
    for num, label, key in f.boxes:
        if key in f.values:
            c.text(50, y, num, 9)
            c.text(90, y, label, 9)
            c.right(566, y, f"${f.values[key]:,.2f}", 9)
            c.line(40, y + 12, 572, y + 12, 0.3)
            y += 17
    y += 18
    c.text(40, y, "Monthly breakdown of reportable payments", 10, "F2")
    y += 16
    for i, v in enumerate(months):
        x, yy = 40 + 270 * (i // 6), y + 13 * (i % 6)
        c.text(x + 6, yy, f"{MONTHS[i]} {f.year}", 8.5)
        c.right(x + 240, yy, f"${v:,.2f}", 8.5)
    y += 13 * 6 + 4
    c.line(40, y, 572, y, 0.5)
    c.text(46, y + 5, "Total reportable payments", 9, "F2")
    c.right(566, y + 5, f"${reportable:,.2f}", 9, "F2")
    c.text(46, y + 24, "Not reported on Form 1099-MISC: expense reimbursements", 8.5)
    c.right(566, y + 24, f"${m.amount(0, 400):,.2f}", 8.5)
    _paragraph(
        c,
        40,
        max(y + 54, 660),
        "We are not tax advisers. For help with how to report these payments, see the "
        "Instructions for Recipient on the back of Form 1099-MISC or talk to a tax "
        "professional. If your name or TIN is wrong, update your tax profile before January 31.",
        532,
        7.5,
        "F1",
    )
    return [c], tax_1099_truth(f, zeros_printed=False)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh9(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """21: a side-tear business check with its filled-in stub at the left; 22: a title
    company's escrow disbursement check under its voucher."""
    return (*(check_side_tear if t == 21 else check_escrow)(m), f"t{t}")


def fraction(routing: str) -> str:
    return f"{routing[:2]}-{routing[2:6]}/{routing[6:8]}{routing[8]}"


def check_side_tear(m: Maker) -> Layout:
    """One check from a three-to-a-page manual business check book, with the stub it tears
    from at the left: on the stub the check number, the date, to whom and for what, and the
    running balance (balance forward, deposits, total, this check, balance carried), all
    written by hand; on the check the company's name and address, the bank and its fraction,
    the number, the date, "PAY TO THE ORDER OF", the amount in the box and in words, the memo,
    two signature lines and the MICR line."""
    q = make_cheque(m, business=True)
    cents = round(q.amount * 100) % 100
    spelled = f"{words(int(q.amount))} and {cents:02d}/100"
    written = f"{q.date.month}/{q.date.day}/{q.date:%y}"
    forward = m.amount(q.amount + 50, q.amount + 60000)
    deposits = m.pick((0.0, m.amount(100, 20000)))
    total = round(forward + deposits, 2)
    carried = round(total - q.amount, 2)
    c = Canvas(612, 216)
    c.box(2, 2, 608, 212, 0.6)
    dashed(c, 170, 4, 212)
    jig = [m.r.uniform(-1.5, 1.5) for _ in range(16)]
    c.text(12, 12, "No.", 8, "F2")
    c.text(32, 10, q.number, 11, "F2")
    stub = (("DATE", written), ("TO", q.payee), ("FOR", q.memo))
    for i, (cap, v) in enumerate(stub):
        y = 32 + 18 * i
        c.text(12, y + 4, cap, 6.5, "F2")
        c.line(36, y + 12, 162, y + 12, 0.3)
        c.text(38 + jig[i], y + jig[i + 3], v, fit(v, 122, 10, "F3"), "F3")
    ledger = (
        ("BAL. FWD.", forward),
        ("DEPOSITS", deposits),
        ("TOTAL", total),
        ("THIS CHECK", q.amount),
        ("BAL. FWD.", carried),
    )
    for i, (cap, v) in enumerate(ledger):
        y = 96 + 20 * i
        c.box(10, y, 152, 20, 0.4)
        c.line(70, y, 70, y + 20, 0.4)
        c.text(14, y + 7, cap, 6, "F2")
        if v:
            c.right(156 + jig[6 + i], y + 5, f"{v:,.2f}", 10, "F3")
    c.text(182, 12, q.drawer.upper(), 9.5, "F2")
    c.text(182, 24, q.street, 7)
    c.text(182, 33, q.city, 7)
    c.centre(420, 12, q.bank, 8, "F2")
    c.centre(420, 22, q.bank_city, 6.5)
    c.right(600, 12, q.number, 11, "F2")
    c.right(600, 26, fraction(q.routing), 6.5)
    c.text(470, 52, "DATE", 6.5)
    c.text(496 + jig[11], 44 + jig[12], written, 12, "F3")
    c.line(492, 58, 600, 58, 0.4)
    c.text(182, 74, "PAY TO THE", 6)
    c.text(182, 81, "ORDER OF", 6)
    c.text(226 + jig[13], 68 + jig[14], q.payee, fit(q.payee, 270, 12, "F3"), "F3")
    c.line(220, 86, 510, 86, 0.4)
    c.text(514, 74, "$", 11, "F2")
    c.box(524, 68, 76, 20, 0.6)
    c.text(530, 72, f"{q.amount:,.2f}", 12, "F3")
    c.text(186 + jig[15], 98, spelled, fit(spelled, 340, 12, "F3"), "F3")
    c.line(180, 114, 540, 114, 0.4)
    c.text(546, 106, "DOLLARS", 6.5)
    c.text(182, 146, "MEMO", 6)
    c.text(210, 138, q.memo, 10, "F3")
    c.line(206, 152, 370, 152, 0.4)
    c.line(400, 134, 600, 134, 0.4)
    c.line(400, 156, 600, 156, 0.4)
    c.text(430, 120, f"{m.pick(FIRST)} {m.pick(LAST)}", 12, "F3")
    c.text(470, 159, "AUTHORIZED SIGNATURE", 5)
    c.text(210, 186, f"C{q.number.zfill(6)}C A{q.routing}A {q.account}C", 11, "F5")
    return [c], cheque_truth(q, spelled)


ESCROW_KINDS = ("Loan payoff", "Seller proceeds", "Commission", "Payoff of HELOC", "HOA dues")


def check_escrow(m: Maker) -> Layout:
    """A title and escrow company's disbursement check on a letter sheet: above the
    perforation the voucher (the escrow file number, the escrow officer, the property, the
    buyer and seller, the settlement date and the lines of the disbursement that add up to
    the check); below it the check drawn on the company's escrow trust account, the number
    and date and escrow number in boxes, "PAY EXACTLY" with the amount in words in capitals
    between asterisks, "TO THE ORDER OF" with the payee's name and address, the amount in a
    protected box, the memo, "VOID AFTER 90 DAYS", two signature lines with "TWO SIGNATURES
    REQUIRED OVER $25,000.00" and the MICR line."""
    q = make_cheque(m, business=True)
    company = f"{m.pick(COMPANY_A)} Title & Escrow, LLC"
    kind = m.pick(ESCROW_KINDS)
    buyer = f"{m.pick(FIRST)} {m.pick(LAST)}"
    seller_first, _, seller_last = m.person()
    seller = f"{seller_first} {seller_last}"
    if kind in ("Loan payoff", "Payoff of HELOC"):
        payee = m.pick(BANKS)
        lines = [
            (
                "Principal balance",
                m.amount(20000, 420000) if kind == "Loan payoff" else m.amount(5000, 90000),
            ),
            ("Interest to payoff date", m.amount(80, 2400)),
            ("Reconveyance / release fee", float(m.pick((45, 65, 150)))),
        ]
    elif kind == "Seller proceeds":
        payee = seller
        price = m.amount(180000, 850000)
        lines = [
            ("Contract sales price", price),
            ("Less payoff of first mortgage", -m.amount(0.2 * price, 0.7 * price)),
            ("Less real estate commission", -round(price * m.pick((0.05, 0.055, 0.06)), 2)),
            ("Less settlement charges", -m.amount(1200, 6000)),
        ]
    elif kind == "Commission":
        payee = f"{m.pick(COMPANY_A)} Realty {m.pick(('LLC', 'Group', 'Inc.'))}"
        price = m.amount(180000, 850000)
        lines = [
            ("Listing broker commission", round(price * 0.03, 2)),
            ("Less commission deposit held", -float(m.pick((0, 1000, 2500)))),
        ]
    else:
        hoa = m.pick(("Oak Hill", "Lakeside", "Summit Ridge", "Harbor Point"))
        payee = f"{hoa} Homeowners Association"
        lines = [
            ("Dues through settlement", m.amount(120, 900)),
            ("Transfer fee", float(m.pick((150, 250, 350)))),
            ("Resale certificate", float(m.pick((75, 100, 185)))),
        ]
    lines = [(label, round(v, 2)) for label, v in lines]
    amount = round(sum(v for _, v in lines), 2)
    q = replace(q, drawer=company, payee=payee, amount=amount, memo=kind)
    cents = round(amount * 100) % 100
    spelled = f"{words(int(amount))} and {cents:02d}/100 Dollars".upper()
    file_no = f"{q.date:%y}-{m.digits(5)}-{m.pick(('ESC', 'TTL', 'RE'))}"
    p_street, p_city = m.address()
    payee_street, payee_city = m.address()
    settled = q.date - dt.timedelta(days=m.r.randint(0, 2))
    day = "%m/%d/%Y"
    c = Canvas()
    c.text(40, 34, company, 14, "F4")
    c.text(40, 52, f"{q.street}, {q.city}   Tel. {m.phone()}", 8, "F3")
    c.right(572, 34, "ESCROW DISBURSEMENT", 11, "F2")
    c.right(572, 50, f"Escrow No. {file_no}", 9)
    info = (
        ("Escrow Officer", f"{m.pick(FIRST)} {m.pick(LAST)}"),
        ("Property", f"{p_street}, {p_city}"),
        ("Buyer/Borrower", buyer),
        ("Seller", seller),
        ("Settlement Date", fmt(settled, day)),
        ("Disbursed To", payee),
    )
    for i, (k, v) in enumerate(info):
        c.text(40, 80 + 14 * i, k, 8.5, "F2")
        c.text(140, 80 + 14 * i, v, 9)
    top = 180
    c.shade(40, top, 532, 14, 0.85)
    c.text(46, top + 3.5, "Disbursement detail", 8.5, "F2")
    c.right(566, top + 3.5, "Amount", 8.5, "F2")
    y = top + 20
    for label, v in lines:
        c.text(50, y, label, 9)
        c.right(566, y, f"({-v:,.2f})" if v < 0 else f"{v:,.2f}", 9)
        y += 14
    c.line(40, y, 572, y, 0.5)
    c.text(50, y + 5, "Net amount of this check", 9, "F2")
    c.right(566, y + 5, f"${amount:,.2f}", 9, "F2")
    _paragraph(
        c,
        40,
        y + 32,
        "Funds are disbursed from the escrow trust account in accordance with the settlement "
        "statement signed by the parties. Please deposit promptly; checks not presented within "
        "90 days are void and the funds will be held as unclaimed property.",
        532,
        8,
        "F3",
    )
    perforation(c, 500)
    top = 512
    c.text(40, top + 6, company.upper(), 9.5, "F2")
    c.text(40, top + 18, "ESCROW TRUST ACCOUNT", 7, "F2")
    c.text(40, top + 28, f"{q.street}, {q.city}", 7)
    c.centre(300, top + 6, q.bank, 8, "F2")
    c.centre(300, top + 16, q.bank_city, 6.5)
    c.centre(300, top + 25, fraction(q.routing), 6)
    c.right(572, top + 4, q.number, 12, "F6")
    for x, w, cap, v in (
        (392, 60, "DATE", fmt(q.date, day)),
        (452, 60, "CHECK NO.", q.number),
        (512, 60, "ESCROW NO.", file_no),
    ):
        c.box(x, top + 22, w, 24, 0.5)
        c.text(x + 3, top + 24, cap, 5.5, "F2")
        c.text(x + 4, top + 34, v, fit(v, w - 6, 8, "F5"), "F5")
    c.text(40, top + 60, "PAY EXACTLY", 7, "F2")
    text = f"**** {spelled} ****"
    c.text(92, top + 59, text, fit(text, 330, 8.5, "F5"), "F5")
    c.box(440, top + 54, 132, 20, 1.0)
    c.right(566, top + 58, f"$*****{amount:,.2f}", 10.5, "F6")
    c.text(40, top + 88, "TO THE", 6.5, "F2")
    c.text(40, top + 95, "ORDER OF", 6.5, "F2")
    rows_at(c, 84, top + 88, (payee.upper(), payee_street.upper(), payee_city.upper()), 9, "F5", 11)
    c.text(40, top + 134, "MEMO", 6.5, "F2")
    c.text(70, top + 132, kind, 9, "F5")
    c.text(440, top + 82, "VOID AFTER 90 DAYS", 6.5, "F2")
    c.line(380, top + 122, 572, top + 122, 0.4)
    c.line(380, top + 146, 572, top + 146, 0.4)
    c.text(380, top + 149, "TWO SIGNATURES REQUIRED OVER $25,000.00", 5.5, "F2")
    c.text(420, top + 110, f"{m.pick(FIRST)[0]}. {m.pick(LAST)}", 10, "F3")
    if amount > 25000:
        c.text(430, top + 134, f"{m.pick(FIRST)[0]}. {m.pick(LAST)}", 10, "F3")
    c.text(90, top + 176, f"C{q.number}C A{q.routing}A {q.account}C", 11, "F5")
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh9(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """21: a warehouse club's receipt with item numbers and instant savings; 22: a dry
    cleaner's ticket."""
    return (*(receipt_warehouse if t == 21 else receipt_cleaners)(m), f"t{t}")


CLUBS = ("PRICEWISE WHOLESALE", "BULKWAY WAREHOUSE", "MEMBERS MARKETPLACE", "CRATE & CASE CLUB")
# (description, price range, taxable)
CLUB_ITEMS = (
    ("KS PAPER TOWEL 12", (18.99, 23.99), True),
    ("KS BATH TISSUE 30", (21.99, 26.99), True),
    ("ORG EGGS 24CT", (6.49, 9.99), False),
    ("ROTISSERIE CHKN", (4.99, 4.99), False),
    ("KS WATER 40PK", (3.99, 5.99), False),
    ("AVOCADOS 6CT", (5.49, 7.99), False),
    ("GROUND BEEF 88%", (17.5, 29.9), False),
    ("OLIVE OIL 2L", (14.99, 19.99), False),
    ("DISH PODS 115CT", (17.99, 21.99), True),
    ("LAUNDRY DET 194", (18.49, 24.99), True),
    ("AA BATTERY 48PK", (15.99, 19.99), True),
    ("STRAWBERRIES 2LB", (4.99, 6.99), False),
    ("COFFEE WB 2.5LB", (16.99, 21.99), False),
    ("MUFFINS 12CT", (8.99, 10.99), False),
    ("DOG FOOD 40LB", (39.99, 52.99), True),
    ("TRASH BAGS 200CT", (21.99, 26.99), True),
)


def receipt_warehouse(m: Maker) -> Layout:
    """A warehouse club's till receipt in Courier: the club, the warehouse number and address,
    the phone, the member number, each item as an item number and a short description with
    the price and a tax flag (Y or N, "E" in front for items on the club's own label), instant
    savings as a coupon line under its item with the amount followed by a minus, SUBTOTAL,
    TAX and "**** TOTAL", the chip card approval block (AID, sequence and approval numbers,
    the card masked), the tax rate line, the number of items sold, the instant savings total,
    the date with the warehouse, terminal, transaction and operator numbers, and the thank-you
    lines."""
    club = m.pick(CLUBS)
    whse = m.r.randint(100, 1400)
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(9, 20), m.r.randint(0, 59)))
    rate = m.pick((0.0625, 0.07, 0.0725, 0.0825, 0.095))
    tape = Tape(240, 7.5, "F5", "F6")
    tape.centre(club, 10, "F6")
    tape.centre(f"WHSE #{whse:04d}", 7.5)
    tape.centre(street.upper(), 7)
    tape.centre(city.upper(), 7)
    tape.centre(phone, 7)
    tape.gap(4)
    tape.centre("BOTTOM OF BASKET", 7)
    tape.centre("BOB COUNT 0", 7)
    member = m.digits(12)
    tape.row(f"Member {member}", size=7.5)
    tape.gap(2)
    count = 0
    items_total = 0.0
    taxable = 0.0
    savings = 0.0
    for desc, (lo, hi), taxed in m.r.sample(CLUB_ITEMS, m.r.randint(3, 11)):
        qty = m.pick((1, 1, 1, 2))
        price = round(m.amount(lo, hi) * qty, 2)
        number = m.digits(m.pick((6, 7)))
        own = "E" if desc.startswith("KS") or m.chance(0.2) else " "
        tape.row(f"{own} {number:>7} {desc[:16]}", f"{price:.2f} {'Y' if taxed else 'N'}", size=7.5)
        count += qty
        items_total += price
        if taxed:
            taxable += price
        if m.chance(0.2):
            off = float(m.pick((2, 3, 4, 5)))
            tape.row(f"  {m.digits(10)} /{number}", f"{off:.2f}-", size=7.5)
            items_total -= off
            savings += off
            if taxed:
                taxable -= off
    subtotal = round(items_total, 2)
    tax = round(taxable * rate, 2)
    total = round(subtotal + tax, 2)
    tape.gap(2)
    tape.row("SUBTOTAL", f"{subtotal:.2f}", size=7.5)
    tape.row("TAX", f"{tax:.2f}", size=7.5)
    tape.row("**** TOTAL", f"{total:.2f}", bold=True, size=8.5)
    tape.gap(4)
    card = m.chance(0.8)
    last4 = m.digits(4)
    brand = m.pick(("Visa", "Mastercard", "Debit"))
    if card:
        tape.row(f"XXXXXXXXXXXX{last4} CHIP Read", size=7)
        tape.row(f"AID: A00000000{m.digits(5)}", size=7)
        tape.row(f"Seq# {m.digits(5)} App#: {m.digits(6)}", size=7)
        tape.row(f"{brand} Resp: APPROVED", size=7)
        tape.row(f"Tran ID#: {m.digits(12)}", size=7)
        tape.row(f"APPROVED - Purchase AMOUNT: ${total:.2f}", size=7)
        tape.gap(2)
        tape.row(brand, f"{total:.2f}", size=7.5)
        tape.row("CHANGE", "0.00", size=7.5)
    else:
        cash = float(int(total) + m.pick((1, 5, 10, 20)))
        tape.row("CASH", f"{cash:.2f}", size=7.5)
        tape.row("CHANGE", f"{cash - total:.2f}", size=7.5)
    tape.gap(2)
    tape.row(f"A {rate * 100:g}% TAX", f"{tax:.2f}", size=7.5)
    tape.row("TOTAL TAX", f"{tax:.2f}", size=7.5)
    tape.row(f"TOTAL NUMBER OF ITEMS SOLD = {count}", size=7.5)
    if savings:
        tape.row(f"INSTANT SAVINGS ${savings:.2f}", size=7.5)
    trm, trn, op = m.r.randint(1, 30), m.r.randint(100, 9999), m.r.randint(10, 999)
    stamp = f"{fmt(when.date(), '%m/%d/%Y')} {when:%H:%M} {whse} {trm} {trn} {op}"
    tape.row(stamp, size=7.5)
    tape.gap(2)
    tape.centre(f"OP#: {op} Name: {m.pick(FIRST)}", 7.5)
    tape.gap(4)
    tape.centre("Thank You!", 8)
    tape.centre("Please Come Again", 8)
    tape.centre(f"Whse:{whse} Trm:{trm} Trn:{trn} OP:{op}", 7)
    tape.centre(f"Items Sold: {count}", 7)
    tape.centre(fmt(when.date(), "%m/%d/%Y") + f" {when:%I:%M %p}", 7)
    truth: Truth = {
        "merchant_name": club,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": str(trn),
    }
    if card:
        truth["card_last_four_digits"] = last4
    return [tape.page()], truth


CLEANERS_A = ("Crown", "Sparkle", "Bluebird", "Village", "Royal", "Champion", "Five Star", "Elite")
# (garment, service, price range)
GARMENTS = (
    ("SHIRT", "LAUNDER/HANGER", (2.5, 3.75)),
    ("BLOUSE", "DRY CLEAN", (6.5, 9.5)),
    ("PANTS", "DRY CLEAN", (6.75, 9.95)),
    ("SUIT 2PC", "DRY CLEAN", (14.95, 21.0)),
    ("DRESS", "DRY CLEAN", (12.5, 19.95)),
    ("SWEATER", "DRY CLEAN", (7.5, 10.5)),
    ("COAT", "DRY CLEAN", (18.0, 29.0)),
    ("COMFORTER QN", "WASH", (29.0, 45.0)),
    ("PANTS HEM", "ALTERATION", (12.0, 18.0)),
)


def receipt_cleaners(m: Maker) -> Layout:
    """A dry cleaner's drop-off ticket, the customer's copy of a two-part ticket: the shop's
    pre-printed name in a serif face with its services, address and phone and the ticket
    number at the top right, then the point-of-sale print in Courier: CUSTOMER COPY, the
    drop-off (IN) and promised (READY) days and times, the customer's name, account number
    and phone, the garments with the service and the starch or finish notes, the piece count,
    the subtotal, the sales tax and the total, and PAID with the card or BALANCE DUE AT
    PICKUP, and the shop's liability conditions."""
    shop = f"{m.pick(CLEANERS_A)} Cleaners" + (" & Tailors" if m.chance(0.3) else "")
    street, city = m.address()
    phone = m.phone()
    ticket = m.digits(6)
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(7, 18), m.r.randint(0, 59)))
    ready = when.date() + dt.timedelta(days=m.pick((1, 2, 3, 4)))
    first, _, last = m.person()
    lines = []
    for garment, service, (lo, hi) in m.r.sample(GARMENTS, m.r.randint(1, 5)):
        qty = m.r.randint(3, 8) if garment == "SHIRT" else m.pick((1, 1, 2))
        price = m.amount(lo, hi)
        lines.append((qty, garment, service, price, round(qty * price, 2)))
    pieces = sum(x[0] for x in lines)
    subtotal = round(sum(x[4] for x in lines), 2)
    tax = round(subtotal * m.pick((0.0, 0.06, 0.0625, 0.07, 0.0825)), 2)
    total = round(subtotal + tax, 2)
    paid = m.chance(0.65)
    last4 = m.digits(4)
    tape = Tape(260, 7.5, "F5", "F6")
    tape.gap(40)
    tape.centre(f"Customer: {last.upper()}, {first.upper()}   Acct #{m.digits(4)}", 7.5)
    tape.centre(f"Phone: {m.phone()}", 7.5)
    tape.rule()
    tape.centre("CUSTOMER COPY", 8, "F6")
    tape.row("IN:", f"{when:%a} {fmt(when.date(), '%m/%d/%y')} {when:%I:%M %p}".upper())
    tape.row("READY:", f"{ready:%a} {fmt(ready, '%m/%d/%y')} AFTER 4 PM".upper(), bold=True)
    tape.rule()
    tape.row("QTY ITEM", "AMOUNT", bold=True)
    for qty, garment, service, price, amount in lines:
        tape.row(f"{qty:>2}  {garment} {service}", f"{amount:.2f}")
        if qty > 1:
            tape.row(f"      @ {price:.2f} EA", size=6.5)
        if garment == "SHIRT":
            tape.row(f"      STARCH: {m.pick(('NONE', 'LIGHT', 'MEDIUM', 'HEAVY'))}", size=6.5)
    tape.rule()
    tape.row("PIECES:", str(pieces))
    tape.row("SUBTOTAL", f"{subtotal:.2f}")
    tape.row("SALES TAX", f"{tax:.2f}")
    tape.row("TOTAL", f"{total:.2f}", bold=True, size=9)
    if paid:
        tape.row(f"PAID {m.pick(('VISA', 'MC', 'AMEX', 'DISC'))} ****{last4}", f"{total:.2f}")
    else:
        tape.row("BALANCE DUE AT PICKUP", f"{total:.2f}", bold=True)
    tape.rule()
    tape.centre("We are not responsible for items left", 6)
    tape.centre("over 60 days, or for buttons, trims or", 6)
    tape.centre("shrinkage. Liability limited to 10x", 6)
    tape.centre("the cleaning charge. Please check", 6)
    tape.centre("pockets. Thank you!", 6)
    c = tape.page()
    c.text(12, 10, shop, fit(shop, 170, 13, "F4"), "F4")
    c.text(12, 26, "Dry Cleaning  \xb7  Laundry  \xb7  Alterations", 6, "F3")
    c.text(12, 34, f"{street}, {city}", 6, "F3")
    c.text(12, 42, f"Tel. {phone}", 6.5, "F3")
    colour(c, *RED)
    c.right(248, 10, "No.", 7, "F2")
    c.right(248, 20, ticket, 12, "F6")
    ink(c, 0.0)
    truth: Truth = {
        "merchant_name": shop,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": ticket,
    }
    if paid:
        truth["card_last_four_digits"] = last4
    return [c], truth
