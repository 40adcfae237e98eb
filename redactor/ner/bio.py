"""Between character spans and per-token BIO tags."""

from __future__ import annotations

from collections.abc import Sequence

from redactor.ner.data import Entity
from redactor.ner.tokenise import Token


def spans_to_tags(tokens: Sequence[Token], entities: Sequence[Entity]) -> list[str]:
    """BIO tags; a token that straddles an entity edge belongs to the side holding its middle."""
    tags = ["O"] * len(tokens)
    for ent in entities:
        first = True
        for i, (s, e) in enumerate(tokens):
            if e <= ent.start:
                continue
            if s >= ent.end:
                break
            if ent.start <= (s + e) / 2 < ent.end or (s >= ent.start and e <= ent.end):
                tags[i] = ("B-" if first else "I-") + ent.label
                first = False
    return tags


def tags_to_spans(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[Entity]:
    """Entities from BIO tags (an I- after O or another label starts an entity); spaces trimmed."""
    out: list[Entity] = []
    cur: tuple[int, int, str] | None = None

    def close() -> None:
        if cur is None:
            return
        s, e, label = cur
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Entity(s, e, label))

    for (s, e), tag in zip(tokens, tags, strict=True):
        if tag == "O":
            close()
            cur = None
            continue
        prefix, label = tag.split("-", 1)
        if cur is not None and prefix == "I" and cur[2] == label:
            cur = (cur[0], e, label)
        else:
            close()
            cur = (s, e, label)
    close()
    return out
