"""Messages of the importing area: code → (English, Simplified Chinese)."""

TEXTS: dict[str, tuple[str, str]] = {
    # Whole files
    "import.unreadable": (
        "{file} cannot be read ({detail}). Check the path and that the file is not open elsewhere.",
        "无法读取 {file}（{detail}）。请检查路径，并确认文件未被其他程序占用。",
    ),
    "import.empty_file": (
        "{file} is empty. Choose a CSV or Excel file with a header row and data rows.",
        "{file} 是空文件。请选择带有表头行和数据行的 CSV 或 Excel 文件。",
    ),
    "import.not_a_table": (
        "{file} is not a spreadsheet ({kind}). Save it as CSV or Excel (.xlsx) and try again.",
        "{file} 不是电子表格（{kind}）。请另存为 CSV 或 Excel（.xlsx）后重试。",
    ),
    "import.bad_csv": (
        "{file} cannot be read as CSV ({detail}). Open it in a spreadsheet and save it again "
        "as CSV or Excel (.xlsx).",
        "无法按 CSV 读取 {file}（{detail}）。请在电子表格软件中打开，"
        "并重新另存为 CSV 或 Excel（.xlsx）。",
    ),
    "import.no_rows": (
        "{file} holds no table (no columns or rows). Check that it is the right file.",
        "{file} 中没有表格（没有列或行）。请确认选择了正确的文件。",
    ),
    "import.sheet_without_table": (
        "The sheet '{sheet}' of {file} holds no table (a header row and data rows). Choose "
        "the sheet to import (--sheet); its sheets are: {sheets}.",
        "{file} 的工作表“{sheet}”中没有表格（表头行和数据行）。请选择要导入的工作表"
        "（--sheet）；现有工作表：{sheets}。",
    ),
    "import.utf16_without_bom": (
        "{file} looks like UTF-16 text without a byte-order mark, which cannot be read "
        "safely. Give the encoding (--encoding utf-16-le or utf-16-be) or save it as UTF-8.",
        "{file} 似乎是没有字节顺序标记（BOM）的 UTF-16 文本，无法安全读取。请指定编码"
        "（--encoding utf-16-le 或 utf-16-be），或另存为 UTF-8。",
    ),
    "import.unknown_encoding": (
        "The text encoding of {file} is not UTF-8 or Chinese GB18030. Say which it is "
        "(--encoding, e.g. cp1252 or big5) or save the file as UTF-8.",
        "{file} 的文本编码不是 UTF-8 或中文 GB18030。请指定编码（--encoding，例如 cp1252 "
        "或 big5），或将文件另存为 UTF-8。",
    ),
    "import.no_such_encoding": (
        "'{encoding}' is not a text encoding this program knows (reading {file}). "
        "Use a name such as utf-8, gb18030, utf-16 or cp1252.",
        "“{encoding}”不是本程序认识的文本编码（读取 {file} 时）。请使用 utf-8、gb18030、"
        "utf-16 或 cp1252 等名称。",
    ),
    "import.wrong_encoding": (
        "{file} is not valid {encoding} text (byte {offset}). Choose the file's real encoding.",
        "{file} 不是有效的 {encoding} 文本（第 {offset} 字节）。请选择文件实际使用的编码。",
    ),
    "import.no_such_sheet": (
        "{file} has no sheet '{sheet}'. Its sheets are: {sheets}.",
        "{file} 中没有名为“{sheet}”的工作表。现有工作表：{sheets}。",
    ),
    "import.missing_column": (
        "No column of {file} is mapped to {field}, which every {kind} row needs. Map one "
        "(--map {field}=HEADER or --map {field}=COLUMN_NUMBER).",
        "{file} 中没有列对应到 {field}，而每一行 {kind} 都需要它。请指定一列"
        "（--map {field}=表头 或 --map {field}=列号）。",
    ),
    # Headers and --map
    "import.blank_header": (
        "Column {column} has no header; map it by its number if it is needed.",
        "第 {column} 列没有表头；如需导入，请按列号指定。",
    ),
    "import.duplicate_header": (
        "The header '{header}' appears more than once (column {column}); map the one you "
        "mean by its number.",
        "表头“{header}”出现了不止一次（第 {column} 列）；请按列号指定您要的那一列。",
    ),
    "import.bad_map_field": (
        "'{given}': there is no field by that name for {kind}. Fields: {fields}.",
        "“{given}”：{kind} 没有这个字段。可用字段：{fields}。",
    ),
    "import.bad_map_column": (
        "'{given}': column numbers count from 1 to {count} in this file.",
        "“{given}”：本文件的列号从 1 到 {count}。",
    ),
    "import.bad_map_header": (
        "'{given}': the file has no header '{header}'. Check its spelling, or give the "
        "column number.",
        "“{given}”：文件中没有表头“{header}”。请检查拼写，或改用列号。",
    ),
    "import.map_duplicate": (
        "'{given}': the header '{header}' appears in columns {numbers}; give the column "
        "number instead.",
        "“{given}”：表头“{header}”出现在第 {numbers} 列；请改用列号。",
    ),
    # Cells
    "import.required": (
        "is empty; every row needs a {field}.",
        "为空；每一行都需要填写 {field}。",
    ),
    "import.too_long": (
        "'{value}' is longer than {limit} characters; shorten it.",
        "“{value}”超过 {limit} 个字符；请缩短。",
    ),
    "import.not_a_number": ("'{value}' is not a number.", "“{value}”不是数字。"),
    "import.not_whole": ("'{value}' is not a whole number.", "“{value}”不是整数。"),
    "import.out_of_range": (
        "'{value}' is outside {low}–{high}.",
        "“{value}”超出 {low}–{high} 的范围。",
    ),
    "import.not_yes_no": (
        "'{value}' is not yes or no; write yes/no, 1/0, true/false or 在职/离职.",
        "“{value}”不是“是/否”；请写 yes/no、1/0、true/false 或 在职/离职。",
    ),
    "import.bad_language": (
        "'{value}' is not a language this program knows; write a code such as en or zh.",
        "“{value}”不是本程序认识的语言；请写语言代码，例如 en 或 zh。",
    ),
    "import.bad_format": (
        "'{value}' is not a course format; use one of {choices}.",
        "“{value}”不是课程形式；请使用以下之一：{choices}。",
    ),
    "import.bad_difficulty": (
        "'{value}' is not a difficulty; use one of {choices}.",
        "“{value}”不是难度；请使用以下之一：{choices}。",
    ),
    "import.bad_status": (
        "'{value}' is not a course status; use one of {choices}.",
        "“{value}”不是课程状态；请使用以下之一：{choices}。",
    ),
    "import.bad_price": (
        "'{value}' is not a price; write an amount such as 1299.00, $49 or Free.",
        "“{value}”不是价格；请写金额，例如 1299.00、$49 或 Free。",
    ),
    "import.negative_price": (
        "'{value}' is below zero; a price cannot be negative.",
        "“{value}”小于零；价格不能为负数。",
    ),
    "import.ambiguous_yen": (
        "'{value}': ¥ is used for both yuan (CNY) and yen (JPY); add a currency column or "
        "write the code (CNY 1299).",
        "“{value}”：¥ 既可表示人民币（CNY）也可表示日元（JPY）；请添加币种列，或写明代码"
        "（CNY 1299）。",
    ),
    "import.bad_currency": (
        "'{value}' is not a currency code; write three letters such as CNY, USD or EUR.",
        "“{value}”不是币种代码；请写三个字母，例如 CNY、USD 或 EUR。",
    ),
    "import.currency_conflict": (
        "'{value}' is in {found}, but the currency column says {given}; make them agree.",
        "“{value}”的币种是 {found}，但币种列写的是 {given}；请保持一致。",
    ),
    "import.bad_hours": (
        "'{value}' is not a duration; write hours such as 1.5 hours, 90 min or "
        "2–3 hours per week with the number of weeks.",
        "“{value}”不是时长；请写小时数，例如 1.5 小时、90 分钟，或“每周 2–3 小时”并注明周数。",
    ),
    "import.weekly_without_weeks": (
        "'{value}' is per week but no number of weeks is given; map a weeks column "
        "(--map weeks=HEADER) or write '… for 6 weeks'.",
        "“{value}”是每周时长，但没有周数；请指定周数列（--map weeks=表头），或写成“…，共 6 周”。",
    ),
    "import.bad_weeks": (
        "'{value}' is not a number of weeks; write it like 6 Weeks.",
        "“{value}”不是周数；请写成 6 Weeks 或 6 周。",
    ),
    "import.not_a_date": (
        "'{value}' is not a date; write it as YYYY-MM-DD.",
        "“{value}”不是日期；请写成 YYYY-MM-DD。",
    ),
    "import.no_such_date": (
        "'{value}' is not a date that exists; correct the day or month.",
        "“{value}”不是存在的日期；请更正日或月。",
    ),
    "import.ambiguous_date": (
        "'{value}' could be day/month or month/day and nothing in the file decides; give the "
        "order (--date-format %d/%m/%Y or %m/%d/%Y).",
        "“{value}”既可能是日/月也可能是月/日，文件中没有可判断的依据；请指定顺序"
        "（--date-format %d/%m/%Y 或 %m/%d/%Y）。",
    ),
    "import.date_not_in_format": (
        "'{value}' does not match the date format {format}.",
        "“{value}”不符合日期格式 {format}。",
    ),
    "import.bad_skills": (
        "'{value}' is not a list of skills; write it like 'SQL:3; Excel:2' (levels 1–5).",
        "“{value}”不是技能列表；请写成“SQL:3; Excel:2”（等级 1–5）。",
    ),
    "import.unknown_prerequisite": (
        "'{value}' is not the code of a course in the file or the catalog.",
        "“{value}”不是文件或课程目录中任何课程的编号。",
    ),
    "import.self_prerequisite": (
        "'{value}' names the course itself as its prerequisite.",
        "“{value}”把课程自身列为先修课程。",
    ),
    "import.prerequisite_cycle": (
        "the prerequisites make a loop ({loop}); remove one of them.",
        "先修课程形成了循环（{loop}）；请删除其中一个。",
    ),
    "import.swallowed_rows": (
        "this cell holds a line break, a closing quote and {count} separators: a quote in "
        "the file is probably unbalanced, so the following line(s) were read into this row. "
        "Fix the quotes around this row and import again.",
        "此单元格含有换行、结束引号和 {count} 个分隔符：文件中的引号可能不成对，导致后面的行"
        "被读进了这一行。请修正此行附近的引号后重新导入。",
    ),
    "import.duplicate_key": (
        "'{value}' was already in row {first_row} with different values; keep one of the rows.",
        "“{value}”已在第 {first_row} 行出现且内容不同；请只保留其中一行。",
    ),
    "import.bad_email": (
        "'{value}' is not an email address.",
        "“{value}”不是电子邮件地址。",
    ),
    "import.email_taken": (
        "'{value}' is already the email of {owner}; each person needs their own.",
        "“{value}”已是 {owner} 的邮箱；每个人的邮箱必须不同。",
    ),
    "import.unknown_manager": (
        "'{value}' is not the employee id, email or name of anyone in the file or the database.",
        "“{value}”不是文件或数据库中任何人的工号、邮箱或姓名。",
    ),
    "import.ambiguous_manager": (
        "'{value}' is the name of {count} people; give the manager's employee id or email.",
        "“{value}”是 {count} 个人的姓名；请填写上级的工号或邮箱。",
    ),
    "import.manager_loop": (
        "the managers would go round in a loop ({loop}); fix who reports to whom.",
        "上级关系会形成循环（{loop}）；请更正汇报关系。",
    ),
    "import.self_manager": (
        "'{value}' names the person as their own manager.",
        "“{value}”把此人设为自己的上级。",
    ),
    # Results
    "import.row_problem": (
        "{file} row {row}, {field}: {problem}",
        "{file} 第 {row} 行，{field}：{problem}",
    ),
    "import.summary": (
        "{kind}: {added} added, {updated} updated, {unchanged} unchanged, {refused} refused.",
        "{kind}：新增 {added}，更新 {updated}，未变 {unchanged}，拒绝 {refused}。",
    ),
    "import.dry_run": (
        "Dry run: nothing was written; this is what the import would do.",
        "试运行：未写入任何内容；以下是实际导入将会执行的操作。",
    ),
    "import.nothing_written": (
        "Nothing was written: {count} row(s) have problems. Fix them, or import only the "
        "valid rows (--skip-invalid).",
        "未写入任何内容：{count} 行有问题。请修正，或只导入有效的行（--skip-invalid）。",
    ),
    "import.repeated": (
        "{file} row {row} repeats row {first_row} ({key}) exactly; stored once.",
        "{file} 第 {row} 行与第 {first_row} 行（{key}）完全相同；只保存一次。",
    ),
    "import.progress.reading": (
        "Checking rows: {done} of {total}…",
        "正在检查行：{done} / {total}…",
    ),
    "import.progress.writing": ("Saving {total} rows…", "正在保存 {total} 行…"),
    # Exports
    "export.done": ("Wrote {count} {kind} rows to {file}.", "已将 {count} 行 {kind} 写入 {file}。"),
    "export.bad_extension": (
        "{file}: exports are written as .csv or .xlsx; end the file name with one of them.",
        "{file}：导出文件只能是 .csv 或 .xlsx；请以其中之一作为文件扩展名。",
    ),
    "export.unwritable": (
        "{file} cannot be written ({detail}). Choose another folder or close the file.",
        "无法写入 {file}（{detail}）。请选择其他文件夹，或先关闭该文件。",
    ),
}
