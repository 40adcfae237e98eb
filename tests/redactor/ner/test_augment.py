"""The document-fragment augmentation: PERSON spans land exactly on the names, seeded."""

from __future__ import annotations

from redactor.ner import augment

FIRSTS = ["สมชาย", "มาลี", "กิตติพงษ์"]
FAMILIES = ["ใจดี", "ทองคำ", "แสงสว่าง"]


def test_fragments_mark_names_only() -> None:
    out = augment.document_fragments(FIRSTS, FAMILIES, seed=3, count=300)
    assert len(out) == 300
    nicknames = set(augment._NICKNAMES)
    kinds = set()
    for s in out:
        assert s.entities and all(e.label == "PERSON" for e in s.entities)
        for e in s.entities:
            surface = s.text[e.start:e.end]
            assert surface == surface.strip()
            words = surface.split(" ")
            if surface in nicknames:
                kinds.add("nickname")
                assert s.text[e.start - 1] == '"' and s.text[e.end] == '"'
            else:
                assert len(words) == 2 and words[1] in FAMILIES
                kinds.add("untitled" if words[0] in FIRSTS else "titled")
        assert "{" not in s.text
    assert kinds == {"nickname", "untitled", "titled"}


def test_fragments_are_seeded() -> None:
    a = augment.document_fragments(FIRSTS, FAMILIES, seed=5, count=20)
    assert a == augment.document_fragments(FIRSTS, FAMILIES, seed=5, count=20)
    assert a != augment.document_fragments(FIRSTS, FAMILIES, seed=6, count=20)
