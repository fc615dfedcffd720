"""Marshmallow schemas of /api/v1/trajectories and /api/v1/followup. Messages are Dutch: the
coach reads them beside the field."""

from datetime import date

from marshmallow import ValidationError, fields, validate, validates_schema

from api.referrals.schemas import (
    DATE_MESSAGES,
    MESSAGES,
    CodeLabelSchema,
    DutchSchema,
    _one_of,
    not_in_future,
)
from api.schema import Schema
from matcher.vocab import DIMENSIONS
from trajectory.trajectories import (
    CHECKIN_MONTHS,
    CHECKIN_RESULTS,
    CLOSE_REASONS,
    CONVERSATION_KINDS,
    FEEDBACK_STEPS,
    STOP_REASONS,
)

SCORE = validate.Range(0, 10, error="Een score is 0 tot en met 10.")
NUMBER = {**MESSAGES, "invalid": "Vul een getal in."}


def _day(description: str):
    return fields.Date(
        load_default=date.today,
        error_messages=DATE_MESSAGES,
        validate=not_in_future,
        metadata={"description": description + " Default today."},
    )


SpiderWebScores = DutchSchema.from_dict(
    {d: fields.Float(required=True, validate=SCORE, error_messages=NUMBER) for d in DIMENSIONS},
    name="SpiderWebScores",
)
SpiderWebScores.__doc__ = "Positive Health: all six dimension scores, 0-10."


class TrajectoryCreateSchema(DutchSchema):
    referral_id = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=validate.Length(1, 36, error="1-36 tekens."),
        metadata={"description": "The referral that becomes a trajectory (one per referral)."},
    )
    opened_on = _day("The day the trajectory starts.")
    municipality = fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.Regexp(r"^GM\d{4}$", error="Gebruik een CBS-code GMxxxx."),
        metadata={"description": "The client's municipality for monitoring; default the "
                  "referral's."},
    )  # fmt: skip
    intake = fields.Nested(
        SpiderWebScores,
        load_default=None,
        allow_none=True,
        metadata={"description": "The spider web at intake, if already known."},
    )


class TrajectoryListArgs(Schema):
    status = fields.String(
        load_default=None, validate=validate.OneOf(["open", "closed"]), allow_none=True
    )
    page = fields.Integer(load_default=1, validate=validate.Range(1, 10_000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(1, 200))


class ConversationCreateSchema(DutchSchema):
    date = _day("The day of the conversation.")
    minutes = fields.Integer(
        required=True,
        error_messages=NUMBER,
        validate=validate.Range(1, 480, error="Een gesprek duurt 1 tot 480 minuten."),
    )
    kind = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=_one_of(CONVERSATION_KINDS),
        metadata={"description": "phone, visit (huisbezoek) or walk_in (inloop)."},
    )


class SnapshotSchema(DutchSchema):
    date = _day("The day the spider web was filled in.")
    scores = fields.Nested(SpiderWebScores, required=True, error_messages=MESSAGES)


class LinkMatchSchema(DutchSchema):
    match_id = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=validate.Length(1, 36, error="1-36 tekens."),
        metadata={"description": "A match_id of POST /api/v1/match."},
    )


class ChooseSchema(DutchSchema):
    activity_id = fields.String(
        required=True, error_messages=MESSAGES, validate=validate.Length(1, 100)
    )
    match_id = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(1, 36),
        metadata={"description": "The match that offered it (it must have offered it)."},
    )
    date = _day("The day the client chose it.")


class CheckinSchema(DutchSchema):
    month = fields.Integer(
        required=True,
        error_messages=NUMBER,
        validate=validate.OneOf(CHECKIN_MONTHS, error="Een check-in is na 3, 6 of 9 maanden."),
    )
    date = _day("The day of the check-in.")
    result = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=_one_of(CHECKIN_RESULTS),
        metadata={"description": "participating (neemt nog deel), stopped (gestopt), "
                  "unreachable (niet bereikt)."},
    )  # fmt: skip
    reason = fields.String(
        load_default=None,
        allow_none=True,
        validate=_one_of(STOP_REASONS),
        metadata={"description": "Stop reason code, required with stopped: "
                  + ", ".join(STOP_REASONS)},
    )  # fmt: skip

    @validates_schema
    def _reason(self, data, **kw):
        if data.get("result") == "stopped" and not data.get("reason"):
            raise ValidationError("Geef de reden van het stoppen.", "reason")
        if data.get("result") != "stopped" and data.get("reason"):
            raise ValidationError("Alleen bij 'gestopt' hoort een reden.", "reason")


