<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ArticleController</name>
        <message>
            <source>Could not open the article</source>
            <translation>No se pudo abrir el artículo</translation>
        </message>
    </context>
    <context>
        <name>ArticleVersions</name>
        <message>
            <source>Update from &amp;File…</source>
            <translation>Actualizar desde &amp;archivo…</translation>
        </message>
        <message>
            <source>Store the text of a file as the new version of this article; claims follow it</source>
            <translation>Guardar el texto de un archivo como nueva versión de este artículo; las afirmaciones lo siguen</translation>
        </message>
        <message>
            <source>Update from &amp;Clipboard</source>
            <translation>Actualizar desde el &amp;portapapeles</translation>
        </message>
        <message>
            <source>Store the text on the clipboard as the new version of this article</source>
            <translation>Guardar el texto del portapapeles como nueva versión de este artículo</translation>
        </message>
        <message>
            <source>&amp;Versions…</source>
            <translation>&amp;Versiones…</translation>
        </message>
        <message>
            <source>List this article's versions and compare any two</source>
            <translation>Listar las versiones de este artículo y comparar dos cualesquiera</translation>
        </message>
        <message>
            <source>Update Article from File</source>
            <translation>Actualizar el artículo desde un archivo</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>{file}: {error}</source>
            <translation>{file}: {error}</translation>
        </message>
        <message>
            <source>Cannot read the new text</source>
            <translation>No se puede leer el texto nuevo</translation>
        </message>
        <message>
            <source>Cannot update from the clipboard</source>
            <translation>No se puede actualizar desde el portapapeles</translation>
        </message>
        <message>
            <source>{error}

Copy the article's new text first, then try again.</source>
            <translation>{error}

