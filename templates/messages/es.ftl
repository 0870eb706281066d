# Las frases de palermo en español: cada palabra que un lector ve en un documento.
#
# Un mensaje por frase. `{ $nombre }` es un valor que da palermo; `{ PLURAL($n) -> … }` elige la
# forma del plural (categorías CLDR). Una conferencia corrige un mensaje colocando su propio
# templates/messages/es.ftl, con solo los mensajes que cambia, en su carpeta.

## Convenciones del idioma

language-name = { $code ->
    [ar] árabe
    [zh] chino
    [fr] francés
    [ru] ruso
    [es] español
   *[en] inglés
}
job-letter = S
number-words = cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve
number-words-masculine = cero|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve
number-words-feminine = cero|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve
number-in-words = { WORDS($n) }
typography-number-after = artículo*|cuadro*|figura*|párrafo*|pregunta*|anexo*|capítulo*|decisión*|resolución*|página*|sección*|núm.
typography-unit-after-number = por
typography-never-first = —
percent = { $value }%
percent-of = { $value }%
percent-short = { $value }%
fraction = { $which ->
    [half] la mitad
    [third] un tercio
    [two-thirds] dos tercios
    [quarter] una cuarta parte
   *[three-quarters] tres cuartas partes
}
list-separator = {", "}
list-and = { $first } y { $last }
list-or = { $first } o { $last }
quote-open = “
quote-close = ”
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date = { $day } de { $month } de{"\u00A0"}{ $year }
date-range-same-month = { $day1 } a { $day2 } de { $month2 } de{"\u00A0"}{ $year2 }
date-range-same-year = { $day1 } de { $month1 } a { $date2 }
date-range = { $date1 } a { $date2 }
month-short-1 = ene.
month-short-2 = feb.
month-short-3 = mar.
month-short-4 = abr.
month-short-5 = mayo
month-short-6 = jun.
month-short-7 = jul.
month-short-8 = ago.
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = dic.
date-short = { $day } { $month } { $year }

## Numeración de títulos y párrafos

numbering-chapter = I.
numbering-section = A.
numbering-subsection = 1.
numbering-subparagraph = a)
numbering-subsubparagraph = i)
numbering-paragraph = 1.
numbering-annex = Anexo { $n ->
    [1] I
    [2] II
    [3] III
   *[other] { $n }
}
figure-supplement = Figura
table-supplement = Cuadro
contents-title = Índice
contents-chapter = Capítulo
contents-paragraphs = Párrafos
contents-page = Página
page-of = Página { $page } de { $total }

## Encabezado y elementos de página de un documento de conferencia

united-nations = Naciones Unidas
distribution = { $kind ->
    [limited] Distr. limitada
    [restricted] Distr. reservada
   *[general] Distr. general
}
masthead-language-lines = Español|Original: { $original ->
    [ar] árabe
    [zh] chino
    [fr] francés
    [ru] ruso
    [es] español
   *[en] inglés
}
masthead-date-language = es
session = { $n ->
    [1] Primer
    [2] Segundo
    [3] Tercer
    [4] Cuarto
    [5] Quinto
    [6] Sexto
    [7] Séptimo
    [8] Octavo
    [9] Noveno
    [10] Décimo
    [13] 13er
    [21] 21er
    [23] 23er
    [31] 31er
    [33] 33er
   *[other] { $n }º
} período de sesiones
agenda-line = Tema { $item } del programa provisional
please-recycle = Se ruega reciclar
reproduced-as-received = La información se reproduce tal como se recibió.

## Los cinco grupos regionales y los cuatro instrumentos

group-african = Estados de África
group-asia-pacific = Estados de Asia y el Pacífico
group-eastern-european = Estados de Europa Oriental
group-latin-american-caribbean = Estados de América Latina y el Caribe
group-western-european-other = Estados de Europa Occidental y otros Estados
group-short-african = África
group-short-asia-pacific = Asia y el Pacífico
group-short-eastern-european = Europa Oriental
group-short-latin-american-caribbean = América Latina y el Caribe
group-short-western-european-other = Europa Occidental y otros
instrument-untoc = Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
instrument-tip = Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
instrument-som = Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
instrument-fa = Protocolo contra la Fabricación y el Tráfico Ilícitos de Armas de Fuego, sus Piezas y Componentes y Municiones, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
instrument-short-untoc = Convención
instrument-short-tip = Protocolo contra la Trata de Personas
instrument-short-som = Protocolo contra el Tráfico Ilícito de Migrantes
instrument-short-fa = Protocolo sobre Armas de Fuego
# A subparagraph's or agenda sub-item's letter, as written (Arabic gives its abjad letter).
subparagraph-letter = { $subparagraph }
provision = { $subparagraph ->
    [none] { $paragraph ->
        [none] artículo { $article }
       *[other] artículo { $article }, párrafo { $paragraph }
    }
   *[other] { $paragraph ->
        [none] artículo { $article }, apartado { $subparagraph })
       *[other] artículo { $article }, párrafo { $paragraph }, apartado { $subparagraph })
    }
}
provision-of = { provision }
state-the = { $article ->
    [el] el { $name }
    [la] la { $name }
    [los] los { $name }
    [las] las { $name }
   *[none] { $name }
}
state-of = { $article ->
    [el] del { $name }
    [la] de la { $name }
    [los] de los { $name }
    [las] de las { $name }
   *[none] de { $name }
}
state-to = { $article ->
    [el] al { $name }
    [la] a la { $name }
    [los] a los { $name }
    [las] a las { $name }
   *[none] a { $name }
}
definite-prefix = {""}
elision-initials = {""}
obligation-mandatory = obligatoria
obligation-shall_consider = que debe considerarse
obligation-optional = facultativa

## Gráficos (los lectores de pantalla leen el texto alternativo)

chart-bar-alt = Gráfico de barras: { $measure } por { $category }: { $items }.
chart-stacked-alt = Gráfico de barras apiladas: { $measure } por { $category }: { $items }.
chart-item = { $label }, { $value }
chart-item-separator = {"; "}
chart-segment = { $label } { $value }

## Documento de información: Estados Miembros por grupo regional

info-introduction = Introducción
info-intro-scope = En la presente nota se enumeran los { $members } Estados Miembros de las Naciones Unidas por grupo regional y se indica, para cada uno de ellos, su participación al { $date } en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus tres Protocolos. Su objeto es ayudar a la Conferencia a examinar la aplicación de esos instrumentos.
info-intro-totals = Al { $date }, la Convención contaba con { $untoc } partes entre los Estados Miembros, el Protocolo contra la Trata de Personas con { $tip }, el Protocolo contra el Tráfico Ilícito de Migrantes con { $som } y el Protocolo sobre Armas de Fuego con { $fa }. De los Estados Miembros, { WORDS($all) } eran partes en los cuatro instrumentos{ $note }.
info-dates-note = Las fechas que figuran en los cuadros son las del depósito del instrumento de ratificación, aceptación, aprobación o adhesión; “(s)” indica una firma que aún no ha ido seguida de ratificación. La información se reproduce tal como se recibió.
info-by-group = Estados Miembros por grupo regional
info-groups-text = Los Estados Miembros se distribuyen entre los cinco grupos regionales como se indica en la figura I. { $count ->
    [one] El grupo más numeroso es el de
   *[other] Los grupos más numerosos son los de
} { $groups }, con { $members } miembros.
info-figure-caption = Número de Estados Miembros por grupo regional
info-group-text = El grupo de { $group } tiene { WORDS($members, form: "masculine") } miembros, de los cuales { WORDS($untoc) } son partes en la Convención, { WORDS($tip) } en el Protocolo contra la Trata de Personas, { WORDS($som) } en el Protocolo contra el Tráfico Ilícito de Migrantes y { WORDS($fa) } en el Protocolo sobre Armas de Fuego (véase el cuadro { $table }).
info-table-caption = { $group }: participación en la Convención y sus Protocolos
info-column-state = Estado
info-signature-mark = (s)
chart-members-measure = número de Estados Miembros
chart-members-category = grupo regional

