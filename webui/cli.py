"""The ``phoei`` console script: one entry point for every layer.

It lives in the top layer so that it may reach all three packages. Each
package contributes its subcommands through an ``add_parsers(sub)`` function
in a light module (no heavy imports at module level); a subcommand imports
what it needs only when it runs, so ``phoei redact`` never imports Flask or
SQLAlchemy.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules whose ``add_parsers(subparsers)`` registers subcommands, in help order.
COMMAND_MODULES: tuple[str, ...] = (
    "redactor.cli",
    "library.cli",
    "webui.commands",
    "library.search.cli",
    "library.notifications.cli",
)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="phoei", description="Phoei (เผย): open disclosure library with redaction")
    sub = p.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    from redactor.errors import PhoeiError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except PhoeiError as exc:
        print(f"phoei: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("phoei: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
