"""``AliasedIndex``: the index behind its alias, created on first use, written in bulk and
rebuilt behind the alias.

Writes wait until they are searchable (``refresh=wait_for``) and are acknowledged only when
the whole bulk request succeeded; ``rebuild()`` fills a new index and swaps the alias to it
in one ``_aliases`` call.
"""

import hashlib
import logging
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice

import numpy as np
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError, helpers

from indexers.elasticsearch.documents import (
    alias_swap_actions,
    decode_vector,
    delete_action,
    document_body,
    index_action,
)
from indexers.elasticsearch.errors import IndexingFailed, _error_type, client_errors
from indexers.elasticsearch.mapping import index_mappings, index_meta, index_settings
from matcher import activity as act

log = logging.getLogger(__name__)

EMBED_BATCH = 256
BULK_CHUNK = 500


class AliasedIndex:
    """The index an alias names, and whether its vectors fit the embedder.

    ``ready()`` creates the index on first use and notices an index built with another
    embedder (``vectors_ok`` is then false until a rebuild); the writes embed only the
    documents whose text changed.
    """

    def __init__(
        self,
        client: Elasticsearch,
        alias: str,
        embedder=None,
        where: str = "the configured cluster",
        refresh_writes: bool = True,
        replicas: int | None = None,
        vector_index_type: str = "flat",
    ):
        self.client = client
        self.alias = alias
        self.embedder = embedder
        self.where = where
        self.refresh_writes = refresh_writes
        self.replicas = replicas
        self.vector_index_type = vector_index_type
        self.vectors_ok = embedder is not None
        self._lock = threading.RLock()
        self._checked = False

    def _calls(self, doing: str):
        """Turn the client's errors into ``BackendUnavailable`` with a message people read."""
        return client_errors(self.where, doing)

    # -- the index and its alias -----------------------------------------------------------
    def _new_index_name(self) -> str:
        return f"{self.alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"

    def _create(self, name: str, aliases: dict | None = None) -> None:
        body = {
            "index": name,
            "settings": index_settings(self.replicas),
            "mappings": index_mappings(self.embedder, self.vector_index_type),
        }
        if aliases:
            body["aliases"] = aliases
        self.client.indices.create(**body)

    def ready(self) -> None:
        """Create the index on first use; notice an index built with another embedder."""
        if self._checked:
            return
        with self._lock, self._calls("checking the index"):
            if self._checked:
                return
            try:
                found = self.client.indices.get_mapping(index=self.alias)
                meta = next(iter(dict(found).values()), {}).get("mappings", {}).get("_meta", {})
            except NotFoundError:
                try:  # a fixed first name: processes starting together create it once
                    self._create(f"{self.alias}-initial", {self.alias: {}})
                except ApiError as e:
                    if _error_type(e) != "resource_already_exists_exception":
                        raise
                meta = index_meta(self.embedder)
            wanted = index_meta(self.embedder)
            self.vectors_ok = (
                self.embedder is not None
                and meta.get("embedder") == wanted["embedder"]
                and meta.get("dims") == wanted["dims"]
            )
            if meta != wanted:
                log.warning(
                    "the search index %s was built with %s, not %s: vectors are off until "
                    "`socialmap reindex` rebuilds it",
                    self.alias,
                    meta,
                    wanted,
                )
            self._checked = True

    def forget(self) -> None:
        """Check the index again before the next use (it was deleted under us)."""
        with self._lock:
            self._checked = False

    def _indices_behind_alias(self) -> list[str]:
        try:
            return sorted(dict(self.client.indices.get_alias(name=self.alias)))
        except NotFoundError:
            return []

    # -- documents and their vectors -------------------------------------------------------
    def text_hash(self, doc: dict) -> str:
        """What the stored vector was made from: the embedder and the listing's text."""
        name = self.embedder.name if self.embedder else "none"
        return hashlib.sha1(f"{name}\n{act.search_text(doc)}".encode()).hexdigest()

    def _known_vectors(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """The text hash and vector the live index holds for these ids."""
        try:
            found = self.client.mget(
                index=self.alias, ids=ids, source_includes=["text_hash", "vector"]
            )
        except NotFoundError:
            return {}
        out = {}
        for d in found["docs"]:
            src = d.get("_source") or {}
            if d.get("found") and src.get("text_hash") and src.get("vector"):
                out[d["_id"]] = (src["text_hash"], src["vector"])
        return out

    def _bodies(self, documents: list[dict], with_vectors: bool) -> tuple[list[dict], int]:
        """Index bodies for a chunk; only documents whose text changed are embedded."""
        if not with_vectors:
            return [document_body(d) for d in documents], 0
        hashes = {d["id"]: self.text_hash(d) for d in documents}
        known = self._known_vectors(list(hashes))
        todo = [d for d in documents if known.get(d["id"], ("",))[0] != hashes[d["id"]]]
        vectors: dict[str, np.ndarray] = {
            i: decode_vector(v) for i, (h, v) in known.items() if h == hashes.get(i)
        }
        for i in range(0, len(todo), EMBED_BATCH):
            batch = todo[i : i + EMBED_BATCH]
            encoded = self.embedder.encode([act.search_text(d) for d in batch])
            for d, v in zip(batch, encoded, strict=True):
                vectors[d["id"]] = np.asarray(v, dtype=np.float32)
        bodies = []
        for d in documents:
            v = vectors.get(d["id"])
            usable = v is not None and float(np.linalg.norm(v)) > 0  # cosine rejects zeros
            bodies.append(document_body(d, v if usable else None, hashes[d["id"]]))
        return bodies, len(todo)

    # -- writing -------------------------------------------------------------------------
    def _bulk(self, actions: Iterable[dict], progress=None, **kwargs) -> int:
        """Send actions; every item must succeed (missing deletes excepted). ``progress(n)``
        hears how many were written."""
        done = 0
        try:
            for ok, _item in helpers.streaming_bulk(
                self.client,
                actions,
                chunk_size=BULK_CHUNK,
                raise_on_error=True,
                max_retries=2,
                **kwargs,
            ):
                done += ok
        except helpers.BulkIndexError as e:
            raise IndexingFailed(e.errors) from e
        if progress and done:
            progress(done)
        return done

    def write(self, documents: list[dict], progress=None) -> int:
        """Add or replace documents; returns how many were (re)embedded."""
        documents = list(documents)
        if not documents:
            return 0
        self.ready()
        extra = {"refresh": "wait_for"} if self.refresh_writes else {}
        embedded = 0
        with self._calls("indexing"):
            for chunk in _chunks(documents, BULK_CHUNK):
                bodies, n = self._bodies(chunk, self.vectors_ok)
                embedded += n
                for attempt in (1, 2):
                    actions = (index_action(b, self.alias) for b in bodies)
                    try:
                        self._bulk(actions, progress, require_alias=True, **extra)
                        break
                    except IndexingFailed as e:
                        if attempt == 2 or not e.index_missing:
                            raise
                        self.forget()  # deleted under us: create it, write again
                        self.ready()
        return embedded

    def delete(self, ids: list[str]) -> None:
        if not ids:
            return
        extra = {"refresh": "wait_for"} if self.refresh_writes else {}
        with self._calls("deleting"):
            self._bulk(
                (delete_action(i, self.alias) for i in ids),
                require_alias=True,
                ignore_status=(404,),
                **extra,
            )

    def rebuild(self, documents: Iterable[dict], progress=None) -> int:
        """Index everything into a new index, then swap the alias to it in one step.

        Searches see the old index until the swap; the old index is deleted afterwards.
        Vectors of unchanged texts are taken from the live index. Returns how many
        documents were embedded.
        """
        new = self._new_index_name()
        embedded = 0
        with self._calls("rebuilding the index"):
            self._create(new)
            try:
                with_vectors = self.embedder is not None
                for chunk in _chunks(documents, BULK_CHUNK):
                    bodies, n = self._bodies(chunk, with_vectors)
                    embedded += n
                    self._bulk((index_action(b, new) for b in bodies), progress)
                self.client.indices.refresh(index=new)
                old = self._indices_behind_alias()
                self.client.indices.update_aliases(actions=alias_swap_actions(self.alias, new, old))
            except BaseException:
                try:  # leave no half-built index behind
                    self.client.indices.delete(index=new, ignore_unavailable=True)
                except (ApiError, TransportError):
                    log.warning("could not delete the unfinished index %s", new)
                raise
            for name in old:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        with self._lock:
            self._checked, self.vectors_ok = True, self.embedder is not None
        return embedded

    def refresh(self) -> None:
        with self._calls("refreshing"):
            try:
                self.client.indices.refresh(index=self.alias)
            except NotFoundError:
                self.forget()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
