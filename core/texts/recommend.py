"""Messages of the recommender (similar courses, recommendations, their reasons and the
evaluation): code → (English, Simplified Chinese)."""

from core.topic_thesaurus import CONCEPTS

TEXTS: dict[str, tuple[str, str]] = {
    # Reasons, shown beside each result
    "reason.shared_skills": (
        "teaches the same skills: {skills}",
        "讲授相同技能：{skills}",
    ),
    "reason.shared_topic": (
        "both about {topic}",
        "同属“{topic}”主题",
    ),
    "reason.shared_terms": (
        "covers the same ground: {terms}",
        "内容相近：{terms}",
    ),
    "reason.gap": (
        "closes the gap in {skill}: role needs {needed}, has {has}",
        "弥补 {skill} 的差距：岗位要求 {needed} 级，目前 {has} 级",
    ),
    "reason.like_rated": (
        "like '{course}', which they rated {rating}",
        "与“{course}”相似，此人给该课程打了 {rating} 分",
    ),
    "reason.like_scored": (
        "like '{course}', which they passed with {score}",
        "与“{course}”相似，此人该课程成绩为 {score}",
    ),
    "reason.like_taken": (
        "like '{course}', which they took",
        "与“{course}”相似，此人学过该课程",
    ),
    "reason.colleagues": (
        "completed and rated {rating} by {count} colleagues in {department}",
        "{department} 的 {count} 位同事已完成，平均评分 {rating}",
    ),
    "reason.colleagues_anywhere": (
        "often taken next by people who took '{course}'",
        "学过“{course}”的人常接着学这门课",
    ),
    "reason.well_rated": (
        "well rated: {rating} from {count} ratings",
        "评价良好：{count} 条评分，平均 {rating}",
    ),
    "reason.cold_start_role": (
        "suggested for the role {role}: they have no training history yet",
        "根据岗位“{role}”推荐：此人尚无学习记录",
    ),
    "reason.cold_start_department": (
        "popular in {department}: they have no training history yet",
        "在 {department} 很受欢迎：此人尚无学习记录",
    ),
    "reason.cold_start_popular": (
        "popular across the company: they have no training history yet",
        "全公司热门课程：此人尚无学习记录",
    ),
    "reason.renewal_due": (
        "their completion of {completed_on} has expired: time to renew",
        "此人 {completed_on} 的完成记录已过期，需要重新学习",
    ),
    "reason.prerequisite_missing": (
        "take '{course}' first: it is a prerequisite",
        "需先完成先修课程“{course}”",
    ),
    # Look-ups
    "recommend.unknown_course": (
        "There is no course with the code {course}.",
        "没有代码为 {course} 的课程。",
    ),
    "recommend.unknown_learner": (
        "There is no learner with the employee id or email {learner}.",
        "没有员工编号或邮箱为 {learner} 的人员。",
    ),
    "recommend.refused": (
        "{count} of the codes asked for were not found.",
        "有 {count} 个代码未找到。",
    ),
    # The admin's controls: adjusted weights, hidden courses, "not interested"
    "recommend.weight_unknown": (
        "Recommendation weight '{name}' is not one the program knows ({known}).",
        "推荐权重“{name}”无法识别（可用：{known}）。",
    ),
    "recommend.weight_not_number": (
        "Recommendation weight '{name}' must be a number (got {value}).",
        "推荐权重“{name}”必须是数字（当前为 {value}）。",
    ),
    "recommend.weight_negative": (
        "Recommendation weight '{name}' cannot be negative (got {value}); use 0 to ignore it.",
        "推荐权重“{name}”不能为负数（当前为 {value}）；设为 0 即不考虑该项。",
    ),
    "recommend.weights_all_zero": (
        "At least one recommendation weight must be above 0, or nothing can be ranked.",
        "至少有一项推荐权重须大于 0，否则无法排序。",
    ),
    "recommend.diversity_range": (
        "Diversity must be between 0 and 1 (got {value}).",
        "多样性须介于 0 与 1 之间（当前为 {value}）。",
    ),
}

# The thesaurus topics' names (core.topic_thesaurus), for reasons such as "both about …".
TEXTS.update({f"concept.{c.key}": (c.english, c.chinese) for c in CONCEPTS})
