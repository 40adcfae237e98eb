"""compile_scan: a first-character guard that never changes what a pattern finds."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import redactor.detectors
from redactor import rx
from redactor import rx as rx_module
from redactor.rx import ORIGINAL, compile_scan, first_class

# (pattern, flags, the guard expected: None where none can be told or none is needed)
GUARDS = [
    (r"(?:มี)?รายได้|(?:อัตรา)?เงินเดือน", 0, "(?=[มรอเ])"),
    (r"(?<![ก-๛])ทาง(?:การ)?", 0, "(?=[ท])"),
    (r"\b(?:fever|cough)\b", 0, "(?=[fc])"),
    (r"(?i:mr|ms)\.?[ \t]+[A-Z]", 0, "(?=(?i:[m]))"),
    (r"(?:[0-9]{1,3})?[ -]?x", 0, r"(?=[0-9 \-x])"),
    (r"[^0-9]abc", 0, None),  # a negated class: could start with almost anything
    (r".foo", 0, None),
    (r"(?:a)?", 0, None),  # can match the empty string
    (r"(?=x)", 0, None),
    (r"\d{13}", 0, r"(?=[\d])"),  # a run of one class: re tries it everywhere, its class is the skip
    (r"\d", 0, None),  # already fast: starts with a class
    (r"abc|abd", 0, None),  # already fast: an alternation of literals
]


@pytest.mark.parametrize(("pattern", "flags", "guard"), GUARDS)
def test_guard(pattern: str, flags: int, guard: str | None) -> None:
    compiled = compile_scan(pattern, flags)
    if guard is None:
        assert compiled.pattern == pattern
    else:
        assert first_class(pattern, flags) == guard
        if guard.startswith("(?=(?i:"):
            assert compiled.pattern.startswith(guard)  # case-insensitive: a lookahead in front
        else:  # case-exact: the engine's own skip to the class, the pattern as written (rx._skipping)
            assert compiled.pattern == pattern and (pattern, flags) in rx.SKIPPING


TEXTS = [
    "นายสมชาย มีรายได้เดือนละ 15,000 บาท ทางการเห็นว่า อัตราเงินเดือน 20,000",
    "Patient: MR. JOHN SMITH had a fever and a cough; Ms Ann Lee (mother) — no fever.",
    "\nทาง\nการ ทาง ไปทาง 012-345-6789 x 1 2 3 x",
    "",
]


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags", "_guard"), GUARDS)
@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_on_table(pattern: str, flags: int, _guard: str | None, text: str) -> None:
    assert _matches(compile_scan(pattern, flags), text) == _matches(re.compile(pattern, flags), text)


def _detector_patterns() -> list[re.Pattern[str]]:
    out: dict[int, re.Pattern[str]] = {}
    names = [f"redactor.detectors.{m.name}" for m in pkgutil.iter_modules(redactor.detectors.__path__)]
    for name in [*names, "redactor.lexicon", "redactor.keep_rules", "redactor.label_value", "redactor.policy"]:
        for value in vars(importlib.import_module(name)).values():
            if isinstance(value, (re.Pattern, rx.Gated)) and isinstance(value.pattern, str):
                out[id(value)] = value
    return list(out.values())


PATTERNS = _detector_patterns()
# Each pattern as written (a detector may already compile it guarded), and guarded.
WRITTEN = [re.compile(ORIGINAL.get(rx.pattern, rx.pattern), rx.flags) for rx in PATTERNS]
GUARDED = [(rx, compile_scan(rx.pattern, rx.flags & ~re.UNICODE)) for rx in WRITTEN]
ALPHABET = st.sampled_from([
    *"กขคงจนบปมยรลวสหอะาิีึืุูเแโใไ่้๊๋็์ำ๐๑๒๓๔๕๖๗๘๙0123456789 \t\n.,:;/-()@+ABCDEFMNRSTZabcdefmnorstuxyzÀéß",
    "นาย", "นาง", "MR.", "Ms ", "บาท", "หมู่ ", "ถนน", "โทร ", "เลขที่ "])


def test_every_detector_pattern_is_checked() -> None:
    assert len(PATTERNS) > 100
    # most gain a guard: a lookahead in front, or the class as the engine's skip (rx._skipping)
    assert sum(fast.pattern != rx.pattern or (rx.pattern, rx.flags & ~re.UNICODE) in rx_module.SKIPPING
               for rx, fast in GUARDED) > 150
    assert sum(isinstance(fast, rx_module.Gated) for _rx, fast in GUARDED) > 50  # and many a substring check


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_detector_patterns_find_the_same(text: str) -> None:
    for written, fast in GUARDED:
        assert _matches(fast, text) == _matches(written, text), written.pattern


# --- the compiled-pattern cache (rx.compile) ---------------------------------------------------

def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        assert _matches(a, text) == _matches(b, text)


def test_rx_compile_is_re_compile_for_every_detector_pattern() -> None:
    for written in WRITTEN:
        compiled = rx.compile(written.pattern, written.flags & ~re.UNICODE)
        assert ORIGINAL.get(compiled.pattern, compiled.pattern) == written.pattern
        assert (compiled.flags, compiled.groups, compiled.groupindex) == \
            (written.flags, written.groups, written.groupindex)
        for text in TEXTS:
            assert _matches(compiled, text) == _matches(written, text)


def test_rx_compile_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        rx.compile("(unclosed")


def _fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> rx._CodeCache:
    monkeypatch.setenv("PHOEI_CACHE_DIR", str(tmp_path))
    return rx._CodeCache()


SAMPLES = [(p, f) for p, f, _g in GUARDS] + [(r"(?P<label>โทร)[ :]*(?P<number>0[0-9 -]{8,11})", 0),
                                           (r"(?i)mr\.?\s+(\w+)", re.MULTILINE)]


def test_cache_round_trip_between_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _fresh(tmp_path, monkeypatch)
    built = {(p, f): first.compile(p, f) for p, f in SAMPLES}
    first.save()
    (cache_file,) = tmp_path.glob("regex-*.marshal")
    assert cache_file.stat().st_size > 0
    second = rx._CodeCache()  # what the next process sees

    def no_assembly(*_a: object) -> None:
        raise AssertionError("assembled again: the cache was not used")

    monkeypatch.setattr(second, "_assemble", no_assembly)
    for (p, f), compiled in built.items():
        _same(second.compile(p, f), compiled)
        _same(compiled, re.compile(p, f))


def test_cache_keeps_guards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _fresh(tmp_path, monkeypatch)
    calls: list[str] = []

    def make(p: str, f: int) -> str | None:
        calls.append(p)
        return rx._guarded(p, f)

    guard = first.guard(r"(?:มี)?รายได้", 0, make)
    first.save()
    assert rx._CodeCache().guard(r"(?:มี)?รายได้", 0, make) == guard
    assert calls == [r"(?:มี)?รายได้"]


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(("another-engine", {}, {}, {})),
                                     marshal.dumps([1, 2, 3])])
def test_a_bad_cache_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    cache = _fresh(tmp_path, monkeypatch)
    assert cache.path() is not None
    cache.path().write_bytes(content)  # type: ignore[union-attr]
    for p, f in SAMPLES:
        _same(cache.compile(p, f), re.compile(p, f))
    cache.save()
    assert rx._CodeCache().compile(SAMPLES[0][0], SAMPLES[0][1]).pattern == SAMPLES[0][0]


def test_a_program_the_engine_refuses_is_assembled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _fresh(tmp_path, monkeypatch)
    cache.compile("abc+", 0)
    cache.save()
    data = marshal.loads(cache.path().read_bytes())  # type: ignore[union-attr]
    key = ("abc+", 0)
    flags, _code, groups, groupindex, indexgroup = data[1][key]
    data[1][key] = (flags, b"\xff\xff\xff\x7f" * 3, groups, groupindex, indexgroup)  # no valid program
    cache.path().write_bytes(marshal.dumps(data))  # type: ignore[union-attr]
    _same(rx._CodeCache().compile("abc+", 0), re.compile("abc+"))


def test_no_cache_where_none_is_wanted_or_possible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOEI_CACHE_DIR", "")
    off = rx._CodeCache()
    assert off.path() is None
    _same(off.compile("x+y", 0), re.compile("x+y"))
    off.save()
    # A folder that cannot be written: compiled all the same, nothing raised, nothing written.
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv("PHOEI_CACHE_DIR", str(blocked))
    cache = rx._CodeCache()
    _same(cache.compile("x+y", 0), re.compile("x+y"))
    cache.save()
    assert blocked.read_text() == ""


def test_the_cache_file_never_holds_a_documents_own_text(tmp_path: Path) -> None:
    """Names and numbers propagated through a document are compiled into patterns of their
    own; those must not reach the cache file (it outlives the document, unredacted)."""
    import subprocess
    import sys

    from tests.fixtures.make_pdf import build_lines, national_id

    name, surname, number = "นายพฤกษ์ทวี", "สุขประเสริฐวงศ์", national_id("310090012345")
    lines = [f"ผู้ร้องเรียน {name} {surname} เลขประจำตัวประชาชน {number}",
             f"ต่อมา{name[3:]} {surname} ได้ยื่นเอกสารเพิ่มเติม",
             f"ทั้งนี้ {name} {surname} ขอให้ตรวจสอบอีกครั้ง"]
    src = build_lines(tmp_path / "letter.pdf", lines)
    cache = tmp_path / "cache"
    code = ("import sys; from pathlib import Path; from redactor.pipeline import redact; "
            "r = redact(Path(sys.argv[1]), Path(sys.argv[2])); print(len(r.redactions))")
    env = {**__import__("os").environ, "PHOEI_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", code, str(src), str(tmp_path / "out.pdf")], env=env,
                          capture_output=True, text=True, check=True)
    assert int(done.stdout.strip()) >= 3  # the name was found and propagated
    (cache_file,) = cache.glob("regex-*.marshal")
    data = cache_file.read_bytes()
    assert len(data) > 100_000  # the code's own patterns are there
    for secret in (name[3:], surname, number, number.replace("-", "")):
        assert secret.encode() not in data, secret


def _cached_keys(cache: Path) -> set[tuple[str, int]]:
    (cache_file,) = cache.glob("regex-*.marshal")
    _tag, codes, _guards, _needs = marshal.loads(cache_file.read_bytes())
    return set(codes)


def test_a_cache_past_its_bound_keeps_what_the_saving_process_used(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rx, "MAX_ENTRIES", 8)
    first = _fresh(tmp_path, monkeypatch)
    old = [(f"old{i}[0-9]+", 0) for i in range(8)]
    for p, f in old:
        first.compile(p, f)
    first.save()
    assert _cached_keys(tmp_path) == set(old)  # at the bound: all kept
    second = _fresh(tmp_path, monkeypatch)
    used = [(f"new{i}[a-z]+", 0) for i in range(3)] + [old[0]]
    for p, f in used:
        second.compile(p, f)
    second.save()
    assert _cached_keys(tmp_path) == set(used)  # 11 > 8: only what the second process used


def test_the_code_builds_the_same_patterns_in_every_process(tmp_path: Path) -> None:
    """Patterns joined from a set must not follow the set's order, which changes with Python's
    hash seed from process to process: the cache file would gain a copy of them at every start
    (it reached 124 MB), and for an alternation the order can decide what matches."""
    import os
    import subprocess
    import sys

    from tests.fixtures.make_pdf import build_lines, national_id

    src = build_lines(tmp_path / "letter.pdf", [
        "ผู้ร้อง นางสาวพิมพ์ดาว ใจงาม",
        f"เลขประจำตัวประชาชน {national_id('150090012345')} โทร 081-234-5678",
        "รถยนต์ทะเบียน 1กข 2345 นครราชสีมา",
        "Passport No. AA1234567 HN 12345/67",
        "user name: pimdao.j",
        "ได้รับบาดเจ็บกระดูกหัก ป่วยเป็นโรคเบาหวาน",
        "Driver's licence 12345678 e-mail pimdao@example.com",
    ])
    code = ("import sys; from pathlib import Path; from redactor.pipeline import analyse; "
            "from redactor.ocr.cleanup import _context_re; _context_re(); "
            "analyse(Path(sys.argv[1]))")
    keys = []
    for seed in ("1", "2", "3"):
        cache = tmp_path / f"cache{seed}"
        env = {**os.environ, "PHOEI_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(src)], env=env, capture_output=True, text=True, check=True)
        keys.append(_cached_keys(cache))
    assert len(keys[0]) > 100
    for other in keys[1:]:
        differ = sorted(p[:80] for p, _f in keys[0] ^ other)
        assert not differ, differ


# --- rx.literals: a trie of a document's words, compiled without the guard step -----------------


@pytest.mark.parametrize(("words", "text"), [
    (["นาย", "นางสาว", "นาง"], "เรียน นางสาวพิมพ์ นายดำ นางแดง"),
    (["081234", "0812", "a.b", "(x)", "ก*"], "โทร 0812345678 a.b ab (x) ก* กก"),
    (["ab", "abc", "abcd", "b"], "abcdabcab b"),
    (["เลขที่ 12/3", "ม.1", "ม."], "ม.1 เลขที่ 12/3 ม.2"),
])
def test_literals_is_compile_without_a_guard(words: list[str], text: str) -> None:
    from redactor.trie_regex import literal_alternation

    source = literal_alternation(words)
    assert rx._guarded(source, 0) is None  # an alternation of literals never gets one
    got = rx.literals(words)
    want = rx.compile(source, persist=False)
    assert got.pattern == want.pattern
    assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]
    assert got.pattern not in {p for p, _f in rx._CACHE._compiled}  # never kept for the cache file


def test_ascii_folded_writes_every_character_ignorecase_takes_for_an_ascii_letter_as_that_letter() -> None:
    import string

    from redactor.rx import ascii_folded

    for x in string.ascii_lowercase:
        pattern = re.compile(x, re.IGNORECASE)
        for cp in range(0x10000):
            c = chr(cp)
            if pattern.fullmatch(c):
                assert ascii_folded(c) == x, (x, hex(cp))  # one character for one: a folded word stays whole
    assert ascii_folded("GitHub.COM \u212aing \u017foi \u0131nstagram \u0130F") == "github.com king soi instagram if"


# --- rx.required and rx.Gated: a substring check that never changes what a pattern finds --------

# (pattern, flags, the strings one of which every match holds: None where none can be told)
REQUIRED = [
    (r"(?m)^[ \t]*(ลับที่สุด|ลับมาก|ลับ|ปกปิด)[ \t]*$", 0, ("ลับ", "ปกปิด")),  # ลับมาก holds ลับ
    (r"(?<![ก-๛])ทาง(?:การ)?", 0, ("ทาง",)),  # a lookbehind consumes nothing
    (r"ทาง(?<![ก-๛]ทาง)(?:การ)?(?:เห็น|ได้ยิน)", 0, ("เห็น", "ได้ยิน")),  # the stronger candidate
    (r"[\w.+-]+@[\w-]+\.[a-z]{2,}", 0, ("@",)),
    (r"(?:เลข)?บัญชี(?:ธนาคาร)?[ :]*[0-9]{10}", 0, ("บัญชี",)),
    (r"(?:ab)+c", 0, ("ab",)),  # a repeat that occurs at least once
    (r"(?i)ก\.x", 0, ("ก.",)),  # a Thai letter and a point have no case
    (r"(?:HN|AN)[ :]*[0-9]+", 0, ("AN", "HN")),
    (r"(?i:mr|ms)\.?[ \t]+[A-Z]", 0, None),  # letters of any case: no literal
    (r"(?:x)?[0-9]+", 0, None),  # an optional piece is not required
    (r"[0-9]{13}", 0, None),
    (r"a|[0-9]", 0, None),  # one alternative without a literal
    ("|".join(f"{chr(0x0E01 + i)}x" for i in range(40)), 0, None),  # too many alternatives to check one by one
    (r"(a)(?(1)b|c)", 0, ("a",)),
]


@pytest.mark.parametrize(("pattern", "flags", "needs"), REQUIRED)
def test_required(pattern: str, flags: int, needs: tuple[str, ...] | None) -> None:
    assert rx.required(pattern, flags) == needs
    compiled = rx.compile(pattern, flags)
    folded = rx.required(pattern, flags, fold=True)
    assert isinstance(compiled, rx.Gated) == (needs is not None or folded is not None)
    if isinstance(compiled, rx.Gated):
        assert (compiled.needs, compiled.folded) in ((needs, False), (folded, True))


# (pattern, flags, the folded strings one of which every match's ascii_folded holds)
REQUIRED_FOLDED = [
    (r"(?i:mister|madam)\.?[ \t]+[A-Z]", 0, ("adam", "ister")),  # English words in any case (after "m")
    (r"(?i:mr|ms)\.?[ \t]+[A-Z]", 0, ("m",)),  # the parser takes the common "m" out: "m[rs]"
    (r"(?i)passport[ \t]*no\.?", 0, ("passport",)),
    (r"(?<![A-Za-z])(?i:religion)[ \t]*:", 0, ("religion",)),
    (r"Blood(?i:[ \t]+type)", 0, ("blood",)),  # a letter whose case counts is folded too
    (r"(?i:nick[ \-]?name)|ชื่อเล่น", 0, ("nick", "ชื่อเล่น")),  # Thai has no case: the same in the fold
    (r"(?i)é+x", 0, ("x",)),  # a letter outside ASCII is no folded literal
    (r"(?i:[a-z]+)@", 0, ("@",)),
    (r"[0-9]{13}", 0, None),
    (r"(?i:a)|[0-9]", 0, None),  # one alternative without a literal
]


@pytest.mark.parametrize(("pattern", "flags", "needs"), REQUIRED_FOLDED)
def test_required_folded(pattern: str, flags: int, needs: tuple[str, ...] | None) -> None:
    assert rx.required(pattern, flags, fold=True) == needs
    compiled = rx.compile(pattern, flags)
    exact = rx.required(pattern, flags)
    assert isinstance(compiled, rx.Gated) == (needs is not None or exact is not None)
    if needs is not None and (exact is None or min(map(len, needs)) > min(map(len, exact))):
        assert compiled.folded and compiled.needs == needs  # type: ignore[attr-defined]  # the longer strings


GATED_TEXTS = [*TEXTS, "ลับ\nปกปิด \nx ลับมาก", "ติดต่อ a.b@example.com หรือ ab@", "บัญชีธนาคาร 1234567890 HN 123",
               "ababc abc ก.X ก.x", "\n\n",
               # English words in other cases, and characters ignorecase takes for ASCII letters
               "MR. John, Ms Mary, mS X; PASSPORT No. 1; ReLiGiOn: x; BLOOD TYPE O; NickName x",
               "\u0130\u0130 M\u0280 m\u017f A; pa\u017f\u017fport no; rel\u0130gion:; \u212a nick-name; é x éex",
               "ß ﬁ \ufb01 STRASSE blood type \u0130 religion: MS Y" * 2]


@pytest.mark.parametrize(("pattern", "flags", "_needs"), REQUIRED + REQUIRED_FOLDED)
@pytest.mark.parametrize("text", GATED_TEXTS)
def test_gated_answers_as_the_pattern(pattern: str, flags: int, _needs: object, text: str) -> None:
    fast, slow = rx.compile(pattern, flags), re.compile(pattern, flags)
    assert _matches(fast, text) == _matches(slow, text)
    assert fast.findall(text) == slow.findall(text)
    assert fast.sub("#", text) == slow.sub("#", text)
    assert fast.subn(lambda m: "", text) == slow.subn(lambda m: "", text)
    assert fast.split(text) == slow.split(text)
    for pos, endpos in ((0, len(text)), (3, len(text) - 2), (-5, 4), (2, -1), (len(text), 0), (1, 10**9)):
        a, b = fast.search(text, pos, endpos), slow.search(text, pos, endpos)
        assert (a and a.span()) == (b and b.span())
        assert [m.span() for m in fast.finditer(text, pos, endpos)] == \
            [m.span() for m in slow.finditer(text, pos, endpos)]
        a, b = fast.match(text, pos, endpos), slow.match(text, pos, endpos)
        assert (a and a.span()) == (b and b.span())


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join), st.integers(-3, 70), st.integers(-3, 70))
def test_detector_patterns_search_windows_the_same(text: str, pos: int, endpos: int) -> None:
    for written, fast in GUARDED:
        a, b = fast.search(text, pos, endpos), written.search(text, pos, endpos)
        assert (a and a.span()) == (b and b.span()), written.pattern


FOLDED_GATES = [(written, fast) for written, fast in GUARDED if isinstance(fast, rx_module.Gated) and fast.folded]
# Characters ignorecase takes for an ASCII letter, put in place of it in a generated match.
_LOOKALIKE = {"i": "\u0130", "I": "\u0131", "k": "\u212a", "s": "\u017f", "S": "\u017f"}


def test_many_detector_patterns_are_gated_on_folded_words() -> None:
    assert len(FOLDED_GATES) > 20  # labels and phrases in English, any case


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_folded_gates_never_hide_a_match(data: st.DataObject) -> None:
    """Strings made to match each folded-gated detector pattern (hypothesis ``from_regex``), some letters
    given as characters ignorecase takes for them, in Thai text: the gate lets every match through."""
    written, fast = data.draw(st.sampled_from(FOLDED_GATES))
    core = data.draw(st.from_regex(re.compile(written.pattern, written.flags), fullmatch=True))
    swap = data.draw(st.sets(st.integers(0, max(0, len(core) - 1))))
    core = "".join(_LOOKALIKE.get(c, c) if i in swap else c for i, c in enumerate(core))
    before = data.draw(st.sampled_from(["", "นาย ", "\n", "ข้อมูล: "]))
    text = before + core + data.draw(st.sampled_from(["", " ก", "\n"]))
    assert _matches(fast, text) == _matches(written, text), written.pattern
    pos = data.draw(st.integers(0, len(text)))
    a, b = fast.search(text, pos), written.search(text, pos)
    assert (a and a.span()) == (b and b.span()), written.pattern


def test_gated_is_one_object_per_pattern_and_pickles_back() -> None:
    import copy
    import pickle

    pattern = r"(?<![ก-๛])ปกปิด(?:ข้อมูล)?"
    first = rx.compile(pattern)
    assert isinstance(first, rx.Gated)
    assert rx.compile(pattern) is first
    assert copy.deepcopy(first) is first
    back = pickle.loads(pickle.dumps(first))
    assert back == first and hash(back) == hash(first)
    assert [m.span() for m in back.finditer("x ปกปิดข้อมูล")] == [(2, 13)]


@pytest.mark.parametrize("pattern", [
    r"สมชาย(?<![ก-๛]สมชาย)(?:[ \t]+ใจดี)?(?![ก-๛])", "ab", "a(?:b|c)", "0812345678", r"a\.b", "a*b", "a{2}b", "x?y",
    "a|b*c", "ก|ข", "[ab]", r"\d+", "(?i)ab", "#x", "",
])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.MULTILINE])
def test_a_pattern_opening_with_a_literal_needs_no_guard(pattern: str, flags: int) -> None:
    """The short cut for a document's names and numbers (compile(..., persist=False)) never skips a guard."""
    if rx._opens_with_literal(pattern, flags):
        assert rx._guarded(pattern, flags) is None
    assert [m.span() for m in rx.compile(pattern, flags, persist=False).finditer("ab a*b aab สมชาย ใจดี xy ก")] == \
        [m.span() for m in re.compile(pattern, flags).finditer("ab a*b aab สมชาย ใจดี xy ก")]


