"""The "fresh12" held-out layouts (templates 27 and 28) of the catalog kinds, for
bench/catalog_documents.py.

A thirteenth held-out set, designed blind, from what documents of each kind commonly look like in
the world and not from what the offline extractor handles, so that `--layouts fresh12` is an
honest test set: the DANFE of a Brazilian electronic invoice (NF-e) on A4, a form of small ruled
cells with captions in capitals above the values (the receipt stub across the top, the emitente,
the access key with its barcode, the destinatário, the tax calculation row with the products'
total and the invoice total, the carrier, the products table with NCM and CFOP, the additional
data) with amounts as 1.234,56, and a Swedish faktura (ISO dates, the reference lines, the item
table with à-pris, the totals as a row of captioned cells ending in "Att betala" rounded to whole
kronor, the bankgiro and OCR number, the payment slip and the legal footer); a Japanese-style
monthly pay statement in English on a landscape sheet (attendance, payments, deductions, totals
and the cumulative figures as bands of captioned cells, amounts in yen, the name as FAMILY
Given) and a US sales representative's monthly commission and earnings statement on a landscape
page (the commission detail by invoice on the left, earnings and deductions with Current and YTD
on the right, a summary band along the foot); a Mexican bank's estado de cuenta (the period
summary with saldo anterior and saldo final, the CLABE and RFC, the movements with cargos,
abonos and two running balances, dates as 05/MAR) and a Nigerian bank's statement exported from
internet banking on landscape pages (the summary as label/value pairs in the header, the
transactions with narration, debit, credit and balance); a W-2 verification report (a line per
pay date with the columns that become boxes 1 to 6, 16 and 17, the W-2 totals at the foot of the
last page) and a landscape W-2 in wide strips (Copy B over Copy 2, each with the six money boxes
in a row along the top and the parties along the bottom); an ID scanner's verification report
of a driver licence (the parsed fields and the raw AAMVA barcode elements) and a licence card
photographed by a phone scanning app with the state's name in a band along the foot; a 1099
exported as a PDF from a mobile app on narrow pages and a 1099 sent as an e-mail, printed from
the mail program; a one-write (pegboard) check over the disbursements journal it writes on, and
a bank's notice of a returned deposited item with the image of the check, front and back; a car
rental company's closed rental record and a cinema's box-office and concession receipt.

Each kind function draws its own values from the Maker and returns (pages, truth, template
name) like the kind functions of catalog_documents; truth keys name the same schema leaves.
"""

from __future__ import annotations

import datetime as dt

