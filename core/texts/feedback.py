"""Messages of the feedback area (code → English, Simplified Chinese).

``feedback_import.*``: importing feedback files and surveys; ``feedback.*``: the feedback
summary; ``weak.*``: weak courses, their evidence and suggested fixes.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # Importing
    "feedback_import.unknown_answer": (
        "'{value}' is not a rating: write a number from 1 to 5 or an answer the Likert table "
        "knows. Add it to the Likert table in the import wizard, or give "
        '--likert "{value}=N" (N from 1 to 5).',
        "“{value}”不是评分：请填写 1 到 5 的数字或 Likert 对照表中已有的回答。"
        '可在导入向导的 Likert 对照表中添加，或使用 --likert "{value}=N"（N 为 1 到 5）。',
    ),
    "feedback_import.not_whole_rating": (
        "'{value}' is not a whole rating; ratings are whole numbers from 1 to 5.",
        "“{value}”不是整数评分；评分是 1 到 5 的整数。",
    ),
    "feedback_import.bad_likert_pair": (
        "'{value}' is not ANSWER=N: write the answer, an equals sign and a rating from 1 to 5, "
        'e.g. "Very hard=2".',
        '“{value}”不是“回答=N”的格式：请写回答、等号和 1 到 5 的评分，例如 "很难=2"。',
    ),
    "feedback_import.unknown_course_option": (
        "There is no course with the code {course}. Check --course, or import the course first.",
        "没有编号为 {course} 的课程。请检查 --course，或先导入该课程。",
    ),
    "feedback_import.no_course": (
        "{file}: no column holds the course. Map one (--map course=HEADER or a column number), "
        "or tie the whole file to one course with --course CODE.",
        "{file}：没有表示课程的列。请映射一列（--map course=列名或列号），"
        "或用 --course 课程编号 将整个文件归入一门课程。",
    ),
    "feedback_import.no_answers": (
        "{file}: no column holds a rating or a comment. Map them with --map rating=N and "
        "--map comment=N (a survey: one pair per question, in order).",
        "{file}：没有表示评分或意见的列。请用 --map rating=N 和 --map comment=N 映射"
        "（问卷：每个问题一对，按顺序）。",
    ),
    "feedback_import.unknown_person": (
        "There is no person with the employee id or email {value}; import them first or "
        "leave the cell blank for anonymous feedback.",
        "没有工号或邮箱为 {value} 的人员；请先导入此人，或留空作为匿名反馈。",
    ),
    "feedback_import.unknown_course": (
        "There is no course with the code {value}; import the course first or correct the code.",
        "没有编号为 {value} 的课程；请先导入该课程或更正编号。",
    ),
    "feedback_import.no_answer": (
        "The row has no rating and no comment; fill one in or delete the row.",
        "此行既没有评分也没有意见；请填写其中之一或删除此行。",
    ),
    "feedback_import.column_twice": (
        "A column is mapped to two answers ({given}); map each column once.",
        "同一列被映射为两个回答（{given}）；每列只能映射一次。",
    ),
}

TEXTS.update(
    {
        "feedback.unknown_course": (
            "There is no course with the code {course}.",
            "没有编号为 {course} 的课程。",
        ),
        "feedback.progress.sentiment": (
            "Reading the sentiment of comments…",
            "正在分析意见的情感倾向…",
        ),
        "feedback.method_lexicon": (
            "Sentiment from word lists (English and Chinese); too few rated comments to learn "
            "from your own.",
            "情感由词表判断（中英文）；已评分的意见太少，无法从您自己的数据中学习。",
        ),
        "feedback.method_model": (
            "Sentiment from word lists plus a model learned from your rated comments.",
            "情感由词表加上从您已评分的意见中学习的模型判断。",
        ),
        "feedback.method_model_count": (
            "Sentiment from word lists plus a model learned from {count} of your rated comments.",
            "情感由词表加上从您 {count} 条已评分意见中学习的模型判断。",
        ),
    }
)

TEXTS.update(
    {
        "weak.progress.reading": (
            "Comparing completion, ratings, comments and drop-off across the catalog…",
            "正在比较整个课程目录的完成率、评分、意见和流失情况…",
        ),
        "weak.evidence.low_completion": (
            "completion {value:.0%} of {count} settled assignments against the catalog's "
            "{median:.0%} (flagged below {threshold:.0%})",
            "完成率 {value:.0%}（{count} 个已有结果的分配），课程目录中位数为 {median:.0%}"
            "（低于 {threshold:.0%} 即标记）",
        ),
        "weak.evidence.low_rating": (
            "Bayesian rating {value:.2f} from {count} ratings against the catalog's {median:.2f} "
            "(flagged below {threshold:.2f})",
            "贝叶斯评分 {value:.2f}（{count} 个评分），课程目录中位数为 {median:.2f}"
            "（低于 {threshold:.2f} 即标记）",
        ),
        "weak.evidence.negative": (
            "{value:.0%} of {count} comments are negative against the catalog's {median:.0%} "
            "(flagged above {threshold:.0%})",
            "{count} 条意见中 {value:.0%} 为负面，课程目录中位数为 {median:.0%}"
            "（高于 {threshold:.0%} 即标记）",
        ),
        "weak.evidence.negative_themes": (
            "{value:.0%} of {count} comments are negative against the catalog's {median:.0%} "
            "(flagged above {threshold:.0%}); they keep mentioning: {themes}",
            "{count} 条意见中 {value:.0%} 为负面，课程目录中位数为 {median:.0%}"
            "（高于 {threshold:.0%} 即标记）；反复提到：{themes}",
        ),
        "weak.evidence.dropoff": (
            "{value:.0%} of the {count} people who reached module {position} ({module}) gave up "
            "there; the catalog's worst modules lose {median:.0%} (flagged above {threshold:.0%})",
            "到达第 {position} 单元（{module}）的 {count} 人中有 {value:.0%} 在此放弃；"
            "课程目录中各课程流失最多的单元中位数为 {median:.0%}（高于 {threshold:.0%} 即标记）",
        ),
        "weak.evidence.overdue": (
            "{value:.0%} of {count} assignments past their due date were late against the "
            "catalog's {median:.0%} (flagged above {threshold:.0%})",
            "{count} 个已过截止日期的分配中 {value:.0%} 逾期，课程目录中位数为 {median:.0%}"
            "（高于 {threshold:.0%} 即标记）",
        ),
        "weak.fix.dropoff_themes": (
            "Rework module {position} ({module}), where most people give up, and address what "
            "negative comments keep raising: {themes}.",
            "重新设计第 {position} 单元（{module}）——大多数人在此放弃，"
            "并解决负面意见反复提到的问题：{themes}。",
        ),
        "weak.fix.dropoff": (
            "Rework module {position} ({module}), where most people give up: shorten it, split "
            "it, or add support there.",
            "重新设计第 {position} 单元（{module}）——大多数人在此放弃：缩短、拆分或在此增加辅导。",
        ),
        "weak.fix.themes": (
            "Address what negative comments keep raising: {themes}; then ask the next group again.",
            "解决负面意见反复提到的问题：{themes}；然后再次征求下一批学员的意见。",
        ),
        "weak.fix.rating": (
            "Review the course with its provider or trainer, or replace it with a "
            "better-rated one.",
            "与课程提供方或讲师一起评审此课程，或换成评分更高的课程。",
        ),
        "weak.fix.completion": (
            "Find out why people do not finish: shorten the course, split it into parts, or "
            "give time for it during working hours.",
            "了解学员未完成的原因：缩短课程、拆分成几部分，或在工作时间内安排学习时间。",
        ),
        "weak.fix.overdue": (
            "Set due dates people can meet and send reminders before them.",
            "设定学员能够达到的截止日期，并在截止前发送提醒。",
        ),
    }
)

TEXTS.update(
    {
        "feedback.cli.header": (
            "Catalog mean rating {mean:.2f}; Bayesian averages count it as {weight:g} ratings.",
            "课程目录平均评分 {mean:.2f}；贝叶斯平均将其视为 {weight:g} 个评分。",
        ),
        "feedback.cli.columns": (
            "course       count  mean bayes 1/2/3/4/5        notes  pos  neu  neg  neg%  title",
            "课程          评分数  均值 贝叶斯 1/2/3/4/5         意见数  正面 中性 负面 "
            "负面%  名称",
        ),
        "feedback.cli.themes": ("negative themes: {themes}", "负面主题：{themes}"),
        "feedback.cli.weak_header": (
            "Weak courses ({count}), the most in need of attention first:",
            "需要关注的课程（{count} 门），最需要关注的在前：",
        ),
        "feedback.cli.fix": ("fix: {fix}", "建议：{fix}"),
    }
)
