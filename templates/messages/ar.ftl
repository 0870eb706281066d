# عبارات palermo باللغة العربية: كل كلمة يراها القارئ في وثيقة.
#
# رسالة واحدة لكل عبارة. `{ $name }` قيمة يضعها palermo؛ و`{ PLURAL($n) -> … }` يختار صيغة العدد
# (فئات CLDR: zero وone وtwo وfew وmany وother). ويصحّح المؤتمر أي رسالة بوضع ملفه
# templates/messages/ar.ftl، ولا يضم إلا الرسائل التي يغيّرها، في مجلده.

## أعراف اللغة

language-name = { $code ->
    [ar] العربية
    [zh] الصينية
    [fr] الفرنسية
    [ru] الروسية
    [es] الإسبانية
   *[en] الإنكليزية
}
job-letter = A
number-words = {""}
number-in-words = { WORDS($n) }
typography-number-after = المادة|المادتين|المواد|الجدول|الجدولين|الشكل|الفقرة|الفقرتين|السؤال|السؤالين|المرفق|الفصل|المقرر|القرار|الصفحة
typography-unit-after-number = {""}
typography-never-first = {""}
percent = { $value } في المائة
percent-of = { $value } في المائة
percent-short = { $value }%
fraction = { $which ->
    [half] النصف
    [third] الثلث
    [two-thirds] الثلثان
    [quarter] الربع
   *[three-quarters] ثلاثة أرباع
}
list-separator = {"، "}
list-and = { $first } و{ $last }
list-or = { $first } أو { $last }
quote-open = «
quote-close = »
month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيه
month-7 = تموز/يوليه
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر
date = { $day }{"\u00A0"}{ $month }{"\u00A0"}{ $year }
date-range-same-month = { $day1 }-{ $day2 }{"\u00A0"}{ $month2 }{"\u00A0"}{ $year2 }
date-range-same-year = { $day1 } { $month1 } - { $day2 }{"\u00A0"}{ $month2 }{"\u00A0"}{ $year2 }
date-range = { $date1 } - { $date2 }
month-short-1 = 1
month-short-2 = 2
month-short-3 = 3
month-short-4 = 4
month-short-5 = 5
month-short-6 = 6
month-short-7 = 7
month-short-8 = 8
month-short-9 = 9
month-short-10 = 10
month-short-11 = 11
month-short-12 = 12
date-short = { $day }/{ $month }/{ $year }

## ترقيم العناوين والفقرات

numbering-chapter = أولا -|ثانيا -|ثالثا -|رابعا -|خامسا -|سادسا -|سابعا -|ثامنا -|تاسعا -|عاشرا -|حادي عشر -|ثاني عشر -|ثالث عشر -|رابع عشر -|خامس عشر -|سادس عشر -|سابع عشر -|ثامن عشر -|تاسع عشر -|عشرون -
numbering-section = ألف -|باء -|جيم -|دال -|هاء -|واو -|زاي -|حاء -|طاء -|ياء -|كاف -|لام -|ميم -|نون -|سين -|عين -|فاء -|صاد -|قاف -|راء -|شين -|تاء -|ثاء -|خاء -|ذال -|ضاد -
numbering-subsection = 1 -
numbering-subparagraph = (أ)
numbering-subsubparagraph = (1)
numbering-paragraph = 1 -
numbering-annex = { $n ->
    [1] المرفق الأول
    [2] المرفق الثاني
    [3] المرفق الثالث
   *[other] المرفق { $n }
}
figure-supplement = الشكل
table-supplement = الجدول
contents-title = المحتويات
contents-chapter = الفصل
contents-paragraphs = الفقرات
contents-page = الصفحة
page-of = الصفحة { $page } من { $total }

## ترويسة وثيقة المؤتمر وعناصر صفحاتها

united-nations = الأمم المتحدة
distribution = { $kind ->
    [limited] Distr.: Limited
    [restricted] Distr.: Restricted
   *[general] Distr.: General
}
masthead-language-lines = Arabic|Original: { $original ->
    [ar] Arabic
    [zh] Chinese
    [fr] French
    [ru] Russian
    [es] Spanish
   *[en] English
}
masthead-date-language = en
session = الدورة { $n ->
    [1] الأولى
    [2] الثانية
    [3] الثالثة
    [4] الرابعة
    [5] الخامسة
    [6] السادسة
    [7] السابعة
    [8] الثامنة
    [9] التاسعة
    [10] العاشرة
    [11] الحادية عشرة
    [12] الثانية عشرة
    [13] الثالثة عشرة
    [14] الرابعة عشرة
    [15] الخامسة عشرة
    [16] السادسة عشرة
    [17] السابعة عشرة
    [18] الثامنة عشرة
    [19] التاسعة عشرة
    [20] العشرون
   *[other] { $n }
}
agenda-line = البند { $subparagraph ->
    [none] { $item }
   *[other] { $number } ({ subparagraph-letter })
} من جدول الأعمال المؤقت
please-recycle = يرجى إعادة الاستعمال
reproduced-as-received = المعلومات مستنسخة بالصيغة التي وردت بها.

## المجموعات الإقليمية الخمس والصكوك الأربعة

group-african = الدول الأفريقية
group-asia-pacific = دول آسيا والمحيط الهادئ
group-eastern-european = دول أوروبا الشرقية
group-latin-american-caribbean = دول أمريكا اللاتينية ومنطقة البحر الكاريبي
group-western-european-other = دول أوروبا الغربية ودول أخرى
group-short-african = أفريقيا
group-short-asia-pacific = آسيا والمحيط الهادئ
group-short-eastern-european = أوروبا الشرقية
group-short-latin-american-caribbean = أمريكا اللاتينية والكاريبي
group-short-western-european-other = أوروبا الغربية ودول أخرى
instrument-untoc = اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية
instrument-tip = بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية
instrument-som = بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية
instrument-fa = بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوّناتها والذخيرة والاتجار بها بصورة غير مشروعة، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية
instrument-short-untoc = الاتفاقية
instrument-short-tip = بروتوكول الاتجار بالأشخاص
instrument-short-som = بروتوكول تهريب المهاجرين
instrument-short-fa = بروتوكول الأسلحة النارية
# A subparagraph's or agenda sub-item's letter ($subparagraph): in the abjad order of UN Arabic
# texts, (a) (b) (c) are (أ) (ب) (ج).
subparagraph-letter = { $subparagraph ->
    [a] أ
    [b] ب
    [c] ج
    [d] د
    [e] هـ
    [f] و
    [g] ز
    [h] ح
    [i] ط
    [j] ي
    [k] ك
    [l] ل
    [m] م
    [n] ن
    [o] س
    [p] ع
    [q] ف
    [r] ص
    [s] ق
    [t] ر
    [u] ش
    [v] ت
    [w] ث
    [x] خ
    [y] ذ
    [z] ض
   *[other] { $subparagraph }
}
provision = المادة { $article }{ $paragraph ->
    [none] {""}
   *[other] ، الفقرة { $paragraph }
}{ $subparagraph ->
    [none] {""}
   *[other] {" "}({ subparagraph-letter })
}
provision-of = { provision }
state-the = { $name }
state-of = { $name }
state-to = { $definite ->
    [yes] لل{ $rest }
   *[no] ل{ $name }
}
definite-prefix = ال
elision-initials = {""}
obligation-mandatory = إلزامي
obligation-shall_consider = يتعيّن النظر فيه
obligation-optional = اختياري

## الرسوم البيانية (تقرأ برامجُ قراءة الشاشة النصَّ البديل)

chart-bar-alt = رسم بياني بالأعمدة يبيّن { $measure } حسب { $category }: { $items }.
chart-stacked-alt = رسم بياني بالأعمدة المكدّسة يبيّن { $measure } حسب { $category }: { $items }.
chart-item = { $label }، { $value }
chart-item-separator = {"؛ "}
chart-segment = { $label } { $value }

## وثيقة المعلومات: الدول الأعضاء حسب المجموعات الإقليمية

