#!/usr/bin/env python3
"""Fictional sociale kaart of Gemeente Deventer (GM0150) as HSDS 3.0 service records.

Python standard library only. Writes catalog.json, catalog_summary.md and README.md next to
this file and asserts the designed coverage holes. Every organisation, address, person, e-mail
address and URL is invented (.example domains); only place names, PC4 areas and approximate
coordinates are real (GeoNames, CC BY 4.0).

    python3 build_catalog.py            # build and check
    python3 build_catalog.py --validate # also validate with jsonschema, if importable
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import sys
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
TODAY = dt.date(2026, 12, 3)
NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://eval.socialmap.example/deventer")
STALE_BEFORE = TODAY - dt.timedelta(days=365)


def uid(*parts: str) -> str:
    return str(uuid.uuid5(NS, "/".join(parts)))


def pick(n: int, *parts: str) -> int:
    """A stable pseudo-random number in range(n) for the given key."""
    return int(hashlib.sha1("|".join(parts).encode()).hexdigest(), 16) % n


# --------------------------------------------------------------------------- taxonomy
# One id per (taxonomy, code), copied from /work/shared/examples/dutch_profile_services.json.
# wor-categorie/other is not in the examples; its id is uuid5 of its own key in our namespace.
TERM_IDS = {
    ("wor-categorie", "sport_movement"): "ee26603c-72ef-540c-adb5-fe578ae244cf",
    ("wor-categorie", "nature"): "43572650-c835-5835-92a3-a92d69ccf424",
    ("wor-categorie", "cooking_food"): "0b953028-602d-5b8a-b214-04cb3ceedcd7",
    ("wor-categorie", "creative_cultural"): "f5b514f4-3d03-5374-82fa-01ba5316791c",
    ("wor-categorie", "relaxation_meaning"): "dedc2cb0-7cd7-5de0-b3b7-11dcf27313ea",
    ("wor-categorie", "volunteering"): "3f148826-6c2b-5d36-b518-64c981ea0302",
    ("wor-categorie", "contact_meeting"): "866f9eba-c432-5ce0-bd9f-1f7b3b812497",
    ("wor-categorie", "other"): uid("term", "wor-categorie", "other"),
    ("drempel", "walk_in"): "37a1d414-1ea3-5d85-a77a-851925f8fcbc",
    ("drempel", "buddy_available"): "5099d5c1-cb19-55c2-bcd5-19ee2adabdb3",
    ("drempel", "plain_language"): "ef6fc126-aba3-57aa-b57d-79ad54ca842d",
    ("drempel", "come_alone_welcome"): "5a77a3ed-1a04-52f7-9e75-0629e1e8b472",
    ("levering", "at_home"): "730a3ddc-4ff4-506a-8e23-26c8d2cae036",
    ("toegankelijkheid", "wheelchair"): "6147f789-0b91-553f-ac4e-7e97f82969de",
    ("toegankelijkheid", "accessible_toilet"): "74c4f659-fa0d-5725-b260-cfa50333d7a2",
    ("toegankelijkheid", "hearing_loop"): "eef79ee4-dcb4-58fa-ba37-5842106f776e",
    ("toegankelijkheid", "step_free"): "04c1afad-d7c4-57f9-9853-747a283af344",
    ("toegankelijkheid", "guide_dog_welcome"): "8baf8548-2f65-57d3-9a36-00f0ac513a6a",
    ("toegankelijkheid", "dementia_friendly"): "1294f26b-bc2d-5cda-8a2c-14723ef3833d",
    ("toegankelijkheid", "parking"): "d918d43e-75bd-560f-8651-169dc84d0bd9",
    ("toegankelijkheid", "public_transport"): "eb711216-799d-52fd-a79f-10acfb5a5c1e",
}
TERM_TEXT = {
    "sport_movement": ("Bewegen en sporten", "Activiteiten waarbij je in beweging komt."),
    "nature": ("Natuur", "Activiteiten in en met de natuur."),
    "cooking_food": ("Koken en eten", "Samen koken, eten of leren over voeding."),
    "creative_cultural": (
        "Creatieve en culturele activiteiten",
        "Maken, spelen, zingen, kijken en luisteren.",
    ),
    "relaxation_meaning": (
        "Ontspannen en zingeving",
        "Tot rust komen en stilstaan bij wat belangrijk is.",
    ),
    "volunteering": ("Vrijwilligerswerk", "Je inzetten voor een ander of voor de buurt."),
    "contact_meeting": ("Contact en ontmoeten", "Andere mensen ontmoeten en samen dingen doen."),
    "other": ("Andere mogelijkheden", "Praktische hulp, cursussen, advies en ondersteuning."),
    "walk_in": ("Vrije inloop", "Aanmelden is niet nodig; je kunt gewoon binnenlopen."),
    "buddy_available": (
        "Maatje beschikbaar",
        "Een vrijwilliger kan met je meegaan of je begeleiden.",
    ),
    "plain_language": ("Eenvoudige taal", "Uitleg en communicatie in eenvoudige taal."),
    "come_alone_welcome": (
        "Alleen komen is welkom",
        "Je hoeft niemand mee te nemen; veel mensen komen alleen.",
    ),
    "at_home": ("Aan huis", "De activiteit komt naar de cliënt toe, bij de cliënt thuis."),
    "wheelchair": (
        "Rolstoeltoegankelijk",
        "Het gebouw en de ruimte zijn met een rolstoel te bereiken.",
    ),
    "accessible_toilet": ("Aangepast toilet", "Er is een toilet voor mensen met een beperking."),
    "hearing_loop": ("Ringleiding", "Er is een ringleiding voor mensen met een hoortoestel."),
    "step_free": ("Drempelvrij", "Geen trappen of drempels tussen de straat en de ruimte."),
    "guide_dog_welcome": ("Hulphond welkom", "Blindengeleide- en andere hulphonden zijn welkom."),
    "dementia_friendly": (
        "Dementievriendelijk",
        "Medewerkers en vrijwilligers weten hoe ze mensen met dementie helpen.",
    ),
    "parking": ("Parkeren", "Parkeerplaatsen bij of vlak bij de ingang."),
    "public_transport": ("Openbaar vervoer", "Een bushalte of station op loopafstand."),
}
CATEGORIES = [
    "sport_movement",
    "nature",
    "cooking_food",
    "creative_cultural",
    "relaxation_meaning",
    "volunteering",
    "contact_meeting",
    "other",
]
THRESHOLDS = ["walk_in", "buddy_available", "plain_language", "come_alone_welcome"]
ACCESS = [
    "wheelchair",
    "accessible_toilet",
    "hearing_loop",
    "step_free",
    "guide_dog_welcome",
    "dementia_friendly",
    "parking",
    "public_transport",
]

LANGUAGES = {
    "nl": "Nederlands",
    "en": "Engels",
    "de": "Duits",
    "ar": "Arabisch",
    "tr": "Turks",
    "pl": "Pools",
    "uk": "Oekraïens",
    "ru": "Russisch",
    "ti": "Tigrinya",
    "so": "Somalisch",
    "fa": "Perzisch (Farsi/Dari)",
    "ku": "Koerdisch",
    "ro": "Roemeens",
}

# --------------------------------------------------------------------------- geography
# GeoNames populated places (geonames_places_nl.csv, CBS code 150) and, for the city wijken,
# the GeoNames PC4 centroids (geonames_postal_nl.tsv). Wijk anchors are our own approximation.
PLACE_POINTS = {
    "Deventer": (52.255, 6.16389),
    "Colmschate": (52.245, 6.22917),
    "Diepenveen": (52.28917, 6.15278),
    "Schalkhaar": (52.26833, 6.19444),
    "Bathmen": (52.25, 6.2875),
    "Lettele": (52.2775, 6.27361),
    "Okkenbroek": (52.29833, 6.31944),
    "Loo": (52.2525, 6.33889),
}
WIJK_ANCHORS = {  # city wijken of Deventer; lat, lon
    "Binnenstad": (52.2524, 6.1595),
    "Voorstad": (52.2625, 6.1625),
    "Zandweerd": (52.2740, 6.1490),
    "Keizerslanden": (52.2565, 6.1860),
    "Rivierenwijk": (52.2460, 6.1800),
    "De Hoven": (52.2490, 6.1450),
    "Colmschate": PLACE_POINTS["Colmschate"],
}
VILLAGE_PC4 = {
    "Diepenveen": "7431",
    "Schalkhaar": "7433",
    "Lettele": "7434",
    "Okkenbroek": "7435",
    "Bathmen": "7437",
    "Loo": "7437",
}
CITY_WIJKEN = set(WIJK_ANCHORS)
VILLAGES = set(VILLAGE_PC4)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine distance in km."""
    r = 6371.0088
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def load_pc4() -> dict[str, tuple[float, float]]:
    out = {}
    for line in (
        (SHARED / "data/nl/geonames_postal_nl.tsv").read_text(encoding="utf-8").splitlines()
    ):
        f = line.split("\t")
        if len(f) > 10 and f[6] == "0150" and f[1].startswith("74"):  # 7146 is a stray row
            out[f[1]] = (float(f[9]), float(f[10]))
    return out


PC4 = load_pc4()


def offset(anchor: tuple[float, float], east_m: float, north_m: float) -> tuple[float, float]:
    lat = anchor[0] + north_m / 111_195.0
    lon = anchor[1] + east_m / (111_195.0 * math.cos(math.radians(anchor[0])))
    return round(lat, 5), round(lon, 5)


# --------------------------------------------------------------------------- organisations
@dataclass
class Org:
    name: str
    about: str
    domain: str


ORGS = {
    "kring": Org(
        "Stichting Welzijn IJsselkring",
        "Welzijnsorganisatie voor Deventer en de kerkdorpen: welzijnscoaches (Welzijn op Recept), "
        "buurtwerk, ouderenwerk, het Vrijwilligerspunt en maatjesprojecten.",
        "ijsselkring",
    ),
    "biep": Org(
        "Bibliotheek De Boekenbrink",
        "Openbare bibliotheek in de Binnenstad met bibliotheekpunten in Colmschate en Bathmen; "
        "Taalhuis, Informatiepunt Digitale Overheid en leesclubs.",
        "boekenbrink",
    ),
    "sport": Org(
        "Sportbedrijf Deventer Beweegt",
        "Beheert sport- en zwemcentrum De IJsselslag en sporthal De Schalk; de buurtsportcoaches "
        "organiseren beweegaanbod in wijken en dorpen.",
        "deventerbeweegt",
    ),
    "dos": Org(
        "Omnivereniging DOS'26 Colmschate",
        "Sportvereniging op sportpark Colmschate: voetbal, walking football, jeu de boules en bootcamp.",
        "dos26",
    ),
    "kwiek": Org(
        "Gym- en volleybalvereniging Kwiek Bathmen",
        "Dorpssportvereniging in Bathmen met gym, volleybal en seniorengym.",
        "kwiek-bathmen",
    ),
    "pelgrim": Org(
        "Protestantse Wijkgemeente De Pelgrim",
        "Kerkelijke gemeente in de Binnenstad; open kerk, stilteplek en activiteiten voor de buurt.",
        "pelgrimkerk",
    ),
    "brigida": Org(
        "Parochie Sint-Brigida, locatie Schalkhaar",
        "Rooms-katholieke geloofsgemeenschap in Schalkhaar met een parochiezaal voor het dorp.",
        "sintbrigida",
    ),
    "riverside": Org(
        "Riverside International Church",
        "English-speaking international church in Deventer, meeting in Zaal De Lantaarn.",
        "riverside-church",
    ),
    "kandelaar": Org(
        "Stichting Buurthuis De Kandelaar",
        "Buurthuis in de Rivierenwijk, gerund door bewoners en vrijwilligers met steun van het buurtwerk.",
        "dekandelaar",
    ),
    "vlucht": Org(
        "Stichting Thuis aan de IJssel",
        "Vrijwilligersorganisatie voor nieuwkomers en statushouders in Deventer: taalmaatjes, spreekuur, "
        "ontmoeting en praktische hulp.",
        "thuisaandeijssel",
    ),
    "voedsel": Org(
        "Stichting Voedselbank Deventer e.o.",
        "Wekelijkse voedselpakketten voor huishoudens die tijdelijk niet rond kunnen komen.",
        "voedselbank-deventer",
    ),
    "vonk": Org(
        "Herstelhuis De Vonk",
        "Inloop- en herstelhuis in de Binnenstad, gerund door ervaringsdeskundigen samen met de GGZ.",
        "herstelhuisdevonk",
    ),
    "zonne": Org(
        "Seniorenvereniging De Zonnewijzer Deventer",
        "Vereniging voor 55-plussers in Deventer met activiteiten, een belastingservice en een biljartclub.",
        "zonnewijzer-deventer",
    ),
    "obbath": Org(
        "Ouderenbond Bathmen-Loo",
        "Vereniging van en voor ouderen in Bathmen, Loo en omstreken.",
        "ouderenbond-bathmen",
    ),
    "noer": Org(
        "Stichting Islamitisch Centrum Al-Noer",
        "Moskee en ontmoetingsplek in Keizerslanden.",
        "alnoer-deventer",
    ),
    "yeni": Org(
        "Turks-Islamitische Culturele Vereniging Yeni Cami",
        "Moskee en theehuis in de Voorstad; activiteiten voor mannen, vrouwen en jongeren.",
        "yenicami-deventer",
    ),
    "snippeling": Org(
        "Natuurvereniging De Snippeling",
        "Vereniging voor natuurstudie en natuurbeheer in en rond Deventer; excursies en werkdagen.",
        "natuur-snippeling",
    ),
    "kunst": Org(
        "Kunstkwartier Deventer",
        "Centrum voor kunsteducatie en amateurkunst, met een atelier in de Binnenstad, lessen in de wijken "
        "en het Verhalenhuis.",
        "kunstkwartier",
    ),
    "mantel": Org(
        "Mantelzorgsteunpunt Deventer",
        "Informatie, ontmoeting en ondersteuning voor mantelzorgers, ook voor jonge mantelzorgers.",
        "mantelzorg-deventer",
    ),
    "geld": Org(
        "Stichting Geldwijs Deventer",
        "Vrijwillige schuldhulpmaatjes, formulierenhulp, thuisadministratie en geldspreekuren.",
        "geldwijs-deventer",
    ),
    "jong": Org(
        "Jongerenwerk Het Pakhuis",
        "Jongerenwerk in Deventer: jongerencentrum Het Pakhuis in de Rivierenwijk en ambulant werk in de dorpen.",
        "hetpakhuis",
    ),
    "herinn": Org(
        "Stichting Ontmoetingscentrum Herinnering",
        "Ontmoetingscentrum en Alzheimer Café voor mensen met (beginnende) dementie en hun naasten.",
        "herinnering-deventer",
    ),
    "werk": Org(
        "Leerwerkbedrijf De Werkbank",
        "Kringloopwinkel, fietsenwerkplaats, werkcafé en Repair Café, voor mensen die (weer) aan de slag willen.",
        "dewerkbank",
    ),
    "weergang": Org("Stichting Dorpshuis De Weergang", "Dorpshuis van Diepenveen.", "deweergang"),
    "brinkhuus": Org("Stichting 't Brinkhuus", "Dorpshuis van Schalkhaar.", "brinkhuus"),
    "gilde": Org("Stichting Dorpshuis Het Gildehuus", "Dorpshuis van Bathmen.", "gildehuus"),
    "lettele": Org(
        "Vereniging Dorpsbelangen Lettele",
        "Dorpsvereniging met het dorpshuis Het Kruispunt.",
        "lettele-dorp",
    ),
    "okkenb": Org(
        "Stichting 't Okkenbroeker Hoes", "Dorpshuis van Okkenbroek.", "okkenbroekerhoes"
    ),
    "hoeve": Org(
        "Zorgboerderij De Linde Hoeve",
        "Zorgboerderij bij Lettele met dagbesteding, vrijwilligers en een boerderijwinkel.",
        "lindehoeve",
    ),
    "fysio": Org(
        "Fysiotherapie & Beweegcentrum Colmschate",
        "Praktijk voor fysio- en oefentherapie met beweeggroepen voor mensen met chronische klachten.",
        "beweegcentrum-colmschate",
    ),
    "stil": Org(
        "Praktijk Stilstaan",
        "Praktijk voor meditatie, mindfulness en rustgroepen in de Binnenstad.",
        "praktijkstilstaan",
    ),
    "rouw": Org(
        "Stichting Verder na Verlies Salland",
        "Vrijwilligers die rouwgroepen, rouwwandelingen en lotgenotencontact organiseren.",
        "verdernaverlies",
    ),
    "koor": Org(
        "Zangvereniging IJsselklanken",
        "Zangvereniging met een popkoor, een kerstkoor en een ademkoor.",
        "ijsselklanken",
    ),
    "expat": Org(
        "Deventer International Circle",
        "Informal club for internationals, expats and newcomers in and around Deventer.",
        "deventer-international",
    ),
}


# --------------------------------------------------------------------------- venues
@dataclass
class Venue:
    name: str
    org: str
    place: str  # city wijk (see WIJK_ANCHORS) or village
    east_m: int
    north_m: int
    street: str
    access: str  # toegankelijkheid codes, space separated
    notes: list[str]
    about: str
    transport: str

    @property
    def city(self) -> str:
        return (
            "Deventer" if self.place in CITY_WIJKEN and self.place != "Colmschate" else self.place
        )

    @property
    def point(self) -> tuple[float, float]:
        anchor = WIJK_ANCHORS.get(self.place) or PLACE_POINTS[self.place]
        return offset(anchor, self.east_m, self.north_m)

    @property
    def pc4(self) -> str:
        if self.place in VILLAGE_PC4:
            return VILLAGE_PC4[self.place]
        return min(PC4, key=lambda p: km(PC4[p], self.point))


