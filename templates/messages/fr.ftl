# Les phrases de palermo en français : chaque mot qu’un lecteur voit dans un document.
#
# Un message par phrase. `{ $nom }` est une valeur fournie par palermo ; `{ PLURAL($n) -> … }`
# choisit la forme du pluriel (catégories CLDR). Une conférence corrige un message en plaçant
# son propre templates/messages/fr.ftl, avec les seuls messages qu’elle modifie, dans son dossier.
# Les espaces insécables (avant « : », « ; », « % », dans « « … » ») sont des caractères U+00A0.

## Conventions de la langue

language-name = { $code ->
    [ar] arabe
    [zh] chinois
    [fr] français
    [ru] russe
    [es] espagnol
   *[en] anglais
}
job-letter = F
number-words = zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf
number-words-feminine = zéro|une|deux|trois|quatre|cinq|six|sept|huit|neuf
number-in-words = { WORDS($n) }
typography-number-after = article*|tableau*|figure*|paragraphe*|question*|annexe*|chapitre*|décision*|résolution*|page*|section*|n°|no
typography-unit-after-number = pour
typography-never-first = —
percent = { $value } %
percent-of = { $value } %
percent-short = { $value } %
fraction = { $which ->
    [half] la moitié
    [third] un tiers
    [two-thirds] deux tiers
    [quarter] un quart
   *[three-quarters] trois quarts
}
list-separator = {", "}
list-and = { $first } et { $last }
list-or = { $first } ou { $last }
quote-open = « 
quote-close =  »
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date = { $day ->
    [1] 1er
   *[other] { $day }
}{"\u00A0"}{ $month }{"\u00A0"}{ $year }
date-range-same-month = { $day1 ->
    [1] 1er
   *[other] { $day1 }
}-{ $date2 }
date-range-same-year = { $day1 ->
    [1] 1er
   *[other] { $day1 }
} { $month1 }-{ $date2 }
date-range = { $date1 }-{ $date2 }
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
date-short = { $day ->
    [1] 1er
   *[other] { $day }
}{"\u00A0"}{ $month }{"\u00A0"}{ $year }

## Numérotation des titres et des paragraphes

numbering-chapter = I.
numbering-section = A.
numbering-subsection = 1.
numbering-subparagraph = a)
numbering-subsubparagraph = i)
numbering-paragraph = 1.
numbering-annex = Annexe { $n ->
    [1] I
    [2] II
    [3] III
   *[other] { $n }
}
figure-supplement = Figure
table-supplement = Tableau
contents-title = Table des matières
contents-chapter = Chapitre
contents-paragraphs = Paragraphes
contents-page = Page
page-of = Page { $page } sur { $total }

## En-tête et éléments de page d’un document de conférence

united-nations = Nations Unies
distribution = { $kind ->
    [limited] Distr. limitée
    [restricted] Distr. restreinte
   *[general] Distr. générale
}
masthead-language-lines = Français|Original : { $original ->
    [ar] arabe
    [zh] chinois
    [fr] français
    [ru] russe
    [es] espagnol
   *[en] anglais
}
masthead-date-language = fr
session = { $n ->
    [1] Première
    [2] Deuxième
    [3] Troisième
    [4] Quatrième
    [5] Cinquième
    [6] Sixième
    [7] Septième
    [8] Huitième
    [9] Neuvième
    [10] Dixième
    [11] Onzième
    [12] Douzième
    [13] Treizième
    [14] Quatorzième
    [15] Quinzième
    [16] Seizième
    [17] Dix-septième
    [18] Dix-huitième
    [19] Dix-neuvième
    [20] Vingtième
   *[other] { $n }e
} session
agenda-line = Point { $item } de l’ordre du jour provisoire
please-recycle = Merci de recycler
reproduced-as-received = Les informations sont reproduites telles qu’elles ont été reçues.

## Les cinq groupes régionaux et les quatre instruments

group-african = États d’Afrique
group-asia-pacific = États d’Asie et du Pacifique
group-eastern-european = États d’Europe orientale
group-latin-american-caribbean = États d’Amérique latine et des Caraïbes
group-western-european-other = États d’Europe occidentale et autres États
group-short-african = Afrique
group-short-asia-pacific = Asie-Pacifique
group-short-eastern-european = Europe orientale
group-short-latin-american-caribbean = Amérique latine et Caraïbes
group-short-western-european-other = Europe occidentale et autres
instrument-untoc = Convention des Nations Unies contre la criminalité transnationale organisée
instrument-tip = Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants
instrument-som = Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée
instrument-fa = Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée
instrument-short-untoc = Convention
instrument-short-tip = Protocole relatif à la traite des personnes
instrument-short-som = Protocole relatif au trafic illicite de migrants
instrument-short-fa = Protocole relatif aux armes à feu
# A subparagraph's or agenda sub-item's letter, as written (Arabic gives its abjad letter).
subparagraph-letter = { $subparagraph }
provision = { $subparagraph ->
    [none] { $paragraph ->
        [none] article { $article }
       *[other] paragraphe { $paragraph } de l’article { $article }
    }
   *[other] { $paragraph ->
        [none] alinéa { $subparagraph }) de l’article { $article }
       *[other] alinéa { $subparagraph }) du paragraphe { $paragraph } de l’article { $article }
    }
}
provision-of = { provision }
state-the = { $article ->
    [le] le { $name }
    [la] la { $name }
    [l] l’{ $name }
    [les] les { $name }
   *[none] { $name }
}
state-of = { $article ->
    [le] du { $name }
    [la] de la { $name }
    [l] de l’{ $name }
    [les] des { $name }
   *[none] { $vowel ->
        [yes] d’{ $name }
       *[no] de { $name }
    }
}
state-to = { $article ->
    [le] au { $name }
    [la] à la { $name }
    [l] à l’{ $name }
    [les] aux { $name }
   *[none] à { $name }
}
definite-prefix = {""}
elision-initials = AEIOUYHÂÉÈÊÎÔÛaeiouyhâéèêîôû
obligation-mandatory = obligatoire
obligation-shall_consider = à envisager
obligation-optional = facultative

## Graphiques (le texte de remplacement est lu par les lecteurs d’écran)

chart-bar-alt = Diagramme en barres : { $measure } par { $category } : { $items }.
chart-stacked-alt = Diagramme en barres empilées : { $measure } par { $category } : { $items }.
chart-item = { $label }, { $value }
chart-item-separator = {" ; "}
chart-segment = { $label } { $value }

## Document d’information : États Membres par groupe régional