Copie primero el texto nuevo del artículo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Cannot update the article</source>
            <translation>No se puede actualizar el artículo</translation>
        </message>
        <message>
            <source>Nothing to update</source>
            <translation>Nada que actualizar</translation>
        </message>
        <message>
            <source>The new text is the same as the current text (version {number}), so no new version was stored.</source>
            <translation>El texto nuevo es igual al texto actual (versión {number}), así que no se guardó ninguna versión nueva.</translation>
        </message>
        <message>
            <source>Update Article Text</source>
            <translation>Actualizar el texto del artículo</translation>
        </message>
        <message>
            <source>Cannot show the versions</source>
            <translation>No se pueden mostrar las versiones</translation>
        </message>
    </context>
    <context>
        <name>CaretClaim</name>
        <message>
            <source>The text cursor is not in a claim.</source>
            <translation>El cursor de texto no está en una afirmación.</translation>
        </message>
        <message>
            <source>In claim “{quote}”: verdict {verdict}, status {status}.</source>
            <translation>En la afirmación «{quote}»: veredicto {verdict}, estado {status}.</translation>
        </message>
        <message>
            <source>not judged yet</source>
            <translation>aún sin veredicto</translation>
        </message>
        <message numerus="yes">
            <source>Also inside %n more claim(s).</source>
            <translation>
                <numerusform>También dentro de %Ln afirmación más.</numerusform>
                <numerusform>También dentro de %Ln afirmaciones más.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckedBefore</name>
        <message>
            <source>Checked before</source>
            <translation>Verificado antes</translation>
        </message>
        <message>
            <source>Looking for similar claims…</source>
            <translation>Buscando afirmaciones similares…</translation>
        </message>
        <message>
            <source>No similar claim in other articles.</source>
            <translation>No hay afirmaciones similares en otros artículos.</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Sin veredicto</translation>
        </message>
        <message>
            <source>{percent}% alike</source>
            <translation>{percent} % de parecido</translation>
        </message>
        <message>
            <source>Use this verdict</source>
            <translation>Usar este veredicto</translation>
        </message>
        <message>
            <source>Copy its verdict, rationale and sources into this claim (Ctrl+Z undoes it)</source>
            <translation>Copiar su veredicto, justificación y fuentes en esta afirmación (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <source>This claim has no verdict yet</source>
            <translation>Esta afirmación aún no tiene veredicto</translation>
        </message>
        <message>
            <source>Use the verdict {verdict} of claim {claim}</source>
            <translation>Usar el veredicto {verdict} de la afirmación {claim}</translation>
        </message>
        <message>
            <source>Claim {claim}</source>
            <translation>Afirmación {claim}</translation>
        </message>
        <message>
            <source>This database is open read-only: nothing can be copied into it</source>
            <translation>Esta base de datos está abierta en solo lectura: no se puede copiar nada en ella</translation>
        </message>
    </context>
    <context>
        <name>ClaimHistory</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Show who changed the selected claim, when, and from what to what</source>
            <translation>Mostrar quién cambió la afirmación seleccionada, cuándo y de qué a qué</translation>
        </message>
        <message>
            <source>Deleted &amp;Claims…</source>
            <translation>Afirmaciones eli&amp;minadas…</translation>
        </message>
        <message>
            <source>List this article's deleted claims and restore one with its sources</source>
            <translation>Listar las afirmaciones eliminadas de este artículo y restaurar una con sus fuentes</translation>
        </message>
        <message>
            <source>Cannot list the deleted claims</source>
            <translation>No se pueden listar las afirmaciones eliminadas</translation>
        </message>
        <message>
            <source>Cannot restore the claim</source>
            <translation>No se puede restaurar la afirmación</translation>
        </message>
        <message>
            <source>Claim restored with its sources. Undo (Ctrl+Z) deletes it again.</source>
            <translation>Afirmación restaurada con sus fuentes. Deshacer (Ctrl+Z) la vuelve a eliminar.</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <source>&amp;New Claim from Selection</source>
            <extracomment>Told (source id, url, keep a copy?) after Add Source (the window's web part).</extracomment>
            <translation>&amp;Nueva afirmación desde la selección</translation>
        </message>
        <message>
            <source>Mark the selected text as a claim, snapped to whole words</source>
            <translation>Marcar el texto seleccionado como afirmación, ajustado a palabras completas</translation>
        </message>
        <message>
            <source>New Claim</source>
            <translation>Nueva afirmación</translation>
        </message>
        <message>
            <source>New Claim from &amp;Exact Selection</source>
            <translation>Nueva afirmación desde la selección e&amp;xacta</translation>
        </message>
        <message>
            <source>Mark exactly the selected characters as a claim</source>
            <translation>Marcar exactamente los caracteres seleccionados como afirmación</translation>
        </message>
        <message>
            <source>Ne&amp;xt Claim</source>
            <translation>Afirmación si&amp;guiente</translation>
        </message>
        <message>
            <source>Select the next claim in the text</source>
            <translation>Seleccionar la siguiente afirmación del texto</translation>
        </message>
        <message>
            <source>Pre&amp;vious Claim</source>
            <translation>Afirmación an&amp;terior</translation>
        </message>
        <message>
            <source>Select the previous claim in the text</source>
            <translation>Seleccionar la afirmación anterior del texto</translation>
        </message>
        <message>
            <source>Extend End by a Word</source>
            <translation>Extender el final una palabra</translation>
        </message>
        <message>
            <source>Move the end of the selected claim one word right</source>
            <translation>Mover el final de la afirmación seleccionada una palabra a la derecha</translation>
        </message>
        <message>
            <source>Shrink End by a Word</source>
            <translation>Acortar el final una palabra</translation>
        </message>
        <message>
            <source>Move the end of the selected claim one word left</source>
            <translation>Mover el final de la afirmación seleccionada una palabra a la izquierda</translation>
        </message>
        <message>
            <source>Extend Start by a Word</source>
            <translation>Extender el inicio una palabra</translation>
        </message>
        <message>
            <source>Move the start of the selected claim one word left</source>
            <translation>Mover el inicio de la afirmación seleccionada una palabra a la izquierda</translation>
        </message>
        <message>
            <source>Shrink Start by a Word</source>
            <translation>Acortar el inicio una palabra</translation>
        </message>
        <message>
            <source>Move the start of the selected claim one word right</source>
            <translation>Mover el inicio de la afirmación seleccionada una palabra a la derecha</translation>
        </message>
        <message>
            <source>Filter Claims by &amp;Verdict…</source>
            <translation>Filtrar afirmaciones por &amp;veredicto…</translation>
        </message>
        <message>
            <source>Choose the verdict of the claims the table shows</source>
            <translation>Elegir el veredicto de las afirmaciones que muestra la tabla</translation>
        </message>
        <message>
            <source>Filter Claims by &amp;Status…</source>
            <translation>Filtrar afirmaciones por &amp;estado…</translation>
        </message>
        <message>
            <source>Choose the status of the claims the table shows</source>
            <translation>Elegir el estado de las afirmaciones que muestra la tabla</translation>
        </message>
        <message>
            <source>Back to the Article</source>
            <translation>Volver al artículo</translation>
        </message>
        <message>
            <source>Leave the claim's fields and return to the text</source>
            <translation>Salir de los campos de la afirmación y volver al texto</translation>
        </message>
        <message>
            <source>Add &amp;Source…</source>
            <translation>Añadir &amp;fuente…</translation>
        </message>
        <message>
            <source>Add a source to the selected claim</source>
            <translation>Añadir una fuente a la afirmación seleccionada</translation>
        </message>
        <message>
            <source>Mark &amp;Final</source>
            <translation>Marcar como f&amp;inal</translation>
        </message>
        <message>
            <source>Set the selected claim's status to Final</source>
            <translation>Poner el estado de la afirmación seleccionada en Final</translation>
        </message>
        <message>
            <source>Clear Verdict</source>
            <translation>Quitar veredicto</translation>
        </message>
        <message>
            <source>Remove the selected claim's verdict</source>
            <translation>Quitar el veredicto de la afirmación seleccionada</translation>
        </message>
        <message>
            <source>&amp;Delete Claim</source>
            <translation>&amp;Eliminar afirmación</translation>
        </message>
        <message>
            <source>Delete the selected claim (undoable)</source>
            <translation>Eliminar la afirmación seleccionada (se puede deshacer)</translation>
        </message>
        <message>
            <source>Set the verdict to {label}</source>
            <translation>Poner el veredicto en {label}</translation>
        </message>
        <message>
            <source>{label}: {description}</source>
            <translation>{label}: {description}</translation>
        </message>
        <message>
            <source>Set the verdict to {label} ({key})</source>
            <translation>Poner el veredicto en {label} ({key})</translation>
        </message>
        <message>
            <source>Select the words of a claim in the article first.</source>
            <translation>Seleccione primero las palabras de una afirmación en el artículo.</translation>
        </message>
        <message>
            <source>Claim saved. Type its claim text; Escape returns to the article, 1-9 there set the verdict.</source>
            <translation>Afirmación guardada. Escriba su texto; Escape vuelve al artículo, y allí 1-9 ponen el veredicto.</translation>
        </message>
        <message>
            <source>Claim deleted. Undo (Ctrl+Z) brings it back, and so does Claim &gt; Deleted Claims… later.</source>
            <translation>Afirmación eliminada. Deshacer (Ctrl+Z) la recupera, y también Afirmación &gt; Afirmaciones eliminadas… más adelante.</translation>
        </message>
    </context>
    <context>
        <name>ClaimsTable</name>
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
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Orphaned: the text changed and these words were not found.</source>
            <translation>Huérfana: el texto cambió y no se encontraron estas palabras.</translation>
        </message>
        <message>
            <source>Needs a look: placed on slightly different words.</source>
            <translation>Requiere revisión: colocada sobre palabras algo distintas.</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Sin veredicto</translation>
        </message>
        <message>
            <source>{status} · {mark} corrected</source>
            <translation>{status} · {mark} corregida</translation>
        </message>
        <message>
            <source>{status} · {mark} corrected ×{count}</source>
            <translation>{status} · {mark} corregida ×{count}</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Afirmaciones</translation>
        </message>
        <message>
            <source>Filter by verdict</source>
            <translation>Filtrar por veredicto</translation>
        </message>
        <message>
            <source>Show only claims with this verdict</source>
            <translation>Mostrar solo las afirmaciones con este veredicto</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filtrar por estado</translation>
        </message>
        <message>
            <source>Show only claims with this status</source>
            <translation>Mostrar solo las afirmaciones con este estado</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Filter by sources' links</source>
            <translation>Filtrar por enlaces de las fuentes</translation>
        </message>
        <message>
            <source>Show only claims with a source whose page is gone or changed (Sources &gt; Check Links)</source>
            <translation>Mostrar solo las afirmaciones con una fuente cuya página desapareció o cambió (Fuentes &gt; Comprobar enlaces)</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Todas las fuentes</translation>
        </message>
        <message>
            <source>Sources gone or changed</source>
            <translation>Fuentes desaparecidas o cambiadas</translation>
        </message>
        <message>
            <source>Filter by assignee</source>
            <extracomment>Ids of claims whose sources were last found gone or changed (the window's).</extracomment>
            <translation>Filtrar por asignación</translation>
        </message>
        <message>
            <source>Show only claims assigned to you (or on an article assigned to you)</source>
            <translation>Mostrar solo las afirmaciones asignadas a usted (o de un artículo asignado a usted)</translation>
        </message>
        <message>
            <source>Everyone's claims</source>
            <translation>Afirmaciones de todos</translation>
        </message>
        <message>
            <source>Assigned to me</source>
            <translation>Asignado a mí</translation>
        </message>
        <message>
            <source>Claims of this article</source>
            <extracomment>Ids of the claims assigned to the current reviewer (the team's).</extracomment>
            <translation>Afirmaciones de este artículo</translation>
        </message>
        <message>
            <source>Claims ({shown} of {total})</source>
            <translation>Afirmaciones ({shown} de {total})</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>Todos los veredictos</translation>
        </message>
        <message>
            <source>Claims ({total})</source>
            <translation>Afirmaciones ({total})</translation>
        </message>
    </context>
    <context>
        <name>Corrections</name>
        <message>
            <source>Correction Note</source>
            <translation>Nota de corrección</translation>
        </message>
        <message>
            <source>This claim is {status}, so {change} is a correction. Corrections are recorded and shown in the claim's history and in every report. Say briefly why:</source>
            <translation>Esta afirmación está en estado {status}, así que {change} es una corrección. Las correcciones se registran y se muestran en el historial de la afirmación y en cada informe. Indique brevemente el motivo:</translation>
        </message>
        <message>
            <source>This claim was final before, so {change} is a correction. Corrections are recorded and shown in the claim's history and in every report. Say briefly why:</source>
            <translation>Esta afirmación ya fue final, así que {change} es una corrección. Las correcciones se registran y se muestran en el historial de la afirmación y en cada informe. Indique brevemente el motivo:</translation>
        </message>
        <message>
            <source>“{quote}”</source>
            <translation>«{quote}»</translation>
        </message>
        <message>
            <source>Correction note</source>
            <translation>Nota de corrección</translation>
        </message>
        <message>
            <source>e.g. The ONS revised its figures on 3 March</source>
            <translation>p. ej. El instituto de estadística revisó sus cifras el 3 de marzo</translation>
        </message>
        <message>
            <source>Record Correction</source>
            <translation>Registrar corrección</translation>
        </message>
        <message>
            <source>changing its claim text</source>
            <translation>cambiar su texto</translation>
        </message>
        <message>
            <source>changing its claimant</source>
            <translation>cambiar su autor</translation>
        </message>
        <message>
            <source>changing its verdict</source>
            <translation>cambiar su veredicto</translation>
        </message>
        <message>
            <source>changing its rationale</source>
            <translation>cambiar su justificación</translation>
        </message>
        <message>
            <source>changing its status</source>
            <translation>cambiar su estado</translation>
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
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>changing its verdict from {old} to {new}</source>
            <translation>cambiar su veredicto de {old} a {new}</translation>
        </message>
        <message>
            <source>changing its {field}</source>
            <translation>cambiar su {field}</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between words</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>marking it {status} again with another {fields}</source>
            <translation>volver a marcarla como {status} con otro {fields}</translation>
        </message>
        <message numerus="yes">
            <source>Corrected %n time(s):</source>
            <translation>
                <numerusform>Corregida %Ln vez:</numerusform>
                <numerusform>Corregida %Ln veces:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeletedClaimsDialog</name>
        <message>
            <source>This database is open read-only: deleted claims can be read here, not restored.</source>
            <translation>Esta base de datos está abierta en solo lectura: aquí se pueden leer las afirmaciones eliminadas, pero no restaurarlas.</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>Eliminada por</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminada</translation>
        </message>
        <message>
            <source>No deleted claims in this article.

A claim you delete is kept in its history and listed here, to restore with its sources.</source>
            <translation>No hay afirmaciones eliminadas en este artículo.

Una afirmación eliminada se conserva en su historial y aparece aquí, para restaurarla con sus fuentes.</translation>
        </message>
        <message>
            <source>Deleted Claims of “{title}”</source>
            <translation>Afirmaciones eliminadas de «{title}»</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted claim(s), most recent first. Restore puts the claim back where it was, with its verdict, rationale and sources; if the text changed since, it is placed on the current text.</source>
            <translation>
                <numerusform>%Ln afirmación eliminada, la más reciente primero. Restaurar devuelve la afirmación a donde estaba, con su veredicto, justificación y fuentes; si el texto cambió desde entonces, se coloca sobre el texto actual.</numerusform>
                <numerusform>%Ln afirmaciones eliminadas, la más reciente primero. Restaurar devuelve la afirmación a donde estaba, con su veredicto, justificación y fuentes; si el texto cambió desde entonces, se coloca sobre el texto actual.</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleted claims</source>
            <translation>Afirmaciones eliminadas</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Sin veredicto</translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%Ln fuente</numerusform>
                <numerusform>%Ln fuentes</numerusform>
            </translation>
        </message>
        <message>
            <source>History of the selected claim</source>
            <translation>Historial de la afirmación seleccionada</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Bring the selected claim back with its sources (undoable)</source>
            <translation>Recuperar la afirmación seleccionada con sus fuentes (se puede deshacer)</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Mark the checkable claims in news articles, judge each one against your sources, and hand on a report.</source>
            <translation>Marque las afirmaciones verificables de los artículos de noticias, evalúe cada una con sus fuentes y entregue un informe.</translation>
        </message>
        <message>
            <source>Or import files from the command line:  factcheck-gui import FILE</source>
            <translation>O importe archivos desde la línea de comandos:  factcheck-gui import FILE</translation>
        </message>
        <message>
            <source>Open the sample article</source>
            <translation>Abrir el artículo de ejemplo</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>Importar archivos…</translation>
        </message>
        <message>
            <source>Add article files: .txt, .md, .html, .docx, .pdf (Ctrl+I)</source>
            <translation>Añadir archivos de artículos: .txt, .md, .html, .docx, .pdf (Ctrl+I)</translation>
        </message>
        <message>
            <source>Paste an article</source>
            <translation>Pegar un artículo</translation>
        </message>
        <message>
            <source>Make a new article from the text on the clipboard (Ctrl+Shift+V)</source>
            <translation>Crear un artículo nuevo con el texto del portapapeles (Ctrl+Shift+V)</translation>
        </message>
        <message>
            <source>Open a database…</source>
            <translation>Abrir una base de datos…</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in the text</source>
            <translation>Buscar en el texto</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} de {total}</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter, Shift+F3)</source>
            <translation>Coincidencia anterior (Shift+Enter, Shift+F3)</translation>
        </message>
        <message>
            <source>Next match (Enter, F3)</source>
            <translation>Coincidencia siguiente (Enter, F3)</translation>
        </message>
        <message>
            <source>Match case: tell capital letters from small ones</source>
            <translation>Distinguir mayúsculas y minúsculas</translation>
        </message>
        <message>
            <source>Whole words: only matches that start and end at word edges</source>
            <translation>Palabras completas: solo coincidencias que empiezan y terminan en el borde de una palabra</translation>
        </message>
        <message>
            <source>Make Claim ({key})</source>
            <translation>Crear afirmación ({key})</translation>
        </message>
        <message>
            <source>Make the current match a claim (undo with Ctrl+Z)</source>
            <translation>Convertir la coincidencia actual en afirmación (se deshace con Ctrl+Z)</translation>
        </message>
        <message>
            <source>Close the find bar (Escape)</source>
            <translation>Cerrar la barra de búsqueda (Escape)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Sin coincidencias</translation>
        </message>
    </context>
    <context>
        <name>FindClaims</name>
        <message>
            <source>Find &amp;Claims…</source>
            <translation>Buscar &amp;afirmaciones…</translation>
        </message>
        <message>
            <source>Search every claim of the library, in other words too</source>
            <translation>Buscar en todas las afirmaciones de la biblioteca, también con otras palabras</translation>
        </message>
        <message>
            <source>Not judged</source>
            <translation>Sin veredicto</translation>
        </message>
        <message>
            <source>Find Claims</source>
            <translation>Buscar afirmaciones</translation>
        </message>
        <message>
            <source>Words or a whole claim, e.g. bus fares rose 18%</source>
            <translation>Palabras o una afirmación completa, p. ej. el boleto de autobús subió un 18%</translation>
        </message>
        <message>
            <source>Find claims</source>
            <translation>Buscar afirmaciones</translation>
        </message>
        <message>
            <source>Matching claims</source>
            <translation>Afirmaciones coincidentes</translation>
        </message>
        <message>
            <source>Could not search: {error}</source>
            <translation>No se pudo buscar: {error}</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) found</source>
            <translation>
                <numerusform>%Ln afirmación encontrada</numerusform>
                <numerusform>%Ln afirmaciones encontradas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindInArticle</name>
        <message>
            <source>&amp;Find in Article…</source>
            <translation>&amp;Buscar en el artículo…</translation>
        </message>
        <message>
            <source>Find words in the article's text</source>
            <translation>Buscar palabras en el texto del artículo</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Buscar &amp;siguiente</translation>
        </message>
        <message>
            <source>Go to the next match in the article</source>
            <translation>Ir a la siguiente coincidencia del artículo</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Buscar a&amp;nterior</translation>
        </message>
        <message>
            <source>Go to the previous match in the article</source>
            <translation>Ir a la coincidencia anterior del artículo</translation>
        </message>
        <message>
            <source>New Claim from &amp;Match</source>
            <translation>Nueva afirmación desde la &amp;coincidencia</translation>
        </message>
        <message>
            <source>Make the current match of the find bar a claim</source>
            <translation>Convertir en afirmación la coincidencia actual de la barra de búsqueda</translation>
        </message>
        <message>
            <source>Open an article first: Find looks in its text.</source>
            <translation>Abra primero un artículo: Buscar busca en su texto.</translation>
        </message>
        <message>
            <source>No match to make a claim of: type words that are in the text.</source>
            <translation>No hay coincidencia para crear una afirmación: escriba palabras que estén en el texto.</translation>
        </message>
    </context>
    <context>
        <name>Highlights</name>
        <message>
            <source>Not judged yet</source>
            <extracomment>Claims named in one tooltip; the rest are counted ("and 9,990 more").</extracomment>
            <translation>Aún sin veredicto</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %Ln más</numerusform>
                <numerusform>y %Ln más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Select a claim to see its history.</source>
            <translation>Seleccione una afirmación para ver su historial.</translation>
        </message>
        <message>
            <source>No changes recorded for this claim.</source>
            <translation>No hay cambios registrados para esta afirmación.</translation>
        </message>
        <message>
            <source>From {first}
to {last}</source>
            <translation>Desde {first}
hasta {last}</translation>
        </message>
        <message>
            <source>Correction withdrawn</source>
            <translation>Corrección retirada</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Corrección</translation>
        </message>
        <message>
            <source>A correction undone: it no longer counts as one</source>
            <translation>Una corrección deshecha: ya no cuenta como tal</translation>
        </message>
        <message>
            <source>A change to a verdict or rationale that was already final</source>
            <translation>Un cambio en un veredicto o una justificación que ya era final</translation>
        </message>
        <message numerus="yes">
            <source>%n save(s) of one edit, the last at {time}</source>
            <translation>
                <numerusform>%Ln guardado de una misma edición, el último el {time}</numerusform>
                <numerusform>%Ln guardados de una misma edición, el último el {time}</numerusform>
            </translation>
        </message>
        <message>
            <source>Show full text</source>
            <translation>Mostrar el texto completo</translation>
        </message>
        <message>
            <source>Show less</source>
            <translation>Mostrar menos</translation>
        </message>
        <message>
            <source>Claim history</source>
            <translation>Historial de la afirmación</translation>
        </message>
        <message>
            <source>Changes to this claim</source>
            <translation>Cambios en esta afirmación</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between names</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} y %Ln más</numerusform>
                <numerusform>{names} y %Ln más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) by {names}, newest first</source>
            <translation>
                <numerusform>%Ln cambio de {names}</numerusform>
                <numerusform>%Ln cambios de {names}, el más reciente primero</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show %n older change(s)</source>
            <translation>
                <numerusform>Mostrar %Ln cambio anterior</numerusform>
                <numerusform>Mostrar %Ln cambios anteriores</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>No claim selected.

