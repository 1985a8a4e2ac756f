"""The "fresh14" held-out layouts (templates 31 and 32) of the catalog kinds, for
bench/catalog_documents.py.

A fifteenth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh14` is an
honest test set: a Spanish freelancer's (autónomo's) factura (NIF and CIF, the concepts in a
table without rules, the base imponible, IVA 21 % and the IRPF withholding taken off the TOTAL
FACTURA, amounts as 1.234,56 € and dates as 14/03/2024) and a home-service contractor's invoice
from a field-service app (the amount due, due date and invoice date as tiles at the top, the
work performed, the services and materials, a member discount, sales tax on the materials only,
the payment taken on site and the customer's approval signed on the tablet); a German
Entgeltabrechnung (the window address with "Herrn" or "Frau", the box of personal data, the pay
items by Lohnart, the tax and social insurance blocks as rows of captioned cells, the
Nettoverdienst, the net deductions and the Auszahlungsbetrag, the transfer date and the
Jahreswerte) and a payroll app's pay statement saved as phone screenshots, one screen to a page
(the net pay in large type, a This period / Year to date summary, the earnings, taxes and
deductions as cards, a details card with the dates in full); a Dutch bank's rekeningafschrift
(the holder as "De heer J.P. de Vries", the IBAN, the Beginsaldo, Totaal bijgeschreven, Totaal
afgeschreven and Eindsaldo, then two-line transactions with the counterparty over the payment
details and the amount in an Af or a Bij column, no running balance, continued on further
pages) and a Brazilian bank's extrato (the RESUMO DO PERÍODO at the top, every amount followed
by C or D, the day's balance after its last movement); a landscape W-2 sheet (Copy B over Copy C
in the IRS arrangement of the boxes) scanned sideways onto a portrait page so that its text
reads upwards, and IRS Form 4852, the substitute for Form W-2, filled in by the employee with a
pen or typed into the form; a licence's front and back laid sideways on a flatbed scanner at
actual size (the last name over the given names without captions, DOB in red, ISS and EXP on one
line), and a faxed, enlarged black-and-white copy of a licence under the fax header and the
sender's handwritten note, with the captions above the values and the fax's specks; a payer's
1099 statement in a tax preparer's client file (the document system's index line, the red
RECEIVED stamp, ticks, the largest amount circled with where it goes on the return, the
preparer's initials) and a payer's annual tax statement with the summary figures at the top,
the form's boxes beside the parties and the payment history below (an investment-note paying
agent's monthly interest or a farm operator's cash-rent installments to its landlord); an
accounts-payable check whose remittance overflows the stub, the check areas of the first pages
printed VOID and the real check on the last page, and a lockbox's image of a payment (the bill's
coupon, whose amount due need not be the amount paid, and the customer's handwritten personal
check with its endorsed back); a diner's guest check written by hand on a green custom-printed
pad with the check number in red, and a long register receipt scanned in two strips side by
side, the second repeating the last lines of the first.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
import math

from bench.catalog_documents import (
    COMMONWEALTHS,
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
    W2,
    Frame,
    Layout,
    barcode,
    cheque_truth,
    licence_truth,
    long_date,
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
from bench.catalog_layouts_fresh3 import fit, ink
from bench.catalog_layouts_fresh8 import colour, euro, rows_at, stroke
from bench.catalog_layouts_fresh9 import fill, usd
from bench.catalog_layouts_fresh11 import white
from bench.catalog_layouts_fresh12 import Sheets, hand, spelled, split

# ---------------------------------------------------------------------------------------------
# Helpers


def turned(page: Canvas, inner: Canvas, x: float, y: float, clockwise: bool) -> None:
    """Draw `inner` on `page` turned a quarter turn, its corner at (x, y) from the page's
    bottom-left: counter-clockwise the text reads upwards, clockwise downwards (as a sheet or a
    card lies sideways on a scanner)."""
    if clockwise:
        m = b"0 -1 1 0 %.2f %.2f cm" % (x, y + inner.width)
    else:
        m = b"0 1 -1 0 %.2f %.2f cm" % (x + inner.height, y)
    page.ops.append(b"q " + m)
    page.ops.extend(inner.ops)
    page.ops.append(b"Q")


def tick(c: Canvas, x: float, top: float, size: float = 8) -> None:
    """A tick mark made with a pen (two strokes)."""
    h = c.height
    c.ops.append(
        b"%.2f w %.2f %.2f m %.2f %.2f l %.2f %.2f l S"
        % (
            size / 7,
            x,
            h - top - size * 0.55,
            x + size * 0.35,
            h - top - size,
            x + size,
            h - top,
        )
    )


def ellipse(c: Canvas, x: float, top: float, w: float, h: float, lw: float = 0.8) -> None:
    """An ellipse inside the box x, top, w, h (four Bezier arcs)."""
    cx, cy = x + w / 2, c.height - top - h / 2
    rx, ry = w / 2, h / 2
    kx, ky = 0.5523 * rx, 0.5523 * ry
    c.ops.append(
        b"%.2f w %.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
        b"%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S"
        % (
            lw,
            cx + rx,
            cy,
            cx + rx,
            cy + ky,
            cx + kx,
            cy + ry,
            cx,
            cy + ry,
            cx - kx,
            cy + ry,
            cx - rx,
            cy + ky,
            cx - rx,
            cy,
            cx - rx,
            cy - ky,
            cx - kx,
            cy - ry,
            cx,
            cy - ry,
            cx + kx,
            cy - ry,
            cx + rx,
            cy - ky,
            cx + rx,
            cy,
        )
    )


def short_date(d: dt.date) -> str:
    """'Mar 14, 2024', as apps print dates."""
    return f"{d:%b} {d.day}, {d.year}"


def span(a: dt.date, b: dt.date) -> str:
    """'Mar 1 - Mar 14, 2024', with the first year only when the years differ."""
    first = f"{a:%b} {a.day}" if a.year == b.year else short_date(a)
    return f"{first} \u2013 {short_date(b)}"


def euros(value: float) -> str:
    """'1.234,56 \u20ac', as Spanish invoices print amounts."""
    return f"{euro(value)} \u20ac"


def reais(value: float) -> str:
    """'1.234,56 C' or '1.234,56 D', as Brazilian statements print balances and amounts."""
    return f"{euro(abs(value))} {'D' if value < 0 else 'C'}"


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh14(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """31: a Spanish freelancer's factura with IVA and the IRPF withholding; 32: a home-service
    contractor's invoice from a field-service app with the amount due at the top."""
    return (*(invoice_factura_es if t == 31 else invoice_field_service)(m), f"t{t}")


ES_FIRST = (
    "María",
    "José",
    "Carmen",
    "Javier",
    "Lucía",
    "Alejandro",
    "Elena",
    "Pablo",
    "Marta",
    "Sergio",
    "Nuria",
    "Raúl",
    "Ana Belén",
    "Juan Carlos",
)
ES_LAST = (
    "García",
    "Fernández",
    "González",
    "Rodríguez",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Martín",
    "Jiménez",
    "Ruiz",
    "Navarro",
    "Álvarez",
    "Romero",
    "Ortega",
)
ES_CLIENTS = (
    "Construcciones Ebro, S.L.",
    "Distribuciones Levante, S.A.",
    "Hostelería Cantábrica, S.L.",
    "Editorial Mar de Letras, S.L.",
    "Talleres Guadalquivir, S.L.",
    "Inmobiliaria Sierra Norte, S.L.U.",
    "Agencia Mediterránea de Viajes, S.L.",
    "Bodegas Ribera Alta, S.A.",
)
# (city, province, postcode prefix)
ES_CITIES = (
    ("Madrid", "Madrid", "280"),
    ("Barcelona", "Barcelona", "080"),
    ("Valencia", "Valencia", "460"),
    ("Sevilla", "Sevilla", "410"),
    ("Zaragoza", "Zaragoza", "500"),
    ("Bilbao", "Bizkaia", "480"),
    ("Málaga", "Málaga", "290"),
    ("Valladolid", "Valladolid", "470"),
)
ES_STREETS = (
    "C/ Mayor",
    "Avda. de la Constitución",
    "C/ San Vicente",
    "Paseo de Gracia",
    "C/ Alcalá",
    "Gran Vía",
    "C/ Colón",
    "Ronda de Segovia",
)
# (profession, lines: (concept, unit price range, quantity range, decimals of the quantity))
ES_TRADES = (
    (
        "Diseño gráfico y comunicación",
        (
            ("Diseño de logotipo e identidad corporativa", (380, 1400), (1, 1), 0),
            ("Maquetación de catálogo (páginas)", (18, 45), (8, 64), 0),
            ("Adaptación de piezas para redes sociales", (25, 60), (4, 20), 0),
            ("Horas de diseño adicionales", (30, 55), (2, 18), 1),
        ),
    ),
    (
        "Traducción e interpretación",
        (
            ("Traducción jurada inglés-español (palabras)", (0.08, 0.14), (600, 7500), 0),
            ("Revisión y corrección de textos (horas)", (25, 40), (2, 14), 1),
            ("Interpretación consecutiva (jornada)", (280, 450), (1, 3), 0),
        ),
    ),
    (
        "Consultoría y desarrollo informático",
        (
            ("Desarrollo de módulo web (horas)", (35, 70), (6, 60), 1),
            ("Mantenimiento mensual de servidor", (90, 250), (1, 3), 0),
            ("Soporte técnico remoto (horas)", (30, 55), (1, 12), 1),
        ),
    ),
    (
        "Arquitectura técnica",
        (
            ("Redacción de proyecto de reforma", (900, 3200), (1, 1), 0),
            ("Dirección de obra (visitas)", (90, 180), (2, 10), 0),
            ("Certificado de eficiencia energética", (120, 260), (1, 2), 0),
        ),
    ),
    (
        "Fotografía profesional",
        (
            ("Sesión fotográfica de producto (jornada)", (350, 750), (1, 3), 0),
            ("Retoque digital (imágenes)", (6, 18), (10, 120), 0),
            ("Cesión de derechos de uso comercial", (150, 600), (1, 1), 0),
        ),
    ),
)


def nif(m: Maker) -> str:
    """A Spanish NIF: eight digits and the check letter."""
    n = int(m.digits(8))
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_quantity(q: float, decimals: int) -> str:
    return euro(q).split(",")[0] if not decimals else euro(q)


def invoice_factura_es(m: Maker) -> Layout:
    """A Spanish freelancer's (autónomo's) factura on A4 as a word processor template prints
    it: the freelancer's name in large type with the profession, NIF, address, telephone and
    e-mail at the top left; "FACTURA" with the invoice number, date, due date and the client's
    reference at the right; the client (razón social, CIF, address) in a framed block; the
    concepts as a table without rules (concepto, cantidad, precio, importe); the base imponible,
    IVA 21 %, the IRPF withholding as a negative line and the TOTAL FACTURA; payment by bank
    transfer to an IBAN and the data-protection clause; amounts as 1.234,56 € and dates as
    14/03/2024."""
    first = m.pick(ES_FIRST)
    last1, last2 = m.r.sample(ES_LAST, 2)
    vendor = f"{first} {last1} {last2}"
    trade, concepts = m.pick(ES_TRADES)
    client = m.pick(ES_CLIENTS)
    v_city, v_prov, v_cp = m.pick(ES_CITIES)
    c_city, c_prov, c_cp = m.pick(ES_CITIES)
    floor = m.pick(("", f", {m.r.randint(1, 8)}º {m.pick('ABCD')}", f", {m.r.randint(1, 6)}º"))
    v_street = f"{m.pick(ES_STREETS)}, {m.r.randint(1, 140)}{floor}"
    c_street = f"{m.pick(ES_STREETS)}, {m.r.randint(1, 140)}"
    d = m.date()
    seq = m.r.randint(1, 140)
    number = m.pick(
        (f"{d.year}/{seq:03d}", f"F{d:%y}-{seq:04d}", f"{seq:03d}/{d.year}", f"A-{seq}")
    )
    due = d + dt.timedelta(days=m.pick((15, 30, 30, 60)))
    po = m.pick(("", "", f"PED-{m.digits(5)}", f"4500{m.digits(6)}", f"OC {d.year}/{m.digits(3)}"))
    lines = []
    for concept, (lo, hi), (q0, q1), decimals in m.r.sample(concepts, m.r.randint(1, 3)):
        qty = float(m.r.randint(q0, q1))
        if decimals:
            qty += m.pick((0.0, 0.5, 0.25, 0.75)) if q1 > 1 else 0.0
        price = round(m.r.uniform(lo, hi), 2)
        lines.append((concept, qty, decimals, price, round(qty * price, 2)))
    base = round(sum(x[4] for x in lines), 2)
    iva = round(base * 0.21, 2)
    irpf_rate = m.pick((15, 15, 15, 7))
    irpf = round(base * irpf_rate / 100, 2)
    total = round(base + iva - irpf, 2)
    phone = f"6{m.digits(2)} {m.digits(3)} {m.digits(3)}"
    mail = f"{first.split()[0].lower()}.{last1.lower()}@correo.es".translate(
        str.maketrans("áéíóúñ", "aeioun")
    )
    c = Canvas(595.0, 842.0)
    accent = m.pick(((0.55, 0.1, 0.15), (0.1, 0.3, 0.45), (0.2, 0.2, 0.2)))
    colour(c, *accent)
    c.text(50, 50, vendor, fit(vendor, 300, 17, "F2"), "F2")
    ink(c, 0.0)
    c.text(50, 72, trade, 9.5, "F1")
    rows_at(
        c,
        50,
        92,
        (
            f"NIF: {nif(m)}",
            v_street,
            f"{v_cp}{m.digits(2)} {v_city} ({v_prov})",
            f"Tel. {phone}",
            mail,
        ),
        8.5,
        "F1",
        11.5,
    )
    colour(c, *accent)
    c.right(545, 48, "FACTURA", 24, "F2")
    ink(c, 0.0)
    info = [("Nº de factura", number), ("Fecha", fmt(d, "%d/%m/%Y"))]
    info.append(("Vencimiento", fmt(due, "%d/%m/%Y")))
    if po:
        info.append(("Su referencia", po))
    for i, (k, v) in enumerate(info):
        c.text(370, 84 + 14 * i, k, 8.5, "F2")
        c.right(545, 84 + 14 * i, v, 9)
    top = 170.0
    c.box(300, top, 245, 84, 0.6)
    c.text(308, top + 7, "CLIENTE", 7.5, "F2")
    rows_at(
        c,
        308,
        top + 21,
        (
            client,
            f"CIF: {m.pick('ABB')}{m.digits(8)}",
            c_street,
            f"{c_cp}{m.digits(2)} {c_city} ({c_prov})",
        ),
        9,
        "F1",
        13,
    )
    top = 290.0
    heads = ((50, "CONCEPTO", "l"), (370, "CANTIDAD", "r"), (450, "PRECIO", "r"))
    heads += ((545, "IMPORTE", "r"),)
    for x, h, a in heads:
        (c.right if a == "r" else c.text)(x, top, h, 8, "F2")
    c.line(50, top + 13, 545, top + 13, 0.8)
    y = top + 22
    for concept, qty, decimals, price, amount in lines:
        c.text(50, y, concept, fit(concept, 270, 9.5))
        c.right(370, y, es_quantity(qty, decimals), 9.5)
        c.right(450, y, euros(price), 9.5)
        c.right(545, y, euros(amount), 9.5)
        y += 20
    y += 26
    c.line(330, y - 8, 545, y - 8, 0.4)
    for k, v in (
        ("BASE IMPONIBLE", base),
        ("IVA 21 %", iva),
        (f"RETENCIÓN IRPF {irpf_rate} %", -irpf),
    ):
        c.text(340, y, k, 9)
        c.right(545, y, euros(v), 9.5)
        y += 16
    fill(c, 330, y - 2, 215, 22, (0.93, 0.93, 0.93))
    c.text(340, y + 4, "TOTAL FACTURA", 10.5, "F2")
    c.right(545, y + 4, euros(total), 11, "F2")
    y += 52
    c.text(50, y, "FORMA DE PAGO", 8, "F2")
    iban = f"ES{m.digits(2)} {m.digits(4)} {m.digits(4)} {m.digits(2)} {m.digits(10)}"
    rows_at(
        c,
        50,
        y + 13,
        (
            "Transferencia bancaria a la cuenta:",
            f"IBAN {iban}",
            f"Titular: {vendor}",
            f"Indique el nº de factura {number} en el concepto de la transferencia.",
        ),
        8.5,
        "F1",
        12,
    )
    _paragraph(
        c,
        50,
        760,
        f"Factura sujeta a retención del {irpf_rate} % a cuenta del IRPF (art. 101 de la Ley "
        "35/2006). De conformidad con el Reglamento (UE) 2016/679, le informamos de que sus datos "
        "se tratan con la única finalidad de gestionar la relación comercial; puede ejercer sus "
        f"derechos de acceso, rectificación y supresión escribiendo a {mail}.",
        495,
        6.5,
        "F1",
    )
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": client,
        "ID": number,
        "DATE": d.isoformat(),
        "SUBTOTAL": base,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