info-introduction = Introduction
info-intro-scope = La présente note énumère les { $members } États Membres de l’Organisation des Nations Unies par groupe régional et indique, pour chacun d’eux, sa participation au { $date } à la Convention des Nations Unies contre la criminalité transnationale organisée et aux trois Protocoles s’y rapportant. Elle vise à aider la Conférence dans son examen de l’application de ces instruments.
info-intro-totals = Au { $date }, la Convention comptait { $untoc } parties parmi les États Membres, le Protocole relatif à la traite des personnes { $tip }, le Protocole relatif au trafic illicite de migrants { $som } et le Protocole relatif aux armes à feu { $fa }. Parmi les États Membres, { WORDS($all) } étaient parties aux quatre instruments{ $note }.
info-dates-note = Les dates figurant dans les tableaux sont celles du dépôt de l’instrument de ratification, d’acceptation, d’approbation ou d’adhésion ; « (s) » désigne une signature non encore suivie de ratification. Les informations sont reproduites telles qu’elles ont été reçues.
info-by-group = États Membres par groupe régional
info-groups-text = Les États Membres se répartissent entre les cinq groupes régionaux comme indiqué dans la figure I. { $count ->
    [one] Le groupe le plus nombreux est celui des
   *[other] Les groupes les plus nombreux sont ceux des
} { $groups }, avec { $members } membres.
info-figure-caption = Nombre d’États Membres par groupe régional
info-group-text = Le groupe des { $group } compte { WORDS($members) } membres, dont { WORDS($untoc) } sont parties à la Convention, { WORDS($tip) } au Protocole relatif à la traite des personnes, { WORDS($som) } au Protocole relatif au trafic illicite de migrants et { WORDS($fa) } au Protocole relatif aux armes à feu (voir tableau { $table }).
info-table-caption = { $group } : participation à la Convention et aux Protocoles
info-column-state = État
info-signature-mark = (s)
chart-members-measure = nombre d’États Membres
chart-members-category = groupe régional

## Les conditions d’un questionnaire en mots

expr-relevant = Répondre seulement si { $condition }.
expr-constraint = Accepté seulement si { $condition }.
expr-required = Obligatoire si { $condition }.
expr-answered-value = vous avez répondu { $value } à la question { $q }
expr-not-answered-value = vous n’avez pas répondu { $value } à la question { $q }
expr-answered = vous avez répondu à la question { $q }
expr-not-answered = vous n’avez pas répondu à la question { $q }
expr-selected = vous avez coché { $value } à la question { $q }
expr-not-selected = vous n’avez pas coché { $value } à la question { $q }
expr-answer-to = la réponse à la question { $q }
expr-this-answer = la réponse
expr-characters = le nombre de caractères de { $a }
expr-count-selected = le nombre d’options cochées à la question { $q }
expr-matches = { $a } correspond au motif { $value }
expr-not = il n’est pas vrai que { $a }
expr-comparison = { $a } est { $op ->
    [eq] égal à
    [ne] différent de
    [lt] inférieur à
    [le] au plus
    [gt] supérieur à
   *[ge] au moins
} { $b }
expr-and = { $first } et { $last }
expr-or = { $first } ou { $last }
expr-today = la date du jour

## La lettre à un État

