"""Activities in wijk Schijndel, part 2: meeting, meaning, volunteering, help. Fictional."""

from spec import A

ACTIVITIES = [
    A(
        "Huiskamer De Lindeboom",
        "ontmoet_schijndel",
        "sc_lindeboom",
        "contact",
        "MO,TU,WE,TH,FR 10:00-16:00",
        """De huiskamer van De Lindeboom is elke werkdag open. Je kunt er de krant lezen, een
      spelletje doen of gewoon even niet alleen zijn. Er is altijd een gastvrouw of gastheer
      die je wegwijs maakt.""",
        f="wap",
    ),
    A(
        "Koffie-ochtend De Molenwiek",
        "ontmoet_schijndel",
        "sc_molenwiek",
        "contact",
        "TU,FR 09:30-11:30",
        """Twee ochtenden per week koffie en thee in de boerderijkamer van De Molenwiek. Vaak
      schuift de wijkagent of de wijkverpleegkundige even aan.""",
        f="wa",
        k="s1",
        fee="€ 1 voor koffie of thee met iets lekkers.",
    ),
    A(
        "Spelletjesmiddag De Molenwiek",
        "ontmoet_schijndel",
        "sc_molenwiek",
        "contact",
        "WE 14:00-16:30",
        """Sjoelen, kaarten, rummikub of Mens-erger-je-niet: er is altijd wel een tafel waar een
      speler tekortkomt.""",
        k="s1",
        f="wa",
        fee="€ 1 per middag, inclusief koffie.",
    ),
    A(
        "Taalcafé Schijndel",
        "bieb",
        "sc_bieb",
        "contact other",
        "TH 14:00-15:30",
        """Oefen je Nederlands in een gezellige groep. Elke week een thema uit het dagelijks
      leven; de vrijwilligers zorgen dat iedereen aan het woord komt.""",
        lang="nl ar ti tr en",
        f="wap",
    ),
    A(
        "Dialectmiddag: Schijndels gesproken",
        "heemkunde",
        "sc_bieb",
        "contact creative",
        "MO/4 14:00-16:00",
        """Eens per vier weken praten, lezen en zingen we in het Schijndels dialect. Er worden
      gedichten voorgelezen en oude woorden uitgezocht. Ook wie het dialect alleen verstaat,
      is welkom.""",
        k="s2",
        f="wa",
    ),
    A(
        "Mantelzorgcafé Schijndel",
        "mantelzorg",
        "sc_lindeboom",
        "contact relax",
        "TH/4 19:30-21:30",
        """Een avond voor mantelzorgers met een thema, zoals rouw, grenzen stellen of regelingen.
      Daarna is er tijd om ervaringen te delen met anderen die voor een naaste zorgen.""",
        f="wa",
    ),
    A(
        "Open stilte in De Ark",
        "parochie",
        "sc_ark",
        "relax",
        "MO,WE,FR 10:00-16:00",
        """Het stiltecentrum is drie dagen per week open om even tot rust te komen, een kaars aan
      te steken of te lezen. Een vrijwilliger is aanwezig voor een gesprek als je dat wilt.""",
        f="wa",
    ),
    A(
        "Samen mediteren in De Ark",
        "parochie",
        "sc_ark",
        "relax",
        "TH 19:30-20:30",
        """Een half uur stille meditatie, voorafgegaan door een korte uitleg voor nieuwkomers.
      Kussens en krukjes zijn er; een stoel mag ook.""",
        f="wa",
    ),
    A(
        "Levenskunstcafé",
        "parochie",
        "sc_ark",
        "relax contact",
        "SU/4 10:30-12:00",
        """Op zondagochtend praten we over levensvragen aan de hand van een film, boek of
      gedicht. Geen preek, wel goede gesprekken en koffie.""",
        f="a",
    ),
    A(
        "Rouwcafé Schijndel",
        "parochie",
        "sc_ark",
        "relax contact",
        "WE/4 14:00-16:00",
        """Een inloopmiddag voor iedereen die rouwt, kort of lang geleden. Je mag vertellen of
      alleen luisteren. Een rouwconsulent en twee vrijwilligers zijn aanwezig.""",
        f="wab",
    ),
    A(
        "Yoga in De Molenwiek",
        "ontmoet_schijndel",
        "sc_molenwiek",
        "sport relax",
        "MO 19:00-20:15",
        """Hatha-yoga voor beginners en licht gevorderden, in de hobbyzaal van De Molenwiek. Neem
      een matje en een deken mee.""",
        k="s7",
    ),
    A(
        "Vrijwilliger bij kringloopwinkel Tweede Ronde Schijndel",
        "tweederonde",
        "sc_tweederonde",
        "vol contact",
        "MO,TU,WE,TH,FR,SA 09:30-17:00 #Dagdelen in overleg.",
        """Meubels ophalen, boeken sorteren of klanten helpen: de kringloopwinkel draait op
      vrijwilligers. Je kiest zelf hoeveel dagdelen je komt.""",
        f="bp",
    ),
    A(
        "Fietsenwerkplaats voor nieuwkomers",
        "tweederonde",
        "sc_tweederonde",
        "vol creative other",
        "WE 13:00-16:30",
        """Samen knappen we gedoneerde fietsen op voor statushouders en andere nieuwkomers.
      Sleutelaars leren het vak aan wie mee wil doen; nieuwkomers mogen zelf meewerken aan hun
      eigen fiets.""",
        lang="nl en ar ti",
        f="a",
    ),
    A(
        "Repair Café Schijndel",
        "maakhetweer",
        "sc_molenwiek",
        "vol contact other",
        "SA/4 10:00-13:00",
        """Eens per vier weken repareren vrijwilligers kapotte spullen: van lampen en koffiezetters
      tot kleding en fietsen. Je kijkt mee en leert hoe je het zelf doet.""",
        f="wa",
        fee="Gratis; je betaalt alleen eventuele onderdelen.",
    ),
    A(
        "Gastvrouw in restaurant De Meidoorn",
        "welzijn",
        "sc_meidoorn",
        "vol contact",
        "MO,TU,WE,TH,FR 11:30-14:00 #Eén of meer middagen per week.",
        """Als vrijwilliger ontvang je de gasten van het restaurant, schenk je koffie en maak je een
      praatje. Geschikt voor wie graag onder de mensen is.""",
        f="a",
    ),
    A(
        "Uitgiftepunt voedselhulp Schijndel",
        "uitdeelkast",
        "sc_lindeboom",
        "vol",
        "WE 13:00-16:00",
        """Op woensdagmiddag geeft De Uitdeelkast in De Lindeboom voedselpakketten uit. Help mee
      met klaarzetten, uitgeven en opruimen.""",
        age="18",
    ),
    A(
        "Formulierenhulp Schijndel",
        "opordepapier",
        "sc_bieb",
        "other",
        "MO 13:30-15:30",
        """Een vrijwilliger helpt je met formulieren van de gemeente, de Belastingdienst of je
      zorgverzekeraar. Neem je papieren en je DigiD-gegevens mee.""",
        f="wp",
    ),
    A(
        "Digicafé Schijndel",
        "bieb",
        "sc_bieb",
        "other contact",
        "TH 10:00-12:00",
        """Met je vragen over telefoon, tablet en laptop kun je terecht in het Digicafé. Koffie
      erbij, en geen vraag is te gek.""",
        f="wap",
    ),
    A(
        "Cursus Digisterker: zaken regelen met de overheid",
        "bieb",
        "sc_bieb",
        "other",
        "TU 10:00-12:00 @2027-01-12..2027-02-16",
        """In zes lessen leer je inloggen met DigiD, je gegevens bekijken bij de Belastingdienst
      en een afspraak maken bij de gemeente.""",
        f="p",
    ),
    A(
        "Oudercafé Schijndel",
        "opvoedpunt",
        "sc_molenwiek",
        "other contact",
        "WE/2 09:00-10:30",
        """Ouders van jonge kinderen praten met elkaar over opvoeden, slapen en eten. Een
      opvoedcoach is erbij en geeft tips op maat.""",
        lang="nl ar pl",
        f="wa",
    ),
    A(
        "Pop-up jongerencafé Schijndel",
        "deloods",
        "sc_molenwiek",
        "contact",
        "FR 20:00-23:00",
        """Een jongerencafé op vrijdagavond voor 16- tot 27-jarigen, met muziek, spelletjes en
      een jongerenwerker.""",
        age="16-27",
        status="inactive",
        alert="Tijdelijk gestopt: De Loods zoekt een nieuwe plek in Schijndel.",
    ),
    A(
        "Vrouwenavond De Verbinding Schijndel",
        "vrouwen",
        "sc_lindeboom",
        "creative contact",
        "MO/2 19:30-21:30",
        """Om de week een avond voor vrouwen: een creatieve workshop, een lezing of gewoon
      bijpraten. Het programma maken we samen.""",
        k="y20",
        f="a",
    ),
    A(
        "Koffiemiddag voor nieuwkomers",
        "nieuweburen",
        "sc_bieb",
        "contact other",
        "SA 14:00-16:00",
        """Een ontmoetingsmiddag voor statushouders en andere nieuwkomers in Schijndel. Vragen
      over post, school of werk worden beantwoord door vrijwilligers die de weg kennen.""",
        lang="nl ar ti en",
        f="wap",
    ),
    A(
        "Klaverjasclub Wijbosch",
        "dorpshuizen",
        "wb_boske",
        "contact",
        "TH 19:30-22:30",
        """Klaverjassen in competitieverband, maar vooral voor de gezelligheid. Nieuwe spelers
      worden aan een vaste maat gekoppeld.""",
        k="s2",
    ),
    A(
        "Dorpskoffie Wijbosch",
        "dorpshuizen",
        "wb_boske",
        "contact",
        "WE 10:00-11:30",
        """Elke woensdagochtend koffie met dorpsgenoten in 't Boske. Het dorpsnieuws krijg je er
      gratis bij.""",
        f="wa",
        k="s1",
        fee="€ 1 voor koffie met een koekje.",
    ),
    A(
        "Gym 55-plus in Wijbosch",
        "dorpshuizen",
        "wb_boske",
        "sport contact",
        "MO 09:30-10:30",
        """Een uur oefenen op muziek voor 55-plussers uit Wijbosch en Schijndel. Daarna koffie aan
      de bar.""",
        k="m9",
        age="55",
        f="a",
    ),
    A(
        "Geheugentraining Blijf scherp",
        "welzijn",
        "sc_meidoorn",
        "relax other",
        "FR 10:00-11:30 @2027-01-08..2027-03-05",
        """Acht bijeenkomsten over hoe je geheugen werkt en wat je kunt doen om het te trainen,
      met puzzels, spelletjes en praktische tips.""",
        k="o20",
        age="55",
    ),
    A(
        "Wandelmaatje voor bewoners van De Meidoorn",
        "welzijn",
        "sc_meidoorn",
        "vol sport contact",
        "MO,TU,WE,TH,FR 14:00-16:00 #Eén middag per week, dag in overleg.",
        """Bewoners van De Meidoorn komen graag even buiten. Als wandelmaatje ga je een uurtje
      met iemand op pad, lopend of met de rolstoel.""",
        f="a",
    ),
]
