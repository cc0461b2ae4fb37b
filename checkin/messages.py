"""The language of the messages the core and the command line write for people (gettext).

English is the source language: every message is written in English in the code, marked with
`_` (or `ngettext` where a count decides the form), and ``assets/locale/<nb|nn>/LC_MESSAGES/
checkin.po`` hold bokmål and nynorsk, compiled to ``.mo`` beside them (``make messages``;
tests/unit/test_messages.py keeps catalogues, code and compiled files in step). The window's
own wording is in Qt's catalogues (assets/translations); this is everything else: the errors of
the exit-code contract, and the command line's human output.

The language is one per process, set with `use` (the command line calls it at start with
`choose`: ``CHECKIN_LANGUAGE``, else the desk's settings, else ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``, else English). Until `use` is called, messages are English.
Output for programs (``--json``: keys, codes, and the texts inside the JSON) never goes
through here, so it is the same in every language.
"""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "checkin"
LANGUAGES = ("nb", "nn", "en")
ENVIRONMENT = ("CHECKIN_LANGUAGE",)  # before the settings
LOCALE_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # after them, as gettext
_ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "eng": "en"}


class _State:
    """The process's one language (the only module-level state here, like a logger's)."""

    code = "en"
    catalogue: gettext.NullTranslations = gettext.NullTranslations()


def locale_dir() -> Path:
    """Where the compiled catalogues are: inside the bundle (``sys._MEIPASS``) or beside it."""
    root = getattr(sys, "_MEIPASS", None) or Path(__file__).resolve().parents[1]
    return Path(root) / "assets" / "locale"


def normalise(name: str | None) -> str | None:
    """Return the language a locale name means, if we speak it ("nb_NO.UTF-8" → "nb").

    ``no`` (Norwegian) is bokmål; ``C`` and ``POSIX`` mean no choice (None).
    """
    if not name:
        return None
    code = name.split(":")[0].split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else None


def choose(setting: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Return the language to speak: ``CHECKIN_LANGUAGE``, the setting, the locale, English.

    Args:
        setting: the desk's language setting (`checkin.config.language_setting`), if any.
        environ: the environment (default: the process's).
    """
    env = os.environ if environ is None else environ
    candidates = [env.get(name) for name in ENVIRONMENT] + [setting]
    for name in LOCALE_ENVIRONMENT:  # the first variable that is set decides, as in gettext
        if env.get(name):
            candidates.append(env[name])
            break
    found = (normalise(candidate) for candidate in candidates)
    return next((code for code in found if code), "en")


def use(language: str) -> str:
    """Speak ``language`` (nb, nn or en) from now on in this process; returns what is used.

    A language without a compiled catalogue falls back to English.
    """
    code = normalise(language) or "en"
    _State.catalogue = gettext.translation(DOMAIN, locale_dir(), languages=[code], fallback=True)
    _State.code = (
        code if code == "en" or type(_State.catalogue) is not gettext.NullTranslations else "en"
    )
    return _State.code


def language() -> str:
    """Return the language in use (nb, nn or en)."""
    return _State.code


def _(message: str) -> str:
    """Return a message in the language in use (``message`` is the English text)."""
    return _State.catalogue.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Return the singular or plural form of a message for ``count``, in the language in use."""
    return _State.catalogue.ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802  (the name extractors look for)
    """Mark a message for translation where it is defined; translate it with `_` where shown."""
    return message


class Said(str):
    """An English message that keeps its template and values, to be said again in another language.

    It is the English text (``str``): JSON, logs and comparisons see English. `say` gives it
    in the language in use. Made with `said`; the template is marked with `N_` where written.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Said:
        made = super().__new__(cls, template.format(**values))
        made.template, made.values = template, dict(values)
        return made


def said(template: str, **values: object) -> Said:
    """Return ``template`` filled with ``values``, in English, able to be said again (`say`).

    ``template`` must be an `N_`-marked literal: ``said(N_("line {line}: ..."), line=3)``.
    """
    return Said(template, values)


def say(message: str) -> str:
    """Return a message in the language in use: a `Said` filled again, any other text as `_`.

    Values that are `Said` themselves are said too.
    """
    if not isinstance(message, Said):
        return _(message)
    values = {k: say(v) if isinstance(v, Said) else v for k, v in message.values.items()}
    try:
        return _(message.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: English, never a crash
        return str(message)


def message_of(error: BaseException) -> str:
    """An exception's message, kept a `Said` where it was one (``str(error)`` would lose it)."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Said) else str(error)
