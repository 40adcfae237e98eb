"""The spaCy design, kept so the comparison in the model card can be rerun.

spaCy is not a runtime dependency (the CRF won; see ``models/thainer-crf/README.md``);
install it to rerun: ``pip install 'spacy>=3.8,<3.9'``. The pipeline is a blank
Thai pipeline whose tokenizer is ours (the same edges as the CRF), a
character-aware tok2vec (``CharacterEmbed``: the first and last characters of
each token, which carry over to names never seen in training) and the
transition-based ``ner`` component.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from redactor.ner.data import Entity, Sentence
from redactor.ner.tokenise import Token

Tokenize = Callable[[str], list[Token]]

CONFIG = """
[nlp]
lang = "th"
pipeline = ["tok2vec","ner"]
batch_size = 64

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.CharacterEmbed.v2"
width = {width}
rows = 10000
nM = 64
nC = 8
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "*"
"""


def _make_doc(nlp: Any, text: str, tokenize: Tokenize) -> Any:
    from spacy.tokens import Doc

    toks = tokenize(text)
    return Doc(nlp.vocab, words=[text[s:e] for s, e in toks], spaces=[False] * len(toks))


def _example(nlp: Any, s: Sentence, tokenize: Tokenize) -> Any:
    from spacy.training import Example, offsets_to_biluo_tags

    doc = _make_doc(nlp, s.text, tokenize)
    ents = [(e.start, e.end, e.label) for e in s.entities]
    # Tokens outside entities are O; an entity whose edge falls inside a token
    # (doc.char_span would return None) gets "-" (missing) from spaCy rather than
    # being taught as O or dropped silently.
    tags = offsets_to_biluo_tags(doc, ents, missing="O")
    return Example.from_dict(doc, {"entities": tags})


def build(width: int = 128, depth: int = 4) -> Any:
    import spacy
    from thinc.api import Config

    cfg = Config().from_str(CONFIG.format(width=width, depth=depth))
    return spacy.util.load_model_from_config(cfg, auto_fill=True)


def train(train_set: Sequence[Sentence], valid: Sequence[Sentence], tokenize: Tokenize, out: Path, *,
          epochs: int = 12, seed: int = 13, width: int = 128, depth: int = 4, dropout: float = 0.1,
          batch_size: int = 8,
          evaluate: Callable[[Callable[[str], list[Entity]]], float] | None = None,
          log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train, keep the epoch with the best validation F1, save to ``out``."""
    import warnings

    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    random.seed(seed)
    nlp = build(width, depth)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        examples = [_example(nlp, s, tokenize) for s in train_set if s.text]
    optimizer = nlp.initialize(lambda: examples)
    best, history = -1.0, []
    t0 = time.perf_counter()
    for epoch in range(epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=batch_size):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
        f1 = evaluate(lambda text: predict(nlp, text, tokenize)) if evaluate else 0.0
        history.append({"epoch": epoch + 1, "loss": float(losses.get("ner", 0.0)), "f1": float(f1),
                        "seconds": time.perf_counter() - t0})
        log(f"epoch {epoch + 1} loss {losses.get('ner', 0.0):.1f} valid F1 {f1:.4f} "
            f"({time.perf_counter() - t0:.0f}s)")
        if f1 > best:
            best = f1
            nlp.to_disk(out)
    return {"best_f1": best, "history": history, "seconds": time.perf_counter() - t0}


def load(path: Path) -> Any:
    import spacy

    return spacy.load(path)


def predict(nlp: Any, text: str, tokenize: Tokenize) -> list[Entity]:
    doc = _make_doc(nlp, text, tokenize)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents]
