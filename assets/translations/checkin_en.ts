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
        <location filename="../../checkin/ui/main_window.py" line="87"/>
        <source>Done (Enter)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="90"/>
        <source>Attention: </source>
        <translation>Attention: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="204"/>
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="206"/>
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="206"/>
        <source>Undo last check-in</source>
        <translation>Undo last check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="207"/>
        <source>Reprint badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="207"/>
        <source>Correct registration…</source>
        <translation>Correct registration…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="208"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="208"/>
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="208"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="212"/>
        <source>Print badge on check-in</source>
        <translation>Print badge on check-in</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="213"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="214"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="215"/>
        <source>Latest check-ins</source>
        <translation>Latest check-ins</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="216"/>
        <source>Offline – working locally</source>
        <translation>Offline – working locally</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="218"/>
        <source>Search name, organisation, e-mail or code (F2)</source>
        <translation>Search name, organisation, e-mail or code (F2)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="270"/>
        <source>Check-in undone.</source>
        <translation>Check-in undone.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="315"/>
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
