"""Office files that must not convert, or must convert without side effects: damaged parts,
password protection, ZIP bombs, packages of too many parts, and linked images."""

from __future__ import annotations

import io
import struct
import zipfile

from tests.unit.office.packages import docx_package

_LOCAL_HEADER = struct.Struct("<4s5H3I2H")


def damaged_part(package: bytes, name: str = "word/document.xml") -> bytes:
    """The package with bytes in the middle of one part's compressed data overwritten."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        info = archive.getinfo(name)
    fields = _LOCAL_HEADER.unpack_from(package, info.header_offset)
    start = info.header_offset + _LOCAL_HEADER.size + fields[-2] + fields[-1]
    middle = start + info.compress_size // 2
    damaged = bytearray(package)
    damaged[middle : middle + 8] = b"\xff\x00\xff\x00\xff\x00\xff\x00"
    return bytes(damaged)


def encrypted_office_file(*, encrypted: bool = True) -> bytes:
    """A Compound File Binary container shaped like a password-protected OOXML file: the CFB
    signature, and a directory naming the streams Office writes for an encrypted package
    (`encrypted=False` gives the directory of a legacy .xls workbook instead)."""
    names = ["Root Entry", "EncryptionInfo", "EncryptedPackage"] if encrypted else ["Workbook"]
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    header += struct.pack("<H", 9) + bytes(512 - len(header) - 2)
    directory = b""
    for name in names:
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entry = encoded.ljust(64, b"\x00") + struct.pack("<H", len(encoded))
        directory += entry.ljust(128, b"\x00")
    return header + directory.ljust(512, b"\x00")


def zip_bomb_docx(expanded_mib: int = 80) -> bytes:
    """A DOCX carrying a part of zeros that deflates about a thousandfold."""
    buffer = io.BytesIO(docx_package(["A small document with a large secret."]))
    chunk = bytes(1 << 20)
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/padding.bin", "w") as part,
    ):
        for _ in range(expanded_mib):
            part.write(chunk)
    return buffer.getvalue()


def many_parts(count: int = 10_001) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<presentation/>")
        for index in range(count):
            archive.writestr(f"ppt/media/part{index}.xml", "")
    return buffer.getvalue()


_DRAWING_NAMESPACES = (
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
)
_EXTENT = 'cx="914400" cy="914400"'
_LINKED_PICTURE = (
    f"<w:p><w:r><w:drawing><wp:inline><wp:extent {_EXTENT}/>"
    '<wp:docPr id="1" name="Picture"/><a:graphic>'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
    '<pic:nvPicPr><pic:cNvPr id="0" name="Picture"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:link="rIdLinked"/><a:stretch><a:fillRect/></a:stretch>'
    f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext {_EXTENT}/></a:xfrm>'
    '<a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic>'
    "</wp:inline></w:drawing></w:r></w:p>"
)


def linked_image_docx(url: str) -> bytes:
    """A DOCX whose picture is not embedded but linked to `url` (Word's "Link to File")."""
    source = zipfile.ZipFile(io.BytesIO(docx_package(["Before the picture"])))
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            text = source.read(name).decode()
            if name == "word/document.xml":
                text = text.replace("<w:document ", f"<w:document {_DRAWING_NAMESPACES}")
                text = text.replace("</w:body>", f"{_LINKED_PICTURE}</w:body>")
            archive.writestr(name, text)
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdLinked" TargetMode="External" Target="'
            + url
            + '" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>'
            "</Relationships>",
        )
    return buffer.getvalue()
