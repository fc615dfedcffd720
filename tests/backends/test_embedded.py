"""The shared backend suite against the embedded backend (always runs)."""

import pytest

from indexers.embedded import EmbeddedBackend
from indexers.embedders import load_embedder
from tests.backends.suite import BackendBehaviour, PersistentBackendBehaviour


class TestEmbeddedBackend(BackendBehaviour, PersistentBackendBehaviour):
    @pytest.fixture
    def make_backend(self):
        return lambda path: EmbeddedBackend(embedder=load_embedder("use-multilingual"), path=path)


class TestEmbeddedBackendWithoutEmbedder(BackendBehaviour):
    """Text, geo and filters work with vectors switched off (SOCIALMAP_EMBEDDER=none)."""

    @pytest.fixture
    def make_backend(self):
        return lambda path: EmbeddedBackend(embedder=None, path=path)
