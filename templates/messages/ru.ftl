# Фразы palermo на русском языке: каждое слово, которое читатель видит в документе.
#
# Одно сообщение на фразу. `{ $имя }` — значение, которое подставляет palermo;
# `{ PLURAL($n) -> [one] … [few] … [many] … *[other] … }` выбирает форму числа (категории CLDR).
# Конференция исправляет сообщение, помещая в свою папку собственный
# templates/messages/ru.ftl только с изменяемыми сообщениями.

## Правила языка

language-name = { $code ->
    [ar] арабский
    [zh] китайский
    [fr] французский
    [ru] русский
    [es] испанский
   *[en] английский
}
job-letter = R
number-words = ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять
number-words-neuter = ноль|одно|два|три|четыре|пять|шесть|семь|восемь|девять
number-words-genitive = ноля|одного|двух|трех|четырех|пяти|шести|семи|восьми|девяти
number-words-genitive-feminine = ноля|одной|двух|трех|четырех|пяти|шести|семи|восьми|девяти
number-words-dative = нулю|одному|двум|трем|четырем|пяти|шести|семи|восьми|девяти
number-in-words = { WORDS($n) }
typography-number-after = стать*|таблиц*|диаграмм*|пункт*|вопрос*|приложени*|глав*|решени*|резолюци*|стр.|№|раздел*
typography-unit-after-number = процент*
typography-never-first = —
percent = { $value } { PLURAL($value) ->
    [one] процент
    [few] процента
    [many] процентов
   *[other] процента
}
percent-of = { $value } { PLURAL($value) ->
    [one] процента
   *[other] процентов
}
percent-short = { $value } %
fraction = { $which ->
    [half] половина
    [third] треть
    [two-thirds] две трети
    [quarter] четверть
   *[three-quarters] три четверти
}
list-separator = {", "}
list-and = { $first } и { $last }
list-or = { $first } или { $last }
quote-open = «
quote-close = »
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
date = { $day }{"\u00A0"}{ $month }{"\u00A0"}{ $year }{"\u00A0"}года
date-range-same-month = { $day1 }-{ $date2 }
date-range-same-year = { $day1 } { $month1 }-{ $date2 }
date-range = { $date1 }-{ $date2 }
month-short-1 = 01
month-short-2 = 02
month-short-3 = 03
month-short-4 = 04
month-short-5 = 05
month-short-6 = 06
month-short-7 = 07
month-short-8 = 08
month-short-9 = 09
month-short-10 = 10
month-short-11 = 11
month-short-12 = 12
date-short = { $day }.{ $month }.{ $year }

## Нумерация заголовков и пунктов

numbering-chapter = I.
numbering-section = A.
numbering-subsection = 1.
numbering-subparagraph = a)
numbering-subsubparagraph = i)
numbering-paragraph = 1.
numbering-annex = Приложение { $n ->
    [1] I
    [2] II
    [3] III
   *[other] { $n }
}
figure-supplement = Диаграмма
table-supplement = Таблица
contents-title = Содержание
contents-chapter = Глава
contents-paragraphs = Пункты
contents-page = Стр.
page-of = Страница { $page } из { $total }

## Шапка и элементы страницы документа конференции

united-nations = Организация Объединенных Наций
distribution = { $kind ->
    [limited] Distr.: Limited
    [restricted] Distr.: Restricted
   *[general] Distr.: General
}
masthead-language-lines = Russian|Original: { $original ->
    [ar] Arabic
    [zh] Chinese
    [fr] French
    [ru] Russian
    [es] Spanish
   *[en] English
}
masthead-date-language = en
session = { $n ->
    [1] Первая
    [2] Вторая
    [3] Третья
    [4] Четвертая
    [5] Пятая
    [6] Шестая
    [7] Седьмая
    [8] Восьмая
    [9] Девятая
    [10] Десятая
    [11] Одиннадцатая
    [12] Двенадцатая
    [13] Тринадцатая
    [14] Четырнадцатая
    [15] Пятнадцатая
    [16] Шестнадцатая
    [17] Семнадцатая
    [18] Восемнадцатая
    [19] Девятнадцатая
    [20] Двадцатая
   *[other] { $n }-я
} сессия
agenda-line = Пункт { $item } предварительной повестки дня
please-recycle = Просьба отправить на вторичную переработку
reproduced-as-received = Информация воспроизводится в том виде, в каком она была получена.

## Пять региональных групп и четыре документа

group-african = Государства Африки
group-asia-pacific = Государства Азиатско-Тихоокеанского региона
group-eastern-european = Государства Восточной Европы
group-latin-american-caribbean = Государства Латинской Америки и Карибского бассейна
group-western-european-other = Государства Западной Европы и другие государства
group-short-african = Африка
group-short-asia-pacific = Азия и Тихий океан
group-short-eastern-european = Восточная Европа
group-short-latin-american-caribbean = Латинская Америка и Карибский бассейн
group-short-western-european-other = Западная Европа и другие
instrument-untoc = Конвенция Организации Объединенных Наций против транснациональной организованной преступности
instrument-tip = Протокол о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности
instrument-som = Протокол против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности
instrument-fa = Протокол против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности
instrument-short-untoc = Конвенция
instrument-short-tip = Протокол о торговле людьми
instrument-short-som = Протокол о мигрантах
instrument-short-fa = Протокол об огнестрельном оружии
# A subparagraph's or agenda sub-item's letter, as written (Arabic gives its abjad letter).
subparagraph-letter = { $subparagraph }
provision = { $subparagraph ->
    [none] { $paragraph ->
        [none] статья { $article }
       *[other] пункт { $paragraph } статьи { $article }
    }
   *[other] { $paragraph ->
        [none] подпункт { $subparagraph }) статьи { $article }
       *[other] подпункт { $subparagraph }) пункта { $paragraph } статьи { $article }
    }
}
provision-of = { provision }
state-the = { $name }
state-of = { $name }
state-to = { $name }
definite-prefix = {""}
elision-initials = {""}
obligation-mandatory = обязательное
obligation-shall_consider = подлежащее рассмотрению
obligation-optional = необязательное

## Диаграммы (альтернативный текст зачитывается программами экранного доступа)

chart-bar-alt = Столбчатая диаграмма: { $measure } в разбивке по признаку «{ $category }»: { $items }.
chart-stacked-alt = Диаграмма с накоплением: { $measure } в разбивке по признаку «{ $category }»: { $items }.
chart-item = { $label }, { $value }
chart-item-separator = {"; "}
chart-segment = { $label } { $value }

## Информационный документ: государства-члены по региональным группам

