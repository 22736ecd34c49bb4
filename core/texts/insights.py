"""Messages of the dashboard and the skills matrix: code → (English, Simplified Chinese).

Chart titles and axis labels are built in ``core.charts``, so they live here too.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # Dashboard charts
    "chart.completion_title": ("Assignments due or completed", "已到期或已完成的分配"),
    # Said instead of drawing axes around nothing
    "chart.empty.completion": (
        "No assignment is due or completed yet.",
        "暂无已到期或已完成的分配。",
    ),
    "chart.empty.overdue": ("No assignment is overdue.", "没有逾期的分配。"),
    "chart.empty.expiring": (
        "No certificate expires in the next 90 days.",
        "未来 90 天内没有证书到期。",
    ),
    "chart.empty.hours": ("No training hours recorded this year.", "今年尚无培训学时记录。"),
    "chart.empty.spend": ("No training spend recorded this year.", "今年尚无培训支出记录。"),
    "chart.empty.trend": ("No completions in the last 12 months.", "近 12 个月没有完成记录。"),
    "chart.empty.cliff": (
        "No certificate lapses in the next 12 months.",
        "未来 12 个月没有证书失效。",
    ),
    "chart.completed": ("Completed", "已完成"),
    "chart.not_completed": ("Not completed", "未完成"),
    "chart.overdue_title": ("Overdue assignments by department", "各部门逾期分配"),
    "chart.department": ("Department", "部门"),
    "chart.assignments": ("Assignments", "分配数"),
    "chart.expiring_title": ("Certificates expiring", "即将过期的证书"),
    "chart.days_ahead": ("Days ahead", "剩余天数"),
    "chart.within_days": ("≤ {days} days", "≤ {days} 天"),
    "chart.certificates": ("Certificates", "证书数"),
    "chart.hours_title": ("Training hours per month, {year}", "{year} 年每月培训学时"),
    "chart.month": ("Month", "月份"),
    "chart.hours": ("Hours", "学时"),
    "chart.spend_title": ("Spend against budget ({currency})", "支出与预算对比（{currency}）"),
    "chart.amount": ("Amount ({currency})", "金额（{currency}）"),
    "chart.spent": ("Spent", "已支出"),
    "chart.budget": ("Budget", "预算"),
    "chart.trend_title": ("Completions per month, last 12 months", "近 12 个月每月完成数"),
    "chart.completions": ("Completions", "完成数"),
    "chart.cliff_title": (
        "Certificates lapsing per month, next 12 months",
        "未来 12 个月每月到期的证书",
    ),
    "chart.no_department": ("(no department)", "（无部门）"),
    "chart.nothing": ("Nothing to show yet", "暂无数据"),
    # Dashboard figures
    "dashboard.missing_rate": (
        "No exchange rate for {currency}: {count} assignments priced in it are not counted "
        "in spend. Add the rate in Settings.",
        "缺少 {currency} 的汇率：以该货币计价的 {count} 个分配未计入支出。请在设置中添加汇率。",
    ),
    # Skills matrix
    "matrix.met": ("Met", "已达标"),
    "matrix.gap_1": ("Gap 1", "差 1 级"),
    "matrix.gap_2": ("Gap 2+", "差 2 级及以上"),
    "matrix.not_required": ("Not required", "不要求"),
    "matrix.person": ("Person", "人员"),
    "matrix.employee_id": ("Employee ID", "工号"),
    "matrix.department": ("Department", "部门"),
    "matrix.role": ("Role", "岗位"),
    "matrix.skill": ("Skill", "技能"),
    "matrix.holders": ("Holders", "持有人数"),
    "matrix.sheet": ("Skills matrix", "技能矩阵"),
    "matrix.risk_sheet": ("Single-holder risks", "单人持有风险"),
    "matrix.legend": ("Legend", "图例"),
    "matrix.loading": ("Reading skills", "正在读取技能"),
    "matrix.risk": (
        "{department}: {skill} is held by {holders} person(s)",
        "{department}：{skill} 仅有 {holders} 人持有",
    ),
    "matrix.xlsx_only": (
        "{file}: the skills matrix is written as .xlsx (its colours need a spreadsheet); "
        "end the file name with .xlsx.",
        "{file}：技能矩阵只能导出为 .xlsx（颜色需要电子表格）；请以 .xlsx 作为文件扩展名。",
    ),
}
