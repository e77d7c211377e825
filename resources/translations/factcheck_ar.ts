<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>BlindReview</name>
        <message>
            <source>Open My Pass</source>
            <extracomment>Actions that make article claims: off while the article is blind for me.</extracomment>
            <translation>افتح جولتي</translation>
        </message>
        <message>
            <source>Start &amp;Blind Review…</source>
            <translation>ابدأ مراجعة &amp;عمياء…</translation>
        </message>
        <message>
            <source>Put this article up for independent checks by named reviewers</source>
            <translation>اعرض هذا المقال لتحقق مستقل من مراجعين مسمَّين</translation>
        </message>
        <message>
            <source>&amp;My Review Pass…</source>
            <translation>&amp;جولة مراجعتي…</translation>
        </message>
        <message>
            <source>Your own blind check of this article</source>
            <translation>تحققك الأعمى الخاص من هذا المقال</translation>
        </message>
        <message>
            <source>Compare Revie&amp;ws…</source>
            <translation>قارن الم&amp;راجعات…</translation>
        </message>
        <message>
            <source>The reviewers' done passes side by side; curate the article's claims</source>
            <translation>جولات المراجعين المكتملة جنبًا إلى جنب؛ اعتمد ادعاءات المقال</translation>
        </message>
        <message>
            <source>You ({name}) are checking this article blind: its claims and the other reviewers' are hidden until you mark your pass done.</source>
            <translation>أنت ({name}) تتحقق من هذا المقال تحققًا أعمى: ادعاءاته وادعاءات المراجعين الآخرين مخفية حتى تعلّم جولتك بأنها مكتملة.</translation>
        </message>
        <message>
            <source>Start Blind Review</source>
            <translation>بدء مراجعة عمياء</translation>
        </message>
        <message>
            <source>Reviewers who check this article independently (names, separated by commas):</source>
            <translation>المراجعون الذين يتحققون من هذا المقال باستقلال (الأسماء، مفصولة بفواصل):</translation>
        </message>
        <message>
            <source>Blind review started for {names}</source>
            <translation>بدأت المراجعة العمياء لـ{names}</translation>
        </message>
        <message>
            <source>No review pass</source>
            <translation>لا توجد جولة مراجعة</translation>
        </message>
        <message>
            <source>{name} has no review pass on this article.</source>
            <translation>ليس لـ{name} جولة مراجعة على هذا المقال.</translation>
        </message>
        <message>
            <source>Cannot compare reviews</source>
            <translation>لا يمكن مقارنة المراجعات</translation>
        </message>
    </context>
    <context>
        <name>ColourPreview</name>
        <message>
            <source>Fares rose by 18% last year</source>
            <translation>ارتفعت الأجور بنسبة 18% العام الماضي</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>How the colour looks on light and dark backgrounds</source>
            <translation>كيف يبدو اللون على الخلفيات الفاتحة والداكنة</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>بلا لون</translation>
        </message>
    </context>
    <context>
        <name>CompareReviews</name>
        <message>
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>التعليل</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>n/a</source>
            <comment>no value</comment>
            <translation>غير متاح</translation>
        </message>
        <message>
            <source>Compare Reviews</source>
            <translation>مقارنة المراجعات</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>نص المقال</translation>
        </message>
        <message>
            <source>Claims coloured by who found them: all reviewers, some or one; the claim groups table lists the same</source>
            <translation>الادعاءات ملوّنة حسب من وجدها: كل المراجعين أو بعضهم أو واحد؛ ويعرض جدول مجموعات الادعاءات الشيء نفسه</translation>
        </message>
        <message>
            <source>Claim groups</source>
            <translation>مجموعات الادعاءات</translation>
        </message>
        <message>
            <source>One row per claim: who found it, each reviewer's verdict and status, and whether it is curated</source>
            <translation>صف لكل ادعاء: من وجده، وحكم كل مراجع وحالته، وهل اعتُمد</translation>
        </message>
        <message>
            <source>Claims of the selected groups</source>
            <translation>ادعاءات المجموعات المحددة</translation>
        </message>
        <message>
            <source>Each reviewer's quote, verdict, status, rationale and sources side by side</source>
            <translation>اقتباس كل مراجع وحكمه وحالته وتعليله ومصادره جنبًا إلى جنب</translation>
        </message>
        <message>
            <source>Take the claim of</source>
            <translation>خذ ادعاء</translation>
        </message>
        <message>
            <source>&amp;Take Claim</source>
            <translation>&amp;خذ الادعاء</translation>
        </message>
        <message>
            <source>Make the article's claim from this reviewer's claim</source>
            <translation>أنشئ ادعاء المقال من ادعاء هذا المراجع</translation>
        </message>
        <message>
            <source>&amp;Merge Selected</source>
            <translation>ا&amp;دمج المحدد</translation>
        </message>
        <message>
            <source>One article claim from every claim in the selected rows: the span covering them, every rationale and source</source>
            <translation>ادعاء واحد للمقال من كل ادعاءات الصفوف المحددة: المقطع الذي يغطيها، وكل تعليل ومصدر</translation>
        </message>
        <message>
            <source>Final &amp;Judgement…</source>
            <translation>الحكم ال&amp;نهائي…</translation>
        </message>
        <message>
            <source>Write the final verdict and rationale for the selected claims; they become one final article claim</source>
            <translation>اكتب الحكم والتعليل النهائيين للادعاءات المحددة؛ لتصبح ادعاءً نهائيًا واحدًا للمقال</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>من:</translation>
        </message>
        <message>
            <source>Reviewers: {names}</source>
            <translation>المراجعون: {names}</translation>
        </message>
        <message>
            <source>Reviewers: no pass done yet</source>
            <translation>المراجعون: لا توجد جولة مكتملة بعد</translation>
        </message>
        <message>
            <source>Marked: {all} claims found by all, {some} by some, {one} by one (unmatched)   ·   unitizing alpha {alpha}</source>
            <translation>المعلَّمة: {all} ادعاءات وجدها الجميع، و{some} وجدها البعض، و{one} وجدها واحد (غير متطابقة)   ·   ألفا التقسيم {alpha}</translation>
        </message>
        <message numerus="yes">
            <source>Judged (%n matched): verdict alpha {nominal} nominal, {ordinal} ordinal</source>
            <translation>
                <numerusform>المحكوم عليها (%n متطابق): ألفا الأحكام {nominal} اسمي، {ordinal} ترتيبي</numerusform>
                <numerusform>المحكوم عليها (واحد متطابق): ألفا الأحكام {nominal} اسمي، {ordinal} ترتيبي</numerusform>
                <numerusform>المحكوم عليها (اثنان متطابقان): ألفا الأحكام {nominal} اسمي، {ordinal} ترتيبي</numerusform>
                <numerusform>المحكوم عليها (%n متطابقة): ألفا الأحكام {nominal} اسمي، {ordinal} ترتيبي</numerusform>
                <numerusform>المحكوم عليها (%n متطابقًا): ألفا الأحكام {nominal} اسمي، {ordinal} ترتيبي</numerusform>
                <numerusform>المحكوم عليها (%n متطابق): ألفا الأحكام {nominal} اسمي، {ordinal} ترتيبي</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohen's kappa {value}</source>
            <translation>كابا كوهين {value}</translation>
        </message>
        <message>
            <source>same verdict {verdict}   ·   same status {status}</source>
            <translation>الحكم نفسه {verdict}   ·   الحالة نفسها {status}</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>وجده</translation>
        </message>
        <message>
            <source>Curated</source>
            <translation>معتمد</translation>
        </message>
        <message>
            <source>all</source>
            <comment>found by all</comment>
            <translation>الجميع</translation>
        </message>
        <message>
            <source>some: {names}</source>
            <translation>البعض: {names}</translation>
        </message>
        <message>
            <source>one: {names}</source>
            <translation>واحد: {names}</translation>
        </message>
        <message>
            <source>Final Judgement</source>
            <translation>الحكم النهائي</translation>
        </message>
        <message>
            <source>No verdict</source>
            <translation>بلا حكم</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>ال&amp;حكم:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>ال&amp;تعليل:</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message>
            <source>Address: {url}</source>
            <translation>العنوان: {url}</translation>
        </message>
        <message>
            <source>Ended at: {url}</source>
            <translation>انتهى عند: {url}</translation>
        </message>
        <message>
            <source>Kept: {time} UTC (HTTP {status}, {type})</source>
            <translation>حُفظت: {time} UTC ‏(HTTP {status}، {type})</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>بلا نوع</translation>
        </message>
        <message>
            <source>SHA-256 of the page: {hash}</source>
            <translation>SHA-256 للصفحة: {hash}</translation>
        </message>
        <message>
            <source>Last attempt: {time} UTC: {error}</source>
            <translation>آخر محاولة: {time} UTC: {error}</translation>
        </message>
        <message>
            <source>Kept Copy — {title}</source>
            <translation>النسخة المحفوظة — {title}</translation>
        </message>
        <message>
            <source>Text of the kept copy</source>
            <translation>نص النسخة المحفوظة</translation>
        </message>
        <message>
            <source>The page's text as kept, read only</source>
            <translation>نص الصفحة كما حُفظ، للقراءة فقط</translation>
        </message>
        <message>
            <source>The page's text as kept, read only; the passage found is selected</source>
            <translation>نص الصفحة كما حُفظ، للقراءة فقط؛ والمقطع الذي وُجد محدَّد</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Current &amp;Article…</source>
            <translation>ال&amp;مقال الحالي…</translation>
        </message>
        <message>
            <source>Export the claims of the article on screen to CSV</source>
            <translation>صدّر ادعاءات المقال المعروض إلى CSV</translation>
        </message>
        <message>
            <source>Claims Matching the &amp;Filter…</source>
            <translation>الادعاءات المطابقة لعامل ال&amp;تصفية…</translation>
        </message>
        <message>
            <source>Export the claims the table shows (its verdict and status filter) to CSV</source>
            <translation>صدّر إلى CSV الادعاءات التي يعرضها الجدول (حسب عامل تصفية الحكم والحالة)</translation>
        </message>
        <message>
            <source>Whole &amp;Library…</source>
            <translation>ال&amp;مكتبة كلها…</translation>
        </message>
        <message>
            <source>Export every claim of every article to CSV</source>
            <translation>صدّر كل ادعاءات كل المقالات إلى CSV</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;صدّر…</translation>
        </message>
        <message>
            <source>Export claims as CSV, W3C annotations, ClaimReview, an HTML or a PDF report</source>
            <translation>صدّر الادعاءات بصيغة CSV أو تعليقات W3C توضيحية أو ClaimReview أو تقرير HTML أو PDF</translation>
        </message>
        <message>
            <source>Export &amp;Report (HTML)…</source>
            <translation>صدّر ت&amp;قريرًا (HTML)…</translation>
        </message>
        <message>
            <source>Export a report to read in a browser or send to an editor</source>
            <translation>صدّر تقريرًا لقراءته في متصفح أو إرساله إلى محرر</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>صدّر P&amp;DF…</translation>
        </message>
        <message>
            <source>Export the report as a PDF</source>
            <translation>صدّر التقرير بصيغة PDF</translation>
        </message>
        <message>
            <source>Export {format}</source>
            <translation>تصدير {format}</translation>
        </message>
        <message>
            <source>There is no article open to export.</source>
            <translation>لا يوجد مقال مفتوح لتصديره.</translation>
        </message>
        <message>
            <source>No claims are selected in the table.</source>
            <translation>لا توجد ادعاءات محددة في الجدول.</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>لا شيء للتصدير</translation>
        </message>
        <message>
            <source>Exporting claims…</source>
            <translation>جارٍ تصدير الادعاءات…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>تعذّر التصدير</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n claim(s) to {path}</source>
            <translation>
                <numerusform>صُدّر %n ادعاء إلى {path}</numerusform>
                <numerusform>صُدّر ادعاء واحد إلى {path}</numerusform>
                <numerusform>صُدّر ادعاءان إلى {path}</numerusform>
                <numerusform>صُدّر %n ادعاءات إلى {path}</numerusform>
                <numerusform>صُدّر %n ادعاءً إلى {path}</numerusform>
                <numerusform>صُدّر %n ادعاء إلى {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>صُدّر مع تحذيرات</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ClaimReview record(s) to {path}.</source>
            <translation>
                <numerusform>كُتب %n سجل ClaimReview في {path}.</numerusform>
                <numerusform>كُتب سجل ClaimReview واحد في {path}.</numerusform>
                <numerusform>كُتب سجلا ClaimReview في {path}.</numerusform>
                <numerusform>كُتب %n سجلات ClaimReview في {path}.</numerusform>
                <numerusform>كُتب %n سجلًا من ClaimReview في {path}.</numerusform>
                <numerusform>كُتب %n سجل ClaimReview في {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Laying out %n claim(s) as PDF pages…</source>
            <translation>
                <numerusform>جارٍ تنسيق %n ادعاء في صفحات PDF…</numerusform>
                <numerusform>جارٍ تنسيق ادعاء واحد في صفحات PDF…</numerusform>
                <numerusform>جارٍ تنسيق ادعاءان في صفحات PDF…</numerusform>
                <numerusform>جارٍ تنسيق %n ادعاءات في صفحات PDF…</numerusform>
                <numerusform>جارٍ تنسيق %n ادعاءً في صفحات PDF…</numerusform>
                <numerusform>جارٍ تنسيق %n ادعاء في صفحات PDF…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A PDF holds at most %n claim(s) and this export has more. Export the HTML report and print it from a browser, or choose fewer claims.</source>
            <translation>
                <numerusform>يتسع ملف PDF لـ%n ادعاء على الأكثر، وهذا التصدير فيه أكثر. صدّر تقرير HTML واطبعه من متصفح، أو اختر ادعاءات أقل.</numerusform>
                <numerusform>يتسع ملف PDF لـادعاء واحد على الأكثر، وهذا التصدير فيه أكثر. صدّر تقرير HTML واطبعه من متصفح، أو اختر ادعاءات أقل.</numerusform>
                <numerusform>يتسع ملف PDF لـادعاءان على الأكثر، وهذا التصدير فيه أكثر. صدّر تقرير HTML واطبعه من متصفح، أو اختر ادعاءات أقل.</numerusform>
                <numerusform>يتسع ملف PDF لـ%n ادعاءات على الأكثر، وهذا التصدير فيه أكثر. صدّر تقرير HTML واطبعه من متصفح، أو اختر ادعاءات أقل.</numerusform>
                <numerusform>يتسع ملف PDF لـ%n ادعاءً على الأكثر، وهذا التصدير فيه أكثر. صدّر تقرير HTML واطبعه من متصفح، أو اختر ادعاءات أقل.</numerusform>
                <numerusform>يتسع ملف PDF لـ%n ادعاء على الأكثر، وهذا التصدير فيه أكثر. صدّر تقرير HTML واطبعه من متصفح، أو اختر ادعاءات أقل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) done…</source>
            <translation>
                <numerusform>أُنجز %n ادعاء…</numerusform>
                <numerusform>أُنجز ادعاء واحد…</numerusform>
                <numerusform>أُنجز ادعاءان…</numerusform>
                <numerusform>أُنجز %n ادعاءات…</numerusform>
                <numerusform>أُنجز %n ادعاءً…</numerusform>
                <numerusform>أُنجز %n ادعاء…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>CSV spreadsheet</source>
            <translation>جدول بيانات CSV</translation>
        </message>
        <message>
            <source>One row per claim; opens in Excel and LibreOffice.</source>
            <translation>صف لكل ادعاء؛ يُفتح في Excel وLibreOffice.</translation>
        </message>
        <message>
            <source>CSV, one row per source</source>
            <translation>CSV، صف لكل مصدر</translation>
        </message>
        <message>
            <source>One row per source of each claim, for auditing sources.</source>
            <translation>صف لكل مصدر من مصادر كل ادعاء، لتدقيق المصادر.</translation>
        </message>
        <message>
            <source>W3C Web Annotations (JSON-LD)</source>
            <translation>تعليقات ويب توضيحية W3C ‏(JSON-LD)</translation>
        </message>
        <message>
            <source>For other annotation tools, and for merging into another database.</source>
            <translation>لأدوات التعليق الأخرى، وللدمج في قاعدة بيانات أخرى.</translation>
        </message>
        <message>
            <source>ClaimReview (JSON-LD)</source>
            <translation>ClaimReview (JSON-LD)</translation>
        </message>
        <message>
            <source>schema.org records for publishing; claims without a verdict are left out.</source>
            <translation>سجلات schema.org للنشر؛ تُستبعد الادعاءات التي بلا حكم.</translation>
        </message>
        <message>
            <source>HTML report</source>
            <translation>تقرير HTML</translation>
        </message>
        <message>
            <source>One self-contained page to send to an editor or print.</source>
            <translation>صفحة واحدة مكتفية بذاتها لإرسالها إلى محرر أو طباعتها.</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>تقرير PDF</translation>
        </message>
        <message>
            <source>The HTML report as a printable PDF.</source>
            <translation>تقرير HTML بصيغة PDF قابلة للطباعة.</translation>
        </message>
        <message>
            <source>Current article</source>
            <translation>المقال الحالي</translation>
        </message>
        <message>
            <source>Selected claims</source>
            <translation>الادعاءات المحددة</translation>
        </message>
        <message>
            <source>Claims shown in the table (its filter)</source>
            <translation>الادعاءات المعروضة في الجدول (حسب عامل التصفية)</translation>
        </message>
        <message>
            <source>Whole library</source>
            <translation>المكتبة كلها</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>الادعاءات</translation>
        </message>
        <message>
            <source>{scope}: “{title}”</source>
            <translation>{scope}: «{title}»</translation>
        </message>
        <message numerus="yes">
            <source>(%n claim(s))</source>
            <translation>
                <numerusform>(%n ادعاء)</numerusform>
                <numerusform>(ادعاء واحد)</numerusform>
                <numerusform>(ادعاءان)</numerusform>
                <numerusform>(%n ادعاءات)</numerusform>
                <numerusform>(%n ادعاءً)</numerusform>
                <numerusform>(%n ادعاء)</numerusform>
            </translation>
        </message>
        <message>
            <source>Only claims with</source>
            <translation>الادعاءات التي لها فقط</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>عامل تصفية الحالة</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>أي حالة</translation>
        </message>
        <message>
            <source>Verdict filter</source>
            <translation>عامل تصفية الحكم</translation>
        </message>
        <message>
            <source>Any verdict</source>
            <translation>أي حكم</translation>
        </message>
        <message>
            <source>No verdict yet</source>
            <translation>بلا حكم بعد</translation>
        </message>
        <message>
            <source>Reviewer filter</source>
            <translation>عامل تصفية المراجع</translation>
        </message>
        <message>
            <source>Any reviewer</source>
            <translation>أي مراجع</translation>
        </message>
        <message>
            <source>Changed between</source>
            <translation>المعدّلة بين</translation>
        </message>
        <message>
            <source>Changed from</source>
            <translation>المعدّلة من</translation>
        </message>
        <message>
            <source>Changed until</source>
            <translation>المعدّلة حتى</translation>
        </message>
        <message>
            <source>and</source>
            <comment>changed between … and …</comment>
            <translation>و</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>ال&amp;حالة:</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>الح&amp;كم:</translation>
        </message>
        <message>
            <source>&amp;Reviewer:</source>
            <translation>ال&amp;مراجع:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>صدّر…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>ال&amp;صيغة:</translation>
        </message>
    </context>
    <context>
        <name>ImportAnnotations</name>
        <message>
            <source>Import A&amp;nnotations…</source>
            <translation>استورد ال&amp;تعليقات التوضيحية…</translation>
        </message>
        <message>
            <source>Merge W3C or Hypothesis annotations (JSON) into this database, after a backup</source>
            <translation>ادمج تعليقات W3C أو Hypothesis التوضيحية (JSON) في قاعدة البيانات هذه بعد نسخة احتياطية</translation>
        </message>
        <message>
            <source>Import Annotations</source>
            <translation>استيراد التعليقات التوضيحية</translation>
        </message>
        <message>
            <source>Annotations (*.json *.jsonld)</source>
            <translation>تعليقات توضيحية (*.json *.jsonld)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Back Up and Import</source>
            <translation>انسخ احتياطيًا واستورد</translation>
        </message>
        <message>
            <source>Cannot import annotations</source>
            <translation>لا يمكن استيراد التعليقات التوضيحية</translation>
        </message>
        <message>
            <source>This database is open read-only; nothing can be merged into it.</source>
            <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط؛ لا يمكن دمج أي شيء فيها.</translation>
        </message>
        <message>
            <source>Cannot read the annotations</source>
            <translation>لا يمكن قراءة التعليقات التوضيحية</translation>
        </message>
        <message>
            <source>Cannot import these annotations</source>
            <translation>لا يمكن استيراد هذه التعليقات التوضيحية</translation>
        </message>
        <message numerus="yes">
            <source>Merge %n annotation(s) from {file} into this database?</source>
            <translation>
                <numerusform>هل تدمج %n تعليق توضيحي من {file} في قاعدة البيانات هذه؟</numerusform>
                <numerusform>هل تدمج تعليقًا توضيحيًا واحدًا من {file} في قاعدة البيانات هذه؟</numerusform>
                <numerusform>هل تدمج تعليقين توضيحيين من {file} في قاعدة البيانات هذه؟</numerusform>
                <numerusform>هل تدمج %n تعليقات توضيحية من {file} في قاعدة البيانات هذه؟</numerusform>
                <numerusform>هل تدمج %n تعليقًا توضيحيًا من {file} في قاعدة البيانات هذه؟</numerusform>
                <numerusform>هل تدمج %n تعليق توضيحي من {file} في قاعدة البيانات هذه؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Claims with the same id are updated where the file's copy is newer (the older text stays in each claim's history); the others are added.</source>
            <translation>تُحدَّث الادعاءات ذات المعرّف نفسه حيث تكون نسخة الملف أحدث (يبقى النص الأقدم في سجل كل ادعاء)؛ وتُضاف البقية.</translation>
        </message>
        <message>
            <source>A bulk import cannot be undone with Edit &gt; Undo, and the undo history is cleared. A backup of the database is made first, in {folder}.</source>
            <translation>لا يمكن التراجع عن الاستيراد الجماعي عبر تحرير &gt; تراجع، ويُمسح سجل التراجع. تُنشأ أولًا نسخة احتياطية من قاعدة البيانات في {folder}.</translation>
        </message>
        <message>
            <source>Not imported: the backup failed</source>
            <translation>لم يُستورد شيء: فشل النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>Importing annotations…</source>
            <translation>جارٍ استيراد التعليقات التوضيحية…</translation>
        </message>
        <message>
            <source>The import stopped</source>
            <translation>توقف الاستيراد</translation>
        </message>
        <message>
            <source>The backup is at {path}.</source>
            <translation>النسخة الاحتياطية في {path}.</translation>
        </message>
        <message>
            <source>Imported annotations: {new} new, {updated} updated</source>
            <translation>التعليقات التوضيحية المستوردة: {new} جديدة، {updated} محدَّثة</translation>
        </message>
    </context>
    <context>
        <name>ImportArticles</name>
        <message>
            <source>Open &amp;Sample Article</source>
            <translation>افتح م&amp;قالًا نموذجيًا</translation>
        </message>
        <message>
            <source>Add the sample article to the library and open it</source>
            <translation>أضف المقال النموذجي إلى المكتبة وافتحه</translation>
        </message>
        <message>
            <source>&amp;Import Articles…</source>
            <translation>ا&amp;ستورد مقالات…</translation>
        </message>
        <message>
            <source>Add article files (.txt, .md, .html, .docx, .pdf) to the library</source>
            <translation>أضف ملفات مقالات (.txt و.md و.html و.docx و.pdf) إلى المكتبة</translation>
        </message>
        <message>
            <source>&amp;Paste as New Article</source>
            <translation>ال&amp;صق كمقال جديد</translation>
        </message>
        <message>
            <source>Make a new article from the text on the clipboard</source>
            <translation>أنشئ مقالًا جديدًا من النص الموجود في الحافظة</translation>
        </message>
        <message>
            <source>&amp;Properties…</source>
            <translation>ال&amp;خصائص…</translation>
        </message>
        <message>
            <source>Edit the title, outlet, author, URL, date and language of the article on screen</source>
            <translation>حرّر عنوان المقال المعروض ووسيلته الإعلامية ومؤلفه وURL وتاريخه ولغته</translation>
        </message>
        <message>
            <source>Could not add the sample article</source>
            <translation>تعذّرت إضافة المقال النموذجي</translation>
        </message>
        <message>
            <source>Articles ({patterns})</source>
            <translation>مقالات ({patterns})</translation>
        </message>
        <message>
            <source>Import Articles</source>
            <translation>استيراد مقالات</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Already in the Library</source>
            <translation>موجود في المكتبة</translation>
        </message>
        <message>
            <source>The text of {what} is already in the library as “{title}”.