info-introduction = Введение
info-intro-scope = В настоящей записке приводится перечень { $members } государств — членов Организации Объединенных Наций по региональным группам и указывается участие каждого из них по состоянию на { $date } в Конвенции Организации Объединенных Наций против транснациональной организованной преступности и трех протоколах к ней. Записка призвана помочь Конференции в рассмотрении хода осуществления этих документов.
info-intro-totals = По состоянию на { $date } число участников из числа государств-членов составляло: Конвенция — { $untoc }, Протокол о торговле людьми — { $tip }, Протокол о мигрантах — { $som }, Протокол об огнестрельном оружии — { $fa }. Участниками всех четырех документов { PLURAL($all) ->
    [one] являлось { WORDS($all, form: "neuter") } государство-член
    [few] являлись { WORDS($all, form: "neuter") } государства-члена
   *[other] являлись { WORDS($all, form: "neuter") } государств-членов
}{ $note }.
info-dates-note = В таблицах указаны даты сдачи на хранение ратификационных грамот или документов о принятии, утверждении или присоединении; «(s)» обозначает подписание, за которым еще не последовала ратификация. Информация воспроизводится в том виде, в каком она была получена.
info-by-group = Государства-члены по региональным группам
info-groups-text = Распределение государств-членов по пяти региональным группам показано на диаграмме I. { $count ->
    [one] Самой многочисленной является группа
   *[other] Самыми многочисленными являются группы
} «{ $groups }» ({ PLURAL($members) ->
    [one] { $members } член
    [few] { $members } члена
   *[other] { $members } членов
}).
info-figure-caption = Число государств-членов по региональным группам
info-group-text = В группу «{ $group }» { PLURAL($members) ->
    [one] входит { WORDS($members) } член
    [few] входят { WORDS($members) } члена
   *[other] входят { WORDS($members) } членов
}; участниками Конвенции являются { $untoc }, Протокола о торговле людьми — { $tip }, Протокола о мигрантах — { $som }, Протокола об огнестрельном оружии — { $fa } (см. таблицу { $table }).
info-table-caption = { $group }: участие в Конвенции и протоколах
info-column-state = Государство
info-signature-mark = (п)
chart-members-measure = число государств-членов
chart-members-category = региональная группа

## Условия вопросника словами

expr-relevant = Отвечайте, только если { $condition }.
expr-constraint = Принимается, только если { $condition }.
expr-required = Обязательно, если { $condition }.
expr-answered-value = на вопрос { $q } вы ответили { $value }
expr-not-answered-value = на вопрос { $q } вы ответили не { $value }
expr-answered = вы ответили на вопрос { $q }
expr-not-answered = вы не ответили на вопрос { $q }
expr-selected = в вопросе { $q } вы отметили { $value }
expr-not-selected = в вопросе { $q } вы не отметили { $value }
expr-answer-to = ответ на вопрос { $q }
expr-this-answer = ответ
expr-characters = число знаков ({ $a })
expr-count-selected = число отмеченных вариантов в вопросе { $q }
expr-matches = { $a } соответствует шаблону { $value }
expr-not = неверно, что { $a }
expr-comparison = { $a }: { $op ->
    [eq] равно
    [ne] не равно
    [lt] меньше
    [le] не больше
    [gt] больше
   *[ge] не меньше
} { $b }
expr-and = { $first } и { $last }
expr-or = { $first } или { $last }
expr-today = сегодняшняя дата

## Письмо государству

