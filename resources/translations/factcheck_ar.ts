<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>ArticleController</name>
        <message>
            <source>Could not open the article</source>
            <translation>تعذّر فتح المقال</translation>
        </message>
    </context>
    <context>
        <name>ArticleVersions</name>
        <message>
            <source>Update from &amp;File…</source>
            <translation>حدّث من &amp;ملف…</translation>
        </message>
        <message>
            <source>Store the text of a file as the new version of this article; claims follow it</source>
            <translation>احفظ نص ملف بوصفه الإصدار الجديد من هذا المقال؛ وتتبعه الادعاءات</translation>
        </message>
        <message>
            <source>Update from &amp;Clipboard</source>
            <translation>حدّث من ال&amp;حافظة</translation>
        </message>
        <message>
            <source>Store the text on the clipboard as the new version of this article</source>
            <translation>احفظ النص الموجود في الحافظة بوصفه الإصدار الجديد من هذا المقال</translation>
        </message>
        <message>
            <source>&amp;Versions…</source>
            <translation>الإ&amp;صدارات…</translation>
        </message>
        <message>
            <source>List this article's versions and compare any two</source>
            <translation>اعرض إصدارات هذا المقال وقارن بين أي إصدارين</translation>
        </message>
        <message>
            <source>Update Article from File</source>
            <translation>حدّث المقال من ملف</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>كل الملفات</translation>
        </message>
        <message>
            <source>{file}: {error}</source>
            <translation>{file}: {error}</translation>
        </message>
        <message>
            <source>Cannot read the new text</source>
            <translation>تعذّرت قراءة النص الجديد</translation>
        </message>
        <message>
            <source>Cannot update from the clipboard</source>
            <translation>تعذّر التحديث من الحافظة</translation>
        </message>
        <message>
            <source>{error}

Copy the article's new text first, then try again.</source>
            <translation>{error}

