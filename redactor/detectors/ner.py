"""Thai NER detector (issue #3): PERSON spans from our own trained model.

Off in ``detectors.toml`` until a model ships under ``models/``; enabling it
without a model is an error, not a silent no-op.
"""

from __future__ import annotations

from pathlib import Path

from redactor.detectors.base import DetectionContext, Detector, register
from redactor.errors import PhoeiError
from redactor.types import Finding

MODEL_DIR = Path(__file__).resolve().parents[2] / "models"


@register
class NerDetector(Detector):
    name = "ner"
    label = "PERSON"
    description = "Person names from the Thai NER model in models/ (off until the model ships)."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        raise PhoeiError(f"the NER detector is enabled but no model is installed under {MODEL_DIR}")
