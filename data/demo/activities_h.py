"""Activities in wijk Erp: Erp, Boerdonk and Keldonk. Fictional.

Designed hole: sport and movement exists in Erp, but none of it is wheelchair-accessible
(the gym, the dorpshuis of Boerdonk and the field paths of the Erpse Kampen are not).
"""

from spec import A

ACTIVITIES = [
    A(
        "Wandelgroep De Kampenlopers",
        "dorpshuizen",
        "er_kampen",
        "sport nature contact",
        "WE 09:30-11:00",
        """Vanaf de picknicktafel aan de Kampenweg lopen we over veldwegen en langs houtwallen
      door de Erpse Kampen. Onderweg wijst altijd wel iemand een buizerd of een ree aan. Koffie
      na afloop in De Ervenhoeve.""",
        f="wa",
    ),
    A(
        "Ouderengym Erp",
        "beweegteam",
        "er_gymzaal",
        "sport contact",
        "MO 10:00-11:00",
        """Een uur gymmen voor 55-plussers in de oude gymzaal: oefeningen op muziek, met ballen en
      hoepels, en elke week een spel. Veel deelnemers kennen elkaar van vroeger.""",
        k="m10",
        age="55",
        f="a",
    ),
    A(
        "Zumba Gold in Erp",
        "beweegteam",
        "er_gymzaal",
        "sport creative",
        "TH 19:00-20:00",
        """Zumba in een rustiger tempo, op Latijns-Amerikaanse muziek. Je hoeft geen danservaring
      te hebben; meedoen op je eigen niveau is prima.""",
        k="s4",
        f="wa",
    ),
    A(
        "Badmintoninstuif Erp",
        "beweegteam",
        "er_gymzaal",
        "sport contact",
        "WE 19:30-21:00",
        """Recreatief badminton op twee velden in de gymzaal.""",
        k="y45",
        status="inactive",
        alert="Gestopt wegens te weinig deelnemers; badmintonners zijn welkom bij Vitaal Veghel.",
    ),
    A(
        "Jeu de boules in Boerdonk",
        "dorpshuizen",
        "bd_huis",
        "sport contact",
        "FR 14:00-16:30",
        """Op de grindbaan naast 't Boerdonks Huis wordt elke vrijdagmiddag gespeeld, met een
      drankje binnen na afloop.""",
        k="s1",
        f="wa",
    ),
    A(
        "Fietsclub Boerdonk-Erp",
        "dorpshuizen",
        "bd_huis",
        "sport nature contact",
        "TH 13:30-16:30 @2026-04-02..2026-10-29",
        """Van april tot en met oktober fietsen we op donderdagmiddag een tocht van dertig tot
      vijftig kilometer door de Peel en de Meierij, met een stop voor koffie en appeltaart.""",
        k="y10",
        f="a",
    ),
    A(
        "Yoga in Boerdonk",
        "dorpshuizen",
        "bd_huis",
        "sport relax",
        "TU 19:30-20:45",
        """Rustige yoga in de zaal van het dorpshuis, met veel aandacht voor ademhaling. Neem een
      matje en een dekentje mee.""",
        k="s6",
    ),
    A(
        "Natuurexcursie in de Erpse Kampen",
        "ooievaar",
        "er_kampen",
        "nature",
        "SU/4 10:00-12:00",
        """Een gids van de natuurvereniging laat zien hoe het oude kampenlandschap met houtwallen
      en akkers in elkaar zit, en welke planten en dieren er leven.""",
        f="w",
    ),
    A(
        "Natuurwerkdag Erpse Kampen",
        "ooievaar",
        "er_kampen",
        "nature vol",
        "SA/4 09:00-12:00 @2026-10-03..2027-03-27",
        """We planten heggen, knotten wilgen en schonen poelen, samen met de boeren in het
      gebied. Gereedschap en koffie zijn er.""",
        f="wa",
    ),
    A(
        "Meewerken op zorgboerderij Het Wilgenerf",
        "wilgenerf",
        "kd_wilgenerf",
        "vol nature",
        "MO,TU,WE,TH,FR 09:00-15:00 #Eén of meer dagen, in overleg.",
        """Op de zorgboerderij werk je mee met de dieren, in de moestuin of in de werkplaats,
      samen met deelnemers van de dagbesteding. Structuur, buitenlucht en een goede lunch
      aan de grote tafel.""",
        f="bp",
        apply="Na een kennismakingsgesprek op de boerderij; bel of mail Het Wilgenerf.",
    ),
    A(
        "Boerderijochtend: dieren verzorgen",
        "wilgenerf",
        "kd_wilgenerf",
        "nature contact",
        "TU,TH 10:00-12:30",
        """Kippen voeren, kalfjes drinken geven en de geiten borstelen. Een rustige ochtend op het
      erf, ook voor wie weinig energie heeft.""",
        k="s5",
        f="a",
    ),
    A(
        "Houtwerkplaats Het Wilgenerf",
        "wilgenerf",
        "kd_wilgenerf",
        "creative vol",
        "WE 09:00-12:00",
        """In de werkplaats van de boerderij maken we nestkasten, bankjes en hekjes voor het erf.
      Je werkt in je eigen tempo onder begeleiding van een timmerman.""",
        k="s2",
        f="a",
    ),
    A(
        "Boerderijlunch Het Wilgenerf",
        "wilgenerf",
        "kd_wilgenerf",
        "cook contact",
        "FR 12:00-13:30",
        """Elke vrijdag kookt de boerderijkeuken met groente uit eigen tuin. Iedereen uit de buurt
      mag aanschuiven aan de lange tafel.""",
        k="s7",
        f="a",
    ),
    A(
        "Moestuin Het Wilgenerf",
        "wilgenerf",
        "kd_wilgenerf",
        "nature cook vol",
        "MO 09:30-12:00 @2026-03-02..2026-11-30",
        """Help mee in de grote moestuin van de zorgboerderij: zaaien, wieden, oogsten en soms
      samen inmaken. Wat je oogst, mag je mee naar huis nemen.""",
        f="wa",
    ),
    A(
        "Koffie-inloop De Ervenhoeve",
        "dorpshuizen",
        "er_ervenhoeve",
        "contact",
        "MO,WE,FR 09:30-11:30",
        """Drie ochtenden per week koffie en een praatje in de huiskamer van De Ervenhoeve. Op
      maandag schuift de wijkverpleegkundige aan.""",
        f="wap",
        k="s1",
        fee="€ 1 per kop koffie of thee.",
    ),
    A(
        "Eettafel Erp",
        "dorpshuizen",
        "er_ervenhoeve",
        "cook contact",
        "TU 12:00-13:30",
        """Een warme lunch voor ouderen uit Erp, Boerdonk en Keldonk. Vervoer met de buurtbus kan
      worden geregeld.""",
        k="s7",
        age="60",
        f="a",
    ),
    A(
        "Samen koken in De Ervenhoeve",
        "dorpshuizen",
        "er_ervenhoeve",
        "cook contact",
        "TH/2 16:00-19:00",
        """Om de week koken we met een groepje dorpsgenoten en eten we samen. Een goede manier om
      mensen te leren kennen als je nieuw bent in Erp.""",
        k="s4",
        f="ap",
    ),
    A(
        "Gemengd koor Erpse Stemmen",
        "koren",
        "er_kerkzaal",
        "creative contact",
        "MO 19:30-21:30",
        """Een gemengd koor van dertig zangers met een breed repertoire, van kerkmuziek tot
      Abba. Nieuwe tenoren en bassen zijn extra welkom.""",
        k="m8",
        f="a",
    ),
    A(
        "Handwerkclub Erp",
        "dorpshuizen",
        "er_ervenhoeve",
        "creative contact",
        "TU 13:30-16:00",
        """Breien, haken en borduren in de huiskamer van De Ervenhoeve. Er wordt veel gelachen
      en nog meer koffie gedronken.""",
        k="s1.5",
        f="wa",
    ),
    A(
        "Schilderen in Keldonk",
        "dorpshuizen",
        "kd_kamer",
        "creative contact",
        "WE 09:30-11:30",
        """Een groepje amateurschilders uit Keldonk werkt samen in het dorpshuis. Beginners krijgen
      tips, materiaal is voor eigen rekening.""",
        k="s3",
        f="a",
    ),
    A(
        "Kaartmiddag Keldonk",
        "dorpshuizen",
        "kd_kamer",
        "contact",
        "TH 14:00-16:30",
        """Jokeren, klaverjassen of rikken in De Keldonkse Kamer. Wie een spel niet kent, leert het
      vanzelf.""",
        k="s1",
        f="wa",
    ),
    A(
        "Dorpskoffie Boerdonk",
        "dorpshuizen",
        "bd_huis",
        "contact",
        "TU 10:00-11:30",
        """Op dinsdagochtend koffie in 't Boerdonks Huis, het hart van het dorp.""",
        f="wa",
        k="s1",
        fee="€ 1 voor koffie of thee.",
    ),
    A(
        "Gespreksgroep Zin in ouder worden",
        "parochie",
        "er_kerkzaal",
        "relax contact",
        "WE/2 14:00-16:00",
        """Over wat ouder worden met je doet: afscheid nemen, terugkijken en nieuwe dingen
      ontdekken. Een pastoraal werker leidt het gesprek.""",
        age="60",
        f="a",
    ),
    A(
        "Buurtbuschauffeur bij De Kernenpendel",
        "kernenpendel",
        "er_remise",
        "vol contact",
        "MO,TU,WE,TH,FR 07:00-19:00 #Diensten van een halve dag volgens rooster.",
        """Als vrijwillige chauffeur rijd je de buurtbus tussen Erp, Boerdonk, Keldonk en Veghel.
      Je hebt rijbewijs B en krijgt een rijvaardigheidstraining. Gezellige contacten met
      vaste reizigers horen erbij.""",
        age="21",
        apply="Meld je aan bij de coördinator van De Kernenpendel via de website.",
    ),
    A(
        "Formulierenhulp Erp",
        "opordepapier",
        "er_ervenhoeve",
        "other",
        "TH/2 10:00-11:30",
        """Om de week zit een vrijwilliger van Papier Op Orde in De Ervenhoeve om te helpen met
      formulieren, toeslagen en brieven.""",
        f="wp",
    ),
    A(
        "Mantelzorgcafé Erp",
        "mantelzorg",
        "er_ervenhoeve",
        "contact relax",
        "WE/4 19:30-21:00",
        """Eens per vier weken komen mantelzorgers uit Erp en omgeving bij elkaar om ervaringen te
      delen. Een mantelzorgconsulent is aanwezig.""",
        f="wa",
    ),
    A(
        "Tabletcursus in De Ervenhoeve",
        "bieb",
        "er_ervenhoeve",
        "other",
        "MO 13:30-15:30 @2027-01-11..2027-02-15",
        """Zes lessen over de tablet: foto's maken, berichten sturen en videobellen met de
      familie. Tablets zijn te leen.""",
        k="o15",
        ad="2025-10-02",
    ),
]
