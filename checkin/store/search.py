"""Finding registrations as the volunteer types: SQLite FTS5 for candidates, rapidfuzz to rank.

How a query is answered, in three steps:

1. A ticket code, or an order code, typed whole wins outright (case ignored).
2. FTS5 over folded text (`checkin.domain.names.fold`: "aase odegard" meets "Åse Ødegård")
   finds registrations where every query word is a prefix of a word in the name, in any
   order ("bøe bjorheim" finds "Bjorheim Bøe"); then, up to a few hundred candidates, where
   they are prefixes of words in the name, code, organisation or e-mail. Candidates are not
   ordered in SQL: ranking every match of a short prefix ("nhi" matches every code) with
   bm25 costs a tenth of a second on 100,000 rows, and the next keystroke narrows them anyway.
3. When that finds too little, each query word of four letters or more is widened with the
   name words it is a likely typo of ("bjorhiem" → "bjorheim"), fuzzy-matched with rapidfuzz
   against the index's own vocabulary, and FTS5 is asked again.

Candidates are ranked by rapidfuzz against the folded name first and the organisation second,
so a name match beats an organisation match. The index is a contentless FTS5 table kept in
step with `registrations` by triggers that call `checkin_fold` and `checkin_name_terms`, which
every connection registers (`register_functions`). It holds ticket and order codes, the folded
name (with runs of its words also written together, so "vanderberg" finds "van der Berg"), and
the organisation and e-mail.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from checkin.domain.names import WORD, fold, joined, tokens

CANDIDATES = 300
TYPO_MIN_LENGTH = 4
TYPO_CUTOFF = 75.0
CODE_WORDS = re.compile(r"[^\W_]+")  # the words FTS5's unicode61 tokenizer makes of a code
_FOLDED = (
    "lower(new.code || ' ' || new.order_code)",
    "checkin_name_terms(new.first_name, new.last_name)",
    "checkin_fold(new.organisation || ' ' || new.email)",
)
_INDEX_VALUES = ", ".join(_FOLDED)
_OLD_VALUES = _INDEX_VALUES.replace("new.", "old.")
TRIGGER_NAMES = (
    "registrations_search_insert", "registrations_search_delete", "registrations_search_update",
)  # fmt: skip

# The triggers that keep the index in step, as they are now (since schema 2: order codes beside
# ticket codes, and name words also written together); `checkin.store.schema` creates them.
TRIGGERS: tuple[str, ...] = (
    "CREATE TRIGGER registrations_search_insert AFTER INSERT ON registrations BEGIN "
    f"INSERT INTO registration_search (rowid, code, names, other) "
    f"VALUES (new.rowid, {_INDEX_VALUES}); END",
    "CREATE TRIGGER registrations_search_delete AFTER DELETE ON registrations BEGIN "
    "INSERT INTO registration_search (registration_search, rowid, code, names, other) "
    f"VALUES ('delete', old.rowid, {_OLD_VALUES}); END",
    "CREATE TRIGGER registrations_search_update AFTER UPDATE ON registrations BEGIN "
    "INSERT INTO registration_search (registration_search, rowid, code, names, other) "
    f"VALUES ('delete', old.rowid, {_OLD_VALUES}); "
    f"INSERT INTO registration_search (rowid, code, names, other) "
    f"VALUES (new.rowid, {_INDEX_VALUES}); END",
)


def name_terms(first_name: str, last_name: str) -> str:
    """Return what the index holds for a name: its folded words, then runs of them joined."""
    folded = fold(f"{first_name} {last_name}")
    words = WORD.findall(folded)
    return " ".join((folded, *joined(words))) if len(words) > 1 else folded


def register_functions(conn: sqlite3.Connection) -> None:
    """Give a connection the functions the index triggers call."""
    conn.create_function("checkin_fold", 1, fold, deterministic=True)
    conn.create_function("checkin_name_terms", 2, name_terms, deterministic=True)


@dataclass(frozen=True)
class _Candidate:
    code: str
    names: str
    other: str


class _Vocabulary:
    """The index's name words, cached per connection until the file changes."""

    def __init__(self) -> None:
        self.version: tuple[int, int] | None = None
        self.words: list[str] = []

    def get(self, conn: sqlite3.Connection) -> list[str]:
        version = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self.version:
            rows = conn.execute(
                "SELECT term FROM registration_words WHERE col = 'names' AND length(term) > 2"
            )
            self.words = [row[0] for row in rows]
            self.version = version
        return self.words


