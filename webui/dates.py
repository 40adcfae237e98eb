"""Date entry in the Buddhist era: one WTForms field and widget for every date input of the site.

The browser's ``<input type="date">`` hands over whatever year the user typed as an ISO value
(2568-05-10 for a BE year) and shows the CE calendar. This field is a plain text box instead:
it shows the stored date as ``10/05/2568`` (BE), reads every form ``library.thaidate.parse_date``
reads (Thai or Arabic digits, ``10 พ.ค. 68``, ``10 พฤษภา 2568``, ...) and hands the view a
``date``. A date that cannot be read or does not exist becomes the field's error, in the page's
language, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from flask_babel import get_locale
from flask_babel import gettext as _
from markupsafe import Markup
from werkzeug.datastructures import MultiDict
from wtforms import Field
from wtforms.meta import DefaultMeta
from wtforms.widgets import TextInput

from library.thaidate import DateError, format_date, parse_date, to_bangkok


class BEDateInput(TextInput):
    """A text box for a BE date: no browser date picker (its calendar is CE), a hint of the format."""

    def __call__(self, field: Field, **kwargs: Any) -> Markup:
        kwargs.setdefault("placeholder", _("วว/ดด/ปปปป (พ.ศ.)"))
        kwargs.setdefault("autocomplete", "off")
        kwargs.setdefault("spellcheck", "false")
        kwargs.setdefault("size", 18)
        kwargs.setdefault("maxlength", 60)
        kwargs["data-be-date"] = "1"
        if field.errors or field.process_errors:
            kwargs.setdefault("aria-invalid", "true")
        return super().__call__(field, **kwargs)


class BEDateField(Field):
    """``data`` is a ``date`` (or ``None`` when left empty); shown and typed in the Buddhist era."""

    widget = BEDateInput()

    def _value(self) -> str:
        if self.raw_data:
            return str(self.raw_data[0])
        if isinstance(self.data, datetime):
            return format_date(to_bangkok(self.data).date(), "numeric")
        if isinstance(self.data, date):
            return format_date(self.data, "numeric")
        return ""

    def process_formdata(self, valuelist: list[Any]) -> None:
        text = str(valuelist[0]).strip() if valuelist else ""
        if not text:
            self.data = None
            return
        try:
            self.data = parse_date(text)
        except DateError as exc:
            self.data = None
            raise ValueError(date_error_text(exc)) from None


def date_error_text(exc: DateError) -> str:
    """The message in the page's language (the library words it in Thai and in English)."""
    loc = get_locale()
    return exc.en if loc is not None and loc.language == "en" else exc.th


def date_field(name: str, value: date | datetime | None = None, formdata: Mapping[str, Any] | None = None,
               label: str = "") -> BEDateField:
    """A bound field outside a FlaskForm: the staff forms are built by hand around their date boxes."""
    field = BEDateField(label or name).bind(None, name, _meta=DefaultMeta())
    md: Any = None
    if formdata is not None and name in formdata:
        md = formdata if hasattr(formdata, "getlist") else MultiDict(dict(formdata))
    field.process(md, data=value)
    return field


def read_dates(formdata: Mapping[str, Any], names: tuple[str, ...] | list[str],
               labels: Mapping[str, str] | None = None) -> tuple[dict[str, date | None], list[str]]:
    """The dates among ``names`` that the form carries, and one message per box that could not be read."""
    values: dict[str, date | None] = {}
    errors: list[str] = []
    for name in names:
        if name not in formdata:
            continue
        field = date_field(name, formdata=formdata)
        if field.process_errors:
            label = (labels or {}).get(name, name)
            errors.append(f"{label}: {field.process_errors[0]}")
        else:
            values[name] = field.data
    return values, errors


def register(app: Any) -> None:
    app.jinja_env.globals.update(date_field=date_field)