letter-office = Управление Организации Объединенных Наций по наркотикам и преступности
letter-to = Кому: Постоянное представительство при Организации Объединенных Наций (Вена) — { $state }
letter-subject = Тема: ваши ответы на вопросники об осуществлении
letter-with-problems = Секретариат благодарит Постоянное представительство за представленные ответы. При их проверке были выявлены указанные ниже моменты, из-за которых некоторые ответы не могут быть учтены. Секретариат был бы признателен за представление исправленных ответов до { $deadline }.
letter-no-problems = Секретариат благодарит Постоянное представительство за ответы, которые были получены и проверены. Исправлений не требуется.
letter-no-reply = Секретариат еще не получил ответов на вопросники. Он был бы признателен за их представление до { $deadline }.
letter-column-question = Вопрос
letter-column-problem = Проблема
letter-column-fix = Как исправить
letter-closing = Секретариат готов оказать любую помощь.
reminder-subject = Напоминание: вопросники об осуществлении Конвенции и протоколов к ней
reminder-opening = Секретариат Управления Организации Объединенных Наций по наркотикам и преступности свидетельствует свое уважение Постоянному представительству { $state_of } при Организации Объединенных Наций (Вена) и имеет честь напомнить, что { $decision ->
    [none] { $body }
   *[other] в своем решении { $decision } { $body }
} просила Секретариат собрать с помощью вопросников информацию государств об осуществлении Конвенции и протоколов к ней.
reminder-outstanding = По состоянию на { $date } Секретариат не получил { $count ->
    [one] ответа
   *[other] ответов
} { $state_of } на { $count ->
    [one] следующий вопросник, который следовало представить
   *[other] следующие вопросники, которые следовало представить
} не позднее { $deadline }. Рядом с каждым указана рабочая книга для ответов, подготовленная для этого государства:
reminder-ways = Ответы можно направить любым из следующих способов:
reminder-way-online = { $url ->
    [none] в режиме онлайн с помощью формы, направленной Секретариатом национальному координатору;
   *[other] в режиме онлайн с помощью формы по адресу { $url };
}
reminder-way-workbook = в прилагаемой рабочей книге Excel для ответов, возвращенной по электронной почте; название государства в ней уже указано{ $prefilled ->
    [yes] , как и его ответы в предыдущем цикле представления докладов, которые следует подтвердить («Без изменений») или исправить;
   *[no] ;
}
reminder-way-paper = { $printed ->
    [yes] на печатном вопроснике, который Секретариат может направить по запросу, возвращенном по почте.
   *[other] на бумаге, на печатном экземпляре вопросника, возвращенном по почте.
}
reminder-closing = Секретариат Управления Организации Объединенных Наций по наркотикам и преступности пользуется случаем, чтобы возобновить Постоянному представительству { $state_of } при Организации Объединенных Наций (Вена) уверения в своем самом высоком уважении.
letter-reply-of = Ответ, полученный { $date }
letter-reply-undated = Ответ, полученный без даты
letter-reply-in-file = { $reply } (файл { $file })
letter-file-heading = Файл { $file }
letter-about-submitted = Дата ответа
letter-about-state = Государство
letter-invisible-note = Невидимые символы показаны кодами { "\\u{…}" }.
letter-problem-constraint-message = Ответ { $value } не принят: { $message }
letter-problem-file-unreadable = Файл не удалось прочитать ({ $why }).
letter-fix-file-unreadable = Просьба направить файл повторно.
letter-problem-file-empty = Файл пуст.
letter-fix-file-empty = Просьба направить файл повторно: возможно, он был сохранен или скопирован не полностью.
letter-problem-file-too-large = Размер файла — { $size } МБ, больше допустимых { $max } МБ.
letter-fix-file-too-large = Просьба удалить изображения и неиспользуемые листы или разделить файл.
letter-problem-file-grew = Файл изменился во время чтения.
letter-fix-file-grew = Просьба повторно направить полный файл.
letter-problem-file-damaged = Файл поврежден, и его не удалось прочитать.
letter-fix-file-damaged = Просьба открыть его в программе электронных таблиц, сохранить заново и направить повторно.
letter-problem-not-a-spreadsheet = Файл не является читаемой электронной таблицей.
letter-fix-not-a-spreadsheet = Просьба сохранить его в формате книги Excel (.xlsx) и направить повторно.
letter-problem-not-a-workbook = Файл не является книгой .{ $extension }: возможно, он обрезан или это переименованный файл другого типа.
letter-fix-not-a-workbook = Просьба заново сохранить его в программе электронных таблиц и направить повторно.
letter-problem-too-many-cells = Листы файла охватывают { $cells } ячеек — слишком много для чтения файла .{ $extension }.
letter-fix-too-many-cells = Просьба сохранить его в формате книги Excel (.xlsx) или удалить ячейки, удаленные от остальных.
letter-problem-password-protected = Книга защищена паролем.
letter-fix-password-protected = Просьба снять пароль, сохранить книгу и направить ее повторно.
letter-problem-misnamed = Файл имеет расширение .{ $claimed }, но является книгой .{ $actual }.
letter-fix-misnamed = Просьба изменить расширение на .{ $actual } и направить файл повторно.
letter-problem-misfiled = Файл не был помещен вместе с ответами на вопросник.
letter-fix-misfiled = Никаких действий не требуется; секретариат поместит его надлежащим образом.
letter-problem-no-data = Книга не содержит данных.
letter-fix-no-data = Просьба повторно направить ответы со строкой заголовков и одной строкой на каждый ответ.
letter-problem-sheet-empty = Лист пуст.
letter-fix-sheet-empty = Просьба повторно направить ответы со строкой заголовков и одной строкой на каждый ответ.
letter-problem-extra-sheet = Лист { $sheet } не был прочитан: ответы читаются с первого листа.
letter-fix-extra-sheet = Просьба поместить все ответы на один лист.
letter-problem-unreadable-line = Одну из строк файла не удалось прочитать.
letter-fix-unreadable-line = Просьба проверить кавычки в этой строке.
letter-problem-duplicate-column = На этот вопрос отвечают два столбца (второй — столбец { $other }).
letter-fix-duplicate-column = Просьба оставить по одному столбцу на вопрос.
letter-problem-unknown-column = Столбец { $column } не является вопросом вопросника и не был прочитан.
letter-fix-unknown-column = Просьба сверить название столбца с вопросником.
letter-problem-not-json = Файл не является допустимым файлом JSON.
letter-fix-not-json = Просьба проверить файл: возможно, он обрезан.
letter-problem-json-shape = Файл не содержит ответов в ожидаемой форме.
letter-fix-json-shape = Просьба указать для каждого ответа государство, дату и ответы на вопросы.
letter-problem-not-an-object = Один из ответов в файле представлен не в ожидаемой форме.
letter-fix-not-an-object = Просьба указать для каждого ответа государство, дату и ответы на вопросы.
letter-problem-unknown-field = Поле { $field } не было прочитано.
letter-fix-unknown-field = Просьба поместить ответы в раздел «answers».
letter-problem-answers-not-an-object = Ответы представлены не в ожидаемой форме.
letter-fix-answers-not-an-object = Просьба указывать каждый ответ после названия его вопроса.
letter-problem-repeat-not-a-list = Ответы на { $repeat } должны быть списком строк.
letter-fix-repeat-not-a-list = Просьба указать одну запись на строку.
letter-problem-repeat-row-not-an-object = Одна из строк таблицы ответов представлена не в ожидаемой форме.
letter-fix-repeat-row-not-an-object = Просьба указывать каждый ответ строки после названия его вопроса.
letter-problem-not-in-repeat = { $question } не является вопросом таблицы { $repeat }; ответ не был прочитан.
letter-fix-not-in-repeat = Просьба проверить название вопроса.
letter-problem-unknown-question = В вопроснике нет вопроса { $question }; ответ не был прочитан.
letter-fix-unknown-question = Просьба сверить название вопроса с вопросником.
letter-problem-unnamed-answer = Ответ без названия вопроса не был прочитан.
letter-fix-unnamed-answer = Просьба сохранить столбец названий в том виде, в каком он был направлен.
letter-problem-no-change-edited = Предварительно заполненный ответ с отметкой «без изменений» был изменен; прочитан ответ в том виде, в каком он записан.
letter-fix-no-change-edited = Просьба снять отметку «без изменений» там, где ответ исправлен, или восстановить прежний ответ.
letter-problem-answer-sheet-empty = Лист ответов пуст.
letter-fix-answer-sheet-empty = Просьба заполнить ответы, а также строки государства и даты.
letter-problem-no-state = В ответе не указано, какое государство его направило.
letter-fix-no-state = Просьба указать трехбуквенный код вашего государства.
letter-problem-unknown-state = { $value } не является кодом государства.
letter-fix-unknown-state = Просьба указать трехбуквенный код вашего государства.
letter-problem-no-submitted = В ответе не указана дата его направления.
letter-fix-no-submitted = Просьба указать дату направления ответа в формате ГГГГ-ММ-ДД.
letter-problem-not-party = Ваше государство не является участником документа, которому посвящен этот вопросник; его ответ сохранен и учитывается отдельно.
letter-fix-not-party = Никаких действий не требуется.
letter-problem-other-version = Ответ дан на версию { $version } вопросника; текущая версия — { $current }.
letter-fix-other-version = Никаких действий не требуется, если только вопрос не изменился: ответы проверяются по текущей версии.
letter-problem-no-answers = В ответе нет ответов на вопросы.
letter-fix-no-answers = Просьба заполнить ответы: пустой ответ не может быть учтен.
letter-problem-superseded = Этот ответ заменен более поздним ответом на этот вопросник, полученным { $date }.
letter-fix-superseded = Никаких действий не требуется, если более поздний ответ верен.
letter-problem-ambiguous-state = { $value } может обозначать более одного государства ({ $states }).
letter-fix-ambiguous-state = Просьба указать трехбуквенный код вашего государства.
letter-problem-review-refused = Ответ не был одобрен при рассмотрении; он не учитывается.
letter-fix-review-refused = Просьба направить исправленный ответ или попросить секретариат рассмотреть его повторно.
letter-problem-review-held = Рассмотрение ответа приостановлено.
letter-fix-review-held = Никаких действий не требуется, если секретариат не попросит внести исправления.
letter-problem-review-unknown = Состояние рассмотрения ответа { $word } не распознано; ответ учитывается.
letter-fix-review-unknown = Никаких действий не требуется.
letter-problem-duplicate = Один и тот же ответ получен дважды; он учитывается один раз.
letter-fix-duplicate = Никаких действий не требуется.
letter-problem-orphan-row = Строка таблицы ответов относится к ответу, который не был получен ({ $parent }); она не была прочитана.
letter-fix-orphan-row = Просьба направить ответ вместе с его таблицами.
letter-problem-repeats-not-exported = Файл не содержит строк таблиц ответов ({ $repeat }).
letter-fix-repeats-not-exported = Просьба направить ответы в рабочей книге Excel для ответов, в которой для каждой таблицы предусмотрен отдельный лист.
letter-problem-answered-twice = На вопрос дано два ответа.
letter-fix-answered-twice = Просьба оставить один ответ.
letter-problem-takes-no-answer = Этот пункт не предполагает ответа; ответ не был прочитан.
letter-fix-takes-no-answer = Просьба оставить его пустым.
letter-problem-read-as-choice = { $value } прочитано как вариант { $label }.
letter-fix-read-as-choice = Никаких действий не требуется; просьба писать ответы так, как они указаны в вопроснике.
letter-problem-read-as-date = { $value } прочитано как дата { $date }.
letter-fix-read-as-date = Просьба проверить дату и писать даты в формате ГГГГ-ММ-ДД.
letter-problem-read-as-date-time = { $value } прочитано как { $date }, { $time }.
letter-fix-read-as-date-time = Просьба проверить дату и время и писать их в формате ГГГГ-ММ-ДД ЧЧ:ММ.
letter-problem-area-closed = Первая точка области была повторена в конце, чтобы замкнуть ее.
letter-fix-area-closed = Никаких действий не требуется.
letter-problem-not-a-choice = { $value } не является одним из вариантов ответа.
letter-fix-not-a-choice = Просьба выбрать { $choices }.
letter-problem-not-a-number = { $value } не является числом.
letter-fix-not-a-number = Просьба написать число цифрами, например 12.
letter-problem-not-whole = { $value } не является целым числом.
letter-fix-not-whole = Просьба написать целое число, например 12.
letter-problem-decimal-comma = В { $value } десятичным разделителем служит запятая.
letter-fix-decimal-comma = Просьба писать десятичные дроби с точкой, например 2.5.
letter-problem-out-of-range = { $value } выходит за пределы, которые здесь может иметь целое число.
letter-fix-out-of-range = Просьба написать целое число от { $min } до { $max }.
letter-problem-not-on-scale = { $value } не входит в шкалу.
letter-fix-not-on-scale = Просьба написать число от { $start } до { $end } с шагом { $step }.
letter-problem-ranked-twice = В ответе { $value } один и тот же вариант указан дважды.
letter-fix-ranked-twice = Просьба указать каждый вариант один раз, начиная с самого важного: { $choices }.
letter-problem-not-acknowledged = { $value } не является подтверждением.
letter-fix-not-acknowledged = Просьба написать OK для подтверждения или оставить ответ пустым.
letter-problem-not-a-date = { $value } не является датой.
letter-fix-not-a-date = Просьба написать дату в формате ГГГГ-ММ-ДД, например 2026-03-01.
letter-problem-not-a-calendar-date = { $value } не является календарной датой.
letter-fix-not-a-calendar-date = Просьба написать дату в формате ГГГГ-ММ-ДД, например 2026-03-01.
letter-problem-ambiguous-date = { $value } можно прочитать и как { $first }, и как { $second }.
letter-fix-ambiguous-date = Просьба написать дату в формате ГГГГ-ММ-ДД, чтобы нельзя было спутать день и месяц.
letter-problem-not-a-time = { $value } не является временем.
letter-fix-not-a-time = Просьба написать время в формате ЧЧ:ММ в 24-часовом исчислении, например 14:30.
letter-problem-not-a-date-time = { $value } не является датой и временем.
letter-fix-not-a-date-time = Просьба написать ГГГГ-ММ-ДД ЧЧ:ММ, например 2026-03-01 14:30.
letter-problem-not-a-location = { $value } не является местоположением.
letter-fix-not-a-location = Просьба написать широту и долготу в десятичных градусах, например 48.2082 16.3738.
letter-problem-off-the-globe = { $value } не является точкой на земном шаре.
letter-fix-off-the-globe = Просьба указать широту от -90 до 90 и долготу от -180 до 180.
letter-problem-too-few-points = В { $value } слишком мало точек.
letter-fix-too-few-points = Просьба указать точки в виде широты и долготы через точку с запятой: не менее двух для линии и не менее трех для области.
letter-problem-not-relevant = Вопрос не относится к вашему ответу; ответ сохранен.
letter-fix-not-relevant = Никаких действий не требуется.
letter-problem-required = На этот вопрос необходимо ответить, но ответа нет.
letter-fix-required = Просьба ответить на него; если информации нет, просьба указать это в ответе.
letter-problem-constraint = Ответ { $value } не принят.
letter-fix-constraint = Просьба проверить ответ.
letter-problem-constraint-unchecked = Ответ не удалось проверить здесь; он был проверен при вводе.
letter-fix-constraint-unchecked = Никаких действий не требуется.
letter-problem-constraint-broken = Ответ не удалось проверить из-за ошибки в вопроснике.
letter-fix-constraint-broken = Никаких действий не требуется; секретариат исправит вопросник.