letter-office = Office des Nations Unies contre la drogue et le crime
letter-to = Destinataire : Mission permanente { $state_of } auprès de l’Organisation des Nations Unies (Vienne)
letter-subject = Objet : vos réponses aux questionnaires sur l’application
letter-with-problems = Le secrétariat remercie { $state_the } de ses réponses. En les vérifiant, il a relevé les points ci-dessous, qui empêchent de prendre en compte certaines réponses. Le secrétariat serait reconnaissant de recevoir des réponses corrigées d’ici au { $deadline }.
letter-no-problems = Le secrétariat remercie { $state_the } de ses réponses, qui ont été reçues et vérifiées. Aucune correction n’est nécessaire.
letter-no-reply = Le secrétariat n’a pas encore reçu les réponses { $state_of } aux questionnaires. Il lui serait reconnaissant de les lui faire parvenir d’ici au { $deadline }.
letter-column-question = Question
letter-column-problem = Problème
letter-column-fix = Comment le corriger
letter-closing = Le secrétariat reste à votre disposition pour toute assistance.
reminder-subject = Rappel : questionnaires sur l’application de la Convention et des Protocoles s’y rapportant
reminder-opening = Le Secrétariat de l’Office des Nations Unies contre la drogue et le crime présente ses compliments à la Mission permanente { $state_of } auprès de l’Organisation des Nations Unies (Vienne) et a l’honneur de rappeler que{ $decision ->
    [none] {" "}la { $body }
   *[other] , dans sa décision { $decision }, la { $body }
} a prié le Secrétariat de recueillir auprès des États, au moyen de questionnaires, des informations sur l’application de la Convention et des Protocoles s’y rapportant.
reminder-outstanding = Au { $date }, le Secrétariat n’avait pas reçu { $count ->
    [one] la réponse
   *[other] les réponses
} { $state_of } { $count ->
    [one] au questionnaire suivant, attendue
   *[other] aux questionnaires suivants, attendues
} le { $deadline } au plus tard. Le classeur de réponse établi pour { $state_the } est indiqué en regard de chacun :
reminder-ways = Les réponses peuvent être envoyées de l’une des manières suivantes :
reminder-way-online = { $url ->
    [none] en ligne, au moyen du formulaire que le Secrétariat a envoyé au correspondant national ;
   *[other] en ligne, au moyen du formulaire disponible à l’adresse { $url } ;
}
reminder-way-workbook = dans le classeur de réponse Excel ci-joint, renvoyé par courrier électronique ; le nom de l’État y figure déjà{ $prefilled ->
    [yes] , de même que ses réponses au cycle précédent d’établissement des rapports, à confirmer (« Sans changement ») ou à corriger ;
   *[no] {" "};
}
reminder-way-paper = { $printed ->
    [yes] sur le questionnaire imprimé, que le Secrétariat peut envoyer sur demande, renvoyé par la poste.
   *[other] sur papier, sur un exemplaire imprimé du questionnaire, renvoyé par la poste.
}
reminder-closing = Le Secrétariat de l’Office des Nations Unies contre la drogue et le crime saisit cette occasion pour renouveler à la Mission permanente { $state_of } auprès de l’Organisation des Nations Unies (Vienne) les assurances de sa très haute considération.
letter-reply-of = Réponse reçue le { $date }
letter-reply-undated = Réponse reçue sans date
letter-reply-in-file = { $reply } (fichier { $file })
letter-file-heading = Fichier { $file }
letter-about-submitted = Date de la réponse
letter-about-state = État
letter-invisible-note = Les caractères invisibles sont indiqués sous la forme de codes { "\\u{…}" }.
letter-problem-constraint-message = La réponse { $value } n’est pas acceptée : { $message }
letter-problem-file-unreadable = Le fichier n’a pas pu être lu ({ $why }).
letter-fix-file-unreadable = Veuillez envoyer le fichier à nouveau.
letter-problem-file-empty = Le fichier est vide.
letter-fix-file-empty = Veuillez envoyer le fichier à nouveau ; il n’a peut-être pas été enregistré ou copié entièrement.
letter-problem-file-too-large = Le fichier fait { $size } Mo, plus que les { $max } Mo qui peuvent être lus.
letter-fix-file-too-large = Veuillez supprimer les images et les feuilles inutilisées, ou diviser le fichier.
letter-problem-file-grew = Le fichier a changé pendant sa lecture.
letter-fix-file-grew = Veuillez envoyer à nouveau le fichier complet.
letter-problem-file-damaged = Le fichier est endommagé et n’a pas pu être lu.
letter-fix-file-damaged = Veuillez l’ouvrir dans un tableur, l’enregistrer à nouveau et le renvoyer.
letter-problem-not-a-spreadsheet = Le fichier n’est pas une feuille de calcul lisible.
letter-fix-not-a-spreadsheet = Veuillez l’enregistrer en classeur Excel (.xlsx) et le renvoyer.
letter-problem-not-a-workbook = Le fichier n’est pas un classeur .{ $extension } : il est peut-être tronqué, ou c’est un autre type de fichier renommé.
letter-fix-not-a-workbook = Veuillez l’enregistrer à nouveau depuis le tableur et le renvoyer.
letter-problem-too-many-cells = Les feuilles du fichier s’étendent sur { $cells } cellules, trop pour être lues dans un fichier .{ $extension }.
letter-fix-too-many-cells = Veuillez l’enregistrer en classeur Excel (.xlsx), ou supprimer les cellules éloignées des autres.
letter-problem-password-protected = Le classeur est protégé par un mot de passe.
letter-fix-password-protected = Veuillez supprimer le mot de passe, enregistrer le classeur et le renvoyer.
letter-problem-misnamed = Le fichier porte l’extension .{ $claimed } mais c’est un classeur .{ $actual }.
letter-fix-misnamed = Veuillez le renommer en .{ $actual } et le renvoyer.
letter-problem-misfiled = Le fichier n’a pas été classé avec les réponses à un questionnaire.
letter-fix-misfiled = Aucune mesure n’est nécessaire ; le secrétariat le classera.
letter-problem-no-data = Le classeur ne contient aucune donnée.
letter-fix-no-data = Veuillez envoyer à nouveau les réponses, avec la ligne d’en-tête et une ligne par réponse.
letter-problem-sheet-empty = La feuille est vide.
letter-fix-sheet-empty = Veuillez envoyer à nouveau les réponses, avec la ligne d’en-tête et une ligne par réponse.
letter-problem-extra-sheet = La feuille { $sheet } n’a pas été lue : les réponses sont lues sur la première feuille.
letter-fix-extra-sheet = Veuillez regrouper toutes les réponses sur une seule feuille.
letter-problem-unreadable-line = Une ligne du fichier n’a pas pu être lue.
letter-fix-unreadable-line = Veuillez vérifier les guillemets de cette ligne.
letter-problem-duplicate-column = Deux colonnes répondent à cette question (l’autre est la colonne { $other }).
letter-fix-duplicate-column = Veuillez ne garder qu’une colonne par question.
letter-problem-unknown-column = La colonne { $column } n’est pas une question du questionnaire ; elle n’a pas été lue.
letter-fix-unknown-column = Veuillez vérifier le nom de la colonne au regard du questionnaire.
letter-problem-not-json = Le fichier n’est pas un fichier JSON valide.
letter-fix-not-json = Veuillez vérifier le fichier ; il a peut-être été tronqué.
letter-problem-json-shape = Le fichier ne contient pas de réponses sous la forme attendue.
letter-fix-json-shape = Veuillez donner chaque réponse avec son État, sa date et ses réponses.
letter-problem-not-an-object = Une réponse du fichier n’est pas sous la forme attendue.
letter-fix-not-an-object = Veuillez donner chaque réponse avec son État, sa date et ses réponses.
letter-problem-unknown-field = Le champ { $field } n’a pas été lu.
letter-fix-unknown-field = Veuillez placer les réponses sous « answers ».
letter-problem-answers-not-an-object = Les réponses ne sont pas sous la forme attendue.
letter-fix-answers-not-an-object = Veuillez donner chaque réponse après le nom de sa question.
letter-problem-repeat-not-a-list = Les réponses à { $repeat } doivent être une liste de lignes.
letter-fix-repeat-not-a-list = Veuillez donner une entrée par ligne.
letter-problem-repeat-row-not-an-object = Une ligne d’un tableau de réponses n’est pas sous la forme attendue.
letter-fix-repeat-row-not-an-object = Veuillez donner chaque réponse de la ligne après le nom de sa question.
letter-problem-not-in-repeat = { $question } n’est pas une question du tableau { $repeat } ; la réponse n’a pas été lue.
letter-fix-not-in-repeat = Veuillez vérifier le nom de la question.
letter-problem-unknown-question = Le questionnaire ne comporte pas de question { $question } ; la réponse n’a pas été lue.
letter-fix-unknown-question = Veuillez vérifier le nom de la question au regard du questionnaire.
letter-problem-unnamed-answer = Une réponse sans le nom de sa question n’a pas été lue.
letter-fix-unnamed-answer = Veuillez garder la colonne des noms telle qu’elle vous a été envoyée.
letter-problem-no-change-edited = Une réponse préremplie marquée « sans changement » avait été modifiée ; la réponse telle qu’écrite a été lue.
letter-fix-no-change-edited = Veuillez effacer « sans changement » là où vous avez corrigé une réponse, ou rétablir la réponse antérieure.
letter-problem-answer-sheet-empty = La feuille de réponses est vide.
letter-fix-answer-sheet-empty = Veuillez remplir les réponses ainsi que les lignes de l’État et de la date.
letter-problem-no-state = La réponse n’indique pas quel État l’a envoyée.
letter-fix-no-state = Veuillez indiquer le code à trois lettres de votre État.
letter-problem-unknown-state = { $value } n’est pas le code d’un État.
letter-fix-unknown-state = Veuillez indiquer le code à trois lettres de votre État.
letter-problem-no-submitted = La réponse n’indique pas la date de son envoi.
letter-fix-no-submitted = Veuillez indiquer la date d’envoi de la réponse, sous la forme AAAA-MM-JJ.
letter-problem-not-party = Votre État n’est pas partie à l’instrument de ce questionnaire ; sa réponse est conservée et comptée à part.
letter-fix-not-party = Aucune mesure n’est nécessaire.
letter-problem-other-version = La réponse porte sur la version { $version } du questionnaire ; la version actuelle est la { $current }.
letter-fix-other-version = Aucune mesure n’est nécessaire, sauf si une question a changé : les réponses sont vérifiées au regard de la version actuelle.
letter-problem-no-answers = La réponse ne contient aucune réponse aux questions.
letter-fix-no-answers = Veuillez remplir les réponses ; une réponse vide ne peut pas être prise en compte.
letter-problem-superseded = Une réponse ultérieure à ce questionnaire, reçue le { $date }, remplace celle-ci.
letter-fix-superseded = Aucune mesure n’est nécessaire si la réponse ultérieure est la bonne.
letter-problem-ambiguous-state = { $value } peut désigner plus d’un État ({ $states }).
letter-fix-ambiguous-state = Veuillez indiquer le code à trois lettres de votre État.
letter-problem-review-refused = La réponse n’a pas été approuvée lors de son examen ; elle n’est pas comptée.
letter-fix-review-refused = Veuillez envoyer une réponse corrigée, ou demander au secrétariat de l’examiner à nouveau.
letter-problem-review-held = La réponse est en attente d’examen.
letter-fix-review-held = Aucune mesure n’est nécessaire, sauf si le secrétariat demande une correction.
letter-problem-review-unknown = L’état d’examen { $word } de la réponse n’est pas reconnu ; la réponse est comptée.
letter-fix-review-unknown = Aucune mesure n’est nécessaire.
letter-problem-duplicate = La même réponse a été reçue deux fois ; elle n’est comptée qu’une fois.
letter-fix-duplicate = Aucune mesure n’est nécessaire.
letter-problem-orphan-row = Une ligne d’un tableau de réponses appartient à une réponse qui n’a pas été reçue ({ $parent }) ; elle n’a pas été lue.
letter-fix-orphan-row = Veuillez envoyer la réponse avec ses tableaux.
letter-problem-repeats-not-exported = Le fichier ne contient pas les lignes des tableaux de réponses ({ $repeat }).
letter-fix-repeats-not-exported = Veuillez envoyer les réponses dans le classeur Excel de réponse, qui a une feuille par tableau.
letter-problem-answered-twice = Il est répondu deux fois à la question.
letter-fix-answered-twice = Veuillez ne garder qu’une réponse.
letter-problem-takes-no-answer = Cet élément n’appelle pas de réponse ; la réponse n’a pas été lue.
letter-fix-takes-no-answer = Veuillez le laisser vide.
letter-problem-read-as-choice = { $value } a été lu comme le choix { $label }.
letter-fix-read-as-choice = Aucune mesure n’est nécessaire ; veuillez écrire les réponses telles que le questionnaire les présente.
letter-problem-read-as-date = { $value } a été lu comme la date du { $date }.
letter-fix-read-as-date = Veuillez vérifier la date et écrire les dates sous la forme AAAA-MM-JJ.
letter-problem-read-as-date-time = { $value } a été lu comme le { $date }, { $time }.
letter-fix-read-as-date-time = Veuillez vérifier la date et l’heure et les écrire sous la forme AAAA-MM-JJ HH:MM.
letter-problem-area-closed = Le premier point de la zone a été répété à la fin pour la fermer.
letter-fix-area-closed = Aucune mesure n’est nécessaire.
letter-problem-not-a-choice = { $value } ne fait pas partie des choix proposés.
letter-fix-not-a-choice = Veuillez choisir { $choices }.
letter-problem-not-a-number = { $value } n’est pas un nombre.
letter-fix-not-a-number = Veuillez écrire le nombre en chiffres, par exemple 12.
letter-problem-not-whole = { $value } n’est pas un nombre entier.
letter-fix-not-whole = Veuillez écrire un nombre entier, par exemple 12.
letter-problem-decimal-comma = { $value } a une virgule pour séparateur décimal.
letter-fix-decimal-comma = Veuillez écrire les décimales avec un point, par exemple 2.5.
letter-problem-out-of-range = { $value } sort des limites qu’un nombre entier peut avoir ici.
letter-fix-out-of-range = Veuillez écrire un nombre entier compris entre { $min } et { $max }.
letter-problem-not-on-scale = { $value } ne figure pas sur l’échelle.
letter-fix-not-on-scale = Veuillez écrire un nombre de { $start } à { $end }, par pas de { $step }.
letter-problem-ranked-twice = La réponse { $value } classe deux fois le même choix.
letter-fix-ranked-twice = Veuillez classer chaque choix une seule fois, le plus important en premier : { $choices }.
letter-problem-not-acknowledged = { $value } ne vaut pas accusé de réception.
letter-fix-not-acknowledged = Veuillez écrire OK pour en accuser réception, ou laisser la réponse vide.
letter-problem-not-a-date = { $value } n’est pas une date.
letter-fix-not-a-date = Veuillez écrire la date sous la forme AAAA-MM-JJ, par exemple 2026-03-01.
letter-problem-not-a-calendar-date = { $value } n’est pas une date du calendrier.
letter-fix-not-a-calendar-date = Veuillez écrire la date sous la forme AAAA-MM-JJ, par exemple 2026-03-01.
letter-problem-ambiguous-date = { $value } peut se lire { $first } ou { $second }.
letter-fix-ambiguous-date = Veuillez écrire la date sous la forme AAAA-MM-JJ, afin que le jour et le mois ne puissent être confondus.
letter-problem-not-a-time = { $value } n’est pas une heure.
letter-fix-not-a-time = Veuillez écrire l’heure sous la forme HH:MM, sur 24 heures, par exemple 14:30.
letter-problem-not-a-date-time = { $value } n’est pas une date suivie d’une heure.
letter-fix-not-a-date-time = Veuillez écrire AAAA-MM-JJ HH:MM, par exemple 2026-03-01 14:30.
letter-problem-not-a-location = { $value } n’est pas un emplacement.
letter-fix-not-a-location = Veuillez écrire la latitude et la longitude en degrés décimaux, par exemple 48.2082 16.3738.
letter-problem-off-the-globe = { $value } n’est pas un point du globe.
letter-fix-off-the-globe = Veuillez indiquer une latitude comprise entre -90 et 90 et une longitude comprise entre -180 et 180.
letter-problem-too-few-points = { $value } compte trop peu de points.
letter-fix-too-few-points = Veuillez donner les points en latitude et longitude, séparés par des points-virgules : deux au moins pour une ligne, trois au moins pour une zone.
letter-problem-not-relevant = La question ne s’applique pas à votre réponse ; la réponse est conservée.
letter-fix-not-relevant = Aucune mesure n’est nécessaire.
letter-problem-required = Cette question appelle une réponse et n’en a pas.
letter-fix-required = Veuillez y répondre ; si l’information n’est pas disponible, veuillez l’indiquer dans la réponse.
letter-problem-constraint = La réponse { $value } n’est pas acceptée.
letter-fix-constraint = Veuillez vérifier la réponse.
letter-problem-constraint-unchecked = La réponse n’a pas pu être vérifiée ici ; elle l’a été lors de sa saisie.
letter-fix-constraint-unchecked = Aucune mesure n’est nécessaire.
letter-problem-constraint-broken = La réponse n’a pas pu être vérifiée, en raison d’une erreur dans le questionnaire.
letter-fix-constraint-broken = Aucune mesure n’est nécessaire ; le secrétariat corrigera le questionnaire.

