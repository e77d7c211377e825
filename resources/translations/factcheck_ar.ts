<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AnnotationImportSummary</name>
        <message>
            <source>New claims:</source>
            <translation>ادعاءات جديدة:</translation>
        </message>
        <message>
            <source>Updated (the file's copy was newer):</source>
            <translation>محدَّثة (نسخة الملف أحدث):</translation>
        </message>
        <message>
            <source>Unchanged:</source>
            <translation>دون تغيير:</translation>
        </message>
        <message>
            <source>Orphaned (text not found; kept):</source>
            <translation>منفصلة (لم يُعثر على النص؛ محفوظة):</translation>
        </message>
        <message>
            <source>Skipped (could not be imported):</source>
            <translation>متخطّاة (تعذّر استيرادها):</translation>
        </message>
        <message>
            <source>New articles:</source>
            <translation>مقالات جديدة:</translation>
        </message>
        <message>
            <source>Claims of review passes (kept apart):</source>
            <translation>ادعاءات جولات المراجعة (محفوظة على حدة):</translation>
        </message>
        <message>
            <source>Annotations Imported</source>
            <translation>استُوردت التعليقات التوضيحية</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>المشكلات</translation>
        </message>
        <message>
            <source>The database as it was before is saved at {path}</source>
            <translation>حُفظت قاعدة البيانات كما كانت من قبل في {path}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>تعذّر فتح قاعدة البيانات</translation>
        </message>
        <message>
            <source>{error}

File: {path}</source>
            <translation>{error}

الملف: {path}</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Work that was already saved stays in the database. If this keeps happening, please report it with the details below.</source>
            <translation>حدث خطأ: {error}

يبقى العمل المحفوظ في قاعدة البيانات. إن تكرر هذا فأبلغ عنه مع التفاصيل أدناه.</translation>
        </message>
    </context>
    <context>
        <name>ArticleController</name>
        <message>
            <source>Could not open the article</source>
            <translation>تعذّر فتح المقال</translation>
        </message>
    </context>
    <context>
        <name>ArticleMetadataDialog</name>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>&amp;Outlet:</source>
            <translation>&amp;الوسيلة الإعلامية:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>ال&amp;كاتب:</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Published:</source>
            <translation>تاريخ ال&amp;نشر:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <source>The newspaper or site</source>
            <translation>الصحيفة أو الموقع</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (or YYYY-MM, YYYY)</source>
            <translation>YYYY-MM-DD (أو YYYY-MM أو YYYY)</translation>
        </message>
        <message>
            <source>e.g. en, de, fr</source>
            <translation>مثل ar أو en أو fr</translation>
        </message>
        <message>
            <source>A web address cannot contain spaces.</source>
            <translation>لا يمكن أن يحتوي عنوان الويب على مسافات.</translation>
        </message>
        <message>
            <source>Use a web address starting with http:// or https://, or leave it empty.</source>
            <translation>استخدم عنوان ويب يبدأ بـ http:// أو https://، أو اتركه فارغًا.</translation>
        </message>
        <message>
            <source>This web address has no site name (like example.org).</source>
            <translation>ليس في عنوان الويب هذا اسم موقع (مثل example.org).</translation>
        </message>
        <message>
            <source>Use an ISO date like 2024-03-05 (or 2024-03, or 2024), or leave it empty.</source>
            <translation>استخدم تاريخًا بصيغة ISO مثل 2024-03-05 (أو 2024-03 أو 2024)، أو اتركه فارغًا.</translation>
        </message>
        <message>
            <source>Import Article</source>
            <translation>استيراد مقال</translation>
        </message>
        <message>
            <source>Article Properties</source>
            <translation>خصائص المقال</translation>
        </message>
        <message>
            <source>Check the details found in {file}. They are guesses and can be wrong: correct them before the article is added.</source>
            <translation>راجع التفاصيل الموجودة في {file}. إنها تخمينات قد تكون خاطئة: صحّحها قبل إضافة المقال.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>ا&amp;ستورد</translation>
        </message>
        <message>
            <source>An article needs a title.</source>
            <translation>يحتاج المقال إلى عنوان.</translation>
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
        <name>Assign</name>
        <message>
            <source>Assign to {name}</source>
            <translation>أسند إلى {name}</translation>
        </message>
        <message>
            <source>Take Back Assignment</source>
            <translation>اسحب الإسناد</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign to</source>
            <translation>أسند إلى</translation>
        </message>
        <message>
            <source>Who works on {what}?</source>
            <translation>من يعمل على {what}؟</translation>
        </message>
        <message>
            <source>Team member</source>
            <translation>عضو الفريق</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>مراجع</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>محرر</translation>
        </message>
        <message>
            <source>{name} ({right})</source>
            <translation>{name} ({right})</translation>
        </message>
        <message>
            <source>No one (take it back)</source>
            <translation>لا أحد (اسحب الإسناد)</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>أ&amp;سند</translation>
        </message>
    </context>
    <context>
        <name>AssignMenus</name>
        <message>
            <source>&amp;Assign to…</source>
            <translation>أ&amp;سند إلى…</translation>
        </message>
        <message>
            <source>Assign to… ({reason})</source>
            <translation>أسند إلى… ({reason})</translation>
        </message>
        <message>
            <source>only in a team database</source>
            <translation>في قاعدة بيانات الفريق فقط</translation>
        </message>
        <message>
            <source>the database is open read-only</source>
            <translation>قاعدة البيانات مفتوحة للقراءة فقط</translation>
        </message>
        <message>
            <source>only the team's editors assign work</source>
            <translation>محررو الفريق وحدهم يسندون العمل</translation>
        </message>
        <message>
            <source>the article “{title}”</source>
            <translation>المقال «{title}»</translation>
        </message>
        <message numerus="yes">
            <source>%n selected claim(s)</source>
            <translation>
                <numerusform>لا ادعاءات محددة</numerusform>
                <numerusform>الادعاء المحدد</numerusform>
                <numerusform>الادعاءين المحددين</numerusform>
                <numerusform>%Ln ادعاءات محددة</numerusform>
                <numerusform>%Ln ادعاءً محددًا</numerusform>
                <numerusform>%Ln ادعاء محدد</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ClaimFinder</name>
        <message>
            <source>the explained rules' score</source>
            <translation>درجة القواعد المفسَّرة</translation>
        </message>
        <message>
            <source>very short</source>
            <translation>قصيرة جدًا</translation>
        </message>
        <message>
            <source>short</source>
            <translation>قصيرة</translation>
        </message>
        <message>
            <source>medium length</source>
            <translation>متوسطة الطول</translation>
        </message>
        <message>
            <source>long</source>
            <translation>طويلة</translation>
        </message>
        <message>
            <source>very long</source>
            <translation>طويلة جدًا</translation>
        </message>
        <message>
            <source>a stage direction</source>
            <translation>إرشاد مسرحي</translation>
        </message>
        <message>
            <source>a speaker who mostly asks questions</source>
            <translation>متحدث يطرح الأسئلة في الغالب</translation>
        </message>
        <message>
            <source>a speaker who says little</source>
            <translation>متحدث قليل الكلام</translation>
        </message>
        <message>
            <source>the main speaker</source>
            <translation>المتحدث الرئيسي</translation>
        </message>
        <message>
            <source>no speaker</source>
            <translation>بلا متحدث</translation>
        </message>
        <message>
            <source>the first sentence of a turn</source>
            <translation>الجملة الأولى من مداخلة</translation>
        </message>
        <message>
            <source>a one-sentence turn</source>
            <translation>مداخلة من جملة واحدة</translation>
        </message>
        <message>
            <source>a short turn</source>
            <translation>مداخلة قصيرة</translation>
        </message>
        <message>
            <source>a long turn</source>
            <translation>مداخلة طويلة</translation>
        </message>
        <message>
            <source>it follows a question</source>
            <translation>تأتي بعد سؤال</translation>
        </message>
        <message>
            <source>it follows another speaker</source>
            <translation>تأتي بعد متحدث آخر</translation>
        </message>
        <message>
            <source>its words</source>
            <translation>كلماتها</translation>
        </message>
        <message>
            <source>the words around it</source>
            <translation>الكلمات المحيطة بها</translation>
        </message>
        <message>
            <source>the sentence before has {reason}</source>
            <translation>في الجملة السابقة {reason}</translation>
        </message>
        <message>
            <source>the sentence after has {reason}</source>
            <translation>في الجملة التالية {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n كلمة</numerusform>
                <numerusform>%n كلمة</numerusform>
                <numerusform>%n كلمتان</numerusform>
                <numerusform>%n كلمات</numerusform>
                <numerusform>%n كلمة</numerusform>
                <numerusform>%n كلمة</numerusform>
            </translation>
        </message>
        <message>
            <source>a percentage</source>
            <translation>نسبة مئوية</translation>
        </message>
        <message>
            <source>an amount of money</source>
            <translation>مبلغ مالي</translation>
        </message>
        <message>
            <source>a figure</source>
            <translation>رقم</translation>
        </message>
        <message>
            <source>a quantity in words</source>
            <translation>كمية مكتوبة بالكلمات</translation>
        </message>
        <message>
            <source>a year</source>
            <translation>سنة</translation>
        </message>
        <message>
            <source>a comparison or superlative</source>
            <translation>مقارنة أو صيغة تفضيل</translation>
        </message>
        <message>
            <source>a change over time</source>
            <translation>تغيّر عبر الزمن</translation>
        </message>
        <message>
            <source>an attributed statement</source>
            <translation>تصريح منسوب</translation>
        </message>
        <message>
            <source>a quotation</source>
            <translation>اقتباس</translation>
        </message>
        <message>
            <source>a cause or effect</source>
            <translation>سبب أو نتيجة</translation>
        </message>
        <message>
            <source>a prediction or promise</source>
            <translation>توقّع أو وعد</translation>
        </message>
        <message>
            <source>a named official or institution</source>
            <translation>مسؤول أو مؤسسة مذكورة بالاسم</translation>
        </message>
        <message>
            <source>a source hidden behind a hedge</source>
            <translation>مصدر مخفي وراء صيغة مبهمة</translation>
        </message>
        <message>
            <source>a legal or official status</source>
            <translation>وضع قانوني أو رسمي</translation>
        </message>
        <message>
            <source>a question</source>
            <translation>سؤال</translation>
        </message>
        <message>
            <source>opinion or judgement</source>
            <translation>رأي أو حكم قيمي</translation>
        </message>
        <message>
            <source>page furniture</source>
            <translation>عناصر ثابتة في الصفحة</translation>
        </message>
        <message>
            <source>too short to hold a claim</source>
            <translation>أقصر من أن تتضمن ادعاءً</translation>
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
        <name>EditActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>تراجع عن آخر تغيير</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;إعادة</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>Re&amp;try Saving</source>
            <translation>أعد م&amp;حاولة الحفظ</translation>
        </message>
        <message>
            <source>Try the change that could not be saved again</source>
            <translation>حاول مرة أخرى حفظ التغيير الذي تعذّر حفظه</translation>
        </message>
        <message>
            <source>&amp;Undo {step}</source>
            <translation>&amp;تراجع عن {step}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo {step}</source>
            <translation>&amp;إعادة {step}</translation>
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
        <name>Errors</name>
        <message>
            <source>article id {id} is ambiguous; give more characters</source>
            <translation>معرّف المقال {id} ملتبس؛ اكتب أحرفًا أكثر</translation>
        </message>
        <message>
            <source>claim id {id} is ambiguous; give more characters</source>
            <translation>معرّف الادعاء {id} ملتبس؛ اكتب أحرفًا أكثر</translation>
        </message>
        <message>
            <source>source id {id} is ambiguous; give more characters</source>
            <translation>معرّف المصدر {id} ملتبس؛ اكتب أحرفًا أكثر</translation>
        </message>
        <message>
            <source>{name} needs an upgrade to this version of the app, which cannot be done while it is read-only</source>
            <extracomment>True when opened read-only (asked for, or the file or folder is not writable): reads work, every write raises ReadOnlyError.</extracomment>
            <translation>يحتاج {name} إلى ترقية لهذا الإصدار من التطبيق، ولا يمكن إجراؤها ما دام الملف للقراءة فقط</translation>
        </message>
        <message>
            <source>the article {title} has no text</source>
            <translation>المقال {title} بلا نص</translation>
        </message>
        <message>
            <source>articles have no field(s) {fields}</source>
            <translation>لا توجد في المقالات الحقول {fields}</translation>
        </message>
        <message>
            <source>an article needs a title</source>
            <translation>يحتاج المقال إلى عنوان</translation>
        </message>
        <message>
            <source>{name} is closed</source>
            <extracomment>Query parameters: positional, or by name. Called with the whole transaction just before COMMIT; raising rolls it back. Watches the `-wal` file of a writable database (see wal_guard.py).</extracomment>
            <translation>{name} مغلق</translation>
        </message>
        <message>
            <source>{name} was deleted, moved or replaced while open; nothing was saved. Put the file back, or save what is open with a backup to {path}.</source>
            <translation>حُذف {name} أو نُقل أو استُبدل وهو مفتوح؛ لم يُحفظ شيء. أعد الملف إلى مكانه، أو احفظ ما هو مفتوح بنسخة احتياطية إلى {path}.</translation>
        </message>
        <message>
            <source>no article with id {ident}</source>
            <translation>لا يوجد مقال بالمعرّف {ident}</translation>
        </message>
        <message>
            <source>no article version with id {ident}</source>
            <translation>لا يوجد إصدار مقال بالمعرّف {ident}</translation>
        </message>
        <message>
            <source>no claim with id {ident}</source>
            <translation>لا يوجد ادعاء بالمعرّف {ident}</translation>
        </message>
        <message>
            <source>no source with id {ident}</source>
            <translation>لا يوجد مصدر بالمعرّف {ident}</translation>
        </message>
        <message>
            <source>no review pass with id {ident}</source>
            <translation>لا توجد جولة مراجعة بالمعرّف {ident}</translation>
        </message>
        <message>
            <source>no review claim with id {ident}</source>
            <translation>لا يوجد ادعاء مراجعة بالمعرّف {ident}</translation>
        </message>
        <message>
            <source>claims have no editable field(s) {fields}</source>
            <translation>لا توجد في الادعاءات حقول قابلة للتعديل باسم {fields}</translation>
        </message>
        <message>
            <source>span {start}-{end} is empty or reversed: the start must come before the end</source>
            <translation>المقطع {start}-{end} فارغ أو معكوس: يجب أن تسبق البداية النهاية</translation>
        </message>
        <message>
            <source>{name} is locked by another program or window; nothing was saved. Close the other program, then try again.</source>
            <translation>{name} مقفل من برنامج آخر أو نافذة أخرى؛ لم يُحفظ شيء. أغلق البرنامج الآخر ثم حاول مجددًا.</translation>
        </message>
        <message>
            <source>the disk holding {name} is full; nothing was saved. Free some space, then try again.</source>
            <translation>القرص الذي يحمل {name} ممتلئ؛ لم يُحفظ شيء. أفرغ بعض المساحة ثم حاول مجددًا.</translation>
        </message>
        <message>
            <source>{name} cannot be written (read-only file or folder); nothing was saved.</source>
            <translation>لا يمكن الكتابة في {name} (ملف أو مجلد للقراءة فقط)؛ لم يُحفظ شيء.</translation>
        </message>
        <message>
            <source>{name} is damaged ({error}). Run `check`, and restore a backup if needed.</source>
            <translation>{name} تالف ({error}). شغّل `check`، واستعد نسخة احتياطية إن لزم.</translation>
        </message>
        <message>
            <source>cannot open {path}: {error}</source>
            <translation>تعذّر فتح {path}: {error}</translation>
        </message>
        <message>
            <source>the disk reported an error while writing {name}: {error}</source>
            <translation>أبلغ القرص عن خطأ أثناء الكتابة في {name}: {error}</translation>
        </message>
        <message>
            <source>database error in {name}: {error}</source>
            <translation>خطأ في قاعدة البيانات في {name}: {error}</translation>
        </message>
        <message>
            <source>{name} is not a Factcheck database (not an SQLite file, or damaged)</source>
            <translation>{name} ليس قاعدة بيانات Factcheck (ليس ملف SQLite، أو أنه تالف)</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>تعذّرت قراءة {path}: {reason}</translation>
        </message>
        <message>
            <source>{name} is not a Factcheck database (not an SQLite file)</source>
            <translation>{name} ليس قاعدة بيانات Factcheck (ليس ملف SQLite)</translation>
        </message>
        <message>
            <source>cannot create {path}: the folder {folder} does not exist</source>
            <translation>تعذّر إنشاء {path}: المجلد {folder} غير موجود</translation>
        </message>
        <message>
            <source>cannot open {path}: no such file</source>
            <translation>تعذّر فتح {path}: الملف غير موجود</translation>
        </message>
        <message>
            <source>cannot read {path} and its -wal file: {reason}</source>
            <translation>تعذّرت قراءة {path} وملف -wal الخاص به: {reason}</translation>
        </message>
        <message>
            <source>{name} is an SQLite database of another program, not a Factcheck database</source>
            <translation>{name} قاعدة بيانات SQLite لبرنامج آخر، وليست قاعدة بيانات Factcheck</translation>
        </message>
        <message>
            <source>{name} was written by a newer version of Factcheck GUI (database version {version}, this app knows up to {latest}); please update the app. The file was not changed.</source>
            <translation>كُتب {name} بإصدار أحدث من Factcheck GUI (إصدار قاعدة البيانات {version}، وهذا التطبيق يعرف حتى {latest})؛ يُرجى تحديث التطبيق. لم يتغيّر الملف.</translation>
        </message>
        <message>
            <source>cannot create the folder {folder}: {reason}</source>
            <translation>تعذّر إنشاء المجلد {folder}: {reason}</translation>
        </message>
        <message>
            <source>will not overwrite the existing file {path}</source>
            <translation>لن يُستبدل الملف الموجود {path}</translation>
        </message>
        <message>
            <source>cannot write the backup {path}: {reason}</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية {path}: {reason}</translation>
        </message>
        <message>
            <source>{name} is already open in another Factcheck window or process ({holder}); close it there first, or open the file read-only.</source>
            <translation>{name} مفتوح بالفعل في نافذة أو عملية Factcheck أخرى ({holder})؛ أغلقه هناك أولًا، أو افتح الملف للقراءة فقط.</translation>
        </message>
        <message>
            <source>{name} is already open in another Factcheck window or process; close it there first, or open the file read-only.</source>
            <translation>{name} مفتوح بالفعل في نافذة أو عملية Factcheck أخرى؛ أغلقه هناك أولًا، أو افتح الملف للقراءة فقط.</translation>
        </message>
        <message>
            <source>no backup file at {path}</source>
            <translation>لا يوجد ملف نسخة احتياطية في {path}</translation>
        </message>
        <message>
            <source>the backup {name} is damaged: {error}</source>
            <translation>النسخة الاحتياطية {name} تالفة: {error}</translation>
        </message>
        <message>
            <source>the backup {name} is damaged ({problem}); choose another backup</source>
            <translation>النسخة الاحتياطية {name} تالفة ({problem})؛ اختر نسخة احتياطية أخرى</translation>
        </message>
        <message>
            <source>{path} cannot be written (read-only file or folder)</source>
            <translation>لا يمكن الكتابة في {path} (ملف أو مجلد للقراءة فقط)</translation>
        </message>
        <message>
            <source>a claim cannot copy its own judgement</source>
            <translation>لا يمكن للادعاء أن ينسخ حكمه هو</translation>
        </message>
        <message>
            <source>claim {id} has no verdict, rationale or sources to copy</source>
            <translation>الادعاء {id} ليس له حكم ولا تعليل ولا مصادر لنسخها</translation>
        </message>
        <message>
            <source>nothing to dismiss: the sentence is empty</source>
            <translation>لا شيء لتجاهله: الجملة فارغة</translation>
        </message>
        <message>
            <source>Claim is published: copying another verdict into it would be a correction; change its verdict or rationale and give a correction note instead.</source>
            <translation>الادعاء منشور: نسخ حكم آخر إليه سيكون تصحيحًا؛ غيّر حكمه أو تعليله واكتب ملاحظة تصحيح بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Claim is final: copying another verdict into it would be a correction; change its verdict or rationale and give a correction note instead.</source>
            <translation>الادعاء نهائي: نسخ حكم آخر إليه سيكون تصحيحًا؛ غيّر حكمه أو تعليله واكتب ملاحظة تصحيح بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Claim was final before: copying another verdict into it would be a correction; change its verdict or rationale and give a correction note instead.</source>
            <translation>كان الادعاء نهائيًا من قبل: نسخ حكم آخر إليه سيكون تصحيحًا؛ غيّر حكمه أو تعليله واكتب ملاحظة تصحيح بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>claim {id} belongs to another article here</source>
            <translation>الادعاء {id} يتبع مقالًا آخر هنا</translation>
        </message>
        <message>
            <source>source {id} belongs to another claim here</source>
            <translation>المصدر {id} يتبع ادعاءً آخر هنا</translation>
        </message>
        <message>
            <source>claim {id} has no quote</source>
            <translation>الادعاء {id} بلا اقتباس</translation>
        </message>
        <message>
            <source>claim {id} is not deleted; there is nothing to restore</source>
            <translation>الادعاء {id} غير محذوف؛ لا شيء لاستعادته</translation>
        </message>
        <message>
            <source>no deleted claim with id {id}</source>
            <translation>لا يوجد ادعاء محذوف بالمعرّف {id}</translation>
        </message>
        <message>
            <source>claim {id} cannot be restored: its article “{title}” was deleted</source>
            <translation>لا يمكن استعادة الادعاء {id}: حُذف مقاله “{title}”</translation>
        </message>
        <message>
            <source>claim {id} cannot be restored: its article was deleted</source>
            <translation>لا يمكن استعادة الادعاء {id}: حُذف مقاله</translation>
        </message>
        <message>
            <source>the history of claim {id} does not hold enough to restore it ({error})</source>
            <translation>سجل الادعاء {id} لا يحوي ما يكفي لاستعادته ({error})</translation>
        </message>
        <message>
            <source>a review pass needs a reviewer's name</source>
            <translation>تحتاج جولة المراجعة إلى اسم مراجع</translation>
        </message>
        <message>
            <source>review pass id {id} is ambiguous; give more characters</source>
            <translation>معرّف جولة المراجعة {id} ملتبس؛ اكتب أحرفًا أكثر</translation>
        </message>
        <message>
            <source>{reviewer} has a blind review pass open on this article: mark it done before looking at the others' claims</source>
            <translation>لدى {reviewer} جولة مراجعة عمياء مفتوحة على هذا المقال: علّمها منتهية قبل الاطلاع على ادعاءات الآخرين</translation>
        </message>
        <message>
            <source>span {start}-{end} is outside the text (0-{length})</source>
            <translation>المقطع {start}-{end} خارج النص (0-{length})</translation>
        </message>
        <message>
            <source>cannot change {fields}</source>
            <translation>لا يمكن تغيير {fields}</translation>
        </message>
        <message>
            <source>{reviewer} already has an open review pass on this article</source>
            <translation>لدى {reviewer} جولة مراجعة مفتوحة بالفعل على هذا المقال</translation>
        </message>
        <message>
            <source>this review pass is marked done; open it again first</source>
            <translation>جولة المراجعة هذه معلّمة منتهية؛ افتحها مجددًا أولًا</translation>
        </message>
        <message>
            <source>no rating scale {id} in this database</source>
            <extracomment>claim id -&gt; (verdict before, verdict after)</extracomment>
            <translation>لا يوجد مقياس تقييم {id} في قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>cannot map {label} to {target}: the scale {scale} has no such label</source>
            <translation>لا يمكن ربط {label} بـ {target}: المقياس {scale} ليس فيه هذا التصنيف</translation>
        </message>
        <message>
            <source>cannot map {label} to {target}: it is a retired label, kept only for old verdicts</source>
            <translation>لا يمكن ربط {label} بـ {target}: إنه تصنيف متقاعد محفوظ للأحكام القديمة فقط</translation>
        </message>
        <message>
            <source>cannot keep {label} as a retired label beside {twin}, which differs only in case or spacing; map {label} to it instead</source>
            <translation>لا يمكن إبقاء {label} تصنيفًا متقاعدًا بجانب {twin} الذي لا يختلف عنه إلا في حالة الأحرف أو المسافات؛ اربط {label} به بدلًا من ذلك</translation>
        </message>
        <message>
            <source>cannot give a claim the verdict {verdict}: the scale {scale} has no such label</source>
            <translation>لا يمكن منح ادعاء الحكم {verdict}: المقياس {scale} ليس فيه هذا التصنيف</translation>
        </message>
        <message>
            <source>{verdict} is not a verdict of the scale {scale} (use one of: {known})</source>
            <translation>{verdict} ليس حكمًا من المقياس {scale} (استخدم أحد: {known})</translation>
        </message>
        <message>
            <source>there was no scale before this change to go back to</source>
            <translation>لم يكن هناك مقياس قبل هذا التغيير للعودة إليه</translation>
        </message>
        <message>
            <source>{text} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
            <translation>{text} ليس تاريخًا (استخدم YYYY-MM-DD أو YYYY-MM-DDTHH:MM)</translation>
        </message>
        <message>
            <source>sources have no field(s) {fields}</source>
            <translation>لا توجد في المصادر الحقول {fields}</translation>
        </message>
        <message>
            <source>Redo refused: the source was removed meanwhile</source>
            <translation>رُفضت الإعادة: أُزيل المصدر في الأثناء</translation>
        </message>
        <message>
            <source>Undo refused: the source was removed meanwhile</source>
            <translation>رُفض التراجع: أُزيل المصدر في الأثناء</translation>
        </message>
        <message>
            <source>unknown stance {value} (expected one of: {known})</source>
            <translation>موقف غير معروف {value} (المتوقع أحد: {known})</translation>
        </message>
        <message>
            <source>Redo refused: the claim was deleted meanwhile</source>
            <translation>رُفضت الإعادة: حُذف الادعاء في الأثناء</translation>
        </message>
        <message>
            <source>Undo refused: the claim was deleted meanwhile</source>
            <translation>رُفض التراجع: حُذف الادعاء في الأثناء</translation>
        </message>
        <message>
            <source>Undo refused: the {field} of this claim was changed by {who} at {when} UTC to {value} meanwhile; undoing would overwrite that change.</source>
            <translation>رُفض التراجع: غيّر {who} الحقل {field} لهذا الادعاء في {when} UTC إلى {value} في الأثناء؛ التراجع سيكتب فوق ذلك التغيير.</translation>
        </message>
        <message>
            <source>Undo refused: the {field} of this claim was changed to {value} meanwhile; undoing would overwrite that change.</source>
            <translation>رُفض التراجع: تغيّر الحقل {field} لهذا الادعاء إلى {value} في الأثناء؛ التراجع سيكتب فوق ذلك التغيير.</translation>
        </message>
        <message>
            <source>Redo refused: the {field} of this claim was changed by {who} at {when} UTC to {value} meanwhile; redoing would overwrite that change.</source>
            <translation>رُفضت الإعادة: غيّر {who} الحقل {field} لهذا الادعاء في {when} UTC إلى {value} في الأثناء؛ الإعادة ستكتب فوق ذلك التغيير.</translation>
        </message>
        <message>
            <source>Redo refused: the {field} of this claim was changed to {value} meanwhile; redoing would overwrite that change.</source>
            <translation>رُفضت الإعادة: تغيّر الحقل {field} لهذا الادعاء إلى {value} في الأثناء؛ الإعادة ستكتب فوق ذلك التغيير.</translation>
        </message>
        <message>
            <source>Undo refused: the {field} of this source was changed by {who} at {when} UTC to {value} meanwhile; undoing would overwrite that change.</source>
            <translation>رُفض التراجع: غيّر {who} الحقل {field} لهذا المصدر في {when} UTC إلى {value} في الأثناء؛ التراجع سيكتب فوق ذلك التغيير.</translation>
        </message>
        <message>
            <source>Undo refused: the {field} of this source was changed to {value} meanwhile; undoing would overwrite that change.</source>
            <translation>رُفض التراجع: تغيّر الحقل {field} لهذا المصدر إلى {value} في الأثناء؛ التراجع سيكتب فوق ذلك التغيير.</translation>
        </message>
        <message>
            <source>Redo refused: the {field} of this source was changed by {who} at {when} UTC to {value} meanwhile; redoing would overwrite that change.</source>
            <translation>رُفضت الإعادة: غيّر {who} الحقل {field} لهذا المصدر في {when} UTC إلى {value} في الأثناء؛ الإعادة ستكتب فوق ذلك التغيير.</translation>
        </message>
        <message>
            <source>Redo refused: the {field} of this source was changed to {value} meanwhile; redoing would overwrite that change.</source>
            <translation>رُفضت الإعادة: تغيّر الحقل {field} لهذا المصدر إلى {value} في الأثناء؛ الإعادة ستكتب فوق ذلك التغيير.</translation>
        </message>
        <message>
            <source>this database has not joined a team (team join URL)</source>
            <translation>قاعدة البيانات هذه لم تنضم إلى فريق (team join URL)</translation>
        </message>
        <message>
            <source>this database is already in a team ({url}); `team leave` first</source>
            <translation>قاعدة البيانات هذه في فريق بالفعل ({url})؛ نفّذ `team leave` أولًا</translation>
        </message>
        <message>
            <source>that database has no team schema yet; an administrator runs `team init URL` once</source>
            <translation>تلك القاعدة ليس فيها مخطط الفريق بعد؛ ينفّذ مسؤول `team init URL` مرة واحدة</translation>
        </message>
        <message>
            <source>the role {role} has no team rights; an administrator runs `team grant {role} reviewer`</source>
            <translation>الدور {role} ليست له صلاحيات في الفريق؛ ينفّذ مسؤول `team grant {role} reviewer`</translation>
        </message>
        <message>
            <source>{count} change(s) have not reached the team database yet; `team sync` first (or leave with --discard to keep them only here)</source>
            <translation>لم تصل {count} تغييرات بعد إلى قاعدة بيانات الفريق؛ نفّذ `team sync` أولًا (أو غادر مع --discard لإبقائها هنا فقط)</translation>
        </message>
        <message>
            <source>no single conflict with id {id}</source>
            <translation>لا يوجد تعارض واحد بالمعرّف {id}</translation>
        </message>
        <message>
            <source>only claim conflicts can be switched here</source>
            <translation>لا يمكن هنا تبديل إلا تعارضات الادعاءات</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL URL (postgresql://host/database)</source>
            <extracomment>The group roles the administrator grants to people (cluster-wide names).</extracomment>
            <translation>{url} ليس عنوان URL لـ PostgreSQL (postgresql://host/database)</translation>
        </message>
        <message>
            <source>the URL holds a password; put it in ~/.pgpass, a service file or PGPASSWORD instead (it would otherwise be stored with the database)</source>
            <translation>يحوي عنوان URL كلمة مرور؛ ضعها في ~/.pgpass أو في ملف خدمة أو في PGPASSWORD بدلًا من ذلك (وإلا حُفظت مع قاعدة البيانات)</translation>
        </message>
        <message>
            <source>cannot reach the team database: {reason}</source>
            <translation>تعذّر الوصول إلى قاعدة بيانات الفريق: {reason}</translation>
        </message>
        <message>
            <source>{what}: the team database refused it ({reason})</source>
            <translation>{what}: رفضت قاعدة بيانات الفريق ذلك ({reason})</translation>
        </message>
        <message>
            <source>{what}: lost the team database ({reason})</source>
            <translation>{what}: انقطع الاتصال بقاعدة بيانات الفريق ({reason})</translation>
        </message>
        <message>
            <source>setting up the team database</source>
            <translation>إعداد قاعدة بيانات الفريق</translation>
        </message>
        <message>
            <source>unknown team role {role} (one of: {roles})</source>
            <translation>دور فريق غير معروف {role} (أحد: {roles})</translation>
        </message>
        <message>
            <source>{name} is not a role name this tool will create</source>
            <translation>{name} ليس اسم دور ستنشئه هذه الأداة</translation>
        </message>
        <message>
            <source>granting {role} to {name}</source>
            <translation>منح {role} إلى {name}</translation>
        </message>
        <message>
            <source>reading the team database</source>
            <translation>قراءة قاعدة بيانات الفريق</translation>
        </message>
        <message>
            <source>reading your rights</source>
            <translation>قراءة صلاحياتك</translation>
        </message>
        <message>
            <source>reading the team's members</source>
            <translation>قراءة أعضاء الفريق</translation>
        </message>
        <message>
            <source>pulling changes</source>
            <translation>سحب التغييرات</translation>
        </message>
        <message>
            <source>pushing changes</source>
            <translation>دفع التغييرات</translation>
        </message>
        <message>
            <source>listening for the team's changes</source>
            <translation>الاستماع إلى تغييرات الفريق</translation>
        </message>
        <message>
            <source>the new text is empty</source>
            <translation>النص الجديد فارغ</translation>
        </message>
        <message>
            <source>the text is the same as the current version ({number}); nothing to update</source>
            <translation>النص مطابق للإصدار الحالي ({number})؛ لا شيء للتحديث</translation>
        </message>
        <message>
            <source>the article's text has changed since this update; undo the later change first</source>
            <translation>تغيّر نص المقال بعد هذا التحديث؛ تراجع عن التغيير اللاحق أولًا</translation>
        </message>
        <message>
            <source>claims were marked on the new text since this update; undo them first</source>
            <translation>عُلّمت ادعاءات على النص الجديد بعد هذا التحديث؛ تراجع عنها أولًا</translation>
        </message>
        <message>
            <source>{name} was deleted, moved or replaced while open, so new edits would be lost; nothing more is saved. Everything open here was saved to {path}; close the app and restore that copy (`restore`).</source>
            <translation>حُذف {name} أو نُقل أو استُبدل وهو مفتوح، فستضيع التعديلات الجديدة؛ لن يُحفظ شيء بعد الآن. حُفظ كل ما هو مفتوح هنا في {path}؛ أغلق التطبيق واستعد تلك النسخة (`restore`).</translation>
        </message>
        <message>
            <source>{name} was deleted, moved or replaced while open, so new edits would be lost; nothing more is saved. No copy could be saved: use File &gt; Save a Copy or `backup` now; close the app and restore that copy (`restore`).</source>
            <translation>حُذف {name} أو نُقل أو استُبدل وهو مفتوح، فستضيع التعديلات الجديدة؛ لن يُحفظ شيء بعد الآن. تعذّر حفظ أي نسخة: استخدم ملف &gt; حفظ نسخة أو `backup` الآن؛ أغلق التطبيق واستعد تلك النسخة (`restore`).</translation>
        </message>
        <message>
            <source>{name}-wal was deleted or replaced by another program while open, so new edits would be lost; nothing more is saved. Everything open here was saved to {path}; close the app and restore that copy (`restore`).</source>
            <translation>حذف برنامج آخر {name}-wal أو استبدله وهو مفتوح، فستضيع التعديلات الجديدة؛ لن يُحفظ شيء بعد الآن. حُفظ كل ما هو مفتوح هنا في {path}؛ أغلق التطبيق واستعد تلك النسخة (`restore`).</translation>
        </message>
        <message>
            <source>{name}-wal was deleted or replaced by another program while open, so new edits would be lost; nothing more is saved. No copy could be saved: use File &gt; Save a Copy or `backup` now; close the app and restore that copy (`restore`).</source>
            <translation>حذف برنامج آخر {name}-wal أو استبدله وهو مفتوح، فستضيع التعديلات الجديدة؛ لن يُحفظ شيء بعد الآن. تعذّر حفظ أي نسخة: استخدم ملف &gt; حفظ نسخة أو `backup` الآن؛ أغلق التطبيق واستعد تلك النسخة (`restore`).</translation>
        </message>
        <message>
            <source>the budget for kept pages must be 0 MB or more</source>
            <extracomment>zlib level for kept bytes: 1 is about 3x faster than the default 6 on a news page and keeps it about 9% larger (docs/decisions.md, "Pages from the web"). Copies and checks waiting for the network (core/store/web_queue.py).</extracomment>
            <translation>يجب أن تكون ميزانية الصفحات المحفوظة 0 ميغابايت أو أكثر</translation>
        </message>
        <message>
            <source>span {start}-{end} is not inside the article text (0-{length}) or is empty</source>
            <translation>المقطع {start}-{end} ليس داخل نص المقال (0-{length}) أو أنه فارغ</translation>
        </message>
        <message>
            <source>span {start}-{end} covers only whitespace</source>
            <translation>المقطع {start}-{end} لا يحتوي إلا على مسافات فارغة</translation>
        </message>
        <message>
            <source>the quote is empty</source>
            <translation>الاقتباس فارغ</translation>
        </message>
        <message>
            <source>occurrence counts from 1</source>
            <translation>يبدأ عدّ مرات الظهور من 1</translation>
        </message>
        <message>
            <source>the quote {quote} is not in the article text</source>
            <translation>الاقتباس {quote} غير موجود في نص المقال</translation>
        </message>
        <message>
            <source>the quote {quote} occurs only {count} time(s) in the article text</source>
            <translation>الاقتباس {quote} يظهر {count} مرة/مرات فقط في نص المقال</translation>
        </message>
        <message>
            <source>{target} is the open database; nothing was written. Choose another file name.</source>
            <translation>{target} هو قاعدة البيانات المفتوحة؛ لم يُكتب شيء. اختر اسم ملف آخر.</translation>
        </message>
        <message>
            <source>{target} is inside the open database's backups folder; nothing was written. Choose another file name.</source>
            <translation>{target} داخل مجلد النسخ الاحتياطية لقاعدة البيانات المفتوحة؛ لم يُكتب شيء. اختر اسم ملف آخر.</translation>
        </message>
        <message>
            <source>{target} is a companion file of the open database {database}; nothing was written. Choose another file name.</source>
            <translation>{target} ملف مرافق لقاعدة البيانات المفتوحة {database}؛ لم يُكتب شيء. اختر اسم ملف آخر.</translation>
        </message>
        <message>
            <source>cannot read {name}: {error}</source>
            <translation>تتعذر قراءة {name}: {error}</translation>
        </message>
        <message>
            <source>{name} is not a JSON rating scale ({error})</source>
            <translation>{name} ليس مقياس تقييم بصيغة JSON ({error})</translation>
        </message>
        <message>
            <source>{name} is not a rating scale: it needs a "labels" list of objects with a "label" each</source>
            <translation>{name} ليس مقياس تقييم: يلزمه قائمة "labels" من كائنات لكل منها "label"</translation>
        </message>
        <message>
            <source>{name} is not a valid rating scale ({error})</source>
            <translation>{name} ليس مقياس تقييم صالحًا ({error})</translation>
        </message>
        <message>
            <source>the rating scale needs a name</source>
            <translation>يحتاج مقياس التقييم إلى اسم</translation>
        </message>
        <message>
            <source>the rating scale needs an id</source>
            <translation>يحتاج مقياس التقييم إلى معرّف</translation>
        </message>
        <message>
            <source>the rating scale {name} has no labels</source>
            <translation>مقياس التقييم {name} ليس فيه تسميات</translation>
        </message>
        <message>
            <source>best rating</source>
            <translation>أفضل تقييم</translation>
        </message>
        <message>
            <source>worst rating</source>
            <translation>أسوأ تقييم</translation>
        </message>
        <message>
            <source>the best and the worst rating must differ</source>
            <translation>يجب أن يختلف أفضل تقييم عن أسوئه</translation>
        </message>
        <message>
            <source>label {number} of the rating scale has no name</source>
            <translation>التسمية {number} في مقياس التقييم بلا اسم</translation>
        </message>
        <message>
            <source>the rating scale has the label {label} twice</source>
            <translation>مقياس التقييم يحتوي التسمية {label} مرتين</translation>
        </message>
        <message>
            <source>the rating value of {label}</source>
            <translation>قيمة التقييم لـ {label}</translation>
        </message>
        <message>
            <source>the rating value {value} of {label} lies outside the scale's range {worst} (worst) to {best} (best)</source>
            <translation>قيمة التقييم {value} لـ {label} خارج نطاق المقياس من {worst} (الأسوأ) إلى {best} (الأفضل)</translation>
        </message>
        <message>
            <source>the colour {colour} of {label} is not like #3aa89b</source>
            <translation>اللون {colour} لـ {label} ليس بصيغة مثل #3aa89b</translation>
        </message>
        <message>
            <source>the rating scale {name} has no label left to choose</source>
            <translation>مقياس التقييم {name} لم تبقَ فيه تسمية يمكن اختيارها</translation>
        </message>
        <message>
            <source>{what} must be a number</source>
            <translation>يجب أن يكون {what} رقمًا</translation>
        </message>
        <message>
            <source>{what} must be a number, not {value}</source>
            <translation>يجب أن يكون {what} رقمًا، وليس {value}</translation>
        </message>
        <message>
            <source>{what} must be a finite number</source>
            <translation>يجب أن يكون {what} رقمًا منتهيًا</translation>
        </message>
        <message>
            <source>a source needs a URL</source>
            <translation>يحتاج المصدر إلى URL</translation>
        </message>
        <message>
            <source>{url} is not a web address (it contains spaces)</source>
            <translation>{url} ليس عنوان ويب (يحتوي على مسافات)</translation>
        </message>
        <message>
            <source>{url} is not a web address: only http:// and https:// addresses are accepted</source>
            <translation>{url} ليس عنوان ويب: تُقبل عناوين http:// و https:// فقط</translation>
        </message>
        <message>
            <source>{url} is not a web address (no host name)</source>
            <translation>{url} ليس عنوان ويب (لا يوجد اسم مضيف)</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <extracomment>A file, or a web address (http/https) given among the files.</extracomment>
            <translation>{name}: {reason}</translation>
        </message>
        <message>
            <source>{name}: unexpected {error}: {message}</source>
            <translation>{name}: خطأ غير متوقع {error}: {message}</translation>
        </message>
        <message>
            <source>this Word document is damaged (not a valid .docx zip)</source>
            <translation>مستند Word هذا تالف (ليس ملف zip صالحًا بصيغة ‎.docx)</translation>
        </message>
        <message>
            <source>this is a zip archive, not a Word document</source>
            <translation>هذا أرشيف zip وليس مستند Word</translation>
        </message>
        <message>
            <source>this Word document unpacks to more than {size} MB; refused</source>
            <translation>يتجاوز مستند Word هذا {size} ميغابايت عند فك ضغطه؛ مرفوض</translation>
        </message>
        <message>
            <source>this Word document holds more than {size} MB of text and markup; refused</source>
            <translation>يحتوي مستند Word هذا على أكثر من {size} ميغابايت من النص والترميز؛ مرفوض</translation>
        </message>
        <message>
            <source>this Word document is damaged and cannot be read (its XML is invalid or unsafe)</source>
            <translation>مستند Word هذا تالف وتتعذر قراءته (ملف XML فيه غير صالح أو غير آمن)</translation>
        </message>
        <message>
            <source>this Word document is damaged and cannot be read</source>
            <translation>مستند Word هذا تالف وتتعذر قراءته</translation>
        </message>
        <message>
            <source>this Word document has no text</source>
            <translation>مستند Word هذا لا يحتوي على نص</translation>
        </message>
        <message>
            <source>the page is nested too deeply to read (over 255 levels)</source>
            <translation>الصفحة متداخلة بعمق يمنع قراءتها (أكثر من 255 مستوى)</translation>
        </message>
        <message>
            <source>this does not look like a web page (binary data or an unknown encoding)</source>
            <translation>لا يبدو هذا صفحة ويب (بيانات ثنائية أو ترميز غير معروف)</translation>
        </message>
        <message>
            <source>the page is empty</source>
            <translation>الصفحة فارغة</translation>
        </message>
        <message>
            <source>the page could not be read as HTML ({error})</source>
            <translation>تعذرت قراءة الصفحة بصيغة HTML ({error})</translation>
        </message>
        <message>
            <source>the page took longer than {seconds} s to read; is it really one article?</source>
            <translation>استغرقت قراءة الصفحة أكثر من {seconds} ثانية؛ هل هي حقًا مقال واحد؟</translation>
        </message>
        <message>
            <source>the page needs too much memory to read</source>
            <translation>تحتاج قراءة الصفحة إلى ذاكرة كبيرة جدًا</translation>
        </message>
        <message>
            <source>the page could not be read ({error})</source>
            <translation>تعذرت قراءة الصفحة ({error})</translation>
        </message>
        <message>
            <source>no article text found in this page</source>
            <translation>لم يُعثر على نص مقال في هذه الصفحة</translation>
        </message>
        <message>
            <source>{items} or {last}</source>
            <translation>{items} أو {last}</translation>
        </message>
        <message>
            <source>{name}: this file type is not supported yet (use {types})</source>
            <translation>{name}: نوع الملف هذا غير مدعوم بعد (استخدم {types})</translation>
        </message>
        <message>
            <source>{name}: this file type is not supported yet</source>
            <translation>{name}: نوع الملف هذا غير مدعوم بعد</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>صورة PNG</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>صورة JPEG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>صورة GIF</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>صورة TIFF</translation>
        </message>
        <message>
            <source>a program (ELF executable)</source>
            <translation>برنامج (ملف تنفيذي ELF)</translation>
        </message>
        <message>
            <source>a program (Mach-O executable)</source>
            <translation>برنامج (ملف تنفيذي Mach-O)</translation>
        </message>
        <message>
            <source>a program (Mach-O or Java class)</source>
            <translation>برنامج (Mach-O أو صنف Java)</translation>
        </message>
        <message>
            <source>a gzip archive</source>
            <translation>أرشيف gzip</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>أرشيف 7-Zip</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>أرشيف RAR</translation>
        </message>
        <message>
            <source>an xz archive</source>
            <translation>أرشيف xz</translation>
        </message>
        <message>
            <source>a zstd archive</source>
            <translation>أرشيف zstd</translation>
        </message>
        <message>
            <source>an SQLite database</source>
            <translation>قاعدة بيانات SQLite</translation>
        </message>
        <message>
            <source>an audio file (Ogg)</source>
            <translation>ملف صوتي (Ogg)</translation>
        </message>
        <message>
            <source>an audio file (MP3)</source>
            <translation>ملف صوتي (MP3)</translation>
        </message>
        <message>
            <source>an audio file (FLAC)</source>
            <translation>ملف صوتي (FLAC)</translation>
        </message>
        <message>
            <source>an icon image</source>
            <translation>صورة أيقونة</translation>
        </message>
        <message>
            <source>a font file</source>
            <translation>ملف خط</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>صورة WebP</translation>
        </message>
        <message>
            <source>an audio file (WAV)</source>
            <translation>ملف صوتي (WAV)</translation>
        </message>
        <message>
            <source>a video file</source>
            <translation>ملف فيديو</translation>
        </message>
        <message>
            <source>a program (Windows executable)</source>
            <translation>برنامج (ملف تنفيذي لنظام Windows)</translation>
        </message>
        <message>
            <source>a video or image file (MP4/HEIC)</source>
            <translation>ملف فيديو أو صورة (MP4/HEIC)</translation>
        </message>
        <message>
            <source>old Word .doc files are not supported; save it as .docx and import that</source>
            <translation>ملفات Word القديمة بصيغة ‎.doc غير مدعومة؛ احفظه بصيغة ‎.docx واستورده</translation>
        </message>
        <message>
            <source>an Office file (old format)</source>
            <translation>ملف Office (صيغة قديمة)</translation>
        </message>
        <message>
            <source>RTF files are not supported; save it as .docx or .txt</source>
            <translation>ملفات RTF غير مدعومة؛ احفظه بصيغة ‎.docx أو ‎.txt</translation>
        </message>
        <message>
            <source>this is a PDF file; rename it to .pdf to import it</source>
            <translation>هذا ملف PDF؛ غيّر امتداده إلى ‎.pdf لاستيراده</translation>
        </message>
        <message>
            <source>this is a zip archive, not an article</source>
            <translation>هذا أرشيف zip وليس مقالًا</translation>
        </message>
        <message>
            <source>this is {kind}, not an article</source>
            <translation>هذا {kind} وليس مقالًا</translation>
        </message>
        <message>
            <source>this is not a PDF file (it does not start with %PDF)</source>
            <translation>هذا ليس ملف PDF (لا يبدأ بـ %PDF)</translation>
        </message>
        <message>
            <source>this Word document is damaged (not a .docx zip)</source>
            <translation>مستند Word هذا تالف (ليس ملف zip بصيغة ‎.docx)</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>مجلد وليس ملفًا</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>ليس ملفًا عاديًا</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>الملف غير موجود</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>تم رفض الإذن</translation>
        </message>
        <message>
            <source>the file could not be read ({error})</source>
            <translation>تعذرت قراءة الملف ({error})</translation>
        </message>
        <message>
            <source>the file is too large ({size}; the limit is {limit})</source>
            <translation>الملف كبير جدًا ({size}؛ الحد هو {limit})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>الملف فارغ</translation>
        </message>
        <message>
            <source>the file has only blank space</source>
            <translation>الملف لا يحتوي إلا على مسافات فارغة</translation>
        </message>
        <message>
            <source>this PDF is protected by a password</source>
            <translation>ملف PDF هذا محمي بكلمة مرور</translation>
        </message>
        <message>
            <source>this PDF has more than {pages} pages; refused</source>
            <translation>ملف PDF هذا يحتوي على أكثر من {pages} صفحة؛ مرفوض</translation>
        </message>
        <message>
            <source>this PDF took longer than {seconds} s to read</source>
            <translation>استغرقت قراءة ملف PDF هذا أكثر من {seconds} ثانية</translation>
        </message>
        <message>
            <source>this PDF is encrypted and cannot be read</source>
            <translation>ملف PDF هذا مشفّر وتتعذر قراءته</translation>
        </message>
        <message>
            <source>this PDF is damaged and cannot be read ({error})</source>
            <translation>ملف PDF هذا تالف وتتعذر قراءته ({error})</translation>
        </message>
        <message>
            <source>no text found: scanned PDF?</source>
            <translation>لم يُعثر على نص: هل هو ملف PDF ممسوح ضوئيًا؟</translation>
        </message>
        <message>
            <source>its review pass has no id or reviewer</source>
            <translation>جولة المراجعة الخاصة به بلا معرّف أو مراجع</translation>
        </message>
        <message>
            <source>its review pass belongs to another article here</source>
            <translation>جولة المراجعة الخاصة به تعود هنا إلى مقال آخر</translation>
        </message>
        <message>
            <source>its quote is not in the article's text</source>
            <translation>اقتباسه غير موجود في نص المقال</translation>
        </message>
        <message>
            <source>it has no id</source>
            <translation>ليس له معرّف</translation>
        </message>
        <message>
            <source>this does not look like text (binary data or an unknown encoding)</source>
            <translation>لا يبدو هذا نصًا (بيانات ثنائية أو ترميز غير معروف)</translation>
        </message>
        <message>
            <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
            <translation>الملف كبير جدًا ({size} ميغابايت؛ الحد هو {limit} ميغابايت)</translation>
        </message>
        <message>
            <source>the file has no text</source>
            <translation>الملف لا يحتوي على نص</translation>
        </message>
        <message>
            <source>pasted text</source>
            <translation>نص ملصوق</translation>
        </message>
        <message>
            <source>there is no text</source>
            <translation>لا يوجد نص</translation>
        </message>
        <message>
            <source>the file has no transcript text</source>
            <translation>الملف لا يحتوي على نص تفريغ</translation>
        </message>
        <message>
            <source>this is not JSON ({error})</source>
            <extracomment>Annotations written per transaction.</extracomment>
            <translation>هذا ليس JSON ({error})</translation>
        </message>
        <message>
            <source>no annotations found (expected a W3C annotation collection, page or list, or a Hypothesis export)</source>
            <translation>لم يُعثر على تعليقات توضيحية (المتوقع مجموعة أو صفحة أو قائمة تعليقات W3C، أو ملف تصدير من Hypothesis)</translation>
        </message>
        <message>
            <source>it has no target</source>
            <translation>ليس له هدف</translation>
        </message>
        <message>
            <source>it has no TextQuoteSelector, so it cannot be placed</source>
            <translation>ليس فيه TextQuoteSelector، لذا يتعذر وضعه</translation>
        </message>
        <message>
            <source>its quote (TextQuoteSelector exact, prefix or suffix) is not text</source>
            <translation>اقتباسه (exact أو prefix أو suffix في TextQuoteSelector) ليس نصًا</translation>
        </message>
        <message>
            <source>its quote is empty</source>
            <translation>اقتباسه فارغ</translation>
        </message>
        <message>
            <source>no article here matches {source}</source>
            <translation>لا يوجد هنا مقال يطابق {source}</translation>
        </message>
        <message>
            <source>no article here matches its target</source>
            <translation>لا يوجد هنا مقال يطابق هدفه</translation>
        </message>
        <message>
            <source>the server sent {type}, but the page is {kind}, not an article</source>
            <translation>أرسل الخادم {type}، لكن الصفحة {kind} وليست مقالًا</translation>
        </message>
        <message>
            <source>the server sent no content type and the page is empty, not an article</source>
            <translation>لم يرسل الخادم نوع المحتوى والصفحة فارغة وليست مقالًا</translation>
        </message>
        <message>
            <source>the server sent no content type and the page is {kind}, not an article</source>
            <translation>لم يرسل الخادم نوع المحتوى والصفحة {kind} وليست مقالًا</translation>
        </message>
        <message>
            <source>the server sent {type}, not an article (HTML, plain text or PDF)</source>
            <translation>أرسل الخادم {type} وليس مقالًا (HTML أو نصًا عاديًا أو PDF)</translation>
        </message>
        <message>
            <source>the article has no web address to update from; give it a URL in its details first</source>
            <translation>ليس للمقال عنوان ويب للتحديث منه؛ أضف له URL في تفاصيله أولًا</translation>
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
        <name>FilesController</name>
        <message>
            <source>Factcheck databases</source>
            <translation>قواعد بيانات Factcheck</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>كل الملفات</translation>
        </message>
        <message>
            <source>&amp;New Database…</source>
            <translation>قاعدة بيانات &amp;جديدة…</translation>
        </message>
        <message>
            <source>Create an empty database</source>
            <translation>أنشئ قاعدة بيانات فارغة</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>ا&amp;فتح قاعدة بيانات…</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>افتح قاعدة بيانات أخرى</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>ال&amp;تفضيلات…</translation>
        </message>
        <message>
            <source>Change your reviewer name, the language and the rules</source>
            <translation>غيّر اسمك بصفتك مراجعًا واللغة والقواعد</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>فتح قاعدة بيانات</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>قاعدة بيانات جديدة</translation>
        </message>
        <message>
            <source>Cannot create the database</source>
            <translation>تعذّر إنشاء قاعدة البيانات</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <translation>{path} موجود بالفعل.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>تعذّر فتح قاعدة البيانات</translation>
        </message>
        <message>
            <source>{error}

File: {path}</source>
            <translation>{error}

الملف: {path}</translation>
        </message>
        <message>
            <source>{path}

This file is no longer there (moved, renamed or deleted), so it was taken off Open Recent. Use File &gt; Open to find it elsewhere.</source>
            <translation>{path}

لم يعد هذا الملف في مكانه (نُقل أو أُعيدت تسميته أو حُذف)، لذا أُزيل من قائمة الملفات الأخيرة. استخدم ملف &gt; فتح للبحث عنه في مكان آخر.</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>The window will be in {language} the next time the app starts.</source>
            <translation>ستظهر النافذة بـ{language} عند تشغيل التطبيق في المرة القادمة.</translation>
        </message>
        <message>
            <source>Reviewer: {name}</source>
            <translation>المراجع: {name}</translation>
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
        <name>FocusPanes</name>
        <message>
            <source>Next &amp;Pane</source>
            <translation>اللوحة ال&amp;تالية</translation>
        </message>
        <message>
            <source>Give the keys to the next pane: library, article, claims, inspector</source>
            <translation>انقل لوحة المفاتيح إلى اللوحة التالية: المكتبة، المقال، الادعاءات، لوحة التفاصيل</translation>
        </message>
        <message>
            <source>Previous Pa&amp;ne</source>
            <translation>اللوحة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>Give the keys to the previous pane</source>
            <translation>انقل لوحة المفاتيح إلى اللوحة السابقة</translation>
        </message>
    </context>
    <context>
        <name>HelpController</name>
        <message>
            <source>&amp;Quit</source>
            <translation>ا&amp;خرج</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation>اعرض كل اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;حول</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>حول {app}</translation>
        </message>
        <message>
            <source>{app} {version}

A desktop workbench for checking the claims in news articles by hand.

Database: {path}

{libraries}</source>
            <translation>{app} {version}

منضدة عمل مكتبية لتدقيق الادعاءات الواردة في المقالات الإخبارية يدويًا.

قاعدة البيانات: {path}

{libraries}</translation>
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
        <name>History</name>
        <message>
            <source>claim text</source>
            <translation>نص الادعاء</translation>
        </message>
        <message>
            <source>anchor state</source>
            <translation>حالة الربط</translation>
        </message>
        <message>
            <source>original quote</source>
            <translation>الاقتباس الأصلي</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>الاقتباس</translation>
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
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>accessed</source>
            <translation>تاريخ الاطلاع</translation>
        </message>
        <message>
            <source>stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>note</source>
            <translation>الملاحظة</translation>
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
            <source>language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>position</source>
            <translation>الموضع</translation>
        </message>
        <message>
            <source>start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>end</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>sentence</source>
            <translation>الجملة</translation>
        </message>
        <message>
            <source>best rating</source>
            <translation>أعلى تقييم</translation>
        </message>
        <message>
            <source>worst rating</source>
            <translation>أدنى تقييم</translation>
        </message>
        <message>
            <source>correction note</source>
            <translation>ملاحظة التصحيح</translation>
        </message>
        <message>
            <source>assignee</source>
            <translation>المسند إليه</translation>
        </message>
        <message>
            <source>text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>created</source>
            <translation>إنشاء</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>تغيير</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>تحرير</translation>
        </message>
        <message>
            <source>activated</source>
            <translation>تفعيل</translation>
        </message>
        <message>
            <source>installed</source>
            <translation>تثبيت</translation>
        </message>
        <message>
            <source>claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <source>source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>article</source>
            <translation>المقال</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>الإعداد</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>المقياس</translation>
        </message>
        <message>
            <source>suggestion</source>
            <translation>الاقتراح</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>source {url}</source>
            <translation>المصدر {url}</translation>
        </message>
        <message>
            <source>edited {field} of {source} (no net change)</source>
            <translation>تحرير {field} في {source} (دون تغيير فعلي)</translation>
        </message>
        <message>
            <source>edited {field} (no net change)</source>
            <translation>تحرير {field} (دون تغيير فعلي)</translation>
        </message>
        <message>
            <source>set {field}: {change}</source>
            <translation>تعيين {field}: {change}</translation>
        </message>
        <message>
            <source>created claim on {quote}</source>
            <translation>إنشاء ادعاء على {quote}</translation>
        </message>
        <message>
            <source>imported claim on {quote}</source>
            <translation>استيراد ادعاء على {quote}</translation>
        </message>
        <message>
            <source>corrected {field}: {change}</source>
            <translation>تصحيح {field}: {change}</translation>
        </message>
        <message>
            <source>correction note: {note}</source>
            <translation>ملاحظة التصحيح: {note}</translation>
        </message>
        <message>
            <source>withdrew a correction (undone)</source>
            <translation>سحب تصحيح (تم التراجع عنه)</translation>
        </message>
        <message>
            <source>verdict relabelled by a scale change: {old} -&gt; {new} (scale {scale})</source>
            <translation>إعادة تسمية الحكم بسبب تغيير المقياس: {old} -&gt; {new} (المقياس {scale})</translation>
        </message>
        <message>
            <source>verdict relabelled by a scale change: {old} -&gt; {new}</source>
            <translation>إعادة تسمية الحكم بسبب تغيير المقياس: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>imported newer {field}: {change}</source>
            <translation>استيراد {field} الأحدث: {change}</translation>
        </message>
        <message>
            <source>import kept newer {field}; older imported value: {value}</source>
            <translation>أبقى الاستيراد على {field} الأحدث؛ القيمة المستوردة الأقدم: {value}</translation>
        </message>
        <message>
            <source>import held for review (final claim, no correction note): {field} {value} not applied</source>
            <translation>استيراد معلّق للمراجعة (ادعاء نهائي، دون ملاحظة تصحيح): لم يُطبَّق {field} {value}</translation>
        </message>
        <message>
            <source>copied verdict and rationale from claim {claim}</source>
            <translation>نسخ الحكم والتعليل من الادعاء {claim}</translation>
        </message>
        <message>
            <source>adjusted span: {change} (characters {old} -&gt; {new})</source>
            <translation>ضبط النطاق: {change} (المحارف {old} -&gt; {new})</translation>
        </message>
        <message>
            <source>adjusted span: {change}</source>
            <translation>ضبط النطاق: {change}</translation>
        </message>
        <message>
            <source>re-anchored (version {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</source>
            <translation>إعادة الربط (الإصدار {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</translation>
        </message>
        <message>
            <source>re-attached (version {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</source>
            <translation>إعادة الإلحاق (الإصدار {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</translation>
        </message>
        <message>
            <source>anchor put back (version {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</source>
            <translation>إرجاع الربط (الإصدار {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</translation>
        </message>
        <message numerus="yes">
            <source>deleted claim on {quote} with %n source(s)</source>
            <translation>
                <numerusform>حذف الادعاء على {quote} مع %n مصدر</numerusform>
                <numerusform>حذف الادعاء على {quote} مع %n مصدر</numerusform>
                <numerusform>حذف الادعاء على {quote} مع %n مصدرين</numerusform>
                <numerusform>حذف الادعاء على {quote} مع %n مصادر</numerusform>
                <numerusform>حذف الادعاء على {quote} مع %n مصدرًا</numerusform>
                <numerusform>حذف الادعاء على {quote} مع %n مصدر</numerusform>
            </translation>
        </message>
        <message>
            <source>deleted claim on {quote}</source>
            <translation>حذف الادعاء على {quote}</translation>
        </message>
        <message numerus="yes">
            <source>restored claim with %n source(s)</source>
            <translation>
                <numerusform>استعادة الادعاء مع %n مصدر</numerusform>
                <numerusform>استعادة الادعاء مع %n مصدر</numerusform>
                <numerusform>استعادة الادعاء مع %n مصدرين</numerusform>
                <numerusform>استعادة الادعاء مع %n مصادر</numerusform>
                <numerusform>استعادة الادعاء مع %n مصدرًا</numerusform>
                <numerusform>استعادة الادعاء مع %n مصدر</numerusform>
            </translation>
        </message>
        <message>
            <source>restored claim</source>
            <translation>استعادة الادعاء</translation>
        </message>
        <message>
            <source>added source {url} ({details})</source>
            <translation>إضافة المصدر {url} ({details})</translation>
        </message>
        <message>
            <source>added source {url}</source>
            <translation>إضافة المصدر {url}</translation>
        </message>
        <message>
            <source>imported source {url} ({details})</source>
            <translation>استيراد المصدر {url} ({details})</translation>
        </message>
        <message>
            <source>imported source {url}</source>
            <translation>استيراد المصدر {url}</translation>
        </message>
        <message>
            <source>removed source {url} ({details})</source>
            <translation>إزالة المصدر {url} ({details})</translation>
        </message>
        <message>
            <source>removed source {url}</source>
            <translation>إزالة المصدر {url}</translation>
        </message>
        <message>
            <source>set {field} of {source}: {change}</source>
            <translation>تعيين {field} في {source}: {change}</translation>
        </message>
        <message>
            <source>imported newer {field} of {source}: {change}</source>
            <translation>استيراد {field} الأحدث في {source}: {change}</translation>
        </message>
        <message>
            <source>import kept newer {field} of {source}; older imported value: {value}</source>
            <translation>أبقى الاستيراد على {field} الأحدث في {source}؛ القيمة المستوردة الأقدم: {value}</translation>
        </message>
        <message>
            <source>moved {source} from position {old} to {new}</source>
            <translation>نقل {source} من الموضع {old} إلى {new}</translation>
        </message>
        <message>
            <source>added article {title}</source>
            <translation>إضافة المقال {title}</translation>
        </message>
        <message>
            <source>set article {field}: {change}</source>
            <translation>تعيين {field} للمقال: {change}</translation>
        </message>
        <message numerus="yes">
            <source>deleted article {title} with %n claim(s)</source>
            <translation>
                <numerusform>حذف المقال {title} مع %n ادعاء</numerusform>
                <numerusform>حذف المقال {title} مع %n ادعاء</numerusform>
                <numerusform>حذف المقال {title} مع %n ادعاءين</numerusform>
                <numerusform>حذف المقال {title} مع %n ادعاءات</numerusform>
                <numerusform>حذف المقال {title} مع %n ادعاءً</numerusform>
                <numerusform>حذف المقال {title} مع %n ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>deleted article {title}</source>
            <translation>حذف المقال {title}</translation>
        </message>
        <message>
            <source>new text version {version}: {note}</source>
            <translation>إصدار جديد من النص {version}: {note}</translation>
        </message>
        <message>
            <source>new text version {version}</source>
            <translation>إصدار جديد من النص {version}</translation>
        </message>
        <message>
            <source>took back text version {version}</source>
            <translation>التراجع عن إصدار النص {version}</translation>
        </message>
        <message>
            <source>changed setting {name}: {old} -&gt; {new}</source>
            <translation>تغيير الإعداد {name}: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>installed rating scale {name} (now the active scale)</source>
            <translation>تثبيت مقياس التقييم {name} (وهو الآن المقياس النشط)</translation>
        </message>
        <message>
            <source>installed rating scale {name}</source>
            <translation>تثبيت مقياس التقييم {name}</translation>
        </message>
        <message>
            <source>dismissed suggestion {sentence}</source>
            <translation>تجاهل الاقتراح {sentence}</translation>
        </message>
        <message>
            <source>brought back suggestion {sentence}</source>
            <translation>استعادة الاقتراح {sentence}</translation>
        </message>
        <message>
            <source>no verdict</source>
            <translation>بلا حكم</translation>
        </message>
        <message>
            <source>{reviewer}'s claim ({verdict}) [pass {pass_id}]</source>
            <translation>ادعاء {reviewer} ({verdict}) [الجولة {pass_id}]</translation>
        </message>
        <message>
            <source>{reviewer}'s claim ({verdict})</source>
            <translation>ادعاء {reviewer} ({verdict})</translation>
        </message>
        <message>
            <source>curated: taken from the review passes: {origins}</source>
            <translation>توحيد: مأخوذ من جولات المراجعة: {origins}</translation>
        </message>
        <message>
            <source>curated: merged from the review passes: {origins}</source>
            <translation>توحيد: مدموج من جولات المراجعة: {origins}</translation>
        </message>
        <message>
            <source>curated: final judgement over the review passes: {origins}</source>
            <translation>توحيد: حكم نهائي على جولات المراجعة: {origins}</translation>
        </message>
        <message>
            <source>curated: curated from the review passes: {origins}</source>
            <translation>توحيد: موحَّد من جولات المراجعة: {origins}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between items</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>{action} {entity}</source>
            <comment>an event of another kind: what was done to what</comment>
            <translation>{action} {entity}</translation>
        </message>
        <message>
            <source>{event} {field}: {change}</source>
            <translation>{event}، {field}: {change}</translation>
        </message>
        <message>
            <source>made rating scale {name} the active scale</source>
            <translation>جعل مقياس التقييم {name} المقياس النشط</translation>
        </message>
        <message>
            <source>edited rating scale {name}</source>
            <translation>تحرير مقياس التقييم {name}</translation>
        </message>
        <message>
            <source>changed its labels</source>
            <translation>تغيير تسمياته</translation>
        </message>
        <message>
            <source>verdict {old} now reads {new}</source>
            <translation>الحكم {old} أصبح {new}</translation>
        </message>
        <message>
            <source>kept as retired labels: {labels}</source>
            <translation>أُبقيت كتسميات متقاعدة: {labels}</translation>
        </message>
        <message numerus="yes">
            <source>relabelled %n claim(s)</source>
            <translation>
                <numerusform>إعادة تسمية %n ادعاء</numerusform>
                <numerusform>إعادة تسمية %n ادعاء</numerusform>
                <numerusform>إعادة تسمية %n ادعاءين</numerusform>
                <numerusform>إعادة تسمية %n ادعاءات</numerusform>
                <numerusform>إعادة تسمية %n ادعاءً</numerusform>
                <numerusform>إعادة تسمية %n ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>with {field} {value}</source>
            <translation>مع {field} {value}</translation>
        </message>
        <message>
            <source>{field} {value}</source>
            <comment>a source's detail</comment>
            <translation>{field} {value}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between details</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
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
        <name>JoinPart</name>
        <message>
            <source>Only part of the team database</source>
            <translation>جزء فقط من قاعدة بيانات الفريق</translation>
        </message>
        <message>
            <source>Herald, Courier</source>
            <translation>Herald, Courier</translation>
        </message>
        <message>
            <source>Outlets to join</source>
            <translation>الوسائل الإعلامية المطلوب الانضمام إليها</translation>
        </message>
        <message>
            <source>Outlet names separated by commas; empty for every outlet</source>
            <translation>أسماء الوسائل الإعلامية مفصولة بفواصل؛ اتركه فارغًا لكل الوسائل</translation>
        </message>
        <message>
            <source>Articles dated from</source>
            <translation>المقالات المؤرخة من</translation>
        </message>
        <message>
            <source>Articles dated until</source>
            <translation>المقالات المؤرخة حتى</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>&amp;Outlets:</source>
            <translation>ال&amp;وسائل الإعلامية:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>م&amp;ن:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;حتى:</translation>
        </message>
        <message>
            <source>Dates are written as YYYY-MM-DD, for example 2026-03-01.</source>
            <translation>تُكتب التواريخ بالصيغة YYYY-MM-DD، مثل 2026-03-01.</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Main Toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;شريط الأدوات</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>للقراءة فقط</translation>
        </message>
        <message>
            <source>This database is open read-only (opened so, or its file or folder cannot be written): you can read, search and export, but not change it.</source>
            <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط (فُتحت هكذا، أو تتعذّر الكتابة في ملفها أو مجلدها): يمكنك القراءة والبحث والتصدير، لا التعديل.</translation>
        </message>
        <message>
            <source>&amp;Search the Library</source>
            <translation>ا&amp;بحث في المكتبة</translation>
        </message>
        <message>
            <source>Type words of a title, an outlet or a kept source to narrow the library</source>
            <translation>اكتب كلمات من عنوان أو وسيلة إعلامية أو مصدر محفوظ لتضييق المكتبة</translation>
        </message>
        <message>
            <source>{app} — {file} (read-only)</source>
            <translation>{app} — {file} (للقراءة فقط)</translation>
        </message>
        <message>
            <source>{app} — {file}</source>
            <translation>{app} — {file}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>م&amp;قال</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>ا&amp;دعاء</translation>
        </message>
        <message>
            <source>&amp;Sources</source>
            <translation>م&amp;صادر</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>فتح ملف &amp;حديث</translation>
        </message>
        <message>
            <source>Export &amp;CSV</source>
            <translation>تصدير &amp;CSV</translation>
        </message>
        <message>
            <source>Set &amp;Verdict</source>
            <translation>حدّد ال&amp;حكم</translation>
        </message>
        <message>
            <source>Adjust &amp;Span</source>
            <translation>اضبط ال&amp;نطاق</translation>
        </message>
        <message>
            <source>Su&amp;ggestions</source>
            <translation>اق&amp;تراحات</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Unsaved change</source>
            <translation>تغيير غير محفوظ</translation>
        </message>
        <message>
            <source>Your last change could not be saved. Close anyway and lose it?</source>
            <translation>تعذّر حفظ آخر تغيير أجريته. هل تغلق على أي حال وتفقده؟</translation>
        </message>
    </context>
    <context>
        <name>OfflineQueue</name>
        <message numerus="yes">
            <source>%n copy(s) waiting</source>
            <extracomment>Starts fetching a source's copy in the background (the web controller's keep_copy).</extracomment>
            <translation>
                <numerusform>لا نسخ في الانتظار</numerusform>
                <numerusform>نسخة واحدة في الانتظار</numerusform>
                <numerusform>نسختان في الانتظار</numerusform>
                <numerusform>%Ln نسخ في الانتظار</numerusform>
                <numerusform>%Ln نسخة في الانتظار</numerusform>
                <numerusform>%Ln نسخة في الانتظار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link check(s) waiting</source>
            <translation>
                <numerusform>لا فحوص روابط في الانتظار</numerusform>
                <numerusform>فحص رابط واحد في الانتظار</numerusform>
                <numerusform>فحصا رابطين في الانتظار</numerusform>
                <numerusform>%Ln فحوص روابط في الانتظار</numerusform>
                <numerusform>%Ln فحصًا للروابط في الانتظار</numerusform>
                <numerusform>%Ln فحص روابط في الانتظار</numerusform>
            </translation>
        </message>
        <message>
            <source>{waiting} (offline since {when})</source>
            <translation>{waiting} (دون اتصال منذ {when})</translation>
        </message>
        <message>
            <source>The link checks could not be saved: {error}</source>
            <translation>تعذّر حفظ فحوص الروابط: {error}</translation>
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
        <name>PanesController</name>
        <message>
            <source>&amp;Library</source>
            <translation>ال&amp;مكتبة</translation>
        </message>
        <message>
            <source>Show the library</source>
            <translation>اعرض المكتبة</translation>
        </message>
        <message>
            <source>&amp;Claims Table</source>
            <translation>جدول ال&amp;ادعاءات</translation>
        </message>
        <message>
            <source>Show the claims table</source>
            <translation>اعرض جدول الادعاءات</translation>
        </message>
        <message>
            <source>Claim &amp;Inspector</source>
            <translation>لوحة &amp;تفاصيل الادعاء</translation>
        </message>
        <message>
            <source>Show the claim inspector</source>
            <translation>اعرض لوحة تفاصيل الادعاء</translation>
        </message>
        <message>
            <source>Claims Table &amp;Beside the Text</source>
            <translation>جدول الادعاءات &amp;بجانب النص</translation>
        </message>
        <message>
            <source>Show the claims table to the right of the article instead of below it</source>
            <translation>اعرض جدول الادعاءات بجانب المقال بدلًا من أسفله</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>Reviewer name</source>
            <translation>اسم المراجع</translation>
        </message>
        <message>
            <source>&amp;Reviewer name:</source>
            <translation>اسم ال&amp;مراجع:</translation>
        </message>
        <message>
            <source>Stamped on the changes you make from now on.</source>
            <translation>يُسجَّل على التغييرات التي تجريها من الآن فصاعدًا.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>مثل النظام</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>ال&amp;لغة:</translation>
        </message>
        <message>
            <source>A new language shows the next time the app starts.</source>
            <translation>تظهر اللغة الجديدة عند تشغيل التطبيق في المرة القادمة.</translation>
        </message>
        <message>
            <source>Reading and &amp;Theme…</source>
            <translation>القراءة و&amp;السمة…</translation>
        </message>
        <message>
            <source>The article's font, text size and reading width, and a light or dark window (this computer)</source>
            <translation>خط المقال وحجم النص وعرض القراءة، ونافذة فاتحة أو داكنة (هذا الحاسوب)</translation>
        </message>
        <message>
            <source>Reading:</source>
            <translation>القراءة:</translation>
        </message>
        <message>
            <source>Final and published claims need a &amp;verdict, a rationale and sources</source>
            <translation>تحتاج الادعاءات النهائية والمنشورة إلى &amp;حكم وتعليل ومصادر</translation>
        </message>
        <message>
            <source>Sources a final claim needs</source>
            <translation>المصادر التي يحتاجها الادعاء النهائي</translation>
        </message>
        <message>
            <source> source(s)</source>
            <translation> مصدر/مصادر</translation>
        </message>
        <message>
            <source>At &amp;least:</source>
            <translation>على الأ&amp;قل:</translation>
        </message>
        <message>
            <source>AFP's practice is at least 2 independent sources for a central claim; IFCN asks for sources readers can use to repeat the check.</source>
            <translation>تعتمد AFP مصدرين مستقلين على الأقل للادعاء المحوري؛ وتطلب IFCN مصادر يستطيع القرّاء استخدامها لتكرار التحقق.</translation>
        </message>
        <message>
            <source>A &amp;second reviewer approves final claims</source>
            <translation>يوافق مراجع &amp;ثانٍ على الادعاءات النهائية</translation>
        </message>
        <message>
            <source>Only someone other than the reviewer who last set the verdict can make a claim final (for example from Needs review).</source>
            <translation>لا يستطيع جعل الادعاء نهائيًا إلا شخص غير المراجع الذي حدّد الحكم آخر مرة (مثلًا من حالة يحتاج إلى مراجعة).</translation>
        </message>
        <message>
            <source>The team &amp;publishes: offer the status “Published”</source>
            <translation>الفريق &amp;ينشر: أتِح الحالة «منشور»</translation>
        </message>
        <message>
            <source>Workflow (this database: {name})</source>
            <translation>سير العمل (قاعدة البيانات هذه: {name})</translation>
        </message>
        <message>
            <source>Workflow (this database)</source>
            <translation>سير العمل (قاعدة البيانات هذه)</translation>
        </message>
        <message>
            <source>Saved in the database, so everyone who opens it works to the same rules. Claims already final stay as they are.</source>
            <translation>تُحفظ في قاعدة البيانات، فيعمل كل من يفتحها بالقواعد نفسها. تبقى الادعاءات النهائية كما هي.</translation>
        </message>
        <message>
            <source>This database is open read-only: its rules are shown, not changed.</source>
            <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط: تُعرض قواعدها ولا تُغيَّر.</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>ReadingController</name>
        <message>
            <source>&amp;Larger Text</source>
            <translation>نص أ&amp;كبر</translation>
        </message>
        <message>
            <source>Make the article's text larger</source>
            <translation>كبّر نص المقال</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>نص أ&amp;صغر</translation>
        </message>
        <message>
            <source>Make the article's text smaller</source>
            <translation>صغّر نص المقال</translation>
        </message>
        <message>
            <source>&amp;Normal Text Size</source>
            <translation>حجم النص ال&amp;عادي</translation>
        </message>
        <message>
            <source>Show the article's text at its normal size</source>
            <translation>اعرض نص المقال بحجمه العادي</translation>
        </message>
        <message>
            <source>&amp;Reading and Theme…</source>
            <translation>ال&amp;قراءة والسمة…</translation>
        </message>
        <message>
            <source>The article's font, text size and reading width, and light or dark</source>
            <translation>خط المقال وحجم النص وعرض القراءة، وفاتح أو داكن</translation>
        </message>
    </context>
    <context>
        <name>ReadingDialog</name>
        <message>
            <source>Reading and Theme</source>
            <translation>القراءة والسمة</translation>
        </message>
        <message>
            <source>Article font</source>
            <translation>خط المقال</translation>
        </message>
        <message>
            <source>Serif (the app's choice)</source>
            <translation>خط مذيَّل (اختيار التطبيق)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> نقطة</translation>
        </message>
        <message>
            <source>Reading width</source>
            <translation>عرض القراءة</translation>
        </message>
        <message>
            <source> characters a line at most</source>
            <translation> حرفًا في السطر على الأكثر</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>Article &amp;font:</source>
            <translation>&amp;خط المقال:</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>&amp;حجم النص:</translation>
        </message>
        <message>
            <source>Reading &amp;width:</source>
            <translation>&amp;عرض القراءة:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>ال&amp;سمة:</translation>
        </message>
        <message>
            <source>Ctrl++ and Ctrl+- change the text size from the keyboard, Ctrl+0 sets it back. Saved on this computer.</source>
            <translation>يغيّر Ctrl++ و Ctrl+- حجم النص من لوحة المفاتيح، ويعيده Ctrl+0. يُحفظ على هذا الحاسوب.</translation>
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
        <name>RestoreController</name>
        <message>
            <source>Database backups</source>
            <translation>النسخ الاحتياطية لقاعدة البيانات</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>كل الملفات</translation>
        </message>
        <message>
            <source>Restore from &amp;Backup…</source>
            <translation>استعد من &amp;نسخة احتياطية…</translation>
        </message>
        <message>
            <source>Replace the open database with one of its backups (checked first)</source>
            <translation>استبدل بقاعدة البيانات المفتوحة إحدى نسخها الاحتياطية (بعد فحصها)</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Replace the open database with the backup {name}?

The database as it is now is kept in {folder}, and the undo history of this session ends here.</source>
            <translation>هل تستبدل بقاعدة البيانات المفتوحة النسخة الاحتياطية {name}؟

تُحفظ قاعدة البيانات بحالتها الحالية في {folder}، وينتهي هنا سجل التراجع لهذه الجلسة.</translation>
        </message>
        <message>
            <source>Cannot restore this backup</source>
            <translation>تتعذّر استعادة هذه النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>Could not restore the backup</source>
            <translation>تعذّرت استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>{problem}

Nothing was changed.</source>
            <translation>{problem}

لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Restored {name} from {backup}. The previous state is kept as {kept}.</source>
            <translation>استُعيد {name} من {backup}. الحالة السابقة محفوظة باسم {kept}.</translation>
        </message>
        <message>
            <source>Restored {name} from {backup}.</source>
            <translation>استُعيد {name} من {backup}.</translation>
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
        <name>ReviewerDialog</name>
        <message>
            <source>Your Name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <source>Every change you make is stamped with your name, so that colleagues can see who checked what. You can change it later in Preferences.</source>
            <translation>يُسجَّل اسمك على كل تغيير تجريه، ليرى زملاؤك من دقّق ماذا. يمكنك تغييره لاحقًا في التفضيلات.</translation>
        </message>
        <message>
            <source>The name stamped on the changes you make from now on.</source>
            <translation>الاسم المسجَّل على التغييرات التي تجريها من الآن فصاعدًا.</translation>
        </message>
        <message>
            <source>Reviewer name</source>
            <translation>اسم المراجع</translation>
        </message>
        <message>
            <source>&amp;Reviewer name:</source>
            <translation>اسم ال&amp;مراجع:</translation>
        </message>
    </context>
    <context>
        <name>SaveBanner</name>
        <message>
            <source>Retry</source>
            <translation>أعد المحاولة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Not saved: {problem} Your change is still on screen; press Retry when the problem is fixed.</source>
            <translation>لم يُحفظ: {problem} ما زال تغييرك على الشاشة؛ اضغط «أعد المحاولة» بعد حل المشكلة.</translation>
        </message>
        <message>
            <source>Not done: {problem}</source>
            <translation>لم يتم: {problem}</translation>
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
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>anywhere</source>
            <translation>في أي مكان</translation>
        </message>
        <message>
            <source>in the article text</source>
            <translation>في نص المقال</translation>
        </message>
        <message>
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message>
            <source>in the claim inspector</source>
            <translation>في لوحة تفاصيل الادعاء</translation>
        </message>
        <message>
            <source>in the article text or the claims table</source>
            <translation>في نص المقال أو جدول الادعاءات</translation>
        </message>
        <message>
            <source>in the find bar</source>
            <translation>في شريط البحث</translation>
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
            <source>YYYY-MM-DD</source>
            <comment>the date format typed in the field</comment>
            <translation>سنة-شهر-يوم (YYYY-MM-DD)</translation>
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
            <translation>للتدقيق</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد العمل</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>يحتاج إلى مراجعة</translation>
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
            <extracomment>The Assigned to me filters (set by the window), shown while in a team. Assign to… in the library's and claims table's context menus (set by the window).</extracomment>
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
        <name>Theme</name>
        <message>
            <source>Same as the system</source>
            <translation>مثل النظام</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
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
        <name>VersionConflict</name>
        <message>
            <source>text version {number}</source>
            <translation>إصدار النص {number}</translation>
        </message>
        <message>
            <source>current text</source>
            <translation>النص الحالي</translation>
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
    <context>
        <name>Web</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>ok</source>
            <extracomment>What a link check found, as the window says it (the states are data).</extracomment>
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
            <extracomment>Copies being fetched in the background, by source id. Copies and checks that got no answer, tried again by themselves (also after a restart: the queue is in the database).</extracomment>
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
    <context>
        <name>Workflow</name>
        <message>
            <source>verdict</source>
            <extracomment>What a correction may change that needs a note (IFCN: corrections are visible).</extracomment>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>التعليل</translation>
        </message>
        <message numerus="yes">
            <source>%n more source(s)</source>
            <extracomment>Final and published claims need a verdict, a rationale and `min_sources`. Going final needs a reviewer other than the one who last set the verdict. Offer the "published" status in the window (a team that publishes).</extracomment>
            <translation>
                <numerusform>%n مصدر إضافي</numerusform>
                <numerusform>%n مصدر إضافي</numerusform>
                <numerusform>%n مصدران إضافيان</numerusform>
                <numerusform>%n مصادر إضافية</numerusform>
                <numerusform>%n مصدرًا إضافيًا</numerusform>
                <numerusform>%n مصدر إضافي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n مصدر</numerusform>
                <numerusform>%n مصدر</numerusform>
                <numerusform>%n مصدران</numerusform>
                <numerusform>%n مصادر</numerusform>
                <numerusform>%n مصدرًا</numerusform>
                <numerusform>%n مصدر</numerusform>
            </translation>
        </message>
        <message>
            <source>a verdict</source>
            <translation>حكم</translation>
        </message>
        <message>
            <source>a rationale</source>
            <translation>تعليل</translation>
        </message>
        <message>
            <source>approval by a reviewer other than {reviewer}, who set its verdict</source>
            <translation>موافقة مراجع غير {reviewer} الذي حدّد حكمه</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} و{last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between items</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>Claim can't be {status} yet: it needs {missing}.</source>
            <translation>لا يمكن أن يكون الادعاء «{status}» بعد: يحتاج إلى {missing}.</translation>
        </message>
        <message>
            <source>Claim can't stay {status}: it would need {missing}; set its status back first to make this change.</source>
            <translation>لا يمكن أن يبقى الادعاء «{status}»: سيحتاج إلى {missing}؛ أعد حالته أولًا لإجراء هذا التغيير.</translation>
        </message>
        <message>
            <source>Final needs: {missing}</source>
            <translation>ينقص للحالة النهائية: {missing}</translation>
        </message>
        <message>
            <source>{status}, short of the current rules: {missing}</source>
            <translation>{status}، ناقص وفق القواعد الحالية: {missing}</translation>
        </message>
        <message>
            <source>Claim was final before with another {fields}: marking it {status} again is a correction and needs a short correction note.</source>
            <translation>كان الادعاء نهائيًا من قبل بقيمة أخرى لـ{fields}: ووضعه «{status}» مجددًا تصحيح يحتاج إلى ملاحظة تصحيح قصيرة.</translation>
        </message>
        <message>
            <source>Claim was final before (now {status}): changing its {fields} is a correction and needs a short correction note.</source>
            <translation>كان الادعاء نهائيًا من قبل (الآن «{status}»): تغيير {fields} تصحيح يحتاج إلى ملاحظة تصحيح قصيرة.</translation>
        </message>
        <message>
            <source>Claim is {status}: changing its {fields} is a correction and needs a short correction note.</source>
            <translation>الادعاء «{status}»: تغيير {fields} تصحيح يحتاج إلى ملاحظة تصحيح قصيرة.</translation>
        </message>
    </context>
</TS>
