"""A nickname in brackets right after a withheld name (PERSON).

CVs, application forms and lists give a person's nickname in brackets right
after the full name: "ชื่อ: นางสาว… … (ฝน)", "Name: Anong Testwong (Nok)". The
nickname identifies the person as much as the name does, so where the policy
withholds the name, the bracket goes with it.

Only one word, and never a role, a position or a status: those in brackets
("(ผู้ร้อง)", "(ลา)", "(ประธาน)", "(Retired)") say something about the person,
not who they are. Thai nicknames are everyday words and loanwords as often as not
(ฝน, นก, ต้น, แบงค์), so a dictionary cannot tell them; the roles, positions and
statuses are listed instead. An official's name (kept) keeps what stands beside it.
"""

from __future__ import annotations

from collections.abc import Iterable

from redactor import rx
from redactor.detectors.base import TH, DetectionContext
from redactor.types import Finding

_BRACKET = rx.compile(rf"[ \t]*\([ \t]*([{TH}]{{2,12}}|[A-Z][a-z]{{1,11}})[ \t]*\)")
# Statuses, kin and sexes that go in brackets after a name in lists and are no nickname.
_TH_NOT_NICK = frozenset("""
ลา ป่วย ขาด สาย ตาย ย้าย แทน เดิม ใหม่ ชาย หญิง บุตร ภรรยา สามี พ่อ แม่ ญาติ พี่ น้อง ลูก หลาน ผู้ตาย
""".split())
# A form's or a copy's words in brackets: "(ลงนาม)" marks a signed original, "(โปรดระบุ)",
# "(ถ้ามี)", "(ตัวบรรจง)" are instructions; none is a nickname.
_TH_FORM_WORDS = ("ลงนาม", "ลงชื่อ", "ลายมือ", "โปรด", "ระบุ", "ถ้ามี", "ตัวบรรจง", "สำเนา", "ตัวจริง", "เซ็น")
# Statuses as they open a longer word (ลาป่วย, เสียชีวิต, ย้ายออก, บุตรสาว, ผู้ร้อง, อดีต…).
_TH_NOT_NICK_START = ("ลา", "ป่วย", "ขาด", "เสีย", "ถึงแก่", "ย้าย", "พ้น", "บุตร", "ภรรยา", "สามี", "ผู้", "แทน",
                      "อดีต", "รักษา", "ตัวแทน", "หัวหน้า", "สมาชิก")
# English words that go in brackets after a name and are no nickname.
_EN_NOT_NICK = frozenset("""
Retired Acting Deceased Late Senior Junior Jr Sr Chair Chairman Secretary Member President Director Manager
Head Witness Applicant Student Guardian Mother Father Son Daughter Wife Husband Thai Thailand English Signed
Absent Present Leave Sick Former Interim Deputy Advisor Adviser
""".split())


def nicknames_beside_names(names: Iterable[Finding], ctx: DetectionContext) -> list[Finding]:
    """Findings for the bracketed nickname after each withheld name in ``names``."""
    from redactor.lexicon import POSITION_RE, PRIVATE_ROLE_WORDS

    out: list[Finding] = []
    for f in names:
        m = _BRACKET.match(ctx.text, f.end)
        if m is None:
            continue
        nick = m.group(1)
        if nick[0].isascii():
            if nick in _EN_NOT_NICK:
                continue
        elif nick in _TH_NOT_NICK or nick.startswith(_TH_NOT_NICK_START) or nick.startswith(_TH_FORM_WORDS) \
                or nick in PRIVATE_ROLE_WORDS \
                or POSITION_RE.match(nick):
            continue
        out.append(Finding(m.start(1), m.end(1), "PERSON", 0.8, f.basis, "nickname_beside_name",
                           f"a nickname in brackets right after a withheld name ('{nick}')"))
    return out
