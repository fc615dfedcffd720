"""Activities in wijk Veghel, part 1: moving and nature. Fictional."""

from spec import A

ACTIVITIES = [
    A(
        "Wandelgroep De Aa-lopers",
        "welzijn",
        "vg_stadspark",
        "sport nature contact",
        "TU 10:00-11:30 #Ronde van ongeveer 4 km, daarna koffie in De Aakade.",
        """Elke dinsdagochtend lopen we in rustig tempo een rondje door het stadspark en langs
      de Aa. Er is altijd tijd voor een praatje, en na afloop drinken we samen koffie. Je hoeft
      niet fit te zijn: wie sneller wil, loopt vooraan, de rest blijft bij de begeleider.""",
        f="wab",
    ),
    A(
        "Nordic walking Veghel",
        "vitaal",
        "vg_aaoever",
        "sport nature",
        "MO,TH 09:00-10:00",
        """Wandelen met stokken is goed voor je hele lichaam en spaart je knieën. Een
      gediplomeerde trainer leert je de techniek in drie proeflessen; daarna loop je mee met de
      vaste groep over de dijk en door de Bunders. Stokken kun je de eerste maand lenen.""",
        k="m8",
        f="a",
    ),
    A(
        "Ommetje met de buurtsportcoach in Veghel-Zuid",
        "beweegteam",
        "vg_ankerpunt",
        "sport contact",
        "WE 10:00-10:45",
        """Een kort wandelingetje door de wijk van drie kwartier, onder leiding van de
      buurtsportcoach. Bedoeld voor wie lang niet heeft bewogen, na ziekte weer op gang wil
      komen of gewoon niet alleen wil lopen. Rollators zijn welkom; we wachten op elkaar.""",
        f="wabp",
    ),
    A(
        "Duofietsen vanuit De Aakade",
        "welzijn",
        "vg_aakade",
        "sport nature contact",
        "MO,TU,WE,TH,FR 10:00-16:00 #Tijdstip in overleg met de vrijwilliger.",
        """Zelf fietsen lukt niet meer, maar je wilt wel naar buiten? Op de duofiets zit je naast
      een vrijwilliger en trap je mee zoveel als je kunt. Samen kiezen jullie een route, naar
      de Bunders, langs de Zuid-Willemsvaart of gewoon een ijsje halen in het centrum.""",
        f="bp",
        fee="Gratis; een vrijwillige bijdrage voor het onderhoud is welkom.",
        apply="Bel of mail De Aakade; we koppelen je aan een vaste vrijwilliger.",
    ),
    A(
        "Zwemmen voor 55-plussers in De Golfslag",
        "vitaal",
        "vg_golfslag",
        "sport",
        "TU,FR 09:00-10:00",
        """Baantjes zwemmen in het warme instructiebad, in je eigen tempo en zonder drukte. Een
      badmeester let op en geeft desgewenst tips voor je zwemslag. Na afloop zit een deel van
      de groep nog even aan de koffie in de kantine.""",
        k="s3.9",
        age="55",
        f="wa",
    ),
    A(
        "Aquajoggen in De Golfslag",
        "vitaal",
        "vg_golfslag",
        "sport",
        "WE 19:00-19:45",
        """Hardlopen in het water met een drijfband: zwaar genoeg om te zweten, licht voor je
      gewrichten. Geschikt bij overgewicht, artrose of rugklachten. Je hoeft niet te kunnen
      zwemmen, want je blijft in het ondiepe deel.""",
        k="s5.5",
        status="inactive",
        alert="Tijdelijk gestopt: het instructiebad wordt gerenoveerd tot en met januari 2027.",
    ),
    A(
        "Aangepast zwemmen op zaterdag",
        "vitaal",
        "vg_golfslag",
        "sport contact",
        "SA 09:00-10:00",
        """Zwemmen voor volwassenen met een lichamelijke of verstandelijke beperking, met
      vrijwilligers in het water. Er is een tillift en een aangepaste kleedruimte. Begeleiders
      en mantelzorgers zwemmen gratis mee.""",
        k="m12",
        f="b",
    ),
    A(
        "Stoelyoga in De Aakade",
        "welzijn",
        "vg_aakade",
        "sport relax",
        "TH 10:30-11:30",
        """Yoga op en naast een stoel: rekken, ademen en ontspannen zonder op de grond te hoeven.
      Geschikt bij stijve gewrichten, na een operatie of als je slecht ter been bent. De
      docente past elke oefening aan wat jij kunt.""",
        k="s2.5",
        f="ap",
    ),
    A(
        "Walking football bij Vitaal Veghel",
        "vitaal",
        "vg_aaoever",
        "sport contact",
        "WE 10:00-11:30",
        """Voetbal zonder rennen en zonder sliding: je wandelt, de bal blijft laag. Voor mannen
      en vrouwen vanaf vijftig die weer een balletje willen trappen. De derde helft in de
      kantine hoort er net zo goed bij als de wedstrijd.""",
        k="y60",
        age="50",
        f="a",
    ),
    A(
        "Seniorengym in Het Ankerpunt",
        "wijk_veghel",
        "vg_ankerpunt",
        "sport contact",
        "MO 09:30-10:30",
        """Een uur oefenen op muziek met een vaste groep van een man of vijftien: balans,
      spierkracht en lenigheid, met ballen, elastieken en af en toe een spelletje. Na de les is
      er koffie.""",
        k="m12.5",
        age="60",
        f="a",
    ),
    A(
        "Line dance in De Populier",
        "wijk_veghel",
        "vg_populier",
        "sport creative contact",
        "TU 19:30-21:00",
        """Dansen in een rij, zonder partner, op country- en popmuziek. Elke week leren we een
      nieuwe dans in kleine stapjes en herhalen we de oude. Beginners staan achteraan en kijken
      gewoon mee.""",
        k="s4",
        f="wa",
    ),
    A(
        "Biljartclub De Keu",
        "vitaal",
        "vg_keu",
        "sport contact",
        "MO,WE 13:30-17:00",
        """Vier biljarttafels, een vaste groep heren en steeds meer dames. Wie nog nooit heeft
      gespeeld, krijgt uitleg van een van de oud-kampioenen. Er wordt libre en driebanden
      gespeeld, met een onderlinge competitie voor wie wil.""",
        k="y35",
        f="wa",
    ),
    A(
        "Jeu de boules op Het Hooghuis",
        "vitaal",
        "vg_hooghuis",
        "sport contact",
        "TU,TH 13:30-16:00",
        """Op acht banen, waarvan vier overdekt, wordt twee middagen per week gespeeld. Teams
      worden elke keer geloot, zodat je steeds met anderen speelt. Ballen zijn te leen en de
      koffie staat in het clubhuisje.""",
        k="y20",
        f="wa",
    ),
    A(
        "Koersbal in De Aakade",
        "welzijn",
        "vg_aakade",
        "sport contact",
        "FR 14:00-16:00",
        """Koersbal is een rustig balspel op een lange mat, een beetje zoals jeu de boules maar
      dan binnen. Je kunt het zittend of staand spelen. Gezellig, een tikje competitief, en
      met een drankje in de pauze.""",
        k="s2",
        f="wap",
        fee="€ 2 per middag, inclusief koffie of thee.",
    ),
    A(
        "Buitenfitness in Veghel-Noord",
        "beweegteam",
        "vg_populier",
        "sport nature",
        "SA 09:30-10:30 #Bij de beweegtuin naast De Populier.",
        """Op zaterdagochtend geeft de buurtsportcoach een buitentraining bij de toestellen naast
      het wijkcentrum. Iedere oefening heeft een lichte en een zware variant. Bij slecht weer
      gaan we naar binnen.""",
        f="wa",
    ),
    A(
        "Bewegen met plezier bij reuma",
        "beweegteam",
        "vg_ankerpunt",
        "sport",
        "TH 14:00-15:00",
        """Rustige bewegingsoefeningen voor mensen met reuma, artrose of fibromyalgie, onder
      leiding van een fysiotherapeut. Je leert wat je lichaam wel kan en hoe je pijn voorkomt.
      De groep is klein, zodat er aandacht is voor iedereen.""",
        k="s3",
    ),
    A(
        "Cursus In Balans: minder kans op vallen",
        "beweegteam",
        "vg_aaoever",
        "sport other",
        "TU 13:30-15:00 @2026-09-01..2026-12-15",
        """Tien bijeenkomsten voor 65-plussers die bang zijn om te vallen of al eens gevallen
      zijn. Je oefent evenwicht, opstaan van de grond en veilig lopen, en je krijgt tips voor
      thuis. Na afloop weet je beter wat je zelf kunt doen.""",
        k="o45",
        age="65",
        fee="Eenmalig € 45 voor de hele cursus; veel zorgverzekeraars "
        "vergoeden deze cursus uit de aanvullende verzekering.",
    ),
    A(
        "Recreatief badminton voor volwassenen",
        "vitaal",
        "vg_aaoever",
        "sport contact",
        "TH 20:00-21:30",
        """Een avond badminton zonder competitie: dubbelen op vier velden, telkens met andere
      partners. Rackets zijn er voor wie het eerst wil proberen.""",
        k="y95",
        f="a",
    ),
    A(
        "Tafeltennisinstuif op vrijdagochtend",
        "vitaal",
        "vg_aaoever",
        "sport contact",
        "FR 10:00-12:00",
        """Zes tafels, een bak met batjes en balletjes, en wie er is, speelt. Van een rustig
      balletje overslaan tot een fanatieke partij. Je betaalt per keer en zit nergens aan
      vast.""",
        k="s2",
        f="wa",
    ),
    A(
        "Samen op pad: wandelclub bij Geheugenpaleis",
        "geheugen",
        "vg_geheugenpaleis",
        "sport nature contact",
        "WE 10:30-11:30",
        """Een wandelclub voor mensen met geheugenproblemen of dementie en hun naaste. We lopen
      een vaste route door de belevingstuin en het park, met vrijwilligers die weten hoe ze
      kunnen helpen. Daarna koffie in de huiskamer.""",
        f="bp",
    ),
    A(
        "Vogels kijken langs de Aa",
        "ooievaar",
        "vg_stadspark",
        "nature contact",
        "SA/2 08:00-10:00",
        """Om de week op zaterdagochtend trekken we met verrekijkers langs de Aa en de
      Zuid-Willemsvaart. Een ervaren vogelaar helpt je ijsvogel, grote zilverreiger en
      kuifeend te herkennen. Verrekijkers zijn te leen.""",
        f="a",
    ),
    A(
        "Natuurexcursie in de Eerdse bossen",
        "ooievaar",
        "ee_molen",
        "nature sport",
        "SU/2 10:00-12:00",
        """Een natuurgids neemt je mee door bos en heide rond de molen en vertelt over
      paddenstoelen, insecten en het beheer van het gebied. Stevige schoenen aanbevolen; de
      paden zijn zanderig.""",
        f="w",
        k="s2",
        fee="€ 2 per excursie; leden van de natuurvereniging gratis.",
    ),
    A(
        "Natuurwerkdag op de Eerdse heide",
        "ooievaar",
        "ee_molen",
        "nature vol",
        "SA/2 09:30-12:30 @2026-10-03..2027-03-27",
        """In het winterseizoen houden we de heide open: berkjes trekken, takken slepen en
      brandhout stapelen. Gereedschap, handschoenen en soep worden geregeld. Je doet wat je
      aankunt; ook een uurtje meehelpen is welkom.""",
        f="wa",
        apply="Aanmelden is niet nodig; kom in werkkleding naar de parkeerplaats bij de molen.",
    ),
    A(
        "Een eigen volkstuin bij De Rode Beuk",
        "vollegrond",
        "vg_rodebeuk",
        "nature",
        "MO,TU,WE,TH,FR,SA 08:00-20:00 "
        "#Het complex is dagelijks open, de kantine alleen op zaterdagochtend.",
        """Huur een tuin van 100 of 200 vierkante meter en kweek je eigen groente, fruit of
      bloemen. Nieuwe leden krijgen een tuinmaatje met ervaring. Op zaterdagochtend is de
      kantine open voor koffie en zaaigoed.""",
        k="y65",
        fee="€ 65 per jaar voor een tuin van 100 m², inclusief water.",
        wait="Er is een wachtlijst van ongeveer drie maanden.",
    ),
    A(
        "Samen tuinieren in De Leemkuil",
        "vollegrond",
        "vg_leemkuil",
        "nature vol contact",
        "WE 09:30-12:00",
        """In de buurtmoestuin werken we samen aan verhoogde bakken met groente, kruiden en
      bloemen. Ervaring is niet nodig. De oogst wordt verdeeld onder wie meehelpt, en een
      deel gaat naar De Uitdeelkast.""",
        f="wab",
    ),
    A(
        "Kruidenwandeling in het stadspark",
        "ooievaar",
        "vg_stadspark",
        "nature relax",
        "SU 14:00-15:30 @2026-04-05..2026-09-27",
        """Een herborist laat zien welke wilde planten in de stad groeien, wat je ermee kunt en
      waarvan je beter afblijft. Rustig tempo, veel stilstaan en ruiken. Sluit af met een kop
      zelfgemaakte kruidenthee.""",
        k="s3",
        status="inactive",
        alert="De herborist is verhuisd; de kruidenwandelingen zijn voorlopig gestopt.",
    ),
    A(
        "Honden uitlaten bij De Snuffelhoek",
        "snuffelhoek",
        "vg_snuffelhoek",
        "vol nature sport",
        "MO,WE,FR 09:00-11:00",
        """De honden in de opvang zijn dol op een wandeling. Als vrijwillige uitlater loop je met
      een hond over het uitlaatveld en door de polder. Je krijgt eerst een korte instructie
      en begint met een rustige hond.""",
        age="16",
        f="a",
    ),
    A(
        "Verzorgen in de kattenopvang",
        "snuffelhoek",
        "vg_snuffelhoek",
        "vol nature",
        "TU,SA 13:00-16:00",
        """Bakken schoonmaken, voer klaarzetten en vooral: katten aandacht geven die een nieuw
      thuis zoeken. Een vast team van vrijwilligers werkt je in. Niet geschikt bij een
      kattenallergie.""",
        age="16",
    ),
    A(
        "Rondje Veghel met verhalen",
        "heemkunde",
        "vg_heemkamer",
        "sport creative contact",
        "TH/2 14:00-15:30",
        """Een wandeling van een uur door het oude centrum, met een gids van de heemkundekring
      die vertelt over de haven, de fabrieken en de mensen van vroeger. Na afloop koffie en
      oude foto's kijken in de heemkamer.""",
        k="s2.5",
        f="wa",
    ),
    A(
        "Tai chi in het park",
        "beweegteam",
        "vg_stadspark",
        "sport relax",
        "SA 09:00-10:00 @2026-04-04..2026-10-31 #In het park.; "
        "SA 09:30-10:30 @2026-11-01..2027-03-31 #In de grote zaal van De Aakade.",
        """Langzame, vloeiende bewegingen die je balans en concentratie verbeteren. In de zomer
      oefenen we in het park, in de winter in De Aakade. Geschikt voor elke leeftijd en elke
      conditie.""",
        k="s3",
        f="wa",
    ),
    A(
        "Dansen bij Parkinson",
        "klankkast",
        "vg_ankerpunt",
        "sport creative",
        "MO 14:00-15:15",
        """Een danslessenreeks voor mensen met de ziekte van Parkinson en hun partner. Een
      dansdocent en een fysiotherapeut geven samen les; muziek helpt je bewegen. Er is geen
      goed of fout, wel veel plezier.""",
        k="s4",
        elig="Mensen met de ziekte van Parkinson, met of zonder partner.",
    ),
    A(
        "Meer Bewegen voor Ouderen in Zijtaart",
        "dorpshuizen",
        "zt_zijtak",
        "sport contact",
        "TU 09:30-10:30",
        """De gymclub van Zijtaart: oefeningen op muziek, balspelletjes en af en toe
      volksdansen. De meeste deelnemers zijn al jaren lid, nieuwe gezichten zijn welkom.""",
        k="m10",
        age="55",
        f="a",
    ),
    A(
        "Jeu de boules bij De Eerdse Kamer",
        "dorpshuizen",
        "ee_eerdsekamer",
        "sport contact",
        "FR 14:00-16:30",
        """Op de twee banen naast het dorpshuis wordt elke vrijdagmiddag gespeeld. Na afloop
      schuift iedereen aan voor een drankje aan de bar.""",
        k="s1",
        f="wa",
        fee="€ 1 per middag, de eerste consumptie is inbegrepen.",
    ),
    A(
        "Fietstochten 55+ vanuit Mariaheide",
        "dorpshuizen",
        "mh_heiakker",
        "sport nature contact",
        "TU 13:30-16:30 @2026-04-07..2026-10-27",
        """Van april tot en met oktober fietsen we elke dinsdag een tocht van 30 tot 40 kilometer
      door de Meierij, met een koffiestop halverwege. Gewone en elektrische fietsen door
      elkaar; niemand wordt achtergelaten.""",
        k="y12",
        age="55",
        f="a",
    ),
    A(
        "Gymclub Mariaheide",
        "dorpshuizen",
        "mh_heiakker",
        "sport",
        "MO 19:00-20:00",
        """Conditietraining voor volwassenen op maandagavond in de zaal van het dorpshuis:
      circuittraining, stretchen en een afsluitend spel.""",
        k="y80",
    ),
    A(
        "Sportief wandelen in Eerde",
        "ooievaar",
        "ee_molen",
        "sport nature",
        "TH 19:00-20:30 @2026-04-02..2026-09-24",
        """Op zomeravonden wandelen we in stevig tempo acht tot tien kilometer door de bossen
      en over de heide. Een goede basisconditie is handig.""",
        f="w",
    ),
    A(
        "Zitdansen in het Geheugenpaleis",
        "geheugen",
        "vg_geheugenpaleis",
        "sport creative contact",
        "FR 10:30-11:30",
        """Dansen vanaf je stoel op bekende muziek van vroeger. Voor mensen met dementie en
      iedereen die slecht ter been is. Er wordt veel meegezongen.""",
        f="wbp",
    ),
    A(
        "Yoga voor beginners in Het Ankerpunt",
        "wijk_veghel",
        "vg_ankerpunt",
        "sport relax",
        "WE 19:30-20:45",
        """Een rustige yogales met veel aandacht voor ademhaling en ontspanning. Matten en
      dekens liggen klaar. Je kunt instromen wanneer je wilt.""",
        k="s6",
    ),
    A(
        "Zwemles voor volwassenen",
        "vitaal",
        "vg_golfslag",
        "sport other",
        "SA 10:00-10:45",
        """Nooit leren zwemmen, of is het lang geleden? In een kleine groep leer je in tien
      lessen veilig te zwemmen, in het ondiepe bad en zonder haast. Ook voor nieuwkomers;
      de instructeur spreekt Engels en een vrijwilliger Arabisch.""",
        k="o60",
        lang="nl en ar",
        age="18",
        fee="Eenmalig € 60 voor tien lessen. Met de "
        "Meedoenregeling van de gemeente kan het gratis.",
    ),
    A(
        "Beweegmaatje Veghel",
        "welzijn",
        "vg_aakade",
        "sport contact",
        "MO,TU,WE,TH,FR 09:00-17:00 #Dag en tijd spreek je af met je maatje.",
        """Je wilt meer bewegen, maar alleen lukt het niet. Een vrijwillig beweegmaatje gaat
      een paar maanden met je wandelen, fietsen of zwemmen, tot je het zelf oppakt of
      aansluit bij een groep.""",
        f="bp",
        apply="Via je welzijnscoach of rechtstreeks bij De Aakade.",
        wait="Meestal binnen drie weken een maatje.",
    ),
]
