"""Shared by the engine-free Elasticsearch tests (test_elasticsearch_*.py): constants, a tiny
embedder, and the recorded-response cluster.

``Cluster`` builds a client whose node is an ``elastic_transport`` node class that answers
from tests/backends/es_recorded/ (bodies in the shape Elasticsearch 8/9 answers), from a
fixed (status, body), or from a small function such as ``bulk_ok`` for bulk requests; it
keeps every request. ``closed_port`` stands for an unreachable cluster.
"""

import hashlib
import json
import re
import socket
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import numpy as np
import pytest
from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport._node import NodeApiResponse
from elasticsearch import Elasticsearch

from indexers import elasticsearch as es
from tests.backends.fixture_data import DOCS

RECORDED = Path(__file__).parent / "es_recorded"
ALIAS = "socialmap-test"
TODAY = date(2026, 1, 15)
BY_ID = {d["id"]: d for d in DOCS}
SHARDS = {"total": 1, "successful": 1, "skipped": 0, "failed": 0}
API_KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="  # not a real one
ACTIVE = {"term": {"status": "active"}}  # the filter of every search by default


def recorded(name: str) -> dict:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


class TinyEmbedder:
    """Deterministic unit vectors from a hash of the text (4 dimensions); counts its texts."""

    name = "tiny-test"
    dim = 4

    def __init__(self):
        self.texts = 0

    def encode(self, texts):
        self.texts += len(texts)
        out = []
        for t in texts:
            raw = hashlib.sha256(t.encode()).digest()[:4]
            v = np.array([b + 1 for b in raw], dtype=np.float32)
            out.append(v / np.linalg.norm(v))
        return np.array(out, dtype=np.float32).reshape(len(texts), self.dim)


# -- the recorded-response node ------------------------------------------------------------
@dataclass
class Request:
    method: str
    path: str
    params: dict
    body: object

    def ndjson(self) -> list[dict]:
        return self.body if isinstance(self.body, list) else [self.body]


def _decode(body: bytes | None):
    if not body:
        return None
    text = body.decode()
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    return lines[0] if len(lines) == 1 and not text.endswith("\n") else lines


def bulk_ok(request: Request) -> tuple[int, dict]:
    """What Elasticsearch answers to a bulk request that fully succeeds."""
    items, lines = [], request.ndjson()
    i = 0
    while i < len(lines):
        ((op, meta),) = lines[i].items()
        i += 1 if op == "delete" else 2
        status = 200 if op == "delete" else 201
        result = "deleted" if op == "delete" else "created"
        items.append(
            {op: {"_index": meta["_index"], "_id": meta["_id"], "status": status, "result": result}}
        )
    return 200, {"errors": False, "took": 1, "items": items}


class Cluster:
    """Routes (method, path pattern) to recorded answers and records every request."""

    def __init__(self):
        self.requests: list[Request] = []
        self.routes: list[tuple[str, re.Pattern, object]] = []

    def on(self, methods: str, pattern: str, answer) -> "Cluster":
        """``answer``: (status, body), a recorded file name (status from the file), or a
        function of the request; later routes win."""
        self.routes.insert(0, (methods, re.compile(pattern + r"$"), answer))
        return self

    def answer(self, request: Request) -> tuple[int, object]:
        for methods, pattern, answer in self.routes:
            if request.method in methods.split("|") and pattern.match(request.path):
                if callable(answer):
                    return answer(request)
                if isinstance(answer, str):
                    body = recorded(answer)
                    return int(body.get("status", 200 if body.get("found", True) else 404)), body
                return answer
        raise AssertionError(f"no recorded answer for {request.method} {request.path}")

    def client(self) -> Elasticsearch:
        cluster = self

        class RecordedNode(BaseNode):
            def perform_request(self, method, target, body=None, headers=None, **kw):
                parts = urlsplit(target)
                request = Request(method, parts.path, dict(parse_qsl(parts.query)), _decode(body))
                cluster.requests.append(request)
                status, payload = cluster.answer(request)
                meta = ApiResponseMeta(
                    status=status,
                    http_version="1.1",
                    headers=HttpHeaders(
                        {"content-type": "application/json", "x-elastic-product": "Elasticsearch"}
                    ),
                    duration=0.0,
                    node=self.config,
                )
                return NodeApiResponse(meta, json.dumps(payload).encode())

        return Elasticsearch("http://recorded.invalid:9200", node_class=RecordedNode, max_retries=0)

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method is None or r.method == method]

    def find(self, pattern: str) -> list[Request]:
        return [r for r in self.requests if re.fullmatch(pattern, r.path)]


def existing_index(embedder=None, name=f"{ALIAS}-initial"):
    return 200, {name: {"mappings": es.index_mappings(embedder)}}


@pytest.fixture
def cluster():
    c = Cluster()
    c.on("GET", rf"/{ALIAS}/_mapping", existing_index(TinyEmbedder()))
    c.on("PUT|POST", r"/_bulk", bulk_ok)
    c.on(
        "POST|GET",
        rf"/{ALIAS}/_mget",
        lambda r: (
            200,
            {
                "docs": [
                    {"_index": f"{ALIAS}-initial", "_id": i, "found": False} for i in r.body["ids"]
                ]
            },
        ),
    )
    c.on("PUT", rf"/{ALIAS}-\w+", lambda r: (200, {"acknowledged": True, "index": r.path[1:]}))
    c.on("POST|GET", rf"/{ALIAS}[-\w]*/_refresh", (200, {"_shards": {"total": 1}}))
    c.on("POST|PUT", r"/_aliases", (200, {"acknowledged": True}))
    c.on("DELETE", rf"/{ALIAS}-\w+", (200, {"acknowledged": True}))
    return c


def make(cluster, embedder=None, **kw):
    return es.ElasticsearchBackend(embedder=embedder, client=cluster.client(), index=ALIAS, **kw)


@pytest.fixture
def closed_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port
