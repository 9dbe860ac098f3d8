"""Report metadata: organization, period and kind, hand-checked on the seed and the corpus."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, needs_cli, run_pingan

import ping_an
from ping_an.enrich.metadata import organization


def parse(path):
    return ping_an.parse_text(path.read_text(encoding="utf-8"))


def meta(report) -> tuple:
    return report.organization, report.period, report.kind


@pytest.fixture
def seed(shared):
    return parse(CORPUS / "seed-compendium.txt")


def test_seed_organizations_in_order(seed):
    wanted = ["公安局", "公安局", "街道", "法院", "医疗保障局"]
    orgs = [r.organization for r in seed.reports]
    assert len(orgs) == len(wanted)
    assert all(w in (o or "") for w, o in zip(wanted, orgs)), orgs


def test_seed_metadata_by_hand(seed):
    assert [meta(r) for r in seed.reports] == [
        # opens with 市委…之际, names xx市公安局 in its first paragraph, says no period
        ("xx市公安局", None, "综述"),
        ("xx县公安局", "今年以来", "综述"),
        ("xx区铁路街道", "近年来", "综述"),
        # （法院） in the title → the first named body containing 法院
        ("xx县人民法院", "xxxx年", "综述"),
        # 我局 in the opening → the first named body ending in 局, four paragraphs down
        ("xx县医疗保障局", "2023年上半年", "综述"),
    ]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("gwr-2023", ("国务院", "过去一年", "工作报告")),  # 我代表国务院; 一、过去一年和五年工作回顾
        ("gwr-2022", ("国务院", "2021年", "工作报告")),  # 一、2021年工作回顾
        ("gwr-2004", ("国务院", "一年来", "工作报告")),  # no title: 向大会作政府工作报告
        ("cpc-18", ("第十七届中央委员会", "过去五年", "报告")),  # 我代表第十七届中央委员会向大会作报告
    ],
)
def test_corpus_metadata_by_hand(shared, name, expected):
    doc = parse(CORPUS / f"{name}.txt")
    assert [meta(r) for r in doc.reports] == [expected]


def one(text: str):
    doc = ping_an.parse_text(text)
    assert len(doc.reports) == 1
    return doc.reports[0]


def test_nothing_said_is_null():
    r = one("一、加强学习。认真学习有关文件精神。\n二、改进作风。深入基层调查研究。")
    assert meta(r) == (None, None, None)


def test_bracketed_unit_without_a_named_body_is_the_unit():
    r = one("推进平安建设综述（检察院）\n\n坚持依法履职，全力服务大局，取得了明显成效。\n一、强化监督。正文。\n二、服务大局。正文。")
    assert r.organization == "检察院"
    assert r.kind == "综述"


def test_bracketed_note_is_no_unit():
    r = one("平安建设工作总结（2023年）\n\n一、强化监督。正文。\n二、服务大局。正文。")
    assert r.organization is None
    assert r.kind == "工作总结"


def test_self_reference_skips_bodies_of_another_kind():
    text = (
        "上半年工作汇报\n\n"
        "今年以来，我局在xx县委的领导下，扎实推进各项工作。\n"
        "一、主要工作。广州市天河区市场监督管理局加强监管，开展检查xx次。\n"
        "二、存在问题。正文。"
    )
    r = one(text)
    assert r.organization == "广州市天河区市场监督管理局"
    assert r.period == "上半年"  # the title says it before 今年以来 does
    assert r.kind == "汇报"


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("在xx市公安局的正确领导下，我局坚持预防为主，全年破获案件xx起。", "xx县公安局"),
        ("今年以来，在xx市委、市政府的坚强领导下，xx县公安局坚持预防为主。", "xx县公安局"),
    ],
)
def test_a_superior_body_is_not_the_writer(opening, expected):
    r = one(f"工作总结\n\n{opening}\n一、强化打击。xx县公安局刑侦大队破案xx起。\n二、夯实基础。正文。")
    assert r.organization == expected


def test_author_line_names_the_speaker_body():
    text = "在全县安全生产工作会议上的讲话\n\nxx县人民政府副县长　xxx\n\n同志们：\n一、认清形势。正文。\n二、压实责任。正文。"
    r = one(text)
    assert r.organization == "xx县人民政府"
    assert r.kind == "讲话"


def test_a_date_is_no_period():
    r = one("工作要点\n\n2024年3月5日，全县召开会议部署工作。\n一、抓落实。正文。\n二、抓督查。正文。")
    assert r.period is None
    assert r.kind == "工作要点"


def test_period_from_the_title_first():
    r = one("xx镇2022年度工作总结\n\n近年来，xx镇坚持发展第一要务。\n一、经济发展。正文。\n二、社会事业。正文。")
    assert r.period == "2022年度"
    assert r.organization == "xx镇"


@needs_cli
def test_extract_json_carries_the_metadata(shared):
    out = run_pingan("extract", str(CORPUS / "seed-compendium.txt"), "--json")
    assert out.returncode == 0
    reports = json.loads(out.stdout)["reports"]
    assert [r["kind"] for r in reports] == ["综述"] * 5
    assert reports[4]["period"] == "2023年上半年"


def test_an_opening_paragraph_that_only_greets_leaves_the_writer_to_the_next():
    # (a page run into one line: its opening words set apart from the greeting before them)
    greeting = "某某网讯 某某省检察院工作报告 某某省人民检察院检察长某某 各位代表："
    opening = "现在，我代表某某省人民检察院向大会报告工作。\n2023年，全省检察机关依法履职。"
    assert organization(None, [], f"{greeting}\n{opening}") == "某某省人民检察院"
    # a first paragraph that ends in no colon is the opening itself
    assert organization(None, [], f"{greeting[:-5]}。\n{opening}") == "某某省检察院"


def test_a_title_printed_with_blanks_still_gives_its_period_and_kind():
    r = one("XX 区卫生健康局 2022 年工作总结和 2023 年工作计划\n\n一、工作总结\n今年以来，我局扎实推进各项工作。\n")
    assert r.period == "2022年"
    assert r.kind == "工作计划"


def test_a_body_named_after_the_titles_year_and_no_body_made_of_a_number_or_the_countryside():
    # the name starts after the year, never at its 年 (年天津市政府) nor at 度 of 年度
    assert organization("2026年某某市政府工作报告", [], "") == "某某市政府"
    assert organization("2022年度某某镇工作总结", [], "") == "某某镇"
    # 农业农村 and 乡村 are the countryside, no village; a number's unit starts no name
    assert organization("某某县2024年农业农村工作情况汇报", [], "") is None
    assert organization("2023年推进乡村振兴工作总结", [], "") is None
    # a village is still one
    assert organization("2023年某某村工作总结", [], "") == "某某村"