Open that article instead?</source>
            <translation>نص {what} موجود في المكتبة باسم «{title}».

هل تريد فتح ذلك المقال بدلًا من ذلك؟</translation>
        </message>
        <message>
            <source>Changed Copy of a Stored Article</source>
            <translation>نسخة معدّلة من مقال محفوظ</translation>
        </message>
        <message>
            <source>The text of {what} is nearly the same as “{title}” ({changes}).

Store it as a new version of that article (its claims follow the text), or add it as a separate article?</source>
            <translation>نص {what} مطابق تقريبًا لـ«{title}» ({changes}).

هل تحفظه كإصدار جديد من ذلك المقال (تتبع ادعاءاته النص)، أم تضيفه كمقال منفصل؟</translation>
        </message>
        <message>
            <source>New &amp;Version</source>
            <translation>إ&amp;صدار جديد</translation>
        </message>
        <message>
            <source>&amp;Separate Article</source>
            <translation>مقال م&amp;نفصل</translation>
        </message>
        <message>
            <source>Cannot paste an article</source>
            <translation>لا يمكن لصق مقال</translation>
        </message>
        <message>
            <source>Copy the article's text first, then paste again.</source>
            <translation>انسخ نص المقال أولًا، ثم الصق مجددًا.</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>الحافظة</translation>
        </message>
        <message>
            <source>Cannot import the file</source>
            <translation>لا يمكن استيراد الملف</translation>
        </message>
        <message>
            <source>Cannot add the article</source>
            <translation>لا يمكن إضافة المقال</translation>
        </message>
        <message>
            <source>Updated from {what}</source>
            <translation>حُدِّث من {what}</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>جارٍ استيراد %n ملف…</numerusform>
                <numerusform>جارٍ استيراد ملف واحد…</numerusform>
                <numerusform>جارٍ استيراد ملفان…</numerusform>
                <numerusform>جارٍ استيراد %n ملفات…</numerusform>
                <numerusform>جارٍ استيراد %n ملفًا…</numerusform>
                <numerusform>جارٍ استيراد %n ملف…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message numerus="yes">
            <source>Imported {done} of %n file(s)</source>
            <translation>
                <numerusform>استُورد {done} من %n ملف</numerusform>
                <numerusform>استُورد {done} من ملف واحد</numerusform>
                <numerusform>استُورد {done} من ملفان</numerusform>
                <numerusform>استُورد {done} من %n ملفات</numerusform>
                <numerusform>استُورد {done} من %n ملفًا</numerusform>
                <numerusform>استُورد {done} من %n ملف</numerusform>
            </translation>
        </message>
        <message>
            <source>could not be saved</source>
            <translation>تعذّر الحفظ</translation>
        </message>
        <message>
            <source>Imported from {file} with {tool} on {date}.</source>
            <translation>استُورد من {file} باستخدام {tool} في {date}.</translation>
        </message>
        <message>
            <source>Imported from {file} on {date}.</source>
            <translation>استُورد من {file} في {date}.</translation>
        </message>
        <message>
            <source>Imported by hand with {tool} on {date}.</source>
            <translation>أُدخل يدويًا باستخدام {tool} في {date}.</translation>
        </message>
        <message>
            <source>Imported by hand on {date}.</source>
            <translation>أُدخل يدويًا في {date}.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) added</source>
            <translation>
                <numerusform>أُضيف %n سطر</numerusform>
                <numerusform>أُضيف سطر واحد</numerusform>
                <numerusform>أُضيف سطران</numerusform>
                <numerusform>أُضيف %n أسطر</numerusform>
                <numerusform>أُضيف %n سطرًا</numerusform>
                <numerusform>أُضيف %n سطر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) changed</source>
            <translation>
                <numerusform>تغيّر %n سطر</numerusform>
                <numerusform>تغيّر سطر واحد</numerusform>
                <numerusform>تغيّر سطران</numerusform>
                <numerusform>تغيّر %n أسطر</numerusform>
                <numerusform>تغيّر %n سطرًا</numerusform>
                <numerusform>تغيّر %n سطر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) removed</source>
            <translation>
                <numerusform>حُذف %n سطر</numerusform>
                <numerusform>حُذف سطر واحد</numerusform>
                <numerusform>حُذف سطران</numerusform>
                <numerusform>حُذف %n أسطر</numerusform>
                <numerusform>حُذف %n سطرًا</numerusform>
                <numerusform>حُذف %n سطر</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>only spacing changed</source>
            <translation>تغيّرت المسافات فقط</translation>
        </message>
    </context>
    <context>
        <name>ImportNotes</name>
        <message>
            <source>Some lines did not fit the file's format and were kept as they are:</source>
            <translation>بعض الأسطر لم تطابق تنسيق الملف وأُبقيت كما هي:</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>Failed</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>مكرر</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>مُستورد</translation>
        </message>
        <message>
            <source>Imported, with notes</source>
            <translation>مُستورد، مع ملاحظات</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>لم يُستورد</translation>
        </message>
        <message>
            <source>Import Finished</source>
            <translation>اكتمل الاستيراد</translation>
        </message>
        <message>
            <source>Import Cancelled</source>
            <translation>أُلغي الاستيراد</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Files and what became of them</source>
            <translation>الملفات وما آلت إليه</translation>
        </message>
        <message>
            <source>&amp;Copy Report</source>
            <translation>ا&amp;نسخ التقرير</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) imported</source>
            <translation>
                <numerusform>استُورد %n مقال</numerusform>
                <numerusform>استُورد مقال واحد</numerusform>
                <numerusform>استُورد مقالان</numerusform>
                <numerusform>استُورد %n مقالات</numerusform>
                <numerusform>استُورد %n مقالًا</numerusform>
                <numerusform>استُورد %n مقال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>تُخطّي %n مكرر</numerusform>
                <numerusform>تُخطّي مكرر واحد</numerusform>
                <numerusform>تُخطّي مكرران</numerusform>
                <numerusform>تُخطّي %n مكررات</numerusform>
                <numerusform>تُخطّي %n مكررًا</numerusform>
                <numerusform>تُخطّي %n مكرر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) failed</source>
            <translation>
                <numerusform>فشل %n ملف</numerusform>
                <numerusform>فشل ملف واحد</numerusform>
                <numerusform>فشل ملفان</numerusform>
                <numerusform>فشل %n ملفات</numerusform>
                <numerusform>فشل %n ملفًا</numerusform>
                <numerusform>فشل %n ملف</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>{parts}.</source>
            <comment>a sentence made of a list</comment>
            <translation>{parts}.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) had lines that did not fit the format (kept as they are; see Details).</source>
            <translation>
                <numerusform>في %n ملف أسطر لم تطابق التنسيق (أُبقيت كما هي؛ انظر التفاصيل).</numerusform>
                <numerusform>في ملف واحد أسطر لم تطابق التنسيق (أُبقيت كما هي؛ انظر التفاصيل).</numerusform>
                <numerusform>في ملفان أسطر لم تطابق التنسيق (أُبقيت كما هي؛ انظر التفاصيل).</numerusform>
                <numerusform>في %n ملفات أسطر لم تطابق التنسيق (أُبقيت كما هي؛ انظر التفاصيل).</numerusform>
                <numerusform>في %n ملفًا أسطر لم تطابق التنسيق (أُبقيت كما هي؛ انظر التفاصيل).</numerusform>
                <numerusform>في %n ملف أسطر لم تطابق التنسيق (أُبقيت كما هي؛ انظر التفاصيل).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n file(s) not imported.</source>
            <translation>
                <numerusform>أُلغي: لم يُستورد %n ملف.</numerusform>
                <numerusform>أُلغي: لم يُستورد ملف واحد.</numerusform>
                <numerusform>أُلغي: لم يُستورد ملفان.</numerusform>
                <numerusform>أُلغي: لم يُستورد %n ملفات.</numerusform>
                <numerusform>أُلغي: لم يُستورد %n ملفًا.</numerusform>
                <numerusform>أُلغي: لم يُستورد %n ملف.</numerusform>
            </translation>
        </message>
        <message>
            <source>skipped: same text as “{title}”</source>
            <translation>تُخطّي: النص نفسه في «{title}»</translation>
        </message>
        <message>
            <source>cancelled before this file</source>
            <translation>أُلغي قبل هذا الملف</translation>
        </message>
    </context>
    <context>
        <name>JoinTeam</name>
        <message>
            <source>The address your administrator gave you, for example
