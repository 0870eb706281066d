# palermo's phrases in English: every word a reader sees in a document.
#
# One message per phrase. `{ $name }` is a value palermo gives (a State's name, a date, a
# count); `{ PLURAL($n) -> [one] … *[other] … }` picks the plural form of a count (CLDR
# categories: zero, one, two, few, many, other); `{ WORDS($n) }` writes a number under ten in
# words (from `number-words`; `WORDS($n, form: "feminine")` from `number-words-feminine`, a form
# each language names for itself). A conference corrects any message by putting its own
# templates/messages/en.ftl, holding only the messages it changes, in its folder.
# Syntax: https://projectfluent.org/fluent/guide

## Conventions of the language

language-name = { $code ->
    [ar] Arabic
    [zh] Chinese
    [fr] French
    [ru] Russian
    [es] Spanish
   *[en] English
}
# The letter of the language version in a job number: V.26-01234 (E).
job-letter = E
number-words = zero|one|two|three|four|five|six|seven|eight|nine
number-in-words = { WORDS($n) }
# Where a line may not break (`|`-separated, lower case; `*` ends a prefix): the space between
# these words and the number after them, between a number and these words after it, and before
# these marks, is non-breaking.
typography-number-after = article*|table*|figure*|paragraph*|question*|annex*|chapter*|decision*|resolution*|page*|section*|no.
typography-unit-after-number = per
typography-never-first = {""}
percent = { $value } per cent
percent-of = { $value } per cent
percent-short = { $value }%
fraction = { $which ->
    [half] half
    [third] one third
    [two-thirds] two thirds
    [quarter] one quarter
   *[three-quarters] three quarters
}
list-separator = {", "}
list-and = { $first } and { $last }
list-or = { $first } or { $last }
quote-open = “
quote-close = ”
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date = { $day }{"\u00A0"}{ $month }{"\u00A0"}{ $year }
date-range-same-month = { $day1 }-{ $day2 }{"\u00A0"}{ $month2 }{"\u00A0"}{ $year2 }
date-range-same-year = { $day1 } { $month1 }-{ $day2 }{"\u00A0"}{ $month2 }{"\u00A0"}{ $year2 }
date-range = { $date1 }-{ $date2 }
# Dates in tables short of space.
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = Mar.
month-short-4 = Apr.
month-short-5 = May
month-short-6 = June
month-short-7 = July
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Oct.
month-short-11 = Nov.
month-short-12 = Dec.
date-short = { $day }{"\u00A0"}{ $month }{"\u00A0"}{ $year }

## How headings and paragraphs are numbered (Typst numbering patterns, or a list of labels
## separated by |)

numbering-chapter = I.
numbering-section = A.
numbering-subsection = 1.
numbering-subparagraph = (a)
numbering-subsubparagraph = (i)
numbering-paragraph = 1.
numbering-annex = { $n ->
    [1] Annex I
    [2] Annex II
    [3] Annex III
   *[other] Annex { $n }
}
figure-supplement = Figure
table-supplement = Table
contents-title = Contents
contents-chapter = Chapter
contents-paragraphs = Paragraphs
contents-page = Page
page-of = Page { $page } of { $total }

## Masthead and page furniture of a conference document

united-nations = United Nations
distribution = { $kind ->
    [limited] Distr.: Limited
    [restricted] Distr.: Restricted
   *[general] Distr.: General
}
# The language lines under the date, separated by |.
masthead-language-lines = Original: { $original ->
    [ar] Arabic
    [zh] Chinese
    [fr] French
    [ru] Russian
    [es] Spanish
   *[en] English
}
# The language the masthead date is written in (Arabic, Chinese and Russian versions keep it in English).
masthead-date-language = en
session = { $n ->
    [1] First
    [2] Second
    [3] Third
    [4] Fourth
    [5] Fifth
    [6] Sixth
    [7] Seventh
    [8] Eighth
    [9] Ninth
    [10] Tenth
    [11] Eleventh
    [12] Twelfth
    [13] Thirteenth
    [14] Fourteenth
    [15] Fifteenth
    [16] Sixteenth
    [17] Seventeenth
    [18] Eighteenth
    [19] Nineteenth
    [20] Twentieth
   *[other] { $n }th
} session
agenda-line = Item { $item } of the provisional agenda
please-recycle = Please recycle
reproduced-as-received = The information has been reproduced as received.

## The five regional groups and the four instruments

group-african = African States
group-asia-pacific = Asia-Pacific States
group-eastern-european = Eastern European States
group-latin-american-caribbean = Latin American and Caribbean States
group-western-european-other = Western European and other States
group-short-african = Africa
group-short-asia-pacific = Asia-Pacific
group-short-eastern-european = Eastern Europe
group-short-latin-american-caribbean = Latin America and Caribbean
group-short-western-european-other = Western Europe and other
instrument-untoc = United Nations Convention against Transnational Organized Crime
instrument-tip = Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime
instrument-som = Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime
instrument-fa = Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime
instrument-short-untoc = Convention
instrument-short-tip = Trafficking in Persons Protocol
instrument-short-som = Smuggling of Migrants Protocol
instrument-short-fa = Firearms Protocol
# A subparagraph's or agenda sub-item's letter, as written (Arabic gives its abjad letter).
subparagraph-letter = { $subparagraph }
provision = { $subparagraph ->
    [none] { $paragraph ->
        [none] article { $article }
       *[other] article { $article }, paragraph { $paragraph }
    }
   *[other] { $paragraph ->
        [none] article { $article } ({ $subparagraph })
       *[other] article { $article }, paragraph { $paragraph } ({ $subparagraph })
    }
}
# A provision followed by "of the Convention": "article 5, paragraph 1, of the Convention".
provision-of = { $subparagraph ->
    [none] { $paragraph ->
        [none] article { $article }
       *[other] article { $article }, paragraph { $paragraph },
    }
   *[other] { $paragraph ->
        [none] article { $article } ({ $subparagraph }),
       *[other] article { $article }, paragraph { $paragraph } ({ $subparagraph }),
    }
}
state-the = { $article ->
    [the] the { $name }
   *[none] { $name }
}
state-of = { $article ->
    [the] of the { $name }
   *[none] of { $name }
}
state-to = { $article ->
    [the] to the { $name }
   *[none] to { $name }
}
# The definite article a State's name may open with, as the language writes it joined (Arabic ال).
definite-prefix = {""}
# The letters a State's name may open with that make the language elide before it (French
# d’Israël, l’Argentine): $vowel in the state-* messages.
elision-initials = {""}
obligation-mandatory = mandatory
obligation-shall_consider = to be considered
obligation-optional = optional

