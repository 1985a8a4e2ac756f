"""`WebhookSink` against a real HTTP server on 127.0.0.1."""

import hashlib
import hmac
import json
import logging
from pathlib import Path

import pytest

from openbda.events import EventDeliveryError, EventPublisher, JsonLinesSink, WebhookSink, sign
from openbda.events.sinks import redact_url
from tests.support.http_server import RecordingHttpServer, Reply
from tests.support.net import free_port

SECRET = "webhook-secret"


def expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()


class Sleeps(list[float]):
    """Records the waits between attempts instead of sleeping through them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_posts_signed_json(event: dict) -> None:
    with RecordingHttpServer([200]) as server:
        WebhookSink(server.url, SECRET).send(event)
    [request] = server.requests
    assert (request.method, request.path) == ("POST", "/hook")
    assert json.loads(request.body) == event
    assert request.header("content-type") == "application/json"
    assert request.header("x-openbda-event-id") == event["id"]
    signature = request.header("x-openbda-signature")
    assert signature == expected_signature(request.body)
    assert signature == sign(request.body, SECRET)
    assert hmac.compare_digest(signature, expected_signature(request.body))


def test_without_a_secret_there_is_no_signature(event: dict) -> None:
    with RecordingHttpServer([204]) as server:
        WebhookSink(server.url).send(event)
    assert server.requests[0].header("x-openbda-signature") is None


def test_retries_after_two_server_errors(event: dict) -> None:
    sleeps = Sleeps()
    with RecordingHttpServer([500, 502, 200]) as server:
        WebhookSink(server.url, SECRET, retries=3, backoff=0.25, sleep=sleeps).send(event)
    assert len(server.requests) == 3
    # Every attempt carries the same body, signature and event id.
    assert len({r.body for r in server.requests}) == 1
    assert {r.header("x-openbda-signature") for r in server.requests} == {
        expected_signature(server.requests[0].body)
    }
    assert sleeps == [0.25, 0.5]


def test_retries_really_wait(event: dict) -> None:
    with RecordingHttpServer([500, 500, 200]) as server:
        WebhookSink(server.url, SECRET, retries=2, backoff=0.05).send(event)
    times = [r.received_at for r in server.requests]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.04 and times[2] - times[1] >= 0.09


def test_gives_up_after_all_attempts(event: dict) -> None:
    sleeps = Sleeps()
    with RecordingHttpServer(default=503) as server:
        sink = WebhookSink(server.url, SECRET, retries=2, backoff=1, max_backoff=1.5, sleep=sleeps)
        with pytest.raises(EventDeliveryError) as info:
            sink.send(event)
    assert len(server.requests) == 3
    assert sleeps == [1, 1.5]  # doubling, capped
    message = str(info.value)
    assert "after 3 attempts" in message and "HTTP 503" in message
    assert SECRET not in message


def test_rate_limiting_honours_retry_after(event: dict) -> None:
    sleeps = Sleeps()
    replies = [Reply(429, {"Retry-After": "2"}), Reply(503, {"Retry-After": "120"}), Reply(200)]
    with RecordingHttpServer(replies) as server:
        WebhookSink(server.url, retries=3, backoff=0.1, max_backoff=10, sleep=sleeps).send(event)
    assert len(server.requests) == 3
    assert sleeps == [2.0, 10]


def test_client_errors_are_not_retried(event: dict) -> None:
    with (
        RecordingHttpServer(default=400) as server,
        pytest.raises(EventDeliveryError, match="HTTP 400"),
    ):
        WebhookSink(server.url, retries=5, sleep=Sleeps()).send(event)
    assert len(server.requests) == 1


def test_redirects_are_not_followed(event: dict) -> None:
    redirect = Reply(302, {"Location": "http://127.0.0.1:9/"})
    with (
        RecordingHttpServer(default=redirect) as server,
        pytest.raises(EventDeliveryError, match="HTTP 302"),
    ):
        WebhookSink(server.url, sleep=Sleeps()).send(event)
    assert len(server.requests) == 1


def test_connection_errors_are_retried(event: dict) -> None:
    sleeps = Sleeps()
    url = f"http://127.0.0.1:{free_port()}/hook"
    with pytest.raises(EventDeliveryError, match="ConnectError") as info:
        WebhookSink(url, SECRET, retries=2, backoff=0.01, sleep=sleeps).send(event)
    assert sleeps == [0.01, 0.02]
    assert "after 3 attempts" in str(info.value)


def test_timeouts_are_retried(event: dict) -> None:
    with RecordingHttpServer([Reply(200, delay=1.0), 200]) as server:
        WebhookSink(server.url, timeout=0.2, retries=1, backoff=0.01).send(event)
    assert len(server.requests) == 2


def test_publisher_swallows_a_webhook_that_gives_up(
    event: dict, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    jsonl = tmp_path / "events.jsonl"
    with RecordingHttpServer(default=500) as server:
        webhook = WebhookSink(server.url, SECRET, retries=2, backoff=0.01)
        publisher = EventPublisher([webhook, JsonLinesSink(jsonl)])
        with caplog.at_level(logging.WARNING, logger="openbda.events"):
            publisher.publish(event)  # does not raise
        publisher.close()
    assert len(server.requests) == 3
    assert json.loads(jsonl.read_text()) == event  # the other sink still delivered
    [record] = [r for r in caplog.records if r.name == "openbda.events.publisher"]
    assert event["id"] in record.getMessage() and "gave up" in record.getMessage()
    assert SECRET not in record.getMessage()


def test_url_secrets_stay_out_of_messages(event: dict) -> None:
    url = f"http://user:pw@127.0.0.1:{free_port()}/hook?token=abc#frag"
    sink = WebhookSink(url, retries=0)
    assert "pw" not in repr(sink) and "abc" not in repr(sink)
    with pytest.raises(EventDeliveryError) as info:
        sink.send(event)
    assert "abc" not in str(info.value) and "pw@" not in str(info.value)
    assert redact_url("https://u:p@[::1]:8443/x?y=1") == "https://[::1]:8443/x"
