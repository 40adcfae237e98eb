"""The ``phoei`` console script: one entry point for every layer.

It lives in the top layer so that it may reach all three packages; each
subcommand imports its package only when it runs (Flask is never imported
for ``phoei redact``).
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    from redactor import cli as redactor_cli

    p = argparse.ArgumentParser(prog="phoei", description="Phoei (เผย): open disclosure library with redaction")
    sub = p.add_subparsers(dest="command", required=True)
    redactor_cli.add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    from redactor import cli as redactor_cli

    args = build_parser().parse_args(argv)
    return redactor_cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