## Заголовки информационного документа по умолчанию
info-title = Государства — члены Организации Объединенных Наций по региональным группам и их участие в Конвенции и протоколах к ней
info-author = Записка Секретариата

numbering-figure = I
numbering-table = 1

place-and-dates = { $place }, { $dates }

## Аналитический доклад

report-title = Осуществление { $instrument_of }: информация, полученная от государств в ходе { $cycle ->
    [1] первого
    [2] второго
    [3] третьего
    [4] четвертого
    [5] пятого
   *[other] { $cycle }-го
} цикла представления докладов
report-title-revised = Осуществление { $instrument_of }: обновленная информация на основе дополнительных ответов, полученных от государств в ходе { $cycle ->
    [1] первого
    [2] второго
    [3] третьего
    [4] четвертого
    [5] пятого
   *[other] { $cycle }-го
} цикла представления докладов
report-revision-text = Настоящий документ обновляет документ { $symbol }, в котором была представлена информация, полученная по состоянию на { $original_date }. { $count ->
    [0] По состоянию на { $date } других ответов получено не было, о чем говорится в приложении { $annex }.
    [one] В нем учтен ответ еще { $count } государства, полученный по состоянию на { $date } и указанный в приложении { $annex }, где также приведены изменившиеся показатели.
    [few] В нем учтены ответы еще { $count } государств, полученные по состоянию на { $date } и перечисленные в приложении { $annex }, где также приведены изменившиеся показатели.
   *[other] В нем учтены ответы еще { $count } государств, полученные по состоянию на { $date } и перечисленные в приложении { $annex }, где также приведены изменившиеся показатели.
}
report-annex-revision = Ответы, полученные после { $date }, и изменившиеся показатели
report-annex-revision-states = { $count ->
    [0] После { $date } ни одно государство не ответило.
    [one] После { $date } ответило следующее { $count } государство.
    [few] После { $date } ответили следующие { $count } государства.
   *[other] После { $date } ответили следующие { $count } государств.
}
report-annex-revision-figures = Показатели, изменившиеся после выхода документа { $symbol }
report-revision-row-parties = Ответившие государства-участники
report-revision-row-choice = Вопрос { $number }: { $choice }
report-revision-column-figure = Показатель
report-revision-column-as-at = По состоянию на { $date }
report-comparison = Сравнение с предыдущим циклом представления докладов
report-change = { $direction ->
    [up] что больше, чем в предыдущем цикле ({ $then })
    [down] что меньше, чем в предыдущем цикле ({ $then })
   *[same] как и в предыдущем цикле
}
report-comparison-rate = В предыдущем цикле представления докладов по состоянию на { $then_date } ответы представили { WORDS($then_responded, form: "neuter") } из { $then_parties } { $population ->
    [members] государств-членов
    [invited] государств, предложенных для ответа
   *[parties] государств — участников { $short_to }
} ({ $then_percent }). В настоящем цикле доля ответивших составляет { $now }, { $change } (см. таблицу { $table }).
report-comparison-first = { $count ->
    [0] Ни одно государство не представило ответ впервые в настоящем цикле.
    [one] Впервые в настоящем цикле ответ представило следующее государство:
    [few] Впервые в настоящем цикле ответы представили следующие { $count } государства:
   *[other] Впервые в настоящем цикле ответы представили следующие { $count } государств:
}
report-comparison-not-again = { $count ->
    [one] Следующее государство, ответившее в предыдущем цикле, пока не представило ответ:
    [few] Следующие { $count } государства, ответившие в предыдущем цикле, пока не представили ответы:
   *[other] Следующие { $count } государств, ответивших в предыдущем цикле, пока не представили ответы:
}
report-comparison-rate-caption = Ответы { $population ->
    [members] государств-членов
    [invited] приглашенных государств
   *[parties] государств-участников
} по региональным группам в предыдущем и настоящем циклах
report-comparison-column-then = Предыдущий цикл, на { $date }
report-comparison-column-now = Настоящий цикл, на { $date }
report-comparison-mandatory = Доля ответов, в которых сообщалось об осуществлении обязательных положений, составила { $now }, { $change }. В таблице { $table } два цикла сравниваются по каждому положению.
report-comparison-all = Доля ответов, в которых сообщалось об осуществлении положений, составила { $now }, { $change }. В таблице { $table } два цикла сравниваются по каждому положению.
report-comparison-rose = Больше всего эта доля выросла по { $provision }: об осуществлении сообщили { $now } государств, к которым относился вопрос, { $change }.
report-comparison-provisions-caption = Ответы, в которых сообщалось об осуществлении положения, в предыдущем и настоящем циклах (в процентах от числа государств, к которым относился вопрос)
report-author = Аналитический доклад Секретариата
report-introduction = Введение
report-mandate = Мандат
report-scope = Сфера охвата и структура доклада
report-replies = Полученные ответы
report-overview = Общий обзор сообщенных данных об осуществлении
report-assistance = Потребности в технической помощи
report-conclusions = Заключительные замечания
report-total = Итого
report-all-states = Все государства
report-unanswered-label = Нет ответа
report-article = { $title } ({ $provision })
report-chapter-range = { $count ->
    [2] { $first } и { $last }
   *[other] { $first }–{ $last }
}
ref-chapter = I
ref-figure = I
report-scope-text = В настоящем докладе обобщается информация, представленная государствами в ответах на вопросник об осуществлении { $instrument_of } в ходе { $cycle ->
    [1] первого
    [2] второго
    [3] третьего
   *[other] { $cycle }-го
} цикла представления докладов и полученная Секретариатом по состоянию на { $date }.
report-scope-questions = Вопросник содержал { $questions } { PLURAL($questions) ->
    [one] вопрос
    [few] вопроса
   *[other] вопросов
}, касающихся { WORDS($articles, form: "genitive-feminine") } { PLURAL($articles) ->
    [one] статьи
   *[other] статей
} { $short_of }. Как и в тексте { $short_of }, вопросы об обязательных положениях отделены от вопросов о положениях, которые государства-участники должны рассмотреть или могут принять.
report-scope-structure = В главах { $chapters } ответы анализируются по разделам и статьям; в главе { $assistance } излагаются сообщенные потребности в технической помощи, а в главе { $conclusions } содержатся заключительные замечания. В приложении I перечислены государства, представившие ответы, а в приложении II приводятся статистические таблицы по региональным группам.
report-scope-structure-one = В главе { $chapters } ответы анализируются по статьям; в главе { $assistance } излагаются сообщенные потребности в технической помощи, а в главе { $conclusions } содержатся заключительные замечания. В приложении I перечислены государства, представившие ответы, а в приложении II приводятся статистические таблицы по региональным группам.
report-scope-basis = Если не указано иное, процентные доли рассчитаны от числа государств, к которым относился вопрос, то есть государств, которые представили ответы и предыдущие ответы которых делали данный вопрос применимым к ним; доли округлены до целого числа.{ $population ->
    [parties] {" "}Ответы государств, подписавших документ, и государств, не являющихся ни участниками, ни подписавшими сторонами, включены в анализ{ $note }.
   *[other] { $note }
}
report-replies-none = По состоянию на { $date } ни одно государство не представило ответа на вопросник. Анализ будет представлен после получения ответов.
report-replies-text = По состоянию на { $date } ответы на вопросник представили { WORDS($responded, form: "neuter") } из { $parties } { $population ->
    [members] государств-членов
    [invited] государств, предложенных для ответа
   *[parties] государств — участников { $short_to }
} ({ $percent }).
report-replies-both = Ответы были также получены от { WORDS($signatories, form: "genitive") } { PLURAL($signatories) ->
    [one] государства, подписавшего документ,
   *[other] государств, подписавших документ,
} и от { WORDS($others, form: "genitive") } { PLURAL($others) ->
    [one] государства, не являющегося
   *[other] государств, не являющихся
} ни участниками, ни подписавшими сторонами; эти ответы включены в анализ, но не учитываются при расчете доли ответивших.
report-replies-signatories = Ответы были также получены от { WORDS($signatories, form: "genitive") } { PLURAL($signatories) ->
    [one] государства, подписавшего документ
   *[other] государств, подписавших документ
}; эти ответы включены в анализ, но не учитываются при расчете доли ответивших.
report-replies-others = Ответы были также получены от { WORDS($others, form: "genitive") } { PLURAL($others) ->
    [one] государства, не являющегося ни участником, ни подписавшей стороной
   *[other] государств, не являющихся ни участниками, ни подписавшими сторонами
}; эти ответы включены в анализ, но не учитываются при расчете доли ответивших.
report-replies-late = { PLURAL($late) ->
    [one] { $late } ответ, полученный после { $date }, не учитывается
    [few] { $late } ответа, полученных после { $date }, не учитываются
   *[many] { $late } ответов, полученных после { $date }, не учитываются
}.
report-replies-groups = Доля { $population ->
    [parties] государств-участников
    [members] государств-членов
   *[invited] приглашенных государств
}, представивших ответы, составляла от { $low_of } в группе «{ $low_group }» до { $high_of } в группе «{ $high_group }» (см. таблицу { $table } и диаграмму { $figure }).
report-rate-caption = Ответы { $population ->
    [members] государств-членов
    [invited] приглашенных государств
   *[parties] государств-участников
} по региональным группам
report-rate-chart-caption = Доля { $population ->
    [members] государств-членов
    [invited] приглашенных государств
   *[parties] государств-участников
}, представивших ответы, по региональным группам (в процентах)
chart-rate-measure = доля { $population ->
    [members] государств-членов
    [invited] приглашенных государств
   *[parties] государств-участников
}, представивших ответы (в процентах)
chart-rate-category = региональная группа
column-group = Региональная группа
column-parties = { $population ->
    [members] Государства-члены
    [invited] Приглашенные государства
   *[parties] Государства-участники
}
column-replies = Ответы
column-rate = Доля ответивших
column-provision = Положение
column-obligation = Характер
column-applicable = Государства, к которым относился вопрос
column-answers = Ответы
column-implemented = Осуществлено
column-share = Доля
column-answered = Ответили
column-answering = Государства, указавшие число
column-median = Медиана
column-min = Минимум
column-max = Максимум
column-sum = Итого
column-article = Статья
column-kind = Вид помощи
report-overview-text = В таблице { $table } показано, как ответили на вопрос об осуществлении каждого положения государства, к которым относился вопрос; сначала приводятся обязательные положения. Доля ответов, в которых сообщалось об осуществлении положения, составила { $mandatory } для обязательных положений и { $other } для других положений.
report-overview-text-mandatory = В таблице { $table } показано, как ответили на вопрос об осуществлении каждого положения государства, к которым относился вопрос. Доля ответов, в которых сообщалось об осуществлении этих обязательных положений, составила { $mandatory }.
report-overview-text-other = В таблице { $table } показано, как ответили на вопрос об осуществлении каждого положения государства, к которым относился вопрос.
report-overview-groups = В целом по всем положениям доля ответов, в которых сообщалось об осуществлении положения, составила { $all }: от { $low_of } в группе «{ $low_group }» до { $high_of } в группе «{ $high_group }» (см. таблицу { $table }).
report-overview-extremes = По отдельным положениям доля государств, к которым относился вопрос и которые сообщили об осуществлении положения, составила от { $least_percent_of } ({ $least }) до { $most_percent_of } ({ $most }).
report-overview-spread = Наибольшие различия между региональными группами отмечались по положению «{ $provision }»: о его осуществлении сообщили { $high } государств группы «{ $high_group }», к которым относился вопрос, и { $low } в группе «{ $low_group }».
report-overview-caption = Ответы об осуществлении каждого положения (в процентах от числа государств, к которым относился вопрос)
report-implementation-caption = Ответы, в которых сообщалось об осуществлении положения, по региональным группам
report-question = Вопрос { $number }: { $label }
report-obligation-mandatory = Согласно положениям ({ $provision }) { $short_of } государства-участники обязаны принять меры, о которых идет речь в вопросе { $number }: это обязательное положение.
report-obligation-shall_consider = Согласно положениям ({ $provision }) { $short_of } государства-участники должны рассмотреть возможность принятия мер, о которых идет речь в вопросе { $number }.
report-obligation-optional = Меры, о которых идет речь в вопросе { $number }, являются факультативными согласно положениям ({ $provision }) { $short_of }.
report-no-applicable = Вопрос { $number } не относился ни к одному из государств, представивших ответы.
report-choices = Из { WORDS($applicable, form: "genitive") } { PLURAL($applicable) ->
    [one] государства
   *[other] государств
}, к которым относился вопрос { $number }, { $distribution }.
report-choice-first = { $count } ({ $percent }) ответили { $label }
report-choice-next = { $count } ({ $percent }) — { $label }
report-choice-unanswered = { $count } ({ $percent }) не ответили
report-multiple = Из { WORDS($applicable, form: "genitive") } { PLURAL($applicable) ->
    [one] государства
   *[other] государств
}, к которым относился вопрос { $number }, { $distribution }.
report-multiple-first = { $count } ({ $percent }) отметили вариант { $label }
report-multiple-next = { $count } ({ $percent }) — { $label }
report-multiple-none = Ни одно из { $applicable } { PLURAL($applicable) ->
    [one] государства
   *[other] государств
}, к которым относился вопрос { $number }, не отметило ни одного варианта.
report-numbers = В ответ на вопрос { $number } { PLURAL($answering) ->
    [one] число указало { WORDS($answering, form: "neuter") } государство
    [few] число указали { WORDS($answering, form: "neuter") } государства
   *[many] число указали { WORDS($answering, form: "neuter") } государств
}: медиана составила { $median }, значения варьировались от { $min } до { $max }, а их сумма составила { $total }.
report-numbers-none = Ни одно государство не указало число в ответ на вопрос { $number }.
report-ungrouped = Общие вопросы
report-scope-sections = Вопросник содержал { $questions } { PLURAL($questions) ->
    [one] вопрос
    [few] вопроса
   *[many] вопросов
}, распределенных по { WORDS($sections, form: "dative") } { PLURAL($sections) ->
    [one] разделу
   *[other] разделам
}.
report-dates = Из { WORDS($applicable, form: "genitive") } { PLURAL($applicable) ->
    [one] государства
   *[other] государств
}, к которым относился вопрос { $number }, дату указали { $answered } ({ $percent }): от { $earliest } до { $latest }.
report-dates-same = Из { WORDS($applicable, form: "genitive") } { PLURAL($applicable) ->
    [one] государства
   *[other] государств
}, к которым относился вопрос { $number }, дату указали { $answered } ({ $percent }): во всех случаях { $earliest }.
report-dates-none = Ни одно из { $applicable } { PLURAL($applicable) ->
    [one] государства
   *[other] государств
}, к которым относился вопрос { $number }, не указало дату.
report-text-by = Из { WORDS($applicable, form: "genitive") } { PLURAL($applicable) ->
    [one] государства
   *[other] государств
}, к которым относился вопрос { $number }, ответ на него дали { $answered } ({ $percent }): { $by }.
report-text-by-first = { $all ->
    [all] все { $gave }
    [none] ни одно из { $gave }
   *[some] { $wrote } из { $gave }
} { PLURAL($gave) ->
    [one] государства, ответившего
   *[other] государств, ответивших
} { $label } на вопрос { $lead }
report-text-by-next = { $all ->
    [all] все { $gave }
    [none] ни одно из { $gave }
   *[some] { $wrote } из { $gave }
} { PLURAL($gave) ->
    [one] ответившего
   *[other] ответивших
} { $label }
report-text-compilation = Ответы воспроизводятся в том виде, в каком они были получены, в подборке ответов ({ $symbol }).
report-repeat-title = Таблица вопросника: { $title }
report-repeat = Таблицу { $title } заполнили { $states } из { $respondents } { PLURAL($respondents) ->
    [one] государства, представившего
   *[other] государств, представивших
} ответы ({ $percent }); всего { $rows } { PLURAL($rows) ->
    [one] строка
    [few] строки
   *[many] строк
}.
report-repeat-none = Ни одно из государств, представивших ответы, не заполнило таблицу { $title }.
report-repeat-unanswered = Ни в одной строке не дан ответ на вопрос { $number } ({ $label }).
report-repeat-choice = { $label }: { $count }
report-repeat-choices = Ответ на вопрос { $number } ({ $label }) дан в { $answered } { PLURAL($answered) ->
    [one] строке
   *[other] строках
}: { $distribution }.
report-repeat-numbers = Ответ на вопрос { $number } ({ $label }) дан в { $answered } { PLURAL($answered) ->
    [one] строке
   *[other] строках
}: медиана составила { $median }, значения варьировались от { $min } до { $max }, а их сумма составила { $total }.
report-repeat-answered = Ответ на вопрос { $number } ({ $label }) дан в { $answered } { PLURAL($answered) ->
    [one] строке
   *[other] строках
}.
report-analysis-untranslated = [Следующий текст пока не переведен на русский язык; он приводится на английском языке.]
compilation-title = { $form }: подборка полученных ответов
compilation-author = Документ зала заседаний, подготовленный Секретариатом
compilation-intro = В настоящем документе зала заседаний по каждому вопросу воспроизводятся в том виде, в каком они были получены, ответы { $count } { PLURAL($count) ->
    [one] государства, представившего
   *[other] государств, представивших
} ответы на вопросник по состоянию на { $date }. Государства перечислены в алфавитном порядке; ответы на вопросы, касающиеся персональных данных, не воспроизводятся.
compilation-report = Ответы проанализированы в докладе Секретариата { $symbol }.
compilation-no-report = Ответы воспроизводятся без анализа.
compilation-unanswered = Из государств, к которым относился вопрос { $number }, { PLURAL($count) ->
    [one] не ответило на него { $count }
   *[other] не ответили на него { $count }
}.
compilation-column-state = Государство
compilation-column-answer = Ответ
compilation-none = Ни одно государство не ответило на этот вопрос.
report-answered = Вопрос { $number } относился к { $applicable } { PLURAL($applicable) ->
    [one] государству
   *[other] государствам
}; ответы на него представили { $answered } из них ({ $percent }).
report-chart-caption = Ответы на вопрос { $number } по региональным группам (число государств)
chart-answers-measure = ответы на вопрос { $number } (число государств)
report-ta-no-replies = Ни одно государство не представило ответа на вопросник.
report-ta-none = Ни одно из государств, представивших ответы, не запросило техническую помощь.
report-ta-any = Из { WORDS($respondents, form: "genitive") } { PLURAL($respondents) ->
    [one] государства
   *[other] государств
}, представивших ответы, { WORDS($count, form: "neuter") } ({ $percent }) запросили техническую помощь для осуществления по меньшей мере одной из статей, охватываемых вопросником.
report-ta-articles = Чаще всего помощь запрашивалась в связи со следующими статьями: { $articles } (см. таблицу { $table }).
report-ta-kinds = Чаще всего запрашивались следующие виды помощи: { $kinds } (см. таблицу { $table } и диаграмму { $figure }).
report-ta-articles-caption = Государства, запросившие техническую помощь, по статьям и региональным группам
report-ta-kinds-caption = Запрошенные виды технической помощи по региональным группам (число государств)
report-ta-kinds-chart-caption = Государства, запросившие каждый вид технической помощи
chart-kinds-measure = число государств, запросивших каждый вид помощи
chart-kinds-category = вид помощи
report-annex-respondents = Государства, представившие ответы на вопросник по состоянию на { $date }
report-annex-respondents-text = Ответы на вопросник к { $date } представили следующие государства (число государств: { $count }).
report-annex-respondents-marked = Ответы на вопросник к { $date } представили следующие государства (число государств: { $count }). Государства, подписавшие документ, отмечены одной звездочкой (*), а государства, не являющиеся ни участниками, ни подписавшими сторонами, — двумя (**).
report-annex-tables = Статистические таблицы по региональным группам
report-annex-tables-text = В таблицах по каждому вопросу указано число государств по региональным группам. Тире (—) означает, что значение не может быть рассчитано.
report-annex-caption = Вопрос { $number }: { $label }
instrument-of-untoc = Конвенции Организации Объединенных Наций против транснациональной организованной преступности
instrument-of-tip = Протокола о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее, дополняющего Конвенцию Организации Объединенных Наций против транснациональной организованной преступности
instrument-of-som = Протокола против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющего Конвенцию Организации Объединенных Наций против транснациональной организованной преступности
instrument-of-fa = Протокола против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему, дополняющего Конвенцию Организации Объединенных Наций против транснациональной организованной преступности
instrument-short-of-untoc = Конвенции
instrument-short-of-tip = Протокола о торговле людьми
instrument-short-of-som = Протокола о мигрантах
instrument-short-of-fa = Протокола об огнестрельном оружии
instrument-short-to-untoc = Конвенции
instrument-short-to-tip = Протокола о торговле людьми
instrument-short-to-som = Протокола о мигрантах
instrument-short-to-fa = Протокола об огнестрельном оружии
report-questionnaire-of = вопросника

