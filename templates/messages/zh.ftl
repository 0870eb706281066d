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
percent = { $value }%
percent-short = { $value }%
list-separator = 、
list-and = { $first }和{ $last }
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
letter-to = 致：{ $state }常驻代表团
letter-subject = 事由：贵国对实施情况调查问卷的答复
letter-with-problems = 秘书处感谢{ $state }提交的答复。秘书处在核对时发现了以下问题，致使部分答复无法计入。如能在{ $deadline }之前提交更正后的答复，秘书处将不胜感激。
letter-no-problems = 秘书处感谢{ $state }提交的答复，答复已收到并经核对，无需更正。
letter-no-reply = 秘书处尚未收到{ $state }对调查问卷的答复，如能在{ $deadline }之前提交，秘书处将不胜感激。
letter-column-place = 位置
letter-column-question = 题目
letter-column-problem = 错误
letter-column-fix = 更正方法
letter-file = 文件
letter-closing = 秘书处随时准备提供协助。
letter-required = 此必答问题未作答。
letter-required-fix = 请作答；如无相关信息，请在答复中说明。
letter-not-relevant = 此问题不适用于贵国的答复；答复予以保留。
letter-not-accepted = 答复{ $value }不被接受。
letter-not-a-choice = { $value }不是可选答案之一。
letter-not-a-choice-fix = 请从以下选项中选择：{ $choices }。
letter-not-a-number = { $value }不是数字。
letter-not-a-number-fix = 请用数字填写，例如12。
letter-out-of-range = { $value }超出了此题整数的取值范围。
letter-out-of-range-fix = 请填写{ $min }至{ $max }之间的整数。

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
report-chapter-range = { $first }至{ $last }
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
report-scope-basis = 除另有说明外，百分比均以问题所适用的国家为基数，即作出答复且先前的回答使该问题适用于其的国家；百分比四舍五入为整数。签署国以及既非缔约方也非签署国的国家的答复也纳入了分析。{ $note }
report-replies-none = 截至{ $date }，尚无任何国家答复调查问卷。收到答复后将提出分析。
report-replies-text = 截至{ $date }，{ $short_to }的{ $parties }个缔约国中已有{ $responded }个（{ $percent }）答复了调查问卷。
report-replies-both = 另有{ $signatories }个签署国和{ $others }个既非缔约方也非签署国的国家作出了答复；这些答复纳入了分析，但不计入答复率。
report-replies-signatories = 另有{ $signatories }个签署国作出了答复；这些答复纳入了分析，但不计入答复率。
report-replies-others = 另有{ $others }个既非缔约方也非签署国的国家作出了答复；这些答复纳入了分析，但不计入答复率。
report-replies-late = { $date }之后收到的{ $late }份答复未予计入。
report-replies-groups = 缔约国的答复率从{ $low_group }的{ $low }到{ $high_group }的{ $high }不等（见表{ $table }和图{ $figure }）。
report-rate-caption = 按区域组分列的缔约国答复情况
report-rate-chart-caption = 按区域组分列的缔约国答复率（百分比）
chart-rate-measure = 缔约国答复率（百分比）
chart-rate-category = 区域组
column-group = 区域组
column-parties = 缔约国
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