## Charts (alt text is read aloud by screen readers)

chart-bar-alt = Bar chart of the { $measure } by { $category }: { $items }.
chart-stacked-alt = Stacked bar chart of { $measure } by { $category }: { $items }.
chart-item = { $label }, { $value }
chart-item-separator = {"; "}
chart-segment = { $label } { $value }

## The information document: States Members of the United Nations by regional group

info-introduction = Introduction
info-intro-scope = The present note lists the { $members } States Members of the United Nations by regional group and gives, for each of them, its participation as at { $date } in the United Nations Convention against Transnational Organized Crime and the three Protocols thereto. It is intended to assist the Conference in its review of the implementation of those instruments.
info-intro-totals = As at { $date }, the Convention had { $untoc } parties among the Member States, the Trafficking in Persons Protocol { $tip }, the Smuggling of Migrants Protocol { $som } and the Firearms Protocol { $fa }. Of the Member States, { WORDS($all) } were parties to all four instruments.{ $note }
info-dates-note = Dates in the tables are those of the deposit of the instrument of ratification, acceptance, approval or accession; “(s)” marks a signature not yet followed by ratification. The information has been reproduced as received.
info-by-group = Member States by regional group
info-groups-text = The Member States are distributed among the five regional groups as shown in figure I. The largest { $count ->
    [one] group is
   *[other] groups are
} { $groups }, with { WORDS($members) } members.
info-figure-caption = Number of Member States by regional group
info-group-text = The group of { $group } has { WORDS($members) } members, of which { WORDS($untoc) } are parties to the Convention, { WORDS($tip) } to the Trafficking in Persons Protocol, { WORDS($som) } to the Smuggling of Migrants Protocol and { WORDS($fa) } to the Firearms Protocol (see table { $table }).
info-table-caption = { $group }: participation in the Convention and the Protocols
info-column-state = State
info-signature-mark = (s)
chart-members-measure = number of Member States
chart-members-category = regional group

## Plain words for the conditions of a questionnaire (routing on paper, hints in letters)

expr-relevant = Answer only if { $condition }.
expr-constraint = Accepted only if { $condition }.
expr-required = Required if { $condition }.
expr-answered-value = you answered { $value } to question { $q }
expr-not-answered-value = you did not answer { $value } to question { $q }
expr-answered = you answered question { $q }
expr-not-answered = you did not answer question { $q }
expr-selected = you selected { $value } in question { $q }
expr-not-selected = you did not select { $value } in question { $q }
expr-answer-to = the answer to question { $q }
expr-this-answer = the answer
expr-characters = the number of characters in { $a }
expr-count-selected = the number of options selected in question { $q }
expr-matches = { $a } matches the pattern { $value }
expr-not = it is not the case that { $a }
expr-comparison = { $a } is { $op ->
    [eq] equal to
    [ne] different from
    [lt] less than
    [le] at most
    [gt] greater than
   *[ge] at least
} { $b }
expr-and = { $first } and { $last }
expr-or = { $first } or { $last }
expr-today = today’s date

## The feedback letter to a State

