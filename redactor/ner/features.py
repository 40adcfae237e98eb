"""Token features for the CRF: word identity, shape, affixes, cue words and gazetteers.

No part-of-speech features (they add nothing measurable and tie the model to
a tagger). Gazetteer matches run over up to ``MAX_PHRASE`` consecutive tokens
joined as written, so an abbreviation split at its dots (``พ|.|ต|.|อ|.``) or a
name split by the segmenter (``กิตติ|พงษ์``) still matches its list entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from redactor.ner.tokenise import Token, char_class

MAX_PHRASE = 8
WINDOW = 2

# Frozen with the model: editing these lists changes what a trained model sees.
TITLES = (
    "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "คุณ", "น้อง", "พี่", "ลุง", "ป้า",
    "ยาย", "ตา", "หม่อมราชวงศ์", "หม่อมหลวง", "ม.ร.ว.", "ม.ล.", "ดร.", "ศ.", "รศ.", "ผศ.", "ศาสตราจารย์",
    "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "อ.", "อาจารย์", "ครู", "นพ.", "น.พ.", "พญ.", "พ.ญ.", "ทพ.", "ทพญ.",
    "ภก.", "ภญ.", "นายแพทย์", "แพทย์หญิง", "ทันตแพทย์", "เภสัชกร", "พระ", "พระครู", "พระมหา", "หลวงพ่อ",
    "หลวงปู่", "แม่ชี", "สมเด็จ", "ส.ส.", "ส.ว.", "ผู้ใหญ่", "กำนัน", "มิสเตอร์", "มิส", "มาดาม",
    "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี", "ร้อยตำรวจเอก",
    "ร้อยตำรวจโท", "ร้อยตำรวจตรี", "ดาบตำรวจ", "จ่าสิบตำรวจ", "สิบตำรวจเอก", "สิบตำรวจโท", "สิบตำรวจตรี",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "จ.ส.ต.",
    "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.", "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท",
    "ร้อยตรี", "จ่าสิบเอก", "จ่าสิบโท", "จ่าสิบตรี", "สิบเอก", "สิบโท", "สิบตรี", "พลทหาร", "นาวาเอก", "นาวาโท",
    "นาวาตรี", "เรือเอก", "เรือโท", "เรือตรี", "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.",
    "ร.ต.", "จ.ส.อ.", "จ.ส.ท.", "ส.อ.", "ส.ท.", "ส.ต.", "น.อ.", "น.ท.", "น.ต.", "พล.ร.อ.", "พล.อ.อ.", "ว่าที่",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Miss",
)
ORG_CUES = (
    "กระทรวง", "กรม", "สำนักงาน", "สำนัก", "บริษัท", "บมจ.", "หจก.", "จำกัด", "มหาชน", "ธนาคาร", "มหาวิทยาลัย", "ม.",
    "โรงเรียน", "โรงพยาบาล", "รพ.", "สมาคม", "มูลนิธิ", "พรรค", "ศาล", "สถานีตำรวจ", "สภ.", "สน.", "กอง", "กองบัญชาการ",
    "การไฟฟ้า", "การประปา", "การท่าเรือ", "การรถไฟ", "องค์การ", "สถาบัน", "ศูนย์", "คณะ", "คณะกรรมการ", "สภา", "กลุ่ม",
    "สหกรณ์", "เทศบาล", "อบต.", "อบจ.", "ตำรวจ", "กองทัพ", "สโมสร", "ชมรม", "สหภาพ", "สถานทูต", "กกต.", "ป.ป.ช.",
    "ปปช.", "สตช.", "กทม.", "แห่งชาติ", "แห่งประเทศไทย", "Co.", "Ltd.", "Inc.",
)
LOC_CUES = (
    "จังหวัด", "จ.", "อำเภอ", "อ.", "ตำบล", "ต.", "หมู่", "หมู่บ้าน", "บ้าน", "ถนน", "ถ.", "ซอย", "ซ.", "แขวง", "เขต",
    "เมือง", "ประเทศ", "ภาค", "แม่น้ำ", "เกาะ", "วัด", "ตลาด", "สะพาน", "สนามบิน", "ท่าอากาศยาน", "อุทยาน", "เขื่อน",
    "สถานี", "ห้าง", "อาคาร", "ชุมชน", "คลอง", "ทะเล", "ดอย", "ภูเขา", "น้ำตก", "หาด", "นคร", "กรุง", "รัฐ",
)
MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
    "พฤศจิกายน", "ธันวาคม", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
    "ธ.ค.",
)
DATE_CUES = ("วันที่", "พ.ศ.", "ค.ศ.", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์",
             "วันอาทิตย์", "เมื่อวันที่", "ปี", "เดือน", "ปีนี้", "เมื่อวาน", "วันนี้", "พรุ่งนี้")
TIME_CUES = ("น.", "นาฬิกา", "เวลา", "โมง", "ทุ่ม", "นาที", "ชั่วโมง", "ชม.")
MONEY_CUES = ("บาท", "ล้าน", "ล้านบาท", "ดอลลาร์", "ยูโร", "เยน", "หยวน", "ริงกิต", "สตางค์", "แสน", "หมื่น", "พัน")
LAW_CUES = ("พ.ร.บ.", "พระราชบัญญัติ", "พระราชกำหนด", "พ.ร.ก.", "มาตรา", "ประมวลกฎหมาย", "รัฐธรรมนูญ", "กฎหมาย",
            "ระเบียบ", "ประกาศ", "คำสั่ง", "กฎกระทรวง")
MEASURE_CUES = ("กม.", "กิโลเมตร", "เมตร", "ซม.", "เซนติเมตร", "ไร่", "งาน", "ตารางวา", "%", "เปอร์เซ็นต์",
                "ร้อยละ", "กิโลกรัม", "กก.", "ตัน")
PERSON_CUES = ("ผู้ว่าราชการ", "ผู้ว่าฯ", "รัฐมนตรี", "นายกรัฐมนตรี", "นายกฯ", "ประธาน", "โฆษก", "ผู้อำนวยการ",
               "อธิบดี", "ปลัด", "เลขาธิการ", "ผู้บัญชาการ", "ผบ.", "ผกก.", "ผู้กำกับ", "หัวหน้า", "รอง", "กล่าวว่า",
               "เปิดเผยว่า", "ระบุว่า", "เผยว่า", "ชื่อ", "ผู้ต้องหา", "ผู้ป่วย", "ผู้เสียชีวิต", "ภรรยา", "สามี",
               "บุตร", "ลูก", "แม่", "พ่อ", "อายุ", "ปี", "ดารา", "นักร้อง", "นักแสดง")


@dataclass(frozen=True)
class Lexicon:
    """Word lists the features read: dictionary words, names and places, cue words."""

    words: frozenset[str]
    phrases: Mapping[str, tuple[str, ...]]

    @classmethod
    def build(cls, words: Iterable[str], first_names: Iterable[str], family_names: Iterable[str],
              places: Iterable[str]) -> Lexicon:
        table: dict[str, set[str]] = {}

        def add(items: Iterable[str], tag: str) -> None:
            for it in items:
                it = it.strip()
                if it:
                    table.setdefault(it, set()).add(tag)

        add(first_names, "FIRST")
        add(family_names, "FAMILY")
        add(places, "PLACE")
        for tag, items in (("TITLE", TITLES), ("ORGC", ORG_CUES), ("LOCC", LOC_CUES), ("MONTH", MONTHS),
                           ("DATEC", DATE_CUES), ("TIMEC", TIME_CUES), ("MONEYC", MONEY_CUES), ("LAWC", LAW_CUES),
                           ("MEASC", MEASURE_CUES), ("PERC", PERSON_CUES)):
            add(items, tag)
        return cls(frozenset(w.strip() for w in words if w.strip()),
                   {k: tuple(sorted(v)) for k, v in table.items()})

    @cached_property
    def longest(self) -> int:
        """The length of the longest list phrase: a longer run of tokens matches none."""
        return max(map(len, self.phrases), default=0)

    @cached_property
    def prefixes(self) -> frozenset[str]:
        """Every beginning of a list phrase (the phrases included): a run of tokens that is none
        cannot grow into a phrase."""
        return frozenset(p[:k] for p in self.phrases for k in range(1, len(p) + 1))


@lru_cache(maxsize=65536)
def _shape(w: str) -> str:
    out: list[str] = []
    for ch in w:
        c = char_class(ch)
        if c == "l":
            c = "L" if ch.isupper() else "l"
        elif c == "o":
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


@lru_cache(maxsize=65536)
def _word_features(w: str, in_dict: bool) -> tuple[str, ...]:
    low = w.lower()
    cls = char_class(w[0]) if w else "?"
    f = [f"w={low}", f"sh={_shape(w)}", f"len={min(len(w), 8)}"]
    if cls == "t":
        f += [f"p1={w[:1]}", f"p2={w[:2]}", f"p3={w[:3]}", f"s1={w[-1:]}", f"s2={w[-2:]}", f"s3={w[-3:]}"]
        f.append("dict" if in_dict else "nodict")
    elif cls == "l":
        f += [f"s3={low[-3:]}", "cap" if w[:1].isupper() else "lower"]
    elif cls == "d":
        f.append(f"dlen={min(len(w), 5)}")
    return tuple(f)


def gazetteer_matches(texts: Sequence[str], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """``(first, last, tag)`` token ranges whose joined text is a list phrase.

    Phrases never start or end on a space token, and may contain a space only
    for multi-word entries.
    """
    n = len(texts)
    out: list[tuple[int, int, str]] = []
    prefixes = lexicon.prefixes
    phrases = lexicon.phrases
    for i in range(n):
        if texts[i].isspace():
            continue
        s = ""
        for j in range(i, min(n, i + MAX_PHRASE)):
            s += texts[j]
            if s not in prefixes:  # no phrase starts this way: neither this run nor a longer one is one
                break
            if texts[j].isspace():
                continue
            for t in phrases.get(s, ()):
                out.append((i, j, t))
    return out


def gazetteer_tags(texts: Sequence[str], lexicon: Lexicon,
                   matches: list[tuple[int, int, str]] | None = None) -> list[set[str]]:
    """Per token: ``TAG:B`` / ``TAG:I`` (and ``TAG:U`` for one token) for every list phrase it is part of."""
    tags: list[set[str]] = [set() for _ in texts]
    for i, j, t in gazetteer_matches(texts, lexicon) if matches is None else matches:
        tags[i].add(f"{t}:B")
        for k in range(i + 1, j + 1):
            tags[k].add(f"{t}:I")
        if j == i:
            tags[i].add(f"{t}:U")
    return tags


def after_title(texts: Sequence[str], matches: list[tuple[int, int, str]], reach: int = 12) -> list[str | None]:
    """Per token after a title (within ``reach`` tokens): how many spaces lie between, and whether one follows it.

    A Thai name is title, given name, space, family name; this is what tells
    the CRF that the word after the second space is no longer the name.
    """
    n = len(texts)
    ends = sorted({(i, j) for i, j, t in matches if t == "TITLE"}, key=lambda x: x[1])
    out: list[str | None] = [None] * n
    k = 0
    last: tuple[int, int] | None = None
    for pos in range(n):
        while k < len(ends) and ends[k][1] < pos:
            last = ends[k]
            k += 1
        if last is None or pos - last[1] > reach:
            continue
        end = last[1]
        spaces = sum(1 for q in range(end + 1, pos) if texts[q].isspace())
        gap = "g" if end + 1 < n and texts[end + 1].isspace() else "n"
        out[pos] = f"{min(spaces, 3)}{gap}"
    return out


_OFFSETS = tuple(d for d in range(-WINDOW, WINDOW + 1) if d != 0)
_BOUND = {d: f"{d}:BOUND" for d in _OFFSETS}
_PNS, _NNS = 100, 101  # slots for the nearest non-space neighbours' features


@lru_cache(maxsize=65536)
def _context_features(t: str, in_dict: bool, tags: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    """What a token contributes to the features of the token ``d`` places before or after it
    (key ``d`` in ``_OFFSETS``), and as that token's nearest non-space neighbour (``_PNS``, ``_NNS``)."""
    low = t.lower() if not t.isspace() else "_"
    shape = _shape(t)
    out: dict[int, tuple[str, ...]] = {}
    for d in _OFFSETS:
        f = [f"{d}:w={low}", f"{d}:sh={shape}", *(f"{d}:{g}" for g in tags)]
        if abs(d) == 1 and in_dict:
            f.append(f"{d}:dict")
        out[d] = tuple(f)
    out[_PNS] = (f"pns={low}", *(f"pns:{g}" for g in tags))
    out[_NNS] = (f"nns={low}", *(f"nns:{g}" for g in tags))
    return out


