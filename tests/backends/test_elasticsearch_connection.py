"""Elasticsearch connection settings: URL, CA bundle and API key reaching the client (and
never the logs), the backend's registration, building it from the app's configuration,
and the app answering 503 when the cluster or its CA bundle is unusable.

An API key is checked at a local HTTP server that answers ``_count`` and keeps the request
headers; an unreachable cluster is a closed local port.
"""

import json
import logging
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import certifi
import pytest

from indexers import BACKENDS, backend_class
from indexers import elasticsearch as es
from indexers.base import BackendUnavailable
from tests.backends.conftest import ALIAS, API_KEY, SHARDS, make


# -- connection settings --------------------------------------------------------------------------
def test_configuration_errors_are_clear():
    with pytest.raises(BackendUnavailable, match="SOCIALMAP_ELASTICSEARCH_URL"):
        es.ElasticsearchBackend(url=None)
    with pytest.raises(BackendUnavailable, match="not usable.*port"):
        es.ElasticsearchBackend(url="http://search.example")


@pytest.fixture
def ca_bundle(tmp_path):
    """A CA bundle of our own (certifi's certificates, as a private CA's file would be)."""
    path = tmp_path / "private-ca.pem"
    shutil.copyfile(certifi.where(), path)
    return str(path)


def test_ca_bundle_reaches_the_connections(ca_bundle, caplog):
    backend = es.ElasticsearchBackend(
        url="https://search.example:9200", index=ALIAS, ca_certs=ca_bundle
    )
    (node,) = backend.client.transport.node_pool.all()
    assert node.config.ca_certs == ca_bundle and node.config.verify_certs
    assert node.pool.ca_certs == ca_bundle and node.pool.cert_reqs == "CERT_REQUIRED"
    backend.close()
    with caplog.at_level(logging.WARNING):
        plain = es.ElasticsearchBackend(url="http://search.example:9200", ca_certs=ca_bundle)
    assert "SOCIALMAP_ELASTICSEARCH_CA_CERTS is set but http://search.example:9200" in caplog.text
    (node,) = plain.client.transport.node_pool.all()
    assert node.config.ca_certs is None  # TLS options are for https only
    plain.close()


def test_unusable_ca_bundle_is_a_clear_error(tmp_path):
    missing = tmp_path / "missing.pem"
    with pytest.raises(BackendUnavailable) as e:
        es.ElasticsearchBackend(url="https://search.example:9200", ca_certs=str(missing))
    assert str(e.value) == (
        f"SOCIALMAP_ELASTICSEARCH_CA_CERTS ({missing}) is not a usable CA bundle: "
        "No such file or directory"
    )
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("not a certificate\n")
    with pytest.raises(
        BackendUnavailable, match=r"SOCIALMAP_ELASTICSEARCH_CA_CERTS \(.*ca\.pem\) is not a usable"
    ):
        es.ElasticsearchBackend(url="https://search.example:9200", ca_certs=str(not_pem))


def test_api_key_becomes_the_authorization_header():
    backend = es.ElasticsearchBackend(url="https://search.example:9200", api_key=API_KEY)
    assert backend.client._headers["authorization"] == f"ApiKey {API_KEY}"
    backend.close()


# -- registry and configuration -----------------------------------------------------------------
def test_registered_with_capabilities():
    assert BACKENDS["elasticsearch"] == "indexers.elasticsearch:ElasticsearchBackend"
    cls = backend_class("elasticsearch")
    assert cls is es.ElasticsearchBackend
    assert cls.multi_process and cls.multi_machine
    assert cls.supports_text and cls.supports_vectors and cls.supports_geo


def make_es_app(tmp_path, url: str, **config):
    from api import create_app

    return create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "BACKEND": "elasticsearch",
            "ELASTICSEARCH_URL": url,
            "EMBEDDER": "none",
            **config,
        }
    )


@pytest.fixture
def es_app(tmp_path, closed_port):
    app = make_es_app(tmp_path, f"http://elastic:s3cret@127.0.0.1:{closed_port}", TEXT_WEIGHT=0.6)
    yield app
    app.extensions["socialmap"].close()


