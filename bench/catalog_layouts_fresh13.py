"""The "fresh13" held-out layouts (templates 29 and 30) of the catalog kinds, for
bench/catalog_documents.py.

A fourteenth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh13` is an
honest test set: the courtesy copy ("copia di cortesia") of an Italian electronic invoice
(FatturaPA) as the exchange system's style sheet prints it, with the cedente/prestatore and the
cessionario/committente side by side, the document data, the detail lines, the VAT summary per
rate and the payment terms as ruled tables with the captions on tinted header rows, amounts as
1.234,56 and dates as 14-03-2024, and a staffing agency's weekly invoice to a client (a line per
temporary worker with regular and overtime hours at the bill rates, the screening fees, the
timesheet approval and the remittance instructions, continued on further pages for big crews);
an Irish payslip on a landscape sheet (PAYE, USC and PRSI, the tax credit and standard rate
cut-off, the week or month number, euro amounts and the cumulative figures) and a travel nurse's
weekly earnings statement from a healthcare staffing agency (the assignment, the taxable hourly
earnings apart from the tax-free lodging and meals stipends, with Current and YTD columns); a
Swiss bank's Kontoauszug in German (Saldovortrag, Belastung, Gutschrift, Valuta and Saldo, amounts
as 12'345.60, the salutation on its own line of the address) and a mobile money wallet's
statement (the summary by transaction type, the balances, then every transaction newest first
with its receipt code, completion time and status, continued on further pages); a large-print
W-2 copy made as an accessibility accommodation (one box to a line, the caption over the value
in large type, on several pages) and an employee's year-end payroll summary by quarter with the
W-2 boxes as the rows and the year total beside the four quarters; a licence card with
bilingual English/French captions and dates as YYYY/MM/DD, scanned front and back, and a
notarised copy of a licence (the photocopied card over the notary's copy certification with the
seal); a payer's 1099 worksheet printed from a spreadsheet (column letters, row numbers and
gridlines, the dollar sign apart from the amount as the accounting format puts it) and a crypto
exchange's 1099 tax statement with the reward or interest detail by asset on the following
pages; a US-dollar cheque drawn on a Canadian bank (bilingual captions, the date in a
Y Y Y Y M M D D box) over its remittance advice, and a sheet of three laser checks of which only
the first was printed, the other two still blank with their own numbers; a Mexican convenience
store's ticket in Spanish (IVA, the total in words, the invoicing note) and an auto parts
store's counter sales invoice with core charges on a letter page.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt
import math

from bench.catalog_documents import (
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
    licence_truth,
    make_1099,
    make_cheque,
    make_licence,
    make_w2,
    tax_1099_truth,
    w2_truth,
    wrap,
)
from bench.catalog_layouts_fresh3 import fit, ink
from bench.catalog_layouts_fresh8 import colour, euro, rows_at
from bench.catalog_layouts_fresh9 import fill, usd
from bench.catalog_layouts_fresh11 import white
from bench.catalog_layouts_fresh12 import Sheets, capped, hand, spelled, split, taxed

# ---------------------------------------------------------------------------------------------
# Helpers


def swiss(value: float) -> str:
    """1234.5 -> "1'234.50", as Swiss banks print francs."""
    return f"{value:,.2f}".replace(",", "'")


def grid(
    c: Canvas,
    x: float,
    top: float,
    cols: tuple[tuple[str, float, str], ...],
    rows: list[tuple[str, ...]],
    size: float = 7.5,
    head: float = 6.5,
    row_h: float = 14,
) -> float:
    """A ruled table: the captions on a tinted header row, then the rows, each cell aligned left,
    right or centred as its column says; the top of what follows."""
    h0 = 13.0
    xx = x
    for title, w, _ in cols:
        c.shade(xx, top, w, h0, 0.9)
        c.box(xx, top, w, h0, 0.4)
        c.text(xx + 2.5, top + 3.5, title, fit(title, w - 4, head, "F2"), "F2")
        xx += w
    y = top + h0
    for row in rows:
        xx = x
        for (_, w, a), s in zip(cols, row, strict=True):
            c.box(xx, y, w, row_h, 0.3)
            if s:
                size_s = fit(s, w - 5, size)
                if a == "r":
                    c.right(xx + w - 3, y + (row_h - size_s) / 2, s, size_s)
                elif a == "c":
                    c.centre(xx + w / 2, y + (row_h - size_s) / 2, s, size_s)
                else:
                    c.text(xx + 3, y + (row_h - size_s) / 2, s, size_s)
            xx += w
        y += row_h
    return y


def sunday_on_or_after(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=(6 - d.weekday()) % 7)


def month_end(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def weekday_before(d: dt.date) -> dt.date:
    """`d`, or the Friday before it when it falls on a weekend."""
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def circle(c: Canvas, x: float, top: float, r: float, lw: float = 0.8) -> None:
    """A circle (four Bezier arcs) centred at x, top."""
    y = c.height - top
    k = 0.5523 * r
    c.ops.append(
        b"%.2f w %.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
        b"%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S"
        % (
            lw,
            x + r,
            y,
            x + r,
            y + k,
            x + k,
            y + r,
            x,
            y + r,
            x - k,
            y + r,
            x - r,
            y + k,
            x - r,
            y,
            x - r,
            y - k,
            x - k,
            y - r,
            x,
            y - r,
            x + k,
            y - r,
            x + r,
            y - k,
            x + r,
            y,
        )
    )


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh13(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """29: the courtesy copy of an Italian electronic invoice (FatturaPA); 30: a staffing
    agency's weekly invoice with a line per temporary worker."""
    return (*(invoice_fattura if t == 29 else invoice_staffing)(m), f"t{t}")


IT_FIRMS = (
    "Rossi Forniture Industriali S.r.l.",
    "Bianchi & Figli S.n.c.",
    "Tipografia Colombo S.r.l.",
    "Ferramenta Esposito S.p.A.",
    "Marino Logistica S.r.l.",
    "Gallo Impianti Elettrici S.r.l.",
    "Conti Alimentari S.p.A.",
    "Studio Tecnico Ricci & Associati",
    "Greco Imballaggi S.r.l.",
)
# (city, province, CAP prefix, telephone prefix)
IT_CITIES = (
    ("Milano", "MI", "201", "02"),
    ("Torino", "TO", "101", "011"),
    ("Bologna", "BO", "401", "051"),
    ("Firenze", "FI", "501", "055"),
    ("Napoli", "NA", "801", "081"),
    ("Verona", "VR", "371", "045"),
    ("Bari", "BA", "701", "080"),
    ("Brescia", "BS", "251", "030"),
)
IT_STREETS = (
    "Via Roma",
    "Corso Garibaldi",
    "Via Giuseppe Verdi",
    "Viale Europa",
    "Via Dante Alighieri",
    "Via dell'Industria",
    "Piazza Cavour",
)
# (description, unit, price range, quantity range, VAT rate)
IT_GOODS = (
    ("Scatola cartone ondulato 60x40x40", "PZ", (0.8, 2.9), (50, 800), 22),
    ("Consulenza tecnica", "ORE", (45, 95), (2, 40), 22),
    ("Olio extravergine di oliva 5 L", "PZ", (28, 49), (2, 60), 4),
    ("Pasta di semola di grano duro 1 kg", "CF", (1.1, 2.4), (20, 400), 4),
    ("Trasporto e consegna", "NR", (35, 280), (1, 1), 22),
    ("Cavo unipolare FS17 1,5 mmq", "MT", (0.25, 0.6), (100, 1500), 22),
    ("Manutenzione programmata impianto", "NR", (180, 950), (1, 3), 22),
    ("Stampa brochure A4 quadricromia", "NR", (0.18, 0.65), (500, 5000), 22),
    ("Biscotti frollini 700 g", "CF", (2.1, 3.9), (12, 240), 10),
    ("Libri di testo", "PZ", (12, 35), (5, 60), 4),
)
IT_BANKS = (
    "Banca Popolare del Nord",
    "Credito Emiliano Sud",
    "Cassa di Risparmio di Pianura",
    "Banca Tirrenica",
)
NATURE = {4: "I (immediata)", 10: "I (immediata)", 22: "I (immediata)"}


def invoice_fattura(m: Maker) -> Layout:
    """The courtesy copy of an Italian B2B electronic invoice as the exchange system's style
    sheet renders the XML, on A4: a note that the original was sent through the SdI with its
    identifier; the cedente/prestatore (fornitore) and the cessionario/committente (cliente) in
    two framed blocks of "Caption: value" lines (VAT and tax codes, denomination, tax regime,
    address, comune, provincia, CAP, nazione, telephone or PEC); then ruled tables with the
    captions on a tinted header row: the document (tipologia TD01 fattura, art. 73, numero,
    data, codice destinatario), the buyer's order (numero and data), the detail lines (article
    code, description, quantity, unit price, UM, discount, %IVA, total price), the VAT summary
    per rate (esigibilità, %IVA, imponibile and imposta), the document total and the payment
    terms (MP05 bonifico, IBAN, bank, due date, amount); amounts as 1.234,56."""
    vendor, buyer = m.r.sample(IT_FIRMS, 2)
    v_city, v_prov, v_cap, v_tel = m.pick(IT_CITIES)
    b_city, b_prov, b_cap, _ = m.pick(IT_CITIES)
    v_street = f"{m.pick(IT_STREETS)} {m.r.randint(1, 180)}"
    b_street = f"{m.pick(IT_STREETS)} {m.r.randint(1, 180)}"
    d = m.date()
    number = m.pick(
        (
            f"{m.r.randint(1, 950)}/{d.year}",
            f"FPR {m.r.randint(1, 400)}/{d:%y}",
            f"{d.year}/{m.r.randint(1, 9999):05d}",
            f"{m.r.randint(1, 999)}/E",
        )
    )
    days = m.pick((30, 60, 90))
    due = d + dt.timedelta(days=days)
    po = m.pick(("", f"OA-{d.year}-{m.digits(4)}", m.digits(6)))
    po_date = d - dt.timedelta(days=m.r.randint(3, 40))
    lines = []
    for desc, unit, (lo, hi), (q0, q1), rate in m.r.sample(IT_GOODS, m.r.randint(1, 6)):
        qty = m.r.randint(q0, q1)
        price = m.amount(lo, hi)
        discount = m.pick((0, 0, 0, 5, 10))
        amount = round(qty * price * (1 - discount / 100), 2)
        code = f"{m.pick('ABCKMRT')}{m.digits(5)}"
        lines.append((code, desc, qty, price, unit, discount, rate, amount))
    by_rate: dict[int, list[float]] = {}
    for *_, rate, amount in lines:
        by_rate.setdefault(rate, [0.0, 0.0])[0] += amount
    for rate, row in by_rate.items():
        row[0] = round(row[0], 2)
        row[1] = round(row[0] * rate / 100, 2)
    taxable = round(sum(v[0] for v in by_rate.values()), 2)
    vat = round(sum(v[1] for v in by_rate.values()), 2)
    total = round(taxable + vat, 2)
    c = Canvas(595.0, 842.0)
    x0, w = 28.0, 539.0
    c.text(x0, 22, "Copia di cortesia della fattura elettronica", 7.5, "F2")
    c.text(
        x0,
        32,
        f"Documento trasmesso tramite il Sistema di Interscambio (SdI) - identificativo SdI "
        f"{m.digits(10)}. L'originale è disponibile nell'area riservata Fatture e Corrispettivi.",
        6,
    )
    half = (w - 10) / 2
    v_piva, b_piva = m.digits(11), m.digits(11)
    blocks = (
        (
            "Cedente/prestatore (fornitore)",
            (
                ("Identificativo fiscale ai fini IVA", f"IT{v_piva}"),
                ("Codice fiscale", v_piva),
                ("Denominazione", vendor),
                ("Regime fiscale", "RF01 (ordinario)"),
                ("Indirizzo", v_street),
                ("Comune", f"{v_city}  Provincia: {v_prov}"),
                ("Cap", f"{v_cap}{m.r.randint(0, 9)}{m.r.randint(0, 9)}  Nazione: IT"),
                ("Telefono", f"{v_tel} {m.digits(7)}"),
            ),
        ),
        (
            "Cessionario/committente (cliente)",
            (
                ("Identificativo fiscale ai fini IVA", f"IT{b_piva}"),
                ("Codice fiscale", b_piva),
                ("Denominazione", buyer),
                ("Indirizzo", b_street),
                ("Comune", f"{b_city}  Provincia: {b_prov}"),
                ("Cap", f"{b_cap}{m.r.randint(0, 9)}{m.r.randint(0, 9)}  Nazione: IT"),
                ("Pec", f"amministrazione@pec.{buyer.split()[0].lower()}.it"),
            ),
        ),
    )
    top = 48.0
    for j, (title, rows) in enumerate(blocks):
        x = x0 + (half + 10) * j
        c.box(x, top, half, 128, 0.6)
        c.shade(x, top, half, 15, 0.88)
        c.text(x + 5, top + 4, title, 8, "F2")
        for i, (k, v) in enumerate(rows):
            label = f"{k}: "
            y = top + 22 + 13 * i
            c.text(x + 5, y, label, 7)
            size = fit(v, half - 12 - text_width(label, 7), 7.5, "F2")
            c.text(x + 5 + text_width(label, 7), y, v, size, "F2")
    top += 140
    code = m.pick(("0000000", f"{m.pick('KMSTW')}{m.digits(2)}{m.pick('ABCXYZ')}{m.digits(3)}"))
    top = grid(
        c,
        x0,
        top,
        (
            ("Tipologia documento", 130, "l"),
            ("Art. 73", 60, "c"),
            ("Numero documento", 130, "l"),
            ("Data documento", 100, "c"),
            ("Codice destinatario", w - 420, "c"),
        ),
        [("TD01 fattura", "", number, fmt(d, "%d-%m-%Y"), code)],
        8.5,
        row_h=17,
    )
    top += 10
    if po:
        top = grid(
            c,
            x0,
            top,
            (
                ("Dati ordine di acquisto - numero", 170, "l"),
                ("Data", 90, "c"),
                ("Codice commessa/convenzione", 130, "l"),
                ("CUP", 70, "l"),
                ("CIG", w - 460, "l"),
            ),
            [(po, fmt(po_date, "%d-%m-%Y"), "", "", "")],
            8,
            row_h=16,
        )
        top += 10
    rows = []
    for code_a, desc, qty, price, unit, discount, rate, amount in lines:
        rows.append(
            (
                code_a,
                desc,
                f"{qty},00",
                euro(price),
                unit,
                f"-{discount},00%" if discount else "",
                f"{rate},00",
                euro(amount),
            )
        )
    top = grid(
        c,
        x0,
        top,
        (
            ("Cod. articolo", 58, "l"),
            ("Descrizione", 185, "l"),
            ("Quantità", 52, "r"),
            ("Prezzo unitario", 62, "r"),
            ("UM", 28, "c"),
            ("Sconto o magg.", 50, "r"),
            ("%IVA", 36, "r"),
            ("Prezzo totale", w - 471, "r"),
        ),
        rows,
        7.5,
        row_h=15,
    )
    top += 14
    c.text(x0, top, "RIEPILOGHI IVA E TOTALI", 8, "F2")
    top += 11
    summary = [
        (NATURE[rate], f"{rate},00", "", "", euro(base), euro(tax))
        for rate, (base, tax) in sorted(by_rate.items())
    ]
    top = grid(
        c,
        x0,
        top,
        (
            ("esigibilità iva / riferimenti normativi", 170, "l"),
            ("%IVA", 50, "r"),
            ("Spese accessorie", 75, "r"),
            ("Arr.", 44, "r"),
            ("Totale imponibile", 100, "r"),
            ("Totale imposta", w - 439, "r"),
        ),
        summary,
        8,
        row_h=15,
    )
    top = grid(
        c,
        x0,
        top + 6,
        (
            ("Importo bollo", 80, "r"),
            ("Sconto/Maggiorazione", 90, "r"),
            ("Totale imponibile", 105, "r"),
            ("Totale imposta", 95, "r"),
            ("Valuta", 45, "c"),
            ("Totale documento", w - 415, "r"),
        ),
        [("", "", euro(taxable), euro(vat), "EUR", euro(total))],
        9,
        row_h=18,
    )
    top += 14
    c.text(x0, top, "MODALITÀ DI PAGAMENTO", 8, "F2")
    top += 11
    iban = f"IT{m.digits(2)}{m.pick('ABCDXYZ')}{m.digits(5)}{m.digits(5)}{m.digits(6)}{m.digits(6)}"
    top = grid(
        c,
        x0,
        top,
        (
            ("Modalità pagamento", 95, "l"),
            ("IBAN", 160, "l"),
            ("Istituto finanziario", 130, "l"),
            ("Data scadenza", 70, "c"),
            ("Importo", w - 455, "r"),
        ),
        [("MP05 bonifico", iban, m.pick(IT_BANKS), fmt(due, "%d-%m-%Y"), euro(total))],
        8,
        row_h=16,
    )
    c.text(
        x0,
        top + 10,
        f"Condizioni di pagamento: TP02 pagamento completo - {days} gg data fattura.",
        7,
    )
    c.line(x0, 806, x0 + w, 806, 0.3)
    c.text(x0, 810, "Versione prodotta con foglio di stile SdI www.fatturapa.gov.it", 6)
    c.right(x0 + w, 810, "Pagina 1 di 1", 6)
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