from bench.catalog_documents import (
    BANKS,
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
from bench.catalog_layouts_fresh11 import french, white

# ---------------------------------------------------------------------------------------------
# Helpers


def cell(
    c: Canvas | Frame,
    x: float,
    top: float,
    w: float,
    h: float,
    caption: str,
    value: str = "",
    size: float = 8,
    font: str = "F1",
    align: str = "l",
    cap: float = 5,
) -> None:
    """A ruled cell with its caption in small capitals in the top-left corner and the value
    under it (left-aligned, right-aligned or centred)."""
    c.box(x, top, w, h, 0.4)
    c.text(x + 2, top + 1.5, caption, cap)
    if not value:
        return
    size = fit(value, w - 5, size, font)
    base = top + h - size - 2.5
    if align == "r":
        c.right(x + w - 3, base, value, size, font)
    elif align == "c":
        c.centre(x + w / 2, base, value, size, font)
    else:
        c.text(x + 3, base, value, size, font)


def shares(m: Maker, total: float, n: int) -> list[float]:
    """`total` cut into `n` near-equal positive parts (as pay periods are) that add up to it."""
    weights = [m.r.uniform(0.9, 1.1) for _ in range(n)]
    parts = [round(total * w / sum(weights), 2) for w in weights]
    parts[-1] = round(total - sum(parts[:-1]), 2)
    return parts


def spelled(amount: float) -> str:
    """'One thousand two hundred five and 07/100', as people write the words on a check."""
    cents = round(amount * 100) % 100
    text = words(int(amount))
    return f"{text[0]}{text[1:].lower()} and {cents:02d}/100"


# ---------------------------------------------------------------------------------------------
# Invoices


def invoice_fresh12(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """27: the DANFE of a Brazilian NF-e; 28: a Swedish faktura with a bankgiro payment slip."""
    return (*(invoice_danfe if t == 27 else invoice_faktura)(m), f"t{t}")


BR_FIRMS = (
    "Metalúrgica São Jorge Ltda.",
    "Distribuidora Paulista de Alimentos Ltda.",
    "Têxtil Vale do Itajaí S.A.",
    "Plásticos Serra Gaúcha Ltda.",
    "Comercial Atacadista Minas Gerais Ltda.",
    "Eletro Nordeste Componentes Ltda.",
    "Papelaria Central do Brasil Ltda.",
    "Agro Cerrado Insumos Agrícolas Ltda.",
    "Ferragens Ipiranga Comércio Ltda.",
)
# (city, UF, CEP prefix, neighbourhood)
BR_CITIES = (
    ("São Paulo", "SP", "01", "Bela Vista"),
    ("Campinas", "SP", "13", "Cambuí"),
    ("Belo Horizonte", "MG", "30", "Savassi"),
    ("Curitiba", "PR", "80", "Centro Cívico"),
    ("Porto Alegre", "RS", "90", "Navegantes"),
    ("Joinville", "SC", "89", "Distrito Industrial"),
    ("Recife", "PE", "50", "Boa Vista"),
    ("Goiânia", "GO", "74", "Setor Bueno"),
)
BR_STREETS = ("Rua Voluntários da Pátria", "Av. Brasil", "Rua XV de Novembro", "Av. Paulista")
# (description, NCM, unit, price range, IPI rate)
BR_GOODS = (
    ("PARAFUSO SEXTAVADO M8X30 ZINCADO CX 100", "7318.15.00", "CX", (38, 95), 5),
    ("CHAPA ACO CARBONO 2MM 1000X2000", "7208.39.90", "PC", (210, 480), 0),
    ("TECIDO MALHA ALGODAO PENTEADO 30.1", "6006.22.00", "KG", (32, 58), 0),
    ("CAIXA PAPELAO ONDULADO 40X30X20", "4819.10.00", "UN", (2.1, 6.5), 10),
    ("CABO FLEXIVEL 2,5MM 750V ROLO 100M", "8544.49.00", "RL", (180, 320), 5),
    ("OLEO LUBRIFICANTE HIDRAULICO 20L", "2710.19.32", "BD", (260, 540), 0),
    ("CAFE TORRADO E MOIDO 500G", "0901.21.00", "PCT", (14, 28), 0),
    ("FILME STRETCH 500MM X 25 MICRAS", "3920.10.99", "RL", (45, 90), 10),
    ("LUVA NITRILICA DESCARTAVEL CX 100", "4015.19.00", "CX", (28, 54), 0),
)


def cnpj(m: Maker) -> str:
    return f"{m.digits(2)}.{m.digits(3)}.{m.digits(3)}/0001-{m.digits(2)}"


def invoice_danfe(m: Maker) -> Layout:
    """The DANFE (Documento Auxiliar da Nota Fiscal Eletrônica) a Brazilian supplier prints to
    travel with the goods, on A4: a receipt stub across the top ("RECEBEMOS DE ... OS PRODUTOS
    CONSTANTES DA NOTA FISCAL INDICADA AO LADO" with the NF-e number and series) above a dashed
    cut; the emitente's name and address, "DANFE" with the entry/exit flag, the number "Nº
    000.012.345", the series and the sheet, the barcode and the 44-digit access key; the
    nature of the operation and the authorisation protocol; the state registration and CNPJ;
    then "DESTINATÁRIO / REMETENTE" (name, CNPJ, date of issue, address, district, CEP, dates
    of exit), the instalments, "CÁLCULO DO IMPOSTO" as two rows of cells (ICMS base and value,
    VALOR TOTAL DOS PRODUTOS, freight, insurance, discount, IPI and VALOR TOTAL DA NOTA), the
    carrier and the volumes, the products table (code, description, NCM/SH, CST, CFOP, unit,
    quantity, unit value, total, ICMS and IPI) and the additional data with the buyer's order
    number; every caption in small capitals at the top of its cell, amounts as 1.234,56."""
    vendor, buyer = m.r.sample(BR_FIRMS, 2)
    v_city, v_uf, v_cep, v_bairro = m.pick(BR_CITIES)
    b_city, b_uf, b_cep, b_bairro = m.pick(BR_CITIES)
    serial = m.r.randint(1, 99999)
    number = f"000.{serial // 1000:03d}.{serial % 1000:03d}"
    series = f"{m.r.randint(1, 3):03d}"
    d = m.date()
    dispatched = d + dt.timedelta(days=m.pick((0, 0, 1)))
    po = m.pick(("", f"45000{m.digits(5)}", f"PC-{m.digits(5)}"))
    lines = []
    for desc, ncm, unit, (lo, hi), ipi in m.r.sample(BR_GOODS, m.r.randint(2, 6)):
        qty = m.r.randint(1, 60) if unit != "UN" else m.r.randint(50, 800)
        price = m.amount(lo, hi)
        lines.append((m.digits(5), desc, ncm, unit, qty, price, round(qty * price, 2), ipi))
    icms_rate = 12 if v_uf != b_uf else 18
    products = round(sum(x[6] for x in lines), 2)
    ipi = round(sum(x[6] * x[7] / 100 for x in lines), 2)
    icms = round(products * icms_rate / 100, 2)
    freight = m.amount(40, 600) if m.chance(0.5) else 0.0
    discount = round(products * m.pick((0.02, 0.03, 0.05)), 2) if m.chance(0.3) else 0.0
    total = round(products + freight + ipi - discount, 2)
    v_cnpj, b_cnpj = cnpj(m), cnpj(m)
    key = f"{m.digits(2)}{fmt(d, '%y%m')}{v_cnpj.replace('.', '').replace('/', '')}"
    key = (key.replace("-", "") + f"55{series}{serial:09d}1{m.digits(8)}")[:43] + m.digits(1)
    c = Canvas(595.0, 842.0)
    brl = euro
    # receipt stub
    x0, w = 22.0, 551.0
    c.box(x0, 20, 440, 40, 0.5)
    c.text(x0 + 3, 22, f"RECEBEMOS DE {vendor.upper()} OS PRODUTOS CONSTANTES DA NOTA FISCAL", 5.5)
    c.text(x0 + 3, 29, "INDICADA AO LADO", 5.5)
    cell(c, x0, 38, 110, 22, "DATA DE RECEBIMENTO")
    cell(c, x0 + 110, 38, 330, 22, "IDENTIFICAÇÃO E ASSINATURA DO RECEBEDOR")
    c.box(x0 + 440, 20, w - 440, 40, 0.5)
    c.centre(x0 + 495, 23, "NF-e", 10, "F2")
    c.centre(x0 + 495, 36, f"Nº {number}", 7.5, "F2")
    c.centre(x0 + 495, 47, f"SÉRIE {series}", 7.5, "F2")
    c.text(x0, 64, "- " * 92, 5, "F5")
    # header
    top = 74
    c.box(x0, top, 230, 96, 0.5)
    c.text(x0 + 4, top + 4, "IDENTIFICAÇÃO DO EMITENTE", 5)
    c.text(x0 + 6, top + 16, vendor, fit(vendor, 218, 10, "F2"), "F2")
    street = f"{m.pick(BR_STREETS)}, {m.r.randint(10, 3999)}"
    rows_at(
        c,
        x0 + 6,
        top + 34,
        (
            street,
            f"{v_bairro} - CEP {v_cep}{m.digits(3)}-{m.digits(3)}",
            f"{v_city} - {v_uf}",
            f"Fone: ({m.r.randint(11, 99)}) {m.digits(4)}-{m.digits(4)}",
        ),
        7,
        "F1",
        10,
    )
    c.box(x0 + 230, top, 110, 96, 0.5)
    c.centre(x0 + 285, top + 4, "DANFE", 12, "F2")
    c.centre(x0 + 285, top + 19, "Documento Auxiliar da", 6)
    c.centre(x0 + 285, top + 26, "Nota Fiscal Eletrônica", 6)
    c.text(x0 + 240, top + 38, "0 - ENTRADA", 6)
    c.text(x0 + 240, top + 46, "1 - SAÍDA", 6)
    c.box(x0 + 305, top + 38, 16, 14, 0.5)
    c.centre(x0 + 313, top + 41, "1", 9, "F2")
    c.centre(x0 + 285, top + 60, f"Nº {number}", 8.5, "F2")
    c.centre(x0 + 285, top + 71, f"SÉRIE {series}", 7.5, "F2")
    c.centre(x0 + 285, top + 82, "FOLHA 1/1", 7)
    c.box(x0 + 340, top, w - 340, 96, 0.5)
    barcode(Frame(c), m, x0 + 350, top + 5, w - 360, 28)
    cell(
        c,
        x0 + 340,
        top + 38,
        w - 340,
        22,
        "CHAVE DE ACESSO",
        " ".join(key[i : i + 4] for i in range(0, 44, 4)),
        6.5,
        "F2",
        "c",
    )
    c.centre(x0 + 445, top + 66, "Consulta de autenticidade no portal nacional da NF-e", 5.5)
    c.centre(
        x0 + 445, top + 73, "www.nfe.fazenda.gov.br/portal ou no site da Sefaz Autorizadora", 5.5
    )
    top += 96
    cell(c, x0, top, 340, 20, "NATUREZA DA OPERAÇÃO", "VENDA DE MERCADORIA ADQ. DE TERCEIROS", 7)
    clock = f"{m.r.randint(8, 18):02d}:{m.r.randint(0, 59):02d}:{m.r.randint(0, 59):02d}"
    protocol = f"{m.digits(15)} - {fmt(d, '%d/%m/%Y')} {clock}"
    cell(c, x0 + 340, top, w - 340, 20, "PROTOCOLO DE AUTORIZAÇÃO DE USO", protocol, 7, "F1", "c")
    top += 20
    cell(c, x0, top, 184, 20, "INSCRIÇÃO ESTADUAL", f"{m.digits(3)}.{m.digits(3)}.{m.digits(3)}", 7)
    cell(c, x0 + 184, top, 183, 20, "INSC. ESTADUAL DO SUBST. TRIB.")
    cell(c, x0 + 367, top, w - 367, 20, "CNPJ", v_cnpj, 7)
    top += 26
    c.text(x0, top, "DESTINATÁRIO / REMETENTE", 6, "F2")
    top += 8
    cell(c, x0, top, 330, 20, "NOME / RAZÃO SOCIAL", buyer, 7.5, "F2")
    cell(c, x0 + 330, top, 130, 20, "CNPJ / CPF", b_cnpj, 7)
    cell(c, x0 + 460, top, w - 460, 20, "DATA DA EMISSÃO", fmt(d, "%d/%m/%Y"), 7, "F1", "c")
    top += 20
    b_street = f"{m.pick(BR_STREETS)}, {m.r.randint(10, 3999)}"
    cell(c, x0, top, 250, 20, "ENDEREÇO", b_street, 7)
    cell(c, x0 + 250, top, 130, 20, "BAIRRO / DISTRITO", b_bairro, 7)
    cell(c, x0 + 380, top, 80, 20, "CEP", f"{b_cep}{m.digits(3)}-{m.digits(3)}", 7)
    exit_day = fmt(dispatched, "%d/%m/%Y")
    cell(c, x0 + 460, top, w - 460, 20, "DATA DA SAÍDA/ENTRADA", exit_day, 7, "F1", "c")
    top += 20
    cell(c, x0, top, 200, 20, "MUNICÍPIO", b_city, 7)
    cell(c, x0 + 200, top, 30, 20, "UF", b_uf, 7)
    cell(c, x0 + 230, top, 110, 20, "FONE / FAX", f"({m.digits(2)}) {m.digits(4)}-{m.digits(4)}", 7)
    cell(c, x0 + 340, top, 120, 20, "INSCRIÇÃO ESTADUAL", f"{m.digits(3)}.{m.digits(6)}", 7)
    hour = f"{m.r.randint(7, 17):02d}:{m.r.randint(0, 59):02d}:{m.r.randint(0, 59):02d}"
    cell(c, x0 + 460, top, w - 460, 20, "HORA DA SAÍDA/ENTRADA", hour, 7, "F1", "c")
    top += 26
    c.text(x0, top, "FATURA / DUPLICATAS", 6, "F2")
    top += 8
    parts = m.r.randint(1, 3)
    instalment = round(total / parts, 2)
    for i in range(parts):
        due = d + dt.timedelta(days=28 * (i + 1))
        amount = instalment if i < parts - 1 else round(total - instalment * (parts - 1), 2)
        c.box(x0 + 92 * i, top, 92, 24, 0.4)
        c.text(x0 + 92 * i + 3, top + 2, f"Núm. {i + 1:03d}", 6)
        c.text(x0 + 92 * i + 3, top + 9, f"Venc. {fmt(due, '%d/%m/%Y')}", 6)
        c.text(x0 + 92 * i + 3, top + 16, f"Valor R$ {brl(amount)}", 6)
    top += 30
    c.text(x0, top, "CÁLCULO DO IMPOSTO", 6, "F2")
    top += 8
    row1 = (
        ("BASE DE CÁLCULO DO ICMS", brl(products)),
        ("VALOR DO ICMS", brl(icms)),
        ("BASE DE CÁLC. ICMS S.T.", brl(0)),
        ("VALOR DO ICMS SUBST.", brl(0)),
        ("V. TOTAL TRIBUTOS", brl(round((icms + ipi) * 1.3, 2))),
        ("VALOR TOTAL DOS PRODUTOS", brl(products)),
    )
    row2 = (
        ("VALOR DO FRETE", brl(freight)),
        ("VALOR DO SEGURO", brl(0)),
        ("DESCONTO", brl(discount)),
        ("OUTRAS DESPESAS", brl(0)),
        ("VALOR TOTAL DO IPI", brl(ipi)),
        ("VALOR TOTAL DA NOTA", brl(total)),
    )
    for j, row in enumerate((row1, row2)):
        for i, (k, v) in enumerate(row):
            bold = "F2" if k.startswith("VALOR TOTAL D") else "F1"
            cell(c, x0 + 91.83 * i, top + 20 * j, 91.83, 20, k, v, 7.5, bold, "r", 4.6)
    top += 46
    c.text(x0, top, "TRANSPORTADOR / VOLUMES TRANSPORTADOS", 6, "F2")
    top += 8
    carrier = m.pick(("TRANSPORTES RODOBRAS LTDA", "EXPRESSO SUL CARGAS LTDA", "O MESMO"))
    cell(c, x0, top, 220, 20, "NOME / RAZÃO SOCIAL", carrier, 7)
    cell(c, x0 + 220, top, 100, 20, "FRETE POR CONTA", m.pick(("0-Emitente", "1-Destinatário")), 7)
    cell(
        c,
        x0 + 320,
        top,
        70,
        20,
        "PLACA DO VEÍCULO",
        f"{m.pick(('ABC', 'QRT', 'FJK'))}{m.digits(1)}A{m.digits(2)}",
        7,
    )
    cell(c, x0 + 390, top, 30, 20, "UF", v_uf, 7)
    cell(c, x0 + 420, top, w - 420, 20, "CNPJ / CPF", cnpj(m), 7)
    top += 20
    volumes = m.r.randint(1, 40)
    weight = round(volumes * m.r.uniform(2, 30), 3)
    for i, (k, v) in enumerate(
        (
            ("QUANTIDADE", str(volumes)),
            ("ESPÉCIE", m.pick(("CAIXA", "VOLUME", "PALLET"))),
            ("MARCA", ""),
            ("NUMERAÇÃO", ""),
            ("PESO BRUTO", f"{weight:.3f}".replace(".", ",")),
            ("PESO LÍQUIDO", f"{weight * 0.92:.3f}".replace(".", ",")),
        )
    ):
        cell(c, x0 + 91.83 * i, top, 91.83, 20, k, v, 7, "F1", "r")
    top += 26
    c.text(x0, top, "DADOS DOS PRODUTOS / SERVIÇOS", 6, "F2")
    top += 8
    heads = (
        ("CÓDIGO", 34, "l"),
        ("DESCRIÇÃO DO PRODUTO / SERVIÇO", 150, "l"),
        ("NCM/SH", 40, "c"),
        ("CST", 20, "c"),
        ("CFOP", 22, "c"),
        ("UNID", 22, "c"),
        ("QUANT", 34, "r"),
        ("VALOR UNIT", 44, "r"),
        ("VALOR TOTAL", 48, "r"),
        ("BC ICMS", 44, "r"),
        ("VALOR ICMS", 36, "r"),
        ("VALOR IPI", 30, "r"),
        ("ALÍQ ICMS", 14, "r"),
        ("ALÍQ IPI", 13, "r"),
    )
    widths = [hw for _, hw, _ in heads]
    widths[-1] = w - sum(widths[:-1])
    x = x0
    for (h, _, _), hw in zip(heads, widths, strict=True):
        c.box(x, top, hw, 14, 0.4)
        for k, part in enumerate(wrap(h, hw - 2, 4.5)[:2]):
            c.text(x + 1.5, top + 2 + 5 * k, part, 4.5)
        x += hw
    top += 14
    body = top
    cfop = "5102" if v_uf == b_uf else "6102"
    for code, desc, ncm, unit, qty, price, amount, rate in lines:
        cells = (
            code,
            desc,
            ncm.replace(".", ""),
            "000",
            cfop,
            unit,
            f"{qty:,.4f}".replace(",", "_").replace(".", ",").replace("_", "."),
            brl(price),
            brl(amount),
            brl(amount),
            brl(round(amount * icms_rate / 100, 2)),
            brl(round(amount * rate / 100, 2)),
            str(icms_rate),
            str(rate),
        )
        x = x0
        for (_, _, a), hw, s in zip(heads, widths, cells, strict=True):
            size = fit(s, hw - 3, 6)
            if a == "r":
                c.right(x + hw - 1.5, top + 3, s, size)
            elif a == "c":
                c.centre(x + hw / 2, top + 3, s, size)
            else:
                c.text(x + 1.5, top + 3, s, size)
            x += hw
        top += 11
    top = max(top + 4, body + 120)
    x = x0
    for hw in widths:
        c.box(x, body, hw, top - body, 0.4)
        x += hw
    top += 6
    c.text(x0, top, "DADOS ADICIONAIS", 6, "F2")
    top += 8
    c.box(x0, top, 380, 70, 0.4)
    c.text(x0 + 2, top + 1.5, "INFORMAÇÕES COMPLEMENTARES", 5)
    notes = []
    if po:
        notes.append(f"Pedido de compra: {po}.")
    notes.append(
        f"Valor aproximado dos tributos: R$ {brl(round((icms + ipi) * 1.3, 2))} (Lei 12.741/2012)."
    )
    notes.append(f"Vendedor: {m.pick(FIRST)} {m.pick(LAST)}. Condição de pagamento: {parts}x.")
    _paragraph(c, x0 + 4, top + 10, " ".join(notes), 370, 6.5, "F1")
    c.box(x0 + 380, top, w - 380, 70, 0.4)
    c.text(x0 + 382, top + 1.5, "RESERVADO AO FISCO", 5)
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": buyer,
        "ID": number,
        "DATE": d.isoformat(),
        "SUBTOTAL": products,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


SE_FIRMS = (
    "Bergström Bygg AB",
    "Lindqvist Elektriska AB",
    "Nordhav Logistik AB",
    "Sjöberg & Söner Trä AB",
    "Västkust Kontorsservice AB",
    "Dalarna Maskin & Verktyg AB",
    "Gröna Köket Catering AB",
    "Ekström Fastighetsservice AB",
)
SE_CITIES = (
    ("Göteborg", "411"),
    ("Stockholm", "111"),
    ("Malmö", "211"),
    ("Uppsala", "753"),
    ("Västerås", "722"),
    ("Örebro", "702"),
    ("Linköping", "582"),
)
SE_STREETS = ("Storgatan", "Kungsgatan", "Drottninggatan", "Industrivägen", "Hamngatan", "Åvägen")
SE_NAMES = ("Anna Lind", "Erik Berg", "Karin Holm", "Lars Nyström", "Maria Ek", "Johan Dahl")
# (item, unit, price range, quantity range)
SE_ITEMS = (
    ("Konsulttjänst, timme", "tim", (850, 1450), (2, 40)),
    ("Installation elcentral", "st", (3200, 8900), (1, 2)),
    ("Kabel EKK 3G1,5 (100 m)", "st", (690, 1290), (1, 8)),
    ("Kopieringspapper A4, pall", "st", (2900, 4200), (1, 3)),
    ("Frakt", "st", (250, 900), (1, 1)),
    ("Servicebesök", "st", (950, 1800), (1, 4)),
    ("Arbetstid montör", "tim", (520, 780), (2, 36)),
    ("Träskruv 5x50, 500 st", "fp", (189, 349), (1, 20)),
    ("Lunchbuffé, per person", "st", (129, 219), (8, 60)),
)


ASCII = str.maketrans("åäöÅÄÖ", "aaoAAO")


def se_address(m: Maker) -> tuple[str, str]:
    city, prefix = m.pick(SE_CITIES)
    return f"{m.pick(SE_STREETS)} {m.r.randint(1, 90)}", f"{prefix} {m.digits(2)}  {city}"


def invoice_faktura(m: Maker) -> Layout:
    """A Swedish company's faktura from its accounting program, on A4: the company's name at the
    top left, "FAKTURA" and "Sida 1 (1)" at the right over a box with the invoice date, the
    invoice and customer numbers, the due date and the OCR number; the customer's address in
    the window position; the reference lines (Er referens, Vår referens, Ert ordernr,
    Betalningsvillkor, Dröjsmålsränta, Leveransvillkor); the items (article number,
    benämning, quantity, unit, à-pris, belopp) with a space for the thousands and a decimal
    comma; the totals as a row of captioned cells along the foot of the table (Exkl. moms,
    Moms %, Moms, Öresavrundning, ATT BETALA SEK), the payment line with the bankgiro and the
    OCR number, a payment slip, and the four-column footer with the address, telephone,
    bankgiro, organisation and VAT numbers and "Godkänd för F-skatt"."""
    vendor, client = m.r.sample(SE_FIRMS, 2)
    v1, v2 = se_address(m)
    c1, c2 = se_address(m)
    number = m.pick((m.digits(5), f"{m.r.randint(2023, 2025)}{m.digits(4)}", m.digits(4)))
    d = m.date()
    days = m.pick((10, 20, 30, 30))
    due = d + dt.timedelta(days=days)
    po = m.pick(("", f"{m.digits(6)}", f"IO-{m.digits(4)}"))
    customer = m.digits(4)
    ocr = f"{number}{customer}{m.digits(1)}"
    rate = m.pick((25, 25, 25, 12))
    lines = []
    for desc, unit, (lo, hi), (q0, q1) in m.r.sample(SE_ITEMS, m.r.randint(1, 6)):
        qty = m.r.randint(q0, q1)
        price = m.amount(lo, hi)
        lines.append((m.digits(4), desc, qty, unit, price, round(qty * price, 2)))
    net = round(sum(x[5] for x in lines), 2)
    vat = round(net * rate / 100, 2)
    exact = round(net + vat, 2)
    total = float(round(exact))
    rounding = round(total - exact, 2)
    bankgiro = f"{m.digits(4)}-{m.digits(4)}"
    org = f"556{m.digits(3)}-{m.digits(4)}"
    c = Canvas(595.0, 842.0)
    c.text(50, 46, vendor, fit(vendor, 250, 17, "F2"), "F2")
    c.text(50, 68, v1, 8.5)
    c.text(50, 79, v2, 8.5)
    c.text(340, 40, "FAKTURA", 18, "F2")
    c.right(545, 44, "Sida 1 (1)", 8)
    info = (
        ("Fakturadatum", fmt(d, "%Y-%m-%d")),
        ("Fakturanr", number),
        ("Kundnr", customer),
        ("Förfallodatum", fmt(due, "%Y-%m-%d")),
        ("OCR-nummer", ocr),
    )
    c.box(340, 62, 205, 62, 0.5)
    for i, (k, v) in enumerate(info):
        c.text(346, 66 + 11.5 * i, k, 8)
        c.text(440, 66 + 11.5 * i, v, 8.5, "F2" if k == "Fakturanr" else "F1")
    rows_at(c, 340, 142, (client, f"Att: {m.pick(SE_NAMES)}", c1, c2), 10, "F1", 13)
    refs = [
        ("Er referens", m.pick(SE_NAMES)),
        ("Vår referens", m.pick(SE_NAMES)),
        ("Betalningsvillkor", f"{days} dagar netto"),
        ("Dröjsmålsränta", f"{m.pick((8, 9, 10, 12))} %"),
        ("Leveransvillkor", m.pick(("Fritt vårt lager", "Fritt levererat", "Enligt avtal"))),
    ]
    if po:
        refs.insert(2, ("Ert ordernr", po))
    for i, (k, v) in enumerate(refs):
        x, top = 50 + 250 * (i % 2), 220 + 13 * (i // 2)
        c.text(x, top, k, 7.5)
        c.text(x + 82, top, v, 8.5)
    top = 220 + 13 * ((len(refs) + 1) // 2) + 14
    heads = (
        (54, "Artikelnr", 0),
        (110, "Benämning", 0),
        (350, "Antal", 1),
        (360, "Enhet", 0),
        (460, "À-pris", 1),
        (541, "Belopp", 1),
    )
    c.line(50, top, 545, top, 0.8)
    for x, h, r in heads:
        (c.right if r else c.text)(x, top + 4, h, 8, "F2")
    c.line(50, top + 16, 545, top + 16, 0.4)
    y = top + 22
    for art, desc, qty, unit, price, amount in lines:
        cells = (art, desc, f"{qty}", unit, french(price), french(amount))
        for (x, _, r), s in zip(heads, cells, strict=True):
            (c.right if r else c.text)(x, y, s, fit(s, 230, 9) if x == 110 else 9)
        y += 14
    y = max(y + 20, 520)
    totals = (
        ("Exkl. moms", french(net)),
        ("Moms %", f"{rate},00"),
        ("Moms", french(vat)),
        ("Öresavrundning", french(rounding)),
        ("ATT BETALA SEK", french(total)),
    )
    widths = (110, 60, 100, 95, 130)
    x = 50.0
    for (k, v), wd in zip(totals, widths, strict=True):
        bold = k.startswith("ATT")
        if bold:
            c.shade(x, y, wd, 30, 0.88)
        cell(c, x, y, wd, 30, k, v, 11 if bold else 9.5, "F2" if bold else "F1", "r", 6.5)
        x += wd
    y += 44
    c.text(
        50,
        y,
        f"Betala till bankgiro {bankgiro} senast {fmt(due, '%Y-%m-%d')}. "
        f"Ange OCR-nummer {ocr} vid betalning.",
        8.5,
    )
    c.text(
        50,
        y + 12,
        f"IBAN SE{m.digits(2)} {m.digits(4)} {m.digits(4)} {m.digits(4)} {m.digits(4)} "
        f"{m.digits(4)}   BIC {m.pick(('ESSESESS', 'HANDSESS', 'NDEASESS', 'SWEDSESS'))}",
        8,
    )
    c.text(20, 650, "- " * 95, 5, "F5")
    c.text(50, 662, "INBETALNING/GIRERING AVI", 9, "F2")
    c.text(330, 662, "Bankgiro", 7)
    c.text(330, 671, bankgiro, 11, "F2")
    c.text(50, 684, "Betalningsmottagare", 7)
    c.text(50, 693, vendor, 9)
    c.text(330, 688, "Att betala", 7)
    c.text(330, 697, f"{french(total)} kr", 11, "F2")
    c.text(50, 712, f"OCR/Referens  {ocr}", 8, "F5")
    c.text(
        60,
        740,
        f"# {ocr} #     {int(total)} {round(total * 100) % 100:02d}   >  "
        f"{bankgiro.replace('-', '')}#41#",
        10,
        "F5",
    )
    c.line(50, 776, 545, 776, 0.4)
    foot = (
        ("Adress", vendor, v1, v2),
        (
            "Telefon",
            f"0{m.r.randint(8, 40)}-{m.digits(3)} {m.digits(2)} {m.digits(2)}",
            "E-post",
            f"faktura@{vendor.split()[0].lower().translate(ASCII)}.se",
        ),
        ("Bankgiro", bankgiro, "Org.nr", org),
        ("Momsreg.nr", f"SE{org.replace('-', '')}01", "Godkänd för F-skatt", ""),
    )
    for j, block in enumerate(foot):
        for i, s in enumerate(block):
            c.text(50 + 128 * j, 780 + 8 * i, s, 6.3, "F2" if i in (0, 2) and j else "F1")
    truth: Truth = {
        "VENDORNAME": vendor,
        "RECEIVERNAME": client,
        "ID": number,
        "DATE": d.isoformat(),
        "SUBTOTAL": net,
        "TOTAL": total,
    }
    if po:
        truth["PO"] = po
    return [c], truth


# ---------------------------------------------------------------------------------------------
# Payslips


def payslip_fresh12(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """27: a Japanese-style monthly pay statement in bands of cells; 28: a sales
    representative's commission and earnings statement."""
    return (*(payslip_japan if t == 27 else payslip_commission)(m), f"t{t}")


JP_FAMILY = (
    "Yamamoto",
    "Sato",
    "Suzuki",
    "Takahashi",
    "Tanaka",
    "Watanabe",
    "Ito",
    "Nakamura",
    "Kobayashi",
    "Kato",
    "Matsumoto",
    "Inoue",
)
JP_GIVEN = (
    "Hiroshi",
    "Yuki",
    "Kenji",
    "Aiko",
    "Takeshi",
    "Naoko",
    "Daisuke",
    "Emi",
    "Shota",
    "Haruka",
    "Ryo",
    "Misaki",
)
JP_FIRMS = (
    "Sakura Precision Co., Ltd.",
    "Hoshino Logistics K.K.",
    "Minato Foods Co., Ltd.",
    "Kawabe Denki Kogyo Co., Ltd.",
    "Aozora Software Inc.",
    "Tsubasa Trading Co., Ltd.",
)
JP_DEPTS = ("Sales Dept. 1", "General Affairs", "Production Control", "Accounting", "IT Systems")


def yen(value: float) -> str:
    return f"{value:,.0f}"


def band(
    c: Canvas,
    x: float,
    top: float,
    title: str,
    items: list[tuple[str, str]],
    cols: int,
    width: float,
) -> float:
    """A band of a Japanese pay statement: the title in a tall cell at the left, then pairs of
    rows, the captions on a tinted row over the values; the top of what follows."""
    rows = (len(items) + cols - 1) // cols
    h = 32 * rows
    c.shade(x, top, 36, h, 0.8)
    c.box(x, top, 36, h, 0.6)
    lines = wrap(title, 32, 7, "F2")
    for i, s in enumerate(lines):
        c.centre(x + 18, top + h / 2 - 4.5 * len(lines) + 9 * i + 1, s, 7, "F2")
    wd = (width - 36) / cols
    for i in range(rows * cols):
        cx, cy = x + 36 + wd * (i % cols), top + 32 * (i // cols)
        c.shade(cx, cy, wd, 12, 0.93)
        c.box(cx, cy, wd, 12, 0.4)
        c.box(cx, cy + 12, wd, 20, 0.4)
        if i >= len(items):
            continue
        caption, value = items[i]
        bold = caption.isupper()
        c.centre(
            cx + wd / 2,
            cy + 3,
            caption,
            fit(caption, wd - 4, 6.5, "F2" if bold else "F1"),
            "F2" if bold else "F1",
        )
        if value:
            c.right(
                cx + wd - 4,
                cy + 17,
                value,
                fit(value, wd - 8, 9, "F2" if bold else "F1"),
                "F2" if bold else "F1",
            )
    return top + h


def payslip_japan(m: Maker) -> Layout:
    """A Japanese company's monthly pay statement (kyuyo meisaisho) in English, on a landscape A4
    sheet: "Pay Statement" with the month, the company and the personnel department; the
    department, employee number, the name as FAMILY Given, the calculation period (the 21st to
    the 20th, or the whole month) and the payment date as 2024/03/25; then the bands of the
    statement, each a tall title cell at the left and rows of cells with the caption on a tinted
    row over the value: attendance (days worked, paid leave taken and remaining, overtime and
    late-night hours as h:mm), payments (base salary, position, family, housing and commuting
    allowances, overtime, late-night and holiday pay, TOTAL PAYMENTS), deductions (health,
    nursing-care, welfare pension and employment insurance, income tax, resident tax, other,
    TOTAL DEDUCTIONS), totals (net pay, bank transfer, cash) and the cumulative figures for
    the year; amounts in yen without decimals, the bank transfer details and a note at the
    foot."""
    family, given = m.pick(JP_FAMILY), m.pick(JP_GIVEN)
    company = m.pick(JP_FIRMS)
    emp = m.pick((m.digits(6), f"{m.pick('ABK')}{m.digits(5)}", f"{m.digits(4)}-{m.digits(2)}"))
    month = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    policy = m.pick(("20th", "20th", "month-end"))
    if policy == "20th":
        start = (month - dt.timedelta(days=1)).replace(day=21)
        end = month.replace(day=20)
        paid = month.replace(day=25)
    else:
        start = (month - dt.timedelta(days=1)).replace(day=1)
        end = month - dt.timedelta(days=1)
        paid = month.replace(day=25)
    if paid.weekday() == 5:
        paid -= dt.timedelta(days=1)
    elif paid.weekday() == 6:
        paid -= dt.timedelta(days=2)
    base = float(m.r.randint(18, 48) * 10000 + m.r.randint(0, 9) * 1000)
    position = float(m.pick((0, 0, 10000, 20000, 30000)))
    family_al = float(m.pick((0, 0, 5000, 10000, 15000)))
    housing = float(m.pick((0, 10000, 15000, 20000)))
    commute = float(m.r.randint(30, 250) * 100)
    hourly = (base + position) / 160
    ot_min = m.r.randint(0, 40) * 60 + m.pick((0, 15, 30, 45))
    night_min = m.pick((0, 0, 0, 90, 120, 240, 360))
    hol_min = m.pick((0, 0, 0, 480))
    overtime = float(round(hourly * 1.25 * ot_min / 60))
    night = float(round(hourly * 0.25 * night_min / 60))
    holiday = float(round(hourly * 1.35 * hol_min / 60))
    payments = [
        ("Base salary", base),
        ("Position allow.", position),
        ("Family allow.", family_al),
        ("Housing allow.", housing),
        ("Commuting allow.", commute),
        ("Overtime pay", overtime),
        ("Late-night pay", night),
        ("Holiday work pay", holiday),
    ]
    gross = sum(v for _, v in payments)
    standard = round(gross, -4)
    over40 = m.chance(0.5)
    health = float(round(standard * 0.05))
    nursing = float(round(standard * 0.009)) if over40 else 0.0
    pension = float(round(standard * 0.0915))
    employment = float(round(gross * 0.006))
    social = health + nursing + pension + employment
    taxable = gross - commute - social
    income_tax = float(int(taxable * m.r.uniform(0.02, 0.05) / 10) * 10)
    resident = float(m.r.randint(5, 35) * 1000 + m.r.randint(0, 9) * 100)
    other = m.pick(
        (("", 0.0), ("Union dues", 2500.0), ("Stock plan", 5000.0), ("Group life", 1800.0))
    )
    deductions = [
        ("Health ins.", health),
        ("Nursing care ins.", nursing),
        ("Welfare pension", pension),
        ("Employment ins.", employment),
        ("Social ins. total", social),
        ("Income tax", income_tax),
        ("Resident tax", resident),
    ]
    if other[0]:
        deductions.append(other)
    total_ded = social + income_tax + resident + other[1]
    net = gross - total_ded
    k = paid.month
    ytd_gross = gross if k == 1 else float(round(gross * k * m.r.uniform(0.95, 1.02)))
    c = Canvas(842.0, 595.0)
    c.text(30, 28, f"Pay Statement  -  {fmt(paid, '%B %Y')} Salary", 15, "F2")
    c.text(30, 48, "Kyuyo Meisaisho", 8)
    c.right(812, 28, company, 11, "F2")
    c.right(812, 44, "Personnel & General Affairs Department", 7.5)
    heads = (
        ("Dept.", m.pick(JP_DEPTS), 130),
        ("Employee No.", emp, 90),
        ("Name", f"{family.upper()} {given}", 170),
        ("Calculation period", f"{fmt(start, '%Y/%m/%d')} - {fmt(end, '%Y/%m/%d')}", 170),
        ("Payment date", fmt(paid, "%Y/%m/%d"), 100),
    )
    x = 30.0
    for k2, v, wd in heads:
        c.shade(x, 62, wd, 12, 0.93)
        c.box(x, 62, wd, 12, 0.4)
        c.centre(x + wd / 2, 65, k2, 6.5)
        c.box(x, 74, wd, 20, 0.4)
        c.centre(x + wd / 2, 79, v, fit(v, wd - 6, 9.5, "F2"), "F2")
        x += wd

    def hm(n: int) -> str:
        return f"{n // 60}:{n % 60:02d}"

    worked = m.r.randint(18, 22)
    leave_taken = m.pick((0.0, 0.0, 0.5, 1.0, 2.0))
    attendance = [
        ("Days worked", str(worked)),
        ("Holiday work days", str(hol_min // 480)),
        ("Paid leave taken", f"{leave_taken:.1f}"),
        ("Paid leave left", f"{m.r.randint(2, 20) + 0.5 * m.r.randint(0, 1):.1f}"),
        ("Absent days", "0"),
        ("Late / early", hm(m.pick((0, 0, 15, 30)))),
        ("Hours worked", hm(worked * 480 + ot_min)),
        ("Overtime hours", hm(ot_min)),
        ("Late-night hours", hm(night_min)),
    ]
    width = 782.0
    top = 108.0
    top = band(c, 30, top, "Attend- ance", attendance, 9, width) + 8
    pay_items = [(k2, yen(v) if v else "") for k2, v in payments]
    pay_items.append(("TOTAL PAYMENTS", yen(gross)))
    top = band(c, 30, top, "Pay- ments", pay_items, 9, width) + 8
    ded_items = [(k2, yen(v) if v else "") for k2, v in deductions]
    ded_items += [("", "")] * (8 - len(deductions))
    ded_items.append(("TOTAL DEDUCTIONS", yen(total_ded)))
    top = band(c, 30, top, "Deduc- tions", ded_items, 9, width) + 8
    totals = [
        ("Total payments", yen(gross)),
        ("Total deductions", yen(total_ded)),
        ("NET PAY", f"\xa5{yen(net)}"),
        ("Bank transfer 1", yen(net)),
        ("Bank transfer 2", ""),
        ("Cash payment", "0"),
    ]
    top = band(c, 30, top, "Totals", totals, 6, width * 0.75) + 8
    ytd_items = [
        ("Total payments", yen(ytd_gross)),
        ("Taxable payments", yen(round(ytd_gross - (commute + social) * k))),
        ("Social insurance", yen(social * k)),
        ("Income tax", yen(income_tax * k)),
    ]
    band(c, 30, top, f"Jan - {fmt(paid, '%b')} total", ytd_items, 4, width * 0.55)
    bank = m.pick(
        ("Mizuho-cho Bank", "Sakura Shinkin Bank", "Minato Regional Bank", "Chuo Trust Bank")
    )
    rows_at(
        c,
        30 + width * 0.55 + 20,
        top + 2,
        (
            f"Transfer to: {bank}, {m.pick(('Shibuya', 'Umeda', 'Sakae', 'Tenjin'))} Branch",
            f"Ordinary account  No. {m.digits(7)}",
            "Please check the contents of this statement and contact the",
            "Personnel & General Affairs Department with any questions.",
        ),
        7.5,
        "F1",
        11,
    )
    truth: Truth = {
        "EmployeeName/FirstName": given,
        "EmployeeName/LastName": family,
        "EmployeeNumber": emp,
        "PayPeriodStartDate": start.isoformat(),
        "PayPeriodEndDate": end.isoformat(),
        "PayDate": paid.isoformat(),
        "CurrentGrossPay": gross,
        "CurrentNetPay": net,
        "YTDGrossPay": ytd_gross,
        "CurrentTotalDeductions": total_ded,
    }
    return [c], truth


CUSTOMERS = (
    "Apex Dental Group",
    "Brookline Medical Supply",
    "Cornerstone Hardware",
    "Delta Packaging Co.",
    "Eastgate Property Mgmt",
    "Foothill Auto Parts",
    "Greenway Landscaping",
    "Harbor Point Marina",
    "Iris Florals Wholesale",
    "Juniper Fitness Clubs",
    "Kettle Creek Brewing",
    "Lumen Eye Care",
)
NO_STATE_TAX = {"TX", "FL", "TN", "WA", "NV", "SD", "WY", "AK", "NH"}


def payslip_commission(m: Maker) -> Layout:
    """A sales representative's monthly "Commission & Earnings Statement" from the sales
    compensation system, on a landscape letter page: the company and the statement number;
    a boxed band with the representative, rep ID, territory, commission plan, the commission
    period and the pay date; at the left the commission detail by invoice (invoice, customer,
    invoice date, net sales, rate, commission) with a charge-back for a returned order and the
    total commissions earned, with the quota attainment; at the right the earnings (base
    salary, commission, SPIFF) and the taxes and deductions, each with Current and YTD
    columns, and the net pay; along the foot a band of summary cells (gross pay, total
    deductions, net pay, YTD gross, YTD net) and the direct deposit line."""
    company = m.company()
    c_street, c_city = m.address()
    first, middle, last = m.person()
    e_street, e_city = m.address()
    state = e_city.split(", ")[1][:2]
    rep_id = m.pick((f"SR{m.digits(4)}", m.digits(5), f"{m.pick('NSEW')}-{m.digits(4)}"))
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    paid = end + dt.timedelta(days=m.pick((5, 10, 15)))
    months = end.month
    base = float(m.pick((2500, 2916.67, 3333.33, 3750, 4166.67, 5000)))
    sales = []
    for _ in range(m.r.randint(4, 11)):
        amount = m.amount(800, 28000)
        rate = m.pick((0.05, 0.06, 0.08, 0.1))
        when = start + dt.timedelta(days=m.r.randint(0, (end - start).days))
        sales.append((f"{m.digits(6)}", m.pick(CUSTOMERS), when, amount, rate))
    sales.sort(key=lambda x: x[2])
    if m.chance(0.4):
        back = sales[0]
        sales.append(
            (f"CB-{back[0]}", back[1], end, -round(back[3] * m.r.uniform(0.2, 1.0), 2), back[4])
        )
    commission = round(sum(round(a * r, 2) for *_, a, r in sales), 2)
    spiff = float(m.pick((0, 0, 100, 250, 500)))
    earnings = [("Base Salary", base), ("Commission", commission)]
    if spiff:
        earnings.append(("SPIFF / Bonus", spiff))
    gross = round(sum(v for _, v in earnings), 2)
    ytd = {
        "Base Salary": round(base * months, 2),
        "Commission": round(commission * months * m.r.uniform(0.75, 1.2), 2)
        if months > 1
        else commission,
        "SPIFF / Bonus": round(spiff * m.r.randint(1, months), 2),
    }
    ytd_gross = round(sum(ytd[k] for k, _ in earnings), 2)
    k401 = round(gross * m.pick((0.0, 0.04, 0.06)), 2)
    medical = m.amount(60, 240) if m.chance(0.6) else 0.0
    taxable = gross - k401 - medical
    deds = [
        ("Federal Income Tax", round(taxable * m.r.uniform(0.1, 0.2), 2)),
        ("Social Security", round((gross - medical) * 0.062, 2)),
        ("Medicare", round((gross - medical) * 0.0145, 2)),
    ]
    if state not in NO_STATE_TAX:
        deds.append((f"{state} State Income Tax", round(taxable * m.r.uniform(0.03, 0.06), 2)))
    if k401:
        deds.append(("401(k)", k401))
    if medical:
        deds.append(("Medical Pre-Tax", medical))
    taken = round(sum(v for _, v in deds), 2)
    net = round(gross - taken, 2)
    factor = ytd_gross / gross
    ytd_deds = {k: round(v * factor, 2) for k, v in deds}
    ytd_taken = round(sum(ytd_deds.values()), 2)
    ytd_net = round(ytd_gross - ytd_taken, 2)
    c = Canvas(792.0, 612.0)
    c.text(36, 30, company, 15, "F2")
    c.text(36, 48, f"{c_street}, {c_city}", 8)
    c.right(756, 30, "Commission & Earnings Statement", 14, "F2")
    c.right(756, 48, f"Statement No. {m.digits(7)}", 8)
    full = f"{first} {middle[:1]}. {last}" if middle else f"{first} {last}"
    band_cells = (
        ("Sales Representative", full, 150),
        ("Rep ID", rep_id, 70),
        (
            "Territory",
            m.pick(("Northeast", "Great Lakes", "Southwest", "Pacific", "Mid-South")),
            90,
        ),
        (
            "Commission Plan",
            m.pick(("Field Sales 5-10% Tiered", "Inside Sales Std.", "Key Accounts")),
            130,
        ),
        ("Commission Period", f"{fmt(start, '%m/%d/%Y')} - {fmt(end, '%m/%d/%Y')}", 150),
        ("Pay Date", fmt(paid, "%m/%d/%Y"), 130),
    )
    x = 36.0
    for k, v, wd in band_cells:
        cell(c, x, 62, wd, 28, k.upper(), v, 9, "F1", "l", 5.5)
        x += wd
    top = 104
    c.text(36, top, "COMMISSION DETAIL", 9, "F2")
    cols = (
        (36, "Invoice", "l"),
        (100, "Customer", "l"),
        (232, "Inv. Date", "l"),
        (340, "Net Sales", "r"),
        (380, "Rate", "r"),
        (450, "Commission", "r"),
    )
    c.line(36, top + 12, 452, top + 12, 0.6)
    for x, h, a in cols:
        (c.right if a == "r" else c.text)(x, top + 15, h, 7.5, "F2")
    c.line(36, top + 25, 452, top + 25, 0.4)
    y = top + 30
    for inv, cust, when, amount, rate in sales:
        cells = (
            inv,
            cust,
            fmt(when, "%m/%d/%Y"),
            f"{amount:,.2f}" if amount >= 0 else f"({-amount:,.2f})",
            f"{rate * 100:.1f}%",
            f"{amount * rate:,.2f}" if amount >= 0 else f"({-amount * rate:,.2f})",
        )
        for (x, _, a), s in zip(cols, cells, strict=True):
            (c.right if a == "r" else c.text)(x, y, s, 8)
        y += 12
    c.line(300, y, 452, y, 0.4)
    c.text(100, y + 4, "Total Commissions Earned", 8.5, "F2")
    c.right(450, y + 4, f"{commission:,.2f}", 8.5, "F2")
    net_sales = sum(a for *_, a, _ in sales)
    quota = round(net_sales / m.r.uniform(0.6, 1.3), -2)
    c.text(
        100,
        y + 22,
        f"Monthly quota {quota:,.2f}  -  attainment {100 * net_sales / quota:.1f}%",
        7.5,
    )
    x0 = 480
    c.text(x0, top, "EARNINGS", 9, "F2")
    c.right(680, top, "Current", 7.5, "F2")
    c.right(756, top, "YTD", 7.5, "F2")
    c.line(x0, top + 12, 756, top + 12, 0.6)
    y = top + 17
    for k, v in earnings:
        c.text(x0, y, k, 8)
        c.right(680, y, f"{v:,.2f}", 8)
        c.right(756, y, f"{ytd[k]:,.2f}", 8)
        y += 12
    c.text(x0, y + 2, "Gross Pay", 8.5, "F2")
    c.right(680, y + 2, f"{gross:,.2f}", 8.5, "F2")
    c.right(756, y + 2, f"{ytd_gross:,.2f}", 8.5, "F2")
    y += 26
    c.text(x0, y, "TAXES & DEDUCTIONS", 9, "F2")
    c.line(x0, y + 12, 756, y + 12, 0.6)
    y += 17
    for k, v in deds:
        c.text(x0, y, k, 8)
        c.right(680, y, f"{v:,.2f}", 8)
        c.right(756, y, f"{ytd_deds[k]:,.2f}", 8)
        y += 12
    c.text(x0, y + 2, "Total Deductions", 8.5, "F2")
    c.right(680, y + 2, f"{taken:,.2f}", 8.5, "F2")
    c.right(756, y + 2, f"{ytd_taken:,.2f}", 8.5, "F2")
    y += 22
    c.shade(x0, y, 276, 18, 0.88)
    c.text(x0 + 4, y + 4, "NET PAY", 10, "F2")
    c.right(680, y + 4, f"{net:,.2f}", 10, "F2")
    c.right(752, y + 4, f"{ytd_net:,.2f}", 9)
    top = 500
    summary = (
        ("GROSS PAY", usd(gross)),
        ("TOTAL DEDUCTIONS", usd(taken)),
        ("NET PAY", usd(net)),
        ("YTD GROSS", usd(ytd_gross)),
        ("YTD NET", usd(ytd_net)),
    )
    for i, (k, v) in enumerate(summary):
        cell(c, 36 + 144 * i, top, 144, 30, k, v, 11, "F2", "r", 6)
    c.text(
        36,
        top + 42,
        f"Net pay deposited to Checking ****{m.digits(4)}.  {first} {last}, {e_street}, {e_city}",
        8,
    )
    c.text(
        36,
        top + 56,
        "Commissions are paid on invoices collected in the commission period. "
        "Charge-backs reverse commission on returned or unpaid orders.",
        7,
    )
    truth: Truth = {
        "EmployeeName/FirstName": first,
        "EmployeeName/LastName": last,
        "EmployeeNumber": rep_id,
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


def bank_statement_fresh12(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """27: a Mexican bank's estado de cuenta; 28: a Nigerian bank's statement exported from
    internet banking."""
    fn = statement_mexico if t == 27 else statement_nigeria
    return (*fn(m, SUMMARY_LABELS[t]), f"t{t}")


class Sheets:
    """Pages of a given size filled top to bottom; `room(h)` turns the page, headed by
    `head(canvas, first)`, when the next h points would pass `bottom`."""

    def __init__(self, width: float, height: float, head, bottom: float) -> None:  # type: ignore[no-untyped-def]
        self.width, self.height, self.head, self.bottom = width, height, head, bottom
        self.pages: list[Canvas] = []
        self.y = 0.0
        self.turn()

    @property
    def c(self) -> Canvas:
        return self.pages[-1]

    def turn(self) -> None:
        self.pages.append(Canvas(self.width, self.height))
        self.y = self.head(self.c, len(self.pages) == 1)

    def room(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return False
        self.turn()
        return True


MX_BANKS = (
    "Banco Sierra Madre",
    "Banco del Pacífico Unido",
    "Banco Mercantil Anáhuac",
    "Banco Altiplano",
)
MX_FIRST = (
    "María Guadalupe",
    "José Luis",
    "Juan Carlos",
    "Ana Sofía",
    "Luis Fernando",
    "Alejandra",
    "Miguel Ángel",
    "Verónica",
    "Jorge",
    "Daniela",
)
MX_LAST = (
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Rodríguez",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Torres",
    "Flores",
    "Vázquez",
)
MX_CITIES = (
    ("GUADALAJARA", "JAL", "44"),
    ("ZAPOPAN", "JAL", "45"),
    ("MONTERREY", "NL", "64"),
    ("PUEBLA", "PUE", "72"),
    ("QUERETARO", "QRO", "76"),
    ("CIUDAD DE MEXICO", "CDMX", "03"),
    ("MERIDA", "YUC", "97"),
)
MX_COLONIAS = (
    "COL. CENTRO",
    "COL. DEL VALLE",
    "COL. PROVIDENCIA",
    "COL. LAS AGUILAS",
    "COL. JARDINES",
)
MX_STREETS = ("AV. JUAREZ", "CALLE HIDALGO", "AV. REFORMA", "CALLE MORELOS", "AV. INDEPENDENCIA")
MX_PRODUCTS = ("Cuenta Nómina", "Cuenta de Cheques", "Cuenta Clásica", "Cuenta Ahorro Plus")
MX_MONTHS = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
# (description, sign, amount range)
MX_TXNS = (
    ("PAGO DE NOMINA {co}", 1, 4500, 28000),
    ("SPEI RECIBIDO {bank}", 1, 300, 9000),
    ("DEPOSITO EN EFECTIVO OXXO", 1, 200, 3000),
    ("SPEI ENVIADO {bank}", -1, 200, 8000),
    ("PAGO TARJETA DE CREDITO", -1, 500, 6000),
    ("RETIRO CAJERO AUTOMATICO", -1, 200, 3000),
    ("COMPRA {store}", -1, 80, 2500),
    ("DOMICILIACION CFE", -1, 150, 1200),
    ("DOMICILIACION TELEFONIA", -1, 299, 899),
    ("PAGO SERVICIO AGUA", -1, 120, 600),
)
MX_SHOPS = ("SORIANA", "WALMART SUPERCENTER", "FARMACIA GUADALAJARA", "LIVERPOOL", "OXXO", "COSTCO")
PLAIN = str.maketrans("ÁÉÍÓÚÑáéíóúñ", "AEIOUNaeioun")


def mx_day(d: dt.date) -> str:
    return f"{d.day:02d}/{MX_MONTHS[d.month - 1]}"


def statement_mexico(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A Mexican bank's monthly estado de cuenta in Spanish, on letter paper: the bank's name
    and legal form, "ESTADO DE CUENTA" and the product (Cuenta Nómina, Cuenta de Cheques);
    the client's name and address in capitals (calle, colonia, C.P.); a box with the period
    ("DEL 01/03/2024 AL 31/03/2024"), the cut-off date, the account and client numbers, the
    18-digit CLABE, the RFC and the branch; "Resumen del periodo" with saldo anterior, depósitos
    / abonos, retiros / cargos and saldo final beside the average balance, the days, GAT and
    commissions; then "Detalle de movimientos realizados" (operation and settlement dates as
    05/MAR, description, reference, cargos, abonos and the operation and settlement
    balances), continued on further pages, the totals of the movements, and the legal notices
    on the CLABE, the UNE and CONDUSEF at the foot."""
    bank = m.pick(MX_BANKS)
    given, p1, p2 = m.pick(MX_FIRST), m.pick(MX_LAST), m.pick(MX_LAST)
    holder = f"{given} {p1} {p2}".upper().translate(PLAIN)
    city, state, cp = m.pick(MX_CITIES)
    address = (
        f"{m.pick(MX_STREETS)} {m.r.randint(10, 2999)} INT {m.r.randint(1, 12)}",
        m.pick(MX_COLONIAS),
        f"C.P. {cp}{m.digits(3)} {city}, {state}",
    )
    account = m.digits(10)
    client_no = m.digits(8)
    clabe = f"{m.digits(3)}{m.digits(3)}0{account}{m.digits(1)}"[:17] + m.digits(1)
    product = m.pick(MX_PRODUCTS)
    initials = f"{p1[:2].upper()}{p2[0]}{given[0]}".translate(PLAIN)
    rfc = f"{initials}{m.digits(6)}{m.pick('ABCHK')}{m.digits(2)}"
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    opening = m.amount(1500, 85000)
    bal = opening
    txns = []
    employer = m.company().upper()[:18]
    for day in sorted(m.r.randint(0, (end - start).days) for _ in range(m.r.randint(10, 48))):
        pat, sign, lo, hi = m.pick(MX_TXNS)
        amount = m.amount(lo, hi)
        if sign < 0 and amount > bal:
            pat, sign, lo, hi = MX_TXNS[1]
            amount = m.amount(lo, hi)
        when = start + dt.timedelta(days=day)
        desc = pat.format(
            co=employer,
            bank=m.pick(("BANORTE", "SANTANDER", "BBVA MEXICO", "HSBC", "AZTECA")),
            store=m.pick(MX_SHOPS),
        )
        bal = round(bal + sign * amount, 2)
        ref = m.pick((m.digits(7), f"REF {m.digits(10)}", m.digits(12)))
        txns.append((when, desc, ref, sign * amount, bal))
    if m.chance(0.3) and bal > 50:
        fee = 30.0
        bal = round(bal - fee, 2)
        txns.append((end, "COMISION MANEJO DE CUENTA", "", -fee, bal))
        bal = round(bal - 4.8, 2)
        txns.append((end, "IVA COMISION MANEJO DE CUENTA", "", -4.8, bal))
    credits = round(sum(a for *_, a, _ in txns if a > 0), 2)
    debits = round(-sum(a for *_, a, _ in txns if a < 0), 2)
    closing = bal
    period = f"DEL {fmt(start, '%d/%m/%Y')} AL {fmt(end, '%d/%m/%Y')}"
    red = (0.6, 0.1, 0.15)

    def head(c: Canvas, first: bool) -> float:
        colour(c, *red)
        c.text(36, 30, bank, 16, "F2")
        ink(c, 0.0)
        c.text(36, 49, f"{bank}, S.A., Institución de Banca Múltiple", 6.5)
        c.right(576, 30, "ESTADO DE CUENTA", 13, "F2")
        c.right(576, 46, product, 9)
        if not first:
            c.text(36, 64, f"{holder}   No. de cuenta {account}   Periodo {period}", 7.5)
            return 84
        rows_at(c, 36, 76, (holder, *address), 8.5, "F1", 11)
        c.box(330, 68, 246, 92, 0.5)
        info = (
            ("Periodo", period),
            ("Fecha de corte", fmt(end, "%d/%m/%Y")),
            ("No. de cuenta", account),
            ("No. de cliente", client_no),
            ("CLABE", clabe),
            ("R.F.C.", rfc),
            ("Sucursal", f"{m.digits(4)} {city} {m.pick(('CENTRO', 'NORTE', 'PLAZA'))}"),
        )
        for i, (k, v) in enumerate(info):
            c.text(336, 73 + 12 * i, k, 7)
            c.text(406, 73 + 12 * i, v, 7.5, "F2" if k == "No. de cuenta" else "F1")
        c.shade(36, 172, 540, 14, 0.88)
        c.text(40, 175.5, "Resumen del periodo", 8.5, "F2")
        summary = (
            (labels[0], opening),
            (labels[1], credits),
            (labels[2], debits),
            (labels[3], closing),
        )
        for i, (k, v) in enumerate(summary):
            c.text(40, 192 + 12 * i, k, 8, "F2" if i in (0, 3) else "F1")
            c.right(270, 192 + 12 * i, f"${v:,.2f}", 8, "F2" if i in (0, 3) else "F1")
        days = (end - start).days + 1
        average = round((opening + closing) / 2 + m.r.uniform(-300, 300), 2)
        extra = (
            ("Saldo promedio", f"${max(average, 0):,.2f}"),
            ("Días del periodo", str(days)),
            ("Rendimientos", "$0.00"),
            ("GAT Nominal / GAT Real", "0.00% / -4.21%"),
            ("Comisiones cobradas", f"${34.8 if any(x[3] == -30.0 for x in txns) else 0:,.2f}"),
        )
        for i, (k, v) in enumerate(extra):
            c.text(320, 192 + 12 * i, k, 7.5)
            c.right(572, 192 + 12 * i, v, 7.5)
        return 262

    cols = (
        (38, "FECHA OPER", "l"),
        (78, "FECHA LIQ", "l"),
        (118, "DESCRIPCIÓN", "l"),
        (300, "REFERENCIA", "l"),
        (398, "CARGOS", "r"),
        (450, "ABONOS", "r"),
        (512, "SALDO OPERACIÓN", "r"),
        (574, "SALDO LIQUIDACIÓN", "r"),
    )

    def table_head(c: Canvas, y: float) -> float:
        c.text(36, y, "Detalle de movimientos realizados", 9, "F2")
        c.shade(36, y + 14, 540, 13, 0.88)
        for x, h, a in cols:
            (c.right if a == "r" else c.text)(x, y + 17.5, h, fit(h, 58, 5.8, "F2"), "F2")
        return y + 33

    def headed(c: Canvas, first: bool) -> float:
        return table_head(c, head(c, first))

    book = Sheets(612.0, 792.0, headed, 700)
    book.c.text(
        118, book.y, f"SALDO ANTERIOR AL {fmt(start - dt.timedelta(days=1), '%d/%m/%Y')}", 7
    )
    book.c.right(574, book.y, f"{opening:,.2f}", 7)
    book.y += 11
    for when, desc, ref, amount, after in txns:
        book.room(11)
        settle = when + dt.timedelta(days=m.pick((0, 0, 0, 1)))
        cells = (
            mx_day(when),
            mx_day(settle),
            desc,
            ref,
            f"{-amount:,.2f}" if amount < 0 else "",
            f"{amount:,.2f}" if amount > 0 else "",
            f"{after:,.2f}",
            f"{after:,.2f}",
        )
        for (x, _, a), s in zip(cols, cells, strict=True):
            if a == "r":
                book.c.right(x, book.y, s, 7)
            else:
                book.c.text(x, book.y, s, fit(s, 178, 7) if x == 118 else 7)
        book.y += 11
    book.room(40)
    c = book.c
    y = book.y + 2
    c.line(36, y, 576, y, 0.5)
    c.text(118, y + 4, "TOTAL DE MOVIMIENTOS", 7, "F2")
    c.right(398, y + 4, f"{debits:,.2f}", 7, "F2")
    c.right(450, y + 4, f"{credits:,.2f}", 7, "F2")
    c.text(
        118,
        y + 15,
        f"Cargos: {sum(1 for x in txns if x[3] < 0)}   Abonos: {sum(1 for x in txns if x[3] > 0)}",
        6.5,
    )
    for i, p in enumerate(book.pages):
        _paragraph(
            p,
            36,
            716,
            "Si desea recibir pagos a través de transferencias electrónicas de fondos "
            "interbancarias, proporcione su CLABE. Unidad Especializada de Atención a Usuarios "
            "(UNE): consultas y reclamaciones en cualquier sucursal. Comisión Nacional para la "
            "Protección y Defensa de los Usuarios de Servicios Financieros (CONDUSEF): "
            "www.condusef.gob.mx.",
            540,
            6,
            "F1",
        )
        p.right(576, 760, f"PÁGINA {i + 1} DE {len(book.pages)}", 6.5)
    truth: Truth = {
        "bank_name": bank,
        "account_holder_name": holder,
        "account_number": account,
        "account_type": product,
        "statement_start_date": start.isoformat(),
        "statement_end_date": end.isoformat(),
        f"account_summary[summary_desc={labels[0]}]/summary_amount": opening,
        f"account_summary[summary_desc={labels[3]}]/summary_amount": closing,
    }
    return book.pages, truth


NG_BANKS = (
    "Crestline Bank Plc",
    "Unity Heritage Bank Plc",
    "Sahel Commercial Bank Ltd",
    "Lagoon Trust Bank Plc",
    "Zenmark Bank Plc",
)
NG_FIRST = (
    "Chukwuemeka",
    "Adebayo",
    "Ngozi",
    "Oluwaseun",
    "Aisha",
    "Ibrahim",
    "Funmilayo",
    "Chiamaka",
    "Tunde",
    "Yetunde",
)
NG_LAST = (
    "Okafor",
    "Adeyemi",
    "Bello",
    "Eze",
    "Ogunleye",
    "Musa",
    "Nwosu",
    "Balogun",
    "Okonkwo",
    "Abubakar",
)
NG_BRANCHES = (
    "Ikeja",
    "Victoria Island",
    "Wuse II",
    "Garki",
    "Port Harcourt Road",
    "Ibadan Ring Road",
)
NG_TYPES = ("Savings Account", "Current Account", "Salary Account")
# (narration pattern, sign, amount range)
NG_TXNS = (
    ("NIP/FROM {name}/{bank}/{ref}", 1, 2000, 350000),
    ("NIP TRF TO {name} {bank} {ref}", -1, 1500, 250000),
    ("POS PURCHASE {shop} LAGOS NG", -1, 800, 85000),
    ("ATM WDL {bank} ATM {branch}", -1, 2000, 40000),
    ("AIRTIME/MTN/080{n8}", -1, 200, 5000),
    ("ELECTRICITY BILL IKEDC {n11}", -1, 3000, 40000),
    ("DSTV SUBSCRIPTION {n10}", -1, 4200, 29500),
)
NG_SHOPS = ("SHOPRITE LEKKI", "SPAR ABUJA", "CHICKEN REPUBLIC", "JUMIA ONLINE", "FILLING STATION")


def statement_nigeria(m: Maker, labels: tuple[str, ...]) -> Layout:
    """A Nigerian bank's account statement as its internet banking exports it to PDF on
    landscape A4 pages: the bank's name with its contact line and "STATEMENT OF ACCOUNT"; the
    header as three columns of label/value pairs (Account Name as SURNAME GIVEN NAMES, Account
    Number, Account Type, Currency NGN, Branch, Start Date, End Date, Opening Balance, Closing
    Balance, Available Balance, Total Credit, Total Debit, the counts and the print date), the
    customer's address; then the transactions (transaction date and value date as
    05-Mar-2024, reference, narration with the transfer counterparties, debit, credit and the
    running balance) opening with a "BALANCE B/F" row, the levies and SMS alert charges among
    them, continued on further pages with "Page n of N" and the computer-generated note at
    each foot, and "*** End of Statement ***"."""
    bank = m.pick(NG_BANKS)
    first, middle, last = m.pick(NG_FIRST), m.pick(NG_FIRST), m.pick(NG_LAST)
    holder = f"{last} {first} {middle}".upper() if m.chance(0.5) else f"{last} {first}".upper()
    account = m.pick(("0", "1", "2", "3")) + m.digits(9)
    acct_type = m.pick(NG_TYPES)
    branch = m.pick(NG_BRANCHES)
    start = m.date(dt.date(2023, 1, 1), 700).replace(day=1)
    months = m.pick((1, 1, 3))
    end = start
    for _ in range(months):
        end = (end + dt.timedelta(days=32)).replace(day=1)
    end -= dt.timedelta(days=1)
    opening = m.amount(15000, 2500000)
    bal = opening
    txns = []
    employer = m.company().upper()[:20]
    n = m.r.randint(10, 26) * months
    events = [(start + dt.timedelta(days=m.r.randint(0, (end - start).days)), "") for _ in range(n)]
    salary = m.chance(0.7)
    month = start
    while salary and month <= end:
        events.append((month.replace(day=m.pick((24, 25, 26, 27))), "salary"))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    pay = m.amount(120000, 950000)
    for when, what in sorted(events):
        if what == "salary":
            pat, sign, amount = "SALARY {co} {mon}", 1, pay
        else:
            pat, sign, lo, hi = m.pick(NG_TXNS)
            amount = m.amount(lo, hi)
            if sign < 0 and amount > bal:
                pat, sign, lo, hi = NG_TXNS[0]
                amount = m.amount(lo, hi)
        desc = pat.format(
            name=f"{m.pick(NG_FIRST)} {m.pick(NG_LAST)}".upper(),
            bank=m.pick(("GTB", "ACCESS", "UBA", "FIRSTBANK", "OPAY", "ZENITH")),
            ref=m.digits(12),
            co=employer,
            mon=fmt(when, "%b %Y").upper(),
            shop=m.pick(NG_SHOPS),
            branch=m.pick(NG_BRANCHES).upper(),
            n8=m.digits(8),
            n10=m.digits(10),
            n11=m.digits(11),
        )
        bal = round(bal + sign * amount, 2)
        txns.append((when, desc, sign * amount, bal))
        if pat.startswith("NIP TRF") and bal > 60:
            bal = round(bal - 53.75, 2)
            txns.append((when, f"NIP CHARGE + VAT {m.digits(10)}", -53.75, bal))
        if sign > 0 and amount >= 10000 and m.chance(0.5) and bal > 50:
            bal = round(bal - 50.0, 2)
            txns.append((when, "ELECTRONIC MONEY TRANSFER LEVY", -50.0, bal))
    month = start
    while month <= end and bal > 60:
        month_end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        fee = float(m.pick((4, 8, 12, 16, 20))) * 1.075
        bal = round(bal - round(fee, 2), 2)
        txns.append(
            (month_end, f"SMS ALERT CHARGES {fmt(month, '%b %Y').upper()}", -round(fee, 2), bal)
        )
        month = month_end + dt.timedelta(days=1)
    txns.sort(key=lambda x: x[0])
    bal = opening
    rows = []
    for when, desc, amount, _ in txns:
        bal = round(bal + amount, 2)
        rows.append((when, desc, amount, bal))
    closing = bal
    credits = round(sum(a for _, _, a, _ in rows if a > 0), 2)
    debits = round(-sum(a for _, _, a, _ in rows if a < 0), 2)
    printed = end + dt.timedelta(days=m.r.randint(1, 20))
    clock = f"{m.r.randint(7, 20):02d}:{m.r.randint(0, 59):02d}:{m.r.randint(0, 59):02d}"
    stamp = f"{fmt(printed, '%d-%b-%Y')} {clock}"
    road = m.pick(("Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Aminu Kano Crescent"))
    street = f"{m.r.randint(1, 60)}, {road}"
    green = (0.0, 0.42, 0.3)

    def head(c: Canvas, first: bool) -> float:
        fill(c, 30, 24, 26, 26, green)
        white(c)
        c.centre(43, 31, bank[0], 14, "F2")
        colour(c, *green)
        c.text(64, 26, bank, 14, "F2")
        ink(c, 0.0)
        slug = bank.split()[0].lower()
        c.text(64, 43, f"www.{slug}bank.com  |  Customer Care: 0700-{m.digits(3)}-{m.digits(4)}", 7)
        c.right(812, 28, "STATEMENT OF ACCOUNT", 13, "F2")
        if not first:
            c.right(812, 44, f"{holder}  |  {account}", 7.5)
            return 66
        pairs = (
            (
                ("Account Name", holder),
                ("Account Number", account),
                ("Account Type", acct_type),
                ("Currency", "NGN"),
                ("Branch", branch),
            ),
            (
                ("Start Date", fmt(start, "%d-%b-%Y")),
                ("End Date", fmt(end, "%d-%b-%Y")),
                (labels[0], f"{opening:,.2f}"),
                (labels[3], f"{closing:,.2f}"),
                ("Available Balance", f"{closing:,.2f}"),
            ),
            (
                (labels[1], f"{credits:,.2f}"),
                (labels[2], f"{debits:,.2f}"),
                ("Credit Count", str(sum(1 for r in rows if r[2] > 0))),
                ("Debit Count", str(sum(1 for r in rows if r[2] < 0))),
                ("Print Date", fmt(printed, "%d-%b-%Y")),
            ),
        )
        c.box(30, 60, 782, 74, 0.5)
        for j, block in enumerate(pairs):
            for i, (k, v) in enumerate(block):
                x, top = 38 + 262 * j, 66 + 13 * i
                c.text(x, top, k, 7.5, "F2")
                c.text(x + 90, top, v, fit(v, 164, 8))
        c.text(38, 140, f"Address: {street}, {branch}, Lagos State", 7.5)
        return 160

    cols = (
        (34, "Trans. Date", "l", 0),
        (92, "Value Date", "l", 0),
        (150, "Reference", "l", 0),
        (240, "Narration", "l", 0),
        (640, "Debit", "r", 0),
        (724, "Credit", "r", 0),
        (808, "Balance", "r", 0),
    )

    def headed(c: Canvas, first: bool) -> float:
        y = head(c, first)
        fill(c, 30, y, 782, 15, green)
        white(c)
        for x, h, a, _ in cols:
            (c.right if a == "r" else c.text)(x, y + 4, h, 7.5, "F2")
        ink(c, 0.0)
        return y + 21

    book = Sheets(842.0, 595.0, headed, 540)
    book.c.text(240, book.y, "BALANCE B/F", 7.5, "F2")
    book.c.right(808, book.y, f"{opening:,.2f}", 7.5, "F2")
    book.y += 12
    for i, (when, desc, amount, after) in enumerate(rows):
        lines = wrap(desc, 300, 7.5)
        book.room(11 * len(lines) + 2)
        c = book.c
        if i % 2:
            c.shade(30, book.y - 2, 782, 11 * len(lines) + 1, 0.95)
        value = when + dt.timedelta(days=m.pick((0, 0, 0, 1)))
        cells = (
            fmt(when, "%d-%b-%Y"),
            fmt(value, "%d-%b-%Y"),
            m.pick(("FT", "NIP", "POS", "TRF")) + m.digits(8),
            "",
            f"{-amount:,.2f}" if amount < 0 else "",
            f"{amount:,.2f}" if amount > 0 else "",
            f"{after:,.2f}",
        )
        for (x, _, a, _), s in zip(cols, cells, strict=True):
            (c.right if a == "r" else c.text)(x, book.y, s, 7.5)
        for k, s in enumerate(lines):
            c.text(240, book.y + 11 * k, s, 7.5)
        book.y += 11 * len(lines) + 2
    book.room(30)
    book.c.line(30, book.y, 812, book.y, 0.5)
    book.c.right(640, book.y + 4, f"{debits:,.2f}", 7.5, "F2")
    book.c.right(724, book.y + 4, f"{credits:,.2f}", 7.5, "F2")
    book.c.right(808, book.y + 4, f"{closing:,.2f}", 7.5, "F2")
    book.c.centre(421, book.y + 20, "*** End of Statement ***", 8, "F2")
    for i, p in enumerate(book.pages):
        p.text(
            30,
            566,
            f"This statement was generated from {bank} Internet Banking on {stamp}. "
            "Please report any discrepancy within 15 days.",
            6.5,
        )
        p.right(812, 566, f"Page {i + 1} of {len(book.pages)}", 7)
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


def w2_fresh12(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """27: a W-2 verification report, a line per pay date with the W-2 totals at the foot;
    28: a landscape W-2 in wide strips, Copy B over a second copy."""
    return (*(w2_verification if t == 27 else w2_strips)(m), f"t{t}")


def split(total: float, weights: list[float]) -> list[float]:
    """`total` in parts proportional to `weights` that add up to it exactly."""
    parts = [round(total * w / sum(weights), 2) for w in weights]
    parts[-1] = round(total - sum(parts[:-1]), 2)
    return parts


def capped(parts: list[float], total: float) -> list[float]:
    """The wages subject to a tax with a wage base: each period's wages until the year's
    `total` is reached, then nothing."""
    out, left = [], total
    for p in parts:
        take = round(min(p, left), 2)
        out.append(take)
        left = round(left - take, 2)
    return out


def taxed(wages: list[float], rate: float, total: float) -> list[float]:
    """The tax of each period at `rate`, the largest period absorbing the rounding so that the
    periods add up to the year's `total`."""
    out = [round(w * rate, 2) for w in wages]
    big = max(range(len(out)), key=lambda i: out[i])
    out[big] = round(out[big] + total - sum(out), 2)
    return out


def pay_dates(m: Maker, year: int) -> tuple[str, list[dt.date]]:
    frequency = m.pick(("Weekly", "Bi-weekly", "Bi-weekly", "Semi-monthly"))
    if frequency == "Semi-monthly":
        dates = []
        for month in range(1, 13):
            first = dt.date(year, month, 15)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            dates += [first, last - dt.timedelta(days=1)]
    else:
        day = dt.date(year, 1, 1)
        day += dt.timedelta(days=(4 - day.weekday()) % 7 + 7 * m.r.randint(0, 1))
        step = 7 if frequency == "Weekly" else 14
        dates = []
        while day.year == year:
            dates.append(day)
            day += dt.timedelta(days=step)
    if m.chance(0.3):
        dates = dates[m.r.randint(1, len(dates) // 2) :]
    return frequency, dates


def w2_verification(m: Maker) -> Layout:
    """The W-2 verification (preview) report a payroll system prints in December for each
    employee to check before the forms go out: "W-2 VERIFICATION REPORT - TAX YEAR 2023" with
    the run date; the employer (name, address, EIN, state ID) and the employee (LAST, FIRST M,
    SSN, employee ID, address, pay frequency) in two blocks; then one line per pay date with
    the check number and the columns that become the W-2 boxes (gross pay, box 1 federal
    wages, box 2 federal tax, box 3 social security wages, box 4 social security tax, box 5
    Medicare wages, box 6 Medicare tax, box 16 state wages, box 17 state tax), continued on a
    second page with the headings repeated for weekly pay; the W-2 TOTALS line at the foot of
    the last page, then the box 12 codes, box 13 and box 14, and the deadline for reporting
    differences."""
    w = make_w2(m)
    frequency, dates = pay_dates(m, w.year)
    weights = [m.r.uniform(0.9, 1.12) for _ in dates]
    gross = split(w.gross, weights)
    wages = split(w.wages, weights)
    fed = split(w.fed, weights)
    med = split(w.med_wages, weights)
    ss = capped(med, w.ss_wages)
    ss_tax = taxed(ss, 0.062, w.ss_tax)
    med_tax = taxed(med, 0.0145, w.med_tax)
    state_tax = split(w.state_tax, weights)
    check = m.r.randint(10000, 90000)
    emp_id = m.pick((m.digits(5), f"E{m.digits(5)}"))
    run = dates[-1] + dt.timedelta(days=m.r.randint(1, 12))
    cols = (
        (40, "Check Date", "", "l"),
        (84, "Check No.", "", "l"),
        (152, "Gross Pay", "", "r"),
        (204, "Fed Wages", "Box 1", "r"),
        (250, "Fed W/H", "Box 2", "r"),
        (302, "SS Wages", "Box 3", "r"),
        (346, "SS Tax", "Box 4", "r"),
        (404, "Medicare Wages", "Box 5", "r"),
        (456, "Medicare Tax", "Box 6", "r"),
        (518, "State Wages", "Box 16", "r"),
        (572, "State Tax", "Box 17", "r"),
    )

    def head(c: Canvas, first: bool) -> float:
        c.text(40, 32, w.employer.upper(), 9, "F2")
        c.right(572, 32, f"Run date {fmt(run, '%m/%d/%Y')}", 7)
        c.centre(306, 48, f"W-2 VERIFICATION REPORT - TAX YEAR {w.year}", 12, "F2")
        c.centre(306, 64, "Preliminary - for employee review. This is not a Form W-2.", 7.5)
        y = 84.0
        if first:
            blocks = (
                (
                    "EMPLOYER",
                    (
                        w.employer,
                        w.er_street,
                        w.er_city,
                        f"EIN: {w.ein}",
                        f"State ID: {w.state} {w.state_id}",
                    ),
                ),
                (
                    "EMPLOYEE",
                    (
                        f"{w.last.upper()}, {w.first_init.upper()}",
                        w.ee_street,
                        w.ee_city,
                        f"SSN: {w.ssn}    Employee ID: {emp_id}",
                        f"Pay frequency: {frequency}",
                    ),
                ),
            )
            for j, (title, rows) in enumerate(blocks):
                x = 40 + 270 * j
                c.text(x, y, title, 7, "F2")
                c.line(x, y + 10, x + 250, y + 10, 0.4)
                rows_at(c, x, y + 14, rows, 8, "F1", 10.5)
            y += 78
        else:
            c.text(
                40, y, f"{w.last.upper()}, {w.first_init.upper()}   SSN {w.ssn}   (continued)", 7.5
            )
            y += 16
        c.shade(38, y, 536, 24, 0.88)
        for x, h, box, a in cols:
            draw = c.right if a == "r" else c.text
            if box:
                draw(x, y + 3, box, 6.5, "F2")
            draw(x, y + 13, h, 6.3, "F2")
        return y + 30

    book = Sheets(612.0, 792.0, head, 730)
    for i, day in enumerate(dates):
        book.room(10.5)
        c = book.c
        cells = (
            fmt(day, "%m/%d/%Y"),
            str(check + i),
            gross[i],
            wages[i],
            fed[i],
            ss[i],
            ss_tax[i],
            med[i],
            med_tax[i],
            wages[i],
            state_tax[i],
        )
        for (x, _, _, a), v in zip(cols, cells, strict=True):
            if a == "r":
                c.right(x, book.y, f"{v:,.2f}", 6.8)
            else:
                c.text(x, book.y, str(v), 6.8)
        book.y += 10.5
    book.room(110)
    c = book.c
    y = book.y + 2
    c.line(38, y, 574, y, 0.8)
    totals = (
        "W-2 TOTALS",
        "",
        w.gross,
        w.wages,
        w.fed,
        w.ss_wages,
        w.ss_tax,
        w.med_wages,
        w.med_tax,
        w.wages,
        w.state_tax,
    )
    for (x, _, _, a), v in zip(cols, totals, strict=True):
        if a == "r":
            c.right(x, y + 5, f"{v:,.2f}", 6.8, "F2")
        else:
            c.text(x, y + 5, str(v), 7, "F2")
    c.line(38, y + 16, 574, y + 16, 0.4)
    y += 28
    codes = "   ".join(f"{code} {amount:,.2f}" for code, amount in w.codes) or "none"
    info = [
        f"Box 12: {codes}",
        f"Box 13: Retirement plan {'X' if w.k401 else '-'}",
        f"Box 14: {w.other or 'none'}",
        f"Pre-tax deductions (section 125): {w.s125:,.2f}    401(k): {w.k401:,.2f}",
    ]
    rows_at(c, 40, y, info, 7.5, "F1", 11)
    _paragraph(
        c,
        40,
        y + 52,
        f"Compare these figures with your last pay statement of {w.year}. Report any name, "
        f"address or SSN change, or any difference, to the payroll department by January 10, "
        f"{w.year + 1}. Forms W-2 are mailed or posted by January 31.",
        530,
        7,
        "F1",
    )
    for i, p in enumerate(book.pages):
        p.right(572, 760, f"Page {i + 1} of {len(book.pages)}", 7)
    return book.pages, w2_truth(w)


def w2_strip(c: Canvas, x0: float, y0: float, w, copy: str, note: str) -> None:  # type: ignore[no-untyped-def]
    """One W-2 copy as a wide strip 732 points across: the title row, the six money boxes in
    a row, boxes 7 to 13, box 12 and 14, the identification numbers, the parties and the state
    row."""
    wd = 732.0
    c.text(x0, y0, "Form", 7)
    c.text(x0 + 20, y0 - 3, "W-2", 16, "F2")
    c.text(x0 + 60, y0 + 1, "Wage and Tax Statement", 10, "F2")
    c.text(x0 + 200, y0 - 3, str(w.year), 16, "F2")
    c.text(x0 + 260, y0, copy, fit(copy, 300, 7.5, "F2"), "F2")
    c.right(x0 + wd, y0 - 2, "OMB No. 1545-0008", 6.5)
    c.right(x0 + wd, y0 + 7, "Department of the Treasury - Internal Revenue Service", 6)
    top = y0 + 18

    def box(
        x: float, t: float, w_: float, h: float, caption: str, value: str = "", right: bool = True
    ) -> None:
        c.box(x0 + x, t, w_, h, 0.5)
        c.text(x0 + x + 2, t + 1.5, caption, 5.2)
        if value:
            if right:
                c.right(x0 + x + w_ - 4, t + h - 11, value, 9, "F5")
            else:
                c.text(x0 + x + 4, t + h - 11, value, fit(value, w_ - 8, 9, "F5"), "F5")

    money = (
        ("1 Wages, tips, other compensation", w.wages),
        ("2 Federal income tax withheld", w.fed),
        ("3 Social security wages", w.ss_wages),
        ("4 Social security tax withheld", w.ss_tax),
        ("5 Medicare wages and tips", w.med_wages),
        ("6 Medicare tax withheld", w.med_tax),
    )
    cw = wd / 6
    for i, (k, v) in enumerate(money):
        box(cw * i, top, cw, 28, k, f"{v:,.2f}")
    top += 28
    for i, k in enumerate(
        (
            "7 Social security tips",
            "8 Allocated tips",
            "9",
            "10 Dependent care benefits",
            "11 Nonqualified plans",
        )
    ):
        box(cw * i, top, cw, 26, k)
    box(cw * 5, top, cw, 26, "13 Stat. employee  Ret. plan  3rd-party sick")
    ticks = "[ ]        [X]        [ ]" if w.k401 else "[ ]        [ ]        [ ]"
    c.text(x0 + cw * 5 + 8, top + 13, ticks, 7, "F5")
    top += 26
    for i in range(4):
        code, amount = w.codes[i] if i < len(w.codes) else ("", 0.0)
        box(
            cw * i,
            top,
            cw,
            26,
            f"12{'abcd'[i]}  See instructions for box 12",
            f"{code}  {amount:,.2f}" if code else "",
        )
    box(cw * 4, top, cw * 2, 26, "14 Other", w.other, False)
    top += 26
    box(0, top, cw * 2, 24, "a Employee's social security number", w.ssn, False)
    box(cw * 2, top, cw * 2, 24, "b Employer identification number (EIN)", w.ein, False)
    box(cw * 4, top, cw * 2, 24, "d Control number", w.control, False)
    top += 24
    c.box(x0, top, cw * 3, 66, 0.5)
    c.text(x0 + 2, top + 1.5, "c Employer's name, address, and ZIP code", 5.2)
    rows_at(c, x0 + 6, top + 14, (w.employer, w.er_street, w.er_city), 8.5, "F5", 11)
    box(cw * 3, top, cw * 1.3, 24, "e Employee's first name and initial", w.first_init, False)
    box(cw * 4.3, top, cw * 1.3, 24, "Last name", w.last, False)
    box(cw * 5.6, top, cw * 0.4, 24, "Suff.")
    c.box(x0 + cw * 3, top + 24, cw * 3, 42, 0.5)
    c.text(x0 + cw * 3 + 2, top + 25.5, "f Employee's address and ZIP code", 5.2)
    rows_at(c, x0 + cw * 3 + 6, top + 36, (w.ee_street, w.ee_city), 8.5, "F5", 11)
    top += 66
    state = (
        (0.45, "15 State", w.state),
        (1.25, "Employer's state ID number", w.state_id),
        (1.0, "16 State wages, tips, etc.", f"{w.wages:,.2f}"),
        (1.0, "17 State income tax", f"{w.state_tax:,.2f}"),
        (0.8, "18 Local wages, tips, etc.", ""),
        (0.8, "19 Local income tax", ""),
        (0.7, "20 Locality name", ""),
    )
    x = 0.0
    for k, caption, value in state:
        box(x, top, cw * k, 26, caption, value, value[:1].isdigit() and "." in value)
        x += cw * k
    c.text(x0, top + 30, note, 5.8)


def w2_strips(m: Maker) -> Layout:
    """A W-2 as a payroll program prints it on a landscape letter sheet, two copies in wide
    strips one over the other with a perforation between them (Copy B for the federal return
    above, Copy C or Copy 2 below): in each strip the title row, then the six money boxes 1
    to 6 in a single row across the top, boxes 7 to 11 and 13, the four box 12 cells and box
    14, the identification numbers a, b and d, and only then the parties (the employer's
    block at the left, the employee's first name and initial, last name and address at the
    right) and the state and local row along the foot; captions in small type at the top of
    each box, values in Courier."""
    w = make_w2(m)
    c = Canvas(792.0, 612.0)
    lower = m.pick(
        (
            (
                "Copy C - For EMPLOYEE'S RECORDS",
                "Safe, accurate, FAST! Use e-file. Keep this copy for your records.",
            ),
            (
                "Copy 2 - To Be Filed With Employee's State, City, or Local Income Tax Return",
                "Copy 2 of this form is furnished to the employee for the state or local return.",
            ),
        )
    )
    w2_strip(
        c,
        30,
        26,
        w,
        "Copy B - To Be Filed With Employee's FEDERAL Tax Return",
        "This information is being furnished to the Internal Revenue Service. If you are "
        "required to file a tax return, a negligence penalty or other sanction may be imposed "
        "on you if this income is taxable and you fail to report it.",
    )
    c.text(20, 303, "- " * 128, 5, "F5")
    c.right(772, 296, "Fold and detach along perforation", 5.5)
    w2_strip(c, 30, 326, w, *lower)
    return [c], w2_truth(w)


# ---------------------------------------------------------------------------------------------
# Licences


def licence_fresh12(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """27: an ID scanner's verification report with the decoded barcode; 28: a licence card
    photographed by a phone scanning app."""
    return (*(licence_scan_report if t == 27 else licence_phone_scan)(m), f"t{t}")


SCANNER_SITES = (
    "Riverside Wine & Spirits",
    "Summit Auto Sales - Finance Office",
    "Harborview Hotel - Front Desk",
    "Cascade Pharmacy #114",
    "Granite Peak Credit Union",
    "Lakeside Apartments Leasing Office",
)
IIN = {"IL": "636035", "OH": "636023", "TX": "636015", "CA": "636014", "OR": "636029"}


def licence_scan_report(m: Maker) -> Layout:
    """The report an ID scanner at a point of sale or an office counter prints or saves after
    reading a licence's barcode: the product's name and "ID Verification Report", the site,
    device, operator, scan ID and time, the result (PASS, age and the 21+ check); thumbnails
    of the front and the back; "Document data (decoded from the PDF417 barcode)" as a table of
    field and value (document type, issuing jurisdiction, document number, family name, first
    and middle name, the dates as MM/DD/YYYY, sex, height, eyes, hair, address, class,
    restrictions and endorsements); the checks performed; and the raw AAMVA data elements in
    Courier (DAQ, DCS, DAC, DAD, DBD, DBB, DBA, DBC, DAU, DAG ... with the dates as MMDDCCYY)."""
    lic = make_licence(m)
    latest = min(lic.expires - dt.timedelta(days=30), lic.issued + dt.timedelta(days=1400))
    span = max(1, (latest - lic.issued).days - 20)
    scanned = dt.datetime.combine(
        lic.issued + dt.timedelta(days=20 + m.r.randint(0, span)),
        dt.time(m.r.randint(8, 21), m.r.randint(0, 59), m.r.randint(0, 59)),
    )
    today = scanned.date()
    age = today.year - lic.dob.year - ((today.month, today.day) < (lic.dob.month, lic.dob.day))
    product = m.pick(("IDCheck Station", "AgeGate Scanner", "TruID Kiosk"))
    c = Canvas()
    fill(c, 0, 0, 612, 52, (0.16, 0.22, 0.3))
    white(c)
    c.text(36, 16, product, 15, "F2")
    c.right(576, 20, "ID Verification Report", 11)
    ink(c, 0.0)
    meta = (
        ("Site", m.pick(SCANNER_SITES)),
        (
            "Device",
            f"{product.split()[0]}-{m.pick(('M', 'K', 'S'))}{m.digits(3)}  S/N {m.digits(8)}",
        ),
        ("Operator", f"{m.pick(FIRST)} {m.pick(LAST)[0]}."),
        ("Scan ID", f"{m.digits(4)}-{m.digits(6)}"),
        ("Scanned", fmt(scanned, "%m/%d/%Y %I:%M:%S %p")),
    )
    for i, (k, v) in enumerate(meta):
        c.text(36, 70 + 13 * i, k, 8, "F2")
        c.text(100, 70 + 13 * i, v, 8.5)
    fill(c, 36, 142, 200, 34, (0.86, 0.95, 0.88))
    colour(c, 0.05, 0.45, 0.15)
    c.text(46, 148, "PASS", 16, "F2")
    ink(c, 0.0)
    c.text(104, 148, f"Age {age}  -  21+ : {'YES' if age >= 21 else 'NO'}", 9, "F2")
    c.text(104, 161, "Document not expired", 8)
    for j, side in enumerate(("FRONT", "BACK")):
        x = 330 + 126 * j
        c.box(x, 70, 118, 75, 0.6)
        fill(c, x + 1, 71, 116, 73, (0.9, 0.91, 0.93))
        if side == "FRONT":
            fill(c, x + 6, 84, 30, 40, (0.65, 0.66, 0.7))
            for k in range(5):
                fill(c, x + 42, 86 + 8 * k, 60 - 8 * (k % 2), 3, (0.7, 0.72, 0.76))
        else:
            barcode(Frame(c), m, x + 8, 96, 102, 30)
        c.centre(x + 59, 150, side, 6.5, "F2")
    c.text(36, 196, "Document data (decoded from the PDF417 barcode)", 10, "F2")
    c.line(36, 210, 576, 210, 0.6)
    inches = int(lic.height.split("'")[0]) * 12 + int(lic.height.split("-")[1].rstrip('"'))
    day = "%m/%d/%Y"
    data = (
        ("Document type", "Driver License"),
        ("Issuing jurisdiction", f"{lic.state} ({lic.abbr})"),
        ("Document number", lic.number),
        ("Family name", lic.last.upper()),
        ("First name", lic.first.upper()),
        ("Middle name", lic.middle.upper() or "(none)"),
        ("Date of birth", fmt(lic.dob, day)),
        ("Issue date", fmt(lic.issued, day)),
        ("Expiration date", fmt(lic.expires, day)),
        ("Sex", lic.sex),
        ("Height", f"{lic.height}  ({inches} in)"),
        ("Eye color", lic.eyes),
        ("Hair color", lic.hair),
        ("Address", f"{lic.street.upper()}, {lic.city.upper()}, {lic.abbr} {lic.zipcode}"),
        ("Vehicle class", lic.klass),
        ("Restrictions", m.pick(("NONE", "B"))),
        ("Endorsements", m.pick(("NONE", "NONE", "M"))),
        ("Compliance type", m.pick(("F (REAL ID compliant)", "N (not REAL ID)"))),
    )
    for i, (k, v) in enumerate(data):
        y = 216 + 14 * i
        if i % 2:
            fill(c, 36, y - 3, 540, 14, (0.95, 0.96, 0.97))
        c.text(44, y, k, 8.5)
        c.text(
            200, y, v, 9, "F2" if k in ("Document number", "Family name", "First name") else "F1"
        )
    y = 216 + 14 * len(data) + 10
    c.text(36, y, "Checks", 10, "F2")
    checks = (
        "Barcode format: AAMVA card design standard, version 9",
        "Barcode and front-side OCR data match: PASSED",
        f"Expiration: PASSED (expires {fmt(lic.expires, day)})",
        f"Age verification (21+): {'PASSED' if age >= 21 else 'UNDER 21'} "
        f"(born {fmt(lic.dob, day)})",
    )
    rows_at(c, 44, y + 15, checks, 8, "F1", 11)
    y += 70
    c.text(36, y, "Raw barcode data", 10, "F2")
    mmdd = "%m%d%Y"
    raw_no = lic.number.replace(" ", "").replace("-", "")
    elements = [
        f"@  ANSI {IIN.get(lic.abbr, '6360' + m.digits(2))}090102DL00410289ZX03300024DL",
        f"DAQ{raw_no}",
        f"DCS{lic.last.upper()}",
        f"DAC{lic.first.upper()}",
        f"DAD{lic.middle.upper() or 'NONE'}",
        f"DBD{fmt(lic.issued, mmdd)}",
        f"DBB{fmt(lic.dob, mmdd)}",
        f"DBA{fmt(lic.expires, mmdd)}",
        f"DBC{1 if lic.sex == 'M' else 2}",
        f"DAY{lic.eyes}",
        f"DAZ{lic.hair}",
        f"DAU{inches:03d} IN",
        f"DAG{lic.street.upper()}",
        f"DAI{lic.city.upper()}",
        f"DAJ{lic.abbr}",
        f"DAK{lic.zipcode}0000",
        f"DCF{m.digits(4)}{m.pick('ABCDEFGH')}{m.digits(6)}",
        "DCGUSA",
        f"DCA{lic.klass}",
        "DCBNONE",
        "DCDNONE",
        "DDEN",
        "DDFN",
        "DDGN",
    ]
    half = (len(elements) + 1) // 2
    fill(c, 36, y + 13, 540, 12 * half + 10, (0.96, 0.96, 0.96))
    rows_at(c, 44, y + 19, elements[:half], 7.5, "F5", 12)
    rows_at(c, 310, y + 19, elements[half:], 7.5, "F5", 12)
    c.text(
        36,
        760,
        f"{product} report generated {fmt(scanned, '%m/%d/%Y %I:%M %p')}. "
        "Retain per the site's ID policy.",
        6.5,
    )
    c.right(576, 760, "Page 1 of 1", 6.5)
    return [c], licence_truth(lic)


BAND_COLOURS = ((0.1, 0.3, 0.55), (0.45, 0.1, 0.15), (0.05, 0.35, 0.3), (0.3, 0.2, 0.45))


def licence_phone_scan(m: Maker) -> Layout:
    """A licence card photographed with a phone scanning app and saved as a PDF page: the card
    enlarged to most of the page width on a grey table top, the app's footer line; the card
    has a coloured band with "DRIVER LICENSE" and "USA" along the top, the licence number in
    red under it with a tiny "DL" caption, the portrait at the left, the name without captions
    on two lines (LAST, then FIRST MIDDLE) and the address, then the facts run together on a
    few lines with small captions in front of each value (DOB, EXP, ISS, CLASS, SEX, HGT,
    WGT, EYES, HAIR, RESTR, END), the signature, a ghost portrait and the document
    discriminator, and the state's name spelled large in a second band along the foot."""
    lic = make_licence(m)
    c = Canvas()
    fill(c, 0, 0, 612, 792, (0.8, 0.8, 0.79))
    k = 1.62
    x0, y0 = 44 + m.r.uniform(-10, 10), 120 + m.r.uniform(-30, 40)
    d = Frame(c, x0, y0, k)
    w, h = 324.0, 204.0
    fill(c, x0 + 4, y0 + 5, w * k, h * k, (0.55, 0.55, 0.55))
    fill(c, x0, y0, w * k, h * k, (0.97, 0.96, 0.93))
    band = m.pick(BAND_COLOURS)
    fill(c, x0, y0, w * k, 24 * k, band)
    fill(c, x0, y0 + 176 * k, w * k, 28 * k, band)
    white(c)
    d.text(10, 7, "DRIVER LICENSE", 10, "F2")
    d.right(314, 7, "USA", 10, "F2")
    title = lic.state.upper()
    d.text(10, 181, title, fit(title, 200, 16, "F4"), "F4")
    d.right(
        314,
        186,
        m.pick(("DEPARTMENT OF MOTOR VEHICLES", "SECRETARY OF STATE", "DRIVER SERVICES")),
        5.5,
        "F2",
    )
    ink(c, 0.0)
    fill(c, x0 + 10 * k, y0 + 44 * k, 84 * k, 104 * k, (0.62, 0.62, 0.66))
    fill(c, x0 + 28 * k, y0 + 58 * k, 48 * k, 56 * k, (0.45, 0.45, 0.5))
    fill(c, x0 + 266 * k, y0 + 132 * k, 40 * k, 40 * k, (0.86, 0.86, 0.86))
    colour(c, 0.75, 0.08, 0.1)
    d.text(104, 29, "DL", 4.5, "F2")
    d.text(114, 27, lic.number, 11, "F2")
    ink(c, 0.0)
    d.text(104, 44, lic.last.upper(), 10, "F2")
    given = f"{lic.first} {lic.middle}".strip().upper()
    d.text(104, 56, given, 8.5, "F2")
    d.text(104, 68, lic.street.upper(), 6.5)
    d.text(104, 76, f"{lic.city.upper()}, {lic.abbr} {lic.zipcode}", 6.5)
    day = "%m/%d/%Y"

    def run(top: float, pairs: tuple[tuple[str, str], ...], red: str = "") -> None:
        x = 104.0
        for cap, value in pairs:
            d.text(x, top + 2, cap, 4.5, "F2")
            x += text_width(cap, 4.5, "F2") + 2
            if cap == red:
                colour(c, 0.75, 0.08, 0.1)
            d.text(x, top, value, 7.5, "F2" if cap in ("DOB", "EXP") else "F1")
            ink(c, 0.0)
            x += text_width(value, 7.5, "F2") + 9

    run(90, (("DOB", fmt(lic.dob, day)), ("EXP", fmt(lic.expires, day))), "DOB")
    run(102, (("ISS", fmt(lic.issued, day)), ("CLASS", lic.klass), ("SEX", lic.sex)))
    run(114, (("HGT", lic.height), ("WGT", lic.weight), ("EYES", lic.eyes), ("HAIR", lic.hair)))
    run(126, (("RESTR", m.pick(("NONE", "B", "A"))), ("END", m.pick(("NONE", "NONE", "M")))))
    d.text(104, 140, f"DD {m.digits(10)}{m.pick('ABCD')}{m.digits(3)}", 5, "F5")
    d.text(104, 152, f"{lic.first} {lic.last}", 12, "F3")
    d.line(104, 165, 240, 165, 0.3)
    c.text(30, 772, f"Scanned with DocSnap  \xb7  {fmt(m.date(lic.issued, 900), '%m/%d/%Y')}", 7)
    c.right(582, 772, "1/1", 7)
    return [c], licence_truth(lic)


# ---------------------------------------------------------------------------------------------
# 1099s


def form_1099_fresh12(m: Maker, t: int, variant: str) -> tuple[list[Canvas], Truth, str]:
    """27: a 1099 exported as a PDF from a mobile app on narrow pages; 28: a 1099 sent as an
    e-mail and printed from the mail program."""
    return (*(form_1099_mobile if t == 27 else form_1099_email)(m, variant), f"t{t}")


def form_1099_mobile(m: Maker, variant: str) -> Layout:
    """A 1099 saved as a PDF from a phone app (the bank's app for a 1099-INT, the payer's
    contractor or landlord portal app for a 1099-MISC) on narrow pages the size of the screen:
    the status bar and the app bar ("< Tax Documents"), "Form 1099-INT" in large type with
    the tax year and "Copy B for Recipient", the payer and the recipient as cards (captions in
    small grey type over the values: name, TIN, address, phone, account number), then
    "Amounts" with every box of the form as a row of its own, the box number and caption
    over the amount in large type, a dash for an empty box, running onto a second page, the
    notice and the Share / Download buttons; "Downloaded ... Page n of N" at each foot."""
    f = make_1099(m, variant)
    app = (
        f"{f.payer.split()[0]} Mobile"
        if variant == "INT"
        else m.pick(("PayPortal", "VendorHub", "RentLedger"))
    )
    downloaded = dt.datetime.combine(
        dt.date(int(f.year) + 1, m.r.randint(1, 4), m.r.randint(1, 28)),
        dt.time(m.r.randint(7, 23), m.r.randint(0, 59)),
    )
    accent = m.pick(((0.0, 0.4, 0.7), (0.45, 0.15, 0.55), (0.0, 0.5, 0.4)))
    grey = 0.45

    def head(c: Canvas, first: bool) -> float:
        c.text(22, 12, fmt(downloaded, "%I:%M").lstrip("0"), 8.5, "F2")
        c.right(368, 12, "5G  82%", 8, "F2")
        colour(c, *accent)
        c.text(18, 34, "<", 14, "F2")
        c.text(36, 36, "Tax Documents", 11, "F2")
        ink(c, 0.0)
        c.line(0, 56, 390, 56, 0.3)
        if not first:
            return 70
        c.text(22, 72, f"Form 1099-{variant}", 22, "F2")
        ink(c, grey)
        c.text(22, 100, f"Tax year {f.year}  \xb7  {f.title}", 9.5)
        c.text(22, 113, f"Copy B for Recipient  \xb7  OMB No. {f.omb}", 8)
        ink(c, 0.0)
        return 136

    book = Sheets(390.0, 740.0, head, 690)

    def card(title: str, rows: list[tuple[str, str]]) -> None:
        h = 22 + 30 * len(rows)
        book.room(h + 14)
        c = book.c
        fill(c, 16, book.y, 358, h, (0.95, 0.96, 0.97))
        c.text(28, book.y + 9, title, 10, "F2")
        y = book.y + 26
        for cap, value in rows:
            ink(c, grey)
            c.text(28, y, cap, 7.5)
            ink(c, 0.0)
            c.text(28, y + 10, value, fit(value, 330, 10.5))
            y += 30
        book.y += h + 14

    card(
        "Payer",
        [
            ("Payer's name", f.payer),
            ("Payer's TIN", f.payer_tin),
            ("Address", f"{f.p_street}, {f.p_city}"),
            ("Telephone", f.p_phone),
        ],
    )
    rec = [
        ("Recipient's name", f.recipient),
        ("Recipient's TIN", f.recipient_tin),
        ("Address", f"{f.r_street}, {f.r_city}"),
    ]
    if f.account:
        rec.append(("Account number", f.account))
    card("Recipient", rec)
    book.room(40)
    book.c.text(22, book.y + 4, "Amounts", 13, "F2")
    book.y += 28
    for num, label, key in f.boxes:
        book.room(44)
        c = book.c
        ink(c, grey)
        c.text(22, book.y, f"Box {num}  \xb7  {label}", fit(f"Box {num}  \xb7  {label}", 346, 8))
        ink(c, 0.0)
        value = f"${f.values[key]:,.2f}" if key in f.values else "\u2014"
        c.text(22, book.y + 12, value, 15, "F2" if key in f.values else "F1")
        c.line(22, book.y + 34, 368, book.y + 34, 0.25)
        book.y += 42
    book.room(120)
    c = book.c
    ink(c, grey)
    _paragraph(
        c,
        22,
        book.y + 6,
        "This is important tax information and is being furnished to the IRS. If you are "
        "required to file a return, a negligence penalty or other sanction may be imposed on "
        "you if this income is taxable and the IRS determines that it has not been reported.",
        346,
        7.5,
        "F1",
    )
    ink(c, 0.0)
    y = book.y + 62
    c.box(22, y, 168, 30, 0.6)
    c.centre(106, y + 10, "Share", 10, "F2")
    fill(c, 200, y, 168, 30, accent)
    white(c)
    c.centre(284, y + 10, "Download PDF", 10, "F2")
    ink(c, 0.0)
    for i, p in enumerate(book.pages):
        ink(p, grey)
        p.centre(
            195,
            718,
            f"{app}  \xb7  Downloaded {fmt(downloaded, '%m/%d/%Y %I:%M %p')}  \xb7  "
            f"Page {i + 1} of {len(book.pages)}",
            6.5,
        )
        ink(p, 0.0)
    return book.pages, tax_1099_truth(f, zeros_printed=False)


def form_1099_email(m: Maker, variant: str) -> Layout:
    """A 1099 that reached the recipient as an e-mail, printed from the web mail program: the
    program's print header, the subject in large type ("Your 2023 Form 1099-MISC"), the sender
    (the payer's accounts payable or tax reporting address), the date, the recipient and the
    attached PDF; the message ("Hello ..., below is a copy of the information we reported ...
    During 2023 we paid you $..."), a bordered two-column table with the payer's and the
    recipient's names, TINs, addresses and the account number, then only the boxes with an
    amount; the sender's signature with the payer's phone, and the confidentiality notice;
    the mail program's address and "1/1" at the foot."""
    f = make_1099(m, variant)
    first = f.recipient.split()[0]
    slug = f.payer.split()[0].lower().replace("&", "")
    sender = (
        ("Tax Reporting", f"taxforms@{slug}bank.com")
        if variant == "INT"
        else (
            m.pick(("Accounts Payable", "AP Department", f"{m.pick(FIRST)} {m.pick(LAST)}")),
            f"ap@{slug}.com",
        )
    )
    sent = dt.datetime.combine(
        dt.date(int(f.year) + 1, 1, m.r.randint(15, 31)),
        dt.time(m.r.randint(8, 18), m.r.randint(0, 59)),
    )
    printed = sent + dt.timedelta(days=m.r.randint(0, 60), minutes=m.r.randint(1, 600))
    c = Canvas()
    c.text(30, 16, fmt(printed, "%m/%d/%y, %I:%M %p"), 7)
    c.centre(306, 16, f"Mail - {f.recipient} - Outlook", 7)
    c.text(40, 42, "Outlook", 11, "F2")
    c.line(40, 60, 572, 60, 0.4)
    subject = f"Your {f.year} Form 1099-{variant}" + (" is ready" if variant == "INT" else "")
    c.text(40, 72, subject, 15, "F2")
    fill(c, 40, 98, 30, 30, (0.55, 0.65, 0.8))
    white(c)
    c.centre(55, 106, "".join(w[0] for w in sender[0].split()[:2]).upper(), 11, "F2")
    ink(c, 0.0)
    c.text(80, 98, f"{sender[0]} <{sender[1]}>", 9.5, "F2")
    c.text(80, 111, f"To: {f.recipient}", 8.5)
    c.right(572, 98, fmt(sent, "%a %m/%d/%Y %I:%M %p").replace(" 0", " "), 8)
    c.box(80, 132, 190, 26, 0.5)
    c.text(88, 136, f"1099{variant}_{f.year}_{f.recipient.split()[-1].upper()}.pdf", 7.5, "F2")
    c.text(88, 146, f"{m.r.randint(60, 240)} KB", 7)
    y = 180.0
    c.text(80, y, f"Hello {first},", 10)
    paid = [(num, label, f.values[key]) for num, label, key in f.boxes if key in f.values]
    main = next(p for p in paid if not p[1].startswith("Federal"))
    lead = (
        f"Below is a copy of the information we reported to the IRS on your {f.year} Form "
        f"1099-{variant}. The official form is attached to this message and a paper copy was "
        f"mailed to the address we have on file. During {f.year} we reported "
        f"${main[2]:,.2f} in box {main[0]} ({main[1].lower()})."
    )
    y = _paragraph(c, 80, y + 20, lead, 480, 10, "F1") + 10
    rows = [
        ("Payer", f.payer),
        ("Payer's address", f"{f.p_street}, {f.p_city}"),
        ("Payer's TIN", f.payer_tin),
        ("Recipient", f.recipient),
        ("Recipient's address", f"{f.r_street}, {f.r_city}"),
        ("Recipient's TIN", f.recipient_tin),
    ]
    if f.account:
        rows.append(("Account number", f.account))
    rows += [(f"Box {num} - {label}", f"${v:,.2f}") for num, label, v in paid]
    c.shade(80, y, 480, 18, 0.9)
    c.box(80, y, 480, 18, 0.5)
    c.text(86, y + 5, f"Form 1099-{variant} - {f.title} - tax year {f.year}", 9, "F2")
    y += 18
    for k, v in rows:
        label_lines = wrap(k, 180, 9)
        h = max(18, 6 + 11 * len(label_lines))
        c.box(80, y, 200, h, 0.5)
        c.box(280, y, 280, h, 0.5)
        rows_at(c, 86, y + 5, label_lines, 9, "F1", 11)
        bold = k.startswith("Box")
        c.text(286, y + 5, v, fit(v, 268, 9, "F2" if bold else "F1"), "F2" if bold else "F1")
        y += h
    y += 14
    y = _paragraph(
        c,
        80,
        y,
        "Boxes not listed above are blank on your form. If any of this information is "
        f"incorrect, please reply to this e-mail or call us at {f.p_phone} before "
        "February 15 so that we can issue a corrected form.",
        480,
        10,
        "F1",
    )
    rows_at(
        c,
        80,
        y + 12,
        ("Thank you,", sender[0], f.payer, f.p_phone),
        10,
        "F1",
        13,
    )
    _paragraph(
        c,
        80,
        y + 78,
        "CONFIDENTIALITY NOTICE: This message and any attachment contain confidential taxpayer "
        "information intended only for the named recipient. If you received it in error, "
        "please notify the sender and delete it.",
        480,
        7,
        "F1",
    )
    c.text(30, 772, f"https://outlook.office.com/mail/inbox/id/AAQk{m.digits(10)}", 7)
    c.right(582, 772, "1/1", 7)
    return [c], tax_1099_truth(f, zeros_printed=False)


# ---------------------------------------------------------------------------------------------
# Checks


def check_fresh12(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """27: a one-write (pegboard) check over the disbursements journal it writes on; 28: a
    bank's notice of a returned deposited item with the check's image."""
    return (*(check_pegboard if t == 27 else check_returned)(m), f"t{t}")


INK = (0.12, 0.18, 0.5)
CARBON = (0.3, 0.33, 0.55)
PAYEES = (
    "Office Depot Plus",
    "City Water Dept",
    "Henry Schein Supply",
    "Blue Cross",
    "Valley Janitorial",
    "Petty cash",
    "State Farm",
    "Comcast Business",
    "Dr. Hall - rent",
)


def hand(c: Canvas | Frame, x: float, top: float, s: str, size: float = 10) -> None:
    """A line written with a pen: a serif face in blue-black ink."""
    colour(c.c if isinstance(c, Frame) else c, *INK)
    c.text(x, top, s, size, "F3")
    ink(c.c if isinstance(c, Frame) else c, 0.0)


def check_pegboard(m: Maker) -> Layout:
    """A check written on a one-write (pegboard) system, as small offices, clinics and churches
    keep their books: the disbursements journal sheet on the board (the account, the month,
    the sheet number and the columns DATE, CHECK NO., PAID TO, AMOUNT OF CHECK, BALANCE and
    distribution columns), the earlier checks of the month copied onto it by the carbon
    strip in blue, then the check just written, shingled over the next line of the journal:
    its carbon strip (date, number, payee and amount in the journal's columns) along its top
    edge and the check itself under it (the practice's name and address, the bank with its
    fraction, the number in red, everything else written by hand: date, payee, figures, the
    amount in words, memo, signature) and the MICR line; the journal's lower lines hidden
    under the check and its totals line at the foot of the sheet."""
    q = make_cheque(m, business=True)
    words_text = spelled(q.amount)
    c = Canvas()
    c.text(36, 28, "DISBURSEMENTS JOURNAL", 13, "F2")
    c.text(36, 46, f"Account: {q.drawer}", 8.5)
    c.right(576, 28, f"Month of {fmt(q.date, '%B %Y')}", 9)
    c.right(576, 42, f"Sheet No. {m.r.randint(1, 40)}", 8)
    cols = (
        (36, 50, "DATE"),
        (86, 50, "CHECK NO."),
        (136, 150, "PAID TO"),
        (286, 72, "AMOUNT OF CHECK"),
        (358, 72, "BALANCE"),
        (430, 48, "SUPPLIES"),
        (478, 48, "RENT & UTIL."),
        (526, 50, "OTHER"),
    )
    top = 64
    c.shade(36, top, 540, 20, 0.9)
    for x, wd, h in cols:
        c.box(x, top, wd, 20, 0.5)
        c.centre(x + wd / 2, top + 7, h, fit(h, wd - 4, 6.5, "F2"), "F2")
    earlier = m.r.randint(3, 9)
    balance = round(q.amount + m.amount(2000, 30000), 2)
    row_h = 18.0
    y = top + 20
    first_day = q.date.replace(day=1)
    days = sorted(m.r.randint(0, max(0, (q.date - first_day).days)) for _ in range(earlier))
    number = int(q.number)
    for i, day in enumerate(days):
        when = first_day + dt.timedelta(days=day)
        amount = m.amount(25, 2400)
        balance = round(balance - amount, 2)
        cells = (
            fmt(when, "%m/%d"),
            str(number - earlier + i),
            m.pick(PAYEES),
            f"{amount:,.2f}",
            f"{balance:,.2f}",
        )
        for x, wd, _ in cols:
            c.box(x, y, wd, row_h, 0.3)
        colour(c, *CARBON)
        for (x, wd, _), s in zip(cols, cells, strict=False):
            if x in (286, 358):
                c.right(x + wd - 4, y + 4, s, 10, "F3")
            else:
                c.text(x + 4, y + 4, s, fit(s, wd - 6, 10, "F3"), "F3")
        dist = cols[5 + m.r.randint(0, 2)]
        c.right(dist[0] + dist[1] - 3, y + 4, f"{amount:,.2f}", 9, "F3")
        ink(c, 0.0)
        y += row_h
    after = round(balance - q.amount, 2)
    # the check, shingled over the next journal line: its carbon strip first
    strip = y
    fill(c, 30, strip + 3, 552, 236, (0.6, 0.6, 0.6))
    fill(c, 28, strip, 552, 236, (0.93, 0.95, 0.98))
    c.box(28, strip, 552, 236, 0.6)
    for x, wd, h in cols[:5]:
        c.box(x, strip, wd, row_h, 0.3)
        c.text(x + 2, strip + 1, h, 4)
    hand(c, 40, strip + 5, fmt(q.date, "%m/%d"), 10)
    c.text(90, strip + 5, q.number, 9, "F2")
    hand(c, 140, strip + 5, q.payee, fit(q.payee, 144, 10, "F3"))
    colour(c, *INK)
    c.right(354, strip + 5, f"{q.amount:,.2f}", 10, "F3")
    c.right(426, strip + 5, f"{after:,.2f}", 10, "F3")
    ink(c, 0.0)
    c.line(28, strip + row_h, 580, strip + row_h, 0.5)
    c.text(440, strip + 6, "<- carbon strip  -  write firmly", 5.5)
    top = strip + row_h + 8
    c.text(44, top + 4, q.drawer.upper(), 11, "F2")
    rows_at(c, 44, top + 18, (q.street, q.city), 7.5, "F1", 9)
    c.centre(330, top + 4, q.bank, 8.5, "F2")
    c.centre(330, top + 15, q.bank_city, 6.5)
    c.centre(330, top + 24, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 6.5)
    colour(c, 0.75, 0.1, 0.1)
    c.right(566, top + 4, q.number, 11, "F5")
    ink(c, 0.0)
    c.text(430, top + 34, "DATE", 6.5)
    hand(c, 460, top + 30, fmt(q.date, "%m/%d/%Y"), 11)
    c.line(456, top + 43, 566, top + 43, 0.4)
    c.text(44, top + 58, "PAY TO THE", 6.5)
    c.text(44, top + 66, "ORDER OF", 6.5)
    hand(c, 96, top + 58, q.payee, fit(q.payee, 340, 12, "F3"))
    c.line(92, top + 72, 450, top + 72, 0.4)
    c.box(462, top + 56, 104, 20, 0.6)
    c.text(466, top + 62, "$", 9, "F2")
    hand(c, 478, top + 60, f"{q.amount:,.2f}", 11)
    hand(c, 52, top + 86, words_text, fit(words_text, 440, 11, "F3"))
    c.line(44, top + 100, 520, top + 100, 0.4)
    c.text(524, top + 94, "DOLLARS", 6.5)
    c.text(44, top + 132, "MEMO", 6.5)
    hand(c, 76, top + 126, q.memo, 10)
    c.line(72, top + 140, 260, top + 140, 0.4)
    hand(c, 380, top + 122, f"{m.pick(FIRST)} {m.pick(LAST)}", 14)
    c.line(360, top + 140, 566, top + 140, 0.4)
    c.text(420, top + 143, "AUTHORIZED SIGNATURE", 5.5)
    c.text(110, top + 180, f"C{q.number.zfill(6)}C A{q.routing}A {q.account}C", 11, "F5")
    y = strip + 240
    while y < 700:
        for x, wd, _ in cols:
            c.box(x, y, wd, row_h, 0.3)
        y += row_h
    for x, wd, _ in cols:
        c.box(x, y, wd, row_h, 0.6)
    c.text(40, y + 5, "TOTALS", 7, "F2")
    c.text(
        36,
        y + 30,
        "One-write disbursements journal, form 8141-D  -  reorder from your office supplier",
        6,
    )
    return [c], cheque_truth(q, words_text)


RETURN_REASONS = (
    ("A", "NOT SUFFICIENT FUNDS"),
    ("B", "UNCOLLECTED FUNDS HOLD"),
    ("C", "STOP PAYMENT"),
    ("D", "CLOSED ACCOUNT"),
)


def check_returned(m: Maker) -> Layout:
    """A bank's notice to its customer that a check the customer deposited came back unpaid:
    the depositing bank's letterhead, "NOTICE OF RETURNED DEPOSITED ITEM", the notice date and
    the customer's (the payee's) name and address in the window position, the account and a
    short letter; a table with the deposit date, the amount, the check number, the bank it
    was drawn on, the reason for the return and the returned-item fee; then the image of the
    returned check, front (a personal check written by hand on another bank) and back (the
    payee's endorsement for deposit, the depositing bank's and the paying bank's stamps and
    the red RETURN REASON stamp), with the legend of the image archive."""
    q = make_cheque(m, business=False)
    words_text = spelled(q.amount)
    bank = m.pick([b for b in BANKS if b != q.bank])
    deposited = q.date + dt.timedelta(days=m.r.randint(1, 10))
    notice = deposited + dt.timedelta(days=m.r.randint(2, 6))
    code, reason = m.pick(RETURN_REASONS)
    fee = float(m.pick((12, 15, 25, 35)))
    p_street, p_city = m.address()
    acct = m.digits(4)
    c = Canvas()
    c.text(50, 36, bank, 15, "F2")
    c.text(
        50,
        54,
        f"Deposit Operations  \xb7  P.O. Box {m.r.randint(100, 9999)}  \xb7  {m.address()[1]}",
        7.5,
    )
    c.right(562, 36, "NOTICE OF RETURNED", 10, "F2")
    c.right(562, 49, "DEPOSITED ITEM", 10, "F2")
    c.right(562, 66, f"Notice date: {fmt(notice, '%B %d, %Y')}", 8)
    rows_at(c, 70, 110, (q.payee.upper(), p_street.upper(), p_city.upper()), 9.5, "F1", 12)
    c.right(562, 110, f"Account ending in {acct}", 8.5)
    c.right(562, 122, f"Notice no. {m.digits(9)}", 8)
    y = _paragraph(
        c,
        50,
        172,
        f"The item described below, which you deposited on {fmt(deposited, '%m/%d/%Y')}, has "
        "been returned unpaid by the bank it was drawn on. We have charged the amount of the "
        "item back to your account, together with our returned deposited item fee. You may "
        "wish to contact the maker of the check. The image of the returned item is shown "
        "below.",
        512,
        9,
        "F1",
    )
    heads = ("Deposit date", "Item amount", "Check no.", "Drawn on", "Reason", "Fee")
    widths = (66, 70, 56, 150, 116, 54)
    values = (
        fmt(deposited, "%m/%d/%Y"),
        usd(q.amount),
        q.number,
        q.bank,
        f"{code} - {reason.title()}",
        usd(fee),
    )
    x = 50.0
    y += 6
    for h, wd, v in zip(heads, widths, values, strict=True):
        c.shade(x, y, wd, 14, 0.88)
        c.box(x, y, wd, 14, 0.4)
        c.text(x + 3, y + 4, h, 7, "F2")
        c.box(x, y + 14, wd, 18, 0.4)
        c.text(x + 3, y + 19, v, fit(v, wd - 6, 8))
        x += wd
    y += 44
    c.text(
        50,
        y,
        f"Total charged to your account on {fmt(notice, '%m/%d/%Y')}: "
        f"{usd(round(q.amount + fee, 2))}",
        8.5,
        "F2",
    )
    y += 22
    c.text(50, y, "IMAGE OF RETURNED ITEM - FRONT", 7.5, "F2")
    y += 10
    k = 1.05
    d = Frame(c, 70, y, k)
    fill(c, 70, y, 450 * k, 200 * k, (0.93, 0.93, 0.9))
    d.box(0, 0, 450, 200, 0.5)
    d.text(12, 10, q.drawer.upper(), 9, "F2")
    rows_at(d, 12, 22, (q.street, q.city), 6.5, "F1", 8)
    d.right(438, 10, q.number, 10, "F2")
    d.right(438, 22, f"{q.routing[4:6]}-{q.routing[6:8]}/{q.routing[:4]}", 5.5)
    d.text(300, 44, "DATE", 6)
    hand(d, 326, 40, fmt(q.date, m.pick(("%m/%d/%Y", "%m/%d/%y"))), 10)
    d.line(322, 52, 438, 52, 0.4)
    d.text(12, 68, "PAY TO THE", 5.5)
    d.text(12, 75, "ORDER OF", 5.5)
    hand(d, 60, 66, q.payee, fit(q.payee, 270, 11, "F3"))
    d.line(56, 80, 340, 80, 0.4)
    d.box(350, 64, 88, 18, 0.5)
    d.text(354, 69, "$", 8, "F2")
    hand(d, 364, 68, f"{q.amount:,.2f}", 10)
    hand(d, 20, 94, words_text, fit(words_text, 340, 10, "F3"))
    d.line(12, 106, 400, 106, 0.4)
    d.text(404, 100, "DOLLARS", 5.5)
    d.text(12, 126, q.bank, 7.5, "F2")
    d.text(12, 135, q.bank_city, 5.5)
    d.text(12, 158, "MEMO", 5.5)
    hand(d, 40, 153, q.memo, 9)
    d.line(36, 165, 200, 165, 0.4)
    hand(d, 280, 148, q.drawer.replace(".", ""), 13)
    d.line(260, 165, 438, 165, 0.4)
    d.text(80, 180, f"A{q.routing}A {q.account}C {q.number}", 9.5, "F5")
    y += 200 * k + 16
    c.text(50, y, "IMAGE OF RETURNED ITEM - BACK", 7.5, "F2")
    y += 10
    d = Frame(c, 70, y, k)
    fill(c, 70, y, 450 * k, 200 * k, (0.93, 0.93, 0.9))
    d.box(0, 0, 450, 200, 0.5)
    d.text(12, 8, "ENDORSE HERE", 5.5, "F2")
    hand(d, 16, 20, q.payee, fit(q.payee, 150, 11, "F3"))
    hand(d, 16, 36, f"For deposit only  acct ...{acct}", 9)
    d.line(12, 50, 170, 50, 0.3)
    d.text(12, 56, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE", 4.5)
    colour(c, 0.35, 0.35, 0.5)
    d.text(190, 30, f"{fmt(deposited, '%m%d%Y')} {bank.upper()[:24]}", 6, "F5")
    d.text(190, 40, f"FOR DEPOSIT ONLY  {m.routing()}", 6, "F5")
    d.text(
        190,
        120,
        f"{fmt(deposited + dt.timedelta(days=1), '%m/%d/%Y')} {q.bank.upper()[:22]}",
        6,
        "F5",
    )
    ink(c, 0.0)
    colour(c, 0.75, 0.1, 0.1)
    d.box(200, 64, 210, 40, 1.0)
    d.text(208, 70, f"RETURN REASON - {code}", 10, "F2")
    d.text(208, 86, reason, 9, "F2")
    ink(c, 0.0)
    y += 200 * k + 12
    c.text(
        50,
        y,
        "Images are reproduced from the bank's image archive and may be reduced in size.",
        6.5,
    )
    c.text(50, 770, f"{bank}  \xb7  Member FDIC", 6.5)
    c.right(562, 770, "Page 1 of 1", 6.5)
    return [c], cheque_truth(q, words_text)


# ---------------------------------------------------------------------------------------------
# Receipts


def receipt_fresh12(m: Maker, t: int) -> tuple[list[Canvas], Truth, str]:
    """27: a car rental company's closed rental record; 28: a cinema's box-office and
    concession receipt."""
    return (*(receipt_car_rental if t == 27 else receipt_cinema)(m), f"t{t}")


RENTAL_COS = (
    "Redline Car Rental",
    "Sunbelt Rent A Car",
    "Coastal Auto Rentals",
    "Trailhead Car & Truck Rental",
)
AIRPORTS = (
    ("MCO", "Orlando Intl Airport"),
    ("DEN", "Denver Intl Airport"),
    ("PHX", "Phoenix Sky Harbor Airport"),
    ("BNA", "Nashville Intl Airport"),
    ("AUS", "Austin-Bergstrom Airport"),
    ("TPA", "Tampa Intl Airport"),
)
VEHICLES = (
    ("Economy", "2023 Nissan Versa"),
    ("Compact", "2024 Kia Forte"),
    ("Intermediate", "2023 Toyota Corolla"),
    ("Standard SUV", "2024 Ford Edge"),
    ("Full Size", "2023 Chevrolet Malibu"),
    ("Minivan", "2024 Chrysler Voyager"),
)
EXTRAS = (
    ("Loss Damage Waiver", 24.99, 34.99),
    ("Supplemental Liability", 14.99, 19.99),
    ("Child Safety Seat", 11.99, 14.99),
    ("Toll Pass Unlimited", 5.95, 12.95),
    ("Roadside Protection", 5.99, 8.99),
)


def receipt_car_rental(m: Maker) -> Layout:
    """A car rental company's rental record, closed and printed (or e-mailed) at the return:
    the company's name and "RENTAL RECORD / RECEIPT" with the rental agreement number, the
    renter's name and address; pick-up and return side by side (location, date and time), the
    vehicle (class, make and model, plate, colour), the odometer out and in with the miles
    driven and the fuel level out and in; then the charges as a table (time and mileage at a
    daily rate, protection products per day, the fuel service charge, the airport concession
    recovery fee, the customer facility charge and the vehicle licence recovery fee), the
    subtotal, the sales tax and the total charges, the card charged with its last digits and
    the balance due of 0.00, and the customer-service number at the foot."""
    company = m.pick(RENTAL_COS)
    phone = f"1-800-{m.r.randint(200, 999)}-{m.digits(4)}" if m.chance(0.6) else m.phone()
    first, middle, last = m.person()
    r_street, r_city = m.address()
    ra = m.pick((m.digits(9), f"RA{m.digits(8)}", f"{m.digits(4)}-{m.digits(5)}"))
    out = dt.datetime.combine(m.date(), dt.time(m.r.randint(6, 22), m.r.randint(0, 59)))
    days = m.r.randint(1, 9)
    back = out + dt.timedelta(days=days, minutes=m.r.randint(-180, 25))
    code, airport = m.pick(AIRPORTS)
    same = m.chance(0.8)
    code2, airport2 = (code, airport) if same else m.pick(AIRPORTS)
    klass, model = m.pick(VEHICLES)
    rate = m.pick((39.99, 44.99, 52.99, 61.49, 74.99, 89.99))
    odo = m.r.randint(4000, 62000)
    miles = m.r.randint(25, 260) * days
    fuel_in = m.pick((8, 8, 8, 6, 4))
    charges = [
        (f"Time & Mileage  {days} Day(s) @ ${rate:.2f}  Unlimited miles", round(days * rate, 2))
    ]
    base = charges[0][1]
    for name, lo, hi in m.r.sample(EXTRAS, m.r.randint(0, 2)):
        per = m.pick((lo, hi))
        charges.append((f"{name}  {days} @ ${per:.2f}", round(days * per, 2)))
    if fuel_in < 8:
        gallons = round((8 - fuel_in) / 8 * m.r.uniform(11, 16), 1)
        charges.append(
            (f"Fuel Service Charge  {gallons:.1f} gal @ $9.29", round(gallons * 9.29, 2))
        )
    charges.append(("Concession Recovery Fee  11.11%", round(base * 0.1111, 2)))
    charges.append((f"Customer Facility Charge  {days} @ $4.50", round(days * 4.5, 2)))
    charges.append((f"Vehicle License Recovery Fee  {days} @ $1.95", round(days * 1.95, 2)))
    subtotal = round(sum(v for _, v in charges), 2)
    tax_rate = m.pick((0.06, 0.065, 0.07, 0.0825))
    tax = round(subtotal * tax_rate, 2)
    total = round(subtotal + tax, 2)
    last4 = m.digits(4)
    c = Canvas()
    colour(c, 0.75, 0.12, 0.1)
    c.text(50, 40, company, 17, "F2")
    ink(c, 0.0)
    c.text(50, 62, "RENTAL RECORD / RECEIPT", 10, "F2")
    c.right(562, 40, "Rental Agreement #", 8)
    c.right(562, 51, ra, 12, "F2")
    c.right(562, 68, f"Closed {fmt(back, '%m/%d/%Y %I:%M %p')}", 8)
    c.line(50, 84, 562, 84, 0.8)
    c.text(50, 94, "RENTER", 7, "F2")
    name = f"{last.upper()}, {first.upper()} {middle[:1]}".strip()
    rows_at(c, 50, 105, (name, r_street, r_city), 9, "F1", 11.5)
    for j, (title, when, place) in enumerate(
        (("PICK-UP", out, f"{code} - {airport}"), ("RETURN", back, f"{code2} - {airport2}"))
    ):
        x = 250 + 160 * j
        c.text(x, 94, title, 7, "F2")
        rows_at(
            c, x, 105, (place, fmt(when, "%a %m/%d/%Y"), fmt(when, "%I:%M %p")), 8.5, "F1", 11.5
        )
    c.line(50, 148, 562, 148, 0.4)
    vehicle = (
        ("Car class", klass),
        ("Vehicle", model),
        (
            "Plate",
            f"{m.pick('BKRT')}{m.digits(2)}{m.pick(('ABX', 'KLM', 'QRT'))}{m.digits(2)}",
        ),
        ("Color", m.pick(("White", "Silver", "Gray", "Blue", "Black"))),
        ("Miles out", f"{odo:,}"),
        ("Miles in", f"{odo + miles:,}"),
        ("Miles driven", f"{miles:,}"),
        ("Fuel out / in", f"8/8  /  {fuel_in}/8"),
    )
    for i, (k, v) in enumerate(vehicle):
        x, top = 50 + 128 * (i % 4), 156 + 24 * (i // 4)
        c.text(x, top, k, 6.5, "F2")
        c.text(x, top + 9, v, 9)
    top = 218
    c.shade(50, top, 512, 16, 0.88)
    c.text(56, top + 4, "CHARGES", 8, "F2")
    c.right(556, top + 4, "AMOUNT", 8, "F2")
    y = top + 22
    for k, v in charges:
        c.text(56, y, k, 9)
        c.right(556, y, f"{v:,.2f}", 9)
        y += 14
    c.line(360, y, 562, y, 0.4)
    y += 6
    for k, v, font in (
        ("Subtotal", subtotal, "F1"),
        (f"Sales Tax {tax_rate * 100:g}%", tax, "F1"),
        ("TOTAL CHARGES", total, "F2"),
    ):
        c.text(370, y, k, 9.5, font)
        c.right(556, y, f"{v:,.2f}", 9.5, font)
        y += 15
    y += 10
    card = m.pick(("VISA", "MASTERCARD", "AMEX", "DISCOVER"))
    c.text(56, y, "PAYMENTS", 8, "F2")
    c.text(56, y + 13, f"{card} XXXXXXXXXXXX{last4}   {fmt(back, '%m/%d/%Y')}", 9)
    c.right(556, y + 13, f"-{total:,.2f}", 9)
    c.text(370, y + 30, "Balance due", 9.5, "F2")
    c.right(556, y + 30, "0.00", 9.5, "F2")
    c.text(56, y + 30, f"Deposit authorized at pick-up released: ${m.r.randint(2, 4)}00.00", 7.5)
    _paragraph(
        c,
        50,
        y + 64,
        "Charges for damage, tolls, citations or refuelling not known at the time of return "
        "may be billed later to the card on file as permitted by your rental agreement. "
        f"Questions about this rental? Call customer service at {phone}.",
        512,
        8,
        "F1",
    )
    c.centre(306, 740, f"Thank you for renting with {company}.", 9, "F2")
    truth: Truth = {
        "merchant_name": company,
        "merchant_phone": phone,
        "transaction_date": back.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": ra,
        "card_last_four_digits": last4,
    }
    return [c], truth


CINEMAS = (
    "STARLIGHT CINEMAS 14",
    "MARQUEE 8 THEATRES",
    "GRAND VISTA CINEMA",
    "RIVERWALK STADIUM 12",
)
FILMS = (
    ("THE LAST LIGHTHOUSE", "PG-13"),
    ("MIDNIGHT EXPRESS LINE", "R"),
    ("GALAXY RANGERS 3", "PG-13"),
    ("PAPER HEARTS", "PG"),
    ("THE QUIET ORCHARD", "PG"),
    ("DEEP WATER RESCUE", "PG-13"),
)
TICKETS = (
    ("ADULT", 13.5, 16.5),
    ("CHILD", 9.5, 11.5),
    ("SENIOR", 10.0, 12.5),
    ("MATINEE", 8.5, 10.5),
)
SNACKS = (
    ("LG POPCORN", 8.49, 10.99),
    ("MD POPCORN", 7.49, 8.99),
    ("LG FOUNTAIN DRINK", 6.29, 7.49),
    ("BOTTLED WATER", 4.25, 5.25),
    ("NACHOS W/ CHEESE", 7.25, 8.75),
    ("CANDY BOX", 4.99, 5.99),
    ("HOT DOG", 6.49, 7.99),
)


def receipt_cinema(m: Maker) -> Layout:
    """A cinema's receipt from the box office or a concession stand register, on a thermal roll
    in a monospaced face: the theatre, its address and phone, the terminal, transaction number
    and cashier, the date and time; the tickets under the film's title with its rating, the
    show time, auditorium and seats (adult, child or senior at their prices); the concession
    items; the subtotal, the tax (on the concessions only), the total, the card or cash
    tender, the loyalty member's masked number with the points earned, the no-refund line and
    a barcode."""
    theatre = m.pick(CINEMAS)
    street, city = m.address()
    phone = m.phone()
    when = dt.datetime.combine(m.date(), dt.time(m.r.randint(11, 21), m.r.randint(0, 59)))
    film, rating = m.pick(FILMS)
    show = when + dt.timedelta(minutes=m.r.randint(5, 40))
    show = show.replace(minute=(show.minute // 15) * 15)
    trans = m.pick((m.digits(6), f"{m.digits(3)}-{m.digits(5)}"))
    lines: list[tuple[str, float]] = []
    tickets = 0.0
    seats = []
    row = m.pick("CDEFGHJK")
    seat = m.r.randint(1, 14)
    pool = [TICKETS[3] if show.hour < 16 else TICKETS[0], TICKETS[1], TICKETS[2]]
    for kind, lo, hi in [pool[0], *m.r.sample(pool[1:], m.r.randint(0, 1))]:
        qty = m.r.randint(1, 3)
        price = m.pick((lo, hi))
        amount = round(qty * price, 2)
        lines.append((f"{qty} {kind} @ {price:.2f}", amount))
        tickets += amount
        seats += [f"{row}{seat + i}" for i in range(qty)]
        seat += qty
    snacks = 0.0
    food = []
    for name, lo, hi in m.r.sample(SNACKS, m.r.randint(0, 4)):
        qty = m.pick((1, 1, 2))
        price = m.pick((lo, hi))
        amount = round(qty * price, 2)
        food.append((f"{qty} {name}" if qty > 1 else name, amount))
        snacks += amount
    subtotal = round(tickets + snacks, 2)
    rate = m.pick((0.06, 0.07, 0.0825, 0.0875))
    tax = round(snacks * rate, 2)
    total = round(subtotal + tax, 2)
    card = m.chance(0.75)
    last4 = m.digits(4)
    tape = Tape(230, 7.2, "F5", "F6")
    tape.centre(theatre, 10, "F6")
    tape.centre(street.upper(), 6.8)
    tape.centre(city.upper(), 6.8)
    tape.centre(phone, 6.8)
    tape.gap()
    tape.row(
        f"{m.pick(('BOX OFFICE', 'CONCESSIONS', 'KIOSK'))} TERM {m.r.randint(1, 9):02d}",
        f"CASHIER {m.digits(3)}",
        size=6.8,
    )
    tape.row(f"TRANS# {trans}", fmt(when, "%m/%d/%Y %I:%M%p"), size=6.8)
    tape.rule()
    tape.row(film[:26], bold=True)
    tape.row(f"{rating}   {fmt(show, '%I:%M %p').lstrip('0')}   AUD {m.r.randint(1, 14)}", size=6.8)
    tape.row(f"SEATS {' '.join(seats)}", size=6.8)
    for k, v in lines:
        tape.row(k, f"{v:.2f}", indent=6)
    if food:
        tape.gap(3)
        tape.row("CONCESSIONS", bold=True)
        for k, v in food:
            tape.row(k, f"{v:.2f} T", indent=6)
    tape.rule()
    tape.row("SUBTOTAL", f"{subtotal:.2f}")
    tape.row(f"TAX {rate * 100:g}%", f"{tax:.2f}")
    tape.row("TOTAL", f"{total:.2f}", bold=True)
    tape.gap(3)
    if card:
        brand = m.pick(("VISA", "MC", "AMEX", "DISC"))
        tape.row(f"{brand} ************{last4}", f"{total:.2f}")
        tape.row(f"AUTH {m.digits(6)}  {m.pick(('CHIP', 'TAP', 'SWIPE'))}", size=6.5)
    else:
        cash = float(-(-total // 10) * 10)
        tape.row("CASH", f"{cash:.2f}")
        tape.row("CHANGE", f"{cash - total:.2f}")
    tape.gap(3)
    member = m.digits(4)
    if m.chance(0.6):
        tape.row(f"REWARDS ****{member}", size=6.8)
        tape.row(f"POINTS EARNED {int(total)}", f"BAL {m.r.randint(100, 4000):,}", size=6.8)
    tape.rule()
    tape.centre("NO REFUNDS OR EXCHANGES", 6.5)
    tape.centre("AFTER SHOWTIME", 6.5)
    tape.centre("PLEASE KEEP YOUR RECEIPT", 6.5)
    top = tape.y + 4
    tape.gap(30)
    page = tape.page()
    barcode(Frame(page), m, 40, top, 150, 22)
    truth: Truth = {
        "merchant_name": theatre,
        "merchant_phone": phone,
        "transaction_date": when.date().isoformat(),
        "subtotal": subtotal,
        "tax": tax,
        "total": total,
        "receipt_number": trans,
    }
    if card:
        truth["card_last_four_digits"] = last4
    return [page], truth
