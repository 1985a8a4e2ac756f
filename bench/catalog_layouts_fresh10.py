"""The "fresh10" held-out layouts (templates 23 and 24) of the catalog kinds, for
bench/catalog_documents.py.

An eleventh held-out set, designed blind, from what documents of each kind commonly look like
in the world and not from what the offline extractor handles, so that `--layouts fresh10` is an
honest test set: the printed representation of a Mexican electronic invoice (CFDI 4.0) in
Spanish with the issuer's and receiver's RFC, the fiscal folio, the concept table with the SAT
product and unit keys, IVA and a withholding, the total in words and the digital seals under a
QR code, and a caterer's event invoice with the event details, per-person menu lines, a service
charge, the deposit already received and the balance due; an enterprise HR system's
semi-monthly pay slip (a header row of captioned cells, a Current/YTD summary grid of gross
pay, pre-tax deductions, employee taxes, post-tax deductions and net pay, an RSU vest offset
after tax, taxable wages and the payment distribution) and a South African monthly payslip in
rand with PAYE, UIF and SDL, the company contributions and YYYY/MM/DD dates; an Australian
transaction account statement with the BSB, the balances followed by CR or DR and the summary
as an equation (opening balance, less debits, plus credits, equals closing balance) and an
online-only bank's statement with the summary as four tiles joined by operators and the
activity grouped under day headings with each day's closing balance; a vertical-format W-2
(two tall narrow copies side by side, the money boxes in numbered pairs, two state rows and a
locality) and a professional employer organization's year-end W-2 statement with the
worksite employer and a matrix of taxable wages and tax withheld per tax; a bank's identity
verification record with the clerk's transcription of the licence and a photocopy of both
sides, and a licence with the name on one line as "LAST, FIRST MIDDLE", the dates in a row of
captioned cells and a change-of-address sticker on the back; a bilingual (English/Spanish)
substitute 1099 with every box listed and a pre-printed red-ink 1099 (Copy B and Copy 2) filled
by an inkjet printer out of registration, the values straddling the box rules; a class-action
settlement check on a postcard self-mailer with the mailing side as a second page and a Puerto
Rico bank's bilingual personal check with the amount written in Spanish words; a page of a
carbonless sales-receipt book filled in by hand under the vendor's rubber stamp and a German
till receipt (Kassenbon) with comma decimals, the VAT table with net, tax and gross per rate,
a girocard slip and the TSE signature block.

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
    _names,
    _paragraph,
    fmt,
    text_width,
    words,
)
from bench.catalog_layouts_fresh import (
    INT_GRID,
    MISC_GRID,
    Flow,
    Frame,
    Layout,
    Tape,
    barcode,
    cheque_truth,
    form_cell,
    label_lines,
    licence_truth,
    long_date,
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
from bench.catalog_layouts_fresh8 import colour, rows_at, stroke
from bench.catalog_layouts_fresh9 import RED, dashed, fill, usd

# ---------------------------------------------------------------------------------------------
# Helpers

_UNITS_ES = _names(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
)
_TENS_ES = _names("_ _ _ treinta cuarenta cincuenta sesenta setenta ochenta noventa")
_HUNDREDS_ES = _names(
    "_ ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
    "ochocientos novecientos"
)


def spanish(n: int) -> str:
    """A whole number below a million in Spanish words ("mil doscientos treinta y cuatro")."""
    if n < 30:
        return _UNITS_ES[n]
    if n < 100:
        rest = f" y {_UNITS_ES[n % 10]}" if n % 10 else ""
        return _TENS_ES[n // 10] + rest
    if n < 1000:
        if n == 100:
            return "cien"
        rest = f" {spanish(n % 100)}" if n % 100 else ""
        return _HUNDREDS_ES[n // 100] + rest
    thousands = n // 1000
    head = "mil" if thousands == 1 else f"{apocope(spanish(thousands))} mil"
    rest = f" {spanish(n % 1000)}" if n % 1000 else ""
    return head + rest


def apocope(s: str) -> str:
    """'uno' shortens before a noun: veintiuno -> veintiún, treinta y uno -> treinta y un."""
    if s.endswith("veintiuno"):
        return s[:-9] + "veintiún"
    if s.endswith("uno"):
        return s[:-3] + "un"
    return s


def hand(c: Canvas, m: Maker, x: float, top: float, s: str, size: float = 11) -> None:
    """Handwriting: Times, a little off the line."""
    c.text(x + m.r.uniform(-1.5, 1.5), top + m.r.uniform(-1.2, 1.2), s, size, "F3")


def qr(c: Canvas, m: Maker, x: float, top: float, size: float) -> None:
    """A square of dark modules with the three finder patterns, standing in for a QR code."""
    n = 25
    cell = size / n
    for corner_x, corner_y in ((0, 0), (n - 7, 0), (0, n - 7)):
        c.shade(x + corner_x * cell, top + corner_y * cell, 7 * cell, 7 * cell, 0.0)
        c.shade(x + (corner_x + 1) * cell, top + (corner_y + 1) * cell, 5 * cell, 5 * cell, 1.0)
        c.shade(x + (corner_x + 2) * cell, top + (corner_y + 2) * cell, 3 * cell, 3 * cell, 0.0)
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i > n - 9 and j < 8) or (i < 8 and j > n - 9):
                continue
            if m.chance(0.45):
                c.shade(x + i * cell, top + j * cell, cell, cell, 0.0)


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def base64ish(m: Maker, n: int) -> str:
    return "".join(m.pick(B64) for _ in range(n))


def hexish(m: Maker, n: int) -> str:
    return "".join(m.pick("0123456789ABCDEF") for _ in range(n))


def spaced(value: float) -> str:
    """1234567.8 -> '1 234 567.80', as South African payroll prints rand."""
    return f"{value:,.2f}".replace(",", " ")


def german(value: float) -> str:
    """1234.5 -> '1.234,50'."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def checkbox(c: Canvas, x: float, top: float, ticked: bool, size: float = 7) -> None:
    c.box(x, top, size, size, 0.5)
    if ticked:
        c.text(x + 1.2, top - 0.5, "X", size + 0.5, "F2")


