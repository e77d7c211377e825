<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Overview</name>
        <message numerus="yes">
            <source>Show the top %n</source>
            <translation>
                <numerusform>Show the top %n</numerusform>
                <numerusform>Show the top %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show all %n outlet(s)</source>
            <translation>
                <numerusform>Show all %n outlet</numerusform>
                <numerusform>Show all %n outlets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show all %n reviewer(s)</source>
            <translation>
                <numerusform>Show all %n reviewer</numerusform>
                <numerusform>Show all %n reviewers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) in the library</source>
            <translation>
                <numerusform>%n claim in the library</numerusform>
                <numerusform>%n claims in the library</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n claim(s):</source>
            <translation>
                <numerusform>{shown} of %n claim:</numerusform>
                <numerusform>{shown} of %n claims:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewCharts</name>
        <message numerus="yes">
            <source>%n claim(s) ({percent})</source>
            <translation>
                <numerusform>%n claim ({percent})</numerusform>
                <numerusform>%n claims ({percent})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n claim(s), filtered</source>
            <translation>
                <numerusform>{label}: %n claim, filtered</numerusform>
                <numerusform>{label}: %n claims, filtered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n claim(s)</source>
            <translation>
                <numerusform>{label}: %n claim</numerusform>
                <numerusform>{label}: %n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{period}: %n claim(s)</source>
            <translation>
                <numerusform>{period}: %n claim</numerusform>
                <numerusform>{period}: %n claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewReviews</name>
        <message numerus="yes">
            <source>%n article(s), reviewers: {names}</source>
            <translation>
                <numerusform>%n article, reviewers: {names}</numerusform>
                <numerusform>%n articles, reviewers: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Verdict alpha: {nominal} nominal, {ordinal} ordinal (%n matched)</source>
            <translation>
                <numerusform>Verdict alpha: {nominal} nominal, {ordinal} ordinal (%n matched)</numerusform>
                <numerusform>Verdict alpha: {nominal} nominal, {ordinal} ordinal (%n matched)</numerusform>
            </translation>
        </message>
    </context>
</TS>