ALL_ACCESS = " ".join(ACCESS)
V = {
    # Binnenstad
    "bieb": Venue(
        "Bibliotheek De Boekenbrink",
        "biep",
        "Binnenstad",
        40,
        -60,
        "Boekenbrink 2",
        "wheelchair accessible_toilet hearing_loop step_free guide_dog_welcome public_transport",
        [
            "Automatische deuren en een lift naar alle verdiepingen.",
            "Ringleiding in de leeszaal en in de zaal op de eerste verdieping.",
            "Geen eigen parkeerplaatsen; parkeergarage op 400 meter.",
        ],
        "Bibliotheek in een verbouwd klooster aan de rand van de Brink, met leeszaal, Taalhuis en zalen.",
        "Vijf minuten lopen van station Deventer; stadsbussen stoppen op de Brink.",
    ),
    "pelgrim": Venue(
        "Pelgrimkerk",
        "pelgrim",
        "Binnenstad",
        -150,
        90,
        "Pelgrimsgang 6",
        "wheelchair accessible_toilet hearing_loop step_free public_transport",
        [
            "De zij-ingang aan het kerkplein is drempelvrij; de hoofdingang heeft twee treden.",
            "Ringleiding in de kerkzaal en in de ontmoetingsruimte.",
        ],
        "Middeleeuwse kerk met een moderne ontmoetingsruimte en een stiltekapel.",
        "Bushalte Brink op 250 meter.",
    ),
    "kunst": Venue(
        "Kunstkwartier, atelier aan het Walstraatje",
        "kunst",
        "Binnenstad",
        210,
        140,
        "Walstraatje 17",
        "public_transport",
        [
            "Het atelier is op de eerste verdieping van een oud pakhuis en alleen via een steile trap te bereiken. Geen lift."
        ],
        "Licht atelier met grote tafels, een kleioven en een drukpers.",
        "Op loopafstand van de Brink; fietsenstalling in de steeg.",
    ),
    "vonk": Venue(
        "Herstelhuis De Vonk",
        "vonk",
        "Binnenstad",
        -60,
        260,
        "Vonkengang 3",
        "wheelchair accessible_toilet step_free public_transport",
        ["Alles op de begane grond, drempelvrij; aangepast toilet."],
        "Huiskamer, keuken en twee gespreksruimtes in een oud winkelpand.",
        "Tien minuten lopen van het station.",
    ),
    "verhalen": Venue(
        "Verhalenhuis Deventer",
        "kunst",
        "Binnenstad",
        300,
        -120,
        "Achter de Muren 11",
        "guide_dog_welcome public_transport",
        [
            "Historisch pand met trappen en smalle gangen; de verhalenkamer is op de eerste verdieping."
        ],
        "Klein museum over het dagelijks leven in Deventer, met een verhalenkamer.",
        "Bushalte Brink op 300 meter.",
    ),
    "lantaarn": Venue(
        "Zaal De Lantaarn",
        "riverside",
        "Binnenstad",
        -240,
        -180,
        "Lantaarnsteeg 2",
        "wheelchair accessible_toilet step_free public_transport",
        [
            "Step-free entrance from the street; accessible toilet. / Drempelvrije ingang, aangepast toilet."
        ],
        "Verhuurde zaal met keuken aan de IJsselkade.",
        "Vlak bij de IJsselkade; bus 2 en 5 stoppen om de hoek.",
    ),
    "stil": Venue(
        "Praktijk Stilstaan",
        "stil",
        "Binnenstad",
        120,
        330,
        "Kloosterhof 8a",
        "public_transport",
        ["De praktijkruimte ligt op de tweede verdieping; er is geen lift."],
        "Rustige praktijkruimte boven een boekwinkel.",
        "Vijf minuten lopen van het station.",
    ),
    # Voorstad
    "vlechtwerk": Venue(
        "Wijkcentrum Het Vlechtwerk",
        "kring",
        "Voorstad",
        150,
        80,
        "Vlechtersplein 1",
        ALL_ACCESS,
        [
            "Drempelvrij, automatische deur; alle zalen op de begane grond.",
            "Aangepast toilet en ringleiding in de grote zaal.",
            "Vrijwilligers hebben de training Dementievriendelijk gevolgd.",
        ],
        "Wijkcentrum met grote zaal, keuken, huiskamer en het kantoor van het buurtteam.",
        "Bushalte Vlechtersplein voor de deur; parkeren op het plein.",
    ),
    "yeni": Venue(
        "Yeni Cami Voorstad",
        "yeni",
        "Voorstad",
        -200,
        250,
        "Hanzestraat 54",
        "step_free parking",
        [
            "Theehuis en vrouwenzaal op de begane grond, zonder drempels; de toiletten zijn niet aangepast."
        ],
        "Moskee met theehuis, keuken en een vrouwenzaal.",
        "Eigen parkeerterrein; bushalte op 500 meter.",
    ),
    "voedsel": Venue(
        "Voedselbank Deventer, uitgiftepunt",
        "voedsel",
        "Voorstad",
        400,
        -150,
        "Industrieweg-Noord 12",
        "wheelchair step_free parking",
        ["Uitgifte op de begane grond; hellingbaan bij de ingang."],
        "Bedrijfshal met magazijn en uitgifteruimte.",
        "Parkeren voor de deur.",
    ),
    "werkbank": Venue(
        "De Werkbank",
        "werk",
        "Voorstad",
        300,
        350,
        "Hanzewerf 21",
        "wheelchair accessible_toilet step_free parking public_transport",
        ["Winkel en werkplaatsen op de begane grond; aangepast toilet bij de kantine."],
        "Kringloopwinkel met fietsenwerkplaats, houtwerkplaats en kantine.",
        "Bushalte Hanzewerf op 100 meter; ruime parkeerplaats.",
    ),
    "schaaf": Venue(
        "Buurtwerkplaats De Schaaf",
        "kring",
        "Voorstad",
        -100,
        -200,
        "Schaafstraat 9",
        "step_free parking",
        ["Werkplaats gelijkvloers; smalle doorgangen tussen de werkbanken."],
        "Houtwerkplaats in een oude garage, met koffiehoek.",
        "Parkeren in de straat.",
    ),
    # Zandweerd
    "zandloper": Venue(
        "Buurthuis De Zandloper",
        "kring",
        "Zandweerd",
        0,
        0,
        "Zandloperstraat 2",
        "wheelchair accessible_toilet step_free parking public_transport",
        ["Drempelvrij met hellingbaan; aangepast toilet. Geen ringleiding."],
        "Buurthuis met zaal, keuken en een kleine werkplaats.",
        "Bus 4 stopt bij het winkelcentrum op 200 meter.",
    ),
    "moestuin": Venue(
        "Stadsmoestuin Zandweerd",
        "snippeling",
        "Zandweerd",
        350,
        300,
        "Weerdsingel-Noord 40",
        "",
        ["Onverharde paden en bedden op de grond; niet geschikt voor een rolstoel."],
        "Buurtmoestuin met een gereedschapsschuur en een picknicktafel.",
        "Fietsenrek bij het hek; bushalte op 400 meter.",
    ),
    # Keizerslanden
    "keizershuis": Venue(
        "Wijkcentrum Het Keizershuis",
        "kring",
        "Keizerslanden",
        0,
        0,
        "Keizersplein 4",
        ALL_ACCESS,
        [
            "Drempelvrij, lift naar de eerste verdieping, aangepast toilet.",
            "Ringleiding in de Keizerszaal.",
        ],
        "Wijkcentrum met restaurant, zalen en het spreekuur van de welzijnscoach.",
        "Bushalte Keizersplein voor de deur.",
    ),
    "noer": Venue(
        "Islamitisch Centrum Al-Noer",
        "noer",
        "Keizerslanden",
        -350,
        200,
        "Ottostraat 31",
        "wheelchair step_free parking",
        ["Ingang met hellingbaan; vrouwenruimte op de begane grond."],
        "Moskee met gebedsruimte, leslokalen en een ontmoetingsruimte.",
        "Eigen parkeerterrein.",
    ),
    "ijsselslag": Venue(
        "Sport- en zwemcentrum De IJsselslag",
        "sport",
        "Keizerslanden",
        300,
        -250,
        "Slagweg 10",
        "wheelchair accessible_toilet step_free parking public_transport",
        ["Tillift bij het instructiebad; aangepaste kleedkamers en douches."],
        "Sporthal met wedstrijdbad en een warm instructiebad (32 graden).",
        "Bushalte IJsselslag; gratis parkeren.",
    ),
    "vijfeiken": Venue(
        "Woonzorgcentrum De Vijf Eiken",
        "kring",
        "Keizerslanden",
        -150,
        -300,
        "Eikenlaan 5",
        ALL_ACCESS,
        ["Volledig toegankelijk; ringleiding in het restaurant en de zaal."],
        "Woonzorgcentrum met restaurant dat ook open is voor buurtbewoners.",
        "Bushalte Eikenlaan op 50 meter.",
    ),
    "herinn": Venue(
        "Ontmoetingscentrum Herinnering",
        "herinn",
        "Keizerslanden",
        200,
        300,
        "Karolingenhof 2",
        "wheelchair accessible_toilet hearing_loop step_free dementia_friendly parking public_transport",
        [
            "Rustige, overzichtelijke ruimtes op de begane grond; duidelijke bewegwijzering.",
            "Ringleiding in de huiskamer.",
        ],
        "Huiskamer, tuin en activiteitenruimte naast Het Keizershuis.",
        "Parkeren voor de deur.",
    ),
    "snipcentrum": Venue(
        "Natuurcentrum De Snippeling",
        "snippeling",
        "Keizerslanden",
        250,
        -600,
        "Snippelingsdijk 7",
        "step_free parking",
        ["Het centrum zelf is drempelvrij; de wandelpaden zijn halfverhard en na regen modderig."],
        "Klein natuurcentrum aan de bosrand, vertrekpunt voor excursies.",
        "Parkeerplaats aan de dijk.",
    ),
    # Rivierenwijk
    "kandelaar": Venue(
        "Buurthuis De Kandelaar",
        "kandelaar",
        "Rivierenwijk",
        0,
        0,
        "Dinkelplein 9",
        "wheelchair step_free public_transport",
        [
            "Ingang zonder drempel, zaal op de begane grond.",
            "Het toilet is klein en niet aangepast.",
        ],
        "Buurthuis met een grote keuken, een zaal en een naaikamer.",
        "Bushalte Dinkelplein op 100 meter.",
    ),
    "thuis": Venue(
        "Ontmoetingshuis Thuis aan de IJssel",
        "vlucht",
        "Rivierenwijk",
        -250,
        150,
        "Vechtstraat 40",
        "step_free public_transport",
        [
            "Oude school: de grote zaal ligt op de begane grond en is drempelvrij, maar de gang is smal en het "
            "toilet is niet aangepast. Lokalen boven alleen via de trap."
        ],
        "Voormalige school met een huiskamer, een spreekuurkamer en lokalen.",
        "Bus 3 stopt op de hoek.",
    ),
    "pakhuis": Venue(
        "Jongerencentrum Het Pakhuis",
        "jong",
        "Rivierenwijk",
        200,
        -150,
        "Reggestraat 2",
        "wheelchair accessible_toilet step_free public_transport",
        ["Gelijkvloers, aangepast toilet."],
        "Jongerencentrum met huiskamer, muziekstudio en sportzaaltje.",
        "Bushalte Reggestraat.",
    ),
    # De Hoven
    "hovenier": Venue(
        "Dorpshuis De Hovenier",
        "kring",
        "De Hoven",
        150,
        -50,
        "Hovenierstraat 12",
        "wheelchair accessible_toilet hearing_loop step_free parking",
        ["Drempelvrij, aangepast toilet, ringleiding in de zaal."],
        "Het 'dorpshuis' van De Hoven, met zaal, biljartkamer en keuken.",
        "Parkeren achter het gebouw; bus 6 over de IJsselbrug.",
    ),
    "worp": Venue(
        "Theehuis Worppark",
        "sport",
        "De Hoven",
        450,
        250,
        "Worpplantsoen 1",
        "wheelchair accessible_toilet step_free parking",
        ["Verharde paden door het park; het theehuis heeft een aangepast toilet."],
        "Theehuis aan de rand van het Worppark, vertrekpunt voor wandelingen en buitensport.",
        "Tien minuten lopen over de IJsselbrug vanaf de Binnenstad.",
    ),
    # Colmschate
    "hunnepe": Venue(
        "Wijkcentrum De Hunnepe",
        "kring",
        "Colmschate",
        100,
        120,
        "Hunnepeplein 1",
        ALL_ACCESS,
        ["Volledig toegankelijk; ringleiding in zaal 1.", "Bibliotheekpunt in de hal."],
        "Wijkcentrum bij het winkelcentrum, met zalen, keuken en bibliotheekpunt.",
        "Bushalte Hunnepeplein; station Colmschate op 800 meter.",
    ),
    "sportpark": Venue(
        "Sportpark Colmschate, clubhuis DOS'26",
        "dos",
        "Colmschate",
        -500,
        350,
        "Sportlaan 30",
        "wheelchair accessible_toilet step_free parking",
        ["Clubhuis en velden zijn drempelvrij bereikbaar; aangepast toilet in het clubhuis."],
        "Sportpark met vier velden, jeu-de-boulesbanen en een clubhuis.",
        "Ruim parkeren.",
    ),
    "fysio": Venue(
        "Beweegcentrum Colmschate",
        "fysio",
        "Colmschate",
        300,
        -200,
        "Colmschaterstraat 88",
        "wheelchair accessible_toilet step_free parking public_transport",
        ["Oefenzaal en behandelkamers gelijkvloers; aangepast toilet."],
        "Fysiotherapiepraktijk met oefenzaal.",
        "Bushalte en parkeerplaats voor de deur.",
    ),
    # Schalkhaar
    "brinkhuus": Venue(
        "Dorpshuis 't Brinkhuus",
        "brinkhuus",
        "Schalkhaar",
        60,
        -40,
        "Brinkhuuspad 6",
        "wheelchair accessible_toilet hearing_loop step_free parking public_transport",
        ["Drempelvrij, aangepast toilet, ringleiding in de grote zaal."],
        "Dorpshuis aan de brink met café, zalen en een podium.",
        "Bushalte Schalkhaar-Brink.",
    ),
    "brigida": Venue(
        "Parochiezaal Sint-Brigida",
        "brigida",
        "Schalkhaar",
        -200,
        120,
        "Kerkstraat 14",
        "step_free parking",
        [
            "Drie treden bij de hoofdingang; de zij-ingang is drempelvrij. Het toilet is niet aangepast."
        ],
        "Parochiezaal naast de kerk.",
        "Parkeren op het kerkplein.",
    ),
    "schalk": Venue(
        "Sporthal De Schalk",
        "sport",
        "Schalkhaar",
        300,
        -350,
        "Sportweg 3",
        "wheelchair accessible_toilet step_free parking",
        ["Drempelvrij; aangepaste kleedkamer."],
        "Sporthal met twee zalen en een kantine.",
        "Parkeren bij de hal.",
    ),
    # Diepenveen
    "weergang": Venue(
        "Dorpshuis De Weergang",
        "weergang",
        "Diepenveen",
        80,
        60,
        "Dorpsstraat 21",
        "wheelchair accessible_toilet hearing_loop step_free parking",
        ["Drempelvrij; aangepast toilet; ringleiding in de zaal."],
        "Dorpshuis met zaal, gymzaal en keuken.",
        "Bushalte Diepenveen-Dorp op 150 meter.",
    ),
    "overveen": Venue(
        "Boomgaard Het Overveen",
        "snippeling",
        "Diepenveen",
        -400,
        600,
        "Overveenseweg 4",
        "parking",
        ["Gras en modder, geen verharde paden."],
        "Hoogstamboomgaard op een landgoed.",
        "Parkeren langs de weg; geen bushalte.",
    ),
    # Bathmen
    "gilde": Venue(
        "Dorpshuis Het Gildehuus",
        "gilde",
        "Bathmen",
        60,
        -50,
        "Gildeplein 2",
        "wheelchair accessible_toilet step_free parking",
        [
            "Drempelvrij en een aangepast toilet.",
            "Er is (nog) geen ringleiding; het bestuur spaart ervoor.",
        ],
        "Dorpshuis met zaal, café, toneelpodium en bibliotheekpunt.",
        "Bushalte Bathmen-Centrum.",
    ),
    "dolder": Venue(
        "Gymzaal De Dolder",
        "kwiek",
        "Bathmen",
        -250,
        200,
        "Schoolstraat 7",
        "parking",
        ["Twee treden bij de ingang; kleedkamers via een trap."],
        "Gymzaal bij de basisschool.",
        "Parkeren bij de school.",
    ),
    # Lettele
    "kruispunt": Venue(
        "Dorpshuis Het Kruispunt",
        "lettele",
        "Lettele",
        50,
        80,
        "Kruispuntweg 2",
        "wheelchair accessible_toilet step_free parking",
        ["Drempelvrij, aangepast toilet. Geen ringleiding."],
        "Dorpshuis met café en zaal.",
        "Buurtbus naar Deventer op dinsdag en vrijdag.",
    ),
    "gymlett": Venue(
        "Gymzaal basisschool Lettele",
        "lettele",
        "Lettele",
        -150,
        -120,
        "Schoolpad 1",
        "parking",
        ["Twee treden bij de ingang; geen aangepast toilet."],
        "Gymzaal van de dorpsschool.",
        "Parkeren bij de school.",
    ),
    "hoeve": Venue(
        "Zorgboerderij De Linde Hoeve",
        "hoeve",
        "Lettele",
        -700,
        -300,
        "Lindeweg 15",
        "parking",
        ["Erf met grind en gras; stallen met drempels. Niet geschikt voor een rolstoel."],
        "Boerderij met koeien, kippen, een moestuin en een boerderijwinkel.",
        "Vervoer van en naar huis is te regelen bij dagbesteding.",
    ),
    # Okkenbroek
    "hoes": Venue(
        "Dorpshuis 't Okkenbroeker Hoes",
        "okkenb",
        "Okkenbroek",
        40,
        -30,
        "Hoesweg 8",
        "parking",
        ["Oude boerderij: ingang met een drempel, zaal op de begane grond, toilet via een trapje."],
        "Dorpshuis in een verbouwde boerderij.",
        "Geen openbaar vervoer; parkeren op het erf.",
    ),
    "veld": Venue(
        "Okkenbroekerveld, schaapskooi",
        "snippeling",
        "Okkenbroek",
        600,
        500,
        "Veldweg 3",
        "",
        ["Verzamelen bij de schaapskooi; onverharde paden."],
        "Heide- en weidegebied met een schaapskooi.",
        "Parkeren langs de Veldweg.",
    ),
    # Loo
    "looschool": Venue(
        "Buurthuis De Looschool",
        "obbath",
        "Loo",
        -60,
        40,
        "Looweg 3",
        "step_free parking",
        ["Gelijkvloers, geen drempels, maar smalle deuren en een klein toilet."],
        "De oude school van Loo, nu buurthuis.",
        "Geen bus; parkeren bij de school.",
    ),
}

VIRTUAL = {  # key: (name, org, url, about)
    "on_kring": (
        "Online (beeldbellen IJsselkring)",
        "kring",
        "https://beeldbellen.ijsselkring.example/",
        "Videogesprek in de browser; een link krijg je na aanmelding.",
    ),
    "on_mantel": (
        "Online (Mantelzorgsteunpunt)",
        "mantel",
        "https://meet.mantelzorg-deventer.example/koffie",
        "Videobellen op telefoon, tablet of computer.",
    ),
    "on_vonk": (
        "Online herstelgroep",
        "vonk",
        "https://online.herstelhuisdevonk.example/groep",
        "Beveiligde videoverbinding; camera aan mag, hoeft niet.",
    ),
    "on_geld": (
        "Geldchat Geldwijs",
        "geld",
        "https://chat.geldwijs-deventer.example/",
        "Anonieme chat op de website.",
    ),
    "on_rouw": (
        "Online rouwcirkel",
        "rouw",
        "https://cirkel.verdernaverlies.example/",
        "Videomeeting; link via e-mail.",
    ),
    "on_vlucht": (
        "Online meetup",
        "vlucht",
        "https://meetup.thuisaandeijssel.example/",
        "Video call in the browser / videobellen.",
    ),
}

SERVICE_AREA = (
    "Deventer",
    "Gemeente Deventer (CBS-code GM0150): de stad Deventer met Colmschate en de dorpen "
    "Bathmen, Diepenveen, Lettele, Loo, Okkenbroek en Schalkhaar.",
)


# --------------------------------------------------------------------------- services
@dataclass
class Spec:
    """One listing as written by hand. `cats` is what the provider tagged; `true` what the text is."""

    key: str
    name: str
    org: str
    at: str  # venue key, virtual key, or "home"
    cats: str
    text: str
    when: list[str] = field(
        default_factory=list
    )  # "MO,TU 10:00-11:30 /2 from=.. to=.. | description"
    thr: str = ""
    cost: str | None = None  # "4.5/s" per session, "/m" per month, "/y" per year, "/o" once
    cost_note: str | None = None
    lang: str = "nl"
    lang_notes: dict[str, str] = field(default_factory=dict)
    age: tuple[int | None, int | None] | None = None
    status: str = "active"
    alert: str | None = None
    ad: str | None = None  # assured_date; "-" = none; None = recent
    true: str | None = None
    note: str | None = None  # why the tagging is wrong or incomplete
    en: bool = False
    plain: bool = False
    terse: bool = False
    fees: str | None = None
    app: str | None = None
    elig: str | None = None
    wait: str | None = None

    @property
    def true_cats(self) -> list[str]:
        return (self.true if self.true is not None else self.cats).split()


