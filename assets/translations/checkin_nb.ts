<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/ui/camera_view.py" line="19"/>
        <source>No camera</source>
        <translation>Intet kamera</translation>
    </message>
</context>
<context>
    <name>FlagBanner</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="91"/>
        <source>Done (Enter)</source>
        <translation>Ferdig (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="94"/>
        <source>Attention: </source>
        <translation>OBS: </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="56"/>
        <source>Import registrations: {file}</source>
        <translation>No camera&lt;/source&gt;
        &lt;translation&gt;Intet kamera&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FlagBanner&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="91"/&gt;
        &lt;source&gt;Done (Enter)&lt;/source&gt;
        &lt;translation&gt;Ferdig (Enter)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="94"/&gt;
        &lt;source&gt;Attention: &lt;/source&gt;
        &lt;translation&gt;OBS: &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;ImportDialog&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/import_dialog.py" line="56"/&gt;
        &lt;source&gt;Import registrations: {file}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="64"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="84"/>
        <source>{encoding}, separator &apos;{delimiter}&apos;</source>
        <translation>{encoding}, skilletegn «{delimiter}»</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="125"/>
        <source>Nothing was imported. Problems:</source>
        <translation>Ingenting ble importert. Problemer:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="131"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</source>
        <translation>{added} nye, {updated} endret, {unchanged} uendret, {cancelled} avbestilt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="218"/>
        <source>Check-in Desk</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="220"/>
        <source>Walk-in…</source>
        <translation>Ny deltaker …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="220"/>
        <source>Undo last check-in</source>
        <translation>Angre siste innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="221"/>
        <source>Reprint badge</source>
        <translation>Skriv ut navneskilt på nytt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="221"/>
        <source>Correct registration…</source>
        <translation>Rett påmelding …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="222"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="222"/>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="222"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="223"/>
        <source>Import registrations…</source>
        <translation>Check-in Desk&lt;/source&gt;
        &lt;translation&gt;Innsjekk&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="220"/&gt;
        &lt;source&gt;Walk-in…&lt;/source&gt;
        &lt;translation&gt;Ny deltaker …&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="220"/&gt;
        &lt;source&gt;Undo last check-in&lt;/source&gt;
        &lt;translation&gt;Angre siste innsjekk&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="221"/&gt;
        &lt;source&gt;Reprint badge&lt;/source&gt;
        &lt;translation&gt;Skriv ut navneskilt på nytt&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="221"/&gt;
        &lt;source&gt;Correct registration…&lt;/source&gt;
        &lt;translation&gt;Rett påmelding …&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="222"/&gt;
        &lt;source&gt;Search&lt;/source&gt;
        &lt;translation&gt;Søk&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="222"/&gt;
        &lt;source&gt;Kiosk mode&lt;/source&gt;
        &lt;translation&gt;Kioskmodus&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="222"/&gt;
        &lt;source&gt;Clear&lt;/source&gt;
        &lt;translation&gt;Tøm&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="223"/&gt;
        &lt;source&gt;Import registrations…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="223"/>
        <source>Export attendance…</source>
        <translation>Eksporter oppmøte …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="227"/>
        <source>Print badge on check-in</source>
        <translation>Skriv ut navneskilt ved innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="228"/>
        <source>&amp;File</source>
        <translation>Print badge on check-in&lt;/source&gt;
        &lt;translation&gt;Skriv ut navneskilt ved innsjekk&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="228"/&gt;
        &lt;source&gt;&amp;File</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="229"/>
        <source>&amp;Desk</source>
        <translation>&amp;Skranke</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="231"/>
        <source>Latest check-ins</source>
        <translation>Siste innsjekkinger</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="232"/>
        <source>Offline – working locally</source>
        <translation>Frakoblet – jobber lokalt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="234"/>
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Søk på navn, organisasjon, e-post eller kode (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="286"/>
        <source>Check-in undone.</source>
        <translation>Innsjekkingen er angret.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="316"/>
        <source>Import registrations</source>
        <translation>&amp;Desk&lt;/source&gt;
        &lt;translation&gt;&amp;Skranke&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="230"/&gt;
        &lt;source&gt;&amp;Language&lt;/source&gt;
        &lt;translation&gt;&amp;Språk&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="231"/&gt;
        &lt;source&gt;Latest check-ins&lt;/source&gt;
        &lt;translation&gt;Siste innsjekkinger&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="232"/&gt;
        &lt;source&gt;Offline – working locally&lt;/source&gt;
        &lt;translation&gt;Frakoblet – jobber lokalt&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="234"/&gt;
        &lt;source&gt;Search name, organisation, e-mail or code (F2)&lt;/source&gt;
        &lt;translation&gt;Søk på navn, organisasjon, e-post eller kode (F2)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="286"/&gt;
        &lt;source&gt;Check-in undone.&lt;/source&gt;
        &lt;translation&gt;Innsjekkingen er angret.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="316"/&gt;
        &lt;source&gt;Import registrations</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="316"/>
        <source>Registrations (*.csv *.txt *.xlsx)</source>
        <translation>Påmeldinger (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="331"/>
        <source>Export attendance</source>
        <translation>Eksporter oppmøte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="333"/>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Regneark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="339"/>
        <source>Exported {rows} rows.</source>
        <translation>Eksporterte {rows} rader.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="361"/>
        <source>{done} of {expected} checked in</source>
        <translation>{done} av {expected} sjekket inn</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="29"/>
        <source>Correct registration</source>
        <translation>Rett påmelding</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="29"/>
        <source>Walk-in</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="35"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="36"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="37"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="38"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="39"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="64"/>
        <source>Please give a name.</source>
        <translation>Skriv inn et navn.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="22"/>
        <source>Unknown ticket: not on the list for this event.</source>
        <translation>Ukjent billett: ikke på listen for dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="23"/>
        <source>This ticket has been cancelled.</source>
        <translation>Denne billetten er avbestilt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="24"/>
        <source>This ticket is not valid today.</source>
        <translation>Denne billetten gjelder ikke i dag.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="25"/>
        <source>Today is not a day of this event.</source>
        <translation>I dag er ikke en dag i dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="26"/>
        <source>This ticket does not give entry here.</source>
        <translation>Denne billetten gir ikke adgang her.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="27"/>
        <source>This ticket is not genuine (the signature does not match).</source>
        <translation>Denne billetten er ikke ekte (signaturen stemmer ikke).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="30"/>
        <source>That was not a ticket code.</source>
        <translation>Det var ikke en billettkode.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="31"/>
        <source>Valid ticket, registration not yet on this desk.</source>
        <translation>Gyldig billett, påmeldingen er ikke kommet til denne skranken ennå.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="64"/>
        <source>Ready: show your ticket to the camera</source>
        <translation>Klar: vis billetten til kameraet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="85"/>
        <source>Welcome! Checked in</source>
        <translation>Velkommen! Sjekket inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="86"/>
        <source>Already checked in</source>
        <translation>Allerede sjekket inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="87"/>
        <source>Not admitted</source>
        <translation>Ikke adgang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="95"/>
        <source>First checked in at {time} at desk {desk}. Reprint the badge if needed.</source>
        <translation>Sjekket inn kl. {time} ved skranke {desk}. Skriv ut navneskiltet på nytt ved behov.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="39"/>
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Søk på navn, organisasjon, e-post eller kode (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="64"/>
        <source>(cancelled)</source>
        <translation>(avbestilt)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="92"/>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="95"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="53"/>
        <source>Badge: {state}</source>
        <translation>Navneskilt: {state}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="65"/>
        <source>Badge preview: {file}</source>
        <translation>Forhåndsvisning av navneskilt: {file}</translation>
    </message>
</context>
</TS>
