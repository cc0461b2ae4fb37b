"""Norwegian alphabetical order for names: ... X, Y, Z, Æ, Ø, Å, with "Aa" sorted as Å.

``sort_key`` gives the order Qt's ``QCollator`` gives for the nb_NO locale (ICU's Norwegian
tailoring of the Unicode Collation Algorithm, CLDR), without Qt, so the core, the exports and
the badge sheets sort as the window does. It follows three levels, like ICU:

1. primary, the letters: a-z, then æ (also ä), ø (also ö, ő), å (also "aa", anywhere in a
   word, as ICU does: "Haakon" sorts as "Håkon"); ü and ű sort as y; đ and ð as d; þ as th;
   ß as ss; other accents are dropped at this level. Spaces come before punctuation, punctuation
   before digits, digits before letters ("Han sen" < "Hans-Sen" < "Hansen"; "O'Brien" < "Obrien").
2. secondary, the accents: "Eric" before "Éric" when the letters are the same.
3. tertiary, case and spelling: lower case first ("erik" < "Erik" < "ERIK"), "Å" before "Aa".

Letters outside Latin sort after Å by code point. Sources: CLDR collation/nb.xml (the
tailoring ``&[before 1]ǀ<æ<<<Æ<<ä<<<Ä<ø<<<Ø<<ö<<<Ö<<ő<<<Ő<å<<<Å<<<aa<<<Aa<<<AA``, ``&y<<ü``,
``&D<<đ<<ð``, ``&t<<<þ``); checked against QCollator(nb_NO) in tests/gui/test_collation.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

_AE, _OE, _AA = "\x7b", "\x7c", "\x7d"  # sort right after "z" (0x7a)
_SPECIAL = {  # letter: (primary, secondary: after the plain letter, "đ" after "d")
    "æ": (_AE, "\x00"), "ä": (_AE, "\x01"), "ø": (_OE, "\x00"), "ö": (_OE, "\x01"),
    "ő": (_OE, "\x02"), "å": (_AA, "\x00"), "ü": ("y", "\x01"), "ű": ("y", "\x02"),
    "đ": ("d", "\x01"), "ð": ("d", "\x02"), "þ": ("th", "\x01"), "ß": ("ss", "\x01"),
}  # fmt: skip
_SPACE, _PUNCT, _OTHER = "\x01", "\x02", "\x7e"

SortKey = tuple[str, str, str]


def sort_key(text: str) -> SortKey:
    """Return a key that sorts texts in Norwegian order (see the module docstring).

    Args:
        text: a name or any text; None is not accepted.

    Returns:
        (primary, secondary, tertiary) strings; compare keys as tuples.
    """
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    nfc = unicodedata.normalize("NFC", text)
    index = 0
    while index < len(nfc):
        char = nfc[index]
        lower = char.lower()
        if lower == "a" and index + 1 < len(nfc) and nfc[index + 1].lower() == "a":
            primary.append(_AA)
            secondary.append("\x00")
            tertiary.append("\x02" + ("\x01" if char.isupper() else "\x00"))
            index += 2
            continue
        weight, accent = _weigh(lower)
        primary.append(weight)
        secondary.append(accent)
        tertiary.append("\x00" + ("\x01" if char.isupper() else "\x00"))
        index += 1
    return "".join(primary), "".join(secondary), "".join(tertiary)


def _weigh(lower: str) -> tuple[str, str]:
    """Return the primary weight and the accent mark of one lower-case character."""
    if lower in _SPECIAL:
        return _SPECIAL[lower]
    if lower.isspace():
        return _SPACE, "\x00"
    base = unicodedata.normalize("NFD", lower)
    letter = base[0]
    accent = "".join(base[1:]) or "\x00"
    if "a" <= letter <= "z" or "0" <= letter <= "9":
        return letter, accent
    if unicodedata.category(letter)[0] in "PSZC":
        return _PUNCT + letter, accent
    return _OTHER + letter, accent


def person_key(last_name: str, first_name: str) -> tuple[str, ...]:
    """Return a key that sorts people by last name, then first name, in Norwegian order.

    All letters of both names are compared before any accent or case, as ICU compares
    "last first" as one text.
    """
    last, first = sort_key(last_name), sort_key(first_name)
    return last[0], first[0], last[1], first[1], last[2], first[2]


def sorted_by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """Return items sorted by a name in Norwegian order (stable for equal names)."""
    return sorted(items, key=lambda item: sort_key(name(item)))