# --- rx._skipping: the first-character class as the engine's own skip ------------------------------

@pytest.mark.parametrize(("pattern", "first"), [
    (r"(?<![0-9])[0-9]{3}-[0-9]{4}", "[0-9]"),
    (r"\d{13}", r"[\d]"),
    (r"(?:มี)?รายได้|(?:อัตรา)?เงินเดือน", "[มรอเ]"),
    (r"(?m)^[ \t]*ลับ", "[ \tล]"),
])
def test_skipping_puts_the_class_in_the_info_block(pattern: str, first: str) -> None:
    import _sre
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    assert code[0] == _constants.INFO and code[2] == 0  # re itself finds no prefix and no class to skip to
    new = rx._skipping(code, first, parsed.state.flags)
    assert new[2] == _constants.SRE_INFO_CHARSET and new[3:5] == code[3:5]
    assert new[1 + new[1]:] == code[1 + code[1]:]  # the program itself unchanged
    groups = parsed.state.groups
    compiled = _sre.compile(pattern, parsed.state.flags, new, groups - 1, {}, (None,) * groups)
    for text in [*TEXTS, "โทร 012-3456 และ 1234567890123 มีรายได้\n  ลับ"]:
        assert _matches(compiled, text) == _matches(re.compile(pattern), text)


def test_skipping_leaves_a_program_that_can_match_empty_or_has_its_own_skip() -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    for pattern in (r"(?:a)?", r"abc", r"[ab]c"):
        code = _compiler._code(_parser.parse(pattern, 0), 0)
        assert rx._skipping(code, "[ab]", re.UNICODE) == code
