# palermo 的中文用语：读者在文件中看到的每一个词。
#
# 每条用语一条消息。`{ $名称 }` 是 palermo 填入的值；`{ PLURAL($n) -> … }` 选择复数形式（中文只有
# other 一类）。会议如需更正某条用语，可在其文件夹中放置自己的 templates/messages/zh.ftl，
# 只写需要修改的消息。

## 语言规范

language-name = { $code ->
    [ar] 阿拉伯文
    [zh] 中文
    [fr] 法文
    [ru] 俄文
    [es] 西班牙文
   *[en] 英文
}
job-letter = C
number-words = {""}
number-in-words = { WORDS($n) }
typography-number-after = {""}
typography-unit-after-number = {""}
typography-never-first = {""}
percent = { $value }%
percent-of = { $value }%
percent-short = { $value }%
fraction = { $which ->
    [half] 一半
    [third] 三分之一
    [two-thirds] 三分之二
    [quarter] 四分之一
   *[three-quarters] 四分之三
}
list-separator = 、
list-and = { $count ->
    [2] { $first }和{ $last }
   *[other] { $first }以及{ $last }
}
list-or = { $first }或{ $last }
quote-open = “
quote-close = ”
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
date = { $year }年{ $monthnum }月{ $day }日
date-range-same-month = { $year1 }年{ $monthnum1 }月{ $day1 }日至{ $day2 }日
date-range-same-year = { $year1 }年{ $monthnum1 }月{ $day1 }日至{ $monthnum2 }月{ $day2 }日
date-range = { $date1 }至{ $date2 }
month-short-1 = 1月
month-short-2 = 2月
month-short-3 = 3月
month-short-4 = 4月
month-short-5 = 5月
month-short-6 = 6月
month-short-7 = 7月
month-short-8 = 8月
month-short-9 = 9月
month-short-10 = 10月
month-short-11 = 11月
month-short-12 = 12月
date-short = { $year }年{ $month }{ $day }日

## 标题和段落编号

numbering-chapter = 一.
numbering-section = A.
numbering-subsection = 1.
numbering-subparagraph = (a)
numbering-subsubparagraph = (i)
numbering-paragraph = 1.
numbering-annex = 附件{ $n ->
    [1] 一
    [2] 二
    [3] 三
   *[other] { $n }
}
figure-supplement = 图
table-supplement = 表
contents-title = 目录
contents-chapter = 章次
contents-paragraphs = 段次
contents-page = 页次
page-of = 第{ $page }页，共{ $total }页

## 会议文件的报头和页面要素

united-nations = 联合国
distribution = { $kind ->
    [limited] Distr.: Limited
    [restricted] Distr.: Restricted
   *[general] Distr.: General
}
masthead-language-lines = Chinese|Original: { $original ->
    [ar] Arabic
    [zh] Chinese
    [fr] French
    [ru] Russian
    [es] Spanish
   *[en] English
}
masthead-date-language = en
session = 第{ $n ->
    [1] 一
    [2] 二
    [3] 三
    [4] 四
    [5] 五
    [6] 六
    [7] 七
    [8] 八
    [9] 九
    [10] 十
    [11] 十一
    [12] 十二
    [13] 十三
    [14] 十四
    [15] 十五
    [16] 十六
    [17] 十七
    [18] 十八
    [19] 十九
    [20] 二十
   *[other] { $n }
}届会议
agenda-line = 临时议程项目{ $item }
please-recycle = 请回收
reproduced-as-received = 资料按收到时的原样转载。

## 五个区域组和四项文书

group-african = 非洲国家
group-asia-pacific = 亚洲-太平洋国家
group-eastern-european = 东欧国家
group-latin-american-caribbean = 拉丁美洲和加勒比国家
group-western-european-other = 西欧和其他国家
group-short-african = 非洲国家
group-short-asia-pacific = 亚太国家
group-short-eastern-european = 东欧国家
group-short-latin-american-caribbean = 拉美和加勒比国家
group-short-western-european-other = 西欧和其他国家
instrument-untoc = 《联合国打击跨国有组织犯罪公约》
instrument-tip = 《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》
instrument-som = 《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》
instrument-fa = 《联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》
instrument-short-untoc = 《公约》
instrument-short-tip = 《人口贩运议定书》
instrument-short-som = 《偷运移民议定书》
instrument-short-fa = 《枪支议定书》
# A subparagraph's or agenda sub-item's letter, as written (Arabic gives its abjad letter).
subparagraph-letter = { $subparagraph }
provision = 第{ $article }条{ $paragraph ->
    [none] {""}
   *[other] 第{ $paragraph }款
}{ $subparagraph ->
    [none] {""}
   *[other] ({ $subparagraph })项
}
provision-of = { provision }
state-the = { $name }
state-of = { $name }
state-to = { $name }
definite-prefix = {""}
elision-initials = {""}
obligation-mandatory = 强制性
obligation-shall_consider = 应当考虑
obligation-optional = 任择性

## 图表（屏幕阅读器朗读替代文字）

chart-bar-alt = 条形图：按{ $category }分列的{ $measure }：{ $items }。
chart-stacked-alt = 堆积条形图：按{ $category }分列的{ $measure }：{ $items }。
chart-item = { $label }，{ $value }
chart-item-separator = ；
chart-segment = { $label }{ $value }

## 资料文件：按区域组分列的联合国会员国