## Страновые справки

profile-title = Страновая справка
profile-as-at = По состоянию на { $date }
profile-group = Региональная группа: { $group }
profile-prepared = Подготовлено Секретариатом на основе информации, полученной от государства по состоянию на { $date }.
profile-footer = Страновая справка: { $state }, по состоянию на { $date }
profile-treaties = Участие в Конвенции и протоколах к ней
profile-reporting = Ответы на вопросники
profile-implementation = Сообщенные данные об осуществлении
profile-implementation-of = Осуществление: { $title }
profile-compare = Положения, об осуществлении которых сообщено
profile-assistance = Запрошенная техническая помощь
profile-column-instrument = Документ
profile-column-status = Статус
profile-column-date = Дата
profile-column-questionnaire = Вопросник
profile-column-reply = Ответ
profile-column-number = №
profile-column-question = Вопрос
profile-column-answer = Ответ
profile-column-state = Государство
profile-column-group = Его региональная группа
profile-column-all = Все ответившие государства
profile-column-article = Статья
profile-column-kinds = Виды помощи
profile-party = Участник
profile-signatory = Подписавшая сторона
profile-not-party = Не является участником
profile-reply-counted = Получен { $date }.
profile-reply-late = Получен { $date }, после предельного срока.
profile-reply-replaced = Он заменяет { PLURAL($count) ->
    [one] ранее полученный ответ ({ $dates }).
   *[other] ранее полученные ответы ({ $dates }).
}
profile-reply-rejected = Ответ был получен { $date }, но пока не может быть учтен.
profile-reply-none = По состоянию на { $date } ответ не получен.
profile-reply-previous = В предыдущем цикле: получен { $date }.
profile-since = По сравнению с ответом от { $date } в предыдущем цикле представления докладов { $changed ->
    [0] ни один из { $compared } ответов не изменился.
    [one] изменился { $changed } из { $compared } ответов; под ним приведен прежний ответ. Остальные ответы не изменились.
   *[other] изменились { $changed } из { $compared } ответов; под каждым из них приведен прежний ответ. Остальные ответы не изменились.
}
profile-previous-answer = Предыдущий цикл: { $answer }
profile-no-reply = По состоянию на { $date } ответы на вопросники не поступили.
profile-no-answer = Нет ответа
profile-answered-not-applicable = { $answer } (ответ дан, хотя вопрос не относился к данному ответу)
profile-compare-text = В таблице и на диаграмме приведена доля ответов об осуществлении положений, в которых сообщалось об их осуществлении: для этого государства, для группы «{ $group }» и для всех ответивших государств. Эти данные совпадают с данными аналитических докладов.
profile-compare-caption = Ответы, в которых сообщалось об осуществлении положения (в процентах)
profile-all-respondents = Все ответившие государства
chart-compare-measure = доля ответов, в которых сообщалось об осуществлении положения
chart-compare-category = вопросник
profile-assistance-none = В своих ответах государство не запрашивало техническую помощь.
profile-assistance-text = О своих потребностях в технической помощи государство сообщило следующее.

