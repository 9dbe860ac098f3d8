"""One example per heading and measure form of SPEC §1, and the cases that must not count."""

from __future__ import annotations

import pytest

import ping_an

BODY = "认真落实各项措施，确保工作取得实效，群众满意度不断提升。"


def headings(text: str) -> list[tuple[int, str | None, str]]:
    out = []

    def walk(items):
        for s in items:
            out.append((s.depth, s.marker, s.heading))
            walk(s.sections)

    for r in ping_an.parse_text(text).reports:
        walk(r.sections)
    return out


def measures(text: str) -> list[tuple[str, str]]:
    out = []

    def walk(items, depth=0):
        for m in items:
            out.append(("  " * depth + m.marker, m.text[:8]))
            walk(m.measures, depth + 1)

    def sections(items):
        for s in items:
            walk(s.measures)
            sections(s.sections)

    for r in ping_an.parse_text(text).reports:
        walk(r.measures)
        sections(r.sections)
    return out


@pytest.mark.parametrize(
    "first, second, marker",
    [
        ("第一部分　总体情况", "第二部分　下步打算", "第一部分"),
        ("第一章 总则", "第二章 职责", "第一章"),
        ("一、加强组织领导。" + BODY, "二、完善工作机制。" + BODY, "一、"),
        ("一．加强组织领导。" + BODY, "二．完善工作机制。" + BODY, "一．"),
        ("一.加强组织领导。" + BODY, "二.完善工作机制。" + BODY, "一."),
        ("（一）加强组织领导。" + BODY, "（二）完善工作机制。" + BODY, "（一）"),
        ("(一)加强组织领导。" + BODY, "(二)完善工作机制。" + BODY, "(一)"),
        ("〔一〕加强组织领导。" + BODY, "〔二〕完善工作机制。" + BODY, "〔一〕"),
        ("1.加强组织领导。" + BODY, "2.完善工作机制。" + BODY, "1."),
        ("1．加强组织领导。" + BODY, "2．完善工作机制。" + BODY, "1．"),
        ("1、加强组织领导。" + BODY, "2、完善工作机制。" + BODY, "1、"),
        ("（1）加强组织领导。" + BODY, "（2）完善工作机制。" + BODY, "（1）"),
        ("(1)加强组织领导。" + BODY, "(2)完善工作机制。" + BODY, "(1)"),
        ("①加强组织领导。" + BODY, "②完善工作机制。" + BODY, "①"),
        ("第一，加强组织领导。" + BODY, "第二，完善工作机制。" + BODY, "第一，"),
    ],
)
def test_numbered_heading_forms(first, second, marker):
    got = headings(f"工作总结\n{first}\n{second}\n")
    assert got[0][:2] == (1, marker)
    assert got[0][2] in ("总体情况", "总则", "加强组织领导")
    assert len(got) == 2 and got[1][0] == 1


def test_inline_heading_splits_heading_from_body():
    doc = ping_an.parse_text("工作总结\n一、坚持目标导向，明确“怎么看”。以习近平同志为核心的党中央高度重视。\n")
    s = doc.reports[0].sections[0]
    assert (s.marker, s.heading, s.punct) == ("一、", "坚持目标导向，明确“怎么看”", "。")
    assert s.body == "以习近平同志为核心的党中央高度重视。"


def test_depth_follows_the_stack_of_styles():
    text = "\n".join(
        [
            "工作总结",
            "一、主要成效",
            "（一）强化组织领导。" + BODY,
            "1.健全机制。" + BODY,
            "2.压实责任。" + BODY,
            "（二）狠抓工作落实。" + BODY,
            "二、存在问题",
            "（一）基层力量不足。" + BODY,
        ]
    )
    assert [(d, m) for d, m, _ in headings(text)] == [
        (1, "一、"), (2, "（一）"), (3, "1."), (3, "2."), (2, "（二）"), (1, "二、"), (2, "（一）"),
    ]


def test_documents_may_start_at_any_level():
    got = headings("工作总结\n（一）强化组织领导。" + BODY + "\n（二）狠抓工作落实。" + BODY)
    assert [(d, m) for d, m, _ in got] == [(1, "（一）"), (1, "（二）")]


