from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from openbda.launcher import ServerProcess

OTHER_ACCOUNT = "111111111111"
OTHER_KEY, OTHER_SECRET = "otheraccesskey", "othersecret"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One server per test module, with a second account configured."""
    proc = ServerProcess(
        tmp_path_factory.mktemp("openbda"),
        env={"OPENBDA_CREDENTIALS": f"{OTHER_KEY}:{OTHER_SECRET}:{OTHER_ACCOUNT}"},
    ).start()
    proc.make_bucket("bda-in")
    proc.make_bucket("bda-out")
    yield proc
    proc.stop()


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "openbda")
    yield proc
    proc.stop()
