"""The client's errors as ``BackendUnavailable`` (the API answers 503), with messages that
name the cluster without its credentials; refused bulk writes as ``IndexingFailed``."""

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from elasticsearch import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    TransportError,
)

from indexers.base import BackendUnavailable


@contextmanager
def client_errors(where: str, doing: str) -> Iterator[None]:
    """Turn the client's errors into ``BackendUnavailable`` with a message people read."""
    try:
        yield
    except (AuthenticationException, AuthorizationException) as e:
        raise BackendUnavailable(
            f"Elasticsearch at {where} refused the credentials while {doing} "
            f"(HTTP {e.meta.status}): check the user and password in the URL or the API key"
        ) from e
    except ApiError as e:
        if e.meta.status == 429 or e.meta.status >= 500:
            raise BackendUnavailable(
                f"Elasticsearch at {where} could not answer while {doing} "
                f"(HTTP {e.meta.status}: {_reason(e)})"
            ) from e
        raise
    except TransportError as e:
        raise BackendUnavailable(
            f"Elasticsearch at {where} cannot be reached while {doing}: {_cause(e)}"
        ) from e


class _IndexMissing(Exception):
    """The alias names no index (someone deleted it); reads answer empty."""


class IndexingFailed(RuntimeError):
    """Some documents of a bulk request were refused: the write is not acknowledged."""

    def __init__(self, errors: list[dict]):
        self.errors = errors
        first = []
        for item in errors[:3]:
            op, result = next(iter(item.items()))
            error = result.get("error") or {}
            reason = error.get("reason", error) if isinstance(error, dict) else error
            first.append(f"{op} {result.get('_id')}: {reason}")
        super().__init__(
            f"{len(errors)} document(s) were not written to the index: " + "; ".join(first)
        )

    @property
    def index_missing(self) -> bool:
        return all(
            (next(iter(i.values())).get("error") or {}).get("type") == "index_not_found_exception"
            for i in self.errors
        )


def _redact(url: str) -> str:
    """The URL without user, password or path: what error messages may show."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")


def _error_type(e: ApiError) -> str | None:
    body = e.body if isinstance(e.body, dict) else {}
    error = body.get("error")
    return error.get("type") if isinstance(error, dict) else None


def _reason(e: ApiError) -> str:
    body = e.body if isinstance(e.body, dict) else {}
    error = body.get("error")
    if isinstance(error, dict):
        return error.get("reason") or error.get("type") or str(e.message)
    return str(error or e.message)


def _cause(e: TransportError) -> str:
    """The innermost reason of a transport error, e.g. ``[Errno 111] Connection refused``."""
    while getattr(e, "errors", None):
        e = e.errors[-1]
    text = str(getattr(e, "message", None) or e)
    return text.rsplit(": ", 1)[-1] if ": " in text else text
