"""The ``socialmap`` command: serve, demo, import, token, reindex (built on Flask's CLI)."""

import json
import os
import sys
import traceback
from collections import Counter
from contextlib import contextmanager
from datetime import timedelta

import click
from flask import current_app
from flask.cli import FlaskGroup
from tqdm import tqdm

from api import (
    consistency,
    create_app,
    demo_demand,
    demo_trajectories,
    listings,
    retention,
    services,
)
from api.imports import parse_hsds
from api.store import ROLES, now
from indexers.base import BackendUnavailable
from matcher.areas import parse_features
from matcher.hsds import iter_services
from matcher.paths import DATA_DIR

DEMO_FILE = DATA_DIR / "demo" / "meierijstad.json"
DEMO_AREAS = DATA_DIR / "demo" / "meierijstad_areas.geojson"


@click.group(cls=FlaskGroup, create_app=create_app, add_version_option=False)
def cli():
    """Sociale kaart and activity matching for Welzijn op Recept."""


def main():
    cli(prog_name="socialmap")


def init_app(app) -> None:
    """Our commands on ``app.cli`` too, so ``app.test_cli_runner()`` reaches them."""
    names = ("serve", "import", "demo", "check", "reindex", "token", "areas", "mail", "user")
    for name in (*names, "retention", "reminders", "duplicates"):
        app.cli.add_command(cli.commands[name])


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--workers",
    default=lambda: int(os.environ.get("SOCIALMAP_WORKERS", "2")),
    show_default="SOCIALMAP_WORKERS or 2",
    type=int,
)
@click.option(
    "--threads",
    default=lambda: int(os.environ.get("SOCIALMAP_THREADS", "4")),
    show_default="SOCIALMAP_THREADS or 4",
    type=int,
    help="Threads per worker: a search need not wait for an import in the same worker.",
)
@click.option("--dev", is_flag=True, help="Flask's reloading development server instead.")
def serve(host, port, workers, threads, dev):
    """Serve the API and the web pages (gunicorn)."""
    if dev:
        current_app.run(host=host, port=port, debug=True)
        return
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("threads", threads)  # > 1: gunicorn's gthread worker
            self.cfg.set("timeout", 120)
            self.cfg.set("accesslog", "-")

        def load(self):
            app = create_app()  # in each worker: every process opens its own store and index
            services.warm(app)
            return app

    _repair_in_child()
    click.echo(f"Serving on http://{host}:{port} with {workers} workers", err=True)
    Server().run()


def _repair_in_child() -> None:
    """After a crash the index may lag the store: bring it in line before serving.

    In a child process: the check loads the whole index, and the gunicorn master must not
    hold it, or every worker forked from it carries that memory too (at 100,000 activities
    about 370 MB more per worker once threads allocate in their own arenas).
    """
    pid = os.fork()
    if pid:
        os.waitpid(pid, 0)
        return
    code = 0
    try:
        svc = services.get()
        erased = retention.run(svc)
        if erased.trajectories or erased.referrals:
            click.echo(erased.summary(), err=True)
        try:
            drift = consistency.check(svc.store, svc.backend)
            if not drift.clean:
                click.echo(f"Index drifted ({drift.summary()}): repairing", err=True)
                consistency.repair(svc.store, svc.backend, drift)
        except BackendUnavailable as e:  # serve anyway: searches answer 503 until it is back
            click.echo(f"Search backend unavailable, index not checked: {e}", err=True)
        svc.close()
    except BaseException:  # the service still starts; the workers report what is wrong
        traceback.print_exc()
        code = 1
    finally:
        sys.stderr.flush()
        os._exit(code)


