"""Each rule of the genre with an example of its own, positive and negative.

The texts are written for these tests in the genre's patterns; none is taken from the
corpus. Where a rule is a property of a sentence, both a sentence that has it and a
near one that does not are fed through the parser.
"""

from __future__ import annotations

import pytest

import ping_an
from ping_an.parse.classify import topic_grade

BODY = "围绕目标任务，细化工作措施，推动各项工作落地见效，取得了较好成效。"


def titles(text: str) -> list[str | None]:
    return [r.title for r in ping_an.parse_text(text).reports]


def top_headings(text: str) -> list[str]:
    """The headings of the first report's top-level sections."""
    return [s.heading for s in ping_an.parse_text(text).reports[0].sections]


def leads(text: str) -> list[str]:
    out = []

    def walk(sections):
        for s in sections:
            if s.marker is None:
                out.append(s.heading)
            walk(s.sections)

    for r in ping_an.parse_text(text).reports:
        walk(r.sections)
    return out


def assert_furniture(lines=(), not_lines=()) -> None:
    """Each of lines is a page's furniture, and none of not_lines is."""
    from ping_an.rules.patterns import is_furniture_text

    for line in lines:
        assert is_furniture_text(line), line
    for line in not_lines:
        assert not is_furniture_text(line), line


# --- title blocks -------------------------------------------------------------------


def test_title_over_lines_above_a_subtitle_is_one_title_and_its_block_is_front():
    text = "凝心聚力谋发展\n\n\n携手奋进新征程\n\n——在全县经济工作会议上的讲话\n\n（2024年1月8日）\n\n张　三　丰\n\n同志们：\n\n今天召开会议，主要任务是总结工作。\n\n一、肯定成绩。" + BODY + "\n"
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert report.title == "凝心聚力谋发展 携手奋进新征程"
    assert report.front == ["——在全县经济工作会议上的讲话", "（2024年1月8日）", "张　三　丰", "同志们："]
    assert [s.heading for s in report.sections] == ["肯定成绩"]


def test_two_short_lines_without_a_title_block_under_them_are_not_joined():
    # a title, then a standalone lead line: nothing says they are one title
    text = "县统计局工作总结\n\n强化数据质量管理\n" + BODY + "\n加强统计执法检查\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert titles(text) == ["县统计局工作总结"]
    assert [s.heading for s in doc.reports[0].sections] == ["强化数据质量管理", "加强统计执法检查"]


def test_a_subtitle_line_is_never_a_report_title():
    text = "政府工作报告\n\n——在市第十届人民代表大会第三次会议上的报告\n\n各位代表：\n\n" + BODY + "\n"
    assert titles(text) == ["政府工作报告"]


def test_a_title_broken_into_one_character_lines_is_joined():
    assert titles("县司法局工作总\n结\n\n" + BODY + "\n") == ["县司法局工作总结"]
    # a one-character line after a finished sentence stands alone
    assert ping_an.parse_text(BODY + "\n好\n").reports[0].preamble == BODY + "\n好"


def test_a_number_and_its_unit_broken_apart_are_one_line():
    # XX / 县 and 2024 / 年工作总结 are each one line, and a number alone on its line
    # carries on the unfinished line before it: one title
    assert titles("XX\n县\n2024\n年工作总结\n\n" + BODY + "\n") == ["XX县2024年工作总结"]
    assert ping_an.parse_text("各位代表：\n投资达到\n2024\n亿元。\n").reports[0].preamble == "投资达到2024亿元。"
    # a number that opens a line with its words after it stays a line of its own
    assert ping_an.parse_text("各位代表：\n投资达到\n2024亿元。\n").reports[0].preamble == "投资达到\n2024亿元。"


# --- page furniture ------------------------------------------------------------------


WEB_PAGE = "\n".join(
    [
        "某某区人民政府",
        "首页 > 政务公开 > 计划总结",
        "某某区2023年度法治政府建设工作报告",
        "索引号：12345-2024-0001 | 发布机构：区司法局 | 发布日期：2024-01-20",
        "来源：区司法局　浏览次数：321",
        "字号：大 中 小",
        "2023年，我区深入推进法治政府建设。",
        "一、主要举措",
        BODY,
        "打印本页 关闭窗口",
    ]
)


def test_page_furniture_is_front_matter_and_the_article_heading_is_the_title():
    doc = ping_an.parse_text(WEB_PAGE)
    (report,) = doc.reports
    assert report.title == "某某区2023年度法治政府建设工作报告"
    assert doc.front == ["某某区人民政府", "首页 > 政务公开 > 计划总结"]
    assert "来源：区司法局　浏览次数：321" in report.front and "字号：大 中 小" in report.front
    assert [s.heading for s in report.sections] == ["主要举措"]


def test_without_furniture_the_first_line_stays_the_title():
    doc = ping_an.parse_text("\n".join(WEB_PAGE.split("\n")[2:3] + WEB_PAGE.split("\n")[6:]))
    assert doc.reports[0].title == "某某区2023年度法治政府建设工作报告" and doc.front == []


def test_what_a_page_prints_after_a_title_is_not_the_title():
    text = "某某镇2023年工作总结 2024-01-05 10:32\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert doc.reports[0].title == "某某镇2023年工作总结"
    # a copy's number is printed as part of the title (CONVENTIONS: the title line as printed)
    assert titles("某某镇工作总结(3)\n" + BODY + "\n") == ["某某镇工作总结(3)"]
    assert titles("| 某某镇工作总结 |\n" + BODY + "\n") == ["某某镇工作总结"]
    # a number that belongs to the title stays
    assert titles("某某镇“十四五”规划实施情况报告（2）号文件解读\n" + BODY + "\n")[0].endswith("解读")


def test_the_title_printed_again_is_a_running_header_not_a_report():
    text = "某某乡上半年工作总结\n\n" + BODY + "\n\n某某乡上半年工作总结\n\n一、继续推进。" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert titles(text) == ["某某乡上半年工作总结"]
    assert [s.heading for s in doc.reports[0].sections] == ["继续推进"]


# --- report boundaries ---------------------------------------------------------------


def test_a_part_title_inside_an_untitled_speech_does_not_split_it():
    text = "各位代表：\n\n现在，我代表市政府作报告。\n\n\n过去一年工作的基本总结\n\n" + BODY + "\n\n关于今后工作\n\n" + BODY + "\n"
    assert titles(text) == [None]


def test_a_title_with_its_own_title_block_starts_a_report_mid_file():
    text = "各位代表：\n\n" + BODY + "\n\n一、工作回顾\n\n" + BODY + "\n\n某某县政府工作报告\n\n——2024年1月5日在县人民代表大会上\n\n各位代表：\n\n" + BODY + "\n"
    assert titles(text) == [None, "某某县政府工作报告"]


def test_a_title_over_two_lines_on_a_page_without_blank_lines_is_one_title():
    text = "某某镇召开会议\n" + BODY + "\n某某县某某镇人民政府\n2024年政府工作报告\n——2024年1月在镇人民代表大会上\n各位代表：\n" + BODY + "\n"
    assert titles(text)[-1] == "某某县某某镇人民政府 2024年政府工作报告"
    # without a title block's line under them the two lines stay apart
    plain = "某某镇召开会议\n" + BODY + "\n某某县某某镇人民政府\n2024年政府工作报告\n" + BODY + "\n"
    assert "某某县某某镇人民政府 2024年政府工作报告" not in titles(plain)
    # a note in brackets is no title's first line
    note = "某某镇召开会议\n" + BODY + "\n（此件公开发布）\n2024年政府工作报告\n——2024年1月在镇人民代表大会上\n各位代表：\n" + BODY + "\n"
    assert not any("此件" in (t or "") for t in titles(note))


def test_an_issuing_notice_over_its_text_whose_title_carries_the_issuer_is_front():
    text = (
        "某某镇人民政府关于印发2024年政府工作报告的通知\n各村委会：\n现将《政府工作报告》印发给你们，请认真贯彻实施。\n"
        "某某镇人民政府\n2024年2月22日\n某某镇人民政府\n2024年政府工作报告\n——2024年1月在镇人民代表大会上\n各位代表：\n" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["某某镇人民政府 2024年政府工作报告"]
    assert doc.front[0] == "某某镇人民政府关于印发2024年政府工作报告的通知"


# --- 目录 ----------------------------------------------------------------------------


def test_toc_entries_end_at_a_salutation_and_untitled_pieces_take_their_entry_titles():
    piece = "各位代表：\n\n" + BODY + "\n\n一、工作回顾\n\n" + BODY + "\n"
    text = "市政府工作报告选编\n\n目  录\n\n一、2024年政府工作报告 ……… 1\n二、2023年政府工作报告 ……… 9\n\n\n" + piece + "\n\n\n" + piece
    doc = ping_an.parse_text(text)
    assert [e.title for e in doc.toc] == ["2024年政府工作报告", "2023年政府工作报告"]
    assert titles(text) == ["2024年政府工作报告", "2023年政府工作报告"]
    assert [[s.heading for s in r.sections] for r in doc.reports] == [["工作回顾"], ["工作回顾"]]


def test_a_toc_entry_finds_a_title_line_worded_with_or_without_a_year_or_qualifier():
    text = "材料汇编\n目录\n1.平安建设工作总结（2023年）\n2.禁毒工作总结\n\n平安建设工作总结\n" + BODY + "\n\n2023年禁毒工作总结\n" + BODY + "\n"
    assert titles(text) == ["平安建设工作总结", "2023年禁毒工作总结"]


def test_a_toc_of_one_reports_parts_worded_otherwise_makes_no_reports_of_them():
    text = "目录\n一、总体要求\n二、重点任务\n\n某某县实施方案\n\n为推进工作，制定本方案。\n\n一、总的要求\n" + BODY + "\n二、主要任务\n" + BODY + "\n"
    assert len(ping_an.parse_text(text).reports) == 1


def _long_speech() -> str:
    # a text long enough that a 目录 further down is past where a file's own may stand
    return "各位代表：\n\n" + "".join(f"{n}、工作回顾\n\n" + BODY + "\n\n" + BODY + "\n\n" for n in "一二三四五六七八九十") + BODY * 2 + "\n"


def test_a_compendium_further_down_a_file_that_joins_texts_is_split_at_its_entries():
    pieces = "甲县禁毒工作总结\n\n" + BODY + "\n\n乙县禁毒工作总结\n\n" + BODY + "\n"
    text = _long_speech() + "\n禁毒工作总结汇编\n\n目录\n1.甲县禁毒工作总结\n2.乙县禁毒工作总结\n\n" + pieces
    doc = ping_an.parse_text(text)
    assert titles(text) == [None, "甲县禁毒工作总结", "乙县禁毒工作总结"]
    assert [e.title for e in doc.toc] == ["甲县禁毒工作总结", "乙县禁毒工作总结"]
    # the compendium's title and its 目录 line are kept, in front of its first piece
    assert doc.reports[1].front[:2] == ["禁毒工作总结汇编", "目录"]
    # and a text after the compendium's last piece starts at its title block
    after = "\n丙县政府工作报告\n\n——2024年1月5日在县人民代表大会上\n\n各位代表：\n\n" + BODY + "\n"
    assert titles(text + after) == [None, "甲县禁毒工作总结", "乙县禁毒工作总结", "丙县政府工作报告"]


def test_a_list_under_a_contents_word_whose_entries_are_not_found_splits_nothing():
    for after in (BODY, "某某县工作总结\n\n" + BODY):
        text = _long_speech() + "\n附件清单\n\n目录\n1.甲县情况表\n2.乙县情况表\n\n" + after + "\n"
        assert titles(text) == [None]
        assert ping_an.parse_text(text).toc == []


# --- topic sentences -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, grade",
    [
        ("深化农村集体产权制度改革", "topic"),
        ("我们深化了农村集体产权制度改革", None),  # the speaker
        ("深化改革丰富了农村发展的内涵", None),  # aspect 了: a statement
        ("必须清醒地看到工作中的差距", None),  # seeing: framing
        ("撤县设区以来，城区面貌明显改观", None),  # circumstance clause
        ("无论形势如何变化，始终坚持人民至上", None),  # concession
        ("综合研判当前形势，机遇大于挑战", None),  # a situation assessment
        ("在乡村振兴中，彰显青年担当", "layout"),  # a scene: a lead line only by its layout
        ("在乡村振兴中彰显担当", "topic"),  # the scene run on into its verb: a task
        ("谈到干部作风的问题，首先要严", None),  # taking up a subject
        ("近几年来农业持续发展", None),
        ("民心齐则泰山移", None),  # a saying with 则
        ("勇于担当者胜", None),  # a closing 者X
        ("切实维护劳动者", "topic"),  # 者 closing a noun
        ("勤能补拙，俭以养德", "topic"),  # a couplet that does not echo
        ("勤则不匮，俭则不穷", None),  # a couplet that echoes itself
        ("深化农村集体产权制度改革，稳步推进农村宅基地制度改革试点，探索宅基地所有权资格权使用权分置", "long"),
        ("农业是国民经济的基础", "layout"),  # X是Y: a member only by its layout
    ],
)
def test_topic_grades(sentence, grade):
    assert topic_grade(sentence) == grade


def test_a_long_member_joins_a_series_of_short_ones_when_not_much_longer():
    short = ["全面加强基层党组织建设。", "持续深化干部作风建设。"]
    near = "扎实推进农村人居环境整治提升行动，全面改善村容村貌和群众生活条件。"  # 33
    far = "深化农村集体产权制度改革，稳步推进农村宅基地制度改革试点，探索宅基地所有权资格权使用权分置实现形式。"
    text = "工作总结\n\n" + "\n".join(s + BODY for s in [*short, near]) + "\n"
    assert len(leads(text)) == 3 or near[:-1] not in leads(text)  # the ratio decides, never the wording
    assert far[:-1] not in leads("工作总结\n\n" + "\n".join(s + BODY for s in [*short, far]) + "\n")


def test_a_series_of_standalone_lead_lines_takes_lines_laid_out_the_same_way():
    lines = ["加强组织领导。", "完善工作机制。", "农业是国民经济的基础。"]
    text = "工作总结\n\n" + "\n".join(f"{line}\n{BODY}" for line in lines) + "\n"
    assert leads(text) == ["加强组织领导", "完善工作机制", "农业是国民经济的基础"]
    # without two strong lines, the X是Y line is body text
    text = "工作总结\n\n农业是国民经济的基础。\n" + BODY + "\n加强组织领导。\n" + BODY + "\n"
    assert leads(text) == []


# --- lost line breaks ------------------------------------------------------------------

PART = "我们要立足实际，细化工作措施，压实各方责任，推动各项任务落地见效，确保全年目标如期完成，" * 4 + "为发展作出新贡献。"


def test_numbered_headings_inside_a_line_that_lost_its_breaks_open_paragraphs():
    text = "县长讲话\n\n同志们：今天讲两点意见。一、明确目标任务。" + PART + "二、狠抓工作落实。" + PART + "\n"
    doc = ping_an.parse_text(text)
    assert [(s.marker, s.heading) for s in doc.reports[0].sections] == [("一、", "明确目标任务"), ("二、", "狠抓工作落实")]


def test_a_list_of_short_items_in_one_paragraph_opens_no_paragraphs():
    text = "工作总结\n\n全年收入分为四类：（一）税收收入十亿元；（二）非税收入二亿元；（三）基金收入一亿元；（四）其他收入五千万元。\n"
    doc = ping_an.parse_text(text)
    assert doc.reports[0].sections == []
    assert [m.marker for m in doc.reports[0].measures] == ["（一）", "（二）", "（三）", "（四）"]


def test_a_stray_number_inside_a_sentence_opens_nothing():
    text = "工作总结\n\n一、主要工作\n" + BODY + "他说二、三天后再来，" + PART + "\n二、存在问题\n" + BODY + "\n"
    assert [s.marker for s in ping_an.parse_text(text).reports[0].sections] == ["一、", "二、"]


def test_a_heading_ends_where_its_line_lost_its_break():
    doc = ping_an.parse_text("工作总结\n\n一、明确目标任务 全面推进各项工作，取得了新成效。\n二、狠抓落实今年以来，我们加强督导。\n")
    assert [s.heading for s in doc.reports[0].sections] == ["明确目标任务", "狠抓落实"]


# --- numbered lines under a lead-in ------------------------------------------------------


def test_numbered_one_sentence_lines_under_a_lead_in_are_measures():
    text = "工作总结\n\n一、主要任务\n今年的重点任务是：\n1.完成农村公路改造一百公里。\n2.新建标准化村卫生室十所。\n3.改造老旧小区二十个。\n"
    doc = ping_an.parse_text(text)
    (section,) = doc.reports[0].sections
    assert section.sections == []
    assert [m.marker for m in section.measures] == ["1.", "2.", "3."]


def test_numbered_paragraphs_with_a_body_stay_headings_after_a_lead_in():
    text = "工作总结\n\n主要做法如下：\n1.强化组织领导。" + BODY + "\n2.完善工作机制。" + BODY + "\n"
    assert top_headings(text) == ["强化组织领导", "完善工作机制"]


def test_a_list_that_goes_on_with_a_headed_paragraph_stays_headings():
    text = "工作总结\n\n要求如下：\n（一）加强领导。\n（二）明确责任。\n（三）狠抓落实。" + BODY + "\n"
    assert len(ping_an.parse_text(text).reports[0].sections) == 3


def test_numbered_one_sentence_lines_that_are_all_a_bare_headings_content_are_measures():
    # the heading's title announces the list (存在的问题), as a lead-in ending in ： does;
    # an item is one sentence however long
    long_item = "3.部分村级组织对新修订的工作制度学习不深，对照检查和整改落实的措施还不够具体细致，群众反映的个别问题没有及时得到解决和反馈。"
    text = "工作总结\n\n一、主要成效\n" + BODY + "\n二、存在的问题\n1.基层人员结构不够合理，年轻骨干力量有待加强。\n2.服务资源分布不均，偏远村组服务能力仍需提升。\n" + long_item + "\n三、下步打算\n" + BODY + "\n"
    sections = ping_an.parse_text(text).reports[0].sections
    assert [s.marker for s in sections] == ["一、", "二、", "三、"]
    assert sections[1].sections == [] and [m.marker for m in sections[1].measures] == ["1.", "2.", "3."]


def test_numbered_lines_under_a_bare_heading_stay_headings_when_text_follows_them():
    # text after the last line is that line's body: the lines head what follows them
    text = "工作总结\n\n一、主要做法\n1.强化组织领导。\n2.完善工作机制。\n" + BODY + "\n二、下步打算\n" + BODY + "\n"
    (first, _) = ping_an.parse_text(text).reports[0].sections
    assert [s.heading for s in first.sections] == ["强化组织领导", "完善工作机制"]


def test_page_furniture_and_notes_in_brackets_are_never_leads():
    text = "工作总结\n\n" + "\n".join(["发布日期：2024-01-05", BODY, "（此件公开发布）", BODY, "加强组织领导。" + BODY, "完善工作机制。" + BODY])
    assert leads(text) == ["加强组织领导", "完善工作机制"]


# --- measures across what stands between their items ------------------------------------


def test_a_list_of_paragraph_items_goes_on_across_lead_paragraphs_between_them():
    text = "工作总结\n\n一、主要工作\n" + "\n".join(
        [
            "一是强化组织保障，压实工作责任。" + BODY,
            "二是优化营商环境，激发市场活力。" + BODY,
            "深化重点领域改革。" + BODY,
            "扩大高水平对外开放。" + BODY,
            "三是加快产业升级，培育发展新动能。" + BODY,
            "四是保障改善民生，兜牢民生底线。" + BODY,
        ]
    )
    doc = ping_an.parse_text(text)
    markers = []

    def walk(sections):
        for s in sections:
            markers.extend(m.marker for m in s.measures)
            walk(s.sections)

    walk(doc.reports[0].sections)
    assert markers == ["一是", "二是", "三是", "四是"]


def test_a_later_item_out_of_sequence_starts_no_list():
    text = "工作总结\n\n一、主要工作\n一是强化组织保障。" + BODY + "\n二是优化营商环境。" + BODY + "\n深化重点领域改革。" + BODY + "\n扩大对外开放。" + BODY + "\n四是保障改善民生。" + BODY
    doc = ping_an.parse_text(text)
    assert "四是" not in [m.marker for s in doc.reports[0].sections for x in [s, *s.sections] for m in x.measures]


# --- part titles ---------------------------------------------------------------------


def _parts(closing: str, gap: str = "\n\n") -> str:
    return (
        "工作报告\n\n一、工作回顾\n\n" + BODY + "\n\n二、工作安排\n\n" + BODY + gap + closing + gap + "同志们！\n\n" + BODY + "\n"
    )


def test_an_unnumbered_part_title_laid_out_like_the_parts_sits_at_their_depth():
    doc = ping_an.parse_text(_parts("结束语"))
    assert [(s.marker, s.heading) for s in doc.reports[0].sections] == [("一、", "工作回顾"), ("二、", "工作安排"), (None, "结束语")]


def test_a_short_line_a_link_broke_out_of_a_sentence_is_no_part_title():
    # no blank lines around it: a piece of the sentence, not a part
    doc = ping_an.parse_text(_parts("结束语", gap="\n"))
    assert [s.heading for s in doc.reports[0].sections] == ["工作回顾", "工作安排"]


def test_a_statement_of_what_something_revealed_is_no_topic():
    assert topic_grade("连续干旱暴露出水利设施的短板") is None
    assert topic_grade("补齐水利设施短板") == "topic"


def test_a_member_far_longer_than_its_series_carries_on_the_paragraph_before():
    paragraphs = [
        "加快发展现代农业。" + BODY,
        "深化农村改革。" + BODY,
        "落实农机购置补贴和农业保险保费补贴等各项强农惠农富农政策。" + BODY,  # one action in a row
        "统筹城乡发展。" + BODY,
    ]
    assert leads("工作总结\n\n" + "\n".join(paragraphs)) == ["加快发展现代农业", "深化农村改革", "统筹城乡发展"]
    # the same length, opening as another member does, is laid out alike and stays
    paragraphs[2] = "加快落实农机购置补贴和农业保险保费补贴等各项强农惠农富农政策。" + BODY
    assert len(leads("工作总结\n\n" + "\n".join(paragraphs))) == 4


def test_a_title_run_into_its_salutation_on_one_line_is_set_apart():
    doc = ping_an.parse_text("县长在全县经济工作会议上的讲话同志们：今天召开会议，主要任务是部署工作。一、肯定成绩。" + PART + "二、明确任务。" + PART)
    (report,) = doc.reports
    assert report.title == "县长在全县经济工作会议上的讲话"
    assert report.front == ["同志们："]
    assert [s.heading for s in report.sections] == ["肯定成绩", "明确任务"]


def test_a_short_notice_above_the_first_title_is_front_matter_not_a_report():
    text = "本文由网友整理，仅供参考。\n\n某某县2023年工作总结\n\n——在县委全会上的报告\n\n一、主要工作\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert titles(text) == ["某某县2023年工作总结"] and doc.front == ["本文由网友整理，仅供参考。"]


def test_an_issuing_notice_wrapped_around_its_text_is_that_text():
    text = "\n".join(
        [
            "某某县教育局关于印发《某某县教育局2024年工作要点》的通知",
            "发布时间：2024-03-01　信息来源：县教育局",
            "各学校：",
            "现将《某某县教育局2024年工作要点》印发给你们，请认真贯彻执行。",
            "某某县教育局",
            "2024年3月1日",
            "某某县教育局2024年工作要点",
            "2024年全县教育工作的总体要求是：坚持立德树人，办好人民满意的教育。",
            "一、加强党的建设",
            BODY,
        ]
    )
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert report.title == "某某县教育局2024年工作要点" and report.line == 7
    assert doc.title == "某某县教育局关于印发《某某县教育局2024年工作要点》的通知"
    assert [s.heading for s in report.sections] == ["加强党的建设"]
    # a notice whose text is not printed under it stays the report
    assert titles("\n".join(text.split("\n")[:4])) == ["某某县教育局关于印发《某某县教育局2024年工作要点》的通知"]


NOTICE_BODY = ["各县（区）教育局：", "现将规划印发给你们，请结合实际认真贯彻落实。", "某某省教育厅", "2024年5月8日"]


def test_an_issued_texts_title_may_name_its_place_the_notice_leaves_out():
    text = "\n".join(["关于印发乡村教育振兴“十四五”规划的通知", "某教发〔2024〕9 号", *NOTICE_BODY, "某某省乡村教育振兴“十四五”规划", BODY, "一、发展基础", BODY])
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["某某省乡村教育振兴“十四五”规划"]
    assert [s.heading for s in doc.reports[0].sections] == ["发展基础"]
    # a title line that names another text is not the issued one: the notice stays the report
    other = text.replace("某某省乡村教育振兴“十四五”规划", "某某省职业教育提质培优行动计划")
    assert titles(other) == ["关于印发乡村教育振兴“十四五”规划的通知"]


def test_a_notices_title_over_three_lines_above_its_number_and_the_issued_title_over_two():
    lines = ["某某省人民政府办公厅关于印发某某省", "", "进一步支持民营企业发展壮大", "", "实施方案的通知", "", "某府办〔2024〕7号", "", *NOTICE_BODY, "", "某某省进一步支持民营企业", "", "发展壮大的实施方案", "", BODY, "一、优化营商环境", BODY]
    doc = ping_an.parse_text("\n".join(lines))
    assert doc.title == "某某省人民政府办公厅关于印发某某省 进一步支持民营企业发展壮大 实施方案的通知"
    assert [r.title for r in doc.reports] == ["某某省进一步支持民营企业 发展壮大的实施方案"]
    # a row of a site's links above is no line of the title
    row = ["注册 | 登录", *lines]
    assert ping_an.parse_text("\n".join(row)).title == doc.title


def test_a_field_that_holds_only_a_date_and_a_full_text_label_are_furniture():
    from ping_an.rules.patterns import is_furniture_text

    assert is_furniture_text("来源时间为:2022-03-15") and is_furniture_text("全文")
    assert not is_furniture_text("全文共分三个部分") and not is_furniture_text("会议时间：2021年6月8日上午九时")


def test_a_sites_menu_label_and_a_document_sites_buttons_and_page_links_are_furniture():

    assert_furniture(
        ("导航菜单", "下载本文档", "文档简介", "已阅读3页,还剩12页未读 继续免费阅读", "某村工作计划(三篇)_第2页"),
        not_lines=("导航员队伍建设工作总结", "文档简介显示了该文件的主要内容。", "第2页"),
    )
    text = "导航菜单\n\n某街道2024年工作总结\n\n" + BODY + "\n\n一、主要工作\n\n" + BODY + "\n"
    assert titles(text) == ["某街道2024年工作总结"]