info-introduction = 导言
info-intro-scope = 本说明按区域组列出联合国{ $members }个会员国，并逐一说明截至{ $date }各国参加《联合国打击跨国有组织犯罪公约》及其三项议定书的情况，旨在协助缔约方会议审议这些文书的实施情况。
info-intro-totals = 截至{ $date }，会员国中《公约》缔约方为{ $untoc }个，《人口贩运议定书》缔约方为{ $tip }个，《偷运移民议定书》缔约方为{ $som }个，《枪支议定书》缔约方为{ $fa }个。共有{ $all }个会员国是所有四项文书的缔约方。{ $note }
info-dates-note = 表中日期为交存批准书、接受书、核准书或加入书的日期；“(s)”表示已签署但尚未批准。资料按收到时的原样转载。
info-by-group = 按区域组分列的会员国
info-groups-text = 会员国在五个区域组中的分布情况见图一。{ $count ->
    [one] 成员最多的区域组是
   *[other] 成员最多的区域组是
}{ $groups }，共有{ $members }个成员。
info-figure-caption = 按区域组分列的会员国数目
info-group-text = { $group }组共有{ $members }个成员，其中{ $untoc }个是《公约》缔约方，{ $tip }个是《人口贩运议定书》缔约方，{ $som }个是《偷运移民议定书》缔约方，{ $fa }个是《枪支议定书》缔约方（见表{ $table }）。
info-table-caption = { $group }：参加《公约》及其议定书的情况
info-column-state = 国家
info-signature-mark = (s)
chart-members-measure = 会员国数目
chart-members-category = 区域组

## 调查问卷条件的文字表述

expr-relevant = 仅在{ $condition }时作答。
expr-constraint = 仅在{ $condition }时有效。
expr-required = 如{ $condition }，则必须作答。
expr-answered-value = 对问题{ $q }的回答为{ $value }
expr-not-answered-value = 对问题{ $q }的回答不是{ $value }
expr-answered = 已回答问题{ $q }
expr-not-answered = 未回答问题{ $q }
expr-selected = 在问题{ $q }中选择了{ $value }
expr-not-selected = 在问题{ $q }中未选择{ $value }
expr-answer-to = 问题{ $q }的回答
expr-this-answer = 回答
expr-characters = { $a }的字数
expr-count-selected = 问题{ $q }中所选选项的数目
expr-matches = { $a }符合格式{ $value }
expr-not = 并非{ $a }
expr-comparison = { $a }{ $op ->
    [eq] 等于
    [ne] 不等于
    [lt] 小于
    [le] 不超过
    [gt] 大于
   *[ge] 不少于
}{ $b }
expr-and = { $first }并且{ $last }
expr-or = { $first }或者{ $last }
expr-today = 当日日期

## 致一国的信函

