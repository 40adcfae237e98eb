"""The table of DOCX hiding places drives all three walkers: extraction, cleaning and read-back.

Every row of ``places.PLACES`` must be exercised here by a fixture part, and each of the
three walkers must be seen to do what the row says with it: a row that one walker skips
is a leak (not extracted, so never detected), a copy that keeps personal data (not
cleaned), or a verification that cannot see it (not read back).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import nsdecls
from lxml import etree

from redactor.formats import docx as docx_format
from redactor.formats.docx import package as docx_package
from redactor.formats.docx.places import (
    PLACES,
    TEXT_FREE,
    Clean,
    Extract,
    FieldAction,
    Recover,
    field_elements,
    find_layout,
)
from redactor.types import Redaction
from tests.fixtures import make_signed as ms
from tests.redactor.test_docx import build_fixture

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ENDNOTE = "ท้ายเรื่อง นายอ้างอิง ท้ายเล่ม"
GLOSSARY = "ข้อความสำเร็จรูป นายแม่แบบ ประจำเครื่อง"
PERSON = "นายผู้ร่วม ความเห็น"
TEMPLATE = "C:\\Users\\somchai.private\\Templates\\บันทึก.dotm"
PART_TITLE = "บันทึกของนายหัวข้อ ส่วนตัว"

ENDNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes {nsdecls("w")}><w:endnote w:id="1"><w:p><w:r><w:t>{ENDNOTE}</w:t></w:r></w:p></w:endnote></w:endnotes>"""
GLOSSARY_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:glossaryDocument {nsdecls("w")}><w:docParts><w:docPart><w:docPartBody><w:p><w:r><w:t>{GLOSSARY}</w:t></w:r>
</w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"""
PEOPLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="{PERSON}">
<w15:presenceInfo w15:providerId="None" w15:userId="{PERSON}"/></w15:person></w15:people>"""
SETTINGS_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"
 Type="{REL}/attachedTemplate" Target="file:///{TEMPLATE}" TargetMode="External"/></Relationships>"""


def _every_place(path: Path) -> Path:
    """The DOCX test fixture plus the places python-docx does not make: endnotes, a glossary,
    comment details (people.xml) and a settings link to an attached template in a user folder."""
    build_fixture(path)
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", (
                    f'<Relationship Id="rId81" Type="{REL}/endnotes" Target="endnotes.xml"/>'
                    f'<Relationship Id="rId82" Type="{REL}/glossaryDocument" Target="glossary/document.xml"/>'
                    f'<Relationship Id="rId83" Type="http://schemas.microsoft.com/office/2011/relationships/people"'
                    ' Target="people.xml"/></Relationships>').encode())
            elif info.filename == "docProps/app.xml":
                body = body.replace(b"<Template>Normal.dotm</Template>", f"<Template>{TEMPLATE}</Template>".encode())
                body = body.replace(b"<vt:lpstr/>", f"<vt:lpstr>{PART_TITLE}</vt:lpstr>".encode())
            out.writestr(info, body)
        out.writestr("word/endnotes.xml", ENDNOTES.encode())
        out.writestr("word/glossary/document.xml", GLOSSARY_XML.encode())
        out.writestr("word/people.xml", PEOPLE.encode())
        out.writestr("word/_rels/settings.xml.rels", SETTINGS_RELS.encode())
    return path


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("places")
    return [_every_place(folder / "every.docx"),
            ms.signed_docx(folder / "signed.docx", ["หนังสือทดสอบ", "ผู้ประสานงาน นายทดลอง ลงนาม"])]


def test_each_row_decides_for_all_three_walkers_consistently() -> None:
    names = [place.name for place in PLACES]
    assert len(names) == len(set(names))
    for place in PLACES:
        assert isinstance(place.extract, Extract) and isinstance(place.clean, Clean) \
            and isinstance(place.recover, Recover), place.name
        assert place.rel or place.find or place.name == "body", f"{place.name}: nothing says how it is found"
        # A place extraction skips must leave the copy whole or hold no text of the document.
        if place.extract is Extract.NOTHING:
            assert place.clean is Clean.DROP or place.name in TEXT_FREE, place.name
        # Property fields are extracted, cleaned (or dropped) and read back field by field.
        assert (place.extract is Extract.FIELDS) == (place.fields is not None) == (place.recover is Recover.FIELDS)
        if place.clean is Clean.FIELDS:
            assert place.fields is not None and any(a is not FieldAction.KEEP for a in place.fields.actions.values())
        # What a reader sees is read back as a reader sees it; what no reader sees is checked raw.
        assert (place.extract is Extract.STORY) == (place.recover is Recover.STORY), place.name
        targets = place.extract is Extract.TARGETS
        assert targets == (place.clean is Clean.TARGETS) == (place.recover is Recover.TARGETS), place.name


def _redact_everything(doc: docx_format.DocxDocument) -> list[Redaction]:
    text = doc.textmap.text
    return [Redaction(seg.start, seg.end, "PERSON", "15(5)", "test", text[seg.start:seg.end])
            for seg in doc.textmap.segments if text[seg.start:seg.end].strip()]


def test_every_place_is_extracted_cleaned_and_read_back(fixtures: list[Path], tmp_path: Path) -> None:
    exercised: set[str] = set()
    mapped: set[str] = set()
    for path in fixtures:
        pkg = docx_package._open_package(path)
        layout = find_layout(pkg)
        doc = docx_format.open_document(path)
        segments = doc.textmap.segments
        out = tmp_path / f"out-{path.name}"
        doc.apply(_redact_everything(doc), out)
        doc.close()
        kept = zipfile.ZipFile(out)
        kept_names = set(kept.namelist())
        read_back = docx_format.recover(path)
        recovered = {r.where for r in read_back}
        claimed: list[str] = []
        for place in PLACES:
            parts = layout.parts(place)
            claimed += parts
            for part in parts:
                exercised.add(place.name)
                mine = [s for s in segments if s.ref.part == part]
                # Extraction.
                if place.extract is Extract.NOTHING:
                    assert not mine, f"{place.name}: {part} is mapped, but its row says it is not"
                elif place.extract is Extract.STORY:
                    assert any(s.visible for s in mine), f"{place.name}: {part} gives no visible text"
                else:
                    assert not any(s.visible for s in mine), f"{place.name}: {part} mapped as visible"
                if mine:
                    mapped.add(place.name)
                if place.extract is Extract.FIELDS:
                    assert all(s.where.startswith(f"{part}:") for s in mine)
                # Read-back (of the original, so every part is there to be read).
                if part in pkg.trees:
                    assert part in recovered, f"{place.name}: {part} is not read back"
                if place.recover is Recover.STORY:
                    assert any(r.where == part and r.visible for r in read_back), f"{place.name}: not read as seen"
                elif place.recover is Recover.FIELDS:
                    assert any(w.startswith(f"{part}:") for w in recovered), f"{place.name}: fields not read back"
                elif place.recover is Recover.TARGETS:
                    assert any(w.startswith(f"{part}:rId") for w in recovered), f"{place.name}: targets not read back"
                # Cleaning.
                if place.clean is Clean.DROP:
                    assert part not in kept_names, f"{place.name}: {part} survives in the copy"
                    links = [n for n in kept_names if n.endswith(".rels")
                             and posixpath.basename(part).encode() in kept.read(n)]
                    assert not links, f"{place.name}: {links} still link to {part}"
                elif part not in kept_names:
                    # Only the relationships of a part that was dropped go with it.
                    assert docx_package._source_of_rels(part) not in kept_names, f"{place.name}: {part} went missing"
                    continue
                else:
                    data = kept.read(part)
                if place.clean is Clean.STORY:
                    for tag in (b"<w:del ", b"<w:ins ", b"<w:vanish"):
                        assert tag not in data, f"{place.name}: {part} still has {tag!r}"
                if place.clean is Clean.FIELDS:
                    assert place.fields is not None
                    for key, _label, el in field_elements(place.fields, etree.fromstring(data)):
                        action = place.fields.action(key)
                        if action is FieldAction.CLEAR:
                            assert not el.text, f"{place.name}: {part} keeps {key} = {el.text!r}"
                        elif action is FieldAction.FILE_NAME:
                            assert not re.search(r"[\\/]", el.text or ""), f"{place.name}: {part} keeps a path"
                if place.clean is Clean.TARGETS:
                    assert b"somchai" not in data, f"{place.name}: {part} keeps a user name in a target"
        # Together the rows claim every XML part, each exactly once.
        assert sorted(claimed) == sorted(set(claimed))
        assert set(pkg.trees) <= set(claimed)
        pkg.zip.close()
    assert exercised == {place.name for place in PLACES}, "a row no fixture exercises"
    assert mapped == {place.name for place in PLACES if place.extract is not Extract.NOTHING}


def test_app_template_path_is_cut_and_people_go(fixtures: list[Path], tmp_path: Path) -> None:
    path = fixtures[0]
    doc = docx_format.open_document(path)
    assert TEMPLATE in doc.textmap.text and PART_TITLE in doc.textmap.text
    assert ENDNOTE in doc.textmap.text and GLOSSARY in doc.textmap.text
    assert PERSON not in doc.textmap.text  # comment details are dropped whole, not mapped
    doc.apply([], tmp_path / "out.docx")
    doc.close()
    kept = zipfile.ZipFile(tmp_path / "out.docx")
    app = kept.read("docProps/app.xml").decode()
    assert "<Template>บันทึก.dotm</Template>" in app
    assert PART_TITLE not in app
    assert "word/people.xml" not in kept.namelist()
    assert all(PERSON.encode() not in kept.read(n) for n in kept.namelist())
