"""The FHIR endpoints' documentation: the ServiceRequest profile we accept (as a JSON
schema for the OpenAPI document) and outlines of what we answer. ``fhir.resources`` does
the validation; these only describe it."""

from marshmallow import INCLUDE, fields, validate

from api.schema import Schema
from trajectory.fhir import AGB_SYSTEM, EXT_CONSENT_DATE, EXT_REFERRER_TYPE
from trajectory.referrals import STATUSES


def _obj(required: list[str] | None = None, **properties) -> dict:
    out = {"type": "object", "properties": properties}
    if required:
        out["required"] = required
    return out


_STRING = {"type": "string"}
_IDENTIFIER = _obj(["value"], system=_STRING, value=_STRING)

SERVICE_REQUEST_IN = {
    **_obj(
        [
            "resourceType",
            "status",
            "intent",
            "subject",
            "reasonCode",
            "requester",
            "performer",
            "authoredOn",
            "extension",
        ],
        resourceType={"type": "string", "enum": ["ServiceRequest"]},
        status={"type": "string", "enum": ["active"]},
        intent={"type": "string", "enum": ["order"]},
        subject=_obj(
            ["identifier"],
            identifier=_obj(
                ["value"],
                system=_STRING,
                value={"type": "string", "pattern": "^[A-Za-z0-9-]{4,40}$"},
            ),
        ),
        reasonCode={
            "type": "array",
            "minItems": 1,
            "items": _obj(
                ["coding"],
                coding={
                    "type": "array",
                    "minItems": 1,
                    "items": _obj(["system", "code"], system=_STRING, code=_STRING),
                },
            ),
        },
        requester=_obj(
            ["identifier"],
            type={"type": "string", "enum": ["Organization", "PractitionerRole"]},
            identifier=_obj(
                ["system", "value"],
                system={"type": "string", "enum": [AGB_SYSTEM]},
                value={"type": "string", "pattern": r"^\d{8}$"},
            ),
        ),
        performer={
            "type": "array",
            "minItems": 1,
            "maxItems": 1,
            "items": _obj(reference=_STRING, identifier=_IDENTIFIER),
        },
        authoredOn={"type": "string"},
        extension={
            "type": "array",
            "minItems": 1,
            "items": _obj(["url"], url=_STRING, valueCode=_STRING, valueDate=_STRING),
        },
        supportingInfo={"type": "array", "items": _obj(reference=_STRING)},
        contained={"type": "array", "items": _obj(["resourceType"], resourceType=_STRING)},
        note={"type": "array", "maxItems": 1, "items": _obj(text=_STRING)},
    ),
    "description": (
        "A FHIR R4 ServiceRequest of the Welzijn op Recept profile (see the README, 'FHIR'): "
        "subject a pseudonymous identifier only; reasonCode one ICPC-1 P or Z code; requester "
        f"the practice's AGB code ({AGB_SYSTEM}); performer the welfare organisation; "
        f"authoredOn; the referrer type in extension {EXT_REFERRER_TYPE}; AVG consent as a "
        "contained active Consent named in supportingInfo, or extension "
        f"{EXT_CONSENT_DATE}; at most one note (the reason, 500 characters, no identifiers)."
    ),
}


class FhirSchema(Schema):
    class Meta:
        unknown = INCLUDE  # a FHIR resource has many more elements than we outline


class ResourceSchema(FhirSchema):
    resourceType = fields.String(required=True)
    id = fields.String(required=True)
    meta = fields.Dict()


class ServiceRequestSchema(ResourceSchema):
    """A FHIR R4 ServiceRequest (the referral)."""

    status = fields.String(
        required=True, validate=validate.OneOf(["active", "completed", "revoked"])
    )
    intent = fields.String(required=True, validate=validate.OneOf(["order"]))
    subject = fields.Dict(required=True)
    requester = fields.Dict(required=True)
    performer = fields.List(fields.Dict(), required=True)
    reasonCode = fields.List(fields.Dict(), required=True)
    authoredOn = fields.String(required=True)


class TaskSchema(ResourceSchema):
    """A FHIR R4 Task (SDOH Clinical Care referral workflow)."""

    status = fields.String(required=True, validate=validate.OneOf(list(STATUSES)))
    intent = fields.String(required=True, validate=validate.OneOf(["order"]))
    basedOn = fields.List(fields.Dict(), required=True)
    businessStatus = fields.Dict(required=True)
    focus = fields.Dict(required=True)
    owner = fields.Dict(required=True)


class BundleSchema(FhirSchema):
    """A FHIR R4 searchset Bundle of Tasks."""

    resourceType = fields.String(required=True, validate=validate.OneOf(["Bundle"]))
    type = fields.String(required=True, validate=validate.OneOf(["searchset"]))
    total = fields.Integer(required=True)
    entry = fields.List(fields.Dict())


class OperationOutcomeSchema(FhirSchema):
    """A FHIR R4 OperationOutcome: every error of the FHIR endpoints."""

    resourceType = fields.String(required=True, validate=validate.OneOf(["OperationOutcome"]))
    issue = fields.List(fields.Dict(), required=True)


class TaskSearchArgs(Schema):
    based_on = fields.String(
        data_key="based-on",
        load_default=None,
        validate=validate.Regexp(
            r"^ServiceRequest/[A-Za-z0-9\-.]{1,64}$", error="Use based-on=ServiceRequest/{{id}}."
        ),
        metadata={"description": "ServiceRequest/{id}: the Task of that referral."},
    )