def _import_file(path: str, label: str) -> int:
    with open(path, encoding="utf-8") as f:
        try:
            docs = parse_hsds(f.read())
        except ValueError as e:
            raise click.ClickException(f"{path}: {e}") from None
    records = list(iter_services(docs))
    with tqdm(
        total=len(records), desc=label, unit="rec", file=sys.stderr, disable=len(records) < 200
    ) as bar:
        report = listings.import_records(records, "cli", progress=bar.update)
    click.echo(
        f"imported {report.imported} (created {report.created}, updated "
        f"{report.updated}, unchanged {report.unchanged}), rejected "
        f"{len(report.rejected)}, with warnings {len(report.warnings)}"
    )
    for r in report.rejected:
        click.echo(f"rejected {r['id'] or '#' + str(r['index'])}: {r['errors']}")
    return 1 if report.rejected else 0


@cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def import_command(file):
    """Import activities from an HSDS 3.0 file (JSON array of services, or NDJSON)."""
    sys.exit(_import_file(file, "import"))


@cli.command("demo")
def demo():
    """Load the bundled (fictional) Meierijstad demo map, its approximate areas and
    fictional demand (made-up intakes run through the matcher, in the match log) into an
    empty store."""
    store = services.get().store
    if not store.areas():
        _import_areas(str(DEMO_AREAS))
    if store.count():
        click.echo(f"The store holds {store.count()} activities already; nothing loaded.")
        return
    code = _import_file(str(DEMO_FILE), "demo")
    if code == 0 and demo_demand.log_is_empty():
        made = demo_demand.generate()
        click.echo(
            f"logged {made['intakes']} fictional demo intakes through the matcher "
            f"({made['from']:%Y-%m-%d} to {made['to']:%Y-%m-%d}; {made['first_need_served']} "
            f"found something fitting their first need) in {made['seconds']:.1f} s"
        )
    if code == 0 and not services.get().referrals.find(limit=1)[1]:
        made = demo_trajectories.generate()
        click.echo(
            f"made {made['referrals']} fictional demo referrals and {made['trajectories']} "
            f"trajectories ({made['chosen']} chosen activities, {made['checkins']} check-ins, "
            f"{made['closed']} closed)"
        )
    sys.exit(code)


@cli.group("areas")
def areas():
    """Areas (CBS gemeenten, wijken, buurten) for the coverage report."""


def _import_areas(path: str, population: str | None = None) -> int:
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        figures = None
        if population:
            with open(population, encoding="utf-8") as f:
                figures = json.load(f)
        rows, errors = parse_features(doc, figures)
    except (OSError, ValueError) as e:
        raise click.ClickException(f"{path}: {e}") from None
    services.get().store.upsert_areas(rows)
    levels = Counter(r["level"] for r in rows)
    with_population = sum(1 for r in rows if r["population"] is not None)
    click.echo(
        f"imported {len(rows)} areas ({', '.join(f'{n} {lv}' for lv, n in levels.items())}"
        f"; {with_population} with population), rejected {len(errors)}"
    )
    for e in errors:
        click.echo(f"rejected {e}")
    return 1 if errors else 0


@areas.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--population",
    type=click.Path(exists=True, dir_okay=False),
    help="CBS figures as JSON keyed by area code (AantalInwoners_5).",
)
def areas_import(file, population):
    """Import areas from a CBS/PDOK GeoJSON FeatureCollection (statcode, statnaam)."""
    sys.exit(_import_areas(file, population))


@contextmanager
def _backend_needed():
    """An unreachable or misconfigured search backend: one clear line, exit 1."""
    try:
        yield
    except BackendUnavailable as e:
        raise click.ClickException(f"search backend unavailable: {e}") from None


@cli.command("check")
@click.option("--dry-run", is_flag=True, help="Only report; exit 1 when the index drifted.")
def check_command(dry_run):
    """Check that the search index agrees with the store, and repair what drifted."""
    svc = services.get()
    with _backend_needed():
        drift = consistency.check(svc.store, svc.backend)
        indexed = svc.backend.count()
    click.echo(
        f"{svc.store.count()} activities in the store, {indexed} in the index: {drift.summary()}"
    )
    if drift.clean:
        return
    for label, ids in (
        ("missing", drift.missing),
        ("extra", drift.extra),
        ("outdated", drift.outdated),
    ):
        if ids:
            click.echo(f"  {label}: {', '.join(ids[:10])}{' ...' if len(ids) > 10 else ''}")
    if dry_run:
        sys.exit(1)
    with _backend_needed():
        fixed = consistency.repair(svc.store, svc.backend, drift)
        after = consistency.check(svc.store, svc.backend)
    click.echo(f"repaired {fixed} listings: {after.summary()}")
    if not after.clean:
        sys.exit(1)


