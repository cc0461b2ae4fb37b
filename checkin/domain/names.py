"""Folding of names for search (placeholder until the search module lands)."""

from __future__ import annotations

import unicodedata

SPECIAL = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "đ": "d", "ŧ": "t", "ŋ": "n"})


def fold(text: str) -> str:
    """Lower-case, Norwegian letters spelt out, accents dropped."""
    lowered = text.lower().replace("aa", "a").translate(SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
