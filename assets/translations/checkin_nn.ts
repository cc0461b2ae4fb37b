<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nn_NO">
<context>
    <name>BadgeDesk</name>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="29" />
        <source>Badge for {name}: waiting for the printer</source>
        <translation>Namneskilt for {name}: ventar på skrivaren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="30" />
        <source>Badge for {name}: printing</source>
        <translation>Namneskilt for {name}: vert skriven ut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="31" />
        <source>Badge for {name}: sent to {printer}</source>
        <translation>Namneskilt for {name}: send til {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="32" />
        <source>Badge for {name} NOT printed: {why}</source>
        <translation>Namneskilt for {name} IKKJE skriven ut: {why}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="35" />
        <source>the default printer</source>
        <translation>standardskrivaren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="74" />
        <source>Badge preview written: {file}</source>
        <translation>Førehandsvising av namneskilt lagra: {file}</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="21" />
        <source>Badge preview</source>
        <translation>Førehandsvising av namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="30" />
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="15" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="16" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="17" />
        <location filename="../../checkin/ui/import_dialog.py" line="197" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/ui/camera_view.py" line="24" />
        <source>No camera</source>
        <translation>Ikkje noko kamera</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="163" />
        <source>New event…</source>
        <translation>Nytt arrangement …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="164" />
        <source>Open event…</source>
        <translation>Opne arrangement …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="165" />
        <source>Settings…</source>
        <translation>Innstillingar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="166" />
        <source>Recent events</source>
        <translation>Nyleg brukte arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="171" />
        <source>Open event</source>
        <translation>Opne arrangement</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../checkin/ui/status_bar.py" line="36" />
        <source>Working locally (no sync set up)</source>
        <translation>Lokal drift (inga synkronisering sett opp)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/status_bar.py" line="37" />
        <source>Offline – check-ins are kept and sent later</source>
        <translation>Fråkopla – innsjekkingar vert lagra og sende seinare</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/status_bar.py" line="38" />
        <source>Online – check-ins are shared</source>
        <translation>Tilkopla – innsjekkingar vert delte</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../checkin/ui/formats.py" line="22" />
        <source>ddd d MMMM</source>
        <translation>ddd d. MMMM</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="37" />
        <source>Ticket code</source>
        <translation>Billettkode</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="38" />
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="39" />
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="40" />
        <source>Full name</source>
        <translation>Fullt namn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="41" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="42" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="43" />
        <source>Ticket type</source>
        <translation>Billetttype</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="44" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="45" />
        <source>Valid days</source>
        <translation>Gyldige dagar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="46" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="47" />
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="48" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="56" />
        <source>valid</source>
        <translation>gyldig</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="57" />
        <source>cancelled</source>
        <translation>avbestilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="66" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbeidsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="68" />
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="69" />
        <source>Windows Western European (cp1252)</source>
        <translation>Windows vesteuropeisk (cp1252)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="70" />
        <source>Western European (ISO 8859-1)</source>
        <translation>Vesteuropeisk (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="73" />
        <source>columns separated by semicolons</source>
        <translation>kolonnar skilde med semikolon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="74" />
        <source>columns separated by commas</source>
        <translation>kolonnar skilde med komma</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="75" />
        <source>columns separated by tabs</source>
        <translation>kolonnar skilde med tabulator</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="77" />
        <source>Text file in {encoding}, {separator}</source>
        <translation>Tekstfil i {encoding}, {separator}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="109" />
        <source>Import registrations: {file}</source>
        <translation>Importer påmeldingar: {file}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="117" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="182" />
        <source>Nothing was imported. Problems:</source>
        <translation>Ingenting vart importert. Problem:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="188" />
        <source>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</source>
        <translation>{added} nye, {updated} endra, {unchanged} uendra, {cancelled} avbestilt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="100" />
        <source>Desk: {name}</source>
        <translation>Skranke: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="110" />
        <location filename="../../checkin/ui/main_window.py" line="282" />
        <source>Check-in Desk</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="318" />
        <source>Nothing to undo: no check-in at this desk since it started.</source>
        <translation>Ingenting å angre: inga innsjekking ved denne skranken sidan han starta.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="332" />
        <source>Nothing to undo: {name} is not checked in.</source>
        <translation>Ingenting å angre: {name} er ikkje sjekka inn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="334" />
        <source>Check-in undone: {name}.</source>
        <translation>Innsjekking angra: {name}.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="140" />
        <source>Walk-in…</source>
        <translation>Ny deltakar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="141" />
        <source>Undo last check-in</source>
        <translation>Angre siste innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="142" />
        <source>Reprint badge</source>
        <translation>Skriv ut namneskilt på nytt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="143" />
        <source>Correct registration…</source>
        <translation>Rett påmelding …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="144" />
        <source>Preview badge…</source>
        <translation>Førehandsvis namneskilt …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="145" />
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="146" />
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="147" />
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="148" />
        <source>Import registrations…</source>
        <translation>Importer påmeldingar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="149" />
        <source>Export attendance…</source>
        <translation>Eksporter oppmøte …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="153" />
        <source>Print badge on check-in</source>
        <translation>Skriv ut namneskilt ved innsjekking</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="154" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="155" />
        <source>&amp;Desk</source>
        <translation>&amp;Skranke</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="156" />
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="112" />
        <source>Latest check-ins</source>
        <translation>Siste innsjekkingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="277" />
        <source>Something went wrong ({kind}: {error}). Nothing was lost.</source>
        <translation>Noko gjekk gale ({kind}: {error}). Ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="351" />
        <source>Saved. Print the badge again if it was wrong.</source>
        <translation>Lagra. Skriv ut namneskiltet på nytt om det var feil.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="24" />
        <source>Import registrations</source>
        <translation>Importer påmeldingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="26" />
        <source>Registrations (*.csv *.txt *.xlsx)</source>
        <translation>Påmeldingar (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="45" />
        <source>Export attendance</source>
        <translation>Eksporter oppmøte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="47" />
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Rekneark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="54" />
        <source>Exported {rows} rows.</source>
        <translation>Eksporterte {rows} rader.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="232" />
        <source>{done} of {expected} checked in</source>
        <translation>{done} av {expected} sjekka inn</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="113" />
        <source>New event</source>
        <translation>Nytt arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="118" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="119" />
        <source>Days (YYYY-MM-DD, comma between)</source>
        <translation>Dagar (ÅÅÅÅ-MM-DD, komma mellom)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="139" />
        <source>Give a name and days like 2026-06-01,2026-06-02.</source>
        <translation>Skriv eit namn og dagar som 2026-06-01,2026-06-02.</translation>
    </message>
</context>
<context>
    <name>NoteBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="49" />
        <source>Done (Enter)</source>
        <translation>Ferdig (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="50" />
        <source>Attention: </source>
        <translation>OBS: </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="39" />
        <source>Correct registration</source>
        <translation>Rett påmelding</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="39" />
        <source>Walk-in</source>
        <translation>Ny deltakar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="50" />
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="51" />
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="52" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="53" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="54" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="55" />
        <source>Ticket type</source>
        <translation>Billetttype</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="86" />
        <source>Please give a name.</source>
        <translation>Skriv inn eit namn.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="65" />
        <source>Check in (Enter)</source>
        <translation>Sjekk inn (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="66" />
        <source>Correct… (Ctrl+E)</source>
        <translation>Rett opp … (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="67" />
        <source>Print badge</source>
        <translation>Skriv ut namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="68" />
        <source>Preview badge</source>
        <translation>Førehandsvis namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="89" />
        <source>Days: {days}</source>
        <translation>Dagar: {days}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="89" />
        <source>Days: all</source>
        <translation>Dagar: alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="91" />
        <source>Code: {code}</source>
        <translation>Kode: {code}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="92" />
        <source>Note: {note}</source>
        <translation>Merknad: {note}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="102" />
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="104" />
        <source>Not checked in on {day}</source>
        <translation>Ikkje sjekka inn {day}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="106" />
        <source>Checked in at {time} at {desk}</source>
        <translation>Sjekka inn kl. {time} ved {desk}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="97" />
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="100" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="27" />
        <source>Unknown ticket: not on the list for this event.</source>
        <translation>Ukjend billett: ikkje på lista for dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="28" />
        <source>This ticket has been cancelled.</source>
        <translation>Denne billetten er avbestilt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="29" />
        <source>This ticket is not valid today.</source>
        <translation>Denne billetten gjeld ikkje i dag.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="30" />
        <source>Today is not a day of this event.</source>
        <translation>I dag er ikkje ein dag i dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="31" />
        <source>This ticket does not give entry here.</source>
        <translation>Denne billetten gjev ikkje tilgang her.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="32" />
        <source>This ticket is not genuine (the signature does not match).</source>
        <translation>Denne billetten er ikkje ekte (signaturen stemmer ikkje).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="35" />
        <source>That was not a ticket code.</source>
        <translation>Det var ikkje ein billettkode.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="36" />
        <source>Valid ticket, registration not yet on this desk.</source>
        <translation>Gyldig billett, påmeldinga er ikkje komen til denne skranken enno.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="87" />
        <source>Ready: show your ticket to the camera</source>
        <translation>Klar: vis billetten til kameraet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="89" />
        <source>Ready: scan the ticket or search by name</source>
        <translation>Klar: skann billetten eller søk på namn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="115" />
        <source>Welcome! Checked in</source>
        <translation>Velkomen! Sjekka inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="116" />
        <source>Already checked in</source>
        <translation>Alt sjekka inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="117" />
        <source>Not admitted</source>
        <translation>Ikkje tilgang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="125" />
        <source>First checked in at {time} at {desk}. Reprint the badge if needed.</source>
        <translation>Sjekka inn kl. {time} ved {desk}. Skriv ut namneskiltet på nytt ved behov.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="39" />
        <location filename="../../checkin/ui/search_panel.py" line="66" />
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Søk på namn, organisasjon, e-post eller kode (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="86" />
        <source>(cancelled)</source>
        <translation>(avbestilt)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../checkin/config.py" line="43" />
        <source>Desk name</source>
        <translation>Namn på skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="44" />
        <source>Shown on each check-in, e.g. Skranke 2</source>
        <translation>Vert vist på kvar innsjekking, t.d. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="50" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="57" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="58" />
        <source>Camera number, video file or stream URL</source>
        <translation>Kameranummer, videofil eller straumeadresse</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="64" />
        <source>Printer</source>
        <translation>Skrivar</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="65" />
        <source>Empty: the system's default printer</source>
        <translation>Tomt: standardskrivaren til systemet</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="71" />
        <source>Badge template</source>
        <translation>Mal for namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="74" />
        <source>Print badge on check-in</source>
        <translation>Skriv ut namneskilt ved innsjekking</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="76" />
        <source>Sounds</source>
        <translation>Lydar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="52" />
        <source>The system's default printer</source>
        <translation>Systemet sin standardskrivar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="59" />
        <source>No camera: handheld scanner and search</source>
        <translation>Utan kamera: handskannar og søk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="60" />
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="87" />
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="100" />
        <source>leave empty to keep the PIN</source>
        <translation>la stå tomt for å halde på PIN-koden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="101" />
        <source>New admin PIN</source>
        <translation>Ny admin-PIN</translation>
    </message>
</context>
<context>
    <name>SetupBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="116" />
        <source>This desk has no name: check-ins are marked «{host}».</source>
        <translation>Skranken har ikkje noko namn: innsjekkingar vert merkte «{host}».</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="121" />
        <source>No admin PIN: undo, import, export and kiosk are open to all.</source>
        <translation>Ingen admin-PIN: angre, import, eksport og kiosk er opne for alle.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="123" />
        <source>Set up this desk…</source>
        <translation>Set opp skranken …</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="150" />
        <source>Set up this desk</source>
        <translation>Set opp skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="152" />
        <source>e.g. Skranke 2</source>
        <translation>t.d. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="158" />
        <source>Desk name</source>
        <translation>Namn på skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="159" />
        <source>Admin PIN (undo, import, export, leaving kiosk)</source>
        <translation>Admin-PIN (angre, import, eksport, avslutte kiosk)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="160" />
        <source>The PIN again</source>
        <translation>PIN-koden ein gong til</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="169" />
        <source>Give the desk a name, as it should appear on each check-in.</source>
        <translation>Gje skranken eit namn, slik det skal stå på kvar innsjekking.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="171" />
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN-koden må ha minst 4 teikn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="173" />
        <source>The two PINs differ.</source>
        <translation>Dei to PIN-kodane er ulike.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="51" />
        <source>Sync now</source>
        <translation>Synkroniser no</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="83" />
        <source>{count} waiting</source>
        <translation>{count} ventar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="85" />
        <source>Synced {time}</source>
        <translation>Synkronisert {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="89" />
        <source>Token refused: ask the organiser for a new one</source>
        <translation>Nøkkelen vart avvist: be arrangøren om ein ny</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="91" />
        <source>Offline, last synced {time}</source>
        <translation>Fråkopla, sist synkronisert {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="95" />
        <source>Offline, not synced yet</source>
        <translation>Fråkopla, ikkje synkronisert enno</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="97" />
        <source>Hub: {url}</source>
        <translation>Hub: {url}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="99" />
        <source>Last error: {error}</source>
        <translation>Siste feil: {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="103" />
        <source>This computer's clock is {minutes} minutes off the hub's.</source>
        <translation>Klokka på denne datamaskina går {minutes} minutt feil i høve til huben.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="111" />
        <source>Also admitted elsewhere</source>
        <translation>Òg sjekka inn ein annan stad</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="122" />
        <source>{who} was also admitted at {desk} at {at} (here: {here_desk} at {here_at}). {first}'s check-in counts.</source>
        <translation>{who} vart òg sjekka inn ved {desk} kl. {at} (her: {here_desk} kl. {here_at}). Innsjekkinga ved {first} tel.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="34" />
        <source>90 x 55 mm badge (default)</source>
        <translation>Namneskilt 90 x 55 mm (standard)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="35" />
        <source>A4 sheet of 10 badges of 90 x 55 mm</source>
        <translation>A4-ark med 10 namneskilt på 90 x 55 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="36" />
        <source>A6 portrait, 105 x 148 mm</source>
        <translation>A6 ståande, 105 x 148 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="37" />
        <source>A7 portrait, 74 x 105 mm</source>
        <translation>A7 ståande, 74 x 105 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="38" />
        <source>86 x 54 mm card (CR80, card printers)</source>
        <translation>Kort 86 x 54 mm (CR80, kortskrivarar)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="39" />
        <source>62 mm label roll, 62 x 100 mm</source>
        <translation>Etikettrull 62 mm, 62 x 100 mm</translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="78" />
        <source>confirm the note first (Enter)</source>
        <translation>stadfest merknaden først (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="79" />
        <source>they go when the dialog is closed</source>
        <translation>dei vert gjennomførte når dialogen vert lukka</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="80" />
        <source>being checked in</source>
        <translation>vert sjekka inn no</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="86" />
        <source>Waiting for the event file: another program is writing it ({seconds} s). Nothing is lost; the check-in goes as soon as it is free.</source>
        <translation>Ventar på arrangementsfila: eit anna program skriv i ho ({seconds} s). Ingenting går tapt; innsjekkinga går så snart ho er ledig.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="92" />
        <source>{count} check-in(s) waiting: {why}</source>
        <translation>{count} innsjekking(ar) ventar: {why}</translation>
    </message>
</context>
</TS>