info-introduction = مقدمة
info-intro-scope = تسرد هذه المذكرة الدول الأعضاء في الأمم المتحدة الـ{ $members } حسب المجموعات الإقليمية، وتبيّن لكل منها مشاركتها، في { $date }، في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الثلاثة الملحقة بها. والغرض منها مساعدة المؤتمر في استعراضه لتنفيذ تلك الصكوك.
info-intro-totals = وفي { $date }، بلغ عدد الأطراف من بين الدول الأعضاء { $untoc } في الاتفاقية، و{ $tip } في بروتوكول الاتجار بالأشخاص، و{ $som } في بروتوكول تهريب المهاجرين، و{ $fa } في بروتوكول الأسلحة النارية. وكان عدد الدول الأعضاء الأطراف في الصكوك الأربعة جميعها { $all }.{ $note }
info-dates-note = التواريخ الواردة في الجداول هي تواريخ إيداع صكوك التصديق أو القبول أو الإقرار أو الانضمام؛ ويشير الرمز «(s)» إلى توقيع لم يعقبه تصديق بعد. والمعلومات مستنسخة بالصيغة التي وردت بها.
info-by-group = الدول الأعضاء حسب المجموعات الإقليمية
info-groups-text = يبيّن الشكل الأول توزّع الدول الأعضاء على المجموعات الإقليمية الخمس. { $count ->
    [one] وأكبر المجموعات هي مجموعة
   *[other] وأكبر المجموعات هي مجموعات
} { $groups }، إذ يبلغ عدد أعضائها { $members }.
info-figure-caption = عدد الدول الأعضاء حسب المجموعة الإقليمية
info-group-text = تضم مجموعة { $group } { PLURAL($members) ->
    [one] عضوا واحدا
    [two] عضوين
    [few] { $members } أعضاء
   *[other] { $members } عضوا
}، { PLURAL($untoc) ->
    [zero] ليس أي منها طرفا في الاتفاقية
    [one] منها دولة واحدة طرف في الاتفاقية
    [two] منها دولتان طرفان في الاتفاقية
    [few] منها { $untoc } دول أطراف في الاتفاقية
   *[other] منها { $untoc } دولة طرفا في الاتفاقية
}، و{ $tip } في بروتوكول الاتجار بالأشخاص، و{ $som } في بروتوكول تهريب المهاجرين، و{ $fa } في بروتوكول الأسلحة النارية (انظر الجدول { $table }).
info-table-caption = { $group }: المشاركة في الاتفاقية والبروتوكولات
info-column-state = الدولة
info-signature-mark = (s)
chart-members-measure = عدد الدول الأعضاء
chart-members-category = المجموعة الإقليمية

## شروط الاستبيان بالكلمات

expr-relevant = أجب فقط إذا { $condition }.
expr-constraint = لا تُقبل الإجابة إلا إذا { $condition }.
expr-required = الإجابة مطلوبة إذا { $condition }.
expr-answered-value = كانت إجابتك عن السؤال { $q } { $value }
expr-not-answered-value = لم تكن إجابتك عن السؤال { $q } { $value }
expr-answered = أجبت عن السؤال { $q }
expr-not-answered = لم تجب عن السؤال { $q }
expr-selected = اخترت { $value } في السؤال { $q }
expr-not-selected = لم تختر { $value } في السؤال { $q }
expr-answer-to = الإجابة عن السؤال { $q }
expr-this-answer = الإجابة
expr-characters = عدد أحرف { $a }
expr-count-selected = عدد الخيارات المختارة في السؤال { $q }
expr-matches = { $a } يطابق النمط { $value }
expr-not = ليس صحيحا أن { $a }
expr-comparison = كانت قيمة { $a } { $op ->
    [eq] تساوي
    [ne] لا تساوي
    [lt] أقل من
    [le] لا تزيد على
    [gt] أكبر من
   *[ge] لا تقل عن
} { $b }
expr-and = { $first } و{ $last }
expr-or = { $first } أو { $last }
expr-today = تاريخ اليوم

## الرسالة الموجهة إلى دولة

