"""Every benchmark in one command: throughput against the floor, linearity, peak memory,
start-up, the views for people (table, tree, lines) against --json, time per pipeline stage, per-file latency, batch files/s (on ../shared/dev and on
copies of the bench documents), adversarial inputs
and every compiled pattern of the package against backtracking.

    python bench/run.py             the full run (1, 10 and 40 MB inputs; a few minutes)
    python bench/run.py --quick     1 and 10 MB, fewer runs, no adversarial inputs
    python bench/run.py --views     only the views against --json (40 MB; --quick: 10 MB)
    python bench/run.py --markdown  print the table as Markdown
    python bench/run.py --write     also put that Markdown table into README "Performance"

Inputs are built from ../shared/corpus into a cache under the temp directory (see
inputs.py). Times are medians over several runs (at least 3; 5 for the small ones and for
40 MB). Speeds are MB/s of input and a ratio to bench/floor.py measured in this same run,
so they compare across machines; each extract run is paired with a floor run just before
it, and its ratio is the median of the pairs' ratios. Peak memory is the child process's maximum resident set size
(os.wait4). Nothing here asserts: it measures and prints.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor  # noqa: E402
from inputs import DEV, MB, README, SEED, built_input, built_toc_input, pingan_command, spawn, variants, write_block  # noqa: E402


@dataclass
class Row:
    group: str
    name: str
    seconds: float | None = None
    mb_s: float | None = None
    x_floor: float | None = None
    memory: str = ""
    note: str = ""


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def process(cmd: list[str]) -> tuple[float, int]:
    """(wall seconds, peak RSS in bytes) of one run of cmd, its output thrown away."""
    seconds, peak, code, err = spawn(cmd)
    if code:
        raise RuntimeError(f"{' '.join(cmd)} exited {code}: {err}")
    return seconds, peak


def median_process(cmd: list[str], runs: int, warm_up: bool = False) -> tuple[float, int]:
    if warm_up:  # bytecode and file caches, as on any installed machine
        process(cmd)
    results = [process(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def fmt_bytes(n: int) -> str:
    return f"{n / MB:.0f} MB"


def floor_seconds(path: Path) -> float:
    t0 = time.perf_counter()
    floor.floor(path)
    return time.perf_counter() - t0


# Times ping_an.parse_text in a fresh interpreter, so that no size pays for the memory
# an earlier one left behind in this process.
PARSE_TEXT = """
import statistics, sys, time
import ping_an
text = open(sys.argv[1], encoding="utf-8").read()
ping_an.parse_text(text[:100_000])
times = []
for _ in range(int(sys.argv[2])):
    t0 = time.perf_counter()
    ping_an.parse_text(text)
    times.append(time.perf_counter() - t0)
print(statistics.median(times))
"""


# Where parse_text spends its time: each stage the pipeline module calls is wrapped in a
# timer (names that no longer exist are skipped); "models and the rest" is what remains.
STAGES = """
import gc, json, sys, time
gc.disable()
import ping_an.assemble.pipeline as pl
names = ["paragraphs", "split_reports", "classify", "decide_leads", "build_tree", "make_body", "split_measures", "enrich"]
spent = {}
def timed(name, fn):
    def run(*a, **k):
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
    return run
for name in names:
    if hasattr(pl, name):
        setattr(pl, name, timed(name, getattr(pl, name)))