## Titres par défaut du document d’information
info-title = États Membres de l’Organisation des Nations Unies par groupe régional et leur participation à la Convention et aux Protocoles s’y rapportant
info-author = Note du Secrétariat

numbering-figure = I
numbering-table = 1

place-and-dates = { $place }, { $dates }

## Le rapport analytique

report-title = Application { $instrument_of } : informations reçues des États pour le { $cycle ->
    [1] premier
    [2] deuxième
    [3] troisième
    [4] quatrième
    [5] cinquième
   *[other] { $cycle }e
} cycle d’établissement des rapports
report-title-revised = Application { $instrument_of } : informations actualisées à partir des réponses supplémentaires reçues des États pour le { $cycle ->
    [1] premier
    [2] deuxième
    [3] troisième
    [4] quatrième
    [5] cinquième
   *[other] { $cycle }e
} cycle d’établissement des rapports
report-revision-text = Le présent document actualise le document { $symbol }, qui présentait les informations reçues au { $original_date }. { $count ->
    [0] Aucune autre réponse n’avait été reçue au { $date } ; l’annexe { $annex } le signale.
    [one] Il tient compte de la réponse d’un État supplémentaire, reçue au { $date } et indiquée à l’annexe { $annex }, qui présente aussi les chiffres modifiés.
   *[other] Il tient compte des réponses de { $count } États supplémentaires, reçues au { $date } et énumérées à l’annexe { $annex }, qui présente aussi les chiffres modifiés.
}
report-annex-revision = Réponses reçues après le { $date } et chiffres modifiés
report-annex-revision-states = { $count ->
    [0] Aucun État n’a répondu après le { $date }.
    [one] L’État suivant a répondu après le { $date }.
   *[other] Les { $count } États suivants ont répondu après le { $date }.
}
report-annex-revision-figures = Chiffres modifiés depuis le document { $symbol }
report-revision-row-parties = États parties ayant répondu
report-revision-row-choice = Question { $number } : { $choice }
report-revision-column-figure = Chiffre
report-revision-column-as-at = Au { $date }
report-comparison = Comparaison avec le cycle précédent d’établissement des rapports
report-change = { $direction ->
    [up] en hausse par rapport au cycle précédent ({ $then })
    [down] en baisse par rapport au cycle précédent ({ $then })
   *[same] comme lors du cycle précédent
}
report-comparison-rate = Lors du cycle précédent d’établissement des rapports, { WORDS($then_responded) } des { $then_parties } { $population ->
    [members] États Membres
    [invited] États invités à répondre
   *[parties] États parties { $short_to }
} ({ $then_percent }) avaient répondu au { $then_date }. Le taux de réponse du présent cycle est de { $now }, { $change } (voir tableau { $table }).
report-comparison-first = { $count ->
    [0] Aucun État n’a répondu pour la première fois lors du présent cycle.
    [one] Un État a répondu pour la première fois lors du présent cycle :
   *[other] Les { WORDS($count) } États suivants ont répondu pour la première fois lors du présent cycle :
}
report-comparison-not-again = { $count ->
    [one] Un État qui avait répondu lors du cycle précédent n’a pas encore répondu :
   *[other] Les { WORDS($count) } États suivants, qui avaient répondu lors du cycle précédent, n’ont pas encore répondu :
}
report-comparison-rate-caption = Réponses des { $population ->
    [members] États Membres
    [invited] États invités à répondre
   *[parties] États parties
}, par groupe régional, lors du cycle précédent et du présent cycle
report-comparison-column-then = Cycle précédent, au { $date }
report-comparison-column-now = Présent cycle, au { $date }
report-comparison-mandatory = Sur l’ensemble des réponses relatives aux dispositions impératives, { $now } indiquaient que la disposition était appliquée, { $change }. Le tableau { $table } compare les deux cycles disposition par disposition.
report-comparison-all = Sur l’ensemble des réponses relatives aux dispositions, { $now } indiquaient que la disposition était appliquée, { $change }. Le tableau { $table } compare les deux cycles disposition par disposition.
report-comparison-rose = La progression la plus forte concerne { $provision } : { $now } des États auxquels la question s’appliquait ont déclaré l’appliquer, { $change }.
report-comparison-provisions-caption = Réponses indiquant qu’une disposition est appliquée, lors du cycle précédent et du présent cycle (pourcentage des États auxquels la question s’appliquait)
report-author = Rapport analytique du Secrétariat
report-introduction = Introduction
report-mandate = Mandat
report-scope = Portée et structure du rapport
report-replies = Réponses reçues
report-overview = Aperçu de l’application signalée
report-assistance = Besoins d’assistance technique
report-conclusions = Observations finales
report-total = Total
report-all-states = Ensemble des États
report-unanswered-label = Sans réponse
report-article = { $title } ({ $provision })
report-chapter-range = { $count ->
    [2] { $first } et { $last }
   *[other] { $first } à { $last }
}
ref-chapter = I
ref-figure = I
report-scope-text = Le présent rapport résume les informations communiquées par les États dans leurs réponses au questionnaire sur l’application { $instrument_of } pour le { $cycle ->
    [1] premier
    [2] deuxième
    [3] troisième
   *[other] { $cycle }e
} cycle d’établissement des rapports, telles que le Secrétariat les avait reçues au { $date }.
report-scope-questions = Le questionnaire comportait { $questions } questions portant sur { PLURAL($articles) ->
    [one] un article
   *[other] { WORDS($articles) } articles
} { $short_of }. Comme dans le texte { $short_of }, les questions relatives aux dispositions impératives sont distinguées des questions relatives aux dispositions que les États parties doivent envisager ou peuvent adopter.
report-scope-structure = Les chapitres { $chapters } analysent les réponses section par section et article par article ; le chapitre { $assistance } présente les besoins d’assistance technique signalés et le chapitre { $conclusions } contient des observations finales. L’annexe I énumère les États qui ont répondu et l’annexe II contient des tableaux statistiques par groupe régional.
report-scope-structure-one = Le chapitre { $chapters } analyse les réponses article par article ; le chapitre { $assistance } présente les besoins d’assistance technique signalés et le chapitre { $conclusions } contient des observations finales. L’annexe I énumère les États qui ont répondu et l’annexe II contient des tableaux statistiques par groupe régional.
report-scope-basis = Sauf indication contraire, les pourcentages se rapportent aux États auxquels une question s’appliquait, c’est-à-dire aux États qui ont répondu et dont les réponses antérieures rendaient la question pertinente ; ils sont arrondis à l’unité la plus proche.{ $population ->
    [parties] {" "}Les réponses des États signataires et des États qui ne sont ni parties ni signataires sont prises en compte dans l’analyse{ $note }.
   *[other] { $note }
}
report-replies-none = Au { $date }, aucun État n’avait répondu au questionnaire. L’analyse sera présentée lorsque des réponses auront été reçues.
report-replies-text = Au { $date }, { WORDS($responded) } des { $parties } { $population ->
    [members] États Membres
    [invited] États invités à répondre
   *[parties] États parties { $short_to }
} ({ $percent }) avaient répondu au questionnaire.
report-replies-both = Des réponses ont également été reçues { PLURAL($signatories) ->
    [one] d’un État signataire
   *[other] de { WORDS($signatories) } États signataires
} et { PLURAL($others) ->
    [one] d’un État qui n’est
   *[other] de { WORDS($others) } États qui ne sont
} ni parties ni signataires ; elles sont prises en compte dans l’analyse mais non dans le taux de réponse.
report-replies-signatories = Des réponses ont également été reçues { PLURAL($signatories) ->
    [one] d’un État signataire
   *[other] de { WORDS($signatories) } États signataires
} ; elles sont prises en compte dans l’analyse mais non dans le taux de réponse.
report-replies-others = Des réponses ont également été reçues { PLURAL($others) ->
    [one] d’un État qui n’est ni partie ni signataire
   *[other] de { WORDS($others) } États qui ne sont ni parties ni signataires
} ; elles sont prises en compte dans l’analyse mais non dans le taux de réponse.
report-replies-late = { PLURAL($late) ->
    [one] Une réponse reçue après le { $date } n’est pas prise
   *[other] { $late } réponses reçues après le { $date } ne sont pas prises
} en compte.
report-replies-groups = Le taux de réponse { $population ->
    [parties] des États parties
   *[other] {""}
} allait de { $low } pour le groupe des { $low_group } à { $high } pour le groupe des { $high_group } (voir tableau { $table } et figure { $figure }).
report-rate-caption = Réponses des { $population ->
    [members] États Membres
    [invited] États invités à répondre
   *[parties] États parties
}, par groupe régional
report-rate-chart-caption = Taux de réponse des { $population ->
    [members] États Membres
    [invited] États invités à répondre
   *[parties] États parties
}, par groupe régional (en pourcentage)
chart-rate-measure = taux de réponse des { $population ->
    [members] États Membres
    [invited] États invités à répondre
   *[parties] États parties
} (en pourcentage)
chart-rate-category = groupe régional
column-group = Groupe régional
column-parties = { $population ->
    [members] États Membres
    [invited] États invités
   *[parties] États parties
}
column-replies = Réponses
column-rate = Taux de réponse
column-provision = Disposition
column-obligation = Caractère
column-applicable = États concernés
column-answers = Réponses
column-implemented = Appliquée
column-share = Proportion
column-answered = Ont répondu
column-answering = États ayant fourni un chiffre
column-median = Médiane
column-min = Minimum
column-max = Maximum
column-sum = Total
column-article = Article
column-kind = Type d’assistance
report-overview-text = Le tableau { $table } montre, pour chaque disposition visée par le questionnaire, comment ont répondu les États auxquels la question s’appliquait, les dispositions impératives venant en premier. Sur l’ensemble des réponses relatives aux dispositions impératives, { $mandatory } indiquaient que la disposition était appliquée ; pour les autres dispositions, cette proportion était de { $other }.
report-overview-text-mandatory = Le tableau { $table } montre, pour chaque disposition visée par le questionnaire, comment ont répondu les États auxquels la question s’appliquait. Sur l’ensemble des réponses relatives à ces dispositions impératives, { $mandatory } indiquaient que la disposition était appliquée.
report-overview-text-other = Le tableau { $table } montre, pour chaque disposition visée par le questionnaire, comment ont répondu les États auxquels la question s’appliquait.
report-overview-groups = Pour l’ensemble des dispositions, { $all } des réponses indiquaient que la disposition était appliquée, de { $low } pour le groupe des { $low_group } à { $high } pour le groupe des { $high_group } (voir tableau { $table }).
report-overview-extremes = Par disposition, la proportion des États concernés ayant déclaré appliquer la disposition allait de { $least_percent } ({ $least }) à { $most_percent } ({ $most }).
report-overview-spread = C’est pour la disposition suivante que les groupes régionaux différaient le plus : { $provision }, déclarée appliquée par { $high } des États concernés pour le groupe des { $high_group }, contre { $low } pour le groupe des { $low_group }.
report-overview-caption = Réponses sur l’application de chaque disposition (en pourcentage des États auxquels la question s’appliquait)
report-implementation-caption = Réponses indiquant qu’une disposition est appliquée, par groupe régional
report-question = Question { $number } : { $label }
report-obligation-mandatory = En vertu du { $provision } { $short_of }, les États parties sont tenus de prendre les mesures visées par la question { $number } : il s’agit d’une disposition impérative.
report-obligation-shall_consider = En vertu du { $provision } { $short_of }, les États parties sont tenus d’envisager les mesures visées par la question { $number }.
report-obligation-optional = Les mesures visées par la question { $number } sont facultatives en vertu du { $provision } { $short_of }.
report-no-applicable = La question { $number } ne s’appliquait à aucun des États qui ont répondu.
report-choices = Sur les { WORDS($applicable) } États auxquels la question { $number } s’appliquait, { $distribution }.
report-choice-first = { $count } ({ $percent }) ont répondu { $label }
report-choice-next = { $count } ({ $percent }) { $label }
report-choice-unanswered = { $count } ({ $percent }) n’ont pas répondu
report-multiple = Sur les { WORDS($applicable) } États auxquels la question { $number } s’appliquait, { $distribution }.
report-multiple-first = { $count } ({ $percent }) ont coché { $label }
report-ungrouped = Questions générales
report-scope-sections = Le questionnaire comportait { $questions } questions réparties en { PLURAL($sections) ->
    [one] une section
   *[other] { WORDS($sections, form: "feminine") } sections
}.
report-dates = Sur les { WORDS($applicable) } États auxquels la question { $number } s’appliquait, { WORDS($answered) } ({ $percent }) ont indiqué une date, du { $earliest } au { $latest }.
report-dates-same = Sur les { WORDS($applicable) } États auxquels la question { $number } s’appliquait, { WORDS($answered) } ({ $percent }) ont indiqué une date, toujours le { $earliest }.
report-dates-none = Aucun des { $applicable } États auxquels la question { $number } s’appliquait n’a indiqué de date.
report-text-by = Sur les { WORDS($applicable) } États auxquels la question { $number } s’appliquait, { WORDS($answered) } ({ $percent }) y ont répondu : { $by }.
report-text-by-first = { $all ->
    [all] { $gave ->
        [1] celui qui avait
        [2] les deux qui avaient
       *[other] la totalité des { $gave } qui avaient
    }
    [none] { $gave ->
        [1] pas celui qui avait
       *[other] aucun des { $gave } qui avaient
    }
   *[some] { $wrote } des { $gave } qui avaient
} répondu { $label } à la question { $lead }
report-text-by-next = { $all ->
    [all] { $gave ->
        [1] celui qui avait
        [2] les deux qui avaient
       *[other] la totalité des { $gave } qui avaient
    }
    [none] { $gave ->
        [1] pas celui qui avait
       *[other] aucun des { $gave } qui avaient
    }
   *[some] { $wrote } des { $gave } qui avaient
} répondu { $label }
report-text-compilation = Les réponses sont reproduites telles qu’elles ont été reçues dans la compilation des réponses ({ $symbol }).
report-repeat-title = Tableau du questionnaire : { $title }
report-repeat = Sur les { $respondents } États ayant répondu, { $states } ({ $percent }) ont rempli le tableau { $title }, soit { $rows } { PLURAL($rows) ->
    [one] ligne
   *[other] lignes
} au total.
report-repeat-none = Aucun des États ayant répondu n’a rempli le tableau { $title }.
report-repeat-unanswered = Il n’a été répondu à la question { $number } ({ $label }) dans aucune ligne.
report-repeat-choice = { $count } { $label }
report-repeat-choices = Il a été répondu à la question { $number } ({ $label }) dans { $answered } { PLURAL($answered) ->
    [one] ligne
   *[other] lignes
} : { $distribution }.
report-repeat-numbers = Il a été répondu à la question { $number } ({ $label }) dans { $answered } { PLURAL($answered) ->
    [one] ligne
   *[other] lignes
} : la médiane était de { $median }, les chiffres allaient de { $min } à { $max } et leur total était de { $total }.
report-repeat-answered = Il a été répondu à la question { $number } ({ $label }) dans { $answered } { PLURAL($answered) ->
    [one] ligne
   *[other] lignes
}.
report-analysis-untranslated = [Le texte ci-après n’est pas encore disponible en français ; il est donné en anglais.]
compilation-title = { $form } : compilation des réponses reçues
compilation-author = Document de séance établi par le Secrétariat
compilation-intro = Le présent document de séance reproduit, question par question, les réponses des { $count } États ayant répondu au questionnaire au { $date }, telles qu’elles ont été reçues. Les États sont présentés dans l’ordre alphabétique ; les réponses aux questions portant sur des données personnelles ne sont pas reproduites.
compilation-report = Les réponses sont analysées dans le rapport du Secrétariat { $symbol }.
compilation-no-report = Les réponses sont reproduites sans analyse.
compilation-unanswered = Parmi les États auxquels la question { $number } s’appliquait, { $count } n’y { PLURAL($count) ->
    [one] a
   *[other] ont
} pas répondu.
compilation-column-state = État
compilation-column-answer = Réponse
compilation-none = Aucun État n’a répondu à cette question.
report-multiple-next = { $count } ({ $percent }) { $label }
report-multiple-none = Aucun des { $applicable } États auxquels la question { $number } s’appliquait n’a coché d’option.
report-numbers = En réponse à la question { $number }, { PLURAL($answering) ->
    [one] un État a fourni
   *[other] { WORDS($answering) } États ont fourni
} un chiffre : la médiane était de { $median }, les chiffres allaient de { $min } à { $max } et leur total était de { $total }.
report-numbers-none = Aucun État n’a fourni de chiffre en réponse à la question { $number }.
report-answered = La question { $number } s’appliquait à { $applicable } États ; { $answered } d’entre eux ({ $percent }) y ont répondu.
report-chart-caption = Réponses à la question { $number }, par groupe régional (nombre d’États)
chart-answers-measure = réponses à la question { $number } (nombre d’États)
report-ta-no-replies = Aucun État n’avait répondu au questionnaire.
report-ta-none = Aucun des États qui ont répondu n’a demandé d’assistance technique.
report-ta-any = Sur les { WORDS($respondents) } États qui ont répondu, { WORDS($count) } ({ $percent }) ont demandé une assistance technique pour appliquer au moins un des articles visés par le questionnaire.
report-ta-articles = Les demandes portaient le plus souvent sur les articles suivants : { $articles } (voir tableau { $table }).
report-ta-kinds = Les types d’assistance les plus souvent demandés étaient les suivants : { $kinds } (voir tableau { $table } et figure { $figure }).
report-ta-articles-caption = États demandant une assistance technique, par article et par groupe régional
report-ta-kinds-caption = Types d’assistance technique demandés, par groupe régional (nombre d’États)
report-ta-kinds-chart-caption = États demandant chaque type d’assistance technique
chart-kinds-measure = nombre d’États demandant chaque type d’assistance
chart-kinds-category = type d’assistance
report-annex-respondents = États ayant répondu au questionnaire au { $date }
report-annex-respondents-text = Les { $count } États ci-après ont répondu au questionnaire au plus tard le { $date }.
report-annex-respondents-marked = Les { $count } États ci-après ont répondu au questionnaire au plus tard le { $date }. Les États signataires sont signalés par un astérisque (*) et les États qui ne sont ni parties ni signataires par deux (**).
report-annex-tables = Tableaux statistiques par groupe régional
report-annex-tables-text = Les tableaux indiquent, pour chaque question, le nombre d’États par groupe régional. Un tiret (—) signale un chiffre qui ne peut être calculé.
report-annex-caption = Question { $number } : { $label }
instrument-of-untoc = de la Convention des Nations Unies contre la criminalité transnationale organisée
instrument-of-tip = du Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants
instrument-of-som = du Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée
instrument-of-fa = du Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée
instrument-short-of-untoc = de la Convention
instrument-short-of-tip = du Protocole relatif à la traite des personnes
instrument-short-of-som = du Protocole relatif au trafic illicite de migrants
instrument-short-of-fa = du Protocole relatif aux armes à feu
instrument-short-to-untoc = à la Convention
instrument-short-to-tip = au Protocole relatif à la traite des personnes
instrument-short-to-som = au Protocole relatif au trafic illicite de migrants
instrument-short-to-fa = au Protocole relatif aux armes à feu
report-questionnaire-of = du questionnaire

