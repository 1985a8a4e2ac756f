"""Hostile and broken PDFs, written byte by byte so each states exactly what is wrong with it.

Each is small on disk; what it costs a reader is in its name: a content stream that inflates
to gigabytes, a page tree thousands of levels deep, tens of thousands of pages.
"""

from __future__ import annotations

import struct
import zlib

from openbda.samples import PageSpec, Run, make_pdf, write_pdf


def good_pdf(label: str = "good") -> bytes:
    runs = [Run(72, 72 + 18 * i, f"{label} document, line {i}") for i in range(12)]
    return make_pdf([PageSpec(runs=runs), PageSpec(runs=runs)])


def deflate_bomb(expanded_mib: int) -> bytes:
    """A zlib stream that inflates to `expanded_mib` MiB of spaces, about a thousandfold.

    Written without compressing gigabytes: after a full flush, deflate restarts from an empty
    state, so every further MiB of spaces compresses to the same bytes, repeated.
    """
    chunk = b" " * (1 << 20)
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(expanded_mib):
        checksum = zlib.adler32(chunk, checksum)
    # A final empty fixed-Huffman block, then the Adler-32 of all the data.
    return first + repeated * (expanded_mib - 1) + b"\x03\x00" + struct.pack(">I", checksum)


def flate_bomb_pdf(expanded_mib: int = 3072) -> bytes:
    """One page whose content stream inflates to `expanded_mib` MiB."""
    stream = deflate_bomb(expanded_mib)
    return write_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
        ]
    )


def nested_page_tree_pdf(depth: int = 5000) -> bytes:
    """A page tree `depth` levels deep with one page at the bottom."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        parent = b"/Parent %d 0 R " % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages %s/Kids [%d 0 R] /Count 1 >>" % (parent, number + 1))
    page = 2 + depth
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R >>"
        % (page - 1, page + 1)
    )
    objects.append(b"<< /Length 0 >>\nstream\n\nendstream")
    return write_pdf(objects)


def many_pages_pdf(count: int = 20_000) -> bytes:
    """`count` tiny page objects sharing one empty content stream."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Length 0 >>\nstream\n\nendstream"]
    kids = []
    for _ in range(count):
        objects.append(b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>")
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 612 792] >>" % (
        b" ".join(kids),
        count,
    )
    return write_pdf(objects)


def absurd_page_size_pdf() -> bytes:
    return make_pdf([PageSpec(width=200_000, height=200_000, runs=[Run(72, 72, "huge")])])


def encrypted_pdf() -> bytes:
    return make_pdf([PageSpec(runs=[Run(72, 72, "secret")])], encrypt=True)


def truncated_pdf() -> bytes:
    data = good_pdf("truncated")
    return data[: len(data) // 2]


def corrupt_pdf() -> bytes:
    """A real PDF whose body, between the header and the trailer, is overwritten."""
    data = good_pdf("corrupt")
    body = bytes((byte * 7 + 13) % 256 for byte in data[300:-300])
    return data[:300] + body + data[-300:]


def garbage_with_header() -> bytes:
    return b"%PDF-1.7\n" + bytes((i * 7919) % 251 for i in range(20_000))