text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.perf_counter()
pl.parse_text(text)
total = time.perf_counter() - t0
# enrich runs inside the dict building, classify inside classify_report: no nesting among these names
spent["models and the rest"] = total - sum(spent.values())
print(json.dumps({"total": total, **spent}))
"""


def stages(mb: int) -> list[Row]:
    path = built_input(mb)
    done = subprocess.run([sys.executable, "-c", STAGES, str(path)], capture_output=True, text=True)
    if done.returncode:
        return [Row("stages", "parse_text stages", note=f"failed: {done.stderr.strip().splitlines()[-1:]}")]
    spent = json.loads(done.stdout)
    total = spent.pop("total")
    return [Row("stages", f"parse_text, {mb} MB: total", total, note=f"{total / mb * 1000:.0f} ms per MB")] + [
        Row("stages", f"  {name}", seconds, note=f"{seconds / mb * 1000:.0f} ms per MB, {seconds / total:.0%}")
        for name, seconds in spent.items()
    ]


def parse_text_seconds(path: Path, runs: int) -> float:
    done = subprocess.run([sys.executable, "-c", PARSE_TEXT, str(path), str(runs)], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"ping_an.parse_text({path.name}) failed: {done.stderr.strip().splitlines()[-1:]}")
    return float(done.stdout)


def throughput(sizes: list[int], runs: int) -> tuple[list[Row], dict[int, float]]:
    """Floor, parse_text and the extract process at each size. Each extract run is paired
    with a floor run just before it and its ratio taken against that one, so that a
    change in the machine's load between the two (this machine is shared) moves both.
    Each is paired too with a run of `pingan extract SEED --json`, the start-up, and the
    median of the differences is the run's time net of its start-up (linearity)."""
    floor_rows, parse_rows, extract_rows = [], [], []
    net: dict[int, float] = {}
    seed = [*pingan_command(), "extract", str(SEED), "--json"]
    for mb in sizes:
        path = built_input(mb)
        size = path.stat().st_size
        # a 1 MB run is mostly start-up, and as noisy; 40 MB runs vary with the load: both get more runs
        pairs, starts = [], []
        for _ in range(runs if mb == 10 else 5):
            starts.append(process(seed)[0])
            pairs.append((floor_seconds(path), *process([*pingan_command(), "extract", str(path), "--json"])))
        net[mb] = statistics.median(s - start for (_, s, _), start in zip(pairs, starts))
        floor_median = statistics.median(f for f, _, _ in pairs)
        seconds = statistics.median(s for _, s, _ in pairs)
        peak = max(p for _, _, p in pairs)
        floor_rows.append(Row("throughput", f"floor, {mb} MB", floor_median, mb / floor_median, 1.0))
        extract_rows.append(
            Row(
                "throughput",
                f"pingan extract --json, {mb} MB",
                seconds,
                mb / seconds,
                statistics.median(f / s for f, s, _ in pairs),
                fmt_bytes(peak),
                f"peak memory {peak / size:.1f} × input",
            )
        )
        parse = parse_text_seconds(path, runs)
        parse_rows.append(Row("throughput", f"ping_an.parse_text, {mb} MB", parse, mb / parse, floor_median / parse))
    # a compendium whose reports are found from its 目录 (the inputs above have none at the top)
    path = built_toc_input(10)
    floor_median = statistics.median(floor_seconds(path) for _ in range(runs))
    parse = parse_text_seconds(path, runs)
    mb = path.stat().st_size / MB
    parse_rows.append(
        Row("throughput", "compendium with a 目录, 10 MB: ping_an.parse_text", parse, mb / parse, floor_median / parse)
    )
    return floor_rows + parse_rows + extract_rows, net


def linearity(rows: list[Row], net: dict[int, float]) -> list[Row]:
    """Time per MB at each size: raw, and for the process also net of its start-up
    (throughput: each run less a start-up run of the same round), which a 1 MB run
    cannot amortise."""
    out = []

    def row(name: str, per_mb: dict[int, float]) -> None:
        if len(per_mb) < 2:
            return
        spread = max(per_mb.values()) / min(per_mb.values()) - 1
        steps = " → ".join(f"{v * 1000:.0f}" for v in per_mb.values())
        out.append(Row("linearity", name, note=f"{steps} ms/MB; spread {spread:.0%} (target < 25 %)"))

    def mb_of(r: Row) -> int:
        return int(re.search(r"(\d+) MB", r.name).group(1))

    for prefix in ("ping_an.parse_text", "pingan extract --json"):
        row(f"{prefix}: ms per MB", {mb_of(r): r.seconds / mb_of(r) for r in rows if r.name.startswith(prefix)})
    row("pingan extract --json: ms per MB, net of the start-up run of the same round", {mb: t / mb for mb, t in net.items()})
    mems = [r.memory for r in rows if r.name.startswith("pingan extract") and r.memory]
    if len(mems) >= 2:
        out.append(Row("linearity", "pingan extract --json: peak memory", note=" → ".join(mems)))
    return out


