"""handle: @handles and user names after account labels; role accounts and e-mails are not handles."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "handle"
LABELLED = (0.8, 0.9)
AT = (0.65, 0.75)
REVIEW = (0.3, 0.5)

CASES = [
    ("ติดต่อผู้ร้องได้ที่ @malee_k99 ทุกวัน", ["@malee_k99"], AT),
    ("IG @nong.ploy", ["@nong.ploy"], AT),
    ("Line ID: wichai.p77", ["wichai.p77"], LABELLED),
    ("LINE ID : kanya_2530", ["kanya_2530"], LABELLED),
    ("ไลน์ไอดี somsri_t", ["somsri_t"], LABELLED),
    ("ไลน์: mali_p", ["mali_p"], LABELLED),
    ("Line: @kru.noi", ["@kru.noi"], LABELLED),
    ("Facebook: facebook.com/anan.suksai", ["facebook.com/anan.suksai"], LABELLED),
    ("ชื่อผู้ใช้: user01", ["user01"], LABELLED),
    ("พิมพ์โดย: staff_kt07 วันที่พิมพ์ 01/02/2567", ["staff_kt07"], LABELLED),
    ("Printed by: nattapong.s 12/03/2567", ["nattapong.s"], LABELLED),
    ("username\njirawat_b", ["jirawat_b"], LABELLED),
    ("Facebook: สมหญิง ใจงาม", ["สมหญิง ใจงาม"], REVIEW),
    ("เฟซบุ๊ก : Anong Saelim", ["Anong Saelim"], REVIEW),
    ("ติดต่อกลับได้ที่เบอร์เดิม หรือไลน์ kanok_99 ครับ", ["kanok_99"], AT),  # no colon, but a handle's look
    ("แอดไลน์ noi.k77 ได้เลย", ["noi.k77"], AT),
    ("ทักเฟซบุ๊ก Somchai Jaidee", [], None),  # a display name without a colon: the name detectors' job
    # -- negatives ------------------------------------------------------------------------
    ("อีเมล anong.s@example.co.th", [], None),  # an e-mail address is not a handle
    ("ส่งถึง saraban@agency.go.th", [], None),
    ("พิมพ์โดย: admin", [], None),  # a role account
    ("พิมพ์โดย: system", [], None),
    ("ผู้ใช้งานระบบ: Administrator", [], None),
    ("line 3 of the table", [], None),  # "line" without a colon
    ("ราคา @ 500 บาท", [], None),
    ("@2567", [], None),  # no letter
    ("ติดต่อ Line ID 0812345678", [], None),  # a phone number is the phone detector's
    ("Line: 081-234-5678", [], None),
    ("ชื่อผู้ใช้บริการ จำนวน 25 ราย", [], None),
    ("ถูกหลอกซื้อสินค้าทางเพจเฟซบุ๊ก\nWebmail", [], None),  # a network named in prose
    ("Printed by Mozilla Firefox", [], None),
    ("ติดต่อทางไลน์ somchai", [], None),  # no colon after a short word
]


test_table = table_test(NAME, CASES)


def test_explanation(detect) -> None:
    _, (f,) = detect(NAME, "Line ID: wichai.p77")
    assert (f.label, f.basis) == ("HANDLE", "15(5)")
    assert "Line" in f.explanation
