import pytest

from tests.unit.events.helpers import make_event


@pytest.fixture
def event() -> dict:
    return make_event()