AGENCIES = (
    "Keystone Staffing Solutions",
    "TrueNorth Workforce Inc.",
    "Prairie Temps LLC",
    "Anchor Labor Services",
    "BlueRidge Staffing Group",
    "Metro Light Industrial Staffing",
)
POSITIONS = (
    "Warehouse Associate",
    "Forklift Operator",
    "Machine Operator",
    "Assembler",
    "Admin Assistant",
    "Shipping Clerk",
    "Picker/Packer",
    "Quality Inspector",
    "Sanitation Tech",
)


def invoice_staffing(m: Maker) -> Layout:
    """A staffing agency's weekly invoice to its client for temporary workers, on letter pages:
    the agency's name, remit-to address and phone, "INVOICE" with a box of the invoice number,
    date, week ending, customer number, the client's PO, terms and due date; bill-to and
    worksite side by side; then a line per worker (name as LAST, First, position, regular
    hours and bill rate, overtime hours and rate, amount), continued on further pages with the
    headings repeated; the screening fees, the hour totals, the labor and fee totals, the
    subtotal, the sales tax where the state taxes staffing services and the invoice total;
    the timesheet approval and the remittance instructions (lockbox and ACH)."""
    agency = m.pick(AGENCIES)
    a_street, a_city = m.address()
    phone = m.phone()
    client = m.company()
    c_street, c_city = m.address()
    w_street, w_city = m.address()
    week_end = sunday_on_or_after(m.date())
    issued = week_end + dt.timedelta(days=m.pick((1, 2, 3)))
    number = m.pick((m.digits(7), f"INV{m.digits(6)}", f"{m.digits(3)}-{m.digits(5)}"))
    customer = m.digits(5)
    po = m.pick(("", m.digits(7), f"4500{m.digits(6)}", f"BL-{m.digits(4)}"))
    terms = m.pick((15, 30, 30, 45))
    due = issued + dt.timedelta(days=terms)
    crew = []
    for _ in range(m.r.randint(2, 34)):
        first, _, last = m.person()
        reg = m.pick((40.0, 40.0, 40.0, 32.0, 36.5, 24.0, 38.25, 16.0))
        ot = m.pick((0.0, 0.0, 0.0, 2.5, 4.0, 6.75, 8.0, 12.0)) if reg == 40 else 0.0
        rate = m.amount(17.5, 38.0)
        ot_rate = round(rate * 1.5, 2)
        amount = round(reg * rate + ot * ot_rate, 2)
        crew.append((f"{last}, {first}", m.pick(POSITIONS), reg, rate, ot, ot_rate, amount))
    crew.sort()
    fees = []
    screening = (
        ("Drug screen", 45.0),
        ("Background check", 39.5),
        ("PPE issued (vest, glasses)", 18.75),
        ("Forklift certification", 85.0),
    )
    for kind, price in m.r.sample(screening, m.r.randint(0, 2)):
        name = m.pick(crew)[0]
        fees.append((f"{kind} - {name}", price))
    labor = round(sum(x[6] for x in crew), 2)
    fee_total = round(sum(v for _, v in fees), 2)
    subtotal = round(labor + fee_total, 2)
    rate_tax = m.pick((0.0, 0.0, 0.0, 0.05125, 0.06, 0.07))
    tax = round(subtotal * rate_tax, 2)
    total = round(subtotal + tax, 2)
    navy = (0.1, 0.22, 0.42)
    listing = [True]  # the worker lines are still being printed: head the table on a new page
    cols = (
        (40, "Employee", "l"),
        (170, "Position", "l"),
        (330, "Reg Hrs", "r"),
        (385, "Reg Rate", "r"),
        (432, "OT Hrs", "r"),
        (482, "OT Rate", "r"),
        (572, "Amount", "r"),
    )

    def head(c: Canvas, first: bool) -> float:
        colour(c, *navy)
        c.text(40, 34, agency, 16, "F2")
        ink(c, 0.0)
        c.text(40, 54, f"{a_street}, {a_city}", 8)
        c.text(40, 64, f"Phone {phone}   |   billing@{agency.split()[0].lower()}staff.com", 8)
        c.right(572, 32, "INVOICE", 20, "F2")
        if not first:
            c.right(572, 58, f"Invoice {number}  -  continued", 8.5)
            y = 86.0
        else:
            info = [
                ("Invoice No.", number),
                ("Invoice Date", fmt(issued, "%m/%d/%Y")),
                ("Week Ending", fmt(week_end, "%m/%d/%Y")),
                ("Customer No.", customer),
            ]
            if po:
                info.append(("Customer PO", po))
            info += [("Terms", f"Net {terms}"), ("Due Date", fmt(due, "%m/%d/%Y"))]
            c.box(390, 58, 182, 10 + 12 * len(info), 0.5)
            for i, (k, v) in enumerate(info):
                c.text(396, 63 + 12 * i, k, 7.5, "F2")
                c.right(566, 63 + 12 * i, v, 8)
            c.text(40, 92, "BILL TO", 7, "F2")
            rows_at(c, 40, 102, (client, "Attn: Accounts Payable", c_street, c_city), 9, "F1", 11)
            c.text(220, 92, "WORKSITE", 7, "F2")
            rows_at(c, 220, 102, (w_street, w_city), 8.5, "F1", 11)
            y = max(150.0, 70 + 12 * len(info))
        if not listing[0]:
            return y + 4
        fill(c, 36, y, 540, 15, navy)
        white(c)
        for x, h, a in cols:
            (c.right if a == "r" else c.text)(x, y + 4, h, 7.5, "F2")
        ink(c, 0.0)
        return y + 20

    book = Sheets(612.0, 792.0, head, 720)
    for i, (name, position, reg, rate, ot, ot_rate, amount) in enumerate(crew):
        book.room(13)
        c = book.c
        if i % 2:
            c.shade(36, book.y - 2.5, 540, 13, 0.95)
        cells = (
            name,
            position,
            f"{reg:.2f}",
            f"{rate:.2f}",
            f"{ot:.2f}" if ot else "",
            f"{ot_rate:.2f}" if ot else "",
            f"{amount:,.2f}",
        )
        for (x, _, a), s in zip(cols, cells, strict=True):
            if a == "r":
                c.right(x, book.y, s, 8)
            else:
                c.text(x, book.y, s, fit(s, 125 if x == 40 else 150, 8))
        book.y += 13
    book.room(40 + 13 * len(fees))
    listing[0] = False
    c = book.c
    c.line(36, book.y, 576, book.y, 0.5)
    c.text(170, book.y + 4, f"Totals ({len(crew)} associates)", 8, "F2")
    c.right(330, book.y + 4, f"{sum(x[2] for x in crew):.2f}", 8, "F2")
    c.right(432, book.y + 4, f"{sum(x[4] for x in crew):.2f}", 8, "F2")
    c.right(572, book.y + 4, f"{labor:,.2f}", 8, "F2")
    book.y += 22
    for k, v in fees:
        c.text(40, book.y, k, 8)
        c.right(572, book.y, f"{v:,.2f}", 8)
        book.y += 13
    book.room(170)
    c = book.c
    y = book.y + 8
    totals = [("Labor", labor), ("Fees", fee_total), ("Subtotal", subtotal)]
    totals.append((f"Sales Tax ({rate_tax * 100:g}%)" if rate_tax else "Sales Tax", tax))
    for k, v in totals:
        c.text(410, y, k, 9)
        c.right(572, y, f"{v:,.2f}", 9)
        y += 13
    c.shade(404, y, 172, 18, 0.86)
    c.text(410, y + 4, "INVOICE TOTAL", 10, "F2")
    c.right(572, y + 4, usd(total), 10, "F2")
    approver = f"{m.pick(FIRST)} {m.pick(LAST)}"
    approved = week_end + dt.timedelta(days=1)
    rows_at(
        c,
        40,
        book.y + 8,
        (
            f"Timesheets approved by {approver}",
            f"on {fmt(approved, '%m/%d/%Y')} via the client portal.",
            "Hours over 40 in the work week are billed at 1.5x.",
        ),
        8,
        "F1",
        11,
    )
    y += 36
    c.box(36, y, 540, 58, 0.5)
    c.text(44, y + 6, "PLEASE REMIT TO", 7.5, "F2")
    rows_at(c, 44, y + 17, (agency, f"PO Box {m.r.randint(1000, 99999)}", a_city), 8, "F1", 10)
    c.text(300, y + 6, "ACH / WIRE", 7.5, "F2")
    rows_at(
        c,
        300,
        y + 17,
        (
            f"Routing {m.routing()}   Account {m.digits(10)}",
            f"Reference invoice {number} and customer {customer}",
            f"Questions: {phone}",
        ),
        8,
        "F1",
        10,
    )
    for i, p in enumerate(book.pages):
        p.centre(306, 760, "Thank you for your business.", 7.5)
        p.right(572, 760, f"Page {i + 1} of {len(book.pages)}", 7.5)
    truth: Truth = {
        "VENDORNAME": agency,
        "RECEIVERNAME": client,
        "ID": number,
        "DATE": issued.isoformat(),
        "SUBTOTAL": subtotal,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return book.pages, truth


# ---------------------------------------------------------------------------------------------
# Payslips


def payslip_fresh13(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """29: an Irish payslip with PAYE, USC and PRSI; 30: a travel nurse's weekly earnings
    statement with tax-free stipends."""
    return (*(payslip_ireland if t == 29 else payslip_travel)(m), f"t{t}")


IE_FIRST = (
    "Aoife",
    "Ciarán",
    "Siobhán",
    "Seán",
    "Niamh",
    "Pádraig",
    "Róisín",
    "Darragh",
    "Orla",
    "Cian",
    "Mary",
    "John",
    "Éanna",
)
IE_LAST = (
    "Murphy",
    "O'Sullivan",
    "Kelly",
    "Walsh",
    "Byrne",
    "Ryan",
    "O'Connor",
    "Doyle",
    "McCarthy",
    "Gallagher",
    "Ní Bhriain",
    "Fitzpatrick",
)
IE_FIRMS = (
    ("Shannonside Foods Ltd", "Unit 4, Raheen Business Park", "Limerick V94 K2R8"),
    ("Liffey Software Services DAC", "22 Grand Canal Quay", "Dublin 2 D02 X576"),
    ("Corrib Engineering Ltd", "Ballybrit Industrial Estate", "Galway H91 P6F2"),
    ("Lee Valley Pharma Ltd", "Little Island", "Cork T45 DH79"),
    ("Atlantic Hospitality Group Ltd", "Main Street", "Killarney, Co. Kerry V93 C9X4"),
    ("Boyne Logistics Ltd", "Donore Road", "Drogheda, Co. Louth A92 E8W3"),
)
IE_DEPTS = ("Production", "Finance", "Warehouse", "Customer Care", "Engineering", "Front of House")


def payslip_ireland(m: Maker) -> Layout:
    """An Irish payroll package's payslip on a landscape A4 sheet in boxes: the employer and its
    registered number across the top with "PAYSLIP"; at the left the employee (name, employee
    number, PPS number, department), the pay date, the tax week or month number, the period
    dates as 01/06/2024 - 30/06/2024 and the tax details (tax credit and standard rate cut-off
    for the period, PRSI class, cumulative basis); in the middle the payments (basic, overtime,
    premium or holiday pay with units and rates); at the right the deductions (PAYE, USC, PRSI,
    pension, health insurance, union or social club); along the foot the gross pay, total
    deductions and net pay in euro and the cumulative figures to date; the bank it was paid
    to."""
    employer, e_street, e_city = m.pick(IE_FIRMS)
    first, last = m.pick(IE_FIRST), m.pick(IE_LAST)
    emp = m.pick((m.digits(4), f"{m.pick('ABCDE')}{m.digits(4)}", m.digits(6)))
    pps = f"{m.digits(7)}{m.pick('ABCDEFGHKLMPTW')}{m.pick(('', 'A', 'W', 'H'))}"
    freq = m.pick(("Monthly", "Weekly", "Weekly", "Fortnightly"))
    if freq == "Monthly":
        start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
        end = month_end(start)
        paid = weekday_before(m.pick((end, start.replace(day=25))))
        number, per_year = start.month, 12
        label = f"Month {number}"
    else:
        days = 7 if freq == "Weekly" else 14
        start = m.date(dt.date(2023, 1, 2), 700)
        start -= dt.timedelta(days=start.weekday())
        end = start + dt.timedelta(days=days - 1)
        paid = end + dt.timedelta(days=m.pick((3, 5)))
        number = (paid - dt.date(paid.year, 1, 1)).days // days + 1
        per_year = 52 if days == 7 else 26
        label = f"{'Week' if days == 7 else 'Fortnight'} {number}"
    hourly = m.amount(13.5, 42.0)
    payments: list[tuple[str, str, str, float]] = []
    if freq == "Monthly":
        basic = round(hourly * 1950 / 12, 2)
        payments.append(("Basic Salary", "1.00", f"{basic:,.2f}", basic))
    else:
        hours = 39.0 if per_year == 52 else 78.0
        basic = round(hours * hourly, 2)
        payments.append(("Basic Hours", f"{hours:.2f}", f"{hourly:.4f}", basic))
    if m.chance(0.45):
        ot = m.pick((2.0, 3.5, 4.0, 6.0, 7.5, 10.0))
        payments.append(
            ("Overtime @ 1.5", f"{ot:.2f}", f"{hourly * 1.5:.4f}", round(ot * hourly * 1.5, 2))
        )
    if m.chance(0.3):
        sun = m.pick((7.5, 8.0, 15.0))
        payments.append(
            ("Sunday Premium", f"{sun:.2f}", f"{hourly * 0.3:.4f}", round(sun * hourly * 0.3, 2))
        )
    if m.chance(0.2):
        payments.append(("Holiday Pay", "1.00", "", round(basic * m.r.uniform(0.08, 0.2), 2)))
    gross = round(sum(p[3] for p in payments), 2)
    pension = round(basic * m.pick((0.0, 0.03, 0.05, 0.06)), 2)
    taxable = gross - pension
    cutoff = round(42000 / per_year, 2)
    credits = round(3750 / per_year, 2)
    paye = round(
        max(0.0, 0.2 * min(taxable, cutoff) + 0.4 * max(0.0, taxable - cutoff) - credits), 2
    )
    usc = round(
        0.005 * min(gross, 12012 / per_year)
        + 0.02 * max(0.0, min(gross, 25760 / per_year) - 12012 / per_year)
        + 0.04 * max(0.0, gross - 25760 / per_year),
        2,
    )
    prsi = round(gross * 0.04, 2) if gross * 52 / per_year > 352 else 0.0
    deductions = [("PAYE", paye), ("USC", usc), ("PRSI (EE)", prsi)]
    if pension:
        deductions.append(("Pension (EE)", pension))
    if m.chance(0.3):
        deductions.append(("Health Insurance", round(m.r.uniform(60, 160) * 12 / per_year, 2)))
    if m.chance(0.2):
        deductions.append(("Union Subs", round(m.r.uniform(15, 30) * 12 / per_year, 2)))
    if m.chance(0.3):
        deductions.append(("Social Club", float(m.pick((2, 5, 10)))))
    taken = round(sum(v for _, v in deductions), 2)
    net = round(gross - taken, 2)
    ytd_gross = round(gross * number * m.r.uniform(0.96, 1.0), 2) if number > 1 else gross
    c = Canvas(842.0, 595.0)
    green = (0.0, 0.4, 0.25)
    fill(c, 30, 26, 782, 40, green)
    white(c)
    c.text(42, 34, employer, 15, "F2")
    c.text(42, 52, f"{e_street}, {e_city}   Employer Reg. No. {m.digits(7)}{m.pick('TWHK')}", 7.5)
    c.right(800, 36, "PAYSLIP", 18, "F2")
    ink(c, 0.0)
    info = (
        ("Employee Name", f"{first} {last}"),
        ("Employee No.", emp),
        ("PPS No.", pps),
        ("Department", m.pick(IE_DEPTS)),
        ("Pay Date", fmt(paid, "%d/%m/%Y")),
        ("Pay Period", f"{label}  ({freq})"),
        ("Period", f"{fmt(start, '%d/%m/%Y')} - {fmt(end, '%d/%m/%Y')}"),
        ("Tax Credit", f"€{credits:,.2f}"),
        ("Std Rate Cut-Off", f"€{cutoff:,.2f}"),
        ("PRSI Class", m.pick(("A1", "A1", "AX", "AL"))),
        ("Tax Basis", m.pick(("Cumulative", "Cumulative", "Week 1 Basis"))),
    )
    top = 80.0
    c.box(30, top, 250, 16 + 22 * len(info), 0.6)
    for i, (k2, v) in enumerate(info):
        y = top + 8 + 22 * i
        c.text(38, y, k2, 6.5, "F2")
        c.text(38, y + 8, v, fit(v, 234, 9.5, "F1"))
    x1, w1 = 290.0, 300.0
    c.box(x1, top, w1, 260, 0.6)
    c.shade(x1, top, w1, 16, 0.85)
    heads = (
        (x1 + 6, "PAYMENTS", "l"),
        (x1 + 170, "Units", "r"),
        (x1 + 230, "Rate", "r"),
        (x1 + w1 - 6, "Amount", "r"),
    )
    for x, h, a in heads:
        (c.right if a == "r" else c.text)(x, top + 4.5, h, 7.5, "F2")
    for i, (k2, units, rate, v) in enumerate(payments):
        y = top + 24 + 15 * i
        c.text(x1 + 6, y, k2, 8.5)
        c.right(x1 + 170, y, units, 8.5)
        c.right(x1 + 230, y, rate, 8.5)
        c.right(x1 + w1 - 6, y, f"{v:,.2f}", 8.5)
    x2, w2 = 600.0, 212.0
    c.box(x2, top, w2, 260, 0.6)
    c.shade(x2, top, w2, 16, 0.85)
    c.text(x2 + 6, top + 4.5, "DEDUCTIONS", 7.5, "F2")
    c.right(x2 + w2 - 6, top + 4.5, "Amount", 7.5, "F2")
    for i, (k2, v) in enumerate(deductions):
        y = top + 24 + 15 * i
        c.text(x2 + 6, y, k2, 8.5)
        c.right(x2 + w2 - 6, y, f"{v:,.2f}", 8.5)
    top = 350.0
    for x, wd, k2, v in (
        (x1, 150.0, "Gross Pay", f"€{gross:,.2f}"),
        (x1 + 150, 150.0, "Total Deductions", f"€{taken:,.2f}"),
        (x2, w2, "NET PAY", f"€{net:,.2f}"),
    ):
        if k2 == "NET PAY":
            fill(c, x, top, wd, 40, (0.86, 0.93, 0.88))
        c.box(x, top, wd, 40, 0.6)
        c.text(x + 6, top + 5, k2, 7.5, "F2")
        c.right(x + wd - 8, top + 19, v, 13 if k2 == "NET PAY" else 11, "F2")
    top = 404.0
    k3 = number if number > 1 else 1
    cumulative = (
        ("Gross Pay to Date", ytd_gross),
        ("Taxable Pay to Date", round(ytd_gross - pension * k3, 2)),
        ("Tax to Date", round(paye * k3, 2)),
        ("USC to Date", round(usc * k3, 2)),
        ("PRSI to Date", round(prsi * k3, 2)),
        ("Pension to Date", round(pension * k3, 2)),
    )
    c.box(x1, top, 812 - x1, 56, 0.6)
    c.text(x1 + 6, top + 5, "CUMULATIVE TOTALS", 7.5, "F2")
    cw = (812 - x1) / len(cumulative)
    for i, (k2, v) in enumerate(cumulative):
        c.text(x1 + 6 + cw * i, top + 20, k2, 6.5)
        c.text(x1 + 6 + cw * i, top + 32, f"{v:,.2f}", 9.5, "F2")
    bank = m.pick(("AIBK", "BOFI", "IPBS", "ULSB", "PTSB"))
    rows_at(
        c,
        30,
        top + 66,
        (
            f"Paid by credit transfer to IE{m.digits(2)} {bank} {m.digits(4)} {m.digits(4)} "
            f"****{m.digits(4)}",
            "Please retain this payslip. Queries to payroll within 14 days of the pay date.",
        ),
        7.5,
        "F1",
        11,
    )
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


TRAVEL_AGENCIES = (
    "Wanderlight Medical Staffing",
    "TrueCompass Travel Nursing",
    "Meridian Clinical Travelers",
    "Harborlight Health Staffing",
)
ROLES = (
    ("RN - ICU", "Medical ICU"),
    ("RN - Med/Surg", "4 West Med/Surg"),
    ("RN - Emergency", "Emergency Department"),
    ("Surgical Technologist", "Main OR"),
    ("Respiratory Therapist", "Cardiopulmonary"),
    ("RN - Labor & Delivery", "Women's Services"),
    ("Cath Lab Technologist", "Cardiac Cath Lab"),
)
FACILITIES = ("St. Luke's", "Mercy", "Good Samaritan", "Valley", "Memorial", "Sacred Heart")
NO_STATE_TAX = {"TX", "FL", "TN", "WA", "NV", "SD", "WY", "AK", "NH"}


def payslip_travel(m: Maker) -> Layout:
    """A healthcare staffing agency's weekly earnings statement for a travel nurse or
    technologist, on a letter page: the agency and "Weekly Earnings Statement"; the traveler,
    employee ID, advice number, the work week (Sunday to Saturday) and the pay date; the
    assignment (facility, unit, location, contract dates, shift); then "Taxable earnings"
    (regular and overtime hours at the taxable base rate, a night differential) apart from the
    "Non-taxable reimbursements" (lodging and meals & incidentals stipends per day, travel),
    the taxes and the deductions, each with Current and YTD columns; the summary band (taxable
    wages, non-taxable, gross pay, total deductions, net pay) and a note on the tax home."""
    agency = m.pick(TRAVEL_AGENCIES)
    a_street, a_city = m.address()
    first, middle, last = m.person()
    h_street, h_city = m.address()
    home_state = h_city.split(", ")[1][:2]
    emp = m.pick((m.digits(6), f"TR{m.digits(5)}", f"{m.digits(3)}-{m.digits(4)}"))
    d = m.date(dt.date(2023, 1, 8), 700)
    start = d - dt.timedelta(days=(d.weekday() + 1) % 7)
    end = start + dt.timedelta(days=6)
    paid = end + dt.timedelta(days=6)
    f_city, f_abbr, _, _ = m.city()
    facility = (
        f"{m.pick(FACILITIES)} {m.pick(('Regional Medical Center', 'Hospital', 'Medical Center'))}"
    )
    role, unit = m.pick(ROLES)
    contract_start = start - dt.timedelta(weeks=m.r.randint(0, 11))
    contract_end = contract_start + dt.timedelta(weeks=13, days=-1)
    base = m.amount(18, 34)
    shifts = m.pick((3, 3, 3, 4))
    hours = 12.0 * shifts
    reg = min(hours, 40.0)
    ot = hours - reg
    nights = m.chance(0.4)
    taxed_lines = [("Regular", reg, base, round(reg * base, 2))]
    if ot:
        taxed_lines.append(("Overtime", ot, round(base * 1.5, 2), round(ot * base * 1.5, 2)))
    if nights:
        taxed_lines.append(("Night Differential", hours, 2.5, round(hours * 2.5, 2)))
    lodging = m.amount(80, 230)
    meals = float(m.pick((59, 64, 69, 74, 79)))
    free_lines = [
        ("Lodging Stipend", 7.0, lodging, round(7 * lodging, 2)),
        ("Meals & Incidentals", 7.0, meals, round(7 * meals, 2)),
    ]
    if m.chance(0.15):
        trip = m.amount(250, 750)
        free_lines.append(("Travel Reimbursement", 1.0, trip, trip))
    taxable = round(sum(x[3] for x in taxed_lines), 2)
    free = round(sum(x[3] for x in free_lines), 2)
    gross = round(taxable + free, 2)
    deds = []
    if m.chance(0.4):
        deds.append(("401(k) Pre-Tax", round(taxable * m.pick((0.03, 0.05)), 2)))
    if m.chance(0.5):
        deds.append(("Medical Pre-Tax", m.amount(18, 65)))
    if m.chance(0.3):
        deds.append(("Dental Pre-Tax", m.amount(3, 9)))
    medical = sum(v for k, v in deds if k != "401(k) Pre-Tax")
    pre = sum(v for _, v in deds)
    taxes = [
        ("Federal Income Tax", round((taxable - pre) * m.r.uniform(0.06, 0.14), 2)),
        ("Social Security", round((taxable - medical) * 0.062, 2)),
        ("Medicare", round((taxable - medical) * 0.0145, 2)),
    ]
    if home_state not in NO_STATE_TAX:
        taxes.append((f"{home_state} State Income Tax", round((taxable - pre) * 0.04, 2)))
    taken = round(sum(v for _, v in taxes + deds), 2)
    net = round(gross - taken, 2)
    weeks = max(1, (end - dt.date(end.year, 1, 1)).days // 7 + 1)
    worked = max(1, round(weeks * m.r.uniform(0.6, 1.0)))

    def ytd(v: float) -> float:
        return round(v * worked * m.r.uniform(0.92, 1.0), 2) if worked > 1 else v

    y_taxed = [ytd(x[3]) for x in taxed_lines]
    y_free = [ytd(x[3]) for x in free_lines]
    ytd_gross = round(sum(y_taxed) + sum(y_free), 2)
    y_taxes = [ytd(v) for _, v in taxes]
    y_deds = [ytd(v) for _, v in deds]
    ytd_taken = round(sum(y_taxes) + sum(y_deds), 2)
    c = Canvas()
    teal = (0.0, 0.45, 0.5)
    colour(c, *teal)
    c.text(36, 32, agency, 16, "F2")
    ink(c, 0.0)
    c.text(36, 52, f"{a_street}, {a_city}", 8)
    c.right(576, 32, "Weekly Earnings Statement", 13, "F2")
    c.right(576, 50, f"Advice No. {m.digits(8)}", 8)
    top = 70.0
    c.line(36, top, 576, top, 1.0)
    full = f"{first} {middle} {last}" if middle else f"{first} {last}"
    left = (
        ("Traveler", full),
        ("Employee ID", emp),
        ("Work Week", f"{fmt(start, '%m/%d/%Y')} - {fmt(end, '%m/%d/%Y')}"),
        ("Pay Date", fmt(paid, "%m/%d/%Y")),
        ("Tax Home", f"{h_street}, {h_city}"),
    )
    right = (
        ("Facility", facility),
        ("Unit / Specialty", f"{unit} / {role}"),
        ("Location", f"{f_city}, {f_abbr}"),
        ("Contract", f"{fmt(contract_start, '%m/%d/%Y')} - {fmt(contract_end, '%m/%d/%Y')}"),
        ("Shift", f"{'Nights' if nights else 'Days'} {shifts}x12"),
    )
    for j, block in enumerate((left, right)):
        x = 36 + 276 * j
        for i, (k, v) in enumerate(block):
            c.text(x, top + 8 + 14 * i, k, 7.5, "F2")
            c.text(x + 78, top + 8 + 14 * i, v, fit(v, 186, 8.5))
    top += 84

    def section(
        top: float, title: str, heads: tuple[str, ...], rows: list[tuple[str, ...]]
    ) -> float:
        fill(c, 36, top, 540, 15, (0.88, 0.94, 0.95))
        c.text(42, top + 4, title, 8, "F2")
        xs = (300, 370, 470, 570)
        for x, h in zip(xs[-len(heads) :], heads, strict=True):
            c.right(x, top + 4, h, 7.5, "F2")
        y = top + 20
        for row in rows:
            c.text(42, y, row[0], 8.5, "F2" if row[0].startswith("Total") else "F1")
            for x, s in zip(xs[-(len(row) - 1) :], row[1:], strict=True):
                c.right(x, y, s, 8.5, "F2" if row[0].startswith("Total") else "F1")
            y += 13
        return y + 6

    rows = [
        (k, f"{h:.2f}", f"{r:.2f}", f"{v:,.2f}", f"{yv:,.2f}")
        for (k, h, r, v), yv in zip(taxed_lines, y_taxed, strict=True)
    ]
    rows.append(("Total Taxable Earnings", "", "", f"{taxable:,.2f}", f"{sum(y_taxed):,.2f}"))
    top = section(top, "TAXABLE EARNINGS", ("Hours", "Rate", "Current", "YTD"), rows)
    rows = [
        (
            k,
            f"{int(h)} day{'s' if h > 1 else ''}" if k != "Travel Reimbursement" else "1",
            f"{r:.2f}",
            f"{v:,.2f}",
            f"{yv:,.2f}",
        )
        for (k, h, r, v), yv in zip(free_lines, y_free, strict=True)
    ]
    rows.append(("Total Non-Taxable", "", "", f"{free:,.2f}", f"{sum(y_free):,.2f}"))
    top = section(top, "NON-TAXABLE REIMBURSEMENTS", ("Units", "Rate", "Current", "YTD"), rows)
    rows = [(k, f"{v:,.2f}", f"{yv:,.2f}") for (k, v), yv in zip(taxes, y_taxes, strict=True)]
    top = section(top, "TAXES", ("Current", "YTD"), rows)
    if deds:
        rows = [(k, f"{v:,.2f}", f"{yv:,.2f}") for (k, v), yv in zip(deds, y_deds, strict=True)]
        top = section(top, "DEDUCTIONS", ("Current", "YTD"), rows)
    top += 8
    band = (
        ("Taxable Wages", usd(taxable)),
        ("Non-Taxable", usd(free)),
        ("Gross Pay", usd(gross)),
        ("Total Deductions", usd(taken)),
        ("Net Pay", usd(net)),
    )
    for i, (k, v) in enumerate(band):
        x = 36 + 108 * i
        if k == "Net Pay":
            fill(c, x, top, 108, 36, (0.86, 0.94, 0.95))
        c.box(x, top, 108, 36, 0.5)
        c.text(x + 5, top + 4, k, 7, "F2")
        c.right(x + 103, top + 18, v, 11, "F2")
    top += 44
    c.text(
        36,
        top,
        f"Year to date:  Gross Pay {usd(ytd_gross)}   Total Deductions {usd(ytd_taken)}",
        8.5,
    )
    c.text(36, top + 14, f"Net pay deposited to Checking ****{m.digits(4)}", 8.5)
    _paragraph(
        c,
        36,
        top + 36,
        "Lodging and meals & incidentals stipends are paid as non-taxable reimbursements because "
        "you maintain a permanent tax home away from your assignment. They are not wages and are "
        "not reported on your W-2. Tell your recruiter at once if your tax home changes.",
        540,
        7.5,
        "F1",
    )
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


# ---------------------------------------------------------------------------------------------
# Bank statements


def bank_statement_fresh13(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """29: a Swiss bank's Kontoauszug in German; 30: a mobile money wallet's statement."""
    fn = statement_swiss if t == 29 else statement_mobile_money
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


CH_BANKS = (
    ("Bank Seeland AG", (0.65, 0.05, 0.1)),
    ("Alpina Kantonalbank", (0.0, 0.35, 0.6)),
    ("Bank am Limmat AG", (0.15, 0.15, 0.35)),
    ("Raiffeisenbank Oberland", (0.1, 0.4, 0.2)),
    ("Spar- und Leihkasse Emmental", (0.45, 0.25, 0.05)),
)
CH_FIRST = (
    ("Lukas", "Herr"),
    ("Anna", "Frau"),
    ("Reto", "Herr"),
    ("Sandra", "Frau"),
    ("Beat", "Herr"),
    ("Nicole", "Frau"),
    ("Marco", "Herr"),
    ("Barbara", "Frau"),
    ("Urs", "Herr"),
    ("Simone", "Frau"),
)
CH_LAST = (
    "Meier",
    "Müller",
    "Keller",
    "Brunner",
    "Baumann",
    "Schneider",
    "Frei",
    "Zimmermann",
    "Huber",
    "Gerber",
    "Steiner",
    "Fischer",
)
CH_CITIES = (
    ("8001", "Zürich"),
    ("3011", "Bern"),
    ("4051", "Basel"),
    ("6003", "Luzern"),
    ("9000", "St. Gallen"),
    ("8400", "Winterthur"),
    ("5000", "Aarau"),
)
CH_STREETS = (
    "Bahnhofstrasse",
    "Seestrasse",
    "Dorfstrasse",
    "Hauptstrasse",
    "Kirchweg",
    "Schulhausstrasse",
    "Lindenweg",
)
CH_TYPES = ("Privatkonto", "Lohnkonto", "Privatkonto Plus", "Sparkonto")
# (text pattern, sign, amount range)
CH_TXNS = (
    ("Gutschrift Lohn {co}", 1, 4200, 9800),
    ("TWINT Gutschrift von {name}", 1, 10, 300),
    ("Debitkartenzahlung {shop} {ort}", -1, 8, 240),
    ("Bargeldbezug Bancomat {ort}", -1, 50, 400),
    ("TWINT Zahlung an {name}", -1, 5, 150),
    ("eBill Zahlung {biller}", -1, 40, 380),
    ("Dauerauftrag Miete {landlord}", -1, 1200, 2600),
    ("Lastschrift Krankenkasse {kk}", -1, 280, 690),
    ("Zahlung QR-Rechnung {biller}", -1, 30, 900),
)
CH_SAVINGS = (
    ("Übertrag von Konto {own}", 1, 100, 3000),
    ("Übertrag auf Konto {own}", -1, 100, 2000),
    ("Einzahlung Schalter {ort}", 1, 50, 1500),
)
CH_SHOPS = ("Migros", "Coop", "Denner", "Landi", "Volg", "Manor", "SBB CFF FFS")
CH_BILLERS = ("Swisscom (Schweiz) AG", "Sunrise GmbH", "EWZ Elektrizitätswerk", "Serafe AG")
CH_KK = ("Helsana", "CSS", "Sanitas", "Visana", "SWICA")


def statement_swiss(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A Swiss bank's monthly or quarterly account statement (Kontoauszug) in German on A4: the
    bank's name and branch at the top left; the holder in the window at the right with the
    salutation (Herr, Frau) on its own line above the name, the street and "8001 Zürich";
    the account (type, Konto-Nr., IBAN, currency CHF), the period as 01.03.2024 - 31.03.2024
    and the date of issue; a box "Übersicht" with the Saldovortrag, the totals of credits and
    debits and the new balance; then the movements (Datum, Text, Belastung, Gutschrift,
    Valuta, Saldo) opening with the Saldovortrag row, continued on further pages, the totals
    of the movements and the new balance; amounts as 12'345.60 and the complaint notice and
    "Seite n/N" at each foot."""
    bank, tint = m.pick(CH_BANKS)
    first, salutation = m.pick(CH_FIRST)
    last = m.pick(CH_LAST)
    holder = f"{first} {last}"
    plz, city = m.pick(CH_CITIES)
    street = f"{m.pick(CH_STREETS)} {m.r.randint(1, 120)}"
    b_plz, b_city = m.pick(CH_CITIES)
    account = f"{m.digits(4)}-{m.digits(6)}.{m.digits(2)}"
    iban = f"CH{m.digits(2)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(1)}"
    acct_type = m.pick(CH_TYPES)
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    months = m.pick((1, 1, 3)) if acct_type != "Sparkonto" else 3
    if months == 3:
        start = start.replace(month=(start.month - 1) // 3 * 3 + 1)
    end = start
    for _ in range(months):
        end = month_end(end) + dt.timedelta(days=1)
    end -= dt.timedelta(days=1)
    opening = m.amount(800, 45000)
    pool = CH_SAVINGS if acct_type == "Sparkonto" else CH_TXNS
    employer = m.company()
    own = f"{m.digits(4)}-{m.digits(6)}.{m.digits(2)}"
    bal = opening
    txns = []
    n = m.r.randint(6, 14) * months if acct_type != "Sparkonto" else m.r.randint(3, 9)
    for day in sorted(m.r.randint(0, (end - start).days) for _ in range(n)):
        pat, sign, lo, hi = m.pick(pool)
        amount = m.amount(lo, hi)
        if sign < 0 and amount > bal:
            pat, sign, lo, hi = pool[1] if pool is CH_TXNS else pool[0]
            amount = m.amount(lo, hi)
        text = pat.format(
            co=employer,
            name=f"{m.pick(CH_FIRST)[0]} {m.pick(CH_LAST)}",
            shop=m.pick(CH_SHOPS),
            ort=m.pick(CH_CITIES)[1],
            biller=m.pick(CH_BILLERS),
            landlord=m.pick(("Immobilien Vogt AG", "Livit AG", "Wincasa AG", "Familie Roth")),
            kk=m.pick(CH_KK),
            own=own,
        )
        when = start + dt.timedelta(days=day)
        bal = round(bal + sign * amount, 2)
        txns.append((when, text, sign * amount, bal))
    if acct_type != "Sparkonto" and bal > 10:
        fee = float(m.pick((3, 5, 6))) * months
        bal = round(bal - fee, 2)
        txns.append((end, "Preis für Kontoführung", -fee, bal))
    if acct_type == "Sparkonto":
        interest = round(max(bal, 0) * m.pick((0.005, 0.0075, 0.01)) / 4, 2)
        if interest > 0:
            bal = round(bal + interest, 2)
            txns.append((end, "Zinsgutschrift", interest, bal))
    closing = bal
    credits = round(sum(a for _, _, a, _ in txns if a > 0), 2)
    debits = round(-sum(a for _, _, a, _ in txns if a < 0), 2)
    issued = end + dt.timedelta(days=m.r.randint(1, 4))
    period = f"{fmt(start, '%d.%m.%Y')} - {fmt(end, '%d.%m.%Y')}"
    cols = (
        (40, "Datum", "l"),
        (88, "Text", "l"),
        (378, "Belastung", "r"),
        (446, "Gutschrift", "r"),
        (456, "Valuta", "l"),
        (556, "Saldo", "r"),
    )

    def head(c: Canvas, first_page: bool) -> float:
        colour(c, *tint)
        c.text(40, 34, bank, 15, "F2")
        ink(c, 0.0)
        c.text(40, 52, f"Geschäftsstelle {b_city}, {b_plz} {b_city}", 7.5)
        if not first_page:
            c.right(556, 36, "Kontoauszug", 11, "F2")
            c.right(556, 52, f"{acct_type} {account}  -  {period}", 7.5)
            y = 76.0
        else:
            c.text(330, 100, "Persönlich", 6.5)
            rows_at(c, 330, 112, (salutation, holder, street, f"{plz} {city}"), 10, "F1", 13)
            c.text(40, 180, "Kontoauszug", 16, "F2")
            info = (
                ("Konto", acct_type),
                ("Konto-Nr.", account),
                ("IBAN", iban),
                ("Währung", "CHF"),
                ("Periode", period),
                ("Erstellt am", fmt(issued, "%d.%m.%Y")),
            )
            for i, (k, v) in enumerate(info):
                c.text(40, 204 + 12 * i, k, 8)
                c.text(110, 204 + 12 * i, v, 8.5, "F2" if k == "Konto-Nr." else "F1")
            c.box(330, 196, 226, 78, 0.5)
            c.shade(330, 196, 226, 14, 0.9)
            c.text(336, 199.5, "Übersicht", 8, "F2")
            summary = (
                (f"{labels[0]} per {fmt(start - dt.timedelta(days=1), '%d.%m.%Y')}", opening),
                (labels[1], credits),
                (labels[2], debits),
                (f"{labels[3]} per {fmt(end, '%d.%m.%Y')}", closing),
            )
            for i, (k, v) in enumerate(summary):
                bold = "F2" if i == 3 else "F1"
                c.text(336, 216 + 13 * i, k, 8, bold)
                c.right(550, 216 + 13 * i, f"CHF {swiss(v)}", 8, bold)
            y = 292.0
        c.line(40, y, 556, y, 0.8)
        for x, h, a in cols:
            (c.right if a == "r" else c.text)(x, y + 4, h, 8, "F2")
        c.line(40, y + 16, 556, y + 16, 0.4)
        return y + 22

    book = Sheets(595.0, 842.0, head, 760)
    book.c.text(88, book.y, labels[0], 8.5, "F2")
    book.c.right(556, book.y, swiss(opening), 8.5, "F2")
    book.y += 14
    for when, text, amount, after in txns:
        lines = wrap(text, 200, 8.5)
        book.room(12 * len(lines) + 2)
        c = book.c
        valuta = when + dt.timedelta(days=m.pick((0, 0, 0, 1, 2)))
        c.text(40, book.y, fmt(when, "%d.%m.%y"), 8.5)
        for k, s in enumerate(lines):
            c.text(88, book.y + 11 * k, s, 8.5)
        c.right(378 if amount < 0 else 446, book.y, swiss(abs(amount)), 8.5)
        c.text(456, book.y, fmt(valuta, "%d.%m.%y"), 8.5)
        c.right(556, book.y, swiss(after), 8.5)
        book.y += 11 * len(lines) + 3
    book.room(44)
    c = book.c
    y = book.y + 2
    c.line(40, y, 556, y, 0.5)
    c.text(88, y + 4, "Total Umsätze", 8.5, "F2")
    c.right(378, y + 4, swiss(debits), 8.5, "F2")
    c.right(446, y + 4, swiss(credits), 8.5, "F2")
    c.shade(40, y + 18, 516, 15, 0.9)
    c.text(88, y + 21.5, f"{labels[3]} zu Ihren Gunsten", 8.5, "F2")
    c.right(556, y + 21.5, swiss(closing), 8.5, "F2")
    for i, p in enumerate(book.pages):
        _paragraph(
            p,
            40,
            780,
            "Bitte prüfen Sie diesen Auszug. Erfolgt innert 30 Tagen keine Beanstandung, gilt er "
            "als genehmigt. Ihre Einlagen sind im Rahmen der Einlagensicherung bis CHF 100'000 "
            "geschützt.",
            440,
            6.5,
            "F1",
        )
        p.right(556, 780, f"Seite {i + 1}/{len(book.pages)}", 7)
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


MM_PROVIDERS = (
    ("Safiri Mobile Money", "Safiri Telecom PLC", (0.0, 0.55, 0.25)),
    ("Jamii Pesa", "Jamii Networks Ltd", (0.8, 0.3, 0.0)),
    ("Mkoba Wallet", "Mkoba Communications PLC", (0.1, 0.3, 0.65)),
)
KE_FIRST = (
    "WANJIKU",
    "OTIENO",
    "ACHIENG",
    "KAMAU",
    "NJERI",
    "MWANGI",
    "AKINYI",
    "KIPTOO",
    "WAIRIMU",
    "OMONDI",
    "FAITH",
    "BRIAN",
)
KE_LAST = (
    "KAMAU",
    "OTIENO",
    "MWANGI",
    "ODHIAMBO",
    "NJOROGE",
    "WANJALA",
    "KIPRONO",
    "MUTUA",
    "CHEBET",
    "KARANJA",
)
KE_SHOPS = (
    "NAIVAS SUPERMARKET",
    "QUICKMART",
    "JAVA HOUSE",
    "MAMA OLIECH RESTAURANT",
    "TOTAL ENERGIES STN",
    "CHANDARANA FOODPLUS",
)
KE_BILLERS = ("KPLC PREPAID", "NAIROBI WATER", "ZUKU FIBER", "NHIF", "DSTV KENYA", "HELB")
# (summary type, sign, details pattern, amount range, charge rate, charge cap)
MM_TXNS = (
    ("RECEIVED MONEY", 1, "Funds received from {phone} - {name}", 100, 20000, 0, 0),
    ("SEND MONEY", -1, "Customer Transfer to {phone} - {name}", 50, 15000, 0.007, 105),
    (
        "AGENT WITHDRAWAL",
        -1,
        "Customer Withdrawal At Agent Till {till} - {agent}",
        100,
        20000,
        0.012,
        197,
    ),
    ("AGENT DEPOSIT", 1, "Deposit of Funds at Agent Till {till} - {agent}", 200, 30000, 0, 0),
    ("BUY GOODS", -1, "Merchant Payment to {till} - {shop}", 50, 8000, 0, 0),
    ("PAY BILL", -1, "Pay Bill to {paybill} - {biller} Acc. {acc}", 100, 12000, 0.004, 55),
    ("AIRTIME", -1, "Airtime Purchase", 20, 1000, 0, 0),
)
CHARGE_NAMES = {
    "SEND MONEY": "Customer Transfer of Funds Charge",
    "AGENT WITHDRAWAL": "Withdrawal Charge",
    "PAY BILL": "Pay Bill Charge",
}


def statement_mobile_money(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A mobile money wallet's full statement as the provider's app or USSD request delivers it
    as a PDF, on A4: the provider's name and operator; "MOBILE MONEY STATEMENT" with the
    customer's name in capitals, the mobile number, the account type, the statement period
    as 01 Mar 2024 - 31 Mar 2024 and the request date; the summary by transaction type (send
    money, received money, agent deposit and withdrawal, buy goods, pay bill, airtime) with
    paid in and paid out and the total; the balance summary; then the detailed statement
    newest first (receipt number, completion time, details, status, paid in, withdrawn with a
    minus, balance) with the charges as their own rows, continued on further pages with the
    disclaimer and "Page n of N" at each foot."""
    provider, operator, tint = m.pick(MM_PROVIDERS)
    first, middle, last = m.pick(KE_FIRST), m.pick(KE_FIRST), m.pick(KE_LAST)
    holder = f"{first} {middle} {last}" if middle != first else f"{first} {last}"
    mobile = f"07{m.digits(8)}"
    acct_type = m.pick(("Personal Wallet", "Customer Wallet", "Individual Account"))
    start = m.date(dt.date(2023, 1, 1), 700)
    end = start + dt.timedelta(days=m.pick((29, 30, 60, 89)))
    requested = end + dt.timedelta(days=m.r.randint(0, 6))
    opening = m.amount(200, 60000)
    employer = m.company().upper()[:22]
    bal = opening
    events = []
    moments = sorted(
        dt.datetime.combine(
            start + dt.timedelta(days=m.r.randint(0, (end - start).days)),
            dt.time(m.r.randint(6, 22), m.r.randint(0, 59), m.r.randint(0, 59)),
        )
        for _ in range(m.r.randint(14, 70))
    )
    for when in moments:
        kind, sign, pat, lo, hi, rate, cap = m.pick(MM_TXNS)
        amount = float(m.r.randint(lo, hi)) if m.chance(0.7) else m.amount(lo, hi)
        charge = round(min(cap, amount * rate), 0) if rate else 0.0
        if sign < 0 and amount + charge > bal:
            kind, sign, pat, lo, hi, rate, cap = MM_TXNS[0]
            charge = 0.0
            if m.chance(0.3):
                kind, pat = "OTHERS", "Business Payment from {paybill} - {co} via API"
                lo, hi = 2000, 60000
            amount = float(m.r.randint(lo, hi))
        details = pat.format(
            phone=f"2547{m.digits(2)}***{m.digits(3)}",
            name=f"{m.pick(KE_FIRST)} {m.pick(KE_LAST)}",
            till=m.digits(m.pick((6, 7))),
            agent=f"{m.pick(KE_LAST)} {m.pick(('AGENCIES', 'SHOP', 'ENTERPRISES'))}",
            shop=m.pick(KE_SHOPS),
            paybill=m.digits(6),
            biller=m.pick(KE_BILLERS),
            acc=m.digits(m.pick((8, 11))),
            co=employer,
        )
        code = "".join(m.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
        bal = round(bal + sign * amount, 2)
        events.append((code, when, details, kind, sign * amount, bal))
        if charge:
            bal = round(bal - charge, 2)
            events.append((code, when, CHARGE_NAMES[kind], kind, -charge, bal))
    closing = bal
    paid_in = round(sum(e[4] for e in events if e[4] > 0), 2)
    paid_out = round(-sum(e[4] for e in events if e[4] < 0), 2)
    kinds = (
        "SEND MONEY",
        "RECEIVED MONEY",
        "AGENT DEPOSIT",
        "AGENT WITHDRAWAL",
        "BUY GOODS",
        "PAY BILL",
        "AIRTIME",
        "OTHERS",
    )

    def head(c: Canvas, first_page: bool) -> float:
        fill(c, 0, 0, 595, 58, tint)
        white(c)
        c.text(36, 18, provider, 17, "F2")
        c.text(36, 40, f"a service of {operator}", 7.5)
        c.right(559, 24, "MOBILE MONEY STATEMENT", 11, "F2")
        ink(c, 0.0)
        if not first_page:
            c.text(36, 70, f"{holder}   |   {mobile}   |   continued", 7.5)
            return 90
        info = (
            ("Customer Name", holder),
            ("Mobile Number", mobile),
            ("Account Type", acct_type),
            ("Statement Period", f"{fmt(start, '%d %b %Y')} - {fmt(end, '%d %b %Y')}"),
            ("Request Date", fmt(requested, "%d %b %Y")),
        )
        for i, (k, v) in enumerate(info):
            c.text(36, 74 + 13 * i, k, 8, "F2")
            c.text(140, 74 + 13 * i, v, 8.5)
        y = 150.0
        c.text(36, y, "SUMMARY", 9, "F2")
        y += 14
        c.shade(36, y, 300, 13, 0.88)
        c.text(40, y + 3.5, "TRANSACTION TYPE", 7, "F2")
        c.right(262, y + 3.5, "PAID IN", 7, "F2")
        c.right(332, y + 3.5, "PAID OUT", 7, "F2")
        y += 16
        for k in kinds:
            got_in = sum(e[4] for e in events if e[3] == k and e[4] > 0)
            got_out = -sum(e[4] for e in events if e[3] == k and e[4] < 0)
            c.text(40, y, k, 7.5)
            c.right(262, y, f"{got_in:,.2f}", 7.5)
            c.right(332, y, f"{got_out:,.2f}", 7.5)
            y += 11
        c.line(36, y, 336, y, 0.4)
        c.text(40, y + 3, "TOTAL:", 7.5, "F2")
        c.right(262, y + 3, f"{paid_in:,.2f}", 7.5, "F2")
        c.right(332, y + 3, f"{paid_out:,.2f}", 7.5, "F2")
        c.box(360, 164, 199, 66, 0.5)
        c.shade(360, 164, 199, 13, 0.88)
        c.text(366, 167.5, "BALANCES (KES)", 7, "F2")
        for i, (k, v) in enumerate(
            (
                (labels[0], opening),
                (labels[1], paid_in),
                (labels[2], paid_out),
                (labels[3], closing),
            )
        ):
            c.text(366, 182 + 11.5 * i, k, 7.5, "F2" if i in (0, 3) else "F1")
            c.right(553, 182 + 11.5 * i, f"{v:,.2f}", 7.5, "F2" if i in (0, 3) else "F1")
        y += 24
        c.text(36, y, "DETAILED STATEMENT", 9, "F2")
        return y + 14

    cols = (
        (38, "Receipt No.", "l"),
        (98, "Completion Time", "l"),
        (172, "Details", "l"),
        (382, "Status", "l"),
        (466, "Paid In", "r"),
        (512, "Withdrawn", "r"),
        (557, "Balance", "r"),
    )

    def headed(c: Canvas, first_page: bool) -> float:
        y = head(c, first_page)
        c.shade(36, y, 523, 13, 0.85)
        for x, h, a in cols:
            (c.right if a == "r" else c.text)(x, y + 3.5, h, 6.8, "F2")
        return y + 17

    book = Sheets(595.0, 842.0, headed, 790)
    for code, when, details, _, amount, after in reversed(events):
        lines = wrap(details, 205, 6.8)
        book.room(9 * len(lines) + 3)
        c = book.c
        cells = (
            code,
            fmt(when, "%Y-%m-%d %H:%M:%S"),
            "",
            "Completed",
            f"{amount:,.2f}" if amount > 0 else "",
            f"-{-amount:,.2f}" if amount < 0 else "",
            f"{after:,.2f}",
        )
        for (x, _, a), s in zip(cols, cells, strict=True):
            (c.right if a == "r" else c.text)(x, book.y, s, 6.8)
        for k, s in enumerate(lines):
            c.text(172, book.y + 9 * k, s, 6.8)
        book.y += 9 * len(lines) + 3
        c.line(36, book.y - 1.5, 559, book.y - 1.5, 0.15)
    for i, p in enumerate(book.pages):
        p.text(
            36,
            806,
            f"Disclaimer: This record is produced for your information only by {operator}. "
            "Report any discrepancy within 30 days.",
            6,
        )
        p.right(559, 806, f"Page {i + 1} of {len(book.pages)}", 6.5)
    truth: Truth = {
        "bank_name": provider,
        "account_holder_name": holder,
        "account_number": mobile,
        "account_type": acct_type,
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return book.pages, truth


# ---------------------------------------------------------------------------------------------
# W-2s


def w2_fresh13(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """29: a large-print W-2 copy, one box to a line over several pages; 30: an employee's
    year-end payroll summary by quarter with the W-2 boxes as rows."""
    return (*(w2_large_print if t == 29 else w2_quarterly)(m), f"t{t}")


def w2_large_print(m: Maker) -> Layout:
    """A large-print copy of a W-2 that an employer's payroll department prints on plain paper
    as an accessibility accommodation: the title "Form W-2 Wage and Tax Statement" with the
    year in large type and whose copy it is on every page, a note that it carries the same
    information as the official copies, then the boxes in reading order grouped under
    headings (your employer, you, federal wages and taxes, other boxes, state and local), each
    box on a line of its own, its letter or number and caption in 13-point type over the value
    in 19-point bold, "(blank)" for an empty box, running onto two or three pages with "Page n
    of N" at the foot."""
    w = make_w2(m)
    blank = "(blank)"
    sections: list[tuple[str, list[tuple[str, str]]]] = [
        (
            "Your employer",
            [
                ("Box c - Employer's name", w.employer),
                ("Box c - Employer's address", f"{w.er_street}, {w.er_city}"),
                ("Box b - Employer identification number (EIN)", w.ein),
                ("Box d - Control number", w.control or blank),
            ],
        ),
        (
            "You, the employee",
            [
                ("Box e - Employee's first name and initial", w.first_init),
                ("Box e - Employee's last name", w.last),
                ("Box f - Employee's address", f"{w.ee_street}, {w.ee_city}"),
                ("Box a - Employee's social security number", w.ssn),
            ],
        ),
        (
            "Federal wages and taxes",
            [
                ("Box 1 - Wages, tips, other compensation", usd(w.wages)),
                ("Box 2 - Federal income tax withheld", usd(w.fed)),
                ("Box 3 - Social security wages", usd(w.ss_wages)),
                ("Box 4 - Social security tax withheld", usd(w.ss_tax)),
                ("Box 5 - Medicare wages and tips", usd(w.med_wages)),
                ("Box 6 - Medicare tax withheld", usd(w.med_tax)),
            ],
        ),
    ]
    other = [
        ("Box 7 - Social security tips", blank),
        ("Box 8 - Allocated tips", blank),
        ("Box 10 - Dependent care benefits", blank),
        ("Box 11 - Nonqualified plans", blank),
    ]
    for i in range(4):
        code, amount = w.codes[i] if i < len(w.codes) else ("", 0.0)
        value = f"Code {code}   {usd(amount)}" if code else blank
        other.append((f"Box 12{'abcd'[i]}", value))
    other.append(("Box 13 - Retirement plan", "Yes (checked)" if w.k401 else "No"))
    other.append(("Box 14 - Other", w.other or blank))
    sections.append(("Other boxes", other))
    sections.append(
        (
            "State and local",
            [
                ("Box 15 - State", w.state),
                ("Box 15 - Employer's state ID number", w.state_id),
                ("Box 16 - State wages, tips, etc.", usd(w.wages)),
                ("Box 17 - State income tax", usd(w.state_tax)),
                ("Boxes 18 to 20 - Local wages, tax and locality", blank),
            ],
        )
    )
    owner = f"{w.first_init} {w.last}"

    def head(c: Canvas, first: bool) -> float:
        c.text(54, 40, f"Form W-2  Wage and Tax Statement  {w.year}", 22, "F2")
        c.text(54, 70, f"Large-print copy for {owner}", 13)
        c.line(54, 90, 558, 90, 1.5)
        if not first:
            return 108
        y = _paragraph(
            c,
            54,
            102,
            "You asked for your Form W-2 in large print. This copy contains the same "
            "information as Copy B, Copy C and Copy 2 of your Form W-2. File your return with "
            "the standard copies, which were mailed separately.",
            504,
            12,
            "F1",
        )
        return y + 14

    book = Sheets(612.0, 792.0, head, 735)
    for title, rows in sections:
        book.room(34 + 50)
        c = book.c
        c.text(54, book.y + 4, title, 16, "F2")
        c.line(54, book.y + 26, 558, book.y + 26, 0.8)
        book.y += 34
        for caption, value in rows:
            book.room(50)
            c = book.c
            c.text(54, book.y, caption, 13)
            c.text(54, book.y + 17, value, fit(value, 500, 19, "F2"), "F2")
            book.y += 50
        book.y += 6
    for i, p in enumerate(book.pages):
        p.text(54, 752, f"Form W-2 ({w.year})  -  {w.employer}", 11)
        p.right(558, 752, f"Page {i + 1} of {len(book.pages)}", 12, "F2")
    return book.pages, w2_truth(w)


def w2_quarterly(m: Maker) -> Layout:
    """An employee's year-end payroll summary as payroll software prints it on a landscape
    letter page: the report title with the calendar year, the employer (name, address, federal
    and state ID) and the employee (name, SSN, employee number, address) side by side; then a
    ruled table whose rows are the pay items and the W-2 boxes (gross earnings, the 401(k) and
    section 125 reductions, federal taxable wages, federal income tax, social security and
    Medicare wages and taxes, the box 12 codes, the state wages and tax), with the W-2 box in a
    column of its own, the amounts of the four quarters and the year total in a shaded column;
    boxes 13 and 14 and a note that the year column is what the W-2 reports."""
    w = make_w2(m)
    weights = [m.r.uniform(0.85, 1.15) for _ in range(4)]
    hired = 0
    if m.chance(0.2):
        hired = m.r.randint(1, 2)
        for i in range(hired):
            weights[i] = 0.0
    gross_q = split(w.gross, weights)
    k401_q = split(w.k401, weights)
    s125_q = split(w.s125, weights)
    wages_q = [round(g - k - s, 2) for g, k, s in zip(gross_q, k401_q, s125_q, strict=True)]
    med_q = [round(g - s, 2) for g, s in zip(gross_q, s125_q, strict=True)]
    ss_q = capped(med_q, w.ss_wages)
    rows: list[tuple[str, str, list[float], float, bool]] = [
        ("Gross earnings", "", gross_q, w.gross, False)
    ]
    if w.k401:
        rows.append(("Less: 401(k) deferrals", "12 D", k401_q, w.k401, False))
    if w.s125:
        rows.append(("Less: section 125 (cafeteria plan)", "", s125_q, w.s125, False))
    rows += [
        ("Federal taxable wages", "1", wages_q, w.wages, True),
        ("Federal income tax withheld", "2", split(w.fed, weights), w.fed, True),
        ("Social security wages", "3", ss_q, w.ss_wages, True),
        ("Social security tax withheld", "4", taxed(ss_q, 0.062, w.ss_tax), w.ss_tax, True),
        ("Medicare wages and tips", "5", med_q, w.med_wages, True),
        ("Medicare tax withheld", "6", taxed(med_q, 0.0145, w.med_tax), w.med_tax, True),
    ]
    for code, amount in w.codes:
        if code == "D":
            continue
        name = {"DD": "Employer-sponsored health coverage", "W": "Employer HSA contributions"}
        rows.append(
            (name.get(code, f"Code {code}"), f"12 {code}", split(amount, weights), amount, False)
        )
    rows += [
        (f"{w.state} state wages", "16", wages_q, w.wages, True),
        (f"{w.state} state income tax", "17", split(w.state_tax, weights), w.state_tax, True),
    ]
    emp_no = m.pick((m.digits(5), f"{m.pick('EHK')}{m.digits(4)}"))
    run = dt.date(w.year + 1, 1, m.r.randint(3, 20))
    c = Canvas(792.0, 612.0)
    c.text(36, 30, w.employer.upper(), 10, "F2")
    c.right(756, 30, f"Run date {fmt(run, '%m/%d/%Y')}", 7.5)
    c.centre(396, 46, "EMPLOYEE YEAR-END PAYROLL SUMMARY", 14, "F2")
    c.centre(396, 64, f"Calendar year {w.year}  -  quarterly detail and Form W-2 totals", 9)
    blocks = (
        (
            "EMPLOYER",
            (w.employer, w.er_street, w.er_city, f"FEIN {w.ein}", f"{w.state} ID {w.state_id}"),
        ),
        (
            "EMPLOYEE",
            (
                f"{w.first_init} {w.last}",
                w.ee_street,
                w.ee_city,
                f"SSN {w.ssn}",
                f"Employee No. {emp_no}",
            ),
        ),
    )
    for j, (title, lines) in enumerate(blocks):
        x = 36 + 370 * j
        c.text(x, 84, title, 7, "F2")
        c.line(x, 94, x + 340, 94, 0.4)
        rows_at(c, x, 98, lines, 8.5, "F1", 10.5)
    top = 160.0
    xs = (36, 300, 346, 428, 510, 592, 674, 756)
    heads = ("", "W-2 Box", "Q1 Jan-Mar", "Q2 Apr-Jun", "Q3 Jul-Sep", "Q4 Oct-Dec", "Year Total")
    c.shade(36, top, 720, 16, 0.85)
    c.shade(674, top + 16, 82, 14.5 * len(rows), 0.93)
    for i, h in enumerate(heads):
        if i == 1:
            c.centre(323, top + 4.5, h, 7.5, "F2")
        elif i:
            c.right(xs[i + 1] - 5, top + 4.5, h, 7.5, "F2")
    c.text(40, top + 4.5, "Pay item", 7.5, "F2")
    y = top + 16
    for label, box, quarters, year, bold in rows:
        font = "F2" if bold else "F1"
        c.line(36, y + 14.5, 756, y + 14.5, 0.2)
        c.text(40, y + 4, label, 8.5, font)
        c.centre(323, y + 4, box, 8.5)
        for i, v in enumerate(quarters):
            c.right(xs[i + 3] - 5, y + 4, f"{v:,.2f}" if v else "-", 8.5)
        c.right(751, y + 4, f"{year:,.2f}", 8.5, font)
        y += 14.5
    for x in xs:
        c.line(x, top, x, y, 0.3)
    c.box(36, top, 720, y - top, 0.6)
    y += 16
    notes = [f"Box 13 Retirement plan: {'X' if w.k401 else '-'}"]
    notes.append(f"Box 14 Other: {w.other or 'none'}")
    if w.control:
        notes.append(f"Control number: {w.control}")
    if hired:
        notes.append(
            f"No wages were paid in the first {'quarter' if hired == 1 else 'two quarters'}."
        )
    rows_at(c, 40, y, notes, 8.5, "F1", 12)
    _paragraph(
        c,
        40,
        y + 12 * len(notes) + 10,
        f"The Year Total column shows the amounts reported on your {w.year} Form W-2, Wage and "
        "Tax Statement. The quarterly amounts agree with the employer's Forms 941 and state "
        "quarterly wage reports. Pre-tax deductions reduce box 1 and box 16; section 125 "
        "deductions also reduce boxes 3 and 5.",
        700,
        8,
        "F1",
    )
    c.text(36, 584, "PAYROLL-YE-110", 7, "F5")
    c.right(756, 584, "Page 1 of 1", 7)
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Licences


def licence_fresh13(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """29: a licence card with bilingual English/French captions, scanned front and back; 30:
    a notarised copy of a licence with the notary's copy certification."""
    return (*(licence_bilingual if t == 29 else licence_notarised)(m), f"t{t}")


def inches(height: str) -> int:
    """5'-09" -> 69."""
    feet, rest = height.split("'")
    return int(feet) * 12 + int(rest.strip('-"'))


CLASSES = (
    ("A", "Any combination of vehicles", "Tout ensemble de véhicules"),
    ("C", "Vehicles for 16+ passengers or hazmat", "Véhicules de 16 passagers et plus"),
    ("D", "Passenger cars, vans and pickups", "Voitures, fourgonnettes et camionnettes"),
    ("E", "Taxis and livery vehicles", "Taxis et véhicules de location"),
    ("M", "Motorcycles", "Motocyclettes"),
)


def licence_bilingual(m: Maker) -> Layout:
    """A horizontal licence card whose captions are printed in English and French (as the
    provinces north of the border print theirs), scanned front and back on a letter page: a
    coloured band with the state's name and "DRIVER'S LICENSE / PERMIS DE CONDUIRE", the
    portrait at the left, "NUMBER / NUMÉRO" over the licence number, "NAME / NOM" over the name
    as LAST, FIRST MIDDLE on one line, the address, then pairs of bilingual captions over the
    values (DD/REF, EXP/EXP, DOB/DDN, ISS/DÉL, CLASS/CAT, SEX/SEXE, HGT/HAUT in centimetres,
    EYES/YEUX, REST/COND), every date as YYYY/MM/DD, the signature and a ghost image; the back
    has the barcode, the table of classes in both languages, the conditions and endorsements
    and the return address; "FRONT / RECTO" and "BACK / VERSO" under the two images."""
    lic = make_licence(m)
    c = Canvas()
    k = 1.45
    w, h = 324.0, 204.0
    day = "%Y/%m/%d"
    scanned = lic.issued + dt.timedelta(days=m.r.randint(10, 900))
    c.text(40, 28, f"Scanned copy / Copie numérisée   {fmt(scanned, day)}", 8)
    band = m.pick(((0.05, 0.3, 0.55), (0.3, 0.1, 0.4), (0.0, 0.4, 0.35)))
    x0, y0 = 70.0, 50.0
    d = Frame(c, x0, y0, k)
    fill(c, x0, y0, w * k, h * k, (0.94, 0.95, 0.91))
    d.box(0, 0, w, h, 0.6)
    fill(c, x0, y0, w * k, 30 * k, band)
    white(c)
    title = lic.state.upper()
    d.text(10, 7, title, fit(title, 170, 15, "F4"), "F4")
    d.right(314, 6, "DRIVER'S LICENSE", 7.5, "F2")
    d.right(314, 16, "PERMIS DE CONDUIRE", 7.5, "F2")
    ink(c, 0.0)
    fill(c, x0 + 10 * k, y0 + 40 * k, 82 * k, 104 * k, (0.66, 0.67, 0.7))
    fill(c, x0 + 28 * k, y0 + 56 * k, 46 * k, 54 * k, (0.48, 0.49, 0.54))
    fill(c, x0 + 268 * k, y0 + 150 * k, 42 * k, 46 * k, (0.85, 0.86, 0.85))

    def field(
        x: float, top: float, cap: str, value: str, size: float = 7.5, bold: str = "F2"
    ) -> None:
        d.text(x, top, cap, 4.2, "F1")
        d.text(x, top + 5.5, value, size, bold)

    red = (0.7, 0.1, 0.1)
    colour(c, *red)
    field(102, 36, "NUMBER / NUMÉRO", lic.number, 10.5)
    ink(c, 0.0)
    given = f"{lic.first} {lic.middle}".strip().upper()
    field(
        102,
        58,
        "NAME / NOM",
        f"{lic.last.upper()}, {given}",
        fit(f"{lic.last.upper()}, {given}", 210, 8.5, "F2"),
    )
    d.text(102, 76, lic.street.upper(), 6.5)
    d.text(102, 84, f"{lic.city.upper()}, {lic.abbr} {lic.zipcode}", 6.5)
    cm = round(inches(lic.height) * 2.54)
    dd = f"{m.pick('ABCDEFGHJK')}{m.digits(4)}-{m.digits(5)}"
    field(102, 96, "DD/REF", dd, 6.5, "F1")
    field(190, 96, "EXP/EXP", fmt(lic.expires, day))
    field(102, 116, "DOB/DDN", fmt(lic.dob, day))
    field(190, 116, "ISS/DÉL", fmt(lic.issued, day))
    field(102, 136, "CLASS/CAT", lic.klass)
    field(150, 136, "SEX/SEXE", lic.sex)
    field(196, 136, "HGT/HAUT", f"{cm} cm")
    field(244, 136, "EYES/YEUX", lic.eyes)
    lenses = m.chance(0.3)
    field(102, 156, "REST/COND", "X - LENSES / VERRES" if lenses else "NONE / AUCUNE", 6.5)
    d.text(12, 176, f"{lic.first} {lic.last}", 12, "F3")
    d.line(10, 190, 150, 190, 0.3)
    c.centre(x0 + w * k / 2, y0 + h * k + 8, "FRONT / RECTO", 8, "F2")
    y1 = y0 + h * k + 40
    b = Frame(c, x0, y1, k)
    fill(c, x0, y1, w * k, h * k, (0.94, 0.95, 0.91))
    b.box(0, 0, w, h, 0.6)
    barcode(b, m, 12, 10, 300, 34)
    b.text(12, 52, "CLASS / CATÉGORIE", 5.5, "F2")
    for i, (klass, en, fr) in enumerate(CLASSES):
        top = 62 + 12 * i
        mark = "*" if klass == lic.klass else ""
        b.text(12, top, f"{klass}{mark}", 6.5, "F2")
        b.text(28, top, en, 5.5)
        b.text(28, top + 6, fr, 4.8)
    b.text(190, 52, "CONDITIONS / CONDITIONS", 5.5, "F2")
    b.text(190, 60, "X  CORRECTIVE LENSES / VERRES" if lenses else "NONE / AUCUNE", 6)
    b.text(190, 74, "ENDORSEMENTS / MENTIONS", 5.5, "F2")
    b.text(190, 82, m.pick(("NONE / AUCUNE", "M  MOTORCYCLE / MOTO")), 6)
    b.text(190, 96, "ORGAN DONOR / DON D'ORGANES", 5.5, "F2")
    b.text(190, 104, m.pick(("YES / OUI", "NO / NON")), 6)
    b.text(12, 130, "If found, return to / Si trouvée, retourner à :", 5.5)
    b.text(12, 137, f"Department of Motor Vehicles, {lic.city}, {lic.abbr}", 5.5)
    b.text(12, 152, "Not valid without signature / Non valide sans signature", 5.5)
    b.text(12, 182, f"{m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(2)}", 6, "F5")
    c.centre(x0 + w * k / 2, y1 + h * k + 8, "BACK / VERSO", 8, "F2")
    return [c], licence_truth(lic)


COUNTIES = ("Franklin", "Jefferson", "Washington", "Madison", "Lincoln", "Marion", "Greene", "Clay")


def licence_notarised(m: Maker) -> Layout:
    """A notarised copy of a driver licence, as a lender, a school or a foreign consulate asks
    for it: the upper part of the page is the photocopy of the card's front on the grey of the
    copier glass (the state's name across the top, the licence number after "DL", the name as
    "LN" and "FN" lines, the dates with small captions before them as 03-14-1985, the class,
    sex, height and eyes, the portrait and the signature); under it "CERTIFIED COPY OF
    DOCUMENT" with the venue (state and county), the notary's statement that it is a true,
    exact, complete and unaltered photocopy of the licence (its state and number) presented by
    its holder, how the holder was identified, the notary's signature, printed name,
    commission number and expiry, and the round seal."""
    lic = make_licence(m)
    latest = max(lic.issued + dt.timedelta(days=30), lic.expires - dt.timedelta(days=30))
    certified = lic.issued + dt.timedelta(days=m.r.randint(10, max(11, (latest - lic.issued).days)))
    notary = f"{m.pick(FIRST)} {m.pick(LAST)}"
    county = m.pick(COUNTIES)
    commission = m.digits(m.pick((6, 7, 8)))
    comm_exp = certified + dt.timedelta(days=m.r.randint(200, 1400))
    c = Canvas()
    fill(c, 40, 36, 532, 318, (0.86, 0.86, 0.86))
    c.text(48, 42, "Copy", 6.5)
    k = 1.3
    w, h = 324.0, 204.0
    x0, y0 = 306 - w * k / 2 + m.r.uniform(-8, 8), 62 + m.r.uniform(-6, 6)
    d = Frame(c, x0, y0, k)
    fill(c, x0, y0, w * k, h * k, (0.97, 0.97, 0.97))
    d.box(0, 0, w, h, 0.5)
    d.centre(w / 2, 6, lic.state.upper(), fit(lic.state.upper(), 260, 14, "F4"), "F4")
    d.centre(w / 2, 22, "DRIVER LICENSE", 6.5, "F2")
    d.line(8, 31, 316, 31, 0.4)
    fill(c, x0 + 10 * k, y0 + 40 * k, 80 * k, 100 * k, (0.55, 0.55, 0.55))
    fill(c, x0 + 26 * k, y0 + 56 * k, 48 * k, 52 * k, (0.4, 0.4, 0.4))

    def pair(
        x: float, top: float, cap: str, value: str, size: float = 7.5, font: str = "F2"
    ) -> float:
        d.text(x, top + 1.5, cap, 4.5)
        x2 = x + text_width(cap, 4.5) + 3
        d.text(x2, top, value, size, font)
        return x2 + text_width(value, size, font) + 10

    day = "%m-%d-%Y"
    pair(100, 38, "DL", lic.number, 11)
    pair(100, 56, "LN", lic.last.upper(), 9)
    given = f"{lic.first} {lic.middle}".strip().upper()
    pair(100, 68, "FN", given, 8.5)
    d.text(100, 80, lic.street.upper(), 6.5)
    d.text(100, 88, f"{lic.city.upper()}, {lic.abbr} {lic.zipcode}", 6.5)
    pair(100, 102, "DOB", fmt(lic.dob, day))
    pair(190, 102, "EXP", fmt(lic.expires, day))
    pair(100, 116, "ISS", fmt(lic.issued, day), 7, "F1")
    x = pair(190, 116, "CLASS", lic.klass, 7)
    pair(x, 116, "SEX", lic.sex, 7)
    x = pair(100, 130, "HGT", lic.height, 7, "F1")
    x = pair(x, 130, "EYES", lic.eyes, 7, "F1")
    pair(x, 130, "HAIR", lic.hair, 7, "F1")
    pair(100, 144, "RSTR", m.pick(("NONE", "B")), 7, "F1")
    pair(190, 144, "END", m.pick(("NONE", "NONE", "M")), 7, "F1")
    d.text(100, 168, f"{lic.first} {lic.last}", 12, "F3")
    d.text(12, 186, f"DD {m.digits(12)}", 5, "F5")
    top = 380.0
    c.centre(306, top, "CERTIFIED COPY OF DOCUMENT", 13, "F4")
    rows_at(
        c,
        72,
        top + 28,
        (f"State of {lic.state}", f"County of {county}"),
        10.5,
        "F3",
        14,
    )
    text = (
        f"On {fmt(certified, '%B')} {certified.day}, {certified.year}, I, {notary}, a Notary "
        f"Public in and for said county and state, certify that the above is a true, exact, "
        f"complete and unaltered photocopy made by me of the {lic.state} driver license number "
        f"{lic.number}, presented to me by its holder, {lic.first} {lic.last}, who is "
        f"personally known to me or produced the original document as identification."
    )
    y = _paragraph(c, 72, top + 68, text, 468, 10.5, "F3")
    y += 36
    hand(c, 80, y - 18, notary, 15)
    c.line(72, y, 300, y, 0.5)
    rows_at(
        c,
        72,
        y + 4,
        (
            "Signature of Notary Public",
            f"Printed name: {notary}",
            f"Commission No. {commission}",
            f"My commission expires {fmt(comm_exp, '%m/%d/%Y')}",
        ),
        9,
        "F3",
        12,
    )
    cx, cy = 452.0, y + 30
    colour(c, 0.2, 0.2, 0.45)
    circle(c, cx, cy, 54, 1.2)
    circle(c, cx, cy, 47, 0.5)
    c.centre(cx, cy - 26, "NOTARY PUBLIC", 7, "F2")
    c.centre(cx, cy - 16, notary.upper(), fit(notary.upper(), 84, 7, "F2"), "F2")
    c.centre(
        cx,
        cy - 4,
        f"STATE OF {lic.state.upper()}",
        fit(f"STATE OF {lic.state.upper()}", 86, 6.5, "F2"),
        "F2",
    )
    c.centre(cx, cy + 8, f"Comm. # {commission}", 6)
    c.centre(cx, cy + 18, f"Exp. {fmt(comm_exp, '%m/%d/%Y')}", 6)
    ink(c, 0.0)
    c.text(
        72,
        740,
        "This certification applies only to the photocopy above and does not attest to the "
        "validity of the original document.",
        7,
        "F3",
    )
    return [c], licence_truth(lic)


# ---------------------------------------------------------------------------------------------
# 1099s


def form_1099_fresh13(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """29: a payer's 1099 worksheet printed from a spreadsheet; 30: a crypto exchange's 1099
    tax statement with the income detail by asset."""
    return (*(form_1099_sheet if t == 29 else form_1099_crypto)(m, variant), f"t{t}")


def form_1099_sheet(m: Maker, variant: str) -> Layout:
    """The 1099 worksheet a small payer keeps in a spreadsheet, printed with gridlines and
    headings: the print header with the file name and the print date, the column letters A to
    C across the top and the row numbers down the left, a title row, then "Field / Value /
    Notes" rows for the tax year, the payer (name, TIN, street, city, phone) and the recipient
    (name, TIN, address, account number), a blank row, the boxes of the form one to a row
    with their amounts in the accounting format (the dollar sign at the left edge of the cell,
    the figure at the right, a dash for an empty box) and a note on where each came from,
    and the e-filing and mailing dates; the sheet's name and "Page 1 of 1" in the footer."""
    f = make_1099(m, variant)
    filed = dt.date(int(f.year) + 1, 1, m.r.randint(8, 30))
    mailed = filed + dt.timedelta(days=m.r.randint(0, 3))
    printed = mailed + dt.timedelta(days=m.r.randint(0, 60))
    notes = {
        "interest_income": f"GL {m.digits(4)} interest paid",
        "federal_income_tax_withheld": "Backup withholding (no W-9)",
        "rents": f"Lease {m.digits(4)}, 12 months",
        "royalties": "Royalty statement Q1-Q4",
        "other_income": "Prize / award",
        "medical_and_health_care_payments": "AP vendor ledger",
        "gross_proceeds_paid_to_attorney": "Settlement check",
        "early_withdrawal_penalty": "CD closed early",
        "tax_exempt_interest": "Muni bond fund",
        "interest_on_us_savings_bonds_and_treasury": "T-bills",
    }
    rows: list[tuple[str, str, str, str]] = [
        ("title", f"{f.year} Form 1099-{variant} - {f.title}", "", ""),
        ("blank", "", "", ""),
        ("head", "Field", "Value", "Notes"),
        ("text", "Tax year", f.year, ""),
        ("text", "Payer name", f.payer, ""),
        ("text", "Payer TIN", f.payer_tin, ""),
        ("text", "Payer street", f.p_street, ""),
        ("text", "Payer city, state, ZIP", f.p_city, ""),
        ("text", "Payer phone", f.p_phone, ""),
        ("blank", "", "", ""),
        ("text", "Recipient name", f.recipient, "per W-9 on file"),
        ("text", "Recipient TIN", f.recipient_tin, "TIN match OK"),
        ("text", "Recipient street", f.r_street, ""),
        ("text", "Recipient city, state, ZIP", f.r_city, ""),
        ("text", "Account number", f.account, "" if f.account else "not used"),
        ("blank", "", "", ""),
        ("head", "Box", "Amount", "Source"),
    ]
    for num, label, key in f.boxes:
        value = f"{f.values[key]:,.2f}" if key in f.values else "-"
        rows.append(
            ("money", f"Box {num} - {label}", value, notes.get(key, "") if key in f.values else "")
        )
    rows += [
        ("blank", "", "", ""),
        ("text", "E-filed with IRS", fmt(filed, "%m/%d/%Y"), f"Receipt ID {m.digits(12)}"),
        ("text", "Recipient copy mailed", fmt(mailed, "%m/%d/%Y"), "USPS first class"),
    ]
    c = Canvas()
    slug = "INT" if variant == "INT" else "MISC"
    c.text(36, 20, f"Printed {fmt(printed, '%m/%d/%Y')}", 7.5)
    c.centre(306, 20, f"1099 worksheet {f.year}.xlsx", 8)
    x0, num_w = 36.0, 24.0
    widths = (218.0, 150.0, 148.0)
    row_h = 15.0
    top = 40.0
    c.ops.append(b"0.55 G")
    c.shade(x0, top, num_w + sum(widths), row_h, 0.9)
    c.shade(x0, top, num_w, row_h * (len(rows) + 1), 0.9)
    x = x0 + num_w
    for letter, wd in zip("ABC", widths, strict=True):
        c.box(x, top, wd, row_h, 0.3)
        c.centre(x + wd / 2, top + 4, letter, 8)
        x += wd
    c.box(x0, top, num_w, row_h, 0.3)
    for i, (style, a, b, n) in enumerate(rows):
        y = top + row_h * (i + 1)
        c.box(x0, y, num_w, row_h, 0.3)
        c.centre(x0 + num_w / 2, y + 4, str(i + 1), 7.5)
        x = x0 + num_w
        for wd in widths:
            c.box(x, y, wd, row_h, 0.2)
            x += wd
        xa, xb, xc = x0 + num_w, x0 + num_w + widths[0], x0 + num_w + widths[0] + widths[1]
        if style == "title":
            c.text(xa + 3, y + 3, a, 10, "F2")
        elif style == "head":
            for xx, s in ((xa, a), (xb, b), (xc, n)):
                c.text(xx + 3, y + 4, s, 8.5, "F2")
        elif style == "text":
            c.text(xa + 3, y + 4, a, 8.5)
            if b:
                c.text(xb + 3, y + 4, b, fit(b, widths[1] - 6, 8.5))
            if n:
                c.text(xc + 3, y + 4, n, fit(n, widths[2] - 6, 7.5), "F1")
        elif style == "money":
            c.text(xa + 3, y + 4, a, fit(a, widths[0] - 6, 8.5))
            c.text(xb + 4, y + 4, "$", 8.5)
            c.right(xb + widths[1] - (14 if b == "-" else 5), y + 4, b, 8.5)
            if n:
                c.text(xc + 3, y + 4, n, fit(n, widths[2] - 6, 7.5))
    c.ops.append(b"0 G")
    c.text(36, 770, f"1099-{slug} {f.year}", 7.5)
    c.right(576, 770, "Page 1 of 1", 7.5)
    return [c], tax_1099_truth(f, zeros_printed=False)


EXCHANGES = (
    ("Kestrel Digital Exchange, Inc.", "Kestrel"),
    ("Blockhaven Markets LLC", "Blockhaven"),
    ("CoinHarbor Inc.", "CoinHarbor"),
    ("Ledgerline Trust Company", "Ledgerline"),
)
STAKED = (
    ("ETH", 1600.0, 3900.0),
    ("SOL", 18.0, 180.0),
    ("ADA", 0.25, 0.7),
    ("DOT", 4.0, 9.0),
    ("ATOM", 6.0, 14.0),
    ("ALGO", 0.1, 0.35),
    ("XTZ", 0.6, 1.3),
)


def form_1099_crypto(m: Maker, variant: str) -> Layout:
    """The 1099 a crypto exchange makes available in its tax center, downloaded as a PDF: a
    dark band with the exchange's name and "Tax documents", "Your <year> Form 1099-MISC" (for
    staking, learning and referral rewards reported as other income) or 1099-INT (for the
    interest paid on a USD stablecoin balance) with the copy and OMB number; the payer and the
    recipient in two framed columns with their TINs and the account number; three summary
    tiles; the form's boxes as a table with 0.00 in the empty ones; then "Income detail", a
    line per credit (date and time in UTC, asset, type, quantity to eight decimals, value in
    USD at receipt) running onto further pages with the total, which is the amount of the
    income box."""
    f = make_1099(m, variant)
    name, brand = m.pick(EXCHANGES)
    f.payer = name
    f.account = m.pick((f"{brand[:2].upper()}-{m.digits(8)}", m.digits(10), ""))
    if variant == "INT":
        key, amount = "interest_income", m.amount(11, 4800)
        kinds = ("USDC Rewards", "Savings interest")
        assets: tuple[tuple[str, float, float], ...] = (("USDC", 1.0, 1.0),)
    else:
        key, amount = "other_income", m.amount(600, 24000)
        kinds = ("Staking reward", "Staking reward", "Learning reward", "Referral bonus")
        assets = tuple(m.r.sample(STAKED, m.r.randint(1, 3)))
    f.values = {key: amount}
    if m.chance(0.15):
        f.values["federal_income_tax_withheld"] = round(amount * 0.24, 2)
    n = m.r.randint(6, 70)
    weights = [m.r.uniform(0.3, 1.7) for _ in range(n)]
    values = split(amount, weights)
    year = int(f.year)
    moments = sorted(
        dt.datetime(year, 1, 1)
        + dt.timedelta(days=m.r.randint(0, 364), seconds=m.r.randint(0, 86399))
        for _ in range(n)
    )
    credits = []
    for when, usd_value in zip(moments, values, strict=True):
        asset, lo, hi = m.pick(assets)
        price = lo if lo == hi else m.r.uniform(lo, hi)
        credits.append((when, asset, m.pick(kinds), usd_value / price, usd_value))
    dark = (0.08, 0.1, 0.17)
    accent = m.pick(((0.35, 0.45, 1.0), (0.0, 0.75, 0.6), (0.95, 0.6, 0.1)))

    def head(c: Canvas, first: bool) -> float:
        fill(c, 0, 0, 612, 54, dark)
        colour(c, *accent)
        c.text(36, 18, brand, 18, "F2")
        white(c)
        c.right(576, 20, "Tax documents", 10, "F2")
        c.right(576, 34, f"Tax year {f.year}", 8)
        ink(c, 0.0)
        if not first:
            c.text(36, 66, f"Form 1099-{variant} - {f.recipient} - income detail (continued)", 8)
            return 86
        c.text(36, 72, f"Your {f.year} Form 1099-{variant}", 18, "F2")
        c.text(36, 96, f"{f.title}  |  Copy B for Recipient  |  OMB No. {f.omb}", 8.5)
        return 116

    book = Sheets(612.0, 792.0, head, 736)
    c = book.c
    y = book.y
    parties = (
        (
            "PAYER",
            (
                ("Name", f.payer),
                ("Address", f.p_street),
                ("", f.p_city),
                ("Telephone", f.p_phone),
                ("Payer's TIN", f.payer_tin),
            ),
        ),
        (
            "RECIPIENT",
            (
                ("Name", f.recipient),
                ("Address", f.r_street),
                ("", f.r_city),
                ("Recipient's TIN", f.recipient_tin),
                ("Account number", f.account or "-"),
            ),
        ),
    )
    for j, (title, rows) in enumerate(parties):
        x = 36 + 276 * j
        c.box(x, y, 264, 86, 0.5)
        c.text(x + 8, y + 6, title, 7.5, "F2")
        for i, (k, v) in enumerate(rows):
            c.text(x + 8, y + 20 + 12.5 * i, k, 7.5)
            c.text(x + 84, y + 20 + 12.5 * i, v, fit(v, 172, 8.5))
    y += 100
    label = "Interest income" if variant == "INT" else "Rewards income"
    tiles = (
        (f"Total {label.lower()} (USD)", usd(amount)),
        ("Federal income tax withheld", usd(f.values.get("federal_income_tax_withheld", 0.0))),
        (f"Credits in {f.year}", str(n)),
    )
    for i, (k, v) in enumerate(tiles):
        x = 36 + 184 * i
        fill(c, x, y, 172, 42, (0.94, 0.95, 0.97))
        c.text(x + 8, y + 7, k, 7.5)
        c.text(x + 8, y + 20, v, 14, "F2")
    y += 58
    c.text(36, y, "Form details - amounts reported to the IRS", 10, "F2")
    y += 16
    c.shade(36, y, 540, 14, 0.88)
    c.text(42, y + 3.5, "Box", 7.5, "F2")
    c.text(90, y + 3.5, "Description", 7.5, "F2")
    c.right(570, y + 3.5, "Amount (USD)", 7.5, "F2")
    y += 18
    for num, caption, k in f.boxes:
        c.text(42, y, num, 8.5, "F2")
        c.text(90, y, caption, fit(caption, 380, 8.5))
        c.right(570, y, f"{f.values.get(k, 0.0):,.2f}", 8.5, "F2" if k in f.values else "F1")
        c.line(36, y + 11, 576, y + 11, 0.15)
        y += 14
    y = _paragraph(
        c,
        36,
        y + 10,
        f"Each {'interest credit' if variant == 'INT' else 'reward'} is valued in US dollars at "
        "the time it was credited to your account, and the total of the income detail below is "
        f"the amount in box {'1' if variant == 'INT' else '3'}. This is important tax "
        "information and is being furnished to the IRS. Gains and losses from sales are "
        "reported separately in your gain/loss report.",
        540,
        7.5,
        "F1",
    )
    book.y = y + 12
    cols = (
        (40, "Date (UTC)", "l"),
        (150, "Asset", "l"),
        (200, "Type", "l"),
        (420, "Quantity", "r"),
        (572, "Value (USD)", "r"),
    )

    def table_head() -> None:
        c = book.c
        c.text(36, book.y, "Income detail", 10, "F2")
        c.shade(36, book.y + 14, 540, 13, 0.88)
        for x, h, a in cols:
            (c.right if a == "r" else c.text)(x, book.y + 17.5, h, 7.5, "F2")
        book.y += 32

    book.room(60)
    table_head()
    for when, asset, kind, qty, value in credits:
        if book.room(12):
            table_head()
        c = book.c
        cells = (fmt(when, "%Y-%m-%d %H:%M:%S"), asset, kind, f"{qty:,.8f}", f"{value:,.2f}")
        for (x, _, a), s in zip(cols, cells, strict=True):
            (c.right if a == "r" else c.text)(x, book.y, s, 8)
        book.y += 12
    book.room(20)
    c = book.c
    c.line(36, book.y, 576, book.y, 0.5)
    c.text(200, book.y + 4, f"Total ({n} credits)", 8.5, "F2")
    c.right(572, book.y + 4, f"{amount:,.2f}", 8.5, "F2")
    for i, p in enumerate(book.pages):
        p.text(36, 760, f"{name}  |  {brand.lower()}.example/tax", 7)
        p.right(576, 760, f"Page {i + 1} of {len(book.pages)}", 7)
    return book.pages, tax_1099_truth(f, zeros_printed=True)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh13(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """29: a US-dollar cheque drawn on a Canadian bank over its remittance advice; 30: a sheet
    of three laser checks with only the first one printed."""
    return (*(check_canadian if t == 29 else check_three_up)(m), f"t{t}")


CA_BANKS = (
    ("Banque Laurentienne du Nord", "Montréal (Québec)"),
    ("Northern Maple Bank", "Toronto, Ontario"),
    ("Caisse Fleuve Saint-Laurent", "Québec (Québec)"),
    ("Prairie Dominion Bank", "Winnipeg, Manitoba"),
    ("Banque des Cantons de l'Est", "Sherbrooke (Québec)"),
)
CA_CITIES = (
    ("Montréal", "QC", "H2X"),
    ("Laval", "QC", "H7T"),
    ("Gatineau", "QC", "J8X"),
    ("Ottawa", "ON", "K1P"),
    ("Toronto", "ON", "M5V"),
    ("Moncton", "NB", "E1C"),
)
CA_STREETS = (
    "rue Sainte-Catherine Ouest",
    "boulevard René-Lévesque",
    "King Street West",
    "rue Principale",
    "Bank Street",
    "avenue du Parc",
)


def check_canadian(m: Maker) -> Layout:
    """A US-dollar cheque that a Canadian business draws on its US-dollar account at a Canadian
    bank, laser-printed at the top of a letter page over the remittance advice: the company's
    name and Canadian address, the bank and branch, "U.S. FUNDS / DEVISES AMÉRICAINES" in a
    box, the cheque number, the date in a box as 2024 03 14 over the Y Y Y Y M M D D guide the
    Canadian standard asks for, "PAY / PAYEZ" with the amount in words in capitals ending in
    /100 and "U.S. DOLLARS / DOLLARS US", the amount in a box with US$ and asterisks, "TO THE
    ORDER OF / À L'ORDRE DE" with the payee's name and address, "RE / OBJET" and two
    signature lines with bilingual captions, the note that it is payable at par in the United
    States, and the MICR line; below the perforation the bilingual remittance advice with the
    invoices paid."""
    q = make_cheque(m, business=True)
    q.bank, bank_city = m.pick(CA_BANKS)
    q.bank_city = f"Succursale / Branch {m.digits(5)}, {bank_city}"
    city, prov, fsa = m.pick(CA_CITIES)
    q.street = f"{m.r.randint(10, 9000)}, {m.pick(CA_STREETS)}"
    q.city = f"{city} ({prov})  {fsa} {m.digits(1)}{m.pick('ABCEGHJKLMNPRSTVXY')}{m.digits(1)}"
    p_street, p_city = m.address()
    dollars = int(q.amount)
    cents = round(q.amount * 100) % 100
    words_text = f"{words(dollars).upper()} AND {cents:02d}/100"
    c = Canvas()
    top = 24.0
    fill(c, 24, top, 564, 258, (0.93, 0.95, 0.98))
    c.box(24, top, 564, 258, 0.6)
    c.text(40, top + 12, q.drawer, 12, "F2")
    rows_at(c, 40, top + 28, (q.street, q.city), 8, "F1", 10)
    c.centre(306, top + 12, q.bank, 9, "F2")
    c.centre(306, top + 24, q.bank_city, 6.5)
    c.box(228, top + 36, 156, 14, 0.8)
    c.centre(306, top + 39.5, "U.S. FUNDS / DEVISES AMÉRICAINES", 6, "F2")
    c.right(572, top + 12, f"No. / N° {q.number}", 10, "F2")
    c.text(430, top + 60, "DATE", 7, "F2")
    date_s = fmt(q.date, "%Y %m %d")
    c.box(462, top + 54, 110, 18, 0.6)
    c.centre(517, top + 58, date_s, 11, "F5")
    c.centre(517, top + 74, "Y  Y  Y  Y   M  M   D  D", 5.5, "F5")
    c.text(40, top + 98, "PAY", 8, "F2")
    c.text(40, top + 107, "PAYEZ", 6)
    line = f"{words_text} ****"
    c.text(76, top + 100, line, fit(line, 390, 10, "F5"), "F5")
    c.line(74, top + 113, 478, top + 113, 0.4)
    c.right(478, top + 117, "U.S. DOLLARS / DOLLARS US", 6, "F2")
    c.box(484, top + 92, 88, 22, 0.8)
    c.text(488, top + 98, "US$", 6.5, "F2")
    c.right(568, top + 98, f"**{q.amount:,.2f}", fit(f"**{q.amount:,.2f}", 64, 9.5, "F5"), "F5")
    c.text(40, top + 136, "TO THE ORDER OF", 6.5, "F2")
    c.text(40, top + 144, "À L'ORDRE DE", 6)
    rows_at(c, 110, top + 136, (q.payee, p_street, p_city), 9, "F5", 11)
    c.text(40, top + 192, "RE / OBJET", 6.5, "F2")
    c.text(90, top + 190, q.memo, 8.5, "F5")
    c.line(88, top + 201, 280, top + 201, 0.4)
    for x in (330, 460):
        c.text(x + 8, top + 176, m.pick(LAST), 13, "F3")
        c.line(x, top + 194, x + 112, top + 194, 0.5)
        c.text(x, top + 197, "AUTHORIZED SIGNATURE", 5, "F2")
        c.text(x, top + 203, "SIGNATURE AUTORISÉE", 5)
    c.text(
        40,
        top + 214,
        "Payable at par in the United States through our correspondent / Payable au pair aux "
        "États-Unis par notre correspondant",
        5.5,
    )
    c.text(120, top + 234, f"C{q.number.zfill(6)}C A{q.routing}A {q.account}C", 11, "F5")
    c.text(20, 300, "- " * 95, 5, "F5")
    y = 320.0
    c.text(40, y, "REMITTANCE ADVICE / AVIS DE PAIEMENT", 11, "F2")
    c.right(572, y, f"Cheque No. / N° de chèque {q.number}", 8.5)
    c.text(40, y + 18, f"{q.drawer}  -  Payee / Bénéficiaire: {q.payee}", 8.5)
    c.right(572, y + 18, fmt(q.date, "%Y-%m-%d"), 8.5)
    parts = []
    left = q.amount
    for i in range(m.r.randint(1, 4)):
        part = left if i == 3 else round(left * m.r.uniform(0.2, 0.7), 2)
        parts.append(part)
        left = round(left - part, 2)
        if left <= 0:
            break
    if left > 0:
        parts.append(left)
    rows = []
    for part in parts:
        when = q.date - dt.timedelta(days=m.r.randint(10, 70))
        rows.append(
            (
                f"INV {m.digits(6)}",
                fmt(when, "%Y-%m-%d"),
                m.pick(("Goods / Marchandises", "Services", "Freight / Transport")),
                f"{part:,.2f}",
            )
        )
    y = grid(
        c,
        40,
        y + 36,
        (
            ("Invoice / Facture", 130, "l"),
            ("Date", 90, "c"),
            ("Description", 180, "l"),
            ("Amount US$ / Montant $ US", 132, "r"),
        ),
        rows,
        8.5,
        row_h=16,
    )
    c.text(300, y + 8, "Total", 9, "F2")
    c.right(569, y + 8, f"US$ {q.amount:,.2f}", 9, "F2")
    c.text(40, y + 40, "Please detach before depositing. / Veuillez détacher avant le dépôt.", 7.5)
    return [c], cheque_truth(q, words_text)


def check_three_up(m: Maker) -> Layout:
    """A sheet of three-per-page laser checks as an accounting program prints it when only one
    check is due: each third of the letter page is a check on the same pre-numbered stock (the
    company's name and address, the bank with its fraction, the check number, the DATE, PAY TO
    THE ORDER OF, $ and DOLLARS lines, the MEMO line, the signature line and the MICR line with
    that check's own number); only the first is filled in (the date, the payee with the
    address in the window position, **1,234.56, the amount in words ending in /100 and
    asterisks, the memo, a signature), the other two are still blank; the perforations between
    them."""
    q = make_cheque(m, business=True)
    words_text = spelled(q.amount)
    p_street, p_city = m.address()
    c = Canvas()
    tint = m.pick(((0.88, 0.93, 0.97), (0.92, 0.96, 0.9), (0.97, 0.94, 0.88)))
    first = int(q.number)
    fraction = f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}"
    signer = f"{m.pick(FIRST)} {m.pick(LAST)}"
    for i in range(3):
        top = 264.0 * i
        fill(c, 0, top + 6, 612, 252, tint)
        number = str(first + i)
        c.text(36, top + 22, q.drawer, 11, "F2")
        rows_at(c, 36, top + 36, (q.street, q.city), 7.5, "F1", 9)
        c.centre(330, top + 22, q.bank, 8.5, "F2")
        c.centre(330, top + 33, q.bank_city, 6.5)
        c.centre(330, top + 42, fraction, 6.5)
        c.right(576, top + 20, number, 11, "F2")
        c.text(420, top + 70, "DATE", 7)
        c.line(446, top + 80, 576, top + 80, 0.4)
        c.text(36, top + 98, "PAY TO THE", 6.5)
        c.text(36, top + 106, "ORDER OF", 6.5)
        c.line(84, top + 114, 470, top + 114, 0.4)
        c.text(478, top + 102, "$", 10, "F2")
        c.box(488, top + 96, 88, 20, 0.5)
        c.line(36, top + 140, 520, top + 140, 0.4)
        c.text(526, top + 132, "DOLLARS", 7)
        c.text(36, top + 210, "MEMO", 6.5)
        c.line(64, top + 218, 260, top + 218, 0.4)
        c.line(380, top + 218, 576, top + 218, 0.4)
        c.text(420, top + 221, "AUTHORIZED SIGNATURE", 5.5)
        c.text(150, top + 234, f"C{number.zfill(6)}C A{q.routing}A {q.account}C", 11, "F5")
        if i == 0:
            c.text(452, top + 68, fmt(q.date, "%m/%d/%Y"), 10, "F5")
            c.text(90, top + 102, q.payee, fit(q.payee, 370, 10, "F5"), "F5")
            c.right(572, top + 101, f"**{q.amount:,.2f}", 10, "F5")
            line = f"{words_text}" + "*" * max(3, 60 - len(words_text))
            c.text(40, top + 128, line, fit(line, 480, 9.5, "F5"), "F5")
            rows_at(c, 60, top + 152, (q.payee, p_street, p_city), 8.5, "F5", 10)
            if q.memo:
                c.text(70, top + 207, q.memo, 8.5, "F5")
            hand(c, 400, top + 200, signer, 13)
        if i:
            c.text(20, top, "- " * 95, 5, "F5")
    return [c], cheque_truth(q, words_text)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh13(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """29: a Mexican convenience store's ticket in Spanish; 30: an auto parts store's counter
    sales invoice with core charges."""
    return (*(receipt_mexico if t == 29 else receipt_auto_parts)(m), f"t{t}")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_ES_UNITS = _words(
    "CERO UNO DOS TRES CUATRO CINCO SEIS SIETE OCHO NUEVE DIEZ ONCE DOCE TRECE CATORCE QUINCE "
    "DIECISEIS DIECISIETE DIECIOCHO DIECINUEVE VEINTE VEINTIUNO VEINTIDOS VEINTITRES "
    "VEINTICUATRO VEINTICINCO VEINTISEIS VEINTISIETE VEINTIOCHO VEINTINUEVE"
)
_ES_TENS = _words("_ _ _ TREINTA CUARENTA CINCUENTA SESENTA SETENTA OCHENTA NOVENTA")
_ES_HUNDREDS = _words(
    "_ CIENTO DOSCIENTOS TRESCIENTOS CUATROCIENTOS QUINIENTOS SEISCIENTOS SETECIENTOS "
    "OCHOCIENTOS NOVECIENTOS"
)


def es_words(n: int) -> str:
    """A whole number in Spanish capitals as tickets print it (no accents)."""
    if n < 30:
        return _ES_UNITS[n]
    if n < 100:
        return _ES_TENS[n // 10] + (f" Y {_ES_UNITS[n % 10]}" if n % 10 else "")
    if n < 1000:
        if n == 100:
            return "CIEN"
        return _ES_HUNDREDS[n // 100] + (f" {es_words(n % 100)}" if n % 100 else "")
    head = "MIL" if n // 1000 == 1 else f"{es_words(n // 1000)} MIL".replace("UNO MIL", "UN MIL")
    return head + (f" {es_words(n % 1000)}" if n % 1000 else "")


def pesos(amount: float) -> str:
    whole = int(amount)
    cents = round(amount * 100) % 100
    text = es_words(whole)
    if text.endswith("UNO"):
        text = text[:-1]
    return f"({text} {'PESO' if whole == 1 else 'PESOS'} {cents:02d}/100 M.N.)"


MX_STORES = (
    ("MINISUPER LA ESQUINA", "COMERCIALIZADORA LA ESQUINA SA DE CV"),
    ("TIENDAS ALBA", "CADENA COMERCIAL ALBA SA DE CV"),
    ("ABARROTES DON PEPE", "JOSE LUIS PEREZ RAMIREZ"),
    ("SUPER 7 DIAS", "SIETE DIAS CONVENIENCIA SA DE CV"),
    ("MERCADITO EL SOL", "GRUPO EL SOL DEL BAJIO SA DE CV"),
)
MX_CITIES = (
    ("GUADALAJARA, JAL.", "44", "33"),
    ("ZAPOPAN, JAL.", "45", "33"),
    ("MONTERREY, N.L.", "64", "81"),
    ("PUEBLA, PUE.", "72", "222"),
    ("QUERETARO, QRO.", "76", "442"),
    ("MERIDA, YUC.", "97", "999"),
)
# (item, price range, taxed at 16%)
MX_ITEMS = (
    ("REFRESCO COLA 600ML", (18.5, 21.0), True),
    ("PAPAS FRITAS 45G", (17.0, 19.5), True),
    ("PAN BLANCO GDE", (45.0, 52.0), False),
    ("LECHE ENTERA 1L", (26.0, 29.5), False),
    ("HUEVO BLANCO 12PZ", (38.0, 48.0), False),
    ("AGUA NATURAL 1L", (12.0, 15.0), False),
    ("CAFE SOLUBLE 120G", (89.0, 110.0), False),
    ("JABON LAVANDERIA 400G", (24.0, 28.0), True),
    ("PAPEL HIGIENICO 4R", (38.0, 46.0), True),
    ("GALLETAS MARIA 170G", (19.0, 24.0), False),
    ("CERVEZA LATA 355ML", (19.0, 22.0), True),
    ("TORTILLAS HARINA 10PZ", (28.0, 34.0), False),
    ("RECARGA TIEMPO AIRE", (50.0, 50.0), True),
    ("CHOCOLATE BARRA 40G", (16.0, 19.0), True),
)


def receipt_mexico(m: Maker) -> Layout:
    """A Mexican convenience store's ticket in Spanish on a narrow roll in a monospaced face:
    the store's name, the legal name and RFC, the street with the colonia, C.P. and city and
    the telephone; the ticket (folio) number, the register and the cashier, the date as
    14/03/2024 and the time; the items as CANT DESCRIPCION IMPORTE with the prices including
    IVA, "ARTICULOS: n"; the SUBTOTAL without IVA, the IVA 16%, the TOTAL, the total in words
    ("(CIENTO TREINTA Y CINCO PESOS 79/100 M.N.)"), the cash and change or the debit card
    with its last four digits and authorisation; the note that the ticket is not a tax receipt
    and where to invoice it online, and "GRACIAS POR SU COMPRA"."""
    store, legal = m.pick(MX_STORES)
    city, cp, lada = m.pick(MX_CITIES)
    local = m.digits(10 - len(lada))
    phone = m.pick(
        (
            f"{lada} {local[:-4]} {local[-4:]}",
            f"({lada}) {local[:-4]}-{local[-4:]}",
        )
    )
    avenue = m.pick(("AV. JUAREZ", "CALLE HIDALGO", "AV. VALLARTA", "CALLE MORELOS"))
    street = f"{avenue} {m.r.randint(10, 3999)}"
    colonia = m.pick(("COL. CENTRO", "COL. AMERICANA", "COL. DEL VALLE", "COL. JARDINES"))
    rfc = f"{m.pick(('CCA', 'SDC', 'GSB', 'CLE'))}{m.digits(6)}{m.pick('ABCHK')}{m.digits(2)}"
    when = dt.datetime.combine(
        m.date(), dt.time(m.r.randint(6, 23), m.r.randint(0, 59), m.r.randint(0, 59))
    )
    folio = m.pick((m.digits(6), f"{m.digits(4)}-{m.digits(6)}", f"T{m.digits(7)}"))
    items = []
    for name, (lo, hi), taxed_item in m.r.sample(MX_ITEMS, m.r.randint(1, 9)):
        qty = m.pick((1, 1, 1, 2, 3))
        price = lo if lo == hi else round(m.r.uniform(lo, hi) * 2) / 2
        items.append((qty, name, price, round(qty * price, 2), taxed_item))
    total = round(sum(x[3] for x in items), 2)
    taxed_gross = sum(x[3] for x in items if x[4])
    tax = round(taxed_gross - taxed_gross / 1.16, 2)
    subtotal = round(total - tax, 2)
    card = m.chance(0.45)
    last4 = m.digits(4)
    tape = Tape(216, 6.8, "F5", "F6")
    tape.centre(store, 9.5, "F6")
    tape.centre(legal, 6)
    tape.centre(f"RFC: {rfc}", 6)
    tape.centre(street, 6)
    tape.centre(f"{colonia} C.P. {cp}{m.digits(3)}", 6)
    tape.centre(city, 6)
    tape.centre(f"TEL. {phone}", 6.5)
    tape.gap(4)
    tape.row(f"TICKET: {folio}", f"CAJA {m.r.randint(1, 4)}", size=6.5)
    tape.row(f"FECHA: {fmt(when, '%d/%m/%Y')}", f"HORA: {fmt(when, '%H:%M:%S')}", size=6.5)
    tape.row(f"LE ATENDIO: {m.pick(('MARIA', 'JUAN', 'LUPITA', 'JOSE', 'ANA', 'PEDRO'))}", size=6.5)
    tape.rule()
    tape.row("CANT DESCRIPCION", "IMPORTE", size=6.5)
    tape.rule()
    for qty, name, price, amount, _ in items:
        tape.row(f"{qty:>3}  {name}", f"{amount:,.2f}", size=6.5)
        if qty > 1:
            tape.row(f"     {qty} X {price:,.2f}", size=6)
    tape.rule()
    tape.row(f"ARTICULOS: {sum(x[0] for x in items)}", size=6.5)
    tape.row("SUBTOTAL", f"$ {subtotal:,.2f}")
    tape.row("IVA 16%", f"$ {tax:,.2f}")
    tape.row("TOTAL", f"$ {total:,.2f}", bold=True, size=8)
    words_lines = wrap(pesos(total), 190, 5.8, "F5")
    for s in words_lines:
        tape.row(s, size=5.8)
    tape.gap(3)
    if card:
        tape.row("TARJETA DEBITO", f"$ {total:,.2f}", size=6.5)
        tape.row(f"************{last4}", f"AUT: {m.digits(6)}", size=6.5)
    else:
        cash = float(m.pick((20, 50, 100, 200, 500)))
        while cash < total:
            cash *= 2
        tape.row("EFECTIVO", f"$ {cash:,.2f}", size=6.5)
        tape.row("SU CAMBIO", f"$ {cash - total:,.2f}", size=6.5)
    tape.rule()
    tape.centre("ESTE TICKET NO ES UN COMPROBANTE FISCAL", 5.8)
    tape.centre("FACTURE EN LINEA CON SU NUMERO DE TICKET:", 5.8)
    slug = store.split()[-1].lower()
    tape.centre(f"www.{slug}.com.mx/facturacion", 5.8)
    tape.centre("VIGENCIA PARA FACTURAR: MES EN CURSO", 5.8)
    tape.gap(3)
    tape.centre("GRACIAS POR SU COMPRA", 7, "F6")
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": folio,
    }
    if card:
        truth["card_last_four_digits"] = last4
    return [tape.page()], truth


PARTS_STORES = (
    "PARTS CITY AUTO SUPPLY",
    "DRIVELINE AUTO PARTS",
    "ROUTE 9 AUTO & TRUCK PARTS",
    "QUICKTURN AUTO PARTS",
)
# (line code, part number, description, price range, core charge)
PARTS = (
    ("BRK", "MKD1210", "CERAMIC BRAKE PADS - FRONT", (38, 79), 0.0),
    ("ROT", "BR900344", "DISC BRAKE ROTOR", (42, 96), 0.0),
    ("BAT", "48-AGM", "BATTERY AGM GROUP 48", (189, 249), 22.0),
    ("ALT", "R11502", "ALTERNATOR - REMAN", (159, 289), 45.0),
    ("STR", "R16942", "STARTER - REMAN", (129, 219), 35.0),
    ("OIL", "5W30-5Q", "SYN BLEND 5W-30 5 QT", (24, 34), 0.0),
    ("FIL", "PH7317", "OIL FILTER", (6, 12), 0.0),
    ("WIP", "WB-22", 'WIPER BLADE 22"', (11, 24), 0.0),
    ("PLG", "IK20TT", "SPARK PLUG IRIDIUM", (8, 15), 0.0),
    ("CAL", "18B4922", "BRAKE CALIPER - REMAN", (45, 110), 30.0),
    ("CLN", "BC-19", "BRAKE PARTS CLEANER", (5, 9), 0.0),
)
VEHICLES = (
    "2014 HONDA CIVIC 1.8L L4",
    "2017 FORD F-150 3.5L V6",
    "2012 TOYOTA CAMRY 2.5L L4",
    "2016 CHEVROLET EQUINOX 2.4L L4",
    "2019 NISSAN ROGUE 2.5L L4",
    "2010 JEEP WRANGLER 3.8L V6",
)


def receipt_auto_parts(m: Maker) -> Layout:
    """An auto parts store's counter sales invoice, printed on a letter page in Courier by the
    parts counter system: the store's name with its number, address and phone; "SALES
    INVOICE" with the invoice number, date and time, terminal and counterperson; sold to (a
    cash customer or a shop's charge account) and the vehicle (year, make, model, engine,
    mileage); the lines (line code, part number, description, quantity, list, net and
    extended price) with a core charge under each remanufactured part and battery and a core
    return credit when the old part came back; the subtotal, the sales tax, the total and
    the tender (card with its last four digits, or cash and change); the warranty, core
    refund and return policy."""
    store = m.pick(PARTS_STORES)
    number_store = f"#{m.digits(4)}"
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(7, 20), m.r.randint(0, 59)))
    invoice = m.pick((m.digits(8), f"{m.digits(4)}-{m.digits(6)}", f"C{m.digits(7)}"))
    account = m.chance(0.35)
    discount = m.pick((0.0, 0.0, 0.1, 0.15)) if account else 0.0
    lines = []
    for code, part, desc, (lo, hi), core in m.r.sample(PARTS, m.r.randint(1, 6)):
        qty = m.pick((1, 1, 1, 2, 4)) if core == 0 else 1
        price = m.amount(lo, hi)
        net = round(price * (1 - discount), 2)
        lines.append((code, part, desc, qty, price, net, round(qty * net, 2)))
        if core:
            lines.append(("", "", "CORE CHARGE", 1, core, core, core))
            if m.chance(0.4):
                lines.append(("", "", "CORE RETURN CREDIT", 1, -core, -core, -core))
    subtotal = round(sum(x[6] for x in lines), 2)
    rate = m.pick((0.06, 0.0625, 0.07, 0.0725, 0.0825))
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    card = m.chance(0.7)
    last4 = m.digits(4)
    c = Canvas()
    c.text(40, 36, store, 15, "F2")
    c.text(40, 54, f"STORE {number_store}  {street}, {city}", 8)
    c.text(40, 64, f"PHONE {phone}", 8)
    c.right(572, 36, "SALES INVOICE", 13, "F2")
    info = (
        ("INVOICE", invoice),
        ("DATE", fmt(when, "%m/%d/%y")),
        ("TIME", fmt(when, "%I:%M %p")),
        ("TERM", f"{m.r.randint(1, 6):02d}"),
        ("COUNTER", m.pick(FIRST).upper()),
    )
    for i, (k, v) in enumerate(info):
        c.text(410, 54 + 10 * i, f"{k:<8}{v}", 8, "F5")
    c.line(40, 110, 572, 110, 0.6)
    if account:
        sold = (
            f"ACCT {m.digits(5)}",
            m.pick(("JOE'S GARAGE", "TRI-CITY FLEET SERVICE", "QUALITY AUTO REPAIR")),
            "CHARGE - NET 10TH PROX",
        )
    else:
        sold = ("CASH CUSTOMER", "", "")
    c.text(40, 116, "SOLD TO", 7, "F2")
    rows_at(c, 40, 126, [s for s in sold if s], 8.5, "F5", 10)
    c.text(320, 116, "VEHICLE", 7, "F2")
    rows_at(
        c,
        320,
        126,
        (
            m.pick(VEHICLES),
            f"VIN ...{m.digits(6)}   MILES {m.r.randint(18, 210) * 1000 + m.r.randint(0, 999):,}",
        ),
        8.5,
        "F5",
        10,
    )
    top = 162.0
    cols = (
        (40, "LN", "l"),
        (66, "PART NUMBER", "l"),
        (150, "DESCRIPTION", "l"),
        (372, "QTY", "r"),
        (432, "LIST", "r"),
        (496, "NET", "r"),
        (572, "EXTENDED", "r"),
    )
    c.shade(40, top, 532, 14, 0.88)
    for x, h, a in cols:
        (c.right if a == "r" else c.text)(x, top + 3.5, h, 7.5, "F6")
    y = top + 20
    for code, part, desc, qty, price, net, ext in lines:
        cells = (code, part, desc, str(qty), f"{price:,.2f}", f"{net:,.2f}", f"{ext:,.2f}")
        indent = 10 if not code else 0
        for (x, _, a), s in zip(cols, cells, strict=True):
            if a == "r":
                c.right(x, y, s, 8, "F5")
            else:
                c.text(x + (indent if x == 150 else 0), y, s, 8, "F5")
        y += 12
    y += 6
    c.line(360, y, 572, y, 0.5)
    y += 6
    for k, v, font in (
        ("SUBTOTAL", subtotal, "F5"),
        (f"SALES TAX {rate * 100:.3f}%", tax, "F5"),
        ("TOTAL", total, "F6"),
    ):
        c.text(372, y, k, 9, font)
        c.right(572, y, f"{v:,.2f}", 9, font)
        y += 13
    y += 8
    if card:
        brand = m.pick(("VISA", "MASTERCARD", "DISCOVER", "AMEX"))
        c.text(372, y, f"{brand} XXXX{last4}", 8.5, "F5")
        c.right(572, y, f"{total:,.2f}", 8.5, "F5")
        c.text(372, y + 11, f"AUTH {m.digits(6)}  CHIP", 7.5, "F5")
    elif account:
        c.text(372, y, "CHARGED TO ACCOUNT", 8.5, "F5")
        c.right(572, y, f"{total:,.2f}", 8.5, "F5")
    else:
        cash = float(math.ceil(total / 20) * 20)
        c.text(372, y, "CASH", 8.5, "F5")
        c.right(572, y, f"{cash:,.2f}", 8.5, "F5")
        c.text(372, y + 11, "CHANGE", 8.5, "F5")
        c.right(572, y + 11, f"{cash - total:,.2f}", 8.5, "F5")
    y += 40
    c.line(40, y, 572, y, 0.4)
    _paragraph(
        c,
        40,
        y + 8,
        "Core charges are refunded when the old part is returned within 30 days with this "
        "invoice. Remanufactured parts carry a limited lifetime warranty; batteries carry a "
        "3-year free replacement. Returns of new, uninstalled parts within 90 days with receipt. "
        "Electrical parts are not returnable once installed.",
        532,
        7.5,
        "F5",
    )
    c.centre(306, y + 70, "THANK YOU - WE APPRECIATE YOUR BUSINESS", 8.5, "F6")
    c.text(40, y + 96, "CUSTOMER SIGNATURE X____________________________", 8, "F5")
    truth: Truth = {
        "merchant_name": store,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": invoice,
    }
    if card:
        truth["card_last_four_digits"] = last4
    return [c], truth