Select a sentence in the article and press Enter (or click “New Claim”) to mark it as a claim, or click a highlight to open one.</source>
            <translation>Ninguna afirmación seleccionada.

Seleccione una frase del artículo y pulse Enter (o haga clic en «Nueva afirmación») para marcarla como afirmación, o haga clic en un resaltado para abrir una.</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Afirmación</translation>
        </message>
        <message>
            <source>Claim text</source>
            <translation>Texto de la afirmación</translation>
        </message>
        <message>
            <source>Claimant</source>
            <translation>Autor de la afirmación</translation>
        </message>
        <message>
            <source>Who made the claim</source>
            <translation>Quién hizo la afirmación</translation>
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
            <source>Why this verdict: what the sources show</source>
            <translation>Por qué este veredicto: qué muestran las fuentes</translation>
        </message>
        <message>
            <source>C&amp;laim:</source>
            <translation>Afir&amp;mación:</translation>
        </message>
        <message>
            <source>Clai&amp;mant:</source>
            <translation>A&amp;utor:</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>&amp;Veredicto:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Justificación:</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Fuentes:</translation>
        </message>
        <message>
            <source>Claim fields</source>
            <translation>Campos de la afirmación</translation>
        </message>
        <message>
            <source>Claim inspector</source>
            <translation>Inspector de la afirmación</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Not judged yet</source>
            <translation>Aún sin veredicto</translation>
        </message>
        <message>
            <source>The claim's verdict (keys 1-9 in the article)</source>
            <translation>El veredicto de la afirmación (teclas 1-9 en el artículo)</translation>
        </message>
        <message>
            <source>Claim (read-only)</source>
            <translation>Afirmación (solo lectura)</translation>
        </message>
        <message>
            <source>No rationale</source>
            <translation>Sin justificación</translation>
        </message>
        <message>
            <source>Not named</source>
            <translation>Sin nombre</translation>
        </message>
        <message>
            <source>No source yet</source>
            <translation>Aún no hay fuentes</translation>
        </message>
        <message>
            <source>One source so far</source>
            <translation>Por ahora, una sola fuente</translation>
        </message>
        <message>
            <source>{have}: readers should be able to repeat the check; two independent sources are the usual minimum for a central claim.</source>
            <translation>{have}: los lectores deben poder repetir la verificación; dos fuentes independientes son el mínimo habitual para una afirmación central.</translation>
        </message>
        <message>
            <source>in place</source>
            <translation>en su sitio</translation>
        </message>
        <message>
            <source>moved with an edit</source>
            <translation>movida por una edición</translation>
        </message>
        <message>
            <source>found approximately</source>
            <translation>encontrada de forma aproximada</translation>
        </message>
        <message>
            <source>lost (text changed)</source>
            <translation>perdida (el texto cambió)</translation>
        </message>
        <message>
            <source>Reviewer: {reviewer}