letter-office = مكتب الأمم المتحدة المعني بالمخدرات والجريمة
letter-to = إلى: البعثة الدائمة { $state_to } لدى الأمم المتحدة (فيينا)
letter-subject = الموضوع: ردودكم على الاستبيانات المتعلقة بالتنفيذ
letter-with-problems = تشكر الأمانة { $state } على ردودها. وقد تبيّن لها عند مراجعتها وجود المسائل المبيّنة أدناه، التي تحول دون احتساب بعض الإجابات. وستكون الأمانة ممتنة لو أُرسلت الردود المصحّحة في موعد أقصاه { $deadline }.
letter-no-problems = تشكر الأمانة { $state } على ردودها التي وردت وتمت مراجعتها. ولا يلزم إجراء أي تصحيح.
letter-no-reply = لم تتلق الأمانة بعدُ ردود { $state } على الاستبيانات. وستكون ممتنة لو أُرسلت إليها في موعد أقصاه { $deadline }.
letter-column-question = السؤال
letter-column-problem = المشكلة
letter-column-fix = طريقة التصحيح
letter-closing = وتظل الأمانة على استعداد لتقديم أي مساعدة.
reminder-subject = تذكير: الاستبيانات المتعلقة بتنفيذ الاتفاقية والبروتوكولات الملحقة بها
reminder-opening = تهدي أمانة مكتب الأمم المتحدة المعني بالمخدرات والجريمة تحياتها إلى البعثة الدائمة { $state_to } لدى الأمم المتحدة (فيينا)، وتتشرف بأن تشير إلى أن { $decision ->
    [none] { $body }
   *[other] { $body }، في مقرّره { $decision }،
} طلب إلى الأمانة أن تجمع من الدول، عن طريق الاستبيانات، معلومات عن تنفيذها للاتفاقية والبروتوكولات الملحقة بها.
reminder-outstanding = لم تكن الأمانة قد تلقت، حتى { $date }، ردود { $state } على الاستبيانات التالية، التي كان موعد تقديمها { $deadline }. ويرد بجانب كل منها اسم مصنف الإجابات المعدّ لهذه الدولة:
reminder-ways = يمكن إرسال الردود بأي من الطرائق التالية:
reminder-way-online = { $url ->
    [none] إلكترونيا، عن طريق الاستمارة التي أرسلتها الأمانة إلى جهة الوصل الوطنية؛
   *[other] إلكترونيا، عن طريق الاستمارة المتاحة في { $url }؛
}
reminder-way-workbook = في مصنف الإجابات المرفق بصيغة Excel، يعاد بالبريد الإلكتروني؛ وقد أُدرج فيه اسم الدولة{ $prefilled ->
    [yes] ، وكذلك إجاباتها في دورة الإبلاغ السابقة، لتأكيدها ("لا تغيير") أو تصحيحها؛
   *[no] ؛
}
reminder-way-paper = { $printed ->
    [yes] على الاستبيان المطبوع، الذي يمكن للأمانة إرساله عند الطلب، يعاد بالبريد.
   *[other] على نسخة مطبوعة من الاستبيان، تعاد بالبريد.
}
reminder-closing = وتغتنم أمانة مكتب الأمم المتحدة المعني بالمخدرات والجريمة هذه الفرصة لتعرب مجددا للبعثة الدائمة { $state_to } لدى الأمم المتحدة (فيينا) عن فائق تقديرها.
letter-reply-of = الرد الوارد في { $date }
letter-reply-undated = رد ورد دون تاريخ
letter-reply-in-file = { $reply } (الملف { $file })
letter-file-heading = الملف { $file }
letter-about-submitted = تاريخ الرد
letter-about-state = الدولة
letter-invisible-note = تُعرض المحارف غير المرئية في شكل رموز { "\\u{…}" }.
letter-problem-constraint-message = لا تُقبل الإجابة { $value }: { $message }
letter-problem-file-unreadable = تعذرت قراءة الملف ({ $why }).
letter-fix-file-unreadable = يرجى إرسال الملف مرة أخرى.
letter-problem-file-empty = الملف فارغ.
letter-fix-file-empty = يرجى إرسال الملف مرة أخرى؛ فلعله لم يُحفظ أو لم يُنسخ بالكامل.
letter-problem-file-too-large = حجم الملف { $size } ميغابايت، وهو أكبر من الحجم الذي يمكن قراءته وهو { $max } ميغابايت.
letter-fix-file-too-large = يرجى حذف الصور وأوراق العمل غير المستخدمة، أو تقسيم الملف.
letter-problem-file-grew = تغيّر الملف أثناء قراءته.
letter-fix-file-grew = يرجى إرسال الملف كاملا مرة أخرى.
letter-problem-file-damaged = الملف تالف وتعذرت قراءته.
letter-fix-file-damaged = يرجى فتحه في برنامج جداول بيانات وحفظه من جديد ثم إرساله مرة أخرى.
letter-problem-not-a-spreadsheet = الملف ليس جدول بيانات يمكن قراءته.
letter-fix-not-a-spreadsheet = يرجى حفظه في شكل مصنف Excel (.xlsx) وإرساله مرة أخرى.
letter-problem-not-a-workbook = الملف ليس مصنفا بصيغة .{ $extension }: فلعله مبتور، أو ملف من نوع آخر غُيّر اسمه.
letter-fix-not-a-workbook = يرجى حفظه من جديد من برنامج جداول البيانات وإرساله مرة أخرى.
letter-problem-too-many-cells = تمتد أوراق عمل الملف على { $cells } خلية، وهو عدد أكبر من أن يُقرأ من ملف بصيغة .{ $extension }.
letter-fix-too-many-cells = يرجى حفظه في شكل مصنف Excel (.xlsx)، أو حذف الخلايا البعيدة عن غيرها.
letter-problem-password-protected = المصنف محمي بكلمة مرور.
letter-fix-password-protected = يرجى إزالة كلمة المرور وحفظ المصنف وإرساله مرة أخرى.
letter-problem-misnamed = امتداد الملف .{ $claimed } لكنه مصنف بصيغة .{ $actual }.
letter-fix-misnamed = يرجى تغيير امتداده إلى .{ $actual } وإرساله مرة أخرى.
letter-problem-misfiled = لم يُحفظ الملف مع الردود على أحد الاستبيانات.
letter-fix-misfiled = لا يلزم اتخاذ أي إجراء؛ وستتولى الأمانة حفظه.
letter-problem-no-data = لا يتضمن المصنف أي بيانات.
letter-fix-no-data = يرجى إرسال الردود مرة أخرى، مع صف العناوين وصف واحد لكل رد.
letter-problem-sheet-empty = ورقة العمل فارغة.
letter-fix-sheet-empty = يرجى إرسال الردود مرة أخرى، مع صف العناوين وصف واحد لكل رد.
letter-problem-extra-sheet = لم تُقرأ ورقة العمل { $sheet }: فالردود تُقرأ من ورقة العمل الأولى.
letter-fix-extra-sheet = يرجى جمع الردود كلها في ورقة عمل واحدة.
letter-problem-unreadable-line = تعذرت قراءة أحد أسطر الملف.
letter-fix-unreadable-line = يرجى التحقق من علامات التنصيص في هذا السطر.
letter-problem-duplicate-column = يجيب عمودان عن هذا السؤال (العمود الآخر هو العمود { $other }).
letter-fix-duplicate-column = يرجى الإبقاء على عمود واحد لكل سؤال.
letter-problem-unknown-column = العمود { $column } ليس سؤالا من أسئلة الاستبيان، ولم يُقرأ.
letter-fix-unknown-column = يرجى مطابقة اسم العمود مع الاستبيان.
letter-problem-not-json = الملف ليس ملف JSON صالحا.
letter-fix-not-json = يرجى التحقق من الملف؛ فلعله مبتور.
letter-problem-json-shape = لا يتضمن الملف ردودا في الشكل المتوقع.
letter-fix-json-shape = يرجى بيان كل رد مع دولته وتاريخه وإجاباته.
letter-problem-not-an-object = أحد الردود في الملف ليس في الشكل المتوقع.
letter-fix-not-an-object = يرجى بيان كل رد مع دولته وتاريخه وإجاباته.
letter-problem-unknown-field = لم يُقرأ الحقل { $field }.
letter-fix-unknown-field = يرجى وضع الإجابات تحت «answers».
letter-problem-answers-not-an-object = الإجابات ليست في الشكل المتوقع.
letter-fix-answers-not-an-object = يرجى ذكر كل إجابة بعد اسم سؤالها.
letter-problem-repeat-not-a-list = يجب أن تكون الإجابات عن { $repeat } قائمة من الصفوف.
letter-fix-repeat-not-a-list = يرجى ذكر مدخل واحد لكل صف.
letter-problem-repeat-row-not-an-object = أحد صفوف جدول الإجابات ليس في الشكل المتوقع.
letter-fix-repeat-row-not-an-object = يرجى ذكر كل إجابة في الصف بعد اسم سؤالها.
letter-problem-not-in-repeat = { $question } ليس سؤالا من أسئلة الجدول { $repeat }؛ ولم تُقرأ الإجابة.
letter-fix-not-in-repeat = يرجى التحقق من اسم السؤال.
letter-problem-unknown-question = لا يتضمن الاستبيان السؤال { $question }؛ ولم تُقرأ الإجابة.
letter-fix-unknown-question = يرجى مطابقة اسم السؤال مع الاستبيان.
letter-problem-unnamed-answer = لم تُقرأ إجابة لا يصحبها اسم سؤالها.
letter-fix-unnamed-answer = يرجى الإبقاء على عمود الأسماء كما أُرسل إليكم.
letter-problem-no-change-edited = عُدِّلت إجابة مملوءة مسبقًا مع أنها مؤشَّر عليها بعبارة "لا تغيير"؛ وقُرئت الإجابة كما كُتبت.
letter-fix-no-change-edited = يرجى حذف عبارة "لا تغيير" حيث صحّحتم إجابة، أو إعادة كتابة الإجابة السابقة.
letter-problem-answer-sheet-empty = ورقة الإجابات فارغة.
letter-fix-answer-sheet-empty = يرجى ملء الإجابات وصفَّي الدولة والتاريخ.
letter-problem-no-state = لا يبيّن الرد الدولة التي أرسلته.
letter-fix-no-state = يرجى ذكر الرمز الثلاثي الأحرف لدولتكم.
letter-problem-unknown-state = { $value } ليس رمز دولة.
letter-fix-unknown-state = يرجى ذكر الرمز الثلاثي الأحرف لدولتكم.
letter-problem-no-submitted = لا يبيّن الرد تاريخ إرساله.
letter-fix-no-submitted = يرجى ذكر تاريخ إرسال الرد بالصيغة YYYY-MM-DD.
letter-problem-not-party = دولتكم ليست طرفا في الصك الذي يتناوله هذا الاستبيان؛ ويُحتفظ بردها ويُحسب على حدة.
letter-fix-not-party = لا يلزم اتخاذ أي إجراء.
letter-problem-other-version = يتعلق الرد بالنسخة { $version } من الاستبيان؛ والنسخة الحالية هي { $current }.
letter-fix-other-version = لا يلزم اتخاذ أي إجراء، ما لم يكن أحد الأسئلة قد تغيّر: فالإجابات تُراجع وفقا للنسخة الحالية.
letter-problem-no-answers = لا يتضمن الرد أي إجابة.
letter-fix-no-answers = يرجى ملء الإجابات؛ فالرد الفارغ لا يمكن احتسابه.
letter-problem-superseded = يحل محل هذا الرد رد لاحق على هذا الاستبيان ورد في { $date }.
letter-fix-superseded = لا يلزم اتخاذ أي إجراء إذا كان الرد اللاحق هو الصحيح.
letter-problem-ambiguous-state = قد يدل { $value } على أكثر من دولة واحدة ({ $states }).
letter-fix-ambiguous-state = يرجى ذكر الرمز الثلاثي الأحرف لدولتكم.
letter-problem-review-refused = لم يُعتمد الرد عند استعراضه؛ ولذلك لا يُحتسب.
letter-fix-review-refused = يرجى إرسال رد مصحَّح، أو مطالبة الأمانة باستعراضه مرة أخرى.
letter-problem-review-held = استعراض الرد معلَّق.
letter-fix-review-held = لا يلزم اتخاذ أي إجراء ما لم تطلب الأمانة تصحيحا.
letter-problem-review-unknown = حالة استعراض الرد { $word } غير معروفة؛ ويُحتسب الرد.
letter-fix-review-unknown = لا يلزم اتخاذ أي إجراء.
letter-problem-duplicate = ورد الرد نفسه مرتين؛ ويُحتسب مرة واحدة.
letter-fix-duplicate = لا يلزم اتخاذ أي إجراء.
letter-problem-orphan-row = ينتمي صف من جدول الإجابات إلى رد لم يرد ({ $parent })؛ ولم يُقرأ.
letter-fix-orphan-row = يرجى إرسال الرد مع جداوله.
letter-problem-repeats-not-exported = لا يتضمن الملف صفوف جداول الإجابات ({ $repeat }).
letter-fix-repeats-not-exported = يرجى إرسال الردود في مصنف الإجابات بصيغة Excel، الذي يتضمن ورقة لكل جدول.
letter-problem-answered-twice = أجيب عن السؤال مرتين.
letter-fix-answered-twice = يرجى الإبقاء على إجابة واحدة.
letter-problem-takes-no-answer = لا يتطلب هذا البند إجابة؛ ولم تُقرأ الإجابة.
letter-fix-takes-no-answer = يرجى تركه فارغا.
letter-problem-read-as-choice = قُرئت { $value } على أنها الخيار { $label }.
letter-fix-read-as-choice = لا يلزم اتخاذ أي إجراء؛ ويرجى كتابة الإجابات كما ترد في الاستبيان.
letter-problem-read-as-date = قُرئت { $value } على أنها التاريخ { $date }.
letter-fix-read-as-date = يرجى التحقق من التاريخ، وكتابة التواريخ بالصيغة YYYY-MM-DD.
letter-problem-read-as-date-time = قُرئت { $value } على أنها { $date }، الساعة { $time }.
letter-fix-read-as-date-time = يرجى التحقق من التاريخ والوقت، وكتابتهما بالصيغة YYYY-MM-DD HH:MM.
letter-problem-area-closed = كُررت النقطة الأولى من المنطقة في آخرها لإغلاقها.
letter-fix-area-closed = لا يلزم اتخاذ أي إجراء.
letter-problem-not-a-choice = { $value } ليست من الخيارات المتاحة.
letter-fix-not-a-choice = يرجى اختيار { $choices }.
letter-problem-not-a-number = { $value } ليست عددا.
letter-fix-not-a-number = يرجى كتابة العدد بالأرقام، مثل 12.
letter-problem-not-whole = { $value } ليست عددا صحيحا.
letter-fix-not-whole = يرجى كتابة عدد صحيح، مثل 12.
letter-problem-decimal-comma = تُستخدم في { $value } فاصلة للكسور العشرية.
letter-fix-decimal-comma = يرجى كتابة الكسور العشرية بنقطة، مثل 2.5.
letter-problem-out-of-range = { $value } خارج الحدود التي يمكن أن يبلغها العدد الصحيح هنا.
letter-fix-out-of-range = يرجى كتابة عدد صحيح بين { $min } و{ $max }.
letter-problem-not-on-scale = { $value } ليست على السلّم.
letter-fix-not-on-scale = يرجى كتابة عدد من { $start } إلى { $end }، بفواصل قدرها { $step }.
letter-problem-ranked-twice = ترتّب الإجابة { $value } خيارا واحدا مرتين.
letter-fix-ranked-twice = يرجى ترتيب كل خيار مرة واحدة، بدءا بالأهم: { $choices }.
letter-problem-not-acknowledged = { $value } ليست إقرارا.
letter-fix-not-acknowledged = يرجى كتابة OK للإقرار، أو ترك الإجابة فارغة.
letter-problem-not-a-date = { $value } ليست تاريخا.
letter-fix-not-a-date = يرجى كتابة التاريخ بالصيغة YYYY-MM-DD، مثل 2026-03-01.
letter-problem-not-a-calendar-date = { $value } ليست تاريخا من تواريخ التقويم.
letter-fix-not-a-calendar-date = يرجى كتابة التاريخ بالصيغة YYYY-MM-DD، مثل 2026-03-01.
letter-problem-ambiguous-date = يمكن قراءة { $value } على أنها { $first } أو { $second }.
letter-fix-ambiguous-date = يرجى كتابة التاريخ بالصيغة YYYY-MM-DD، حتى لا يلتبس اليوم بالشهر.
letter-problem-not-a-time = { $value } ليست وقتا.
letter-fix-not-a-time = يرجى كتابة الوقت بالصيغة HH:MM بنظام الأربع والعشرين ساعة، مثل 14:30.
letter-problem-not-a-date-time = { $value } ليست تاريخا ووقتا.
letter-fix-not-a-date-time = يرجى الكتابة بالصيغة YYYY-MM-DD HH:MM، مثل 2026-03-01 14:30.
letter-problem-not-a-location = { $value } ليست موقعا.
letter-fix-not-a-location = يرجى كتابة خط العرض وخط الطول بالدرجات العشرية، مثل 48.2082 16.3738.
letter-problem-off-the-globe = { $value } ليست موقعا على الكرة الأرضية.
letter-fix-off-the-globe = يرجى ذكر خط عرض بين -90 و90 وخط طول بين -180 و180.
letter-problem-too-few-points = عدد النقاط في { $value } قليل جدا.
letter-fix-too-few-points = يرجى ذكر النقاط بخط العرض وخط الطول، مفصولة بفواصل منقوطة: نقطتان على الأقل للخط، وثلاث نقاط على الأقل للمنطقة.
letter-problem-not-relevant = السؤال لا ينطبق على ردكم؛ ويُحتفظ بالإجابة.
letter-fix-not-relevant = لا يلزم اتخاذ أي إجراء.
letter-problem-required = الإجابة عن هذا السؤال إلزامية ولم تُقدَّم.
letter-fix-required = يرجى الإجابة عنه؛ وإن لم تتوافر المعلومات، يرجى ذكر ذلك في الإجابة.
letter-problem-constraint = لا تُقبل الإجابة { $value }.
letter-fix-constraint = يرجى التحقق من الإجابة.
letter-problem-constraint-unchecked = تعذر التحقق من الإجابة هنا؛ وقد تُحقق منها عند إدخالها.
letter-fix-constraint-unchecked = لا يلزم اتخاذ أي إجراء.
letter-problem-constraint-broken = تعذر التحقق من الإجابة بسبب خطأ في الاستبيان.
letter-fix-constraint-broken = لا يلزم اتخاذ أي إجراء؛ وستصحح الأمانة الاستبيان.