@pytest.fixture
def counting_server():
    """A local HTTP server answering ``_count`` as a cluster does; yields its URL and the
    headers of every request it got."""
    headers: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            headers.append({k.lower(): v for k, v in self.headers.items()})
            body = json.dumps({"count": 3, "_shards": SHARDS}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("x-elastic-product", "Elasticsearch")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", headers
    server.shutdown()
    server.server_close()
    thread.join()


def test_services_build_the_backend_from_config(es_app, closed_port):
    from api import services

    with es_app.app_context():
        backend = services.get().backend
    assert isinstance(backend, es.ElasticsearchBackend)
    assert backend.where == f"http://127.0.0.1:{closed_port}"
    assert backend.text_weight == 0.6 and backend.alias == es.DEFAULT_ALIAS


def test_api_key_setting_is_sent_and_never_logged(tmp_path, counting_server, caplog):
    from api import services

    url, headers = counting_server
    app = make_es_app(tmp_path, url, ELASTICSEARCH_API_KEY=API_KEY)
    with caplog.at_level(logging.DEBUG), app.app_context():
        assert services.get().backend.count() == 3
    app.extensions["socialmap"].close()
    (sent,) = headers
    assert sent["authorization"] == f"ApiKey {API_KEY}"
    assert caplog.records and API_KEY not in caplog.text


def test_ca_certs_setting_reaches_the_client(tmp_path, ca_bundle):
    from api import services

    app = make_es_app(tmp_path, "https://search.example:9200", ELASTICSEARCH_CA_CERTS=ca_bundle)
    with app.app_context():
        (node,) = services.get().backend.client.transport.node_pool.all()
    app.extensions["socialmap"].close()
    assert node.config.ca_certs == ca_bundle and node.config.verify_certs


def test_missing_ca_bundle_answers_503_naming_the_setting(tmp_path):
    from api import services

    missing = tmp_path / "missing.pem"
    app = make_es_app(
        tmp_path,
        "https://search.example:9200",
        ELASTICSEARCH_CA_CERTS=str(missing),
        ELASTICSEARCH_API_KEY=API_KEY,
    )
    with app.app_context():
        _, secret = services.get().store.create_token("coach")
        with pytest.raises(BackendUnavailable, match="SOCIALMAP_ELASTICSEARCH_CA_CERTS"):
            services.get().backend  # noqa: B018 - built on first use, as `socialmap serve` does
    response = app.test_client().get(
        "/api/v1/activities?q=wandel", headers={"Authorization": f"Bearer {secret}"}
    )
    app.extensions["socialmap"].close()
    assert response.status_code == 503
    message = response.get_json()["message"]
    assert f"SOCIALMAP_ELASTICSEARCH_CA_CERTS ({missing}) is not a usable CA bundle" in message
    assert API_KEY not in message
    assert "Traceback" not in response.get_data(as_text=True)


def test_unreachable_cluster_answers_503(es_app):
    from api import services

    with es_app.app_context():
        _, secret = services.get().store.create_token("coach")
    client = es_app.test_client()
    response = client.get(
        "/api/v1/activities?q=wandel", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 503
    body = response.get_json()
    assert body["code"] == 503
    assert "cannot be reached" in body["message"] and "s3cret" not in body["message"]
    assert "Traceback" not in response.get_data(as_text=True)


def test_reindex_command_rebuilds_behind_the_alias(es_app, cluster):
    from api import services
    from api.cli import cli

    cluster.on("GET", rf"/_alias/{ALIAS}", (200, {f"{ALIAS}-old": {"aliases": {ALIAS: {}}}}))
    with es_app.app_context():
        services.get()._backend = make(cluster)
    result = es_app.test_cli_runner().invoke(cli, args=["reindex"])
    assert result.exit_code == 0, result.output
    assert "indexed 0 activities" in result.output
    (swap,) = cluster.find(r"/_aliases")
    assert swap.body["actions"][0] == {"remove": {"index": f"{ALIAS}-old", "alias": ALIAS}}
    assert ("DELETE", f"/{ALIAS}-old") in [(r.method, r.path) for r in cluster.requests]
