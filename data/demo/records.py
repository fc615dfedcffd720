"""Assemble one HSDS 3.0 service record from a compact activity entry (see ``spec.py``)."""

import hsds
from organisations import ORGANISATIONS, email, website
from places import MUNICIPALITY

_WALK_IN = [
    "Aanmelden is niet nodig; loop gerust binnen.",
    "Je kunt zonder aanmelding binnenlopen.",
    "Kom gewoon langs; aanmelden hoeft niet.",
    "Vrije inloop: je bent welkom zonder afspraak.",
]
_REGISTER = [
    "Aanmelden via {email} of via je welzijnscoach.",
    "Meld je aan via de website of mail naar {email}.",
    "Stuur een mail naar {email}; we nemen dan contact met je op.",
    "Aanmelden bij {org} via {email}. Je mag eerst een keer komen kijken.",
]


def build(
    entry: dict, venues: dict, online: dict, assured_date: str, modified_time: str, pick
) -> dict:
    """One service record. ``pick(list)`` chooses a text variant deterministically."""
    sid = hsds.uid("service", entry["name"])
    org_key = entry["org"]
    rec = {
        "id": sid,
        "name": entry["name"],
        "organization_id": hsds.uid("organization", org_key),
        "organization": hsds.organization(org_key),
        "description": entry["description"],
        "url": website(org_key) + hsds.slug(entry["name"]),
        "email": email(org_key),
        "status": entry["status"],
    }
    if entry["alert"]:
        rec["alert"] = entry["alert"]
    lo, hi, elig = hsds.ages(entry["ages"])
    if lo is not None:
        rec["minimum_age"] = lo
    if hi is not None:
        rec["maximum_age"] = hi
    if entry["eligibility_description"] or elig:
        rec["eligibility_description"] = entry["eligibility_description"] or elig
    cost_options, fee = hsds.cost(sid, entry["cost"])
    rec["fees_description"] = entry["fees_description"] or fee
    features = entry["features"]
    venue = entry["venue"]
    if entry["application_process"]:
        rec["application_process"] = entry["application_process"]
    elif "walk_in" in features:
        rec["application_process"] = pick(_WALK_IN)
    else:
        rec["application_process"] = pick(_REGISTER).format(
            email=email(org_key), org=ORGANISATIONS[org_key][0]
        )
    if entry["wait_time"]:
        rec["wait_time"] = entry["wait_time"]
    rec["assured_date"] = assured_date
    rec["last_modified"] = f"{assured_date}T{modified_time}:00Z"

    attrs = [hsds.attribute(sid, "service", "wor-categorie", c) for c in entry["categories"]]
    attrs += [hsds.attribute(sid, "service", "drempel", c) for c in features]
    if venue == "home":
        attrs.append(hsds.attribute(sid, "service", "levering", "at_home"))
    rec["attributes"] = attrs

    langs = []
    for code in entry["languages"]:
        name, note = hsds.LANGUAGES[code]
        lang = {
            "id": hsds.uid("language", sid, code),
            "service_id": sid,
            "name": name,
            "code": code,
        }
        if note:
            lang["note"] = note
        langs.append(lang)
    rec["languages"] = langs
    if cost_options:
        rec["cost_options"] = cost_options
    is_online = venue.startswith("online:")
    rec["schedules"] = hsds.schedules(sid, entry["schedule"], is_online)

    if venue == "home":
        rec["service_areas"] = [
            {
                "id": hsds.uid("service_area", sid),
                "service_id": sid,
                "name": MUNICIPALITY["name"],
                "description": MUNICIPALITY["code"],
            }
        ]
    else:
        if is_online:
            key = venue.split(":", 1)[1]
            location = hsds.virtual_location(key, online[key])
        else:
            location = hsds.physical_location(venues[venue])
        rec["service_at_locations"] = [
            {
                "id": hsds.uid("service_at_location", sid, location["id"]),
                "service_id": sid,
                "location_id": location["id"],
                "location": location,
            }
        ]
    return rec