## العنوانان الافتراضيان لوثيقة المعلومات
info-title = الدول الأعضاء في الأمم المتحدة حسب المجموعات الإقليمية ومشاركتها في الاتفاقية والبروتوكولات الملحقة بها
info-author = مذكرة من الأمانة العامة

numbering-figure = الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي عشر|الثاني عشر|الثالث عشر|الرابع عشر|الخامس عشر|السادس عشر|السابع عشر|الثامن عشر|التاسع عشر|العشرون
numbering-table = 1

place-and-dates = { $place }، { $dates }

## التقرير التحليلي

report-title = تنفيذ { $instrument_of }: المعلومات الواردة من الدول في دورة الإبلاغ { $cycle ->
    [1] الأولى
    [2] الثانية
    [3] الثالثة
    [4] الرابعة
    [5] الخامسة
   *[other] { $cycle }
}
report-title-revised = تنفيذ { $instrument_of }: معلومات محدَّثة استنادا إلى الردود الإضافية الواردة من الدول في دورة الإبلاغ { $cycle ->
    [1] الأولى
    [2] الثانية
    [3] الثالثة
    [4] الرابعة
    [5] الخامسة
   *[other] { $cycle }
}
report-revision-text = تحدِّث هذه الوثيقةُ الوثيقةَ { $symbol } التي عرضت المعلومات الواردة حتى { $original_date }. { $count ->
    [0] ولم ترد أي ردود أخرى حتى { $date }، على نحو ما يبيّنه المرفق { $annex }.
   *[other] وهي تراعي ردود الدول الإضافية التي وردت حتى { $date }، وعددها { $count }، والمدرجة في المرفق { $annex } الذي يبيّن أيضا الأرقام التي تغيّرت.
}
report-annex-revision = الردود الواردة بعد { $date } والأرقام التي تغيّرت
report-annex-revision-states = { $count ->
    [0] لم تردّ أي دولة بعد { $date }.
   *[other] ردّت الدول التالية، وعددها { $count }، بعد { $date }.
}
report-annex-revision-figures = الأرقام التي تغيّرت منذ الوثيقة { $symbol }
report-revision-row-parties = الدول الأطراف التي ردّت
report-revision-row-choice = السؤال { $number }: { $choice }
report-revision-column-figure = الرقم
report-revision-column-as-at = حتى { $date }
report-comparison = المقارنة بدورة الإبلاغ السابقة
report-change = { $direction ->
    [up] مرتفعةً من { $then } في الدورة السابقة
    [down] منخفضةً من { $then } في الدورة السابقة
   *[same] دون تغيير عن الدورة السابقة
}
report-comparison-rate = في دورة الإبلاغ السابقة، كانت { $then_responded } من أصل { $then_parties } من { $population ->
    [members] الدول الأعضاء
    [invited] الدول المدعوة إلى الرد
   *[parties] الدول الأطراف في { $short_to }
} ({ $then_percent }) قد ردّت حتى { $then_date }. ويبلغ معدل الرد في الدورة الحالية { $now }، { $change } (انظر الجدول { $table }).
report-comparison-first = { $count ->
    [0] لم تردّ أي دولة لأول مرة في الدورة الحالية.
   *[other] ردّت الدول التالية، وعددها { $count }، لأول مرة في الدورة الحالية:
}
report-comparison-not-again = لم تردّ بعدُ الدول التالية، وعددها { $count }، التي كانت قد ردّت في الدورة السابقة:
report-comparison-rate-caption = ردود { $population ->
    [members] الدول الأعضاء
    [invited] الدول المدعوة إلى الرد
   *[parties] الدول الأطراف
}، حسب المجموعة الإقليمية، في الدورة السابقة والدورة الحالية
report-comparison-column-then = الدورة السابقة، حتى { $date }
report-comparison-column-now = الدورة الحالية، حتى { $date }
report-comparison-mandatory = ومن مجموع الإجابات المتعلقة بالأحكام الإلزامية، أفادت نسبة { $now } بأن الحكم منفَّذ، { $change }. ويقارن الجدول { $table } بين الدورتين حكمًا حكمًا.
report-comparison-all = ومن مجموع الإجابات المتعلقة بالأحكام، أفادت نسبة { $now } بأن الحكم منفَّذ، { $change }. ويقارن الجدول { $table } بين الدورتين حكمًا حكمًا.
report-comparison-rose = وكان الارتفاع أكبر ما يكون في { $provision }: فقد أفادت بتنفيذه نسبة { $now } من الدول التي انطبق عليها السؤال، { $change }.
report-comparison-provisions-caption = الإجابات التي تفيد بتنفيذ حكم ما، في الدورة السابقة والدورة الحالية (نسبة مئوية من الدول التي انطبق عليها السؤال)
report-author = تقرير تحليلي من الأمانة
report-introduction = مقدمة
report-mandate = الولاية
report-scope = نطاق التقرير وهيكله
report-replies = الردود الواردة
report-overview = لمحة عامة عن التنفيذ المبلَّغ عنه
report-assistance = الاحتياجات من المساعدة التقنية
report-conclusions = ملاحظات ختامية
report-total = المجموع
report-all-states = جميع الدول
report-unanswered-label = لا إجابة
report-article = { $title } ({ $provision })
report-chapter-range = { $count ->
    [2] { $first } و{ $last }
   *[other] من { $first } إلى { $last }
}
ref-chapter = الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي عشر|الثاني عشر|الثالث عشر|الرابع عشر|الخامس عشر
ref-figure = الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي عشر|الثاني عشر|الثالث عشر|الرابع عشر|الخامس عشر|السادس عشر|السابع عشر|الثامن عشر|التاسع عشر|العشرون
report-scope-text = يلخّص هذا التقرير المعلومات التي قدّمتها الدول في ردودها على الاستبيان المتعلق بتنفيذ { $instrument_of } في دورة الإبلاغ { $cycle ->
    [1] الأولى
    [2] الثانية
    [3] الثالثة
   *[other] { $cycle }
}، بحسب ما تلقّته الأمانة حتى { $date }.
report-scope-questions = تضمّن الاستبيان { PLURAL($questions) ->
    [one] سؤالا واحدا
    [two] سؤالين
    [few] { $questions } أسئلة
    [many] { $questions } سؤالا
   *[other] { $questions } سؤال
} { PLURAL($articles) ->
    [one] بشأن مادة واحدة
    [two] بشأن مادتين
    [few] بشأن { $articles } مواد
   *[other] بشأن { $articles } مادة
} من { $short_of }. وكما في نص { $short_of }، مُيّزت الأسئلة المتعلقة بالأحكام الإلزامية عن الأسئلة المتعلقة بالأحكام التي يتعيّن على الدول الأطراف أن تنظر فيها أو يجوز لها أن تعتمدها.
report-scope-structure = وتحلّل الفصول { $chapters } الإجابات قسما قسما ومادة مادة؛ ويعرض الفصل { $assistance } الاحتياجات المبلَّغ عنها من المساعدة التقنية، ويتضمّن الفصل { $conclusions } ملاحظات ختامية. ويسرد المرفق الأول الدول التي ردّت، ويتضمّن المرفق الثاني جداول إحصائية حسب المجموعات الإقليمية.
report-scope-structure-one = ويحلّل الفصل { $chapters } الإجابات مادة مادة؛ ويعرض الفصل { $assistance } الاحتياجات المبلَّغ عنها من المساعدة التقنية، ويتضمّن الفصل { $conclusions } ملاحظات ختامية. ويسرد المرفق الأول الدول التي ردّت، ويتضمّن المرفق الثاني جداول إحصائية حسب المجموعات الإقليمية.
report-scope-basis = وما لم يُذكر خلاف ذلك، تُحسب النسب المئوية من الدول التي ينطبق عليها السؤال، أي الدول التي ردّت وجعلت إجاباتها السابقة السؤالَ منطبقا عليها؛ وهي مقرّبة إلى أقرب عدد صحيح.{ $population ->
    [parties] {" "}وقد أُدرجت في التحليل ردود الدول الموقّعة والدول التي ليست أطرافا ولا موقّعة.
   *[other] {""}
}{ $note }
report-replies-none = حتى { $date }، لم تكن أي دولة قد ردّت على الاستبيان. وسيُقدَّم التحليل عند ورود الردود.
report-replies-text = حتى { $date }، كان عدد { $population ->
    [members] الدول الأعضاء
    [invited] الدول المدعوة إلى الرد
   *[parties] الدول الأطراف في { $short_to }
} التي ردّت على الاستبيان { $responded } من أصل { $parties } ({ $percent }).
report-replies-both = ووردت ردود أيضا { PLURAL($signatories) ->
    [one] من دولة موقّعة واحدة
    [two] من دولتين موقّعتين
    [few] من { $signatories } دول موقّعة
   *[other] من { $signatories } دولة موقّعة
} و{ PLURAL($others) ->
    [one] من دولة واحدة ليست طرفا ولا موقّعة
    [two] من دولتين ليستا طرفين ولا موقّعتين
    [few] من { $others } دول ليست أطرافا ولا موقّعة
   *[other] من { $others } دولة ليست طرفا ولا موقّعة
}؛ وقد أُدرجت هذه الردود في التحليل ولكن لم تُحتسب في معدل الرد.
report-replies-signatories = ووردت ردود أيضا { PLURAL($signatories) ->
    [one] من دولة موقّعة واحدة
    [two] من دولتين موقّعتين
    [few] من { $signatories } دول موقّعة
   *[other] من { $signatories } دولة موقّعة
}؛ وقد أُدرجت هذه الردود في التحليل ولكن لم تُحتسب في معدل الرد.
report-replies-others = ووردت ردود أيضا { PLURAL($others) ->
    [one] من دولة واحدة ليست طرفا ولا موقّعة
    [two] من دولتين ليستا طرفين ولا موقّعتين
    [few] من { $others } دول ليست أطرافا ولا موقّعة
   *[other] من { $others } دولة ليست طرفا ولا موقّعة
}؛ وقد أُدرجت هذه الردود في التحليل ولكن لم تُحتسب في معدل الرد.
report-replies-late = { PLURAL($late) ->
    [one] ولم يُدرج رد واحد ورد بعد { $date }.
    [two] ولم يُدرج ردان وردا بعد { $date }.
    [few] ولم تُدرج { $late } ردود وردت بعد { $date }.
   *[other] ولم يُدرج { $late } ردا ورد بعد { $date }.
}
report-replies-groups = وتراوح معدل رد { $population ->
    [parties] الدول الأطراف
    [members] الدول الأعضاء
   *[invited] الدول المدعوة
} بين { $low } في مجموعة { $low_group } و{ $high } في مجموعة { $high_group } (انظر الجدول { $table } والشكل { $figure }).
report-rate-caption = ردود { $population ->
    [members] الدول الأعضاء
    [invited] الدول المدعوة إلى الرد
   *[parties] الدول الأطراف
} حسب المجموعة الإقليمية
report-rate-chart-caption = معدل رد { $population ->
    [members] الدول الأعضاء
    [invited] الدول المدعوة إلى الرد
   *[parties] الدول الأطراف
} حسب المجموعة الإقليمية (نسبة مئوية)
chart-rate-measure = معدل رد { $population ->
    [members] الدول الأعضاء
    [invited] الدول المدعوة إلى الرد
   *[parties] الدول الأطراف
} (نسبة مئوية)
chart-rate-category = المجموعة الإقليمية
column-group = المجموعة الإقليمية
column-parties = { $population ->
    [members] الدول الأعضاء
    [invited] الدول المدعوة
   *[parties] الدول الأطراف
}
column-replies = الردود
column-rate = معدل الرد
column-provision = الحكم
column-obligation = طبيعته
column-applicable = الدول التي ينطبق عليها السؤال
column-answers = الإجابات
column-implemented = منفَّذ
column-share = النسبة
column-answered = أجابت
column-answering = الدول التي قدّمت رقما
column-median = الوسيط
column-min = الأدنى
column-max = الأعلى
column-sum = المجموع
column-article = المادة
column-kind = نوع المساعدة
report-overview-text = يبيّن الجدول { $table }، لكل حكم سأل عنه الاستبيان، إجابات الدول التي ينطبق عليها السؤال، مع إيراد الأحكام الإلزامية أولا. ومن مجموع الإجابات المتعلقة بالأحكام الإلزامية، أفادت نسبة { $mandatory } بأن الحكم منفَّذ؛ وبلغت هذه النسبة { $other } في الإجابات المتعلقة بالأحكام الأخرى.
report-overview-text-mandatory = يبيّن الجدول { $table }، لكل حكم سأل عنه الاستبيان، إجابات الدول التي ينطبق عليها السؤال. ومن مجموع الإجابات المتعلقة بهذه الأحكام الإلزامية، أفادت نسبة { $mandatory } بأن الحكم منفَّذ.
report-overview-text-other = يبيّن الجدول { $table }، لكل حكم سأل عنه الاستبيان، إجابات الدول التي ينطبق عليها السؤال.
report-overview-groups = وعلى مستوى جميع الأحكام، أفادت نسبة { $all } من الإجابات بأن الحكم منفَّذ، وتراوحت النسبة بين { $low } في مجموعة { $low_group } و{ $high } في مجموعة { $high_group } (انظر الجدول { $table }).
report-overview-extremes = وتراوحت نسبة الدول التي انطبق عليها السؤال وأفادت بتنفيذ الحكم، حسب الأحكام، بين { $least_percent } ({ $least }) و{ $most_percent } ({ $most }).
report-overview-spread = وكان التفاوت بين المجموعات الإقليمية أكبر ما يكون في { $provision }: فقد أفادت بتنفيذه نسبة { $high } من الدول التي انطبق عليها السؤال في مجموعة { $high_group }، مقابل { $low } في مجموعة { $low_group }.
report-overview-caption = الإجابات المتعلقة بتنفيذ كل حكم (نسبة مئوية من الدول التي ينطبق عليها السؤال)
report-implementation-caption = الإجابات التي أفادت بتنفيذ الحكم، حسب المجموعة الإقليمية
report-question = السؤال { $number }: { $label }
report-obligation-mandatory = بموجب { $provision } من { $short_of }، يتعيّن على الدول الأطراف أن تتخذ التدابير التي يتناولها السؤال { $number }: فهذا حكم إلزامي.
report-obligation-shall_consider = بموجب { $provision } من { $short_of }، يتعيّن على الدول الأطراف أن تنظر في اتخاذ التدابير التي يتناولها السؤال { $number }.
report-obligation-optional = التدابير التي يتناولها السؤال { $number } اختيارية بموجب { $provision } من { $short_of }.
report-no-applicable = لم ينطبق السؤال { $number } على أي من الدول التي ردّت.
report-choices = من بين الدول الـ{ $applicable } التي ينطبق عليها السؤال { $number }، { $distribution }.
report-choice-first = أجابت { $count } ({ $percent }) بـ{ $label }
report-choice-next = { $count } ({ $percent }) بـ{ $label }
report-choice-unanswered = ولم تُجب { $count } ({ $percent })
report-multiple = من بين الدول الـ{ $applicable } التي ينطبق عليها السؤال { $number }، { $distribution }.
report-ungrouped = أسئلة عامة
report-scope-sections = تضمّن الاستبيان { PLURAL($questions) ->
    [one] سؤالا واحدا
    [two] سؤالين
    [few] { $questions } أسئلة
    [many] { $questions } سؤالا
   *[other] { $questions } سؤال
} { PLURAL($sections) ->
    [one] في قسم واحد
    [two] موزعة على قسمين
    [few] موزعة على { $sections } أقسام
   *[other] موزعة على { $sections } قسما
}.
report-dates = من بين الدول الـ{ $applicable } التي ينطبق عليها السؤال { $number }، ذكرت { $answered } ({ $percent }) تاريخا يتراوح بين { $earliest } و{ $latest }.
report-dates-same = من بين الدول الـ{ $applicable } التي ينطبق عليها السؤال { $number }، ذكرت { $answered } ({ $percent }) تاريخا هو { $earliest } في جميع الحالات.
report-dates-none = لم تذكر أي من الدول التي ينطبق عليها السؤال { $number } تاريخا.
report-text-by = من بين الدول الـ{ $applicable } التي ينطبق عليها السؤال { $number }، أجابت عنه { $answered } ({ $percent }): { $by }.
report-text-by-first = { $all ->
    [all] جميع الدول الـ{ $gave }
    [none] لا شيء من الدول الـ{ $gave }
   *[some] { $wrote } من أصل { $gave }
} التي كانت قد أجابت { $label } عن السؤال { $lead }
report-text-by-next = { $all ->
    [all] جميع الدول الـ{ $gave }
    [none] لا شيء من الدول الـ{ $gave }
   *[some] { $wrote } من أصل { $gave }
} التي كانت قد أجابت { $label }
report-text-compilation = وترد الإجابات كما وردت في تجميع الردود ({ $symbol }).
report-repeat-title = جدول الاستبيان: { $title }
report-repeat = ملأت الجدول { $title } { $states } من أصل { $respondents } من الدول التي ردّت ({ $percent })، بما مجموعه { $rows } من الصفوف.
report-repeat-none = لم تملأ أي من الدول التي ردّت الجدول { $title }.
report-repeat-unanswered = لم يُجَب عن السؤال { $number } ({ $label }) في أي صف.
report-repeat-choice = { $label }: { $count }
report-repeat-choices = أجيب عن السؤال { $number } ({ $label }) في { $answered } من الصفوف: { $distribution }.
report-repeat-numbers = أجيب عن السؤال { $number } ({ $label }) في { $answered } من الصفوف: وكان الوسيط { $median }، وتراوحت الأرقام بين { $min } و{ $max }، وبلغ مجموعها { $total }.
report-repeat-answered = أجيب عن السؤال { $number } ({ $label }) في { $answered } من الصفوف.
report-analysis-untranslated = [النص التالي غير متاح بعدُ باللغة العربية؛ وهو مقدَّم بالإنكليزية.]
compilation-title = { $form }: تجميع الردود الواردة
compilation-author = ورقة غرفة اجتماعات أعدّتها الأمانة
compilation-intro = تستنسخ ورقة غرفة الاجتماعات هذه، سؤالا بسؤال، إجابات الدول الـ{ $count } التي ردّت على الاستبيان حتى { $date }، كما وردت. وترد الدول بالترتيب الألفبائي؛ ولا تُستنسخ الإجابات عن الأسئلة المتعلقة بالبيانات الشخصية.
compilation-report = وتحلّل الأمانة الردود في تقريرها { $symbol }.
compilation-no-report = وتُستنسخ الردود دون تحليل.
compilation-unanswered = لم تُجب عن السؤال { $number } { $count } من الدول التي ينطبق عليها.
compilation-column-state = الدولة
compilation-column-answer = الإجابة
compilation-none = لم تُجب أي دولة عن هذا السؤال.
report-multiple-first = اختارت { $count } ({ $percent }) { $label }
report-multiple-next = { $count } ({ $percent }) { $label }
report-multiple-none = لم تختر أي من الدول الـ{ $applicable } التي ينطبق عليها السؤال { $number } أي خيار.
report-numbers = وردا على السؤال { $number }، { PLURAL($answering) ->
    [one] قدمت دولة واحدة
    [two] قدمت دولتان
    [few] قدمت { $answering } دول
   *[other] قدمت { $answering } دولة
} رقما: وكان الوسيط { $median }، وتراوحت الأرقام بين { $min } و{ $max }، وبلغ مجموعها { $total }.
report-numbers-none = لم تقدّم أي دولة رقما ردا على السؤال { $number }.
report-answered = انطبق السؤال { $number } على { PLURAL($applicable) ->
    [one] دولة واحدة
    [two] دولتين
    [few] { $applicable } دول
   *[other] { $applicable } دولة
}، أجابت عنه منها { $answered } ({ $percent }).
report-chart-caption = الإجابات عن السؤال { $number } حسب المجموعة الإقليمية (عدد الدول)
chart-answers-measure = الإجابات عن السؤال { $number } (عدد الدول)
report-ta-no-replies = لم تكن أي دولة قد ردّت على الاستبيان.
report-ta-none = لم تطلب أي من الدول التي ردّت مساعدة تقنية.
report-ta-any = من بين الدول الـ{ $respondents } التي ردّت، طلبت { $count } ({ $percent }) مساعدة تقنية لتنفيذ مادة واحدة على الأقل من المواد التي يشملها الاستبيان.
report-ta-articles = وكانت الطلبات أكثر تواترا فيما يخص المواد التالية: { $articles } (انظر الجدول { $table }).
report-ta-kinds = وكانت أنواع المساعدة الأكثر طلبا هي: { $kinds } (انظر الجدول { $table } والشكل { $figure }).
report-ta-articles-caption = الدول التي طلبت مساعدة تقنية، حسب المادة والمجموعة الإقليمية
report-ta-kinds-caption = أنواع المساعدة التقنية المطلوبة، حسب المجموعة الإقليمية (عدد الدول)
report-ta-kinds-chart-caption = الدول التي طلبت كل نوع من أنواع المساعدة التقنية
chart-kinds-measure = عدد الدول التي طلبت كل نوع من المساعدة
chart-kinds-category = نوع المساعدة
report-annex-respondents = الدول التي ردّت على الاستبيان حتى { $date }
report-annex-respondents-text = ردّت الدول الـ{ $count } التالية على الاستبيان في موعد أقصاه { $date }.
report-annex-respondents-marked = ردّت الدول الـ{ $count } التالية على الاستبيان في موعد أقصاه { $date }. ويُشار إلى الدول الموقّعة بنجمة واحدة (*)، وإلى الدول التي ليست أطرافا ولا موقّعة بنجمتين (**).
report-annex-tables = جداول إحصائية حسب المجموعة الإقليمية
report-annex-tables-text = تبيّن الجداول، لكل سؤال، عدد الدول حسب المجموعة الإقليمية. وتدل الشرطة (—) على رقم لا يمكن حسابه.
report-annex-caption = السؤال { $number }: { $label }
instrument-of-untoc = اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية
instrument-of-tip = بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية
instrument-of-som = بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية
instrument-of-fa = بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوّناتها والذخيرة والاتجار بها بصورة غير مشروعة، المكمّل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية
instrument-short-of-untoc = الاتفاقية
instrument-short-of-tip = بروتوكول الاتجار بالأشخاص
instrument-short-of-som = بروتوكول تهريب المهاجرين
instrument-short-of-fa = بروتوكول الأسلحة النارية
instrument-short-to-untoc = الاتفاقية
instrument-short-to-tip = بروتوكول الاتجار بالأشخاص
instrument-short-to-som = بروتوكول تهريب المهاجرين
instrument-short-to-fa = بروتوكول الأسلحة النارية
report-questionnaire-of = الاستبيان