SPECS: list[Spec] = []


def S(key, name, org, at, cats, text, *when, **kw):
    SPECS.append(Spec(key, name, org, at, cats, " ".join(text.split()), list(when), **kw))


WEEKDAYS_9_17 = "MO,TU,WE,TH,FR 09:00-17:00 | Dag en tijd in overleg."

# ---- Stichting Welzijn IJsselkring
S(
    "kring-inloop",
    "Inloop",
    "kring",
    "vlechtwerk",
    "contact_meeting",
    """De deur is open. Kom binnen voor koffie of thee. Je kunt praten met buren. Of de krant lezen.
  Heb je een vraag over brieven of geld? Vraag het de buurtwerker. Aanmelden hoeft niet. Het is gratis.""",
    "MO,WE,FR 09:30-12:00 | Maandag, woensdag en vrijdag, 's ochtends.",
    thr="walk_in come_alone_welcome plain_language",
    lang="nl tr ar",
    lang_notes={
        "tr": "Op maandag is er een Turkssprekende vrijwilliger.",
        "ar": "Op vrijdag spreekt een vrijwilliger Arabisch.",
    },
    plain=True,
    terse=True,
    app="Gewoon binnenlopen.",
)
S(
    "kring-koffie",
    "Koffie & Krant",
    "kring",
    "keizershuis",
    "contact_meeting",
    """In het restaurant van Het Keizershuis liggen elke dinsdag- en donderdagochtend de kranten klaar. De koffie
  kost vijftig cent. Er zit altijd een gastvrouw die je wegwijs maakt, dus ook als je niemand kent, schuif je
  makkelijk aan.""",
    "TU,TH 10:00-11:30 | Dinsdag- en donderdagochtend.",
    thr="walk_in come_alone_welcome",
    cost="0.5/s",
    cost_note="per kopje koffie",
    terse=True,
)
S(
    "kring-eettafel",
    "Eettafel Het Keizershuis",
    "kring",
    "keizershuis",
    "cooking_food contact_meeting",
    """Iedere woensdag een warme lunch aan een gedekte tafel: soep, hoofdgerecht en toetje, gekookt door
  vrijwilligers. Je eet met een vaste groep buurtbewoners. De vrijwilligers zijn gewend aan gasten met beginnende
  dementie en maken het voor iedereen rustig en overzichtelijk. Slecht ter been? Vraag bij het aanmelden naar de
  vrijwillige rijdienst.""",
    "WE 12:30-14:00 | Woensdag, lunch om half een.",
    thr="come_alone_welcome buddy_available",
    cost="6.5/s",
    cost_note="per maaltijd",
    app="Aanmelden uiterlijk maandag 16.00 uur bij de receptie of telefonisch.",
)
S(
    "kring-soos-colm",
    "Soos",
    "kring",
    "hunnepe",
    "",
    """Dinsdagmiddag soos: rummikub, sjoelen, klaverjassen en een keer per maand een quiz. Entree € 1 inclusief
  een kop koffie of thee.""",
    "TU 13:30-16:30 | Dinsdagmiddag.",
    thr="walk_in",
    cost="1/s",
    cost_note="entree, inclusief koffie of thee",
    true="contact_meeting",
    ad="2025-03-14",
    terse=True,
)
S(
    "kring-maatje",
    "Maatje aan huis",
    "kring",
    "home",
    "contact_meeting",
    """Een vaste vrijwilliger komt eens per week of eens per twee weken bij je op bezoek. Samen koffiedrinken, een
  spelletje doen, praten over vroeger of over wat je bezighoudt. Voor inwoners van Deventer en de dorpen die
  weinig mensen zien en moeilijk de deur uit komen, bijvoorbeeld door ziekte of ouderdom.""",
    "MO,TU,WE,TH,FR 09:00-17:00 | Eén bezoek per week of per twee weken; dag en tijd spreek je af met je maatje.",
    thr="buddy_available",
    lang="nl en ar",
    lang_notes={"ar": "Er zijn twee Arabischsprekende maatjes."},
    elig="Volwassenen in de gemeente Deventer die weinig contacten hebben en moeilijk de deur uit komen.",
    app="Aanmelden via de welzijnscoach of de huisarts (Welzijn op Recept), of bel zelf.",
    wait="Zes tot acht weken.",
)
S(
    "kring-wandel-hoven",
    "Wandelen vanuit De Hovenier",
    "kring",
    "hovenier",
    "sport_movement nature contact_meeting",
    """Elke donderdagochtend een wandeling van een uur langs de uiterwaarden en door het Worppark, in een tempo dat
  iedereen bijhoudt. Na afloop koffie in De Hovenier. Gewoon aansluiten om tien uur.""",
    "TH 10:00-11:15 | Donderdagochtend, vertrek om 10.00 uur.",
    thr="walk_in come_alone_welcome",
)
S(
    "kring-samen",
    "Samen Minder Alleen",
    "kring",
    "keizershuis",
    "creative_cultural",
    """Gespreksgroep onder leiding van een ouderenwerker en een vrijwilliger. We praten over vriendschap, over hoe
  je contact maakt en houdt, en over wat je zelf wilt. Kleine groep, maximaal acht deelnemers. Soms doen we een
  opdracht met foto's of een kaartspel om het gesprek op gang te helpen.""",
    "FR 14:00-15:30 /2 | Om de week op vrijdagmiddag.",
    true="contact_meeting relaxation_meaning",
    note="gespreksgroep over eenzaamheid, getagd als creatief",
    app="Eerst een kennismakingsgesprek met de ouderenwerker.",
)
S(
    "kring-coach",
    "Spreekuur welzijnscoach",
    "kring",
    "vlechtwerk",
    "other",
    """Zit je ergens mee: geldzorgen, eenzaamheid, te veel aan je hoofd, geen werk? Loop binnen bij de
  welzijnscoach. Samen kijken we wat je nodig hebt en wie je daarbij kan helpen. Je kunt ook via je huisarts
  worden doorverwezen (Welzijn op Recept).""",
    "TH 13:00-15:00 | Donderdagmiddag.",
    thr="walk_in",
    lang="nl en ar",
)
S(
    "kring-rolstoel",
    "Vrijwilliger: rolstoelwandelen met bewoners",
    "kring",
    "vijfeiken",
    "volunteering",
    """Bewoners van De Vijf Eiken komen graag buiten, maar kunnen dat niet alleen. Als vrijwilliger duw je op
  woensdagmiddag een rolstoel door de wijk of naar het park, en drink je na afloop samen thee. Je krijgt een korte
  instructie; ervaring is niet nodig.""",
    "WE 14:00-16:00 | Woensdagmiddag.",
    true="volunteering contact_meeting",
    age=(16, None),
)
S(
    "kring-soos-hoven",
    "Ontmoetingsmiddag De Hovenier",
    "kring",
    "hovenier",
    "contact_meeting",
    """Maandagmiddag in De Hovenier: koffie, een spelletje, af en toe een lezing of een optreden. Een gezellige
  middag voor buurtbewoners; de meeste bezoekers zijn wat ouder.""",
    "MO 14:00-16:00 | Maandagmiddag.",
    thr="come_alone_welcome",
    cost="1.5/s",
)
S(
    "kring-vrouwen",
    "Vrouwencafé Rivierenwijk",
    "kring",
    "kandelaar",
    "contact_meeting",
    """Elke woensdagochtend koffie, thee en wat lekkers in De Kandelaar. Praten, lachen, elkaar helpen met vragen
  over school, gezondheid of de gemeente. Kinderen onder de 4 mogen mee; er is een speelhoek.""",
    "WE 09:30-11:30 | Woensdagochtend.",
    thr="walk_in come_alone_welcome",
    lang="nl ar tr so ti",
    lang_notes={
        "so": "Een van de gastvrouwen spreekt Somalisch.",
        "ti": "Een van de gastvrouwen spreekt Tigrinya.",
    },
)
S(
    "kring-mannen",
    "Mannen in de Schuur",
    "kring",
    "schaaf",
    "creative_cultural contact_meeting",
    """Houtbewerken, repareren, klussen voor de buurt. Of gewoon een bak koffie drinken en meekijken. Elke
  donderdagochtend in De Schaaf. Er komen vooral mannen van 55 jaar en ouder, maar iedereen die van klussen houdt
  is welkom.""",
    "TH 09:00-12:00 | Donderdagochtend.",
    cost="2/s",
    cost_note="bijdrage in koffie en materiaal",
)
S(
    "kring-vrijwpunt",
    "Spreekuur vrijwilligerswerk",
    "kring",
    "bieb",
    "volunteering",
    """Wil je iets voor een ander doen, maar weet je niet wat? Op het spreekuur van het Vrijwilligerspunt kijken we
  samen naar wat bij je past: een paar uur per maand of elke week, met mensen of juist achter de schermen. We
  hebben meer dan 300 vacatures in Deventer en de dorpen.""",
    "TU 13:00-16:00 | Dinsdagmiddag in de bibliotheek.",
    thr="walk_in",
    lang="nl en",
)
S(
    "kring-meedoen",
    "Meedoen op proef",
    "kring",
    "vlechtwerk",
    "volunteering",
    """Je wilt vrijwilligerswerk doen. Maar je vindt het spannend. Of je weet niet wat je kunt. Een coach gaat met
  je mee. Je probeert het een paar keer. Past het niet? Dan stop je. Dat is niet erg.""",
    thr="plain_language buddy_available",
    plain=True,
    app="Bel of mail het Vrijwilligerspunt. Tijden in overleg.",
)
S(
    "kring-boodschap",
    "Boodschappenmaatje gezocht",
    "kring",
    "vlechtwerk",
    "volunteering",
    """Een mevrouw van 87 in Keizerslanden wil graag zelf haar boodschappen blijven uitkiezen, en zo zijn er meer.
  Heb jij een uurtje per week om samen met een oudere naar de supermarkt te gaan? Je spreekt zelf de dag en tijd
  af. Het Vrijwilligerspunt koppelt je en blijft bereikbaar voor vragen.""",
    ad="-",
    app="Aanmelden bij het Vrijwilligerspunt (spreekuur in de bibliotheek).",
)
S(
    "kring-beeldbel",
    "Beeldbelcafé",
    "kring",
    "on_kring",
    "contact_meeting",
    """Voor wie niet makkelijk de deur uit komt: elke donderdagmiddag een uur beeldbellen met een vaste groep en een
  vrijwilliger. We praten over het nieuws, doen een quiz of vertellen over vroeger. Geen tablet? Je kunt er een
  lenen, en een vrijwilliger komt hem installeren.""",
    "TH 14:00-15:00 | Donderdagmiddag, online.",
    thr="come_alone_welcome",
)

# ---- Bibliotheek De Boekenbrink
S(
    "biep-taalcafe",
    "Taalcafé",
    "biep",
    "bieb",
    "creative_cultural",
    """Oefen Nederlands in een ontspannen sfeer. Aan elke tafel zit een vrijwilliger; je praat over het weer, het
  nieuws, je buurt. Alle niveaus, ook beginners. Koffie en thee staan klaar.""",
    "WE 14:00-15:30 | Woensdagmiddag.",
    thr="walk_in come_alone_welcome plain_language",
    true="contact_meeting other",
    note="taalcafé getagd als creatief",
    terse=True,
)
S(
    "biep-taalhuis",
    "Taalhuis",
    "biep",
    "bieb",
    "other",
    """Wil je beter lezen, schrijven of rekenen? Of beter Nederlands spreken? Kom naar het Taalhuis. We kijken samen
  wat je wilt leren. Er zijn groepjes. Ook kan één vrijwilliger je helpen. Het is gratis.""",
    "TU 10:00-12:00 | Dinsdagochtend.",
    "TH 18:30-20:00 | Donderdagavond.",
    thr="walk_in plain_language",
    plain=True,
    terse=True,
)
S(
    "biep-digi",
    "Digitaal Café",
    "biep",
    "bieb",
    "",
    """Vragen over je telefoon, je tablet of over DigiD? Neem je apparaat mee. Vrijwilligers helpen je verder, en
  intussen is er koffie.""",
    "FR 10:00-12:00 | Vrijdagochtend.",
    thr="walk_in",
    true="other contact_meeting",
)
S(
    "biep-leesclub",
    "Leesclub Binnenstad",
    "biep",
    "bieb",
    "creative_cultural contact_meeting",
    """Om de week bespreken we een roman. De bibliotheek zorgt voor de boeken (ook als e-book of luisterboek). De
  groep is gemengd, van twintigers tot tachtigers; er is nog plek voor drie lezers.""",
    "MO 19:30-21:00 /2 | Om de week op maandagavond.",
    cost="30/y",
    cost_note="per seizoen, inclusief boeken",
)
S(
    "biep-voorlees",
    "Voorleesvrijwilliger worden",
    "biep",
    "bieb",
    "volunteering",
    """Lees je graag voor? Als voorleesvrijwilliger ga je twintig weken lang één keer per week bij een gezin thuis
  voorlezen aan jonge kinderen die thuis weinig Nederlands horen. Je krijgt een training van twee dagdelen.""",
    age=(18, None),
    app="Aanmelden via de website; tijden spreek je af met het gezin.",
)
S(
    "biep-boekaanhuis",
    "Boek aan huis",
    "biep",
    "home",
    "",
    """Kunt u niet meer naar de bibliotheek komen? Een vrijwilliger brengt om de week boeken, luisterboeken of
  tijdschriften bij u thuis en neemt even de tijd voor een praatje over wat u gelezen heeft.""",
    "TU 10:00-12:00 /2 | Om de week op dinsdagochtend.",
    true="other contact_meeting",
)
S(
    "biep-leesbath",
    "Leesgroep Bathmen",
    "biep",
    "gilde",
    "creative_cultural",
    """In het bibliotheekpunt van het Gildehuus lezen we om de week samen een verhaal of gedicht hardop en praten we
  erover. Je hoeft niets voor te bereiden.""",
    "TU 14:00-15:30 /2 | Om de week op dinsdagmiddag.",
)
S(
    "biep-english",
    "English Book Club",
    "biep",
    "bieb",
    "creative_cultural contact_meeting",
    """A friendly book club for anyone who enjoys reading in English. We meet every other Thursday evening in the
  reading room and pick books together, from classics to new novels. Native speakers and learners both welcome.""",
    "TH 19:30-21:00 /2 | Every other Thursday evening.",
    lang="en",
    en=True,
)
S(
    "biep-geldspreek",
    "Spreekuur Geld & Papieren",
    "biep",
    "bieb",
    "other",
    """Krijg je een brief die je niet snapt? Van de Belastingdienst, de gemeente of de zorgverzekeraar? Kom naar het
  spreekuur. We lezen de brief samen. We helpen je met een formulier op de computer. Je hoeft geen afspraak te
  maken.""",
    "MO 13:30-15:30 | Maandagmiddag.",
    thr="walk_in plain_language",
    plain=True,
)

# ---- Sportbedrijf Deventer Beweegt
S(
    "sport-55",
    "Bewegen 55+",
    "sport",
    "keizershuis",
    "sport_movement",
    """Oefeningen voor kracht, balans en lenigheid, deels op een stoel. Onder leiding van een buurtsportcoach. Een
  gezellige groep; na afloop drinken we koffie.""",
    "TU 09:30-10:30 | Dinsdagochtend.",
    cost="2.5/s",
    terse=True,
)
S(
    "sport-reuma",
    "Zwemmen bij reuma en chronische pijn",
    "sport",
    "ijsselslag",
    "sport_movement",
    """Rustig bewegen in het warme instructiebad (32 °C) onder begeleiding van een zweminstructeur met
  fysiotherapeutische achtergrond. Je hoeft niet goed te kunnen zwemmen: het water komt tot borsthoogte.""",
    "MO,TH 10:00-11:00 | Maandag- en donderdagochtend.",
    cost="4.75/s",
    fees="€ 4,75 per keer; met de IJsselpas betaal je de helft.",
)
S(
    "sport-walkfoot",
    "Walking football 60+",
    "dos",
    "sportpark",
    "sport_movement contact_meeting",
    """Voetballen zonder rennen en zonder slidings. Elke woensdagochtend op sportpark Colmschate. Het gaat om plezier
  en om de derde helft in de kantine. Je kunt twee keer gratis meedoen.""",
    "WE 10:00-11:30 | Woensdagochtend.",
    cost="5/m",
    cost_note="contributie per maand",
)
S(
    "sport-beweegtuin",
    "Buiten trainen in de beweegtuin",
    "sport",
    "worp",
    "sport_movement nature",
    """Op zaterdagochtend train je met een buurtsportcoach in de beweegtuin van het Worppark: toestellen voor kracht
  en balans, ook te gebruiken vanuit een rolstoel. Bij slecht weer gaat het gewoon door, behalve bij storm of
  ijzel.""",
    "SA 09:30-10:30 | Zaterdagochtend.",
    thr="walk_in",
)
S(
    "sport-instuif",
    "Sportinstuif aangepast sporten",
    "sport",
    "ijsselslag",
    "sport_movement",
    """Sport en spel voor volwassenen met een lichamelijke of verstandelijke beperking: badminton, boccia,
  rolstoelbasketbal, tafeltennis. Neem gerust je begeleider of een vriend mee.""",
    "WE 18:30-20:00 | Woensdagavond.",
    cost="3/s",
    age=(18, None),
)
S(
    "sport-jong",
    "Sport op maat (16-23 jaar)",
    "sport",
    "schalk",
    "sport_movement",
    """Geen zin in een club, wel in bewegen? Elke maandagavond in sporthal De Schalk: zaalvoetbal, trefbal, een
  fitnesscircuit. De buurtsportcoach past het aan aan wie er is. Gratis, je hoeft je niet aan te melden.""",
    "MO 19:00-20:30 | Maandagavond.",
    thr="walk_in",
    lang="nl en",
    age=(16, 23),
)
S(
    "sport-balans",
    "In Balans",
    "sport",
    "hunnepe",
    "sport_movement",
    """Cursus valpreventie van twaalf weken voor 65-plussers die bang zijn om te vallen of al eens gevallen zijn.
  Oefeningen voor balans en kracht, en tips voor een veilig huis. Start in januari 2027.""",
    "TU 14:00-15:00 from=2027-01-12 to=2027-03-30 | Twaalf dinsdagmiddagen vanaf 12 januari 2027.",
    cost="25/o",
    cost_note="voor de hele cursus",
    age=(65, None),
    terse=True,
)
S(
    "sport-gymbath",
    "Seniorengym Bathmen",
    "kwiek",
    "gilde",
    "sport_movement",
    """Elke donderdagochtend gym op muziek in de zaal van het Gildehuus. Rustig opbouwen, veel lachen. Ook met een
  rollator of vanaf een stoel mee te doen.""",
    "TH 09:30-10:30 | Donderdagochtend.",
    cost="3/s",
)
S(
    "sport-duofiets",
    "Duofiets: samen fietsen",
    "sport",
    "vijfeiken",
    "sport_movement nature contact_meeting",
    """Met een vrijwilliger op de duofiets door de polder of langs de IJssel. Jij zit naast de vrijwilliger en trapt
  mee zoveel als je kunt. Van april tot en met oktober, op afspraak.""",
    "MO,TU,WE,TH,FR 10:00-16:00 from=2026-04-01 to=2026-10-31 | Op afspraak, april tot en met oktober.",
)
S(
    "sport-dans",
    "Dans je Fit",
    "sport",
    "vlechtwerk",
    "creative_cultural",
    """Line dance, Zorba de Griek en af en toe een wals: dansen op bekende muziek zonder vaste partner. Elke
  woensdagmiddag in de grote zaal. Je hoeft het niet te kunnen, je leert het gaandeweg.""",
    "WE 14:00-15:00 | Woensdagmiddag.",
    cost="2.5/s",
    true="sport_movement creative_cultural contact_meeting",
    note="dansgroep getagd als alleen creatief (mist bewegen)",
)

