<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="41"/>
        <source>Details shown</source>
        <translation>Detaljar viste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="42"/>
        <source>Badge reprinted</source>
        <translation>Namneskilt skrive ut på nytt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="43"/>
        <source>Record corrected</source>
        <translation>Påmelding retta</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="67"/>
        <source>Every lookup of a person at the desks of this event: details shown, badge reprinted, record corrected.</source>
        <translation>Kvart oppslag på ein person ved skrankane på dette arrangementet: detaljar viste, namneskilt skrive ut på nytt, påmelding retta.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="89"/>
        <source>The audit log is empty.</source>
        <translation>Tilgangsloggen er tom.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/audit_dialog.py" line="90"/>
        <source>{count} entries, newest first.</source>
        <translation>{count} oppføringar, nyaste først.</translation>
    </message>
</context>
<context>
    <name>BadgeDesk</name>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="45"/>
        <source>Badge for {name}: waiting for the printer</source>
        <translation>Namneskilt for {name}: ventar på skrivaren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="46"/>
        <source>Badge for {name}: printing</source>
        <translation>Namneskilt for {name}: vert skriven ut</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="47"/>
        <source>Badge for {name}: sent to {printer}</source>
        <translation>Namneskilt for {name}: send til {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="48"/>
        <source>Badge for {name} NOT printed: {why}</source>
        <translation>Namneskilt for {name} IKKJE skriven ut: {why}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="51"/>
        <source>the default printer</source>
        <translation>standardskrivaren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="160"/>
        <source>Badge preview written: {file}</source>
        <translation>Førehandsvising av namneskilt lagra: {file}</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="21"/>
        <source>Badge preview</source>
        <translation>Førehandsvising av namneskilt</translation>
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
        <translation>Ikkje noko kamera</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="64"/>
        <source>Connect to hub</source>
        <translation>Kople til hub</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="68"/>
        <source>Search again</source>
        <translation>Søk igjen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="78"/>
        <source>Connect</source>
        <translation>Kople til</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="86"/>
        <source>Hubs on this network:</source>
        <translation>Hubar på dette nettverket:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="91"/>
        <source>Hub address (URL):</source>
        <translation>Adressa til huben (URL):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="92"/>
        <source>Event (slug):</source>
        <translation>Arrangement (kortnamn):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="93"/>
        <source>Desk token:</source>
        <translation>Token for skranken:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="102"/>
        <source>Searching for hubs…</source>
        <translation>Søkjer etter hubar…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="114"/>
        <source>Hubs found: {count}. Pick one, or type an address.</source>
        <translation>Hubar funne: {count}. Vel ein, eller skriv inn ei adresse.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="121"/>
        <source>No hub answered on this network: type its address.</source>
        <translation>Ingen hub svara på dette nettverket: skriv inn adressa.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="126"/>
        <source>Could not search this network ({error}): type the hub&apos;s address.</source>
        <translation>Kunne ikkje søkje på dette nettverket ({error}): skriv inn adressa til huben.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="139"/>
        <source>the hub&apos;s address</source>
        <translation>adressa til huben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="140"/>
        <source>the event&apos;s slug</source>
        <translation>kortnamnet til arrangementet</translation>
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
        <translation>Koplar til {url}…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="169"/>
        <source>Connected to {event}: {pulled} changes pulled from the hub. This desk now syncs with it ({file}).</source>
        <translation>Kopla til {event}: {pulled} endringar henta frå huben. Denne skranken synkroniserer no med han ({file}).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="183"/>
        <source>The hub refused the token: it is unknown, revoked or for another event. Ask the organiser for a new one.</source>
        <translation>Huben avviste tokenet: det er ukjent, trekt tilbake eller for eit anna arrangement. Be arrangøren om eit nytt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="186"/>
        <source>Could not reach the hub: {error}. Check the address and the network.</source>
        <translation>Fekk ikkje kontakt med huben: {error}. Sjekk adressa og nettverket.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="190"/>
        <source>The hub refused: {error}</source>
        <translation>Huben avviste: {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/connect_dialog.py" line="193"/>
        <source>Could not connect: {error}</source>
        <translation>Kunne ikkje kople til: {error}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../checkin/ui/crash.py" line="56"/>
        <source>Check-in Desk ran into an error it did not expect while working in the background ({error}).</source>
        <translation>Check-in Desk fekk ein uventa feil under arbeid i bakgrunnen ({error}).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="59"/>
        <source>Check-in Desk ran into an error it did not expect ({error}).</source>
        <translation>Check-in Desk fekk ein uventa feil ({error}).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="63"/>
        <source>The desk goes on. Nothing is lost: every check-in it showed is saved in the event file.</source>
        <translation>Skranken held fram. Ingenting er tapt: kvar innsjekking han viste, er lagra i arrangementsfila.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="67"/>
        <source>No log file is kept on this computer.</source>
        <translation>Denne datamaskina fører inga loggfil.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="69"/>
        <source>The details are in the log file {file}; please send it to whoever looks after the desk.</source>
        <translation>Detaljane står i loggfila {file}; send ho til den som har ansvaret for skranken.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="143"/>
        <source>Something went wrong</source>
        <translation>Noko gjekk gale</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/crash.py" line="151"/>
        <source>Open the log folder</source>
        <translation>Opne loggmappa</translation>
    </message>
</context>
<context>
    <name>DayBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="178"/>
        <source>Not today: check-ins count for {day} (today is {today}).</source>
        <translation>Ikkje i dag: innsjekkingar gjeld {day} (i dag er {today}).</translation>
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
        <translation>Opne arrangement …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="50"/>
        <source>Settings…</source>
        <translation>Innstillingar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="129"/>
        <source>Recent events</source>
        <translation>Nyleg brukte arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_menu.py" line="28"/>
        <source>Open event</source>
        <translation>Opne arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="236"/>
        <source>Opening {file}…</source>
        <translation>Opnar {file} …</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../checkin/ui/statusbar/connection.py" line="30"/>
        <source>Working locally (no sync set up)</source>
        <translation>Lokal drift (inga synkronisering sett opp)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/statusbar/connection.py" line="31"/>
        <source>Offline – check-ins are kept and sent later</source>
        <translation>Fråkopla – innsjekkingar vert lagra og sende seinare</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/statusbar/connection.py" line="32"/>
        <source>Online – check-ins are shared</source>
        <translation>Tilkopla – innsjekkingar vert delte</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="26"/>
        <source>Event settings</source>
        <translation>Innstillingar for arrangementet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="32"/>
        <source>A check-in after midnight and before this time counts to the day before.</source>
        <translation>Ei innsjekking etter midnatt og før dette klokkeslettet tel for dagen før.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="37"/>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="38"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="39"/>
        <source>Time zone</source>
        <translation>Tidssone</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_dialog.py" line="40"/>
        <source>An event day ends at</source>
        <translation>Ein arrangementsdag sluttar kl.</translation>
    </message>
</context>
<context>
    <name>EventFiles</name>
    <message>
        <location filename="../../checkin/ui/event_files.py" line="57"/>
        <source>{file} is not a Check-in Desk event file; it was left as it is. Choose an event file made by Check-in Desk, or make a new event (File → New event…).</source>
        <translation>{file} er ikkje ei arrangementsfil frå Check-in Desk; ho er late vere som ho var. Vel ei arrangementsfil laga av Check-in Desk, eller lag eit nytt arrangement (Fil → Nytt arrangement …).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_files.py" line="65"/>
        <source>There is no event file at {file}. Choose another, or make a new event (File → New event…).</source>
        <translation>Det finst inga arrangementsfil i {file}. Vel ei anna, eller lag eit nytt arrangement (Fil → Nytt arrangement …).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_files.py" line="71"/>
        <source>{file} already holds an event: give the new one another name.</source>
        <translation>{file} har alt eit arrangement: gi det nye eit anna namn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_files.py" line="75"/>
        <source>{file} holds no event. Choose another event file, or make a new event (File → New event…).</source>
        <translation>{file} har ikkje noko arrangement. Vel ei anna arrangementsfil, eller lag eit nytt arrangement (Fil → Nytt arrangement …).</translation>
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
        <translation>Førenamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="29"/>
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="30"/>
        <source>Full name</source>
        <translation>Fullt namn</translation>
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
        <translation>Billetttype</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="34"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="35"/>
        <source>Valid days</source>
        <translation>Gyldige dagar</translation>
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
        <translation>Unicode (UTF-16, «Unicode-tekst» frå Excel)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="60"/>
        <source>Windows Western European (cp1252)</source>
        <translation>Windows vesteuropeisk (cp1252)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="61"/>
        <source>Mac OS Roman (Excel&apos;s &quot;CSV (Macintosh)&quot;)</source>
        <translation>Mac OS Roman («CSV (Macintosh)» frå Excel)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="62"/>
        <source>DOS Latin-1 (Excel&apos;s &quot;CSV (MS-DOS)&quot;)</source>
        <translation>DOS Latin-1 («CSV (MS-DOS)» frå Excel)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="63"/>
        <source>Western European (ISO 8859-1)</source>
        <translation>Vesteuropeisk (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="66"/>
        <source>columns separated by semicolons</source>
        <translation>kolonnar skilde med semikolon</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="67"/>
        <source>columns separated by commas</source>
        <translation>kolonnar skilde med komma</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="68"/>
        <source>columns separated by tabs</source>
        <translation>kolonnar skilde med tabulator</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="70"/>
        <source>Text file in {encoding}, {separator}</source>
        <translation>Tekstfil i {encoding}, {separator}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_texts.py" line="95"/>
        <source>{count} columns could be {field}: {columns}. Using «{chosen}», whose values look most like the attendees&apos; own; choose another column for {field} above to use it instead.</source>
        <translation>{count} kolonnar kan vere {field}: {columns}. Brukar «{chosen}», der verdiane liknar mest på deltakarane sine eigne; vel ein annan kolonne for {field} ovanfor for å bruke han i staden.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="52"/>
        <source>Import registrations: {file}</source>
        <translation>Importer påmeldingar: {file}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="56"/>
        <source>Reading {file}…</source>
        <translation>Les {file} …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="63"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="161"/>
        <source>Nothing was imported. Problems:</source>
        <translation>Ingenting vart importert. Problem:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="167"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</source>
        <translation>{added} nye, {updated} endra, {unchanged} uendra, {cancelled} avbestilt.</translation>
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
        <translation>Ein registreringsskranke for konferansar som verkar utan nett.</translation>
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
        <translation>Ho inneheld personopplysningane til deltakarane: la ho liggje der, og slett dei når arrangementet er over (Fil → Slett personopplysningar).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help_menu.py" line="68"/>
        <source>Keyboard shortcuts</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="235"/>
        <source>An event day ends at {time}</source>
        <translation>Ein arrangementsdag sluttar kl. {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="356"/>
        <source>The desk is still starting: try again in a moment.</source>
        <translation>Skranken startar framleis: prøv igjen om ein augneblink.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="74"/>
        <source>Walk-in</source>
        <translation>Ny deltakar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="76"/>
        <source>Check in {name}</source>
        <translation>Sjekk inn {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="77"/>
        <source>Show them in search</source>
        <translation>Vis dei i søket</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="79"/>
        <source>Register a new walk-in</source>
        <translation>Registrer ein ny deltakar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="129"/>
        <source>Nothing to undo: the latest check-in here was undone already.</source>
        <translation>Ingenting å angre: den siste innsjekkinga her er alt angra.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="131"/>
        <source>Nothing to undo: no check-in at this desk since it started.</source>
        <translation>Ingenting å angre: inga innsjekking ved denne skranken sidan han starta.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="153"/>
        <source>Nothing to undo: {name} is not checked in.</source>
        <translation>Ingenting å angre: {name} er ikkje sjekka inn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/corrections.py" line="157"/>
        <source>Check-in undone: {name}.</source>
        <translation>Innsjekking angra: {name}.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="38"/>
        <source>Walk-in…</source>
        <translation>Ny deltakar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="39"/>
        <source>Undo last check-in</source>
        <translation>Angre siste innsjekk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="40"/>
        <source>Reprint badge</source>
        <translation>Skriv ut namneskilt på nytt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="41"/>
        <source>Correct registration…</source>
        <translation>Rett påmelding …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="42"/>
        <source>Preview badge…</source>
        <translation>Førehandsvis namneskilt …</translation>
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
        <translation>Importer påmeldingar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="47"/>
        <source>Export attendance…</source>
        <translation>Eksporter oppmøte …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="51"/>
        <source>Event settings…</source>
        <translation>Innstillingar for arrangementet …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="52"/>
        <source>Audit log…</source>
        <translation>Tilgangslogg …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="53"/>
        <source>Purge personal data…</source>
        <translation>Slett personopplysningar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="54"/>
        <source>Attendance dashboard…</source>
        <translation>Oppmøteoversikt…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="55"/>
        <source>Connect to hub…</source>
        <translation>Kople til hub…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="56"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_menus.py" line="128"/>
        <source>Print badge on check-in</source>
        <translation>Skriv ut namneskilt ved innsjekking</translation>
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
        <translation>Siste innsjekkingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_views.py" line="132"/>
        <source>Something went wrong ({kind}: {error}). Nothing was lost.</source>
        <translation>Noko gjekk gale ({kind}: {error}). Ingenting gjekk tapt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="376"/>
        <source>Saved. Print the badge again if it was wrong.</source>
        <translation>Lagra. Skriv ut namneskiltet på nytt om det var feil.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="30"/>
        <source>Import registrations</source>
        <translation>Importer påmeldingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="32"/>
        <source>Registrations (*.csv *.txt *.xlsx)</source>
        <translation>Påmeldingar (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="53"/>
        <source>Export attendance</source>
        <translation>Eksporter oppmøte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="55"/>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Rekneark (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="66"/>
        <source>Exported {rows} rows.</source>
        <translation>Eksporterte {rows} rader.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/window_views.py" line="70"/>
        <source>{done} of {expected} checked in</source>
        <translation>{done} av {expected} sjekka inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/event_menu.py" line="59"/>
        <source>Saved: an event day now ends at {time}.</source>
        <translation>Lagra: ein arrangementsdag sluttar no kl. {time}.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="100"/>
        <source>Days (YYYY-MM-DD, comma between)</source>
        <translation>Dagar (ÅÅÅÅ-MM-DD, komma mellom)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="120"/>
        <source>Give a name and days like 2026-06-01,2026-06-02.</source>
        <translation>Skriv eit namn og dagar som 2026-06-01,2026-06-02.</translation>
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
        <translation>Ny deltakar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="48"/>
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="49"/>
        <source>Last name</source>
        <translation>Etternamn</translation>
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
        <translation>Billetttype</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="84"/>
        <source>Please give a name.</source>
        <translation>Skriv inn eit namn.</translation>
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
        <translation>Skriv ut namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="74"/>
        <source>Preview badge</source>
        <translation>Førehandsvis namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="95"/>
        <source>Days: {days}</source>
        <translation>Dagar: {days}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="95"/>
        <source>Days: all</source>
        <translation>Dagar: alle</translation>
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
        <translation>Ikkje sjekka inn {day}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="112"/>
        <source>Checked in at {time} at {desk}</source>
        <translation>Sjekka inn kl. {time} ved {desk}</translation>
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
        <translation>Sjekkar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/pin_dialog.py" line="76"/>
        <source>Wrong PIN. A ticket scanned while this box is open is not read: close the box, then scan the ticket again.</source>
        <translation>Feil PIN. Ein billett som vert skanna medan denne boksen er open, vert ikkje lesen: lukk boksen, og skann billetten på nytt.</translation>
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
            <numerusform>%n innsjekking ventar:</numerusform>
            <numerusform>%n innsjekkingar ventar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="23"/>
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>%n feil til sidan.</numerusform>
            <numerusform>%n feil til sidan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="27"/>
        <source>%n registration(s) with this name already exist:</source>
        <translation>
            <numerusform>%n registrering med dette namnet finst allereie:</numerusform>
            <numerusform>%n registreringar med dette namnet finst allereie:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="32"/>
        <source>%n badge(s) not printed: the desk closed before they were made. Print them again from each attendee&apos;s details:</source>
        <translation>
            <numerusform>%n namneskilt vart ikkje skrive ut: skranken vart lukka før det vart laga. Skriv det ut på nytt frå detaljane til deltakaren:</numerusform>
            <numerusform>%n namneskilt vart ikkje skrivne ut: skranken vart lukka før dei vart laga. Skriv dei ut på nytt frå detaljane til kvar deltakar:</numerusform>
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
        <translation>Slett personopplysningar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="46"/>
        <source>This removes every name, e-mail, organisation, note and ticket code of {count} registrations from this event file for good, with the audit log and the changes waiting for sync. The counts for reports (per day, point, category and ticket type) are kept.</source>
        <translation>Dette fjernar for godt alle namn, e-postadresser, organisasjonar, merknader og billettkodar for {count} påmeldingar frå denne arrangementsfila, saman med tilgangsloggen og endringane som ventar på synkronisering. Tala til rapportane (per dag, punkt, kategori og billettype) vert haldne att.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="53"/>
        <source>{count} changes have not reached a hub yet and will be lost: sync first if one is used.</source>
        <translation>{count} endringar har ikkje nådd ein hub enno og går tapt: synkroniser først om ein hub vert brukt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="65"/>
        <source>Keep these imported columns (only those that hold no personal data):</source>
        <translation>Behald desse importerte kolonnane (berre dei som ikkje inneheld personopplysningar):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="68"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>Eg &amp;forstår at dette ikkje kan angrast</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="73"/>
        <source>&amp;Purge personal data</source>
        <translation>&amp;Slett personopplysningar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="107"/>
        <source>Purging personal data…</source>
        <translation>Slettar personopplysningar …</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="114"/>
        <source>Personal data purged: {people} registrations made anonymous, {checkins} check-ins kept for reports.</source>
        <translation>Personopplysningane er sletta: {people} påmeldingar anonymiserte, {checkins} innsjekkingar haldne att for rapportar.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/purge_dialog.py" line="120"/>
        <source>Another program still has the event file open: close it, then purge again to empty the file&apos;s write-ahead log.</source>
        <translation>Eit anna program har framleis arrangementsfila open: lukk det, og slett att for å tømme loggfila (WAL).</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="34"/>
        <source>Two registrations differ only by upper and lower case ({codes}): the desk cannot tell which this is. Scan it again, type it exactly, or search by name.</source>
        <translation>To påmeldingar skil seg berre i store og små bokstavar ({codes}): skranken kan ikkje vite kva for ei dette er. Skann på nytt, skriv koden nøyaktig, eller søk på namn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="40"/>
        <source>Unknown ticket: not on the list for this event.</source>
        <translation>Ukjend billett: ikkje på lista for dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="41"/>
        <source>This ticket has been cancelled.</source>
        <translation>Denne billetten er avbestilt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="42"/>
        <source>This ticket is not valid today.</source>
        <translation>Denne billetten gjeld ikkje i dag.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="41"/>
        <source>Not valid today. This ticket is valid on {days}.</source>
        <translation>Gjeld ikkje i dag. Billetten gjeld {days}.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="43"/>
        <source>Today is not a day of this event.</source>
        <translation>I dag er ikkje ein dag i dette arrangementet.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="44"/>
        <source>This ticket does not give entry here.</source>
        <translation>Denne billetten gjev ikkje tilgang her.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="45"/>
        <source>This ticket is not genuine (the signature does not match).</source>
        <translation>Denne billetten er ikkje ekte (signaturen stemmer ikkje).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="48"/>
        <source>That was not a ticket code.</source>
        <translation>Det var ikkje ein billettkode.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="49"/>
        <source>Valid ticket, registration not yet on this desk.</source>
        <translation>Gyldig billett, påmeldinga er ikkje komen til denne skranken enno.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="58"/>
        <source>(Read ignoring upper and lower case.)</source>
        <translation>(Lese utan omsyn til store og små bokstavar.)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="59"/>
        <source>(Read as the scanner meant it: it types with another keyboard layout.)</source>
        <translation>(Lese slik skannaren meinte det: han skriv med eit anna tastaturoppsett.)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="77"/>
        <source>The scanner seems set to another keyboard layout than this computer; set it to this computer&apos;s layout (see its manual) to stop these corrections.</source>
        <translation>Skannaren ser ut til å vere sett til eit anna tastaturoppsett enn denne datamaskina; set han til oppsettet til datamaskina (sjå bruksrettleiinga) for å sleppe desse rettingane.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_texts.py" line="81"/>
        <source>The scanner seems set to another keyboard layout ({scanner}) than this computer ({computer}); set the scanner to {computer} (see its manual) to stop these corrections.</source>
        <translation>Skannaren ser ut til å vere sett til eit anna tastaturoppsett ({scanner}) enn denne datamaskina ({computer}); set skannaren til {computer} (sjå bruksrettleiinga) for å sleppe desse rettingane.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="78"/>
        <source>Ready: show your ticket to the camera</source>
        <translation>Klar: vis billetten til kameraet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="80"/>
        <source>Ready: scan the ticket or search by name</source>
        <translation>Klar: skann billetten eller søk på namn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="98"/>
        <source>Please go to the staffed desk</source>
        <translation>Gå til den betente skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="110"/>
        <source>You are checked in. Someone there will help you.</source>
        <translation>Du er sjekka inn. Nokon der hjelper deg.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="117"/>
        <source>Welcome! Checked in</source>
        <translation>Velkomen! Sjekka inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="118"/>
        <source>Already checked in</source>
        <translation>Alt sjekka inn</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="119"/>
        <source>Not admitted</source>
        <translation>Ikkje tilgang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="128"/>
        <source>First checked in at {time} at {desk}. Reprint the badge if needed.</source>
        <translation>Sjekka inn kl. {time} ved {desk}. Skriv ut namneskiltet på nytt ved behov.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="61"/>
        <location filename="../../checkin/ui/search_panel.py" line="91"/>
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Søk på namn, organisasjon, e-post eller kode (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="127"/>
        <source>(cancelled)</source>
        <translation>(avbestilt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="130"/>
        <source>(checked in {time})</source>
        <translation>(sjekka inn {time})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../checkin/config.py" line="43"/>
        <source>Desk name</source>
        <translation>Namn på skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="44"/>
        <source>Shown on each check-in, e.g. Skranke 2</source>
        <translation>Vert vist på kvar innsjekking, t.d. Skranke 2</translation>
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
        <translation>Kameranummer, videofil eller straumeadresse</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="64"/>
        <source>Printer</source>
        <translation>Skrivar</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="65"/>
        <source>Empty: the system&apos;s default printer</source>
        <translation>Tomt: standardskrivaren til systemet</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="71"/>
        <source>Badge template</source>
        <translation>Mal for namneskilt</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="74"/>
        <source>Print badge on check-in</source>
        <translation>Skriv ut namneskilt ved innsjekking</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="76"/>
        <source>Sounds</source>
        <translation>Lydar</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <location filename="../../checkin/ui/settings_check.py" line="34"/>
        <source>it is not UTF-8 text</source>
        <translation>ho er ikkje UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_check.py" line="36"/>
        <source>a mistake at line {line}, column {column}</source>
        <translation>ein feil på linje {line}, kolonne {column}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_check.py" line="40"/>
        <source>it is not a settings file</source>
        <translation>ho er ikkje ei innstillingsfil</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_check.py" line="41"/>
        <source>The settings file {file} could not be read ({why}): the desk uses its default settings. A copy of the file is kept as {copy}.</source>
        <translation>Innstillingsfila {file} kunne ikkje lesast ({why}): skranken brukar standardinnstillingane. Ein kopi av fila er teken vare på som {copy}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="50"/>
        <source>The system&apos;s default printer</source>
        <translation>Systemet sin standardskrivar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="57"/>
        <source>No camera: handheld scanner and search</source>
        <translation>Utan kamera: handskannar og søk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="58"/>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="87"/>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="100"/>
        <source>leave empty to keep the PIN</source>
        <translation>la stå tomt for å halde på PIN-koden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="101"/>
        <source>New admin PIN</source>
        <translation>Ny admin-PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="122"/>
        <source>No camera in this run (started without one)</source>
        <translation>Ikkje noko kamera no (starta utan)</translation>
    </message>
</context>
<context>
    <name>SetupBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="140"/>
        <source>This desk has no name: check-ins are marked «{host}».</source>
        <translation>Skranken har ikkje noko namn: innsjekkingar vert merkte «{host}».</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="145"/>
        <source>No admin PIN: undo, import, export and kiosk are open to all.</source>
        <translation>Ingen admin-PIN: angre, import, eksport og kiosk er opne for alle.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="147"/>
        <source>Set up this desk…</source>
        <translation>Set opp skranken …</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="131"/>
        <source>Set up this desk</source>
        <translation>Set opp skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="133"/>
        <source>e.g. Skranke 2</source>
        <translation>t.d. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="139"/>
        <source>Desk name</source>
        <translation>Namn på skranken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="140"/>
        <source>Admin PIN (undo, import, export, leaving kiosk)</source>
        <translation>Admin-PIN (angre, import, eksport, avslutte kiosk)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="141"/>
        <source>The PIN again</source>
        <translation>PIN-koden ein gong til</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="150"/>
        <source>Give the desk a name, as it should appear on each check-in.</source>
        <translation>Gje skranken eit namn, slik det skal stå på kvar innsjekking.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="152"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN-koden må ha minst 4 teikn.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="154"/>
        <source>The two PINs differ.</source>
        <translation>Dei to PIN-kodane er ulike.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="65"/>
        <source>Sync now</source>
        <translation>Synkroniser no</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="99"/>
        <source>{count} waiting</source>
        <translation>{count} ventar</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="101"/>
        <source>Synced {time}</source>
        <translation>Synkronisert {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="105"/>
        <source>Token refused: ask the organiser for a new one</source>
        <translation>Nøkkelen vart avvist: be arrangøren om ein ny</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="107"/>
        <source>Offline, last synced {time}</source>
        <translation>Fråkopla, sist synkronisert {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="111"/>
        <source>Offline, not synced yet</source>
        <translation>Fråkopla, ikkje synkronisert enno</translation>
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
        <translation>Klokka på denne datamaskina går {minutes} minutt feil i høve til huben.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="126"/>
        <source>Also admitted elsewhere</source>
        <translation>Òg sjekka inn ein annan stad</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="130"/>
        <source>Answers from pretix</source>
        <translation>Svar frå pretix</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="145"/>
        <source>{who} was also admitted at {desk} at {at} (here: {here_desk} at {here_at}). {first}&apos;s check-in counts.</source>
        <translation>{who} vart òg sjekka inn ved {desk} kl. {at} (her: {here_desk} kl. {here_at}). Innsjekkinga ved {first} tel.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="166"/>
        <source>{who} was admitted here ({here_desk} at {here_at}), but the ticket has been canceled in pretix since.</source>
        <translation>{who} vart sjekka inn her ({here_desk} kl. {here_at}), men billetten er kansellert i pretix etterpå.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="172"/>
        <source>{who} was admitted here ({here_desk} at {here_at}), but pretix says the ticket is not valid now ({reason}).</source>
        <translation>{who} vart sjekka inn her ({here_desk} kl. {here_at}), men pretix seier at billetten ikkje er gyldig no ({reason}).</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="32"/>
        <source>90 x 55 mm badge (default)</source>
        <translation>Namneskilt 90 x 55 mm (standard)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="33"/>
        <source>A4 sheet of 10 badges of 90 x 55 mm</source>
        <translation>A4-ark med 10 namneskilt på 90 x 55 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="34"/>
        <source>A6 portrait, 105 x 148 mm</source>
        <translation>A6 ståande, 105 x 148 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="35"/>
        <source>A7 portrait, 74 x 105 mm</source>
        <translation>A7 ståande, 74 x 105 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="36"/>
        <source>86 x 54 mm card (CR80, card printers)</source>
        <translation>Kort 86 x 54 mm (CR80, kortskrivarar)</translation>
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
        <translation>stadfest merknaden først (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="101"/>
        <source>they go when the dialog is closed</source>
        <translation>dei vert gjennomførte når dialogen vert lukka</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="102"/>
        <source>being checked in</source>
        <translation>vert sjekka inn no</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="108"/>
        <source>Waiting for the event file: another program is writing it ({seconds} s). Nothing is lost; the check-in goes as soon as it is free.</source>
        <translation>Ventar på arrangementsfila: eit anna program skriv i ho ({seconds} s). Ingenting går tapt; innsjekkinga går så snart ho er ledig.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="117"/>
        <source>— The desk stays open until the waiting check-ins are done: then quit again.</source>
        <translation>– Skranken vert ikkje lukka før ventande innsjekkingar er gjennomførte: avslutt så igjen.</translation>
    </message>
</context>
</TS>