انسخ نص المقال الجديد أولًا، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Cannot update the article</source>
            <translation>تعذّر تحديث المقال</translation>
        </message>
        <message>
            <source>Nothing to update</source>
            <translation>لا شيء للتحديث</translation>
        </message>
        <message>
            <source>The new text is the same as the current text (version {number}), so no new version was stored.</source>
            <translation>النص الجديد مطابق للنص الحالي (الإصدار {number})، لذا لم يُحفظ إصدار جديد.</translation>
        </message>
        <message>
            <source>Update Article Text</source>
            <translation>تحديث نص المقال</translation>
        </message>
        <message>
            <source>Cannot show the versions</source>
            <translation>تعذّر عرض الإصدارات</translation>
        </message>
    </context>
    <context>
        <name>CaretClaim</name>
        <message>
            <source>The text cursor is not in a claim.</source>
            <translation>مؤشر النص ليس داخل ادعاء.</translation>
        </message>
        <message>
            <source>In claim “{quote}”: verdict {verdict}, status {status}.</source>
            <translation>في الادعاء «{quote}»: الحكم {verdict}، الحالة {status}.</translation>
        </message>
        <message>
            <source>not judged yet</source>
            <translation>لم يُحكم عليه بعد</translation>
        </message>
        <message numerus="yes">
            <source>Also inside %n more claim(s).</source>
            <translation>
                <numerusform>وداخل %Ln ادعاء آخر أيضًا.</numerusform>
                <numerusform>وداخل ادعاء آخر أيضًا.</numerusform>
                <numerusform>وداخل ادعاءين آخرين أيضًا.</numerusform>
                <numerusform>وداخل %Ln ادعاءات أخرى أيضًا.</numerusform>
                <numerusform>وداخل %Ln ادعاءً آخر أيضًا.</numerusform>
                <numerusform>وداخل %Ln ادعاء آخر أيضًا.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckedBefore</name>
        <message>
            <source>Checked before</source>
            <translation>دُقّق من قبل</translation>
        </message>
        <message>
            <source>Looking for similar claims…</source>
            <translation>جارٍ البحث عن ادعاءات مشابهة…</translation>
        </message>
        <message>
            <source>No similar claim in other articles.</source>
            <translation>لا ادعاء مشابهًا في مقالات أخرى.</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>بلا حكم</translation>
        </message>
        <message>
            <source>{percent}% alike</source>
            <translation>تشابه {percent}%</translation>
        </message>
        <message>
            <source>Use this verdict</source>
            <translation>استخدم هذا الحكم</translation>
        </message>
        <message>
            <source>Copy its verdict, rationale and sources into this claim (Ctrl+Z undoes it)</source>
            <translation>انسخ حكمه وتعليله ومصادره إلى هذا الادعاء (Ctrl+Z يتراجع عن ذلك)</translation>
        </message>
        <message>
            <source>This claim has no verdict yet</source>
            <translation>لا حكم لهذا الادعاء بعد</translation>
        </message>
        <message>
            <source>Use the verdict {verdict} of claim {claim}</source>
            <translation>استخدم الحكم {verdict} من الادعاء {claim}</translation>
        </message>
        <message>
            <source>Claim {claim}</source>
            <translation>الادعاء {claim}</translation>
        </message>
        <message>
            <source>This database is open read-only: nothing can be copied into it</source>
            <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط: لا يمكن نسخ شيء إليها</translation>
        </message>
    </context>
    <context>
        <name>ClaimHistory</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;السجل</translation>
        </message>
        <message>
            <source>Show who changed the selected claim, when, and from what to what</source>
            <translation>اعرض من غيّر الادعاء المحدد ومتى ومن أي قيمة إلى أي قيمة</translation>
        </message>
        <message>
            <source>Deleted &amp;Claims…</source>
            <translation>الادعاءات المحذو&amp;فة…</translation>
        </message>
        <message>
            <source>List this article's deleted claims and restore one with its sources</source>
            <translation>اعرض الادعاءات المحذوفة من هذا المقال واستعد أحدها مع مصادره</translation>
        </message>
        <message>
            <source>Cannot list the deleted claims</source>
            <translation>تعذّر عرض الادعاءات المحذوفة</translation>
        </message>
        <message>
            <source>Cannot restore the claim</source>
            <translation>تعذّرت استعادة الادعاء</translation>
        </message>
        <message>
            <source>Claim restored with its sources. Undo (Ctrl+Z) deletes it again.</source>
            <translation>استُعيد الادعاء مع مصادره. التراجع (Ctrl+Z) يحذفه مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <source>&amp;New Claim from Selection</source>
            <extracomment>Told (source id, url, keep a copy?) after Add Source (the window's web part).</extracomment>
            <translation>ادعاء &amp;جديد من التحديد</translation>
        </message>
        <message>
            <source>Mark the selected text as a claim, snapped to whole words</source>
            <translation>علّم النص المحدد ادعاءً، مع ضبطه على كلمات كاملة</translation>
        </message>
        <message>
            <source>New Claim</source>
            <translation>ادعاء جديد</translation>
        </message>
        <message>
            <source>New Claim from &amp;Exact Selection</source>
            <translation>ادعاء جديد من التحديد ال&amp;دقيق</translation>
        </message>
        <message>
            <source>Mark exactly the selected characters as a claim</source>
            <translation>علّم الأحرف المحددة بالضبط ادعاءً</translation>
        </message>
        <message>
            <source>Ne&amp;xt Claim</source>
            <translation>الادعاء ال&amp;تالي</translation>
        </message>
        <message>
            <source>Select the next claim in the text</source>
            <translation>حدد الادعاء التالي في النص</translation>
        </message>
        <message>
            <source>Pre&amp;vious Claim</source>
            <translation>الادعاء ال&amp;سابق</translation>
        </message>
        <message>
            <source>Select the previous claim in the text</source>
            <translation>حدد الادعاء السابق في النص</translation>
        </message>
        <message>
            <source>Extend End by a Word</source>
            <translation>مدّ النهاية كلمة</translation>
        </message>
        <message>
            <source>Move the end of the selected claim one word right</source>
            <translation>انقل نهاية الادعاء المحدد كلمة واحدة إلى اليمين</translation>
        </message>
        <message>
            <source>Shrink End by a Word</source>
            <translation>قلّص النهاية كلمة</translation>
        </message>
        <message>
            <source>Move the end of the selected claim one word left</source>
            <translation>انقل نهاية الادعاء المحدد كلمة واحدة إلى اليسار</translation>
        </message>
        <message>
            <source>Extend Start by a Word</source>
            <translation>مدّ البداية كلمة</translation>
        </message>
        <message>
            <source>Move the start of the selected claim one word left</source>
            <translation>انقل بداية الادعاء المحدد كلمة واحدة إلى اليسار</translation>
        </message>
        <message>
            <source>Shrink Start by a Word</source>
            <translation>قلّص البداية كلمة</translation>
        </message>
        <message>
            <source>Move the start of the selected claim one word right</source>
            <translation>انقل بداية الادعاء المحدد كلمة واحدة إلى اليمين</translation>
        </message>
        <message>
            <source>Filter Claims by &amp;Verdict…</source>
            <translation>رشّح الادعاءات حسب ال&amp;حكم…</translation>
        </message>
        <message>
            <source>Choose the verdict of the claims the table shows</source>
            <translation>اختر حكم الادعاءات التي يعرضها الجدول</translation>
        </message>
        <message>
            <source>Filter Claims by &amp;Status…</source>
            <translation>رشّح الادعاءات حسب ال&amp;حالة…</translation>
        </message>
        <message>
            <source>Choose the status of the claims the table shows</source>
            <translation>اختر حالة الادعاءات التي يعرضها الجدول</translation>
        </message>
        <message>
            <source>Back to the Article</source>
            <translation>عُد إلى المقال</translation>
        </message>
        <message>
            <source>Leave the claim's fields and return to the text</source>
            <translation>غادر حقول الادعاء وعُد إلى النص</translation>
        </message>
        <message>
            <source>Add &amp;Source…</source>
            <translation>أضف &amp;مصدرًا…</translation>
        </message>
        <message>
            <source>Add a source to the selected claim</source>
            <translation>أضف مصدرًا إلى الادعاء المحدد</translation>
        </message>
        <message>
            <source>Mark &amp;Final</source>
            <translation>علّمه &amp;نهائيًا</translation>
        </message>
        <message>
            <source>Set the selected claim's status to Final</source>
            <translation>اجعل حالة الادعاء المحدد نهائي</translation>
        </message>
        <message>
            <source>Clear Verdict</source>
            <translation>امسح الحكم</translation>
        </message>
        <message>
            <source>Remove the selected claim's verdict</source>
            <translation>أزل حكم الادعاء المحدد</translation>
        </message>
        <message>
            <source>&amp;Delete Claim</source>
            <translation>ا&amp;حذف الادعاء</translation>
        </message>
        <message>
            <source>Delete the selected claim (undoable)</source>
            <translation>احذف الادعاء المحدد (يمكن التراجع)</translation>
        </message>
        <message>
            <source>Set the verdict to {label}</source>
            <translation>اجعل الحكم {label}</translation>
        </message>
        <message>
            <source>{label}: {description}</source>
            <translation>{label}: {description}</translation>
        </message>
        <message>
            <source>Set the verdict to {label} ({key})</source>
            <translation>اجعل الحكم {label} ({key})</translation>
        </message>
        <message>
            <source>Select the words of a claim in the article first.</source>
            <translation>حدد كلمات الادعاء في المقال أولًا.</translation>
        </message>
        <message>
            <source>Claim saved. Type its claim text; Escape returns to the article, 1-9 there set the verdict.</source>
            <translation>حُفظ الادعاء. اكتب نصه؛ المفتاح Escape يعيدك إلى المقال، وهناك تضبط المفاتيح 1-9 الحكم.</translation>
        </message>
        <message>
            <source>Claim deleted. Undo (Ctrl+Z) brings it back, and so does Claim &gt; Deleted Claims… later.</source>
            <translation>حُذف الادعاء. التراجع (Ctrl+Z) يعيده، وكذلك ادعاء &gt; الادعاءات المحذوفة… لاحقًا.</translation>
        </message>
    </context>
    <context>
        <name>ClaimsTable</name>
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
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Orphaned: the text changed and these words were not found.</source>
            <translation>منفصل: تغيّر النص ولم يُعثر على هذه الكلمات.</translation>
        </message>
        <message>
            <source>Needs a look: placed on slightly different words.</source>
            <translation>يحتاج إلى نظرة: رُبط بكلمات مختلفة قليلًا.</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>بلا حكم</translation>
        </message>
        <message>
            <source>{status} · {mark} corrected</source>
            <translation>{status} · {mark} مصحَّح</translation>
        </message>
        <message>
            <source>{status} · {mark} corrected ×{count}</source>
            <translation>{status} · {mark} مصحَّح ×{count}</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>الادعاءات</translation>
        </message>
        <message>
            <source>Filter by verdict</source>
            <translation>الترشيح حسب الحكم</translation>
        </message>
        <message>
            <source>Show only claims with this verdict</source>
            <translation>اعرض الادعاءات ذات هذا الحكم فقط</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>الترشيح حسب الحالة</translation>
        </message>
        <message>
            <source>Show only claims with this status</source>
            <translation>اعرض الادعاءات ذات هذه الحالة فقط</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>كل الحالات</translation>
        </message>
        <message>
            <source>Filter by sources' links</source>
            <translation>الترشيح حسب روابط المصادر</translation>
        </message>
        <message>
            <source>Show only claims with a source whose page is gone or changed (Sources &gt; Check Links)</source>
            <translation>اعرض فقط الادعاءات التي لها مصدر اختفت صفحته أو تغيّرت (المصادر &gt; افحص الروابط)</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>كل المصادر</translation>
        </message>
        <message>
            <source>Sources gone or changed</source>
            <translation>مصادر اختفت أو تغيّرت</translation>
        </message>
        <message>
            <source>Filter by assignee</source>
            <extracomment>Ids of claims whose sources were last found gone or changed (the window's).</extracomment>
            <translation>الترشيح حسب المُسند إليه</translation>
        </message>
        <message>
            <source>Show only claims assigned to you (or on an article assigned to you)</source>
            <translation>اعرض فقط الادعاءات المسندة إليك (أو الواردة في مقال مسند إليك)</translation>
        </message>
        <message>
            <source>Everyone's claims</source>
            <translation>ادعاءات الجميع</translation>
        </message>
        <message>
            <source>Assigned to me</source>
            <translation>مسند إليّ</translation>
        </message>
        <message>
            <source>Claims of this article</source>
            <extracomment>Ids of the claims assigned to the current reviewer (the team's).</extracomment>
            <translation>ادعاءات هذا المقال</translation>
        </message>
        <message>
            <source>Claims ({shown} of {total})</source>
            <translation>الادعاءات ({shown} من {total})</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>كل الأحكام</translation>
        </message>
        <message>
            <source>Claims ({total})</source>
            <translation>الادعاءات ({total})</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <source>Correction Note</source>
            <translation>ملاحظة التصحيح</translation>
        </message>
        <message>
            <source>This claim is {status}, so {change} is a correction. Corrections are recorded and shown in the claim's history and in every report. Say briefly why:</source>
            <translation>حالة هذا الادعاء «{status}»، لذا فإن {change} يُعدّ تصحيحًا. تُسجَّل التصحيحات وتظهر في سجل الادعاء وفي كل تقرير. اذكر السبب باختصار:</translation>
        </message>
        <message>
            <source>This claim was final before, so {change} is a correction. Corrections are recorded and shown in the claim's history and in every report. Say briefly why:</source>
            <translation>كان هذا الادعاء نهائيًا من قبل، لذا فإن {change} يُعدّ تصحيحًا. تُسجَّل التصحيحات وتظهر في سجل الادعاء وفي كل تقرير. اذكر السبب باختصار:</translation>
        </message>
        <message>
            <source>“{quote}”</source>
            <translation>«{quote}»</translation>
        </message>
        <message>
            <source>Correction note</source>
            <translation>ملاحظة التصحيح</translation>
        </message>
        <message>
            <source>e.g. The ONS revised its figures on 3 March</source>
            <translation>مثال: راجع مكتب الإحصاء أرقامه في 3 مارس</translation>
        </message>
        <message>
            <source>Record Correction</source>
            <translation>سجّل التصحيح</translation>
        </message>
        <message>
            <source>changing its claim text</source>
            <translation>تغيير نصه</translation>
        </message>
        <message>
            <source>changing its claimant</source>
            <translation>تغيير صاحب الادعاء</translation>
        </message>
        <message>
            <source>changing its verdict</source>
            <translation>تغيير حكمه</translation>
        </message>
        <message>
            <source>changing its rationale</source>
            <translation>تغيير تعليله</translation>
        </message>
        <message>
            <source>changing its status</source>
            <translation>تغيير حالته</translation>
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
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>changing its verdict from {old} to {new}</source>
            <translation>تغيير حكمه من {old} إلى {new}</translation>
        </message>
        <message>
            <source>changing its {field}</source>
            <translation>تغيير {field}</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} و{last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between words</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>marking it {status} again with another {fields}</source>
            <translation>تعليمه «{status}» مجددًا مع تغيير في {fields}</translation>
        </message>
        <message numerus="yes">
            <source>Corrected %n time(s):</source>
            <translation>
                <numerusform>لم يُصحَّح:</numerusform>
                <numerusform>صُحّح مرة واحدة:</numerusform>
                <numerusform>صُحّح مرتين:</numerusform>
                <numerusform>صُحّح %Ln مرات:</numerusform>
                <numerusform>صُحّح %Ln مرة:</numerusform>
                <numerusform>صُحّح %Ln مرة:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeletedClaimsDialog</name>
        <message>
            <source>This database is open read-only: deleted claims can be read here, not restored.</source>
            <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط: يمكن قراءة الادعاءات المحذوفة هنا، لا استعادتها.</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>حذفه</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>تاريخ الحذف</translation>
        </message>
        <message>
            <source>No deleted claims in this article.

A claim you delete is kept in its history and listed here, to restore with its sources.</source>
            <translation>لا ادعاءات محذوفة في هذا المقال.

الادعاء الذي تحذفه يبقى في سجله ويُدرج هنا لاستعادته مع مصادره.</translation>
        </message>
        <message>
            <source>Deleted Claims of “{title}”</source>
            <translation>الادعاءات المحذوفة من «{title}»</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted claim(s), most recent first. Restore puts the claim back where it was, with its verdict, rationale and sources; if the text changed since, it is placed on the current text.</source>
            <translation>
                <numerusform>لا ادعاءات محذوفة.</numerusform>
                <numerusform>ادعاء محذوف واحد. «استعد» يعيد الادعاء إلى مكانه مع حكمه وتعليله ومصادره؛ وإن تغيّر النص منذ ذلك الحين يُربط بالنص الحالي.</numerusform>
                <numerusform>ادعاءان محذوفان، الأحدث أولًا. «استعد» يعيد الادعاء إلى مكانه مع حكمه وتعليله ومصادره؛ وإن تغيّر النص منذ ذلك الحين يُربط بالنص الحالي.</numerusform>
                <numerusform>%Ln ادعاءات محذوفة، الأحدث أولًا. «استعد» يعيد الادعاء إلى مكانه مع حكمه وتعليله ومصادره؛ وإن تغيّر النص منذ ذلك الحين يُربط بالنص الحالي.</numerusform>
                <numerusform>%Ln ادعاءً محذوفًا، الأحدث أولًا. «استعد» يعيد الادعاء إلى مكانه مع حكمه وتعليله ومصادره؛ وإن تغيّر النص منذ ذلك الحين يُربط بالنص الحالي.</numerusform>
                <numerusform>%Ln ادعاء محذوف، الأحدث أولًا. «استعد» يعيد الادعاء إلى مكانه مع حكمه وتعليله ومصادره؛ وإن تغيّر النص منذ ذلك الحين يُربط بالنص الحالي.</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleted claims</source>
            <translation>الادعاءات المحذوفة</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>بلا حكم</translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>لا مصادر</numerusform>
                <numerusform>مصدر واحد</numerusform>
                <numerusform>مصدران</numerusform>
                <numerusform>%Ln مصادر</numerusform>
                <numerusform>%Ln مصدرًا</numerusform>
                <numerusform>%Ln مصدر</numerusform>
            </translation>
        </message>
        <message>
            <source>History of the selected claim</source>
            <translation>سجل الادعاء المحدد</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>ا&amp;ستعد</translation>
        </message>
        <message>
            <source>Bring the selected claim back with its sources (undoable)</source>
            <translation>أعد الادعاء المحدد مع مصادره (يمكن التراجع)</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Mark the checkable claims in news articles, judge each one against your sources, and hand on a report.</source>
            <translation>علّم الادعاءات القابلة للتحقق في المقالات الإخبارية، واحكم على كل منها بناءً على مصادرك، وسلّم تقريرًا.</translation>
        </message>
        <message>
            <source>Or import files from the command line:  factcheck-gui import FILE</source>
            <translation>أو استورد الملفات من سطر الأوامر:  factcheck-gui import FILE</translation>
        </message>
        <message>
            <source>Open the sample article</source>
            <translation>افتح المقال النموذجي</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>استورد ملفات…</translation>
        </message>
        <message>
            <source>Add article files: .txt, .md, .html, .docx, .pdf (Ctrl+I)</source>
            <translation>أضف ملفات مقالات: .txt و.md و.html و.docx و.pdf (Ctrl+I)</translation>
        </message>
        <message>
            <source>Paste an article</source>
            <translation>الصق مقالًا</translation>
        </message>
        <message>
            <source>Make a new article from the text on the clipboard (Ctrl+Shift+V)</source>
            <translation>أنشئ مقالًا جديدًا من النص الموجود في الحافظة (Ctrl+Shift+V)</translation>
        </message>
        <message>
            <source>Open a database…</source>
            <translation>افتح قاعدة بيانات…</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in the text</source>
            <translation>ابحث في النص</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} من {total}</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>التطابق السابق (Shift+Enter، Shift+F3)</translation>
        </message>
        <message>
            <source>Next match (Enter, F3)</source>
            <translation>التطابق التالي (Enter، F3)</translation>
        </message>
        <message>
            <source>Match case: tell capital letters from small ones</source>
            <translation>طابق حالة الأحرف: ميّز الأحرف الكبيرة من الصغيرة</translation>
        </message>
        <message>
            <source>Whole words: only matches that start and end at word edges</source>
            <translation>كلمات كاملة: فقط التطابقات التي تبدأ وتنتهي عند حدود الكلمات</translation>
        </message>
        <message>
            <source>Make Claim ({key})</source>
            <translation>اجعله ادعاءً ({key})</translation>
        </message>
        <message>
            <source>Make the current match a claim (undo with Ctrl+Z)</source>
            <translation>اجعل التطابق الحالي ادعاءً (للتراجع Ctrl+Z)</translation>
        </message>
        <message>
            <source>Close the find bar (Escape)</source>
            <translation>أغلق شريط البحث (Escape)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>لا تطابقات</translation>
        </message>
    </context>
    <context>
        <name>FindClaims</name>
        <message>
            <source>Find &amp;Claims…</source>
            <translation>ابحث في ال&amp;ادعاءات…</translation>
        </message>
        <message>
            <source>Search every claim of the library, in other words too</source>
            <translation>ابحث في كل ادعاءات المكتبة، حتى بكلمات أخرى</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>بلا حكم</translation>
        </message>
        <message>
            <source>Find Claims</source>
            <translation>البحث في الادعاءات</translation>
        </message>
        <message>
            <source>Words or a whole claim, e.g. bus fares rose 18%</source>
            <translation>كلمات أو ادعاء كامل، مثل: ارتفعت أجرة الحافلات 18%</translation>
        </message>
        <message>
            <source>Find claims</source>
            <translation>البحث في الادعاءات</translation>
        </message>
        <message>
            <source>Matching claims</source>
            <translation>الادعاءات المطابقة</translation>
        </message>
        <message>
            <source>Could not search: {error}</source>
            <translation>تعذّر البحث: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) found</source>
            <translation>
                <numerusform>لم يُعثر على أي ادعاء</numerusform>
                <numerusform>عُثر على ادعاء واحد</numerusform>
                <numerusform>عُثر على ادعاءين</numerusform>
                <numerusform>عُثر على %Ln ادعاءات</numerusform>
                <numerusform>عُثر على %Ln ادعاءً</numerusform>
                <numerusform>عُثر على %Ln ادعاء</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindInArticle</name>
        <message>
            <source>&amp;Find in Article…</source>
            <translation>ابحث &amp;في المقال…</translation>
        </message>
        <message>
            <source>Find words in the article's text</source>
            <translation>ابحث عن كلمات في نص المقال</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>ابحث عن ال&amp;تالي</translation>
        </message>
        <message>
            <source>Go to the next match in the article</source>
            <translation>انتقل إلى التطابق التالي في المقال</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>ابحث عن ال&amp;سابق</translation>
        </message>
        <message>
            <source>Go to the previous match in the article</source>
            <translation>انتقل إلى التطابق السابق في المقال</translation>
        </message>
        <message>
            <source>New Claim from &amp;Match</source>
            <translation>ادعاء جديد من ال&amp;تطابق</translation>
        </message>
        <message>
            <source>Make the current match of the find bar a claim</source>
            <translation>اجعل التطابق الحالي في شريط البحث ادعاءً</translation>
        </message>
        <message>
            <source>Open an article first: Find looks in its text.</source>
            <translation>افتح مقالًا أولًا: البحث يجري في نصه.</translation>
        </message>
        <message>
            <source>No match to make a claim of: type words that are in the text.</source>
            <translation>لا تطابق لجعله ادعاءً: اكتب كلمات موجودة في النص.</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Not judged yet</source>
            <extracomment>Claims named in one tooltip; the rest are counted ("and 9,990 more").</extracomment>
            <translation>لم يُحكم عليه بعد</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>و%Ln أخرى</numerusform>
                <numerusform>وواحد آخر</numerusform>
                <numerusform>واثنان آخران</numerusform>
                <numerusform>و%Ln أخرى</numerusform>
                <numerusform>و%Ln أخرى</numerusform>
                <numerusform>و%Ln أخرى</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Select a claim to see its history.</source>
            <translation>حدد ادعاءً لعرض سجله.</translation>
        </message>
        <message>
            <source>No changes recorded for this claim.</source>
            <translation>لا تغييرات مسجلة لهذا الادعاء.</translation>
        </message>
        <message>
            <source>From {first}
to {last}</source>
            <translation>من {first}
إلى {last}</translation>
        </message>
        <message>
            <source>Correction withdrawn</source>
            <translation>تصحيح مسحوب</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>تصحيح</translation>
        </message>
        <message>
            <source>A correction undone: it no longer counts as one</source>
            <translation>تصحيح تم التراجع عنه: لم يعد يُحتسب تصحيحًا</translation>
        </message>
        <message>
            <source>A change to a verdict or rationale that was already final</source>
            <translation>تغيير في حكم أو تعليل كان نهائيًا بالفعل</translation>
        </message>
        <message numerus="yes">
            <source>%n save(s) of one edit, the last at {time}</source>
            <translation>
                <numerusform>لا حفظ لتعديل واحد، آخره في {time}</numerusform>
                <numerusform>حفظ واحد لتعديل واحد، في {time}</numerusform>
                <numerusform>حفظان لتعديل واحد، آخرهما في {time}</numerusform>
                <numerusform>%Ln مرات حفظ لتعديل واحد، آخرها في {time}</numerusform>
                <numerusform>%Ln مرة حفظ لتعديل واحد، آخرها في {time}</numerusform>
                <numerusform>%Ln مرة حفظ لتعديل واحد، آخرها في {time}</numerusform>
            </translation>
        </message>
        <message>
            <source>Show full text</source>
            <translation>اعرض النص كاملًا</translation>
        </message>
        <message>
            <source>Show less</source>
            <translation>اعرض أقل</translation>
        </message>
        <message>
            <source>Claim history</source>
            <translation>سجل الادعاء</translation>
        </message>
        <message>
            <source>Changes to this claim</source>
            <translation>التغييرات على هذا الادعاء</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between names</comment>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names}</numerusform>
                <numerusform>{names} وشخص آخر</numerusform>
                <numerusform>{names} وشخصان آخران</numerusform>
                <numerusform>{names} و%Ln آخرين</numerusform>
                <numerusform>{names} و%Ln آخرين</numerusform>
                <numerusform>{names} و%Ln آخرين</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) by {names}, newest first</source>
            <translation>
                <numerusform>لا تغييرات من {names}</numerusform>
                <numerusform>تغيير واحد من {names}</numerusform>
                <numerusform>تغييران من {names}، الأحدث أولًا</numerusform>
                <numerusform>%Ln تغييرات من {names}، الأحدث أولًا</numerusform>
                <numerusform>%Ln تغييرًا من {names}، الأحدث أولًا</numerusform>
                <numerusform>%Ln تغيير من {names}، الأحدث أولًا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show %n older change(s)</source>
            <translation>
                <numerusform>لا تغييرات أقدم</numerusform>
                <numerusform>اعرض تغييرًا أقدم واحدًا</numerusform>
                <numerusform>اعرض تغييرين أقدم</numerusform>
                <numerusform>اعرض %Ln تغييرات أقدم</numerusform>
                <numerusform>اعرض %Ln تغييرًا أقدم</numerusform>
                <numerusform>اعرض %Ln تغيير أقدم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>No claim selected.

