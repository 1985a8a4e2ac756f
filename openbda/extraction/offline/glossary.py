"""Words of business documents in other languages, as the English words they mean.

The sentence model that matches labels to fields knows English: "Netto", "Importe" or "Fecha"
mean little to it, and a German receipt's "Bon-Nr." or a Mexican invoice's "Receptor" would
match no field. `text.spelled` reads each word through this glossary, as it spells out
abbreviations, so a label printed in German, French, Spanish, Italian, Portuguese, Dutch,
Swedish, Norwegian or Danish is embedded in English. Only words whose meaning on a business
document is unambiguous are here; words that are also common English words with another meaning
("bar", "data") are left out.
"""

from __future__ import annotations

_NUMBER = ("number",)
_DATE = ("date",)
_AMOUNT = ("amount",)
_TOTAL = ("total",)
_TAX = ("tax",)
_INVOICE = ("invoice",)
_RECEIPT = ("receipt",)
_CUSTOMER = ("customer",)
_SUPPLIER = ("supplier",)
_ADDRESS = ("address",)
_PHONE = ("telephone",)
_DUE = ("due", "date")
_PAYMENT = ("payment",)
_ACCOUNT = ("account",)
_BALANCE = ("balance",)
_SALARY = ("salary",)
_EMPLOYEE = ("employee",)
_EMPLOYER = ("employer",)
_NAME = ("name",)
_QUANTITY = ("quantity",)
_PRICE = ("price",)
_DESCRIPTION = ("description",)
_CASH = ("cash",)
_BEFORE_TAX = ("net", "amount")  # read as the subtotal before tax (`text._LABEL_MEANINGS`)