letter-office = United Nations Office on Drugs and Crime
letter-to = To: the Permanent Mission { $state_of } to the United Nations (Vienna)
letter-subject = Subject: your replies to the implementation questionnaires
letter-with-problems = The secretariat thanks { $state_the } for its replies. In checking them, it found the points listed below, which prevent some answers from being counted. The secretariat would be grateful to receive corrected replies by { $deadline }.
letter-no-problems = The secretariat thanks { $state_the } for its replies, which have been received and checked. No correction is needed.
letter-no-reply = The secretariat has not yet received replies from { $state_the } to the questionnaires. It would be grateful to receive them by { $deadline }.
letter-column-question = Question
letter-column-problem = Problem
letter-column-fix = How to correct it
letter-closing = The secretariat remains available for any assistance.
reminder-subject = Reminder: questionnaires on the implementation of the Convention and the Protocols thereto
reminder-opening = The Secretariat of the United Nations Office on Drugs and Crime presents its compliments to the Permanent Mission { $state_of } to the United Nations (Vienna) and has the honour to recall that{ $decision ->
    [none] {" "}the { $body }
   *[other] , in its decision { $decision }, the { $body }
} requested the Secretariat to collect information from States on their implementation of the Convention and the Protocols thereto through questionnaires.
reminder-outstanding = As at { $date }, the Secretariat had not received the { $count ->
    [one] reply
   *[other] replies
} of { $state_the } to the following { $count ->
    [one] questionnaire, which was due
   *[other] questionnaires, which were due
} by { $deadline }. The answer workbook prepared for { $state_the } is named beside each:
reminder-ways = Replies may be sent in any of the following ways:
reminder-way-online = { $url ->
    [none] online, through the form the Secretariat sent to the national focal point;
   *[other] online, through the form at { $url };
}
reminder-way-workbook = in the Excel answer workbook enclosed, returned by e-mail; the State's name is already entered{ $prefilled ->
    [yes] , and so are its answers to the previous reporting cycle, to be confirmed (“No change”) or corrected;
   *[no] ;
}
reminder-way-paper = { $printed ->
    [yes] on the printed questionnaire, which the Secretariat can send on request, returned by post.
   *[other] on paper, on a printed copy of the questionnaire, returned by post.
}
reminder-closing = The Secretariat of the United Nations Office on Drugs and Crime avails itself of this opportunity to renew to the Permanent Mission { $state_of } to the United Nations (Vienna) the assurances of its highest consideration.
letter-reply-of = Reply received on { $date }
letter-reply-undated = Reply received without a date
letter-reply-in-file = { $reply } (file { $file })
letter-file-heading = File { $file }
letter-about-submitted = Date of the reply
letter-about-state = State
letter-invisible-note = Characters that cannot be seen are shown as { "\\u{…}" } codes.
letter-problem-constraint-message = The answer { $value } is not accepted: { $message }
letter-problem-file-unreadable = The file could not be read ({ $why }).
letter-fix-file-unreadable = Please send the file again.
letter-problem-file-empty = The file is empty.
letter-fix-file-empty = Please send the file again; it may not have been saved or copied completely.
letter-problem-file-too-large = The file is { $size } MB, more than the { $max } MB that can be read.
letter-fix-file-too-large = Please remove images and unused sheets, or split the file.
letter-problem-file-grew = The file changed while it was being read.
letter-fix-file-grew = Please send the complete file again.
letter-problem-file-damaged = The file is damaged and could not be read.
letter-fix-file-damaged = Please open it in a spreadsheet program, save it again and send it again.
letter-problem-not-a-spreadsheet = The file is not a spreadsheet that can be read.
letter-fix-not-a-spreadsheet = Please save it as an Excel workbook (.xlsx) and send it again.
letter-problem-not-a-workbook = The file is not an .{ $extension } workbook: it may be cut short, or another kind of file renamed.
letter-fix-not-a-workbook = Please save it again from the spreadsheet program and send it again.
letter-problem-too-many-cells = The sheets of the file spread over { $cells } cells, too many to be read from an .{ $extension } file.
letter-fix-too-many-cells = Please save it as an Excel workbook (.xlsx), or delete the cells that lie far from the others.
letter-problem-password-protected = The workbook is protected by a password.
letter-fix-password-protected = Please remove the password, save the workbook and send it again.
letter-problem-misnamed = The file is named .{ $claimed } but is an .{ $actual } workbook.
letter-fix-misnamed = Please rename it .{ $actual } and send it again.
letter-problem-misfiled = The file was not filed with the replies to a questionnaire.
letter-fix-misfiled = No action is needed; the secretariat will file it.
letter-problem-no-data = The workbook holds no data.
letter-fix-no-data = Please send the replies again, with the header row and one row per reply.
letter-problem-sheet-empty = The sheet is empty.
letter-fix-sheet-empty = Please send the replies again, with the header row and one row per reply.
letter-problem-extra-sheet = The sheet { $sheet } was not read: replies are read from the first sheet.
letter-fix-extra-sheet = Please put all the replies on one sheet.
letter-problem-unreadable-line = A line of the file could not be read.
letter-fix-unreadable-line = Please check the quotation marks on this line.
letter-problem-duplicate-column = Two columns answer this question (the other is column { $other }).
letter-fix-duplicate-column = Please keep one column per question.
letter-problem-unknown-column = The column { $column } is not a question of the questionnaire; it was not read.
letter-fix-unknown-column = Please check the name of the column against the questionnaire.
letter-problem-not-json = The file is not valid JSON.
letter-fix-not-json = Please check the file; it may have been cut short.
letter-problem-json-shape = The file does not hold replies in the form expected.
letter-fix-json-shape = Please give each reply with its State, its date and its answers.
letter-problem-not-an-object = A reply in the file is not in the form expected.
letter-fix-not-an-object = Please give each reply with its State, its date and its answers.
letter-problem-unknown-field = The field { $field } was not read.
letter-fix-unknown-field = Please put the answers under “answers”.
letter-problem-answers-not-an-object = The answers are not in the form expected.
letter-fix-answers-not-an-object = Please give each answer after the name of its question.
letter-problem-repeat-not-a-list = The answers to { $repeat } must be a list of rows.
letter-fix-repeat-not-a-list = Please give one entry per row.
letter-problem-repeat-row-not-an-object = A row of a table of answers is not in the form expected.
letter-fix-repeat-row-not-an-object = Please give each answer of the row after the name of its question.
letter-problem-not-in-repeat = { $question } is not a question of the table { $repeat }; the answer was not read.
letter-fix-not-in-repeat = Please check the name of the question.
letter-problem-unknown-question = The questionnaire has no question { $question }; the answer was not read.
letter-fix-unknown-question = Please check the name of the question against the questionnaire.
letter-problem-unnamed-answer = An answer without the name of its question was not read.
letter-fix-unnamed-answer = Please keep the column of names as it was sent to you.
letter-problem-no-change-edited = A prefilled answer marked “no change” had been changed; the answer as written was read.
letter-fix-no-change-edited = Please clear “no change” where you corrected an answer, or write the earlier answer back.
letter-problem-answer-sheet-empty = The answer sheet is empty.
letter-fix-answer-sheet-empty = Please fill in the answers and the rows for the State and the date.
letter-problem-no-state = The reply does not say which State sent it.
letter-fix-no-state = Please give the three-letter code of your State.
letter-problem-unknown-state = { $value } is not the code of a State.
letter-fix-unknown-state = Please give the three-letter code of your State.
letter-problem-no-submitted = The reply does not give the date on which it was sent.
letter-fix-no-submitted = Please give the date on which the reply is sent, as YYYY-MM-DD.
letter-problem-not-party = Your State is not a party to the instrument of this questionnaire; its reply is kept and counted separately.
letter-fix-not-party = No action is needed.
letter-problem-other-version = The reply answers version { $version } of the questionnaire; the current version is { $current }.
letter-fix-other-version = No action is needed, unless a question has changed: the answers are checked against the current version.
letter-problem-no-answers = The reply holds no answers.
letter-fix-no-answers = Please fill in the answers; an empty reply cannot be counted.
letter-problem-superseded = A later reply to this questionnaire, received on { $date }, replaces this one.
letter-fix-superseded = No action is needed if the later reply is the right one.
letter-problem-ambiguous-state = { $value } may name more than one State ({ $states }).
letter-fix-ambiguous-state = Please give the three-letter code of your State.
letter-problem-review-refused = The reply was not approved when it was reviewed; it is not counted.
letter-fix-review-refused = Please send a corrected reply, or ask the secretariat to review it again.
letter-problem-review-held = The reply is on hold for review.
letter-fix-review-held = No action is needed unless the secretariat asks for a correction.
letter-problem-review-unknown = The reply's review state { $word } is not recognized; the reply is counted.
letter-fix-review-unknown = No action is needed.
letter-problem-duplicate = The same reply was received twice; it is counted once.
letter-fix-duplicate = No action is needed.
letter-problem-orphan-row = A row of a table of answers belongs to a reply that was not received ({ $parent }); it was not read.
letter-fix-orphan-row = Please send the reply together with its tables.
letter-problem-repeats-not-exported = The file does not contain the rows of the tables of answers ({ $repeat }).
letter-fix-repeats-not-exported = Please send the replies in the Excel answer workbook, which has a sheet for each table.
letter-problem-answered-twice = The question is answered twice.
letter-fix-answered-twice = Please keep one answer.
letter-problem-takes-no-answer = This item takes no answer; the answer was not read.
letter-fix-takes-no-answer = Please leave it empty.
letter-problem-read-as-choice = { $value } was read as the choice { $label }.
letter-fix-read-as-choice = No action is needed; please write the answers as the questionnaire lists them.
letter-problem-read-as-date = { $value } was read as the date { $date }.
letter-fix-read-as-date = Please check the date, and write dates as YYYY-MM-DD.
letter-problem-read-as-date-time = { $value } was read as { $date }, { $time }.
letter-fix-read-as-date-time = Please check the date and time, and write them as YYYY-MM-DD HH:MM.
letter-problem-area-closed = The first point of the area was repeated at its end, to close it.
letter-fix-area-closed = No action is needed.
letter-problem-not-a-choice = { $value } is not one of the choices.
letter-fix-not-a-choice = Please choose { $choices }.
letter-problem-not-a-number = { $value } is not a number.
letter-fix-not-a-number = Please write the number in figures, for example 12.
letter-problem-not-whole = { $value } is not a whole number.
letter-fix-not-whole = Please write a whole number, for example 12.
letter-problem-decimal-comma = { $value } has a comma as its decimal mark.
letter-fix-decimal-comma = Please write decimals with a point, for example 2.5.
letter-problem-out-of-range = { $value } is outside the range a whole number can take here.
letter-fix-out-of-range = Please write a whole number between { $min } and { $max }.
letter-problem-not-on-scale = { $value } is not on the scale.
letter-fix-not-on-scale = Please write a number from { $start } to { $end }, by steps of { $step }.
letter-problem-ranked-twice = The answer { $value } ranks a choice twice.
letter-fix-ranked-twice = Please rank each choice once, the most important first: { $choices }.
letter-problem-not-acknowledged = { $value } does not acknowledge.
letter-fix-not-acknowledged = Please write OK to acknowledge, or leave the answer empty.
letter-problem-not-a-date = { $value } is not a date.
letter-fix-not-a-date = Please write the date as YYYY-MM-DD, for example 2026-03-01.
letter-problem-not-a-calendar-date = { $value } is not a date of the calendar.
letter-fix-not-a-calendar-date = Please write the date as YYYY-MM-DD, for example 2026-03-01.
letter-problem-ambiguous-date = { $value } can be read as { $first } or as { $second }.
letter-fix-ambiguous-date = Please write the date as YYYY-MM-DD, so that the day and the month cannot be confused.
letter-problem-not-a-time = { $value } is not a time.
letter-fix-not-a-time = Please write the time as HH:MM on the 24-hour clock, for example 14:30.
letter-problem-not-a-date-time = { $value } is not a date and time.
letter-fix-not-a-date-time = Please write YYYY-MM-DD HH:MM, for example 2026-03-01 14:30.
letter-problem-not-a-location = { $value } is not a location.
letter-fix-not-a-location = Please write the latitude and the longitude in decimal degrees, for example 48.2082 16.3738.
letter-problem-off-the-globe = { $value } is not a place on the globe.
letter-fix-off-the-globe = Please give a latitude between -90 and 90 and a longitude between -180 and 180.
letter-problem-too-few-points = { $value } has too few points.
letter-fix-too-few-points = Please give the points as latitude and longitude, separated by semicolons: two or more for a line, three or more for an area.
letter-problem-not-relevant = The question does not apply to your reply; the answer is kept.
letter-fix-not-relevant = No action is needed.
letter-problem-required = This question must be answered and has no answer.
letter-fix-required = Please answer it; if the information is not available, please say so in the answer.
letter-problem-constraint = The answer { $value } is not accepted.
letter-fix-constraint = Please check the answer.
letter-problem-constraint-unchecked = The answer could not be checked here; it was checked when it was entered.
letter-fix-constraint-unchecked = No action is needed.
letter-problem-constraint-broken = The answer could not be checked, because of an error in the questionnaire.
letter-fix-constraint-broken = No action is needed; the secretariat will correct the questionnaire.

