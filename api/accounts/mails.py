"""The mails people get from the service (in Dutch): an invitation and a password reset.

A link's code travels after ``#`` in the address: browsers never send that part to a
server, so it is in no access log and no Referer header; the page reads it.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from flask import current_app, request

from api.account_store import Account

ROLE_NL = {
    "admin": "beheerder",
    "coach": "welzijnscoach",
    "provider": "aanbieder",
    "municipality": "gemeente",
    "referrer": "verwijzer (huisartsenpraktijk)",
}
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def base_url() -> str:
    """SOCIALMAP_PUBLIC_URL, else the address this request came to."""
    return (current_app.config.get("PUBLIC_URL") or request.host_url).rstrip("/")


def link(code: str) -> str:
    return f"{base_url()}/wachtwoord#code={code}"


def _when(value: datetime) -> str:
    local = value.astimezone(AMSTERDAM)
    return f"{local.day}-{local.month}-{local.year} om {local:%H:%M}"


def invitation(
    account: Account, inviter: str, organization: str | None, code: str, expires: datetime
) -> tuple[str, str]:
    """(subject, text) of an invitation."""
    where = f" bij {organization}" if organization else ""
    text = (
        f"Hallo {account.display_name},\n\n"
        f"{inviter} nodigt je uit voor de sociale kaart van Welzijn op Recept, als "
        f"{ROLE_NL.get(account.role, account.role)}{where}.\n\n"
        "Kies je wachtwoord via deze link. De link werkt één keer en is geldig tot "
        f"{_when(expires)}:\n\n{link(code)}\n\n"
        f"Daarna log je in met je e-mailadres {account.email}.\n\n"
        "Verwachtte je deze uitnodiging niet? Dan kun je deze mail negeren.\n\n"
        "Sociale kaart · Welzijn op Recept\n"
    )
    return "Uitnodiging voor de sociale kaart", text


def password_reset(account: Account, code: str, expires: datetime) -> tuple[str, str]:
    text = (
        f"Hallo {account.display_name},\n\n"
        "Iemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor je account op de sociale "
        "kaart van Welzijn op Recept. Kies een nieuw wachtwoord via deze link. De link werkt "
        f"één keer en is geldig tot {_when(expires)}:\n\n{link(code)}\n\n"
        "Vroeg je niets aan? Dan kun je deze mail negeren; je wachtwoord blijft hetzelfde.\n\n"
        "Sociale kaart · Welzijn op Recept\n"
    )
    return "Nieuw wachtwoord voor de sociale kaart", text
