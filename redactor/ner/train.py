"""``phoei train-ner``: the reproducible recipe behind ``models/<name>/``.

Reads ``config.toml`` in the model folder, carves the validation block from
the end of ThaiNER's train.txt, derives the segmentation dictionary from the
training part only, adds the seeded augmentations, trains the CRF and writes
``words.txt``, ``model.crfsuite``, ``model.json`` (files, digests, scores,
timings) and ``valid.txt`` (the validation block in ThaiNER markup, for
``shared/eval/score_ner.py``).
"""

from __future__ import annotations

import json
import platform
import random
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redactor.ner import augment, crf
from redactor.ner.data import Entity, Sentence, load, split_tail, write_markup
from redactor.ner.model import build_lexicon, gazetteer_sources, read_dictionary
from redactor.ner.tokenise import Token, Tokenizer, write_dictionary

Log = Callable[[str], None]


def base_dictionary() -> list[str]:
    """PyThaiNLP's word list (CC0), the starting point of the segmentation dictionary."""
    from pythainlp.corpus import thai_words

    return sorted(thai_words())


def crossing_words(sentences: Iterable[Sentence], tokenize: Callable[[str], list[Token]]) -> Counter[str]:
    """Tokens that cross an entity edge, with how often they do."""
    out: Counter[str] = Counter()
    for s in sentences:
        toks = tokenize(s.text)
        for ent in s.entities:
            for a, b in toks:
                if a < ent.start < b or a < ent.end < b:
                    out[s.text[a:b]] += 1
    return out


def derive_dictionary(train_set: Sequence[Sentence], words: Iterable[str], work: Path, rounds: int,
                      log: Log) -> tuple[list[str], list[str]]:
    """Remove dictionary words that cross entity edges in training, until none is left (or ``rounds``)."""
    vocab = set(words)
    removed: set[str] = set()
    for r in range(rounds):
        path = work / f"words.round{r}.txt"
        write_dictionary(vocab - removed, path)
        cross = crossing_words(train_set, Tokenizer(path))
        new = {w for w in cross if w in vocab} - removed
        log(f"dictionary round {r}: {sum(cross.values())} crossing tokens, removing {len(new)} words")
        path.unlink()
        if not new:
            break
        removed |= new
    return sorted(vocab - removed), sorted(removed)


def score(gold: Sequence[Sentence], predicted: Sequence[Sequence[Entity]]) -> dict[str, Any]:
    """Entity-level exact match, per label and overall (as ``shared/eval/score_ner.py``)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for s, pred in zip(gold, predicted, strict=True):
        p = {(e.start, e.end, e.label) for e in pred}
        g = {(e.start, e.end, e.label) for e in s.entities}
        for x in p & g:
            tp[x[2]] += 1
        for x in p - g:
            fp[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict[str, float]:
        p_ = t / (t + f_p) if t + f_p else 0.0
        r_ = t / (t + f_n) if t + f_n else 0.0
        return {"p": round(p_, 4), "r": round(r_, 4), "f1": round(2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0, 4)}

    labels = sorted(set(tp) | set(fp) | set(fn), key=lambda lab: -(tp[lab] + fn[lab]))
    return {
        "overall": prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "labels": {lab: {"gold": tp[lab] + fn[lab], **prf(tp[lab], fp[lab], fn[lab])} for lab in labels},
    }


def unseen_recall(train_set: Sequence[Sentence], valid: Sequence[Sentence],
                  predicted: Sequence[Sequence[Entity]], label: str = "PERSON") -> dict[str, float]:
    """Recall on validation mentions whose surface never occurs as that label in training.

    Held-out documents are full of names the model never saw; this is the
    validation number closest to that.
    """
    seen = {s.text[e.start:e.end] for s in train_set for e in s.entities if e.label == label}
    total = hit = 0
    for s, pred in zip(valid, predicted, strict=True):
        p = {(e.start, e.end, e.label) for e in pred}
        for e in s.entities:
            if e.label == label and s.text[e.start:e.end] not in seen:
                total += 1
                hit += (e.start, e.end, e.label) in p
    return {"mentions": total, "recall": round(hit / total, 4) if total else 0.0}


def read_config(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


@dataclass
class Fitted:
    """What ``fit`` leaves in its folder and returns."""

    words: list[str]
    removed: list[str]
    extra: list[Sentence]
    digest: str
    crf_seconds: float
    tagger: crf.CrfTagger


def augmentations(train_set: Sequence[Sentence], acfg: dict[str, Any], seed: int) -> list[Sentence]:
    """The seeded extra sentences ``config.toml``'s ``[augment]`` asks for."""
    firsts, families, _places = gazetteer_sources()
    extra: list[Sentence] = []
    if int(acfg.get("swap_names_copies", 0)):
        extra += augment.swap_names(train_set, firsts, families, seed=seed + 1,
                                    copies=int(acfg["swap_names_copies"]))
    if int(acfg.get("letter_sentences", 0)):
        extra += augment.letter_sentences(firsts, families, seed=seed + 2, count=int(acfg["letter_sentences"]))
    if int(acfg.get("document_fragments", 0)):
        extra += augment.document_fragments(firsts, families, seed=seed + 3, count=int(acfg["document_fragments"]))
    return extra


