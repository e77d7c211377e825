<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
</TS>
