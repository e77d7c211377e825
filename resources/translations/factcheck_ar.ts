<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>ClaimHistory</name>
        <message>
            <source>&amp;History</source>
            <translation>ال&amp;سجل</translation>
        </message>
        <message>
            <source>Show who changed the selected claim, when, and from what to what</source>
            <translation>اعرض من غيّر الادعاء المحدد ومتى ومن أي قيمة إلى أي قيمة</translation>
        </message>
        <message>
            <source>Deleted &amp;Claims…</source>
            <translation>الادعاءات الم&amp;حذوفة…</translation>
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
                <numerusform>%n ادعاءات محذوفة، الأحدث أولًا. «استعد» يعيد الادعاء إلى مكانه مع حكمه وتعليله ومصادره؛ وإن تغيّر النص منذ ذلك الحين يُربط بالنص الحالي.</numerusform>
                <numerusform>%n ادعاءً محذوفًا، الأحدث أولًا. «استعد» يعيد الادعاء إلى مكانه مع حكمه وتعليله ومصادره؛ وإن تغيّر النص منذ ذلك الحين يُربط بالنص الحالي.</numerusform>
                <numerusform>%n ادعاء محذوف، الأحدث أولًا. «استعد» يعيد الادعاء إلى مكانه مع حكمه وتعليله ومصادره؛ وإن تغيّر النص منذ ذلك الحين يُربط بالنص الحالي.</numerusform>
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
                <numerusform>%n مصادر</numerusform>
                <numerusform>%n مصدرًا</numerusform>
                <numerusform>%n مصدر</numerusform>
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
                <numerusform>عُثر على %n ادعاءات</numerusform>
                <numerusform>عُثر على %n ادعاءً</numerusform>
                <numerusform>عُثر على %n ادعاء</numerusform>
            </translation>
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
</TS>