def fit(train_set: Sequence[Sentence], cfg: dict[str, Any], folder: Path, seed: int, log: Log) -> Fitted:
    """Derive the dictionary from ``train_set``, augment it and train the CRF; writes ``words.txt`` and
    ``model.crfsuite`` into ``folder``. Shared by ``run`` and the cross-validation (``redactor.ner.cv``)."""
    tcfg, acfg, ccfg = cfg["tokenizer"], cfg.get("augment", {}), cfg["crf"]
    random.seed(seed)
    words, removed = derive_dictionary(train_set, base_dictionary(), folder, int(tcfg.get("rounds", 4)), log)
    write_dictionary(words, folder / "words.txt")
    words = read_dictionary(folder / "words.txt")
    tokenizer = Tokenizer(folder / "words.txt")
    lexicon, digest = build_lexicon(folder / "words.txt")
    extra = augmentations(train_set, acfg, seed)
    log(f"augmentation: {len(extra)} extra sentences")
    crf_seconds = crf.train([*train_set, *extra], tokenizer, lexicon, folder / "model.crfsuite", dict(ccfg), log)
    tagger = crf.CrfTagger(folder / "model.crfsuite", tokenizer, lexicon)
    return Fitted(words, removed, extra, digest, crf_seconds, tagger)


def run(folder: Path, data: Path | None = None, log: Log = print) -> dict[str, Any]:
    """Train the model described by ``folder/config.toml`` into ``folder``; returns ``model.json``'s content."""
    t_start = time.perf_counter()
    cfg = read_config(folder / "config.toml")
    dcfg = cfg["data"]
    seed = int(cfg.get("seed", 0))
    random.seed(seed)
    train_file = data or (folder / dcfg["train"]).resolve()
    sentences = [s for s in load(train_file) if s.text.strip()]
    train_set, valid = split_tail(sentences, int(dcfg["valid_size"]))
    log(f"{train_file}: {len(train_set)} training sentences, validation = the last {len(valid)}")
    write_markup(valid, folder / "valid.txt")

    fitted = fit(train_set, cfg, folder, seed, log)
    words, removed, extra, crf_seconds, tagger = (fitted.words, fitted.removed, fitted.extra, fitted.crf_seconds,
                                                  fitted.tagger)
    digest = fitted.digest
    t0 = time.perf_counter()
    predicted = [[e for e, _c in tagger.predict(s.text)] for s in valid]
    predict_seconds = time.perf_counter() - t0
    scores = score(valid, predicted)
    scores["unseen_person"] = unseen_recall(train_set, valid, predicted)
    total = time.perf_counter() - t_start
    meta = {
        "name": folder.name,
        "design": "python-crfsuite CRF (L-BFGS), BIO tags over newmm + character-class tokens",
        "labels": sorted({e.label for s in train_set for e in s.entities}),
        "files": {"crf": "model.crfsuite", "dictionary": "words.txt", "validation": "valid.txt"},
        "data": {"train_file": train_file.name, "sentences": len(sentences), "train": len(train_set),
                 "validation": len(valid), "augmented": len(extra)},
        "dictionary": {"words": len(words), "removed": removed},
        "gazetteer_sha256": digest,
        "validation": scores,
        "timing": {"total_seconds": round(total, 1), "crf_seconds": round(crf_seconds, 1),
                   "validation_sentences_per_second": round(len(valid) / predict_seconds, 1)},
        "size_bytes": sum(p.stat().st_size for p in (folder / "model.crfsuite", folder / "words.txt")),
        "environment": {"python": platform.python_version(), "machine": platform.machine(), **_versions()},
        "seed": seed,
    }
    (folder / "model.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log(f"validation F1 {scores['overall']['f1']:.4f} "
        f"(PERSON {scores['labels'].get('PERSON', {}).get('f1', 0.0):.4f}); total {total:.0f}s")
    return meta


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for pkg in ("python-crfsuite", "nlpo3", "pythainlp"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "?"
    return out