# ---- DOS'26 and Kwiek
S(
    "dos-kantine",
    "Vrijwilligers voor kantine en ledenadministratie",
    "dos",
    "sportpark",
    "sport_movement",
    """DOS'26 draait op vrijwilligers. We zoeken mensen voor de kantine op zaterdagochtend (koffie schenken, tosti's
  bakken) en iemand die een paar uur per week de ledenadministratie wil bijhouden. Gezellig, en je hoort er meteen
  bij.""",
    "SA 08:30-13:00 | Zaterdagochtend; de administratie doe je wanneer het je uitkomt.",
    true="volunteering",
    note="vrijwilligersvacature getagd als sport",
)
S(
    "dos-jeu",
    "Jeu de boules",
    "dos",
    "sportpark",
    "sport_movement contact_meeting",
    """Van april tot en met oktober spelen we op dinsdag- en vrijdagmiddag op de banen naast het clubhuis. In de
  winter ligt het stil.""",
    "TU,FR 14:00-16:30 from=2026-04-01 to=2026-10-31 | April tot en met oktober.",
    cost="15/y",
    ad="2024-09-02",
)
S(
    "kwiek-volley",
    "Recreatief volleybal",
    "kwiek",
    "dolder",
    "sport_movement",
    """Recreatief volleyballen op maandagavond, gemengd, zonder competitie. Nieuwe spelers mogen drie keer meedoen
  voordat ze lid worden.""",
    "MO 20:00-21:30 | Maandagavond.",
    cost="12/m",
    ad="2025-06-20",
    age=(16, None),
)
S(
    "kwiek-stoelyoga",
    "Stoelyoga",
    "kwiek",
    "gilde",
    "relaxation_meaning",
    """Yoga op en naast de stoel. Rustige oefeningen voor de gewrichten en de ademhaling. Geschikt als je niet
  (meer) op de grond kunt zitten.""",
    "FR 10:00-11:00 | Vrijdagochtend.",
    cost="4/s",
    true="sport_movement relaxation_meaning",
    note="stoelyoga getagd als alleen ontspanning (mist bewegen)",
)

# ---- Churches
S(
    "pel-openkerk",
    "Open kerk",
    "pelgrim",
    "pelgrim",
    "relaxation_meaning",
    """De Pelgrimkerk is vijf dagen per week open. Je kunt een kaarsje aansteken, even stil zitten in de
  stiltekapel of een praatje maken met een van de gastvrouwen en gastheren. Binnenlopen mag altijd; niemand
  vraagt wat je komt doen.""",
    "TU,WE,TH,FR,SA 11:00-16:00 | Dinsdag tot en met zaterdag.",
    thr="walk_in come_alone_welcome",
    lang="nl en de",
    terse=True,
)
S(
    "pel-gesprek",
    "Gespreksavond",
    "pelgrim",
    "pelgrim",
    "relaxation_meaning contact_meeting",
    """Om de week een avond rond een thema uit het leven. Dit seizoen (september tot en met maart): rouw en gemis,
  omgaan met ziekte, en wat geeft je hoop. Je hoeft niet gelovig te zijn. Koffie vanaf 19.15 uur.""",
    "WE 19:30-21:30 /2 from=2026-09-02 to=2027-03-31 | Om de week op woensdagavond, september tot en met maart.",
    terse=True,
)
S(
    "pel-zondag",
    "Koffie na de dienst",
    "pelgrim",
    "pelgrim",
    "contact_meeting relaxation_meaning",
    """Na de zondagse dienst drinken we koffie in de ontmoetingsruimte. Ook wie niet in de dienst was, is welkom om
  aan te schuiven.""",
    "SU 11:15-12:30 | Zondagochtend na de dienst.",
    thr="walk_in come_alone_welcome",
)
S(
    "pel-kerst",
    "Kerstdiner voor wie alleen is",
    "pelgrim",
    "pelgrim",
    "cooking_food contact_meeting",
    """Op kerstavond (donderdag 24 december) koken vrijwilligers een feestelijk diner voor iedereen die de kerst
  liever niet alleen doorbrengt. Aanmelden vóór 18 december; vervoer kan geregeld worden.""",
    "TH 17:00-20:00 from=2026-12-24 to=2026-12-24 | Alleen op 24 december 2026.",
    thr="come_alone_welcome buddy_available",
)
S(
    "pel-soep",
    "Soep op woensdag",
    "pelgrim",
    "pelgrim",
    "",
    """Verse soep met brood, elke woensdag tussen twaalf en half twee. Betalen hoeft niet; een vrijwillige bijdrage
  in de pot mag.""",
    "WE 12:00-13:30 | Woensdag tussen de middag.",
    thr="walk_in come_alone_welcome",
    true="cooking_food contact_meeting",
)
S(
    "brig-koffie",
    "Koffieochtend Schalkhaar",
    "brigida",
    "brigida",
    "contact_meeting",
    """Donderdagochtend koffie in de parochiezaal. Dorpsgenoten van alle leeftijden, met en zonder kerk.""",
    "TH 10:00-11:30 | Donderdagochtend.",
    thr="walk_in",
)
S(
    "brig-stilte",
    "Stilte-uur",
    "brigida",
    "brigida",
    "relaxation_meaning",
    """Een uur stilte met kaarslicht en een korte tekst. Zonder preek.""",
    "MO 19:00-20:00 | Maandagavond.",
    ad="2024-11-05",
    terse=True,
)
S(
    "riv-sunday",
    "Sunday Service & Lunch",
    "riverside",
    "lantaarn",
    "relaxation_meaning contact_meeting",
    """Our Sunday service is in English and followed by a simple shared lunch. Many of us are internationals who
  moved to Deventer for work or study. Whether you believe or are just curious, come as you are.""",
    "SU 10:30-13:00 | Sunday morning, lunch after the service.",
    thr="walk_in come_alone_welcome",
    lang="en",
    en=True,
)
S(
    "riv-moms",
    "Moms & Toddlers Morning",
    "riverside",
    "lantaarn",
    "contact_meeting",
    """Coffee for parents, toys for the little ones (0-4). A relaxed morning to meet other parents, swap tips and
  have an adult conversation. Dads and grandparents welcome too.""",
    "FR 09:30-11:30 | Friday morning.",
    thr="walk_in",
    lang="en nl",
    en=True,
)
S(
    "riv-dinner",
    "Friday Community Dinner",
    "riverside",
    "lantaarn",
    "cooking_food contact_meeting",
    """Every other Friday we cook a big pot of something and share it around long tables. Suggested contribution
  €5; nobody is turned away. Help cooking from 16:30 if you like.""",
    "FR 18:00-20:30 /2 | Every other Friday evening.",
    thr="come_alone_welcome",
    cost="5/s",
    cost_note="suggested contribution",
    lang="en",
    en=True,
)

# ---- Buurthuis De Kandelaar (Rivierenwijk)
S(
    "kand-open",
    "Open Huis",
    "kandelaar",
    "kandelaar",
    "contact_meeting",
    """De Kandelaar is open. Van maandag tot en met donderdag. Van 10 tot 4 uur. Kom binnen voor koffie. Praat met
  de buren. Doe mee met een spel. Het kost niets.""",
    "MO,TU,WE,TH 10:00-16:00 | Maandag tot en met donderdag.",
    thr="walk_in come_alone_welcome plain_language",
    lang="nl tr ar",
    plain=True,
    terse=True,
)
S(
    "kand-wereld",
    "Wereldkeuken",
    "kandelaar",
    "kandelaar",
    "cooking_food contact_meeting",
    """Elke donderdag kookt iemand anders uit de buurt een gerecht uit zijn of haar land, samen met vrijwilligers.
  Vanaf 17.00 uur meekoken, om 18.00 uur eten. Een gerecht, een verhaal, en nieuwe buren.""",
    "TH 17:00-19:30 | Donderdag, meekoken vanaf 17.00 uur.",
    thr="come_alone_welcome",
    cost="4/s",
    cost_note="per maaltijd",
    lang="nl ar tr so ti",
)
S(
    "kand-naai",
    "Naaiatelier",
    "kandelaar",
    "kandelaar",
    "creative_cultural contact_meeting",
    """Kleding vermaken, gordijnen zomen of zelf iets maken. Er zijn naaimachines en een vrijwilliger die je op weg
  helpt.""",
    "TU 13:00-15:30 | Dinsdagmiddag.",
    cost="1/s",
    lang="nl tr ar",
    ad="2025-08-30",
)
S(
    "kand-huiswerk",
    "Huiswerkbegeleiding: vrijwilligers gezocht",
    "kandelaar",
    "kandelaar",
    "volunteering",
    """Basisschoolkinderen uit de buurt maken bij ons hun huiswerk. Wij zoeken volwassenen die één of twee middagen
  per week willen helpen met lezen, rekenen of gewoon een rustige plek bieden. Een VOG is nodig; de kosten
  vergoeden we.""",
    "MO,WE 15:30-17:00 | Maandag- en woensdagmiddag.",
    age=(18, None),
)
S(
    "kand-bingo",
    "Bingo",
    "kandelaar",
    "kandelaar",
    "",
    """Om de week op vrijdagavond bingo met mooie prijzen uit de buurt. Vijf euro voor drie rondes, koffie
  inbegrepen.""",
    "FR 19:30-22:00 /2 | Om de week op vrijdagavond.",
    cost="5/s",
    true="contact_meeting",
    status="temporarily closed",
    alert="De zaal wordt verbouwd; de bingo is er weer vanaf maart 2027.",
    terse=True,
)
S(
    "kand-polska",
    "Polska kawiarenka / Pools koffie-uur",
    "kandelaar",
    "kandelaar",
    "contact_meeting",
    """Spotkanie dla Polaków w Deventer: kawa, ciasto i rozmowa. Om de week op zaterdagmiddag koffie, taart en
  gezelligheid voor Poolse Deventenaren en hun gezinnen. Een vrijwilliger helpt met vragen over werk, huur en de
  gemeente.""",
    "SA 14:00-16:30 /2 | Om de week op zaterdagmiddag.",
    thr="walk_in",
    lang="pl nl",
    ad="-",
)

# ---- Stichting Thuis aan de IJssel (nieuwkomers)
S(
    "vl-taalmaatje",
    "Taalmaatje",
    "vlucht",
    "thuis",
    "other contact_meeting",
    """Een vrijwilliger oefent één keer per week Nederlands met je, bij jou thuis, in de bibliotheek of in een café.
  Jullie spreken zelf af wanneer. Na een half jaar kijken we samen hoe het gaat.""",
    thr="buddy_available",
    lang="nl en ar ti fa uk",
    lang_notes={
        "ar": "Uitleg bij de kennismaking kan in het Arabisch.",
        "ti": "Uitleg bij de kennismaking kan in het Tigrinya.",
        "fa": "Uitleg bij de kennismaking kan in het Farsi.",
        "uk": "Uitleg bij de kennismaking kan in het Oekraïens.",
    },
    terse=True,
    wait="Ongeveer drie maanden.",
    app="Aanmelden op het spreekuur op dinsdag.",
)
S(
    "vl-spreekuur",
    "Spreekuur voor nieuwkomers",
    "vlucht",
    "thuis",
    "",
    """Heb je een brief gekregen? Snap je iets niet van de gemeente, je huis of de zorg? Kom naar het spreekuur.
  Wij helpen je. Een tolk kan er ook bij zijn. Je hoeft geen afspraak te maken.""",
    "TU 13:00-16:00 | Dinsdagmiddag.",
    thr="walk_in plain_language",
    lang="nl en ar ti fa so",
    true="other",
    plain=True,
)
S(
    "vl-fietsles",
    "Fietsles voor vrouwen",
    "vlucht",
    "thuis",
    "other",
    """Leren fietsen in een veilige groep met vrouwelijke vrijwilligers. Eerst op het schoolplein, later in het
  verkeer. Fietsen en helmen zijn er. Van april tot eind oktober.""",
    "TU,TH 10:00-11:30 from=2026-04-07 to=2026-10-29 | April tot eind oktober.",
    lang="nl ar ti fa so",
    age=(18, None),
    true="sport_movement other",
    note="fietsles getagd als alleen 'andere mogelijkheden' (mist bewegen)",
)
S(
    "vl-ochtend",
    "Thuis-ochtend",
    "vlucht",
    "thuis",
    "contact_meeting",
    """Voor iedereen die nieuw is in Deventer, en voor Deventenaren die nieuwe buren willen leren kennen. Thee,
  koffie, een spel, soms een uitstapje. Elke donderdagochtend.""",
    "TH 10:00-12:00 | Donderdagochtend.",
    thr="walk_in come_alone_welcome",
    lang="nl ar ti fa so uk",
)
S(
    "vl-eritrea",
    "Eritrese vrouwengroep",
    "vlucht",
    "thuis",
    "contact_meeting relaxation_meaning",
    """Om de week komen Eritrese vrouwen samen om te praten, koffie te zetten volgens de traditie en elkaar te
  steunen. Soms is er een gast die informatie geeft over gezondheid of opvoeding.""",
    "SA 14:00-16:00 /2 | Om de week op zaterdagmiddag.",
    lang="ti nl",
)
S(
    "vl-online",
    "Online Newcomers Meetup",
    "vlucht",
    "on_vlucht",
    "contact_meeting",
    """An hour online every Wednesday evening for newcomers to Deventer: ask questions, share tips, meet people in
  the same boat. Hosted in English, with volunteers who also speak Arabic and Ukrainian.""",
    "WE 20:00-21:00 | Wednesday evening, online.",
    lang="en ar uk",
    en=True,
)
S(
    "vl-oekraine",
    "Ukrainian Saturday Meeting Point",
    "vlucht",
    "hovenier",
    "contact_meeting",
    """A weekly meeting point for Ukrainians in Deventer and the villages: tea, activities for the children, help
  with Dutch paperwork, and a place to talk in your own language. Locals who want to help are very welcome.""",
    "SA 14:00-17:00 | Saturday afternoon.",
    thr="walk_in",
    lang="uk en nl ru",
    en=True,
)

# ---- Voedselbank
S(
    "vb-pakket",
    "Voedselpakket",
    "voedsel",
    "voedsel",
    "other",
    """Heb je te weinig geld voor eten? Dan kun je misschien een pakket krijgen. Eerst is er een gesprek. Daarin
  kijken we naar je geld. Daarna haal je elke vrijdag een pakket. Het is gratis.""",
    "FR 13:00-16:00 | Vrijdagmiddag ophalen.",
    thr="plain_language",
    lang="nl en ar pl uk",
    elig="Na een intake: wat je overhoudt na de vaste lasten is minder dan de norm van de Voedselbank.",
    plain=True,
    terse=True,
)
S(
    "vb-vrijw",
    "Vrijwilliger bij de Voedselbank",
    "voedsel",
    "voedsel",
    "cooking_food",
    """Sorteren, pakketten samenstellen, uitdelen of chauffeur zijn: er is altijd werk. Je draait een vaste ochtend
  of middag mee in een hecht team.""",
    "TH 08:30-12:30 | Donderdagochtend: sorteren.",
    "FR 12:30-16:30 | Vrijdagmiddag: uitdelen.",
    true="volunteering",
    note="vrijwilligerswerk getagd als koken en eten",
)
S(
    "vb-koken",
    "Koken met het pakket",
    "voedsel",
    "kandelaar",
    "",
    """Wat kun je koken met wat in het pakket zit? We koken samen. We eten samen. Je krijgt de recepten mee. Het is
  gratis.""",
    "TU 10:00-12:30 /2 | Om de week op dinsdagochtend.",
    thr="plain_language",
    lang="nl ar",
    true="cooking_food other",
    plain=True,
)

# ---- Herstelhuis De Vonk (GGZ-inloop)
S(
    "vonk-inloop",
    "Inloop De Vonk",
    "vonk",
    "vonk",
    "contact_meeting",
    """Een huiskamer midden in de stad, gerund door mensen die zelf weten hoe het is als het even niet gaat. Kom
  koffie drinken, meeëten met de lunch of gewoon in een hoekje zitten. Niemand vraagt naar je diagnose.""",
    "MO,TU,TH,FR 10:00-16:00 | Maandag, dinsdag, donderdag en vrijdag.",
    thr="walk_in come_alone_welcome",
    lang="nl en",
    fees="Gratis; de lunch kost € 2.",
)
S(
    "vonk-wrap",
    "Herstelcursus WRAP",
    "vonk",
    "vonk",
    "other relaxation_meaning",
    """In tien bijeenkomsten maak je je eigen herstelplan: wat helpt je om goed te blijven, wat zijn je signalen,
  wie kan je steunen. Begeleid door twee ervaringsdeskundigen. De najaarsgroep loopt nog tot half december; in
  maart start een nieuwe groep.""",
    "MO 13:30-15:30 from=2026-09-07 to=2026-12-14 | Najaarsgroep, maandagmiddag.",
)
S(
    "vonk-creatief",
    "Creatief herstel",
    "vonk",
    "vonk",
    "creative_cultural",
    """Schilderen, collages maken, schrijven. Geen les, geen beoordeling: je maakt wat je wilt, en als je wilt
  vertel je erover.""",
    "WE 13:30-15:30 | Woensdagmiddag.",
    thr="walk_in come_alone_welcome",
    terse=True,
)
S(
    "vonk-online",
    "Herstelgroep online",
    "vonk",
    "on_vonk",
    "relaxation_meaning contact_meeting",
    """Voor wie (nog) niet naar het Herstelhuis kan of wil komen: elke dinsdagavond een online groep met
  ervaringsdeskundigen. Praten over wat je bezighoudt, luisteren naar anderen.""",
    "TU 19:30-21:00 | Dinsdagavond, online.",
)
S(
    "vonk-wandel",
    "Wandelen en praten",
    "vonk",
    "vonk",
    "contact_meeting",
    """Elke vrijdag lopen we vanaf De Vonk een rondje langs de IJssel. Lopen maakt praten makkelijker, en zwijgen
  ook. Ongeveer vijf kilometer, rustig tempo.""",
    "FR 10:30-11:45 | Vrijdagochtend, vertrek bij De Vonk.",
    thr="walk_in come_alone_welcome",
    true="sport_movement nature contact_meeting",
    note="wandelgroep getagd als alleen contact (mist bewegen, natuur)",
)
S(
    "vonk-mindful",
    "Mindfulness bij somberheid",
    "vonk",
    "vonk",
    "relaxation_meaning",
    """Acht weken mindfulness voor mensen met sombere gevoelens, begeleid door een GGZ-verpleegkundige. De
  najaarsgroep is afgelopen; de voorjaarsgroep staat nog niet vast.""",
    "TU 10:00-12:00 from=2026-09-01 to=2026-11-17 | Najaarsgroep (afgelopen).",
)