def test_standalone_lead_lines_with_siblings():
    text = "\n".join(
        [
            "综述（街道）",
            "近年来，街道坚持党建引领，深化基层社会治理，取得明显成效。",
            "狠抓基层组织领导，推动平安建设规范化",
            "街道成立了平安建设领导小组，形成统一领导、协同配合的工作格局。",
            "狠抓联动效能管理，强化平安建设法治化",
            "街道联合交警、派出所等部门开展普法宣传，营造良好法治环境。",
        ]
    )
    assert headings(text) == [
        (1, None, "狠抓基层组织领导，推动平安建设规范化"),
        (1, None, "狠抓联动效能管理，强化平安建设法治化"),
    ]


def test_inline_lead_sentences_with_siblings():
    text = "\n".join(
        [
            "综述（公安）",
            "今年以来，县公安局坚持预防为主，全力护航平安建设。",
            "聚焦安全监管保社会平安。组织开展集中清查整治行动，整改隐患xxx处。",
            "聚焦矛盾纠纷排查化解。每月对警情进行梳理，指导基层民辅警走访化解。",
            "聚焦反诈宣传守护群众钱袋子安全。在窗口单位张贴海报，提高群众识骗防骗能力。",
        ]
    )
    assert [h for _, _, h in headings(text)] == ["聚焦安全监管保社会平安", "聚焦矛盾纠纷排查化解", "聚焦反诈宣传守护群众钱袋子安全"]


def test_topic_sentences_without_a_shared_word_form_a_series():
    text = "\n".join(
        [
            "工作报告",
            "一、过去一年工作回顾",
            "坚持实施积极的财政政策。合理把握赤字规模，五年总体赤字率控制在合理区间。",
            "强化就业优先政策导向。把稳就业作为经济运行在合理区间的关键指标。",
            "保持物价总体平稳。在应对冲击中没有持续大幅增加赤字规模。",
        ]
    )
    assert [(d, h) for d, _, h in headings(text)] == [
        (1, "过去一年工作回顾"), (2, "坚持实施积极的财政政策"), (2, "强化就业优先政策导向"), (2, "保持物价总体平稳"),
    ]


def test_dash_items_with_a_body_are_leads_without_the_dash():
    text = "工作报告\n一、回顾\n——经济发展再上新台阶。国内生产总值增加到121万亿元。\n——脱贫攻坚任务胜利完成。近1亿农村贫困人口实现脱贫。\n"
    doc = ping_an.parse_text(text)
    leads = doc.reports[0].sections[0].sections
    assert [(s.heading, s.dash, s.marker) for s in leads] == [
        ("经济发展再上新台阶", "——", None), ("脱贫攻坚任务胜利完成", "——", None),
    ]


def test_numbered_heading_after_leads_is_their_sibling():
    text = "\n".join(
        [
            "工作报告",
            "一、工作回顾",
            "针对企业经营困难加剧，加大纾困支持力度。受疫情等因素冲击，出台系列政策。",
            "针对就业压力凸显，强化稳岗扩就业政策支持。城镇调查失业率有所下降。",
            "（一）创新宏观调控，保持经济运行在合理区间。面对贸易保护主义抬头，我们保持定力。",
        ]
    )
    assert [d for d, _, _ in headings(text)] == [1, 2, 2, 2]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a lone paragraph opening with 坚持 is body text
        ["坚持司法为民，便民利民取得新成效。全年网上立案xxx件。", "全院干警积极参与各项活动，工作成效显著，受到群众一致好评。"],
        # narrative openings: a time, a pronoun
        ["过去一年，我们攻坚克难。经济保持恢复发展。", "今年以来，全县上下齐心协力。各项工作稳步推进。"],
        ["我们坚持稳中求进。各项工作取得新进展。", "我局高度重视平安建设。成立领导小组。"],
        # framing statements X是Y
        ["加强社会建设，是社会和谐稳定的重要保证。必须加快健全基本公共服务体系。", "保障人民群众安居乐业，是政府应尽的责任。要落实综合治理措施。"],
        # one subject repeated with different comments
        ["加强社会建设，必须以保障和改善民生为重点。提高人民生活水平。", "加强社会建设，必须加快推进社会体制改革。构建社会管理体系。"],
        # single-sentence paragraphs
        ["全年共受理各类案件xxxx件。", "群众满意度进一步提升。"],
    ],
)
def test_not_lead_headings(paragraphs):
    assert headings("工作总结\n" + "\n".join(paragraphs) + "\n") == []


