"""email: e-mail addresses (policy, not the detector, keeps the agency's own)."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "email"
SCORE = (0.8, 0.9)

CASES = [
    ("wanida.ls@outlook.co.th", ["wanida.ls@outlook.co.th"], SCORE),
    ("siriporn.fr@gmail.com", ["siriporn.fr@gmail.com"], SCORE),
    ("first_last+tag@sub.example.org", ["first_last+tag@sub.example.org"], SCORE),
    ("a-b@my-domain.co.th", ["a-b@my-domain.co.th"], SCORE),
    # the agency's own address is still *found*; keeping it is policy's call
    ("ไปรษณีย์อิเล็กทรอนิกส์ saraban@klongyai.go.th", ["saraban@klongyai.go.th"], SCORE),
    # glued to Thai text, and sentence punctuation after it
    ("ติดต่อweerayut@outlook.co.thครับ", ["weerayut@outlook.co.th"], SCORE),
    ("อีเมล: name@domain.com.", ["name@domain.com"], SCORE),
    ("(amporn.c@moi.go.th)", ["amporn.c@moi.go.th"], SCORE),
    ("a@x.com, b@y.com", ["a@x.com", "b@y.com"], SCORE),
    # -- negatives ------------------------------------------------------------
    ("user@localhost", [], None),  # no top-level domain
    ("@handle", [], None),
    ("a@b.c", [], None),  # one-letter TLD
    ("amporn.c", [], None),
    ("ไปรษณีย์อิเล็กทรอนิกส์ -", [], None),
    ("ราคา 5@10 บาท", [], None),
    ("ที่ ขก 0168.1/4338", [], None),
]


test_table = table_test(NAME, CASES)


def test_label(detect) -> None:
    _, (f,) = detect(NAME, "wanida.ls@outlook.co.th")
    assert (f.label, f.basis) == ("EMAIL", "15(5)")