Select a sentence in the article and press Enter (or click “New Claim”) to mark it as a claim, or click a highlight to open one.</source>
            <translation>لم يُحدَّد أي ادعاء.

حدد جملة في المقال واضغط Enter (أو انقر «ادعاء جديد») لتعليمها ادعاءً، أو انقر على تمييز لفتحه.</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <source>Claim text</source>
            <translation>نص الادعاء</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>صاحب الادعاء</translation>
        </message>
        <message>
            <source>Who made the claim</source>
            <translation>من أطلق الادعاء</translation>
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
            <source>Why this verdict: what the sources show</source>
            <translation>لماذا هذا الحكم: ما تُظهره المصادر</translation>
        </message>
        <message>
            <source>C&amp;laim:</source>
            <translation>الا&amp;دعاء:</translation>
        </message>
        <message>
            <source>Clai&amp;mant:</source>
            <translation>&amp;صاحب الادعاء:</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>ال&amp;حكم:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>الحا&amp;لة:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>الت&amp;عليل:</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>المصادر:</translation>
        </message>
        <message>
            <source>Claim fields</source>
            <translation>حقول الادعاء</translation>
        </message>
        <message>
            <source>Claim inspector</source>
            <translation>لوحة تفاصيل الادعاء</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Not judged yet</source>
            <translation>لم يُحكم عليه بعد</translation>
        </message>
        <message>
            <source>The claim's verdict (keys 1-9 in the article)</source>
            <translation>حكم الادعاء (المفاتيح 1-9 في المقال)</translation>
        </message>
        <message>
            <source>Claim (read-only)</source>
            <translation>الادعاء (للقراءة فقط)</translation>
        </message>
        <message>
            <source>No rationale</source>
            <translation>لا تعليل</translation>
        </message>
        <message>
            <source>Not named</source>
            <translation>غير مسمّى</translation>
        </message>
        <message>
            <source>No source yet</source>
            <translation>لا مصدر بعد</translation>
        </message>
        <message>
            <source>One source so far</source>
            <translation>مصدر واحد حتى الآن</translation>
        </message>
        <message>
            <source>{have}: readers should be able to repeat the check; two independent sources are the usual minimum for a central claim.</source>
            <translation>{have}: ينبغي أن يتمكن القراء من تكرار التحقق؛ ومصدران مستقلان هما الحد الأدنى المعتاد لادعاء محوري.</translation>
        </message>
        <message>
            <source>in place</source>
            <translation>في مكانه</translation>
        </message>
        <message>
            <source>moved with an edit</source>
            <translation>نُقل مع تعديل</translation>
        </message>
        <message>
            <source>found approximately</source>
            <translation>عُثر عليه تقريبيًا</translation>
        </message>
        <message>
            <source>lost (text changed)</source>
            <translation>مفقود (تغيّر النص)</translation>
        </message>
        <message>
            <source>Reviewer: {reviewer}