profile-not-applicable-list = { PLURAL($count) ->
    [one] Вопрос { $questions } не относился к данному ответу.
   *[other] Вопросы { $questions } не относились к данному ответу.
}

profile-column-requested = Запрошена

## Печатные вопросники

quest-cycle = { $cycle ->
    [1] Первый
    [2] Второй
    [3] Третий
   *[other] { $cycle }-й
} цикл представления докладов
quest-deadline = Просьба вернуть заполненный вопросник не позднее { $date }.
quest-return-to = Адрес для возврата: { $address }
quest-state = Государство: { $state }
quest-on-record = Имеющийся ответ:
quest-prefilled = Под каждым вопросом приведен ответ из вашего ответа, полученного { $date }. Если он остается в силе, отметьте «Без изменений» и оставьте поля для ответа пустыми; отвечайте только там, где что-то изменилось.
quest-prefilled-previous = Под каждым вопросом приведен ответ из вашего ответа в предыдущем цикле представления докладов, полученного { $date }. Если он остается в силе, отметьте «Без изменений» и оставьте поля для ответа пустыми; отвечайте только там, где что-то изменилось.
quest-instructions-title = Как заполнять вопросник
quest-instructions = Пишите черной или синей шариковой ручкой печатными буквами.|Поставьте крестик (X) в клетке вашего ответа. «Отметьте одну клетку» означает только один ответ; «Отметьте все подходящие варианты» — все подходящие ответы.|Чтобы отменить ответ, полностью закрасьте его клетку и поставьте крестик в нужной клетке.|Пишите по одной цифре в клетке, начиная справа; даты пишите в виде дня, месяца и года.|Если вопрос не относится к вашей стране, следуйте указанию рядом с предыдущим ответом («перейдите к вопросу…») или под вопросом («Отвечайте, только если…»).|Не скрепляйте, не сгибайте и не уменьшайте страницы. Верните все страницы, в том числе незаполненные.
quest-focal-title = Лицо, координировавшее подготовку ответа
quest-tick-one = Отметьте одну клетку.
quest-tick-all = Отметьте все подходящие варианты.
quest-capitals = Пишите печатными буквами.
quest-digits = Одна цифра в клетке.
quest-other = Другое (просьба уточнить)
quest-go-to = Если { $choice }, перейдите к вопросу { $number }.
quest-go-to-end = Если { $choice }, перейдите к концу вопросника.
quest-footer = Вопросник { $form }, версия { $version }
quest-day = ДД
quest-month = ММ
quest-year = ГГГГ
quest-hour = ЧЧ
quest-minute = ММ
quest-latitude = Широта
quest-longitude = Долгота
quest-attach = Приложите файл, фотографию или запись к вашему ответу и укажите здесь их название.
quest-end = Конец вопросника. Благодарим вас.

