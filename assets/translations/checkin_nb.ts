<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="41"/>
        <source>Details shown</source>
        <translation>Detaljer vist</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="42"/>
        <source>Badge reprinted</source>
        <translation>Navneskilt skrevet ut på nytt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="43"/>
        <source>Record corrected</source>
        <translation>Påmelding rettet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="52"/>
        <source>Audit log</source>
        <translation>Tilgangslogg</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="54"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="54"/>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="54"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="54"/>
        <source>Ticket code</source>
        <translation>Billettkode</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="55"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="67"/>
        <source>Every lookup of a person at the desks of this event: details shown, badge reprinted, record corrected.</source>
        <translation>Hvert oppslag på en person ved skrankene på dette arrangementet: detaljer vist, navneskilt skrevet ut på nytt, påmelding rettet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="89"/>
        <source>The audit log is empty.</source>
        <translation>Tilgangsloggen er tom.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="90"/>
        <source>{count} entries, newest first.</source>
        <translation>{count} oppføringer, nyeste først.</translation>
    </message>
</context>
<context>
    <name>BadgeDesk</name>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="45"/>
        <source>Badge for {name}: waiting for the printer</source>
        <translation>Navneskilt for {name}: venter på skriveren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="46"/>
        <source>Badge for {name}: printing</source>
        <translation>Navneskilt for {name}: skrives ut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="47"/>
        <source>Badge for {name}: sent to {printer}</source>
        <translation>Navneskilt for {name}: sendt til {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="48"/>
        <source>Badge for {name} NOT printed: {why}</source>
        <translation>Navneskilt for {name} IKKE skrevet ut: {why}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="51"/>
        <source>the default printer</source>
        <translation>standardskriveren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="160"/>
        <source>Badge preview written: {file}</source>
        <translation>Forhåndsvisning av navneskilt lagret: {file}</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="21"/>
        <source>Badge preview</source>
        <translation>Forhåndsvisning av navneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="30"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="21"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="22"/>
        <location filename="../../checkin/ui/crash.py" line="146"/>
        <location filename="../../checkin/ui/import_dialog.py" line="176"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="23"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="24"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/ui/camera_view.py" line="26"/>
        <source>No camera</source>
        <translation>Intet kamera</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="64"/>
        <source>Connect to hub</source>
        <translation>Koble til hub</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="68"/>
        <source>Search again</source>
        <translation>Søk igjen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="78"/>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="86"/>
        <source>Hubs on this network:</source>
        <translation>Huber på dette nettverket:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="91"/>
        <source>Hub address (URL):</source>
        <translation>Hubens adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="92"/>
        <source>Event (slug):</source>
        <translation>Arrangement (kortnavn):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="93"/>
        <source>Desk token:</source>
        <translation>Skrankens token:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="102"/>
        <source>Searching for hubs…</source>
        <translation>Søker etter huber…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="114"/>
        <source>Hubs found: {count}. Pick one, or type an address.</source>
        <translation>Huber funnet: {count}. Velg en, eller skriv inn en adresse.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="121"/>
        <source>No hub answered on this network: type its address.</source>
        <translation>Ingen hub svarte på dette nettverket: skriv inn adressen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="126"/>
        <source>Could not search this network ({error}): type the hub&apos;s address.</source>
        <translation>Kunne ikke søke på dette nettverket ({error}): skriv inn hubens adresse.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="139"/>
        <source>the hub&apos;s address</source>
        <translation>hubens adresse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="140"/>
        <source>the event&apos;s slug</source>
        <translation>arrangementets kortnavn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="140"/>
        <source>the token</source>
        <translation>tokenet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="143"/>
        <source>Give {what}.</source>
        <translation>Fyll inn {what}.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="160"/>
        <source>Connecting to {url}…</source>
        <translation>Kobler til {url}…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="169"/>
        <source>Connected to {event}: {pulled} changes pulled from the hub. This desk now syncs with it ({file}).</source>
        <translation>Koblet til {event}: {pulled} endringer hentet fra huben. Denne skranken synkroniserer nå med den ({file}).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="183"/>
        <source>The hub refused the token: it is unknown, revoked or for another event. Ask the organiser for a new one.</source>
        <translation>Huben avviste tokenet: det er ukjent, trukket tilbake eller for et annet arrangement. Be arrangøren om et nytt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="186"/>
        <source>Could not reach the hub: {error}. Check the address and the network.</source>
        <translation>Fikk ikke kontakt med huben: {error}. Sjekk adressen og nettverket.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="190"/>
        <source>The hub refused: {error}</source>
        <translation>Huben avviste: {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="193"/>
        <source>Could not connect: {error}</source>
        <translation>Kunne ikke koble til: {error}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../checkin/ui/crash.py" line="56"/>
        <source>Check-in Desk ran into an error it did not expect while working in the background ({error}).</source>
        <translation>Check-in Desk fikk en uventet feil under arbeid i bakgrunnen ({error}).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="59"/>
        <source>Check-in Desk ran into an error it did not expect ({error}).</source>
        <translation>Check-in Desk fikk en uventet feil ({error}).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="63"/>
        <source>The desk goes on. Nothing is lost: every check-in it showed is saved in the event file.</source>
        <translation>Skranken fortsetter. Ingenting er tapt: hver innsjekking den viste, er lagret i arrangementsfila.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="67"/>
        <source>No log file is kept on this computer.</source>
        <translation>Denne datamaskinen fører ingen loggfil.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="69"/>
        <source>The details are in the log file {file}; please send it to whoever looks after the desk.</source>
        <translation>Detaljene står i loggfila {file}; send den til den som har ansvar for skranken.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="143"/>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="151"/>
        <source>Open the log folder</source>
        <translation>Åpne loggmappa</translation>
    </message>
</context>
<context>
    <name>DayBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="178"/>
        <source>Not today: check-ins count for {day} (today is {today}).</source>
        <translation>Ikke i dag: innsjekkinger gjelder {day} (i dag er {today}).</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="48"/>
        <source>New event…</source>
        <translation>Nytt arrangement …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="49"/>
        <source>Open event…</source>
        <translation>Åpne arrangement …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="50"/>
        <source>Settings…</source>
        <translation>Innstillinger …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="129"/>
        <source>Recent events</source>
        <translation>Nylig brukte arrangementer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_menu.py" line="28"/>
        <source>Open event</source>
        <translation>Åpne arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="236"/>
        <source>Opening {file}…</source>
        <translation>Åpner {file} …</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../checkin/ui/statusbar/connection.py" line="30"/>
        <source>Working locally (no sync set up)</source>
        <translation>Lokal drift (ingen synkronisering satt opp)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/statusbar/connection.py" line="31"/>
        <source>Offline – check-ins are kept and sent later</source>
        <translation>Frakoblet – innsjekkinger lagres og sendes senere</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/statusbar/connection.py" line="32"/>
        <source>Online – check-ins are shared</source>
        <translation>Tilkoblet – innsjekkinger deles</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="26"/>
        <source>Event settings</source>
        <translation>Innstillinger for arrangementet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="32"/>
        <source>A check-in after midnight and before this time counts to the day before.</source>
        <translation>En innsjekking etter midnatt og før dette klokkeslettet teller for dagen før.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="37"/>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="38"/>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="39"/>
        <source>Time zone</source>
        <translation>Tidssone</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="40"/>
        <source>An event day ends at</source>
        <translation>En arrangementsdag slutter kl.</translation>
    </message>
</context>
<context>
    <name>EventFiles</name>
    <message>
        <location filename="../../checkin/ui/event_files.py" line="57"/>
        <source>{file} is not a Check-in Desk event file; it was left as it is. Choose an event file made by Check-in Desk, or make a new event (File → New event…).</source>
        <translation>{file} er ikke en arrangementsfil fra Check-in Desk; den er latt være som den var. Velg en arrangementsfil laget av Check-in Desk, eller lag et nytt arrangement (Fil → Nytt arrangement …).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_files.py" line="65"/>
        <source>There is no event file at {file}. Choose another, or make a new event (File → New event…).</source>
        <translation>Det finnes ingen arrangementsfil i {file}. Velg en annen, eller lag et nytt arrangement (Fil → Nytt arrangement …).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_files.py" line="71"/>
        <source>{file} already holds an event: give the new one another name.</source>
        <translation>{file} har allerede et arrangement: gi det nye et annet navn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_files.py" line="75"/>
        <source>{file} holds no event. Choose another event file, or make a new event (File → New event…).</source>
        <translation>{file} har ikke noe arrangement. Velg en annen arrangementsfil, eller lag et nytt arrangement (Fil → Nytt arrangement …).</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../checkin/ui/formats.py" line="33"/>
        <source>ddd d MMMM</source>
        <translation>ddd d. MMMM</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/formats.py" line="47"/>
        <source>dddd d MMMM</source>
        <translation>dddd d. MMMM</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/formats.py" line="51"/>
        <source>{days} and {day}</source>
        <translation>{days} og {day}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="27"/>
        <source>Ticket code</source>
        <translation>Billettkode</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="28"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="29"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="30"/>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="32"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="33"/>
        <source>Ticket type</source>
        <translation>Billettype</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="34"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="35"/>
        <source>Valid days</source>
        <translation>Gyldige dager</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="37"/>
        <source>Order</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="38"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="46"/>
        <source>valid</source>
        <translation>gyldig</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="47"/>
        <source>cancelled</source>
        <translation>avbestilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="56"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbeidsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="58"/>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="59"/>
        <source>Unicode (UTF-16, Excel&apos;s &quot;Unicode text&quot;)</source>
        <translation>Unicode (UTF-16, Excels «Unicode-tekst»)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="60"/>
        <source>Windows Western European (cp1252)</source>
        <translation>Windows vesteuropeisk (cp1252)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="61"/>
        <source>Mac OS Roman (Excel&apos;s &quot;CSV (Macintosh)&quot;)</source>
        <translation>Mac OS Roman (Excels «CSV (Macintosh)»)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="62"/>
        <source>DOS Latin-1 (Excel&apos;s &quot;CSV (MS-DOS)&quot;)</source>
        <translation>DOS Latin-1 (Excels «CSV (MS-DOS)»)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="63"/>
        <source>Western European (ISO 8859-1)</source>
        <translation>Vesteuropeisk (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="66"/>
        <source>columns separated by semicolons</source>
        <translation>kolonner skilt med semikolon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="67"/>
        <source>columns separated by commas</source>
        <translation>kolonner skilt med komma</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="68"/>
        <source>columns separated by tabs</source>
        <translation>kolonner skilt med tabulator</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="70"/>
        <source>Text file in {encoding}, {separator}</source>
        <translation>Tekstfil i {encoding}, {separator}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="95"/>
        <source>{count} columns could be {field}: {columns}. Using «{chosen}», whose values look most like the attendees&apos; own; choose another column for {field} above to use it instead.</source>
        <translation>{count} kolonner kan være {field}: {columns}. Bruker «{chosen}», der verdiene ligner mest på deltakernes egne; velg en annen kolonne for {field} ovenfor for å bruke den i stedet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="52"/>
        <source>Import registrations: {file}</source>
        <translation>Importer påmeldinger: {file}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="56"/>
        <source>Reading {file}…</source>
        <translation>Leser {file} …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="63"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="161"/>
        <source>Nothing was imported. Problems:</source>
        <translation>Ingenting ble importert. Problemer:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="167"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</source>
        <translation>{added} nye, {updated} endret, {unchanged} uendret, {cancelled} avbestilt.</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="19"/>
        <source>US English</source>
        <translation>amerikansk engelsk (US)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="20"/>
        <source>UK English</source>
        <translation>britisk engelsk (UK)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="21"/>
        <source>Norwegian</source>
        <translation>norsk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="22"/>
        <source>Swedish</source>
        <translation>svensk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="23"/>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="24"/>
        <source>German</source>
        <translation>tysk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/statusbar/desk_name.py" line="22"/>
        <source>Desk: {name}</source>
        <translation>Skranke: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help_menu.py" line="29"/>
        <location filename="../../checkin/ui/main_window.py" line="229"/>
        <location filename="../../checkin/ui/window_views.py" line="137"/>
        <source>Check-in Desk</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help_menu.py" line="30"/>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help_menu.py" line="38"/>
        <source>An offline-first registration desk for conferences.</source>
        <translation>En registreringsskranke for konferanser som virker uten nett.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help_menu.py" line="43"/>
        <source>Event file: {path}</source>
        <translation>Arrangementsfil: {path}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help_menu.py" line="45"/>
        <source>Folder: {folder}</source>
        <translation>Mappe: {folder}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help_menu.py" line="47"/>
        <source>It holds the attendees&apos; personal data: keep it there, and purge it when the event is over (File → Purge personal data).</source>
        <translation>Den inneholder deltakernes personopplysninger: la den ligge der, og slett dem når arrangementet er over (Fil → Slett personopplysninger).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help_menu.py" line="68"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="235"/>
        <source>An event day ends at {time}</source>
        <translation>En arrangementsdag slutter kl. {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="356"/>
        <source>The desk is still starting: try again in a moment.</source>
        <translation>Skranken starter fortsatt: prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="74"/>
        <source>Walk-in</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="76"/>
        <source>Check in {name}</source>
        <translation>Sjekk inn {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="77"/>
        <source>Show them in search</source>
        <translation>Vis dem i søket</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="79"/>
        <source>Register a new walk-in</source>
        <translation>Registrer en ny deltaker</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="129"/>
        <source>Nothing to undo: the latest check-in here was undone already.</source>
        <translation>Ingenting å angre: den siste innsjekkingen her er allerede angret.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="131"/>
        <source>Nothing to undo: no check-in at this desk since it started.</source>
        <translation>Ingenting å angre: ingen innsjekking ved denne skranken siden den startet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="153"/>
        <source>Nothing to undo: {name} is not checked in.</source>
        <translation>Ingenting å angre: {name} er ikke sjekket inn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="157"/>
        <source>Check-in undone: {name}.</source>
        <translation>Innsjekking angret: {name}.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="38"/>
        <source>Walk-in…</source>
        <translation>Ny deltaker …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="39"/>
        <source>Undo last check-in</source>
        <translation>Angre siste innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="40"/>
        <source>Reprint badge</source>
        <translation>Skriv ut navneskilt på nytt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="41"/>
        <source>Correct registration…</source>
        <translation>Rett påmelding …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="42"/>
        <source>Preview badge…</source>
        <translation>Forhåndsvis navneskilt …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="43"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="44"/>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="45"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="46"/>
        <source>Import registrations…</source>
        <translation>Importer påmeldinger …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="47"/>
        <source>Export attendance…</source>
        <translation>Eksporter oppmøte …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="51"/>
        <source>Event settings…</source>
        <translation>Innstillinger for arrangementet …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="52"/>
        <source>Audit log…</source>
        <translation>Tilgangslogg …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="53"/>
        <source>Purge personal data…</source>
        <translation>Slett personopplysninger …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="54"/>
        <source>Attendance dashboard…</source>
        <translation>Oppmøteoversikt…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="55"/>
        <source>Connect to hub…</source>
        <translation>Koble til hub…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="56"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="128"/>
        <source>Print badge on check-in</source>
        <translation>Skriv ut navneskilt ved innsjekking</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="131"/>
        <source>&amp;Desk</source>
        <translation>&amp;Skranke</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="132"/>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="133"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="231"/>
        <source>Latest check-ins</source>
        <translation>Siste innsjekkinger</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_views.py" line="132"/>
        <source>Something went wrong ({kind}: {error}). Nothing was lost.</source>
        <translation>Noe gikk galt ({kind}: {error}). Ingenting gikk tapt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="376"/>
        <source>Saved. Print the badge again if it was wrong.</source>
        <translation>Lagret. Skriv ut navneskiltet på nytt hvis det var feil.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="30"/>
        <source>Import registrations</source>
        <translation>Importer påmeldinger</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="32"/>
        <source>Registrations (*.csv *.txt *.xlsx)</source>
        <translation>Påmeldinger (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="53"/>
        <source>Export attendance</source>
        <translation>Eksporter oppmøte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="55"/>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Regneark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="66"/>
        <source>Exported {rows} rows.</source>
        <translation>Eksporterte {rows} rader.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_views.py" line="70"/>
        <source>{done} of {expected} checked in</source>
        <translation>{done} av {expected} sjekket inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_menu.py" line="59"/>
        <source>Saved: an event day now ends at {time}.</source>
        <translation>Lagret: en arrangementsdag slutter nå kl. {time}.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="94"/>
        <source>New event</source>
        <translation>Nytt arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="99"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="100"/>
        <source>Days (YYYY-MM-DD, comma between)</source>
        <translation>Dager (ÅÅÅÅ-MM-DD, komma mellom)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="120"/>
        <source>Give a name and days like 2026-06-01,2026-06-02.</source>
        <translation>Skriv et navn og dager som 2026-06-01,2026-06-02.</translation>
    </message>
</context>
<context>
    <name>NoteBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="58"/>
        <source>Done (Enter)</source>
        <translation>Ferdig (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="59"/>
        <source>Attention: </source>
        <translation>OBS: </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="37"/>
        <source>Correct registration</source>
        <translation>Rett påmelding</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="37"/>
        <source>Walk-in</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="48"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="49"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="50"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="51"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="52"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="53"/>
        <source>Ticket type</source>
        <translation>Billettype</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="84"/>
        <source>Please give a name.</source>
        <translation>Skriv inn et navn.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="71"/>
        <source>Check in (Enter)</source>
        <translation>Sjekk inn (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="72"/>
        <source>Correct… (Ctrl+E)</source>
        <translation>Rett opp … (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="73"/>
        <source>Print badge</source>
        <translation>Skriv ut navneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="74"/>
        <source>Preview badge</source>
        <translation>Forhåndsvis navneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="95"/>
        <source>Days: {days}</source>
        <translation>Dager: {days}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="95"/>
        <source>Days: all</source>
        <translation>Dager: alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="97"/>
        <source>Code: {code}</source>
        <translation>Kode: {code}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="98"/>
        <source>Note: {note}</source>
        <translation>Merknad: {note}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="108"/>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="110"/>
        <source>Not checked in on {day}</source>
        <translation>Ikke sjekket inn {day}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="112"/>
        <source>Checked in at {time} at {desk}</source>
        <translation>Sjekket inn kl. {time} ved {desk}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../checkin/ui/pin_dialog.py" line="32"/>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/pin_dialog.py" line="39"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/pin_dialog.py" line="51"/>
        <source>Checking…</source>
        <translation>Sjekker …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/pin_dialog.py" line="76"/>
        <source>Wrong PIN. A ticket scanned while this box is open is not read: close the box, then scan the ticket again.</source>
        <translation>Feil PIN. En billett som skannes mens denne boksen er åpen, blir ikke lest: lukk boksen, og skann billetten på nytt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/pin_dialog.py" line="79"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Feil PIN. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="19"/>
        <source>%n check-in(s) waiting:</source>
        <translation>
            <numerusform>%n innsjekking venter:</numerusform>
            <numerusform>%n innsjekkinger venter:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="23"/>
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>%n feil til siden.</numerusform>
            <numerusform>%n feil til siden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="27"/>
        <source>%n registration(s) with this name already exist:</source>
        <translation>
            <numerusform>%n registrering med dette navnet finnes allerede:</numerusform>
            <numerusform>%n registreringer med dette navnet finnes allerede:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="32"/>
        <source>%n badge(s) not printed: the desk closed before they were made. Print them again from each attendee&apos;s details:</source>
        <translation>
            <numerusform>%n navneskilt ble ikke skrevet ut: skranken ble lukket før det ble laget. Skriv det ut på nytt fra deltakerens detaljer:</numerusform>
            <numerusform>%n navneskilt ble ikke skrevet ut: skranken ble lukket før de ble laget. Skriv dem ut på nytt fra hver deltakers detaljer:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="201"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="43"/>
        <location filename="../../checkin/ui/purge_dialog.py" line="126"/>
        <source>Purge personal data</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="46"/>
        <source>This removes every name, e-mail, organisation, note and ticket code of {count} registrations from this event file for good, with the audit log and the changes waiting for sync. The counts for reports (per day, point, category and ticket type) are kept.</source>
        <translation>Dette fjerner for godt alle navn, e-postadresser, organisasjoner, merknader og billettkoder for {count} påmeldinger fra denne arrangementsfila, sammen med tilgangsloggen og endringene som venter på synkronisering. Tallene til rapportene (per dag, punkt, kategori og billettype) beholdes.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="53"/>
        <source>{count} changes have not reached a hub yet and will be lost: sync first if one is used.</source>
        <translation>{count} endringer har ikke nådd en hub ennå og går tapt: synkroniser først hvis en hub brukes.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="65"/>
        <source>Keep these imported columns (only those that hold no personal data):</source>
        <translation>Behold disse importerte kolonnene (bare de som ikke inneholder personopplysninger):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="68"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>Jeg &amp;forstår at dette ikke kan angres</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="73"/>
        <source>&amp;Purge personal data</source>
        <translation>&amp;Slett personopplysninger</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="107"/>
        <source>Purging personal data…</source>
        <translation>Sletter personopplysninger …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="114"/>
        <source>Personal data purged: {people} registrations made anonymous, {checkins} check-ins kept for reports.</source>
        <translation>Personopplysningene er slettet: {people} påmeldinger anonymisert, {checkins} innsjekkinger beholdt for rapporter.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="120"/>
        <source>Another program still has the event file open: close it, then purge again to empty the file&apos;s write-ahead log.</source>
        <translation>Et annet program har fortsatt arrangementsfila åpen: lukk det, og slett igjen for å tømme loggfila (WAL).</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="34"/>
        <source>Two registrations differ only by upper and lower case ({codes}): the desk cannot tell which this is. Scan it again, type it exactly, or search by name.</source>
        <translation>To påmeldinger skiller seg bare i store og små bokstaver ({codes}): skranken kan ikke vite hvilken dette er. Skann igjen, skriv koden nøyaktig, eller søk på navn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="40"/>
        <source>Unknown ticket: not on the list for this event.</source>
        <translation>Ukjent billett: ikke på listen for dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="41"/>
        <source>This ticket has been cancelled.</source>
        <translation>Denne billetten er avbestilt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="42"/>
        <source>This ticket is not valid today.</source>
        <translation>Denne billetten gjelder ikke i dag.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="41"/>
        <source>Not valid today. This ticket is valid on {days}.</source>
        <translation>Gjelder ikke i dag. Billetten gjelder {days}.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="43"/>
        <source>Today is not a day of this event.</source>
        <translation>I dag er ikke en dag i dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="44"/>
        <source>This ticket does not give entry here.</source>
        <translation>Denne billetten gir ikke adgang her.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="45"/>
        <source>This ticket is not genuine (the signature does not match).</source>
        <translation>Denne billetten er ikke ekte (signaturen stemmer ikke).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="48"/>
        <source>That was not a ticket code.</source>
        <translation>Det var ikke en billettkode.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="49"/>
        <source>Valid ticket, registration not yet on this desk.</source>
        <translation>Gyldig billett, påmeldingen er ikke kommet til denne skranken ennå.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="58"/>
        <source>(Read ignoring upper and lower case.)</source>
        <translation>(Lest uten hensyn til store og små bokstaver.)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="59"/>
        <source>(Read as the scanner meant it: it types with another keyboard layout.)</source>
        <translation>(Lest slik skanneren mente det: den skriver med et annet tastaturoppsett.)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="77"/>
        <source>The scanner seems set to another keyboard layout than this computer; set it to this computer&apos;s layout (see its manual) to stop these corrections.</source>
        <translation>Skanneren ser ut til å være satt til et annet tastaturoppsett enn denne datamaskinen; sett den til datamaskinens oppsett (se bruksanvisningen) for å slippe disse rettelsene.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="81"/>
        <source>The scanner seems set to another keyboard layout ({scanner}) than this computer ({computer}); set the scanner to {computer} (see its manual) to stop these corrections.</source>
        <translation>Skanneren ser ut til å være satt til et annet tastaturoppsett ({scanner}) enn denne datamaskinen ({computer}); sett skanneren til {computer} (se bruksanvisningen) for å slippe disse rettelsene.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="78"/>
        <source>Ready: show your ticket to the camera</source>
        <translation>Klar: vis billetten til kameraet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="80"/>
        <source>Ready: scan the ticket or search by name</source>
        <translation>Klar: skann billetten eller søk på navn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="98"/>
        <source>Please go to the staffed desk</source>
        <translation>Gå til den betjente skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="110"/>
        <source>You are checked in. Someone there will help you.</source>
        <translation>Du er sjekket inn. Noen der hjelper deg.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="117"/>
        <source>Welcome! Checked in</source>
        <translation>Velkommen! Sjekket inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="118"/>
        <source>Already checked in</source>
        <translation>Allerede sjekket inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="119"/>
        <source>Not admitted</source>
        <translation>Ikke adgang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="128"/>
        <source>First checked in at {time} at {desk}. Reprint the badge if needed.</source>
        <translation>Sjekket inn kl. {time} ved {desk}. Skriv ut navneskiltet på nytt ved behov.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="61"/>
        <location filename="../../checkin/ui/search_panel.py" line="91"/>
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Søk på navn, organisasjon, e-post eller kode (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="127"/>
        <source>(cancelled)</source>
        <translation>(avbestilt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="130"/>
        <source>(checked in {time})</source>
        <translation>(sjekket inn {time})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../checkin/config.py" line="43"/>
        <source>Desk name</source>
        <translation>Navn på skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="44"/>
        <source>Shown on each check-in, e.g. Skranke 2</source>
        <translation>Vises på hver innsjekking, f.eks. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="50"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="57"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="58"/>
        <source>Camera number, video file or stream URL</source>
        <translation>Kameranummer, videofil eller strømmeadresse</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="64"/>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="65"/>
        <source>Empty: the system&apos;s default printer</source>
        <translation>Tomt: systemets standardskriver</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="71"/>
        <source>Badge template</source>
        <translation>Mal for navneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="74"/>
        <source>Print badge on check-in</source>
        <translation>Skriv ut navneskilt ved innsjekking</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="76"/>
        <source>Sounds</source>
        <translation>Lyder</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <location filename="../../checkin/ui/settings_check.py" line="34"/>
        <source>it is not UTF-8 text</source>
        <translation>den er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_check.py" line="36"/>
        <source>a mistake at line {line}, column {column}</source>
        <translation>en feil på linje {line}, kolonne {column}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_check.py" line="40"/>
        <source>it is not a settings file</source>
        <translation>den er ikke en innstillingsfil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_check.py" line="41"/>
        <source>The settings file {file} could not be read ({why}): the desk uses its default settings. A copy of the file is kept as {copy}.</source>
        <translation>Innstillingsfilen {file} kunne ikke leses ({why}): skranken bruker standardinnstillingene. En kopi av filen er tatt vare på som {copy}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="50"/>
        <source>The system&apos;s default printer</source>
        <translation>Systemets standardskriver</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="57"/>
        <source>No camera: handheld scanner and search</source>
        <translation>Uten kamera: håndskanner og søk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="58"/>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="87"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="100"/>
        <source>leave empty to keep the PIN</source>
        <translation>la stå tomt for å beholde PIN-koden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="101"/>
        <source>New admin PIN</source>
        <translation>Ny admin-PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="122"/>
        <source>No camera in this run (started without one)</source>
        <translation>Ikke noe kamera nå (startet uten)</translation>
    </message>
</context>
<context>
    <name>SetupBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="140"/>
        <source>This desk has no name: check-ins are marked «{host}».</source>
        <translation>Skranken har ikke noe navn: innsjekkinger merkes «{host}».</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="145"/>
        <source>No admin PIN: undo, import, export and kiosk are open to all.</source>
        <translation>Ingen admin-PIN: angre, import, eksport og kiosk er åpne for alle.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="147"/>
        <source>Set up this desk…</source>
        <translation>Sett opp skranken …</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="131"/>
        <source>Set up this desk</source>
        <translation>Sett opp skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="133"/>
        <source>e.g. Skranke 2</source>
        <translation>f.eks. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="139"/>
        <source>Desk name</source>
        <translation>Navn på skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="140"/>
        <source>Admin PIN (undo, import, export, leaving kiosk)</source>
        <translation>Admin-PIN (angre, import, eksport, avslutte kiosk)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="141"/>
        <source>The PIN again</source>
        <translation>PIN-koden en gang til</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="150"/>
        <source>Give the desk a name, as it should appear on each check-in.</source>
        <translation>Gi skranken et navn, slik det skal stå på hver innsjekking.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="152"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN-koden må ha minst 4 tegn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="154"/>
        <source>The two PINs differ.</source>
        <translation>De to PIN-kodene er ulike.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="65"/>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="99"/>
        <source>{count} waiting</source>
        <translation>{count} venter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="101"/>
        <source>Synced {time}</source>
        <translation>Synkronisert {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="105"/>
        <source>Token refused: ask the organiser for a new one</source>
        <translation>Nøkkelen ble avvist: be arrangøren om en ny</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="107"/>
        <source>Offline, last synced {time}</source>
        <translation>Frakoblet, sist synkronisert {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="111"/>
        <source>Offline, not synced yet</source>
        <translation>Frakoblet, ikke synkronisert ennå</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="113"/>
        <source>Hub: {url}</source>
        <translation>Hub: {url}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="115"/>
        <source>Last error: {error}</source>
        <translation>Siste feil: {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="119"/>
        <source>This computer&apos;s clock is {minutes} minutes off the hub&apos;s.</source>
        <translation>Klokka på denne datamaskinen går {minutes} minutter feil i forhold til huben.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="126"/>
        <source>Also admitted elsewhere</source>
        <translation>Også sjekket inn et annet sted</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="130"/>
        <source>Answers from pretix</source>
        <translation>Svar fra pretix</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="145"/>
        <source>{who} was also admitted at {desk} at {at} (here: {here_desk} at {here_at}). {first}&apos;s check-in counts.</source>
        <translation>{who} ble også sjekket inn ved {desk} kl. {at} (her: {here_desk} kl. {here_at}). Innsjekkingen ved {first} teller.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="166"/>
        <source>{who} was admitted here ({here_desk} at {here_at}), but the ticket has been canceled in pretix since.</source>
        <translation>{who} ble sjekket inn her ({here_desk} kl. {here_at}), men billetten er kansellert i pretix etterpå.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="172"/>
        <source>{who} was admitted here ({here_desk} at {here_at}), but pretix says the ticket is not valid now ({reason}).</source>
        <translation>{who} ble sjekket inn her ({here_desk} kl. {here_at}), men pretix sier at billetten ikke er gyldig nå ({reason}).</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="32"/>
        <source>90 x 55 mm badge (default)</source>
        <translation>Navneskilt 90 x 55 mm (standard)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="33"/>
        <source>A4 sheet of 10 badges of 90 x 55 mm</source>
        <translation>A4-ark med 10 navneskilt på 90 x 55 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="34"/>
        <source>A6 portrait, 105 x 148 mm</source>
        <translation>A6 stående, 105 x 148 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="35"/>
        <source>A7 portrait, 74 x 105 mm</source>
        <translation>A7 stående, 74 x 105 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="36"/>
        <source>86 x 54 mm card (CR80, card printers)</source>
        <translation>Kort 86 x 54 mm (CR80, kortskrivere)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="37"/>
        <source>62 mm label roll, 62 x 100 mm</source>
        <translation>Etikettrull 62 mm, 62 x 100 mm</translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="100"/>
        <source>confirm the note first (Enter)</source>
        <translation>bekreft merknaden først (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="101"/>
        <source>they go when the dialog is closed</source>
        <translation>de gjennomføres når dialogen lukkes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="102"/>
        <source>being checked in</source>
        <translation>sjekkes inn nå</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="108"/>
        <source>Waiting for the event file: another program is writing it ({seconds} s). Nothing is lost; the check-in goes as soon as it is free.</source>
        <translation>Venter på arrangementsfila: et annet program skriver i den ({seconds} s). Ingenting går tapt; innsjekkingen går så snart den er ledig.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="117"/>
        <source>— The desk stays open until the waiting check-ins are done: then quit again.</source>
        <translation>– Skranken lukkes ikke før ventende innsjekkinger er gjennomført: avslutt så igjen.</translation>
    </message>
</context>
</TS>
