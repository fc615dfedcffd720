"""Fictional organisations of the demo map. Any likeness to a real organisation is chance.

key: (name, description, domain). Website ``https://www.<domain>/``, e-mail ``info@<domain>``.
All domains end in ``.example`` (RFC 2606) and can never resolve.
"""

ORGANISATIONS = {
    "welzijn": (
        "Stichting Dichtbij Welzijn Meierijstad",
        "Welzijnsorganisatie voor heel Meierijstad: welzijnscoaches (Welzijn op Recept), "
        "buurtwerk, ouderenwerk, vrijwilligerscentrale en maatjesprojecten.",
        "dichtbij-welzijn.example",
    ),
    "wijk_veghel": (
        "Stichting Wijkcentra Veghel",
        "Beheert de wijkcentra in Veghel; vrijwilligers organiseren er inloop, cursussen "
        "en ontmoeting voor alle leeftijden.",
        "wijkcentra-veghel.example",
    ),
    "ontmoet_schijndel": (
        "Stichting Ontmoetingshuizen Schijndel",
        "Twee ontmoetingshuizen in Schijndel met een huiskamer, activiteiten en een "
        "vrijwilligersteam dat iedereen welkom heet.",
        "ontmoeten-schijndel.example",
    ),
    "rooi_ontmoet": (
        "Stichting Rooi Ontmoet",
        "Organiseert ontmoeting en activiteiten in Sint-Oedenrode en Eerschot, vanuit "
        "Ontmoetingscentrum De Dommelkamer en Wijkhuis Het Kwadrant.",
        "rooi-ontmoet.example",
    ),
    "dorpshuizen": (
        "Vereniging Samenwerkende Dorpshuizen Meierijstad",
        "Koepel van de dorpshuizen in de kleine kernen: Eerde, Zijtaart, Mariaheide, "
        "Wijbosch, Boskant, Nijnsel, Olland, Erp, Boerdonk en Keldonk.",
        "dorpshuizen-meierijstad.example",
    ),
    "beweegteam": (
        "Beweegteam Meierijstad",
        "De buurtsportcoaches van Meierijstad: laagdrempelig bewegen in de wijk, voor "
        "mensen die (weer) willen beginnen.",
        "beweegteam-meierijstad.example",
    ),
    "vitaal": (
        "Omnisportvereniging Vitaal Veghel",
        "Sportvereniging met gym, badminton, seniorensport, walking football en aangepast sporten.",
        "vitaal-veghel.example",
    ),
    "bieb": (
        "Bibliotheek Vier Kernen",
        "Bibliotheek met vestigingen in Veghel, Schijndel en Sint-Oedenrode: boeken, "
        "digitale hulp, taalpunt en leesclubs.",
        "bibliotheek-vierkernen.example",
    ),
    "wilgenerf": (
        "Zorgboerderij Het Wilgenerf",
        "Zorgboerderij in Keldonk met koeien, kippen, een moestuin en een houtwerkplaats; "
        "dagbesteding en vrijwilligerswerk.",
        "wilgenerf.example",
    ),
    "parochie": (
        "Parochie Heilige Clara Meierijstad",
        "Rooms-katholieke parochie met geloofsgemeenschappen in Veghel, Erp, "
        "Sint-Oedenrode en Schijndel; pastoraat en diaconie.",
        "parochie-clara.example",
    ),
    "vrouwen": (
        "Vrouwennetwerk De Verbinding",
        "Vereniging van en voor vrouwen in Meierijstad: ontmoeten, leren en samen "
        "creatief bezig zijn.",
        "vrouwennetwerk-verbinding.example",
    ),
    "nieuweburen": (
        "Stichting Nieuwe Buren Meierijstad",
        "Ondersteunt nieuwkomers (statushouders en arbeidsmigranten) met taal, "
        "ontmoeting en praktische hulp.",
        "nieuwe-buren.example",
    ),
    "opordepapier": (
        "Stichting Papier Op Orde",
        "Vrijwillige thuisadministratie, formulierenhulp en geldmaatjes voor inwoners "
        "van Meierijstad.",
        "papier-op-orde.example",
    ),
    "zonnewijzer": (
        "Stichting De Zonnewijzer",
        "Vrijwilligers bezoeken mensen die ziek zijn of een beperking hebben en "
        "organiseren aangepaste uitstapjes.",
        "zonnewijzer.example",
    ),
    "ooievaar": (
        "Natuurvereniging De Ooievaar",
        "Natuurvereniging voor Meierijstad: excursies, vogelwerkgroep, natuurwerkdagen "
        "en natuureducatie.",
        "natuur-ooievaar.example",
    ),
    "maakhetweer": (
        "Stichting Maak Het Weer",
        "Repair cafés en een deelwerkplaats in Meierijstad: samen repareren in plaats "
        "van weggooien.",
        "maak-het-weer.example",
    ),
    "smaakmakers": (
        "Kookstudio Smaakmakers",
        "Kookstudio in Veghel met kookworkshops en sociale kookprojecten, samen met "
        "de welzijnsorganisatie.",
        "smaakmakers-kookstudio.example",
    ),
    "koren": (
        "Korenplatform Meierijstad",
        "Samenwerkende koren en zanggroepen in Meierijstad; helpt nieuwe zangers een "
        "koor te vinden.",
        "korenplatform.example",
    ),
    "vollegrond": (
        "Tuindersvereniging De Volle Grond",
        "Volkstuinen en een gemeenschappelijke moestuin in Veghel, Schijndel en Sint-Oedenrode.",
        "volle-grond.example",
    ),
    "klankkast": (
        "Kunstencentrum De Klankkast",
        "Muziekschool en kunstencentrum: lessen, ateliers, fotografie en "
        "projecten voor volwassenen en jongeren.",
        "klankkast.example",
    ),
    "mantelzorg": (
        "Mantelzorgpunt Samen Zorgen",
        "Informatie, advies, lotgenotencontact en respijtzorg voor mantelzorgers in Meierijstad.",
        "samen-zorgen.example",
    ),
    "lantaarn": (
        "Herstelhuis De Lantaarn",
        "Inloophuis voor mensen met psychische kwetsbaarheid, gerund door "
        "ervaringsdeskundigen en vrijwilligers.",
        "herstelhuis-lantaarn.example",
    ),
    "geheugen": (
        "Stichting Geheugenpaleis",
        "Dementievriendelijk ontmoetingscentrum in Veghel en organisator van het "
        "Alzheimer café in Meierijstad.",
        "geheugenpaleis.example",
    ),
    "deloods": (
        "Jongerenplek De Loods",
        "Jongerenwerk voor jongeren en jongvolwassenen van 12 tot 27 jaar.",
        "jongerenplek-deloods.example",
    ),
    "uitdeelkast": (
        "Stichting Voedselhulp De Uitdeelkast",
        "Voedselhulp voor huishoudens die tijdelijk niet rondkomen; draait volledig "
        "op vrijwilligers.",
        "uitdeelkast.example",
    ),
    "tweederonde": (
        "Kringloopwinkel Tweede Ronde",
        "Kringloopwinkels in Veghel en Schijndel met werkervarings- en vrijwilligersplekken.",
        "tweede-ronde.example",
    ),
    "snuffelhoek": (
        "Dierenopvang De Snuffelhoek",
        "Opvang voor zwerfkatten, konijnen en honden aan de rand van Veghel.",
        "snuffelhoek.example",
    ),
    "kernenpendel": (
        "Buurtbusvereniging De Kernenpendel",
        "Buurtbus met vrijwillige chauffeurs tussen Erp, Boerdonk, Keldonk en Veghel.",
        "kernenpendel.example",
    ),
    "heemkunde": (
        "Heemkundekring De Wilde Wingerd",
        "Heemkundekring voor Meierijstad: verhalen, dialect en geschiedenis van de streek.",
        "wilde-wingerd.example",
    ),
    "opvoedpunt": (
        "Opvoedpunt Thuis & Kind",
        "Opvoedondersteuning voor ouders en verzorgers: cursussen, spreekuren en oudergroepen.",
        "thuis-en-kind.example",
    ),
}


def website(key: str) -> str:
    return f"https://www.{ORGANISATIONS[key][2]}/"


def email(key: str) -> str:
    return f"info@{ORGANISATIONS[key][2]}"