class CloseSchema(DutchSchema):
    date = _day("The day the trajectory closes.")
    reason = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=_one_of(CLOSE_REASONS),
        metadata={"description": "Reason code: " + ", ".join(CLOSE_REASONS)},
    )
    spider_web = fields.Nested(
        SpiderWebScores,
        load_default=None,
        allow_none=True,
        metadata={"description": "The spider web at close: its change from the intake is "
                  "an outcome."},
    )  # fmt: skip


# -- out ------------------------------------------------------------------------------------


class ConversationSchema(Schema):
    id = fields.String(required=True)
    date = fields.Date(required=True)
    minutes = fields.Integer(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(list(CONVERSATION_KINDS)))
    kind_label = fields.String(required=True)


class SnapshotOutSchema(Schema):
    date = fields.Date(required=True)
    scores = fields.Dict(keys=fields.String(), values=fields.Float(), required=True)


class SnapshotsSchema(Schema):
    intake = fields.Nested(SnapshotOutSchema, required=True, allow_none=True)
    close = fields.Nested(SnapshotOutSchema, required=True, allow_none=True)


class CheckinOutSchema(Schema):
    month = fields.Integer(required=True)
    due = fields.Date(required=True)
    state = fields.String(
        required=True,
        validate=validate.OneOf(["done", "upcoming", "due", "overdue", "skipped"]),
        metadata={"description": "due from a week before the day, overdue two weeks after."},
    )
    date = fields.Date(required=True, allow_none=True)
    result = fields.String(required=True, allow_none=True)
    result_label = fields.String(required=True, allow_none=True)
    reason = fields.Nested(CodeLabelSchema, required=True, allow_none=True)


class ChosenSchema(Schema):
    id = fields.String(required=True, metadata={"description": "For the check-ins."})
    activity_id = fields.String(required=True)
    name = fields.String(required=True)
    categories = fields.List(fields.String(), required=True)
    match_id = fields.String(required=True, allow_none=True)
    chosen_on = fields.Date(required=True)
    checkins = fields.List(fields.Nested(CheckinOutSchema), required=True)


class StepSchema(Schema):
    step = fields.String(required=True, validate=validate.OneOf(list(FEEDBACK_STEPS)))
    label = fields.String(required=True)
    date = fields.Date(required=True)


class TrajectoryReferralSchema(Schema):
    id = fields.String(required=True)
    client_reference = fields.String(required=True)
    referral_date = fields.Date(required=True)
    icpc = fields.Nested(CodeLabelSchema, required=True)
    referrer_type = fields.Nested(CodeLabelSchema, required=True)
    status = fields.String(required=True)
    status_label = fields.String(required=True)


class TrajectorySchema(Schema):
    id = fields.String(required=True)
    referral = fields.Nested(TrajectoryReferralSchema, required=True)
    organization_id = fields.String(required=True)
    municipality = fields.String(required=True, allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(["open", "closed"]))
    status_label = fields.String(required=True)
    opened_on = fields.Date(required=True)
    closed_on = fields.Date(required=True, allow_none=True)
    close_reason = fields.Nested(CodeLabelSchema, required=True, allow_none=True)
    conversations = fields.List(fields.Nested(ConversationSchema), required=True)
    conversation_minutes = fields.Integer(required=True)
    snapshots = fields.Nested(SnapshotsSchema, required=True)
    spider_web_change = fields.Dict(
        keys=fields.String(),
        values=fields.Float(),
        required=True,
        metadata={"description": "Close minus intake per dimension (empty until both)."},
    )
    matches = fields.List(fields.String(), required=True)
    activities = fields.List(fields.Nested(ChosenSchema), required=True)
    steps = fields.List(
        fields.Nested(StepSchema),
        required=True,
        metadata={"description": "Feedback steps the GP has a letter for."},
    )
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class TrajectoryListSchema(Schema):
    items = fields.List(fields.Nested(TrajectorySchema), required=True)
    total = fields.Integer(required=True)


class FollowupArgs(Schema):
    state = fields.List(
        fields.String(validate=validate.OneOf(["upcoming", "due", "overdue"])),
        load_default=lambda: ["due", "overdue"],
        metadata={"description": "Which check-ins (repeat the parameter); default due and "
                  "overdue."},
    )  # fmt: skip


class FollowupItemSchema(Schema):
    trajectory_id = fields.String(required=True)
    client_reference = fields.String(required=True)
    chosen_id = fields.String(required=True)
    activity_id = fields.String(required=True)
    activity_name = fields.String(required=True)
    month = fields.Integer(required=True)
    due = fields.Date(required=True)
    state = fields.String(required=True, validate=validate.OneOf(["upcoming", "due", "overdue"]))


class FollowupSchema(Schema):
    items = fields.List(fields.Nested(FollowupItemSchema), required=True)
    total = fields.Integer(required=True)