## Profils de pays

profile-title = Profil de pays
profile-as-at = Au { $date }
profile-group = Groupe régional : { $group }
profile-prepared = Établi par le Secrétariat sur la base des informations reçues de l’État au { $date }.
profile-footer = Profil de pays : { $state }, au { $date }
profile-treaties = Participation à la Convention et aux Protocoles
profile-reporting = Réponses aux questionnaires
profile-implementation = Application signalée
profile-implementation-of = Application : { $title }
profile-compare = Dispositions signalées comme appliquées
profile-assistance = Assistance technique demandée
profile-column-instrument = Instrument
profile-column-status = Statut
profile-column-date = Date
profile-column-questionnaire = Questionnaire
profile-column-reply = Réponse
profile-column-number = No
profile-column-question = Question
profile-column-answer = Réponse
profile-column-state = L’État
profile-column-group = Son groupe régional
profile-column-all = Ensemble des États ayant répondu
profile-column-article = Article
profile-column-kinds = Types d’assistance
profile-party = Partie
profile-signatory = Signataire
profile-not-party = Non partie
profile-reply-counted = Reçue le { $date }.
profile-reply-late = Reçue le { $date }, après la date limite.
profile-reply-replaced = Elle remplace { PLURAL($count) ->
    [one] une réponse antérieure, reçue le { $dates }.
   *[other] des réponses antérieures, reçues le { $dates }.
}
profile-reply-rejected = Une réponse a été reçue le { $date }, mais n’a pas encore pu être prise en compte.
profile-reply-none = Aucune réponse reçue au { $date }.
profile-reply-previous = Lors du cycle précédent : reçue le { $date }.
profile-since = Par rapport à sa réponse du { $date } lors du cycle précédent d’établissement des rapports, { $changed ->
    [0] aucune de ses { $compared } réponses n’a changé.
    [one] une de ses { $compared } réponses a changé ; la réponse précédente figure en dessous. Les autres réponses sont inchangées.
   *[other] { WORDS($changed, form: "feminine") } de ses { $compared } réponses ont changé ; la réponse précédente figure sous chacune d’elles. Les autres réponses sont inchangées.
}
profile-previous-answer = Cycle précédent : { $answer }
profile-no-reply = Au { $date }, { $state_the } n’avait pas répondu aux questionnaires.
profile-no-answer = Sans réponse
profile-answered-not-applicable = { $answer } (réponse donnée bien que la question ne s’appliquât pas)
profile-compare-text = Le tableau et la figure indiquent la proportion des réponses relatives à l’application d’une disposition qui la signalaient comme appliquée : pour { $state_the }, pour le groupe des { $group } et pour l’ensemble des États ayant répondu. Ces chiffres sont ceux des rapports analytiques.
profile-compare-caption = Réponses signalant une disposition comme appliquée (en pourcentage)
profile-all-respondents = Ensemble des États ayant répondu
chart-compare-measure = proportion des réponses signalant une disposition comme appliquée
chart-compare-category = questionnaire
profile-assistance-none = { $state_the_cap } n’a pas demandé d’assistance technique dans ses réponses.
profile-assistance-text = { $state_the_cap } a répondu comme suit au sujet de ses besoins d’assistance technique.

