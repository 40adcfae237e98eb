"""Oversight for the head of the agency (seed guideline §5): the dashboard of figures with charts,
the ITA open-data checklist and the monthly reports (PDF and CSV).

Site administrators see everything and may make a report now; executives (the ``executive`` role)
see the same pages read-only. The figures come from ``library.oversight``; nothing here computes.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from library import ita, monthly_report, oversight
from library.errors import Invalid, NotFound
from library.models import utcnow
from library.roles import EXECUTIVE, SITE_ADMIN
from webui.services import db, has_role, role_required, services

bp = Blueprint("oversight", __name__, url_prefix="/oversight")
overseer_required = role_required(SITE_ADMIN, EXECUTIVE)
admin_required = role_required(SITE_ADMIN)
CHARTS = ("trend", "folders", "downloads", "basis", "labels", "feedback")


def _period() -> oversight.Period:
    text = request.args.get("month", "").strip()
    if not text:
        return oversight.month_of(oversight.today_bangkok())
    try:
        return oversight.parse_month(text)
    except Invalid:
        abort(400)


def _instance() -> Path:
    return services().library.config.instance


@bp.route("/")
@overseer_required
def dashboard() -> ResponseReturnValue:
    period = _period()
    s = db()
    rep = monthly_report.build(s, period, instance=_instance())
    # Drawn here once (or taken from the cache); the six <img> requests then only look them up.
    chart_version, _svgs = monthly_report.charts_with_version(rep)
    months = oversight.months_ending(oversight.month_of(oversight.today_bangkok()), 12)[::-1]
    if period not in months:
        months = sorted({*months, period}, reverse=True)
    return render_template("oversight/dashboard.html", r=rep, f=rep.figures, period=period,
                           ita_summary=ita.summary(rep.ita_status), charts=CHARTS,
                           chart_version=chart_version, months=months,
                           can_make=has_role(SITE_ADMIN), st=monthly_report)


@bp.route("/chart/<name>.svg")
@overseer_required
def chart(name: str) -> ResponseReturnValue:
    """One chart of the dashboard. ``v`` (set by the dashboard) is the version of the figures it drew;
    a request with a kept version is answered from the cache without touching the database."""
    if name not in CHARTS:
        abort(404)
    version = request.args.get("v", "")
    svgs = monthly_report.cached_charts(version) if version else None
    if svgs is None:
        rep = monthly_report.build(db(), _period(), instance=_instance())
        version, svgs = monthly_report.charts_with_version(rep)
    resp = Response(svgs[name], mimetype="image/svg+xml")
    # Shown through <img>: matplotlib's SVG styles its text inline; nothing in it runs.
    resp.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return resp


@bp.route("/ita")
@overseer_required
def checklist() -> ResponseReturnValue:
    year = request.args.get("year", type=int)
    try:
        c = ita.load(year, _instance())
    except NotFound:
        abort(404)
    statuses = ita.status(db(), c)
    return render_template("oversight/ita.html", c=c, statuses=statuses, summary=ita.summary(statuses),
                           years=ita.years(_instance()), freq=ita.FREQUENCY_TH)


@bp.route("/reports", methods=["GET", "POST"])
@overseer_required
def reports() -> ResponseReturnValue:
    if request.method == "POST":
        if not has_role(SITE_ADMIN):
            abort(403)
        try:
            period = oversight.parse_month(request.form.get("month", ""))
        except Invalid:
            flash(_("เดือนไม่ถูกต้อง (เช่น 2568-10)"), "error")
            return redirect(url_for("oversight.reports"))
        from webui import jobs

        jobs.enqueue_monthly_report(services(), period.key)
        flash(_("กำลังจัดทำรายงานเดือน %(m)s", m=period.title_th), "success")
        return redirect(url_for("oversight.reports"))
    last = oversight.previous_month()
    return render_template("oversight/reports.html", reports=monthly_report.list_reports(_instance()),
                           can_make=has_role(SITE_ADMIN), default_month=last.key, generated=utcnow())


@bp.route("/reports/<name>")
@overseer_required
def report_download(name: str) -> ResponseReturnValue:
    path = monthly_report.report_file(_instance(), name)
    if path is None:
        abort(404)
    mimetype = "application/pdf" if name.endswith(".pdf") else "text/csv"
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=name)
