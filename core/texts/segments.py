"""Messages of the segments area (code → English, Simplified Chinese)."""

from __future__ import annotations

# Feature labels, and "<feature> <segment value> vs <everyone's> overall" in the right units.
_FEATURES: dict[str, tuple[str, str, str, str]] = {
    # code suffix: (EN label, ZH label, EN comparison, ZH comparison)
    "completion_rate": (
        "completion rate", "完成率",
        "completion {value:.0%} vs {overall:.0%} overall",
        "完成率 {value:.0%}（整体 {overall:.0%}）",
    ),
    "on_time_rate": (
        "finished on time", "按时完成率",
        "on time {value:.0%} vs {overall:.0%} overall",
        "按时完成 {value:.0%}（整体 {overall:.0%}）",
    ),
    "average_score": (
        "average score", "平均成绩",
        "average score {value:.0f} vs {overall:.0f} overall",
        "平均成绩 {value:.0f}（整体 {overall:.0f}）",
    ),
    "hours_per_month": (
        "hours per month", "每月学习时长",
        "{value:.1f} h of learning a month vs {overall:.1f} h overall",
        "每月学习 {value:.1f} 小时（整体 {overall:.1f} 小时）",
    ),
    "days_since_active": (
        "days since last activity", "距上次学习天数",
        "last active {value:.0f} days ago vs {overall:.0f} overall",
        "上次学习在 {value:.0f} 天前（整体 {overall:.0f} 天）",
    ),
    "average_delay": (
        "days late against due dates", "相对截止日期的延迟天数",
        "{value:+.0f} days against due dates vs {overall:+.0f} overall",
        "相对截止日期 {value:+.0f} 天（整体 {overall:+.0f} 天）",
    ),
    "start_delay": (
        "days before starting", "开始前等待天数",
        "starts {value:.0f} days after assignment vs {overall:.0f} overall",
        "分配后 {value:.0f} 天才开始（整体 {overall:.0f} 天）",
    ),
    "session_gap": (
        "days between sessions", "学习间隔天数",
        "{value:.1f} days between sessions vs {overall:.1f} overall",
        "两次学习间隔 {value:.1f} 天（整体 {overall:.1f} 天）",
    ),
    "mandatory_share": (
        "share of mandatory courses", "必修课程占比",
        "mandatory {value:.0%} of courses started vs {overall:.0%} overall",
        "已开始课程中必修占 {value:.0%}（整体 {overall:.0%}）",
    ),
    "optional_start_rate": (
        "optional courses started", "选修课程开始率",
        "starts {value:.0%} of optional courses vs {overall:.0%} overall",
        "开始了 {value:.0%} 的选修课程（整体 {overall:.0%}）",
    ),
    "stall_rate": (
        "optional courses left unfinished", "未完成的选修课程比例",
        "leaves {value:.0%} of started optional courses unfinished vs {overall:.0%} overall",
        "已开始的选修课程中 {value:.0%} 未完成（整体 {overall:.0%}）",
    ),
    "days_since_optional_start": (
        "days since starting an optional course", "距上次开始选修课程天数",
        "last started an optional course {value:.0f} days ago vs {overall:.0f} overall",
        "上次开始选修课程在 {value:.0f} 天前（整体 {overall:.0f} 天）",
    ),
    "category_variety": (
        "categories studied", "学习的类别数",
        "{value:.1f} categories studied vs {overall:.1f} overall",
        "学习了 {value:.1f} 个类别（整体 {overall:.1f} 个）",
    ),
    "feedback_rate": (
        "feedback given per course started", "每门已开始课程的反馈数",
        "gives feedback on {value:.0%} of courses started vs {overall:.0%} overall",
        "对 {value:.0%} 的已开始课程给出反馈（整体 {overall:.0%}）",
    ),
    "rating_lean": (
        "ratings against the course average", "评分相对课程均值",
        "rates courses {value:+.1f} stars against their average vs {overall:+.1f} overall",
        "评分比课程均值 {value:+.1f} 星（整体 {overall:+.1f} 星）",
    ),
    "evening_share": (
        "learning in the evening", "晚间学习比例",
        "{value:.0%} of activity after 18:00 vs {overall:.0%} overall",
        "{value:.0%} 的学习在 18:00 之后（整体 {overall:.0%}）",
    ),
    "weekend_share": (
        "learning at weekends", "周末学习比例",
        "{value:.0%} of activity at weekends vs {overall:.0%} overall",
        "{value:.0%} 的学习在周末（整体 {overall:.0%}）",
    ),
}  # fmt: skip