## Las condiciones de un cuestionario en palabras

expr-relevant = Responda solo si { $condition }.
expr-constraint = Solo se acepta si { $condition }.
expr-required = Obligatorio si { $condition }.
expr-answered-value = respondió { $value } a la pregunta { $q }
expr-not-answered-value = no respondió { $value } a la pregunta { $q }
expr-answered = respondió a la pregunta { $q }
expr-not-answered = no respondió a la pregunta { $q }
expr-selected = marcó { $value } en la pregunta { $q }
expr-not-selected = no marcó { $value } en la pregunta { $q }
expr-answer-to = la respuesta a la pregunta { $q }
expr-this-answer = la respuesta
expr-characters = el número de caracteres de { $a }
expr-count-selected = el número de opciones marcadas en la pregunta { $q }
expr-matches = { $a } coincide con el patrón { $value }
expr-not = no es cierto que { $a }
expr-comparison = { $a } es { $op ->
    [eq] igual a
    [ne] distinto de
    [lt] menor que
    [le] como máximo
    [gt] mayor que
   *[ge] como mínimo
} { $b }
expr-and = { $first } y { $last }
expr-or = { $first } o { $last }
expr-today = la fecha de hoy

## La carta a un Estado

letter-office = Oficina de las Naciones Unidas contra la Droga y el Delito
letter-to = Destinatario: Misión Permanente { $state_of } ante las Naciones Unidas (Viena)
letter-subject = Asunto: sus respuestas a los cuestionarios sobre la aplicación
letter-with-problems = La secretaría agradece { $state_to } sus respuestas. Al examinarlas, observó los puntos que se indican a continuación, que impiden tener en cuenta algunas respuestas. La secretaría agradecería recibir las respuestas corregidas a más tardar el { $deadline }.
letter-no-problems = La secretaría agradece { $state_to } sus respuestas, que se han recibido y examinado. No es necesaria ninguna corrección.
letter-no-reply = La secretaría aún no ha recibido las respuestas { $state_of } a los cuestionarios. Agradecería recibirlas a más tardar el { $deadline }.
letter-column-question = Pregunta
letter-column-problem = Problema
letter-column-fix = Cómo corregirlo
letter-closing = La secretaría queda a su disposición para cualquier asistencia.
reminder-subject = Recordatorio: cuestionarios sobre la aplicación de la Convención y sus Protocolos
reminder-opening = La Secretaría de la Oficina de las Naciones Unidas contra la Droga y el Delito saluda atentamente a la Misión Permanente { $state_of } ante las Naciones Unidas (Viena) y tiene el honor de recordarle que{ $decision ->
    [none] {" "}la { $body }
   *[other] , en su decisión { $decision }, la { $body }
} solicitó a la Secretaría que recabara de los Estados, mediante cuestionarios, información sobre la aplicación de la Convención y sus Protocolos.
reminder-outstanding = Al { $date }, la Secretaría no había recibido { $count ->
    [one] la respuesta
   *[other] las respuestas
} { $state_of } { $count ->
    [one] al siguiente cuestionario, que debía presentarse
   *[other] a los siguientes cuestionarios, que debían presentarse
} a más tardar el { $deadline }. Junto a cada uno se indica el libro de respuestas preparado para { $state_the }:
reminder-ways = Las respuestas pueden enviarse de cualquiera de las formas siguientes:
reminder-way-online = { $url ->
    [none] en línea, mediante el formulario que la Secretaría envió al coordinador nacional;
   *[other] en línea, mediante el formulario disponible en { $url };
}
reminder-way-workbook = en el libro de respuestas de Excel adjunto, devuelto por correo electrónico; el nombre del Estado ya figura en él{ $prefilled ->
    [yes] , al igual que sus respuestas al ciclo anterior de presentación de informes, que deben confirmarse (“Sin cambios”) o corregirse;
   *[no] ;
}
reminder-way-paper = { $printed ->
    [yes] en el cuestionario impreso, que la Secretaría puede enviar previa solicitud, devuelto por correo postal.
   *[other] en papel, en un ejemplar impreso del cuestionario, devuelto por correo postal.
}
reminder-closing = La Secretaría de la Oficina de las Naciones Unidas contra la Droga y el Delito aprovecha esta oportunidad para reiterar a la Misión Permanente { $state_of } ante las Naciones Unidas (Viena) el testimonio de su más alta consideración.
letter-reply-of = Respuesta recibida el { $date }
letter-reply-undated = Respuesta recibida sin fecha
letter-reply-in-file = { $reply } (archivo { $file })
letter-file-heading = Archivo { $file }
letter-about-submitted = Fecha de la respuesta
letter-about-state = Estado
letter-invisible-note = Los caracteres que no se ven se indican con códigos { "\\u{…}" }.
letter-problem-constraint-message = No se acepta la respuesta { $value }: { $message }
letter-problem-file-unreadable = No se pudo leer el archivo ({ $why }).
letter-fix-file-unreadable = Sírvase enviar de nuevo el archivo.
letter-problem-file-empty = El archivo está vacío.
letter-fix-file-empty = Sírvase enviar de nuevo el archivo; quizá no se guardó o no se copió por completo.
letter-problem-file-too-large = El archivo tiene { $size } MB, más de los { $max } MB que se pueden leer.
letter-fix-file-too-large = Sírvase suprimir las imágenes y las hojas que no se usen, o dividir el archivo.
letter-problem-file-grew = El archivo cambió mientras se leía.
letter-fix-file-grew = Sírvase enviar de nuevo el archivo completo.
letter-problem-file-damaged = El archivo está dañado y no se pudo leer.
letter-fix-file-damaged = Sírvase abrirlo en un programa de hojas de cálculo, guardarlo de nuevo y reenviarlo.
letter-problem-not-a-spreadsheet = El archivo no es una hoja de cálculo que se pueda leer.
letter-fix-not-a-spreadsheet = Sírvase guardarlo como libro de Excel (.xlsx) y reenviarlo.
letter-problem-not-a-workbook = El archivo no es un libro .{ $extension }: quizá esté incompleto o sea otro tipo de archivo con otro nombre.
letter-fix-not-a-workbook = Sírvase guardarlo de nuevo desde el programa de hojas de cálculo y reenviarlo.
letter-problem-too-many-cells = Las hojas del archivo abarcan { $cells } celdas, demasiadas para leerlas en un archivo .{ $extension }.
letter-fix-too-many-cells = Sírvase guardarlo como libro de Excel (.xlsx) o suprimir las celdas alejadas de las demás.
letter-problem-password-protected = El libro está protegido con contraseña.
letter-fix-password-protected = Sírvase quitar la contraseña, guardar el libro y reenviarlo.
letter-problem-misnamed = El archivo tiene la extensión .{ $claimed }, pero es un libro .{ $actual }.
letter-fix-misnamed = Sírvase cambiar su extensión a .{ $actual } y reenviarlo.
letter-problem-misfiled = El archivo no se archivó con las respuestas a un cuestionario.
letter-fix-misfiled = No es necesario hacer nada; la secretaría lo archivará.
letter-problem-no-data = El libro no contiene datos.
letter-fix-no-data = Sírvase enviar de nuevo las respuestas, con la fila de encabezado y una fila por respuesta.
letter-problem-sheet-empty = La hoja está vacía.
letter-fix-sheet-empty = Sírvase enviar de nuevo las respuestas, con la fila de encabezado y una fila por respuesta.
letter-problem-extra-sheet = No se leyó la hoja { $sheet }: las respuestas se leen de la primera hoja.
letter-fix-extra-sheet = Sírvase reunir todas las respuestas en una sola hoja.
letter-problem-unreadable-line = No se pudo leer una línea del archivo.
letter-fix-unreadable-line = Sírvase comprobar las comillas de esa línea.
letter-problem-duplicate-column = Dos columnas responden a esta pregunta (la otra es la columna { $other }).
letter-fix-duplicate-column = Sírvase mantener una sola columna por pregunta.
letter-problem-unknown-column = La columna { $column } no es una pregunta del cuestionario; no se leyó.
letter-fix-unknown-column = Sírvase comprobar el nombre de la columna con el cuestionario.
letter-problem-not-json = El archivo no es un JSON válido.
letter-fix-not-json = Sírvase comprobar el archivo; quizá esté incompleto.
letter-problem-json-shape = El archivo no contiene respuestas en la forma prevista.
letter-fix-json-shape = Sírvase indicar cada respuesta con su Estado, su fecha y sus respuestas.
letter-problem-not-an-object = Una respuesta del archivo no está en la forma prevista.
letter-fix-not-an-object = Sírvase indicar cada respuesta con su Estado, su fecha y sus respuestas.
letter-problem-unknown-field = No se leyó el campo { $field }.
letter-fix-unknown-field = Sírvase poner las respuestas en “answers”.
letter-problem-answers-not-an-object = Las respuestas no están en la forma prevista.
letter-fix-answers-not-an-object = Sírvase indicar cada respuesta tras el nombre de su pregunta.
letter-problem-repeat-not-a-list = Las respuestas a { $repeat } deben ser una lista de filas.
letter-fix-repeat-not-a-list = Sírvase indicar una entrada por fila.
letter-problem-repeat-row-not-an-object = Una fila de un cuadro de respuestas no está en la forma prevista.
letter-fix-repeat-row-not-an-object = Sírvase indicar cada respuesta de la fila tras el nombre de su pregunta.
letter-problem-not-in-repeat = { $question } no es una pregunta del cuadro { $repeat }; no se leyó la respuesta.
letter-fix-not-in-repeat = Sírvase comprobar el nombre de la pregunta.
letter-problem-unknown-question = El cuestionario no tiene ninguna pregunta { $question }; no se leyó la respuesta.
letter-fix-unknown-question = Sírvase comprobar el nombre de la pregunta con el cuestionario.
letter-problem-unnamed-answer = No se leyó una respuesta sin el nombre de su pregunta.
letter-fix-unnamed-answer = Sírvase mantener la columna de nombres tal como se le envió.
letter-problem-no-change-edited = Una respuesta rellenada de antemano marcada “sin cambios” se había modificado; se leyó la respuesta tal como se escribió.
letter-fix-no-change-edited = Sírvase borrar “sin cambios” donde haya corregido una respuesta, o volver a escribir la respuesta anterior.
letter-problem-answer-sheet-empty = La hoja de respuestas está vacía.
letter-fix-answer-sheet-empty = Sírvase rellenar las respuestas y las filas del Estado y de la fecha.
letter-problem-no-state = La respuesta no indica qué Estado la envió.
letter-fix-no-state = Sírvase indicar el código de tres letras de su Estado.
letter-problem-unknown-state = { $value } no es el código de un Estado.
letter-fix-unknown-state = Sírvase indicar el código de tres letras de su Estado.
letter-problem-no-submitted = La respuesta no indica la fecha de su envío.
letter-fix-no-submitted = Sírvase indicar la fecha de envío de la respuesta, en la forma AAAA-MM-DD.
letter-problem-not-party = Su Estado no es parte en el instrumento de este cuestionario; su respuesta se conserva y se cuenta por separado.
letter-fix-not-party = No es necesario hacer nada.
letter-problem-other-version = La respuesta corresponde a la versión { $version } del cuestionario; la versión actual es la { $current }.
letter-fix-other-version = No es necesario hacer nada, salvo que haya cambiado una pregunta: las respuestas se comprueban con la versión actual.
letter-problem-no-answers = La respuesta no contiene ninguna respuesta a las preguntas.
letter-fix-no-answers = Sírvase rellenar las respuestas; una respuesta vacía no puede tenerse en cuenta.
letter-problem-superseded = Una respuesta posterior a este cuestionario, recibida el { $date }, sustituye a esta.
letter-fix-superseded = No es necesario hacer nada si la respuesta posterior es la correcta.
letter-problem-ambiguous-state = { $value } puede designar a más de un Estado ({ $states }).
letter-fix-ambiguous-state = Sírvase indicar el código de tres letras de su Estado.
letter-problem-review-refused = La respuesta no fue aprobada al examinarse; no se cuenta.
letter-fix-review-refused = Sírvase enviar una respuesta corregida o pedir a la secretaría que la examine de nuevo.
letter-problem-review-held = La respuesta está pendiente de examen.
letter-fix-review-held = No es necesario hacer nada, salvo que la secretaría pida una corrección.
letter-problem-review-unknown = No se reconoce el estado de examen { $word } de la respuesta; la respuesta se cuenta.
letter-fix-review-unknown = No es necesario hacer nada.
letter-problem-duplicate = La misma respuesta se recibió dos veces; se cuenta una sola vez.
letter-fix-duplicate = No es necesario hacer nada.
letter-problem-orphan-row = Una fila de un cuadro de respuestas pertenece a una respuesta que no se recibió ({ $parent }); no se leyó.
letter-fix-orphan-row = Sírvase enviar la respuesta junto con sus cuadros.
letter-problem-repeats-not-exported = El archivo no contiene las filas de los cuadros de respuestas ({ $repeat }).
letter-fix-repeats-not-exported = Sírvase enviar las respuestas en el libro de respuestas de Excel, que tiene una hoja para cada cuadro.
letter-problem-answered-twice = La pregunta se responde dos veces.
letter-fix-answered-twice = Sírvase mantener una sola respuesta.
letter-problem-takes-no-answer = Este elemento no requiere respuesta; no se leyó la respuesta.
letter-fix-takes-no-answer = Sírvase dejarlo en blanco.
letter-problem-read-as-choice = { $value } se leyó como la opción { $label }.
letter-fix-read-as-choice = No es necesario hacer nada; sírvase escribir las respuestas tal como figuran en el cuestionario.
letter-problem-read-as-date = { $value } se leyó como la fecha { $date }.
letter-fix-read-as-date = Sírvase comprobar la fecha y escribir las fechas en la forma AAAA-MM-DD.
letter-problem-read-as-date-time = { $value } se leyó como el { $date }, { $time }.
letter-fix-read-as-date-time = Sírvase comprobar la fecha y la hora y escribirlas en la forma AAAA-MM-DD HH:MM.
letter-problem-area-closed = El primer punto de la zona se repitió al final para cerrarla.
letter-fix-area-closed = No es necesario hacer nada.
letter-problem-not-a-choice = { $value } no es una de las opciones.
letter-fix-not-a-choice = Sírvase elegir { $choices }.
letter-problem-not-a-number = { $value } no es un número.
letter-fix-not-a-number = Sírvase escribir el número en cifras, por ejemplo 12.
letter-problem-not-whole = { $value } no es un número entero.
letter-fix-not-whole = Sírvase escribir un número entero, por ejemplo 12.
letter-problem-decimal-comma = { $value } usa una coma como separador decimal.
letter-fix-decimal-comma = Sírvase escribir los decimales con un punto, por ejemplo 2.5.
letter-problem-out-of-range = { $value } está fuera de los límites que puede tener aquí un número entero.
letter-fix-out-of-range = Sírvase escribir un número entero entre { $min } y { $max }.
letter-problem-not-on-scale = { $value } no figura en la escala.
letter-fix-not-on-scale = Sírvase escribir un número de { $start } a { $end }, en intervalos de { $step }.
letter-problem-ranked-twice = La respuesta { $value } clasifica dos veces una misma opción.
letter-fix-ranked-twice = Sírvase clasificar cada opción una sola vez, la más importante primero: { $choices }.
letter-problem-not-acknowledged = { $value } no es una confirmación.
letter-fix-not-acknowledged = Sírvase escribir OK para confirmar, o dejar la respuesta en blanco.
letter-problem-not-a-date = { $value } no es una fecha.
letter-fix-not-a-date = Sírvase escribir la fecha en la forma AAAA-MM-DD, por ejemplo 2026-03-01.
letter-problem-not-a-calendar-date = { $value } no es una fecha del calendario.
letter-fix-not-a-calendar-date = Sírvase escribir la fecha en la forma AAAA-MM-DD, por ejemplo 2026-03-01.
letter-problem-ambiguous-date = { $value } puede leerse como { $first } o como { $second }.
letter-fix-ambiguous-date = Sírvase escribir la fecha en la forma AAAA-MM-DD, para que no se confundan el día y el mes.
letter-problem-not-a-time = { $value } no es una hora.
letter-fix-not-a-time = Sírvase escribir la hora en la forma HH:MM, en formato de 24 horas, por ejemplo 14:30.
letter-problem-not-a-date-time = { $value } no es una fecha con su hora.
letter-fix-not-a-date-time = Sírvase escribir AAAA-MM-DD HH:MM, por ejemplo 2026-03-01 14:30.
letter-problem-not-a-location = { $value } no es una ubicación.
letter-fix-not-a-location = Sírvase escribir la latitud y la longitud en grados decimales, por ejemplo 48.2082 16.3738.
letter-problem-off-the-globe = { $value } no es un punto del globo.
letter-fix-off-the-globe = Sírvase indicar una latitud entre -90 y 90 y una longitud entre -180 y 180.
letter-problem-too-few-points = { $value } tiene muy pocos puntos.
letter-fix-too-few-points = Sírvase indicar los puntos como latitud y longitud, separados por punto y coma: dos o más para una línea, tres o más para una zona.
letter-problem-not-relevant = La pregunta no se aplica a su respuesta; la respuesta se conserva.
letter-fix-not-relevant = No es necesario hacer nada.
letter-problem-required = Esta pregunta requiere respuesta y no la tiene.
letter-fix-required = Sírvase responderla; si la información no está disponible, indíquelo en la respuesta.
letter-problem-constraint = No se acepta la respuesta { $value }.
letter-fix-constraint = Sírvase comprobar la respuesta.
letter-problem-constraint-unchecked = La respuesta no pudo comprobarse aquí; se comprobó al introducirla.
letter-fix-constraint-unchecked = No es necesario hacer nada.
letter-problem-constraint-broken = La respuesta no pudo comprobarse debido a un error en el cuestionario.
letter-fix-constraint-broken = No es necesario hacer nada; la secretaría corregirá el cuestionario.