# The views for people, each against `extract --json` on the same input in the same round
# (README: each within 2 × the --json time and under 5 × the input in memory).
VIEWS = {
    "pingan extract --format table": ["extract", "{path}", "--format", "table"],
    "pingan extract --format tree": ["extract", "{path}", "--format", "tree"],
    "pingan lines": ["lines", "{path}"],
}


def views(mb: int, runs: int) -> list[Row]:
    """Each view of the `mb` MB input as a whole process (its output thrown away: a file,
    so no colour), in rounds with an `extract --json` run: its ratio is the median over the
    rounds of its time over the --json time of the same round."""
    path = built_input(mb)
    size = path.stat().st_size
    cmd = pingan_command()
    commands = {"pingan extract --json": ["extract", "{path}", "--json"], **VIEWS}
    argv = {name: [*cmd, *(str(path) if a == "{path}" else a for a in args)] for name, args in commands.items()}
    rounds = [{name: process(args) for name, args in argv.items()} for _ in range(runs)]
    rows = []
    for name in commands:
        seconds = statistics.median(r[name][0] for r in rounds)
        peak = max(r[name][1] for r in rounds)
        ratio = statistics.median(r[name][0] / r["pingan extract --json"][0] for r in rounds)
        note = f"peak memory {peak / size:.1f} × input (target < 5)"
        if name in VIEWS:
            note = f"{ratio:.2f} × --json (target ≤ 2); " + note
        rows.append(Row("views", f"{name}, {mb} MB", seconds, mb / seconds, memory=fmt_bytes(peak), note=note))
    return rows


def latency(runs: int) -> list[Row]:
    import ping_an

    times = []
    for name, text in variants():
        seconds = median_time(lambda: ping_an.parse_text(text).model_dump_json(), runs)
        times.append((seconds, name, len(text.encode("utf-8"))))
    times.sort()
    ms = [t for t, _, _ in times]

    def pct(q: float) -> float:
        return ms[min(len(ms) - 1, round(q * (len(ms) - 1)))]

    rows = [
        Row("latency", f"per file (parse + JSON, {len(ms)} files) p{int(q * 100)}", pct(q), note="")
        for q in (0.5, 0.95, 0.99)
    ]
    for seconds, name, size in reversed(times[-10:]):
        rows.append(Row("latency", f"  slowest: {name}", seconds, size / MB / seconds, note=f"{size / 1e3:.0f} kB"))
    return rows


# What any typer command on pydantic models pays before its first line: the start-up
# figures are ratios to this, measured in the same rounds.
IMPORT_FLOOR = [sys.executable, "-c", "import pydantic, typer"]
# What the same stack costs before any pingan code: a typer command with one argument (typer
# coerces it through a pydantic TypeAdapter, which loads pydantic's plugin machinery), one
# pydantic model validated, and the regex module imported. Not a target: it shows how much
# of the ratio is the stack's.
STACK_FLOOR = [sys.executable, "-c", """
import regex, typer
from pydantic import BaseModel
class Model(BaseModel):
    path: str
app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
@app.command()
def main(path: str) -> None:
    Model(path=path)
app(["x"], standalone_mode=False)
"""]
# One pydantic model defined and validated, and nothing else: what validating the output
# through pydantic costs by itself (pydantic loads its model machinery on the first
# model), the part of any target below it that no change to pingan can reach.
MODEL_FLOOR = [sys.executable, "-c", """
from pydantic import BaseModel
class Model(BaseModel):
    path: str
Model(path="x")
"""]


