"""Role names. Global roles are held by a user everywhere; local roles are
granted on one folder and acquired by everything below it (Plone's local
roles); contextual roles are computed for each item.
"""

from __future__ import annotations

# Contextual: every principal, signed in or not, has ANONYMOUS; a signed-in
# user also has AUTHENTICATED; the user who created an item is its OWNER.
ANONYMOUS = "anonymous"
AUTHENTICATED = "authenticated"
OWNER = "owner"

# Global roles (``user_roles``).
SITE_ADMIN = "site_admin"
REVIEWER = "reviewer"
OFFICER = "officer"
EXTERNAL_SUBMITTER = "external_submitter"
# The head of the agency and other executives: read-only oversight (dashboard, monthly reports,
# ITA checklist); no permission on content.
EXECUTIVE = "executive"

# Local roles (``local_roles``, granted on a folder). REVIEWER may be held
# globally or locally.
CONTRIBUTOR = "contributor"
EDITOR = "editor"

# The scheduler (expiry job) and workers act as SYSTEM.
SYSTEM = "system"

GLOBAL_ROLES = (SITE_ADMIN, REVIEWER, OFFICER, EXTERNAL_SUBMITTER, EXECUTIVE)
LOCAL_ROLES = (CONTRIBUTOR, EDITOR, REVIEWER)
ALL_ROLES = (ANONYMOUS, AUTHENTICATED, OWNER, *GLOBAL_ROLES, CONTRIBUTOR, EDITOR, SYSTEM)

TITLES_TH = {
    ANONYMOUS: "ประชาชนทั่วไป",
    AUTHENTICATED: "ผู้ใช้ที่เข้าสู่ระบบ",
    OWNER: "เจ้าของเรื่อง",
    SITE_ADMIN: "ผู้ดูแลระบบ",
    REVIEWER: "ผู้ตรวจสอบและอนุมัติเผยแพร่",
    OFFICER: "เจ้าหน้าที่",
    EXTERNAL_SUBMITTER: "หน่วยงานภายนอกที่ขอเผยแพร่",
    EXECUTIVE: "ผู้บริหาร (ดูรายงาน)",
    CONTRIBUTOR: "ผู้เพิ่มเนื้อหา",
    EDITOR: "ผู้แก้ไขเนื้อหา",
    SYSTEM: "ระบบอัตโนมัติ",
}