## الموجزات القُطرية

profile-title = موجز قُطري
profile-as-at = حتى { $date }
profile-group = المجموعة الإقليمية: { $group }
profile-prepared = أعدّته الأمانة استنادا إلى المعلومات الواردة من الدولة حتى { $date }.
profile-footer = موجز قُطري: { $state }، حتى { $date }
profile-treaties = المشاركة في الاتفاقية والبروتوكولات
profile-reporting = الردود على الاستبيانات
profile-implementation = التنفيذ المبلَّغ عنه
profile-implementation-of = التنفيذ: { $title }
profile-compare = الأحكام المبلَّغ عن تنفيذها
profile-assistance = المساعدة التقنية المطلوبة
profile-column-instrument = الصك
profile-column-status = الوضع
profile-column-date = التاريخ
profile-column-questionnaire = الاستبيان
profile-column-reply = الرد
profile-column-number = الرقم
profile-column-question = السؤال
profile-column-answer = الإجابة
profile-column-state = الدولة
profile-column-group = مجموعتها الإقليمية
profile-column-all = جميع الدول التي ردّت
profile-column-article = المادة
profile-column-kinds = أنواع المساعدة
profile-party = طرف
profile-signatory = دولة موقّعة
profile-not-party = ليست طرفا
profile-reply-counted = ورد في { $date }.
profile-reply-late = ورد في { $date }، بعد الموعد النهائي.
profile-reply-replaced = ويحلّ محلّ ردّ سابق ورد في { $dates }.
profile-reply-rejected = ورد ردّ في { $date }، ولكن تعذّر احتسابه حتى الآن.
profile-reply-none = لم يرد أي ردّ حتى { $date }.
profile-reply-previous = في دورة الإبلاغ السابقة: ورد في { $date }.
profile-since = مقارنةً بردّها المؤرخ { $date } في دورة الإبلاغ السابقة، { $changed ->
    [0] لم تتغيّر أي إجابة من إجاباتها البالغ عددها { $compared }.
   *[other] تغيّرت { $changed } من إجاباتها البالغ عددها { $compared }، ويرد الجواب السابق تحت كل منها. أما الإجابات الأخرى فلم تتغيّر.
}
profile-previous-answer = الدورة السابقة: { $answer }
profile-no-reply = لم تكن { $state } قد ردّت على الاستبيانات حتى { $date }.
profile-no-answer = لا إجابة
profile-answered-not-applicable = { $answer } (أُجيب عنه وإن لم يكن السؤال منطبقا على هذا الرد)
profile-compare-text = يبيّن الجدول والشكل نسبة الإجابات المتعلقة بتنفيذ حكم ما التي أفادت بأنه منفَّذ: لدى { $state }، ولدى مجموعة { $group }، ولدى جميع الدول التي ردّت. وهذه الأرقام هي أرقام التقارير التحليلية.
profile-compare-caption = الإجابات التي أفادت بتنفيذ الحكم (نسبة مئوية)
profile-all-respondents = جميع الدول التي ردّت
chart-compare-measure = نسبة الإجابات التي أفادت بتنفيذ الحكم
chart-compare-category = الاستبيان
profile-assistance-none = لم تطلب { $state } مساعدة تقنية في ردودها.
profile-assistance-text = أجابت { $state } على النحو التالي بشأن احتياجاتها من المساعدة التقنية.

