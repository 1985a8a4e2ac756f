"""Identify an input file from its first bytes, in BDA's `file_type` vocabulary.

Content decides, not the name: an object key may say `.pdf` and hold a JPEG. `name` is accepted
so callers can pass the object key for formats whose bytes are ambiguous; none are today.
"""

from __future__ import annotations

import io
import zipfile

DOCUMENT_TYPES = frozenset({"PDF", "TIFF", "DOCX"})
IMAGE_TYPES = frozenset({"JPEG", "PNG"})
AUDIO_TYPES = frozenset({"MP3", "WAV", "FLAC", "OGG", "M4A", "AMR"})
VIDEO_TYPES = frozenset({"MP4", "MOV", "MKV", "WEBM", "AVI"})

# pdfium (like most readers) accepts a PDF header anywhere in the first KiB.
_PDF_HEADER_WINDOW = 1024

# QuickTime files without an ftyp box start with one of these atoms.
_QUICKTIME_ATOMS = (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")


def sniff_file_type(data: bytes, name: str = "") -> str | None:
    """Return the file type ("PDF", "PNG", "MP4", ...) or None when the bytes are not recognised."""
    head = data[:64]
    if not head:
        return None
    if b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
        return "PDF"
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "TIFF"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WAVE": "WAV", b"AVI ": "AVI", b"WEBP": "WEBP"}.get(head[8:12])
    if head.startswith(b"fLaC"):
        return "FLAC"
    if head.startswith(b"OggS"):
        return "OGG"
    if head.startswith(b"#!AMR"):
        return "AMR"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        # Matroska and WebM share EBML; the DocType element near the start tells them apart.
        return "WEBM" if b"webm" in data[:4096] else "MKV"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand == b"qt  ":
            return "MOV"
        if brand in (b"M4A ", b"M4B "):
            return "M4A"
        return "MP4"
    if len(head) >= 8 and head[4:8] in _QUICKTIME_ATOMS:
        return "MOV"
    if head.startswith(b"ID3") or _is_mpeg_audio_frame(head):
        return "MP3"
    return None


def _is_mpeg_audio_frame(head: bytes) -> bool:
    # 11-bit frame sync, then a layer field that is not 00 (00 is AAC's ADTS, not MP3).
    return len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0 and head[1] & 0x06 != 0


def _sniff_zip(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    # Office Open XML packages keep their main part under a fixed folder.
    for prefix, kind in (("word/", "DOCX"), ("xl/", "XLSX"), ("ppt/", "PPTX")):
        if any(n.startswith(prefix) for n in names):
            return kind
    return "ZIP"
