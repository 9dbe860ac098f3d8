"""Input benchmarks: peak memory on a 100 MB input, and time on pathological inputs.

    python bench/bench_input.py            100 MB (UTF-8 and GB18030) + pathological inputs
    python bench/bench_input.py --quick    20 MB instead of 100 MB, one run each
    python bench/bench_input.py --stages   also time each pipeline stage in-process on the
                                           pathological inputs (to find a superlinear one)

Every case runs `pingan extract FILE --json > /dev/null` through inputs.spawn (from a small
interpreter, so that this process's memory does not count); peak memory is the child's
maximum resident set size (os.wait4), time is wall time, both medians over the runs. Pathological inputs run at two sizes, n and 4n: a linear stage
takes about 4 times as long on the larger one. Nothing here asserts: it measures and
prints. The acceptance bar of issue 3: peak memory under 12 × the input size, each
pathological input under 5 seconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import MB, built_input, pingan_command, spawn  # noqa: E402
from run import STAGES  # noqa: E402

CN = "一二三四五六七八九"


def chinese(n: int) -> str:
    """1..999 in Chinese numerals (一, 十一, 九百九十九)."""
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = (CN[hundreds - 1] + "百") if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else CN[tens - 1]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (CN[ones - 1] if ones else "")


PARAGRAPH = "坚持目标导向，明确怎么看，扎实推进平安建设各项工作，取得明显成效。" * 4 + "\n"


def wrapped(text: str, width: int = 38) -> str:
    """Every line broken at a fixed width, as a PDF copy is."""
    return "\n".join(line[i : i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


# name: text of size n (n is a count of repetitions; the larger run uses 4n)
PATHOLOGICAL = {
    "1 MB line, no punctuation": (lambda n: "推进平安建设工作" * n, 43_000),
    "lines of 一、 alone": (lambda n: "一、\n" * n, 12_500),
    "lines of 一、正文。": (lambda n: "一、坚持目标导向。正文。\n" * n, 12_500),
    "chained 一是二是… (pairs)": (lambda n: "一是加强队伍建设，" "二是完善工作机制，" * n, 1_000),
    "一是…九百九十九是 in one line": (
        lambda n: "".join(f"{chinese(i % 999 + 1)}是加强工作，" for i in range(n)),
        999,
    ),
    "1 MB of open brackets": (lambda n: "（“《" * n, 110_000),
    "hard-wrapped at 38, no blank lines": (lambda n: wrapped(PARAGRAPH * n), 1_000),
}


def median_run(path: Path, runs: int) -> tuple[float, int, int, str]:
    """(seconds, peak RSS bytes) medians, and the exit code and stderr line of the last run."""
    results = [spawn([*pingan_command(), "extract", str(path), "--json"]) for _ in range(runs)]
    return (
        statistics.median(r[0] for r in results),
        int(statistics.median(r[1] for r in results)),
        results[-1][2],
        results[-1][3],
    )


def memory(folder: Path, megabytes: int, runs: int) -> None:
    text = built_input(megabytes).read_text(encoding="utf-8")
    print(f"## {megabytes} MB input (the corpus repeated): peak memory of `pingan extract --json`")
    print(f"{'input':34s} {'bytes':>12s} {'seconds':>8s} {'peak RSS':>10s} {'ratio':>6s}  exit")
    for name, data, suffix in (
        ("UTF-8", text.encode("utf-8"), ".txt"),
        ("GB18030", text.encode("gb18030"), ".txt"),
    ):
        path = folder / f"big-{name}{suffix}"
        path.write_bytes(data)
        del data
        seconds, peak, code, err = median_run(path, runs)
        size = path.stat().st_size
        print(f"{name:34s} {size:12,d} {seconds:8.1f} {peak / MB:8.0f}MB {peak / size:6.2f}  {code} {err}")
        path.unlink()


def pathological(folder: Path, runs: int) -> None:
    print("\n## pathological inputs: wall time of `pingan extract --json` at n and 4n")
    print(f"{'input':34s} {'size n':>9s} {'t(n)':>7s} {'t(4n)':>7s} {'4n/n':>5s}  exit")
    for name, (make, n) in PATHOLOGICAL.items():
        times, codes = [], []
        for k in (1, 4):
            path = folder / "patho.txt"
            data = make(n * k).encode("utf-8")
            path.write_bytes(data)
            if k == 1:
                size = len(data)
            seconds, _, code, err = median_run(path, runs)
            times.append(seconds)
            codes.append(f"{code}" + (f" ({err[:70]})" if code else ""))
        ratio = times[1] / times[0] if times[0] else float("nan")
        print(f"{name:34s} {size / MB:7.2f}MB {times[0]:7.2f} {times[1]:7.2f} {ratio:5.1f}  {' / '.join(codes)}")


def stages(folder: Path) -> None:
    """Each pipeline stage timed at n and 4n (run.STAGES, as the main benchmark times them),
    to name a superlinear one."""
    print("\n## stages in-process (seconds at n → 4n)")
    path = folder / "patho.txt"
    for name, (make, n) in PATHOLOGICAL.items():
        row: dict[str, list[float]] = {}
        for k in (1, 4):
            path.write_text(make(n * k), encoding="utf-8")
            done = subprocess.run([sys.executable, "-c", STAGES, str(path)], capture_output=True, text=True)
            if done.returncode:
                row.setdefault("fails", []).append(float("inf"))
                continue
            for stage, seconds in json.loads(done.stdout).items():
                row.setdefault(stage, []).append(seconds)
        cells = "  ".join(f"{s} {'→'.join(f'{t:.2f}' for t in ts)}" for s, ts in row.items())
        print(f"{name:34s} {cells}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="20 MB, one run each")
    ap.add_argument("--stages", action="store_true", help="also time each stage in-process")
    ap.add_argument("--skip-memory", action="store_true", help="only the pathological inputs")
    a = ap.parse_args(argv)
    runs = 1 if a.quick else 3
    with tempfile.TemporaryDirectory(prefix="pingan-bench-input-") as tmp:
        folder = Path(tmp)
        if not a.skip_memory:
            memory(folder, 20 if a.quick else 100, 1)
        pathological(folder, runs)
        if a.stages:
            stages(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
