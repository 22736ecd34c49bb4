"""A small thesaurus of the topics corporate training keeps returning to, in English and Chinese.

Course texts in one topic often share no word: "急救与心肺复苏" and "叉车安全操作" are both
workplace safety, "恶意软件防护" and "钓鱼邮件识别" both information security, while the
shared word 安全 joins the two topics. A TF-IDF model cannot know that from a few dozen
courses; this list says it. Each matched term adds the topic's concept token to the course's
word view (so the usual inverse document frequency still discounts a topic every course has),
and the reasons can name the topic ("both about workplace safety").

The groups are the usual headings of corporate training catalogs, not any one catalog's
topics. Terms are matched as whole words (Latin) or as substrings (Chinese, two characters
or more); deliberately ambiguous words (安全 "safety/security", 数据 "data", "management")
are in no group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

CONCEPT_PREFIX = "§"


@dataclass(frozen=True)
class Concept:
    key: str
    english: str
    chinese: str
    terms: tuple[str, ...]


def _concept(key: str, english: str, chinese: str, terms: str) -> Concept:
    return Concept(key, english, chinese, tuple(t.strip() for t in terms.split(",") if t.strip()))


CONCEPTS: tuple[Concept, ...] = (
    _concept(
        "infosec",
        "information security",
        "信息安全",
        "cybersecurity, cyber security, information security, infosec, malware, ransomware, "
        "phishing, virus, antivirus, password, passwords, encryption, firewall, hacker, "
        "vulnerability, data breach, privacy, gdpr, social engineering, two-factor, "
        "信息安全, 网络安全, 数据安全, 恶意软件, 勒索, 病毒, 木马, 钓鱼, 密码, 口令, 加密, 防火墙, "
        "黑客, 漏洞, 隐私, 泄露, 泄密, 个人信息, 账号安全, 网络攻击, 社会工程, 移动设备安全",
    ),
    _concept(
        "ehs",
        "workplace health and safety",
        "安全生产与职业健康",
        "first aid, cpr, fire safety, fire drill, forklift, hazard, hazardous, ppe, osha, "
        "accident, injury, injuries, chemical safety, working at height, ergonomics, "
        "lockout, evacuation, occupational health, "
        "安全生产, 急救, 心肺复苏, 消防, 火灾, 灭火, 逃生, 疏散, 防护用品, 劳动防护, 职业病, "
        "职业健康, 化学品, 危化品, 叉车, 高处作业, 事故, 隐患, 危险源, 工伤, 车间, "
        "作业安全, 安全帽",
    ),
    _concept(
        "leadership",
        "leadership and management",
        "领导力与管理",
        "leadership, leader, leaders, manager, managers, coaching, mentoring, delegation, "
        "delegate, motivation, motivate, performance review, one-on-one, team building, "
        "people management, "
        "领导力, 领导者, 管理者, 经理, 主管, 带领团队, 团队管理, 激励, 绩效, 辅导, 教练, 授权, "
        "团队建设, 下属, 管理风格, 新任经理",
    ),
    _concept(
        "data",
        "data analysis",
        "数据分析",
        "data analysis, data analytics, analytics, excel, spreadsheet, sql, pivot, "
        "dashboard, visualization, visualisation, statistics, statistical, regression, "
        "tableau, power bi, python, pandas, data cleaning, reporting, "
        "数据分析, 数据透视, 透视表, 报表, 图表, 可视化, 统计, 回归, 数据清洗, 函数, 查询, 数据库, "
        "商业智能",
    ),
    _concept(
        "communication",
        "communication",
        "沟通表达",
        "communication, communicate, presentation, presentations, public speaking, "
        "writing, business writing, negotiation, listening, storytelling, email etiquette, "
        "沟通, 表达, 演讲, 汇报, 写作, 公文, 谈判, 倾听, 说服, 演示",
    ),
    _concept(
        "service",
        "customer service",
        "客户服务",
        "customer service, customer experience, customers, complaint, complaints, "
        "call centre, call center, client, clients, "
        "客户服务, 客服, 客户体验, 投诉, 顾客, 客户满意, 服务礼仪, 电话服务",
    ),
    _concept(
        "sales",
        "sales",
        "销售",
        "sales, selling, prospecting, pipeline, crm, account management, closing, "
        "销售, 推销, 商机, 成交, 大客户, 渠道, 客户开发",
    ),
    _concept(
        "finance",
        "finance and accounting",
        "财务会计",
        "finance, financial, accounting, budget, budgeting, cost, costs, invoice, "
        "bookkeeping, tax, audit, cash flow, forecasting, "
        "财务, 会计, 预算, 成本, 报销, 发票, 税务, 审计, 现金流, 财报, 核算",
    ),
    _concept(
        "projects",
        "project management",
        "项目管理",
        "project management, project, projects, agile, scrum, kanban, pmp, milestone, "
        "stakeholder, stakeholders, gantt, "
        "项目管理, 项目, 敏捷, 里程碑, 干系人, 甘特图, 进度管理",
    ),
    _concept(
        "compliance",
        "compliance and ethics",
        "合规与职业道德",
        "compliance, anti-bribery, bribery, corruption, anti-corruption, ethics, "
        "code of conduct, harassment, anti-harassment, money laundering, regulation, "
        "regulations, conflict of interest, "
        "合规, 反腐败, 反贿赂, 贿赂, 廉洁, 职业道德, 行为准则, 骚扰, 反洗钱, 法规, 利益冲突, 内控",
    ),
    _concept(
        "people_ops",
        "recruiting and HR",
        "招聘与人力资源",
        "recruiting, recruitment, hiring, interview, interviewing, onboarding, "
        "compensation, payroll, employee relations, "
        "招聘, 面试, 入职, 薪酬, 人力资源, 员工关系, 劳动合同",
    ),
    _concept(
        "quality",
        "quality and operations",
        "质量与运营",
        "quality, lean, six sigma, kaizen, iso 9001, process improvement, root cause, "
        "质量, 精益, 六西格玛, 持续改进, 根因, 品质, 质检",
    ),
    _concept(
        "software",
        "software development",
        "软件开发",
        "programming, software, developer, coding, code, testing, devops, git, java, "
        "javascript, api, debugging, "
        "编程, 软件, 开发, 代码, 程序, 测试, 调试, 运维",
    ),
    _concept(
        "marketing",
        "marketing",
        "市场营销",
        "marketing, brand, branding, advertising, social media, seo, campaign, "
        "营销, 市场推广, 品牌, 广告, 社交媒体, 新媒体, 推广",
    ),
    _concept(
        "productivity",
        "personal productivity",
        "个人效率",
        "time management, productivity, prioritisation, prioritization, focus, "
        "time-management, getting things done, "
        "时间管理, 效率, 优先级, 专注, 拖延",
    ),
    _concept(
        "wellbeing",
        "wellbeing",
        "身心健康",
        "wellbeing, well-being, stress, mental health, resilience, mindfulness, burnout, "
        "压力, 心理健康, 情绪管理, 正念, 倦怠, 身心",
    ),
    _concept(
        "ai",
        "AI and machine learning",
        "人工智能与机器学习",
        "machine learning, artificial intelligence, deep learning, neural network, "
        "neural networks, ai, generative ai, chatgpt, llm, "
        "人工智能, 机器学习, 深度学习, 神经网络, 大模型, 生成式",
    ),
    _concept(
        "diversity",
        "diversity and inclusion",
        "多元与包容",
        "diversity, inclusion, inclusive, unconscious bias, equity, 多元, 包容, 无意识偏见, 平等",
    ),
)

_CJK_TERM = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class _Matcher:
    latin: re.Pattern[str]
    latin_owner: dict[str, str]
    chinese: tuple[tuple[str, str], ...]


@cache
def _matcher() -> _Matcher:
    latin_owner: dict[str, str] = {}
    chinese: list[tuple[str, str]] = []  # longest first: see _chinese_keys
    for concept in CONCEPTS:
        for term in concept.terms:
            if _CJK_TERM.search(term):
                chinese.append((term, concept.key))
            else:
                latin_owner.setdefault(term.lower(), concept.key)
    # Longest first, so "data breach" wins over a shorter term inside it.
    alternatives = sorted(latin_owner, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, alternatives)) + r")(?![\w-])")
    chinese.sort(key=lambda pair: len(pair[0]), reverse=True)
    return _Matcher(pattern, latin_owner, tuple(chinese))


def _chinese_keys(text: str, terms: tuple[tuple[str, str], ...]) -> list[str]:
    """Concept keys of the Chinese terms in ``text``, longest match first, no overlaps.

    So 恶意软件 counts as information security once, not also as software (软件).
    """
    taken = [False] * len(text)
    found: list[str] = []
    for term, key in terms:
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not any(taken[start:end]):
                taken[start:end] = [True] * len(term)
                found.append(key)
            start = text.find(term, start + 1)
    return found


def concept_keys(text: str) -> list[str]:
    """The concept key of every thesaurus term found in ``text`` (repeats kept)."""
    matcher = _matcher()
    lowered = text.lower()
    found = [matcher.latin_owner[m] for m in matcher.latin.findall(lowered)]
    found.extend(_chinese_keys(text, matcher.chinese))
    return found


def concept_tokens(text: str) -> list[str]:
    """Concept tokens for the word view: ``§infosec`` once per matched term."""
    return [CONCEPT_PREFIX + key for key in concept_keys(text)]


def concept_named(token: str, language: str) -> str | None:
    """The topic's name for a concept token, or None when ``token`` is a plain word."""
    if not token.startswith(CONCEPT_PREFIX):
        return None
    key = token[len(CONCEPT_PREFIX) :]
    for concept in CONCEPTS:
        if concept.key == key:
            return concept.chinese if language == "zh_CN" else concept.english
    return None
