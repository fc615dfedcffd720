"""The upkeep tables: review reminders and their one-click links, reports of wrong
listings, duplicate pairs, and the key that signs links when no SECRET_KEY is set."""

from sqlalchemy import Column, DateTime, Float, Integer, String, Table, Text, UniqueConstraint

from api.store import metadata

# One row per organisation and ISO week: a digest is built at most once a week.
review_digests = Table(
    "review_digests",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("organization_id", String(100), nullable=False),
    Column("week", String(8), nullable=False),  # ISO week, e.g. 2026-W49
    Column("to_address", String(320), nullable=False),
    Column("listings", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("organization_id", "week", name="uq_review_digests_org_week"),
)

# A reminder per listing, stage (first: 11 months, second: 12 months) and the assured date
# it was about: a confirmation moves the date on, so the next year reminds again.
review_reminders = Table(
    "review_reminders",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("activity_id", String(100), nullable=False, index=True),
    Column("stage", String(10), nullable=False),  # first | second
    Column("assured_date", String(10), nullable=False),  # "" when never confirmed
    Column("digest_id", String(36), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("activity_id", "stage", "assured_date", name="uq_review_reminders"),
)

# A "nog actueel" link: the signed token names this row; it is used once and expires.
review_links = Table(
    "review_links",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("activity_id", String(100), nullable=False, index=True),
    Column("digest_id", String(36), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
)

# "Klopt dit niet?": a coach's or resident's report that a listing is wrong. Never who the
# resident is: no address, no name; a coach's token id only.
listing_reports = Table(
    "listing_reports",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("activity_id", String(100), nullable=False, index=True),
    Column("organization_id", String(100), nullable=False, index=True),
    Column("municipality", String(6), index=True),  # of the venue, for the municipality
    Column("reason", String(20), nullable=False),  # stopped | full | wrong_time | ...
    Column("remark", Text),
    Column("source", String(10), nullable=False),  # coach | public | admin | provider
    Column("reporter", String(100)),  # token:<id> for a signed-in reporter
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("resolved_at", DateTime(timezone=True)),
    Column("resolution", String(20)),  # fixed | not_an_error
    Column("resolved_by", String(100)),
)

# Two listings that may be the same activity, with the evidence, and the admin's decision.
duplicate_pairs = Table(
    "duplicate_pairs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("a_id", String(100), nullable=False, index=True),
    Column("b_id", String(100), nullable=False, index=True),
    Column("score", Float, nullable=False),
    Column("evidence", Text, nullable=False),  # JSON
    Column("status", String(12), nullable=False, index=True),  # open | kept | merged | dismissed
    Column("kept_id", String(100)),  # kept (shown) or merged into
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("decided_at", DateTime(timezone=True)),
    Column("decided_by", String(100)),
    UniqueConstraint("a_id", "b_id", name="uq_duplicate_pairs"),
)

# Where the listing of a merged-away id went: a later import of that id updates the kept one.
merged_ids = Table(
    "merged_ids",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("into_id", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# The address a provider chose for its review digest; over the HSDS organisation's email,
# which every import of the organisation's listings rewrites.
review_contacts = Table(
    "review_contacts",
    metadata,
    Column("organization_id", String(100), primary_key=True),
    Column("email", String(320), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

app_secrets = Table(
    "app_secrets",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)
