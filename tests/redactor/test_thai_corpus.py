"""redactor/thai_corpus.py returns exactly what pythainlp.corpus returns, without importing pythainlp."""

from __future__ import annotations

import subprocess
import sys

import pytest

from redactor import thai_corpus


@pytest.mark.parametrize("name", ["thai_words", "thai_stopwords", "thai_family_names", "thai_female_names",
                                  "thai_male_names", "countries", "provinces"])
def test_same_sets_as_pythainlp(name: str) -> None:
    import pythainlp.corpus

    ours = getattr(thai_corpus, name)()
    assert ours == getattr(pythainlp.corpus, name)()
    assert len(ours) > 50


def test_reading_the_lists_does_not_import_pythainlp() -> None:
    code = ("import sys; from redactor import thai_corpus as t; "
            "n = len(t.thai_words()) + len(t.provinces()); "
            "print(n, any(m == 'pythainlp' or m.startswith('pythainlp.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 1000 and out[1] == "False"


def test_cached_segmentation_is_newmm_and_a_fresh_list() -> None:
    # lexicon.segment_words caches nlpo3's answer per string (extraction and
    # normalisation segment the same runs); callers get their own list.
    import nlpo3

    from redactor import lexicon

    for text in ("ขอแจ้งผลการพิจารณา", "ตําแหน่งนักวิชาการ", "กขฃคฅ", "สมชาย ใจดี"):
        first = lexicon.segment_words(text)
        assert first == list(nlpo3.segment(text, lexicon._segmenter_name(), False, False))
        first.append("x")
        assert lexicon.segment_words(text) == first[:-1]
    assert lexicon.segment_words("") == []


def test_the_word_file_loaded_as_it_is_holds_exactly_the_word_list() -> None:
    from redactor.thai_corpus import thai_words, words_file

    path = words_file()
    assert path is not None  # PyThaiNLP's file is clean: segmentation loads it without a copy
    assert frozenset(path.read_text(encoding="utf-8").splitlines()) == thai_words()
