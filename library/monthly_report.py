"""The monthly report to the head of the agency (seed guideline §5): a Thai PDF and a CSV.

The PDF opens with a one-page summary in the register of an official memo (บันทึกข้อความ:
ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, body, signature), then the figures of
:mod:`library.oversight` with charts (:mod:`library.charts`) and the ITA checklist status
(:mod:`library.ita`). The CSV holds the same figures, one per row. Both are written to
``<instance>/reports/monthly-<BE year>-<month>.{pdf,csv}`` whole or not at all.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from library import ita, oversight
from library.content_types import OIA_CATEGORIES
from library.models import AgencyProfileRow, Official, utcnow
from library.thaidate import format_date, format_datetime, thai_digits, to_bangkok

TEMPLATES = Path(__file__).with_name("templates")
REPORTS_DIR = "reports"
_NAME = re.compile(r"^monthly-(\d{4})-(\d{2})\.(pdf|csv)$")
FEEDBACK_STATUS_TH = {"new": "ใหม่", "in_progress": "กำลังดำเนินการ", "resolved": "แก้ไขแล้ว", "rejected": "ไม่รับดำเนินการ"}
RESCAN_STATUS_TH = {"open": "รอผู้ตรวจสอบ", "dismissed": "เผยแพร่ต่อได้", "taken_down": "นำลงเพื่อปกปิด",
                    "resolved": "ไม่พบแล้ว"}
STATE_TH = {"private": "ร่าง", "pending": "รอตรวจสอบ", "published": "เผยแพร่แล้ว", "expired": "หมดอายุ",
            "submitted": "ส่งจากหน่วยงานภายนอก", "screening": "กำลังคัดกรอง", "rejected": "ไม่อนุมัติ"}


@dataclass(frozen=True)
class Report:
    figures: oversight.Figures
    checklist: ita.Checklist | None
    ita_status: list[ita.ItemStatus]
    agency: str
    addressee: str


@dataclass(frozen=True)
class ReportFiles:
    month: str
    pdf: Path
    csv: Path


def reports_dir(instance: Path) -> Path:
    from library.private_files import private_dir

    return private_dir(instance / REPORTS_DIR)


def file_names(period: oversight.Period) -> tuple[str, str]:
    return f"monthly-{period.key}.pdf", f"monthly-{period.key}.csv"


def list_reports(instance: Path) -> list[dict[str, Any]]:
    """The reports made so far, newest month first: ``{"month", "title", "pdf", "csv"}``."""
    folder = instance / REPORTS_DIR
    months: dict[str, dict[str, Any]] = {}
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                key = f"{m[1]}-{m[2]}"
                entry = months.setdefault(key, {"month": key, "title": oversight.parse_month(key).title_th})
                entry[m[3]] = p.name
    return [months[k] for k in sorted(months, reverse=True)]


def report_file(instance: Path, name: str) -> Path | None:
    """A report file by its name (only names this module writes; nothing else is served)."""
    if not _NAME.match(name):
        return None
    p = instance / REPORTS_DIR / name
    return p if p.is_file() else None


# --- assemble -------------------------------------------------------------------------


def build(session: Session, period: oversight.Period, *, instance: Path | None = None,
          now: datetime | None = None, ita_year: int | None = None) -> Report:
    now = now or utcnow()
    figures = oversight.compute(session, period, now=now)
    try:
        checklist: ita.Checklist | None = ita.load(ita_year, instance)
    except Exception:  # a broken instance file must not stop the report: it says so instead
        checklist = None
    statuses = ita.status(session, checklist, now=now) if checklist else []
    row = session.get(AgencyProfileRow, 1)
    agency = (row.name if row and row.name else "") or "หน่วยงาน"
    head = session.query(Official).filter(Official.in_office.is_(True), Official.executive.is_(True)) \
        .order_by(Official.rank, Official.id).first()
    addressee = head.position if head is not None and head.position else "หัวหน้าส่วนราชการ"
    return Report(figures, checklist, statuses, agency, addressee)


def category_short(code: str) -> str:
    if not code:
        return "ไม่ระบุหมวด"
    text = OIA_CATEGORIES.get(code)
    return " ".join(text.split()[:3]) if text else code


def basis_th(basis: str) -> str:
    m = re.fullmatch(r"(\d+)(?:\((\d+)\))?", basis or "")
    if not m:
        return basis or "ไม่ระบุ"
    out = f"มาตรา {thai_digits(m[1])}"
    return out + (f" ({thai_digits(m[2])})" if m[2] else "")


def label_th(label: str) -> str:
    from redactor.labels import thai_name

    return thai_name(label)


def _hours_th(h: float | None) -> str:
    if h is None:
        return "-"
    if h < 48:
        return f"{h:,.1f} ชั่วโมง"
    return f"{h / 24:,.1f} วัน"


# --- CSV ------------------------------------------------------------------------------


def csv_rows(rep: Report) -> list[tuple[str, str, str, Any]]:
    """``(section, key, label, value)``: every figure of the report, machine-readable."""
    f = rep.figures
    rows: list[tuple[str, str, str, Any]] = [
        ("report", "month", "เดือน", f.period.key),
        ("report", "generated_at", "จัดทำเมื่อ", f.generated_at.isoformat()),
        ("summary", "public_items", "รายการที่เผยแพร่อยู่", f.public_items),
        ("summary", "published_in_month", "เผยแพร่ใหม่ในเดือน", f.publications.total),
        ("summary", "overdue_review", "เลยกำหนดทบทวน", len(f.overdue)),
        ("summary", "downloads", "ดาวน์โหลด", f.downloads.total),
        ("summary", "items_downloaded", "รายการที่ถูกดาวน์โหลด", f.downloads.items),
        ("summary", "feedback_received", "เรื่องแจ้งจากประชาชน", f.feedback.received),
        ("summary", "feedback_open_now", "เรื่องแจ้งค้างดำเนินการ", f.feedback.open_now),
        ("summary", "redactions", "จุดที่ปกปิด", f.redactions.accepted),
        ("summary", "verifications_passed", "ตรวจสอบผลการปกปิดผ่าน", f.redactions.verifications_passed),
        ("summary", "verifications_failed", "ตรวจสอบผลการปกปิดไม่ผ่าน", f.redactions.verifications_failed),
        ("summary", "rescan_checks", "ตรวจซ้ำเอกสารที่เผยแพร่แล้ว (ครั้ง)", f.rescan.checks),
        ("summary", "rescan_findings", "ผลตรวจซ้ำ: พบรายการใหม่", f.rescan.findings),
        ("summary", "rescan_taken_down", "ผลตรวจซ้ำ: นำลงเพื่อปกปิด (เรื่อง)", f.rescan.taken_down),
        ("summary", "rescan_open_now", "ผลตรวจซ้ำที่รอผู้ตรวจสอบ", f.rescan.open_now),
        ("summary", "broken_links", "ลิงก์เสีย", len(f.links.broken) if f.links.available else ""),
    ]
    for code, n in f.publications.by_category.items():
        rows.append(("publications_by_category", code or "-", category_short(code), n))
    for path, n in f.publications.by_folder.items():
        rows.append(("publications_by_folder", path, f.publications.folder_titles.get(path, path), n))
    for m in f.trend:
        rows.append(("publications_by_month", m.period.key, m.period.title_th, m.total))
        for code, n in m.by_category.items():
            rows.append(("publications_by_month_category", f"{m.period.key} {code or '-'}", category_short(code), n))
    for st in f.states:
        rows.append(("items_by_state", f"{st.flow}:{st.state}", STATE_TH.get(st.state, st.state), st.count))
        rows.append(("state_age_median_days", f"{st.flow}:{st.state}", STATE_TH.get(st.state, st.state),
                     st.median_age_days))
        rows.append(("state_age_max_days", f"{st.flow}:{st.state}", STATE_TH.get(st.state, st.state), st.max_age_days))
    for status, n in f.feedback.by_status.items():
        rows.append(("feedback_by_status", status, FEEDBACK_STATUS_TH.get(status, status), n))
    rows.append(("feedback_response", "median_first_response_hours", "ตอบครั้งแรก (มัธยฐาน ชั่วโมง)",
                 f.feedback.median_first_response_hours if f.feedback.median_first_response_hours is not None else ""))
    rows.append(("feedback_response", "median_close_hours", "ปิดเรื่อง (มัธยฐาน ชั่วโมง)",
                 f.feedback.median_close_hours if f.feedback.median_close_hours is not None else ""))
    for d in f.downloads.top:
        rows.append(("downloads_by_item", d.item.path, d.item.title, d.count))
    for b, n in f.redactions.by_basis.items():
        rows.append(("redactions_by_basis", b, basis_th(b), n))
    for lb, n in f.redactions.by_label.items():
        rows.append(("redactions_by_label", lb, label_th(lb), n))
    for status, n in f.rescan.by_status.items():
        rows.append(("rescan_findings_by_status", status, RESCAN_STATUS_TH.get(status, status), n))
    for lb, n in f.rescan.by_label.items():
        rows.append(("rescan_findings_by_label", lb, label_th(lb), n))
    for o in f.overdue:
        rows.append(("overdue_review", o.item.path, o.item.title, o.review_by.isoformat()))
    for ist in rep.ita_status:
        rows.append(("ita", ist.item.code, ist.item.title, ist.status))
    return rows


def render_csv(rep: Report) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(("section", "key", "label", "value"))
    for r in csv_rows(rep):
        w.writerow(r)
    return buf.getvalue().encode("utf-8-sig")  # the BOM: spreadsheet programs then read the Thai right


# --- HTML and PDF ---------------------------------------------------------------------


ChartSpec = tuple[str, tuple[Any, ...], dict[str, Any]]  # (library.charts function, args, kwargs)
_CHART_CACHE_SIZE = 16  # versions kept per process: six SVGs of 10-60 kB each
_chart_cache: OrderedDict[str, dict[str, str]] = OrderedDict()
_chart_cache_lock = threading.Lock()


def chart_specs(rep: Report) -> dict[str, ChartSpec]:
    """What each chart draws: the function of :mod:`library.charts` and its arguments, no drawing yet."""
    from library import charts as ch

    f = rep.figures
    cats = category_totals(f.trend)
    top = [c for c, _ in cats.most_common(5)]
    series: dict[str, list[int]] = {category_short(c): [m.by_category.get(c, 0) for m in f.trend] for c in top}
    rest = [m.total - sum(m.by_category.get(c, 0) for c in top) for m in f.trend]
    if any(rest):
        series["หมวดอื่น ๆ"] = rest
    months = [thai_month_short(m.period) for m in f.trend]
    folders = list(f.publications.by_folder.items())[:10]
    return {
        "trend": ("stacked_months", (months, series, "การเผยแพร่รายเดือน ย้อนหลัง ๑๒ เดือน แยกตามหมวดข้อมูลข่าวสาร"), {}),
        "folders": ("hbar", ([f.publications.folder_titles.get(p, p) for p, _ in folders], [n for _, n in folders],
                             f"การเผยแพร่ในเดือน{f.period.title_th} แยกตามหมวดหมู่"), {}),
        "downloads": ("hbar", ([d.item.title for d in f.downloads.top[:10]], [d.count for d in f.downloads.top[:10]],
                               "เอกสารที่ดาวน์โหลดมากที่สุด"), {"color": ch.PALETTE[2]}),
        "basis": ("hbar", ([basis_th(b) for b in f.redactions.by_basis], list(f.redactions.by_basis.values()),
                           "จุดที่ปกปิด แยกตามฐานทางกฎหมาย"), {"color": ch.PALETTE[3]}),
        "labels": ("hbar", ([label_th(lb) for lb in f.redactions.by_label], list(f.redactions.by_label.values()),
                            "จุดที่ปกปิด แยกตามประเภทข้อมูล"), {"color": ch.PALETTE[4]}),
        "feedback": ("hbar", ([FEEDBACK_STATUS_TH.get(s, s) for s in f.feedback.by_status],
                              list(f.feedback.by_status.values()), "เรื่องแจ้งจากประชาชนที่รับในเดือน แยกตามสถานะ"),
                     {"color": ch.PALETTE[1]}),
    }


def chart_version(specs: dict[str, ChartSpec]) -> str:
    """A digest of everything the charts show: equal digests draw identical SVGs."""
    blob = json.dumps(specs, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def cached_charts(version: str) -> dict[str, str] | None:
    """The SVGs drawn for ``version`` in this process, if still kept."""
    with _chart_cache_lock:
        svgs = _chart_cache.get(version)
        if svgs is not None:
            _chart_cache.move_to_end(version)
        return svgs


def charts_with_version(rep: Report) -> tuple[str, dict[str, str]]:
    """The report's charts and their version, drawn only when no chart of that version is kept.

    The dashboard shows six charts, each its own image request. Drawing is the expensive part
    (matplotlib, one figure at a time), so the SVGs are kept by the digest of what they show: the
    dashboard draws them once when the figures change, and each image is served from the cache.
    A process that does not have them (another worker, or evicted) draws them again: the same SVGs.
    """
    specs = chart_specs(rep)
    version = chart_version(specs)
    svgs = cached_charts(version)
    if svgs is None:
        from library import charts as ch

        svgs = {name: getattr(ch, fn)(*args, **kwargs) for name, (fn, args, kwargs) in specs.items()}
        with _chart_cache_lock:
            _chart_cache[version] = svgs
            _chart_cache.move_to_end(version)
            while len(_chart_cache) > _CHART_CACHE_SIZE:
                _chart_cache.popitem(last=False)
    return version, svgs


def charts(rep: Report) -> dict[str, str]:
    return charts_with_version(rep)[1]


def category_totals(trend: list[oversight.MonthCount]) -> Any:
    from collections import Counter

    c: Counter[str] = Counter()
    for m in trend:
        c.update(m.by_category)
    return c


def thai_month_short(period: oversight.Period) -> str:
    from library.thaidate import MONTHS_SHORT

    return f"{MONTHS_SHORT[period.start.month - 1]}{(period.start.year + 543) % 100:02d}"


def render_html(rep: Report, *, with_charts: bool = True) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    env.filters.update(th=lambda v: thai_digits(str(v)), be_date=lambda d, style="long": format_date(d, style),
                       be_datetime=format_datetime, hours=_hours_th, category=category_short, basis=basis_th,
                       label=label_th, state=lambda s: STATE_TH.get(s, s),
                       fb_status=lambda s: FEEDBACK_STATUS_TH.get(s, s), num=lambda n: f"{n:,}")
    f = rep.figures
    today = to_bangkok(f.generated_at).date()
    return env.get_template("monthly_report.html").render(
        r=rep, f=f, today=today, charts=charts(rep) if with_charts else {},
        ita_summary=ita.summary(rep.ita_status), ita_freq=ita.FREQUENCY_TH, memo=memo_paragraphs(rep))


def memo_paragraphs(rep: Report) -> list[str]:
    """The body of the memo, in Thai digits as official letters write them."""
    f = rep.figures
    month = f.period.title_th
    fb = f.feedback
    red = f.redactions
    s = ita.summary(rep.ita_status)
    out = [
        f"ตามที่{rep.agency}ได้เผยแพร่ข้อมูลข่าวสารของราชการทางเว็บไซต์ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ "
        f"พ.ศ.\u00a0๒๕๔๐ ผู้ดูแลเว็บไซต์ขอรายงานผลการดำเนินงานประจำเดือน{month} ดังนี้",
        f"๑. เผยแพร่ข้อมูลข่าวสารใหม่ {f.publications.total:,} รายการ ปัจจุบันมีข้อมูลที่เผยแพร่อยู่ทั้งสิ้น "
        f"{f.public_items:,} รายการ",
        f"๒. มีข้อมูลที่เลยกำหนดทบทวนความเป็นปัจจุบัน {len(f.overdue):,} รายการ",
        f"๓. ประชาชนแจ้งว่าข้อมูลไม่ถูกต้องหรือไม่เป็นปัจจุบัน {fb.received:,} เรื่อง ตอบกลับแล้ว {fb.answered:,} เรื่อง "
        f"ยังค้างดำเนินการทั้งหมด {fb.open_now:,} เรื่อง",
        f"๔. มีการดาวน์โหลดเอกสาร {f.downloads.total:,} ครั้ง จาก {f.downloads.items:,} รายการ",
        f"๕. ปกปิดข้อมูลที่ไม่ต้องเปิดเผยตามมาตรา ๑๔ และมาตรา ๑๕ จำนวน {red.accepted:,} จุด "
        f"ตรวจสอบผลการปกปิดผ่าน {red.verifications_passed:,} ครั้ง ไม่ผ่าน {red.verifications_failed:,} ครั้ง",
    ]
    if rep.checklist is not None:
        out.append(f"๖. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปี {rep.checklist.year} จำนวน {len(rep.ita_status)} ข้อ "
                   f"เป็นปัจจุบัน {s['current']} ข้อ มีข้อมูล {s['present']} ข้อ ไม่เป็นปัจจุบัน {s['stale']} ข้อ "
                   f"ยังไม่มีข้อมูล {s['missing']} ข้อ")
    if f.links.available:
        out.append(f"๗. ลิงก์ไปยังเว็บไซต์อื่นที่ใช้งานไม่ได้ {len(f.links.broken):,} รายการ")
    rs = f.rescan
    out.append(f"{'๘' if f.links.available else '๗'}. ตรวจซ้ำเอกสารและข้อความที่เผยแพร่แล้วด้วยเกณฑ์ปัจจุบัน {rs.checks:,} ครั้ง "
               f"พบรายการที่ต้องพิจารณาใหม่ {rs.findings:,} รายการ นำลงเพื่อปกปิด {rs.taken_down:,} เรื่อง "
               f"ยังรอผู้ตรวจสอบ {rs.open_now:,} รายการ")
    ask = "จึงเรียนมาเพื่อโปรดทราบ"
    if s["stale"] or s["missing"] or f.overdue:
        ask += " และพิจารณาสั่งการให้ผู้รับผิดชอบปรับปรุงข้อมูลที่ยังไม่มีหรือไม่เป็นปัจจุบัน"
    out.append(ask)
    return [thai_digits(p) for p in out]


def make(lib: Any, period: oversight.Period, *, out_dir: Path | None = None, now: datetime | None = None,
         ita_year: int | None = None) -> ReportFiles:
    """Build the month's report and write its PDF and CSV (atomically: both or neither)."""
    from library.pdf import html_to_pdf

    instance = lib.config.instance
    with lib.session() as s:
        rep = build(s, period, instance=instance, now=now, ita_year=ita_year)
    html = render_html(rep)
    folder = out_dir or reports_dir(instance)
    folder.mkdir(parents=True, exist_ok=True)
    pdf_name, csv_name = file_names(period)
    with tempfile.TemporaryDirectory(prefix=".phoei-report-", dir=folder) as tmp:
        tpdf, tcsv = Path(tmp) / pdf_name, Path(tmp) / csv_name
        html_to_pdf(html, tpdf)
        tcsv.write_bytes(render_csv(rep))
        for t in (tpdf, tcsv):
            os.chmod(t, 0o600)
        os.replace(tcsv, folder / csv_name)
        os.replace(tpdf, folder / pdf_name)
    return ReportFiles(period.key, folder / pdf_name, folder / csv_name)
