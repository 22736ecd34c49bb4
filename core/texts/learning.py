"""Messages of the learning area (assignments, paths, progress, compliance, progress and
xAPI imports): code → (English, Simplified Chinese).

Problem messages carry a ``field`` value (not shown) naming the input field at fault.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # Learning paths
    "path.name_blank": ("Give the learning path a name.", "请填写学习路径名称。"),
    "path.duplicate_name": (
        "There is already a learning path named {path}.",
        "已有名为 {path} 的学习路径。",
    ),
    "path.duplicate_course": (
        "{course} is in the path twice; keep one step per course.",
        "{course} 在路径中出现了两次；每门课程只保留一个步骤。",
    ),
    "path.bad_offset": (
        "{course}: the due offset must be 0 or more days (got {value}).",
        "{course}：截止偏移天数必须为 0 或以上（当前为 {value}）。",
    ),
    "path.unknown_course": (
        "There is no course with the code {course}.",
        "没有代码为 {course} 的课程。",
    ),
    "path.not_found": (
        "The learning path (id {id}) no longer exists.",
        "该学习路径（id {id}）已不存在。",
    ),
}
TEXTS.update(
    {
        # Assignments
        "assign.bad_target_kind": (
            "Assign to a person, a department or a role (got '{value}').",
            "只能分配给人员、部门或岗位（当前为“{value}”）。",
        ),
        "assign.due_before_start": (
            "The due date {due} is before the start {start}.",
            "截止日期 {due} 早于开始日期 {start}。",
        ),
        "assign.unknown_person": (
            "There is no person with the employee ID or email {person}.",
            "没有工号或电子邮件为 {person} 的人员。",
        ),
        "assign.unknown_department": (
            "There is no department named {value}.",
            "没有名为 {value} 的部门。",
        ),
        "assign.unknown_role": (
            "There is no role named {value}.",
            "没有名为 {value} 的岗位。",
        ),
        "assign.nobody": (
            "Nobody active is in {value}, so there is nobody to assign.",
            "{value} 中没有在职人员，无人可分配。",
        ),
        "assign.unknown_course": (
            "There is no course with the code {course}.",
            "没有代码为 {course} 的课程。",
        ),
        "assign.unknown_path": (
            "There is no learning path named {path}.",
            "没有名为 {path} 的学习路径。",
        ),
        "assign.nothing": (
            "Choose at least one course or a learning path to assign.",
            "请至少选择一门课程或一条学习路径。",
        ),
        "assign.extend_how": (
            "Give either a number of days to extend by or a new due date, not both.",
            "请给出延长的天数或新的截止日期，二者择一。",
        ),
    }
)
TEXTS.update(
    {
        # Progress
        "progress.bad_status": (
            "'{value}' is not a status; use one of {choices}.",
            "“{value}”不是有效状态；请使用 {choices} 之一。",
        ),
        "progress.bad_percent": (
            "Percent must be from 0 to 100 (got {value}).",
            "完成百分比必须在 0 到 100 之间（当前为 {value}）。",
        ),
        "progress.bad_score": (
            "The score must be from 0 to 100 (got {value}).",
            "分数必须在 0 到 100 之间（当前为 {value}）。",
        ),
        "progress.bad_hours": (
            "Hours cannot be negative (got {value}).",
            "学时不能为负数（当前为 {value}）。",
        ),
        "progress.completed_before_start": (
            "The completion date {completed} is before the start {started}.",
            "完成日期 {completed} 早于开始日期 {started}。",
        ),
        "progress.not_found": (
            "The assignment (id {id}) no longer exists.",
            "该分配（id {id}）已不存在。",
        ),
        "progress.course_not_found": (
            "The course (id {id}) no longer exists.",
            "该课程（id {id}）已不存在。",
        ),
    }
)
TEXTS.update(
    {
        # Progress import
        "progress_import.bad_progress_status": (
            "'{value}' is not a progress status; use one of {choices}.",
            "“{value}”不是有效的学习状态；请使用 {choices} 之一。",
        ),
        "progress_import.bad_activity": (
            "'{value}' is not an activity; use one of {choices}.",
            "“{value}”不是有效的学习活动；请使用 {choices} 之一。",
        ),
        "progress_import.bad_percent": (
            "'{value}' is not a percentage from 0 to 100.",
            "“{value}”不是 0 到 100 之间的百分比。",
        ),
        "progress_import.bad_score": (
            "'{value}' is not a score from 0 to 100.",
            "“{value}”不是 0 到 100 之间的分数。",
        ),
        "progress_import.bad_progress_hours": (
            "'{value}' is not a number of hours (0 or more).",
            "“{value}”不是有效的学时数（0 或以上）。",
        ),
        "progress_import.unknown_person": (
            "There is no person with the employee ID or email '{value}'. Import the learners "
            "first.",
            "没有工号或电子邮件为“{value}”的人员。请先导入人员。",
        ),
        "progress_import.unknown_course": (
            "There is no course with the code '{value}'. Import the courses first.",
            "没有代码为“{value}”的课程。请先导入课程。",
        ),
        "progress_import.event_needs_date": (
            "The activity '{activity}' needs a date.",
            "学习活动“{activity}”需要日期。",
        ),
    }
)
TEXTS.update(
    {
        # xAPI import
        "xapi.unreadable": (
            "{file} cannot be read as xAPI statements ({detail}). Give a JSON array of "
            "statements, one statement, or one statement per line (JSON-lines).",
            "{file} 无法作为 xAPI 语句读取（{detail}）。请提供 JSON 语句数组、单条语句，"
            "或每行一条语句（JSON-lines）。",
        ),
        "xapi.not_an_object": (
            "This is not an xAPI statement (not a JSON object).",
            "这不是 xAPI 语句（不是 JSON 对象）。",
        ),
        "xapi.group_actor": (
            "The actor is a group ({name}); statements are imported per person only.",
            "执行者是一个小组（{name}）；只导入个人的语句。",
        ),
        "xapi.no_person": (
            "The actor has neither an mbox nor an account name to find the person by.",
            "执行者既没有 mbox 也没有 account name，无法找到对应人员。",
        ),
        "xapi.sub_statement": (
            "The object is a sub-statement (something planned or reported), not a course.",
            "对象是子语句（计划或报告的内容），不是课程。",
        ),
        "xapi.statement_ref": (
            "The object refers to another statement ({target}), not a course.",
            "对象引用的是另一条语句（{target}），不是课程。",
        ),
        "xapi.not_an_activity": (
            "The object is a {kind}, not a course activity.",
            "对象是 {kind}，不是课程活动。",
        ),
        "xapi.no_verb": ("The statement has no verb id.", "该语句没有动词 id。"),
        "xapi.unsupported_verb": (
            "The verb '{verb}' is not one the import understands (completed, passed, failed, "
            "attempted, progressed).",
            "不支持动词“{verb}”（支持 completed、passed、failed、attempted、progressed）。",
        ),
        "xapi.no_timestamp": ("The statement has no timestamp.", "该语句没有时间戳。"),
        "xapi.bad_timestamp": (
            "'{value}' is not an ISO 8601 timestamp.",
            "“{value}”不是 ISO 8601 时间戳。",
        ),
        "xapi.unknown_person": (
            "There is no person with the email or employee ID {person}.",
            "没有电子邮件或工号为 {person} 的人员。",
        ),
        "xapi.unknown_course": (
            "No course has the code {course} or its last path segment.",
            "没有课程的代码是 {course} 或其最后一段路径。",
        ),
        "xapi.repeated_id": (
            "The statement id {id} was already used by statement {first_row}; counted once.",
            "语句 id {id} 已被第 {first_row} 条语句使用；只计一次。",
        ),
        "xapi.voided": (
            "Statement {id} is voided by another statement in the file.",
            "语句 {id} 已被文件中的另一条语句作废。",
        ),
        "xapi.voiding": (
            "This statement voids statement {target}; it records no learning itself.",
            "该语句作废了语句 {target}；它本身不记录学习。",
        ),
    }
)