profile-not-applicable-list = { PLURAL($count) ->
    [one] لم ينطبق السؤال { $questions } على هذا الرد.
   *[other] لم تنطبق الأسئلة { $questions } على هذا الرد.
}

profile-column-requested = طُلبت

## الاستبيانات المطبوعة

quest-cycle = دورة الإبلاغ { $cycle ->
    [1] الأولى
    [2] الثانية
    [3] الثالثة
   *[other] { $cycle }
}
quest-deadline = يرجى إعادة الاستبيان بعد ملئه في موعد أقصاه { $date }.
quest-return-to = يُعاد إلى: { $address }
quest-state = الدولة: { $state }
quest-on-record = الإجابة المسجّلة:
quest-prefilled = ترد تحت كل سؤال الإجابة الواردة في ردّكم المؤرخ { $date }. وحيث تظل صحيحة، ضعوا علامة على "لا تغيير" واتركوا خانات الإجابة فارغة؛ ولا تجيبوا إلا حيث تغيّرت.
quest-prefilled-previous = ترد تحت كل سؤال الإجابة الواردة في ردّكم في دورة الإبلاغ السابقة، المؤرخ { $date }. وحيث تظل صحيحة، ضعوا علامة على "لا تغيير" واتركوا خانات الإجابة فارغة؛ ولا تجيبوا إلا حيث تغيّرت.
quest-instructions-title = كيفية ملء هذا الاستبيان
quest-instructions = استخدم قلما جافا أسود أو أزرق واكتب بخط واضح.|ضع علامة (X) في مربع إجابتك. وتعني عبارة «اختر مربعا واحدا» إجابة واحدة فقط؛ وتعني عبارة «اختر كل ما ينطبق» كل الإجابات المنطبقة.|لإلغاء إجابة، املأ مربعها بالكامل ثم ضع علامة في المربع الصحيح.|اكتب رقما واحدا في كل خانة، بدءا من اليمين؛ واكتب التواريخ باليوم والشهر والسنة.|إذا لم ينطبق سؤال على بلدك، فاتبع التعليمات المبيّنة بجانب إجابتك السابقة («انتقل إلى السؤال…») أو تحت السؤال («أجب فقط إذا…»).|لا تدبّس الصفحات ولا تطوها ولا تصغّرها. أعد جميع الصفحات، حتى الصفحات التي تُركت فارغة.
quest-focal-title = الشخص الذي نسّق الرد
quest-tick-one = اختر مربعا واحدا.
quest-tick-all = اختر كل ما ينطبق.
quest-capitals = اكتب بخط واضح.
quest-digits = رقم واحد في كل خانة.
quest-other = غير ذلك (يرجى التحديد)
quest-go-to = إذا كانت الإجابة { $choice }، فانتقل إلى السؤال { $number }.
quest-go-to-end = إذا كانت الإجابة { $choice }، فانتقل إلى نهاية الاستبيان.
quest-footer = الاستبيان { $form }، الإصدار { $version }
quest-day = يوم
quest-month = شهر
quest-year = سنة
quest-hour = ساعة
quest-minute = دقيقة
quest-latitude = خط العرض
quest-longitude = خط الطول
quest-attach = أرفق الملف أو الصورة أو التسجيل بردّك واكتب اسمه هنا.
quest-end = نهاية الاستبيان. شكرا لكم.

