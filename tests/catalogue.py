"""The translation catalogues as tests read them: which texts belong to which language."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parents[1] / "assets" / "translations"


def catalogue(code):
    """source -> translation of one language's catalogue (its finished entries)."""
    tree = ET.parse(CATALOGUES / f"checkin_{code}.ts")
    return {
        message.findtext("source"): message.findtext("translation") or ""
        for message in tree.getroot().iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    }


def left_behind(texts, old, new):
    """Fixed parts (8+ characters) of old-language strings still shown after a switch.

    A part that the new language writes the same way (or that is in the English source) does
    not count: "Status" is Norwegian and English alike.
    """
    old_words, new_words = catalogue(old), catalogue(new) if new != "en" else None
    found = []
    for source, translation in old_words.items():
        now = new_words.get(source, source) if new_words is not None else source
        for part in re.split(r"\{\w+\}", translation.replace("&", "")):
            part = part.strip(" .:·…()")
            if len(part) >= 8 and part not in now and part not in source:
                found += [(part, text) for text in texts if part in text]
    return found
