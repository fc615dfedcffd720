"""The app's resources (store, search backend, places), bound in ``init_app`` and created
lazily per process, so that forked gunicorn workers each open their own files."""

import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, current_app

from api.account_store import AccountStore
from api.outbox import Outbox
from api.referral_store import ReferralStore
from api.store import Store
from api.trajectory_store import TrajectoryStore
from api.upkeep.reports import ReportStore
from indexers import SearchBackend, backend_class
from indexers.embedders import load_embedder
from matcher.areas import Area, AreaIndex
from matcher.needs import MATCHING_FILE, load_settings
from matcher.places import BUNDLED_GAZETTEERS, Gazetteer, Geocoder
from matcher.ranker import RANKER_FILE, Ranker, load_ranker

log = logging.getLogger(__name__)
AREAS_RECHECK_SECONDS = 5.0  # how soon areas imported by another process are used


@dataclass
class Services:
    config: dict
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _store: Store | None = None
    _referrals: ReferralStore | None = None
    _outbox: Outbox | None = None
    _reports: ReportStore | None = None
    _trajectories: TrajectoryStore | None = None
    _accounts: AccountStore | None = None
    _backend: SearchBackend | None = None
    _gazetteer: Gazetteer | None = None
    _geocoder: Geocoder | None = None
    _area_index: AreaIndex | None = None
    _area_version: tuple | None = None
    _area_writes: int = -1
    _area_checked: float = 0.0

    @property
    def data_dir(self) -> Path:
        return Path(self.config["DATA_DIR"])

    @property
    def store(self) -> Store:
        with self._lock:
            if self._store is None:
                self.data_dir.mkdir(parents=True, exist_ok=True)
                url = (
                    self.config.get("DATABASE_URL")
                    or f"sqlite:///{self.data_dir / 'socialmap.sqlite'}"
                )
                self._store = Store(url)
            return self._store

    @property
    def referrals(self) -> ReferralStore:
        store = self.store
        with self._lock:
            if self._referrals is None or self._referrals.engine is not store.engine:
                self._referrals = ReferralStore(store.engine)
            return self._referrals

    @property
    def reports(self) -> ReportStore:
        """Reports of wrong listings ("Klopt dit niet?")."""
        store = self.store
        with self._lock:
            if self._reports is None or self._reports.engine is not store.engine:
                self._reports = ReportStore(store.engine)
            return self._reports

    @property
    def accounts(self) -> AccountStore:
        """People: accounts, their links and sessions, failed sign-ins."""
        store = self.store
        with self._lock:
            if self._accounts is None or self._accounts.engine is not store.engine:
                self._accounts = AccountStore(store.engine)
            return self._accounts

    @property
    def outbox(self) -> Outbox:
        """Outgoing mail: queued in the store, sent over ``SOCIALMAP_SMTP_URL``."""
        store = self.store
        with self._lock:
            if self._outbox is None or self._outbox.engine is not store.engine:
                self._outbox = Outbox(
                    store.engine,
                    smtp_url=self.config.get("SMTP_URL") or None,
                    sender=self.config["MAIL_FROM"],
                )
            return self._outbox

    @property
    def trajectories(self) -> TrajectoryStore:
        store = self.store
        with self._lock:
            if self._trajectories is None or self._trajectories.engine is not store.engine:
                self._trajectories = TrajectoryStore(store.engine)
            return self._trajectories

    @property
    def backend(self) -> SearchBackend:
        with self._lock:
            if self._backend is None:
                cls = backend_class(self.config["BACKEND"])
                self._backend = cls(
                    embedder=load_embedder(self.config["EMBEDDER"], cache=self.data_dir / "cache"),
                    path=self.data_dir,
                    url=self.config.get("ELASTICSEARCH_URL"),
                    semantic_threshold=float(self.config["SEMANTIC_THRESHOLD"]),
                    text_weight=float(self.config["TEXT_WEIGHT"]),
                    embed_timeout=float(self.config["EMBED_TIMEOUT"]) or None,
                    request_timeout=float(self.config["ELASTICSEARCH_TIMEOUT"]),
                    ca_certs=self.config.get("ELASTICSEARCH_CA_CERTS") or None,
                    api_key=self.config.get("ELASTICSEARCH_API_KEY") or None,
                )
            return self._backend

    @property
    def gazetteer(self) -> Gazetteer:
        with self._lock:
            if self._gazetteer is None:
                extra = [p for p in str(self.config.get("GAZETTEER") or "").split(os.pathsep) if p]
                self._gazetteer = Gazetteer([*BUNDLED_GAZETTEERS, *extra])
            return self._gazetteer

    @property
    def geocoder(self) -> Geocoder:
        with self._lock:
            if self._geocoder is None:
                self._geocoder = Geocoder(
                    self.config.get("GEOCODER"),
                    user_agent=self.config["GEOCODER_USER_AGENT"],
                    min_delay_seconds=float(self.config["GEOCODER_MIN_DELAY"]),
                    **(self.config.get("GEOCODER_OPTIONS") or {}),
                )
            return self._geocoder

    def activity_documents(self):
        """Every listing as the index holds it (the store's documents with versions)."""
        for stored in self.store.iter_activities():
            yield stored.public()

    def matching_settings(self) -> dict:
        """The matcher's weights: a municipality's own file, or the bundled one."""
        return load_settings(self.config.get("MATCHING_FILE") or MATCHING_FILE)

    def ranker(self) -> Ranker:
        """How the matcher combines its signals: a municipality's own fit, or the bundled one."""
        return load_ranker(self.config.get("RANKER_FILE") or RANKER_FILE)

    def area_index(self) -> AreaIndex:
        """The areas' point-in-polygon index, rebuilt when areas were imported: at once when
        this process imported them, within AREAS_RECHECK_SECONDS when another did (asking
        the database at every match cost 2 ms of it)."""
        store = self.store
        with self._lock:
            if (
                self._area_index is not None
                and self._area_writes == store.area_writes
                and time.monotonic() - self._area_checked < AREAS_RECHECK_SECONDS
            ):
                return self._area_index
        writes, version = store.area_writes, store.areas_version()
        with self._lock:
            if self._area_index is None or self._area_version != version:
                self._area_index = AreaIndex([Area(**row) for row in store.areas()])
                self._area_version = version
            self._area_writes, self._area_checked = writes, time.monotonic()
            return self._area_index

    def close(self) -> None:
        with self._lock:
            if self._backend is not None:
                self._backend.close()
            if self._store is not None:
                self._store.close()
            self._backend = self._store = self._referrals = self._outbox = None
            self._reports = self._trajectories = None
            self._accounts = None


def init_app(app: Flask) -> None:
    app.extensions["socialmap"] = Services(app.config)


def get() -> Services:
    return current_app.extensions["socialmap"]


def warm(app: Flask) -> threading.Thread:
    """Load the index and the embedding model in a thread while the server's worker starts
    (both take about a second at 10,000 listings; side by side, on two cores, the first
    request waits for the longer one instead of both in turn). A search that arrives first
    waits on the backend's lock for the build, then uses it."""

    def run() -> None:
        try:
            with app.app_context():
                get().backend.warm()
        except Exception:  # the first request builds it instead, and reports what is wrong
            log.exception("warming the search backend failed")

    thread = threading.Thread(target=run, name="warm", daemon=True)
    thread.start()
    return thread
