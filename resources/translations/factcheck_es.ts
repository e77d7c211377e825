<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>BlindReview</name>
        <message>
            <source>Open My Pass</source>
            <extracomment>Actions that make article claims: off while the article is blind for me.</extracomment>
            <translation>Abrir mi pasada</translation>
        </message>
        <message>
            <source>Start &amp;Blind Review…</source>
            <translation>Iniciar revisión a &amp;ciegas…</translation>
        </message>
        <message>
            <source>Put this article up for independent checks by named reviewers</source>
            <translation>Someter este artículo a comprobaciones independientes de revisores designados</translation>
        </message>
        <message>
            <source>&amp;My Review Pass…</source>
            <translation>&amp;Mi pasada de revisión…</translation>
        </message>
        <message>
            <source>Your own blind check of this article</source>
            <translation>Su propia comprobación a ciegas de este artículo</translation>
        </message>
        <message>
            <source>Compare Revie&amp;ws…</source>
            <translation>Comparar re&amp;visiones…</translation>
        </message>
        <message>
            <source>The reviewers' done passes side by side; curate the article's claims</source>
            <translation>Las pasadas terminadas de los revisores, lado a lado; consolidar las afirmaciones del artículo</translation>
        </message>
        <message>
            <source>You ({name}) are checking this article blind: its claims and the other reviewers' are hidden until you mark your pass done.</source>
            <translation>Usted ({name}) está comprobando este artículo a ciegas: sus afirmaciones y las de los demás revisores quedan ocultas hasta que marque su pasada como terminada.</translation>
        </message>
        <message>
            <source>Start Blind Review</source>
            <translation>Iniciar revisión a ciegas</translation>
        </message>
        <message>
            <source>Reviewers who check this article independently (names, separated by commas):</source>
            <translation>Revisores que comprueban este artículo de forma independiente (nombres, separados por comas):</translation>
        </message>
        <message>
            <source>Blind review started for {names}</source>
            <translation>Revisión a ciegas iniciada para {names}</translation>
        </message>
        <message>
            <source>No review pass</source>
            <translation>No hay pasada de revisión</translation>
        </message>
        <message>
            <source>{name} has no review pass on this article.</source>
            <translation>{name} no tiene ninguna pasada de revisión en este artículo.</translation>
        </message>
        <message>
            <source>Cannot compare reviews</source>
            <translation>No se pueden comparar las revisiones</translation>
        </message>
    </context>
    <context>
        <name>ColourPreview</name>
        <message>
            <source>Fares rose by 18% last year</source>
            <translation>Las tarifas subieron un 18% el año pasado</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>How the colour looks on light and dark backgrounds</source>
            <translation>Cómo se ve el color sobre fondos claros y oscuros</translation>
        </message>
        <message>
            <source>No colour</source>
            <translation>Sin color</translation>
        </message>
    </context>
    <context>
        <name>CompareReviews</name>
        <message>
            <source>Quote</source>
            <translation>Cita</translation>
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
            <source>Rationale</source>
            <translation>Justificación</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>n/a</source>
            <comment>no value</comment>
            <translation>n/d</translation>
        </message>
        <message>
            <source>Compare Reviews</source>
            <translation>Comparar revisiones</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>Texto del artículo</translation>
        </message>
        <message>
            <source>Claims coloured by who found them: all reviewers, some or one; the claim groups table lists the same</source>
            <translation>Afirmaciones coloreadas según quién las encontró: todos los revisores, algunos o uno; la tabla de grupos de afirmaciones muestra lo mismo</translation>
        </message>
        <message>
            <source>Claim groups</source>
            <translation>Grupos de afirmaciones</translation>
        </message>
        <message>
            <source>One row per claim: who found it, each reviewer's verdict and status, and whether it is curated</source>
            <translation>Una fila por afirmación: quién la encontró, el veredicto y el estado de cada revisor, y si está consolidada</translation>
        </message>
        <message>
            <source>Claims of the selected groups</source>
            <translation>Afirmaciones de los grupos seleccionados</translation>
        </message>
        <message>
            <source>Each reviewer's quote, verdict, status, rationale and sources side by side</source>
            <translation>La cita, el veredicto, el estado, la justificación y las fuentes de cada revisor, lado a lado</translation>
        </message>
        <message>
            <source>Take the claim of</source>
            <translation>Tomar la afirmación de</translation>
        </message>
        <message>
            <source>&amp;Take Claim</source>
            <translation>&amp;Tomar afirmación</translation>
        </message>
        <message>
            <source>Make the article's claim from this reviewer's claim</source>
            <translation>Crear la afirmación del artículo a partir de la de este revisor</translation>
        </message>
        <message>
            <source>&amp;Merge Selected</source>
            <translation>&amp;Combinar seleccionadas</translation>
        </message>
        <message>
            <source>One article claim from every claim in the selected rows: the span covering them, every rationale and source</source>
            <translation>Una sola afirmación del artículo a partir de todas las de las filas seleccionadas: el tramo que las abarca, todas las justificaciones y fuentes</translation>
        </message>
        <message>
            <source>Final &amp;Judgement…</source>
            <translation>&amp;Dictamen final…</translation>
        </message>
        <message>
            <source>Write the final verdict and rationale for the selected claims; they become one final article claim</source>
            <translation>Escribir el veredicto y la justificación finales de las afirmaciones seleccionadas; se convierten en una única afirmación final del artículo</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>De:</translation>
        </message>
        <message>
            <source>Reviewers: {names}</source>
            <translation>Revisores: {names}</translation>
        </message>
        <message>
            <source>Reviewers: no pass done yet</source>
            <translation>Revisores: aún no hay pasadas terminadas</translation>
        </message>
        <message>
            <source>Marked: {all} claims found by all, {some} by some, {one} by one (unmatched)   ·   unitizing alpha {alpha}</source>
            <translation>Marcadas: {all} afirmaciones halladas por todos, {some} por algunos, {one} por uno (sin pareja)   ·   alfa de unitización {alpha}</translation>
        </message>
        <message numerus="yes">
            <source>Judged (%n matched): verdict alpha {nominal} nominal, {ordinal} ordinal</source>
            <translation>
                <numerusform>Juzgadas (%n emparejada): alfa de veredictos {nominal} nominal, {ordinal} ordinal</numerusform>
                <numerusform>Juzgadas (%n emparejadas): alfa de veredictos {nominal} nominal, {ordinal} ordinal</numerusform>
            </translation>
        </message>
        <message>
            <source>Cohen's kappa {value}</source>
            <translation>kappa de Cohen {value}</translation>
        </message>
        <message>
            <source>same verdict {verdict}   ·   same status {status}</source>
            <translation>mismo veredicto {verdict}   ·   mismo estado {status}</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>Hallada por</translation>
        </message>
        <message>
            <source>Curated</source>
            <translation>Consolidada</translation>
        </message>
        <message>
            <source>all</source>
            <comment>found by all</comment>
            <translation>todos</translation>
        </message>
        <message>
            <source>some: {names}</source>
            <translation>algunos: {names}</translation>
        </message>
        <message>
            <source>one: {names}</source>
            <translation>uno: {names}</translation>
        </message>
        <message>
            <source>Final Judgement</source>
            <translation>Dictamen final</translation>
        </message>
        <message>
            <source>No verdict</source>
            <translation>Sin veredicto</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>&amp;Veredicto:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Justificación:</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message>
            <source>Address: {url}</source>
            <translation>Dirección: {url}</translation>
        </message>
        <message>
            <source>Ended at: {url}</source>
            <translation>Terminó en: {url}</translation>
        </message>
        <message>
            <source>Kept: {time} UTC (HTTP {status}, {type})</source>
            <translation>Guardada: {time} UTC (HTTP {status}, {type})</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>sin tipo</translation>
        </message>
        <message>
            <source>SHA-256 of the page: {hash}</source>
            <translation>SHA-256 de la página: {hash}</translation>
        </message>
        <message>
            <source>Last attempt: {time} UTC: {error}</source>
            <translation>Último intento: {time} UTC: {error}</translation>
        </message>
        <message>
            <source>Kept Copy — {title}</source>
            <translation>Copia guardada — {title}</translation>
        </message>
        <message>
            <source>Text of the kept copy</source>
            <translation>Texto de la copia guardada</translation>
        </message>
        <message>
            <source>The page's text as kept, read only</source>
            <translation>El texto de la página tal como se guardó, solo lectura</translation>
        </message>
        <message>
            <source>The page's text as kept, read only; the passage found is selected</source>
            <translation>El texto de la página tal como se guardó, solo lectura; el fragmento encontrado está seleccionado</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Current &amp;Article…</source>
            <translation>&amp;Artículo actual…</translation>
        </message>
        <message>
            <source>Export the claims of the article on screen to CSV</source>
            <translation>Exportar a CSV las afirmaciones del artículo en pantalla</translation>
        </message>
        <message>
            <source>Claims Matching the &amp;Filter…</source>
            <translation>Afirmaciones que cumplen el &amp;filtro…</translation>
        </message>
        <message>
            <source>Export the claims the table shows (its verdict and status filter) to CSV</source>
            <translation>Exportar a CSV las afirmaciones que muestra la tabla (su filtro de veredicto y estado)</translation>
        </message>
        <message>
            <source>Whole &amp;Library…</source>
            <translation>Toda la &amp;biblioteca…</translation>
        </message>
        <message>
            <source>Export every claim of every article to CSV</source>
            <translation>Exportar a CSV todas las afirmaciones de todos los artículos</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Export claims as CSV, W3C annotations, ClaimReview, an HTML or a PDF report</source>
            <translation>Exportar afirmaciones como CSV, anotaciones W3C, ClaimReview o un informe HTML o PDF</translation>
        </message>
        <message>
            <source>Export &amp;Report (HTML)…</source>
            <translation>Exportar info&amp;rme (HTML)…</translation>
        </message>
        <message>
            <source>Export a report to read in a browser or send to an editor</source>
            <translation>Exportar un informe para leerlo en un navegador o enviarlo a un editor</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Exportar P&amp;DF…</translation>
        </message>
        <message>
            <source>Export the report as a PDF</source>
            <translation>Exportar el informe como PDF</translation>
        </message>
        <message>
            <source>Export {format}</source>
            <translation>Exportar {format}</translation>
        </message>
        <message>
            <source>There is no article open to export.</source>
            <translation>No hay ningún artículo abierto para exportar.</translation>
        </message>
        <message>
            <source>No claims are selected in the table.</source>
            <translation>No hay afirmaciones seleccionadas en la tabla.</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Nada que exportar</translation>
        </message>
        <message>
            <source>Exporting claims…</source>
            <translation>Exportando afirmaciones…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>No se pudo exportar</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n claim(s) to {path}</source>
            <translation>
                <numerusform>Se exportaron %n afirmación a {path}</numerusform>
                <numerusform>Se exportaron %n afirmaciones a {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation>Exportado con advertencias</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ClaimReview record(s) to {path}.</source>
            <translation>
                <numerusform>Se escribieron %n registro ClaimReview en {path}.</numerusform>
                <numerusform>Se escribieron %n registros ClaimReview en {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Laying out %n claim(s) as PDF pages…</source>
            <translation>
                <numerusform>Maquetando %n afirmación en páginas PDF…</numerusform>
                <numerusform>Maquetando %n afirmaciones en páginas PDF…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A PDF holds at most %n claim(s) and this export has more. Export the HTML report and print it from a browser, or choose fewer claims.</source>
            <translation>
                <numerusform>Un PDF admite como máximo %n afirmación y esta exportación tiene más. Exporte el informe HTML e imprímalo desde un navegador, o elija menos afirmaciones.</numerusform>
                <numerusform>Un PDF admite como máximo %n afirmaciones y esta exportación tiene más. Exporte el informe HTML e imprímalo desde un navegador, o elija menos afirmaciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) done…</source>
            <translation>
                <numerusform>%n afirmación lista…</numerusform>
                <numerusform>%n afirmaciones listas…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>CSV spreadsheet</source>
            <translation>Hoja de cálculo CSV</translation>
        </message>
        <message>
            <source>One row per claim; opens in Excel and LibreOffice.</source>
            <translation>Una fila por afirmación; se abre en Excel y LibreOffice.</translation>
        </message>
        <message>
            <source>CSV, one row per source</source>
            <translation>CSV, una fila por fuente</translation>
        </message>
        <message>
            <source>One row per source of each claim, for auditing sources.</source>
            <translation>Una fila por cada fuente de cada afirmación, para auditar las fuentes.</translation>
        </message>
        <message>
            <source>W3C Web Annotations (JSON-LD)</source>
            <translation>Anotaciones web W3C (JSON-LD)</translation>
        </message>
        <message>
            <source>For other annotation tools, and for merging into another database.</source>
            <translation>Para otras herramientas de anotación y para combinar con otra base de datos.</translation>
        </message>
        <message>
            <source>ClaimReview (JSON-LD)</source>
            <translation>ClaimReview (JSON-LD)</translation>
        </message>
        <message>
            <source>schema.org records for publishing; claims without a verdict are left out.</source>
            <translation>Registros schema.org para publicar; se omiten las afirmaciones sin veredicto.</translation>
        </message>
        <message>
            <source>HTML report</source>
            <translation>Informe HTML</translation>
        </message>
        <message>
            <source>One self-contained page to send to an editor or print.</source>
            <translation>Una página autónoma para enviar a un editor o imprimir.</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Informe PDF</translation>
        </message>
        <message>
            <source>The HTML report as a printable PDF.</source>
            <translation>El informe HTML como PDF imprimible.</translation>
        </message>
        <message>
            <source>Current article</source>
            <translation>Artículo actual</translation>
        </message>
        <message>
            <source>Selected claims</source>
            <translation>Afirmaciones seleccionadas</translation>
        </message>
        <message>
            <source>Claims shown in the table (its filter)</source>
            <translation>Afirmaciones que muestra la tabla (su filtro)</translation>
        </message>
        <message>
            <source>Whole library</source>
            <translation>Toda la biblioteca</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Afirmaciones</translation>
        </message>
        <message>
            <source>{scope}: “{title}”</source>
            <translation>{scope}: «{title}»</translation>
        </message>
        <message numerus="yes">
            <source>(%n claim(s))</source>
            <translation>
                <numerusform>(%n afirmación)</numerusform>
                <numerusform>(%n afirmaciones)</numerusform>
            </translation>
        </message>
        <message>
            <source>Only claims with</source>
            <translation>Solo afirmaciones con</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de estado</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Verdict filter</source>
            <translation>Filtro de veredicto</translation>
        </message>
        <message>
            <source>Any verdict</source>
            <translation>Cualquier veredicto</translation>
        </message>
        <message>
            <source>No verdict yet</source>
            <translation>Aún sin veredicto</translation>
        </message>
        <message>
            <source>Reviewer filter</source>
            <translation>Filtro de revisor</translation>
        </message>
        <message>
            <source>Any reviewer</source>
            <translation>Cualquier revisor</translation>
        </message>
        <message>
            <source>Changed between</source>
            <translation>Modificadas entre</translation>
        </message>
        <message>
            <source>Changed from</source>
            <translation>Modificadas desde</translation>
        </message>
        <message>
            <source>Changed until</source>
            <translation>Modificadas hasta</translation>
        </message>
        <message>
            <source>and</source>
            <comment>changed between … and …</comment>
            <translation>y</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>&amp;Veredicto:</translation>
        </message>
        <message>
            <source>&amp;Reviewer:</source>
            <translation>&amp;Revisor:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
    </context>
    <context>
        <name>ImportAnnotations</name>
        <message>
            <source>Import A&amp;nnotations…</source>
            <translation>Importar a&amp;notaciones…</translation>
        </message>
        <message>
            <source>Merge W3C or Hypothesis annotations (JSON) into this database, after a backup</source>
            <translation>Combinar anotaciones W3C o Hypothesis (JSON) con esta base de datos, tras una copia de seguridad</translation>
        </message>
        <message>
            <source>Import Annotations</source>
            <translation>Importar anotaciones</translation>
        </message>
        <message>
            <source>Annotations (*.json *.jsonld)</source>
            <translation>Anotaciones (*.json *.jsonld)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Back Up and Import</source>
            <translation>Hacer copia e importar</translation>
        </message>
        <message>
            <source>Cannot import annotations</source>
            <translation>No se pueden importar anotaciones</translation>
        </message>
        <message>
            <source>This database is open read-only; nothing can be merged into it.</source>
            <translation>Esta base de datos está abierta solo para lectura; no se puede combinar nada con ella.</translation>
        </message>
        <message>
            <source>Cannot read the annotations</source>
            <translation>No se pueden leer las anotaciones</translation>
        </message>
        <message>
            <source>Cannot import these annotations</source>
            <translation>No se pueden importar estas anotaciones</translation>
        </message>
        <message numerus="yes">
            <source>Merge %n annotation(s) from {file} into this database?</source>
            <translation>
                <numerusform>¿Combinar %n anotación de {file} con esta base de datos?</numerusform>
                <numerusform>¿Combinar %n anotaciones de {file} con esta base de datos?</numerusform>
            </translation>
        </message>
        <message>
            <source>Claims with the same id are updated where the file's copy is newer (the older text stays in each claim's history); the others are added.</source>
            <translation>Las afirmaciones con el mismo id se actualizan cuando la copia del archivo es más reciente (el texto anterior queda en el historial de cada afirmación); las demás se añaden.</translation>
        </message>
        <message>
            <source>A bulk import cannot be undone with Edit &gt; Undo, and the undo history is cleared. A backup of the database is made first, in {folder}.</source>
            <translation>Una importación masiva no se puede deshacer con Edición &gt; Deshacer, y el historial de deshacer se borra. Antes se hace una copia de seguridad de la base de datos en {folder}.</translation>
        </message>
        <message>
            <source>Not imported: the backup failed</source>
            <translation>No se importó: falló la copia de seguridad</translation>
        </message>
        <message>
            <source>Importing annotations…</source>
            <translation>Importando anotaciones…</translation>
        </message>
        <message>
            <source>The import stopped</source>
            <translation>La importación se detuvo</translation>
        </message>
        <message>
            <source>The backup is at {path}.</source>
            <translation>La copia de seguridad está en {path}.</translation>
        </message>
        <message>
            <source>Imported annotations: {new} new, {updated} updated</source>
            <translation>Anotaciones importadas: {new} nuevas, {updated} actualizadas</translation>
        </message>
    </context>
    <context>
        <name>ImportArticles</name>
        <message>
            <source>Open &amp;Sample Article</source>
            <translation>Abrir artículo de e&amp;jemplo</translation>
        </message>
        <message>
            <source>Add the sample article to the library and open it</source>
            <translation>Añadir el artículo de ejemplo a la biblioteca y abrirlo</translation>
        </message>
        <message>
            <source>&amp;Import Articles…</source>
            <translation>&amp;Importar artículos…</translation>
        </message>
        <message>
            <source>Add article files (.txt, .md, .html, .docx, .pdf) to the library</source>
            <translation>Añadir archivos de artículos (.txt, .md, .html, .docx, .pdf) a la biblioteca</translation>
        </message>
        <message>
            <source>&amp;Paste as New Article</source>
            <translation>&amp;Pegar como artículo nuevo</translation>
        </message>
        <message>
            <source>Make a new article from the text on the clipboard</source>
            <translation>Crear un artículo nuevo con el texto del portapapeles</translation>
        </message>
        <message>
            <source>&amp;Properties…</source>
            <translation>&amp;Propiedades…</translation>
        </message>
        <message>
            <source>Edit the title, outlet, author, URL, date and language of the article on screen</source>
            <translation>Editar el título, el medio, el autor, la URL, la fecha y el idioma del artículo en pantalla</translation>
        </message>
        <message>
            <source>Could not add the sample article</source>
            <translation>No se pudo añadir el artículo de ejemplo</translation>
        </message>
        <message>
            <source>Articles ({patterns})</source>
            <translation>Artículos ({patterns})</translation>
        </message>
        <message>
            <source>Import Articles</source>
            <translation>Importar artículos</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Already in the Library</source>
            <translation>Ya está en la biblioteca</translation>
        </message>
        <message>
            <source>The text of {what} is already in the library as “{title}”.

