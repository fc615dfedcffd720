"""Activities in wijk Veghel, part 2: creative, cooking and meeting others. Fictional."""

from spec import A

ACTIVITIES = [
    A(
        "Gemengd koor Vox Aa",
        "koren",
        "vg_debron",
        "creative contact",
        "TH 19:45-21:45",
        """Een gemengd koor van ruim veertig zangers dat van Bach tot Beatles zingt. Noten lezen
      hoeft niet: er zijn oefenbestanden en stemgroepleiders. Je mag drie repetities
      meezingen voordat je beslist.""",
        k="m15",
        f="a",
    ),
    A(
        "Meezingmiddag Zing Maar Mee",
        "welzijn",
        "vg_aakade",
        "creative contact relax",
        "WE/2 14:00-15:30",
        """Om de week zingen we bekende liedjes van vroeger en nu, met een pianist en de teksten
      groot op het scherm. Niemand hoeft solo en vals zingen mag. In de pauze is er koffie met
      iets lekkers.""",
        f="wap",
    ),
    A(
        "Schildergroep Het Open Atelier",
        "wijk_veghel",
        "vg_klaproos",
        "creative contact",
        "TU 09:30-12:00",
        """Schilderen met acryl of aquarel aan een grote tafel, ieder aan zijn eigen werk. Een
      ervaren amateurschilder geeft tips als je erom vraagt. Materiaal kun je de eerste keren
      van de groep gebruiken.""",
        k="s3.5",
        f="a",
    ),
    A(
        "Breicafé De Klaproos",
        "wijk_veghel",
        "vg_klaproos",
        "creative contact",
        "MO 13:30-16:00",
        """Breien, haken, borduren of quilten: neem je eigen werk mee en schuif aan. Wie het wil
      leren, krijgt les van de vaste handwerkdames. Er gaan ook mutsen en dekens naar de
      voedselbank en het ziekenhuis.""",
        f="wa",
        k="s1.5",
        fee="€ 1,50 per middag, inclusief koffie.",
    ),
    A(
        "Houtbewerken in de werkplaats van Tweede Ronde",
        "tweederonde",
        "vg_tweederonde",
        "creative vol",
        "WE,SA 09:00-12:00",
        """In de werkplaats van de kringloopwinkel knappen vrijwilligers oude meubels op en maken
      ze vogelhuisjes en plantenbakken. Je leert zagen, schuren en lakken van mensen met
      jarenlange ervaring. Alle machines zijn aanwezig, veiligheid gaat voor.""",
        f="a",
        age="18",
    ),
    A(
        "Fotografie voor beginners",
        "klankkast",
        "vg_klankkast",
        "creative",
        "TH 19:30-21:30 @2026-09-03..2026-12-10",
        """In tien avonden leer je je camera of telefoon beter gebruiken: licht, compositie en
      een beetje bewerken. Elke week een opdracht, die we de week erna samen bekijken.""",
        k="o55",
    ),
    A(
        "Repair Café Veghel",
        "maakhetweer",
        "vg_populier",
        "vol contact other",
        "SA/2 10:00-13:00",
        """Kapotte broodrooster, fiets met een slag in het wiel of een broek met een scheur?
      Vrijwillige reparateurs kijken samen met jou wat er mis is en maken het waar mogelijk.
      Intussen drink je koffie met de buren. Handige mensen die mee willen repareren zijn
      ook welkom.""",
        f="wa",
        fee="Gratis; een vrijwillige bijdrage voor de pot is welkom.",
    ),
    A(
        "Samen koken in Het Ankerpunt",
        "wijk_veghel",
        "vg_ankerpunt",
        "cook contact",
        "WE 16:00-19:00",
        """Met een groep van acht tot tien mensen koken we een eenvoudige, gezonde maaltijd en
      eten die samen op. Iedereen helpt mee naar vermogen: snijden, roeren of de tafel
      dekken. Recepten gaan mee naar huis.""",
        k="s4.5",
        f="ap",
        fee="€ 4,50 per keer, inclusief de maaltijd.",
    ),
    A(
        "Buurtmaaltijd in De Klaproos",
        "wijk_veghel",
        "vg_klaproos",
        "cook contact",
        "TH/2 17:30-19:30",
        """Vrijwilligers koken om de week een driegangenmenu voor de buurt. Je zit aan lange
      tafels en raakt vanzelf aan de praat. Vegetarisch of halal eten kan als je het bij je
      aanmelding doorgeeft.""",
        k="s6",
        f="a",
        apply="Aanmelden tot dinsdag 12.00 uur bij het buurthuis of via de website.",
    ),
    A(
        "Kookles voor mannen: Mannen aan de pan",
        "smaakmakers",
        "vg_smaakmakers",
        "cook contact other",
        "MO 18:30-21:00 @2026-09-07..2026-12-14",
        """Nooit gekookt, of altijd hetzelfde? In deze cursus leren mannen in vijftien lessen de
      basis: boodschappen doen, snijden, een stoofpot en een goede soep. Veel deelnemers zijn
      weduwnaar of wonen voor het eerst alleen. Na afloop eten we samen.""",
        k="o50",
        age="18",
        fee="Eenmalig € 50 voor vijftien lessen, ingrediënten inbegrepen.",
    ),
    A(
        "Eettafel 65-plus in De Aakade",
        "welzijn",
        "vg_aakade",
        "cook contact",
        "TU,TH 12:00-13:30",
        """Twee keer per week een warme lunch aan tafel met leeftijdgenoten. Het eten komt van
      de keuken van het wijkrestaurant en wordt opgediend door vrijwilligers. Vervoer kan
      geregeld worden met de Belbus.""",
        k="s7.5",
        age="65",
        f="ap",
    ),
    A(
        "Gezond koken op een klein budget",
        "smaakmakers",
        "vg_smaakmakers",
        "cook other",
        "WE 10:00-12:30 @2026-10-07..2026-12-16",
        """Lekker en gezond eten voor weinig geld: slim boodschappen doen, restjes gebruiken en
      koken in grote pannen. Een diëtist en een kok geven de lessen in eenvoudige taal. De
      cursus is gratis dankzij een bijdrage van de gemeente.""",
        f="p",
        k="0",
    ),
    A(
        "Wereldkeuken met nieuwe buren",
        "nieuweburen",
        "vg_nieuweburen",
        "cook contact",
        "FR 16:00-19:30",
        """Elke vrijdag kookt iemand anders een gerecht uit zijn land: Eritrese injera, Syrische
      mezze of gewoon Hollandse stamppot. Nieuwkomers en oud-Veghelaars koken en eten samen.
      Een goede plek om Nederlands te oefenen.""",
        k="s3",
        lang="nl ar ti en",
        f="a",
    ),
    A(
        "Koffie-ochtend in De Populier",
        "wijk_veghel",
        "vg_populier",
        "contact",
        "MO,WE,FR 09:30-11:30",
        """Drie ochtenden per week staat de koffie klaar en is er een gastvrouw die je welkom
      heet. Kranten, een puzzel en vooral veel gesprekken over de wijk.""",
        f="wap",
        k="s1",
        fee="€ 1 voor koffie of thee; de tweede kop is gratis.",
    ),
    A(
        "Huiskamer van De Aakade",
        "welzijn",
        "vg_aakade",
        "contact",
        "MO,TU,WE,TH,FR 10:00-12:00",
        """Elke werkdag is de huiskamer open voor wie even onder de mensen wil zijn. Er zijn
      altijd een vrijwilliger en vaak een welzijnscoach aanwezig voor een praatje of een
      vraag.""",
        f="wabp",
    ),
    A(
        "Spelletjesmiddag in de bibliotheek",
        "bieb",
        "vg_bieb",
        "contact creative",
        "WE 14:00-16:30",
        """Rummikub, scrabble, sjoelen of een nieuw bordspel uit de collectie van de bibliotheek.
      Vrijwilligers leggen de regels uit en zorgen dat niemand alleen zit.""",
        f="wa",
        k="s1",
        fee="€ 1 per middag, inclusief koffie of thee.",
    ),
    A(
        "Taalcafé Veghel",
        "bieb",
        "vg_bieb",
        "contact other",
        "TU 19:00-20:30; SA 10:30-12:00",
        """Nederlands oefenen in een ontspannen gesprek, aan tafels met een vrijwilliger. Elke
      keer een ander onderwerp: de huisarts, boodschappen, het weer. Voor iedereen die
      Nederlands leert, op elk niveau.""",
        lang="nl en ar tr pl ti",
        f="wap",
    ),
    A(
        "Brabantse koffiemiddag",
        "heemkunde",
        "vg_heemkamer",
        "contact creative",
        "TH/2 14:00-16:00",
        """Koffie met worstenbrood en verhalen in het Brabants. Elke keer een thema, zoals de
      kermis, de boerderij of de fabriek, met oude foto's op het scherm. Herkenning en
      herinneringen halen voor ouderen uit de Meierij.""",
        k="s2",
        f="wa",
    ),
    A(
        "Alzheimer café Meierijstad",
        "geheugen",
        "vg_geheugenpaleis",
        "contact relax other",
        "TU/4 19:30-21:30",
        """Eens per vier weken een avond voor mensen met dementie, hun partners, kinderen en
      iedereen die meer wil weten. Een deskundige vertelt over een thema, daarna is er ruimte
      voor vragen en lotgenotencontact. Aanmelden is niet nodig.""",
        f="wap",
    ),
    A(
        "Dagprogramma Ontmoetingscentrum Geheugenpaleis",
        "geheugen",
        "vg_geheugenpaleis",
        "contact creative sport",
        "MO,TU,TH 10:00-15:30",
        """Een dementievriendelijk ontmoetingscentrum voor thuiswonende mensen met beginnende
      dementie. Samen bewegen, koken, muziek maken en wandelen in de belevingstuin, in een
      vaste groep met vaste begeleiders. Mantelzorgers krijgen zo even tijd voor zichzelf.""",
        f="bp",
        apply="Een kennismakingsgesprek via de welzijnscoach, de casemanager dementie "
        "of rechtstreeks bij het Geheugenpaleis. Een indicatie is niet nodig.",
    ),
    A(
        "Mantelzorgcafé Veghel",
        "mantelzorg",
        "vg_samenzorgen",
        "contact relax",
        "WE/2 10:00-11:30",
        """Zorg je voor iemand? In het mantelzorgcafé praat je met anderen die weten hoe dat is.
      Een mantelzorgconsulent schuift aan en kan je verder helpen met vragen over
      respijtzorg of regelingen.""",
        f="wa",
    ),
    A(
        "Jongerenavond De Loods",
        "deloods",
        "vg_deloods",
        "contact creative",
        "TH 19:00-22:00",
        """Een avond voor jongeren van 16 tot 27 jaar: chillen, gamen, een potje tafelvoetbal of
      samen koken. Een jongerenwerker is er voor een serieus gesprek als je daar behoefte aan
      hebt.""",
        age="16-27",
        f="wa",
    ),
    A(
        "Muziekstudio voor tieners",
        "deloods",
        "vg_deloods",
        "creative",
        "WE 15:00-18:00",
        """In de studio van De Loods maak je je eigen beats, neem je rap of zang op en leer je
      mixen. Een muziekcoach helpt je op weg.""",
        age="12-18",
        f="w",
    ),
    A(
        "Open atelier in Herstelhuis De Lantaarn",
        "lantaarn",
        "vg_lantaarn",
        "creative relax contact",
        "TU,TH 13:30-16:00",
        """Tekenen, schilderen, kleien of collages maken in een rustige ruimte. Niets moet, en
      niemand vraagt naar je diagnose. Ervaringsdeskundigen begeleiden het atelier.""",
        f="wa",
    ),
    A(
        "Inloop Herstelhuis De Lantaarn",
        "lantaarn",
        "vg_lantaarn",
        "contact relax",
        "MO,WE,FR 10:00-15:00",
        """Een inloophuis voor mensen met psychische kwetsbaarheid, eenzaamheid of een zware
      periode. Je kunt er een kop koffie drinken, meedoen met de lunch of een gesprek hebben
      met een ervaringsdeskundige.""",
        f="wap",
        fee="Gratis; de lunch kost € 2.",
    ),
    A(
        "Leesclub Het Gelezen Boek",
        "bieb",
        "vg_bieb",
        "creative contact",
        "TH/4 14:00-15:30",
        """Eens per vier weken bespreken we een roman die iedereen heeft gelezen. De boeken
      worden door de bibliotheek geregeld, ook in grote letter en als luisterboek.""",
        k="y25",
    ),
    A(
        "Schrijfgroep Levensverhalen",
        "heemkunde",
        "vg_heemkamer",
        "creative relax",
        "MO/2 10:00-12:00",
        """Schrijf je eigen levensverhaal op, voor jezelf of voor je (klein)kinderen. Elke keer
      een thema, korte schrijfopdrachten en voorlezen aan elkaar. Je hoeft geen schrijver te
      zijn.""",
        k="o25",
        fee="Eenmalig € 25 voor acht bijeenkomsten, inclusief schrift.",
    ),
    A(
        "Vrouwencafé De Verbinding",
        "vrouwen",
        "vg_aakade",
        "contact creative",
        "TH 09:30-11:30",
        """Een ochtend voor vrouwen uit alle culturen: koffie, thee en praten over wat je
      bezighoudt. Soms is er een workshop of een gastspreker. Kinderen tot vier jaar mogen
      mee.""",
        lang="nl ar tr",
        f="wa",
        k="s1",
        fee="€ 1 per keer, inclusief koffie en thee.",
    ),
    A(
        "Turks-Nederlandse theemiddag",
        "nieuweburen",
        "vg_nieuweburen",
        "contact",
        "SA 14:00-17:00",
        """Thee, baklava en gesprekken tussen Turkse en Nederlandse buurtgenoten. Soms met
      muziek of een voorlichting, bijvoorbeeld over de zorg. Iedereen is welkom.""",
        lang="nl tr",
        f="wa",
    ),
    A(
        "Ontmoetingsavond voor Poolse werknemers",
        "nieuweburen",
        "vg_nieuweburen",
        "contact other",
        "FR 19:00-21:00",
        """Een avond voor arbeidsmigranten uit Polen en andere Oost-Europese landen: elkaar
      ontmoeten en vragen stellen over huur, zorgverzekering, belasting of werk. Een
      vrijwilliger spreekt Pools.""",
        lang="pl nl en",
        age="18",
        f="wa",
    ),
    A(
        "Ukelele voor beginners",
        "klankkast",
        "vg_klankkast",
        "creative contact",
        "WE 14:00-15:30",
        """De ukelele is een klein instrument waarmee je snel een liedje begeleidt. In een groep
      van acht leer je de eerste akkoorden. Instrumenten zijn te leen.""",
        k="s5",
    ),
    A(
        "Toneelgroep Het Doek",
        "klankkast",
        "vg_klankkast",
        "creative contact",
        "MO 19:30-22:00",
        """Amateurtoneel voor volwassenen, met een voorstelling in het voorjaar. Spelers,
      decorbouwers en souffleurs zijn welkom.""",
        k="y45",
        status="inactive",
        alert="Gestopt per september 2026: de groep zoekt een nieuwe regisseur.",
    ),
    A(
        "Kleien en keramiek",
        "klankkast",
        "vg_klankkast",
        "creative",
        "FR 10:00-12:30",
        """Werken met klei aan de draaischijf of met de hand: schalen, bekers of beelden. Je
      werk wordt gebakken in de oven van het kunstencentrum.""",
        k="s8",
        fee="€ 8 per keer, inclusief klei en stoken.",
    ),
    A(
        "Handwerkclub Zijtaart",
        "dorpshuizen",
        "zt_zijtak",
        "creative contact",
        "WE 13:30-16:00",
        """Kaarten maken, breien of borduren met de dames en heren van Zijtaart. Gezelligheid
      staat voorop, de koffie ook.""",
        k="s1.5",
        f="wa",
    ),
    A(
        "Klaverjassen in De Heiakker",
        "dorpshuizen",
        "mh_heiakker",
        "contact",
        "MO 19:30-22:30",
        """Elke maandagavond wordt er geklaverjast in Mariaheide, met een kleine prijs voor de
      winnaar. Wie het spel niet kent, kan het leren aan de oefentafel.""",
        k="s2",
        f="wa",
    ),
    A(
        "Dorpsontbijt Eerde",
        "dorpshuizen",
        "ee_eerdsekamer",
        "cook contact",
        "SU/4 09:30-11:30",
        """Eens per vier weken ontbijten we met het dorp: vers brood van de bakker, eitjes en
      verhalen. Alleenstaanden en nieuwe inwoners zijn extra welkom.""",
        k="s5",
        f="a",
    ),
    A(
        "Buurtmaaltijd Zijtaart",
        "dorpshuizen",
        "zt_zijtak",
        "cook contact",
        "WE/2 12:00-13:30",
        """Om de week een warme lunch in het gemeenschapshuis, gekookt door dorpsgenoten. Vooral
      ouderen komen, maar iedereen mag aanschuiven.""",
        k="s6.5",
        f="a",
    ),
    A(
        "Kienen in De Populier",
        "wijk_veghel",
        "vg_populier",
        "contact",
        "TU 14:00-16:30",
        """Een ouderwetse kienmiddag met mooie prijzen en een loterij in de pauze.""",
        k="s1",
        f="wa",
        fee="€ 1 per kaart.",
    ),
    A(
        "Filmmiddag in De Klankkast",
        "klankkast",
        "vg_klankkast",
        "creative contact",
        "SU/2 14:00-16:30",
        """Een goede film in de theaterzaal, met koffie vooraf en een korte nabespreking voor
      wie wil.""",
        k="s4",
        f="a",
    ),
    A(
        "Schaken en dammen in de bibliotheek",
        "bieb",
        "vg_bieb",
        "contact",
        "SA 10:00-12:30",
        """Borden en klokken staan klaar. Beginners leren de regels, gevorderden spelen een
      partij. Geen lidmaatschap nodig.""",
        f="wa",
    ),
]