def startup(runs: int) -> list[Row]:
    """The import floor and three pingan commands, run in turn in each of `runs` rounds
    (so that a change in the machine's load hits all alike); each command's ratio is the
    median over the rounds of its time over the floor's in the same round."""
    cmd = pingan_command()
    commands = [
        ("python -c 'import pydantic, typer' (import floor)", IMPORT_FLOOR, None),
        ("  one pydantic model validated, no typer, no pingan", MODEL_FLOOR, None),
        ("  a typer command + a pydantic model + regex, no pingan", STACK_FLOOR, None),
        ("pingan --version", [*cmd, "--version"], 1.1),
        ("pingan extract seed (tree)", [*cmd, "extract", str(SEED)], None),
        ("pingan extract seed --json", [*cmd, "extract", str(SEED), "--json"], 1.4),
    ]
    for _, args, _ in commands:  # bytecode and file caches, as on any installed machine
        process(args)
    rounds = [[process(args) for _, args, _ in commands] for _ in range(runs)]
    rows = []
    for k, (name, _, target) in enumerate(commands):
        seconds = statistics.median(r[k][0] for r in rounds)
        ratio = statistics.median(r[k][0] / r[0][0] for r in rounds)
        peak = max(r[k][1] for r in rounds)
        note = f"{ratio:.2f} × the import floor" + (f" (target ≤ {target} ×)" if target else "") if k else "the floor of the rows below"
        rows.append(Row("start-up", name, seconds, memory=fmt_bytes(peak), note=note))
    return rows


