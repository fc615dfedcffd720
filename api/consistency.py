"""Does the search index agree with the store? The store is the source of truth.

A write lands in the store first and in the index second; a process killed in between
leaves the index behind. ``check`` lists the drift (listings missing from the index, ids
the store no longer has, listings indexed at an older version) and ``repair`` brings the
index back in line, re-indexing only what differs. ``socialmap check`` runs both, and
``socialmap serve`` repairs at start, so a restart after a crash serves a consistent index.
"""

from dataclasses import dataclass, field

from api.store import Store
from indexers.base import SearchBackend


@dataclass
class Drift:
    missing: list[str] = field(default_factory=list)  # in the store, not in the index
    extra: list[str] = field(default_factory=list)  # in the index, not in the store
    outdated: list[str] = field(default_factory=list)  # indexed at another version

    @property
    def clean(self) -> bool:
        return not (self.missing or self.extra or self.outdated)

    def summary(self) -> str:
        if self.clean:
            return "the index agrees with the store"
        return (
            f"{len(self.missing)} missing from the index, {len(self.extra)} no longer in the "
            f"store, {len(self.outdated)} at an older version"
        )


def check(store: Store, backend: SearchBackend) -> Drift:
    stored = store.versions()
    indexed = backend.ids()
    return Drift(
        missing=sorted(set(stored) - set(indexed)),
        extra=sorted(set(indexed) - set(stored)),
        outdated=sorted(i for i in set(stored) & set(indexed) if stored[i] != indexed[i]),
    )


def repair(store: Store, backend: SearchBackend, drift: Drift, batch: int = 500) -> int:
    """Re-index what differs and drop what the store no longer has; returns the count."""
    if drift.extra:
        backend.delete(drift.extra)
    todo = drift.missing + drift.outdated
    for i in range(0, len(todo), batch):
        backend.index([s.public() for s in store.get_many(todo[i : i + batch])])
    backend.refresh()
    return len(todo) + len(drift.extra)
