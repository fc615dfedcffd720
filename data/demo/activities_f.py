"""Activities in wijk Sint-Oedenrode, part 1: moving, nature, cooking, creative. Fictional.

Designed hole: almost nothing in Sint-Oedenrode starts at or after 18:00 (at most two).
"""

from spec import A

ACTIVITIES = [
    A(
        "Wandelclub Rooi Loopt",
        "rooi_ontmoet",
        "so_kasteelpark",
        "sport nature contact",
        "TU 09:30-11:00",
        """Vanaf het kasteelpark lopen we elke dinsdag een route van vier tot zes kilometer langs
      de Dommel. Het tempo is gemoedelijk en onderweg wordt volop gekletst. Op de terugweg
      drinken we koffie in De Dommelkamer.""",
        f="wa",
    ),
    A(
        "Ommetje Eerschot",
        "beweegteam",
        "so_kwadrant",
        "sport contact",
        "TH 10:00-10:45",
        """Een rondje van drie kwartier door Eerschot met de buurtsportcoach. Voor iedereen die
      weer wil beginnen met bewegen, met of zonder rollator.""",
        f="wabp",
    ),
    A(
        "Nordic walking in het Dommeldal",
        "beweegteam",
        "so_kasteelpark",
        "sport nature",
        "MO,FR 09:00-10:00",
        """Nordic walken over de paden langs de Dommel, onder leiding van een trainer. Je leert de
      techniek in een paar lessen; stokken zijn te leen.""",
        k="m8",
    ),
    A(
        "Seniorengym in De Hoge Hoek",
        "beweegteam",
        "so_hogehoek",
        "sport contact",
        "WE 09:30-10:30",
        """Een uur gym op muziek voor 55-plussers: kracht, balans en lenigheid, met een spel aan
      het eind. Na afloop koffie in de kantine.""",
        k="m11",
        age="55",
        f="a",
    ),
    A(
        "Stoelyoga in De Eikelhof",
        "welzijn",
        "so_eikelhof",
        "sport relax",
        "MO 10:30-11:30",
        """Zachte yoga op de stoel, voor bewoners van De Eikelhof en ouderen uit de buurt. Rustige
      ademhaling en eenvoudige bewegingen, aangepast aan wat je kunt.""",
        k="s2",
        f="ap",
    ),
    A(
        "Walking football Rooi",
        "beweegteam",
        "so_hogehoek",
        "sport contact",
        "FR 10:00-11:30",
        """Wandelvoetbal voor mannen en vrouwen vanaf vijftig: niet rennen, niet tackelen, wel
      scoren. Na de wedstrijd een bakje koffie.""",
        k="y50",
        age="50",
        f="a",
    ),
    A(
        "Tafeltennis 55-plus in De Hoge Hoek",
        "beweegteam",
        "so_hogehoek",
        "sport contact",
        "TU 13:30-16:00",
        """Vier tafels, een vaste groep en steeds wisselende tegenstanders. Beginners krijgen
      uitleg; batjes zijn er.""",
        k="y40",
        age="55",
        f="a",
    ),
    A(
        "Jeu de boules in Boskant",
        "dorpshuizen",
        "bk_schuur",
        "sport contact",
        "TH 14:00-16:30",
        """Naast De Boskantse Schuur liggen twee banen. Op donderdagmiddag speelt het dorp, daarna
      is er een drankje binnen.""",
        k="s1",
        f="wa",
    ),
    A(
        "Biljartclub Nijnsel",
        "dorpshuizen",
        "nn_linde",
        "sport contact",
        "MO,TH 13:30-17:00",
        """Biljarten aan de tafel van De Nijnselse Linde, twee middagen per week.""",
        k="y30",
        status="inactive",
        alert="De biljarttafel is verkocht; de club zoekt een nieuwe plek in Nijnsel of Rooi.",
    ),
    A(
        "Line dance in Olland",
        "dorpshuizen",
        "ol_hooiberg",
        "sport creative contact",
        "TU 14:00-15:30",
        """Line dance op dinsdagmiddag in de zaal van De Hooiberg. Eenvoudige dansen, veel
      herhaling en een kop koffie in de pauze.""",
        k="s3",
        f="wa",
    ),
    A(
        "Duofietsen vanuit De Eikelhof",
        "welzijn",
        "so_eikelhof",
        "sport nature contact",
        "WE,FR 10:00-16:00 #Ritten op afspraak.",
        """Samen met een vrijwilliger op de duofiets door het Dommeldal of naar Boskant. Jij
      bepaalt hoe lang en hoe hard.""",
        f="bp",
        apply="Een rit reserveren kan bij de receptie van De Eikelhof of via je welzijnscoach.",
    ),
    A(
        "Natuurwandeling langs de Dommel",
        "ooievaar",
        "so_kasteelpark",
        "nature sport",
        "SU/2 10:00-12:00",
        """Een gids van de natuurvereniging neemt je mee door het beekdal en vertelt over
      ijsvogels, bevers en oude kastelen. Soms modderig: goede schoenen aanbevolen.""",
        f="w",
    ),
    A(
        "Vogelwerkgroep Dommeldal",
        "ooievaar",
        "so_kasteelpark",
        "nature contact",
        "SA/2 08:30-10:30",
        """Vroeg op pad met verrekijker en telescoop. We tellen vogels voor het landelijke
      meetnet en leren elkaar soorten herkennen. Beginners lopen mee met een ervaren
      vogelaar.""",
        k="y12",
        fee="€ 12 per jaar (lidmaatschap natuurvereniging); de eerste drie keer gratis.",
    ),
    A(
        "Moestuin Het Kloosterhof",
        "vollegrond",
        "so_kloosterhof",
        "nature vol contact",
        "WE,SA 09:30-12:00",
        """In de oude kloostertuin kweken we samen groente, kruiden en fruit. Door de verhoogde
      bakken kun je ook zittend of vanuit een rolstoel tuinieren.""",
        k="y15",
        f="a",
    ),
    A(
        "Wilgen knotten in het Dommeldal",
        "ooievaar",
        "so_kasteelpark",
        "nature vol",
        "SA/4 09:00-12:30 @2026-11-07..2027-03-06",
        """In de winter knotten we de wilgen langs de Dommel. Zwaar maar dankbaar werk in de
      buitenlucht; er is ook licht werk zoals takken sorteren. Met erwtensoep na afloop.""",
        f="wa",
    ),
    A(
        "Tuinieren met geheugenproblemen",
        "geheugen",
        "so_kloosterhof",
        "nature contact",
        "TH 10:00-11:30 @2026-04-02..2026-10-29",
        """Een tuinochtend voor mensen met beginnende dementie en hun mantelzorger, met
      vrijwilligers die het tempo van de groep volgen. Zaaien, oogsten en bloemen plukken.""",
        f="bp",
    ),
    A(
        "Eetcafé Keuken van Rooi",
        "rooi_ontmoet",
        "so_keuken",
        "cook contact",
        "WE 12:00-13:30",
        """Elke woensdag een warme lunch, gekookt door vrijwilligers van de buurtkeuken. Je eet
      aan een lange tafel en maakt makkelijk een praatje.""",
        k="s6",
        f="a",
        fee="€ 6 voor soep, hoofdgerecht en koffie.",
    ),
    A(
        "Samen koken in Keuken van Rooi",
        "rooi_ontmoet",
        "so_keuken",
        "cook contact",
        "MO 15:00-17:30",
        """Een kleine groep kookt samen een maaltijd en eet die meteen op. Wat we koken, bepalen
      we samen; de kok let op een gezonde keuze.""",
        k="s4",
        f="ap",
    ),
    A(
        "Mannen koken in Rooi",
        "rooi_ontmoet",
        "so_keuken",
        "cook contact other",
        "TH 14:00-16:30 @2026-09-03..2027-01-28",
        """Een kookcursus voor mannen die (weer) zelf willen leren koken. Basistechnieken,
      boodschappenlijstjes en gerechten voor één of twee personen.""",
        k="o40",
        age="18",
    ),
    A(
        "Lunch in het grand café van De Eikelhof",
        "welzijn",
        "so_eikelhof",
        "cook contact",
        "TU,TH 12:00-13:30",
        """Twee keer per week een verzorgde lunch voor ouderen uit Rooi, samen met bewoners van De
      Eikelhof. Halen en brengen kan met de Belbus.""",
        k="s7.5",
        age="60",
        f="a",
    ),
    A(
        "Dorpsmaaltijd Boskant",
        "dorpshuizen",
        "bk_schuur",
        "cook contact",
        "FR/2 17:00-19:00",
        """Om de week eet Boskant samen in De Boskantse Schuur. Een wisselende ploeg dorpsgenoten
      kookt; jong en oud zit door elkaar.""",
        k="s6.5",
        f="a",
    ),
    A(
        "Middagkoor Rooi Zingt",
        "koren",
        "so_dommelkamer",
        "creative contact",
        "WE 14:00-16:00",
        """Een koor dat overdag repeteert, voor wie 's avonds liever thuis is. Pop, musical en
      Nederlandstalig, met een enthousiaste dirigente. Notenkennis is niet nodig.""",
        k="m12",
        f="a",
    ),
    A(
        "Schildergroep De Schildpad",
        "klankkast",
        "so_schildpad",
        "creative contact",
        "MO 13:30-16:00",
        """Een groep amateurschilders die samen in het atelier werkt, ieder aan eigen werk. Een
      docent komt om de week langs voor tips.""",
        k="s4",
    ),
    A(
        "Keramiekatelier De Schildpad",
        "klankkast",
        "so_schildpad",
        "creative",
        "TH 09:30-12:00",
        """Boetseren en draaien met klei in een klein atelier. Werk wordt gestookt in de eigen
      oven.""",
        k="s8",
    ),
    A(
        "Creatief café Eerschot",
        "rooi_ontmoet",
        "so_kwadrant",
        "creative contact",
        "WE 13:30-15:30",
        """Knutselen, tekenen, kaarten maken of mozaïeken: elke week een andere techniek, met
      koffie en een koekje. Materiaal is aanwezig.""",
        f="wa",
        k="s2",
        fee="€ 2 per middag, inclusief materiaal en koffie.",
    ),
]
