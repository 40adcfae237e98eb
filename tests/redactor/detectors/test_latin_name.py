"""latin_name: names in Latin script after titles, labels, Thai titles or before a kinship note."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "latin_name"
TITLED = (0.8, 0.9)
CUED = (0.7, 0.8)

CASES = [
    # English titles in any case, with or without a dot, 1-4 words, accents
    ("MR. JOHN SMITH", ["MR. JOHN SMITH"], TITLED),
    ("Ms Anna Lee will attend.", ["Ms Anna Lee"], TITLED),
    ("MRS. NGUYEN THI LAN", ["MRS. NGUYEN THI LAN"], TITLED),
    ("dr. Maria José Alvarez", ["dr. Maria José Alvarez"], TITLED),
    ("Miss Åsa Lindqvist-Berg", ["Miss Åsa Lindqvist-Berg"], TITLED),
    ("Mr O'Brien", ["Mr O'Brien"], TITLED),
    ("ผู้โดยสาร Mr. Tran Van Minh ได้รับบาดเจ็บ", ["Mr. Tran Van Minh"], TITLED),
    # trailing heading words are not part of the name
    ("MR. PETER BROWN DATE OF BIRTH", ["MR. PETER BROWN"], TITLED),
    # Thai title before a Latin name, labels, kinship notes
    ("นาย John Carter เป็นผู้ยื่นคำร้อง", ["John Carter"], TITLED),
    ("2.6 (@เด็กหญิง Owns (วนางสาว", [], None),  # one Latin word after a Thai title: OCR of a form's boxes
    ("เด็กชาย Tom Example", ["Tom Example"], TITLED),
    ("Name: Olga Petrova", ["Olga Petrova"], CUED),
    # lower-case particles inside a name (never at its end)
    ("Mr. Ahmad bin Yusof, born in Penang", ["Mr. Ahmad bin Yusof"], TITLED),
    ("Mrs. Maria de la Cruz and Mr. Jan van der Berg attended.", ["Mrs. Maria de la Cruz", "Mr. Jan van der Berg"],
     TITLED),
    ("Applicant: Siti binti Hassan", ["Siti binti Hassan"], CUED),
    ("Mr. Paulo dos Santos", ["Mr. Paulo dos Santos"], TITLED),
    ("Mr. Smith de", ["Mr. Smith"], TITLED),  # a particle does not end a name
    ("Ms. Lee van", ["Ms. Lee"], TITLED),
    # a name set off by commas after a role noun
    ("The applicant, Nguyen Thi Lan, was born in Hanoi.", ["Nguyen Thi Lan"], CUED),
    ("the patient, Ahmad bin Yusof (male, 40)", ["Ahmad bin Yusof"], CUED),
    ("Patient, Family and Staff areas", [], None),  # no closing comma: a list of words
    ("The applicant, Siam Clean Co., Ltd., submitted", [], None),  # an organisation
    ("Student, Please sign below", [], None),  # one word
    # a form's column gap ends a name; acronyms listed as stop words as written (HN, ID)
    ("Patient name: Mr. David Miller   HN: 6701234", ["Mr. David Miller"], TITLED),
    ("Name-Surname: Chaiwat Boonmee   Nickname: Boy   Student ID: 64012", ["Chaiwat Boonmee", "Boy"], CUED),
    ("First name: Anna  Last name: Berg", ["Anna", "Berg"], CUED),
    ("Codename: Falcon", [], None),  # "name" inside another word is no label
    ("Student ID: 6401234567", [], None),
    # parents and kin named after their label
    ("Father: Somchai Boonmee (farmer)   Mother: Mali Boonmee", ["Somchai Boonmee", "Mali Boonmee"], CUED),
    ("Next of kin: Daniel Okafor", ["Daniel Okafor"], CUED),
    ("Sonography report", [], None),  # a label word inside another word
    ("EMPLOYEE RECORD\nEmployee: NAW PAW MU", ["NAW PAW MU"], CUED),  # a heading after a label word is no name
    ("PATIENT DETAILS", [], None),
    ("Student Registration Form", [], None),
    ("Applicant (ผู้ยื่นคำขอ): KIM MIN JUN", ["KIM MIN JUN"], CUED),
    ("Patient: Ahmad Yusuf", ["Ahmad Yusuf"], CUED),
    ("Lena Fischer (mother)", ["Lena Fischer"], CUED),
    ("ติดต่อ Paul Martin (พี่ชาย)", ["Paul Martin"], CUED),
    # Burmese/Karen honorifics before two or more name words
    ("ผู้เสียหาย ได้แก่ MA AYE AYE MON อายุ 16 ปี", ["MA AYE AYE MON"], CUED),
    ("Daw Khin Myint", ["Daw Khin Myint"], CUED),
    # Thai role or signature cues before two or more Latin name words (invented)
    ("ลงชื่อ Daniel Okafor ผู้ขอรับใบอนุญาต", ["Daniel Okafor"], CUED),
    ("(ลงชื่อ) Hannah Reyes", ["Hannah Reyes"], CUED),
    ("ผู้ร้องเรียน Carlos Mendes แจ้งว่า", ["Carlos Mendes"], CUED),
    ("พยาน: LIAM O'CONNOR", ["LIAM O'CONNOR"], CUED),
    ("ชื่อ-สกุล Mei Lin Chua", ["Mei Lin Chua"], CUED),
    # -- negatives: organisations, headings, places ---------------------------------
    ("ผู้ประกอบการ Green Leaf Co., Ltd.", [], None),
    ("ผู้ประกอบการ Siam Fresh Market", [], None),
    ("ผู้ขอ Bangkok Hospital", [], None),
    ("ลงชื่อ Somchai", [], None),  # one Latin word after a cue is not enough
    ("ผู้ร้องได้ส่ง Google Form", [], None),  # the cue must be right before the name
    ("Coral Bay Tour Co., Ltd.", [], None),
    ("Royal Danish Embassy", [], None),
    ("Name: Bangkok Hospital", [], None),
    ("Ministry of Foreign Affairs", [], None),
    ("Krabi Province will continue to coordinate", [], None),
    ("Name of applicant:", [], None),
    ("The Director of Khon Kaen University", [], None),
    ("Patient: 45", [], None),
    # a form's field labels after a name label: stop words as written in capitals too
    ("Student ID number", [], None),
    ("Patient HN", [], None),
    ("Applicant ID No.", [], None),
    ("Student: Malee Dokmai", ["Malee Dokmai"], (0.7, 0.8)),
    ("Student ID Malee Dokmai", ["Malee Dokmai"], (0.7, 0.8)),
    # a bilingual form's section headings after a name label
    ("ข้อมูลส่วนตัวนักศึกษา (Student Personal Data)", [], None),
    ("กิจกรรมนอกหลักสูตร (Student Activities)", [], None),
    ("Applicant Work Experience", [], None),
    ("summary of the file", [], None),
    ("MA Thesis", [], None),  # one word after a short honorific is not enough
    ("Ko Phi Phi", [], None),
    # a CV's heading: the name opening the document above a contact block
    ("MALEE DOKMAI\nAddress:\nPhone:\nEmail:", ["MALEE DOKMAI"], (0.7, 0.8)),
    ("SOMCHAI\nJAIDEE\nINFO\nPHONE\n081 234 5678", ["SOMCHAI\nJAIDEE"], (0.7, 0.8)),
    ("Anong Saelim\nWEB DEVELOPER\nGithub : github.com/x\n", ["Anong Saelim"], (0.7, 0.8)),
    ("  Wichai Boonmee\n081 234 5678 | wichai.b@mail.example\n", ["Wichai Boonmee"], (0.7, 0.8)),
    # heading lines before the name ("CV", "Personal Information") are skipped
    ("CV\nPersonal Information\nMalee Dokmai\nFIRST NAME / SURNAME\nTEL\n081 234 5678", ["Malee Dokmai"], (0.7, 0.8)),
    ("Curriculum Vitae\nWichai Boonmee\nE-mail: wichai.b@mail.example", ["Wichai Boonmee"], (0.7, 0.8)),
    ("Annual Report\nMinistry Of Example\nContact: info@agency.example", [], None),  # an organisation
    ("Personal Information\nThe committee met on Monday\nPhone: 02 000 0000", [], None),  # a sentence
    ("CURRICULUM VITAE\nName:\nPhone:", [], None),  # a title
    ("WEB DEVELOPER\nPhone: 081 234 5678", [], None),  # a job title
    ("KASETSART UNIVERSITY\nTel. 02 579 0113\n", [], None),  # an organisation's letterhead
    ("ANNUAL REPORT\nContact: info@agency.example", [], None),
    ("Malee Dokmai\nThe committee met on Monday.\nIt agreed the plan.\n", [], None),  # no contact block
    ("Dear Sir\nPlease contact me by e-mail.\n", [], None),
    # a CV's name in capitals further down, under a spaced heading: written again elsewhere, near a contact block
    ("E D U C A T I O N\nSchool of Example\nSomchai J.\nsomchai@mail.example\nS T U D E N T\nSOMCHAI JAIDEE\nOBJECTIVE",
     ["SOMCHAI JAIDEE"], (0.7, 0.8)),
    ("Skills\nPython\nTel 081 234 5678\nANONG SAELIM\ngithub.com/anongs\n", ["ANONG SAELIM"], (0.7, 0.8)),
    # capitals that are headings, an organisation, or not written again, or far from any contact block
    ("Tel 081 234 5678\nsomchai@mail.example\nEXPECTED SALARY\n20,000 baht\n", [], None),
    ("Tel 081 234 5678\nSIAM EXAMPLE COMPANY\nSiam Example\n", [], None),
    ("Tel 081 234 5678\nMANEE MEEDEE\nObjective\n", [], None),
    ("THE TEAM\nRAWIN PANSUK\nRawin leads the work.\n", [], None),
    # opening the document, the contact block far below
    ("SOMCHAI JAIDEE\nS T U D E N T\nObjective\na\nb\nc\nd\ne\nf\ng\nh\nSomchai J.\nsomchai@mail.example\n",
     ["SOMCHAI JAIDEE"], (0.7, 0.8)),
    ("SOMCHAI JAIDEE\nS T U D E N T\nObjective\nSomchai J.\n", [], None),  # no contact block at all
    # a private person's own social-media account under their name
    ("ติดต่อข้าพเจ้าได้ทางเฟซบุ๊ก Anong Saelim หรือโทร", ["Anong Saelim"], (0.65, 0.75)),
    ("ผู้ร้องแจ้งว่าทัก Facebook: Somchai Jaidee ได้", ["Somchai Jaidee"], (0.65, 0.75)),
    ("ดิฉันใช้ไลน์ Malee Dokmai ติดต่อ", ["Malee Dokmai"], (0.65, 0.75)),
    ("ติดตามข่าวได้ทางเฟซบุ๊ก Example Municipality Office", [], None),  # an agency's page
    ("ประชาสัมพันธ์ทางเฟซบุ๊ก Anong Saelim ของร้าน", [], None),  # nobody private speaks or stands before
    ("ข้าพเจ้าส่งทาง Online Shopping Mall", [], None),  # "line" inside a word is no label
]


test_table = table_test(NAME, CASES)


def test_a_family_name_shared_by_two_people_is_found_alone(detect) -> None:
    text = "Mr. Ivan Horak and Mrs. Eva Horak arrived. The Horak family thanks you. cc: horak@mail.example"
    view, found = detect(NAME, text)
    alone = [view[f.start:f.end] for f in found if "family name" in f.explanation]
    assert alone == ["Horak", "horak"]
    assert all(f.label == "PERSON" for f in found)


def test_one_persons_surname_alone_is_left(detect) -> None:
    view, found = detect(NAME, "Mr. Ivan Horak, Consul. Horak said yes.")
    assert [view[f.start:f.end] for f in found] == ["Mr. Ivan Horak"]
