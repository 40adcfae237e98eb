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
    # -- profile URLs: the account name in the path or the subdomain --------------------------
    ("Github : https://github.com/somchai-dev", ["somchai-dev"], (0.75, 0.85)),
    ("GitHub: github.com/nok_p/", ["nok_p"], (0.75, 0.85)),
    ("LINKEDIN\nhttps://www.linkedin.com/in/anong-saelim-12345678/", ["anong-saelim-12345678"], (0.75, 0.85)),
    ("Website : https://wichai-portfolio.vercel.app/", ["wichai-portfolio"], (0.7, 0.8)),
    ("https://www.linkedin.com/in/anong-\nsaelim-12345678/\n10/2020", ["anong-\nsaelim-12345678"], (0.75, 0.85)),
    ("https://github.com/somchai\nEducation", ["somchai"], (0.75, 0.85)),  # no hyphen: the line ends it
    ("ผลงาน kanya.github.io", ["kanya"], (0.7, 0.8)),
    ("https://www.facebook.com/malee.srisuk", ["malee.srisuk"], REVIEW),  # a person's or an agency's page
    ("ติดตามข่าวสารได้ที่ facebook.com/SaraburiHealthOffice", ["SaraburiHealthOffice"], REVIEW),
    # a site builder's page: a person's or an agency's, for review
    ("Portfolio https://sites.google.com/view/kanya-s/home", ["kanya-s"], REVIEW),
    ("โรงเรียนบ้านทดลอง sites.google.com/view/bantodlong", ["bantodlong"], REVIEW),
    # ... named as a private mailbox is: the person's own
    ("https://sites.google.com/view/kanyarat-w/home\nkanyarat001@gmail.com", ["kanyarat-w"], (0.65, 0.75)),
    # ... not a free mailbox an organisation runs (a school's)
    ("sites.google.com/view/bantodlong\nbantodlong.school@gmail.com", ["bantodlong"], REVIEW),
    ("bantodlong.school@gmail.com\nwww.bantodlong.com", [], None),
    # a web address named as a private mailbox is: the person's own site
    ("somsak.dev99@gmail.com\nwww.somsakdev.com", ["somsakdev"], (0.65, 0.75)),
    ("Email: kanyarat.w@hotmail.com | Portfolio: kanyarats.me", ["kanyarats"], (0.65, 0.75)),
    ("kanyarat.work@gmail.com\nhttps://kanyaratsa.works/", ["kanyaratsa"], (0.65, 0.75)),
    # ... not an organisation's site beside its staff's mailbox on its own domain, nor a site unlike
    # the mailbox, nor the mailbox's own host, nor a short shared start
    ("info@tdlogistics.co.th\nwww.tdlogistics.co.th", [], None),
    ("kanyarat.w@gmail.com\nwww.example.com\nwww.kku.ac.th", [], None),
    ("kanyarat.w@gmail.com\nsee gmail.com for help", [], None),
    ("kanya.w@gmail.com\nwww.kanyakumari.com", [], None),
    ("somchai.kku@gmail.com\nwww.kku.ac.th", [], None),
    # a bare account name spelt as a private mailbox's local part is, bar separators: the person's handle
    ("Bangkok | k.somsri@gmail.com | 081-234-5678 | k-somsri", ["k-somsri"], (0.65, 0.75)),
    ("anong_p88@hotmail.com\nGitHub anong.p88", ["anong.p88"], (0.65, 0.75)),
    # ... not an organisation's mailbox, not a different or short name, not the mailbox itself
    ("info.center@agency.go.th | info-center", [], None),
    ("k.somsri@gmail.com | k-somchai", [], None),
    ("a.b1@gmail.com | a-b1", [], None),
    ("school.office@gmail.com | school-office", [], None),
    # negatives: a repository or a host's own page, a company page, an agency site
    ("ดาวน์โหลดได้ที่ https://github.com/agency-opendata/budget-2567", [], None),
    ("https://github.com/features/actions", [], None),
    ("https://www.linkedin.com/company/example-co-ltd/", [], None),
    ("https://www.facebook.com/sharer.php?u=x", [], None),
    ("เว็บไซต์ https://www.moph.go.th/index.php", [], None),
    ("https://vercel.app/docs", [], None),
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
    # ไลน์ at the end of a loanword is no LINE label
    ("เว็บไซต์ระบบเรียนออนไลน์ www.example-learning.net", [], None),
    ("ส่งแบบฟอร์มออนไลน์: forms.example.org/abc_12", [], None),
    ("ตามไทม์ไลน์ phase_2 ของโครงการ", [], None),
    # an English noun ending in "line" names no account; a LINE label does
    ("Approved budget line: research grant 2570/118", [], None),
    ("Product line: rice_cookers_2", [], None),
    ("Call the hotline: somchai_k77", [], None),
    ("Line: research_grp", ["research_grp"], None),
    ("ทักไลน์ noi.k77 ได้เลย", ["noi.k77"], AT),
]


test_table = table_test(NAME, CASES)


def test_explanation(detect) -> None:
    _, (f,) = detect(NAME, "Line ID: wichai.p77")
    assert (f.label, f.basis) == ("HANDLE", "15(5)")
    assert "Line" in f.explanation
