"""Marshmallow schemas of the activity listing: the HSDS Dutch profile as flat JSON."""

import re
from datetime import date
from functools import cache

from marshmallow import (
    EXCLUDE,
    RAISE,
    Schema,
    ValidationError,
    fields,
    post_load,
    pre_load,
    validate,
    validates_schema,
)

from matcher.vocab import (
    ACCESSIBILITY,
    CAPACITY,
    CATEGORIES,
    COST_OPTIONS,
    DAYS,
    DELIVERY,
    FEATURES,
    PARTS_OF_DAY,
    STATUSES,
)

ID = validate.Regexp(
    r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$", error="Use 1-100 letters, digits, '.', '_', ':' or '-'."
)
TIME = validate.Regexp(r"^([01][0-9]|2[0-3]):[0-5][0-9]$", error="Use HH:MM (00:00-23:59).")
LANGUAGE = validate.Regexp(r"^[a-z]{2,3}$", error="Use an ISO 639-1 code such as 'nl'.")
READ_ONLY = (
    "version",
    "created_at",
    "updated_at",
    "freshness_days",
    "stale",
    "monthly_cost_eur",
    "distance_km",
    "score",
    "duplicate_of",
    "reported",
)


class IsoDate(fields.Date):
    """A date that is stored as an ISO string and loaded as a date."""

    def _serialize(self, value, attr, obj, **kwargs):
        if isinstance(value, str):
            return value[:10]
        return super()._serialize(value, attr, obj, **kwargs)


def _one_of(choices):
    return validate.OneOf(choices, error="Unknown code {input!r}; one of: {choices}.")


def _codes(choices, **kw):
    return fields.List(fields.String(validate=_one_of(choices)), **kw)


def _text(max_len: int, **kw):
    return fields.String(validate=validate.Length(max=max_len), **kw)


class OrganizationSchema(Schema):
    class Meta:
        unknown = RAISE

    id = fields.String(required=True, validate=ID)
    name = fields.String(required=True, validate=validate.Length(min=1, max=300))
    description = _text(5000, allow_none=True)
    website = fields.Url(allow_none=True)
    email = fields.Email(allow_none=True)


class LocationSchema(Schema):
    class Meta:
        unknown = RAISE

    id = fields.String(allow_none=True, validate=ID)
    name = _text(300, allow_none=True)
    address = _text(300, allow_none=True)
    postal_code = fields.String(
        allow_none=True,
        validate=validate.Regexp(
            r"^\s*[1-9][0-9]{3}\s*([A-Za-z]{2})?\s*$",
            error="Use a Dutch postal code: 1234 or 1234 AB.",
        ),
    )
    city = _text(100, allow_none=True)
    latitude = fields.Float(allow_none=True, validate=validate.Range(-90, 90))
    longitude = fields.Float(allow_none=True, validate=validate.Range(-180, 180))

    @validates_schema
    def _pair(self, data, **kw):
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            raise ValidationError("Give both latitude and longitude, or neither.", "latitude")


class ScheduleSchema(Schema):
    class Meta:
        unknown = RAISE

    days = _codes(DAYS, required=True, validate=validate.Length(min=1))
    opens_at = fields.String(
        allow_none=True,
        validate=TIME,
        metadata={"description": "Start time; none means 'in overleg'."},
    )
    closes_at = fields.String(allow_none=True, validate=TIME)
    interval = fields.Integer(
        load_default=1,
        validate=validate.Range(1, 8),
        metadata={"description": "2 = every other week"},
    )
    valid_from = IsoDate(allow_none=True)
    valid_to = IsoDate(allow_none=True)
    description = _text(1000, allow_none=True)

    @validates_schema
    def _order(self, data, **kw):
        if data.get("opens_at") and data.get("closes_at") and data["closes_at"] <= data["opens_at"]:
            raise ValidationError("Must be later than opens_at.", "closes_at")
        if (
            data.get("valid_from")
            and data.get("valid_to")
            and data["valid_to"] < data["valid_from"]
        ):
            raise ValidationError("Must not be before valid_from.", "valid_to")