quest-tick-ok = Поставьте отметку в квадрате для подтверждения.
quest-scale = Отметьте одно значение.
quest-rank = Пронумеруйте пункты от 1 (самый важный) до { $count }.
quest-time = В 24-часовом формате.
quest-geo = В десятичных градусах; для южной широты и западной долготы — со знаком минус.
quest-geo-points = По одной точке в строке, по порядку.
quest-media-shown = (В электронной форме здесь показан файл: { $file }.)

## Книги ответов (palermo workbook)

wb-sheet-answers = Ответы
wb-sheet-instructions = Инструкции
wb-help = Как отвечать
wb-instructions = Отвечайте только в столбце «answer»: остальные ячейки защищены.|Не изменяйте столбец «name»: по нему palermo определяет, к какому вопросу относится ответ.|Выберите ответ из списка в ячейке. Если требуется указать все подходящие ответы, перечислите их через запятую.|Заполните строки «state» (трехбуквенный код вашей страны) и «submitted» (дата отправки ответа).|Вопрос может зависеть от предыдущего ответа: в его примечании сказано, когда на него отвечать. Остальные оставьте пустыми.|Сохраните файл в формате Excel (.xlsx) и отправьте его без изменений, не переименовывая листы.
wb-state = Государство (трехбуквенный код ISO)
wb-submitted = Дата отправки ответа
wb-version = Версия вопросника (не изменять)
wb-text = Текст.
wb-whole = Целое число.
wb-decimal = Число.
wb-between = От { $low } до { $high }.
wb-at-least = Не менее { $low }.
wb-at-most = Не более { $high }.
wb-date = Дата: ГГГГ-ММ-ДД.
wb-time = Время: ЧЧ:ММ, в 24-часовом формате.
wb-date-time = Дата и время: ГГГГ-ММ-ДД ЧЧ:ММ.
wb-choose-one = Выберите один ответ из списка.
wb-choose-many = Перечислите через запятую все подходящие ответы: { $choices }.
wb-rank = Перечислите через запятую все варианты, начиная с самого важного: { $choices }.
wb-range = Число от { $start } до { $end } с шагом { $step }.
wb-geo = Широта и долгота в десятичных градусах через пробел.
wb-geo-points = Точки (широта и долгота) через точку с запятой.
wb-file = Имя файла, отправленного вместе с ответом.
wb-acknowledge = Выберите OK для подтверждения.
wb-error-title = Ответ не принят
wb-repeat = { $title }: по одной строке на каждый пункт.
wb-no-change = Без изменений
wb-no-change-help = Выберите «Без изменений», если записанный здесь ответ остается в силе; если вы исправляете ответ, оставьте ячейку пустой.
wb-prefilled = Здесь приведены ответы из вашего ответа, полученного { $date }. Если ответ остается в силе, выберите рядом «Без изменений»; исправьте только то, что изменилось.
wb-prefilled-previous = Здесь приведены ответы из вашего ответа в предыдущем цикле представления докладов, полученного { $date }. Если ответ остается в силе, выберите рядом «Без изменений»; исправьте только то, что изменилось.
site-title = Документы сессии
site-venue = { $session }, { $place }, { $dates }
site-languages = Языки
site-documents = Документы
site-column-symbol = Условное обозначение
site-column-title = Название
site-column-date = Дата
site-column-versions = Языковые версии
site-version-label = { $language }: PDF, { $pages } { PLURAL($pages) ->
    [one] страница
    [few] страницы
   *[many] страниц
}, { $size }
site-size = { $kb } КБ
site-item = { $line }: { $title }
site-other = Другие документы
site-questionnaires = Вопросники
site-profiles = Страновые профили
site-data = Данные
site-data-text = Показатели каждого аналитического доклада доступны по ссылке в его строке (CSV); ответы на каждый вопросник образуют открытый набор данных, по одной строке на государство и вопрос, описанный его пакетом данных.
site-figures-csv = Показатели (CSV)
site-data-replies = Ответы на { $form } (CSV)
site-data-package = Описание набора данных (Frictionless Data Package, JSON)
site-back = Все документы сессии
site-data-link = Данные (CSV)
site-table = Таблица { $n }
site-figure = Диаграмма { $n }
site-html = { $language }: веб-страница (HTML)

