"""Hidden text through styles: which runs ``w:vanish`` hides, directly or through a style chain."""

from __future__ import annotations

from lxml import etree

from redactor.formats.docx.package import _is_w, _on_off, _w_attr, _w_child


class _Styles:
    """Which character and paragraph styles hide their text (``w:vanish``)."""

    def __init__(self, root: etree._Element | None) -> None:
        self.char: dict[str, bool] = {}
        self.para: dict[str, bool] = {}
        self.default_para: str | None = None
        if root is None:
            return
        raw: dict[str, tuple[str | None, str | None, bool | None]] = {}
        for style in root:
            if not _is_w(style, "style"):
                continue
            sid = _w_attr(style, "styleId")
            if not sid:
                continue
            stype = _w_attr(style, "type")
            based = _w_child(style, "basedOn")
            rpr = _w_child(style, "rPr")
            vanish = _w_child(rpr, "vanish") if rpr is not None else None
            raw[sid] = (
                stype,
                _w_attr(based, "val") if based is not None else None,
                _on_off(vanish) if vanish is not None else None,
            )
            if stype == "paragraph" and (_w_attr(style, "default") or "").lower() in {"1", "true", "on"}:
                self.default_para = sid

        def resolve(sid: str) -> bool | None:
            seen: set[str] = set()
            cur: str | None = sid
            while cur is not None and cur in raw and cur not in seen:
                seen.add(cur)
                _, based_on, decision = raw[cur]
                if decision is not None:
                    return decision
                cur = based_on
            return None

        for sid, (stype, _, _) in raw.items():
            decision = resolve(sid)
            if decision is None:
                continue
            if stype == "character":
                self.char[sid] = decision
            elif stype == "paragraph":
                self.para[sid] = decision

    def run_hidden(self, run: etree._Element, para_style: str | None) -> bool:
        rpr = _w_child(run, "rPr")
        if rpr is not None:
            vanish = _w_child(rpr, "vanish")
            if vanish is not None:
                return _on_off(vanish)
            rstyle = _w_child(rpr, "rStyle")
            sid = _w_attr(rstyle, "val") if rstyle is not None else None
            if sid in self.char:
                return self.char[sid]
        return self.para.get(para_style or self.default_para or "", False)


def _para_style(p: etree._Element | None) -> str | None:
    if p is None:
        return None
    ppr = _w_child(p, "pPr")
    pstyle = _w_child(ppr, "pStyle") if ppr is not None else None
    return _w_attr(pstyle, "val") if pstyle is not None else None


def _enclosing_paragraph(el: etree._Element) -> etree._Element | None:
    for anc in el.iterancestors():
        if _is_w(anc, "p"):
            return anc
    return None

