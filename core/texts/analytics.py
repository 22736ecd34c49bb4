"""Messages of the Analytics charts (code → English, Simplified Chinese).

The segment map, rating distribution, sentiment over time and risk histogram are built in
``core.analytics.charts``; their titles, axis labels and legends live here.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "achart.map_title": (
        "Learners by behaviour, coloured by segment",
        "按学习行为分布的学员（按分群着色）",
    ),
    "achart.map_x": ("Behaviour axis 1", "行为维度 1"),
    "achart.map_y": ("Behaviour axis 2", "行为维度 2"),
    "achart.segment_legend": ("{name} ({size})", "{name}（{size}）"),
    "achart.ratings_title": ("Ratings of {course} ({count})", "{course} 的评分（{count} 条）"),
    "achart.ratings_subtitle": (
        "mean {mean} · Bayesian {bayesian}",
        "平均 {mean} · 贝叶斯 {bayesian}",
    ),
    "achart.stars": ("Rating (stars)", "评分（星）"),
    "achart.ratings": ("Ratings", "评分数"),
    "achart.sentiment_title": ("Comment sentiment per month", "每月评论情感"),
    "achart.sentiment_title_course": (
        "Comment sentiment per month, {course}",
        "{course} 每月评论情感",
    ),
    "achart.month": ("Month", "月份"),
    "achart.comments": ("Comments", "评论数"),
    "achart.positive": ("Positive", "正面"),
    "achart.neutral": ("Neutral", "中性"),
    "achart.negative": ("Negative", "负面"),
    "achart.no_data": ("No data yet", "暂无数据"),
    "achart.risk_title": (
        "Open assignments by chance of being missed",
        "按错过概率统计的未完成分配",
    ),
    "achart.risk_overdue": (
        "not yet due; {count} more are already overdue",
        "尚未到期；另有 {count} 项已逾期",
    ),
    "achart.risk_x": ("Chance of being missed (%)", "错过的概率（%）"),
    "achart.risk_y": ("Open assignments", "未完成分配数"),
}
