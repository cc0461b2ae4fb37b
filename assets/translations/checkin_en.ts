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
        <location filename="../../checkin/ui/badge_desk.py" line="68" />
        <source>Badge preview written: {file}</source>
        <translation>Badge preview written: {file}</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="19" />
        <source>Badge preview</source>
        <translation>Badge preview</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_preview.py" line="28" />
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
        <location filename="../../checkin/ui/import_dialog.py" line="179" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/ui/camera_view.py" line="19" />
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="134" />
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="135" />
        <source>Open event…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="136" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="137" />
        <source>Recent events</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="140" />
        <source>Open event</source>
        <translation>Open event</translation>
    </message>
</context>
<context>
    <name>FlagBanner</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="100" />
        <source>Done (Enter)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="103" />
        <source>Attention: </source>
        <translation>Attention: </translation>
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
        <location filename="../../checkin/ui/import_dialog.py" line="88" />
        <source>Import registrations: {file}</source>
        <translation>Import registrations: {file}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="96" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="121" />
        <source>{encoding}, separator '{delimiter}'</source>
        <translation>{encoding}, separator '{delimiter}'</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="164" />
        <source>Nothing was imported. Problems:</source>
        <translation>Nothing was imported. Problems:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="170" />
        <source>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</source>
        <translation>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="240" />
        <location filename="../../checkin/ui/main_window.py" line="354" />
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="242" />
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="242" />
        <source>Undo last check-in</source>
        <translation>Undo last check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="243" />
        <source>Reprint badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="243" />
        <source>Correct registration…</source>
        <translation>Correct registration…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="244" />
        <source>Preview badge…</source>
        <translation>Preview badge…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="245" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="245" />
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="245" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="246" />
        <source>Import registrations…</source>
        <translation>Import registrations…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="246" />
        <source>Export attendance…</source>
        <translation>Export attendance…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="250" />
        <source>Print badge on check-in</source>
        <translation>Print badge on check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="251" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="252" />
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="253" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="254" />
        <source>Latest check-ins</source>
        <translation>Latest check-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="257" />
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Search name, organisation, e-mail or code (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="278" />
        <source>Confirm the note first (Enter).</source>
        <translation>Confirm the note first (Enter).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="349" />
        <source>Something went wrong ({kind}: {error}). Nothing was lost.</source>
        <translation>Something went wrong ({kind}: {error}). Nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="366" />
        <source>Check-in undone.</source>
        <translation>Check-in undone.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="397" />
        <source>Saved. Print the badge again if it was wrong.</source>
        <translation>Saved. Print the badge again if it was wrong.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="404" />
        <source>Import registrations</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="404" />
        <source>Registrations (*.csv *.txt *.xlsx)</source>
        <translation>Registrations (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="419" />
        <source>Export attendance</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="421" />
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="427" />
        <source>Exported {rows} rows.</source>
        <translation>Exported {rows} rows.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="449" />
        <source>{done} of {expected} checked in</source>
        <translation>{done} of {expected} checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="473" />
        <source>Working locally (no sync set up)</source>
        <translation>Working locally (no sync set up)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="474" />
        <source>Offline – check-ins are kept and sent later</source>
        <translation>Offline – check-ins are kept and sent later</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="475" />
        <source>Online – check-ins are shared</source>
        <translation>Online – check-ins are shared</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="115" />
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="120" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="121" />
        <source>Days (YYYY-MM-DD, comma between)</source>
        <translation>Days (YYYY-MM-DD, comma between)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="141" />
        <source>Give a name and days like 2026-06-01,2026-06-02.</source>
        <translation>Give a name and days like 2026-06-01,2026-06-02.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="30" />
        <source>Correct registration</source>
        <translation>Correct registration</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="30" />
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="36" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="37" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="38" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="39" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="40" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="63" />
        <source>Please give a name.</source>
        <translation>Please give a name.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="63" />
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="64" />
        <source>Correct… (Ctrl+E)</source>
        <translation>Correct… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="65" />
        <source>Print badge</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="66" />
        <source>Preview badge</source>
        <translation>Preview badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="82" />
        <source>Days: {days}</source>
        <translation>Days: {days}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="82" />
        <source>Days: all</source>
        <translation>Days: all</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="84" />
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="85" />
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="93" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="95" />
        <source>Not checked in on {day}</source>
        <translation>Not checked in on {day}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/person_panel.py" line="97" />
        <source>Checked in at {time} at {desk}</source>
        <translation>Checked in at {time} at {desk}</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="26" />
        <source>Unknown ticket: not on the list for this event.</source>
        <translation>Unknown ticket: not on the list for this event.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="27" />
        <source>This ticket has been cancelled.</source>
        <translation>This ticket has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="28" />
        <source>This ticket is not valid today.</source>
        <translation>This ticket is not valid today.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="29" />
        <source>Today is not a day of this event.</source>
        <translation>Today is not a day of this event.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="30" />
        <source>This ticket does not give entry here.</source>
        <translation>This ticket does not give entry here.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="31" />
        <source>This ticket is not genuine (the signature does not match).</source>
        <translation>This ticket is not genuine (the signature does not match).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="34" />
        <source>That was not a ticket code.</source>
        <translation>That was not a ticket code.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="35" />
        <source>Valid ticket, registration not yet on this desk.</source>
        <translation>Valid ticket, registration not yet on this desk.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="80" />
        <source>Ready: show your ticket to the camera</source>
        <translation>Ready: show your ticket to the camera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="101" />
        <source>Welcome! Checked in</source>
        <translation>Welcome! Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="102" />
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="103" />
        <source>Not admitted</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="111" />
        <source>First checked in at {time} at {desk}. Reprint the badge if needed.</source>
        <translation>First checked in at {time} at {desk}. Reprint the badge if needed.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="39" />
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Search name, organisation, e-mail or code (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="65" />
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../checkin/config.py" line="32" />
        <source>Desk name</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="33" />
        <source>Shown on each check-in, e.g. Skranke 2</source>
        <translation>Shown on each check-in, e.g. Skranke 2</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="39" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="46" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="47" />
        <source>Camera number, video file or stream URL</source>
        <translation>Camera number, video file or stream URL</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="53" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="54" />
        <source>Empty: the system's default printer</source>
        <translation>Empty: the system's default printer</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="60" />
        <source>Badge template</source>
        <translation>Badge template</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="63" />
        <source>Print badge on check-in</source>
        <translation>Print badge on check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/config.py" line="65" />
        <source>Sounds</source>
        <translation>Sounds</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="34" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="49" />
        <source>leave empty to keep the PIN</source>
        <translation>leave empty to keep the PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/settings_dialog.py" line="50" />
        <source>New admin PIN</source>
        <translation>New admin PIN</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="99" />
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="102" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
</TS>