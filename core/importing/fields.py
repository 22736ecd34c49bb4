"""Field names per import kind (PRODUCT.md's lists) and the header names that mean them."""

from __future__ import annotations

import re
import unicodedata

KINDS = ("courses", "learners", "roles", "progress", "feedback")

FIELDS: dict[str, tuple[str, ...]] = {
    "courses": (
        "code", "title", "description", "category", "tags", "skills", "provider", "price",
        "currency", "certificate_price", "hours", "format", "language", "difficulty",
        "validity_months", "status", "prerequisites",
    ),
    "learners": (
        "employee_id", "name", "email", "department", "role", "manager", "hire_date", "active",
    ),
    "roles": ("role", "skill", "level"),
    "progress": (
        "employee_id", "course", "status", "percent", "score", "hours", "started", "completed",
        "due",
    ),
    # question: the survey question a comment answers (PRODUCT's five fields, plus this one so
    # an export of survey feedback imports back whole).
    "feedback": ("employee_id", "course", "rating", "comment", "date", "question"),
}  # fmt: skip

REQUIRED: dict[str, tuple[str, ...]] = {
    "courses": ("title",),
    "learners": ("employee_id", "name"),
    "roles": ("role", "skill", "level"),
    "progress": ("employee_id", "course"),
    # course: unless --course ties the whole file to one; a rating or a comment column:
    # both checked by core.importing.feedback (a survey's answers are not single columns).
    "feedback": (),
}

# Mappable helper columns that are not stored as fields of their own: "6 Weeks" next to
# "2–3 hours per week" turns effort into hours. Exports never write them.
# Progress files may carry activity events instead of (or beside) states: the event's kind
# (attempted, completed, …), its date and an id that makes a re-import recognise it.
EXTRA_FIELDS: dict[str, tuple[str, ...]] = {
    "courses": ("weeks",),
    "learners": (),
    "roles": (),
    "progress": ("activity", "date", "event_id"),
    "feedback": (),
}

# Header names that mean each field, best first: when two headers of a file mean the same
# field (edX has "summary" and "course_description"), the better-ranked one is mapped.
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "courses": {
        "code": ("code", "course code", "course id", "course_id", "id", "课程编号", "课程代码",
                 "编号", "课程号"),
        "title": ("title", "course title", "course name", "course_title", "name", "课程名称",
                  "课程名", "名称", "标题", "课程"),
        "description": ("description", "course description", "课程简介", "简介", "描述",
                        "课程描述", "summary", "overview", "概述"),
        "category": ("category", "subject", "类别", "分类", "学科", "类型"),
        "tags": ("tags", "tag", "keywords", "标签", "关键词"),
        "skills": ("skills", "skill", "技能", "技能点"),
        "provider": ("provider", "institution", "vendor", "school", "university",
                     "organization", "开课学校", "提供方", "供应商", "机构", "讲师机构"),
        "price": ("price", "cost", "fee", "价格", "费用", "价钱", "单价"),
        "currency": ("currency", "币种", "货币"),
        "certificate_price": ("certificate price", "certificate_price", "certificate fee",
                              "证书价格", "证书费用"),
        "hours": ("hours", "duration", "duration hours", "course effort", "effort",
                  "content duration", "学时", "时长", "课时", "小时"),
        "weeks": ("weeks", "course length", "length", "周数", "周期"),
        "format": ("format", "delivery", "delivery mode", "mode", "形式", "授课方式",
                   "培训方式"),
        "language": ("language", "lang", "语言", "授课语言"),
        "difficulty": ("difficulty", "level", "难度", "级别"),
        "validity_months": ("validity months", "validity", "valid months", "有效期",
                            "有效期月", "有效期（月）"),
        "status": ("status", "状态"),
        "prerequisites": ("prerequisites", "prerequisite", "prereqs", "先修课程", "前置课程",
                          "先修"),
    },
    "learners": {
        "employee_id": ("employee id", "employee_id", "emp id", "staff id", "employee number",
                        "工号", "员工编号", "员工号", "id", "编号"),
        "name": ("name", "full name", "employee name", "姓名", "名字", "员工姓名"),
        "email": ("email", "e-mail", "mail", "email address", "邮箱", "电子邮件", "电子邮箱"),
        "department": ("department", "dept", "部门", "所属部门"),
        "role": ("role", "job title", "position", "job", "岗位", "职位", "角色"),
        "manager": ("manager", "supervisor", "line manager", "reports to", "上级", "经理",
                    "直属上级", "主管"),
        "hire_date": ("hire date", "start date", "joined", "date joined", "入职日期",
                      "入职时间"),
        "active": ("active", "status", "employment status", "在职", "状态", "在职状态"),
    },
    "roles": {
        "role": ("role", "role name", "job", "position", "岗位", "角色", "职位"),
        "skill": ("skill", "skill name", "技能", "技能名称"),
        "level": ("level", "required level", "skill level", "级别", "等级", "要求等级"),
    },
    "progress": {
        "employee_id": ("employee id", "employee_id", "emp id", "staff id", "learner id",
                        "user id", "工号", "员工编号", "员工号", "学员编号"),
        "course": ("course", "course code", "course id", "course_id", "code", "课程编号",
                   "课程代码", "课程"),
        "status": ("status", "completion status", "state", "result", "状态", "学习状态",
                   "完成状态"),
        "percent": ("percent", "percent complete", "progress", "completion", "%", "进度",
                    "完成度", "完成百分比"),
        "score": ("score", "grade", "mark", "result score", "成绩", "分数", "得分"),
        "hours": ("hours", "hours spent", "time spent", "学时", "时长", "学习时长"),
        "started": ("started", "start date", "started on", "date started", "开始日期",
                    "开始时间"),
        "completed": ("completed", "completion date", "completed on", "date completed",
                      "finished", "完成日期", "完成时间"),
        "due": ("due", "due date", "deadline", "截止日期", "截止时间"),
        "activity": ("activity", "event", "verb", "活动", "事件"),
        "date": ("date", "event date", "timestamp", "occurred", "日期"),
        "event_id": ("event id", "event_id", "statement id", "活动编号"),
    },
    "feedback": {
        "employee_id": ("employee id", "employee_id", "emp id", "staff id", "learner id",
                        "user id", "respondent id", "工号", "员工编号", "员工号", "学员编号"),
        "course": ("course", "course code", "course id", "course_id", "code", "课程编号",
                   "课程代码", "课程"),
        "rating": ("rating", "score", "stars", "overall rating", "satisfaction", "grade",
                   "评分", "打分", "评价等级", "满意度", "总体评分", "分数"),
        "comment": ("comment", "comments", "feedback", "remarks", "remark", "review",
                    "free text", "意见", "评论", "建议", "留言", "评价", "意见建议", "反馈"),
        "date": ("date", "submitted", "submitted on", "date submitted", "timestamp",
                 "response date", "日期", "提交时间", "提交日期", "填写时间"),
        "question": ("question", "问题", "题目"),
    },
}  # fmt: skip

_IGNORED = re.compile(r"[\s\W_]+", re.UNICODE)


def normalise_header(text: str) -> str:
    """Case, width, space and punctuation do not matter: 'Course_Name ' == 'course name'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _IGNORED.sub("", folded)


def mappable_fields(kind: str) -> tuple[str, ...]:
    return FIELDS[kind] + EXTRA_FIELDS[kind]
