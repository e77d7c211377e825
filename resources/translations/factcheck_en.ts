<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CaretClaim</name>
        <message numerus="yes">
            <source>Also inside %n more claim(s).</source>
            <translation>
                <numerusform>Also inside %n more claim.</numerusform>
                <numerusform>Also inside %n more claims.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message numerus="yes">
            <source>Corrected %n time(s):</source>
            <translation>
                <numerusform>Corrected once:</numerusform>
                <numerusform>Corrected %n times:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeletedClaimsDialog</name>
        <message numerus="yes">
            <source>%n deleted claim(s), most recent first. Restore puts the claim back where it was, with its verdict, rationale and sources; if the text changed since, it is placed on the current text.</source>
            <translation>
                <numerusform>%n deleted claim, most recent first. Restore puts the claim back where it was, with its verdict, rationale and sources; if the text changed since, it is placed on the current text.</numerusform>
                <numerusform>%n deleted claims, most recent first. Restore puts the claim back where it was, with its verdict, rationale and sources; if the text changed since, it is placed on the current text.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n source</numerusform>
                <numerusform>%n sources</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindClaims</name>
        <message numerus="yes">
            <source>%n claim(s) found</source>
            <translation>
                <numerusform>%n claim found</numerusform>
                <numerusform>%n claims found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message numerus="yes">
            <source>%n save(s) of one edit, the last at {time}</source>
            <translation>
                <numerusform>%n save of one edit, the last at {time}</numerusform>
                <numerusform>%n saves of one edit, the last at {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} and %n more</numerusform>
                <numerusform>{names} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) by {names}, newest first</source>
            <translation>
                <numerusform>%n change by {names}</numerusform>
                <numerusform>%n changes by {names}, newest first</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show %n older change(s)</source>
            <translation>
                <numerusform>Show %n older change</numerusform>
                <numerusform>Show %n older changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryPane</name>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) ({done} done)</source>
            <translation>
                <numerusform>%n claim ({done} done)</numerusform>
                <numerusform>%n claims ({done} done)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) (all done)</source>
            <translation>
                <numerusform>%n claim (all done)</numerusform>
                <numerusform>%n claims (all done)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message numerus="yes">
            <source>%n suggested claim(s): {key} goes through them, best first.</source>
            <translation>
                <numerusform>%n suggested claim: {key} goes through them, best first.</numerusform>
                <numerusform>%n suggested claims: {key} goes through them, best first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message numerus="yes">
            <source>%n claim(s) were on this text</source>
            <translation>
                <numerusform>%n claim was on this text</numerusform>
                <numerusform>%n claims were on this text</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more change(s).</source>
            <translation>
                <numerusform>… and %n more change.</numerusform>
                <numerusform>… and %n more changes.</numerusform>
            </translation>
        </message>
    </context>
</TS>
