"""The NER model as a spaCy component (extra ``phoei[spacy]``), and the redaction path without spaCy."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")  # the `spacy` extra; CI installs it, where a skip fails

import redactor.ner.spacy_pipe as spacy_pipe  # noqa: E402  (registers the factory, as the entry point does)

ROOT = Path(__file__).resolve().parents[3]
# Invented sentences.
TEXT = "ผู้สื่อข่าวรายงานว่า นายวิรัตน์ แสงทองคำ เดินทางไปจังหวัดเชียงใหม่เมื่อวันที่ 5 ธ.ค. 2561"


def test_blank_thai_pipeline_sets_doc_ents() -> None:
    nlp = spacy.blank("th")
    nlp.add_pipe("phoei_thai_ner")
    doc = nlp(TEXT)
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("นายวิรัตน์ แสงทองคำ", "PERSON") in ents
    assert any(label == "LOCATION" and "เชียงใหม่" in text for text, label in ents)
    group = doc.spans[spacy_pipe.SPANS_KEY]
    assert len(group.attrs["scores"]) == len(group) >= len(doc.ents)
    assert all(0.0 <= s <= 1.0 for s in group.attrs["scores"])
    assert nlp.pipe_names == ["phoei_thai_ner"]


def test_labels_filter_and_empty_text() -> None:
    nlp = spacy.blank("th")
    nlp.add_pipe("phoei_thai_ner", config={"labels": ["PERSON"]})
    assert {e.label_ for e in nlp(TEXT).ents} == {"PERSON"}
    assert list(nlp("").ents) == []


def test_bad_alignment_mode_is_refused() -> None:
    nlp = spacy.blank("th")
    with pytest.raises(ValueError, match="alignment_mode"):
        nlp.add_pipe("phoei_thai_ner", config={"alignment_mode": "sideways"})


@dataclass(frozen=True)
class _Ent:
    start: int
    end: int
    label: str
    score: float


class _FixedEdges:
    """A model whose entity edge falls inside a spaCy token (the real model's tokens differ from spaCy's)."""

    def predict(self, text: str) -> list[_Ent]:
        i = text.index("แสงทองคำ")
        return [_Ent(i + 2, i + len("แสงทองคำ"), "PERSON", 0.9)]


@pytest.mark.parametrize(("mode", "in_ents"), [("expand", True), ("contract", None), ("strict", False)])
def test_entities_off_token_edges_are_realigned_or_listed_never_dropped(
        monkeypatch: pytest.MonkeyPatch, mode: str, in_ents: bool | None) -> None:
    monkeypatch.setattr(spacy_pipe.PhoeiThaiNer, "model", property(lambda self: _FixedEdges()))
    nlp = spacy.blank("th")
    nlp.add_pipe("phoei_thai_ner", config={"alignment_mode": mode})
    doc = nlp(TEXT)
    i = TEXT.index("แสงทองคำ")
    assert doc.char_span(i + 2, i + len("แสงทองคำ")) is None  # the case under test
    realigned = doc.spans[spacy_pipe.REALIGNED_KEY]
    assert len(realigned) == 1 and realigned[0].start_char <= i + 2 and realigned[0].end_char >= i + 8
    if in_ents is True:
        assert [(e.start_char <= i + 2, e.end_char >= i + 8) for e in doc.ents] == [(True, True)]
    elif in_ents is False:
        assert list(doc.ents) == []


def test_the_redaction_path_does_not_import_spacy(tmp_path: Path) -> None:
    """``phoei detect``/``redact`` with NER on run in a process where spaCy never gets imported."""
    import docx

    path = tmp_path / "letter.docx"
    d = docx.Document()
    d.add_paragraph("ผู้ร้องเรียน นายวิรัตน์ แสงทองคำ ได้มาให้ถ้อยคำเพิ่มเติม")
    d.save(str(path))
    code = (
        "import sys\n"
        "from webui.cli import main\n"
        f"assert main(['detect', {str(path)!r}, '--json']) == 0\n"
        f"main(['redact', {str(path)!r}, '-o', {str(tmp_path / 'out.docx')!r}, '--accept-all'])\n"
        "import redactor.ner.model\n"
        "assert 'redactor.detectors.ner' in sys.modules\n"
        "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'thinc'))))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out.docx").is_file()
