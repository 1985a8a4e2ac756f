"""Office documents to PDF with the real LibreOffice: text survives, the profile is reused,
damaged and hostile packages are refused with a message, a slow conversion is stopped whole,
and nothing in a document reaches the network."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from openbda.document import office
from openbda.document.errors import DocumentError
from openbda.document.pdf import build_pdf_document
from tests.support.http_server import RecordingHttpServer
from tests.unit.office.packages import docx_package, pptx_package, xlsx_package
from tests.unit.office.variants import (
    damaged_part,
    encrypted_office_file,
    linked_image_docx,
    many_parts,
    zip_bomb_docx,
)

pytestmark = pytest.mark.skipif(
    office._find_soffice() is None,
    reason="LibreOffice is not installed; run scripts/install-system-deps.sh",
)

TIMEOUT = 120.0


def text_of(pdf: bytes) -> str:
    return " ".join(e.text for e in build_pdf_document(pdf).elements())


@pytest.mark.parametrize(
    ("file_type", "data", "expected", "pages"),
    [
        (
            "DOCX",
            docx_package(["Quarterly report", "Revenue rose by 4%."]),
            "Revenue rose by 4%.",
            1,
        ),
        ("XLSX", xlsx_package([["Item", "Qty"], ["Apples", "12"]]), "Apples", 1),
        ("PPTX", pptx_package(["Opening slide", "Closing slide"]), "Closing slide", 2),
    ],
)
def test_office_documents_become_pdf_with_their_text(
    tmp_path: Path, file_type: str, data: bytes, expected: str, pages: int
) -> None:
    pdf = office.convert_to_pdf(data, file_type, timeout=TIMEOUT, workdir=tmp_path)
    assert pdf.startswith(b"%PDF-")
    document = build_pdf_document(pdf)
    assert document.page_count == pages
    assert expected in text_of(pdf)


def test_long_documents_are_paginated(tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {i} of a long report." for i in range(200)]
    pdf = office.convert_to_pdf(docx_package(paragraphs), "DOCX", timeout=TIMEOUT, workdir=tmp_path)
    document = build_pdf_document(pdf)
    assert document.page_count > 1
    text = text_of(pdf)
    assert "Paragraph 0 of" in text and "Paragraph 199 of" in text


def test_the_profile_is_kept_and_reused(tmp_path: Path) -> None:
    first = office.convert_to_pdf(docx_package(["one"]), "DOCX", timeout=TIMEOUT, workdir=tmp_path)
    profile = tmp_path / "profile" / "user"
    assert profile.is_dir()
    marker = profile / "openbda-marker"
    marker.write_text("kept")
    second = office.convert_to_pdf(docx_package(["two"]), "DOCX", timeout=TIMEOUT, workdir=tmp_path)
    assert "one" in text_of(first) and "two" in text_of(second)
    assert marker.read_text() == "kept"
    # Only the profile and its lock stay between conversions.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile", "profile.lock"]


def test_concurrent_conversions_in_one_workdir_both_succeed(tmp_path: Path) -> None:
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def convert(index: int) -> None:
        try:
            data = docx_package([f"Document number {index}"])
            pdf = office.convert_to_pdf(data, "DOCX", timeout=TIMEOUT, workdir=tmp_path)
            results[index] = text_of(pdf)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=convert, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert results == {0: "Document number 0", 1: "Document number 1"}


@pytest.mark.parametrize(
    ("name", "data", "file_type", "message"),
    [
        ("empty", b"", "DOCX", "corrupt or truncated"),
        ("not a zip", b"This is plain text, not a document.", "DOCX", "corrupt or truncated"),
        ("truncated", docx_package(["Some text"] * 50)[:400], "DOCX", "corrupt or truncated"),
        (
            "damaged part",
            damaged_part(docx_package(["Some text"] * 50)),
            "DOCX",
            "corrupt or truncated",
        ),
        ("wrong kind", xlsx_package([["a"]]), "DOCX", "not a DOCX document"),
        ("encrypted", encrypted_office_file(), "DOCX", "password-protected"),
        ("legacy", encrypted_office_file(encrypted=False), "XLSX", "legacy binary Excel file"),
        ("zip bomb", zip_bomb_docx(), "DOCX", "expands to"),
        ("too many parts", many_parts(), "PPTX", "at most 10000"),
    ],
)
def test_bad_packages_are_refused_before_conversion(
    tmp_path: Path, name: str, data: bytes, file_type: str, message: str
) -> None:
    with pytest.raises(DocumentError) as caught:
        office.convert_to_pdf(data, file_type, timeout=TIMEOUT, workdir=tmp_path)
    assert message in caught.value.message
    assert not (tmp_path / "profile").exists(), f"{name}: LibreOffice should not have run"


def test_a_package_libreoffice_cannot_open_is_a_document_error(tmp_path: Path) -> None:
    unreadable = docx_package(["x"]).replace(b"word/document.xml", b"word/documenx.xml")
    # The package names its main part, but the part is missing: structurally a DOCX, yet not
    # a document LibreOffice's Word filter can load.
    with pytest.raises(DocumentError) as caught:
        office.convert_to_pdf(unreadable, "DOCX", timeout=TIMEOUT, workdir=tmp_path)
    assert "cannot be opened" in caught.value.message


def test_a_conversion_past_its_timeout_is_stopped_whole(tmp_path: Path) -> None:
    data = docx_package([f"Paragraph {i}" for i in range(20000)])
    started = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        office.convert_to_pdf(data, "DOCX", timeout=1.0, workdir=tmp_path)
    assert "longer than the limit of 1 seconds" in caught.value.message
    assert time.monotonic() - started < 20
    assert converters_using(tmp_path) == []
    # The next conversion in the same workdir works.
    pdf = office.convert_to_pdf(docx_package(["after"]), "DOCX", timeout=TIMEOUT, workdir=tmp_path)
    assert text_of(pdf) == "after"


def test_the_converter_dies_with_the_process_that_started_it(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from openbda.document import office; "
        "from tests.unit.office.packages import docx_package; "
        "data = docx_package([f'Paragraph {i}' for i in range(100000)]); "
        "office.convert_to_pdf(data, 'DOCX', timeout=600, workdir=Path(sys.argv[1]))"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)], cwd=Path(__file__).resolve().parents[3]
    )
    try:
        deadline = time.monotonic() + 60
        while not converters_using(tmp_path):
            assert parent.poll() is None, "the converting process ended early"
            assert time.monotonic() < deadline, "LibreOffice never started"
            time.sleep(0.1)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 10
    while converters_using(tmp_path):
        assert time.monotonic() < deadline, "LibreOffice outlived the process that started it"
        time.sleep(0.1)


def test_linked_images_are_never_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with RecordingHttpServer() as server:
        data = linked_image_docx(f"http://127.0.0.1:{server.port}/secret.png")
        pdf = office.convert_to_pdf(data, "DOCX", timeout=TIMEOUT, workdir=tmp_path / "a")
        assert "Before the picture" in text_of(pdf)
        # The profile's settings alone, without the network namespace, also keep it offline.
        monkeypatch.setattr(office, "_confinement", lambda: ())
        office.convert_to_pdf(data, "DOCX", timeout=TIMEOUT, workdir=tmp_path / "b")
        time.sleep(0.2)
        assert server.requests == []


def test_unknown_types_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError):
        office.convert_to_pdf(b"x", "ODT", timeout=TIMEOUT, workdir=tmp_path)


def test_encrypted_files_are_recognised_for_routing() -> None:
    assert office.is_encrypted_office(encrypted_office_file())
    assert not office.is_encrypted_office(encrypted_office_file(encrypted=False))
    assert not office.is_encrypted_office(docx_package(["x"]))


def converters_using(workdir: Path) -> list[int]:
    """Pids of LibreOffice processes whose command line names `workdir`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"soffice" in cmdline and str(workdir).encode() in cmdline:
            found.append(int(entry.name))
    return found


def test_each_process_has_its_own_workdir_and_orphans_are_removed(tmp_path: Path) -> None:
    script = "from openbda.document import office; print(office.process_workdir())"

    def child_workdir() -> Path:
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        return Path(result.stdout.strip())

    first = child_workdir()
    assert not first.exists()  # removed when its process exited
    orphan = first.with_name(f"openbda-office-{2**22 + 12345}-left")  # beyond pid_max
    orphan.mkdir()
    second = child_workdir()
    assert second != first
    assert not orphan.exists()
    mine = office.process_workdir()
    assert mine.is_dir() and str(os.getpid()) in mine.name
    assert office.process_workdir() == mine
