"""/fhir: referrals as HL7 FHIR R4 — ServiceRequest in, its Task out (SDOH Clinical Care
referral workflow). Every answer is application/fhir+json; every error an OperationOutcome."""

import json
import logging

from flask import Response, request
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from werkzeug.exceptions import HTTPException

from api import services
from api.auth import SECURITY, current_token, require
from api.errors import RATE_LIMITED
from api.fhir.schemas import (
    SERVICE_REQUEST_IN,
    BundleSchema,
    OperationOutcomeSchema,
    ServiceRequestSchema,
    TaskSchema,
    TaskSearchArgs,
)
from api.referrals.resources import create_referral, load_visible, scope, visible
from api.referrals.schemas import ReferralCreateSchema
from trajectory import fhir

log = logging.getLogger(__name__)
MAX_RESOURCE_BYTES = 64 * 1024

blp = Blueprint(
    "fhir",
    __name__,
    url_prefix="/fhir",
    description="Referrals as HL7 FHIR R4 (application/fhir+json): a ServiceRequest in, a Task "
    "per referral out.",
)

# JSON API field -> where it sits in the ServiceRequest, for an OperationOutcome's expression
WHERE = {
    "client_reference": "ServiceRequest.subject.identifier.value",
    "icpc_code": "ServiceRequest.reasonCode",
    "referral_date": "ServiceRequest.authoredOn",
    "organization_id": "ServiceRequest.performer",
    "consent": "ServiceRequest.supportingInfo",
    "reason": "ServiceRequest.note.text",
    "municipality": "ServiceRequest.extension",
    "referrer_type": "ServiceRequest.extension",
    "referrer_agb": "ServiceRequest.requester.identifier",
}


def fhir_response(resource: dict, status: int = 200, headers: dict | None = None) -> Response:
    return Response(
        json.dumps(resource, ensure_ascii=False),
        status=status,
        mimetype=fhir.MEDIA_TYPE,
        headers=headers,
    )


def _issues(error: HTTPException) -> list[fhir.Issue]:
    data = getattr(error, "data", None) or {}
    code = fhir.ISSUE_CODES.get(error.code or 500, "processing")
    if error.code == 429:
        code = "throttled"
    issues = []
    for location, fields_ in (data.get("errors") or data.get("messages") or {}).items():
        for name, messages in (fields_ or {}).items():
            where = WHERE.get(name, name if location != "json" else f"ServiceRequest.{name}")
            for message in messages if isinstance(messages, list) else [str(messages)]:
                text = message if isinstance(message, str) else json.dumps(message)
                issues.append(fhir.Issue(text, where, "invalid"))
    message = data.get("message") or error.description or error.name
    return issues or [fhir.Issue(str(message), None, code)]


def _outcome(error):
    if not isinstance(error, HTTPException):
        log.exception("unhandled error")
        return fhir_response(
            fhir.operation_outcome(
                [fhir.Issue("Something went wrong on our side.", None, "exception")]
            ),
            500,
        )
    response = fhir_response(fhir.operation_outcome(_issues(error)), error.code or 500)
    if error.code == 429:
        response.headers["Retry-After"] = str(getattr(error, "retry_after", 60) or 60)
    return response


# code handlers first: Flask prefers the app's handler for a code over a blueprint's for a class
for _code in (400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500):
    blp.register_error_handler(_code, _outcome)
blp.register_error_handler(Exception, _outcome)


def outcome_responses(*codes: int, **descriptions: str):
    def decorator(view):
        for code in codes:
            view = blp.alt_response(
                code,
                schema=OperationOutcomeSchema,
                content_type=fhir.MEDIA_TYPE,
                description=descriptions.get(f"e{code}") or "An OperationOutcome",
            )(view)
        return view

    return decorator


