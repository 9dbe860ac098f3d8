"""The floor: the least work any line-oriented parser of these documents must do.

Read the file, decode it, split it into lines, then run one heading regular expression
(anchored at the line start) and one scan for measure markers over every line. Nothing
is kept but three counts. Every speed figure in bench/run.py is reported as a ratio to
this floor measured in the same run, so the figures survive a change of machine.

    python bench/floor.py FILE        prints lines, headings, markers, seconds, MB/s
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

CN = "[一二三四五六七八九十百零〇两]"
# One alternation for the numbered heading forms of SPEC §1.
HEADING = re.compile(
    rf"第{CN}+(?:部分|章|节)|{CN}{{1,3}}[、．.]|[（(〔]{CN}{{1,3}}[）)〕]|\d{{1,2}}[.．、]|[（(]\d{{1,2}}[）)]|[①-⑳]"
)
# One scan for the measure markers inside a line.
MEASURE = re.compile(rf"{CN}{{1,3}}[是要]|首先|其次|再次|最后|第{CN}{{1,3}}[，,]|[①-⑳]")


def floor(path: str | Path) -> tuple[int, int, int]:
    """(lines, heading lines, measure markers) of the file: read, decode, split, match, scan."""
    text = Path(path).read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    headings = markers = 0
    match, scan = HEADING.match, MEASURE.findall
    for line in lines:
        if match(line):
            headings += 1
        markers += len(scan(line))
    return len(lines), headings, markers


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    path = Path(argv[0])
    t0 = time.perf_counter()
    lines, headings, markers = floor(path)
    seconds = time.perf_counter() - t0
    mb = path.stat().st_size / 1e6
    print(f"lines {lines}  headings {headings}  markers {markers}  {seconds:.3f} s  {mb / seconds:.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