## Títulos por defecto del documento de información
info-title = Estados Miembros de las Naciones Unidas por grupo regional y su participación en la Convención y sus Protocolos
info-author = Nota de la Secretaría

numbering-figure = I
numbering-table = 1

place-and-dates = { $place }, { $dates }

## El informe analítico

report-title = Aplicación { $instrument_of }: información recibida de los Estados en el { $cycle ->
    [1] primer
    [2] segundo
    [3] tercer
    [4] cuarto
    [5] quinto
   *[other] { $cycle }º
} ciclo de presentación de informes
report-title-revised = Aplicación { $instrument_of }: información actualizada sobre la base de las respuestas adicionales recibidas de los Estados en el { $cycle ->
    [1] primer
    [2] segundo
    [3] tercer
    [4] cuarto
    [5] quinto
   *[other] { $cycle }º
} ciclo de presentación de informes
report-revision-text = El presente documento actualiza el documento { $symbol }, que presentaba la información recibida al { $original_date }. { $count ->
    [0] No se había recibido ninguna otra respuesta al { $date }; así se indica en el anexo { $annex }.
    [one] Tiene en cuenta la respuesta de un Estado más, recibida al { $date } e indicada en el anexo { $annex }, que también muestra las cifras que cambiaron.
   *[other] Tiene en cuenta las respuestas de { $count } Estados más, recibidas al { $date } y enumeradas en el anexo { $annex }, que también muestra las cifras que cambiaron.
}
report-annex-revision = Respuestas recibidas después del { $date } y cifras que cambiaron
report-annex-revision-states = { $count ->
    [0] Ningún Estado respondió después del { $date }.
    [one] El siguiente Estado respondió después del { $date }.
   *[other] Los { $count } Estados siguientes respondieron después del { $date }.
}
report-annex-revision-figures = Cifras que cambiaron desde el documento { $symbol }
report-revision-row-parties = Estados partes que respondieron
report-revision-row-choice = Pregunta { $number }: { $choice }
report-revision-column-figure = Cifra
report-revision-column-as-at = Al { $date }
report-comparison = Comparación con el ciclo anterior de presentación de informes
report-change = { $direction ->
    [up] frente al { $then } del ciclo anterior
    [down] frente al { $then } del ciclo anterior
   *[same] igual que en el ciclo anterior
}
report-comparison-rate = En el ciclo anterior de presentación de informes, { WORDS($then_responded) } de los { $then_parties } { $population ->
    [members] Estados Miembros
    [invited] Estados invitados a responder
   *[parties] Estados partes { $short_to }
} ({ $then_percent }) habían respondido al { $then_date }. La tasa de respuesta del presente ciclo es del { $now }, { $change } (véase el cuadro { $table }).
report-comparison-first = { $count ->
    [0] Ningún Estado respondió por primera vez en el presente ciclo.
    [one] Un Estado respondió por primera vez en el presente ciclo:
   *[other] Los { WORDS($count, form: "masculine") } Estados siguientes respondieron por primera vez en el presente ciclo:
}
report-comparison-not-again = { $count ->
    [one] Un Estado que respondió en el ciclo anterior aún no había respondido:
   *[other] Los { WORDS($count, form: "masculine") } Estados siguientes, que respondieron en el ciclo anterior, aún no habían respondido:
}
report-comparison-rate-caption = Respuestas de los { $population ->
    [members] Estados Miembros
    [invited] Estados invitados a responder
   *[parties] Estados partes
}, por grupo regional, en el ciclo anterior y en el presente ciclo
report-comparison-column-then = Ciclo anterior, al { $date }
report-comparison-column-now = Presente ciclo, al { $date }
report-comparison-mandatory = Del total de respuestas sobre disposiciones obligatorias, el { $now } indicaba que la disposición se aplicaba, { $change }. En el cuadro { $table } se comparan los dos ciclos disposición por disposición.
report-comparison-all = Del total de respuestas sobre las disposiciones, el { $now } indicaba que la disposición se aplicaba, { $change }. En el cuadro { $table } se comparan los dos ciclos disposición por disposición.
report-comparison-rose = El mayor aumento correspondió a { $provision }: el { $now } de los Estados a los que se aplicaba la pregunta informaron de que la aplicaban, { $change }.
report-comparison-provisions-caption = Respuestas que indican que una disposición se aplica, en el ciclo anterior y en el presente ciclo (porcentaje de los Estados a los que se aplicaba la pregunta)
report-author = Informe analítico de la Secretaría
report-introduction = Introducción
report-mandate = Mandato
report-scope = Alcance y estructura del informe
report-replies = Respuestas recibidas
report-overview = Panorama de la aplicación comunicada
report-assistance = Necesidades de asistencia técnica
report-conclusions = Observaciones finales
report-total = Total
report-all-states = Todos los Estados
report-unanswered-label = Sin respuesta
report-article = { $title } ({ $provision })
report-chapter-range = { $count ->
    [2] { $first } y { $last }
   *[other] { $first } a { $last }
}
ref-chapter = I
ref-figure = I
report-scope-text = En el presente informe se resume la información facilitada por los Estados en sus respuestas al cuestionario sobre la aplicación { $instrument_of } correspondiente al { $cycle ->
    [1] primer
    [2] segundo
    [3] tercer
   *[other] { $cycle }º
} ciclo de presentación de informes, tal como la Secretaría la había recibido al { $date }.
report-scope-questions = El cuestionario contenía { $questions } preguntas sobre { PLURAL($articles) ->
    [one] un artículo
   *[other] { WORDS($articles, form: "masculine") } artículos
} { $short_of }. Como en el texto { $short_of }, las preguntas sobre disposiciones obligatorias se distinguen de las preguntas sobre disposiciones que los Estados partes deben considerar o pueden adoptar.
report-scope-structure = En los capítulos { $chapters } se analizan las respuestas sección por sección y artículo por artículo; en el capítulo { $assistance } se presentan las necesidades de asistencia técnica comunicadas y en el capítulo { $conclusions } figuran observaciones finales. En el anexo I se enumeran los Estados que respondieron y en el anexo II figuran cuadros estadísticos por grupo regional.
report-scope-structure-one = En el capítulo { $chapters } se analizan las respuestas artículo por artículo; en el capítulo { $assistance } se presentan las necesidades de asistencia técnica comunicadas y en el capítulo { $conclusions } figuran observaciones finales. En el anexo I se enumeran los Estados que respondieron y en el anexo II figuran cuadros estadísticos por grupo regional.
report-scope-basis = Salvo indicación en contrario, los porcentajes se refieren a los Estados a los que se aplicaba una pregunta, es decir, los Estados que respondieron y cuyas respuestas anteriores hacían pertinente la pregunta; se han redondeado al número entero más próximo.{ $population ->
    [parties] {" "}Las respuestas de los Estados signatarios y de los Estados que no son partes ni signatarios se incluyen en el análisis{ $note }.
   *[other] { $note }
}
report-replies-none = Al { $date }, ningún Estado había respondido al cuestionario. El análisis se presentará cuando se hayan recibido respuestas.
report-replies-text = Al { $date }, { WORDS($responded) } de los { $parties } { $population ->
    [members] Estados Miembros
    [invited] Estados invitados a responder
   *[parties] Estados partes { $short_to }
} ({ $percent }) habían respondido al cuestionario.
report-replies-both = También se recibieron respuestas de { WORDS($signatories, form: "masculine") } { PLURAL($signatories) ->
    [one] Estado signatario
   *[other] Estados signatarios
} y de { WORDS($others, form: "masculine") } { PLURAL($others) ->
    [one] Estado que no es
   *[other] Estados que no son
} partes ni signatarios; esas respuestas se incluyen en el análisis, pero no en la tasa de respuesta.
report-replies-signatories = También se recibieron respuestas de { WORDS($signatories, form: "masculine") } { PLURAL($signatories) ->
    [one] Estado signatario
   *[other] Estados signatarios
}; esas respuestas se incluyen en el análisis, pero no en la tasa de respuesta.
report-replies-others = También se recibieron respuestas de { WORDS($others, form: "masculine") } { PLURAL($others) ->
    [one] Estado que no es parte ni signatario
   *[other] Estados que no son partes ni signatarios
}; esas respuestas se incluyen en el análisis, pero no en la tasa de respuesta.
report-replies-late = { PLURAL($late) ->
    [one] No se incluye una respuesta recibida
   *[other] No se incluyen { $late } respuestas recibidas
} después del { $date }.
report-replies-groups = La tasa de respuesta { $population ->
    [parties] de los Estados partes
   *[other] {""}
} osciló entre el { $low } en el grupo de { $low_group } y el { $high } en el grupo de { $high_group } (véanse el cuadro { $table } y la figura { $figure }).
report-rate-caption = Respuestas de los { $population ->
    [members] Estados Miembros
    [invited] Estados invitados a responder
   *[parties] Estados partes
}, por grupo regional
report-rate-chart-caption = Tasa de respuesta de los { $population ->
    [members] Estados Miembros
    [invited] Estados invitados a responder
   *[parties] Estados partes
}, por grupo regional (porcentaje)
chart-rate-measure = tasa de respuesta de los { $population ->
    [members] Estados Miembros
    [invited] Estados invitados a responder
   *[parties] Estados partes
} (porcentaje)
chart-rate-category = grupo regional
column-group = Grupo regional
column-parties = { $population ->
    [members] Estados Miembros
    [invited] Estados invitados
   *[parties] Estados partes
}
column-replies = Respuestas
column-rate = Tasa de respuesta
column-provision = Disposición
column-obligation = Carácter
column-applicable = Estados a los que se aplicaba
column-answers = Respuestas
column-implemented = Aplicada
column-share = Proporción
column-answered = Respondieron
column-answering = Estados que dieron una cifra
column-median = Mediana
column-min = Mínimo
column-max = Máximo
column-sum = Total
column-article = Artículo
column-kind = Tipo de asistencia
report-overview-text = En el cuadro { $table } se indica, para cada disposición sobre la que preguntaba el cuestionario, cómo respondieron los Estados a los que se aplicaba la pregunta, empezando por las disposiciones obligatorias. Del total de respuestas sobre disposiciones obligatorias, el { $mandatory } indicaba que la disposición se aplicaba; de las respuestas sobre las demás disposiciones, el { $other }.
report-overview-text-mandatory = En el cuadro { $table } se indica, para cada disposición sobre la que preguntaba el cuestionario, cómo respondieron los Estados a los que se aplicaba la pregunta. Del total de respuestas sobre esas disposiciones obligatorias, el { $mandatory } indicaba que la disposición se aplicaba.
report-overview-text-other = En el cuadro { $table } se indica, para cada disposición sobre la que preguntaba el cuestionario, cómo respondieron los Estados a los que se aplicaba la pregunta.
report-overview-groups = Respecto del conjunto de las disposiciones, el { $all } de las respuestas indicaba que la disposición se aplicaba, desde el { $low } en el grupo de { $low_group } hasta el { $high } en el grupo de { $high_group } (véase el cuadro { $table }).
report-overview-extremes = Por disposición, la proporción de los Estados a los que se aplicaba la pregunta que informaron de que aplicaban la disposición osciló entre el { $least_percent } ({ $least }) y el { $most_percent } ({ $most }).
report-overview-spread = Los grupos regionales difirieron más respecto de la disposición { $provision }: informó de su aplicación el { $high } de los Estados a los que se aplicaba la pregunta en el grupo de { $high_group }, frente al { $low } en el grupo de { $low_group }.
report-overview-caption = Respuestas sobre la aplicación de cada disposición (porcentaje de los Estados a los que se aplicaba la pregunta)
report-implementation-caption = Respuestas que indicaban que una disposición se aplicaba, por grupo regional
report-question = Pregunta { $number }: { $label }
report-obligation-mandatory = En virtud del { $provision } { $short_of }, los Estados partes deben adoptar las medidas sobre las que preguntaba la pregunta { $number }: se trata de una disposición obligatoria.
report-obligation-shall_consider = En virtud del { $provision } { $short_of }, los Estados partes deben considerar la posibilidad de adoptar las medidas sobre las que preguntaba la pregunta { $number }.
report-obligation-optional = Las medidas sobre las que preguntaba la pregunta { $number } son facultativas en virtud del { $provision } { $short_of }.
report-no-applicable = La pregunta { $number } no se aplicaba a ninguno de los Estados que respondieron.
report-choices = De los { WORDS($applicable, form: "masculine") } Estados a los que se aplicaba la pregunta { $number }, { $distribution }.
report-choice-first = { $count } ({ $percent }) respondieron { $label }
report-choice-next = { $count } ({ $percent }) { $label }
report-choice-unanswered = { $count } ({ $percent }) no respondieron
report-multiple = De los { WORDS($applicable, form: "masculine") } Estados a los que se aplicaba la pregunta { $number }, { $distribution }.
report-multiple-first = { $count } ({ $percent }) marcaron { $label }
report-ungrouped = Preguntas generales
report-scope-sections = El cuestionario contenía { $questions } preguntas distribuidas en { WORDS($sections, form: "feminine") } { PLURAL($sections) ->
    [one] sección
   *[other] secciones
}.
report-dates = De los { WORDS($applicable, form: "masculine") } Estados a los que se aplicaba la pregunta { $number }, { WORDS($answered) } ({ $percent }) indicaron una fecha, entre el { $earliest } y el { $latest }.
report-dates-same = De los { WORDS($applicable, form: "masculine") } Estados a los que se aplicaba la pregunta { $number }, { WORDS($answered) } ({ $percent }) indicaron una fecha, en todos los casos el { $earliest }.
report-dates-none = Ninguno de los { $applicable } Estados a los que se aplicaba la pregunta { $number } indicó una fecha.
report-text-by = De los { WORDS($applicable, form: "masculine") } Estados a los que se aplicaba la pregunta { $number }, { WORDS($answered) } ({ $percent }) la respondieron: { $by }.
report-text-by-first = { $all ->
    [all] { $gave ->
        [1] el que había
        [2] los dos que habían
       *[other] la totalidad de los { $gave } que habían
    }
    [none] { $gave ->
        [1] no el que había
       *[other] ninguno de los { $gave } que habían
    }
   *[some] { $wrote } de los { $gave } que habían
} respondido { $label } a la pregunta { $lead }
report-text-by-next = { $all ->
    [all] { $gave ->
        [1] el que había
        [2] los dos que habían
       *[other] la totalidad de los { $gave } que habían
    }
    [none] { $gave ->
        [1] no el que había
       *[other] ninguno de los { $gave } que habían
    }
   *[some] { $wrote } de los { $gave } que habían
} respondido { $label }
report-text-compilation = Las respuestas se reproducen tal como se recibieron en la recopilación de respuestas ({ $symbol }).
report-repeat-title = Cuadro del cuestionario: { $title }
report-repeat = De los { $respondents } Estados que respondieron, { $states } ({ $percent }) rellenaron el cuadro { $title }, con { $rows } { PLURAL($rows) ->
    [one] fila
   *[other] filas
} en total.
report-repeat-none = Ninguno de los Estados que respondieron rellenó el cuadro { $title }.
report-repeat-unanswered = La pregunta { $number } ({ $label }) no se respondió en ninguna fila.
report-repeat-choice = { $count } { $label }
report-repeat-choices = La pregunta { $number } ({ $label }) se respondió en { $answered } { PLURAL($answered) ->
    [one] fila
   *[other] filas
}: { $distribution }.
report-repeat-numbers = La pregunta { $number } ({ $label }) se respondió en { $answered } { PLURAL($answered) ->
    [one] fila
   *[other] filas
}: la mediana fue { $median }, las cifras oscilaron entre { $min } y { $max } y su total fue { $total }.
report-repeat-answered = La pregunta { $number } ({ $label }) se respondió en { $answered } { PLURAL($answered) ->
    [one] fila
   *[other] filas
}.
report-analysis-untranslated = [El texto que figura a continuación aún no está disponible en español; se reproduce en inglés.]
compilation-title = { $form }: recopilación de las respuestas recibidas
compilation-author = Documento de sesión preparado por la Secretaría
compilation-intro = El presente documento de sesión reproduce, pregunta por pregunta, las respuestas de los { $count } Estados que habían respondido al cuestionario al { $date }, tal como se recibieron. Los Estados figuran por orden alfabético; no se reproducen las respuestas a las preguntas sobre datos personales.
compilation-report = Las respuestas se analizan en el informe de la Secretaría { $symbol }.
compilation-no-report = Las respuestas se reproducen sin análisis.
compilation-unanswered = De los Estados a los que se aplicaba la pregunta { $number }, { $count } no la { PLURAL($count) ->
    [one] respondió
   *[other] respondieron
}.
compilation-column-state = Estado
compilation-column-answer = Respuesta
compilation-none = Ningún Estado respondió a esta pregunta.
report-multiple-next = { $count } ({ $percent }) { $label }
report-multiple-none = Ninguno de los { $applicable } Estados a los que se aplicaba la pregunta { $number } marcó una opción.
report-numbers = En respuesta a la pregunta { $number }, { WORDS($answering, form: "masculine") } { PLURAL($answering) ->
    [one] Estado dio
   *[other] Estados dieron
} una cifra: la mediana fue { $median }, las cifras oscilaron entre { $min } y { $max } y su total fue { $total }.
report-numbers-none = Ningún Estado dio una cifra en respuesta a la pregunta { $number }.
report-answered = La pregunta { $number } se aplicaba a { $applicable } Estados; { $answered } de ellos ({ $percent }) la respondieron.
report-chart-caption = Respuestas a la pregunta { $number }, por grupo regional (número de Estados)
chart-answers-measure = respuestas a la pregunta { $number } (número de Estados)
report-ta-no-replies = Ningún Estado había respondido al cuestionario.
report-ta-none = Ninguno de los Estados que respondieron solicitó asistencia técnica.
report-ta-any = De los { WORDS($respondents, form: "masculine") } Estados que respondieron, { WORDS($count) } ({ $percent }) solicitaron asistencia técnica para aplicar al menos uno de los artículos abarcados por el cuestionario.
report-ta-articles = Las solicitudes fueron más frecuentes respecto de los artículos siguientes: { $articles } (véase el cuadro { $table }).
report-ta-kinds = Los tipos de asistencia solicitados con más frecuencia fueron { $kinds } (véanse el cuadro { $table } y la figura { $figure }).
report-ta-articles-caption = Estados que solicitaron asistencia técnica, por artículo y grupo regional
report-ta-kinds-caption = Tipos de asistencia técnica solicitados, por grupo regional (número de Estados)
report-ta-kinds-chart-caption = Estados que solicitaron cada tipo de asistencia técnica
chart-kinds-measure = número de Estados que solicitaron cada tipo de asistencia
chart-kinds-category = tipo de asistencia
report-annex-respondents = Estados que habían respondido al cuestionario al { $date }
report-annex-respondents-text = Los { $count } Estados siguientes respondieron al cuestionario a más tardar el { $date }.
report-annex-respondents-marked = Los { $count } Estados siguientes respondieron al cuestionario a más tardar el { $date }. Los Estados signatarios se señalan con un asterisco (*) y los Estados que no son partes ni signatarios, con dos (**).
report-annex-tables = Cuadros estadísticos por grupo regional
report-annex-tables-text = En los cuadros se indica, para cada pregunta, el número de Estados por grupo regional. Una raya (—) señala una cifra que no puede calcularse.
report-annex-caption = Pregunta { $number }: { $label }
instrument-of-untoc = de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
instrument-of-tip = del Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
instrument-of-som = del Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
instrument-of-fa = del Protocolo contra la Fabricación y el Tráfico Ilícitos de Armas de Fuego, sus Piezas y Componentes y Municiones, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional
instrument-short-of-untoc = de la Convención
instrument-short-of-tip = del Protocolo contra la Trata de Personas
instrument-short-of-som = del Protocolo contra el Tráfico Ilícito de Migrantes
instrument-short-of-fa = del Protocolo sobre Armas de Fuego
instrument-short-to-untoc = en la Convención
instrument-short-to-tip = en el Protocolo contra la Trata de Personas
instrument-short-to-som = en el Protocolo contra el Tráfico Ilícito de Migrantes
instrument-short-to-fa = en el Protocolo sobre Armas de Fuego
report-questionnaire-of = del cuestionario

