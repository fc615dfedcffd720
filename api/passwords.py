"""Passwords: argon2id hashes (argon2-cffi) and the minimum-strength rule (zxcvbn).

The rule: at least ``MIN_LENGTH`` characters and a zxcvbn score of at least 3 ("safely
unguessable"), where the person's own e-mail address and name count as guessable words.
"""

import re
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

MIN_LENGTH = 10
MAX_LENGTH = 200  # argon2 takes any length; this keeps a sign-in request cheap
MIN_SCORE = 3

_hasher = PasswordHasher()  # RFC 9106 low-memory profile: argon2id, 64 MiB, 3 passes
# verified when an address has no account, so that both take the same time


@cache
def _dummy() -> str:
    """A hash to verify against when there is no account (the same time either way); made
    on first use, not on every start (0.1 s)."""
    return _hasher.hash("no account has this password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when the password fits the hash; an account without a password fits none
    (and takes as long to refuse)."""
    try:
        return _hasher.verify(password_hash or _dummy(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def weakness(password: str, email: str = "", name: str = "") -> str | None:
    """Why a password is too weak (a Dutch sentence for the person), or None."""
    if len(password) < MIN_LENGTH:
        return f"Kies een wachtwoord van minstens {MIN_LENGTH} tekens."
    if len(password) > MAX_LENGTH:
        return f"Een wachtwoord mag hoogstens {MAX_LENGTH} tekens hebben."
    words = [w for w in (email, name, *re.split(r"[^\w]+", f"{email} {name}")) if len(w) > 2]
    own = {w.lower() for w in words}
    only_own_words = all(t in own for t in re.findall(r"\w+", password.lower()))
    if only_own_words or zxcvbn(password[:100], user_inputs=words)["score"] < MIN_SCORE:
        return (
            "Dit wachtwoord is te makkelijk te raden. Gebruik bijvoorbeeld een zin van een "
            "paar losse woorden, en niet je naam of e-mailadres."
        )
    return None
