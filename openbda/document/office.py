"""Office documents (DOCX, and XLSX and PPTX beyond BDA) to PDF with LibreOffice.

BDA converts a DOCX to PDF and reads the PDF (bda-behaviour.md §2), so page numbers are those
of the converted document; the PDF then goes through the PDF builder like any other.

How LibreOffice is run, and why:
- `soffice.bin` directly, not the `soffice` launcher script: the launcher's helper process sits
  between us and the converter, so neither a timeout nor the worker's death would reach it.
  `soffice.bin` asks to be started again (exit code 81) the first time it meets a new profile;
  the launcher would do that, so we do.
- One profile per worker process: two conversions sharing a profile fail. The profile lives in
  the caller's `workdir`, guarded by a file lock; a conversion that finds it taken (a workdir
  shared by mistake) uses a throwaway profile instead of failing.
- The profile turns off what could reach outside the document: linked images and files are
  never fetched (a DOCX can point an image at any URL, which LibreOffice would otherwise
  request from the worker's network) and macros never run. Where the kernel allows it, the
  converter also runs in its own network namespace, with no network at all.
- Its own process group, killed whole on timeout; `setpriv --pdeathsig` ends it if the worker
  is killed (the pool stops a worker whose job runs past its deadline).
- The package is checked before LibreOffice sees it: a password-protected file, a ZIP bomb or a
  corrupt archive gets a message the user can act on, and LibreOffice's type detection (which
  would import an unreadable file as plain text) never guesses: the import filter is forced.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import io
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from openbda.document.errors import DocumentError, UnsupportedFileTypeError
from openbda.document.limits import (
    OFFICE_MAX_COMPRESSION_RATIO,
    OFFICE_MAX_PARTS,
    OFFICE_MAX_UNCOMPRESSED_BYTES,
    OFFICE_RATIO_FLOOR_BYTES,
    MiB,
    current_memory_limit_mb,
)

log = logging.getLogger(__name__)

OFFICE_TYPES = frozenset({"DOCX", "XLSX", "PPTX"})


@dataclass(frozen=True)
class _Format:
    suffix: str
    import_filter: str
    folder: str  # where the package keeps its main part
    application: str


_FORMATS = {
    "DOCX": _Format(".docx", "MS Word 2007 XML", "word/", "Word"),
    "XLSX": _Format(".xlsx", "Calc MS Excel 2007 XML", "xl/", "Excel"),
    "PPTX": _Format(".pptx", "Impress MS PowerPoint 2007 XML", "ppt/", "PowerPoint"),
}

# Compound File Binary: the container of legacy .doc/.xls/.ppt files and of password-protected
# OOXML files, whose encrypted package is a stream named "EncryptedPackage".
_CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

# soffice.bin's exit code asking its launcher to start it again.
_RESTART = 81
_READ_CHUNK = 1 << 20

# Settings merged into every new profile (LibreOffice's registry format). Link update modes:
# Writer 0 = never, Calc 1 = never.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>1</value></prop></item>
</oor:items>
"""  # noqa: E501 - one registry item per line reads best


class ConverterUnavailableError(RuntimeError):
    """LibreOffice is not installed: the service's problem, not the input's."""


def convert_to_pdf(data: bytes, file_type: str, *, timeout: float, workdir: Path) -> bytes:
    """The PDF LibreOffice prints from the Office document in `data`.

    `file_type` is the sniffed type ("DOCX", "XLSX" or "PPTX"). `workdir` is a directory this
    process owns (see `process_workdir`); it keeps the LibreOffice profile between calls, so only
    the first conversion pays for creating it (LibreOffice starts twice then). Raises
    `DocumentError` for input the user must fix, `ConverterUnavailableError` when LibreOffice
    is missing.
    """
    fmt = _FORMATS.get(file_type)
    if fmt is None:
        raise UnsupportedFileTypeError(f"{file_type} files cannot be converted to PDF.")
    check_package(data, file_type)
    program = soffice_program()
    deadline = time.monotonic() + timeout
    workdir.mkdir(parents=True, exist_ok=True)
    with _profile(workdir) as profile, tempfile.TemporaryDirectory(dir=workdir) as scratch:
        source = Path(scratch) / f"input{fmt.suffix}"
        source.write_bytes(data)
        outdir = Path(scratch) / "out"
        command = [
            *_confinement(),
            program,
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"-env:UserInstallation={profile.as_uri()}",
            f"--infilter={fmt.import_filter}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(source),
        ]
        code, output = _run(command, deadline, profile, file_type, timeout)
        if code == _RESTART:
            code, output = _run(command, deadline, profile, file_type, timeout)
        pdf = outdir / "input.pdf"
        if code == 0 and pdf.is_file():
            result = pdf.read_bytes()
            if result.startswith(b"%PDF-"):
                return result
        if code < 0:
            # A crash can leave the profile half-written; the next conversion starts afresh.
            shutil.rmtree(profile, ignore_errors=True)
            raise DocumentError(_crash_message(file_type, -code))
        log.info("LibreOffice could not convert a %s file (exit %s): %s", file_type, code, output)
        raise DocumentError(
            f"The {file_type} file cannot be opened: it is damaged or is not a "
            f"{fmt.application} document. Check that it opens in {fmt.application} or "
            "LibreOffice, save it again and resubmit it."
        )


