"""nickname: quoted nicknames and aliases of people; not quoted titles of projects or places."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "nickname"
ALIAS = (0.75, 0.85)

CASES = [
    ("นายสมปอง ใจเย็น หรือ “เสี่ยปอง” เป็นเจ้าของร้าน", ["เสี่ยปอง"], ALIAS),
    ("ด.ช.ก้อง แสงดี หรือน้อง “ข้าวต้ม” ชั้น ป.4", ["ข้าวต้ม"], ALIAS),
    ("นางสาวมณี ศรีงาม หรือ \"เจ๊มณี\" ผู้จัดหา", ["เจ๊มณี"], ALIAS),
    ("ผู้ต้องหาหรือ “\nแดง” ถูกจับกุม", ["แดง"], ALIAS),
    ("ชื่อเล่น: ต้น อายุ 9 ปี", ["ต้น"], (0.7, 0.8)),
    ("Name: Chaiwat Boonmee   Nickname: Boy   Student ID: 64012", ["Boy"], (0.7, 0.8)),  # the English field
    ("SOMCHAI JAIDEE\n My nickname is toon.\nDate of Birth", ["toon"], (0.7, 0.8)),  # in running English
    ("Her nickname is \"Fah\", she said", ["Fah"], (0.7, 0.8)),
    ("Nick-name: Ploy", ["Ploy"], (0.7, 0.8)),
    # a quoted honorific + name: review alone, redact when the text names them again
    ("“ลุงเปี๊ยก” กับสวนผักของเขา", ["ลุงเปี๊ยก"], (0.35, 0.45)),
    ("“ยายสาย” กับหลาน\nเมื่อปีก่อน ยายสายล้มป่วย", ["ยายสาย"], (0.55, 0.65)),
    # a civil title before a quoted nickname: the nickname written as the name
    ("ขอร้องเรียน นาย “ตี๋” ซึ่งเช่าบ้านติดกัน", ["ตี๋"], (0.75, 0.85)),
    ("ด.ช. \"บอส\" อายุ 12 ปี", ["บอส"], (0.75, 0.85)),
    # a kinship honorific glued to a known name, the name ending the run of Thai
    ("ลูกสาวของยายบุญมี ไปทำงานต่างจังหวัด", ["ยายบุญมี"], (0.55, 0.65)),
    ("เมื่อวานลุงสมศรี มาช่วยงาน", ["ลุงสมศรี"], (0.55, 0.65)),
    # -- negatives: quoted project, place or slogan names ------------------------------
    ("นาย “ก” ผู้ต้องหาที่ 1", [], None),  # one letter: a redacted party's placeholder
    ("พ่อค้า แม่น้ำ ตาราง อาหาร พี่น้อง", [], None),  # kin-like starts of ordinary words
    ("ป้ายประกาศ ลุงทุน", [], None),  # no known name after the honorific
    # honorific + name that are one dictionary word together (a known family name after อา)
    ("ที่ตั้ง อาคาร/ตึก ชั้น 2", [], None),
    ("หน่วยงาน อาสา ประจำหมู่บ้าน", [], None),
    ("โครงการ “บ้านมั่นคง” ประจำปี 2567", [], None),
    ("ร้าน “ครัวบ้านสวน” ริมถนน", [], None),
    ("คำขวัญ “เมืองน่าอยู่” ของเทศบาล", [], None),
    ("ตามนโยบาย หรือ “แผนงาน” ของจังหวัด", [], None),  # no person before หรือ
    ("“หลวงพ่อคูณ” วัดบ้านไร่", [], None),  # a monk, not an honorific of this list
    ("Nickname support was added to the form.", [], None),  # no colon: no field
    ("Nickname: boy", [], None),  # not a name's capital
    ("A nickname is not required on this form.", [], None),  # the clause goes on: no nickname
    ("Nicknames is a column of the sheet", [], None),
]


test_table = table_test(NAME, CASES)
