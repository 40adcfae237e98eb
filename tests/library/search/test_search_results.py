"""What a result carries beyond the index's fields: the letter's number and its own date, from the database."""

from __future__ import annotations

from datetime import date

from library.search.service import search
from library.security import Principal


def test_results_carry_the_document_number_and_date(s, who, pub, index) -> None:
    letter = pub(title="ประกาศผลการสอบคัดเลือกพนักงานจ้าง", document_number="บร ๐๐๑๗/๑๒",
                 document_date="10 พ.ค. 2568")
    plain = pub(title="ข่าวการสอบคัดเลือกพนักงานจ้าง")
    index()
    for principal in (Principal.anonymous(), who("admin")):  # two ways through the visibility check
        res = search(s, "คัดเลือก พนักงานจ้าง", principal, facets=False)
        found = {r.uid: r for r in res.results}
        assert set(found) == {letter.uid, plain.uid}
        assert (found[letter.uid].document_number, found[letter.uid].document_date) == ("บร ๐๐๑๗/๑๒",
                                                                                        date(2025, 5, 10))
        assert (found[plain.uid].document_number, found[plain.uid].document_date) == ("", None)
        assert found[letter.uid].date is not None     # the publication date stays the index's
