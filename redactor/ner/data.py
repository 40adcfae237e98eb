"""ThaiNER 1.5 sentences: inline ``[LABEL]text[/LABEL]`` markup to text plus character spans.

The recipe every ThaiNER evaluation shares (and ``shared/eval/score_ner.py``
applies): FACILITY is scored as LOCATION, and AGO and T markup is dropped, its
text staying as plain text. Spaces at an entity's edges are not part of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from redactor import rx

TAG_RE = rx.compile(r"\[(/?)([A-Z]+)\]")
LABEL_MAP = {"FACILITY": "LOCATION"}
DROPPED = frozenset({"AGO", "T"})
LABELS = ("PERSON", "LOCATION", "ORGANIZATION", "DATE", "TIME", "MONEY", "LAW", "PERCENT", "LEN", "URL", "PHONE",
          "EMAIL", "ZIP")


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str

    def as_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "label": self.label}


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    entities: tuple[Entity, ...] = field(default=())


def parse_line(line: str) -> Sentence:
    """One line of ThaiNER markup. Unbalanced closing tags are ignored, unclosed ones dropped."""
    line = line.lstrip("\ufeff").rstrip("\r\n")
    parts: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    spans: list[Entity] = []
    pos = 0
    for m in TAG_RE.finditer(line):
        piece = line[pos:m.start()]
        parts.append(piece)
        length += len(piece)
        pos = m.end()
        closing, label = m.group(1) == "/", m.group(2)
        if not closing:
            stack.append((label, length))
            continue
        if not stack:
            continue
        opened, start = stack.pop()
        if opened in DROPPED or length <= start:
            continue
        text = "".join(parts)
        s, e = start, length
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append(Entity(s, e, LABEL_MAP.get(opened, opened)))
    parts.append(line[pos:])
    return Sentence("".join(parts), tuple(sorted(spans, key=lambda x: (x.start, x.end))))


def to_markup(sentence: Sentence) -> str:
    """The inverse of ``parse_line`` (for writing a validation gold file)."""
    out = []
    pos = 0
    for ent in sentence.entities:
        out.append(sentence.text[pos:ent.start])
        out.append(f"[{ent.label}]{sentence.text[ent.start:ent.end]}[/{ent.label}]")
        pos = ent.end
    out.append(sentence.text[pos:])
    return "".join(out)


def read_lines(path: Path) -> list[str]:
    """Non-empty lines of a ThaiNER file, BOM removed."""
    return [ln for ln in path.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]


def load(path: Path) -> list[Sentence]:
    return [parse_line(ln) for ln in read_lines(path)]


def split_tail(items: list[Sentence], valid_size: int) -> tuple[list[Sentence], list[Sentence]]:
    """(train, validation): validation is the contiguous block of the last ``valid_size`` sentences.

    The corpus is ordered by source document, so a tail block keeps the
    validation documents out of training, as with a held-out split.
    """
    if not 0 <= valid_size < len(items):
        raise ValueError(f"validation size {valid_size} does not fit {len(items)} sentences")
    cut = len(items) - valid_size
    return items[:cut], items[cut:]


def write_markup(sentences: Iterable[Sentence], path: Path) -> None:
    path.write_text("".join(to_markup(s) + "\n" for s in sentences), encoding="utf-8")


def iter_entities(sentences: Iterable[Sentence]) -> Iterator[tuple[Sentence, Entity]]:
    for s in sentences:
        for e in s.entities:
            yield s, e
