"""Marshmallow schemas of the upkeep endpoints: reviews, reports, duplicates, completeness
and the public search."""

import re

from marshmallow import EXCLUDE, RAISE, ValidationError, fields, post_load, validate

from api.activities.schemas import ID, ActivitySchema, SearchArgsSchema, _one_of
from api.schema import Schema
from api.upkeep.reports import RESOLUTIONS
from matcher.completeness import FIELDS
from matcher.vocab import CATEGORIES, DAYS, REPORT_REASONS

REMARK_MAX = 500
LINKISH = re.compile(r"(https?://|www\.|\b[\w-]+\.(nl|com|org|net|info|ru|io)\b)", re.I)
GMCODE = validate.Regexp(r"^GM[0-9]{4}$", error="Use a CBS municipality code such as GM1948.")


class PageArgs(Schema):
    class Meta:
        unknown = EXCLUDE

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


# -- reviews ------------------------------------------------------------------------------
class OrganizationArgs(Schema):
    class Meta:
        unknown = EXCLUDE

    organization = fields.String(
        validate=ID,
        metadata={"description": "Admin: one organisation (a provider always sees its own)."},
    )


class ReviewItemSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    organization_id = fields.String(required=True)
    assured_date = fields.String(required=True, allow_none=True)
    freshness_days = fields.Integer(required=True, allow_none=True)
    stage = fields.String(
        required=True,
        validate=validate.OneOf(("first", "second")),
        metadata={"description": "first: 11 months unconfirmed; second: 12 months or never."},
    )
    stale_from = fields.String(required=True, allow_none=True)


class DigestInfoSchema(Schema):
    week = fields.String(required=True)
    listings = fields.Integer(required=True)
    sent_to = fields.String(required=True)
    created_at = fields.String(required=True)


class ReviewOrganizationSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    email = fields.String(required=True, allow_none=True)


class ReviewsSchema(Schema):
    organization = fields.Nested(ReviewOrganizationSchema, required=True, allow_none=True)
    items = fields.List(fields.Nested(ReviewItemSchema), required=True)
    last_digest = fields.Nested(DigestInfoSchema, required=True, allow_none=True)


class DigestContactSchema(Schema):
    class Meta:
        unknown = RAISE

    organization = fields.String(
        validate=ID, metadata={"description": "Admin: whose (a provider sets its own)."}
    )
    email = fields.Email(required=True, validate=validate.Length(max=320))


class DigestContactAnswerSchema(Schema):
    organization_id = fields.String(required=True)
    email = fields.String(required=True)


class LinkListingSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    organization = fields.String(required=True)
    assured_date = fields.String(required=True, allow_none=True)


class ReviewLinkSchema(Schema):
    activity = fields.Nested(LinkListingSchema, required=True)
    confirmed = fields.Boolean(required=True)


# -- completeness -------------------------------------------------------------------------
class MissingFieldSchema(Schema):
    field = fields.String(required=True, validate=validate.OneOf(FIELDS))
    label = fields.String(required=True)
    filtered = fields.Integer(
        required=True, metadata={"description": "Matches in the last year that filtered on it."}
    )


class CompletenessItemSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    score = fields.Float(required=True)
    missing = fields.List(fields.Nested(MissingFieldSchema), required=True)


class CompletenessSchema(Schema):
    average = fields.Float(required=True, allow_none=True)
    fields_ = fields.List(fields.Nested(MissingFieldSchema), required=True, data_key="fields")
    items = fields.List(fields.Nested(CompletenessItemSchema), required=True)


# -- reports ------------------------------------------------------------------------------
class ReportInSchema(Schema):
    class Meta:
        unknown = RAISE

    activity_id = fields.String(required=True, validate=ID)
    reason = fields.String(required=True, validate=_one_of(REPORT_REASONS))
    remark = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(max=REMARK_MAX)
    )
    website = fields.String(
        load_default="",
        allow_none=True,
        metadata={"description": "Leave empty (a field people never see; bots fill it in)."},
    )

    @post_load
    def _clean(self, data, **kw):
        if data.get("website"):
            raise ValidationError("Leave this field empty.", "website")
        remark = " ".join((data.get("remark") or "").split())
        data["remark"] = remark or None
        return data


class ReportSchema(Schema):
    id = fields.String(required=True)
    activity_id = fields.String(required=True)
    activity_name = fields.String(allow_none=True)
    organization_id = fields.String(required=True)
    reason = fields.String(required=True)
    remark = fields.String(allow_none=True)
    source = fields.String(required=True, metadata={"description": "coach, public, ..."})
    created_at = fields.DateTime(required=True)
    resolved_at = fields.DateTime(allow_none=True)
    resolution = fields.String(allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(("open", "resolved")))


class ReportReceiptSchema(Schema):
    id = fields.String(required=True)
    activity_id = fields.String(required=True)
    reason = fields.String(required=True)
    status = fields.String(required=True)


class ReportListArgs(PageArgs):
    status = fields.String(
        load_default="open", validate=validate.OneOf(("open", "resolved", "all"))
    )
    organization = fields.String(validate=ID)


class ReportListSchema(Schema):
    items = fields.List(fields.Nested(ReportSchema), required=True)
    total = fields.Integer(required=True)


class ResolveSchema(Schema):
    class Meta:
        unknown = RAISE

    resolution = fields.String(required=True, validate=_one_of(RESOLUTIONS))