profile-not-applicable-list = { PLURAL($count) ->
    [one] La question { $questions } ne s’appliquait pas à cette réponse.
   *[other] Les questions { $questions } ne s’appliquaient pas à cette réponse.
}

profile-column-requested = Demandée

## Questionnaires imprimés

quest-cycle = { $cycle ->
    [1] Premier
    [2] Deuxième
    [3] Troisième
   *[other] { $cycle }e
} cycle d’établissement des rapports
quest-deadline = Veuillez renvoyer le questionnaire rempli au plus tard le { $date }.
quest-return-to = À renvoyer à : { $address }
quest-state = État : { $state }
quest-on-record = Réponse enregistrée :
quest-prefilled = Sous chaque question figure la réponse donnée dans votre réponse reçue le { $date }. Si elle reste valable, cochez « Sans changement » et laissez les cases de réponse vides ; ne répondez que là où elle a changé.
quest-prefilled-previous = Sous chaque question figure la réponse donnée dans votre réponse au cycle précédent d’établissement des rapports, reçue le { $date }. Si elle reste valable, cochez « Sans changement » et laissez les cases de réponse vides ; ne répondez que là où elle a changé.
quest-instructions-title = Comment remplir ce questionnaire
quest-instructions = Utilisez un stylo à bille noir ou bleu et écrivez en lettres capitales.|Mettez une croix (X) dans la case de votre réponse. « Cochez une case » signifie une seule réponse ; « Cochez toutes les réponses applicables » signifie toutes les réponses qui s’appliquent.|Pour annuler une réponse, noircissez entièrement sa case, puis mettez une croix dans la bonne case.|Écrivez un chiffre par case, en commençant par la droite ; écrivez les dates sous la forme jour, mois, année.|Lorsqu’une question ne s’applique pas à votre pays, suivez l’indication placée à côté de votre réponse précédente (« passez à la question… ») ou sous la question (« Répondre seulement si… »).|N’agrafez pas, ne pliez pas et ne réduisez pas les pages. Renvoyez toutes les pages, même celles laissées en blanc.
quest-focal-title = La personne qui a coordonné la réponse
quest-tick-one = Cochez une case.
quest-tick-all = Cochez toutes les réponses applicables.
quest-capitals = Écrivez en lettres capitales.
quest-digits = Un chiffre par case.
quest-other = Autre (veuillez préciser)
quest-go-to = Si { $choice }, passez à la question { $number }.
quest-go-to-end = Si { $choice }, passez à la fin du questionnaire.
quest-footer = Questionnaire { $form }, version { $version }
quest-day = JJ
quest-month = MM
quest-year = AAAA
quest-hour = HH
quest-minute = MM
quest-latitude = Latitude
quest-longitude = Longitude
quest-attach = Joignez le fichier, la photographie ou l’enregistrement à votre réponse et indiquez-en le nom ici.
quest-end = Fin du questionnaire. Merci.

