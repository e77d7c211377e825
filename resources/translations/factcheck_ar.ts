<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
