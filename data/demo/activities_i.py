"""Online activities and activities at the client's home, for all of Meierijstad. Fictional.

None of these is sport_movement, none is a free cooking_food activity and none starts at or
after 18:00, so that they do not fill the designed holes of the demo (see README.md).
"""

from spec import A

ACTIVITIES = [
    # --- online ---
    A(
        "Online koffie-uurtje voor mantelzorgers",
        "mantelzorg",
        "online:mantelzorg",
        "contact relax",
        "MO 13:30-14:30",
        """Zorg je voor je partner, ouder of kind? Elke maandagmiddag praten mantelzorgers uit
      Meierijstad een uur met elkaar via een videogesprek, onder leiding van een
      mantelzorgconsulent. Je kunt je verhaal kwijt zonder de deur uit te hoeven.""",
        k="0",
        f="wp",
        apply="Aanmelden is niet nodig: de link staat op de website. Hulp nodig "
        "bij het videobellen? Bel het mantelzorgpunt, dan oefenen we het samen.",
    ),
    A(
        "Online leesclub",
        "bieb",
        "online:bieb",
        "creative contact",
        "TH/4 14:00-15:00",
        """Eens per vier weken bespreken we via videobellen een boek dat iedereen heeft gelezen.
      Ideaal als je slecht ter been bent of ver van de bibliotheek woont; het boek wordt
      thuisbezorgd.""",
        f="a",
    ),
    A(
        "Even pauze: ontspannen via het scherm",
        "beweegteam",
        "online:beweegteam",
        "relax",
        "TU,FR 10:00-10:30",
        """Een half uur adem- en ontspanningsoefeningen in een livestream, zittend op je eigen
      stoel. Je camera mag uit blijven. Goed bij spanning, piekeren en slecht slapen.""",
        f="wap",
    ),
    A(
        "Online mindfulnesstraining",
        "welzijn",
        "online:welzijn",
        "relax",
        "WE 10:00-11:00 @2027-01-13..2027-03-03",
        """Acht wekelijkse online sessies met korte meditaties en opdrachten voor thuis, in een
      groep van maximaal twaalf deelnemers. Voor wie rust zoekt maar niet naar een groep toe
      kan of wil.""",
        k="o30",
        age="18",
    ),
    A(
        "Online lotgenotengroep Somberheid",
        "lantaarn",
        "online:lantaarn",
        "relax contact",
        "TH 14:00-15:00",
        """Een besloten online groep voor mensen die somber of neerslachtig zijn, begeleid door
      ervaringsdeskundigen. Je deelt wat je wilt, in een veilige en vertrouwelijke sfeer.""",
        age="18",
        f="a",
    ),
    A(
        "Online taalcafé",
        "bieb",
        "online:bieb",
        "contact other",
        "MO 10:00-11:00",
        """Nederlands oefenen via videobellen, in kleine groepjes met een vrijwilliger. Handig als
      je thuis kleine kinderen hebt of overdag weinig tijd hebt om te reizen.""",
        lang="nl en ar ti tr pl",
        f="wap",
    ),
    A(
        "Online oudergroep Opvoeden in twee culturen",
        "opvoedpunt",
        "online:opvoedpunt",
        "other contact",
        "TU 09:30-11:00",
        """Ouders met een migratieachtergrond praten over opvoeden tussen twee culturen: school,
      taal, vrijheid en familie. Een opvoedcoach en een vrijwilliger die Arabisch en Turks
      spreekt begeleiden het gesprek.""",
        lang="nl ar tr",
    ),
    A(
        "Online spreekuur Geldzorgen",
        "welzijn",
        "online:welzijn",
        "other",
        "TU 13:00-15:00",
        """Een anoniem videospreekuur met een schuldhulpmaatje: stel je vraag over rekeningen,
      aanmaningen of rondkomen. Je hoeft je naam niet te noemen.""",
        f="wp",
    ),
    A(
        "Online groep Stress de baas voor jongeren",
        "welzijn",
        "online:welzijn",
        "relax contact",
        "SU 16:00-17:00",
        """Vier online bijeenkomsten voor jongeren van 16 tot 27 over stress, studiedruk en slapen,
      met een jongerencoach. Je leert oefeningen die je meteen kunt gebruiken.""",
        k="s3",
        age="16-27",
        fee="€ 3 per bijeenkomst; gratis met een verwijzing van je huisarts of welzijnscoach.",
    ),
    A(
        "Quiz van de Meierij",
        "welzijn",
        "online:welzijn",
        "contact creative",
        "FR/2 15:00-16:00",
        """Om de week een online quiz over de streek, muziek en het nieuws. Je speelt alleen of met
      je huisgenoten, en na afloop is er tijd om na te praten.""",
        f="wa",
    ),
    A(
        "Teken mee online",
        "bieb",
        "online:bieb",
        "creative",
        "WE 14:00-15:00",
        """Een tekenles via het scherm: de docent tekent voor en jij tekent thuis mee met potlood en
      papier. Elke week een ander onderwerp, van een kopje tot een landschap.""",
        k="s2.5",
        lang="nl de",
    ),
    A(
        "Online rouwgroep Verder alleen",
        "welzijn",
        "online:welzijn",
        "relax contact",
        "MO/2 14:00-15:30",
        """Een online gespreksgroep voor mensen die hun partner hebben verloren. Zes bijeenkomsten
      met een rouwconsulent, vanuit je eigen huiskamer.""",
        age="18",
    ),
    # --- at home ---
    A(
        "Maatje aan huis",
        "welzijn",
        "home",
        "contact",
        "MO,TU,WE,TH,FR 09:00-17:00 #Eén bezoek per week van ongeveer anderhalf uur, dag en "
        "tijd in overleg.",
        """Een vaste vrijwilliger komt één keer per week bij je thuis voor een kop koffie, een
      spelletje, een blokje om of samen boodschappen doen. Voor mensen die weinig contact
      hebben en moeilijk de deur uit komen.""",
        f="bp",
        elig="Volwassenen in Meierijstad die weinig contacten hebben en moeilijk de deur "
        "uit komen.",
        wait="Meestal binnen vier weken een maatje.",
        apply="Aanmelden via de welzijnscoach of de huisarts (Welzijn op Recept), of bel zelf met "
        "Dichtbij Welzijn.",
    ),
    A(
        "Thuisadministratie aan huis",
        "opordepapier",
        "home",
        "other",
        "MO,TU,WE,TH,FR 09:00-17:00 #Bezoek om de week, tijd in overleg.",
        """Een vrijwilliger van Papier Op Orde komt bij je thuis om samen de post te openen, de
      administratie te ordenen en betalingen bij te houden, tot je het zelf weer kunt.""",
        f="bp",
        wait="Ongeveer drie weken.",
        apply="Aanmelden via je welzijnscoach of rechtstreeks bij Papier Op Orde.",
    ),
    A(
        "Bezoek van De Zonnewijzer",
        "zonnewijzer",
        "home",
        "contact relax",
        "MO,TU,WE,TH,FR 10:00-16:00 #Bezoek in overleg.",
        """Ben je langdurig ziek of heb je een beperking? Een vrijwilliger van De Zonnewijzer komt
      regelmatig langs voor een gesprek, een spelletje of om samen naar buiten te gaan.""",
        f="b",
    ),
    A(
        "Bibliotheek aan huis",
        "bieb",
        "home",
        "creative other",
        "TH/4 13:00-16:00 #Eens per vier weken bezorgt een vrijwilliger je boeken.",
        """Kun je zelf niet meer naar de bibliotheek? Een vrijwilliger brengt eens per vier weken
      boeken, luisterboeken of tijdschriften die bij je passen, en maakt een praatje.""",
        k="y42",
        fee="€ 42 per jaar (gewoon bibliotheeklidmaatschap); de bezorging is gratis.",
    ),
    A(
        "Digihulp aan huis",
        "bieb",
        "home",
        "other",
        "MO,TU,WE,TH,FR 10:00-16:00 #Bezoek op afspraak.",
        """Een digimaatje helpt je thuis met je telefoon, tablet of computer: instellen, apps
      gebruiken en veilig internetten.""",
        k="s5",
        f="p",
        fee="€ 5 per bezoek.",
    ),
    A(
        "Klusjesdienst Handen uit de Mouwen",
        "welzijn",
        "home",
        "other",
        "MO,TU,WE,TH,FR 09:00-16:00 #Klussen op afspraak.",
        """Vrijwilligers doen kleine klussen in en om huis: een lamp ophangen, een kraan
      vervangen of de dakgoot leeghalen. Voor ouderen en mensen met een beperking of een
      krappe beurs.""",
        k="s4",
        fee="€ 4 per klus, plus eventueel materiaal.",
    ),
    A(
        "Kookmaatje aan huis",
        "welzijn",
        "home",
        "cook contact",
        "MO,TU,WE,TH,FR 14:00-17:00 #Eén middag per week, in overleg.",
        """Een vrijwilliger kookt één keer per week samen met je in je eigen keuken, zodat je weer
      zin krijgt om voor jezelf te koken. Jullie eten daarna samen.""",
        k="s3",
        f="b",
        fee="€ 3 per keer voor de boodschappen.",
    ),
    A(
        "Even op adem: respijtvrijwilliger",
        "mantelzorg",
        "home",
        "relax other",
        "MO,TU,WE,TH,FR,SA 09:00-17:00 #Een dagdeel per week, in overleg.",
        """Een vrijwilliger neemt een dagdeel per week de zorg van je over, zodat jij als
      mantelzorger even tijd voor jezelf hebt.""",
        f="b",
        apply="Aanmelden bij Mantelzorgpunt Samen Zorgen; na een kennismaking thuis zoeken "
        "we een vaste vrijwilliger.",
    ),
    A(
        "Voorleesmaatje aan huis",
        "bieb",
        "home",
        "creative contact",
        "MO,TU,WE,TH,FR 14:00-17:00 #Eén keer per week, twintig weken lang.",
        """Een vrijwilliger komt twintig weken lang wekelijks voorlezen aan je kinderen en laat
      zien hoe je zelf voorleest, ook als Nederlands niet je eerste taal is.""",
        lang="nl ar pl",
        f="b",
    ),
    A(
        "Thuisgesprek over levensvragen",
        "parochie",
        "home",
        "relax",
        "MO,TU,WE,TH,FR 09:00-17:00 #Afspraak in overleg.",
        """Een geestelijk verzorger komt bij je thuis voor een gesprek over wat je bezighoudt:
      ziekte, verlies, eenzaamheid of de vraag wat er nog toe doet. Voor iedereen, gelovig of
      niet.""",
        f="p",
        k="0",
    ),
]
