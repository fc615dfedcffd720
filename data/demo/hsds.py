"""Turn the compact demo entries (``spec.A`` / ``spec.V``) into HSDS 3.0 service records
of the Dutch profile, shaped like ``shared/examples/dutch_profile_services.json``."""

import datetime as dt
import re
import unicodedata
import uuid

from organisations import ORGANISATIONS, email, website
from places import KERNEN, MUNICIPALITY, nearest_pc4, offset, postal_letters

NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://demo.socialmap.example/meierijstad")


def uid(*parts) -> str:
    return str(uuid.uuid5(NS, ":".join(str(p) for p in parts)))


# Taxonomy terms. The ids are those of the public Dutch-profile examples, so that a term
# has one id wherever it is used; terms the examples lack get an id of our own.
_T = {
    ("wor-categorie", "sport_movement"): (
        "ee26603c-72ef-540c-adb5-fe578ae244cf",
        "Bewegen en sporten",
        "Activiteiten waarbij je in beweging komt.",
    ),
    ("wor-categorie", "nature"): (
        "43572650-c835-5835-92a3-a92d69ccf424",
        "Natuur",
        "Activiteiten in en met de natuur.",
    ),
    ("wor-categorie", "cooking_food"): (
        "0b953028-602d-5b8a-b214-04cb3ceedcd7",
        "Koken en eten",
        "Samen koken, eten of leren over voeding.",
    ),
    ("wor-categorie", "creative_cultural"): (
        "f5b514f4-3d03-5374-82fa-01ba5316791c",
        "Creatieve en culturele activiteiten",
        "Maken, spelen, zingen, kijken en luisteren.",
    ),
    ("wor-categorie", "relaxation_meaning"): (
        "dedc2cb0-7cd7-5de0-b3b7-11dcf27313ea",
        "Ontspannen en zingeving",
        "Tot rust komen en stilstaan bij wat belangrijk is.",
    ),
    ("wor-categorie", "volunteering"): (
        "3f148826-6c2b-5d36-b518-64c981ea0302",
        "Vrijwilligerswerk",
        "Je inzetten voor een ander of voor de buurt.",
    ),
    ("wor-categorie", "contact_meeting"): (
        "866f9eba-c432-5ce0-bd9f-1f7b3b812497",
        "Contact en ontmoeten",
        "Andere mensen ontmoeten en samen dingen doen.",
    ),
    ("wor-categorie", "other"): (
        None,
        "Andere mogelijkheden",
        "Hulp bij geldzaken, opvoeding, praktische zaken en cursussen.",
    ),
    ("drempel", "walk_in"): (
        "37a1d414-1ea3-5d85-a77a-851925f8fcbc",
        "Vrije inloop",
        "Aanmelden is niet nodig; je kunt gewoon binnenlopen.",
    ),
    ("drempel", "come_alone_welcome"): (
        "5a77a3ed-1a04-52f7-9e75-0629e1e8b472",
        "Alleen komen is welkom",
        "Je hoeft niemand mee te nemen; veel mensen komen alleen.",
    ),
    ("drempel", "buddy_available"): (
        "5099d5c1-cb19-55c2-bcd5-19ee2adabdb3",
        "Maatje beschikbaar",
        "Een vrijwilliger kan met je meegaan of je begeleiden.",
    ),
    ("drempel", "plain_language"): (
        "ef6fc126-aba3-57aa-b57d-79ad54ca842d",
        "Eenvoudige taal",
        "Uitleg en communicatie in eenvoudige taal.",
    ),
    ("levering", "at_home"): (
        "730a3ddc-4ff4-506a-8e23-26c8d2cae036",
        "Aan huis",
        "De activiteit komt naar de cliënt toe, bij de cliënt thuis.",
    ),
    ("toegankelijkheid", "wheelchair"): (
        "6147f789-0b91-553f-ac4e-7e97f82969de",
        "Rolstoeltoegankelijk",
        "Het gebouw en de ruimte zijn met een rolstoel te bereiken.",
    ),
    ("toegankelijkheid", "accessible_toilet"): (
        "74c4f659-fa0d-5725-b260-cfa50333d7a2",
        "Aangepast toilet",
        "Er is een toilet voor mensen met een beperking.",
    ),
    ("toegankelijkheid", "hearing_loop"): (
        "eef79ee4-dcb4-58fa-ba37-5842106f776e",
        "Ringleiding",
        "Er is een ringleiding voor mensen met een hoortoestel.",
    ),
    ("toegankelijkheid", "step_free"): (
        "04c1afad-d7c4-57f9-9853-747a283af344",
        "Drempelvrij",
        "Geen trappen of drempels tussen de straat en de ruimte.",
    ),
    ("toegankelijkheid", "guide_dog_welcome"): (
        "8baf8548-2f65-57d3-9a36-00f0ac513a6a",
        "Hulphond welkom",
        "Blindengeleide- en andere hulphonden zijn welkom.",
    ),
    ("toegankelijkheid", "dementia_friendly"): (
        "1294f26b-bc2d-5cda-8a2c-14723ef3833d",
        "Dementievriendelijk",
        "Medewerkers en vrijwilligers weten hoe ze mensen met dementie helpen.",
    ),
    ("toegankelijkheid", "parking"): (
        "d918d43e-75bd-560f-8651-169dc84d0bd9",
        "Parkeren",
        "Parkeerplaatsen bij of vlak bij de ingang.",
    ),
    ("toegankelijkheid", "public_transport"): (
        "eb711216-799d-52fd-a79f-10acfb5a5c1e",
        "Openbaar vervoer",
        "Een bushalte of station op loopafstand.",
    ),
}

