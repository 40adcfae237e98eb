"""mail_header: display names before an e-mail address in printed mail headers."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "mail_header"
SCORE = (0.75, 0.85)

CASES = [
    ("From: Somchai Rakdee <somchai.r77@gmail.com>", ["Somchai Rakdee"], SCORE),
    ("จาก: วิภาวดี แสนสุข <wipa.s@hotmail.com>", ["วิภาวดี แสนสุข"], SCORE),
    # A list of recipients, the second name wrapped onto the line before its address.
    ("ถึง: กมล ทองดี <kamon.t@example.go.th>, อำไพ ศรีสุข\n<ampai.sri@yahoo.com>",
     ["กมล ทองดี", "อำไพ ศรีสุข"], SCORE),
    ("To: Anna Maria Lopez <anna.lopez@outlook.com>", ["Anna Maria Lopez"], SCORE),
    # -- negatives --------------------------------------------------------------------------
    ("จาก: ศูนย์ดำรงธรรมจังหวัดตัวอย่าง <center@example.go.th>", [], None),  # an agency
    ("From: IT Support Team <helpdesk@example.com>", [], None),
    ("To: <someone@example.com>", [], None),  # no display name
    ("ส่งถึง somchai@gmail.com ด้วย", [], None),  # an address alone is the e-mail detector's
    ("สำนักงานพาณิชย์จังหวัดตัวอย่าง <office@example.go.th>", [], None),
]


test_table = table_test(NAME, CASES)
