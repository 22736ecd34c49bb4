"""Messages of the sentiment area (code → English, Simplified Chinese)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "sentiment.label.positive": ("positive", "正面"),
    "sentiment.label.neutral": ("neutral", "中性"),
    "sentiment.label.negative": ("negative", "负面"),
    "sentiment.method_lexicon": (
        "Sentiment from the built-in word lists (English: VADER with the words of course "
        "reviews; Chinese: a course-review lexicon); no rated comments needed.",
        "情感由内置词表判断（英文：VADER 加课程评价用语；中文：课程评价词典），无需已评分的评论。",
    ),
    "sentiment.method_model": (
        "Sentiment from the built-in word lists, blended with a model learned from {count} "
        "rated comments in {path}.",
        "情感由内置词表判断，并结合从 {path} 中 {count} 条已评分评论学到的模型。",
    ),
    "sentiment.no_input": (
        "Nothing to analyse: give comments as TEXT …, or --file FILE with one comment per line.",
        "没有可分析的内容：请以 TEXT … 给出评论，或用 --file FILE（每行一条评论）。",
    ),
    "sentiment.both_inputs": (
        "Give comments either as TEXT … or with --file FILE, not both.",
        "请以 TEXT … 或 --file FILE 之一给出评论，不要同时使用。",
    ),
    "sentiment.unreadable_file": (
        "{file} could not be read ({reason}). Check the path and that you may read it; "
        "nothing was analysed.",
        "无法读取 {file}（{reason}）。请检查路径和读取权限；未分析任何内容。",
    ),
    "sentiment.no_model": (
        "{path} could not be opened ({reason}); using the built-in word lists only.",
        "无法打开 {path}（{reason}）；仅使用内置词表。",
    ),
}
