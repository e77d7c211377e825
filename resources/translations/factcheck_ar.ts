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
</TS>
