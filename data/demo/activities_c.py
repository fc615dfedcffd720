"""Activities in wijk Veghel, part 3: rest and meaning, volunteering, practical help. Fictional."""

from spec import A

ACTIVITIES = [
    A(
        "Mindfulness: acht weken aandachttraining",
        "welzijn",
        "vg_aakade",
        "relax",
        "MO 19:30-21:30 @2027-01-11..2027-03-01",
        """Een training van acht avonden waarin je leert je aandacht te richten, piekeren op te
      merken en milder te zijn voor jezelf. Met korte oefeningen voor thuis. Geschikt bij
      stress, somberheid of slecht slapen; geen behandeling.""",
        k="o60",
        age="18",
        fee="Eenmalig € 60 voor acht avonden, inclusief werkboek. Met een "
        "verwijzing via Welzijn op Recept gratis.",
    ),
    A(
        "Meditatie op dinsdagochtend",
        "parochie",
        "vg_debron",
        "relax",
        "TU 09:00-09:45",
        """Een half uur stil zitten in de stiltekamer, met een korte inleiding en een
      geleide meditatie. Je hoeft niet gelovig te zijn en geen ervaring te hebben.""",
        f="wa",
    ),
    A(
        "Rouwgroep Verder na verlies",
        "parochie",
        "vg_debron",
        "relax contact",
        "TH/2 14:00-16:00",
        """Een gespreksgroep voor mensen die hun partner, kind of ouder hebben verloren. In zes
      bijeenkomsten deel je je verhaal met lotgenoten, onder begeleiding van een
      rouwconsulent. Het geloof speelt geen rol, tenzij je dat zelf wilt.""",
        f="a",
        apply="Na een kort kennismakingsgesprek met de rouwconsulent; bel of mail De Bron.",
    ),
    A(
        "Gespreksgroep Wat doet ertoe?",
        "parochie",
        "vg_debron",
        "relax contact",
        "WE/2 10:00-12:00",
        """Over levensvragen: wat geeft je leven zin, hoe ga je om met ouder worden, met
      ziekte, met afscheid? Aan de hand van een gedicht of verhaal praten we met elkaar, in
      alle openheid.""",
        f="a",
    ),
    A(
        "Stiltewandeling in de Eerdse bossen",
        "ooievaar",
        "ee_molen",
        "relax nature sport",
        "SU/4 09:00-10:30",
        """Een wandeling van anderhalf uur waarin we grotendeels zwijgen en de natuur laten
      spreken. Aan het eind delen we kort wat ons opviel. Zandpaden, rustig tempo.""",
        f="a",
    ),
    A(
        "Ademhaling en ontspanning in De Lantaarn",
        "lantaarn",
        "vg_lantaarn",
        "relax",
        "TU 10:30-11:30",
        """Eenvoudige adem- en ontspanningsoefeningen tegen spanning en onrust, zittend op een
      stoel. Een ervaringsdeskundige vertelt wat haar zelf hielp.""",
        f="wap",
    ),
    A(
        "Samen minder alleen: gespreksgroep over eenzaamheid",
        "welzijn",
        "vg_klaproos",
        "relax contact",
        "MO/2 14:00-15:30",
        """Een kleine groep voor mensen die zich eenzaam voelen. We praten over wat eenzaamheid
      met je doet en zoeken samen naar kleine stappen. Veel deelnemers houden daarna contact
      met elkaar.""",
        f="abp",
    ),
    A(
        "Herstelgroep Eigen Regie",
        "lantaarn",
        "vg_lantaarn",
        "relax other",
        "TH 10:00-12:00 @2027-01-07..2027-03-25",
        """Twaalf bijeenkomsten waarin je met een herstelplan werkt: wat helpt jou als het
      minder goed gaat, en wie kan je steunen? Begeleid door twee ervaringsdeskundigen.""",
        age="18",
    ),
    A(
        "Vrijwilliger bij De Uitdeelkast",
        "uitdeelkast",
        "vg_uitdeelkast",
        "vol contact",
        "TH 09:00-13:00",
        """Op donderdagochtend pakken we de voedselpakketten in en geven we ze uit. Je sorteert,
      sjouwt kratten of zet koffie voor de klanten. De Uitdeelkast is de voedselbank van
      Veghel en draait op een vast en hecht team.""",
        age="18",
        f="a",
    ),
    A(
        "Vrijwilligerswerk in kringloopwinkel Tweede Ronde",
        "tweederonde",
        "vg_tweederonde",
        "vol contact",
        "MO,TU,WE,TH,FR,SA 09:30-17:00 #Welke dagdelen, spreek je samen af.",
        """Spullen sorteren, prijzen, de kassa of de winkelvloer: er is altijd werk dat bij je
      past. Ook geschikt als opstap naar betaald werk of om weer een dagritme te krijgen.""",
        f="bp",
    ),
    A(
        "Vrijwilliger op het leesplein van de bibliotheek",
        "bieb",
        "vg_bieb",
        "vol",
        "WE 13:00-17:00",
        """Boeken terugzetten, bezoekers wegwijs maken en de leestafel netjes houden. Een rustige
      plek om iets te betekenen.""",
        f="a",
    ),
    A(
        "Gastvrouw of gastheer in De Aakade",
        "welzijn",
        "vg_aakade",
        "vol contact",
        "MO,TU,WE,TH,FR 09:00-13:00 #Eén of meer ochtenden per week.",
        """Als gastvrouw of gastheer ontvang je bezoekers, zet je koffie en let je erop dat
      nieuwe mensen zich welkom voelen. Je werkt samen met de welzijnscoaches.""",
        f="ap",
    ),
    A(
        "Vrijwilligerspunt: inloop voor wie iets wil doen",
        "welzijn",
        "vg_aakade",
        "vol other",
        "TU 10:00-12:00",
        """Wil je vrijwilligerswerk doen maar weet je niet wat? Op het vrijwilligerspunt zoeken
      we samen naar iets dat bij je past, van één keer helpen tot een vaste plek.""",
        f="wap",
    ),
    A(
        "Parkploeg Stadspark",
        "beweegteam",
        "vg_stadspark",
        "vol nature",
        "WE 09:00-12:00",
        """Met de parkploeg houden we het stadspark mooi: blad harken, zwerfvuil prikken en
      bollen planten. Lekker buiten, in je eigen tempo, met koffie in het paviljoen.""",
        f="wa",
    ),
    A(
        "Geldmaatje Meierijstad",
        "opordepapier",
        "vg_aakade",
        "other",
        "MO,TU,WE,TH,FR 09:00-17:00 #Afspraken in overleg met je maatje.",
        """Een getrainde vrijwilliger helpt je een jaar lang om grip te krijgen op je geld en
      schulden: overzicht maken, post openen, betalingsregelingen treffen. Samen met de
      schuldhulpverlening van de gemeente als dat nodig is. Een geldmaatje is een
      schuldhulpmaatje: geen hulpverlener, wel iemand die naast je staat.""",
        f="bp",
        wait="Gemiddeld twee weken tot het eerste gesprek.",
        apply="Aanmelden via je welzijnscoach, de huisarts of rechtstreeks bij Papier Op Orde.",
    ),
    A(
        "Formulierenhulp in de bibliotheek Veghel",
        "opordepapier",
        "vg_bieb",
        "other",
        "WE 10:00-12:00",
        """Hulp bij het invullen van formulieren, toeslagen, huurtoeslag of een brief van de
      gemeente. Neem je post en je DigiD mee. Er wordt geen advies over je schulden gegeven,
      wel doorverwezen.""",
        f="wp",
    ),
    A(
        "Digitaal hulpplein",
        "bieb",
        "vg_bieb",
        "other",
        "TU,TH 10:00-12:00",
        """Vragen over je telefoon, tablet of computer? Over DigiD, de app van de huisarts of
      videobellen met de kleinkinderen? Vrijwilligers helpen je stap voor stap je digitale
      vaardigheden te vergroten.""",
        f="wap",
    ),
    A(
        "Cursus Klik & Tik: beginnen met internet",
        "bieb",
        "vg_bieb",
        "other",
        "MO 13:30-15:30 @2027-01-11..2027-03-15",
        """Voor wie nog nooit of bijna nooit met een computer werkt. In je eigen tempo leer je
      muis en toetsenbord gebruiken, mailen en veilig internetten.""",
        f="p",
        k="0",
    ),
    A(
        "Workshop oplichting herkennen",
        "bieb",
        "vg_bieb",
        "other",
        "FR/4 10:00-11:30",
        """Valse sms'jes, nepbankmedewerkers en phishingmails: hoe herken je ze en wat doe je als
      het toch misgaat? Met een wijkagent en een vrijwilliger van het digitaal hulpplein.""",
        f="wp",
    ),
    A(
        "Opvoedcursus Positief Opvoeden",
        "opvoedpunt",
        "vg_populier",
        "other",
        "TU 19:30-21:30 @2027-01-12..2027-03-02",
        """Acht avonden voor ouders van kinderen tot twaalf jaar: grenzen stellen, ruzies
      voorkomen en meer plezier met je kind. Ervaringen uitwisselen met andere ouders hoort
      erbij.""",
        k="o25",
    ),
    A(
        "Oudergroep Peuterpraat",
        "opvoedpunt",
        "vg_populier",
        "other contact",
        "FR 09:00-10:30",
        """Ouders van peuters drinken koffie terwijl de kinderen spelen. Een
      jeugdverpleegkundige is aanwezig voor vragen over slapen, eten of driftbuien.""",
        lang="nl ar",
        f="wa",
    ),
    A(
        "Vraagwijzer-inloopspreekuur",
        "welzijn",
        "vg_aakade",
        "other relax",
        "MO,WE 09:00-12:00",
        """Loop je vast met geld, wonen, zorg of eenzaamheid en weet je niet waar je moet
      beginnen? Een welzijnscoach luistert en zoekt met je naar de volgende stap.""",
        f="wp",
    ),
    A(
        "Taalmaatje",
        "bieb",
        "vg_bieb",
        "other contact",
        "MO,TU,WE,TH,FR 09:00-21:00 #Jullie spreken samen een vast moment af.",
        """Een vrijwilliger oefent een half jaar lang wekelijks met je Nederlands: praten,
      lezen of de brieven van de gemeente doornemen. Je spreekt af in de bibliotheek.""",
        lang="nl en ar ti",
        f="bp",
        wait="Ongeveer zes weken.",
    ),
    A(
        "Beter lezen en schrijven bij het Taalpunt",
        "bieb",
        "vg_bieb",
        "other",
        "TH 13:30-15:30",
        """Voor Nederlandstaligen die moeite hebben met lezen, schrijven of rekenen. In een kleine
      groep of één op één oefen je met wat jij nodig hebt, zoals een formulier of een
      recept.""",
        f="ap",
    ),
    A(
        "Cursus Rondkomen met je geld",
        "opordepapier",
        "vg_klaproos",
        "other",
        "WE 19:00-21:00 @2027-02-03..2027-03-10",
        """Zes avonden over een begroting maken, besparen op vaste lasten en omgaan met
      onverwachte uitgaven. In eenvoudige taal.""",
        f="p",
    ),
    A(
        "Werkplaats De Loods: hulp bij school en werk",
        "deloods",
        "vg_deloods",
        "other contact",
        "TU 14:00-17:00",
        """Jongeren helpen elkaar met sollicitatiebrieven, huiswerk en DUO-post, met een
      jongerenwerker erbij.""",
        age="16-27",
        status="inactive",
        alert="Gestopt in juni 2026 wegens gebrek aan begeleiding; jongeren kunnen terecht bij "
        "de jongerenavond op donderdag.",
    ),
    A(
        "Koken op kamers",
        "deloods",
        "vg_deloods",
        "cook other",
        "WE 17:00-19:30",
        """Jongeren die net op zichzelf wonen, leren goedkoop en snel koken en eten daarna samen.
      Elke week een ander gerecht.""",
        k="s2",
        age="16-27",
        f="a",
    ),
    A(
        "Belevingstuin Geheugenpaleis",
        "geheugen",
        "vg_geheugenpaleis",
        "nature vol",
        "TU 10:00-12:00 @2026-04-07..2026-10-27",
        """Samen met bezoekers van het ontmoetingscentrum onderhouden vrijwilligers de
      belevingstuin: kruiden, bessen en geurende bloemen. Rustig werk met veel contact.""",
        f="a",
    ),
    A(
        "Chauffeur van de Boodschappenbus",
        "welzijn",
        "vg_aakade",
        "vol",
        "TH 09:00-12:30",
        """Op donderdagochtend haal je ouderen op voor een rit naar de supermarkt en breng je ze
      weer thuis. Je hebt rijbewijs B nodig; je rijdt in de bus van de stichting.""",
        age="21",
    ),
    A(
        "Koffieochtend in De Heiakker",
        "dorpshuizen",
        "mh_heiakker",
        "contact",
        "TU 10:00-11:30",
        """De beneden-ontmoetingsruimte van het dorpshuis is elke dinsdag open voor koffie en een
      praatje met dorpsgenoten.""",
        f="wa",
        k="s1",
    ),
    A(
        "Dorpsmoestuin Eerde",
        "dorpshuizen",
        "ee_eerdsekamer",
        "nature vol contact",
        "SA 09:30-11:30 @2026-03-07..2026-11-28",
        """Achter het dorpshuis ligt een moestuin die het dorp samen onderhoudt. Wie meehelpt,
      neemt groente mee naar huis.""",
        f="wa",
    ),
    A(
        "Bloemschikken in De Zijtak",
        "dorpshuizen",
        "zt_zijtak",
        "creative contact",
        "TH/2 19:30-21:30",
        """Om de week maken we een bloemstuk volgens het seizoen. Bloemen en groen worden
      geregeld; neem een mesje en een schaar mee.""",
        k="s7.5",
        fee="€ 7,50 per avond, inclusief materiaal.",
    ),
    A(
        "Dorpskoor Eerde Zingt",
        "koren",
        "ee_eerdsekamer",
        "creative contact",
        "WE 20:00-22:00",
        """Een klein gemengd koor dat Nederlandstalige liedjes en musicalnummers zingt. Je hoeft
      geen auditie te doen, plezier in zingen is genoeg.""",
        k="m10",
        f="a",
    ),
    A(
        "Mannenwerkplaats De Klaproos",
        "wijk_veghel",
        "vg_klaproos",
        "creative vol contact",
        "TH 09:00-12:00",
        """Klussen, timmeren en koffie drinken met andere mannen. We repareren speelgoed voor de
      kinderopvang en maken nestkastjes. Praten mag, hoeft niet.""",
        k="s1",
        f="wa",
    ),
    A(
        "Bijenhouden voor beginners",
        "ooievaar",
        "vg_rodebeuk",
        "nature creative",
        "SA 10:00-12:00 @2027-03-06..2027-06-26",
        """Een cursus bij de bijenstal van de volkstuinen. Je leert hoe een bijenvolk werkt, hoe
      je een kast opent en wat je moet doen bij zwermen. Beschermende kleding is er.""",
        k="o35",
    ),
    A(
        "Wandelen na verlies",
        "parochie",
        "vg_stadspark",
        "sport nature relax",
        "TU/2 14:00-15:30",
        """Al wandelend praat het soms makkelijker. Om de week lopen we in tweetallen door het
      park en praten we over het verlies van iemand dierbaars. Een rouwconsulent loopt
      mee.""",
        f="ab",
    ),
    A(
        "Zingen voor je longen",
        "welzijn",
        "vg_aakade",
        "creative sport relax",
        "FR 10:30-11:30",
        """Een zanggroep voor mensen met COPD, astma of na longcovid. Zingen traint je
      ademhaling en is vooral erg gezellig. Een logopedist geeft de oefeningen.""",
        k="s2",
    ),
    A(
        "Uitstapjes begeleiden bij De Zonnewijzer",
        "zonnewijzer",
        "vg_aakade",
        "vol contact",
        "WE 10:00-16:00 #Ongeveer één woensdag per maand.",
        """Als vrijwilliger ga je mee op uitstapjes met mensen die ziek zijn of een beperking
      hebben: een boottocht, een museum of een dagje Efteling. Je duwt een rolstoel, schenkt
      koffie en maakt een praatje.""",
        f="a",
    ),
    A(
        "Dagje uit met De Zonnewijzer",
        "zonnewijzer",
        "vg_aakade",
        "contact nature",
        "SA/4 10:00-16:00 @2026-04-04..2026-10-31",
        """Een uitstapje met aangepast vervoer voor mensen die ziek zijn of een beperking
      hebben, met vrijwilligers die helpen waar nodig. Rolstoelen en rollators kunnen mee.""",
        k="s8",
        fee="€ 8 per uitstapje, inclusief lunch en vervoer.",
        f="b",
    ),
    A(
        "Sport- en spelinstuif voor mensen met een beperking",
        "beweegteam",
        "vg_aaoever",
        "sport contact",
        "SA 13:00-15:00",
        """Boccia, zitvolleybal, een parcours of gewoon een balletje trappen: de zaal is open voor
      volwassenen met een lichamelijke of verstandelijke beperking. Begeleiders doen gratis
      mee.""",
        f="wb",
    ),
]