# ---- Seniorenverenigingen
S(
    "zon-biljart",
    "Biljarten",
    "zonne",
    "hovenier",
    "",
    """Twee biljarttafels in De Hovenier, op maandag- en woensdagmiddag. Libre en driebanden; beginners worden
  ingewerkt.""",
    "MO,WE 13:30-17:00 | Maandag- en woensdagmiddag.",
    cost="25/y",
    cost_note="lidmaatschap biljartclub",
    true="contact_meeting",
    ad="2025-01-10",
    terse=True,
)
S(
    "zon-koersbal",
    "Koersbal",
    "zonne",
    "keizershuis",
    "sport_movement contact_meeting",
    """Koersbal is een rustig balspel op een lange mat, een beetje zoals jeu de boules. Je kunt het zittend of
  staand spelen. Na het spel is er thee.""",
    "TH 14:00-16:00 | Donderdagmiddag.",
    cost="1.5/s",
    terse=True,
)
S(
    "zon-belasting",
    "Belastingservice",
    "zonne",
    "home",
    "other",
    """Een vrijwillige belastinginvuller komt bij u thuis om de aangifte inkomstenbelasting en de toeslagen te
  regelen. Voor leden; het lidmaatschap kost € 22 per jaar. Aanmelden van februari tot eind april.""",
    cost="22/y",
    cost_note="lidmaatschap",
    terse=True,
)
S(
    "zon-zing",
    "Zing mee!",
    "zonne",
    "vlechtwerk",
    "creative_cultural contact_meeting",
    """Meezingen met liedjes van vroeger, van Wim Sonneveld tot de Beatles. Een pianist begeleidt, de teksten staan
  op een groot scherm. Iedereen kan zingen, echt.""",
    "TU 14:30-16:00 | Dinsdagmiddag.",
    cost="2/s",
    terse=True,
)
S(
    "zon-koffie",
    "Koffieochtend Het Keizershuis",
    "zonne",
    "keizershuis",
    "contact_meeting",
    """Op dinsdag en donderdag drinken leden en niet-leden van De Zonnewijzer samen koffie in het restaurant van Het
  Keizershuis. Kranten, puzzels, en tijd voor een praatje.""",
    "TU,TH 10:00-11:30 | Dinsdag- en donderdagochtend.",
    cost="0.5/s",
    cost_note="per kopje koffie",
)
S(
    "ob-soos",
    "Soos 55+",
    "obbath",
    "gilde",
    "contact_meeting",
    """Woensdagmiddag in het café van het Gildehuus: kaarten, sjoelen en bijpraten. Een euro voor de pot, de eerste
  koffie is gratis.""",
    "WE 14:00-17:00 | Woensdagmiddag.",
    thr="walk_in",
    cost="1/s",
    terse=True,
)
S(
    "ob-looschool",
    "Koffie in de Looschool",
    "obbath",
    "looschool",
    "",
    """Op dinsdag is de Looschool open. Van 10 uur tot half 12. Er is koffie en thee. Je kunt gewoon komen. Het is
  gratis.""",
    "TU 10:00-11:30 | Dinsdagochtend.",
    thr="walk_in come_alone_welcome plain_language",
    true="contact_meeting",
    plain=True,
)
S(
    "ob-klaverjas",
    "Klaverjassen Loo",
    "obbath",
    "looschool",
    "contact_meeting",
    """Klaverjasavond op maandag in de Looschool.""",
    "MO 19:30-22:00 | Maandagavond.",
    cost="1.5/s",
    status="inactive",
    alert="Gestopt in 2024: te weinig spelers.",
    ad="2024-02-12",
)
S(
    "ob-eten",
    "Samen eten in het Gildehuus",
    "obbath",
    "gilde",
    "cooking_food contact_meeting",
    """Om de week op donderdag een driegangenlunch, gekookt door de vrijwilligers van de Ouderenbond. Wie niet meer
  zelf kan komen, wordt opgehaald door de vrijwillige rijders.""",
    "TH 12:00-13:30 /2 | Om de week op donderdag.",
    thr="come_alone_welcome buddy_available",
    cost="8.5/s",
    cost_note="per maaltijd",
)

# ---- Moskeeën
S(
    "noer-iftar",
    "Open iftar",
    "noer",
    "noer",
    "cooking_food contact_meeting",
    """Tijdens de ramadan (februari-maart 2027) nodigen we op zaterdag buren, collega's en iedereen die nieuwsgierig
  is uit om samen het vasten te breken. Aanmelden via de website.""",
    "SA 17:30-20:30 from=2027-02-13 to=2027-03-06 | Zaterdagen in de ramadan 2027.",
    lang="nl ar",
)
S(
    "noer-vrouwen",
    "Vrouwenochtend",
    "noer",
    "noer",
    "contact_meeting relaxation_meaning",
    """Elke dinsdagochtend ontmoeten vrouwen elkaar in de vrouwenruimte: thee, gesprekken, soms een voorlichting
  over gezondheid of opvoeding. Alle vrouwen zijn welkom, ook niet-moslima's.""",
    "TU 10:00-12:00 | Dinsdagochtend.",
    thr="walk_in come_alone_welcome",
    lang="ar nl so",
)
S(
    "yeni-cay",
    "Çay saati – theehuis",
    "yeni",
    "yeni",
    "contact_meeting",
    """Theehuis van de Yeni Cami: thee, tavla (backgammon) en okey. Vooral oudere mannen uit de buurt komen hier;
  nieuwe gezichten zijn welkom. Çay ikram edilir, herkes davetlidir.""",
    "MO,WE,FR 14:00-17:00 | Maandag, woensdag en vrijdag, 's middags.",
    thr="walk_in",
    lang="tr nl",
)
S(
    "yeni-kahvalti",
    "Kadın kahvaltısı – vrouwenontbijt",
    "yeni",
    "yeni",
    "cooking_food contact_meeting",
    """Om de week op zaterdagochtend een uitgebreid Turks ontbijt voor vrouwen, in de vrouwenzaal. Iedere vrouw
  brengt iets mee of betaalt € 3. Ayda iki kez cumartesi kahvaltısı.""",
    "SA 09:30-11:30 /2 | Om de week op zaterdagochtend.",
    cost="3/s",
    lang="tr nl",
)
S(
    "yeni-wandel",
    "Wandelgroep Voorstad",
    "yeni",
    "yeni",
    "sport_movement nature contact_meeting",
    """Donderdagochtend wandelen we een uur door de Voorstad en langs de Zandweerd. Turks en Nederlands door elkaar.
  Yürüyüş grubu, herkes katılabilir.""",
    "TH 10:00-11:00 | Donderdagochtend.",
    thr="walk_in come_alone_welcome",
    lang="tr nl",
)

# ---- Natuurvereniging De Snippeling
S(
    "snip-excursie",
    "Natuurwandeling met gids",
    "snippeling",
    "snipcentrum",
    "nature sport_movement",
    """Om de week op zondagochtend een excursie van ongeveer 5 km door het bos en over de es, met een gids die
  vertelt over vogels, paddenstoelen en de geschiedenis van het landschap. Stevige schoenen aan; niet geschikt
  voor rolstoel of rollator.""",
    "SU 09:30-12:00 /2 | Om de week op zondagochtend.",
    fees="Gratis voor leden, € 2 voor anderen.",
    cost="2/s",
    cost_note="voor niet-leden",
)
S(
    "snip-werkdag",
    "Natuurwerkdag Okkenbroekerveld",
    "snippeling",
    "veld",
    "sport_movement",
    """Van oktober tot en met maart helpen vrijwilligers om de twee weken bij het beheer van het Okkenbroekerveld:
  opslag weghalen, wilgen knotten, takkenrillen maken. Soep en koffie bij de schaapskooi. Werkhandschoenen en
  gereedschap zijn er.""",
    "SA 09:00-12:30 /2 from=2026-10-03 to=2027-03-27 | Om de week op zaterdagochtend, oktober tot en met maart.",
    true="nature volunteering sport_movement",
    note="natuurwerkdag getagd als alleen sport (mist natuur, vrijwilligerswerk)",
)
S(
    "snip-vogels",
    "Vogels kijken langs de IJssel",
    "snippeling",
    "worp",
    "nature",
    """In het voorjaar op zaterdagochtend vroeg vogels kijken in de uiterwaarden. Verrekijkers te leen.""",
    "SA 07:30-10:00 from=2026-04-04 to=2026-06-27 | April tot en met juni.",
    ad="2025-04-01",
)
S(
    "snip-moestuin",
    "Stadsmoestuin Zandweerd",
    "snippeling",
    "moestuin",
    "nature volunteering",
    """Samen zaaien, wieden en oogsten in de buurtmoestuin. Van maart tot en met oktober op woensdag- en
  zaterdagochtend. De oogst wordt gedeeld.""",
    "WE 09:30-12:00 from=2026-03-04 to=2026-10-31 | Woensdagochtend, maart tot en met oktober.",
    "SA 10:00-12:00 from=2026-03-07 to=2026-10-31 | Zaterdagochtend, maart tot en met oktober.",
    cost="10/y",
    cost_note="bijdrage zaden en gereedschap",
)
S(
    "snip-snoei",
    "Wintersnoei in de hoogstamboomgaard",
    "snippeling",
    "overveen",
    "nature volunteering",
    """In de winter snoeien we de oude appel- en perenbomen van Het Overveen. Je leert het ter plekke van een
  ervaren snoeier. Om twaalf uur erwtensoep.""",
    "SA 10:00-13:00 from=2026-11-07 to=2027-02-27 | Zaterdagochtend, november tot en met februari.",
)

# ---- Kunstkwartier
S(
    "kunst-atelier",
    "Het Atelier",
    "kunst",
    "kunst",
    "creative_cultural",
    """Vrij werken in het atelier met begeleiding van een beeldend kunstenaar: tekenen, schilderen, linoleumsnede.
  Materiaal is inbegrepen. Je komt wanneer je wilt; een strippenkaart kan ook.""",
    "WE 10:00-12:30 | Woensdagochtend.",
    "WE 19:00-21:30 | Woensdagavond.",
    thr="walk_in",
    cost="7.5/s",
    cost_note="per keer, inclusief materiaal",
    lang="nl en",
    terse=True,
)
S(
    "kunst-teken55",
    "Tekenen en schilderen 55+",
    "kunst",
    "hunnepe",
    "creative_cultural",
    """Cursus van twintig lessen. Je leert kijken, schetsen en werken met aquarel. Instromen kan tot de
  kerstvakantie.""",
    "TU 13:30-15:30 from=2026-09-08 to=2027-01-26 | Dinsdagmiddag, september tot eind januari.",
    cost="60/o",
    cost_note="voor de hele cursus",
)
S(
    "kunst-photo",
    "Photo Walks Deventer",
    "kunst",
    "kunst",
    "creative_cultural contact_meeting",
    """Every other Saturday we walk through the old town and along the river with our cameras or phones, looking
  for light, lines and faces. Short tips from a professional photographer, then coffee and sharing pictures. All
  levels.""",
    "SA 10:00-12:00 /2 | Every other Saturday morning, meet at the studio door.",
    cost="5/s",
    lang="en nl",
    en=True,
)
S(
    "kunst-podium",
    "Open Podium Jong",
    "kunst",
    "pakhuis",
    "creative_cultural contact_meeting",
    """Rap, zang, spoken word, stand-up, een eigen nummer op gitaar: om de week op vrijdagavond mag je het laten
  horen. Of kom gewoon kijken. Voor jongeren van 14 tot en met 23.""",
    "FR 19:30-22:00 /2 | Om de week op vrijdagavond.",
    thr="walk_in",
    lang="nl en",
    age=(14, 23),
)
S(
    "kunst-verhalencafe",
    "Verhalencafé: Deventer vroeger",
    "kunst",
    "verhalen",
    "",
    """Om de week op dinsdagmiddag halen we herinneringen op aan Deventer van vroeger: de Worp, de fabrieken, de
  kermis, de buurt waar je opgroeide. Neem gerust een oude foto mee. Als je wilt, worden de verhalen opgeschreven
  voor het archief.""",
    "TU 14:00-16:00 /2 | Om de week op dinsdagmiddag.",
    cost="3/s",
    cost_note="inclusief koffie",
    true="creative_cultural contact_meeting",
)
S(
    "kunst-gastvrouw",
    "Gastvrouw of gastheer in het Verhalenhuis",
    "kunst",
    "verhalen",
    "creative_cultural",
    """Het Verhalenhuis zoekt vrijwilligers die bezoekers ontvangen, de kassa doen en af en toe een rondleiding
  geven. Interesse in geschiedenis is fijn, kennis niet nodig.""",
    "WE,SA 11:00-16:00 | Een dagdeel per week, in overleg.",
    true="volunteering creative_cultural",
    note="vrijwilligersvacature getagd als alleen creatief (mist vrijwilligerswerk)",
)
S(
    "kunst-onvergetelijk",
    "Rondleiding 'Onvergetelijk'",
    "kunst",
    "verhalen",
    "creative_cultural",
    """Een rustige rondleiding met veel ruimte voor eigen herinneringen, speciaal voor mensen met dementie samen met
  hun partner, kind of vriend. Maximaal zes duo's.""",
    "TH 14:00-15:30 /2 | Om de week op donderdagmiddag.",
    cost="5/s",
    cost_note="per duo",
    ad="2025-10-02",
)

# ---- Mantelzorgsteunpunt
S(
    "man-cafe",
    "Mantelzorgcafé",
    "mantel",
    "hunnepe",
    "contact_meeting relaxation_meaning",
    """Zorg je voor iemand die ziek is, een beperking heeft of dementie? Om de week op woensdagochtend drinken
  mantelzorgers samen koffie met een consulent van het steunpunt. Even je verhaal kwijt, tips uitwisselen, merken
  dat je niet de enige bent.""",
    "WE 10:00-11:30 /2 | Om de week op woensdagochtend.",
    thr="come_alone_welcome",
)
S(
    "man-online",
    "Online koffie voor mantelzorgers",
    "mantel",
    "on_mantel",
    "contact_meeting",
    """Elke maandagavond een uur online met andere mantelzorgers. Handig als je moeilijk weg kunt.""",
    "MO 20:00-21:00 | Maandagavond, online.",
)
S(
    "man-respijt",
    "Even vrij: vrijwillige oppas aan huis",
    "mantel",
    "home",
    "volunteering",
    """Een vrijwilliger neemt thuis een paar uur de zorg over, zodat jij als mantelzorger boodschappen kunt doen,
  naar een verjaardag kunt of gewoon even weg kunt. De vrijwilligers zijn getraind en hebben een VOG.""",
    "MO,TU,WE,TH,FR 09:00-17:00 | Een dagdeel per week, in overleg.",
    true="other",
    note="respijtzorg voor de mantelzorger getagd als vrijwilligerswerk",
)
S(
    "man-jong",
    "Chill & Chat voor jonge mantelzorgers",
    "mantel",
    "pakhuis",
    "contact_meeting",
    """Heb je een broertje met autisme, een moeder die ziek is of een vader met een verslaving? Om de week op
  woensdag chillen met jongeren die dat herkennen. Pizza, spelletjes, en praten als je wilt.""",
    "WE 16:00-18:00 /2 | Om de week op woensdagmiddag.",
    age=(12, 24),
)
S(
    "man-wandel",
    "Even ertussenuit: wandelen voor mantelzorgers",
    "mantel",
    "worp",
    "other",
    """Om de week op zaterdagochtend een wandeling van anderhalf uur door het Worppark en de uiterwaarden, met
  andere mantelzorgers. Tijd voor jezelf, en onderweg een goed gesprek.""",
    "SA 10:00-11:30 /2 | Om de week op zaterdagochtend.",
    thr="come_alone_welcome",
    true="sport_movement nature contact_meeting",
    note="wandelgroep getagd als alleen 'andere mogelijkheden'",
)
S(
    "man-bathmen",
    "Mantelzorgontmoeting Bathmen",
    "mantel",
    "gilde",
    "contact_meeting",
    """Om de week op dinsdagavond ontmoeten mantelzorgers uit Bathmen, Loo en omgeving elkaar in het Gildehuus.""",
    "TU 19:30-21:00 /2 | Om de week op dinsdagavond.",
)

# ---- Geldwijs
S(
    "geld-maatje",
    "Schuldhulpmaatje",
    "geld",
    "home",
    "",
    """Loop je achter met rekeningen? Durf je de post niet meer open te maken? Een getraind maatje helpt je overzicht
  te krijgen, gaat mee naar de schuldhulp van de gemeente en blijft naast je staan tot het weer loopt. Gratis en in
  vertrouwen.""",
    thr="buddy_available",
    true="other",
    wait="Twee tot vier weken.",
    app="Bel of mail Geldwijs; je welzijnscoach kan je ook aanmelden.",
)
S(
    "geld-formulier",
    "Formulierenhulp",
    "geld",
    "bieb",
    "other",
    """Moet je een formulier invullen? Voor toeslagen, de gemeente of de zorg? Wij helpen je. Neem je brieven en je
  DigiD mee. Je hoeft geen afspraak te maken.""",
    "TH 09:30-12:00 | Donderdagochtend in de bibliotheek.",
    thr="walk_in plain_language",
    lang="nl en ar",
    plain=True,
)
S(
    "geld-chat",
    "Geldchat",
    "geld",
    "on_geld",
    "other",
    """Heb je een vraag over geld? Chat met ons. Je hoeft je naam niet te zeggen. Wij geven tips. Of we zoeken samen
  wie je kan helpen.""",
    "MO,TU,WE,TH 19:00-21:00 | Maandag tot en met donderdag, 's avonds.",
    thr="plain_language",
    plain=True,
    terse=True,
)
S(
    "geld-thema",
    "Thema-avond: rondkomen in de winter",
    "geld",
    "vlechtwerk",
    "other",
    """Hoge energierekening, dure decembermaand? Op deze avond vertellen de energiecoaches en Geldwijs hoe je kosten
  bespaart en waar je recht op hebt. Met koffie en soep.""",
    "TH 19:30-21:00 from=2026-12-10 to=2026-12-10 | Alleen donderdag 10 december 2026.",
)
S(
    "geld-vrijw",
    "Vrijwilliger thuisadministratie worden",
    "geld",
    "vlechtwerk",
    "volunteering",
    """Ben je handig met papieren en geduldig? Als vrijwilliger thuisadministratie help je een huishouden een paar
  uur per maand met het ordenen van post en rekeningen. Je krijgt een basistraining van drie avonden.""",
    app="Aanmelden via de website; na een gesprek volgt de training.",
)
S(
    "geld-colm",
    "Geldspreekuur Colmschate",
    "geld",
    "hunnepe",
    "other",
    """Zorgen over geld? Kom naar het spreekuur. Om de week op woensdag. We kijken samen naar je rekeningen. We
  zoeken een oplossing. Het is gratis.""",
    "WE 13:30-15:30 /2 | Om de week op woensdagmiddag.",
    thr="walk_in plain_language",
    plain=True,
)
S(
    "geld-admin",
    "Thuisadministratie",
    "geld",
    "home",
    "volunteering",
    """Een vrijwilliger komt bij je thuis om samen je post, rekeningen en formulieren op orde te brengen. Eens per
  week of eens per twee weken, zolang als nodig.""",
    "MO,TU,WE,TH,FR 09:00-17:00 | Dag en tijd in overleg.",
    thr="buddy_available",
    true="other",
    note="hulp bij de eigen administratie getagd als vrijwilligerswerk",
    terse=True,
)