## Perfiles de países

profile-title = Perfil de país
profile-as-at = Al { $date }
profile-group = Grupo regional: { $group }
profile-prepared = Preparado por la Secretaría sobre la base de la información recibida del Estado al { $date }.
profile-footer = Perfil de país: { $state }, al { $date }
profile-treaties = Participación en la Convención y sus Protocolos
profile-reporting = Respuestas a los cuestionarios
profile-implementation = Aplicación comunicada
profile-implementation-of = Aplicación: { $title }
profile-compare = Disposiciones cuya aplicación se comunicó
profile-assistance = Asistencia técnica solicitada
profile-column-instrument = Instrumento
profile-column-status = Situación
profile-column-date = Fecha
profile-column-questionnaire = Cuestionario
profile-column-reply = Respuesta
profile-column-number = Núm.
profile-column-question = Pregunta
profile-column-answer = Respuesta
profile-column-state = El Estado
profile-column-group = Su grupo regional
profile-column-all = Todos los Estados que respondieron
profile-column-article = Artículo
profile-column-kinds = Tipos de asistencia
profile-party = Parte
profile-signatory = Signatario
profile-not-party = No es parte
profile-reply-counted = Recibida el { $date }.
profile-reply-late = Recibida el { $date }, después de la fecha límite.
profile-reply-replaced = Sustituye { PLURAL($count) ->
    [one] a una respuesta anterior, recibida el { $dates }.
   *[other] a respuestas anteriores, recibidas el { $dates }.
}
profile-reply-rejected = Se recibió una respuesta el { $date }, pero aún no ha podido tenerse en cuenta.
profile-reply-none = No se había recibido respuesta al { $date }.
profile-reply-previous = En el ciclo anterior: recibida el { $date }.
profile-since = En comparación con su respuesta del { $date } en el ciclo anterior de presentación de informes, { $changed ->
    [0] ninguna de sus { $compared } respuestas cambió.
    [one] cambió una de sus { $compared } respuestas; la respuesta anterior figura debajo. Las demás respuestas no cambiaron.
   *[other] cambiaron { WORDS($changed, form: "feminine") } de sus { $compared } respuestas; la respuesta anterior figura debajo de cada una. Las demás respuestas no cambiaron.
}
profile-previous-answer = Ciclo anterior: { $answer }
profile-no-reply = Al { $date }, { $state_the } no había respondido a los cuestionarios.
profile-no-answer = Sin respuesta
profile-answered-not-applicable = { $answer } (respondida aunque la pregunta no se aplicaba)
profile-compare-text = El cuadro y la figura indican la proporción de respuestas sobre la aplicación de una disposición que indicaban que se aplicaba: { $state_of }, del grupo de { $group } y de todos los Estados que respondieron. Las cifras son las de los informes analíticos.
profile-compare-caption = Respuestas que indicaban que una disposición se aplicaba (porcentaje)
profile-all-respondents = Todos los Estados que respondieron
chart-compare-measure = proporción de respuestas que indicaban que una disposición se aplicaba
chart-compare-category = cuestionario
profile-assistance-none = { $state_the_cap } no solicitó asistencia técnica en sus respuestas.
profile-assistance-text = { $state_the_cap } respondió lo siguiente acerca de sus necesidades de asistencia técnica.

