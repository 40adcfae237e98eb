"""Relevance: nDCG@10 over ≥ 30 judged Thai queries on a demo corpus, on both backends.

The floor is set a little under the measured value: a change to the analyzer,
the ranking or the backends that makes answers worse fails here.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from library import lifecycle
from library.search.indexer import apply_pending
from library.search.service import search
from library.security import Principal
from tests.library.conftest import make_item
from tests.library.search.relevance_corpus import DOCS, JUDGMENTS

NDCG_FLOOR = 0.96
PAST = datetime.now(UTC) - timedelta(days=30)


def ndcg_at_10(ranked: list[str], grades: dict[str, int]) -> float:
    dcg = sum((2 ** grades.get(k, 0) - 1) / math.log2(i + 2) for i, k in enumerate(ranked[:10]))
    ideal = sorted(grades.values(), reverse=True)[:10]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def test_ndcg_at_10_does_not_drop(lib, s, who, at, backend) -> None:
    assert len(JUDGMENTS) >= 30
    admin = who("admin")
    by_path: dict[str, str] = {}
    for key, (folder, category, title, body) in DOCS.items():
        item = make_item(s, admin, at(folder), "news", title=title, body=body, oia_category=category)
        lifecycle.transition(s, admin, item, "publish", now=PAST)
        by_path[item.path] = key
    s.commit()
    apply_pending(lib)
    scores: dict[str, float] = {}
    for query, grades in JUDGMENTS.items():
        res = search(s, query, Principal.anonymous(), per_page=10, facets=False)
        scores[query] = ndcg_at_10([by_path[r.path] for r in res.results], grades)
    mean = sum(scores.values()) / len(scores)
    worst = sorted(scores.items(), key=lambda kv: kv[1])[:5]
    print(f"\n{backend}: nDCG@10 = {mean:.3f} over {len(scores)} queries; worst: {worst}")
    assert mean >= NDCG_FLOOR, (mean, worst)
