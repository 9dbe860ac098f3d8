"""Draw the fixed sample of figures that bench/figures_sample.md checks by hand.

    python bench/figures_sample.py [N] > /tmp/sample.md

Every figure of ../shared/corpus (report preambles and sections; a measure's figures are
its section's, so they are not drawn twice), shuffled with a fixed seed; the first N
(100) are printed with the input line around them, for a person to judge value and unit.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import regex

import ping_an

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SEED = 6
AROUND = 14


def figures(doc):
    def sections(items):
        for s in items:
            yield from s.figures
            yield from sections(s.sections)

    for r in doc.reports:
        yield from r.figures
        yield from sections(r.sections)


def population():
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = text.replace("\r\n", "\n").split("\n")
        seen: dict[tuple[int, str], int] = {}
        for f in figures(ping_an.parse_text(text)):
            line = lines[f.line - 1]
            # the k-th occurrence of the same text on the line, not inside a longer number
            k = seen[f.line, f.text] = seen.get((f.line, f.text), -1) + 1
            starts = [m.start() for m in regex.finditer(regex.escape(f.text), line, overlapped=True)]
            starts = [i for i in starts if i == 0 or not regex.match(r"[\dxX×.]", line[i - 1])] or starts
            at = starts[min(k, len(starts) - 1)]
            context = line[max(0, at - AROUND) : at] + "【" + f.text + "】" + line[at + len(f.text) : at + len(f.text) + AROUND]
            yield path.stem, f, context.replace("|", "｜")


def main(n: int = 100) -> None:
    items = list(population())
    random.Random(SEED).shuffle(items)
    print(f"population: {len(items)} figures; sample: {n} (random.Random({SEED}).shuffle)\n")
    print("| # | file | line | context | value | high | unit | approx | change | verdict |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for k, (name, f, context) in enumerate(items[:n], 1):
        value = "xx" if f.placeholder else f.value
        print(f"| {k} | {name} | {f.line} | {context} | {value} | {f.high or ''} | {f.unit} | {f.approx or ''} | {f.change or ''} |  |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
