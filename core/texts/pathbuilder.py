"""Messages of the learning-path builder: code → (English, Simplified Chinese).

Problem messages carry a ``field`` value (not shown) naming the input at fault.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # What the admin asked for
    "pathplan.unknown_person": (
        "No person has the employee ID or email '{person}'.",
        "没有员工编号或邮箱为“{person}”的人员。",
    ),
    "pathplan.unknown_role": (
        "No role is named or coded '{role}'.",
        "没有名称或代码为“{role}”的岗位。",
    ),
    "pathplan.unknown_skill": (
        "No skill is named '{skill}'; check the spelling against the skills list.",
        "没有名为“{skill}”的技能；请对照技能列表检查拼写。",
    ),
    "pathplan.bad_skills": (
        "'{value}' is not a list of SKILL=LEVEL pairs with levels 1 to 5, e.g. SQL=3,Excel=2.",
        "“{value}”不是 技能=等级 的列表（等级为 1 到 5），例如 SQL=3,Excel=2。",
    ),
    "pathplan.no_target": (
        "Name a target role or the skills with their levels.",
        "请指定目标岗位，或列出技能及其等级。",
    ),
    "pathplan.bad_hours": (
        "Hours per week must be above 0 (got {value}).",
        "每周学时必须大于 0（当前为 {value}）。",
    ),
    "pathplan.bad_budget": (
        "The budget cannot be negative (got {value}).",
        "预算不能为负数（当前为 {value}）。",
    ),
    # Why a step is in the plan
    "pathplan.reason_gap": (
        "raises {skill} from {current} to {reached} (needs {target})",
        "将 {skill} 从 {current} 提升到 {reached}（需要 {target}）",
    ),
    "pathplan.reason_prerequisite": ("prerequisite of {course}", "{course} 的先修课程"),
    "pathplan.reason_swapped": ("chosen by hand instead of {course}", "手动选择，替换 {course}"),
    # Why a gap stays open
    "pathplan.open_budget": (
        "{skill} stays at {reached} of {target}: the budget cannot cover a course that closes it",
        "{skill}停留在 {reached}/{target}：预算不足以支付能弥补它的课程",
    ),
    "pathplan.open_no_course": (
        "{skill} stays at {reached} of {target}: no active course teaches it up to that level",
        "{skill}停留在 {reached}/{target}：没有在用课程能教到该等级",
    ),
    "pathplan.open_no_rate": (
        "{skill} stays at {reached} of {target}: the courses that close it are priced in "
        "{currency}, which has no exchange rate: set it in Settings",
        "{skill}停留在 {reached}/{target}：能弥补它的课程以 {currency} 计价，而该货币没有汇率："
        "请在设置中填写",
    ),
    "pathplan.open_not_in_plan": (
        "{skill} stays at {reached} of {target}: no course in the plan closes it",
        "{skill}停留在 {reached}/{target}：计划中没有课程能弥补它",
    ),
    # How the plan was made
    "pathplan.note_no_rate": (
        "{count} course(s) left out ({courses}): price in {currency} has no exchange rate: "
        "set it in Settings",
        "已略过 {count} 门课程（{courses}）：{currency} 计价的价格没有汇率：请在设置中填写",
    ),
    # Editing a plan
    "pathplan.swap_no_rate": (
        "{course} cannot be planned: its price in {currency} has no exchange rate. "
        "Set it in Settings.",
        "无法将 {course} 加入计划：其 {currency} 计价的价格没有汇率。请在设置中填写。",
    ),
    "pathplan.not_in_plan": ("{course} is not in the plan.", "{course} 不在计划中。"),
    "pathplan.already_in_plan": ("{course} is in the plan already.", "{course} 已在计划中。"),
    "pathplan.unknown_course": (
        "No course has the code '{course}'.",
        "没有编号为“{course}”的课程。",
    ),
    "pathplan.bad_position": (
        "Position {value} is outside the plan (1 to {steps}).",
        "位置 {value} 超出计划范围（1 到 {steps}）。",
    ),
    "pathplan.order_breaks_prerequisite": (
        "{course} cannot come before {prerequisite}: {prerequisite} is its prerequisite.",
        "{course} 不能排在 {prerequisite} 之前：{prerequisite} 是它的先修课程。",
    ),
    "pathplan.remove_breaks_prerequisite": (
        "{course} cannot be removed: {dependent} needs it first. Remove {dependent} first.",
        "不能移除 {course}：{dependent} 需要先修它。请先移除 {dependent}。",
    ),
    # The command line's report
    "pathplan.heading": (
        "Learning path for {person} ({name}) towards {target}, "
        "from {start} at {hours} hours a week",
        "{person}（{name}）迈向{target}的学习路径，自 {start} 起每周 {hours} 小时",
    ),
    "pathplan.columns": (
        "#|Code|Title|Start|Due|Hours|Cost|Why",
        "#|编号|课程|开始|截止|学时|费用|原因",
    ),
    "pathplan.summary": (
        "{steps} courses, {hours} hours, {cost} {currency}; the last is due {end}.",
        "共 {steps} 门课程，{hours} 小时，{cost} {currency}；最后一门截止于 {end}。",
    ),
    "pathplan.nothing_needed": (
        "No course is needed or available for these gaps.",
        "这些差距无需或没有可用课程。",
    ),
    "pathplan.budget_line": (
        "Budget {budget} {currency}, {left} {currency} left.",
        "预算 {budget} {currency}，剩余 {left} {currency}。",
    ),
    "pathplan.open_heading": ("Gaps that stay open:", "仍未弥补的差距："),
    "pathplan.assigned": (
        "Assigned {created} courses to {person}; {skipped} were assigned or completed already.",
        "已为 {person} 分配 {created} 门课程；{skipped} 门此前已分配或已完成。",
    ),
}
