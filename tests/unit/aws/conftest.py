from __future__ import annotations

import pytest

from tests.unit.aws.wiring import Wire


@pytest.fixture
def wire() -> Wire:
    return Wire()
