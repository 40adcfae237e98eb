"""HTML to PDF for the reports: headless Chromium (Debian's ``chromium``) driven by Playwright.

Why Chromium and not WeasyPrint (measured on the same Thai HTML, TLWG fonts, 2026-12): both shape
Thai with HarfBuzz and break lines at Thai word boundaries, but WeasyPrint 70 writes one ToUnicode
entry per glyph, first come first served, so a cluster that HarfBuzz draws with more glyphs than it
has characters (every SARA AM, which the Thai shaper splits into NIKHAHIT + SARA AA; a tone mark over
SARA UU in the TLWG fonts) extracts wrongly: "ดำเนินงาน" came back as "ดĚาเนินงาน" and "ผู้ใหญ่" as
"ผ้้ใหญ่" with every TLWG face and with Sarabun. Wrapping each line in /ActualText fixes pdftotext but
not MuPDF (it duplicated text). Chromium's PDF backend writes /ActualText per cluster, and its text
layer extracts as the exact Thai we typed (PyMuPDF and pdftotext). It costs a browser start
(about 1-3 s a report), which a monthly job can afford.

Nothing is fetched: the page is set from a string, and every request it would make is refused.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from library.errors import LibraryError


class PdfUnavailable(LibraryError):
    """No Chromium to print with (install Debian's ``chromium``, or set ``PHOEI_CHROMIUM``)."""

    exit_code = 1


def chromium_path() -> str:
    env = os.environ.get("PHOEI_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise PdfUnavailable("no Chromium found to make the PDF: apt-get install chromium (or set PHOEI_CHROMIUM)")


def html_to_pdf(html: str, out: Path) -> None:
    """Print ``html`` (self-contained: inline SVG and CSS, system fonts) to ``out`` (A4, CSS page size).

    Runs in a thread of its own: Playwright's sync API refuses a thread that already runs an
    asyncio loop (another Playwright session, an async server)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="phoei-pdf") as pool:
        pool.submit(_print, html, out).result()


def _print(html: str, out: Path) -> None:
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise PdfUnavailable(f"playwright is not installed: {exc}") from None
    exe = chromium_path()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
            try:
                page = browser.new_page()
                page.route("**/*", lambda route: route.abort())
                page.set_content(html, wait_until="load")
                page.pdf(path=str(out), prefer_css_page_size=True, print_background=True)
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise PdfUnavailable(f"Chromium could not print the report: {str(exc).splitlines()[0]}") from None
