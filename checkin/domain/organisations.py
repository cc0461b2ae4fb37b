"""Organisations told apart and joined: one key for every way an organisation is written.

"Helse Bergen HF", "Helse Bergen", "HELSE BERGEN HF, Haukeland" and "Helse-Bergen H.F." are
one organisation to a funder. `org_key` folds a name to the key reports group by:

1. a unit after the first comma is dropped ("HELSE BERGEN HF, Haukeland": the department or
   site is not the organisation);
2. case, accents and the Norwegian letters fold as in search (`checkin.domain.names.fold`:
   "Bjørnafjorden" and "Bjornafjorden" are one);
3. punctuation and hyphens become spaces ("H.F." is "hf", "Helse-Bergen" is "helse bergen");
4. legal forms at the end are dropped, repeatedly: AS, ASA, ANS, DA, SA, BA, KS, IKS, HF, RHF,
   KF, NUF, SF, ENK, and "kommune" ("Askøy kommune" and "Askøy" are one; "fylkeskommune" is
   kept: a county is not the municipality of the same name).

What folding cannot know ("Haukeland" is part of "Helse Bergen HF") the organiser says with an
alias kept in the event (``checkin org-alias "Haukeland" --as "Helse Bergen HF"``): `Joiner`
looks the whole name up first, then the part before the comma, and groups an aliased name under
its target's key. A group is shown by its alias target as the organiser wrote it, else by the
spelling most of its people used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from checkin.domain.names import fold

LEGAL_FORMS = frozenset(
    {"as", "asa", "ans", "da", "sa", "ba", "ks", "iks", "hf", "rhf", "kf", "nuf", "sf", "enk",
     "kommune"}
)  # fmt: skip
_NOT_WORD = re.compile(r"[\W_]+")
_DOTTED = re.compile(r"\b(\w)\.(?=\w\b)")  # "H.F." → "HF." before punctuation goes


def clean(text: str) -> str:
    """Return a name with its white space tidied (as shown, not folded)."""
    return " ".join(text.split())


def words_of(name: str) -> list[str]:
    """Return the folded words of a name, legal forms at the end dropped (rules 2 to 4)."""
    joined = _DOTTED.sub(r"\1", name)
    words = _NOT_WORD.sub(" ", fold(joined)).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return words


def org_key(name: str) -> str:
    """Return the key an organisation's name is grouped by (the module docstring's rules)."""
    head = name.split(",", 1)[0]
    return " ".join(words_of(head))


def whole_key(name: str) -> str:
    """Return the key of a whole name, units after commas included (for alias look-ups)."""
    return " ".join(words_of(name))


class Joiner:
    """Groups organisation names by key, through the event's aliases; names each group.

    Args:
        aliases: an alias's key (`whole_key` of what the organiser typed) to the organisation
            it belongs to, as the organiser wrote it.
    """

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self.aliases = dict(aliases or {})
        self._keys: dict[str, str] = {}
        self._spellings: dict[str, Counter[str]] = {}

    def key(self, name: str) -> str:
        """Return the group key of a name ("" for an empty name); remembers its spelling."""
        found = self._keys.get(name)
        if found is None:
            found = self._keys[name] = self._resolve(name)
        if found:
            shown = clean(name.split(",", 1)[0])
            self._spellings.setdefault(found, Counter())[shown] += 1
        return found

    def _resolve(self, name: str) -> str:
        for candidate in (whole_key(name), org_key(name)):
            target = self.aliases.get(candidate)
            if target is not None:
                return org_key(self.aliases.get(org_key(target), target))
        return org_key(name)

    def display(self, key: str) -> str:
        """Return how a group is shown: the alias target, else its most used spelling."""
        for target in self.aliases.values():
            if org_key(target) == key:
                return clean(target)
        spellings = self._spellings.get(key)
        if not spellings:
            return key
        return min(spellings.items(), key=_preferred)[0]

    def spellings(self, key: str) -> list[str]:
        """Return every spelling seen in a group, the most used first."""
        counted = self._spellings.get(key, Counter())
        return [name for name, _ in sorted(counted.items(), key=_preferred)]


def _preferred(item: tuple[str, int]) -> tuple[int, int, int, bool, str]:
    """The order spellings are shown in: the most used first.

    Then the fewer stops, commas and dashes ("Helse Bergen HF" over "Helse-Bergen H.F."),
    the fuller ("DIPS AS" over "Dips"), a name not in capitals, alphabetical.
    """
    name, count = item
    marks = sum(1 for char in name if not char.isalnum() and not char.isspace())
    return -count, marks, -len(name), name.isupper(), name


def alias_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Return alias keys to targets from (alias as typed, target) pairs."""
    return {whole_key(alias): target for alias, target in pairs}
