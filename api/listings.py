"""Listing upkeep: every write lands in the store first, then in the search index.

Views call these functions; they hold no HTTP details beyond raising ``ValidationError``
with field messages.
"""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from marshmallow import ValidationError

from api import services
from api.activities.schemas import ImportedActivitySchema
from api.store import StoredActivity
from api.upkeep import duplicates
from matcher.hsds import ProfileError, from_hsds
from matcher.places import UnknownPlace, normalize_postal_code

IMPORT_BATCH = 500


def resolve_place(doc: dict, strict: bool = True) -> list[str]:
    """Fill in coordinates of an in-person venue from its postal code or address.

    Strict (API writes): an unknown postal code is a field error. Lenient (imports): the
    activity is kept without coordinates and a warning says so.
    """
    loc = doc.get("location")
    if doc.get("delivery") != "in_person" or not loc or loc.get("latitude") is not None:
        return []
    svc = services.get()
    if loc.get("postal_code"):
        try:
            point = svc.gazetteer.lookup(loc["postal_code"])
        except UnknownPlace:
            if strict:
                raise ValidationError(
                    {
                        "location": {
                            "postal_code": [
                                f"Unknown postal code {loc['postal_code']}: give coordinates, "
                                "or add the "
                                "code to a gazetteer file (SOCIALMAP_GAZETTEER)."
                            ]
                        }
                    }
                ) from None
        else:
            loc["latitude"], loc["longitude"] = point.latitude, point.longitude
            return []
    address = ", ".join(
        p for p in (loc.get("address"), loc.get("postal_code"), loc.get("city")) if p
    )
    if address:
        try:
            point = svc.geocoder.lookup(address)
            loc["latitude"], loc["longitude"] = point.latitude, point.longitude
            return []
        except UnknownPlace:
            pass
    if strict:
        raise ValidationError(
            {
                "location": [
                    "The venue could not be placed: give coordinates or a known postal code."
                ]
            }
        )
    return ["location: no coordinates could be found; not found in searches by distance"]


def _index(stored: list[StoredActivity]) -> None:
    services.get().backend.index([s.public() for s in stored])


def create(doc: dict, actor: str) -> StoredActivity:
    doc.setdefault("id", str(uuid.uuid4()))
    resolve_place(doc)
    stored = services.get().store.create(doc, actor)
    _index([stored])
    duplicates.detect([stored.public()])  # the admin sees a likely duplicate
    return stored


def replace(
    doc: dict, actor: str, expected_version: int | None, action: str = "update"
) -> StoredActivity:
    resolve_place(doc)
    stored = services.get().store.replace(doc, actor, expected_version, action)
    _index([stored])
    return stored


def delete(activity_id: str, actor: str, expected_version: int | None) -> None:
    services.get().store.delete(activity_id, actor, expected_version)
    services.get().backend.delete([activity_id])
    services.get().reports.forget_listing(activity_id)


def confirm(current: StoredActivity, actor: str, expected_version: int | None) -> StoredActivity:
    """The provider says the listing is still current: ``assured_date`` becomes today."""
    doc = {**current.doc, "assured_date": date.today().isoformat()}
    return replace(doc, actor, expected_version, action="confirm")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)  # likely duplicates, for the admin

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged

    def as_dict(self) -> dict:
        return {
            "imported": self.imported,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "warnings": self.warnings,
            "duplicates": self.duplicates,
        }


def _prepare(record, organization_id: str | None, aliases: dict) -> tuple[dict, list[str]]:
    """One HSDS record -> a validated activity; raises ValidationError."""
    try:
        doc, warnings = from_hsds(record)
    except ProfileError as e:
        raise ValidationError(e.errors) from None
    merged = aliases.get(doc["id"])
    if merged:  # merged into another listing by the admin: that one is updated
        warnings.append(f"id {doc['id']} was merged into {merged}: {merged} is updated")
        doc["id"] = merged
    loc = doc.get("location") or {}
    if loc.get("postal_code"):
        try:
            normalize_postal_code(loc["postal_code"])
        except ValueError:
            warnings.append(
                f"location: {loc['postal_code']!r} is not a Dutch postal code; kept in the address"
            )
            loc["address"] = ", ".join(p for p in (loc.get("address"), loc["postal_code"]) if p)
            loc["postal_code"] = None
    if organization_id is not None:
        existing = services.get().store.get(doc["id"])
        if existing is not None and existing.doc["organization"]["id"] != organization_id:
            raise ValidationError(
                {"id": ["An activity with this id belongs to another organisation."]}
            )
    if organization_id is not None and doc["organization"]["id"] != organization_id:
        raise ValidationError(
            {
                "organization": [
                    "A provider token may only import activities of organisation "
                    f"{organization_id}."
                ]
            }
        )
    doc = ImportedActivitySchema().load(doc)
    if doc["delivery"] == "in_person" and not doc.get("location"):
        warnings.append("no venue: not found in searches by distance")
    warnings += resolve_place(doc, strict=False)
    return doc, warnings


def import_records(
    records: Iterable,
    actor: str,
    organization_id: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import HSDS service records; valid ones land even when others are rejected."""
    report = ImportReport()
    batch: list[dict] = []
    aliases = duplicates.merged_map()  # ids the admin merged away -> the listing kept
    created: list[dict] = []  # new listings, checked for duplicates unless there are many

    def flush():
        if not batch:
            return
        results = services.get().store.upsert_many(batch, actor)
        for outcome, _ in results:
            setattr(report, outcome, getattr(report, outcome) + 1)
        _index([s for outcome, s in results if outcome != "unchanged"])
        if len(created) <= duplicates.DETECT_PER_IMPORT:
            created.extend(s.public() for outcome, s in results if outcome == "created")
        if progress:
            progress(len(batch))
        batch.clear()

    for n, record in enumerate(records):
        rid = record.get("id") if isinstance(record, dict) else None
        try:
            doc, warnings = _prepare(record, organization_id, aliases)
        except ValidationError as e:
            report.rejected.append({"id": rid, "index": n, "errors": e.normalized_messages()})
            if progress:
                progress(1)
            continue
        if warnings:
            report.warnings.append({"id": rid, "warnings": warnings})
        batch.append(doc)
        if len(batch) >= IMPORT_BATCH:
            flush()
    flush()
    if created and len(created) <= duplicates.DETECT_PER_IMPORT:
        report.duplicates = duplicates.detect(created)
    return report
