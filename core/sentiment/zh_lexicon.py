"""The Chinese lexicon of course feedback: valences (VADER's scale, -4 … 4), negators,
degree adverbs and contrast words. Curated for training reviews plus common general words.
"""

from __future__ import annotations


def _words(valence: float, words: str) -> dict[str, float]:
    return dict.fromkeys(words.split(), valence)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


VALENCES: dict[str, float] = {
    **_words(
        2.6,
        "优秀 精彩 完美 出色 卓越 超赞 赞 点赞 很棒 一流 满分 受益匪浅 获益匪浅 收获满满 "
        "干货满满 强烈推荐 五星 好评 醍醐灌顶 茅塞顿开 豁然开朗 精辟 惊艳 感谢 谢谢 感恩 棒极了 "
        "太棒了 非常好 超棒 给力 牛 牛逼 厉害 完美无缺 无可挑剔 物超所值 值回票价 学到很多 "
        "学到了很多 学到不少 帮助很大 收获很大",
    ),
    **_words(
        1.9,
        "好听 好看 辛苦了 辛苦 支持 好 棒 不错 满意 实用 有用 有帮助 清楚 清晰 生动 有趣 "
        "有意思 有点意思 "
        "易懂 通俗易懂 深入浅出 专业 耐心 负责 用心 细致 细心 详细 详尽 透彻 到位 全面 丰富 充实 "
        "推荐 值得 收获 受益 启发 有启发 高效 方便 贴近 接地气 实在 干货 靠谱 喜欢 享受 愉快 "
        "开心 轻松 易学 好懂 明白 条理 条理清晰 循序渐进 热情 幽默 风趣 认真 严谨 新颖 实战 "
        "针对性 提升 进步 学会 懂了 弄懂 印象深刻 认可 好用 流畅 顺利 完善 合理 适合 精炼 简洁 "
        "扎实 深刻 亲切 友好 和蔼 敬业 学以致用 融会贯通 信心 成就感 精心 周到 贴心 用得上 "
        "派上用场 大开眼界 开阔 开拓 拓宽 解惑 答疑 很赞 好玩 吸引 吸引人 引人入胜 精良 精美 "
        "美观 舒服 舒适 喜爱 热爱 满满 充分 明确 准确 合适 值 很值 懂行 好多了 干净 稳定 及时 "
        "高质量 优质 有料 有收获 有价值 价值 意义 有意义 必要 重要 棒棒 赞赞 最好 感激 感动 难忘 "
        "互动 活跃 生动形象 形象 直观 具体 清楚明白",
    ),
    **_words(
        1.0,
        "加油 可以 挺好 还好 OK ok 没问题 跟上 学到 帮助 理解 适中 紧凑 系统 系统化 相关 贴切 "
        "实际 基础扎实 正常 到点",
    ),
    **_words(0.4, "还行 还可以 及格 尚可 凑合着"),
    **_words(
        -0.6,
        "一般 一般般 普通 凑合 马马虎虎 平平 平淡 中规中矩 差强人意 勉强 复杂 难 长 慢 取消 延期 "
        "改期 偏 偏难 偏长 偏快 偏慢 略长 稍长",
    ),
    **_words(
        -1.6,
        "声音小 没意思 更新慢 无聊 枯燥 乏味 单调 啰嗦 拖沓 冗长 混乱 乱 杂乱 模糊 听不清 看不清 "
        "听不懂 看不懂 跟不上 卡 卡顿 掉线 闪退 报错 错误 错别字 打不开 登不上 登录不上 进不去 "
        "加载 失效 过时 陈旧 老旧 落后 肤浅 浅显 空洞 空泛 泛泛 照本宣科 念稿 催眠 困 犯困 想睡 "
        "睡着 昏昏欲睡 傲慢 不耐烦 迟到 拖堂 仓促 匆忙 难懂 晦涩 吃力 费劲 累 疲惫 头疼 麻烦 "
        "繁琐 重复 脱节 不符 不一致 对不上 误导 夸大 推销 广告 贵 昂贵 不值 不值得 不划算 杂音 "
        "噪音 回音 断断续续 遗憾 可惜 不足 缺乏 缺少 欠缺 不好 不行 不太行 不怎么样 故障 延迟 "
        "抱怨 不满 不满意 吐槽 糊涂 困惑 迷茫 一头雾水 晕 懵 尴尬 无趣 没劲 太难 太长 太快 太慢 "
        "太多 太少 太浅 太深 太简单 太基础 太理论 太贵 太久 太乱 失误 漏洞 bug 崩 瑕疵 缺陷 "
        "混乱不堪 不专业 不清楚 不清晰 不明白 不懂 没懂 理论化 脱离实际 不实用 没收获 不方便 "
        "难用 卡死 死机 黑屏 断线 缓冲 糟心 心累 有问题 很多问题 不了 关系不大 没办法 听不见 "
        "看不见 不会用 没什么关系 要命 应付 生硬 刻板 死板 教条 紧张 着急 赶 压缩 挤 拥挤 嘈杂 "
        "不舒服",
    ),
    **_words(
        -2.6,
        "骗钱 差 很差 极差 太差 垃圾 烂 糟糕 糟透 失望 非常失望 浪费 浪费时间 白费 坑 坑人 骗 "
        "骗人 忽悠 差评 无语 崩溃 恶心 难受 气愤 愤怒 后悔 最差 水课 鸡肋 敷衍 走过场 形式主义 "
        "形式大于内容 毫无意义 没意义 无意义 没用 无用 毫无用处 没什么用 坑爹 浪费钱 放弃 白学 "
        "白听 太水 很水 误人子弟 不负责 不负责任 态度差 态度恶劣 差劲 糟透了 呵呵 无聊透顶 "
        "一塌糊涂 乱七八糟 莫名其妙 不知所云 念PPT 读PPT 念ppt 读ppt PPT轰炸 ppt轰炸 上当 退钱 "
        "退款 投诉 不推荐",
    ),
    # Interjections and particles that carry a mood.
    **_words(-1.2, "唉 哎 切 呃 汗"),
    **_words(0.6, "哈哈 哈哈哈 嘿嘿 嘻嘻 耶"),
}

# Say "not": the next sentiment word within a few words flips (and weakens).
NEGATORS = _set(
    "不 没 没有 别 无 未 非 莫 不是 并不 并没有 毫不 从不 从未 一点也不 一点都不 不太 不大 "
    "不够 不怎么 没什么 没那么 不算 算不上 谈不上 称不上 毫无"
)
# Degree adverbs → multiplier.
DEGREES: dict[str, float] = {
    **_words(1.3, "很 挺 蛮 真 真的 好好 多么"),
    **_words(1.5, "非常 特别 十分 相当 格外 尤其 实在 完全 根本 确实 真心"),
    **_words(1.8, "极其 极 极为 超 超级 最 太 太过 简直 无比 巨 贼"),
    **_words(1.0, "比较 较 还 还算 更 更加"),
    **_words(0.7, "有点 有点儿 有些 稍微 稍 略 略微 一点"),
}
# "Too …" / "a bit …" before a word that is not praise is a complaint: 太长, 有点难.
EXCESS = _set("太 太过 过于 过分 有点 有点儿 有些 稍微 略 略微 偏")
EXCESS_VALENCE = -1.4
# The clause after these words weighs more than the one before ("内容不错，但是太长").
CONTRASTS = _set("但是 但 不过 可是 然而 只是 却")
# Wishes and suggestions: something is missing, with no verdict on what was there.
WISHES = _set("希望 建议 要是 如果能 能不能 可不可以")
WISH_VALENCE = -0.3