def is_encrypted_office(data: bytes) -> bool:
    """True for a password-protected Office file, which is a CFB container, not a ZIP package:
    the type sniffer does not recognise it, so callers ask here to explain why."""
    return data.startswith(_CFB_SIGNATURE) and _ENCRYPTED_PACKAGE in data


def encrypted_message(file_type: str = "Office") -> str:
    return (
        f"The {file_type} file is password-protected; BDA cannot read encrypted documents. "
        "Remove the password (save a copy without protection) and submit it again."
    )


def check_package(data: bytes, file_type: str) -> None:
    """Refuse, with a message the user can act on, a package LibreOffice should not open:
    encrypted, not a ZIP, expanding too far (a ZIP bomb), or with damaged parts."""
    fmt = _FORMATS[file_type]
    if data.startswith(_CFB_SIGNATURE):
        if is_encrypted_office(data):
            raise DocumentError(encrypted_message(file_type))
        raise DocumentError(
            f"The file is a legacy binary {fmt.application} file (.doc, .xls or .ppt), not "
            f"{file_type}. Save it as {file_type} and submit it again."
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise DocumentError(_corrupt_message(file_type)) from None
    with archive:
        parts = archive.infolist()
        _check_expansion(parts, len(data), file_type)
        names = {part.filename for part in parts}
        if "[Content_Types].xml" not in names or not any(
            name.startswith(fmt.folder) for name in names
        ):
            raise DocumentError(
                f"The file is a ZIP archive but not a {file_type} document: it has no "
                f"{fmt.application} content. Save it as {file_type} and submit it again."
            )
        _check_parts(archive, parts, file_type)


def _check_expansion(parts: list[zipfile.ZipInfo], size: int, file_type: str) -> None:
    if len(parts) > OFFICE_MAX_PARTS:
        raise DocumentError(
            f"The {file_type} package holds {len(parts)} parts; at most {OFFICE_MAX_PARTS} "
            "are accepted."
        )
    expanded = sum(part.file_size for part in parts)
    too_large = expanded > OFFICE_MAX_UNCOMPRESSED_BYTES
    too_dense = (
        expanded > OFFICE_RATIO_FLOOR_BYTES
        and expanded > OFFICE_MAX_COMPRESSION_RATIO * max(size, 1)
    )
    if too_large or too_dense:
        raise DocumentError(
            f"The {file_type} file expands to {expanded // MiB} MB when unpacked "
            f"({expanded / max(size, 1):.0f} times its size); the limits are "
            f"{OFFICE_MAX_UNCOMPRESSED_BYTES // MiB} MB and {OFFICE_MAX_COMPRESSION_RATIO} "
            "times. Remove embedded content or split the document, then submit it again."
        )


def _check_parts(archive: zipfile.ZipFile, parts: list[zipfile.ZipInfo], file_type: str) -> None:
    """Read every part once: a truncated or damaged package fails here, with a clear message,
    instead of converting to a PDF that silently lacks pages. Reads stop at each part's
    declared size, which `_check_expansion` has bounded."""
    try:
        for part in parts:
            if part.is_dir():
                continue
            with archive.open(part) as member:
                while member.read(_READ_CHUNK):
                    pass
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
        raise DocumentError(_corrupt_message(file_type)) from exc
    except RuntimeError as exc:  # zipfile's own encryption, which Office never uses
        raise DocumentError(encrypted_message(file_type)) from exc


def _corrupt_message(file_type: str) -> str:
    return (
        f"The {file_type} file is corrupt or truncated and cannot be read; check that the "
        "whole file was uploaded and that it opens in an Office application."
    )


def _crash_message(file_type: str, signal_number: int) -> str:
    limit = current_memory_limit_mb()
    memory = f" or needs more memory than the limit of {limit} MB allows" if limit else ""
    try:
        name = signal.Signals(signal_number).name
    except ValueError:
        name = f"signal {signal_number}"
    return (
        f"Converting the {file_type} file to PDF failed (the converter stopped with {name}): "
        f"the document is damaged{memory}. Check that it opens in an Office application, "
        "simplify or split it, and submit it again."
    )


def _run(
    command: list[str], deadline: float, profile: Path, file_type: str, timeout: float
) -> tuple[int, str]:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise DocumentError(_timeout_message(file_type, timeout))
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=remaining)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        shutil.rmtree(profile, ignore_errors=True)
        raise DocumentError(_timeout_message(file_type, timeout)) from None
    except BaseException:
        _kill_group(process)
        raise
    return process.returncode, output.decode(errors="replace").strip()


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def _timeout_message(file_type: str, timeout: float) -> str:
    return (
        f"Converting the {file_type} file to PDF took longer than the limit of {timeout:g} "
        "seconds. Split the document into smaller files and submit them separately."
    )


