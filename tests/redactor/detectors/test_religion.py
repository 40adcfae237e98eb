"""religion: a person's religion in a form field or statement; not religion in general text."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "religion"
FIELD = (0.75, 0.85)
STATED = (0.7, 0.8)

CASES = [
    ("ชื่อ นายอาลี เจ๊ะมะ สัญชาติ ไทย ศาสนา อิสลาม อาชีพ ค้าขาย", ["อิสลาม"], FIELD),
    ("สัญชาติ: ไทย  ศาสนา: พุทธ", ["พุทธ"], FIELD),
    ("Name: Maria Santos\nNationality: Filipino\nReligion: Roman Catholic", ["Roman Catholic"], FIELD),
    ("RELIGION  BUDDHIST\nSEX  F", ["BUDDHIST"], FIELD),
    ("ศาสนา\nคริสต์\nเพศ\nหญิง", ["คริสต์"], FIELD),
    ("นางสาวฟาตีมะห์ สาและ นับถือศาสนาอิสลาม", ["อิสลาม"], STATED),
    ("ผู้ร้องนับถือคริสต์", ["คริสต์"], STATED),
    # -- negatives: religion in general text --------------------------------------------
    ("ส่งเสริมศาสนาพุทธในวันวิสาขบูชา", [], None),
    ("กิจกรรมทางศาสนา พุทธศาสนิกชนร่วมทำบุญ", [], None),
    ("กรมการศาสนา กระทรวงวัฒนธรรม", [], None),
    ("ประชาชนส่วนใหญ่นับถือศาสนาพุทธ", [], None),
    ("The Buddhist temple hosts the festival.", [], None),
    ("ศาสนา พุทธ", [], None),  # a field without any person's details around it
]


test_table = table_test(NAME, CASES)