@cli.command("reindex")
def reindex():
    """Rebuild the search index from the store (the store is the source of truth)."""
    svc = services.get()
    stored = [s.public() for s in svc.store.iter_activities()]
    with _backend_needed():
        _rebuild(svc.backend, stored)
    click.echo(f"indexed {len(stored)} activities")


def _rebuild(backend, stored: list[dict]) -> None:
    rebuild = getattr(backend, "rebuild", None)
    if rebuild is not None:  # a new index, swapped in when complete (searches go on)
        with tqdm(total=len(stored), desc="index", unit="doc", file=sys.stderr) as bar:
            rebuild(stored, progress=bar.update)
        return
    backend.clear()
    with tqdm(total=len(stored), desc="embed", unit="doc", file=sys.stderr) as bar:
        for i in range(0, len(stored), 500):
            backend.index(stored[i : i + 500])
            bar.update(len(stored[i : i + 500]))


@cli.command("retention")
@click.option("--dry-run", is_flag=True, help="Only say what would be erased.")
def retention_command(dry_run):
    """Erase closed trajectories and ended referrals older than SOCIALMAP_RETENTION_MONTHS
    (also done at every serve start); the anonymous monitoring counts stay."""
    click.echo(retention.run(services.get(), dry_run=dry_run).summary(dry_run))


@cli.group("token")
def token():
    """API tokens."""


@token.command("create")
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option(
    "--organization",
    help="The provider's organisation id; for a coach, the welfare organisation whose "
    "referrals it handles.",
)
@click.option("--municipality", help="The municipality's CBS code, GMxxxx.")
@click.option("--label", help="Who or what the token is for.")
@click.option("--expires-days", type=int, help="Valid for this many days (default: no end).")
@click.option("--agb", help="A referrer's AGB code: the GP practice, 8 digits.")
def token_create(role, organization, municipality, label, expires_days, agb):
    """Create a token and print it alone on the last line (only its hash is stored)."""
    if role == "provider" and not organization:
        raise click.UsageError("a provider token needs --organization")
    if role == "municipality" and not (municipality and municipality.upper().startswith("GM")):
        raise click.UsageError("a municipality token needs --municipality GMxxxx")
    if role == "referrer" and not (agb and len(agb) == 8 and agb.isdigit()):
        raise click.UsageError("a referrer token needs --agb with the practice's 8-digit AGB code")
    if agb and role != "referrer":
        raise click.UsageError("--agb is for referrer tokens")
    expires = now() + timedelta(days=expires_days) if expires_days else None
    token_id, secret = services.get().store.create_token(
        role,
        organization,
        municipality.upper() if municipality else None,
        label,
        expires,
        agb=agb,
    )
    click.echo(
        f"token {token_id} for role {role}" + (f", expires {expires:%Y-%m-%d}" if expires else "")
    )
    click.echo(secret)


@token.command("revoke")
@click.argument("token_id")
def token_revoke(token_id):
    """Revoke a token by its id (printed when it was created)."""
    if not services.get().store.revoke_token(token_id):
        raise click.ClickException(f"no active token {token_id}")
    click.echo(f"revoked {token_id}")


@cli.group("user")
def user():
    """People's accounts (the first admin, and anyone when there is no mail)."""


