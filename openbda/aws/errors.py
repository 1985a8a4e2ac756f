"""Typed AWS errors. Each carries the error code (the `__type` botocore maps to an exception class),
the HTTP status AWS uses for it, and whether the caller (sender) is at fault."""

from __future__ import annotations


class AwsError(Exception):
    code: str = "InternalServerException"
    status: int = 500
    sender_fault: bool = False

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status


class ClientFault(AwsError):
    code = "ValidationException"
    status = 400
    sender_fault = True


class ValidationException(ClientFault):
    code = "ValidationException"


class ResourceNotFoundException(ClientFault):
    code = "ResourceNotFoundException"
    status = 404


class AccessDeniedException(ClientFault):
    code = "AccessDeniedException"
    status = 403


class ConflictException(ClientFault):
    code = "ConflictException"
    status = 409


class ServiceQuotaExceededException(ClientFault):
    code = "ServiceQuotaExceededException"
    status = 402


class ThrottlingException(ClientFault):
    code = "ThrottlingException"
    status = 429


class UnrecognizedClientException(ClientFault):
    code = "UnrecognizedClientException"
    status = 403


class InvalidSignatureException(ClientFault):
    code = "InvalidSignatureException"
    status = 403


class IncompleteSignatureException(ClientFault):
    code = "IncompleteSignatureException"
    status = 403


class MissingAuthenticationTokenException(ClientFault):
    code = "MissingAuthenticationTokenException"
    status = 403


class UnknownOperationException(ClientFault):
    code = "UnknownOperationException"
    status = 400


class SerializationException(ClientFault):
    code = "SerializationException"
    status = 400


class InternalServerException(AwsError):
    code = "InternalServerException"
    status = 500


class ServiceUnavailableException(AwsError):
    code = "ServiceUnavailableException"
    status = 503
