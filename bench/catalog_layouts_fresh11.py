"""The "fresh11" held-out layouts (templates 25 and 26) of the catalog kinds, for
bench/catalog_documents.py.

A twelfth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh11` is an
honest test set: an Indian GST tax invoice (the supplier's and recipient's GSTIN and state code,
the place of supply, HSN/SAC codes, taxable value with CGST and SGST, or IGST between states,
in rupees with lakh grouping, the total in words "Rupees ... Only" and the declaration and
authorised signatory) and a French facture (SIRET, TVA intracommunautaire number, prices hors
taxe, the TVA and the total TTC with a decimal comma, day-first dates, the échéance and the
legal late-payment mentions); a Philippine semi-monthly payslip in pesos (basic pay, overtime,
night differential, SSS, PhilHealth, Pag-IBIG and withholding tax, and the 13th-month accrual)
and a church's pay stub for a minister (a cash salary and a housing allowance, no Social
Security or Medicare withheld, voluntary federal withholding and a 403(b) contribution); a
French bank's relevé de compte (the IBAN and BIC, the opérations with date, libellé, valeur,
débit and crédit, the solde précédent and the nouveau solde créditeur) and a US online bank's
e-statement with a small balance chart and the activity listed newest first; a four-up W-2
sheet (Copy B, Copy C and two Copy 2 in the quadrants of a letter page, cut along a cross of
perforations) and an employee self-service portal's W-2 page printed from a browser, with the
site's navigation, the boxes as labelled tiles and the print header and footer; a dark
licence card with light lettering on a navy field, and a state's motor vehicle record (driver
abstract) with the licence's details, its status and the conviction history; a tax program's
1099 entry screen printed from the browser, with the boxes as filled-in input fields, and a
1099 statement with the boxes as the columns of a single table row under the payer and the
recipient; a transfer agent's dividend check under its dividend statement (shares held, rate
per share, gross dividend, withholding and net) and a business check with the amount
imprinted in red by a checkwriter machine; a hair salon's receipt (the stylist's services, a
retail product, a tip on the card) and an EV charging session receipt (energy, session and
idle time, the rate per kWh and the fees).

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt

from bench.catalog_documents import (
    FIRST,
    LAST,
    SUMMARY_LABELS,
    Canvas,
    Maker,
    Truth,
    _paragraph,
    fmt,
    words,
)
from bench.catalog_layouts_fresh import (
    Frame,
    Layout,
    Tape,
    cheque_truth,
    licence_truth,
    make_1099,
    make_cheque,
    make_licence,
    make_pay,
    make_statement,
    make_w2,
    tax_1099_truth,
    w2_truth,
    wrap,
)
from bench.catalog_layouts_fresh3 import fit, ink
from bench.catalog_layouts_fresh8 import colour, rows_at
from bench.catalog_layouts_fresh9 import dashed, fill, usd

# ---------------------------------------------------------------------------------------------
# Helpers


def lakh(value: float) -> str:
    """1234567.8 -> '12,34,567.80', the Indian grouping."""
    whole, cents = f"{value:.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) + "." + cents if groups else f"{tail}.{cents}"


def indian_words(n: int) -> str:
    """A whole number in words with crores, lakhs and thousands."""
    parts = []
    for unit, name in ((10_000_000, "Crore"), (100_000, "Lakh"), (1000, "Thousand")):
        if n >= unit:
            parts.append(f"{words(n // unit)} {name}")
            n %= unit
    if n or not parts:
        parts.append(words(n))
    return " ".join(parts)


def french(value: float) -> str:
    """1234.5 -> '1 234,50', as French invoices and statements print euros."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def peso(value: float) -> str:
    return f"{value:,.2f}"


def white(c: Canvas) -> None:
    colour(c, 1.0, 1.0, 1.0)


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh11(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """25: an Indian GST tax invoice; 26: a French facture with HT, TVA and TTC."""
    return (*(invoice_gst if t == 25 else invoice_facture)(m), f"t{t}")


IN_STATES = (
    ("Maharashtra", "27", "Pune"),
    ("Karnataka", "29", "Bengaluru"),
    ("Tamil Nadu", "33", "Chennai"),
    ("Gujarat", "24", "Ahmedabad"),
    ("Delhi", "07", "New Delhi"),
    ("Telangana", "36", "Hyderabad"),
    ("West Bengal", "19", "Kolkata"),
)
IN_FIRMS = (
    "Shree Ganesh Traders",
    "Sai Krishna Enterprises",
    "Patel Industrial Supplies",
    "Lakshmi Electricals",
    "Vardhman Packaging Pvt. Ltd.",
    "Nair Engineering Works",
    "Bharat Office Solutions",
    "Reddy Agro Products",
    "Kapoor Textiles Pvt. Ltd.",
    "Sunrise Hardware & Tools",
)
# (description, HSN/SAC, unit, price range, GST rate)
IN_GOODS = (
    ("Copper wire 2.5 sq mm (90 m coil)", "8544", "NOS", (1800, 3200), 18),
    ("Corrugated box 5 ply 18x12x12", "4819", "PCS", (22, 48), 12),
    ("MS angle 40x40x5 mm", "7216", "KGS", (58, 76), 18),
    ("LED panel light 18 W", "9405", "NOS", (420, 890), 12),
    ("Ball bearing 6205 ZZ", "8482", "NOS", (95, 240), 18),
    ("Cotton fabric, grey, 60 in", "5208", "MTR", (68, 140), 5),
    ("A4 copier paper 75 gsm (ream)", "4802", "REAM", (210, 290), 12),
    ("Installation and commissioning", "998719", "JOB", (2500, 9000), 18),
    ("Annual maintenance contract", "998713", "JOB", (6000, 24000), 18),
)


def gstin(m: Maker, code: str) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    pan = "".join(m.pick(letters) for _ in range(5)) + m.digits(4) + m.pick(letters)
    return f"{code}{pan}1Z{m.pick('0123456789ABCDEF')}"


def invoice_gst(m: Maker) -> Layout:
    """An Indian GST tax invoice on A4-like paper in ruled boxes: "TAX INVOICE" and "ORIGINAL
    FOR RECIPIENT" over the supplier's name, address, GSTIN and state code; the invoice number
    and date, the e-way bill and the buyer's order number with its date in cells at the right;
    the buyer (billed to) and the consignee (shipped to) side by side with their GSTINs and the
    place of supply; the goods table (serial, description, HSN/SAC, quantity with the unit,
    rate, taxable value); under it the taxable value, CGST and SGST at half the rate each (or
    IGST at the full rate when the buyer is in another state), the round-off and the total,
    then the total in words ("Rupees ... Only"), the HSN-wise tax summary, the bank details,
    the declaration and "for <supplier>" with the authorised signatory."""
    vendor, buyer = m.r.sample(IN_FIRMS, 2)
    v_state, v_code, v_city = m.pick(IN_STATES)
    b_state, b_code, b_city = m.pick(IN_STATES) if m.chance(0.45) else (v_state, v_code, v_city)
    inter = b_code != v_code
    number = m.pick((f"GST/{m.r.randint(1, 999):03d}", f"INV-{m.digits(4)}", m.digits(3)))
    d = m.date()
    fy = d.year if d.month >= 4 else d.year - 1
    number = f"{number}/{fy % 100}-{(fy + 1) % 100}"
    po = m.pick(("", f"PO-{m.digits(4)}", m.digits(5)))
    lines = []
    for desc, hsn, unit, (lo, hi), rate in m.r.sample(IN_GOODS, m.r.randint(2, 5)):
        qty = 1 if unit == "JOB" else m.r.randint(2, 250)
        price = m.amount(lo, hi)
        lines.append((desc, hsn, qty, unit, price, round(qty * price, 2), rate))
    taxable = round(sum(x[5] for x in lines), 2)
    tax = round(sum(x[5] * x[6] / 100 for x in lines), 2)
    half = round(tax / 2, 2)
    tax = 2 * half if not inter else tax
    exact = round(taxable + tax, 2)
    total = float(round(exact))
    roundoff = round(total - exact, 2)
    c = Canvas()
    c.box(30, 30, 552, 732, 0.8)
    c.centre(306, 36, "TAX INVOICE", 13, "F2")
    c.right(576, 38, "ORIGINAL FOR RECIPIENT", 7, "F2")
    c.line(30, 54, 582, 54, 0.6)
    c.text(36, 60, vendor, 12, "F2")
    rows_at(
        c,
        36,
        76,
        (
            f"Plot No. {m.r.randint(2, 240)}, {m.pick(('MIDC', 'Industrial Area', 'GIDC'))} "
            f"Phase {m.r.randint(1, 3)}",
            f"{v_city}, {v_state} - {m.r.randint(400, 700)}{m.digits(3)}",
            f"GSTIN/UIN: {gstin(m, v_code)}",
            f"State Name: {v_state}, Code: {v_code}",
            f"E-Mail: accounts@{vendor.split()[0].lower()}.in",
        ),
        8,
        "F1",
        11,
    )
    c.line(330, 54, 330, 140, 0.5)
    cells = (
        ("Invoice No.", number),
        ("Dated", fmt(d, "%d-%b-%Y")),
        ("e-Way Bill No.", m.digits(12)),
        ("Buyer's Order No.", po or "-"),
        ("Mode/Terms of Payment", m.pick(("30 Days", "Advance", "45 Days"))),
    )
    for i, (k, v) in enumerate(cells):
        top = 56 + 17 * i
        c.text(336, top, k, 6.5)
        c.text(336, top + 7, v, 8, "F2")
        c.line(330, top + 16, 582, top + 16, 0.3)
    c.line(30, 140, 582, 140, 0.6)
    b_gstin = gstin(m, b_code)
    for x, title in ((36, "Buyer (Bill to)"), (312, "Consignee (Ship to)")):
        c.text(x, 145, title, 7)
        c.text(x, 155, buyer, 9.5, "F2")
        rows_at(
            c,
            x,
            168,
            (
                f"{m.r.randint(1, 99)}, {m.pick(('Station Road', 'MG Road', 'Ring Road'))}",
                f"{b_city}, {b_state}",
                f"GSTIN/UIN: {b_gstin}",
                f"State Name: {b_state}, Code: {b_code}",
            ),
            8,
            "F1",
            10.5,
        )
    c.line(306, 140, 306, 214, 0.5)
    c.line(30, 214, 582, 214, 0.6)
    c.text(36, 218, f"Place of Supply: {b_state}", 8)
    heads = (
        (36, "Sl", 0),
        (52, "Description of Goods/Services", 0),
        (300, "HSN/SAC", 0),
        (340, "GST", 0),
        (410, "Quantity", 1),
        (470, "Rate", 1),
        (576, "Amount", 1),
    )
    top = 232
    c.line(30, top, 582, top, 0.5)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 4, h, 7.5, "F2")
    c.line(30, top + 16, 582, top + 16, 0.5)
    y = top + 22
    for i, (desc, hsn, qty, unit, price, amount, rate) in enumerate(lines):
        cells2 = (str(i + 1), desc, hsn, f"{rate}%", f"{qty} {unit}", lakh(price), lakh(amount))
        for (x, _, r), s in zip(heads, cells2, strict=True):
            size = fit(s, 240, 8.5) if x == 52 else 8.5
            (c.right if r else c.text)(x, y, s, size)
        y += 15
    y += 6
    c.line(380, y, 582, y, 0.4)
    y += 4
    rows = [("Taxable Value", taxable)]
    if inter:
        rows.append(("IGST", tax))
    else:
        rows += [("CGST", half), ("SGST", half)]
    rows += [("Round Off", roundoff)]
    for k, v in rows:
        c.right(470, y, k, 8.5, "F3")
        c.right(576, y, ("(-)" if v < 0 else "") + lakh(abs(v)), 8.5)
        y += 13
    c.line(30, y + 2, 582, y + 2, 0.5)
    c.right(470, y + 6, "Total", 9.5, "F2")
    c.right(576, y + 6, f"Rs. {lakh(total)}", 9.5, "F2")
    c.line(30, y + 20, 582, y + 20, 0.5)
    y += 26
    c.text(36, y, "Amount Chargeable (in words)", 7)
    c.right(576, y, "E. & O.E", 7)
    spoken = f"INR {indian_words(int(total))} Only"
    c.text(36, y + 9, spoken, fit(spoken, 530, 9, "F2"), "F2")
    y += 28
    c.text(36, y, "HSN/SAC", 7, "F2")
    c.right(250, y, "Taxable Value", 7, "F2")
    c.right(400 if not inter else 330, y, "CGST" if not inter else "IGST", 7, "F2")
    if not inter:
        c.right(470, y, "SGST", 7, "F2")
    c.right(576, y, "Total Tax", 7, "F2")
    by_hsn: dict[str, list[float]] = {}
    for _, hsn, _, _, _, amount, rate in lines:
        row = by_hsn.setdefault(hsn, [0.0, 0.0])
        row[0] += amount
        row[1] += amount * rate / 100
    for hsn, (base, t) in by_hsn.items():
        y += 10
        c.text(36, y, hsn, 7)
        c.right(250, y, lakh(base), 7)
        if inter:
            c.right(330, y, lakh(t), 7)
        else:
            c.right(400, y, lakh(t / 2), 7)
            c.right(470, y, lakh(t / 2), 7)
        c.right(576, y, lakh(t), 7)
    y += 22
    c.text(36, y, "Company's Bank Details", 7.5, "F2")
    rows_at(
        c,
        36,
        y + 10,
        (
            f"Bank Name: {m.pick(('State Bank of India', 'HDFC Bank', 'ICICI Bank'))}",
            f"A/c No.: {m.digits(14)}",
            f"Branch & IFS Code: {v_city} & {m.pick(('SBIN', 'HDFC', 'ICIC'))}0{m.digits(6)}",
        ),
        7.5,
        "F1",
        10,
    )
    c.text(36, y + 48, "Declaration", 7.5, "F2")
    _paragraph(
        c,
        36,
        y + 58,
        "We declare that this invoice shows the actual price of the goods described and that "
        "all particulars are true and correct.",
        260,
        7,
        "F1",
    )
    c.right(576, y + 10, f"for {vendor}", 8.5, "F2")
    c.right(576, y + 60, "Authorised Signatory", 7.5)
    c.centre(306, 748, "This is a Computer Generated Invoice", 7)
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": buyer,
        "ID": number,
        "DATE": d.isoformat(),
        "SUBTOTAL": taxable,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


