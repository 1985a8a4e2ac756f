"""The smallest Office Open XML packages LibreOffice opens, written by hand: a Word document
of paragraphs, a workbook of one sheet, a presentation of title-and-text slides.

Hand-written so the tests state exactly what is in each file and need no Office library.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="{target}" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
_CT = "application/vnd.openxmlformats-officedocument"


def _content_types(overrides: dict[str, str]) -> str:
    parts = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{parts}</Types>"
    )


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def docx_package(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return _zip(
        {
            "[Content_Types].xml": _content_types(
                {"/word/document.xml": f"{_CT}.wordprocessingml.document.main+xml"}
            ),
            "_rels/.rels": _PACKAGE_RELS.format(target="word/document.xml"),
            "word/document.xml": document,
        }
    )


def xlsx_package(rows: list[list[str]]) -> bytes:
    def cell(value: str) -> str:
        return f'<c t="inlineStr"><is><t>{escape(value)}</t></is></c>'

    sheet_rows = "".join(f"<row>{''.join(cell(v) for v in row)}</row>" for row in rows)
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return _zip(
        {
            "[Content_Types].xml": _content_types(
                {
                    "/xl/workbook.xml": f"{_CT}.spreadsheetml.sheet.main+xml",
                    "/xl/worksheets/sheet1.xml": f"{_CT}.spreadsheetml.worksheet+xml",
                }
            ),
            "_rels/.rels": _PACKAGE_RELS.format(target="xl/workbook.xml"),
            "xl/workbook.xml": (
                f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": (
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                'relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml" '
                f'Type="{rel}/worksheet"/></Relationships>'
            ),
            "xl/worksheets/sheet1.xml": (
                f'<worksheet xmlns="{main}"><sheetData>{sheet_rows}</sheetData></worksheet>'
            ),
        }
    )


def pptx_package(slides: list[str]) -> bytes:
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships"

    def slide(text: str) -> str:
        return (
            f'<p:sld xmlns:p="{p}" xmlns:a="{a}"><p:cSld><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            "<p:grpSpPr/>"
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Text"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
            '</p:nvSpPr><p:spPr><a:xfrm><a:off x="914400" y="914400"/>'
            '<a:ext cx="7315200" cy="1371600"/></a:xfrm><a:prstGeom prst="rect"/></p:spPr>'
            f'<p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="en-US" sz="2800"/><a:t>{escape(text)}'
            "</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
        )

    files = {
        "_rels/.rels": _PACKAGE_RELS.format(target="ppt/presentation.xml"),
        "ppt/presentation.xml": (
            f'<p:presentation xmlns:p="{p}" xmlns:r="{rel}"><p:sldIdLst>'
            + "".join(f'<p:sldId id="{256 + i}" r:id="rId{i + 1}"/>' for i in range(len(slides)))
            + '</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/>'
            '<p:notesSz cx="6858000" cy="9144000"/></p:presentation>'
        ),
        "ppt/_rels/presentation.xml.rels": (
            f'<Relationships xmlns="{rels_ns}">'
            + "".join(
                f'<Relationship Id="rId{i + 1}" Target="slides/slide{i + 1}.xml" '
                f'Type="{rel}/slide"/>'
                for i in range(len(slides))
            )
            + "</Relationships>"
        ),
    }
    overrides = {"/ppt/presentation.xml": f"{_CT}.presentationml.presentation.main+xml"}
    for i, text in enumerate(slides, start=1):
        files[f"ppt/slides/slide{i}.xml"] = slide(text)
        overrides[f"/ppt/slides/slide{i}.xml"] = f"{_CT}.presentationml.slide+xml"
    return _zip({"[Content_Types].xml": _content_types(overrides), **files})