def _read_resource() -> object:
    if request.mimetype not in (fhir.MEDIA_TYPE, "application/json"):
        abort(415, message=f"Send the resource as {fhir.MEDIA_TYPE}.")
    if (request.content_length or 0) > MAX_RESOURCE_BYTES:
        abort(413, message="A ServiceRequest is at most 64 KB.")
    try:
        return json.loads(request.get_data(cache=False) or b"")
    except ValueError:
        abort(400, message="The body is not valid JSON.")


@blp.route("/ServiceRequest", methods=["POST"])
@require("referrer")
@blp.doc(
    security=SECURITY,
    requestBody={
        "required": True,
        "content": {fhir.MEDIA_TYPE: {"schema": SERVICE_REQUEST_IN}},
    },
)
@blp.response(
    201,
    ServiceRequestSchema,
    content_type=fhir.MEDIA_TYPE,
    headers={
        "Location": {"description": "/fhir/ServiceRequest/{id}", "schema": {"type": "string"}}
    },
)
@outcome_responses(
    400,
    401,
    403,
    413,
    415,
    422,
    RATE_LIMITED,
    e400="Not valid FHIR R4 (or not JSON)",
    e422="Valid FHIR, outside the profile we accept",
)
def create_service_request():
    """A referral as a FHIR R4 ServiceRequest; its Task is made at once (status requested)."""
    try:
        parsed = fhir.parse_service_request(_read_resource())
    except fhir.FhirRefused as e:
        return fhir_response(fhir.operation_outcome(e.issues), e.status)
    payload = {
        **parsed,
        "referral_date": parsed["referral_date"].isoformat(),
        "consent": {"given": True, "date": parsed["consent"]["date"].isoformat()},
    }
    errors = ReferralCreateSchema().validate(payload)  # the same rules as the JSON API
    if errors:
        abort(422, message="Validatie mislukt.", errors={"json": errors})
    referral = create_referral(ReferralCreateSchema().load(payload), "fhir")
    return fhir_response(
        fhir.service_request(referral),
        201,
        {"Location": f"/fhir/ServiceRequest/{referral['id']}"},
    )


@blp.route("/ServiceRequest/<referral_id>")
@require("coach", "referrer")
@blp.doc(security=SECURITY)
@blp.response(200, ServiceRequestSchema, content_type=fhir.MEDIA_TYPE)
@outcome_responses(401, 403, 404, RATE_LIMITED)
def read_service_request(referral_id):
    """A referral as a FHIR R4 ServiceRequest."""
    return fhir_response(fhir.service_request(load_visible(referral_id)))


@blp.route("/Task")
class Tasks(MethodView):
    @require("coach", "referrer")
    @blp.doc(security=SECURITY)
    @blp.arguments(TaskSearchArgs, location="query", error_status_code=400)
    @blp.response(200, BundleSchema, content_type=fhir.MEDIA_TYPE)
    @outcome_responses(400, 401, 403, RATE_LIMITED, e400="A search parameter is not valid")
    def get(self, args):
        """Tasks the caller may see, as a searchset Bundle; ``based-on=ServiceRequest/{id}``
        gives the Task of one referral."""
        filters = scope(current_token())
        items = []
        if filters is not None:
            referral_id = (args["based_on"] or "").removeprefix("ServiceRequest/") or None
            items, _ = services.get().referrals.find(**filters, referral_id=referral_id, limit=200)
        base = request.url_root.rstrip("/") + "/fhir"
        return fhir_response(fhir.bundle([_task(r) for r in items], base))


@blp.route("/Task/<task_id>")
@require("coach", "referrer")
@blp.doc(security=SECURITY)
@blp.response(200, TaskSchema, content_type=fhir.MEDIA_TYPE)
@outcome_responses(401, 403, 404, RATE_LIMITED)
def read_task(task_id):
    """A referral's Task: status and businessStatus follow the coach's actions."""
    r = services.get().referrals.get_by_task(task_id)
    if r is None or not visible(current_token(), r):
        abort(404, message=f"Geen Task met id {task_id}.")
    return fhir_response(_task(r))


def _task(referral: dict) -> dict:
    return fhir.task(referral, services.get().trajectories.of_referral(referral["id"]))