# (firm, trade, licence prefix, services, materials, work performed)
SERVICE_FIRMS = (
    (
        "Summit Comfort Heating & Air",
        "HVAC",
        (
            ("Diagnostic / service call", (89, 129), (1, 1)),
            ("Labor - HVAC technician (hr)", (95, 145), (1, 4)),
            ("Refrigerant R-410A (per lb)", (65, 95), (2, 5)),
        ),
        (
            ("Run capacitor 45/5 MFD 440V", (28, 65), (1, 1)),
            ("Contactor 2-pole 30A", (35, 70), (1, 1)),
            ("Pleated air filter 16x25x1", (9, 18), (1, 4)),
            ("Condensate pump", (70, 130), (1, 1)),
            ("Blower motor 1/2 HP", (210, 390), (1, 1)),
        ),
        "Customer reported no cooling upstairs. Found failed run capacitor and pitted contactor "
        "on the condensing unit; replaced both, checked refrigerant charge and superheat, cleaned "
        "the condensate line and tested the system. Cooling normally at an 18 F split.",
    ),
    (
        "BlueLine Plumbing & Drain",
        "Plumbing",
        (
            ("Service call / trip charge", (59, 99), (1, 1)),
            ("Labor - plumber (hr)", (110, 165), (1, 5)),
            ("Hydro-jetting main line", (350, 650), (1, 1)),
        ),
        (
            ("Water heater 50 gal gas", (780, 1250), (1, 1)),
            ("Wax ring and closet bolts", (8, 16), (1, 2)),
            ("PEX-A tubing 3/4 in (per ft)", (1.1, 2.2), (10, 40)),
            ("Toilet fill valve", (14, 29), (1, 2)),
            ("Quarter-turn shutoff valve 1/2 in", (12, 24), (1, 3)),
        ),
        "Main line backing up into the basement floor drain. Cleared the line from the cleanout, "
        "camera inspection showed root intrusion at 42 ft; hydro-jetted the line and replaced the "
        "leaking shutoff valves under the kitchen sink. Advised annual maintenance.",
    ),
    (
        "BrightSpark Electric LLC",
        "Electrical",
        (
            ("Service call", (79, 119), (1, 1)),
            ("Labor - licensed electrician (hr)", (95, 150), (1, 6)),
            ("Permit and inspection fee", (85, 250), (1, 1)),
        ),
        (
            ("20A GFCI receptacle", (18, 32), (1, 4)),
            ("Breaker 20A single pole", (12, 28), (1, 3)),
            ("12/2 NM-B cable (per ft)", (0.9, 1.6), (20, 80)),
            ('LED recessed light 6"', (22, 45), (2, 8)),
            ("Whole-home surge protector", (150, 290), (1, 1)),
        ),
        "Installed new 20A circuit for the garage, replaced tripping GFCI receptacles in the "
        "kitchen and bath, installed recessed lighting in the living room and a surge protector "
        "at the main panel. Tested all circuits; panel labeled.",
    ),
    (
        "Evergreen Garage Door Co.",
        "Garage doors",
        (
            ("Service call", (69, 99), (1, 1)),
            ("Labor - door technician (hr)", (90, 130), (1, 3)),
        ),
        (
            ("Torsion spring pair (oil tempered)", (180, 320), (1, 1)),
            ("Nylon roller set (10)", (35, 70), (1, 1)),
            ("Lift cables (pair)", (30, 55), (1, 1)),
            ("Safety sensor kit", (55, 95), (1, 1)),
        ),
        "Broken torsion spring on 16x7 door. Replaced both springs, cables and rollers, "
        "realigned the safety sensors, lubricated the hardware and balanced the door. Opener "
        "force and travel limits adjusted.",
    ),
)
TECHS = ("Marcus T.", "Dana R.", "Luis G.", "Kevin P.", "Tyler S.", "Ana M.", "Josh W.")


