"""Property-based fuzzing of the whole API against its own OpenAPI document (schemathesis).

Every operation of ``/api/v1/openapi.json`` is called in-process (WSGI) with each role's
token and without one, with generated valid (positive) and invalid (negative) requests.
Every answer must be documented: no 5xx, a documented status code and content type, a body
that matches the documented schema, documented headers. Examples per operation and role:
``SOCIALMAP_FUZZ_EXAMPLES`` (a few in ``make test``, many more in ``make fuzz``).

Not fuzzed: the web pages and ``/vendor/`` (static files, outside the OpenAPI document) and
the OpenAPI document itself.

The test drives schemathesis' strategies with Hypothesis directly (one test per operation
and role) instead of schemathesis' pytest plugin, whose lazy-fixture loader does not run
on pytest 9.
"""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api import create_app
from tests.fuzz.conftest import EXAMPLES, ROLES

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
METHODS = ("get", "put", "post", "patch", "delete")


def _operations() -> list[tuple[str, str]]:
    """(method, path) of every operation in the document (no data needed to build it)."""
    app = create_app(
        {"TESTING": True, "DATA_DIR": Path(tempfile.gettempdir()) / "unused", "DEMO_SIGNIN": True}
    )
    spec = app.test_client().get("/api/v1/openapi.json").json
    return [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops if m in METHODS]


OPERATIONS = _operations()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_operation(method, path, role, fuzz_schema, fuzz_context, fuzz_tally):
    operation = fuzz_schema[path][method]
    cases = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases, known=st.integers(min_value=0, max_value=99))
    def run(case, known):
        # Half the time a path id that exists (one of the provider's own listings, another
        # organisation's, a logged match), else the generated one (mostly unknown: 404).
        for name, ids in fuzz_context["ids"].items():
            if name in (case.path_parameters or {}) and known < 50:
                case.path_parameters[name] = ids[known % len(ids)]
        headers = dict(case.headers or {})
        headers.pop("Authorization", None)
        headers.update(fuzz_context["headers"][role])
        case.headers = headers
        response = case.call()
        fuzz_tally.record(case, role, response)
        try:
            case.validate_response(response, checks=CHECKS)
        except BaseException as e:  # schemathesis' FailureGroup is a BaseExceptionGroup
            fuzz_tally.failed(e)
            raise

    run()