@user.command("create")
@click.option("--email", required=True, help="The address the person signs in with.")
@click.option("--name", "display_name", required=True, help="The name colleagues see.")
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option("--organization", help="A provider's (or coach's) organisation id.")
@click.option("--municipality", help="A municipality's CBS code, GMxxxx.")
@click.option("--agb", help="A referrer's AGB code (8 digits).")
@click.option("--org-admin", is_flag=True, help="May invite colleagues of its organisation.")
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from stdin instead of a prompt."
)
def user_create(
    display_name, email, role, organization, municipality, agb, org_admin, password_stdin
):
    """Create an account with a password (asked twice, never on the command line)."""
    from api.account_store import AccountExists
    from api.passwords import hash_password, weakness

    if role == "provider" and not organization:
        raise click.UsageError("a provider needs --organization")
    if role == "municipality" and not (municipality and municipality.upper().startswith("GM")):
        raise click.UsageError("a municipality account needs --municipality GMxxxx")
    if role == "referrer" and not (agb and len(agb) == 8 and agb.isdigit()):
        raise click.UsageError("a referrer needs --agb with the practice's 8-digit AGB code")
    if "@" not in email:
        raise click.UsageError("--email must be an e-mail address")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    problem = weakness(password, email, display_name)
    if problem:
        raise click.ClickException(problem)
    accounts = services.get().accounts
    try:
        account = accounts.create(
            email,
            display_name,
            role,
            created_by="cli",
            organization_id=organization,
            municipality=municipality.upper() if municipality else None,
            agb=agb,
            org_admin=org_admin,
            password_hash=hash_password(password),
        )
    except AccountExists:
        raise click.ClickException(f"an account with {email} exists") from None
    accounts.log("cli", "account_create", {"account": account.id, "role": role})
    click.echo(f"account {account.id} for {account.email}, role {role}")


@user.command("list")
def user_list():
    """Every account: id, address, role, organisation, state (never a password)."""
    for a in services.get().accounts.find():
        where = a.organization_id or a.municipality or a.agb or ""
        state = (
            "disabled"
            if a.disabled
            else ("sso" if a.sso else "") or ("password" if a.has_password else "invited")
        )
        flag = " org-admin" if a.org_admin else ""
        click.echo(f"{a.id}  {a.email:<40} {a.role:<12} {where:<16} {state}{flag}")


@user.command("disable")
@click.argument("email")
def user_disable(email):
    """Disable an account: its sessions end and its API tokens are revoked."""
    accounts = services.get().accounts
    found = accounts.by_email(email)
    if found is None or not accounts.disable(found.id, "cli"):
        raise click.ClickException(f"no enabled account {email}")
    click.echo(f"disabled {found.email}")


@cli.group("mail")
def mail():
    """The outbox: mail queued in the store and sent over SOCIALMAP_SMTP_URL."""


@mail.command("list")
@click.option("--pending", is_flag=True, help="Only mail not yet delivered.")
def mail_list(pending):
    """What the outbox holds (addresses, subjects, attempts; never the bodies)."""
    for row in services.get().outbox.list(pending_only=pending):
        state = f"sent {row['sent_at']:%Y-%m-%d %H:%M}" if row["sent_at"] else "queued"
        error = f"  ({row['last_error']})" if row["last_error"] and not row["sent_at"] else ""
        click.echo(f"{row['id']}  {state:<22} {row['kind']:<16} {row['to_address']}{error}")


@mail.command("deliver")
def mail_deliver():
    """Send what is due now (retries included); exit 1 when something failed."""
    box = services.get().outbox
    if box.smtp is None:
        raise click.ClickException("SOCIALMAP_SMTP_URL is not set: mail stays queued")
    result = box.deliver(limit=10_000)
    click.echo(f"sent {result['sent']}, failed {result['failed']}")
    if result["failed"]:
        sys.exit(1)


def _upkeep_commands() -> None:
    from api.upkeep.cli import duplicates_group, reminders

    cli.add_command(reminders)
    cli.add_command(duplicates_group, "duplicates")


_upkeep_commands()
if __name__ == "__main__":
    main()