LANGUAGES = {
    "nl": ("Nederlands", None),
    "en": ("Engels", "Voertaal is Nederlands; Engels spreken is geen probleem."),
    "ar": ("Arabisch", "Een van de begeleiders spreekt Arabisch."),
    "tr": ("Turks", "Een van de begeleiders spreekt Turks."),
    "pl": ("Pools", "Een van de begeleiders spreekt Pools."),
    "ti": ("Tigrinya", "Een van de vrijwilligers spreekt Tigrinya."),
    "de": ("Duits", "De begeleider spreekt ook Duits."),
}

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DAY_NL = dict(
    zip(
        DAYS,
        ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        strict=True,
    )
)
NUMBER_NL = {3: "drie", 4: "vier", 5: "vijf", 6: "zes", 8: "acht"}
MONTH_NL = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
COST_OPTIONS = {"s": "per_session", "m": "per_month", "y": "per_year", "o": "once"}
COST_TEXT = {
    "per_session": "per keer",
    "per_month": "per maand",
    "per_year": "contributie per jaar",
    "once": "eenmalige bijdrage",
}


def term(taxonomy: str, code: str) -> dict:
    tid, name, description = _T[(taxonomy, code)]
    return {
        "id": tid or uid("term", taxonomy, code),
        "code": code,
        "name": name,
        "description": description,
        "taxonomy": taxonomy,
        "language": "nl",
    }


def attribute(link_id: str, entity: str, taxonomy: str, code: str) -> dict:
    t = term(taxonomy, code)
    return {
        "id": uid("attribute", link_id, taxonomy, code),
        "link_id": link_id,
        "link_entity": entity,
        "taxonomy_term_id": t["id"],
        "taxonomy_term": t,
    }


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def organization(key: str) -> dict:
    name, description, _ = ORGANISATIONS[key]
    return {
        "id": uid("organization", key),
        "name": name,
        "description": description,
        "website": website(key),
        "email": email(key),
    }


def physical_location(v: dict) -> dict:
    loc_id = uid("location", v["key"])
    city, wijk, _, _ = KERNEN[v["kern"]]
    lat, lon = offset(v["kern"], *v["offset"])
    postal = nearest_pc4(lat, lon, wijk) + " " + postal_letters(int(loc_id[:8], 16))
    return {
        "id": loc_id,
        "location_type": "physical",
        "organization_id": uid("organization", v["org"]),
        "name": v["name"],
        "description": v["description"],
        "transportation": v["transportation"],
        "latitude": lat,
        "longitude": lon,
        "addresses": [
            {
                "id": uid("address", v["key"]),
                "location_id": loc_id,
                "address_1": v["street"],
                "city": city,
                "region": MUNICIPALITY["name"],
                "state_province": MUNICIPALITY["province"],
                "postal_code": postal,
                "country": "NL",
                "address_type": "physical",
            }
        ],
        "accessibility": [
            {"id": uid("accessibility", v["key"], i), "location_id": loc_id, "description": n}
            for i, n in enumerate(v["notes"])
        ],
        "attributes": [attribute(loc_id, "location", "toegankelijkheid", c) for c in v["access"]],
    }


def virtual_location(key: str, spec: tuple) -> dict:
    org, name, description, path = spec
    loc_id = uid("location", "online", key)
    return {
        "id": loc_id,
        "location_type": "virtual",
        "organization_id": uid("organization", org),
        "name": name,
        "description": description,
        "url": f"https://meet.{ORGANISATIONS[org][2]}/{path}",
        "attributes": [],
    }