Created {created} · updated {updated}
Anchor: {anchor} · characters {start}–{end}</source>
            <translation>المراجع: {reviewer}
أُنشئ {created} · حُدّث {updated}
الربط: {anchor} · الأحرف {start}–{end}</translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>لا مقالات</numerusform>
                <numerusform>مقال واحد</numerusform>
                <numerusform>مقالان</numerusform>
                <numerusform>%Ln مقالات</numerusform>
                <numerusform>%Ln مقالًا</numerusform>
                <numerusform>%Ln مقال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>لا ادعاءات</numerusform>
                <numerusform>ادعاء واحد</numerusform>
                <numerusform>ادعاءان</numerusform>
                <numerusform>%Ln ادعاءات</numerusform>
                <numerusform>%Ln ادعاءً</numerusform>
                <numerusform>%Ln ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>That claim's article is gone.</source>
            <translation>مقال ذلك الادعاء لم يعد موجودًا.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPane</name>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>لا ادعاءات</numerusform>
                <numerusform>ادعاء واحد</numerusform>
                <numerusform>ادعاءان</numerusform>
                <numerusform>%Ln ادعاءات</numerusform>
                <numerusform>%Ln ادعاءً</numerusform>
                <numerusform>%Ln ادعاء</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) ({done} done)</source>
            <translation>
                <numerusform>لا ادعاءات ({done} منجزة)</numerusform>
                <numerusform>ادعاء واحد ({done} منجز)</numerusform>
                <numerusform>ادعاءان ({done} منجز)</numerusform>
                <numerusform>%Ln ادعاءات ({done} منجزة)</numerusform>
                <numerusform>%Ln ادعاءً ({done} منجزة)</numerusform>
                <numerusform>%Ln ادعاء ({done} منجزة)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) (all done)</source>
            <translation>
                <numerusform>لا ادعاءات</numerusform>
                <numerusform>ادعاء واحد (منجز)</numerusform>
                <numerusform>ادعاءان (كلاهما منجز)</numerusform>
                <numerusform>%Ln ادعاءات (كلها منجزة)</numerusform>
                <numerusform>%Ln ادعاءً (كلها منجزة)</numerusform>
                <numerusform>%Ln ادعاء (كلها منجزة)</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>الأحدث أولًا</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>Most claims to do</source>
            <translation>الأكثر ادعاءات متبقية</translation>
        </message>
        <message>
            <source>found in a kept copy of a source</source>
            <translation>عُثر عليه في نسخة محفوظة من مصدر</translation>
        </message>
        <message>
            <source>Found in a kept copy of a source</source>
            <translation>عُثر عليه في نسخة محفوظة من مصدر</translation>
        </message>
        <message>
            <source>Claims by status: {progress}</source>
            <translation>الادعاءات حسب الحالة: {progress}</translation>
        </message>
        <message>
            <source>Library</source>
            <extracomment>Ids of the articles whose sources' kept copies hold the words typed (the window asks the store; nothing without a database).</extracomment>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Search titles, outlets and kept sources</source>
            <translation>ابحث في العناوين والوسائل الإعلامية والمصادر المحفوظة</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>ابحث في المكتبة</translation>
        </message>
        <message>
            <source>Sort the library</source>
            <translation>رتّب المكتبة</translation>
        </message>
        <message>
            <source>Assigned to me</source>
            <translation>مسند إليّ</translation>
        </message>
        <message>
            <source>Show only articles assigned to me</source>
            <translation>اعرض المقالات المسندة إليّ فقط</translation>
        </message>
        <message>
            <source>Show only articles assigned to you, or with claims assigned to you</source>
            <translation>اعرض فقط المقالات المسندة إليك أو التي فيها ادعاءات مسندة إليك</translation>
        </message>
        <message>
            <source>Library ({count})</source>
            <translation>المكتبة ({count})</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>Article text</source>
            <translation>نص المقال</translation>
        </message>
    </context>
    <context>
        <name>ReviewChanges</name>
        <message>
            <source>Version {number} stored. There were no claims to carry over.</source>
            <translation>حُفظ الإصدار {number}. لم تكن هناك ادعاءات لنقلها.</translation>
        </message>
        <message>
            <source>Version {number} stored: {ok} ok, {moved} moved, {fuzzy} need a look, {orphaned} orphaned.</source>
            <translation>حُفظ الإصدار {number}: {ok} في مكانها، {moved} نُقلت، {fuzzy} تحتاج إلى نظرة، {orphaned} منفصلة.</translation>
        </message>
        <message>
            <source>Every claim was found.</source>
            <translation>عُثر على كل الادعاءات.</translation>
        </message>
        <message>
            <source>Review Next</source>
            <translation>راجع التالي</translation>
        </message>
        <message>
            <source>Go to the next claim that needs a look (F8)</source>
            <translation>انتقل إلى الادعاء التالي الذي يحتاج إلى نظرة (F8)</translation>
        </message>
        <message>
            <source>Show Claims to Look At</source>
            <translation>اعرض الادعاءات التي تحتاج إلى نظرة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Pick a claim here, select the words it now covers in the article, then press Re-attach (Ctrl+Shift+A). A claim that needs a look can also be confirmed where it is.</source>
            <translation>اختر ادعاءً هنا، وحدد في المقال الكلمات التي يغطيها الآن، ثم اضغط «أعد الربط» (Ctrl+Shift+A). ويمكن أيضًا تأكيد الادعاء الذي يحتاج إلى نظرة في مكانه.</translation>
        </message>
        <message>
            <source>Claims to look at</source>
            <translation>ادعاءات تحتاج إلى نظرة</translation>
        </message>
        <message>
            <source>Nothing to look at: every claim of this article is in place.</source>
            <translation>لا شيء يحتاج إلى نظرة: كل ادعاءات هذا المقال في مكانها.</translation>
        </message>
        <message>
            <source>Re-attach to Selection</source>
            <translation>أعد الربط بالتحديد</translation>
        </message>
        <message>
            <source>Orphaned · covered in version {version}