_NAMES: dict[str, tuple[str, str, str, str]] = {
    # name key: (EN name, ZH name, EN action, ZH action)
    "fast_finishers": (
        "Fast finishers", "快速完成者",
        "Offer advanced courses next, and invite them to mentor others or review new courses.",
        "接下来提供进阶课程，并邀请他们指导他人或评审新课程。",
    ),
    "steady": (
        "Steady learners", "稳定学习者",
        "Keep the rhythm: propose the next course in their path as soon as one is finished.",
        "保持节奏：每完成一门课程，就推荐其学习路径中的下一门。",
    ),
    "late_finishers": (
        "Late finishers", "拖延完成者",
        "Send a reminder a week before each due date and set an early date for the first module.",
        "在每个截止日期前一周发送提醒，并为第一个模块设定较早的完成日期。",
    ),
    "stalled_starters": (
        "Stalled starters", "中途停滞者",
        "Check in after the first module, and prefer short courses split into small parts.",
        "在第一个模块后跟进，优先安排拆分成小段的短课程。",
    ),
    "dropouts": (
        "Drop-outs", "放弃学习者",
        "Ask their managers what stopped them; restart with one short course tied to their role.",
        "请其经理了解中断原因；以一门与岗位相关的短课程重新开始。",
    ),
    "mandatory_only": (
        "Mandatory only", "仅完成必修",
        "Suggest one optional course that closes a skill gap of their role, with time set aside.",
        "推荐一门能弥补其岗位技能差距的选修课程，并为其预留学习时间。",
    ),
    "inactive": (
        "Inactive", "不活跃",
        "Confirm their assignments still apply, and ask managers to plan time for training.",
        "确认其分配的课程仍然需要，并请经理安排培训时间。",
    ),
}  # fmt: skip

# Told apart when two segments earn the same name: "Steady learners, more active".
QUALIFIERS: dict[str, tuple[str, str]] = {
    "more_active": ("more active", "更活跃"),
    "less_active": ("less active", "较不活跃"),
    "higher_scores": ("higher scores", "成绩较高"),
    "lower_scores": ("lower scores", "成绩较低"),
}

TEXTS: dict[str, tuple[str, str]] = {
    "segment.chosen_by.silhouette": (
        "{k} segments, chosen by the best silhouette ({silhouette:.2f}) over 2–8",
        "{k} 个分群，按 2–8 中最佳轮廓系数（{silhouette:.2f}）选定",
    ),
    "segment.chosen_by.fixed": (
        "{k} segments, as requested (silhouette {silhouette:.2f})",
        "{k} 个分群，按指定数量（轮廓系数 {silhouette:.2f}）",
    ),
    "segment.left_out": (
        "{count} people are not segmented: they left, or have no assignments.",
        "{count} 人未参与分群：已离职或没有分配的课程。",
    ),
    "segment.too_few": (
        "Segments need at least {needed} active people with assignments; this file has {found}.",
        "分群至少需要 {needed} 名有课程分配的在职人员；此文件只有 {found} 名。",
    ),
    "segment.bad_k": (
        "The number of segments must be from 2 to {largest}; got {k}.",
        "分群数量必须在 2 到 {largest} 之间；当前为 {k}。",
    ),
    "segment.progress.features": ("Reading behaviour features…", "正在读取学习行为特征…"),
    "segment.progress.fitting": ("Finding segments…", "正在寻找分群…"),
    "segment.progress.map": ("Drawing the map…", "正在绘制分布图…"),
    "segment.cli.header": (
        "{name} — {size} people ({share:.0%})",
        "{name} — {size} 人（{share:.0%}）",
    ),
    "segment.cli.action": ("Suggested: {action}", "建议：{action}"),
}
for _key, (_en, _zh, _en_cmp, _zh_cmp) in _FEATURES.items():
    TEXTS[f"segment.feature.{_key}"] = (_en, _zh)
    TEXTS[f"segment.compare.{_key}"] = (_en_cmp, _zh_cmp)
for _key, (_en, _zh, _en_act, _zh_act) in _NAMES.items():
    TEXTS[f"segment.name.{_key}"] = (_en, _zh)
    TEXTS[f"segment.action.{_key}"] = (_en_act, _zh_act)
    TEXTS[f"segment.numbered.{_key}"] = (f"{_en} {{n}}", f"{_zh} {{n}}")
    for _q, (_en_q, _zh_q) in QUALIFIERS.items():
        TEXTS[f"segment.name.{_key}.{_q}"] = (f"{_en}, {_en_q}", f"{_zh}（{_zh_q}）")
