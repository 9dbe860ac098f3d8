"""`pingan batch`: walking, ordering, every output kind, the SQLite upsert, the mirror tree's
path-escape guard, Ctrl-C, and the Dask scheduler — over an archive generated here."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import threading
from concurrent.futures import Future
from pathlib import Path, PurePosixPath

import pytest
from conftest import PINGAN, ROOT, SAMPLES, needs_cli, read_terminal, run_pingan
from hypothesis import given, settings
from hypothesis import strategies as st

from ping_an.batch import executors, work
from ping_an.batch.ordering import ordered
from ping_an.batch.selection import Item, Selection, walk
from ping_an.batch.sinks import MirrorTree, OutputRefused
from ping_an.batch.work import convert


REPORT = "关于推进平安建设的工作总结\n一、加强组织领导。成立领导小组。一是健全矛盾纠纷排查机制，二是压实责任。\n二、深化矛盾纠纷排查化解。开展专项行动。\n"
OTHER = "2020年基层治理工作汇报\n一、夯实基层基础。推进网格化管理。\n二、提升服务水平。\n（一）优化流程。简化手续。\n"


def make_archive(root: Path) -> dict[str, Path]:
    """Nested folders, UTF-8 / GB18030 / .docx inputs, an empty and a binary file, names with
    spaces and Chinese characters, and things the walk must skip (hidden folder, lock
    file, other suffixes, a symlink loop)."""
    files = {
        "utf8": root / "2019" / "公安局" / "工作 总结.txt",
        "compendium": root / "2019" / "汇编.md",
        "gb18030": root / "2020" / "gb18030 汇报.txt",
        "empty": root / "2020" / "empty.txt",
        "binary": root / "bin.txt",
        "other": root / "z" / "其他.txt",
    }
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    files["utf8"].write_text(REPORT, encoding="utf-8")
    files["compendium"].write_bytes((SAMPLES / "compendium.txt").read_bytes())
    files["gb18030"].write_bytes(OTHER.encode("gb18030"))
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 8)
    files["other"].write_text(OTHER, encoding="utf-8")
    try:
        import docx

        document = docx.Document()
        for line in REPORT.splitlines():
            document.add_paragraph(line)
        files["docx"] = root / "2020" / "word 报告.docx"
        document.save(files["docx"])
    except ImportError:
        pass
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text(REPORT, encoding="utf-8")
    (root / "2019" / "~$lock.docx").write_bytes(b"\0")
    (root / "2019" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (root / "z" / "loop").symlink_to("..", target_is_directory=True)
    return files


def walk_order(files: dict[str, Path]) -> list[Path]:
    """The order `pingan batch` must follow: sorted names, folder by folder."""
    return sorted(files.values(), key=lambda p: p.parts)


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    root = tmp_path / "档案 archive"
    files = make_archive(root)
    return root, files


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return run_pingan(*args, timeout=300, **kw)


def records(data: bytes) -> list[dict]:
    assert data.endswith(b"\n") or not data
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def check_records(found: list[dict], files: dict[str, Path]) -> None:
    """One record per input in walk order; strict on the UTF-8 files, tolerant where the
    input layer decides (GB18030, .docx, empty)."""
    assert [Path(r["source"]["path"]) for r in found] == walk_order(files)
    by_path = {r["source"]["path"]: r for r in found}
    for key in ("utf8", "other", "compendium"):
        record = by_path[str(files[key])]
        assert "error" not in record
        assert record["reports"] and record["source"]["sha256"] and record["source"]["bytes"] > 0
    assert [s["heading"] for s in by_path[str(files["utf8"])]["reports"][0]["sections"]] == [
        "加强组织领导",
        "深化矛盾纠纷排查化解",
    ]
    assert len(by_path[str(files["compendium"])]["reports"]) == 5
    binary = by_path[str(files["binary"])]
    assert set(binary) == {"source", "error"}
    assert binary["error"]["type"] and binary["error"]["message"]
    assert binary["source"]["bytes"] == 2048 and len(binary["source"]["sha256"]) == 64
    for key in ("gb18030", "docx", "empty"):
        if key in files:
            record = by_path[str(files[key])]
            assert ("error" in record) or ("reports" in record)
    for key in ("gb18030", "docx"):
        record = by_path.get(str(files.get(key)))
        if record and "error" not in record:
            assert record["reports"][0]["sections"], key


# ---------------------------------------------------------------- walking and ordering (library)


def test_walk_sorted_skips_hidden_lock_files_other_suffixes_and_loops(archive):
    root, files = archive
    items = list(walk([str(root)]))
    assert [Path(i.path) for i in items] == walk_order(files)
    assert [str(i.mirror) for i in items][:2] == ["2019/公安局/工作 总结.txt", "2019/汇编.md"]


def test_walk_glob_exclude_and_overlapping_paths(archive):
    root, files = archive
    only_md = list(walk([str(root)], Selection(globs=("*.md",))))
    assert [Path(i.path) for i in only_md] == [files["compendium"]]
    no_2020 = [Path(i.path) for i in walk([str(root)], Selection(excludes=("2020",)))]
    assert files["utf8"] in no_2020 and not any("2020" in p.parts for p in no_2020)
    twice = [i.path for i in walk([str(root), str(root / "2019")])]  # a folder is walked once
    assert len(twice) == len(set(twice)) == len(files)
    named = list(walk([str(root / "2019" / "notes.csv")]))  # a file named on the command line always counts
    assert [i.path for i in named] == [str(root / "2019" / "notes.csv")]


def test_convert_never_raises(tmp_path):
    for path in (tmp_path, tmp_path / "missing.txt"):
        result = convert(str(path))
        record = json.loads(result.record)
        assert result.error and record["error"]["type"] and record["source"]["path"] == str(path)


class LazyFuture(Future):
    """Resolved only when its result is asked for, and counted while outstanding."""

    def __init__(self, fn, arg, outstanding: list[int]) -> None:
        super().__init__()
        self.fn, self.arg, self.outstanding = fn, arg, outstanding
        outstanding[0] += 1

    def result(self, timeout=None):
        if not self.done():
            self.set_result(self.fn(self.arg))
            self.outstanding[0] -= 1
        return super().result(timeout)


@settings(max_examples=50, deadline=None)
@given(n=st.integers(0, 60), chunk=st.integers(1, 7), window=st.integers(1, 5))
def test_ordered_keeps_input_order_with_a_bounded_window(n, chunk, window):
    outstanding, peak = [0], [0]

    def submit(paths):
        future = LazyFuture(lambda ps: [p.upper() for p in ps], paths, outstanding)
        peak[0] = max(peak[0], outstanding[0])
        return future

    items = [Item(f"f{i}", PurePosixPath(f"f{i}")) for i in range(n)]
    out = list(ordered(items, submit, window, threading.Event(), chunk=chunk))
    assert [(i.path, r) for i, r in out] == [(f"f{i}", f"F{i}") for i in range(n)]
    assert peak[0] <= window


def test_ordered_stops_submitting_when_asked():
    stop = threading.Event()
    submitted = []

    def submit(paths):
        submitted.extend(paths)
        done = Future()
        done.set_result(paths)
        return done

    items = (Item(f"f{i}", PurePosixPath(f"f{i}")) for i in range(1000))
    seen = []
    for item, _ in ordered(items, submit, 2, stop, chunk=1):
        seen.append(item.path)
        if len(seen) == 3:
            stop.set()
    assert seen == ["f0", "f1", "f2"] and len(submitted) < 10


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork", reason="the crash is planted by forking this process"
)
def test_a_file_that_kills_its_worker_is_an_error_record(tmp_path, monkeypatch):
    def crash_on_one(path: str, shown: str | None = None, errors: str = "strict"):
        if path.endswith("crash.txt"):
            os._exit(9)  # what a crash in a C extension or the out-of-memory killer looks like
        return real_convert(path, shown, errors)

    real_convert = work.convert
    monkeypatch.setattr(work, "convert", crash_on_one)  # the forked workers inherit it
    names = [f"{i:02d}.txt" for i in range(12)]
    names[5] = "crash.txt"
    for name in names:
        (tmp_path / name).write_text(REPORT, encoding="utf-8")
    items = [Item(str(tmp_path / n), PurePosixPath(n)) for n in names]
    with executors.process_executor(2) as (submit, _):
        out = list(ordered(items, submit, 4, threading.Event(), chunk=2))
        after = list(ordered(items[:2], submit, 4, threading.Event()))  # the pool was replaced
    assert [i.path for i, _ in out] == [i.path for i in items]
    errors = [(Path(i.path).name, json.loads(r.record)["error"]["type"]) for i, r in out if r.error]
    assert errors == [("crash.txt", "WorkerDied")]
    assert all(r.reports == 1 for _, r in after)


# ---------------------------------------------------------------- the mirror tree never escapes


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["..", ".", "a", "b", "/", "c/../..", "../x", "/etc"]), min_size=1, max_size=6))
def test_mirror_target_is_inside_the_folder_or_refused(tmp_path_factory, parts):
    root = tmp_path_factory.mktemp("out")
    tree = MirrorTree(str(root))
    try:
        target = tree.target(PurePosixPath(*parts))
    except OutputRefused:
        return
    assert target.is_relative_to(root.resolve()) and target != root.resolve()


@needs_cli
def test_mirror_tree_refuses_a_folder_link_that_leads_outside(tmp_path):
    src = tmp_path / "in" / "sub"
    src.mkdir(parents=True)
    (src / "a.txt").write_text(REPORT, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "sub").symlink_to(outside, target_is_directory=True)  # planted before the run
    done = run("batch", str(tmp_path / "in"), "-o", str(out) + "/")
    assert done.returncode == 1
    assert list(outside.iterdir()) == []
    assert b"outside" in done.stderr and str(src / "a.txt").encode() in done.stderr


# ---------------------------------------------------------------- every output kind (entry point)


@needs_cli
def test_jsonl_on_stdout_is_what_extract_prints(archive):
    root, files = archive
    done = run("batch", str(root))
    assert done.returncode == 1, done.stderr  # the binary file failed, the others converted
    found = records(done.stdout)
    check_records(found, files)
    extract = run("extract", str(files["utf8"]), "--json")
    assert done.stdout.splitlines()[[Path(r["source"]["path"]) for r in found].index(files["utf8"])] == extract.stdout.strip()
    summary = done.stderr.decode("utf-8").splitlines()
    assert re.match(rf"pingan: {len(files)} files, \d+ reports, \d+ sections, \d+ measures, \d+ failed;", summary[0])
    assert f"pingan: {files['binary']}: " in done.stderr.decode("utf-8")
    assert b"\x1b[" not in done.stderr  # no progress bar in a pipe


@needs_cli
def test_jsonl_file_is_the_same_for_one_and_two_jobs(archive, tmp_path):
    root, files = archive
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        done = run("batch", str(root), "-o", str(out), "--jobs", jobs)
        assert done.returncode == 1 and done.stdout == b"", done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    check_records(records(outputs[0]), files)


@needs_cli
def test_mirror_tree_has_one_json_per_input(archive, tmp_path):
    root, files = archive
    out = tmp_path / "json"
    done = run("batch", str(root), "-o", str(out) + "/", "--jobs", "2")
    assert done.returncode == 1, done.stderr
    written = sorted(p.relative_to(out) for p in out.rglob("*.json"))
    assert written == sorted(Path(str(p.relative_to(root)) + ".json") for p in files.values())
    found = [json.loads((out / (str(p.relative_to(root)) + ".json")).read_text("utf-8")) for p in walk_order(files)]
    check_records(found, files)


def sqlite_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "reports", "sections", "measures", "sections_fts", "measures_fts")
        }


@needs_cli
def test_sqlite_rerun_updates_changed_files_and_never_duplicates(archive, tmp_path):
    root, files = archive
    db = tmp_path / "archive.db"
    first = run("batch", str(root), "-o", str(db))
    assert first.returncode == 1, first.stderr
    counts = sqlite_counts(db)
    assert counts["documents"] == len(files) and counts["sections"] > 0 and counts["measures"] > 0
    assert counts["sections_fts"] == counts["sections"] and counts["measures_fts"] == counts["measures"]
    again = run("batch", str(root), "-o", str(db))
    assert sqlite_counts(db) == counts
    assert f"database: {len(files)} unchanged".encode() in again.stderr

    files["utf8"].write_text(REPORT + "三、强化督导考核。一是定期通报，二是严格问责。\n", encoding="utf-8")
    third = run("batch", str(root), "-o", str(db))
    assert b"1 updated" in third.stderr
    after = sqlite_counts(db)
    assert after["documents"] == counts["documents"]
    assert after["sections"] == counts["sections"] + 1 and after["measures"] == counts["measures"] + 2
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO sections_fts(sections_fts) VALUES ('integrity-check')")  # raises on a broken index
        path, failed = conn.execute(
            "SELECT path, error_type FROM documents WHERE error_type IS NOT NULL AND path = ?",
            (str(files["binary"]),),
        ).fetchone()
        assert failed
        headings = [h for (h,) in conn.execute(
            "SELECT s.heading FROM sections s JOIN documents d ON d.id = s.document_id WHERE d.path = ? ORDER BY s.position",
            (str(files["utf8"]),),
        )]
        assert headings == ["加强组织领导", "深化矛盾纠纷排查化解", "强化督导考核"]
        hits = conn.execute(
            "SELECT m.text FROM measures_fts f JOIN measures m ON m.id = f.rowid WHERE measures_fts MATCH '严格问责'"
        ).fetchall()
        assert hits and all("严格问责" in t for (t,) in hits)


def test_store_replaces_an_error_row_when_the_file_is_fixed(tmp_path):
    from ping_an.batch.store import Store

    path = tmp_path / "r.txt"
    path.write_bytes(b"\xff\xfe\x00\x00binary\x00")
    store = Store(str(tmp_path / "s.db"))
    assert store.write(convert(str(path)).record) == "new"
    path.write_text(REPORT, encoding="utf-8")
    assert store.write(convert(str(path)).record) == "updated"
    assert store.write(convert(str(path)).record) == "unchanged"
    rows = store.conn.execute("SELECT error_type, reports, sha256 FROM documents").fetchall()
    store.close()
    assert rows == [(None, 1, hashlib.sha256(path.read_bytes()).hexdigest())]


@needs_cli
def test_a_database_of_another_kind_is_refused_in_one_line(tmp_path, archive):
    root, _ = archive
    not_db = tmp_path / "notes.db"
    not_db.write_text("not a database at all, just text " * 100, encoding="utf-8")
    done = run("batch", str(root), "-o", str(not_db))
    assert done.returncode == 3 and done.stderr.count(b"\n") == 1 and done.stderr.startswith(b"pingan: ")
    assert not_db.read_text(encoding="utf-8").startswith("not a database")


def readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Batch", 1)[-1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


@needs_cli
def test_readme_queries_run_on_the_database(archive, tmp_path):
    queries = readme_queries()
    assert len(queries) >= 3, "README ## Batch shows three example queries in ```sql blocks"
    root, _ = archive
    db = tmp_path / "archive.db"
    run("batch", str(root), "-o", str(db))
    with sqlite3.connect(db) as conn:
        for query in queries:
            assert conn.execute(query).fetchall(), query


@needs_cli
def test_files_from_standard_input_mirrors_each_path_as_given(archive, tmp_path):
    root, files = archive
    listed = [files["utf8"], root / "2020"]
    out = tmp_path / "tree"
    done = run("batch", "--files-from", "-", "-o", str(out) + "/", stdin="\n".join(map(str, listed)).encode())
    assert done.returncode in (0, 1), done.stderr  # 1 if the input layer refuses the GB18030 or .docx file
    expected = [files["utf8"], *sorted(p for p in files.values() if p.parent == root / "2020")]
    written = sorted(out.rglob("*.json"))
    assert sorted(written) == sorted(out / (str(p).lstrip("/") + ".json") for p in expected)


@needs_cli
def test_progress_bar_only_on_a_terminal(archive):
    pty = pytest.importorskip("pty")
    root, files = archive
    master, slave = pty.openpty()
    proc = subprocess.Popen([PINGAN, "batch", str(root)], stdout=subprocess.PIPE, stderr=slave,
                            env={**os.environ, "COLUMNS": "150"})
    os.close(slave)
    out = proc.stdout.read()
    screen = read_terminal(master).decode("utf-8", "replace")
    proc.wait(timeout=300)
    assert "pingan batch" in screen and "files/s" in screen  # the bar was drawn …
    assert f"pingan: {len(files)} files," in screen  # … and the summary follows it
    assert len(records(out)) == len(files)  # stdout holds only the records


# ---------------------------------------------------------------- Ctrl-C


@needs_cli
def test_ctrl_c_stops_cleanly_with_complete_records(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    text = (SAMPLES / "compendium.txt").read_bytes()
    total = 400
    for i in range(total):
        (src / f"{i:04d}.txt").write_bytes(text)
    proc = subprocess.Popen([PINGAN, "batch", str(src), "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    rest, err = proc.stdout.read(), proc.stderr.read()  # stderr holds a few lines: no deadlock
    proc.wait(timeout=300)
    lines = [first, *rest.splitlines(keepends=True)]
    assert all(line.endswith(b"\n") for line in lines)
    found = [json.loads(line) for line in lines]
    assert [r["source"]["path"] for r in found] == [str(src / f"{i:04d}.txt") for i in range(len(found))]
    if len(found) < total:
        assert proc.returncode == 130, err
        assert b"interrupted after" in err and b"Traceback" not in err
    else:  # the machine finished before the signal arrived
        assert proc.returncode == 0


# ---------------------------------------------------------------- Dask


@needs_cli
def test_dask_scheduler_gives_identical_output(archive, tmp_path):
    pytest.importorskip("distributed", reason="Dask is not installed (python -m pip install '.[dask]')")
    from distributed import LocalCluster

    root, files = archive
    # a relative PATH: the workers run in another folder, the records keep the path as given
    local = run("batch", root.name, "--jobs", "1", cwd=root.parent)
    with LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        remote = run("batch", root.name, "--scheduler", cluster.scheduler_address, cwd=root.parent)
    assert remote.returncode == local.returncode == 1, remote.stderr
    assert remote.stdout == local.stdout
    found = records(remote.stdout)
    assert all(not Path(r["source"]["path"]).is_absolute() for r in found)
    for r in found:
        r["source"]["path"] = str(root.parent / r["source"]["path"])
    check_records(found, files)


@needs_cli
def test_unreachable_scheduler_is_one_line(archive):
    root, _ = archive
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    done = run("batch", str(root), "--scheduler", "tcp://127.0.0.1:9", env=env)
    assert done.returncode in (2, 3)  # 2: Dask not installed, 3: no scheduler there
    assert done.stderr.count(b"\n") == 1 and done.stderr.startswith(b"pingan: ")