letter-office = 联合国毒品和犯罪问题办公室
letter-to = 致：{ $state }常驻联合国（维也纳）代表团
letter-subject = 事由：贵国对实施情况调查问卷的答复
letter-with-problems = 秘书处感谢{ $state }提交的答复。秘书处在核对时发现了以下问题，致使部分答复无法计入。如能在{ $deadline }之前提交更正后的答复，秘书处将不胜感激。
letter-no-problems = 秘书处感谢{ $state }提交的答复，答复已收到并经核对，无需更正。
letter-no-reply = 秘书处尚未收到{ $state }对调查问卷的答复，如能在{ $deadline }之前提交，秘书处将不胜感激。
letter-column-question = 问题
letter-column-problem = 存在的问题
letter-column-fix = 更正方法
letter-closing = 秘书处随时准备提供任何协助。
reminder-subject = 提醒：关于《公约》及其议定书实施情况的调查问卷
reminder-opening = 联合国毒品和犯罪问题办公室秘书处向{ $state }常驻联合国（维也纳）代表团致意，并谨提及{ $decision ->
    [none] { $body }
   *[other] { $body }第{ $decision }号决定
}请秘书处通过调查问卷向各国收集关于《公约》及其议定书实施情况的资料。
reminder-outstanding = 截至{ $date }，秘书处尚未收到{ $state }对以下调查问卷的答复，答复截止日期为{ $deadline }。每份问卷旁注明了为该国编制的答复工作簿：
reminder-ways = 答复可通过以下任一方式提交：
reminder-way-online = { $url ->
    [none] 在线提交，使用秘书处发送给国家联络人的表格；
   *[other] 在线提交，使用{ $url }上的表格；
}
reminder-way-workbook = 使用所附Excel答复工作簿，通过电子邮件发回；工作簿中已填入国名{ $prefilled ->
    [yes] 以及该国在上一个报告周期的回答，请予以确认（“无变化”）或更正；
   *[no] ；
}
reminder-way-paper = { $printed ->
    [yes] 使用印刷版调查问卷（秘书处可应要求寄送），通过邮寄发回。
   *[other] 使用纸质调查问卷，通过邮寄发回。
}
reminder-closing = 联合国毒品和犯罪问题办公室秘书处谨借此机会向{ $state }常驻联合国（维也纳）代表团重申最崇高的敬意。
letter-reply-of = { $date }收到的答复
letter-reply-undated = 收到的未注明日期的答复
letter-reply-in-file = { $reply }（文件{ $file }）
letter-file-heading = 文件{ $file }
letter-about-submitted = 答复日期
letter-about-state = 国家
letter-invisible-note = 不可见字符以{ "\\u{…}" }代码显示。
letter-problem-constraint-message = 答复{ $value }不予接受：{ $message }
letter-problem-file-unreadable = 无法读取该文件（{ $why }）。
letter-fix-file-unreadable = 请重新发送该文件。
letter-problem-file-empty = 该文件为空。
letter-fix-file-empty = 请重新发送该文件；该文件可能未完整保存或复制。
letter-problem-file-too-large = 该文件大小为{ $size }MB，超过可读取的{ $max }MB。
letter-fix-file-too-large = 请删除图片和未使用的工作表，或拆分该文件。
letter-problem-file-grew = 读取期间该文件发生了变化。
letter-fix-file-grew = 请重新发送完整的文件。
letter-problem-file-damaged = 该文件已损坏，无法读取。
letter-fix-file-damaged = 请用电子表格程序打开该文件，重新保存后再次发送。
letter-problem-not-a-spreadsheet = 该文件不是可读取的电子表格。
letter-fix-not-a-spreadsheet = 请将其另存为Excel工作簿（.xlsx）后再次发送。
letter-problem-not-a-workbook = 该文件不是.{ $extension }工作簿：可能不完整，或是改了名称的其他类型文件。
letter-fix-not-a-workbook = 请用电子表格程序重新保存后再次发送。
letter-problem-too-many-cells = 该文件的工作表涵盖{ $cells }个单元格，数量过多，无法从.{ $extension }文件中读取。
letter-fix-too-many-cells = 请将其另存为Excel工作簿（.xlsx），或删除远离其他单元格的单元格。
letter-problem-password-protected = 该工作簿设有密码保护。
letter-fix-password-protected = 请取消密码，保存工作簿后再次发送。
letter-problem-misnamed = 该文件的扩展名为.{ $claimed }，但实际是.{ $actual }工作簿。
letter-fix-misnamed = 请将扩展名改为.{ $actual }后再次发送。
letter-problem-misfiled = 该文件未与某一调查表的答复归档在一起。
letter-fix-misfiled = 无需采取任何行动；秘书处将予以归档。
letter-problem-no-data = 该工作簿没有数据。
letter-fix-no-data = 请重新发送答复，包括标题行，每份答复一行。
letter-problem-sheet-empty = 该工作表为空。
letter-fix-sheet-empty = 请重新发送答复，包括标题行，每份答复一行。
letter-problem-extra-sheet = 未读取工作表{ $sheet }：答复从第一个工作表读取。
letter-fix-extra-sheet = 请将所有答复放在一个工作表中。
letter-problem-unreadable-line = 该文件中有一行无法读取。
letter-fix-unreadable-line = 请检查该行的引号。
letter-problem-duplicate-column = 有两列回答该问题（另一列为{ $other }列）。
letter-fix-duplicate-column = 请每个问题只保留一列。
letter-problem-unknown-column = { $column }列不是调查表中的问题，未予读取。
letter-fix-unknown-column = 请对照调查表核对列名。
letter-problem-not-json = 该文件不是有效的JSON文件。
letter-fix-not-json = 请检查该文件；该文件可能不完整。
letter-problem-json-shape = 该文件中的答复不符合预期格式。
letter-fix-json-shape = 请为每份答复注明国家、日期和答案。
letter-problem-not-an-object = 该文件中有一份答复不符合预期格式。
letter-fix-not-an-object = 请为每份答复注明国家、日期和答案。
letter-problem-unknown-field = 未读取字段{ $field }。
letter-fix-unknown-field = 请将答案放在“answers”之下。
letter-problem-answers-not-an-object = 答案不符合预期格式。
letter-fix-answers-not-an-object = 请在每个答案前注明其问题名称。
letter-problem-repeat-not-a-list = 对{ $repeat }的答案应为若干行的列表。
letter-fix-repeat-not-a-list = 请每行填写一项。
letter-problem-repeat-row-not-an-object = 答案表中有一行不符合预期格式。
letter-fix-repeat-row-not-an-object = 请在该行每个答案前注明其问题名称。
letter-problem-not-in-repeat = { $question }不是表{ $repeat }中的问题；未读取该答案。
letter-fix-not-in-repeat = 请核对问题名称。
letter-problem-unknown-question = 调查表中没有问题{ $question }；未读取该答案。
letter-fix-unknown-question = 请对照调查表核对问题名称。
letter-problem-unnamed-answer = 未读取一个没有问题名称的答案。
letter-fix-unnamed-answer = 请保持名称列与发给贵方时一致。
letter-problem-no-change-edited = 一个标为“无变化”的预填答案已被修改；已按所写内容读取该答案。
letter-fix-no-change-edited = 请在已更正答案之处清除“无变化”，或恢复原先的答案。
letter-problem-answer-sheet-empty = 答案表为空。
letter-fix-answer-sheet-empty = 请填写答案以及国家和日期两行。
letter-problem-no-state = 答复未说明由哪个国家发送。
letter-fix-no-state = 请填写贵国的三字母代码。
letter-problem-unknown-state = { $value }不是国家代码。
letter-fix-unknown-state = 请填写贵国的三字母代码。
letter-problem-no-submitted = 答复未注明发送日期。
letter-fix-no-submitted = 请按YYYY-MM-DD格式注明答复的发送日期。
letter-problem-not-party = 贵国不是本调查表所涉文书的缔约国；其答复予以保留并单独统计。
letter-fix-not-party = 无需采取任何行动。
letter-problem-other-version = 该答复针对的是调查表第{ $version }版；现行版本为第{ $current }版。
letter-fix-other-version = 除非问题有所改动，否则无需采取任何行动：答案按现行版本核对。
letter-problem-no-answers = 该答复未回答任何问题。
letter-fix-no-answers = 请填写答案；空白答复不能计入。
letter-problem-superseded = { $date }收到的对本调查表的较晚答复取代了本答复。
letter-fix-superseded = 如较晚的答复无误，则无需采取任何行动。
letter-problem-ambiguous-state = { $value }可能指不止一个国家（{ $states }）。
letter-fix-ambiguous-state = 请填写贵国的三字母代码。
letter-problem-review-refused = 该答复在审核时未获批准，不予计入。
letter-fix-review-refused = 请提交更正后的答复，或请秘书处重新审核。
letter-problem-review-held = 该答复的审核暂缓。
letter-fix-review-held = 除非秘书处要求更正，否则无需采取任何行动。
letter-problem-review-unknown = 无法识别该答复的审核状态{ $word }；该答复予以计入。
letter-fix-review-unknown = 无需采取任何行动。
letter-problem-duplicate = 同一答复收到两次，只计入一次。
letter-fix-duplicate = 无需采取任何行动。
letter-problem-orphan-row = 答复表中的一行属于未收到的答复（{ $parent }），未予读取。
letter-fix-orphan-row = 请将答复连同其表格一并提交。
letter-problem-repeats-not-exported = 该文件不包含答复表（{ $repeat }）的各行。
letter-fix-repeats-not-exported = 请用Excel答复工作簿提交答复，该工作簿为每个表设有一个工作表。
letter-problem-answered-twice = 该问题有两个答案。
letter-fix-answered-twice = 请只保留一个答案。
letter-problem-takes-no-answer = 该项无需作答；未读取该答案。
letter-fix-takes-no-answer = 请留空。
letter-problem-read-as-choice = { $value }被读作选项{ $label }。
letter-fix-read-as-choice = 无需采取任何行动；请按调查表所列写法填写答案。
letter-problem-read-as-date = { $value }被读作日期{ $date }。
letter-fix-read-as-date = 请核对日期，并按YYYY-MM-DD格式填写日期。
letter-problem-read-as-date-time = { $value }被读作{ $date } { $time }。
letter-fix-read-as-date-time = 请核对日期和时间，并按YYYY-MM-DD HH:MM格式填写。
letter-problem-area-closed = 为封闭该区域，已在末尾重复其第一个点。
letter-fix-area-closed = 无需采取任何行动。
letter-problem-not-a-choice = { $value }不是选项之一。
letter-fix-not-a-choice = 请选择{ $choices }。
letter-problem-not-a-number = { $value }不是数字。
letter-fix-not-a-number = 请用阿拉伯数字填写，例如12。
letter-problem-not-whole = { $value }不是整数。
letter-fix-not-whole = 请填写整数，例如12。
letter-problem-decimal-comma = { $value }以逗号作为小数点。
letter-fix-decimal-comma = 请用句点表示小数点，例如2.5。
letter-problem-out-of-range = { $value }超出了此处整数的取值范围。
letter-fix-out-of-range = 请填写{ $min }至{ $max }之间的整数。
letter-problem-not-on-scale = { $value }不在量表范围内。
letter-fix-not-on-scale = 请填写{ $start }至{ $end }之间的数字，间隔为{ $step }。
letter-problem-ranked-twice = 答案{ $value }中同一选项排列了两次。
letter-fix-ranked-twice = 请将每个选项只排列一次，最重要的排在最前：{ $choices }。
letter-problem-not-acknowledged = { $value }不是确认。
letter-fix-not-acknowledged = 请填写OK表示确认，或将答案留空。
letter-problem-not-a-date = { $value }不是日期。
letter-fix-not-a-date = 请按YYYY-MM-DD格式填写日期，例如2026-03-01。
letter-problem-not-a-calendar-date = { $value }不是有效的日历日期。
letter-fix-not-a-calendar-date = 请按YYYY-MM-DD格式填写日期，例如2026-03-01。
letter-problem-ambiguous-date = { $value }既可读作{ $first }，也可读作{ $second }。
letter-fix-ambiguous-date = 请按YYYY-MM-DD格式填写日期，以免混淆日和月。
letter-problem-not-a-time = { $value }不是时间。
letter-fix-not-a-time = 请按24小时制HH:MM格式填写时间，例如14:30。
letter-problem-not-a-date-time = { $value }不是日期和时间。
letter-fix-not-a-date-time = 请按YYYY-MM-DD HH:MM格式填写，例如2026-03-01 14:30。
letter-problem-not-a-location = { $value }不是地点。
letter-fix-not-a-location = 请以十进制度数填写纬度和经度，例如48.2082 16.3738。
letter-problem-off-the-globe = { $value }不是地球上的位置。
letter-fix-off-the-globe = 请填写-90至90之间的纬度和-180至180之间的经度。
letter-problem-too-few-points = { $value }的点数太少。
letter-fix-too-few-points = 请按纬度和经度填写各点，以分号隔开：线至少两个点，区域至少三个点。
letter-problem-not-relevant = 该问题不适用于贵方的答复；答案予以保留。
letter-fix-not-relevant = 无需采取任何行动。
letter-problem-required = 该问题必须作答，但没有答案。
letter-fix-required = 请作答；如无相关资料，请在答案中说明。
letter-problem-constraint = 答复{ $value }不予接受。
letter-fix-constraint = 请核对答案。
letter-problem-constraint-unchecked = 此处无法核对该答案；输入时已作核对。
letter-fix-constraint-unchecked = 无需采取任何行动。
letter-problem-constraint-broken = 由于调查表有误，无法核对该答案。
letter-fix-constraint-broken = 无需采取任何行动；秘书处将更正调查表。

