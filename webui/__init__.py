"""The web layer (issue #5) and the ``phoei`` console script. The only package that imports Flask.

``create_app(test_config=None)`` is the application factory (Flask's own
tutorial, flaskr): no app at module level. It opens the library over the
instance folder, builds the job queue (huey) and stores both on the app
(``app.extensions["phoei"]``); each feature is a blueprint module.

Importing this package stays light: Flask loads inside ``create_app`` so that
``phoei redact`` never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    from webui.app import build_app

    return build_app(test_config)