class ResolvedSchema(Schema):
    resolved = fields.List(fields.Nested(ReportSchema), required=True)


class ReportStatsArgs(Schema):
    class Meta:
        unknown = EXCLUDE

    municipality = fields.String(required=True, validate=GMCODE)
    from_ = fields.Date(data_key="from")
    to = fields.Date()


COUNT = fields.Raw(required=True, metadata={"description": 'A count, or "<5" when under 5.'})


class ReasonCountSchema(Schema):
    reason = fields.String(required=True)
    reports = fields.Raw(required=True, metadata={"description": 'A count, or "<5".'})


class ReportStatsSchema(Schema):
    municipality = fields.String(required=True)
    reports = fields.Raw(required=True)
    open = fields.Raw(required=True)
    resolved = fields.Raw(required=True)
    fixed = fields.Raw(required=True)
    not_an_error = fields.Raw(required=True)
    by_reason = fields.List(fields.Nested(ReasonCountSchema), required=True)
    median_days_to_resolve = fields.Float(
        required=True, allow_none=True, metadata={"description": "None under 5 resolved."}
    )
    resolved_within_14_days = fields.Float(required=True, allow_none=True)


# -- duplicates ---------------------------------------------------------------------------
class PairListArgs(PageArgs):
    status = fields.String(
        load_default="open",
        validate=validate.OneOf(("open", "kept", "merged", "dismissed", "all")),
    )


class PairListingSchema(Schema):
    id = fields.String(required=True)
    exists = fields.Boolean(required=True)
    name = fields.String(allow_none=True)
    organization = fields.String(allow_none=True)
    place = fields.String(allow_none=True)
    when = fields.List(fields.String())
    description = fields.String(allow_none=True)
    assured_date = fields.String(allow_none=True)
    cost = fields.String(allow_none=True)


class EvidenceSchema(Schema):
    name = fields.Float(required=True)
    place = fields.Float(allow_none=True)
    time = fields.Float(allow_none=True)
    text = fields.Float(allow_none=True)
    meaning = fields.Float(allow_none=True)
    distance_km = fields.Float(allow_none=True)
    score = fields.Float(required=True)


class PairSchema(Schema):
    id = fields.String(required=True)
    status = fields.String(required=True)
    score = fields.Float(required=True)
    evidence = fields.Nested(EvidenceSchema, required=True)
    a = fields.Nested(PairListingSchema, required=True)
    b = fields.Nested(PairListingSchema, required=True)
    kept_id = fields.String(allow_none=True)
    created_at = fields.DateTime(required=True)
    decided_at = fields.DateTime(allow_none=True)


class PairListSchema(Schema):
    items = fields.List(fields.Nested(PairSchema), required=True)
    total = fields.Integer(required=True)


class DecisionSchema(Schema):
    class Meta:
        unknown = RAISE

    action = fields.String(
        required=True,
        validate=_one_of(("keep_both", "merge", "dismiss")),
        metadata={
            "description": "keep_both: the same activity, both listings stay and searches show "
            "`keep`; merge: `keep` takes the other's facts and the other is removed; dismiss: "
            "not the same activity."
        },
    )
    keep = fields.String(
        load_default=None,
        allow_none=True,
        validate=ID,
        metadata={"description": "The listing to keep (default: the first of the pair)."},
    )


# -- public search ------------------------------------------------------------------------
class PublicSearchArgs(Schema):
    """What a resident can ask: words, kind, place, accessibility, cost and day."""

    class Meta:
        unknown = EXCLUDE

    q = fields.String(validate=validate.Length(max=200))
    category = fields.String(metadata={"description": "Comma-separated category codes."})
    place = fields.String(
        validate=validate.Length(max=100),
        metadata={"description": "A postal code (1234 or 1234 AB) or a place or wijk name."},
    )
    radius_km = fields.Float(load_default=10, validate=validate.Range(min=0.5, max=50))
    wheelchair = fields.Boolean()
    accessibility = fields.String(metadata={"description": "Comma-separated accessibility codes."})
    free = fields.Boolean()
    max_cost = fields.Float(validate=validate.Range(min=0, max=10000))
    day = fields.String(metadata={"description": "Comma-separated: MO,TU,..."})
    room = fields.Boolean(metadata={"description": "Only activities that are not full."})
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=500))
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=50))

    @post_load
    def _lists(self, data, **kw):
        split = SearchArgsSchema._split
        data["category"] = split(data, "category", CATEGORIES)
        data["accessibility"] = split(data, "accessibility", None)
        from matcher.vocab import ACCESSIBILITY

        bad = [a for a in data["accessibility"] if a not in ACCESSIBILITY]
        if bad:
            raise ValidationError(f"Unknown code(s) {', '.join(bad)}.", "accessibility")
        data["day"] = [d.upper() for d in split(data, "day")]
        if any(d not in DAYS for d in data["day"]):
            raise ValidationError(f"Use day codes: {', '.join(DAYS)}.", "day")
        return data


class PublicActivitySchema(ActivitySchema):
    class Meta:
        exclude = ("version", "created_at", "duplicate_of", "reported", "score")


class PublicListSchema(Schema):
    items = fields.List(fields.Nested(PublicActivitySchema), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    place = fields.String(allow_none=True, metadata={"description": "The place searched near."})