Open that article instead?</source>
            <translation>El texto leído en {what} ya está en la biblioteca como «{title}».

¿Abrir ese artículo en su lugar?</translation>
        </message>
        <message>
            <source>Changed Copy of a Stored Article</source>
            <translation>Copia modificada de un artículo guardado</translation>
        </message>
        <message>
            <source>The text of {what} is nearly the same as “{title}” ({changes}).

Store it as a new version of that article (its claims follow the text), or add it as a separate article?</source>
            <translation>El texto leído en {what} es casi igual a «{title}» ({changes}).

¿Guardarlo como una versión nueva de ese artículo (sus afirmaciones siguen al texto) o añadirlo como un artículo aparte?</translation>
        </message>
        <message>
            <source>New &amp;Version</source>
            <translation>Nueva &amp;versión</translation>
        </message>
        <message>
            <source>&amp;Separate Article</source>
            <translation>Artículo &amp;aparte</translation>
        </message>
        <message>
            <source>Cannot paste an article</source>
            <translation>No se puede pegar un artículo</translation>
        </message>
        <message>
            <source>Copy the article's text first, then paste again.</source>
            <translation>Copie primero el texto del artículo y vuelva a pegar.</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>el portapapeles</translation>
        </message>
        <message>
            <source>Cannot import the file</source>
            <translation>No se puede importar el archivo</translation>
        </message>
        <message>
            <source>Cannot add the article</source>
            <translation>No se puede añadir el artículo</translation>
        </message>
        <message>
            <source>Updated from {what}</source>
            <translation>Actualizado desde {what}</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>Importando %n archivo…</numerusform>
                <numerusform>Importando %n archivos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>Imported {done} of %n file(s)</source>
            <translation>
                <numerusform>Importados {done} de %n archivo</numerusform>
                <numerusform>Importados {done} de %n archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>could not be saved</source>
            <translation>no se pudo guardar</translation>
        </message>
        <message>
            <source>Imported from {file} with {tool} on {date}.</source>
            <translation>Importado desde {file} con {tool} el {date}.</translation>
        </message>
        <message>
            <source>Imported from {file} on {date}.</source>
            <translation>Importado desde {file} el {date}.</translation>
        </message>
        <message>
            <source>Imported by hand with {tool} on {date}.</source>
            <translation>Introducido a mano con {tool} el {date}.</translation>
        </message>
        <message>
            <source>Imported by hand on {date}.</source>
            <translation>Introducido a mano el {date}.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) added</source>
            <translation>
                <numerusform>%n línea añadida</numerusform>
                <numerusform>%n líneas añadidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) changed</source>
            <translation>
                <numerusform>%n línea modificada</numerusform>
                <numerusform>%n líneas modificadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) removed</source>
            <translation>
                <numerusform>%n línea eliminada</numerusform>
                <numerusform>%n líneas eliminadas</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>only spacing changed</source>
            <translation>solo cambiaron los espacios</translation>
        </message>
    </context>
    <context>
        <name>ImportNotes</name>
        <message>
            <source>Some lines did not fit the file's format and were kept as they are:</source>
            <translation>Algunas líneas no se ajustaban al formato del archivo y se conservaron tal cual:</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>Failed</source>
            <translation>Falló</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicado</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Imported, with notes</source>
            <translation>Importado, con notas</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No importado</translation>
        </message>
        <message>
            <source>Import Finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Import Cancelled</source>
            <translation>Importación cancelada</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Files and what became of them</source>
            <translation>Archivos y su resultado</translation>
        </message>
        <message>
            <source>&amp;Copy Report</source>
            <translation>&amp;Copiar informe</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) imported</source>
            <translation>
                <numerusform>%n artículo importado</numerusform>
                <numerusform>%n artículos importados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) skipped</source>
            <translation>
                <numerusform>%n duplicado omitido</numerusform>
                <numerusform>%n duplicados omitidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) failed</source>
            <translation>
                <numerusform>%n archivo falló</numerusform>
                <numerusform>%n archivos fallaron</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{parts}.</source>
            <comment>a sentence made of a list</comment>
            <translation>{parts}.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) had lines that did not fit the format (kept as they are; see Details).</source>
            <translation>
                <numerusform>%n archivo tenía líneas que no se ajustaban al formato (se conservaron tal cual; vea Detalles).</numerusform>
                <numerusform>%n archivos tenían líneas que no se ajustaban al formato (se conservaron tal cual; vea Detalles).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n file(s) not imported.</source>
            <translation>
                <numerusform>Cancelado: %n archivo sin importar.</numerusform>
                <numerusform>Cancelado: %n archivos sin importar.</numerusform>
            </translation>
        </message>
        <message>
            <source>skipped: same text as “{title}”</source>
            <translation>omitido: mismo texto que «{title}»</translation>
        </message>
        <message>
            <source>cancelled before this file</source>
            <translation>cancelado antes de este archivo</translation>
        </message>
    </context>
    <context>
        <name>JoinTeam</name>
        <message>
            <source>The address your administrator gave you, for example