# ---- Jongerenwerk Het Pakhuis
S(
    "jong-inloop",
    "Jongereninloop Het Pakhuis",
    "jong",
    "pakhuis",
    "contact_meeting",
    """Chillen, gamen, tafeltennis, praten met de jongerenwerkers. Gewoon binnenlopen na school of op
  vrijdagavond.""",
    "TU,TH 15:00-18:00 | Dinsdag- en donderdagmiddag.",
    "FR 19:00-22:00 | Vrijdagavond.",
    thr="walk_in",
    lang="nl en ar tr",
    age=(12, 23),
)
S(
    "jong-meiden",
    "Meidenclub",
    "jong",
    "pakhuis",
    "contact_meeting creative_cultural",
    """Alleen voor meiden: koken, nagels lakken, TikToks maken en praten over alles wat je bezighoudt.""",
    "WE 14:00-16:30 | Woensdagmiddag.",
    age=(12, 18),
    terse=True,
)
S(
    "jong-studio",
    "Muziekstudio",
    "jong",
    "pakhuis",
    "creative_cultural",
    """Beats maken, opnemen, leren mixen, met hulp van een muziekcoach.""",
    "MO,WE 19:00-22:00 | Maandag- en woensdagavond.",
    lang="nl en",
    age=(14, 25),
    status="temporarily closed",
    alert="Na een inbraak is de apparatuur weg; de studio is dicht tot er nieuwe spullen zijn.",
    terse=True,
)
S(
    "jong-toekomst",
    "Werkplaats Toekomst",
    "jong",
    "pakhuis",
    "other",
    """Geen school, geen werk, geen idee? Bij Werkplaats Toekomst zoek je met een coach uit wat je wilt en kunt. Cv
  maken, sollicitatie oefenen, snuffelstage regelen. Elke dinsdagmiddag; instappen kan altijd.""",
    "TU 13:00-16:00 | Dinsdagmiddag.",
    thr="walk_in",
    age=(17, 27),
    terse=True,
)
S(
    "jong-bathmen",
    "Jongerensoos Bathmen",
    "jong",
    "gilde",
    "contact_meeting",
    """Vrijdagavond in de kelder van het Gildehuus: muziek, poolen, frisdrank. Draait op ouders en een
  jongerenwerker.""",
    "FR 19:30-22:30 | Vrijdagavond.",
    thr="walk_in",
    age=(12, 18),
)

# ---- Ontmoetingscentrum Herinnering (dementie)
S(
    "her-alzheimer",
    "Alzheimer Café Deventer",
    "herinn",
    "herinn",
    "contact_meeting other",
    """Om de week op dinsdagavond een ontmoeting voor mensen met dementie, hun partners, kinderen en andere
  betrokkenen. Elke keer een ander onderwerp, zoals 'de diagnose, en dan?' of 'thuis blijven wonen'. Met een
  deskundige aan tafel en volop ruimte voor vragen en gesprek.""",
    "TU 19:30-21:30 /2 | Om de week op dinsdagavond.",
    thr="walk_in come_alone_welcome",
)
S(
    "her-ontmoet",
    "Ontmoetingscentrum Herinnering",
    "herinn",
    "herinn",
    "contact_meeting",
    """Drie dagen per week een warme plek voor mensen met beginnende dementie: samen koffie drinken, lunchen,
  bewegen, muziek maken, in de tuin werken. Mantelzorgers kunnen er terecht voor advies en ontmoeting.""",
    "MO,WE,FR 10:00-15:30 | Maandag, woensdag en vrijdag.",
    elig="Voor thuiswonende mensen met (beginnende) dementie; een Wmo-indicatie is nodig.",
    true="contact_meeting sport_movement creative_cultural",
    note="dagprogramma alleen als contact getagd",
)
S(
    "her-wandel",
    "Geheugenwandeling",
    "herinn",
    "herinn",
    "sport_movement nature contact_meeting",
    """Elke woensdagochtend een korte, vaste route door de wijk, op het tempo van de langzaamste. Voor mensen met
  geheugenproblemen en hun wandelmaatje of mantelzorger. Onderweg wordt veel gekletst; na afloop koffie.""",
    "WE 10:00-11:00 | Woensdagochtend.",
    thr="come_alone_welcome buddy_available",
)
S(
    "her-muziek",
    "Muziek en geheugen",
    "herinn",
    "herinn",
    "",
    """Zingen, luisteren, ritme: muziek roept herinneringen op die woorden soms niet meer bereiken. Een
  muziektherapeut begeleidt. Partners en kinderen zingen mee.""",
    "MO 14:00-15:30 | Maandagmiddag.",
    true="creative_cultural contact_meeting",
)

# ---- Leerwerkbedrijf De Werkbank
S(
    "werk-cafe",
    "Werkcafé",
    "werk",
    "werkbank",
    "other contact_meeting",
    """Werkzoekend? Elke dinsdagochtend werken we samen aan je cv, oefenen we gesprekken en delen we vacatures. Het
  is ook gewoon fijn om er niet alleen voor te staan.""",
    "TU 09:30-11:30 | Dinsdagochtend.",
    thr="walk_in come_alone_welcome",
    lang="nl en",
    terse=True,
)
S(
    "werk-leer",
    "Leerwerkplek in de kringloop",
    "werk",
    "werkbank",
    "",
    """Werkervaring opdoen in de winkel, het magazijn of de werkplaats, met een werkbegeleider. Voor mensen die
  (nog) niet aan betaald werk toe zijn, ook met een uitkering. Je bouwt op van twee dagdelen naar meer.""",
    "MO,TU,WE,TH,FR 09:00-16:00 | Dagen en tijden in overleg.",
    true="volunteering other",
    age=(18, None),
)
S(
    "werk-fiets",
    "Fietsenwerkplaats",
    "werk",
    "werkbank",
    "volunteering other",
    """Oude fietsen opknappen voor nieuwkomers en mensen met een smalle beurs. Je leert sleutelen van vrijwilligers
  met jaren ervaring, of je brengt je eigen fiets langs om te leren repareren.""",
    "WE,FR 13:00-16:30 | Woensdag- en vrijdagmiddag.",
    thr="walk_in",
    lang="nl ar ti",
)
S(
    "werk-repair",
    "Repair Café",
    "werk",
    "zandloper",
    "contact_meeting",
    """Kapotte broodrooster, lamp of broek? Om de week op zaterdagochtend repareren vrijwilligers het samen met jou.
  Koffie en thee staan klaar; een gift voor de pot is welkom.""",
    "SA 10:00-13:00 /2 | Om de week op zaterdagochtend.",
    thr="walk_in",
    lang="nl en",
    true="contact_meeting other",
    note="repaircafé alleen als contact getagd (ook praktische hulp)",
)
S(
    "werk-repair-vrijw",
    "Repair Café: volunteers wanted",
    "werk",
    "zandloper",
    "volunteering",
    """Handy with a screwdriver, a sewing machine or a soldering iron? Our Repair Café needs fixers, and also someone
  to welcome visitors and keep the coffee going. No Dutch required.""",
    "SA 10:00-13:00 /2 | Every other Saturday morning.",
    lang="en nl",
    ad="-",
    en=True,
)

# ---- Diepenveen: De Weergang
S(
    "weer-koffie",
    "Koffieochtend",
    "weergang",
    "weergang",
    "contact_meeting",
    """Elke woensdagochtend koffie en een koek in De Weergang. Dorpsgenoten, nieuwkomers in het dorp, iedereen.""",
    "WE 10:00-11:30 | Woensdagochtend.",
    thr="walk_in come_alone_welcome",
    cost="1/s",
    terse=True,
)
S(
    "weer-koor",
    "Dorpskoor Diepenveen",
    "weergang",
    "weergang",
    "creative_cultural contact_meeting",
    """Gemengd koor met een breed repertoire, van Bach tot Boudewijn de Groot. Noten lezen is niet nodig. Nieuwe
  tenoren en bassen zijn extra welkom.""",
    "MO 19:45-21:45 | Maandagavond.",
    cost="14/m",
)
S(
    "weer-aanschuif",
    "Aanschuiftafel",
    "weergang",
    "weergang",
    "cooking_food contact_meeting",
    """Om de week op donderdag schuif je aan voor een eenvoudige, verse maaltijd met andere dorpsgenoten. Opgeven kan
  tot dinsdagavond.""",
    "TH 17:30-19:30 /2 | Om de week op donderdag.",
    thr="come_alone_welcome",
    cost="7.5/s",
    cost_note="per maaltijd",
    terse=True,
)
S(
    "weer-gym",
    "Gym 65+ Diepenveen",
    "weergang",
    "weergang",
    "sport_movement",
    """Seniorengym in de gymzaal van De Weergang: warming-up, oefeningen met ballen en elastiek, een balspel tot
  slot.""",
    "TU 09:30-10:30 | Dinsdagochtend.",
    cost="3.5/s",
)
S(
    "weer-handwerk",
    "Handwerkcafé",
    "weergang",
    "weergang",
    "creative_cultural contact_meeting",
    """Breien, haken, borduren, en kletsen. Neem je eigen werkje mee.""",
    "FR 13:30-16:00 | Vrijdagmiddag.",
    thr="walk_in",
    ad="2025-05-12",
    terse=True,
)

# ---- Schalkhaar: 't Brinkhuus
S(
    "brink-cafe",
    "Brinkcafé",
    "brinkhuus",
    "brinkhuus",
    "contact_meeting",
    """Op maandag- en donderdagochtend is het café van 't Brinkhuus een huiskamer voor het dorp. De koffie is
  gratis, de krant ligt klaar, en meestal zit er wel iemand om mee te praten.""",
    "MO,TH 10:00-12:00 | Maandag- en donderdagochtend.",
    thr="walk_in come_alone_welcome",
)
S(
    "brink-yoga",
    "Zachte yoga",
    "brinkhuus",
    "brinkhuus",
    "contact_meeting",
    """Rustige yoga met veel aandacht voor de ademhaling en ontspanning. Geschikt voor beginners en voor mensen met
  een stijf lijf. Neem een matje en een dekentje mee.""",
    "TU 19:30-20:45 | Dinsdagavond.",
    cost="9/s",
    true="sport_movement relaxation_meaning",
    note="yoga getagd als contact",
)
S(
    "brink-schilder",
    "Schilderclub Schalkhaar",
    "brinkhuus",
    "brinkhuus",
    "creative_cultural",
    """Amateurschilders die samen schilderen, elkaar tips geven en eens per jaar exposeren in het dorpshuis.""",
    "WE 19:30-22:00 | Woensdagavond.",
    cost="4/s",
    ad="2024-10-01",
)

# ---- Bathmen: Het Gildehuus
S(
    "gilde-koffie",
    "Koffie & Co",
    "gilde",
    "gilde",
    "contact_meeting",
    """Je bent welkom in het Gildehuus. Op maandag en donderdag. 's Ochtends van 10 tot 12 uur. Drink koffie met
  andere mensen uit het dorp. Het is gratis.""",
    "MO,TH 10:00-12:00 | Maandag- en donderdagochtend.",
    thr="walk_in come_alone_welcome plain_language",
    plain=True,
    terse=True,
)
S(
    "gilde-toneel",
    "Toneelvereniging De Gildespelers",
    "gilde",
    "gilde",
    "creative_cultural contact_meeting",
    """Elk voorjaar spelen we een blijspel voor het dorp. Repetities op woensdagavond vanaf september. Naast spelers
  zoeken we mensen voor decor, grime en souffleren.""",
    "WE 20:00-22:30 | Woensdagavond.",
    cost="60/y",
    cost_note="contributie",
)
S(
    "gilde-vrijw",
    "Vrijwilligers voor bar en activiteiten",
    "gilde",
    "gilde",
    "",
    """Het Gildehuus zoekt barvrijwilligers voor de avonden en mensen die willen helpen bij de kerstmarkt en de
  dorpsquiz. Een paar keer per maand, in overleg.""",
    true="volunteering",
    age=(18, None),
)

# ---- Lettele
S(
    "lett-soos",
    "Dinsdagsoos",
    "lettele",
    "kruispunt",
    "contact_meeting",
    """Dinsdagmiddag in Het Kruispunt: koffie, kaarten, sjoelen en een praatje. Vaak ook een gastspreker, bijvoorbeeld
  de wijkagent of de dorpsdokter.""",
    "TU 14:00-16:30 | Dinsdagmiddag.",
    cost="1/s",
    terse=True,
)
S(
    "lett-eten",
    "Samen eten in Lettele",
    "lettele",
    "kruispunt",
    "cooking_food contact_meeting",
    """Om de week op woensdag een warme maaltijd in het dorpshuis, gekookt door vrijwilligers uit het dorp. Ophalen
  met de auto kan.""",
    "WE 12:00-13:30 /2 | Om de week op woensdag.",
    thr="come_alone_welcome buddy_available",
    cost="8/s",
    cost_note="per maaltijd",
)
S(
    "lett-gym",
    "Gym voor 60-plussers",
    "lettele",
    "gymlett",
    "sport_movement",
    """Maandagochtend gym in de gymzaal van de basisschool. Rustig tempo, gezellige groep.""",
    "MO 09:30-10:30 | Maandagochtend.",
    cost="2.5/s",
)
S(
    "hoeve-mee",
    "Meewerken op de boerderij",
    "hoeve",
    "hoeve",
    "nature",
    """Dieren verzorgen, in de moestuin werken, eieren rapen, hout stapelen: op De Linde Hoeve doe je mee met het
  boerenwerk, in je eigen tempo en samen met een vaste groep. Voor mensen die structuur zoeken, bijvoorbeeld na
  ziekte, een burn-out of met geheugenproblemen.""",
    "MO,WE,TH 09:30-15:00 | Maandag, woensdag en donderdag; je kiest je dagen.",
    cost="12.5/s",
    cost_note="per dagdeel voor wie zelf betaalt",
    fees="Met een Wmo-indicatie betaalt de gemeente; anders € 12,50 per dagdeel.",
    true="nature volunteering contact_meeting",
    note="dagbesteding op de boerderij alleen als natuur getagd",
)
S(
    "hoeve-vrijw",
    "Vrijwilliger op de zorgboerderij",
    "hoeve",
    "hoeve",
    "volunteering nature",
    """Help de deelnemers van de dagbesteding bij het werk op het erf en in de tuin. Geen agrarische achtergrond
  nodig, wel geduld en een luisterend oor.""",
    "TU,FR 09:00-12:30 | Dinsdag- en vrijdagochtend.",
    ad="2025-11-20",
    age=(18, None),
)

# ---- Okkenbroek and Loo
S(
    "okk-koffie",
    "Koffiedrinken in het Hoes",
    "okkenb",
    "hoes",
    "contact_meeting",
    """Woensdagochtend koffie in het dorpshuis. Meestal een man of tien, soms meer.""",
    "WE 10:00-11:30 | Woensdagochtend.",
    thr="walk_in",
    ad="2025-02-20",
)
S(
    "okk-gym",
    "Dorpsgym",
    "okkenb",
    "hoes",
    "sport_movement",
    """Gym voor alle leeftijden op donderdagavond in de zaal van het Hoes. Conditie, kracht en een spelletje.""",
    "TH 19:30-20:30 | Donderdagavond.",
    cost="3/s",
    terse=True,
)
S(
    "okk-brei",
    "Breiclub Okkenbroek",
    "okkenb",
    "hoes",
    "creative_cultural contact_meeting",
    """Samen breien en haken voor onszelf en voor het goede doel.""",
    "MO 14:00-16:00 | Maandagmiddag.",
    status="inactive",
    alert="Ligt stil sinds de zomer: de vrijwilliger die de club leidde is verhuisd.",
)
S(
    "loo-buurt",
    "Buurtavond Loo",
    "obbath",
    "looschool",
    "contact_meeting",
    """Om de week een avond in de Looschool voor de buurt: bijpraten, af en toe een film of een lezing.""",
    "WE 20:00-22:00 /2 | Om de week op woensdagavond.",
    ad="2023-11-30",
)

# ---- Beweegcentrum Colmschate, Praktijk Stilstaan
S(
    "fys-long",
    "Longfit",
    "fysio",
    "fysio",
    "sport_movement",
    """Trainen in een kleine groep onder begeleiding van een fysiotherapeut, met aandacht voor ademhaling en
  conditie. Voor mensen met COPD of astma; vaak (deels) vergoed vanuit de aanvullende verzekering.""",
    "MO,TH 11:00-12:00 | Maandag- en donderdagochtend.",
    cost="27.5/m",
    terse=True,
)
S(
    "fys-pijn",
    "Beweeggroep chronische pijn",
    "fysio",
    "fysio",
    "sport_movement",
    """Weer vertrouwen krijgen in je lichaam, ook als het pijn doet. Rustig opbouwen in een groep van maximaal acht,
  met een oefentherapeut die weet wat chronische pijn met je doet.""",
    "WE 13:30-14:30 | Woensdagmiddag.",
    cost="30/m",
)
S(
    "fys-zing",
    "Zingen voor je longen",
    "koor",
    "fysio",
    "creative_cultural",
    """Ademkoor voor mensen met longklachten: zingen als ademtraining, onder leiding van een zangdocent en een
  longfysiotherapeut. Plezier staat voorop.""",
    "FR 10:30-11:30 | Vrijdagochtend.",
    cost="3/s",
)
S(
    "stil-med",
    "Meditatieavond",
    "stil",
    "stil",
    "",
    """Een uur zitten in stilte, met een korte begeleide meditatie aan het begin. Kussens en krukjes aanwezig.
  Instructions in Dutch and English.""",
    "TU 20:00-21:15 | Dinsdagavond.",
    cost="8/s",
    lang="nl en",
    true="relaxation_meaning",
    terse=True,
)
S(
    "stil-mindful-en",
    "Mindfulness in English",
    "stil",
    "stil",
    "relaxation_meaning",
    """An eight-week mindfulness course for internationals living with stress, worry or low mood. Small group,
  taught in English. The autumn group is full and running; the next course starts in February.""",
    "TH 19:00-20:30 from=2026-10-01 to=2026-12-17 | Autumn course (full).",
    cost="120/o",
    cost_note="whole course",
    lang="en",
    en=True,
)
S(
    "stil-rust",
    "Rustgroep na burn-out",
    "stil",
    "stil",
    "relaxation_meaning",
    """Voor wie overspannen is of herstelt van een burn-out: ademhaling, ontspanningsoefeningen, en leren je grenzen
  te voelen. Kleine groep.""",
    "FR 10:00-11:30 | Vrijdagochtend.",
    cost="10/s",
)

# ---- Rouw
S(
    "rouw-groep",
    "Verder na verlies",
    "rouw",
    "keizershuis",
    "relaxation_meaning contact_meeting",
    """Rouwgroep voor mensen die hun partner, kind of ouder hebben verloren. Acht bijeenkomsten met vaste
  deelnemers, begeleid door getrainde vrijwilligers. Instromen kan na een kennismakingsgesprek.""",
    "TH 19:30-21:30 /2 | Om de week op donderdagavond.",
)
S(
    "rouw-wandel",
    "Rouwwandeling",
    "rouw",
    "worp",
    "nature",
    """Wandelen met anderen die iemand verloren hebben. Onderweg praten mag, zwijgen ook. Een vrijwilliger van
  Verder na Verlies loopt mee.""",
    "SA 10:30-12:00 /2 | Om de week op zaterdagochtend.",
    thr="come_alone_welcome",
    true="relaxation_meaning contact_meeting nature sport_movement",
    note="rouwwandeling alleen als natuur getagd",
)
S(
    "rouw-online",
    "Grief Support Circle (online)",
    "rouw",
    "on_rouw",
    "relaxation_meaning contact_meeting",
    """An online circle for people who lost someone and would rather talk in English. Every other Wednesday evening,
  small group, hosted by a trained volunteer.""",
    "WE 19:30-21:00 /2 | Every other Wednesday evening, online.",
    lang="en nl",
    en=True,
)
S(
    "rouw-jong",
    "Jong en rouw",
    "rouw",
    "pakhuis",
    "relaxation_meaning contact_meeting",
    """Je vader, moeder, broer of vriend is overleden en je leeftijdsgenoten snappen het niet echt? Om de week op
  maandagavond praten jongeren met elkaar, begeleid door een rouwbegeleider.""",
    "MO 19:00-20:30 /2 | Om de week op maandagavond.",
    age=(16, 30),
)

