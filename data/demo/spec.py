"""Compact constructors for the hand-written content modules.

``V(...)`` describes a venue, ``A(...)`` an activity. ``hsds.py`` turns them into
HSDS 3.0 records. Short codes keep the content modules readable:

Accessibility (venues): W wheelchair, T accessible_toilet, H hearing_loop, S step_free,
G guide_dog_welcome, D dementia_friendly, P parking, O public_transport.

Categories (activities), space separated: sport nature cook creative relax vol contact other.

Low-threshold features (activities): w walk_in, b buddy_available, p plain_language,
a come_alone_welcome.

Schedules: ``"TU 10:00-11:30"``; several separated by ``;``. ``MO,WE`` for several days,
``TH/2`` for every other week, ``@2026-04-01..2026-10-31`` for a season, and ``#text``
for an own schedule description.

Costs: ``None`` (free, no cost option), ``"0"`` (free, amount 0), ``"s3.5"`` per session,
``"m12"`` per month, ``"y25"`` per year, ``"o7.5"`` once.

Ages: ``"18"`` (18 and older), ``"16-27"``, ``"-17"`` (up to 17).

Venue: a key of ``venues.VENUES``; ``"online:<key>"`` for a virtual location of
``venues.ONLINE``; ``"home"`` for an activity at the client's home.
"""

ACCESS_CODES = {
    "W": "wheelchair",
    "T": "accessible_toilet",
    "H": "hearing_loop",
    "S": "step_free",
    "G": "guide_dog_welcome",
    "D": "dementia_friendly",
    "P": "parking",
    "O": "public_transport",
}

CATEGORY_CODES = {
    "sport": "sport_movement",
    "nature": "nature",
    "cook": "cooking_food",
    "creative": "creative_cultural",
    "relax": "relaxation_meaning",
    "vol": "volunteering",
    "contact": "contact_meeting",
    "other": "other",
}

FEATURE_CODES = {
    "w": "walk_in",
    "b": "buddy_available",
    "p": "plain_language",
    "a": "come_alone_welcome",
}


def V(key, kern, north_m, east_m, name, street, org, access, description, transport, *notes):
    """A physical venue ``north_m``/``east_m`` metres from the centre of its kern."""
    unknown = set(access) - set(ACCESS_CODES)
    if unknown:
        raise ValueError(f"venue {key}: unknown accessibility codes {unknown}")
    return {
        "key": key,
        "kern": kern,
        "offset": (north_m, east_m),
        "name": name,
        "street": street,
        "org": org,
        "access": [ACCESS_CODES[c] for c in access],
        "description": description,
        "transportation": transport,
        "notes": list(notes),
    }


def A(
    name,
    org,
    venue,
    cats,
    sched,
    desc,
    *,
    f="",
    k=None,
    lang="nl",
    age=None,
    fee=None,
    apply=None,
    ad=None,
    status=None,
    alert=None,
    elig=None,
    wait=None,
):
    """An activity; see the module docstring for the short codes."""
    categories = []
    for c in cats.split():
        if c not in CATEGORY_CODES:
            raise ValueError(f"{name}: unknown category {c!r}")
        categories.append(CATEGORY_CODES[c])
    for c in f:
        if c not in FEATURE_CODES:
            raise ValueError(f"{name}: unknown feature code {c!r}")
    return {
        "name": name,
        "org": org,
        "venue": venue,
        "categories": categories,
        "schedule": sched,
        "description": " ".join(desc.split()),
        "features": [FEATURE_CODES[c] for c in f],
        "cost": k,
        "languages": lang.split(),
        "ages": age,
        "fees_description": fee,
        "application_process": apply,
        "assured_date": ad,
        "status": status or "active",
        "alert": alert,
        "eligibility_description": elig,
        "wait_time": wait,
    }
