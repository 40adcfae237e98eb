"""The one error handler: the project's exception tree and HTTP errors become pages (or JSON)."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from redactor.errors import BadInput, PhoeiError

log = logging.getLogger("phoei.web")


def status_for(exc: PhoeiError) -> int:
    from library.errors import (
        DatabaseUnavailable,
        Forbidden,
        IntegrityFailure,
        Invalid,
        InvalidTransition,
        NotFound,
        NotInitialised,
    )

    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Forbidden):
        return 403
    if isinstance(exc, (Invalid, InvalidTransition, BadInput)):
        return 400
    if isinstance(exc, (NotInitialised, DatabaseUnavailable)):
        return 503
    if isinstance(exc, IntegrityFailure):
        return 500
    return 500


def _titles() -> dict[int, str]:
    return {
        400: _("คำขอไม่ถูกต้อง"),
        403: _("ไม่มีสิทธิ์เข้าถึง"),
        404: _("ไม่พบหน้าที่ต้องการ"),
        405: _("ไม่รองรับวิธีการนี้"),
        413: _("ไฟล์มีขนาดใหญ่เกินไป"),
        500: _("เกิดข้อผิดพลาดในระบบ"),
        503: _("ระบบยังไม่พร้อมให้บริการ"),
    }


def _render(code: int, detail: str = "") -> ResponseReturnValue:
    from webui.services import db

    try:
        db().rollback()
    except Exception:  # the session may be the problem
        pass
    title = _titles().get(code, _("เกิดข้อผิดพลาด"))
    if (request.accept_mimetypes.best == "application/json" or request.path.endswith(".json") or request.is_json
            or request.path.startswith("/api/")):
        return jsonify(error=title, detail=detail), code
    return render_template("error.html", code=code, title=title, detail=detail), code


def _busy(exc: Exception) -> bool:
    from sqlalchemy.exc import OperationalError

    return isinstance(exc, OperationalError) and "database is locked" in str(exc.orig)


def register(app: Flask) -> None:
    @app.errorhandler(PhoeiError)
    def phoei_error(exc: PhoeiError) -> ResponseReturnValue:
        code = status_for(exc)
        if code >= 500:
            log.exception("error serving %s", request.path)
        # Anonymous visitors learn nothing about what exists but is not public.
        from webui.services import principal

        if code == 403 and principal().user_id is None:
            code = 404
        detail = str(exc) if code == 400 or principal().user_id is not None else ""
        return _render(code, detail)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError) -> ResponseReturnValue:
        return _render(400, _("แบบฟอร์มหมดอายุหรือไม่สมบูรณ์ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง"))

    @app.errorhandler(413)
    def too_large(exc: HTTPException) -> ResponseReturnValue:
        from webui.services import services

        limit = services().library.config.max_upload_bytes
        return _render(413, _("ไฟล์ที่ส่งมารวมกันมีขนาดเกินที่ระบบรับได้ (ไฟล์ละไม่เกิน %(mb)d MB) "
                              "ไม่มีการบันทึกไฟล์ใด ๆ", mb=limit // 1_000_000))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        return _render(exc.code or 500, "")

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> ResponseReturnValue:
        if isinstance(exc, HTTPException):
            return http_error(exc)
        if _busy(exc):
            # The write lock stayed taken beyond the busy timeout and the retries: try later.
            log.warning("database busy serving %s", request.path)
            from flask import make_response

            resp = make_response(_render(503, ""))
            resp.headers["Retry-After"] = "5"
            return resp
        log.exception("unexpected error serving %s", request.path)
        if app.testing and app.config.get("PROPAGATE_EXCEPTIONS") is not False:
            raise exc
        return _render(500, "")