def _hhmm(t: str) -> str:
    return t.replace(":", ".")


def _date_nl(d: str) -> str:
    y, m, day = (int(x) for x in d.split("-"))
    return f"{day} {MONTH_NL[m - 1]} {y}"


def _days_text(days: list[str], part: str | None) -> str:
    names = [DAY_NL[d] for d in days]
    if days == DAYS[:5]:
        return "maandag tot en met vrijdag"
    if len(names) == 1:
        return names[0] + (part or "")
    if len(names) == 2 and part:
        return f"{names[0]}- en {names[1]}{part}"
    return ", ".join(names[:-1]) + " en " + names[-1]


def schedules(service_id: str, text: str, online: bool) -> list[dict]:
    out = []
    for i, chunk in enumerate(p.strip() for p in text.split(";")):
        note = None
        if "#" in chunk:
            chunk, note = (x.strip() for x in chunk.split("#", 1))
        season = None
        if "@" in chunk:
            chunk, season = (x.strip() for x in chunk.split("@", 1))
        dayspec, times = chunk.split()
        interval = 1
        if "/" in dayspec:
            dayspec, iv = dayspec.split("/")
            interval = int(iv)
        days = dayspec.split(",")
        if any(d not in DAYS for d in days):
            raise ValueError(f"bad days in schedule {text!r}")
        opens, closes = times.split("-")
        if not (re.fullmatch(r"\d\d:\d\d", opens) and re.fullmatch(r"\d\d:\d\d", closes)):
            raise ValueError(f"bad times in schedule {text!r}")
        hour = int(opens[:2])
        part = "ochtend" if hour < 12 else "middag" if hour < 18 else "avond"
        s = {
            "id": uid("schedule", service_id, i),
            "service_id": service_id,
            "freq": "WEEKLY",
            "interval": interval,
            "byday": ",".join(days),
        }
        when = _days_text(days, part if interval == 1 else None)
        desc = f"{when[0].upper()}{when[1:]}, {_hhmm(opens)}-{_hhmm(closes)} uur."
        if interval > 1:
            first = dt.date(2026, 1, 5) + dt.timedelta(days=DAYS.index(days[0]))
            s["dtstart"] = first.isoformat()
            every = (
                "Om de week"
                if interval == 2
                else f"Eens per {NUMBER_NL.get(interval, interval)} weken"
            )
            desc = f"{every} op {when}, {_hhmm(opens)}-{_hhmm(closes)} uur."
        if season:
            start, end = season.split("..")
            s["valid_from"], s["valid_to"] = start, end
            desc += f" Van {_date_nl(start)} tot en met {_date_nl(end)}."
        s["opens_at"], s["closes_at"] = opens, closes
        s["description"] = desc + (f" {note}" if note else "")
        if online:
            s["attending_type"] = "Online via videobellen"
        out.append(s)
    return out


def euro(amount: float) -> str:
    if float(amount).is_integer():
        return f"€ {int(amount)}"
    return f"€ {amount:.2f}".replace(".", ",")


def cost(service_id: str, code: str | None) -> tuple[list[dict], str]:
    """(cost_options, default fees_description) for a cost short code."""
    if code is None:
        return [], "Gratis."
    if code == "0":
        return [
            {
                "id": uid("cost", service_id),
                "service_id": service_id,
                "option": "per_session",
                "amount": 0,
                "currency": "EUR",
                "amount_description": "gratis",
            }
        ], "Gratis."
    option = COST_OPTIONS[code[0]]
    amount = float(code[1:])
    amount = int(amount) if amount.is_integer() else amount
    fee = {
        "per_session": f"{euro(amount)} per keer.",
        "per_month": f"{euro(amount)} per maand.",
        "per_year": f"{euro(amount)} per jaar (contributie).",
        "once": f"Eenmalig {euro(amount)}.",
    }[option]
    return [
        {
            "id": uid("cost", service_id),
            "service_id": service_id,
            "option": option,
            "amount": amount,
            "currency": "EUR",
            "amount_description": COST_TEXT[option],
        }
    ], fee


def ages(code: str | None) -> tuple[int | None, int | None, str | None]:
    if not code:
        return None, None, None
    lo, _, hi = code.partition("-")
    lo = int(lo) if lo else None
    hi = int(hi) if hi else None
    if lo is not None and hi is not None:
        return lo, hi, f"Van {lo} tot en met {hi} jaar."
    if lo is not None:
        return lo, None, f"Vanaf {lo} jaar."
    return None, hi, f"Tot en met {hi} jaar."
