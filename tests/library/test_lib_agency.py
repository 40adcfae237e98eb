"""The agency profile in the library, handed to the redactor as its keep list."""

from __future__ import annotations

import tomllib

import pytest

from library import agency
from library.errors import Forbidden, Invalid
from redactor.profile import AgencyProfile


def test_profile_round_trip(s, who) -> None:
    admin = who("admin")
    assert agency.agency_profile(s) == AgencyProfile()
    assert agency.update_profile(s, admin, name="สำนักงานจังหวัดบุรีรัมย์", phones=["044 666 534"],
                                 emails="buriram@moi.go.th", website="http://www.buriram.go.th") == [
        "name", "phones", "emails", "website"]
    gov = agency.add_official(s, admin, "นายประภาส รัชชากริชย์", "รองผู้ว่าราชการจังหวัดบุรีรัมย์", executive=True)
    agency.add_official(s, admin, "นางสาวตัวอย่าง ใจงาม", "นักวิเคราะห์นโยบายและแผน")
    prof = agency.agency_profile(s)
    assert prof.name == "สำนักงานจังหวัดบุรีรัมย์" and prof.emails == ("buriram@moi.go.th",)
    assert [o.name for o in prof.officials] == ["นายประภาส รัชชากริชย์", "นางสาวตัวอย่าง ใจงาม"]
    keep = dict(prof.keep_strings())
    assert "official in office" in keep["นายประภาส รัชชากริชย์"]
    agency.leave_office(s, admin, gov.id)  # no longer an official: a private person again
    assert [o.name for o in agency.agency_profile(s).officials] == ["นางสาวตัวอย่าง ใจงาม"]
    exported = tomllib.loads(agency.export_toml(s))
    assert exported["name"] == "สำนักงานจังหวัดบุรีรัมย์" and exported["officials"][0]["position"]
    assert agency.import_profile(s, admin, exported) == agency.agency_profile(s)


def test_only_site_admins_change_it(s, who) -> None:
    for name in ("rita", "eddie", "anonymous"):
        with pytest.raises(Forbidden):
            agency.update_profile(s, who(name), name="x")
    with pytest.raises(Invalid):
        agency.update_profile(s, who("admin"), colour="red")
    with pytest.raises(Invalid):
        agency.add_official(s, who("admin"), "  ")


def test_a_profile_file_may_leave_out_lists(s, who, tmp_path) -> None:
    path = tmp_path / "agency.toml"
    path.write_text('name = "อำเภอเมือง"\n[[officials]]\nname = "นายหนึ่ง สอง"\n', encoding="utf-8")
    prof = agency.import_profile(s, who("admin"), path)
    assert prof.name == "อำเภอเมือง" and prof.fax == () and prof.officials[0].name == "นายหนึ่ง สอง"
    path.write_text("name = [", encoding="utf-8")
    with pytest.raises(Invalid, match="cannot read"):
        agency.import_profile(s, who("admin"), path)