# ---- Zang, internationals, and an old listing nobody removed
S(
    "koor-pop",
    "Popkoor IJsselklanken",
    "koor",
    "vlechtwerk",
    "relaxation_meaning",
    """Popkoor met zeventig leden, van Adele tot Queen. Geen auditie. Twee keer per jaar een concert.""",
    "WE 20:00-22:00 | Woensdagavond.",
    cost="17.5/m",
    true="creative_cultural contact_meeting",
    note="popkoor getagd als ontspanning",
)
S(
    "koor-kerst",
    "Kerstkoor voor iedereen",
    "koor",
    "pelgrim",
    "creative_cultural contact_meeting",
    """Acht repetities, één optreden: op de kerstmarkt in de Binnenstad. Iedereen die wil zingen is welkom, ook als
  je nog nooit in een koor zat.""",
    "MO 19:30-21:00 from=2026-10-26 to=2026-12-21 | Maandagavond tot de kerstmarkt.",
    cost="15/o",
    cost_note="voor alle repetities samen",
)
S(
    "exp-coffee",
    "Expat Coffee Morning",
    "expat",
    "lantaarn",
    "",
    """Every Wednesday morning internationals meet for coffee at De Lantaarn. New in town? This is the easiest way to
  meet people and find your way around.""",
    "WE 10:00-11:30 | Wednesday morning.",
    thr="walk_in come_alone_welcome",
    lang="en",
    true="contact_meeting",
    ad="2025-03-03",
    en=True,
)
S(
    "exp-walk",
    "Deventer Walkers",
    "expat",
    "worp",
    "sport_movement nature contact_meeting",
    """Sunday morning walks of 8 to 10 km along the IJssel and through the Worp, at a chatty pace. Dogs welcome. We
  end with coffee.""",
    "SU 10:00-12:00 | Sunday morning.",
    thr="walk_in come_alone_welcome",
    lang="en nl",
    en=True,
)
S(
    "exp-potluck",
    "International Potluck",
    "expat",
    "hunnepe",
    "cooking_food contact_meeting",
    """Bring a dish from home, wherever home is, and share it. Every other Saturday evening at De Hunnepe. Families
  welcome.""",
    "SA 18:00-21:00 /2 | Every other Saturday evening.",
    lang="en",
    en=True,
)
S(
    "wandel-colm",
    "Wandelgroep Colmschate",
    "kring",
    "hunnepe",
    "sport_movement contact_meeting",
    """Wekelijkse wandeling vanaf De Hunnepe.""",
    "TU 10:00-11:00 | Dinsdagochtend.",
    status="defunct",
    alert="Deze groep bestaat niet meer; kijk bij 'Wandelen vanuit De Hovenier'.",
    ad="2023-05-01",
)


# --------------------------------------------------------------------------- building records
OPTION = {"s": "per_session", "m": "per_month", "y": "per_year", "o": "once"}
OPTION_NL = {
    "per_session": "per keer",
    "per_month": "per maand",
    "per_year": "per jaar",
    "once": "eenmalig",
}
OPTION_EN = {
    "per_session": "per session",
    "per_month": "per month",
    "per_year": "per year",
    "once": "one-off",
}
DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
SCHED_RE = re.compile(
    r"^(?P<days>[A-Z,]+) (?P<o>\d\d:\d\d)-(?P<c>\d\d:\d\d)(?P<rest>[^|]*)(\|(?P<desc>.*))?$"
)


def term(tax: str, code: str) -> dict:
    name, desc = TERM_TEXT[code]
    return {
        "id": TERM_IDS[(tax, code)],
        "code": code,
        "name": name,
        "description": desc,
        "taxonomy": tax,
        "language": "nl",
    }


def attribute(link_id: str, entity: str, tax: str, code: str) -> dict:
    t = term(tax, code)
    return {
        "id": uid("attribute", link_id, tax, code),
        "link_id": link_id,
        "link_entity": entity,
        "taxonomy_term_id": t["id"],
        "taxonomy_term": t,
    }


def organization(key: str) -> dict:
    o = ORGS[key]
    return {
        "id": uid("organization", key),
        "name": o.name,
        "description": o.about,
        "website": f"https://www.{o.domain}.example/",
        "email": f"info@{o.domain}.example",
    }


POSTAL_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def location(key: str) -> dict:
    lid = uid("location", key)
    if key in VIRTUAL:
        name, org, url, about = VIRTUAL[key]
        return {
            "id": lid,
            "location_type": "virtual",
            "organization_id": uid("organization", org),
            "name": name,
            "description": about,
            "url": url,
        }
    v = V[key]
    lat, lon = v.point
    letters = (
        POSTAL_LETTERS[pick(len(POSTAL_LETTERS), key, "1")]
        + POSTAL_LETTERS[pick(len(POSTAL_LETTERS), key, "2")]
    )
    return {
        "id": lid,
        "location_type": "physical",
        "organization_id": uid("organization", v.org),
        "name": v.name,
        "description": v.about,
        "transportation": v.transport,
        "latitude": lat,
        "longitude": lon,
        "addresses": [
            {
                "id": uid("address", key),
                "location_id": lid,
                "address_1": v.street,
                "city": v.city,
                "region": "Deventer",
                "state_province": "Overijssel",
                "postal_code": f"{v.pc4} {letters}",
                "country": "NL",
                "address_type": "physical",
            }
        ],
        "accessibility": [
            {"id": uid("accessibility", key, str(i)), "location_id": lid, "description": t}
            for i, t in enumerate(v.notes)
        ],
        "attributes": [attribute(lid, "location", "toegankelijkheid", c) for c in v.access.split()],
    }


def euro(x: float) -> str:
    s = f"{x:.2f}".replace(".", ",")
    return s[:-3] if s.endswith(",00") else s


def schedule(sid: str, i: int, text: str, online: bool) -> dict:
    m = SCHED_RE.match(text.strip())
    assert m, text
    days, rest = m["days"], m["rest"].split()
    assert all(d in DAY_CODES for d in days.split(",")), text
    sch = {
        "id": uid("schedule", sid, str(i)),
        "service_id": sid,
        "freq": "WEEKLY",
        "interval": 1,
        "byday": days,
    }
    opts = dict(t.split("=", 1) for t in rest if "=" in t)
    if "from" in opts:
        sch["valid_from"] = opts["from"]
    if "to" in opts:
        sch["valid_to"] = opts["to"]
    if "/2" in rest:
        sch["interval"] = 2
        start = dt.date.fromisoformat(opts.get("from", "2026-01-05"))
        while DAY_CODES[start.weekday()] != days.split(",")[0]:
            start += dt.timedelta(days=1)
        sch["dtstart"] = start.isoformat()
    sch["opens_at"], sch["closes_at"] = m["o"], m["c"]
    if m["desc"]:
        sch["description"] = m["desc"].strip()
    if online:
        sch["attending_type"] = "Online"
    return sch


def assured(sp: Spec) -> str | None:
    if sp.ad == "-":
        return None
    if sp.ad:
        return sp.ad
    return (TODAY - dt.timedelta(days=3 + pick(290, "assured", sp.key))).isoformat()


def build(sp: Spec) -> dict:
    sid = uid("service", sp.key)
    org = organization(sp.org)
    slug = re.sub(r"[^a-z0-9]+", "-", sp.key.split("-", 1)[1])
    rec: dict = {
        "id": sid,
        "name": sp.name,
        "organization_id": org["id"],
        "organization": org,
        "description": sp.text,
        "url": f"{org['website']}{slug}",
        "status": sp.status,
    }
    if sp.alert:
        rec["alert"] = sp.alert
    if sp.age:
        if sp.age[0] is not None:
            rec["minimum_age"] = sp.age[0]
        if sp.age[1] is not None:
            rec["maximum_age"] = sp.age[1]
    if sp.elig:
        rec["eligibility_description"] = sp.elig
    labels = OPTION_EN if sp.en else OPTION_NL
    costs = []
    if sp.cost:
        amount_s, o = sp.cost.split("/")
        amount = float(amount_s)
        amount = int(amount) if amount == int(amount) else amount
        option = OPTION[o]
        costs.append(
            {
                "id": uid("cost", sp.key),
                "service_id": sid,
                "option": option,
                "amount": amount,
                "currency": "EUR",
                "amount_description": sp.cost_note or labels[option],
            }
        )
        default_fees = (
            f"€ {euro(amount)} {labels[option]}"
            + (f" ({sp.cost_note})" if sp.cost_note else "")
            + "."
        )
    else:
        default_fees = "Free." if sp.en else "Gratis."
    rec["fees_description"] = sp.fees or default_fees
    if sp.app:
        rec["application_process"] = sp.app
    if sp.wait:
        rec["wait_time"] = sp.wait
    ad = assured(sp)
    if ad:
        rec["assured_date"] = ad
    lm = (
        dt.date.fromisoformat(ad)
        if ad
        else dt.date(2025, 6, 1) + dt.timedelta(days=pick(300, "lm", sp.key))
    )
    rec["last_modified"] = (
        f"{lm.isoformat()}T{8 + pick(10, 'h', sp.key):02d}:{pick(60, 'm', sp.key):02d}:00Z"
    )
    attrs = [attribute(sid, "service", "wor-categorie", c) for c in sp.cats.split()]
    attrs += [attribute(sid, "service", "drempel", c) for c in sp.thr.split()]
    if sp.at == "home":
        attrs.append(attribute(sid, "service", "levering", "at_home"))
    rec["attributes"] = attrs
    rec["languages"] = []
    for code in sp.lang.split():
        lang = {
            "id": uid("language", sp.key, code),
            "service_id": sid,
            "name": LANGUAGES[code],
            "code": code,
        }
        if code in sp.lang_notes:
            lang["note"] = sp.lang_notes[code]
        rec["languages"].append(lang)
    if costs:
        rec["cost_options"] = costs
    online = sp.at in VIRTUAL
    if sp.when:
        rec["schedules"] = [schedule(sid, i, w, online) for i, w in enumerate(sp.when)]
    if sp.at == "home":
        rec["service_areas"] = [
            {
                "id": uid("service_area", sp.key),
                "service_id": sid,
                "name": SERVICE_AREA[0],
                "description": SERVICE_AREA[1],
            }
        ]
    else:
        loc = location(sp.at)
        rec["service_at_locations"] = [
            {
                "id": uid("service_at_location", sp.key),
                "service_id": sid,
                "location_id": loc["id"],
                "location": loc,
            }
        ]
    return rec


# --------------------------------------------------------------------------- reading records back
# These helpers are shared with check_vignettes.py: they read a record the way the contract says.
def venue_of(rec: dict) -> dict | None:
    sals = rec.get("service_at_locations") or []
    return sals[0]["location"] if sals else None


def delivery(rec: dict) -> str:
    if any(
        a["taxonomy_term"]["taxonomy"] == "levering" and a["taxonomy_term"]["code"] == "at_home"
        for a in rec.get("attributes", [])
    ):
        return "at_home"
    loc = venue_of(rec)
    return "online" if loc and loc["location_type"] == "virtual" else "in_person"


def codes(items: list[dict] | None, tax: str) -> list[str]:
    return [
        a["taxonomy_term"]["code"] for a in items or [] if a["taxonomy_term"]["taxonomy"] == tax
    ]


def access_codes(rec: dict) -> set[str]:
    loc = venue_of(rec)
    return set(codes(loc.get("attributes"), "toegankelijkheid")) if loc else set()


def point_of(rec: dict) -> tuple[float, float] | None:
    loc = venue_of(rec)
    if loc and loc["location_type"] == "physical":
        return loc["latitude"], loc["longitude"]
    return None


def part_of_day(hhmm: str) -> str:
    h = int(hhmm[:2])
    return "morning" if h < 12 else "afternoon" if h < 18 else "evening"


def monthly_cost(rec: dict, cheapest: bool = False) -> float:
    """EUR per month per the contract: per_session x 4.33 / interval, per_year / 12, once in full.

    With several schedules the client is taken to come weekly if any slot is weekly (the dearest
    reading); `cheapest=True` takes the largest interval instead."""
    intervals = [s.get("interval", 1) for s in rec.get("schedules", [])] or [1]
    interval = max(intervals) if cheapest else min(intervals)
    total = 0.0
    for c in rec.get("cost_options", []):
        a = float(c.get("amount") or 0)
        total += {
            "per_session": a * 4.33 / interval,
            "per_month": a,
            "per_year": a / 12,
            "once": a,
        }[c["option"]]
    return total


def is_free(rec: dict) -> bool:
    return all(float(c.get("amount") or 0) == 0 for c in rec.get("cost_options", []))


def place_label(rec: dict) -> str:
    d = delivery(rec)
    if d != "in_person":
        return {"online": "Online", "at_home": "Aan huis"}[d]
    return venue_of(rec)["addresses"][0]["city"]


# --------------------------------------------------------------------------- designed holes
MOVE_RE = re.compile(
    r"wandel|bewe[eg]|sport|gym|yoga|dans|fiets|zwem|voetbal|volley|boules|koersbal|walk|"
    r"balans|fitness|\btrainen\b|stretch|oefeningen voor",
    re.I,
)
EAST_VILLAGES = {"Bathmen", "Loo", "Lettele", "Okkenbroek"}
HOLE_TEXT = [
    (
        "Geen rolstoeltoegankelijk beweegaanbod binnen 5 km van Okkenbroek",
        "Every service about movement (true category `sport_movement`, or movement words in its name) at a venue "
        "with `wheelchair` lies more than 5 km from Okkenbroek (GeoNames 52.29833, 6.31944). In Okkenbroek and "
        "Lettele the movement activities are in an old dorpshuis, a school gym and on the heath, none with "
        "`wheelchair`. No movement activity is offered online or at home.",
    ),
    (
        "Niets in het Turks buiten de stad",
        "Turkish (`tr`) occurs only at venues in the city wijken (Voorstad, Rivierenwijk); not in the villages "
        "Bathmen, Diepenveen, Lettele, Loo, Okkenbroek, Schalkhaar, not online and not at home.",
    ),
    (
        "Geen ringleiding in de oostelijke dorpen",
        "No venue in Bathmen, Loo, Lettele or Okkenbroek has `hearing_loop` (the Gildehuus in Bathmen says it is "
        "saving for one). Online and at-home listings pass a hearing-loop requirement by the contract, so the hole "
        "shows for in-person requests.",
    ),
    (
        "Niets op zondagmiddag of -avond",
        "No schedule on Sunday starts at or after 12:00, anywhere (venues, online, at home). Sunday has only morning "
        "activities: church coffee, an English church service with lunch, two walks.",
    ),
]


def check_holes(records: list[dict], specs: list[Spec]) -> dict:
    okk = PLACE_POINTS["Okkenbroek"]
    info = {"near_okk_move": [], "wheel_move_dist": [], "loop_dist": {}}
    for sp, r in zip(specs, records):
        moving = "sport_movement" in sp.true_cats or bool(MOVE_RE.search(sp.name))
        d = delivery(r)
        pt = point_of(r)
        acc = access_codes(r)
        langs = {lang["code"] for lang in r["languages"]}
        city = place_label(r)
        # Hole 1
        if moving and d != "in_person":
            raise AssertionError(("hole 1: movement online/at home", sp.key))
        if d != "in_person":
            assert not MOVE_RE.search(r["description"]), (
                "hole 1: movement words online/at home",
                sp.key,
            )
        if pt and "wheelchair" in acc and km(pt, okk) <= 5.0:
            assert not MOVE_RE.search(r["description"]), ("hole 1: movement words", sp.key)
        if moving and pt:
            dist = km(pt, okk)
            if "wheelchair" in acc:
                assert dist > 5.0, ("hole 1", sp.key, dist)
                running = any(
                    s.get("valid_from", "0") <= TODAY.isoformat() <= s.get("valid_to", "9")
                    for s in r.get("schedules", [])
                )
                if r["status"] == "active" and running:
                    info["wheel_move_dist"].append((round(dist, 1), sp.key))
            elif dist <= 5.0:
                info["near_okk_move"].append((round(dist, 1), sp.key))
        # Hole 2
        if "tr" in langs:
            assert d == "in_person" and V[sp.at].place in CITY_WIJKEN, ("hole 2", sp.key)
        # Hole 3
        if d == "in_person" and V[sp.at].place in EAST_VILLAGES:
            assert "hearing_loop" not in acc, ("hole 3", sp.key)
        if "hearing_loop" in acc and r["status"] == "active":
            for vil in ("Bathmen", "Loo"):
                dist = km(pt, PLACE_POINTS[vil])
                info["loop_dist"][vil] = min(info["loop_dist"].get(vil, 99), round(dist, 1))
        # Hole 4
        for s in r.get("schedules", []):
            if "SU" in s["byday"].split(","):
                assert part_of_day(s["opens_at"]) == "morning", ("hole 4", sp.key)
        del city
    assert info["near_okk_move"] and info["wheel_move_dist"]
    info["wheel_move_dist"].sort()
    return info


def check_geography(records: list[dict]) -> None:
    """Villages within 1 km of their GeoNames point; city venues within 1.2 km of their PC4 centroid."""
    for key, v in V.items():
        pt = v.point
        if v.place in VILLAGES or v.place == "Colmschate":
            assert km(pt, PLACE_POINTS[v.place]) <= 1.0, (key, km(pt, PLACE_POINTS[v.place]))
        else:
            assert km(pt, PC4[v.pc4]) <= 1.2, (key, v.pc4, km(pt, PC4[v.pc4]))
            assert km(pt, PLACE_POINTS["Deventer"]) <= 3.0, key
    used = {
        r["service_at_locations"][0]["location_id"]
        for r in records
        if r.get("service_at_locations")
    }
    assert used >= {uid("location", k) for k in V}, "unused venue"


