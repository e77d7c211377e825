<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AnnotationImportSummary</name>
        <message>
            <source>New claims:</source>
            <translation>Afirmaciones nuevas:</translation>
        </message>
        <message>
            <source>Updated (the file's copy was newer):</source>
            <translation>Actualizadas (la copia del archivo era más reciente):</translation>
        </message>
        <message>
            <source>Unchanged:</source>
            <translation>Sin cambios:</translation>
        </message>
        <message>
            <source>Orphaned (text not found; kept):</source>
            <translation>Huérfanas (texto no encontrado; se conservan):</translation>
        </message>
        <message>
            <source>Skipped (could not be imported):</source>
            <translation>Omitidas (no se pudieron importar):</translation>
        </message>
        <message>
            <source>New articles:</source>
            <translation>Artículos nuevos:</translation>
        </message>
        <message>
            <source>Claims of review passes (kept apart):</source>
            <translation>Afirmaciones de pasadas de revisión (aparte):</translation>
        </message>
        <message>
            <source>Annotations Imported</source>
            <translation>Anotaciones importadas</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>The database as it was before is saved at {path}</source>
            <translation>La base de datos tal como estaba antes se guardó en {path}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>{error}

File: {path}</source>
            <translation>{error}

Archivo: {path}</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Work that was already saved stays in the database. If this keeps happening, please report it with the details below.</source>
            <translation>Algo salió mal: {error}

El trabajo ya guardado sigue en la base de datos. Si vuelve a ocurrir, informe del problema con los detalles que siguen.</translation>
        </message>
    </context>
    <context>
        <name>ArticleController</name>
        <message>
            <source>Could not open the article</source>
            <translation>No se pudo abrir el artículo</translation>
        </message>
    </context>
    <context>
        <name>ArticleMetadataDialog</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Outlet:</source>
            <translation>&amp;Medio:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Autor:</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Published:</source>
            <translation>&amp;Publicado:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>The newspaper or site</source>
            <translation>El periódico o sitio web</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (or YYYY-MM, YYYY)</source>
            <translation>AAAA-MM-DD (o AAAA-MM, AAAA)</translation>
        </message>
        <message>
            <source>e.g. en, de, fr</source>
            <translation>p. ej., es, en, fr</translation>
        </message>
        <message>
            <source>A web address cannot contain spaces.</source>
            <translation>Una dirección web no puede contener espacios.</translation>
        </message>
        <message>
            <source>Use a web address starting with http:// or https://, or leave it empty.</source>
            <translation>Use una dirección web que empiece por http:// o https://, o déjela vacía.</translation>
        </message>
        <message>
            <source>This web address has no site name (like example.org).</source>
            <translation>Esta dirección web no tiene nombre de sitio (como example.org).</translation>
        </message>
        <message>
            <source>Use an ISO date like 2024-03-05 (or 2024-03, or 2024), or leave it empty.</source>
            <translation>Use una fecha ISO como 2024-03-05 (o 2024-03, o 2024), o déjela vacía.</translation>
        </message>
        <message>
            <source>Import Article</source>
            <translation>Importar artículo</translation>
        </message>
        <message>
            <source>Article Properties</source>
            <translation>Propiedades del artículo</translation>
        </message>
        <message>
            <source>Check the details found in {file}. They are guesses and can be wrong: correct them before the article is added.</source>
            <translation>Revise los datos encontrados en {file}. Son suposiciones y pueden ser incorrectos: corríjalos antes de añadir el artículo.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>An article needs a title.</source>
            <translation>Un artículo necesita un título.</translation>
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
        <name>Assign</name>
        <message>
            <source>Assign to {name}</source>
            <translation>Asignar a {name}</translation>
        </message>
        <message>
            <source>Take Back Assignment</source>
            <translation>Retirar la asignación</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign to</source>
            <translation>Asignar a</translation>
        </message>
        <message>
            <source>Who works on {what}?</source>
            <translation>¿Quién trabaja en {what}?</translation>
        </message>
        <message>
            <source>Team member</source>
            <translation>Miembro del equipo</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation>revisor</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>editor</translation>
        </message>
        <message>
            <source>{name} ({right})</source>
            <translation>{name} ({right})</translation>
        </message>
        <message>
            <source>No one (take it back)</source>
            <translation>Nadie (retirar la asignación)</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>&amp;Asignar</translation>
        </message>
    </context>
    <context>
        <name>AssignMenus</name>
        <message>
            <source>&amp;Assign to…</source>
            <translation>&amp;Asignar a…</translation>
        </message>
        <message>
            <source>Assign to… ({reason})</source>
            <translation>Asignar a… ({reason})</translation>
        </message>
        <message>
            <source>only in a team database</source>
            <translation>solo en una base de datos del equipo</translation>
        </message>
        <message>
            <source>the database is open read-only</source>
            <translation>la base de datos está abierta solo para lectura</translation>
        </message>
        <message>
            <source>only the team's editors assign work</source>
            <translation>solo los editores del equipo asignan trabajo</translation>
        </message>
        <message>
            <source>the article “{title}”</source>
            <translation>el artículo «{title}»</translation>
        </message>
        <message numerus="yes">
            <source>%n selected claim(s)</source>
            <translation>
                <numerusform>%Ln afirmación seleccionada</numerusform>
                <numerusform>%Ln afirmaciones seleccionadas</numerusform>
            </translation>
        </message>
    </context>
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
        <name>ClaimFinder</name>
        <message>
            <source>the explained rules' score</source>
            <translation>la puntuación de las reglas explicadas</translation>
        </message>
        <message>
            <source>very short</source>
            <translation>muy corta</translation>
        </message>
        <message>
            <source>short</source>
            <translation>corta</translation>
        </message>
        <message>
            <source>medium length</source>
            <translation>de longitud media</translation>
        </message>
        <message>
            <source>long</source>
            <translation>larga</translation>
        </message>
        <message>
            <source>very long</source>
            <translation>muy larga</translation>
        </message>
        <message>
            <source>a stage direction</source>
            <translation>una acotación escénica</translation>
        </message>
        <message>
            <source>a speaker who mostly asks questions</source>
            <translation>un orador que sobre todo hace preguntas</translation>
        </message>
        <message>
            <source>a speaker who says little</source>
            <translation>un orador que habla poco</translation>
        </message>
        <message>
            <source>the main speaker</source>
            <translation>el orador principal</translation>
        </message>
        <message>
            <source>no speaker</source>
            <translation>sin orador</translation>
        </message>
        <message>
            <source>the first sentence of a turn</source>
            <translation>la primera oración de un turno</translation>
        </message>
        <message>
            <source>a one-sentence turn</source>
            <translation>un turno de una sola oración</translation>
        </message>
        <message>
            <source>a short turn</source>
            <translation>un turno corto</translation>
        </message>
        <message>
            <source>a long turn</source>
            <translation>un turno largo</translation>
        </message>
        <message>
            <source>it follows a question</source>
            <translation>sigue a una pregunta</translation>
        </message>
        <message>
            <source>it follows another speaker</source>
            <translation>sigue a otro orador</translation>
        </message>
        <message>
            <source>its words</source>
            <translation>sus palabras</translation>
        </message>
        <message>
            <source>the words around it</source>
            <translation>las palabras de alrededor</translation>
        </message>
        <message>
            <source>the sentence before has {reason}</source>
            <translation>la oración anterior tiene {reason}</translation>
        </message>
        <message>
            <source>the sentence after has {reason}</source>
            <translation>la oración siguiente tiene {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>a percentage</source>
            <translation>un porcentaje</translation>
        </message>
        <message>
            <source>an amount of money</source>
            <translation>una cantidad de dinero</translation>
        </message>
        <message>
            <source>a figure</source>
            <translation>una cifra</translation>
        </message>
        <message>
            <source>a quantity in words</source>
            <translation>una cantidad en palabras</translation>
        </message>
        <message>
            <source>a year</source>
            <translation>un año</translation>
        </message>
        <message>
            <source>a comparison or superlative</source>
            <translation>una comparación o un superlativo</translation>
        </message>
        <message>
            <source>a change over time</source>
            <translation>un cambio en el tiempo</translation>
        </message>
        <message>
            <source>an attributed statement</source>
            <translation>una declaración atribuida</translation>
        </message>
        <message>
            <source>a quotation</source>
            <translation>una cita textual</translation>
        </message>
        <message>
            <source>a cause or effect</source>
            <translation>una causa o un efecto</translation>
        </message>
        <message>
            <source>a prediction or promise</source>
            <translation>una predicción o una promesa</translation>
        </message>
        <message>
            <source>a named official or institution</source>
            <translation>un cargo o una institución con nombre</translation>
        </message>
        <message>
            <source>a source hidden behind a hedge</source>
            <translation>una fuente oculta tras una evasiva</translation>
        </message>
        <message>
            <source>a legal or official status</source>
            <translation>una situación legal u oficial</translation>
        </message>
        <message>
            <source>a question</source>
            <translation>una pregunta</translation>
        </message>
        <message>
            <source>opinion or judgement</source>
            <translation>opinión o juicio de valor</translation>
        </message>
        <message>
            <source>page furniture</source>
            <translation>elementos fijos de la página</translation>
        </message>
        <message>
            <source>too short to hold a claim</source>
            <translation>demasiado corta para contener una afirmación</translation>
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
        <name>EditActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Deshacer el último cambio</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Re&amp;try Saving</source>
            <translation>Reintentar &amp;guardar</translation>
        </message>
        <message>
            <source>Try the change that could not be saved again</source>
            <translation>Volver a intentar el cambio que no se pudo guardar</translation>
        </message>
        <message>
            <source>&amp;Undo {step}</source>
            <translation>&amp;Deshacer {step}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo {step}</source>
            <translation>&amp;Rehacer {step}</translation>
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
        <name>Errors</name>
        <message>
            <source>article id {id} is ambiguous; give more characters</source>
            <translation>el id de artículo {id} es ambiguo; escriba más caracteres</translation>
        </message>
        <message>
            <source>claim id {id} is ambiguous; give more characters</source>
            <translation>el id de afirmación {id} es ambiguo; escriba más caracteres</translation>
        </message>
        <message>
            <source>source id {id} is ambiguous; give more characters</source>
            <translation>el id de fuente {id} es ambiguo; escriba más caracteres</translation>
        </message>
        <message>
            <source>{name} needs an upgrade to this version of the app, which cannot be done while it is read-only</source>
            <extracomment>True when opened read-only (asked for, or the file or folder is not writable): reads work, every write raises ReadOnlyError.</extracomment>
            <translation>{name} necesita una actualización para esta versión de la aplicación, que no puede hacerse mientras es de solo lectura</translation>
        </message>
        <message>
            <source>the article {title} has no text</source>
            <translation>el artículo {title} no tiene texto</translation>
        </message>
        <message>
            <source>articles have no field(s) {fields}</source>
            <translation>los artículos no tienen el/los campo(s) {fields}</translation>
        </message>
        <message>
            <source>an article needs a title</source>
            <translation>un artículo necesita un título</translation>
        </message>
        <message>
            <source>{name} is closed</source>
            <extracomment>Query parameters: positional, or by name. Called with the whole transaction just before COMMIT; raising rolls it back. Watches the `-wal` file of a writable database (see wal_guard.py).</extracomment>
            <translation>{name} está cerrado</translation>
        </message>
        <message>
            <source>{name} was deleted, moved or replaced while open; nothing was saved. Put the file back, or save what is open with a backup to {path}.</source>
            <translation>{name} se eliminó, movió o reemplazó mientras estaba abierto; no se guardó nada. Vuelva a poner el archivo en su lugar o guarde lo abierto con una copia de seguridad en {path}.</translation>
        </message>
        <message>
            <source>no article with id {ident}</source>
            <translation>no hay ningún artículo con el id {ident}</translation>
        </message>
        <message>
            <source>no article version with id {ident}</source>
            <translation>no hay ninguna versión de artículo con el id {ident}</translation>
        </message>
        <message>
            <source>no claim with id {ident}</source>
            <translation>no hay ninguna afirmación con el id {ident}</translation>
        </message>
        <message>
            <source>no source with id {ident}</source>
            <translation>no hay ninguna fuente con el id {ident}</translation>
        </message>
        <message>
            <source>no review pass with id {ident}</source>
            <translation>no hay ninguna pasada de revisión con el id {ident}</translation>
        </message>
        <message>
            <source>no review claim with id {ident}</source>
            <translation>no hay ninguna afirmación de revisión con el id {ident}</translation>
        </message>
        <message>
            <source>claims have no editable field(s) {fields}</source>
            <translation>las afirmaciones no tienen el/los campo(s) editable(s) {fields}</translation>
        </message>
        <message>
            <source>span {start}-{end} is empty or reversed: the start must come before the end</source>
            <translation>el tramo {start}-{end} está vacío o invertido: el inicio debe ir antes del final</translation>
        </message>
        <message>
            <source>{name} is locked by another program or window; nothing was saved. Close the other program, then try again.</source>
            <translation>{name} está bloqueado por otro programa u otra ventana; no se guardó nada. Cierre el otro programa e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>the disk holding {name} is full; nothing was saved. Free some space, then try again.</source>
            <translation>el disco que contiene {name} está lleno; no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{name} cannot be written (read-only file or folder); nothing was saved.</source>
            <translation>{name} no se puede escribir (archivo o carpeta de solo lectura); no se guardó nada.</translation>
        </message>
        <message>
            <source>{name} is damaged ({error}). Run `check`, and restore a backup if needed.</source>
            <translation>{name} está dañado ({error}). Ejecute `check` y restaure una copia de seguridad si hace falta.</translation>
        </message>
        <message>
            <source>cannot open {path}: {error}</source>
            <translation>no se puede abrir {path}: {error}</translation>
        </message>
        <message>
            <source>the disk reported an error while writing {name}: {error}</source>
            <translation>el disco informó de un error al escribir {name}: {error}</translation>
        </message>
        <message>
            <source>database error in {name}: {error}</source>
            <translation>error de base de datos en {name}: {error}</translation>
        </message>
        <message>
            <source>{name} is not a Factcheck database (not an SQLite file, or damaged)</source>
            <translation>{name} no es una base de datos de Factcheck (no es un archivo SQLite, o está dañado)</translation>
        </message>
        <message>
            <source>cannot read {path}: {reason}</source>
            <translation>no se puede leer {path}: {reason}</translation>
        </message>
        <message>
            <source>{name} is not a Factcheck database (not an SQLite file)</source>
            <translation>{name} no es una base de datos de Factcheck (no es un archivo SQLite)</translation>
        </message>
        <message>
            <source>cannot create {path}: the folder {folder} does not exist</source>
            <translation>no se puede crear {path}: la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>cannot open {path}: no such file</source>
            <translation>no se puede abrir {path}: el archivo no existe</translation>
        </message>
        <message>
            <source>cannot read {path} and its -wal file: {reason}</source>
            <translation>no se pueden leer {path} y su archivo -wal: {reason}</translation>
        </message>
        <message>
            <source>{name} is an SQLite database of another program, not a Factcheck database</source>
            <translation>{name} es una base de datos SQLite de otro programa, no una base de datos de Factcheck</translation>
        </message>
        <message>
            <source>{name} was written by a newer version of Factcheck GUI (database version {version}, this app knows up to {latest}); please update the app. The file was not changed.</source>
            <translation>{name} fue escrito por una versión más reciente de Factcheck GUI (versión de base de datos {version}; esta aplicación conoce hasta la {latest}); actualice la aplicación. El archivo no se modificó.</translation>
        </message>
        <message>
            <source>cannot create the folder {folder}: {reason}</source>
            <translation>no se puede crear la carpeta {folder}: {reason}</translation>
        </message>
        <message>
            <source>will not overwrite the existing file {path}</source>
            <translation>no se sobrescribirá el archivo existente {path}</translation>
        </message>
        <message>
            <source>cannot write the backup {path}: {reason}</source>
            <translation>no se puede escribir la copia de seguridad {path}: {reason}</translation>
        </message>
        <message>
            <source>{name} is already open in another Factcheck window or process ({holder}); close it there first, or open the file read-only.</source>
            <translation>{name} ya está abierto en otra ventana o proceso de Factcheck ({holder}); ciérrelo allí primero o abra el archivo en solo lectura.</translation>
        </message>
        <message>
            <source>{name} is already open in another Factcheck window or process; close it there first, or open the file read-only.</source>
            <translation>{name} ya está abierto en otra ventana o proceso de Factcheck; ciérrelo allí primero o abra el archivo en solo lectura.</translation>
        </message>
        <message>
            <source>no backup file at {path}</source>
            <translation>no hay ninguna copia de seguridad en {path}</translation>
        </message>
        <message>
            <source>the backup {name} is damaged: {error}</source>
            <translation>la copia de seguridad {name} está dañada: {error}</translation>
        </message>
        <message>
            <source>the backup {name} is damaged ({problem}); choose another backup</source>
            <translation>la copia de seguridad {name} está dañada ({problem}); elija otra copia de seguridad</translation>
        </message>
        <message>
            <source>{path} cannot be written (read-only file or folder)</source>
            <translation>{path} no se puede escribir (archivo o carpeta de solo lectura)</translation>
        </message>
        <message>
            <source>a claim cannot copy its own judgement</source>
            <translation>una afirmación no puede copiar su propio juicio</translation>
        </message>
        <message>
            <source>claim {id} has no verdict, rationale or sources to copy</source>
            <translation>la afirmación {id} no tiene veredicto, justificación ni fuentes que copiar</translation>
        </message>
        <message>
            <source>nothing to dismiss: the sentence is empty</source>
            <translation>nada que descartar: la oración está vacía</translation>
        </message>
        <message>
            <source>Claim is published: copying another verdict into it would be a correction; change its verdict or rationale and give a correction note instead.</source>
            <translation>La afirmación está publicada: copiar otro veredicto en ella sería una corrección; cambie su veredicto o justificación y escriba una nota de corrección.</translation>
        </message>
        <message>
            <source>Claim is final: copying another verdict into it would be a correction; change its verdict or rationale and give a correction note instead.</source>
            <translation>La afirmación es final: copiar otro veredicto en ella sería una corrección; cambie su veredicto o justificación y escriba una nota de corrección.</translation>
        </message>
        <message>
            <source>Claim was final before: copying another verdict into it would be a correction; change its verdict or rationale and give a correction note instead.</source>
            <translation>La afirmación fue final antes: copiar otro veredicto en ella sería una corrección; cambie su veredicto o justificación y escriba una nota de corrección.</translation>
        </message>
        <message>
            <source>claim {id} belongs to another article here</source>
            <translation>la afirmación {id} pertenece aquí a otro artículo</translation>
        </message>
        <message>
            <source>source {id} belongs to another claim here</source>
            <translation>la fuente {id} pertenece aquí a otra afirmación</translation>
        </message>
        <message>
            <source>claim {id} has no quote</source>
            <translation>la afirmación {id} no tiene cita</translation>
        </message>
        <message>
            <source>claim {id} is not deleted; there is nothing to restore</source>
            <translation>la afirmación {id} no está eliminada; no hay nada que restaurar</translation>
        </message>
        <message>
            <source>no deleted claim with id {id}</source>
            <translation>no hay ninguna afirmación eliminada con el id {id}</translation>
        </message>
        <message>
            <source>claim {id} cannot be restored: its article “{title}” was deleted</source>
            <translation>la afirmación {id} no se puede restaurar: su artículo “{title}” fue eliminado</translation>
        </message>
        <message>
            <source>claim {id} cannot be restored: its article was deleted</source>
            <translation>la afirmación {id} no se puede restaurar: su artículo fue eliminado</translation>
        </message>
        <message>
            <source>the history of claim {id} does not hold enough to restore it ({error})</source>
            <translation>el historial de la afirmación {id} no contiene lo suficiente para restaurarla ({error})</translation>
        </message>
        <message>
            <source>a review pass needs a reviewer's name</source>
            <translation>una pasada de revisión necesita el nombre de un revisor</translation>
        </message>
        <message>
            <source>review pass id {id} is ambiguous; give more characters</source>
            <translation>el id de pasada de revisión {id} es ambiguo; escriba más caracteres</translation>
        </message>
        <message>
            <source>{reviewer} has a blind review pass open on this article: mark it done before looking at the others' claims</source>
            <translation>{reviewer} tiene abierta una pasada de revisión ciega en este artículo: márquela como terminada antes de ver las afirmaciones de los demás</translation>
        </message>
        <message>
            <source>span {start}-{end} is outside the text (0-{length})</source>
            <translation>el tramo {start}-{end} está fuera del texto (0-{length})</translation>
        </message>
        <message>
            <source>cannot change {fields}</source>
            <translation>no se puede cambiar {fields}</translation>
        </message>
        <message>
            <source>{reviewer} already has an open review pass on this article</source>
            <translation>{reviewer} ya tiene una pasada de revisión abierta en este artículo</translation>
        </message>
        <message>
            <source>this review pass is marked done; open it again first</source>
            <translation>esta pasada de revisión está marcada como terminada; vuelva a abrirla primero</translation>
        </message>
        <message>
            <source>no rating scale {id} in this database</source>
            <extracomment>claim id -&gt; (verdict before, verdict after)</extracomment>
            <translation>no hay ninguna escala de calificación {id} en esta base de datos</translation>
        </message>
        <message>
            <source>cannot map {label} to {target}: the scale {scale} has no such label</source>
            <translation>no se puede asignar {label} a {target}: la escala {scale} no tiene esa etiqueta</translation>
        </message>
        <message>
            <source>cannot map {label} to {target}: it is a retired label, kept only for old verdicts</source>
            <translation>no se puede asignar {label} a {target}: es una etiqueta retirada, conservada solo para veredictos antiguos</translation>
        </message>
        <message>
            <source>cannot keep {label} as a retired label beside {twin}, which differs only in case or spacing; map {label} to it instead</source>
            <translation>no se puede conservar {label} como etiqueta retirada junto a {twin}, que solo difiere en mayúsculas o espacios; asigne {label} a esa etiqueta</translation>
        </message>
        <message>
            <source>cannot give a claim the verdict {verdict}: the scale {scale} has no such label</source>
            <translation>no se puede dar a una afirmación el veredicto {verdict}: la escala {scale} no tiene esa etiqueta</translation>
        </message>
        <message>
            <source>{verdict} is not a verdict of the scale {scale} (use one of: {known})</source>
            <translation>{verdict} no es un veredicto de la escala {scale} (use uno de: {known})</translation>
        </message>
        <message>
            <source>there was no scale before this change to go back to</source>
            <translation>no había ninguna escala antes de este cambio a la que volver</translation>
        </message>
        <message>
            <source>{text} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
            <translation>{text} no es una fecha (use AAAA-MM-DD o AAAA-MM-DDTHH:MM)</translation>
        </message>
        <message>
            <source>sources have no field(s) {fields}</source>
            <translation>las fuentes no tienen el/los campo(s) {fields}</translation>
        </message>
        <message>
            <source>Redo refused: the source was removed meanwhile</source>
            <translation>Rehacer rechazado: la fuente se quitó mientras tanto</translation>
        </message>
        <message>
            <source>Undo refused: the source was removed meanwhile</source>
            <translation>Deshacer rechazado: la fuente se quitó mientras tanto</translation>
        </message>
        <message>
            <source>unknown stance {value} (expected one of: {known})</source>
            <translation>postura desconocida {value} (se esperaba una de: {known})</translation>
        </message>
        <message>
            <source>Redo refused: the claim was deleted meanwhile</source>
            <translation>Rehacer rechazado: la afirmación se eliminó mientras tanto</translation>
        </message>
        <message>
            <source>Undo refused: the claim was deleted meanwhile</source>
            <translation>Deshacer rechazado: la afirmación se eliminó mientras tanto</translation>
        </message>
        <message>
            <source>Undo refused: the {field} of this claim was changed by {who} at {when} UTC to {value} meanwhile; undoing would overwrite that change.</source>
            <translation>Deshacer rechazado: {who} cambió el campo {field} de esta afirmación el {when} UTC a {value} mientras tanto; deshacer sobrescribiría ese cambio.</translation>
        </message>
        <message>
            <source>Undo refused: the {field} of this claim was changed to {value} meanwhile; undoing would overwrite that change.</source>
            <translation>Deshacer rechazado: el campo {field} de esta afirmación cambió a {value} mientras tanto; deshacer sobrescribiría ese cambio.</translation>
        </message>
        <message>
            <source>Redo refused: the {field} of this claim was changed by {who} at {when} UTC to {value} meanwhile; redoing would overwrite that change.</source>
            <translation>Rehacer rechazado: {who} cambió el campo {field} de esta afirmación el {when} UTC a {value} mientras tanto; rehacer sobrescribiría ese cambio.</translation>
        </message>
        <message>
            <source>Redo refused: the {field} of this claim was changed to {value} meanwhile; redoing would overwrite that change.</source>
            <translation>Rehacer rechazado: el campo {field} de esta afirmación cambió a {value} mientras tanto; rehacer sobrescribiría ese cambio.</translation>
        </message>
        <message>
            <source>Undo refused: the {field} of this source was changed by {who} at {when} UTC to {value} meanwhile; undoing would overwrite that change.</source>
            <translation>Deshacer rechazado: {who} cambió el campo {field} de esta fuente el {when} UTC a {value} mientras tanto; deshacer sobrescribiría ese cambio.</translation>
        </message>
        <message>
            <source>Undo refused: the {field} of this source was changed to {value} meanwhile; undoing would overwrite that change.</source>
            <translation>Deshacer rechazado: el campo {field} de esta fuente cambió a {value} mientras tanto; deshacer sobrescribiría ese cambio.</translation>
        </message>
        <message>
            <source>Redo refused: the {field} of this source was changed by {who} at {when} UTC to {value} meanwhile; redoing would overwrite that change.</source>
            <translation>Rehacer rechazado: {who} cambió el campo {field} de esta fuente el {when} UTC a {value} mientras tanto; rehacer sobrescribiría ese cambio.</translation>
        </message>
        <message>
            <source>Redo refused: the {field} of this source was changed to {value} meanwhile; redoing would overwrite that change.</source>
            <translation>Rehacer rechazado: el campo {field} de esta fuente cambió a {value} mientras tanto; rehacer sobrescribiría ese cambio.</translation>
        </message>
        <message>
            <source>this database has not joined a team (team join URL)</source>
            <translation>esta base de datos no se ha unido a un equipo (team join URL)</translation>
        </message>
        <message>
            <source>this database is already in a team ({url}); `team leave` first</source>
            <translation>esta base de datos ya está en un equipo ({url}); ejecute primero `team leave`</translation>
        </message>
        <message>
            <source>that database has no team schema yet; an administrator runs `team init URL` once</source>
            <translation>esa base de datos aún no tiene el esquema del equipo; un administrador ejecuta `team init URL` una vez</translation>
        </message>
        <message>
            <source>the role {role} has no team rights; an administrator runs `team grant {role} reviewer`</source>
            <translation>el rol {role} no tiene derechos en el equipo; un administrador ejecuta `team grant {role} reviewer`</translation>
        </message>
        <message>
            <source>{count} change(s) have not reached the team database yet; `team sync` first (or leave with --discard to keep them only here)</source>
            <translation>{count} cambio(s) aún no han llegado a la base de datos del equipo; ejecute primero `team sync` (o salga con --discard para conservarlos solo aquí)</translation>
        </message>
        <message>
            <source>no single conflict with id {id}</source>
            <translation>no hay un único conflicto con el id {id}</translation>
        </message>
        <message>
            <source>only claim conflicts can be switched here</source>
            <translation>aquí solo se pueden cambiar conflictos de afirmaciones</translation>
        </message>
        <message>
            <source>{url} is not a PostgreSQL URL (postgresql://host/database)</source>
            <extracomment>The group roles the administrator grants to people (cluster-wide names).</extracomment>
            <translation>{url} no es una URL de PostgreSQL (postgresql://host/database)</translation>
        </message>
        <message>
            <source>the URL holds a password; put it in ~/.pgpass, a service file or PGPASSWORD instead (it would otherwise be stored with the database)</source>
            <translation>la URL contiene una contraseña; póngala en ~/.pgpass, en un archivo de servicio o en PGPASSWORD (si no, se guardaría con la base de datos)</translation>
        </message>
        <message>
            <source>cannot reach the team database: {reason}</source>
            <translation>no se puede acceder a la base de datos del equipo: {reason}</translation>
        </message>
        <message>
            <source>{what}: the team database refused it ({reason})</source>
            <translation>{what}: la base de datos del equipo lo rechazó ({reason})</translation>
        </message>
        <message>
            <source>{what}: lost the team database ({reason})</source>
            <translation>{what}: se perdió la conexión con la base de datos del equipo ({reason})</translation>
        </message>
        <message>
            <source>setting up the team database</source>
            <translation>preparando la base de datos del equipo</translation>
        </message>
        <message>
            <source>unknown team role {role} (one of: {roles})</source>
            <translation>rol de equipo desconocido {role} (uno de: {roles})</translation>
        </message>
        <message>
            <source>{name} is not a role name this tool will create</source>
            <translation>{name} no es un nombre de rol que esta herramienta vaya a crear</translation>
        </message>
        <message>
            <source>granting {role} to {name}</source>
            <translation>concediendo {role} a {name}</translation>
        </message>
        <message>
            <source>reading the team database</source>
            <translation>leyendo la base de datos del equipo</translation>
        </message>
        <message>
            <source>reading your rights</source>
            <translation>leyendo sus derechos</translation>
        </message>
        <message>
            <source>reading the team's members</source>
            <translation>leyendo los miembros del equipo</translation>
        </message>
        <message>
            <source>pulling changes</source>
            <translation>recibiendo cambios</translation>
        </message>
        <message>
            <source>pushing changes</source>
            <translation>enviando cambios</translation>
        </message>
        <message>
            <source>listening for the team's changes</source>
            <translation>escuchando los cambios del equipo</translation>
        </message>
        <message>
            <source>the new text is empty</source>
            <translation>el texto nuevo está vacío</translation>
        </message>
        <message>
            <source>the text is the same as the current version ({number}); nothing to update</source>
            <translation>el texto es igual al de la versión actual ({number}); no hay nada que actualizar</translation>
        </message>
        <message>
            <source>the article's text has changed since this update; undo the later change first</source>
            <translation>el texto del artículo cambió después de esta actualización; deshaga primero el cambio posterior</translation>
        </message>
        <message>
            <source>claims were marked on the new text since this update; undo them first</source>
            <translation>se marcaron afirmaciones en el texto nuevo después de esta actualización; deshágalas primero</translation>
        </message>
        <message>
            <source>{name} was deleted, moved or replaced while open, so new edits would be lost; nothing more is saved. Everything open here was saved to {path}; close the app and restore that copy (`restore`).</source>
            <translation>{name} se eliminó, movió o reemplazó mientras estaba abierto, así que las nuevas ediciones se perderían; no se guarda nada más. Todo lo abierto aquí se guardó en {path}; cierre la aplicación y restaure esa copia (`restore`).</translation>
        </message>
        <message>
            <source>{name} was deleted, moved or replaced while open, so new edits would be lost; nothing more is saved. No copy could be saved: use File &gt; Save a Copy or `backup` now; close the app and restore that copy (`restore`).</source>
            <translation>{name} se eliminó, movió o reemplazó mientras estaba abierto, así que las nuevas ediciones se perderían; no se guarda nada más. No se pudo guardar ninguna copia: use Archivo &gt; Guardar una copia o `backup` ahora; cierre la aplicación y restaure esa copia (`restore`).</translation>
        </message>
        <message>
            <source>{name}-wal was deleted or replaced by another program while open, so new edits would be lost; nothing more is saved. Everything open here was saved to {path}; close the app and restore that copy (`restore`).</source>
            <translation>{name}-wal fue eliminado o reemplazado por otro programa mientras estaba abierto, así que las nuevas ediciones se perderían; no se guarda nada más. Todo lo abierto aquí se guardó en {path}; cierre la aplicación y restaure esa copia (`restore`).</translation>
        </message>
        <message>
            <source>{name}-wal was deleted or replaced by another program while open, so new edits would be lost; nothing more is saved. No copy could be saved: use File &gt; Save a Copy or `backup` now; close the app and restore that copy (`restore`).</source>
            <translation>{name}-wal fue eliminado o reemplazado por otro programa mientras estaba abierto, así que las nuevas ediciones se perderían; no se guarda nada más. No se pudo guardar ninguna copia: use Archivo &gt; Guardar una copia o `backup` ahora; cierre la aplicación y restaure esa copia (`restore`).</translation>
        </message>
        <message>
            <source>the budget for kept pages must be 0 MB or more</source>
            <extracomment>zlib level for kept bytes: 1 is about 3x faster than the default 6 on a news page and keeps it about 9% larger (docs/decisions.md, "Pages from the web"). Copies and checks waiting for the network (core/store/web_queue.py).</extracomment>
            <translation>el presupuesto para las páginas guardadas debe ser de 0 MB o más</translation>
        </message>
        <message>
            <source>span {start}-{end} is not inside the article text (0-{length}) or is empty</source>
            <translation>el tramo {start}-{end} no está dentro del texto del artículo (0-{length}) o está vacío</translation>
        </message>
        <message>
            <source>span {start}-{end} covers only whitespace</source>
            <translation>el tramo {start}-{end} solo contiene espacios en blanco</translation>
        </message>
        <message>
            <source>the quote is empty</source>
            <translation>la cita está vacía</translation>
        </message>
        <message>
            <source>occurrence counts from 1</source>
            <translation>las apariciones se cuentan desde 1</translation>
        </message>
        <message>
            <source>the quote {quote} is not in the article text</source>
            <translation>la cita {quote} no está en el texto del artículo</translation>
        </message>
        <message>
            <source>the quote {quote} occurs only {count} time(s) in the article text</source>
            <translation>la cita {quote} aparece solo {count} vez/veces en el texto del artículo</translation>
        </message>
        <message>
            <source>{target} is the open database; nothing was written. Choose another file name.</source>
            <translation>{target} es la base de datos abierta; no se escribió nada. Elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>{target} is inside the open database's backups folder; nothing was written. Choose another file name.</source>
            <translation>{target} está dentro de la carpeta de copias de seguridad de la base de datos abierta; no se escribió nada. Elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>{target} is a companion file of the open database {database}; nothing was written. Choose another file name.</source>
            <translation>{target} es un archivo complementario de la base de datos abierta {database}; no se escribió nada. Elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>cannot read {name}: {error}</source>
            <translation>no se puede leer {name}: {error}</translation>
        </message>
        <message>
            <source>{name} is not a JSON rating scale ({error})</source>
            <translation>{name} no es una escala de calificación JSON ({error})</translation>
        </message>
        <message>
            <source>{name} is not a rating scale: it needs a "labels" list of objects with a "label" each</source>
            <translation>{name} no es una escala de calificación: necesita una lista "labels" de objetos, cada uno con un "label"</translation>
        </message>
        <message>
            <source>{name} is not a valid rating scale ({error})</source>
            <translation>{name} no es una escala de calificación válida ({error})</translation>
        </message>
        <message>
            <source>the rating scale needs a name</source>
            <translation>la escala de calificación necesita un nombre</translation>
        </message>
        <message>
            <source>the rating scale needs an id</source>
            <translation>la escala de calificación necesita un identificador</translation>
        </message>
        <message>
            <source>the rating scale {name} has no labels</source>
            <translation>la escala de calificación {name} no tiene etiquetas</translation>
        </message>
        <message>
            <source>best rating</source>
            <translation>la mejor calificación</translation>
        </message>
        <message>
            <source>worst rating</source>
            <translation>la peor calificación</translation>
        </message>
        <message>
            <source>the best and the worst rating must differ</source>
            <translation>la mejor y la peor calificación deben ser distintas</translation>
        </message>
        <message>
            <source>label {number} of the rating scale has no name</source>
            <translation>la etiqueta {number} de la escala de calificación no tiene nombre</translation>
        </message>
        <message>
            <source>the rating scale has the label {label} twice</source>
            <translation>la escala de calificación tiene dos veces la etiqueta {label}</translation>
        </message>
        <message>
            <source>the rating value of {label}</source>
            <translation>el valor de calificación de {label}</translation>
        </message>
        <message>
            <source>the rating value {value} of {label} lies outside the scale's range {worst} (worst) to {best} (best)</source>
            <translation>el valor de calificación {value} de {label} está fuera del rango de la escala: de {worst} (peor) a {best} (mejor)</translation>
        </message>
        <message>
            <source>the colour {colour} of {label} is not like #3aa89b</source>
            <translation>el color {colour} de {label} no tiene la forma #3aa89b</translation>
        </message>
        <message>
            <source>the rating scale {name} has no label left to choose</source>
            <translation>la escala de calificación {name} no tiene ninguna etiqueta que se pueda elegir</translation>
        </message>
        <message>
            <source>{what} must be a number</source>
            <translation>{what} debe ser un número</translation>
        </message>
        <message>
            <source>{what} must be a number, not {value}</source>
            <translation>{what} debe ser un número, no {value}</translation>
        </message>
        <message>
            <source>{what} must be a finite number</source>
            <translation>{what} debe ser un número finito</translation>
        </message>
        <message>
            <source>a source needs a URL</source>
            <translation>una fuente necesita una URL</translation>
        </message>
        <message>
            <source>{url} is not a web address (it contains spaces)</source>
            <translation>{url} no es una dirección web (contiene espacios)</translation>
        </message>
        <message>
            <source>{url} is not a web address: only http:// and https:// addresses are accepted</source>
            <translation>{url} no es una dirección web: solo se aceptan direcciones http:// y https://</translation>
        </message>
        <message>
            <source>{url} is not a web address (no host name)</source>
            <translation>{url} no es una dirección web (no tiene nombre de host)</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <extracomment>A file, or a web address (http/https) given among the files.</extracomment>
            <translation>{name}: {reason}</translation>
        </message>
        <message>
            <source>{name}: unexpected {error}: {message}</source>
            <translation>{name}: {error} inesperado: {message}</translation>
        </message>
        <message>
            <source>this Word document is damaged (not a valid .docx zip)</source>
            <translation>este documento de Word está dañado (no es un zip .docx válido)</translation>
        </message>
        <message>
            <source>this is a zip archive, not a Word document</source>
            <translation>esto es un archivo zip, no un documento de Word</translation>
        </message>
        <message>
            <source>this Word document unpacks to more than {size} MB; refused</source>
            <translation>este documento de Word ocupa más de {size} MB descomprimido; rechazado</translation>
        </message>
        <message>
            <source>this Word document holds more than {size} MB of text and markup; refused</source>
            <translation>este documento de Word contiene más de {size} MB de texto y marcado; rechazado</translation>
        </message>
        <message>
            <source>this Word document is damaged and cannot be read (its XML is invalid or unsafe)</source>
            <translation>este documento de Word está dañado y no se puede leer (su XML no es válido o no es seguro)</translation>
        </message>
        <message>
            <source>this Word document is damaged and cannot be read</source>
            <translation>este documento de Word está dañado y no se puede leer</translation>
        </message>
        <message>
            <source>this Word document has no text</source>
            <translation>este documento de Word no tiene texto</translation>
        </message>
        <message>
            <source>the page is nested too deeply to read (over 255 levels)</source>
            <translation>la página tiene demasiados niveles anidados para leerla (más de 255)</translation>
        </message>
        <message>
            <source>this does not look like a web page (binary data or an unknown encoding)</source>
            <translation>esto no parece una página web (datos binarios o una codificación desconocida)</translation>
        </message>
        <message>
            <source>the page is empty</source>
            <translation>la página está vacía</translation>
        </message>
        <message>
            <source>the page could not be read as HTML ({error})</source>
            <translation>no se pudo leer la página como HTML ({error})</translation>
        </message>
        <message>
            <source>the page took longer than {seconds} s to read; is it really one article?</source>
            <translation>la lectura de la página tardó más de {seconds} s; ¿es realmente un solo artículo?</translation>
        </message>
        <message>
            <source>the page needs too much memory to read</source>
            <translation>la página necesita demasiada memoria para leerla</translation>
        </message>
        <message>
            <source>the page could not be read ({error})</source>
            <translation>no se pudo leer la página ({error})</translation>
        </message>
        <message>
            <source>no article text found in this page</source>
            <translation>no se encontró texto de artículo en esta página</translation>
        </message>
        <message>
            <source>{items} or {last}</source>
            <translation>{items} o {last}</translation>
        </message>
        <message>
            <source>{name}: this file type is not supported yet (use {types})</source>
            <translation>{name}: este tipo de archivo aún no es compatible (use {types})</translation>
        </message>
        <message>
            <source>{name}: this file type is not supported yet</source>
            <translation>{name}: este tipo de archivo aún no es compatible</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>una imagen PNG</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>una imagen JPEG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>una imagen TIFF</translation>
        </message>
        <message>
            <source>a program (ELF executable)</source>
            <translation>un programa (ejecutable ELF)</translation>
        </message>
        <message>
            <source>a program (Mach-O executable)</source>
            <translation>un programa (ejecutable Mach-O)</translation>
        </message>
        <message>
            <source>a program (Mach-O or Java class)</source>
            <translation>un programa (Mach-O o clase de Java)</translation>
        </message>
        <message>
            <source>a gzip archive</source>
            <translation>un archivo gzip</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>un archivo 7-Zip</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>un archivo RAR</translation>
        </message>
        <message>
            <source>an xz archive</source>
            <translation>un archivo xz</translation>
        </message>
        <message>
            <source>a zstd archive</source>
            <translation>un archivo zstd</translation>
        </message>
        <message>
            <source>an SQLite database</source>
            <translation>una base de datos SQLite</translation>
        </message>
        <message>
            <source>an audio file (Ogg)</source>
            <translation>un archivo de audio (Ogg)</translation>
        </message>
        <message>
            <source>an audio file (MP3)</source>
            <translation>un archivo de audio (MP3)</translation>
        </message>
        <message>
            <source>an audio file (FLAC)</source>
            <translation>un archivo de audio (FLAC)</translation>
        </message>
        <message>
            <source>an icon image</source>
            <translation>una imagen de icono</translation>
        </message>
        <message>
            <source>a font file</source>
            <translation>un archivo de fuente tipográfica</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>una imagen WebP</translation>
        </message>
        <message>
            <source>an audio file (WAV)</source>
            <translation>un archivo de audio (WAV)</translation>
        </message>
        <message>
            <source>a video file</source>
            <translation>un archivo de vídeo</translation>
        </message>
        <message>
            <source>a program (Windows executable)</source>
            <translation>un programa (ejecutable de Windows)</translation>
        </message>
        <message>
            <source>a video or image file (MP4/HEIC)</source>
            <translation>un archivo de vídeo o de imagen (MP4/HEIC)</translation>
        </message>
        <message>
            <source>old Word .doc files are not supported; save it as .docx and import that</source>
            <translation>los archivos .doc del Word antiguo no son compatibles; guárdelo como .docx e importe ese</translation>
        </message>
        <message>
            <source>an Office file (old format)</source>
            <translation>un archivo de Office (formato antiguo)</translation>
        </message>
        <message>
            <source>RTF files are not supported; save it as .docx or .txt</source>
            <translation>los archivos RTF no son compatibles; guárdelo como .docx o .txt</translation>
        </message>
        <message>
            <source>this is a PDF file; rename it to .pdf to import it</source>
            <translation>esto es un archivo PDF; cámbiele el nombre a .pdf para importarlo</translation>
        </message>
        <message>
            <source>this is a zip archive, not an article</source>
            <translation>esto es un archivo zip, no un artículo</translation>
        </message>
        <message>
            <source>this is {kind}, not an article</source>
            <translation>esto es {kind}, no un artículo</translation>
        </message>
        <message>
            <source>this is not a PDF file (it does not start with %PDF)</source>
            <translation>esto no es un archivo PDF (no empieza con %PDF)</translation>
        </message>
        <message>
            <source>this Word document is damaged (not a .docx zip)</source>
            <translation>este documento de Word está dañado (no es un zip .docx)</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>es una carpeta, no un archivo</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>no es un archivo normal</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>el archivo no existe</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permiso denegado</translation>
        </message>
        <message>
            <source>the file could not be read ({error})</source>
            <translation>no se pudo leer el archivo ({error})</translation>
        </message>
        <message>
            <source>the file is too large ({size}; the limit is {limit})</source>
            <translation>el archivo es demasiado grande ({size}; el límite es {limit})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>the file has only blank space</source>
            <translation>el archivo solo contiene espacios en blanco</translation>
        </message>
        <message>
            <source>this PDF is protected by a password</source>
            <translation>este PDF está protegido con contraseña</translation>
        </message>
        <message>
            <source>this PDF has more than {pages} pages; refused</source>
            <translation>este PDF tiene más de {pages} páginas; rechazado</translation>
        </message>
        <message>
            <source>this PDF took longer than {seconds} s to read</source>
            <translation>la lectura de este PDF tardó más de {seconds} s</translation>
        </message>
        <message>
            <source>this PDF is encrypted and cannot be read</source>
            <translation>este PDF está cifrado y no se puede leer</translation>
        </message>
        <message>
            <source>this PDF is damaged and cannot be read ({error})</source>
            <translation>este PDF está dañado y no se puede leer ({error})</translation>
        </message>
        <message>
            <source>no text found: scanned PDF?</source>
            <translation>no se encontró texto: ¿es un PDF escaneado?</translation>
        </message>
        <message>
            <source>its review pass has no id or reviewer</source>
            <translation>su pasada de revisión no tiene identificador ni revisor</translation>
        </message>
        <message>
            <source>its review pass belongs to another article here</source>
            <translation>su pasada de revisión pertenece aquí a otro artículo</translation>
        </message>
        <message>
            <source>its quote is not in the article's text</source>
            <translation>su cita no está en el texto del artículo</translation>
        </message>
        <message>
            <source>it has no id</source>
            <translation>no tiene identificador</translation>
        </message>
        <message>
            <source>this does not look like text (binary data or an unknown encoding)</source>
            <translation>esto no parece texto (datos binarios o una codificación desconocida)</translation>
        </message>
        <message>
            <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
            <translation>el archivo es demasiado grande ({size} MB; el límite es {limit} MB)</translation>
        </message>
        <message>
            <source>the file has no text</source>
            <translation>el archivo no tiene texto</translation>
        </message>
        <message>
            <source>pasted text</source>
            <translation>texto pegado</translation>
        </message>
        <message>
            <source>there is no text</source>
            <translation>no hay texto</translation>
        </message>
        <message>
            <source>the file has no transcript text</source>
            <translation>el archivo no tiene texto de transcripción</translation>
        </message>
        <message>
            <source>this is not JSON ({error})</source>
            <extracomment>Annotations written per transaction.</extracomment>
            <translation>esto no es JSON ({error})</translation>
        </message>
        <message>
            <source>no annotations found (expected a W3C annotation collection, page or list, or a Hypothesis export)</source>
            <translation>no se encontraron anotaciones (se esperaba una colección, página o lista de anotaciones W3C, o una exportación de Hypothesis)</translation>
        </message>
        <message>
            <source>it has no target</source>
            <translation>no tiene destino</translation>
        </message>
        <message>
            <source>it has no TextQuoteSelector, so it cannot be placed</source>
            <translation>no tiene TextQuoteSelector, así que no se puede ubicar</translation>
        </message>
        <message>
            <source>its quote (TextQuoteSelector exact, prefix or suffix) is not text</source>
            <translation>su cita (exact, prefix o suffix de TextQuoteSelector) no es texto</translation>
        </message>
        <message>
            <source>its quote is empty</source>
            <translation>su cita está vacía</translation>
        </message>
        <message>
            <source>no article here matches {source}</source>
            <translation>ningún artículo de aquí coincide con {source}</translation>
        </message>
        <message>
            <source>no article here matches its target</source>
            <translation>ningún artículo de aquí coincide con su destino</translation>
        </message>
        <message>
            <source>the server sent {type}, but the page is {kind}, not an article</source>
            <translation>el servidor envió {type}, pero la página es {kind}, no un artículo</translation>
        </message>
        <message>
            <source>the server sent no content type and the page is empty, not an article</source>
            <translation>el servidor no envió un tipo de contenido y la página está vacía, no es un artículo</translation>
        </message>
        <message>
            <source>the server sent no content type and the page is {kind}, not an article</source>
            <translation>el servidor no envió un tipo de contenido y la página es {kind}, no un artículo</translation>
        </message>
        <message>
            <source>the server sent {type}, not an article (HTML, plain text or PDF)</source>
            <translation>el servidor envió {type}, no un artículo (HTML, texto sin formato o PDF)</translation>
        </message>
        <message>
            <source>the article has no web address to update from; give it a URL in its details first</source>
            <translation>el artículo no tiene una dirección web desde la que actualizarlo; primero indique una URL en sus detalles</translation>
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
        <name>FilesController</name>
        <message>
            <source>Factcheck databases</source>
            <translation>Bases de datos de Factcheck</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>&amp;New Database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <source>Create an empty database</source>
            <translation>Crear una base de datos vacía</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>Abrir otra base de datos</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>Pr&amp;eferencias…</translation>
        </message>
        <message>
            <source>Change your reviewer name, the language and the rules</source>
            <translation>Cambiar su nombre de revisor, el idioma y las reglas</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <source>Cannot create the database</source>
            <translation>No se puede crear la base de datos</translation>
        </message>
        <message>
            <source>{path} already exists.</source>
            <translation>{path} ya existe.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>{error}

File: {path}</source>
            <translation>{error}

Archivo: {path}</translation>
        </message>
        <message>
            <source>{path}

This file is no longer there (moved, renamed or deleted), so it was taken off Open Recent. Use File &gt; Open to find it elsewhere.</source>
            <translation>{path}

Este archivo ya no está ahí (se movió, se renombró o se eliminó), así que se quitó de Abrir recientes. Use Archivo &gt; Abrir para buscarlo en otro lugar.</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>el idioma del sistema</translation>
        </message>
        <message>
            <source>The window will be in {language} the next time the app starts.</source>
            <translation>La ventana estará en {language} la próxima vez que se inicie la aplicación.</translation>
        </message>
        <message>
            <source>Reviewer: {name}</source>
            <translation>Revisor: {name}</translation>
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
        <name>FocusPanes</name>
        <message>
            <source>Next &amp;Pane</source>
            <translation>&amp;Panel siguiente</translation>
        </message>
        <message>
            <source>Give the keys to the next pane: library, article, claims, inspector</source>
            <translation>Pasar el teclado al panel siguiente: biblioteca, artículo, afirmaciones, inspector</translation>
        </message>
        <message>
            <source>Previous Pa&amp;ne</source>
            <translation>Pa&amp;nel anterior</translation>
        </message>
        <message>
            <source>Give the keys to the previous pane</source>
            <translation>Pasar el teclado al panel anterior</translation>
        </message>
    </context>
    <context>
        <name>HelpController</name>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation>Mostrar todos los atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>Acerca &amp;de</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>{app} {version}

A desktop workbench for checking the claims in news articles by hand.

Database: {path}

{libraries}</source>
            <translation>{app} {version}

Un banco de trabajo de escritorio para verificar a mano las afirmaciones de los artículos de noticias.

Base de datos: {path}

{libraries}</translation>
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
        <name>History</name>
        <message>
            <source>claim text</source>
            <translation>texto de la afirmación</translation>
        </message>
        <message>
            <source>anchor state</source>
            <translation>estado del anclaje</translation>
        </message>
        <message>
            <source>original quote</source>
            <translation>cita original</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>cita</translation>
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
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>publisher</source>
            <translation>editor</translation>
        </message>
        <message>
            <source>published</source>
            <translation>fecha de publicación</translation>
        </message>
        <message>
            <source>accessed</source>
            <translation>fecha de consulta</translation>
        </message>
        <message>
            <source>stance</source>
            <translation>postura</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
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
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <source>position</source>
            <translation>posición</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versión</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>sentence</source>
            <translation>oración</translation>
        </message>
        <message>
            <source>best rating</source>
            <translation>mejor calificación</translation>
        </message>
        <message>
            <source>worst rating</source>
            <translation>peor calificación</translation>
        </message>
        <message>
            <source>correction note</source>
            <translation>nota de corrección</translation>
        </message>
        <message>
            <source>assignee</source>
            <translation>asignado a</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>created</source>
            <translation>creó</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminó</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restauró</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importó</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>cambió</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>editó</translation>
        </message>
        <message>
            <source>activated</source>
            <translation>activó</translation>
        </message>
        <message>
            <source>installed</source>
            <translation>instaló</translation>
        </message>
        <message>
            <source>claim</source>
            <translation>la afirmación</translation>
        </message>
        <message>
            <source>source</source>
            <translation>la fuente</translation>
        </message>
        <message>
            <source>article</source>
            <translation>el artículo</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>el ajuste</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>la escala</translation>
        </message>
        <message>
            <source>suggestion</source>
            <translation>la sugerencia</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>source {url}</source>
            <translation>la fuente {url}</translation>
        </message>
        <message>
            <source>edited {field} of {source} (no net change)</source>
            <translation>editó {field} de {source} (sin cambio neto)</translation>
        </message>
        <message>
            <source>edited {field} (no net change)</source>
            <translation>editó {field} (sin cambio neto)</translation>
        </message>
        <message>
            <source>set {field}: {change}</source>
            <translation>cambió {field}: {change}</translation>
        </message>
        <message>
            <source>created claim on {quote}</source>
            <translation>creó la afirmación sobre {quote}</translation>
        </message>
        <message>
            <source>imported claim on {quote}</source>
            <translation>importó la afirmación sobre {quote}</translation>
        </message>
        <message>
            <source>corrected {field}: {change}</source>
            <translation>corrigió {field}: {change}</translation>
        </message>
        <message>
            <source>correction note: {note}</source>
            <translation>nota de corrección: {note}</translation>
        </message>
        <message>
            <source>withdrew a correction (undone)</source>
            <translation>retiró una corrección (deshecha)</translation>
        </message>
        <message>
            <source>verdict relabelled by a scale change: {old} -&gt; {new} (scale {scale})</source>
            <translation>veredicto renombrado por un cambio de escala: {old} -&gt; {new} (escala {scale})</translation>
        </message>
        <message>
            <source>verdict relabelled by a scale change: {old} -&gt; {new}</source>
            <translation>veredicto renombrado por un cambio de escala: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>imported newer {field}: {change}</source>
            <translation>importó {field} más reciente: {change}</translation>
        </message>
        <message>
            <source>import kept newer {field}; older imported value: {value}</source>
            <translation>la importación conservó {field} más reciente; valor importado más antiguo: {value}</translation>
        </message>
        <message>
            <source>import held for review (final claim, no correction note): {field} {value} not applied</source>
            <translation>importación retenida para revisión (afirmación final, sin nota de corrección): {field} {value} no aplicado</translation>
        </message>
        <message>
            <source>copied verdict and rationale from claim {claim}</source>
            <translation>copió el veredicto y la justificación de la afirmación {claim}</translation>
        </message>
        <message>
            <source>adjusted span: {change} (characters {old} -&gt; {new})</source>
            <translation>ajustó el tramo: {change} (caracteres {old} -&gt; {new})</translation>
        </message>
        <message>
            <source>adjusted span: {change}</source>
            <translation>ajustó el tramo: {change}</translation>
        </message>
        <message>
            <source>re-anchored (version {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</source>
            <translation>volvió a anclar (versión {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</translation>
        </message>
        <message>
            <source>re-attached (version {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</source>
            <translation>volvió a adjuntar (versión {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</translation>
        </message>
        <message>
            <source>anchor put back (version {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</source>
            <translation>restableció el anclaje (versión {old_version} -&gt; {new_version}): {old_state} {old_span} -&gt; {new_state} {new_span} {quote}</translation>
        </message>
        <message numerus="yes">
            <source>deleted claim on {quote} with %n source(s)</source>
            <translation>
                <numerusform>eliminó la afirmación sobre {quote} con %n fuente</numerusform>
                <numerusform>eliminó la afirmación sobre {quote} con %n fuentes</numerusform>
            </translation>
        </message>
        <message>
            <source>deleted claim on {quote}</source>
            <translation>eliminó la afirmación sobre {quote}</translation>
        </message>
        <message numerus="yes">
            <source>restored claim with %n source(s)</source>
            <translation>
                <numerusform>restauró la afirmación con %n fuente</numerusform>
                <numerusform>restauró la afirmación con %n fuentes</numerusform>
            </translation>
        </message>
        <message>
            <source>restored claim</source>
            <translation>restauró la afirmación</translation>
        </message>
        <message>
            <source>added source {url} ({details})</source>
            <translation>añadió la fuente {url} ({details})</translation>
        </message>
        <message>
            <source>added source {url}</source>
            <translation>añadió la fuente {url}</translation>
        </message>
        <message>
            <source>imported source {url} ({details})</source>
            <translation>importó la fuente {url} ({details})</translation>
        </message>
        <message>
            <source>imported source {url}</source>
            <translation>importó la fuente {url}</translation>
        </message>
        <message>
            <source>removed source {url} ({details})</source>
            <translation>quitó la fuente {url} ({details})</translation>
        </message>
        <message>
            <source>removed source {url}</source>
            <translation>quitó la fuente {url}</translation>
        </message>
        <message>
            <source>set {field} of {source}: {change}</source>
            <translation>cambió {field} de {source}: {change}</translation>
        </message>
        <message>
            <source>imported newer {field} of {source}: {change}</source>
            <translation>importó {field} más reciente de {source}: {change}</translation>
        </message>
        <message>
            <source>import kept newer {field} of {source}; older imported value: {value}</source>
            <translation>la importación conservó {field} más reciente de {source}; valor importado más antiguo: {value}</translation>
        </message>
        <message>
            <source>moved {source} from position {old} to {new}</source>
            <translation>movió {source} de la posición {old} a la {new}</translation>
        </message>
        <message>
            <source>added article {title}</source>
            <translation>añadió el artículo {title}</translation>
        </message>
        <message>
            <source>set article {field}: {change}</source>
            <translation>cambió {field} del artículo: {change}</translation>
        </message>
        <message numerus="yes">
            <source>deleted article {title} with %n claim(s)</source>
            <translation>
                <numerusform>eliminó el artículo {title} con %n afirmación</numerusform>
                <numerusform>eliminó el artículo {title} con %n afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>deleted article {title}</source>
            <translation>eliminó el artículo {title}</translation>
        </message>
        <message>
            <source>new text version {version}: {note}</source>
            <translation>nueva versión del texto {version}: {note}</translation>
        </message>
        <message>
            <source>new text version {version}</source>
            <translation>nueva versión del texto {version}</translation>
        </message>
        <message>
            <source>took back text version {version}</source>
            <translation>retiró la versión del texto {version}</translation>
        </message>
        <message>
            <source>changed setting {name}: {old} -&gt; {new}</source>
            <translation>cambió el ajuste {name}: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>installed rating scale {name} (now the active scale)</source>
            <translation>instaló la escala de calificación {name} (ahora la escala activa)</translation>
        </message>
        <message>
            <source>installed rating scale {name}</source>
            <translation>instaló la escala de calificación {name}</translation>
        </message>
        <message>
            <source>dismissed suggestion {sentence}</source>
            <translation>descartó la sugerencia {sentence}</translation>
        </message>
        <message>
            <source>brought back suggestion {sentence}</source>
            <translation>recuperó la sugerencia {sentence}</translation>
        </message>
        <message>
            <source>no verdict</source>
            <translation>sin veredicto</translation>
        </message>
        <message>
            <source>{reviewer}'s claim ({verdict}) [pass {pass_id}]</source>
            <translation>la afirmación de {reviewer} ({verdict}) [pasada {pass_id}]</translation>
        </message>
        <message>
            <source>{reviewer}'s claim ({verdict})</source>
            <translation>la afirmación de {reviewer} ({verdict})</translation>
        </message>
        <message>
            <source>curated: taken from the review passes: {origins}</source>
            <translation>consolidación: tomada de las pasadas de revisión: {origins}</translation>
        </message>
        <message>
            <source>curated: merged from the review passes: {origins}</source>
            <translation>consolidación: combinada a partir de las pasadas de revisión: {origins}</translation>
        </message>
        <message>
            <source>curated: final judgement over the review passes: {origins}</source>
            <translation>consolidación: juicio final sobre las pasadas de revisión: {origins}</translation>
        </message>
        <message>
            <source>curated: curated from the review passes: {origins}</source>
            <translation>consolidación: consolidada a partir de las pasadas de revisión: {origins}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{action} {entity}</source>
            <comment>an event of another kind: what was done to what</comment>
            <translation>{action} {entity}</translation>
        </message>
        <message>
            <source>{event} {field}: {change}</source>
            <translation>{event}, {field}: {change}</translation>
        </message>
        <message>
            <source>made rating scale {name} the active scale</source>
            <translation>hizo de {name} la escala de calificación activa</translation>
        </message>
        <message>
            <source>edited rating scale {name}</source>
            <translation>editó la escala de calificación {name}</translation>
        </message>
        <message>
            <source>changed its labels</source>
            <translation>cambió sus etiquetas</translation>
        </message>
        <message>
            <source>verdict {old} now reads {new}</source>
            <translation>el veredicto {old} ahora dice {new}</translation>
        </message>
        <message>
            <source>kept as retired labels: {labels}</source>
            <translation>conservadas como etiquetas retiradas: {labels}</translation>
        </message>
        <message numerus="yes">
            <source>relabelled %n claim(s)</source>
            <translation>
                <numerusform>reetiquetó %n afirmación</numerusform>
                <numerusform>reetiquetó %n afirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>with {field} {value}</source>
            <translation>con {field} {value}</translation>
        </message>
        <message>
            <source>{field} {value}</source>
            <comment>a source's detail</comment>
            <translation>{field} {value}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between details</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
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
        <name>JoinPart</name>
        <message>
            <source>Only part of the team database</source>
            <translation>Solo una parte de la base de datos del equipo</translation>
        </message>
        <message>
            <source>Herald, Courier</source>
            <translation>Herald, Courier</translation>
        </message>
        <message>
            <source>Outlets to join</source>
            <translation>Medios que unir</translation>
        </message>
        <message>
            <source>Outlet names separated by commas; empty for every outlet</source>
            <translation>Nombres de medios separados por comas; vacío para todos los medios</translation>
        </message>
        <message>
            <source>Articles dated from</source>
            <translation>Artículos con fecha desde</translation>
        </message>
        <message>
            <source>Articles dated until</source>
            <translation>Artículos con fecha hasta</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>&amp;Outlets:</source>
            <translation>&amp;Medios:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Dates are written as YYYY-MM-DD, for example 2026-03-01.</source>
            <translation>Las fechas se escriben como AAAA-MM-DD, por ejemplo 2026-03-01.</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Main Toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>&amp;Toolbar</source>
            <translation>&amp;Barra de herramientas</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>This database is open read-only (opened so, or its file or folder cannot be written): you can read, search and export, but not change it.</source>
            <translation>Esta base de datos está abierta en modo de solo lectura (se abrió así, o no se puede escribir en su archivo o carpeta): puede leer, buscar y exportar, pero no modificarla.</translation>
        </message>
        <message>
            <source>&amp;Search the Library</source>
            <translation>B&amp;uscar en la biblioteca</translation>
        </message>
        <message>
            <source>Type words of a title, an outlet or a kept source to narrow the library</source>
            <translation>Escriba palabras de un título, un medio o una fuente guardada para acotar la biblioteca</translation>
        </message>
        <message>
            <source>{app} — {file} (read-only)</source>
            <translation>{app} — {file} (solo lectura)</translation>
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
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>Ar&amp;tículo</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>A&amp;firmación</translation>
        </message>
        <message>
            <source>&amp;Sources</source>
            <translation>F&amp;uentes</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>Export &amp;CSV</source>
            <translation>Exportar &amp;CSV</translation>
        </message>
        <message>
            <source>Set &amp;Verdict</source>
            <translation>Asignar &amp;veredicto</translation>
        </message>
        <message>
            <source>Adjust &amp;Span</source>
            <translation>Ajustar &amp;fragmento</translation>
        </message>
        <message>
            <source>Su&amp;ggestions</source>
            <translation>Su&amp;gerencias</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Unsaved change</source>
            <translation>Cambio sin guardar</translation>
        </message>
        <message>
            <source>Your last change could not be saved. Close anyway and lose it?</source>
            <translation>No se pudo guardar su último cambio. ¿Cerrar de todos modos y perderlo?</translation>
        </message>
    </context>
    <context>
        <name>OfflineQueue</name>
        <message numerus="yes">
            <source>%n copy(s) waiting</source>
            <extracomment>Starts fetching a source's copy in the background (the web controller's keep_copy).</extracomment>
            <translation>
                <numerusform>%Ln copia en espera</numerusform>
                <numerusform>%Ln copias en espera</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n link check(s) waiting</source>
            <translation>
                <numerusform>%Ln comprobación de enlace en espera</numerusform>
                <numerusform>%Ln comprobaciones de enlaces en espera</numerusform>
            </translation>
        </message>
        <message>
            <source>{waiting} (offline since {when})</source>
            <translation>{waiting} (sin conexión desde {when})</translation>
        </message>
        <message>
            <source>The link checks could not be saved: {error}</source>
            <translation>No se pudieron guardar las comprobaciones de enlaces: {error}</translation>
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
        <name>PanesController</name>
        <message>
            <source>&amp;Library</source>
            <translation>&amp;Biblioteca</translation>
        </message>
        <message>
            <source>Show the library</source>
            <translation>Mostrar la biblioteca</translation>
        </message>
        <message>
            <source>&amp;Claims Table</source>
            <translation>Tabla de &amp;afirmaciones</translation>
        </message>
        <message>
            <source>Show the claims table</source>
            <translation>Mostrar la tabla de afirmaciones</translation>
        </message>
        <message>
            <source>Claim &amp;Inspector</source>
            <translation>&amp;Inspector de afirmaciones</translation>
        </message>
        <message>
            <source>Show the claim inspector</source>
            <translation>Mostrar el inspector de afirmaciones</translation>
        </message>
        <message>
            <source>Claims Table &amp;Beside the Text</source>
            <translation>Tabla de afirmaciones &amp;junto al texto</translation>
        </message>
        <message>
            <source>Show the claims table to the right of the article instead of below it</source>
            <translation>Mostrar la tabla de afirmaciones a la derecha del artículo en lugar de debajo</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Reviewer name</source>
            <translation>Nombre del revisor</translation>
        </message>
        <message>
            <source>&amp;Reviewer name:</source>
            <translation>Nombre del &amp;revisor:</translation>
        </message>
        <message>
            <source>Stamped on the changes you make from now on.</source>
            <translation>Se registra en los cambios que haga a partir de ahora.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>El del sistema</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>A new language shows the next time the app starts.</source>
            <translation>El nuevo idioma se verá la próxima vez que se inicie la aplicación.</translation>
        </message>
        <message>
            <source>Reading and &amp;Theme…</source>
            <translation>Lectura y &amp;tema…</translation>
        </message>
        <message>
            <source>The article's font, text size and reading width, and a light or dark window (this computer)</source>
            <translation>La fuente, el tamaño del texto y el ancho de lectura del artículo, y una ventana clara u oscura (este equipo)</translation>
        </message>
        <message>
            <source>Reading:</source>
            <translation>Lectura:</translation>
        </message>
        <message>
            <source>Final and published claims need a &amp;verdict, a rationale and sources</source>
            <translation>Las afirmaciones finales y publicadas necesitan &amp;veredicto, justificación y fuentes</translation>
        </message>
        <message>
            <source>Sources a final claim needs</source>
            <translation>Fuentes que necesita una afirmación final</translation>
        </message>
        <message>
            <source> source(s)</source>
            <translation> fuente(s)</translation>
        </message>
        <message>
            <source>At &amp;least:</source>
            <translation>Al &amp;menos:</translation>
        </message>
        <message>
            <source>AFP's practice is at least 2 independent sources for a central claim; IFCN asks for sources readers can use to repeat the check.</source>
            <translation>La práctica de AFP es de al menos 2 fuentes independientes para una afirmación central; la IFCN pide fuentes que los lectores puedan usar para repetir la verificación.</translation>
        </message>
        <message>
            <source>A &amp;second reviewer approves final claims</source>
            <translation>Un &amp;segundo revisor aprueba las afirmaciones finales</translation>
        </message>
        <message>
            <source>Only someone other than the reviewer who last set the verdict can make a claim final (for example from Needs review).</source>
            <translation>Solo alguien distinto del revisor que asignó el veredicto por última vez puede hacer final una afirmación (por ejemplo, desde Necesita revisión).</translation>
        </message>
        <message>
            <source>The team &amp;publishes: offer the status “Published”</source>
            <translation>El equipo &amp;publica: ofrecer el estado «Publicado»</translation>
        </message>
        <message>
            <source>Workflow (this database: {name})</source>
            <translation>Flujo de trabajo (esta base de datos: {name})</translation>
        </message>
        <message>
            <source>Workflow (this database)</source>
            <translation>Flujo de trabajo (esta base de datos)</translation>
        </message>
        <message>
            <source>Saved in the database, so everyone who opens it works to the same rules. Claims already final stay as they are.</source>
            <translation>Se guarda en la base de datos, así que todos los que la abren trabajan con las mismas reglas. Las afirmaciones que ya son finales se quedan como están.</translation>
        </message>
        <message>
            <source>This database is open read-only: its rules are shown, not changed.</source>
            <translation>Esta base de datos está abierta en modo de solo lectura: sus reglas se muestran, no se cambian.</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>ReadingController</name>
        <message>
            <source>&amp;Larger Text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>Make the article's text larger</source>
            <translation>Agrandar el texto del artículo</translation>
        </message>
        <message>
            <source>&amp;Smaller Text</source>
            <translation>Texto más &amp;pequeño</translation>
        </message>
        <message>
            <source>Make the article's text smaller</source>
            <translation>Reducir el texto del artículo</translation>
        </message>
        <message>
            <source>&amp;Normal Text Size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>Show the article's text at its normal size</source>
            <translation>Mostrar el texto del artículo en su tamaño normal</translation>
        </message>
        <message>
            <source>&amp;Reading and Theme…</source>
            <translation>&amp;Lectura y tema…</translation>
        </message>
        <message>
            <source>The article's font, text size and reading width, and light or dark</source>
            <translation>La fuente, el tamaño del texto y el ancho de lectura del artículo, y claro u oscuro</translation>
        </message>
    </context>
    <context>
        <name>ReadingDialog</name>
        <message>
            <source>Reading and Theme</source>
            <translation>Lectura y tema</translation>
        </message>
        <message>
            <source>Article font</source>
            <translation>Fuente del artículo</translation>
        </message>
        <message>
            <source>Serif (the app's choice)</source>
            <translation>Con serifa (la de la aplicación)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Reading width</source>
            <translation>Ancho de lectura</translation>
        </message>
        <message>
            <source> characters a line at most</source>
            <translation> caracteres por línea como máximo</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Article &amp;font:</source>
            <translation>&amp;Fuente del artículo:</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>&amp;Tamaño del texto:</translation>
        </message>
        <message>
            <source>Reading &amp;width:</source>
            <translation>&amp;Ancho de lectura:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>T&amp;ema:</translation>
        </message>
        <message>
            <source>Ctrl++ and Ctrl+- change the text size from the keyboard, Ctrl+0 sets it back. Saved on this computer.</source>
            <translation>Ctrl++ y Ctrl+- cambian el tamaño del texto desde el teclado; Ctrl+0 lo restablece. Se guarda en este equipo.</translation>
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
        <name>RestoreController</name>
        <message>
            <source>Database backups</source>
            <translation>Copias de seguridad de la base de datos</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>Restore from &amp;Backup…</source>
            <translation>Restaurar desde &amp;copia de seguridad…</translation>
        </message>
        <message>
            <source>Replace the open database with one of its backups (checked first)</source>
            <translation>Reemplazar la base de datos abierta por una de sus copias de seguridad (comprobada antes)</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>Restaurar desde copia de seguridad</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde copia de seguridad</translation>
        </message>
        <message>
            <source>Replace the open database with the backup {name}?

The database as it is now is kept in {folder}, and the undo history of this session ends here.</source>
            <translation>¿Reemplazar la base de datos abierta por la copia de seguridad {name}?

La base de datos tal como está ahora se conserva en {folder}, y el historial de deshacer de esta sesión termina aquí.</translation>
        </message>
        <message>
            <source>Cannot restore this backup</source>
            <translation>No se puede restaurar esta copia de seguridad</translation>
        </message>
        <message>
            <source>Could not restore the backup</source>
            <translation>No se pudo restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>{problem}

Nothing was changed.</source>
            <translation>{problem}

No se cambió nada.</translation>
        </message>
        <message>
            <source>Restored {name} from {backup}. The previous state is kept as {kept}.</source>
            <translation>{name} se restauró desde {backup}. El estado anterior se conserva como {kept}.</translation>
        </message>
        <message>
            <source>Restored {name} from {backup}.</source>
            <translation>{name} se restauró desde {backup}.</translation>
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
        <name>ReviewerDialog</name>
        <message>
            <source>Your Name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Every change you make is stamped with your name, so that colleagues can see who checked what. You can change it later in Preferences.</source>
            <translation>Cada cambio que haga lleva su nombre, para que sus colegas vean quién verificó qué. Puede cambiarlo más tarde en Preferencias.</translation>
        </message>
        <message>
            <source>The name stamped on the changes you make from now on.</source>
            <translation>El nombre que llevarán los cambios que haga a partir de ahora.</translation>
        </message>
        <message>
            <source>Reviewer name</source>
            <translation>Nombre del revisor</translation>
        </message>
        <message>
            <source>&amp;Reviewer name:</source>
            <translation>Nombre del &amp;revisor:</translation>
        </message>
    </context>
    <context>
        <name>SaveBanner</name>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Not saved: {problem} Your change is still on screen; press Retry when the problem is fixed.</source>
            <translation>No guardado: {problem} Su cambio sigue en pantalla; pulse Reintentar cuando el problema esté resuelto.</translation>
        </message>
        <message>
            <source>Not done: {problem}</source>
            <translation>No realizado: {problem}</translation>
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
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>anywhere</source>
            <translation>en cualquier lugar</translation>
        </message>
        <message>
            <source>in the article text</source>
            <translation>en el texto del artículo</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>in the claim inspector</source>
            <translation>en el inspector de afirmaciones</translation>
        </message>
        <message>
            <source>in the article text or the claims table</source>
            <translation>en el texto del artículo o en la tabla de afirmaciones</translation>
        </message>
        <message>
            <source>in the find bar</source>
            <translation>en la barra de búsqueda</translation>
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
            <source>YYYY-MM-DD</source>
            <comment>the date format typed in the field</comment>
            <translation>AAAA-MM-DD</translation>
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
            <extracomment>The Assigned to me filters (set by the window), shown while in a team. Assign to… in the library's and claims table's context menus (set by the window).</extracomment>
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
        <name>Theme</name>
        <message>
            <source>Same as the system</source>
            <translation>El del sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
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
        <name>VersionConflict</name>
        <message>
            <source>text version {number}</source>
            <translation>versión del texto {number}</translation>
        </message>
        <message>
            <source>current text</source>
            <translation>texto actual</translation>
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
    <context>
        <name>Web</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>ok</source>
            <extracomment>What a link check found, as the window says it (the states are data).</extracomment>
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
            <extracomment>Copies being fetched in the background, by source id. Copies and checks that got no answer, tried again by themselves (also after a restart: the queue is in the database).</extracomment>
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
    <context>
        <name>Workflow</name>
        <message>
            <source>verdict</source>
            <extracomment>What a correction may change that needs a note (IFCN: corrections are visible).</extracomment>
            <translation>veredicto</translation>
        </message>
        <message>
            <source>rationale</source>
            <translation>justificación</translation>
        </message>
        <message numerus="yes">
            <source>%n more source(s)</source>
            <extracomment>Final and published claims need a verdict, a rationale and `min_sources`. Going final needs a reviewer other than the one who last set the verdict. Offer the "published" status in the window (a team that publishes).</extracomment>
            <translation>
                <numerusform>%n fuente más</numerusform>
                <numerusform>%n fuentes más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n fuente</numerusform>
                <numerusform>%n fuentes</numerusform>
            </translation>
        </message>
        <message>
            <source>a verdict</source>
            <translation>un veredicto</translation>
        </message>
        <message>
            <source>a rationale</source>
            <translation>una justificación</translation>
        </message>
        <message>
            <source>approval by a reviewer other than {reviewer}, who set its verdict</source>
            <translation>la aprobación de un revisor distinto de {reviewer}, que fijó su veredicto</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} y {last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between items</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Claim can't be {status} yet: it needs {missing}.</source>
            <translation>La afirmación aún no puede estar en estado «{status}»: necesita {missing}.</translation>
        </message>
        <message>
            <source>Claim can't stay {status}: it would need {missing}; set its status back first to make this change.</source>
            <translation>La afirmación no puede seguir en estado «{status}»: necesitaría {missing}; para hacer este cambio, antes hay que devolverla a otro estado.</translation>
        </message>
        <message>
            <source>Final needs: {missing}</source>
            <translation>Para final falta: {missing}</translation>
        </message>
        <message>
            <source>{status}, short of the current rules: {missing}</source>
            <translation>{status}, incompleta según las reglas actuales: {missing}</translation>
        </message>
        <message>
            <source>Claim was final before with another {fields}: marking it {status} again is a correction and needs a short correction note.</source>
            <translation>La afirmación ya fue final con otro valor de {fields}: volver a marcarla como «{status}» es una corrección y necesita una breve nota de corrección.</translation>
        </message>
        <message>
            <source>Claim was final before (now {status}): changing its {fields} is a correction and needs a short correction note.</source>
            <translation>La afirmación ya fue final (ahora «{status}»): cambiar su {fields} es una corrección y necesita una breve nota de corrección.</translation>
        </message>
        <message>
            <source>Claim is {status}: changing its {fields} is a correction and needs a short correction note.</source>
            <translation>La afirmación está en estado «{status}»: cambiar su {fields} es una corrección y necesita una breve nota de corrección.</translation>
        </message>
    </context>
</TS>