## 资料文件的默认标题
info-title = 按区域组分列的联合国会员国及其参加《公约》及其议定书的情况
info-author = 秘书处的说明

numbering-figure = 一
numbering-table = 1

place-and-dates = { $dates }，{ $place }

## 分析报告

report-title = { $instrument_of }的实施情况：在第{ $cycle ->
    [1] 一
    [2] 二
    [3] 三
    [4] 四
    [5] 五
   *[other] { $cycle }
}个报告周期从各国收到的资料
report-title-revised = { $instrument_of }的实施情况：根据在第{ $cycle ->
    [1] 一
    [2] 二
    [3] 三
    [4] 四
    [5] 五
   *[other] { $cycle }
}个报告周期从各国收到的补充答复提供的最新资料
report-revision-text = 本文件更新了{ $symbol }号文件，该文件介绍了截至{ $original_date }收到的资料。{ $count ->
    [0] 截至{ $date }未收到其他答复，附件{ $annex }对此作了说明。
   *[other] 本文件考虑到了截至{ $date }另外收到的{ $count }个国家的答复，这些国家列于附件{ $annex }，该附件还列出了有变化的数字。
}
report-annex-revision = { $date }之后收到的答复和有变化的数字
report-annex-revision-states = { $count ->
    [0] { $date }之后没有国家作出答复。
   *[other] 以下{ $count }个国家在{ $date }之后作出了答复。
}
report-annex-revision-figures = { $symbol }号文件印发以来有变化的数字
report-revision-row-parties = 作出答复的缔约国
report-revision-row-choice = 问题{ $number }：{ $choice }
report-revision-column-figure = 数字
report-revision-column-as-at = 截至{ $date }
report-comparison = 与上一个报告周期的比较
report-change = { $direction ->
    [up] 高于上一周期的{ $then }
    [down] 低于上一周期的{ $then }
   *[same] 与上一周期持平
}
report-comparison-rate = 在上一个报告周期，截至{ $then_date }，{ $population ->
    [members] { $then_parties }个会员国
    [invited] 受邀答复的{ $then_parties }个国家
   *[parties] { $short_to }的{ $then_parties }个缔约国
}中有{ $then_responded }个（{ $then_percent }）作出了答复。本周期的答复率为{ $now }，{ $change }（见表{ $table }）。
report-comparison-first = { $count ->
    [0] 本周期没有首次作出答复的国家。
   *[other] 以下{ $count }个国家在本周期首次作出了答复：
}
report-comparison-not-again = 以下{ $count }个国家在上一周期作出了答复，但本周期尚未答复：
report-comparison-rate-caption = 上一个报告周期和本周期按区域组分列的{ $population ->
    [members] 会员国
    [invited] 受邀国家
   *[parties] 缔约国
}答复情况
report-comparison-column-then = 上一周期，截至{ $date }
report-comparison-column-now = 本周期，截至{ $date }
report-comparison-mandatory = 在关于强制性规定的全部回答中，{ $now }报告已实施该规定，{ $change }。表{ $table }逐项比较了两个周期的情况。
report-comparison-all = 在关于各项规定的全部回答中，{ $now }报告已实施该规定，{ $change }。表{ $table }逐项比较了两个周期的情况。
report-comparison-rose = 增幅最大的是{ $provision }：在问题所适用的国家中，{ $now }报告已实施该规定，{ $change }。
report-comparison-provisions-caption = 上一个报告周期和本周期报告已实施规定的回答（占问题所适用国家的百分比）
report-author = 秘书处的分析报告
report-introduction = 导言
report-mandate = 任务授权
report-scope = 报告的范围和结构
report-replies = 收到的答复
report-overview = 所报告的实施情况概览
report-assistance = 技术援助需要
report-conclusions = 结论意见
report-total = 合计
report-all-states = 所有国家
report-unanswered-label = 未作答
report-article = { $title }（{ $provision }）
report-chapter-range = { $count ->
    [2] { $first }、{ $last }
   *[other] { $first }至{ $last }
}
ref-chapter = 一
ref-figure = 一
report-scope-text = 本报告概述各国在答复关于{ $instrument_of }实施情况的调查问卷（第{ $cycle ->
    [1] 一
    [2] 二
    [3] 三
   *[other] { $cycle }
}个报告周期）时提供的资料，以截至{ $date }秘书处收到的资料为准。
report-scope-questions = 调查问卷共有{ $questions }个问题，涉及{ $short_of }的{ $articles }条。与{ $short_of }案文一样，关于强制性规定的问题与关于缔约国应当考虑或可以采取的规定的问题分开列示。
report-scope-structure = 第{ $chapters }章逐节、逐条分析答复情况；第{ $assistance }章介绍所报告的技术援助需要；第{ $conclusions }章载有结论意见。附件一列出作出答复的国家，附件二载有按区域组分列的统计表。
report-scope-structure-one = 第{ $chapters }章逐条分析答复情况；第{ $assistance }章介绍所报告的技术援助需要；第{ $conclusions }章载有结论意见。附件一列出作出答复的国家，附件二载有按区域组分列的统计表。
report-scope-basis = 除另有说明外，百分比均以问题所适用的国家为基数，即作出答复且先前的回答使该问题适用于其的国家；百分比四舍五入为整数。{ $population ->
    [parties] 签署国以及既非缔约方也非签署国的国家的答复也纳入了分析。
   *[other] {""}
}{ $note }
report-replies-none = 截至{ $date }，尚无任何国家答复调查问卷。收到答复后将提出分析。
report-replies-text = 截至{ $date }，{ $population ->
    [members] { $parties }个会员国
    [invited] 受邀答复的{ $parties }个国家
   *[parties] { $short_to }的{ $parties }个缔约国
}中已有{ $responded }个（{ $percent }）答复了调查问卷。
report-replies-both = 另有{ $signatories }个签署国和{ $others }个既非缔约方也非签署国的国家作出了答复；这些答复纳入了分析，但不计入答复率。
report-replies-signatories = 另有{ $signatories }个签署国作出了答复；这些答复纳入了分析，但不计入答复率。
report-replies-others = 另有{ $others }个既非缔约方也非签署国的国家作出了答复；这些答复纳入了分析，但不计入答复率。
report-replies-late = { $date }之后收到的{ $late }份答复未予计入。
report-replies-groups = { $population ->
    [parties] 缔约国的答复率
    [members] 会员国的答复率
   *[invited] 受邀国家的答复率
}从{ $low_group }的{ $low }到{ $high_group }的{ $high }不等（见表{ $table }和图{ $figure }）。
report-rate-caption = 按区域组分列的{ $population ->
    [members] 会员国
    [invited] 受邀国家
   *[parties] 缔约国
}答复情况
report-rate-chart-caption = 按区域组分列的{ $population ->
    [members] 会员国
    [invited] 受邀国家
   *[parties] 缔约国
}答复率（百分比）
chart-rate-measure = { $population ->
    [members] 会员国
    [invited] 受邀国家
   *[parties] 缔约国
}答复率（百分比）
chart-rate-category = 区域组
column-group = 区域组
column-parties = { $population ->
    [members] 会员国
    [invited] 受邀国家
   *[parties] 缔约国
}
column-replies = 答复
column-rate = 答复率
column-provision = 规定
column-obligation = 性质
column-applicable = 问题所适用的国家
column-answers = 回答
column-implemented = 已实施
column-share = 比例
column-answered = 已作答
column-answering = 提供数字的国家
column-median = 中位数
column-min = 最低
column-max = 最高
column-sum = 合计
column-article = 条款
column-kind = 援助类型
report-overview-text = 表{ $table }列出调查问卷所涉每项规定的问题在适用国家中的回答情况，强制性规定列于前面。在关于强制性规定的全部回答中，{ $mandatory }报告已实施该规定；在关于其他规定的回答中，这一比例为{ $other }。
report-overview-text-mandatory = 表{ $table }列出调查问卷所涉每项规定的问题在适用国家中的回答情况。在关于这些强制性规定的全部回答中，{ $mandatory }报告已实施该规定。
report-overview-text-other = 表{ $table }列出调查问卷所涉每项规定的问题在适用国家中的回答情况。
report-overview-groups = 就全部规定而言，{ $all }的回答报告已实施相关规定，从{ $low_group }的{ $low }到{ $high_group }的{ $high }不等（见表{ $table }）。
report-overview-extremes = 按规定分列，在问题所适用的国家中，报告已实施相关规定的国家所占比例从{ $least_percent }（{ $least }）到{ $most_percent }（{ $most }）不等。
report-overview-spread = 各区域组之间差异最大的是{ $provision }：在问题所适用的国家中，{ $high_group }有{ $high }报告已实施，而{ $low_group }只有{ $low }。
report-overview-caption = 关于各项规定实施情况的回答（占问题所适用国家的百分比）
report-implementation-caption = 按区域组分列的报告已实施规定的回答
report-question = 问题{ $number }：{ $label }
report-obligation-mandatory = 根据{ $short_of }{ $provision }，缔约国必须采取问题{ $number }所涉的措施：这是一项强制性规定。
report-obligation-shall_consider = 根据{ $short_of }{ $provision }，缔约国应当考虑采取问题{ $number }所涉的措施。
report-obligation-optional = 根据{ $short_of }{ $provision }，问题{ $number }所涉的措施属于任择性质。
report-no-applicable = 问题{ $number }不适用于任何作出答复的国家。
report-choices = 在问题{ $number }所适用的{ $applicable }个国家中，{ $distribution }。
report-choice-first = { $count }个（{ $percent }）回答{ $label }
report-choice-next = { $count }个（{ $percent }）回答{ $label }
report-choice-unanswered = { $count }个（{ $percent }）未作答
report-multiple = 在问题{ $number }所适用的{ $applicable }个国家中，{ $distribution }。
report-ungrouped = 一般问题
report-scope-sections = 调查问卷共有{ $questions }个问题，分为{ $sections }个部分。
report-dates = 在问题{ $number }所适用的{ $applicable }个国家中，有{ $answered }个（{ $percent }）提供了日期，日期从{ $earliest }到{ $latest }不等。
report-dates-same = 在问题{ $number }所适用的{ $applicable }个国家中，有{ $answered }个（{ $percent }）提供了日期，均为{ $earliest }。
report-dates-none = 问题{ $number }所适用的{ $applicable }个国家均未提供日期。
report-text-by = 在问题{ $number }所适用的{ $applicable }个国家中，有{ $answered }个（{ $percent }）作了回答：{ $by }。
report-text-by-first = 对问题{ $lead }回答{ $label }的{ $gave }个国家中{ $all ->
    [all] 全部作了回答
    [none] 没有国家作答
   *[some] 有{ $wrote }个
}
report-text-by-next = 回答{ $label }的{ $gave }个国家中{ $all ->
    [all] 全部作了回答
    [none] 没有国家作答
   *[some] 有{ $wrote }个
}
report-text-compilation = 各项答复按收到时的原文载于答复汇编（{ $symbol }）。
report-repeat-title = 调查问卷中的表格：{ $title }
report-repeat = 在作出答复的{ $respondents }个国家中，有{ $states }个（{ $percent }）填写了表格{ $title }，共{ $rows }行。
report-repeat-none = 作出答复的国家均未填写表格{ $title }。
report-repeat-unanswered = 各行均未回答问题{ $number }（{ $label }）。
report-repeat-choice = { $label }{ $count }行
report-repeat-choices = 有{ $answered }行回答了问题{ $number }（{ $label }）：{ $distribution }。
report-repeat-numbers = 有{ $answered }行回答了问题{ $number }（{ $label }）：中位数为{ $median }，数字从{ $min }到{ $max }不等，合计为{ $total }。
report-repeat-answered = 有{ $answered }行回答了问题{ $number }（{ $label }）。
report-analysis-untranslated = [以下案文尚无中文本，现以英文提供。]
compilation-title = { $form }：收到的答复汇编
compilation-author = 秘书处编写的会议室文件
compilation-intro = 本会议室文件按问题逐一转载截至{ $date }答复了调查问卷的{ $count }个国家的答复，均为收到时的原文。各国按字母顺序排列；有关个人数据的问题的答复不予转载。
compilation-report = 秘书处在报告{ $symbol }中对答复作了分析。
compilation-no-report = 答复转载时未作分析。
compilation-unanswered = 问题{ $number }所适用的国家中有{ $count }个未作回答。
compilation-column-state = 国家
compilation-column-answer = 答复
compilation-none = 没有国家回答此问题。
report-multiple-first = { $count }个（{ $percent }）选择了{ $label }
report-multiple-next = { $count }个（{ $percent }）选择了{ $label }
report-multiple-none = 问题{ $number }所适用的{ $applicable }个国家均未选择任何选项。
report-numbers = 有{ $answering }个国家在答复问题{ $number }时提供了数字：中位数为{ $median }，数字从{ $min }到{ $max }不等，合计为{ $total }。
report-numbers-none = 没有国家在答复问题{ $number }时提供数字。
report-answered = 问题{ $number }适用于{ $applicable }个国家，其中{ $answered }个（{ $percent }）作了回答。
report-chart-caption = 按区域组分列的问题{ $number }的回答情况（国家数目）
chart-answers-measure = 问题{ $number }的回答（国家数目）
report-ta-no-replies = 尚无任何国家答复调查问卷。
report-ta-none = 作出答复的国家均未请求技术援助。
report-ta-any = 在作出答复的{ $respondents }个国家中，有{ $count }个（{ $percent }）请求技术援助，以实施调查问卷所涉的至少一条。
report-ta-articles = 请求最多的条款是：{ $articles }（见表{ $table }）。
report-ta-kinds = 最常请求的援助类型是{ $kinds }（见表{ $table }和图{ $figure }）。
report-ta-articles-caption = 按条款和区域组分列的请求技术援助的国家
report-ta-kinds-caption = 按区域组分列的所请求的技术援助类型（国家数目）
report-ta-kinds-chart-caption = 请求各类技术援助的国家
chart-kinds-measure = 请求各类援助的国家数目
chart-kinds-category = 援助类型
report-annex-respondents = 截至{ $date }答复调查问卷的国家
report-annex-respondents-text = 以下{ $count }个国家在{ $date }之前答复了调查问卷。
report-annex-respondents-marked = 以下{ $count }个国家在{ $date }之前答复了调查问卷。签署国标有一个星号（*），既非缔约方也非签署国的国家标有两个星号（**）。
report-annex-tables = 按区域组分列的统计表
report-annex-tables-text = 各表按区域组列出每个问题的国家数目。破折号（—）表示无法计算的数字。
report-annex-caption = 问题{ $number }：{ $label }
instrument-of-untoc = 《联合国打击跨国有组织犯罪公约》
instrument-of-tip = 《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》
instrument-of-som = 《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》
instrument-of-fa = 《联合国打击跨国有组织犯罪公约关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》
instrument-short-of-untoc = 《公约》
instrument-short-of-tip = 《人口贩运议定书》
instrument-short-of-som = 《偷运移民议定书》
instrument-short-of-fa = 《枪支议定书》
instrument-short-to-untoc = 《公约》
instrument-short-to-tip = 《人口贩运议定书》
instrument-short-to-som = 《偷运移民议定书》
instrument-short-to-fa = 《枪支议定书》
report-questionnaire-of = 调查问卷

