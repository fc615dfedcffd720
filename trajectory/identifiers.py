"""Direct identifiers in free text: a referral's reason and the client reference must carry
none (AVG: the service stores no names, BSN, birth dates or addresses of clients).

A heuristic, on purpose strict: a full date of any kind counts as a possible birth date, any
Dutch six-character postal code counts (with or without a house number), as does a street
name with a house number. Names cannot be recognised reliably; the client reference must
therefore hold a digit (a plain name is refused) and the reason is limited to 500 characters.
"""

import re

# kind -> Dutch description, as a coach or referrer reads it
KINDS = {
    "bsn": "een BSN",
    "birth_date": "een (geboorte)datum",
    "email": "een e-mailadres",
    "phone": "een telefoonnummer",
    "address": "een postcode of adres met huisnummer",
}

_NINE_DIGITS = re.compile(r"(?<!\d)(\d[\s.-]?){8}\d(?!\d)")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATES = [
    re.compile(r"(?<!\d)\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?(\d{4}|\d{2})(?!\d)"),  # 1-2-1950
    re.compile(r"(?<!\d)(19|20)\d{2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}(?!\d)"),  # 1950-02-01
    re.compile(rf"(?<!\d)\d{{1,2}}\s*({_MONTHS})\.?\s*(19|20)?\d{{2}}(?!\d)", re.I),  # 1 feb 1950
    re.compile(r"(?<!\d)[0-3]\d[01]\d(19|20)\d{2}(?!\d)"),  # 01021950
    re.compile(r"\b(geb\.?|geboren|geboortedatum)\s*[:]?\s*\d", re.I),
]
_EMAIL = re.compile(r"[\w.+-]+\s?(@|\(at\)|\[at\])\s?[\w-]+(\.[\w-]+)+", re.I)
_PHONE = [
    re.compile(r"(?<![\d\w])(\+|00)\s?31[\s.-]?(\(0\))?[\s.-]?\d([\s.-]?\d){7,8}(?!\d)"),
    re.compile(r"(?<![\d\w])0\d([\s.-]?\d){8}(?!\d)"),  # 0612345678, 010-1234567, 06 12 34 56 78
]
# "5461 AB", "5461AB", "5461ab" (not "2020 is": lower case only without the space)
_POSTAL_CODE = re.compile(r"(?<!\d)[1-9]\d{3}(\s?[A-Z]{2}|[a-z]{2})(?![A-Za-z])")
_STREET_NUMBER = re.compile(
    r"\b[A-Za-zÀ-ÿ'-]{2,}(straat|laan|weg|plein|dijk|singel|gracht|kade|hof|pad|steeg|dreef|"
    r"markt|allee|akker|hoeve)\s+\d+\s?[a-zA-Z]?\b",
    re.I,
)


def _elfproef(digits: str) -> bool:
    """The BSN's eleven test: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11."""
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def identifiers_in(text: str) -> list[str]:
    """The kinds of direct identifier the text seems to hold (keys of ``KINDS``), in order."""
    found = []
    for m in _NINE_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if _elfproef(digits):
            found.append("bsn")
            break
    if any(p.search(text) for p in _DATES):
        found.append("birth_date")
    if _EMAIL.search(text):
        found.append("email")
    if any(p.search(text) for p in _PHONE):
        found.append("phone")
    if _POSTAL_CODE.search(text) or _STREET_NUMBER.search(text):
        found.append("address")
    return found


def describe(kinds: list[str]) -> str:
    """A Dutch message for the found kinds: 'lijkt een BSN en een e-mailadres te bevatten'."""
    names = [KINDS[k] for k in kinds]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
    return (
        f"De tekst lijkt {listed} te bevatten; vermeld geen gegevens die de cliënt herkenbaar "
        "maken."
    )


CLIENT_REFERENCE = re.compile(r"^[A-Za-z0-9-]{4,40}$")


def client_reference_problem(value: str) -> str | None:
    """Why a pseudonymous client reference is refused (Dutch), or None when it is fine."""
    if not CLIENT_REFERENCE.fullmatch(value):
        return "Gebruik 4-40 tekens: letters, cijfers en '-' (bijvoorbeeld ZD-7F3K2)."
    if not any(ch.isdigit() for ch in value):
        return "Een cliëntreferentie bevat minstens één cijfer; gebruik nooit een naam."
    kinds = identifiers_in(value) or identifiers_in(value.replace("-", " "))
    if kinds:
        return (
            f"De referentie lijkt {KINDS[kinds[0]]} te zijn; kies een pseudoniem "
            "kenmerk (bijvoorbeeld ZD-7F3K2)."
        )
    return None