quest-tick-ok = ضع علامة في المربع للتأكيد.
quest-scale = اختر قيمة واحدة.
quest-rank = رقّم البنود من 1، وهو الأهم، إلى { $count }.
quest-time = بنظام الأربع والعشرين ساعة.
quest-geo = بالدرجات العشرية؛ مع إشارة ناقص للجنوب والغرب.
quest-geo-points = نقطة واحدة في كل سطر، بالترتيب.
quest-media-shown = (يعرض النموذج الإلكتروني هنا ملفا: { $file }.)

## مصنفات الإجابة (palermo workbook)

wb-sheet-answers = الإجابات
wb-sheet-instructions = التعليمات
wb-help = كيفية الإجابة
wb-instructions = أجب في العمود ”answer“ فقط: الخلايا الأخرى مقفلة.|لا تغيّر العمود ”name“: فهو يبيّن لبرنامج palermo السؤال الذي تخصه كل إجابة.|اختر إجابة من القائمة في الخلية. وعندما تُطلب كل الإجابات المنطبقة، اكتبها مفصولة بفواصل.|املأ الصفين ”state“ (الرمز الثلاثي لبلدك) و”submitted“ (تاريخ إرسال الرد).|قد يتوقف سؤال على إجابة سابقة: تبيّن ملاحظته متى يُجاب عنه. اترك الأسئلة الأخرى فارغة.|احفظ الملف بصيغة Excel (.xlsx) وأعد إرساله كما هو، دون تغيير أسماء الأوراق.
wb-state = الدولة (رمز ISO الثلاثي)
wb-submitted = تاريخ إرسال الرد
wb-version = نسخة الاستبيان (لا تغيّرها)
wb-text = نص.
wb-whole = عدد صحيح.
wb-decimal = عدد.
wb-between = من { $low } إلى { $high }.
wb-at-least = { $low } على الأقل.
wb-at-most = { $high } على الأكثر.
wb-date = تاريخ: YYYY-MM-DD.
wb-time = وقت: HH:MM، بنظام الأربع والعشرين ساعة.
wb-date-time = تاريخ ووقت: YYYY-MM-DD HH:MM.
wb-choose-one = اختر إجابة واحدة من القائمة.
wb-choose-many = اكتب كل الإجابات المنطبقة مفصولة بفواصل: { $choices }.
wb-rank = اكتب كل الخيارات، الأهم أولا، مفصولة بفواصل: { $choices }.
wb-range = عدد من { $start } إلى { $end }، بخطوات قدرها { $step }.
wb-geo = خط العرض وخط الطول بالدرجات العشرية، يفصل بينهما فراغ.
wb-geo-points = نقاط (خط العرض وخط الطول) تفصل بينها فواصل منقوطة.
wb-file = اسم الملف المرسل مع الرد.
wb-acknowledge = اختر OK للتأكيد.
wb-error-title = الإجابة غير مقبولة
wb-repeat = { $title }: صف واحد لكل بند.
wb-no-change = لا تغيير
wb-no-change-help = اختاروا "لا تغيير" حيث تظل الإجابة المدوّنة هنا صحيحة؛ وحيث تصحّحون إجابة، اتركوا الخانة فارغة.
wb-prefilled = الإجابات هي إجابات ردّكم الوارد في { $date }. وحيث تظل إجابة ما صحيحة، اختاروا "لا تغيير" بجانبها؛ ولا تصحّحوا إلا ما تغيّر.
wb-prefilled-previous = الإجابات هي إجابات ردّكم في دورة الإبلاغ السابقة، الوارد في { $date }. وحيث تظل إجابة ما صحيحة، اختاروا "لا تغيير" بجانبها؛ ولا تصحّحوا إلا ما تغيّر.
site-title = وثائق الدورة
site-venue = { $session }، { $place }، { $dates }
site-languages = اللغات
site-documents = الوثائق
site-column-symbol = الرمز
site-column-title = العنوان
site-column-date = التاريخ
site-column-versions = النسخ اللغوية
site-version-label = { $language }: PDF، عدد الصفحات { $pages }، { $size }
site-size = { $kb } كيلوبايت
site-item = { $line }: { $title }
site-other = وثائق أخرى
site-questionnaires = الاستبيانات
site-profiles = الموجزات القطرية
site-data = البيانات
site-data-text = يمكن الوصول إلى أرقام كل تقرير تحليلي من الرابط الوارد في سطره (CSV)؛ وتشكّل الردود على كل استبيان مجموعة بيانات مفتوحة، بسطر واحد لكل دولة وسؤال، تصفها حزمة بياناتها.
site-figures-csv = الأرقام (CSV)
site-data-replies = الردود على { $form } (CSV)
site-data-package = وصف مجموعة البيانات (Frictionless Data Package، JSON)
site-back = جميع وثائق الدورة
site-data-link = البيانات (CSV)
site-table = الجدول { $n }
site-figure = الشكل { $n }
site-html = { $language }: صفحة ويب (HTML)

