"""Messages of the people area: code → (English, Simplified Chinese).

Problem messages carry a ``field`` value (not shown) naming the input field at fault.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # People: validation as you type
    "person.id_blank": ("Give the person an employee ID.", "请填写工号。"),
    "person.name_blank": ("Give the person a name.", "请填写姓名。"),
    "person.bad_email": (
        "'{value}' is not an email address.",
        "“{value}”不是有效的电子邮件地址。",
    ),
    "person.own_manager": (
        "{person} cannot be their own manager.",
        "{person} 不能是自己的经理。",
    ),
    # People: saving
    "person.duplicate_id": (
        "Another person already has the employee ID {person}.",
        "已有其他人使用工号 {person}。",
    ),
    "person.duplicate_email": (
        "Another person already has the email {email}.",
        "已有其他人使用电子邮件 {email}。",
    ),
    "person.unknown_department": (
        "There is no department named {department}. Pick one from the list, or add it first.",
        "没有名为 {department} 的部门。请从列表中选择，或先添加该部门。",
    ),
    "person.unknown_role": (
        "There is no role named {role}. Pick one from the list, or add it first.",
        "没有名为 {role} 的岗位。请从列表中选择，或先添加该岗位。",
    ),
    "person.unknown_manager": (
        "There is no person with the employee ID {manager} to be the manager.",
        "没有工号为 {manager} 的人员可以作为经理。",
    ),
    "person.manager_loop": (
        "That manager would make a reporting loop: {loop} (each reports to the next). "
        "Choose another manager.",
        "该经理会形成汇报循环：{loop}（每人向下一人汇报）。请选择其他经理。",
    ),
    "person.not_found": (
        "The person (id {id}) no longer exists.",
        "该人员（id {id}）已不存在。",
    ),
    # Departments
    "department.name_blank": ("Give the department a name.", "请填写部门名称。"),
    "department.budget_negative": (
        "The yearly budget cannot be negative (got {value}).",
        "年度预算不能为负数（当前为 {value}）。",
    ),
    "department.duplicate_name": (
        "There is already a department named {department}.",
        "已有名为 {department} 的部门。",
    ),
    "department.duplicate_code": (
        "Another department already has the code {value}.",
        "已有其他部门使用代码 {value}。",
    ),
    "department.has_people": (
        "{department} still has {count} people. Move them to another department first.",
        "{department} 仍有 {count} 人。请先将他们调到其他部门。",
    ),
    "department.not_found": (
        "The department (id {id}) no longer exists.",
        "该部门（id {id}）已不存在。",
    ),
    # Roles
    "role.name_blank": ("Give the role a name.", "请填写岗位名称。"),
    "role.duplicate_name": (
        "There is already a role named {role}.",
        "已有名为 {role} 的岗位。",
    ),
    "role.duplicate_code": (
        "Another role already has the code {value}.",
        "已有其他岗位使用代码 {value}。",
    ),
    "role.has_people": (
        "{count} people still hold the role {role}. Give them another role first.",
        "仍有 {count} 人担任岗位 {role}。请先为他们更换岗位。",
    ),
    "role.not_found": (
        "The role (id {id}) no longer exists.",
        "该岗位（id {id}）已不存在。",
    ),
}
