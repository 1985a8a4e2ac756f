"""Errors raised while reading an input file.

A `DocumentError` means the input itself is unusable (the job ends as `ClientError` with the
message shown to the user), never that the service failed.
"""

from __future__ import annotations


class DocumentError(Exception):
    """The input cannot be processed; `message` tells the user what to change."""

    error_type = "ClientError"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnsupportedFileTypeError(DocumentError):
    """The input is a format BDA accepts (or one it does not) that this build cannot process."""