profile-not-applicable-list = { PLURAL($count) ->
    [one] La pregunta { $questions } no se aplicaba a esta respuesta.
   *[other] Las preguntas { $questions } no se aplicaban a esta respuesta.
}

profile-column-requested = Solicitada

## Cuestionarios impresos

quest-cycle = { $cycle ->
    [1] Primer
    [2] Segundo
    [3] Tercer
   *[other] { $cycle }º
} ciclo de presentación de informes
quest-deadline = Sírvase devolver el cuestionario cumplimentado a más tardar el { $date }.
quest-return-to = Devolver a: { $address }
quest-state = Estado: { $state }
quest-on-record = Respuesta registrada:
quest-prefilled = Debajo de cada pregunta figura la respuesta de su respuesta recibida el { $date }. Si sigue siendo válida, marque “Sin cambios” y deje en blanco las casillas de respuesta; responda solo donde haya cambiado.
quest-prefilled-previous = Debajo de cada pregunta figura la respuesta de su respuesta al ciclo anterior de presentación de informes, recibida el { $date }. Si sigue siendo válida, marque “Sin cambios” y deje en blanco las casillas de respuesta; responda solo donde haya cambiado.
quest-instructions-title = Cómo rellenar este cuestionario
quest-instructions = Utilice un bolígrafo negro o azul y escriba en mayúsculas.|Marque con una cruz (X) la casilla de su respuesta. “Marque una casilla” significa una sola respuesta; “Marque todas las que correspondan”, todas las respuestas que se apliquen.|Para anular una respuesta, rellene por completo su casilla y marque con una cruz la casilla correcta.|Escriba una cifra por casilla, empezando por la derecha; escriba las fechas como día, mes y año.|Cuando una pregunta no se aplique a su país, siga la indicación que figura junto a su respuesta anterior (“pase a la pregunta…”) o bajo la pregunta (“Responda solo si…”).|No grape, doble ni reduzca las páginas. Devuelva todas las páginas, incluso las que queden en blanco.
quest-focal-title = La persona que coordinó la respuesta
quest-tick-one = Marque una casilla.
quest-tick-all = Marque todas las que correspondan.
quest-capitals = Escriba en mayúsculas.
quest-digits = Una cifra por casilla.
quest-other = Otro (sírvase especificar)
quest-go-to = Si { $choice }, pase a la pregunta { $number }.
quest-go-to-end = Si { $choice }, pase al final del cuestionario.
quest-footer = Cuestionario { $form }, versión { $version }
quest-day = DD
quest-month = MM
quest-year = AAAA
quest-hour = HH
quest-minute = MM
quest-latitude = Latitud
quest-longitude = Longitud
quest-attach = Adjunte el archivo, la fotografía o la grabación a su respuesta y escriba aquí su nombre.
quest-end = Fin del cuestionario. Gracias.