def invoice_field_service(m: Maker) -> Layout:
    """A home-service contractor's invoice as a field-service app e-mails it to the customer
    and prints it on a letter page: the firm's name, licence number and contact lines with
    "INVOICE" and the number; a row of tiles at the top with the amount due (or "Paid in
    full"), the due date and the invoice date; "Bill to" and "Service address" side by side
    with the job number, the technician and the completion date; the work performed as a
    paragraph; the services and the materials as two tables without rules; the subtotal, a
    member discount, the sales tax on materials, the total, the payment taken on site and the
    amount due; the customer's approval signed on the technician's tablet."""
    firm, trade, services, materials, work = m.pick(SERVICE_FIRMS)
    f_street, f_city = m.address()
    phone = m.phone()
    slug = firm.split()[0].lower()
    commercial = m.chance(0.35)
    if commercial:
        customer = f"{m.company()}"
        attn = f"Attn: {m.pick(FIRST)} {m.pick(LAST)}"
    else:
        customer = f"{m.pick(FIRST)} {m.pick(LAST)}"
        attn = ""
    b_street, b_city = m.address()
    s_street, s_city = (b_street, b_city) if not commercial and m.chance(0.7) else m.address()
    done = m.date()
    issued = done if m.chance(0.7) else done + dt.timedelta(days=m.r.randint(1, 3))
    terms = m.pick((0, 15, 30)) if commercial else m.pick((0, 0, 15))
    due = issued + dt.timedelta(days=terms)
    number = m.pick((m.digits(5), f"INV-{m.digits(5)}", f"{m.digits(3)}-{m.digits(4)}"))
    job = m.digits(m.pick((4, 5)))
    po = m.pick(("", f"PO {m.digits(6)}", f"WO-{m.digits(5)}")) if commercial else ""
    svc = []
    chosen = m.r.sample(services, m.r.randint(1, len(services)))
    for name, (lo, hi), (q0, q1) in sorted(chosen, key=services.index):
        qty = float(m.r.randint(q0, q1))
        if "(hr)" in name:
            qty += m.pick((0.0, 0.5))
        price = m.amount(lo, hi)
        svc.append((name, qty, price, round(qty * price, 2)))
    mat = []
    for name, (lo, hi), (q0, q1) in m.r.sample(materials, m.r.randint(1, 3)):
        qty = float(m.r.randint(q0, q1))
        price = m.amount(lo, hi)
        mat.append((name, qty, price, round(qty * price, 2)))
    labor = round(sum(x[3] for x in svc), 2)
    parts = round(sum(x[3] for x in mat), 2)
    subtotal = round(labor + parts, 2)
    discount = round(labor * 0.1, 2) if m.chance(0.35) else 0.0
    rate = m.pick((0.0625, 0.07, 0.0725, 0.08, 0.0825))
    tax = round(parts * rate, 2)
    total = round(subtotal - discount + tax, 2)
    paid = m.chance(0.35) and terms == 0
    last4 = m.digits(4)
    due_now = 0.0 if paid else total
    c = Canvas()
    brand = m.pick(((0.0, 0.38, 0.6), (0.1, 0.45, 0.25), (0.75, 0.3, 0.05), (0.35, 0.2, 0.55)))
    fill(c, 36, 30, 40, 40, brand)
    white(c)
    c.centre(56, 42, "".join(w[0] for w in firm.split()[:2]), 15, "F2")
    ink(c, 0.0)
    c.text(86, 30, firm, fit(firm, 280, 15, "F2"), "F2")
    c.text(86, 49, f"{f_street}, {f_city}", 8)
    c.text(86, 59, f"{phone}  |  office@{slug}pros.com  |  www.{slug}pros.com", 8)
    c.text(86, 69, f"{trade} Contractor Lic. #{m.pick('ABCEM')}{m.digits(6)}", 7.5)
    c.right(576, 30, "INVOICE", 18, "F2")
    c.right(576, 52, f"#{number}", 11)
    top = 90.0
    tiles = (
        ("Amount due" if not paid else "Status", usd(due_now) if not paid else "Paid in full"),
        ("Due date", short_date(due) if terms else "Upon receipt"),
        ("Invoice date", short_date(issued)),
    )
    for i, (k, v) in enumerate(tiles):
        x = 36 + 184 * i
        fill(c, x, top, 172, 46, (0.95, 0.96, 0.97) if i else (0.9, 0.94, 0.97))
        c.text(x + 10, top + 8, k, 8)
        c.text(x + 10, top + 22, v, 15 if i == 0 else 12, "F2")
    top = 152.0
    blocks = (
        ("BILL TO", [customer, *([attn] if attn else []), b_street, b_city]),
        ("SERVICE ADDRESS", [s_street, s_city]),
    )
    for j, (title, lines) in enumerate(blocks):
        x = 36 + 200 * j
        c.text(x, top, title, 7, "F2")
        rows_at(c, x, top + 12, lines, 9, "F1", 12)
    facts = [("Job #", job), ("Technician", m.pick(TECHS)), ("Completed", short_date(done))]
    if po:
        facts.append(("Customer PO", po))
    for i, (k, v) in enumerate(facts):
        c.text(420, top + 12 * i, k, 8, "F2")
        c.right(576, top + 12 * i, v, 8.5)
    top = 226.0
    c.text(36, top, "WORK PERFORMED", 7, "F2")
    top = _paragraph(c, 36, top + 12, work, 540, 8.5, "F1") + 10

    def table(top: float, title: str, rows: list[tuple[str, float, float, float]]) -> float:
        c.text(36, top, title, 9, "F2")
        for x, h in ((400, "Qty"), (480, "Price"), (576, "Amount")):
            c.right(x, top, h, 7.5, "F2")
        y = top + 15
        for name, qty, price, amount in rows:
            c.text(36, y, name, 9)
            c.right(400, y, f"{qty:g}", 9)
            c.right(480, y, usd(price), 9)
            c.right(576, y, usd(amount), 9)
            y += 14
        return y + 8

    top = table(top, "Services", svc)
    top = table(top, "Materials", mat)
    c.line(360, top, 576, top, 0.5)
    y = top + 8
    rows = [("Subtotal", usd(subtotal))]
    if discount:
        rows.append(("Member discount (10% of labor)", f"-{usd(discount)}"))
    rows.append((f"Sales tax on materials ({rate * 100:g}%)", usd(tax)))
    for k, v in rows:
        c.text(360, y, k, 8.5)
        c.right(576, y, v, 9)
        y += 14
    c.text(360, y + 2, "Total", 10.5, "F2")
    c.right(576, y + 2, usd(total), 10.5, "F2")
    y += 18
    if paid:
        brand_card = m.pick(("Visa", "Mastercard", "Amex", "Discover"))
        c.text(360, y, f"Payment - {brand_card} \u2022\u2022\u2022\u2022 {last4}", 8.5)
        c.right(576, y, f"-{usd(total)}", 9)
        y += 14
    c.line(360, y, 576, y, 0.5)
    c.text(360, y + 5, "Amount due", 10.5, "F2")
    c.right(576, y + 5, usd(due_now), 10.5, "F2")
    y = max(y + 40, 560.0)
    c.text(36, y, "CUSTOMER APPROVAL", 7, "F2")
    signer = attn[6:] if attn else customer
    hand(c, 46, y + 14, signer, 15)
    c.line(36, y + 34, 250, y + 34, 0.5)
    c.text(36, y + 37, f"Signed on device {short_date(done)} by {signer}", 7)
    _paragraph(
        c,
        300,
        y,
        "Work is guaranteed for one year on labor; parts carry the manufacturer's warranty. "
        "Balances not paid by the due date are subject to a 1.5% monthly service charge. Pay "
        f"online at pay.{slug}pros.com with invoice #{number} or call the office.",
        276,
        7,
        "F1",
    )
    c.centre(306, 752, f"Thank you for choosing {firm}!", 8.5, "F2")
    truth: Truth = {
        "VENDORNAME": firm,
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


def payslip_fresh14(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """31: a German Entgeltabrechnung; 32: a payroll app's pay statement saved as phone
    screenshots."""
    return (*(payslip_germany if t == 31 else payslip_app)(m), f"t{t}")


DE_FIRMS = (
    ("Brandt Maschinenbau GmbH", "Industriestraße 12", "70565 Stuttgart", "BW"),
    ("Hofmann Logistik GmbH & Co. KG", "Hafenstraße 81", "28217 Bremen", "HB"),
    ("Schulte Elektrotechnik GmbH", "Gewerbepark 4", "44149 Dortmund", "NW"),
    ("Bäckerei Wagner GmbH", "Marktplatz 3", "93047 Regensburg", "BY"),
    ("Krüger IT-Services GmbH", "Friedrichstraße 140", "10117 Berlin", "BE"),
    ("Neumann Medizintechnik AG", "Am Technologiepark 9", "91058 Erlangen", "BY"),
    ("Lange & Partner Steuerberatung PartG mbB", "Königsallee 60", "40212 Düsseldorf", "NW"),
)
DE_FIRST = (
    ("Lukas", "Herrn"),
    ("Anna", "Frau"),
    ("Jonas", "Herrn"),
    ("Laura", "Frau"),
    ("Felix", "Herrn"),
    ("Sophie", "Frau"),
    ("Maximilian", "Herrn"),
    ("Lea", "Frau"),
    ("Tobias", "Herrn"),
    ("Julia", "Frau"),
    ("Jürgen", "Herrn"),
    ("Katrin", "Frau"),
)
DE_LAST = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Hoffmann",
    "Koch",
    "Richter",
    "Wolf",
    "Schröder",
    "Krause",
)
DE_TOWNS = (
    "10115 Berlin",
    "70176 Stuttgart",
    "80331 München",
    "50667 Köln",
    "28195 Bremen",
    "44135 Dortmund",
    "90402 Nürnberg",
    "40213 Düsseldorf",
)
DE_STREETS = (
    "Lindenstraße",
    "Hauptstraße",
    "Gartenweg",
    "Schillerstraße",
    "Am Mühlbach",
    "Ringstr.",
)
DE_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
DE_KASSEN = (
    "AOK Baden-Württemberg",
    "Techniker Krankenkasse",
    "BARMER",
    "DAK-Gesundheit",
    "IKK classic",
)


def payslip_germany(m: Maker) -> Layout:
    """A German monthly pay statement ("Abrechnung der Brutto/Netto-Bezüge") as payroll
    software prints it on A4 for the window envelope: the employer's return line and the
    employee's address with "Herrn" or "Frau" over the name; a box of personal data (Personal-
    Nr., birth date, entry date, tax class, child allowances, denomination, tax ID, social
    insurance number, health insurer, contribution group); the month and the period as
    01.03.2024 - 31.03.2024; the pay items by wage type (Lohnart) with quantity and factor; the
    Gesamt-Brutto; the tax block (Steuer-Brutto, Lohnsteuer, Solidaritätszuschlag,
    Kirchensteuer) and the social insurance block (KV, RV, AV, PV bases and contributions) as
    rows of captioned cells; the net deductions; the summary down to the Auszahlungsbetrag with
    the total of the deductions; the transfer date and IBAN; the year's cumulative values;
    amounts as 1.234,56."""
    firm, f_street, f_town, land = m.pick(DE_FIRMS)
    first, salutation = m.pick(DE_FIRST)
    last = m.pick(DE_LAST)
    street = f"{m.pick(DE_STREETS)} {m.r.randint(1, 90)}{m.pick(('', '', 'a', 'b'))}"
    town = m.pick(DE_TOWNS)
    pers = m.pick((f"{m.r.randint(1, 9999):05d}", m.digits(4), f"{m.r.randint(100, 999)}"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    paid = end - dt.timedelta(days=m.pick((0, 1, 2, 3)))
    while paid.weekday() >= 5:
        paid -= dt.timedelta(days=1)
    born = m.date(dt.date(1962, 1, 1), 14000)
    entered = m.date(dt.date(2008, 1, 1), 5400)
    if entered > start:
        entered = start - dt.timedelta(days=m.r.randint(40, 2000))
    klass = m.pick(("1", "1", "3", "4", "4", "5"))
    children = m.pick(("0,0", "0,0", "0,5", "1,0", "2,0"))
    confession = m.pick(("rk", "ev", "--", "--", "--"))
    items: list[tuple[str, str, str, str, float]] = []
    if m.chance(0.65):
        salary = round(m.r.uniform(2600, 6900) / 5) * 5.0
        items.append(("1000", "Gehalt", "", "", salary))
    else:
        rate = m.amount(14.2, 27.5)
        hours = float(m.pick((151.67, 160.0, 168.0, 173.33, 120.0)))
        items.append(
            ("1010", "Stundenlohn", f"{euro(hours)} Std", euro(rate), round(rate * hours, 2))
        )
        salary = items[0][4]
    if m.chance(0.4):
        ot = m.pick((4.0, 6.5, 8.0, 12.0))
        base_rate = salary / 173.33
        items.append(
            (
                "1200",
                "Überstunden 25 %",
                f"{euro(ot)} Std",
                euro(round(base_rate * 1.25, 2)),
                round(ot * base_rate * 1.25, 2),
            )
        )
    vwl = m.pick((0.0, 0.0, 26.59, 40.0))
    if vwl:
        items.append(("3100", "VWL AG-Anteil", "", "", vwl))
    if start.month == 11 and m.chance(0.6):
        items.append(("2200", "Weihnachtsgeld", "", "", round(salary * m.pick((0.5, 1.0)), 2)))
    if start.month == 6 and m.chance(0.5):
        items.append(("2100", "Urlaubsgeld", "", "", round(salary * 0.5, 2)))
    gross = round(sum(x[4] for x in items), 2)
    share = {"1": 0.21, "4": 0.21, "3": 0.12, "5": 0.33}[klass]
    lst = round(max(0.0, (gross - 1250) * share * m.r.uniform(0.9, 1.05)), 2)
    soli = round(lst * 0.055, 2) if lst > 1700 else 0.0
    kist = round(lst * (0.08 if land in ("BY", "BW") else 0.09), 2) if confession != "--" else 0.0
    taxes = round(lst + soli + kist, 2)
    kv_base, rv_base = min(gross, 5175.0), min(gross, 7550.0)
    pv_rate = 0.017 if children != "0,0" else 0.023
    kv = round(kv_base * 0.0815, 2)
    rv = round(rv_base * 0.093, 2)
    av = round(rv_base * 0.013, 2)
    pv = round(kv_base * pv_rate, 2)
    social = round(kv + rv + av + pv, 2)
    netto = round(gross - taxes - social, 2)
    other: list[tuple[str, str, float]] = []
    if vwl:
        other.append(("8900", "VWL-Überweisung", round(vwl + m.pick((0.0, 0.0, 13.41)), 2)))
    if m.chance(0.3):
        other.append(("8810", "Kantinenessen", m.amount(18, 65)))
    if m.chance(0.1):
        other.append(("8800", "Vorschuss-Verrechnung", float(m.pick((100, 200, 250)))))
    other_total = round(sum(x[2] for x in other), 2)
    payout = round(netto - other_total, 2)
    deducted = round(taxes + social + other_total, 2)
    months = start.month if entered.year < start.year else start.month - entered.month + 1
    lift = m.r.uniform(0.97, 1.0) if months > 1 else 1.0
    ytd_gross = round(gross * months * lift, 2)
    iban = f"DE{m.digits(2)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(2)}"
    c = Canvas(595.0, 842.0)
    c.text(57, 40, firm, 13, "F2")
    c.text(57, 56, f"{f_street} \xb7 {f_town}", 8)
    c.text(
        57,
        118,
        f"{firm} \xb7 {f_street} \xb7 {f_town}",
        fit(f"{firm} \xb7 {f_street} \xb7 {f_town}", 230, 6),
    )
    c.line(57, 126, 290, 126, 0.3)
    rows_at(c, 57, 134, (salutation, f"{first} {last}", street, town), 10, "F1", 13)
    facts = (
        ("Personal-Nr.", pers),
        ("Geburtsdatum", fmt(born, "%d.%m.%Y")),
        ("Eintritt", fmt(entered, "%d.%m.%Y")),
        ("Steuerklasse", klass),
        ("Kinderfrb.", children),
        ("Konfession", confession),
        ("St.-IdNr.", f"{m.digits(2)} {m.digits(3)} {m.digits(3)} {m.digits(3)}"),
        ("SV-Nummer", f"{m.digits(2)} {born:%d%m%y} {last[0].upper()} {m.digits(3)}"),
        ("Krankenkasse", m.pick(DE_KASSEN)),
        ("Beitragsgruppe", "1111"),
    )
    c.box(330, 76, 208, 14 + 11 * len(facts), 0.5)
    for i, (k, v) in enumerate(facts):
        c.text(336, 83 + 11 * i, k, 7)
        c.text(412, 83 + 11 * i, v, fit(v, 122, 7.5), "F2" if k == "Personal-Nr." else "F1")
    top = 222.0
    title = f"Abrechnung der Brutto/Netto-Bezüge für {DE_MONTHS[start.month - 1]} {start.year}"
    c.text(57, top, title, 11.5, "F2")
    c.text(
        57, top + 17, f"Abrechnungszeitraum: {fmt(start, '%d.%m.%Y')} - {fmt(end, '%d.%m.%Y')}", 8.5
    )
    top += 40
    cols = (
        (57, "Lohnart", "l"),
        (100, "Bezeichnung", "l"),
        (330, "Menge", "r"),
        (390, "Faktor", "r"),
    )
    cols += ((420, "St", "l"), (445, "SV", "l"), (538, "Betrag", "r"))
    c.shade(57, top - 3, 481, 14, 0.9)
    for x, h, a in cols:
        (c.right if a == "r" else c.text)(x, top, h, 7.5, "F2")
    y = top + 16
    for code, name, qty, factor, amount in items:
        cells = (code, name, qty, factor, "L", "L", euro(amount))
        for (x, _, a), s in zip(cols, cells, strict=True):
            (c.right if a == "r" else c.text)(x, y, s, 8.5)
        y += 12
    c.line(330, y + 1, 538, y + 1, 0.4)
    c.text(330, y + 5, "Gesamt-Brutto", 9, "F2")
    c.right(538, y + 5, euro(gross), 9, "F2")
    y += 26

    def cells(top: float, title: str, rows: list[list[tuple[str, float]]], total: float) -> float:
        c.text(57, top, title, 8.5, "F2")
        c.right(538, top, euro(total), 8.5, "F2")
        top += 13
        for row in rows:
            w = 481 / len(row)
            for i, (k, v) in enumerate(row):
                x = 57 + w * i
                c.box(x, top, w, 24, 0.3)
                c.text(x + 3, top + 2.5, k, 6)
                c.right(x + w - 4, top + 12, euro(v), 8.5)
            top += 24
        return top + 10

    y = cells(
        y,
        "Steuerrechtliche Abzüge",
        [
            [
                ("Steuer-Brutto", gross),
                ("Lohnsteuer", lst),
                ("Solidaritätszuschlag", soli),
                ("Kirchensteuer", kist),
            ]
        ],
        taxes,
    )
    y = cells(
        y,
        "SV-rechtliche Abzüge",
        [
            [
                ("KV-Brutto", kv_base),
                ("RV-Brutto", rv_base),
                ("AV-Brutto", rv_base),
                ("PV-Brutto", kv_base),
            ],
            [("KV-Beitrag", kv), ("RV-Beitrag", rv), ("AV-Beitrag", av), ("PV-Beitrag", pv)],
        ],
        social,
    )
    if other:
        c.text(57, y, "Be- und Abzüge", 8.5, "F2")
        y += 13
        for code, name, amount in other:
            c.text(57, y, code, 8.5)
            c.text(100, y, name, 8.5)
            c.right(538, y, f"-{euro(amount)}", 8.5)
            y += 12
        y += 8
    y += 4
    summary = [
        ("Gesamt-Brutto", euro(gross)),
        ("Steuerrechtliche Abzüge", f"-{euro(taxes)}"),
        ("SV-rechtliche Abzüge", f"-{euro(social)}"),
        ("Nettoverdienst", euro(netto)),
    ]
    if other:
        summary.append(("Be- und Abzüge", f"-{euro(other_total)}"))
    summary.append(("Gesamtabzüge", euro(deducted)))
    c.box(300, y - 5, 238, 14 * len(summary) + 30, 0.5)
    for i, (k, v) in enumerate(summary):
        bold = "F2" if k == "Nettoverdienst" else "F1"
        c.text(308, y + 14 * i, k, 8.5, bold)
        c.right(532, y + 14 * i, v, 8.5, bold)
    y += 14 * len(summary)
    c.shade(300, y + 1, 238, 19, 0.88)
    c.text(308, y + 6, "Auszahlungsbetrag", 10, "F2")
    c.right(532, y + 6, euro(payout), 10, "F2")
    rows_at(
        c,
        57,
        y - 14 * len(summary) + 2,
        (
            "Überweisung",
            f"am {fmt(paid, '%d.%m.%Y')}",
            f"IBAN {iban}",
            f"BIC {m.pick(('COBADEFFXXX', 'GENODEF1S04', 'BYLADEM1001', 'DEUTDEDBXXX'))}",
            f"Betrag {euro(payout)} EUR",
        ),
        8,
        "F1",
        11,
    )
    y += 46
    k3 = months
    yearly = (
        ("Gesamt-Brutto", ytd_gross),
        ("Steuer-Brutto", ytd_gross),
        ("Lohnsteuer", round(lst * k3 * lift, 2)),
        ("Kirchensteuer", round(kist * k3 * lift, 2)),
        ("KV-Brutto", round(min(ytd_gross, kv_base * k3), 2)),
        ("RV-Brutto", round(min(ytd_gross, rv_base * k3), 2)),
    )
    c.text(57, y, f"Jahreswerte {start.year} (kumuliert)", 8.5, "F2")
    w = 481 / len(yearly)
    for i, (k, v) in enumerate(yearly):
        x = 57 + w * i
        c.box(x, y + 12, w, 24, 0.3)
        c.text(x + 3, y + 14.5, k, 6)
        c.right(x + w - 4, y + 24, euro(v), 8.5)
    c.line(57, 800, 538, 800, 0.3)
    c.text(57, 804, f"{firm} \xb7 Lohnabrechnung \xb7 vertraulich", 6.5)
    c.right(538, 804, "Seite 1 von 1", 6.5)
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": pers,
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": payout,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": deducted,
    }
    return [c], truth


PAY_APPS = (
    ("Paylane", (0.36, 0.2, 0.75)),
    ("WorkWallet", (0.0, 0.5, 0.45)),
    ("MyPayday", (0.05, 0.35, 0.7)),
    ("CrewPay", (0.85, 0.35, 0.1)),
)
TAX_NAMES = {"federal": "Federal Income Tax", "ss": "Social Security", "medicare": "Medicare"}


def payslip_app(m: Maker) -> Layout:
    """A pay statement in an employee's payroll app, saved as a run of phone screenshots into
    a PDF, one screen to a page: the status bar and the app's bar ("< Pay statement"); the
    employer, the net pay in large type, where it was deposited and the pay period as
    "Mar 1 - Mar 14, 2024"; a summary card with This period and Year to date columns (gross pay,
    taxes & deductions, net pay); on the next screens the earnings with hours and rate, the
    taxes, the deductions, the deposit and a details card (employee, employee ID, pay date,
    pay period in full, company, advice number); the tab bar at the foot of every screen."""
    p = make_pay(m)
    app, tint = m.pick(PAY_APPS)
    gross, ytd_gross, taken, ytd_taken, net, ytd_net = p.totals()
    acct = m.digits(4)
    clock = f"{m.r.randint(7, 11)}:{m.r.randint(0, 59):02d}"
    battery = f"{m.r.randint(18, 99)}%"
    advice = m.digits(m.pick((7, 9)))
    w, h = 390.0, 844.0
    pages: list[Canvas] = []

    def screen(title: str) -> Canvas:
        c = Canvas(w, h)
        c.text(28, 16, clock, 11, "F2")
        c.right(362, 17, f"5G  {battery}", 9, "F2")
        c.text(18, 46, "\u2039", 28, "F1")
        c.centre(w / 2, 54, title, 13, "F2")
        colour(c, *tint)
        c.right(370, 56, app, 8, "F2")
        ink(c, 0.0)
        c.line(0, 80, w, 80, 0.3)
        c.line(0, 780, w, 780, 0.3)
        for i, tab in enumerate(("Home", "Pay", "Taxes", "Time off", "Profile")):
            x = 39 + 78 * i
            if tab == "Pay":
                colour(c, *tint)
            c.centre(x, 800, "\u2022", 14, "F2")
            c.centre(x, 818, tab, 8, "F2" if tab == "Pay" else "F1")
            ink(c, 0.0)
        pages.append(c)
        return c

    def card(c: Canvas, top: float, title: str, rows: list[tuple[str, str, str, str]]) -> float:
        """A rounded card (drawn square) with a title and rows of (label, detail, amount, YTD)."""
        height = 34 + 32 * len(rows)
        fill(c, 16, top, w - 32, height, (0.965, 0.965, 0.975))
        c.text(28, top + 12, title, 11, "F2")
        c.right(300, top + 14, "Current", 7.5)
        c.right(362, top + 14, "YTD", 7.5)
        y = top + 34
        for label, detail, amount, ytd in rows:
            c.text(28, y, label, fit(label, 190, 9.5), "F2" if label.startswith("Total") else "F1")
            if detail:
                colour(c, 0.42, 0.42, 0.45)
                c.text(28, y + 12, detail, 7.5)
                ink(c, 0.0)
            c.right(300, y, amount, 9.5, "F2" if label.startswith("Total") else "F1")
            colour(c, 0.42, 0.42, 0.45)
            c.right(362, y, ytd, 8.5)
            ink(c, 0.0)
            y += 32
        return top + height + 14

    c = screen("Pay statement")
    colour(c, 0.4, 0.4, 0.43)
    c.text(24, 98, p.company.upper(), fit(p.company.upper(), 340, 8, "F2"), "F2")
    ink(c, 0.0)
    c.text(24, 114, f"Hi {p.first}, here is your pay for", 10)
    c.text(24, 128, span(p.start, p.end), 10, "F2")
    c.text(24, 158, "Net pay", 10)
    colour(c, *tint)
    c.text(24, 172, usd(net), 34, "F2")
    ink(c, 0.0)
    c.text(24, 214, f"Pay date {short_date(p.paid)}", 9.5)
    c.text(24, 228, f"Deposited to Checking \u2022\u2022\u2022\u2022{acct}", 9.5)
    top = 256.0
    fill(c, 16, top, w - 32, 150, (0.965, 0.965, 0.975))
    c.text(28, top + 12, "Summary", 11, "F2")
    c.right(270, top + 14, "This period", 8)
    c.right(362, top + 14, "Year to date", 8)
    rows = (
        ("Gross pay", gross, ytd_gross),
        ("Taxes & deductions", -taken, -ytd_taken),
        ("Net pay", net, ytd_net),
    )
    for i, (k, v, yv) in enumerate(rows):
        y = top + 38 + 24 * i
        bold = "F2" if k == "Net pay" else "F1"
        c.text(28, y, k, 10, bold)
        c.right(270, y, ("-" if v < 0 else "") + usd(abs(v)), 10, bold)
        c.right(362, y, ("-" if yv < 0 else "") + usd(abs(yv)), 9, bold)
    bar = w - 56
    y = top + 118
    fill(c, 28, y, bar * net / gross, 10, tint)
    fill(c, 28 + bar * net / gross, y, bar * taken / gross, 10, (0.8, 0.8, 0.84))
    c.text(28, y + 16, f"You kept {100 * net / gross:.0f}% of your gross pay", 7.5)
    top += 166
    hours = sum(e[2] for e in p.earnings)
    c.text(24, top, f"Hours this period: {hours:g}", 9.5)
    c.text(24, top + 16, f"Hourly rate: {usd(p.earnings[0][1])}", 9.5)
    c.text(24, top + 44, "Scroll for earnings, taxes and deductions", 8)
    earn_rows = [
        (name, f"{hrs:g} hrs x {usd(rate)}", usd(cur), usd(ytd))
        for name, rate, hrs, cur, ytd in p.earnings
    ]
    earn_rows.append(("Total gross pay", "", usd(gross), usd(ytd_gross)))
    state = p.state
    tax_rows = [
        (TAX_NAMES.get(k, f"{state} State Income Tax"), "", usd(cur), usd(ytd))
        for k, cur, ytd in p.taxes
    ]
    tax_total = round(sum(x[1] for x in p.taxes), 2)
    tax_rows.append(("Total taxes", "", usd(tax_total), usd(sum(x[2] for x in p.taxes))))
    c = screen("Pay statement")
    top = card(c, 96, "Earnings", earn_rows)
    top = card(c, top, "Taxes", tax_rows)
    c = screen("Pay statement")
    top = 96.0
    if p.deductions:
        ded_rows = [
            (name, "Pre-tax" if pre else "After-tax", usd(cur), usd(ytd))
            for name, pre, cur, ytd in p.deductions
        ]
        ded_total = round(sum(x[2] for x in p.deductions), 2)
        ded_rows.append(
            ("Total deductions", "", usd(ded_total), usd(sum(x[3] for x in p.deductions)))
        )
        top = card(c, top, "Deductions", ded_rows)
    fill(c, 16, top, w - 32, 64, (0.965, 0.965, 0.975))
    c.text(28, top + 12, "Deposits", 11, "F2")
    c.text(28, top + 36, f"Checking \u2022\u2022\u2022\u2022{acct}", 9.5)
    c.right(362, top + 36, usd(net), 9.5)
    top += 78
    details = (
        ("Employee", p.full),
        ("Employee ID", p.emp_no),
        ("Pay date", fmt(p.paid, "%m/%d/%Y")),
        ("Pay period", f"{fmt(p.start, '%m/%d/%Y')} - {fmt(p.end, '%m/%d/%Y')}"),
        ("Company", p.company),
        ("Company address", f"{p.c_street}, {p.c_city}"),
        ("Advice number", advice),
    )
    fill(c, 16, top, w - 32, 34 + 30 * len(details), (0.965, 0.965, 0.975))
    c.text(28, top + 12, "Details", 11, "F2")
    for i, (k, v) in enumerate(details):
        y = top + 34 + 30 * i
        colour(c, 0.42, 0.42, 0.45)
        c.text(28, y, k, 7.5)
        ink(c, 0.0)
        c.text(28, y + 10, v, fit(v, 330, 9.5))
    return pages, pay_truth(p)


# ---------------------------------------------------------------------------------------------
# Bank statements


def bank_statement_fresh14(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """31: a Dutch bank's rekeningafschrift with Af and Bij columns; 32: a Brazilian bank's
    extrato with amounts followed by C or D."""
    fn = statement_dutch if t == 31 else statement_brazil
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


NL_BANKS = (
    ("Polderbank N.V.", "POLD", (0.95, 0.45, 0.0)),
    ("Zuiderzee Bank N.V.", "ZUID", (0.0, 0.35, 0.55)),
    ("Amstelland Spaarbank", "AMSB", (0.0, 0.5, 0.4)),
    ("Rijnmond Bank N.V.", "RIJN", (0.2, 0.25, 0.5)),
)
NL_INITIALS = ("J.P.", "M.", "A.C.", "K.", "S.W.", "H.J.", "E.", "R.M.", "L.", "T.A.")
NL_LAST = (
    "de Vries",
    "van den Berg",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "de Jong",
    "Meijer",
    "van Dijk",
    "Mulder",
    "de Boer",
    "Bos",
)
NL_PLACES = (
    ("1017", "AMSTERDAM"),
    ("3011", "ROTTERDAM"),
    ("2511", "DEN HAAG"),
    ("3511", "UTRECHT"),
    ("5611", "EINDHOVEN"),
    ("9711", "GRONINGEN"),
    ("6811", "ARNHEM"),
)
NL_STREETS = (
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Prinsengracht",
    "Julianalaan",
    "Stationsweg",
)
NL_SHOPS = (
    "Albert Heijn",
    "Jumbo",
    "HEMA",
    "Kruidvat",
    "Action",
    "Lidl",
    "NS Reizigers",
    "Shell Station",
)
# (kind, sign, counterparty, description pattern, amount range)
NL_TXNS = (
    ("BEA", -1, "{shop} {nr} {place}", "Betaalpas {when} pasnr. {pas}", 4, 160),
    ("BEA", -1, "{shop} {nr} {place}", "Betaalpas {when} pasnr. {pas}", 4, 160),
    ("BEA", -1, "{shop} {nr} {place}", "Betaalpas {when} pasnr. {pas}", 4, 160),
    ("iDEAL", -1, "{web}", "Betaling  Kenmerk: {ref}", 9, 240),
    ("Incasso", -1, "{biller}", "Termijn {month}  Machtiging: {mandate}", 18, 190),
    ("Overboeking", -1, "{person}", "Tikkie {what}  IBAN: {iban}", 5, 90),
    ("Overboeking", 1, "{person}", "Terugbetaling {what}  IBAN: {iban}", 5, 120),
    ("Geldautomaat", -1, "Geldautomaat {place}", "Opname {when} pasnr. {pas}", 20, 200),
)
NL_EMPLOYERS = (
    "Visser Techniek B.V.",
    "Bakker Logistiek B.V.",
    "Jansen Bouw B.V.",
    "Zorggroep Rivierenland",
    "Gemeente Utrecht",
    "Meijer Software B.V.",
)
NL_WEB = ("Bol.com b.v.", "Coolblue B.V.", "Thuisbezorgd.nl", "Zalando SE", "NS Groep N.V.")
NL_BILLERS = (
    "Vattenfall Klantenservice N.V.",
    "Ziggo Services B.V.",
    "Zilveren Kruis Zorgverzekeringen",
    "Gemeente Belastingen",
    "Eneco Consumenten B.V.",
    "Odido Netherlands B.V.",
)
NL_WHAT = ("etentje", "boodschappen", "cadeau", "concertkaartjes", "weekendje weg")
NL_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def statement_dutch(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A Dutch bank's monthly rekeningafschrift on A4 in Dutch: the bank's name and logo
    square, "Rekeningafschrift" with the afschrift number; the holder in the address window as
    "De heer J.P. de Vries" with the street and "1017 AB  AMSTERDAM"; the account (IBAN, BIC,
    the kind of account, the holder again under "Tenaamstelling") and the period as
    01-03-2024 t/m 31-03-2024; an overview with the Beginsaldo, Totaal bijgeschreven, Totaal
    afgeschreven and Eindsaldo in euros; then the transactions without rules: the date, the
    counterparty in bold over the kind of payment and its description, reference, mandate or
    IBAN, and the amount in the Af or the Bij column (no running balance), continued on further
    pages; amounts as 1.234,56 and "Blad n van N" with the bank's registration at each foot."""
    bank, code, tint = m.pick(NL_BANKS)
    gender = m.pick(("De heer", "Mevrouw"))
    holder = f"{m.pick(NL_INITIALS)} {m.pick(NL_LAST)}"
    pc, place = m.pick(NL_PLACES)
    postcode = f"{pc} {m.pick('ABCDEGHJKLMNPRSTVWXZ')}{m.pick('ABCDEGHJKLMNPRSTVWXZ')}"
    street = f"{m.pick(NL_STREETS)} {m.r.randint(1, 250)}"
    iban = f"NL{m.digits(2)} {code} {m.digits(4)} {m.digits(4)} {m.digits(2)}"
    acct_type = m.pick(("Betaalrekening", "Betaalrekening", "Privérekening", "Spaarrekening"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    number = f"{start.month}" if m.chance(0.6) else f"{start.year}-{start.month:03d}"
    opening = m.amount(150, 12000)
    bal = opening
    txns = []
    employer = m.pick(NL_EMPLOYERS)
    kvk = m.digits(8)
    savings = acct_type == "Spaarrekening"
    n = m.r.randint(3, 8) if savings else m.r.randint(12, 45)
    days = sorted(m.r.randint(0, (end - start).days) for _ in range(n))
    if not savings and m.chance(0.85):
        days.append(min((end - start).days, m.pick((22, 23, 24, 25))))
        days.sort()
    months_nl = NL_MONTHS
    salary_done = False
    for day in days:
        when = start + dt.timedelta(days=day)
        if savings:
            if m.chance(0.7) or bal < 100:
                own = f"NL{m.digits(2)} {code} {m.digits(4)} {m.digits(4)} {m.digits(2)}"
                kind, sign, who, text = "Overboeking", 1, holder, f"Van betaalrekening  IBAN: {own}"
                amount = float(m.pick((50, 100, 150, 200, 250, 500)))
            else:
                kind, sign, who, text = "Overboeking", -1, holder, "Naar betaalrekening"
                amount = float(m.pick((100, 200, 300)))
        elif not salary_done and day >= 21 and m.chance(0.8):
            salary_done = True
            kind, sign, who = "Overboeking", 1, employer
            text = f"Salaris {months_nl[when.month - 1]} {when.year}  Kenmerk: {m.digits(10)}"
            amount = m.amount(1800, 4600)
        else:
            kind, sign, who_p, text_p, lo, hi = m.pick(NL_TXNS)
            amount = m.amount(lo, hi)
            if sign < 0 and amount > bal:
                kind, sign, who_p, text_p, lo, hi = NL_TXNS[-2]
                amount = m.amount(lo, hi)
            who = who_p.format(
                shop=m.pick(NL_SHOPS),
                nr=m.digits(4),
                place=m.pick(NL_PLACES)[1],
                web=m.pick(NL_WEB),
                biller=m.pick(NL_BILLERS),
                person=f"{m.pick(NL_INITIALS)} {m.pick(NL_LAST)}",
            )
            text = text_p.format(
                when=f"{fmt(when, '%d-%m-%Y')} {m.r.randint(7, 22):02d}:{m.r.randint(0, 59):02d}",
                pas=m.digits(3),
                ref=m.digits(16),
                month=months_nl[when.month - 1],
                mandate=f"{m.pick('ABCDEFGH')}{m.digits(8)}",
                what=m.pick(NL_WHAT),
                iban=f"NL{m.digits(2)}{m.pick(('INGB', 'RABO', 'ABNA', 'SNSB'))}0{m.digits(9)}",
            )
        bal = round(bal + sign * amount, 2)
        txns.append((when, who, kind, text, sign * amount))
    if not savings and bal > 5:
        fee = m.pick((2.95, 3.40, 4.25))
        bal = round(bal - fee, 2)
        txns.append(
            (end, bank, "Kosten", f"Kosten betaalpakket {months_nl[start.month - 1]}", -fee)
        )
    if savings:
        interest = round(max(bal, 0) * m.pick((0.015, 0.02, 0.0175)) / 12, 2)
        if interest:
            bal = round(bal + interest, 2)
            txns.append((end, bank, "Rente", "Rentebijschrijving", interest))
    closing = bal
    credits = round(sum(x[4] for x in txns if x[4] > 0), 2)
    debits = round(-sum(x[4] for x in txns if x[4] < 0), 2)
    bic = f"{code}NL2A"
    period = f"{fmt(start, '%d-%m-%Y')} t/m {fmt(end, '%d-%m-%Y')}"

    def head(c: Canvas, first: bool) -> float:
        fill(c, 40, 34, 30, 30, tint)
        white(c)
        c.centre(55, 42, bank[0], 15, "F2")
        ink(c, 0.0)
        c.text(78, 36, bank, 13, "F2")
        c.text(78, 53, "Rekeningafschrift", 9)
        c.right(555, 36, f"Afschrift {number}", 9, "F2")
        c.right(555, 49, period, 8.5)
        if not first:
            c.text(40, 80, f"{acct_type} {iban}  -  {holder}", 8.5, "F2")
            y = 102.0
        else:
            rows_at(
                c, 330, 110, (f"{gender} {holder}", street, f"{postcode}  {place}"), 10, "F1", 13
            )
            info = (
                ("Rekeningnummer (IBAN)", iban),
                ("BIC", bic),
                ("Soort rekening", acct_type),
                ("Tenaamstelling", holder),
                ("Periode", period),
            )
            for i, (k, v) in enumerate(info):
                c.text(40, 100 + 13 * i, k, 7.5)
                c.text(150, 100 + 13 * i, v, 8.5, "F2" if i == 0 else "F1")
            c.text(40, 188, "Overzicht", 10, "F2")
            summary = (
                (f"{labels[0]} per {fmt(start, '%d-%m-%Y')}", opening),
                (labels[1], credits),
                (labels[2], debits),
                (f"{labels[3]} per {fmt(end, '%d-%m-%Y')}", closing),
            )
            for i, (k, v) in enumerate(summary):
                bold = "F2" if i in (0, 3) else "F1"
                y = 204 + 13 * i
                c.text(40, y, k, 8.5, bold)
                sign = "+ " if i == 1 else "- " if i == 2 else ""
                c.right(330, y, f"{sign}\u20ac {euro(v)}", 8.5, bold)
            y = 270.0
        for x, h, a in (
            (40, "Datum", "l"),
            (110, "Naam / Omschrijving", "l"),
            (470, "Af", "r"),
            (555, "Bij", "r"),
        ):
            (c.right if a == "r" else c.text)(x, y, h, 8, "F2")
        c.line(40, y + 12, 555, y + 12, 0.6)
        return y + 20

    book = Sheets(595.0, 842.0, head, 770)
    for when, who, kind, text, amount in txns:
        lines = wrap(f"{kind}  {text}", 300, 7.5)
        book.room(11 + 9.5 * len(lines) + 8)
        c = book.c
        c.text(40, book.y, fmt(when, "%d-%m-%Y"), 8.5)
        c.text(110, book.y, who, fit(who, 300, 8.5, "F2"), "F2")
        c.right(470 if amount < 0 else 555, book.y, euro(abs(amount)), 8.5)
        colour(c, 0.3, 0.3, 0.3)
        for k, s in enumerate(lines):
            c.text(110, book.y + 11 + 9.5 * k, s, 7.5)
        ink(c, 0.0)
        book.y += 11 + 9.5 * len(lines) + 8
    book.room(40)
    c = book.c
    c.line(380, book.y, 555, book.y, 0.5)
    c.text(110, book.y + 5, "Totaal", 8.5, "F2")
    c.right(470, book.y + 5, euro(debits), 8.5, "F2")
    c.right(555, book.y + 5, euro(credits), 8.5, "F2")
    c.text(110, book.y + 20, f"{labels[3]} per {fmt(end, '%d-%m-%Y')}", 8.5, "F2")
    c.right(555, book.y + 20, f"\u20ac {euro(closing)}", 8.5, "F2")
    for i, p in enumerate(book.pages):
        p.line(40, 790, 555, 790, 0.3)
        p.text(
            40,
            795,
            f"{bank}, statutair gevestigd te Amsterdam, KvK {kvk}. Controleer dit "
            "afschrift; meld onjuistheden binnen 30 dagen.",
            6.5,
        )
        p.right(555, 806, f"Blad {i + 1} van {len(book.pages)}", 7)
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
    return book.pages, truth


BR_BANKS = (
    ("Banco Paraná Unido S.A.", (0.0, 0.3, 0.6)),
    ("Banco do Sertão S.A.", (0.75, 0.1, 0.1)),
    ("Caixa Litoral", (0.0, 0.45, 0.35)),
    ("Banco Guanabara S.A.", (0.9, 0.45, 0.0)),
)
BR_GIVEN = (
    "MARIA APARECIDA",
    "JOSE CARLOS",
    "ANA PAULA",
    "LUIZ FERNANDO",
    "FRANCISCA",
    "ANTONIO MARCOS",
    "JULIANA",
    "RAFAEL",
    "PATRICIA",
    "MARCOS VINICIUS",
)
BR_FAMILY = (
    "DA SILVA",
    "DOS SANTOS",
    "OLIVEIRA",
    "SOUZA",
    "RODRIGUES",
    "FERREIRA",
    "ALVES",
    "PEREIRA",
    "LIMA",
    "GOMES",
    "COSTA",
    "RIBEIRO",
)
BR_PLACES = ("SAO PAULO", "CURITIBA", "BELO HORIZONTE", "PORTO ALEGRE", "RECIFE", "SALVADOR")
# (history pattern, sign, amount range)
BR_TXNS = (
    ("PIX RECEBIDO {person}", 1, 20, 1500),
    ("PIX ENVIADO {person}", -1, 15, 900),
    ("COMPRA CARTAO DEB {shop}", -1, 8, 450),
    ("PAGTO BOLETO {biller}", -1, 60, 1200),
    ("DEB AUT {utility}", -1, 45, 380),
    ("SAQUE 24H {place}", -1, 50, 600),
    ("TED RECEBIDA {company}", 1, 300, 4000),
)
BR_SAVINGS = (
    ("APLICACAO POUPANCA", 1, 100, 2000),
    ("RESGATE POUPANCA", -1, 100, 1500),
    ("PIX RECEBIDO {person}", 1, 50, 800),
)
BR_SHOPS = (
    "SUPERM PAO DOURADO",
    "DROGARIA SAO BENTO",
    "POSTO IPIRANGA",
    "PADARIA REAL",
    "MAGAZINE",
)
BR_BILLERS = ("CONDOMINIO ED AURORA", "ESCOLA PEQUENO PRINCIPE", "UNIMED", "CARTAO DE CREDITO")
BR_UTILITIES = ("CEMIG", "SABESP", "VIVO FIXO", "COPEL", "CLARO NET", "ENEL SP")


def statement_brazil(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A Brazilian bank's extrato as its internet banking prints it on A4: the bank's name,
    "EXTRATO DE CONTA" with the kind of account, the client's name in capitals with the CPF
    masked, the agência and conta, the period as 01/03/2024 a 31/03/2024 and the issue time;
    a "RESUMO DO PERÍODO" at the top with the saldo anterior, the totals of credits and debits
    and the saldo final, each amount followed by C or D; then the movements (data, histórico,
    documento, valor with C or D) opening with the SALDO ANTERIOR row and the day's balance
    after the last movement of each day, continued on further pages; the SAC and ombudsman
    numbers and "Página n/N" at the foot; amounts as 1.234,56."""
    bank, tint = m.pick(BR_BANKS)
    holder = f"{m.pick(BR_GIVEN)} {m.pick(BR_FAMILY)}"
    if m.chance(0.5):
        holder += f" {m.pick(BR_FAMILY)}"
    agency = f"{m.digits(4)}" if m.chance(0.5) else f"{m.digits(4)}-{m.digits(1)}"
    account = f"{m.digits(5)}-{m.digits(1)}" if m.chance(0.6) else f"{m.digits(8)}-{m.digits(1)}"
    acct_type = m.pick(("Conta Corrente", "Conta Corrente", "Conta Poupança"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    opening = m.amount(200, 18000)
    savings = acct_type == "Conta Poupança"
    pool = BR_SAVINGS if savings else BR_TXNS
    employer = m.pick(("METALURGICA FORTE LTDA", "HOSPITAL SANTA CLARA", "PREFEITURA MUNICIPAL"))
    bal = opening
    txns = []
    n = m.r.randint(4, 10) if savings else m.r.randint(12, 50)
    days = sorted(m.r.randint(0, (end - start).days) for _ in range(n))
    paid = savings or not m.chance(0.8)
    for day in days:
        when = start + dt.timedelta(days=day)
        if not paid and day >= 4:
            paid = True
            desc, sign, amount = f"CRED SALARIO {employer}", 1, m.amount(1800, 9500)
        else:
            pat, sign, lo, hi = m.pick(pool)
            amount = m.amount(lo, hi)
            if sign < 0 and amount > bal:
                pat, sign, lo, hi = pool[0] if not savings else pool[2]
                amount = m.amount(lo, hi)
            desc = pat.format(
                person=f"{m.pick(BR_GIVEN).split()[0]} {m.pick(BR_FAMILY)}",
                shop=m.pick(BR_SHOPS),
                biller=m.pick(BR_BILLERS),
                utility=m.pick(BR_UTILITIES),
                place=m.pick(BR_PLACES),
                company=m.company().upper()[:20],
            )
        bal = round(bal + sign * amount, 2)
        doc = m.pick(("", m.digits(6), m.digits(7)))
        txns.append((when, desc, doc, sign * amount, bal))
    if not savings and bal > 60:
        fee = float(m.pick((19.9, 34.5, 42.0)))
        bal = round(bal - fee, 2)
        txns.append((end, "TARIFA PACOTE SERVICOS", "", -fee, bal))
    if savings:
        income = round(max(bal, 0) * 0.005, 2)
        if income:
            bal = round(bal + income, 2)
            txns.append((end, "RENDIMENTO POUPANCA", "", income, bal))
    closing = bal
    credits = round(sum(x[3] for x in txns if x[3] > 0), 2)
    debits = round(-sum(x[3] for x in txns if x[3] < 0), 2)
    printed = dt.datetime.combine(
        end + dt.timedelta(days=m.r.randint(1, 25)), dt.time(m.r.randint(7, 22), m.r.randint(0, 59))
    )
    cpf = f"***.{m.digits(3)}.{m.digits(3)}-**"
    period = f"{fmt(start, '%d/%m/%Y')} a {fmt(end, '%d/%m/%Y')}"

    def head(c: Canvas, first: bool) -> float:
        fill(c, 0, 0, 595, 50, tint)
        white(c)
        c.text(36, 16, bank, 16, "F2")
        c.right(559, 14, "EXTRATO DE CONTA", 11, "F2")
        c.right(559, 29, acct_type, 9)
        ink(c, 0.0)
        facts = (
            ("Cliente", holder),
            ("CPF", cpf),
            ("Agência", agency),
            ("Conta", account),
            ("Período", period),
        )
        if not first:
            c.text(36, 62, f"{holder}   Ag. {agency}   Conta {account}   {period}", 7.5)
            y = 84.0
        else:
            for i, (k, v) in enumerate(facts):
                c.text(36, 64 + 13 * i, k, 7.5)
                c.text(96, 64 + 13 * i, v, 8.5, "F2" if k in ("Cliente", "Conta") else "F1")
            c.right(
                559, 64, f"Emitido em {fmt(printed, '%d/%m/%Y')} às {fmt(printed, '%H:%M')}", 7.5
            )
            top = 140.0
            c.box(36, top, 523, 76, 0.5)
            c.shade(36, top, 523, 15, 0.9)
            c.text(42, top + 4, "RESUMO DO PERÍODO", 8, "F2")
            summary = (
                (labels[0], reais(opening)),
                (labels[1], reais(credits)),
                (labels[2], reais(-debits)),
                (labels[3], reais(closing)),
            )
            for i, (k, v) in enumerate(summary):
                x = 42 + 260 * (i % 2)
                y = top + 24 + 24 * (i // 2)
                c.text(x, y, k, 7.5, "F2" if i in (0, 3) else "F1")
                c.right(x + 240, y, v, 9, "F2" if i in (0, 3) else "F1")
            y = top + 92
        for x, h, a in (
            (38, "Data", "l"),
            (96, "Lançamento", "l"),
            (360, "Documento", "l"),
            (480, "Valor (R$)", "r"),
            (557, "Saldo (R$)", "r"),
        ):
            (c.right if a == "r" else c.text)(x, y, h, 8, "F2")
        c.line(36, y + 12, 559, y + 12, 0.6)
        return y + 19

    book = Sheets(595.0, 842.0, head, 780)
    book.c.text(38, book.y, fmt(start - dt.timedelta(days=1), "%d/%m/%Y"), 8)
    book.c.text(96, book.y, "SALDO ANTERIOR", 8, "F2")
    book.c.right(557, book.y, reais(opening), 8, "F2")
    book.y += 13
    for i, (when, desc, doc, amount, after) in enumerate(txns):
        book.room(13)
        c = book.c
        c.text(38, book.y, fmt(when, "%d/%m/%Y"), 8)
        c.text(96, book.y, desc, fit(desc, 255, 8))
        c.text(360, book.y, doc, 8)
        c.right(480, book.y, reais(amount), 8)
        last_of_day = i == len(txns) - 1 or txns[i + 1][0] != when
        if last_of_day:
            c.right(557, book.y, reais(after), 8)
        book.y += 13
    book.room(30)
    c = book.c
    c.line(36, book.y, 559, book.y, 0.4)
    c.text(96, book.y + 5, labels[3], 8, "F2")
    c.right(557, book.y + 5, reais(closing), 8, "F2")
    contact = (
        f"SAC 0800 {m.digits(3)} {m.digits(4)}  |  Deficientes auditivos 0800 {m.digits(3)} "
        f"{m.digits(4)}  |  Ouvidoria 0800 {m.digits(3)} {m.digits(4)}"
    )
    for i, p in enumerate(book.pages):
        p.line(36, 796, 559, 796, 0.3)
        p.text(36, 801, contact, 6.5)
        p.right(559, 812, f"Página {i + 1}/{len(book.pages)}", 7)
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
    return book.pages, truth


# ---------------------------------------------------------------------------------------------
# W-2s


def w2_fresh14(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """31: a landscape W-2 sheet (Copy B over Copy C) scanned sideways onto a portrait page;
    32: a Form 4852, substitute for Form W-2, filled in by the employee."""
    return (*(w2_sideways if t == 31 else w2_form_4852)(m), f"t{t}")


def w2_copy(c: Canvas, x0: float, y0: float, w: W2, copy: str, note: str) -> None:
    """One copy of the W-2 in the IRS arrangement, 740 points wide and 262 high: the SSN box and
    the OMB number across the top, boxes b to f down the left, boxes 1 to 14 and 12a to 12d in
    two columns on the right, the state and local row along the bottom, the form's name and
    the copy's legend under it."""
    v = "F5"
    left, colw = 300.0, 220.0
    xr1, xr2 = x0 + left, x0 + left + colw
    c.box(x0 + 60, y0, 170, 24, 0.5)
    c.text(x0 + 63, y0 + 2, "a  Employee's social security number", 5.5)
    c.text(x0 + 70, y0 + 12, w.ssn, 9.5, v)
    c.text(x0 + 240, y0 + 4, "OMB No. 1545-0008", 6.5, "F2")
    c.text(x0 + 350, y0 + 3, "Safe, accurate,", 6.5, "F2")
    c.text(x0 + 350, y0 + 11, "FAST! Use", 6.5, "F2")
    c.text(x0 + 400, y0 + 7, "IRS e-file", 9, "F4")
    c.text(x0 + 480, y0 + 3, "Visit the IRS website at", 6)
    c.text(x0 + 480, y0 + 11, "www.irs.gov/efile", 6)
    top = y0 + 24

    def cell(x: float, y: float, wd: float, ht: float, cap: str, value: str = "") -> None:
        c.box(x, y, wd, ht, 0.5)
        c.text(x + 3, y + 2, cap, 5.5)
        if value:
            c.right(x + wd - 6, y + ht - 11, value, 9, v)

    c.box(x0, top, left, 22, 0.5)
    c.text(x0 + 3, top + 2, "b  Employer identification number (EIN)", 5.5)
    c.text(x0 + 10, top + 11, w.ein, 9, v)
    c.box(x0, top + 22, left, 66, 0.5)
    c.text(x0 + 3, top + 24, "c  Employer's name, address, and ZIP code", 5.5)
    rows_at(c, x0 + 10, top + 34, (w.employer, w.er_street, w.er_city), 9, v, 11)
    c.box(x0, top + 88, left, 22, 0.5)
    c.text(x0 + 3, top + 90, "d  Control number", 5.5)
    c.text(x0 + 10, top + 99, w.control, 9, v)
    c.box(x0, top + 110, left, 88, 0.5)
    c.text(x0 + 3, top + 112, "e  Employee's first name and initial", 5.5)
    c.text(x0 + 132, top + 112, "Last name", 5.5)
    c.text(x0 + 272, top + 112, "Suff.", 5.5)
    c.line(x0 + 128, top + 110, x0 + 128, top + 132, 0.3)
    c.line(x0 + 268, top + 110, x0 + 268, top + 132, 0.3)
    c.text(x0 + 10, top + 121, w.first_init, 9, v)
    c.text(x0 + 136, top + 121, w.last, 9, v)
    rows_at(c, x0 + 10, top + 140, (w.ee_street, w.ee_city), 9, v, 11)
    c.text(x0 + 3, top + 188, "f  Employee's address and ZIP code", 5.5)
    money = [
        ("1  Wages, tips, other compensation", w.wages, "2  Federal income tax withheld", w.fed),
        ("3  Social security wages", w.ss_wages, "4  Social security tax withheld", w.ss_tax),
        ("5  Medicare wages and tips", w.med_wages, "6  Medicare tax withheld", w.med_tax),
    ]
    for i, (c1, v1, c2, v2) in enumerate(money):
        y = top + 22 * i
        cell(xr1, y, colw, 22, c1, f"{v1:,.2f}")
        cell(xr2, y, colw, 22, c2, f"{v2:,.2f}")
    y = top + 66
    cell(xr1, y, colw, 22, "7  Social security tips")
    cell(xr2, y, colw, 22, "8  Allocated tips")
    c.shade(xr1 + 0.5, y + 22.5, colw - 1, 21, 0.85)
    cell(xr1, y + 22, colw, 22, "9")
    cell(xr2, y + 22, colw, 22, "10  Dependent care benefits")
    cell(xr1, y + 44, colw, 22, "11  Nonqualified plans")
    c.box(xr1, y + 66, colw, 44, 0.5)
    c.text(xr1 + 3, y + 68, "13  Statutory     Retirement     Third-party", 5.5)
    c.text(xr1 + 17, y + 75, "employee          plan             sick pay", 5.5)
    for k, on in enumerate((False, bool(w.k401), False)):
        bx = xr1 + 22 + 42 * k
        c.box(bx, y + 86, 9, 9, 0.5)
        if on:
            c.text(bx + 1.5, y + 86, "X", 9, v)
    c.box(xr1, y + 110, colw, 22, 0.5)
    c.text(xr1 + 3, y + 112, "14  Other", 5.5)
    c.text(xr1 + 10, y + 121, w.other, 8.5, v)
    for i in range(4):
        yy = y + 44 + 22 * i
        c.box(xr2, yy, colw, 22, 0.5)
        c.text(xr2 + 3, yy + 2, f"12{'abcd'[i]}  See instructions for box 12", 5.5)
        c.line(xr2 + 40, yy + 10, xr2 + 40, yy + 22, 0.3)
        if i < len(w.codes):
            code, amount = w.codes[i]
            c.text(xr2 + 14, yy + 11, code, 9, v)
            c.right(xr2 + colw - 6, yy + 11, f"{amount:,.2f}", 9, v)
    c.box(xr2, y + 132, colw, 0.01, 0.5)
    y = top + 198
    state_cols = (
        (40, "15  State", w.state),
        (110, "Employer's state ID number", w.state_id),
        (110, "16  State wages, tips, etc.", f"{w.wages:,.2f}"),
        (100, "17  State income tax", f"{w.state_tax:,.2f}"),
        (110, "18  Local wages, tips, etc.", ""),
        (100, "19  Local income tax", ""),
        (170, "20  Locality name", ""),
    )
    x = x0
    for wd, cap, value in state_cols:
        c.box(x, y, wd, 26, 0.5)
        c.text(x + 3, y + 2, cap, 5.5)
        if value:
            c.text(x + 6, y + 13, value, 9, v)
        x += wd
    c.text(x0, y + 32, "Form", 7)
    c.text(x0 + 20, y + 29, "W-2", 16, "F2")
    c.text(x0 + 60, y + 31, "Wage and Tax", 10, "F2")
    c.text(x0 + 60, y + 42, "Statement", 10, "F2")
    c.text(x0 + 170, y + 29, str(w.year), 22, "F4")
    c.right(x0 + 740, y + 30, "Department of the Treasury\u2014Internal Revenue Service", 7)
    c.text(x0, y + 54, copy, 7.5, "F2")
    c.text(x0 + text_width(copy, 7.5, "F2") + 6, y + 54, note, 6.5)


def w2_sideways(m: Maker) -> Layout:
    """A W-2 printed on a landscape sheet, Copy B over Copy C, as tax software prints it on plain
    paper, then scanned in portrait so that the whole sheet lies sideways on the page (the text
    reads upwards): each copy is the IRS arrangement of the boxes (a, b to f down the left, 1 to
    14 and 12a to 12d in two columns, the state and local row), the values in Courier, with
    the copy's legend under it and a dashed cut line between the copies."""
    w = make_w2(m)
    sheet = Canvas(792.0, 612.0)
    w2_copy(
        sheet,
        26,
        22,
        w,
        "Copy B\u2014To Be Filed With Employee's FEDERAL Tax Return.",
        "This information is being furnished to the Internal Revenue Service.",
    )
    sheet.text(20, 302, "- " * 132, 5, "F5")
    w2_copy(
        sheet,
        26,
        316,
        w,
        "Copy C\u2014For EMPLOYEE'S RECORDS",
        "(See Notice to Employee on the back of Copy B.) This information is being furnished to "
        "the IRS.",
    )
    page = Canvas()
    fill(page, 0, 0, 612, 792, (0.985, 0.985, 0.98))
    turned(page, sheet, 0, 0, clockwise=False)
    return [page], w2_truth(w)


def w2_form_4852(m: Maker) -> Layout:
    """IRS Form 4852, the substitute for Form W-2 that an employee files when the employer
    never sent one or sent a wrong one, filled in by the employee with a pen or typed into the
    fillable PDF: the form's head (Form 4852 with its revision, the title "Substitute for Form
    W-2, Wage and Tax Statement, or Form 1099-R ...", "Attach to Form 1040 ...", the OMB
    number); line 1 the name as first, middle initial and last, line 2 the SSN, line 3 the
    address, line 4 the tax year with the W-2 box marked, line 5 the employer's name and
    address, line 6 its EIN; line 7 the wages, social security and Medicare wages, tips, the
    federal, state and local income tax and the social security and Medicare tax withheld, each
    a lettered line with the amount in a column at the right; line 8 (Form 1099-R) left empty;
    lines 9 and 10 how the amounts were determined and the efforts to get the W-2; the
    signature and date."""
    w = make_w2(m)
    w.ssn = f"{m.r.randint(100, 899)}-{m.r.randint(10, 99)}-{m.r.randint(1000, 9999)}"
    pen = m.chance(0.55)
    name = f"{w.first_init} {w.last}"
    last_stub = dt.date(w.year, 12, m.r.randint(15, 31))
    signed = dt.date(w.year + 1, m.pick((2, 3, 4)), m.r.randint(1, 28))
    c = Canvas()

    def value(x: float, top: float, s: str, size: float = 10.5, right: bool = False) -> None:
        if pen:
            colour(c, 0.1, 0.15, 0.45)
            size += 1.5
            (c.right if right else c.text)(x, top - 3, s, size, "F3")
            ink(c, 0.0)
        else:
            (c.right if right else c.text)(x, top, s, size - 0.5, "F5")

    x0, x1 = 36.0, 576.0
    c.text(x0, 34, "Form", 7)
    c.text(x0 + 20, 28, "4852", 20, "F2")
    c.text(x0, 52, "(Rev. September 2020)", 6.5)
    c.text(x0, 60, "Department of the Treasury", 6.5)
    c.text(x0, 68, "Internal Revenue Service", 6.5)
    c.centre(306, 30, "Substitute for Form W-2, Wage and Tax Statement, or Form 1099-R,", 10, "F2")
    c.centre(
        306,
        43,
        "Distributions From Pensions, Annuities, Retirement or Profit-Sharing Plans,",
        10,
        "F2",
    )
    c.centre(306, 56, "IRAs, Insurance Contracts, etc.", 10, "F2")
    c.centre(306, 70, "Attach to Form 1040, 1040-SR, 1040-NR, or 1040-X.", 7.5, "F2")
    c.right(x1, 34, "OMB No. 1545-0074", 7.5)
    c.line(x0, 82, x1, 82, 1.2)
    y = 82.0

    def line_box(y: float, h: float, cap: str, x: float = x0, wd: float = x1 - x0) -> None:
        c.box(x, y, wd, h, 0.5)
        c.text(x + 3, y + 2.5, cap, 6.5)

    line_box(y, 32, "1  Name (first, middle initial, last)", x0, 400)
    line_box(y, 32, "2  Social security number", x0 + 400, 140)
    value(x0 + 10, y + 16, name)
    value(x0 + 410, y + 16, w.ssn)
    y += 32
    line_box(
        y, 32, "3  Address (number, street, apt. or suite no., city or town, state, and ZIP code)"
    )
    value(x0 + 10, y + 16, f"{w.ee_street}, {w.ee_city}")
    y += 32
    c.box(x0, y, x1 - x0, 24, 0.5)
    c.text(
        x0 + 3, y + 4, '4  Please enter the tax year end (For example, "2023") and mark one box:', 7
    )
    c.line(x0 + 286, y + 15, x0 + 336, y + 15, 0.4)
    value(x0 + 292, y + 5, str(w.year))
    for k, label in enumerate(("Form W-2", "Form 1099-R")):
        bx = x0 + 360 + 80 * k
        c.box(bx, y + 6, 9, 9, 0.5)
        c.text(bx + 13, y + 7, label, 7.5)
        if k == 0:
            value(bx + 1, y + 6, "X", 10)
    y += 24
    line_box(y, 46, "5  Employer's or payer's name, address, and ZIP code", x0, 360)
    line_box(y, 46, "6  Employer's or payer's identification number (if known)", x0 + 360, 180)
    value(x0 + 10, y + 14, w.employer)
    value(x0 + 10, y + 28, f"{w.er_street}, {w.er_city}", 9.5)
    value(x0 + 372, y + 20, w.ein)
    y += 46
    c.box(x0, y, x1 - x0, 14, 0.5)
    c.text(
        x0 + 3,
        y + 3.5,
        "7  Form W-2. Enter wages, tips, other compensation, and taxes withheld.",
        7.5,
        "F2",
    )
    y += 14
    lines7 = (
        ("a", "Wages, tips, and other compensation", w.wages),
        ("b", "Social security wages", w.ss_wages),
        ("c", "Medicare wages and tips", w.med_wages),
        ("d", "Social security tips", None),
        ("e", "Federal income tax withheld", w.fed),
        ("f", f"State income tax withheld (Name of state:  {w.state}  )", w.state_tax),
        ("g", "Local income tax withheld (Name of locality: ______ )", None),
        ("h", "Social security tax withheld", w.ss_tax),
        ("i", "Medicare tax withheld", w.med_tax),
    )
    for letter, cap, amount in lines7:
        c.box(x0, y, 400, 18, 0.3)
        c.box(x0 + 400, y, 140, 18, 0.3)
        c.text(x0 + 10, y + 5, letter, 7.5, "F2")
        c.text(x0 + 24, y + 5, cap, 7.5)
        c.text(x0 + 404, y + 5, "$", 7.5)
        if amount is not None:
            value(
                x0 + 532,
                y + 4,
                f"{amount:,.2f}" if not pen or m.chance(0.6) else f"{amount:.2f}",
                10,
                True,
            )
        y += 18
    c.box(x0, y, x1 - x0, 14, 0.5)
    c.text(
        x0 + 3,
        y + 3.5,
        "8  Form 1099-R. Enter distributions and taxes withheld. Be sure to include the payer's "
        "name in line 5 above.",
        7.5,
        "F2",
    )
    y += 14
    for letter, cap in (
        ("a", "Gross distribution"),
        ("b", "Taxable amount"),
        ("c", "Taxable amount not determined"),
        ("d", "Total distribution"),
        ("e", "Capital gain (included in line 8b)"),
        ("f", "Federal income tax withheld"),
        ("g", "Distribution code(s)"),
    ):
        c.box(x0, y, 400, 15, 0.3)
        c.box(x0 + 400, y, 140, 15, 0.3)
        c.text(x0 + 10, y + 4, letter, 7, "F2")
        c.text(x0 + 24, y + 4, cap, 7)
        c.text(x0 + 404, y + 4, "$", 7)
        y += 15
    how = m.pick(
        (
            f"Year-to-date totals on my final pay stub dated {fmt(last_stub, '%m/%d/%Y')}.",
            f"From my last pay statement ({fmt(last_stub, '%m/%d/%Y')}), year-to-date columns.",
        )
    )
    efforts = m.pick(
        (
            f"Called the employer on {fmt(signed - dt.timedelta(days=30), '%m/%d/%Y')} and wrote "
            f"on {fmt(signed - dt.timedelta(days=16), '%m/%d/%Y')}; the business has closed and "
            "no W-2 was received.",
            "Requested the W-2 from payroll twice by e-mail and by phone; IRS contacted after "
            "February 28. Still not received.",
        )
    )
    line_box(y, 38, "9  How did you determine the amounts in line 7 or 8 above?")
    value(x0 + 10, y + 18, how, 9.5)
    y += 38
    line_box(
        y,
        38,
        "10  Explain your efforts to obtain Form W-2, 1099-R, or Form W-2c, Statement of "
        "Corrected Income and Tax Amounts.",
    )
    lines = wrap(efforts, 520, 9.5 if not pen else 11, "F5" if not pen else "F3")
    for k, s in enumerate(lines[:2]):
        value(x0 + 10, y + 14 + 11 * k, s, 9.5)
    y += 38
    _paragraph(
        c,
        x0,
        y + 8,
        "Under penalties of perjury, I declare that I have examined this statement, and to the "
        "best of my knowledge and belief, it is true, correct, and complete.",
        540,
        7.5,
        "F1",
    )
    y += 30
    c.line(x0, y + 24, x0 + 300, y + 24, 0.5)
    c.text(x0, y + 27, "Your signature", 6.5)
    hand(c, x0 + 20, y + 6, f"{w.first} {w.last}", 15)
    c.line(x0 + 340, y + 24, x1, y + 24, 0.5)
    c.text(x0 + 340, y + 27, "Date", 6.5)
    value(x0 + 360, y + 10, fmt(signed, "%m/%d/%Y"))
    c.line(x0, y + 58, x0 + 300, y + 58, 0.5)
    c.text(x0, y + 61, "Spouse's signature (if a joint return)", 6.5)
    c.line(x0 + 340, y + 58, x1, y + 58, 0.5)
    c.text(x0 + 340, y + 61, "Date", 6.5)
    c.line(x0, 748, x1, 748, 1.0)
    c.text(
        x0, 752, "For Privacy Act and Paperwork Reduction Act Notice, see back of form.", 7, "F2"
    )
    c.centre(400, 752, "Cat. No. 42058U", 6.5)
    c.right(x1, 752, "Form 4852 (Rev. 9-2020)", 7, "F2")
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Licences


def licence_fresh14(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """31: a licence's front and back laid sideways on a flatbed scanner at actual size; 32: a
    faxed copy of a licence, enlarged, under the sender's handwritten note."""
    return (*(licence_sideways if t == 31 else licence_faxed)(m), f"t{t}")


def licence_sideways(m: Maker) -> Layout:
    """A licence scanned on a flatbed scanner at actual size with the card laid sideways, its
    front and back side by side in the top-left corner of an otherwise empty letter page (the
    text reads downwards): a band with the state's name and "DRIVER LICENSE", the portrait, "DL"
    and the number in red, the last name over the first and middle names without captions, the
    address, "DOB" in red, "ISS" and "EXP" on one line, sex, height, weight, eyes, class,
    restrictions and endorsements with short captions, the signature and a ghost image; the
    back with the barcode, the endorsement and restriction codes and the return address."""
    lic = make_licence(m)
    band = m.pick(((0.1, 0.25, 0.5), (0.45, 0.1, 0.15), (0.05, 0.35, 0.3), (0.3, 0.3, 0.35)))
    paper = m.pick(((0.93, 0.95, 0.98), (0.97, 0.95, 0.9), (0.94, 0.97, 0.94)))
    red = (0.72, 0.08, 0.1)
    day = "%m/%d/%Y"
    front = Canvas(252.0, 159.0)
    fill(front, 0, 0, 252, 159, paper)
    front.box(0.5, 0.5, 251, 158, 0.6)
    fill(front, 0, 0, 252, 26, band)
    white(front)
    title = lic.state.upper()
    front.text(8, 5, title, fit(title, 150, 13, "F4"), "F4")
    front.right(244, 5, "DRIVER LICENSE", 6.5, "F2")
    front.right(244, 14, "USA", 6, "F2")
    ink(front, 0.0)
    fill(front, 8, 32, 66, 84, (0.62, 0.63, 0.66))
    fill(front, 22, 46, 38, 48, (0.5, 0.5, 0.55))
    front.text(82, 31, "DL", 5, "F2")
    colour(front, *red)
    front.text(92, 29, lic.number, 10, "F2")
    ink(front, 0.0)
    front.text(82, 44, lic.last.upper(), fit(lic.last.upper(), 160, 9.5, "F2"), "F2")
    given = f"{lic.first} {lic.middle}".strip().upper()
    front.text(82, 55, given, fit(given, 160, 8, "F2"), "F2")
    front.text(82, 66, lic.street.upper(), 5.5)
    front.text(82, 73, f"{lic.city.upper()}, {lic.abbr} {lic.zipcode}", 5.5)
    front.text(82, 86, "DOB", 5, "F2")
    colour(front, *red)
    front.text(96, 84, fmt(lic.dob, day), 8.5, "F2")
    ink(front, 0.0)
    front.text(82, 99, "ISS", 5, "F2")
    front.text(94, 98, fmt(lic.issued, day), 6.5)
    front.text(150, 99, "EXP", 5, "F2")
    front.text(163, 97, fmt(lic.expires, day), 7.5, "F2")
    front.text(
        82, 111, f"SEX {lic.sex}   HGT {lic.height}   WGT {lic.weight}   EYES {lic.eyes}", 5.5
    )
    rest = m.pick(("NONE", "B", "NONE"))
    end = m.pick(("NONE", "NONE", "M"))
    front.text(82, 121, f"CLASS {lic.klass}   REST {rest}   END {end}", 6, "F2")
    colour(front, 0.15, 0.15, 0.3)
    front.text(10, 124, f"{lic.first} {lic.last}", 10, "F3")
    ink(front, 0.0)
    front.line(8, 136, 120, 136, 0.3)
    fill(front, 214, 112, 30, 38, (0.82, 0.83, 0.85))
    front.text(82, 146, f"DD {m.digits(4)}{m.pick('ABCDEF')}{m.digits(7)}", 4.5, "F5")
    back = Canvas(252.0, 159.0)
    fill(back, 0, 0, 252, 159, paper)
    back.box(0.5, 0.5, 251, 158, 0.6)
    barcode(Frame(back), m, 10, 10, 232, 46)
    back.text(10, 66, "ENDORSEMENTS", 5, "F2")
    back.text(10, 73, "M - MOTORCYCLE" if end == "M" else "NONE", 5.5)
    back.text(10, 86, "RESTRICTIONS", 5, "F2")
    back.text(10, 93, "B - CORRECTIVE LENSES" if rest == "B" else "NONE", 5.5)
    back.text(130, 66, "ORGAN DONOR", 5, "F2")
    back.text(130, 73, m.pick(("YES", "NO")), 5.5)
    back.text(130, 86, "VETERAN", 5, "F2")
    back.text(130, 93, m.pick(("NO", "NO", "YES")), 5.5)
    back.text(10, 116, f"If found, return to the {lic.state} Department of Motor Vehicles,", 5)
    back.text(10, 123, f"P.O. Box {m.r.randint(100, 9999)}, {lic.city}, {lic.abbr}.", 5)
    back.text(10, 140, f"{m.digits(10)} {m.digits(4)}", 6, "F5")
    page = Canvas()
    turned(page, front, 30, 792 - 30 - 252, clockwise=True)
    turned(page, back, 30 + 159 + 22, 792 - 30 - 252, clockwise=True)
    return [page], licence_truth(lic)


def licence_faxed(m: Maker) -> Layout:
    """A copy of a licence sent by fax, as a landlord, a dealer or an insurer receives it: the
    fax header line across the top (date and time, the sending store's name and number, the
    page count), the sender's handwritten note (to whom, about what, from whom), then the front
    and the back of the card enlarged in black and white with the fax's specks: "STATE OF ..."
    and "DRIVER LICENSE" across the top, the portrait as a dark block, the captions above the
    values in two columns (LICENSE NO., CLASS, DATE OF BIRTH, EXPIRES, ISSUED, SEX, HT, WT,
    EYES, RESTRICTIONS, ENDORSEMENTS) with dates as 03-14-1985, the name and address in one
    block under the portrait; the back with the barcode and the donor and return notes."""
    lic = make_licence(m)
    sent = dt.datetime.combine(
        lic.issued + dt.timedelta(days=m.r.randint(20, 1200)),
        dt.time(m.r.randint(8, 18), m.r.randint(0, 59)),
    )
    store = m.pick(
        (
            f"THE UPS STORE {m.r.randint(1000, 6999)}",
            f"FEDEX OFFICE {m.r.randint(100, 2999)}",
            f"{m.pick(LAST).upper()} INSURANCE",
            "PUBLIC LIBRARY",
        )
    )
    fax_no = f"{m.r.randint(201, 989)} {m.r.randint(200, 999)} {m.digits(4)}"
    to = m.pick(
        (
            ("Leasing office", "rental application"),
            ("Finance dept.", "credit application"),
            ("Claims", f"claim #{m.digits(7)}"),
            ("HR / onboarding", "I-9 documents"),
        )
    )
    c = Canvas()
    c.text(
        30, 14, f"{fmt(sent, '%b-%d-%Y').upper()} {fmt(sent, '%H:%M')}   FROM:{store}", 7.5, "F5"
    )
    c.right(582, 14, f"{fax_no}   P.1/1", 7.5, "F5")

    def scribble(x: float, top: float, s: str, size: float = 15) -> None:
        c.text(x, top, s, size, "F3")

    scribble(60, 44, f"To: {to[0]} - re: {to[1]}")
    scribble(60, 66, f"Copy of my driver's license, front and back. Thanks - {lic.first}")
    k = 1.75
    w, h = 252.0, 159.0
    x0 = 306 - w * k / 2

    def card(top: float) -> Frame:
        d = Frame(c, x0, top, k)
        d.box(0, 0, w, h, 1.2)
        return d

    d = card(104)
    title = f"{'COMMONWEALTH' if lic.state in COMMONWEALTHS else 'STATE'} OF {lic.state.upper()}"
    d.text(8, 6, title, fit(title, 170, 11, "F4"), "F4")
    d.right(244, 8, "DRIVER LICENSE", 7, "F2")
    d.line(8, 21, 244, 21, 0.8)
    fill(c, x0 + 8 * k, 104 + 27 * k, 64 * k, 78 * k, (0.08, 0.08, 0.08))
    fill(c, x0 + 24 * k, 104 + 40 * k, 32 * k, 40 * k, (0.75, 0.75, 0.75))
    day = "%m-%d-%Y"
    grid_cells = (
        (80, 25, "LICENSE NO.", lic.number, 8.5),
        (196, 25, "CLASS", lic.klass, 8.5),
        (80, 41, "DATE OF BIRTH", fmt(lic.dob, day), 8.5),
        (162, 41, "EXPIRES", fmt(lic.expires, day), 8.5),
        (80, 57, "ISSUED", fmt(lic.issued, day), 7),
        (162, 57, "SEX", lic.sex, 7),
        (196, 57, "HT", lic.height, 7),
        (80, 72, "WT", lic.weight, 7),
        (122, 72, "EYES", lic.eyes, 7),
        (162, 72, "HAIR", lic.hair, 7),
        (80, 87, "RESTRICTIONS", m.pick(("NONE", "B", "NONE")), 7),
        (162, 87, "ENDORSEMENTS", m.pick(("NONE", "NONE", "M")), 7),
    )
    for x, top, cap, val, size in grid_cells:
        d.text(x, top, cap, 4.2, "F2")
        d.text(x, top + 5, val, size, "F2")
    full = f"{lic.first} {lic.middle} {lic.last}".replace("  ", " ").upper()
    d.text(8, 110, full, fit(full, 236, 7.5, "F2"), "F2")
    d.text(8, 119, lic.street.upper(), 6)
    d.text(8, 126, f"{lic.city.upper()}, {lic.abbr} {lic.zipcode}", 6)
    d.text(160, 128, f"{lic.first} {lic.last}", 10, "F3")
    d.line(158, 140, 244, 140, 0.3)
    d.text(8, 146, f"DD {m.digits(10)}", 4.5, "F5")
    d = card(104 + h * k + 24)
    barcode(d, m, 10, 10, 232, 50)
    d.text(10, 72, "ORGAN DONOR: " + m.pick(("YES", "NO")), 6, "F2")
    d.text(10, 84, "RESTRICTIONS / ENDORSEMENTS: SEE FRONT", 6)
    d.text(10, 104, f"This license is the property of the State of {lic.state}.", 5.5)
    d.text(10, 112, "Return to the Department of Motor Vehicles if found.", 5.5)
    d.text(10, 140, f"{m.digits(4)} {m.digits(4)} {m.digits(4)}", 6, "F5")
    for _ in range(m.r.randint(40, 120)):
        s = m.pick((0.8, 1.0, 1.4))
        fill(c, m.r.uniform(20, 590), m.r.uniform(24, 770), s, s, (0.0, 0.0, 0.0))
    return [c], licence_truth(lic)


# ---------------------------------------------------------------------------------------------
# 1099s


def form_1099_fresh14(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """31: a payer's 1099 statement in a tax preparer's client file, with the preparer's
    stamps, ticks and notes; 32: a payer's annual statement with the 1099 summary at the top
    and the payment history under the form's boxes."""
    return (*(form_1099_preparer if t == 31 else form_1099_history)(m, variant), f"t{t}")


RED = (0.8, 0.1, 0.1)
WHERE = {
    "interest_income": "Sch B L1",
    "tax_exempt_interest": "1040 L2a",
    "interest_on_us_savings_bonds_and_treasury": "Sch B - state exempt",
    "early_withdrawal_penalty": "Sch 1 L18",
    "federal_income_tax_withheld": "1040 L25b",
    "rents": "Sch E",
    "royalties": "Sch E",
    "other_income": "Sch 1 L8z",
    "medical_and_health_care_payments": "Sch C",
    "gross_proceeds_paid_to_attorney": "see client",
}


def form_1099_preparer(m: Maker, variant: str) -> Layout:
    """The payer's 1099 statement as it sits in a tax preparer's client file: the statement
    itself (the payer's name and address, "Form 1099-INT" or "1099-MISC", the tax year, Copy B
    and the OMB number, the recipient's address for the window, the TINs and the account
    number, then the boxes as a list with box number, caption and amount, 0.00 for the empty
    ones, and the recipient's notice), scanned by the firm's document system with its index
    line across the top margin, and marked by the preparer in red: the RECEIVED date stamp,
    ticks beside the TINs and the amounts, the box 1 or largest amount circled with where it
    goes on the return written beside it, and the preparer's initials and date at the foot."""
    f = make_1099(m, variant)
    year = int(f.year)
    received = dt.date(year + 1, m.pick((1, 2, 2, 3)), m.r.randint(1, 28))
    reviewed = received + dt.timedelta(days=m.r.randint(2, 40))
    preparer = f"{m.pick(FIRST)[0]}{m.pick(LAST)[0]}"
    c = Canvas()
    client = f.recipient.split()
    index = (
        f"{client[-1].upper()}, {client[0].upper()}  |  TY{f.year}  |  "
        f"{'INT' if variant == 'INT' else 'MISC'}-{m.r.randint(1, 4):02d}  |  "
        f"scanned {fmt(received + dt.timedelta(days=1), '%m/%d/%Y')}  |  p. 1"
    )
    colour(c, 0.45, 0.45, 0.45)
    c.text(36, 14, index, 7, "F5")
    ink(c, 0.0)
    # the statement
    c.text(54, 48, f.payer, 13, "F2")
    rows_at(c, 54, 65, (f.p_street, f.p_city, f"Telephone {f.p_phone}"), 8.5, "F1", 11)
    c.right(558, 48, f"{f.year} Form 1099-{variant}", 12, "F2")
    c.right(558, 64, f.title, 9)
    c.right(558, 76, f"Copy B for Recipient  -  OMB No. {f.omb}", 7.5)
    rows_at(c, 80, 130, (f.recipient.upper(), f.r_street.upper(), f.r_city.upper()), 10, "F1", 12.5)
    facts = [("PAYER'S TIN", f.payer_tin), ("RECIPIENT'S TIN", f.recipient_tin)]
    if f.account:
        facts.append(("Account number", f.account))
    for i, (k, v) in enumerate(facts):
        c.text(360, 128 + 14 * i, k, 7.5, "F2")
        c.right(558, 128 + 14 * i, v, 9)
    top = 200.0
    c.line(54, top, 558, top, 1.0)
    c.text(54, top + 6, "Box", 7.5, "F2")
    c.text(90, top + 6, "Description", 7.5, "F2")
    c.right(558, top + 6, "Amount", 7.5, "F2")
    c.line(54, top + 18, 558, top + 18, 0.4)
    y = top + 25
    where: dict[str, float] = {}
    for num, caption, key in f.boxes:
        c.text(58, y, num, 9)
        c.text(90, y, caption, 9)
        c.right(558, y, f"{f.values.get(key, 0.0):,.2f}", 9)
        where[key] = y
        y += 16
    c.line(54, y, 558, y, 0.4)
    y = _paragraph(
        c,
        54,
        y + 14,
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on you "
        "if this income is taxable and the IRS determines that it has not been reported. Keep "
        "this statement for your records.",
        504,
        7.5,
        "F1",
    )
    # the preparer's marks
    colour(c, *RED)
    stroke(c, *RED)
    c.box(420, 92, 120, 30, 1.2)
    c.centre(480, 96, "RECEIVED", 9, "F2")
    c.centre(480, 108, fmt(received, "%b %d %Y").upper(), 10, "F6")
    for i in range(2):
        tick(c, 562, 128 + 14 * i, 8)
    big = max(f.values, key=lambda k: f.values[k])
    for key in f.values:
        tick(c, 562, where[key], 8)
    text_w = text_width(f"{f.values[big]:,.2f}", 9)
    ellipse(c, 558 - text_w - 8, where[big] - 5, text_w + 16, 19, 1.0)
    c.text(370, where[big] - 1, WHERE.get(big, "Sch 1"), 12, "F3")
    if "federal_income_tax_withheld" in f.values and big != "federal_income_tax_withheld":
        c.text(
            370,
            where["federal_income_tax_withheld"] - 1,
            WHERE["federal_income_tax_withheld"],
            12,
            "F3",
        )
    c.text(
        54,
        y + 30,
        f"{preparer}  {reviewed.month}/{reviewed.day}/{reviewed.year % 100:02d}",
        14,
        "F3",
    )
    c.text(
        54,
        y + 50,
        m.pick(
            ("agrees to prior yr", "ok - same as PY", "new acct this yr", "tie to client ledger")
        ),
        12,
        "F3",
    )
    ink(c, 0.0)
    c.ops.append(b"0 G")
    return [c], tax_1099_truth(f, zeros_printed=True)


# (payer, what is paid, income key, kind of payment rows)
HISTORY_PAYERS = {
    "INT": (
        ("Brickline Notes Servicing LLC", "Real estate note interest distributions"),
        ("Harborstone Capital Paying Agent, Inc.", "Monthly interest on secured notes"),
        ("Meadowlark Community Loan Fund", "Interest on community investment notes"),
    ),
    "MISC": (
        ("Prairie Wind Farms LLC", "Cash rent under farm lease"),
        ("Bluestem Grain & Cattle Co.", "Cash rent under pasture and crop lease"),
        ("Riverbend Ag Partners LLP", "Cash rent under farm lease"),
    ),
}


def form_1099_history(m: Maker, variant: str) -> Layout:
    """A payer's annual tax statement with the summary at the top: an investment-note paying
    agent's 1099-INT (monthly interest distributions) or a farm operator's 1099-MISC to its
    landlord (the cash rent installments): the payer's name and the title "Annual Tax
    Statement"; a band of three figures at the top (the income box, the tax withheld, the
    number of payments); two columns below it, the payer and the recipient with their TINs and
    the note or lease number on the left, the form's boxes with their amounts (0.00 when empty)
    on the right; then the payment history without rules (date, reference, description,
    amount) with its total, which is the income box; the recipient's notice at the foot."""
    f = make_1099(m, variant)
    f.payer, what = m.pick(HISTORY_PAYERS[variant])
    year = int(f.year)
    rows: list[tuple[dt.date, str, str, float]] = []
    if variant == "INT":
        key = "interest_income"
        amount = m.amount(180, 9500)
        months = m.r.randint(6, 12)
        first_month = 13 - months
        parts = split(amount, [m.r.uniform(0.9, 1.1) for _ in range(months)])
        note = f"Note {m.pick('ABCDEFGH')}-{m.digits(4)}"
        for i, part in enumerate(parts):
            d = dt.date(year, first_month + i, m.pick((1, 5, 10, 15)))
            rows.append((d, f"ACH {m.digits(8)}", f"Interest distribution - {note}", part))
        f.values = {key: amount}
        ref_label, ref = "Note no.", note.split()[1]
    else:
        key = "rents"
        acres = m.r.randint(40, 640)
        per_acre = m.amount(120, 310)
        amount = round(acres * per_acre, 2)
        lease = f"Lease {m.digits(3)}-{m.pick(('N', 'S', 'E', 'W'))}"
        half = round(amount / 2, 2)
        tract = (
            f"{acres} ac, Sec. {m.r.randint(1, 36)} T{m.r.randint(10, 99)}N R{m.r.randint(1, 40)}W"
        )
        for d, label, part in (
            (dt.date(year, 3, 1), "Spring installment", half),
            (dt.date(year, 11, 1), "Fall installment", round(amount - half, 2)),
        ):
            rows.append((d, f"Check {m.digits(5)}", f"{label} - {tract}", part))
        f.values = {key: amount}
        if m.chance(0.3):
            f.values["other_income"] = m.amount(600, 2400)
            d = dt.date(year, m.r.randint(6, 9), m.r.randint(1, 28))
            rows.append(
                (d, f"Check {m.digits(5)}", "Crop damage settlement", f.values["other_income"])
            )
            rows.sort()
        ref_label, ref = "Lease no.", lease.split()[1]
    if m.chance(0.12):
        f.values["federal_income_tax_withheld"] = round(sum(f.values.values()) * 0.24, 2)
    total_paid = round(sum(r[3] for r in rows), 2)
    c = Canvas()
    tint = m.pick(((0.1, 0.3, 0.25), (0.15, 0.2, 0.45), (0.4, 0.25, 0.1)))
    colour(c, *tint)
    c.text(40, 34, f.payer, 14, "F2")
    ink(c, 0.0)
    c.text(40, 52, f"{f.p_street}, {f.p_city}  |  {f.p_phone}", 8)
    c.right(572, 34, "Annual Tax Statement", 12, "F2")
    c.right(572, 50, f"Tax year {f.year}  -  Form 1099-{variant}", 9)
    top = 72.0
    fill(c, 40, top, 532, 62, (0.94, 0.95, 0.95))
    label = "Interest income (box 1)" if variant == "INT" else "Rents (box 1)"
    tiles = (
        (label, usd(f.values[key])),
        (
            "Federal income tax withheld (box 4)",
            usd(f.values.get("federal_income_tax_withheld", 0.0)),
        ),
        ("Payments in " + f.year, str(len(rows))),
    )
    for i, (k, v) in enumerate(tiles):
        x = 52 + 178 * i
        c.text(x, top + 12, k, 7.5)
        c.text(x, top + 28, v, 17, "F2")
    top = 152.0
    c.text(40, top, "PAYER", 7, "F2")
    rows_at(c, 40, top + 11, (f.payer, f.p_street, f.p_city, f"TIN {f.payer_tin}"), 8.5, "F1", 11)
    c.text(40, top + 64, "RECIPIENT", 7, "F2")
    rows_at(
        c,
        40,
        top + 75,
        (f.recipient, f.r_street, f.r_city, f"TIN {f.recipient_tin}", f"{ref_label}: {ref}"),
        8.5,
        "F1",
        11,
    )
    if f.account:
        c.text(40, top + 132, f"Account number: {f.account}", 8.5)
    x = 300.0
    c.text(x, top, f"FORM 1099-{variant}  {f.title.upper()}", 7, "F2")
    c.text(x, top + 10, f"Copy B for Recipient  -  OMB No. {f.omb}", 6.5)
    c.line(x, top + 20, 572, top + 20, 0.5)
    y = top + 26
    for num, caption, k in f.boxes:
        c.text(x, y, num, 8, "F2")
        c.text(x + 18, y, caption, fit(caption, 190, 8))
        c.right(572, y, f"{f.values.get(k, 0.0):,.2f}", 8.5)
        y += 13
    top = max(y, top + 150) + 18
    c.text(40, top, "Payment history", 10, "F2")
    for xx, h, a in (
        (40, "Date", "l"),
        (110, "Reference", "l"),
        (210, "Description", "l"),
        (572, "Amount", "r"),
    ):
        (c.right if a == "r" else c.text)(xx, top + 16, h, 7.5, "F2")
    y = top + 30
    for d, refn, desc, amount in rows:
        c.text(40, y, fmt(d, "%m/%d/%Y"), 8.5)
        c.text(110, y, refn, 8.5)
        c.text(210, y, desc, fit(desc, 290, 8.5))
        c.right(572, y, f"{amount:,.2f}", 8.5)
        y += 13
    c.line(440, y, 572, y, 0.5)
    c.text(210, y + 5, "Total paid", 8.5, "F2")
    c.right(572, y + 5, f"{total_paid:,.2f}", 8.5, "F2")
    _paragraph(
        c,
        40,
        max(y + 34, 640),
        f"{what}. The amounts above were reported to the Internal Revenue Service on Form "
        f"1099-{variant}. This is important tax information and is being furnished to the IRS. "
        "If you are required to file a return, a negligence penalty or other sanction may be "
        "imposed on you if this income is taxable and the IRS determines that it has not been "
        "reported.",
        532,
        7.5,
        "F1",
    )
    c.right(572, 760, "Page 1 of 1", 7)
    return [c], tax_1099_truth(f, zeros_printed=True)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh14(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """31: an accounts-payable check whose remittance runs over several pages, the check areas
    of the first pages voided; 32: a lockbox's image of a payment: the bill's coupon and the
    customer's personal check, front and back."""
    return (*(check_overflow if t == 31 else check_lockbox)(m), f"t{t}")


def ap_words(amount: float) -> str:
    """'ONE THOUSAND TWO HUNDRED FIVE AND 07/100', as accounts-payable systems print it."""
    cents = round(amount * 100) % 100
    return f"{words(int(amount)).upper()} AND {cents:02d}/100"


def check_overflow(m: Maker) -> Layout:
    """An accounts-payable check run for a vendor paid many invoices at once, on check-on-top
    laser stock: every page has the check in its top third and the remittance below, and
    because the invoice list overflows the stub, the checks of the first pages are printed
    VOID with "CONTINUED ON NEXT PAGE" and no MICR line, each with its own stock number; the
    last page carries the real check (company and address, bank and fraction, check number,
    date, amount with asterisks, the amount in words in capitals ending in /100 and DOLLARS,
    the vendor's name and remittance address under "TO THE ORDER OF", two signature lines with
    "TWO SIGNATURES REQUIRED OVER $25,000", the MICR line) and the totals of the remittance
    (invoice number and date, description, gross, discount, net paid)."""
    q = make_cheque(m, business=True)
    q.memo = ""
    v_street, v_city = m.address()
    vendor_no = f"V{m.digits(5)}"
    n = m.r.randint(32, 80)
    invoices = []
    for _ in range(n):
        gross = m.amount(40, 2600)
        discount = round(gross * 0.02, 2) if m.chance(0.25) else 0.0
        d = q.date - dt.timedelta(days=m.r.randint(12, 75))
        invoices.append(
            (
                m.pick((f"INV{m.digits(6)}", f"{m.digits(5)}-{m.digits(2)}", f"A{m.digits(7)}")),
                d,
                m.pick(("Parts", "Freight", "Services", "Materials", "Supplies", "Repairs")),
                f"PO {m.digits(6)}",
                gross,
                discount,
                round(gross - discount, 2),
            )
        )
    invoices.sort(key=lambda x: x[1])
    q.amount = round(sum(x[6] for x in invoices), 2)
    words_text = ap_words(q.amount)
    per_page = 30
    chunks = [invoices[i : i + per_page] for i in range(0, len(invoices), per_page)]
    if len(chunks[-1]) > 26:
        chunks.append([])
    first_no = int(q.number) - len(chunks) + 1
    fraction = f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}"
    pages = []
    for pi, chunk in enumerate(chunks):
        last = pi == len(chunks) - 1
        number = str(first_no + pi)
        c = Canvas()
        fill(c, 0, 0, 612, 258, (0.9, 0.94, 0.9))
        c.text(36, 22, q.drawer, 11, "F2")
        rows_at(c, 36, 36, (q.street, q.city), 7.5, "F1", 9)
        c.centre(320, 22, q.bank, 9, "F2")
        c.centre(320, 33, q.bank_city, 6.5)
        c.centre(320, 42, fraction, 6.5)
        c.right(576, 20, number, 12, "F2")
        c.text(400, 64, "DATE", 6.5, "F2")
        c.text(480, 64, "AMOUNT", 6.5, "F2")
        c.box(396, 72, 80, 20, 0.5)
        c.box(476, 72, 100, 20, 0.5)
        c.text(36, 106, "PAY", 7, "F2")
        c.line(60, 116, 540, 116, 0.4)
        c.right(576, 108, "DOLLARS", 7, "F2")
        c.text(36, 132, "TO THE", 6.5, "F2")
        c.text(36, 140, "ORDER OF", 6.5, "F2")
        c.line(360, 204, 576, 204, 0.5)
        c.line(360, 184, 576, 184, 0.5)
        c.text(400, 207, "AUTHORIZED SIGNATURE", 5.5)
        c.text(360, 152, "TWO SIGNATURES REQUIRED OVER $25,000", 5.5, "F2")
        if last:
            c.text(402, 78, fmt(q.date, "%m/%d/%Y"), 9.5, "F5")
            c.right(572, 78, f"$***{q.amount:,.2f}", 9.5, "F6")
            line = f"***{words_text}"
            c.text(64, 104, line, fit(line, 470, 9, "F5"), "F5")
            rows_at(c, 90, 132, (q.payee.upper(), v_street.upper(), v_city.upper()), 9, "F5", 11)
            for k, signer in enumerate(m.r.sample(LAST, 2)):
                hand(c, 380 + 70 * k, 166 + 20 * k, f"{m.pick(FIRST)[0]}. {signer}", 12)
            c.text(140, 230, f"C{number.zfill(6)}C A{q.routing}A {q.account}C", 11, "F5")
        else:
            colour(c, 0.35, 0.35, 0.35)
            c.text(420, 72, "VOID", 14, "F2")
            c.text(64, 100, "*** VOID *** CONTINUED ON NEXT PAGE *** VOID ***", 11, "F6")
            c.centre(306, 150, "NON-NEGOTIABLE", 22, "F2")
            ink(c, 0.0)
        perforation(c, 262)
        top = 276.0
        c.text(36, top, q.drawer, 9, "F2")
        c.right(576, top, f"Page {pi + 1} of {len(chunks)}", 8)
        info = (
            ("Vendor", f"{q.payee} ({vendor_no})"),
            ("Payment date", fmt(q.date, "%m/%d/%Y")),
            ("Check number", q.number),
        )
        for i, (k, v) in enumerate(info):
            c.text(36 + 200 * i, top + 14, f"{k}: {v}", fit(f"{k}: {v}", 190, 8))
        y = top + 32
        cols = (
            (36, "Invoice No.", "l"),
            (110, "Date", "l"),
            (170, "Description", "l"),
            (300, "Reference", "l"),
            (440, "Gross", "r"),
            (500, "Discount", "r"),
            (576, "Net Paid", "r"),
        )
        c.line(36, y - 3, 576, y - 3, 0.5)
        for x, h, a in cols:
            (c.right if a == "r" else c.text)(x, y, h, 7.5, "F2")
        c.line(36, y + 11, 576, y + 11, 0.5)
        y += 16
        for inv, d, desc, ref, gross, disc, net in chunk:
            cells = (
                inv,
                fmt(d, "%m/%d/%y"),
                desc,
                ref,
                f"{gross:,.2f}",
                f"{disc:,.2f}",
                f"{net:,.2f}",
            )
            for (x, _, a), s in zip(cols, cells, strict=True):
                (c.right if a == "r" else c.text)(x, y, s, 8, "F5" if x in (36, 300) else "F1")
            y += 14.5
        if last:
            c.line(380, y, 576, y, 0.5)
            c.text(170, y + 5, f"Totals ({n} invoices)", 8, "F2")
            c.right(440, y + 5, f"{sum(x[4] for x in invoices):,.2f}", 8, "F2")
            c.right(500, y + 5, f"{sum(x[5] for x in invoices):,.2f}", 8, "F2")
            c.right(576, y + 5, f"{q.amount:,.2f}", 8, "F2")
            c.text(170, y + 22, f"Check amount  {usd(q.amount)}", 9, "F2")
        else:
            c.text(170, y + 6, "Continued on next page", 8, "F2")
        pages.append(c)
    return pages, cheque_truth(q, words_text)


BILLERS = (
    ("Harborview Water & Sewer District", "Utility payments", "Account number"),
    ("Lakeside Pediatric Associates", "Patient billing", "Guarantor account"),
    ("Summit Ridge Homeowners Association", "Assessment payments", "Unit / account"),
    ("Northgate Propane Co.", "Customer payments", "Account number"),
    ("Valley Orthopedic Surgeons, P.C.", "Patient payments", "Account number"),
)


def check_lockbox(m: Maker) -> Layout:
    """The image of one payment from a bank's lockbox, printed from the lockbox web viewer: the
    header with the lockbox, batch, item and sequence numbers and the deposit date; the
    coupon the customer tore off the bill (the biller's name and remittance address, the
    account number, the statement and due dates, the amount due, the amount enclosed written
    in, the customer's name and address and the scan line); then the customer's personal check
    (the holder's printed name and address, the check number, the bank with its fraction, the
    date, the biller as payee, the amount in the box and in words written by hand, the memo
    with the account number, the signature, the MICR line) and its back with the lockbox's
    endorsement stamp."""
    q = make_cheque(m, business=False)
    biller, unit, acct_caption = m.pick(BILLERS)
    q.payee = biller
    b_city = m.address()[1]
    account_no = m.pick(
        (f"{m.digits(8)}-{m.digits(1)}", m.digits(10), f"{m.digits(4)}-{m.digits(5)}")
    )
    q.memo = m.pick((f"Acct {account_no}", f"#{account_no}", account_no))
    due = q.date + dt.timedelta(days=m.r.randint(-3, 12))
    statement = due - dt.timedelta(days=m.pick((21, 25, 28)))
    amount_due = q.amount if m.chance(0.6) else round(q.amount * m.pick((1.25, 1.6, 2.0)), 2)
    deposited = q.date + dt.timedelta(days=m.r.randint(3, 8))
    lockbox = m.digits(5)
    c = Canvas()
    c.text(30, 24, "Lockbox Image Viewer", 12, "F2")
    c.right(
        582,
        24,
        f"Printed {fmt(deposited + dt.timedelta(days=m.r.randint(1, 30)), '%m/%d/%Y')}",
        7.5,
    )
    head = (
        f"Lockbox {lockbox}   Batch {m.digits(4)}   Item {m.r.randint(1, 60):03d}   "
        f"Seq {m.digits(6)}   Deposit date {fmt(deposited, '%m/%d/%Y')}   Type: Check + stub"
    )
    c.text(30, 42, head, 7.5, "F5")
    c.line(30, 54, 582, 54, 0.6)
    # the coupon
    top = 66.0
    c.text(30, top, "Item 1 - Remittance document", 7.5, "F2")
    d = Frame(c, 60, top + 12, 1.0)
    fill(c, 60, top + 12, 492, 150, (0.96, 0.96, 0.94))
    d.box(0, 0, 492, 150, 0.5)
    d.text(10, 8, biller, 10, "F2")
    d.text(10, 22, "Please detach and return this portion with your payment.", 6.5)
    facts = (
        (acct_caption, account_no),
        ("Statement date", fmt(statement, "%m/%d/%Y")),
        ("Due date", fmt(due, "%m/%d/%Y")),
        ("Amount due", usd(amount_due)),
    )
    for i, (k, v) in enumerate(facts):
        d.box(300, 8 + 20 * i, 182, 20, 0.4)
        d.text(304, 10 + 20 * i, k, 5.5)
        d.right(478, 16 + 20 * i, v, 8.5, "F2" if k == "Amount due" else "F1")
    d.box(300, 88, 182, 22, 0.8)
    d.text(304, 90, "Amount enclosed", 5.5, "F2")
    d.text(310, 98, "$", 8.5)
    colour(c, 0.1, 0.15, 0.45)
    d.text(330, 96, f"{q.amount:,.2f}", 11, "F3")
    ink(c, 0.0)
    rows_at(d, 30, 44, (q.drawer.upper(), q.street.upper(), q.city.upper()), 7.5, "F1", 9)
    d.text(30, 80, "Remit to:", 6, "F2")
    rows_at(d, 30, 88, (biller.upper(), f"PO BOX {lockbox}", b_city.upper()), 7.5, "F1", 9)
    d.text(
        30,
        134,
        f"{m.digits(10)} {account_no.replace('-', '')} {m.digits(8)} {m.digits(1)}",
        8,
        "F5",
    )
    # the check, front
    top = 250.0
    c.text(30, top, "Item 2 - Check front", 7.5, "F2")
    k = 1.15
    x0 = 306 - 432 * k / 2
    ch = Frame(c, x0, top + 12, k)
    fill(
        c,
        x0,
        top + 12,
        432 * k,
        198 * k,
        m.pick(((0.9, 0.93, 0.97), (0.95, 0.93, 0.88), (0.92, 0.96, 0.92))),
    )
    ch.box(0, 0, 432, 198, 0.6)
    ch.text(14, 12, q.drawer.upper(), 8, "F2")
    ch.text(14, 22, q.street.upper(), 6)
    ch.text(14, 29, q.city.upper(), 6)
    ch.right(418, 12, q.number, 9, "F2")
    ch.right(418, 24, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 5.5)
    ch.text(290, 48, "DATE", 6)
    ch.line(310, 56, 418, 56, 0.4)
    ch.text(14, 70, "PAY TO THE", 5.5)
    ch.text(14, 77, "ORDER OF", 5.5)
    ch.line(52, 84, 338, 84, 0.4)
    ch.box(346, 66, 72, 18, 0.5)
    ch.text(350, 71, "$", 8, "F2")
    ch.line(14, 110, 380, 110, 0.4)
    ch.text(386, 104, "DOLLARS", 6, "F2")
    ch.text(14, 122, q.bank, 7.5, "F2")
    ch.text(14, 131, q.bank_city, 5.5)
    ch.text(14, 160, "MEMO", 5.5)
    ch.line(40, 166, 200, 166, 0.4)
    ch.line(240, 166, 418, 166, 0.4)
    ch.text(14, 180, f"A{q.routing}A {q.account}C {q.number.zfill(4)}", 10, "F5")
    colour(c, 0.1, 0.15, 0.45)
    date_s = m.pick(
        (fmt(q.date, "%m/%d/%Y"), f"{q.date.month}/{q.date.day}/{q.date:%y}", long_date(q.date))
    )
    ch.text(316, 45, date_s, 10, "F3")
    ch.text(56, 72, biller, fit(biller, 280, 11, "F3"), "F3")
    ch.text(362, 70, f"{q.amount:,.2f}", 11, "F3")
    words_text = spelled(q.amount)
    ch.text(18, 98, words_text, fit(words_text, 360, 11, "F3"), "F3")
    ch.text(44, 155, q.memo, 10, "F3")
    ch.text(260, 152, f"{q.drawer.split()[0]} {q.drawer.split()[-1]}", 13, "F3")
    ink(c, 0.0)
    # the check, back
    top = 500.0
    c.text(30, top, "Item 2 - Check back", 7.5, "F2")
    fill(c, x0, top + 12, 432 * k, 198 * k, (0.97, 0.97, 0.97))
    bk = Frame(c, x0, top + 12, k)
    bk.box(0, 0, 432, 198, 0.6)
    bk.text(300, 8, "ENDORSE HERE", 6, "F2")
    for i in range(3):
        bk.line(300, 24 + 12 * i, 424, 24 + 12 * i, 0.3)
    bk.text(300, 64, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE", 4.5, "F2")
    bk.text(300, 70, "RESERVED FOR FINANCIAL INSTITUTION USE", 4.5)
    colour(c, 0.2, 0.2, 0.55)
    bk.box(296, 82, 128, 44, 0.8)
    rows_at(
        bk,
        300,
        86,
        ("FOR DEPOSIT ONLY", biller.upper()[:30], f"LOCKBOX {lockbox}", f"ACCT {m.digits(10)}"),
        6,
        "F6",
        9,
    )
    ink(c, 0.0)
    bk.text(20, 150, f"{fmt(deposited, '%m%d%Y')} {m.digits(9)} {m.digits(6)}", 6, "F5")
    c.text(30, 770, f"{biller} - {unit} - lockbox {lockbox}", 7)
    c.right(582, 770, "Page 1 of 1", 7)
    return [c], cheque_truth(q, words_text)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh14(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """31: a diner's guest check written by hand on a custom-printed green pad; 32: a long
    register receipt scanned in two pieces side by side on a letter page."""
    return (*(receipt_guest_check if t == 31 else receipt_two_pieces)(m), f"t{t}")


DINERS = (
    "MAPLE LEAF DINER",
    "SUNRISE FAMILY RESTAURANT",
    "ROUTE 9 COFFEE SHOP",
    "THE BLUE PLATE GRILL",
    "HILLTOP DINER & BAKERY",
)
# (what a server writes, price range)
DINER_ITEMS = (
    ("2 eggs OE w/ bacon", (7.5, 10.95)),
    ("BLT", (8.25, 10.5)),
    ("coffee", (2.25, 3.25)),
    ("OJ lg", (3.5, 4.75)),
    ("short stack", (6.5, 8.95)),
    ("patty melt", (10.95, 13.5)),
    ("ch burger dlx", (11.5, 14.25)),
    ("apple pie a la mode", (5.25, 6.95)),
    ("tea", (2.0, 2.75)),
    ("club sand.", (10.5, 12.95)),
    ("soup of day - cup", (4.25, 5.5)),
    ("western omelet", (10.25, 12.75)),
    ("french toast", (7.95, 9.95)),
    ("hot turkey", (12.5, 14.95)),
    ("milkshake choc", (5.5, 6.95)),
    ("side home fries", (3.25, 4.25)),
)
GREEN = (0.1, 0.45, 0.28)
PEN = (0.1, 0.15, 0.45)


def receipt_guest_check(m: Maker) -> Layout:
    """A diner's guest check from a custom-printed pad, filled in by the server with a pen
    and scanned: the restaurant's name, address and telephone printed in green at the top, the
    check number printed in red, the row of boxes for date, table, guests and server; the
    ruled item lines with the quantities, the server's abbreviations and the prices written in;
    the printed SUBTOTAL, TAX and TOTAL lines with the figures written beside them; the
    tear-off guest receipt at the foot with the check number again and the total."""
    store = m.pick(DINERS)
    street, city = m.address()
    phone = m.phone()
    when = m.date()
    number = m.pick((m.digits(6), m.digits(5), f"{m.pick('ABCDE')}{m.digits(5)}"))
    table = str(m.r.randint(1, 32))
    guests = m.r.randint(1, 5)
    server = m.pick(("Deb", "Sal", "Kim", "Rosa", "Tony", "Jen", "07", "12"))
    items = []
    for name, (lo, hi) in m.r.sample(DINER_ITEMS, m.r.randint(guests, min(9, 2 * guests + 1))):
        qty = m.pick((1, 1, 1, 2)) if guests > 1 else 1
        price = math.floor(m.r.uniform(lo, hi)) + m.pick((0.25, 0.5, 0.75, 0.95))
        items.append((qty, name, round(qty * price, 2)))
    subtotal = round(sum(x[2] for x in items), 2)
    rate = m.pick((0.06, 0.065, 0.07, 0.0825, 0.09))
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    w, h = 252.0, 560.0
    c = Canvas(w, h)
    fill(c, 0, 0, w, h, (0.97, 0.98, 0.95))
    colour(c, *GREEN)
    stroke(c, *GREEN)
    c.centre(w / 2, 12, store, fit(store, 220, 11, "F4"), "F4")
    c.centre(w / 2, 27, f"{street} \xb7 {city}", fit(f"{street} \xb7 {city}", 230, 6.5))
    c.centre(w / 2, 36, phone, 7, "F2")
    heads = (("DATE", 58), ("TABLE", 34), ("GUESTS", 36), ("SERVER", 40), ("CHECK NO.", 64))
    x = 10.0
    for cap, wd in heads:
        c.box(x, 48, wd, 28, 0.6)
        c.text(x + 2, 50, cap, 4.8, "F2")
        x += wd
    top = 86.0
    for i in range(16):
        y = top + 18 * i
        c.line(10, y + 18, 242, y + 18, 0.4)
    c.line(28, top, 28, top + 18 * 16, 0.4)
    c.line(190, top, 190, top + 18 * 16, 0.4)
    foot = top + 18 * 16
    for i, cap in enumerate(("SUBTOTAL", "TAX", "TOTAL")):
        y = foot + 18 * i
        c.box(110, y, 132, 18, 0.6)
        c.text(116, y + 6, cap, 7, "F2")
    c.text(10, foot + 20, "THANK YOU", 8, "F4")
    c.text(10, foot + 31, "PLEASE PAY CASHIER", 6.5, "F2")
    c.text(4, 450, "- " * 60, 5, "F5")
    c.text(10, 462, "GUEST RECEIPT", 8, "F2")
    c.text(10, 480, store, fit(store, 150, 7, "F2"), "F2")
    c.text(10, 490, phone, 6.5)
    c.box(150, 474, 92, 22, 0.6)
    c.text(153, 476, "TOTAL", 4.8, "F2")
    c.centre(w / 2, 536, "Thank you - come again!", 7, "F4")
    stroke(c, 0.0, 0.0, 0.0)
    colour(c, 0.8, 0.1, 0.1)
    c.text(186, 61, f"No {number}", 8.5, "F6")
    c.text(160, 462, f"No {number}", 8.5, "F6")
    colour(c, *PEN)
    date_s = m.pick(
        (f"{when.month}/{when.day}/{when:%y}", fmt(when, "%m/%d/%y"), fmt(when, "%m/%d/%Y"))
    )
    c.text(13, 59, date_s, 10, "F3")
    c.text(74, 59, table, 11, "F3")
    c.text(108, 59, str(guests), 11, "F3")
    c.text(142, 59, server, 10, "F3")
    for i, (qty, name, amount) in enumerate(items):
        y = top + 18 * i + 4
        c.text(14, y, str(qty), 11, "F3")
        c.text(32, y, name, fit(name, 150, 11, "F3"), "F3")
        c.right(236, y, f"{amount:.2f}", 11, "F3")
    for i, v in enumerate((subtotal, tax, total)):
        c.right(236, foot + 18 * i + 3, f"{v:.2f}", 11, "F3")
    c.right(236, 481, f"${total:.2f}", 11, "F3")
    ink(c, 0.0)
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": number,
    }
    return [c], truth


BIG_STORES = (
    ("HOMESTEAD HOME & GARDEN", "home"),
    ("PARKSIDE DRUG", "drug"),
    ("TRI-COUNTY FARM & HOME", "farm"),
    ("VALUEWAY DEPARTMENT STORE", "home"),
)
BIG_ITEMS = {
    "home": (
        ("BATH TOWEL GRY", (6.99, 14.99)),
        ("LED BULB A19 4PK", (7.49, 12.99)),
        ("STORAGE BIN 66QT", (8.99, 13.99)),
        ("DISH SOAP 28OZ", (2.99, 4.49)),
        ("PAPER TOWEL 6RL", (8.49, 12.99)),
        ("POTTING MIX 2CF", (9.99, 14.99)),
        ("HOSE NOZZLE 8PAT", (6.99, 11.99)),
        ("PICTURE FRAME 8X10", (4.99, 9.99)),
        ("TRASH BAGS 45CT", (8.99, 12.49)),
        ("KITCHEN TOWEL 2PK", (3.99, 6.99)),
        ("AA BATTERIES 8PK", (6.99, 10.99)),
        ("HANGERS 10PK", (3.49, 5.99)),
        ("CANDLE 3WICK", (9.99, 16.99)),
    ),
    "drug": (
        ("IBUPROFEN 200MG 100", (7.49, 11.99)),
        ("VITAMIN C 500MG", (6.99, 10.49)),
        ("TOOTHPASTE WHTNG", (3.49, 5.99)),
        ("SHAMPOO 12OZ", (4.99, 8.99)),
        ("COTTON SWABS 500", (2.99, 4.49)),
        ("BANDAGES 30CT", (3.99, 6.49)),
        ("GREETING CARD", (2.99, 6.99)),
        ("CANDY BAR", (1.29, 2.19)),
        ("WATER 24PK", (4.99, 6.99)),
        ("ALLERGY RELIEF 30", (12.99, 21.99)),
        ("LOTION 16OZ", (5.99, 9.99)),
        ("RAZOR CART 4CT", (11.99, 19.99)),
        ("GUM 3PK", (2.49, 3.99)),
    ),
    "farm": (
        ("WORK GLOVES LTHR", (9.99, 19.99)),
        ("BIRD SEED 20LB", (12.99, 21.99)),
        ("DOG FOOD 30LB", (29.99, 49.99)),
        ("ZIP TIES 100PK", (4.99, 8.99)),
        ("WD-40 12OZ", (5.49, 7.99)),
        ("T-POST 6FT", (4.29, 6.49)),
        ("BARN BOOTS", (39.99, 69.99)),
        ("CHICKEN FEED 50LB", (16.99, 24.99)),
        ("FLY SPRAY 32OZ", (8.99, 14.99)),
        ("BUNGEE CORD 10PK", (7.99, 12.99)),
        ("HOSE 50FT", (19.99, 34.99)),
        ("PADLOCK 2PK", (9.99, 16.99)),
    ),
}


def receipt_two_pieces(m: Maker) -> Layout:
    """A long register receipt too long for the scanner glass, torn (or folded) in two and
    scanned as two strips side by side on a letter page, the second a little lower and
    repeating the last lines of the first: the store's name, number, address and telephone,
    the date, time, register, cashier and transaction number; many items with their SKU, the
    price and a tax flag, multiples as "2 @ 4.99", instant savings and a coupon; the item
    count, SUBTOTAL, the sales tax, TOTAL, the card tender with the chip details or the cash
    and change; the rewards balance, the return policy, the survey invitation and the
    barcode digits."""
    store, kind = m.pick(BIG_STORES)
    number = m.r.randint(100, 4999)
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(
        m.date(), dt.time(m.r.randint(8, 21), m.r.randint(0, 59), m.r.randint(0, 59))
    )
    trans = m.pick((m.digits(4), m.digits(6), f"{m.digits(3)}-{m.digits(4)}"))
    lines: list[tuple[str, str, str, bool]] = []  # (left, right, style, bold) style l/c

    def row(left: str, right: str = "", bold: bool = False) -> None:
        lines.append((left, right, "l", bold))

    def centre(s: str, bold: bool = False) -> None:
        lines.append((s, "", "c", bold))

    centre(store, True)
    centre(f"STORE #{number}")
    centre(street.upper())
    centre(city.upper())
    centre(phone)
    row("")
    row(f"{fmt(when, '%m/%d/%Y')} {fmt(when, '%I:%M:%S %p')}", f"REG {m.r.randint(1, 9):02d}")
    row(f"CASHIER {m.pick(FIRST).upper()[:8]}", f"TRANS# {trans}")
    row("")
    subtotal = 0.0
    count = 0
    goods = BIG_ITEMS[kind]
    for name, (lo, hi) in m.r.sample(goods, m.r.randint(len(goods) - 4, len(goods))):
        price = math.floor(m.r.uniform(lo, hi)) + m.pick((0.49, 0.79, 0.99))
        qty = m.pick((1, 1, 1, 1, 2, 3))
        amount = round(qty * price, 2)
        row(name, f"{amount:.2f} T")
        row(f"  {m.digits(12)}" + (f"  {qty} @ {price:.2f}" if qty > 1 else ""))
        subtotal += amount
        count += qty
        if m.chance(0.15):
            save = round(price * m.pick((0.1, 0.2, 0.25)), 2)
            row("  INSTANT SAVINGS", f"{save:.2f}-")
            subtotal -= save
    if m.chance(0.5):
        coupon = float(m.pick((1, 2, 3, 5)))
        row("STORE COUPON", f"{coupon:.2f}-")
        subtotal -= coupon
    subtotal = round(subtotal, 2)
    rate = m.pick((0.06, 0.065, 0.07, 0.0725, 0.08, 0.0825))
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    row("")
    row(f"ITEMS SOLD {count}")
    row("SUBTOTAL", f"{subtotal:.2f}", True)
    row(f"TAX {rate * 100:.3f}%", f"{tax:.2f}")
    row("TOTAL", f"{total:.2f}", True)
    card = m.chance(0.75)
    last4 = m.digits(4)
    row("")
    if card:
        brand = m.pick(("VISA CREDIT", "MASTERCARD", "DEBIT", "DISCOVER"))
        row(brand, f"{total:.2f}")
        row(f"CARD # ************{last4}")
        row(f"AUTH CODE {m.digits(6)}   CHIP READ")
        row(f"AID A0000000{m.digits(6)}")
        row("TVR 0000000000  TSI E800")
        row("CHANGE DUE", "0.00")
    else:
        cash = float(math.ceil(total / 20) * 20)
        row("CASH", f"{cash:.2f}")
        row("CHANGE DUE", f"{cash - total:.2f}")
    row("")
    centre(f"REWARDS MEMBER ***-***-{m.digits(4)}")
    centre(f"POINTS EARNED TODAY {int(subtotal)}")
    centre(f"POINTS BALANCE {m.r.randint(200, 9000):,}")
    row("")
    for s in wrap(
        "RETURNS AND EXCHANGES WITHIN 30 DAYS WITH RECEIPT. SEASONAL AND OPENED ITEMS ARE "
        "FINAL SALE. SEE STORE FOR DETAILS.",
        170,
        6.5,
        "F5",
    ):
        centre(s)
    row("")
    centre("TELL US ABOUT YOUR VISIT")
    centre(f"survey.{store.split()[0].lower()}.com")
    centre(f"SURVEY CODE {m.digits(4)} {m.digits(4)} {m.digits(4)}")
    row("")
    centre(f"{m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(2)}")
    centre("THANK YOU FOR SHOPPING WITH US")
    cut = int(len(lines) * m.r.uniform(0.48, 0.56))
    overlap = m.pick((2, 3, 4))
    pieces = (lines[:cut], lines[cut - overlap :])
    c = Canvas()
    lead, size, wd = 9.4, 6.8, 210.0
    for j, piece in enumerate(pieces):
        x0 = 52 + 290 * j + m.r.uniform(-6, 6)
        y0 = 30 + 22 * j + m.r.uniform(-4, 4)
        fill(c, x0, y0, wd, lead * len(piece) + 20, (0.965, 0.962, 0.95))
        y = y0 + 10
        for left, right, style, bold in piece:
            font = "F6" if bold else "F5"
            if style == "c":
                c.centre(x0 + wd / 2, y, left, fit(left, wd - 16, size, font), font)
            else:
                c.text(x0 + 8, y, left, size, font)
                if right:
                    c.right(x0 + wd - 8, y, right, size, font)
            y += lead
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": trans,
    }
    if card:
        truth["card_last_four_digits"] = last4
    return [c], truth
