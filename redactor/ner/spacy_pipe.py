"""The NER model as a spaCy pipeline component (optional extra ``phoei[spacy]``).

    import spacy
    nlp = spacy.blank("th")
    nlp.add_pipe("phoei_thai_ner")
    doc = nlp("นายสมชาย ใจดี เดินทางไปเชียงใหม่")
    [(e.text, e.label_) for e in doc.ents]

The factory is registered with spaCy through the ``spacy_factories`` entry point
(pyproject.toml), so ``add_pipe`` finds it without importing anything from Phoei
first. spaCy is imported only here: the redaction path (``redactor.pipeline``,
the ``ner`` detector, ``phoei detect``/``redact``) never imports this module.

The component reads ``Doc.text`` and writes ``Doc.ents`` and the span group
``doc.spans["phoei_ner"]`` (every entity, with the model's confidence in the
group's ``attrs["scores"]``). The model segments text with its own tokenizer, so
an entity edge may fall inside one of the spaCy tokens (``doc.char_span`` gives
``None``): such an entity is widened to whole tokens (``alignment_mode``,
default ``"expand"``), listed in ``doc.spans["phoei_ner_realigned"]``, and never
silently dropped; with ``alignment_mode = "strict"`` it is left out of
``Doc.ents`` and listed there all the same.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

SPANS_KEY = "phoei_ner"
REALIGNED_KEY = "phoei_ner_realigned"
ALIGNMENT_MODES = ("expand", "contract", "strict")


class PhoeiThaiNer:
    """``Doc -> Doc``: reads ``doc.text``; writes ``doc.ents``, ``doc.spans[SPANS_KEY]`` and ``[REALIGNED_KEY]``."""

    def __init__(self, name: str, model_dir: str | None, labels: list[str] | None, alignment_mode: str) -> None:
        if alignment_mode not in ALIGNMENT_MODES:
            raise ValueError(f"alignment_mode must be one of {ALIGNMENT_MODES}, not {alignment_mode!r}")
        self.name = name
        self.model_dir = Path(model_dir) if model_dir else None
        self.labels = frozenset(labels) if labels else None
        self.alignment_mode = alignment_mode

    @property
    def model(self):  # type: ignore[no-untyped-def]
        from redactor.ner.model import load_model  # lazy: loaded once per process, on the first Doc

        return load_model(self.model_dir)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        scores: list[float] = []
        realigned: list[Span] = []
        for ent in self.model.predict(doc.text):
            if self.labels is not None and ent.label not in self.labels:
                continue
            span = doc.char_span(ent.start, ent.end, label=ent.label)
            if span is None:
                if self.alignment_mode != "strict":
                    span = doc.char_span(ent.start, ent.end, label=ent.label, alignment_mode=self.alignment_mode)
                # The entity as the model found it, over the tokens it touches, for whoever needs the exact edges.
                touched = doc.char_span(ent.start, ent.end, label=ent.label, alignment_mode="expand")
                if touched is not None:
                    realigned.append(touched)
            if span is None or len(span) == 0:
                continue
            spans.append(span)
            scores.append(ent.score)
        doc.spans[SPANS_KEY] = spans
        doc.spans[SPANS_KEY].attrs["scores"] = scores
        doc.spans[REALIGNED_KEY] = realigned
        # Widened spans may overlap; Doc.ents may not: the longest wins (spaCy's own rule).
        doc.ents = filter_spans(spans)
        return doc


@Language.factory(
    "phoei_thai_ner",
    default_config={"model_dir": None, "labels": None, "alignment_mode": "expand"},
    assigns=["doc.ents", "doc.spans"],
)
def make_phoei_thai_ner(nlp: Language, name: str, model_dir: str | None, labels: list[str] | None,
                        alignment_mode: str) -> PhoeiThaiNer:
    """Phoei's Thai NER (CRF trained on ThaiNER 1.5); ``model_dir`` defaults to the packaged model."""
    return PhoeiThaiNer(name, model_dir, labels, alignment_mode)