quest-tick-ok = Marque la casilla para confirmar.
quest-scale = Marque un solo valor.
quest-rank = Numere los elementos del 1, el más importante, al { $count }.
quest-time = En formato de 24 horas.
quest-geo = En grados decimales; con signo menos para el sur y el oeste.
quest-geo-points = Un punto por línea, en orden.
quest-media-shown = (El formulario electrónico muestra aquí un archivo: { $file }.)

## Libros de respuesta (palermo workbook)

wb-sheet-answers = Respuestas
wb-sheet-instructions = Instrucciones
wb-help = Cómo responder
wb-instructions = Responda solo en la columna “answer”: las demás celdas están bloqueadas.|No modifique la columna “name”: indica a palermo a qué pregunta corresponde cada respuesta.|Elija una respuesta de la lista de la celda. Cuando se piden todas las respuestas aplicables, escríbalas separadas por comas.|Rellene las filas “state” (el código de tres letras de su país) y “submitted” (la fecha de envío de la respuesta).|Una pregunta puede depender de una respuesta anterior: su nota indica cuándo responderla. Deje vacías las demás.|Guarde el archivo como libro de Excel (.xlsx) y envíelo tal cual, sin cambiar el nombre de las hojas.
wb-state = Estado (código ISO de tres letras)
wb-submitted = Fecha de envío de la respuesta
wb-version = Versión del cuestionario (no modificar)
wb-text = Texto.
wb-whole = Un número entero.
wb-decimal = Un número.
wb-between = De { $low } a { $high }.
wb-at-least = Al menos { $low }.
wb-at-most = Como máximo { $high }.
wb-date = Una fecha: AAAA-MM-DD.
wb-time = Una hora: HH:MM, en formato de 24 horas.
wb-date-time = Una fecha y una hora: AAAA-MM-DD HH:MM.
wb-choose-one = Elija una respuesta de la lista.
wb-choose-many = Escriba todas las respuestas aplicables, separadas por comas: { $choices }.
wb-rank = Escriba todas las opciones, la más importante primero, separadas por comas: { $choices }.
wb-range = Un número del { $start } al { $end }, en pasos de { $step }.
wb-geo = Latitud y longitud en grados decimales, separadas por un espacio.
wb-geo-points = Puntos (latitud y longitud) separados por punto y coma.
wb-file = El nombre del archivo enviado con la respuesta.
wb-acknowledge = Elija OK para confirmar.
wb-error-title = Respuesta no aceptada
wb-repeat = { $title }: una fila por elemento.
wb-no-change = Sin cambios
wb-no-change-help = Elija “Sin cambios” cuando la respuesta escrita siga siendo válida; cuando corrija una respuesta, deje la celda vacía.
wb-prefilled = Las respuestas son las de su respuesta recibida el { $date }. Cuando una respuesta siga siendo válida, elija “Sin cambios” a su lado; corrija solo lo que haya cambiado.
wb-prefilled-previous = Las respuestas son las de su respuesta al ciclo anterior de presentación de informes, recibida el { $date }. Cuando una respuesta siga siendo válida, elija “Sin cambios” a su lado; corrija solo lo que haya cambiado.
site-title = Documentos del período de sesiones
site-venue = { $session }, { $place }, { $dates }
site-languages = Idiomas
site-documents = Documentos
site-column-symbol = Signatura
site-column-title = Título
site-column-date = Fecha
site-column-versions = Versiones lingüísticas
site-version-label = { $language }: PDF, { $pages ->
    [one] 1 página
   *[other] { $pages } páginas
}, { $size }
site-size = { $kb } KB
site-item = { $line }: { $title }
site-other = Otros documentos
site-questionnaires = Cuestionarios
site-profiles = Perfiles de países
site-data = Datos
site-data-text = Las cifras de cada informe analítico están enlazadas desde su fila (CSV); las respuestas a cada cuestionario forman un conjunto de datos abiertos, una fila por Estado y pregunta, descrito por su paquete de datos.
site-figures-csv = Cifras (CSV)
site-data-replies = Respuestas al { $form } (CSV)
site-data-package = Descripción del conjunto de datos (Frictionless Data Package, JSON)
site-back = Todos los documentos del período de sesiones
site-data-link = Datos (CSV)
site-table = Cuadro { $n }
site-figure = Figura { $n }
site-html = { $language }: página web (HTML)