## 国家概况

profile-title = 国家概况
profile-as-at = 截至{ $date }
profile-group = 区域组：{ $group }
profile-prepared = 由秘书处根据截至{ $date }从该国收到的资料编写。
profile-footer = 国家概况：{ $state }，截至{ $date }
profile-treaties = 参加《公约》及其议定书的情况
profile-reporting = 对调查问卷的答复
profile-implementation = 所报告的实施情况
profile-implementation-of = 实施情况：{ $title }
profile-compare = 报告已实施的规定
profile-assistance = 所请求的技术援助
profile-column-instrument = 文书
profile-column-status = 地位
profile-column-date = 日期
profile-column-questionnaire = 调查问卷
profile-column-reply = 答复
profile-column-number = 编号
profile-column-question = 问题
profile-column-answer = 回答
profile-column-state = 该国
profile-column-group = 所属区域组
profile-column-all = 所有作出答复的国家
profile-column-article = 条款
profile-column-kinds = 援助类型
profile-party = 缔约方
profile-signatory = 签署国
profile-not-party = 非缔约方
profile-reply-counted = 于{ $date }收到。
profile-reply-late = 于{ $date }收到，晚于截止日期。
profile-reply-replaced = 该答复取代了{ $dates }收到的先前答复。
profile-reply-rejected = 已于{ $date }收到答复，但尚无法计入。
profile-reply-none = 截至{ $date }未收到答复。
profile-reply-previous = 上一个报告周期：于{ $date }收到。
profile-since = 与上一个报告周期{ $date }的答复相比，{ $changed ->
    [0] { $compared }项回答均无变化。
   *[other] { $compared }项回答中有{ $changed }项有变化，其下方列出了原先的回答。其他回答没有变化。
}
profile-previous-answer = 上一周期：{ $answer }
profile-no-reply = 截至{ $date }，{ $state }尚未答复调查问卷。
profile-no-answer = 未作答
profile-answered-not-applicable = { $answer }（虽不适用仍作了回答）
profile-compare-text = 表和图列出在关于规定实施情况的回答中报告已实施的比例：{ $state }、{ $group }组以及所有作出答复的国家。这些数字与分析报告中的数字相同。
profile-compare-caption = 报告已实施规定的回答（百分比）
profile-all-respondents = 所有作出答复的国家
chart-compare-measure = 报告已实施规定的回答所占比例
chart-compare-category = 调查问卷
profile-assistance-none = { $state }在答复中未请求技术援助。
profile-assistance-text = { $state }就其技术援助需要作出以下答复。