def test_subtitle_author_and_salutation_lines_are_not_headings():
    text = "政府工作报告\n\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n\n国务院总理　\n李克强\n\n各位代表：\n\n本届政府任期即将结束。现在向大会报告工作。\n"
    doc = ping_an.parse_text(text)
    r = doc.reports[0]
    assert r.title == "政府工作报告" and r.sections == []
    assert r.front[-1] == "各位代表："


def test_decimal_and_link_breaks_are_not_headings():
    text = "工作报告\n一、回顾\n生态文明建设持续推进，细颗粒物（PM\n2.5\n）平均浓度下降9.1%。\n"
    assert [m for _, m, _ in headings(text)] == ["一、"]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("一是强化理论武装。二是压实主体责任。三是锻造过硬队伍。", ["一是", "二是", "三是"]),
        ("一要完善产业政策。二要严格市场准入。", ["一要", "二要"]),
        ("首先，抓好法制教育。其次，抓好宣传工作。最后，抓好平安建设。", ["首先", "其次", "最后"]),
        ("首先，抓好法制教育。其次，抓好宣传工作。第三，抓好禁毒工作。最后，抓好平安建设。", ["首先", "其次", "第三", "最后"]),
        ("主要措施：第一，向两定机构亮剑。第二，依法处理信访诉求。", ["第一", "第二"]),
        ("主要做法：1.健全工作机制；2.完善考核办法。", ["1.", "2."]),
        ("主要做法：（1）健全工作机制；（2）完善考核办法。", ["（1）", "（2）"]),
        ("主要做法：①推行跨省通办；②开通绿色通道；③设立便民窗口。", ["①", "②", "③"]),
    ],
)
def test_measure_forms(body, expected):
    got = measures("工作总结\n一、主要做法\n" + body + "\n")
    assert [m for m, _ in got] == expected


def test_measures_nest_and_run_to_the_next_sibling():
    body = "首先，抓好法制教育。一是学习党的二十大精神。二是提高法治素养。其次，抓好宣传工作。最后，抓好平安建设。"
    got = measures("工作总结\n一、主要做法\n" + body + "\n")
    assert [m for m, _ in got] == ["首先", "  一是", "  二是", "其次", "最后"]
    doc = ping_an.parse_text("工作总结\n一、主要做法\n" + body + "\n")
    first = doc.reports[0].sections[0].measures[0]
    assert first.text.startswith("抓好法制教育。一是学习") and first.text.endswith("提高法治素养。")


def test_measure_items_on_their_own_lines_keep_their_bodies():
    text = "工作报告\n一、工作回顾\n一是保持宏观政策连续性。\n宏观政策适应跨周期调节需要，保持必要支持力度。\n二是优化助企纾困政策。\n去年新增减税降费超过1万亿元。\n"
    doc = ping_an.parse_text(text)
    s = doc.reports[0].sections[0]
    assert s.sections == []
    assert [(m.marker, m.line) for m in s.measures] == [("一是", 3), ("二是", 5)]
    assert "宏观政策适应" in s.measures[0].text


@pytest.mark.parametrize(
    "body",
    [
        "二是严格实行领导责任制。三是健全目标责任。",  # no 一是 before
        "推进国家统一是全体人民的心愿。二是非分明。",  # 统一是 holds no 一是
        "首先要确保社会稳定，这是一切工作的前提。",  # 首先 without 其次
        "主要污染物排放量再次下降，生态环境持续改善。",  # 再次 meaning again
        "国内生产总值增长2.5%，城镇新增就业1100万人。",  # decimals
    ],
)
def test_not_measures(body):
    assert measures("工作总结\n一、主要做法\n" + body + "\n") == []


def test_line_numbers_are_input_lines():
    text = "\n\n工作总结\n\n\n一、加强领导。" + BODY + "\n\n二、完善机制。一是健全制度。二是\n压实责任。\n"
    doc = ping_an.parse_text(text)
    r = doc.reports[0]
    assert r.line == 3
    assert [s.line for s in r.sections] == [6, 8]
    assert [m.line for m in r.sections[1].measures] == [8, 8]


def test_paywall_markers_vanish_anywhere():
    doc = ping_an.parse_text("工作总结\n一、加强##paidbegin##领导。正文。\n##paidend##二、完善机制。正文。")
    assert [s.heading for s in doc.reports[0].sections] == ["加强领导", "完善机制"]


