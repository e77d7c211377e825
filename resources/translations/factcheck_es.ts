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
</TS>