profile-not-applicable-list = 问题{ $questions }不适用于该答复。

profile-column-requested = 是否请求

## 印刷版调查问卷

quest-cycle = 第{ $cycle ->
    [1] 一
    [2] 二
    [3] 三
   *[other] { $cycle }
}个报告周期
quest-deadline = 请于{ $date }之前交回填好的调查问卷。
quest-return-to = 交回地址：{ $address }
quest-state = 国家：{ $state }
quest-on-record = 已有回答：
quest-prefilled = 每个问题下方列有贵方{ $date }收到的答复中的回答。回答仍然有效的，请勾选“无变化”，答题框留空；只在有变化之处作答。
quest-prefilled-previous = 每个问题下方列有贵方在上一个报告周期{ $date }收到的答复中的回答。回答仍然有效的，请勾选“无变化”，答题框留空；只在有变化之处作答。
quest-instructions-title = 如何填写本调查问卷
quest-instructions = 请用黑色或蓝色圆珠笔以正楷填写。|在所选答案的方框内打叉（X）。“选一个方框”指只选一个答案；“可多选”指选出所有适用的答案。|如需取消答案，请将该方框完全涂黑，再在正确的方框内打叉。|每格填写一个数字，从右起填写；日期按日、月、年填写。|如某一问题不适用于贵国，请按照前一答案旁的说明（“请转至问题……”）或问题下的说明（“仅在……时作答”）填写。|请勿装订、折叠或缩印。请交回所有页面，包括空白页。
quest-focal-title = 协调答复工作的人员
quest-tick-one = 选一个方框。
quest-tick-all = 可多选。
quest-capitals = 请以正楷填写。
quest-digits = 每格一个数字。
quest-other = 其他（请具体说明）
quest-go-to = 如选{ $choice }，请转至问题{ $number }。
quest-go-to-end = 如选{ $choice }，请转至问卷末尾。
quest-footer = 调查问卷{ $form }，版本{ $version }
quest-day = 日
quest-month = 月
quest-year = 年
quest-hour = 时
quest-minute = 分
quest-latitude = 纬度
quest-longitude = 经度
quest-attach = 请将文件、照片或录音随答复一并提交，并在此处填写其名称。
quest-end = 调查问卷到此结束。谢谢。

