"""Helpers shared by the test suites: real servers and local test doubles."""