## Default titles of the information document
info-title = States Members of the United Nations by regional group and their participation in the Convention and the Protocols thereto
info-author = Note by the Secretariat

numbering-figure = I
numbering-table = 1

place-and-dates = { $place }, { $dates }

## The analytical report

report-title = Implementation of { $instrument_of }: information received from States for the { $cycle ->
    [1] first
    [2] second
    [3] third
    [4] fourth
    [5] fifth
   *[other] { $cycle }th
} reporting cycle
report-title-revised = Implementation of { $instrument_of }: updated information based on additional replies received from States for the { $cycle ->
    [1] first
    [2] second
    [3] third
    [4] fourth
    [5] fifth
   *[other] { $cycle }th
} reporting cycle
report-revision-text = The present document updates document { $symbol }, which presented the information received as at { $original_date }. { $count ->
    [0] No further reply was received by { $date }; annex { $annex } says so.
    [one] It takes into account the reply of one more State, received by { $date } and listed in annex { $annex }, which also shows the figures that changed.
   *[other] It takes into account the replies of { $count } more States, received by { $date } and listed in annex { $annex }, which also shows the figures that changed.
}
report-annex-revision = Replies received after { $date } and figures that changed
report-annex-revision-states = { $count ->
    [0] No State replied after { $date }.
    [one] The following State replied after { $date }.
   *[other] The following { $count } States replied after { $date }.
}
report-annex-revision-figures = Figures that changed since document { $symbol }
report-revision-row-parties = States parties that replied
report-revision-row-choice = Question { $number }: { $choice }
report-revision-column-figure = Figure
report-revision-column-as-at = As at { $date }
report-comparison = Comparison with the previous reporting cycle
report-change = { $direction ->
    [up] up from { $then } in the previous cycle
    [down] down from { $then } in the previous cycle
   *[same] the same as in the previous cycle
}
report-comparison-rate = In the previous reporting cycle, { WORDS($then_responded) } of the { $then_parties } { $population ->
    [members] Member States
    [invited] States invited to reply
   *[parties] States parties to { $short_to }
} ({ $then_percent }) had replied as at { $then_date }. The response rate of the present cycle is { $now }, { $change } (see table { $table }).
report-comparison-first = { $count ->
    [0] No State replied for the first time in the present cycle.
    [one] One State replied for the first time in the present cycle:
   *[other] The following { WORDS($count) } States replied for the first time in the present cycle:
}
report-comparison-not-again = { $count ->
    [one] One State, which replied in the previous cycle, had not replied in the present one:
   *[other] The following { WORDS($count) } States, which replied in the previous cycle, had not replied in the present one:
}
report-comparison-rate-caption = Replies from { $population ->
    [members] Member States
    [invited] the States invited to reply
   *[parties] States parties
}, by regional group, in the previous and the present reporting cycle
report-comparison-column-then = Previous cycle, as at { $date }
report-comparison-column-now = Present cycle, as at { $date }
report-comparison-mandatory = Of all the answers on mandatory provisions, { $now } reported the provision as implemented, { $change }. Table { $table } compares the two cycles provision by provision.
report-comparison-all = Of all the answers on the provisions, { $now } reported the provision as implemented, { $change }. Table { $table } compares the two cycles provision by provision.
report-comparison-rose = The share rose most for { $provision }: { $now } of the States to which the question applied reported it as implemented, { $change }.
report-comparison-provisions-caption = Answers reporting a provision as implemented, in the previous and the present reporting cycle (percentage of the States to which the question applied)
report-author = Analytical report of the Secretariat
report-introduction = Introduction
report-mandate = Mandate
report-scope = Scope and structure of the report
report-replies = Replies received
report-overview = Overview of reported implementation
report-assistance = Technical assistance needs
report-conclusions = Concluding remarks
report-total = Total
report-all-states = All States
report-unanswered-label = No answer
report-article = { $title } ({ $provision })
report-chapter-range = { $count ->
    [2] { $first } and { $last }
   *[other] { $first } to { $last }
}
ref-chapter = I
ref-figure = I
report-scope-text = The present report summarizes the information provided by States in their replies to the questionnaire on the implementation of { $instrument_of } for the { $cycle ->
    [1] first
    [2] second
    [3] third
   *[other] { $cycle }th
} reporting cycle, as received by the Secretariat as at { $date }.
report-scope-questions = The questionnaire contained { $questions } questions on { WORDS($articles) } articles of { $short_of }. As in the text of { $short_of }, questions on mandatory provisions are distinguished from questions on provisions that States parties are to consider or may adopt.
report-scope-structure = Chapters { $chapters } analyse the answers section by section and article by article; chapter { $assistance } presents the technical assistance needs reported and chapter { $conclusions } contains concluding remarks. Annex I lists the States that replied and annex II contains statistical tables by regional group.
report-scope-structure-one = Chapter { $chapters } analyses the answers article by article; chapter { $assistance } presents the technical assistance needs reported and chapter { $conclusions } contains concluding remarks. Annex I lists the States that replied and annex II contains statistical tables by regional group.
report-scope-basis = Unless otherwise indicated, percentages are of the States to which a question applied, that is, the States that replied and whose earlier answers made the question relevant to them; they are rounded to the nearest whole number.{ $population ->
    [parties] {" "}Replies from signatories and from States that are neither parties nor signatories are included in the analysis.
   *[other] {""}
}{ $note }
report-replies-none = As at { $date }, no State had replied to the questionnaire. The analysis will be presented when replies have been received.
report-replies-text = As at { $date }, { WORDS($responded) } of the { $parties } { $population ->
    [members] Member States
    [invited] States invited to reply
   *[parties] States parties to { $short_to }
} ({ $percent }) had replied to the questionnaire.
report-replies-both = Replies were also received from { WORDS($signatories) } { PLURAL($signatories) ->
    [one] signatory State
   *[other] signatory States
} and from { WORDS($others) } { PLURAL($others) ->
    [one] State that is neither a party nor a signatory
   *[other] States that are neither parties nor signatories
}; they are included in the analysis but not in the response rate.
report-replies-signatories = Replies were also received from { WORDS($signatories) } { PLURAL($signatories) ->
    [one] signatory State; it is
   *[other] signatory States; they are
} included in the analysis but not in the response rate.
report-replies-others = Replies were also received from { WORDS($others) } { PLURAL($others) ->
    [one] State that is neither a party nor a signatory; it is
   *[other] States that are neither parties nor signatories; they are
} included in the analysis but not in the response rate.
report-replies-late = { PLURAL($late) ->
    [one] One reply received after { $date } is
   *[other] { $late } replies received after { $date } are
} not included.
report-replies-groups = The response rate { $population ->
    [parties] of States parties
   *[other] {""}
} ranged from { $low } among the { $low_group } to { $high } among the { $high_group } (see table { $table } and figure { $figure }).
report-rate-caption = Replies from { $population ->
    [members] Member States
    [invited] the States invited to reply
   *[parties] States parties
}, by regional group
report-rate-chart-caption = Response rate { $population ->
    [members] of Member States
    [invited] of the States invited to reply
   *[parties] of States parties
}, by regional group (per cent)
chart-rate-measure = response rate { $population ->
    [members] of Member States
    [invited] of the States invited to reply
   *[parties] of States parties
} (per cent)
chart-rate-category = regional group
column-group = Regional group
column-parties = { $population ->
    [members] Member States
    [invited] States invited
   *[parties] States parties
}
column-replies = Replies
column-rate = Response rate
column-provision = Provision
column-obligation = Obligation
column-applicable = States to which it applied
column-answers = Answers
column-implemented = Implemented
column-share = Share
column-answered = Answered
column-answering = States giving a figure
column-median = Median
column-min = Lowest
column-max = Highest
column-sum = Total
column-article = Article
column-kind = Kind of assistance
report-overview-text = Table { $table } shows, for each provision on which the questionnaire asked, how the States to which the question applied answered, mandatory provisions first. Of all the answers on mandatory provisions, { $mandatory } reported the provision as implemented; of the answers on the other provisions, { $other }.
report-overview-text-mandatory = Table { $table } shows, for each provision on which the questionnaire asked, how the States to which the question applied answered. Of all the answers on these mandatory provisions, { $mandatory } reported the provision as implemented.
report-overview-text-other = Table { $table } shows, for each provision on which the questionnaire asked, how the States to which the question applied answered.
report-overview-groups = Over all provisions, { $all } of the answers reported a provision as implemented, from { $low } among the { $low_group } to { $high } among the { $high_group } (see table { $table }).
report-overview-extremes = By provision, the share of the States to which the question applied that reported the provision as implemented ranged from { $least_percent } ({ $least }) to { $most_percent } ({ $most }).
report-overview-spread = The regional groups differed most on { $provision }: { $high } of the { $high_group } to which the question applied reported it as implemented, against { $low } of the { $low_group }.
report-overview-caption = Answers on the implementation of each provision (percentage of the States to which the question applied)
report-implementation-caption = Answers reporting a provision as implemented, by regional group
report-question = Question { $number }: { $label }
report-obligation-mandatory = Under { $provision } of { $short_of }, States parties are required to take the measures on which question { $number } asked: it is a mandatory provision.
report-obligation-shall_consider = Under { $provision } of { $short_of }, States parties are required to consider the measures on which question { $number } asked.
report-obligation-optional = The measures on which question { $number } asked are optional under { $provision } of { $short_of }.
report-no-applicable = Question { $number } applied to none of the States that replied.
report-choices = Of the { WORDS($applicable) } States to which question { $number } applied, { $distribution }.
report-choice-first = { $count } ({ $percent }) answered { $label }
report-choice-next = { $count } ({ $percent }) { $label }
report-choice-unanswered = { $count } ({ $percent }) did not answer
report-multiple = Of the { WORDS($applicable) } States to which question { $number } applied, { $distribution }.
report-multiple-first = { $count } ({ $percent }) selected { $label }
report-ungrouped = General questions
report-scope-sections = The questionnaire contained { $questions } questions in { WORDS($sections) } { PLURAL($sections) ->
    [one] section
   *[other] sections
}.
report-dates = Of the { WORDS($applicable) } States to which question { $number } applied, { WORDS($answered) } ({ $percent }) gave a date, from { $earliest } to { $latest }.
report-dates-same = Of the { WORDS($applicable) } States to which question { $number } applied, { WORDS($answered) } ({ $percent }) gave a date{ $answered ->
    [1] : { $earliest }
   *[other] , in every case { $earliest }
}.
report-dates-none = None of the { $applicable } States to which question { $number } applied gave a date.
report-text-by = Of the { WORDS($applicable) } States to which question { $number } applied, { WORDS($answered) } ({ $percent }) answered it: { $by }.
report-text-by-first = { $all ->
    [all] { $gave ->
        [1] the one
        [2] both
       *[other] all { $gave }
    }
    [none] { $gave ->
        [1] not the one
       *[other] none of the { $gave }
    }
   *[some] { $wrote } of the { $gave }
} that had answered { $label } to question { $lead }
report-text-by-next = { $all ->
    [all] { $gave ->
        [1] the one
        [2] both
       *[other] all { $gave }
    }
    [none] { $gave ->
        [1] not the one
       *[other] none of the { $gave }
    }
   *[some] { $wrote } of the { $gave }
} that had answered { $label }
report-text-compilation = The answers are reproduced as received in the compilation of replies ({ $symbol }).
report-repeat-title = Table of the questionnaire: { $title }
report-repeat = Of the { $respondents } States that replied, { $states } ({ $percent }) filled in the table { $title }, with { $rows } { PLURAL($rows) ->
    [one] row
   *[other] rows
} in all.
report-repeat-none = None of the States that replied filled in the table { $title }.
report-repeat-unanswered = Question { $number } ({ $label }) was answered in none of the rows.
report-repeat-choice = { $count } { $label }
report-repeat-choices = Question { $number } ({ $label }) was answered in { $answered } { PLURAL($answered) ->
    [one] row
   *[other] rows
}: { $distribution }.
report-repeat-numbers = Question { $number } ({ $label }) was answered in { $answered } { PLURAL($answered) ->
    [one] row
   *[other] rows
}: the median was { $median }, the figures ranged from { $min } to { $max } and their total was { $total }.
report-repeat-answered = Question { $number } ({ $label }) was answered in { $answered } { PLURAL($answered) ->
    [one] row
   *[other] rows
}.
report-analysis-untranslated = [The following text is not yet available in this language; it is given in English.]
compilation-title = { $form }: compilation of the replies received
compilation-author = Conference room paper prepared by the Secretariat
compilation-intro = The present conference room paper reproduces, question by question, the answers of the { $count } { PLURAL($count) ->
    [one] State
   *[other] States
} that replied to the questionnaire as at { $date }, as they were received. States are listed in alphabetical order; answers to questions on personal data are not reproduced.
compilation-report = The replies are analysed in the report of the Secretariat { $symbol }.
compilation-no-report = The replies are reproduced without analysis.
compilation-unanswered = Of the States to which question { $number } applied, { $count } did not answer it.
compilation-column-state = State
compilation-column-answer = Answer
compilation-none = No State answered this question.
report-multiple-next = { $count } ({ $percent }) { $label }
report-multiple-none = None of the { $applicable } States to which question { $number } applied selected an option.
report-numbers = In reply to question { $number }, { WORDS($answering) } { PLURAL($answering) ->
    [one] State
   *[other] States
} gave a figure: the median was { $median }, the figures ranged from { $min } to { $max } and their total was { $total }.
report-numbers-none = No State gave a figure in reply to question { $number }.
report-answered = Question { $number } applied to { $applicable } States; { $answered } of them ({ $percent }) answered it.
report-chart-caption = Answers to question { $number }, by regional group (number of States)
chart-answers-measure = answers to question { $number } (number of States)
report-ta-no-replies = No State had replied to the questionnaire.
report-ta-none = None of the States that replied requested technical assistance.
report-ta-any = Of the { WORDS($respondents) } States that replied, { WORDS($count) } ({ $percent }) requested technical assistance to implement at least one of the articles covered by the questionnaire.
report-ta-articles = Requests were most frequent for { $articles } (see table { $table }).
report-ta-kinds = The kinds of assistance most often requested were { $kinds } (see table { $table } and figure { $figure }).
report-ta-articles-caption = States requesting technical assistance, by article and regional group
report-ta-kinds-caption = Kinds of technical assistance requested, by regional group (number of States)
report-ta-kinds-chart-caption = States requesting each kind of technical assistance
chart-kinds-measure = number of States requesting each kind of assistance
chart-kinds-category = kind of assistance
report-annex-respondents = States that replied to the questionnaire as at { $date }
report-annex-respondents-text = The following { $count } States replied to the questionnaire by { $date }.
report-annex-respondents-marked = The following { $count } States replied to the questionnaire by { $date }. Signatory States are marked with an asterisk (*), and States that are neither parties nor signatories with two (**).
report-annex-tables = Statistical tables by regional group
report-annex-tables-text = The tables give, for each question, the number of States by regional group. A dash (—) marks a figure that cannot be computed.
report-annex-caption = Question { $number }: { $label }
instrument-of-untoc = the United Nations Convention against Transnational Organized Crime
instrument-of-tip = the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime
instrument-of-som = the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime
instrument-of-fa = the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime
instrument-short-of-untoc = the Convention
instrument-short-of-tip = the Trafficking in Persons Protocol
instrument-short-of-som = the Smuggling of Migrants Protocol
instrument-short-of-fa = the Firearms Protocol
instrument-short-to-untoc = the Convention
instrument-short-to-tip = the Trafficking in Persons Protocol
instrument-short-to-som = the Smuggling of Migrants Protocol
instrument-short-to-fa = the Firearms Protocol
report-questionnaire-of = the questionnaire