postgresql://you@db.newsroom.example/factcheck?sslmode=verify-full

No password here: keep it in ~/.pgpass (or a PostgreSQL service file), where PostgreSQL looks for it. This database stays your working copy; it keeps working offline.</source>
            <translation>La dirección que le dio su administrador, por ejemplo
postgresql://usted@db.redaccion.example/factcheck?sslmode=verify-full

Sin contraseña aquí: guárdela en ~/.pgpass (o en un archivo de servicio de PostgreSQL), donde PostgreSQL la busca. Esta base de datos sigue siendo su copia de trabajo; sigue funcionando sin conexión.</translation>
        </message>
        <message>
            <source>Join Team Database</source>
            <translation>Unirse a la base de datos del equipo</translation>
        </message>
        <message>
            <source>postgresql://you@host/database?sslmode=verify-full</source>
            <translation>postgresql://usuario@servidor/base?sslmode=verify-full</translation>
        </message>
        <message>
            <source>Team database address</source>
            <translation>Dirección de la base de datos del equipo</translation>
        </message>
        <message>
            <source>The postgresql:// address your administrator gave you, without a password</source>
            <translation>La dirección postgresql:// que le dio su administrador, sin contraseña</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>&amp;Unirse</translation>
        </message>
        <message>
            <source>Team database:</source>
            <translation>Base de datos del equipo:</translation>
        </message>
        <message>
            <source>Joining…</source>
            <translation>Uniéndose…</translation>
        </message>
        <message>
            <source>Pulling changes: {done} of {total}</source>
            <translation>Recibiendo cambios: {done} de {total}</translation>
        </message>
        <message>
            <source>Sending changes: {done} of {total}</source>
            <translation>Enviando cambios: {done} de {total}</translation>
        </message>
        <message>
            <source>Stopping after this batch…</source>
            <translation>Deteniéndose tras este lote…</translation>
        </message>
    </context>
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
    <context>
        <name>ReviewPass</name>
        <message>
            <source>Review Pass — {name}</source>
            <translation>Pasada de revisión — {name}</translation>
        </message>
        <message>
            <source>Blind check by {name}: only your own claims are shown until you mark the pass done.</source>
            <translation>Comprobación a ciegas de {name}: solo se muestran sus propias afirmaciones hasta que marque la pasada como terminada.</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>Texto del artículo</translation>
        </message>
        <message>
            <source>As it was when the pass started, with your claims marked: select a passage, then Add Claim from Selection</source>
            <translation>Tal como estaba al empezar la pasada, con sus afirmaciones marcadas: seleccione un fragmento y luego Añadir afirmación de la selección</translation>
        </message>
        <message>
            <source>https://… (several: separate with spaces)</source>
            <translation>https://… (varias: separadas por espacios)</translation>
        </message>
        <message>
            <source>&amp;Add Claim from Selection</source>
            <translation>&amp;Añadir afirmación de la selección</translation>
        </message>
        <message>
            <source>&amp;Save Changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <source>&amp;Delete Claim</source>
            <translation>&amp;Eliminar afirmación</translation>
        </message>
        <message>
            <source>Mark Pass &amp;Done</source>
            <translation>Marcar pasada como &amp;terminada</translation>
        </message>
        <message>
            <source>Claims:</source>
            <translation>Afirmaciones:</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>&amp;Veredicto:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Justificación:</translation>
        </message>
        <message>
            <source>S&amp;ources:</source>
            <translation>&amp;Fuentes:</translation>
        </message>
        <message>
            <source>{name}'s pass is done.</source>
            <translation>La pasada de {name} está terminada.</translation>
        </message>
        <message>
            <source>No verdict</source>
            <translation>Sin veredicto</translation>
        </message>
    </context>
    <context>
        <name>ScaleEditor</name>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Contrast</source>
            <translation>Contraste</translation>
        </message>
        <message>
            <source>light highlight</source>
            <translation>resaltado claro</translation>
        </message>
        <message>
            <source>light chip</source>
            <translation>muestra clara</translation>
        </message>
        <message>
            <source>light underline</source>
            <translation>subrayado claro</translation>
        </message>
        <message>
            <source>dark highlight</source>
            <translation>resaltado oscuro</translation>
        </message>
        <message>
            <source>dark chip</source>
            <translation>muestra oscura</translation>
        </message>
        <message>
            <source>dark underline</source>
            <translation>subrayado oscuro</translation>
        </message>
        <message>
            <source>Light palette: text on the highlight has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>Paleta clara: el texto sobre el resaltado tiene un contraste de {ratio}:1 (necesita {minimum}:1).</translation>
        </message>
        <message>
            <source>Light palette: the colour chip has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>Paleta clara: la muestra de color tiene un contraste de {ratio}:1 (necesita {minimum}:1).</translation>
        </message>
        <message>
            <source>Light palette: the underline has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>Paleta clara: el subrayado tiene un contraste de {ratio}:1 (necesita {minimum}:1).</translation>
        </message>
        <message>
            <source>Dark palette: text on the highlight has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>Paleta oscura: el texto sobre el resaltado tiene un contraste de {ratio}:1 (necesita {minimum}:1).</translation>
        </message>
        <message>
            <source>Dark palette: the colour chip has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>Paleta oscura: la muestra de color tiene un contraste de {ratio}:1 (necesita {minimum}:1).</translation>
        </message>
        <message>
            <source>Dark palette: the underline has contrast {ratio}:1 (needs {minimum}:1).</source>
            <translation>Paleta oscura: el subrayado tiene un contraste de {ratio}:1 (necesita {minimum}:1).</translation>
        </message>
        <message>
            <source>Rating Scale</source>
            <translation>Escala de calificación</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Partir de</translation>
        </message>
        <message>
            <source>This database's scale: {name}</source>
            <translation>Escala de esta base de datos: {name}</translation>
        </message>
        <message>
            <source>Preset: {name}</source>
            <translation>Predefinida: {name}</translation>
        </message>
        <message>
            <source>Scale name</source>
            <translation>Nombre de la escala</translation>
        </message>
        <message>
            <source>Verdicts of the scale</source>
            <translation>Veredictos de la escala</translation>
        </message>
        <message>
            <source>Add Label</source>
            <translation>Añadir etiqueta</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Color…</translation>
        </message>
        <message>
            <source>Best label</source>
            <translation>Etiqueta mejor</translation>
        </message>
        <message>
            <source>Worst label</source>
            <translation>Etiqueta peor</translation>
        </message>
        <message>
            <source>Best:</source>
            <translation>Mejor:</translation>
        </message>
        <message>
            <source>Worst:</source>
            <translation>Peor:</translation>
        </message>
        <message>
            <source>Use a Readable Colour</source>
            <translation>Usar un color legible</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>Partir de:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Keys 1-9 follow the order of the labels. Value is ClaimReview's ratingValue (leave it empty for labels that rate the evidence, not the claim). Descriptions show as tooltips wherever a verdict is chosen.</source>
            <translation>Las teclas 1-9 siguen el orden de las etiquetas. Valor es el ratingValue de ClaimReview (déjelo vacío en las etiquetas que califican las pruebas, no la afirmación). Las descripciones aparecen como información emergente dondequiera que se elija un veredicto.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retirada</translation>
        </message>
        <message numerus="yes">
            <source>Used by %n claim(s)</source>
            <translation>
                <numerusform>La usa %n afirmación</numerusform>
                <numerusform>La usan %n afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Not used by any claim yet</source>
            <translation>Aún no la usa ninguna afirmación</translation>
        </message>
        <message>
            <source>not a colour</source>
            <translation>no es un color</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>✓ light and dark</source>
            <translation>✓ claro y oscuro</translation>
        </message>
        <message>
            <source>None (no bestRating / worstRating)</source>
            <translation>Ninguna (sin bestRating / worstRating)</translation>
        </message>
        <message>
            <source>Un-retire</source>
            <translation>Reactivar</translation>
        </message>
        <message>
            <source>'{label}' has no colour: claims show in grey-blue.</source>
            <translation>'{label}' no tiene color: las afirmaciones se muestran en gris azulado.</translation>
        </message>
        <message>
            <source>'{colour}' is not a colour like #3aa89b.</source>
            <translation>'{colour}' no es un color como #3aa89b.</translation>
        </message>
        <message>
            <source>{colour} reads well on light and dark backgrounds (text 4.5:1, chip and underline 3:1).</source>
            <translation>{colour} se lee bien sobre fondos claros y oscuros (texto 4,5:1, muestra y subrayado 3:1).</translation>
        </message>
        <message>
            <source>Nearest colour that passes: {colour}.</source>
            <translation>Color más cercano que cumple: {colour}.</translation>
        </message>
        <message>
            <source>Use {colour}</source>
            <translation>Usar {colour}</translation>
        </message>
        <message>
            <source>The value '{value}' of '{label}' is not a number.</source>
            <translation>El valor '{value}' de '{label}' no es un número.</translation>
        </message>
        <message>
            <source>New label {number}</source>
            <translation>Etiqueta nueva {number}</translation>
        </message>
        <message>
            <source>Colour of {label}</source>
            <translation>Color de {label}</translation>
        </message>
    </context>
    <context>
        <name>ScaleMapping</name>
        <message>
            <source>Nothing changes silently: map each verdict to a label of the new scale (its claims get the new label; each change is recorded in the claim's history) or keep it as a retired label (its claims keep it; it still shows, greyed, and exports, but cannot be chosen for new verdicts).</source>
            <translation>Nada cambia sin avisar: asigne cada veredicto a una etiqueta de la escala nueva (sus afirmaciones reciben la etiqueta nueva; cada cambio queda registrado en el historial de la afirmación) o consérvelo como etiqueta retirada (sus afirmaciones la conservan; se sigue mostrando, en gris, y se exporta, pero no se puede elegir para veredictos nuevos).</translation>
        </message>
        <message numerus="yes">
            <source>%n verdict(s) in use not on “{scale}”</source>
            <translation>
                <numerusform>%n veredicto en uso no está en «{scale}»</numerusform>
                <numerusform>%n veredictos en uso no están en «{scale}»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n afirmación</numerusform>
                <numerusform>%n afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>What becomes of {verdict}</source>
            <translation>Qué pasa con {verdict}</translation>
        </message>
        <message>
            <source>Keep as a retired label</source>
            <translation>Conservar como etiqueta retirada</translation>
        </message>
        <message>
            <source>Map to “{label}”</source>
            <translation>Asignar a «{label}»</translation>
        </message>
    </context>
    <context>
        <name>ScalePresets</name>
        <message>
            <source>Plain six-point scale</source>
            <translation>Escala sencilla de seis puntos</translation>
        </message>
        <message>
            <source>A general-purpose scale running from True (5) down to False (1), with Misleading in the middle at 3; Unverifiable has no rating value because it judges the evidence, not the claim.</source>
            <translation>Una escala de uso general que va de Verdadero (5) a Falso (1), con Engañoso en el centro, en 3; Inverificable no tiene valor de calificación porque juzga las pruebas, no la afirmación.</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Verdadero</translation>
        </message>
        <message>
            <source>The claim is accurate and nothing important has been left out.</source>
            <translation>La afirmación es exacta y no se ha omitido nada importante.</translation>
        </message>
        <message>
            <source>Mostly true</source>
            <translation>Mayormente verdadero</translation>
        </message>
        <message>
            <source>The claim is right in substance but needs a small correction or a missing detail.</source>
            <translation>La afirmación es correcta en lo esencial, pero necesita una pequeña corrección o un detalle que falta.</translation>
        </message>
        <message>
            <source>Misleading</source>
            <translation>Engañoso</translation>
        </message>
        <message>
            <source>The facts may be correct, but the way they are used leaves a false impression.</source>
            <translation>Los hechos pueden ser correctos, pero la forma en que se usan deja una impresión falsa.</translation>
        </message>
        <message>
            <source>Mostly false</source>
            <translation>Mayormente falso</translation>
        </message>
        <message>
            <source>The claim holds a grain of truth, but its central point is wrong.</source>
            <translation>La afirmación tiene algo de verdad, pero su idea central es errónea.</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falso</translation>
        </message>
        <message>
            <source>The claim is wrong.</source>
            <translation>La afirmación es errónea.</translation>
        </message>
        <message>
            <source>Unverifiable</source>
            <translation>Inverificable</translation>
        </message>
        <message>
            <source>The evidence that can be reached does not show whether the claim is true or false.</source>
            <translation>Las pruebas disponibles no muestran si la afirmación es verdadera o falsa.</translation>
        </message>
        <message>
            <source>FEVER research labels</source>
            <translation>Etiquetas de investigación FEVER</translation>
        </message>
        <message>
            <source>The three labels of the FEVER fact-extraction and verification task: Supported (2) and Refuted (1), with Not Enough Info left without a rating value.</source>
            <translation>Las tres etiquetas de la tarea de extracción y verificación de hechos FEVER: Respaldada (2) y Refutada (1), e Información insuficiente sin valor de calificación.</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Respaldada</translation>
        </message>
        <message>
            <source>The evidence found confirms the claim.</source>
            <translation>Las pruebas encontradas confirman la afirmación.</translation>
        </message>
        <message>
            <source>Refuted</source>
            <translation>Refutada</translation>
        </message>
        <message>
            <source>The evidence found contradicts the claim.</source>
            <translation>Las pruebas encontradas contradicen la afirmación.</translation>
        </message>
        <message>
            <source>Not Enough Info</source>
            <translation>Información insuficiente</translation>
        </message>
        <message>
            <source>The evidence found neither confirms nor contradicts the claim.</source>
            <translation>Las pruebas encontradas ni confirman ni contradicen la afirmación.</translation>
        </message>
        <message>
            <source>Platform fact-checking programme</source>
            <translation>Programa de verificación de plataformas</translation>
        </message>
        <message>
            <source>Labels used by fact-checkers who work with social-media platforms, rated from True (4) through Missing Context (3) and Partly False (2) to False and Altered (both 1); Satire has no rating value because it is not a claim of fact.</source>
            <translation>Etiquetas que usan los verificadores que trabajan con plataformas de redes sociales, calificadas desde Verdadero (4), pasando por Falta de contexto (3) y Parcialmente falso (2), hasta Falso y Alterado (ambos 1); Sátira no tiene valor de calificación porque no es una afirmación de hechos.</translation>
        </message>
        <message>
            <source>The content has no basis in fact.</source>
            <translation>El contenido no tiene base en los hechos.</translation>
        </message>
        <message>
            <source>Altered</source>
            <translation>Alterado</translation>
        </message>
        <message>
            <source>An image, audio or video has been edited or generated in a way that misleads.</source>
            <translation>Una imagen, un audio o un video se ha editado o generado de forma engañosa.</translation>
        </message>
        <message>
            <source>Partly False</source>
            <translation>Parcialmente falso</translation>
        </message>
        <message>
            <source>The content contains some factual errors.</source>
            <translation>El contenido contiene algunos errores de hecho.</translation>
        </message>
        <message>
            <source>Missing Context</source>
            <translation>Falta de contexto</translation>
        </message>
        <message>
            <source>The content could mislead without more context, even though it is not false as such.</source>
            <translation>El contenido podría engañar sin más contexto, aunque no sea falso como tal.</translation>
        </message>
        <message>
            <source>Satire</source>
            <translation>Sátira</translation>
        </message>
        <message>
            <source>The content is humour or parody, not a statement of fact, though some readers may take it as one.</source>
            <translation>El contenido es humor o parodia, no una afirmación de hechos, aunque algunos lectores puedan tomarlo como tal.</translation>
        </message>
        <message>
            <source>The content is factually accurate.</source>
            <translation>El contenido es exacto en los hechos.</translation>
        </message>
        <message>
            <source>Snopes-style scale</source>
            <translation>Escala al estilo de Snopes</translation>
        </message>
        <message>
            <source>Five graded steps from True (5) down to False (1), with Mixture at 3, plus Unproven and Outdated, which have no rating value because they describe the state of the evidence rather than the truth of the claim.</source>
            <translation>Cinco grados de Verdadero (5) a Falso (1), con Mezcla en 3, además de No demostrado y Desactualizado, que no tienen valor de calificación porque describen el estado de las pruebas y no la veracidad de la afirmación.</translation>
        </message>
        <message>
            <source>The main elements of the claim are shown to be true.</source>
            <translation>Se demuestra que los elementos principales de la afirmación son verdaderos.</translation>
        </message>
        <message>
            <source>Mostly True</source>
            <translation>Mayormente verdadero</translation>
        </message>
        <message>
            <source>The main point is correct, but some details are inaccurate or cannot be confirmed.</source>
            <translation>La idea principal es correcta, pero algunos detalles son inexactos o no se pueden confirmar.</translation>
        </message>
        <message>
            <source>Mixture</source>
            <translation>Mezcla</translation>
        </message>
        <message>
            <source>The claim combines significant true and false elements.</source>
            <translation>La afirmación combina elementos verdaderos y falsos de peso.</translation>
        </message>
        <message>
            <source>Mostly False</source>
            <translation>Mayormente falso</translation>
        </message>
        <message>
            <source>The main point is wrong, though some details are accurate.</source>
            <translation>La idea principal es errónea, aunque algunos detalles son exactos.</translation>
        </message>
        <message>
            <source>The main elements of the claim are shown to be false.</source>
            <translation>Se demuestra que los elementos principales de la afirmación son falsos.</translation>
        </message>
        <message>
            <source>Unproven</source>
            <translation>No demostrado</translation>
        </message>
        <message>
            <source>There is not enough evidence to settle the claim either way, or the evidence conflicts.</source>
            <translation>No hay pruebas suficientes para zanjar la afirmación en uno u otro sentido, o las pruebas se contradicen.</translation>
        </message>
        <message>
            <source>Outdated</source>
            <translation>Desactualizado</translation>
        </message>
        <message>
            <source>The claim was accurate, or at least open, at one time, but later events have overtaken it.</source>
            <translation>La afirmación fue exacta, o al menos estaba abierta, en algún momento, pero los hechos posteriores la han dejado atrás.</translation>
        </message>
        <message>
            <source>Six-step truth meter</source>
            <translation>Medidor de verdad de seis grados</translation>
        </message>
        <message>
            <source>A graded meter from True (6) down to Outrageously False (1); every step has a rating value, and the last one is kept for claims that are not only false but absurd or reckless.</source>
            <translation>Un medidor graduado de Verdadero (6) a Escandalosamente falso (1); cada grado tiene un valor de calificación, y el último se reserva para afirmaciones que no solo son falsas, sino absurdas o temerarias.</translation>
        </message>
        <message>
            <source>The claim is accurate and no significant information is missing.</source>
            <translation>La afirmación es exacta y no falta información relevante.</translation>
        </message>
        <message>
            <source>The claim is accurate but needs clarification or extra information.</source>
            <translation>La afirmación es exacta, pero necesita aclaraciones o información adicional.</translation>
        </message>
        <message>
            <source>Half True</source>
            <translation>Verdad a medias</translation>
        </message>
        <message>
            <source>The claim is partly accurate but leaves out important details or takes things out of context.</source>
            <translation>La afirmación es parcialmente exacta, pero omite detalles importantes o saca las cosas de contexto.</translation>
        </message>
        <message>
            <source>The claim has an element of truth but ignores facts that would change the impression it gives.</source>
            <translation>La afirmación tiene un elemento de verdad, pero ignora hechos que cambiarían la impresión que da.</translation>
        </message>
        <message>
            <source>The claim is not accurate.</source>
            <translation>La afirmación no es exacta.</translation>
        </message>
        <message>
            <source>Outrageously False</source>
            <translation>Escandalosamente falso</translation>
        </message>
        <message>
            <source>The claim is not accurate and is also absurd, reckless or wildly exaggerated.</source>
            <translation>La afirmación no es exacta y, además, es absurda, temeraria o tremendamente exagerada.</translation>
        </message>
    </context>
    <context>
        <name>ScalesController</name>
        <message>
            <source>Rating &amp;Scale…</source>
            <translation>&amp;Escala de calificación…</translation>
        </message>
        <message>
            <source>Choose or edit this database's verdicts: labels, colours, order, ClaimReview values</source>
            <translation>Elegir o editar los veredictos de esta base de datos: etiquetas, colores, orden, valores ClaimReview</translation>
        </message>
        <message>
            <source>Cannot change the rating scale</source>
            <translation>No se puede cambiar la escala de calificación</translation>
        </message>
        <message>
            <source>This database is open read-only, so its rating scale cannot be changed; `scale show` on the command line lists it.</source>
            <translation>Esta base de datos está abierta solo para lectura, así que su escala de calificación no se puede cambiar; `scale show` en la línea de comandos la muestra.</translation>
        </message>
        <message>
            <source>Could not read the rating scale</source>
            <translation>No se pudo leer la escala de calificación</translation>
        </message>
        <message>
            <source>The rating scale is unchanged.</source>
            <translation>La escala de calificación no ha cambiado.</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) relabelled</source>
            <translation>
                <numerusform>%n afirmación reetiquetada</numerusform>
                <numerusform>%n afirmaciones reetiquetadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) kept as retired</source>
            <translation>
                <numerusform>%n etiqueta conservada como retirada</numerusform>
                <numerusform>%n etiquetas conservadas como retiradas</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Rating scale: {name} ({changes}). Ctrl+Z undoes it.</source>
            <translation>Escala de calificación: {name} ({changes}). Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Rating scale: {name}. Ctrl+Z undoes it.</source>
            <translation>Escala de calificación: {name}. Ctrl+Z lo deshace.</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <source>&amp;Join Team Database…</source>
            <translation>Unirse a la base de datos del e&amp;quipo…</translation>
        </message>
        <message>
            <source>Share this database's work through a PostgreSQL team database</source>
            <translation>Compartir el trabajo de esta base de datos mediante una base de datos de equipo PostgreSQL</translation>
        </message>
        <message>
            <source>S&amp;ync with Team</source>
            <translation>Sincroni&amp;zar con el equipo</translation>
        </message>
        <message>
            <source>Send the changes waiting here and fetch the team's now</source>
            <translation>Enviar ahora los cambios pendientes y recibir los del equipo</translation>
        </message>
        <message>
            <source>Team &amp;Conflicts…</source>
            <translation>Con&amp;flictos del equipo…</translation>
        </message>
        <message>
            <source>Edits made at the same time as another: keep or switch</source>
            <translation>Ediciones hechas a la vez que otra: conservar o cambiar</translation>
        </message>
        <message>
            <source>Team: {status}</source>
            <extracomment>The Assigned to me filters (set by the window), shown while in a team.</extracomment>
            <translation>Equipo: {status}</translation>
        </message>
        <message>
            <source>You sign as {name} ({role}).</source>
            <translation>Firma como {name} ({role}).</translation>
        </message>
        <message>
            <source>no rights</source>
            <translation>sin permisos</translation>
        </message>
        <message>
            <source>Joined the team database</source>
            <translation>Se unió a la base de datos del equipo</translation>
        </message>
        <message>
            <source>offline since {time} UTC</source>
            <translation>sin conexión desde {time} UTC</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n cambio pendiente</numerusform>
                <numerusform>%n cambios pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the server</source>
            <translation>
                <numerusform>%n rechazado por el servidor</numerusform>
                <numerusform>%n rechazados por el servidor</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>synced</source>
            <translation>sincronizado</translation>
        </message>
    </context>
    <context>
        <name>TeamConflicts</name>
        <message>
            <source>Claim</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Conservado</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdido</translation>
        </message>
        <message>
            <source>Lost at</source>
            <translation>Perdido el</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>cita</translation>
        </message>
        <message>
            <source>claim text</source>
            <translation>texto de la afirmación</translation>
        </message>
        <message>
            <source>claimant</source>
            <translation>autor de la afirmación</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>veredicto</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>justificación</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>revisor</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>outlet</source>
            <translation>medio</translation>
        </message>
        <message>
            <source>author</source>
            <translation>autor</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>published</source>
            <translation>fecha de publicación</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Team Conflicts</source>
            <translation>Conflictos del equipo</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Per edit: the claim, the field, the value kept and who made it, the value lost, who made it and when</source>
            <translation>Por edición: la afirmación, el campo, el valor conservado y quién lo hizo, el valor perdido, quién lo hizo y cuándo</translation>
        </message>
        <message>
            <source>&amp;Keep</source>
            <translation>&amp;Conservar</translation>
        </message>
        <message>
            <source>The value that won stays; the conflict leaves the list</source>
            <translation>Se queda el valor que ganó; el conflicto sale de la lista</translation>
        </message>
        <message>
            <source>&amp;Switch</source>
            <translation>Ca&amp;mbiar</translation>
        </message>
        <message>
            <source>Take the value that lost (a deleted claim comes back)</source>
            <translation>Tomar el valor que perdió (una afirmación eliminada vuelve)</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>No hay conflictos.</translation>
        </message>
        <message numerus="yes">
            <source>%n edit(s) made at the same time as another. Every copy keeps the change the team database received last; the other value stays in the claim's history. Keep it, or switch to the other value.</source>
            <translation>
                <numerusform>%n edición hecha a la vez que otra. Cada copia conserva el cambio que la base de datos del equipo recibió en último lugar; el otro valor queda en el historial de la afirmación. Consérvelo o cambie al otro valor.</numerusform>
                <numerusform>%n ediciones hechas a la vez que otras. Cada copia conserva el cambio que la base de datos del equipo recibió en último lugar; el otro valor queda en el historial de la afirmación. Consérvelo o cambie al otro valor.</numerusform>
            </translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminada</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(eliminada)</translation>
        </message>
        <message>
            <source>the claim with its edits</source>
            <translation>la afirmación con sus ediciones</translation>
        </message>
    </context>
    <context>
        <name>VerdictLook</name>
        <message>
            <source>Retired label: kept for earlier verdicts; it cannot be chosen for new ones.</source>
            <translation>Etiqueta retirada: se conserva para veredictos anteriores; no se puede elegir para los nuevos.</translation>
        </message>
        <message>
            <source>{label} (retired)</source>
            <translation>{label} (retirada)</translation>
        </message>
        <message>
            <source>{label} (not on the scale)</source>
            <translation>{label} (fuera de la escala)</translation>
        </message>
        <message>
            <source>This verdict is not on the database's rating scale.</source>
            <translation>Este veredicto no está en la escala de calificación de la base de datos.</translation>
        </message>
    </context>
    <context>
        <name>Web</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>ok</source>
            <extracomment>Minutes to wait before trying unreachable copies again, one step further after each round that found the network still down; the last is repeated. What a link check found, as the window says it (the states are data).</extracomment>
            <translation>correcto</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>movido</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>cambiado</translation>
        </message>
        <message>
            <source>gone</source>
            <translation>desaparecido</translation>
        </message>
        <message>
            <source>unreachable</source>
            <translation>inaccesible</translation>
        </message>
        <message>
            <source>Open URL</source>
            <translation>Abrir URL</translation>
        </message>
        <message>
            <source>Web addresses of articles, one a line (http:// or https://):</source>
            <translation>Direcciones web de artículos, una por línea (http:// o https://):</translation>
        </message>
        <message>
            <source>https://…</source>
            <comment>an example address</comment>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Web addresses</source>
            <translation>Direcciones web</translation>
        </message>
        <message>
            <source>One a line, starting with http:// or https://</source>
            <translation>Una por línea, empezando por http:// o https://</translation>
        </message>
        <message>
            <source>Each line must be one address starting with http:// or https://.</source>
            <translation>Cada línea debe ser una dirección que empiece por http:// o https://.</translation>
        </message>
        <message>
            <source>Open &amp;URL…</source>
            <extracomment>Copies being fetched in the background, by source id. Copies that failed with no answer (url by source id), tried again by themselves.</extracomment>
            <translation>Abrir &amp;URL…</translation>
        </message>
        <message>
            <source>Import articles from their web addresses (one a line)</source>
            <translation>Importar artículos desde sus direcciones web (una por línea)</translation>
        </message>
        <message>
            <source>Update from &amp;URL</source>
            <translation>Actualizar desde &amp;URL</translation>
        </message>
        <message>
            <source>Fetch this article again from its web address; a changed text becomes a new version and its claims follow</source>
            <translation>Volver a descargar este artículo desde su dirección web; un texto modificado se convierte en una versión nueva y sus afirmaciones lo siguen</translation>
        </message>
        <message>
            <source>Check &amp;Links</source>
            <translation>Comprobar &amp;enlaces</translation>
        </message>
        <message>
            <source>Fetch every source's address again: ok, moved, changed, gone or unreachable</source>
            <translation>Volver a consultar la dirección de cada fuente: correcta, movida, cambiada, desaparecida o inaccesible</translation>
        </message>
        <message>
            <source>Retry Failed &amp;Copies</source>
            <translation>Reintentar &amp;copias fallidas</translation>
        </message>
        <message>
            <source>Try again to keep copies of the sources whose pages could not be fetched</source>
            <translation>Volver a intentar guardar copias de las fuentes cuyas páginas no se pudieron descargar</translation>
        </message>
        <message>
            <source>Find &amp;Quote in Sources</source>
            <translation>Buscar la &amp;cita en las fuentes</translation>
        </message>
        <message>
            <source>Look for the selected claim's quote in its sources' kept copies</source>
            <translation>Buscar la cita de la afirmación seleccionada en las copias guardadas de sus fuentes</translation>
        </message>
        <message>
            <source>Cannot update from the web</source>
            <translation>No se puede actualizar desde la web</translation>
        </message>
        <message>
            <source>Update from URL</source>
            <translation>Actualizar desde URL</translation>
        </message>
        <message>
            <source>Fetching {url}…</source>
            <translation>Descargando {url}…</translation>
        </message>
        <message>
            <source>Nothing Changed</source>
            <translation>Nada ha cambiado</translation>
        </message>
        <message>
            <source>The page at {url} has the same text as the article.</source>
            <translation>La página de {url} tiene el mismo texto que el artículo.</translation>
        </message>
        <message>
            <source>updated from {url}</source>
            <translation>actualizado desde {url}</translation>
        </message>
        <message>
            <source>The copy of {url} could not be saved: {error}</source>
            <translation>No se pudo guardar la copia de {url}: {error}</translation>
        </message>
        <message>
            <source>No copy kept of {url}: {error}. It is tried again by itself when the network is back.</source>
            <translation>No se guardó ninguna copia de {url}: {error}. Se volverá a intentar automáticamente cuando vuelva la red.</translation>
        </message>
        <message>
            <source>No copy kept of {url}: {error}. Sources &gt; Retry Failed Copies tries again.</source>
            <translation>No se guardó ninguna copia de {url}: {error}. Fuentes &gt; Reintentar copias fallidas lo vuelve a intentar.</translation>
        </message>
        <message>
            <source>Copy kept of {url}</source>
            <translation>Copia guardada de {url}</translation>
        </message>
        <message>
            <source>Retry Failed Copies</source>
            <translation>Reintentar copias fallidas</translation>
        </message>
        <message>
            <source>Every source that was fetched has its copy; nothing to retry.</source>
            <translation>Todas las fuentes descargadas tienen su copia; no hay nada que reintentar.</translation>
        </message>
        <message numerus="yes">
            <source>Fetching %n page(s) again…</source>
            <translation>
                <numerusform>Volviendo a descargar %n página…</numerusform>
                <numerusform>Volviendo a descargar %n páginas…</numerusform>
            </translation>
        </message>
        <message>
            <source>fetching a copy…</source>
            <translation>descargando una copia…</translation>
        </message>
        <message>
            <source>copy kept {date}</source>
            <translation>copia guardada el {date}</translation>
        </message>
        <message>
            <source>no copy: {error}</source>
            <translation>sin copia: {error}</translation>
        </message>
        <message>
            <source>link {state} {date}</source>
            <translation>enlace {state} ({date})</translation>
        </message>
        <message>
            <source>Not Found in the Sources</source>
            <translation>No encontrada en las fuentes</translation>
        </message>
        <message>
            <source>The claim's quote is not in the kept copies of its sources.</source>
            <translation>La cita de la afirmación no está en las copias guardadas de sus fuentes.</translation>
        </message>
        <message>
            <source>The claim's quote is not in the kept copies of its sources (it has no sources yet).</source>
            <translation>La cita de la afirmación no está en las copias guardadas de sus fuentes (aún no tiene fuentes).</translation>
        </message>
        <message>
            <source>Found in source {number}</source>
            <translation>Encontrada en la fuente {number}</translation>
        </message>
        <message>
            <source>Found in source {number} (a close match, {score} alike)</source>
            <translation>Encontrada en la fuente {number} (una coincidencia cercana, {score} de parecido)</translation>
        </message>
        <message>
            <source>Check Links</source>
            <translation>Comprobar enlaces</translation>
        </message>
        <message>
            <source>No claim has a source yet.</source>
            <translation>Ninguna afirmación tiene fuentes todavía.</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n source address(es)…</source>
            <translation>
                <numerusform>Comprobando %n dirección de fuente…</numerusform>
                <numerusform>Comprobando %n direcciones de fuentes…</numerusform>
            </translation>
        </message>
        <message>
            <source>Check Links failed</source>
            <translation>Falló la comprobación de enlaces</translation>
        </message>
        <message>
            <source>Cannot save the link check</source>
            <translation>No se puede guardar la comprobación de enlaces</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{count} {state}</source>
            <comment>a number of links in a state</comment>
            <translation>{state}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>Checked {checked} of %n link(s): {summary}</source>
            <translation>
                <numerusform>Comprobados {checked} de %n enlace: {summary}</numerusform>
                <numerusform>Comprobados {checked} de %n enlaces: {summary}</numerusform>
            </translation>
        </message>
        <message>
            <source>unexpected {error}</source>
            <translation>error inesperado: {error}</translation>
        </message>
    </context>
</TS>
