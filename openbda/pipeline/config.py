"""What a job must do, read once from the project's stage configuration.

`JobSpec.project` is the API's shape (`standardOutputConfiguration`, `customOutputConfiguration`,
`overrideConfiguration`) as the control plane resolved it; None stands for BDA's default project.
Every stage reads this typed view instead of the dict, so "missing or null means BDA's default"
is decided here and nowhere else.

Routing follows BDA's documented defaults: PDF, TIFF and DOCX are documents; MP4 and MOV are
video unless the project routes them to AUDIO; the audio formats (WEBM included) are audio.
JPEG and PNG go to `modalityRouting.jpeg`/`png` when the project sets it; otherwise BDA asks a
semantic classifier whether the file is a photo or a page. openbda has no such classifier yet,
so it takes DOCUMENT, the modality scans need, unless the project disables it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from openbda.output.settings import DocumentOutputSettings

DOCUMENT = "DOCUMENT"
IMAGE = "IMAGE"
VIDEO = "VIDEO"
AUDIO = "AUDIO"
MODALITIES = (DOCUMENT, IMAGE, VIDEO, AUDIO)

# Sniffed file type -> the `modalityRouting` key that governs it and the modalities that key may
# name. `jpeg` also covers .jpg files and `mp4` covers .m4v: they sniff as JPEG and MP4.
_ROUTABLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "JPEG": ("jpeg", (IMAGE, DOCUMENT)),
    "PNG": ("png", (IMAGE, DOCUMENT)),
    "MP4": ("mp4", (VIDEO, AUDIO)),
    "MOV": ("mov", (VIDEO, AUDIO)),
}

# Where a file type goes when the project does not route it. JPEG and PNG are absent: a
# classifier decides for them (see the module docstring). MKV and AVI are not in BDA's list but
# the sniffer knows them as video, so they go where video goes.
_DEFAULT_ROUTE = {
    "PDF": DOCUMENT,
    "TIFF": DOCUMENT,
    "DOCX": DOCUMENT,
    # Beyond BDA, which takes DOCX only: spreadsheets and slides convert to PDF the same way.
    "XLSX": DOCUMENT,
    "PPTX": DOCUMENT,
    "MP4": VIDEO,
    "MOV": VIDEO,
    "MKV": VIDEO,
    "AVI": VIDEO,
    "WEBM": AUDIO,
    "MP3": AUDIO,
    "WAV": AUDIO,
    "FLAC": AUDIO,
    "OGG": AUDIO,
    "M4A": AUDIO,
    "AMR": AUDIO,
}


class ProjectConfigError(ValueError):
    """The project's configuration holds a value openbda cannot act on (the job ends
    ClientError; the control plane normally refuses such projects up front)."""


class RoutingError(Exception):
    """The input cannot go to a modality the project processes (the job ends ClientError)."""


class UnsupportedFileTypeError(RoutingError):
    pass


class ModalityDisabledError(RoutingError):
    pass


@dataclass(frozen=True)
class ModalityRouting:
    """`overrideConfiguration.modalityRouting`; None where the project leaves the choice to BDA."""

    jpeg: str | None = None
    png: str | None = None
    mp4: str | None = None
    mov: str | None = None

    def chosen(self, key: str) -> str | None:
        value: str | None = getattr(self, key)
        return value


@dataclass(frozen=True)
class JobConfig:
    document_output: DocumentOutputSettings
    enabled_modalities: frozenset[str]
    routing: ModalityRouting
    # `overrideConfiguration.document.splitter`: one segment per sub-document (async only).
    splitter: bool
    sync: bool

    @classmethod
    def from_project(cls, project: Mapping[str, Any] | None, *, sync: bool) -> JobConfig:
        project = _mapping(project, "project")
        standard = _mapping(
            project.get("standardOutputConfiguration"), "standardOutputConfiguration"
        )
        overrides = _mapping(project.get("overrideConfiguration"), "overrideConfiguration")
        document_block = _mapping(standard.get("document"), "standardOutputConfiguration.document")
        try:
            document_output = DocumentOutputSettings.from_project_config(document_block)
        except (ValueError, TypeError, AttributeError) as exc:
            raise ProjectConfigError(
                f"The project's standardOutputConfiguration.document is not usable: {exc}"
            ) from exc
        document_overrides = _mapping(overrides.get("document"), "overrideConfiguration.document")
        splitter = _state(document_overrides.get("splitter"), "document.splitter", default=False)
        if sync:
            # The sync API never writes additional files and never splits (BDA's documented rule).
            document_output = replace(document_output, additional_files=False)
            splitter = False
        return cls(
            document_output=document_output,
            enabled_modalities=frozenset(m for m in MODALITIES if _enabled(overrides, m)),
            routing=_routing(overrides),
            splitter=splitter,
            sync=sync,
        )

    def route(self, file_type: str) -> str:
        """The modality that processes a file of `file_type` (sniffed, e.g. "PDF", "JPEG").

        Raises `UnsupportedFileTypeError` for types BDA does not process and
        `ModalityDisabledError` when the project turns the chosen modality off.
        """
        routable = _ROUTABLE.get(file_type)
        chosen = self.routing.chosen(routable[0]) if routable else None
        modality = chosen or _DEFAULT_ROUTE.get(file_type) or self._classified(file_type)
        if modality is None:
            raise UnsupportedFileTypeError(
                f"Unsupported file type {file_type}: the supported inputs are PDF, TIFF, JPEG, "
                "PNG and DOCX documents, JPEG and PNG images, MP4 and MOV video, and AMR, FLAC, "
                "M4A, MP3, OGG, WEBM and WAV audio."
            )
        if modality not in self.enabled_modalities:
            raise ModalityDisabledError(
                _disabled_message(file_type, modality, self.enabled_modalities, chosen is not None)
            )
        return modality

    def _classified(self, file_type: str) -> str | None:
        # Stand-in for BDA's image-or-document classifier: prefer DOCUMENT, take IMAGE when the
        # project only processes images.
        if file_type not in ("JPEG", "PNG"):
            return None
        if DOCUMENT not in self.enabled_modalities and IMAGE in self.enabled_modalities:
            return IMAGE
        return DOCUMENT


def _disabled_message(
    file_type: str, modality: str, enabled: frozenset[str], routed_by_project: bool
) -> str:
    setting = f"overrideConfiguration.{modality.lower()}.modalityProcessing.state"
    message = f"The project disables the {modality} modality ({setting} is DISABLED)"
    routable = _ROUTABLE.get(file_type)
    if routable is not None and routed_by_project:
        message += (
            f" and routes {file_type} files to it "
            f"(overrideConfiguration.modalityRouting.{routable[0]} is {modality})"
        )
    message += f", so this {file_type} file cannot be processed. Set {setting} to ENABLED"
    others = [m for m in (routable[1] if routable else ()) if m != modality and m in enabled]
    if routable is not None and others:
        message += (
            ", or route the file elsewhere: "
            f"overrideConfiguration.modalityRouting.{routable[0]} = {' or '.join(others)}"
        )
    return message + "."


def _routing(overrides: Mapping[str, Any]) -> ModalityRouting:
    block = _mapping(overrides.get("modalityRouting"), "overrideConfiguration.modalityRouting")
    chosen: dict[str, str | None] = {}
    for key, allowed in _ROUTABLE.values():
        value = block.get(key)
        if value is not None and value not in allowed:
            raise ProjectConfigError(
                f"overrideConfiguration.modalityRouting.{key} is {value!r}; "
                f"a {key} file can be routed to {' or '.join(allowed)}."
            )
        chosen[key] = value
    return ModalityRouting(**chosen)


def _enabled(overrides: Mapping[str, Any], modality: str) -> bool:
    name = modality.lower()
    block = _mapping(overrides.get(name), f"overrideConfiguration.{name}")
    return _state(block.get("modalityProcessing"), f"{name}.modalityProcessing", default=True)


def _state(block: Any, where: str, *, default: bool) -> bool:
    """`{"state": "ENABLED" | "DISABLED"}`; a missing block or state takes BDA's default."""
    state = _mapping(block, f"overrideConfiguration.{where}").get("state")
    if state is None:
        return default
    if state not in ("ENABLED", "DISABLED"):
        raise ProjectConfigError(
            f"overrideConfiguration.{where}.state is {state!r}; expected ENABLED or DISABLED."
        )
    return bool(state == "ENABLED")


def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ProjectConfigError(f"The project's {where} must be an object, not {value!r}.")
    return value
