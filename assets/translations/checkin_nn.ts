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
        <location filename="../../checkin/ui/badge_desk.py" line="68" />
        <source>Badge preview written: {file}</source>
        <translation>Førehandsvising av namneskilt lagra: {file}</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="19" />
        <source>Badge preview</source>
        <translation>Førehandsvising av namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="28" />
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
        <location filename="../../checkin/ui/import_dialog.py" line="179" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/ui/camera_view.py" line="19" />
        <source>No camera</source>
        <translation>Ikkje noko kamera</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="134" />
        <source>New event…</source>
        <translation>Nytt arrangement …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="135" />
        <source>Open event…</source>
        <translation>Opne arrangement …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="136" />
        <source>Settings…</source>
        <translation>Innstillingar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="137" />
        <source>Recent events</source>
        <translation>Nyleg brukte arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="140" />
        <source>Open event</source>
        <translation>Opne arrangement</translation>
    </message>
</context>
<context>
    <name>FlagBanner</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="100" />
        <source>Done (Enter)</source>
        <translation>Ferdig (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="103" />
        <source>Attention: </source>
        <translation>OBS: </translation>
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
        <location filename="../../checkin/ui/import_dialog.py" line="88" />
        <source>Import registrations: {file}</source>
        <translation>Importer påmeldingar: {file}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="96" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="121" />
        <source>{encoding}, separator '{delimiter}'</source>
        <translation>{encoding}, skiljeteikn «{delimiter}»</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="164" />
        <source>Nothing was imported. Problems:</source>
        <translation>Ingenting vart importert. Problem:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="170" />
        <source>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</source>
        <translation>{added} nye, {updated} endra, {unchanged} uendra, {cancelled} avbestilt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="240" />
        <location filename="../../checkin/ui/main_window.py" line="354" />
        <source>Check-in Desk</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="242" />
        <source>Walk-in…</source>
        <translation>Ny deltakar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="242" />
        <source>Undo last check-in</source>
        <translation>Angre siste innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="243" />
        <source>Reprint badge</source>
        <translation>Skriv ut namneskilt på nytt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="243" />
        <source>Correct registration…</source>
        <translation>Rett påmelding …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244" />
        <source>Preview badge…</source>
        <translation>Førehandsvis namneskilt …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="245" />
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="245" />
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="245" />
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="246" />
        <source>Import registrations…</source>
        <translation>Importer påmeldingar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="246" />
        <source>Export attendance…</source>
        <translation>Eksporter oppmøte …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="250" />
        <source>Print badge on check-in</source>
        <translation>Skriv ut namneskilt ved innsjekking</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="251" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="252" />
        <source>&amp;Desk</source>
        <translation>&amp;Skranke</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="253" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="254" />
        <source>Latest check-ins</source>
        <translation>Siste innsjekkingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="257" />
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Søk på namn, organisasjon, e-post eller kode (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="278" />
        <source>Confirm the note first (Enter).</source>
        <translation>Stadfest merknaden først (Enter).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="349" />
        <source>Something went wrong ({kind}: {error}). Nothing was lost.</source>
        <translation>Noko gjekk gale ({kind}: {error}). Ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="366" />
        <source>Check-in undone.</source>
        <translation>Innsjekkinga er angra.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="397" />
        <source>Saved. Print the badge again if it was wrong.</source>
        <translation>Lagra. Skriv ut namneskiltet på nytt om det var feil.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="404" />
        <source>Import registrations</source>
        <translation>Importer påmeldingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="404" />
        <source>Registrations (*.csv *.txt *.xlsx)</source>
        <translation>Påmeldingar (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="419" />
        <source>Export attendance</source>
        <translation>Eksporter oppmøte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="421" />
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Rekneark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="427" />
        <source>Exported {rows} rows.</source>
        <translation>Eksporterte {rows} rader.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="449" />
        <source>{done} of {expected} checked in</source>
        <translation>{done} av {expected} sjekka inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="473" />
        <source>Working locally (no sync set up)</source>
        <translation>Lokal drift (inga synkronisering sett opp)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="474" />
        <source>Offline – check-ins are kept and sent later</source>
        <translation>Fråkopla – innsjekkingar vert lagra og sende seinare</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="475" />
        <source>Online – check-ins are shared</source>
        <translation>Tilkopla – innsjekkingar vert delte</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="115" />
        <source>New event</source>
        <translation>Nytt arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="120" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="121" />
        <source>Days (YYYY-MM-DD, comma between)</source>
        <translation>Dagar (ÅÅÅÅ-MM-DD, komma mellom)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="141" />
        <source>Give a name and days like 2026-06-01,2026-06-02.</source>
        <translation>Skriv eit namn og dagar som 2026-06-01,2026-06-02.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="30" />
        <source>Correct registration</source>
        <translation>Rett påmelding</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="30" />
        <source>Walk-in</source>
        <translation>Ny deltakar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="36" />
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="37" />
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="38" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="39" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="40" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="63" />
        <source>Please give a name.</source>
        <translation>Skriv inn eit namn.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="63" />
        <source>Check in (Enter)</source>
        <translation>Sjekk inn (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="64" />
        <source>Correct… (Ctrl+E)</source>
        <translation>Rett opp … (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="65" />
        <source>Print badge</source>
        <translation>Skriv ut namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="66" />
        <source>Preview badge</source>
        <translation>Førehandsvis namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="82" />
        <source>Days: {days}</source>
        <translation>Dagar: {days}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="82" />
        <source>Days: all</source>
        <translation>Dagar: alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="84" />
        <source>Code: {code}</source>
        <translation>Kode: {code}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="85" />
        <source>Note: {note}</source>
        <translation>Merknad: {note}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="93" />
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="95" />
        <source>Not checked in on {day}</source>
        <translation>Ikkje sjekka inn {day}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="97" />
        <source>Checked in at {time} at {desk}</source>
        <translation>Sjekka inn kl. {time} ved {desk}</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="26" />
        <source>Unknown ticket: not on the list for this event.</source>
        <translation>Ukjend billett: ikkje på lista for dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="27" />
        <source>This ticket has been cancelled.</source>
        <translation>Denne billetten er avbestilt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="28" />
        <source>This ticket is not valid today.</source>
        <translation>Denne billetten gjeld ikkje i dag.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="29" />
        <source>Today is not a day of this event.</source>
        <translation>I dag er ikkje ein dag i dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="30" />
        <source>This ticket does not give entry here.</source>
        <translation>Denne billetten gjev ikkje tilgang her.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="31" />
        <source>This ticket is not genuine (the signature does not match).</source>
        <translation>Denne billetten er ikkje ekte (signaturen stemmer ikkje).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="34" />
        <source>That was not a ticket code.</source>
        <translation>Det var ikkje ein billettkode.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="35" />
        <source>Valid ticket, registration not yet on this desk.</source>
        <translation>Gyldig billett, påmeldinga er ikkje komen til denne skranken enno.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="80" />
        <source>Ready: show your ticket to the camera</source>
        <translation>Klar: vis billetten til kameraet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="101" />
        <source>Welcome! Checked in</source>
        <translation>Velkomen! Sjekka inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="102" />
        <source>Already checked in</source>
        <translation>Alt sjekka inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="103" />
        <source>Not admitted</source>
        <translation>Ikkje tilgang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="111" />
        <source>First checked in at {time} at {desk}. Reprint the badge if needed.</source>
        <translation>Sjekka inn kl. {time} ved {desk}. Skriv ut namneskiltet på nytt ved behov.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="39" />
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Søk på namn, organisasjon, e-post eller kode (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="65" />
        <source>(cancelled)</source>
        <translation>(avbestilt)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../checkin/config.py" line="32" />
        <source>Desk name</source>
        <translation>Namn på skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="33" />
        <source>Shown on each check-in, e.g. Skranke 2</source>
        <translation>Vert vist på kvar innsjekking, t.d. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="39" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="46" />
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="47" />
        <source>Camera number, video file or stream URL</source>
        <translation>Kameranummer, videofil eller straumeadresse</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="53" />
        <source>Printer</source>
        <translation>Skrivar</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="54" />
        <source>Empty: the system's default printer</source>
        <translation>Tomt: standardskrivaren til systemet</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="60" />
        <source>Badge template</source>
        <translation>Mal for namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="63" />
        <source>Print badge on check-in</source>
        <translation>Skriv ut namneskilt ved innsjekking</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="65" />
        <source>Sounds</source>
        <translation>Lydar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="34" />
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="49" />
        <source>leave empty to keep the PIN</source>
        <translation>la stå tomt for å halde på PIN-koden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="50" />
        <source>New admin PIN</source>
        <translation>Ny admin-PIN</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="99" />
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="102" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
</TS>