class CostSchema(Schema):
    class Meta:
        unknown = RAISE

    amount = fields.Float(required=True, validate=validate.Range(0, 10000))
    option = fields.String(required=True, validate=_one_of(COST_OPTIONS))
    description = _text(300, allow_none=True)


class CapacitySchema(Schema):
    """Capacity state (modelled on HSDS 3.1 service_capacity): plek vrij, bijna vol, vol,
    wachtlijst, as of a date."""

    class Meta:
        unknown = RAISE

    status = fields.String(required=True, validate=_one_of(CAPACITY))
    date = IsoDate(
        allow_none=True, metadata={"description": "As of this date; today when not given."}
    )
    available = fields.Integer(allow_none=True, validate=validate.Range(0, 100000))
    maximum = fields.Integer(allow_none=True, validate=validate.Range(1, 100000))
    note = _text(300, allow_none=True)

    @validates_schema
    def _room(self, data, **kw):
        if (
            data.get("available") is not None
            and data.get("maximum") is not None
            and data["available"] > data["maximum"]
        ):
            raise ValidationError("Must not be more than maximum.", "available")


class ActivitySchema(Schema):
    """One activity of the sociale kaart (the HSDS 3.0 Dutch profile, flattened)."""

    class Meta:
        unknown = RAISE
        ordered = True

    id = fields.String(validate=ID, metadata={"description": "Kept from HSDS imports."})
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    description = _text(10000, load_default="")
    organization = fields.Nested(
        OrganizationSchema,
        metadata={"description": "Required for admins; a provider's own organisation by default."},
    )
    categories = _codes(CATEGORIES, required=True, validate=validate.Length(min=1))
    accessibility = _codes(
        ACCESSIBILITY,
        load_default=list,
        metadata={"description": "Of the venue (in-person activities)."},
    )
    accessibility_notes = fields.List(_text(1000), load_default=list)
    features = _codes(
        FEATURES, load_default=list, metadata={"description": "Low-threshold features ('drempel')."}
    )
    delivery = fields.String(load_default="in_person", validate=_one_of(DELIVERY))
    location = fields.Nested(LocationSchema, allow_none=True, load_default=None)
    url = fields.Url(allow_none=True, load_default=None)
    email = fields.Email(allow_none=True, load_default=None)
    schedules = fields.List(fields.Nested(ScheduleSchema), load_default=list)
    costs = fields.List(
        fields.Nested(CostSchema),
        load_default=list,
        metadata={"description": "No costs, or amount 0, means free."},
    )
    fees_description = _text(1000, allow_none=True, load_default=None)
    languages = fields.List(fields.String(validate=LANGUAGE), load_default=lambda: ["nl"])
    min_age = fields.Integer(allow_none=True, load_default=None, validate=validate.Range(0, 120))
    max_age = fields.Integer(allow_none=True, load_default=None, validate=validate.Range(0, 120))
    status = fields.String(load_default="active", validate=_one_of(STATUSES))
    assured_date = IsoDate(
        allow_none=True,
        load_default=None,
        metadata={"description": "Last confirmed by the provider."},
    )
    application_process = _text(2000, allow_none=True, load_default=None)
    eligibility_description = _text(2000, allow_none=True, load_default=None)
    alert = _text(1000, allow_none=True, load_default=None)
    capacity = fields.Nested(
        CapacitySchema,
        allow_none=True,
        metadata={"description": "Plek vrij, bijna vol, vol or wachtlijst (none: not stated)."},
    )

    version = fields.Integer(dump_only=True)
    created_at = fields.String(dump_only=True)
    updated_at = fields.String(dump_only=True)
    freshness_days = fields.Integer(
        dump_only=True, allow_none=True, metadata={"description": "Days since assured_date."}
    )
    stale = fields.Boolean(
        dump_only=True, metadata={"description": "Not confirmed for over 12 months."}
    )
    monthly_cost_eur = fields.Float(dump_only=True)
    distance_km = fields.Float(dump_only=True, allow_none=True)
    score = fields.Float(dump_only=True, allow_none=True)
    duplicate_of = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={"description": "A confirmed duplicate of this listing: not shown in searches."},
    )
    reported = fields.Boolean(
        dump_only=True,
        metadata={"description": "Reported as possibly wrong and not yet resolved (coaches)."},
    )

    @pre_load
    def _drop_read_only(self, data, **kw):
        """A document read with GET can be sent back with PUT as it is."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k not in READ_ONLY}
        return data

    @validates_schema
    def _ages(self, data, **kw):
        if (
            data.get("min_age") is not None
            and data.get("max_age") is not None
            and data["min_age"] > data["max_age"]
        ):
            raise ValidationError("Must not be below min_age.", "max_age")

    @validates_schema
    def _place(self, data, **kw):
        if data.get("delivery", "in_person") == "in_person":
            loc = data.get("location") or {}
            if (
                loc.get("latitude") is None
                and not loc.get("postal_code")
                and not loc.get("address")
            ):
                raise ValidationError(
                    "An in-person activity needs a location: coordinates, "
                    "a postal code or an address.",
                    "location",
                )

    @post_load
    def _plain(self, data, **kw):
        """Dates as ISO strings, lists without repeats: the stored form is plain JSON."""
        for key in ("categories", "accessibility", "features", "languages"):
            if key in data:
                data[key] = list(dict.fromkeys(data[key]))
        if data.get("assured_date") is not None:
            data["assured_date"] = data["assured_date"].isoformat()
        if data.get("capacity"):
            cap = data["capacity"]
            cap["date"] = (cap.get("date") or date.today()).isoformat()
        for s in data.get("schedules") or []:
            for key in ("valid_from", "valid_to"):
                if s.get(key) is not None:
                    s[key] = s[key].isoformat()
            s.setdefault("opens_at", None)
            s.setdefault("closes_at", None)
        if data.get("delivery") != "in_person":
            data["location"] = None
            data["accessibility"] = []
        return data


class ImportedActivitySchema(ActivitySchema):
    """An activity from an HSDS import: a service without a venue is kept (with a warning)."""

    def _place(self, data, **kw):
        return None


class PresentedActivity(fields.Nested):
    """An activity as ``present`` made it (api/activities/resources.py), passed on as it is.

    The stored document was loaded through ActivitySchema when it was written (unknown keys
    refused or dropped at every level, values already of their field's type), and
    ``present`` adds only dump-only fields of the right type; walking every nested field
    again on the way out changes nothing and took a tenth of a match. Documented as
    ActivitySchema; a test holds it equal to ``ActivitySchema().dump`` over the demo map."""

    def __init__(self, **kwargs):
        super().__init__(ActivitySchema, **kwargs)

    def _serialize(self, nested_obj, attr, obj, **kwargs):
        if nested_obj is None:
            return None
        keep = _dumped_names()
        return {k: v for k, v in nested_obj.items() if k in keep}


@cache
def _dumped_names() -> frozenset[str]:
    return frozenset(
        f.data_key or name for name, f in ActivitySchema().fields.items() if not f.load_only
    )


class ActivityListSchema(Schema):
    items = fields.List(PresentedActivity(), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)


class AuditEntrySchema(Schema):
    at = fields.String(required=True, metadata={"description": "ISO 8601 date-time."})
    actor = fields.String(required=True, metadata={"description": "token:<id>, cli, ..."})
    action = fields.String(required=True, metadata={"description": "create, update, ..."})
    activity_id = fields.String(required=True)
    changes = fields.Raw(required=True, metadata={"description": "What changed."})


class AuditListSchema(Schema):
    items = fields.List(fields.Nested(AuditEntrySchema), required=True)


class SearchArgsSchema(Schema):
    """Query string of GET /api/v1/activities; list parameters are comma-separated."""

    class Meta:
        unknown = EXCLUDE

    q = fields.String(validate=validate.Length(max=500))
    category = fields.String(metadata={"description": "Comma-separated category codes."})
    lat = fields.Float(validate=validate.Range(-90, 90))
    lon = fields.Float(validate=validate.Range(-180, 180))
    postal_code = fields.String()
    radius_km = fields.Float(validate=validate.Range(min=0, max=500))
    wheelchair = fields.Boolean()
    accessibility = fields.String(metadata={"description": "Comma-separated accessibility codes."})
    features = fields.String(metadata={"description": "Comma-separated low-threshold codes."})
    free = fields.Boolean()
    max_cost = fields.Float(
        validate=validate.Range(min=0), metadata={"description": "Euros per month."}
    )
    day = fields.String(metadata={"description": "Comma-separated: MO,TU,..."})
    part_of_day = fields.String(
        metadata={"description": "Comma-separated: morning,afternoon,evening"}
    )
    language = fields.String(metadata={"description": "Comma-separated ISO 639-1 codes."})
    age = fields.Integer(validate=validate.Range(0, 120))
    delivery = fields.String(metadata={"description": "Comma-separated: in_person,online,at_home"})
    capacity = fields.String(
        metadata={
            "description": "Comma-separated: available,limited,full,waitlist,unknown "
            "(unknown: no capacity stated)."
        }
    )
    organization = fields.String(validate=ID)
    include_inactive = fields.Boolean(load_default=False)
    sort = fields.String(
        load_default="relevance", validate=validate.OneOf(("relevance", "distance", "name"))
    )
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))

    @staticmethod
    def _split(data: dict, key: str, choices=None) -> list[str]:
        raw = data.get(key)
        if not raw:
            return []
        values = [v.strip() for v in raw.split(",") if v.strip()]
        if choices is not None:
            bad = [v for v in values if v not in choices]
            if bad:
                raise ValidationError(
                    f"Unknown code(s) {', '.join(bad)}; one of: {', '.join(choices)}.", key
                )
        return values

    @post_load
    def _lists(self, data, **kw):
        data["category"] = self._split(data, "category", CATEGORIES)
        data["accessibility"] = self._split(data, "accessibility", ACCESSIBILITY)
        data["features"] = self._split(data, "features", FEATURES)
        data["day"] = [d.upper() for d in self._split(data, "day")]
        bad = [d for d in data["day"] if d not in DAYS]
        if bad:
            raise ValidationError(
                f"Unknown day(s) {', '.join(bad)}; one of: {', '.join(DAYS)}.", "day"
            )
        data["part_of_day"] = self._split(data, "part_of_day", PARTS_OF_DAY)
        data["language"] = [v.lower() for v in self._split(data, "language")]
        if any(not re.fullmatch(r"[a-z]{2,3}", v) for v in data["language"]):
            raise ValidationError("Use ISO 639-1 codes such as 'nl'.", "language")
        data["delivery"] = self._split(data, "delivery", DELIVERY)
        data["capacity"] = self._split(data, "capacity", (*CAPACITY, "unknown"))
        if ("lat" in data) != ("lon" in data):
            raise ValidationError("Give both lat and lon.", "lat")
        return data


class RejectedRecordSchema(Schema):
    id = fields.Raw(required=True, metadata={"description": "The record's id, if it had one."})
    index = fields.Integer(required=True, metadata={"description": "Its place in the body."})
    errors = fields.Raw(required=True, metadata={"description": "Field errors."})


class RecordWarningsSchema(Schema):
    id = fields.Raw(required=True, metadata={"description": "The record's id, if it had one."})
    warnings = fields.List(fields.String(), required=True)


class ImportDuplicateSchema(Schema):
    id = fields.String(
        required=True, metadata={"description": "The duplicate pair, for the admin."}
    )
    listing = fields.String(required=True, metadata={"description": "The imported listing."})
    of = fields.String(required=True, metadata={"description": "The listing it may repeat."})
    name = fields.String(allow_none=True)
    score = fields.Float(required=True)


class ImportResultSchema(Schema):
    imported = fields.Integer(required=True)
    created = fields.Integer(required=True)
    updated = fields.Integer(required=True)
    unchanged = fields.Integer(required=True)
    rejected = fields.List(fields.Nested(RejectedRecordSchema), required=True)
    warnings = fields.List(fields.Nested(RecordWarningsSchema), required=True)
    duplicates = fields.List(
        fields.Nested(ImportDuplicateSchema),
        metadata={"description": "New listings that look like one already listed."},
    )
