"""Score pingan on a held-out set of one's own: documents nobody tuned the rules on.

    python bench/heldout.py DIR [DIR ...]        every DIR/NAME.txt against DIR/NAME.gold.json
    python bench/heldout.py DIR --base REV       the same for the code at git revision REV too

A held-out set is a folder of real texts (pages copied as a user copies them, reports
as a site stores them) with gold written by hand by SPEC and CONVENTIONS before pingan
was run on them. It is kept outside the repository (third-party text); the gold
convention and the scorer are the corpus's, ../shared/tools/score. Each document is
parsed with ping_an.parse_file, as `pingan extract --json` would, and the table gives
precision/recall F1 with tp/gold/pred per document and in total.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inputs import ROOT, SCORE_TOOL  # noqa: E402

# Parses every text of the given folders with the ping_an found first on sys.path, into
# OUT/NAME.json (a child process, so that another revision's code can be run).
PARSE = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import ping_an
out = Path(sys.argv[2])
for folder in sys.argv[3:]:
    for path in sorted(Path(folder).glob("*.txt")):
        if path.with_name(path.stem + ".gold.json").is_file():
            (out / (path.stem + ".json")).write_text(ping_an.parse_file(path).model_dump_json(), encoding="utf-8")
"""


def gold_folder(folders: list[Path], into: Path) -> Path:
    """One folder holding every gold file of folders (the scorer takes one)."""
    for folder in folders:
        for gold in folder.glob("*.gold.json"):
            (into / gold.name).write_bytes(gold.read_bytes())
    return into


def score(code: Path, folders: list[Path], gold: Path) -> str:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-c", PARSE, str(code), out, *map(str, folders)], check=True)
        return subprocess.run([str(SCORE_TOOL), "--dir", out, str(gold)], capture_output=True, text=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--base", help="also score the code at this git revision (a worktree is made for it)")
    a = ap.parse_args()
    if not SCORE_TOOL.is_file():
        raise SystemExit(f"heldout: {SCORE_TOOL} is not there: the scorer comes with ../shared")
    with tempfile.TemporaryDirectory() as tmp:
        gold = gold_folder(a.folders, Path(tmp))
        print(score(ROOT, a.folders, gold))
        if a.base:
            with tempfile.TemporaryDirectory() as tree:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", tree, a.base], check=True, capture_output=True)
                try:
                    print(f"at {a.base}:\n" + score(Path(tree), a.folders, gold))
                finally:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", tree], capture_output=True)


if __name__ == "__main__":
    main()
