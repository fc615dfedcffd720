"""Activities in wijk Sint-Oedenrode, part 2: meeting, meaning, volunteering, help. Fictional.

Only two activities here start in the evening (the designed hole, see README.md).
"""

from spec import A

ACTIVITIES = [
    A(
        "Huiskamer De Dommelkamer",
        "rooi_ontmoet",
        "so_dommelkamer",
        "contact",
        "MO,TU,WE,TH,FR 09:30-12:00",
        """Elke ochtend staat in De Dommelkamer de koffie klaar. Vrijwilligers ontvangen je, er
      liggen kranten en spelletjes, en op woensdag komt de welzijnscoach langs.""",
        f="wap",
    ),
    A(
        "Koffie-uurtje Nijnsel",
        "dorpshuizen",
        "nn_linde",
        "contact",
        "WE 10:00-11:30",
        """Een uurtje koffie drinken met dorpsgenoten in De Nijnselse Linde. Klein en vertrouwd;
      nieuwe gezichten vallen meteen op en worden hartelijk ontvangen.""",
        k="s1",
        f="wa",
        fee="€ 1 voor koffie of thee met iets lekkers.",
    ),
    A(
        "Spelletjesmiddag Olland",
        "dorpshuizen",
        "ol_hooiberg",
        "contact",
        "MO 14:00-16:30",
        """Kaarten, rummikub en sjoelen in De Hooiberg. Er wordt fanatiek gespeeld en hard
      gelachen.""",
        k="s1.5",
        f="wa",
    ),
    A(
        "Kienmiddag Sint-Clara",
        "parochie",
        "so_clara",
        "contact",
        "TH/2 14:00-16:30",
        """Om de week een kienmiddag in de parochiezaal met prijzen van de lokale middenstand. In
      de pauze koffie met vlaai.""",
        k="s3",
        f="wa",
        fee="€ 3 voor drie kaarten, koffie inbegrepen.",
    ),
    A(
        "Brabantse koffiemiddag in Rooi",
        "heemkunde",
        "so_clara",
        "contact creative",
        "TU/4 14:00-16:00",
        """Eens per vier weken vertelt een lid van de heemkundekring over vroeger in Rooi: de
      leerlooierijen, de boerderijen aan de Dommel, de kermis. Met worstenbroodjes en veel
      herkenning.""",
        k="s2.5",
        f="wa",
    ),
    A(
        "Taalcafé Sint-Oedenrode",
        "bieb",
        "so_bieb",
        "contact other",
        "WE 10:00-11:30",
        """Nederlands oefenen met vrijwilligers, aan tafeltjes van drie of vier. Gewoon praten
      over het dagelijks leven, in je eigen tempo.""",
        lang="nl ar ti en",
        f="wap",
    ),
    A(
        "Geheugencafé Rooi (middageditie)",
        "geheugen",
        "so_eikelhof",
        "contact relax other",
        "TU/4 14:00-16:00",
        """Een Alzheimer café overdag, voor mensen met dementie en hun naasten die 's avonds
      liever niet weg gaan. Elke keer een korte inleiding door een deskundige en veel ruimte
      voor vragen en herkenning.""",
        f="wap",
    ),
    A(
        "Mantelzorglunch Rooi",
        "mantelzorg",
        "so_dommelkamer",
        "contact relax cook",
        "MO/4 12:00-14:00",
        """Eens per vier weken een gratis lunch voor mantelzorgers: even een uur voor jezelf,
      samen met anderen die weten hoe zorgen voelt. Vervangende zorg kan worden geregeld.""",
        f="a",
        apply="Aanmelden een week van tevoren bij Mantelzorgpunt Samen Zorgen.",
    ),
    A(
        "Rouwgroep Rooi",
        "parochie",
        "so_clara",
        "relax contact",
        "TU/2 10:00-12:00",
        """Een gespreksgroep voor mensen die een dierbare hebben verloren. In acht bijeenkomsten
      praat je over gemis, herinneringen en hoe het verder moet.""",
        f="a",
    ),
    A(
        "Mindfulness voor 55-plussers",
        "rooi_ontmoet",
        "so_dommelkamer",
        "relax",
        "TH 10:00-11:30 @2027-01-14..2027-03-04",
        """Een aandachttraining in acht ochtenden, speciaal voor ouderen. Met zachte
      bewegingsoefeningen en meditaties die je thuis kunt herhalen.""",
        k="o45",
        age="55",
    ),
    A(
        "Stil uur in de kapel",
        "parochie",
        "so_clara",
        "relax",
        "SA 09:00-09:45",
        """Een stil uur in de kapel naast de parochiezaal, met een korte tekst aan het begin.
      Iedereen is welkom, gelovig of niet.""",
        f="wa",
    ),
    A(
        "Vertelcafé in de bibliotheek",
        "bieb",
        "so_bieb",
        "relax contact creative",
        "FR/2 14:00-15:30",
        """Om de week vertellen we elkaar verhalen uit ons leven rond een thema, zoals 'mijn eerste
      baan' of 'het huis waar ik opgroeide'. Luisteren mag ook.""",
        f="wa",
    ),
    A(
        "Voorlezen aan peuters in de bibliotheek",
        "bieb",
        "so_bieb",
        "vol creative",
        "WE 14:00-15:00",
        """Als vrijwillige voorlezer lees je op woensdagmiddag prentenboeken voor aan peuters en
      kleuters. Een mooie taak voor wie van kinderen en boeken houdt.""",
        f="a",
    ),
    A(
        "Activiteitenbegeleider in De Eikelhof",
        "welzijn",
        "so_eikelhof",
        "vol contact",
        "MO,TU,WE,TH,FR 13:30-16:30 #Eén middag per week.",
        """Help bij spelletjesmiddagen, muziek of een wandeling met bewoners van het
      woonzorgcentrum. Je werkt samen met de vaste activiteitenbegeleiders.""",
        f="ab",
    ),
    A(
        "Repair Café Rooi",
        "maakhetweer",
        "so_kwadrant",
        "vol contact other",
        "SA/4 10:00-13:00",
        """In Het Kwadrant repareren vrijwilligers elektrische apparaten, kleding, fietsen en
      speelgoed. Neem je kapotte spullen mee en blijf gezellig koffie drinken.""",
        f="wa",
        fee="Gratis; een vrijwillige bijdrage is welkom.",
    ),
    A(
        "Formulierenhulp Sint-Oedenrode",
        "opordepapier",
        "so_bieb",
        "other",
        "TU 13:30-15:30",
        """Vrijwilligers helpen je met lastige formulieren en brieven, zoals een aanvraag bij de
      gemeente of de zorgtoeslag.""",
        f="wp",
    ),
    A(
        "Digitaal spreekuur Rooi",
        "bieb",
        "so_bieb",
        "other",
        "FR 10:00-12:00",
        """Hulp bij je smartphone, tablet of laptop: apps installeren, foto's versturen of de
      patiëntenapp van de huisarts gebruiken.""",
        f="wap",
    ),
    A(
        "Cursus Grip op je papieren",
        "opordepapier",
        "so_dommelkamer",
        "other",
        "MO 10:00-12:00 @2027-01-11..2027-02-15",
        """Zes ochtenden over je administratie op orde brengen: ordenen, bewaren, betalen en
      wat je moet doen bij een aanmaning.""",
        f="p",
    ),
    A(
        "Opvoedcursus Pubers in huis",
        "opvoedpunt",
        "so_dommelkamer",
        "other",
        "TU 19:30-21:30 @2027-02-02..2027-03-16",
        """Zeven avonden voor ouders van tieners: over ruzie, schermtijd, school en loslaten. Veel
      herkenning en praktische tips van een opvoedcoach.""",
        k="o25",
    ),
    A(
        "Chillplek Rooi",
        "deloods",
        "so_kwadrant",
        "contact creative",
        "WE 14:00-17:00",
        """Een middag voor tieners in Het Kwadrant: muziek, gamen, knutselen of praten met de
      jongerenwerker.""",
        age="12-18",
        f="wa",
    ),
    A(
        "Schaakclub Rooi",
        "rooi_ontmoet",
        "so_bieb",
        "contact",
        "TH 19:30-22:30",
        """Schaken in de leeszaal van de bibliotheek, met een interne competitie en een
      beginnersgroep.""",
        k="y35",
    ),
    A(
        "Vrouwenochtend Boskant",
        "vrouwen",
        "bk_schuur",
        "contact creative",
        "TU 09:30-11:30",
        """Vrouwen uit Boskant en omgeving komen samen voor koffie, een creatieve activiteit of
      een gastspreker. Gezellig en laagdrempelig.""",
        f="wa",
        k="s2",
        fee="€ 2 per ochtend, inclusief koffie en materiaal.",
    ),
]