FR_FIRMS = (
    "Atelier Moreau SARL",
    "Boulangerie Industrielle Petit",
    "Dubois Informatique SAS",
    "Menuiserie Lefèvre",
    "Transports Girard et Fils",
    "Imprimerie Fontaine",
    "Cabinet Rousseau Conseil",
    "Électricité Bernard SAS",
)
FR_CITIES = (
    ("75011", "Paris"),
    ("69003", "Lyon"),
    ("33000", "Bordeaux"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
    ("59000", "Lille"),
    ("13006", "Marseille"),
)
FR_STREETS = ("rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Pasteur")
# (designation, unit, price range)
FR_LINES = (
    ("Prestation de conseil (jour)", "j", (450, 1100)),
    ("Développement logiciel (heure)", "h", (55, 95)),
    ("Impression flyers A5 quadri", "lot", (80, 260)),
    ("Pose de menuiserie intérieure", "forfait", (600, 2400)),
    ("Fourniture câble électrique 3G2,5", "m", (1.2, 2.8)),
    ("Transport et livraison", "forfait", (90, 380)),
    ("Maintenance annuelle", "forfait", (300, 1500)),
)


def fr_address(m: Maker) -> tuple[str, str]:
    cp, city = m.pick(FR_CITIES)
    return f"{m.r.randint(1, 140)} {m.pick(FR_STREETS)}", f"{cp} {city}"


def invoice_facture(m: Maker) -> Layout:
    """A French facture: the supplier's name and address at the top left, the client's in a
    window box at the right, "FACTURE N° ..." with the date of issue ("Date : 14/03/2024"),
    the échéance and the client's bon de commande; the lines (désignation, quantité, unité,
    prix unitaire HT, montant HT) with a decimal comma and a space for the thousands; the
    total HT, the TVA at 20% (or 10%) and the total TTC with "Net à payer"; the payment terms
    with the IBAN, and the legal footer: the SARL's capital, SIRET, RCS, code APE, TVA
    intracommunautaire number and the late-payment penalties and 40 EUR recovery indemnity."""
    vendor, client = m.r.sample(FR_FIRMS, 2)
    v1, v2 = fr_address(m)
    c1, c2 = fr_address(m)
    number = m.pick((f"F{m.date().year}-{m.digits(4)}", f"FA{m.digits(6)}", m.digits(5)))
    d = m.date()
    due = d + dt.timedelta(days=m.pick((30, 45, 60)))
    po = m.pick(("", f"BC-{m.digits(5)}", f"{m.digits(8)}"))
    rate = m.pick((20, 20, 10))
    lines = []
    for desc, unit, (lo, hi) in m.r.sample(FR_LINES, m.r.randint(1, 5)):
        qty = 1 if unit == "forfait" else m.r.randint(1, 200 if unit == "m" else 20)
        price = m.amount(lo, hi)
        lines.append((desc, qty, unit, price, round(qty * price, 2)))
    ht = round(sum(x[4] for x in lines), 2)
    tva = round(ht * rate / 100, 2)
    ttc = round(ht + tva, 2)
    siren = m.digits(9)
    c = Canvas()
    colour(c, 0.15, 0.25, 0.5)
    c.text(50, 40, vendor, fit(vendor, 260, 16, "F2"), "F2")
    ink(c, 0.0)
    rows_at(
        c,
        50,
        62,
        (
            v1,
            v2,
            f"Tél. : 0{m.r.randint(1, 5)} {m.digits(2)} {m.digits(2)} {m.digits(2)} {m.digits(2)}",
        ),
        9,
        "F1",
        12,
    )
    c.box(340, 110, 220, 70, 0.5)
    rows_at(c, 350, 118, (client, c1, c2), 10, "F1", 14)
    c.text(50, 200, f"FACTURE N° {number}", 15, "F2")
    meta = [("Date :", fmt(d, "%d/%m/%Y")), ("Échéance :", fmt(due, "%d/%m/%Y"))]
    if po:
        meta.append(("Votre commande :", po))
    for i, (k, v) in enumerate(meta):
        c.text(50, 224 + 13 * i, k, 9)
        c.text(140, 224 + 13 * i, v, 9)
    top = 280
    heads = (
        (56, "Désignation", 0),
        (330, "Qté", 1),
        (370, "Unité", 0),
        (480, "P.U. HT", 1),
        (554, "Montant HT", 1),
    )
    fill(c, 50, top, 510, 16, (0.15, 0.25, 0.5))
    white(c)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 4, h, 8.5, "F2")
    ink(c, 0.0)
    y = top + 22
    for desc, qty, unit, price, amount in lines:
        cells = (desc, str(qty), unit, french(price), french(amount))
        for (x, _, r), s in zip(heads, cells, strict=True):
            (c.right if r else c.text)(x, y, s, fit(s, 260, 9) if x == 56 else 9)
        y += 16
        c.line(50, y - 4, 560, y - 4, 0.2)
    y += 14
    totals = (("Total HT", ht, "F1"), (f"TVA {rate} %", tva, "F1"), ("Total TTC", ttc, "F2"))
    for i, (k, v, font) in enumerate(totals):
        c.text(380, y + 15 * i, k, 9.5, font)
        c.right(554, y + 15 * i, f"{french(v)} €", 9.5, font)
    c.box(372, y - 5, 188, 50, 0.5)
    fill(c, 372, y + 50, 188, 18, (0.9, 0.92, 0.97))
    c.text(380, y + 54, "Net à payer", 10, "F2")
    c.right(554, y + 54, f"{french(ttc)} €", 10, "F2")
    y += 90
    c.text(50, y, "Conditions de paiement", 9, "F2")
    iban = (
        f"FR76 {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(3)}"
    )
    rows_at(
        c,
        50,
        y + 13,
        (
            f"Paiement par virement à réception, au plus tard le {fmt(due, '%d/%m/%Y')}.",
            f"IBAN : {iban}   BIC : {m.pick(('BNPAFRPP', 'SOGEFRPP', 'CRLYFRPP', 'AGRIFRPP'))}",
            "Pas d'escompte pour paiement anticipé.",
        ),
        8.5,
        "F1",
        11,
    )
    _paragraph(
        c,
        50,
        y + 56,
        "En cas de retard de paiement, des pénalités au taux de trois fois le taux d'intérêt "
        "légal seront appliquées, ainsi qu'une indemnité forfaitaire pour frais de recouvrement "
        "de 40 € (art. L441-10 du Code de commerce).",
        510,
        7.5,
        "F3",
    )
    c.line(50, 730, 560, 730, 0.3)
    c.centre(
        306,
        735,
        f"{vendor} - capital de {m.pick(('7 500', '10 000', '50 000'))} € - SIRET {siren} "
        f"{m.digits(5)} - RCS {v2.split()[1]} {siren}",
        6.5,
    )
    c.centre(
        306,
        744,
        f"Code APE {m.digits(4)}{m.pick('ABCZ')} - TVA intracom. FR{m.digits(2)}{siren}",
        6.5,
    )
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": client,
        "ID": number,
        "DATE": d.isoformat(),
        "SUBTOTAL": ht,
        "TOTAL": ttc,
    }
    if po:
        truth["PO"] = po
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips


def payslip_fresh11(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """25: a Philippine semi-monthly payslip in pesos; 26: a church's pay stub for a minister
    with a housing allowance."""
    return (*(payslip_philippines if t == 25 else payslip_clergy)(m), f"t{t}")


PH_FIRST = ("Maria", "Jose", "Juan", "Ana", "Mark", "Kristine", "Jericho", "Rowena", "Paolo")
PH_LAST = ("Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva")
PH_FIRMS = (
    "Pacific Meridian BPO Services, Inc.",
    "Luzon Agri-Ventures Corp.",
    "Visayas Logistics Solutions, Inc.",
    "Makati Digital Works, Inc.",
    "Mindanao Fresh Foods Corp.",
)


def payslip_philippines(m: Maker) -> Layout:
    """A Philippine company's semi-monthly payslip in pesos, half a page in a ruled box: the
    company and "PAYSLIP" with the cut-off ("Mar 01 - Mar 15, 2024") and the pay date, the
    employee's name as "SURNAME, Given", the employee number, position, department, TIN and
    the monthly rate; earnings (basic pay, overtime, night differential, holiday pay, rice and
    other de minimis allowances) beside deductions (SSS, PhilHealth, Pag-IBIG, withholding
    tax, an SSS or Pag-IBIG loan); the gross pay, total deductions and NET PAY; the year-to-date
    gross, taxable and tax withheld and the 13th-month accrual; "received by" for the
    signature."""
    first, last = m.pick(PH_FIRST), m.pick(PH_LAST)
    company = m.pick(PH_FIRMS)
    emp = m.pick((m.digits(5), f"{m.digits(4)}-{m.digits(3)}", f"EMP-{m.digits(5)}"))
    d = m.date(dt.date(2023, 2, 1), 700)
    if d.day <= 15:
        start, end = d.replace(day=1), d.replace(day=15)
        paid = end
    else:
        start = d.replace(day=16)
        end = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        paid = end
    periods = (end.month - 1) * 2 + (1 if end.day == 15 else 2)
    monthly = float(m.r.randint(18, 95) * 1000)
    basic = round(monthly / 2, 2)
    hourly = round(monthly * 12 / 261 / 8, 2)
    earnings = [("Basic Pay", basic)]
    if m.chance(0.6):
        earnings.append(("Overtime", round(hourly * 1.25 * m.r.randint(2, 20), 2)))
    if m.chance(0.4):
        earnings.append(("Night Differential", round(hourly * 0.1 * m.r.randint(20, 88), 2)))
    if m.chance(0.3):
        earnings.append(("Holiday Pay", round(hourly * 8, 2)))
    earnings.append(("Rice Allowance", 1000.0))
    gross = round(sum(v for _, v in earnings), 2)
    sss = round(min(monthly, 30000) * 0.045 / 2, 2)
    phil = round(min(monthly, 100000) * 0.025 / 2, 2)
    pagibig = 100.0
    taxable = (
        basic + sum(v for k, v in earnings[1:] if k != "Rice Allowance") - sss - phil - pagibig
    )
    wtax = round(max(0.0, (taxable - 10417) * 0.2), 2) if taxable > 10417 else 0.0
    deductions = [
        ("SSS Contribution", sss),
        ("PhilHealth", phil),
        ("Pag-IBIG (HDMF)", pagibig),
        ("Withholding Tax", wtax),
    ]
    if m.chance(0.35):
        deductions.append((m.pick(("SSS Salary Loan", "Pag-IBIG MPL")), m.amount(600, 2400)))
    taken = round(sum(v for _, v in deductions), 2)
    net = round(gross - taken, 2)
    ytd_gross = round(gross * periods * m.r.uniform(0.95, 1.0), 2) if periods > 1 else gross
    cut = f"{fmt(start, '%b %d')} - {fmt(end, '%b %d, %Y')}"
    c = Canvas()
    c.box(40, 30, 532, 380, 0.8)
    c.text(50, 38, company, 12, "F2")
    c.text(50, 54, "Payroll Department", 8)
    c.right(562, 38, "PAYSLIP", 14, "F2")
    c.right(562, 56, f"Cut-off: {cut}", 8)
    c.line(40, 70, 572, 70, 0.6)
    info = (
        ("Employee Name", f"{last.upper()}, {first}"),
        ("Employee No.", emp),
        (
            "Position",
            m.pick(
                (
                    "Customer Service Rep.",
                    "Accounting Clerk",
                    "Team Leader",
                    "Warehouse Staff",
                    "Software Engineer",
                )
            ),
        ),
        ("Department", m.pick(("Operations", "Finance", "Logistics", "IT"))),
        ("TIN", f"{m.digits(3)}-{m.digits(3)}-{m.digits(3)}-000"),
        ("Pay Date", fmt(paid, "%m/%d/%Y")),
        ("Monthly Rate", f"PHP {peso(monthly)}"),
        ("Period", f"{fmt(start, '%m/%d/%Y')} to {fmt(end, '%m/%d/%Y')}"),
    )
    for i, (k, v) in enumerate(info):
        x, top = 50 + 262 * (i % 2), 78 + 12 * (i // 2)
        c.text(x, top, f"{k}:", 7.5, "F2")
        c.text(x + 74, top, v, 8)
    top = 132
    for x, title in ((40, "EARNINGS"), (306, "DEDUCTIONS")):
        c.shade(x, top, 266, 13, 0.85)
        c.text(x + 8, top + 3, title, 8, "F2")
        c.right(x + 258, top + 3, "Amount", 8, "F2")
    c.line(306, top, 306, 330, 0.5)
    for col, rows in ((40, earnings), (306, deductions)):
        for i, (k, v) in enumerate(rows):
            c.text(col + 8, top + 19 + 13 * i, k, 8.5)
            c.right(col + 258, top + 19 + 13 * i, peso(v), 8.5)
    c.line(40, 310, 572, 310, 0.5)
    c.text(48, 315, "GROSS PAY", 8.5, "F2")
    c.right(298, 315, peso(gross), 8.5, "F2")
    c.text(314, 315, "TOTAL DEDUCTIONS", 8.5, "F2")
    c.right(564, 315, peso(taken), 8.5, "F2")
    c.line(40, 330, 572, 330, 0.5)
    c.shade(306, 334, 266, 18, 0.8)
    c.text(314, 338, "NET PAY", 10, "F2")
    c.right(564, 338, f"PHP {peso(net)}", 10, "F2")
    c.text(48, 336, "Year-to-date", 7.5, "F2")
    rows_at(
        c,
        48,
        346,
        (
            f"Gross Earnings: {peso(ytd_gross)}",
            f"Tax Withheld: {peso(round(wtax * periods, 2))}",
            f"13th Month Accrued: {peso(round(basic * periods / 12, 2))}",
        ),
        7.5,
        "F1",
        10,
    )
    c.text(314, 374, "Received by: ______________________", 8)
    c.text(50, 396, "This is a system-generated payslip. Keep this for your records.", 6.5)
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": emp,
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": taken,
    }
    return [c], truth


CHURCHES = (
    "First Baptist Church of",
    "Grace Community Church,",
    "St. Mark's Lutheran Church,",
    "Trinity United Methodist Church,",
    "New Hope Presbyterian Church,",
)


def payslip_clergy(m: Maker) -> Layout:
    """A congregation's pay stub for its minister, printed by the church's bookkeeping program
    on plain paper: the church's name and address, "Pastor's Compensation Statement" with the
    pay period and the pay date, the pastor ("Rev. First Last") and the employee ID; the
    compensation (cash salary and the board-designated housing allowance, a vehicle
    reimbursement outside the pay), the withholdings (a voluntary federal withholding, the
    state tax and a 403(b) contribution; no Social Security or Medicare, because ministers pay
    self-employment tax), the columns This Period and Year to Date, and a note on the
    housing allowance and the quarterly estimated taxes."""
    p = make_pay(m)
    city = p.c_city.split(",")[0]
    church = m.pick(CHURCHES)
    church = f"{church} {city}"
    periods = max(1, (p.paid - dt.date(p.paid.year, 1, 1)).days // 14 + 1)
    salary = p.earnings[0][3]
    housing = round(salary * m.r.uniform(0.3, 0.7), 2)
    earnings = [("Cash Salary", salary), ("Housing Allowance", housing)]
    gross = round(salary + housing, 2)
    fed = round(gross * m.r.uniform(0.05, 0.14), 2)
    deds = [("Federal Income Tax (voluntary)", fed)]
    if p.state not in ("TX", "FL", "TN", "WA", "NV", "SD", "WY", "AK", "NH"):
        deds.append((f"{p.state} Income Tax", round(salary * 0.04, 2)))
    deds.append(("403(b) Retirement", round(salary * m.pick((0.04, 0.05, 0.1)), 2)))
    taken = round(sum(v for _, v in deds), 2)
    net = round(gross - taken, 2)

    def ytd(v: float) -> float:
        return round(v * periods, 2)

    ytd_gross = ytd(gross)
    c = Canvas()
    c.centre(306, 36, church, fit(church, 500, 15, "F4"), "F4")
    c.centre(306, 56, f"{p.c_street}  \xb7  {p.c_city}", 8.5, "F3")
    c.line(60, 72, 552, 72, 0.6)
    c.centre(306, 80, "Pastor's Compensation Statement", 12, "F4")
    info = (
        ("Pastor", f"Rev. {p.first} {p.last}"),
        ("Employee ID", p.emp_no),
        ("Pay period", f"{fmt(p.start, '%m/%d/%Y')} through {fmt(p.end, '%m/%d/%Y')}"),
        ("Pay date", fmt(p.paid, "%B %d, %Y")),
    )
    for i, (k, v) in enumerate(info):
        c.text(70, 104 + 14 * i, k, 9, "F4")
        c.text(170, 104 + 14 * i, v, 9.5, "F3")
    rows_at(c, 380, 104, (f"Rev. {p.first} {p.last}", p.e_street, p.e_city), 9, "F3", 12)
    top = 172
    for title, rows, total_label, total in (
        ("COMPENSATION", earnings, "Total Compensation", gross),
        ("WITHHOLDINGS", deds, "Total Withholdings", taken),
    ):
        c.line(60, top, 552, top, 0.6)
        c.text(66, top + 4, title, 8.5, "F4")
        c.right(430, top + 4, "This Period", 8.5, "F4")
        c.right(546, top + 4, "Year to Date", 8.5, "F4")
        c.line(60, top + 16, 552, top + 16, 0.3)
        y = top + 21
        for k, v in rows:
            c.text(66, y, k, 9.5, "F3")
            c.right(430, y, f"{v:,.2f}", 9.5, "F3")
            c.right(546, y, f"{ytd(v):,.2f}", 9.5, "F3")
            y += 14
        c.text(66, y + 2, total_label, 9.5, "F4")
        c.right(430, y + 2, f"{total:,.2f}", 9.5, "F4")
        c.right(546, y + 2, f"{ytd(total):,.2f}", 9.5, "F4")
        top = y + 24
    c.line(60, top, 552, top, 1.0)
    c.text(66, top + 6, "NET PAY (direct deposit)", 10.5, "F4")
    c.right(430, top + 6, f"${net:,.2f}", 10.5, "F4")
    c.right(546, top + 6, f"{ytd(net):,.2f}", 9.5, "F3")
    c.text(66, top + 24, f"Mileage reimbursed separately: {m.r.randint(40, 400)} miles", 8.5, "F3")
    _paragraph(
        c,
        66,
        top + 46,
        "The housing allowance was designated by resolution of the church board and is not "
        "included in Box 1 of your W-2 to the extent of your actual housing expenses. As a "
        "minister you are self-employed for Social Security purposes: no Social Security or "
        "Medicare tax is withheld. Please remember your quarterly estimated tax payments.",
        480,
        8.5,
        "F3",
    )
    truth: Truth = {
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
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Bank statements


def bank_statement_fresh11(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """25: a French bank's relevé de compte; 26: a US e-statement listing the activity newest
    first under a balance chart."""
    fn = statement_france if t == 25 else statement_newest_first
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


FR_BANKS = ("Banque Populaire du Sud", "Crédit Régional", "Caisse d'Épargne Loire", "Banque Delmas")
FR_TXNS = (
    ("CB CARREFOUR {d}", -1, 12, 180),
    ("CB SNCF INTERNET {d}", -1, 20, 140),
    ("PRLV SEPA EDF", -1, 40, 160),
    ("PRLV SEPA ORANGE", -1, 25, 60),
    ("RETRAIT DAB {d}", -1, 20, 200),
    ("VIR SEPA SALAIRE {co}", 1, 1600, 3600),
    ("VIR INST {name}", 1, 20, 400),
    ("CHQ N. {n}", -1, 30, 900),
    ("REMISE CHEQUE {n}", 1, 40, 800),
)


def statement_france(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A French bank's relevé de compte: the bank's logo line and agency at the top left, the
    holder ("M. Jean DUPONT" / "Mme") in the window at the right, "RELEVÉ DE COMPTE" with the
    period ("du 01/03/2024 au 31/03/2024"), the account kind and number with the IBAN and BIC,
    then the opérations table (date, libellé, valeur, débit, crédit) opening with "SOLDE
    PRÉCÉDENT AU ..." and closing with the totals of the movements and "NOUVEAU SOLDE
    CRÉDITEUR AU ...", amounts with a decimal comma; the deposit-guarantee note at the
    foot."""
    bank = m.pick(FR_BANKS)
    first, last = (
        m.pick(("Jean", "Marie", "Luc", "Claire", "Sophie", "Pierre")),
        m.pick(("DUPONT", "MARTIN", "BERNARD", "LEROY", "FAURE", "ROUX")),
    )
    title = "Mme" if first in ("Marie", "Claire", "Sophie") else "M."
    holder = f"{title} {first} {last}"
    s1, s2 = fr_address(m)
    account = m.digits(11)
    acct_type = m.pick(("Compte courant", "Compte chèques", "Compte de dépôt"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    opening = m.amount(150, 9000)
    bal = opening
    txns = []
    n = m.r.randint(1000001, 9000000)
    for day in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(8, 22))):
        pat, sign, lo, hi = m.pick(FR_TXNS)
        amount = m.amount(lo, hi)
        if sign < 0 and amount > bal:
            sign = 1
            pat = "VIR INST {name}"
        when = start + dt.timedelta(days=day)
        desc = pat.format(
            d=fmt(when - dt.timedelta(days=m.r.randint(0, 2)), "%d/%m"),
            co=m.pick(("SARL MOREAU", "DUBOIS SAS", "MAIRIE DE LYON")),
            name=f"{m.pick(('M.', 'MME'))} {m.pick(('PETIT', 'GIRARD', 'ROUSSEAU'))}",
            n=n,
        )
        n += 1
        bal = round(bal + sign * amount, 2)
        txns.append((when, desc, sign * amount))
    credits = round(sum(a for *_, a in txns if a > 0), 2)
    debits = round(-sum(a for *_, a in txns if a < 0), 2)
    closing = bal

    def head(c: Canvas, first_page: bool) -> float:
        colour(c, 0.55, 0.1, 0.2)
        c.text(40, 36, bank, 15, "F2")
        ink(c, 0.0)
        c.text(40, 56, f"Agence {s2.split(' ', 1)[1]} - {m.pick(FR_STREETS)}", 8)
        if not first_page:
            c.right(572, 40, f"{holder} - {acct_type} N° {account}", 8)
            return 70
        rows_at(c, 340, 90, (holder, s1, s2), 10, "F1", 13)
        c.text(40, 150, "RELEVÉ DE COMPTE", 14, "F2")
        c.text(40, 168, f"du {fmt(start, '%d/%m/%Y')} au {fmt(end, '%d/%m/%Y')}", 9.5)
        c.text(40, 184, f"{acct_type} N° {account}", 10, "F2")
        iban = f"FR76 {m.digits(4)} {m.digits(4)} {account[:4]} {account[4:8]} {account[8:]}"
        c.text(40, 198, f"IBAN : {iban}   BIC : {m.pick(('CCBPFRPP', 'CEPAFRPP'))}", 8)
        return 218

    pages = []
    c = Canvas()
    y = head(c, True)
    cols = (
        (44, "Date", 0),
        (90, "Libellé", 0),
        (380, "Valeur", 0),
        (486, "Débit", 1),
        (568, "Crédit", 1),
    )

    def table_head(c: Canvas, y: float) -> float:
        c.shade(40, y, 532, 14, 0.85)
        for x, h, r in cols:
            (c.right if r else c.text)(x, y + 3.5, h, 8, "F2")
        return y + 19

    y = table_head(c, y)
    c.text(90, y, f"SOLDE PRÉCÉDENT AU {fmt(start - dt.timedelta(days=1), '%d/%m/%Y')}", 8.5, "F2")
    c.right(568, y, french(opening), 8.5, "F2")
    y += 14
    for when, desc, amount in txns:
        if y > 700:
            pages.append(c)
            c = Canvas()
            y = table_head(c, head(c, False))
        c.text(44, y, fmt(when, "%d/%m"), 8.5)
        c.text(90, y, desc, 8.5)
        c.text(380, y, fmt(when + dt.timedelta(days=m.pick((0, 0, 1))), "%d/%m"), 8.5)
        c.right(486 if amount < 0 else 568, y, french(abs(amount)), 8.5)
        y += 13
    c.line(40, y, 572, y, 0.4)
    c.text(90, y + 4, "TOTAL DES OPÉRATIONS", 8.5, "F2")
    c.right(486, y + 4, french(debits), 8.5, "F2")
    c.right(568, y + 4, french(credits), 8.5, "F2")
    c.shade(40, y + 18, 532, 15, 0.9)
    c.text(90, y + 21, f"NOUVEAU SOLDE CRÉDITEUR AU {fmt(end, '%d/%m/%Y')}", 8.5, "F2")
    c.right(568, y + 21, french(closing), 8.5, "F2")
    pages.append(c)
    for i, p in enumerate(pages):
        p.text(
            40,
            748,
            "Vos dépôts sont garantis par le Fonds de Garantie des Dépôts et de "
            "Résolution dans la limite de 100 000 €.",
            6.5,
        )
        p.right(572, 748, f"Page {i + 1}/{len(pages)}", 7)
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


def statement_newest_first(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A US online bank's e-statement: the bank's wordmark and the account owner with the
    account's nickname and masked number, the statement period, four summary figures in a row
    (starting balance, total deposits, total withdrawals, ending balance), a small bar chart of
    the balance through the month with its axis labels, then the transactions listed newest
    first (date, description, amount with a minus for money out, balance after), continued on
    further pages."""
    s = make_statement(m)
    deposits = s.total("deposit")
    withdrawals = s.total("card", "electronic", "check", "fee")

    def head(c: Canvas, first: bool) -> float:
        fill(c, 0, 0, 612, 8, (0.1, 0.55, 0.45))
        colour(c, 0.1, 0.45, 0.38)
        c.text(40, 26, s.bank, 16, "F2")
        ink(c, 0.0)
        c.right(
            572,
            28,
            f"Statement period {fmt(s.start, '%b %d, %Y')} - {fmt(s.end, '%b %d, %Y')}",
            8.5,
        )
        if not first:
            c.right(572, 40, f"{s.acct_type} {s.account}  (continued)", 8)
            return 64
        c.text(40, 56, s.holder, 11, "F2")
        rows_at(c, 40, 71, (s.street, s.city), 9, "F1", 11)
        c.right(572, 56, f"{s.acct_type}", 10, "F2")
        c.right(572, 70, f"Account number {s.account}", 8.5)
        return 102

    c = Canvas()
    y = head(c, True)
    tiles = (
        (labels[0], s.opening),
        (labels[1], deposits),
        (labels[2], withdrawals),
        (labels[3], s.closing),
    )
    for i, (k, v) in enumerate(tiles):
        x = 40 + 134 * i
        c.box(x, y, 124, 40, 0.5)
        c.text(x + 6, y + 6, k, 7.5)
        c.text(x + 6, y + 20, usd(v), 11.5, "F2")
    y += 56
    c.text(40, y, "Daily balance", 8, "F2")
    days = (s.end - s.start).days + 1
    bals = []
    bal = s.opening
    k = 0
    for i in range(days):
        day = s.start + dt.timedelta(days=i)
        while k < len(s.txns) and s.txns[k].day <= day:
            bal = s.txns[k].balance
            k += 1
        bals.append(bal)
    hi = max(max(bals), 1.0)
    lo = min(0.0, min(bals))
    base = y + 70
    for i, b in enumerate(bals):
        h = 58 * (b - lo) / (hi - lo)
        fill(c, 44 + i * 16.5, base - h, 11, h, (0.55, 0.8, 0.72))
    c.line(40, base, 560, base, 0.4)
    c.text(44, base + 3, fmt(s.start, "%b %d"), 6.5)
    c.right(556, base + 3, fmt(s.end, "%b %d"), 6.5)
    c.right(580, y + 10, f"{hi:,.0f}", 6)
    y = base + 22
    pages = []

    def table_head(c: Canvas, y: float) -> float:
        c.text(40, y, "Transactions (newest first)", 10, "F2")
        for x, h, r in (
            (40, "Date", 0),
            (100, "Description", 0),
            (470, "Amount", 1),
            (570, "Balance", 1),
        ):
            (c.right if r else c.text)(x, y + 17, h, 7.5, "F2")
        c.line(40, y + 28, 572, y + 28, 0.5)
        return y + 33

    y = table_head(c, y)
    for x in reversed(s.txns):
        if y > 720:
            pages.append(c)
            c = Canvas()
            y = table_head(c, head(c, False))
        sign = "" if x.kind == "deposit" else "-"
        c.text(40, y, fmt(x.day, "%b %d"), 8)
        c.text(100, y, x.desc, fit(x.desc, 300, 8))
        c.right(470, y, f"{sign}{usd(x.amount)}", 8)
        c.right(570, y, usd(x.balance), 8)
        y += 13
        c.line(40, y - 2, 572, y - 2, 0.15)
    c.text(100, y + 2, "Starting balance", 8, "F2")
    c.right(570, y + 2, usd(s.opening), 8, "F2")
    pages.append(c)
    for i, p in enumerate(pages):
        p.text(40, 752, f"{s.bank}, Member FDIC.", 6.5)
        p.right(572, 752, f"{i + 1}/{len(pages)}", 7)
    truth: Truth = {
        "bank_name": s.bank,
        "account_holder_name": s.holder,
        "account_number": s.account,
        "account_type": s.acct_type,
        "statement_start_date": s.start.isoformat(),
        "statement_end_date": s.end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": s.opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": s.closing,
    }
    return pages, truth


# ---------------------------------------------------------------------------------------------
# W-2s


def w2_fresh11(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """25: a four-up W-2 sheet with a copy in each quadrant; 26: an employee self-service
    portal's W-2 page printed from a browser."""
    return (*(w2_four_up if t == 25 else w2_portal)(m), f"t{t}")


def w2_quadrant(d: Frame, w, copy: str, note: str) -> None:  # type: ignore[no-untyped-def]
    """One W-2 copy 286 points wide and about 370 high: the boxes a to f in the left column,
    the money boxes in pairs at the right, box 12 to 14 under them and the state row across
    the foot."""
    d.text(0, 0, f"{w.year}", 14, "F2")
    d.text(40, 1, "Form W-2 Wage and Tax Statement", 8.5, "F2")
    lines = wrap(copy, 244, 6.3, "F2")
    rows_at(d, 40, 12, lines, 6.3, "F2", 7.5)
    d.text(40, 12 + 7.5 * len(lines), note, 5.5)
    d.right(286, 1, "OMB No. 1545-0008", 5.5)
    d = Frame(d.c, d.x0, d.y0 + 8, d.k)

    def cell(
        x: float, top: float, wd: float, h: float, label: str, value: str, right: bool
    ) -> None:
        d.box(x, top, wd, h, 0.4)
        d.text(x + 2, top + 1.5, label, 4.8)
        if right:
            d.right(x + wd - 3, top + h - 10, value, 8, "F5")
        else:
            d.text(x + 3, top + h - 10, value, 8, "F5")

    cell(0, 32, 140, 22, "a Employee's social security number", w.ssn, False)
    cell(140, 32, 146, 22, "d Control number", w.control, False)
    cell(0, 54, 140, 22, "b Employer identification number (EIN)", w.ein, False)
    d.box(0, 76, 140, 64, 0.4)
    d.text(2, 77.5, "c Employer's name, address, and ZIP code", 4.8)
    rows_at(d, 3, 86, (w.employer, w.er_street, w.er_city), 7, "F5", 9)
    d.box(0, 140, 140, 74, 0.4)
    d.text(2, 141.5, "e Employee's name, address, and ZIP code", 4.8)
    rows_at(d, 3, 152, (f"{w.first_init} {w.last}", w.ee_street, w.ee_city), 7, "F5", 9)
    d.text(2, 205, "f Employee's address and ZIP code", 4.8)
    money = (
        ("1 Wages, tips, other comp.", w.wages, "2 Federal income tax withheld", w.fed),
        ("3 Social security wages", w.ss_wages, "4 Social security tax withheld", w.ss_tax),
        ("5 Medicare wages and tips", w.med_wages, "6 Medicare tax withheld", w.med_tax),
        ("7 Social security tips", None, "8 Allocated tips", None),
        ("10 Dependent care benefits", None, "11 Nonqualified plans", None),
    )
    for i, (l1, v1, l2, v2) in enumerate(money):
        top = 54 + 24 * i
        cell(140, top, 73, 24, l1, "" if v1 is None else f"{v1:,.2f}", True)
        cell(213, top, 73, 24, l2, "" if v2 is None else f"{v2:,.2f}", True)
    for i in range(4):
        code, amount = w.codes[i] if i < len(w.codes) else ("", None)
        text = f"{code}  {amount:,.2f}" if code and amount is not None else ""
        cell(140 + 73 * (i % 2), 174 + 20 * (i // 2), 73, 20, f"12{'abcd'[i]}", text, True)
    cell(
        0,
        214,
        140,
        30,
        "13 Statutory / Retirement plan / Third-party sick pay",
        "    X" if w.k401 else "",
        False,
    )
    cell(140, 214, 146, 30, "14 Other", w.other, False)
    cell(0, 244, 40, 24, "15 State", w.state, False)
    cell(40, 244, 100, 24, "Employer's state ID number", w.state_id, False)
    cell(140, 244, 73, 24, "16 State wages, tips, etc.", f"{w.wages:,.2f}", True)
    cell(213, 244, 73, 24, "17 State income tax", f"{w.state_tax:,.2f}", True)
    cell(0, 268, 95, 24, "18 Local wages, tips, etc.", "", True)
    cell(95, 268, 95, 24, "19 Local income tax", "", True)
    cell(190, 268, 96, 24, "20 Locality name", "", False)


def w2_four_up(m: Maker) -> Layout:
    """A four-up W-2 sheet as laser payroll software prints it on pre-perforated paper: the
    page cut into quadrants by a horizontal and a vertical perforation, Copy B (to be filed
    with the federal return), Copy C (for the employee's records) and two Copy 2 (for the
    state and city returns) each in a quadrant, the values in Courier, and the notice under
    each copy."""
    w = make_w2(m)
    c = Canvas()
    copies = (
        (
            "Copy B To Be Filed With Employee's FEDERAL Tax Return",
            "This information is being furnished to the Internal Revenue Service.",
        ),
        ("Copy C For EMPLOYEE'S RECORDS", "Safe, accurate, FAST! Use e-file."),
        ("Copy 2 To Be Filed With Employee's State, City, or Local Income Tax Return", ""),
        ("Copy 2 To Be Filed With Employee's State, City, or Local Income Tax Return", ""),
    )
    for i, (copy, note) in enumerate(copies):
        col, row = i % 2, i // 2
        d = Frame(c, 12 + 306 * col, 22 + 396 * row, 1.0)
        w2_quadrant(d, w, copy, note)
        d.text(0, 310, "Form W-2 (Rev.)  Keep for your records. See instructions on back.", 5.5)
    c.text(20, 393, "- " * 96, 5, "F5")
    dashed(c, 306, 10, 782)
    return [c], w2_truth(w)


def w2_portal(m: Maker) -> Layout:
    """A W-2 page of an employee self-service portal, printed from a web browser: the print
    header (date and time at the left, the page title in the middle) and the footer (the URL
    and "1/1"); the portal's bar with the employer's name and the signed-in employee; a left
    navigation (Pay, Tax Documents, Benefits, Time Off); "W-2 Wage and Tax Statement <year>"
    with a Download PDF button; the employer and employee blocks; then the boxes as labelled
    tiles, three to a row, each with its box number and caption above the value."""
    w = make_w2(m)
    printed = dt.datetime.combine(
        dt.date(w.year + 1, m.r.randint(1, 4), m.r.randint(1, 28)),
        dt.time(m.r.randint(7, 22), m.r.randint(0, 59)),
    )
    c = Canvas()
    stamp = fmt(printed, "%m/%d/%y, %I:%M %p")
    c.text(24, 14, stamp, 7)
    c.centre(306, 14, f"Tax Documents - W-2 {w.year}", 7)
    slug = w.employer.split()[0].lower()
    c.text(24, 772, f"https://{slug}.myworkportal.com/tax/w2/{w.year}?view=detail", 7)
    c.right(588, 772, "1/1", 7)
    fill(c, 24, 30, 564, 28, (0.13, 0.2, 0.33))
    white(c)
    c.text(36, 39, w.employer, 11, "F2")
    c.right(576, 40, f"{w.first} {w.last}", 9)
    ink(c, 0.0)
    fill(c, 24, 58, 110, 690, (0.95, 0.95, 0.96))
    for i, item in enumerate(("Home", "Pay", "Tax Documents", "Benefits", "Time Off", "Profile")):
        c.text(36, 76 + 22 * i, item, 9, "F2" if item == "Tax Documents" else "F1")
    x0 = 150
    c.text(x0, 74, f"W-2 Wage and Tax Statement {w.year}", 15, "F2")
    c.box(490, 72, 86, 20, 0.6)
    c.centre(533, 78, "Download PDF", 8)
    c.text(x0, 96, f"Issued {fmt(dt.date(w.year + 1, 1, m.r.randint(20, 31)), '%b %d, %Y')}", 8)
    blocks = (
        ("Employer", (w.employer, w.er_street, w.er_city, f"EIN {w.ein}")),
        ("Employee", (f"{w.first_init} {w.last}", w.ee_street, w.ee_city, f"SSN {w.ssn}")),
    )
    for i, (title, rows) in enumerate(blocks):
        x = x0 + 214 * i
        c.text(x, 118, title, 8, "F2")
        rows_at(c, x, 130, rows, 9, "F1", 12)
    tiles = [
        ("1", "Wages, tips, other compensation", usd(w.wages)),
        ("2", "Federal income tax withheld", usd(w.fed)),
        ("3", "Social security wages", usd(w.ss_wages)),
        ("4", "Social security tax withheld", usd(w.ss_tax)),
        ("5", "Medicare wages and tips", usd(w.med_wages)),
        ("6", "Medicare tax withheld", usd(w.med_tax)),
    ]
    for i, (code, amount) in enumerate(w.codes):
        tiles.append((f"12{'abcd'[i]}", f"Code {code}", usd(amount)))
    if w.other:
        tiles.append(("14", "Other", w.other))
    tiles += [
        ("15", "State / Employer's state ID", f"{w.state} {w.state_id}"),
        ("16", "State wages, tips, etc.", usd(w.wages)),
        ("17", "State income tax", usd(w.state_tax)),
    ]
    if w.control:
        tiles.insert(0, ("d", "Control number", w.control))
    top = 196
    for i, (num, label, value) in enumerate(tiles):
        x, y = x0 + 144 * (i % 3), top + 54 * (i // 3)
        c.box(x, y, 136, 46, 0.4)
        c.text(x + 6, y + 5, f"Box {num}", 6.5, "F2")
        c.text(x + 6, y + 13, label, fit(label, 124, 7))
        c.text(x + 6, y + 27, value, fit(value, 124, 11, "F2"), "F2")
    c.text(x0, 740, "Amounts shown are as reported to the Social Security Administration.", 7)
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Licences


def licence_fresh11(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """25: a dark licence card with light lettering; 26: a state motor vehicle record (driver
    abstract)."""
    return (*(licence_dark if t == 25 else licence_record)(m), f"t{t}")


NAVY = (0.08, 0.13, 0.3)


def licence_dark(m: Maker) -> Layout:
    """A horizontal licence card printed on a dark navy field with the lettering in white and
    pale blue, scanned on a flatbed at about one and a half times its size: the state's name
    in a serif title across the top with "DRIVER LICENSE" under it, the portrait at the
    left with a small ghost image at the lower right, the fields as short numbered captions
    in pale blue over white values (DL, CLASS, EXP, ISS, DOB, the name as LAST then FIRST
    MIDDLE on two lines, the address, SEX, HGT, WGT, EYES, HAIR), dates as MM/DD/YYYY, and the
    signature across the foot."""
    lic = make_licence(m)
    c = Canvas()
    k = 1.55
    d = Frame(c, 60, 60, k)
    w, h = 324, 204
    fill(c, 60, 60, w * k, h * k, NAVY)
    fill(c, 60, 60 + 34 * k, w * k, 2 * k, (0.85, 0.65, 0.2))
    white(c)
    d.centre(w / 2, 6, lic.state, fit(lic.state, 300, 14, "F4"), "F4")
    colour(c, 0.7, 0.8, 0.95)
    d.centre(w / 2, 22, "DRIVER LICENSE", 8, "F2")
    fill(c, 60 + 12 * k, 60 + 46 * k, 84 * k, 104 * k, (0.55, 0.6, 0.7))
    fill(c, 60 + 30 * k, 60 + 62 * k, 48 * k, 50 * k, (0.35, 0.38, 0.48))
    fill(c, 60 + 268 * k, 60 + 150 * k, 40 * k, 46 * k, (0.2, 0.26, 0.42))

    def field(x: float, top: float, cap: str, value: str, size: float = 8.5) -> None:
        colour(c, 0.6, 0.72, 0.92)
        d.text(x, top, cap, 4.8, "F2")
        white(c)
        d.text(x, top + 6, value, size, "F2")

    day = "%m/%d/%Y"
    field(108, 42, "4d DL", lic.number, 10)
    field(230, 42, "9 CLASS", lic.klass)
    field(108, 62, "1 LAST", lic.last)
    middle = f" {lic.middle}" if lic.middle else ""
    field(108, 80, "2 FIRST", f"{lic.first}{middle}")
    field(108, 98, "8 ADDRESS", lic.street, 7)
    d.text(108, 113, f"{lic.city}, {lic.abbr} {lic.zipcode}", 7, "F2")
    field(108, 126, "3 DOB", fmt(lic.dob, day))
    field(190, 126, "4b EXP", fmt(lic.expires, day))
    field(264, 126, "4a ISS", fmt(lic.issued, day))
    field(108, 146, "15 SEX", lic.sex)
    field(145, 146, "16 HGT", lic.height)
    field(190, 146, "WGT", lic.weight)
    field(230, 146, "18 EYES", lic.eyes)
    field(108, 166, "19 HAIR", lic.hair)
    field(160, 166, "5 DD", m.digits(12), 6.5)
    d.text(14, 176, f"{lic.first} {lic.last}", 11, "F3")
    ink(c, 0.0)
    c.text(60, 60 + h * k + 14, "Scanned copy - front", 8)
    return [c], licence_truth(lic)


def licence_record(m: Maker) -> Layout:
    """A state motor vehicle record (a driver abstract, as employers and insurers order it):
    the state's department name and "DRIVER RECORD ABSTRACT" with the request date, the
    requester and the record type; the driver's identification (license number, name as LAST,
    FIRST MIDDLE, address, date of birth, sex, height, eyes) in label/value lines; the license
    block (class, status VALID, issue and expiration dates, endorsements and restrictions);
    the convictions and accidents in a table (or NONE); and the certification line."""
    lic = make_licence(m)
    c = Canvas()
    requested = lic.issued + dt.timedelta(days=m.r.randint(30, 900))
    c.centre(306, 34, f"State of {lic.state}", 11, "F2")
    c.centre(306, 49, "DEPARTMENT OF MOTOR VEHICLES - DRIVER SERVICES", 9)
    c.centre(306, 68, "DRIVER RECORD ABSTRACT", 14, "F2")
    c.line(40, 88, 572, 88, 0.8)
    meta = (
        ("REQUEST DATE", fmt(requested, "%m/%d/%Y")),
        ("REQUESTED BY", m.pick(("EMPLOYER", "INSURANCE CARRIER", "DRIVER (SELF)"))),
        ("RECORD TYPE", m.pick(("3 YEAR", "7 YEAR", "COMPLETE"))),
        ("REFERENCE", m.digits(10)),
    )
    for i, (k, v) in enumerate(meta):
        c.text(40 + 135 * i, 94, k, 6.5, "F2")
        c.text(40 + 135 * i, 103, v, 8.5, "F5")
    c.line(40, 116, 572, 116, 0.4)
    c.text(40, 124, "DRIVER IDENTIFICATION", 9, "F2")
    middle = f" {lic.middle.upper()}" if lic.middle else ""
    ident = (
        ("LICENSE NUMBER", lic.number),
        ("NAME", f"{lic.last.upper()}, {lic.first.upper()}{middle}"),
        ("ADDRESS", f"{lic.street.upper()}, {lic.city.upper()}, {lic.abbr} {lic.zipcode}"),
        ("DATE OF BIRTH", fmt(lic.dob, "%m/%d/%Y")),
        ("SEX", lic.sex),
        ("HEIGHT", lic.height),
        ("EYE COLOR", lic.eyes),
    )
    y = rows_label(c, 140, ident)
    c.text(40, y + 8, "LICENSE INFORMATION", 9, "F2")
    block = (
        ("CLASS", lic.klass),
        ("STATUS", "VALID"),
        ("ISSUE DATE", fmt(lic.issued, "%m/%d/%Y")),
        ("EXPIRATION DATE", fmt(lic.expires, "%m/%d/%Y")),
        ("ENDORSEMENTS", m.pick(("NONE", "M - MOTORCYCLE"))),
        ("RESTRICTIONS", m.pick(("NONE", "B - CORRECTIVE LENSES"))),
    )
    y = rows_label(c, y + 24, block)
    c.text(40, y + 8, "CONVICTIONS / WITHDRAWALS / ACCIDENTS", 9, "F2")
    y += 24
    heads = ("VIOLATION DATE", "CONV DATE", "DESCRIPTION", "COURT", "POINTS")
    xs = (40, 130, 210, 420, 530)
    for x, hd in zip(xs, heads, strict=True):
        c.text(x, y, hd, 7, "F2")
    c.line(40, y + 10, 572, y + 10, 0.4)
    y += 16
    events = m.r.randint(0, 3)
    if not events:
        c.text(40, y, "*** NONE ON RECORD ***", 8.5, "F5")
        y += 14
    for _ in range(events):
        v = lic.issued - dt.timedelta(days=m.r.randint(60, 1500))
        desc = m.pick(
            (
                "SPEEDING 11-15 MPH OVER",
                "FAIL TO OBEY TRAFFIC SIGNAL",
                "SEAT BELT VIOLATION",
                "IMPROPER LANE CHANGE",
            )
        )
        cells = (
            fmt(v, "%m/%d/%Y"),
            fmt(v + dt.timedelta(days=m.r.randint(20, 90)), "%m/%d/%Y"),
            desc,
            m.pick(("MUNICIPAL", "DISTRICT", "COUNTY")),
            str(m.r.randint(0, 4)),
        )
        for x, s in zip(xs, cells, strict=True):
            c.text(x, y, s, 8, "F5")
        y += 13
    _paragraph(
        c,
        40,
        y + 20,
        "I certify that this is a true abstract of the driving record maintained by this "
        "department. This record is furnished for the permissible use stated by the "
        "requester under the Driver's Privacy Protection Act, 18 U.S.C. 2721.",
        532,
        8,
        "F1",
    )
    c.text(40, 740, f"END OF RECORD  -  PAGE 1 OF 1  -  {lic.abbr} DMV", 7, "F5")
    return [c], licence_truth(lic)


def rows_label(c: Canvas, top: float, rows: tuple[tuple[str, str], ...]) -> float:
    """Label ...: value lines in Courier; the top of what follows."""
    for i, (k, v) in enumerate(rows):
        c.text(50, top + 13 * i, f"{k:.<20}:", 8.5, "F5")
        c.text(190, top + 13 * i, v, 8.5, "F5")
    return top + 13 * len(rows)


# ---------------------------------------------------------------------------------------------
# 1099s


def form_1099_fresh11(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """25: a tax program's 1099 entry screen printed from the browser; 26: a 1099 statement
    with the boxes as the columns of one table row."""
    return (*(form_1099_screen if t == 25 else form_1099_row)(m, variant), f"t{t}")


def form_1099_screen(m: Maker, variant: str) -> Layout:
    """A tax preparation web program's entry screen for a 1099, printed from the browser: the
    print header and footer, the program's top bar with the tax year and the progress steps,
    "Enter your 1099-INT info" (or 1099-MISC) with the help text, the payer's and the
    recipient's names, TINs and the account number as filled-in input fields with their
    captions above, then a field per box with its number and caption at the left and the
    amount in an input box at the right (empty boxes left blank), and the Back / Continue
    buttons."""
    f = make_1099(m, variant)
    c = Canvas()
    c.text(
        24, 14, fmt(dt.date(int(f.year) + 1, m.r.randint(1, 4), m.r.randint(1, 28)), "%m/%d/%Y"), 7
    )
    c.centre(306, 14, "Income - Wages & Income", 7)
    c.text(24, 772, "https://app.taxfilerpro.com/return/income/1099-" + variant.lower(), 7)
    c.right(588, 772, "1/1", 7)
    fill(c, 24, 28, 564, 26, (0.0, 0.42, 0.55))
    white(c)
    c.text(36, 35, f"TaxFiler Pro  |  {f.year} Federal Return", 11, "F2")
    ink(c, 0.0)
    steps = ("Personal Info", "Income", "Deductions", "Review", "File")
    for i, s in enumerate(steps):
        c.text(36 + 110 * i, 62, s, 8, "F2" if s == "Income" else "F1")
    c.line(36, 74, 576, 74, 0.4)
    c.text(60, 88, f"Enter your 1099-{variant} info", 16, "F2")
    c.text(
        60,
        110,
        "Enter the information exactly as it appears on the form you received. "
        "Leave a box blank if it is empty.",
        8,
    )

    def field(x: float, top: float, w: float, label: str, value: str) -> None:
        c.text(x, top, label, 7.5, "F2")
        c.box(x, top + 10, w, 18, 0.5)
        c.text(x + 5, top + 15, value, fit(value, w - 8, 9))

    field(60, 130, 240, "Payer's name", f.payer)
    field(320, 130, 200, "Payer's TIN", f.payer_tin)
    field(60, 166, 240, "Recipient's name", f.recipient)
    field(320, 166, 200, "Recipient's TIN", f.recipient_tin)
    if f.account:
        field(60, 202, 240, "Account number (optional)", f.account)
    y = 250
    c.line(60, y - 8, 552, y - 8, 0.3)
    for num, label, key in f.boxes:
        value = f"{f.values[key]:,.2f}" if key in f.values else ""
        c.text(60, y + 4, f"Box {num}", 8, "F2")
        c.text(104, y + 4, label, fit(label, 300, 8.5))
        c.text(420, y + 4, "$", 9)
        c.box(430, y, 120, 17, 0.5)
        c.right(544, y + 4, value, 9)
        y += 24
    c.box(60, y + 20, 70, 22, 0.6)
    c.centre(95, y + 26, "Back", 9)
    fill(c, 470, y + 20, 82, 22, (0.0, 0.42, 0.55))
    white(c)
    c.centre(511, y + 26, "Continue", 9, "F2")
    ink(c, 0.0)
    return [c], tax_1099_truth(f, zeros_printed=False)


def form_1099_row(m: Maker, variant: str) -> Layout:
    """A 1099 statement a small payer's accounting system prints on plain letter paper in
    landscape-like rows: "<year> Form 1099-INT - Interest Income - Copy B for Recipient" as
    the title, the payer and the recipient side by side with their TINs and addresses, the
    account number, then one ruled table whose columns are the boxes (the number and short
    caption in the head, the amount under it, 0.00 where empty), the boxes split over two
    rows of the table, and the notice that the amounts were reported to the IRS."""
    f = make_1099(m, variant)
    c = Canvas()
    c.text(36, 36, f"{f.year} Form 1099-{variant}", 16, "F2")
    c.text(36, 58, f"{f.title}  -  Copy B for Recipient", 10)
    c.right(576, 40, f"OMB No. {f.omb}", 8)
    c.line(36, 76, 576, 76, 1)
    for i, (title, rows) in enumerate(
        (
            ("PAYER", (f.payer, f.p_street, f.p_city, f.p_phone, f"TIN: {f.payer_tin}")),
            ("RECIPIENT", (f.recipient, f.r_street, f.r_city, f"TIN: {f.recipient_tin}")),
        )
    ):
        x = 36 + 280 * i
        c.text(x, 86, title, 8, "F2")
        rows_at(c, x, 98, rows, 9, "F1", 12)
    if f.account:
        c.text(36, 166, f"Account number: {f.account}", 9)
    boxes = list(f.boxes)
    per = (len(boxes) + 1) // 2
    top = 190
    for chunk in (boxes[:per], boxes[per:]):
        if not chunk:
            continue
        wd = 540 / len(chunk)
        c.shade(36, top, 540, 34, 0.9)
        for j, (num, label, key) in enumerate(chunk):
            x = 36 + wd * j
            c.box(x, top, wd, 52, 0.5)
            c.text(x + 3, top + 3, f"Box {num}", 6.5, "F2")
            for n, line in enumerate(wrap(label, wd - 6, 5.5)[:3]):
                c.text(x + 3, top + 12 + 6.5 * n, line, 5.5)
            c.right(x + wd - 4, top + 39, f"{f.values.get(key, 0.0):,.2f}", 8.5, "F5")
        top += 64
    _paragraph(
        c,
        36,
        top + 10,
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on "
        "you if this income is taxable and the IRS determines that it has not been reported.",
        540,
        8,
        "F1",
    )
    return [c], tax_1099_truth(f, zeros_printed=True)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh11(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """25: a transfer agent's dividend check under its dividend statement; 26: a business
    check with the amount imprinted by a checkwriter machine."""
    return (*(check_dividend if t == 25 else check_checkwriter)(m), f"t{t}")


AGENTS = (
    "Equiniti Trust Company",
    "Computershare Trust Company, N.A.",
    "Broadridge Corporate Issuer Solutions",
    "Continental Stock Transfer & Trust",
)


def check_dividend(m: Maker) -> Layout:
    """A dividend check as a company's transfer agent mails it to a registered shareholder: the
    upper two thirds are the dividend statement (the company, "Dividend Statement", the record
    and payment dates, the shareholder account, the class of stock, shares held, the rate per
    share, the gross dividend, any backup withholding and the net amount) and the check below
    a perforation: the company's name as drawer "by <agent>, Paying Agent", the check number
    and date, "PAY" with the amount in words and the amount in a box, the shareholder's name
    and address, the paying bank, two facsimile signatures and the MICR line."""
    q = make_cheque(m, business=True)
    agent = m.pick(AGENTS)
    first, middle, last = m.person()
    q.payee = f"{first} {middle[:1]} {last}".replace("  ", " ") if middle else f"{first} {last}"
    shares = m.r.randint(12, 4800)
    rate = m.pick((0.12, 0.175, 0.25, 0.31, 0.42, 0.5875, 0.76))
    gross = round(shares * rate, 2)
    withheld = round(gross * 0.24, 2) if m.chance(0.15) else 0.0
    q.amount = round(gross - withheld, 2)
    record = q.date - dt.timedelta(days=m.r.randint(14, 30))
    q.memo = ""
    c = Canvas()
    c.text(40, 36, q.drawer, 14, "F2")
    c.text(40, 54, "DIVIDEND STATEMENT", 10, "F2")
    c.right(572, 36, agent, 8)
    c.right(572, 46, "Paying Agent", 7)
    rows = (
        ("Shareholder account", m.pick((f"C{m.digits(10)}", m.digits(11)))),
        ("Class of stock", m.pick(("Common Stock", "Class A Common", "Common Shares"))),
        ("Record date", fmt(record, "%m/%d/%Y")),
        ("Payment date", fmt(q.date, "%m/%d/%Y")),
        ("Shares held on record date", f"{shares:,}"),
        ("Dividend rate per share", f"${rate:.4f}"),
        ("Gross dividend", usd(gross)),
        ("Backup withholding", usd(withheld)),
        ("Net dividend paid", usd(q.amount)),
    )
    for i, (k, v) in enumerate(rows):
        c.text(60, 80 + 15 * i, k, 9, "F2" if i == len(rows) - 1 else "F1")
        c.right(400, 80 + 15 * i, v, 9, "F2" if i == len(rows) - 1 else "F1")
        c.line(60, 91 + 15 * i, 400, 91 + 15 * i, 0.15)
    rows_at(c, 60, 230, (q.payee.upper(), q.street.upper(), q.city.upper()), 9, "F5", 12)
    _paragraph(
        c,
        60,
        290,
        "Keep this statement for your tax records. Dividends are reported to you and the IRS "
        "on Form 1099-DIV. To enroll in direct deposit or dividend reinvestment, visit the "
        "paying agent's shareholder website.",
        480,
        8,
        "F1",
    )
    c.text(20, 372, "- " * 86 + "  DETACH HERE", 5, "F5")
    top = 390
    fill(c, 30, top, 552, 240, (0.9, 0.95, 0.93))
    c.text(44, top + 10, q.drawer, 11, "F2")
    c.text(44, top + 25, f"by {agent}, Paying Agent", 7.5)
    c.right(568, top + 10, f"No. {q.number}", 10, "F2")
    c.right(568, top + 26, f"DATE  {fmt(q.date, '%m/%d/%Y')}", 9)
    cents = round(q.amount * 100) % 100
    spelled = f"{words(int(q.amount))} Dollars and {cents:02d} Cents"
    c.text(44, top + 58, "PAY", 9, "F2")
    c.text(72, top + 58, f"*** {spelled} ***", fit(f"*** {spelled} ***", 380, 9.5, "F2"), "F2")
    c.box(470, top + 50, 98, 22, 0.8)
    c.right(562, top + 56, f"${q.amount:,.2f}", 11, "F2")
    c.text(44, top + 90, "TO THE ORDER OF", 7)
    rows_at(c, 44, top + 100, (q.payee.upper(), q.street.upper(), q.city.upper()), 9, "F5", 11)
    c.text(44, top + 150, q.bank, 8.5, "F2")
    c.text(44, top + 161, q.bank_city, 7.5)
    c.text(44, top + 174, "VOID AFTER 180 DAYS", 7, "F2")
    for x in (360, 470):
        c.line(x, top + 166, x + 98, top + 166, 0.5)
        c.text(x + 4, top + 152, m.pick(LAST), 12, "F3")
        c.text(x, top + 169, "Authorized Signature", 6)
    c.text(150, top + 212, f"C{q.number.zfill(8)}C A{q.routing}A {q.account}C", 11, "F5")
    return [c], cheque_truth(q, spelled)


def check_checkwriter(m: Maker) -> Layout:
    """A small business's check whose amount was imprinted by a checkwriter machine: the
    drawer's name and address, the bank with its fraction, the check number and a typed date,
    the payee typed on the pay line, and in place of the written amount the machine's red
    imprint ("$1,234 DOLLARS 56 CTS" over "EXACTLY ONE THOUSAND TWO HUNDRED THIRTY-FOUR
    DOLLARS 56 CTS" between wavy borders), the memo, a hand signature and the MICR line; a
    detachable voucher with the invoices paid and the check total above it."""
    q = make_cheque(m, business=True)
    c = Canvas()
    c.text(40, 30, q.drawer, 11, "F2")
    c.text(40, 46, "Payment voucher", 9)
    invoices = []
    left = q.amount
    for i in range(m.r.randint(1, 3)):
        part = left if i == 2 else round(left * m.r.uniform(0.3, 0.7), 2)
        if i == 0 and m.chance(0.4):
            part = left
        invoices.append((f"INV {m.digits(5)}", part))
        left = round(left - part, 2)
        if left <= 0:
            break
    if left > 0:
        invoices.append((f"INV {m.digits(5)}", left))
    for x, h in ((40, "Invoice"), (200, "Date"), (400, "Amount paid")):
        c.text(x, 70, h, 8, "F2")
    for i, (inv, amt) in enumerate(invoices):
        c.text(40, 84 + 12 * i, inv, 8.5)
        c.text(
            200, 84 + 12 * i, fmt(q.date - dt.timedelta(days=m.r.randint(10, 60)), "%m/%d/%Y"), 8.5
        )
        c.text(400, 84 + 12 * i, f"{amt:,.2f}", 8.5)
    y = 84 + 12 * len(invoices)
    c.line(400, y, 480, y, 0.4)
    c.text(300, y + 4, "Check total", 8.5, "F2")
    c.text(400, y + 4, f"{q.amount:,.2f}", 8.5, "F2")
    c.text(20, 520, "- " * 95, 5, "F5")
    top = 540
    c.box(24, top, 564, 240, 0.6)
    c.text(40, top + 10, q.drawer, 11, "F2")
    rows_at(c, 40, top + 24, (q.street, q.city), 8, "F1", 10)
    c.centre(306, top + 10, q.bank, 9, "F2")
    c.centre(306, top + 22, q.bank_city, 7)
    c.right(570, top + 10, q.number, 11, "F2")
    c.text(440, top + 44, "DATE", 7)
    c.text(470, top + 42, fmt(q.date, "%m/%d/%Y"), 10, "F5")
    c.line(466, top + 53, 570, top + 53, 0.4)
    c.text(40, top + 72, "PAY TO THE", 6.5)
    c.text(40, top + 80, "ORDER OF", 6.5)
    c.text(90, top + 74, q.payee, 10, "F5")
    c.line(88, top + 88, 570, top + 88, 0.4)
    dollars = int(q.amount)
    cents = round(q.amount * 100) % 100
    spelled = f"EXACTLY {words(dollars).upper()} DOLLARS {cents:02d} CTS"
    colour(c, 0.75, 0.1, 0.12)
    c.text(90, top + 100, "~" * 70, 8, "F5")
    c.text(90, top + 110, f"${dollars:,} DOLLARS {cents:02d} CTS", 12, "F2")
    c.text(90, top + 126, spelled, fit(spelled, 470, 9, "F2"), "F2")
    c.text(90, top + 138, "~" * 70, 8, "F5")
    ink(c, 0.0)
    c.text(40, top + 168, "MEMO", 7)
    c.text(74, top + 166, q.memo, 9, "F5")
    c.line(70, top + 177, 260, top + 177, 0.4)
    c.line(380, top + 177, 570, top + 177, 0.4)
    c.text(390, top + 160, f"{m.pick(FIRST)} {m.pick(LAST)}", 14, "F3")
    c.text(120, top + 200, f"C{q.number.zfill(6)}C A{q.routing}A {q.account}C", 11, "F5")
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh11(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """25: a hair salon's receipt; 26: an EV charging session receipt."""
    return (*(receipt_salon if t == 25 else receipt_charging)(m), f"t{t}")


SALONS = (
    "Bella Hair Studio",
    "The Mane Room",
    "Shear Elegance Salon",
    "Salon Lumière",
    "Urban Roots Hair Co.",
)
SERVICES_SALON = (
    ("Women's Haircut & Style", (45, 85)),
    ("Men's Cut", (25, 45)),
    ("Single Process Color", (70, 120)),
    ("Partial Highlights", (95, 160)),
    ("Blowout", (35, 55)),
    ("Deep Conditioning Treatment", (20, 35)),
    ("Brow Wax", (15, 22)),
)
PRODUCTS_SALON = (
    ("Moisture Shampoo 10 oz", (18, 32)),
    ("Styling Cream", (16, 28)),
    ("Heat Protect Spray", (19, 30)),
)


def receipt_salon(m: Maker) -> Layout:
    """A hair salon's receipt from its booking system on a narrow thermal roll: the salon, its
    address and phone, the ticket number and date, the client's first name and the stylist,
    the services with the stylist's name under each, a retail product (taxed; services are
    not), the subtotal, the sales tax on the product, the total, the card payment with the
    last four digits and the tip added on the card, the amount charged, the rebooking line
    and a survey note."""
    salon = m.pick(SALONS)
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(9, 18), m.r.randint(0, 59)))
    ticket = m.pick((m.digits(5), f"T-{m.digits(6)}"))
    stylist = m.pick(FIRST)
    services = [(d, m.amount(*r)) for d, r in m.r.sample(SERVICES_SALON, m.r.randint(1, 3))]
    products = [(d, m.amount(*r)) for d, r in m.r.sample(PRODUCTS_SALON, m.r.randint(0, 2))]
    subtotal = round(sum(v for _, v in services + products), 2)
    rate = m.pick((0.06, 0.0725, 0.08, 0.0875))
    tax = round(sum(v for _, v in products) * rate, 2)
    total = round(subtotal + tax, 2)
    tip = round(total * m.pick((0.15, 0.18, 0.2, 0.25)), 2)
    last4 = m.digits(4)
    tape = Tape(220, 7.5, "F1", "F2")
    tape.centre(salon, 11, "F4")
    tape.centre(street, 7)
    tape.centre(city, 7)
    tape.centre(phone, 7)
    tape.gap()
    tape.row(f"Ticket #{ticket}", fmt(when, "%m/%d/%Y %I:%M %p"))
    tape.row(f"Client: {m.pick(FIRST)} {m.pick(LAST)[0]}.")
    tape.rule()
    tape.row("SERVICES", bold=True)
    for d, v in services:
        tape.row(d, f"{v:.2f}")
        tape.row(f"with {stylist}", indent=8, size=6.5)
    if products:
        tape.row("RETAIL", bold=True)
        for d, v in products:
            tape.row(d, f"{v:.2f} T")
    tape.rule()
    tape.row("Subtotal", f"{subtotal:.2f}")
    tape.row(f"Sales Tax {rate * 100:g}%", f"{tax:.2f}")
    tape.row("Total", f"{total:.2f}", bold=True)
    tape.row("Tip", f"{tip:.2f}")
    tape.row(f"{m.pick(('VISA', 'MASTERCARD', 'AMEX'))} ****{last4}", f"{total + tip:.2f}")
    tape.row("Amount Charged", f"{total + tip:.2f}", bold=True)
    tape.rule()
    tape.centre("Next visit booked:", 7)
    nxt = when.date() + dt.timedelta(weeks=m.pick((4, 6, 8)))
    tape.centre(f"{fmt(nxt, '%a %b %d')} with {stylist}", 7)
    tape.gap()
    tape.centre("Thank you! Tell us how we did:", 6.5)
    tape.centre(f"{salon.split()[0].lower()}salon.com/survey", 6.5)
    truth: Truth = {
        "merchant_name": salon,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": ticket,
        "card_last_four_digits": last4,
    }
    return [tape.page()], truth


NETWORKS = ("VoltPoint Charging", "ChargeWay Networks", "AmpUp EV Stations", "GreenRoad Charge")


def receipt_charging(m: Maker) -> Layout:
    """An EV charging network's session receipt as e-mailed and printed: the network's bar,
    "Charging session receipt" with the session ID and date, the station (site name and
    address, charger ID and connector type, DC fast or Level 2), start and end times, the
    energy delivered in kWh, the charging and idle minutes, then the charges (energy at the
    rate per kWh, idle fee, session fee), the subtotal, the tax, the total and the payment
    card with its last four digits, with the network's support phone."""
    net = m.pick(NETWORKS)
    phone = f"1-8{m.r.randint(0, 8)}{m.r.randint(0, 9)}-{m.r.randint(200, 999)}-{m.digits(4)}"
    street, city = m.address()
    start = dt.datetime.combine(m.date(), dt.time(m.r.randint(6, 21), m.r.randint(0, 59)))
    fast = m.chance(0.6)
    minutes = m.r.randint(18, 55) if fast else m.r.randint(60, 300)
    kwh = round(minutes * (m.r.uniform(0.6, 1.6) if fast else m.r.uniform(0.1, 0.18)), 3)
    end = start + dt.timedelta(minutes=minutes)
    rate = m.pick((0.36, 0.43, 0.48, 0.56)) if fast else m.pick((0.22, 0.29, 0.35))
    idle = m.r.randint(0, 14)
    session_id = m.digits(9)
    lines = [(f"Energy {kwh:.3f} kWh @ ${rate:.2f}/kWh", round(kwh * rate, 2))]
    if idle > 5:
        lines.append((f"Idle fee {idle - 5} min @ $0.40/min", round((idle - 5) * 0.4, 2)))
    lines.append(("Session fee", m.pick((0.0, 0.99, 1.0))))
    subtotal = round(sum(v for _, v in lines), 2)
    tax = round(subtotal * m.pick((0.0, 0.06, 0.07)), 2)
    total = round(subtotal + tax, 2)
    last4 = m.digits(4)
    c = Canvas()
    fill(c, 60, 40, 492, 34, (0.1, 0.5, 0.3))
    white(c)
    c.text(74, 50, net, 14, "F2")
    ink(c, 0.0)
    c.text(74, 92, "Charging session receipt", 16, "F2")
    c.text(74, 114, f"Session ID {session_id}   \xb7   {fmt(start, '%B %d, %Y')}", 9)
    c.text(74, 140, "STATION", 7.5, "F2")
    rows_at(
        c,
        74,
        152,
        (
            m.pick(
                ("Westfield Mall P2", "Town Center Garage", "Fresh Market Lot", "I-80 Rest Stop")
            ),
            street,
            city,
            f"Charger {m.pick('ABCDEFGH')}{m.digits(2)}-{m.digits(4)}  \xb7  "
            f"{'DC Fast, CCS1' if fast else 'Level 2, J1772'}",
        ),
        9,
        "F1",
        12,
    )
    facts = (
        ("Started", fmt(start, "%I:%M %p")),
        ("Ended", fmt(end, "%I:%M %p")),
        ("Charging time", f"{minutes} min"),
        ("Idle time", f"{idle} min"),
        ("Energy delivered", f"{kwh:.3f} kWh"),
    )
    for i, (k, v) in enumerate(facts):
        c.text(330, 140 + 14 * i, k, 8.5)
        c.right(536, 140 + 14 * i, v, 8.5, "F2")
    c.line(74, 222, 538, 222, 0.5)
    y = 232
    for k, v in lines:
        c.text(74, y, k, 9.5)
        c.right(536, y, usd(v), 9.5)
        y += 16
    c.line(330, y, 538, y, 0.4)
    y += 6
    for k, v, font in (("Subtotal", subtotal, "F1"), ("Tax", tax, "F1"), ("Total", total, "F2")):
        c.text(330, y, k, 10, font)
        c.right(536, y, usd(v), 10, font)
        y += 16
    c.text(
        74, y + 14, f"Paid with {m.pick(('Visa', 'Mastercard', 'Discover'))} ending in {last4}", 9
    )
    c.text(74, y + 40, f"Questions about this session? Call {phone} (24/7).", 8)
    truth: Truth = {
        "merchant_name": net,
        "merchant_phone": phone,
        "transaction_date": start.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": session_id,
        "card_last_four_digits": last4,
    }
    return [c], truth
