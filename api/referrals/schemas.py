"""Marshmallow schemas of /api/v1/referrals. Messages are Dutch: referrers and coaches read
them beside the field."""

from datetime import date, timedelta

from marshmallow import RAISE, ValidationError, fields, post_load, validate

from api.schema import Schema
from trajectory import icpc
from trajectory.identifiers import client_reference_problem, describe, identifiers_in
from trajectory.referrals import REFERRER_TYPES, REJECT_REASONS, STATUSES

MESSAGES = {
    "required": "Dit veld is verplicht.",
    "null": "Dit veld mag niet leeg zijn.",
    "invalid": "Ongeldige waarde.",
}
DATE_MESSAGES = {**MESSAGES, "invalid": "Geef een datum als JJJJ-MM-DD."}


class DutchSchema(Schema):
    class Meta:
        unknown = RAISE

    error_messages = {"unknown": "Onbekend veld.", "type": "Stuur een JSON-object."}


def _one_of(choices) -> validate.OneOf:
    return validate.OneOf(list(choices), error="Onbekende code {input!r}; kies uit: {choices}.")


def not_in_future(value: date) -> None:
    """A day's leeway: the sender's today may be ahead of the server's."""
    if value > date.today() + timedelta(days=1):
        raise ValidationError("Deze datum ligt in de toekomst.")


def known_icpc(value: str) -> None:
    if icpc.lookup(value) is None:
        raise ValidationError(
            f"Onbekende ICPC-1-code {value!r}: alleen de hoofdstukken P (psychisch) en Z "
            "(sociaal), zie data/icpc.json."
        )


def no_identifiers(value: str | None) -> None:
    kinds = identifiers_in(value or "")
    if kinds:
        raise ValidationError(describe(kinds))


def pseudonymous(value: str) -> None:
    problem = client_reference_problem(value)
    if problem:
        raise ValidationError(problem)


class ConsentSchema(DutchSchema):
    given = fields.Boolean(
        required=True,
        error_messages=MESSAGES,
        validate=validate.Equal(True, error="Zonder toestemming van de cliënt geen verwijzing."),
        metadata={"description": "The client's AVG consent to share the referral: must be true."},
    )
    date = fields.Date(
        required=True,
        error_messages=DATE_MESSAGES,
        validate=not_in_future,
        metadata={"description": "When the client consented."},
    )


class ReferralCreateSchema(DutchSchema):
    referrer_type = fields.String(
        required=True, error_messages=MESSAGES, validate=_one_of(REFERRER_TYPES)
    )
    icpc_code = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=known_icpc,
        metadata={"description": "ICPC-1 code of the P or Z chapter (data/icpc.json)."},
    )
    referral_date = fields.Date(required=True, error_messages=DATE_MESSAGES, validate=not_in_future)
    organization_id = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=validate.Length(1, 100, error="1-100 tekens."),
        metadata={"description": "The welfare organisation the referral goes to."},
    )
    consent = fields.Nested(ConsentSchema, required=True, error_messages=MESSAGES)
    reason = fields.String(
        allow_none=True,
        load_default=None,
        validate=[validate.Length(max=500, error="Ten hoogste 500 tekens."), no_identifiers],
        metadata={"description": "A short reason; no BSN, dates, e-mail, phone or address."},
    )
    client_reference = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=pseudonymous,
        metadata={
            "description": "A pseudonymous reference the sender chose (e.g. ZD-7F3K2): 4-40 of "
            "[A-Za-z0-9-] with at least one digit; never a name, BSN, birth date or address.",
            "pattern": "^[A-Za-z0-9-]{4,40}$",
        },
    )
    municipality = fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.Regexp(r"^GM\d{4}$", error="Gebruik een CBS-code GMxxxx."),
        metadata={"description": "The client's municipality, if known (for monitoring)."},
    )
    referrer_agb = fields.String(
        validate=validate.Regexp(r"^\d{8}$", error="Een AGB-code is 8 cijfers."),
        metadata={
            "description": "The practice's AGB code: from a referrer's token; an admin gives it."
        },
    )

    @post_load
    def _normalise(self, data, **kw):
        data["icpc_code"] = icpc.normalise(data["icpc_code"])
        return data


class ReferralListArgs(Schema):
    status = fields.List(
        fields.String(validate=_one_of(STATUSES)),
        load_default=list,
        metadata={"description": "Only these Task statuses (repeat the parameter)."},
    )
    page = fields.Integer(load_default=1, validate=validate.Range(1, 10_000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(1, 200))


class RejectSchema(DutchSchema):
    reason = fields.String(
        required=True,
        error_messages=MESSAGES,
        validate=_one_of(REJECT_REASONS),
        metadata={"description": "Reason code: " + ", ".join(REJECT_REASONS)},
    )


class ContactSchema(DutchSchema):
    date = fields.Date(
        load_default=None,
        error_messages=DATE_MESSAGES,
        validate=not_in_future,
        metadata={"description": "The day of the first contact with the client; default today."},
    )


class CodeLabelSchema(Schema):
    code = fields.String(required=True)
    label = fields.String(required=True, metadata={"description": "Dutch label."})


class ReferrerSchema(Schema):
    type = fields.String(required=True, validate=validate.OneOf(list(REFERRER_TYPES)))
    label = fields.String(required=True)
    agb = fields.String(required=True)


class ConsentOutSchema(Schema):
    given = fields.Boolean(required=True)
    date = fields.Date(required=True)


class ContactOutSchema(Schema):
    deadline = fields.Date(
        required=True,
        metadata={"description": "Referral date + 5 working days (Mon-Fri, Dutch holidays)."},
    )
    overdue = fields.Boolean(
        required=True, metadata={"description": "No contact yet and the deadline has passed."}
    )
    first_contact_date = fields.Date(required=True, allow_none=True)
    within_deadline = fields.Boolean(
        required=True, allow_none=True, metadata={"description": "None until contact."}
    )


class FhirLinksSchema(Schema):
    service_request = fields.String(required=True)
    task = fields.String(required=True)


class ReferralSchema(Schema):
    id = fields.String(required=True)
    status = fields.String(
        required=True,
        validate=validate.OneOf(list(STATUSES)),
        metadata={"description": "The FHIR Task status."},
    )
    status_label = fields.String(required=True, metadata={"description": "Dutch."})
    business_status = fields.String(required=True, metadata={"description": "Dutch."})
    client_reference = fields.String(required=True)
    icpc = fields.Nested(CodeLabelSchema, required=True)
    referrer = fields.Nested(ReferrerSchema, required=True)
    organization_id = fields.String(required=True)
    municipality = fields.String(required=True, allow_none=True)
    referral_date = fields.Date(required=True)
    consent = fields.Nested(ConsentOutSchema, required=True)
    reason = fields.String(required=True, allow_none=True)
    reject_reason = fields.Nested(CodeLabelSchema, required=True, allow_none=True)
    contact = fields.Nested(ContactOutSchema, required=True)
    source = fields.String(required=True, validate=validate.OneOf(["json", "fhir"]))
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    trajectory_id = fields.String(
        allow_none=True,
        metadata={"description": "The trajectory it became (GET /api/v1/trajectories/{id})."},
    )
    fhir = fields.Nested(FhirLinksSchema, required=True)


class ReferralListSchema(Schema):
    items = fields.List(fields.Nested(ReferralSchema), required=True)
    total = fields.Integer(required=True)
