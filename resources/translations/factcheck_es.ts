<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Overview</name>
        <message>
            <source>No claims yet</source>
            <translation>Aún no hay afirmaciones</translation>
        </message>
        <message>
            <source>Mark claims in your articles and give them verdicts: this overview then counts them by verdict, status, outlet, reviewer and date, and every bar shows you the claims behind it.</source>
            <translation>Marque afirmaciones en sus artículos y asígneles veredictos: este resumen las contará por veredicto, estado, medio, revisor y fecha, y cada barra mostrará las afirmaciones que hay detrás.</translation>
        </message>
        <message>
            <source>Claims assigned to each reviewer (directly or through their article)</source>
            <translation>Afirmaciones asignadas a cada revisor (directamente o a través de su artículo)</translation>
        </message>
        <message>
            <source>Clear Filter</source>
            <translation>Quitar filtro</translation>
        </message>
        <message>
            <source>Show every claim again (Esc)</source>
            <translation>Volver a mostrar todas las afirmaciones (Esc)</translation>
        </message>
        <message>
            <source>Claims by verdict</source>
            <translation>Afirmaciones por veredicto</translation>
        </message>
        <message>
            <source>Claims by status</source>
            <translation>Afirmaciones por estado</translation>
        </message>
        <message>
            <source>Claims by reviewer</source>
            <translation>Afirmaciones por revisor</translation>
        </message>
        <message>
            <source>Claims by outlet</source>
            <translation>Afirmaciones por medio</translation>
        </message>
        <message>
            <source>Claims created over time</source>
            <translation>Afirmaciones creadas a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Colour the columns by</source>
            <translation>Colorear las columnas por</translation>
        </message>
        <message>
            <source>By verdict</source>
            <translation>Por veredicto</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>Por estado</translation>
        </message>
        <message>
            <source>Column width</source>
            <translation>Ancho de columna</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Semanas</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Meses</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Revisor</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creación</translation>
        </message>
        <message>
            <source>Reviews: agreement and calibration</source>
            <translation>Revisiones: concordancia y calibración</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Library Overview — {file}</source>
            <translation>Resumen de la biblioteca — {file}</translation>
        </message>
        <message>
            <source>Could not count the claims: {error}</source>
            <translation>No se pudieron contar las afirmaciones: {error}</translation>
        </message>
        <message>
            <source>Assigned: {people}</source>
            <translation>Asignadas: {people}</translation>
        </message>
        <message numerus="yes">
            <source>Show the top %n</source>
            <translation>
                <numerusform>Mostrar el primero</numerusform>
                <numerusform>Mostrar los %n primeros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show all %n outlet(s)</source>
            <translation>
                <numerusform>Mostrar el único medio</numerusform>
                <numerusform>Mostrar los %n medios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show all %n reviewer(s)</source>
            <translation>
                <numerusform>Mostrar el único revisor</numerusform>
                <numerusform>Mostrar los %n revisores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) in the library</source>
            <translation>
                <numerusform>%n afirmación en la biblioteca</numerusform>
                <numerusform>%n afirmaciones en la biblioteca</numerusform>
            </translation>
        </message>
        <message>
            <source>All claims ({count})</source>
            <translation>Todas las afirmaciones ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n claim(s):</source>
            <translation>
                <numerusform>{shown} de %n afirmación:</numerusform>
                <numerusform>{shown} de %n afirmaciones:</numerusform>
            </translation>
        </message>
        <message>
            <source>Claims matching the filter ({count})</source>
            <translation>Afirmaciones que cumplen el filtro ({count})</translation>
        </message>
        <message>
            <source>Created: {period}</source>
            <translation>Creación: {period}</translation>
        </message>
        <message>
            <source>Click to remove this filter.</source>
            <translation>Haga clic para quitar este filtro.</translation>
        </message>
        <message>
            <source>Remove filter {filter}</source>
            <translation>Quitar el filtro {filter}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
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
                <numerusform>%n afirmación ({percent})</numerusform>
                <numerusform>%n afirmaciones ({percent})</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to show only these claims; click again to show all.</source>
            <translation>Haga clic para mostrar solo estas afirmaciones; vuelva a hacer clic para mostrarlas todas.</translation>
        </message>
        <message>
            <source>Click again to remove this filter.</source>
            <translation>Vuelva a hacer clic para quitar este filtro.</translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n claim(s), filtered</source>
            <translation>
                <numerusform>{label}: %n afirmación, filtrado</numerusform>
                <numerusform>{label}: %n afirmaciones, filtrado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n claim(s)</source>
            <translation>
                <numerusform>{label}: %n afirmación</numerusform>
                <numerusform>{label}: %n afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>No claims</source>
            <extracomment>The keys that step to the previous and the next item.</extracomment>
            <translation>Sin afirmaciones</translation>
        </message>
        <message>
            <source>Week of {start} (to {end})</source>
            <translation>Semana del {start} (al {end})</translation>
        </message>
        <message>
            <source>Claims over time</source>
            <translation>Afirmaciones a lo largo del tiempo</translation>
        </message>
        <message numerus="yes">
            <source>{period}: %n claim(s)</source>
            <translation>
                <numerusform>{period}: %n afirmación</numerusform>
                <numerusform>{period}: %n afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{label}: {count}</source>
            <translation>{label}: {count}</translation>
        </message>
        <message>
            <source>Click to show only these claims.</source>
            <translation>Haga clic para mostrar solo estas afirmaciones.</translation>
        </message>
    </context>
    <context>
        <name>OverviewClaims</name>
        <message>
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Revisor</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creación</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Sin veredicto</translation>
        </message>
        <message>
            <source>To check</source>
            <translation>Por verificar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Requiere revisión</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicado</translation>
        </message>
        <message>
            <source>Claims matching the filter</source>
            <translation>Afirmaciones que cumplen el filtro</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Afirmaciones</translation>
        </message>
        <message>
            <source>Enter or double-click opens a claim in the main window.</source>
            <translation>Enter o doble clic abre una afirmación en la ventana principal.</translation>
        </message>
    </context>
    <context>
        <name>OverviewController</name>
        <message>
            <source>Library &amp;Overview</source>
            <translation>&amp;Resumen de la biblioteca</translation>
        </message>
        <message>
            <source>Charts of every claim by verdict, status, outlet, reviewer and date</source>
            <translation>Gráficos de todas las afirmaciones por veredicto, estado, medio, revisor y fecha</translation>
        </message>
    </context>
    <context>
        <name>OverviewFilter</name>
        <message>
            <source>No outlet</source>
            <translation>Sin medio</translation>
        </message>
        <message>
            <source>No reviewer</source>
            <translation>Sin revisor</translation>
        </message>
        <message>
            <source>Verdict: {value}</source>
            <translation>Veredicto: {value}</translation>
        </message>
        <message>
            <source>Status: {value}</source>
            <translation>Estado: {value}</translation>
        </message>
        <message>
            <source>Outlet: {value}</source>
            <translation>Medio: {value}</translation>
        </message>
        <message>
            <source>Reviewer: {value}</source>
            <translation>Revisor: {value}</translation>
        </message>
        <message>
            <source>{verdict} (not on the scale)</source>
            <translation>{verdict} (fuera de la escala)</translation>
        </message>
    </context>
    <context>
        <name>OverviewReviews</name>
        <message>
            <source>n/a</source>
            <comment>no value</comment>
            <translation>n/d</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s), reviewers: {names}</source>
            <translation>
                <numerusform>%n artículo, revisores: {names}</numerusform>
                <numerusform>%n artículos, revisores: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Claims found by all / some / one: {all} / {some} / {one}</source>
            <translation>Afirmaciones halladas por todos / algunos / uno: {all} / {some} / {one}</translation>
        </message>
        <message>
            <source>Unitizing alpha (spans): {value}</source>
            <translation>Alfa de unitización (tramos): {value}</translation>
        </message>
        <message numerus="yes">
            <source>Verdict alpha: {nominal} nominal, {ordinal} ordinal (%n matched)</source>
            <translation>
                <numerusform>Alfa de veredictos: {nominal} nominal, {ordinal} ordinal (%n emparejada)</numerusform>
                <numerusform>Alfa de veredictos: {nominal} nominal, {ordinal} ordinal (%n emparejadas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohen's kappa (verdicts): {value}</source>
            <translation>Kappa de Cohen (veredictos): {value}</translation>
        </message>
        <message>
            <source>Status alpha: {value}</source>
            <translation>Alfa de estado: {value}</translation>
        </message>
        <message>
            <source>Calibration per reviewer over time</source>
            <translation>Calibración por revisor a lo largo del tiempo</translation>
        </message>
        <message>
            <source>{name}: {shares}</source>
            <translation>{name}: {shares}</translation>
        </message>
        <message>
            <source>Verdicts matching the curated result, pass by pass:</source>
            <translation>Veredictos que coinciden con el resultado consolidado, pasada por pasada:</translation>
        </message>
        <message>
            <source>No curated passes yet</source>
            <translation>Aún no hay pasadas consolidadas</translation>
        </message>
        <message>
            <source>Calibration: verdicts matching the curated result, per pass</source>
            <translation>Calibración: veredictos que coinciden con el resultado consolidado, por pasada</translation>
        </message>
        <message>
            <source>Could not compute the review figures: {error}</source>
            <translation>No se pudieron calcular las cifras de revisión: {error}</translation>
        </message>
    </context>
</TS>