## Country profiles

profile-title = Country profile
profile-as-at = As at { $date }
profile-group = Regional group: { $group }
profile-prepared = Prepared by the Secretariat on the basis of information received from the State as at { $date }.
profile-footer = Country profile: { $state }, as at { $date }
profile-treaties = Participation in the Convention and the Protocols
profile-reporting = Replies to the questionnaires
profile-implementation = Implementation reported
profile-implementation-of = Implementation of the { $title }
profile-compare = Provisions reported as implemented
profile-assistance = Technical assistance requested
profile-column-instrument = Instrument
profile-column-status = Status
profile-column-date = Date
profile-column-questionnaire = Questionnaire
profile-column-reply = Reply
profile-column-number = No.
profile-column-question = Question
profile-column-answer = Answer
profile-column-state = The State
profile-column-group = Its regional group
profile-column-all = All States that replied
profile-column-article = Article
profile-column-kinds = Kinds of assistance
profile-party = Party
profile-signatory = Signatory
profile-not-party = Not a party
profile-reply-counted = Received on { $date }.
profile-reply-late = Received on { $date }, after the cut-off date.
profile-reply-replaced = It replaces { PLURAL($count) ->
    [one] an earlier reply, received on { $dates }.
   *[other] earlier replies, received on { $dates }.
}
profile-reply-rejected = A reply was received on { $date } but could not be counted yet.
profile-reply-none = No reply received as at { $date }.
profile-reply-previous = In the previous reporting cycle: received on { $date }.
profile-since = Compared with its reply of { $date } in the previous reporting cycle, { $changed ->
    [0] none of its { $compared } answers changed.
    [one] one of its { $compared } answers changed; the previous answer is shown under it. The other answers are unchanged.
   *[other] { WORDS($changed) } of its { $compared } answers changed; the previous answer is shown under each. The other answers are unchanged.
}
profile-previous-answer = Previous cycle: { $answer }
profile-no-reply = { $state_the_cap } had not replied to the questionnaires as at { $date }.
profile-no-answer = No answer
profile-answered-not-applicable = { $answer } (answered, although the question did not apply to this reply)
profile-compare-text = The table and the figure give the share of the answers on the implementation of a provision that reported it as implemented: by { $state_the }, by the { $group } and by all States that replied. The figures are those of the analytical reports.
profile-compare-caption = Answers reporting a provision as implemented (per cent)
profile-all-respondents = All States that replied
chart-compare-measure = share of answers reporting a provision as implemented
chart-compare-category = questionnaire
profile-assistance-none = { $state_the_cap } did not request technical assistance in its replies.
profile-assistance-text = { $state_the_cap } answered as follows on its needs for technical assistance.

