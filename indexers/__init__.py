"""Search backends behind one contract (base.SearchBackend), loaded by name from config."""

from indexers.base import Hit, SearchBackend, SearchQuery, SearchResults

BACKENDS = {
    "embedded": "indexers.embedded:EmbeddedBackend",
    "elasticsearch": "indexers.elasticsearch:ElasticsearchBackend",
}


def backend_class(name: str) -> type[SearchBackend]:
    """The backend class registered under ``name`` (``embedded`` by default)."""
    try:
        module_name, cls_name = BACKENDS[name].split(":")
    except KeyError:
        known = ", ".join(BACKENDS)
        raise ValueError(f"unknown search backend {name!r}; one of: {known}") from None
    import importlib

    return getattr(importlib.import_module(module_name), cls_name)


__all__ = ["Hit", "SearchBackend", "SearchQuery", "SearchResults", "backend_class"]