def check_shape(records: list[dict], specs: list[Spec]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    # shared nested entities are identical wherever they appear
    seen: dict[str, str] = {}
    for r in records:
        nested = [r["organization"]] + [a["taxonomy_term"] for a in r["attributes"]]
        loc = venue_of(r)
        if loc:
            nested += [loc] + [a["taxonomy_term"] for a in loc.get("attributes", [])]
        for e in nested:
            blob = json.dumps(e, sort_keys=True)
            assert seen.setdefault(e["id"], blob) == blob, e["id"]
    for sp, r in zip(specs, records):
        for c in sp.true_cats + sp.cats.split():
            assert c in CATEGORIES, (sp.key, c)
        if sp.note:
            assert (
                sp.true is not None and sp.cats and set(sp.true.split()) != set(sp.cats.split())
            ), sp.key
        if r["status"] == "active":
            assert not r.get("alert"), sp.key


def validate(records: list[dict]) -> str:
    try:
        import jsonschema
    except ImportError:
        return "jsonschema not importable: checked required fields by hand only"
    schema = json.loads(
        (SHARED / "data/hsds-3.0/compiled/service.json").read_text(encoding="utf-8")
    )
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for r in records:
        errors = sorted(validator.iter_errors(r), key=lambda e: list(e.path))
        assert not errors, (
            r["id"],
            r["name"],
            [f"{list(e.path)}: {e.message}" for e in errors[:3]],
        )
    formats = sorted(jsonschema.FormatChecker().checkers)
    return f"valid against compiled/service.json (Draft 2020-12; formats checked: {', '.join(formats)})"


def check_required_by_hand(records: list[dict]) -> None:
    for r in records:
        assert all(k in r for k in ("id", "name", "status"))
        assert r["status"] in ("active", "inactive", "defunct", "temporarily closed")
        for loc in [venue_of(r)] if venue_of(r) else []:
            assert "id" in loc and loc["location_type"] in ("physical", "virtual")
            for a in loc.get("addresses", []):
                assert all(
                    k in a
                    for k in (
                        "id",
                        "address_1",
                        "city",
                        "state_province",
                        "postal_code",
                        "country",
                        "address_type",
                    )
                )
        for a in r["attributes"]:
            assert all(k in a["taxonomy_term"] for k in ("id", "name", "description"))


# --------------------------------------------------------------------------- outputs
DAY_NL = {"MO": "ma", "TU": "di", "WE": "wo", "TH": "do", "FR": "vr", "SA": "za", "SU": "zo"}


def fmt_schedule(s: dict) -> str:
    out = f"{','.join(DAY_NL[d] for d in s['byday'].split(','))} {s['opens_at']}-{s['closes_at']}"
    if s.get("interval", 1) != 1:
        out += f", om de {s['interval']} weken (vanaf {s['dtstart']})"
    if s.get("valid_from") or s.get("valid_to"):
        out += f", geldig {s.get('valid_from', '…')} t/m {s.get('valid_to', '…')}"
    return out + (f" — {s['description']}" if s.get("description") else "")


def fmt_cost(rec: dict) -> str:
    if not rec.get("cost_options"):
        return "gratis (geen kostenoptie)"
    parts = [
        f"€ {euro(c['amount'])} {OPTION_NL[c['option']]}"
        + (f" ({c['amount_description']})" if c.get("amount_description") else "")
        for c in rec["cost_options"]
    ]
    return "; ".join(parts) + (
        f" — {rec['fees_description']}" if rec.get("fees_description") else ""
    )


ORDER = [
    "Deventer",
    "Colmschate",
    "Schalkhaar",
    "Diepenveen",
    "Bathmen",
    "Lettele",
    "Okkenbroek",
    "Loo",
    "Online",
    "Aan huis",
]


def wijk_of(rec: dict) -> str | None:
    loc = venue_of(rec)
    if not loc or loc["location_type"] != "physical":
        return None
    key = next(k for k in V if uid("location", k) == loc["id"])
    return V[key].place


def summary(records: list[dict]) -> str:
    def sort_key(r):
        return ORDER.index(place_label(r)), wijk_of(r) or "", r["name"].lower()

    lines = [
        "# Sociale kaart Deventer (fictief) — overzicht",
        "",
        f"{len(records)} activiteiten, gesorteerd op plaats en naam; gegenereerd door `build_catalog.py` uit "
        "`catalog.json`. Peildatum 3 december 2026.",
        "Categorieën (wor-categorie) staan hier bewust niet bij: beoordeel relevantie op de tekst.",
        "",
    ]
    current = None
    for r in sorted(records, key=sort_key):
        p = place_label(r)
        if p != current:
            lines += [f"## {p}", ""]
            current = p
        loc = venue_of(r)
        lines.append(f"### {r['name']}")
        lines.append(f"- id: `{r['id']}`")
        lines.append(f"- organisatie: {r['organization']['name']}")
        if loc and loc["location_type"] == "physical":
            a = loc["addresses"][0]
            lines.append(
                f"- locatie: {loc['name']}, {a['address_1']}, {a['postal_code']} {a['city']} "
                f"(wijk/dorp {wijk_of(r)}); {loc['latitude']}, {loc['longitude']}"
            )
            acc = codes(loc.get("attributes"), "toegankelijkheid")
            lines.append(
                f"- toegankelijkheid: {', '.join(acc) if acc else '—'}"
                + "".join(f" / {x['description']}" for x in loc.get("accessibility", []))
            )
        elif loc:
            lines.append(f"- locatie: online — {loc['name']} ({loc['url']})")
        else:
            lines.append(f"- werkgebied: {r['service_areas'][0]['name']} (aan huis)")
        dr = codes(r["attributes"], "drempel")
        lines.append(f"- drempel: {', '.join(dr) if dr else '—'}")
        sch = r.get("schedules", [])
        lines.append(
            "- tijden: "
            + ("; ".join(fmt_schedule(s) for s in sch) if sch else "geen vaste tijd (in overleg)")
        )
        lines.append(f"- kosten: {fmt_cost(r)}")
        lines.append(
            "- talen: "
            + ", ".join(
                x["code"] + (f" ({x['note']})" if x.get("note") else "") for x in r["languages"]
            )
        )
        if "minimum_age" in r or "maximum_age" in r:
            lines.append(f"- leeftijd: {r.get('minimum_age', '–')} t/m {r.get('maximum_age', '–')}")
        if r.get("eligibility_description"):
            lines.append(f"- voor wie: {r['eligibility_description']}")
        lines.append(
            f"- status: {r['status']}"
            + (f" — {r['alert']}" if r.get("alert") else "")
            + f"; laatst bevestigd: {r.get('assured_date', 'onbekend')}"
        )
        lines.append(f"- beschrijving: {r['description']}")
        lines.append("")
    return "\n".join(lines)


def vignette_overview() -> list[str]:
    path = HERE / "vignettes.json"
    if not path.exists():
        return ["(vignettes.json not written yet)"]
    vs = json.loads(path.read_text(encoding="utf-8"))
    groups = Counter(v["target_group"] for v in vs)
    graded = Counter(g for v in vs for g in v["relevance"].values())
    nofit = [v for v in vs if v["expect_no_fit"]]
    lines = [
        f"- {len(vs)} vignettes (`dv01`…), {len(nofit)} with `expect_no_fit: true`; "
        f"{sum(graded.values())} graded pairs (grade 3: {graded[3]}, 2: {graded[2]}, 1: {graded[1]}).",
        "- Target groups: "
        + ", ".join(f"{g} ({n})" for g, n in sorted(groups.items(), key=lambda x: (-x[1], x[0])))
        + ".",
        "- Requirement keys used: "
        + ", ".join(sorted({k for v in vs for k in v["request"].get("requirements", {})}))
        + ".",
        "- No-fit vignettes: "
        + "; ".join(f"`{v['id']}` {v['summary'].split('.')[0]}" for v in nofit)
        + ".",
    ]
    return lines


def readme(records: list[dict], specs: list[Spec], holes: dict, validation: str) -> str:
    by_key = {sp.key: r for sp, r in zip(specs, records)}
    n = len(records)
    places = Counter(place_label(r) for r in records)
    wijken = Counter(wijk_of(r) for r in records if wijk_of(r) in CITY_WIJKEN)
    cats = Counter(c for r in records for c in codes(r["attributes"], "wor-categorie"))
    drem = Counter(c for r in records for c in codes(r["attributes"], "drempel"))
    langs = Counter(x["code"] for r in records for x in r["languages"])
    deliv = Counter(delivery(r) for r in records)
    stale = [
        r for r in records if r.get("assured_date") and r["assured_date"] < STALE_BEFORE.isoformat()
    ]
    no_ad = [r for r in records if "assured_date" not in r]
    not_active = [r for r in records if r["status"] != "active"]
    free = [r for r in records if is_free(r)]
    wheel = [r for r in records if "wheelchair" in access_codes(r)]
    evening = [
        r
        for r in records
        if any(part_of_day(s["opens_at"]) == "evening" for s in r.get("schedules", []))
    ]
    weekend = [
        r
        for r in records
        if any(set(s["byday"].split(",")) & {"SA", "SU"} for s in r.get("schedules", []))
    ]
    fortnight = [r for r in records if any(s.get("interval") == 2 for s in r.get("schedules", []))]
    dated = [
        r
        for r in records
        if any(s.get("valid_from") or s.get("valid_to") for s in r.get("schedules", []))
    ]
    out_now = [
        r
        for r in dated
        if not any(
            (s.get("valid_from", "0") <= TODAY.isoformat() <= s.get("valid_to", "9"))
            for s in r["schedules"]
        )
    ]
    no_time = [sp for sp in specs if not sp.when or any("overleg" in w for w in sp.when)]
    aged = [r for r in records if "minimum_age" in r or "maximum_age" in r]
    missing = [sp for sp in specs if not sp.cats]
    wrong = [sp for sp in specs if sp.note]
    orgs = {r["organization"]["id"] for r in records}

    def listing(items: list[Spec], with_note: bool = False) -> list[str]:
        return [
            f"- `{by_key[sp.key]['id']}` {sp.name}"
            + (f" — {sp.note}" if with_note and sp.note else "")
            for sp in items
        ]

    L = [
        "# Evaluation catalog: sociale kaart Deventer (fictional)",
        "",
        "This catalog is **fictional**. The organisations, venues, people, addresses, e-mail addresses and URLs are",
        "made up (all domains are `.example`). Only the place names, the PC4 postal areas and the approximate",
        "coordinates are real: village venues (and Colmschate) lie within 1 km of their GeoNames place point; venues",
        "in the city wijken lie within 1.2 km of the GeoNames centroid of their PC4 and within 3 km of the GeoNames",
        "point of Deventer. The wijk names (Binnenstad, Voorstad, Zandweerd, Keizerslanden, Rivierenwijk, De Hoven,",
        "Colmschate) are real, but where each wijk lies is the writer's approximation, not a CBS polygon; the PC4 of",
        "a city venue is simply the GeoNames PC4 centroid nearest to it, and the postcode letters are invented.",
        "",
        "It was written blind: the writer never saw the matcher's code, data, tests or other vignettes; only",
        "`/work/shared` (DOMAIN.md, API-CONTRACT.md with its Dutch HSDS 3.0 profile, the example records, the seeds,",
        "the GeoNames files and the HSDS schemas) and, as format examples, the Smallingerland README, builder and the",
        "first three Smallingerland vignettes. Today is taken to be **2026-12-03**.",
        "",
        "## Files",
        f"- `catalog.json`: {n} HSDS 3.0 `service` records (Dutch profile); {validation}.",
        "- `catalog_summary.md`: every service with place, times, cost, languages, access and text (no categories).",
        "- `vignettes.json`: intake vignettes with graded relevance (format of the Smallingerland vignettes).",
        "- `build_catalog.py`: the hand-written listings and the builder; asserts geography, shared entities and the",
        "  designed holes, and writes `catalog.json`, `catalog_summary.md` and this README.",
        "- `check_vignettes.py`: asserts that every graded listing meets its vignette's hard requirements and",
        "  distance, and that no-fit vignettes have nothing that passes.",
        "",
        "Run `python3 build_catalog.py && python3 check_vignettes.py` (standard library; if `jsonschema` is",
        "importable the builder also validates every record).",
        "",
        "## Shape",
        f"- {len(orgs)} organisations, {len(V)} physical venues, {len(VIRTUAL)} online locations. Shared organisations,",
        "  locations and taxonomy terms are the same object (same id, same content) in every service that uses them.",
        "- Taxonomy term ids are those of `/work/shared/examples/dutch_profile_services.json`; `wor-categorie/other`",
        f"  (not in the examples) has id `{TERM_IDS[('wor-categorie', 'other')]}`.",
        "- Ids are `uuid5(uuid5(NAMESPACE_URL, 'https://eval.socialmap.example/deventer'), ...)`.",
        "- Municipality GM0150 (Deventer, Overijssel).",
        "",
        "## Counts",
        "",
        "| place | services |",
        "|---|---|",
    ]
    L += [f"| {p} | {places[p]} |" for p in ORDER if places[p]]
    L += ["", "| city wijk | services |", "|---|---|"]
    L += [f"| {w} | {c} |" for w, c in sorted(wijken.items(), key=lambda x: (-x[1], x[0]))]
    L += ["", "| wor-categorie (as tagged) | services |", "|---|---|"]
    L += [f"| {c} | {cats[c]} |" for c in CATEGORIES] + [f"| (none) | {len(missing)} |", ""]
    L += [
        "| feature | count |",
        "|---|---|",
        f"| in person / online / at home | {deliv['in_person']} / {deliv['online']} / {deliv['at_home']} |",
        f"| free (no cost option or amount 0) / paid | {len(free)} / {n - len(free)} |",
        f"| at a wheelchair-accessible venue | {len(wheel)} |",
        f"| has an evening slot (starts 18:00 or later) | {len(evening)} |",
        f"| has a weekend slot | {len(weekend)} |",
        f"| fortnightly (interval 2) | {len(fortnight)} |",
        f"| with valid_from/valid_to (seasonal, course, one-off) | {len(dated)} |",
        f"| … of which not running on 2026-12-03 (ended or not yet started) | {len(out_now)} |",
        f"| no fixed time (no schedule, or 'in overleg') | {len(no_time)} |",
        f"| with an age limit | {len(aged)} |",
        f"| status not active (inactive, temporarily closed, defunct) | {len(not_active)} |",
        f"| assured_date older than 12 months (before {STALE_BEFORE.isoformat()}) | {len(stale)} |",
        f"| assured_date missing | {len(no_ad)} |",
        f"| written in English | {sum(sp.en for sp in specs)} |",
        f"| written in very plain Dutch (B1/A2) | {sum(sp.plain for sp in specs)} |",
        f"| terse, generic name | {sum(sp.terse for sp in specs)} |",
        f"| no wor-categorie at all | {len(missing)} |",
        f"| wrong or incomplete wor-categorie | {len(wrong)} |",
    ]
    L += [f"| drempel `{c}` | {drem[c]} |" for c in THRESHOLDS]
    L += [
        "",
        "Languages (services offering them): "
        + ", ".join(f"{c} {k}" for c, k in langs.most_common())
        + ".",
        "",
    ]
    L += (
        [
            "## Designed messiness",
            "- Terse, generic names: " + ", ".join(sp.name for sp in specs if sp.terse) + ".",
            "- Descriptions that name a theme, not an audience (Gespreksavond: 'rouw en gemis, omgaan met ziekte';",
            "  Samen Minder Alleen: 'vriendschap, contact maken'; Thema-avond: rondkomen in de winter), audiences only",
            "  in the title (Zwemmen bij reuma en chronische pijn, Tekenen en schilderen 55+, Gym 65+ Diepenveen,",
            "  Fietsles voor vrouwen, Vrouwencafé, Mannen in de Schuur) or in passing ('gewend aan gasten met beginnende",
            "  dementie' in the Eettafel Het Keizershuis; 'bijvoorbeeld na ziekte, een burn-out of met",
            "  geheugenproblemen' on the zorgboerderij).",
            "- Volunteer roles that name whom you help (rolstoelwandelen met bewoners, boodschappenmaatje, voorlezen aan",
            "  kinderen, huiswerkbegeleiding, vrijwilliger thuisadministratie, gastvrouw in het Verhalenhuis) next to",
            "  services that *are* help (Thuisadministratie, Even vrij: oppas aan huis) but are tagged as volunteering.",
            "- Seasonal schedules out of season on 2026-12-03 (jeu de boules, duofiets, moestuin, vogels kijken,",
            "  fietsles), seasons that are running (natuurwerkdag and wintersnoei October/November-March, kerstkoor,",
            "  gespreksavonden September-March), courses that ended (Mindfulness bij somberheid) or start in 2027",
            "  (In Balans, Open iftar), one-off dates later in December (Thema-avond 10 Dec, Kerstdiner 24 Dec).",
            "- Fees that depend on a pass or membership (IJsselpas half price, Wmo-indicatie on the zorgboerderij, free",
            "  for members of the natuurvereniging), a near-duplicate (Koffie & Krant by IJsselkring and Koffieochtend",
            "  Het Keizershuis by De Zonnewijzer: the same coffee morning, two texts), a defunct listing nobody removed",
            "  (Wandelgroep Colmschate, 2023), Polish and Turkish phrases inside Dutch descriptions.",
            "",
            "### English listings",
        ]
        + listing([sp for sp in specs if sp.en])
        + ["", "### Very plain Dutch listings"]
        + listing([sp for sp in specs if sp.plain])
        + ["", "### No fixed time"]
        + listing(no_time)
        + ["", "### Not active"]
        + [f"- `{r['id']}` {r['name']} — {r['status']}: {r.get('alert', '')}" for r in not_active]
        + [
            "",
            "## Deliberately missing or wrong categories",
            "",
            f"No `wor-categorie` attribute at all ({len(missing)}):",
        ]
        + listing(missing)
        + ["", f"Wrong or incomplete categories for their text ({len(wrong)}):"]
        + listing(wrong, True)
        + [""]
    )
    L += ["## Designed coverage holes", ""]
    for i, (title, text) in enumerate(HOLE_TEXT, 1):
        L.append(f"{i}. **{title}.** {text}")
        if i == 1:
            near = ", ".join(
                f"{by_key[k]['name']} ({d} km, no wheelchair)"
                for d, k in sorted(holes["near_okk_move"])
            )
            far = ", ".join(
                f"{by_key[k]['name']} ({d} km)" for d, k in holes["wheel_move_dist"][:4]
            )
            L.append(f"   Near Okkenbroek: {near}. Nearest wheelchair-accessible movement: {far}.")
        if i == 3:
            L.append(
                "   Nearest active venue with a hearing loop: "
                + ", ".join(f"{d} km from {v}" for v, d in holes["loop_dist"].items())
                + "."
            )
    L += (
        [
            "",
            "The assertions are in `check_holes()` of `build_catalog.py`. No-fit vignettes built on them: `dv21` (hole 1),",
            "`dv23` (hole 2), `dv22` (hole 3, Loo, in person), `dv24` (hole 4). `dv16` (Polish, evenings only) follows from",
            "the catalog without a designed hole: Polish is only spoken on a Saturday and a Friday afternoon.",
            "",
            "## Vignettes",
            "",
        ]
        + vignette_overview()
        + [
            "- Grading: 3 = exactly what they ask, 2 = good fit, 1 = acceptable or partial; ungraded = not relevant or",
            "  failing a hard requirement. Only listings that are active, running on 2026-12-03, within",
            "  `max_distance_km` (haversine; online and at-home pass) and meeting every stated requirement are graded.",
            "- Requirement semantics used by the checker: `languages` = the listing offers at least one of them;",
            "  `days`/`parts_of_day` = at least one schedule that runs now is on an allowed day *and* starts in an",
            "  allowed part of day (before 12:00 morning, before 18:00 afternoon, else evening); listings with no",
            "  schedule are never graded when days or parts of day are asked; `max_cost_eur_per_month` as in the",
            "  contract (per_session x 4.33 / interval; with several schedules, the weekly one counts); `free_only` =",
            "  no cost option above 0; age against `minimum_age`/`maximum_age`; accessibility codes only at a venue.",
            "",
            "Bron plaatsen: GeoNames (CC BY 4.0)",
            "",
        ]
    )
    return "\n".join(L)


def build_all() -> list[dict]:
    return [build(sp) for sp in SPECS]


def main() -> None:
    records = build_all()
    check_shape(records, SPECS)
    check_required_by_hand(records)
    check_geography(records)
    holes = check_holes(records, SPECS)
    validation = validate(records)
    (HERE / "catalog.json").write_text(
        json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (HERE / "catalog_summary.md").write_text(summary(records), encoding="utf-8")
    (HERE / "README.md").write_text(readme(records, SPECS, holes, validation), encoding="utf-8")
    print(f"{len(records)} services; {validation}", file=sys.stderr)


if __name__ == "__main__":
    main()
