<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
            <translation>Afirmaciones &amp;eliminadas…</translation>
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
            <translation>Nueva afirmación desde la selección &amp;exacta</translation>
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
            <translation>Marcar como &amp;final</translation>
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
                <numerusform>%n afirmación eliminada, la más reciente primero. Restaurar devuelve la afirmación a donde estaba, con su veredicto, justificación y fuentes; si el texto cambió desde entonces, se coloca sobre el texto actual.</numerusform>
                <numerusform>%n afirmaciones eliminadas, la más reciente primero. Restaurar devuelve la afirmación a donde estaba, con su veredicto, justificación y fuentes; si el texto cambió desde entonces, se coloca sobre el texto actual.</numerusform>
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
                <numerusform>%n fuente</numerusform>
                <numerusform>%n fuentes</numerusform>
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
                <numerusform>%n afirmación encontrada</numerusform>
                <numerusform>%n afirmaciones encontradas</numerusform>
            </translation>
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
</TS>
