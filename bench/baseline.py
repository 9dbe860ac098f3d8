"""The baseline: the honest one-page script a user would write instead of pingan.

Numbered heading markers only (第一部分, 一、, （一）, 1., （1）, ①), nested by their fixed
GB/T 9704 level; the first line is the title of the one report in the file. No lead
headings, no measures, no 目录, no report splitting. It prints the same JSON contract as
`pingan extract FILE --json` (../shared/SPEC.md §2), so ../shared/tools/score scores both.

    python bench/baseline.py FILE > FILE.json
"""

from __future__ import annotations

import json
import re
import sys

CN = "[一二三四五六七八九十百零〇两]"
# (level, marker) in GB/T 9704-2012 order, highest first.
LEVELS = [
    (0, rf"第{CN}+(?:部分|章|节)[、，,：:．.\s]?"),
    (1, rf"{CN}{{1,3}}[、．.]"),
    (2, rf"[（(〔]{CN}{{1,3}}[）)〕]"),
    (3, r"\d{1,2}(?:[.．](?!\d)|、)"),
    (4, r"[（(]\d{1,2}[）)]"),
    (5, r"[①-⑳]"),
]
HEADING = re.compile("|".join(f"(?P<l{level}>{marker})" for level, marker in LEVELS))
SENTENCE_END = re.compile(r"[。：:！？；]")


def parse(text: str) -> dict:
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title = next((line.strip() for line in lines if line.strip()), None)
    report = {"title": title, "sections": [], "measures": []}
    stack: list[tuple[int, dict]] = []  # (level, section) from the top
    for number, raw in enumerate(lines, 1):
        line = raw.strip(" \t\u3000")
        m = HEADING.match(line)
        if not m:
            continue
        rest = line[m.end() :]
        end = SENTENCE_END.search(rest)
        heading = rest[: end.start()] if end else rest
        if not heading.strip():
            continue
        level = int(m.lastgroup[1:])
        section = {"marker": m.group().strip(), "heading": heading.strip(), "line": number, "sections": [], "measures": []}
        while stack and stack[-1][0] >= level:
            stack.pop()
        (stack[-1][1]["sections"] if stack else report["sections"]).append(section)
        stack.append((level, section))
    return {"title": title, "reports": [report]}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python bench/baseline.py FILE", file=sys.stderr)
        return 2
    with open(argv[0], "rb") as f:
        text = f.read().decode("utf-8-sig")
    sys.stdout.write(json.dumps(parse(text), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
