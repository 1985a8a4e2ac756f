import json
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from openbda.events import EventSink, JsonLinesSink
from tests.unit.events.helpers import make_event


def test_appends_one_json_object_per_line(tmp_path: Path, event: dict) -> None:
    path = tmp_path / "nested" / "events" / "events.jsonl"
    sink = JsonLinesSink(path)
    assert isinstance(sink, EventSink)
    sink.send(event)
    sink.send(make_event(status="ClientError", error_message="bad\ninput"))
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    assert len(lines) == 3
    assert json.loads(lines[0]) == event
    assert json.loads(lines[1])["detail"]["error_message"] == "bad\ninput"
    # Compact UTF-8, key order kept.
    assert lines[0].startswith(b'{"version":"0","id":')
    assert "caf\u00e9".encode() in lines[0]


WRITER = textwrap.dedent(
    """
    import sys
    from openbda.events import JsonLinesSink
    path, worker, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sink = JsonLinesSink(path)
    padding = "x" * 20000  # lines far longer than PIPE_BUF and than one page
    for i in range(count):
        sink.send({"id": f"{worker}-{i}", "worker": worker, "detail": {"padding": padding}})
    """
)


def test_several_processes_append_without_tearing_lines(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    repo = Path(__file__).resolve().parents[3]
    workers, count = 6, 300
    processes = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(w), str(count)], cwd=repo)
        for w in range(workers)
    ]
    for process in processes:
        assert process.wait(timeout=120) == 0
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    events = [json.loads(line) for line in lines[:-1]]  # a torn line would not parse
    assert len(events) == workers * count
    assert Counter(e["worker"] for e in events) == {str(w): count for w in range(workers)}
    assert len({e["id"] for e in events}) == workers * count
    # Each worker's events stay in the order it wrote them.
    for w in range(workers):
        ids = [e["id"] for e in events if e["worker"] == str(w)]
        assert ids == [f"{w}-{i}" for i in range(count)]
