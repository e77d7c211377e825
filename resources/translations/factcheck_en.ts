<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AssignMenus</name>
        <message numerus="yes">
            <source>%n selected claim(s)</source>
            <translation>
                <numerusform>%n selected claim</numerusform>
                <numerusform>%n selected claims</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ClaimFinder</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareReviews</name>
        <message numerus="yes">
            <source>Judged (%n matched): verdict alpha {nominal} nominal, {ordinal} ordinal</source>
            <translation>
                <numerusform>Judged (%n matched): verdict alpha {nominal} nominal, {ordinal} ordinal</numerusform>
                <numerusform>Judged (%n matched): verdict alpha {nominal} nominal, {ordinal} ordinal</numerusform>
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
        <name>Export</name>
        <message numerus="yes">
            <source>Exported %n claim(s) to {path}</source>
            <translation>
                <numerusform>Exported %n claim to {path}</numerusform>
                <numerusform>Exported %n claims to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ClaimReview record(s) to {path}.</source>
            <translation>
                <numerusform>Wrote %n ClaimReview record to {path}.</numerusform>
                <numerusform>Wrote %n ClaimReview records to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Laying out %n claim(s) as PDF pages…</source>
            <translation>
                <numerusform>Laying out %n claim as PDF pages…</numerusform>
                <numerusform>Laying out %n claims as PDF pages…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A PDF holds at most %n claim(s) and this export has more. Export the HTML report and print it from a browser, or choose fewer claims.</source>
            <translation>
                <numerusform>A PDF holds at most %n claim and this export has more. Export the HTML report and print it from a browser, or choose fewer claims.</numerusform>
                <numerusform>A PDF holds at most %n claims and this export has more. Export the HTML report and print it from a browser, or choose fewer claims.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) done…</source>
            <translation>
                <numerusform>%n claim done…</numerusform>
                <numerusform>%n claims done…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>(%n claim(s))</source>
            <translation>
                <numerusform>(%n claim)</numerusform>
                <numerusform>(%n claims)</numerusform>
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
        <name>History</name>
        <message numerus="yes">
            <source>deleted claim on {quote} with %n source(s)</source>
            <translation>
                <numerusform>deleted claim on {quote} with %n source</numerusform>
                <numerusform>deleted claim on {quote} with %n sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>restored claim with %n source(s)</source>
            <translation>
                <numerusform>restored claim with %n source</numerusform>
                <numerusform>restored claim with %n sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deleted article {title} with %n claim(s)</source>
            <translation>
                <numerusform>deleted article {title} with %n claim</numerusform>
                <numerusform>deleted article {title} with %n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>relabelled %n claim(s)</source>
            <translation>
                <numerusform>relabelled %n claim</numerusform>
                <numerusform>relabelled %n claims</numerusform>
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
        <name>ImportAnnotations</name>
        <message numerus="yes">
            <source>Merge %n annotation(s) from {file} into this database?</source>
            <translation>
                <numerusform>Merge %n annotation from {file} into this database?</numerusform>
                <numerusform>Merge %n annotations from {file} into this database?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportArticles</name>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>Importing %n file…</numerusform>
                <numerusform>Importing %n files…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported {done} of %n file(s)</source>
            <translation>
                <numerusform>Imported {done} of %n file</numerusform>
                <numerusform>Imported {done} of %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) added</source>
            <translation>
                <numerusform>%n line added</numerusform>
                <numerusform>%n lines added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) changed</source>
            <translation>
                <numerusform>%n line changed</numerusform>
                <numerusform>%n lines changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) removed</source>
            <translation>
                <numerusform>%n line removed</numerusform>
                <numerusform>%n lines removed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <source>%n article(s) imported</source>
            <translation>
                <numerusform>%n article imported</numerusform>
                <numerusform>%n articles imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>%n duplicate skipped</numerusform>
                <numerusform>%n duplicates skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) failed</source>
            <translation>
                <numerusform>%n file failed</numerusform>
                <numerusform>%n files failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) had lines that did not fit the format (kept as they are; see Details).</source>
            <translation>
                <numerusform>%n file had lines that did not fit the format (kept as they are; see Details).</numerusform>
                <numerusform>%n files had lines that did not fit the format (kept as they are; see Details).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n file(s) not imported.</source>
            <translation>
                <numerusform>Cancelled: %n file not imported.</numerusform>
                <numerusform>Cancelled: %n files not imported.</numerusform>
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
        <name>OfflineQueue</name>
        <message numerus="yes">
            <source>%n copy(s) waiting</source>
            <extracomment>Starts fetching a source's copy in the background (the web controller's keep_copy).</extracomment>
            <translation>
                <numerusform>%n copy waiting</numerusform>
                <numerusform>%n copies waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link check(s) waiting</source>
            <translation>
                <numerusform>%n link check waiting</numerusform>
                <numerusform>%n link checks waiting</numerusform>
            </translation>
        </message>
    </context>
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
    <context>
        <name>ScaleEditor</name>
        <message numerus="yes">
            <source>Used by %n claim(s)</source>
            <translation>
                <numerusform>Used by %n claim</numerusform>
                <numerusform>Used by %n claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScaleMapping</name>
        <message numerus="yes">
            <source>%n verdict(s) in use not on “{scale}”</source>
            <translation>
                <numerusform>%n verdict in use is not on “{scale}”</numerusform>
                <numerusform>%n verdicts in use are not on “{scale}”</numerusform>
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
        <name>ScalesController</name>
        <message numerus="yes">
            <source>%n claim(s) relabelled</source>
            <translation>
                <numerusform>%n claim relabelled</numerusform>
                <numerusform>%n claims relabelled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) kept as retired</source>
            <translation>
                <numerusform>%n label kept as retired</numerusform>
                <numerusform>%n labels kept as retired</numerusform>
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
        <name>Team</name>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n change waiting</numerusform>
                <numerusform>%n changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the server</source>
            <translation>
                <numerusform>%n refused by the server</numerusform>
                <numerusform>%n refused by the server</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamConflicts</name>
        <message numerus="yes">
            <source>%n edit(s) made at the same time as another. Every copy keeps the change the team database received last; the other value stays in the claim's history. Keep it, or switch to the other value.</source>
            <translation>
                <numerusform>%n edit made at the same time as another. Every copy keeps the change the team database received last; the other value stays in the claim's history. Keep it, or switch to the other value.</numerusform>
                <numerusform>%n edits made at the same time as another. Every copy keeps the change the team database received last; the other value stays in the claim's history. Keep it, or switch to the other value.</numerusform>
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
    <context>
        <name>Web</name>
        <message numerus="yes">
            <source>Fetching %n page(s) again…</source>
            <translation>
                <numerusform>Fetching %n page again…</numerusform>
                <numerusform>Fetching %n pages again…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checking %n source address(es)…</source>
            <translation>
                <numerusform>Checking %n source address…</numerusform>
                <numerusform>Checking %n source addresses…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checked {checked} of %n link(s): {summary}</source>
            <translation>
                <numerusform>Checked {checked} of %n link: {summary}</numerusform>
                <numerusform>Checked {checked} of %n links: {summary}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message numerus="yes">
            <source>%n more source(s)</source>
            <extracomment>Final and published claims need a verdict, a rationale and `min_sources`. Going final needs a reviewer other than the one who last set the verdict. Offer the "published" status in the window (a team that publishes).</extracomment>
            <translation>
                <numerusform>%n more source</numerusform>
                <numerusform>%n more sources</numerusform>
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
</TS>
