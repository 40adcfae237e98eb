"""Training-data augmentation for names the model has never seen.

A CRF learns word identities; on held-out documents most PERSON misses are
unseen names. Two augmentations teach it the context instead:

* ``swap_names``: copies of training sentences whose PERSON mentions get a
  different given name (and family name, when the mention has one) drawn from
  PyThaiNLP's name lists, the title kept as written.
* ``letter_sentences``: short sentences in the style of Thai official letters
  and complaint records (the documents Phoei redacts) with names in the forms
  those documents use; they hold no other entity types, so nothing else is
  taught as O wrongly.

Both are seeded, so the recipe is reproducible.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from redactor import rx
from redactor.ner.data import Entity, Sentence
from redactor.ner.features import TITLES

_TITLE_RE = rx.compile("(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=lambda w: (-len(w), w))) + ")")
_THAI_NAME = rx.compile(r"^[\u0e01-\u0e4e]+$")
# Royal and religious names are not personal names to vary.
_KEEP_AS_IS = ("พระ", "สมเด็จ", "หม่อม", "เจ้า")


def _titles_prefix(surface: str) -> int:
    """Length of the (possibly stacked) title at the start of a mention, spaces after it included."""
    pos = 0
    while True:
        m = _TITLE_RE.match(surface, pos)
        if not m or m.end() >= len(surface):
            break
        pos = m.end()
        while pos < len(surface) and surface[pos] == " ":
            pos += 1
    return pos


def _replacement(surface: str, firsts: Sequence[str], families: Sequence[str], rng: random.Random) -> str | None:
    if surface.startswith(_KEEP_AS_IS):
        return None
    t = _titles_prefix(surface)
    title, rest = surface[:t], surface[t:]
    parts = rest.split(" ")
    if not rest or not all(_THAI_NAME.match(p) for p in parts if p) or len([p for p in parts if p]) > 2:
        return None
    words = [p for p in parts if p]
    new = [rng.choice(firsts)] + ([rng.choice(families)] if len(words) == 2 else [])
    sep = " " * max(1, rest.count(" ")) if len(words) == 2 else ""
    return title + sep.join(new)


def swap_names(sentences: Sequence[Sentence], firsts: Sequence[str], families: Sequence[str],
               seed: int, copies: int = 1) -> list[Sentence]:
    """New sentences: each sentence with a PERSON mention, its names replaced, ``copies`` times."""
    rng = random.Random(seed)
    out: list[Sentence] = []
    for s in sentences:
        if not any(e.label == "PERSON" for e in s.entities):
            continue
        for _ in range(copies):
            parts: list[str] = []
            ents: list[Entity] = []
            pos = 0
            length = 0
            changed = False
            for e in s.entities:
                before = s.text[pos:e.start]
                parts.append(before)
                length += len(before)
                surface = s.text[e.start:e.end]
                new = _replacement(surface, firsts, families, rng) if e.label == "PERSON" else None
                if new is not None:
                    changed = True
                    surface = new
                parts.append(surface)
                ents.append(Entity(length, length + len(surface), e.label))
                length += len(surface)
                pos = e.end
            parts.append(s.text[pos:])
            if changed:
                out.append(Sentence("".join(parts), tuple(ents)))
    return out


_LETTER_TEMPLATES = (
    "ข้าพเจ้า {P} ขอร้องเรียนกรณีเสียงดังรบกวนจากบ้านข้างเคียง",
    "ด้วย {P} ได้ยื่นคำร้องขอรับความช่วยเหลือ",
    "ผู้ร้อง {P} แจ้งว่าได้รับความเดือดร้อน",
    "{P} ผู้ร้องเรียน ได้มาให้ถ้อยคำเพิ่มเติม",
    "โดยมี {P} เป็นพยาน",
    "ให้ {P} มารายงานตัวภายในกำหนด",
    "ผู้ต้องหา {P} ให้การรับสารภาพ",
    "จับกุม {P} พร้อมของกลาง",
    "ได้รับแจ้งจาก {P} ว่าสูญหาย",
    "เรียน {P}",
    "สำเนาถึง {P}",
    "(ลงชื่อ) {P} ผู้ให้ถ้อยคำ",
    "ลงชื่อ {P} ผู้ร้อง",
    "บิดาชื่อ {P} มารดาชื่อ {Q}",
    "ระหว่าง {P} โจทก์ กับ {Q} จำเลย",
    "{P} และ {Q} ได้ร่วมกันยื่นหนังสือ",
    "ผู้รับมอบอำนาจ {P}",
    "ชื่อผู้ขอ {P}",
    "ขอรับรองว่า {P} เป็นผู้มีความประพฤติดี",
    "ผู้ป่วยชื่อ {P} เข้ารับการรักษา",
)
_LETTER_TITLES = ("นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "", "")


def _letter_name(firsts: Sequence[str], families: Sequence[str], rng: random.Random) -> str:
    title = rng.choice(_LETTER_TITLES)
    first = rng.choice(firsts)
    if not title or rng.random() < 0.85:
        return f"{title}{first} {rng.choice(families)}"
    return f"{title}{first}"


def letter_sentences(firsts: Sequence[str], families: Sequence[str], seed: int, count: int) -> list[Sentence]:
    """``count`` official-letter style sentences with PERSON mentions only."""
    rng = random.Random(seed)
    return _filled(_LETTER_TEMPLATES, rx.compile(r"(\{[PQ]\})"),
                   lambda _slot: (_letter_name(firsts, families, rng), True), rng, count)


def _filled(templates: Sequence[str], slots: re.Pattern[str], fill: Callable[[str], tuple[str, bool]],
            rng: random.Random, count: int) -> list[Sentence]:
    """``count`` sentences, each a template drawn by ``rng`` with every ``slots`` match (a capturing pattern)
    replaced by ``fill(slot)``: its text, and whether that text is a PERSON mention."""
    out: list[Sentence] = []
    for _ in range(count):
        text = ""
        ents: list[Entity] = []
        for piece in slots.split(rng.choice(templates)):
            if slots.fullmatch(piece):
                value, person = fill(piece)
                if person:
                    ents.append(Entity(len(text), len(text) + len(value), "PERSON"))
                text += value
            else:
                text += piece
        out.append(Sentence(text, tuple(ents)))
    return out


# Where official documents put names outside running prose: committee and attendance lists, table rows
# and cells (often without a title), a position before the name, a nickname in quotes. {P} is a name with
# a title, {U} one without, {N} a nickname, {n} a row number. Nothing else in them is an entity in ThaiNER's
# scheme (positions, ages and row numbers are not), so no other label is taught as O wrongly.
_FRAGMENT_TEMPLATES = (
    "{n}. {P} ประธานกรรมการ",
    "{n}. {P} กรรมการ",
    "{n}. {P} กรรมการและเลขานุการ",
    "{n}. {U} ผู้ช่วยเลขานุการ",
    "{n} {U} {age}",
    "{n}\t{U}\t{age}",
    "{n}\t{P}\tผู้ร้อง",
    "{n} {U} ผู้เข้าร่วมประชุม",
    "{U}",
    "{U}\t{age}",
    "ชื่อ-สกุล {U}",
    "ชื่อ - นามสกุล {P}",
    "ผู้ขอ {U}",
    "ประธานกรรมการ {P}",
    "หัวหน้าฝ่าย {U}",
    "ผู้ตรวจสอบ {U} ลงชื่อ",
    "ผู้ร้องเรียน {U} แจ้งว่า",
    "{P} หรือ \"{N}\"",
    "{U} ชื่อเล่น \"{N}\"",
    "{P} (\"{N}\") ผู้เสียหาย",
    "ลงชื่อ {U}",
    "({U})",
)
# Invented, common nickname-like words; a nickname is a person's name in ThaiNER's scheme.
_NICKNAMES = ("ต้น", "นุ่น", "แนน", "บอย", "ปุ้ย", "หน่อง", "เก่ง", "ฝน", "มด", "แบงค์", "โอ๋", "กุ้ง", "เอ", "บี", "จุ๋ม",
              "ตูน", "ปอ", "อ้อย", "หนิง", "ป๊อป")


def document_fragments(firsts: Sequence[str], families: Sequence[str], seed: int, count: int) -> list[Sentence]:
    """``count`` list, table and form fragments with PERSON mentions only (titled, untitled, nicknames)."""
    rng = random.Random(seed)

    def fill(slot: str) -> tuple[str, bool]:
        if slot == "{n}":
            return str(rng.randint(1, 40)), False
        if slot == "{age}":
            return str(rng.randint(18, 80)), False
        if slot == "{P}":
            return f"{rng.choice(_LETTER_TITLES[:8])}{rng.choice(firsts)} {rng.choice(families)}", True
        if slot == "{U}":
            return f"{rng.choice(firsts)} {rng.choice(families)}", True
        return rng.choice(_NICKNAMES), True

    return _filled(_FRAGMENT_TEMPLATES, rx.compile(r"(\{[PUNn]\}|\{age\})"), fill, rng, count)