profile-not-applicable-list = { PLURAL($count) ->
    [one] Question { $questions } did not apply to this reply.
   *[other] Questions { $questions } did not apply to this reply.
}

profile-column-requested = Requested

## Printed questionnaires

quest-cycle = { $cycle ->
    [1] First
    [2] Second
    [3] Third
   *[other] { $cycle }th
} reporting cycle
quest-deadline = Please return the completed questionnaire by { $date }.
quest-return-to = Return it to: { $address }
quest-state = State: { $state }
quest-on-record = On record:
quest-prefilled = Under each question is the answer of your reply received on { $date }. Where it still holds, tick “No change” and leave the answer boxes blank; answer only where it has changed.
quest-prefilled-previous = Under each question is the answer of your reply to the previous reporting cycle, received on { $date }. Where it still holds, tick “No change” and leave the answer boxes blank; answer only where it has changed.
quest-instructions-title = How to fill in this questionnaire
quest-instructions = Use a black or blue ballpoint pen and write in capital letters.|Put a cross (X) in the box of your answer. “Tick one box” means one answer only; “Tick all that apply” means every answer that applies.|To cancel an answer, fill its box completely, then put a cross in the right box.|Write one digit per cell, starting from the right; write dates as day, month and year.|When a question does not apply to your country, follow the instruction beside your previous answer (“go to question …”) or under the question (“Answer only if …”).|Do not staple, fold or reduce the pages. Return every page, even a page left blank.
quest-focal-title = The person who coordinated the reply
quest-tick-one = Tick one box.
quest-tick-all = Tick all that apply.
quest-capitals = Write in capital letters.
quest-digits = One digit per cell.
quest-other = Other (please specify)
quest-go-to = If { $choice }, go to question { $number }.
quest-go-to-end = If { $choice }, go to the end of the questionnaire.
quest-footer = Questionnaire { $form }, version { $version }
quest-day = DD
quest-month = MM
quest-year = YYYY
quest-hour = HH
quest-minute = MM
quest-latitude = Latitude
quest-longitude = Longitude
quest-attach = Send the file, photograph or recording with your reply and write its name here.
quest-end = This is the end of the questionnaire. Thank you.