def test_file_without_title_has_one_untitled_report():
    doc = ping_an.parse_text("各位代表：\n\n现在，我代表国务院，向大会作政府工作报告。\n\n一、一年来工作回顾\n\n过去的一年，是重要的一年。\n")
    assert [r.title for r in doc.reports] == [None]
    assert doc.reports[0].sections[0].heading == "一年来工作回顾"


def test_compendium_without_toc_splits_at_title_lines():
    text = "\n".join(
        [
            "平安建设材料汇编",
            "",
            "xx县公安局平安建设工作总结",
            "今年以来，我局扎实推进平安建设。",
            "一、强化组织领导。" + BODY,
            "",
            "xx街道平安建设工作综述",
            "近年来，街道坚持党建引领。",
            "一、完善工作机制。" + BODY,
        ]
    )
    doc = ping_an.parse_text(text)
    assert doc.title == "平安建设材料汇编"
    assert [r.title for r in doc.reports] == ["xx县公安局平安建设工作总结", "xx街道平安建设工作综述"]


def test_empty_and_blank_texts_have_no_reports():
    assert ping_an.parse_text("").reports == []
    assert ping_an.parse_text("\n\u3000\n  \r\n").reports == []


def test_title_on_two_lines_is_joined_and_addressee_is_front_matter():
    text = "关于xx镇2023年度\n综治维稳工作情况的报告\n\n县委政法委：\n　　2023年，我镇扎实推进综治维稳各项工作。\n　　一、工作开展情况\n"
    doc = ping_an.parse_text(text)
    r = doc.reports[0]
    assert (doc.title, r.title, r.line) == ("关于xx镇2023年度 综治维稳工作情况的报告",) * 2 + (1,)
    assert r.front == ["县委政法委："]
    assert r.sections[0].heading == "工作开展情况"


def test_speech_with_inline_lead_series_and_ordinal_headings():
    text = "\n".join(
        [
            "在全市公安工作会议上的讲话",
            "同志们：",
            "　　二、突出工作重点，全力维护社会大局持续稳定",
            "　　要坚决维护政治安全。严密防范和坚决打击各种渗透颠覆破坏活动。",
            "　　要全力防范化解风险。坚持和发展新时代“枫桥经验”。",
            "　　三、加强队伍建设",
            "　　第一，坚持政治建警。始终把政治建设摆在首位。",
            "　　第二，坚持从严治警。一要严格教育管理，二要严格监督执纪。",
        ]
    )
    assert headings(text) == [
        (1, "二、", "突出工作重点，全力维护社会大局持续稳定"),
        (2, None, "要坚决维护政治安全"),
        (2, None, "要全力防范化解风险"),
        (1, "三、", "加强队伍建设"),
        (2, "第一，", "坚持政治建警"),
        (2, "第二，", "坚持从严治警"),
    ]
    assert measures(text) == [("一要", "严格教育管理"), ("二要", "严格监督执纪。")]


def test_inline_leads_inside_standalone_lead_lines_nest_one_level_deeper():
    text = "\n".join(
        [
            "xx县公安局2023年工作总结",
            "　　2023年，县公安局紧紧围绕县委、县政府中心工作，全力推进平安建设。",
            "狠抓社会治安防控，群众安全感持续提升",
            "聚焦街面巡防。全面推行巡防模式，街面警情同比下降xx%。",
            "聚焦重点行业。对旅馆、寄递等行业开展专项检查xx次。",
            "狠抓矛盾纠纷化解，社会大局持续稳定",
            "聚焦源头预防。建立矛盾纠纷排查台账，全年排查矛盾纠纷xxx起。",
            "聚焦多元化解。联合司法所开展联合调解，化解纠纷xxx起。",
        ]
    )
    assert headings(text) == [
        (1, None, "狠抓社会治安防控，群众安全感持续提升"),
        (2, None, "聚焦街面巡防"),
        (2, None, "聚焦重点行业"),
        (1, None, "狠抓矛盾纠纷化解，社会大局持续稳定"),
        (2, None, "聚焦源头预防"),
        (2, None, "聚焦多元化解"),
    ]


def test_toc_entries_numbered_like_headings_still_split_reports():
    text = "汇编\n目录\n一、甲县工作总结\n二、乙县工作总结\n\n一、甲县工作总结\n今年以来，甲县做了很多工作。\n（一）强化领导。正文。\n（二）完善机制。正文。\n二、乙县工作总结\n今年以来，乙县也做了工作。\n"
    doc = ping_an.parse_text(text)
    assert [e.title for e in doc.toc] == ["甲县工作总结", "乙县工作总结"]
    assert [(r.title, [s.heading for s in r.sections]) for r in doc.reports] == [
        ("一、甲县工作总结", ["强化领导", "完善机制"]),
        ("二、乙县工作总结", []),
    ]


