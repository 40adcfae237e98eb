"""One confidence (issue #15 item 6): the score the review screen shows, the score in the reason and the
score the policy compared are one number, explained in plain Thai; for proposals of several detectors
(NER names whole and single-word, national ID, phone, e-mail, an official kept, a monarchy passage)."""

from __future__ import annotations

import html as htmllib
import re
from typing import Any

import pytest

from library import content, typed, users
from library.security import Principal
from redactor.labels import FLAG_LABELS
from redactor.policy import REDACT_AT, REVIEW_AT, percent
from tests.fixtures.make_pdf import national_id

NID = national_id("310450067812")
BODY = (f"ผู้ร้อง นางสาวมณีรัตน์ ศรีสว่างวงศ์ เลขประจำตัวประชาชน {NID} โทร 089-123-4567 "
        "อีเมล maneerat.s@example.com\n"
        "ผู้ประสานงานคือ นายประเสริฐ ใจซื่อ นายอำเภอเมืองลำพูน ได้ลงพื้นที่ตรวจสอบแล้ว\n"
        "ฝากเรื่องไว้กับ ลุงเขียว ที่หน้าบ้าน\n"
        "พระบาทสมเด็จพระเจ้าอยู่หัวทรงพระกรุณาโปรดเกล้าฯ พระราชทานถุงยังชีพแก่ผู้ประสบภัย")
NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*%|(?<![\w.])(0\.\d+|1\.0+)(?![\w.])")


@pytest.mark.parametrize(("score", "shown"), [(0.999, 99), (0.5, 50), (0.495, 49), (0.57, 57), (0.3, 30),
                                              (0.29, 29), (1.0, 100), (0.45, 45)])
def test_percent_rounds_down_so_the_thresholds_hold_on_screen(score: float, shown: int) -> None:
    assert percent(score) == shown
    assert (percent(score) >= percent(REDACT_AT)) == (score >= REDACT_AT)
    assert (percent(score) >= percent(REVIEW_AT)) == (score >= REVIEW_AT)


def _rows(page: str) -> dict[str, dict[str, Any]]:
    out = {}
    for key, body in re.findall(r'<li class="proposal[^"]*" id="[^"]*" data-key="([^"]+)"[^>]*>(.*?)</li>', page,
                                re.S):
        conf = re.search(r'<dd class="confidence"><span class="score">(\d+)%</span> — (.*?)</dd>', body, re.S)
        why = re.search(r"<dt>เหตุผล</dt><dd>(.*?)</dd>", body, re.S)
        out[key] = {"shown": int(conf.group(1)) if conf else None,
                    "note": htmllib.unescape(conf.group(2)) if conf else "",
                    "reason": htmllib.unescape(why.group(1)) if why else ""}
    return out


def test_shown_reason_and_policy_agree(client, auth, lib) -> None:  # type: ignore[no-untyped-def]
    with lib.transaction() as s:
        officer = Principal.of(users.get_user(s, "officer"))
        uid = content.create(s, officer, content.get(s, "/news"), "news", title="ร้องเรียนเรื่องน้ำท่วม",
                             body=BODY).uid
    auth.login("reviewer")
    r = client.post(f"/staff/review/text/{uid}")
    page = client.get(r.headers["Location"]).data.decode()
    with lib.session() as s:
        proposals = list(typed.current_text_document(s, content.get(s, uid)).proposals)
    rows = _rows(page)
    assert len({p.detector for p in proposals}) >= 5
    assert {p.action for p in proposals} == {"redact", "review", "keep"}
    for p in proposals:
        row = rows[p.proposal_id]
        where = f"{p.detector} {p.label} {p.text!r}"
        # 1. Shown: the score, in whole percent rounded down.
        assert row["shown"] == percent(p.score), where
        # 2. The reason (the redactor's explanation, and the policy's note) holds no other number.
        for m in NUMBER.finditer(row["reason"] + " " + p.explanation):
            value = float(m.group(1)) / 100 if m.group(1) else float(m.group(2))
            assert percent(value) == percent(p.score), f"{where}: {m.group(0)!r} in the reason"
        # 3. The policy compared that same score (flags and keep rules decide by kind, and say so).
        if p.label in FLAG_LABELS:
            assert p.action == FLAG_LABELS[p.label] and "ไม่ขึ้นกับความมั่นใจ" in row["note"], where
        elif p.action == "keep":
            assert p.keep_reason and "นโยบายคงไว้" in row["note"], where
        elif p.action == "redact":
            assert p.score >= REDACT_AT and f"ตั้งแต่ {percent(REDACT_AT)}% ขึ้นไป ระบบเสนอให้ปกปิด" in row["note"], where
        else:
            assert REVIEW_AT <= p.score < REDACT_AT, where
            assert f"ต่ำกว่า {percent(REDACT_AT)}% ระบบไม่ปกปิดเอง" in row["note"] or p.keep_reason, where
    # The single untitled name: 45% shown, for review, and no "confidence 0.97" anywhere on the screen.
    single = next(p for p in proposals if p.text == "ลุงเขียว")
    assert (single.action, rows[single.proposal_id]["shown"]) == ("review", 45)
    assert not re.search(r"confidence \d", page)