quest-tick-ok = Tick the box to confirm.
quest-scale = Tick one value.
quest-rank = Number the items from 1, the most important, to { $count }.
quest-time = On the 24-hour clock.
quest-geo = In decimal degrees; a minus sign for south and west.
quest-geo-points = One point per line, in order.
quest-media-shown = (The electronic form shows a file here: { $file }.)

## Answer workbooks (palermo workbook)

wb-sheet-answers = Answers
wb-sheet-instructions = Instructions
wb-help = How to answer
wb-instructions = Answer in the column “answer” only: the other cells are locked.|Do not change the column “name”: it tells palermo which question each answer belongs to.|Pick a choice from the list in the cell. Where every answer that applies is asked for, write the choices separated by commas.|Fill in the rows “state” (your country’s three-letter code) and “submitted” (the date you send the reply).|A question may depend on an earlier answer: its note says when to answer it. Leave the others empty.|Save the file as an Excel workbook (.xlsx) and send it back as it is, without renaming the sheets.
wb-state = State (three-letter ISO code)
wb-submitted = Date the reply is sent
wb-version = Version of the questionnaire (do not change)
wb-text = Text.
wb-whole = A whole number.
wb-decimal = A number.
wb-between = From { $low } to { $high }.
wb-at-least = At least { $low }.
wb-at-most = At most { $high }.
wb-date = A date: YYYY-MM-DD.
wb-time = A time: HH:MM, on the 24-hour clock.
wb-date-time = A date and time: YYYY-MM-DD HH:MM.
wb-choose-one = Choose one answer from the list.
wb-choose-many = Write every answer that applies, separated by commas: { $choices }.
wb-rank = Write every choice, the most important first, separated by commas: { $choices }.
wb-range = A number from { $start } to { $end }, by steps of { $step }.
wb-geo = Latitude and longitude in decimal degrees, separated by a space.
wb-geo-points = Points as latitude and longitude, separated by semicolons.
wb-file = The name of the file sent with the reply.
wb-acknowledge = Choose OK to confirm.
wb-error-title = Answer not accepted
wb-repeat = { $title }: one row per item.
wb-no-change = No change
wb-no-change-help = Choose “No change” where the answer written here still holds; where you correct an answer, leave it empty.
wb-prefilled = The answers are those of your reply received on { $date }. Where an answer still holds, choose “No change” beside it; correct only what has changed.
wb-prefilled-previous = The answers are those of your reply to the previous reporting cycle, received on { $date }. Where an answer still holds, choose “No change” beside it; correct only what has changed.
site-title = Documents of the session
site-venue = { $session }, { $place }, { $dates }
site-languages = Languages
site-documents = Documents
site-column-symbol = Symbol
site-column-title = Title
site-column-date = Date
site-column-versions = Language versions
site-version-label = { $language }: PDF, { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $size }
site-size = { $kb } KB
site-item = { $line }: { $title }
site-other = Other documents
site-questionnaires = Questionnaires
site-profiles = Country profiles
site-data = Data
site-data-text = The figures of each analytical report are linked from its row (CSV); the replies to each questionnaire are an open dataset, one row per State and question, described by its data package.
site-figures-csv = Figures (CSV)
site-data-replies = Replies to the { $form } (CSV)
site-data-package = Description of the dataset (Frictionless Data Package, JSON)
site-back = All documents of the session
site-data-link = Data (CSV)
site-table = Table { $n }
site-figure = Figure { $n }
site-html = { $language }: web page (HTML)