def sentence_features(text: str, tokens: Sequence[Token], lexicon: Lexicon) -> list[list[str]]:
    """One feature list per token."""
    texts = [text[s:e] for s, e in tokens]
    n = len(texts)
    matches = gazetteer_matches(texts, lexicon)
    gaz = gazetteer_tags(texts, lexicon, matches)
    titled = after_title(texts, matches)
    base = [_word_features(t, t in lexicon.words) for t in texts]
    low = [t.lower() if not t.isspace() else "_" for t in texts]
    # Nearest non-space neighbours: Thai separates phrases with spaces.
    prev_ns: list[int] = []
    last = -1
    for i in range(n):
        prev_ns.append(last)
        if not texts[i].isspace():
            last = i
    next_ns = [0] * n
    nxt = n
    for i in range(n - 1, -1, -1):
        next_ns[i] = nxt
        if not texts[i].isspace():
            nxt = i
    # What a token contributes to its neighbours' features depends only on its text, whether it is a
    # dictionary word and its list tags: shared by every occurrence of the same word.
    seen = [_context_features(t, "dict" in b, tuple(g)) for t, b, g in zip(texts, base, gaz, strict=True)]
    feats: list[list[str]] = []
    for i in range(n):
        f = ["b", *base[i], *gaz[i]]
        if texts[i].isspace():
            f.append("SPACE")
        if titled[i] is not None:
            f.append(f"ttl={titled[i]}")
            f.append(f"ttl={titled[i]}|{'sp' if texts[i].isspace() else base[i][1]}")
        for d in _OFFSETS:
            j = i + d
            if 0 <= j < n:
                f.extend(seen[j][d])
            else:
                f.append(_BOUND[d])
        if i > 0:
            f.append(f"bi-={low[i - 1]}|{low[i]}")
        if i + 1 < n:
            f.append(f"bi+={low[i]}|{low[i + 1]}")
        p, q = prev_ns[i], next_ns[i]
        if p >= 0:
            f.extend(seen[p][_PNS])
        else:
            f.append("pns=BOS")
        if q < n:
            f.extend(seen[q][_NNS])
        else:
            f.append("nns=EOS")
        feats.append(f)
    return feats
