"""What coaches see on a listing besides the listing: "gemeld als mogelijk onjuist"."""

from api import services


def mark_reported(items: list[dict], key=None) -> list[dict]:
    """Set ``reported`` on each presented activity (``key`` finds it inside an item)."""
    get = key or (lambda item: item)
    ids = [get(item)["id"] for item in items]
    reported = services.get().reports.open_for(ids)
    for item in items:
        get(item)["reported"] = get(item)["id"] in reported
    return items
