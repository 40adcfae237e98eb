"""Labels as data: what each detector label means to policy and to people.

Policy, keep rules, detectors and the web's messages derive their label sets
from this one table, so a new label is added in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FlagAction = Literal["keep", "review"]


@dataclass(frozen=True, slots=True)
class Label:
    id: str
    personal: bool  # personal data of a private person (s.15(5) by default)
    never_kept: bool  # no keep rule may override it (an official's ID is still withheld)
    flag_action: FlagAction | None  # flags a passage instead of removing it
    default_basis: str
    thai: str
    english: str


LABELS: dict[str, Label] = {lb.id: lb for lb in (
    Label("PERSON", True, False, None, "15(5)", "ชื่อบุคคล", "person's name"),
    Label("NATIONAL_ID", True, True, None, "15(5)", "เลขประจำตัวประชาชน", "national ID number"),
    Label("TAX_ID_PERSON", True, True, None, "15(5)", "เลขประจำตัวผู้เสียภาษี", "personal tax ID"),
    Label("PHONE", True, False, None, "15(5)", "หมายเลขโทรศัพท์", "phone number"),
    Label("EMAIL", True, False, None, "15(5)", "อีเมล", "e-mail address"),
    Label("HANDLE", True, False, None, "15(5)", "ชื่อผู้ใช้/บัญชีออนไลน์", "user name or online handle"),
    Label("BANK_ACCOUNT", True, True, None, "15(5)", "เลขบัญชีธนาคาร", "bank account number"),
    Label("PASSPORT", True, True, None, "15(5)", "เลขหนังสือเดินทาง", "passport number"),
    Label("PLATE", True, False, None, "15(5)", "ทะเบียนรถ", "vehicle registration plate"),
    Label("VEHICLE_ID", True, True, None, "15(5)", "เลขตัวถัง/เลขเครื่องยนต์", "vehicle chassis or engine number"),
    Label("DRIVER_LICENCE", True, True, None, "15(5)", "เลขใบอนุญาตขับขี่", "driving licence number"),
    Label("PERSONAL_CODE", True, True, None, "15(5)", "รหัสประจำตัวบุคคล",
          "personal code (student, patient, employee, member, work permit, social security)"),
    Label("DOB", True, True, None, "15(5)", "วันเกิด/อายุ", "date of birth or age"),
    Label("ID_CARD", True, True, None, "15(5)", "ข้อมูลบนบัตรประจำตัวประชาชน", "field of a national ID card copy"),
    Label("AGE", True, False, None, "15(5)", "อายุ", "age"),
    Label("ADDRESS", True, False, None, "15(5)", "ที่อยู่", "home address"),
    Label("LAND_TITLE", True, False, None, "15(5)", "เลขโฉนดที่ดิน", "land title number"),
    Label("HEALTH", True, True, None, "15(5)", "ข้อมูลสุขภาพ", "health information"),
    Label("CRIMINAL_RECORD", True, True, None, "15(5)", "ประวัติการกระทำความผิด", "criminal record"),
    Label("INCOME", True, True, None, "15(5)", "รายได้/หนี้สินส่วนบุคคล", "private person's income or debts"),
    Label("RELIGION", True, True, None, "15(5)", "ศาสนา/ความเชื่อ", "religion or belief"),
    Label("MARITAL_STATUS", True, False, None, "15(5)", "สถานภาพสมรส", "marital status"),
    Label("INFORMANT", True, True, None, "15(4)", "ผู้แจ้งเบาะแส/ผู้ร้องเรียน", "informant or complainant"),
    Label("SECURITY", False, True, None, "15(2)", "ข้อมูลการบังคับใช้กฎหมาย", "law-enforcement detail"),
    Label("SECURITY_MARK", False, False, "keep", "15(2)", "ชั้นความลับ", "security classification mark"),
    Label("MONARCHY", False, False, "review", "14", "ข้อความเกี่ยวกับสถาบันพระมหากษัตริย์",
          "passage about the monarchy"),
    Label("MANUAL", False, False, None, "15(5)", "ลบเอง", "manual redaction"),
)}

PERSONAL = frozenset(k for k, v in LABELS.items() if v.personal)
NEVER_KEPT = frozenset(k for k, v in LABELS.items() if v.never_kept)
FLAG_LABELS: dict[str, FlagAction] = {k: v.flag_action for k, v in LABELS.items() if v.flag_action}


def thai_name(label: str) -> str:
    lb = LABELS.get(label)
    return lb.thai if lb else label
