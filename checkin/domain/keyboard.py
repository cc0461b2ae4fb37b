"""Keyboard-layout mix-ups: what a handheld scanner set to one layout types on another.

A USB handheld scanner is a keyboard: it sends key positions, and the computer turns them into
characters with its own layout. A scanner set to US English on a Norwegian computer types
``+`` for ``-``, ``-`` for ``/`` and ``Ø`` for ``:`` (``NHI+300001``,
``httpsØ--billett.example-t-NHI+300001``). The mappings here are derived from the layouts
themselves, key by key (the main block of an ISO keyboard, unshifted and shifted; AltGr is
left out because a scanner set to US never sends it), never listed by hand. Dead keys (``¨``,
``^``, ``´``, `````) are left out too: what they type depends on the next key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import permutations

# Per layout: the number row (E00-E12), the top row (D01-D12), the home row (C01-C12, C12 being
# the key beside Enter; ANSI's backslash key types the same), and the bottom row (B00, the ISO
# key left of Z, then B01-B10); unshifted, then shifted; and the layout's dead keys.
LAYOUTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "US": (
        ("`1234567890-=", "qwertyuiop[]", "asdfghjkl;'\\", "\\zxcvbnm,./"),
        ("~!@#$%^&*()_+", "QWERTYUIOP{}", 'ASDFGHJKL:"|', "|ZXCVBNM<>?"),
        "",
    ),
    "UK": (
        ("`1234567890-=", "qwertyuiop[]", "asdfghjkl;'#", "\\zxcvbnm,./"),
        ('¬!"£$%^&*()_+', "QWERTYUIOP{}", "ASDFGHJKL:@~", "|ZXCVBNM<>?"),
        "",
    ),
    "Norwegian": (
        ("|1234567890+\\", "qwertyuiopå¨", "asdfghjkløæ'", "<zxcvbnm,.-"),
        ('§!"#¤%&/()=?`', "QWERTYUIOPÅ^", "ASDFGHJKLØÆ*", ">ZXCVBNM;:_"),
        "¨^`",
    ),
    "Swedish": (
        ("§1234567890+´", "qwertyuiopå¨", "asdfghjklöä'", "<zxcvbnm,.-"),
        ('½!"#¤%&/()=?`', "QWERTYUIOPÅ^", "ASDFGHJKLÖÄ*", ">ZXCVBNM;:_"),
        "´¨^`",
    ),
    "Danish": (
        ("½1234567890+´", "qwertyuiopå¨", "asdfghjklæø'", "<zxcvbnm,.-"),
        ('§!"#¤%&/()=?`', "QWERTYUIOPÅ^", "ASDFGHJKLÆØ*", ">ZXCVBNM;:_"),
        "´¨^`",
    ),
    "German": (
        ("^1234567890ß´", "qwertzuiopü+", "asdfghjklöä#", "<yxcvbnm,.-"),
        ('°!"§$%&/()=?`', "QWERTZUIOPÜ*", "ASDFGHJKLÖÄ'", ">YXCVBNM;:_"),
        "^´`",
    ),
}


@dataclass(frozen=True)
class Mixup:
    """A scanner set to one layout typing on a computer set to another."""

    scanner: str
    computer: str
    table: dict[str, str]  # character the computer shows -> character the scanner meant

    def read(self, text: str) -> str:
        """Return what the scanner meant by the text the computer received."""
        return "".join(self.table.get(char, char) for char in text)


def _keys(layout: str) -> list[str | None]:
    plain, shifted, dead = LAYOUTS[layout]
    return [None if char in dead else char for char in "".join(plain + shifted)]


def derive(scanner: str, computer: str) -> Mixup:
    """Derive the mix-up table of two layouts from their keys; ambiguous characters left out."""
    meant, shown = _keys(scanner), _keys(computer)
    table: dict[str, str] = {}
    conflicts: set[str] = set()
    for want, got in zip(meant, shown, strict=True):
        if want is None or got is None:
            continue
        if got in table and table[got] != want:
            conflicts.add(got)
        table.setdefault(got, want)
    return Mixup(
        scanner, computer, {k: v for k, v in table.items() if k != v and k not in conflicts}
    )


@cache
def mixups() -> tuple[Mixup, ...]:
    """Return every scanner/computer layout pair, the US scanner on Norwegian first."""
    pairs = sorted(permutations(LAYOUTS, 2), key=lambda p: p != ("US", "Norwegian"))
    return tuple(derive(scanner, computer) for scanner, computer in pairs)


def readings(text: str) -> list[tuple[str, Mixup]]:
    """Return each different text the input may have meant under a layout mix-up, once each."""
    seen = {text}
    out = []
    for mixup in mixups():
        meant = mixup.read(text)
        if meant not in seen:
            seen.add(meant)
            out.append((meant, mixup))
    return out