def batch(runs: int) -> list[Row]:
    cmd = pingan_command()
    help_text = subprocess.run([*cmd, "batch", "--help"], capture_output=True, text=True)
    if help_text.returncode != 0:
        return [Row("batch", "pingan batch", note="skipped: `pingan batch` does not exist yet")]
    files = variants()
    with tempfile.TemporaryDirectory(prefix="pingan-batch-") as tmp:
        src, out = Path(tmp, "in"), Path(tmp, "out.jsonl")
        src.mkdir()
        copies = max(1, 600 // len(files))
        for k in range(copies):
            for name, text in files:
                Path(src, f"{name.replace('/', '_').replace(':', '_')}-{k}.txt").write_text(text, encoding="utf-8")
        count = len(list(src.iterdir()))
        rows = []
        for jobs in (1, 2):
            args = [*cmd, "batch", str(src), "-o", str(out), "--jobs", str(jobs)]
            results = []
            for _ in range(runs):
                out.unlink(missing_ok=True)
                try:
                    results.append(process(args))
                except RuntimeError as e:
                    return [Row("batch", "pingan batch", note=f"failed: {e}")]
            seconds = statistics.median(r[0] for r in results)
            peak = max(r[1] for r in results)
            rows.append(
                Row("batch", f"pingan batch --jobs {jobs} ({count} files)", seconds, memory=fmt_bytes(peak),
                    note=f"{count / seconds:.0f} files/s")
            )
        return rows


def dev_files() -> list[Path]:
    """The real reports of ../shared/dev that `pingan batch` converts (its default globs)."""
    return sorted(p for p in DEV.rglob("*") if p.suffix in (".txt", ".md", ".docx") and p.is_file())


def batch_dev(runs: int) -> list[Row]:
    """`pingan batch ../shared/dev -o x.jsonl` at 1 and 2 jobs, each run paired with a floor
    run over the same files just before it (the floor reads and scans each file in this
    process, so it has no start-up: the ratio counts pingan's start-up and workers against it)."""
    files = dev_files()
    if not files:
        return [Row("batch", "pingan batch ../shared/dev", note=f"skipped: no reports in {DEV}")]
    size = sum(p.stat().st_size for p in files)
    cmd = pingan_command()
    rows = []
    with tempfile.TemporaryDirectory(prefix="pingan-batch-dev-") as tmp:
        out = Path(tmp, "x.jsonl")
        for jobs in (1, 2):
            args = [*cmd, "batch", str(DEV), "-o", str(out), "--jobs", str(jobs)]
            pairs = []
            for _ in range(runs):
                out.unlink(missing_ok=True)
                floor_time = sum(floor_seconds(p) for p in files)
                try:
                    seconds, peak = process(args)
                except RuntimeError as e:
                    return [Row("batch", "pingan batch ../shared/dev", note=f"failed: {e}")]
                pairs.append((floor_time, seconds, peak))
            seconds = statistics.median(s for _, s, _ in pairs)
            rows.append(
                Row(
                    "batch",
                    f"pingan batch ../shared/dev --jobs {jobs} ({len(files)} real reports, {size / MB:.1f} MB)",
                    seconds,
                    size / MB / seconds,
                    statistics.median(f / s for f, s, _ in pairs),
                    fmt_bytes(max(p for _, _, p in pairs)),
                    f"{len(files) / seconds:.0f} files/s",
                )
            )
    return rows


# Inputs built to provoke superlinear time: (name, text of size n). Each runs at n and 4n.
ADVERSARIAL = {
    "1 line without punctuation": lambda n: "加强基层治理推进平安建设" * n,
    "一、 heading lines": lambda n: "\n".join(f"{'一二三四五六七八九'[i % 9]}、加强基层治理" for i in range(n)),
    # one paragraph where 一是…九是 starts over and over: each list nests in the last item of the one before
    "一是…九是 restarting in one paragraph": lambda n: "我们"
    + "".join(f"{'一二三四五六七八九'[i % 9]}是加强基层治理，" for i in range(n // 20))
    + "。",
    # items that are whole paragraphs, 一是…九是 over and over in one section
    "一是…九是 paragraphs restarting": lambda n: "\n".join(
        f"{'一二三四五六七八九'[i % 9]}是加强基层治理，推进平安建设。" for i in range(n // 20)
    ),
    "paragraphs of 一是…二是… with figures": lambda n: "\n".join(
        "一是收入增长5%，二是支出下降3%。" for _ in range(n // 20)
    ),
    "bracket and quote runs": lambda n: "（" * n + "治理" + "）" * n + "\n" + "“" * n + "\n" + "》" * n,
    "—— runs": lambda n: "——" * n + "\n" + "\n".join("——推进平安建设。加强基层治理工作" for _ in range(n // 10)),
    "hard-wrapped lines (one paragraph)": lambda n: "\n".join("加强基层治理推进平安建设" * 4 for _ in range(n // 10)),
    "lead-like paragraphs": lambda n: "\n".join("坚持推进平安建设。加强基层治理工作，推动发展。" for _ in range(n // 10)),
    "numbers and dots": lambda n: "1.2.3.4.5.6.7.8.9." * n,
    "目录 whose entries are never found": lambda n: "工作汇编\n目录\n"
    + "\n".join(f"{i}.不在正文里的综述{i}" for i in range(1, 21))
    + "\n"
    + "\n".join("加强基层治理，推进平安建设。" for _ in range(n // 10)),
    # each entry used to be compared with every entry before it, normalised again each time
    "目录 of many entries, each found again": lambda n: "工作汇编\n目录\n"
    + "\n".join(f"{i}. 第{i}篇工作综述" for i in range(1, n // 60 + 1))
    + "\n\n"
    + "\n".join(f"第{i}篇工作综述\n加强基层治理，推进平安建设。" for i in range(1, n // 60 + 1)),
    "reports opening with a run of x placeholders": lambda n: "\n".join(
        f"xx县第{i}季度工作总结\n" + "x" * 4000 + "。\n一、加强基层治理。推进平安建设。" for i in range(n // 4000)
    ),
    "title lines (many reports)": lambda n: "\n".join(
        f"xx县第{i}季度工作总结\n一、加强基层治理。推进平安建设。" for i in range(n // 20)
    ),
}


def adversarial(n: int, runs: int) -> list[Row]:
    import ping_an

    rows = []
    for name, make in ADVERSARIAL.items():
        small, large = make(n), make(4 * n)
        size = len(large.encode("utf-8"))
        try:
            t_small = median_time(lambda: ping_an.parse_text(small).model_dump_json(), runs)
            t_large = median_time(lambda: ping_an.parse_text(large).model_dump_json(), runs)
        except Exception as e:  # a benchmark reports a crash, it does not stop at it
            cause = " ".join(str(e).split())[:70]
            rows.append(Row("adversarial", name, note=f"FAILS at {size / MB:.2f} MB: {type(e).__name__}: {cause}"))
            continue
        growth = t_large / t_small
        verdict = "linear" if growth < 6 else "SUPERLINEAR"
        rows.append(
            Row("adversarial", name, t_large, size / MB / t_large, note=f"4 × input → {growth:.1f} × time ({verdict}); {size / MB:.2f} MB")
        )
    return rows


# Runs of these make a pattern with nested or overlapping quantifiers backtrack.
REGEX_UNITS = (
    "一", "、", "（", "）", "第", "x", "xx", "×", "1", "1.", "—", "是", "一是", "加强治理", "“", "《", "，",
    "1、", "（1", "第一", "xx年", "10.5%", "万", " ", "\u3000", "百分之", "约", "。", "##paid", "&nbsp", "①",
    "二十三", "3、4", "县", "公安局",
)


def regexes(n: int) -> list[Row]:
    """Every compiled pattern of the package, searched through runs of REGEX_UNITS of n and
    4 n characters: linear patterns take about 4 times as long."""
    import importlib
    import pkgutil
    import re as std_re

    import ping_an
    import regex

    patterns: dict[int, tuple[str, object]] = {}
    for info in pkgutil.walk_packages(ping_an.__path__, "ping_an."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (regex.Pattern, std_re.Pattern)):
                patterns.setdefault(id(value), (f"{info.name.removeprefix('ping_an.')}.{name}", value))
    flagged = []
    for name, pattern in patterns.values():
        for unit in REGEX_UNITS:
            times = []
            for size in (n, 4 * n):
                text = unit * (size // len(unit))
                t0 = time.perf_counter()
                try:
                    for _ in pattern.finditer(text, **({"timeout": 20} if isinstance(pattern, regex.Pattern) else {})):
                        pass
                except TimeoutError:
                    times.append(20.0)
                    continue
                times.append(time.perf_counter() - t0)
            if times[1] > 0.005 and times[1] / max(times[0], 1e-6) > 6:
                flagged.append(Row("regex", f"{name} on {unit!r} × {4 * n // len(unit)}", times[1],
                                   note=f"4 × input → {times[1] / max(times[0], 1e-6):.0f} × time (SUPERLINEAR)"))
    summary = Row("regex", f"{len(patterns)} patterns × {len(REGEX_UNITS)} runs of {4 * n} chars",
                  note="all linear" if not flagged else f"{len(flagged)} superlinear (below)")
    return [summary, *flagged]


def show(rows: list[Row], markdown: bool) -> str:
    head = ["benchmark", "median", "MB/s", "× floor", "peak mem", "note"]
    cells = [
        [
            r.name,
            "" if r.seconds is None else (f"{r.seconds * 1000:.0f} ms" if r.seconds < 1 else f"{r.seconds:.2f} s"),
            "" if r.mb_s is None else f"{r.mb_s:.1f}",
            "" if r.x_floor is None else f"{r.x_floor:.2f}",
            r.memory,
            r.note,
        ]
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|---|---:|---:|---:|---:|---|"]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells]
        return "\n".join(lines)
    widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(head)]
    fmt = lambda row: "  ".join(  # noqa: E731
        c if i == 5 else c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))
    )
    lines, group = [fmt(head)], None
    for r, row in zip(rows, cells):
        if r.group != group:
            lines.append(f"-- {r.group}")
            group = r.group
        lines.append(fmt(row))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1 and 10 MB, 3 runs, no adversarial inputs")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--write", action="store_true", help="put the Markdown table into README.md")
    ap.add_argument("--views", action="store_true", help="only the views against --json (not with --write)")
    a = ap.parse_args(argv)
    sizes = [1, 10] if a.quick else [1, 10, 40]
    runs, small_runs = 3, (3 if a.quick else 5)
    started = time.time()
    if a.views:
        rows = views(sizes[-1], runs)
        print(show(rows, a.markdown))
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end; {time.time() - started:.0f} s")
        return 0
    for mb in sizes:
        built_input(mb)
    start = startup(2 * small_runs + 1)
    rows, net = throughput(sizes, runs)
    rows += linearity(rows, net)
    rows += start
    rows += views(sizes[-1], runs)
    rows += stages(10)
    rows += latency(small_runs)
    rows += batch_dev(small_runs)
    rows += batch(runs)
    if not a.quick:
        rows += adversarial(20_000, runs)
        rows += regexes(2_000)
    footer = (
        f"{time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{platform.machine()}, load average {os.getloadavg()[0]:.1f} at the end; "
        f"the whole run took {time.time() - started:.0f} s"
    )
    print(show(rows, a.markdown or a.write))
    print(f"\n{footer}")
    if a.write:
        command = "python bench/run.py --quick" if a.quick else "python bench/run.py"
        block = f"Measured by `{command}` on {footer}.\n\n{show(rows, True)}"
        write_block(README, "performance", block)
        print(f"bench: wrote the table into {README}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
