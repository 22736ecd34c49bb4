"""The one catalogue of every string ``core`` produces: a stable code, English and Chinese.

``--json`` output carries ``code`` and ``values``; readable output and the GUI show
:func:`Message.text` in the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANGUAGES = ("en", "zh_CN")
_current_language = "en"

CATALOGUE: dict[str, tuple[str, str]] = {
    # Opening files
    "db.locked": (
        "{path} is already open for writing by another Training Desk (process {pid} on {host}, "
        "since {since}). Close it there, or open a copy.",
        "{path} 已被另一个 Training Desk 以写入方式打开（{host} 上的进程 {pid}，自 {since} 起）。"
        "请先在那里关闭，或打开一个副本。",
    ),
    "db.too_new": (
        "{path} was saved by a newer version of Training Desk (schema {revision}). "
        "Install the newer version to open it; this file was not changed.",
        "{path} 由更新版本的 Training Desk 保存（架构 {revision}）。请安装新版本后再打开；文件未被修改。",
    ),
    "db.not_ours": (
        "{path} is not a Training Desk file ({reason}). Choose another file; it was not changed.",
        "{path} 不是 Training Desk 文件（{reason}）。请选择其他文件；该文件未被修改。",
    ),
    "db.not_sqlite": (
        "{path} is not a database file. Choose a Training Desk .db file; it was not changed.",
        "{path} 不是数据库文件。请选择 Training Desk 的 .db 文件；该文件未被修改。",
    ),
    "db.network_folder": (
        "{path} is in a {kind} folder. Databases there can be damaged when two computers "
        "sync at once; keep it on a local disk and let backups go to the shared folder.",
        "{path} 位于{kind}文件夹中。两台电脑同时同步时数据库可能损坏；请放在本地磁盘。",
    ),
    "db.upgraded": (
        "Upgraded {path} to the current version; a verified backup is at {backup}.",
        "已将 {path} 升级到当前版本；已验证的备份位于 {backup}。",
    ),
    "db.missing": (
        "{path} does not exist. Check the path, or create it with 'demo' or by opening the program.",
        "{path} 不存在。请检查路径，或用 demo 命令或打开程序来创建它。",
    ),
    # Backups and checks
    "backup.failed_check": (
        "The backup {path} failed its integrity check ({detail}); it was not kept.",
        "备份 {path} 未通过完整性检查（{detail}），未保留该备份。",
    ),
    "backup.done": ("Backup written to {path}.", "备份已写入 {path}。"),
    "backup.none_found": (
        "{path} is not a backup file that can be read.",
        "{path} 不是可读取的备份文件。",
    ),
    "restore.done": (
        "Restored {path} from {backup}. The previous content was backed up to {safety}.",
        "已从 {backup} 恢复 {path}。原内容已备份到 {safety}。",
    ),
    "check.ok": ("{path}: integrity ok, foreign keys ok.", "{path}：完整性正常，外键正常。"),
    "check.failed": (
        "{path}: {count} problem(s) found. Restore a backup (File → Restore…).",
        "{path}：发现 {count} 个问题。请恢复备份（文件 → 恢复…）。",
    ),
    "count.courses": ("courses", "课程"),
    "count.employees": ("people", "人员"),
    "count.assignments": ("assignments", "分配"),
    "count.progress_events": ("progress events", "学习记录"),
    "count.feedback": ("feedback", "反馈"),
    # Demo data
    "demo.done": (
        "Demo company written to {path}: {people} people, {courses} courses, "
        "{events} progress events (seed {seed}, as of {as_of}).",
        "演示公司已写入 {path}：{people} 人，{courses} 门课程，{events} 条学习记录"
        "（种子 {seed}，截至 {as_of}）。",
    ),
    "demo.not_empty": (
        "{path} already holds your own data. Demo data goes into a new or empty file: choose "
        "another path, or replace this file's content (--replace; it is backed up first).",
        "{path} 已有您自己的数据。演示数据只能写入新文件或空文件：请选择其他路径，"
        "或替换此文件的内容（--replace；会先备份）。",
    ),
    "demo.backed_up": (
        "The previous content of {path} was backed up to {backup} before the demo replaced it.",
        "在演示数据替换之前，{path} 的原有内容已备份到 {backup}。",
    ),
    "demo.no_truth": (
        "This file holds no demo data, so there is no planted demo truth to read.",
        "此文件不含演示数据，因此没有可读取的演示预设事实。",
    ),
    "demo.bad_size": (
        "Demo {field} must be a whole number from 1 to {limit}; got {value}.",
        "演示{field}必须是 1 到 {limit} 之间的整数；当前为 {value}。",
    ),
    "demo.progress.clearing": (
        "Removing the file's previous content…",
        "正在删除文件中原有的内容…",
    ),
    "demo.progress.company": (
        "Creating the demo company and its catalog…",
        "正在创建演示公司及课程目录…",
    ),
    "demo.progress.learning": (
        "Simulating 18 months of learning: {done} of {total} people…",
        "正在模拟 18 个月的学习：{done} / {total} 人…",
    ),
    "demo.progress.saving": (
        "Saving settings and the demo's planted facts…",
        "正在保存设置和演示预设事实…",
    ),
    # Generic
    "error.unexpected": (
        "Something went wrong: {detail}. Details are in the log file {log}.",
        "出现意外错误：{detail}。详细信息见日志文件 {log}。",
    ),
    "value.bad_date": (
        "'{value}' is not a date; write it as YYYY-MM-DD.",
        "“{value}”不是日期；请写成 YYYY-MM-DD。",
    ),
    "settings.bad_value": ("{field}: {problem}", "{field}：{problem}"),
}


def _merge_area_texts() -> None:
    from core.texts import (
        analytics,
        catalog,
        feedback,
        importing,
        insights,
        knowledge,
        learning,
        pathbuilder,
        people,
        recommend,
        reports,
        risk,
        segments,
        sentiment,
    )

    areas = (catalog, importing, people, insights, learning, pathbuilder, recommend)
    areas_later = (segments, sentiment, feedback, risk, reports, knowledge, analytics)
    for area in (*areas, *areas_later):
        clashes = CATALOGUE.keys() & area.TEXTS.keys()
        if clashes:
            raise RuntimeError(f"message codes defined twice: {sorted(clashes)}")
        CATALOGUE.update(area.TEXTS)


_merge_area_texts()


def set_language(language: str) -> None:
    global _current_language
    _current_language = "zh_CN" if language.lower().startswith("zh") else "en"


def current_language() -> str:
    return _current_language


@dataclass(frozen=True)
class Message:
    code: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        chosen = language or _current_language
        english, chinese = CATALOGUE[self.code]
        template = chinese if chosen == "zh_CN" else english
        # A value may itself be a Message (a topic's name, a status): it speaks the same
        # language as the sentence around it.
        values = {
            key: value.text(chosen) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        return template.format(**values)

    def as_json(self) -> dict[str, Any]:
        values = {
            key: value.text("en") if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        return {"code": self.code, "values": values, "text": self.text("en")}


def msg(code: str, **values: Any) -> Message:
    if code not in CATALOGUE:
        raise KeyError(f"no message {code!r} in the catalogue")
    return Message(code, values)
