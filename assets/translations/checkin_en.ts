<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../checkin/ui/camera_view.py" line="19"/>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
</context>
<context>
    <name>FlagBanner</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="91"/>
        <source>Done (Enter)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="94"/>
        <source>Attention: </source>
        <translation>Attention: </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="56"/>
        <source>Import registrations: {file}</source>
        <translation>No camera&lt;/source&gt;
        &lt;translation&gt;No camera&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;FlagBanner&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="91"/&gt;
        &lt;source&gt;Done (Enter)&lt;/source&gt;
        &lt;translation&gt;Done (Enter)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="94"/&gt;
        &lt;source&gt;Attention: &lt;/source&gt;
        &lt;translation&gt;Attention: &lt;/translation&gt;
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
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="84"/>
        <source>{encoding}, separator &apos;{delimiter}&apos;</source>
        <translation>{encoding}, separator '{delimiter}'</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="125"/>
        <source>Nothing was imported. Problems:</source>
        <translation>Nothing was imported. Problems:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/import_dialog.py" line="131"/>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</source>
        <translation>{added} added, {updated} updated, {unchanged} unchanged, {cancelled} cancelled.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="218"/>
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="220"/>
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="220"/>
        <source>Undo last check-in</source>
        <translation>Undo last check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="221"/>
        <source>Reprint badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="221"/>
        <source>Correct registration…</source>
        <translation>Correct registration…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="222"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="222"/>
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="222"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="223"/>
        <source>Import registrations…</source>
        <translation>Check-in Desk&lt;/source&gt;
        &lt;translation&gt;Check-in Desk&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="220"/&gt;
        &lt;source&gt;Walk-in…&lt;/source&gt;
        &lt;translation&gt;Walk-in…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="220"/&gt;
        &lt;source&gt;Undo last check-in&lt;/source&gt;
        &lt;translation&gt;Undo last check-in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="221"/&gt;
        &lt;source&gt;Reprint badge&lt;/source&gt;
        &lt;translation&gt;Reprint badge&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="221"/&gt;
        &lt;source&gt;Correct registration…&lt;/source&gt;
        &lt;translation&gt;Correct registration…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="222"/&gt;
        &lt;source&gt;Search&lt;/source&gt;
        &lt;translation&gt;Search&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="222"/&gt;
        &lt;source&gt;Kiosk mode&lt;/source&gt;
        &lt;translation&gt;Kiosk mode&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="222"/&gt;
        &lt;source&gt;Clear&lt;/source&gt;
        &lt;translation&gt;Clear&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="223"/&gt;
        &lt;source&gt;Import registrations…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="223"/>
        <source>Export attendance…</source>
        <translation>Export attendance…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="227"/>
        <source>Print badge on check-in</source>
        <translation>Print badge on check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="228"/>
        <source>&amp;File</source>
        <translation>Print badge on check-in&lt;/source&gt;
        &lt;translation&gt;Print badge on check-in&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="228"/&gt;
        &lt;source&gt;&amp;File</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="229"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="231"/>
        <source>Latest check-ins</source>
        <translation>Latest check-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="232"/>
        <source>Offline – working locally</source>
        <translation>Offline – working locally</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="234"/>
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Search name, organisation, e-mail or code (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="286"/>
        <source>Check-in undone.</source>
        <translation>Check-in undone.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="316"/>
        <source>Import registrations</source>
        <translation>&amp;Desk&lt;/source&gt;
        &lt;translation&gt;&amp;Desk&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="230"/&gt;
        &lt;source&gt;&amp;Language&lt;/source&gt;
        &lt;translation&gt;&amp;Language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="231"/&gt;
        &lt;source&gt;Latest check-ins&lt;/source&gt;
        &lt;translation&gt;Latest check-ins&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="232"/&gt;
        &lt;source&gt;Offline – working locally&lt;/source&gt;
        &lt;translation&gt;Offline – working locally&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="234"/&gt;
        &lt;source&gt;Search name, organisation, e-mail or code (F2)&lt;/source&gt;
        &lt;translation&gt;Search name, organisation, e-mail or code (F2)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="286"/&gt;
        &lt;source&gt;Check-in undone.&lt;/source&gt;
        &lt;translation&gt;Check-in undone.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location filename="../../checkin/ui/main_window.py" line="316"/&gt;
        &lt;source&gt;Import registrations</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="316"/>
        <source>Registrations (*.csv *.txt *.xlsx)</source>
        <translation>Registrations (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="331"/>
        <source>Export attendance</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="333"/>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="339"/>
        <source>Exported {rows} rows.</source>
        <translation>Exported {rows} rows.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="361"/>
        <source>{done} of {expected} checked in</source>
        <translation>{done} of {expected} checked in</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="29"/>
        <source>Correct registration</source>
        <translation>Correct registration</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="29"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="35"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="36"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="37"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="38"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="39"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="64"/>
        <source>Please give a name.</source>
        <translation>Please give a name.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="22"/>
        <source>Unknown ticket: not on the list for this event.</source>
        <translation>Unknown ticket: not on the list for this event.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="23"/>
        <source>This ticket has been cancelled.</source>
        <translation>This ticket has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="24"/>
        <source>This ticket is not valid today.</source>
        <translation>This ticket is not valid today.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="25"/>
        <source>Today is not a day of this event.</source>
        <translation>Today is not a day of this event.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="26"/>
        <source>This ticket does not give entry here.</source>
        <translation>This ticket does not give entry here.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="27"/>
        <source>This ticket is not genuine (the signature does not match).</source>
        <translation>This ticket is not genuine (the signature does not match).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="30"/>
        <source>That was not a ticket code.</source>
        <translation>That was not a ticket code.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="31"/>
        <source>Valid ticket, registration not yet on this desk.</source>
        <translation>Valid ticket, registration not yet on this desk.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="64"/>
        <source>Ready: show your ticket to the camera</source>
        <translation>Ready: show your ticket to the camera</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="85"/>
        <source>Welcome! Checked in</source>
        <translation>Welcome! Checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="86"/>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="87"/>
        <source>Not admitted</source>
        <translation>Not admitted</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/result_card.py" line="95"/>
        <source>First checked in at {time} at desk {desk}. Reprint the badge if needed.</source>
        <translation>First checked in at {time} at desk {desk}. Reprint the badge if needed.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="39"/>
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Search name, organisation, e-mail or code (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/search_panel.py" line="64"/>
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs.py" line="92"/>
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
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
        <translation>Badge: {state}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="65"/>
        <source>Badge preview: {file}</source>
        <translation>Badge preview: {file}</translation>
    </message>
</context>
</TS>
