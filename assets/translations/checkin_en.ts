<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BadgeDesk</name>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="29" />
        <source>Badge for {name}: waiting for the printer</source>
        <translation>Badge for {name}: waiting for the printer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="30" />
        <source>Badge for {name}: printing</source>
        <translation>Badge for {name}: printing</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="31" />
        <source>Badge for {name}: sent to {printer}</source>
        <translation>Badge for {name}: sent to {printer}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="32" />
        <source>Badge for {name} NOT printed: {why}</source>
        <translation>Badge for {name} NOT printed: {why}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="35" />
        <source>the default printer</source>
        <translation>the default printer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_desk.py" line="74" />
        <source>Badge preview written: {file}</source>
        <translation>Badge preview written: {file}</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="21" />
        <source>Badge preview</source>
        <translation>Badge preview</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="30" />
        <source>Print</source>
        <translation>Print</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/buttons.py" line="17" />
        <location filename="../../checkin/ui/import_dialog.py" line="197" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/ui/camera_view.py" line="24" />
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="163" />
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="164" />
        <source>Open event…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="165" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="166" />
        <source>Recent events</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="171" />
        <source>Open event</source>
        <translation>Open event</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <location filename="../../checkin/ui/status_bar.py" line="36" />
        <source>Working locally (no sync set up)</source>
        <translation>Working locally (no sync set up)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/status_bar.py" line="37" />
        <source>Offline – check-ins are kept and sent later</source>
        <translation>Offline – check-ins are kept and sent later</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/status_bar.py" line="38" />
        <source>Online – check-ins are shared</source>
        <translation>Online – check-ins are shared</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../checkin/ui/formats.py" line="22" />
        <source>ddd d MMMM</source>
        <translation>ddd d MMMM</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="37" />
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="38" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="39" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="40" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="41" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="42" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="43" />
        <source>Ticket type</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="44" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="45" />
        <source>Valid days</source>
        <translation>Valid days</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="46" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="47" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="48" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="56" />
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="57" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="66" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="68" />
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="69" />
        <source>Windows Western European (cp1252)</source>
        <translation>Windows Western European (cp1252)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="70" />
        <source>Western European (ISO 8859-1)</source>
        <translation>Western European (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="73" />
        <source>columns separated by semicolons</source>
        <translation>columns separated by semicolons</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="74" />
        <source>columns separated by commas</source>
        <translation>columns separated by commas</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="75" />
        <source>columns separated by tabs</source>
        <translation>columns separated by tabs</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="77" />
        <source>Text file in {encoding}, {separator}</source>
        <translation>Text file in {encoding}, {separator}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="109" />
        <source>Import registrations: {file}</source>
        <translation>Import registrations: {file}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="117" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="182" />
        <source>Nothing was imported. Problems:</source>
        <translation>Nothing was imported. Problems:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="188" />
        <source>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</source>
        <translation>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="100" />
        <source>Desk: {name}</source>
        <translation>Desk: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="110" />
        <location filename="../../checkin/ui/main_window.py" line="282" />
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="318" />
        <source>Nothing to undo: no check-in at this desk since it started.</source>
        <translation>Nothing to undo: no check-in at this desk since it started.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="332" />
        <source>Nothing to undo: {name} is not checked in.</source>
        <translation>Nothing to undo: {name} is not checked in.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="334" />
        <source>Check-in undone: {name}.</source>
        <translation>Check-in undone: {name}.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="140" />
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="141" />
        <source>Undo last check-in</source>
        <translation>Undo last check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="142" />
        <source>Reprint badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="143" />
        <source>Correct registration…</source>
        <translation>Correct registration…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="144" />
        <source>Preview badge…</source>
        <translation>Preview badge…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="145" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="146" />
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="147" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="148" />
        <source>Import registrations…</source>
        <translation>Import registrations…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="149" />
        <source>Export attendance…</source>
        <translation>Export attendance…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="153" />
        <source>Print badge on check-in</source>
        <translation>Print badge on check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="154" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="155" />
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk_layout.py" line="156" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="112" />
        <source>Latest check-ins</source>
        <translation>Latest check-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="277" />
        <source>Something went wrong ({kind}: {error}). Nothing was lost.</source>
        <translation>Something went wrong ({kind}: {error}). Nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="351" />
        <source>Saved. Print the badge again if it was wrong.</source>
        <translation>Saved. Print the badge again if it was wrong.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="24" />
        <source>Import registrations</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="26" />
        <source>Registrations (*.csv *.txt *.xlsx)</source>
        <translation>Registrations (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="45" />
        <source>Export attendance</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="47" />
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/files.py" line="54" />
        <source>Exported {rows} rows.</source>
        <translation>Exported {rows} rows.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="232" />
        <source>{done} of {expected} checked in</source>
        <translation>{done} of {expected} checked in</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="113" />
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="118" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="119" />
        <source>Days (YYYY-MM-DD, comma between)</source>
        <translation>Days (YYYY-MM-DD, comma between)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="139" />
        <source>Give a name and days like 2026-06-01,2026-06-02.</source>
        <translation>Give a name and days like 2026-06-01,2026-06-02.</translation>
    </message>
</context>
<context>
    <name>NoteBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="49" />
        <source>Done (Enter)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="50" />
        <source>Attention: </source>
        <translation>Attention: </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="39" />
        <source>Correct registration</source>
        <translation>Correct registration</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="39" />
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="50" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="51" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="52" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="53" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="54" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="55" />
        <source>Ticket type</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="86" />
        <source>Please give a name.</source>
        <translation>Please give a name.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="65" />
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="66" />
        <source>Correct… (Ctrl+E)</source>
        <translation>Correct… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="67" />
        <source>Print badge</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="68" />
        <source>Preview badge</source>
        <translation>Preview badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="89" />
        <source>Days: {days}</source>
        <translation>Days: {days}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="89" />
        <source>Days: all</source>
        <translation>Days: all</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="91" />
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="92" />
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="102" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="104" />
        <source>Not checked in on {day}</source>
        <translation>Not checked in on {day}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="106" />
        <source>Checked in at {time} at {desk}</source>
        <translation>Checked in at {time} at {desk}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="97" />
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
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
        <translation>Unknown ticket: not on the list for this event.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="28" />
        <source>This ticket has been cancelled.</source>
        <translation>This ticket has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="29" />
        <source>This ticket is not valid today.</source>
        <translation>This ticket is not valid today.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="30" />
        <source>Today is not a day of this event.</source>
        <translation>Today is not a day of this event.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="31" />
        <source>This ticket does not give entry here.</source>
        <translation>This ticket does not give entry here.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="32" />
        <source>This ticket is not genuine (the signature does not match).</source>
        <translation>This ticket is not genuine (the signature does not match).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="35" />
        <source>That was not a ticket code.</source>
        <translation>That was not a ticket code.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="36" />
        <source>Valid ticket, registration not yet on this desk.</source>
        <translation>Valid ticket, registration not yet on this desk.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="87" />
        <source>Ready: show your ticket to the camera</source>
        <translation>Ready: show your ticket to the camera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="89" />
        <source>Ready: scan the ticket or search by name</source>
        <translation>Ready: scan the ticket or search by name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="115" />
        <source>Welcome! Checked in</source>
        <translation>Welcome! Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="116" />
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="117" />
        <source>Not admitted</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="125" />
        <source>First checked in at {time} at {desk}. Reprint the badge if needed.</source>
        <translation>First checked in at {time} at {desk}. Reprint the badge if needed.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="39" />
        <location filename="../../checkin/ui/search_panel.py" line="66" />
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Search name, organisation, e-mail or code (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="86" />
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../checkin/config.py" line="43" />
        <source>Desk name</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="44" />
        <source>Shown on each check-in, e.g. Skranke 2</source>
        <translation>Shown on each check-in, e.g. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="50" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="57" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="58" />
        <source>Camera number, video file or stream URL</source>
        <translation>Camera number, video file or stream URL</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="64" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="65" />
        <source>Empty: the system's default printer</source>
        <translation>Empty: the system's default printer</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="71" />
        <source>Badge template</source>
        <translation>Badge template</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="74" />
        <source>Print badge on check-in</source>
        <translation>Print badge on check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="76" />
        <source>Sounds</source>
        <translation>Sounds</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="52" />
        <source>The system's default printer</source>
        <translation>The system's default printer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="59" />
        <source>No camera: handheld scanner and search</source>
        <translation>No camera: handheld scanner and search</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="60" />
        <source>Camera {number}</source>
        <translation>Camera {number}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="87" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="100" />
        <source>leave empty to keep the PIN</source>
        <translation>leave empty to keep the PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="101" />
        <source>New admin PIN</source>
        <translation>New admin PIN</translation>
    </message>
</context>
<context>
    <name>SetupBanner</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="116" />
        <source>This desk has no name: check-ins are marked «{host}».</source>
        <translation>This desk has no name: check-ins are marked «{host}».</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="121" />
        <source>No admin PIN: undo, import, export and kiosk are open to all.</source>
        <translation>No admin PIN: undo, import, export and kiosk are open to all.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="123" />
        <source>Set up this desk…</source>
        <translation>Set up this desk…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="150" />
        <source>Set up this desk</source>
        <translation>Set up this desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="152" />
        <source>e.g. Skranke 2</source>
        <translation>e.g. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="158" />
        <source>Desk name</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="159" />
        <source>Admin PIN (undo, import, export, leaving kiosk)</source>
        <translation>Admin PIN (undo, import, export, leaving kiosk)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="160" />
        <source>The PIN again</source>
        <translation>The PIN again</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="169" />
        <source>Give the desk a name, as it should appear on each check-in.</source>
        <translation>Give the desk a name, as it should appear on each check-in.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="171" />
        <source>The PIN needs at least 4 characters.</source>
        <translation>The PIN needs at least 4 characters.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="173" />
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="51" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="83" />
        <source>{count} waiting</source>
        <translation>{count} waiting</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="85" />
        <source>Synced {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="89" />
        <source>Token refused: ask the organiser for a new one</source>
        <translation>Token refused: ask the organiser for a new one</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="91" />
        <source>Offline, last synced {time}</source>
        <translation>Offline, last synced {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="95" />
        <source>Offline, not synced yet</source>
        <translation>Offline, not synced yet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="97" />
        <source>Hub: {url}</source>
        <translation>Hub: {url}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="99" />
        <source>Last error: {error}</source>
        <translation>Last error: {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="103" />
        <source>This computer's clock is {minutes} minutes off the hub's.</source>
        <translation>This computer's clock is {minutes} minutes off the hub's.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="111" />
        <source>Also admitted elsewhere</source>
        <translation>Also admitted elsewhere</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/sync_status.py" line="122" />
        <source>{who} was also admitted at {desk} at {at} (here: {here_desk} at {here_at}). {first}'s check-in counts.</source>
        <translation>{who} was also admitted at {desk} at {at} (here: {here_desk} at {here_at}). {first}'s check-in counts.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="34" />
        <source>90 x 55 mm badge (default)</source>
        <translation>90 x 55 mm badge (default)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="35" />
        <source>A4 sheet of 10 badges of 90 x 55 mm</source>
        <translation>A4 sheet of 10 badges of 90 x 55 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="36" />
        <source>A6 portrait, 105 x 148 mm</source>
        <translation>A6 portrait, 105 x 148 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="37" />
        <source>A7 portrait, 74 x 105 mm</source>
        <translation>A7 portrait, 74 x 105 mm</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="38" />
        <source>86 x 54 mm card (CR80, card printers)</source>
        <translation>86 x 54 mm card (CR80, card printers)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="39" />
        <source>62 mm label roll, 62 x 100 mm</source>
        <translation>62 mm label roll, 62 x 100 mm</translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <location filename="../../checkin/ui/banners.py" line="78" />
        <source>confirm the note first (Enter)</source>
        <translation>confirm the note first (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="79" />
        <source>they go when the dialog is closed</source>
        <translation>they go when the dialog is closed</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="80" />
        <source>being checked in</source>
        <translation>being checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="86" />
        <source>Waiting for the event file: another program is writing it ({seconds} s). Nothing is lost; the check-in goes as soon as it is free.</source>
        <translation>Waiting for the event file: another program is writing it ({seconds} s). Nothing is lost; the check-in goes as soon as it is free.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banners.py" line="92" />
        <source>{count} check-in(s) waiting: {why}</source>
        <translation>{count} check-in(s) waiting: {why}</translation>
    </message>
</context>
</TS>