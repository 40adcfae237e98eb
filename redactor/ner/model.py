"""Loading a trained NER model from ``models/<name>/`` and running it, offline.

Loading is lazy and happens once per process and model folder (``load_model``
is cached). Nothing here downloads: the segmentation dictionary and the CRF
weights ship in the model folder, and the name and place lists come from the
installed PyThaiNLP wheel, checked against the digest recorded at training.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import tomllib
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redactor.ner.data import Entity
from redactor.ner.features import Lexicon

# The models ship as package data (pyproject.toml): in a checkout ``redactor/ner/models`` is a link to the
# repository's ``models/`` folder, in an installed wheel it holds the files themselves.
REPO_MODELS = Path(__file__).resolve().parent / "models"
DEFAULT_NAME = "thainer-crf"
ENV_VAR = "PHOEI_NER_MODEL"
# Longer chunks are cut at spaces: the CRF is linear in length, but the
# training sentences are rarely longer than this and context beyond it is noise.
MAX_CHUNK = 1500


def default_model_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else REPO_MODELS / DEFAULT_NAME


@dataclass(frozen=True, slots=True)
class Scored:
    """An entity with the model's confidence (the weakest token marginal)."""

    start: int
    end: int
    label: str
    score: float


def gazetteer_sources() -> tuple[list[str], list[str], list[str]]:
    """(given names, family names, places) from PyThaiNLP's bundled lists, sorted."""
    from redactor.thai_corpus import countries, provinces, thai_family_names, thai_female_names, thai_male_names

    firsts = sorted(set(thai_male_names()) | set(thai_female_names()))
    families = sorted(set(thai_family_names()))
    places = sorted({str(p) for p in provinces()} | {str(c) for c in countries()})
    return firsts, families, places


def lists_digest(*lists: Iterable[str]) -> str:
    h = hashlib.sha256()
    for items in lists:
        for it in items:
            h.update(it.encode("utf-8") + b"\n")
        h.update(b"\x00")
    return h.hexdigest()


def read_dictionary(path: Path) -> list[str]:
    return [w for w in path.read_text(encoding="utf-8").splitlines() if w.strip()]


def build_lexicon(dictionary: Path) -> tuple[Lexicon, str]:
    firsts, families, places = gazetteer_sources()
    lexicon = Lexicon.build(read_dictionary(dictionary), firsts, families, places)
    return lexicon, lists_digest(firsts, families, places)


class NerModel:
    """A trained model folder: ``config.toml``, ``model.json``, ``words.txt``, ``model.crfsuite``."""

    def __init__(self, folder: Path) -> None:
        from redactor.ner.crf import CrfTagger
        from redactor.ner.tokenise import Tokenizer

        self.folder = folder
        meta_path = folder / "model.json"
        if not meta_path.is_file():
            raise FileNotFoundError(f"no trained NER model in {folder} (model.json missing; run `phoei train-ner`)")
        self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
        with (folder / "config.toml").open("rb") as fh:
            self.config: dict[str, Any] = tomllib.load(fh)
        dictionary = folder / self.meta["files"]["dictionary"]
        lexicon, digest = build_lexicon(dictionary)
        if digest != self.meta.get("gazetteer_sha256"):
            warnings.warn(f"PyThaiNLP's name/place lists differ from those the NER model in {folder} was "
                          "trained with; retrain with `phoei train-ner` for best results", stacklevel=2)
        self.tokenizer = Tokenizer(dictionary)
        self.tagger = CrfTagger(folder / self.meta["files"]["crf"], self.tokenizer, lexicon)
        self.labels: tuple[str, ...] = tuple(self.meta.get("labels", ()))

    def predict(self, text: str) -> list[Scored]:
        """Entities in one line or sentence; offsets index ``text``."""
        out: list[Scored] = []
        for start, end in chunks(text, MAX_CHUNK):
            for ent, score in self.tagger.predict(text[start:end]):
                out.append(Scored(ent.start + start, ent.end + start, ent.label, score))
        return out

    def entities(self, text: str) -> list[Entity]:
        return [Entity(s.start, s.end, s.label) for s in self.predict(text)]


def chunks(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at the last space when there is one."""
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + limit)
        if end < n:
            cut = text.rfind(" ", pos + 1, end)
            if cut > pos:
                end = cut
        yield pos, end
        pos = end


_LOCK = threading.Lock()
_MODELS: dict[Path, NerModel] = {}


def load_model(folder: Path | None = None) -> NerModel:
    """The model in ``folder`` (default: the packaged thainer-crf, or ``$PHOEI_NER_MODEL``), loaded once a process."""
    key = (folder or default_model_dir()).resolve()
    with _LOCK:
        if key not in _MODELS:
            _MODELS[key] = NerModel(key)
        return _MODELS[key]
