"""Dutch text analysis shared by the embedded backend (and mirrored by the Elasticsearch
mapping): fold case and accents, drop stop words, split compounds, stem.

``analyze("Wandelgroep in Sint-Oedenrode")`` -> ``["wandelgroep", "wandel", "groep",
"sint", "oedenrod"]``: the compound keeps its own stem and adds the word parts it contains
from ``data/analysis/nl_decompound.txt``.
"""

import re
import unicodedata
from functools import cache, lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH

from matcher.paths import DATA_DIR

DECOMPOUND_FILE = DATA_DIR / "analysis" / "nl_decompound.txt"
MIN_COMPOUND_LENGTH = 7  # shorter tokens are not split
_TOKEN = re.compile(r"[a-z0-9]+")
# combining marks: the diacritics NFKD splits off (é -> e + \u0301)
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_STOPWORDS = frozenset(STOPWORDS_DUTCH)


def fold(text: str) -> str:
    """Lower case without accents: ``"Café Één"`` -> ``"cafe een"``."""
    text = text.lower()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


@cache
def word_parts() -> tuple[str, ...]:
    with open(DECOMPOUND_FILE, encoding="utf-8") as f:
        words = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


@lru_cache(maxsize=100_000)
def _analyze_token(token: str) -> tuple[str, ...]:
    stem = _stemmer().stemWord
    out = [stem(token)]
    if len(token) >= MIN_COMPOUND_LENGTH:
        for part in word_parts():
            if part == token:
                continue
            # parts of 3 letters only at either end ("eet|tafel"), longer ones anywhere
            if (len(part) >= 4 and part in token) or token.startswith(part) or token.endswith(part):
                s = stem(part)
                if s not in out:
                    out.append(s)
    return tuple(out)


ANALYZER_REVISION = "1"  # raise when analyze() changes what it returns


@cache
def analyzer_version() -> str:
    """Changes when the analysis or its word list changes: stored tokens are then redone."""
    import hashlib

    digest = hashlib.sha1(DECOMPOUND_FILE.read_bytes()).hexdigest()[:12]
    return f"{ANALYZER_REVISION}-{MIN_COMPOUND_LENGTH}-{digest}"


def analyze(text: str) -> list[str]:
    """Index and query terms of a text."""
    terms: list[str] = []
    for token in _TOKEN.findall(fold(text or "")):
        if token in _STOPWORDS or len(token) < 2:
            continue
        terms.extend(_analyze_token(token))
    return terms
