from __future__ import annotations

import io
import zipfile

import pytest

from openbda.document.sniff import sniff_file_type
from openbda.samples import PageSpec, make_pdf


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (make_pdf([PageSpec()]), "PDF"),
        (b"\r\n  junk before the header %PDF-1.4\n", "PDF"),
        (b"II*\x00\x08\x00\x00\x00", "TIFF"),
        (b"MM\x00*\x00\x00\x00\x08", "TIFF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (_zip("[Content_Types].xml", "word/document.xml"), "DOCX"),
        (_zip("[Content_Types].xml", "xl/workbook.xml"), "XLSX"),
        (_zip("readme.txt"), "ZIP"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", "MP3"),
        (b"\xff\xfb\x90\x64\x00\x00", "MP3"),
        (b"RIFF\x24\x08\x00\x00WAVEfmt ", "WAV"),
        (b"RIFF\x24\x08\x00\x00AVI LIST", "AVI"),
        (b"fLaC\x00\x00\x00\x22", "FLAC"),
        (b"OggS\x00\x02\x00\x00", "OGG"),
        (b"#!AMR\n", "AMR"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "MP4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "MOV"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00", "M4A"),
        (b"\x00\x00\x00\x08wide\x00\x00\x00\x00mdat", "MOV"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "WEBM"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska", "MKV"),
        (b"GIF89a\x01\x00", "GIF"),
    ],
)
def test_recognises_magic_bytes(data: bytes, expected: str) -> None:
    assert sniff_file_type(data) == expected


@pytest.mark.parametrize("data", [b"", b"hello world", b"\xff\xf1\x50\x80", b"PK\x03\x04broken"])
def test_unknown_input(data: bytes) -> None:
    assert sniff_file_type(data, "file.pdf") is None