## The review sheet of scanned questionnaires (palermo scan: out/scans/review.pdf)
scan-review-title = Scanned questionnaires to review
scan-review-summary = Read on { $date }. Pages: { $pages } (files: { $files }). Draft replies: { $replies }. Answers read with certainty: { $certain }; to confirm or type below: { $review }.
scan-review-unread = Pages not read
scan-review-source = { $file }, page { $page }
scan-review-reply = { $form }: { $state }, the copy in { $lang }
scan-review-unknown-state = State not known (a blank copy: write its code in "state")
scan-review-draft = Draft reply: { $file }. Correct it, then accept it with palermo scan --accept.
scan-review-missing = Pages of the questionnaire not among the scans: { $pages }.
scan-review-twice = { $source } is page { $page } again: it was not read.
scan-review-to-check = To confirm or type
scan-review-seen = Read: { $seen }
scan-review-nothing-seen = Read: nothing certain
scan-review-certain = Read with certainty (for a spot check)
scan-review-question = Question
scan-review-answer = Answer read
scan-review-crop-alt = The scanned answer area of question { $question }
scan-why-faint = A mark between the thresholds: a faint mark, a stroke from another box or a box partly filled.
scan-why-two-ticks = More than one box ticked where one answer is asked.
scan-why-filled-alone = A box filled in (a cancellation) and no other box ticked.
scan-why-registration = The page could not be placed exactly on the scan: check every mark by eye.
scan-why-no-change = "No change" ticked together with a new answer, or with no answer on record.
scan-why-written = Written by hand: type it into the draft.