## The review sheet of scanned questionnaires (palermo scan: out/scans/review.pdf)
scan-review-title = Отсканированные вопросники для проверки
scan-review-summary = Прочитано страниц: { $pages } из файлов: { $files } ({ $date }). Проектов ответов: { $replies }; ответов, прочитанных с уверенностью: { $certain }; подлежат подтверждению или вводу ниже: { $review }.
scan-review-unread = Непрочитанные страницы
scan-review-source = { $file }, стр. { $page }
scan-review-reply = { $form }: { $state }, экземпляр: { $lang }
scan-review-unknown-state = Государство не указано (незаполненный экземпляр: впишите его код в поле "state")
scan-review-draft = Проект ответа: { $file }. Исправьте его, затем примите командой palermo scan --accept.
scan-review-missing = Страницы вопросника, отсутствующие среди сканов: { $pages }.
scan-review-twice = { $source } повторяет страницу { $page }: она не прочитана.
scan-review-to-check = Подтвердить или ввести
scan-review-seen = Прочитано: { $seen }
scan-review-nothing-seen = Прочитано: ничего определенного
scan-review-certain = Прочитано с уверенностью (для выборочной проверки)
scan-review-question = Вопрос
scan-review-answer = Прочитанный ответ
scan-review-crop-alt = Отсканированное поле ответа на вопрос { $question }
scan-why-faint = Отметка между двумя порогами: слабая линия, штрих из соседней клетки или частично закрашенная клетка.
scan-why-two-ticks = Отмечено больше одной клетки там, где требуется один ответ.
scan-why-filled-alone = Клетка закрашена (отмена), а другая клетка не отмечена.
scan-why-registration = Страницу не удалось точно совместить со сканом: проверьте каждую отметку на глаз.
scan-why-no-change = «Без изменений» отмечено вместе с новым ответом или при отсутствии ответа в записях.
scan-why-written = Написано от руки: введите это в проект.