“{quote}”</source>
            <translation>منفصل · كان يغطي الإصدار {version}
«{quote}»</translation>
        </message>
        <message>
            <source>Orphaned
“{quote}”</source>
            <translation>منفصل
«{quote}»</translation>
        </message>
        <message>
            <source>Needs a look · was
“{was}”
now “{now}”</source>
            <translation>يحتاج إلى نظرة · كان
«{was}»
الآن «{now}»</translation>
        </message>
        <message>
            <source>Needs a look
“{quote}”</source>
            <translation>يحتاج إلى نظرة
«{quote}»</translation>
        </message>
        <message>
            <source>Review &amp;Next Changed Claim</source>
            <translation>راجع الادعاء المتغيّر ال&amp;تالي</translation>
        </message>
        <message>
            <source>Go to the next claim that was lost or needs a look after the text changed</source>
            <translation>انتقل إلى الادعاء التالي الذي فُقد أو يحتاج إلى نظرة بعد تغيّر النص</translation>
        </message>
        <message>
            <source>Review &amp;Previous Changed Claim</source>
            <translation>راجع الادعاء المتغيّر ال&amp;سابق</translation>
        </message>
        <message>
            <source>Go to the previous claim that needs a look</source>
            <translation>انتقل إلى الادعاء السابق الذي يحتاج إلى نظرة</translation>
        </message>
        <message>
            <source>Re-&amp;attach Claim to Selection</source>
            <translation>أ&amp;عد ربط الادعاء بالتحديد</translation>
        </message>
        <message>
            <source>Anchor the selected claim to the words selected in the article</source>
            <translation>اربط الادعاء المحدد بالكلمات المحددة في المقال</translation>
        </message>
        <message>
            <source>Claims to Look At</source>
            <translation>ادعاءات تحتاج إلى نظرة</translation>
        </message>
        <message>
            <source>Claims to &amp;Look At</source>
            <translation>ادعاءات تحتاج إلى &amp;نظرة</translation>
        </message>
        <message>
            <source>Show the claims that were lost or need a look after the text changed</source>
            <translation>اعرض الادعاءات التي فُقدت أو تحتاج إلى نظرة بعد تغيّر النص</translation>
        </message>
        <message>
            <source>No claim needs a look.</source>
            <translation>لا ادعاء يحتاج إلى نظرة.</translation>
        </message>
        <message>
            <source>Orphaned: select the words it covers now and press Ctrl+Shift+A.</source>
            <translation>منفصل: حدد الكلمات التي يغطيها الآن واضغط Ctrl+Shift+A.</translation>
        </message>
        <message>
            <source>Needs a look: if the highlighted words are right, press Ctrl+Shift+A to confirm; otherwise select the right words first.</source>
            <translation>يحتاج إلى نظرة: إن كانت الكلمات المميزة صحيحة فاضغط Ctrl+Shift+A للتأكيد؛ وإلا فحدد الكلمات الصحيحة أولًا.</translation>
        </message>
        <message>
            <source>{current} of {total}. {hint}</source>
            <translation>{current} من {total}. {hint}</translation>
        </message>
        <message>
            <source>Pick a claim to re-attach first.</source>
            <translation>اختر ادعاءً لإعادة ربطه أولًا.</translation>
        </message>
        <message>
            <source>Select the words in the article this claim covers now, then re-attach.</source>
            <translation>حدد في المقال الكلمات التي يغطيها هذا الادعاء الآن، ثم أعد الربط.</translation>
        </message>
        <message>
            <source>Cannot re-attach the claim</source>
            <translation>تعذّرت إعادة ربط الادعاء</translation>
        </message>
        <message>
            <source>Claim re-attached. Undo (Ctrl+Z) puts it back.</source>
            <translation>أُعيد ربط الادعاء. التراجع (Ctrl+Z) يعيده كما كان.</translation>
        </message>
    </context>
    <context>
        <name>SourcesEditor</name>
        <message>
            <source>Supports</source>
            <translation>يؤيد</translation>
        </message>
        <message>
            <source>Refutes</source>
            <translation>يدحض</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>سياق</translation>
        </message>
        <message>
            <source>Edit Source</source>
            <extracomment>The preference: whether Add Source offers "Keep a copy" ticked (the last choice). A line per source id about its page ("copy kept 2026-12-02 · link gone ...").</extracomment>
            <translation>عدّل المصدر</translation>
        </message>
        <message>
            <source>Add Source</source>
            <translation>أضف مصدرًا</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>&amp;Publisher:</source>
            <translation>ال&amp;ناشر:</translation>
        </message>
        <message>
            <source>Pu&amp;blished:</source>
            <translation>تاريخ ال&amp;نشر:</translation>
        </message>
        <message>
            <source>&amp;Accessed:</source>
            <translation>تاريخ الا&amp;طلاع:</translation>
        </message>
        <message>
            <source>&amp;Keep a copy of the page (fetched in the background)</source>
            <translation>ا&amp;حتفظ بنسخة من الصفحة (تُجلب في الخلفية)</translation>
        </message>
        <message>
            <source>&amp;Stance:</source>
            <translation>ال&amp;موقف:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;ملاحظة:</translation>
        </message>
        <message>
            <source>Sources</source>
            <extracomment>Lines about each source's page (kept copy, link check), given by the window.</extracomment>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>أضف…</translation>
        </message>
        <message>
            <source>Add a source (Ctrl+Shift+S)</source>
            <translation>أضف مصدرًا (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>عدّل…</translation>
        </message>
        <message>
            <source>Edit the selected source</source>
            <translation>عدّل المصدر المحدد</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>أزل</translation>
        </message>
        <message>
            <source>Remove the selected source</source>
            <translation>أزل المصدر المحدد</translation>
        </message>
        <message>
            <source>Move the selected source up</source>
            <translation>انقل المصدر المحدد إلى الأعلى</translation>
        </message>
        <message>
            <source>Move the selected source down</source>
            <translation>انقل المصدر المحدد إلى الأسفل</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>افتح</translation>
        </message>
        <message>
            <source>Open the source in your browser (http and https only)</source>
            <translation>افتح المصدر في متصفحك (http وhttps فقط)</translation>
        </message>
        <message>
            <source>Copy…</source>
            <translation>النسخة…</translation>
        </message>
        <message>
            <source>Show the kept copy of the page as plain text (or fetch one)</source>
            <translation>اعرض النسخة المحفوظة من الصفحة نصًا عاديًا (أو اجلب نسخة)</translation>
        </message>
        <message>
            <source>Select a source first: Open shows its link in your browser.</source>
            <translation>حدد مصدرًا أولًا: «افتح» يعرض رابطه في متصفحك.</translation>
        </message>
        <message>
            <source>The link “{url}” was not opened: only web links (http or https, with a host) open in the browser.</source>
            <translation>لم يُفتح الرابط «{url}»: لا تُفتح في المتصفح إلا روابط الويب (http أو https، مع اسم مضيف).</translation>
        </message>
        <message>
            <source>No web browser opened “{url}”. The link is on the clipboard: paste it into a browser.</source>
            <translation>لم يفتح أي متصفح «{url}». الرابط في الحافظة: الصقه في متصفح.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
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
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Finding check-worthy sentences…</source>
            <translation>جارٍ البحث عن جمل تستحق التحقق…</translation>
        </message>
        <message>
            <source>Show &amp;Suggestions</source>
            <translation>اعرض الا&amp;قتراحات</translation>
        </message>
        <message>
            <source>Underline the sentences worth checking (dotted); hover one for why</source>
            <translation>ضع خطًا منقطًا تحت الجمل التي تستحق التحقق؛ مرّر المؤشر فوق إحداها لمعرفة السبب</translation>
        </message>
        <message>
            <source>Ne&amp;xt Suggestion</source>
            <translation>الاقتراح ال&amp;تالي</translation>
        </message>
        <message>
            <source>Go to the next suggested claim, best first</source>
            <translation>انتقل إلى الادعاء المقترح التالي، الأفضل أولًا</translation>
        </message>
        <message>
            <source>Pre&amp;vious Suggestion</source>
            <translation>الاقتراح ال&amp;سابق</translation>
        </message>
        <message>
            <source>Go back to the previous suggested claim</source>
            <translation>عُد إلى الادعاء المقترح السابق</translation>
        </message>
        <message>
            <source>&amp;Accept Suggestion</source>
            <translation>ا&amp;قبل الاقتراح</translation>
        </message>
        <message>
            <source>Make the suggested sentence under the text cursor a claim</source>
            <translation>اجعل الجملة المقترحة عند مؤشر النص ادعاءً</translation>
        </message>
        <message>
            <source>&amp;Dismiss Suggestion</source>
            <translation>&amp;تجاهل الاقتراح</translation>
        </message>
        <message>
            <source>Stop suggesting the sentence under the text cursor in this article</source>
            <translation>توقف عن اقتراح الجملة التي عند مؤشر النص في هذا المقال</translation>
        </message>
        <message>
            <source>{accept}: make it a claim · {dismiss}: dismiss · {next}: next</source>
            <translation>{accept}: اجعلها ادعاءً · {dismiss}: تجاهل · {next}: التالي</translation>
        </message>
        <message numerus="yes">
            <source>%n suggested claim(s): {key} goes through them, best first.</source>
            <translation>
                <numerusform>لا ادعاءات مقترحة.</numerusform>
                <numerusform>ادعاء مقترح واحد: {key} ينتقل إليه.</numerusform>
                <numerusform>ادعاءان مقترحان: {key} يتنقل بينهما، الأفضل أولًا.</numerusform>
                <numerusform>%Ln ادعاءات مقترحة: {key} يتنقل بينها، الأفضل أولًا.</numerusform>
                <numerusform>%Ln ادعاءً مقترحًا: {key} يتنقل بينها، الأفضل أولًا.</numerusform>
                <numerusform>%Ln ادعاء مقترح: {key} يتنقل بينها، الأفضل أولًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>No suggested claims.</source>
            <translation>لا ادعاءات مقترحة.</translation>
        </message>
        <message>
            <source>No suggested claims in this article.</source>
            <translation>لا ادعاءات مقترحة في هذا المقال.</translation>
        </message>
        <message>
            <source>Suggestion {current} of {total} (check-worthiness {score}): {reasons}</source>
            <translation>الاقتراح {current} من {total} (جدارة التحقق {score}): {reasons}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between reasons</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <source>Put the text cursor in a suggested sentence ({key} goes to the next).</source>
            <translation>ضع مؤشر النص في جملة مقترحة ({key} ينتقل إلى التالية).</translation>
        </message>
        <message>
            <source>Suggestion made a claim. Alt+L types its claim text; Ctrl+Z takes it back.</source>
            <translation>أصبح الاقتراح ادعاءً. Alt+L لكتابة نصه؛ Ctrl+Z للتراجع عنه.</translation>
        </message>
        <message>
            <source>Suggestion dismissed for this article; Ctrl+Z brings it back.</source>
            <translation>تم تجاهل الاقتراح في هذا المقال؛ Ctrl+Z يعيده.</translation>
        </message>
        <message>
            <source>The claim finder failed: {error}</source>
            <translation>أخفق باحث الادعاءات: {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested claim&lt;/b&gt; · check-worthiness {score}</source>
            <translation>&lt;b&gt;ادعاء مقترح&lt;/b&gt; · جدارة التحقق {score}</translation>
        </message>
        <message>
            <source>{reason} “{evidence}”</source>
            <translation>{reason} «{evidence}»</translation>
        </message>
    </context>
    <context>
        <name>TextCorrection</name>
        <message>
            <source>Correcting the text. Claims are hidden while you type; Done stores the corrected text as a new version and puts them back.</source>
            <translation>جارٍ تصحيح النص. الادعاءات مخفية أثناء الكتابة؛ «تم» يحفظ النص المصحح إصدارًا جديدًا ويعيدها.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>Store the corrected text as a new version (F2)</source>
            <translation>احفظ النص المصحح إصدارًا جديدًا (F2)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ألغِ</translation>
        </message>
        <message>
            <source>Leave the text as it was (Escape)</source>
            <translation>اترك النص كما كان (Escape)</translation>
        </message>
        <message>
            <source>Discard corrections?</source>
            <translation>أتريد تجاهل التصحيحات؟</translation>
        </message>
        <message>
            <source>You changed the article's text. Leave edit mode without storing the changes?</source>
            <translation>غيّرت نص المقال. أتريد مغادرة وضع التحرير دون حفظ التغييرات؟</translation>
        </message>
        <message>
            <source>Co&amp;rrect Text</source>
            <translation>&amp;صحّح النص</translation>
        </message>
        <message>
            <source>Fix typos in the article's text; Done stores it as a new version</source>
            <translation>صحّح الأخطاء المطبعية في نص المقال؛ «تم» يحفظه إصدارًا جديدًا</translation>
        </message>
        <message>
            <source>Cancel Correcting</source>
            <translation>ألغِ التصحيح</translation>
        </message>
        <message>
            <source>Leave edit mode without storing the changes</source>
            <translation>غادر وضع التحرير دون حفظ التغييرات</translation>
        </message>
        <message>
            <source>Edit mode: correct the text, then press Done (F2) or Escape to cancel.</source>
            <translation>وضع التحرير: صحّح النص ثم اضغط «تم» (F2)، أو Escape للإلغاء.</translation>
        </message>
        <message>
            <source>Cannot store an empty text</source>
            <translation>تعذّر حفظ نص فارغ</translation>
        </message>
        <message>
            <source>The article's text cannot be empty. Undo the deletion (Ctrl+Z) or cancel with Escape.</source>
            <translation>لا يمكن أن يكون نص المقال فارغًا. تراجع عن الحذف (Ctrl+Z) أو ألغِ بالمفتاح Escape.</translation>
        </message>
        <message>
            <source>Correct Article Text</source>
            <translation>تصحيح نص المقال</translation>
        </message>
        <message>
            <source>Corrections discarded; the text is as it was.</source>
            <translation>تم تجاهل التصحيحات؛ النص كما كان.</translation>
        </message>
    </context>
    <context>
        <name>Times</name>
        <message>
            <source>Today {time}</source>
            <translation>اليوم {time}</translation>
        </message>
        <message>
            <source>Yesterday {time}</source>
            <translation>أمس {time}</translation>
        </message>
        <message>
            <source>{local} · UTC {stored}</source>
            <translation>{local} · UTC {stored}</translation>
        </message>
    </context>
    <context>
        <name>UndoCommands</name>
        <message>
            <source>Edit Claim Text</source>
            <translation>تحرير نص الادعاء</translation>
        </message>
        <message>
            <source>Edit Claimant</source>
            <translation>تحرير صاحب الادعاء</translation>
        </message>
        <message>
            <source>Set Verdict</source>
            <translation>تعيين الحكم</translation>
        </message>
        <message>
            <source>Edit Rationale</source>
            <translation>تحرير التعليل</translation>
        </message>
        <message>
            <source>Set Status</source>
            <translation>تعيين الحالة</translation>
        </message>
        <message>
            <source>Correct Claim Text</source>
            <translation>تصحيح نص الادعاء</translation>
        </message>
        <message>
            <source>Correct Claimant</source>
            <translation>تصحيح صاحب الادعاء</translation>
        </message>
        <message>
            <source>Correct Verdict</source>
            <translation>تصحيح الحكم</translation>
        </message>
        <message>
            <source>Correct Rationale</source>
            <translation>تصحيح التعليل</translation>
        </message>
        <message>
            <source>Set Status (Correction)</source>
            <translation>تعيين الحالة (تصحيح)</translation>
        </message>
        <message>
            <source>Create Claim “{quote}”</source>
            <translation>إنشاء الادعاء «{quote}»</translation>
        </message>
        <message>
            <source>Delete Claim “{quote}”</source>
            <translation>حذف الادعاء «{quote}»</translation>
        </message>
        <message>
            <source>Adjust Claim Span</source>
            <translation>ضبط نطاق الادعاء</translation>
        </message>
        <message>
            <source>Add Source</source>
            <extracomment>The "correct" event the last forward recorded (None: it was no correction).</extracomment>
            <translation>إضافة مصدر</translation>
        </message>
        <message>
            <source>Edit Source</source>
            <translation>تحرير مصدر</translation>
        </message>
        <message>
            <source>Remove Source</source>
            <translation>إزالة مصدر</translation>
        </message>
        <message>
            <source>Move Source</source>
            <translation>نقل مصدر</translation>
        </message>
        <message>
            <source>Add Article “{title}”</source>
            <translation>إضافة المقال «{title}»</translation>
        </message>
        <message>
            <source>Edit Article Properties</source>
            <translation>تحرير خصائص المقال</translation>
        </message>
        <message>
            <source>Dismiss Suggestion “{sentence}”</source>
            <translation>تجاهل الاقتراح «{sentence}»</translation>
        </message>
        <message>
            <source>Copy Earlier Verdict</source>
            <translation>نسخ حكم سابق</translation>
        </message>
        <message>
            <source>Change Workflow Rules</source>
            <translation>تغيير قواعد سير العمل</translation>
        </message>
        <message>
            <source>Restore Claim “{quote}”</source>
            <translation>استعادة الادعاء «{quote}»</translation>
        </message>
        <message>
            <source>Restore Claim</source>
            <translation>استعادة الادعاء</translation>
        </message>
        <message>
            <source>Start Blind Review ({reviewers})</source>
            <translation>بدء مراجعة عمياء ({reviewers})</translation>
        </message>
        <message>
            <source>Add Review Claim “{quote}”</source>
            <translation>إضافة ادعاء مراجعة «{quote}»</translation>
        </message>
        <message>
            <source>Edit Review Claim “{quote}”</source>
            <translation>تحرير ادعاء المراجعة «{quote}»</translation>
        </message>
        <message>
            <source>Delete Review Claim “{quote}”</source>
            <translation>حذف ادعاء المراجعة «{quote}»</translation>
        </message>
        <message>
            <source>Mark Review Pass Done</source>
            <translation>تعليم جولة المراجعة منتهية</translation>
        </message>
        <message>
            <source>Reopen Review Pass</source>
            <translation>إعادة فتح جولة المراجعة</translation>
        </message>
        <message>
            <source>Take Review Claim “{quote}”</source>
            <translation>اعتماد ادعاء المراجعة «{quote}»</translation>
        </message>
        <message>
            <source>Merge Review Claims “{quote}”</source>
            <translation>دمج ادعاءات المراجعة «{quote}»</translation>
        </message>
        <message>
            <source>Write Final Judgement “{quote}”</source>
            <translation>كتابة الحكم النهائي «{quote}»</translation>
        </message>
        <message>
            <source>Edit Rating Scale</source>
            <translation>تحرير مقياس التقييم</translation>
        </message>
        <message>
            <source>Use Rating Scale “{name}”</source>
            <translation>استخدام مقياس التقييم «{name}»</translation>
        </message>
        <message>
            <source>Switch to the Other Value</source>
            <translation>التبديل إلى القيمة الأخرى</translation>
        </message>
        <message>
            <source>Keep Value</source>
            <translation>إبقاء القيمة</translation>
        </message>
        <message>
            <source>Update Article Text</source>
            <translation>تحديث نص المقال</translation>
        </message>
        <message>
            <source>Re-attach Claim “{quote}”</source>
            <translation>إعادة ربط الادعاء «{quote}»</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Versions of “{title}”</source>
            <translation>إصدارات «{title}»</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>تاريخ الحفظ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>الأحرف</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>الإصدارات</translation>
        </message>
        <message>
            <source>{number}  (current)</source>
            <translation>{number}  (الحالي)</translation>
        </message>
        <message>
            <source>First text</source>
            <translation>النص الأول</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>قارن من الإصدار</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>قارن بالإصدار</translation>
        </message>
        <message>
            <source>Version {number}</source>
            <translation>الإصدار {number}</translation>
        </message>
        <message>
            <source>Differences between the two versions</source>
            <translation>الفروق بين الإصدارين</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>قارن</translation>
        </message>
        <message>
            <source>with</source>
            <comment>Compare version A with version B</comment>
            <translation>مع</translation>
        </message>
        <message>
            <source>Copy Text</source>
            <translation>انسخ النص</translation>
        </message>
        <message>
            <source>Copy this version's whole text to the clipboard</source>
            <translation>انسخ نص هذا الإصدار كاملًا إلى الحافظة</translation>
        </message>
        <message>
            <source>The text of the chosen version</source>
            <translation>نص الإصدار المختار</translation>
        </message>
        <message>
            <source>The chosen version</source>
            <translation>الإصدار المختار</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>التغييرات</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>The chosen version's full text, with the claims that were on it</source>
            <translation>النص الكامل للإصدار المختار، مع الادعاءات التي كانت عليه</translation>
        </message>
        <message>
            <source>no claims were on this text</source>
            <translation>لم تكن على هذا النص ادعاءات</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) were on this text</source>
            <translation>
                <numerusform>لم تكن على هذا النص ادعاءات</numerusform>
                <numerusform>كان على هذا النص ادعاء واحد</numerusform>
                <numerusform>كان على هذا النص ادعاءان</numerusform>
                <numerusform>كانت على هذا النص %Ln ادعاءات</numerusform>
                <numerusform>كان على هذا النص %Ln ادعاءً</numerusform>
                <numerusform>كان على هذا النص %Ln ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {number}, saved {saved} · {characters} characters · {claims}</source>
            <translation>الإصدار {number}، حُفظ {saved} · {characters} حرفًا · {claims}</translation>
        </message>
        <message>
            <source>no differences</source>
            <translation>لا فروق</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>لا تغييرات</numerusform>
                <numerusform>تغيير واحد</numerusform>
                <numerusform>تغييران</numerusform>
                <numerusform>%Ln تغييرات</numerusform>
                <numerusform>%Ln تغييرًا</numerusform>
                <numerusform>%Ln تغيير</numerusform>
            </translation>
        </message>
        <message>
            <source>The same version is chosen twice; choose another to compare.</source>
            <translation>اختير الإصدار نفسه مرتين؛ اختر إصدارًا آخر للمقارنة.</translation>
        </message>
        <message>
            <source>Versions {old} and {new} have the same text.</source>
            <translation>للإصدارين {old} و{new} النص نفسه.</translation>
        </message>
        <message>
            <source>Change {number} of {total} · paragraph {paragraph}</source>
            <translation>التغيير {number} من {total} · الفقرة {paragraph}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more change(s).</source>
            <translation>
                <numerusform>… و%Ln تغيير آخر.</numerusform>
                <numerusform>… وتغيير آخر.</numerusform>
                <numerusform>… وتغييران آخران.</numerusform>
                <numerusform>… و%Ln تغييرات أخرى.</numerusform>
                <numerusform>… و%Ln تغييرًا آخر.</numerusform>
                <numerusform>… و%Ln تغيير آخر.</numerusform>
            </translation>
        </message>
        <message>
            <source>not judged yet</source>
            <translation>لم يُحكم عليه بعد</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}، {time}</translation>
        </message>
    </context>
</TS>
