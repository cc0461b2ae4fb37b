"""Fill the .ts catalogues from the table below: the reviewed bokmål and nynorsk wording.

`make translations` runs pyside6-lupdate (which adds new source strings as unfinished), then
this, then lrelease. English entries take the source text. A string missing from the table
stays unfinished and is listed, and the script exits 1, so none slips through untranslated.
Usage: .venv/bin/python scripts/fill_translations.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "assets" / "translations"

# English source text: (bokmål, nynorsk)
TABLE: dict[str, tuple[str, str]] = {
    "Badge for {name}: waiting for the printer": (
        "Navneskilt for {name}: venter på skriveren",
        "Namneskilt for {name}: ventar på skrivaren",
    ),
    "Badge for {name}: printing": (
        "Navneskilt for {name}: skrives ut",
        "Namneskilt for {name}: vert skriven ut",
    ),
    "Badge for {name}: sent to {printer}": (
        "Navneskilt for {name}: sendt til {printer}",
        "Namneskilt for {name}: send til {printer}",
    ),
    "Badge for {name} NOT printed: {why}": (
        "Navneskilt for {name} IKKE skrevet ut: {why}",
        "Namneskilt for {name} IKKJE skriven ut: {why}",
    ),
    "the default printer": (
        "standardskriveren",
        "standardskrivaren",
    ),
    "Badge preview written: {file}": (
        "Forhåndsvisning av navneskilt lagret: {file}",
        "Førehandsvising av namneskilt lagra: {file}",
    ),
    "Badge preview": (
        "Forhåndsvisning av navneskilt",
        "Førehandsvising av namneskilt",
    ),
    "Print": (
        "Skriv ut",
        "Skriv ut",
    ),
    "New event…": (
        "Nytt arrangement …",
        "Nytt arrangement …",
    ),
    "Open event…": (
        "Åpne arrangement …",
        "Opne arrangement …",
    ),
    "Settings…": (
        "Innstillinger …",
        "Innstillingar …",
    ),
    "Recent events": (
        "Nylig brukte arrangementer",
        "Nyleg brukte arrangement",
    ),
    "Open event": (
        "Åpne arrangement",
        "Opne arrangement",
    ),
    "Preview badge…": (
        "Forhåndsvis navneskilt …",
        "Førehandsvis namneskilt …",
    ),
    "Working locally (no sync set up)": (
        "Lokal drift (ingen synkronisering satt opp)",
        "Lokal drift (inga synkronisering sett opp)",
    ),
    "Offline – check-ins are kept and sent later": (
        "Frakoblet – innsjekkinger lagres og sendes senere",
        "Fråkopla – innsjekkingar vert lagra og sende seinare",
    ),
    "Online – check-ins are shared": (
        "Tilkoblet – innsjekkinger deles",
        "Tilkopla – innsjekkingar vert delte",
    ),
    "Something went wrong ({kind}: {error}). Nothing was lost.": (
        "Noe gikk galt ({kind}: {error}). Ingenting gikk tapt.",
        "Noko gjekk gale ({kind}: {error}). Ingenting gjekk tapt.",
    ),
    "Saved. Print the badge again if it was wrong.": (
        "Lagret. Skriv ut navneskiltet på nytt hvis det var feil.",
        "Lagra. Skriv ut namneskiltet på nytt om det var feil.",
    ),
    "New event": (
        "Nytt arrangement",
        "Nytt arrangement",
    ),
    "Name": (
        "Navn",
        "Namn",
    ),
    "Days (YYYY-MM-DD, comma between)": (
        "Dager (ÅÅÅÅ-MM-DD, komma mellom)",
        "Dagar (ÅÅÅÅ-MM-DD, komma mellom)",
    ),
    "Give a name and days like 2026-06-01,2026-06-02.": (
        "Skriv et navn og dager som 2026-06-01,2026-06-02.",
        "Skriv eit namn og dagar som 2026-06-01,2026-06-02.",
    ),
    "Check in (Enter)": (
        "Sjekk inn (Enter)",
        "Sjekk inn (Enter)",
    ),
    "Correct… (Ctrl+E)": (
        "Rett opp … (Ctrl+E)",
        "Rett opp … (Ctrl+E)",
    ),
    "Print badge": (
        "Skriv ut navneskilt",
        "Skriv ut namneskilt",
    ),
    "Preview badge": (
        "Forhåndsvis navneskilt",
        "Førehandsvis namneskilt",
    ),
    "Days: {days}": (
        "Dager: {days}",
        "Dagar: {days}",
    ),
    "Days: all": (
        "Dager: alle",
        "Dagar: alle",
    ),
    "Code: {code}": (
        "Kode: {code}",
        "Kode: {code}",
    ),
    "Note: {note}": (
        "Merknad: {note}",
        "Merknad: {note}",
    ),
    "Cancelled": (
        "Avbestilt",
        "Avbestilt",
    ),
    "Not checked in on {day}": (
        "Ikke sjekket inn {day}",
        "Ikkje sjekka inn {day}",
    ),
    "Desk name": (
        "Navn på skranken",
        "Namn på skranken",
    ),
    "Shown on each check-in, e.g. Skranke 2": (
        "Vises på hver innsjekking, f.eks. Skranke 2",
        "Vert vist på kvar innsjekking, t.d. Skranke 2",
    ),
    "Language": (
        "Språk",
        "Språk",
    ),
    "Camera": (
        "Kamera",
        "Kamera",
    ),
    "Camera number, video file or stream URL": (
        "Kameranummer, videofil eller strømmeadresse",
        "Kameranummer, videofil eller straumeadresse",
    ),
    "Printer": (
        "Skriver",
        "Skrivar",
    ),
    "Empty: the system's default printer": (
        "Tomt: systemets standardskriver",
        "Tomt: standardskrivaren til systemet",
    ),
    "Badge template": (
        "Mal for navneskilt",
        "Mal for namneskilt",
    ),
    "Print badge on check-in": (
        "Skriv ut navneskilt ved innsjekking",
        "Skriv ut namneskilt ved innsjekking",
    ),
    "Sounds": (
        "Lyder",
        "Lydar",
    ),
    "Settings": (
        "Innstillinger",
        "Innstillingar",
    ),
    "leave empty to keep the PIN": (
        "la stå tomt for å beholde PIN-koden",
        "la stå tomt for å halde på PIN-koden",
    ),
    "New admin PIN": (
        "Ny admin-PIN",
        "Ny admin-PIN",
    ),
    "No camera": (
        "Intet kamera",
        "Ikkje noko kamera",
    ),
    "Done (Enter)": (
        "Ferdig (Enter)",
        "Ferdig (Enter)",
    ),
    "Attention: ": (
        "OBS: ",
        "OBS: ",
    ),
    "{encoding}, separator '{delimiter}'": (
        "{encoding}, skilletegn «{delimiter}»",
        "{encoding}, skiljeteikn «{delimiter}»",
    ),
    "Nothing was imported. Problems:": (
        "Ingenting ble importert. Problemer:",
        "Ingenting vart importert. Problem:",
    ),
    "{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.": (
        "{added} nye, {updated} endret, {unchanged} uendret, {cancelled} avbestilt.",
        "{added} nye, {updated} endra, {unchanged} uendra, {cancelled} avbestilt.",
    ),
    "Check-in Desk": (
        "Innsjekk",
        "Innsjekk",
    ),
    "Walk-in…": (
        "Ny deltaker …",
        "Ny deltakar …",
    ),
    "Undo last check-in": (
        "Angre siste innsjekk",
        "Angre siste innsjekk",
    ),
    "Reprint badge": (
        "Skriv ut navneskilt på nytt",
        "Skriv ut namneskilt på nytt",
    ),
    "Correct registration…": (
        "Rett påmelding …",
        "Rett påmelding …",
    ),
    "Search": (
        "Søk",
        "Søk",
    ),
    "Kiosk mode": (
        "Kioskmodus",
        "Kioskmodus",
    ),
    "Clear": (
        "Tøm",
        "Tøm",
    ),
    "&Language": (  # Alt+P: Alt+S opens "&Skranke"
        "S&pråk",
        "S&pråk",
    ),
    "Latest check-ins": (
        "Siste innsjekkinger",
        "Siste innsjekkingar",
    ),
    "Search name, organisation, e-mail or code (F2)": (
        "Søk på navn, organisasjon, e-post eller kode (F2)",
        "Søk på namn, organisasjon, e-post eller kode (F2)",
    ),
    "Check-in undone.": (
        "Innsjekkingen er angret.",
        "Innsjekkinga er angra.",
    ),
    "Export attendance": (
        "Eksporter oppmøte",
        "Eksporter oppmøte",
    ),
    "Spreadsheet (*.xlsx *.csv)": (
        "Regneark (*.xlsx *.csv)",
        "Rekneark (*.xlsx *.csv)",
    ),
    "Exported {rows} rows.": (
        "Eksporterte {rows} rader.",
        "Eksporterte {rows} rader.",
    ),
    "{done} of {expected} checked in": (
        "{done} av {expected} sjekket inn",
        "{done} av {expected} sjekka inn",
    ),
    "Correct registration": (
        "Rett påmelding",
        "Rett påmelding",
    ),
    "Walk-in": (
        "Ny deltaker",
        "Ny deltakar",
    ),
    "First name": (
        "Fornavn",
        "Førenamn",
    ),
    "Last name": (
        "Etternavn",
        "Etternamn",
    ),
    "Organisation": (
        "Organisasjon",
        "Organisasjon",
    ),
    "E-mail": (
        "E-post",
        "E-post",
    ),
    "Category": (
        "Kategori",
        "Kategori",
    ),
    "Please give a name.": (
        "Skriv inn et navn.",
        "Skriv inn eit namn.",
    ),
    "Unknown ticket: not on the list for this event.": (
        "Ukjent billett: ikke på listen for dette arrangementet.",
        "Ukjend billett: ikkje på lista for dette arrangementet.",
    ),
    "This ticket has been cancelled.": (
        "Denne billetten er avbestilt.",
        "Denne billetten er avbestilt.",
    ),
    "This ticket is not valid today.": (
        "Denne billetten gjelder ikke i dag.",
        "Denne billetten gjeld ikkje i dag.",
    ),
    "Today is not a day of this event.": (
        "I dag er ikke en dag i dette arrangementet.",
        "I dag er ikkje ein dag i dette arrangementet.",
    ),
    "This ticket does not give entry here.": (
        "Denne billetten gir ikke adgang her.",
        "Denne billetten gjev ikkje tilgang her.",
    ),
    "This ticket is not genuine (the signature does not match).": (
        "Denne billetten er ikke ekte (signaturen stemmer ikke).",
        "Denne billetten er ikkje ekte (signaturen stemmer ikkje).",
    ),
    "That was not a ticket code.": (
        "Det var ikke en billettkode.",
        "Det var ikkje ein billettkode.",
    ),
    "Valid ticket, registration not yet on this desk.": (
        "Gyldig billett, påmeldingen er ikke kommet til denne skranken ennå.",
        "Gyldig billett, påmeldinga er ikkje komen til denne skranken enno.",
    ),
    "Ready: show your ticket to the camera": (
        "Klar: vis billetten til kameraet",
        "Klar: vis billetten til kameraet",
    ),
    "Welcome! Checked in": (
        "Velkommen! Sjekket inn",
        "Velkomen! Sjekka inn",
    ),
    "Already checked in": (
        "Allerede sjekket inn",
        "Alt sjekka inn",
    ),
    "Not admitted": (
        "Ikke adgang",
        "Ikkje tilgang",
    ),
    "(cancelled)": (
        "(avbestilt)",
        "(avbestilt)",
    ),
    "Admin PIN": (
        "Admin-PIN",
        "Admin-PIN",
    ),
    "PIN": (
        "PIN",
        "PIN",
    ),
    "Import registrations: {file}": (
        "Importer påmeldinger: {file}",
        "Importer påmeldingar: {file}",
    ),
    "Import": (
        "Importer",
        "Importer",
    ),
    "Import registrations…": (
        "Importer påmeldinger …",
        "Importer påmeldingar …",
    ),
    "Export attendance…": (
        "Eksporter oppmøte …",
        "Eksporter oppmøte …",
    ),
    "&File": (
        "&Fil",
        "&Fil",
    ),
    "&Desk": (
        "&Skranke",
        "&Skranke",
    ),
    "Import registrations": (
        "Importer påmeldinger",
        "Importer påmeldingar",
    ),
    "Registrations (*.csv *.txt *.xlsx)": (
        "Påmeldinger (*.csv *.txt *.xlsx)",
        "Påmeldingar (*.csv *.txt *.xlsx)",
    ),
    "First checked in at {time} at {desk}. Reprint the badge if needed.": (
        "Sjekket inn kl. {time} ved {desk}. Skriv ut navneskiltet på nytt ved behov.",
        "Sjekka inn kl. {time} ved {desk}. Skriv ut namneskiltet på nytt ved behov.",
    ),
    "Checked in at {time} at {desk}": (
        "Sjekket inn kl. {time} ved {desk}",
        "Sjekka inn kl. {time} ved {desk}",
    ),
    "OK": (
        "OK",
        "OK",
    ),
    "Cancel": (
        "Avbryt",
        "Avbryt",
    ),
    "Close": (
        "Lukk",
        "Lukk",
    ),
    "Ticket code": (
        "Billettkode",
        "Billettkode",
    ),
    "Full name": (
        "Fullt navn",
        "Fullt namn",
    ),
    "Ticket type": (
        "Billettype",
        "Billetttype",
    ),
    "Valid days": (
        "Gyldige dager",
        "Gyldige dagar",
    ),
    "Status": (
        "Status",
        "Status",
    ),
    "Order": (
        "Bestilling",
        "Bestilling",
    ),
    "Note": (
        "Merknad",
        "Merknad",
    ),
    "valid": (
        "gyldig",
        "gyldig",
    ),
    "cancelled": (
        "avbestilt",
        "avbestilt",
    ),
    "Confirm the note first (Enter).": (
        "Bekreft merknaden først (Enter).",
        "Stadfest merknaden først (Enter).",
    ),
    "ddd d MMMM": (
        "ddd d. MMMM",
        "ddd d. MMMM",
    ),
    "Desk: {name}": (
        "Skranke: {name}",
        "Skranke: {name}",
    ),
    "Nothing to undo: no check-in at this desk since it started.": (
        "Ingenting å angre: ingen innsjekking ved denne skranken siden den startet.",
        "Ingenting å angre: inga innsjekking ved denne skranken sidan han starta.",
    ),
    "Nothing to undo: {name} is not checked in.": (
        "Ingenting å angre: {name} er ikke sjekket inn.",
        "Ingenting å angre: {name} er ikkje sjekka inn.",
    ),
    "Check-in undone: {name}.": (
        "Innsjekking angret: {name}.",
        "Innsjekking angra: {name}.",
    ),
    "Ready: scan the ticket or search by name": (
        "Klar: skann billetten eller søk på navn",
        "Klar: skann billetten eller søk på namn",
    ),
    "The system's default printer": (
        "Systemets standardskriver",
        "Systemet sin standardskrivar",
    ),
    "No camera: handheld scanner and search": (
        "Uten kamera: håndskanner og søk",
        "Utan kamera: handskannar og søk",
    ),
    "Camera {number}": (
        "Kamera {number}",
        "Kamera {number}",
    ),
    "This desk has no name: check-ins are marked «{host}».": (
        "Skranken har ikke noe navn: innsjekkinger merkes «{host}».",
        "Skranken har ikkje noko namn: innsjekkingar vert merkte «{host}».",
    ),
    "No admin PIN: undo, import, export and kiosk are open to all.": (
        "Ingen admin-PIN: angre, import, eksport og kiosk er åpne for alle.",
        "Ingen admin-PIN: angre, import, eksport og kiosk er opne for alle.",
    ),
    "Set up this desk…": (
        "Sett opp skranken …",
        "Set opp skranken …",
    ),
    "Set up this desk": (
        "Sett opp skranken",
        "Set opp skranken",
    ),
    "e.g. Skranke 2": (
        "f.eks. Skranke 2",
        "t.d. Skranke 2",
    ),
    "Admin PIN (undo, import, export, leaving kiosk)": (
        "Admin-PIN (angre, import, eksport, avslutte kiosk)",
        "Admin-PIN (angre, import, eksport, avslutte kiosk)",
    ),
    "The PIN again": (
        "PIN-koden en gang til",
        "PIN-koden ein gong til",
    ),
    "Give the desk a name, as it should appear on each check-in.": (
        "Gi skranken et navn, slik det skal stå på hver innsjekking.",
        "Gje skranken eit namn, slik det skal stå på kvar innsjekking.",
    ),
    "The PIN needs at least 4 characters.": (
        "PIN-koden må ha minst 4 tegn.",
        "PIN-koden må ha minst 4 teikn.",
    ),
    "The two PINs differ.": (
        "De to PIN-kodene er ulike.",
        "Dei to PIN-kodane er ulike.",
    ),
    "90 x 55 mm badge (default)": (
        "Navneskilt 90 x 55 mm (standard)",
        "Namneskilt 90 x 55 mm (standard)",
    ),
    "A4 sheet of 10 badges of 90 x 55 mm": (
        "A4-ark med 10 navneskilt på 90 x 55 mm",
        "A4-ark med 10 namneskilt på 90 x 55 mm",
    ),
    "A6 portrait, 105 x 148 mm": (
        "A6 stående, 105 x 148 mm",
        "A6 ståande, 105 x 148 mm",
    ),
    "A7 portrait, 74 x 105 mm": (
        "A7 stående, 74 x 105 mm",
        "A7 ståande, 74 x 105 mm",
    ),
    "86 x 54 mm card (CR80, card printers)": (
        "Kort 86 x 54 mm (CR80, kortskrivere)",
        "Kort 86 x 54 mm (CR80, kortskrivarar)",
    ),
    "62 mm label roll, 62 x 100 mm": (
        "Etikettrull 62 mm, 62 x 100 mm",
        "Etikettrull 62 mm, 62 x 100 mm",
    ),
    "confirm the note first (Enter)": (
        "bekreft merknaden først (Enter)",
        "stadfest merknaden først (Enter)",
    ),
    "they go when the dialog is closed": (
        "de gjennomføres når dialogen lukkes",
        "dei vert gjennomførte når dialogen vert lukka",
    ),
    "being checked in": (
        "sjekkes inn nå",
        "vert sjekka inn no",
    ),
    "Waiting for the event file: another program is writing it ({seconds} s). "
    "Nothing is lost; the check-in goes as soon as it is free.": (
        "Venter på arrangementsfila: et annet program skriver i den ({seconds} s). "
        "Ingenting går tapt; innsjekkingen går så snart den er ledig.",
        "Ventar på arrangementsfila: eit anna program skriv i ho ({seconds} s). "
        "Ingenting går tapt; innsjekkinga går så snart ho er ledig.",
    ),
    "{count} check-in(s) waiting: {why}": (
        "{count} innsjekking(er) venter: {why}",
        "{count} innsjekking(ar) ventar: {why}",
    ),
    "Excel workbook (.xlsx)": (
        "Excel-arbeidsbok (.xlsx)",
        "Excel-arbeidsbok (.xlsx)",
    ),
    "Unicode (UTF-8)": (
        "Unicode (UTF-8)",
        "Unicode (UTF-8)",
    ),
    "Windows Western European (cp1252)": (
        "Windows vesteuropeisk (cp1252)",
        "Windows vesteuropeisk (cp1252)",
    ),
    "Western European (ISO 8859-1)": (
        "Vesteuropeisk (ISO 8859-1)",
        "Vesteuropeisk (ISO 8859-1)",
    ),
    "columns separated by semicolons": (
        "kolonner skilt med semikolon",
        "kolonnar skilde med semikolon",
    ),
    "columns separated by commas": (
        "kolonner skilt med komma",
        "kolonnar skilde med komma",
    ),
    "columns separated by tabs": (
        "kolonner skilt med tabulator",
        "kolonnar skilde med tabulator",
    ),
    "Text file in {encoding}, {separator}": (
        "Tekstfil i {encoding}, {separator}",
        "Tekstfil i {encoding}, {separator}",
    ),
    # sync in the window (checkin/ui/sync_status.py)
    "Sync now": ("Synkroniser nå", "Synkroniser no"),
    "{count} waiting": ("{count} venter", "{count} ventar"),
    "Synced {time}": ("Synkronisert {time}", "Synkronisert {time}"),
    "Token refused: ask the organiser for a new one": (
        "Nøkkelen ble avvist: be arrangøren om en ny",
        "Nøkkelen vart avvist: be arrangøren om ein ny",
    ),
    "Offline, last synced {time}": (
        "Frakoblet, sist synkronisert {time}",
        "Fråkopla, sist synkronisert {time}",
    ),
    "Offline, not synced yet": (
        "Frakoblet, ikke synkronisert ennå",
        "Fråkopla, ikkje synkronisert enno",
    ),
    "Hub: {url}": ("Hub: {url}", "Hub: {url}"),
    "Last error: {error}": ("Siste feil: {error}", "Siste feil: {error}"),
    "Also admitted elsewhere": ("Også sjekket inn et annet sted", "Òg sjekka inn ein annan stad"),
    "This computer's clock is {minutes} minutes off the hub's.": (
        "Klokka på denne datamaskinen går {minutes} minutter feil i forhold til huben.",
        "Klokka på denne datamaskina går {minutes} minutt feil i høve til huben.",
    ),
    "{who} was also admitted at {desk} at {at} (here: {here_desk} at {here_at}). "
    "{first}'s check-in counts.": (
        "{who} ble også sjekket inn ved {desk} kl. {at} (her: {here_desk} kl. {here_at}). "
        "Innsjekkingen ved {first} teller.",
        "{who} vart òg sjekka inn ved {desk} kl. {at} (her: {here_desk} kl. {here_at}). "
        "Innsjekkinga ved {first} tel.",
    ),
}


def fill(path: Path, column: int | None) -> list[str]:
    """Fill unfinished entries; return the source texts still without a translation."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if column is None:
            text: str | None = source
        else:
            found = TABLE.get(source)
            text = found[column] if found else None
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        del translation.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = {}
    for code, column in (("nb", 0), ("nn", 1), ("en", None)):
        left = fill(FOLDER / f"checkin_{code}.ts", column)
        if left:
            missing[code] = left
    for code, texts in missing.items():
        print(f"checkin_{code}.ts: no translation for {len(texts)}: " + "; ".join(texts))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
