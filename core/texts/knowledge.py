"""Messages of the knowledge area (code → English, Simplified Chinese): the knowledge map."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # What the admin asked for
    "kmap.unknown_role": (
        "No role is named or coded '{role}'.",
        "没有名称或代码为“{role}”的岗位。",
    ),
    "kmap.unknown_person": (
        "No person has the employee ID or email '{person}'.",
        "没有员工编号或邮箱为“{person}”的人员。",
    ),
    "kmap.unknown_course": (
        "No course has the code '{course}'; check it against the Catalog.",
        "没有代码为“{course}”的课程；请对照课程目录检查。",
    ),
    "kmap.bad_hops": (
        "Links from the course must be from 1 to {limit} (got {value}).",
        "距课程的连接数必须在 1 到 {limit} 之间（当前为 {value}）。",
    ),
    # What the map shows
    "kmap.heading_all": ("Whole catalog", "全部课程目录"),
    "kmap.heading_role": (
        "Role {role}: the skills it needs, the courses that teach them and their prerequisites",
        "岗位“{role}”：所需技能、教授这些技能的课程及其先修课程",
    ),
    "kmap.heading_person": (
        "{person}: open assignments and their prerequisites",
        "{person}：未完成的分配及其先修课程",
    ),
    "kmap.heading_person_plan": (
        "{person}: the path towards {role}",
        "{person}：通往“{role}”的学习路径",
    ),
    "kmap.heading_course": (
        "{course} and everything within {hops} links of it",
        "{course} 及其 {hops} 步连接以内的一切",
    ),
    "kmap.summary": (
        "{courses} courses, {skills} skills, {requires} prerequisite links, {teaches} skill links",
        "{courses} 门课程，{skills} 项技能，{requires} 条先修关系，{teaches} 条技能关系",
    ),
    # Notes beside the map
    "kmap.capped_all": (
        "Showing {shown:,} of {total:,} courses and skills, grown from the most connected "
        "courses. Show a role, a person or a course to see the rest.",
        "显示 {total:,} 个课程和技能中的 {shown:,} 个（从连接最多的课程展开）。"
        "按岗位、人员或课程筛选以查看其余部分。",
    ),
    "kmap.capped_near": (
        "Showing the {shown:,} nearest of {total:,} courses and skills; each course comes "
        "with its prerequisites. Show more, or narrow the filter, to see the rest.",
        "显示 {total:,} 个课程和技能中最近的 {shown:,} 个；每门课程都带有其先修课程。"
        "增加显示数量或缩小筛选范围以查看其余部分。",
    ),
    "kmap.loop": (
        "Prerequisite loop {loop} (each requires the next): it can never be completed. "
        "The link {link} is drawn as a red dashed line; fix the prerequisites of these courses.",
        "先修关系形成循环 {loop}（每门课程都要求下一门）：永远无法完成。"
        "连接 {link} 以红色虚线显示；请修改这些课程的先修课程。",
    ),
    "kmap.plan_fallback": (
        "{person} has no open assignments: showing the path towards their role {role}, "
        "as the path builder plans it.",
        "{person} 没有未完成的分配：显示路径规划器为其岗位“{role}”规划的学习路径。",
    ),
    "kmap.no_gaps": (
        "{person} has no open assignments and no skill gaps for their role {role}.",
        "{person} 没有未完成的分配，其岗位“{role}”也没有技能差距。",
    ),
    "kmap.no_plan": (
        "{person} has no open assignments and no role to plan towards. Assign courses, "
        "or give them a role.",
        "{person} 没有未完成的分配，也没有可规划的岗位。请分配课程或为其设置岗位。",
    ),
    "kmap.role_no_skills": (
        "The role {role} requires no skills yet: add them under People → Roles….",
        "岗位“{role}”尚未要求任何技能：请在 人员 → 岗位… 中添加。",
    ),
    "kmap.empty_catalog": (
        "The catalog has no courses yet: add or import courses to see the map.",
        "课程目录中还没有课程：请添加或导入课程后查看知识图谱。",
    ),
}
