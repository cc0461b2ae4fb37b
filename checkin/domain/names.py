"""Folding text for search: case, accents and the Norwegian letters, the same on both sides.

``fold`` maps every spelling a volunteer may type onto one form: "Åse Ødegård", "Aase
Oedegaard", "ase odegard" and "ÅSE ØDEGÅRD" all fold to "ase odegard". Rules, in order:
lower case; æ → ae, ø → o, å → a (the way Norwegians type them on an English keyboard); other
accents dropped (é → e, Sámi č → c, đ → d, ŋ → n, ŧ → t); then the old spellings aa → a and
oe → o. The last two also fold a few unrelated names ("Joel" → "jol"); since data and query fold
alike this costs a little precision and never a miss.
"""

from __future__ import annotations

import re
import unicodedata

LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "đ": "d", "ŧ": "t", "ŋ": "n", "ß": "ss"})
OLD_SPELLINGS = re.compile(r"aa|oe")
WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Return the search form of a text (see the module docstring)."""
    folded = _fold_once(text)
    if folded.isascii() and "aa" not in folded and "oe" not in folded:
        return folded  # already stable: the common case, half the work
    while True:  # until stable, so folding twice changes nothing ("a" * 33, "oee", "𝐀")
        again = _fold_once(folded)
        if again == folded:
            return folded
        folded = again  # after the first pass only aa -> a and oe -> o change it: it shrinks


def _fold_once(text: str) -> str:
    lowered = text.casefold().translate(LETTERS)
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(char for char in decomposed if not unicodedata.combining(char))
        lowered = lowered.casefold().translate(LETTERS)
    return OLD_SPELLINGS.sub(_first_letter, lowered)


def _first_letter(match: re.Match[str]) -> str:
    return match.group()[0]


def tokens(text: str) -> list[str]:
    """Return the folded words of a text, in order."""
    return WORD.findall(fold(text))


def joined_words(text: str, longest: int = 4) -> list[str]:
    """Return the runs of 2 to ``longest`` consecutive folded words, written together.

    "Jon Erik van der Berg" gives "jonerik", "vander", "derberg", "vanderberg" and so on, so a
    volunteer who types the particles together ("vanderberg", "delacruz", "vonhirsch") finds
    the name. Returns an empty list for a one-word text.
    """
    return joined(tokens(text), longest)


def joined(words: list[str], longest: int = 4) -> list[str]:
    """Return the runs of 2 to ``longest`` consecutive words of a list, written together."""
    return [
        "".join(words[start : start + size])
        for size in range(2, min(longest, len(words)) + 1)
        for start in range(len(words) - size + 1)
    ]


DESK_NAME_CHARS = 60


def clean_desk_name(text: str) -> str:
    """Return a desk's name as stored: control and invisible characters out, spaces single.

    The one rule for desk names, from ``--desk`` and from the settings alike.
    """
    kept = "".join(
        " " if char.isspace() else char for char in text if _shown(char) or char.isspace()
    )
    return " ".join(kept.split())


def desk_name_problem(text: str) -> str | None:
    """Say what keeps a text from being a desk's name as given: "control", "blank", "long".

    A desk name is 1 to DESK_NAME_CHARS printable characters ("Skranke 2"): a line break,
    an escape sequence or another control character is refused, not stored (None: fine).
    """
    if any(not _shown(char) and not char.isspace() for char in text) or any(
        char in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029" for char in text
    ):
        return "control"
    name = clean_desk_name(text)
    if not name:
        return "blank"
    return "long" if len(name) > DESK_NAME_CHARS else None


def _shown(char: str) -> bool:
    return unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
