"""Which text encoding an export was written in, told from its bytes; never a silent guess.

The encodings spreadsheet programs write: UTF-8 (with or without a byte-order mark; "CSV
UTF-8"), UTF-16 with a byte-order mark (Excel's "Unicode Text", tab-separated), Windows-1252
(Excel's "CSV" on a Norwegian Windows), Mac OS Roman (Excel's "CSV (Macintosh)") and DOS
Latin-1, code page 850 (Excel's "CSV (MS-DOS)"). UTF-8 is tried first and strictly: text in a
single-byte encoding with æ, ø or å is never valid UTF-8.

A single-byte encoding decodes any bytes, so the wrong one gives mojibake instead of an error:
"Bj¿rn S¾ther" (a Mac file read as Windows-1252), "S‘ther" (DOS as Windows-1252), "Ã¸"
(UTF-8 read as Windows-1252), or C1 control characters. Every candidate is read, those showing
signs of the wrong encoding are dropped, and of the clean ones the one with the most Norwegian
letters wins. When none reads cleanly the file is refused with the line and a hint.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from checkin.messages import N_, said

SINGLE_BYTE = ("cp1252", "mac_roman", "cp850")
NAMES = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "mac_roman": "Mac OS Roman",
    "cp850": "DOS Latin-1 (code page 850)",
}
HINT = N_("save it from the spreadsheet as 'CSV UTF-8' and import that file")
NORWEGIAN = {**dict.fromkeys("æøåÆØÅ", 3), **dict.fromkeys("éèüöäÄÖÜáÁóôçñ", 1)}
# Symbols and punctuation that may touch a letter in real names, notes and organisations.
MAY_TOUCH_LETTERS = frozenset("’´·–—«»“”„®™©°²³¹€§…")
CONTROL_BYTES = frozenset((*range(0, 9), 11, 12, *range(14, 32), 127))


class EncodingError(ValueError):
    """The bytes are not text in any encoding a spreadsheet program writes."""


def _table_chars() -> set[str]:
    chars: set[str] = set()
    for encoding in SINGLE_BYTE:
        chars |= set(bytes(range(128, 256)).decode(encoding, errors="ignore"))
    return chars


def _class(chars: set[str]) -> str:
    return "".join(re.escape(char) for char in sorted(chars))


def _signals() -> re.Pattern[str]:
    high = _table_chars()
    symbols = {
        char
        for char in high
        if unicodedata.category(char)[0] in "SP" or unicodedata.category(char) == "No"
    } - MAY_TOUCH_LETTERS
    upper = {char for char in high if char.isupper()}
    lower = {char for char in high if char.islower()} | set("abcdefghijklmnopqrstuvwxyz")
    letter = r"[^\W\d_]"
    return re.compile(
        rf"[\x80-\x9f]|{letter}[{_class(symbols)}]|[{_class(symbols)}]{letter}"
        rf"|(?<=[{_class(lower)}])[{_class(upper)}]"
    )


WRONG_SINGLE_BYTE = _signals()
# UTF-8 read as a single-byte encoding and saved again: "Ã¸" for "ø", "Ã…" for "Å".
DOUBLE_ENCODED = re.compile("[ÃÂ][\u0080-\u00bf\u0152-\u0178\u02c6-\u203a\u20ac\u2122]")


def decode(raw: bytes) -> tuple[str, str]:
    """Return the text of an export and the name of its encoding.

    Raises:
        EncodingError: with a message that names the line and what to do.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if raw.startswith(bom):
            return _strict(raw, encoding), "utf-16" if encoding == "utf-16" else "utf-8"
    wide = utf16_without_bom(raw[:4096])
    if wide is not None:
        return _strict(raw, wide), "utf-16"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _single_byte(raw)
    found = DOUBLE_ENCODED.search(text)
    if found is None:
        return text, "utf-8"
    raise EncodingError(said(
        N_("{where}: the text was converted twice (it shows '{shown}' where a letter belongs); "
           "{hint}"), where=_where(text, found.start()), shown=found.group(), hint=said(HINT),
    ))  # fmt: skip


def looks_binary(raw: bytes) -> bool:
    """Tell whether bytes are too full of control characters to be a text table."""
    sample = raw[:65536]
    controls = sum(sample.count(bytes((code,))) for code in CONTROL_BYTES)
    return controls > max(2, len(sample) // 100)


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        name = NAMES.get(encoding.removesuffix("-sig").removesuffix("-le").removesuffix("-be"))
        raise EncodingError(
            said(N_("line {line}: the file says it is {name} but is not; {hint}"), line=line,
                 name=name or encoding, hint=said(HINT))
        ) from None  # fmt: skip


def utf16_without_bom(head: bytes) -> str | None:
    """Tell UTF-16 without a byte-order mark by its zero bytes: "utf-16-le", "utf-16-be"."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even, odd = head[0 : pairs * 2 : 2].count(0), head[1 : pairs * 2 : 2].count(0)
    if odd > pairs * 0.4 and even < pairs * 0.05:
        return "utf-16-le"
    if even > pairs * 0.4 and odd < pairs * 0.05:
        return "utf-16-be"
    return None


def _single_byte(raw: bytes) -> tuple[str, str]:
    clean: list[tuple[int, int, str, str]] = []
    first_problem = ""
    for order, encoding in enumerate(SINGLE_BYTE):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            first_problem = first_problem or said(
                N_("line {line}: byte {byte:#04x}"), line=line, byte=raw[error.start]
            )
            continue
        wrong = WRONG_SINGLE_BYTE.search(text)
        if wrong is None:
            score = sum(NORWEGIAN.get(char, 0) for char in text if not char.isascii())
            clean.append((-score, order, text, encoding))
        elif not first_problem:
            where = _where(text, wrong.start())
            first_problem = said(N_("{where}: '{shown}' inside a word"), where=where,
                                 shown=wrong.group())  # fmt: skip
    if clean:
        _, _, text, encoding = min(clean)
        return text, encoding
    raise EncodingError(
        said(N_("{problem} (read as {name}); the text is in an encoding the desk cannot tell for "
                "sure; {hint}"), problem=first_problem, name=NAMES[SINGLE_BYTE[0]], hint=said(HINT))
    )  # fmt: skip


def _where(text: str, index: int) -> str:
    return said(N_("line {line}"), line=text.count(chr(10), 0, index) + 1)
