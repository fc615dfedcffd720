"""Working days for the coach's contact deadline: the client is called within 5 working days
of the referral (Monday to Friday, Dutch public holidays excluded).

The public holidays counted are the national ones most employers give off: Nieuwjaarsdag,
Tweede Paasdag, Koningsdag (27 April, 26 April when that is a Sunday), Hemelvaartsdag,
Tweede Pinksterdag, Eerste and Tweede Kerstdag. Goede Vrijdag and Bevrijdingsdag are working
days for most welfare organisations and are not counted as holidays.
"""

from datetime import date, timedelta
from functools import cache

CONTACT_WORKING_DAYS = 5


def easter(year: int) -> date:
    """Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def public_holidays(year: int) -> frozenset[date]:
    sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = date(year, 4, 26)
    return frozenset(
        {
            date(year, 1, 1),
            sunday + timedelta(days=1),  # Tweede Paasdag
            kings_day,
            sunday + timedelta(days=39),  # Hemelvaartsdag
            sunday + timedelta(days=50),  # Tweede Pinksterdag
            date(year, 12, 25),
            date(year, 12, 26),
        }
    )


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself does not count)."""
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


def contact_deadline(referral_date: date) -> date:
    """The last day on which the coach should have called the client."""
    return add_working_days(referral_date, CONTACT_WORKING_DAYS)