quest-tick-ok = 请在方框内打叉确认。
quest-scale = 请选择一个数值。
quest-rank = 请按重要性从1到{ $count }编号，1为最重要。
quest-time = 采用24小时制。
quest-geo = 以十进制度数填写；南纬和西经前加负号。
quest-geo-points = 每行一个点，按顺序填写。
quest-media-shown = （电子表格在此处显示一个文件：{ $file }。）

## 答复工作簿（palermo workbook）

wb-sheet-answers = 答复
wb-sheet-instructions = 填写说明
wb-help = 如何答复
wb-instructions = 只在“answer”列中作答：其他单元格已锁定。|请勿修改“name”列：palermo据此确定每个答复所对应的问题。|从单元格的下拉列表中选择答复。如要求填写所有适用的答复，请用逗号分隔。|填写“state”行（贵国的三字母代码）和“submitted”行（发送答复的日期）。|某些问题取决于先前的答复：其批注说明何时作答。其他问题请留空。|将文件保存为Excel工作簿（.xlsx），原样发回，不要重命名工作表。
wb-state = 国家（三字母ISO代码）
wb-submitted = 发送答复的日期
wb-version = 调查问卷版本（请勿修改）
wb-text = 文字。
wb-whole = 整数。
wb-decimal = 数字。
wb-between = 从{ $low }到{ $high }。
wb-at-least = 至少{ $low }。
wb-at-most = 至多{ $high }。
wb-date = 日期：YYYY-MM-DD。
wb-time = 时间：HH:MM，24小时制。
wb-date-time = 日期和时间：YYYY-MM-DD HH:MM。
wb-choose-one = 从列表中选择一个答复。
wb-choose-many = 填写所有适用的答复，用逗号分隔：{ $choices }。
wb-rank = 填写所有选项，最重要的在前，用逗号分隔：{ $choices }。
wb-range = 从{ $start }到{ $end }的数字，间隔为{ $step }。
wb-geo = 以十进制度数表示的纬度和经度，用空格分隔。
wb-geo-points = 各点（纬度和经度）用分号分隔。
wb-file = 随答复发送的文件的名称。
wb-acknowledge = 选择OK以确认。
wb-error-title = 答复不被接受
wb-repeat = { $title }：每项一行。
wb-no-change = 无变化
wb-no-change-help = 此处所填答案仍然有效的，请选择“无变化”；更正答案的，请将此格留空。
wb-prefilled = 所填答案为贵方{ $date }收到的答复中的答案。答案仍然有效的，请在旁边选择“无变化”；只需更正有变化之处。
wb-prefilled-previous = 所填答案为贵方在上一个报告周期{ $date }收到的答复中的答案。答案仍然有效的，请在旁边选择“无变化”；只需更正有变化之处。
site-title = 届会文件
site-venue = { $session }，{ $place }，{ $dates }
site-languages = 语文
site-documents = 文件
site-column-symbol = 文号
site-column-title = 标题
site-column-date = 日期
site-column-versions = 语文版本
site-version-label = { $language }：PDF，{ $pages }页，{ $size }
site-size = { $kb } KB
site-item = { $line }：{ $title }
site-other = 其他文件
site-questionnaires = 调查问卷
site-profiles = 国家概况
site-data = 数据
site-data-text = 每份分析报告的数字可通过其所在行的链接获取（CSV）；对每份调查问卷的答复构成一个开放数据集，每个国家和问题一行，并附有数据包说明。
site-figures-csv = 数字（CSV）
site-data-replies = 对{ $form }的答复（CSV）
site-data-package = 数据集说明（Frictionless Data Package，JSON）
site-back = 届会所有文件
site-data-link = 数据（CSV）
site-table = 表{ $n }
site-figure = 图{ $n }
site-html = { $language }：网页（HTML）

