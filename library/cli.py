"""``phoei init``, ``phoei audit``, ``phoei db`` and the library's admin commands.

Light at import time: SQLAlchemy and the rest load inside each command.
Every command takes ``--instance DIR`` (default ``$PHOEI_INSTANCE`` or
``./instance``); ``DATABASE_URL`` selects PostgreSQL.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def instance_option() -> argparse.ArgumentParser:
    """The parent parser of every ``phoei`` command that works on an instance: its ``--instance DIR``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--instance", type=Path, help="instance folder (default: $PHOEI_INSTANCE or ./instance)")
    return common


def add_parsers(sub: argparse._SubParsersAction) -> None:
    _add_parsers(sub)
    for action in sub.choices.values():
        _guard_tree(action)


def _guard_tree(parser: argparse.ArgumentParser) -> None:
    """Wrap each library command so a database that cannot be reached is one line, not a traceback."""
    func = parser.get_default("func")
    if func is not None and func.__module__ == __name__ and not getattr(func, "_guarded", False):
        parser.set_defaults(func=_guarded(func))
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _guard_tree(child)


def _guarded(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import OperationalError

        from library.errors import DatabaseUnavailable

        try:
            return int(func(args))
        except OperationalError as exc:
            first = str(exc.orig or exc).strip().splitlines()[0]
            raise DatabaseUnavailable(f"database error: {first}") from None

    run._guarded = True  # type: ignore[attr-defined]
    return run


def _add_parsers(sub: argparse._SubParsersAction) -> None:
    common = instance_option()

    p = sub.add_parser("init", parents=[common],
                       help="create or upgrade the instance: folder, database schema, seeded content tree")
    p.add_argument("--profile", type=Path, help="import an agency profile (TOML, as for `phoei redact --profile`)")
    p.set_defaults(func=cmd_init)

    db = sub.add_parser("db", help="database schema (Alembic migrations)")
    dbs = db.add_subparsers(dest="db_command", required=True)
    x = dbs.add_parser("upgrade", parents=[common], help="migrate to the newest schema")
    x.add_argument("revision", nargs="?", default="head")
    x.set_defaults(func=cmd_db_upgrade)
    x = dbs.add_parser("current", parents=[common], help="show the schema revision")
    x.set_defaults(func=cmd_db_current)
    x = dbs.add_parser("revision", parents=[common], help="(developers) autogenerate a migration from the models")
    x.add_argument("-m", "--message", required=True)
    x.set_defaults(func=cmd_db_revision)

    au = sub.add_parser("audit", help="the hash-chained audit log")
    aus = au.add_subparsers(dest="audit_command", required=True)
    x = aus.add_parser("verify", parents=[common], help="check the hash chain; exit 5 when it was tampered with")
    x.add_argument("--expect", action="append", default=[], metavar="SEQ:HASH",
                   help="a head noted earlier (printed by a previous verify); repeatable")
    x.add_argument("--anchor", type=Path, metavar="FILE",
                   help="an anchor file written by `phoei audit anchor`: every head in it must still be in the chain")
    x.set_defaults(func=cmd_audit_verify)
    x = aus.add_parser("anchor", parents=[common],
                       help="verify the chain, then append its head to the anchor file outside the database "
                            "(exit 5 when the chain was tampered with: nothing is anchored)")
    x.add_argument("--file", type=Path, metavar="FILE",
                   help="the anchor file (default: $PHOEI_AUDIT_ANCHOR or <instance>/audit-anchors.jsonl)")
    x.add_argument("--mail", action="store_true",
                   help="also e-mail the head to the site administrators (needs PHOEI_SMTP_HOST)")
    x.set_defaults(func=cmd_audit_anchor)
    x = aus.add_parser("log", parents=[common], help="recent events, newest first")
    x.add_argument("--limit", type=int, default=30)
    x.add_argument("--action")
    x.add_argument("--item", help="path of an item")
    x.set_defaults(func=cmd_audit_log)

    x = sub.add_parser("tree", parents=[common], help="show the content tree with states")
    x.add_argument("path", nargs="?")
    x.add_argument("--depth", type=int, default=3)
    x.add_argument("--public", action="store_true", help="only what an anonymous citizen sees")
    x.set_defaults(func=cmd_tree)

    x = sub.add_parser("expire", parents=[common], help="expire published items whose expiry date has passed")
    x.add_argument("--dry-run", action="store_true")
    x.set_defaults(func=cmd_expire)

    x = sub.add_parser("rescan", parents=[common],
                       help="re-run today's detectors and model over every published copy (PDF renditions of DOCX "
                            "included) and text (§4.1); "
                            "findings become review tasks")
    g = x.add_mutually_exclusive_group()
    g.add_argument("--all", action="store_true", help="everything, whatever rules checked it last")
    g.add_argument("--since-model", metavar="VERSION",
                   help="only what the ruleset VERSION checked last (default: what older rules checked)")
    x.add_argument("--versions", action="store_true", help="list the ruleset versions that checked the library")
    x.set_defaults(func=cmd_rescan)

    x = sub.add_parser("review-due", parents=[common],
                       help="published items whose review-by date has passed (guideline §4.1) and open feedback")
    x.add_argument("--within", type=int, default=0, metavar="DAYS", help="also those due within DAYS")
    x.set_defaults(func=cmd_review_due)

    pr = sub.add_parser("profile", help="the agency profile (the redactor's keep list)")
    prs = pr.add_subparsers(dest="profile_command", required=True)
    x = prs.add_parser("show", parents=[common])
    x.set_defaults(func=cmd_profile_show)
    x = prs.add_parser("import", parents=[common], help="replace the profile from a TOML file")
    x.add_argument("file", type=Path)
    x.set_defaults(func=cmd_profile_import)
    x = prs.add_parser("export", parents=[common], help="print the profile as TOML")
    x.set_defaults(func=cmd_profile_export)

    us = sub.add_parser("users", help="users, global roles and local roles")
    uss = us.add_subparsers(dest="users_command", required=True)
    x = uss.add_parser("list", parents=[common])
    x.set_defaults(func=cmd_users_list)
    x = uss.add_parser("add", parents=[common], help="add a user (the web layer sets passwords)")
    x.add_argument("username")
    x.add_argument("--role", action="append", default=[], help="global role; repeatable")
    x.add_argument("--name", default="")
    x.add_argument("--email")
    x.add_argument("--agency", help="for external submitters: the agency they submit for")
    x.set_defaults(func=cmd_users_add)
    for verb in ("grant", "revoke"):
        x = uss.add_parser(verb, parents=[common], help=f"{verb} a global role, or a local role with --folder")
        x.add_argument("username")
        x.add_argument("role")
        x.add_argument("--folder", help="path of the folder for a local role, e.g. /news")
        x.set_defaults(func=cmd_users_grant, verb=verb)

    rp = sub.add_parser("report", help="reports to the head of the agency")
    rps = rp.add_subparsers(dest="report_command", required=True)
    x = rps.add_parser("monthly", parents=[common],
                       help="the monthly report: a Thai PDF and a CSV in <instance>/reports/")
    x.add_argument("--month", help="YYYY-MM, Buddhist era (2568-10) or common era (2025-10); "
                                   "default: last month")
    x.add_argument("--ita-year", type=int, help="the ITA checklist year (default: the newest file)")
    x.add_argument("-o", "--output-dir", type=Path, help="write here instead of <instance>/reports/")
    x.set_defaults(func=cmd_report_monthly)
    fb = sub.add_parser("feedback", help="citizens' feedback")
    fbs = fb.add_subparsers(dest="feedback_command", required=True)
    x = fbs.add_parser("purge", parents=[common],
                       help="delete the content of reports closed longer ago than the retention period")
    x.add_argument("--days", type=int, help="retention in days (default: $PHOEI_FEEDBACK_RETENTION_DAYS or 365)")
    x.add_argument("--dry-run", action="store_true")
    x.set_defaults(func=cmd_feedback_purge)

    ln = sub.add_parser("links", help="Link items' targets")
    lns = ln.add_subparsers(dest="links_command", required=True)
    x = lns.add_parser("check", parents=[common],
                       help="check Link items not checked recently (HTTP status); exit 1 if any link is broken")
    x.add_argument("--all", action="store_true", help="check every link now, however recently checked")
    x.add_argument("--limit", type=int, help="at most this many links")
    x.add_argument("--timeout", type=float, help="seconds (default: $PHOEI_LINK_TIMEOUT or 10)")
    x.add_argument("--allow-private", action="store_true",
                   help="also fetch private, loopback and link-local addresses (default: refused; SSRF guard)")
    x.set_defaults(func=cmd_links_check)
    x = lns.add_parser("broken", parents=[common], help="list the links whose last check failed")
    x.set_defaults(func=cmd_links_broken)

    x = sub.add_parser("stale", parents=[common],
                       help="notify responsible officers of public items past their review-by date (once per date)")
    x.add_argument("--dry-run", action="store_true")
    x.set_defaults(func=cmd_stale)

    fo = sub.add_parser("folder", help="folder settings")
    fos = fo.add_subparsers(dest="folder_command", required=True)
    x = fos.add_parser("responsible", parents=[common], help="name (or clear) a folder's responsible officer")
    x.add_argument("path", help="the folder, e.g. /oia/s9")
    x.add_argument("username", nargs="?")
    x.add_argument("--clear", action="store_true")
    x.set_defaults(func=cmd_folder_responsible)

    st = sub.add_parser("storage", help="the private and public blob stores")
    sts = st.add_subparsers(dest="storage_command", required=True)
    x = sts.add_parser("verify", parents=[common], help="check every blob's checksum and every reference")
    x.set_defaults(func=cmd_storage_verify)
    x = sts.add_parser("gc", parents=[common], help="remove public copies that no public item uses")
    x.add_argument("--dry-run", action="store_true")
    x.set_defaults(func=cmd_storage_gc)

    bk = sub.add_parser("backup", help="back up or restore the database and both stores (one checked archive)")
    bks = bk.add_subparsers(dest="backup_command", required=True)
    x = bks.add_parser("create", parents=[common], help="write a backup archive (PATH.tar or PATH.tar.gz)")
    x.add_argument("path", type=Path)
    x.add_argument("--logical", action="store_true",
                   help="PostgreSQL: dump rows through SQLAlchemy even when pg_dump is installed")
    x.set_defaults(func=cmd_backup_create)
    x = bks.add_parser("restore", parents=[common],
                       help="replace this instance's database and stores with an archive's, after checking it all "
                            "(stop the site and the worker first)")
    x.add_argument("path", type=Path)
    x.add_argument("--no-reindex", action="store_true", help="do not rebuild the search index afterwards")
    x.set_defaults(func=cmd_backup_restore)


# --- helpers -------------------------------------------------------------------------


def _config(args: argparse.Namespace) -> Any:
    from library.config import load_config

    return load_config(instance=args.instance)


def _library(args: argparse.Namespace) -> Any:
    from sqlalchemy.pool import NullPool

    from library.instance import open_library

    return open_library(_config(args), poolclass=NullPool)


def _operator() -> Any:
    from library.instance import operator_name
    from library.security import Principal

    return Principal.operator(operator_name())


# --- commands ------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from library.instance import init

    r = init(_config(args), profile=args.profile)
    print(f"instance: {r.instance}")
    print(f"database: {r.database} (schema {r.revision_before or 'new'} → {r.revision})")
    print(f"content tree: {len(r.created)} folders created, {len(r.existing)} already there")
    if r.profile_imported:
        print(f"agency profile imported from {args.profile}")
    return 0


def cmd_report_monthly(args: argparse.Namespace) -> int:
    from library import monthly_report, oversight

    period = oversight.parse_month(args.month) if args.month else oversight.previous_month()
    if args.output_dir is not None and not args.output_dir.is_dir():
        from library.errors import Invalid

        raise Invalid(f"{args.output_dir} is not a folder")
    lib = _library(args)
    try:
        files = monthly_report.make(lib, period, out_dir=args.output_dir, ita_year=args.ita_year)
    finally:
        lib.dispose()
    print(f"monthly report {files.month}: {files.pdf}")
    print(f"figures (CSV): {files.csv}")
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from library import migrate
    from library.db import engine_for_cli

    engine = engine_for_cli(_config(args))
    migrate.upgrade(engine, args.revision)
    print(f"schema at {migrate.current(engine)}")
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    from library import migrate
    from library.db import engine_for_cli

    engine = engine_for_cli(_config(args))
    cur = migrate.current(engine) if migrate.is_initialised(engine) else None
    print(f"{cur or 'none'} (newest: {migrate.head()})")
    return 0 if cur == migrate.head() else 1


def cmd_db_revision(args: argparse.Namespace) -> int:
    from library import migrate
    from library.db import engine_for_cli

    migrate.revision(engine_for_cli(_config(args)), args.message)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from library.audit import verify_chain
    from library.errors import AuditTampered, Invalid

    expect: dict[int, str] = {}
    for e in args.expect:
        seq, _, digest = e.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise Invalid(f"--expect takes SEQ:HASH (as printed by verify), not {e!r}")
        expect[int(seq)] = digest
    if args.anchor is not None:
        from library.audit import anchored, read_anchors

        for seq_n, digest in anchored(read_anchors(args.anchor)).items():
            if expect.get(seq_n, digest) != digest:
                raise Invalid(f"--expect and the anchor file disagree about event {seq_n}")
            expect[seq_n] = digest
    lib = _library(args)
    try:
        with lib.session() as s:
            report = verify_chain(s, expect)
    finally:
        lib.dispose()
    if not report.ok:
        for problem in report.problems[:50]:
            print(f"TAMPERED: {problem}")
        raise AuditTampered(f"audit log failed verification: {len(report.problems)} problem(s) "
                            f"in {report.events} events")
    print(f"audit log intact: {report.events} events; head {report.head_seq}:{report.head_hash}")
    return 0


def cmd_audit_anchor(args: argparse.Namespace) -> int:
    from library.audit import anchor_now
    from library.errors import AuditTampered, Invalid

    mail = None
    if args.mail:
        from library.config import load_mail_config

        mail = load_mail_config()
        if not mail.enabled:
            raise Invalid("--mail needs PHOEI_SMTP_HOST (and the other PHOEI_SMTP_* settings)")
    lib = _library(args)
    try:
        result = anchor_now(lib, _operator(), path=args.file, mail=mail)
    finally:
        lib.dispose()
    if result.mail_error:
        print(f"phoei: the e-mail to the administrators failed: {result.mail_error}", file=sys.stderr)
    if not result.report.ok:
        for problem in result.report.problems[:50]:
            print(f"TAMPERED: {problem}")
        raise AuditTampered(f"audit log failed verification ({len(result.report.problems)} problem(s)); "
                            "nothing was anchored")
    a = result.anchor
    print(f"audit head {a.seq}:{a.hash}")
    print(f"anchored in {result.path}" + (f"; e-mailed to {', '.join(result.mailed)}" if result.mailed else ""))
    return 1 if result.mail_error else 0


def cmd_audit_log(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from library import content
    from library.audit import target_of
    from library.models import AuditEvent
    from library.thaidate import format_datetime

    lib = _library(args)
    try:
        with lib.session() as s:
            q = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(args.limit)
            if args.action:
                q = q.where(AuditEvent.action == args.action)
            if args.item:
                q = q.where(AuditEvent.target == target_of(content.get(s, args.item)))
            for ev in s.scalars(q):
                print(f"{ev.seq:>7} {format_datetime(ev.at)}  {ev.actor_name:<16} {ev.action:<24} "
                      f"{ev.target} {ev.detail}")
    finally:
        lib.dispose()
    return 0


def cmd_tree(args: argparse.Namespace) -> int:
    from library import content
    from library import workflow as wf
    from library.security import Principal

    principal = Principal.anonymous() if args.public else _operator()
    lib = _library(args)
    try:
        with lib.session() as s:
            root = content.get(s, args.path) if args.path else None
            for depth, item in content.tree(s, principal, root, depth=args.depth):
                state = wf.state(item.flow, item.state)
                print(f"{'  ' * depth}{item.slug:<24} [{state.id}] {item.title}")
    finally:
        lib.dispose()
    return 0


def cmd_expire(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from library import lifecycle
    from library import workflow as wf
    from library.models import Content, utcnow

    lib = _library(args)
    try:
        if args.dry_run:
            with lib.session() as s:
                due = s.scalars(select(Content).where(Content.state.in_(wf.PUBLIC_STATES), Content.expires <= utcnow(),
                                                      Content.deleted_at.is_(None))).all()
                for item in due:
                    print(f"would expire {item.path}")
                return 0
        with lib.transaction() as s:
            from library.security import Principal

            done = lifecycle.expire_due(s, Principal.system("cli:expire"))
            for item in done:
                print(f"expired {item.path}")
            print(f"{len(done)} item(s) expired")
    finally:
        lib.dispose()
    return 0


def cmd_rescan(args: argparse.Namespace) -> int:
    import time

    from library import rescan
    from library.security import Principal
    from redactor.ruleset import ruleset_version

    lib = _library(args)
    try:
        if args.versions:
            with lib.session() as s:
                for version, n in sorted(rescan.library_ruleset_summary(s).items()):
                    mark = " (current)" if version == ruleset_version() else ""
                    print(f"{version}{mark}: {n}")
            return 0
        t0 = time.perf_counter()
        report = rescan.rescan(lib, Principal.system("cli:rescan"), everything=args.all,
                               since_ruleset=args.since_model)
        took = time.perf_counter() - t0
        for path in report.items_flagged:
            print(f"findings: {path}")
        for path in report.taken_down:
            print(f"taken down until reviewed: {path}")
        for err in report.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"ruleset {report.ruleset}: {report.scanned} re-scanned, {report.skipped} skipped, "
              f"{report.findings} new finding(s) on {len(report.items_flagged)} item(s), "
              f"{len(report.taken_down)} taken down, {len(report.errors)} error(s) in {took:.1f} s")
    finally:
        lib.dispose()
    return 1 if report.errors else 0


def cmd_review_due(args: argparse.Namespace) -> int:
    from library import content, feedback
    from library.thaidate import format_date

    lib = _library(args)
    try:
        with lib.session() as s:
            due = content.due_for_review(s, within_days=args.within)
            for item in due:
                print(f"{format_date(item.review_by, 'short')}  {item.path}  {item.title}")
            counts = feedback.counts(s)
            print(f"{len(due)} item(s) due for review; feedback: {counts['new']} new, "
                  f"{counts['in_progress']} in progress")
    finally:
        lib.dispose()
    return 0


def cmd_profile_show(args: argparse.Namespace) -> int:
    from library import agency

    lib = _library(args)
    try:
        with lib.session() as s:
            p = agency.agency_profile(s)
            print(f"name: {p.name or '(not set)'}")
            for label, values in (("address", p.addresses), ("phone", p.phones), ("fax", p.fax),
                                  ("e-mail", p.emails)):
                for v in values:
                    print(f"{label}: {v}")
            if p.website:
                print(f"website: {p.website}")
            for o in p.officials:
                print(f"official: {o.name} — {o.position}")
    finally:
        lib.dispose()
    return 0


def cmd_profile_import(args: argparse.Namespace) -> int:
    from library import agency

    lib = _library(args)
    try:
        with lib.transaction() as s:
            p = agency.import_profile(s, _operator(), args.file)
        print(f"agency profile imported: {p.name} ({len(p.officials)} officials)")
    finally:
        lib.dispose()
    return 0


def cmd_profile_export(args: argparse.Namespace) -> int:
    from library import agency

    lib = _library(args)
    try:
        with lib.session() as s:
            sys.stdout.write(agency.export_toml(s))
    finally:
        lib.dispose()
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from library import users

    lib = _library(args)
    try:
        with lib.session() as s:
            for u in users.list_users(s):
                grants = ", ".join(f"{g.role}@{g.item.path}" for g in users.grants_of(s, u))
                flags = "" if u.active else " (disabled)"
                print(f"{u.username:<20} {','.join(sorted(u.role_names)) or '-':<28} {grants}{flags}")
    finally:
        lib.dispose()
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from library import users

    lib = _library(args)
    try:
        with lib.transaction() as s:
            u = users.create_user(s, _operator(), args.username, display_name=args.name, email=args.email,
                                  roles=args.role, agency=args.agency)
            print(f"user {u.username} added ({', '.join(sorted(u.role_names)) or 'no global role'})")
    finally:
        lib.dispose()
    return 0


def cmd_users_grant(args: argparse.Namespace) -> int:
    from library import content, users

    lib = _library(args)
    try:
        with lib.transaction() as s:
            user = users.get_user(s, args.username)
            op = _operator()
            if args.folder:
                folder = content.get(s, args.folder)
                fn = users.grant_local if args.verb == "grant" else users.revoke_local
                changed = fn(s, op, folder, user, args.role)
                where = f" on {folder.path}"
            else:
                fn2 = users.grant_role if args.verb == "grant" else users.revoke_role
                changed = fn2(s, op, user, args.role)
                where = ""
            print(f"{args.verb} {args.role}{where} for {user.username}: {'done' if changed else 'no change'}")
    finally:
        lib.dispose()
    return 0


def cmd_storage_verify(args: argparse.Namespace) -> int:
    from library.errors import StorageCorrupted
    from library.maintenance import verify_storage

    lib = _library(args)
    try:
        with lib.session() as s:
            report = verify_storage(s, lib.stores)
    finally:
        lib.dispose()
    for problem in report.problems[:50]:
        print(f"PROBLEM: {problem}")
    if report.problems:
        raise StorageCorrupted(f"storage check failed: {len(report.problems)} problem(s)")
    print(f"storage intact: {report.private} private and {report.public} public blobs verified")
    return 0


def cmd_storage_gc(args: argparse.Namespace) -> int:
    from library.maintenance import collect_public_garbage

    lib = _library(args)
    try:
        with lib.session() as s:
            removed = collect_public_garbage(s, lib.stores, dry_run=args.dry_run)
    finally:
        lib.dispose()
    verb = "would remove" if args.dry_run else "removed"
    print(f"{verb} {len(removed)} unused public cop{'y' if len(removed) == 1 else 'ies'}")
    return 0


def cmd_feedback_purge(args: argparse.Namespace) -> int:
    from library import feedback
    from library.security import Principal

    days = args.days if args.days is not None else feedback.retention_days()
    lib = _library(args)
    try:
        with lib.transaction() as s:
            refs = feedback.purge(s, days, dry_run=args.dry_run, actor=Principal.system("cli:feedback-purge"))
            for ref in refs:
                print(f"{'would purge' if args.dry_run else 'purged'} {ref}")
            print(f"{len(refs)} report(s) closed more than {days} day(s) ago"
                  f"{' (dry run)' if args.dry_run else ' purged'}")
    finally:
        lib.dispose()
    return 0


def cmd_links_check(args: argparse.Namespace) -> int:
    import os
    from dataclasses import replace

    from library import links

    policy = links.LinkPolicy.from_env(os.environ)
    if args.timeout is not None:
        policy = replace(policy, timeout=args.timeout)
    if args.allow_private:
        policy = replace(policy, allow_private=True)
    lib = _library(args)
    try:
        done = links.check_all(lib, policy, every=args.all, limit=args.limit)
        for _item_id, url, r in done:
            what = str(r.status_code) if r.status_code is not None else "-"
            print(f"{'ok    ' if r.ok else 'BROKEN'} {what:<6} {url}" + (f"  ({r.error})" if r.error else ""))
        with lib.session() as s:
            broken = links.broken_links(s)
        print(f"{len(done)} link(s) checked; {len(broken)} broken")
    finally:
        lib.dispose()
    return 1 if broken else 0


def cmd_links_broken(args: argparse.Namespace) -> int:
    from library import links
    from library.thaidate import format_datetime

    lib = _library(args)
    try:
        with lib.session() as s:
            rows = links.broken_links(s)
            for item, lc in rows:
                what = str(lc.status_code) if lc.status_code is not None else lc.error
                print(f"{what}  {item.path}  {lc.url}  (since {format_datetime(lc.broken_since)})")
            print(f"{len(rows)} broken link(s)")
    finally:
        lib.dispose()
    return 0


def cmd_stale(args: argparse.Namespace) -> int:
    from library import content, currency

    lib = _library(args)
    try:
        if args.dry_run:
            with lib.session() as s:
                for item in content.due_for_review(s):
                    who = currency.responsible_for(s, item)
                    print(f"due {item.review_by}  {item.path}  -> {who.user.username if who else '(nobody named)'}")
            return 0
        with lib.transaction() as s:
            done = currency.notify_stale(s)
            for item, uid in done:
                print(f"stale {item.path} (review by {item.review_by}) -> user {uid if uid is not None else '-'}")
            print(f"{len(done)} notice(s)")
    finally:
        lib.dispose()
    return 0


def cmd_folder_responsible(args: argparse.Namespace) -> int:
    from library import content, currency, users
    from library.errors import Invalid

    if bool(args.username) == bool(args.clear):
        raise Invalid("give a USERNAME or --clear")
    lib = _library(args)
    try:
        with lib.transaction() as s:
            folder = content.get(s, args.path)
            user = users.get_user(s, args.username) if args.username else None
            currency.set_responsible(s, _operator(), folder, user)
            print(f"{folder.path}: responsible officer {user.username if user else '(none)'}")
    finally:
        lib.dispose()
    return 0


def cmd_backup_create(args: argparse.Namespace) -> int:
    from library import backup

    config = _config(args)
    report = backup.create(config, args.path, logical=args.logical,
                           progress=lambda m: print(m, file=sys.stderr, flush=True))
    rows = f", {sum(report.rows.values())} rows" if report.rows else ""
    print(f"backup written: {report.path} ({report.database}, {report.method}{rows}; "
          f"{report.blobs.get('private', 0)} private and {report.blobs.get('public', 0)} public blobs; "
          f"{report.bytes / 1e6:.1f} MB before compression; audit head {report.audit_head[0]})")
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from library import backup

    config = _config(args)
    report = backup.restore(config, args.path, reindex=not args.no_reindex,
                            progress=lambda m: print(m, file=sys.stderr, flush=True))
    indexed = f"; search index rebuilt ({report.reindexed} items)" if report.reindexed is not None else ""
    print(f"restored the backup of {report.created_at} ({report.database}, {report.method}): "
          f"{report.blobs.get('private', 0)} private and {report.blobs.get('public', 0)} public blobs, "
          f"audit head {report.audit_head[0]}{indexed}")
    return 0
