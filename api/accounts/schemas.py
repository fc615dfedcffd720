"""Schemas of the people endpoints: sessions, passwords, invitations, personal tokens."""

from marshmallow import ValidationError, fields, validate, validates_schema

from api.schema import Schema
from api.store import ROLES

EMAIL = validate.Email(error="Not a valid email address.")
TOKEN_SCOPES = ("read", "write")


class OrganizationRefSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True, allow_none=True)


class AccountSchema(Schema):
    id = fields.String(required=True)
    email = fields.String(required=True)
    display_name = fields.String(required=True)
    role = fields.String(required=True, validate=validate.OneOf(ROLES))
    organization = fields.Nested(OrganizationRefSchema, required=True, allow_none=True)
    municipality = fields.String(required=True, allow_none=True)
    agb = fields.String(required=True, allow_none=True)
    org_admin = fields.Boolean(
        required=True,
        metadata={"description": "May invite colleagues of its own organisation/municipality."},
    )
    has_password = fields.Boolean(required=True)
    sso = fields.Boolean(required=True, metadata={"description": "Signs in with OpenID Connect."})
    disabled = fields.Boolean(required=True)
    created_at = fields.DateTime(required=True)


class IdentityProviderSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    url = fields.String(required=True, metadata={"description": "Where the browser goes."})


class SessionSchema(Schema):
    signed_in = fields.Boolean(required=True)
    account = fields.Nested(AccountSchema, required=True, allow_none=True)
    expires_at = fields.DateTime(
        required=True,
        allow_none=True,
        metadata={"description": "When the session ends unless used again (idle or maximum)."},
    )
    csrf_token = fields.String(
        required=True,
        metadata={"description": "Send as X-CSRFToken with every state-changing request."},
    )
    identity_providers = fields.List(fields.Nested(IdentityProviderSchema), required=True)
    demo_signin = fields.Boolean(required=True)


class SignInSchema(Schema):
    email = fields.String(required=True, validate=validate.Length(min=1, max=320))
    password = fields.String(required=True, validate=validate.Length(min=1, max=1000))


class PasswordResetSchema(Schema):
    email = fields.String(required=True, validate=validate.Length(min=1, max=320))


class MessageSchema(Schema):
    message = fields.String(required=True)


class LinkCodeSchema(Schema):
    code = fields.String(required=True, validate=validate.Length(min=1, max=200))


class SetPasswordSchema(LinkCodeSchema):
    password = fields.String(required=True, validate=validate.Length(min=1, max=1000))


class PasswordLinkSchema(Schema):
    purpose = fields.String(
        required=True, validate=validate.OneOf(["invitation", "password_reset"])
    )
    email = fields.String(required=True)
    display_name = fields.String(required=True)
    expires_at = fields.DateTime(required=True)


class ChangePasswordSchema(Schema):
    current_password = fields.String(required=True, validate=validate.Length(min=1, max=1000))
    new_password = fields.String(required=True, validate=validate.Length(min=1, max=1000))


class InvitationSchema(Schema):
    email = fields.String(required=True, validate=[validate.Length(max=320), EMAIL])
    display_name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    role = fields.String(required=True, validate=validate.OneOf(ROLES))
    organization_id = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(min=1, max=100)
    )
    municipality = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Regexp(r"^GM\d{4}$", error="Use a code GMxxxx."),
    )
    agb = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Regexp(r"^\d{8}$", error="An AGB code has 8 digits."),
    )
    org_admin = fields.Boolean(load_default=False)

    @validates_schema
    def _what_the_role_needs(self, data, **_):
        role = data.get("role")
        if role == "provider" and not data.get("organization_id"):
            raise ValidationError("A provider needs its organisation.", "organization_id")
        if role == "municipality" and not data.get("municipality"):
            raise ValidationError("A municipality account needs its GMxxxx code.", "municipality")
        if role == "referrer" and not data.get("agb"):
            raise ValidationError("A referrer needs the practice's AGB code.", "agb")
        if role == "admin" and data.get("org_admin"):
            raise ValidationError("An admin manages everyone already.", "org_admin")


class InvitedSchema(AccountSchema):
    invitation_expires_at = fields.DateTime(required=True)


class AccountListSchema(Schema):
    items = fields.List(fields.Nested(AccountSchema), required=True)


class TokenCreateSchema(Schema):
    label = fields.String(
        required=True,
        validate=validate.Length(min=1, max=100),
        metadata={"description": "What the token is for (your integration's name)."},
    )
    scope = fields.String(load_default="read", validate=validate.OneOf(TOKEN_SCOPES))
    expires_days = fields.Integer(load_default=90, validate=validate.Range(min=1, max=365))


class PersonalTokenSchema(Schema):
    id = fields.String(required=True)
    label = fields.String(required=True, allow_none=True)
    scope = fields.String(required=True, validate=validate.OneOf(TOKEN_SCOPES))
    created_at = fields.DateTime(required=True)
    expires_at = fields.DateTime(required=True, allow_none=True)
    revoked_at = fields.DateTime(required=True, allow_none=True)


class NewTokenSchema(PersonalTokenSchema):
    token = fields.String(
        required=True, metadata={"description": "The secret, shown this once only."}
    )


class PersonalTokenListSchema(Schema):
    items = fields.List(fields.Nested(PersonalTokenSchema), required=True)