## The review sheet of scanned questionnaires (palermo scan: out/scans/review.pdf)
scan-review-title = 待审核的扫描问卷
scan-review-summary = { $date }读取了{ $files }个文件中的{ $pages }页：{ $replies }份答复草稿，{ $certain }项答案已确定读取，{ $review }项有待在下文确认或录入。
scan-review-unread = 未读取的页面
scan-review-source = { $file }，第{ $page }页
scan-review-reply = { $form }：{ $state }，文本：{ $lang }
scan-review-unknown-state = 国家不明（空白问卷：请在"state"中填写其代码）
scan-review-draft = 答复草稿：{ $file }。请更正后用 palermo scan --accept 接受。
scan-review-missing = 扫描件中缺少的问卷页面：{ $pages }。
scan-review-twice = { $source }再次为第{ $page }页：未读取。
scan-review-to-check = 待确认或录入
scan-review-seen = 读取结果：{ $seen }
scan-review-nothing-seen = 读取结果：无确定内容
scan-review-certain = 已确定读取的内容（供抽查）
scan-review-question = 问题
scan-review-answer = 读取的答案
scan-review-crop-alt = 问题{ $question }的扫描答题区
scan-why-faint = 标记介于两个阈值之间：笔迹较淡、来自其他方框的笔画或方框被部分涂满。
scan-why-two-ticks = 要求单一答案处勾选了不止一个方框。
scan-why-filled-alone = 一个方框被涂满（表示取消），且未勾选其他方框。
scan-why-registration = 无法在扫描件上精确定位该页：请逐一目视核对每个标记。
scan-why-no-change = "无变化"与新答案同时勾选，或记录中没有答案。
scan-why-written = 手写内容：请录入草稿。
