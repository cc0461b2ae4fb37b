"""Telling an export's encoding from its bytes, and refusing mojibake instead of storing it."""

import codecs

import pytest

from checkin.importer.encoding import EncodingError, decode, looks_binary

TABLE = (
    "Billettnummer;Fornavn;Etternavn;Organisasjon\r\n"
    "NHI-1;Bjørn;Sæther;Sørlandet sykehus\r\n"
    "NHI-2;Åse;Ødegård;Helse Bergen\r\n"
    "NHI-3;Håkon;Ærø;DIPS®\r\n"
)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TABLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TABLE.encode("utf-8"), "utf-8"),
        (TABLE.encode("cp1252"), "cp1252"),
        (TABLE.replace("®", "").encode("mac_roman"), "mac_roman"),
        (TABLE.replace("®", "").encode("cp850"), "cp850"),
        (TABLE.encode("utf-16"), "utf-16"),  # with its byte-order mark
        (codecs.BOM_UTF16_BE + TABLE.encode("utf-16-be"), "utf-16"),
        (TABLE.encode("utf-16-le"), "utf-16"),  # no byte-order mark
    ],
    ids=["utf8", "utf8-bom", "cp1252", "mac", "dos", "utf16", "utf16be", "utf16-no-bom"],
)
def test_each_encoding_spreadsheets_write_is_read_right(raw, encoding):
    text, found = decode(raw)
    assert found == encoding
    assert "Bjørn;Sæther" in text and "Åse;Ødegård" in text and "Håkon;Ærø" in text


@pytest.mark.parametrize(
    "word", ["Håkon", "Bjørn", "Sæther", "Ødegård", "Æsøy", "Øystein", "Ståle", "Gråbøl"]
)
def test_one_norwegian_word_is_enough_to_tell_mac_and_dos_from_windows(word):
    body = f"Navn\r\nOla {word}\r\n"
    for encoding in ("cp1252", "mac_roman", "cp850"):
        assert decode(body.encode(encoding)) == (body, encoding), encoding


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        # UTF-8 read as Windows-1252 and saved again: "Ã˜degÃ¥rd"
        ("Navn\nOla\nÅse Ødegård\n".encode().decode("cp1252").encode("utf-8"), "line 3"),
        # bytes no encoding reads as a name: "a¿¯b", "aøØb", "a┐»b"
        (b"Navn\nOla\nKa\xbf\xafbi Nordmann\n", "line 3"),
    ],
)
def test_mojibake_is_refused_with_the_line_and_a_hint(raw, line):
    with pytest.raises(EncodingError) as refused:
        decode(raw)
    assert line in str(refused.value)
    assert "CSV UTF-8" in str(refused.value)


def test_a_broken_utf16_file_is_refused_not_guessed():
    with pytest.raises(EncodingError, match="UTF-16"):
        decode(codecs.BOM_UTF16_LE + "Navn\nÅse".encode("utf-16-le") + b"\x00\xd8")


def test_binary_is_told_from_text():
    assert looks_binary(bytes(range(256)) * 20)
    assert not looks_binary(TABLE.encode())
    assert not looks_binary(TABLE.encode() * 50 + b"Ola \x1b[31mRed\n")  # one ESC in a name