FOREIGN_WORDS: dict[str, tuple[str, ...]] = {
    # German
    "rechnung": _INVOICE,
    "rechnungsnummer": ("invoice", "number"),
    "datum": _DATE,
    "summe": _TOTAL,
    "gesamt": _TOTAL,
    "gesamtbetrag": ("total", "amount"),
    "endbetrag": ("total", "amount"),
    "betrag": _AMOUNT,
    "steuer": _TAX,
    "mwst": _TAX,
    "ust": _TAX,
    "netto": _BEFORE_TAX,
    "brutto": ("gross", "amount"),
    "kunde": _CUSTOMER,
    "kundennummer": ("customer", "number"),
    "lieferant": _SUPPLIER,
    "bon": _RECEIPT,
    "beleg": _RECEIPT,
    "quittung": _RECEIPT,
    "kassenbon": _RECEIPT,
    "kasse": ("till",),
    "konto": _ACCOUNT,
    "kontonummer": ("account", "number"),
    "saldo": _BALANCE,
    "kontoauszug": ("account", "statement"),
    "gehalt": _SALARY,
    "lohn": ("wages",),
    "arbeitnehmer": _EMPLOYEE,
    "arbeitgeber": _EMPLOYER,
    "anschrift": _ADDRESS,
    "adresse": _ADDRESS,
    "telefon": _PHONE,
    "fällig": ("due",),
    "zahlung": _PAYMENT,
    "uhrzeit": ("time",),
    "menge": _QUANTITY,
    "preis": _PRICE,
    "einzelpreis": ("unit", "price"),
    "artikel": ("item",),
    "bezeichnung": _DESCRIPTION,
    "beschreibung": _DESCRIPTION,
    "rückgeld": ("change",),
    # French
    "facture": _INVOICE,
    "numéro": _NUMBER,
    "montant": _AMOUNT,
    "tva": _TAX,
    "ht": ("before", "tax"),
    "ttc": ("total", "including", "tax"),
    "client": _CUSTOMER,
    "fournisseur": _SUPPLIER,
    "échéance": _DUE,
    "paiement": _PAYMENT,
    "règlement": _PAYMENT,
    "compte": _ACCOUNT,
    "solde": _BALANCE,
    "relevé": ("statement",),
    "salaire": _SALARY,
    "employé": _EMPLOYEE,
    "employeur": _EMPLOYER,
    "nom": _NAME,
    "prénom": ("first", "name"),
    "téléphone": _PHONE,
    "quantité": _QUANTITY,
    "prix": _PRICE,
    "désignation": _DESCRIPTION,
    "commande": ("purchase", "order"),
    "reçu": _RECEIPT,
    "caisse": ("till",),
    "espèces": _CASH,
    # Spanish
    "factura": _INVOICE,
    "fecha": _DATE,
    "número": _NUMBER,
    "núm": _NUMBER,
    "importe": _AMOUNT,
    "monto": _AMOUNT,
    "iva": _TAX,
    "impuesto": _TAX,
    "impuestos": _TAX,
    "proveedor": _SUPPLIER,
    "emisor": ("issuer", "vendor"),
    "receptor": ("receiver", "customer"),
    "nombre": _NAME,
    "apellido": ("last", "name"),
    "apellidos": ("last", "name"),
    "dirección": _ADDRESS,
    "domicilio": _ADDRESS,
    "teléfono": _PHONE,
    "vencimiento": _DUE,
    "pago": _PAYMENT,
    "cuenta": _ACCOUNT,
    "nómina": ("payslip",),
    "salario": _SALARY,
    "sueldo": _SALARY,
    "empleado": _EMPLOYEE,
    "empleador": _EMPLOYER,
    "cantidad": _QUANTITY,
    "precio": _PRICE,
    "descripción": _DESCRIPTION,
    "recibo": _RECEIPT,
    "efectivo": _CASH,
    "pedido": ("purchase", "order"),
    "orden": ("order",),
    "compra": ("purchase",),
    "folio": ("folio", "number"),
    # Italian
    "fattura": _INVOICE,
    "numero": _NUMBER,
    "importo": _AMOUNT,
    "totale": _TOTAL,
    "imponibile": _BEFORE_TAX,
    "fornitore": _SUPPLIER,
    "indirizzo": _ADDRESS,
    "scadenza": _DUE,
    "pagamento": _PAYMENT,
    "conto": _ACCOUNT,
    "stipendio": _SALARY,
    "dipendente": _EMPLOYEE,
    "quantità": _QUANTITY,
    "prezzo": _PRICE,
    "descrizione": _DESCRIPTION,
    "scontrino": _RECEIPT,
    "ricevuta": _RECEIPT,
    "contanti": _CASH,
    # Portuguese
    "fatura": _INVOICE,
    "imposto": _TAX,
    "endereço": _ADDRESS,
    "morada": _ADDRESS,
    "conta": _ACCOUNT,
    "salário": _SALARY,
    "funcionário": _EMPLOYEE,
    "quantidade": _QUANTITY,
    "preço": _PRICE,
    "descrição": _DESCRIPTION,
    "valor": _AMOUNT,
    "nome": _NAME,
    "nota": _INVOICE,  # "Nota fiscal": an invoice; "Valor total da nota": the invoice's total
    "razão": ("company",),  # "Razão social": a company's registered name
    "razón": ("company",),
    "emitente": ("issuer", "vendor"),
    "destinatário": ("recipient", "customer"),
    "remetente": ("sender",),
    "emissão": ("issue",),
    "vencimento": _DUE,
    "fornecedor": _SUPPLIER,
    "cliente": _CUSTOMER,
    "telefone": _PHONE,
    "fone": _PHONE,
    "produtos": ("products",),
    # Spanish and Italian again
    "destinatario": ("recipient", "customer"),
    "emisión": ("issue",),
    # Swedish, Norwegian and Danish
    "faktura": _INVOICE,
    "fakturanummer": ("invoice", "number"),
    "fakturanr": ("invoice", "number"),
    "fakturadatum": ("invoice", "date"),
    "fakturadato": ("invoice", "date"),
    "förfallodatum": _DUE,
    "förfallodag": _DUE,
    "forfallsdato": _DUE,
    "forfaldsdato": _DUE,
    "kundnummer": ("customer", "number"),
    "kundnr": ("customer", "number"),
    "ordernr": ("order", "number"),
    "ordernummer": ("order", "number"),
    "referens": ("reference",),
    "belopp": _AMOUNT,
    "beløp": _AMOUNT,
    "beløb": _AMOUNT,
    "moms": _TAX,
    "mva": _TAX,
    "exkl": ("before",),  # "Exkl. moms": before tax
    "inkl": ("including",),
    "betala": ("total", "amount", "due"),  # "Att betala": what is to be paid
    "betalningsvillkor": ("payment", "terms"),
    "kvitto": _RECEIPT,
    "kvittering": _RECEIPT,
    "kontoutdrag": ("account", "statement"),
    "lön": _SALARY,
    "lønn": _SALARY,
    "løn": _SALARY,
    # Dutch
    "factuur": _INVOICE,
    "bedrag": _AMOUNT,
    "totaal": _TOTAL,
    "btw": _TAX,
    "klant": _CUSTOMER,
    "leverancier": _SUPPLIER,
    "adres": _ADDRESS,
    "vervaldatum": _DUE,
    "betaling": _PAYMENT,
    "salaris": _SALARY,
    "werknemer": _EMPLOYEE,
    "werkgever": _EMPLOYER,
    "aantal": _QUANTITY,
    "prijs": _PRICE,
    "omschrijving": _DESCRIPTION,
    "kassabon": _RECEIPT,
}
