"""Shared vocabulary of the semantic detectors: person cues, months, population cues.

Sources: general Thai usage (titles come from person_name.TITLE_RE, the one
home of titles); month names and the Royal Institute's abbreviations; English
month names and their three-letter forms. One home for each list, so health,
date_of_birth, income and criminal_record read the same words.
"""

from __future__ import annotations

import re

from redactor.detectors.person_name import TITLE_RE

# Words that stand for a private person in a sentence: a title before a name,
# a party to a case, a relative, a patient, an applicant. Not after a dot: the
# "ศ." of "พ.ศ." is no professor. Not ยาย inside ขยาย (extend), not ลูก inside
# ลูกจ้างประจำ... (a worker is still a person, so ลูกจ้าง stays a cue).
_PERSON_WORDS = (
    "ผู้ร้อง|ผู้ต้องหา|ผู้ต้องขัง|ผู้เสียหาย|ผู้ป่วย|ผู้บาดเจ็บ|ผู้ตาย|ผู้เสียชีวิต|ผู้ขอ|ผู้ยื่นคำขอ|ผู้สมัคร|ผู้ดูแล"
    "|ผู้ประกันตน|ผู้กู้"
    "|ผู้ค้ำประกัน|ผู้ถูก|ผู้รับการ|ข้าพเจ้า|บุตรสาว|บุตรชาย|ลูกสาว|ลูกชาย|หลานสาว|หลานชาย"
    "|บุตร|ภรรยา|สามี|(?<!ข)ยาย|ย่า|ปู่|ตา(?=[ \t]|$)|มารดา|บิดา"
    "|ลูกจ้าง|ลูก|เด็ก|หลาน|พี่ชาย|พี่สาว|น้องชาย|น้องสาว|ญาติ|คนไข้|จำเลย|นักเรียน|นักศึกษา"
)
_EN_PERSON_WORDS = (
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b\.?|\b(?:[Hh]is|[Hh]er|[Hh]e|[Ss]he|[Pp]atient|[Aa]pplicant|[Vv]ictim"
    r"|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Mm]other|[Ff]ather|[Cc]hild|[Ee]mployee|[Ss]uspect|[Dd]efendant)\b"
)
# คุณ also starts คุณภาพ (quality), คุณสมบัติ (qualifications): no person.
_NOT_KHUN = "(?!คุณ(?:ภาพ|สมบัติ|ค่า|ธรรม|ประโยชน์|ลักษณะ|วุฒิ|ูปการ))"
PERSON_NEAR = re.compile(rf"(?<!\.){_NOT_KHUN}{TITLE_RE}|{_PERSON_WORDS}|{_EN_PERSON_WORDS}")

THAI_MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
# Abbreviations with their dots, also with the dots dropped or spaced (OCR, forms).
THAI_MONTHS_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _abbr_re(a: str) -> str:
    # "ม.ค." also as "ม. ค.", "มค" or "ม.ค" (a dropped final dot).
    parts = [p for p in a.split(".") if p]
    return r"\.?[ \t]?".join(re.escape(p) for p in parts) + r"\.?"


THAI_MONTH_RE = "(?:" + "|".join([*THAI_MONTHS_FULL, *(_abbr_re(a) for a in THAI_MONTHS_ABBR)]) + ")"
# Case-insensitive ("21 AUG 1991" on forms), full or three-letter, with or without a dot.
EN_MONTH_RE = (
    "(?i:" + "|".join(rf"{m[:3]}(?:{re.escape(m[3:])})?\.?" for m in EN_MONTHS) + "|Sept\\.?)"
)
