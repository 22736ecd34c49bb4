<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Bayesian</source>
        <translation>贝叶斯均分</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Could not finish: {0}</source>
        <translation>未能完成：{0}</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>打开人员</translation>
    </message>
    <message>
        <source>{0} is not in the People list.</source>
        <translation>{0} 不在人员列表中。</translation>
    </message>
    <message>
        <source>Themes of negative comments</source>
        <translation>负面意见的主题</translation>
    </message>
    <message>
        <source>Each open assignment&apos;s chance of being missed (overdue, failed or withdrawn), with the factors that weigh most. Double-click a row to open the person.</source>
        <translation>每项未完成分配被错过（逾期、未通过或退出）的概率，以及影响最大的因素。双击一行可打开该人员。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Include already overdue</source>
        <translation>包括已逾期的</translation>
    </message>
    <message>
        <source>Assignments past their due date are missed already (100%); they head the list</source>
        <translation>已过截止日期的分配已经错过（100%），排在列表最前</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Chance missed</source>
        <translation>错过概率</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必修</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation>主要特点</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>low completion</source>
        <translation>完成率低</translation>
    </message>
    <message>
        <source>low rating</source>
        <translation>评分低</translation>
    </message>
    <message>
        <source>negative comments</source>
        <translation>负面意见多</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>中途流失</translation>
    </message>
    <message>
        <source>completion below {0:.0%}</source>
        <translation>完成率低于 {0:.0%}</translation>
    </message>
    <message>
        <source>Bayesian rating below {0:.2f}</source>
        <translation>贝叶斯评分低于 {0:.2f}</translation>
    </message>
    <message>
        <source>negative comments above {0:.0%}</source>
        <translation>负面意见高于 {0:.0%}</translation>
    </message>
    <message>
        <source>module drop-off above {0:.0%}</source>
        <translation>模块流失率高于 {0:.0%}</translation>
    </message>
    <message>
        <source>overdue rate above {0:.0%}</source>
        <translation>逾期率高于 {0:.0%}</translation>
    </message>
    <message>
        <source>Checking who this reaches…</source>
        <translation>正在核对涉及哪些人…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>某个人员</translation>
    </message>
    <message>
        <source>A department</source>
        <translation>某个部门</translation>
    </message>
    <message>
        <source>Everyone in a role</source>
        <translation>某岗位的所有人</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>具体对象</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>A course</source>
        <translation>一门课程</translation>
    </message>
    <message>
        <source>A learning path</source>
        <translation>一条学习路径</translation>
    </message>
    <message>
        <source>{0} ({1} courses)</source>
        <translation>{0}（{1} 门课程）</translation>
    </message>
    <message>
        <source>Build learning paths under Learning paths…</source>
        <translation>可在“学习路径…”中建立学习路径</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>A path&apos;s courses are due on their day offsets from the start; courses without an offset are spread evenly up to this date.</source>
        <translation>路径中的课程按各自相对开始日期的天数到期；未设天数的课程在此日期前平均分配。</translation>
    </message>
    <message>
        <source>Mandatory (counts for compliance)</source>
        <translation>必修（计入合规）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Choose the person</source>
        <translation>请选择人员</translation>
    </message>
    <message>
        <source>Choose the department</source>
        <translation>请选择部门</translation>
    </message>
    <message>
        <source>Choose the role</source>
        <translation>请选择岗位</translation>
    </message>
    <message>
        <source>Choose a course or a learning path</source>
        <translation>请选择课程或学习路径</translation>
    </message>
    <message>
        <source>The due date is before the start</source>
        <translation>截止日期早于开始日期</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <source>{0:,} people</source>
        <translation>{0:,} 人</translation>
    </message>
    <message>
        <source>1 assignment will be created</source>
        <translation>将创建 1 项分配</translation>
    </message>
    <message>
        <source>{0:,} assignments will be created</source>
        <translation>将创建 {0:,} 项分配</translation>
    </message>
    <message>
        <source>{0} already completed it (still valid) — skipped</source>
        <translation>{0} 已完成（仍在有效期内）——跳过</translation>
    </message>
    <message>
        <source>{0} already assigned — skipped</source>
        <translation>{0} 已分配——跳过</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>已跳过：{0}</translation>
    </message>
    <message>
        <source>and {0:,} more</source>
        <translation>另有 {0:,} 项</translation>
    </message>
    <message>
        <source>Nothing to assign.</source>
        <translation>没有可分配的内容。</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>情感</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>全部意见</translation>
    </message>
    <message>
        <source>{0} comments on {1}</source>
        <translation>关于 {1} 的 {0} 条意见</translation>
    </message>
    <message>
        <source>{0} of {1} comments on {2}</source>
        <translation>关于 {2} 的意见：{0} / {1} 条</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>证书到期</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Mandatory or not</source>
        <translation>必修与选修</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选修</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>任意截止日期</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign a course or a learning path to a person, a department or a role</source>
        <translation>将课程或学习路径分配给人员、部门或岗位</translation>
    </message>
    <message>
        <source>Edit &amp;progress…</source>
        <translation>编辑进度(&amp;P)…</translation>
    </message>
    <message>
        <source>Status, percent, score, dates</source>
        <translation>状态、完成百分比、成绩、日期</translation>
    </message>
    <message>
        <source>E&amp;xtend due dates…</source>
        <translation>延长截止日期(&amp;X)…</translation>
    </message>
    <message>
        <source>Re-assign &amp;to…</source>
        <translation>改派给(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Learning paths…</source>
        <translation>学习路径(&amp;L)…</translation>
    </message>
    <message>
        <source>Reusable ordered sets of courses</source>
        <translation>可重复使用的有序课程组合</translation>
    </message>
    <message>
        <source>&amp;Compliance view</source>
        <translation>合规视图(&amp;C)</translation>
    </message>
    <message>
        <source>People × mandatory courses</source>
        <translation>人员 × 必修课程</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>分配日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Later by</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>All due on</source>
        <translation>统一截止于</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>{0:,} assignments selected.</source>
        <translation>已选择 {0:,} 项分配。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Similar courses</source>
        <translation>相似课程</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>新建课程(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a course to the catalog</source>
        <translation>向课程目录添加课程</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected course (Enter)</source>
        <translation>编辑所选课程（Enter）</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Assign this course to people, a department or a role</source>
        <translation>将此课程分配给人员、部门或岗位</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Hide from recommendations</source>
        <translation>不再推荐(&amp;H)</translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation>{0} 个月</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>(certificate {0})</source>
        <translation>（证书 {0}）</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Hidden: never recommended</source>
        <translation>已隐藏：不会被推荐</translation>
    </message>
    <message>
        <source>Recommended when it fits a person</source>
        <translation>适合某人时推荐</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Skills taught</source>
        <translation>所授技能</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Brings to level</source>
        <translation>可达级别</translation>
    </message>
    <message>
        <source>No skills recorded</source>
        <translation>未记录技能</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>先修课程</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>No modules</source>
        <translation>无模块</translation>
    </message>
    <message>
        <source>Hidden from recommendations</source>
        <translation>已设为不推荐</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Price &amp;&amp; format</source>
        <translation>价格与形式</translation>
    </message>
    <message>
        <source>A short unique code, e.g. SQL-101. Imports match on it.</source>
        <translation>简短且唯一的编号，例如 SQL-101。导入时按它匹配。</translation>
    </message>
    <message>
        <source>Pick a category or type a new one.</source>
        <translation>选择类别，或输入新类别。</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. sql, reporting</source>
        <translation>用逗号分隔，例如 sql, 报表</translation>
    </message>
    <message>
        <source>Blank for an internal course</source>
        <translation>内部课程留空</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>提供方(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>Never suggest this course on anyone&apos;s Recommended tab. It stays in the catalog, in learning paths and in assignments.</source>
        <translation>不在任何人的“推荐”页中推荐此课程。课程仍保留在课程目录、学习路径和分配中。</translation>
    </message>
    <message>
        <source>Blank if unknown; 0 if free</source>
        <translation>未知则留空；免费填 0</translation>
    </message>
    <message>
        <source>Three-letter currency code (ISO 4217), e.g. USD or CNY.</source>
        <translation>三个字母的货币代码（ISO 4217），例如 USD 或 CNY。</translation>
    </message>
    <message>
        <source>Blank if no paid certificate</source>
        <translation>无付费证书则留空</translation>
    </message>
    <message>
        <source>What a verified certificate costs on top of the course price.</source>
        <translation>在课程价格之外，获取认证证书的费用。</translation>
    </message>
    <message>
        <source>Estimated hours of study</source>
        <translation>预计学习学时</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>面授</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>混合式</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Language code, e.g. en or zh.</source>
        <translation>语言代码，例如 en 或 zh。</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>For certifications that expire: months until a completion must be renewed.</source>
        <translation>适用于会过期的证书：完成后需在多少个月内重新认证。</translation>
    </message>
    <message>
        <source>Retired courses stay in history but are not offered.</source>
        <translation>已停用的课程保留在历史记录中，但不再开设。</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>价格(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>货币(&amp;U)</translation>
    </message>
    <message>
        <source>Certificate p&amp;rice</source>
        <translation>证书价格(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>学时(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;ifficulty</source>
        <translation>难度(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation>有效期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>An optional short code, e.g. FIN; the CLI accepts it too.</source>
        <translation>可选的简短代码，例如 FIN；命令行也接受此代码。</translation>
    </message>
    <message>
        <source>Blank if there is no budget</source>
        <translation>无预算则留空</translation>
    </message>
    <message>
        <source>Yearly training budget in the base currency (Settings).</source>
        <translation>以本位币计的年度培训预算（见“设置”）。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Yearly &amp;budget</source>
        <translation>年度预算(&amp;B)</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>年度预算</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Training Desk</source>
        <translation>关于 Training Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem and fix</source>
        <translation>问题与解决办法</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Due after start</source>
        <translation>开始后到期天数</translation>
    </message>
    <message>
        <source>&amp;Add course</source>
        <translation>添加课程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. New manager onboarding</source>
        <translation>例如：新任经理入职培训</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>学习路径</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Learning paths</source>
        <translation>学习路径</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation>编辑所选人员（Enter）</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>设为离职(&amp;D)</translation>
    </message>
    <message>
        <source>Assign a course or a learning path to this person</source>
        <translation>将课程或学习路径分配给此人</translation>
    </message>
    <message>
        <source>Build &amp;path…</source>
        <translation>规划学习路径(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan the courses that close this person&apos;s skill gaps, on dates</source>
        <translation>按日期安排弥补此人技能差距的课程</translation>
    </message>
    <message>
        <source>&amp;Training plan…</source>
        <translation>培训计划(&amp;T)…</translation>
    </message>
    <message>
        <source>Preview this person&apos;s training plan as a PDF to save or print</source>
        <translation>以 PDF 预览此人的培训计划，可保存或打印</translation>
    </message>
    <message>
        <source>De&amp;partments…</source>
        <translation>部门(&amp;P)…</translation>
    </message>
    <message>
        <source>Departments and budgets</source>
        <translation>部门与预算</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>岗位(&amp;O)…</translation>
    </message>
    <message>
        <source>Roles and the skills they require</source>
        <translation>岗位及其所需技能</translation>
    </message>
    <message>
        <source>No — left the company</source>
        <translation>否——已离职</translation>
    </message>
    <message>
        <source>beyond role</source>
        <translation>超出岗位要求</translation>
    </message>
    <message>
        <source>gap {0}</source>
        <translation>差 {0} 级</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Skills vs role</source>
        <translation>技能与岗位要求对比</translation>
    </message>
    <message>
        <source>{0} to close</source>
        <translation>{0} 项待弥补</translation>
    </message>
    <message>
        <source>Role needs</source>
        <translation>岗位要求</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>No skills recorded for this person or their role</source>
        <translation>此人及其岗位均未记录技能</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Your HR system&apos;s id; kept as text, leading zeros too.</source>
        <translation>人事系统中的编号；按文本保存，开头的 0 也会保留。</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Departments are managed under People → Departments…</source>
        <translation>部门在“人员 → 部门…”中管理</translation>
    </message>
    <message>
        <source>Roles and the skills they need: People → Roles…</source>
        <translation>岗位及其所需技能：人员 → 岗位…</translation>
    </message>
    <message>
        <source>Type part of a name or an employee id to search.</source>
        <translation>输入姓名或工号的一部分进行搜索。</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Clear the hire date (not known)</source>
        <translation>清除入职日期（未知）</translation>
    </message>
    <message>
        <source>Works here (uncheck when they leave)</source>
        <translation>在职（离职时取消勾选）</translation>
    </message>
    <message>
        <source>&amp;Employee ID</source>
        <translation>工号(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <source>Mana&amp;ger</source>
        <translation>经理(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Hire date</source>
        <translation>入职日期(&amp;H)</translation>
    </message>
    <message>
        <source>Current levels set by hand (0 none … 5 expert).</source>
        <translation>手动设置的当前级别（0 无 … 5 专家）。</translation>
    </message>
    <message>
        <source>Current skill levels</source>
        <translation>当前技能级别</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>无成绩</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>成绩（0–100）</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>已用学时</translation>
    </message>
    <message>
        <source>Completing records a completion, sets the certificate&apos;s expiry and raises the skills the course teaches.</source>
        <translation>标记完成会记录一次完成、设置证书到期日，并提升该课程所授技能的级别。</translation>
    </message>
    <message>
        <source>An optional short code, e.g. DA; the CLI accepts it too.</source>
        <translation>可选的简短代码，例如 DA；命令行也接受此代码。</translation>
    </message>
    <message>
        <source>Required skills (level 1–5)</source>
        <translation>所需技能（级别 1–5）</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>所需技能</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Courses similar in content to the ones they completed, counting the ones they rated or scored well more, and recent ones more than old ones.</source>
        <translation>与此人已完成课程内容相似的课程；评分高或成绩好的课程权重更高，近期课程比早期课程权重更高。</translation>
    </message>
    <message>
        <source>Closes skill gaps</source>
        <translation>弥补技能差距</translation>
    </message>
    <message>
        <source>Courses that teach the skills their role needs and they do not have yet.</source>
        <translation>讲授其岗位所需、而此人尚未具备的技能的课程。</translation>
    </message>
    <message>
        <source>Colleagues took it</source>
        <translation>同事学过</translation>
    </message>
    <message>
        <source>What people with similar histories completed and rated well (for someone new: what their department takes).</source>
        <translation>学习经历相似的人完成并给出好评的课程（对新员工：其部门常学的课程）。</translation>
    </message>
    <message>
        <source>Course quality</source>
        <translation>课程质量</translation>
    </message>
    <message>
        <source>Well-rated courses (many ratings count more than a few) that people finish.</source>
        <translation>评价好且学员能学完的课程（评分多的比评分少的更有分量）。</translation>
    </message>
    <message>
        <source>Relevance over variety</source>
        <translation>相关性优先于多样性</translation>
    </message>
    <message>
        <source>100 ranks strictly by score; lower values mix in courses on other topics so the list is not ten variants of one course.</source>
        <translation>100 表示严格按分数排序；数值越低，越会混入其他主题的课程，避免列表里全是同一门课的变体。</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <source>Due: {0}</source>
        <translation>截止日期：{0}</translation>
    </message>
    <message>
        <source>Certificate expires: {0}</source>
        <translation>证书到期：{0}</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Spent ({0})</source>
        <translation>已支出（{0}）</translation>
    </message>
    <message>
        <source>Budget ({0})</source>
        <translation>预算（{0}）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Assignments due or completed</source>
        <translation>已到期或已完成的分配</translation>
    </message>
    <message>
        <source>Overdue assignments</source>
        <translation>逾期分配</translation>
    </message>
    <message>
        <source>Certificates expiring in the next 90 days</source>
        <translation>未来 90 天内即将过期的证书</translation>
    </message>
    <message>
        <source>Assignments completed this year</source>
        <translation>今年完成的分配</translation>
    </message>
    <message>
        <source>Spend against budget</source>
        <translation>支出与预算对比</translation>
    </message>
    <message>
        <source>Completions per month</source>
        <translation>每月完成数</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>完成数</translation>
    </message>
    <message>
        <source>Certificates lapsing in the next 12 months</source>
        <translation>未来 12 个月内失效的证书</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>Import your people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>Import people…</source>
        <translation>导入人员…</translation>
    </message>
    <message>
        <source>The Excel or CSV list HR gives you: ID, name, department, role.</source>
        <translation>人事部门提供的 Excel 或 CSV 名单：工号、姓名、部门、岗位。</translation>
    </message>
    <message>
        <source>Import your courses</source>
        <translation>导入课程</translation>
    </message>
    <message>
        <source>Import courses…</source>
        <translation>导入课程…</translation>
    </message>
    <message>
        <source>Your catalog: titles, skills taught, price and hours.</source>
        <translation>您的课程目录：名称、所授技能、价格和学时。</translation>
    </message>
    <message>
        <source>Define roles and the skills they need</source>
        <translation>定义岗位及其所需技能</translation>
    </message>
    <message>
        <source>Define roles…</source>
        <translation>定义岗位…</translation>
    </message>
    <message>
        <source>Gaps, recommendations and plans all start from them.</source>
        <translation>技能差距、推荐和培训计划都以岗位为基础。</translation>
    </message>
    <message>
        <source>Assign training</source>
        <translation>分配培训</translation>
    </message>
    <message>
        <source>Go to assignments</source>
        <translation>前往分配</translation>
    </message>
    <message>
        <source>A course or a learning path, to a person, a department or a role.</source>
        <translation>将课程或学习路径分配给人员、部门或岗位。</translation>
    </message>
    <message>
        <source>Print a training plan</source>
        <translation>打印培训计划</translation>
    </message>
    <message>
        <source>Go to reports</source>
        <translation>前往报告</translation>
    </message>
    <message>
        <source>Right-click a person → Training plan…, or use Reports.</source>
        <translation>右键单击人员 → 培训计划…，或使用“报告”。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;Training Desk keeps your courses, people and their training in one file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Try the demo:&lt;/b&gt; File → New… and choose &lt;i&gt;Explore with demo data&lt;/i&gt; to see every screen filled in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bring your people:&lt;/b&gt; File → Import → Learners… takes the Excel or CSV list HR gives you. Columns are matched by their names, in English or Chinese.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bring your courses:&lt;/b&gt; File → Import → Courses…, or add them one by one in the Catalog.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Define roles:&lt;/b&gt; People → Roles… lists the skills each role needs; gaps and recommendations come from them.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print a plan:&lt;/b&gt; right-click a person → Training plan….&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every change can be undone (Edit → Undo), and the file is backed up every day you open it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;入门&lt;/h2&gt;&lt;p&gt;Training Desk 把您的课程、人员及其培训记录保存在本机的一个文件中，不会发送到任何地方。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;试用演示数据：&lt;/b&gt;文件 → 新建…，选择&lt;i&gt;使用演示数据体验&lt;/i&gt;，即可看到每个界面填满数据的样子。&lt;/li&gt;&lt;li&gt;&lt;b&gt;导入人员：&lt;/b&gt;文件 → 导入 → 学员… 可读取人事部门提供的 Excel 或 CSV 名单，按中文或英文列名自动匹配。&lt;/li&gt;&lt;li&gt;&lt;b&gt;导入课程：&lt;/b&gt;文件 → 导入 → 课程…，或在“课程目录”中逐门添加。&lt;/li&gt;&lt;li&gt;&lt;b&gt;定义岗位：&lt;/b&gt;人员 → 岗位… 列出每个岗位所需的技能；技能差距和推荐都由此得出。&lt;/li&gt;&lt;li&gt;&lt;b&gt;打印计划：&lt;/b&gt;右键单击人员 → 培训计划…。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;每项更改都可以撤销（编辑 → 撤销），并且每天打开文件时都会自动备份。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;&lt;p&gt;Where things stand today: completion rate, overdue assignments, certificates expiring in 30, 60 and 90 days, training hours and spend against each department&apos;s budget.&lt;/p&gt;&lt;p&gt;Click a figure to see the list behind it; every list exports to Excel (Ctrl+Shift+E).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;仪表板&lt;/h2&gt;&lt;p&gt;当前概况：完成率、逾期分配、30/60/90 天内即将过期的证书、培训学时，以及各部门支出与预算的对比。&lt;/p&gt;&lt;p&gt;单击某个数字可查看其背后的列表；每个列表都可导出到 Excel（Ctrl+Shift+E）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Catalog&lt;/h2&gt;&lt;p&gt;Your internal and purchased courses: skills they teach and to which level, prerequisites, price and currency, hours, validity of certificates. Type in the search box to filter; double-click to edit.&lt;/p&gt;&lt;p&gt;A course&apos;s page shows &lt;i&gt;Similar courses&lt;/i&gt; with the reason they are alike. &lt;i&gt;Knowledge map&lt;/i&gt; draws the catalog as a graph of prerequisites and skills.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;课程目录&lt;/h2&gt;&lt;p&gt;内部课程和外购课程：所授技能及可达级别、先修课程、价格和货币、学时、证书有效期。在搜索框中输入即可筛选；双击可编辑。&lt;/p&gt;&lt;p&gt;课程页面会显示&lt;i&gt;相似课程&lt;/i&gt;及其相似的理由。&lt;i&gt;知识图谱&lt;/i&gt;把课程目录绘制成由先修关系和技能组成的图。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;People&lt;/h2&gt;&lt;p&gt;Employees with their department, role and manager. A person&apos;s page shows their assignments, certificates, history and &lt;i&gt;Recommended&lt;/i&gt; courses, each with its reasons.&lt;/p&gt;&lt;p&gt;Right-click a person to assign training, build a learning path towards their role, or print their training plan.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;人员&lt;/h2&gt;&lt;p&gt;员工及其部门、岗位和经理。人员页面显示其分配、证书、历史记录和&lt;i&gt;推荐&lt;/i&gt;课程，每门推荐课程都附有理由。&lt;/p&gt;&lt;p&gt;右键单击人员可分配培训、规划通往其岗位要求的学习路径，或打印其培训计划。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Assignments &amp; Paths</source>
        <translation>分配与学习路径</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Assignments &amp;amp; Paths&lt;/h2&gt;&lt;p&gt;Every assignment with its due date and status; overdue and expiring are computed, never typed. Assign a course or a whole learning path to a person, a department or a role in one go.&lt;/p&gt;&lt;p&gt;The compliance view shows people against mandatory courses.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;分配与学习路径&lt;/h2&gt;&lt;p&gt;每项分配及其截止日期和状态；逾期和即将过期均自动计算，无需手工填写。可一次性将课程或整条学习路径分配给人员、部门或岗位。&lt;/p&gt;&lt;p&gt;合规视图按人员与必修课程列出完成情况。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Skills Matrix</source>
        <translation>技能矩阵</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Skills Matrix&lt;/h2&gt;&lt;p&gt;People against skills, coloured by the gap to what their role needs. Skills only one person holds are flagged: a risk when that person is away or leaves.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;技能矩阵&lt;/h2&gt;&lt;p&gt;人员与技能的对照表，按与岗位要求的差距着色。只有一人掌握的技能会被标出：此人休假或离职时就会成为风险。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Analytics&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Segments&lt;/b&gt; group people by how they learn (fast finishers, stalled starters, …) with a suggested action for each. &lt;b&gt;Feedback&lt;/b&gt; shows ratings and the sentiment of comments in English and Chinese, the themes of complaints and the courses that need attention. &lt;b&gt;At-risk&lt;/b&gt; lists open assignments likely to be missed, with the reasons.&lt;/p&gt;&lt;p&gt;Click any figure to see the people or comments behind it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;分析&lt;/h2&gt;&lt;p&gt;&lt;b&gt;学员分群&lt;/b&gt;按学习方式对人员分组（快速完成者、中途停滞者……），并为每组给出建议措施。&lt;b&gt;反馈&lt;/b&gt;显示评分、中英文意见的情感、投诉主题以及需要关注的课程。&lt;b&gt;风险&lt;/b&gt;列出可能被错过的未完成分配及其原因。&lt;/p&gt;&lt;p&gt;单击任一数字可查看其背后的人员或意见。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;&lt;p&gt;Choose a report and who it is about, press Preview, then Save as PDF, Print or open it in your PDF viewer. Plans for a whole department or role come as one PDF or as a ZIP with one PDF per person.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;报告&lt;/h2&gt;&lt;p&gt;选择报告及其对象，单击“预览”，然后另存为 PDF、打印，或在 PDF 阅读器中打开。整个部门或岗位的培训计划可合并为一个 PDF，也可打包为每人一个 PDF 的 ZIP 文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your data and backups&lt;/h2&gt;&lt;p&gt;Everything lives in one file (shown in the status bar). Keep it on this computer&apos;s disk rather than in a synced folder. A verified backup is made each day you open it; File → Restore… lists them. Help → Open the data folder shows where the file and its backups are.&lt;/p&gt;&lt;p&gt;Imports write the whole file or, when you choose, exactly its valid rows — never half of it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;数据与备份&lt;/h2&gt;&lt;p&gt;所有数据都保存在一个文件中（路径显示在状态栏）。请将它放在本机磁盘上，而不是同步文件夹中。每天打开文件时都会生成一份经过验证的备份；文件 → 恢复… 可列出这些备份。帮助 → 打开数据文件夹 可查看文件及其备份所在位置。&lt;/p&gt;&lt;p&gt;导入时要么写入整个文件，要么按您的选择只写入有效行——绝不会只写入一半。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training Desk guide</source>
        <translation>Training Desk 指南</translation>
    </message>
    <message>
        <source>Knowledge &amp;map</source>
        <translation>知识图谱(&amp;M)</translation>
    </message>
    <message>
        <source>Courses, their prerequisites and the skills they teach, as a map</source>
        <translation>以图谱显示课程、先修课程及所授技能</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在图谱中显示</translation>
    </message>
    <message>
        <source>This course, what it requires, what requires it and its skills, on the map</source>
        <translation>在图谱中显示此课程、它的先修课程、以它为先修的课程及其技能</translation>
    </message>
    <message>
        <source>Show path on &amp;map</source>
        <translation>在图谱中显示路径(&amp;M)</translation>
    </message>
    <message>
        <source>This person&apos;s open assignments, or their path towards their role, on the map</source>
        <translation>在图谱中显示此人未完成的分配，或其通往岗位要求的学习路径</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>prerequisite → course</source>
        <translation>先修课程 → 课程</translation>
    </message>
    <message>
        <source>course → skill it teaches</source>
        <translation>课程 → 所授技能</translation>
    </message>
    <message>
        <source>course shown</source>
        <translation>当前课程</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已规划</translation>
    </message>
    <message>
        <source>prerequisite not done yet</source>
        <translation>先修课程未完成</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>skill the role needs</source>
        <translation>岗位所需技能</translation>
    </message>
    <message>
        <source>prerequisite loop</source>
        <translation>先修循环</translation>
    </message>
    <message>
        <source>needs {0}</source>
        <translation>需要 {0}</translation>
    </message>
    <message>
        <source>the course shown</source>
        <translation>当前显示的课程</translation>
    </message>
    <message>
        <source>assigned, not finished</source>
        <translation>已分配，未完成</translation>
    </message>
    <message>
        <source>in the planned path</source>
        <translation>在规划的路径中</translation>
    </message>
    <message>
        <source>a prerequisite not done yet</source>
        <translation>尚未完成的先修课程</translation>
    </message>
    <message>
        <source>Skill: {0}</source>
        <translation>技能：{0}</translation>
    </message>
    <message>
        <source>The role needs level {0}</source>
        <translation>岗位要求 {0} 级</translation>
    </message>
    <message>
        <source>Active people holding it: {0:,}</source>
        <translation>掌握此技能的在职人员：{0:,}</translation>
    </message>
    <message>
        <source>Click to open it in the Catalog</source>
        <translation>单击可在课程目录中打开</translation>
    </message>
    <message>
        <source>Open ({0})</source>
        <translation>未完成（{0}）</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} 项逾期</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>没有未完成的分配</translation>
    </message>
    <message>
        <source>Finished or withdrawn ({0})</source>
        <translation>已结束或已退出（{0}）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>Certificates ({0})</source>
        <translation>证书（{0}）</translation>
    </message>
    <message>
        <source>{0} expiring soon</source>
        <translation>{0} 个即将过期</translation>
    </message>
    <message>
        <source>No completed courses yet</source>
        <translation>尚无已完成的课程</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>score {0:.2f}</source>
        <translation>得分 {0:.2f}</translation>
    </message>
    <message>
        <source>Most similar courses ({0})</source>
        <translation>最相似的课程（{0}）</translation>
    </message>
    <message>
        <source>No other active course to compare with.</source>
        <translation>没有其他在用课程可供比较。</translation>
    </message>
    <message>
        <source>Recommended next ({0})</source>
        <translation>推荐下一步学习（{0}）</translation>
    </message>
    <message>
        <source>Build path…</source>
        <translation>规划学习路径…</translation>
    </message>
    <message>
        <source>Nothing to recommend: the catalog is empty or they took every course.</source>
        <translation>无可推荐：课程目录为空，或此人已学过所有课程。</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Assign this course to this person</source>
        <translation>将此课程分配给此人</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Stop recommending this course to this person (can be undone)</source>
        <translation>不再向此人推荐此课程（可撤销）</translation>
    </message>
    <message>
        <source>Marked not interested: {0} · {1}. It is no longer recommended to them.</source>
        <translation>已标记为不感兴趣：{0} · {1}。不会再向此人推荐。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Not interested ({0})</source>
        <translation>不感兴趣（{0}）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Recommend this course to this person again</source>
        <translation>重新向此人推荐此课程</translation>
    </message>
    <message>
        <source>Not interested in {0}</source>
        <translation>对 {0} 不感兴趣</translation>
    </message>
    <message>
        <source>Interested again in {0}</source>
        <translation>重新对 {0} 感兴趣</translation>
    </message>
    <message>
        <source>Choose a report and press Preview.</source>
        <translation>请选择报告，然后单击“预览”。</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Write the report and show its pages (Ctrl+Enter)</source>
        <translation>生成报告并显示其页面（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s PDF viewer</source>
        <translation>在系统的 PDF 阅读器中打开</translation>
    </message>
    <message>
        <source>The choice changed: press Preview to see it.</source>
        <translation>选择已更改：请单击“预览”查看。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在生成报告</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} 页</translation>
    </message>
    <message>
        <source>{0} pages; the preview shows the first {1}</source>
        <translation>共 {0} 页；预览显示前 {1} 页</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Writing one PDF per person</source>
        <translation>正在为每人生成一个 PDF</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>Sent {0} pages to the printer</source>
        <translation>已将 {0} 页发送到打印机</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Due in 60 days</source>
        <translation>60 天内到期</translation>
    </message>
    <message>
        <source>Due in 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expires in 30 days</source>
        <translation>30 天内过期</translation>
    </message>
    <message>
        <source>Expires in 60 days</source>
        <translation>60 天内过期</translation>
    </message>
    <message>
        <source>Expires in 90 days</source>
        <translation>90 天内过期</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Exporting {0} rows to {1}</source>
        <translation>正在将 {0} 行导出到 {1}</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>已将 {0} 行导出到 {1}</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Save this table, as shown, to Excel or CSV</source>
        <translation>将此表格按当前显示保存为 Excel 或 CSV</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Training Desk</source>
        <translation>关于 Training Desk</translation>
    </message>
    <message>
        <source>Training Desk {0}</source>
        <translation>Training Desk {0}</translation>
    </message>
    <message>
        <source>Training records, plans and reports for small companies. Offline.</source>
        <translation>面向中小企业的培训记录、计划和报告工具。完全离线。</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>未打开文件</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>File schema:</source>
        <translation>文件架构：</translation>
    </message>
    <message>
        <source>not stamped</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>Program schema:</source>
        <translation>程序架构：</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>构建组件：</translation>
    </message>
    <message>
        <source>Third-party notices…</source>
        <translation>第三方声明…</translation>
    </message>
</context>
<context>
    <name>AnalyticsSection</name>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Assign a course or a learning path</source>
        <translation>分配课程或学习路径</translation>
    </message>
    <message>
        <source>Checking who this reaches…</source>
        <translation>正在核对涉及哪些人…</translation>
    </message>
</context>
<context>
    <name>AssignmentsSection</name>
    <message>
        <source>Withdraw {0:,} assignments? Their progress so far is kept.</source>
        <translation>撤回 {0:,} 项分配？已有的学习进度会保留。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Withdraw assignments</source>
        <translation>撤回分配</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Assigned by hand</source>
        <translation>手动分配</translation>
    </message>
    <message>
        <source>From a learning path</source>
        <translation>来自学习路径</translation>
    </message>
    <message>
        <source>From a recommendation</source>
        <translation>来自推荐</translation>
    </message>
    <message>
        <source>Assignments &amp; Paths</source>
        <translation>分配与学习路径</translation>
    </message>
    <message>
        <source>Search assignments: person, employee id, course…</source>
        <translation>搜索分配：人员、工号、课程…</translation>
    </message>
    <message>
        <source>{0:,} assignments</source>
        <translation>{0:,} 项分配</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} assignments</source>
        <translation>{0:,} / {1:,} 项分配</translation>
    </message>
    <message>
        <source>Select an assignment to see its dates and progress.</source>
        <translation>选择一项分配以查看其日期和进度。</translation>
    </message>
    <message>
        <source>No assignments yet</source>
        <translation>暂无分配</translation>
    </message>
    <message>
        <source>Assign a course or a whole learning path to a person, a department or a role, with a due date; then track progress and compliance here.</source>
        <translation>将课程或整条学习路径分配给人员、部门或岗位并设置截止日期，然后在这里跟踪进度和合规情况。</translation>
    </message>
    <message>
        <source>Assign a course or a path: Assign… (Ctrl+Shift+N)</source>
        <translation>分配课程或路径：分配…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Build reusable learning paths: Learning paths…</source>
        <translation>建立可重复使用的学习路径：学习路径…</translation>
    </message>
    <message>
        <source>Or right-click a person or a course and choose Assign…</source>
        <translation>或右键单击人员或课程，选择“分配…”</translation>
    </message>
</context>
<context>
    <name>CatalogSection</name>
    <message>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <source>S&amp;how in recommendations</source>
        <translation>恢复推荐(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Hide from recommendations</source>
        <translation>不再推荐(&amp;H)</translation>
    </message>
    <message>
        <source>Let the recommender suggest this course again</source>
        <translation>允许推荐系统再次推荐此课程</translation>
    </message>
    <message>
        <source>Never recommend this course; it stays in the catalog and in paths</source>
        <translation>不再推荐此课程；它仍保留在课程目录和学习路径中</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Offer this course again</source>
        <translation>重新开设此课程</translation>
    </message>
    <message>
        <source>Stop offering this course; its history is kept</source>
        <translation>停止开设此课程；其历史记录会保留</translation>
    </message>
    <message>
        <source>Retire course</source>
        <translation>停用课程</translation>
    </message>
    <message>
        <source>Reactivate course</source>
        <translation>重新启用课程</translation>
    </message>
    <message>
        <source>Hide from recommendations</source>
        <translation>不再推荐</translation>
    </message>
    <message>
        <source>Show in recommendations</source>
        <translation>恢复推荐</translation>
    </message>
    <message>
        <source>Delete {0} · {1}? Its skills, modules and prerequisites go too.</source>
        <translation>删除 {0} · {1}？其技能、模块和先修关系也会一并删除。</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Retire it instead? A retired course keeps its history but is not offered.</source>
        <translation>改为停用？停用的课程保留历史记录，但不再开设。</translation>
    </message>
    <message>
        <source>Course has history</source>
        <translation>课程已有历史记录</translation>
    </message>
    <message>
        <source>Retire instead</source>
        <translation>改为停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>面授</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>混合式</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <source>Search courses: code, title, provider, skill…</source>
        <translation>搜索课程：编号、名称、提供方、技能…</translation>
    </message>
    <message>
        <source>{0:,} courses</source>
        <translation>{0:,} 门课程</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} courses</source>
        <translation>{0:,} / {1:,} 门课程</translation>
    </message>
    <message>
        <source>Select a course to see its description, skills and modules.</source>
        <translation>选择一门课程以查看其描述、技能和模块。</translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation>暂无课程</translation>
    </message>
    <message>
        <source>Your catalog holds internal and purchased courses: price, hours, format, the skills each one teaches and what it requires first.</source>
        <translation>课程目录收录内部课程和外购课程：价格、学时、形式、每门课所授技能及其先修要求。</translation>
    </message>
    <message>
        <source>Add a course: New course… (Ctrl+Shift+N)</source>
        <translation>添加课程：新建课程…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Import a course list from Excel or CSV: File → Import → Courses…</source>
        <translation>从 Excel 或 CSV 导入课程列表：文件 → 导入 → 课程…</translation>
    </message>
    <message>
        <source>Or explore the demo data: File → New…, then Explore with demo data</source>
        <translation>或体验演示数据：文件 → 新建…，然后选择“使用演示数据体验”</translation>
    </message>
    <message>
        <source>Comparing {0} with the catalog…</source>
        <translation>正在将 {0} 与课程目录比较…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, for example an export from HR or a course provider. Nothing is stored until the last step.</source>
        <translation>CSV 或 Excel（.xlsx）文件，例如从人事系统或课程供应商导出的文件。在最后一步之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>code, title, description, provider, price, hours, format …</source>
        <translation>编号、名称、描述、提供方、价格、学时、形式 …</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>employee id, name, email, department, role, manager, hire date …</source>
        <translation>工号、姓名、电子邮件、部门、岗位、经理、入职日期 …</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>one row per role and skill it requires, with the level (1–5)</source>
        <translation>每行一个岗位及其所需的一项技能，附级别（1–5）</translation>
    </message>
    <message>
        <source>Feedback or a survey</source>
        <translation>反馈或问卷</translation>
    </message>
    <message>
        <source>ratings and comments about courses; survey sheets with one column per question and Likert answers (“Yes, absolutely”, “非常满意” …)</source>
        <translation>对课程的评分和意见；或每个问题一列、采用李克特量表答案（“Yes, absolutely”、“非常满意” …）的问卷表</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>No course is mandatory for anyone yet: assign one with Mandatory ticked.</source>
        <translation>目前还没有任何人有必修课程：分配课程时勾选“必修”即可。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Loading compliance</source>
        <translation>正在加载合规情况</translation>
    </message>
    <message>
        <source>{0:,} people × {1:,} mandatory courses</source>
        <translation>{0:,} 人 × {1:,} 门必修课程</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Edit course {0}</source>
        <translation>编辑课程 {0}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Certificate price</source>
        <translation>证书价格</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Training Desk ran into a problem</source>
        <translation>Training Desk 遇到问题</translation>
    </message>
    <message>
        <source>Something went wrong that Training Desk did not expect.</source>
        <translation>Training Desk 遇到了意外错误。</translation>
    </message>
    <message>
        <source>Your data is safe: changes are saved as a whole or not at all. The details below were written to the log file {0}. Please send them with a short note of what you were doing.</source>
        <translation>您的数据是安全的：更改要么完整保存，要么完全不保存。以下详细信息已写入日志文件 {0}。请将其发送给我们，并简要说明您当时在做什么。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Overdue assignments</source>
        <translation>逾期分配</translation>
    </message>
    <message>
        <source>Certificates expiring</source>
        <translation>即将过期的证书</translation>
    </message>
    <message>
        <source>Training hours this year</source>
        <translation>今年培训学时</translation>
    </message>
    <message>
        <source>Spend this year</source>
        <translation>今年支出</translation>
    </message>
    <message>
        <source>Completions, last 12 months</source>
        <translation>近 12 个月完成数</translation>
    </message>
    <message>
        <source>Compliance cliff: next 12 months</source>
        <translation>合规断档：未来 12 个月</translation>
    </message>
    <message>
        <source>Reading the dashboard</source>
        <translation>正在读取仪表板</translation>
    </message>
    <message>
        <source>{0} of {1} assignments due or completed</source>
        <translation>{1} 项应完成的分配中已完成 {0} 项</translation>
    </message>
    <message>
        <source>past their due date, not completed</source>
        <translation>已过截止日期，尚未完成</translation>
    </message>
    <message>
        <source>within 30 / 60 / 90 days</source>
        <translation>30 / 60 / 90 天内</translation>
    </message>
    <message>
        <source>hours on {0} courses completed since 1 January</source>
        <translation>学时，来自今年 1 月 1 日以来完成的 {0} 门课程</translation>
    </message>
    <message>
        <source>of {0} {1} budgeted</source>
        <translation>预算 {0} {1}</translation>
    </message>
    <message>
        <source>completions in 12 months</source>
        <translation>12 个月内完成数</translation>
    </message>
    <message>
        <source>certificates lapse in the next 12 months</source>
        <translation>个证书将在未来 12 个月内失效</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>正在读取列表</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>DbOp</name>
    <message>
        <source>Cancelled: {0}</source>
        <translation>已取消：{0}</translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>年度预算</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Delete the department {0}?</source>
        <translation>删除部门 {0}？</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Training Desk files (*.db);;All files (*)</source>
        <translation>Training Desk 文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, all plans in one file (*.pdf);;ZIP, one PDF per person (*.zip)</source>
        <translation>PDF，所有计划合为一个文件 (*.pdf);;ZIP，每人一个 PDF (*.zip)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>{0}: &apos;{1}&apos; is not an amount</source>
        <translation>{0}：“{1}”不是有效金额</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>导出{0}</translation>
    </message>
    <message>
        <source>Exporting {0}</source>
        <translation>正在导出{0}</translation>
    </message>
    <message>
        <source>Exported {0:,} {1} to {2}</source>
        <translation>已将 {0:,} 条{1}导出到 {2}</translation>
    </message>
</context>
<context>
    <name>ExtendDueDialog</name>
    <message>
        <source>Extend due dates</source>
        <translation>延长截止日期</translation>
    </message>
    <message>
        <source>No assignment is selected.</source>
        <translation>未选择分配。</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Reading feedback and sentiment</source>
        <translation>正在读取反馈和情感</translation>
    </message>
    <message>
        <source>Select a course to see its ratings and comments.</source>
        <translation>选择一门课程以查看其评分和意见。</translation>
    </message>
    <message>
        <source>{0} · Catalog mean {1:.2f}; Bayesian averages weigh it as {2:g} ratings.</source>
        <translation>{0} · 课程目录平均分 {1:.2f}；贝叶斯均分按 {2:g} 条评分计入该平均值。</translation>
    </message>
    <message>
        <source>Reading comments</source>
        <translation>正在读取意见</translation>
    </message>
    <message>
        <source>What sets the negative comments apart: {0}</source>
        <translation>负面意见的主要特点：{0}</translation>
    </message>
    <message>
        <source>No distinctive themes in the negative comments.</source>
        <translation>负面意见中没有明显的主题。</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Show the list behind this figure</source>
        <translation>显示此数字背后的列表</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>A short guide to each part of the window (F1)</source>
        <translation>窗口各部分的简要指南（F1）</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>The folder that holds the open file and its backups</source>
        <translation>存放当前文件及其备份的文件夹</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Courses…</source>
        <translation>课程(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Learners…</source>
        <translation>学员(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>岗位(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Feedback or a survey…</source>
        <translation>反馈或问卷(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation>学员(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>反馈(&amp;F)</translation>
    </message>
    <message>
        <source>Current &amp;table as shown…</source>
        <translation>当前表格（按显示）(&amp;T)…</translation>
    </message>
    <message>
        <source>The table you are looking at, filtered and sorted as shown</source>
        <translation>当前查看的表格，按显示的筛选和排序</translation>
    </message>
    <message>
        <source>There is no table on this page to export.</source>
        <translation>此页面没有可导出的表格。</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Started with an empty file: {0}</source>
        <translation>已从空文件开始：{0}</translation>
    </message>
    <message>
        <source>Creating the demo company</source>
        <translation>正在创建演示公司</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo company ready: {0} people, {1} courses</source>
        <translation>演示公司已就绪：{0} 人，{1} 门课程</translation>
    </message>
    <message>
        <source>Opening file</source>
        <translation>正在打开文件</translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation>无法打开 {0}</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Choose another Training Desk file</source>
        <translation>请选择其他 Training Desk 文件</translation>
    </message>
    <message>
        <source>Open a Training Desk file</source>
        <translation>打开 Training Desk 文件</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>{0} no longer exists; it was removed from the list.</source>
        <translation>{0} 已不存在，已从列表中移除。</translation>
    </message>
    <message>
        <source>Create a new Training Desk file</source>
        <translation>新建 Training Desk 文件</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>{0} already exists. Choose a new name, or use File → Open.</source>
        <translation>{0} 已存在。请换一个名称，或使用“文件 → 打开”。</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>备份已写入 {0}</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>正在读取备份</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Restored from {0}. The file as it was is backed up at {1}.</source>
        <translation>已从 {0} 恢复。恢复前的文件已备份到 {1}。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>编辑设置</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Training Desk</source>
        <translation>欢迎使用 Training Desk</translation>
    </message>
    <message>
        <source>Courses, people and progress in one file on this computer. How would you like to begin?</source>
        <translation>课程、人员和学习进度都保存在本机的一个文件中。您想如何开始？</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>使用演示数据体验</translation>
    </message>
    <message>
        <source>A made-up company with 120 people and 80 courses, to try everything before adding your own.</source>
        <translation>一家虚构的公司，有 120 名员工和 80 门课程，可在添加自己的数据前试用所有功能。</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空文件开始</translation>
    </message>
    <message>
        <source>Begin with an empty file and add or import your own courses and people.</source>
        <translation>从一个空文件开始，添加或导入您自己的课程和人员。</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>打开已有文件…</translation>
    </message>
    <message>
        <source>Choose a Training Desk file you already have.</source>
        <translation>选择您已有的 Training Desk 文件。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无更改记录。</translation>
    </message>
    <message>
        <source>{0:,} older entries are not shown.</source>
        <translation>另有 {0:,} 条较早的记录未显示。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>added {0:,}, updated {1:,}, unchanged {2:,}, refused {3:,}</source>
        <translation>新增 {0:,}，更新 {1:,}，未变 {2:,}，拒绝 {3:,}</translation>
    </message>
</context>
<context>
    <name>KnowledgeMapWindow</name>
    <message>
        <source>Knowledge map</source>
        <translation>知识图谱</translation>
    </message>
    <message>
        <source>Wheel or Ctrl+/Ctrl− to zoom, drag to move, Ctrl+0 to fit. Click a course to open it in the Catalog, a skill to see who holds it.</source>
        <translation>滚轮或 Ctrl+/Ctrl− 缩放，拖动可移动，Ctrl+0 适应窗口。单击课程可在课程目录中打开，单击技能可查看谁掌握它。</translation>
    </message>
    <message>
        <source>Whole catalog</source>
        <translation>整个课程目录</translation>
    </message>
    <message>
        <source>A role&apos;s skills and courses</source>
        <translation>岗位的技能与课程</translation>
    </message>
    <message>
        <source>A person&apos;s path</source>
        <translation>人员的学习路径</translation>
    </message>
    <message>
        <source>A course&apos;s neighbourhood</source>
        <translation>课程的关联范围</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>How many links away from the course to show</source>
        <translation>显示距该课程几层以内的关联</translation>
    </message>
    <message>
        <source>up to {0:,} nodes</source>
        <translation>最多 {0:,} 个节点</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Export PNG or SVG…</source>
        <translation>导出 PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Role name or code</source>
        <translation>岗位名称或代码</translation>
    </message>
    <message>
        <source>Employee ID, email or name</source>
        <translation>工号、电子邮件或姓名</translation>
    </message>
    <message>
        <source>Course code or title</source>
        <translation>课程编号或名称</translation>
    </message>
    <message>
        <source>Choose what to show first.</source>
        <translation>请先选择要显示的内容。</translation>
    </message>
    <message>
        <source>Laying out the map…</source>
        <translation>正在布局图谱…</translation>
    </message>
    <message>
        <source>Knowledge map — {0}</source>
        <translation>知识图谱 — {0}</translation>
    </message>
    <message>
        <source>Export the knowledge map</source>
        <translation>导出知识图谱</translation>
    </message>
    <message>
        <source>Knowledge map exported to {0}</source>
        <translation>知识图谱已导出到 {0}</translation>
    </message>
    <message>
        <source>{0} could not be written. Choose a folder you can write to.</source>
        <translation>无法写入 {0}。请选择有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>LikertEditor</name>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>添加答案</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>LikertPage</name>
    <message>
        <source>Course and answers</source>
        <translation>课程与答案</translation>
    </message>
    <message>
        <source>Which course the feedback is about, the survey&apos;s questions, and the rating each answer stands for. Edit the table to rate answers it does not know.</source>
        <translation>反馈针对的课程、问卷的问题，以及每个答案对应的评分。表中没有的答案可在表格中补充评分。</translation>
    </message>
    <message>
        <source>course code, e.g. FSML-2025</source>
        <translation>课程编号，例如 FSML-2025</translation>
    </message>
    <message>
        <source>Add them to the table</source>
        <translation>添加到表格</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Likert answers → ratings</source>
        <translation>李克特答案 → 评分</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>(the file&apos;s question column, if any)</source>
        <translation>（文件中的问题列，如有）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rating column</source>
        <translation>评分列</translation>
    </message>
    <message>
        <source>Comment column</source>
        <translation>意见列</translation>
    </message>
    <message>
        <source>Answers the table does not know (rows with them are refused): {0}</source>
        <translation>表中没有的答案（含这些答案的行将被拒绝）：{0}</translation>
    </message>
    <message>
        <source>Every answer in the rating columns has a rating.</source>
        <translation>评分列中的每个答案都有对应评分。</translation>
    </message>
    <message>
        <source>Every row is about this course.</source>
        <translation>每一行都针对此课程。</translation>
    </message>
    <message>
        <source>Each row&apos;s course comes from the file&apos;s course column.</source>
        <translation>每行的课程取自文件中的课程列。</translation>
    </message>
    <message>
        <source>The file has no course column: enter the course it is about.</source>
        <translation>文件中没有课程列：请输入反馈针对的课程。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Training Desk</source>
        <translation>Training Desk</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>撤销 {0}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做 {0}(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing to search here yet</source>
        <translation>此处暂无可搜索的内容</translation>
    </message>
    <message>
        <source>Last action: {0}</source>
        <translation>上一步操作：{0}</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>Opening file</source>
        <translation>正在打开文件</translation>
    </message>
    <message>
        <source>{0} — Training Desk</source>
        <translation>{0} — Training Desk</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Columns were matched by their names. Check each field, and choose a column for those that were not recognised. Fields marked * are required.</source>
        <translation>已按列名自动匹配。请检查每个字段，并为未识别的字段选择列。标有 * 的字段为必填项。</translation>
    </message>
    <message>
        <source>e.g. %d/%m/%Y — empty: detect</source>
        <translation>例如 %d/%m/%Y — 留空则自动识别</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>日期格式：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>A survey sheet: {0} questions, each with its rating and/or comment column. The next page lists them and the Likert answers.</source>
        <translation>这是一份问卷表：{0} 个问题，每个问题有评分列和/或意见列。下一页会列出这些问题及李克特答案。</translation>
    </message>
    <message>
        <source>Not imported: {0}</source>
        <translation>不导入：{0}</translation>
    </message>
</context>
<context>
    <name>ModuleTable</name>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>&amp;Add module</source>
        <translation>添加模块(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Module {0}: hours &apos;{1}&apos; is not a number</source>
        <translation>模块 {0}：学时“{1}”不是数字</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <source>Training Desk is built with the components below, each under its own licence. Qt is used under the LGPL-3 as separate shared libraries that you may replace; the notice for Qt says how.</source>
        <translation>Training Desk 使用了以下组件，各组件分别遵循其自身的许可证。Qt 依据 LGPL-3 以独立共享库的形式使用，您可以替换这些库；具体方法见 Qt 的声明。</translation>
    </message>
</context>
<context>
    <name>PathBuilderDialog</name>
    <message>
        <source>Build a learning path for {0}</source>
        <translation>为 {0} 规划学习路径</translation>
    </message>
    <message>
        <source>(the skills below)</source>
        <translation>（下方的技能）</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>目标岗位</translation>
    </message>
    <message>
        <source>or skills with levels, e.g. SQL=3, Excel=2</source>
        <translation>或技能及级别，例如 SQL=3, Excel=2</translation>
    </message>
    <message>
        <source>Target skills</source>
        <translation>目标技能</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>每周学时</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Build plan</source>
        <translation>生成计划</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Swap…</source>
        <translation>替换(&amp;S)…</translation>
    </message>
    <message>
        <source>Replace this course with one that closes the same gaps</source>
        <translation>换成一门能弥补相同差距的课程</translation>
    </message>
    <message>
        <source>&amp;Assign path</source>
        <translation>分配路径(&amp;A)</translation>
    </message>
    <message>
        <source>Assign learning path</source>
        <translation>分配学习路径</translation>
    </message>
    <message>
        <source>Assigned {0} courses.</source>
        <translation>已分配 {0} 门课程。</translation>
    </message>
    <message>
        <source>{0} skipped: already assigned or completed.</source>
        <translation>跳过 {0} 门：已分配或已完成。</translation>
    </message>
    <message>
        <source>Choose a target and press Build plan.</source>
        <translation>请选择目标，然后单击“生成计划”。</translation>
    </message>
    <message>
        <source>{0} courses towards {1}: {2:g} hours, cost {3:,.2f}</source>
        <translation>达成 {1} 需 {0} 门课程：{2:g} 学时，费用 {3:,.2f}</translation>
    </message>
    <message>
        <source>last due {0}</source>
        <translation>最晚截止 {0}</translation>
    </message>
    <message>
        <source>{0:,.2f} over budget</source>
        <translation>超出预算 {0:,.2f}</translation>
    </message>
    <message>
        <source>{0:,.2f} of the budget left</source>
        <translation>预算剩余 {0:,.2f}</translation>
    </message>
    <message>
        <source>Gaps left open:</source>
        <translation>仍未弥补的差距：</translation>
    </message>
    <message>
        <source>The plan closes every gap.</source>
        <translation>本计划弥补了全部差距。</translation>
    </message>
    <message>
        <source>No other course closes the gaps {0} closes.</source>
        <translation>没有其他课程能弥补 {0} 所弥补的差距。</translation>
    </message>
    <message>
        <source>Swapped {0} for {1}; added its prerequisites first: {2}.</source>
        <translation>已将 {0} 替换为 {1}；并先加入其先修课程：{2}。</translation>
    </message>
    <message>
        <source>Swapped {0} for {1}.</source>
        <translation>已将 {0} 替换为 {1}。</translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <source>Edit learning path</source>
        <translation>编辑学习路径</translation>
    </message>
    <message>
        <source>New learning path</source>
        <translation>新建学习路径</translation>
    </message>
    <message>
        <source>Add at least one course</source>
        <translation>请至少添加一门课程</translation>
    </message>
</context>
<context>
    <name>PathsDialog</name>
    <message>
        <source>Delete the learning path {0}? Assignments made from it stay.</source>
        <translation>删除学习路径 {0}？由它创建的分配会保留。</translation>
    </message>
    <message>
        <source>Delete learning path</source>
        <translation>删除学习路径</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>&amp;Deactivate</source>
        <translation>设为离职(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Mark as left the company; their history is kept</source>
        <translation>标记为已离职；其历史记录会保留</translation>
    </message>
    <message>
        <source>Mark as working here again</source>
        <translation>标记为重新在职</translation>
    </message>
    <message>
        <source>Finding courses for {0}…</source>
        <translation>正在为 {0} 查找课程…</translation>
    </message>
    <message>
        <source>No recommendations: {0}</source>
        <translation>无推荐：{0}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Deactivate person</source>
        <translation>设为离职</translation>
    </message>
    <message>
        <source>Reactivate person</source>
        <translation>恢复在职</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Search people: name, ID, email, role…</source>
        <translation>搜索人员：姓名、工号、电子邮件、岗位…</translation>
    </message>
    <message>
        <source>{0:,} people</source>
        <translation>{0:,} 人</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} people</source>
        <translation>{0:,} / {1:,} 人</translation>
    </message>
    <message>
        <source>Select a person to see their role, manager and skills.</source>
        <translation>选择一个人以查看其岗位、经理和技能。</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>暂无人员</translation>
    </message>
    <message>
        <source>People are your employees: department, role, manager and hire date, and the skills each one holds against what their role needs.</source>
        <translation>人员即您的员工：部门、岗位、经理和入职日期，以及每个人已掌握的技能与岗位要求的对比。</translation>
    </message>
    <message>
        <source>Add a person: New person… (Ctrl+Shift+N)</source>
        <translation>添加人员：新建人员…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Import a staff list from Excel or CSV: File → Import → Learners…</source>
        <translation>从 Excel 或 CSV 导入员工名单：文件 → 导入 → 学员…</translation>
    </message>
    <message>
        <source>Or explore the demo data: File → New…, then Explore with demo data</source>
        <translation>或体验演示数据：文件 → 新建…，然后选择“使用演示数据体验”</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PrerequisitePicker</name>
    <message>
        <source>Search courses by code or title…</source>
        <translation>按编号或名称搜索课程…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they will be stored.</source>
        <translation>前几行将按如下方式保存。</translation>
    </message>
    <message>
        <source>Checking {0:,} rows…</source>
        <translation>正在检查 {0:,} 行…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <source>{0} rows as they will be stored. The whole file: {1}.</source>
        <translation>以下 {0} 行将按此方式保存。整个文件：{1}。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <source>Row {0}, {1}: {2}</source>
        <translation>第 {0} 行，{1}：{2}</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Edit progress</source>
        <translation>编辑进度</translation>
    </message>
    <message>
        <source>Progress: {0} · {1}</source>
        <translation>进度：{0} · {1}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Re-assign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Re-assign to…</source>
        <translation>改派给…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>{0:,} assignments selected.</source>
        <translation>已选择 {0:,} 项分配。</translation>
    </message>
    <message>
        <source>Choose the person to re-assign to.</source>
        <translation>请选择要改派给的人员。</translation>
    </message>
</context>
<context>
    <name>RecommendationWeightsTab</name>
    <message>
        <source>How recommendations are ranked. Each course gets four scores for the person; these weights say how much each counts. Only their proportions matter: the share each one gets is shown on the right.</source>
        <translation>推荐的排序方式。每门课程针对某人有四项得分；这些权重决定每项得分的分量。只有比例才有意义：每项所占份额显示在右侧。</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Like what they took</source>
        <translation>与学过的课程相似</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>One person</source>
        <translation>单个人员</translation>
    </message>
    <message>
        <source>Everyone in a department</source>
        <translation>某部门的所有人</translation>
    </message>
    <message>
        <source>Everyone in a role</source>
        <translation>某岗位的所有人</translation>
    </message>
    <message>
        <source>A batch prints one plan per person, each from page 1</source>
        <translation>批量生成时每人一份计划，各自从第 1 页开始</translation>
    </message>
    <message>
        <source>Type a name or an employee ID</source>
        <translation>输入姓名或工号</translation>
    </message>
    <message>
        <source>Statuses, overdue and expiry are computed as of this day</source>
        <translation>状态、逾期和到期均按此日期计算</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>A person&apos;s plan: skills against the role, the courses in order with dates, hours, cost and reasons, open gaps and signature lines. Or one per person for a department or a role.</source>
        <translation>个人计划：技能与岗位要求对比、按顺序排列的课程及其日期、学时、费用和理由、未弥补的差距以及签字栏。也可为部门或岗位的每个人各生成一份。</translation>
    </message>
    <message>
        <source>Department report</source>
        <translation>部门报告</translation>
    </message>
    <message>
        <source>Completion, overdue, expiring certificates, hours, spend against budget and segment mix for one department, with the lists behind them.</source>
        <translation>单个部门的完成情况、逾期、即将过期的证书、学时、支出与预算对比以及学员分群构成，并附相应明细。</translation>
    </message>
    <message>
        <source>Course quality report</source>
        <translation>课程质量报告</translation>
    </message>
    <message>
        <source>Ratings, sentiment, themes of complaints, completion and the weak courses with their evidence.</source>
        <translation>评分、情感、投诉主题、完成情况，以及待改进课程及其依据。</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>合规报告</translation>
    </message>
    <message>
        <source>People against mandatory courses, with status and expiry dates (landscape).</source>
        <translation>人员与必修课程对照，含状态和到期日期（横向）。</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>学习档案</translation>
    </message>
    <message>
        <source>One person&apos;s full training history, for appraisals and audits.</source>
        <translation>个人的完整培训历史，用于考核和审计。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Plans for</source>
        <translation>计划对象</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The file as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>请选择要恢复到的备份。当前文件会先备份，因此恢复操作本身也可以撤销。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Progress events</source>
        <translation>学习记录</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>There are no backups of this file yet. Use File → Backup now.</source>
        <translation>此文件尚无备份。请使用“文件 → 立即备份”。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Daily, on opening</source>
        <translation>每日打开时</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before demo data</source>
        <translation>写入演示数据前</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>At-risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Scoring open assignments</source>
        <translation>正在评估未完成的分配</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>{0} of {1} open assignments</source>
        <translation>{0} / {1} 项未完成的分配</translation>
    </message>
    <message>
        <source> ({0} already overdue not shown)</source>
        <translation>（另有 {0} 项已逾期，未显示）</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Edit role</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新建岗位</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Delete the role {0}?</source>
        <translation>删除岗位 {0}？</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>删除岗位</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>导入{0}</translation>
    </message>
    <message>
        <source>Importing {0:,} rows…</source>
        <translation>正在导入 {0:,} 行…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation>导入失败，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>Segments</source>
        <translation>学员分群</translation>
    </message>
    <message>
        <source>Finding segments</source>
        <translation>正在寻找分群</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>分群数：</translation>
    </message>
    <message>
        <source>Auto (best silhouette)</source>
        <translation>自动（最佳轮廓系数）</translation>
    </message>
    <message>
        <source>Refit</source>
        <translation>重新分群</translation>
    </message>
    <message>
        <source>Cluster the learners again with this number</source>
        <translation>按此数量重新对学员分群</translation>
    </message>
    <message>
        <source>Point at a dot to see who it is; click it to select them.</source>
        <translation>指向圆点可查看是谁；单击可选中此人。</translation>
    </message>
    <message>
        <source>chosen by silhouette</source>
        <translation>按轮廓系数选择</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>{0} segments ({1}; silhouette {2:.2f}) among {3} people</source>
        <translation>{3} 人分为 {0} 个分群（{1}；轮廓系数 {2:.2f}）</translation>
    </message>
    <message>
        <source>; {0} left out (they left, or have no assignments)</source>
        <translation>；另有 {0} 人未计入（已离职或没有分配）</translation>
    </message>
    <message>
        <source>Select a segment to list its people.</source>
        <translation>选择一个分群以列出其人员。</translation>
    </message>
    <message>
        <source>{0}: {1} people</source>
        <translation>{0}：{1} 人</translation>
    </message>
    <message>
        <source>What sets them apart: {0}</source>
        <translation>主要特点：{0}</translation>
    </message>
    <message>
        <source>Suggested action: {0}</source>
        <translation>建议措施：{0}</translation>
    </message>
    <message>
        <source>{0} people in “{1}” — double-click one to open them</source>
        <translation>“{1}”中有 {0} 人——双击可打开</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>无部门</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Logo (printed on reports):</source>
        <translation>徽标（打印在报告上）：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language shows after a restart.</source>
        <translation>重新启动后显示新语言。</translation>
    </message>
    <message>
        <source>Paper size for reports:</source>
        <translation>报告纸张大小：</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>本位币：</translation>
    </message>
    <message>
        <source>Exchange rates: how much one unit of each currency is worth in the base currency. Totals, budgets and plans are shown in the base currency.</source>
        <translation>汇率：每种货币一个单位折合多少本位币。合计、预算和计划都以本位币显示。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>删除汇率</translation>
    </message>
    <message>
        <source>Back up the file once a day when opening it</source>
        <translation>每天打开文件时备份一次</translation>
    </message>
    <message>
        <source>How many backups to keep:</source>
        <translation>保留多少份备份：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>One a day for the last</source>
        <translation>每天一份，保留最近</translation>
    </message>
    <message>
        <source>One a week for the last</source>
        <translation>每周一份，保留最近</translation>
    </message>
    <message>
        <source>One a month for the last</source>
        <translation>每月一份，保留最近</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>{0} is not an image that can be read. Choose a PNG or JPEG file.</source>
        <translation>{0} 不是可读取的图片。请选择 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <source>exchange rate row {0}: write a number such as 1.08</source>
        <translation>汇率第 {0} 行：请填写数字，例如 1.08</translation>
    </message>
</context>
<context>
    <name>SkillLevelTable</name>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation>添加技能(&amp;A)</translation>
    </message>
    <message>
        <source>Pick a skill from the list or type a new name.</source>
        <translation>从列表中选择技能，或输入新名称。</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Level {0} (none) to {1} (expert)</source>
        <translation>级别 {0}（无）到 {1}（专家）</translation>
    </message>
    <message>
        <source>Skills row {0}: choose or type a skill</source>
        <translation>技能第 {0} 行：请选择或输入技能</translation>
    </message>
</context>
<context>
    <name>SkillsMatrixModel</name>
    <message>
        <source>Single-holder risk: at most one person in a department holds it</source>
        <translation>单人持有风险：部门内至多一人掌握此技能</translation>
    </message>
</context>
<context>
    <name>SkillsMatrixSection</name>
    <message>
        <source>Skills Matrix</source>
        <translation>技能矩阵</translation>
    </message>
    <message>
        <source>Search people by name</source>
        <translation>按姓名搜索人员</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>The people shown, with the same colours, as .xlsx</source>
        <translation>将当前显示的人员按相同颜色导出为 .xlsx</translation>
    </message>
    <message>
        <source>Reading the skills matrix</source>
        <translation>正在读取技能矩阵</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Export the skills matrix</source>
        <translation>导出技能矩阵</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the skills matrix</source>
        <translation>正在导出技能矩阵</translation>
    </message>
    <message>
        <source>Exported {0} people to {1}</source>
        <translation>已将 {0} 人导出到 {1}</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <source> … and {0} more</source>
        <translation> … 另有 {0} 项</translation>
    </message>
    <message>
        <source>Single-holder risks: {0}</source>
        <translation>单人持有风险：{0}</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Sheet and encoding</source>
        <translation>工作表与编码</translation>
    </message>
    <message>
        <source>Check that the first rows read correctly. If the text looks garbled, choose another encoding.</source>
        <translation>请检查前几行是否读取正确。如果出现乱码，请选择其他编码。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Reading file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Read as {0}</source>
        <translation>按 {0} 读取</translation>
    </message>
    <message>
        <source>Check that this is the sheet that holds the table.</source>
        <translation>请确认这是包含该表格的工作表。</translation>
    </message>
    <message>
        <source>{0:,} rows and {1} columns. The first rows:</source>
        <translation>{0:,} 行，{1} 列。前几行：</translation>
    </message>
    <message>
        <source>Choose another sheet above.</source>
        <translation>请在上方选择其他工作表。</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding above, or go back and choose another file.</source>
        <translation>请在上方选择文件编码，或返回选择其他文件。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>未打开文件</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>spread</source>
        <translation>均摊</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days after the start; &quot;spread&quot; shares the time up to the due date.</source>
        <translation>开始后的天数；“均摊”表示在截止日期前平均安排。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>{0} from {1}: {2}.</source>
        <translation>{1} 中的{0}：{2}。</translation>
    </message>
    <message>
        <source>Nothing was written: fix these rows and import the file again.</source>
        <translation>未写入任何内容：请修正这些行后重新导入文件。</translation>
    </message>
    <message>
        <source>These rows were left out; fix them and import the file again.</source>
        <translation>这些行未导入；请修正后重新导入文件。</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Swap {0}</source>
        <translation>替换 {0}</translation>
    </message>
    <message>
        <source>Courses that close the same gaps as {0} · {1} ({2:g} h, {3:,.2f}), cheapest and shortest first. Prerequisites they need are added before them.</source>
        <translation>能弥补与 {0} · {1}（{2:g} 小时，{3:,.2f}）相同差距的课程，最便宜、最短的排在前面。所需的先修课程会加在它们之前。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Raises</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Adds first</source>
        <translation>需先加入</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>替换(&amp;S)</translation>
    </message>
    <message>
        <source>(partly)</source>
        <translation>（部分）</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Loading {0}</source>
        <translation>正在加载{0}</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>Undo: {0}</source>
        <translation>撤销：{0}</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>重做：{0}</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>Validation report</source>
        <translation>校验报告</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>只导入有效行</translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again, or import only the valid rows and fix the others later.</source>
        <translation>请在文件中修正这些行后重新导入，或只导入有效行，其余的以后再修正。</translation>
    </message>
    <message>
        <source>{0:,} problems in {1:,} rows. Importing would give: {2}.</source>
        <translation>{1:,} 行中有 {0:,} 个问题。导入结果将为：{2}。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Importing will give: {0}.</source>
        <translation>导入结果将为：{0}。</translation>
    </message>
    <message>
        <source>Import only the valid rows (leave out {0:,})</source>
        <translation>只导入有效行（略过 {0:,} 行）</translation>
    </message>
</context>
<context>
    <name>WeakCoursesTab</name>
    <message>
        <source>Weak courses</source>
        <translation>待改进课程</translation>
    </message>
    <message>
        <source>Looking for weak courses</source>
        <translation>正在查找待改进课程</translation>
    </message>
    <message>
        <source>Select a course to see the evidence and what lies behind it.</source>
        <translation>选择一门课程以查看依据及其背后的原因。</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Learners who did not finish</source>
        <translation>未完成的学员</translation>
    </message>
    <message>
        <source>{0} courses need attention, most first. Flagged, relative to the catalog: {1}.</source>
        <translation>{0} 门课程需要关注，问题最多的排在前面。相对于课程目录整体的标记依据：{1}。</translation>
    </message>
    <message>
        <source>Reading what lies behind</source>
        <translation>正在读取背后的原因</translation>
    </message>
    <message>
        <source>• Learners drop off at module {0}: {1}</source>
        <translation>• 学员在第 {0} 个模块流失：{1}</translation>
    </message>
    <message>
        <source>• Themes of the negative comments: {0}</source>
        <translation>• 负面意见的主题：{0}</translation>
    </message>
    <message>
        <source>Suggested fix: {0}</source>
        <translation>建议改进：{0}</translation>
    </message>
    <message>
        <source>{0} learners did not finish {1} ({2} overdue) — double-click to open</source>
        <translation>{0} 名学员未完成 {1}（{2} 名逾期）——双击可打开</translation>
    </message>
</context>
</TS>
