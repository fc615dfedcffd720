"""Marshmallow schemas of POST /api/v1/match and its outcome."""

from marshmallow import RAISE, ValidationError, fields, validate, validates_schema

from api.activities.schemas import PresentedActivity, _one_of
from api.schema import Schema
from matcher.monitoring import NO_FIT_REASONS
from matcher.vocab import DAYS, DELIVERY, DIMENSIONS, PARTS_OF_DAY

SCORE = validate.Range(0, 10, error="A score is 0-10.")


class SpiderWebSchema(Schema):
    """Positive Health: six dimension scores, 0-10 (the mean of each dimension's aspects)."""

    class Meta:
        unknown = RAISE

    bodily_functions = fields.Float(validate=SCORE)
    mental_wellbeing = fields.Float(validate=SCORE)
    meaningfulness = fields.Float(validate=SCORE)
    quality_of_life = fields.Float(validate=SCORE)
    participation = fields.Float(validate=SCORE)
    daily_functioning = fields.Float(validate=SCORE)

    @validates_schema
    def _some(self, data, **kw):
        if not data:
            raise ValidationError("Give at least one dimension score.")


class ClientLocationSchema(Schema):
    class Meta:
        unknown = RAISE

    latitude = fields.Float(validate=validate.Range(-90, 90))
    longitude = fields.Float(validate=validate.Range(-180, 180))
    postal_code = fields.String(
        validate=validate.Regexp(
            r"^\s*[1-9][0-9]{3}\s*([A-Za-z]{2})?\s*$",
            error="Use a Dutch postal code: 1234 or 1234 AB.",
        )
    )

    @validates_schema
    def _place(self, data, **kw):
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            raise ValidationError("Give both latitude and longitude.", "latitude")
        if data.get("latitude") is None and not data.get("postal_code"):
            raise ValidationError("Give coordinates or a postal code.")


def _bool(description: str):
    return fields.Boolean(load_default=False, metadata={"description": description})


class RequirementsSchema(Schema):
    class Meta:
        unknown = RAISE

    wheelchair = _bool("The venue must be wheelchair accessible.")
    accessible_toilet = _bool("An accessible toilet.")
    hearing_loop = _bool("A hearing loop.")
    step_free = _bool("No steps.")
    guide_dog_welcome = _bool("Guide dogs welcome.")
    dementia_friendly = _bool("Dementia friendly.")
    parking = _bool("Parking near the entrance.")
    public_transport = _bool("Reachable by public transport.")
    free_only = _bool("Free activities only.")
    max_cost_eur_per_month = fields.Float(allow_none=True, validate=validate.Range(min=0))
    languages = fields.List(fields.String(validate=validate.Regexp(r"^[a-z]{2,3}$")))
    days = fields.List(fields.String(validate=_one_of(DAYS)))
    parts_of_day = fields.List(fields.String(validate=_one_of(PARTS_OF_DAY)))
    delivery = fields.List(fields.String(validate=_one_of(DELIVERY)))


class MatchRequestSchema(Schema):
    class Meta:
        unknown = RAISE

    spider_web = fields.Nested(SpiderWebSchema, required=True)
    focus = fields.List(
        fields.String(validate=_one_of(DIMENSIONS)),
        validate=validate.Length(max=6),
        load_default=list,
    )
    wishes = fields.String(
        validate=validate.Length(max=2000),
        load_default="",
        metadata={"description": "The client's own words; never stored."},
    )
    location = fields.Nested(
        ClientLocationSchema,
        required=True,
        metadata={"description": "Never stored; the log keeps PC4 only."},
    )
    max_distance_km = fields.Float(load_default=5.0, validate=validate.Range(min=0.1, max=100))
    requirements = fields.Nested(RequirementsSchema, load_default=dict)
    age = fields.Integer(
        allow_none=True,
        validate=validate.Range(0, 120),
        metadata={"description": "Used for eligibility; logged as a band."},
    )
    limit = fields.Integer(load_default=10, validate=validate.Range(1, 50))
    trajectory_id = fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.Length(1, 36),
        metadata={
            "description": "An open trajectory of the coach's organisation: the match is "
            "linked to it, and a chosen outcome adds the activities to it."
        },
    )


class AreaSchema(Schema):
    code = fields.String(required=True)
    name = fields.String(required=True)
    municipality = fields.String(required=True, allow_none=True)


class ResultSchema(Schema):
    activity = PresentedActivity(required=True)
    score = fields.Float(required=True)
    distance_km = fields.Float(required=True, allow_none=True)
    dimensions = fields.List(fields.String(), required=True)
    reasons = fields.List(fields.String(), required=True)


class AlternativeSchema(Schema):
    activity = PresentedActivity(required=True)
    score = fields.Float(required=True)
    distance_km = fields.Float(required=True, allow_none=True)
    gives = fields.List(fields.String(), required=True)
    constraints = fields.List(fields.String(), required=True)


class PlaceSchema(Schema):
    latitude = fields.Float(required=True)
    longitude = fields.Float(required=True)


class FirstNeedSchema(Schema):
    category = fields.String(required=True, allow_none=True)
    label = fields.String(required=True, allow_none=True)
    served = fields.Boolean(required=True)


class MatchResponseSchema(Schema):
    match_id = fields.String(
        required=True, metadata={"description": "For POST /api/v1/match/{match_id}/outcome."}
    )
    area = fields.Nested(AreaSchema, required=True, allow_none=True)
    place = fields.Nested(
        PlaceSchema,
        required=True,
        metadata={
            "description": "The client's place used for distances (given coordinates or the "
            "PC4 centroid), for the page's map; never stored."
        },
    )
    needs = fields.Dict(
        keys=fields.String(),
        values=fields.Float(),
        required=True,
        metadata={"description": "Category weights derived from the profile."},
    )
    results = fields.List(fields.Nested(ResultSchema), required=True)
    covered = fields.Boolean(required=True)
    first_need = fields.Nested(
        FirstNeedSchema,
        required=True,
        metadata={
            "description": "The category the client needs most and whether a fitting activity "
            "of it was found (otherwise it counts as a gap in the report)."
        },
    )
    alternatives = fields.List(fields.Nested(AlternativeSchema), required=True)
    trajectory_id = fields.String(
        allow_none=True, metadata={"description": "The trajectory the match is linked to."}
    )


class OutcomeSchema(Schema):
    class Meta:
        unknown = RAISE

    chosen = fields.List(fields.String(), validate=validate.Length(min=1, max=20))
    no_fit = fields.Boolean()
    reason = fields.String(
        validate=validate.Length(max=500),
        metadata={
            "description": "Read for a reason code (distance, cost, time, accessibility, "
            "language, interest, other); the text itself is not stored."
        },
    )

    @validates_schema
    def _one(self, data, **kw):
        if bool(data.get("chosen")) == bool(data.get("no_fit")):
            raise ValidationError("Give either chosen activity ids or no_fit: true.")


class OutcomeResponseSchema(Schema):
    match_id = fields.String(required=True)
    trajectory_id = fields.String(
        allow_none=True,
        metadata={"description": "The linked trajectory the chosen activities were added to."},
    )
    outcome = fields.String(required=True, validate=validate.OneOf(["chosen", "no_fit"]))
    chosen = fields.List(fields.String(), required=True)
    reason = fields.String(
        required=True,
        allow_none=True,
        validate=validate.OneOf([*NO_FIT_REASONS, "other"]),
        metadata={"description": "The reason code of a no_fit outcome."},
    )