postgresql://you@db.newsroom.example/factcheck?sslmode=verify-full

No password here: keep it in ~/.pgpass (or a PostgreSQL service file), where PostgreSQL looks for it. This database stays your working copy; it keeps working offline.</source>
            <translation>العنوان الذي أعطاك إياه المسؤول، مثلًا
postgresql://you@db.newsroom.example/factcheck?sslmode=verify-full

لا تضع كلمة مرور هنا: احفظها في ~/.pgpass (أو في ملف خدمة PostgreSQL)، حيث يبحث عنها PostgreSQL. تظل قاعدة البيانات هذه نسخة عملك، وتواصل العمل دون اتصال.</translation>
        </message>
        <message>
            <source>Join Team Database</source>
            <translation>الانضمام إلى قاعدة بيانات الفريق</translation>
        </message>
        <message>
            <source>postgresql://you@host/database?sslmode=verify-full</source>
            <translation>postgresql://you@host/database?sslmode=verify-full</translation>
        </message>
        <message>
            <source>Team database address</source>
            <translation>عنوان قاعدة بيانات الفريق</translation>
        </message>
        <message>
            <source>The postgresql:// address your administrator gave you, without a password</source>
            <translation>عنوان postgresql:// الذي أعطاك إياه المسؤول، دون كلمة مرور</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>ا&amp;نضم</translation>
        </message>
        <message>
            <source>Team database:</source>
            <translation>قاعدة بيانات الفريق:</translation>
        </message>
        <message>
            <source>Joining…</source>
            <translation>جارٍ الانضمام…</translation>
        </message>
        <message>
            <source>Pulling changes: {done} of {total}</source>
            <translation>جارٍ جلب التغييرات: {done} من {total}</translation>
        </message>
        <message>
            <source>Sending changes: {done} of {total}</source>
            <translation>جارٍ إرسال التغييرات: {done} من {total}</translation>
        </message>
        <message>
            <source>Stopping after this batch…</source>
            <translation>جارٍ التوقف بعد هذه الدفعة…</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>No claims yet</source>
            <translation>لا توجد ادعاءات بعد</translation>
        </message>
        <message>
            <source>Mark claims in your articles and give them verdicts: this overview then counts them by verdict, status, outlet, reviewer and date, and every bar shows you the claims behind it.</source>
            <translation>حدّد الادعاءات في مقالاتك وأصدر أحكامك عليها: ستحصيها هذه النظرة العامة حسب الحكم والحالة والوسيلة الإعلامية والمراجع والتاريخ، وسيعرض كل عمود الادعاءات التي يمثلها.</translation>
        </message>
        <message>
            <source>Claims assigned to each reviewer (directly or through their article)</source>
            <translation>الادعاءات المسندة إلى كل مراجع (مباشرةً أو عبر مقالها)</translation>
        </message>
        <message>
            <source>Clear Filter</source>
            <translation>امسح عامل التصفية</translation>
        </message>
        <message>
            <source>Show every claim again (Esc)</source>
            <translation>اعرض كل الادعاءات مجددًا (Esc)</translation>
        </message>
        <message>
            <source>Claims by verdict</source>
            <translation>الادعاءات حسب الحكم</translation>
        </message>
        <message>
            <source>Claims by status</source>
            <translation>الادعاءات حسب الحالة</translation>
        </message>
        <message>
            <source>Claims by reviewer</source>
            <translation>الادعاءات حسب المراجع</translation>
        </message>
        <message>
            <source>Claims by outlet</source>
            <translation>الادعاءات حسب الوسيلة الإعلامية</translation>
        </message>
        <message>
            <source>Claims created over time</source>
            <translation>الادعاءات المُنشأة عبر الزمن</translation>
        </message>
        <message>
            <source>Colour the columns by</source>
            <translation>لوّن الأعمدة حسب</translation>
        </message>
        <message>
            <source>By verdict</source>
            <translation>حسب الحكم</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>حسب الحالة</translation>
        </message>
        <message>
            <source>Column width</source>
            <translation>عرض العمود</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>تلقائي</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>أسابيع</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>أشهر</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>المراجع</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>الوسيلة الإعلامية</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Reviews: agreement and calibration</source>
            <translation>المراجعات: الاتفاق والمعايرة</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>الرسوم البيانية</translation>
        </message>
        <message>
            <source>Library Overview — {file}</source>
            <translation>نظرة عامة على المكتبة — {file}</translation>
        </message>
        <message>
            <source>Could not count the claims: {error}</source>
            <translation>تعذّر إحصاء الادعاءات: {error}</translation>
        </message>
        <message>
            <source>Assigned: {people}</source>
            <translation>المسندة: {people}</translation>
        </message>
        <message numerus="yes">
            <source>Show the top %n</source>
            <translation>
                <numerusform>اعرض أول %n</numerusform>
                <numerusform>اعرض الأول فقط</numerusform>
                <numerusform>اعرض أول اثنين</numerusform>
                <numerusform>اعرض أول %n</numerusform>
                <numerusform>اعرض أول %n</numerusform>
                <numerusform>اعرض أول %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show all %n outlet(s)</source>
            <translation>
                <numerusform>اعرض كل %n وسيلة إعلامية</numerusform>
                <numerusform>اعرض كل الوسيلة الإعلامية الوحيدة</numerusform>
                <numerusform>اعرض كل الوسيلتين الإعلاميتين</numerusform>
                <numerusform>اعرض كل %n وسائل إعلامية</numerusform>
                <numerusform>اعرض كل %n وسيلةً إعلامية</numerusform>
                <numerusform>اعرض كل %n وسيلة إعلامية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show all %n reviewer(s)</source>
            <translation>
                <numerusform>اعرض كل %n مراجع</numerusform>
                <numerusform>اعرض كل المراجع الوحيد</numerusform>
                <numerusform>اعرض كل المراجعَين</numerusform>
                <numerusform>اعرض كل %n مراجعين</numerusform>
                <numerusform>اعرض كل %n مراجعًا</numerusform>
                <numerusform>اعرض كل %n مراجع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) in the library</source>
            <translation>
                <numerusform>%n ادعاء في المكتبة</numerusform>
                <numerusform>ادعاء واحد في المكتبة</numerusform>
                <numerusform>ادعاءان في المكتبة</numerusform>
                <numerusform>%n ادعاءات في المكتبة</numerusform>
                <numerusform>%n ادعاءً في المكتبة</numerusform>
                <numerusform>%n ادعاء في المكتبة</numerusform>
            </translation>
        </message>
        <message>
            <source>All claims ({count})</source>
            <translation>كل الادعاءات ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n claim(s):</source>
            <translation>
                <numerusform>{shown} من %n ادعاء:</numerusform>
                <numerusform>{shown} من ادعاء واحد:</numerusform>
                <numerusform>{shown} من ادعاءان:</numerusform>
                <numerusform>{shown} من %n ادعاءات:</numerusform>
                <numerusform>{shown} من %n ادعاءً:</numerusform>
                <numerusform>{shown} من %n ادعاء:</numerusform>
            </translation>
        </message>
        <message>
            <source>Claims matching the filter ({count})</source>
            <translation>الادعاءات المطابقة لعامل التصفية ({count})</translation>
        </message>
        <message>
            <source>Created: {period}</source>
            <translation>تاريخ الإنشاء: {period}</translation>
        </message>
        <message>
            <source>Click to remove this filter.</source>
            <translation>انقر لإزالة عامل التصفية هذا.</translation>
        </message>
        <message>
            <source>Remove filter {filter}</source>
            <translation>أزل عامل التصفية {filter}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
    </context>
    <context>
        <name>OverviewCharts</name>
        <message>
            <source>&lt;{percent}</source>
            <translation>&lt;{percent}</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) ({percent})</source>
            <translation>
                <numerusform>%n ادعاء ({percent})</numerusform>
                <numerusform>ادعاء واحد ({percent})</numerusform>
                <numerusform>ادعاءان ({percent})</numerusform>
                <numerusform>%n ادعاءات ({percent})</numerusform>
                <numerusform>%n ادعاءً ({percent})</numerusform>
                <numerusform>%n ادعاء ({percent})</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to show only these claims; click again to show all.</source>
            <translation>انقر لعرض هذه الادعاءات فقط؛ وانقر مجددًا لعرضها كلها.</translation>
        </message>
        <message>
            <source>Click again to remove this filter.</source>
            <translation>انقر مجددًا لإزالة عامل التصفية هذا.</translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n claim(s), filtered</source>
            <translation>
                <numerusform>{label}: %n ادعاء، مُصفّى</numerusform>
                <numerusform>{label}: ادعاء واحد، مُصفّى</numerusform>
                <numerusform>{label}: ادعاءان، مُصفّى</numerusform>
                <numerusform>{label}: %n ادعاءات، مُصفّى</numerusform>
                <numerusform>{label}: %n ادعاءً، مُصفّى</numerusform>
                <numerusform>{label}: %n ادعاء، مُصفّى</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n claim(s)</source>
            <translation>
                <numerusform>{label}: %n ادعاء</numerusform>
                <numerusform>{label}: ادعاء واحد</numerusform>
                <numerusform>{label}: ادعاءان</numerusform>
                <numerusform>{label}: %n ادعاءات</numerusform>
                <numerusform>{label}: %n ادعاءً</numerusform>
                <numerusform>{label}: %n ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>No claims</source>
            <extracomment>The keys that step to the previous and the next item.</extracomment>
            <translation>لا ادعاءات</translation>
        </message>
        <message>
            <source>Week of {start} (to {end})</source>
            <translation>أسبوع {start} (حتى {end})</translation>
        </message>
        <message>
            <source>Claims over time</source>
            <translation>الادعاءات عبر الزمن</translation>
        </message>
        <message numerus="yes">
            <source>{period}: %n claim(s)</source>
            <translation>
                <numerusform>{period}: %n ادعاء</numerusform>
                <numerusform>{period}: ادعاء واحد</numerusform>
                <numerusform>{period}: ادعاءان</numerusform>
                <numerusform>{period}: %n ادعاءات</numerusform>
                <numerusform>{period}: %n ادعاءً</numerusform>
                <numerusform>{period}: %n ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>{label}: {count}</source>
            <translation>{label}: {count}</translation>
        </message>
        <message>
            <source>Click to show only these claims.</source>
            <translation>انقر لعرض هذه الادعاءات فقط.</translation>
        </message>
    </context>
    <context>
        <name>OverviewClaims</name>
        <message>
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>المقال</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>المراجع</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>بلا حكم</translation>
        </message>
        <message>
            <source>To check</source>
            <translation>للتحقق</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد العمل</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>بحاجة إلى مراجعة</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>نهائي</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>منشور</translation>
        </message>
        <message>
            <source>Claims matching the filter</source>
            <translation>الادعاءات المطابقة لعامل التصفية</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>الادعاءات</translation>
        </message>
        <message>
            <source>Enter or double-click opens a claim in the main window.</source>
            <translation>يفتح Enter أو النقر المزدوج الادعاءَ في النافذة الرئيسية.</translation>
        </message>
    </context>
    <context>
        <name>OverviewController</name>
        <message>
            <source>Library &amp;Overview</source>
            <translation>نظرة &amp;عامة على المكتبة</translation>
        </message>
        <message>
            <source>Charts of every claim by verdict, status, outlet, reviewer and date</source>
            <translation>رسوم بيانية لكل الادعاءات حسب الحكم والحالة والوسيلة الإعلامية والمراجع والتاريخ</translation>
        </message>
    </context>
    <context>
        <name>OverviewFilter</name>
        <message>
            <source>No outlet</source>
            <translation>بلا وسيلة إعلامية</translation>
        </message>
        <message>
            <source>No reviewer</source>
            <translation>بلا مراجع</translation>
        </message>
        <message>
            <source>Verdict: {value}</source>
            <translation>الحكم: {value}</translation>
        </message>
        <message>
            <source>Status: {value}</source>
            <translation>الحالة: {value}</translation>
        </message>
        <message>
            <source>Outlet: {value}</source>
            <translation>الوسيلة الإعلامية: {value}</translation>
        </message>
        <message>
            <source>Reviewer: {value}</source>
            <translation>المراجع: {value}</translation>
        </message>
        <message>
            <source>{verdict} (not on the scale)</source>
            <translation>{verdict} (ليس في مقياس التقييم)</translation>
        </message>
    </context>
    <context>
        <name>OverviewReviews</name>
        <message>
            <source>n/a</source>
            <comment>no value</comment>
            <translation>غير متاح</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s), reviewers: {names}</source>
            <translation>
                <numerusform>%n مقال، المراجعون: {names}</numerusform>
                <numerusform>مقال واحد، المراجعون: {names}</numerusform>
                <numerusform>مقالان، المراجعون: {names}</numerusform>
                <numerusform>%n مقالات، المراجعون: {names}</numerusform>
                <numerusform>%n مقالًا، المراجعون: {names}</numerusform>
                <numerusform>%n مقال، المراجعون: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Claims found by all / some / one: {all} / {some} / {one}</source>
            <translation>الادعاءات التي وجدها الجميع / البعض / واحد: {all} / {some} / {one}</translation>
        </message>
        <message>
            <source>Unitizing alpha (spans): {value}</source>
            <translation>ألفا التقسيم (المقاطع): {value}</translation>
        </message>
        <message numerus="yes">
            <source>Verdict alpha: {nominal} nominal, {ordinal} ordinal (%n matched)</source>
            <translation>
                <numerusform>ألفا الأحكام: {nominal} اسمي، {ordinal} ترتيبي (%n متطابق)</numerusform>
                <numerusform>ألفا الأحكام: {nominal} اسمي، {ordinal} ترتيبي (واحد متطابق)</numerusform>
                <numerusform>ألفا الأحكام: {nominal} اسمي، {ordinal} ترتيبي (اثنان متطابقان)</numerusform>
                <numerusform>ألفا الأحكام: {nominal} اسمي، {ordinal} ترتيبي (%n متطابقة)</numerusform>
                <numerusform>ألفا الأحكام: {nominal} اسمي، {ordinal} ترتيبي (%n متطابقًا)</numerusform>
                <numerusform>ألفا الأحكام: {nominal} اسمي، {ordinal} ترتيبي (%n متطابق)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohen's kappa (verdicts): {value}</source>
            <translation>كابا كوهين (الأحكام): {value}</translation>
        </message>
        <message>
            <source>Status alpha: {value}</source>
            <translation>ألفا الحالة: {value}</translation>
        </message>
        <message>
            <source>Calibration per reviewer over time</source>
            <translation>معايرة كل مراجع عبر الزمن</translation>
        </message>
        <message>
            <source>{name}: {shares}</source>
            <translation>{name}: {shares}</translation>
        </message>
        <message>
            <source>Verdicts matching the curated result, pass by pass:</source>
            <translation>الأحكام المطابقة للنتيجة المعتمدة، جولةً بجولة:</translation>
        </message>
        <message>
            <source>No curated passes yet</source>
            <translation>لا توجد جولات معتمدة بعد</translation>
        </message>
        <message>
            <source>Calibration: verdicts matching the curated result, per pass</source>
            <translation>المعايرة: الأحكام المطابقة للنتيجة المعتمدة، لكل جولة</translation>
        </message>
        <message>
            <source>Could not compute the review figures: {error}</source>
            <translation>تعذّر حساب أرقام المراجعة: {error}</translation>
        </message>
    </context>
    <context>
        <name>ReviewPass</name>
        <message>
            <source>Review Pass — {name}</source>
            <translation>جولة مراجعة — {name}</translation>
        </message>
        <message>
            <source>Blind check by {name}: only your own claims are shown until you mark the pass done.</source>
            <translation>تحقق أعمى من {name}: لا تظهر إلا ادعاءاتك حتى تعلّم الجولة بأنها مكتملة.</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>نص المقال</translation>
        </message>
        <message>
            <source>As it was when the pass started, with your claims marked: select a passage, then Add Claim from Selection</source>
            <translation>كما كان عند بدء الجولة، مع تمييز ادعاءاتك: حدّد مقطعًا، ثم أضف ادعاءً من التحديد</translation>
        </message>
        <message>
            <source>https://… (several: separate with spaces)</source>
            <translation>https://… (للعديد: افصل بمسافات)</translation>
        </message>
        <message>
            <source>&amp;Add Claim from Selection</source>
            <translation>أ&amp;ضف ادعاءً من التحديد</translation>
        </message>
        <message>
            <source>&amp;Save Changes</source>
            <translation>ا&amp;حفظ التغييرات</translation>
        </message>
        <message>
            <source>&amp;Delete Claim</source>
            <translation>ا&amp;حذف الادعاء</translation>
        </message>
        <message>
            <source>Mark Pass &amp;Done</source>
            <translation>علّم الجولة بأنها م&amp;كتملة</translation>
        </message>
        <message>
            <source>Claims:</source>
            <translation>الادعاءات:</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>ال&amp;حكم:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>ال&amp;حالة:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>ال&amp;تعليل:</translation>
        </message>
        <message>
            <source>S&amp;ources:</source>
            <translation>ال&amp;مصادر:</translation>
        </message>
        <message>
            <source>{name}'s pass is done.</source>
            <translation>جولة {name} مكتملة.</translation>
        </message>
        <message>
            <source>No verdict</source>
            <translation>بلا حكم</translation>
        </message>
    </context>
    <context>
        <name>ScaleEditor</name>
        <message>
            <source>Key</source>
            <translation>المفتاح</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>اللون</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Contrast</source>
            <translation>التباين</translation>
        </message>
        <message>
            <source>light highlight</source>
            <translation>التمييز الفاتح</translation>
        </message>
        <message>
            <source>light chip</source>
            <translation>الشارة الفاتحة</translation>
        </message>
        <message>
            <source>light underline</source>
            <translation>التسطير الفاتح</translation>
        </message>
        <message>
            <source>dark highlight</source>
            <translation>التمييز الداكن</translation>
        </message>
        <message>
            <source>dark chip</source>
            <translation>الشارة الداكنة</translation>
        </message>
        <message>
            <source>dark underline</source>
            <translation>التسطير الداكن</translation>
        </message>
        <message>
            <source>Light palette: text on the highlight has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>اللوحة الفاتحة: تباين النص على التمييز {ratio}:1 (المطلوب {minimum}:1).</translation>
        </message>
        <message>
            <source>Light palette: the colour chip has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>اللوحة الفاتحة: تباين شارة اللون {ratio}:1 (المطلوب {minimum}:1).</translation>
        </message>
        <message>
            <source>Light palette: the underline has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>اللوحة الفاتحة: تباين التسطير {ratio}:1 (المطلوب {minimum}:1).</translation>
        </message>
        <message>
            <source>Dark palette: text on the highlight has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>اللوحة الداكنة: تباين النص على التمييز {ratio}:1 (المطلوب {minimum}:1).</translation>
        </message>
        <message>
            <source>Dark palette: the colour chip has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>اللوحة الداكنة: تباين شارة اللون {ratio}:1 (المطلوب {minimum}:1).</translation>
        </message>
        <message>
            <source>Dark palette: the underline has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>اللوحة الداكنة: تباين التسطير {ratio}:1 (المطلوب {minimum}:1).</translation>
        </message>
        <message>
            <source>Rating Scale</source>
            <translation>مقياس التقييم</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>ابدأ من</translation>
        </message>
        <message>
            <source>This database's scale: {name}</source>
            <translation>مقياس قاعدة البيانات هذه: {name}</translation>
        </message>
        <message>
            <source>Preset: {name}</source>
            <translation>مُعدّ مسبقًا: {name}</translation>
        </message>
        <message>
            <source>Scale name</source>
            <translation>اسم المقياس</translation>
        </message>
        <message>
            <source>Verdicts of the scale</source>
            <translation>أحكام المقياس</translation>
        </message>
        <message>
            <source>Add Label</source>
            <translation>أضف تسمية</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>أزل</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>انقل لأعلى</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>انقل لأسفل</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>أوقف الاستخدام</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>اللون…</translation>
        </message>
        <message>
            <source>Best label</source>
            <translation>أفضل تسمية</translation>
        </message>
        <message>
            <source>Worst label</source>
            <translation>أسوأ تسمية</translation>
        </message>
        <message>
            <source>Best:</source>
            <translation>الأفضل:</translation>
        </message>
        <message>
            <source>Worst:</source>
            <translation>الأسوأ:</translation>
        </message>
        <message>
            <source>Use a Readable Colour</source>
            <translation>استخدم لونًا مقروءًا</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>ابدأ من:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <source>Keys 1-9 follow the order of the labels. Value is ClaimReview's ratingValue (leave it empty for labels that rate the evidence, not the claim). Descriptions show as tooltips wherever a verdict is chosen.</source>
            <translation>تتبع المفاتيح 1-9 ترتيب التسميات. القيمة هي ratingValue في ClaimReview (اتركها فارغة للتسميات التي تقيّم الأدلة لا الادعاء). تظهر الأوصاف كتلميحات حيثما يُختار حكم.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>طبّق</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>موقوفة</translation>
        </message>
        <message numerus="yes">
            <source>Used by %n claim(s)</source>
            <translation>
                <numerusform>يستخدمها %n ادعاء</numerusform>
                <numerusform>يستخدمها ادعاء واحد</numerusform>
                <numerusform>يستخدمها ادعاءان</numerusform>
                <numerusform>يستخدمها %n ادعاءات</numerusform>
                <numerusform>يستخدمها %n ادعاءً</numerusform>
                <numerusform>يستخدمها %n ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>Not used by any claim yet</source>
            <translation>لا يستخدمها أي ادعاء بعد</translation>
        </message>
        <message>
            <source>not a colour</source>
            <translation>ليس لونًا</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>✓ light and dark</source>
            <translation>✓ فاتح وداكن</translation>
        </message>
        <message>
            <source>None (no bestRating / worstRating)</source>
            <translation>لا شيء (بلا bestRating / worstRating)</translation>
        </message>
        <message>
            <source>Un-retire</source>
            <translation>أعد التفعيل</translation>
        </message>
        <message>
            <source>'{label}' has no colour: claims show in grey-blue.</source>
            <translation>'{label}' بلا لون: تظهر الادعاءات باللون الرمادي المزرق.</translation>
        </message>
        <message>
            <source>'{colour}' is not a colour like #3aa89b.</source>
            <translation>'{colour}' ليس لونًا مثل #3aa89b.</translation>
        </message>
        <message>
            <source>{colour} reads well on light and dark backgrounds (text 4.5:1, chip and underline 3:1).</source>
            <translation>{colour} مقروء جيدًا على الخلفيات الفاتحة والداكنة (النص 4.5:1، والشارة والتسطير 3:1).</translation>
        </message>
        <message>
            <source>Nearest colour that passes: {colour}.</source>
            <translation>أقرب لون ناجح: {colour}.</translation>
        </message>
        <message>
            <source>Use {colour}</source>
            <translation>استخدم {colour}</translation>
        </message>
        <message>
            <source>The value '{value}' of '{label}' is not a number.</source>
            <translation>القيمة '{value}' للتسمية '{label}' ليست رقمًا.</translation>
        </message>
        <message>
            <source>New label {number}</source>
            <translation>تسمية جديدة {number}</translation>
        </message>
        <message>
            <source>Colour of {label}</source>
            <translation>لون {label}</translation>
        </message>
    </context>
    <context>
        <name>ScaleMapping</name>
        <message>
            <source>Nothing changes silently: map each verdict to a label of the new scale (its claims get the new label; each change is recorded in the claim's history) or keep it as a retired label (its claims keep it; it still shows, greyed, and exports, but cannot be chosen for new verdicts).</source>
            <translation>لا شيء يتغير بصمت: اربط كل حكم بتسمية من المقياس الجديد (تأخذ ادعاءاته التسمية الجديدة، ويُسجَّل كل تغيير في سجل الادعاء) أو أبقه تسمية موقوفة (تحتفظ بها ادعاءاته؛ وتظل تظهر باللون الرمادي وتُصدَّر، لكن لا يمكن اختيارها لأحكام جديدة).</translation>
        </message>
        <message numerus="yes">
            <source>%n verdict(s) in use not on “{scale}”</source>
            <translation>
                <numerusform>%n حكم مستخدَم ليس في «{scale}»</numerusform>
                <numerusform>حكم واحد مستخدَم ليس في «{scale}»</numerusform>
                <numerusform>حكمان مستخدَمان ليسا في «{scale}»</numerusform>
                <numerusform>%n أحكام مستخدَمة ليست في «{scale}»</numerusform>
                <numerusform>%n حكمًا مستخدَمًا ليس في «{scale}»</numerusform>
                <numerusform>%n حكم مستخدَم ليس في «{scale}»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n ادعاء</numerusform>
                <numerusform>ادعاء واحد</numerusform>
                <numerusform>ادعاءان</numerusform>
                <numerusform>%n ادعاءات</numerusform>
                <numerusform>%n ادعاءً</numerusform>
                <numerusform>%n ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>What becomes of {verdict}</source>
            <translation>مصير {verdict}</translation>
        </message>
        <message>
            <source>Keep as a retired label</source>
            <translation>أبقها تسمية موقوفة</translation>
        </message>
        <message>
            <source>Map to “{label}”</source>
            <translation>اربط بـ«{label}»</translation>
        </message>
    </context>
    <context>
        <name>ScalePresets</name>
        <message>
            <source>Plain six-point scale</source>
            <translation>مقياس بسيط من ست درجات</translation>
        </message>
        <message>
            <source>A general-purpose scale running from True (5) down to False (1), with Misleading in the middle at 3; Unverifiable has no rating value because it judges the evidence, not the claim.</source>
            <translation>مقياس عام الغرض يمتد من صحيح (5) إلى خاطئ (1)، ومضلل في الوسط عند 3؛ وليس لـ«لا يمكن التحقق منه» قيمة تقييم لأنه يحكم على الأدلة لا على الادعاء.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>صحيح</translation>
        </message>
        <message>
            <source>The claim is accurate and nothing important has been left out.</source>
            <translation>الادعاء دقيق ولم يُغفَل فيه شيء مهم.</translation>
        </message>
        <message>
            <source>Mostly true</source>
            <translation>صحيح في معظمه</translation>
        </message>
        <message>
            <source>The claim is right in substance but needs a small correction or a missing detail.</source>
            <translation>الادعاء صحيح في جوهره لكنه يحتاج إلى تصحيح بسيط أو تفصيل ناقص.</translation>
        </message>
        <message>
            <source>Misleading</source>
            <translation>مضلل</translation>
        </message>
        <message>
            <source>The facts may be correct, but the way they are used leaves a false impression.</source>
            <translation>قد تكون الوقائع صحيحة، لكن طريقة استخدامها تترك انطباعًا خاطئًا.</translation>
        </message>
        <message>
            <source>Mostly false</source>
            <translation>خاطئ في معظمه</translation>
        </message>
        <message>
            <source>The claim holds a grain of truth, but its central point is wrong.</source>
            <translation>في الادعاء ذرة من الحقيقة، لكن فكرته الأساسية خاطئة.</translation>
        </message>
        <message>
            <source>False</source>
            <translation>خاطئ</translation>
        </message>
        <message>
            <source>The claim is wrong.</source>
            <translation>الادعاء خاطئ.</translation>
        </message>
        <message>
            <source>Unverifiable</source>
            <translation>لا يمكن التحقق منه</translation>
        </message>
        <message>
            <source>The evidence that can be reached does not show whether the claim is true or false.</source>
            <translation>الأدلة المتاحة لا تبيّن إن كان الادعاء صحيحًا أم خاطئًا.</translation>
        </message>
        <message>
            <source>FEVER research labels</source>
            <translation>تصنيفات FEVER البحثية</translation>
        </message>
        <message>
            <source>The three labels of the FEVER fact-extraction and verification task: Supported (2) and Refuted (1), with Not Enough Info left without a rating value.</source>
            <translation>التصنيفات الثلاثة لمهمة FEVER لاستخراج الحقائق والتحقق منها: مدعوم (2) ومُفنَّد (1)، ومعلومات غير كافية بلا قيمة تقييم.</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>مدعوم</translation>
        </message>
        <message>
            <source>The evidence found confirms the claim.</source>
            <translation>الأدلة التي وُجدت تؤكد الادعاء.</translation>
        </message>
        <message>
            <source>Refuted</source>
            <translation>مُفنَّد</translation>
        </message>
        <message>
            <source>The evidence found contradicts the claim.</source>
            <translation>الأدلة التي وُجدت تناقض الادعاء.</translation>
        </message>
        <message>
            <source>Not Enough Info</source>
            <translation>معلومات غير كافية</translation>
        </message>
        <message>
            <source>The evidence found neither confirms nor contradicts the claim.</source>
            <translation>الأدلة التي وُجدت لا تؤكد الادعاء ولا تناقضه.</translation>
        </message>
        <message>
            <source>Platform fact-checking programme</source>
            <translation>برنامج تدقيق الحقائق للمنصات</translation>
        </message>
        <message>
            <source>Labels used by fact-checkers who work with social-media platforms, rated from True (4) through Missing Context (3) and Partly False (2) to False and Altered (both 1); Satire has no rating value because it is not a claim of fact.</source>
            <translation>تصنيفات يستخدمها مدققو الحقائق العاملون مع منصات التواصل الاجتماعي، مقيّمة من صحيح (4) مرورًا بـينقصه السياق (3) وخاطئ جزئيًا (2) وصولًا إلى خاطئ ومُعدَّل (كلاهما 1)؛ وليس للمحتوى الساخر قيمة تقييم لأنه ليس ادعاءً واقعيًا.</translation>
        </message>
        <message>
            <source>The content has no basis in fact.</source>
            <translation>لا أساس للمحتوى من الواقع.</translation>
        </message>
        <message>
            <source>Altered</source>
            <translation>مُعدَّل</translation>
        </message>
        <message>
            <source>An image, audio or video has been edited or generated in a way that misleads.</source>
            <translation>عُدّلت صورة أو مقطع صوتي أو فيديو أو وُلّد بطريقة مضللة.</translation>
        </message>
        <message>
            <source>Partly False</source>
            <translation>خاطئ جزئيًا</translation>
        </message>
        <message>
            <source>The content contains some factual errors.</source>
            <translation>يتضمن المحتوى بعض الأخطاء الواقعية.</translation>
        </message>
        <message>
            <source>Missing Context</source>
            <translation>ينقصه السياق</translation>
        </message>
        <message>
            <source>The content could mislead without more context, even though it is not false as such.</source>
            <translation>قد يضلل المحتوى من دون سياق إضافي، مع أنه ليس خاطئًا في حد ذاته.</translation>
        </message>
        <message>
            <source>Satire</source>
            <translation>ساخر</translation>
        </message>
        <message>
            <source>The content is humour or parody, not a statement of fact, though some readers may take it as one.</source>
            <translation>المحتوى فكاهة أو محاكاة ساخرة وليس تقريرًا لوقائع، وإن كان بعض القراء قد يعدّونه كذلك.</translation>
        </message>
        <message>
            <source>The content is factually accurate.</source>
            <translation>المحتوى دقيق من حيث الوقائع.</translation>
        </message>
        <message>
            <source>Snopes-style scale</source>
            <translation>مقياس على طريقة Snopes</translation>
        </message>
        <message>
            <source>Five graded steps from True (5) down to False (1), with Mixture at 3, plus Unproven and Outdated, which have no rating value because they describe the state of the evidence rather than the truth of the claim.</source>
            <translation>خمس درجات متدرجة من صحيح (5) إلى خاطئ (1)، ومزيج عند 3، إضافةً إلى غير مثبت وتجاوزه الزمن، وليس لهما قيمة تقييم لأنهما يصفان حال الأدلة لا صحة الادعاء.</translation>
        </message>
        <message>
            <source>The main elements of the claim are shown to be true.</source>
            <translation>ثبت أن العناصر الرئيسية في الادعاء صحيحة.</translation>
        </message>
        <message>
            <source>Mostly True</source>
            <translation>صحيح في معظمه</translation>
        </message>
        <message>
            <source>The main point is correct, but some details are inaccurate or cannot be confirmed.</source>
            <translation>الفكرة الرئيسية صحيحة، لكن بعض التفاصيل غير دقيقة أو لا يمكن تأكيدها.</translation>
        </message>
        <message>
            <source>Mixture</source>
            <translation>مزيج</translation>
        </message>
        <message>
            <source>The claim combines significant true and false elements.</source>
            <translation>يجمع الادعاء بين عناصر صحيحة وأخرى خاطئة ذات شأن.</translation>
        </message>
        <message>
            <source>Mostly False</source>
            <translation>خاطئ في معظمه</translation>
        </message>
        <message>
            <source>The main point is wrong, though some details are accurate.</source>
            <translation>الفكرة الرئيسية خاطئة، وإن كانت بعض التفاصيل دقيقة.</translation>
        </message>
        <message>
            <source>The main elements of the claim are shown to be false.</source>
            <translation>ثبت أن العناصر الرئيسية في الادعاء خاطئة.</translation>
        </message>
        <message>
            <source>Unproven</source>
            <translation>غير مثبت</translation>
        </message>
        <message>
            <source>There is not enough evidence to settle the claim either way, or the evidence conflicts.</source>
            <translation>لا توجد أدلة كافية للحسم في الادعاء في أي اتجاه، أو أن الأدلة متعارضة.</translation>
        </message>
        <message>
            <source>Outdated</source>
            <translation>تجاوزه الزمن</translation>
        </message>
        <message>
            <source>The claim was accurate, or at least open, at one time, but later events have overtaken it.</source>
            <translation>كان الادعاء دقيقًا، أو مفتوحًا على الأقل، في وقت ما، لكن أحداثًا لاحقة تجاوزته.</translation>
        </message>
        <message>
            <source>Six-step truth meter</source>
            <translation>مقياس الحقيقة ذو الدرجات الست</translation>
        </message>
        <message>
            <source>A graded meter from True (6) down to Outrageously False (1); every step has a rating value, and the last one is kept for claims that are not only false but absurd or reckless.</source>
            <translation>مقياس متدرج من صحيح (6) إلى خاطئ بشكل فاضح (1)؛ لكل درجة قيمة تقييم، والأخيرة مخصصة للادعاءات التي ليست خاطئة فحسب بل سخيفة أو متهورة.</translation>
        </message>
        <message>
            <source>The claim is accurate and no significant information is missing.</source>
            <translation>الادعاء دقيق ولا تنقصه معلومات مهمة.</translation>
        </message>
        <message>
            <source>The claim is accurate but needs clarification or extra information.</source>
            <translation>الادعاء دقيق لكنه يحتاج إلى توضيح أو معلومات إضافية.</translation>
        </message>
        <message>
            <source>Half True</source>
            <translation>نصف صحيح</translation>
        </message>
        <message>
            <source>The claim is partly accurate but leaves out important details or takes things out of context.</source>
            <translation>الادعاء دقيق جزئيًا لكنه يُغفل تفاصيل مهمة أو يقتطع الأمور من سياقها.</translation>
        </message>
        <message>
            <source>The claim has an element of truth but ignores facts that would change the impression it gives.</source>
            <translation>في الادعاء عنصر من الحقيقة لكنه يتجاهل وقائع كانت ستغيّر الانطباع الذي يعطيه.</translation>
        </message>
        <message>
            <source>The claim is not accurate.</source>
            <translation>الادعاء غير دقيق.</translation>
        </message>
        <message>
            <source>Outrageously False</source>
            <translation>خاطئ بشكل فاضح</translation>
        </message>
        <message>
            <source>The claim is not accurate and is also absurd, reckless or wildly exaggerated.</source>
            <translation>الادعاء غير دقيق، وهو فوق ذلك سخيف أو متهور أو مبالغ فيه إلى حد بعيد.</translation>
        </message>
    </context>
    <context>
        <name>ScalesController</name>
        <message>
            <source>Rating &amp;Scale…</source>
            <translation>م&amp;قياس التقييم…</translation>
        </message>
        <message>
            <source>Choose or edit this database's verdicts: labels, colours, order, ClaimReview values</source>
            <translation>اختر أحكام قاعدة البيانات هذه أو حرّرها: التسميات والألوان والترتيب وقيم ClaimReview</translation>
        </message>
        <message>
            <source>Cannot change the rating scale</source>
            <translation>لا يمكن تغيير مقياس التقييم</translation>
        </message>
        <message>
            <source>This database is open read-only, so its rating scale cannot be changed; `scale show` on the command line lists it.</source>
            <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط، لذا لا يمكن تغيير مقياس التقييم فيها؛ يعرضه الأمر `scale show` في سطر الأوامر.</translation>
        </message>
        <message>
            <source>Could not read the rating scale</source>
            <translation>تعذّرت قراءة مقياس التقييم</translation>
        </message>
        <message>
            <source>The rating scale is unchanged.</source>
            <translation>لم يتغير مقياس التقييم.</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) relabelled</source>
            <translation>
                <numerusform>أُعيدت تسمية %n ادعاء</numerusform>
                <numerusform>أُعيدت تسمية ادعاء واحد</numerusform>
                <numerusform>أُعيدت تسمية ادعاءان</numerusform>
                <numerusform>أُعيدت تسمية %n ادعاءات</numerusform>
                <numerusform>أُعيدت تسمية %n ادعاءً</numerusform>
                <numerusform>أُعيدت تسمية %n ادعاء</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) kept as retired</source>
            <translation>
                <numerusform>أُبقيت %n تسمية موقوفة</numerusform>
                <numerusform>أُبقيت تسمية واحدة موقوفة</numerusform>
                <numerusform>أُبقيت تسميتان موقوفة</numerusform>
                <numerusform>أُبقيت %n تسميات موقوفة</numerusform>
                <numerusform>أُبقيت %n تسميةً موقوفة</numerusform>
                <numerusform>أُبقيت %n تسمية موقوفة</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>Rating scale: {name} ({changes}). Ctrl+Z undoes it.</source>
            <translation>مقياس التقييم: {name} ({changes}). يتراجع Ctrl+Z عن ذلك.</translation>
        </message>
        <message>
            <source>Rating scale: {name}. Ctrl+Z undoes it.</source>
            <translation>مقياس التقييم: {name}. يتراجع Ctrl+Z عن ذلك.</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>&amp;Join Team Database…</source>
            <translation>ان&amp;ضم إلى قاعدة بيانات الفريق…</translation>
        </message>
        <message>
            <source>Share this database's work through a PostgreSQL team database</source>
            <translation>شارك عمل قاعدة البيانات هذه عبر قاعدة بيانات فريق PostgreSQL</translation>
        </message>
        <message>
            <source>S&amp;ync with Team</source>
            <translation>&amp;زامن مع الفريق</translation>
        </message>
        <message>
            <source>Send the changes waiting here and fetch the team's now</source>
            <translation>أرسل التغييرات المنتظرة هنا واجلب تغييرات الفريق الآن</translation>
        </message>
        <message>
            <source>Team &amp;Conflicts…</source>
            <translation>ت&amp;عارضات الفريق…</translation>
        </message>
        <message>
            <source>Edits made at the same time as another: keep or switch</source>
            <translation>تعديلات أُجريت في الوقت نفسه مع غيرها: أبقِ أو بدّل</translation>
        </message>
        <message>
            <source>Team: {status}</source>
            <extracomment>The Assigned to me filters (set by the window), shown while in a team.</extracomment>
            <translation>الفريق: {status}</translation>
        </message>
        <message>
            <source>You sign as {name} ({role}).</source>
            <translation>توقّع باسم {name} ({role}).</translation>
        </message>
        <message>
            <source>no rights</source>
            <translation>بلا صلاحيات</translation>
        </message>
        <message>
            <source>Joined the team database</source>
            <translation>انضممت إلى قاعدة بيانات الفريق</translation>
        </message>
        <message>
            <source>offline since {time} UTC</source>
            <translation>دون اتصال منذ {time} UTC</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n تعارض</numerusform>
                <numerusform>تعارض واحد</numerusform>
                <numerusform>تعارضان</numerusform>
                <numerusform>%n تعارضات</numerusform>
                <numerusform>%n تعارضًا</numerusform>
                <numerusform>%n تعارض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n تغيير في الانتظار</numerusform>
                <numerusform>تغيير واحد في الانتظار</numerusform>
                <numerusform>تغييران في الانتظار</numerusform>
                <numerusform>%n تغييرات في الانتظار</numerusform>
                <numerusform>%n تغييرًا في الانتظار</numerusform>
                <numerusform>%n تغيير في الانتظار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the server</source>
            <translation>
                <numerusform>رفض الخادم %n تغيير</numerusform>
                <numerusform>رفض الخادم تغيير واحد</numerusform>
                <numerusform>رفض الخادم تغييران</numerusform>
                <numerusform>رفض الخادم %n تغييرات</numerusform>
                <numerusform>رفض الخادم %n تغييرًا</numerusform>
                <numerusform>رفض الخادم %n تغيير</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>synced</source>
            <translation>متزامن</translation>
        </message>
    </context>
    <context>
        <name>TeamConflicts</name>
        <message>
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>المُبقى</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>المفقود</translation>
        </message>
        <message>
            <source>Lost at</source>
            <translation>فُقد في</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <source>claim text</source>
            <translation>نص الادعاء</translation>
        </message>
        <message>
            <source>claimant</source>
            <translation>صاحب الادعاء</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>التعليل</translation>
        </message>
        <message>
            <source>status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>المراجع</translation>
        </message>
        <message>
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>outlet</source>
            <translation>الوسيلة الإعلامية</translation>
        </message>
        <message>
            <source>author</source>
            <translation>المؤلف</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <source>Team Conflicts</source>
            <translation>تعارضات الفريق</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <source>Per edit: the claim, the field, the value kept and who made it, the value lost, who made it and when</source>
            <translation>لكل تعديل: الادعاء، والحقل، والقيمة المُبقاة ومن أجراها، والقيمة المفقودة ومن أجراها ومتى</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>أ&amp;بقِ</translation>
        </message>
        <message>
            <source>The value that won stays; the conflict leaves the list</source>
            <translation>تبقى القيمة الفائزة؛ ويخرج التعارض من القائمة</translation>
        </message>
        <message>
            <source>&amp;Switch</source>
            <translation>&amp;بدّل</translation>
        </message>
        <message>
            <source>Take the value that lost (a deleted claim comes back)</source>
            <translation>خذ القيمة الخاسرة (يعود الادعاء المحذوف)</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>لا توجد تعارضات.</translation>
        </message>
        <message numerus="yes">
            <source>%n edit(s) made at the same time as another. Every copy keeps the change the team database received last; the other value stays in the claim's history. Keep it, or switch to the other value.</source>
            <translation>
                <numerusform>%n تعديل أُجري في الوقت نفسه مع غيره. تحتفظ كل نسخة بالتغيير الذي استلمته قاعدة بيانات الفريق أخيرًا؛ وتبقى القيمة الأخرى في سجل الادعاء. أبقِه، أو بدّل إلى القيمة الأخرى.</numerusform>
                <numerusform>تعديل واحد أُجري في الوقت نفسه مع غيره. تحتفظ كل نسخة بالتغيير الذي استلمته قاعدة بيانات الفريق أخيرًا؛ وتبقى القيمة الأخرى في سجل الادعاء. أبقِه، أو بدّل إلى القيمة الأخرى.</numerusform>
                <numerusform>تعديلان أُجري في الوقت نفسه مع غيره. تحتفظ كل نسخة بالتغيير الذي استلمته قاعدة بيانات الفريق أخيرًا؛ وتبقى القيمة الأخرى في سجل الادعاء. أبقِه، أو بدّل إلى القيمة الأخرى.</numerusform>
                <numerusform>%n تعديلات أُجري في الوقت نفسه مع غيره. تحتفظ كل نسخة بالتغيير الذي استلمته قاعدة بيانات الفريق أخيرًا؛ وتبقى القيمة الأخرى في سجل الادعاء. أبقِه، أو بدّل إلى القيمة الأخرى.</numerusform>
                <numerusform>%n تعديلًا أُجري في الوقت نفسه مع غيره. تحتفظ كل نسخة بالتغيير الذي استلمته قاعدة بيانات الفريق أخيرًا؛ وتبقى القيمة الأخرى في سجل الادعاء. أبقِه، أو بدّل إلى القيمة الأخرى.</numerusform>
                <numerusform>%n تعديل أُجري في الوقت نفسه مع غيره. تحتفظ كل نسخة بالتغيير الذي استلمته قاعدة بيانات الفريق أخيرًا؛ وتبقى القيمة الأخرى في سجل الادعاء. أبقِه، أو بدّل إلى القيمة الأخرى.</numerusform>
            </translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>محذوف</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(محذوف)</translation>
        </message>
        <message>
            <source>the claim with its edits</source>
            <translation>الادعاء بتعديلاته</translation>
        </message>
    </context>
    <context>
        <name>VerdictLook</name>
        <message>
            <source>Retired label: kept for earlier verdicts; it cannot be chosen for new ones.</source>
            <translation>تسمية موقوفة: محفوظة للأحكام السابقة؛ ولا يمكن اختيارها للأحكام الجديدة.</translation>
        </message>
        <message>
            <source>{label} (retired)</source>
            <translation>{label} (موقوفة)</translation>
        </message>
        <message>
            <source>{label} (not on the scale)</source>
            <translation>{label} (ليست في المقياس)</translation>
        </message>
        <message>
            <source>This verdict is not on the database's rating scale.</source>
            <translation>هذا الحكم ليس في مقياس التقييم الخاص بقاعدة البيانات.</translation>
        </message>
    </context>
    <context>
        <name>Web</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>ok</source>
            <extracomment>Minutes to wait before trying unreachable copies again, one step further after each round that found the network still down; the last is repeated. What a link check found, as the window says it (the states are data).</extracomment>
            <translation>سليم</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>منقول</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>متغيّر</translation>
        </message>
        <message>
            <source>gone</source>
            <translation>مفقود</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>يتعذّر الوصول إليه</translation>
        </message>
        <message>
            <source>Open URL</source>
            <translation>فتح URL</translation>
        </message>
        <message>
            <source>Web addresses of articles, one a line (http:// or https://):</source>
            <translation>عناوين الويب للمقالات، عنوان في كل سطر (http:// أو https://):</translation>
        </message>
        <message>
            <source>https://…</source>
            <comment>an example address</comment>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Web addresses</source>
            <translation>عناوين الويب</translation>
        </message>
        <message>
            <source>One a line, starting with http:// or https://</source>
            <translation>عنوان في كل سطر، يبدأ بـhttp:// أو https://</translation>
        </message>
        <message>
            <source>Each line must be one address starting with http:// or https://.</source>
            <translation>يجب أن يكون كل سطر عنوانًا واحدًا يبدأ بـhttp:// أو https://.</translation>
        </message>
        <message>
            <source>Open &amp;URL…</source>
            <extracomment>Copies being fetched in the background, by source id. Copies that failed with no answer (url by source id), tried again by themselves.</extracomment>
            <translation>افتح &amp;URL…</translation>
        </message>
        <message>
            <source>Import articles from their web addresses (one a line)</source>
            <translation>استورد مقالات من عناوين الويب الخاصة بها (عنوان في كل سطر)</translation>
        </message>
        <message>
            <source>Update from &amp;URL</source>
            <translation>حدّث من &amp;URL</translation>
        </message>
        <message>
            <source>Fetch this article again from its web address; a changed text becomes a new version and its claims follow</source>
            <translation>اجلب هذا المقال مجددًا من عنوانه على الويب؛ يصبح النص المتغيّر إصدارًا جديدًا وتتبعه ادعاءاته</translation>
        </message>
        <message>
            <source>Check &amp;Links</source>
            <translation>افحص ال&amp;روابط</translation>
        </message>
        <message>
            <source>Fetch every source's address again: ok, moved, changed, gone or unreachable</source>
            <translation>اجلب عنوان كل مصدر مجددًا: سليم أو منقول أو متغيّر أو مفقود أو يتعذّر الوصول إليه</translation>
        </message>
        <message>
            <source>Retry Failed &amp;Copies</source>
            <translation>أعد محاولة النسخ ال&amp;فاشلة</translation>
        </message>
        <message>
            <source>Try again to keep copies of the sources whose pages could not be fetched</source>
            <translation>حاول مجددًا حفظ نسخ من المصادر التي تعذّر جلب صفحاتها</translation>
        </message>
        <message>
            <source>Find &amp;Quote in Sources</source>
            <translation>ابحث عن الا&amp;قتباس في المصادر</translation>
        </message>
        <message>
            <source>Look for the selected claim's quote in its sources' kept copies</source>
            <translation>ابحث عن اقتباس الادعاء المحدد في النسخ المحفوظة من مصادره</translation>
        </message>
        <message>
            <source>Cannot update from the web</source>
            <translation>لا يمكن التحديث من الويب</translation>
        </message>
        <message>
            <source>Update from URL</source>
            <translation>التحديث من URL</translation>
        </message>
        <message>
            <source>Fetching {url}…</source>
            <translation>جارٍ جلب {url}…</translation>
        </message>
        <message>
            <source>Nothing Changed</source>
            <translation>لم يتغير شيء</translation>
        </message>
        <message>
            <source>The page at {url} has the same text as the article.</source>
            <translation>للصفحة في {url} النص نفسه الذي في المقال.</translation>
        </message>
        <message>
            <source>updated from {url}</source>
            <translation>حُدِّث من {url}</translation>
        </message>
        <message>
            <source>The copy of {url} could not be saved: {error}</source>
            <translation>تعذّر حفظ نسخة {url}: {error}</translation>
        </message>
        <message>
            <source>No copy kept of {url}: {error}. It is tried again by itself when the network is back.</source>
            <translation>لم تُحفظ نسخة من {url}: {error}. ستُعاد المحاولة تلقائيًا عند عودة الشبكة.</translation>
        </message>
        <message>
            <source>No copy kept of {url}: {error}. Sources &gt; Retry Failed Copies tries again.</source>
            <translation>لم تُحفظ نسخة من {url}: {error}. يعيد المصادر &gt; أعد محاولة النسخ الفاشلة المحاولة.</translation>
        </message>
        <message>
            <source>Copy kept of {url}</source>
            <translation>حُفظت نسخة من {url}</translation>
        </message>
        <message>
            <source>Retry Failed Copies</source>
            <translation>إعادة محاولة النسخ الفاشلة</translation>
        </message>
        <message>
            <source>Every source that was fetched has its copy; nothing to retry.</source>
            <translation>لكل مصدر جُلب نسخته؛ لا شيء لإعادة المحاولة.</translation>
        </message>
        <message numerus="yes">
            <source>Fetching %n page(s) again…</source>
            <translation>
                <numerusform>جارٍ جلب %n صفحة مجددًا…</numerusform>
                <numerusform>جارٍ جلب صفحة واحدة مجددًا…</numerusform>
                <numerusform>جارٍ جلب صفحتين مجددًا…</numerusform>
                <numerusform>جارٍ جلب %n صفحات مجددًا…</numerusform>
                <numerusform>جارٍ جلب %n صفحةً مجددًا…</numerusform>
                <numerusform>جارٍ جلب %n صفحة مجددًا…</numerusform>
            </translation>
        </message>
        <message>
            <source>fetching a copy…</source>
            <translation>جارٍ جلب نسخة…</translation>
        </message>
        <message>
            <source>copy kept {date}</source>
            <translation>نسخة محفوظة في {date}</translation>
        </message>
        <message>
            <source>no copy: {error}</source>
            <translation>بلا نسخة: {error}</translation>
        </message>
        <message>
            <source>link {state} {date}</source>
            <translation>الرابط {state} ({date})</translation>
        </message>
        <message>
            <source>Not Found in the Sources</source>
            <translation>لم يُعثر عليه في المصادر</translation>
        </message>
        <message>
            <source>The claim's quote is not in the kept copies of its sources.</source>
            <translation>اقتباس الادعاء غير موجود في النسخ المحفوظة من مصادره.</translation>
        </message>
        <message>
            <source>The claim's quote is not in the kept copies of its sources (it has no sources yet).</source>
            <translation>اقتباس الادعاء غير موجود في النسخ المحفوظة من مصادره (ليست له مصادر بعد).</translation>
        </message>
        <message>
            <source>Found in source {number}</source>
            <translation>وُجد في المصدر {number}</translation>
        </message>
        <message>
            <source>Found in source {number} (a close match, {score} alike)</source>
            <translation>وُجد في المصدر {number} (تطابق قريب، بنسبة تشابه {score})</translation>
        </message>
        <message>
            <source>Check Links</source>
            <translation>فحص الروابط</translation>
        </message>
        <message>
            <source>No claim has a source yet.</source>
            <translation>لا يوجد ادعاء له مصدر بعد.</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n source address(es)…</source>
            <translation>
                <numerusform>جارٍ فحص %n عنوان مصدر…</numerusform>
                <numerusform>جارٍ فحص عنوان مصدر واحد…</numerusform>
                <numerusform>جارٍ فحص عنواني مصدرين…</numerusform>
                <numerusform>جارٍ فحص %n عناوين مصادر…</numerusform>
                <numerusform>جارٍ فحص %n عنوانَ مصدر…</numerusform>
                <numerusform>جارٍ فحص %n عنوان مصدر…</numerusform>
            </translation>
        </message>
        <message>
            <source>Check Links failed</source>
            <translation>فشل فحص الروابط</translation>
        </message>
        <message>
            <source>Cannot save the link check</source>
            <translation>لا يمكن حفظ فحص الروابط</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>{count} {state}</source>
            <comment>a number of links in a state</comment>
            <translation>{state}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>Checked {checked} of %n link(s): {summary}</source>
            <translation>
                <numerusform>فُحص {checked} من %n رابط: {summary}</numerusform>
                <numerusform>فُحص {checked} من رابط واحد: {summary}</numerusform>
                <numerusform>فُحص {checked} من رابطين: {summary}</numerusform>
                <numerusform>فُحص {checked} من %n روابط: {summary}</numerusform>
                <numerusform>فُحص {checked} من %n رابطًا: {summary}</numerusform>
                <numerusform>فُحص {checked} من %n رابط: {summary}</numerusform>
            </translation>
        </message>
        <message>
            <source>unexpected {error}</source>
            <translation>خطأ غير متوقع: {error}</translation>
        </message>
    </context>
</TS>
