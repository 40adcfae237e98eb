"""The recipe end to end on a tiny sample (seconds, not the real 600-sentence validation)."""

from __future__ import annotations

import json
from pathlib import Path

from redactor.ner import augment
from redactor.ner.data import Sentence, parse_line
from redactor.ner.features import Lexicon, gazetteer_tags
from redactor.ner.model import NerModel
from redactor.ner.train import run, score

LINES = [
    "[PERSON]นายสมชาย ใจดี[/PERSON] เดินทางไป[LOCATION]จ.เชียงใหม่[/LOCATION]",
    "[ORGANIZATION]กรมควบคุมโรค[/ORGANIZATION] เตือนประชาชนเมื่อ[DATE]5 ธ.ค.[/DATE]",
    "ผู้สื่อข่าวรายงานว่า [PERSON]นางสาวสุดา ทองดี[/PERSON] ได้รับบาดเจ็บ",
    "เวลา [TIME]10.00 น.[/TIME] ที่[FACILITY]วัดดอยสุเทพ[/FACILITY] [AGO]45 ปี[/AGO]",
    "ใน[LOCATION]ประเทศไทย[/LOCATION] [PERSON]พล.อ.ประยุทธ์ จันทร์โอชา[/PERSON] กล่าว",
] * 6


def tiny_recipe(tmp_path: Path, augment: str) -> Path:
    """A recipe folder that trains on ``LINES`` (``train.txt`` beside it, with a BOM) in seconds;
    ``augment``: the [augment] section's lines after ``swap_names_copies = 1``."""
    (tmp_path / "train.txt").write_text("\ufeff" + "\n".join(LINES) + "\n", encoding="utf-8")
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "config.toml").write_text(
        'seed = 1\n[data]\ntrain = "../train.txt"\nvalid_size = 5\n[tokenizer]\nrounds = 2\n'
        f"[augment]\nswap_names_copies = 1\n{augment}"
        '[crf]\nalgorithm = "lbfgs"\nc1 = 0.05\nc2 = 0.01\nmax_iterations = 15\n', encoding="utf-8")
    return folder


def test_train_on_a_tiny_sample(tmp_path: Path) -> None:
    folder = tiny_recipe(tmp_path, "letter_sentences = 5\n")
    meta = run(folder, log=lambda _m: None)
    for name in ("model.crfsuite", "words.txt", "model.json", "valid.txt"):
        assert (folder / name).is_file(), name
    assert meta["data"]["validation"] == 5 and meta["data"]["train"] == 25
    assert json.loads((folder / "model.json").read_text(encoding="utf-8"))["seed"] == 1
    assert (folder / "valid.txt").read_text(encoding="utf-8").splitlines()[0] == LINES[0]
    model = NerModel(folder)
    ents = model.predict("[PERSON]นายสมชาย ใจดี[/PERSON]".replace("[PERSON]", "").replace("[/PERSON]", ""))
    assert all(0 <= e.start < e.end <= len("นายสมชาย ใจดี") and 0.0 <= e.score <= 1.0 for e in ents)
    assert meta["validation"]["overall"]["f1"] > 0.5


def test_score_is_entity_level_exact_match() -> None:
    gold = [parse_line("[PERSON]นายก ข[/PERSON] ที่ [LOCATION]ค[/LOCATION]")]
    pred = [[gold[0].entities[0], type(gold[0].entities[0])(0, 3, "LOCATION")]]
    s = score(gold, pred)
    assert s["labels"]["PERSON"]["f1"] == 1.0
    assert s["labels"]["LOCATION"] == {"gold": 1, "p": 0.0, "r": 0.0, "f1": 0.0}
    assert s["overall"]["p"] == 0.5 and s["overall"]["r"] == 0.5


def test_gazetteers_match_across_tokens() -> None:
    lex = Lexicon.build(["ไทย"], ["กิตติพงษ์"], ["ทองดี"], ["เชียงใหม่"])
    texts = ["นาย", "กิตติ", "พงษ์", " ", "ทอง", "ดี", "พ", ".", "ต", ".", "อ", "."]
    tags = gazetteer_tags(texts, lex)
    assert "TITLE:B" in tags[0] and "FIRST:B" in tags[1] and "FIRST:I" in tags[2]
    assert "FAMILY:B" in tags[4] and "FAMILY:I" in tags[5]
    assert "TITLE:B" in tags[6] and "TITLE:I" in tags[11]
    assert not tags[3]


def test_name_swapping_keeps_titles_and_offsets() -> None:
    s = parse_line("ตามที่[PERSON]นางประนอม ทองจันทร์[/PERSON] กับ [PERSON]ด.ช.กิตติพงษ์[/PERSON] "
                   "ที่[LOCATION]จ.ปัตตานี[/LOCATION] [PERSON]พระบาทสมเด็จพระเจ้าอยู่หัว[/PERSON]")
    (new,) = augment.swap_names([s], ["สมหญิง"], ["ใจงาม"], seed=3)
    assert [new.text[e.start:e.end] for e in new.entities] == [
        "นางสมหญิง ใจงาม", "ด.ช.สมหญิง", "จ.ปัตตานี", "พระบาทสมเด็จพระเจ้าอยู่หัว"]
    assert [e.label for e in new.entities] == [e.label for e in s.entities]
    assert augment.swap_names([Sentence("ไม่มีชื่อ", ())], ["ก"], ["ข"], seed=1) == []


def test_letter_sentences_are_seeded_and_person_only() -> None:
    a = augment.letter_sentences(["สมหญิง"], ["ใจงาม"], seed=5, count=20)
    assert a == augment.letter_sentences(["สมหญิง"], ["ใจงาม"], seed=5, count=20)
    for s in a:
        assert s.entities and all(e.label == "PERSON" for e in s.entities)
        assert all("สมหญิง" in s.text[e.start:e.end] for e in s.entities)