def routing_with(m: Maker, prefix: str) -> str:
    """A nine-digit ABA routing number starting with `prefix`, with a valid check digit."""
    while True:
        body = prefix + m.digits(8 - len(prefix))
        d = [int(x) for x in body]
        total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
        last = (10 - total % 10) % 10
        return body + str(last)


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh10(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """23: the printed representation of a Mexican CFDI; 24: a caterer's event invoice with a
    deposit received and the balance due."""
    return (*(invoice_cfdi if t == 23 else invoice_catering)(m), f"t{t}")


MX_KINDS = (
    "DISTRIBUIDORA",
    "COMERCIALIZADORA",
    "SERVICIOS INDUSTRIALES",
    "GRUPO FERRETERO",
    "ABASTECEDORA",
    "IMPORTADORA",
    "SUMINISTROS",
    "TRANSPORTES",
)
MX_NAMES = (
    "ALTAMIRA",
    "DEL BAJIO",
    "SANTA FE",
    "MONTERREY NORTE",
    "LOS PINOS",
    "CUAUHTEMOC",
    "DEL VALLE",
    "TLAQUEPAQUE",
    "LA SIERRA",
    "SAN ANGEL",
)
# (city, state, first two digits of the postal code)
MX_CITIES = (
    ("Monterrey", "Nuevo León", "64"),
    ("Guadalajara", "Jalisco", "44"),
    ("Ciudad de México", "CDMX", "06"),
    ("Querétaro", "Querétaro", "76"),
    ("Puebla", "Puebla", "72"),
    ("León", "Guanajuato", "37"),
    ("Tijuana", "Baja California", "22"),
    ("Mérida", "Yucatán", "97"),
)
MX_STREETS = (
    "Av. Constitución",
    "Calle Hidalgo",
    "Blvd. Díaz Ordaz",
    "Av. Juárez",
    "Calle Morelos",
)
# (SAT product key, SAT unit key, description, unit price range, freight)
MX_GOODS = (
    (
        "31161500",
        "H87 Pieza",
        "Tornillo hexagonal galvanizado 3/8 x 2 in (caja 100)",
        (180, 420),
        0,
    ),
    ("40141700", "H87 Pieza", "Válvula de bola de latón 1/2 in", (95, 260), 0),
    ("14111500", "H87 Pieza", "Papel bond tamaño carta, caja con 5000 hojas", (620, 980), 0),
    ("81111800", "E48 Unidad de servicio", "Servicio de soporte técnico (hora)", (450, 900), 0),
    ("72101500", "E48 Unidad de servicio", "Mantenimiento preventivo de equipo", (1800, 6500), 0),
    ("24112100", "H87 Pieza", "Tarima de madera 1.20 x 1.00 m", (160, 310), 0),
    ("46181500", "H87 Pieza", "Guantes de nitrilo, caja con 100 piezas", (190, 360), 0),
    ("26121600", "H87 Pieza", "Cable THW calibre 12, rollo de 100 m", (1100, 1900), 0),
    ("78101800", "E48 Unidad de servicio", "Flete terrestre local", (2500, 7800), 1),
)
REGIMES = ("601 - General de Ley Personas Morales", "626 - Régimen Simplificado de Confianza")
USES = ("G03 - Gastos en general", "G01 - Adquisición de mercancías", "I08 - Otra maquinaria")


def mx_company(m: Maker) -> tuple[str, str]:
    """(name as registered with the SAT, RFC)."""
    kind, name = m.pick(MX_KINDS), m.pick(MX_NAMES)
    letters = (kind[0] + "".join(w[0] for w in name.split()) + "X")[:3]
    born = dt.date(m.r.randint(1988, 2019), m.r.randint(1, 12), m.r.randint(1, 28))
    tail = m.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + m.digits(1) + m.pick("A0123456789")
    return f"{kind} {name}", f"{letters}{born:%y%m%d}{tail}"


def invoice_cfdi(m: Maker) -> Layout:
    """The printed representation of a Mexican electronic invoice (CFDI 4.0), in Spanish: the
    issuer's trade mark and, under "Emisor", its registered name, RFC, tax regime and the
    postal code where it was issued; a box at the right with the series and folio, the fiscal
    folio (UUID), the certificate numbers, the issue and certification date-times
    (2024-03-15T10:23:45) and the voucher type; the receiver's name, RFC, CFDI use, postal code
    and regime; the currency, payment form and method and the purchase order; the concept
    table (SAT product key, quantity, SAT unit key, description, unit value, amount and tax
    object) with the IVA transferred under each line; the subtotal, any discount, IVA at 16%,
    the 4% IVA withheld on freight and the total, with the total in words ("... PESOS 56/100
    M.N."); then the QR code, the CFDI's and the SAT's digital seals and the original chain."""
    vendor, v_rfc = mx_company(m)
    receiver, r_rfc = mx_company(m)
    while receiver == vendor:
        receiver, r_rfc = mx_company(m)
    brand = next(vendor[len(k) + 1 :] for k in MX_KINDS if vendor.startswith(f"{k} "))
    city, state, cp2 = m.pick(MX_CITIES)
    v_cp = f"{cp2}{m.digits(3)}"
    r_cp = f"{m.pick(MX_CITIES)[2]}{m.digits(3)}"
    serie = m.pick(("A", "F", "FA", "MTY"))
    folio = str(m.r.randint(120, 98000))
    number = f"{serie}-{folio}"
    issued = dt.datetime.combine(m.date(), dt.time(m.r.randint(8, 19), m.r.randint(0, 59)))
    issued = issued.replace(second=m.r.randint(0, 59))
    certified = issued + dt.timedelta(seconds=m.r.randint(20, 400))
    uuid = f"{hexish(m, 8)}-{hexish(m, 4)}-4{hexish(m, 3)}-{hexish(m, 4)}-{hexish(m, 12)}"
    credit = m.chance(0.5)
    po = m.pick((f"OC-{m.digits(5)}", f"PO{m.digits(6)}", "", ""))
    lines = []
    for key, unit, desc, (lo, hi), freight in m.r.sample(MX_GOODS, m.r.randint(2, 6)):
        qty = 1 if unit.startswith("E48") else m.r.randint(1, 40)
        price = m.amount(lo, hi)
        lines.append((key, qty, unit, desc, price, round(qty * price, 2), freight))
    subtotal = round(sum(x[5] for x in lines), 2)
    discount = round(subtotal * m.pick((0.0, 0.0, 0.03, 0.05)), 2)
    base = round(subtotal - discount, 2)
    iva = round(base * 0.16, 2)
    freight_base = sum(x[5] for x in lines if x[6])
    withheld = round(freight_base * (1 - discount / subtotal) * 0.04, 2) if freight_base else 0.0
    total = round(base + iva - withheld, 2)
    cents = round(total * 100) % 100
    whole = round(total * 100) // 100
    pesos = "PESO" if whole == 1 else "PESOS"
    in_words = f"({apocope(spanish(whole)).upper()} {pesos} {cents:02d}/100 M.N.)"

    def mxn(v: float) -> str:
        return f"${v:,.2f}"

    c = Canvas()
    colour(c, 0.05, 0.3, 0.45)
    c.text(40, 30, brand.upper(), 22, "F2")
    fill(c, 40, 56, 160, 3, (0.05, 0.3, 0.45))
    ink(c, 0.0)
    c.text(40, 64, "Emisor", 8, "F2")
    emisor = (
        f"Nombre: {vendor}",
        f"RFC: {v_rfc}",
        f"Régimen fiscal: {m.pick(REGIMES)}",
        f"Domicilio: {m.pick(MX_STREETS)} {m.r.randint(10, 3999)}, {city}, {state}",
        f"Lugar de expedición (C.P.): {v_cp}",
    )
    rows_at(c, 40, 75, emisor, 7.5, "F1", 10)
    c.box(330, 28, 242, 114, 0.6)
    c.shade(330.5, 28.5, 241, 16, 0.82)
    c.centre(451, 32, "FACTURA", 10, "F2")
    box = (
        ("Serie y folio:", number),
        ("Folio fiscal (UUID):", uuid),
        ("No. de serie del CSD:", f"0000100000050{m.digits(7)}"),
        ("Fecha y hora de emisión:", issued.isoformat()),
        ("Fecha y hora de certificación:", certified.isoformat()),
        ("No. de serie del certificado SAT:", f"0000100000050{m.digits(7)}"),
        ("Tipo de comprobante:", "I - Ingreso"),
        ("Exportación:", "01 - No aplica"),
    )
    for i, (k, v) in enumerate(box):
        top = 49 + 11.5 * i
        c.text(335, top, k, 6.5, "F2")
        c.right(567, top, v, fit(v, 120, 7.5 if i else 9, "F1"), "F2" if i == 0 else "F1")
    c.box(40, 150, 532, 58, 0.6)
    c.text(46, 154, "Receptor", 8, "F2")
    rows_at(
        c,
        46,
        165,
        (f"Nombre: {receiver}", f"RFC: {r_rfc}", f"Régimen fiscal: {m.pick(REGIMES)}"),
        7.5,
        "F1",
        11,
    )
    rows_at(
        c,
        330,
        165,
        (f"Uso CFDI: {m.pick(USES)}", f"Domicilio fiscal (C.P.): {r_cp}", "Moneda: MXN - Peso"),
        7.5,
        "F1",
        11,
    )
    pay = (
        ("Forma de pago:", "99 - Por definir" if credit else "03 - Transferencia electrónica"),
        (
            "Método de pago:",
            "PPD - Pago en parcialidades o diferido" if credit else "PUE - Pago en una exhibición",
        ),
        ("Condiciones de pago:", f"Crédito {m.pick((15, 30, 45))} días" if credit else "Contado"),
        ("Orden de compra:", po or "N/A"),
    )
    for i, (k, v) in enumerate(pay):
        x = 40 + 266 * (i % 2)
        top = 216 + 11 * (i // 2)
        c.text(x, top, k, 7, "F2")
        c.text(x + 78, top, v, 7.5)
    top = 248
    heads = (
        (44, "Clave ProdServ", 0),
        (132, "Cant.", 1),
        (138, "Clave unidad", 0),
        (206, "Descripción", 0),
        (470, "Valor unitario", 1),
        (530, "Importe", 1),
        (568, "Obj. imp.", 1),
    )
    c.shade(40, top, 532, 14, 0.82)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 4, h, 6.5, "F2")
    y = top + 19
    for key, qty, unit, desc, price, amount, _ in lines:
        cells = (key, str(qty), unit, desc, mxn(price), mxn(amount), "02")
        for (x, _, r), s in zip(heads, cells, strict=True):
            size = fit(s, 210, 7.5) if x == 206 else (fit(s, 64, 7) if x == 138 else 7.5)
            (c.right if r else c.text)(x, y, s, size)
        c.text(
            206,
            y + 9,
            f"Traslados: IVA 002  Tasa 0.160000  Base {mxn(amount)}  Importe "
            f"{mxn(round(amount * 0.16, 2))}",
            5.8,
        )
        y += 22
        c.line(40, y - 3, 572, y - 3, 0.2)
    y += 8
    totals = [("Subtotal", subtotal)]
    if discount:
        totals.append(("Descuento", discount))
    totals.append(("IVA trasladado 16%", iva))
    if withheld:
        totals.append(("IVA retenido 4%", withheld))
    totals.append(("Total", total))
    for i, (label, v) in enumerate(totals):
        bold = "F2" if label == "Total" else "F1"
        c.right(488, y + 13 * i, label, 8, bold)
        c.right(568, y + 13 * i, mxn(v), 8.5, bold)
    c.box(400, y - 4, 172, 13 * len(totals) + 6, 0.5)
    c.text(40, y, "Importe con letra:", 7, "F2")
    lines_in_words = wrap(in_words, 340, 7.5)
    rows_at(c, 40, y + 10, lines_in_words, 7.5, "F1", 10)
    y += max(13 * len(totals), 10 * len(lines_in_words) + 10) + 22
    qr(c, m, 40, y, 96)
    seals = (
        ("Sello digital del CFDI:", base64ish(m, 344)),
        ("Sello digital del SAT:", base64ish(m, 344)),
        (
            "Cadena original del complemento de certificación digital del SAT:",
            f"||1.1|{uuid}|{certified.isoformat()}|SAT970701NN3|{base64ish(m, 180)}|"
            f"0000100000050{m.digits(7)}||",
        ),
    )
    yy = y
    for label, text in seals:
        c.text(148, yy, label, 6.5, "F2")
        yy += 8
        for k in range(0, len(text), 118):
            c.text(148, yy, text[k : k + 118], 5.2, "F5")
            yy += 6.5
        yy += 4
    c.centre(
        306, max(yy, y + 100) + 14, "Este documento es una representación impresa de un CFDI 4.0", 7
    )
    c.right(572, 760, "Página 1 de 1", 7)
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": receiver,
        "ID": number,
        "DATE": issued.date().isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


CATERER_KINDS = ("Catering Co.", "Catering & Events", "Kitchen & Catering", "Fine Catering")
EVENTS = (
    "Wedding Reception",
    "Corporate Luncheon",
    "Holiday Party",
    "Retirement Celebration",
    "Board Meeting Lunch",
    "Rehearsal Dinner",
    "Grand Opening Reception",
)
VENUES = (
    "The Grand Ballroom at Lakeside",
    "Client's office, 4th floor",
    "Riverside Community Hall",
    "Private residence",
    "Maple Hill Winery Pavilion",
    "Harbor View Yacht Club",
)
# (description, per-person price range, per guest)
MENU = (
    ("Plated dinner - Chicken Marsala, seasonal vegetables", (32.0, 58.0)),
    ("Buffet - carved top round, roasted potatoes, salads", (28.0, 52.0)),
    ("Hors d'oeuvres, butler passed (4 selections)", (12.0, 24.0)),
    ("Boxed lunches - assorted sandwiches, chips, cookie", (14.0, 21.0)),
    ("Dessert station - mini pastries and fruit", (7.0, 14.0)),
    ("Beverage service - coffee, tea, iced tea, water", (3.5, 6.5)),
    ("Bar package - beer and wine (4 hours)", (18.0, 32.0)),
    ("Vegetarian entree - wild mushroom risotto", (29.0, 46.0)),
)
# (description, unit, quantity range, unit price range)
EXTRAS = (
    ("Server (6 hours)", "staff", (2, 9), (150.0, 240.0)),
    ("Bartender (5 hours)", "staff", (1, 3), (175.0, 260.0)),
    ("Floor-length linens", "tables", (4, 24), (14.0, 28.0)),
    ("China, glassware and flatware rental", "guests", (0, 0), (4.5, 9.0)),
    ("Delivery, setup and breakdown", "flat", (1, 1), (150.0, 450.0)),
    ("Cake cutting and plating", "guests", (0, 0), (1.5, 3.5)),
)


def invoice_catering(m: Maker) -> Layout:
    """A caterer's invoice for an event: the caterer's centred serif letterhead with its
    tagline, "INVOICE" with the number, the invoice date, the client's P.O. and the due date,
    BILL TO the client (a company with an attention line, or a person), an EVENT DETAILS band
    (the event, its date and hours, the venue, the guaranteed guest count and the on-site
    contact), the menu lines per person times the guests and the staffing and rentals, the
    subtotal, the service charge (not a gratuity), the sales tax and the total, then the
    deposit already received (with its date and check number) and the BALANCE DUE, the payment
    schedule and the caterer's notes."""
    _, _, last = m.person()
    name = m.pick((f"{last}'s", m.pick(COMPANY_A), f"{m.pick(LAST)} & {m.pick(LAST)}"))
    caterer = f"{name} {m.pick(CATERER_KINDS)}"
    c_street, c_city = m.address()
    phone = m.phone()
    if m.chance(0.55):
        client = m.company()
        attn = f"Attn: {m.pick(FIRST)} {m.pick(LAST)}"
    else:
        client = f"{m.pick(FIRST)} {m.pick(LAST)}"
        attn = ""
    b_street, b_city = m.address()
    event = m.pick(EVENTS)
    event_day = m.date(dt.date(2023, 2, 1), 800)
    issued = event_day + dt.timedelta(days=m.r.randint(1, 6))
    due = issued + dt.timedelta(days=m.pick((10, 15, 30)))
    deposit_day = event_day - dt.timedelta(days=m.r.randint(30, 120))
    number = m.pick((f"{event_day:%y}{m.digits(4)}", f"EV-{m.digits(5)}", m.digits(4)))
    po = m.pick(("", "", f"PO {m.digits(6)}", f"{m.digits(7)}"))
    guests = m.r.randint(18, 220)
    lines = []
    for desc, (lo, hi) in m.r.sample(MENU, m.r.randint(2, 4)):
        price = m.amount(lo, hi)
        lines.append((desc, f"{guests} guests", price, round(guests * price, 2)))
    for desc, unit, (lo, hi), (plo, phi) in m.r.sample(EXTRAS, m.r.randint(1, 4)):
        qty = guests if unit == "guests" else m.r.randint(lo, hi)
        price = m.amount(plo, phi)
        label = {"staff": f"{qty} staff", "tables": f"{qty} tables", "guests": f"{qty} guests"}
        lines.append((desc, label.get(unit, "1"), price, round(qty * price, 2)))
    subtotal = round(sum(x[3] for x in lines), 2)
    rate = m.pick((0.18, 0.2, 0.22))
    service = round(subtotal * rate, 2)
    tax_rate = m.pick((0.06, 0.0625, 0.07, 0.0825, 0.0875))
    tax = round((subtotal + service) * tax_rate, 2)
    total = round(subtotal + service + tax, 2)
    deposit = float(max(100, round(total * m.pick((0.25, 0.3, 0.5)) / 50) * 50))
    balance = round(total - deposit, 2)
    day = m.pick(("%B %d, %Y", "%m/%d/%Y"))
    c = Canvas()
    c.centre(306, 30, caterer, fit(caterer, 440, 20, "F4"), "F4")
    c.centre(306, 54, "Weddings  \xb7  Corporate Events  \xb7  Private Parties", 9, "F3")
    c.centre(306, 67, f"{c_street}, {c_city}   \xb7   {phone}", 8, "F3")
    c.line(40, 82, 572, 82, 1.2)
    c.line(40, 85, 572, 85, 0.4)
    c.text(40, 98, "INVOICE", 18, "F4")
    c.text(40, 126, "BILL TO", 7.5, "F2")
    bill = [client, *([attn] if attn else []), b_street, b_city]
    rows_at(c, 40, 138, bill, 9.5, "F1", 12)
    info = [
        ("Invoice No.", number),
        ("Invoice Date", fmt(issued, day)),
        ("Due Date", fmt(due, day)),
    ]
    if po:
        info.insert(2, ("Customer P.O.", po))
    for i, (k, v) in enumerate(info):
        c.right(470, 100 + 14 * i, k, 8.5, "F2")
        c.text(480, 100 + 14 * i, v, 9)
    top = 196
    c.shade(40, top, 532, 48, 0.92)
    c.text(46, top + 4, "EVENT DETAILS", 7.5, "F2")
    start_h = m.pick((11, 12, 17, 18, 19))
    hours = f"{start_h % 12 or 12}:00 {'AM' if start_h < 12 else 'PM'} - "
    end_h = start_h + m.pick((3, 4, 5))
    hours += f"{end_h % 12 or 12}:00 {'AM' if end_h < 12 or end_h >= 24 else 'PM'}"
    details = (
        ("Event", event),
        ("Date / time", f"{fmt(event_day, '%a %m/%d/%Y')}  {hours}"),
        ("Venue", m.pick(VENUES)),
        ("Guaranteed guests", str(guests)),
        ("On-site contact", f"{m.pick(FIRST)} {m.pick(LAST)}"),
        ("Event coordinator", f"{m.pick(FIRST)} {m.pick(LAST)}"),
    )
    for i, (k, v) in enumerate(details):
        x, yy = 46 + 268 * (i % 2), top + 16 + 10 * (i // 2)
        c.text(x, yy, f"{k}:", 7.5, "F2")
        c.text(x + 82, yy, v, fit(v, 175, 8))
    top = 258
    heads = ((46, "Description", 0), (380, "Quantity", 1), (470, "Rate", 1), (566, "Amount", 1))
    c.line(40, top, 572, top, 0.8)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 4, h, 8, "F2")
    c.line(40, top + 16, 572, top + 16, 0.5)
    y = top + 22
    for desc, qty, price, amount in lines:
        c.text(46, y, desc, fit(desc, 280, 9))
        c.right(380, y, qty, 9)
        c.right(470, y, f"{price:,.2f}", 9)
        c.right(566, y, f"{amount:,.2f}", 9)
        y += 16
    c.line(40, y, 572, y, 0.5)
    y += 8
    totals = (
        ("Subtotal", subtotal, "F1"),
        (f"Service charge ({rate * 100:g}%)", service, "F1"),
        (f"Sales tax ({tax_rate * 100:g}%)", tax, "F1"),
        ("Total", total, "F2"),
        (f"Less deposit received {fmt(deposit_day, '%m/%d/%Y')}", -deposit, "F1"),
    )
    for i, (label, v, font) in enumerate(totals):
        yy = y + 15 * i + (6 if i >= 4 else 0)
        c.right(470, yy, label, 9, font)
        c.right(566, yy, f"({-v:,.2f})" if v < 0 else usd(v), 9.5, font)
    c.line(380, y + 15 * 3 - 3, 572, y + 15 * 3 - 3, 0.5)
    c.shade(380, y + 15 * 5 + 2, 192, 16, 0.85)
    c.right(470, y + 15 * 5 + 6, "BALANCE DUE", 9, "F2")
    c.right(566, y + 15 * 5 + 6, usd(balance), 9.5, "F2")
    c.text(40, y, "PAYMENT SCHEDULE", 7.5, "F2")
    sched = (
        f"Deposit   {fmt(deposit_day, '%m/%d/%Y')}   check #{m.r.randint(1001, 9999)}   PAID",
        f"Balance   due {fmt(due, '%m/%d/%Y')}",
    )
    rows_at(c, 40, y + 12, sched, 8, "F1", 11)
    y += 15 * 6 + 36
    _paragraph(
        c,
        40,
        y,
        "The service charge is retained by the caterer to cover event staffing and "
        "administration and is not a gratuity; gratuities for the staff are at your "
        "discretion. Final guest counts are due seven days before the event and are the "
        f"minimum billed. Please make checks payable to {caterer}. A 1.5% monthly late fee "
        "applies to balances not paid by the due date.",
        532,
        8,
        "F3",
    )
    c.centre(306, 740, "Thank you for letting us be part of your celebration!", 10, "F3")
    truth: Truth = {
        "VENDORNAME": caterer,
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


def payslip_fresh10(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """23: an enterprise HR system's semi-monthly pay slip; 24: a South African monthly
    payslip in rand."""
    return (*(payslip_hr_system if t == 23 else payslip_south_africa)(m), f"t{t}")


NO_TAX = {"TX", "FL", "TN", "WA", "NV", "SD", "WY", "AK", "NH"}


def grid_table(
    c: Canvas,
    x: float,
    top: float,
    widths: tuple[float, ...],
    heads: tuple[str, ...],
    rows: list[tuple[str, ...]],
    size: float = 7,
    title: str = "",
) -> float:
    """A ruled table with a shaded title bar and head row; the first column left-aligned, the
    others right-aligned. The top of what follows."""
    w = sum(widths)
    if title:
        c.shade(x, top, w, 12, 0.7)
        c.text(x + 3, top + 2.5, title, size + 0.5, "F2")
        top += 12
    c.shade(x, top, w, 11, 0.9)
    xx = x
    for i, (h, wd) in enumerate(zip(heads, widths, strict=True)):
        if i == 0:
            c.text(xx + 3, top + 2.5, h, size - 0.5, "F2")
        else:
            c.right(xx + wd - 3, top + 2.5, h, size - 0.5, "F2")
        xx += wd
    y = top + 11
    for row in rows:
        xx = x
        bold = "F2" if row[0] == title or row[0].startswith("Total") else "F1"
        for i, (s, wd) in enumerate(zip(row, widths, strict=True)):
            if i == 0:
                c.text(xx + 3, y + 2.5, s, fit(s, wd - 5, size, bold), bold)
            else:
                c.right(xx + wd - 3, y + 2.5, s, size, bold)
            xx += wd
        y += 11
        c.line(x, y, x + w, y, 0.2)
    c.box(x, top - (12 if title else 0), w, y - top + (12 if title else 0), 0.5)
    return y


def payslip_hr_system(m: Maker) -> Layout:
    """A semi-monthly pay slip from an enterprise HR system: the company and its address at
    the top, a row of captioned cells (company, employee name, employee ID, pay period begin,
    pay period end, check date, check number), a summary grid with Current and YTD rows under
    hours worked, gross pay, pre-tax deductions, employee taxes, post-tax deductions and net
    pay (no total of the deductions), then the earnings (salary with its dates, hours and rate,
    a bonus, an RSU vest), the employee taxes (OASDI, Medicare, federal and state withholding)
    beside the pre-tax deductions, the post-tax deductions (with the RSU offset) beside the
    employer-paid benefits (imputed group-term life), the taxable wages, the withholding
    elections and the payment information with the bank and masked account."""
    company = m.company()
    c_street, c_city = m.address()
    first, _, last = m.person()
    e_street, e_city = m.address()
    emp_id = m.pick((m.digits(6), f"E{m.digits(6)}", m.digits(8)))
    d = m.date(dt.date(2023, 1, 3), 700)
    if d.day <= 15:
        start, end = d.replace(day=1), d.replace(day=15)
    else:
        start, end = d.replace(day=16), month_end(d)
    paid = end
    while paid.weekday() > 4:
        paid -= dt.timedelta(days=1)
    periods = (end.month - 1) * 2 + (1 if end.day == 15 else 2)
    annual = m.amount(58000, 260000)
    salary = round(annual / 24, 2)
    rate = round(annual / 2080, 4)
    hours = 86.67
    state = e_city.split(", ")[1][:2]

    def ytd(v: float, k: float = 1.0) -> float:
        n = max(1, round(periods * k))
        return round(v * n * m.r.uniform(0.97, 1.0), 2) if n > 1 else v

    earnings = [("Salary", f"{fmt(start, '%m/%d/%Y')}-{fmt(end, '%m/%d/%Y')}", hours, rate, salary)]
    earn_ytd = [round(salary * periods, 2)]
    if m.chance(0.2):
        bonus = round(salary * m.pick((0.1, 0.25, 0.5)), 2)
        earnings.append(("Bonus", "", 0.0, 0.0, bonus))
        earn_ytd.append(bonus)
    rsu = 0.0
    if m.chance(0.35):
        rsu = round(salary * m.r.uniform(0.2, 1.1), 2)
        earnings.append(("RSU Vest", "", 0.0, 0.0, rsu))
        earn_ytd.append(round(rsu * m.r.randint(1, 4), 2))
    gross = round(sum(e[4] for e in earnings), 2)
    ytd_gross = round(sum(earn_ytd), 2)
    cash = gross - rsu
    pre = []
    if m.chance(0.75):
        pre.append(("401(k)", round(cash * m.pick((0.04, 0.06, 0.08, 0.1)), 2)))
    pre.append(("Medical", m.amount(45, 220)))
    if m.chance(0.6):
        pre.append(("Dental", m.amount(6, 28)))
    if m.chance(0.4):
        pre.append(("Vision", m.amount(3, 12)))
    if m.chance(0.3):
        pre.append(("HSA", float(m.pick((50, 100, 125, 150)))))
    pre_total = round(sum(v for _, v in pre), 2)
    section125 = round(sum(v for k, v in pre if k != "401(k)"), 2)
    fica_base = round(gross - section125, 2)
    fed_base = round(gross - pre_total, 2)
    taxes = [
        ("OASDI", round(fica_base * 0.062, 2)),
        ("Medicare", round(fica_base * 0.0145, 2)),
        ("Federal Withholding", round(fed_base * m.r.uniform(0.12, 0.2) + rsu * 0.1, 2)),
    ]
    if state not in NO_TAX:
        taxes.append(("State Tax - " + state, round(fed_base * m.r.uniform(0.03, 0.065), 2)))
    if state == "CA":
        taxes.append(("CA SDI", round(fica_base * 0.009, 2)))
    tax_total = round(sum(v for _, v in taxes), 2)
    post = []
    if rsu:
        post.append(("RSU Offset", rsu))
    if m.chance(0.3):
        post.append(("Supplemental Life", m.amount(3, 25)))
    if m.chance(0.2):
        post.append(("Roth 401(k)", round(cash * 0.02, 2)))
    if m.chance(0.15):
        post.append(("Charitable Giving", float(m.pick((10, 20, 25, 50)))))
    post_total = round(sum(v for _, v in post), 2)
    net = round(gross - pre_total - tax_total - post_total, 2)
    pre_ytd = [ytd(v) for _, v in pre]
    tax_ytd = [ytd(v) for _, v in taxes]
    post_ytd = [ytd(v, 0.5) if k == "RSU Offset" else ytd(v) for k, v in post]
    if rsu:
        post_ytd[0] = earn_ytd[-1]
    ytd_net = round(ytd_gross - sum(pre_ytd) - sum(tax_ytd) - sum(post_ytd), 2)
    c = Canvas()
    c.text(36, 30, company, fit(company, 300, 13, "F2"), "F2")
    c.text(36, 46, f"{c_street}, {c_city}", 7.5)
    c.right(576, 30, "Pay Slip", 13, "F2")
    heads = (
        ("Company", company, 140),
        ("Employee Name", f"{first} {last}", 104),
        ("Employee ID", emp_id, 54),
        ("Pay Period Begin", fmt(start, "%m/%d/%Y"), 62),
        ("Pay Period End", fmt(end, "%m/%d/%Y"), 62),
        ("Check Date", fmt(paid, "%m/%d/%Y"), 58),
        ("Check Number", "", 60),
    )
    x = 36.0
    for cap, v, w in heads:
        c.shade(x, 62, w, 12, 0.85)
        c.box(x, 62, w, 26, 0.4)
        c.text(x + 3, 65, cap, 6.3, "F2")
        c.text(x + 3, 77, v, fit(v, w - 6, 7.5))
        x += w
    summary_heads = (
        "",
        "Hours Worked",
        "Gross Pay",
        "Pre Tax Deductions",
        "Employee Taxes",
        "Post Tax Deductions",
        "Net Pay",
    )
    rows = [
        (
            "Current",
            f"{hours:.2f}",
            f"{gross:,.2f}",
            f"{pre_total:,.2f}",
            f"{tax_total:,.2f}",
            f"{post_total:,.2f}",
            f"{net:,.2f}",
        ),
        (
            "YTD",
            f"{hours * periods:,.2f}",
            f"{ytd_gross:,.2f}",
            f"{sum(pre_ytd):,.2f}",
            f"{sum(tax_ytd):,.2f}",
            f"{sum(post_ytd):,.2f}",
            f"{ytd_net:,.2f}",
        ),
    ]
    y = grid_table(c, 36, 98, (60, 80, 80, 80, 80, 80, 80), summary_heads, rows, 7.5)
    erows = []
    for (name, dates, h, r, v), vy in zip(earnings, earn_ytd, strict=True):
        erows.append(
            (
                name,
                dates,
                f"{h:.2f}" if h else "",
                f"{r:.4f}" if r else "",
                f"{v:,.2f}",
                f"{vy:,.2f}",
            )
        )
    erows.append(("Earnings", "", f"{hours:.2f}", "", f"{gross:,.2f}", f"{ytd_gross:,.2f}"))
    y = grid_table(
        c,
        36,
        y + 12,
        (130, 130, 60, 70, 75, 75),
        ("Description", "Dates", "Hours", "Rate", "Amount", "YTD"),
        erows,
        7.5,
        "Earnings",
    )
    top = y + 12
    trows = [(k, f"{v:,.2f}", f"{vy:,.2f}") for (k, v), vy in zip(taxes, tax_ytd, strict=True)]
    trows.append(("Employee Taxes", f"{tax_total:,.2f}", f"{sum(tax_ytd):,.2f}"))
    y1 = grid_table(
        c, 36, top, (130, 68, 68), ("Description", "Amount", "YTD"), trows, 7.5, "Employee Taxes"
    )
    prows = [(k, f"{v:,.2f}", f"{vy:,.2f}") for (k, v), vy in zip(pre, pre_ytd, strict=True)]
    prows.append(("Pre Tax Deductions", f"{pre_total:,.2f}", f"{sum(pre_ytd):,.2f}"))
    y2 = grid_table(
        c,
        310,
        top,
        (130, 68, 68),
        ("Description", "Amount", "YTD"),
        prows,
        7.5,
        "Pre Tax Deductions",
    )
    top = max(y1, y2) + 12
    qrows = [(k, f"{v:,.2f}", f"{vy:,.2f}") for (k, v), vy in zip(post, post_ytd, strict=True)]
    qrows.append(("Post Tax Deductions", f"{post_total:,.2f}", f"{sum(post_ytd):,.2f}"))
    y1 = grid_table(
        c,
        36,
        top,
        (130, 68, 68),
        ("Description", "Amount", "YTD"),
        qrows,
        7.5,
        "Post Tax Deductions",
    )
    gtl = m.amount(2, 40)
    brows = [("Group Term Life *", f"{gtl:,.2f}", f"{ytd(gtl):,.2f}")]
    if pre[0][0] == "401(k)":
        match = round(pre[0][1] * 0.5, 2)
        brows.append(("Employer 401(k) Match", f"{match:,.2f}", f"{ytd(match):,.2f}"))
    y2 = grid_table(
        c,
        310,
        top,
        (130, 68, 68),
        ("Description", "Amount", "YTD"),
        brows,
        7.5,
        "Employer Paid Benefits",
    )
    top = max(y1, y2) + 12
    wrows = [
        ("OASDI - Taxable Wages", f"{fica_base:,.2f}"),
        ("Medicare - Taxable Wages", f"{fica_base:,.2f}"),
        ("Federal Withholding - Taxable Wages", f"{fed_base:,.2f}"),
    ]
    if state not in NO_TAX:
        wrows.append(("State Withholding - Taxable Wages", f"{fed_base:,.2f}"))
    y1 = grid_table(c, 36, top, (198, 68), ("Description", "Amount"), wrows, 7.5, "Taxable Wages")
    status = m.pick(("Single", "Married filing jointly", "Head of household"))
    hrows = [
        ("Marital Status", status, status if state not in NO_TAX else ""),
        ("Multiple Jobs", m.pick(("No", "Yes")), ""),
        ("Additional Withholding", f"{m.pick((0, 0, 25, 50)):.2f}", "0.00"),
    ]
    y2 = grid_table(c, 310, top, (116, 75, 75), ("", "Federal", "State"), hrows, 7.5, "Withholding")
    top = max(y1, y2) + 12
    bank = m.pick(BANKS)
    prow = [(bank, "Direct Deposit", f"******{m.digits(4)}", "USD", f"{net:,.2f}")]
    y = grid_table(
        c,
        36,
        top,
        (190, 110, 90, 60, 90),
        ("Bank", "Account Name", "Account Number", "Currency", "Amount"),
        prow,
        7.5,
        "Payment Information",
    )
    c.text(36, y + 8, "* Imputed income: included in taxable wages, not paid in cash.", 6.5)
    c.text(36, y + 18, f"{first} {last}   {e_street}, {e_city}", 6.5)
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
    }
    return [c], truth


SA_FIRST = (
    "Thabo",
    "Sipho",
    "Lerato",
    "Nomvula",
    "Johan",
    "Pieter",
    "Anri",
    "Zanele",
    "Ayesha",
    "Kagiso",
    "Precious",
    "Bongani",
    "Naledi",
    "Riaan",
    "Priyanka",
    "Mandla",
)
SA_LAST = (
    "Nkosi",
    "Dlamini",
    "Mokoena",
    "van der Merwe",
    "Botha",
    "Naidoo",
    "Pillay",
    "Khumalo",
    "Ndlovu",
    "Smit",
    "Mahlangu",
    "Pretorius",
    "Govender",
    "Molefe",
)
SA_CITIES = (
    ("Johannesburg", "Gauteng", "2001"),
    ("Sandton", "Gauteng", "2196"),
    ("Pretoria", "Gauteng", "0002"),
    ("Cape Town", "Western Cape", "8001"),
    ("Stellenbosch", "Western Cape", "7600"),
    ("Durban", "KwaZulu-Natal", "4001"),
    ("Gqeberha", "Eastern Cape", "6001"),
    ("Bloemfontein", "Free State", "9301"),
)
SA_COMPANIES = (
    "Protea Logistics",
    "Karoo Engineering",
    "Ubuntu Retail",
    "Table Bay Foods",
    "Highveld Mining Services",
    "Blue Crane Software",
    "Drakensberg Timber",
    "Kalahari Freight",
)
SA_STREETS = ("Jan Smuts Avenue", "Long Street", "Voortrekker Road", "Florida Road", "Main Road")
SA_BANKS = ("FNB", "Standard Bank", "Absa", "Nedbank", "Capitec")
JOB_TITLES = (
    "Warehouse Supervisor",
    "Software Developer",
    "Accounts Clerk",
    "Sales Representative",
    "Process Engineer",
    "HR Officer",
)


def payslip_south_africa(m: Maker) -> Layout:
    """A South African monthly payslip from a payroll package: the company "(Pty) Ltd" with its
    PAYE, UIF and SDL reference numbers, "PAYSLIP" and the month, a box of the employee's
    particulars (code, name, ID number, income tax number, job title, department, date
    engaged) beside the period (start, end, pay date, all as YYYY/MM/DD), the earnings
    (basic salary, travel allowance, overtime) and the deductions (PAYE, UIF, medical aid,
    pension fund) with current and year-to-date columns (the tax year starts in March), the
    company contributions that are not deducted (UIF, SDL, pension), the totals and NETT PAY
    in rand with spaces between the thousands, leave balances and the bank account."""
    company = f"{m.pick(SA_COMPANIES)} (Pty) Ltd"
    city, province, code = m.pick(SA_CITIES)
    c_street = f"{m.r.randint(1, 420)} {m.pick(SA_STREETS)}"
    first, last = m.pick(SA_FIRST), m.pick(SA_LAST)
    emp_code = m.pick((f"EMP{m.digits(4)}", m.digits(5), f"{last[:3].upper()}{m.digits(3)}"))
    born = dt.date(m.r.randint(1962, 2002), m.r.randint(1, 12), m.r.randint(1, 28))
    id_no = f"{born:%y%m%d}{m.digits(7)}"
    d = m.date(dt.date(2023, 1, 1), 700)
    start, end = d.replace(day=1), month_end(d)
    paid = d.replace(day=25)
    while paid.weekday() > 4:
        paid -= dt.timedelta(days=1)
    months = (start.month - 3) % 12 + 1
    basic = float(m.r.randint(120, 950) * 100)
    earnings = [("Basic Salary", "", basic)]
    if m.chance(0.45):
        earnings.append(("Travel Allowance", "", float(m.r.randint(20, 80) * 100)))
    if m.chance(0.3):
        ot = m.pick((4.0, 6.5, 8.0, 12.0))
        earnings.append(("Overtime 1.5", f"{ot:.2f}", round(basic / 173.33 * 1.5 * ot, 2)))
    if m.chance(0.2):
        earnings.append(("Commission", "", m.amount(1500, 12000)))
    gross = round(sum(e[2] for e in earnings), 2)
    deds = []
    pension = round(basic * 0.075, 2) if m.chance(0.6) else 0.0
    taxable = gross - pension
    deds.append(("PAYE", round(taxable * m.r.uniform(0.12, 0.3), 2)))
    uif = min(round(gross * 0.01, 2), 177.12)
    deds.append(("UIF", uif))
    if pension:
        deds.append(("Pension Fund", pension))
    if m.chance(0.55):
        deds.append(("Medical Aid", m.amount(1800, 7200)))
    if m.chance(0.15):
        deds.append(("Staff Loan", float(m.pick((500, 750, 1000)))))
    taken = round(sum(v for _, v in deds), 2)
    net = round(gross - taken, 2)
    contrib = [("UIF - Company", uif), ("SDL", round(gross * 0.01, 2))]
    if pension:
        contrib.append(("Pension Fund - Company", round(basic * 0.1, 2)))

    def ytd(v: float) -> float:
        return round(v * months * m.r.uniform(0.97, 1.0), 2) if months > 1 else v

    e_ytd = [round(basic * months, 2)] + [ytd(v) for _, _, v in earnings[1:]]
    d_ytd = [ytd(v) for _, v in deds]
    c_ytd = [d_ytd[1]] + [ytd(v) for _, v in contrib[1:]]
    ytd_gross = round(sum(e_ytd), 2)
    day = "%Y/%m/%d"
    c = Canvas()
    c.text(40, 40, company, fit(company, 330, 14, "F2"), "F2")
    rows_at(
        c,
        40,
        58,
        (
            f"{c_street}, {city}, {province}, {code}",
            f"PAYE Ref: 7{m.digits(9)}   UIF Ref: U{m.digits(9)}   SDL Ref: L{m.digits(9)}",
        ),
        7.5,
        "F1",
        10,
    )
    c.right(572, 40, "PAYSLIP", 16, "F2")
    c.right(572, 60, f"{start:%B %Y}", 9)
    c.line(30, 84, 582, 84, 0.8)
    left = (
        ("Employee Code", emp_code),
        ("Employee Name", f"{first} {last}"),
        ("ID Number", id_no),
        ("Income Tax No.", m.digits(10)),
        ("Job Title", m.pick(JOB_TITLES)),
        ("Department", m.pick(("Operations", "Finance", "IT", "Sales", "Production"))),
    )
    right = (
        ("Period Start", fmt(start, day)),
        ("Period End", fmt(end, day)),
        ("Pay Date", fmt(paid, day)),
        ("Pay Frequency", "Monthly"),
        ("Date Engaged", fmt(m.date(dt.date(2008, 1, 1), 5000), day)),
        ("Tax Period", f"{months} of 12"),
    )
    for i, ((k1, v1), (k2, v2)) in enumerate(zip(left, right, strict=True)):
        yy = 92 + 12 * i
        c.text(40, yy, k1, 8, "F2")
        c.text(130, yy, v1, 8.5)
        c.text(330, yy, k2, 8, "F2")
        c.text(420, yy, v2, 8.5)
    c.line(30, 168, 582, 168, 0.8)
    top = 176
    cols = ((40, 300, "EARNINGS"), (312, 572, "DEDUCTIONS"))
    for x0, x1, title in cols:
        c.shade(x0 - 4, top, x1 - x0 + 8, 13, 0.8)
        c.text(x0, top + 3, title, 8, "F2")
        c.right(x1 - 66, top + 3, "Current", 7.5, "F2")
        c.right(x1, top + 3, "YTD", 7.5, "F2")
    y = top + 19
    for (name, qty, v), vy in zip(earnings, e_ytd, strict=True):
        c.text(40, y, name, 8.5)
        if qty:
            c.right(170, y, qty, 8)
        c.right(234, y, spaced(v), 8.5)
        c.right(300, y, spaced(vy), 8.5)
        y += 12
    ye = y
    y = top + 19
    for (name, v), vy in zip(deds, d_ytd, strict=True):
        c.text(312, y, name, 8.5)
        c.right(506, y, spaced(v), 8.5)
        c.right(572, y, spaced(vy), 8.5)
        y += 12
    y = max(ye, y) + 6
    c.line(36, y, 576, y, 0.4)
    c.text(40, y + 5, "Total Earnings", 8.5, "F2")
    c.right(234, y + 5, spaced(gross), 8.5, "F2")
    c.right(300, y + 5, spaced(ytd_gross), 8.5, "F2")
    c.text(312, y + 5, "Total Deductions", 8.5, "F2")
    c.right(506, y + 5, spaced(taken), 8.5, "F2")
    c.right(572, y + 5, spaced(round(sum(d_ytd), 2)), 8.5, "F2")
    y += 30
    c.shade(36, y, 264, 13, 0.8)
    c.text(40, y + 3, "COMPANY CONTRIBUTIONS", 8, "F2")
    c.right(234, y + 3, "Current", 7.5, "F2")
    c.right(300, y + 3, "YTD", 7.5, "F2")
    yy = y + 19
    for (name, v), vy in zip(contrib, c_ytd, strict=True):
        c.text(40, yy, name, 8.5)
        c.right(234, yy, spaced(v), 8.5)
        c.right(300, yy, spaced(vy), 8.5)
        yy += 12
    c.box(312, y, 264, 44, 1.2)
    c.text(320, y + 6, "NETT PAY", 12, "F2")
    c.right(568, y + 6, f"R {spaced(net)}", 14, "F2")
    c.text(320, y + 28, f"Paid to {m.pick(SA_BANKS)} account ****{m.digits(4)}", 7.5)
    y = max(yy, y + 44) + 18
    c.line(30, y, 582, y, 0.4)
    info = (
        f"Annual leave: {m.r.randint(2, 30) + m.pick((0.0, 0.25, 0.5, 0.75)):.2f} days",
        f"Sick leave: {m.r.randint(6, 30):.2f} days",
        f"Taxable income YTD: R {spaced(round(ytd_gross * 0.95, 2))}",
    )
    for i, s in enumerate(info):
        c.text(40 + 180 * i, y + 8, s, 7.5)
    bottom = _paragraph(
        c,
        40,
        y + 28,
        "This payslip is confidential. Queries must be raised with the payroll office within "
        "30 days of the pay date. Tax is calculated on the annualised method for the tax year "
        f"1 March to end February. {company} - Registration No. "
        f"{m.r.randint(1995, 2020)}/{m.digits(6)}/07.",
        532,
        7,
        "F1",
    )
    c.box(30, 30, 552, bottom - 20, 0.8)
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": emp_code,
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


def bank_statement_fresh10(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """23: an Australian transaction account statement with CR/DR balances; 24: an online-only
    bank's statement with the activity grouped by day."""
    fn = statement_australia if t == 23 else statement_online_bank
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


AU_BANKS = (
    "Harbourside Bank",
    "Southern Cross Bank",
    "Coastal Mutual Bank",
    "Eucalypt Savings Bank",
    "Murray River Bank",
)
AU_PLACES = (
    ("PARRAMATTA", "NSW", "2150"),
    ("NEWTOWN", "NSW", "2042"),
    ("BONDI JUNCTION", "NSW", "2022"),
    ("FITZROY", "VIC", "3065"),
    ("GEELONG", "VIC", "3220"),
    ("FORTITUDE VALLEY", "QLD", "4006"),
    ("TOWNSVILLE", "QLD", "4810"),
    ("FREMANTLE", "WA", "6160"),
    ("GLENELG", "SA", "5045"),
    ("HOBART", "TAS", "7000"),
    ("BRADDON", "ACT", "2612"),
)
AU_STREETS = ("BEACH RD", "GEORGE ST", "SMITH ST", "VICTORIA PDE", "CHURCH ST", "OCEAN ST")
AU_STORES = (
    "WOOLWORTHS",
    "COLES",
    "ALDI STORES",
    "BUNNINGS",
    "KMART",
    "CHEMIST WAREHOUSE",
    "BP CONNECT",
    "JB HI-FI",
)
AU_BILLERS = ("AGL ENERGY", "ORIGIN ENERGY", "TELSTRA", "SYDNEY WATER", "OPTUS", "NRMA INSURANCE")


def au_amount(v: float) -> str:
    """A balance as Australian statements print it: 1,234.56 CR or 12.00 DR."""
    return f"{abs(v):,.2f} {'CR' if v >= 0 else 'DR'}"


def statement_australia(m: Maker, labels: tuple[str, ...]) -> Layout:
    """An Australian bank's transaction account statement: the bank with its ABN and AFSL, the
    customer's name with a title in the address window, a box with the statement number, the
    period as "1 March 2024 - 31 March 2024", the BSB and account number, the account name
    and the account type, the summary as an equation (opening balance, minus total debits,
    plus total credits, equals closing balance), then the transactions (date as "04 Mar",
    description with the EFTPOS, BPAY, Osko and direct-credit wording, debit, credit and the
    balance followed by CR or DR) between the OPENING BALANCE and CLOSING BALANCE rows,
    continued over pages with the column heads repeated."""
    bank = m.pick(AU_BANKS)
    first, middle, last = m.person()
    name = (f"{first} {middle[:1]} {last}" if middle else f"{first} {last}").upper()
    title = m.pick(("MR", "MS", "MRS", "DR"))
    unit = m.pick(("", f"{m.r.randint(1, 40)}/"))
    place, st, pc = m.pick(AU_PLACES)
    street = f"{unit}{m.r.randint(1, 220)} {m.pick(AU_STREETS)}"
    bsb = f"{m.pick(('06', '03', '73', '08', '48'))}{m.digits(1)}-{m.digits(3)}"
    account = f"{m.digits(4)} {m.digits(4)}"
    acct_type = m.pick(
        ("Everyday Account", "Smart Access", "Complete Access", "Streamline Account")
    )
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    balance = m.amount(80, 9000)
    opening = balance
    card = m.digits(4)
    txns = []
    for d in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(10, 46))):
        when = start + dt.timedelta(days=d)
        kind = m.pick(("card", "card", "card", "bpay", "osko", "salary", "atm", "transfer"))
        if kind == "salary":
            desc = f"Direct Credit {m.digits(6)} {m.company().upper()[:20]} SALARY"
            amount, sign = m.amount(1400, 4200), 1
        elif kind == "osko" and m.chance(0.5):
            desc = f"Osko Payment From {m.pick(FIRST).upper()} {m.pick(LAST).upper()}"
            amount, sign = m.amount(10, 400), 1
        elif kind == "osko":
            desc = f"Osko Payment to {m.pick(FIRST).upper()} {m.pick(LAST).upper()} Ref rent"
            amount, sign = m.amount(20, 900), -1
        elif kind == "bpay":
            desc = f"BPAY {m.pick(AU_BILLERS)} Ref {m.digits(9)}"
            amount, sign = m.amount(40, 420), -1
        elif kind == "atm":
            desc = f"ATM Withdrawal {m.digits(6)} {place}"
            amount, sign = float(m.pick((20, 50, 100, 200))), -1
        elif kind == "transfer":
            desc = f"Transfer to xx{m.digits(4)} NetBank Savings"
            amount, sign = float(m.pick((50, 100, 200, 500))), -1
        else:
            vd = when - dt.timedelta(days=m.r.randint(0, 3))
            desc = (
                f"{m.pick(('EFTPOS', 'Visa Purchase'))} {m.pick(AU_STORES)} {place[:10]} AUS "
                f"Card xx{card} Value Date: {fmt(vd, '%d/%m/%Y')}"
            )
            amount, sign = m.amount(4, 260), -1
        if sign < 0 and amount > balance + 200:
            desc = f"Direct Credit {m.digits(6)} {m.company().upper()[:20]} SALARY"
            amount, sign = m.amount(1400, 4200), 1
        balance = round(balance + sign * amount, 2)
        txns.append((when, desc, amount if sign < 0 else 0.0, amount if sign > 0 else 0.0, balance))
    if m.chance(0.4):
        balance = round(balance - 5.0, 2)
        txns.append((end, "Account Fee", 5.0, 0.0, balance))
    closing = balance
    debits = round(sum(x[2] for x in txns), 2)
    credits = round(sum(x[3] for x in txns), 2)
    statement_no = m.r.randint(8, 160)
    abn = f"{m.digits(2)} {m.digits(3)} {m.digits(3)} {m.digits(3)}"
    afsl = m.digits(6)
    enquiries = f"13 {m.digits(2)} {m.digits(2)}"

    def head(c: Canvas, first_page: bool) -> float:
        colour(c, 0.95, 0.75, 0.1)
        fill(c, 36, 30, 26, 26, (0.95, 0.75, 0.1))
        ink(c, 0.0)
        c.text(70, 32, bank, 15, "F2")
        c.text(70, 50, f"{bank} Limited ABN {abn} AFSL and Australian credit licence {afsl}", 6.5)
        if not first_page:
            c.right(576, 32, f"Statement {statement_no}", 9, "F2")
            c.right(576, 44, f"Account number {account}", 8)
            return 78.0
        rows_at(
            c,
            60,
            100,
            (f"{title} {name}", street, f"{place} {st} {pc}"),
            9.5,
            "F1",
            12,
        )
        c.box(330, 74, 246, 94, 0.6)
        info = (
            ("Statement", str(statement_no)),
            ("Period", f"{long_au(start)} - {long_au(end)}"),
            ("BSB", bsb),
            ("Account number", account),
            ("Account name", name),
            ("Account type", acct_type),
            ("Enquiries", f"{enquiries} (24 hours a day)"),
        )
        for i, (k, v) in enumerate(info):
            c.text(336, 80 + 12.5 * i, k, 7.5, "F2")
            c.right(570, 80 + 12.5 * i, v, fit(v, 150, 8))
        top = 186
        cells = (
            (labels[0], au_amount(opening), ""),
            (labels[2], f"${debits:,.2f}", "-"),
            (labels[1], f"${credits:,.2f}", "+"),
            (labels[3], au_amount(closing), "="),
        )
        for i, (k, v, op) in enumerate(cells):
            x = 36 + 135 * i
            if op:
                c.centre(x - 3, top + 16, op, 14, "F2")
            c.box(x + 6, top, 120, 36, 0.5)
            c.text(x + 11, top + 5, k, 7.5, "F2")
            c.right(x + 120, top + 19, f"${v}" if i in (0, 3) else v, 10, "F2")
        c.text(
            36,
            top + 44,
            "Note: Have you checked your statement today? It's easy to find out "
            "more information about each of your transactions by logging on to NetBank.",
            6.5,
        )
        return top + 66.0

    def columns(c: Canvas, y: float) -> float:
        c.shade(36, y, 540, 14, 0.85)
        for x, h, r in ((40, "Date", 0), (98, "Transaction", 0), (420, "Debit", 1)):
            (c.right if r else c.text)(x, y + 3.5, h, 8, "F2")
        c.right(494, y + 3.5, "Credit", 8, "F2")
        c.right(572, y + 3.5, "Balance", 8, "F2")
        return y + 19

    flow = Flow(head, 728)
    flow.y = columns(flow.c, flow.y)
    flow.c.text(40, flow.y, fmt(start, "%d %b %Y"), 8)
    flow.c.text(98, flow.y, "OPENING BALANCE", 8, "F2")
    flow.c.right(572, flow.y, f"${au_amount(opening)}", 8)
    flow.y += 13
    for when, desc, dr, cr, bal in txns:
        lines = wrap(desc, 240, 8)
        if flow.room(11 * len(lines) + 2):
            flow.y = columns(flow.c, flow.y)
        c = flow.c
        c.text(40, flow.y, fmt(when, "%d %b"), 8)
        for i, s in enumerate(lines):
            c.text(98, flow.y + 10 * i, s, 8)
        if dr:
            c.right(420, flow.y, f"{dr:,.2f}", 8)
        if cr:
            c.right(494, flow.y, f"{cr:,.2f}", 8)
        c.right(572, flow.y, au_amount(bal), 8)
        flow.y += 10 * len(lines) + 3
    if flow.room(60):
        flow.y = columns(flow.c, flow.y)
    c = flow.c
    c.text(40, flow.y, fmt(end, "%d %b %Y"), 8)
    c.text(98, flow.y, "CLOSING BALANCE", 8, "F2")
    c.right(572, flow.y, f"${au_amount(closing)}", 8, "F2")
    c.line(36, flow.y + 12, 576, flow.y + 12, 0.6)
    c.text(40, flow.y + 18, "Opening balance - Total debits + Total credits = Closing balance", 7)
    c.text(
        40,
        flow.y + 28,
        f"${au_amount(opening)}  -  ${debits:,.2f}  +  ${credits:,.2f}  =  ${au_amount(closing)}",
        7,
    )
    for i, page in enumerate(flow.pages):
        page.line(36, 740, 576, 740, 0.3)
        page.text(36, 745, "Proceeds of cheques are not available until cleared.", 6.5)
        page.right(576, 745, f"Page {i + 1} of {len(flow.pages)}", 7)
    truth: Truth = {
        "bank_name": bank,
        "account_holder_name": name,
        "account_number": account,
        "account_type": acct_type,
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return flow.pages, truth


def long_au(d: dt.date) -> str:
    """'1 March 2024'."""
    return f"{d.day} {d:%B %Y}"


ONLINE_BANKS = ("Lumen Direct Bank", "Northstar Online Bank", "Brightway Bank", "Clearwater Bank")
# (description pattern, category, amount range, sign)
APP_ACTIVITY = (
    ("Direct deposit from {company}", "Income", (900, 3600), 1),
    ("Card purchase - {store}", "Shopping", (4, 180), -1),
    ("Card purchase - {food}", "Food & drink", (6, 65), -1),
    ("Transfer to Savings \u2022\u2022{n4}", "Transfer", (25, 600), -1),
    ("Zelle\xae payment to {person}", "Payment", (15, 400), -1),
    ("Zelle\xae payment from {person}", "Payment", (15, 400), 1),
    ("ATM withdrawal - Allpoint {n4}", "Cash", (20, 200), -1),
    ("Bill pay - {biller}", "Bills", (30, 260), -1),
    ("Mobile check deposit", "Deposit", (40, 900), 1),
)
APP_STORES = ("Target", "Amazon.com", "Walgreens", "Home Depot", "Best Buy", "Costco")
APP_FOOD = ("Starbucks", "Chipotle", "Trader Joe's", "Whole Foods", "DoorDash", "Panera Bread")
APP_BILLERS = ("Verizon Wireless", "Comcast Xfinity", "Duke Energy", "State Farm", "Spotify")


def statement_online_bank(m: Maker, labels: tuple[str, ...]) -> Layout:
    """An online-only bank's monthly statement in an app-like design: the bank's name and
    "Monthly Statement" with the period, the customer's name and address, the account name
    with the masked number in a pill and the full number in an account-details box (routing
    number, APY), the summary as four tiles joined by operators (beginning balance + money in
    - money out = ending balance), then the activity grouped under day headings ("Tuesday,
    March 5") with that day's ending balance at the right, each transaction with its
    description in bold, its category and time in grey under it and a signed amount
    (+$1,200.00, -$45.67), and the interest summary and FDIC notes at the end."""
    bank = m.pick(ONLINE_BANKS)
    first, _, last = m.person()
    holder = f"{first} {last}"
    street, city = m.address()
    account = m.digits(m.pick((10, 12)))
    acct_type = m.pick(("Spending Account", "Online Checking", "Everyday Checking"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = month_end(start)
    balance = m.amount(50, 6000)
    opening = balance
    by_day: dict[dt.date, list[tuple[str, str, str, float]]] = {}
    ending: dict[dt.date, float] = {}
    for d in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(8, 34))):
        when = start + dt.timedelta(days=d)
        pattern, category, (lo, hi), sign = m.pick(APP_ACTIVITY)
        amount = m.amount(lo, hi)
        if sign < 0 and amount > balance:
            pattern, category, (lo, hi), sign = APP_ACTIVITY[0]
            amount = m.amount(lo, hi)
        desc = pattern.format(
            company=m.company().upper()[:22],
            store=m.pick(APP_STORES),
            food=m.pick(APP_FOOD),
            n4=m.digits(4),
            person=f"{m.pick(FIRST)} {m.pick(LAST)[0]}.",
            biller=m.pick(APP_BILLERS),
        )
        clock = f"{m.r.randint(1, 12)}:{m.r.randint(0, 59):02d} {m.pick(('AM', 'PM'))}"
        balance = round(balance + sign * amount, 2)
        by_day.setdefault(when, []).append((desc, category, clock, sign * amount))
        ending[when] = balance
    closing = balance
    money_in = round(sum(v for rows in by_day.values() for *_, v in rows if v > 0), 2)
    money_out = round(-sum(v for rows in by_day.values() for *_, v in rows if v < 0), 2)
    apy = m.pick((0.1, 0.25, 0.5, 1.0, 2.0))
    interest = round(max(0.0, (opening + closing) / 2) * apy / 100 / 12, 2)
    if interest:
        balance = round(closing + interest, 2)
        by_day.setdefault(end, []).append(("Interest paid", "Interest", "11:59 PM", interest))
        ending[end] = balance
        money_in = round(money_in + interest, 2)
        closing = balance
    masked = f"\u2022\u2022\u2022\u2022 {account[-4:]}"
    routing = m.routing()
    period = f"{long_date(start)} - {long_date(end)}"

    def head(c: Canvas, first_page: bool) -> float:
        colour(c, 0.35, 0.2, 0.6)
        c.text(40, 34, bank, 16, "F2")
        ink(c, 0.0)
        c.right(572, 34, "Monthly Statement", 11, "F2")
        c.right(572, 50, period, 8.5)
        if not first_page:
            c.text(40, 56, f"{acct_type}  {masked}", 8.5)
            return 84.0
        rows_at(c, 40, 84, (holder, street, city), 10, "F1", 13)
        c.box(340, 76, 232, 64, 0.5)
        details = (
            ("Account", acct_type),
            ("Account number", account),
            ("Routing number", routing),
            ("Annual percentage yield", f"{apy:.2f}%"),
        )
        for i, (k, v) in enumerate(details):
            c.text(348, 82 + 13 * i, k, 7.5)
            c.right(564, 82 + 13 * i, v, 8.5, "F2" if i == 1 else "F1")
        c.text(40, 150, acct_type, 12, "F2")
        w = text_width(acct_type, 12, "F2")
        c.box(46 + w, 148, 56, 15, 0.5)
        c.text(50 + w, 151, masked, 8)
        tiles = (
            (labels[0], usd(opening), ""),
            (labels[1], f"+{usd(money_in)}", "+"),
            (labels[2], f"-{usd(money_out)}", "-"),
            (labels[3], usd(closing), "="),
        )
        for i, (k, v, op) in enumerate(tiles):
            x = 40 + 136 * i
            if op:
                c.centre(x - 6, 190, op, 14, "F2")
            c.shade(x + 2, 176, 116, 44, 0.93)
            c.text(x + 10, 183, k, 8)
            c.text(x + 10, 198, v, 12, "F2")
        c.text(40, 238, "Activity", 12, "F2")
        return 258.0

    flow = Flow(head, 730)
    for day in sorted(by_day):
        rows = by_day[day]
        flow.room(22 + 24 * min(2, len(rows)))
        c = flow.c
        c.shade(40, flow.y, 532, 15, 0.9)
        c.text(46, flow.y + 3.5, f"{day:%A}, {day:%B} {day.day}, {day.year}", 8.5, "F2")
        c.right(566, flow.y + 3.5, f"Ending balance {usd(ending[day])}", 8)
        flow.y += 21
        for desc, category, clock, v in rows:
            flow.room(24)
            c = flow.c
            c.text(46, flow.y, desc, 9, "F2")
            ink(c, 0.45)
            c.text(46, flow.y + 11, f"{category}  \xb7  {clock}", 7)
            ink(c, 0.0)
            c.right(566, flow.y, f"+{usd(v)}" if v > 0 else f"-{usd(-v)}", 9, "F2")
            flow.y += 24
    flow.room(90)
    c = flow.c
    flow.y += 6
    c.text(40, flow.y, "Interest summary", 10, "F2")
    c.text(46, flow.y + 16, "Interest earned this period", 8.5)
    c.right(300, flow.y + 16, usd(interest), 8.5)
    c.text(46, flow.y + 28, "Annual percentage yield earned", 8.5)
    c.right(300, flow.y + 28, f"{apy:.2f}%", 8.5)
    c.text(46, flow.y + 40, "Days in period", 8.5)
    c.right(300, flow.y + 40, str((end - start).days + 1), 8.5)
    for i, page in enumerate(flow.pages):
        page.line(40, 742, 572, 742, 0.3)
        page.text(
            40, 747, f"{bank} is a Member FDIC. Questions? Chat with us in the app 24/7.", 6.5
        )
        page.right(572, 747, f"{i + 1} of {len(flow.pages)}", 7)
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


def w2_fresh10(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """23: a vertical-format W-2, two tall copies side by side; 24: a professional employer
    organization's year-end W-2 statement with a wage-and-tax matrix."""
    return (*(w2_vertical if t == 23 else w2_peo)(m), f"t{t}")


# the local income taxes of a state's cities and school districts
LOCALITIES = {
    "NY": ("NYC", "YONKERS"),
    "PA": ("PHILA", "PITTSBURGH", "SCHL DIST 2205"),
    "OH": ("COLUMBUS", "CLEVELAND", "CINCINNATI"),
    "MI": ("DETROIT", "LANSING"),
    "MO": ("KC MO", "ST LOUIS"),
}


def w2_vertical(m: Maker) -> Layout:
    """A W-2 in the vertical format some payroll services print: Copy B and Copy 2 side by
    side, each a tall, narrow form half a page wide with a dashed tear line between them: the
    year and title at the top, boxes a to f one under the other (the employee's name and
    address placed for a window envelope), the money boxes in numbered pairs down the form (1
    and 2, 3 and 4 ... 11 and 12a, 13 and 12b, 14 and 12c), then a block per state (15 with
    the employer's state ID, 16 and 17) for one or two states and the locality boxes 18 to 20,
    values in Courier."""
    w = make_w2(m)
    states = [(w.state, w.state_id, w.wages, w.state_tax)]
    if m.chance(0.4):
        other = m.pick([x for x in ("NY", "NJ", "PA", "OH", "MI", "MO", "CA") if x != w.state])
        share = round(w.wages * m.r.uniform(0.15, 0.6), 2)
        tax2 = round(share * m.r.uniform(0.03, 0.06), 2)
        states.append((other, f"{m.digits(3)}-{m.digits(5)}", share, tax2))
    local = None
    places = [(st, x) for st, *_ in states for x in LOCALITIES.get(st, ())]
    if places and m.chance(0.8):
        st, place = m.pick(places)
        wages = next(x[2] for x in states if x[0] == st)
        local = (place, wages, round(wages * m.r.uniform(0.01, 0.025), 2))
    copies = (
        ("B", "To Be Filed With Employee's FEDERAL Tax Return."),
        ("2", "To Be Filed With Employee's State, City, or Local Income Tax Return."),
    )
    c = Canvas()
    dashed(c, 306, 20, 772)
    for k, (copy, note) in enumerate(copies):
        d = Frame(c, 24 + 288 * k, 28)
        wd = 276.0
        d.text(0, 0, str(w.year), 18, "F2")
        d.text(58, 2, "Form W-2  Wage and Tax Statement", 9.5, "F2")
        d.text(58, 15, f"Copy {copy} - {note}", 5.6, "F2")
        d.right(wd, 24, "OMB No. 1545-0008", 6)
        d.text(0, 24, "Department of the Treasury - Internal Revenue Service", 5.6)
        y = 34.0
        blocks = (
            ("a", "Employee's social security number", 24, [w.ssn]),
            ("b", "Employer identification number (EIN)", 24, [w.ein]),
            (
                "c",
                "Employer's name, address, and ZIP code",
                54,
                [w.employer, w.er_street, w.er_city],
            ),
            ("d", "Control number", 22, [w.control]),
        )
        for num, cap, h, vals in blocks:
            form_cell(d, 0, y, wd, h, num, cap, 5.5)
            for i, v in enumerate(vals):
                d.text(10, y + 10 + 10 * i, v, 8.5, "F5")
            y += h
        form_cell(d, 0, y, wd, 28, "e", "Employee's first name and initial", 5.5)
        d.text(150, y + 2, "Last name", 5.5)
        d.text(250, y + 2, "Suff.", 5.5)
        d.text(10, y + 12, w.first_init, 9, "F5")
        d.text(150, y + 12, w.last, 9, "F5")
        y += 28
        form_cell(d, 0, y, wd, 34, "f", "Employee's address and ZIP code", 5.5)
        rows_at(d, 10, y + 10, (w.ee_street, w.ee_city), 8.5, "F5", 10)
        y += 34
        pairs = (
            (
                ("1", "Wages, tips, other compensation", w.wages),
                ("2", "Federal income tax withheld", w.fed),
            ),
            (
                ("3", "Social security wages", w.ss_wages),
                ("4", "Social security tax withheld", w.ss_tax),
            ),
            (
                ("5", "Medicare wages and tips", w.med_wages),
                ("6", "Medicare tax withheld", w.med_tax),
            ),
            (("7", "Social security tips", None), ("8", "Allocated tips", None)),
            (("9", "", None), ("10", "Dependent care benefits", None)),
            (("11", "Nonqualified plans", None), ("12a", "See instructions for box 12", "12a")),
            (
                ("13", "", "13"),
                ("12b", "", "12b"),
            ),
            (("14", "Other", "14"), ("12c", "", "12c")),
            (("", "", None), ("12d", "", "12d")),
        )
        half = wd / 2
        for row in pairs:
            for j, (num, cap, v) in enumerate(row):
                x = half * j
                form_cell(d, x, y, half, 26, num, cap, 5.3)
                if isinstance(v, float):
                    d.right(x + half - 6, y + 14, f"{v:,.2f}", 9, "F5")
                elif v in ("12a", "12b", "12c", "12d"):
                    i = "abcd".index(v[-1])
                    if i < len(w.codes):
                        code, amount = w.codes[i]
                        d.text(x + 6, y + 14, code, 9, "F5")
                        d.right(x + half - 6, y + 14, f"{amount:,.2f}", 9, "F5")
                elif v == "13":
                    for b, (l1, l2) in enumerate(
                        (
                            ("Statutory", "employee"),
                            ("Retirement", "plan"),
                            ("Third-party", "sick pay"),
                        )
                    ):
                        d.text(x + 14 + 42 * b, y + 2, l1, 4.6)
                        d.text(x + 14 + 42 * b, y + 7.5, l2, 4.6)
                        d.box(x + 18 + 42 * b, y + 15, 7, 7, 0.4)
                    if w.k401:
                        d.text(x + 61.5, y + 14.5, "X", 8, "F6")
                elif v == "14" and w.other:
                    d.text(x + 6, y + 14, w.other, fit(w.other, half - 10, 8, "F5"), "F5")
            y += 26
        for st, sid, wages, tax in states:
            form_cell(d, 0, y, wd, 22, "15", "State   Employer's state ID number", 5.3)
            d.text(10, y + 10, f"{st}   {sid}", 8.5, "F5")
            y += 22
            form_cell(d, 0, y, half, 24, "16", "State wages, tips, etc.", 5.3)
            form_cell(d, half, y, half, 24, "17", "State income tax", 5.3)
            d.right(half - 6, y + 12, f"{wages:,.2f}", 8.5, "F5")
            d.right(wd - 6, y + 12, f"{tax:,.2f}", 8.5, "F5")
            y += 24
        form_cell(d, 0, y, half, 24, "18", "Local wages, tips, etc.", 5.3)
        form_cell(d, half, y, half, 24, "19", "Local income tax", 5.3)
        form_cell(d, 0, y + 24, wd, 20, "20", "Locality name", 5.3)
        if local:
            d.right(half - 6, y + 12, f"{local[1]:,.2f}", 8.5, "F5")
            d.right(wd - 6, y + 12, f"{local[2]:,.2f}", 8.5, "F5")
            d.text(80, y + 32, local[0], 8.5, "F5")
        y += 50
        d.text(0, y, f"Form W-2 Wage and Tax Statement {w.year}", 5.8, "F2")
        d.text(
            0, y + 8, "This information is being furnished to the Internal Revenue Service.", 5.3
        )
        notice = NOTICE_B if copy == "B" else NOTICE_2
        yy = y + 20
        for i, para in enumerate(notice):
            for line in wrap(para, wd, 5.5):
                d.text(0, yy, line, 6 if i == 0 else 5.5, "F2" if i == 0 else "F1")
                yy += 7
            yy += 4
    return [c], w2_truth(w)


NOTICE_B = (
    "Notice to Employee",
    "Do you have to file? Refer to the Instructions for Forms 1040 and 1040-SR to determine if "
    "you are required to file a tax return. Even if you don't have to file a tax return, you may "
    "be eligible for a refund if box 2 shows an amount or if you are eligible for any credit.",
    "Earned income credit (EIC). You may be able to take the EIC for the year if your adjusted "
    "gross income (AGI) is less than a certain amount. Any EIC that is more than your tax "
    "liability is refunded to you, but only if you file a tax return.",
    "Corrections. If your name, SSN, or address is incorrect, correct Copies B, C, and 2 and ask "
    "your employer to correct your employment record.",
)
NOTICE_2 = (
    "Instructions for Employee",
    "Box 1. Enter this amount on the wages line of your tax return.",
    "Box 2. Enter this amount on the federal income tax withheld line of your tax return.",
    "Box 12. The following list explains the codes shown in box 12. D - Elective deferrals to a "
    "section 401(k) cash or deferred arrangement. DD - Cost of employer-sponsored health "
    "coverage; the amount reported with code DD is not taxable. W - Employer contributions to "
    "your health savings account.",
    "Boxes 15 to 20. Use Copy 2 with your state, city, or local income tax return. If more than "
    "one state or locality is shown, each line reports the wages and the tax of that state or "
    "locality only.",
)


PEO_KINDS = (
    "PEO Services, L.P.",
    "Employer Services, Inc.",
    "HR Solutions, LLC",
    "Workforce PEO, Inc.",
)
CODE_TEXT = {
    "D": "Elective deferrals to a section 401(k) plan",
    "DD": "Cost of employer-sponsored health coverage",
    "W": "Employer contributions to your Health Savings Account",
}


def w2_peo(m: Maker) -> Layout:
    """A professional employer organization's year-end W-2 statement (a substitute Copy B):
    the PEO's letterhead as employer of record, "Wage and Tax Statement" with the year, the
    employer of record with its EIN (box b) and address (box c) beside the worksite employer
    the employee actually works for, the employee's name, address, SSN, employee ID and control
    number, then a matrix with a row per tax (federal income tax, social security, Medicare, the
    state and a locality) and columns for the wages subject to it and the tax withheld, each
    with its box number, then box 12 with the codes spelled out, box 13 and box 14, and the
    notice that the statement is furnished in place of the preprinted form."""
    w = make_w2(m)
    client = w.employer
    peo = f"{m.pick(COMPANY_A)} {m.pick(PEO_KINDS)}"
    p_street, p_city = m.address()
    w = replace(w, employer=peo, er_street=p_street, er_city=p_city)
    emp_id = m.digits(m.pick((6, 7)))
    c = Canvas()
    c.text(40, 34, peo, fit(peo, 330, 15, "F2"), "F2")
    c.text(40, 52, f"{p_street}, {p_city}   Employee Service Center {m.phone()}", 7.5)
    c.right(572, 30, f"{w.year}", 20, "F2")
    c.right(572, 54, "Form W-2 Wage and Tax Statement", 9.5, "F2")
    c.right(572, 66, "Copy B - To Be Filed With Employee's FEDERAL Tax Return", 7)
    c.line(40, 80, 572, 80, 1.2)
    top = 92
    left = (
        ("EMPLOYER OF RECORD (box c)", (peo, p_street, p_city)),
        ("Employer identification number (box b)", (w.ein,)),
        ("Worksite employer", (client,)),
    )
    right = (
        ("EMPLOYEE (boxes e and f)", (f"{w.first_init} {w.last}", w.ee_street, w.ee_city)),
        ("Employee's social security number (box a)", (w.ssn,)),
        ("Employee ID / Control number (box d)", (f"{emp_id} / {w.control or 'none'}",)),
    )
    for x, blocks in ((40, left), (316, right)):
        y = top
        for cap, vals in blocks:
            c.text(x, y, cap, 6.8, "F2")
            y = rows_at(c, x, y + 10, vals, 9, "F1", 11) + 6
    top = 226
    c.text(40, top, "Wages and taxes", 11, "F2")
    heads = ((46, "Tax", 0), (330, "Wages subject to tax", 1), (356, "Box", 0))
    heads += ((500, "Tax withheld", 1), (526, "Box", 0))
    c.shade(40, top + 16, 532, 14, 0.82)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 19.5, h, 8, "F2")
    rows = [
        ("Federal income tax", w.wages, "1", w.fed, "2"),
        ("Social security", w.ss_wages, "3", w.ss_tax, "4"),
        ("Medicare", w.med_wages, "5", w.med_tax, "6"),
        (
            f"State income tax - {w.state} (box 15 ID {w.state_id})",
            w.wages,
            "16",
            w.state_tax,
            "17",
        ),
    ]
    if w.state in LOCALITIES and m.chance(0.7):
        locality = m.pick(LOCALITIES[w.state])
        rows.append(
            (
                f"Local income tax - {locality} (box 20)",
                w.med_wages,
                "18",
                round(w.med_wages * 0.015, 2),
                "19",
            )
        )
    y = top + 36
    for i, (label, wages, b1, tax, b2) in enumerate(rows):
        if i % 2:
            c.shade(40, y - 4, 532, 17, 0.95)
        c.text(46, y, label, fit(label, 200, 9))
        c.right(330, y, f"{wages:,.2f}", 9.5, "F2")
        c.text(360, y, b1, 8)
        c.right(500, y, f"{tax:,.2f}", 9.5, "F2")
        c.text(530, y, b2, 8)
        y += 17
    c.line(40, y, 572, y, 0.6)
    y += 18
    c.text(40, y, "Other amounts", 11, "F2")
    y += 18
    c.text(46, y, "Box 12", 8.5, "F2")
    if w.codes:
        for code, amount in w.codes:
            c.text(96, y, code, 9, "F2")
            c.text(124, y, CODE_TEXT.get(code, ""), 8.5)
            c.right(500, y, f"{amount:,.2f}", 9)
            y += 13
    else:
        c.text(96, y, "None", 9)
        y += 13
    y += 4
    c.text(46, y, "Box 13", 8.5, "F2")
    c.text(
        96,
        y,
        f"Retirement plan: {'Yes' if w.k401 else 'No'}   Statutory employee: No   "
        "Third-party sick pay: No",
        8.5,
    )
    y += 17
    c.text(46, y, "Box 14", 8.5, "F2")
    c.text(96, y, w.other or "None", 8.5)
    y += 17
    c.text(46, y, "Boxes 7, 8, 10 and 11", 8.5, "F2")
    c.text(170, y, "No amounts to report", 8.5)
    y += 28
    c.box(40, y, 532, 50, 0.5)
    _paragraph(
        c,
        48,
        y + 8,
        f"As your employer of record, {peo} reports the wages you earned at {client} and the "
        "taxes withheld from them to the Social Security Administration under its own "
        "employer identification number. This statement is furnished in place of the "
        "preprinted Form W-2 and contains the same information; file it with your federal "
        "return and keep a copy with your tax records.",
        516,
        8,
        "F1",
    )
    c.text(40, 740, f"{peo}  -  Year-end tax statement  -  {w.year}", 6.5)
    c.right(572, 740, "Page 1", 6.5)
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Driver licences


def licence_fresh10(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """23: a bank's identity verification record with the licence transcribed and photocopied;
    24: a licence with the name on one line and a change-of-address sticker on the back."""
    return (*(licence_verification if t == 23 else licence_sticker)(m), f"t{t}")


def card_front(d: Frame, m: Maker, lic, day: str) -> None:  # type: ignore[no-untyped-def]
    """A plain horizontal licence front, 252 x 159, captions before the values."""
    d.box(0, 0, 252, 159, 0.8)
    d.shade(0.5, 0.5, 251, 24, 0.72)
    d.text(8, 4, lic.state.upper(), fit(lic.state.upper(), 150, 11, "F4"), "F4")
    d.text(8, 16, "USA", 5.5, "F2")
    d.right(244, 8, "DRIVER LICENSE", 7.5, "F2")
    d.shade(8, 32, 60, 76, 0.55)
    rows = (
        ("DL", lic.number, 8.5, "F2"),
        ("EXP", fmt(lic.expires, day), 7.5, "F2"),
        ("LN", lic.last.upper(), 8, "F2"),
        ("FN", f"{lic.first} {lic.middle}".strip().upper(), 7.5, "F2"),
        ("", lic.street.upper(), 5.6, "F1"),
        ("", f"{lic.city.upper()}, {lic.abbr} {lic.zipcode}", 5.6, "F1"),
        ("DOB", fmt(lic.dob, day), 7.5, "F2"),
    )
    y = 30.0
    for cap, v, size, font in rows:
        if cap:
            d.text(76, y + 1.5, cap, 4.6, "F2")
        d.text(92, y, v, fit(v, 150, size, font), font)
        y += size + 3.2
    facts = (
        ("CLASS", lic.klass),
        ("SEX", lic.sex),
        ("HGT", lic.height),
        ("WGT", lic.weight),
        ("EYES", lic.eyes),
        ("HAIR", lic.hair),
    )
    for i, (cap, v) in enumerate(facts):
        x, yy = 76 + 56 * (i % 3), 112 + 10 * (i // 3)
        d.text(x, yy + 1, cap, 4.4, "F2")
        d.text(x + 18, yy, v, 6)
    d.text(76, 134, "ISS", 4.6, "F2")
    d.text(92, 133, fmt(lic.issued, day), 6.5)
    d.text(150, 134, "RSTR", 4.6, "F2")
    d.text(168, 133, "NONE", 6)
    d.text(8, 116, f"{lic.first} {lic.last}", 7.5, "F3")
    d.text(8, 146, f"DD {m.digits(10)}", 4.8, "F5")


def card_back(d: Frame, m: Maker, lic) -> None:  # type: ignore[no-untyped-def]
    d.box(0, 0, 252, 159, 0.8)
    barcode(d, m, 12, 12, 228, 52)
    d.text(12, 74, "RESTRICTIONS: NONE", 6, "F2")
    d.text(12, 84, "ENDORSEMENTS: NONE", 6, "F2")
    d.text(12, 100, f"This license is the property of the State of {lic.state}.", 5)
    d.text(12, 107, "If found, return to any motor vehicle office.", 5)
    d.text(12, 140, f"{m.digits(4)} {m.digits(4)} {m.digits(4)}", 6, "F5")


def licence_verification(m: Maker) -> Layout:
    """A bank's identity verification record kept under its customer identification program:
    the bank and branch, the customer's name, date of birth and address, the primary
    identification typed in by the clerk (ID type, issuing state, number, issue and expiry
    dates), a secondary identification, the verification method and the clerk's initials and
    signature, then a photocopy of the licence, front and back side by side, on a grey ground."""
    lic = make_licence(m)
    bank = m.pick(BANKS)
    verified = lic.issued + dt.timedelta(days=m.r.randint(30, 1200))
    verified = min(verified, lic.expires - dt.timedelta(days=20))
    day = "%m/%d/%Y"
    full = " ".join(p for p in (lic.first, lic.middle, lic.last) if p).upper()
    c = Canvas()
    c.text(40, 34, bank, fit(bank, 320, 15, "F4"), "F4")
    c.text(40, 52, f"Branch {m.digits(3)}  -  {m.address()[1]}", 8)
    c.right(572, 34, "CUSTOMER IDENTIFICATION PROGRAM", 9, "F2")
    c.right(572, 47, "Identity Verification Record", 11, "F2")
    c.line(40, 66, 572, 66, 1.0)
    sections = (
        (
            "Customer",
            (
                ("Customer name", full),
                ("CIF / application no.", m.digits(9)),
                ("Date of birth", fmt(lic.dob, day)),
                ("Residential address", f"{lic.street}, {lic.city}, {lic.abbr} {lic.zipcode}"),
            ),
        ),
        (
            "Primary identification (documentary)",
            (
                ("ID type", "Driver license"),
                ("Issuing state", lic.state),
                ("ID number", lic.number),
                ("Issue date", fmt(lic.issued, day)),
                ("Expiration date", fmt(lic.expires, day)),
                ("Photo matches customer", "Yes"),
            ),
        ),
        (
            "Secondary identification",
            (
                ("ID type", m.pick(("Major credit card", "Utility bill", "Social Security card"))),
                ("Number / reference", f"ending {m.digits(4)}"),
            ),
        ),
    )
    y = 76.0
    for title, rows in sections:
        c.shade(40, y, 532, 14, 0.85)
        c.text(46, y + 3.5, title, 8.5, "F2")
        y += 14
        for i in range(0, len(rows), 2):
            for j, (k, v) in enumerate(rows[i : i + 2]):
                x = 40 + 266 * j
                c.box(x, y, 266, 20, 0.4)
                c.text(x + 4, y + 2, k, 6, "F2")
                c.text(x + 8, y + 10, v, fit(v, 250, 8.5, "F5"), "F5")
            y += 20
        y += 8
    c.text(40, y, "Verification method:", 8, "F2")
    checkbox(c, 140, y, True)
    c.text(150, y, "Documentary", 8)
    checkbox(c, 220, y, False)
    c.text(230, y, "Non-documentary", 8)
    c.text(330, y, "Discrepancies noted:", 8, "F2")
    c.text(420, y, "None", 8, "F5")
    y += 16
    clerk = f"{m.pick(FIRST)} {m.pick(LAST)}"
    c.text(40, y, "Verified by:", 8, "F2")
    c.text(100, y, f"{clerk}  (Emp. {m.digits(5)})", 8, "F5")
    c.text(330, y, "Date:", 8, "F2")
    c.text(360, y, fmt(verified, day), 8, "F5")
    c.text(440, y - 4, clerk.split()[0][0] + ". " + clerk.split()[1], 12, "F3")
    c.line(430, y + 10, 572, y + 10, 0.4)
    y += 30
    c.text(40, y, "Copy of identification (front and back)", 8.5, "F2")
    y += 14
    c.shade(40, y, 532, 190, 0.78)
    for k in range(2):
        d = Frame(c, 48 + 264 * k, y + 12, 1.0)
        d.shade(0, 0, 252, 159, 0.97)
        if k == 0:
            card_front(d, m, lic, day)
        else:
            card_back(d, m, lic)
    y += 204
    _paragraph(
        c,
        40,
        y,
        "The bank must verify the identity of each customer who opens an account and keep a "
        "record of the information used. Retain this record for five years after the account "
        "is closed. Do not file the customer's Social Security number on this form.",
        532,
        7,
        "F1",
    )
    return [c], licence_truth(lic)


def licence_sticker(m: Maker) -> Layout:
    """A horizontal licence with the name on one line ("LAST, FIRST MIDDLE") over the address,
    the birth, issue and expiry dates in a row of three captioned cells, the licence number and
    class under them, the physical facts on one line and the portrait at the left; on the
    back, the restrictions and endorsements, a barcode and a change-of-address sticker with the
    new address and the date it was issued."""
    lic = make_licence(m)
    day = m.pick(("%m-%d-%Y", "%m/%d/%Y"))
    feet, inches = lic.height.replace('"', "").split("'-")
    height = f"{feet}-{inches}"
    c = Canvas(252, 159)
    c.box(1, 1, 250, 157, 0.8)
    colour(c, 0.1, 0.25, 0.5)
    fill(c, 1, 1, 250, 22, (0.1, 0.25, 0.5))
    colour(c, 1, 1, 1)
    c.text(8, 5, lic.state.upper(), fit(lic.state.upper(), 150, 11, "F4"), "F4")
    c.right(244, 4, "DRIVER LICENSE", 6.5, "F2")
    c.right(244, 13, "USA", 5.5, "F2")
    ink(c, 0.0)
    c.shade(8, 30, 56, 70, 0.6)
    name = f"{lic.last}, {lic.first} {lic.middle}".strip().upper()
    c.text(70, 28, name, fit(name, 174, 8.5, "F2"), "F2")
    c.text(70, 40, lic.street.upper(), 6)
    c.text(70, 48, f"{lic.city.upper()}, {lic.abbr} {lic.zipcode}", 6)
    for i, (cap, v) in enumerate(
        (("DATE OF BIRTH", lic.dob), ("ISSUED", lic.issued), ("EXPIRES", lic.expires))
    ):
        x = 70 + 58 * i
        c.box(x, 60, 58, 22, 0.4)
        c.text(x + 3, 62, cap, 4.4, "F2")
        c.text(x + 3, 70, fmt(v, day), 7.5 if i != 1 else 7, "F2" if i != 1 else "F1")
    c.text(70, 88, "LICENSE NO.", 4.6, "F2")
    c.text(70, 95, lic.number, fit(lic.number, 110, 9, "F2"), "F2")
    c.text(190, 88, "CLASS", 4.6, "F2")
    c.text(190, 95, lic.klass, 9, "F2")
    c.text(215, 88, "SEX", 4.6, "F2")
    c.text(215, 95, lic.sex, 9, "F2")
    facts = f"HT {height}   WT {lic.weight.replace(' lb', '')}   EYES {lic.eyes}   HAIR {lic.hair}"
    c.text(70, 110, facts, 5.8)
    restriction = m.pick(("NONE", "NONE", "A", "B"))
    c.text(70, 119, f"END NONE   RSTR {restriction}", 5.8)
    c.text(10, 106, f"{lic.first} {lic.last}", 7, "F3")
    c.line(8, 115, 64, 115, 0.3)
    c.text(8, 140, f"DD {m.digits(8)}{m.pick('ABCDEF')}{m.digits(3)}", 5, "F5")
    c.shade(200, 128, 40, 24, 0.88)
    back = Canvas(252, 159)
    back.box(1, 1, 250, 157, 0.8)
    back.text(10, 8, "RESTRICTIONS", 5.5, "F2")
    back.text(
        10,
        15,
        {"A": "A - CORRECTIVE LENSES", "B": "B - OUTSIDE MIRROR"}.get(restriction, "NONE"),
        5.5,
    )
    back.text(130, 8, "ENDORSEMENTS", 5.5, "F2")
    back.text(130, 15, "NONE", 5.5)
    barcode(Frame(back), m, 10, 28, 232, 44)
    moved = min(lic.issued + dt.timedelta(days=m.r.randint(60, 700)), lic.expires)
    street2, _ = m.address()
    back.box(24, 82, 204, 56, 1.0)
    back.shade(24.5, 82.5, 203, 11, 0.85)
    back.text(30, 84.5, "ADDRESS CHANGE", 6, "F2")
    back.right(222, 84.5, f"ISSUED {fmt(moved, day)}", 5.5, "F2")
    back.text(30, 98, f"{lic.first} {lic.last}".upper(), 6.5, "F2")
    back.text(30, 107, street2.upper(), 6)
    back.text(30, 115, f"{lic.city.upper()}, {lic.abbr} {lic.zipcode}", 6)
    back.text(30, 126, f"LICENSE NO. {lic.number}", 5.5)
    back.text(10, 146, "Affix address change here. Carry with your license.", 4.8)
    return [c, back], licence_truth(lic)


# ---------------------------------------------------------------------------------------------
# Forms 1099-INT and 1099-MISC


def form_1099_fresh10(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """23: a bilingual (English/Spanish) substitute 1099 with every box listed; 24: a
    pre-printed red-ink 1099 filled by an inkjet printer out of registration."""
    return (*(form_1099_bilingual if t == 23 else form_1099_misfed)(m, variant), f"t{t}")


SPANISH_BOXES = {
    ("INT", "1"): "Ingresos de intereses",
    ("INT", "2"): "Multa por retiro prematuro",
    ("INT", "3"): "Intereses de bonos de ahorro y obligaciones del Tesoro de EE. UU.",
    ("INT", "4"): "Impuesto federal sobre los ingresos retenido",
    ("INT", "5"): "Gastos de inversión",
    ("INT", "6"): "Impuesto extranjero pagado",
    ("INT", "8"): "Intereses exentos de impuestos",
    ("MISC", "1"): "Alquileres",
    ("MISC", "2"): "Regalías",
    ("MISC", "3"): "Otros ingresos",
    ("MISC", "4"): "Impuesto federal sobre los ingresos retenido",
    ("MISC", "5"): "Ingresos de embarcaciones de pesca",
    ("MISC", "6"): "Pagos por servicios médicos y de salud",
    ("MISC", "10"): "Ingresos brutos pagados a un abogado",
}


def form_1099_bilingual(m: Maker, variant: str) -> Layout:
    """A bilingual substitute 1099 from a payer serving Spanish-speaking customers: the payer's
    name, "Form / Formulario 1099-INT" with the year, the title and "Copy B For Recipient /
    Copia B para el destinatario" in both languages, boxes for the payer (PAGADOR / PAYER) and
    the recipient (DESTINATARIO / RECIPIENT), a row with the two TINs and the account number,
    then every box of the form in a ruled table (box number, the English description in bold
    with the Spanish under it in grey, the amount, $0.00 when there is none) and the notice in
    both languages."""
    f = make_1099(m, variant)
    es_title = "Ingresos de intereses" if variant == "INT" else "Información miscelánea"
    c = Canvas()
    c.text(40, 32, f.payer, fit(f.payer, 300, 15, "F2"), "F2")
    c.text(40, 50, f"{f.p_street}, {f.p_city}", 8)
    c.text(40, 60, f"Tel. {f.p_phone}  -  Se habla español", 8)
    c.right(572, 30, f"Form / Formulario 1099-{variant}   {f.year}", 12, "F2")
    c.right(572, 46, f"{f.title} / {es_title}", 9)
    c.right(572, 58, "Copy B For Recipient / Copia B para el destinatario", 7.5, "F2")
    c.right(572, 68, f"OMB No. {f.omb}", 7)
    c.line(40, 80, 572, 80, 1.0)
    for x, cap, rows in (
        (40, "PAGADOR / PAYER", (f.payer, f.p_street, f.p_city, f.p_phone)),
        (310, "DESTINATARIO / RECIPIENT", (f.recipient, f.r_street, f.r_city)),
    ):
        c.box(x, 88, 262, 66, 0.5)
        c.text(x + 4, 91, cap, 6.5, "F2")
        rows_at(c, x + 8, 102, rows, 8.5, "F1", 11)
    cells = (
        ("PAYER'S TIN / TIN DEL PAGADOR", f.payer_tin),
        ("RECIPIENT'S TIN / TIN DEL DESTINATARIO", f.recipient_tin),
        ("Account number / Número de cuenta", f.account or "-"),
    )
    for i, (cap, v) in enumerate(cells):
        x = 40 + 178 * i
        c.box(x, 162, 176, 28, 0.5)
        c.text(x + 4, 165, cap, 5.8, "F2")
        c.text(x + 8, 176, v, 9, "F5")
    top = 204
    c.shade(40, top, 532, 14, 0.82)
    c.text(46, top + 3.5, "Box / Casilla", 7.5, "F2")
    c.text(110, top + 3.5, "Description / Descripción", 7.5, "F2")
    c.right(566, top + 3.5, "Amount / Cantidad", 7.5, "F2")
    y = top + 14
    for num, label, key in f.boxes:
        c.text(52, y + 6, num, 9, "F2")
        c.text(110, y + 4, label, 8.5, "F2")
        ink(c, 0.4)
        c.text(110, y + 14, SPANISH_BOXES[(variant, num)], 7.5)
        ink(c, 0.0)
        c.right(566, y + 8, usd(f.values.get(key, 0.0)), 9.5, "F5")
        y += 26
        c.line(40, y, 572, y, 0.3)
    c.box(40, top, 532, y - top, 0.5)
    y += 16
    notes = (
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on "
        "you if this income is taxable and the IRS determines that it has not been reported.",
        "Esta es información tributaria importante que se le envía al IRS. Si usted tiene que "
        "presentar una declaración, se le podría imponer una multa por negligencia u otra "
        "sanción si estos ingresos están sujetos a impuestos y el IRS determina que no han "
        "sido declarados.",
    )
    for i, text in enumerate(notes):
        if i:
            ink(c, 0.35)
        y = _paragraph(c, 40, y, text, 532, 7.5, "F1") + 6
        ink(c, 0.0)
    c.text(40, 750, f"Form 1099-{variant} (keep for your records / guárdelo para sus registros)", 7)
    c.right(572, 750, "Department of the Treasury - Internal Revenue Service", 6.5)
    return [c], tax_1099_truth(f, zeros_printed=True)


def form_1099_misfed(m: Maker, variant: str) -> Layout:
    """The office-supply 1099 form, Copy B over Copy 2 on one sheet, its rules and captions
    pre-printed in red, filled in by an inkjet printer that fed the sheet out of registration:
    every value sits some points right of and below where it belongs, over the rules and into
    the next box's caption, a little further off on the lower copy; empty boxes stay blank."""
    f = make_1099(m, variant)
    grid = INT_GRID if variant == "INT" else MISC_GRID
    heights = [
        max(
            24,
            max(6.5 * len(label_lines(n, lab, 216 / len(row), 5.5)[1]) + 16 for n, lab, _ in row),
        )
        for row in grid
    ]
    bottom = sum(heights)
    dx, dy = m.r.uniform(8, 20), m.r.uniform(5, 9)
    c = Canvas()
    copies = (
        ("Copy B", "For Recipient"),
        ("Copy 2", "To be filed with recipient's state income tax return, when required."),
    )
    for k, (copy, note) in enumerate(copies):
        y0 = 30 + k * (bottom + 60)
        form = Frame(c, 36, y0)
        colour(c, *RED)
        stroke(c, *RED)
        form.box(222, -12, 7, 7, 0.4)
        form.text(232, -11, "CORRECTED (if checked)", 6.5)
        left = (
            (
                "PAYER'S name, street address, city or town, state or province, country, ZIP or "
                "foreign postal code, and telephone no.",
                84,
            ),
            ("PAYER'S TIN|RECIPIENT'S TIN", 26),
            ("RECIPIENT'S name", 26),
            ("Street address (including apt. no.)", 24),
            ("City or town, state or province, country, and ZIP or foreign postal code", 26),
        )
        y = 0.0
        tops = []
        for label, h in left:
            tops.append(y)
            if "|" in label:
                a, b = label.split("|")
                form_cell(form, 0, y, 108, h, "", a)
                form_cell(form, 108, y, 108, h, "", b)
            else:
                form_cell(form, 0, y, 216, h, "", label)
            y += h
        form_cell(form, 0, y, 216, max(bottom - y, 26), "", "Account number (see instructions)")
        tops.append(y)
        y = 0.0
        row_tops = []
        for row, h in zip(grid, heights, strict=True):
            width = 216 / len(row)
            for j, (number, label, key) in enumerate(row):
                x = 216 + width * j
                form_cell(form, x, y, width, h, number, label)
                if key == "[]":
                    form.box(x + width - 12, y + h - 11, 7, 7, 0.4)
                elif key:
                    form.text(x + 3, y + h - 10, "$", 7)
                row_tops.append((key, x, y, h))
            y += h
        form.box(432, 0, 108, bottom, 0.5)
        form.text(438, 4, f"OMB No. {f.omb}", 6)
        form.text(438, 16, f"Form 1099-{variant}", 10, "F2")
        form.text(438, 29, "(Rev. January 2024)", 5.5)
        form.text(438, 38, "For calendar year", 5.5)
        form.line(438, 58, 500, 58, 0.4)
        for i, s in enumerate(wrap(f.title, 100, 10, "F2")):
            form.text(438, 70 + 12 * i, s, 10, "F2")
        form.text(438, 108, copy, 10, "F2")
        for i, s in enumerate(wrap(note, 96, 6, "F2")):
            form.text(438, 121 + 7 * i, s, 6, "F2")
        form.text(0, bottom + 5, f"Form 1099-{variant} (Rev. 1-2024)", 6.5)
        form.text(160, bottom + 5, f"www.irs.gov/Form1099{variant}", 6.5)
        form.right(540, bottom + 5, "Department of the Treasury - Internal Revenue Service", 6)
        ink(c, 0.0)
        stroke(c, 0, 0, 0)
        shift = 1.0 + 0.25 * k
        v = Frame(c, 36 + dx * shift, y0 + dy * shift)
        v.text(440, 46, f.year, 11, "F5")
        rows_at(v, 6, tops[0] + 24, (f.payer, f.p_street, f.p_city, f.p_phone), 9, "F5", 11)
        v.text(6, tops[1] + 12, f.payer_tin, 9, "F5")
        v.text(114, tops[1] + 12, f.recipient_tin, 9, "F5")
        v.text(6, tops[2] + 12, f.recipient, 9, "F5")
        v.text(6, tops[3] + 11, f.r_street, 9, "F5")
        v.text(6, tops[4] + 12, f.r_city, 9, "F5")
        if f.account:
            v.text(6, tops[5] + 12, f.account, 9, "F5")
        for key, x, yy, h in row_tops:
            if key in f.values:
                v.text(x + 12, yy + h - 12, f"{f.values[key]:.2f}", 9.5, "F5")
        if k == 0:
            perforation(c, y0 + bottom + 26)
    return [c], tax_1099_truth(f, zeros_printed=False)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh10(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """23: a class-action settlement check on a postcard self-mailer; 24: a Puerto Rico bank's
    bilingual personal check with the amount in Spanish words."""
    return (*(check_settlement if t == 23 else check_puerto_rico)(m), f"t{t}")


SETTLEMENT_KINDS = (
    "Data Breach",
    "Consumer Privacy",
    "Securities",
    "Wage and Hour",
    "Auto-Renewal",
    "Overdraft Fee",
)


def check_settlement(m: Maker) -> Layout:
    """A class-action settlement payment mailed as a postcard check: on the front a notice
    strip (the case, the claim ID and how the payment was figured) above a perforation, then
    the check drawn on the settlement fund "c/o" its claims administrator, the check number,
    date, claim ID and amount in a column at the right, "PAY" with the amount in words as
    "... DOLLARS AND 34 CENTS" between asterisks, the class member as payee with the address,
    "VOID AFTER 90 DAYS" and "NON-TRANSFERABLE", the memo, a signature and the MICR line; the
    back is the mailing side (the administrator's return address, the presorted first-class
    indicia, "IMPORTANT: SETTLEMENT PAYMENT ENCLOSED", the claim ID and the address block
    under a postal barcode)."""
    q = make_cheque(m, business=True)
    a = m.pick(COMPANY_A)
    kind = m.pick(SETTLEMENT_KINDS)
    case = f"In re {a} {m.pick(('Inc.', 'Corp.', 'LLC'))} {kind} Litigation"
    fund = f"{a} {kind} Settlement Fund"
    admin = f"{m.pick([x for x in COMPANY_A if x != a])} Claims Administration, LLC"
    first, middle, last = m.person()
    payee = f"{first} {middle[:1]} {last}" if middle else f"{first} {last}"
    p_street, p_city = m.address()
    amount = m.amount(3.5, 480)
    number = m.digits(m.pick((7, 8)))
    claim = f"{a[:3].upper()}-{m.digits(8)}"
    q = replace(
        q, drawer=fund, payee=payee, amount=amount, number=number, memo="Settlement payment"
    )
    box = f"P.O. Box {m.r.randint(1000, 99999)}"
    a_city = m.address()[1]
    cents = round(amount * 100) % 100
    spelled = f"{words(int(amount))} DOLLARS AND {cents:02d} CENTS".upper()
    day = "%m/%d/%Y"
    c = Canvas(612, 324)
    c.shade(0, 0, 612, 74, 0.93)
    c.text(24, 12, case.upper(), fit(case.upper(), 560, 8.5, "F2"), "F2")
    _paragraph(
        c,
        24,
        26,
        f"This check is your payment from the {fund}. Your payment was calculated from your "
        f"approved claim (Claim ID {claim}) as described in the Settlement Agreement approved by "
        "the Court. Please cash or deposit it promptly: uncashed checks are void after 90 days and "
        "will not be reissued.",
        564,
        7,
        "F1",
    )
    perforation(c, 80)
    top = 92
    c.text(24, top, fund.upper(), 10, "F2")
    c.text(24, top + 13, f"c/o {admin}", 7.5)
    c.text(24, top + 22, f"{box}, {a_city}", 7.5)
    c.centre(330, top, q.bank, 8, "F2")
    c.centre(330, top + 10, q.bank_city, 6.5)
    c.centre(330, top + 19, f"{q.routing[:2]}-{q.routing[2:6]}/{q.routing[6:8]}{q.routing[8]}", 6)
    info = (
        ("CHECK NO.", number),
        ("DATE", fmt(q.date, day)),
        ("CLAIM ID", claim),
    )
    for i, (k, v) in enumerate(info):
        c.text(440, top + 11 * i, k, 6.5, "F2")
        c.right(588, top + 11 * i, v, 8.5, "F5")
    c.text(24, top + 50, "PAY", 8, "F2")
    text = f"***{spelled}***"
    c.text(52, top + 49, text, fit(text, 380, 9, "F5"), "F5")
    c.box(452, top + 42, 136, 22, 1.0)
    c.right(582, top + 48, f"$***{amount:,.2f}", 11, "F6")
    c.text(24, top + 80, "TO THE", 6.5, "F2")
    c.text(24, top + 87, "ORDER OF", 6.5, "F2")
    rows_at(c, 70, top + 80, (payee.upper(), p_street.upper(), p_city.upper()), 9, "F5", 11)
    c.text(452, top + 72, "VOID AFTER 90 DAYS", 7, "F2")
    c.text(452, top + 82, "NON-TRANSFERABLE", 6.5, "F2")
    c.text(24, top + 130, "MEMO", 6.5, "F2")
    c.text(54, top + 128, q.memo, 8.5, "F5")
    c.line(380, top + 150, 588, top + 150, 0.5)
    c.text(404, top + 134, f"{m.pick(FIRST)} {m.pick(LAST)}", 12, "F3")
    c.text(440, top + 153, "AUTHORIZED SIGNATURE", 5.5, "F2")
    c.text(110, top + 200, f"C{number}C A{q.routing}A {q.account}C", 11, "F5")
    back = Canvas(612, 324)
    rows_at(back, 24, 20, (admin, box, a_city), 8, "F1", 10)
    back.box(470, 16, 118, 50, 0.6)
    for i, s in enumerate(
        (
            "PRESORTED",
            "FIRST-CLASS MAIL",
            "U.S. POSTAGE PAID",
            f"PERMIT NO. {m.r.randint(100, 2999)}",
        )
    ):
        back.centre(529, 21 + 10 * i, s, 6.5, "F2")
    back.shade(24, 90, 300, 20, 0.15)
    colour(back, 1, 1, 1)
    back.text(30, 95, "IMPORTANT: SETTLEMENT PAYMENT ENCLOSED", 9, "F2")
    ink(back, 0.0)
    back.text(24, 118, f"Claim ID: {claim}", 9, "F5")
    back.text(24, 130, "Forwarding service requested", 7)
    x = 260.0
    for _ in range(65):
        bar_top, bar_h = m.pick(((180, 12), (180, 8), (184, 8), (184, 4)))
        back.shade(x, bar_top, 1.4, bar_h, 0.0)
        x += 3.2
    rows_at(back, 260, 196, (payee.upper(), p_street.upper(), p_city.upper()), 10, "F5", 12)
    back.text(
        24,
        290,
        f"Questions? Visit www.{a.lower()}settlement.com or call "
        f"1-8{m.digits(2)}-{m.digits(3)}-{m.digits(4)}.",
        7,
    )
    return [c, back], cheque_truth(q, spelled)


PR_FIRST = (
    "María",
    "José",
    "Luis",
    "Carmen",
    "Ana",
    "Juan",
    "Héctor",
    "Yolanda",
    "Carlos",
    "Maritza",
    "Ramón",
    "Wanda",
    "Edwin",
    "Nilda",
)
PR_LAST = (
    "Rivera",
    "Ortiz",
    "Santiago",
    "Colón",
    "Rodríguez",
    "Vázquez",
    "Torres",
    "Cruz",
    "Meléndez",
    "Figueroa",
    "Díaz",
    "Rosario",
    "Pagán",
    "Serrano",
)
PR_TOWNS = (
    ("San Juan", "009"),
    ("Carolina", "009"),
    ("Bayamón", "009"),
    ("Caguas", "007"),
    ("Ponce", "007"),
    ("Mayagüez", "006"),
    ("Arecibo", "006"),
    ("Guaynabo", "009"),
)
PR_URBS = (
    "Villa Carolina",
    "Las Lomas",
    "Santa Rosa",
    "Country Club",
    "Valle Arriba",
    "Los Caobos",
)
PR_BANKS = (
    ("Banco Costa Norte", "San Juan, Puerto Rico"),
    ("Banco Borincano de Ahorro", "Ponce, Puerto Rico"),
    ("Cooperativa Isleña de Ahorro y Crédito", "Caguas, Puerto Rico"),
    ("Banco Atlántico de Puerto Rico", "Mayagüez, Puerto Rico"),
)
PR_PAYEES = (
    "Condominio Torres del Mar",
    "Colegio San Ignacio de Loyola",
    "Farmacia La Placita",
    "Ferretería La Esquina",
    "Cooperativa de Seguros Múltiples",
)
PR_MEMOS = ("Renta abril", "Cuota mantenimiento", "Matrícula", "Reparación techo", "Préstamo", "")
MESES = _names(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)


def check_puerto_rico(m: Maker) -> Layout:
    """A personal check from a Puerto Rico bank or cooperative, its captions printed in Spanish
    and English (FECHA / DATE, PÁGUESE A LA ORDEN DE / PAY TO THE ORDER OF, DÓLARES / DOLLARS,
    CONCEPTO / MEMO): the holder's name with both surnames and an urbanización address, the
    bank and its fraction, the number, and written by hand the date ("15 de marzo de 2024" or
    3/15/2024), the payee, the amount in figures and in Spanish words ("Doscientos treinta y
    cinco con 45/100"), the memo and the signature, with the MICR line at the foot."""
    q = make_cheque(m, business=False)
    first = m.pick(PR_FIRST)
    drawer = f"{first} {m.pick(PR_LAST)} {m.pick(PR_LAST)}"
    town, zip3 = m.pick(PR_TOWNS)
    lot = f"{m.pick('ABCDEFGH')}-{m.r.randint(1, 40)}"
    street = f"Urb. {m.pick(PR_URBS)}, Calle {m.r.randint(1, 30)} {lot}"
    city = f"{town}, PR {zip3}{m.digits(2)}"
    bank, bank_city = m.pick(PR_BANKS)
    routing = routing_with(m, "0215")
    if m.chance(0.5):
        payee = m.pick(PR_PAYEES)
    else:
        payee = f"{m.pick(PR_FIRST)} {m.pick(PR_LAST)} {m.pick(PR_LAST)}"
    amount = m.amount(15, 2400)
    memo = m.pick(PR_MEMOS)
    q = replace(
        q,
        drawer=drawer,
        street=street,
        city=city,
        payee=payee,
        amount=amount,
        bank=bank,
        bank_city=bank_city,
        routing=routing,
        memo=memo,
    )
    cents = round(amount * 100) % 100
    spelled = f"{spanish(int(amount)).capitalize()} con {cents:02d}/100"
    if m.chance(0.5):
        written = f"{q.date.day} de {MESES[q.date.month - 1]} de {q.date.year}"
    else:
        written = f"{q.date.month}/{q.date.day}/{q.date.year}"
    c = Canvas(612, 216)
    c.box(2, 2, 608, 212, 0.6)
    c.shade(3, 3, 606, 210, 0.96)
    c.text(20, 14, drawer.upper(), 9, "F2")
    c.text(20, 25, street, 7)
    c.text(20, 34, city, 7)
    c.centre(330, 14, bank, 8, "F2")
    c.centre(330, 24, bank_city, 6.5)
    c.right(590, 14, q.number, 11, "F2")
    c.right(590, 28, f"{routing[:2]}-{routing[2:6]}/{routing[6:8]}{routing[8]}", 6.5)
    c.text(404, 60, "FECHA", 6.5, "F2")
    c.text(404, 67, "DATE", 5.5)
    c.line(432, 70, 590, 70, 0.4)
    hand(c, m, 440, 54, written, 12)
    c.text(20, 90, "PÁGUESE A LA ORDEN DE", 6.5, "F2")
    c.text(20, 97, "PAY TO THE ORDER OF", 5.5)
    c.line(112, 100, 476, 100, 0.4)
    hand(c, m, 122, 83, payee, fit(payee, 340, 13, "F3"))
    c.text(484, 88, "$", 11, "F2")
    c.box(494, 82, 96, 22, 0.6)
    hand(c, m, 502, 86, f"{amount:,.2f}", 13)
    hand(c, m, 26, 112, spelled, fit(spelled, 440, 13, "F3"))
    c.line(20, 128, 520, 128, 0.4)
    c.text(526, 118, "DÓLARES", 6.5, "F2")
    c.text(526, 125, "DOLLARS", 5.5)
    c.text(20, 160, "CONCEPTO", 6.5, "F2")
    c.text(20, 167, "MEMO", 5.5)
    c.line(66, 168, 260, 168, 0.4)
    if memo:
        hand(c, m, 74, 152, memo, 11)
    c.line(360, 168, 590, 168, 0.4)
    hand(c, m, 380, 150, f"{first} {drawer.split()[1]}", 14)
    c.text(440, 171, "FIRMA / SIGNATURE", 5, "F2")
    c.text(150, 190, f"A{routing}A {q.account}C {q.number}", 11, "F5")
    return [c], cheque_truth(q, spelled)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh10(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """23: a page of a carbonless sales-receipt book filled in by hand; 24: a German till
    receipt with the VAT table and the TSE block."""
    return (*(receipt_book if t == 23 else receipt_german)(m), f"t{t}")


# (vendor, goods with their price range, taxed)
VENDORS = (
    (
        "Green Acres Farm Stand",
        (("Sweet corn (doz)", (5, 8)), ("Tomatoes (lb)", (3, 5)), ("Peaches (peck)", (14, 22))),
        False,
    ),
    (
        "Maple Hill Honey Co.",
        (("Raw honey 1 lb jar", (9, 14)), ("Beeswax candle", (6, 12)), ("Comb honey", (12, 18))),
        True,
    ),
    (
        "Heritage Woodworks",
        (("Cutting board, walnut", (35, 80)), ("Step stool", (45, 95)), ("Bird house", (22, 40))),
        True,
    ),
    (
        "Blue Ridge Firewood",
        (("Firewood, 1/2 cord", (140, 190)), ("Kindling bundle", (6, 9)), ("Delivery", (25, 40))),
        True,
    ),
    (
        "Sunny Side Bakery",
        (("Sourdough loaf", (6, 9)), ("Pie, apple", (16, 24)), ("Dozen cookies", (10, 15))),
        False,
    ),
    (
        "Cedar Lane Nursery",
        (("Hydrangea 3 gal", (24, 38)), ("Mulch, bag", (4, 7)), ("Perennials, flat", (22, 34))),
        True,
    ),
)


def receipt_book(m: Maker) -> Layout:
    """A page from a carbonless two-part sales-receipt book as a small vendor fills it in: the
    vendor's rubber stamp in blue ink (name, address, phone) at the top left, the pre-printed
    "SALES RECEIPT" and the red serial number at the right, then in handwriting the date, the
    customer, the sale type ticked (cash, check, charge), the quantities, descriptions, prices
    and amounts on the ruled lines, the subtotal, the tax (or a dash) and the total, and the
    "received by" signature."""
    vendor, goods, taxed = m.pick(VENDORS)
    street, city = m.address()
    phone = m.phone()
    serial = m.digits(6) if m.chance(0.5) else f"{m.r.randint(1, 9999):04d}"
    when = m.date()
    written = m.pick((f"{when.month}/{when.day}/{when:%y}", f"{when.month}-{when.day}-{when.year}"))
    lines = []
    for desc, (lo, hi) in m.r.sample(goods, m.r.randint(1, len(goods))):
        qty = m.pick((1, 1, 2, 3))
        price = float(m.r.randint(lo, hi)) + m.pick((0.0, 0.0, 0.5, 0.25))
        lines.append((qty, desc, price, round(qty * price, 2)))
    subtotal = round(sum(x[3] for x in lines), 2)
    tax = round(subtotal * m.pick((0.06, 0.065, 0.07, 0.0725)), 2) if taxed else 0.0
    total = round(subtotal + tax, 2)
    c = Canvas(432, 320)
    c.box(4, 4, 424, 312, 0.5)
    colour(c, 0.15, 0.25, 0.65)
    stroke(c, 0.15, 0.25, 0.65)
    c.box(16, 14, 190, 48, 1.2)
    c.text(22, 19, vendor.upper(), fit(vendor.upper(), 178, 10, "F2"), "F2")
    c.text(22, 33, street, 7.5)
    c.text(22, 42, city, 7.5)
    c.text(22, 51, phone, 7.5, "F2")
    ink(c, 0.0)
    stroke(c, 0, 0, 0)
    colour(c, *RED)
    stroke(c, *RED)
    c.right(416, 14, "SALES RECEIPT", 12, "F2")
    c.right(416, 32, f"No. {serial}", 12, "F6")
    c.text(226, 70, "DATE", 7, "F2")
    c.line(252, 78, 416, 78, 0.4)
    c.text(16, 90, "SOLD TO", 7, "F2")
    c.line(56, 98, 416, 98, 0.4)
    types = ("CASH", "CHECK", "CHARGE", "ON ACCT.", "MDSE. RETD.")
    for i, s in enumerate(types):
        c.box(16 + 82 * i, 108, 80, 16, 0.4)
        c.text(22 + 82 * i, 112, s, 6.5, "F2")
    top = 130
    c.box(16, top, 400, 132, 0.5)
    c.line(16, top + 12, 416, top + 12, 0.5)
    for x, h in ((22, "QTY."), (64, "DESCRIPTION"), (300, "PRICE"), (360, "AMOUNT")):
        c.text(x, top + 3, h, 6.5, "F2")
    for x in (56, 292, 352):
        c.line(x, top, x, top + 132, 0.4)
    for i in range(1, 10):
        c.line(16, top + 12 + 13.3 * i, 416, top + 12 + 13.3 * i, 0.25)
    y2 = top + 132
    for i, s in enumerate(("SUBTOTAL", "TAX", "TOTAL")):
        c.box(292, y2 + 16 * i, 124, 16, 0.5)
        c.text(296, y2 + 4 + 16 * i, s, 6.5, "F2")
    c.text(16, 282, "RECEIVED BY", 7, "F2")
    c.line(74, 290, 250, 290, 0.4)
    c.text(16, 300, "All claims and returned goods MUST be accompanied by this receipt.", 5.8)
    c.text(16, 308, "THANK YOU", 6, "F2")
    ink(c, 0.0)
    stroke(c, 0, 0, 0)
    colour(c, 0.1, 0.15, 0.45)
    hand(c, m, 262, 66, written, 12)
    if m.chance(0.6):
        hand(c, m, 64, 86, f"{m.pick(FIRST)} {m.pick(LAST)}", 12)
    kind = m.pick((0, 0, 1, 2))
    hand(c, m, 66 + 82 * kind, 109, "X", 12)
    for i, (qty, desc, price, amount) in enumerate(lines):
        y = top + 14 + 13.3 * i
        hand(c, m, 28, y, str(qty), 11)
        hand(c, m, 62, y, desc, 11)
        hand(c, m, 298, y, f"{price:.2f}", 11)
        hand(c, m, 362, y, f"{amount:.2f}", 11)
    hand(c, m, 352, y2 + 2, f"{subtotal:.2f}", 11)
    hand(c, m, 352, y2 + 18, f"{tax:.2f}" if taxed else "-", 11)
    hand(c, m, 348, y2 + 34, f"${total:.2f}", 12)
    hand(c, m, 90, 276, m.pick(FIRST), 12)
    ink(c, 0.0)
    truth: Truth = {
        "merchant_name": vendor,
        "merchant_phone": phone,
        "transaction_date": when.isoformat(),
        "subtotal": subtotal,
        "total": total,
        "receipt_number": serial,
    }
    if taxed:
        truth["tax"] = tax
    return [c], truth


DE_STORES = ("Frischmarkt Lindner", "Nahkauf Berger", "Markthalle Krause", "Bio-Laden Grünkern")
DE_CITIES = (
    ("10115", "Berlin", "030"),
    ("80331", "München", "089"),
    ("50667", "Köln", "0221"),
    ("20095", "Hamburg", "040"),
    ("04109", "Leipzig", "0341"),
    ("60311", "Frankfurt am Main", "069"),
    ("70173", "Stuttgart", "0711"),
)
DE_STREETS = ("Hauptstraße", "Bahnhofstraße", "Marktplatz", "Schillerstraße", "Lindenallee")
# (item, price range, VAT class: A 19%, B 7%)
DE_ITEMS = (
    ("Vollkornbrot 750g", (2.49, 3.99), "B"),
    ("H-Milch 3,5% 1L", (0.99, 1.29), "B"),
    ("Butter 250g", (1.79, 2.49), "B"),
    ("Bananen lose", (0.89, 2.5), "B"),
    ("Kaffee gemahlen 500g", (4.99, 8.99), "B"),
    ("Gouda jung 400g", (2.99, 4.49), "B"),
    ("Eier Freiland 10St", (2.49, 3.49), "B"),
    ("Tomaten 500g", (1.49, 2.99), "B"),
    ("Mineralwasser 1,5L", (0.39, 0.79), "A"),
    ("Apfelsaft 1L", (0.99, 1.99), "A"),
    ("Spülmittel 500ml", (0.95, 2.45), "A"),
    ("Toilettenpapier 8x", (2.95, 4.95), "A"),
    ("Zahnpasta 75ml", (0.95, 2.95), "A"),
)


def receipt_german(m: Maker) -> Layout:
    """A German supermarket's till receipt (Kassenbon) in Courier: the shop, street, postcode
    and town, phone and VAT number, "EUR" over the price column, the items with their VAT
    class (A 19%, B 7%) and quantity lines ("2 Stk x 1,19"), bottle deposit, "SUMME EUR" and
    the payment (girocard or cash with change), the VAT table (rate, net, tax, gross and a
    Gesamtbetrag line), the date and time, Bon-Nr., till and operator, the girocard customer
    slip (terminal ID, TA and trace numbers, the masked PAN) and the TSE block (transaction
    number, start and stop times, serial number, signature counter and signature) over a QR
    code; amounts with a decimal comma."""
    store = m.pick(DE_STORES)
    plz, town, prefix = m.pick(DE_CITIES)
    street = f"{m.pick(DE_STREETS)} {m.r.randint(1, 120)}"
    phone = m.pick((f"{prefix} {m.digits(7)}", f"{prefix}/{m.digits(3)} {m.digits(4)}"))
    when = dt.datetime.combine(
        m.date(), dt.time(m.r.randint(7, 20), m.r.randint(0, 59), m.r.randint(0, 59))
    )
    bon = str(m.r.randint(1000, 99999))
    tape = Tape(240, 7.5, "F5", "F6")
    tape.centre(store, 10, "F6")
    tape.centre(street, 7.5)
    tape.centre(f"{plz} {town}", 7.5)
    tape.centre(f"Tel.: {phone}", 7.5)
    tape.centre(f"USt-IdNr.: DE{m.digits(9)}", 6.5)
    tape.gap(6)
    tape.row("", "EUR")
    gross = {"A": 0.0, "B": 0.0}
    for desc, (lo, hi), vat in m.r.sample(DE_ITEMS, m.r.randint(3, 12)):
        qty = m.pick((1, 1, 1, 2, 3))
        price = m.amount(lo, hi)
        line = round(qty * price, 2)
        tape.row(desc, f"{german(line)} {vat}")
        if qty > 1:
            tape.row(f"  {qty} Stk x {german(price)}", size=7)
        gross[vat] = round(gross[vat] + line, 2)
        if desc.startswith(("Mineralwasser", "Apfelsaft")) and m.chance(0.6):
            deposit = round(0.25 * qty, 2) if desc.startswith("Mineral") else round(0.15 * qty, 2)
            tape.row("Pfand", f"{german(deposit)} A")
            gross["A"] = round(gross["A"] + deposit, 2)
    total = round(gross["A"] + gross["B"], 2)
    tape.row("-" * 44, size=6.5)
    tape.row("SUMME EUR", german(total), bold=True, size=9.5)
    tape.row("=" * 44, size=6.5)
    card = m.chance(0.7)
    last4 = m.digits(4)
    if card:
        tape.row("Geg. girocard EUR", german(total))
    else:
        cash = float(m.pick((5, 10, 20, 50, 100)))
        while cash < total:
            cash *= 2
        tape.row("Geg. Bar EUR", german(cash))
        tape.row("Rückgeld EUR", german(round(cash - total, 2)))
    tape.gap(6)
    tape.row(f"{'Steuer':<9}{'%':>5}{'Netto':>10}{'Steuer':>9}{'Brutto':>10}", size=6.8)
    nets, taxes = {}, {}
    for vat, rate in (("A", 0.19), ("B", 0.07)):
        if gross[vat]:
            nets[vat] = round(gross[vat] / (1 + rate), 2)
            taxes[vat] = round(gross[vat] - nets[vat], 2)
            tape.row(
                f"{vat + '=':<9}{rate * 100:>5.1f}".replace(".", ",")
                + f"{german(nets[vat]):>10}{german(taxes[vat]):>9}{german(gross[vat]):>10}",
                size=6.8,
            )
    net = round(sum(nets.values()), 2)
    tax = round(sum(taxes.values()), 2)
    tape.row(f"{'Gesamtbetrag':<14}{german(net):>10}{german(tax):>9}{german(total):>10}", size=6.8)
    tape.gap(6)
    tape.row(f"Datum: {when:%d.%m.%Y}  Uhrzeit: {when:%H:%M:%S}", size=7)
    tape.row(
        f"Bon-Nr.: {bon}   Kasse: {m.r.randint(1, 6)}   "
        f"Bed.: {m.pick(('Anna', 'Jens', 'Mehmet', 'Sabine'))}",
        size=7,
    )
    if card:
        tape.gap(4)
        tape.centre("*** Kundenbeleg ***", 7.5, "F6")
        tape.centre("Kartenzahlung girocard", 7)
        tape.row(f"Terminal-ID: {m.digits(8)}", size=7)
        tape.row(f"TA-Nr.: {m.digits(6)}   Trace-Nr.: {m.digits(6)}", size=7)
        tape.row(f"PAN: ############{last4}", size=7)
        tape.row(f"Karte: girocard   Folge-Nr.: 0{m.digits(1)}", size=7)
        tape.row("Betrag EUR", german(total), size=7)
        tape.centre("Zahlung erfolgt", 7.5, "F6")
    tape.gap(4)
    start = when - dt.timedelta(seconds=m.r.randint(20, 200))
    stop = when + dt.timedelta(seconds=m.r.randint(1, 4))
    tape.row(f"TSE-Transaktion: {m.r.randint(10000, 999999)}", size=6.3)
    tape.row(f"TSE-Start: {start:%Y-%m-%dT%H:%M:%S}.000", size=6.3)
    tape.row(f"TSE-Stop: {stop:%Y-%m-%dT%H:%M:%S}.000", size=6.3)
    serial = hexish(m, 64).lower()
    tape.row(f"TSE-Seriennr.: {serial[:32]}", size=6.3)
    tape.row(f"  {serial[32:]}", size=6.3)
    tape.row(f"TSE-Signaturzähler: {m.r.randint(10000, 999999)}", size=6.3)
    signature = base64ish(m, 88)
    tape.row("TSE-Signatur:", size=6.3)
    for k in range(0, 88, 44):
        tape.row(signature[k : k + 44], size=6.3)
    tape.row("TSE-Zeitformat: utcTime", size=6.3)
    tape.row("TSE-Hashalgorithmus: ecdsa-plain-SHA384", size=6.3)
    qr_top = tape.y + 4
    tape.gap(96)
    tape.centre("Vielen Dank für Ihren Einkauf!", 7.5)
    tape.centre("Öffnungszeiten: Mo-Sa 7-21 Uhr", 7)
    page = tape.page()
    qr(page, m, 80, qr_top, 80)
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": net,
        "tax": tax,
        "total": total,
        "receipt_number": bon,
    }
    if card:
        truth["card_last_four_digits"] = last4
    return [page], truth