## The review sheet of scanned questionnaires (palermo scan: out/scans/review.pdf)
scan-review-title = Cuestionarios escaneados por revisar
scan-review-summary = Lectura del { $date }. Páginas: { $pages } (archivos: { $files }). Borradores de respuesta: { $replies }. Respuestas leídas con certeza: { $certain }; por confirmar o escribir a continuación: { $review }.
scan-review-unread = Páginas no leídas
scan-review-source = { $file }, página { $page }
scan-review-reply = { $form }: { $state }, ejemplar: { $lang }
scan-review-unknown-state = Estado desconocido (ejemplar en blanco: escriba su código en "state")
scan-review-draft = Borrador de respuesta: { $file }. Corríjalo y acéptelo con palermo scan --accept.
scan-review-missing = Páginas del cuestionario que faltan en los escaneos: { $pages }.
scan-review-twice = { $source } es de nuevo la página { $page }: no se leyó.
scan-review-to-check = Por confirmar o escribir
scan-review-seen = Leído: { $seen }
scan-review-nothing-seen = Leído: nada seguro
scan-review-certain = Leído con certeza (para una comprobación por muestreo)
scan-review-question = Pregunta
scan-review-answer = Respuesta leída
scan-review-crop-alt = La zona de respuesta escaneada de la pregunta { $question }
scan-why-faint = Una marca entre los dos umbrales: un trazo tenue, un trazo de otra casilla o una casilla en parte rellena.
scan-why-two-ticks = Más de una casilla marcada donde se pide una sola respuesta.
scan-why-filled-alone = Una casilla rellenada (una anulación) y ninguna otra casilla marcada.
scan-why-registration = No se pudo situar la página con exactitud en el escaneo: compruebe cada marca a simple vista.
scan-why-no-change = "Sin cambios" marcado junto con una nueva respuesta, o sin respuesta registrada.
scan-why-written = Escrito a mano: escríbalo en el borrador.