Created {created} · updated {updated}
Anchor: {anchor} · characters {start}–{end}</source>
            <translation>Revisor: {reviewer}
Creada: {created} · actualizada: {updated}
Anclaje: {anchor} · caracteres {start}–{end}</translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%Ln artículo</numerusform>
                <numerusform>%Ln artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%Ln afirmación</numerusform>
                <numerusform>%Ln afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>That claim's article is gone.</source>
            <translation>El artículo de esa afirmación ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPane</name>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%Ln afirmación</numerusform>
                <numerusform>%Ln afirmaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) ({done} done)</source>
            <translation>
                <numerusform>%Ln afirmación ({done} terminadas)</numerusform>
                <numerusform>%Ln afirmaciones ({done} terminadas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) (all done)</source>
            <translation>
                <numerusform>%Ln afirmación (terminada)</numerusform>
                <numerusform>%Ln afirmaciones (todas terminadas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Más recientes</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <source>Most claims to do</source>
            <translation>Más pendientes</translation>
        </message>
        <message>
            <source>found in a kept copy of a source</source>
            <translation>encontrado en una copia guardada de una fuente</translation>
        </message>
        <message>
            <source>Found in a kept copy of a source</source>
            <translation>Encontrado en una copia guardada de una fuente</translation>
        </message>
        <message>
            <source>Claims by status: {progress}</source>
            <translation>Afirmaciones por estado: {progress}</translation>
        </message>
        <message>
            <source>Library</source>
            <extracomment>Ids of the articles whose sources' kept copies hold the words typed (the window asks the store; nothing without a database).</extracomment>
            <translation>Biblioteca</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Search titles, outlets and kept sources</source>
            <translation>Buscar en títulos, medios y fuentes guardadas</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>Buscar en la biblioteca</translation>
        </message>
        <message>
            <source>Sort the library</source>
            <translation>Ordenar la biblioteca</translation>
        </message>
        <message>
            <source>Assigned to me</source>
            <translation>Asignado a mí</translation>
        </message>
        <message>
            <source>Show only articles assigned to me</source>
            <translation>Mostrar solo los artículos asignados a mí</translation>
        </message>
        <message>
            <source>Show only articles assigned to you, or with claims assigned to you</source>
            <translation>Mostrar solo los artículos asignados a usted o con afirmaciones asignadas a usted</translation>
        </message>
        <message>
            <source>Library ({count})</source>
            <translation>Biblioteca ({count})</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>Article text</source>
            <translation>Texto del artículo</translation>
        </message>
    </context>
    <context>
        <name>ReviewChanges</name>
        <message>
            <source>Version {number} stored. There were no claims to carry over.</source>
            <translation>Versión {number} guardada. No había afirmaciones que trasladar.</translation>
        </message>
        <message>
            <source>Version {number} stored: {ok} ok, {moved} moved, {fuzzy} need a look, {orphaned} orphaned.</source>
            <translation>Versión {number} guardada: {ok} en su sitio, {moved} movidas, {fuzzy} requieren revisión, {orphaned} huérfanas.</translation>
        </message>
        <message>
            <source>Every claim was found.</source>
            <translation>Se encontraron todas las afirmaciones.</translation>
        </message>
        <message>
            <source>Review Next</source>
            <translation>Revisar siguiente</translation>
        </message>
        <message>
            <source>Go to the next claim that needs a look (F8)</source>
            <translation>Ir a la siguiente afirmación que requiere revisión (F8)</translation>
        </message>
        <message>
            <source>Show Claims to Look At</source>
            <translation>Mostrar afirmaciones por revisar</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Pick a claim here, select the words it now covers in the article, then press Re-attach (Ctrl+Shift+A). A claim that needs a look can also be confirmed where it is.</source>
            <translation>Elija aquí una afirmación, seleccione en el artículo las palabras que ahora abarca y pulse Volver a anclar (Ctrl+Shift+A). Una afirmación que requiere revisión también se puede confirmar donde está.</translation>
        </message>
        <message>
            <source>Claims to look at</source>
            <translation>Afirmaciones por revisar</translation>
        </message>
        <message>
            <source>Nothing to look at: every claim of this article is in place.</source>
            <translation>Nada que revisar: todas las afirmaciones de este artículo están en su sitio.</translation>
        </message>
        <message>
            <source>Re-attach to Selection</source>
            <translation>Volver a anclar a la selección</translation>
        </message>
        <message>
            <source>Orphaned · covered in version {version}
“{quote}”</source>
            <translation>Huérfana · abarcada en la versión {version}
«{quote}»</translation>
        </message>
        <message>
            <source>Orphaned
“{quote}”</source>
            <translation>Huérfana
«{quote}»</translation>
        </message>
        <message>
            <source>Needs a look · was
“{was}”
now “{now}”</source>
            <translation>Requiere revisión · antes
«{was}»
ahora «{now}»</translation>
        </message>
        <message>
            <source>Needs a look
“{quote}”</source>
            <translation>Requiere revisión
«{quote}»</translation>
        </message>
        <message>
            <source>Review &amp;Next Changed Claim</source>
            <translation>Revisar la siguiente afirmación &amp;cambiada</translation>
        </message>
        <message>
            <source>Go to the next claim that was lost or needs a look after the text changed</source>
            <translation>Ir a la siguiente afirmación perdida o que requiere revisión tras el cambio del texto</translation>
        </message>
        <message>
            <source>Review &amp;Previous Changed Claim</source>
            <translation>Revisar la afirmación cambiada an&amp;terior</translation>
        </message>
        <message>
            <source>Go to the previous claim that needs a look</source>
            <translation>Ir a la afirmación anterior que requiere revisión</translation>
        </message>
        <message>
            <source>Re-&amp;attach Claim to Selection</source>
            <translation>V&amp;olver a anclar la afirmación a la selección</translation>
        </message>
        <message>
            <source>Anchor the selected claim to the words selected in the article</source>
            <translation>Anclar la afirmación seleccionada a las palabras seleccionadas en el artículo</translation>
        </message>
        <message>
            <source>Claims to Look At</source>
            <translation>Afirmaciones por revisar</translation>
        </message>
        <message>
            <source>Claims to &amp;Look At</source>
            <translation>Afirmaciones por &amp;revisar</translation>
        </message>
        <message>
            <source>Show the claims that were lost or need a look after the text changed</source>
            <translation>Mostrar las afirmaciones perdidas o que requieren revisión tras el cambio del texto</translation>
        </message>
        <message>
            <source>No claim needs a look.</source>
            <translation>Ninguna afirmación requiere revisión.</translation>
        </message>
        <message>
            <source>Orphaned: select the words it covers now and press Ctrl+Shift+A.</source>
            <translation>Huérfana: seleccione las palabras que abarca ahora y pulse Ctrl+Shift+A.</translation>
        </message>
        <message>
            <source>Needs a look: if the highlighted words are right, press Ctrl+Shift+A to confirm; otherwise select the right words first.</source>
            <translation>Requiere revisión: si las palabras resaltadas son las correctas, pulse Ctrl+Shift+A para confirmar; si no, seleccione primero las palabras correctas.</translation>
        </message>
        <message>
            <source>{current} of {total}. {hint}</source>
            <translation>{current} de {total}. {hint}</translation>
        </message>
        <message>
            <source>Pick a claim to re-attach first.</source>
            <translation>Elija primero una afirmación para volver a anclar.</translation>
        </message>
        <message>
            <source>Select the words in the article this claim covers now, then re-attach.</source>
            <translation>Seleccione en el artículo las palabras que esta afirmación abarca ahora y vuelva a anclarla.</translation>
        </message>
        <message>
            <source>Cannot re-attach the claim</source>
            <translation>No se puede volver a anclar la afirmación</translation>
        </message>
        <message>
            <source>Claim re-attached. Undo (Ctrl+Z) puts it back.</source>
            <translation>Afirmación anclada de nuevo. Deshacer (Ctrl+Z) la devuelve a donde estaba.</translation>
        </message>
    </context>
    <context>
        <name>SourcesEditor</name>
        <message>
            <source>Supports</source>
            <translation>Respalda</translation>
        </message>
        <message>
            <source>Refutes</source>
            <translation>Refuta</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Edit Source</source>
            <extracomment>The preference: whether Add Source offers "Keep a copy" ticked (the last choice). A line per source id about its page ("copy kept 2026-12-02 · link gone ...").</extracomment>
            <translation>Editar fuente</translation>
        </message>
        <message>
            <source>Add Source</source>
            <translation>Añadir fuente</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Publisher:</source>
            <translation>&amp;Editor:</translation>
        </message>
        <message>
            <source>Pu&amp;blished:</source>
            <translation>&amp;Publicado:</translation>
        </message>
        <message>
            <source>&amp;Accessed:</source>
            <translation>&amp;Consultado:</translation>
        </message>
        <message>
            <source>&amp;Keep a copy of the page (fetched in the background)</source>
            <translation>&amp;Guardar una copia de la página (se descarga en segundo plano)</translation>
        </message>
        <message>
            <source>&amp;Stance:</source>
            <translation>P&amp;ostura:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>Sources</source>
            <extracomment>Lines about each source's page (kept copy, link check), given by the window.</extracomment>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Add a source (Ctrl+Shift+S)</source>
            <translation>Añadir una fuente (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected source</source>
            <translation>Editar la fuente seleccionada</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected source</source>
            <translation>Quitar la fuente seleccionada</translation>
        </message>
        <message>
            <source>Move the selected source up</source>
            <translation>Subir la fuente seleccionada</translation>
        </message>
        <message>
            <source>Move the selected source down</source>
            <translation>Bajar la fuente seleccionada</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the source in your browser (http and https only)</source>
            <translation>Abrir la fuente en el navegador (solo http y https)</translation>
        </message>
        <message>
            <source>Copy…</source>
            <translation>Copia…</translation>
        </message>
        <message>
            <source>Show the kept copy of the page as plain text (or fetch one)</source>
            <translation>Mostrar la copia guardada de la página como texto sin formato (u obtener una)</translation>
        </message>
        <message>
            <source>Select a source first: Open shows its link in your browser.</source>
            <translation>Seleccione primero una fuente: Abrir muestra su enlace en el navegador.</translation>
        </message>
        <message>
            <source>The link “{url}” was not opened: only web links (http or https, with a host) open in the browser.</source>
            <translation>No se abrió el enlace «{url}»: solo los enlaces web (http o https, con un servidor) se abren en el navegador.</translation>
        </message>
        <message>
            <source>No web browser opened “{url}”. The link is on the clipboard: paste it into a browser.</source>
            <translation>Ningún navegador abrió «{url}». El enlace está en el portapapeles: péguelo en un navegador.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
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
            <translation>Necesita revisión</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicado</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Finding check-worthy sentences…</source>
            <translation>Buscando frases que merecen verificación…</translation>
        </message>
        <message>
            <source>Show &amp;Suggestions</source>
            <translation>Mostrar &amp;sugerencias</translation>
        </message>
        <message>
            <source>Underline the sentences worth checking (dotted); hover one for why</source>
            <translation>Subrayar (con puntos) las frases que merecen verificación; pase el puntero sobre una para ver por qué</translation>
        </message>
        <message>
            <source>Ne&amp;xt Suggestion</source>
            <translation>Sugerencia si&amp;guiente</translation>
        </message>
        <message>
            <source>Go to the next suggested claim, best first</source>
            <translation>Ir a la siguiente afirmación sugerida, de mejor a peor</translation>
        </message>
        <message>
            <source>Pre&amp;vious Suggestion</source>
            <translation>Sugerencia an&amp;terior</translation>
        </message>
        <message>
            <source>Go back to the previous suggested claim</source>
            <translation>Volver a la afirmación sugerida anterior</translation>
        </message>
        <message>
            <source>&amp;Accept Suggestion</source>
            <translation>&amp;Aceptar sugerencia</translation>
        </message>
        <message>
            <source>Make the suggested sentence under the text cursor a claim</source>
            <translation>Convertir en afirmación la frase sugerida bajo el cursor de texto</translation>
        </message>
        <message>
            <source>&amp;Dismiss Suggestion</source>
            <translation>&amp;Descartar sugerencia</translation>
        </message>
        <message>
            <source>Stop suggesting the sentence under the text cursor in this article</source>
            <translation>Dejar de sugerir en este artículo la frase bajo el cursor de texto</translation>
        </message>
        <message>
            <source>{accept}: make it a claim · {dismiss}: dismiss · {next}: next</source>
            <translation>{accept}: convertir en afirmación · {dismiss}: descartar · {next}: siguiente</translation>
        </message>
        <message numerus="yes">
            <source>%n suggested claim(s): {key} goes through them, best first.</source>
            <translation>
                <numerusform>%Ln afirmación sugerida: {key} la recorre.</numerusform>
                <numerusform>%Ln afirmaciones sugeridas: {key} las recorre, de mejor a peor.</numerusform>
            </translation>
        </message>
        <message>
            <source>No suggested claims.</source>
            <translation>No hay afirmaciones sugeridas.</translation>
        </message>
        <message>
            <source>No suggested claims in this article.</source>
            <translation>No hay afirmaciones sugeridas en este artículo.</translation>
        </message>
        <message>
            <source>Suggestion {current} of {total} (check-worthiness {score}): {reasons}</source>
            <translation>Sugerencia {current} de {total} (interés para verificar {score}): {reasons}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between reasons</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Put the text cursor in a suggested sentence ({key} goes to the next).</source>
            <translation>Ponga el cursor de texto en una frase sugerida ({key} va a la siguiente).</translation>
        </message>
        <message>
            <source>Suggestion made a claim. Alt+L types its claim text; Ctrl+Z takes it back.</source>
            <translation>Sugerencia convertida en afirmación. Alt+L permite escribir su texto; Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Suggestion dismissed for this article; Ctrl+Z brings it back.</source>
            <translation>Sugerencia descartada para este artículo; Ctrl+Z la recupera.</translation>
        </message>
        <message>
            <source>The claim finder failed: {error}</source>
            <translation>Falló el buscador de afirmaciones: {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested claim&lt;/b&gt; · check-worthiness {score}</source>
            <translation>&lt;b&gt;Afirmación sugerida&lt;/b&gt; · interés para verificar {score}</translation>
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
            <translation>Corrigiendo el texto. Las afirmaciones se ocultan mientras escribe; Listo guarda el texto corregido como nueva versión y las vuelve a mostrar.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Store the corrected text as a new version (F2)</source>
            <translation>Guardar el texto corregido como nueva versión (F2)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Leave the text as it was (Escape)</source>
            <translation>Dejar el texto como estaba (Escape)</translation>
        </message>
        <message>
            <source>Discard corrections?</source>
            <translation>¿Descartar las correcciones?</translation>
        </message>
        <message>
            <source>You changed the article's text. Leave edit mode without storing the changes?</source>
            <translation>Cambió el texto del artículo. ¿Salir del modo de edición sin guardar los cambios?</translation>
        </message>
        <message>
            <source>Co&amp;rrect Text</source>
            <translation>Co&amp;rregir texto</translation>
        </message>
        <message>
            <source>Fix typos in the article's text; Done stores it as a new version</source>
            <translation>Corregir erratas del texto del artículo; Listo lo guarda como nueva versión</translation>
        </message>
        <message>
            <source>Cancel Correcting</source>
            <translation>Cancelar la corrección</translation>
        </message>
        <message>
            <source>Leave edit mode without storing the changes</source>
            <translation>Salir del modo de edición sin guardar los cambios</translation>
        </message>
        <message>
            <source>Edit mode: correct the text, then press Done (F2) or Escape to cancel.</source>
            <translation>Modo de edición: corrija el texto y pulse Listo (F2), o Escape para cancelar.</translation>
        </message>
        <message>
            <source>Cannot store an empty text</source>
            <translation>No se puede guardar un texto vacío</translation>
        </message>
        <message>
            <source>The article's text cannot be empty. Undo the deletion (Ctrl+Z) or cancel with Escape.</source>
            <translation>El texto del artículo no puede estar vacío. Deshaga el borrado (Ctrl+Z) o cancele con Escape.</translation>
        </message>
        <message>
            <source>Correct Article Text</source>
            <translation>Corregir el texto del artículo</translation>
        </message>
        <message>
            <source>Corrections discarded; the text is as it was.</source>
            <translation>Correcciones descartadas; el texto está como antes.</translation>
        </message>
    </context>
    <context>
        <name>Times</name>
        <message>
            <source>Today {time}</source>
            <translation>Hoy {time}</translation>
        </message>
        <message>
            <source>Yesterday {time}</source>
            <translation>Ayer {time}</translation>
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
            <translation>Editar el texto de la afirmación</translation>
        </message>
        <message>
            <source>Edit Claimant</source>
            <translation>Editar el autor de la afirmación</translation>
        </message>
        <message>
            <source>Set Verdict</source>
            <translation>Poner veredicto</translation>
        </message>
        <message>
            <source>Edit Rationale</source>
            <translation>Editar la justificación</translation>
        </message>
        <message>
            <source>Set Status</source>
            <translation>Cambiar estado</translation>
        </message>
        <message>
            <source>Correct Claim Text</source>
            <translation>Corregir el texto de la afirmación</translation>
        </message>
        <message>
            <source>Correct Claimant</source>
            <translation>Corregir el autor de la afirmación</translation>
        </message>
        <message>
            <source>Correct Verdict</source>
            <translation>Corregir el veredicto</translation>
        </message>
        <message>
            <source>Correct Rationale</source>
            <translation>Corregir la justificación</translation>
        </message>
        <message>
            <source>Set Status (Correction)</source>
            <translation>Cambiar estado (corrección)</translation>
        </message>
        <message>
            <source>Create Claim “{quote}”</source>
            <translation>Crear afirmación «{quote}»</translation>
        </message>
        <message>
            <source>Delete Claim “{quote}”</source>
            <translation>Eliminar afirmación «{quote}»</translation>
        </message>
        <message>
            <source>Adjust Claim Span</source>
            <translation>Ajustar el alcance de la afirmación</translation>
        </message>
        <message>
            <source>Add Source</source>
            <extracomment>The "correct" event the last forward recorded (None: it was no correction).</extracomment>
            <translation>Añadir fuente</translation>
        </message>
        <message>
            <source>Edit Source</source>
            <translation>Editar fuente</translation>
        </message>
        <message>
            <source>Remove Source</source>
            <translation>Quitar fuente</translation>
        </message>
        <message>
            <source>Move Source</source>
            <translation>Mover fuente</translation>
        </message>
        <message>
            <source>Add Article “{title}”</source>
            <translation>Añadir artículo «{title}»</translation>
        </message>
        <message>
            <source>Edit Article Properties</source>
            <translation>Editar las propiedades del artículo</translation>
        </message>
        <message>
            <source>Dismiss Suggestion “{sentence}”</source>
            <translation>Descartar sugerencia «{sentence}»</translation>
        </message>
        <message>
            <source>Copy Earlier Verdict</source>
            <translation>Copiar un veredicto anterior</translation>
        </message>
        <message>
            <source>Change Workflow Rules</source>
            <translation>Cambiar las reglas del flujo de trabajo</translation>
        </message>
        <message>
            <source>Restore Claim “{quote}”</source>
            <translation>Restaurar afirmación «{quote}»</translation>
        </message>
        <message>
            <source>Restore Claim</source>
            <translation>Restaurar afirmación</translation>
        </message>
        <message>
            <source>Start Blind Review ({reviewers})</source>
            <translation>Iniciar revisión ciega ({reviewers})</translation>
        </message>
        <message>
            <source>Add Review Claim “{quote}”</source>
            <translation>Añadir afirmación de revisión «{quote}»</translation>
        </message>
        <message>
            <source>Edit Review Claim “{quote}”</source>
            <translation>Editar afirmación de revisión «{quote}»</translation>
        </message>
        <message>
            <source>Delete Review Claim “{quote}”</source>
            <translation>Eliminar afirmación de revisión «{quote}»</translation>
        </message>
        <message>
            <source>Mark Review Pass Done</source>
            <translation>Marcar la pasada de revisión como terminada</translation>
        </message>
        <message>
            <source>Reopen Review Pass</source>
            <translation>Reabrir la pasada de revisión</translation>
        </message>
        <message>
            <source>Take Review Claim “{quote}”</source>
            <translation>Tomar afirmación de revisión «{quote}»</translation>
        </message>
        <message>
            <source>Merge Review Claims “{quote}”</source>
            <translation>Combinar afirmaciones de revisión «{quote}»</translation>
        </message>
        <message>
            <source>Write Final Judgement “{quote}”</source>
            <translation>Escribir el juicio final «{quote}»</translation>
        </message>
        <message>
            <source>Edit Rating Scale</source>
            <translation>Editar la escala de calificación</translation>
        </message>
        <message>
            <source>Use Rating Scale “{name}”</source>
            <translation>Usar la escala de calificación «{name}»</translation>
        </message>
        <message>
            <source>Switch to the Other Value</source>
            <translation>Cambiar al otro valor</translation>
        </message>
        <message>
            <source>Keep Value</source>
            <translation>Conservar el valor</translation>
        </message>
        <message>
            <source>Update Article Text</source>
            <translation>Actualizar el texto del artículo</translation>
        </message>
        <message>
            <source>Re-attach Claim “{quote}”</source>
            <translation>Volver a anclar la afirmación «{quote}»</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Versions of “{title}”</source>
            <translation>Versiones de «{title}»</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardada</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Caracteres</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>{number}  (current)</source>
            <translation>{number}  (actual)</translation>
        </message>
        <message>
            <source>First text</source>
            <translation>Primer texto</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Comparar desde la versión</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Comparar con la versión</translation>
        </message>
        <message>
            <source>Version {number}</source>
            <translation>Versión {number}</translation>
        </message>
        <message>
            <source>Differences between the two versions</source>
            <translation>Diferencias entre las dos versiones</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>with</source>
            <comment>Compare version A with version B</comment>
            <translation>con</translation>
        </message>
        <message>
            <source>Copy Text</source>
            <translation>Copiar texto</translation>
        </message>
        <message>
            <source>Copy this version's whole text to the clipboard</source>
            <translation>Copiar todo el texto de esta versión al portapapeles</translation>
        </message>
        <message>
            <source>The text of the chosen version</source>
            <translation>El texto de la versión elegida</translation>
        </message>
        <message>
            <source>The chosen version</source>
            <translation>La versión elegida</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>The chosen version's full text, with the claims that were on it</source>
            <translation>El texto completo de la versión elegida, con las afirmaciones que tenía</translation>
        </message>
        <message>
            <source>no claims were on this text</source>
            <translation>este texto no tenía afirmaciones</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) were on this text</source>
            <translation>
                <numerusform>este texto tenía %Ln afirmación</numerusform>
                <numerusform>este texto tenía %Ln afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {number}, saved {saved} · {characters} characters · {claims}</source>
            <translation>Versión {number}, guardada {saved} · {characters} caracteres · {claims}</translation>
        </message>
        <message>
            <source>no differences</source>
            <translation>sin diferencias</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%Ln cambio</numerusform>
                <numerusform>%Ln cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>The same version is chosen twice; choose another to compare.</source>
            <translation>Se eligió dos veces la misma versión; elija otra para comparar.</translation>
        </message>
        <message>
            <source>Versions {old} and {new} have the same text.</source>
            <translation>Las versiones {old} y {new} tienen el mismo texto.</translation>
        </message>
        <message>
            <source>Change {number} of {total} · paragraph {paragraph}</source>
            <translation>Cambio {number} de {total} · párrafo {paragraph}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more change(s).</source>
            <translation>
                <numerusform>… y %Ln cambio más.</numerusform>
                <numerusform>… y %Ln cambios más.</numerusform>
            </translation>
        </message>
        <message>
            <source>not judged yet</source>
            <translation>aún sin veredicto</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
    </context>
</TS>
