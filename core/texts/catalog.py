"""Messages of the catalog area: code → (English, Simplified Chinese).

Also the skill-list messages shared by courses, roles and people, and Undo's messages
(undo reverses catalog and people edits alike).
Problem messages carry a ``field`` value (not shown) naming the input field at fault,
so a dialog can mark it while the admin types.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # Validation as you type
    "course.code_blank": ("Give the course a code.", "请填写课程编号。"),
    "course.title_blank": ("Give the course a title.", "请填写课程名称。"),
    "course.price_negative": (
        "The price cannot be negative (got {value}).",
        "价格不能为负数（当前为 {value}）。",
    ),
    "course.certificate_price_negative": (
        "The certificate price cannot be negative (got {value}).",
        "证书价格不能为负数（当前为 {value}）。",
    ),
    "course.hours_negative": (
        "The hours cannot be negative (got {value}).",
        "学时不能为负数（当前为 {value}）。",
    ),
    "course.bad_currency": (
        "Currency '{value}' is not a three-letter code such as CNY, USD or EUR.",
        "货币“{value}”不是三个字母的代码（如 CNY、USD、EUR）。",
    ),
    "course.bad_validity": (
        "Validity must be a whole number of months above 0 (got {value}); leave it empty "
        "when the certificate does not expire.",
        "有效期必须是大于 0 的整月数（当前为 {value}）；证书不过期时请留空。",
    ),
    "course.bad_format": (
        "Format '{value}' is not one of: {allowed}.",
        "形式“{value}”不在可选值之中：{allowed}。",
    ),
    "course.bad_difficulty": (
        "Difficulty '{value}' is not one of: {allowed}.",
        "难度“{value}”不在可选值之中：{allowed}。",
    ),
    "course.bad_status": (
        "Status '{value}' is not one of: {allowed}.",
        "状态“{value}”不在可选值之中：{allowed}。",
    ),
    "course.requires_itself": (
        "{course} cannot be its own prerequisite.",
        "{course} 不能把自己作为先修课程。",
    ),
    "course.duplicate_prerequisite": (
        "Prerequisite {course} is listed twice.",
        "先修课程 {course} 重复列出。",
    ),
    "course.module_title_blank": (
        "Module {position} needs a title.",
        "第 {position} 个模块需要名称。",
    ),
    "course.module_hours_negative": (
        "Module {position}: hours cannot be negative (got {value}).",
        "第 {position} 个模块：学时不能为负数（当前为 {value}）。",
    ),
    "skill.blank": ("A skill in the list has no name.", "技能列表中有一项没有名称。"),
    "skill.bad_level": (
        "Skill {skill}: level {level} is outside {lowest}–{highest}.",
        "技能 {skill}：等级 {level} 不在 {lowest}–{highest} 之间。",
    ),
    "skill.duplicate": (
        "Skill {skill} is listed twice.",
        "技能 {skill} 重复列出。",
    ),
    # Saving
    "course.duplicate_code": (
        "Another course already has the code {course}. Choose another code.",
        "已有其他课程使用编号 {course}。请换一个编号。",
    ),
    "course.unknown_prerequisite": (
        "Prerequisite {course} is not a course in the catalog.",
        "先修课程 {course} 不在课程目录中。",
    ),
    "course.prerequisite_cycle": (
        "These prerequisites would make a loop: {loop}. Remove one of them.",
        "这些先修关系会形成循环：{loop}。请去掉其中一个。",
    ),
    "course.not_found": (
        "The course (id {id}) no longer exists; it may have been deleted.",
        "该课程（id {id}）已不存在，可能已被删除。",
    ),
    "course.has_history": (
        "{course} has history ({assignments} assignments, {completions} completions, "
        "{events} progress events, {feedback} feedback). Retire it instead, so the "
        "history is kept.",
        "{course} 已有历史记录（{assignments} 个分配、{completions} 次完成、{events} 条学习记录、"
        "{feedback} 条反馈）。请改为停用该课程，以保留历史记录。",
    ),
    # Undo and redo
    "undo.conflict": (
        "Cannot undo '{action}': {table} {record} has changed since. Edit it by hand instead.",
        "无法撤销“{action}”：{table} 中的 {record} 之后已被修改。请手动编辑。",
    ),
    "undo.in_use": (
        "Cannot undo '{action}': {table} {record} is now used by other records. "
        "Remove those first, or edit by hand.",
        "无法撤销“{action}”：{table} 中的 {record} 现在被其他记录使用。"
        "请先移除那些记录，或手动编辑。",
    ),
    "undo.bulk": (
        "'{action}' changed many records at once (an import or the demo); it cannot be "
        "undone this way. Restore a backup instead (File → Restore…).",
        "“{action}”一次修改了大量记录（导入或演示数据），无法用这种方式撤销。"
        "请改为恢复备份（文件 → 恢复…）。",
    ),
    "undo.nothing": (
        "There is nothing to undo for operation {operation}.",
        "操作 {operation} 没有可撤销的内容。",
    ),
}
