"""``phoei detect`` and ``phoei redact``.

Exit codes: 0 ok, 2 bad input (one line on stderr), 3 verification failed,
4 needs a human review (e.g. scanned pages). Never a traceback for bad input,
never a partial output file.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from redactor.errors import OutputError, PhoeiError


def add_parsers(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("detect", help="list proposed redactions for a PDF or DOCX file")
    d.add_argument("file", type=Path)
    d.add_argument("--json", action="store_true", help="JSON output (one object with a 'proposals' list)")
    d.add_argument("--profile", type=Path, help="agency profile (TOML) of facts to keep visible")
    d.add_argument("--no-ner", action="store_true", help="rules only: every enabled detector but the NER model")
    d.set_defaults(func=cmd_detect)

    r = sub.add_parser("redact", help="write a cleaned, verified copy")
    r.add_argument("file", type=Path)
    r.add_argument("-o", "--output", type=Path, required=True)
    g = r.add_mutually_exclusive_group(required=True)
    g.add_argument("--accept-all", action="store_true", help="apply every proposal whose action is 'redact'")
    g.add_argument("--decisions", type=Path, help="reviewer decisions (JSON)")
    r.add_argument("--profile", type=Path)
    r.add_argument("--no-ner", action="store_true", help="rules only: every enabled detector but the NER model")
    r.add_argument("--report", type=Path, help="write a JSON report (hashes, never the withheld text)")
    r.add_argument("--label-boxes", action="store_true", help="print the legal basis (e.g. ม.15(5)) on each box")
    r.add_argument("--raster-fallback", choices=("auto", "never"), default="auto",
                   help="auto (default): a PDF page where redaction removed kept text is rasterised with pixel "
                        "redaction and an OCR text layer, then verified again; never: such a file fails (exit 3)")
    r.set_defaults(func=cmd_redact)

    t = sub.add_parser("train-ner", help="train the Thai NER model (models/thainer-crf) from its config.toml")
    t.add_argument("--model", type=Path, help="model folder holding config.toml (default models/thainer-crf)")
    t.add_argument("--data", type=Path, help="ThaiNER train.txt (default: the path in config.toml)")
    t.add_argument("--cv", type=int, metavar="K",
                   help="cross-validate the recipe on K contiguous folds of train.txt instead of training; "
                        "prints mean ± sd per label and writes nothing into the model folder")
    t.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                   help="with --cv: override a config.toml setting (e.g. crf.max_iterations=100)")
    t.add_argument("--jobs", type=int, default=1, help="with --cv: folds run in parallel (default 1)")
    t.add_argument("--out", type=Path, help="with --cv: write the folds and the summary as JSON")
    t.set_defaults(func=cmd_train_ner)

    n = sub.add_parser("ner", help="run the Thai NER model on stdin, one sentence per line")
    n.add_argument("--jsonl", action="store_true",
                   help='JSON Lines out: {"text": line, "entities": [{"start", "end", "label"}]}')
    n.add_argument("--model", type=Path, help="model folder (default models/thainer-crf)")
    n.set_defaults(func=cmd_ner)


def _profile(path: Path | None):  # type: ignore[no-untyped-def]
    if path is None:
        return None
    from redactor.profile import AgencyProfile

    return AgencyProfile.load(path)


def _detectors(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """None (the configured detectors) or, with ``--no-ner``, the configured ones less ``ner``."""
    if not getattr(args, "no_ner", False):
        return None
    from redactor.detectors.base import enabled_detectors

    return enabled_detectors(overrides={"ner": False})


@contextlib.contextmanager
def _regular_input(path: Path) -> Iterator[Path]:
    """The input as a regular file: ``path`` itself, or, for a stream (``-``, ``/dev/stdin``, a
    pipe or FIFO, whose size reads as 0 and which can be read only once), a private copy under the
    stream's name, read through a byte budget (the format modules' limit) and deleted afterwards.

    The copy is needed because the file is read more than once (format sniffing, extraction,
    verification), and because a stream's declared size is always 0.
    """
    import os
    import stat
    import tempfile

    from redactor.errors import EmptyInput, TooLarge, UnsupportedFormat
    from redactor.formats import DEFAULT_MAX_BYTES

    if str(path) != "-":
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            raise UnsupportedFormat(f"cannot read {path.name}: {exc.strerror}") from exc
        if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
            yield path
            return
    name = "stdin" if str(path) in ("-", "/dev/stdin") else path.name
    with tempfile.TemporaryDirectory(prefix="phoei-in-") as tmp:
        copy = Path(tmp) / name
        size = 0
        src = sys.stdin.buffer if str(path) == "-" else path.open("rb")
        try:
            with copy.open("wb") as out:
                while chunk := src.read(1 << 20):
                    size += len(chunk)
                    if size > DEFAULT_MAX_BYTES:
                        raise TooLarge(f"{name} is over the limit of {DEFAULT_MAX_BYTES / 2**20:.0f} MiB")
                    out.write(chunk)
        except OSError as exc:
            raise UnsupportedFormat(f"cannot read {name}: {exc.strerror}") from exc
        finally:
            if src is not sys.stdin.buffer:
                src.close()
        if size == 0:
            raise EmptyInput(f"{name} is empty (0 bytes)")
        os.chmod(copy, 0o600)
        yield copy


def cmd_detect(args: argparse.Namespace) -> int:
    with _regular_input(args.file) as src:
        return _detect(args, src)


def _detect(args: argparse.Namespace, src: Path) -> int:
    from redactor.pipeline import analyse

    analysis = analyse(src, _profile(args.profile), _detectors(args))
    try:
        if args.json:
            json.dump({"file": str(args.file), "format": analysis.doc.kind,
                       "needs_review": analysis.needs_review, "notes": analysis.notes,
                       "proposals": [p.as_dict() for p in analysis.proposals]},
                      sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for note in analysis.needs_review:
                print(f"! {note}")
            for note in analysis.notes:
                print(f"note: {note}")
            for p in analysis.proposals:
                extra = f" (keep: {p.keep_reason})" if p.keep_reason else ""
                print(f"{p.id} {p.action:6} {p.label:13} ม.{p.basis:6} {p.score:.2f} {p.where:18} "
                      f"{p.text!r} — {p.explanation}{extra}")
    finally:
        analysis.doc.close()
    return 0


def cmd_redact(args: argparse.Namespace) -> int:
    with _regular_input(args.file) as src:
        return _redact(args, src)


def _redact(args: argparse.Namespace, src: Path) -> int:
    from redactor.pipeline import load_decisions, redact

    check_output(src, args.output, given=args.file)
    decisions = load_decisions(args.decisions) if args.decisions else None
    with _interrupt_on_term():
        result = redact(src, args.output, decisions=decisions, profile=_profile(args.profile),
                        detectors=_detectors(args),
                        label_boxes=args.label_boxes, raster_fallback=args.raster_fallback)
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if args.report:
        data = result.report()
        data["raster_fallback"] = args.raster_fallback
        args.report.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    v = result.verification
    raster = f"; page(s) {', '.join(map(str, result.raster_pages))} rasterised" if result.raster_pages else ""
    print(f"{args.output}: {len(result.redactions)} redactions, verified "
          f"({v.checked_redactions} withheld items absent, {v.checked_keeps} kept items present{raster})")
    return 0


# The suffixes a written file of each format may carry.
_SUFFIXES = {"pdf": (".pdf",), "docx": (".docx",)}


def check_output(src: Path, out: Path, given: Path | None = None) -> None:
    """Refuse an unusable ``-o`` before any work (exit 2): nothing is read or written yet.

    ``given`` is the input as named on the command line when ``src`` is a copy of a stream."""
    from redactor.formats import sniff_path

    if out.is_dir():
        raise OutputError(f"-o {out} is a directory; give the output file's name")
    if out.resolve() in (src.resolve(), (given or src).resolve()):
        raise OutputError("the output must not overwrite the input")
    if not out.parent.is_dir():
        raise OutputError(f"output folder {out.parent} does not exist")
    kind = sniff_path(src).__name__.rsplit(".", 1)[-1]
    allowed = _SUFFIXES.get(kind, ())
    if out.suffix and allowed and out.suffix.lower() not in allowed:
        raise OutputError(f"{src.name} is a {kind.upper()} file, so the output must end in "
                          f"{' or '.join(allowed)}, not {out.suffix}")


@contextlib.contextmanager
def _interrupt_on_term() -> Iterator[None]:
    """SIGTERM (and SIGHUP) act like Ctrl-C while a file is written.

    The interrupt unwinds through the pipeline's ``finally`` blocks, which
    delete the partial output (``.phoei-*`` and ``*.part``); the default
    action would kill the process and leave them behind.
    """
    received: list[int] = []

    def raise_interrupt(signum: int, _frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt(f"signal {signum}")

    previous = {}
    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is None:
            continue
        try:
            previous[sig] = signal.signal(sig, raise_interrupt)
        except ValueError:  # not the main thread (e.g. a test runner's worker): leave signals alone
            pass
    try:
        yield
    except Exception as exc:
        # A signal that lands inside a library's Python callback (PyMuPDF
        # writes through one while it rewrites a damaged file in memory) comes
        # back as the library's error, and the boundary then calls the file
        # damaged. Whatever failed after a signal arrived, it is an interruption.
        if received:
            raise KeyboardInterrupt(f"signal {received[0]}") from exc
        raise
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cmd_train_ner(args: argparse.Namespace) -> int:
    from redactor.ner.model import default_model_dir
    from redactor.ner.train import run

    folder = args.model or default_model_dir()
    if not (folder / "config.toml").is_file():
        raise PhoeiError(f"no config.toml in {folder}")
    if args.data is not None and not args.data.is_file():
        raise PhoeiError(f"training data {args.data} not found")
    if args.data is None:
        from redactor.ner.train import read_config

        train = folder / read_config(folder / "config.toml").get("data", {}).get("train", "")
        if not train.is_file():
            raise PhoeiError(f"training data {train} not found (an installed wheel ships the model, not its "
                             "training data: retrain from a clone of the repository, or pass --data)")
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    if args.cv is None:
        if args.set or args.out:
            raise PhoeiError("--set and --out go with --cv")
        run(folder, args.data, log=log)
        return 0
    from redactor.ner.cv import cross_validate, format_summary, write

    try:
        result = cross_validate(folder, args.cv, args.data, args.set, max(1, args.jobs), log=log)
    except ValueError as exc:
        raise PhoeiError(str(exc)) from exc
    if args.out:
        write(result, args.out)
    print(format_summary(result), flush=True)
    return 0


def cmd_ner(args: argparse.Namespace) -> int:
    from redactor.ner.model import load_model

    try:
        model = load_model(args.model)
    except FileNotFoundError as exc:
        raise PhoeiError(str(exc)) from exc
    out = sys.stdout.buffer
    # Bytes, split on "\n" only: a text-mode stdin would also split on a lone "\r" inside a sentence.
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", errors="replace").removesuffix("\n").removesuffix("\r")
        ents = model.predict(line)
        if args.jsonl:
            obj = {"text": line, "entities": [{"start": e.start, "end": e.end, "label": e.label} for e in ents]}
            text = json.dumps(obj, ensure_ascii=False)
        else:
            text = " | ".join(f"{line[e.start:e.end]} [{e.label} {e.score:.2f}]" for e in ents)
        out.write(text.encode("utf-8") + b"\n")
    out.flush()
    return 0
