"""ner: off until a model ships; enabling it without one is an error, not a silent no-op."""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, enabled_detectors
from redactor.detectors.ner import MODEL_DIR, NerDetector
from redactor.errors import PhoeiError

NAME = "ner"


def test_off_by_default() -> None:
    assert NAME not in {d.name for d in enabled_detectors()}


@pytest.mark.skipif(MODEL_DIR.exists() and any(MODEL_DIR.iterdir()), reason="a model is installed")
@pytest.mark.parametrize("text", ["นายวีรยุทธ พลศักดิ์ขวา", ""])
def test_enabled_without_a_model_raises(text: str) -> None:
    (ner,) = [d for d in enabled_detectors(overrides={NAME: True}) if d.name == NAME]
    with pytest.raises(PhoeiError, match="no model"):
        list(ner.detect(DetectionContext(text)))


def test_metadata() -> None:
    assert (NerDetector.label, NerDetector.basis) == ("PERSON", "15(5)")