class SearchIndex:
    """Search over one connection, keeping the typo vocabulary between keystrokes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.vocabulary = _Vocabulary()

    def search(self, query: str, limit: int = 20) -> list[str]:
        """Return ticket codes that match a typed query, best first."""
        return _search(self.conn, self.vocabulary, query, limit)


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[str]:
    """Return ticket codes that match a typed query, best first (see the module docstring)."""
    return _search(conn, _Vocabulary(), query, limit)


def _search(conn: sqlite3.Connection, vocabulary: _Vocabulary, query: str, limit: int) -> list[str]:
    words = tokens(query)[:8]
    if not words or limit <= 0:
        return []
    exact = exact_matches(conn, query.strip())
    found = _candidates(conn, "{names} : (" + _match_all(words) + ")")
    if len(found) < CANDIDATES:
        found |= _candidates(conn, _match_all(words))
    if len(found) < limit:
        widened = _widen(vocabulary.get(conn), words)
        if widened != [[word] for word in words]:
            found |= _candidates(conn, _match_any(widened))
    ranked = [code for code in _rank(" ".join(words), found.values()) if code not in exact]
    return (exact + ranked)[:limit]


def exact_matches(conn: sqlite3.Connection, text: str) -> list[str]:
    """Return the codes a query names outright: a ticket code, else the tickets of an order.

    Both are compared without regard to case ("nhi-300001", "ord-9004"); an exact-case match
    comes first.
    """
    if not text or len(text) > 255:
        return []
    codes = codes_ignoring_case(conn, text)
    if codes:
        return sorted(codes, key=lambda code: (code != text, code))
    rows = conn.execute(
        "SELECT code FROM registrations WHERE order_code = ? COLLATE NOCASE "
        "ORDER BY order_code = ? DESC, last_name, first_name LIMIT 50",
        (text, text),
    )
    return [row[0] for row in rows]


def codes_ignoring_case(conn: sqlite3.Connection, code: str) -> list[str]:
    """Return the ticket codes equal to ``code`` when case is ignored (any script).

    Found through the index's code column (its words, lower case) and then compared whole, so
    it needs no index of its own: an import writes one index less.
    """
    words = CODE_WORDS.findall(code.lower())
    if not words:
        return []  # no letters or digits: nothing whose case could differ
    match = "{code} : (" + " AND ".join(_quote(word) for word in words[:16]) + ")"
    rows = conn.execute(
        "SELECT r.code FROM (SELECT rowid FROM registration_search WHERE registration_search "
        "MATCH ? LIMIT 1000) AS hit JOIN registrations r ON r.rowid = hit.rowid",
        (match,),
    )
    wanted = code.casefold()
    return [row[0] for row in rows if row[0].casefold() == wanted]


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _match_all(words: list[str]) -> str:
    return " AND ".join(f"{_quote(word)}*" for word in words)


def _match_any(alternatives: list[list[str]]) -> str:
    groups = []
    for options in alternatives:
        terms = [f"{_quote(options[0])}*", *(_quote(word) for word in options[1:])]
        groups.append("(" + " OR ".join(terms) + ")")
    return " AND ".join(groups)


def _candidates(conn: sqlite3.Connection, match: str) -> dict[str, _Candidate]:
    rows = conn.execute(
        "SELECT r.code, r.first_name || ' ' || r.last_name, r.organisation || ' ' || r.email "
        "FROM (SELECT rowid FROM registration_search WHERE registration_search MATCH ? "
        "LIMIT ?) AS hit "
        "JOIN registrations r ON r.rowid = hit.rowid",
        (match, CANDIDATES),
    )
    return {code: _Candidate(code, fold(names), fold(other)) for code, names, other in rows}


def _widen(vocabulary: list[str], words: list[str]) -> list[list[str]]:
    widened = []
    for word in words:
        options = [word]
        if len(word) >= TYPO_MIN_LENGTH and vocabulary:
            near = process.extract(
                word, vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=4
            )
            options += [term for term, _, _ in near if term != word]
        widened.append(options)
    return widened


def _rank(query: str, candidates: Iterable[_Candidate]) -> list[str]:
    scored = []
    joined_query = query.replace(" ", "")
    for candidate in candidates:
        name_score = fuzz.token_set_ratio(query, candidate.names)
        partial = fuzz.partial_ratio(query, candidate.names)
        if name_score < 100 and len(joined_query) >= TYPO_MIN_LENGTH:  # "vanderberg"
            joined = fuzz.partial_ratio(joined_query, candidate.names.replace(" ", ""))
            partial = max(partial, joined)
        other_score = fuzz.token_set_ratio(query, candidate.other)
        score = max(name_score, partial) * 2 + other_score * 0.5
        scored.append((-score, candidate.names, candidate.code))
    scored.sort()
    return [code for _, _, code in scored]


def rebuild(conn: sqlite3.Connection) -> None:
    """Rebuild the whole index from the registrations (inside the caller's transaction)."""
    conn.execute("INSERT INTO registration_search (registration_search) VALUES ('delete-all')")
    conn.execute(
        "INSERT INTO registration_search (rowid, code, names, other) SELECT rowid, "
        + _INDEX_VALUES.replace("new.", "")
        + " FROM registrations"
    )
