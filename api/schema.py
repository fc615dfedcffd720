"""The base of every request and answer schema of the API."""

import marshmallow


class Schema(marshmallow.Schema):
    """A marshmallow schema that the API docs share instead of copying.

    flask-smorest deep-copies each view's documentation, the schema instances in it
    included, once per decorator; those copies were about a quarter of a second of every
    worker's start. A schema is not changed once made (loading and dumping read it), so a
    copy of one may be the same object. The OpenAPI document is the same either way (a
    test compares it)."""

    def __deepcopy__(self, memo):
        return self
