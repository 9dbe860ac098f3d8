"""The bundled sample against its hand-checked gold: runs on a user's clone, without ../shared."""

from __future__ import annotations

import json

from conftest import SAMPLES

import ping_an


def outline_of(reports: list[dict]) -> tuple[list, list]:
    heads, meas = [], []

    def sections(ri, items, depth):
        for s in items:
            heads.append((ri, depth, s["marker"], s["heading"]))
            measures(ri, s["measures"])
            sections(ri, s["sections"], depth + 1)

    def measures(ri, items):
        for m in items:
            meas.append((ri, m["marker"], m["text"][:6], m["line"]))
            measures(ri, m["measures"])

    for ri, r in enumerate(reports):
        measures(ri, r["measures"])
        sections(ri, r["sections"], 1)
    return heads, meas


def test_sample_outline_is_the_gold_outline():
    doc = json.loads(ping_an.parse_file(SAMPLES / "compendium.txt").model_dump_json())
    gold = json.loads((SAMPLES / "compendium.gold.json").read_text(encoding="utf-8"))
    assert doc["title"] == gold["title"]
    assert [e["title"] for e in doc["toc"]] == gold["toc"]
    assert [r["title"] for r in doc["reports"]] == [r["title"] for r in gold["reports"]]
    assert outline_of(doc["reports"]) == outline_of(gold["reports"])


def test_sample_has_every_heading_form():
    doc = ping_an.parse_file(SAMPLES / "compendium.txt")
    styles = set()

    def walk(items):
        for s in items:
            styles.add(s.style)
            walk(s.sections)

    for r in doc.reports:
        walk(r.sections)
    assert {"part", "cn-comma", "cn-paren", "arabic-dot", "arabic-paren", "ordinal", "lead"} <= styles


def test_speech_front_matter_is_not_a_heading():
    doc = ping_an.parse_file(SAMPLES / "compendium.txt")
    speech = doc.reports[3]
    assert speech.front == ["——2023年x月x日", "xx县委副书记\u3000xxx", "同志们："]
    assert speech.sections[0].marker == "第一部分"


def test_compendium_without_toc_splits_at_titles_set_apart_by_blank_lines():
    import re

    text = (SAMPLES / "compendium.txt").read_text(encoding="utf-8")
    text = re.sub(r"目录\n(?:\d\..*\n)+", "", text)
    # titles that do not end in a kind of text (总结, 综述 …): only the layout tells
    text = text.replace("平安建设工作总结", "平安建设纪实").replace("综述（街道）", "纪实（街道）")
    text = text.replace("工作情况的汇报", "工作情况").replace("工作会议上的讲话", "工作会议").replace("局长述职报告", "局长履职情况")
    doc = ping_an.parse_text(text)
    assert doc.title == "平安建设工作材料汇编（5篇）"
    assert [r.title for r in doc.reports] == [
        "xx县公安局2023年平安建设纪实",
        "推进基层治理现代化纪实（街道）",
        "xx县人民法院关于司法为民工作情况",
        "在全县平安建设工作会议",
        "xx县司法局局长履职情况",
    ]
