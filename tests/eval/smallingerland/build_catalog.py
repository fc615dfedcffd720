#!/usr/bin/env python3
"""Build a fictional sociale kaart of Smallingerland (GM0090) as HSDS 3.0 service records.

Standard library only. Writes catalog.json, catalog_summary.md and README.md next to this file.
Everything here is made up (organisations, people, addresses, URLs on .example domains);
coordinates lie near the real GeoNames places. Run: python3 build_catalog.py
"""

import datetime as dt
import hashlib
import json
import math
import re
import sys
import uuid
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://eval.socialmap.example/smallingerland")
TODAY = dt.date(2026, 12, 3)


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))


# ---------------------------------------------------------------- taxonomy terms
# Ids reused from /work/shared/examples/dutch_profile_services.json (one id per taxonomy+code).
TERMS = {
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
        None,  # id set below
        "Andere mogelijkheden",
        "Praktische hulp, cursussen, advies en ondersteuning.",
    ),
    ("drempel", "walk_in"): (
        "37a1d414-1ea3-5d85-a77a-851925f8fcbc",
        "Vrije inloop",
        "Aanmelden is niet nodig; je kunt gewoon binnenlopen.",
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
    ("drempel", "come_alone_welcome"): (
        "5a77a3ed-1a04-52f7-9e75-0629e1e8b472",
        "Alleen komen is welkom",
        "Je hoeft niemand mee te nemen; veel mensen komen alleen.",
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
# "other" does not occur in the example file: its id is our own, made deterministic here.
TERMS[("wor-categorie", "other")] = (uid("term", "wor-categorie", "other"),) + TERMS[
    ("wor-categorie", "other")
][1:]

LANG_NAMES = {
    "nl": "Nederlands",
    "fy": "Fries",
    "en": "Engels",
    "ar": "Arabisch",
    "ti": "Tigrinya",
    "tr": "Turks",
    "pl": "Pools",
    "uk": "Oekraïens",
    "so": "Somalisch",
    "fa": "Perzisch (Farsi/Dari)",
    "de": "Duits",
    "ru": "Russisch",
}

# ---------------------------------------------------------------- organisations
# key: (name, description, domain)
ORGS = {
    "kring": (
        "Stichting Welzijn De Kring Smallingerland",
        "Welzijnsorganisatie voor Drachten en de dorpen: welzijnscoaches (Welzijn op Recept), buurtwerk, ouderenwerk, energiecoaches en maatjesprojecten.",
        "dekring-welzijn",
    ),
    "sport": (
        "Sportbedrijf Smallingerland",
        "Beheert sportcentrum De Wiken en zwembad De Wettertún; de buurtsportcoaches van het Beweegteam organiseren beweegaanbod in de wijken en dorpen.",
        "sportbedrijf-smallingerland",
    ),
    "vrijw": (
        "Vrijwilligerspunt Smallingerland",
        "Vacaturebank en advies voor vrijwilligerswerk in Smallingerland, met een spreekuur in de bibliotheek van Drachten.",
        "vrijwilligerspunt-smallingerland",
    ),
    "naast": (
        "Vereniging Naast Elkaar, afdeling Smallingerland",
        "Vrijwilligersorganisatie voor thuisadministratie, rouwbegeleiding en gezinsmaatjes.",
        "naastelkaar-smallingerland",
    ),
    "geld": (
        "Stichting Geldkompas Smallingerland",
        "Vrijwillige schuldhulpmaatjes, formulierenhulp en een juridisch spreekuur met vrijwillige juristen.",
        "geldkompas-smallingerland",
    ),
    "voedsel": (
        "Stichting Voedselbank Smallingerland",
        "Wekelijkse voedselpakketten voor huishoudens die tijdelijk niet rond kunnen komen; draait volledig op vrijwilligers.",
        "voedselbank-smallingerland",
    ),
    "tuin": (
        "Stichting Buurttuin De Wikenhof",
        "Buurtmoestuin en pluktuin in de wijk De Wiken in Drachten, onderhouden door buurtbewoners.",
        "wikenhof",
    ),
    "biep": (
        "Bibliotheek Smallingerland",
        "Openbare bibliotheek met vestiging in het centrum van Drachten; Taalhuis, digitale hulp, leesclubs en activiteiten.",
        "bibliotheek-smallingerland",
    ),
    "museum": (
        "Streekmuseum De Feartshûs",
        "Klein streekmuseum in het centrum van Drachten over de geschiedenis van de veenkoloniën, de vaarten en het dorpsleven.",
        "feartshus",
    ),
    "kleurkist": (
        "Atelier De Kleurkist",
        "Open kunstatelier in Drachten, begeleid door beeldend kunstenaars.",
        "dekleurkist",
    ),
    "koor": (
        "Zangvereniging Canta Libre Drachten",
        "Zangvereniging met een popkoor, een meezinggroep voor ouderen en een zanggroep voor mensen met longklachten.",
        "cantalibre-drachten",
    ),
    "fontein": (
        "Protestantse Gemeente De Fontein Drachten",
        "Kerkelijke gemeente in het centrum van Drachten met een open kerk, een stilteruimte en ontmoetingsactiviteiten voor de buurt.",
        "defontein-drachten",
    ),
    "grace": (
        "Grace International Church Drachten",
        "English-speaking international church that meets in Ontmoetingscentrum De Bron, Drachten-Oost.",
        "grace-drachten",
    ),
    "moskee": (
        "Stichting Moskee Al-Amal Drachten",
        "Moskee en ontmoetingsplek aan de Drachtstervaart; organiseert ook activiteiten voor vrouwen en open dagen.",
        "alamal-drachten",
    ),
    "nijthus": (
        "Stichting Nij Thús",
        "Vrijwilligersorganisatie voor nieuwkomers en statushouders in Smallingerland: taalmaatjes, ontmoeting en praktische hulp.",
        "nijthus",
    ),
    "expat": (
        "Drachten International Circle",
        "Informal club for internationals, expats and newcomers living in and around Drachten.",
        "drachten-international",
    ),
    "repair": (
        "Repair Café Drachten",
        "Volunteer-run Repair Café in De Werkplaats, Drachten.",
        "repaircafe-drachten",
    ),
    "jong": (
        "Jongerenwerk De Ruimte",
        "Jongerenwerk in Smallingerland: jongerencentrum De Ruimte in Drachten en ambulant jongerenwerk in de dorpen.",
        "jongerenwerk-deruimte",
    ),
    "mantel": (
        "Mantelzorgpunt Smallingerland",
        "Informatie, ontmoeting en ondersteuning voor mantelzorgers, ook voor jonge mantelzorgers.",
        "mantelzorgpunt-smallingerland",
    ),
    "geheugen": (
        "Stichting Geheugenhuis Friesland-Oost",
        "Inloophuis en ontmoetingscafé voor mensen met (beginnende) dementie en hun naasten.",
        "geheugenhuis",
    ),
    "fysio": (
        "Fysiotherapie Beweegwijs",
        "Praktijk voor fysiotherapie en oefentherapie in Drachten-Oost, met beweeggroepen voor mensen met chronische klachten.",
        "beweegwijs-fysio",
    ),
    "sprong": (
        "Sportvereniging De Sprong Drachten",
        "Omnisportvereniging op sportpark De Folgeren: voetbal, volleybal en recreatief sporten.",
        "desprong-drachten",
    ),
    "natuur": (
        "Natuurvereniging De Wâldpyk",
        "Vereniging voor natuurstudie en natuurbeheer in Smallingerland; excursies en werkdagen met vrijwilligers.",
        "waldpyk",
    ),
    "senioren": (
        "Seniorenvereniging Drachten en Omstreken",
        "Vereniging voor 50-plussers in Drachten en de dorpen, met activiteiten, belastingservice en een vaarclub.",
        "senioren-drachten",
    ),
    "gezin": (
        "Opvoedpunt Smallingerland",
        "Vragen over opvoeden en opgroeien: spreekuren, oudercursussen en ouderkamers.",
        "opvoedpunt-smallingerland",
    ),
    "werk": (
        "Stichting Werkplaats Kansrijk",
        "Werkcafé, leerwerkplekken en een kringloopwinkel in De Werkplaats in Drachten, voor mensen die (weer) aan het werk willen.",
        "werkplaats-kansrijk",
    ),
    "stilte": (
        "Praktijk Adem & Rust",
        "Praktijk voor mindfulness, yoga en ontspanning in Drachten.",
        "ademenrust",
    ),
    "noorder": (
        "Protestantse Gemeente De Noorderdorpen",
        "Kerkelijke gemeente van Nijega, De Tike en Opeinde.",
        "noorderdorpen-kerk",
    ),
    "gearhing": (
        "Stichting Dorpshuis De Gearhing",
        "Het dorpshuis van Boornbergum, gerund door vrijwilligers.",
        "gearhing",
    ),
    "kruspunt": (
        "Stichting MFC It Kruspunt",
        "Multifunctioneel centrum van Opeinde met dorpshuis, basisschool en sportzaal.",
        "kruspunt-opeinde",
    ),
    "dobbe": (
        "Vereniging Dorpshuis De Dobbe",
        "Het dorpshuis van Rottevalle.",
        "dedobbe-rottevalle",
    ),
    "aldhus": (
        "Stichting It Aldegeaster Hûs",
        "Dorpshuis van Oudega (Smallingerland).",
        "aldegeasterhus",
    ),
    "kompanjy": (
        "Stichting Dorpshuis De Kompanjy",
        "Dorpshuis van Drachtstercompagnie.",
        "kompanjy",
    ),
}

# ---------------------------------------------------------------- venues
# key: (name, owner org, city, wijk or None, lat, lon, street, postal code, toegankelijkheid codes,
#       [accessibility texts], description, transportation)
FULL = (
    "wheelchair accessible_toilet hearing_loop step_free guide_dog_welcome parking public_transport"
)
VENUES = {
    # --- Drachten
    "kompas": (
        "Wijkcentrum De Kompaskamer",
        "kring",
        "Drachten",
        "Centrum",
        53.1066,
        6.0985,
        "Kompasstrjitte 2",
        "9201 GK",
        FULL + " dementia_friendly",
        [
            "Ingang zonder drempels met automatische deur; alle zalen op de begane grond.",
            "Invalidentoilet en ringleiding in de grote zaal.",
            "Gehandicaptenparkeerplaats voor de deur; hulphonden welkom.",
        ],
        "Wijkcentrum in het centrum van Drachten met een grote zaal, twee kleine zalen, een keuken en een koffiehoek.",
        "Busstation op 400 meter; bushalte Kompasstrjitte voor de deur.",
    ),
    "biep": (
        "Bibliotheek Drachten",
        "biep",
        "Drachten",
        "Centrum",
        53.1076,
        6.0968,
        "Boekhofplein 1",
        "9201 BP",
        FULL,
        [
            "Gelijkvloerse ingang en lift naar de eerste verdieping.",
            "Aangepast toilet op de begane grond; ringleiding bij de balie en in de leeszaal.",
        ],
        "De centrale bibliotheek met leescafé, Taalhuis, computerplekken en een zaal op de eerste verdieping.",
        "Busstation op 300 meter; parkeergarage Boekhof ernaast.",
    ),
    "museum": (
        "Streekmuseum De Feartshûs",
        "museum",
        "Drachten",
        "Centrum",
        53.1056,
        6.0993,
        "Feartswal 7",
        "9201 HL",
        "wheelchair accessible_toilet step_free guide_dog_welcome public_transport dementia_friendly",
        [
            "Het museum is met een hellingbaan en een lift helemaal met de rolstoel te bezoeken.",
            "Aangepast toilet bij de ingang. Er zijn klapstoeltjes en een rolstoel te leen.",
        ],
        "Klein museum in een voormalig pakhuis aan de vaart, met een museumcafé.",
        "Bushalte Centrum op 250 meter. Parkeren in de parkeergarage aan de overkant.",
    ),
    "fontein": (
        "Kerk De Fontein",
        "fontein",
        "Drachten",
        "Centrum",
        53.1069,
        6.0958,
        "Fonteinstrjitte 12",
        "9201 EN",
        "wheelchair step_free hearing_loop public_transport",
        [
            "Hellingbaan naar de zij-ingang; kerkzaal en ontmoetingsruimte gelijkvloers.",
            "Ringleiding in de kerkzaal. Geen aangepast toilet (wel een ruim toilet met beugels).",
        ],
        "Kerkgebouw met stilteruimte, ontmoetingszaal en keuken in het centrum.",
        "Bushalte op 200 meter. Beperkt parkeren aan de straat.",
    ),
    "singel": (
        "Buurthuis De Singelhoeke",
        "kring",
        "Drachten",
        "De Singels",
        53.1000,
        6.0905,
        "Singelhoeke 3",
        "9203 AR",
        "public_transport parking",
        [
            "De zaal ligt op de eerste verdieping en is alleen met de trap bereikbaar; er is geen lift.",
            "Toilet op de eerste verdieping, niet aangepast.",
        ],
        "Klein buurthuis in De Singels met een zaal boven de buurtwinkel.",
        "Bushalte Singels op 150 meter; gratis parkeren.",
    ),
    "geldk": (
        "Servicepunt Geldkompas",
        "geld",
        "Drachten",
        "De Singels",
        53.1022,
        6.0940,
        "Moleneinde 41",
        "9203 EJ",
        "wheelchair accessible_toilet step_free public_transport",
        [
            "Gelijkvloers kantoor met een brede deur en een aangepast toilet.",
            "Gesprekken in een aparte kamer, zodat niemand meeluistert.",
        ],
        "Kantoor van Geldkompas met een wachtruimte en drie spreekkamers.",
        "Bushalte Moleneinde op 100 meter.",
    ),
    "bouwen": (
        "Gezondheidshuis De Bouwen",
        "gezin",
        "Drachten",
        "De Bouwen",
        53.1002,
        6.1045,
        "Bouwenlaan 18",
        "9203 PT",
        "public_transport parking",
        [
            "Spreekkamers op de begane grond zijn drempelvrij; de groepsruimte op de eerste verdieping is alleen met de trap te bereiken.",
            "Geen ringleiding.",
        ],
        "Gezondheidshuis met huisartsen, een groepsruimte en spreekkamers voor het Opvoedpunt en andere praktijken.",
        "Bushalte De Bouwen voor de deur; parkeerplaats achter het gebouw.",
    ),
    "venen": (
        "Buurthuis De Venen",
        "kring",
        "Drachten",
        "De Venen",
        53.1008,
        6.1130,
        "Feanwei 9",
        "9202 KV",
        "parking",
        [
            "Twee treden bij de ingang en een smalle gang; niet geschikt voor rolstoel of scootmobiel.",
            "Toilet niet aangepast.",
        ],
        "Klein buurthuis in een oud schoolgebouw in De Venen.",
        "Geen bushalte dichtbij (600 meter); wel parkeren voor de deur.",
    ),
    "draai": (
        "Wijkgebouw De Draaikolk",
        "kring",
        "Drachten",
        "De Drait",
        53.0985,
        6.0720,
        "Draaikolk 1",
        "9204 DK",
        FULL,
        [
            "Ingang en zalen gelijkvloers; automatische deuren.",
            "Aangepast toilet, ringleiding in zaal 1.",
        ],
        "Wijkgebouw in De Drait met drie zalen, een keuken en een huiskamer.",
        "Bushalte De Drait op 100 meter; parkeerplaats naast het gebouw.",
    ),
    "moskee": (
        "Moskee Al-Amal",
        "moskee",
        "Drachten",
        "Drachtstervaart",
        53.1046,
        6.0770,
        "Feartsleane 58",
        "9204 KW",
        "step_free parking public_transport",
        [
            "De ontmoetingsruimte is gelijkvloers; de gebedsruimte voor vrouwen ligt op de eerste verdieping (trap).",
            "Geen aangepast toilet.",
        ],
        "Moskee met een ontmoetingsruimte en een theekeuken.",
        "Bushalte Feartsleane op 200 meter; eigen parkeerterrein.",
    ),
    "verkeer": (
        "Verkeersoefenplein De Drait",
        "nijthus",
        "Drachten",
        "De Drait",
        53.0990,
        6.0765,
        "Sportlaan 4 (achter de gymzaal)",
        "9204 SL",
        "parking",
        [
            "Afgesloten oefenplein buiten; geen toilet op het plein zelf.",
            "Oefenfietsen zijn er in verschillende maten; de toegang is via een grindpad.",
        ],
        "Afgesloten verkeersoefenplein naast de gymzaal, gebruikt voor fietslessen.",
        "Bushalte De Drait op 400 meter.",
    ),
    "trisken": (
        "Buurtkamer It Spoar",
        "kring",
        "Drachten",
        "De Drait",
        53.1010,
        6.0745,
        "Spoarstrjitte 6",
        "9204 SP",
        "wheelchair step_free accessible_toilet public_transport",
        [
            "Buurtkamer op de begane grond van een woongebouw; deur zonder drempel.",
            "Aangepast toilet aanwezig.",
        ],
        "Gezellige buurtkamer met een koffiehoek en een grote tafel.",
        "Bushalte Spoarstrjitte voor de deur.",
    ),
    "haven": (
        "De Werkplaats",
        "werk",
        "Drachten",
        "De Haven",
        53.1130,
        6.0660,
        "Havenkade 22",
        "9206 HK",
        "wheelchair step_free accessible_toilet parking public_transport",
        [
            "Bedrijfshal met brede deuren en een betonvloer zonder drempels.",
            "Aangepast toilet bij de kantine.",
        ],
        "Voormalige bedrijfshal aan de haven met een kringloopwinkel, een werkplaats en een kantine.",
        "Bushalte Havenkade op 300 meter; ruime parkeerplaats.",
    ),
    "voedsel": (
        "Uitgiftepunt Voedselbank",
        "voedsel",
        "Drachten",
        "De Haven",
        53.1095,
        6.0725,
        "Ambachtsweg 5",
        "9206 AM",
        "step_free parking",
        [
            "Uitgifte aan de achterzijde op de begane grond, zonder drempels.",
            "Geen aangepast toilet. Een vrijwilliger helpt met tillen en inpakken.",
        ],
        "Loods met opslag en een uitgifteruimte; de ingang voor klanten zit aan de zijkant.",
        "Bushalte op 500 meter; parkeren voor de loods.",
    ),
    "swetten": (
        "Wijkcentrum 't Trefpunt",
        "kring",
        "Drachten",
        "De Swetten",
        53.1120,
        6.0880,
        "Swettehiem 1",
        "9201 SW",
        FULL + " dementia_friendly",
        [
            "Volledig gelijkvloers, automatische deuren.",
            "Aangepast toilet en ringleiding in de grote zaal.",
            "Vaste vrijwilligers hebben de training dementievriendelijk gevolgd.",
        ],
        "Wijkcentrum in De Swetten met een restaurantje, een biljartzaal en een grote zaal.",
        "Bushalte Swettehiem op 50 meter; eigen parkeerterrein.",
    ),
    "kleurkist": (
        "Atelier De Kleurkist",
        "kleurkist",
        "Drachten",
        "De Swetten",
        53.1096,
        6.0850,
        "Skilderspaad 14",
        "9201 KK",
        "public_transport",
        [
            "Het atelier ligt op de eerste verdieping en is alleen via een steile trap te bereiken.",
            "Geen aangepast toilet.",
        ],
        "Licht atelier boven een fietsenwinkel, met grote tafels, ezels en een kleioven.",
        "Bushalte op 200 meter; betaald parkeren in de straat.",
    ),
    "stadspark": (
        "Stadspark Drachten (start bij de vijver)",
        "kring",
        "Drachten",
        "De Swetten",
        53.1140,
        6.0920,
        "Parkleane 1 (ingang bij de vijver)",
        "9201 PL",
        "public_transport",
        [
            "Verzamelen bij het bankje aan de vijver. De route gaat deels over onverharde paden en een houten brug met treden.",
            "Geen toilet onderweg.",
        ],
        "Het stadspark aan de noordkant van het centrum, met een vijver en wandelpaden.",
        "Bushalte Parkleane op 200 meter.",
    ),
    "ruimte": (
        "Jongerencentrum De Ruimte",
        "jong",
        "Drachten",
        "De Folgeren",
        53.1230,
        6.0850,
        "Folgerenwei 30",
        "9207 FW",
        "wheelchair accessible_toilet step_free public_transport",
        [
            "Gelijkvloers gebouw met een aangepast toilet.",
            "De muziekstudio is klein; met een rolstoel past het net.",
        ],
        "Jongerencentrum met een chillruimte, een muziekstudio en een keuken.",
        "Bushalte Folgeren op 100 meter; fietsenstalling.",
    ),
    "folgeren": (
        "Sportpark De Folgeren (kantine De Sprong)",
        "sprong",
        "Drachten",
        "De Folgeren",
        53.1262,
        6.0950,
        "Sportparkleane 2",
        "9207 SP",
        "parking public_transport",
        [
            "De kantine ligt op de eerste verdieping (trap); de kleedkamers zijn via een trapje bereikbaar.",
            "Geen aangepast toilet.",
        ],
        "Sportpark met kunstgrasvelden, een kleine sporthal en de clubkantine van De Sprong.",
        "Bushalte Sportpark op 300 meter; grote parkeerplaats.",
    ),
    "waldpark": (
        "Folgerenpark, natuurpad (start bij het infobord)",
        "natuur",
        "Drachten",
        "De Folgeren",
        53.1285,
        6.0800,
        "Folgerenpaad (parkeerplaats)",
        "9207 NP",
        "parking",
        [
            "Onverharde paden die na regen modderig zijn; niet geschikt voor rolstoel of rollator.",
            "Geen toilet.",
        ],
        "Natuurpark met bos, een ven en bloemrijk grasland aan de noordwestkant van Drachten.",
        "Geen bushalte in de buurt; parkeerplaats bij het infobord.",
    ),
    "geheugen": (
        "Het Geheugenhuis",
        "geheugen",
        "Drachten",
        "Noord-Oost",
        53.1125,
        6.1030,
        "Noarderein 15",
        "9202 NE",
        FULL + " dementia_friendly",
        [
            "Een woonhuis dat helemaal gelijkvloers is gemaakt, met een aangepast toilet.",
            "Rustige ruimtes, duidelijke bewegwijzering en vrijwilligers die getraind zijn in omgaan met dementie.",
        ],
        "Een huiskamer-achtige plek met een tuin, een keuken en een stille kamer.",
        "Bushalte Noarderein op 150 meter; parkeren voor de deur.",
    ),
    "zorg": (
        "Zorgcentrum It Heechhiem",
        "vrijw",
        "Drachten",
        "Drachten Oost",
        53.1190,
        6.1180,
        "Heechhiemlaan 2",
        "9202 HH",
        FULL + " dementia_friendly",
        [
            "Volledig rolstoeltoegankelijk zorgcentrum.",
            "Aangepaste toiletten op elke verdieping; ringleiding in de recreatiezaal.",
        ],
        "Zorgcentrum met een restaurant en een grote tuin; vrijwilligers komen hier voor bewoners.",
        "Bushalte Heechhiem voor de deur.",
    ),
    "tuin": (
        "Buurttuin De Wikenhof",
        "tuin",
        "Drachten",
        "De Wiken",
        53.1095,
        6.1190,
        "Wikenpaad 40",
        "9202 WH",
        "wheelchair step_free accessible_toilet parking",
        [
            "Verharde hoofdpaden en vier verhoogde plantenbakken waar je vanuit een rolstoel bij kunt.",
            "Aangepast toilet in het tuinhuis.",
        ],
        "Buurttuin met moestuinbakken, een pluktuin, een kas en een tuinhuis met keukentje.",
        "Bushalte Wiken op 400 meter; parkeren aan het Wikenpaad.",
    ),
    "sporthal": (
        "Sportcentrum De Wiken en zwembad De Wettertún",
        "sport",
        "Drachten",
        "De Wiken",
        53.1080,
        6.1270,
        "Sportlaan Wiken 1",
        "9202 SW",
        FULL,
        [
            "Volledig rolstoeltoegankelijk: sporthal en zwembad gelijkvloers, tillift bij het instructiebad.",
            "Aangepaste kleedkamers en toiletten; ringleiding bij de receptie.",
            "Gehandicaptenparkeerplaatsen bij de hoofdingang.",
        ],
        "Sportcentrum met twee sporthallen, een beweegzaal en een zwembad met instructiebad (32 graden).",
        "Bushalte Sportcentrum voor de deur; grote parkeerplaats.",
    ),
    "fysio": (
        "Fysiotherapie Beweegwijs",
        "fysio",
        "Drachten",
        "Drachten Oost",
        53.1160,
        6.1300,
        "Easterwei 120",
        "9202 EW",
        "wheelchair accessible_toilet step_free parking public_transport guide_dog_welcome",
        [
            "Gelijkvloerse praktijk met een ruime oefenzaal en aangepast toilet.",
            "Oefentoestellen zijn in te stellen voor rolstoelgebruikers.",
        ],
        "Praktijk met een oefenzaal van 150 m² en twee behandelkamers.",
        "Bushalte Easterwei op 100 meter; eigen parkeerplaats.",
    ),
    "beweegtuin": (
        "Beweegtuin Drachten-Oost",
        "sport",
        "Drachten",
        "Drachten Oost",
        53.1200,
        6.1250,
        "Easterpark (ingang Fjildwei)",
        "9202 FJ",
        "wheelchair step_free parking public_transport",
        [
            "Beweegtuin met een verharde ondergrond; drie toestellen zijn geschikt voor rolstoelgebruikers.",
            "Geen toilet in het park; toilet in Ontmoetingscentrum De Bron (500 meter).",
        ],
        "Openluchtbeweegtuin met fitnesstoestellen in het Easterpark.",
        "Bushalte Fjildwei op 100 meter.",
    ),
    "bron": (
        "Ontmoetingscentrum De Bron",
        "grace",
        "Drachten",
        "Drachten Oost",
        53.1230,
        6.1150,
        "Boarnstrjitte 5",
        "9202 BS",
        "wheelchair accessible_toilet step_free parking public_transport",
        ["Gelijkvloers gebouw met aangepast toilet.", "Ruime parkeerplaats naast het gebouw."],
        "Ontmoetingscentrum met een grote zaal, een keuken en een kinderruimte.",
        "Bushalte Boarnstrjitte op 200 meter.",
    ),
    # --- villages
    "gearhing": (
        "Dorpshuis De Gearhing",
        "gearhing",
        "Boornbergum",
        None,
        53.0840,
        6.0470,
        "Gearhingsleane 8",
        "9212 GH",
        "wheelchair accessible_toilet step_free parking",
        [
            "Ingang en zaal gelijkvloers; aangepast toilet naast de zaal.",
            "Parkeren naast het dorpshuis.",
        ],
        "Dorpshuis in het midden van Boornbergum met een zaal, een kleine zaal en een keuken.",
        "De bus naar Drachten stopt twee keer per uur op 300 meter.",
    ),
    "kerkplein": (
        "Kerkplein Boornbergum (startpunt)",
        "gearhing",
        "Boornbergum",
        None,
        53.0822,
        6.0448,
        "Tsjerkestrjitte 1 (bij de kerk)",
        "9212 TK",
        "parking",
        [
            "Verzamelen op het kerkplein. De route gaat over klinkers, fietspaden en een onverhard stuk langs het water.",
            "Geen toilet bij het startpunt.",
        ],
        "Het plein bij de dorpskerk, startpunt van wandelingen.",
        "Bushalte op 200 meter.",
    ),
    "gymboorn": (
        "Gymzaal Boornbergum",
        "gearhing",
        "Boornbergum",
        None,
        53.0850,
        6.0430,
        "Skoalleane 3",
        "9212 SK",
        "parking",
        [
            "Oude gymzaal met drie treden bij de ingang en een drempel naar de zaal; niet rolstoeltoegankelijk.",
            "Kleedkamers en toilet zijn niet aangepast.",
        ],
        "Gymzaal naast de basisschool.",
        "Bushalte op 400 meter.",
    ),
    "kruspunt": (
        "MFC It Kruspunt",
        "kruspunt",
        "Opeinde",
        None,
        53.1335,
        6.0580,
        "Kruspuntleane 1",
        "9218 KP",
        "step_free parking public_transport",
        [
            "Ingang gelijkvloers, maar zware handdeuren en een smalle gang; met een rolstoel lastig zelfstandig binnen te komen.",
            "Geen aangepast toilet. Jeu-de-boulesbaan naast het gebouw (gravel).",
        ],
        "Multifunctioneel centrum met een dorpszaal, basisschool, sportzaal en jeu-de-boulesbaan.",
        "Bushalte Opeinde op 250 meter.",
    ),
    "dobbe": (
        "Dorpshuis De Dobbe",
        "dobbe",
        "Rottevalle",
        None,
        53.1460,
        6.1030,
        "Dobbeleane 2",
        "9221 DB",
        "step_free parking public_transport",
        [
            "Ingang zonder drempel, maar de toiletten zijn klein en niet aangepast.",
            "De bovenzaal (fotoclub) is alleen met de trap bereikbaar.",
        ],
        "Dorpshuis aan de dobbe (vijver) in Rottevalle, met een zaal en een bovenzaal.",
        "Bushalte Rottevalle op 100 meter.",
    ),
    "aldhus": (
        "It Aldegeaster Hûs",
        "aldhus",
        "Oudega",
        None,
        53.1255,
        5.9985,
        "Buorren 21",
        "9216 BN",
        "wheelchair accessible_toilet step_free parking hearing_loop",
        ["Ingang en zaal gelijkvloers; aangepast toilet.", "Ringleiding in de grote zaal."],
        "Dorpshuis van Oudega met een grote zaal en een keuken.",
        "Buurtbus naar Drachten (op afroep); parkeren naast het dorpshuis.",
    ),
    "gymoudega": (
        "Gymzaal Oudega",
        "aldhus",
        "Oudega",
        None,
        53.1240,
        6.0010,
        "Sportleane 1",
        "9216 SL",
        "parking",
        [
            "Gymzaal met een hoge drempel en een trapje naar de kleedkamers.",
            "Geen aangepast toilet.",
        ],
        "Kleine gymzaal aan de rand van het dorp.",
        "Geen bushalte dichtbij.",
    ),
    "kerknijega": (
        "Kerk en kerkzaal Nijega",
        "noorder",
        "Nijega",
        None,
        53.1400,
        6.0280,
        "Tsjerkepaad 2",
        "9217 TP",
        "step_free parking",
        ["Kerkzaal gelijkvloers; het toilet is klein en niet aangepast.", "Parkeren bij de kerk."],
        "Dorpskerk met een kerkzaal en keukentje.",
        "Geen bushalte in het dorp; de buurtbus stopt op verzoek.",
    ),
    "kerktike": (
        "Kerkzaal De Tike",
        "noorder",
        "De Tike",
        None,
        53.1512,
        6.0370,
        "Tikewei 11",
        "9219 TW",
        "parking",
        ["Eén trede bij de ingang; toilet niet aangepast."],
        "Kleine kerkzaal naast de kerk van De Tike.",
        "Geen openbaar vervoer.",
    ),
    "tikepad": (
        "Startpunt Tikeroute (bij de brug)",
        "natuur",
        "De Tike",
        None,
        53.1530,
        6.0390,
        "Tikewei (parkeerplek bij de brug)",
        "9219 TB",
        "parking",
        ["Onverhard boerenlandpad met hekken en een klaphek.", "Geen toilet."],
        "Startpunt van de Tikeroute door het boerenland en langs de houtwallen.",
        "Geen openbaar vervoer.",
    ),
    "waldhoeke": (
        "MFC De Wâldhoeke",
        "kring",
        "Houtigehage",
        None,
        53.1515,
        6.1440,
        "Wâldhoekeleane 4",
        "9223 WH",
        "wheelchair accessible_toilet step_free parking public_transport",
        ["Gelijkvloers centrum met een aangepast toilet.", "Parkeren voor de deur."],
        "Multifunctioneel centrum met dorpszaal, gymzaal en peuteropvang.",
        "Bushalte Houtigehage op 150 meter.",
    ),
    "kompanjy": (
        "Dorpshuis De Kompanjy",
        "kompanjy",
        "Drachtstercompagnie",
        None,
        53.1350,
        6.1405,
        "Kompanjonsleane 9",
        "9222 KJ",
        "wheelchair step_free parking",
        ["Ingang en zaal gelijkvloers; toiletten niet aangepast."],
        "Dorpshuis met een zaal, een bar en een jeugdhonk.",
        "Bushalte op 500 meter.",
    ),
    "wylgen": (
        "Dorpshuis De Wylgen",
        "kring",
        "De Wilgen",
        None,
        53.0990,
        6.0350,
        "Wylgeleane 6",
        "9213 WL",
        "parking",
        [
            "Hoge drempel bij de voordeur en een trapje naar de biljartzaal.",
            "Toilet niet aangepast.",
        ],
        "Klein dorpshuis met een zaal en een biljartzaal.",
        "Bushalte De Wilgen op 300 meter.",
    ),
    "kamp": (
        "Buurthuis De Kamp",
        "kring",
        "Kortehemmen",
        None,
        53.0772,
        6.0715,
        "Kampwei 3",
        "9211 KW",
        "parking",
        ["Een kleine trede bij de ingang; toilet niet aangepast."],
        "Buurthuis in een voormalig schooltje.",
        "Geen bushalte in Kortehemmen.",
    ),
    "kortepad": (
        "Verzamelplek landschapsbeheer Kortehemmen",
        "natuur",
        "Kortehemmen",
        None,
        53.0760,
        6.0750,
        "Hemmewei (bij de schuur van De Wâldpyk)",
        "9211 HW",
        "parking",
        [
            "Werken op onverhard terrein en in houtwallen; stevige schoenen of laarzen nodig.",
            "Toilet in de schuur.",
        ],
        "Gereedschapsschuur van De Wâldpyk aan de rand van het dorp.",
        "Geen openbaar vervoer.",
    ),
    "leijen": (
        "Steiger aan De Leijen, Smalle Ee",
        "senioren",
        "Smalle Ee",
        None,
        53.1040,
        6.0160,
        "Leijedyk 2 (steiger)",
        "9214 LD",
        "parking",
        [
            "Aan boord gaan via een houten steiger met een opstapje; niet geschikt voor rolstoelen.",
            "Toilet in het havengebouwtje, niet aangepast.",
        ],
        "Steiger en vogelkijkplek aan het meer De Leijen.",
        "Geen openbaar vervoer; parkeren bij de steiger.",
    ),
}

# virtual locations: key: (name, owner org, url, description)
VIRTUAL = {
    "naast-online": (
        "Online (videobellen)",
        "naast",
        "https://meet.naastelkaar-smallingerland.example/rouw",
        "Videogesprek via de browser; een link krijg je na aanmelding.",
    ),
    "biep-online": (
        "Online taalcafé",
        "biep",
        "https://www.bibliotheek-smallingerland.example/online-taalcafe",
        "Videobellen via de website van de bibliotheek; je hebt een computer, tablet of telefoon nodig.",
    ),
    "stilte-online": (
        "Online training",
        "stilte",
        "https://www.ademenrust.example/online",
        "Online lessen via een beveiligde videoverbinding.",
    ),
    "geld-online": (
        "Geldchat",
        "geld",
        "https://www.geldkompas-smallingerland.example/chat",
        "Chat via de website van Geldkompas.",
    ),
    "expat-online": (
        "Online meetup",
        "expat",
        "https://www.drachten-international.example/meetup",
        "Video call; the link is in the newsletter and on the website.",
    ),
    "mantel-online": (
        "Online groep jonge mantelzorgers",
        "mantel",
        "https://www.mantelzorgpunt-smallingerland.example/jong-online",
        "Videogroep; de link krijg je na een kort kennismakingsgesprek.",
    ),
}

# ---------------------------------------------------------------- services
# Compact specs. loc: venue key, virtual key or "home". c: wor-categorie codes as published
# (deliberately missing or wrong for some: see `note`). d: drempel codes. s: schedules
# "DAYS HH:MM-HH:MM [x2] [from=YYYY-MM-DD] [to=YYYY-MM-DD] | text". cost: "4.5/s" (s=per_session,
# m=per_month, y=per_year, o=once), None = free without cost option. ad: assured_date override
# ("-" = missing). en / plain: English or very plain Dutch listing. dup: near-duplicate group.
SERVICES = []


def S(k, n, o, loc, c, d, t, s=(), **kw):
    SERVICES.append(dict(k=k, n=n, o=o, loc=loc, c=c.split(), d=d.split(), t=t, s=list(s), **kw))


# ===== Stichting Welzijn De Kring (Drachten)
S("kring-inloop", "Inloop", "kring", "kompas", "contact_meeting", "walk_in come_alone_welcome plain_language",
  "Elke ochtend is de deur open. Er is koffie en thee. Je kunt een praatje maken of de krant lezen. Heb je een vraag? Een buurtwerker helpt je. Je hoeft je niet aan te melden en het is gratis.",
  ["MO,TU,WE,TH,FR 10:00-12:00 | Maandag tot en met vrijdag, 's ochtends."], lang="nl fy", plain=True,
  app="Gewoon binnenlopen.")
S("kring-soos", "Soos", "kring", "swetten", "contact_meeting relaxation_meaning", "walk_in come_alone_welcome",
  "Op woensdagmiddag is de soos in 't Trefpunt: kaarten, sjoelen, rummikub en één keer per maand bingo. Vaste bezoekers en nieuwe gezichten schuiven gewoon aan. De koffie staat om half twee klaar.",
  ["WE 13:30-16:30 | Woensdagmiddag."], cost="1/s", cd="inclusief koffie of thee", lang="nl fy")
S("kring-tafel", "Samen aan tafel in 't Trefpunt", "kring", "swetten", "cooking_food contact_meeting", "come_alone_welcome buddy_available",
  "Elke dinsdag kookt het vrijwilligersteam van 't Trefpunt een warme lunch met soep, een hoofdgerecht en toetje. Je eet aan tafel met een vaste groep en er is tijd voor een praatje. Ook voor mensen met beginnende dementie en hun naasten: de vrijwilligers weten hoe ze het voor iedereen prettig maken. Op verzoek haalt een vrijwilliger je de eerste keer op.",
  ["TU 12:00-13:30 | Dinsdag, lunch om 12.00 uur."], cost="4.5/s", cd="per maaltijd",
  app="Aanmelden uiterlijk maandag 12.00 uur bij de balie of telefonisch.")
S("kring-wandel", "Wandelgroep Stadspark", "kring", "stadspark", "sport_movement nature contact_meeting", "walk_in come_alone_welcome buddy_available",
  "Een rustige wandeling van een uur door het stadspark en langs de vaart, onder leiding van twee vrijwilligers. Het tempo is laag, er zijn rustpunten onderweg en na afloop drinken we koffie. Je kunt instappen wanneer je wilt.",
  ["TH 10:00-11:00 | Donderdagochtend, vertrek bij de vijver."], dup="A", lang="nl fy",
  app="Niet aanmelden; kom om 10.00 uur naar het bankje bij de vijver.")
S("kring-praatcafe", "Praatcafé", "kring", "kompas", "contact_meeting relaxation_meaning", "walk_in come_alone_welcome",
  "Om de week een open gesprek aan de grote tafel, met een gespreksleider van De Kring. Deze maand: rouw en verlies. Wat helpt je als iemand om je heen is overleden, en wat juist niet? Je mag meepraten of alleen luisteren.",
  ["TU 14:00-15:30 x2 | Om de week op dinsdagmiddag."], cost="1/s", cd="voor koffie of thee", lang="nl")
S("kring-samenoppad", "Maatjesproject Samen op Pad", "kring", "kompas", "volunteering", "",
  "Heb je een paar uur per week over? Als maatje ga je op stap met iemand die weinig mensen ziet: koffie drinken in de stad, naar de markt, samen een boodschap doen of gewoon een goed gesprek. Je krijgt een training en een vaste coördinator bij wie je terecht kunt. Tijd en dag spreek je samen af.",
  [], lang="nl fy", app="Bel of mail de coördinator voor een kennismakingsgesprek.",
  elig="Vrijwilligers vanaf 18 jaar; een verklaring omtrent het gedrag (VOG) wordt vergoed.", age=(18, None))
S("kring-boodschap", "Boodschappenmaatje gezocht", "kring", "kompas", "volunteering", "",
  "Voor ouderen in Drachten-Zuid die niet meer zelf naar de winkel kunnen, zoeken we vrijwilligers die één keer per week boodschappen doen. Je haalt het lijstje op, doet de boodschappen en drinkt daarna vaak nog even koffie. Het kost je ongeveer anderhalf uur per week, op een moment dat jou uitkomt.",
  ["MO,TU,WE,TH,FR 09:00-17:00 | Tijd in overleg met de oudere."], lang="nl",
  app="Meld je aan via de website of bij de balie van de Kompaskamer.")
S("kring-kookles", "Goedkoop en gezond koken", "kring", "trisken", "cooking_food other", "plain_language come_alone_welcome",
  "Wil je gezond eten, maar heb je weinig geld? Kom koken in de buurtkamer. We koken samen een maaltijd voor minder dan twee euro per persoon. Daarna eten we samen. Je krijgt de recepten mee. Je hoeft niets mee te nemen.",
  ["TH 16:00-18:30 | Donderdagmiddag, daarna samen eten."], cost="2/s", cd="per keer, inclusief maaltijd", plain=True, lang="nl ar", ln={"ar": "Een van de vrijwilligers spreekt Arabisch."},
  app="Opgeven bij de buurtwerker, uiterlijk dinsdag. Er zijn tien plekken.")
S("kring-openhuis-drait", "Open Huis De Draaikolk", "kring", "draai", "", "walk_in come_alone_welcome",
  "Op maandagmiddag is de huiskamer van De Draaikolk open voor iedereen uit de wijk. Er wordt gekletst, gepuzzeld en soms samen een spelletje gedaan. Een buurtwerker is aanwezig voor vragen over wonen, zorg of geld.",
  ["MO 14:00-16:00 | Maandagmiddag."], cost="0.5/s", cd="koffie of thee", lang="nl tr", ln={"tr": "Een van de gastvrouwen spreekt Turks."}, note="no category")
S("kring-mannen", "Mannen aan de koffie", "kring", "draai", "", "walk_in come_alone_welcome",
  "Een ochtend voor mannen: koffie, de krant, praten over de wedstrijd van zaterdag, klussen of vroeger. Veel mannen vinden het lastig om aansluiting te vinden nadat ze met pensioen zijn gegaan of alleen zijn komen te staan. Hier hoeft niets en mag alles.",
  ["FR 10:00-12:00 | Vrijdagochtend."], cost="1/s", st="inactive", alert="Gestopt per 1 november 2026 omdat de vaste gastheer verhuisd is. We zoeken een nieuwe vrijwilliger.",
  note="no category")
S("kring-dinsdagclub", "Dinsdagclub", "kring", "venen", "contact_meeting creative_cultural", "come_alone_welcome",
  "Een kleine vaste groep die elke dinsdagmiddag iets samen doet: een quiz, een creatieve opdracht, een spelletje of een bezoek van iemand met een verhaal. De groep bestaat vooral uit ouderen uit De Venen en De Bouwen.",
  ["TU 14:00-16:00 | Dinsdagmiddag."], cost="2/s", ad="2025-06-20")
# ===== Sportbedrijf / Beweegteam (Drachten)
S("sport-55", "Bewegen 55+", "sport", "sporthal", "sport_movement contact_meeting", "come_alone_welcome",
  "Een uur bewegen op muziek met oefeningen voor kracht, balans en lenigheid, onder leiding van een buurtsportcoach. De oefeningen kunnen staand en zittend, dus ook als je niet meer zo soepel bent. Na afloop is er koffie in de kantine.",
  ["MO 10:00-11:00 | Maandagochtend in de beweegzaal."], cost="2.5/s", age=(55, None),
  elig="Voor iedereen vanaf 55 jaar.", lang="nl fy")
S("sport-instuif", "Sportinstuif aangepast sporten", "sport", "sporthal", "sport_movement contact_meeting", "walk_in come_alone_welcome",
  "Op zaterdagochtend staat de sporthal open voor iedereen met een lichamelijke of verstandelijke beperking, ook als je in een rolstoel zit. Je probeert rolstoelbasketbal, boccia, badminton of tafeltennis, met begeleiding van de buurtsportcoach en vrijwilligers. Sportrolstoelen zijn te leen.",
  ["SA 10:00-11:30 | Zaterdagochtend."], cost="2/s", lang="nl")
S("sport-aquajog", "Aquajoggen", "sport", "sporthal", "nature", "walk_in",
  "Hardlopen in het diepe water met een drijfband: je traint je conditie zonder je gewrichten te belasten. Geschikt voor beginners en voor mensen die herstellen van een blessure. Een badmeester geeft aanwijzingen vanaf de kant.",
  ["TU 09:00-09:45 | Dinsdagochtend in het wedstrijdbad."], cost="4.25/s", note="wrong: aquajoggen tagged nature only (is sport_movement)")
S("sport-reuma", "Zwemmen bij reuma en chronische pijn", "sport", "sporthal", "sport_movement relaxation_meaning", "come_alone_welcome",
  "In het warme instructiebad (32 graden) bewegen we rustig onder begeleiding van een fysiotherapeut. Warm water ontspant de spieren en maakt bewegen minder pijnlijk. Er is een tillift en je kunt rustig omkleden in een aangepaste kleedkamer.",
  ["FR 13:30-14:30 | Vrijdagmiddag in het instructiebad."], cost="4.5/s", lang="nl",
  app="Aanmelden bij de receptie van het zwembad; de eerste keer is een proefles.")
S("sport-jong", "Sport op maat (16-23 jaar)", "sport", "sporthal", "sport_movement contact_meeting", "come_alone_welcome buddy_available",
  "Voor jongeren die niet bij een club willen of kunnen, of die het lastig vinden om te beginnen. Met de buurtsportcoach kies je wat je wilt doen: fitness, boksen, voetbal of klimmen. Geen prestatiedruk, wel een vaste groep.",
  ["WE 16:00-17:30 | Woensdagmiddag."], age=(16, 23), elig="Jongeren van 16 tot en met 23 jaar.", cost="0/s")
S("sport-walkfoot", "Walking football voor 60-plussers", "sport", "folgeren", "sport_movement", "walk_in",
  "Voetballen in wandeltempo: rennen en slidings zijn niet toegestaan. De buurtsportcoach organiseert dit samen met SV De Sprong op het sportpark De Folgeren. Kom gerust een keer kijken of meedoen.",
  ["TU 10:00-11:30 | Dinsdagochtend op het kunstgrasveld."], dup="C", age=(60, None), cost="0/s")
S("sport-beweegtuin", "Buiten trainen in de beweegtuin", "sport", "beweegtuin", "sport_movement nature", "walk_in come_alone_welcome",
  "Elke donderdagochtend legt de buurtsportcoach in de beweegtuin uit hoe je de toestellen gebruikt en trainen we een half uur samen. Drie toestellen zijn geschikt voor rolstoelgebruikers. Bij slecht weer gaat de training niet door.",
  ["TH 09:30-10:30 | Donderdagochtend."], lang="nl")
# ===== SV De Sprong
S("sprong-walkfoot", "Walking football 60+", "sprong", "folgeren", "sport_movement contact_meeting", "",
  "Wekelijks wandelvoetbal voor mannen en vrouwen vanaf 60 jaar. Er wordt niet gerend en er is geen lichamelijk contact, zodat ook mensen met knie- of hartklachten mee kunnen doen. Na afloop drinken we koffie in de kantine.",
  ["TU 10:00-11:30 | Dinsdagochtend."], dup="C", age=(60, None), cost="7.5/m", cd="contributie per maand, eerste maand gratis",
  app="Meld je aan bij de trainer of via de website van de club.")
S("sprong-volley", "Volleybal recreanten", "sprong", "folgeren", "sport_movement contact_meeting", "",
  "Recreatief volleybal in gemengde teams op donderdagavond. Je hoeft geen ervaring te hebben; de eerste drie keer zijn gratis. Een keer per jaar doen we mee aan een toernooi.",
  ["TH 20:00-21:30 | Donderdagavond in de sporthal van het sportpark."], cost="95/y", ad="2025-04-02", age=(18, None))
S("sprong-vrijw", "Vrijwilligers voor kantine en ledenadministratie", "sprong", "folgeren", "sport_movement", "",
  "SV De Sprong zoekt vrijwilligers voor de kantine op zaterdag en voor de ledenadministratie. Je draait ongeveer twee diensten per maand en leert snel andere mensen van de club kennen. Ervaring is niet nodig; een cursus sociale hygiëne betalen wij.",
  ["SA 09:00-13:00 | Kantinediensten op zaterdag (ongeveer twee keer per maand)."], note="wrong: volunteer job tagged sport_movement only")
# ===== Fysiotherapie Beweegwijs
S("fysio-pijn", "Beweeggroep chronische pijn", "fysio", "fysio", "sport_movement", "",
  "Een kleine groep (maximaal acht mensen) voor wie langdurig pijn heeft in rug, nek of gewrichten. Onder begeleiding van een fysiotherapeut leer je weer vertrouwen te krijgen in je lichaam en je grenzen te herkennen. Veel deelnemers vinden steun bij elkaar.",
  ["TU 14:00-15:00 | Dinsdagmiddag."], cost="5/s", cd="per les; sommige aanvullende verzekeringen vergoeden dit",
  app="Na een intakegesprek met een van de fysiotherapeuten. Een verwijzing is niet nodig.")
S("fysio-long", "Longfit", "fysio", "fysio", "sport_movement", "",
  "Training voor mensen met COPD, astma of langdurige klachten na corona. We werken aan conditie, kracht en ademhaling, in een tempo dat bij jou past. De fysiotherapeut let op je zuurstof en je hartslag.",
  ["WE 10:00-11:00 | Woensdagochtend."], cost="22.5/m", cd="per maand, vaak (gedeeltelijk) vergoed via de aanvullende verzekering")
S("fysio-balans", "In Balans 65+", "fysio", "fysio", "sport_movement", "come_alone_welcome",
  "Cursus van tien lessen om vallen te voorkomen: je oefent evenwicht, opstaan, omdraaien en wat je doet als je toch valt. Ook krijg je tips om je huis veiliger te maken.",
  ["TH 10:30-11:30 from=2026-09-03 to=2027-01-28 | Donderdagochtend, najaarscursus."], cost="45/o", cd="voor de hele cursus van tien lessen",
  age=(65, None), elig="Voor thuiswonende ouderen vanaf 65 jaar.")
S("fysio-rustig", "Rustig in beweging", "fysio", "fysio", "sport_movement relaxation_meaning", "come_alone_welcome",
  "Rustig bewegen, ademhalingsoefeningen en een korte wandeling buiten, voor mensen die vastlopen door stress of overbelasting. Je leert signalen van spanning eerder herkennen en weer te ontspannen. In een kleine groep, zonder prestatiedruk.",
  ["FR 09:30-10:30 | Vrijdagochtend."], cost="5/s")
# ===== Natuurvereniging De Wâldpyk (Drachten)
S("natuur-excursie", "Natuurwandeling met gids", "natuur", "waldpark", "nature sport_movement", "walk_in come_alone_welcome",
  "Om de week op zondagochtend neemt een gids van De Wâldpyk je mee door het Folgerenpark. Wat bloeit er, welke vogels hoor je, hoe herken je sporen van dieren? De wandeling is ongeveer vijf kilometer over onverharde paden.",
  ["SU 10:00-12:00 x2 | Om de week op zondagochtend."], cost="2/s", cd="voor niet-leden; leden gratis", lang="nl fy")
# ===== Buurttuin De Wikenhof
S("tuin-tuinieren", "Tuinieren in De Wikenhof", "tuin", "tuin", "nature volunteering contact_meeting", "walk_in come_alone_welcome",
  "Op woensdagochtend werken buurtbewoners samen in de moestuin en de pluktuin. Je kunt zaaien, wieden, oogsten of gewoon koffie drinken in het tuinhuis. De verhoogde bakken zijn ook vanuit een rolstoel te bereiken.",
  ["WE 09:30-12:00 | Woensdagochtend, het hele jaar.", "SA 10:00-12:00 from=2026-04-04 to=2026-10-31 | Zaterdagochtend van april tot en met oktober."], cost="12/y", cd="lidmaatschap van de buurttuin; de eerste maand gratis", lang="nl pl", ln={"pl": "Twee vaste tuinders spreken Pools."})
S("tuin-koken", "Koken met de oogst", "tuin", "tuin", "contact_meeting", "",
  "Van juni tot en met oktober koken we op vrijdagmiddag met wat de tuin die week opbrengt. Een kok uit de wijk leert je eenvoudige, goedkope gerechten met groente van het seizoen, en daarna eten we samen aan de lange tafel in de kas.",
  ["FR 16:00-19:00 from=2026-06-05 to=2026-10-30 | Vrijdagmiddag en -avond, juni tot en met oktober."], cost="3/s", cd="per keer, inclusief maaltijd",
  note="wrong: cooking class tagged contact_meeting only (missing cooking_food, nature)")
S("tuin-rust", "Groene Rust", "tuin", "tuin", "relaxation_meaning nature", "buddy_available",
  "Een ochtend in de tuin in een kleine groep, voor wie even uit de running is: door stress, een burn-out of omdat het leven zwaar is. We werken rustig, er wordt niets van je verwacht en er is een stille plek als het even te veel is. Een ervaren vrijwilliger begeleidt de groep.",
  ["TU 10:00-12:00 | Dinsdagochtend."], lang="nl", app="Eerst een kennismakingsgesprek met de begeleider; bel of mail de tuin.")
# ===== Bibliotheek
S("biep-taalcafe", "Taalcafé", "biep", "biep", "creative_cultural", "walk_in come_alone_welcome",
  "Wil je Nederlands oefenen in een ontspannen sfeer? In het taalcafé praat je aan tafel met vrijwilligers en andere deelnemers over alledaagse onderwerpen. Alle niveaus zijn welkom, ook als je net begint.",
  ["TU 19:00-20:30 | Dinsdagavond in het leescafé."], dup="B", lang="nl en ar uk",
  ln={"en": "Uitleg kan in het Engels.", "ar": "Een vrijwilliger spreekt Arabisch.", "uk": "Een vrijwilliger spreekt Oekraïens."},
  note="wrong: language café tagged creative_cultural only (is contact_meeting/other)")
S("biep-taalhuis", "Taalhuis", "biep", "biep", "other", "walk_in plain_language come_alone_welcome",
  "Wil je beter leren lezen, schrijven of rekenen? Kom naar het Taalhuis. Je praat eerst met een vrijwilliger. Samen kijken we wat je wilt leren. Daarna kun je gratis oefenen, alleen of in een groepje. Ook als je Nederlands leert omdat je hier nieuw bent.",
  ["TH 10:00-12:00 | Donderdagochtend.", "MO 13:30-15:30 | Maandagmiddag."], plain=True, lang="nl")
S("biep-kliktik", "Klik & Tik", "biep", "biep", "other", "walk_in plain_language",
  "Hulp bij de computer, tablet of telefoon. Bijvoorbeeld met DigiD, e-mail, internetbankieren of een afspraak maken bij de huisarts via een app. Neem je eigen apparaat mee. Vrijwilligers helpen je stap voor stap.",
  ["WE 14:00-16:00 | Woensdagmiddag."], cost="0/s", lang="nl fy")
S("biep-leesclub", "Leesclub", "biep", "biep", "creative_cultural contact_meeting", "",
  "Om de week bespreken we een roman met een vaste groep van tien lezers. De boeken worden door de bibliotheek geregeld. Nieuwe leden zijn welkom als er een plek vrij is.",
  ["MO 14:00-15:30 x2 | Om de week op maandagmiddag."], cost="30/y", cd="per seizoen, inclusief boeken", ad="2025-02-11")
S("biep-voorlezen", "Voorleesvrijwilliger worden", "biep", "biep", "volunteering", "",
  "Houd je van lezen en van kinderen? Als voorleesvrijwilliger lees je een uur per week voor aan kinderen in een gezin thuis of op de peuterspeelzaal, zodat zij plezier krijgen in taal. Je krijgt een korte training. Wanneer je voorleest, spreek je af met het gezin.",
  [], lang="nl", app="Aanmelden via de balie of de website; daarna volgt een kennismakingsgesprek.")
S("biep-samenlezen", "Samen lezen", "biep", "biep", "creative_cultural contact_meeting", "come_alone_welcome",
  "Een leesbegeleider leest een kort verhaal of gedicht voor en daarna praten we erover: wat raakt je, waar denk je aan? Je hoeft zelf niet voor te lezen en niets voor te bereiden. De groep is klein en rustig, en ook geschikt voor mensen met beginnende geheugenproblemen.",
  ["FR 10:30-11:30 | Vrijdagochtend."], cost="2/s", cd="inclusief koffie", lang="nl")
S("biep-boekaanhuis", "Boek aan huis", "biep", "home", "", "",
  "Kun je zelf niet meer naar de bibliotheek komen? Een vrijwilliger brengt eens in de drie weken boeken, luisterboeken of tijdschriften bij je thuis en neemt tijd voor een praatje over wat je hebt gelezen. Je kiest zelf wat je wilt lezen, of laat je verrassen.",
  ["MO,TU,WE,TH,FR 10:00-16:00 | Dag en tijd in overleg met de vrijwilliger."], cost="42/y", cd="bibliotheekabonnement per jaar; de bezorging is gratis",
  note="no category")
S("biep-onlinetaal", "Digitaal taalcafé", "biep", "biep-online", "contact_meeting other", "come_alone_welcome",
  "Nederlands oefenen vanuit huis: op woensdagavond praten deelnemers en vrijwilligers in kleine groepjes via videobellen. Handig als je overdag werkt of kinderen hebt. Je hebt alleen een telefoon of laptop nodig.",
  ["WE 20:00-21:00 | Woensdagavond, online."], cost="0/s", lang="nl en", ln={"en": "Begeleiding kan in het Engels uitleggen."})
# ===== Vrijwilligerspunt
S("vrijw-inloop", "Vrijwilligerspunt: inloopspreekuur", "vrijw", "biep", "volunteering", "walk_in",
  "Wil je vrijwilligerswerk doen, maar weet je nog niet wat? Tijdens het inloopspreekuur kijkt een consulent met je mee in de vacaturebank met meer dan tweehonderd klussen in Smallingerland: van gastvrouw in het museum tot chauffeur voor de voedselbank. Je kunt ook bellen of mailen.",
  ["TU 10:00-12:00 | Dinsdagochtend in de bibliotheek.", "TH 13:30-15:30 | Donderdagmiddag in de bibliotheek."], lang="nl fy")
S("vrijw-proef", "Meedoen op proef", "vrijw", "biep", "volunteering other", "plain_language buddy_available",
  "Zit je thuis en wil je weer iets doen? Probeer dan vrijwilligerswerk. Je kiest samen met ons een plek. Je gaat eerst een paar keer kijken. Een maatje gaat de eerste keer mee. Je zit nergens aan vast.",
  ["TU 10:00-12:00 | Kennismaken kan op dinsdagochtend; daarna tijd in overleg."], plain=True, lang="nl")
S("vrijw-rolstoel", "Vrijwilliger rolstoelwandelen", "vrijw", "zorg", "volunteering", "",
  "Bewoners van zorgcentrum It Heechhiem willen graag naar buiten, maar kunnen niet zelf lopen. Als vrijwilliger maak je met een bewoner in een rolstoel een wandeling door de wijk of naar de markt. Een middag per week of om de week, wanneer het jou uitkomt.",
  ["MO,TU,WE,TH,FR 13:30-16:30 | Middagen, dag in overleg."], lang="nl")
# ===== Naast Elkaar
S("naast-rouw", "Verder na verlies", "naast", "kompas", "relaxation_meaning contact_meeting", "",
  "Een gespreksgroep van acht bijeenkomsten voor mensen van wie de partner, een kind of een ander dierbaar iemand is overleden. Onder leiding van twee getrainde vrijwilligers deel je ervaringen en ontdek je wat jou helpt om verder te gaan. De groep is besloten en maximaal tien mensen groot.",
  ["TU 19:30-21:30 x2 from=2026-10-06 to=2027-01-26 | Om de week op dinsdagavond, acht bijeenkomsten."], cost="15/o", cd="eigen bijdrage voor alle bijeenkomsten; kwijtschelding mogelijk",
  age=(18, None), app="Aanmelden vooraf; er is eerst een kennismakingsgesprek thuis of op kantoor.")
S("naast-onlinerouw", "Online lotgenotengroep rouw", "naast", "naast-online", "creative_cultural", "come_alone_welcome",
  "Heb je iemand verloren en lukt het niet om naar een groep te komen? In deze online groep praat je één keer per week met anderen die ook een verlies hebben meegemaakt. Een ervaren begeleider zorgt dat iedereen aan bod komt. Je camera mag uit.",
  ["TH 20:00-21:00 | Donderdagavond, online."], lang="nl", note="wrong: online grief group tagged creative_cultural only (is relaxation_meaning/contact_meeting)")
S("naast-thuisadmin", "Thuisadministratie", "naast", "home", "volunteering", "buddy_available",
  "Loopt je post en administratie je boven het hoofd? Een vrijwilliger komt bij je thuis en helpt je overzicht te krijgen: brieven sorteren, een huishoudboekje maken en rekeningen op tijd betalen. Het doel is dat je het daarna zoveel mogelijk zelf kunt.",
  ["MO,TU,WE,TH,FR 09:00-17:00 | Eén keer per week of om de week; tijd in overleg."], lang="nl",
  wait="Meestal binnen drie weken een vrijwilliger.", note="wrong: home administration help (for the client) tagged volunteering only (is other)")
S("naast-gezinsmaatje", "Gezinsmaatje", "naast", "home", "other", "buddy_available",
  "Voor gezinnen met jonge kinderen bij wie het even niet lukt, bijvoorbeeld door drukte, spanning of weinig mensen om je heen. Een vrijwilliger die zelf ouder is, komt een dagdeel per week bij je thuis: meedenken, samen met de kinderen spelen of even een luisterend oor. Het is gratis en er komt geen dossier.",
  ["MO,TU,WE,TH,FR 09:00-17:00 | Een dagdeel per week; tijd in overleg."], lang="nl en", ln={"en": "Een deel van de vrijwilligers spreekt Engels."})
S("naast-vrijwadmin", "Vrijwilliger thuisadministratie worden", "naast", "kompas", "volunteering", "",
  "Ben je handig met papieren en geldzaken? Help dan mensen met hun administratie, bijvoorbeeld ouderen die alleen zijn komen te staan of gezinnen met geldzorgen. Je krijgt een basistraining van drie avonden en begeleiding door een coördinator. Twee tot vier uur per week, wanneer het jou uitkomt.",
  [], lang="nl")
# ===== Geldkompas
S("geld-spreekuur", "Spreekuur geldzaken", "geld", "geldk", "other", "walk_in plain_language",
  "Heb je zorgen over geld? Of krijg je brieven die je niet begrijpt? Kom langs op dinsdagochtend. Je hoeft geen afspraak te maken. Een vrijwilliger luistert en helpt je verder. Het is gratis.",
  ["TU 09:30-12:00 | Dinsdagochtend."], plain=True, lang="nl pl", ln={"pl": "Een vrijwilliger spreekt Pools."})
S("geld-formulieren", "Formulierenhulp", "geld", "biep", "other", "walk_in plain_language",
  "Moet je een formulier invullen? Voor de gemeente, de toeslagen of de zorgverzekering? Wij helpen je. Neem je brieven mee. Het is gratis. Je hoeft je niet aan te melden.",
  ["TH 13:30-16:00 | Donderdagmiddag in de bibliotheek."], plain=True, lang="nl ar", ln={"ar": "Om de week is er een vrijwilliger die Arabisch spreekt."})
S("geld-maatje", "Schuldhulpmaatje", "geld", "geldk", "", "buddy_available",
  "Een getraind maatje helpt je een jaar lang om grip te krijgen op je geldzaken. Samen zet je alles op een rij, neem je contact op met schuldeisers en ga je zo nodig mee naar de gemeentelijke schuldhulpverlening. Het maatje oordeelt niet en heeft geheimhoudingsplicht.",
  [], lang="nl", app="Aanmelden via het spreekuur, de welzijnscoach of de website.", wait="Wachttijd ongeveer zes weken.",
  note="no category")
S("geld-thema", "Thema-avond over geldzorgen", "geld", "kompas", "other contact_meeting", "",
  "Een avond over geldzorgen: waar begin je als de rekeningen zich opstapelen, welke regelingen zijn er in Smallingerland, en hoe praat je erover met je kinderen of je partner? Met een medewerker van de gemeente en ervaringsdeskundigen. Na afloop is er gelegenheid om los vragen te stellen.",
  ["WE 19:30-21:00 from=2027-01-20 to=2027-01-20 | Eenmalig op woensdag 20 januari 2027."], lang="nl", app="Graag even aanmelden via de website, maar binnenlopen mag ook.")
S("geld-juridisch", "Juridisch spreekuur", "geld", "geldk", "", "walk_in",
  "Vrijwillige juristen geven gratis advies over huur, arbeidsrecht, consumentenzaken en conflicten met instanties. Ze vertellen wat je rechten zijn en wat je volgende stap kan zijn. Voor een procedure verwijzen ze je door.",
  ["WE 18:30-20:00 x2 | Om de week op woensdagavond."], lang="nl en", ln={"en": "Advies ook in het Engels mogelijk."}, note="no category")
S("geld-cursus", "Cursus Rondkomen met je inkomen", "geld", "geldk", "other", "plain_language",
  "In vier avonden leer je een overzicht maken van je inkomsten en uitgaven, besparen op vaste lasten en omgaan met onverwachte kosten. Je werkt met voorbeelden, niet met je eigen cijfers, tenzij je dat wilt. De cursus is gratis en je krijgt een werkboek mee.",
  ["MO 19:00-21:00 from=2027-01-11 to=2027-02-01 | Vier maandagavonden in januari."], lang="nl")
S("geld-chat", "Geldchat", "geld", "geld-online", "other", "plain_language",
  "Heb je een vraag over geld? Chat met ons. Je hoeft je naam niet te zeggen. Wij geven antwoord of vertellen waar je hulp kunt krijgen. Het is gratis.",
  ["MO,WE,FR 19:00-21:00 | Maandag-, woensdag- en vrijdagavond."], plain=True, lang="nl")
# ===== Voedselbank
S("voedsel-pakket", "Voedselpakket", "voedsel", "voedsel", "other", "plain_language",
  "Kun je even geen eten kopen? Dan kan de Voedselbank helpen. Je krijgt elke week een pakket met eten. Je hebt wel eerst een gesprek nodig. Dat kan via de welzijnscoach of de gemeente.",
  ["FR 13:00-16:00 | Ophalen op vrijdagmiddag."], plain=True, lang="nl pl ar uk",
  ln={"pl": "Vrijwilligers helpen in het Pools.", "ar": "Vrijwilligers helpen in het Arabisch.", "uk": "Vrijwilligers helpen in het Oekraïens."},
  elig="Huishoudens met een inkomen onder de norm van de Voedselbank; dat wordt in een intakegesprek bekeken.", app="Via een verwijzer: welzijnscoach, schuldhulpverlening of de gemeente.")
S("voedsel-vrijw", "Vrijwilliger bij de Voedselbank", "voedsel", "voedsel", "cooking_food", "come_alone_welcome",
  "Op donderdagochtend sorteren we producten, vullen we kratten en maken we de pakketten klaar voor vrijdag. We zoeken ook chauffeurs die boodschappen ophalen bij supermarkten. Je werkt in een vaste ploeg en er is altijd koffie.",
  ["TH 09:00-12:00 | Donderdagochtend."], lang="nl pl", ln={"pl": "Meerdere vrijwilligers spreken Pools."},
  note="wrong: volunteer role tagged cooking_food only (is volunteering)")
S("voedsel-koken", "Koken met het pakket", "voedsel", "voedsel", "", "plain_language come_alone_welcome",
  "Wat kun je koken met de spullen uit het voedselpakket? Een vrijwilliger laat het zien. Je kookt mee en je proeft. Je krijgt een recept mee naar huis. Het is gratis.",
  ["FR 11:00-12:30 x2 | Om de week op vrijdag, voor de uitgifte."], plain=True, lang="nl pl uk", ad="2025-05-17", note="no category")
# ===== Museum
S("museum-onvergetelijk", "Rondleiding Onvergetelijk", "museum", "museum", "creative_cultural contact_meeting", "",
  "Een rondleiding voor mensen met dementie samen met hun partner, kind of mantelzorger. Een getrainde gids kijkt met je naar een paar voorwerpen en schilderijen, en er is alle ruimte voor herinneringen en verhalen. Daarna drinken we samen koffie in het museumcafé.",
  ["TH 14:00-15:30 x2 | Om de week op donderdagmiddag."], cost="5/s", cd="per persoon; de begeleider is gratis",
  app="Aanmelden bij de kassa of telefonisch, zodat de gids weet wie er komt.")
S("museum-vrijw", "Gastvrouw of gastheer in het museum", "museum", "museum", "creative_cultural", "",
  "Het museum draait op vrijwilligers. Als gastvrouw of gastheer ontvang je bezoekers, vertel je over de collectie en help je in het museumcafé. Je werkt een of twee dagdelen per week, samen met een vaste collega.",
  ["TU,WE,TH,FR,SA 10:00-17:00 | Dagdelen in overleg."], lang="nl fy", note="incomplete: volunteer role tagged creative_cultural only (missing volunteering)")
S("museum-tekenen", "Tekenen in het museum", "museum", "museum", "creative_cultural", "",
  "Op zaterdagochtend teken je tussen de voorwerpen van de collectie, met aanwijzingen van een tekendocent. Papier en potloden liggen klaar. Voor beginners en gevorderden.",
  ["SA 10:30-12:00 | Zaterdagochtend."], cost="5/s", cd="per keer, inclusief materiaal en museumentree")
S("museum-verhalen", "Verhalencafé: vroeger in Drachten", "museum", "museum", "", "walk_in come_alone_welcome",
  "Om de week halen we herinneringen op aan het Drachten van vroeger: de fabrieken, de vaarten, de markt. Aan de hand van oude foto's vertellen bezoekers hun verhalen, en de vrijwilligers schrijven die op voor het museumarchief.",
  ["WE 10:00-11:30 x2 | Om de week op woensdagochtend."], cost="2/s", cd="inclusief koffie; geen museumentree", lang="nl fy", st="inactive", alert="Tijdelijk gestopt tijdens de verbouwing van het museumcafé; naar verwachting weer vanaf maart 2027.",
  note="no category")
# ===== Atelier De Kleurkist
S("kleur-atelier", "Het Atelier", "kleurkist", "kleurkist", "creative_cultural", "walk_in",
  "Twee middagen per week is het atelier open voor iedereen die wil tekenen, schilderen of met klei wil werken. Een kunstenaar is aanwezig voor tips, maar je bepaalt zelf wat je maakt. Materiaal is er.",
  ["TU,TH 13:30-16:00 | Dinsdag- en donderdagmiddag."], cost="5/s", cd="per middag, inclusief materiaal en thee")
S("kleur-vrijdag", "Schilderen op vrijdagavond", "kleurkist", "kleurkist", "creative_cultural contact_meeting", "",
  "Een vaste groep schildert op vrijdagavond met acryl- en olieverf, met aanwijzingen van een beeldend kunstenaar. Elke maand een ander thema. Er is plek voor twee nieuwe deelnemers.",
  ["FR 19:30-21:30 | Vrijdagavond."], cost="22/m")
S("kleur-herstel", "Creatief herstel", "kleurkist", "kleurkist", "creative_cultural relaxation_meaning", "",
  "Acht ochtenden schilderen en werken met klei voor mensen met stress- of burn-outklachten. Het gaat niet om mooi, maar om even uit je hoofd en in je handen te zijn. Een kunstenaar met een achtergrond in de GGZ begeleidt de groep.",
  ["WE 10:00-12:00 from=2027-01-13 to=2027-03-03 | Acht woensdagochtenden."], cost="60/o", cd="voor acht ochtenden, inclusief materiaal",
  age=(18, None))
S("kleur-boetseren", "Boetseren", "kleurkist", "kleurkist", "creative_cultural", "",
  "Werken met klei op maandagavond: handvormen, boetseren en glazuren. Je werk wordt in onze eigen oven gebakken.",
  ["MO 19:00-21:00 | Maandagavond."], cost="18/m", cd="per maand, exclusief klei", ad="2025-01-28")
# ===== Canta Libre
S("koor-pop", "Popkoor Canta Libre", "koor", "fontein", "relaxation_meaning", "",
  "Een popkoor met veertig zangers dat alles zingt van ABBA tot Adele. Noten lezen hoeft niet: we leren de liedjes op gehoor en met oefenbestanden. Twee keer per jaar een optreden.",
  ["MO 19:45-21:45 | Maandagavond in de kerkzaal van De Fontein."], cost="17.5/m", cd="contributie per maand",
  note="wrong: choir tagged relaxation_meaning only (is creative_cultural/contact_meeting)")
S("koor-zingmee", "Zing mee!", "koor", "kompas", "creative_cultural contact_meeting", "walk_in come_alone_welcome",
  "Meezingmiddag met bekende liedjes van vroeger, van Hollandse klassiekers tot Friese liedjes. Een pianist begeleidt en de teksten staan groot op het scherm. Ook fijn voor mensen met geheugenproblemen en hun naasten.",
  ["WE 14:30-16:00 x2 | Om de week op woensdagmiddag in de Kompaskamer."], cost="2/s", cd="inclusief koffie", ad="2025-03-05", lang="nl fy")
S("koor-longen", "Zingen voor je longen", "koor", "fontein", "creative_cultural", "come_alone_welcome",
  "Een zanggroep voor mensen met COPD, astma of andere longklachten. Door te zingen oefen je je ademhaling op een plezierige manier. De zangdocent is ook ademtherapeut.",
  ["TU 10:30-11:45 | Dinsdagochtend in de kerkzaal van De Fontein."], cost="4/s")
# ===== Kerk De Fontein
S("fontein-openkerk", "Open kerk", "fontein", "fontein", "relaxation_meaning", "walk_in come_alone_welcome",
  "Op woensdag en zaterdag is de kerk open om even stil te zitten, een kaarsje aan te steken of met een gastvrouw te praten. Je hoeft niet gelovig te zijn. In de stilteruimte is het altijd rustig.",
  ["WE,SA 11:00-15:00 | Woensdag en zaterdag."], lang="nl fy")
S("fontein-gesprek", "Gespreksavond", "fontein", "fontein", "relaxation_meaning contact_meeting", "come_alone_welcome",
  "Om de week een avond met een open gesprek over een levensvraag. Dit seizoen: rouw en verlies, en hoe je omgaat met een leven dat anders is gelopen dan je had gehoopt. Met een korte inleiding van de predikant; daarna praten we in kleine groepjes.",
  ["TH 20:00-21:30 x2 | Om de week op donderdagavond."], cost="2/s", cd="bijdrage in de kosten", lang="nl")
S("fontein-aanschuif", "Aanschuiftafel", "fontein", "fontein", "cooking_food contact_meeting", "come_alone_welcome",
  "Om de week op zondag koken vrijwilligers een eenvoudige maaltijd voor iedereen die niet graag alleen eet. Er is geen vaste prijs: je geeft wat je kunt missen. Aanmelden is fijn, maar niet verplicht.",
  ["SU 17:00-19:00 x2 | Om de week op zondag."], lang="nl")
S("fontein-zondag", "Zondagmiddagcafé", "fontein", "fontein", "contact_meeting", "walk_in come_alone_welcome",
  "Zondag is voor veel mensen de langste dag van de week. Daarom is de ontmoetingszaal op zondagmiddag open voor koffie, een spelletje en een praatje. Iedereen is welkom, kerkelijk of niet.",
  ["SU 14:00-16:30 | Zondagmiddag."], cost="1/s", cd="koffie en thee", lang="nl fy")
# ===== Grace International Church (English)
S("grace-sunday", "Sunday Service & Coffee", "grace", "bron", "relaxation_meaning contact_meeting", "walk_in come_alone_welcome",
  "An English-language church service every Sunday morning, followed by coffee and cake. Our members come from more than twenty countries, and many of them are new to the Netherlands themselves. Whether you believe or are just curious, you are welcome to join us.",
  ["SU 10:30-12:30 | Sunday morning."], en=True, lang="en nl", ln={"nl": "Some members are happy to help in Dutch."})
S("grace-grief", "Grief Support Circle", "grace", "bron", "relaxation_meaning contact_meeting", "come_alone_welcome",
  "A small, confidential group for anyone who has lost a loved one, in English. We meet every other Wednesday evening to share stories, sit with what is hard and support each other. No religious background is needed; the circle is led by a trained pastoral worker.",
  ["WE 19:30-21:00 x2 | Every other Wednesday evening."], en=True, lang="en", age=(18, None))
S("grace-moms", "Moms & Toddlers Morning", "grace", "bron", "contact_meeting other", "walk_in",
  "A relaxed morning for parents and carers with children under four: play, coffee and a chance to talk about sleepless nights, tantrums and settling in a new country. Dads are very welcome too.",
  ["TH 09:30-11:00 | Thursday morning."], en=True, lang="en", st="inactive",
  alert="On hold until a new volunteer coordinator is found (expected spring 2027).")
S("grace-dinner", "Friday Community Dinner", "grace", "bron", "cooking_food contact_meeting", "come_alone_welcome",
  "Every other Friday we cook and eat together, with dishes from the home countries of our members. Help in the kitchen from 17:00 or just come for dinner at 18:00. Pay what you can; nobody is turned away.",
  ["FR 17:00-20:00 x2 | Every other Friday, dinner at 18:00."], en=True, lang="en ar", ln={"ar": "Several cooks speak Arabic."},
  fees="Pay what you can (suggested €3).")
# ===== Moskee Al-Amal
S("moskee-vrouwen", "Vrouwencafé", "moskee", "moskee", "contact_meeting", "walk_in come_alone_welcome",
  "Elke dinsdagochtend komen vrouwen uit de wijk samen voor thee, een praatje en soms een gastspreker, bijvoorbeeld over gezondheid of de school van de kinderen. Iedere vrouw is welkom, van welk geloof of welke achtergrond ook. Kinderen tot vier jaar mogen mee.",
  ["TU 10:00-12:00 | Dinsdagochtend."], lang="nl ar tr", ln={"ar": "Gastvrouwen spreken Arabisch.", "tr": "Gastvrouwen spreken Turks."},
  elig="Voor vrouwen.")
S("moskee-open", "Open moskee", "moskee", "moskee", "contact_meeting creative_cultural", "walk_in",
  "Om de week op zaterdagmiddag kun je binnenlopen in de moskee. Je krijgt thee en iets lekkers, een korte rondleiding en alle ruimte om vragen te stellen over de islam en het leven in de gemeenschap.",
  ["SA 13:00-16:00 x2 | Om de week op zaterdagmiddag."], lang="nl ar tr", ad="2025-09-30")
S("moskee-iftar", "Open iftar", "moskee", "moskee", "relaxation_meaning", "come_alone_welcome",
  "Tijdens de ramadan nodigen we buren, collega's en iedereen die nieuwsgierig is uit om op vrijdag en zaterdag samen het vasten te breken. Vrijwilligers koken een uitgebreide maaltijd en er is tijd voor ontmoeting aan tafel. Aanmelden is fijn, zodat we weten hoeveel mensen er komen.",
  ["FR,SA 18:00-20:30 from=2027-02-08 to=2027-03-09 | Vrijdag en zaterdag tijdens de ramadan (februari en maart 2027)."], lang="nl ar tr",
  note="incomplete: shared iftar meal tagged relaxation_meaning only (missing cooking_food, contact_meeting)")
# ===== Stichting Nij Thús
S("nij-taalmaatje", "Taalmaatje worden", "nijthus", "draai", "volunteering", "",
  "Help een nieuwkomer om Nederlands te oefenen. Als taalmaatje spreek je een uur per week af, bijvoorbeeld thuis, in de bibliotheek of op de markt, en praat je over gewone dingen. Je hoeft geen docent te zijn; wij geven tips en materiaal.",
  [], lang="nl", app="Meld je aan via de website; we nodigen je uit voor een kennismaking.")
S("nij-koffie", "Koffieceremonie en ontmoeting", "nijthus", "draai", "contact_meeting", "walk_in come_alone_welcome",
  "Om de week op zaterdagmiddag schenken Eritrese vrouwen koffie op traditionele wijze: de bonen worden ter plekke gebrand. Een middag om buren en nieuwkomers met elkaar in gesprek te brengen, met hapjes en muziek. Iedereen is welkom.",
  ["SA 14:00-17:00 x2 | Om de week op zaterdagmiddag."], lang="ti nl ar", ln={"ti": "De gastvrouwen spreken Tigrinya.", "ar": "Een van de vrijwilligers spreekt Arabisch."})
S("nij-iwc", "International Women's Café", "nijthus", "kompas", "contact_meeting", "walk_in come_alone_welcome",
  "A weekly café for women from all over the world who live in Drachten. Practise your Dutch, make friends and find out how things work here, from doctors to schools. Free childcare in the room next door.",
  ["WE 10:00-12:00 | Wednesday morning in De Kompaskamer."], en=True, lang="en nl ar ti uk so",
  ln={"ar": "Volunteers speak Arabic.", "ti": "A volunteer speaks Tigrinya.", "uk": "A volunteer speaks Ukrainian.", "so": "A volunteer speaks Somali."},
  elig="For women aged 18 and over.", age=(18, None))
S("nij-fiets", "Fietsles voor vrouwen", "nijthus", "verkeer", "other", "buddy_available",
  "Leren fietsen geeft vrijheid: naar je werk, de taalles of de supermarkt. In tien lessen leer je fietsen op een afgesloten plein en daarna in het verkeer, met een vaste vrijwilliger naast je. Fietsen en helmen zijn er.",
  ["MO 10:00-11:30 from=2026-04-06 to=2026-10-26 | Maandagochtend, van april tot en met oktober."], lang="nl ar ti fa so",
  ln={"ti": "Een vrijwilliger spreekt Tigrinya.", "fa": "Een vrijwilliger spreekt Farsi.", "so": "Een vrijwilliger spreekt Somalisch."},
  elig="Voor vrouwen vanaf 16 jaar.", age=(16, None), note="incomplete: cycling lessons tagged other only (missing sport_movement)")
S("nij-oekraine", "Oekraïense ontmoetingsochtend", "nijthus", "kompas", "contact_meeting", "walk_in come_alone_welcome",
  "Op donderdagochtend ontmoeten Oekraïners die in Smallingerland wonen elkaar en hun Nederlandse buren. Er is koffie, een oefenhoek voor Nederlands en een vrijwilliger die helpt met vragen over werk, school en papieren.",
  ["TH 10:00-12:00 | Donderdagochtend."], lang="uk nl ru", ln={"uk": "Voertaal is Oekraïens en Nederlands.", "ru": "Russisch verstaan de meeste bezoekers ook."})
S("nij-spreekuur", "Spreekuur voor nieuwkomers", "nijthus", "draai", "", "walk_in plain_language",
  "Heb je post die je niet begrijpt? Of een vraag over wonen, werk of school? Kom naar het spreekuur. Een vrijwilliger helpt je. Je hoeft geen afspraak te maken. Het is gratis.",
  ["MO 13:00-15:00 | Maandagmiddag."], plain=True, lang="nl ar ti fa so",
  ln={"ti": "Een tolk Tigrinya is meestal aanwezig.", "fa": "Een vrijwilliger spreekt Dari/Farsi."}, note="no category")
# ===== Drachten International Circle (English)
S("expat-coffee", "Expat Coffee Morning", "expat", "biep", "", "walk_in come_alone_welcome",
  "New in Drachten, or here for years? Join other internationals for coffee in the library café every Friday morning. Swap tips on everything from Dutch bureaucracy to the best cheese at the market, and meet people who know what it is like to start over in a new country.",
  ["FR 10:00-11:30 | Friday morning, library café."], cost="2/s", cd="coffee and cake", en=True, lang="en", note="no category")
S("expat-walkers", "Drachten Walkers", "expat", "stadspark", "sport_movement nature contact_meeting", "walk_in come_alone_welcome",
  "An English-speaking walking group that explores the park and the countryside around Drachten every Saturday morning. Walks are 6 to 8 km at a sociable pace, followed by coffee. Bring good shoes and a raincoat: this is Friesland.",
  ["SA 10:00-11:30 | Saturday morning, meet at the pond."], en=True, lang="en nl")
S("expat-potluck", "International Potluck", "expat", "kompas", "cooking_food contact_meeting", "walk_in come_alone_welcome",
  "Every other Thursday evening we share a meal in De Kompaskamer: everyone brings a dish from home, whether that is Syrian maqluba, Polish pierogi or Frisian sugar bread. A great way to meet people from Drachten and beyond. Bring a dish if you can, but come anyway if you can't.",
  ["TH 18:30-21:00 x2 | Every other Thursday evening."], en=True, lang="en nl ar pl", ln={"ar": "Some regulars speak Arabic.", "pl": "Some regulars speak Polish."}, ad="2025-07-08")
S("expat-dutch", "Dutch Conversation Practice", "expat", "biep", "contact_meeting other", "walk_in come_alone_welcome",
  "Want to practise your Dutch? Join us at the library's language café on Tuesday evenings. Volunteers chat with you in easy Dutch about everyday topics, and they can explain in English when you get stuck. All levels are welcome.",
  ["TU 19:00-20:30 | Tuesday evening, library café."], en=True, dup="B", lang="en nl")
S("expat-online", "Online Newcomers Meetup", "expat", "expat-online", "contact_meeting", "come_alone_welcome",
  "Just moved to the area? Every other Tuesday evening we hold an informal video call for newcomers: ask questions, hear how others found a GP, a job or a football club, and meet people before you meet them in person.",
  ["TU 20:00-21:00 x2 | Every other Tuesday evening, online."], en=True, lang="en")
# ===== Repair Café (English)
S("repair-cafe", "Repair Café", "repair", "haven", "contact_meeting", "walk_in come_alone_welcome",
  "Bring your broken toaster, torn jacket, wobbly chair or bike with a flat tyre. Our volunteer fixers help you repair it yourself, for free, while you enjoy coffee and a chat. Every other Saturday morning in De Werkplaats.",
  ["SA 10:00-13:00 x2 | Every other Saturday morning."], en=True, lang="en nl", ln={"nl": "Most fixers speak Dutch and Frisian."}, fees="Free; a donation for coffee is appreciated.")
S("repair-vol", "Repair Café: volunteers wanted", "repair", "haven", "volunteering", "",
  "Good with a screwdriver, a sewing machine or a soldering iron? Become a fixer at the Repair Café. You help visitors repair their things every other Saturday, and you share your knowledge. No need to be an expert, just curious and patient.",
  ["SA 09:30-13:30 x2 | Every other Saturday."], en=True, lang="en nl", ad="-")
# ===== Jongerenwerk De Ruimte
S("jong-avond", "Jongerenavond", "jong", "ruimte", "", "walk_in come_alone_welcome",
  "Op woensdagavond is De Ruimte open voor jongeren: chillen, poolen, gamen of gewoon praten met de jongerenwerkers. Je kunt ook met vragen over school, thuis of geld bij ons terecht. Gratis en zonder aanmelden.",
  ["WE 19:00-22:00 | Woensdagavond."], age=(16, 23), elig="Voor jongeren van 16 tot en met 23 jaar.", note="no category")
S("jong-meiden", "Meidenclub", "jong", "ruimte", "contact_meeting cooking_food", "walk_in",
  "Een middag alleen voor meiden: samen koken, make-up, praten over vriendschap, social media of wat er maar speelt. De jongerenwerkster denkt mee als er iets is waar je mee zit.",
  ["MO 16:00-18:00 | Maandagmiddag."], age=(12, 18), elig="Voor meiden van 12 tot en met 18 jaar.")
S("jong-geld", "Geldcoach voor jongeren", "jong", "ruimte", "other", "walk_in plain_language",
  "Schulden, een boete of je zorgverzekering niet betaald? Je bent niet de enige. De geldcoach helpt je om overzicht te krijgen en een plan te maken, zonder preken. Loop binnen of stuur een appje.",
  ["TU 15:00-17:00 | Dinsdagmiddag inloop; daarnaast op afspraak."], age=(16, 27), elig="Voor jongeren van 16 tot en met 27 jaar.")
S("jong-studio", "Studio De Ruimte", "jong", "ruimte", "creative_cultural", "come_alone_welcome",
  "In onze muziekstudio maak je beats, neem je je eigen nummers op of leer je gitaar spelen. Een jongerenwerker met studio-ervaring helpt je op weg. Je hoeft nog niets te kunnen.",
  ["TH 19:00-21:30 | Donderdagavond."], cost="2/s", age=(16, 27), ad="2025-08-21")
S("jong-toekomst", "Werkplaats Toekomst", "jong", "ruimte", "other", "buddy_available",
  "Weet je niet wat je wilt met school of werk? Zit je al een tijd thuis? In Werkplaats Toekomst zoek je samen met een coach uit wat bij je past, schrijf je een cv en ga je mee op bezoek bij bedrijven. Elke week een vast moment in een kleine groep.",
  ["TH 13:00-15:00 | Donderdagmiddag."], age=(18, 27), elig="Voor jongvolwassenen van 18 tot en met 27 jaar zonder werk of opleiding.")
# ===== Mantelzorgpunt
S("mantel-cafe", "Mantelzorgcafé", "mantel", "kompas", "contact_meeting relaxation_meaning", "walk_in come_alone_welcome",
  "Zorg je voor je partner, ouder, kind of buurman? In het mantelzorgcafé drink je koffie met andere mantelzorgers en is er tijd voor je eigen verhaal. Soms komt er een gastspreker, bijvoorbeeld over respijtzorg of regelingen.",
  ["MO 14:00-16:00 x2 | Om de week op maandagmiddag."], lang="nl fy")
S("mantel-wandel", "Even ertussenuit: wandelen voor mantelzorgers", "mantel", "waldpark", "other", "come_alone_welcome",
  "Een uur wandelen in het Folgerenpark met andere mantelzorgers, om even los te komen van de zorg. We lopen in een rustig tempo en onderweg is er ruimte om te praten of juist even stil te zijn. Na afloop koffie.",
  ["TH 13:30-15:00 x2 | Om de week op donderdagmiddag."], lang="nl", note="wrong: walking group tagged other only (missing sport_movement, nature, contact_meeting)")
S("mantel-dementie", "Cursus Omgaan met dementie", "mantel", "geheugen", "other relaxation_meaning", "",
  "Zes bijeenkomsten voor partners en kinderen van iemand met dementie. Je leert wat dementie met iemand doet, hoe je communiceert als het moeilijker wordt en hoe je goed voor jezelf blijft zorgen. Met een casemanager dementie.",
  ["TU 19:30-21:30 from=2027-02-02 to=2027-03-09 | Zes dinsdagavonden."], lang="nl", app="Aanmelden via het Mantelzorgpunt.")
S("mantel-online", "Online groep jonge mantelzorgers", "mantel", "mantel-online", "contact_meeting relaxation_meaning", "come_alone_welcome",
  "Zorg jij voor een ouder, broer of zus met een ziekte of beperking, naast school of werk? In deze online groep praat je om de week met leeftijdsgenoten die hetzelfde meemaken. Een jongerenwerker begeleidt.",
  ["MO 19:30-20:30 x2 | Om de week op maandagavond, online."], age=(16, 27), elig="Jonge mantelzorgers van 16 tot en met 27 jaar.")
S("mantel-oppas", "Even vrij: vrijwillige oppas aan huis", "mantel", "home", "other", "",
  "Wil je even weg, maar kun je degene voor wie je zorgt niet alleen laten? Een vrijwilliger komt bij je thuis zodat jij een dagdeel vrij hebt: boodschappen doen, naar de kapper of gewoon even ertussenuit. De vrijwilliger drinkt koffie, leest voor of doet een spelletje.",
  ["MO,TU,WE,TH,FR,SA 09:00-17:00 | Eén dagdeel per week; tijd in overleg."], lang="nl fy")
# ===== Geheugenhuis
S("geheugen-cafe", "Ontmoetingscafé Vergeet-mij-niet", "geheugen", "geheugen", "contact_meeting relaxation_meaning", "walk_in come_alone_welcome",
  "Om de week een avond voor mensen met dementie, hun partners, kinderen en iedereen die betrokken is. Een deskundige vertelt kort over een onderwerp, zoals de diagnose, veranderend gedrag of wonen met dementie, en daarna is er tijd voor vragen en een drankje.",
  ["TU 19:30-21:30 x2 | Om de week op dinsdagavond."], lang="nl fy")
S("geheugen-inloop", "Inloophuis Het Geheugenhuis", "geheugen", "geheugen", "contact_meeting creative_cultural cooking_food", "walk_in come_alone_welcome",
  "Een huiskamer voor thuiswonende mensen met beginnende geheugenproblemen en hun naasten. Je komt wanneer je wilt, voor koffie, een krant, samen koken, muziek of tuinieren. Je hoeft geen indicatie of verwijzing te hebben.",
  ["MO,WE,FR 10:00-16:00 | Maandag, woensdag en vrijdag."], cost="3/s", cd="per dag, inclusief lunch", lang="nl fy")
S("geheugen-muziek", "Muziek en geheugen", "geheugen", "geheugen", "", "come_alone_welcome",
  "Een muziekmiddag waarop we luisteren naar muziek uit vroeger tijden en zelf zingen of ritmes spelen. Muziek roept vaak herinneringen op die anders moeilijk bereikbaar zijn.",
  ["TH 14:00-15:30 | Donderdagmiddag."], cost="2/s", lang="nl", note="no category")
# ===== Seniorenvereniging
S("senioren-wandel", "Donderdagwandeling", "senioren", "stadspark", "sport_movement contact_meeting", "walk_in",
  "Leden en niet-leden wandelen op donderdagochtend een uurtje door het stadspark. Verzamelen bij de vijver om tien uur. Na afloop koffie in de buurt.",
  ["TH 10:00-11:00 | Donderdagochtend."], dup="A", lang="nl")
S("senioren-kaart", "Klaverjassen en rikken", "senioren", "swetten", "contact_meeting", "walk_in",
  "Elke maandagavond kaarten in 't Trefpunt. Ook als je niet zo goed kunt klaverjassen ben je welkom; er zijn altijd mensen die het je uitleggen.",
  ["MO 19:30-22:30 | Maandagavond."], cost="1.5/s", ad="2025-01-15", lang="nl fy")
S("senioren-dans", "Volksdansen 60+", "senioren", "singel", "creative_cultural", "",
  "Dansen uit allerlei landen in een vriendelijke groep. De passen zijn eenvoudig en worden rustig voorgedaan; je danst in een kring, dus je hebt geen partner nodig.",
  ["TU 14:00-15:30 | Dinsdagmiddag."], cost="3/s", age=(60, None), note="incomplete: folk dancing tagged creative_cultural only (missing sport_movement)")
S("senioren-belasting", "Belastingservice", "senioren", "swetten", "", "",
  "Vrijwilligers van de seniorenvereniging helpen bij de aangifte inkomstenbelasting en het aanvragen van toeslagen. Ze komen bij je thuis of je maakt een afspraak in 't Trefpunt.",
  [], cost="15/o", cd="per aangifte voor niet-leden; leden gratis", ad="-", note="no category")
# ===== Opvoedpunt
S("gezin-spreekuur", "Opvoedspreekuur", "gezin", "bouwen", "other", "walk_in",
  "Vragen over slapen, eten, driftbuien, pesten of puberteit? Loop binnen bij het opvoedspreekuur. Een opvoedcoach denkt met je mee, zonder dat er meteen een dossier komt.",
  ["WE 09:00-11:00 | Woensdagochtend."], lang="nl en", ln={"en": "De coach spreekt ook Engels."})
S("gezin-cursus", "Oudercursus Rust in het gezin", "gezin", "bouwen", "other", "",
  "Zes avonden voor ouders die merken dat het thuis vaak botst of dat ze zelf snel hun geduld verliezen. Je leert hoe je rustig grenzen stelt en hoe je ook in drukke tijden contact houdt met je kind. Je oefent met situaties van thuis.",
  ["TH 19:30-21:30 from=2027-01-14 to=2027-02-18 | Zes donderdagavonden."], age=(18, None), lang="nl")
S("gezin-ouderkamer", "Ouderkamer It Spoar", "gezin", "trisken", "", "walk_in come_alone_welcome",
  "Op vrijdagochtend, na het brengen naar school, is er koffie voor ouders in de buurtkamer. Even bijpraten met andere ouders, en een opvoedcoach schuift aan voor wie dat wil.",
  ["FR 08:45-10:00 | Vrijdagochtend."], lang="nl ar", note="no category")
# ===== Werkplaats Kansrijk
S("werk-cafe", "Werkcafé", "werk", "haven", "other", "walk_in",
  "Ben je op zoek naar werk? In het werkcafé helpen vrijwilligers met je cv, een sollicitatiebrief of het zoeken naar vacatures. Je kunt oefenen voor een gesprek en koffie drinken met anderen die ook zoeken.",
  ["TU 10:00-12:00 | Dinsdagochtend."], lang="nl pl en", ln={"pl": "Een vrijwilliger spreekt Pools."})
S("werk-leerwerk", "Leerwerkplek in de kringloop", "werk", "haven", "", "buddy_available",
  "Weer ritme opdoen na een periode thuis? In de kringloopwinkel werk je mee in de winkel, de werkplaats of de sorteerruimte, in je eigen tempo en met een vaste begeleider. Je bepaalt samen hoeveel dagdelen je komt.",
  ["MO,TU,WE,TH,FR 09:00-15:00 | Dagdelen in overleg."], lang="nl", note="no category")
S("werk-nieuwkomers", "Werkcafé voor nieuwkomers", "werk", "haven", "other", "walk_in",
  "Een werkcafé voor statushouders en andere nieuwkomers: wat voor werk is er, hoe werkt solliciteren in Nederland en welke diploma's tellen? Met vrijwilligers die zelf ook ooit nieuw waren.",
  ["TH 13:30-15:30 | Donderdagmiddag."], lang="nl ar ti fa en", ln={"ti": "Een vrijwilliger spreekt Tigrinya."}, st="inactive",
  alert="Gestopt per september 2026; nieuwkomers zijn welkom in het gewone werkcafé op dinsdag.")
# ===== Praktijk Adem & Rust
S("stilte-mindful", "Mindfulnesstraining", "stilte", "bouwen", "relaxation_meaning", "",
  "Acht wekelijkse bijeenkomsten waarin je leert om met meer aandacht en minder oordeel met stress, piekeren en vermoeidheid om te gaan. Je oefent met meditatie, ademhaling en kleine oefeningen voor thuis. Geschikt voor mensen met (beginnende) burn-outklachten.",
  ["MO 19:30-21:45 from=2027-01-11 to=2027-03-01 | Acht maandagavonden."], cost="125/o", cd="voor de hele training, inclusief werkboek", age=(18, None))
S("stilte-yoga", "Zachte yoga", "stilte", "bouwen", "contact_meeting", "",
  "Rustige yoga met veel aandacht voor ademhaling en ontspanning, geschikt voor beginners en mensen met een stijf of pijnlijk lichaam. Oefeningen kunnen ook op een stoel.",
  ["TH 10:00-11:00 | Donderdagochtend."], cost="25/m", note="wrong: yoga tagged contact_meeting only (is sport_movement/relaxation_meaning)")
S("stilte-meditatie", "Meditatieavond", "stilte", "bouwen", "", "walk_in",
  "Op woensdagavond een uur samen stil zitten met een korte begeleide meditatie. Je hoeft geen ervaring te hebben.",
  ["WE 20:00-21:00 | Woensdagavond."], cost="5/s", st="inactive", alert="Voorlopig gestopt; de praktijk zoekt een nieuwe ruimte.", ad="2025-04-10", note="no category")
S("stilte-online", "Online training Herstellen van burn-out", "stilte", "stilte-online", "relaxation_meaning", "",
  "Een online training van zes weken voor mensen die thuis zitten met een burn-out. Je leert je energie te verdelen, grenzen aan te geven en weer te ontspannen. Elke week een live sessie in een kleine groep en oefeningen voor tussendoor.",
  ["TU 10:00-11:00 from=2027-01-12 to=2027-02-16 | Zes dinsdagochtenden, online."], cost="95/o", cd="voor de hele training", age=(18, None))
# ===== De Kring at home
S("kring-energie", "Energiecoach aan huis", "kring", "home", "other", "",
  "Is je energierekening hoog of heb je het vaak koud in huis? Een vrijwillige energiecoach komt gratis bij je langs, kijkt waar je kunt besparen en brengt kleine maatregelen mee, zoals tochtstrips en radiatorfolie. Je krijgt ook hulp bij het aanvragen van regelingen.",
  ["MO,TU,WE,TH,FR 09:00-17:00 | Bezoek op afspraak."], lang="nl fy")
# ===== Villages
# Boornbergum (6)
S("boorn-wandel", "Wandelgroep Boornbergum", "gearhing", "kerkplein", "sport_movement nature contact_meeting", "walk_in come_alone_welcome",
  "Elke maandagochtend wandelen we vanaf het kerkplein een ronde van vier tot zes kilometer door het dorp en langs de Nije Feart. We lopen in een gewoon wandeltempo en praten onderweg bij. Na afloop drinken we koffie in De Gearhing.",
  ["MO 09:30-11:00 | Maandagochtend, vertrek om half tien."], lang="nl fy", ln={"fy": "Der wurdt in soad Frysk praat."})
S("boorn-gym", "Gymnastiek voor ouderen", "sport", "gymboorn", "sport_movement contact_meeting", "",
  "Een uur gymnastiek met oefeningen voor spieren, balans en conditie, op muziek en met een ballen- of stokkenronde. De buurtsportcoach past de oefeningen aan wie er die dag is.",
  ["TH 09:30-10:30 | Donderdagochtend."], cost="3/s", age=(65, None), elig="Voor 65-plussers.", lang="nl fy")
S("boorn-soos", "Soos De Gearhing", "gearhing", "gearhing", "contact_meeting", "walk_in come_alone_welcome",
  "Op donderdagmiddag is de soos open voor iedereen uit Boornbergum en omgeving: kaarten, sjoelen, rummikub en vooral gezellig bijpraten. Wie niet zelf kan komen, kan worden opgehaald door de vrijwilligers.",
  ["TH 14:00-16:30 | Donderdagmiddag."], cost="1/s", lang="nl fy")
S("boorn-eten", "Samen eten in Boornbergum", "gearhing", "gearhing", "cooking_food contact_meeting", "come_alone_welcome",
  "Om de week op woensdag kookt een groep vrijwilligers een driegangenmaaltijd in De Gearhing. Je eet met dorpsgenoten aan gedekte tafels. Ook mensen die alleen wonen of net in het dorp zijn komen wonen, schuiven graag aan.",
  ["WE 17:30-19:30 x2 | Om de week op woensdag."], cost="5/s", cd="per maaltijd", lang="nl fy",
  app="Opgeven uiterlijk maandag bij de beheerder van het dorpshuis.")
S("boorn-formulier", "Formulierenhulp Boornbergum", "geld", "gearhing", "other", "walk_in plain_language",
  "Om de week op maandagochtend zit een vrijwilliger van Geldkompas in De Gearhing om te helpen met formulieren, brieven en aanvragen. Neem je papieren mee. Gratis.",
  ["MO 10:00-11:30 x2 | Om de week op maandagochtend."], lang="nl fy")
S("boorn-handwerk", "Handwerkcafé", "gearhing", "gearhing", "creative_cultural contact_meeting", "walk_in",
  "Breien, haken, borduren of quilten in gezelschap. Neem je eigen werkje mee of leer iets nieuws van de anderen. Er zijn ook wol en naalden om mee te beginnen.",
  ["TU 19:30-21:30 | Dinsdagavond."], cost="1.5/s", cd="inclusief koffie", lang="nl fy")
# Opeinde (6)
S("opeinde-openhuis", "Open Huis", "kruspunt", "kruspunt", "contact_meeting", "walk_in come_alone_welcome plain_language",
  "Op dinsdagochtend is er koffie in It Kruspunt. Iedereen is welkom. Je kunt zomaar binnenkomen. Het kost niets. Er is altijd iemand om mee te praten.",
  ["TU 10:00-11:30 | Dinsdagochtend."], plain=True, lang="nl fy")
S("opeinde-jeu", "Jeu de boules", "kruspunt", "kruspunt", "sport_movement contact_meeting", "walk_in",
  "Van april tot en met oktober spelen we op vrijdagmiddag jeu de boules op de baan naast It Kruspunt. Ballen zijn te leen. Gezelligheid gaat voor winnen.",
  ["FR 14:00-16:00 from=2026-04-03 to=2026-10-30 | Vrijdagmiddag, april tot en met oktober."], cost="15/y", lang="nl fy")
S("opeinde-schilder", "Schilderclub Opeinde", "kruspunt", "kruspunt", "creative_cultural", "",
  "Een groep amateurschilders werkt op woensdagavond aan eigen werk, met eens per maand een les van een kunstenaar uit de regio. Nieuwe leden zijn welkom; neem je eigen materiaal mee.",
  ["WE 19:30-21:30 | Woensdagavond."], cost="3.5/s", lang="nl fy")
S("opeinde-creatief", "Creatieve ochtend", "kruspunt", "kruspunt", "creative_cultural contact_meeting", "walk_in come_alone_welcome",
  "Op donderdagochtend maken we samen iets: kaarten, een seizoensstuk of iets met papier en verf. Een vrijwilliger bereidt elke week een idee voor, maar je mag ook je eigen werk meenemen.",
  ["TH 09:30-11:30 | Donderdagochtend."], lang="nl fy")
S("opeinde-voorlees", "Voorlezen op de basisschool", "kruspunt", "kruspunt", "volunteering", "",
  "De basisschool in It Kruspunt zoekt opa's, oma's en andere vrijwilligers die een keer per week voorlezen aan kinderen in groep 1 tot en met 4. Het gaat om een half uur tot een uur op een vaste ochtend.",
  [], lang="nl fy")
S("opeinde-koersbal", "Koersbal", "kruspunt", "kruspunt", "sport_movement contact_meeting", "",
  "Koersbal is een rustig balspel op een lange mat, goed te spelen als je niet meer zo goed ter been bent. We spelen op maandagmiddag in de dorpszaal, met koffiepauze.",
  ["MO 14:00-16:00 | Maandagmiddag."], cost="1.5/s", lang="nl fy")
# Rottevalle (5)
S("rotte-koor", "Dorpskoor Rottevalle", "dobbe", "dobbe", "creative_cultural contact_meeting", "",
  "Het dorpskoor zingt een gevarieerd repertoire, van Friese liedjes tot musical. Repetitie op donderdagavond. Iedereen die graag zingt is welkom, auditie is niet nodig.",
  ["TH 20:00-22:00 | Donderdagavond."], cost="10/m", lang="nl fy")
S("rotte-soos", "Soos 55+", "dobbe", "dobbe", "contact_meeting", "walk_in come_alone_welcome",
  "Op dinsdagmiddag is de soos voor 55-plussers in De Dobbe: een kaartje leggen, biljarten of gewoon bijpraten met een kop thee.",
  ["TU 14:00-16:30 | Dinsdagmiddag."], cost="1/s", age=(55, None), lang="nl fy")
S("rotte-wandel", "Wandelgroep De Dobbe", "dobbe", "dobbe", "contact_meeting", "walk_in",
  "Elke woensdagochtend lopen we een ronde van ongeveer vijf kilometer door het dorp en over de landpaden richting de Lits. Vertrek bij De Dobbe, terug voor de koffie.",
  ["WE 09:30-11:00 | Woensdagochtend."], lang="nl fy", note="incomplete: walking group tagged contact_meeting only (missing sport_movement, nature)")
S("rotte-brei", "Brei- en haakmiddag", "dobbe", "dobbe", "creative_cultural", "walk_in come_alone_welcome",
  "Een gezellige middag handwerken in De Dobbe. Er wordt ook gebreid voor goede doelen, zoals mutsjes voor de kraamafdeling.",
  ["MO 13:30-16:00 | Maandagmiddag."], lang="nl fy")
S("rotte-foto", "Fotoclub Rottevalle", "dobbe", "dobbe", "creative_cultural contact_meeting", "",
  "Fotoclub voor beginners en gevorderden. We bespreken elkaars foto's, gaan op fotosafari in de omgeving en houden een jaarlijkse expositie.",
  ["TH 20:00-22:00 x2 | Om de week op donderdagavond in de bovenzaal."], cost="40/y", ad="2025-02-25")
# Oudega (5)
S("oudega-koor", "Sjongersgroep Oudega", "aldhus", "aldhus", "creative_cultural", "",
  "Een klein koor dat vooral Friese liedjes zingt. We repeteren op dinsdagavond en treden op bij dorpsfeesten en in de kerk.",
  ["TU 20:00-21:45 | Dinsdagavond."], cost="12/m", lang="fy nl")
S("oudega-bewegen", "Bewegen voor ouderen Oudega", "sport", "gymoudega", "sport_movement", "",
  "Een uur rustig bewegen met oefeningen voor balans en kracht, met de buurtsportcoach. De gymzaal is klein en gezellig; na afloop drinken we koffie.",
  ["MO 10:00-11:00 | Maandagochtend."], cost="2.5/s", age=(60, None), lang="nl fy")
S("oudega-eten", "Samen eten in It Aldegeaster Hûs", "aldhus", "aldhus", "cooking_food contact_meeting", "come_alone_welcome",
  "Om de week op vrijdag is er een warme lunch in het dorpshuis, gekookt door vrijwilligers uit het dorp. Even samen aan tafel, een goed gesprek en je hoeft zelf niet te koken.",
  ["FR 12:00-13:30 x2 | Om de week op vrijdag."], cost="5/s", cd="per maaltijd", lang="fy nl")
S("oudega-koffie", "Koffie & Co Oudega", "aldhus", "aldhus", "contact_meeting", "walk_in come_alone_welcome plain_language",
  "Op woensdagochtend is er koffie in het dorpshuis. Je bent welkom. Je kunt zomaar komen. Het is gratis. Ook als je nieuw bent in Oudega.",
  ["WE 10:00-11:30 | Woensdagochtend."], plain=True, lang="nl fy")
S("oudega-historie", "Historische kring: verhalen van vroeger", "aldhus", "aldhus", "", "walk_in",
  "Om de week kijken we naar oude foto's van Oudega en omstreken en halen we herinneringen op. De verhalen worden opgeschreven voor het dorpsarchief.",
  ["TH 14:00-16:00 x2 | Om de week op donderdagmiddag."], cost="1/s", ad="-", lang="fy nl", note="no category")
# Nijega (3)
S("nijega-kerkcafe", "Kerkcafé Nijega", "noorder", "kerknijega", "contact_meeting relaxation_meaning", "walk_in come_alone_welcome",
  "Op woensdagochtend is de kerkzaal open voor koffie en ontmoeting. Soms is er een korte overdenking of een gesprek over een thema. Iedereen is welkom.",
  ["WE 10:00-11:30 | Woensdagochtend."], lang="nl fy")
S("nijega-fiets", "Fietsgroep 60+", "sport", "kerknijega", "sport_movement nature contact_meeting", "",
  "Van april tot en met september fietsen we op dinsdagmiddag een tocht van dertig tot veertig kilometer door het Friese Woudengebied, met een koffiestop halverwege. Een e-bike is prima.",
  ["TU 13:30-16:30 from=2026-04-07 to=2026-09-29 | Dinsdagmiddag, april tot en met september."], cost="10/y", cd="per seizoen", age=(60, None), lang="nl fy")
S("nijega-toneel", "Toneelclub Nijega", "noorder", "kerknijega", "creative_cultural", "",
  "De toneelclub speelt elk voorjaar een blijspel in het Fries. We repeteren vanaf oktober op donderdagavond. Ook mensen voor decor en grime zijn welkom.",
  ["TH 20:00-22:00 | Donderdagavond."], cost="35/y", st="inactive", alert="Dit seizoen geen voorstelling: de club zoekt een nieuwe regisseur.", ad="2025-03-18", lang="fy nl")
# De Tike (2)
S("tike-kaart", "Klaverjassen De Tike", "noorder", "kerktike", "", "walk_in",
  "Op vrijdagavond klaverjassen in de kerkzaal. Wie wil, kan meedoen aan de competitie; anders speel je gewoon een paar potjes mee.",
  ["FR 20:00-23:00 | Vrijdagavond."], cost="1/s", ad="2024-11-22", lang="fy nl", note="no category")
S("tike-natuur", "Natuurwandeling Tikeroute", "natuur", "tikepad", "nature sport_movement", "come_alone_welcome",
  "Om de week op zondagmiddag een wandeling met een gids van De Wâldpyk over de Tikeroute, langs houtwallen en weilanden. Je leert over weidevogels, bomen en het coulisselandschap. Ongeveer zes kilometer, onverhard.",
  ["SU 14:00-16:00 x2 | Om de week op zondagmiddag."], cost="2/s", cd="voor niet-leden; leden gratis", lang="nl fy")
# Houtigehage (4)
S("hout-gym", "Gym 55+ Houtigehage", "sport", "waldhoeke", "sport_movement contact_meeting", "",
  "Gymnastiek voor 55-plussers in de gymzaal van De Wâldhoeke. Oefeningen op muziek, met materiaal zoals ballen en elastieken, aangepast aan ieders niveau.",
  ["WE 09:30-10:30 | Woensdagochtend."], cost="2.5/s", age=(55, None), lang="nl fy")
S("hout-soos", "Soos Houtigehage", "kring", "waldhoeke", "contact_meeting", "walk_in come_alone_welcome",
  "Op vrijdagmiddag is de soos in De Wâldhoeke: kaarten, sjoelen, een quiz of een verhaal. Iedereen die graag onder de mensen is, is welkom.",
  ["FR 14:00-16:30 | Vrijdagmiddag."], cost="1/s", lang="nl fy")
S("hout-peuter", "Peuter-ouderochtend", "gezin", "waldhoeke", "", "walk_in",
  "Een ochtend voor ouders met kinderen tot vier jaar. De kinderen spelen, de ouders drinken koffie en wisselen ervaringen uit. Een opvoedcoach is aanwezig voor vragen.",
  ["TU 09:00-10:30 | Dinsdagochtend."], cost="1/s", cd="per gezin", lang="nl", note="no category")
S("hout-tuin", "Tuinclub De Wâldhoeke", "kring", "waldhoeke", "nature contact_meeting", "",
  "Samen de tuin rond De Wâldhoeke onderhouden en groente kweken in de moestuinbakken.",
  ["SA 10:00-12:00 from=2026-04-04 to=2026-10-31 | Zaterdagochtend, april tot en met oktober."], st="inactive",
  alert="De tuinclub is gestopt; de moestuinbakken zijn in 2026 verwijderd.", lang="nl")
# Drachtstercompagnie (4)
S("comp-koffie", "Koffie & Co", "kompanjy", "kompanjy", "contact_meeting", "walk_in come_alone_welcome",
  "Op maandagochtend staat de koffie klaar in De Kompanjy. Kom bijpraten met dorpsgenoten, lees de krant of doe mee met het spelletje van de week.",
  ["MO 10:00-11:30 | Maandagochtend."], cost="1/s", lang="nl fy")
S("comp-yoga", "Yoga in De Kompanjy", "kompanjy", "kompanjy", "sport_movement relaxation_meaning", "",
  "Een yogales voor beginners en licht gevorderden op donderdagavond. Rustige houdingen, ademhaling en een ontspanning aan het eind. Neem een matje en een dekentje mee.",
  ["TH 19:30-20:30 | Donderdagavond."], cost="20/m", lang="nl")
S("comp-soos", "Jeugdsoos", "jong", "kompanjy", "contact_meeting", "walk_in",
  "Op vrijdagavond is het jeugdhonk in De Kompanjy open voor jongeren uit het dorp: muziek, tafelvoetbal, games en een jongerenwerker om mee te praten.",
  ["FR 19:00-21:30 | Vrijdagavond."], cost="1/s", age=(12, 16), elig="Voor jongeren van 12 tot en met 16 jaar.")
S("comp-vrijw", "Vrijwilligers voor bar en activiteiten", "kompanjy", "kompanjy", "", "",
  "De Kompanjy draait helemaal op vrijwilligers. We zoeken mensen voor de bar, het schoonmaakrooster en het organiseren van activiteiten. Je kiest zelf hoeveel tijd je erin steekt.",
  [], ad="-", note="no category")
# De Wilgen (3)
S("wilgen-kook", "Kookclub voor mannen", "kring", "wylgen", "cooking_food contact_meeting", "come_alone_welcome",
  "Om de week op dinsdag koken mannen uit De Wilgen en omgeving samen een driegangenmenu in de keuken van De Wylgen, en eten het daarna met elkaar op. Je hoeft niet te kunnen koken: een vrijwilliger die jaren kok is geweest, legt alles uit. Vooral mannen die alleen zijn komen te wonen, vinden hier gezelschap.",
  ["TU 17:00-20:00 x2 | Om de week op dinsdag."], cost="5/s", cd="per keer, inclusief boodschappen", lang="nl fy")
S("wilgen-biljart", "Biljarten", "kring", "wylgen", "contact_meeting", "",
  "Twee middagen per week biljarten in de biljartzaal van De Wylgen, vooral libre en driebanden. Nieuwe spelers zijn welkom.",
  ["MO,TH 13:30-17:00 | Maandag- en donderdagmiddag."], cost="25/y", ad="2025-06-03", lang="fy nl")
S("wilgen-bloem", "Bloemschikken", "kring", "wylgen", "creative_cultural", "",
  "Om de week op woensdagavond maken we een bloemstuk met bloemen en takken van het seizoen, onder leiding van een bloembindster uit het dorp.",
  ["WE 19:30-21:30 x2 | Om de week op woensdagavond."], cost="4/s", cd="per keer, exclusief bloemen", ad="2025-10-14")
# Kortehemmen (2)
S("korte-koffie", "Koffieochtend Kortehemmen", "kring", "kamp", "", "walk_in come_alone_welcome",
  "Om de week op vrijdagochtend koffie in Buurthuis De Kamp, voor iedereen uit Kortehemmen en omgeving.",
  ["FR 10:00-11:30 x2 | Om de week op vrijdagochtend."], cost="0.5/s", lang="fy nl", note="no category")
S("korte-natuurwerk", "Natuurwerkdag Kortehemmen", "natuur", "kortepad", "sport_movement", "",
  "Om de week op zaterdagochtend onderhouden vrijwilligers van De Wâldpyk de houtwallen en poelen rond Kortehemmen: snoeien, zagen, takken ruimen. Gereedschap en koffie zijn er; stevige schoenen meenemen.",
  ["SA 09:00-12:30 x2 from=2026-10-03 to=2027-03-27 | Om de week op zaterdagochtend, oktober tot en met maart."], lang="nl fy",
  note="incomplete: nature volunteering tagged sport_movement only (missing nature, volunteering)")
# Smalle Ee (2)
S("smalle-vogels", "Vogels kijken bij De Leijen", "natuur", "leijen", "nature", "come_alone_welcome",
  "In voorjaar en najaar kijken we om de week op zaterdagochtend naar trekvogels en watervogels op De Leijen. Verrekijkers zijn te leen en een ervaren vogelaar vertelt wat je ziet.",
  ["SA 08:00-10:00 x2 from=2026-03-07 to=2026-05-30 | Voorjaar.", "SA 08:00-10:00 x2 from=2026-09-05 to=2026-11-28 | Najaar."], cost="2/s", cd="voor niet-leden; leden gratis", lang="nl fy")
S("smalle-varen", "Vaarmiddag voor ouderen", "senioren", "leijen", "nature contact_meeting", "buddy_available",
  "In de zomer varen vrijwilligers op woensdagmiddag met een sloep over De Leijen en door de Friese meren. Voor ouderen die niet meer zelf het water op kunnen. Er is koffie aan boord.",
  ["WE 13:30-16:30 from=2026-06-03 to=2026-09-30 | Woensdagmiddag, juni tot en met september."], cost="5/s", ad="2025-07-01", lang="nl fy")


# Terse, generic names (about a quarter): the name alone hardly says what or for whom.
TERSE = set("""kring-inloop kring-soos kring-praatcafe kring-dinsdagclub sport-55 fysio-long tuin-rust biep-taalcafe
biep-taalhuis biep-leesclub biep-kliktik kleur-atelier kleur-herstel kleur-boetseren koor-zingmee fontein-openkerk
fontein-gesprek fontein-aanschuif moskee-vrouwen jong-avond jong-meiden jong-toekomst mantel-cafe werk-cafe geld-chat
voedsel-pakket naast-gezinsmaatje naast-thuisadmin stilte-meditatie opeinde-openhuis opeinde-creatief opeinde-koersbal
rotte-soos comp-koffie comp-soos wilgen-biljart wilgen-bloem boorn-handwerk senioren-dans museum-onvergetelijk""".split())


# ---------------------------------------------------------------- builder
OPT = {"s": "per_session", "m": "per_month", "y": "per_year", "o": "once"}
OPT_NL = {"per_session": "per keer", "per_month": "per maand", "per_year": "per jaar", "once": "eenmalig"}
OPT_EN = {"per_session": "per session", "per_month": "per month", "per_year": "per year", "once": "one-off"}
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
SERVICE_AREA = ("Smallingerland", "Gemeente Smallingerland (CBS-code GM0090): Drachten en de dorpen Boornbergum, De Tike, "
                "De Veenhoop, De Wilgen, Drachtstercompagnie, Goëngahuizen, Houtigehage, Kortehemmen, Nijega, Opeinde, "
                "Oudega, Rottevalle en Smalle Ee.")


def h(*parts):
    return int(hashlib.sha256("/".join(parts).encode()).hexdigest(), 16)


def term(tax, code):
    tid, name, desc = TERMS[(tax, code)]
    return {"id": tid, "code": code, "name": name, "description": desc, "taxonomy": tax, "language": "nl"}


def attribute(link_id, entity, tax, code):
    t = term(tax, code)
    return {"id": uid("attr", link_id, tax, code), "link_id": link_id, "link_entity": entity,
            "taxonomy_term_id": t["id"], "taxonomy_term": t}


def organization(key):
    name, desc, dom = ORGS[key]
    return {"id": uid("org", key), "name": name, "description": desc,
            "website": f"https://www.{dom}.example/", "email": f"info@{dom}.example"}


def location(key):
    if key in VIRTUAL:
        name, org, url, desc = VIRTUAL[key]
        lid = uid("location", key)
        return {"id": lid, "location_type": "virtual", "organization_id": uid("org", org),
                "name": name, "description": desc, "url": url}
    (name, org, city, _wijk, lat, lon, street, pc, codes, texts, desc, transport) = VENUES[key]
    lid = uid("location", key)
    return {
        "id": lid, "location_type": "physical", "organization_id": uid("org", org), "name": name,
        "description": desc, "transportation": transport, "latitude": lat, "longitude": lon,
        "addresses": [{"id": uid("address", key), "location_id": lid, "address_1": street, "city": city,
                       "region": "Smallingerland", "state_province": "Friesland", "postal_code": pc,
                       "country": "NL", "address_type": "physical"}],
        "accessibility": [{"id": uid("accessibility", key, str(i)), "location_id": lid, "description": t}
                          for i, t in enumerate(texts)],
        "attributes": [attribute(lid, "location", "toegankelijkheid", c) for c in codes.split()],
    }


def euro(x):
    s = f"{x:.2f}".replace(".", ",")
    return s[:-3] if s.endswith(",00") else s


def parse_schedule(sid, i, text, online):
    spec, _, desc = text.partition("|")
    toks = spec.split()
    days, times = toks[0], toks[1]
    opens, closes = times.split("-")
    sch = {"id": uid("schedule", sid, str(i)), "service_id": sid, "freq": "WEEKLY", "interval": 1, "byday": days}
    opts = dict(t.split("=") for t in toks[2:] if "=" in t)
    if "x2" in toks:
        sch["interval"] = 2
        start = dt.date.fromisoformat(opts["from"]) if "from" in opts else dt.date(2026, 1, 5)
        while DAYS[start.weekday()] != days.split(",")[0]:
            start += dt.timedelta(days=1)
        sch["dtstart"] = start.isoformat()
    if "from" in opts:
        sch["valid_from"] = opts["from"]
    if "to" in opts:
        sch["valid_to"] = opts["to"]
    sch["opens_at"], sch["closes_at"] = opens, closes
    sch["description"] = desc.strip()
    if online:
        sch["attending_type"] = "Online"
    return sch


def assured(sp):
    ad = sp.get("ad")
    if ad == "-":
        return None
    if ad:
        return ad
    return (TODAY - dt.timedelta(days=4 + h("ad", sp["k"]) % 322)).isoformat()


def build(sp):
    k, en = sp["k"], sp.get("en", False)
    sid = uid("service", k)
    org = organization(sp["o"])
    rec = {"id": sid, "name": sp["n"], "organization_id": org["id"], "organization": org,
           "description": sp["t"], "url": f"{org['website']}{k.split('-', 1)[1]}",
           "status": sp.get("st", "active")}
    if sp.get("alert"):
        rec["alert"] = sp["alert"]
    age = sp.get("age")
    if age:
        if age[0] is not None:
            rec["minimum_age"] = age[0]
        if age[1] is not None:
            rec["maximum_age"] = age[1]
    if sp.get("elig"):
        rec["eligibility_description"] = sp["elig"]
    cost = sp.get("cost")
    opts = []
    if cost:
        amt, o = cost.split("/")
        amt, option = float(amt), OPT[o]
        amt = int(amt) if amt == int(amt) else amt
        label = (OPT_EN if en else OPT_NL)[option]
        cd = sp.get("cd") or (("free" if en else "gratis") if amt == 0 else label)
        opts.append({"id": uid("cost", k), "service_id": sid, "option": option, "amount": amt,
                     "currency": "EUR", "amount_description": cd})
        fees = ("Free." if en else "Gratis.") if amt == 0 else f"€ {euro(amt)} {label}" + (f" ({sp['cd']})." if sp.get("cd") else ".")
    else:
        fees = "Free." if en else "Gratis."
    rec["fees_description"] = sp.get("fees", fees)
    if sp.get("app"):
        rec["application_process"] = sp["app"]
    if sp.get("wait"):
        rec["wait_time"] = sp["wait"]
    ad = assured(sp)
    if ad:
        rec["assured_date"] = ad
    lm = dt.date.fromisoformat(ad) if ad else dt.date(2025, 9, 1) + dt.timedelta(days=h("lm", k) % 200)
    hh = h("t", k)
    rec["last_modified"] = f"{lm.isoformat()}T{8 + hh % 9:02d}:{hh // 9 % 60:02d}:00Z"
    attrs = [attribute(sid, "service", "wor-categorie", c) for c in sp["c"]]
    attrs += [attribute(sid, "service", "drempel", c) for c in sp["d"]]
    if sp["loc"] == "home":
        attrs.append(attribute(sid, "service", "levering", "at_home"))
    rec["attributes"] = attrs
    notes = sp.get("ln", {})
    rec["languages"] = []
    for code in (sp.get("lang") or "nl").split():
        lang = {"id": uid("language", k, code), "service_id": sid, "name": LANG_NAMES[code], "code": code}
        if code in notes:
            lang["note"] = notes[code]
        rec["languages"].append(lang)
    if opts:
        rec["cost_options"] = opts
    online = sp["loc"] in VIRTUAL
    rec["schedules"] = [parse_schedule(sid, i, s, online) for i, s in enumerate(sp["s"])]
    if not rec["schedules"]:
        del rec["schedules"]
    if sp["loc"] == "home":
        rec["service_areas"] = [{"id": uid("service_area", k), "service_id": sid,
                                 "name": SERVICE_AREA[0], "description": SERVICE_AREA[1]}]
    else:
        loc = location(sp["loc"])
        rec["service_at_locations"] = [{"id": uid("sal", k, sp["loc"]), "service_id": sid,
                                        "location_id": loc["id"], "location": loc}]
    return rec


# ---------------------------------------------------------------- checks (designed features and holes)
PLACES = {  # GeoNames coordinates
    "Drachten": (53.11254, 6.0989), "Boornbergum": (53.08284, 6.04578), "Opeinde": (53.1341, 6.05656),
    "Oudega": (53.12504, 5.99888), "Rottevalle": (53.14523, 6.10411), "De Wilgen": (53.09936, 6.0341),
    "Nijega": (53.14029, 6.02705), "Houtigehage": (53.15202, 6.14524), "De Tike": (53.15161, 6.03767),
    "Kortehemmen": (53.07691, 6.07213), "Drachtstercompagnie": (53.13462, 6.14153), "Smalle Ee": (53.10325, 6.01853),
}
PC4 = {"Drachten": {"9201", "9202", "9203", "9204", "9205", "9206", "9207"}, "Boornbergum": {"9212"},
       "Opeinde": {"9218"}, "Oudega": {"9216"}, "Rottevalle": {"9221"}, "De Wilgen": {"9213"}, "Nijega": {"9217"},
       "Houtigehage": {"9223"}, "De Tike": {"9219"}, "Kortehemmen": {"9211"}, "Drachtstercompagnie": {"9222"},
       "Smalle Ee": {"9214"}}
WIJKEN = Path("/work/shared/data/nl/smallingerland_wijken_2024.geojson")
MOVE = re.compile(r"wandel|bewe[eg]|sport|gym|yoga|dans|fiets|zwem|aqua|voetbal|volley|boules|koersbal|walk|balans|fitness|trainen", re.I)
COOK = re.compile(r"\b(kok|koks|koken|kookt|eten|maaltijd\w*|lunch\w*|soep|diner|dinner|iftar)\b", re.I)
CREATIVE = re.compile(r"schilder|teken|koor|zing|zang|brei|haak|handwerk|foto|toneel|muziek|knutsel|creatie|kunst|klei", re.I)
NORTH = {"Nijega", "De Tike", "Opeinde", "Rottevalle", "Houtigehage", "Drachtstercompagnie"}


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    x = (lo2 - lo1) * math.cos((la1 + la2) / 2)
    return 6371.0 * math.hypot(x, la2 - la1)


def inside(pt, ring):
    lat, lon = pt
    res = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            res = not res
    return res


def place_of(rec):
    if "service_areas" in rec:
        return "Aan huis"
    loc = rec["service_at_locations"][0]["location"]
    return loc["addresses"][0]["city"] if loc["location_type"] == "physical" else "Online"


def loc_of(rec):
    sal = rec.get("service_at_locations")
    return sal[0]["location"] if sal else None


def codes(items, tax):
    return [a["taxonomy_term"]["code"] for a in items or [] if a["taxonomy_term"]["taxonomy"] == tax]


def evening(rec):
    return any(s.get("opens_at", "00:00") >= "18:00" for s in rec.get("schedules", []))


def paid(rec):
    return any(c.get("amount", 0) > 0 for c in rec.get("cost_options", []))


def check(records, specs):
    assert len(records) == 160, len(records)
    assert len({r["id"] for r in records}) == 160
    wijken = json.loads(WIJKEN.read_text())["features"] if WIJKEN.exists() else []
    for key, v in VENUES.items():
        city, wijk, lat, lon, pc = v[2], v[3], v[4], v[5], v[7]
        d = km((lat, lon), PLACES[city])
        assert d <= (2.5 if city == "Drachten" else 1.0), (key, d)
        assert re.fullmatch(r"\d{4} [A-Z]{2}", pc) and pc[:4] in PC4[city], (key, pc)
        for f in wijken:
            if f["properties"]["statnaam"] == wijk:
                assert inside((lat, lon), f["geometry"]["coordinates"][0]), (key, wijk)
    # Every shared entity is identical wherever it appears.
    seen = {}
    for r in records:
        ents = [r["organization"]] + [s["location"] for s in r.get("service_at_locations", [])]
        ents += [a["taxonomy_term"] for a in r["attributes"]]
        ents += [a["taxonomy_term"] for s in r.get("service_at_locations", []) for a in s["location"].get("attributes", [])]
        for e in ents:
            assert seen.setdefault(e["id"], e) == e, e["id"]
    boorn = PLACES["Boornbergum"]
    near_walk, far_wheel = [], []
    for r, sp in zip(records, specs):
        loc, place = loc_of(r), place_of(r)
        txt = r["name"] + " " + r["description"]
        moving = "sport_movement" in codes(r["attributes"], "wor-categorie") or MOVE.search(txt)
        langs = {l["code"] for l in r["languages"]}
        if loc and loc["location_type"] == "physical":
            d = km((loc["latitude"], loc["longitude"]), boorn)
            wheel = "wheelchair" in codes(loc["attributes"], "toegankelijkheid")
            # Hole 1: no wheelchair-accessible movement within 5 km of Boornbergum.
            assert not (moving and wheel and d <= 5.0), ("hole 1", sp["k"], d)
            if moving and not wheel and d <= 1.0 and "wandel" in txt.lower():
                near_walk.append((sp["k"], round(d, 2)))
            if "sport_movement" in codes(r["attributes"], "wor-categorie") and wheel and place == "Drachten" and 6.0 <= d <= 9.0 and r["status"] == "active":
                far_wheel.append((sp["k"], round(d, 1)))
            # Hole 2: nothing in Tigrinya in the villages.
            assert not (place != "Drachten" and "ti" in langs), ("hole 2", sp["k"])
            # Hole 3: no free evening creative activity in Opeinde or Rottevalle.
            creative = "creative_cultural" in codes(r["attributes"], "wor-categorie") or CREATIVE.search(txt)
            assert not (place in {"Opeinde", "Rottevalle"} and creative and evening(r) and not paid(r)), ("hole 3", sp["k"])
            # Hole 4: no cooking or shared meals in the northern villages.
            cook = "cooking_food" in codes(r["attributes"], "wor-categorie") or COOK.search(txt)
            assert not (place in NORTH and cook), ("hole 4", sp["k"])
        # Hole 5: nothing for young people (maximum_age <= 27) at the weekend.
        if r.get("maximum_age", 99) <= 27:
            assert not any(set(s["byday"].split(",")) & {"SA", "SU"} for s in r.get("schedules", [])), ("hole 5", sp["k"])
        # No movement delivered online or at home (keeps hole 1 clean).
        assert not (moving and (loc is None or loc["location_type"] == "virtual")), ("online/home movement", sp["k"])
    assert near_walk and far_wheel, (near_walk, far_wheel)
    return near_walk, far_wheel


# ---------------------------------------------------------------- outputs
def delivery(rec):
    return {"Aan huis": "aan huis", "Online": "online"}.get(place_of(rec), "ter plaatse")


def fmt_sched(s):
    out = f"{s['byday']} {s['opens_at']}-{s['closes_at']}"
    if s.get("interval", 1) != 1:
        out += f", om de {s['interval']} weken (vanaf {s['dtstart']})"
    if s.get("valid_from") or s.get("valid_to"):
        out += f", geldig {s.get('valid_from', '…')} t/m {s.get('valid_to', '…')}"
    return out + (f" — {s['description']}" if s.get("description") else "")


def fmt_cost(rec):
    if not rec.get("cost_options"):
        return "gratis (geen kostenoptie)"
    return "; ".join(f"€ {euro(c['amount'])} {c['option']}" + (f" ({c['amount_description']})" if c.get("amount_description") else "")
                     for c in rec["cost_options"])


def summary(records):
    def key(r):
        p = place_of(r)
        return ({"Drachten": 0, "Online": 2, "Aan huis": 3}.get(p, 1), p, r["name"].lower())

    lines = ["# Sociale kaart Smallingerland (fictief) — overzicht", "",
             f"{len(records)} activiteiten, gesorteerd op plaats en naam. Gegenereerd door `build_catalog.py` uit `catalog.json`.",
             "Categorieën (wor-categorie) staan hier bewust niet bij: beoordeel relevantie op de tekst.", ""]
    current = None
    for r in sorted(records, key=key):
        p = place_of(r)
        if p != current:
            lines += [f"## {p}", ""]
            current = p
        loc = loc_of(r)
        lines.append(f"### {r['name']}")
        lines.append(f"- id: `{r['id']}`")
        lines.append(f"- organisatie: {r['organization']['name']}")
        if loc and loc["location_type"] == "physical":
            a = loc["addresses"][0]
            wijk = VENUES[[k for k in VENUES if uid("location", k) == loc["id"]][0]][3]
            lines.append(f"- locatie: {loc['name']}, {a['address_1']}, {a['postal_code']} {a['city']}"
                         + (f" (wijk {wijk})" if wijk else "") + f"; {loc['latitude']}, {loc['longitude']}")
            acc = codes(loc["attributes"], "toegankelijkheid")
            lines.append(f"- toegankelijkheid: {', '.join(acc) if acc else '—'}")
        elif loc:
            lines.append(f"- locatie: {loc['name']} ({loc['url']})")
        else:
            lines.append(f"- werkgebied: {r['service_areas'][0]['name']}")
        lines.append(f"- levering: {delivery(r)}")
        dr = codes(r["attributes"], "drempel")
        lines.append(f"- drempel: {', '.join(dr) if dr else '—'}")
        sch = r.get("schedules", [])
        lines.append("- tijden: " + ("; ".join(fmt_sched(s) for s in sch) if sch else "geen vaste tijd (in overleg)"))
        lines.append(f"- kosten: {fmt_cost(r)}")
        lines.append("- talen: " + ", ".join(l["code"] + (f" ({l['note']})" if l.get("note") else "") for l in r["languages"]))
        if "minimum_age" in r or "maximum_age" in r:
            lines.append(f"- leeftijd: {r.get('minimum_age', '–')} t/m {r.get('maximum_age', '–')}")
        lines.append(f"- status: {r['status']}" + (f" — {r['alert']}" if r.get("alert") else "")
                     + f"; bevestigd: {r.get('assured_date', 'onbekend')}")
        lines.append(f"- beschrijving: {r['description']}")
        lines.append("")
    return "\n".join(lines)


def readme(records, specs, near_walk, far_wheel):
    by_k = {sp["k"]: r for sp, r in zip(specs, records)}
    n = len(records)
    places = Counter(place_of(r) for r in records)
    cats = Counter(c for r in records for c in codes(r["attributes"], "wor-categorie"))
    drem = Counter(c for r in records for c in codes(r["attributes"], "drempel"))
    langs = Counter(l["code"] for r in records for l in r["languages"])
    stale_cut = (TODAY - dt.timedelta(days=365)).isoformat()
    stale = [r for r in records if r.get("assured_date", "9999") < stale_cut]
    no_ad = [r for r in records if "assured_date" not in r]
    inactive = [r for r in records if r["status"] != "active"]
    free = [r for r in records if not paid(r)]
    en = [sp for sp in specs if sp.get("en")]
    plain = [sp for sp in specs if sp.get("plain")]
    missing = [sp for sp in specs if not sp["c"]]
    wrong = [sp for sp in specs if sp["c"] and sp.get("note")]
    dups = {}
    for sp in specs:
        if sp.get("dup"):
            dups.setdefault(sp["dup"], []).append(sp)
    notime = [sp for sp in specs if not sp["s"] or any("overleg" in s for s in sp["s"])]
    aged = [r for r in records if "minimum_age" in r or "maximum_age" in r]
    seasonal = [r for r in records if any(s.get("valid_from") or s.get("valid_to") for s in r.get("schedules", []))]
    fortnight = [r for r in records if any(s.get("interval") == 2 for s in r.get("schedules", []))]
    evening_n = sum(evening(r) for r in records)
    weekend_n = sum(any(set(s["byday"].split(",")) & {"SA", "SU"} for s in r.get("schedules", [])) for r in records)
    terse = [sp for sp in specs if sp["k"] in TERSE]
    wheel = [r for r in records if loc_of(r) and "wheelchair" in codes(loc_of(r).get("attributes"), "toegankelijkheid")]
    orgs = {r["organization"]["id"] for r in records}
    venues = {loc_of(r)["id"] for r in records if loc_of(r) and loc_of(r)["location_type"] == "physical"}

    def ids(items):
        return "\n".join(f"- `{by_k[sp['k']]['id']}` {sp['n']}" + (f" — {sp['note']}" if sp.get("note") and sp["c"] else "") for sp in items)

    L = ["# Evaluation catalog: sociale kaart Smallingerland (fictional)", "",
         "This catalog is **fictional**. The organisations, people, addresses, e-mail addresses and URLs are made up",
         "(all domains are `.example`); only the place names, postal-code areas (PC4), the Drachten wijken and the",
         "approximate coordinates are real: every venue lies within 1 km of its GeoNames place (Drachten venues within",
         "2.5 km of the Drachten point, inside the CBS/Kadaster wijk polygon they name).", "",
         "It was made with `build_catalog.py` (Python standard library only) by a writer who never saw the matcher's",
         "code, data, tests or vignettes; only `/work/shared` (domain notes, the API contract's Dutch HSDS profile, the",
         "example records and the seeds) was read. Run `python3 build_catalog.py` to regenerate `catalog.json`,",
         "`catalog_summary.md` and this README; the script also asserts the designed holes below.", "",
         "## Files",
         f"- `catalog.json`: {n} HSDS 3.0 `service` records (Dutch profile), each valid against",
         "  `/work/shared/data/hsds-3.0/compiled/service.json` (Draft 2020-12, formats checked).",
         "- `catalog_summary.md`: every service with place, times, cost, languages, access and text (no categories).",
         "- `build_catalog.py`: the specs and the builder.", "",
         "## Shape",
         f"- {len(orgs)} organisations, {len(venues)} physical venues, {len(VIRTUAL)} online locations; shared",
         "  organisations, locations and taxonomy terms are the same object (same id, same content) everywhere.",
         "  Taxonomy term ids are those of `/work/shared/examples/dutch_profile_services.json`; `wor-categorie/other`",
         f"  (not in the examples) has id `{TERMS[('wor-categorie', 'other')][0]}`.",
         "- Ids are `uuid5(uuid5(NAMESPACE_URL, 'https://eval.socialmap.example/smallingerland'), ...)`.", "",
         "## Counts", "",
         "| place | services |", "|---|---|"]
    L += [f"| {p} | {c} |" for p, c in sorted(places.items(), key=lambda x: (-x[1], x[0]))]
    L += ["", "| wor-categorie (as tagged) | services |", "|---|---|"]
    L += [f"| {c} | {cats[c]} |" for c in ["sport_movement", "nature", "cooking_food", "creative_cultural",
                                          "relaxation_meaning", "volunteering", "contact_meeting", "other"]]
    L += [f"| (none) | {len(missing)} |", ""]
    L += ["| feature | count |", "|---|---|",
          f"| in person / online / at home | {n - places['Online'] - places['Aan huis']} / {places['Online']} / {places['Aan huis']} |",
          f"| free (no cost option or amount 0) | {len(free)} |",
          f"| paid | {n - len(free)} |",
          f"| at a wheelchair-accessible venue | {len(wheel)} |",
          f"| has an evening slot (from 18:00) | {evening_n} |",
          f"| has a weekend slot | {weekend_n} |",
          f"| fortnightly (interval 2) | {len(fortnight)} |",
          f"| seasonal or course with valid_from/valid_to | {len(seasonal)} |",
          f"| no fixed time (no schedule, or 'in overleg') | {len(notime)} |",
          f"| with an age limit | {len(aged)} |",
          f"| status not active | {len(inactive)} |",
          f"| assured_date older than 12 months (before {stale_cut}) | {len(stale)} |",
          f"| assured_date missing | {len(no_ad)} |",
          f"| written in English | {len(en)} |",
          f"| written in very plain Dutch (B1/A2) | {len(plain)} |",
          f"| terse, generic name (e.g. Inloop, Soos, Het Atelier) | {len(terse)} |",
          f"| no wor-categorie at all | {len(missing)} |",
          f"| wrong or incomplete wor-categorie | {len(wrong)} |"]
    L += [f"| drempel `{c}` | {drem[c]} |" for c in ["walk_in", "come_alone_welcome", "buddy_available", "plain_language"]]
    L += ["", "Languages (services offering them): " + ", ".join(f"{c} {v}" for c, v in langs.most_common()) + ".", ""]
    L += ["## Designed messiness",
          "- Descriptions that name a theme instead of an audience (Praatcafé, Gespreksavond: 'rouw en verlies';",
          "  Thema-avond over geldzorgen), audiences only in the title (Zwemmen bij reuma en chronische pijn, Longfit,",
          "  Fietsles voor vrouwen), audiences in passing ('ook voor mensen met beginnende dementie en hun naasten' in",
          "  Samen aan tafel), volunteer roles that name whom you help (voorlezen aan kinderen, boodschappen voor",
          "  ouderen, rolstoelwandelen met bewoners, thuisadministratie).",
          "- Seasonal schedules out of season on 2026-12-03 (jeu de boules, fietsgroep, vaarmiddag, vogels kijken),",
          "  courses that start in 2027, a one-off theme evening.", "",
          "### Near-duplicates (the same activity listed twice with different text)"]
    for g, items in sorted(dups.items()):
        L.append(f"- {g}: " + "; ".join(f"`{by_k[sp['k']]['id']}` {sp['n']} ({ORGS[sp['o']][0]})" for sp in items))
    L += ["", "### Terse, generic names", ", ".join(sp["n"] for sp in terse) + ".",
          "", "### English listings", ids(en), "", "### Very plain Dutch listings", ids(plain), "",
          "### No fixed time", ids(notime), "",
          "## Deliberately missing or wrong categories", "",
          f"No `wor-categorie` attribute at all ({len(missing)}):", ids(missing), "",
          f"Wrong or incomplete categories for their text ({len(wrong)}):", ids(wrong), ""]
    L += ["## Designed coverage holes", "",
          "1. **No wheelchair-accessible sport/movement in or within 5 km of Boornbergum.** Every service whose",
          "   category or text is about movement and whose venue has `wheelchair` lies more than 5 km from",
          "   Boornbergum (53.08284, 6.04578). Nearby there is an ordinary walking group at a venue without",
          "   `wheelchair`: " + ", ".join(f"`{by_k[k]['id']}` {by_k[k]['name']} ({d} km)" for k, d in near_walk) + ".",
          "   Wheelchair-accessible movement in Drachten at 6-9 km: "
          + ", ".join(f"{by_k[k]['name']} ({d} km)" for k, d in far_wheel) + ".",
          "   No movement activity is offered online or at home.",
          "2. **Nothing in Tigrinya in the villages.** Tigrinya (`ti`) occurs only at Drachten venues.",
          "3. **No free evening creative activity in Opeinde or Rottevalle.** The evening creative activities there",
          "   (Schilderclub Opeinde, Dorpskoor Rottevalle, Fotoclub Rottevalle) all cost money; the free creative",
          "   ones are in the morning or afternoon.",
          "4. **No cooking or shared meals in the northern villages** (Nijega, De Tike, Opeinde, Rottevalle,",
          "   Houtigehage, Drachtstercompagnie): no `cooking_food` tag and no cooking/meal text there; the nearest",
          "   are in Drachten, Boornbergum and Oudega.",
          "5. **Nothing for young people at the weekend.** No service with `maximum_age` 27 or lower has a Saturday",
          "   or Sunday slot.", "",
          "Bron plaatsen: GeoNames (CC BY 4.0)", ""]
    return "\n".join(L)


def main():
    records = [build(sp) for sp in SERVICES]
    near_walk, far_wheel = check(records, SERVICES)
    (HERE / "catalog.json").write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "catalog_summary.md").write_text(summary(records), encoding="utf-8")
    (HERE / "README.md").write_text(readme(records, SERVICES, near_walk, far_wheel), encoding="utf-8")
    print(f"{len(records)} services written to {HERE / 'catalog.json'}", file=sys.stderr)


if __name__ == "__main__":
    main()