quest-tick-ok = Cochez la case pour confirmer.
quest-scale = Cochez une seule valeur.
quest-rank = Numérotez les éléments de 1, le plus important, à { $count }.
quest-time = Sur 24 heures.
quest-geo = En degrés décimaux ; un signe moins pour le sud et l’ouest.
quest-geo-points = Un point par ligne, dans l’ordre.
quest-media-shown = (Le formulaire électronique affiche ici un fichier : { $file }.)

## Classeurs de réponse (palermo workbook)

wb-sheet-answers = Réponses
wb-sheet-instructions = Mode d’emploi
wb-help = Comment répondre
wb-instructions = Répondez uniquement dans la colonne « answer » : les autres cellules sont verrouillées.|Ne modifiez pas la colonne « name » : elle indique à palermo à quelle question se rapporte chaque réponse.|Choisissez une réponse dans la liste de la cellule. Lorsque toutes les réponses applicables sont demandées, écrivez-les séparées par des virgules.|Remplissez les lignes « state » (le code à trois lettres de votre pays) et « submitted » (la date d’envoi de la réponse).|Une question peut dépendre d’une réponse précédente : sa note indique quand y répondre. Laissez les autres vides.|Enregistrez le fichier au format Excel (.xlsx) et renvoyez-le tel quel, sans renommer les feuilles.
wb-state = État (code ISO à trois lettres)
wb-submitted = Date d’envoi de la réponse
wb-version = Version du questionnaire (ne pas modifier)
wb-text = Texte.
wb-whole = Un nombre entier.
wb-decimal = Un nombre.
wb-between = De { $low } à { $high }.
wb-at-least = Au moins { $low }.
wb-at-most = Au plus { $high }.
wb-date = Une date : AAAA-MM-JJ.
wb-time = Une heure : HH:MM, sur 24 heures.
wb-date-time = Une date et une heure : AAAA-MM-JJ HH:MM.
wb-choose-one = Choisissez une réponse dans la liste.
wb-choose-many = Écrivez toutes les réponses applicables, séparées par des virgules : { $choices }.
wb-rank = Écrivez tous les choix, le plus important d’abord, séparés par des virgules : { $choices }.
wb-range = Un nombre de { $start } à { $end }, par pas de { $step }.
wb-geo = Latitude et longitude en degrés décimaux, séparées par une espace.
wb-geo-points = Des points (latitude et longitude) séparés par des points-virgules.
wb-file = Le nom du fichier joint à la réponse.
wb-acknowledge = Choisissez OK pour confirmer.
wb-error-title = Réponse non acceptée
wb-repeat = { $title } : une ligne par élément.
wb-no-change = Sans changement
wb-no-change-help = Choisissez « Sans changement » là où la réponse inscrite reste valable ; là où vous corrigez une réponse, laissez la case vide.
wb-prefilled = Les réponses sont celles de votre réponse reçue le { $date }. Là où une réponse reste valable, choisissez « Sans changement » à côté ; ne corrigez que ce qui a changé.
wb-prefilled-previous = Les réponses sont celles de votre réponse au cycle précédent d’établissement des rapports, reçue le { $date }. Là où une réponse reste valable, choisissez « Sans changement » à côté ; ne corrigez que ce qui a changé.
site-title = Documents de la session
site-venue = { $session }, { $place }, { $dates }
site-languages = Langues
site-documents = Documents
site-column-symbol = Cote
site-column-title = Titre
site-column-date = Date
site-column-versions = Versions linguistiques
site-version-label = { $language } : PDF, { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $size }
site-size = { $kb } Ko
site-item = { $line } : { $title }
site-other = Autres documents
site-questionnaires = Questionnaires
site-profiles = Profils de pays
site-data = Données
site-data-text = Les chiffres de chaque rapport analytique sont accessibles depuis sa ligne (CSV) ; les réponses à chaque questionnaire forment un jeu de données ouvert, une ligne par État et par question, décrit par son paquet de données.
site-figures-csv = Chiffres (CSV)
site-data-replies = Réponses au { $form } (CSV)
site-data-package = Description du jeu de données (Frictionless Data Package, JSON)
site-back = Tous les documents de la session
site-data-link = Données (CSV)
site-table = Tableau { $n }
site-figure = Figure { $n }
site-html = { $language } : page Web (HTML)

