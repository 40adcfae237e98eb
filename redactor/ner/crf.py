"""The CRF design: python-crfsuite over ``features.sentence_features``."""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from redactor.ner.bio import spans_to_tags, tags_to_spans
from redactor.ner.data import Entity, Sentence
from redactor.ner.features import Lexicon, sentence_features
from redactor.ner.tokenise import Token

Tokenize = Callable[[str], list[Token]]


def train(sentences: Sequence[Sentence], tokenize: Tokenize, lexicon: Lexicon, path: Path,
          params: dict[str, Any], log: Callable[[str], None] = lambda _m: None) -> float:
    """Train and write a CRF model to ``path``; returns the seconds spent in crfsuite."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm=str(params.get("algorithm", "lbfgs")), verbose=False)
    t0 = time.perf_counter()
    for s in sentences:
        toks = tokenize(s.text)
        if not toks:
            continue
        trainer.append(pycrfsuite.ItemSequence(sentence_features(s.text, toks, lexicon)),
                       spans_to_tags(toks, s.entities))
    log(f"features for {len(sentences)} sentences in {time.perf_counter() - t0:.1f}s")
    trainer.set_params({k: v for k, v in params.items() if k != "algorithm"})
    t1 = time.perf_counter()
    trainer.train(str(path))
    log(f"crfsuite trained in {time.perf_counter() - t1:.1f}s")
    return time.perf_counter() - t1


class CrfTagger:
    """A trained CRF; ``predict`` returns entities with a confidence each."""

    def __init__(self, path: Path, tokenize: Tokenize, lexicon: Lexicon) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.tokenize = tokenize
        self.lexicon = lexicon

    def predict(self, text: str) -> list[tuple[Entity, float]]:
        toks = self.tokenize(text)
        if not toks:
            return []
        tags = self._tagger.tag(sentence_features(text, toks, self.lexicon))
        out = []
        # Tokens are in text order and do not overlap: the ones an entity touches are found by bisection.
        starts = [s for s, _e in toks]
        ends = [e for _s, e in toks]
        for ent in tags_to_spans(text, toks, tags):
            idx = range(bisect.bisect_right(ends, ent.start), bisect.bisect_left(starts, ent.end))
            # The weakest token's marginal of its own tag: one doubtful token makes a doubtful span.
            conf = min(self._tagger.marginal(tags[i], i) for i in idx) if idx else 0.0
            out.append((ent, float(conf)))
        return out
