<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="19"/>
        <source>%n check-in(s) waiting:</source>
        <translation>
            <numerusform>%n check-in waiting:</numerusform>
            <numerusform>%n check-ins waiting:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="23"/>
        <source>%n more error(s) since.</source>
        <translation>
            <numerusform>%n more error since.</numerusform>
            <numerusform>%n more errors since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="27"/>
        <source>%n registration(s) with this name already exist:</source>
        <translation>
            <numerusform>%n registration with this name already exists:</numerusform>
            <numerusform>%n registrations with this name already exist:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/plurals.py" line="32"/>
        <source>%n badge(s) not printed: the desk closed before they were made. Print them again from each attendee&apos;s details:</source>
        <translation>
            <numerusform>%n badge not printed: the desk closed before it was made. Print it again from the attendee&apos;s details:</numerusform>
            <numerusform>%n badges not printed: the desk closed before they were made. Print them again from each attendee&apos;s details:</numerusform>
        </translation>
    </message>
</context>
</TS>
