"""Kernen (towns and villages) of the fictional demo map of Meierijstad.

Centre coordinates are the GeoNames place coordinates (CC BY 4.0), rounded. PC4 codes
and their centroids are the real ones (GeoNames postal codes); the street names used in
``venues.py`` are invented or generic, and so are all house numbers.
"""

MUNICIPALITY = {"name": "Meierijstad", "code": "GM1948", "province": "Noord-Brabant"}

# CBS wijken of Meierijstad (2024).
WIJKEN = {
    "WK194801": "Erp",
    "WK194802": "Schijndel",
    "WK194803": "Sint-Oedenrode",
    "WK194804": "Veghel",
}

# Real PC4 codes with their centroids, per wijk.
PC4 = {
    "5461": (51.6192, 5.5443, "WK194804"),
    "5462": (51.6162, 5.5324, "WK194804"),
    "5463": (51.6082, 5.5523, "WK194804"),
    "5464": (51.6322, 5.5642, "WK194804"),
    "5465": (51.5908, 5.5404, "WK194804"),
    "5466": (51.6050, 5.5036, "WK194804"),
    "5467": (51.6244, 5.5578, "WK194804"),
    "5469": (51.5943, 5.6060, "WK194801"),
    "5481": (51.6185, 5.4277, "WK194802"),
    "5482": (51.6208, 5.4422, "WK194802"),
    "5491": (51.5714, 5.4612, "WK194803"),
    "5492": (51.5574, 5.4575, "WK194803"),
}

# key: (city as written in addresses, wijk code, latitude, longitude)
KERNEN = {
    "veghel": ("Veghel", "WK194804", 51.6167, 5.5486),
    "eerde": ("Eerde", "WK194804", 51.6042, 5.4986),
    "zijtaart": ("Zijtaart", "WK194804", 51.5925, 5.5417),
    "mariaheide": ("Mariaheide", "WK194804", 51.6333, 5.5806),
    "schijndel": ("Schijndel", "WK194802", 51.6225, 5.4319),
    "wijbosch": ("Wijbosch", "WK194802", 51.6167, 5.4681),
    "rooi": ("Sint-Oedenrode", "WK194803", 51.5675, 5.4597),
    "eerschot": ("Sint-Oedenrode", "WK194803", 51.5683, 5.4736),
    "boskant": ("Boskant", "WK194803", 51.5500, 5.4208),
    "nijnsel": ("Nijnsel", "WK194803", 51.5508, 5.4833),
    "olland": ("Olland", "WK194803", 51.5808, 5.4069),
    "erp": ("Erp", "WK194801", 51.6000, 5.6069),
    "boerdonk": ("Boerdonk", "WK194801", 51.5592, 5.6250),
    "keldonk": ("Keldonk", "WK194801", 51.5867, 5.5847),
}

# Letters that Dutch postal codes never use as a pair.
_BAD_PAIRS = {"SA", "SD", "SS"}
_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def nearest_pc4(lat: float, lon: float, wijk: str) -> str:
    """The real PC4 code of ``wijk`` whose centroid is nearest to the point."""
    best, dist = None, None
    for code, (plat, plon, w) in PC4.items():
        if w != wijk:
            continue
        d = (plat - lat) ** 2 + ((plon - lon) * 0.62) ** 2
        if dist is None or d < dist:
            best, dist = code, d
    return best


def postal_letters(seed: int) -> str:
    """Two deterministic, plausible postal-code letters from an integer."""
    n = len(_LETTERS)
    while True:
        pair = _LETTERS[seed % n] + _LETTERS[(seed // n) % n]
        if pair not in _BAD_PAIRS:
            return pair
        seed += 7


def offset(kern: str, north_m: float, east_m: float) -> tuple[float, float]:
    """Coordinates ``north_m`` metres north and ``east_m`` metres east of a kern centre."""
    _, _, lat, lon = KERNEN[kern]
    return round(lat + north_m / 111_320, 4), round(lon + east_m / 69_100, 4)
