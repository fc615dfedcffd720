"""``socialmap reminders send`` and ``socialmap duplicates scan``."""

import sys
from datetime import date

import click
from flask import current_app
from flask.cli import AppGroup

from api import services
from api.upkeep import duplicates, reviews


@click.group("reminders", cls=AppGroup)
def reminders():
    """Review reminders to providers (the weekly digest)."""


@reminders.command("send")
@click.option(
    "--base-url",
    help="The service's address for the links in the mail (default: SOCIALMAP_PUBLIC_URL).",
)
@click.option(
    "--date",
    "today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Build the digests as on this day (default: today).",
)
@click.option("--no-deliver", is_flag=True, help="Only queue the mail in the outbox.")
def reminders_send(base_url, today, no_deliver):
    """Queue this week's digest for every organisation with listings unconfirmed for 11 or
    12 months, and deliver the outbox. Run it weekly (cron); a second run in the same week
    sends nothing."""
    base_url = base_url or current_app.config.get("PUBLIC_URL")
    if not base_url:
        raise click.ClickException("give --base-url or set SOCIALMAP_PUBLIC_URL")
    day = today.date() if today else date.today()
    run = reviews.send_digests(base_url, day)
    click.echo(
        f"week {run.week}: {run.digests} digests with {run.listings} listings queued, "
        f"{run.already_sent} organisations had this week's digest already"
    )
    for org_id in run.without_email:
        click.echo(f"no contact e-mail for organisation {org_id}: no digest", err=True)
    if no_deliver:
        return
    box = services.get().outbox
    if box.smtp is None:
        click.echo("SOCIALMAP_SMTP_URL is not set: the mail stays queued", err=True)
        return
    result = box.deliver(limit=10_000)
    click.echo(f"sent {result['sent']}, failed {result['failed']}")
    if result["failed"]:
        sys.exit(1)


@click.group("duplicates", cls=AppGroup)
def duplicates_group():
    """Listings that may be the same activity twice."""


@duplicates_group.command("scan")
def duplicates_scan():
    """Check every listing against the index (after a large import); pairs go to the admin."""
    found = duplicates.scan()
    click.echo(f"{found} new possible duplicate pairs")
