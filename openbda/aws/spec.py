"""The botocore service models this server speaks, and operation lookup over them.

Everything on the wire (operation names, routes, shapes, constraints) is read from the models that
ship with botocore, so the server answers exactly what SDKs of the same version expect.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote

import botocore.session
from botocore.model import OperationModel, ServiceModel

from openbda.aws.errors import UnknownOperationException

RUNTIME_SERVICE = "bedrock-data-automation-runtime"
CONTROL_SERVICE = "bedrock-data-automation"

_LABEL = re.compile(r"\{([^}]+)\}")


@functools.cache
def _session() -> botocore.session.Session:
    return botocore.session.get_session()


@functools.cache
def load_service_model(name: str) -> ServiceModel:
    """Load a service model by its botocore name, e.g. ``bedrock-data-automation``."""
    return _session().get_service_model(name)


@dataclass(frozen=True)
class RestRoute:
    """One rest-json operation's ``http`` binding compiled to a matcher over the raw path."""

    operation: OperationModel
    method: str
    pattern: re.Pattern[str]
    labels: tuple[str, ...]  # group index i+1 holds labels[i]
    query_literals: tuple[tuple[str, str], ...]  # "?versions" style keys the URI requires
    specificity: int  # literal characters; the most literal template wins a tie

    def match(self, raw_path: str, query: dict[str, list[str]]) -> dict[str, str] | None:
        found = self.pattern.fullmatch(raw_path)
        if found is None:
            return None
        for key, value in self.query_literals:
            if key not in query or (value and value not in query[key]):
                return None
        return {name: unquote(found.group(i + 1)) for i, name in enumerate(self.labels)}


def compile_route(operation: OperationModel) -> RestRoute:
    method = str(operation.http.get("method", "POST")).upper()
    uri = str(operation.http.get("requestUri", "/"))
    path_part, _, query_part = uri.partition("?")
    # Clients differ on the trailing slash (botocore keeps the model's, hand-written clients often
    # drop it); accept both rather than 404 on a cosmetic difference.
    if len(path_part) > 1:
        path_part = path_part.rstrip("/")
    regex_parts: list[str] = []
    labels: list[str] = []
    specificity = 0
    pos = 0
    for m in _LABEL.finditer(path_part):
        literal = path_part[pos : m.start()]
        regex_parts.append(re.escape(literal))
        specificity += len(literal)
        name = m.group(1)
        if name.endswith("+"):
            labels.append(name[:-1])
            regex_parts.append("(.+)")
        else:
            labels.append(name)
            regex_parts.append("([^/]+)")
        pos = m.end()
    tail = path_part[pos:]
    regex_parts.append(re.escape(tail))
    specificity += len(tail)
    pattern = "".join(regex_parts)
    if path_part != "/":
        pattern += "/?"
    query_literals = tuple(parse_qsl(query_part, keep_blank_values=True)) if query_part else ()
    return RestRoute(
        operation=operation,
        method=method,
        pattern=re.compile(pattern),
        labels=tuple(labels),
        query_literals=query_literals,
        specificity=specificity,
    )


class ServiceSpec:
    """Lookup tables over one service model: by operation name, JSON target, or HTTP route."""

    def __init__(self, model: ServiceModel) -> None:
        self.model = model
        self.name: str = model.service_name
        self.protocol: str = model.protocol
        self.signing_name: str = model.signing_name or model.endpoint_prefix
        self.target_prefix: str | None = model.metadata.get("targetPrefix")
        self._operations: dict[str, OperationModel] = {
            name: model.operation_model(name) for name in model.operation_names
        }
        routes: dict[str, list[RestRoute]] = {}
        if self.protocol == "rest-json":
            for op in self._operations.values():
                route = compile_route(op)
                routes.setdefault(route.method, []).append(route)
            for candidates in routes.values():
                candidates.sort(key=lambda r: (-r.specificity, len(r.labels)))
        self._routes = routes

    @property
    def operation_names(self) -> list[str]:
        return list(self._operations)

    def operation(self, name: str) -> OperationModel:
        try:
            return self._operations[name]
        except KeyError:
            raise UnknownOperationException(f"Operation {name} is not supported.") from None

    def owns_target(self, target: str) -> bool:
        prefix, sep, _ = target.rpartition(".")
        return bool(sep) and prefix == self.target_prefix

    def operation_for_target(self, target: str) -> OperationModel:
        """Resolve an ``X-Amz-Target`` header value such as ``Prefix.GetDataAutomationStatus``."""
        prefix, sep, name = target.rpartition(".")
        if not sep or prefix != self.target_prefix or name not in self._operations:
            raise UnknownOperationException(f"Operation {target} is not supported.")
        return self._operations[name]

    def match_route(
        self, method: str, raw_path: str, query: dict[str, list[str]]
    ) -> tuple[OperationModel, dict[str, str]] | None:
        """Find the operation bound to ``method`` + raw (percent-encoded) path; labels decoded."""
        for route in self._routes.get(method.upper(), ()):
            labels = route.match(raw_path, query)
            if labels is not None:
                return route.operation, labels
        return None


@functools.cache
def service_spec(name: str) -> ServiceSpec:
    return ServiceSpec(load_service_model(name))


def runtime_spec() -> ServiceSpec:
    return service_spec(RUNTIME_SERVICE)


def control_spec() -> ServiceSpec:
    return service_spec(CONTROL_SERVICE)
