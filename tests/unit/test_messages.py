"""The core's and the command line's messages: catalogues in step with the code, Norwegian users
get Norwegian, and --json is the same in every language."""

import gettext
import json
import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from checkin import messages
from checkin.cli import main

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "assets" / "locale"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def catalogue(language):
    with (LOCALE / language / "LC_MESSAGES" / "checkin.po").open("rb") as handle:
        return read_po(handle, locale=language)


def key(message_id):
    return message_id if isinstance(message_id, str) else message_id[0]


def fields(text):
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def code_messages():
    found = set()
    for _, _, message, _, _ in extract_from_dir(
        ROOT / "checkin", [("**/ui/**", "ignore"), ("**.py", "python")], keywords=KEYWORDS
    ):
        found.add(key(message))
    return found


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_message_in_the_code_is_translated(language):
    held = {key(m.id): m for m in catalogue(language) if m.id}
    missing = code_messages() - set(held)
    assert not missing, f"run `make messages` and translate: {sorted(missing)[:5]}"
    untranslated = [k for k, m in held.items() if not all(m.string if isinstance(m.string, tuple)
                                                          else [m.string]) or m.fuzzy]  # fmt: skip
    assert not untranslated, untranslated[:5]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_translations_keep_every_placeholder(language):
    for message in catalogue(language):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            assert fields(text) == fields(ids[-1]), (message.id, text)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_compiled_catalogue_is_the_po_file(language):
    compiled = gettext.translation("checkin", LOCALE, languages=[language])
    for message in catalogue(language):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            assert compiled.ngettext(*message.id, 1) == message.string[0]
            assert compiled.ngettext(*message.id, 5) == message.string[1]
        else:
            assert compiled.gettext(message.id) == message.string, "run `make messages`"


def test_the_language_comes_from_the_override_the_setting_then_the_locale():
    assert messages.choose(None, {}) == "en"
    assert messages.choose(None, {"LANG": "nb_NO.UTF-8"}) == "nb"
    assert messages.choose(None, {"LANG": "no_NO.UTF-8"}) == "nb"
    assert messages.choose(None, {"LC_ALL": "nn_NO.UTF-8", "LANG": "nb_NO.UTF-8"}) == "nn"
    assert messages.choose(None, {"LANGUAGE": "de:nn", "LANG": "nb_NO"}) == "en"  # de: not ours
    assert messages.choose("nn", {"LANG": "nb_NO.UTF-8"}) == "nn"
    assert messages.choose("nn", {"CHECKIN_LANGUAGE": "en", "LANG": "nb_NO"}) == "en"
    assert messages.choose(None, {"LANG": "C.UTF-8"}) == "en"


@pytest.fixture
def user(monkeypatch, tmp_path):
    """A user without CHECKIN_LANGUAGE, with a settings folder of their own."""
    monkeypatch.delenv("CHECKIN_LANGUAGE", raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_NO_LOG_FILE", "1")
    return tmp_path


def test_a_norwegian_locale_gets_bokmal_errors_and_output(user, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    missing = user / "borte.sqlite"
    assert main(["info", "--db", str(missing)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"checkin info: Ingen arrangementsfil i {missing}. Lag en med «checkin new --db {missing}»."
    )
    event = user / "e.sqlite"
    assert main(["new", "--db", str(event), "--name", "Møtet", "--days", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Opprettet Møtet\n  fil: ") and "påmeldinger: 0" in out
    assert main(["admit", "NOPE", "--db", str(event), "--day", "2026-06-01"]) == 1
    assert capsys.readouterr().out.strip() == "NOPE  ikke sluppet inn: ukjent billett"


def test_the_desks_setting_gives_nynorsk(user, capsys):
    settings = user / "config" / "Check-in Desk" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('language = "nn"\n', encoding="utf-8")
    assert main(["info", "--db", str(user / "borte.sqlite")]) == 2
    assert "Inga arrangementsfil i" in capsys.readouterr().err


def test_json_output_is_the_same_in_every_language(user, monkeypatch, capsys):
    event = user / "e.sqlite"
    assert main(["new", "--db", str(event), "--name", "Møtet", "--days", "2026-06-01"]) == 0
    capsys.readouterr()
    outputs = []
    for language in ("en", "nb", "nn"):
        monkeypatch.setenv("CHECKIN_LANGUAGE", language)
        main(["admit", "NOPE", "\x01", "--db", str(event), "--day", "2026-06-01", "--json"])
        main(["report", "--db", str(event), "--all-days", "--json"])
        outputs.append([json.loads(line) for line in capsys.readouterr().out.splitlines()])
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0][0]["reason"] == "unknown"


def test_a_plural_follows_the_count(user, monkeypatch):
    assert messages.use("nb") == "nb"
    one = messages.ngettext("{count} entry", "{count} entries", 1).format(count=1)
    many = messages.ngettext("{count} entry", "{count} entries", 3).format(count=3)
    assert (one, many) == ("1 oppføring", "3 oppføringer")
    assert re.fullmatch(r"\S+", messages.language())