def test_zai_shang_xia_gong_fu_series_are_leads_but_scene_setting_is_not():
    text = "\n".join(
        [
            "工作总结",
            "在强化责任上下功夫。层层签订责任书，压实各级责任。",
            "在优化服务上求突破。推行一窗通办，群众办事更加便捷。",
            "在肯定成绩的同时，我们也清醒看到存在的问题。一些工作还不到位。",
        ]
    )
    assert [h for _, _, h in headings(text)] == ["在强化责任上下功夫", "在优化服务上求突破"]


def test_toc_numbers_are_separated_never_a_bare_numeral_of_the_title():
    text = "目录\n2023年上半年平安建设工作综述\n一流营商环境建设综述\n第三篇　甲县工作总结\n\n2023年上半年平安建设工作综述\n今年以来，做了很多工作。\n一流营商环境建设综述\n今年以来，乙县也做了工作。\n甲县工作总结\n今年以来，甲县也做了工作。\n"
    doc = ping_an.parse_text(text)
    assert [(e.number, e.title) for e in doc.toc] == [
        (None, "2023年上半年平安建设工作综述"), (None, "一流营商环境建设综述"), ("第三篇", "甲县工作总结"),
    ]
    assert [r.title for r in doc.reports] == [e.title for e in doc.toc]


@pytest.mark.parametrize(
    "entry, title_line",
    [
        ("乙县工作总结", "二、乙县工作总结"),  # the number again
        ("甲县工作总结", "甲　县　工　作　总　结"),  # spaced out
        ("ＸＸ县工作总结", "XX县工作总结"),  # full-width letters in the 目录
        ("Café工作总结", "Cafe\u0301工作总结"),  # an accent as a combining mark
    ],
)
def test_toc_entries_are_found_again_however_their_title_lines_are_set(entry, title_line):
    # a title line may be longer than its entry: the length test that passes over body
    # paragraphs (too long to be any entry's title) must never pass over a title line
    body = "今年以来，做了很多工作，" * 20 + "。"
    text = f"目录\n1. {entry}\n\n编者按：以下为各地报告。\n\n{title_line}\n{body}\n"
    doc = ping_an.parse_text(text)
    assert [(r.title, r.line) for r in doc.reports] == [(title_line, 6)]


def test_opening_title_with_commas_needs_a_blank_line_after_it():
    assert ping_an.parse_text("强基础，补短板，全力推进平安建设\n\n今年以来，我县做了很多工作。\n").reports[0].title == (
        "强基础，补短板，全力推进平安建设"
    )
    assert ping_an.parse_text("强基础，补短板，全力推进平安建设\n今年以来，我县做了很多工作。\n").reports[0].title is None


def test_a_list_starting_again_is_the_next_list_not_a_deeper_one():
    body = "一是加强队伍建设，二是完善工作机制。" * 3
    doc = ping_an.parse_text("工作总结\n一、主要做法\n" + body + "\n")
    ms = doc.reports[0].sections[0].measures
    assert [m.marker for m in ms] == ["一是", "二是"] * 3
    assert all(m.measures == [] for m in ms)
    assert ms[1].text == "完善工作机制。"


def test_long_chains_of_restarting_lists_do_not_nest_without_end():
    doc = ping_an.parse_text("工作总结\n一、做法\n" + "一要甲甲甲，二要乙乙乙，一是丙丙丙，二是丁丁丁，" * 2000)
    depth = 0
    stack = [(m, 1) for m in doc.reports[0].sections[0].measures]
    while stack:
        m, d = stack.pop()
        depth = max(depth, d)
        stack.extend((c, d + 1) for c in m.measures)
    assert depth <= 4


@pytest.mark.parametrize(
    "sentence, topic",
    [
        ("截至目前全县无命案发生", False),
        ("据统计全年共办理案件", False),
        ("自开展专项行动以来", False),
        ("自觉接受群众监督", True),
        ("据实核查问题线索", True),
        ("坚持司法为民", True),
    ],
)
def test_time_and_source_openings_are_narrative_not_topics(sentence, topic):
    from ping_an.parse.classify import is_topic_sentence

    assert is_topic_sentence(sentence) is topic
