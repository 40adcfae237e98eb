"""The collector's thresholds while documents are processed, and after."""

from __future__ import annotations

import gc
import threading

from redactor.gcpolicy import THRESHOLD0, fewer_collections, with_fewer_collections


def test_raised_inside_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] == max(before[0], THRESHOLD0)
        assert gc.get_threshold()[1:] == before[1:]
        with fewer_collections():  # nested (redact calls analyse)
            assert gc.get_threshold()[0] == max(before[0], THRESHOLD0)
        assert gc.get_threshold()[0] == max(before[0], THRESHOLD0)
    assert gc.get_threshold() == before


def test_restored_after_an_error() -> None:
    before = gc.get_threshold()

    @with_fewer_collections
    def fails() -> None:
        raise ValueError("bad file")

    try:
        fails()
    except ValueError:
        pass
    assert gc.get_threshold() == before


def test_overlapping_documents_in_threads_restore_once() -> None:
    before = gc.get_threshold()
    inside = threading.Barrier(2)
    leave_first = threading.Event()
    seen: list[int] = []

    def first() -> None:
        with fewer_collections():
            inside.wait()
            leave_first.wait()

    def second() -> None:
        with fewer_collections():
            inside.wait()
        seen.append(gc.get_threshold()[0])  # the second leaves first: the first still runs raised
        leave_first.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [max(before[0], THRESHOLD0)]
    assert gc.get_threshold() == before


def test_the_pipeline_entry_points_use_it() -> None:
    from redactor import pipeline

    for fn in (pipeline.redact, pipeline.analyse):
        assert fn.__wrapped__ is not None  # type: ignore[attr-defined]