## The review sheet of scanned questionnaires (palermo scan: out/scans/review.pdf)
scan-review-title = Questionnaires numérisés à vérifier
scan-review-summary = Lecture du { $date }. Pages : { $pages } (fichiers : { $files }). Projets de réponse : { $replies }. Réponses lues avec certitude : { $certain } ; à confirmer ou à saisir ci-dessous : { $review }.
scan-review-unread = Pages non lues
scan-review-source = { $file }, page { $page }
scan-review-reply = { $form } : { $state }, exemplaire : { $lang }
scan-review-unknown-state = État inconnu (exemplaire vierge : inscrire son code dans « state »)
scan-review-draft = Projet de réponse : { $file }. Le corriger, puis l’accepter avec palermo scan --accept.
scan-review-missing = Pages du questionnaire absentes des numérisations : { $pages }.
scan-review-twice = { $source } est de nouveau la page { $page } : elle n’a pas été lue.
scan-review-to-check = À confirmer ou à saisir
scan-review-seen = Lu : { $seen }
scan-review-nothing-seen = Lu : rien de certain
scan-review-certain = Lu avec certitude (pour un contrôle par sondage)
scan-review-question = Question
scan-review-answer = Réponse lue
scan-review-crop-alt = La zone de réponse numérisée de la question { $question }
scan-why-faint = Une marque entre les deux seuils : trait léger, trait venu d’une autre case ou case en partie remplie.
scan-why-two-ticks = Plus d’une case cochée là où une seule réponse est demandée.
scan-why-filled-alone = Une case noircie (une annulation) et aucune autre case cochée.
scan-why-registration = La page n’a pas pu être repérée exactement sur la numérisation : vérifier chaque marque à l’œil.
scan-why-no-change = « Pas de changement » coché avec une nouvelle réponse, ou sans réponse enregistrée.
scan-why-written = Écrit à la main : le saisir dans le projet.