@contextlib.contextmanager
def _profile(workdir: Path) -> Iterator[Path]:
    lock = (workdir / "profile.lock").open("a")
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("LibreOffice profile in %s is busy; using a throwaway profile", workdir)
            with tempfile.TemporaryDirectory(dir=workdir) as spare:
                profile = Path(spare) / "profile"
                _seed_profile(profile)
                yield profile
            return
        profile = workdir / "profile"
        _seed_profile(profile)
        yield profile
    finally:
        lock.close()  # closing releases the lock


def _seed_profile(profile: Path) -> None:
    settings = profile / "user" / "registrymodifications.xcu"
    if not settings.exists():
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(_PROFILE_SETTINGS, encoding="utf-8")


def soffice_program() -> str:
    """The LibreOffice converter binary; raises `ConverterUnavailableError` when absent."""
    program = _find_soffice()
    if program is None:
        raise ConverterUnavailableError(
            "LibreOffice is not installed (no soffice on PATH); Office documents cannot be "
            "converted. Run scripts/install-system-deps.sh."
        )
    return program


@cache
def _find_soffice() -> str | None:
    launcher = shutil.which("soffice") or shutil.which("libreoffice")
    if launcher is None:
        return None
    binary = Path(os.path.realpath(launcher)).with_name("soffice.bin")
    return str(binary) if binary.is_file() else launcher


@cache
def _confinement() -> tuple[str, ...]:
    """The wrapper commands available here: no network (a new network namespace, when the
    kernel allows one), and death with the parent."""
    prefix: tuple[str, ...] = ()
    unshare = shutil.which("unshare")
    if unshare is not None:
        candidate = (unshare, "--net", "--map-root-user")
        probe = subprocess.run(
            [*candidate, "true"], stdin=subprocess.DEVNULL, capture_output=True, check=False
        )
        if probe.returncode == 0:
            prefix = candidate
        else:
            log.warning("no network namespace available; LibreOffice keeps the network")
    setpriv = shutil.which("setpriv")
    if setpriv is not None:
        prefix += (setpriv, "--pdeathsig", "KILL", "--")
    return prefix


_WORKDIR_PREFIX = "openbda-office-"
_process_workdir: Path | None = None


def process_workdir() -> Path:
    """A scratch directory of this process's own, removed when the process exits normally.

    A worker the pool kills cannot clean up, so each new one removes the directories of
    processes that no longer exist (the pid is part of the name).
    """
    global _process_workdir
    if _process_workdir is None or not _process_workdir.is_dir():
        _remove_orphaned_workdirs()
        prefix = f"{_WORKDIR_PREFIX}{os.getpid()}-"
        _process_workdir = Path(tempfile.mkdtemp(prefix=prefix))
        atexit.register(shutil.rmtree, _process_workdir, True)
    return _process_workdir


def _remove_orphaned_workdirs() -> None:
    for folder in Path(tempfile.gettempdir()).glob(f"{_WORKDIR_PREFIX}*-*"):
        pid = folder.name[len(_WORKDIR_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
