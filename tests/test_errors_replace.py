"""`--errors replace`: a stray byte or a NUL no longer rejects a whole report. The default
stays the precise error, which names the flag; with it, each byte replaced by U+FFFD
is named by its offset, on stderr and in the batch record's `warnings`."""

from __future__ import annotations

import json

from conftest import SAMPLES, needs_cli, run_pingan as run

pytestmark = needs_cli

HEAD = (SAMPLES / "compendium.txt").read_bytes()[:3000].decode("utf-8", "ignore").encode("utf-8")
MIDDLE = "一、加强组织领导。成立领导小组。\n".encode("utf-8")
TAIL = (SAMPLES / "compendium.txt").read_bytes()[3000:].decode("utf-8", "ignore").encode("utf-8")
# a lone 0xFF and a NUL, each between two whole characters: at these offsets
DAMAGED = HEAD + b"\xff" + MIDDLE + b"\x00" + TAIL
OFFSETS = [len(HEAD), len(HEAD) + 1 + len(MIDDLE)]


def damaged_file(tmp_path):
    path = tmp_path / "damaged.txt"
    path.write_bytes(DAMAGED)
    return path


def test_by_default_a_stray_byte_is_the_precise_error_and_names_the_flag(tmp_path):
    path = damaged_file(tmp_path)
    done = run("extract", str(path), "--json")
    assert done.returncode == 5 and done.stdout == b""
    err = done.stderr.decode()
    assert err.count("\n") == 1 and err.startswith(f"pingan: {path}: ") and "--errors replace" in err


def test_extract_errors_replace_converts_and_names_each_offset(tmp_path):
    path = damaged_file(tmp_path)
    done = run("extract", str(path), "--json", "--errors", "replace")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert len(doc["reports"]) == 5
    assert done.stdout.decode().count("\ufffd") == 2
    lines = done.stderr.decode().splitlines()
    assert lines == [f"pingan: {path}: byte {offset}: not utf-8, replaced by U+FFFD" for offset in OFFSETS]


def test_batch_errors_replace_lists_the_offsets_in_the_record_and_on_stderr(tmp_path):
    path = damaged_file(tmp_path)
    clean = tmp_path / "clean.txt"
    clean.write_bytes(HEAD + TAIL)
    strict = run("batch", str(path), str(clean))
    assert strict.returncode == 1
    first, second = (json.loads(line) for line in strict.stdout.splitlines())
    assert first["error"]["exit_code"] == 5 and "--errors replace" in first["error"]["message"]
    assert "warnings" not in second and second["reports"]

    done = run("batch", str(path), str(clean), "--errors", "replace")
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["warnings"] == [f"byte {offset}: not utf-8, replaced by U+FFFD" for offset in OFFSETS]
    assert len(first["reports"]) == 5 and "warnings" not in second
    err = done.stderr.decode()
    assert all(f"pingan: {path}: byte {offset}: " in err for offset in OFFSETS)
