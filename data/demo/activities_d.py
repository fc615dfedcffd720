"""Activities in wijk Schijndel, part 1: moving, nature, cooking, creative. Fictional.

Designed hole: no free cooking_food activity in Schijndel (every one has a price).
"""

from spec import A

ACTIVITIES = [
    A(
        "Wandelgroep Schijndel Stapt Op",
        "beweegteam",
        "sc_park",
        "sport nature contact",
        "MO 10:00-11:30",
        """Op maandagochtend vertrekken we bij de vijver voor een wandeling van vijf kilometer,
      door het park en langs de akkers aan de rand van het dorp. Er lopen twee begeleiders
      mee, zodat er altijd iemand achteraan loopt. Koffie na afloop in De Lindeboom.""",
        f="wa",
    ),
    A(
        "Nordic walking op de Schijndelse Heide",
        "beweegteam",
        "sc_heide",
        "sport nature",
        "WE 09:00-10:15; SA 09:00-10:15",
        """Twee keer per week nordic walken over de zandpaden van de heide, onder leiding van
      een gediplomeerde trainer. Beginners krijgen eerst drie techniekslessen en kunnen
      stokken lenen.""",
        k="m9",
    ),
    A(
        "Ouderenzwemmen in De Wellen",
        "beweegteam",
        "sc_wellen",
        "sport",
        "MO,TH 10:00-11:00",
        """Baantjes zwemmen of rustig bewegen in het doelgroepenbad. Dankzij de beweegbare bodem
      stap je makkelijk in en uit. Na afloop koffie in de kantine.""",
        k="s3.75",
        age="55",
        f="wa",
    ),
    A(
        "Bewegen in warm water bij pijnklachten",
        "beweegteam",
        "sc_wellen",
        "sport relax",
        "WE 14:00-15:00",
        """Oefeningen in water van 32 graden voor mensen met chronische pijn, artrose of
      fibromyalgie. Het warme water ontspant de spieren; een fysiotherapeut begeleidt de
      groep.""",
        k="s5",
    ),
    A(
        "Stoelgym in De Meidoorn",
        "welzijn",
        "sc_meidoorn",
        "sport contact",
        "TU 10:30-11:15",
        """Gym op de stoel voor bewoners van De Meidoorn en ouderen uit de buurt. Met ballen,
      linten en muziek van vroeger. Daarna blijft iedereen hangen voor koffie.""",
        k="s1.5",
        age="60",
        f="wap",
    ),
    A(
        "Jeu de boules bij De Kaatsbal",
        "ontmoet_schijndel",
        "sc_kaatsbal",
        "sport contact",
        "MO,WE 13:30-16:30",
        """Onder de overkapping speel je ook bij regen. Elke middag worden de teams geloot.
      Nieuwe spelers krijgen ballen te leen en een korte uitleg van de regels.""",
        k="y25",
        f="wa",
    ),
    A(
        "Koersbal in De Lindeboom",
        "ontmoet_schijndel",
        "sc_lindeboom",
        "sport contact",
        "TH 14:00-16:00",
        """Een rustig balspel op de mat, zittend of staand te spelen. Na twee rondes is er pauze
      met koffie, thee en een praatje.""",
        k="s1.5",
        f="wa",
    ),
    A(
        "Biljarten in De Molenwiek",
        "ontmoet_schijndel",
        "sc_molenwiek",
        "sport contact",
        "TU,FR 13:00-17:00",
        """Twee biljarttafels in de voorkamer van De Molenwiek. Een vaste groep speelt libre en
      legt het je graag uit. Geen competitie, wel een ladder voor wie wil.""",
        k="y30",
        f="a",
    ),
    A(
        "Beweegtuinles bij Het Kompas",
        "beweegteam",
        "sc_kompas",
        "sport nature",
        "TH 09:30-10:30",
        """De buurtsportcoach laat zien hoe je de toestellen in de beweegtuin gebruikt: voor
      balans, kracht en conditie. Voor alle leeftijden en elk niveau.""",
        f="wa",
    ),
    A(
        "Volleybal 50-plus",
        "beweegteam",
        "sc_kompas",
        "sport contact",
        "TU 20:00-21:30",
        """Recreatief volleybal voor vijftigers en zestigers, met een lager net en zonder
      sprongen. Het gaat om bewegen en lol, niet om winnen.""",
        k="y75",
        age="50",
        status="inactive",
        alert="Gestopt: de zaal is niet meer beschikbaar op dinsdagavond. Volleyballers "
        "kunnen terecht bij Vitaal Veghel.",
    ),
    A(
        "Line dance in Wijbosch",
        "dorpshuizen",
        "wb_boske",
        "sport creative contact",
        "WE 14:00-15:30",
        """Elke woensdagmiddag wordt er in de zaal van 't Boske gedanst op countrymuziek. De
      danslerares doet alles rustig voor. Laarzen zijn niet verplicht.""",
        k="s3.5",
        f="wa",
    ),
    A(
        "Duofietsen vanuit De Meidoorn",
        "welzijn",
        "sc_meidoorn",
        "sport nature contact",
        "TU,TH 10:00-16:00 #Ritten van een à twee uur, tijd in overleg.",
        """Met de duofiets van De Meidoorn maak je samen met een vrijwilliger een tocht door het
      buitengebied van Schijndel. Jij bepaalt hoe ver en hoe hard je meetrapt.""",
        f="bp",
        apply="Reserveer een rit bij de receptie van De Meidoorn of via je welzijnscoach.",
    ),
    A(
        "Natuurexcursie Schijndelse Heide",
        "ooievaar",
        "sc_heide",
        "nature sport",
        "SA/2 09:30-11:30",
        """Een natuurgids neemt je mee over de heide en door het bos en laat zien wat er per
      seizoen te beleven is: heideblauwtjes, jeneverbessen of sporen van reeën.""",
        f="w",
        k="s2",
        fee="€ 2 per excursie; leden van de natuurvereniging gratis.",
    ),
    A(
        "Avondexcursie uilen en vleermuizen",
        "ooievaar",
        "sc_heide",
        "nature",
        "FR 21:00-22:30 @2026-05-01..2026-09-11",
        """Met een batdetector op zoek naar vleermuizen en luisteren naar de bosuil. Neem een
      zaklamp mee. Kinderen vanaf acht jaar mogen mee onder begeleiding.""",
        k="s3",
        ad="2025-06-02",
    ),
    A(
        "Volkstuinen Achter de Molen",
        "vollegrond",
        "sc_molenakker",
        "nature",
        "MO,TU,WE,TH,FR,SA 08:00-20:00 #De kantine is open op woensdag- en zaterdagochtend.",
        """Een eigen volkstuin huren in Schijndel, met water, een gereedschapsschuur en
      behulpzame buren. Beginners krijgen een tuinmaatje.""",
        k="y55",
        wait="Er zijn op dit moment drie tuinen vrij.",
    ),
    A(
        "Pluktuin-ochtend Achter de Molen",
        "vollegrond",
        "sc_molenakker",
        "nature vol contact",
        "TU 09:00-11:30 @2026-03-03..2026-11-24",
        """In de gezamenlijke pluktuin zaaien en wieden we bloemen, die daarna naar bewoners van
      De Meidoorn gaan. Geen ervaring nodig, wel zin om buiten te zijn.""",
        f="wa",
    ),
    A(
        "Natuurwerkdag op de Schijndelse Heide",
        "ooievaar",
        "sc_heide",
        "nature vol sport",
        "SA/4 09:00-12:30 @2026-10-03..2027-03-27",
        """Eens per vier weken helpen we de boswachter: opslag verwijderen, takkenrillen maken en
      poelen schonen. Gereedschap en soep worden geregeld.""",
        f="wa",
    ),
    A(
        "Kookcafé De Pollepel",
        "ontmoet_schijndel",
        "sc_pollepel",
        "cook contact",
        "TU 16:30-19:00",
        """Vanaf half vijf koken we met een groep buurtbewoners een eenvoudige maaltijd, om zes
      uur schuift de rest aan. Iedereen doet iets, al is het de afwas.""",
        k="s5.5",
        f="a",
        fee="€ 5,50 per maaltijd. Een maaltijd minder kan voor € 3 met de Meedoenpas.",
    ),
    A(
        "Samen eten in restaurant De Meidoorn",
        "welzijn",
        "sc_meidoorn",
        "cook contact",
        "MO,WE,FR 12:00-13:30",
        """Het restaurant van woonzorgcentrum De Meidoorn is open voor ouderen uit de buurt. Je
      eet een warme maaltijd aan tafel met bewoners en andere buurtgenoten.""",
        k="s8",
        fee="€ 8 voor een driegangenmaaltijd.",
        age="55",
        f="a",
    ),
    A(
        "Kookworkshop De Brabantse pot",
        "ontmoet_schijndel",
        "sc_pollepel",
        "cook creative",
        "TH/2 18:30-21:00",
        """Stamppot, zuurkool, balletjes in tomatensaus en appeltaart: de Brabantse keuken in een
      gezonder jasje. Je kookt in tweetallen en eet het samen op.""",
        k="s7.5",
    ),
    A(
        "Buurtmaaltijd in Wijbosch",
        "dorpshuizen",
        "wb_boske",
        "cook contact",
        "WE/2 17:30-19:30",
        """Om de week kookt een ploeg vrijwilligers uit Wijbosch een stevige maaltijd. Je eet
      met dorpsgenoten aan één lange tafel.""",
        k="s6",
    ),
    A(
        "Koken voor kerels",
        "ontmoet_schijndel",
        "sc_pollepel",
        "cook contact",
        "MO 17:00-20:00",
        """Een kookgroep voor mannen van alle leeftijden: samen boodschappen doen, koken en eten.
      Geen ervaring nodig; de vaste kok houdt het eenvoudig.""",
        k="m20",
        age="18",
        f="a",
    ),
    A(
        "Soep en brood in De Molenwiek",
        "ontmoet_schijndel",
        "sc_molenwiek",
        "cook contact",
        "FR 12:00-13:30",
        """Elke vrijdag verse soep met brood en beleg, gemaakt door vrijwilligers. Aanschuiven kan
      zonder aanmelding.""",
        k="s2.5",
        f="wa",
        fee="€ 2,50 voor soep, brood en koffie.",
    ),
    A(
        "Zanggroep Zilverstem",
        "koren",
        "sc_lindeboom",
        "creative contact",
        "TU 10:00-11:45",
        """Een zanggroep voor 55-plussers die Nederlandstalige liedjes, smartlappen en
      levensliederen zingt. Optreden doen we een paar keer per jaar in zorgcentra.""",
        k="m8",
        age="55",
        f="a",
    ),
    A(
        "Fotogroep De Beeldspraak",
        "klankkast",
        "sc_beeldspraak",
        "creative contact",
        "WE/2 19:30-22:00",
        """Om de week bespreken we elkaars foto's en krijg je een opdracht mee. Een paar keer per
      jaar gaan we samen op fotosafari. Elke camera, ook een telefoon, is goed.""",
        k="y40",
    ),
    A(
        "Houtbewerking in De Krullenbak",
        "maakhetweer",
        "sc_krullenbak",
        "creative vol",
        "MO,TH 09:00-12:00",
        """In de houtwerkplaats maak je je eigen project, van een krukje tot een speelgoedauto,
      of help je mee met reparaties voor de buurt. Ervaren vrijwilligers begeleiden je aan de
      machines.""",
        k="s2.5",
        age="18",
        f="a",
    ),
    A(
        "Aquarelleren voor beginners",
        "klankkast",
        "sc_molenwiek",
        "creative",
        "WE 09:30-11:30 @2027-01-13..2027-03-17",
        """In tien lessen leer je de basis van het aquarelleren: nat-in-nat, lucht en water
      schilderen. Materiaal krijg je in bruikleen.""",
        k="o45",
        ad="2026-11-12",
    ),
    A(
        "Handwerkcafé De Lindeboom",
        "ontmoet_schijndel",
        "sc_lindeboom",
        "creative contact",
        "TH 09:30-11:30",
        """Breien, haken of borduren met je eigen werk, samen aan tafel. Er ligt garen voor wie
      iets voor het goede doel wil maken.""",
        f="wa",
        k="s1",
        fee="€ 1 per ochtend voor koffie en thee.",
    ),
]
