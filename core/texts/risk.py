"""Messages of the risk area (code → English, Simplified Chinese)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # Which method scored the open assignments
    "risk.method.model": (
        "Learned from {count:,} finished assignments ({missed:,} missed); "
        "cross-validated AUC {auc:.2f}.",
        "从 {count:,} 项已结束的分配中学习（其中 {missed:,} 项未按时完成）；"
        "交叉验证 AUC {auc:.2f}。",
    ),
    "risk.method.rules": (
        "Transparent rules: only {count:,} finished assignments ({missed:,} missed), and "
        "learning needs at least {needed} with {each} of each outcome. Each warning sign adds "
        "points; 0 points ≈ 10%, 4 ≈ 50%, 8 ≈ 90%.",
        "透明规则：仅有 {count:,} 项已结束的分配（其中 {missed:,} 项未按时完成），"
        "学习模型至少需要 {needed} 项且每种结果各 {each} 项。每个预警信号加分；"
        "0 分约 10%，4 分约 50%，8 分约 90%。",
    ),
    "risk.method.none": (
        "No open assignments to score.",
        "没有需要评估的未完成分配。",
    ),
    # Factors, most important first beside each score
    "risk.factor.overdue": (
        "overdue by {days} days — already missed",
        "已逾期 {days} 天——已经错过",
    ),
    "risk.factor.inactive_course": (
        "no activity on this course for {days} days",
        "此课程已 {days} 天没有学习活动",
    ),
    "risk.factor.not_started": (
        "not started {days} days after being assigned",
        "分配后 {days} 天仍未开始",
    ),
    "risk.factor.inactive_any": (
        "no learning activity at all for {days} days",
        "已 {days} 天没有任何学习活动",
    ),
    "risk.factor.never_active": (
        "no learning activity recorded yet",
        "尚无任何学习记录",
    ),
    "risk.factor.behind": (
        "due in {days} days at {percent}%",
        "还有 {days} 天到期，进度 {percent}%",
    ),
    "risk.factor.behind_no_due": (
        "{percent}% done after {days} days",
        "{days} 天后进度 {percent}%",
    ),
    "risk.factor.first_score": (
        "first quiz {score}%",
        "首次测验 {score}%",
    ),
    "risk.factor.no_score": (
        "no quiz or assessment score yet",
        "尚无测验或考核成绩",
    ),
    "risk.factor.mean_score": (
        "average score so far {score}%",
        "目前平均成绩 {score}%",
    ),
    "risk.factor.failed_attempts": (
        "{count} failed attempt(s)",
        "{count} 次考核未通过",
    ),
    "risk.factor.few_events": (
        "only {count} learning event(s) so far",
        "目前仅有 {count} 条学习记录",
    ),
    "risk.factor.assigned_long_ago": (
        "assigned {days} days ago",
        "{days} 天前分配",
    ),
    "risk.factor.optional": (
        "optional (optional courses are dropped more often)",
        "选修（选修课程更常被放弃）",
    ),
    "risk.factor.mandatory": (
        "mandatory",
        "必修",
    ),
    "risk.factor.other_overdue": (
        "{count} other overdue",
        "另有 {count} 项逾期",
    ),
    "risk.factor.on_time_rate": (
        "finished {percent}% of earlier assignments on time",
        "以往分配按时完成率 {percent}%",
    ),
    "risk.factor.no_history": (
        "no earlier assignments to judge by",
        "没有以往分配可供参考",
    ),
    "risk.factor.long_course": (
        "course length {hours} h",
        "课程时长 {hours} 小时",
    ),
    "risk.factor.difficulty.0": ("a beginner course", "初级课程"),
    "risk.factor.difficulty.1": ("an intermediate course", "中级课程"),
    "risk.factor.difficulty.2": ("an advanced course", "高级课程"),
    "risk.factor.course_missed_rate": (
        "{percent}% of this course's earlier assignments were missed",
        "此课程以往 {percent}% 的分配未按时完成",
    ),
    # Progress of a long scoring run
    "risk.progress.reading": ("Reading assignments and progress…", "正在读取分配和学习记录…"),
    "risk.progress.features": (
        "Describing each assignment as it stood…",
        "正在整理每项分配当时的情况…",
    ),
    "risk.progress.fitting": (
        "Learning from finished assignments…",
        "正在从已结束的分配中学习…",
    ),
    "risk.progress.explaining": (
        "Scoring open assignments and explaining each score…",
        "正在为未完成的分配评分并解释每个分数…",
    ),
    "risk.progress.listing": ("Listing the results…", "正在整理结果…"),
    # The command line
    "risk.cli.header": (
        "{count} open assignment(s), highest risk first (as of {as_of}):",
        "{count} 项未完成分配，按风险从高到低（截至 {as_of}）：",
    ),
    "risk.cli.columns": (
        "Person | Course | Due | Missed | Top factors",
        "人员 | 课程 | 到期 | 错过概率 | 主要因素",
    ),
    # The evaluation
    "risk.eval.line": (
        "{name}: ROC-AUC {auc:.3f} (rule baseline {baseline:.3f}) — trained on {train:,}, "
        "tested on {test:,}: {missed:.1%} missed, {predicted:.1%} predicted, Brier {brier:.3f}",
        "{name}：ROC-AUC {auc:.3f}（规则基线 {baseline:.3f}）——训练 {train:,} 条，"
        "测试 {test:,} 条：实际 {missed:.1%} 未完成，预测 {predicted:.1%}，Brier {brier:.3f}",
    ),
    "risk.eval.no_data": (
        "{path} is missing: put the OULAD files (studentInfo.csv, studentRegistration.csv, "
        "studentAssessment.csv, assessments.csv, courses.csv) there, or pass --data.",
        "缺少 {path}：请把 OULAD 文件（studentInfo.csv、studentRegistration.csv、"
        "studentAssessment.csv、assessments.csv、courses.csv）放在那里，或使用 --data。",
    ),
}