def test_a_piece_label_over_its_text_with_no_blank_line_titles_the_piece():
    text = (
        "某局工作总结8篇(某局工作总结：八篇精华)\n本文整理了工作总结，供参考。\n某局工作总结篇1\n"
        "时间飞逝，转眼间一年过去了，我局在上级的领导\n下扎实推进各项工作。\n一、加强学习\n" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    assert doc.title == "某局工作总结8篇(某局工作总结：八篇精华)"
    assert [r.title for r in doc.reports] == ["某局工作总结篇1"]
    assert doc.reports[0].preamble.startswith("时间飞逝")


def test_a_piece_label_under_a_sites_list_number_starts_the_piece():
    text = (
        "某镇工作总结\n\n2024-08-03\n\n某镇工作总结(5篇)\n\n1.某镇工作总结 篇一\n\n某镇2023年安全生产工作总结\n\n"
        + BODY + "\n\n一、主要工作\n\n" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    assert doc.title == "某镇工作总结(5篇)"
    assert [r.title for r in doc.reports] == ["某镇2023年安全生产工作总结"]
    # a numbered line that is no piece's label stays a heading
    numbered = text.replace("1.某镇工作总结 篇一\n\n某镇2023年安全生产工作总结\n\n", "1.加强安全生产宣传。" + BODY + "\n\n")
    assert "加强安全生产宣传" in [h for _, h, _ in sections(numbered)]


def test_a_sites_tag_after_a_title_a_date_row_before_it_and_a_preview_notice_are_not_the_title():
    tail = "\n\n" + BODY + "\n\n一、主要工作\n\n" + BODY + "\n"
    assert titles("某中学2020年德育工作总结【精品】" + tail) == ["某中学2020年德育工作总结"]
    assert titles("• 2021-04-12 发布 某学区2020年教育工作总结" + tail) == ["某学区2020年教育工作总结"]
    assert titles("全文预览已结束\n\n某局2024年工作总结" + tail) == ["某局2024年工作总结"]
    # words of the title in brackets stay, and so does a title with no date before it
    assert titles("关于开展【清风行动】的工作方案" + tail) == ["关于开展【清风行动】的工作方案"]
    assert titles("2021年某学区教育工作总结" + tail) == ["2021年某学区教育工作总结"]


def test_a_preview_label_a_sites_category_and_a_title_run_into_its_first_sentence_after_a_blank():
    tail = "\n\n一、主要工作\n\n" + BODY + "\n"
    # a page's label over the preview: the title under it is no field's value
    text = "内容预览:\n某街道安全生产督查情况的汇报\n——某区督查室关于安全生产督查的报告\n" + BODY + tail
    assert titles(text) == ["某街道安全生产督查情况的汇报"]
    # a one-line page: the title, a blank, the text's first sentence
    line = "精选优质文档-倾情为你奉上某医院2023年工作总结 自今年3月召开动员会以来，全院上下扎实推进各项工作。" + BODY * 3
    assert titles(line + tail) == ["某医院2023年工作总结"]
    # a page heading with its category, run into the article's own (…总结-总结…工作总结)
    run = "某镇2023年农业半年总结-总结某镇2023年农业半年工作总结 某镇上半年农业工作，在镇党委领导下扎实推进。" + BODY * 3
    assert titles(run + tail) == ["某镇2023年农业半年工作总结"]
    # a sentence that opens the line is no title
    assert titles("今年以来，我镇扎实推进各项工作，取得明显成效。" + BODY * 3 + tail) == [None]


def test_a_files_extension_a_sites_name_and_its_resource_label_are_not_the_title():
    assert titles("某社区2024年工作计划.docx\n\n" + BODY + "\n\n一、工作目标\n\n" + BODY + "\n") == ["某社区2024年工作计划"]
    assert titles("某某(中国)官方网站 某局2024年工作总结\n\n" + BODY + "\n\n一、主要工作\n\n" + BODY + "\n") == ["某局2024年工作总结"]
    assert titles("资源描述\n某局2024年工作总结\n\n" + BODY + "\n\n一、主要工作\n\n" + BODY + "\n") == ["某局2024年工作总结"]
    # a title's own words stay
    assert titles("关于建设某某官网的工作方案\n\n" + BODY + "\n\n一、工作目标\n\n" + BODY + "\n") == ["关于建设某某官网的工作方案"]


def test_a_document_sites_card_and_its_update_row_are_furniture():

    assert_furniture(
        ("浏览记录", "ID:10293847", "大小:45.3 KB", "页数:5页", "General 更新 2023年11月02日", "讲话稿 发布于 2024-04-19"),
        not_lines=("浏览记录显示，群众最关心的是办事效率。", "规模大小不一", "本次更新了2024年4月19日的数据"),
    )
    # under a page's title, with the site's blurb, it leaves the piece its own report
    text = "在某某座谈会上的讲话\n\nGeneral 更新 2023年11月02日\n\n下面是小编给大家整理的讲话稿，仅供参考。\n\n【篇一】\n\n同志们：\n\n" + BODY + "\n"
    assert titles(text) == ["【篇一】"]


def test_a_document_sites_card_without_labels_and_its_buttons_are_furniture():

    assert_furniture(("57.85KB", "89 页", "999+", "侵权投诉"), not_lines=("第89页", "100页的报告", "12+3", "2023年"))
    # under the page's title, the card leads down to the text's own printing of it, the title
    card = "2024年某某县政府工作报告\nVIP专免\n2024-01-13\n999+\n57.85KB\n89 页\n侵权投诉\n政府工作报告\n各位代表：\n"
    doc = ping_an.parse_text(card + BODY + "\n一、工作回顾\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["政府工作报告"]
    assert doc.reports[0].line == 8


def test_a_sites_summary_that_opens_with_the_title_in_book_marks_is_furniture():
    text = (
        "2024年某某市政府工作报告(全文)\n\n《2024年某某市政府工作报告(全文)》2024年1月20日在某某市第十届人民代表大会上\n"
        "来源: | 来源:某某市政府网站 | 时间:2024-03-12\n\n政府工作报告\n\n——2024年1月20日在某某市第十届人民代表大会第三次会议上\n\n各位代表：\n"
        + BODY + "\n一、2023年工作回顾\n" + BODY + "\n"
    )
    assert titles(text) == ["政府工作报告"]
    # a title line in book marks alone is a title
    text = "某某办〔2024〕3号\n《某某县人民政府办公室关于印发2024年工作要点的通知》\n各乡镇：\n" + BODY + "\n"
    assert titles(text) == ["《某某县人民政府办公室关于印发2024年工作要点的通知》"]


def test_a_compendiums_title_at_a_pages_head_titles_the_document():
    text = (
        "社区工作总结5篇\n\n《社区工作总结5篇》是小编为大家整理的优秀范文，欢迎参考。\n\n社区工作总结5篇\n\n"
        "第1篇社区工作总结\n\n" + BODY + "\n一、主要工作\n" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    assert doc.title == "社区工作总结5篇"
    assert [r.title for r in doc.reports] == ["第1篇社区工作总结"]


def test_a_title_printed_again_inside_the_text_is_no_part_title():
    # an outline names its kind of text as 提纲 does (…事迹材料大纲)
    title = "优秀村党支部书记先进事迹材料大纲"
    text = (
        f"{title}\n\n{title}\n\n李某某，1980年生，2010年起任村党支部书记。\n\n{title}\n\n"
        "从门外汉变成行家\n\n" + BODY + "\n\n" + BODY + "\n\n带着群众闯市场\n\n" + BODY + "\n"
    )
    (report,) = ping_an.parse_text(text).reports
    assert [(s.depth, s.heading) for s in report.sections] == [(1, "从门外汉变成行家"), (1, "带着群众闯市场")]


def test_a_compendiums_title_set_again_inside_its_first_piece_starts_no_report():
    text = (
        "幼儿园园长述职报告(通用8篇)\n\n幼儿园园长述职报告 篇1\n\n尊敬的领导：\n\n幼儿园园长述职报告(通用8篇)\n\n"
        + BODY + "\n\n一、坚持严于律己\n\n" + BODY + "\n\n二、依靠群体智慧\n\n" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    assert doc.title == "幼儿园园长述职报告(通用8篇)"
    assert [r.title for r in doc.reports] == ["幼儿园园长述职报告 篇1"]
    assert [s.heading for s in doc.reports[0].sections] == ["坚持严于律己", "依靠群体智慧"]


def test_pinyin_a_page_set_after_characters_is_read_past():
    from ping_an.rules.patterns import is_furniture_text, unglossed

    assert unglossed("時(shí)間:2022-05-14 09:10:00") == "時間:2022-05-14 09:10:00"
    assert is_furniture_text("時(shí)間:2022-05-14 09:10:00")
    # a bracket of Latin letters that is no reading stays (李(li), (2), (全文))
    assert unglossed("政府工作报告(全文) 李(li) (2)") == "政府工作报告(全文) 李(li) (2)"
    text = (
        "市長(zhǎng)在黨建工作會(huì)上的發(fā)言\n\n時(shí)間:2022-05-14 09:10:00\n\n"
        "市長(zhǎng)在黨建工作會(huì)上的發(fā)言\n\n同志們:\n\n" + BODY + "\n\n一、提高認識\n\n" + BODY + "\n"
    )
    # the title keeps the readings as the page printed them
    assert titles(text) == ["市長(zhǎng)在黨建工作會(huì)上的發(fā)言"]


def test_a_sites_column_hotlines_teasers_and_more_links_are_furniture():

    assert_furniture(
        ("工作总结/工作汇报", "讲话稿／致辞", "24小时求稿热线:13220535006 王老师", "某某网站长、公文写作专家、公务...[详细]", "更多 >>"),
        not_lines=("加强学习/提高素质", "2023年工作总结/2024年工作计划", "请拨打热线电话12345反映问题。", "开通服务热线12345，受理群众诉求"),
    )
    # a list's bullet before a title is no part of it
    text = "  • 文件名称:\n\n    某某局党组关于巡察整改情况的通报\n\n  • 某某局党组关于巡察整改情况的通报\n\n    日期:2023-05-04 08:46:31 来源:某某局\n\n" + BODY + "\n\n一、整改工作\n\n" + BODY + "\n"
    assert titles(text) == ["某某局党组关于巡察整改情况的通报"]


def test_a_kind_of_text_spaced_out_is_a_titles_line_not_an_authors_name():
    text = (
        "中国人民政治协商会议\n\n某某市第九届委员会常务委员会\n\n工 作 报 告\n\n"
        "—在3月2日政协某某市第九届委员会第五次会议上\n\n张  三\n\n各位委员：\n\n" + BODY + "\n\n一、过去一年的工作\n\n" + BODY + "\n"
    )
    assert titles(text) == ["中国人民政治协商会议 某某市第九届委员会常务委员会 工 作 报 告"]
    # a name spaced out under a title is its author, front matter
    text = "某某县政府工作报告\n\n张　三　丰\n\n各位代表：\n\n" + BODY + "\n\n一、工作回顾\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["某某县政府工作报告"] and "张　三　丰" in doc.reports[0].front


def test_a_note_in_brackets_under_a_notice_is_no_line_of_the_title_below_it():
    text = (
        "某某县人民政府关于印发2022年政府工作报告的通知\n\n各乡镇人民政府：\n\n现将《政府工作报告》印发给你们，请认真贯彻落实。\n\n"
        "某某县人民政府\n\n2022年2月9日\n\n(此件公开发布)\n\n \n\n政府工作报告\n\n——2022年1月20日在某某县第十八届人民代表大会第一次会议上\n\n"
        "各位代表：\n\n" + BODY + "\n\n一、工作回顾\n\n" + BODY + "\n"
    )
    assert titles(text) == ["政府工作报告"]


def test_a_disclosure_pages_index_number_and_its_fields_values_printed_again_are_no_title():
    from ping_an.rules.patterns import is_furniture_text

    assert is_furniture_text("11371525004442211X/2022-26727573") and not is_furniture_text("GDP/2022-2023年增长")
    rows = "索引号: | 113308020026201660/2024-81611 | 公开方式: | 主动公开 | ||\n发布单位: | 某某区农业农村局 | 成文日期: | 2024-01-24 | ||\n"
    values = "113308020026201660/2024-81611\n某某区农业农村局\n2024-01-24\n主动公开\n发布时间:2024-01-24 16:33\n"
    body = "四季度以来，区农业农村局紧扣农民增收，扎实推进各项工作。\n（一）稳产保供有序有力。" + BODY + "\n（二）主导产业做大做强。" + BODY + "\n"
    assert titles(rows + values + body) == [None]
    # a title given in a field and printed again is the title
    rows = "标题: | 某某区农业农村局2024年工作总结 | 发布单位: | 某某区农业农村局 | ||\n"
    assert titles(rows + "某某区农业农村局2024年工作总结\n" + body) == ["某某区农业农村局2024年工作总结"]


def test_a_heading_line_with_a_motto_after_its_colon_is_one_heading():
    text = "某某小学工作总结\n\n（一）队伍建设：夯实育人根基\n\n" + BODY + "\n\n（二）安全管理：筑牢防护底线\n\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["队伍建设：夯实育人根基", "安全管理：筑牢防护底线"]
    # a label and its value, figures, or a body after the colon: the heading ends there
    text = "某某活动方案\n\n（一）主题：真情连你我 和谐进万家\n\n（二）贫困村：24个（见附表）\n\n（三）主要做法：一是抓学习，二是抓落实。\n\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["主题", "贫困村", "主要做法"]


def test_a_first_line_longer_than_a_short_title_is_the_title_when_it_names_its_kind():
    title = "中共某某县委关于制定某某县国民经济和社会发展第十五个五年规划和二〇三五年远景目标的建议"
    assert len(title) > 40
    assert titles(f"{title}\n\n" + BODY + "\n\n一、发展成就\n\n" + BODY + "\n") == [title]
    # as long a first line that names no kind of text is a sentence's start, no title
    line = "中共某某县委某某届某次全会深入学习贯彻党的二十届四中全会精神全面部署今后五年全县各项重点任务"
    assert titles(f"{line}\n\n" + BODY + "\n\n一、发展成就\n\n" + BODY + "\n") == [None]


def test_menu_bullets_and_a_masked_second_printing_of_the_title_are_front_matter():
    text = "• 无障碍\n• 长辈版\n您现在所在的位置：首页 > 政务公开\n在某某县人民代表大会上的政府工作报告\n发表时间：2024/01/05\n在**县人民代表大会上的政府工作报告\n各位代表：\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    # the article's own heading, nearest the text, is the title, masks and all
    assert titles(text) == ["在**县人民代表大会上的政府工作报告"]
    assert doc.reports[0].front[-1] == "各位代表："


def test_a_short_line_over_a_numbered_series_titles_the_part_it_makes_up():
    text = "市人民法院工作报告\n\n各位代表：\n\n" + BODY + "\n\n过去五年工作回顾\n\n" + BODY + "\n\n一、坚持公正司法\n\n" + BODY + "\n\n二、深化司法改革\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    (part,) = doc.reports[0].sections
    assert (part.marker, part.heading) == (None, "过去五年工作回顾")
    assert [s.heading for s in part.sections] == ["坚持公正司法", "深化司法改革"]


def test_a_title_printed_again_above_the_text_is_no_part_line():
    text = "工作总结\n\n某某街道重点工作\n督查报告\n" + BODY + "\n一、总体情况\n" + BODY + "\n二、存在问题\n" + BODY + "\n"
    assert [s.marker for s in ping_an.parse_text(text).reports[0].sections] == ["一、", "二、"]


def test_a_notice_whose_issued_text_starts_a_report_of_its_own_is_front_matter():
    text = "某某市卫健委关于印发 2024年全市卫生健康工作要点的通知\n\n发布：市卫健委\n\n各区卫健局：现将工作要点印发给你们。\n\n2024年全市卫生健康工作要点\n\n——2024年3月1日\n\n一、深化医改\n" + BODY + "\n"
    assert titles(text) == ["2024年全市卫生健康工作要点"]


def test_an_empty_font_size_switch_in_brackets_is_furniture():
    from ping_an.rules.patterns import is_furniture_text

    assert is_furniture_text("【字号：    】        时间：2025-01-26")
    assert not is_furniture_text("【典型案例】某某镇推进垃圾分类，群众满意度明显提升。")


def test_a_zero_width_line_is_where_a_link_broke_a_sentence():
    doc = ping_an.parse_text("工作报告\n\n各位代表：\n\n我们要全面深化各领域改\n\u200b\n革，加快推进基础性改革。\n")
    assert doc.reports[0].preamble == "我们要全面深化各领域改革，加快推进基础性改革。"


def test_a_links_words_on_a_line_of_their_own_are_the_middle_of_the_sentence():
    # a web archive sets a link's words on a line of their own: the line before left
    # its sentence open, the line after opens with the punctuation that closes it
    text = "工作报告\n\n各位代表：\n\n我国同有关国家已经签订了\n双边合作协定\n。合作领域不断拓展。\n"
    assert ping_an.parse_text(text).reports[0].preamble == "我国同有关国家已经签订了双边合作协定。合作领域不断拓展。"
    # a short line after a finished sentence stays a line of its own
    whole = "工作报告\n\n各位代表：\n\n我国同有关国家签订了协定。\n双边合作协定\n。合作领域不断拓展。\n"
    assert ping_an.parse_text(whole).reports[0].preamble == "我国同有关国家签订了协定。\n双边合作协定。合作领域不断拓展。"


def test_a_short_line_over_a_series_of_leads_titles_its_part():
    text = "镇政府工作报告\n各位代表：\n" + BODY + "\n上半年工作回顾\n" + BODY + "\n经济指标实现新跃升。" + BODY + "\n项目建设取得新进展。" + BODY + "\n"
    (part,) = ping_an.parse_text(text).reports[0].sections
    assert part.heading == "上半年工作回顾" and [s.heading for s in part.sections] == ["经济指标实现新跃升", "项目建设取得新进展"]
    # a word a link broke out of a sentence (the text before it unfinished) is no part
    text = text.replace(BODY + "\n上半年工作回顾", "我们坚持\n上半年工作回顾")
    assert top_headings(text)[:1] != ["上半年工作回顾"]


def test_a_site_name_above_the_trail_is_no_title():
    text = "某某省人民政府网\n首页 > 政务公开\n发布时间：2024-03-05\n\n各位代表：\n\n" + BODY + "\n\n一、工作回顾\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert titles(text) == [None] and doc.front[0] == "某某省人民政府网"


def test_a_title_line_with_table_separators_left_on_it_is_the_title():
    assert titles("某某县检察院工作报告 | |||||\n---|---|---|\n各位代表：\n" + BODY + "\n") == ["某某县检察院工作报告"]


def test_a_shared_frame_makes_a_series_of_framing_sentences():
    frame = ["农业是强县之基。", "工业是富民之本。", "服务业是活力之源。"]
    assert leads("工作总结\n\n" + "\n".join(s + BODY for s in frame[:2]) + "\n") == ["农业是强县之基", "工业是富民之本"]
    scene = ["在住房方面。", "在养老方面。"]
    assert leads("工作总结\n\n" + "\n".join(s + BODY for s in scene) + "\n") == ["在住房方面", "在养老方面"]
    # framing sentences that share no frame stay body text
    assert leads("工作总结\n\n农业是国民经济的基础。" + BODY + "\n改革开放是强国之路。" + BODY + "\n") == []


def test_pieces_that_carry_only_a_label_are_titled_by_it():
    piece = "\n\n" + BODY + "\n一、主要工作\n" + BODY + "\n\n\n"
    text = "工作材料汇编\n\n目录\n\n第一篇　甲县工作总结\n第二篇　乙县工作总结\n\n\n第一篇" + piece + "第二篇" + piece
    doc = ping_an.parse_text(text)
    assert [(r.title, [s.heading for s in r.sections]) for r in doc.reports] == [("第一篇", ["主要工作"]), ("第二篇", ["主要工作"])]


def test_a_spaced_out_title_names_its_kind_of_text():
    text = "某某镇2023年工作报告和2024年工作计划\n政 府 工 作 报 告\n2024年2月26日在镇人民代表大会上\n各位代表：\n" + BODY + "\n一、工作回顾\n" + BODY + "\n"
    assert titles(text) == ["政 府 工 作 报 告"]


def test_a_metadata_line_naming_a_kind_of_text_is_not_a_report_title():
    # a page prints its date and its category under the title: 总结 names a kind of text
    text = "某某社区年度工作总结\n\n2022-03-04 总结\n\n今年以来，社区围绕中心工作扎实推进各项任务。\n\n一、 加强队伍建设\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert report.title == "某某社区年度工作总结" and "2022-03-04 总结" in report.front
    assert [s.heading for s in report.sections] == ["加强队伍建设"]


# --- pages from essay and document-sharing sites -----------------------------------


def test_a_sites_greeting_and_its_note_to_the_reader_are_front_matter():
    text = "\n".join(
        [
            "欢迎来到某某范文网！",
            "某某镇2023年安全生产工作总结",
            "本文是小编为您精心整理的某某镇安全生产工作总结，供您参考。",
            "今年以来，我镇坚持安全发展理念，全力防范化解各类风险。",
            "一、压实安全责任",
            BODY,
        ]
    )
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert report.title == "某某镇2023年安全生产工作总结"
    assert "欢迎来到某某范文网！" in doc.front
    assert "本文是小编为您精心整理的某某镇安全生产工作总结，供您参考。" in report.front
    assert [s.heading for s in report.sections] == ["压实安全责任"]
    # the same note inside the body is body text
    inner = "某某镇2023年安全生产工作总结\n\n" + BODY + "\n\n一、压实安全责任\n\n" + BODY + "\n本站为群众提供办事指南，供您参考。\n"
    assert ping_an.parse_text(inner).reports[0].front == []


def test_a_search_box_above_a_text_is_furniture_and_leaves_it_untitled():
    text = "请输入关键词\n选择搜索类型\n站内搜索\n一、总体情况\n" + BODY + "\n二、主要做法\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert report.title is None
    assert [s.heading for s in report.sections] == ["总体情况", "主要做法"]
    from ping_an.rules.patterns import is_furniture_text

    assert not is_furniture_text("选择优质项目")


def test_a_metadata_value_under_its_label_is_furniture_and_the_article_heading_is_the_title():
    text = "\n\n".join(
        [
            "• 文件名称：",
            "某某区防汛预案",
            "• 发布机构：",
            "某某区人民政府",
            "• 某某区防汛预案",
            "日期：2020-05-06 09:00:00 来源：区应急局 浏览量：",
            "朗读",
            "某某区人民政府办公室关于防汛工作的",
            "总体应急预案",
            "一、总则",
            BODY,
        ]
    )
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    # the page's shorter heading and the article's own: one title, the article's
    assert report.title == "某某区人民政府办公室关于防汛工作的 总体应急预案"
    assert [s.heading for s in report.sections] == ["总则"]


def test_a_title_printed_twice_in_the_same_words_keeps_the_first_printing():
    text = "\n".join(
        ["首页 > 政务公开", "某某县2022年政府工作报告", "发布时间：2023-01-05", "某某县2022年政府工作报告", "各位代表：", BODY]
    )
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["某某县2022年政府工作报告"]


def test_a_sites_label_and_a_row_of_tags_are_not_the_title():
    text = "\n".join(
        [
            "欢迎访问某某方案网",
            "范文资料：全镇垃圾分类工作实施方案",
            "2022-01-02",
            "实施方案 环境整治工作方案 清洁家园实施方案",
            "为深入推进垃圾分类工作，结合我镇实际，制定本方案。",
            "一、总体要求",
            BODY,
        ]
    )
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert report.title == "全镇垃圾分类工作实施方案"
    assert "范文资料：全镇垃圾分类工作实施方案" in report.front + doc.front
    assert "实施方案 环境整治工作方案 清洁家园实施方案" in report.front
    # a title's own colon stays: the words after it name no kind of text
    assert titles("述职报告：履职尽责勇担当\n\n" + BODY + "\n") == ["述职报告：履职尽责勇担当"]


def test_a_conference_documents_label_above_the_title_is_front_matter():
    text = "某某市第八届人民代表大会第二次会议文件\n政府工作报告\n——2024年1月9日在某某市第八届人民代表大会第二次会议上\n各位代表：\n" + BODY + "\n一、过去一年工作回顾\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert report.title == "政府工作报告"
    assert "某某市第八届人民代表大会第二次会议文件" in doc.front + report.front
    # a title about a conference's documents is still a title
    assert titles("关于会议文件管理工作的报告\n\n" + BODY + "\n") == ["关于会议文件管理工作的报告"]


def _pages(text: str, size: int = 240) -> str:
    """text as a document-sharing site shows it: numbered pages cut at a fixed length."""
    return "\n".join(f"{k}、{text[i : i + size]}" for k, i in enumerate(range(0, len(text), size), 1))


SHARED_TEXT = (
    "某某镇2023年工作总结\n"
    + "今年以来，我镇坚持稳中求进工作总基调，统筹推进各项工作，经济社会发展保持良好态势。" * 2
    + "一、经济运行稳中向好。" + BODY * 6
    + "二、民生事业持续改善。" + BODY * 6
    + "三、基层治理不断加强。" + BODY * 5
)


def test_a_document_sharing_sites_page_numbers_are_front_matter_and_its_pages_are_joined():
    text = SHARED_TEXT.replace("\n", "")
    doc = ping_an.parse_text(_pages(text))
    (report,) = doc.reports
    assert report.title == "某某镇2023年工作总结"
    assert [s.heading for s in report.sections] == ["经济运行稳中向好", "民生事业持续改善", "基层治理不断加强"]
    pages = -(-len(text) // 240)
    assert doc.front == [f"{k}、" for k in range(1, pages + 1)]
    # the pages join back: no paragraph ends where a page was cut
    assert BODY * 3 in report.sections[-1].body.replace("\n", "")


def test_numbered_paragraphs_that_end_their_sentences_are_not_pages():
    paragraphs = [f"{k}、{head}。{BODY * 4}" for k, head in enumerate(["加强队伍建设", "完善工作机制", "强化督查考核"], 1)]
    doc = ping_an.parse_text("某某局工作总结\n" + "\n".join(paragraphs) + "\n")
    (report,) = doc.reports
    assert [s.heading for s in report.sections] == ["加强队伍建设", "完善工作机制", "强化督查考核"]
    assert doc.front == []


def test_a_title_run_into_the_texts_first_sentence_ends_at_the_name_of_its_kind():
    text = "某某区2023年卫生健康工作总结及2024年工作计划2023年，在区委、区政府的正确领导下，我们扎实推进各项工作。一、主要做法" + BODY + "二、存在问题" + BODY
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["某某区2023年卫生健康工作总结及2024年工作计划"]
    assert titles("-精品推荐- 某某街道2008年工作总结一年来，街道在区委的领导下，全面完成各项任务。" + BODY * 3) == ["某某街道2008年工作总结"]
    # a first sentence that only names a report is text
    opening = "认真落实年度工作报告，在全面深化改革中，推动各项工作取得新成效。" + BODY * 3
    assert titles(opening) == [None]


def test_an_essay_sites_compendium_counts_its_pieces_and_each_piece_is_titled_by_its_label():
    text = "\n\n".join(
        [
            "首页 > 范文 > 讲话稿",
            "县长在防汛工作会议上的讲话【精选二篇】",
            "时间：2023-06-01 10:00:00",
            "县长在防汛工作会议上的讲话(精选2篇)",
            "县长在防汛工作会议上的讲话 篇1",
            "同志们：今年汛期来得早，我们要早做准备。" + BODY,
            "一、提高认识",
            BODY,
            "县长在防汛工作会议上的讲话 篇2",
            "同志们：防汛工作事关群众生命财产安全。" + BODY,
        ]
    )
    doc = ping_an.parse_text(text)
    assert doc.title == "县长在防汛工作会议上的讲话(精选2篇)"
    assert [r.title for r in doc.reports] == ["县长在防汛工作会议上的讲话 篇1", "县长在防汛工作会议上的讲话 篇2"]
    assert [s.heading for s in doc.reports[0].sections] == ["提高认识"]


def test_a_pieces_label_run_into_its_first_line_is_its_title_line():
    text = "第一篇 在县委的坚强领导下，全镇上下凝心聚力，各项工作取得新进展。" + BODY + "\n一、狠抓项目建设\n" + BODY + "\n第二篇 今年以来，我局紧紧围绕中心工作，扎实推进各项任务落实。" + BODY + "\n一、强化队伍建设\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["第一篇", "第二篇"]
    assert [s.heading for s in doc.reports[1].sections] == ["强化队伍建设"]
    # a plan's part, its title on the line with its label, is a heading line, not a piece
    plan = "某某县国民经济和社会发展规划\n\n第一篇 总体要求\n\n" + BODY + "\n\n第二篇 主要任务\n\n" + BODY + "\n"
    assert titles(plan) == ["某某县国民经济和社会发展规划"]


def test_a_heading_run_into_its_text_ends_where_the_text_opens_after_a_space():
    text = "某某镇政府工作报告\n\n各位代表：\n\n一、2023年工作回顾 2023年是全面贯彻党的二十大精神的开局之年。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["2023年工作回顾"]
    # a space inside a heading, before a figure, does not end it
    text = "某某镇政府工作报告\n\n各位代表：\n\n一、全年完成 12 项重点任务。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["全年完成 12 项重点任务"]


def test_paragraphs_run_together_with_a_space_after_a_sentence_end_are_paragraphs_again():
    body = "全年完成固定资产投资十二亿元，同比增长百分之八，重点项目建设提速增效，群众获得感不断增强。"
    line = (
        "（一）坚持稳中求进，全力提振经济活力。 "
        + "紧盯关键指标。" + body * 2 + " "
        + "提升发展动能。" + body * 2 + " "
        + "优化营商环境。" + body * 2
    )
    text = "某某街道2023年工作总结\n\n一、主要工作\n\n" + line + "\n"
    (report,) = ping_an.parse_text(text).reports
    (part,) = report.sections
    (sub,) = part.sections
    assert [s.heading for s in sub.sections] == ["紧盯关键指标", "提升发展动能", "优化营商环境"]
    # a text that sets a space after every sentence has not lost its breaks
    spaced = " ".join(["紧盯关键指标。" + body, "提升发展动能。" + body]).replace("。", "。 ")
    (report,) = ping_an.parse_text("某某街道2023年工作总结\n\n一、主要工作\n\n" + spaced + "\n").reports
    assert report.sections[0].sections == []


@pytest.mark.parametrize("opening", ["刚刚过去的一年，", "1-11月，", "3月份以来，"])
def test_a_heading_run_into_a_narrative_of_the_time_just_past_ends_before_it(opening):
    text = "某某镇政府工作报告\n\n各位代表：\n\n一、认清形势增强责任" + opening + "全镇上下攻坚克难，各项工作取得新进展。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["认清形势增强责任"]


def test_a_heading_that_names_the_months_is_not_cut_there():
    text = "某某镇政府工作报告\n\n各位代表：\n\n一、1-11月工作回顾\n\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["1-11月工作回顾"]


def test_a_compendium_copied_as_one_line_keeps_its_inline_toc_and_its_first_piece():
    pieces = ["某某区民政局2023年工作总结", "某某区民政局2024年工作计划", "某某区民政局2023年依法行政工作总结"]
    head = "某某区民政局工作总结汇编(3篇) 目录 " + " ".join(f"{k}.{t} {3 + 7 * k}" for k, t in enumerate(pieces, 1))
    line = head + " " + pieces[0] + "2023年，我局深入贯彻党的二十大精神，扎实推进各项工作。" + "一、主要工作 " + BODY * 6 + "二、存在问题 " + BODY * 6
    doc = ping_an.parse_text(line + "\n")
    assert [t.title for t in doc.toc] == pieces
    assert [r.title for r in doc.reports] == pieces[:1]
    assert [s.heading for s in doc.reports[0].sections] == ["主要工作", "存在问题"]
    # entries without page numbers, the piece run into its salutation
    line = "某某镇政府工作报告汇编(3篇)目录1.甲镇政府工作报告 2.乙镇政府工作报告 3.丙镇政府工作报告 甲镇政府工作报告各位代表：现在，我代表镇人民政府向大会报告工作。" + BODY * 12
    doc = ping_an.parse_text(line + "\n")
    assert len(doc.toc) == 3 and [r.title for r in doc.reports] == ["甲镇政府工作报告"]


def test_a_toc_named_inside_a_sentence_is_no_toc():
    line = "某某局2023年工作总结\n今年以来，我局编制了权责清单目录，共梳理事项1.2万项，2.3万人次受益。" + BODY * 12 + "\n"
    doc = ping_an.parse_text(line)
    assert doc.toc == [] and [r.title for r in doc.reports] == ["某某局2023年工作总结"]


# --- printings of a title, labels and widgets at a page's head ------------------------


def test_a_date_line_alone_is_never_a_title():
    text = "（2019年5月6日）\n\n同志们：\n\n今天召开会议，主要任务是部署工作。\n\n一、提高认识。" + BODY + "\n"
    assert titles(text) == [None]
    # a dated title is still a title
    assert titles("2019年5月工作总结\n\n" + BODY + "\n\n一、主要做法。" + BODY + "\n") == ["2019年5月工作总结"]


def test_of_a_title_printed_twice_the_printing_nearest_the_text_is_the_title():
    # worded a little differently (a 的, a 在, spaces): one title, the article's own
    text = "区委书记2022年区委全会闭幕时讲话\n\n时间：2022-10-17 14:15 浏览量：\n\n区委书记在 2022 年区委全会闭幕时的讲话\n\n同志们：\n\n" + BODY + "\n"
    assert titles(text) == ["区委书记在 2022 年区委全会闭幕时的讲话"]
    # a page's headline with a year, the article's shorter heading above its subtitle
    text = "某某市2025年政府工作报告\n来源：某某日报\n政府工作报告\n——2025年1月8日在某某市第五届人民代表大会第三次会议上\n各位代表：\n" + BODY + "\n"
    assert titles(text) == ["政府工作报告"]
    # two different titles, each over its own text, stay two reports
    text = "某某镇2023年工作总结\n\n" + BODY + "\n\n一、主要做法。" + BODY + "\n\n某某镇2024年工作计划\n\n——在镇党委全体会议上的讲话\n\n" + BODY + "\n"
    assert titles(text) == ["某某镇2023年工作总结", "某某镇2024年工作计划"]


def test_a_sites_model_essay_label_is_not_the_title():
    text = "某某文库 资料 某某街道2023年工作总结范文\n\n某某街道2023年工作总结范文\n\n本站小编为你精心准备了某某街道2023年工作总结参考范文，供您参考。\n\n某某街道2023年工作总结\n\n一、主要工作。" + BODY + "\n"
    assert titles(text) == ["某某街道2023年工作总结"]
    # the label as the only printing is the title as printed
    assert titles("某某街道2023年工作总结范文\n\n一、主要工作。" + BODY + "\n\n二、存在问题。" + BODY + "\n") == ["某某街道2023年工作总结范文"]


def test_a_pieces_label_above_its_own_title_line_leaves_the_title_to_it():
    text = "某局副局长述职报告范文五篇-某某网\n\n2022-11-08 某某网的版权声明\n\n某局副局长述职报告\n\n某局副局长述职报告篇1\n\n2023年某区某局副局长述职述廉报告（分管党务、信访）\n\n今年以来，本人在局党组的领导下，认真履行职责。" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["2023年某区某局副局长述职述廉报告（分管党务、信访）"]


def test_a_font_size_switch_set_one_choice_a_line_and_empty_fields_are_furniture():
    text = "下载\n打印\n【字号：\n加大\n还原\n减小\n】\n2025年某某市政府工作报告\n——2025年1月8日在某某市第五届人民代表大会第三次会议上\n推荐人： 来源： 阅读： 2.08W 次\n各位代表：\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["2025年某某市政府工作报告"]
    assert "推荐人： 来源： 阅读： 2.08W 次" in doc.reports[0].front


def test_a_title_run_into_its_first_heading_or_its_second_printing_ends_there():
    line = "某某局2024年工作计划 一、指导思想 紧紧围绕全局中心工作，" + BODY * 4 + "二、主要任务 " + BODY * 4
    doc = ping_an.parse_text(line + "\n")
    assert [r.title for r in doc.reports] == ["某某局2024年工作计划"]
    assert [s.heading for s in doc.reports[0].sections] == ["指导思想", "主要任务"]
    # the page's heading and the article's own run together, then the text
    line = "某乡上半年主要工作情况与下一步工作计划某乡上半年主要工作情况与下一步工作打算今年以来，我乡紧紧围绕县委部署，" + BODY * 6
    assert titles(line + "\n") == ["某乡上半年主要工作情况与下一步工作打算"]
    # a salutation typed with a full stop
    line = "某区人民政府工作报告材料各位代表。现在，我代表区人民政府向大会报告工作，请予审议。" + BODY * 6
    assert titles(line + "\n") == ["某区人民政府工作报告材料"]


def test_a_compendium_piece_titled_with_its_number():
    text = "安全生产月活动总结集合3篇\n\n安全生产月活动总结1\n\n" + BODY + "\n\n一、加强领导。" + BODY + "\n\n安全生产月活动总结2\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert doc.title == "安全生产月活动总结集合3篇"
    assert [r.title for r in doc.reports] == ["安全生产月活动总结1", "安全生产月活动总结2"]


# --- traditional characters -----------------------------------------------------------


def test_a_text_in_traditional_characters_reads_as_in_simplified():
    simplified_text = (
        "首页 > 工作动态\n某某镇2023年工作总结\n发布时间：2023-12-20 来源：镇党政办\n某某镇2023年度工作总结\n"
        "同志们：\n一、聚焦发展。" + BODY + "首先，加强组织领导，层层压实工作责任。其次，强化督导检查，推动任务落到实处。"
        "最后，总结经验做法，形成长效机制。\n二、狠抓落实。" + BODY + "\n"
    )
    pairs = dict(zip("镇总结发布时间来源党办动态首页强组织导层压实责任检查务处经验长机制与后", "鎮總結發佈時間來源黨辦動態首頁強組織導層壓實責任檢查務處經驗長機製與後"))
    traditional_text = simplified_text.translate(str.maketrans(pairs))
    a, b = ping_an.parse_text(simplified_text), ping_an.parse_text(traditional_text)
    assert [r.title for r in a.reports] == ["某某镇2023年度工作总结"]
    assert [r.title for r in b.reports] == ["某某鎮2023年度工作總結"]
    assert [(s.marker, s.line) for s in a.reports[0].sections] == [(s.marker, s.line) for s in b.reports[0].sections]
    assert [m.marker for m in b.reports[0].sections[0].measures] == ["首先", "其次", "最後"]
    # the output keeps the input's characters
    assert b.reports[0].sections[1].heading == "狠抓落實"


# --- lists of whole-paragraph items across sections ------------------------------------


def test_a_list_whose_first_item_alone_ends_a_section_goes_on_across_the_lead_paragraphs():
    leads_of = lambda k: "".join(f"{w}取得新成效。{BODY}\n\n" for w in ("稳增长", "促改革", "惠民生")[:k])
    text = (
        "某某市2025年政府工作报告\n\n各位代表：\n\n一、过去一年的工作\n\n一年来，我们主要做了三方面工作：\n\n"
        "一是坚决打好攻坚战，发展质量稳步提升。" + BODY + "\n\n" + leads_of(3)
        + "二是全面推进乡村振兴，城乡融合迈出新步伐。" + BODY + "\n\n" + leads_of(2)
        + "三是持续改善民生，人民生活水平不断提高。" + BODY + "\n"
    )
    (report,) = ping_an.parse_text(text).reports
    found = []

    def walk(sections):
        for s in sections:
            found.extend(m.marker for m in s.measures)
            walk(s.sections)

    walk(report.sections)
    assert found == ["一是", "二是", "三是"]
    # a first item that no later section goes on with is no list
    text = "某某市2025年政府工作报告\n\n各位代表：\n\n一、过去一年的工作\n\n一是坚决打好攻坚战，发展质量稳步提升。" + BODY + "\n\n" + leads_of(3)
    (report,) = ping_an.parse_text(text).reports
    found.clear()
    walk(report.sections)
    assert found == []


# --- lead-ins, a chair's words, table rows -------------------------------------------


def test_a_sentence_announcing_what_follows_is_no_topic():
    for sentence in ("参加今天会议的有", "主要工作包括", "具体安排如下", "本次活动的主题是"):
        assert ping_an.parse.classify.classify(ping_an.read.lines.Paragraph(sentence + "：" + BODY, 1)).topic is None, sentence
    # a label naming a topic is one
    assert ping_an.parse.classify.classify(ping_an.read.lines.Paragraph("经验做法：" + BODY, 1)).topic is not None


def test_a_chairs_words_are_no_leads():
    text = "同志们：\n\n今天会议共有两项议程。" + BODY + "\n\n下面请某某同志传达会议精神。" + BODY + "\n\n刚才某某同志作了辅导报告。" + BODY + "\n"
    assert leads(text) == []
    # the same layout with topics is a series of leads
    text = "同志们：\n\n强化理论武装。" + BODY + "\n\n抓实队伍建设。" + BODY + "\n\n推进作风转变。" + BODY + "\n"
    assert leads(text) == ["强化理论武装", "抓实队伍建设", "推进作风转变"]


def test_a_table_row_with_one_cell_filled_is_no_lead_line():
    rows = "| 第二十条 第(一)项 | | |\n| 信息内容 | 本年制发件数 | 本年废止件数 |\n| 规章 | 0 | 0 |\n"
    text = "某某局2023年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n" + rows + rows.replace("(一)", "(五)") + rows.replace("(一)", "(六)")
    assert leads(text) == []


def test_a_heading_run_into_a_sentence_that_opens_with_a_year_ends_before_it():
    text = "某某县林业局2021年工作总结\n\n一、坚持安全发展，2021年安全生产工作成效明显2021年，全局上下坚持安全发展理念，" + BODY + "\n\n二、强化责任落实。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["坚持安全发展，2021年安全生产工作成效明显", "强化责任落实"]


def test_a_heading_run_into_a_templates_year_with_its_blank_ends_before_it():
    text = "县长在全县经济工作会议上的讲话\n\n同志们：\n\n一、要准确把握当前经济形势 20xx 年，全县上下克难攻坚，" + BODY + "\n\n二、要明确今年工作任务。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["要准确把握当前经济形势", "要明确今年工作任务"]
    # a year inside the heading's words, with no comma after it, stays in it
    text = "某某县工作计划\n\n一、力争20xx年实现全县脱贫目标。" + BODY + "\n\n二、强化责任落实。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.sections[0].heading == "力争20xx年实现全县脱贫目标"


def test_a_sites_label_repeating_the_title_in_the_text_titles_no_part():
    text = "某镇上半年工作总结\n\n某镇上半年工作总结范文\n\n今年上半年，全镇上下凝心聚力，主要有以下三个方面：\n\n某镇上半年工作总结范文\n\n（一）坚持发展主题，经济总量稳步攀升。\n\n" + BODY + "\n\n（二）坚持民生优先，社会事业全面进步。\n\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [(s.marker, s.heading) for s in report.sections] == [("（一）", "坚持发展主题，经济总量稳步攀升"), ("（二）", "坚持民生优先，社会事业全面进步")]


def test_a_heading_glued_to_its_first_item_or_sub_heading_ends_there():
    # a page copied as one line, the punctuation before the breaks lost too
    line = (
        "某乡2023年上半年工作情况与下一步工作打算今年以来，我乡紧紧围绕县委部署，" + BODY
        + "一、主要工作情况（一）多方联动，凝心聚力，决战脱贫攻坚。" + BODY * 6
        + "（二）积极谋划，巩固成果，加快城镇提质。" + BODY * 6
    )
    (report,) = ping_an.parse_text(line + "\n").reports
    assert [s.heading for s in report.sections] == ["主要工作情况"]
    assert [s.heading for s in report.sections[0].sections] == ["多方联动，凝心聚力，决战脱贫攻坚", "积极谋划，巩固成果，加快城镇提质"]
    line = "某局2024年工作计划 一、指导思想 紧紧围绕全局中心工作，" + BODY + "二、主要工作目标1、力争建成机关食堂并投入使用；2、力争办公用房改造全面完成；3、后勤服务保障水平稳步提高。" + BODY
    (report,) = ping_an.parse_text(line + "\n").reports
    assert [s.heading for s in report.sections] == ["指导思想", "主要工作目标"]
    assert [m.marker for m in report.sections[1].measures] == ["1、", "2、", "3、"]
    # a list glued to the words that announce it, in an intact paragraph, opens nothing
    text = "某局2023年工作总结\n\n一、主要做法\n\n全年重点抓了三项工作，主要包括（一）组织建设；（二）制度建设；（三）作风建设。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["主要做法"] and report.sections[0].sections == []


# --- more of a page's head -----------------------------------------------------------


def test_a_news_page_head_a_caption_and_a_trail_set_one_item_a_line():
    text = (
        "您的位置:\n首页\n>\n某某要闻\n某某要闻\n2026年政府工作报告\n来源：某某日报\n2026-02-03 09:02:33\n"
        "——2026年1月28日在某某省第十四届人民代表大会第四次会议上\n省长　某某某\n各位代表：\n" + BODY + "\n"
    )
    assert titles(text) == ["2026年政府工作报告"]
    # a caption says who gave the text; a subtitle may lose its dash
    text = (
        "某某省2026年政府工作报告\n2026年1月27日在某某省第十四届人民代表大会第四次会议上 某某省省长 某某\n"
        "时间：\n2026-02-02 09:20\n来源：\n某某省人民政府\n省长某某作政府工作报告\n各位代表：\n" + BODY + "\n"
    )
    assert titles(text) == ["某某省2026年政府工作报告"]
    # a title that names the work is no caption
    assert titles("在某某县人民代表大会上的政府工作报告\n\n各位代表：\n\n" + BODY + "\n") == ["在某某县人民代表大会上的政府工作报告"]


def test_a_newspaper_page_label_a_dated_weekday_and_an_abridged_speech():
    text = "第02版:聚焦全市交通运输工作会议\n本版新闻列表\n2023年12月22日 星期五\n某某局长在全市交通运输工作会议上的讲话摘要版\n\n同志们：\n\n" + BODY + "\n"
    assert titles(text) == ["某某局长在全市交通运输工作会议上的讲话摘要版"]


def test_a_sites_address_slogan_and_a_paywall_prompt_are_furniture():
    text = "ABC123.COM —— 专注公文写作范文\n\n关于2023年全县文化和旅游工作的汇报材料\n\n网友供稿 分享 时间: 加入收藏\n\n关于2023年全县文化和旅游工作的汇报材料\n\n一、主要工作\n\n（一）亮点工作\n\n" + BODY + "\n\n阅读全文\n\n温馨提示:VIP用户可免费下载全站内容\n\n（二）存在问题\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["关于2023年全县文化和旅游工作的汇报材料"]
    headings = []

    def walk(sections):
        for s in sections:
            headings.append(s.heading)
            walk(s.sections)

    walk(doc.reports[0].sections)
    assert headings == ["主要工作", "亮点工作", "存在问题"]


def test_a_document_sites_counted_title_run_into_the_first_pieces_label():
    whole = "某局2022年纳税服务工作总结三篇篇一纳税服务是税务机关依法为纳税人提供的规范、全面、便捷的服务。" + BODY * 20
    pages = [whole[k : k + 250] for k in range(0, len(whole), 250)]  # cut mid-sentence, as the site does
    text = "《某局工作总结三篇.docx》由会员分享,可在线阅读。\n" + "\n".join(f"{n}、{page}" for n, page in enumerate(pages, 1)) + "\n"
    doc = ping_an.parse_text(text)
    assert doc.title == "某局2022年纳税服务工作总结三篇"
    assert [r.title for r in doc.reports] == ["篇一"]


# --- dash lines alone -----------------------------------------------------------------


def test_dash_lines_alone_head_the_lead_paragraphs_under_them():
    text = (
        "某某省政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n"
        "——扎实抓好稳增长、防风险、保民生三项基本任务，高质量发展的底盘持续夯实。\n"
        "经济运行稳中有进。" + BODY + "\n就业形势总体稳定。" + BODY + "\n"
        "——着力深化改革、扩大开放、促进创新，高质量发展的动力更加强劲。\n"
        "深化改革系列举措释放新动能。" + BODY + "\n科技创新和产业创新融合发展深入推进。" + BODY + "\n"
    )
    (report,) = ping_an.parse_text(text).reports
    (part,) = report.sections
    assert [s.heading for s in part.sections] == [
        "扎实抓好稳增长、防风险、保民生三项基本任务，高质量发展的底盘持续夯实",
        "着力深化改革、扩大开放、促进创新，高质量发展的动力更加强劲",
    ]
    assert [[c.heading for c in s.sections] for s in part.sections] == [
        ["经济运行稳中有进", "就业形势总体稳定"],
        ["深化改革系列举措释放新动能", "科技创新和产业创新融合发展深入推进"],
    ]
    assert all(s.marker is None for s in part.sections)


def test_a_list_of_dash_lines_is_text():
    text = "某某市政府工作报告\n\n各位代表：\n\n一、今年的主要目标\n\n今年经济社会发展的主要预期目标是：\n——地区生产总值增长6%左右。\n——城镇新增就业5万人以上。\n——居民收入增长与经济增长同步。\n" + BODY + "\n"
    assert leads(text) == []


def test_a_heading_runs_into_a_sentence_that_takes_up_its_last_words():
    line = "某某县统计局局长在全县统计工作会议上的讲话 同志们：今天召开全县统计工作会议。" + BODY + "一、关于今年的统计工作统计工作是科学决策和管理的重要基础，" + BODY * 4 + "二、关于明年的重点任务 " + BODY * 4
    (report,) = ping_an.parse_text(line + "\n").reports
    assert [s.heading for s in report.sections] == ["关于今年的统计工作", "关于明年的重点任务"]
    # words said twice inside a heading's own sentence that ends before them stay
    text = "某某局2023年工作总结\n\n一、抓学习抓落实。学习学习再学习，" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["抓学习抓落实"]


def test_a_document_sites_copy_of_two_pages_is_joined_back():
    whole = "某中学2022年度工作总结和2023年工作谋划一年来，全面贯彻党的教育方针，" + BODY * 12
    text = "《某中学2022年度工作总结.docx》由会员分享,可在线阅读。\n1、" + whole[:240] + "\n2、" + whole[240:] + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["某中学2022年度工作总结和2023年工作谋划"]
    assert doc.reports[0].sections == []


def test_a_document_sites_pages_under_its_furniture_are_joined_back():
    whole = "某中学2022年度工作总结和2023年工作谋划一年来，全面贯彻党的教育方针，" + BODY * 12
    furniture = "欢迎来到某某文库\n浏览记录\n大小：67.12 KB\n下载本文档\n《某中学2022年度工作总结.docx》由会员分享,可在线阅读。\n"
    doc = ping_an.parse_text(furniture + "1、" + whole[:240] + "\n2、" + whole[240:] + "\n")
    assert [r.title for r in doc.reports] == ["某中学2022年度工作总结和2023年工作谋划"]
    assert doc.reports[0].sections == [] and doc.front[:2] == ["1、", "2、"]
    # under three paragraphs of text, numbered paragraphs are the text's own
    text = "某某局工作总结\n" + ("今年以来，我们认真谋划，狠抓落实。" * 3 + "\n") * 3 + "1、" + whole[:240] + "\n2、" + whole[240:] + "\n"
    assert len(ping_an.parse_text(text).reports[0].sections) == 2


def test_an_author_line_a_photo_caption_and_a_bracketed_dated_venue_are_front_matter():
    # a text that opens with who gave it and when has no title line
    text = "某某区审计局局长 某某某\n2023年9月28日\n主任、各位副主任、各位委员：\n我受区人民政府的委托，报告审计工作情况。" + BODY + "\n"
    assert titles(text) == [None]
    text = "政府工作报告。 某某日报记者 某某 摄\n政府工作报告\n（2026年1月27日在某某省第十四届人民代表大会第四次会议上）\n省长 某某某\n各位代表：\n" + BODY + "\n"
    assert titles(text) == ["政府工作报告"]


def test_a_sites_name_and_editor_a_glued_page_date_and_a_title_wrapped_mid_word():
    text = "首页>演讲稿>在全县动员大会上的讲话\n\n在全县动员大会上的讲话\n\n某某范文网 编辑：小景\n\n  在全县动员大会上的讲话\n\n同志们：\n\n" + BODY + "\n"
    assert titles(text) == ["在全县动员大会上的讲话"]
    text = "您的位置：首页 > 工作总结\n某局上半年党建工作总结\n2025-10-03人已围观\n某局上半年党建工作总结\n上半年，" + BODY + "\n一、强化理论武装\n" + BODY + "\n"
    assert titles(text) == ["某局上半年党建工作总结"]
    text = "XX 区委政法委 2025 年工作总结和 2026 年工\n作计划\n2025 年，XX 区委政法委坚持以习近平新时代中国特色社会\n主义思想为指导，" + BODY + "\n"
    assert titles(text) == ["XX 区委政法委 2025 年工作总结和 2026 年工 作计划"]


def test_a_speech_title_run_into_its_opening_words():
    line = "在全县项目建设工作会议上的讲话今天是新年第一个工作日，县委、县政府召开这次会议，主要目的是动员全县上下，" + BODY * 5
    assert titles(line + "\n") == ["在全县项目建设工作会议上的讲话"]


def test_a_one_line_copys_sub_headings_a_paragraph_apart_open_paragraphs():
    line = (
        "某局2022年纳税服务工作总结 一、当前纳税服务存在的问题(一)纳税服务认识有误区。" + BODY * 3
        + "(二)纳税服务重点排序错位。" + BODY * 3 + "(三)纳税服务素养有待提高。" + BODY * 3
    )
    (report,) = ping_an.parse_text(line + "\n").reports
    assert [s.heading for s in report.sections[0].sections] == ["纳税服务认识有误区", "纳税服务重点排序错位", "纳税服务素养有待提高"]
    # a heading run into a period named in quotes ends before it
    line = "在全县项目工作会议上的讲话 同志们：今天召开会议。" + BODY + "一、站在发展新起点，紧抓项目不动摇“十三五”时期，我们着力实施重大项目带动战略，" + BODY * 4 + "二、明确目标任务，确保项目落地见效。" + BODY * 4
    (report,) = ping_an.parse_text(line + "\n").reports
    assert [s.heading for s in report.sections] == ["站在发展新起点，紧抓项目不动摇", "明确目标任务，确保项目落地见效"]


def test_a_metadata_row_takes_no_next_line_and_an_author_printed_twice_is_no_title():
    text = "当前位置: 首页 > 某某街道 > 工作计划\n公开方式: 主动公开 有效期: 长期有效 公开范围: 面向全社会 信息索取号: 0145/2024-03916\n某某街道2024年工作计划\n来源:某某街道办事处 发布时间:2024-02-26 11:11 访问量:\n\n党建工作：" + BODY + "\n"
    assert titles(text) == ["某某街道2024年工作计划"]
    text = "某某省人民检察院工作报告\n稿件来源:某某人大网 发布时间:2022-11-02 20:14:37\n某某省人民检察院工作报告\n——2022年1月18日在某某省第十三届人民代表大会第六次会议上\n某某省人民检察院检察长某某\n——2022年1月18日在某某省第十三届人民代表大会第六次会议上\n某某省人民检察院检察长某某\n各位代表:\n" + BODY + "\n"
    assert titles(text) == ["某某省人民检察院工作报告"]


# --- pages of pieces: counts, labels, lengths, brackets ----------------------------------


@pytest.mark.parametrize("head", ["社区工作总结5篇（全文完整）", "社区工作总结范文（共三则范文）", "社区工作总结3篇(通用)"])
def test_a_compendium_title_with_a_note_after_its_count_titles_the_document(head):
    # (the page's metadata and blurb between the title and the first piece)
    text = head + "\n\n时间：2023-08-08 20:20:01 来源：网友投稿\n\n下面是小编为大家整理的社区工作总结，供大家参考。\n\n社区工作总结篇1\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert doc.title == head
    assert [r.title for r in doc.reports] == ["社区工作总结篇1"]  # never an empty report for the compendium


def test_a_count_word_that_is_no_count_of_pieces_makes_no_compendium():
    doc = ping_an.parse_text("关于一则新闻的调查报告\n\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["关于一则新闻的调查报告"]


def test_a_pieces_label_stays_in_its_title_as_printed_and_its_length_does_not():
    # (CONVENTIONS: a piece is titled by its label line as printed)
    text = "第1篇 某镇2024年度工作总结 3850字\n" + BODY + "\n"
    assert titles(text) == ["第1篇 某镇2024年度工作总结"]
    # under the page's own printing of the words, the piece's label line is still its title
    text = "某镇年度工作总结精选(五篇)\n\n某镇年度工作总结\n\n第1篇:某镇年度工作总结范文\n\n一、主要工作\n\n" + BODY + "\n"
    assert titles(text) == ["第1篇:某镇年度工作总结范文"]
    # a label before a title that names no kind of text stays: it may be the title's own
    assert titles("第一篇 春天的故事\n" + BODY + "\n")[0] != "春天的故事"


def test_a_label_with_the_title_printed_again_under_it_is_front_matter():
    text = "乡村振兴心得（共三则范文）\n\n第一篇：扎实推进乡村全面振兴\n\n扎实推进乡村全面振兴\n\n来源：某某网\n\n" + BODY + "\n\n第二篇：持续深化农村改革\n\n持续深化农村改革\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["扎实推进乡村全面振兴", "持续深化农村改革"]
    assert doc.reports[0].front[0] == "第一篇：扎实推进乡村全面振兴"


def test_a_title_in_brackets_run_into_the_text_is_the_title():
    text = "【卫生院年度工作总结范文】2024年，在上级部门的领导下，我院全面完成了各项任务。" + BODY * 2 + "\n一、主要工作\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["卫生院年度工作总结范文"]
    assert doc.reports[0].preamble.startswith("2024年，在上级部门的领导下")


@pytest.mark.parametrize("opening", ["方才，", "刚刚，"])
def test_a_speech_title_run_into_a_time_word_opening(opening):
    text = "在全镇春耕生产工作会议上的讲话" + opening + "各村汇报了今年的工作思路，我听了很受启发。" + BODY * 2 + "\n"
    assert titles(text) == ["在全镇春耕生产工作会议上的讲话"]


def test_a_chinese_numeral_typed_with_its_closing_bracket_only_is_a_heading():
    text = "工作要点\n\n一、重点工作\n一)学校管理工作。\n" + BODY + "\n二)教学质量工作。\n" + BODY + "\n"
    (part,) = ping_an.parse_text(text).reports[0].sections
    assert [(s.marker, s.heading, s.depth) for s in part.sections] == [("一)", "学校管理工作", 2), ("二)", "教学质量工作", 2)]


@pytest.mark.parametrize("greeting", ["大家下午好。", "各位领导、各位来宾，大家上午好！"])
def test_a_greeting_is_a_salutation_never_a_lead(greeting):
    text = "在演讲比赛上的发言\n\n" + greeting + "\n\n我演讲的题目是《奋斗》。\n\n" + greeting + "\n\n" + BODY + "\n"
    assert leads(text) == []


# --- frames with a slot ---------------------------------------------------------------

FIVE_YEARS = ["这是产业结构持续优化的五年", "这是城乡面貌深刻变化的五年", "这是群众生活明显改善的五年"]


def test_lines_that_share_a_frame_around_a_slot_of_any_length_are_leads():
    # a time or a pronoun as the subject of 是 frames the sentence; a run of lines built
    # on one frame (这是…的五年) over their bodies is a series of leads
    text = "区政府工作报告\n\n各位代表：\n\n" + "".join(f"{h}。\n{BODY}\n" for h in FIVE_YEARS)
    assert leads(text) == FIVE_YEARS
    # opening paragraphs, the same sentences are framing statements (CONVENTIONS): no leads
    inline = "区政府工作报告\n\n各位代表：\n\n" + "".join(f"{h}。{BODY}\n" for h in FIVE_YEARS)
    assert leads(inline) == []
    # while a frame around a topic word opening them makes a series (X是…之本)
    topics = ["教育是强国之本", "人才是发展之本", "创新是动力之本"]
    framed = "区政府工作报告\n\n各位代表：\n\n" + "".join(f"{h}。{BODY}\n" for h in topics)
    assert leads(framed) == topics


def test_two_framing_lines_or_lines_with_different_ends_make_no_series():
    two = "区政府工作报告\n\n各位代表：\n\n" + "".join(f"{h}。\n{BODY}\n" for h in FIVE_YEARS[:2])
    assert leads(two) == []
    ends = ["这是产业结构持续优化的五年", "这是城乡面貌深刻变化的一年", "这是群众生活明显改善的阶段"]
    unlike = "区政府工作报告\n\n各位代表：\n\n" + "".join(f"{h}。\n{BODY}\n" for h in ends)
    assert leads(unlike) == []
    # a framing statement alone stays body text
    assert topic_grade("这是产业结构持续优化的五年") == "layout"
    assert topic_grade("这些年产业结构持续优化") is None


@pytest.mark.parametrize("intro", ["老同志说得好", "大家知道", "上级领导强调", "有位老专家讲过"])
def test_a_sentence_that_introduces_a_quotation_or_a_claim_is_no_topic(intro):
    # topic sentences may end in a colon; one that ends on a verb of saying or knowing
    # introduces what is said, and names no topic
    series = ["强化队伍建设：", "狠抓作风转变："]
    text = "工作总结\n\n" + "\n".join(s + BODY for s in [*series, intro + "：“办法总比困难多。”" + BODY]) + "\n"
    assert leads(text) == ["强化队伍建设", "狠抓作风转变"]
    assert topic_grade(intro) == "topic"  # as a sentence it could head; its colon decides


def test_dash_items_run_together_in_a_line_that_lost_its_breaks_open_paragraphs():
    long_body = BODY * 3
    items = ["狠抓项目建设", "狠抓招商引资", "狠抓民生保障"]
    text = "县政府工作报告各位代表：现在，我代表县人民政府作报告。" + "".join(f"——{h}。{long_body}" for h in items) + "\n"
    assert leads(text) == items
    # the same items, each a short slogan, stay one paragraph: a list inside it
    short = "县政府工作报告\n\n各位代表：\n\n" + BODY + "".join(f"——{h}。" for h in items) + BODY + "\n"
    assert leads(short) == []


def test_dash_items_built_on_one_framing_sentence_are_leads_only_as_a_run():
    framed = [f"过去五年，是{h[2:]}" for h in FIVE_YEARS]
    text = "区政府工作报告\n\n各位代表：\n\n" + "".join(f"——{h}。{BODY}\n" for h in framed)
    assert leads(text) == framed
    two = "区政府工作报告\n\n各位代表：\n\n" + "".join(f"——{h}。{BODY}\n" for h in framed[:2])
    assert leads(two) == []


def test_a_short_line_inside_a_list_is_no_lead_line_over_the_lists_next_item():
    text = (
        "县政府工作报告\n\n各位代表：\n\n一、财政工作\n\n持续优化营商环境。一是" + BODY + "\n\n二是" + BODY * 2
        + "\n\n压减非必要开支。\n\n三是" + BODY * 2 + "\n\n大力推进项目建设。一是" + BODY + "\n\n二是" + BODY * 2 + "\n"
    )
    assert leads(text) == ["持续优化营商环境", "大力推进项目建设"]
    # over the first item of a list of its own, the same line heads it
    assert "压减非必要开支" in leads(text.replace("三是" + BODY, "一是" + BODY))


def test_a_lone_dash_item_with_a_topic_sentence_over_its_body_is_a_lead():
    text = "县政府工作报告\n\n各位代表：\n\n一、发展环境\n\n" + BODY + "\n\n——营商环境持续改善。" + BODY + "\n"
    assert leads(text) == ["营商环境持续改善"]
    # a dash item of one sentence (a target, a slogan) is text, and so is a plain
    # paragraph that opens with a topic sentence no sibling shares
    assert leads(text.replace("——营商环境持续改善。" + BODY, "——营商环境持续改善。")) == []
    assert leads(text.replace("——营商环境", "营商环境")) == []


def test_dash_items_that_open_with_one_time_are_leads_as_a_run_and_a_speakers_are_not():
    points = ["农业综合生产能力稳步提升", "城乡面貌发生深刻变化", "群众生活水平持续提高"]
    timed = [f"这三年{p}" for p in points]
    text = "县政府工作报告\n\n各位代表：\n\n" + "".join(f"——{h}。{BODY}\n" for h in timed)
    assert leads(text) == timed
    # two are no run; a time opening in a plain paragraph is a narrative still
    two = "县政府工作报告\n\n各位代表：\n\n" + "".join(f"——{h}。{BODY}\n" for h in timed[:2])
    assert leads(two) == []
    plain = "县政府工作报告\n\n各位代表：\n\n" + "".join(f"{h}。{BODY}\n" for h in timed)
    assert leads(plain) == []
    spoken = "县政府工作报告\n\n各位代表：\n\n" + "".join(f"——我们要{p}。{BODY}\n" for p in points)
    assert leads(spoken) == []


# --- web pages and title lines ----------------------------------------------------------


def test_a_sites_slogan_above_a_trail_that_ends_in_the_title_and_a_date_row_are_front_matter():
    title = "县长在全县安全生产工作会议上的讲话"
    text = f"某某公文网提供各类讲话稿写作素材!\n当前位置:某某公文网 > 领导讲话 > {title}\n\n{title}\n\n03-15 | 手机版:{title}\n同志们:\n　　{BODY}\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == [title]
    assert doc.reports[0].front == [f"03-15 | 手机版:{title}", "同志们:"]
    # a column's name printed again under the trail stays furniture, as before
    column = f"当前位置:某某公文网 > 领导讲话\n领导讲话\n{title}\n同志们:\n{BODY}\n"
    assert titles(column) == [title]


def test_a_title_run_into_a_salutation_that_names_its_audience_in_a_list():
    title = "守牢安全底线护航高质量发展--在安全生产月启动仪式上的讲话"
    text = title + "同志们,来宾朋友们,大家好:" + BODY * 3 + "一、压实责任。" + BODY * 3 + "二、排查隐患。" + BODY * 3 + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == [title]
    assert [s.heading for s in doc.reports[0].sections] == ["压实责任", "排查隐患"]


def test_a_title_and_its_dash_subtitle_on_one_line_over_a_papers_furniture():
    text = "某市人民法院工作报告——2024年1月10日在某市第十届人民代表大会第三次会议上\n\n某某日报\n\n各位代表：\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["某市人民法院工作报告"]
    assert doc.reports[0].front[0] == "——2024年1月10日在某市第十届人民代表大会第三次会议上"
    # after the dash, sentences are the text's, not a subtitle: the line is not cut
    prose = text.replace("2024年1月10日在某市第十届人民代表大会第三次会议上", "回顾这一年，我们做了大量工作。全院上下齐心协力。")
    assert titles(prose) == [None]


def test_the_dash_of_a_subtitle_cut_onto_the_next_line_is_not_in_the_title():
    text = "某市中级人民法院工作报告——\n2024年1月10日在某市第十届人民代表大会第三次会议上\n各位代表:\n" + BODY + "\n"
    assert titles(text) == ["某市中级人民法院工作报告"]
    assert titles("某市中级人民法院工作报告\n各位代表:\n" + BODY + "\n") == ["某市中级人民法院工作报告"]


def test_a_table_of_contents_heading_typed_as_a_list_item_is_no_title():
    text = "- 目录\n第1篇 全镇换届选举工作会议讲话稿\n同志们:\n" + BODY + "\n一、统一思想，提高认识\n" + BODY + "\n"
    assert titles(text) == ["全镇换届选举工作会议讲话稿"]


# --- a plan copied as one line ------------------------------------------------------------


def sections(text: str) -> list[tuple[int, str, list[str]]]:
    out = []

    def walk(ss, depth):
        for s in ss:
            out.append((depth, s.heading, [m.marker for m in s.measures]))
            walk(s.sections, depth + 1)

    for r in ping_an.parse_text(text).reports:
        walk(r.sections, 1)
    return out


def test_a_first_heading_after_a_title_run_into_its_line_with_a_blank_opens_a_paragraph():
    line = "学习教育查摆问题及整改措施 一、存在的主要问题。理论学习不够深入，学用结合不够紧密。"
    text = "某某同志个人对照检查材料\n\n" + line + "\n"
    assert [h for _, h, _ in sections(text)] == ["存在的主要问题"]
    # glued with no blank, or after a clause, the 一、 stays inside the paragraph
    assert sections(text.replace("措施 一、", "措施一、")) == []
    assert sections(text.replace("学习教育查摆问题及整改措施 ", "经过认真查摆，归纳起来 ")) == []


def test_in_hard_wrapped_text_a_line_a_little_short_of_the_width_runs_on_but_a_title_does_not():
    prose = "围绕目标任务细化工作措施推动各项工作落地见效取得了较好成效全体干部职工齐心协力攻坚克难" * 6

    def wrap(text: str, width: int = 30) -> list[str]:
        return [text[i : i + width] for i in range(0, len(text), width)]

    # a heading set in a wider face wraps two characters short of the width
    heading = ["一、充分肯定过去一年取得的显著成效进一步增强做好全市卫生", "健康工作的责任感使命感"]
    title = "某某县卫生健康局二〇二四年度全系统卫生健康重点工作计划"
    lines = [title, *wrap(prose + "。"), *heading, *wrap(prose + "。"), *wrap("二、扎实做好今年各项重点工作。" + prose + "。")]
    doc = ping_an.parse_text("\n".join(lines) + "\n")
    assert [s.heading for s in doc.reports[0].sections] == ["充分肯定过去一年取得的显著成效进一步增强做好全市卫生健康工作的责任感使命感", "扎实做好今年各项重点工作"]
    # the title line, as short of the width, names its kind and ends where it stops
    assert doc.reports[0].title == title


def test_a_heading_ends_at_a_space_before_its_first_sub_headings_marker():
    text = "某村人居环境整治方案\n\n一、工作内容 1. 提升环境卫生水平 （1）加强垃圾分类处理 建设处理设施。" + BODY + "\n"
    assert [h for _, h, _ in sections(text)][0] == "工作内容"
    # a figure after a space is the heading's own
    figure = "某村人居环境整治方案\n\n一、全年完成 1.5万吨垃圾清运任务。" + BODY + "\n"
    assert [h for _, h, _ in sections(figure)][0] == "全年完成 1.5万吨垃圾清运任务"


def test_a_sites_numbered_contact_is_no_heading_and_a_heading_ends_before_the_school_year_past():
    notices = "某中学德育工作总结\n\n  1. 1、本文档由用户上传，本站不保证质量。\n  2. 网站客服QQ:12345678\n\n一、加强德育队伍建设\n\n" + BODY + "\n"
    assert [h for _, h, _ in sections(notices)] == ["加强德育队伍建设"]
    assert "加强网站建设，开通客服热线" in [h for _, h, _ in sections(notices.replace("  2. 网站客服QQ:12345678", "2.加强网站建设，开通客服热线。" + BODY))]
    runon = "某县教育局局长在全县教育大会上的讲话\n\n同志们：\n\n" + "一、肯定成绩，各项工作成效明显过去的一学年，是全县教育系统砥砺奋进的一年。" + BODY + "\n"
    assert [h for _, h, _ in sections(runon)] == ["肯定成绩，各项工作成效明显"]


def test_a_talks_parts_numbered_as_aspects_are_headings_when_a_mark_sets_off_the_number():
    text = (
        "在全县党支部书记培训班上的讲课\n\n同志们：\n\n今天讲两个问题。\n\n第一个问题：党支部工作实务\n\n" + BODY
        + "\n\n一、党支部的性质\n\n" + BODY + "\n\n第二个问题：如何当好党支部书记\n\n" + BODY + "\n"
    )
    top = ping_an.parse_text(text).reports[0].sections
    assert [(s.marker, s.heading) for s in top] == [("第一个问题：", "党支部工作实务"), ("第二个问题：", "如何当好党支部书记")]
    assert [c.heading for c in top[0].sections] == ["党支部的性质"]
    # a sentence that opens so carries no marker
    prose = "在全县党支部书记培训班上的讲课\n\n同志们：\n\n第一个问题是思想认识不到位。" + BODY + "\n"
    assert all(s.marker is None for s in ping_an.parse_text(prose).reports[0].sections)


def test_a_times_colon_ends_no_heading():
    text = "会议议程\n\n会议安排如下：\n\n一、上午9:00-10:30，开幕式\n\n" + BODY + "\n\n二、上午10:40-12:00，分组讨论\n\n" + BODY + "\n"
    assert [h for _, h, _ in sections(text)] == ["上午9:00-10:30，开幕式", "上午10:40-12:00，分组讨论"]
    # a colon after words still ends the heading sentence
    assert [h for _, h, _ in sections(text.replace("上午9:00-10:30，开幕式", "开幕式：上午9时"))][0] == "开幕式"


def test_a_chairs_requests_to_the_audience_are_no_topic_sentences():
    assert topic_grade("同意的请举手") is None and topic_grade("有什么意见，请发表") is None
    assert topic_grade("请示报告制度进一步落实") is not None and topic_grade("加强请示报告工作") is not None
    text = "大会主持词\n\n同志们：\n\n" + "".join(f"{c}的请举手。（稍停）请放下。\n\n" for c in ("同意", "不同意", "弃权"))
    assert leads(text) == []


def test_a_talks_script_an_outline_and_a_chairs_words_name_their_kind():
    from ping_an.parse.reports import _names_kind

    for title in ("专题党课讲稿", "在全市工作会议上的发言提纲", "全县工作会议主持词"):
        assert _names_kind(title), title
    assert not _names_kind("党课学习体会交流")


def test_a_plans_stages_are_numbered_parts_when_a_mark_sets_off_the_number():
    text = (
        "某社区创建工作计划\n\n第一阶段：宣传动员阶段（3月1日—3月20日）\n\n1、宣传动员，营造氛围。" + BODY
        + "\n\n2、调查摸底，打好基础。" + BODY + "\n\n第二阶段：组织实施阶段（3月21日—11月20日）\n\n1、制定计划。" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    assert [(s.marker, s.heading, [c.heading for c in s.sections]) for s in doc.reports[0].sections] == [
        ("第一阶段：", "宣传动员阶段（3月1日—3月20日）", ["宣传动员，营造氛围", "调查摸底，打好基础"]),
        ("第二阶段：", "组织实施阶段（3月21日—11月20日）", ["制定计划"]),
    ]
    # a sentence that opens with the stage's name carries no marker
    prose = "某社区创建工作计划\n\n第一阶段为宣传动员阶段，主要是营造氛围。" + BODY + "\n"
    assert all(s.marker is None for s in ping_an.parse_text(prose).reports[0].sections)


def test_a_plan_copied_as_one_line_opens_its_parts_and_ends_their_names_where_the_text_runs_on():
    text = (
        "关于开展村庄清洁行动的实施方案为改善人居环境，"
        + BODY * 4
        + "现提出如下实施意见：一、指导思想以新发展理念为指导，坚持因地制宜、分类推进。"
        + BODY
        + "二、工作目标一是村庄环境明显改善；二是长效机制基本建立；三是群众满意度明显提升。三、保障措施加强组织领导，落实工作责任。"
        + BODY
        + "\n"
    )
    # (the parts are shorter than paragraphs: it is the one long line that shows the breaks lost)
    assert len(text) >= 200
    assert sections(text) == [(1, "指导思想", []), (1, "工作目标", ["一是", "二是", "三是"]), (1, "保障措施", [])]


def test_a_part_name_with_a_few_words_after_it_is_the_whole_heading():
    text = "实施方案\n\n一、工作目标和任务\n" + BODY + "\n二、保障措施\n" + BODY + "\n"
    assert [h for _, h, _ in sections(text)] == ["工作目标和任务", "保障措施"]
    # a single 一是 with no 二是 after it is no list: the heading runs on as before
    one = "实施方案\n\n一、加强组织领导一是要统一思想认识，形成工作合力。\n" + BODY + "\n二、强化督查考核\n" + BODY + "\n"
    assert sections(one)[0][1] == "加强组织领导一是要统一思想认识，形成工作合力"


def test_a_page_number_run_into_a_title_that_opens_with_a_year_and_a_text_opening_with_this_year():
    line = "12024年街道工作规划今年是全面落实规划的关键之年，做好今年各项工作意义重大。" + BODY * 10
    assert titles(line + "\n") == ["2024年街道工作规划"]
    # a year alone opens the title as printed
    assert titles("2024年街道工作规划今年是全面落实规划的关键之年，做好今年各项工作意义重大。" + BODY * 10 + "\n") == ["2024年街道工作规划"]


def test_a_numbered_headings_line_ends_it_even_when_long_and_unpunctuated():
    heading = "统一思想，提高认识，充分认识这次党代表和人大代表换届选举工作对于全镇长远发展的重大意义和深远影响"
    assert 45 <= len(heading) + 2 <= 80
    text = f"换届选举工作会议讲话\n同志们:\n{BODY}\n一、{heading}\n{BODY}\n二、严明纪律，确保换届选举风清气正\n{BODY}\n"
    assert [h for _, h, _ in sections(text)] == [heading, "严明纪律，确保换届选举风清气正"]
    # a line far longer than a heading, cut off mid-sentence, runs on into the next one
    long = "一、" + "统一思想提高认识" * 11
    broken = f"换届选举工作会议讲话\n同志们:\n{BODY}\n{long}\n并抓好落实。{BODY}\n二、严明纪律\n{BODY}\n"
    (report,) = ping_an.parse_text(broken).reports
    assert report.sections[0].line == 4 and "并抓好落实" in (report.sections[0].heading + report.sections[0].body)


def test_numbered_paragraphs_that_tell_what_was_done_are_items_not_sub_headings():
    narrative = [
        "活动开展以来，社区党支部组织召开了全体党员和居民代表参加的动员大会，部署了各项具体任务",
        "制定了社区环境整治工作方案，成立了以党支部书记为组长的工作领导小组，明确了各自职责",
        "坚持每周召开一次工作推进会，及时研究解决整治工作中遇到的困难和问题，保证工作有序推进",
    ]
    text = "社区工作小结\n\n一、加强领导，落实责任\n" + "\n".join(f"{n}、{s}。{BODY}" for n, s in enumerate(narrative, 1)) + "\n二、广泛宣传\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["加强领导，落实责任", "广泛宣传"]
    assert [m.marker for m in report.sections[0].measures] == ["1、", "2、", "3、"]
    # numbered paragraphs that open with a heading sentence stay sub-headings
    headed = "社区工作小结\n\n一、加强领导，落实责任\n" + "\n".join(f"{n}、{h}。{BODY}" for n, h in enumerate(["健全工作机制", "细化任务分工", "强化督促检查"], 1)) + "\n"
    assert [h for d, h, _ in sections(headed) if d == 2] == ["健全工作机制", "细化任务分工", "强化督促检查"]


def test_a_short_line_over_an_intro_a_lead_in_and_a_list_of_item_paragraphs_titles_its_part():
    text = (
        "市政府工作报告\n各位代表：\n" + BODY + "\n过去五年工作回顾\n" + BODY + "\n经济指标实现新跃升。" + BODY + "\n项目建设取得新进展。" + BODY
        + "\n今后五年的主要目标任务\n" + BODY + "\n今后五年，要努力实现以下目标：\n"
        + "一是经济实力明显提升。" + BODY + "\n二是创新能力明显提升。" + BODY + "\n"
    )
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["过去五年工作回顾", "今后五年的主要目标任务"]
    assert [m.marker for m in report.sections[1].measures] == ["一是", "二是"]
    # over items inside a paragraph's text, no list of item paragraphs, it titles nothing
    inline = text.split("\n今后五年的主要目标任务")[0] + "\n今后五年的主要目标任务\n今后五年，我们要做到：一是经济实力明显提升；二是创新能力明显提升。" + BODY + "\n"
    assert [s.heading for s in ping_an.parse_text(inline).reports[0].sections] == ["过去五年工作回顾"]


# --- sections whose sub-paragraphs ran together ----------------------------------------

FACTS = "全年完成投资120亿元，同比增长8.5%，新开工项目56个，竣工项目43个，项目建设取得明显成效。"
TASKS = [["提升创新质效", "加快数字转型", "培育新兴产业"], ["扩大有效投资", "提振居民消费", "稳住外贸外资"]]


def run_together(tasks: list[list[str]], opening: str = "") -> str:
    heads = ["坚持创新驱动，产业体系加快升级", "扩大国内需求，发展动力持续增强"]
    lines = [f"（{n}）{h}。{opening}" + "".join(f"{t}。{FACTS * 3}" for t in ts) for n, h, ts in zip("一二", heads, tasks)]
    return "省政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n" + "\n".join(lines) + "\n"


def test_topic_sentences_run_together_in_a_sections_one_paragraph_are_its_leads():
    assert leads(run_together(TASKS)) == TASKS[0] + TASKS[1]
    (report,) = ping_an.parse_text(run_together(TASKS)).reports
    assert [[s.heading for s in sub.sections] for sub in report.sections[0].sections] == TASKS


def test_a_sections_paragraph_that_opens_with_prose_or_holds_two_topics_splits_nothing():
    # the body opens with prose after the heading's sentence: an intact paragraph (one
    # sentence may introduce the section first)
    assert leads(run_together(TASKS, opening=FACTS)) == TASKS[0] + TASKS[1]
    assert leads(run_together(TASKS, opening=FACTS * 2)) == []
    # two short task sentences in a long paragraph are its body
    assert leads(run_together([ts[:2] for ts in TASKS])) == []
    # a section that goes on in paragraphs of its own lost no break
    text = run_together(TASKS).replace("\n（二）", "\n" + FACTS + "\n（二）")
    assert leads(text) == TASKS[1]


def test_a_document_sites_watermark_a_title_printed_twice_and_its_addressees_run_into_one_line():
    title = "社区环境卫生整治工作方案"
    line = f"精选优质文档-----倾情为你奉上{title} {title}各居民小组、辖区各单位：为进一步改善人居环境，现制定如下方案：" + BODY * 3 + "一、工作目标" + BODY * 3 + "二、工作措施" + BODY * 3
    doc = ping_an.parse_text(line + "\n")
    assert [r.title for r in doc.reports] == [title]
    assert [s.heading for s in doc.reports[0].sections] == ["工作目标", "工作措施"]
    # without a watermark or addressees the title still stands alone
    plain = f"{title}为进一步改善人居环境，现制定如下方案：" + BODY * 3 + "一、工作目标" + BODY * 3 + "二、工作措施" + BODY * 3
    assert [r.title for r in ping_an.parse_text(plain + "\n").reports] == [title]


def test_run_in_topics_of_a_dash_items_paragraph_and_a_short_first_one_are_leads_too():
    short_first = run_together(TASKS).replace(f"{TASKS[0][0]}。{FACTS * 3}", f"{TASKS[0][0]}。{FACTS}")
    assert leads(short_first) == TASKS[0] + TASKS[1]
    dashes = run_together(TASKS).replace("（一）", "——").replace("（二）", "——")
    heads = ["坚持创新驱动，产业体系加快升级", "扩大国内需求，发展动力持续增强"]
    assert [(d, h) for d, h, _ in sections(dashes)][1:] == [(2, heads[0])] + [(3, t) for t in TASKS[0]] + [(2, heads[1])] + [(3, t) for t in TASKS[1]]
    # a figure right after a short sentence is its body
    figures = run_together([["提升创新质效", "加快数字转型", "培育新兴产业"]] * 2).replace("。全年完成投资", "。投资增长8.5%。全年完成投资")
    assert leads(figures) == TASKS[0] * 2


def test_the_audience_called_on_with_a_comma_turns_the_speech_back_to_its_top_level():
    text = (
        "市政府工作报告\n各位代表：\n一、过去五年工作回顾\n（一）经济实力明显增强\n" + BODY + "\n（二）民生福祉持续增进\n" + BODY
        + "\n各位代表，刚刚过去的一年，我们迎难而上，各项工作取得新成效。\n稳增长成效明显。" + BODY + "\n促改革亮点纷呈。" + BODY + "\n"
    )
    assert [(d, h) for d, h, _ in sections(text)][-2:] == [(2, "稳增长成效明显"), (2, "促改革亮点纷呈")]
    # a sentence about the deputies is no call on them
    assert ping_an.parse_text("工作报告\n\n各位代表提出的建议全部办结。" + BODY + "\n").reports[0].front == []


def test_the_last_of_a_run_of_run_together_sections_is_split_before_the_text_after_it():
    text = run_together(TASKS) + "回顾过去一年，成绩来之不易，根本在于党中央的坚强领导。" + BODY + "\n"
    assert leads(text) == TASKS[0] + TASKS[1]


def test_a_news_agencys_dateline_is_front_matter_not_part_of_the_title():
    title = "某某市政协常务委员会工作报告"
    text = f"新华社北京3月11日电\n{title}\n——在政协某某市第十届委员会第一次会议上\n各位委员：\n" + BODY + "\n"
    assert titles(text) == [title]
    # a short line that ends in 电 without an agency and a date is no dateline
    assert titles(f"某某供电公司抢修来电\n{title}\n各位委员：\n" + BODY + "\n") != [title]


def test_a_title_set_in_spaced_phrases_over_its_subtitle_is_no_row_of_tags():
    title = "深化改革 突破创新 全面提升全市教育整体水平"
    text = f"{title}\n2024-03-14   来源:记者站     浏览数:\n\n——在2024年全市教育工作会议上的报告\n市教育局局长 某某某\n\n同志们:\n" + BODY + "\n"
    assert titles(text) == [title]
    # the same row with no subtitle under it is a site's row of tags
    tags = "实施方案 工作方案 活动方案\n2024-03-14   来源:某某网\n\n某某社区活动实施方案\n" + BODY + "\n"
    assert titles(tags) == ["某某社区活动实施方案"]


def test_a_title_under_a_trail_that_ends_in_it_with_a_sites_suffix():
    title = "卫生城镇创建工作方案2022年范文精选"
    text = f"某某范文网 >> {title}\n\n{title}\n\n小编:admin\n\n以下是小编收集整理的方案范文，供大家参考借鉴。\n\n一、总体目标\n\n" + BODY + "\n\n二、工作措施\n\n" + BODY + "\n"
    assert titles(text) == [title]


def test_parenthesised_ideograph_numerals_are_cn_paren_headings():
    text = "实施方案\n\n一、任务和目标\n\n" + BODY + "\n\n㈠任务\n\n" + BODY + "\n\n㈡目标\n\n" + BODY + "\n"
    assert [(d, h) for d, h, _ in sections(text)] == [(1, "任务和目标"), (2, "任务"), (2, "目标")]


def test_a_sites_blurb_that_says_who_gathered_the_page_is_furniture():
    text = "镇级环境整治实施方案\n\n某某网\n\n请欣赏镇级环境整治实施方案(精选6篇),由某某网整理,希望能够帮助到大家。\n\n镇级环境整治实施方案 篇1\n\n" + BODY + "\n\n一、指导思想\n\n" + BODY + "\n"
    assert titles(text) == ["镇级环境整治实施方案 篇1"]


def test_topic_sentences_in_a_text_that_is_all_one_line_open_its_paragraphs():
    opening = "今年以来，在县委、县政府的坚强领导下，全乡上下坚定不移抓项目、促发展，各方面都取得了可喜的成绩。"
    one_line = opening + "".join(f"{t}。{FACTS * 2}" for t in TASKS[0])
    assert leads(one_line + "\n") == TASKS[0]
    # the text's last words are the last topic's body, even cut short without an end
    assert leads(one_line + "培育新兴产业。全年完成投资120亿元，同比增长8.5%\n") == TASKS[0] + ["培育新兴产业"]
    # two short sentences in one line are its body
    two = opening + "".join(f"{t}。{FACTS * 2}" for t in TASKS[0][:2])
    assert leads(two + "\n") == []
    # a text with its breaks is not one line: each paragraph keeps its short sentences
    kept = opening + "\n" + "\n".join(f"{FACTS}{t}。{FACTS}" for t in TASKS[0]) + "\n"
    assert leads(kept) == []


def test_a_subtitle_naming_only_its_meeting_and_its_end_cut_onto_a_line_are_front_matter():
    text = "某某区人民法院工作报告\n\n——某某区第十一届人民代表大会\n\n第五次会议\n\n" + BODY + "\n\n一、主要工作\n\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.front == ["——某某区第十一届人民代表大会", "第五次会议"]
    # a short line that ends no subtitle stays the text's
    plain = "某某区人民法院工作报告\n\n——某某区第十一届人民代表大会\n\n审判工作\n\n" + BODY + "\n"
    assert ping_an.parse_text(plain).reports[0].front == ["——某某区第十一届人民代表大会"]


def test_an_attachments_label_is_front_matter_not_a_line_of_the_title():
    text = "附件2\n在全县安全生产工作会议上的讲话\n张三\n（2024年2月18日）\n同志们：\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["在全县安全生产工作会议上的讲话"]
    assert doc.front == ["附件2"]


def test_a_contents_label_with_an_outline_word_and_an_ellipsis_heads_a_toc():
    text = "目录/提纲：……\n一、认清形势\n二、突出重点\n……\n同志们：\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [e.title for e in doc.toc] == ["认清形势", "突出重点"]
    assert [s.heading for r in doc.reports for s in r.sections] == []


def _measure_markers(text: str) -> list[str]:
    out = []

    def walk(sections):
        for s in sections:
            out.extend(m.marker for m in s.measures)
            walk(s.sections)

    for r in ping_an.parse_text(text).reports:
        out.extend(m.marker for m in r.measures)
        walk(r.sections)
    return out


def test_a_first_item_that_the_text_ends_in_is_the_first_of_a_list_cut_short():
    head = "某某镇工作总结\n\n一、主要工作\n\n" + BODY + "\n\n二、下步打算\n\n"
    # a page cut off before 二是: the item the text ends in is kept, opening its paragraph or inside it
    assert _measure_markers(head + "一是加强组织领导，压实各方责任，确保工作落到实处\n") == ["一是"]
    assert _measure_markers(head + "下一步，我们将重点做好以下工作：一是加强组织领导，压实各方责任\n") == ["一是"]
    # text after it: a 一是 its list never went on with is no measure
    assert _measure_markers(head + "一是加强组织领导，压实各方责任。\n\n" + BODY + "\n") == []
    assert _measure_markers(head.replace("二、下步打算\n\n", "") + "一是加强组织领导，压实各方责任。\n\n二、下步打算\n\n" + BODY + "\n") == []
    # a heading's numbering alone at the end is no list cut short
    assert _measure_markers("某某镇工作总结\n\n" + BODY + "一、加强组织领导，压实各方责任\n") == []


def test_pieces_printed_as_a_title_over_the_speakers_office_and_name_are_reports():
    piece = "{}\n某某省政协主席 {}\n" + BODY + "\n" + BODY + "\n"
    text = "地方政协工作交流会发言摘编\n" + piece.format("做强平台 双向发力", "张三") + "\u3000\n" + piece.format("凝聚共识汇聚力量", "李 四")
    doc = ping_an.parse_text(text)
    assert doc.title == "地方政协工作交流会发言摘编"
    assert [r.title for r in doc.reports] == ["做强平台 双向发力", "凝聚共识汇聚力量"]
    assert [r.front for r in doc.reports] == [["某某省政协主席 张三"], ["某某省政协主席 李 四"]]
    # a short line over body text, or a subtitle over the author, starts nothing
    plain = "某某县工作总结\n" + BODY + "\n凝聚共识汇聚力量\n" + BODY + "\n"
    assert titles(plain) == ["某某县工作总结"]
    dated = "某某县政府工作报告\n2024年1月5日在县人民代表大会上\n县长 张三\n各位代表：\n" + BODY + "\n"
    assert titles(dated) == ["某某县政府工作报告"]


def test_a_report_abridged_is_no_compendium_but_excerpts_of_speeches_are():
    from ping_an.rules.patterns import COMPENDIUM_RE

    assert COMPENDIUM_RE.search("全国地方政协工作经验交流会发言摘编")
    assert COMPENDIUM_RE.search("重要讲话摘编")
    assert not COMPENDIUM_RE.search("政府工作报告摘编")


def test_a_part_line_over_a_series_of_leads_holds_no_numbered_heading():
    leads_box = "\n".join(f"{t}\n建设{t}，重点要完善制度机制，强化监督检查，推动工作落实。" for t in ("廉洁清明政治", "廉洁城市文化", "廉洁诚信市场"))
    text = "关于建设廉洁城市的决定\n" + BODY + "\n主要任务\n" + leads_box + "\n" + BODY + "\n一、充分认识重要意义\n" + BODY + "\n二、主要工作措施\n" + BODY + "\n"
    got = [(d, h) for d, h, _ in sections(text)]
    assert (1, "主要任务") in got and (2, "廉洁清明政治") in got
    assert (1, "充分认识重要意义") in got and (1, "主要工作措施") in got
    # a part line over a numbered series still holds it
    numbered = "某某镇工作总结\n" + BODY + "\n2023年工作回顾\n" + BODY + "\n一、经济发展\n" + BODY + "\n二、社会事业\n" + BODY + "\n"
    assert [(d, h) for d, h, _ in sections(numbered)][:3] == [(1, "2023年工作回顾"), (2, "经济发展"), (2, "社会事业")]


def test_a_title_over_three_lines_over_the_salutation_at_the_head_of_a_file_is_one_title():
    head = "忠实践行发展战略\n坚决做到两个维护\n在高质量发展中奋力推进共同富裕先行和省域现代化先行和高质量发展\n\n同志们：\n"
    text = head + BODY + "\n一、过去五年的主要工作\n" + BODY + "\n"
    assert titles(text) == ["忠实践行发展战略 坚决做到两个维护 在高质量发展中奋力推进共同富裕先行和省域现代化先行和高质量发展"]
    # over body text, the lines are no title block
    assert titles(head.replace("同志们：\n", "") + BODY + "\n")[0] != titles(text)[0]


def test_numbered_lines_that_are_the_clauses_of_one_sentence_are_its_items():
    lines = "1.长寨街道4个：磨油村、杉木村、牛坡村；\n2.广顺镇2个：鼠场村、湾河村；\n3.敦操乡3个：打召村、斗麻村、敦操村。\n"
    text = "某某县工作简报\n一、基本情况\n（一）深度贫困村：9个（具体情况见附表）\n" + lines + "（二）贫困人口\n" + BODY + "\n"
    assert _measure_markers(text) == ["1.", "2.", "3."]
    # a list the last line does not close (its body goes on) stays headings
    open_list = text.replace("3.敦操乡3个：打召村、斗麻村、敦操村。", "3.敦操乡3个：打召村、斗麻村、敦操村。" + BODY)
    assert _measure_markers(open_list) == []
    # 第一，… opening a paragraph is a heading, whatever it ends in
    ordinal = "某某县工作报告\n一、基本情况\n" + BODY + "\n第一，在工业方面，我们完成了改造任务；\n第二，在农业方面，我们完成了改造任务。\n"
    assert _measure_markers(ordinal) == []


def test_a_document_sites_notes_copied_as_a_markdown_list_are_furniture():
    head = "- 25.50 KB\n- 2021-04-12 发布\n- 1、本文档由用户上传，某某文库整理发布，可阅读全部内容。\n- 网站客服QQ:403074932\n"
    text = head + "镇长年度工作总结\n" + BODY + "\n一、围绕中心加快经济发展\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["镇长年度工作总结"]
    assert doc.front == [line for line in head.splitlines()]
    # a list item of the text itself is no furniture
    from ping_an.rules.patterns import is_furniture_text

    assert not is_furniture_text("- 完善工作机制，压实各方责任")
    assert is_furniture_text("京政办发〔2016〕26号") and not is_furniture_text("根据京政办发〔2016〕26号文件精神，制定本方案。")


def test_a_sites_notices_numbered_under_the_article_are_no_headings():
    text = "某某县工作会议上的讲话\n同志们：\n" + BODY + "\n一、提高站位\n" + BODY + "\n2. 为防止资源被随意传播，本站部分文稿需要会员才可阅读或下载\n3. 本站所有资源来源于用户上传或网络，如有侵权请联系站长删除\n"
    assert [h for _, h, _ in sections(text)] == ["提高站位"]
    # a police station's own words are its text
    station = "某某检查站工作总结\n一、主要工作\n" + BODY + "\n二、本站民警全年查处案件30起\n" + BODY + "\n"
    assert [h for _, h, _ in sections(station)] == ["主要工作", "本站民警全年查处案件30起"]


def test_a_list_inside_an_item_of_a_list_of_its_own_family_nests_and_the_outer_goes_on():
    text = "某某镇工作总结\n一、经济发展\n" + (
        "本人坚持把发展作为第一要务。一是工业化成果更加丰硕。正在洽谈的企业有2家：一是某某制药厂，预计投资3亿元；"
        "二是某某轮胎厂，预计投资4亿元。全镇完成税收3095万元。二是农业产业化初具规模。调整种植结构，推动规模化。\n"
    )
    (report,) = ping_an.parse_text(text).reports
    outer = report.sections[0].measures
    assert [m.marker for m in outer] == ["一是", "二是"]
    assert [m.marker for m in outer[0].measures] == ["一是", "二是"]
    assert outer[1].text.startswith("农业产业化初具规模")


def test_a_notes_number_after_a_word_is_no_item():
    text = "某某区检察院工作报告\n一、主要工作\n坚决“破网打伞”[1]，严格执行“一案三查”。强化“打财断血”[2]，监督追缴涉案财产。\n"
    assert _measure_markers(text) == []
    items = "某某区检察院工作报告\n一、主要工作\n主要做法：[1]严格执行“一案三查”；[2]监督追缴涉案财产。\n"
    assert _measure_markers(items) == ["[1]", "[2]"]



def test_a_long_dash_member_opening_as_every_short_one_does_belongs_to_the_series():
    facts = "全省地区生产总值达到12万亿元，居民人均可支配收入达到8.5万元，总体达到中等发达经济体水平。"
    short = ["高水平建设现代化经济体系，打造高质量发展高地", "高水平推进数字化改革，打造数字变革高地", "高水平推进文化强省建设，打造新时代文化高地"]
    long_member = "高水平推进以自我革命引领社会革命的省域实践，打造新时代党建高地和清廉建设高地"
    body = "".join(f"——{h}。{facts}\n" for h in [long_member, *short])
    text = "某某省党代会报告\n一、今后五年的奋斗目标\n" + body
    assert leads(text) == [long_member, *short]
    # a long member that opens otherwise, far longer than the series' sentences, is not one of them
    other = "坚持以人民为中心的发展思想不动摇并且持续推进各项改革任务全面落地见效取得实效"
    assert leads(text.replace(long_member, other)) == short


def test_an_advertisements_call_to_act_at_the_head_of_a_page_is_furniture():
    text = "写材料神器，十分钟成稿！立即体验\n\n某某乡2024年工作汇报\n\n某某乡党委书记\n\n" + BODY + "\n\n一、主要工作\n\n" + BODY + "\n"
    assert titles(text) == ["某某乡2024年工作汇报"]
    # an exclamation that asks nothing of the reader stays the text's first line
    plain = "实干才能出成绩！\n\n" + BODY + "\n\n一、主要工作\n\n" + BODY + "\n"
    assert ping_an.parse_text(plain).reports[0].preamble.startswith("实干才能出成绩！")


def test_a_metadata_label_padded_with_blanks_is_furniture():
    text = "某某县2024年防汛工作方案\n索 引 号：11520000/2024-00012\n文　　号：某府办发〔2024〕3号\n" + BODY + "\n一、工作目标\n" + BODY + "\n"
    report = ping_an.parse_text(text).reports[0]
    assert report.front == ["索 引 号：11520000/2024-00012", "文　　号：某府办发〔2024〕3号"]
    # a word spelled out with blanks that is no label stays text (名 称 is one; 称 赞 is not)
    assert ping_an.parse_text("某某县2024年防汛工作方案\n称 赞：" + BODY + "\n").reports[0].front == []


def test_an_issuing_notice_titled_only_in_the_pages_metadata_is_front_matter():
    text = "\n".join(
        [
            "索引号： | 1152/2024-07 | 文号： | 某府办发〔2024〕7号 |",
            "名称： | 某某县人民政府办公室关于印发某某县数字乡村建设实施方案的通知 |",
            "各乡镇人民政府，县政府各部门：",
            "现将《某某县数字乡村建设实施方案》印发给你们，请认真贯彻落实。",
            "某某县数字乡村建设实施方案",
            "为加快数字乡村建设，结合我县实际，制定本方案。",
            "一、总体目标",
            BODY,
        ]
    )
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert (report.title, report.line) == ("某某县数字乡村建设实施方案", 5)
    assert doc.title == "某某县人民政府办公室关于印发某某县数字乡村建设实施方案的通知"
    # metadata that names no issuing notice leaves the text as it was
    # (nor a body that hands the text over: that alone names it, see below)
    other = text.replace("关于印发某某县数字乡村建设实施方案的通知", "数字乡村建设情况").replace("现将《某某县数字乡村建设实施方案》印发给你们", "现将有关情况通报如下")
    assert [r.title for r in ping_an.parse_text(other).reports] != ["某某县数字乡村建设实施方案"]


def test_a_page_title_over_only_furniture_and_a_piece_label_titles_the_file():
    text = "乡镇长述职报告范文\n\n时间：2024-01-05 10:00\n\n篇1\n\n" + BODY + "\n\n一、履职情况\n\n" + BODY + "\n\n篇2\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert doc.title == "乡镇长述职报告范文" and [r.title for r in doc.reports] == ["篇1", "篇2"]
    # a title with text of its own under it is a report
    own = text.replace("时间：2024-01-05 10:00", BODY)
    assert [r.title for r in ping_an.parse_text(own).reports][0] == "乡镇长述职报告范文"


def test_numbered_lines_stating_one_thing_each_under_a_bare_heading_are_items():
    text = (
        "某某村人居环境整治方案\n\n一、整治任务\n\n（一）清理任务\n\n"
        "1、在去年整治成果的基础上，重点打造以村部和主干道为中心的美化、亮化、净化、绿化的村屯环境。年底前完成。\n\n"
        "2、入户道路要有排水边沟，有绿化带；房前屋后无柴草垛、无垃圾堆。\n\n"
        "3、每个组至少要有一个垃圾收集点。\n\n（二）管护任务\n\n" + BODY + "\n"
    )
    (part,) = ping_an.parse_text(text).reports[0].sections
    first = part.sections[0]
    assert [s.heading for s in part.sections] == ["清理任务", "管护任务"] and first.sections == []
    assert [m.marker for m in first.measures] == ["1、", "2、", "3、"]
    # numbered lines that open with a heading's short sentence and run on into a body are headings
    headed = text.replace("1、在去年整治成果的基础上，重点打造以村部和主干道为中心的美化、亮化、净化、绿化的村屯环境。", "1、抓好村屯美化。重点打造以村部为中心的村屯环境。")
    headed = headed.replace("2、入户道路要有排水边沟，有绿化带；", "2、抓好道路整治。入户道路要有排水边沟；")
    (part,) = ping_an.parse_text(headed).reports[0].sections
    assert [s.heading for s in part.sections[0].sections][:2] == ["抓好村屯美化", "抓好道路整治"]


def test_a_text_that_lost_its_line_breaks_keeps_its_numbered_headings_under_a_lead_in():
    # each heading runs into its body without a mark, so its first sentence reads long
    text = (
        "某镇环境整治工作方案 各村党支部:为进一步改善镇村环境面貌，争创市级卫生镇，现就我镇环境整治活动提出如下实施意见:"
        "一、指导思想以科学发展观为指导认真贯彻落实上级会议精神全面推进环境整治工作,加大环境建设、保护和管理力度。"
        "二、工作目标一是村庄整治全面达标;二是道路整治全面完成;三是河道整治全面见效。"
        "三、工作任务各村要按照镇党委政府的统一部署要求抓好各项任务的落实。1、全面抓好河道保洁工作。" + BODY * 2
    )
    assert [s.marker for s in ping_an.parse_text(text).reports[0].sections] == ["一、", "二、", "三、"]


def test_a_topic_sentence_that_runs_its_scene_into_its_verb_is_a_topic():
    # 在…中 run on into its verb names a task; 在…中， before a clause sets its scene
    text = (
        "某某区政协工作总结\n\n"
        "在联系服务群众中增进政治共识。" + BODY * 2 + "\n\n"
        "在协商议政、民主监督中凝聚改革发展的合力。" + BODY * 2 + "\n\n"
        "在自身建设中提升履职尽责能力水平。" + BODY * 2 + "\n"
    )
    assert leads(text) == ["在联系服务群众中增进政治共识", "在协商议政、民主监督中凝聚改革发展的合力", "在自身建设中提升履职尽责能力水平"]
    scenes = text.replace("中增进", "中，我们增进").replace("中凝聚", "中，我们凝聚").replace("中提升", "中，我们提升")
    assert leads(scenes) == []


def test_a_title_block_run_into_one_line_with_its_salutation_is_front_matter():
    line = (
        "某某县人民政府工作报告 ——2024年1月10日在某某县第十八届人民代表大会第四次会议上 "
        "县长 张某某 各位代表： 现在，我代表县人民政府，向大会报告工作，请予审议。" + BODY * 3
    )
    doc = ping_an.parse_text(line)
    (report,) = doc.reports
    assert report.title == "某某县人民政府工作报告"
    assert report.front == ["——2024年1月10日在某某县第十八届人民代表大会第四次会议上", "县长 张某某", "各位代表："]
    assert report.preamble.startswith("现在，我代表县人民政府")
    # a dash inside a first sentence, no salutation after it: no title block
    prose = "今年全县工作的目标——建设美丽乡村，" + BODY * 3
    assert ping_an.parse_text(prose).reports[0].front == []


def test_breaks_turned_into_spaces_open_paragraphs_after_a_colon_and_at_dash_items():
    item = "全年完成固定资产投资一百亿元，同比增长百分之八。增速居全市前列，重点项目建设有序推进，一批打基础、利长远的项目建成投用，发展后劲不断增强。"
    line = " ".join(
        [
            "某某县2024年工作总结",
            "2024年，全县上下团结一心，攻坚克难。经济社会发展取得新成效，主要指标好于预期，为完成全年目标打下坚实基础。",
            "———经济稳中有进。" + item,
            "———改革持续深化。" + item,
            "———民生不断改善。" + item,
            "一年来，我们主要做了以下工作：",
            "一、抓项目促投资。" + BODY * 3,
            "二、抓改革促发展。" + BODY * 3,
        ]
    )
    (report,) = ping_an.parse_text(line).reports
    assert [s.heading for s in report.sections] == ["经济稳中有进", "改革持续深化", "民生不断改善", "抓项目促投资", "抓改革促发展"]
    # the same text with its breaks kept reads the same
    (kept,) = ping_an.parse_text(line.replace(" ", "\n")).reports
    assert [s.heading for s in kept.sections] == [s.heading for s in report.sections]


def test_part_lines_that_name_a_period_and_its_work_title_the_parts_they_open():
    intro = "今年是全面完成规划目标的关键之年，做好政府工作意义重大，我们要坚定信心、真抓实干。"
    text = "\n".join(
        [
            "某某市政府工作报告",
            "各位代表：",
            "现在，我代表市人民政府向大会报告工作，请予审议。",
            "“十四五”时期发展成就和2025年工作回顾",
            intro,
            "一、经济实力稳步提升。" + BODY,
            "（一）工业经济量质齐升。" + BODY,
            "二、民生福祉持续增进。" + BODY,
            "“十五五”时期主要目标和2026年重点工作",
            *[intro] * 4,
            "一、加快发展新质生产力。" + BODY,
            "二、持续深化改革开放。" + BODY,
        ]
    )
    (report,) = ping_an.parse_text(text).reports
    first, second = report.sections
    assert (first.marker, first.heading, second.heading) == (None, "“十四五”时期发展成就和2025年工作回顾", "“十五五”时期主要目标和2026年重点工作")
    assert [s.heading for s in first.sections] == ["经济实力稳步提升", "民生福祉持续增进"]
    assert [s.heading for s in second.sections] == ["加快发展新质生产力", "持续深化改革开放"]
    # a short line whose series does not open from one titles nothing
    other = text.replace("一、加快发展新质生产力。", "三、加快发展新质生产力。").replace("二、持续深化改革开放。", "四、持续深化改革开放。")
    assert [s.heading for s in ping_an.parse_text(other).reports[0].sections][-1] != "“十五五”时期主要目标和2026年重点工作"


def test_a_list_run_on_in_the_paragraph_of_its_first_item_is_measures():
    text = (
        "某某活动方案\n一、工作步骤\n（一）准备阶段（ 月  日— 月  日）\n"
        "1、建立组织领导机构和工作网络，成立领导小组和办公室；2、做好活动的准备工作，召开专门会议研究实施方案；"
        "3、做好宣传发动工作，做到家喻户晓。\n（二）实施阶段\n" + BODY + "\n"
    )
    (part,) = ping_an.parse_text(text).reports[0].sections
    first = part.sections[0]
    # (a blank left to fill in inside brackets does not end the heading)
    assert [s.heading for s in part.sections] == ["准备阶段（ 月  日— 月  日）", "实施阶段"]
    assert first.sections == [] and [m.marker for m in first.measures] == ["1、", "2、", "3、"]
    # a numbered paragraph whose first sentence ends in 。 is a heading, whatever follows
    headed = text.replace("办公室；2、", "办公室。2、")
    assert [s.marker for s in ping_an.parse_text(headed).reports[0].sections[0].sections[0].sections] == ["1、"]


def test_a_document_number_heading_the_page_with_its_title_is_furniture():
    title = "《某某县人民政府办公室关于印发〈某某县2024年政务公开工作要点〉的通知》"
    text = f"某政办发〔2024〕12号{title}\n{title}\n某政办发〔2024〕12号\n各乡镇人民政府：\n" + BODY + "\n一、推进决策公开\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [(r.title, r.line) for r in doc.reports] == [(title, 2)]
    assert doc.front == [f"某政办发〔2024〕12号{title}"]
    # a number run into a sentence is text
    from ping_an.rules.patterns import is_furniture_text

    assert not is_furniture_text("某政办发〔2024〕12号文件要求，各单位要认真落实。")


def test_numbered_one_sentence_lines_under_a_line_that_names_them_are_items():
    text = (
        "某某县政府工作报告\n各位代表：\n" + BODY + "\n一、过去一年工作回顾\n" + BODY + "\n二、今年工作安排\n" + BODY + "\n"
        "2025年县政府为民办实事项目\n1.新建改建农村公路一百公里以上\n2.城镇新增就业三千人以上，开展职业技能培训一万人次\n"
        "3.为全县六十五岁以上老人免费体检\n"
    )
    last = ping_an.parse_text(text).reports[0].sections[-1]
    # (the line is the title of the part its list makes up)
    assert (last.heading, last.sections) == ("2025年县政府为民办实事项目", [])
    assert [m.marker for m in last.measures] == ["1.", "2.", "3."]
    # numbered paragraphs that carry a body under the line are its headings
    headed = text.replace("以上\n2.", "以上\n" + BODY + "\n2.").replace("一万人次\n3.", "一万人次\n" + BODY + "\n3.") + BODY + "\n"
    last = ping_an.parse_text(headed).reports[0].sections[-1]
    assert [s.marker for s in last.sections] == ["1.", "2.", "3."] and last.measures == []


def test_a_sites_column_set_before_the_title_with_a_bar_is_no_part_of_it():
    text = "乡镇工作总结|某某镇五年工作总结\n\n五年来，" + BODY + "\n\n一、经济建设\n\n" + BODY + "\n"
    assert titles(text) == ["某某镇五年工作总结"]
    # a bar inside a title that names no kind after it stays (the site's name after a title is cut by TITLE_TAIL_RE)
    assert titles("某某镇五年工作总结|某某网\n\n五年来，" + BODY + "\n") == ["某某镇五年工作总结"]


def test_a_pieces_numbered_title_run_into_its_greeting_of_leaders_is_the_title():
    text = (
        "校长述职报告范文八篇\n下面是小编整理的校长述职报告，供大家参考。\n"
        "某某小学校长述职报告 篇1尊敬的各位领导、各位同仁：\n大家好！\n" + BODY + "\n一、加强班子建设\n" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["某某小学校长述职报告 篇1"]
    assert "尊敬的各位领导、各位同仁：" in doc.reports[0].front
    # leaders named without being called on (no 各位/尊敬的) are no greeting
    assert ping_an.parse_text("某某小学校长述职报告领导班子：" + BODY * 3 + "\n").reports[0].front == []


def test_a_document_sites_page_count_run_into_the_first_line_is_furniture():
    line = "第1页共10页学习贯彻会议精神发言稿今天会议的主要目的是：传达学习会议精神，" + BODY * 4
    doc = ping_an.parse_text(line)
    assert doc.front == ["第1页共10页"] and [r.title for r in doc.reports] == ["学习贯彻会议精神发言稿"]
    # a page count inside a sentence is text
    from ping_an.rules.patterns import is_furniture_text

    assert not is_furniture_text("本书第1页共10页的内容都是关于改革的")


def test_a_sites_footer_under_an_article_is_furniture():

    footer = ["微信扫一扫在手机阅读、分享本文", "本文标题：在全县安全生产会议上的讲话", "链接地址：http://www.example.com/article/1.htm",
              "版权声明", "作者原创，不允许二次传播，一经发现追究法律责任", "微信订阅号", "联系客服"]
    assert_furniture(footer)
    # the same words in the text's own sentences are text
    assert_furniture(not_lines=["扫一扫，加强安全生产监管", "本文标题的拟定要简洁明了", "联系群众，服务群众"])
    text = "在全县安全生产会议上的讲话\n\n同志们：\n\n" + BODY + "\n\n" + "\n".join(footer) + "\n"
    assert leads(text) == []


def test_a_note_in_brackets_where_a_picture_stood_is_furniture_not_the_title():
    news = "某某日报某地3月2日讯 3月2日，市法院召开全市法院院长会议，部署今年工作。会议要求：一是坚持公正司法，提升审判质效；二是坚持司法为民，优化诉讼服务。\n"
    for note in ("（资料图片）", "(图片来源：某某日报)", "【视频】"):
        doc = ping_an.parse_text(note + "\n" + news)
        assert [r.title for r in doc.reports] == [None] and doc.front == [note], note
        assert [m.marker for m in doc.reports[0].measures] == ["一是", "二是"]
    # a short title in brackets is no picture's note
    assert titles("（市法院工作要点）\n" + news) == ["（市法院工作要点）"]


def test_an_outline_printed_above_the_text_without_a_toc_line_is_its_toc():
    outline = "一、上半年工作回顾\n二、下半年工作安排\n（一）抓项目建设\n（二）抓民生保障\n三、加强自身建设\n"
    body = (
        "各位代表：\n一、上半年工作回顾\n" + BODY + "\n二、下半年工作安排\n（一）抓项目建设。" + BODY
        + "\n（二）抓民生保障。" + BODY + "\n三、加强自身建设\n" + BODY + "\n"
    )
    for text in (outline + "某某镇2024年上半年工作报告\n" + body, "某某镇2024年上半年工作报告\n" + outline + body):
        doc = ping_an.parse_text(text)
        (report,) = doc.reports
        assert report.title == "某某镇2024年上半年工作报告"
        assert [(e.number, e.title) for e in doc.toc][:3] == [("一、", "上半年工作回顾"), ("二、", "下半年工作安排"), ("（一）", "抓项目建设")]
        assert [(s.heading, s.line) for s in report.sections] == [("上半年工作回顾", 8), ("下半年工作安排", 10), ("加强自身建设", 13)]
    # numbered lines that the text never prints again are its own headings
    doc = ping_an.parse_text("某某镇2024年工作要点\n一、抓项目建设\n二、抓民生保障\n三、抓自身建设\n" + BODY + "\n")
    assert doc.toc == [] and [s.heading for s in doc.reports[0].sections] == ["抓项目建设", "抓民生保障", "抓自身建设"]


def test_copies_labelled_by_title_and_number_are_pieces_under_the_page_title():
    page = "《社区平安建设工作方案》\n"
    piece = "为推进社区平安建设，结合实际，制定本方案。\n一、工作目标\n" + BODY + "\n二、主要任务\n" + BODY + "\n"
    doc = ping_an.parse_text(page + "社区平安建设工作方案(一) :\n" + piece + "社区平安建设工作方案（二）：\n" + piece)
    assert doc.title == "《社区平安建设工作方案》"
    assert [r.title for r in doc.reports] == ["社区平安建设工作方案(一)", "社区平安建设工作方案（二）"]
    assert [[s.heading for s in r.sections] for r in doc.reports] == [["工作目标", "主要任务"]] * 2
    # numbered after 范文 with no brackets, under the page's title and its blurb
    blurb = "今天小编给大家整理了社区平安建设工作方案，希望对大家有所帮助。\n"
    doc = ping_an.parse_text("社区平安建设工作方案范文\n" + blurb + "社区平安建设工作方案范文一\n" + piece + "社区平安建设工作方案范文二\n" + piece)
    assert doc.title == "社区平安建设工作方案范文"
    assert [r.title for r in doc.reports] == ["社区平安建设工作方案范文一", "社区平安建设工作方案范文二"]
    # a numbered lead-in that names no kind of text labels nothing
    doc = ping_an.parse_text("社区平安建设工作方案\n" + piece + "主要做法（一）：\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["社区平安建设工作方案"]


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_a_pages_name_for_a_speech_over_its_own_title_line_is_front_matter(gap):
    speech = "同志们：今天召开全市安全生产工作会议，主要任务是部署今年工作。一是压实责任，确保各项措施落地；二是强化督查，及时消除各类隐患。\n"
    doc = ping_an.parse_text("安全生产工作会议讲话稿" + gap + "在全市安全生产工作会议上的讲话" + gap + speech)
    assert doc.title == "在全市安全生产工作会议上的讲话" and doc.front == ["安全生产工作会议讲话稿"]
    assert [m.marker for m in doc.reports[0].measures] == ["一是", "二是"]
    # an issuer's name over the title names no kind of text: the two are one title
    doc = ping_an.parse_text("某某市应急管理局" + gap + "在全市安全生产工作会议上的讲话" + gap + speech)
    assert doc.title == "某某市应急管理局 在全市安全生产工作会议上的讲话"


def _measure_tree(measures) -> list:
    return [(m.marker, _measure_tree(m.measures)) if m.measures else m.marker for m in measures]


PROGRAMME = (
    "某某社区邻里节活动方案\n一、活动安排\n时间：5月1日\n（1）启动仪式\n（2）文艺演出；\n（3）开展志愿服务；\n"
    "①健康义诊：社区卫生站开展义诊活动。\n②法律咨询：司法所开展法律咨询。\n"
    "（4）散发倡议书，鼓励居民参与社区治理，营造共建共治共享的良好社区氛围\n二、工作要求\n" + BODY + "\n"
)


def test_short_numbered_lines_with_no_body_under_plain_text_are_a_list_and_a_list_inside_an_item_too():
    sections = ping_an.parse_text(PROGRAMME).reports[0].sections
    assert [(s.heading, [c.heading for c in s.sections]) for s in sections] == [("活动安排", []), ("工作要求", [])]
    assert _measure_tree(sections[0].measures) == ["（1）", "（2）", ("（3）", ["①", "②"]), "（4）"]


def test_numbered_lines_with_a_body_or_run_into_one_stay_headings():
    # a body under the inner lines: they are headings, and an item holds no heading
    text = PROGRAMME.replace("司法所开展法律咨询。\n", "司法所开展法律咨询。\n" + BODY + "\n")
    sections = ping_an.parse_text(text).reports[0].sections
    assert [c.heading for c in sections[0].sections] == ["健康义诊", "法律咨询"]
    # long lines with no sentence end after plain text: headings run into their bodies
    runs = "".join(f"（{n}）{head}各社区围绕目标任务细化工作措施推动各项工作落地见效群众满意度和获得感持续提升\n" for n, head in (("一", "文化活动"), ("二", "社区卫生"), ("三", "环境卫生")))
    sections = ping_an.parse_text("某某社区年度工作回顾\n一、主要工作\n过去一年，我们围绕年度目标，做了大量工作。\n" + runs).reports[0].sections
    assert sections[0].measures == [] and len(sections[0].sections) == 3


def test_a_sites_buttons_search_bar_and_cut_notice_are_furniture():
    head = "联系我们\n|\n会员中心\n\n热门搜索:述职报告 工作总结 讲话\n区2023年度安全生产工作总结\n发布时间:2024-01-10 15:00:34  浏览次数:405次\n免费试读\n\n"
    doc = ping_an.parse_text(head + "2023年度安全生产工作总结\n\n今年以来，我区扎实推进安全生产工作。\n一、总体情况\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["2023年度安全生产工作总结"]
    assert "会员中心" in doc.front and "免费试读" in doc.front and "|" in doc.front
    # a document site's note that it cut the opening stands on its own line under the title
    doc = ping_an.parse_text("2025年全市基层治理经验交流会发言\n……(开头部分已省略310字)\n（一）织密组织网络，实现全覆盖。" + BODY + "\n（二）建强骨干队伍，锻造硬实力。" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["2025年全市基层治理经验交流会发言"]
    assert doc.reports[0].front == ["……(开头部分已省略310字)"]
    # the same words inside the text are no furniture, and an ellipsis line carries on
    from ping_an.rules.patterns import is_furniture_text

    assert not is_furniture_text("会员中心建设") and not is_furniture_text("免费试读活动")
    assert is_furniture_text("- 时效性: 有效")
    doc = ping_an.parse_text("某某工作总结\n一、主要工作\n我们开展了培训、宣传\n……等各项工作，取得了较好成效。\n")
    assert doc.reports[0].sections[0].body == "我们开展了培训、宣传……等各项工作，取得了较好成效。"


def test_the_texts_own_title_block_under_a_pages_headline_is_the_title():
    head = "要闻\n您当前的位置 > 首页 > 要闻\n\n某某局局长在2024年全省工作会议上的工作报告\n\n发布日期:2024-01-27 16:23 信息来源:某某局\n\n"
    block = "凝心聚力抓落实\n奋力开创新局面\n——在2024年全省工作会议上的工作报告\n某某局局长 张三\n同志们：\n这次会议的主要任务是总结工作、部署任务。\n一、2023年工作回顾\n" + BODY + "\n"
    doc = ping_an.parse_text(head + block)
    assert [r.title for r in doc.reports] == ["凝心聚力抓落实 奋力开创新局面"]
    assert "某某局局长在2024年全省工作会议上的工作报告" in doc.front
    # with no subtitle under it, a line that names no kind of text is no printing of the
    # headline: the headline stays the title
    doc = ping_an.parse_text(head + "凝心聚力抓落实\n\n同志们：\n这次会议的主要任务是总结工作、部署任务。\n一、2023年工作回顾\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["某某局局长在2024年全省工作会议上的工作报告"]


def test_a_heading_run_in_on_one_line_may_open_with_a_redacted_year():
    part = "我们多次组织员工认真学习有关文件，深入领会文件精神，加强员工的理想信念教育，树立正确的世界观、人生观、价值观，为业务发展多作贡献。"
    line = (
        "xx年工会工作总结\n今年以来，我会紧紧围绕中心工作，切实履行各项职能。现将工作总结如下。一、加强政治学习，提高员工综合素质。"
        f"(一)xx年组织集中学习。{part}(二)大力表彰宣传先进。{part}(三)注重业务技能培训。{part}\n"
    )
    (section,) = ping_an.parse_text(line).reports[0].sections
    assert [s.heading for s in section.sections] == ["xx年组织集中学习", "大力表彰宣传先进", "注重业务技能培训"]
    # a bracketed numeral that opens no text (a range of items) opens no heading
    doc = ping_an.parse_text(line.replace(f"(一)xx年组织集中学习。{part}", f"(一)-(三)项任务均已完成。{part}"))
    assert [s.heading for s in doc.reports[0].sections[0].sections] == []


def test_a_columns_name_above_the_pages_metadata_leaves_the_title_to_the_heading_under_it():
    body = "\n\n纪检监察机关是政治机关，应当把政治监督放在第一位。\n\n一、对履行监督责任的思考\n\n" + BODY + "\n"
    doc = ping_an.parse_text("调查研究\n\n来源：某某网    时间：2019-03-13 11:43\n\n关于加强政治监督问题研究" + body)
    assert [r.title for r in doc.reports] == ["关于加强政治监督问题研究"] and doc.front[0] == "调查研究"
    # a heading above the metadata is the title, whatever short line stands under it
    doc = ping_an.parse_text("关于加强政治监督问题研究\n\n来源：某某网    时间：2019-03-13 11:43\n\n市纪委调研组" + body)
    assert [r.title for r in doc.reports] == ["关于加强政治监督问题研究"]


def test_a_title_run_into_the_texts_first_numbered_heading_on_one_line_is_set_apart():
    line = "某某县2023年工作总结一、主要工作。" + BODY + "二、存在问题。" + BODY + "\n"
    doc = ping_an.parse_text(line)
    assert [r.title for r in doc.reports] == ["某某县2023年工作总结"]
    assert [s.heading for s in doc.reports[0].sections] == ["主要工作", "存在问题"]
    # a bracketed 一 right after a title is its copy's number, not its first heading
    doc = ping_an.parse_text("某某县2023年工作总结（一）" + BODY * 3 + "\n")
    assert doc.reports[0].sections == [] and doc.reports[0].preamble.startswith("某某县2023年工作总结（一）")


def test_a_one_line_title_block_of_title_office_and_name_and_date_has_no_subtitle_to_need():
    speech = "今天，大会选举我担任县长，我深感责任重大。在此，我郑重表态：一、永葆忠诚之心。" + BODY * 3 + "二、永葆实干之心。" + BODY * 3
    line = "某某文库—全网资源每日更新 www.example.com县人大五次会议表态发言某某县县长张三(2026 年 2 月 6 日)各位代表，同志们：" + speech + "\n"
    doc = ping_an.parse_text(line)
    assert [r.title for r in doc.reports] == ["县人大五次会议表态发言"]
    assert doc.front == ["某某文库—全网资源每日更新 www.example.com"]
    assert doc.reports[0].front == ["某某县县长张三", "(2026 年 2 月 6 日)", "各位代表，同志们："]
    assert [s.heading for s in doc.reports[0].sections] == ["永葆忠诚之心", "永葆实干之心"]
    # with no date after the name the line holds no title block: the name is no byline
    doc = ping_an.parse_text(line.replace("(2026 年 2 月 6 日)", ""))
    assert [r.title for r in doc.reports] == [None] and doc.reports[0].front == []
    from ping_an.rules.patterns import is_furniture_text

    assert is_furniture_text("某某文库—全网资源每日更新 www.example.com")
    assert not is_furniture_text("详情请登录www.example.com查询")


def test_a_chinese_numeral_and_a_blank_open_a_heading_as_the_pdf_copy_left_it():
    text = "某某区乡镇调研报告\n一 调研背景\n（一）调研目的与意义\n" + BODY + "\n二 基本情况\n（一）人口构成\n" + BODY + "\n"
    sections = ping_an.parse_text(text).reports[0].sections
    assert [(s.marker, s.heading, [c.heading for c in s.sections]) for s in sections] == [
        ("一", "调研背景", ["调研目的与意义"]),
        ("二", "基本情况", ["人口构成"]),
    ]
    # characters spaced out in a title are no heading, nor a numeral over another one
    doc = ping_an.parse_text("二 〇 二 三 年 工 作 总 结\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["二 〇 二 三 年 工 作 总 结"] and doc.reports[0].sections == []
    assert ping_an.parse_text("某某工作总结\n一 二季度工作情况良好。\n").reports[0].sections == []


def test_two_printings_of_a_title_run_together_into_the_salutation_leave_the_second():
    speech = "今天会议的主要任务是贯彻落实全市座谈会精神。一是抓好项目建设，确保按期完成；二是抓好安全生产，守住工作底线。\n"
    doc = ping_an.parse_text("县长在全县座谈会上讲话县长在全县座谈会上的讲话同志们：" + speech)
    assert [r.title for r in doc.reports] == ["县长在全县座谈会上的讲话"] and doc.front == ["县长在全县座谈会上讲话"]
    # a title and a site's category run on after it, over the title printed again
    doc = ping_an.parse_text("开发区年度述职报告述职报告范文大全\n开发区年度述职报告\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["开发区年度述职报告"]
    # two titles that differ are not two printings: one title
    doc = ping_an.parse_text("县长在全县座谈会上讲话在全市工作会议上的讲话同志们：" + speech)
    assert [r.title for r in doc.reports] == ["县长在全县座谈会上讲话在全市工作会议上的讲话"]


def test_a_title_run_into_its_first_part_on_a_line_under_a_document_sites_notes():
    notes = "- 10.27 KB\n- 2022-03-28 发布\n- 1、本文档由用户上传，某某文库整理发布。\n- 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。\n"
    line = "某某局2018年上半年工作总结及下半年工作计划 第一、上半年工作总结 一、重点工程建设。" + BODY * 3 + "二、民生工程建设。" + BODY * 3 + "\n"
    doc = ping_an.parse_text(notes + line)
    assert [r.title for r in doc.reports] == ["某某局2018年上半年工作总结及下半年工作计划"]
    (part,) = doc.reports[0].sections
    assert (part.marker, part.heading, [s.heading for s in part.sections]) == ("第一、", "上半年工作总结", ["重点工程建设", "民生工程建设"])


def test_a_trail_that_ends_in_its_arrow_and_a_document_sites_download_notes_are_furniture():
    doc = ping_an.parse_text("某某网 > 工作总结 > 工作总结范文 >\n\n2020年某某局目标完成情况总结\n\n一、目标完成情况\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["2020年某某局目标完成情况总结"]
    notes = (
        "温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。\n"
        "2. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。\n"
        "3. 下载文档时可能由于网络波动等原因无法下载或下载错误,付费完成后未能成功下载的用户请联系客服处理。\n"
    )
    doc = ping_an.parse_text(notes + "某某部年度宣传工作总结\n今年以来，我部紧紧围绕中心工作，扎实推进各项任务。\n一、主要工作\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["某某部年度宣传工作总结"]
    assert [s.heading for s in doc.reports[0].sections] == ["主要工作"]
    # a text's own numbered lines about its files are no site's notes
    from ping_an.rules.patterns import is_furniture_text

    assert not is_furniture_text("1. 加强文件下载管理，规范信息公开流程")


def test_a_title_run_into_the_sentence_that_hands_the_report_over():
    line = "统战部2021年上半年工作总结现将市委统战部2021年上半年工作情况汇报如下：一、上半年工作开展情况。" + BODY * 3 + "二、下半年工作计划。" + BODY * 3 + "\n"
    doc = ping_an.parse_text(line)
    assert [r.title for r in doc.reports] == ["统战部2021年上半年工作总结"]
    assert doc.reports[0].preamble.startswith("现将市委统战部")
    # 现将 inside a title's own words does not cut it
    assert [r.title for r in ping_an.parse_text("关于现将某某文件转发的说明\n" + BODY + "\n").reports] == ["关于现将某某文件转发的说明"]


def test_a_title_run_into_the_long_instruction_it_answers():
    # the instruction a self-inspection answers may be named at length before its comma
    line = (
        "关于某某镇农村饮水安全工作的自查报告根据某某县人民政府办公室关于开展全县农村饮水安全工作专项检查的通知文件要求，"
        "我镇认真组织开展了自查。" + BODY * 4 + "\n"
    )
    assert [r.title for r in ping_an.parse_text(line).reports] == ["关于某某镇农村饮水安全工作的自查报告"]
    # without what it answers (要求, 精神, 部署…) a long 根据 clause does not cut the line
    line = "关于某某镇农村饮水安全工作的自查报告根据某某县人民政府办公室关于开展全县农村饮水安全工作专项检查的通知文件，" + BODY * 4 + "\n"
    assert [r.title for r in ping_an.parse_text(line).reports] == [None]


def test_a_short_first_line_that_runs_a_title_into_its_first_part_heading():
    text = "某某街道平安建设实施方案模板一、总体目标\n" + BODY + "\n二、主要任务\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.title == "某某街道平安建设实施方案模板"
    assert [s.heading for s in report.sections] == ["总体目标", "主要任务"]
    # a title that names its options by numerals is one title
    text = "关于某某路改造方案一、二、三的比选报告\n" + BODY + "\n"
    assert [r.title for r in ping_an.parse_text(text).reports] == ["关于某某路改造方案一、二、三的比选报告"]


def test_a_pages_keyword_row_over_the_title_is_furniture():
    text = "2024年某某街道工作总结\n\n某某街道,工作总结,2024\n\n2024年某某街道工作总结\n\n今年以来，街道扎实推进各项工作。\n一、主要工作\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["2024年某某街道工作总结"]
    # a heading's phrases split by commas name no kind of text alone
    from ping_an.rules.patterns import is_furniture_text

    assert not is_furniture_text("加强领导，明确责任，狠抓落实") and not is_furniture_text("做好总结，查找不足，制定计划")
    assert is_furniture_text("某某街道,工作总结,2024")


def test_a_pictures_file_name_left_on_a_line_is_furniture():
    text = "某某法院院长在节后收心会上的讲话\n\n2.jpg\n\n1.JPG\n\n同志们：\n" + BODY + "\n一、收心归位\n" + BODY + "\n二、狠抓落实\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["收心归位", "狠抓落实"]
    assert "2.jpg" in report.front
    # a numbered heading that names no file is a heading
    from ping_an.rules.patterns import is_furniture_text

    assert not is_furniture_text("1.加强学习，提高素质")


def test_a_numbered_heading_under_a_title_is_never_the_titles_wrapped_tail():
    text = "某某小学春季学校工作计划篇1\n一、总体思路\n" + BODY + "\n二、重点工作\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.title == "某某小学春季学校工作计划篇1"
    assert [s.heading for s in report.sections] == ["总体思路", "重点工作"]


def test_a_pieces_title_and_number_run_into_its_salutation_on_a_one_line_page():
    line = (
        "校长述职报告述职报告是任职者陈述履职情况的文书。下面是小编整理的校长述职报告5篇，供大家参考。"
        "某某小学校长述职报告1尊敬的各位领导：今年以来，我校扎实推进各项工作。" + BODY * 3 + "\n"
    )
    (report,) = ping_an.parse_text(line).reports
    assert report.title == "某某小学校长述职报告1"
    assert report.front == ["尊敬的各位领导："]


def test_a_speakers_name_before_a_title_run_into_its_salutation():
    doc = ping_an.parse_text("王某某：在全市农业农村工作会议上的发言提纲各位领导、同志们：今年以来，我市扎实推进各项工作。" + PART + "\n")
    (report,) = doc.reports
    assert report.title == "在全市农业农村工作会议上的发言提纲"
    assert report.front[-1] == "各位领导、同志们："
    # a name and a colon before a sentence is no title
    doc = ping_an.parse_text("王某某：今年的工作很重要各位领导、同志们：今年以来，我市扎实推进各项工作。" + PART + "\n")
    assert [r.title for r in doc.reports] == [None]


def test_blanks_a_pdf_copy_leaves_in_a_year_and_a_marker_and_a_sites_tag_line():
    # a one-line page: the title run into its first sentence, whose year holds a blank
    line = "中小学“双减”工作总结2025 年 7 月，上级印发了有关文件，要求切实减轻学生负担。" + BODY * 3 + "\n"
    assert [r.title for r in ping_an.parse_text(line).reports] == ["中小学“双减”工作总结"]
    # 一 是 with the blank of a broken line is the marker all the same
    text = "某某学校工作总结\n我们着力从三个方面推动工作：一 是加强作业管理，控制作业总量；二 是提升课堂质量，向课堂要效益；三 是规范校外培训。\n"
    assert [m.marker for m in ping_an.parse_text(text).reports[0].measures] == ["一 是", "二 是", "三 是"]
    # a site's tag for what it offers names no document: no title
    doc = ping_an.parse_text("优秀实用范文分享\n" + BODY + "\n一、主要工作\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == [None] and doc.front == ["优秀实用范文分享"]
    assert [r.title for r in ping_an.parse_text("基层治理经验分享\n" + BODY + "\n").reports] == ["基层治理经验分享"]


def test_a_document_sites_watermark_run_into_a_one_line_title_is_front_matter_of_its_own():
    line = "精选优质文档-倾情为你奉上乡镇残联年度工作总结及工作计划2015年，县残联在县委、县政府的正确领导下，扎实开展工作。" + BODY * 3 + "\n"
    doc = ping_an.parse_text(line)
    assert [r.title for r in doc.reports] == ["乡镇残联年度工作总结及工作计划"]
    assert doc.front == ["精选优质文档-倾情为你奉上"]
    from ping_an.rules.patterns import is_furniture_text

    assert is_furniture_text("精选优质文档-倾情为你奉上") and not is_furniture_text("倾情为群众办实事")


def test_a_title_printed_twice_word_for_word_is_one_title_not_two_lines_of_one():
    # a page's headline and the article's own, neither naming a kind of text
    text = "专题党课：在服务群众中书写青春篇章\n\n专题党课：在服务群众中书写青春篇章\n同志们：\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.title == "专题党课：在服务群众中书写青春篇章"
    assert report.front == ["同志们："]
    # a site's note of the length after the headline is no part of the title
    text = "在服务群众中书写青春篇章(全文8650字)\n\n在服务群众中书写青春篇章\n同志们：\n" + BODY + "\n"
    assert [r.title for r in ping_an.parse_text(text).reports] == ["在服务群众中书写青春篇章"]
    # two different lines over a salutation stay one title set on two lines
    text = "牢记初心使命\n在服务群众中书写青春篇章\n同志们：\n" + BODY + "\n"
    assert [r.title for r in ping_an.parse_text(text).reports] == ["牢记初心使命 在服务群众中书写青春篇章"]


def test_a_row_of_a_sites_bracketed_buttons_is_furniture_not_a_line_of_the_title():
    text = "发布时间：2023-4-25\n阅读原文】 【投稿】 【查看全文】【收藏本页】\n\n在全市项目建设推进会上的讲话\n\n同志们：\n" + BODY + "\n"
    assert titles(text) == ["在全市项目建设推进会上的讲话"]
    from ping_an.rules.patterns import is_furniture_text

    assert is_furniture_text("【上一篇】【下一篇】【返回列表】")
    # one or two bracketed words are a piece's label or a title's tag, not a row of buttons
    assert not is_furniture_text("【篇一】【篇二】") and not is_furniture_text("【精品】某某工作总结")


def test_a_title_and_its_dash_motto_run_into_the_text_end_the_title_at_the_dash():
    line = "2024年度某某学校德育工作总结——以德为先，构建和谐校园某某学校始建于1956年，现有教学班21个。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    assert report.title == "2024年度某某学校德育工作总结"
    assert report.preamble.startswith("——以德为先")
    # a first sentence that names a report before its dash is text
    line = "今年以来，我们认真学习政府工作报告——这是全年工作的总纲，" + BODY * 3 + "\n"
    assert titles(line) == [None]


def test_a_title_that_ends_the_pages_trail_run_into_the_text_under_it_ends_there():
    # (a title that a site's note ends, which the text's first sentence alone does not end)
    text = "您好，欢迎访问\n当前位置：首页 > 办公文档 > 某某局2023年工作总结和2024年工作计划供参考\n某某局2023年工作总结和2024年工作计划供参考2023年，我局坚持稳中求进。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.title == "某某局2023年工作总结和2024年工作计划供参考"
    assert report.preamble.startswith("2023年，我局")
    # a trail that ends in a column's name leaves the line under it whole
    text = "当前位置：首页 > 办公文档 > 工作总结\n工作总结是对一个时期工作的回顾。" + BODY * 3 + "\n"
    assert ping_an.parse_text(text).reports[0].preamble.startswith("工作总结是对")


def test_a_work_reports_block_on_one_line_with_the_date_before_the_speaker_is_front_matter():
    line = "某某镇政府工作报告 (2024年3月2日) 镇人民政府镇长某某 各位代表、 同志们: 现在，我代表镇人民政府向大会报告工作，请予审议。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    assert report.title == "某某镇政府工作报告"
    assert report.front == ["(2024年3月2日)", "镇人民政府镇长某某", "各位代表、 同志们:"]
    # a document site's number for its one page, and a page's name for the report before its own title
    doc = ping_an.parse_text("1、镇长政府工作报告 某某镇第五届人民代表大会第二次会议政府工作报告 " + line.split(" ", 1)[1])
    assert [r.title for r in doc.reports] == ["某某镇第五届人民代表大会第二次会议政府工作报告"]
    assert doc.reports[0].sections == []
    # a numbered heading with no title block after it stays a heading
    text = "某某镇政府工作报告\n1、镇村建设加快推进。" + BODY + "\n2、民生保障持续加强。" + BODY + "\n"
    assert top_headings(text) == ["镇村建设加快推进", "民生保障持续加强"]


def test_a_kinds_name_inside_a_title_on_a_one_line_block_does_not_end_it():
    # (…全体会议… holds 体会, the name of a kind of text)
    line = "在区政府全体会议暨廉政工作会议上的讲话某某(2024年2月29日)同志们: 今天召开这次会议，主要有两点考虑。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    assert report.title == "在区政府全体会议暨廉政工作会议上的讲话"
    assert report.front == ["某某", "(2024年2月29日)", "同志们:"]


def test_a_link_with_its_rating_and_a_bullet_alone_are_furniture_above_a_compendium():
    text = (
        "-\n某某社区治理调研报告 推荐度：\n- 相关推荐\n社区治理调研报告(范例3篇)\n"
        "下面是小编收集整理的社区治理调研报告，仅供参考，欢迎大家阅读。\n社区治理调研报告1\n" + BODY + "\n一、基本情况\n" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["社区治理调研报告1"]
    from ping_an.rules.patterns import is_furniture_text

    assert is_furniture_text("评分：4.5") and not is_furniture_text("评分标准：按时完成")


def test_a_toc_that_outlines_one_text_above_its_title_is_front_matter_of_that_text():
    text = (
        "目录/提纲：……\n一、聚焦粮食生产，稳住农业基本盘\n一是种植面积稳定\n二是单产持续提高\n"
        "二、聚焦乡村建设，改善人居环境\n一是道路硬化\n……\n"
        "某某县2024年农业农村工作情况汇报\n年初以来，我县扎实推进各项工作。\n"
        "一、聚焦粮食生产，稳住农业基本盘\n一是种植面积稳定。" + BODY + "\n二、聚焦乡村建设，改善人居环境\n" + BODY + "\n"
    )
    doc = ping_an.parse_text(text)
    (report,) = doc.reports
    assert report.title == "某某县2024年农业农村工作情况汇报"
    # (no line is lost: the entry read stays the 目录's, the rest of the outline is front matter)
    assert [e.title for e in doc.toc] == ["聚焦粮食生产，稳住农业基本盘"] and "二是单产持续提高" in doc.front
    assert [s.heading for s in report.sections] == ["聚焦粮食生产，稳住农业基本盘", "聚焦乡村建设，改善人居环境"]
    # a compendium's 目录, its entries numbered 一、 and found as the pieces' titles, splits it
    text = (
        "目录\n一、某某镇2023年工作总结\n二、某某镇2024年工作计划\n"
        "某某镇2023年工作总结\n" + BODY + "\n一、主要工作\n" + BODY + "\n某某镇2024年工作计划\n" + BODY + "\n"
    )
    assert titles(text) == ["某某镇2023年工作总结", "某某镇2024年工作计划"]


def test_a_pages_expander_a_disclosure_category_and_a_spaced_dateline_are_furniture():
    text = "法定主动公开内容\n+\n某某局2023年工作总结\n索引号：002654358/2024-01\n\n2023年，我局扎实推进各项工作。\n一、主要工作\n" + BODY + "\n"
    assert titles(text) == ["某某局2023年工作总结"]
    # a news item opens with its dateline and reporters, and has no title line
    text = "本报讯 (记者 某某 某某)\n7月16日，县委召开专题会议。" + BODY + "\n"
    assert titles(text) == [None]
    # a one-character line of a broken word still joins (政府工作报 / 告)
    assert titles("某某县政府工作报\n告\n各位代表：\n" + BODY + "\n") == ["某某县政府工作报告"]


def test_numbers_a_pdf_copy_set_on_lines_of_their_own_join_their_sentence():
    text = "某某局\n2023\n年工作总结和\n2024\n年工作思路\n一、2023年工作总结\n全年创建示范基地\n2\n个，推广新品种\n13\n个。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.title == "某某局2023年工作总结和2024年工作思路"
    assert report.sections[0].body.startswith("全年创建示范基地2个，推广新品种13个。")
    # a number after a finished sentence is no part of it: a page's number stays apart
    text = "某某局工作总结\n一、主要工作\n" + BODY + "\n2\n" + BODY + "\n"
    assert "。2" not in ping_an.parse_text(text).reports[0].sections[0].body


def test_a_pages_length_note_reading_count_and_guide_label_are_no_title():
    text = "在全区项目推进会上的讲话 (本页约4900+字)\n2025-11-08 07:03:52 99\n\n在XX区项目推进会上的讲话\n\n同志们：\n" + BODY + "\n"
    assert titles(text) == ["在XX区项目推进会上的讲话"]
    text = "文章导读\n在全市项目推进会上的讲话\n同志们：\n" + BODY + "\n"
    assert titles(text) == ["在全市项目推进会上的讲话"]
    from ping_an.rules.patterns import is_furniture_text

    # a date with a count of readers is a page's row; a date that opens a sentence is text
    assert is_furniture_text("2024-03-05 16:59:17 34") and not is_furniture_text("2024-03-05 全县召开大会，部署工作。")


def test_a_title_printed_again_with_a_sites_label_is_no_second_line_of_it():
    text = "在服务群众中书写青春篇章\n专题党课：在服务群众中书写青春篇章\n同志们：\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    # (which printing titles the text the golds settle both ways; never the two joined)
    assert report.title in ("在服务群众中书写青春篇章", "专题党课：在服务群众中书写青春篇章")


def test_a_title_under_a_label_naming_its_kind_run_into_the_speech_ends_at_its_opening():
    line = "党课讲稿：牢记初心使命推动税收事业高质量发展今天，围绕这一主题，和大家谈谈我的认识和体会。" + BODY * 3 + "\n"
    assert titles(line) == ["党课讲稿：牢记初心使命推动税收事业高质量发展"]
    # a label and a sentence with its comma is text
    line = "讲话要点：今天，我们召开这次会议，主要任务是部署全年工作。" + BODY * 3 + "\n"
    assert titles(line) == [None]


def test_a_first_sub_heading_glued_to_its_parents_heading_opens_a_section_in_a_cut_text():
    line = (
        "某某局党课讲稿今天，和大家交流三点认识。一、深学细悟，牢牢把握核心要义（一）首次提出的背景"
        "2019年7月9日，党中央召开工作会议，作出重要部署。" + BODY * 3 + "\n"
    )
    (report,) = ping_an.parse_text(line).reports
    assert [s.heading for s in report.sections] == ["深学细悟，牢牢把握核心要义"]
    assert [s.heading for s in report.sections[0].sections] == ["首次提出的背景"]
    # a lone （一） glued to a sentence's words, under no heading, opens nothing
    line = "某某局工作总结今年以来，我们扎实推进各项工作。全县推进改革（一）批试点项目落地见效。" + BODY * 3 + "\n"
    assert ping_an.parse_text(line).reports[0].sections == []


def test_an_item_after_a_half_width_full_stop_goes_on_the_list():
    # (pages typed with half-width punctuation end a sentence with .)
    text = "某某乡工作总结\n\n一、产业发展\n\n今年计划三项:一是完成种植任务.二是建成示范园.三是开展技术培训。" + BODY + "\n"
    (section,) = ping_an.parse_text(text).reports[0].sections
    assert [m.marker for m in section.measures] == ["一是", "二是", "三是"]
    # a decimal's digits are no list: 增长2.5.3个百分点 holds no item 5. or 3.
    text = "某某乡工作总结\n\n一、产业发展\n\n产值增长2.5.3个百分点来自新增项目。" + BODY + "\n"
    (section,) = ping_an.parse_text(text).reports[0].sections
    assert section.measures == []


def test_a_title_line_ending_on_a_conjunction_or_a_year_goes_on_in_the_next_line():
    text = "某某局2020年工作总结和2021年\n工作重点\n今年以来，我局认真贯彻决策部署，" + BODY + "\n"
    assert titles(text) == ["某某局2020年工作总结和2021年 工作重点"]
    # a title that ends where titles end keeps its line: the short line under it is its text's
    text = "某某局2020年工作总结\n工作重点\n今年以来，我局认真贯彻决策部署，" + BODY + "\n"
    assert titles(text) == ["某某局2020年工作总结"]


def test_numbered_lines_whose_heading_ends_at_a_space_over_a_body_are_headings_not_items():
    lines = [f"{n}.{h} 本次会议{w}，" + BODY for n, h, w in ((1, "召开时间与地点", "在本校召开"), (2, "参与人员", "邀请代表参加"), (3, "会议议程", "审议有关事项"))]
    text = "某某学校工作报告\n\n一、会议基本情况\n" + "\n".join(lines) + "\n"
    (part,) = ping_an.parse_text(text).reports[0].sections
    assert [s.heading for s in part.sections] == ["召开时间与地点", "参与人员", "会议议程"]
    # a line that ends its first clause in ； is an item whatever follows it
    lines = [f"{n}.{h}；本次会议{w}。" for n, h, w in ((1, "召开时间与地点", "在本校召开"), (2, "参与人员", "邀请代表参加"), (3, "会议议程", "审议有关事项"))]
    text = "某某学校工作报告\n\n一、会议基本情况\n" + "\n".join(lines) + "\n"
    (part,) = ping_an.parse_text(text).reports[0].sections
    assert part.sections == [] and len(part.measures) == 3


def test_a_notice_that_starts_at_its_addressee_hands_over_the_text_whose_title_follows():
    notice = "各乡镇人民政府，县直各单位：\n\n《某某县2024年政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。\n\n某某县人民政府办公室\n\n2024年3月1日\n\n(此件主动公开)\n\n"
    text = notice + "某某县2024年政务公开工作要点\n\n一、总体要求\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert titles(text) == ["某某县2024年政务公开工作要点"]
    assert "现印发给你们" in " ".join(doc.front)
    # a notice that hands over a text not printed under it stays the text
    text = notice + "一、总体要求\n\n" + BODY + "\n"
    assert titles(text) == [None]


def test_a_heading_ends_before_the_years_just_past_that_open_its_body():
    line = "某某区团委工作报告各位代表：现在，我代表团区委作报告。一、过去五年的工作过去的五年，是砥砺奋进的五年，全区团组织围绕中心、服务大局。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    assert [s.heading for s in report.sections] == ["过去五年的工作"]
    # (a heading that names the years with no comma after them keeps its words)
    line = "某某区团委工作报告各位代表：现在，我代表团区委作报告。一、认真总结过去五年工作经验。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    assert [s.heading for s in report.sections] == ["认真总结过去五年工作经验"]


def test_a_sites_tag_in_round_brackets_and_a_page_label_are_no_part_of_a_title():
    text = "2022年度专题党课：从党史中汲取智慧和力量(精选文档)\n\n同志们：\n" + BODY + "\n"
    assert titles(text) == ["2022年度专题党课：从党史中汲取智慧和力量"]
    from ping_an.parse.reports import clean_title

    assert clean_title("某某镇妇联工作总结第2页") == "某某镇妇联工作总结"
    # a title's own brackets stay (…工作总结(2023年))
    assert clean_title("某某镇妇联工作总结(2023年)") == "某某镇妇联工作总结(2023年)"


def test_a_title_run_into_a_purpose_clause_that_opens_the_text_ends_before_it():
    line = "【2024年公务用车自查报告】为贯彻落实上级关于公务用车管理的规定，进一步规范用车行为，我单位开展了自查。" + BODY * 3 + "\n"
    assert titles(line) == ["2024年公务用车自查报告"]
    line = "某县考察团赴外地学习考察报告某县考察团赴外地学习考察报告为加强与外地企业的联系与沟通，县里组织了考察。" + BODY * 3 + "\n"
    assert titles(line) == ["某县考察团赴外地学习考察报告"]
    # a purpose clause with no title before it is text
    line = "县里为加强公务用车管理，进一步规范用车行为，开展了自查。" + BODY * 3 + "\n"
    assert titles(line) == [None]


def test_a_reports_part_name_run_into_its_text_ends_the_heading():
    text = "某县调研报告\n\n一、基本情况这次调研历时7天，先后走访了5个乡镇和12个村。" + BODY + "\n\n二、存在问题和下一步工作打算\n\n" + BODY + "\n"
    assert top_headings(text) == ["基本情况", "存在问题和下一步工作打算"]


def test_a_title_block_under_a_date_line_starts_the_report_under_a_page_head():
    text = "某某文选第11687期\n2025年1月\n在全市经济工作会议上的讲话\n市委书记 某某某\n(2024年12月24日)\n同志们：\n" + BODY * 3 + "\n"
    assert titles(text) == ["在全市经济工作会议上的讲话"]
    # a line that goes on from a line broken mid-sentence starts nothing
    text = "某某文选第11687期\n今年全市经济运行总体平稳，全年\n在全市经济工作会议上的讲话\n市委书记 某某某\n(2024年12月24日)\n同志们：\n" + BODY * 3 + "\n"
    assert "在全市经济工作会议上的讲话" not in titles(text)


def test_a_heading_ends_before_what_the_figures_show_on_a_line_that_lost_its_break():
    line = "某县安全生产工作会议讲话同志们：现在我讲三点意见。（一）各类伤亡事故基本情况据统计，今年全县共发生各类事故12起，死亡3人。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    headings = [s.heading for s in report.sections] + [s.heading for r in report.sections for s in r.sections]
    assert "各类伤亡事故基本情况" in headings
    # (also where its colon ends the heading's sentence)
    (report,) = ping_an.parse_text(line.replace("据统计，", "据统计：")).reports
    headings = [s.heading for s in report.sections] + [s.heading for r in report.sections for s in r.sections]
    assert "各类伤亡事故基本情况" in headings


def test_a_copy_button_over_a_page_is_furniture():
    assert_furniture(["正文复制", "复制全文", "【复制】"], ["复制粘贴的做法要不得。", "复制推广先进经验"])
    text = "正文复制\n\n在全区推进会上的表态发言\n尊敬的各位领导、同志们：\n" + BODY + "\n"
    assert titles(text) == ["在全区推进会上的表态发言"]


def test_a_list_under_a_lead_in_ends_where_its_numbers_do():
    text = (
        "某某工作总结\n\n1、系统数据运算优化\n针对系统运算效率低，进行升级改造。\n主要改造措施：\n"
        "1、集中统一数据上报，确保数据稳定上报\n2、对原始数据进行预先处理\n3、基于预处理的数据提供查询服务\n"
        "3、数据分析平台建设\n" + BODY + "\n"
    )
    report = ping_an.parse_text(text).reports[0]
    assert [s.heading for s in report.sections] == ["系统数据运算优化", "数据分析平台建设"]
    assert len(report.sections[0].measures) == 3


def test_a_plans_decimal_clause_numbers_are_headings_a_level_for_each_count_of_numbers():
    text = (
        "某镇突发公共事件总体应急预案\n\n1. 总则\n1.1 编制目的\n" + BODY + "\n1.2 工作原则\n"
        "1.2.1 以人为本，减少危害。" + BODY + "\n1.2.2 统一领导，分级负责。" + BODY + "\n2. 组织体系\n" + BODY + "\n"
    )
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["总则", "组织体系"]
    assert [(s.marker, s.heading) for s in report.sections[0].sections] == [("1.1", "编制目的"), ("1.2", "工作原则")]
    assert [s.marker for s in report.sections[0].sections[1].sections] == ["1.2.1", "1.2.2"]
    # a figure that opens a paragraph is no clause number
    text = "某镇工作总结\n\n一、经济发展\n\n1.5亿元投资项目全部落地，" + BODY + "\n\n2.5倍的增长来自新增企业。" + BODY + "\n"
    (part,) = ping_an.parse_text(text).reports[0].sections
    assert part.sections == []


def test_a_pieces_label_line_over_its_own_title_line_is_front_matter():
    text = "第一篇：以项目建设为载体增创发展新优势大全\n以项目建设为载体增创发展新优势\n今年以来，我市牢固坚持项目强市战略，" + BODY + "\n"
    assert titles(text) == ["以项目建设为载体增创发展新优势"]
    text = "第一篇：外出考察报告\n产城融合推进城乡一体化建设\n——关于某市城镇化发展模式的调查与思考\n" + BODY + "\n"
    assert titles(text) == ["产城融合推进城乡一体化建设"]
    # a label line over its text titles the piece, as printed
    text = "第一篇：外出考察报告\n今年以来，我市牢固坚持项目强市战略，" + BODY + "\n"
    assert titles(text) == ["第一篇：外出考察报告"]


def test_a_title_over_lines_above_a_studys_subtitle_is_one_title():
    text = "以产带城\n以城聚人\n以人兴业 推进城乡一体化建设进程\n——关于某市特色城镇化发展模式的调查与思考\n" + BODY * 2 + "\n"
    assert titles(text) == ["以产带城 以城聚人 以人兴业 推进城乡一体化建设进程"]
    from ping_an.rules.patterns import STUDY_SUBTITLE_RE

    # a dash item of the text says something, with its sentence end
    assert STUDY_SUBTITLE_RE.fullmatch("——关于某市城镇化发展模式的调查与思考")
    assert not STUDY_SUBTITLE_RE.fullmatch("——城镇化建设不断深入，实践探索取得新成效。")


def test_a_kind_of_text_named_alone_over_a_title_of_that_kind_is_the_sites_column():
    text = "主持词\n\n七一表彰大会主持词\n\n同志们：\n" + BODY + "\n"
    assert titles(text) == ["七一表彰大会主持词"]
    # alone over its text it titles the text
    text = "工作总结\n\n今年以来，我局认真贯彻各项决策部署，" + BODY + "\n"
    assert titles(text) == ["工作总结"]


def test_a_disclosure_page_with_its_fields_one_a_line_and_its_share_box_is_front_matter():
    head = [
        "当前位置:首页 > 政府信息公开 > 计划总结", "| 字号: |", "用微信扫描二维码", "分享至好友和朋友圈", "×",
        "索 引 号:", "640501030/2021-00058", "发布机构:", "市某某中心", "责任部门:", "市某某中心",
        "生成日期:", "2021年11月17日", "标  题:", "市某某中心2021年工作总结",
    ]
    text = "\n".join([*head, "市某某中心2021年工作总结", "2021年，市某某中心在市委、市政府的正确领导下，" + BODY, "一、重点工作完成情况", BODY])
    assert titles(text) == ["市某某中心2021年工作总结"]
    assert_furniture(["| 字号: |", "用微信扫描二维码", "分享至好友和朋友圈", "×"], ["| 某某局2023年工作总结 |", "扫描二维码是推进政务服务的重要手段。"])
    # a label and its colon alone in the text, no metadata around it, is the text's
    text = "某某局2023年工作总结\n\n主要做法：\n\n" + BODY + "\n"
    assert ping_an.parse_text(text).reports[0].title == "某某局2023年工作总结"


def test_a_document_sites_numbered_notes_on_downloads_are_furniture():
    notes = [
        "1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充等附加服务。",
        "2. 2、“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。",
        "3. 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理。",
    ]
    assert_furniture([*notes, "下载文档原格式"], ["一、下载文档工作的主要做法", "全年下载文档12万份，服务群众3万人次。"])
    text = "2011年县政府工作报告\n\n" + "\n".join(notes) + "\n\n政府工作报告\n——2011年1月13日在县第十五届人民代表大会第五次会议上\n\n各位代表：\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["政府工作报告"] and doc.reports[0].measures == []


def test_a_short_line_naming_a_periods_work_under_review_is_a_part_title_with_its_series_out_of_sight():
    text = (
        "某市政协常务委员会工作报告\n\n各位委员：\n\n现在，我代表常务委员会向大会报告工作，请予审议。\n\n2024年工作回顾\n\n"
        "2024年是实现“十四五”规划目标任务的关键一年。" + BODY + "\n"
    )
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["2024年工作回顾"]
    # a short line that names no period under review is text
    text = text.replace("2024年工作回顾", "政协委员风采展示")
    assert ping_an.parse_text(text).reports[0].sections == []


def test_lines_that_print_the_line_above_again_are_printings_of_one_title_not_its_lines():
    text = "某某网 资料文库 镇政府工作报告范文\n\n镇政府工作报告范文\n\n镇政府工作报告\n\n各位代表：\n\n" + BODY + "\n"
    assert titles(text) == ["镇政府工作报告"]
    # a title set over two lines that say two things stays one title
    text = "凝心聚力谋发展\n奋力开创镇域经济新局面\n\n各位代表：\n\n" + BODY + "\n"
    assert titles(text) == ["凝心聚力谋发展 奋力开创镇域经济新局面"]


def test_a_heading_ends_before_a_congress_since_which_or_the_speakers_role_that_opens_its_body():
    line = "某某区乡村振兴推进会讲话稿同志们：今天召开这次会议。一、深刻认识乡村振兴战略的时代意义党的十九大以来，“三农”工作形势日新月异。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    assert "深刻认识乡村振兴战略的时代意义" in [s.heading for s in report.sections]
    line = "某局长述职报告各位领导：现将履职情况报告如下。一、强化学习，业务能力有了较大提高作为一名党员，必须加强学习。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    assert "强化学习，业务能力有了较大提高" in [s.heading for s in report.sections]
    # (a heading that names the congress keeps its words)
    line = "某某工作报告各位代表：现在我作报告。一、学习贯彻党的二十大精神。" + BODY * 3 + "\n"
    (report,) = ping_an.parse_text(line).reports
    assert "学习贯彻党的二十大精神" in [s.heading for s in report.sections]


def test_a_title_run_into_its_salutation_keeps_the_longer_name_of_its_kind():
    line = "在全区乡村振兴工作推进会上的讲话稿同志们：今天召开这次会议，主要任务是部署全年工作。" + BODY * 3 + "\n"
    assert titles(line) == ["在全区乡村振兴工作推进会上的讲话稿"]
    line = "在全区乡村振兴工作推进会上的讲话同志们：今天召开这次会议，主要任务是部署全年工作。" + BODY * 3 + "\n"
    assert titles(line) == ["在全区乡村振兴工作推进会上的讲话"]


def test_a_writers_byline_is_front_matter_not_a_title():
    text = "文/某某某\n\n要铸牢忠诚之魂。" + BODY + "\n\n要践行为民初心。" + BODY + "\n"
    assert titles(text) == [None]
    from ping_an.rules.patterns import AUTHOR_LINE_RE

    assert AUTHOR_LINE_RE.fullmatch("文 | 记者 张三") and not AUTHOR_LINE_RE.fullmatch("文化自信")


def test_a_text_that_opens_with_its_first_parts_title_has_no_title_of_its_own():
    text = "2015年工作回顾\n2015年，全市检察机关认真履行职责，各项工作取得新进展。\n一、充分发挥检察职能\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.title is None
    assert [s.heading for s in report.sections] == ["2015年工作回顾"]
    assert [s.heading for s in report.sections[0].sections] == ["充分发挥检察职能"]
    # a line that names its kind of text is the title
    text = text.replace("2015年工作回顾", "2015年工作总结", 1)
    assert titles(text) == ["2015年工作总结"]


def test_a_sites_quick_search_bar_is_furniture():
    assert_furniture(["快捷搜索:论文 合同 演讲 心得", "快捷搜索：工作总结"], ["快捷搜索功能上线后，群众办事更加方便。"])
    text = "快捷搜索:论文 合同 演讲 心得\n\n区委宣传部2022年工作总结\n\n今年以来，全区宣传思想文化工作稳步推进，" + BODY + "\n"
    assert titles(text) == ["区委宣传部2022年工作总结"]


def test_a_sites_name_after_a_dash_on_the_title_line_is_no_part_of_the_title():
    from ping_an.parse.reports import clean_title

    assert clean_title("某省应急管理厅2022年工作总结和2023年重点工作安排-某某某官网真人游戏第一品牌") == "某省应急管理厅2022年工作总结和2023年重点工作安排"
    # a dash before a kind of text is the title's own (…工作总结-述职报告)
    assert clean_title("某局2022年工作总结-个人述职报告") == "某局2022年工作总结-个人述职报告"


def test_a_time_after_a_conjunction_is_inside_the_heading_not_the_opening_of_its_body():
    text = "某市2020年政府工作报告\n\n各位代表：\n\n一、2019年和今年以来工作回顾\n\n" + BODY + "\n\n二、2020年工作安排\n\n" + BODY + "\n"
    assert top_headings(text) == ["2019年和今年以来工作回顾", "2020年工作安排"]
    # without the conjunction the time opens the body of a heading whose line lost its break
    line = "某市工作总结各位代表：现在作报告。一、着力稳增长促发展今年以来，全市上下共同努力。" + BODY * 3 + "\n"
    assert [s.heading for s in ping_an.parse_text(line).reports[0].sections] == ["着力稳增长促发展"]


def test_a_heading_ends_before_the_speakers_pledge_that_opens_its_body():
    line = "某县县长表态发言各位代表，同志们：今天，大会选举我担任县长。一、永葆忠诚之心讲政治我将深刻领悟“两个确立”的决定性意义。二、永葆实干之心抓发展我将聚焦主责主业，全力以赴。" + BODY * 3 + "\n"
    assert [s.heading for s in ping_an.parse_text(line).reports[0].sections] == ["永葆忠诚之心讲政治", "永葆实干之心抓发展"]
    # a heading that names the year its pledge is for keeps it
    text = "某县政府工作报告\n\n各位代表：\n\n一、2024年我们将重点抓好五项工作\n\n" + BODY + "\n"
    assert top_headings(text) == ["2024年我们将重点抓好五项工作"]


def test_a_pages_list_items_are_lines_of_their_own_and_a_bare_counter_among_them_is_furniture():
    head = "- 0\n- 0\n- 约4.5千字\n- 2026-01-22 发布于四川\n- 举报\n"
    text = head + "2025年卫生院工作总结及2026年工作计划\n2025年，我院在上级部门的指导下，" + BODY + "\n一、2025年工作总结\n" + BODY + "\n"
    assert titles(text) == ["2025年卫生院工作总结及2026年工作计划"]
    assert_furniture(["- 0", "- 12"], ["- 12个村全部完成改造"])


def test_a_reporters_byline_and_a_page_number_between_dashes_are_no_title():
    text = "记者 某某某\n\n2022年，区政协围绕中心服务大局，" + BODY + "\n\n坚定捍卫“两个确立”，坚守政治底色。" + BODY + "\n"
    assert titles(text) == [None]
    from ping_an.parse.reports import clean_title

    assert clean_title("- 1 - 某镇老龄工作总结") == "某镇老龄工作总结"
    # a title's own dash stays (2021-2025年…规划)
    assert clean_title("某县2021-2025年发展规划") == "某县2021-2025年发展规划"


def test_a_title_printed_again_without_the_speakers_name_is_one_title_the_printing_nearest_the_text():
    text = "张某某：在法治轨道上推动统计工作水平全面提升\n在法治轨道上推动统计工作水平全面提升\n张某某\n" + BODY * 2 + "\n"
    assert titles(text) == ["在法治轨道上推动统计工作水平全面提升"]
    # two lines that say different things are no printings of one title
    text = "在法治轨道上推动统计工作\n\n深学笃行党的二十大精神，推动统计法治向纵深发展。" + BODY * 2 + "\n"
    assert titles(text) == ["在法治轨道上推动统计工作"]


def test_a_title_line_ending_on_a_conjunction_goes_on_after_a_blank_line_too():
    text = "某某局2023年前三季度工作总结及\n\n第四季度工作打算\n\n今年以来，我局认真贯彻决策部署，" + BODY + "\n"
    assert titles(text) == ["某某局2023年前三季度工作总结及 第四季度工作打算"]
    # a title that ends where titles end keeps its line: the short line under it is its text's
    text = "某某局2022年上半年工作总结\n\n重点工作\n\n今年以来，我局认真贯彻决策部署，" + BODY + "\n"
    assert titles(text) == ["某某局2022年上半年工作总结"]


def test_a_title_runs_into_a_first_sentence_that_opens_with_the_start_of_the_year_or_a_template_year():
    line = "某某中心2023年上半年工作总结年初以来，中心紧紧围绕年度目标，" + BODY * 3 + "\n"
    assert titles(line) == ["某某中心2023年上半年工作总结"]
    line = "某某局工作要点范例xxxx年全县卫生工作的总体思路是：" + BODY * 3 + "\n"
    assert titles(line) == ["某某局工作要点范例"]
    # a line that names no kind of text before the time is no title run into its text
    line = "某某中心上半年年初以来，中心紧紧围绕年度目标，" + BODY * 3 + "\n"
    assert titles(line) == [None]


def test_a_title_run_into_its_salutation_after_a_page_count_is_the_title():
    line = "第1页共3页某乡党委书记讲话同志们：刚才，某某同志通报了全乡工作。下面，我讲几点意见。" + BODY * 3 + "\n"
    assert titles(line) == ["某乡党委书记讲话"]
    # an office's speech is no byline: the title under a page count is the title
    text = "第1页共4页\n某镇党委书记讲话\n同志们：\n" + BODY * 2 + "\n"
    assert titles(text) == ["某镇党委书记讲话"]
    # an office and a name under a title are its byline, front matter
    text = "在全镇工作会议上的讲话\n镇党委书记 张某某\n同志们：\n" + BODY * 2 + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["在全镇工作会议上的讲话"] and "镇党委书记 张某某" in doc.reports[0].front


def test_a_sites_note_on_the_texts_length_in_square_brackets_is_no_part_of_the_title():
    from ping_an.parse.reports import clean_title

    assert clean_title("某某大队2020年度工作总结[本文共2150字]") == "某某大队2020年度工作总结"
    assert clean_title("某某大队2020年度工作总结【全文约5000字】") == "某某大队2020年度工作总结"
    # a bracket that holds a word of the title stays
    assert clean_title("某某大队2020年度工作总结[第一稿]") == "某某大队2020年度工作总结[第一稿]"


def test_a_sites_label_before_a_title_that_ends_in_a_bracketed_period_is_cut():
    from ping_an.parse.reports import clean_title

    assert clean_title("政策解读:某县农村人居环境整治行动方案(2023—2025年)") == "某县农村人居环境整治行动方案(2023—2025年)"
    assert clean_title("范文资料：某县河长制工作方案（试行）") == "某县河长制工作方案（试行）"
    # a title's own colon stays where what follows names no kind of text
    assert clean_title("奋进新征程：某县发展纪实(2024年)") == "奋进新征程：某县发展纪实(2024年)"


def test_a_table_row_of_a_label_and_empty_cells_is_page_furniture():
    head = "索 引 号: | 000012345/2024-01234 | 主题分类: | 城乡建设 |\n发布机构: | 某县政府办公室 | 生成日期: | 2024-03-15 |\n内容概览: | |||\n附件下载: | |||\n"
    text = head + "某县2024年重点工作任务分解方案\n一、总体要求\n" + BODY + "\n"
    assert titles(text) == ["某县2024年重点工作任务分解方案"]
    # a row whose cells hold its value is no empty field, under metadata or not
    from ping_an.assemble.pipeline import paragraphs
    from ping_an.parse.reports import _is_head_furniture

    paras = paragraphs("内容概览: | |||\n简要内容: | 对全年任务作出分解 |\n")
    assert not _is_head_furniture(paras, 1)
    paras = paragraphs("文件下载: | |||\n内容概览: | |||\n")
    assert _is_head_furniture(paras, 1)


def test_a_sites_label_run_into_a_subtitle_is_front_matter_not_a_title():
    text = "文档介绍:——2012年3月8日在某县第十六届人民代表大会\n第二次会议上\n县长 某某某\n各位代表:\n现在，我代表县人民政府向大会作报告。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.title is None and report.front[0].startswith("文档介绍")
    # a label over a title of its own kind is a site's label, the title its line's
    text = "文档介绍:某县2012年政府工作报告\n各位代表:\n现在，我代表县人民政府向大会作报告。" + BODY + "\n"
    assert titles(text) == ["某县2012年政府工作报告"]


def test_a_title_runs_into_a_first_sentence_that_opens_with_a_part_of_the_year_or_an_event_since_which():
    line = "某局二季度工作情况汇报二季度，全局上下紧扣年度目标，" + BODY * 3 + "\n"
    assert titles(line) == ["某局二季度工作情况汇报"]
    line = "社区防汛工作汇报汛期来临以来，某街道迅速行动，" + BODY * 3 + "\n"
    assert titles(line) == ["社区防汛工作汇报"]
    # a sentence about the text, since it was issued, is no title run into its text
    line = "某县工作方案印发以来，各单位积极行动，" + BODY * 3 + "\n"
    assert titles(line) == [None]
    # nor one whose opening does not reach a comma soon, as a preamble's does
    line = "某局二季度工作情况汇报二季度完成税收收入520万元。" + BODY * 3 + "\n"
    assert titles(line) == [None]


def test_a_title_runs_into_its_first_parts_name_between_blanks():
    line = "某厂职工代表大会工作报告 概述 本报告回顾了全厂一年来的工作，" + BODY * 2 + "\n"
    assert titles(line) == ["某厂职工代表大会工作报告"]
    # a phrase longer than a part's name between the blanks is none: the line is not cut
    line = "某厂职工代表大会工作报告 全体职工代表大会审议稿 本报告回顾了全厂一年来的工作" + BODY * 2 + "\n"
    assert titles(line) == [None]


def test_a_title_runs_into_an_editors_note_on_the_text():
    line = "某市市长在全市招商工作会议上的讲话编者按：全文分为四个部分，" + BODY * 3 + "\n"
    assert titles(line) == ["某市市长在全市招商工作会议上的讲话"]
    # a title may end in 摘要 (…工作报告摘要): no cut before it
    line = "某市政府工作报告摘要：本报告从三个方面进行阐述，" + BODY * 3 + "\n"
    assert titles(line) != ["某市政府工作报告"]


def test_a_compendiums_one_piece_with_no_title_of_its_own_is_titled_by_the_compendiums_line():
    text = "某院医师述职报告(精选6篇)\n一、加强业务学习，提升服务水平。\n任职以来，我认真履行岗位职责，" + BODY + "\n二、改进工作作风。\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert doc.title == "某院医师述职报告(精选6篇)" and [r.title for r in doc.reports] == ["某院医师述职报告(精选6篇)"]
    # a page from the middle of a piece (its （三）) has no title of its own
    text = "某市调研报告汇编(40篇)(第5/18页)\n（三）信息共享机制还不健全。" + BODY + "\n（四）基层指导培训有待加强。" + BODY + "\n"
    assert titles(text) == [None]


def test_a_part_title_naming_a_periods_work_run_into_a_line_after_a_sentence_end_is_a_part():
    text = "某市人大常委会工作报告\n各位代表：\n现在，我代表市人大常委会向大会报告工作，请予审议。过去一年的主要工作\n一年来，常委会认真履行宪法法律赋予的职责。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["过去一年的主要工作"]
    # the same words inside a sentence are its words, no title
    text = "某市人大常委会工作报告\n各位代表：\n现在，我代表市人大常委会向大会报告工作，请予审议。过去一年的主要工作是抓好监督。" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert report.sections == []


def test_a_heading_ends_before_a_part_of_the_year_that_opens_its_body():
    text = "某局2023年工作总结\n\n一、作风建设年初，我们制定了全年工作计划。" + BODY + "\n\n二、文明创建工作上半年，我们开展了创建活动。" + BODY + "\n"
    assert top_headings(text) == ["作风建设", "文明创建工作"]
    # a part of the year inside the heading, no comma after it, stays in it
    text = "某局2023年工作总结\n\n一、上半年工作完成情况\n\n" + BODY + "\n\n二、下半年工作打算\n\n" + BODY + "\n"
    assert top_headings(text) == ["上半年工作完成情况", "下半年工作打算"]


def test_a_heading_ends_before_a_time_framed_by_what_happened_that_opens_its_body():
    text = "某校工作总结\n\n一、结合单位实际，制定工作方案，确保安全稳定在认真学习文件之后，为了确保工作顺利开展，我们制定了方案。" + BODY + "\n\n二、加强作业管理\n\n" + BODY + "\n"
    assert top_headings(text) == ["结合单位实际，制定工作方案，确保安全稳定", "加强作业管理"]
    # the same words inside the heading, no comma after them, stay in it
    text = "某校工作总结\n\n一、在脱贫攻坚之后巩固成果\n\n" + BODY + "\n\n二、加强作业管理\n\n" + BODY + "\n"
    assert top_headings(text) == ["在脱贫攻坚之后巩固成果", "加强作业管理"]


def test_a_part_title_naming_a_periods_work_under_a_caption_is_a_part():
    head = "某省高级人民法院工作报告\n\n各位代表：\n\n现在，我代表省高级人民法院报告工作。\n\n省高级人民法院院长某某。某某社图\n\n"
    text = head + "过去五年的主要工作\n\n五年来，" + BODY + "\n\n一、全力服务发展大局\n\n" + BODY + "\n\n二、全力服务高质量发展\n\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections] == ["过去五年的主要工作"]
    assert [s.heading for s in report.sections[0].sections] == ["全力服务发展大局", "全力服务高质量发展"]
    # a short line that names no such work, under a line left unfinished, is no part: the
    # numbered series stays at the top
    text = head + "全面加强审判工作\n\n五年来，" + BODY + "\n\n一、全力服务发展大局\n\n" + BODY + "\n\n二、全力服务高质量发展\n\n" + BODY + "\n"
    (report,) = ping_an.parse_text(text).reports
    assert [s.heading for s in report.sections if s.depth == 1][-2:] == ["全力服务发展大局", "全力服务高质量发展"]


def test_a_numbered_heading_with_a_blank_before_its_mark_as_a_pdf_copy_sets_it():
    text = "某校2019年总务工作总结\n\n1 、加强后勤服务。" + BODY + "\n\n2 、校园安全常抓不懈。" + BODY + "\n"
    assert top_headings(text) == ["加强后勤服务", "校园安全常抓不懈"]
    text = "某校2019年总务工作总结\n\n一 、加强后勤服务\n\n" + BODY + "\n\n二 、抓好安全工作\n\n" + BODY + "\n"
    assert top_headings(text) == ["加强后勤服务", "抓好安全工作"]
    # a list of numbers so spaced is no heading
    text = "某校2019年总务工作总结\n\n1 、2 号楼完成改造。" + BODY + "\n"
    assert ping_an.parse_text(text).reports[0].sections == []


def test_a_tocs_page_numbers_on_lines_of_their_own_end_their_entries():
    toc = "目录\n在全市经济工作会议上的讲话\n3\n在全市组织工作会议上的讲话\n12\n在全市宣传工作会议上的讲话\n19\n"
    pieces = "".join(f"{t}\n同志们：\n{BODY}\n" for t in ("在全市经济工作会议上的讲话", "在全市组织工作会议上的讲话", "在全市宣传工作会议上的讲话"))
    doc = ping_an.parse_text(toc + pieces)
    assert [(e.title, e.page) for e in doc.toc] == [("在全市经济工作会议上的讲话", "3"), ("在全市组织工作会议上的讲话", "12"), ("在全市宣传工作会议上的讲话", "19")]
    assert [r.title for r in doc.reports] == ["在全市经济工作会议上的讲话", "在全市组织工作会议上的讲话", "在全市宣传工作会议上的讲话"]
    # a number a PDF copy set alone goes on with its unit, or with the rest of a name a
    # letter opened: one line
    from ping_an.read.lines import to_paragraphs

    assert [p.text for p in to_paragraphs("今年创建示范基地\n2\n个。\n")] == ["今年创建示范基地2个。"]
    assert [p.text for p in to_paragraphs("稳健的货币政策要松紧适度。广义货币M\n2\n预期增长12%左右。\n")] == ["稳健的货币政策要松紧适度。广义货币M2预期增长12%左右。"]


def test_a_date_field_after_a_pages_column_and_an_abstracts_label_are_furniture():
    assert_furniture(["党建 时间:2023-11-20", "摘要", "内容提要：", "编者按"], ["大学生 时间管理能力有待提高", "摘要如下：本报告分为三个部分"])
    text = "摘要\n各位委员：受常务委员会委托，现就一年来的视察工作作报告。一、视察工作情况" + BODY * 2 + "\n"
    assert titles(text) == [None]


def test_a_sites_note_on_the_texts_length_before_its_title_is_cut():
    from ping_an.parse.reports import clean_title

    assert clean_title("全文共计2816字某县义务教育工作自查报告") == "某县义务教育工作自查报告"
    # a title that says how long it is keeps its words
    assert clean_title("共3393字的调研报告") == "共3393字的调研报告"


def test_a_paragraph_that_calls_on_the_audience_is_no_lead():
    text = "在全市三级干部大会上的讲话\n\n同志们：\n\n今天，我们齐聚一堂。" + BODY + "\n\n先说说成绩。" + BODY + "\n\n同志们，机遇从不等待观望者。" + BODY + "\n"
    assert leads(text) == []
    # two paragraphs that open with a short topic each are a series of leads
    text = "在全市三级干部大会上的讲话\n\n同志们：\n\n今天，我们齐聚一堂。" + BODY + "\n\n狠抓项目建设。" + BODY + "\n\n狠抓改革创新。" + BODY + "\n"
    assert leads(text) == ["狠抓项目建设", "狠抓改革创新"]


def test_a_photos_caption_is_furniture():
    assert_furniture(["图为某市第五届人民代表大会第二次会议会场。 某某 摄", "图为市长某某作政府工作报告"], ["图为我们指明了方向，我们要认真学习。"])


def test_a_title_set_in_brackets_as_a_whole_ends_at_its_bracket_whatever_follows():
    line = "【某村优秀党员事迹材料】在大山深处，有这样一位扎根基层的带头人。" + BODY * 2 + "\n"
    assert titles(line) == ["某村优秀党员事迹材料"]
    # a short note in brackets is no title
    line = "【注】在大山深处，有这样一位扎根基层的带头人。" + BODY * 2 + "\n"
    assert titles(line) == [None]


def test_a_name_alone_over_the_text_is_a_byline_not_a_title():
    text = "张某某\n15项便民服务新举措，20多项惠民措施落地见效。" + BODY * 2 + "\n"
    assert titles(text) == [None]
    # a title that short names its kind of text
    text = "总结\n今年以来，我们" + BODY * 2 + "\n"
    assert titles(text) == ["总结"]


def test_a_reports_part_name_ends_before_a_year_written_in_figures_or_blanks():
    text = "某县自查报告\n\n一、基本情况2023年，我镇按时完成了4个村的改造任务。" + BODY + "\n\n二、存在问题\n\n" + BODY + "\n"
    assert top_headings(text) == ["基本情况", "存在问题"]
    text = "某县自查报告\n\n一、基本情况xxxx年，我镇按时完成了4个村的改造任务。" + BODY + "\n\n二、存在问题\n\n" + BODY + "\n"
    assert top_headings(text) == ["基本情况", "存在问题"]
    # the part name and its conjunction go on with the heading (基本情况和主要做法)
    text = "某县自查报告\n\n一、基本情况和主要做法\n\n" + BODY + "\n\n二、存在问题\n\n" + BODY + "\n"
    assert top_headings(text) == ["基本情况和主要做法", "存在问题"]


def test_a_heading_ends_before_the_years_past_that_open_its_body():
    text = "某市政府工作报告\n\n各位代表：\n\n一、2023年工作回顾过去一年是攻坚克难、砥砺奋进的一年。" + BODY + "\n\n二、2024年工作安排\n\n" + BODY + "\n"
    assert top_headings(text) == ["2023年工作回顾", "2024年工作安排"]
    # the years past that the heading itself names stay in it
    text = "某市政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾\n\n" + BODY + "\n\n二、2024年工作安排\n\n" + BODY + "\n"
    assert top_headings(text) == ["过去五年工作回顾", "2024年工作安排"]


def test_a_compendiums_counted_title_run_into_its_first_pieces_title_line_is_two_lines():
    text = "春季开学安全检查自查报告(精选4篇)春季开学安全检查自查报告 篇1\n新学期已经开始，我校按照上级要求开展了自查。" + BODY + "\n一、开学条件保障情况\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert doc.title == "春季开学安全检查自查报告(精选4篇)" and [r.title for r in doc.reports] == ["春季开学安全检查自查报告 篇1"]
    # a counted title run into words that end in no piece's label stays one line
    from ping_an.read.lines import split_piece_labels, to_paragraphs

    paras = to_paragraphs("春季开学安全检查自查报告(精选4篇)供大家参考借鉴\n")
    assert [p.text for p in split_piece_labels(paras)] == ["春季开学安全检查自查报告(精选4篇)供大家参考借鉴"]


def test_a_title_over_two_lines_under_its_whole_printing_is_one_title_a_blank_between():
    text = "第一篇:某市现代农业发展考察报告\n\n某市现代农业\n\n发展考察报告\n\n李某某\n\n今年初，县农业农村局组织赴某市考察。" + BODY + "\n"
    assert titles(text) == ["某市现代农业 发展考察报告"]
    # under a label that prints another title, a blank line between two lines parts them
    text = "第一篇:某市民营经济发展调研报告\n\n某市现代农业\n\n发展考察报告\n\n李某某\n\n今年初，县农业农村局组织赴某市考察。" + BODY + "\n"
    assert titles(text) == ["发展考察报告"]


def test_a_note_that_the_text_is_whole_stays_in_the_title_as_printed():
    opening = "\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。" + BODY + "\n\n一、过去一年工作回顾\n\n" + BODY + "\n"
    assert titles("某县2024年政府工作报告(全文)" + opening) == ["某县2024年政府工作报告(全文)"]
    assert titles("某县2024年政府工作报告—全文" + opening) == ["某县2024年政府工作报告—全文"]
    # a note on the pictures is the page's, not the title's
    assert titles("某县2024年政府工作报告(组图)" + opening) == ["某县2024年政府工作报告"]


def test_a_notice_that_issues_two_texts_gives_way_to_the_first_texts_title():
    notice = (
        "某市教育局关于印发2023年全市教育工作总结和2024年全市教育工作要点的通知 |\n各区教育局，局属各单位：\n"
        "《2023年全市教育工作总结》和《2024年全市教育工作要点》已经局党组会议研究通过，现予印发，请结合实际认真贯彻执行。\n"
        "某市教育局\n2024年2月1日\n"
    )
    doc = ping_an.parse_text(notice + "2023年全市教育工作总结\n2023年，全市教育系统" + BODY + "\n一、坚持立德树人\n" + BODY + "\n")
    assert [r.title for r in doc.reports] == ["2023年全市教育工作总结"]
    assert doc.title == "某市教育局关于印发2023年全市教育工作总结和2024年全市教育工作要点的通知"
    # a title line the notice does not issue is not taken for the issued text
    assert titles(notice + "2023年全市卫生工作总结\n2023年，全市卫生系统" + BODY + "\n一、坚持立德树人\n" + BODY + "\n") != ["2023年全市卫生工作总结"]


def test_more_page_furniture_counters_bracketed_fields_hyphen_trails_and_photo_credits():
    assert_furniture(
        ["访问：次", "点击: 次", "【时效性】现行有效", "发布机关:某市人民政府", "首页-信息公开-政策文件", "王小明(摄)", "【法宝引证码】CLI.5.123456"],
        ["首页改版工作方案", "浏览器兼容性测试", "王小明摄影作品展", "【编者按】今年是全面推进的关键一年", "访问群众120户", "点击率明显提升"],
    )


def test_a_sites_name_before_its_buttons_a_share_prompt_and_a_player_are_furniture():
    assert_furniture(
        ["某某新闻网 打印 纠错", "微信扫一扫 ×", "收听本文 00:00/00:00", "03:25/12:40"],
        ["某某网络安全工作总结", "扫一扫黑除恶工作总结", "会议于9:30开始", "某某网 打印机采购工作方案"],
    )
    text = "某某在全省第五次代表大会上的报告\n\n某某新闻网 打印 纠错\n微信扫一扫 ×\n收听本文 00:00/00:00\n\n同志们：\n\n" + BODY + "\n"
    assert titles(text) == ["某某在全省第五次代表大会上的报告"]


def test_the_day_and_the_speaker_in_brackets_after_a_title_are_not_the_titles():
    opening = "\n\n各位代表：\n\n现在，我代表省人民政府向大会报告工作。" + BODY + "\n"
    assert titles("某省政府工作报告(2024年1月20日 张某某)" + opening) == ["某省政府工作报告"]
    assert titles("某省政府工作报告（2024年1月20日）" + opening) == ["某省政府工作报告"]
    # a plan's period in brackets is its name's
    assert titles("某省养老服务体系建设行动方案（2024—2026年）" + opening) == ["某省养老服务体系建设行动方案（2024—2026年）"]


def test_a_plans_note_on_who_carries_a_list_out_is_no_body_of_its_last_item():
    items = (
        "（1）健全基层调解组织网络，推动乡镇调解委员会规范化建设，提升矛盾纠纷就地化解能力。\n"
        "（2）完善诉调对接工作机制，畅通诉讼与非诉讼纠纷解决方式的衔接渠道。\n"
        "（3）加强调解员队伍培训，每年开展集中轮训不少于两次。\n"
    )
    head = "某县矛盾纠纷多元化解实施方案\n一、主要任务\n1.完善多元化解体系\n"
    tail = "2.强化工作保障\n" + BODY + "\n"
    note = "（责任单位：县司法局、县法院、各乡（镇）人民政府）\n"
    doc = ping_an.parse_text(head + items + note + tail)
    (part,) = doc.reports[0].sections
    assert [s.heading for s in part.sections] == ["完善多元化解体系", "强化工作保障"]
    assert [m.marker for m in part.sections[0].measures] == ["（1）", "（2）", "（3）"]
    # a paragraph of body text after the items makes them headings over it
    doc = ping_an.parse_text(head + items + BODY + "\n" + tail)
    assert [s.heading for s in doc.reports[0].sections[0].sections[0].sections][:1] == ["健全基层调解组织网络，推动乡镇调解委员会规范化建设，提升矛盾纠纷就地化解能力"]


def test_a_subtitle_may_open_with_one_dash_and_name_the_congress_it_was_given_at():
    text = "同心筑梦 携手前行\n凝聚全县青年为建设美丽家园而奋斗\n—某县共青团第五次代表大会的工作报告\n各位代表、同志们：\n现在，我代表共青团某县第四届委员会向大会作工作报告。" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["同心筑梦 携手前行 凝聚全县青年为建设美丽家园而奋斗"]
    assert doc.reports[0].front[0] == "—某县共青团第五次代表大会的工作报告"
    # a dash item that names no congress is no subtitle
    from ping_an.rules.patterns import SUBTITLE_RE

    assert SUBTITLE_RE.match("—全县共青团员的工作报告") is None


def test_a_news_reposts_note_of_the_headline_it_first_ran_under_is_furniture():
    text = "某市人大常委会2023年工作综述\n\n原标题：凝心聚力履职尽责 奋力开创人大工作新局面\n\n2023年，市人大常委会" + BODY + "\n"
    assert titles(text) == ["某市人大常委会2023年工作综述"]
    assert_furniture(["原标题：凝心聚力履职尽责 奋力开创人大工作新局面"], ["标题党现象整治工作方案"])


def test_a_masthead_in_spaced_characters_under_a_page_heading_that_says_whose_leaves_it_the_title():
    block = "\n\n2023年2月1日在某县第五届人民代表大会第二次会议上\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作。" + BODY + "\n\n一、过去一年工作回顾\n\n" + BODY + "\n"
    for between in ("\n\n", "\n\n发布时间：2023-02-05\n\n"):
        doc = ping_an.parse_text("某县2023年政府工作报告" + between + "政 府 工 作 报 告" + block)
        assert [r.title for r in doc.reports] == ["某县2023年政府工作报告"], between
        assert "政 府 工 作 报 告" in doc.reports[0].front
    # a masthead set solid stays the article's own printing, the title
    doc = ping_an.parse_text("某县2023年政府工作报告\n\n发布时间：2023-02-05\n\n政府工作报告" + block)
    assert [r.title for r in doc.reports] == ["政府工作报告"]


def test_a_sites_slogan_over_its_trail_does_not_stop_the_page_head():
    text = "某某区\n\n乡村振兴，您身边的好帮手！\n\n当前位置：首页 > 工作总结\n2023年工作总结\n张某某 发布    浏览206次   2023-12-08发布\n\n2023年，在镇党委的领导下" + BODY + "\n\n一、主要工作\n\n" + BODY + "\n"
    assert titles(text) == ["2023年工作总结"]
    # a line that ends in ！ and says more than a slogan, or holds two sentences, is text
    from ping_an.parse.reports import _slogan
    from ping_an.read.lines import Paragraph

    assert not _slogan(Paragraph("让我们更加紧密地团结起来，携手并进，共同开创乡村振兴工作的新局面！", 1))
    assert not _slogan(Paragraph("成绩来之不易。未来可期！", 1))


def test_a_channels_label_before_the_title_may_stand_between_blanks_and_a_bar():
    text = "首页 -> 头条\n\n全国两会 | 某省高级人民法院工作报告(摘要)\n\n分享到：\n\n各位代表：\n\n" + BODY + "\n"
    assert titles(text) == ["某省高级人民法院工作报告(摘要)"]


def test_box_drawing_lines_set_for_the_dash_open_dash_items_and_stay_in_the_output():
    items = "".join(f"\n\n  ──{topic}。{BODY}" for topic in ("粮食生产再获丰收", "工业经济稳步增长", "城乡面貌明显改善"))
    text = "某县政府工作报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n过去一年，我们团结奋进。" + BODY + items + "\n"
    doc = ping_an.parse_text(text)
    assert leads(text) == ["粮食生产再获丰收", "工业经济稳步增长", "城乡面貌明显改善"]
    # (the dash the item opened with is the text's own)
    assert doc.reports[0].sections[0].sections[0].dash == "──"
    # a text that sets its dashes as dashes keeps the box lines as they are
    from ping_an.rules.hanzi import readable

    assert readable("——某某。" + "──" + BODY)[1] is None


def test_numbered_lines_whose_one_sentence_runs_past_a_headings_reach_are_items():
    clause = "组织开展矛盾纠纷排查化解专项行动，深入村组和企业走访群众，逐户登记群众反映的困难和诉求，建立问题台账并明确责任人和办结时限，"
    lines = [f"（{n}）{w}{clause * 2}确保件件有着落。" for n, w in ((1, "年初"), (2, "年中"))]
    text = "某镇工作总结\n\n二、主要做法\n\n" + "\n".join(lines) + "\n\n三、存在问题\n\n" + BODY + "\n"
    part = ping_an.parse_text(text).reports[0].sections[0]
    assert part.sections == [] and [m.marker for m in part.measures] == ["（1）", "（2）"]
    # lines that open with a short sentence and run on are headings over their bodies
    lines = [f"（{n}）{w}开展专项行动。{clause * 2}确保件件有着落。" for n, w in ((1, "年初"), (2, "年中"))]
    text = "某镇工作总结\n\n二、主要做法\n\n" + "\n".join(lines) + "\n\n三、存在问题\n\n" + BODY + "\n"
    assert [s.heading for s in ping_an.parse_text(text).reports[0].sections[0].sections] == ["年初开展专项行动", "年中开展专项行动"]


def test_a_disclosure_table_set_one_cell_a_line_is_the_pages_furniture():
    cells = ["索引号", "11371525004442211X/2022-00123", "发布机关", "某县人民政府", "主题分类", "综合政务;政务公开", "成文日期", "2022-05-10", "有效性", "有效"]
    text = "首页 > 政务公开 > 工作要点\n\n" + "\n\n".join(cells) + "\n\n2022年某县政务公开工作要点\n\n为做好2022年全县政务公开工作，制定本要点。\n\n一、深化重点领域信息公开\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    assert [r.title for r in doc.reports] == ["2022年某县政务公开工作要点"]
    assert_furniture(["发布机关", "主题分类"], ["发布会", "主题教育"])
    # a label's line over a sentence is no field
    from ping_an.parse.reports import _is_head_furniture
    from ping_an.read.lines import Paragraph

    assert not _is_head_furniture([Paragraph("主题分类", 1), Paragraph("今年全县共办理群众来信。", 2)], 1)


def test_a_text_that_opens_with_a_short_name_over_prose_where_part_lines_follow_opens_with_its_first_part():
    text = "引言\n过去一年，我们公司全体员工齐心协力，共同致力于提升服务质量。" + BODY + "\n主要工作成果\n1. 服务能力提升\n" + BODY + "\n2. 安全管理加强\n" + BODY + "\n存在的问题\n1. 设施老化\n" + BODY + "\n2. 人员不足\n" + BODY + "\n"
    assert top_headings(text) == ["引言", "主要工作成果", "存在的问题"]
    # with no part lines further down, the short first line is no part
    text = "引言\n过去一年，我们公司全体员工齐心协力，共同致力于提升服务质量。" + BODY + "\n1. 服务能力提升\n" + BODY + "\n2. 安全管理加强\n" + BODY + "\n"
    assert top_headings(text) == ["服务能力提升", "安全管理加强"]


def test_a_sentence_broken_at_a_comma_with_a_blank_line_after_it_is_one_paragraph():
    from ping_an.read.lines import to_paragraphs

    text = "联防联控有条不紊。面对防控形势变化，社区积极应对，\n\n第一时间成立工作专班，建立每日会商制度。\n\n入户排查齐抓共举。积极发挥网格员和志愿者力量，开展地毯式排查。\n"
    assert [p.text for p in to_paragraphs(text)] == [
        "联防联控有条不紊。面对防控形势变化，社区积极应对，第一时间成立工作专班，建立每日会商制度。",
        "入户排查齐抓共举。积极发挥网格员和志愿者力量，开展地毯式排查。",
    ]
    # a salutation that ends in a comma stands alone, and a heading after the comma opens
    # a paragraph of its own
    assert [p.text for p in to_paragraphs("同志们，\n\n今天我们召开全县工作会议。\n")] == ["同志们，", "今天我们召开全县工作会议。"]
    from ping_an.parse.classify import starts_block

    assert len(to_paragraphs("面对防控形势变化，社区积极应对，各项工作有序推进，\n\n二、主要做法\n", starts_block)) == 2


def test_counted_yao_items_are_a_list_too():
    text = "某公司工作会议综述\n\n会上，公司党委书记对今后工作提出要求。第一要加强基层党组织建设，提高党建工作水平。第二要学习先进典型，争当岗位标兵。第三要重视青年工作，搭建成长平台。\n"
    doc = ping_an.parse_text(text)
    assert [m.marker for m in doc.reports[0].measures] == ["第一要", "第二要", "第三要"]
    # a first priority is no list
    doc = ping_an.parse_text("某公司工作会议综述\n\n会上强调，发展是第一要务。第一要务是抓好生产经营，确保完成全年目标。\n")
    assert doc.reports[0].measures == []


def test_a_heading_ends_before_the_present_that_opens_its_body():
    text = "某县工作会议讲话\n\n同志们：\n\n一、研判形势，统一思想，在抢抓机遇中明确主攻方向目前，全县正处在爬坡过坎的关键阶段。" + BODY + "\n\n二、突出重点，狠抓落实\n\n" + BODY + "\n"
    assert top_headings(text) == ["研判形势，统一思想，在抢抓机遇中明确主攻方向", "突出重点，狠抓落实"]
    # the present that the heading names stays in it
    text = "某县工作会议讲话\n\n同志们：\n\n一、当前形势和主要任务\n\n" + BODY + "\n\n二、突出重点，狠抓落实\n\n" + BODY + "\n"
    assert top_headings(text) == ["当前形势和主要任务", "突出重点，狠抓落实"]


def test_a_meetings_drafts_name_their_kind_and_a_document_sites_part_labels_and_a_bracketed_byline_are_furniture():
    text = "某镇2025年春季工作会议镇长部署稿\n\n某镇2025年春季工作会议镇长部署稿\n    同志们：\n    今天召开会议，主要任务是部署一季度工作。" + BODY + "\n    一、坚持问题导向\n" + BODY + "\n"
    assert titles(text) == ["某镇2025年春季工作会议镇长部署稿"]
    assert_furniture(["【正文】", "【概述】"], ["【工作亮点】"])
    text = "(张某某)\n某集团公司各分公司、项目部负责人参加会议。\n会议由总经理主持。" + BODY + "\n"
    assert titles(text) == [None]
    # a line in brackets inside the text stays with the sentence it belongs to
    from ping_an.parse.reports import _is_head_furniture
    from ping_an.read.lines import Paragraph

    assert not _is_head_furniture([Paragraph("她说", 1), Paragraph("（指某人）算是对的。", 2)], 1)


def test_the_bodies_of_a_series_of_lead_lines_hold_sub_series_alike_whatever_their_length():
    body = "全镇上下齐心协力，扎实推进，取得了明显成效。"
    text = (
        "某镇2023年工作综述\n\n2023年，某镇坚持稳中求进，各项工作取得新进展。\n"
        "产业发展“强引擎”，激活高质量发展新动能\n"
        "发展特色农业，培育增收新产业。" + body + "\n"
        "项目加速建设，激活发展新动力。" + body + "\n"
        "基层治理“推进器”，释放为民服务新活力\n"
        "打造“三专”干部队伍，锤炼担当实干的过硬作风。" + body + "\n"
        "深化网格管理体制改革，提升基层为民服务水平。" + body + "\n"
    )
    doc = ping_an.parse_text(text)
    outline = [(s.heading, [c.heading for c in s.sections]) for s in doc.reports[0].sections]
    assert outline == [
        ("产业发展“强引擎”，激活高质量发展新动能", ["发展特色农业，培育增收新产业", "项目加速建设，激活发展新动力"]),
        ("基层治理“推进器”，释放为民服务新活力", ["打造“三专”干部队伍，锤炼担当实干的过硬作风", "深化网格管理体制改革，提升基层为民服务水平"]),
    ]
    # with no short series under any line, the long openings of a line's body are its body
    text = text.replace("发展特色农业，培育增收新产业。", "今年以来，我们大力发展特色农业，带动群众增收致富。").replace("项目加速建设，激活发展新动力。", "同时，全镇持续加快重点项目建设进度。")
    assert all(not s.sections for s in ping_an.parse_text(text).reports[0].sections[:1])


def test_a_years_work_of_a_whole_jurisdiction_names_a_reports_first_part():
    # (a page cut before the part's numbered series: its words say what it is)
    text = "某省高级人民法院工作报告\n\n各位代表：\n\n现在，我代表省高级人民法院向大会报告工作，请予审议。\n\n2023年全省法院工作\n\n2023年，全省法院坚持公正司法，各项工作取得新进展。" + BODY + "\n\n一年来，我们突出抓了十项重点工作。" + BODY + "\n"
    assert top_headings(text) == ["2023年全省法院工作"]
    # a report's title that names its kind is no part
    from ping_an.rules.patterns import PERIOD_REVIEW_RE

    assert PERIOD_REVIEW_RE.fullmatch("2023年全省法院工作报告") is None


def test_more_page_furniture_a_repeated_watermark_a_month_day_date_and_an_editing_note():
    assert_furniture(
        ["某某网某某网某某网", "10-28 某某素材库", "下载后可任意编辑"],
        ["加油加油", "3-5 人", "下载文件"],
    )
    opening = "\n同志们：\n今天召开全市工作会议。" + BODY + "\n一、提高认识\n" + BODY + "\n"
    assert titles("某某素材库 首页\n\n在全市招商工作会议上的讲话\n\n10-28 某某素材库" + opening) == ["在全市招商工作会议上的讲话"]
    assert titles("下载后可任意编辑 学校2025年第一学期工作计划" + opening) == ["学校2025年第一学期工作计划"]
    # a page's number run into a title that names its kind is cut; a number of the title's own stays
    assert titles("1政府工作报告" + opening.replace("同志们", "各位代表")) == ["政府工作报告"]
    assert titles("2号文件贯彻落实工作方案" + opening) == ["2号文件贯彻落实工作方案"]


def test_a_pair_of_counted_phases_or_quarters_opens_no_heading():
    from ping_an.read.lines import Paragraph
    from ping_an.parse.classify import classify

    assert classify(Paragraph("一、二期工程同步推进，完善功能，提升品位，带动周边村屯发展。", 1)).kind == "text"
    assert classify(Paragraph("一、二季度，全县规模以上工业增加值同比增长8.2%。", 1)).kind == "text"
    # a heading whose text opens with a number of its own stays one
    assert classify(Paragraph("一、二〇二三年工作回顾", 1)).kind == "numbered"
    assert classify(Paragraph("一、加强组织领导", 1)).kind == "numbered"


def test_a_period_review_part_name_run_into_its_text_ends_after_its_name():
    text = "某区政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾本届政府任期自2018年1月至本次大会届满。五年来，我们团结奋进。" + BODY + "\n\n二、今后五年的主要任务\n\n" + BODY + "\n"
    assert top_headings(text) == ["过去五年工作回顾", "今后五年的主要任务"]
    # a name that a conjunction carries on stays whole
    text = "某区政府工作报告\n\n各位代表：\n\n一、2023年工作回顾和2024年工作的总体要求\n\n" + BODY + "\n\n二、今后五年的主要任务\n\n" + BODY + "\n"
    assert top_headings(text) == ["2023年工作回顾和2024年工作的总体要求", "今后五年的主要任务"]


def test_an_unnumbered_period_review_part_title_run_into_its_text_is_the_parts_title():
    text = "某区政府工作报告\n\n各位代表：\n\n现在，我代表区人民政府向大会报告工作。\n\n过去五年工作回顾本届政府任期自2018年1月至本次大会届满。五年来，我们团结奋进。" + BODY + "\n\n一、经济实力明显增强\n\n" + BODY + "\n\n二、城乡面貌明显改善\n\n" + BODY + "\n"
    doc = ping_an.parse_text(text)
    (part,) = doc.reports[0].sections
    assert part.heading == "过去五年工作回顾" and [s.heading for s in part.sections] == ["经济实力明显增强", "城乡面貌明显改善"]
    # a sentence that opens with the same words and a conjunction stays a sentence
    text = text.replace("过去五年工作回顾本届政府", "过去五年工作回顾和总结表明本届政府")
    assert top_headings(text) == ["经济实力明显增强", "城乡面貌明显改善"]


def test_a_numbered_line_that_ends_in_a_clause_mark_is_an_item_whatever_its_first_sentence():
    items = ["①学校建有音乐、美术教室3个，器材配备基本达标；", "②计算机教室2个。其中，学生用机96台；", "③图书室1个，藏书共计3万余册。"]
    text = "某中学自查报告\n\n三、装备条件\n\n（一）专用教室配备\n\n" + "\n\n".join(items) + "\n\n（二）安全设施\n\n" + BODY + "\n"
    part = ping_an.parse_text(text).reports[0].sections[0]
    assert [s.heading for s in part.sections] == ["专用教室配备", "安全设施"]
    assert [m.marker for m in part.sections[0].measures] == ["①", "②", "③"]
    # a line that opens with a heading sentence over its body, ending in 。, is a heading
    items[1] = "②计算机教室建设。其中，学生用机96台，教师用机12台。"
    items[0] = "①音乐美术教室建设。学校建有音乐、美术教室3个，器材配备基本达标。"
    items[2] = "③图书室建设。图书室1个，藏书共计3万余册。"
    text = "某中学自查报告\n\n三、装备条件\n\n（一）专用教室配备\n\n" + "\n\n".join(items) + "\n\n（二）安全设施\n\n" + BODY + "\n"
    part = ping_an.parse_text(text).reports[0].sections[0]
    assert [s.heading for s in part.sections[0].sections] == ["音乐美术教室建设", "计算机教室建设", "图书室建设"]


def test_a_long_period_review_part_title_run_into_its_first_sentence_is_set_apart():
    text = "某省政府工作报告\n各位代表，我代表省人民政府，向大会报告工作，请予审查。\n2023年经济社会发展情况及本届政府工作回顾过去的一年，全省上下团结奋进。" + BODY + "\n一、产业培育力度加大\n现代农业发展初见成效。" + BODY + "\n工业强省战略强力推进。" + BODY + "\n"
    doc = ping_an.parse_text(text)
    (part,) = doc.reports[0].sections
    assert part.heading == "2023年经济社会发展情况及本届政府工作回顾"
    assert [s.heading for s in part.sections] == ["产业培育力度加大"]


def test_a_news_pages_pager_and_a_print_button_with_its_words_spaced_are_furniture():
    assert_furniture(["】 【打 印】", "【 第1頁 第2頁 第3頁 第4頁 】", "第1页 第2页"], ["第1页", "打印机采购计划"])
    text = "】 【打 印】\n【 第1页 第2页 第3页 】\n全国政协会议在京开幕 某某作报告\n\n  三、今后工作的建议\n\n" + BODY + "\n"
    assert titles(text) == ["全国政协会议在京开幕 某某作报告"]


def test_a_markdown_picture_is_furniture_and_a_longer_sites_label_before_a_title_is_cut():
    assert_furniture(["![]() |", "![会场](https://example.com/a.jpg)"], ["！[注]见附件"])
    text = "![]() |\n|\n索引号: | 002590059/2023-01234 | 公开方式: | 主动公开 |\n负责人政策解读:某区交通运输局局长解读2024年区交通运输局工作计划 | |||\n|\n一、总体思路\n" + BODY + "\n"
    assert titles(text) == ["某区交通运输局局长解读2024年区交通运输局工作计划"]
    # a title's own colon, before words that name no kind of text, stays
    assert titles("某某同志在全县经济工作会议上的讲话摘要:坚定信心\n" + BODY + "\n")[0] != "坚定信心"


def test_a_periods_development_under_review_names_a_part_too():
    text = "某县政府工作报告\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作，请予审议。\n\n“十四五”经济社会发展回顾\n\n五年来，全县上下团结奋进。" + BODY + "\n\n过去一年，我们扎实推进各项工作。" + BODY + "\n"
    assert top_headings(text) == ["“十四五”经济社会发展回顾"]
    # a review of something else is no part by its words
    from ping_an.rules.patterns import PERIOD_REVIEW_RE

    assert PERIOD_REVIEW_RE.fullmatch("“十四五”经济社会发展回顾与展望报告") is None


def test_a_list_that_starts_again_at_one_right_under_an_open_one_is_a_list_inside_it():
    text = (
        "某街道2023年工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n一年来，我们主要做了以下工作：\n\n"
        "一、提升城市品质，推进精品城区建设\n\n" + BODY + "\n\n二、加强社会治理，维护和谐稳定\n\n" + BODY + "\n\n"
        "二、2024年工作安排\n\n" + BODY + "\n"
    )
    outline = [(s.heading, [c.heading for c in s.sections]) for s in ping_an.parse_text(text).reports[0].sections]
    assert outline == [
        ("2023年工作回顾", ["提升城市品质，推进精品城区建设", "加强社会治理，维护和谐稳定"]),
        ("2024年工作安排", []),
    ]
    # a list that starts again after headings of its own is a new list at the same level
    text = "某县政府工作报告\n\n一、主要工作\n\n（一）抓经济\n\n" + BODY + "\n\n二、存在问题\n\n" + BODY + "\n\n一、明年安排\n\n" + BODY + "\n"
    assert top_headings(text) == ["主要工作", "存在问题", "明年安排"]
