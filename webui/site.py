"""The site's public address and the reverse proxy in front of it.

* ``PHOEI_SITE_URL`` (e.g. ``https://foi.example.go.th`` or ``https://www.example.go.th/foi``): the
  address citizens use. Every absolute link — feeds, the sitemap, OpenSearch, links in mails and
  reports made by the worker — is built from it, never from the request's ``Host`` header (which a
  client chooses, and which would end up in publicly cached responses). Checked when the app is
  made: an ``http``/``https`` URL with a host, no user, query or fragment; a bad value stops the
  start with a clear message. Unset (development), request-time links use the request's host.
* ``PHOEI_TRUSTED_PROXIES`` (default 0): how many reverse proxies stand in front of the app. Werkzeug's
  ``ProxyFix`` then takes the client address, scheme, host, port and path prefix from that many
  hops of ``X-Forwarded-For/-Proto/-Host/-Port/-Prefix``; with 0 those headers are ignored, so a
  client cannot claim another address (rate limits) or scheme.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from library.config import normalise_site_url
from library.errors import Invalid

__all__ = ["configure", "external_url", "normalise_site_url", "site_base", "trusted_proxies"]


def trusted_proxies(value: Any) -> int:
    """``PHOEI_TRUSTED_PROXIES`` as a number of hops (0 to 10)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    try:
        n = int(str(value).strip())
    except ValueError:
        raise Invalid(f"PHOEI_TRUSTED_PROXIES must be a number of proxies (0, 1, 2 …), not {value!r}") from None
    if not 0 <= n <= 10:
        raise Invalid(f"PHOEI_TRUSTED_PROXIES must be between 0 and 10, not {n}")
    return n


def configure(app: Any, env: Mapping[str, str] | None = None) -> None:
    """Read and check both settings (the app's config, else the environment), and install ProxyFix."""
    env = os.environ if env is None else env
    site = app.config.get("PHOEI_SITE_URL")
    if site is None:
        site = env.get("PHOEI_SITE_URL")
    app.config["PHOEI_SITE_URL"] = normalise_site_url(site)
    hops = app.config.get("PHOEI_TRUSTED_PROXIES")
    if hops is None:
        hops = env.get("PHOEI_TRUSTED_PROXIES")
    n = trusted_proxies(hops)
    app.config["PHOEI_TRUSTED_PROXIES"] = n
    if n:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n, x_prefix=n)


def site_base() -> str:
    """What to put before ``url_for(...)`` for an absolute link during a request."""
    from flask import current_app, request

    site = current_app.config.get("PHOEI_SITE_URL")
    if not site:
        return str(request.host_url).rstrip("/")
    parts = urlsplit(site)
    origin = f"{parts.scheme}://{parts.netloc}"
    # url_for already carries the prefix the proxy announced (SCRIPT_NAME); otherwise add the site's.
    return origin if request.script_root else site


def external_url(endpoint: str, **values: Any) -> str:
    """An absolute link to ``endpoint``, inside a request or not (the worker: mails, reports).

    Outside a request it needs ``PHOEI_SITE_URL``.
    """
    from flask import current_app, has_request_context, url_for

    if has_request_context():
        return site_base() + url_for(endpoint, **values)
    site = current_app.config.get("PHOEI_SITE_URL")
    if not site:
        raise Invalid("PHOEI_SITE_URL is not set: absolute links outside a request need the site's address")
    parts = urlsplit(site)
    adapter = current_app.url_map.bind(parts.netloc, script_name=parts.path or "/", url_scheme=parts.scheme)
    return str(adapter.build(endpoint, values, force_external=True))
