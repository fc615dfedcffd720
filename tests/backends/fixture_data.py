"""One small, hand-made set of listings that exercises every filter; shared by all backends."""

VEGHEL = (51.6170, 5.5480)


def _doc(id_, name, description, categories, *, lat=None, lon=None, delivery="in_person",
         accessibility=(), features=(), schedules=(), costs=(), languages=("nl",),
         min_age=None, max_age=None, status="active", assured="2026-10-01", org="org-a"):
    location = None
    if delivery == "in_person":
        location = {"name": f"Locatie {name}", "postal_code": "5461", "city": "Veghel",
                    "latitude": lat, "longitude": lon}
    return {
        "id": id_, "name": name, "description": description,
        "organization": {"id": org, "name": f"Organisatie {org}"},
        "categories": list(categories), "accessibility": list(accessibility),
        "features": list(features), "delivery": delivery, "location": location,
        "schedules": [dict(s) for s in schedules], "costs": [dict(c) for c in costs],
        "languages": list(languages), "min_age": min_age, "max_age": max_age,
        "status": status, "assured_date": assured, "version": 1,
    }


def weekly(days, opens_at, closes_at=None, interval=1, valid_to=None):
    return {"days": days, "opens_at": opens_at, "closes_at": closes_at, "interval": interval,
            "valid_from": None, "valid_to": valid_to}


DOCS = [
    _doc("walk", "Wandelgroep De Stapvoets",
         "Elke dinsdagochtend wandelen we een uur in een rustig tempo langs de Aa.",
         ["sport_movement", "nature", "contact_meeting"], lat=51.6170, lon=5.5480,
         accessibility=["wheelchair", "step_free", "accessible_toilet"],
         features=["walk_in", "come_alone_welcome"], schedules=[weekly(["TU"], "10:00")]),
    _doc("choir", "Zangkoor De Vrolijke Noot",
         "Een gezellig koor voor iedereen die graag zingt. Wij oefenen liederen in het "
         "Nederlands en treden twee keer per jaar op.", ["creative_cultural", "contact_meeting"],
         lat=51.6185, lon=5.4277, accessibility=["hearing_loop", "parking"],
         schedules=[weekly(["TH"], "19:30", "21:30")],
         costs=[{"amount": 5.0, "option": "per_month"}], org="org-b"),
    _doc("cook", "Samen koken en eten in Erp",
         "Om de week koken we samen een maaltijd en eten we aan één grote tafel.",
         ["cooking_food", "contact_meeting"], lat=51.5943, lon=5.6060,
         accessibility=["wheelchair", "dementia_friendly"],
         schedules=[weekly(["WE"], "17:00", "19:30", interval=2)],
         costs=[{"amount": 4.0, "option": "per_session"}], languages=["nl", "ar"]),
    _doc("online", "Online mindfulness",
         "Een avond per week samen mediteren en ademhalen via een videoverbinding.",
         ["relaxation_meaning"], delivery="online", schedules=[weekly(["MO"], "20:00")]),
    _doc("buddy", "Maatje aan huis",
         "Een vrijwilliger komt bij je thuis voor koffie en een praatje.",
         ["contact_meeting"], delivery="at_home",
         schedules=[weekly(["MO", "TU", "WE", "TH", "FR"], None)], features=["buddy_available"]),
    _doc("garden", "Moestuin De Groene Vingers",
         "Samen groenten kweken in de moestuin achter de kerk.", ["nature", "volunteering"],
         lat=51.5714, lon=5.4612, status="inactive", schedules=[weekly(["SA"], "10:00")]),
    _doc("youth", "Jongerenatelier Kunst",
         "Schilderen, tekenen en kletsen voor jongeren.", ["creative_cultural"],
         lat=51.6192, lon=5.5443, schedules=[weekly(["FR"], "19:00")],
         costs=[{"amount": 24.0, "option": "per_year"}], languages=["nl", "en"], min_age=16,
         max_age=27, accessibility=["wheelchair"]),
    _doc("debt", "Schuldhulpmaatje spreekuur",
         "Hulp bij geldzorgen, rekeningen en formulieren. Gratis en in vertrouwen.",
         ["other"], lat=51.6162, lon=5.5324, accessibility=["wheelchair", "hearing_loop"],
         features=["walk_in", "plain_language"], schedules=[weekly(["MO"], "13:30")]),
    _doc("billiards", "Biljartclub Eerde",
         "Biljarten en een kaartje leggen in het dorpshuis.", ["sport_movement",
                                                               "contact_meeting"],
         lat=51.6050, lon=5.5036, schedules=[weekly(["TU"], "14:00")],
         costs=[{"amount": 2.0, "option": "per_session"}], assured="2024-05-01"),
    _doc("far", "Wandelclub Drachten",
         "Wandelen door Drachten en langs het water.", ["sport_movement", "nature"],
         lat=53.1071, lon=6.0987, accessibility=["wheelchair"],
         schedules=[weekly(["TU"], "10:00")]),
    _doc("taal", "Taalcafé Één Wereld",
         "Nederlands oefenen met een kop koffie; voor nieuwkomers en iedereen die wil praten.",
         ["other", "contact_meeting"], lat=51.6192, lon=5.5443, languages=["nl", "ar", "ti"],
         schedules=[weekly(["WE"], "10:00")], features=["plain_language"]),
    _doc("summer", "Zomerfietstocht",
         "Fietsen door het Groene Woud in de zomermaanden.", ["sport_movement", "nature"],
         lat=51.5700, lon=5.4600, schedules=[weekly(["SU"], "10:00", valid_to="2024-09-01")]),
]