## The review sheet of scanned questionnaires (palermo scan: out/scans/review.pdf)
scan-review-title = الاستبيانات الممسوحة ضوئيا المطلوب مراجعتها
scan-review-summary = القراءة في { $date }: عدد الصفحات { $pages }، وعدد الملفات { $files }، وعدد مشاريع الردود { $replies }؛ الإجابات المقروءة بيقين: { $certain }، والإجابات التي يلزم تأكيدها أو كتابتها أدناه: { $review }.
scan-review-unread = الصفحات التي لم تُقرأ
scan-review-source = { $file }، الصفحة { $page }
scan-review-reply = { $form }: { $state }، النسخة: { $lang }
scan-review-unknown-state = الدولة غير معروفة (نسخة غير مخصصة: اكتب رمزها في "state")
scan-review-draft = مشروع الرد: { $file }. صحّحه ثم اقبله بالأمر palermo scan --accept.
scan-review-missing = صفحات الاستبيان غير الموجودة بين الصفحات الممسوحة: { $pages }.
scan-review-twice = { $source } هي الصفحة { $page } مرة أخرى: لم تُقرأ.
scan-review-to-check = للتأكيد أو الكتابة
scan-review-seen = المقروء: { $seen }
scan-review-nothing-seen = المقروء: لا شيء مؤكد
scan-review-certain = ما قُرئ بيقين (للتحقق بالعيّنة)
scan-review-question = السؤال
scan-review-answer = الإجابة المقروءة
scan-review-crop-alt = منطقة الإجابة الممسوحة ضوئيا للسؤال { $question }
scan-why-faint = علامة بين العتبتين: خط باهت، أو خط آتٍ من مربع آخر، أو مربع مملوء جزئيا.
scan-why-two-ticks = وُضعت علامة في أكثر من مربع حيث تُطلب إجابة واحدة.
scan-why-filled-alone = مربع مملوء (إلغاء) دون علامة في أي مربع آخر.
scan-why-registration = تعذّر تحديد موضع الصفحة بدقة على المسح: تحقّق من كل علامة بالعين.
scan-why-no-change = وُضعت علامة "لا تغيير" مع إجابة جديدة، أو دون إجابة مسجلة.
scan-why-written = مكتوب بخط اليد: اكتبه في المشروع.
