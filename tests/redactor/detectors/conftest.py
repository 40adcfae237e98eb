"""Fixtures for the detector tables; the helpers themselves are in ``tables.py``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from redactor.types import Finding
from tests.redactor.detectors.tables import ScoreRange, Span, check_table, run_detector


@pytest.fixture
def detect() -> Callable[[str, str], tuple[str, list[Finding]]]:
    return run_detector


@pytest.fixture
def check() -> Callable[[str, str, Sequence[Span], ScoreRange], list[Finding]]:
    return check_table
